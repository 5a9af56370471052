"""Smoke run of the truth-discovery benchmark: accuracy floors on the two small data sets.

Skipped when the benchmark data (../shared/benchmarks/truth beside the repo) is absent.
Checks accuracy only, never time.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "benchmarks" / "truth"

pytestmark = pytest.mark.skipif(not DATA.exists(), reason="benchmark data not available")

# floors: at least the best published baseline on each data set (see the data README), raised
# to what the engine reaches; they only rise
FLOORS = {"raha100": 0.927, "population": 0.866}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_smoke_accuracy_floor(name: str) -> None:
    sys.path.insert(0, str(REPO))
    try:
        from bench.truth_bench import run_dataset
    finally:
        sys.path.remove(str(REPO))
    row = run_dataset(name)
    assert row["scores"]["accuracy"] >= FLOORS[name], row
    assert row["claims"] > 0
