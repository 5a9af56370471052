"""Markdown: summary table, one section per conflict, source text escaped."""

from __future__ import annotations

from fixtures_reports import sample_report

from reconcile.render import render
from reconcile.render.markdown import md, md_block


def test_structure() -> None:
    out = render(sample_report(), "markdown")
    assert out.startswith("## reconcile report\n")
    assert "| # | severity | status | kind | fact | values | suggestion | id |" in out
    assert out.count("\n### ") == 5
    assert "[Northwire](https://news.example.com/2024/03/acme-lisbon?ref=feed&lang=en)" in out
    assert "**Re-opened.**" in out and "**Decision:** resolved: 41,500" in out


def test_hostile_text_is_escaped() -> None:
    out = render(sample_report(), "markdown")
    assert "<script" not in out and "<img" not in out and "<b>" not in out
    assert "&lt;script&gt;" in out
    assert "javascript:" not in out  # a non-http link is shown as text, never linked
    assert "Blog &amp; \"Friends\"" in out


def test_md_escapes_specials() -> None:
    assert md("a|b *c* [x](y)\nz") == r"a\|b \*c\* \[x\](y) z"
    assert md("<a href=x>") == "&lt;a href=x&gt;"


def test_md_block_escapes_line_start_markers() -> None:
    assert md_block("1. foo") == r"1\. foo"
    assert md_block("12) x") == r"12\) x"
    assert md_block("# h") == r"\# h"
    assert md_block("- x") == r"\- x"
    assert md_block("> q") == "&gt; q"
    assert md_block("plain 1. text") == "plain 1. text"
