"""The issue's scripted run, through the CLI, on a copy of the bundled fact base.

check fails -> editors resolve every unresolved error -> check passes -> a paragraph inserted
above a quoted claim and a new agreeing source keep it passing -> a source changes a disputed
value -> check fails again and the report shows the conflict re-opened, with the earlier
decision and why. A corrupt ledger stops every command with exit 2 and is never rewritten.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from reconcile.cli import app
from reconcile.ledger import REASONS

ROOT = Path(__file__).resolve().parent.parent
S002 = "facts/sources/002_62ec88d4d48fca5d.md"
S003 = "facts/sources/003_a40068731d30eb36.md"

CONFIG = """\
sources = "facts/sources"
aliases = "facts/aliases.toml"
events = "facts/events.toml"
reference = "facts/reference.toml"
ledger = "facts/ledger.json"
reports = "reports"
"""

AGREEING = """\
---
title: "Deportation flights to China resume"
outlet: "Wire Five"
published: "2024-06-20"
---
Deportation flights to China resume

China suspended cooperation on deportations in 2022 in retaliation for Speaker Nancy Pelosi's visit to Taiwan.
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of facts/ with a reconcile.toml and no decisions yet; the working folder."""
    shutil.copytree(ROOT / "facts", tmp_path / "facts")
    (tmp_path / "facts" / "ledger.json").unlink()
    (tmp_path / "reconcile.toml").write_text(CONFIG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("RECONCILE_EDITOR", "Test Editor")
    return tmp_path


def invoke(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def check_json() -> tuple[int, dict[str, Any]]:
    result = invoke("check", "--format", "json")
    assert result.exit_code in (0, 1), (result.exit_code, result.stderr, result.exception)
    return result.exit_code, json.loads(result.stdout)


def _has(conflict: dict[str, Any], source: str, quote: str) -> bool:
    return any(claim["path"] == source and claim["quote"] == quote
               for side in conflict["sides"] for claim in side["claims"])


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_bytes().decode("utf-8")
    assert text.count(old) == 1, f"{old!r} is not once in {path}"
    path.write_bytes(text.replace(old, new).encode("utf-8"))


def test_scripted_run(project: Path) -> None:
    assert "primary-source" in REASONS

    # 1. The seeds contradict each other.
    assert invoke("check").exit_code == 1
    code, report = check_json()
    assert code == 1
    errors = [c for c in report["conflicts"]
              if c["severity"] == "error" and c["status"] == "unresolved"]
    assert errors
    suspension = [c for c in errors if _has(c, S002, "2021")]
    assert len(suspension) == 1

    # 2. Resolve every unresolved error with the suggested value (or the first side's).
    for conflict in errors:
        values: list[str] = [side["value"] for side in conflict["sides"]]
        suggested = (conflict["suggestion"] or {}).get("value")
        value = suggested if isinstance(suggested, str) and suggested in values else values[0]
        result = invoke("resolve", conflict["id"], "--value", value, "--reason", "primary-source")
        assert result.exit_code == 0, (result.stdout, result.stderr)
        assert conflict["id"] in result.stdout
    ledger = project / "facts" / "ledger.json"
    entries = json.loads(ledger.read_text(encoding="utf-8"))["decisions"]
    assert sorted(e["id"] for e in entries) == sorted(c["id"] for c in errors)
    assert all(e["by"] == "Test Editor" and e["reason"] == "primary-source" for e in entries)
    assert invoke("check").exit_code == 0
    code, report = check_json()
    assert code == 0
    decided = {c["id"]: c for c in report["conflicts"]}
    for conflict in errors:
        assert decided[conflict["id"]]["status"] == "resolved"

    # 3. A paragraph above a quoted claim and a new source that agrees: still nothing to do.
    edit(project / S003, "In response to then-Speaker",
         "Editor's note: this article was updated with comment from the embassy.\n\n"
         "In response to then-Speaker")
    (project / "facts" / "sources" / "005_agreeing.md").write_text(AGREEING, encoding="utf-8")
    result = invoke("check")
    assert result.exit_code == 0, result.stdout
    code, report = check_json()
    assert code == 0
    assert report["summary"]["sources"] == 5
    (kept,) = [c for c in report["conflicts"] if c["id"] == suspension[0]["id"]]
    assert kept["status"] == "resolved" and kept["decision"]["value"] == "2022"
    preferred = [s for s in kept["sides"] if s["rank"] == "preferred"]
    assert [s["value"] for s in preferred] == ["2022"]
    assert "005_agreeing" in preferred[0]["sources"]

    # 4. A source changes its disputed value: the conflict re-opens and says why.
    edit(project / S002, "in such cases in 2021 in retaliation", "in such cases in 2020 in retaliation")
    assert invoke("check").exit_code == 1
    code, report = check_json()
    assert code == 1
    reopened = [c for c in report["conflicts"] if _has(c, S002, "2020")]
    assert len(reopened) == 1
    (conflict,) = reopened
    assert conflict["status"] == "unresolved" and conflict["severity"] == "error"
    assert conflict["id"] != suspension[0]["id"]
    assert conflict["fact_key"] == suspension[0]["fact_key"]
    previous = conflict["previous"]
    assert previous is not None and previous["value"] == "2022"
    assert previous["reason"] == "primary-source"
    assert previous["reopened"] and "re-opened" in previous["reopened"]
    assert "2020" in previous["reopened"] and "2021" in previous["reopened"]
    # Nothing was deleted from the ledger.
    after = json.loads(ledger.read_text(encoding="utf-8"))["decisions"]
    assert sorted(e["id"] for e in after) == sorted(e["id"] for e in entries)


@pytest.mark.parametrize("text", [b"{not json", b"", b"[1, 2]", b'{"schema_version": 1, "decisions": 3}',
                                  b"\xff\xfe\x00"])
@pytest.mark.parametrize("command", [["check"], ["check", "--format", "json"], ["report"],
                                     ["resolve", "cfl_", "--value", "2022", "--reason", "majority"]])
def test_corrupt_ledger_exits_2_and_is_left_alone(project: Path, text: bytes, command: list[str]) -> None:
    ledger = project / "facts" / "ledger.json"
    ledger.write_bytes(text)
    result = invoke(*command)
    assert result.exit_code == 2, (result.stdout, result.stderr, result.exception)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error[E201]: "), result.stderr
    assert ledger.read_bytes() == text
    assert not (project / "reports").exists()
    assert sorted(p.name for p in ledger.parent.iterdir() if p.name.startswith(".ledger")) == []
