"""Truth-discovery benchmark: our accuracy against the published baselines, time and memory.

    python bench/truth_bench.py            # every data set, each in its own process
    python bench/truth_bench.py --smoke    # flights-raha100 and Population only, seconds
    python bench/truth_bench.py --only flight-noair
    python bench/truth_bench.py --engine lca   # GuessLCA (reconcile/lca.py) instead of discover

Seconds = load + normalize + discover + score, in a fresh process; peak MB = that process's
maximum resident set size. The same engine settings (TruthSettings, or LCASettings with
``--engine lca``, defaults) for every data set; a loader may declare which sources form one
population (Population: the anonymous editors, all editor id #0), passed as ``source_groups``,
and which items are an entity at a time (Population's city-years), passed as ``times``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.datasets import LOADERS, ROOT  # noqa: E402
from reconcile.lca import discover_lca  # noqa: E402
from reconcile.truth import TruthSettings, discover  # noqa: E402

# (best published baseline, majority vote) from the data README, "truthdiscovery" 1.0.4
BASELINES: dict[str, tuple[str, str]] = {
    "raha100": (".927 PooledInvest", ".760"),
    "population": (".847 Invest", ".744"),
    "birthplaces": (".884/.897 AvgLog", ".848/.863"),
    "heritages": (".707/.898 TruthFinder", ".702/.890"),
    "book": (".690 Invest", ".520"),
    "flight": (".947 PooledInvest", ".852"),
    "flight-noair": (".912 PooledInvest", ".800"),
}
ORDER = ("raha100", "population", "birthplaces", "heritages", "book", "flight", "flight-noair")
SMOKE = ("raha100", "population")
ENGINES = ("truth", "lca")


def run_dataset(
    name: str, settings: TruthSettings | None = None, engine: str = "truth"
) -> dict[str, Any]:
    """Load, discover, score one data set in this process; return the figures.

    ``engine`` "truth" is :func:`reconcile.truth.discover` (with ``settings``); "lca" is
    :func:`reconcile.lca.discover_lca` at its defaults (plain GuessLCA: no similarity kernel,
    no hierarchy).
    """
    start = time.perf_counter()
    ds = LOADERS[name]()
    counter = {"n": 0}

    def counted() -> Any:
        for claim in ds.claims():
            counter["n"] += 1
            yield claim

    if engine == "lca":
        result = discover_lca(counted())
    else:
        result = discover(
            counted(),
            similarity=ds.similarity,
            hierarchy=ds.hierarchy,
            source_groups=ds.source_groups,
            times=ds.times,
            counts=ds.counts,
            settings=settings,
        )
    best = {item: belief.values[0].value for item, belief in result.items.items()}
    assert ds.score is not None
    scores = ds.score(ds, best)
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak_mb = usage.ru_maxrss / 1024
    cpu_seconds = usage.ru_utime + usage.ru_stime
    return {
        "name": name,
        "label": ds.name,
        "engine": engine,
        "scores": scores,
        "claims": counter["n"],
        "gold": len(ds.gold),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu_seconds, 2),
        "peak_mb": round(peak_mb, 1),
        "iterations": result.iterations,
        "copy_pairs": len(result.copy_pairs),
    }


def _fmt_scores(scores: dict[str, float]) -> str:
    if "generalized" in scores:
        return f"{scores['accuracy']:.3f}/{scores['generalized']:.3f}"
    return f"{scores['accuracy']:.3f}"


def print_table(rows: list[dict[str, Any]]) -> None:
    header = (
        "dataset", "ours", "best baseline", "vote", "claims", "gold", "seconds", "CPU s", "peak MB"
    )
    lines = [header]
    for r in rows:
        best, vote = BASELINES[r["name"]]
        lines.append(
            (
                r["label"],
                _fmt_scores(r["scores"]),
                best,
                vote,
                f"{r['claims']:,}",
                f"{r['gold']:,}",
                f"{r['seconds']:.1f}",
                f"{r.get('cpu_seconds', 0.0):.1f}",
                f"{r['peak_mb']:.0f}",
            )
        )
    widths = [max(len(str(line[k])) for line in lines) for k in range(len(header))]
    for n, line in enumerate(lines):
        print(" | ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=True)))
        if n == 0:
            print("-+-".join("-" * w for w in widths))
    load = os.getloadavg()[0]
    print(f"\nmachine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, load average {load:.1f} at the end "
          "(seconds = wall clock incl. loading; CPU s = user+sys of that process)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="raha100 and Population only")
    parser.add_argument("--only", choices=ORDER, help="one data set, in this process")
    parser.add_argument("--json", action="store_true", help="print JSON (with --only)")
    parser.add_argument("--engine", choices=ENGINES, default="truth",
                        help="truth (discover, the default) or lca (GuessLCA)")
    args = parser.parse_args(argv)
    if not ROOT.exists():
        print(f"benchmark data not found at {ROOT}", file=sys.stderr)
        return 2
    if args.only:
        row = run_dataset(args.only, engine=args.engine)
        print(json.dumps(row) if args.json else row)
        return 0
    names = SMOKE if args.smoke else ORDER
    rows = []
    for name in names:
        out = subprocess.run(
            [sys.executable, __file__, "--only", name, "--json", "--engine", args.engine],
            capture_output=True,
            text=True,
            check=True,
        )
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print_table(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
