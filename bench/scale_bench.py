"""How the pipeline scales: generated corpora of 1,000 / 10,000 (/ 100,000) articles.

For each size, generates a corpus with ``bench/gen_stories.py`` into a temporary folder, then
runs ``reconcile.pipeline.run`` twice in fresh processes (cold cache, then warm cache) and prints
a table: articles per second, seconds per stage (ingest, extract, link, detect + suggest), peak
memory, and the growth exponent of link time between sizes, log(t2/t1) / log(n2/n1) (1 is
linear, 2 quadratic).

    python bench/scale_bench.py                    # 1,000 and 10,000 articles
    python bench/scale_bench.py --full             # and 100,000
    python bench/scale_bench.py --sizes 30 --jobs 2

Stage times come from wrapping the stage functions ``run`` calls (``load_sources``,
``extract_all``, ``link_facts``, ``detect_conflicts``, ``add_suggestions``); the library is
not changed for the benchmark.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
STAGES = ("ingest", "extract", "link", "detect", "suggest")


def _timed(table: dict[str, float], cpu: dict[str, float], stage: str, fn: Callable[..., Any]
           ) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            table[stage] = table.get(stage, 0.0) + time.perf_counter() - t0
            cpu[stage] = cpu.get(stage, 0.0) + time.process_time() - c0

    return wrapper


def measure_once(corpus: Path, cache: Path | None, jobs: int, profile: Path | None = None,
                 extract_only: bool = False) -> dict[str, Any]:
    """Run the pipeline once in this process; stage seconds, totals and peak memory.

    With ``extract_only``, only ingest and extraction run (claims then counts every extracted
    claim, unresolved dates included, and conflicts is None)."""
    from reconcile import pipeline
    from reconcile.config import load_settings

    settings = load_settings(corpus.parent, sources=corpus, jobs=jobs,
                             cache=cache if cache is not None else False, ledger=None)
    times: dict[str, float] = {}
    cpu: dict[str, float] = {}
    # link_claims: what run() linked with before link_facts (a snapshot of an older commit)
    for stage, names in (("ingest", ("load_sources",)), ("extract", ("extract_all",)),
                         ("link", ("link_facts", "link_claims")), ("detect", ("detect_conflicts",)),
                         ("suggest", ("add_suggestions",))):
        name = next(n for n in names if hasattr(pipeline, n))
        setattr(pipeline, name, _timed(times, cpu, stage, getattr(pipeline, name)))
    t0 = time.perf_counter()
    c0 = time.process_time()
    conflicts: int | None = None
    if extract_only:
        sources = pipeline.load_sources(settings)
        articles, claims = len(sources), sum(len(c) for c in pipeline.extract_all(settings, sources))
    elif profile is not None:
        import cProfile

        profiler = cProfile.Profile()
        report = profiler.runcall(pipeline.run, settings, apply_decisions=False)
        profiler.dump_stats(str(profile))
    else:
        report = pipeline.run(settings, apply_decisions=False)
    if not extract_only:
        articles, claims, conflicts = report.summary.sources, report.summary.claims, report.summary.conflicts
    wall = time.perf_counter() - t0
    self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "articles": articles, "claims": claims, "conflicts": conflicts, "wall": wall,
        "cpu_main": time.process_time() - c0,
        "stages": {s: times.get(s, 0.0) for s in STAGES},
        "stages_cpu": {s: cpu.get(s, 0.0) for s in STAGES},  # main process only (not the workers)
        "cpu_workers": resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
        + resource.getrusage(resource.RUSAGE_CHILDREN).ru_stime,
        "peak_mib": self_rss / 1024, "worker_peak_mib": child_rss / 1024,
        "code": str(Path(pipeline.__file__).resolve().parent),
    }


def _run_child(corpus: Path, cache: Path | None, jobs: int, profile: Path | None,
               code: Path | None = None, extract_only: bool = False) -> dict[str, Any]:
    env = dict(os.environ)
    if code is not None:  # the snapshot comes first on sys.path, before the editable install
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(code), env.get("PYTHONPATH", "")) if p)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--one", str(corpus), "--jobs", str(jobs)]
    if cache is not None:
        cmd += ["--cache", str(cache)]
    if profile is not None:
        cmd += ["--profile-to", str(profile)]
    if extract_only:
        cmd += ["--extract-only"]
    done = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env)
    return json.loads(done.stdout.strip().splitlines()[-1])


def exponent(n1: int, t1: float, n2: int, t2: float) -> float:
    """Growth exponent of a time between two sizes: log(t2/t1) / log(n2/n1)."""
    if t1 <= 0 or t2 <= 0 or n1 == n2:
        return float("nan")
    return math.log(t2 / t1) / math.log(n2 / n1)


def snapshot(code: Path) -> str:
    """Copy the package to ``code``: the last commit when in a git checkout (a tree others are
    editing may be half-way through a change), else the files as they are. Returns the commit."""
    shutil.rmtree(code, ignore_errors=True)
    code.mkdir(parents=True)
    repo = HERE.parent
    try:
        commit = subprocess.run(["git", "-C", str(repo), "rev-parse", "--short", "HEAD"], check=True,
                                capture_output=True, text=True).stdout.strip()
        archive = subprocess.run(["git", "-C", str(repo), "archive", "HEAD", "reconcile"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(code)], input=archive, check=True)
        return commit
    except (OSError, subprocess.CalledProcessError):
        shutil.rmtree(code / "reconcile", ignore_errors=True)
        shutil.copytree(repo / "reconcile", code / "reconcile", ignore=shutil.ignore_patterns("__pycache__"))
        return "working tree"


def bench(sizes: list[int], *, jobs: int, seed: int, keep: Path | None = None,
          profile: bool = False, extract_only: bool = False, out: Callable[[str], None] = print
          ) -> list[dict[str, Any]]:
    """Generate, run cold and warm per size, print the table; return the rows."""
    sys.path.insert(0, str(HERE))
    from gen_stories import generate

    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="reconcile-scale-") as tmp:
        base = keep or Path(tmp)
        # Run a copy of the package: others editing the tree mid-benchmark would otherwise change
        # the code (and the cache key) between the cold and the warm run.
        code = base / "code"
        commit = snapshot(code)
        for n in sizes:
            corpus = base / f"corpus-{n}" / "articles"
            cache = base / f"corpus-{n}" / "cache"
            t0 = time.perf_counter()
            generate(n, corpus, seed=seed)
            gen = time.perf_counter() - t0
            for mode in ("cold", "warm"):
                prof = base / f"link-{n}-{mode}.prof" if profile and mode == "cold" else None
                row = _run_child(corpus, cache, jobs, prof, code, extract_only)
                row.update(size=n, mode=mode, generate=gen, jobs=jobs, commit=commit)
                rows.append(row)
                out(json.dumps(row))
    out("")
    out(table(rows))
    return rows


def table(rows: list[dict[str, Any]]) -> str:
    """The Markdown table of the rows, then the growth exponents between sizes."""
    head = ("| articles | cache | claims | conflicts | total s | articles/s | ingest s | extract s "
            "| link s (cpu) | detect+suggest s (cpu) | CPU s main + workers | peak MiB main / worker |")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for r in rows:
        s, c = r["stages"], r["stages_cpu"]
        lines.append(
            f"| {r['size']:,} | {r['mode']} | {r['claims']:,} "
            f"| {'-' if r['conflicts'] is None else format(r['conflicts'], ',')} | {r['wall']:.1f} "
            f"| {r['size'] / r['wall']:.0f} | {s['ingest']:.1f} | {s['extract']:.1f} "
            f"| {s['link']:.1f} ({c['link']:.1f}) | {s['detect'] + s['suggest']:.1f} "
            f"({c['detect'] + c['suggest']:.1f}) | {r['cpu_main']:.0f} + {r['cpu_workers']:.0f} "
            f"| {r['peak_mib']:.0f} / {r['worker_peak_mib']:.0f} |")
    cold = [r for r in rows if r["mode"] == "cold"]

    def seconds(row: dict[str, Any], part: str) -> float:
        stages, cpu = row["stages"], row["stages_cpu"]
        if part == "total":
            return float(row["wall"])
        if part == "link cpu":
            return float(cpu["link"])
        if part == "detect+suggest":
            return float(stages["detect"] + stages["suggest"])
        return float(stages[part])

    for a, b in zip(cold, cold[1:], strict=False):
        growth = ", ".join(f"{part} {exponent(a['size'], seconds(a, part), b['size'], seconds(b, part)):.2f}"
                           for part in ("link", "link cpu", "extract", "detect+suggest", "total"))
        lines.append("")
        lines.append(f"growth exponent {a['size']:,} -> {b['size']:,} articles (cold): {growth}")
    lines.append("")
    lines.append(f"machine: {os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}, "
                 f"{platform.system()}; code: {rows[0].get('commit', '?') if rows else '?'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated article counts")
    parser.add_argument("--full", action="store_true", help="add 100,000 articles")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument("--profile", action="store_true", help="cProfile each cold run (kept with --keep)")
    parser.add_argument("--extract-only", action="store_true",
                        help="only ingest and extract (for sizes where linking takes too long)")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cache", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--profile-to", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(measure_once(args.one, args.cache, args.jobs, args.profile_to, args.extract_only)))
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.full and 100_000 not in sizes:
        sizes.append(100_000)
    bench(sizes, jobs=args.jobs, seed=args.seed, keep=args.keep, profile=args.profile,
          extract_only=args.extract_only)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
