"""`reconcile report`: write every report format for the fact base into one folder."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reconcile.cli import ledger_cmd
from reconcile.cli.app import app, guarded
from reconcile.config import load_settings
from reconcile.ledger import write_atomic
from reconcile.render import FILE_NAMES, render


@app.command()
def report(
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Folder to write into "
                                             "(default: reports/ from the config).")] = None,
    ledger: ledger_cmd.LedgerOpt = None,
) -> None:
    """Write report.md, report.html, report.json, report.sarif and report.junit.xml."""

    def body() -> int:
        settings = load_settings(ledger=ledger)
        current = ledger_cmd.current_report(settings)
        folder = out if out is not None else settings.reports
        options = {"root": str(settings.root)}
        for fmt, name in FILE_NAMES.items():
            path = folder / name
            write_atomic(path, render(current, fmt, **options))
            typer.echo(f"wrote {path}")
        s = current.summary
        typer.echo(f"{s.conflicts} conflicts, {s.unresolved} unresolved")
        return 0

    raise typer.Exit(guarded(body))
