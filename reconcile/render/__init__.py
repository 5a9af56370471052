"""Renderers: one module per output format and one registry.

``render(report, fmt, **options)`` returns the report as text in the format ``fmt``. Each
renderer takes the options it knows (keyword-only) and ignores the others, so a caller can pass
one set of options to every format. Output is deterministic: no timestamps, no environment.

Formats: text (terminal table), json (the contract), markdown (pull requests), html
(self-contained page), sarif (code scanning), junit (CI dashboards), github (annotations).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reconcile.errors import InputError
from reconcile.models import Report
from reconcile.render import github, html_report, json_report, junit, markdown, sarif, text

Renderer = Callable[..., str]

FORMATS: dict[str, Renderer] = {
    "text": text.render,
    "json": json_report.render,
    "markdown": markdown.render,
    "html": html_report.render,
    "sarif": sarif.render,
    "junit": junit.render,
    "github": github.render,
}

#: The file name each format is written to by ``reconcile report``.
FILE_NAMES: dict[str, str] = {
    "markdown": "report.md",
    "html": "report.html",
    "json": "report.json",
    "sarif": "report.sarif",
    "junit": "report.junit.xml",
}


def render(report: Report, fmt: str, **options: Any) -> str:
    """Render ``report`` in the format ``fmt``. Raises InputError E110 for an unknown format."""
    try:
        renderer = FORMATS[fmt]
    except KeyError:
        raise InputError("E110", name=fmt, choices=", ".join(FORMATS)) from None
    return renderer(report, **options)


__all__ = ["FILE_NAMES", "FORMATS", "render"]
