"""The ledger commands end to end with typer's CliRunner (the pipeline is replaced)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from fixtures_reports import sample_report, undecided
from typer.testing import CliRunner

from reconcile.cli import app, ledger_cmd
from reconcile.ledger import load_ledger
from reconcile.models import Report

TESTS = Path(__file__).resolve().parent.parent
REPORT = undecided(sample_report())
DATE_ID = REPORT.conflicts[0].id  # RC101: 2022 vs 2021
COUNT_ID = REPORT.conflicts[1].id  # RC102: 37,000 vs 52,000


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder with a config pointing at ledger.json; the pipeline returns REPORT."""
    (tmp_path / "reconcile.toml").write_text('ledger = "ledger.json"\nreports = "out"\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("RECONCILE_EDITOR", raising=False)

    def fake(settings: object) -> Report:
        return REPORT

    monkeypatch.setattr(ledger_cmd, "run_pipeline", fake)
    return tmp_path


def invoke(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), input=input)


def test_resolve_by_prefix(project: Path) -> None:
    result = invoke("resolve", DATE_ID[:8], "--value", "2022", "--reason", "primary-source",
                    "--note", "ministry dataset", "--by", "M. Rossi")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"resolved {DATE_ID} = 2022 (primary-source)")
    (entry,) = load_ledger(project / "ledger.json").decisions
    assert (entry.id, entry.value, entry.by, entry.note) == (DATE_ID, "2022", "M. Rossi",
                                                             "ministry dataset")


def test_editor_from_environment(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECONCILE_EDITOR", "Zoë")
    assert invoke("dismiss", COUNT_ID, "--reason", "extraction-error").exit_code == 0
    assert load_ledger(project / "ledger.json").decisions[0].by == "Zoë"


def test_dismiss_accept_reopen(project: Path) -> None:
    assert invoke("dismiss", DATE_ID, "-r", "not-same-fact").exit_code == 0
    assert invoke("accept", COUNT_ID, "-r", "genuinely-disputed").exit_code == 0
    result = invoke("reopen", DATE_ID[:10])
    assert result.exit_code == 0 and result.stdout.startswith(f"re-opened {DATE_ID}")
    ledger = load_ledger(project / "ledger.json")
    entry = ledger.get(DATE_ID)
    assert entry is not None and entry.status == "unresolved"
    assert [h.status for h in entry.history] == ["dismissed"]


def test_unknown_id_is_one_line_E203_and_exit_2(project: Path) -> None:
    result = invoke("resolve", "cfl_ffff", "--value", "1", "--reason", "majority")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "error[E203]: no conflict with id 'cfl_ffff'; run `reconcile check` to list the ids"]
    assert not (project / "ledger.json").exists()


def test_ambiguous_prefix_is_E208(project: Path) -> None:
    result = invoke("dismiss", "cfl_", "--reason", "majority")
    assert result.exit_code == 2 and result.stderr.startswith("error[E208]:")


def test_value_not_a_side_is_E205(project: Path) -> None:
    result = invoke("resolve", DATE_ID, "--value", "1999", "--reason", "majority")
    assert result.exit_code == 2
    assert result.stderr.startswith("error[E205]: value '1999' is not one of the sides")


def test_unknown_reason_is_E209(project: Path) -> None:
    result = invoke("resolve", DATE_ID, "--value", "2022", "--reason", "gut feeling")
    assert result.exit_code == 2 and result.stderr.startswith("error[E209]:")


def test_reopen_unknown_is_E210(project: Path) -> None:
    result = invoke("reopen", DATE_ID)
    assert result.exit_code == 2 and result.stderr.startswith("error[E210]:")


def test_no_ledger_configured_is_E207(project: Path) -> None:
    (project / "reconcile.toml").write_text('reports = "out"\n')
    result = invoke("dismiss", DATE_ID, "--reason", "majority")
    assert result.exit_code == 2 and result.stderr.startswith("error[E207]:")


@pytest.mark.parametrize("text", ["{broken", '{"schema_version": 1, "decisions": "no"}'])
def test_corrupt_ledger_exits_2_and_is_left_byte_identical(project: Path, text: str) -> None:
    path = project / "ledger.json"
    path.write_bytes(text.encode())
    for args in (["resolve", DATE_ID, "--value", "2022", "--reason", "majority"],
                 ["reopen", DATE_ID], ["review"]):
        result = invoke(*args)
        assert result.exit_code == 2, args
        assert result.stderr.startswith("error[E201]: ledger ")
        assert path.read_bytes() == text.encode()


def test_newer_ledger_is_E202(project: Path) -> None:
    (project / "ledger.json").write_text('{"schema_version": 2, "decisions": []}')
    result = invoke("dismiss", DATE_ID, "--reason", "majority")
    assert result.exit_code == 2 and result.stderr.startswith("error[E202]:")


def test_ledger_option_overrides_config(project: Path) -> None:
    other = project / "elsewhere" / "decisions.json"
    assert invoke("dismiss", DATE_ID, "-r", "majority", "--ledger", str(other)).exit_code == 0
    assert other.exists() and not (project / "ledger.json").exists()


def test_review_records_and_resumes(project: Path) -> None:
    # Take the suggestion for the first, skip the second, quit.
    result = invoke("review", "--by", "ed", input="t\n1\n\ny\ns\nq\n")
    assert result.exit_code == 0, result.output
    assert f"Will record: {DATE_ID} RESOLVED with value “2022”" in result.stdout
    assert "1 decided, 1 skipped, 4 still unresolved" in result.stdout
    entry = load_ledger(project / "ledger.json").get(DATE_ID)
    assert entry is not None and entry.value == "2022" and entry.reason == "primary-source"
    # The next review starts with what is still open; end of input quits cleanly.
    result = invoke("review", input="")
    assert result.exit_code == 0
    assert f"[1/4] error RC102 count-mismatch  {COUNT_ID}" in result.stdout


CHILD = """
import sys, time
sys.path.insert(0, {tests!r})
import fixtures_reports as fx
from reconcile.cli import app, ledger_cmd
from reconcile import ledger as lg

report = fx.undecided(fx.sample_report())
ledger_cmd.run_pipeline = lambda settings: report
real = lg.write_atomic
def slow(path, text):
    time.sleep(0.5)  # hold the lock so the other process has to wait for it
    real(path, text)
lg.write_atomic = slow
app(sys.argv[1:])
"""


def test_two_concurrent_resolve_processes_both_land(project: Path) -> None:
    code = textwrap.dedent(CHILD.format(tests=str(TESTS)))
    env = {**os.environ, "RECONCILE_EDITOR": "proc"}
    procs = [
        subprocess.Popen([sys.executable, "-c", code, "resolve", DATE_ID, "--value", "2021",
                          "--reason", "correction"], cwd=project, env=env),
        subprocess.Popen([sys.executable, "-c", code, "resolve", COUNT_ID, "--value", "37,000",
                          "--reason", "primary-source"], cwd=project, env=env),
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    data = json.loads((project / "ledger.json").read_text(encoding="utf-8"))
    assert sorted(d["id"] for d in data["decisions"]) == sorted([DATE_ID, COUNT_ID])
