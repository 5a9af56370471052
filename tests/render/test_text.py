"""Text: a plain table for terminals; source text is never read as rich markup."""

from __future__ import annotations

from fixtures_reports import sample_report

from reconcile.render import render


def test_plain_by_default() -> None:
    out = render(sample_report(), "text", width=100)
    assert "\x1b[" not in out
    assert max(len(line) for line in out.splitlines()) <= 100
    assert "cfl_9cf881dc422f66ca" in out and "→ 2022 (82%)" in out
    assert "<script>document" in render(sample_report(), "text", width=250)  # as written


def test_color_when_asked() -> None:
    assert "\x1b[" in render(sample_report(), "text", color=True)


def test_markup_in_sources_is_not_interpreted() -> None:
    report = sample_report()
    conflict = report.conflicts[0]
    side = conflict.sides[0].model_copy(update={"value": "[bold red]2022[/]"})
    report = report.model_copy(update={"conflicts": (
        conflict.model_copy(update={"sides": (side, *conflict.sides[1:])}),)})
    assert "[bold red]2022[/]" in render(report, "text", width=160)


def test_empty_report() -> None:
    report = sample_report().model_copy(update={"conflicts": ()})
    assert "No conflicts." in render(report, "text")
