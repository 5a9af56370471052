"""Text: a rich table a person reads in a terminal.

Source text goes in as ``rich.text.Text`` objects, never as markup, so ``[bold]`` or escape
codes in an article are shown as they are, not interpreted.
"""

from __future__ import annotations

import io
from typing import Any

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from reconcile.models import Report
from reconcile.render._common import (
    decision_text,
    excerpt,
    ordered,
    previous_text,
    source_label,
    sources_by_id,
    start_position,
)

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render(report: Report, *, width: int = 120, color: bool = False, **_: Any) -> str:
    """The report as a table; ``color`` forces ANSI colours, else plain text."""
    console = Console(
        file=io.StringIO(),
        width=width,
        color_system="standard" if color else None,
        force_terminal=color,
        no_color=not color,
        highlight=False,
        markup=False,
        emoji=False,
        legacy_windows=False,
        _environ={},  # the caller's TERM, COLUMNS or NO_COLOR must not change the output
    )
    s = report.summary
    console.print(Text(
        f"reconcile: {s.conflicts} conflicts ({s.unresolved} unresolved) in {s.sources} sources, "
        f"{s.claims} claims"
    ))
    if not report.conflicts:
        console.print(Text("No conflicts."))
        return console.file.getvalue()  # type: ignore[attr-defined,no-any-return]

    sources = sources_by_id(report)
    table = Table(box=box.SIMPLE_HEAVY, show_lines=True, expand=True)
    table.add_column("severity", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("fact", ratio=2)
    table.add_column("sides", ratio=4)
    table.add_column("suggestion", ratio=2)
    for c in ordered(report):
        severity = Text(c.severity, style=SEVERITY_STYLE.get(c.severity, ""))
        severity.append(f"\n{c.status}", style="dim")
        kind = Text(f"{c.code}\n{c.kind}\n{c.id}", style="")
        fact = Text(c.fact)
        if c.explanation:
            fact.append(f"\n{c.explanation}", style="dim")
        sides = []
        for i, side in enumerate(c.sides, 1):
            line = Text(f"{i}. ", style="bold")
            line.append(side.value, style="bold")
            if side.rank != "normal":
                line.append(f" ({side.rank})", style="dim")
            names = sorted({source_label(cl.source, sources) for cl in side.claims})
            if names:
                line.append(" — " + ", ".join(names))
            for claim in side.claims[:3]:
                before, quote, after = excerpt(claim, 50)
                row, col = start_position(claim)
                line.append("\n   “")
                line.append(before)
                line.append(quote, style="underline")
                line.append(after)
                line.append(f"” {claim.path}:{row}:{col}", style="dim")
            if len(side.claims) > 3:
                line.append(f"\n   … and {len(side.claims) - 3} more", style="dim")
            sides.append(line)
        suggestion = Text()
        if c.suggestion is not None:
            suggestion.append(f"→ {c.suggestion.value}", style="bold")
            suggestion.append(f" ({round(c.suggestion.confidence * 100)}%)")
            for reason in c.suggestion.rationale:
                suggestion.append(f"\n• {reason}", style="dim")
        decided = decision_text(c)
        if decided:
            suggestion.append(f"\n✔ {decided}")
        earlier = previous_text(c)
        if earlier:
            suggestion.append(f"\n↺ was {earlier}", style="yellow")
        table.add_row(severity, kind, fact, Group(*sides), suggestion)
    console.print(table)
    return console.file.getvalue()  # type: ignore[attr-defined,no-any-return]
