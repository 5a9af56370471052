"""The gold scorer on hand-made reports: coverage, severity, suggestions, gold validation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from reconcile.errors import ConfigError
from reconcile.evaluate import (
    Gold,
    StoryScore,
    find_stories,
    load_gold,
    parse_date,
    score,
    story_sources,
    summarize,
    values_match,
)
from reconcile.models import ClaimRef, Conflict, Report, Side, SourceRef, Suggestion, Summary

TEXTS = {
    "a": "---\ntitle: A\n---\nThe quake killed 1,200 people, officials said. It struck on 3 May.\n",
    "b": "---\ntitle: B\n---\nAt least 1,450 people died. The quake struck on May 4.\n",
    "c": "---\ntitle: C\n---\nRescuers said about 1,200 had died by Tuesday.\n",
}

GOLD = Gold.model_validate(
    {
        "items": [
            {
                "id": "R1",
                "class": "real",
                "fact": "date of the quake",
                "claims": [["a", "It struck on 3 May."], ["b", "The quake struck on May 4."]],
                "truth": "3 May 2024",
            },
            {
                "id": "E1",
                "class": "explained",
                "fact": "death toll at different times",
                "claims": [["a", "killed 1,200 people"], ["b", "At least 1,450 people died"]],
                "truth": None,
                "explanation": "time",
            },
            {
                "id": "A1",
                "class": "agree",
                "fact": "toll of 1,200",
                "claims": [["a", "killed 1,200 people"], ["c", "about 1,200 had died"]],
                "truth": None,
                "explanation": "rounding",
            },
        ]
    }
)


def ref(source: str, quote: str) -> ClaimRef:
    text = TEXTS[source]
    start = text.index(quote)
    return ClaimRef(
        id=f"clm_{source}_{start}",
        source=source,
        path=f"{source}.md",
        line=text.count("\n", 0, start) + 1,
        start=start,
        end=start + len(quote),
        quote=quote,
        value={},
    )


def conflict(
    cid: str,
    severity: str,
    left: list[ClaimRef],
    right: list[ClaimRef],
    suggestion: str | None = None,
) -> Conflict:
    return Conflict(
        id=cid,
        code="RC101",
        kind="date",
        severity=severity,  # type: ignore[arg-type]
        fact="f",
        fact_key="k",
        sides=(Side(value="x", claims=tuple(left)), Side(value="y", claims=tuple(right))),
        suggestion=Suggestion(value=suggestion, confidence=0.8, rationale=("r",))
        if suggestion
        else None,
    )


def report(*conflicts: Conflict) -> Report:
    return Report(
        sources=tuple(SourceRef(id=s, path=f"{s}.md") for s in sorted(TEXTS)),
        conflicts=conflicts,
        summary=Summary(sources=3, claims=0, conflicts=len(conflicts), unresolved=0),
    )


def test_real_item_covered_by_error_with_right_suggestion() -> None:
    r = report(conflict("c1", "error", [ref("a", "3 May")], [ref("b", "May 4")], "2024-05-03"))
    result = score(r, GOLD, TEXTS, story="s")
    assert result.real_caught == 1 and result.recall == 1.0
    assert result.suggestions_checked == 1 and result.suggestion_accuracy == 1.0
    assert result.unmatched_errors == 0 and result.missed_real == ()


def test_real_item_at_warning_counts_only_at_any_severity() -> None:
    r = report(conflict("c1", "warning", [ref("a", "3 May")], [ref("b", "May 4")], "4 May 2024"))
    result = score(r, GOLD, TEXTS)
    assert result.real_caught == 0 and result.real_caught_any == 1
    assert result.recall == 0.0 and result.recall_any == 1.0
    assert result.missed_real == ("R1",)
    assert result.suggestion_accuracy == 0.0
    assert result.items[0].verdict == "weak"


def test_claims_on_the_same_side_do_not_cover() -> None:
    r = report(conflict("c1", "error", [ref("a", "3 May"), ref("b", "May 4")], [ref("c", "1,200")]))
    result = score(r, GOLD, TEXTS)
    assert result.real_caught_any == 0
    assert result.unmatched_errors == 1 and result.unmatched_error_ids == ("c1",)


def test_a_contradiction_inside_one_gold_phrase_covers_its_item() -> None:
    # "Friday, March 14" in 2026, a Saturday: both sides lie in the phrase the gold says is wrong
    inside = report(conflict("c1", "error", [ref("a", "3 May")], [ref("a", "struck")]))
    assert score(inside, GOLD, TEXTS).real_caught == 1
    # one side outside the phrase: no cover
    half = report(conflict("c1", "error", [ref("a", "3 May")], [ref("a", "1,200")]))
    assert score(half, GOLD, TEXTS).real_caught_any == 0


def test_claim_outside_the_phrase_does_not_cover() -> None:
    # "1,200" in source a lies in the sentence but outside the date phrase of R1.
    r = report(conflict("c1", "error", [ref("a", "1,200")], [ref("b", "May 4")]))
    assert score(r, GOLD, TEXTS).real_caught_any == 0


def test_explained_as_error_is_a_false_error_and_warning_is_fine() -> None:
    as_error = report(conflict("c1", "error", [ref("a", "1,200")], [ref("b", "1,450")]))
    result = score(as_error, GOLD, TEXTS)
    assert result.false_errors == 1 and result.false_error_rate == 1.0
    assert result.false_error_items == ("E1",)
    assert result.wrong_severity_rate == 0.5
    as_warning = report(conflict("c1", "warning", [ref("a", "1,200")], [ref("b", "1,450")]))
    result = score(as_warning, GOLD, TEXTS)
    assert result.false_errors == 0 and result.wrong_severity_rate == 0.0


def test_agree_flagged_as_warning_is_a_false_flag_but_info_is_not() -> None:
    flagged = report(conflict("c1", "warning", [ref("a", "1,200")], [ref("c", "1,200")]))
    assert score(flagged, GOLD, TEXTS).false_flag_items == ("A1",)
    noted = report(conflict("c1", "info", [ref("a", "1,200")], [ref("c", "1,200")]))
    assert score(noted, GOLD, TEXTS).false_flags == 0


def test_most_severe_covering_conflict_decides() -> None:
    r = report(
        conflict("c1", "warning", [ref("a", "3 May")], [ref("b", "May 4")], "4 May"),
        conflict("c2", "error", [ref("b", "May 4")], [ref("a", "3 May")], "May 3, 2024"),
    )
    item = score(r, GOLD, TEXTS).items[0]
    assert item.covered_by == ("c2", "c1") and item.severity == "error"
    assert item.suggestion == "May 3, 2024" and item.suggestion_ok is True


def test_an_error_inside_one_phrase_decides_over_a_warning_across_claims() -> None:
    # the error is the most severe; the preference for a conflict across the item's claims only
    # breaks ties between conflicts of one severity
    r = report(
        conflict("c1", "warning", [ref("a", "3 May")], [ref("b", "May 4")], "4 May"),
        conflict("c2", "error", [ref("a", "3 May")], [ref("a", "struck")], "May 3, 2024"),
    )
    item = score(r, GOLD, TEXTS).items[0]
    assert item.severity == "error" and item.suggestion == "May 3, 2024" and item.suggestion_ok is True
    tie = report(
        conflict("c2", "error", [ref("a", "3 May")], [ref("a", "struck")], "4 May"),
        conflict("c1", "error", [ref("a", "3 May")], [ref("b", "May 4")], "May 3, 2024"),
    )
    assert score(tie, GOLD, TEXTS).items[0].suggestion == "May 3, 2024"


def test_empty_report_scores_zero_and_summary_adds_up() -> None:
    empty = score(report(), GOLD, TEXTS, story="one")
    assert empty.recall == 0.0 and empty.false_error_rate == 0.0 and empty.false_flag_rate == 0.0
    assert empty.suggestion_accuracy is None and empty.with_truth == 1
    caught = score(
        report(conflict("c1", "error", [ref("a", "3 May")], [ref("b", "May 4")])),
        GOLD,
        TEXTS,
        story="two",
    )
    total = summarize([empty, caught])
    assert total.real == 2 and total.real_caught == 1 and total.recall == 0.5
    assert [s.story for s in total.stories] == ["one", "two"]


def test_unlocated_phrase_is_listed() -> None:
    gold = Gold.model_validate(
        {
            "items": [
                {
                    "id": "X",
                    "class": "agree",
                    "fact": "f",
                    "claims": [["a", "not in the text"], ["b", "May 4"]],
                    "truth": None,
                }
            ]
        }
    )
    result = score(report(), gold, TEXTS)
    assert len(result.unlocated) == 1 and result.unlocated[0].startswith("X a:")


@pytest.mark.parametrize(
    ("suggested", "truth", "expected"),
    [
        ("$61 billion", "61 billion USD", True),
        ("$61bn", "61 billion USD", True),
        ("1,200 million dollars", "$1.2bn", True),
        ("45pc", "45%", True),
        ("45 per cent", "45 percent", True),
        ("more than 37,000", "37000", True),
        ("the fourth", "4th", True),
        ("€61bn", "$61bn", False),
        ("$62 billion", "61 billion USD", False),
        ("26 May 2022", "2022-05-26", True),
        ("May 26, 2022", "2022-05", True),
        ("May 2022", "2022-05-26", False),
        ("2022", "2022", True),
        ("2023-01-04", "2022", False),
        ("3 May", "3 May 2024", False),
        ("", "12", False),
        ("2,870", "2870", True),  # a four-digit truth against a count is a count, not a year
        ("6,300 tonne", "6300", True),
        ("2,870", "2780", False),
        ("roughly 640 m", "640", True),  # metres, a unit the truth leaves out: not 640 million
        ("£4.12m", "4,120,000", True),  # a one-letter scale attached to its figure
        ("640 m", "640 million", False),
        # a truth glossed by a parenthesis is stated by the value before it
        ("48", "48 (born 1978)", True),
        ("79 years old", "79 (born 1946 or 1947)", True),
        ("72%", "72% (118 of 164)", True),
        ("62%", "72% (118 of 164)", False),
        ("1978", "48 (born 1978)", False),
        # a truth naming a multiple is stated by a rise or a multiple that fits it
        ("213.3%", "tripled (£15m to £47m)", True),
        ("200% to 350%", "more than tripled (2.3 to 7.1 tonnes)", True),
        ("80% to 124%", "more than tripled", False),
        ("100%", "doubled", True),
        ("150%", "tripled", False),
        ("130%", "2.3 times", True),
        ("3.1 times", "tripled", True),
        ("3", "tripled", False),  # a bare figure names no multiple
        # a compass direction states a truth whose first compass word it is
        ("north", "northern outskirts of the city", True),
        ("north-east of Dravnik", "north-east of Dravnik", True),
        ("east", "the east coast", True),
        ("north-east", "north-west", False),
        ("south", "northern outskirts, south of the river", False),
        # a length of time as a race clock states one in words
        ("14:20:00", "14 hours 20 minutes", True),
        ("2:04:12", "2 hours, 4 minutes and 12 seconds", True),
        ("14:20:00", "14 hours 2 minutes", False),
    ],
)
def test_values_match(suggested: str, truth: str, expected: bool) -> None:
    assert values_match(suggested, truth) is expected


def test_parse_date_forms() -> None:
    assert parse_date("2024-05-03") == (2024, 5, 3)
    assert parse_date("3rd of May 2024") == (2024, 5, 3)
    assert parse_date("Sept. 9") == (None, 9, 9)
    assert parse_date("12 people") is None


def test_load_gold_rejects_bad_files(tmp_path: Path) -> None:
    bad_json = tmp_path / "bad.json"
    bad_json.write_text("{", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_gold(bad_json)
    assert info.value.code == "E303"
    bad_class = tmp_path / "class.json"
    item = {"id": "X", "class": "maybe", "fact": "f", "claims": [["a", "x"], ["b", "y"]]}
    bad_class.write_text(json.dumps({"items": [item]}), encoding="utf-8")
    with pytest.raises(ConfigError, match="E303|gold file"):
        load_gold(bad_class)
    one_claim = tmp_path / "one.json"
    item = {"id": "X", "class": "real", "fact": "f", "claims": [["a", "x"]]}
    one_claim.write_text(json.dumps({"items": [item]}), encoding="utf-8")
    with pytest.raises(ConfigError):
        load_gold(one_claim)
    dup = tmp_path / "dup.json"
    item = {"id": "X", "class": "real", "fact": "f", "claims": [["a", "x"], ["b", "y"]]}
    dup.write_text(json.dumps({"items": [item, item]}), encoding="utf-8")
    with pytest.raises(ConfigError):
        load_gold(dup)
    with pytest.raises(ConfigError):
        load_gold(tmp_path / "missing.json")


def test_find_stories_and_sources(tmp_path: Path) -> None:
    story = tmp_path / "stories" / "quake"
    story.mkdir(parents=True)
    for name in ("a.md", "b.md", "NOTES.md", "gold.json"):
        (story / name).write_text("x", encoding="utf-8")
    assert find_stories([tmp_path / "stories"]) == [story.resolve()]
    assert find_stories([story]) == [story.resolve()]
    assert [p.name for p in story_sources(story)] == ["a.md", "b.md"]
    (tmp_path / "empty").mkdir()
    with pytest.raises(ConfigError):
        find_stories([tmp_path / "empty"])


def _eval_app() -> typer.Typer:
    """A group app holding only ``eval``, so the test does not depend on other commands."""
    from reconcile.cli.eval_cmd import eval_command

    group = typer.Typer()

    @group.callback()
    def _root() -> None:
        pass

    group.command("eval")(eval_command)
    return group


def test_cli_eval_reports_bad_gold_as_error(tmp_path: Path) -> None:
    story = tmp_path / "s"
    story.mkdir()
    (story / "a.md").write_text("text", encoding="utf-8")
    (story / "gold.json").write_text("{", encoding="utf-8")
    result = CliRunner().invoke(_eval_app(), ["eval", str(story)])
    assert result.exit_code == 2
    assert "error[E303]" in result.output


def test_cli_eval_missing_path(tmp_path: Path) -> None:
    result = CliRunner().invoke(_eval_app(), ["eval", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert "error[E101]" in result.output


def _fake_story(real_caught: int) -> StoryScore:
    gold = GOLD
    conflicts = (
        [conflict("c1", "error", [ref("a", "3 May")], [ref("b", "May 4")], "3 May 2024")]
        if real_caught
        else []
    )
    return score(report(*conflicts), gold, TEXTS, story="quake")


def test_text_output_ends_with_the_overall_figures() -> None:
    from reconcile.cli.eval_cmd import render_text

    text = render_text(summarize([_fake_story(1)]), verbose=True)
    last = text.splitlines()[-5:]
    assert [line.split(":")[0] for line in last] == [
        "recall on real",
        "false errors on explained",
        "false flags on agree",
        "wrong-severity rate",
        "suggestion accuracy",
    ]
    assert last[0].startswith("recall on real: 1.000 (1/1")


@pytest.mark.parametrize(
    ("args", "caught", "code"),
    [
        ([], 0, 0),
        (["--min-recall", "0.5"], 0, 1),
        (["--min-recall", "0.5"], 1, 0),
        (["--max-wrong-severity", "0.0"], 1, 0),
    ],
)
def test_cli_exit_status_follows_the_floors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], caught: int, code: int
) -> None:
    import reconcile.cli.eval_cmd as eval_cmd

    story = tmp_path / "quake"
    story.mkdir()
    (story / "gold.json").write_text('{"items": []}', encoding="utf-8")
    monkeypatch.setattr(eval_cmd, "evaluate_story", lambda settings, path: _fake_story(caught))
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(_eval_app(), ["eval", str(tmp_path), *args])
    assert result.exit_code == code, result.output
    json_result = CliRunner().invoke(_eval_app(), ["eval", str(story), "--format", "json"])
    data = json.loads(json_result.output)
    assert data["stories"][0]["story"] == "quake" and data["real"] == 1


def test_a_derived_claim_on_the_picked_side_may_state_the_truth_in_its_own_words() -> None:
    # "It struck on 3 May" read as a date; the truth given as the figure a derived claim quotes
    claims = [["a", "It struck on 3 May."], ["b", "The quake struck on May 4."]]
    gold = Gold.model_validate({"items": [{"id": "R1", "class": "real", "fact": "f", "claims": claims,
                                           "truth": "3"}]})
    derived = ref("a", "3").model_copy(update={"derived": "day 3 of the month"})
    picked = Conflict(id="c1", code="RC101", kind="date", severity="error", fact="f", fact_key="k",
                      sides=(Side(value="x", claims=(derived,)), Side(value="y", claims=(ref("b", "May 4"),))),
                      suggestion=Suggestion(value="x", confidence=0.8, rationale=("r",)))
    assert score(report(picked), gold, TEXTS, story="s").suggestions_correct == 1
    # the same quote on a claim read as written proves nothing about the side's value
    plain = picked.model_copy(update={"sides": (Side(value="x", claims=(ref("a", "3"),)), picked.sides[1])})
    assert score(report(plain), gold, TEXTS, story="s").suggestions_correct == 0
    # nor does a derived claim on the side not picked
    other = picked.model_copy(update={"suggestion": Suggestion(value="y", confidence=0.8, rationale=("r",))})
    assert score(report(other), gold, TEXTS, story="s").suggestions_correct == 0
