"""GitHub Actions workflow commands: one annotation per unresolved conflict.

``::error file=...,line=...,col=...,endLine=...,endColumn=...,title=...::message``; data is
escaped (``%``, ``\\r``, ``\\n``) and so are properties (also ``:`` and ``,``). GitHub shows at
most 10 annotations per level and step, so at most 10 per level are written and a plain line
counts the rest. With ``env["GITHUB_STEP_SUMMARY"]`` set, the full Markdown report is appended
to that file (the CLI passes ``os.environ``; the renderer never reads the environment itself).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from reconcile.errors import LedgerError
from reconcile.models import Report
from reconcile.render import markdown
from reconcile.render._common import end_position, ordered, primary_claim, start_position

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}
MAX_PER_LEVEL = 10


# Characters some readers take as line breaks; an annotation must stay on one line for all.
_OTHER_BREAKS = str.maketrans({c: " " for c in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"})


def escape_data(text: str) -> str:
    text = text.translate(_OTHER_BREAKS)
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(level: str, message: str, **props: str | int) -> str:
    """One workflow command line; properties keep the given order."""
    prop = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
    return f"::{level} {prop}::{escape_data(message)}" if prop else f"::{level}::{escape_data(message)}"


def render(report: Report, *, env: Mapping[str, str] | None = None,
           max_per_level: int = MAX_PER_LEVEL, **_: Any) -> str:
    """Annotations for unresolved conflicts, most severe first; appends the step summary."""
    lines: list[str] = []
    shown: dict[str, int] = {}
    hidden: dict[str, int] = {}
    for c in ordered(report):
        if c.status != "unresolved":
            continue
        level = LEVEL.get(c.severity, "notice")
        if shown.get(level, 0) >= max_per_level:
            hidden[level] = hidden.get(level, 0) + 1
            continue
        shown[level] = shown.get(level, 0) + 1
        values = " vs ".join(f"{s.value} ({', '.join(s.sources)})" for s in c.sides)
        message = f"{c.fact}: {values}."
        if c.suggestion is not None:
            message += f" Suggested: {c.suggestion.value}."
        if c.previous is not None and c.previous.reopened:
            message += f"\n{c.previous.reopened}"
        message += f"\nreconcile resolve {c.id} --value ... --reason ..."
        props: dict[str, str | int] = {}
        first = primary_claim(c)
        if first is not None:
            line, column = start_position(first)
            end_line, end_column = end_position(first)
            props = {"file": first.path, "line": line, "col": column, "endLine": end_line,
                     "endColumn": end_column}
        props["title"] = f"{c.code} {c.kind}"
        lines.append(annotation(level, message, **props))
    for level in ("error", "warning", "notice"):
        if hidden.get(level):
            lines.append(f"reconcile: {hidden[level]} more {level} annotations not shown "
                         f"(GitHub shows {max_per_level} per level); see the job summary")
    summary_path = (env or {}).get("GITHUB_STEP_SUMMARY")
    if summary_path:
        try:
            with Path(summary_path).open("a", encoding="utf-8") as fh:
                fh.write(markdown.render(report))
        except OSError as exc:
            raise LedgerError("E204", path=summary_path, detail=str(exc)) from exc
    return "".join(line + "\n" for line in lines)
