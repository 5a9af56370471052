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
``extract_all``, ``link_claims``, ``detect_conflicts``, ``add_suggestions``); the library is
not changed for the benchmark.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
STAGES = ("ingest", "extract", "link", "detect", "suggest")


def _timed(table: dict[str, float], stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            table[stage] = table.get(stage, 0.0) + time.perf_counter() - t0

    return wrapper


def measure_once(corpus: Path, cache: Path | None, jobs: int, profile: Path | None = None) -> dict[str, Any]:
    """Run the pipeline once in this process; stage seconds, totals and peak memory."""
    from reconcile import pipeline
    from reconcile.config import load_settings

    settings = load_settings(corpus.parent, sources=corpus, jobs=jobs,
                             cache=cache if cache is not None else False, ledger=None)
    times: dict[str, float] = {}
    pipeline.load_sources = _timed(times, "ingest", pipeline.load_sources)  # type: ignore[assignment]
    pipeline.extract_all = _timed(times, "extract", pipeline.extract_all)  # type: ignore[assignment]
    pipeline.link_claims = _timed(times, "link", pipeline.link_claims)  # type: ignore[assignment]
    pipeline.detect_conflicts = _timed(times, "detect", pipeline.detect_conflicts)  # type: ignore[assignment]
    pipeline.add_suggestions = _timed(times, "suggest", pipeline.add_suggestions)  # type: ignore[assignment]
    t0 = time.perf_counter()
    c0 = time.process_time()
    if profile is not None:
        import cProfile

        profiler = cProfile.Profile()
        report = profiler.runcall(pipeline.run, settings, apply_decisions=False)
        profiler.dump_stats(str(profile))
    else:
        report = pipeline.run(settings, apply_decisions=False)
    wall = time.perf_counter() - t0
    self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "articles": report.summary.sources, "claims": report.summary.claims,
        "conflicts": report.summary.conflicts, "wall": wall, "cpu_main": time.process_time() - c0,
        "stages": {s: times.get(s, 0.0) for s in STAGES},
        "peak_mib": self_rss / 1024, "worker_peak_mib": child_rss / 1024,
    }


def _run_child(corpus: Path, cache: Path | None, jobs: int, profile: Path | None) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--one", str(corpus), "--jobs", str(jobs)]
    if cache is not None:
        cmd += ["--cache", str(cache)]
    if profile is not None:
        cmd += ["--profile-to", str(profile)]
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def exponent(n1: int, t1: float, n2: int, t2: float) -> float:
    """Growth exponent of a time between two sizes: log(t2/t1) / log(n2/n1)."""
    if t1 <= 0 or t2 <= 0 or n1 == n2:
        return float("nan")
    return math.log(t2 / t1) / math.log(n2 / n1)


def bench(sizes: list[int], *, jobs: int, seed: int, keep: Path | None = None,
          profile: bool = False, out: Callable[[str], None] = print) -> list[dict[str, Any]]:
    """Generate, run cold and warm per size, print the table; return the rows."""
    sys.path.insert(0, str(HERE))
    from gen_stories import generate

    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="reconcile-scale-") as tmp:
        base = keep or Path(tmp)
        for n in sizes:
            corpus = base / f"corpus-{n}" / "articles"
            cache = base / f"corpus-{n}" / "cache"
            t0 = time.perf_counter()
            generate(n, corpus, seed=seed)
            gen = time.perf_counter() - t0
            for mode in ("cold", "warm"):
                prof = base / f"link-{n}-{mode}.prof" if profile and mode == "cold" else None
                row = _run_child(corpus, cache, jobs, prof)
                row.update(size=n, mode=mode, generate=gen, jobs=jobs)
                rows.append(row)
                out(json.dumps(row))
    out("")
    out(table(rows))
    return rows


def table(rows: list[dict[str, Any]]) -> str:
    """The Markdown table of the rows, then the growth exponents between sizes."""
    head = ("| articles | cache | claims | conflicts | total s | articles/s | ingest s | extract s "
            "| link s | detect+suggest s | peak MiB (main) | peak MiB (worker) |")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for r in rows:
        s = r["stages"]
        lines.append(
            f"| {r['size']:,} | {r['mode']} | {r['claims']:,} | {r['conflicts']:,} | {r['wall']:.1f} "
            f"| {r['size'] / r['wall']:.0f} | {s['ingest']:.1f} | {s['extract']:.1f} | {s['link']:.1f} "
            f"| {s['detect'] + s['suggest']:.1f} | {r['peak_mib']:.0f} | {r['worker_peak_mib']:.0f} |")
    cold = [r for r in rows if r["mode"] == "cold"]

    def seconds(row: dict[str, Any], part: str) -> float:
        stages = row["stages"]
        return float(row["wall"] if part == "total" else stages["detect"] + stages["suggest"]
                     if part == "detect+suggest" else stages[part])

    for a, b in zip(cold, cold[1:], strict=False):
        growth = ", ".join(f"{part} {exponent(a['size'], seconds(a, part), b['size'], seconds(b, part)):.2f}"
                           for part in ("link", "extract", "detect+suggest", "total"))
        lines.append("")
        lines.append(f"growth exponent {a['size']:,} -> {b['size']:,} articles (cold): {growth}")
    lines.append("")
    lines.append(f"machine: {os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}, "
                 f"{platform.system()}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated article counts")
    parser.add_argument("--full", action="store_true", help="add 100,000 articles")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument("--profile", action="store_true", help="cProfile each cold run (kept with --keep)")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cache", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--profile-to", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(measure_once(args.one, args.cache, args.jobs, args.profile_to)))
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.full and 100_000 not in sizes:
        sizes.append(100_000)
    bench(sizes, jobs=args.jobs, seed=args.seed, keep=args.keep, profile=args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
