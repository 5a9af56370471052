"""`reconcile check` and `reconcile mentions`."""

from __future__ import annotations

import json
import os
import sys
from contextlib import ExitStack
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from reconcile.cli.app import app, guarded
from reconcile.config import load_settings
from reconcile.errors import InputError
from reconcile.models import SCHEMA_VERSION, Report


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    never = "never"


PathsArg = Annotated[
    list[Path] | None,
    typer.Argument(help="Files or folders (searched recursively for .md, .txt, .html). "
                        "Default: the fact base's sources."),
]


def _progress_hook(stack: ExitStack):  # type: ignore[no-untyped-def]
    """A progress bar on stderr for runs longer than a moment (only on a terminal)."""
    if not sys.stderr.isatty():
        return None
    progress = stack.enter_context(Progress(
        TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(), console=Console(stderr=True), transient=True))
    task = progress.add_task("reading sources", total=None)

    def hook(stage: str, done: int, total: int) -> None:
        progress.update(task, description=stage, completed=done, total=total)

    return hook


def _is_table(paths: list[Path] | None) -> bool:
    return bool(paths) and all(p.suffix.lower() in (".csv", ".tsv", ".jsonl", ".ndjson")
                               for p in paths or [])


@app.command()
def check(
    paths: PathsArg = None,
    format: Annotated[str, typer.Option("--format", "-f", help="text, json, markdown, html, "
                                        "sarif, junit or github.")] = "text",
    fail_on: Annotated[FailOn, typer.Option(help="Exit 1 when an unresolved conflict is at or "
                                            "above this severity.")] = FailOn.error,
    baseline: Annotated[Path | None, typer.Option(help="A JSON report or ledger: fail only on "
                                                  "conflicts not in it.")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report to "
                                                "this file instead of standard output.")] = None,
    ledger: Annotated[Path | None, typer.Option(help="The editors' ledger (default: from the "
                                                "config).")] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=0, help="Processes extracting "
                                             "claims; 0 means one per CPU.")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Extract every source again; "
                                           "neither read nor write the cache.")] = False,
) -> None:
    """Check sources against each other; exit 1 while unresolved conflicts remain."""

    def body() -> int:
        from reconcile.gate import exit_status, load_baseline
        from reconcile.ledger import write_atomic
        from reconcile.pipeline import run
        from reconcile.render import FORMATS, render

        if format not in FORMATS:
            raise InputError("E110", name=format, choices=", ".join(sorted(FORMATS)))
        settings = load_settings(ledger=ledger, jobs=jobs, cache=False if no_cache else None)
        known = load_baseline(baseline) if baseline is not None else None
        with ExitStack() as stack:
            if _is_table(paths):
                from reconcile.tabular_check import run_table

                report: Report = run_table(settings, paths or [])
            else:
                report = run(settings, paths, progress=_progress_hook(stack))
        options: dict[str, object] = {"fail_on": fail_on.value, "root": str(settings.root)}
        if format == "github":
            options["env"] = dict(os.environ)
        text = render(report, format, **options)
        if output is not None:
            write_atomic(output, text)  # E204 (exit 2) when it cannot be written, never exit 1
        else:
            sys.stdout.write(text)
        return exit_status(report, fail_on=fail_on.value, baseline=known)

    raise typer.Exit(guarded(body))


@app.command()
def mentions(
    paths: PathsArg = None,
    format: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
) -> None:
    """List every date and quantity recognized, for debugging extraction."""

    def body() -> int:
        from reconcile.pipeline import collect_mentions

        if format not in ("text", "json"):
            raise InputError("E110", name=format, choices="json, text")
        settings = load_settings()
        found = collect_mentions(settings, paths)
        rows = [
            {
                "source": source.id, "path": source.path, "line": source.line_of(m.start),
                "start": m.start, "end": m.end, "text": m.text, "kind": m.kind,
                "value": m.value.contract(), "role": m.role,
                "precision": getattr(m.value, "precision", None),
                "hedge": getattr(m.value, "hedge", None),
            }
            for source, m in found
        ]
        if format == "json":
            sys.stdout.write(json.dumps({"schema_version": SCHEMA_VERSION, "mentions": rows},
                                        indent=2, ensure_ascii=False) + "\n")
        else:
            from rich.table import Table

            table = Table("source", "line", "text", "kind", "value")
            for r in rows:
                value = r["value"]
                table.add_row(str(r["source"]), str(r["line"]), str(r["text"]), str(r["kind"]),
                              json.dumps(value, ensure_ascii=False))
            Console(width=160).print(table)
        return 0

    raise typer.Exit(guarded(body))
