"""The ledger against the real pipeline: decisions survive edits, re-open when a value changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reconcile.config import Settings
from reconcile.ledger import load_ledger, record_decision
from reconcile.models import Conflict, Report
from reconcile.pipeline import run

FACTS = Path(__file__).resolve().parent.parent / "facts"

A = """---
title: "Deportation flights resume"
outlet: "Wire One"
published: "2024-06-10"
---
China suspended cooperation on deportations in 2022 in retaliation for Speaker Nancy Pelosi's visit to Taiwan.
"""
B = """---
title: "Flights to China"
outlet: "Paper Two"
published: "2024-07-02"
---
China suspended cooperation in such cases in {year} in retaliation for Speaker Nancy Pelosi's visit to Taiwan.
"""
C = """---
title: "A third view"
outlet: "Paper Three"
published: "2024-08-01"
---
Beijing suspended cooperation on deportations in 2022 after Speaker Nancy Pelosi's visit to Taiwan.
"""


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.md").write_text(A, encoding="utf-8")
    (tmp_path / "sources" / "b.md").write_text(B.format(year=2021), encoding="utf-8")
    return Settings(root=tmp_path, sources=tmp_path / "sources", aliases=FACTS / "aliases.toml",
                    events=FACTS / "events.toml", reference=FACTS / "reference.toml",
                    ledger=tmp_path / "ledger.json")


def _dates(report: Report) -> list[Conflict]:
    return [c for c in report.conflicts if c.kind == "date-mismatch"]


def test_decision_survives_edits_and_reopens_on_a_changed_value(settings: Settings) -> None:
    found = _dates(run(settings))
    assert len(found) == 1, "the pipeline no longer finds the 2021/2022 date conflict"
    (conflict,) = found
    assert sorted(s.value for s in conflict.sides) == ["2021", "2022"]
    record_decision(settings.ledger, conflict, status="resolved", value="2022",  # type: ignore[arg-type]
                    reason="majority", by="ed", clock=lambda: dt.date(2026, 12, 2))

    # Copy edit and an inserted paragraph above the claim, plus an agreeing third source.
    sources = settings.sources
    a = (sources / "a.md").read_text(encoding="utf-8")
    (sources / "a.md").write_text(a.replace("---\nChina", "---\nAn editor's note.\n\nChina")
                                  .replace("on deportations", "on deportation flights"),
                                  encoding="utf-8")
    (sources / "c.md").write_text(C, encoding="utf-8")
    (kept,) = _dates(run(settings))
    assert kept.id == conflict.id
    assert kept.status == "resolved" and kept.decision is not None
    assert kept.decision.value == "2022"
    assert {s.value: s.rank for s in kept.sides} == {"2022": "preferred", "2021": "deprecated"}

    # A source changes its value: a new id, the same fact; the conflict re-opens and says why.
    (sources / "b.md").write_text(B.format(year=2020), encoding="utf-8")
    (reopened,) = _dates(run(settings))
    assert reopened.id != conflict.id and reopened.fact_key == conflict.fact_key
    assert reopened.status == "unresolved" and reopened.decision is None
    assert reopened.previous is not None and reopened.previous.value == "2022"
    assert reopened.previous.reopened is not None
    assert "new value 2020 in dispute" in reopened.previous.reopened
    assert "2021 is no longer given by any source" in reopened.previous.reopened
    # Nothing was deleted from the ledger.
    assert [e.id for e in load_ledger(settings.ledger).decisions] == [conflict.id]  # type: ignore[arg-type]
