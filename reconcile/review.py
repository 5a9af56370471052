"""The interactive review loop, as a library: the terminal comes in as ``ask``/``say`` callables.

``review`` walks the unresolved conflicts of a report (most severe first), shows each one's
quotes side by side with the suggestion, and asks: ``[t]`` take the suggestion, ``[1-9]`` choose
a side, ``[a]`` accept as genuinely disputed, ``[d]`` dismiss, ``[s]`` skip, ``[b]`` back,
``[q]`` quit. Before anything is recorded it shows the exact status and value that will go into
the ledger and asks for a yes. Each confirmed decision is handed to ``record`` at once (the CLI
writes it to the ledger), so quitting keeps what was decided and the next review shows only what
is still unresolved: skipped and undecided conflicts come back, decided ones do not.

Example::

    answers = iter(["1", "", "", "y"])
    summary = review(report, ask=lambda prompt: next(answers), say=print, record=save)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reconcile.errors import LedgerError
from reconcile.ledger import REASONS, Verdict, check_reason, match_value
from reconcile.models import Conflict, Report, SourceRef
from reconcile.render._common import (
    excerpt,
    ordered,
    previous_text,
    source_label,
    sources_by_id,
    start_position,
)

Ask = Callable[[str], str]
Say = Callable[[str], None]

DEFAULT_REASON: dict[str, str] = {
    "resolved": "editor-judgement",
    "dismissed": "not-same-fact",
    "accepted": "genuinely-disputed",
}
REASON_CODES = tuple(REASONS)


@dataclass(frozen=True)
class Choice:
    """One decision the editor confirmed."""

    conflict_id: str
    status: Verdict
    value: str | None
    reason: str
    note: str | None = None


Record = Callable[[Conflict, Choice], None]


@dataclass
class ReviewSummary:
    """What a review pass did."""

    decided: list[Choice] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    remaining: list[str] = field(default_factory=list)  # not reached before quitting
    quit: bool = False


def pending(report: Report) -> list[Conflict]:
    """The conflicts a review goes through: unresolved ones, most severe first."""
    return [c for c in ordered(report) if c.status == "unresolved"]


def describe(conflict: Conflict, sources: dict[str, SourceRef], position: int, total: int) -> str:
    """The block shown for one conflict: fact, numbered sides with quotes, suggestion."""
    lines = [
        "",
        f"[{position}/{total}] {conflict.severity} {conflict.code} {conflict.kind}  {conflict.id}",
        f"Fact: {conflict.fact}",
    ]
    if conflict.explanation:
        lines.append(f"      {conflict.explanation}")
    earlier = previous_text(conflict)
    if earlier:
        lines.append(f"Re-opened. Earlier decision: {earlier}")
    for i, side in enumerate(conflict.sides, 1):
        names = ", ".join(sorted({source_label(c.source, sources) for c in side.claims}))
        lines.append(f"  {i}) {side.value}" + (f"   — {names}" if names else ""))
        for claim in side.claims:
            before, quote, after = excerpt(claim, 60)
            line, column = start_position(claim)
            lines.append(f"       “{before}[{quote}]{after}”")
            lines.append(f"         {claim.path}:{line}:{column}")
    if conflict.suggestion is not None:
        s = conflict.suggestion
        lines.append(f"Suggestion: {s.value} ({round(s.confidence * 100)}% confidence)")
        lines += [f"  - {r}" for r in s.rationale]
    else:
        lines.append("Suggestion: none")
    return "\n".join(lines)


def _menu(conflict: Conflict) -> str:
    parts = []
    if conflict.suggestion is not None:
        parts.append(f"[t]ake suggestion ({conflict.suggestion.value})")
    n = min(len(conflict.sides), 9)
    parts.append("choose side [1]" if n == 1 else f"choose side [1-{n}]")
    parts += ["[a]ccept as disputed", "[d]ismiss", "[s]kip", "[b]ack", "[q]uit"]
    return " / ".join(parts) + ": "


def _reason_menu(default: str) -> str:
    listed = "  ".join(f"{i}={code}" for i, code in enumerate(REASON_CODES, 1))
    return f"Reason ({listed}) [{default}]: "


def _ask_reason(ask: Ask, say: Say, status: str) -> tuple[str, str | None]:
    default = DEFAULT_REASON[status]
    while True:
        answer = ask(_reason_menu(default)).strip()
        if not answer:
            reason = default
        elif answer.isdigit() and 1 <= int(answer) <= len(REASON_CODES):
            reason = REASON_CODES[int(answer) - 1]
        else:
            reason = answer
        if reason not in REASONS:
            say(f"'{answer}' is not a reason; give its number or its code.")
            continue
        note = ask("Note (optional, Enter for none): ").strip() or None
        try:
            check_reason(reason, note)
        except LedgerError as exc:
            say(exc.message)
            continue
        return reason, note


def _intent(conflict: Conflict, answer: str, say: Say) -> tuple[Verdict, str | None] | None:
    """Turn a menu answer into (status, value), or None after explaining why not."""
    if answer == "t":
        if conflict.suggestion is None:
            say("There is no suggestion for this conflict; choose a side by its number.")
            return None
        try:
            return "resolved", match_value(conflict, conflict.suggestion.value)
        except LedgerError:
            say(f"The suggestion {conflict.suggestion.value!r} is not one of the sides; "
                "choose a side by its number.")
            return None
    if answer.isdigit():
        n = int(answer)
        if 1 <= n <= len(conflict.sides):
            return "resolved", conflict.sides[n - 1].value
        say(f"There is no side {n}; this conflict has {len(conflict.sides)}.")
        return None
    if answer == "a":
        return "accepted", None
    if answer == "d":
        return "dismissed", None
    say(f"'{answer}' is not an answer here.")
    return None


def _confirmation(conflict: Conflict, choice: Choice) -> str:
    if choice.status == "resolved":
        what = f"RESOLVED with value “{choice.value}”"
    elif choice.status == "dismissed":
        what = "DISMISSED (not a real conflict; no value recorded)"
    else:
        what = "ACCEPTED as genuinely disputed (no value recorded)"
    note = f", note “{choice.note}”" if choice.note else ""
    return (f"Will record: {conflict.id} {what}\n"
            f"  fact: {conflict.fact}\n"
            f"  reason: {choice.reason}{note}")


def review(report: Report, *, ask: Ask, say: Say, record: Record) -> ReviewSummary:
    """Walk the unresolved conflicts of ``report`` and record what the editor confirms.

    ``ask(prompt)`` returns the editor's answer (raise EOFError to end the review); ``say(text)``
    shows text; ``record(conflict, choice)`` stores a confirmed decision. Errors from ``record``
    (a LedgerError) end the review and propagate.
    """
    items = pending(report)
    sources = sources_by_id(report)
    summary = ReviewSummary()
    decided: dict[str, Choice] = {}
    skipped: set[str] = set()
    if not items:
        say("Nothing to review: no unresolved conflicts.")
        return summary
    i = 0
    try:
        while i < len(items):
            conflict = items[i]
            say(describe(conflict, sources, i + 1, len(items)))
            if conflict.id in decided:
                d = decided[conflict.id]
                say(f"(decided in this review: {d.status}"
                    + (f" “{d.value}”" if d.value else "") + "; deciding again replaces it)")
            answer = ask(_menu(conflict)).strip().lower()
            if answer == "q":
                summary.quit = True
                break
            if answer in ("s", ""):
                skipped.add(conflict.id)
                i += 1
                continue
            if answer == "b":
                if i == 0:
                    say("This is the first conflict.")
                i = max(0, i - 1)
                continue
            intent = _intent(conflict, answer, say)
            if intent is None:
                continue
            status, value = intent
            reason, note = _ask_reason(ask, say, status)
            choice = Choice(conflict.id, status, value, reason, note)
            say(_confirmation(conflict, choice))
            if ask("Record this? [y/N]: ").strip().lower() not in ("y", "yes"):
                say("Not recorded.")
                continue
            record(conflict, choice)
            decided[conflict.id] = choice
            skipped.discard(conflict.id)
            say("Recorded.")
            i += 1
    except EOFError:
        summary.quit = True
    summary.decided = [decided[c.id] for c in items if c.id in decided]
    summary.skipped = [c.id for c in items if c.id in skipped and c.id not in decided]
    summary.remaining = [c.id for c in items if c.id not in decided and c.id not in skipped]
    return summary
