"""`reconcile resolve | dismiss | accept | reopen | review`: the editors' ledger from the shell.

Each command recomputes the current report (``run_pipeline``, which tests replace), applies the
ledger, finds the conflict by id or unique id prefix, and records the decision atomically.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from reconcile.cli.app import app, guarded
from reconcile.config import Settings, load_settings
from reconcile.errors import LedgerError
from reconcile.ledger import (
    REASONS,
    Ledger,
    Verdict,
    apply_decisions,
    find_conflict,
    load_ledger,
    record_decision,
    reopen_decision,
)
from reconcile.models import Conflict, Report

IdArg = Annotated[str, typer.Argument(help="The conflict id (cfl_...) or a unique prefix of it.")]
ReasonOpt = Annotated[str, typer.Option("--reason", "-r", help="Why: " + ", ".join(REASONS)
                                        + " (other needs --note).")]
NoteOpt = Annotated[str | None, typer.Option("--note", "-n", help="Free text kept with the "
                                             "decision.")]
ByOpt = Annotated[str | None, typer.Option("--by", envvar="RECONCILE_EDITOR",
                                           help="Who decides (default: $RECONCILE_EDITOR).")]
LedgerOpt = Annotated[Path | None, typer.Option("--ledger", help="The ledger file (default: "
                                                "from the config).")]


def run_pipeline(settings: Settings) -> Report:
    """The current report before the ledger is applied (tests replace this function)."""
    from reconcile.pipeline import run

    return run(settings, apply_decisions=False)


def ledger_path(settings: Settings) -> Path:
    """The configured ledger file. Raises LedgerError E207 when none is configured."""
    if settings.ledger is None:
        raise LedgerError("E207")
    return settings.ledger


def current_report(settings: Settings) -> Report:
    """The current report with the ledger's decisions applied (no ledger: none applied)."""
    ledger = load_ledger(settings.ledger) if settings.ledger is not None else Ledger()
    return apply_decisions(run_pipeline(settings), ledger)


def _where(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _decide(ref: str, status: Verdict, *, value: str | None, reason: str, note: str | None,
            by: str | None, ledger: Path | None) -> int:
    settings = load_settings(ledger=ledger)
    path = ledger_path(settings)
    load_ledger(path)  # a corrupt ledger stops us before the (slow) pipeline runs
    conflict: Conflict = find_conflict(current_report(settings), ref)
    entry = record_decision(path, conflict, status=status, value=value, reason=reason,
                            note=note, by=by)
    what = f"{status} {entry.id}" + (f" = {entry.value}" if entry.value is not None else "")
    typer.echo(f"{what} ({entry.reason}) — {conflict.fact}; recorded in {_where(path)}")
    return 0


@app.command()
def resolve(
    conflict_id: IdArg,
    value: Annotated[str, typer.Option("--value", "-v", help="The value to keep; one of the "
                                       "sides' values.")],
    reason: ReasonOpt,
    note: NoteOpt = None,
    by: ByOpt = None,
    ledger: LedgerOpt = None,
) -> None:
    """Resolve a conflict: keep VALUE, deprecate the other sides."""
    raise typer.Exit(guarded(lambda: _decide(conflict_id, "resolved", value=value,
                                             reason=reason, note=note, by=by, ledger=ledger)))


@app.command()
def dismiss(
    conflict_id: IdArg,
    reason: ReasonOpt,
    note: NoteOpt = None,
    by: ByOpt = None,
    ledger: LedgerOpt = None,
) -> None:
    """Dismiss a conflict: the sides are not really about the same fact."""
    raise typer.Exit(guarded(lambda: _decide(conflict_id, "dismissed", value=None,
                                             reason=reason, note=note, by=by, ledger=ledger)))


@app.command()
def accept(
    conflict_id: IdArg,
    reason: ReasonOpt,
    note: NoteOpt = None,
    by: ByOpt = None,
    ledger: LedgerOpt = None,
) -> None:
    """Accept a conflict as genuinely disputed: report both sides, choose none."""
    raise typer.Exit(guarded(lambda: _decide(conflict_id, "accepted", value=None,
                                             reason=reason, note=note, by=by, ledger=ledger)))


@app.command()
def reopen(
    conflict_id: IdArg,
    by: ByOpt = None,
    ledger: LedgerOpt = None,
) -> None:
    """Re-open a decided conflict; its decision stays in the ledger's history."""

    def body() -> int:
        settings = load_settings(ledger=ledger)
        path = ledger_path(settings)
        entry = reopen_decision(path, conflict_id, by=by)
        typer.echo(f"re-opened {entry.id} — {entry.fact}; the earlier decision is kept in its "
                   f"history in {_where(path)}")
        return 0

    raise typer.Exit(guarded(body))


def _ask(prompt: str) -> str:
    """Read one answer from the terminal; end of input (EOFError) ends the review."""
    return input(prompt)


@app.command()
def review(
    by: ByOpt = None,
    ledger: LedgerOpt = None,
) -> None:
    """Go through the unresolved conflicts one by one and record decisions.

    [t]ake suggestion / choose side [1-9] / [a]ccept / [d]ismiss / [s]kip / [b]ack / [q]uit.
    Every decision is saved as soon as it is confirmed; skipped ones come back next time.
    """

    def body() -> int:
        from reconcile.review import Choice
        from reconcile.review import review as run_review

        settings = load_settings(ledger=ledger)
        path = ledger_path(settings)
        report = apply_decisions(run_pipeline(settings), load_ledger(path))

        def record(conflict: Conflict, choice: Choice) -> None:
            record_decision(path, conflict, status=choice.status, value=choice.value,
                            reason=choice.reason, note=choice.note, by=by)

        def say(text: str) -> None:
            sys.stdout.write(text + "\n")
            sys.stdout.flush()

        summary = run_review(report, ask=_ask, say=say, record=record)
        left = len(summary.skipped) + len(summary.remaining)
        say(f"{len(summary.decided)} decided, {len(summary.skipped)} skipped, {left} still "
            f"unresolved; decisions are in {_where(path)}")
        return 0

    raise typer.Exit(guarded(body))
