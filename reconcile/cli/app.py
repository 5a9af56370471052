"""The typer app and the one place library errors become messages and exit statuses."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TypeVar

import typer

from reconcile.errors import ReconcileError

app = typer.Typer(
    name="reconcile",
    help="Find where sources contradict each other, explain look-alikes, propose values.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

T = TypeVar("T")


def guarded(fn: Callable[[], T]) -> T:
    """Run ``fn``; turn a ReconcileError into ``error[EXXX]: ...`` on stderr and exit 2."""
    try:
        return fn()
    except ReconcileError as exc:
        print(f"error[{exc.code}]: {exc.message}", file=sys.stderr)
        raise typer.Exit(2) from None
