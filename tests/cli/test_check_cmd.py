"""`reconcile check` and `reconcile mentions` through typer's CliRunner, and the README's promises."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner, Result

from reconcile.cli import app

ROOT = Path(__file__).resolve().parent.parent.parent
README = ROOT / "README.md"

ARTICLE = """---
title: "A story"
published: "2024-07-02"
---
China suspended cooperation on deportations in 2022 after the visit.
"""


def invoke(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def seeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from the repository with an empty ledger; returns that ledger's (absent) path."""
    monkeypatch.chdir(ROOT)
    return tmp_path / "ledger.json"


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working folder with no config (the bundled defaults apply)."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return work


# ---------------------------------------------------------------------------------------------
# Exit status on the seeds
# ---------------------------------------------------------------------------------------------


def test_seeds_exit_1(seeds: Path) -> None:
    result = invoke("check", "--ledger", str(seeds))
    assert result.exit_code == 1, result.output
    assert result.stderr == ""
    assert "unresolved" in result.stdout


def test_fail_on_never_exits_0(seeds: Path) -> None:
    result = invoke("check", "--ledger", str(seeds), "--fail-on", "never")
    assert result.exit_code == 0, result.output


def test_output_file_and_baseline(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = invoke("check", "--ledger", str(seeds), "--format", "json", "--output", str(out))
    assert result.exit_code == 1
    assert result.stdout == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["conflicts"]
    # Every conflict is in the baseline: nothing new, so nothing fails.
    again = invoke("check", "--ledger", str(seeds), "--baseline", str(out))
    assert again.exit_code == 0, again.output


# ---------------------------------------------------------------------------------------------
# Bad input: one coded line on stderr, exit 2
# ---------------------------------------------------------------------------------------------


def _bad_inputs(folder: Path) -> dict[str, tuple[list[str], str]]:
    """name -> (arguments, expected code), after writing the files each case needs."""
    (folder / "latin1").mkdir()
    (folder / "latin1" / "a.md").write_bytes("caf\xe9 in 2022\n".encode("latin-1"))
    (folder / "binary").mkdir()
    (folder / "binary" / "a.md").write_bytes(b"2022\x00\x01\x02 binary")
    (folder / "empty").mkdir()
    (folder / "front").mkdir()
    (folder / "front" / "a.md").write_text('---\ntitle: "unclosed\n  - [\n---\nText in 2022.\n',
                                           encoding="utf-8")
    (folder / "dup" / "one").mkdir(parents=True)
    (folder / "dup" / "two").mkdir(parents=True)
    (folder / "dup" / "one" / "same.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "dup" / "two" / "same.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "ok").mkdir()
    (folder / "ok" / "a.md").write_text(ARTICLE, encoding="utf-8")
    return {
        "not-utf8": (["check", str(folder / "latin1")], "E103"),
        "binary": (["check", str(folder / "binary" / "a.md")], "E104"),
        "empty-folder": (["check", str(folder / "empty")], "E102"),
        "broken-front-matter": (["check", str(folder / "front")], "E106"),
        "duplicate-ids": (["check", str(folder / "dup")], "E107"),
        "missing-path": (["check", str(folder / "nope")], "E101"),
        "unknown-format": (["check", str(folder / "ok"), "--format", "yaml"], "E110"),
        "mentions-not-utf8": (["mentions", str(folder / "latin1"), "--format", "json"], "E103"),
        "mentions-unknown-format": (["mentions", str(folder / "ok"), "--format", "xml"], "E110"),
    }


CASES = ["not-utf8", "binary", "empty-folder", "broken-front-matter", "duplicate-ids",
         "missing-path", "unknown-format", "mentions-not-utf8", "mentions-unknown-format"]


@pytest.mark.parametrize("case", CASES)
def test_bad_input_is_one_coded_line_and_exit_2(elsewhere: Path, case: str) -> None:
    args, code = _bad_inputs(elsewhere)[case]
    result = invoke(*args)
    assert result.exit_code == 2, (result.output, result.exception)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error[E1"), lines[0]
    assert lines[0].startswith(f"error[{code}]: "), lines[0]
    assert result.stdout == ""


# ---------------------------------------------------------------------------------------------
# mentions
# ---------------------------------------------------------------------------------------------


def test_mentions_json_contract(seeds: Path) -> None:
    result = invoke("mentions", "facts/sources", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"schema_version", "mentions"} and data["schema_version"] == 1
    mentions = data["mentions"]
    assert mentions
    texts: dict[str, str] = {}
    kinds = set()
    for m in mentions:
        assert {"source", "path", "line", "start", "end", "text", "kind", "value"} <= set(m)
        assert m["kind"] in {"date", "count", "money", "percent", "ordinal"}
        kinds.add(m["kind"])
        if m["kind"] == "date":
            assert set(m["value"]) == {"earliest", "latest"}
        else:
            assert set(m["value"]) == {"low", "high", "unit"}
        text = texts.setdefault(m["path"], (ROOT / m["path"]).read_bytes().decode("utf-8"))
        assert text[m["start"]:m["end"]] == m["text"], m
        assert text.count("\n", 0, m["start"]) + 1 == m["line"], m
        assert Path(m["path"]).stem == m["source"]
    assert {"date", "count", "percent", "ordinal"} <= kinds


def test_mentions_values_are_iso_days_and_numbers(seeds: Path) -> None:
    data = json.loads(invoke("mentions", "facts/sources", "--format", "json").stdout)
    by_text = {(m["source"][:3], m["text"]): m["value"] for m in data["mentions"]}
    assert by_text[("002", "2021")] == {"earliest": "2021-01-01", "latest": "2021-12-31"}
    assert by_text[("004", "62 percent")]["low"] == 62 and by_text[("004", "62 percent")]["unit"] == "%"


# ---------------------------------------------------------------------------------------------
# Tables of claims
# ---------------------------------------------------------------------------------------------


def test_csv_table_produces_conflicts_and_exit_1(elsewhere: Path) -> None:
    table = elsewhere / "claims.csv"
    table.write_text(
        "source,item,attribute,value\n"
        "wire,flight AA100,departure,2024-07-02\n"
        "paper,flight AA100,departure,2024-07-02\n"
        "blog,flight AA100,departure,2024-07-05\n"
        "wire,China,deportees,116\n"
        "paper,China,deportees,116\n"
        "blog,China,deportees,160\n"
        "wire,Peru,deportees,40\n"
        "paper,Peru,deportees,40\n",
        encoding="utf-8",
    )
    result = invoke("check", "claims.csv", "--format", "json")
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    facts = sorted(c["fact"] for c in data["conflicts"])
    assert len(facts) == 2, facts
    text = table.read_text(encoding="utf-8")
    for conflict in data["conflicts"]:
        assert len(conflict["sides"]) == 2
        for side in conflict["sides"]:
            for claim in side["claims"]:
                assert text[claim["start"]:claim["end"]] == claim["quote"]
    assert invoke("check", "claims.csv", "--fail-on", "never").exit_code == 0


# ---------------------------------------------------------------------------------------------
# README
# ---------------------------------------------------------------------------------------------


def _command_names() -> list[str]:
    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def test_every_command_is_in_the_readme() -> None:
    readme = README.read_text(encoding="utf-8")
    names = _command_names()
    assert {"check", "mentions", "report", "resolve"} <= set(names)
    missing = [n for n in names if not re.search(rf"`reconcile {re.escape(n)}\b", readme)]
    assert not missing, f"commands not documented in README.md as `reconcile <name>`: {missing}"


def test_readme_opens_with_the_two_commands() -> None:
    blocks = re.findall(r"^```[^\n]*\n(.*?)^```", README.read_text(encoding="utf-8"), re.M | re.S)
    assert len(blocks) >= 2
    first, second = (b.strip() for b in blocks[:2])
    for block in (first, second):
        assert "\n" not in block, f"not one command: {block!r}"
        assert "pip install" in block and "-e " in block
    assert first.endswith("reconcile check"), first
    assert "[dev]" in second and second.endswith("pytest"), second


def test_unwritable_output_is_one_coded_line_and_exit_2(seeds: Path, tmp_path: Path) -> None:
    # Exit 1 means "unresolved conflicts"; a report that could not be written must not look so.
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = invoke("check", "--ledger", str(seeds), "--output", str(blocker / "report.json"))
    assert result.exit_code == 2, (result.exception, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error[E"), result.stderr
    assert blocker.read_text(encoding="utf-8") == "not a folder"


@pytest.mark.parametrize(("config", "code"), [
    ("sources = [1\n", "E301"),  # not TOML
    ("bogus = 1\n", "E301"),  # unknown key
    ("fiscal_year_start = \"October\"\n", "E301"),  # wrong type
    ("sources = \"nope\"\n", "E101"),  # the configured sources do not exist
])
def test_bad_config_is_one_coded_line_and_exit_2(elsewhere: Path, config: str, code: str) -> None:
    (elsewhere / "reconcile.toml").write_text(config, encoding="utf-8")
    result = invoke("check")
    assert result.exit_code == 2, (result.exception, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error[{code}]: "), result.stderr


@pytest.mark.parametrize("table", ["a,b\n1,2\n", "source,item,attribute,value\n"])
def test_bad_table_is_one_coded_line_and_exit_2(elsewhere: Path, table: str) -> None:
    (elsewhere / "claims.csv").write_text(table, encoding="utf-8")
    result = invoke("check", "claims.csv")
    assert result.exit_code == 2, (result.exception, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error[E109]: "), result.stderr
