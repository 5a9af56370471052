"""HTML: escaped source text, a strict CSP, and a real browser that runs only our script."""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fixtures_reports import sample_report

from reconcile.render import render

CHROMIUM = next((p for p in (shutil.which("chromium"), "/usr/bin/chromium") if p
                 and os.path.exists(p)), None)


def test_source_text_is_escaped() -> None:
    out = render(sample_report(), "html")
    assert "<script>document.title" not in out and "<img src=x" not in out
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in out
    assert "<b>Leaked" not in out
    assert "Blog &amp; &#34;Friends&#34;" in out
    assert out.count("<script") == 1  # ours, nothing else
    assert 'href="javascript:' not in out and "javascript:alert" not in out


def test_quote_is_highlighted_inside_its_sentence() -> None:
    out = render(sample_report(), "html")
    assert ("“Acme Air said on Tuesday it suspended its Lisbon–São Paulo route <mark>in 2022</mark>"
            ", citing “weak demand” — a blow to the Algarve’s tourism board.”") in out
    assert '<a href="https://news.example.com/2024/03/acme-lisbon?ref=feed&amp;lang=en"' in out


def test_csp_allows_exactly_the_inline_script_and_style() -> None:
    out = render(sample_report(), "html")
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', out)
    assert csp is not None
    policy = csp.group(1)
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy
    script = re.search(r"<script>(.*?)</script>", out, re.S)
    style = re.search(r"<style>(.*?)</style>", out, re.S)
    assert script is not None and style is not None
    for body, directive in ((script.group(1), "script-src"), (style.group(1), "style-src")):
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in policy


def test_every_conflict_has_filter_data() -> None:
    out = render(sample_report(), "html")
    assert len(re.findall(r'<section class="conflict" id="cfl_[0-9a-f]{16}" '
                          r'data-severity="(error|warning|info)" '
                          r'data-status="(unresolved|resolved|dismissed|accepted)"', out)) == 5


def _dump_dom(page: Path, profile: Path) -> str:
    assert CHROMIUM is not None
    cmd = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", f"--user-data-dir={profile}", "--virtual-time-budget=2000",
        "--dump-dom", page.as_uri(),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def test_hostile_source_cannot_run_in_a_browser(tmp_path: Path) -> None:
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is required in CI (apt-get install -y chromium)")
        pytest.skip("chromium is not installed")
    page = tmp_path / "report.html"
    page.write_text(render(sample_report(), "html"), encoding="utf-8")
    dom = _dump_dom(page, tmp_path / "profile")
    assert "<html" in dom
    # Our filter script ran: it marks the page ready and counts the shown conflicts.
    assert 'data-filters="ready"' in dom
    assert "5 of 5 shown" in dom
    # The hostile markup did not: no title change, no attribute set, no element created.
    dom_tree = _Elements()
    dom_tree.feed(dom)
    assert dom_tree.title == "reconcile report"
    assert [tag for tag, _ in dom_tree.elements if tag in ("img", "b")] == []
    assert [tag for tag, _ in dom_tree.elements].count("script") == 1
    assert not [attrs for _, attrs in dom_tree.elements if "data-pwned" in attrs]
    assert "document.title='pwned'" in dom_tree.text  # it is there, as text


class _Elements(HTMLParser):
    """Collect the elements, their attributes, the title and the text of a document."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.title = ""
        self.text = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        self.text += data
        if self._in_title:
            self.title += data
