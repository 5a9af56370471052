"""The CI gate: exit status from a report, fail levels, baselines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fixtures_reports import sample_report, undecided

from reconcile.errors import LedgerError
from reconcile.gate import exit_status, failing, load_baseline
from reconcile.models import Report


def _only(report: Report, severity: str, status: str = "unresolved") -> Report:
    conflicts = tuple(
        c.model_copy(update={"status": status})
        for c in report.conflicts
        if c.severity == severity
    )
    return report.model_copy(update={"conflicts": conflicts})


def test_sample_fails_on_error() -> None:
    report = sample_report()
    assert exit_status(report) == 1
    assert {c.code for c in failing(report)} == {"RC101", "RC102", "RC103"}


@pytest.mark.parametrize(
    ("severity", "fail_on", "expected"),
    [
        ("error", "error", 1),
        ("error", "warning", 1),
        ("error", "never", 0),
        ("warning", "error", 0),
        ("warning", "warning", 1),
        ("info", "warning", 0),
        ("info", "error", 0),
    ],
)
def test_fail_levels(severity: str, fail_on: str, expected: int) -> None:
    report = _only(undecided(sample_report()), severity)
    assert report.conflicts
    assert exit_status(report, fail_on=fail_on) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("status", ["resolved", "dismissed", "accepted"])
def test_decided_conflicts_never_fail(status: str) -> None:
    report = _only(sample_report(), "error", status)
    assert exit_status(report, fail_on="warning") == 0


def test_baseline_excludes_known_ids() -> None:
    report = sample_report()
    ids = frozenset(c.id for c in failing(report))
    assert exit_status(report, baseline=ids) == 0
    assert exit_status(report, baseline=ids - {min(ids)}) == 1
    assert exit_status(report, baseline=frozenset()) == 1


def test_empty_report_passes() -> None:
    report = sample_report().model_copy(update={"conflicts": ()})
    assert exit_status(report, fail_on="warning") == 0


def test_unknown_fail_level() -> None:
    with pytest.raises(ValueError):
        exit_status(sample_report(), fail_on="info")  # type: ignore[arg-type]


def test_load_baseline_from_a_report(tmp_path: Path) -> None:
    report = sample_report()
    path = tmp_path / "report.json"
    path.write_text(report.model_dump_json(), encoding="utf-8")
    assert load_baseline(path) == frozenset(c.id for c in report.conflicts)


def test_load_baseline_from_ledgers(tmp_path: Path) -> None:
    path = tmp_path / "ledger.json"
    path.write_text(json.dumps({"schema_version": 1, "decisions": [{"id": "cfl_a"}]}))
    assert load_baseline(path) == frozenset({"cfl_a"})
    path.write_text(json.dumps([{"id": "cfl_b"}]))
    assert load_baseline(path) == frozenset({"cfl_b"})


@pytest.mark.parametrize(
    "text", ["{oops", '{"conflicts": [{"code": "RC101"}]}', '{"other": 1}', '"x"',
             '{"conflicts": {}}'],
)
def test_unreadable_baseline_is_E206(tmp_path: Path, text: str) -> None:
    path = tmp_path / "base.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LedgerError) as err:
        load_baseline(path)
    assert err.value.code == "E206"


def test_missing_baseline_is_E206(tmp_path: Path) -> None:
    with pytest.raises(LedgerError) as err:
        load_baseline(tmp_path / "nope.json")
    assert err.value.code == "E206"
