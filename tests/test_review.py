"""The review loop, driven by scripted answers: no terminal needed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from fixtures_reports import sample_report, undecided

from reconcile.ledger import apply_decisions, load_ledger, record_decision
from reconcile.models import Conflict, Report
from reconcile.review import Choice, ReviewSummary, pending, review


class Script:
    """Answers prompts in order; records what was shown and decided."""

    def __init__(self, answers: Iterable[str]) -> None:
        self.answers = list(answers)
        self.prompts: list[str] = []
        self.shown: list[str] = []
        self.recorded: list[tuple[str, Choice]] = []

    def ask(self, prompt: str) -> str:
        self.prompts.append(prompt)
        if not self.answers:
            raise EOFError
        return self.answers.pop(0)

    def say(self, text: str) -> None:
        self.shown.append(text)

    def record(self, conflict: Conflict, choice: Choice) -> None:
        self.recorded.append((conflict.id, choice))

    def run(self, report: Report) -> ReviewSummary:
        return review(report, ask=self.ask, say=self.say, record=self.record)

    @property
    def text(self) -> str:
        return "\n".join(self.shown)


def test_pending_is_unresolved_most_severe_first() -> None:
    report = undecided(sample_report())
    assert [c.severity for c in pending(report)] == ["error", "error", "error", "warning", "info"]
    assert len(pending(sample_report())) == 3


def test_take_suggestion_shows_exact_value_and_records_after_yes() -> None:
    report = sample_report()
    first = pending(report)[0]
    script = Script(["t", "1", "", "y", "q"])  # take, reason 1 = primary-source, no note, yes
    summary = script.run(report)
    assert script.recorded == [(first.id, Choice(first.id, "resolved", "2022", "primary-source"))]
    assert f"Will record: {first.id} RESOLVED with value “2022”" in script.text
    assert "suspended its Lisbon–São Paulo route [in 2022], citing" in script.text
    assert "Suggestion: 2022 (82% confidence)" in script.text
    assert summary.quit and [c.conflict_id for c in summary.decided] == [first.id]


def test_choose_side_by_number_with_reason_code_and_note() -> None:
    report = sample_report()
    first = pending(report)[0]
    script = Script(["2", "correction", "the union was right", "yes", "q"])
    script.run(report)
    ((cid, choice),) = script.recorded
    assert cid == first.id
    assert (choice.status, choice.value, choice.reason, choice.note) == (
        "resolved", "2021", "correction", "the union was right")


def test_no_means_nothing_recorded_and_the_conflict_is_shown_again() -> None:
    script = Script(["1", "", "", "n", "d", "", "", "y"])
    script.run(sample_report())
    assert "Not recorded." in script.shown
    ((_, choice),) = script.recorded
    assert choice.status == "dismissed" and choice.value is None
    assert choice.reason == "not-same-fact"
    assert "DISMISSED (not a real conflict; no value recorded)" in script.text


def test_bad_answers_are_explained_not_recorded() -> None:
    script = Script(["7", "x", "1", "nonsense", "other", "", "other", "why not", "y", "q"])
    script.run(sample_report())
    assert "There is no side 7; this conflict has 2." in script.shown
    assert "'x' is not an answer here." in script.shown
    assert "'nonsense' is not a reason; give its number or its code." in script.shown
    assert any("needs a --note" in s for s in script.shown)
    ((_, choice),) = script.recorded
    assert choice.reason == "other" and choice.note == "why not"


def test_skip_back_and_accept() -> None:
    report = sample_report()
    items = pending(report)
    script = Script(["s", "b", "a", "", "", "y", "s", "s"])
    summary = script.run(report)
    assert [cid for cid, _ in script.recorded] == [items[0].id]
    assert script.recorded[0][1].status == "accepted"
    assert summary.skipped == [items[1].id, items[2].id]
    assert not summary.quit and summary.remaining == []


def test_back_at_first_stays() -> None:
    script = Script(["b", "q"])
    script.run(sample_report())
    assert "This is the first conflict." in script.shown


def test_end_of_input_quits() -> None:
    summary = Script(["s"]).run(sample_report())
    assert summary.quit
    assert len(summary.skipped) == 1 and len(summary.remaining) == 2


def test_nothing_to_review() -> None:
    report = sample_report()
    done = report.model_copy(update={"conflicts": report.conflicts[3:]})
    script = Script([])
    script.run(done)
    assert script.shown == ["Nothing to review: no unresolved conflicts."]


def test_resumable_with_a_real_ledger(tmp_path: Path) -> None:
    path = tmp_path / "ledger.json"
    base = undecided(sample_report())

    def save(conflict: Conflict, choice: Choice) -> None:
        record_decision(path, conflict, status=choice.status, value=choice.value,
                        reason=choice.reason, note=choice.note, by="ed",
                        clock=lambda: dt.date(2026, 12, 2))

    first = pending(base)
    # Pass 1: decide the first, skip the second, quit.
    review(base, ask=Script(["t", "", "", "y", "s", "q"]).ask, say=lambda _: None, record=save)
    # Pass 2 starts from the ledger: the decided one is gone, the skipped one comes back first.
    again = pending(apply_decisions(base, load_ledger(path)))
    assert [c.id for c in again] == [c.id for c in first[1:]]
