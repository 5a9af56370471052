"""Command-line interface: a thin typer layer over the library (only this package imports typer)."""

from __future__ import annotations

import importlib

from reconcile.cli.app import app

# Each module registers its commands on ``app`` when imported.
for _name in ("check_cmd", "ledger_cmd", "report_cmd", "eval_cmd", "table_cmd"):
    importlib.import_module(f"reconcile.cli.{_name}")


def main() -> None:
    """Console-script entry point."""
    app()


__all__ = ["app", "main"]
