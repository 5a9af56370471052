"""`reconcile report` writes every file format from the current report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fixtures_reports import sample_report, undecided
from typer.testing import CliRunner

from reconcile.cli import app, ledger_cmd
from reconcile.models import Report

REPORT = undecided(sample_report())


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "reconcile.toml").write_text('ledger = "ledger.json"\nreports = "out"\n')
    monkeypatch.chdir(tmp_path)

    def fake(settings: object) -> Report:
        return REPORT

    monkeypatch.setattr(ledger_cmd, "run_pipeline", fake)
    return tmp_path


def test_writes_all_formats_into_reports(project: Path) -> None:
    result = CliRunner().invoke(app, ["report"])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (project / "out").iterdir())
    assert names == ["report.html", "report.json", "report.junit.xml", "report.md",
                     "report.sarif"]
    data = json.loads((project / "out" / "report.json").read_text(encoding="utf-8"))
    assert data["summary"]["unresolved"] == 5


def test_applies_the_ledger_and_honours_out(project: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["dismiss", REPORT.conflicts[0].id, "-r", "not-same-fact"]
                         ).exit_code == 0
    result = runner.invoke(app, ["report", "--out", "elsewhere"])
    assert result.exit_code == 0
    data = json.loads((project / "elsewhere" / "report.json").read_text(encoding="utf-8"))
    assert data["conflicts"][0]["status"] == "dismissed"
    assert data["summary"]["unresolved"] == 4
    assert "4 unresolved" in result.stdout


def test_corrupt_ledger_exits_2(project: Path) -> None:
    (project / "ledger.json").write_text("nope")
    result = CliRunner().invoke(app, ["report"])
    assert result.exit_code == 2 and result.stderr.startswith("error[E201]")
    assert not (project / "out").exists()
