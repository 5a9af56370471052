"""Markdown for pull requests: a summary table, then one section per conflict.

Every piece of source text is escaped: Markdown specials get a backslash and ``<``, ``>``,
``&`` become entities, so an article's markup shows as text on GitHub and never as HTML.
"""

from __future__ import annotations

import re
from typing import Any

from reconcile.models import Conflict, Report, SourceRef
from reconcile.render._common import (
    decision_text,
    excerpt,
    one_line,
    ordered,
    previous_text,
    safe_url,
    source_label,
    sources_by_id,
    start_position,
    title_of,
)

SEVERITY_MARK = {"error": "🔴 error", "warning": "🟡 warning", "info": "🔵 info"}
# Inline specials. Parentheses, "!" and "#" need no escape once "[" is escaped and the text is
# not at the start of a line; line starts go through ``md_block``.
_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_BLOCK_START = re.compile(r"^(\s*)(?:([#+=-])|(\d+)([.)]))")


def md(text: str, *, keep_edges: bool = False) -> str:
    """Escape ``text`` for Markdown (inline): one line, specials backslashed, HTML entities."""
    text = re.sub(r"\s+", " ", text)
    if not keep_edges:
        text = text.strip()
    text = _SPECIAL.sub(r"\\\1", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def md_block(text: str) -> str:
    """Like :func:`md`, for text that starts a line: list, heading and quote markers escaped."""
    def escape(m: re.Match[str]) -> str:
        if m.group(2):
            return m.group(1) + "\\" + m.group(2)
        return m.group(1) + m.group(3) + "\\" + m.group(4)  # "1\." is no list item

    return _BLOCK_START.sub(escape, md(text), count=1)


def code(text: str) -> str:
    """Inline code for ids and paths (backticks inside are swapped for a look-alike)."""
    return "`" + one_line(text).replace("`", "ˋ") + "`"


def link(label: str, url: str | None) -> str:
    safe = safe_url(url)
    return f"[{md(label)}]({safe})" if safe else md(label)


def _source_link(source_id: str, sources: dict[str, SourceRef]) -> str:
    ref = sources.get(source_id)
    return link(source_label(source_id, sources), ref.url if ref else None)


def _section(n: int, c: Conflict, sources: dict[str, SourceRef]) -> list[str]:
    out = [
        f"### {n}. {md(c.fact)}",
        "",
        f"{SEVERITY_MARK.get(c.severity, md(c.severity))} · **{md(c.status)}** · "
        f"{code(c.code)} {md(c.kind)} — {md(title_of(c))} · {code(c.id)}",
        "",
    ]
    if c.explanation:
        out += [md_block(c.explanation), ""]
    for i, side in enumerate(c.sides, 1):
        rank = f" ({md(side.rank)})" if side.rank != "normal" else ""
        out.append(f"**{i}. {md(side.value)}**{rank}")
        out.append("")
        for claim in side.claims:
            before, quote, after = excerpt(claim)
            line, column = start_position(claim)
            who = f" — {md(claim.attribution)}" if claim.attribution else ""
            hedge = " (hedged)" if claim.hedged else ""
            before, after = md(before, keep_edges=True), md(after, keep_edges=True)
            out.append(f"> “{before.lstrip()}**{md(quote)}**{after.rstrip()}”")
            out.append(f"> — {_source_link(claim.source, sources)}{who}{hedge}, "
                       f"{code(f'{claim.path}:{line}:{column}')}")
            out.append("")
    if c.suggestion is not None:
        out.append(f"**Suggestion:** {md(c.suggestion.value)} "
                   f"({round(c.suggestion.confidence * 100)}% confidence)")
        out += [f"- {md(r)}" for r in c.suggestion.rationale]
        out.append("")
    decided = decision_text(c)
    if decided:
        out += [f"**Decision:** {md(decided)}", ""]
    earlier = previous_text(c)
    if earlier:
        out += [f"**Re-opened.** Earlier decision: {md(earlier)}", ""]
    return out


def summary_table(report: Report) -> list[str]:
    """The header and one row per conflict, in reading order."""
    s = report.summary
    out = [
        f"**{s.conflicts}** conflicts, **{s.unresolved}** unresolved, in {s.sources} sources "
        f"({s.claims} claims).",
        "",
    ]
    if not report.conflicts:
        return out
    out += [
        "| # | severity | status | kind | fact | values | suggestion | id |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for n, c in enumerate(ordered(report), 1):
        values = " vs ".join(md(s.value) for s in c.sides)
        suggestion = md(c.suggestion.value) if c.suggestion else ""
        out.append(f"| {n} | {SEVERITY_MARK.get(c.severity, md(c.severity))} | {md(c.status)} | "
                   f"{md(c.kind)} | {md(c.fact)} | {values} | {suggestion} | {code(c.id)} |")
    out.append("")
    return out


def render(report: Report, *, title: str = "reconcile report", **_: Any) -> str:
    """The whole report as GitHub-flavoured Markdown."""
    sources = sources_by_id(report)
    out = [f"## {md(title)}", "", *summary_table(report)]
    for n, c in enumerate(ordered(report), 1):
        out += _section(n, c, sources)
    if report.notices:
        out += ["### Notices", ""]
        out += [f"- {code(n.code)} {md(n.message)} ({code(f'{n.path}:{n.line}')})"
                for n in report.notices]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
