"""``reconcile eval``: run the pipeline on gold stories and print how well it judged them."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from reconcile.cli.app import app, guarded
from reconcile.evaluate import EvalSummary, StoryScore, evaluate_story, find_stories, summarize


class EvalFormat(StrEnum):
    text = "text"
    json = "json"


def _pct(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.3f}"


def _table(summary: EvalSummary) -> list[str]:
    width = max([len("story"), *(len(s.story) for s in summary.stories)])
    head = (
        f"{'story':<{width}}  real  err  any  expl  f-err  agree  f-flag  sugg  unmatched"
    )
    lines = [head, "-" * len(head)]
    for s in summary.stories:
        sugg = f"{s.suggestions_correct}/{s.suggestions_checked}"
        lines.append(
            f"{s.story:<{width}}  {s.real:4d}  {s.real_caught:3d}  {s.real_caught_any:3d}"
            f"  {s.explained:4d}  {s.false_errors:5d}  {s.agree:5d}  {s.false_flags:6d}"
            f"  {sugg:>4}  {s.unmatched_errors:9d}"
        )
    return lines


def _details(story: StoryScore) -> list[str]:
    lines: list[str] = []
    for item in story.items:
        wrong_suggestion = item.suggestion_ok is False
        if item.verdict == "ok" and not wrong_suggestion:
            continue
        what = item.verdict if item.verdict != "ok" else "wrong suggestion"
        shown = item.severity or "not flagged"
        line = f"  {story.story} {item.id} [{item.cls}] {what} ({shown}): {item.fact}"
        if wrong_suggestion:
            line += f" — suggested {item.suggestion!r}, truth {item.truth!r}"
        lines.append(line)
    lines.extend(
        f"  {story.story} unmatched error {cid}: {fact}"
        for cid, fact in zip(story.unmatched_error_ids, story.unmatched_error_facts, strict=True)
    )
    lines.extend(f"  {story.story} phrase not found: {text}" for text in story.unlocated)
    return lines


def overall_lines(summary: EvalSummary) -> list[str]:
    """The five overall figures, one per line (the last lines of the text output)."""
    s = summary
    return [
        f"recall on real: {_pct(s.recall)} ({s.real_caught}/{s.real} as error;"
        f" {s.real_caught_any}/{s.real} at any severity)",
        f"false errors on explained: {_pct(s.false_error_rate)} ({s.false_errors}/{s.explained})",
        f"false flags on agree: {_pct(s.false_flag_rate)} ({s.false_flags}/{s.agree})",
        f"wrong-severity rate: {_pct(s.wrong_severity_rate)}"
        f" ({s.false_errors + s.false_flags}/{s.explained + s.agree})",
        f"suggestion accuracy: {_pct(s.suggestion_accuracy)}"
        f" ({s.suggestions_correct}/{s.suggestions_checked} checked;"
        f" {s.with_truth} items with a truth)",
    ]


def render_text(summary: EvalSummary, *, verbose: bool = False) -> str:
    lines = _table(summary)
    if verbose:
        details = [line for story in summary.stories for line in _details(story)]
        if details:
            lines += ["", "details:", *details]
    lines += [
        "",
        f"overall: {len(summary.stories)} stories, {summary.errors} error conflicts,"
        f" {summary.unmatched_errors} not covering a real item",
        *overall_lines(summary),
    ]
    return "\n".join(lines)


def floors_met(
    summary: EvalSummary, *, min_recall: float | None, max_wrong_severity: float | None
) -> bool:
    """Whether the run meets the given floors (a missing figure counts as met)."""
    if min_recall is not None and summary.recall is not None and summary.recall < min_recall:
        return False
    if (
        max_wrong_severity is not None
        and summary.wrong_severity_rate is not None
        and summary.wrong_severity_rate > max_wrong_severity
    ):
        return False
    return True


@app.command("eval")
def eval_command(
    dirs: Annotated[
        list[Path], typer.Argument(help="Story folders (with gold.json) or folders of them.")
    ],
    fmt: Annotated[EvalFormat, typer.Option("--format", help="Output format.")] = EvalFormat.text,
    min_recall: Annotated[
        float | None,
        typer.Option("--min-recall", help="Exit 1 when recall on real items is below this."),
    ] = None,
    max_wrong_severity: Annotated[
        float | None,
        typer.Option(
            "--max-wrong-severity", help="Exit 1 when the wrong-severity rate is above this."
        ),
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List every item judged wrongly.")
    ] = False,
) -> None:
    """Score the checker on gold stories: recall on real conflicts, false errors, suggestions."""

    def run() -> EvalSummary:
        from reconcile.config import load_settings

        settings = load_settings()
        stories = find_stories(dirs)
        return summarize(evaluate_story(settings, story) for story in stories)

    summary = guarded(run)
    if fmt is EvalFormat.json:
        data = summary.model_dump(mode="json", by_alias=True)
        typer.echo(json.dumps(data, indent=2, sort_keys=True))
    else:
        typer.echo(render_text(summary, verbose=verbose))
    if not floors_met(summary, min_recall=min_recall, max_wrong_severity=max_wrong_severity):
        raise typer.Exit(1)
