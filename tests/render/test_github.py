"""GitHub annotations: escaping, the per-level cap, the step summary."""

from __future__ import annotations

from pathlib import Path

from fixtures_reports import sample_report, undecided

from reconcile.render import render
from reconcile.render.github import annotation, escape_data, escape_property


def test_escaping() -> None:
    assert escape_data("100% \r\n") == "100%25 %0D%0A"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    line = annotation("error", "x\ny", file="dir,1/a:b.md", line=3, title="T: 1,2")
    assert line == "::error file=dir%2C1/a%3Ab.md,line=3,title=T%3A 1%2C2::x%0Ay"


def test_one_line_per_unresolved_conflict() -> None:
    out = render(sample_report(), "github")
    lines = out.splitlines()
    assert len(lines) == 3 and all(line.startswith("::error file=") for line in lines)
    assert ",line=5,col=66,endLine=5,endColumn=73,title=RC101 date-mismatch::" in lines[0]
    assert all("\n" not in line and "\r" not in line for line in lines)


def test_at_most_ten_per_level() -> None:
    base = undecided(sample_report())
    many = tuple(
        base.conflicts[0].model_copy(update={"id": f"cfl_{i:016x}"}) for i in range(13)
    ) + (base.conflicts[3],)
    out = render(base.model_copy(update={"conflicts": many}), "github")
    lines = out.splitlines()
    assert sum(line.startswith("::error ") for line in lines) == 10
    assert sum(line.startswith("::warning ") for line in lines) == 1
    assert "reconcile: 3 more error annotations not shown" in out


def test_step_summary_is_appended(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    render(sample_report(), "github", env={"GITHUB_STEP_SUMMARY": str(summary)})
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## reconcile report")
    assert text.count("\n### ") == 5


def test_no_summary_without_env(tmp_path: Path) -> None:
    assert render(sample_report(), "github", env={}) == render(sample_report(), "github")
