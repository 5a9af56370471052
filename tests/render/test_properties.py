"""Properties: every renderer accepts any report, deterministically, and stays well-formed."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile.codes import CODES
from reconcile.models import (
    ClaimRef,
    Conflict,
    Decision,
    Report,
    Side,
    SourceRef,
    Suggestion,
    Summary,
)
from reconcile.render import FORMATS, render
from reconcile.render.json_report import SCHEMA_PATH

SARIF_SCHEMA = json.loads(
    (Path(__file__).resolve().parent.parent / "schemas" / "sarif-schema-2.1.0.json").read_text(
        encoding="utf-8"))
REPORT_SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))

TRICKY = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "a|b", "%0A\r\n",
          "::error::x", "[bold]x[/]", "`x`", "&amp;", "\x00\x07", "ÿ“”—€", "javascript:alert(1)",
          "]]>", "-->", "http://x.example/a b"]
text = st.one_of(st.text(max_size=16), st.sampled_from(TRICKY))
small = st.integers(0, 200)
SOURCE_IDS = ["a", "b", "<c>"]

claims = st.builds(
    ClaimRef, id=text, source=st.sampled_from(SOURCE_IDS), path=text, line=small, column=small,
    start=small, end=small, quote=text, value=st.just({}), display=text, sentence=text,
    sentence_start=small, attribution=st.none() | text, hedged=st.booleans(),
)
sides = st.builds(Side, value=text, claims=st.lists(claims, max_size=3).map(tuple),
                  sources=st.lists(text, max_size=2).map(tuple),
                  rank=st.sampled_from(["preferred", "normal", "deprecated"]))
decisions = st.builds(Decision, status=st.sampled_from(["resolved", "dismissed", "accepted"]),
                      value=st.none() | text, reason=text, note=st.none() | text,
                      by=st.none() | text, date=st.none() | text, reopened=st.none() | text)
conflicts = st.builds(
    Conflict, id=text, code=st.sampled_from([c.code for c in CODES] + ["RC999"]), kind=text,
    severity=st.sampled_from(["error", "warning", "info"]),
    status=st.sampled_from(["unresolved", "resolved", "dismissed", "accepted"]),
    fact=text, fact_key=text, explanation=st.none() | text,
    sides=st.lists(sides, max_size=3).map(tuple),
    suggestion=st.none() | st.builds(Suggestion, value=text, confidence=st.floats(0, 1),
                                     rationale=st.lists(text, max_size=2).map(tuple)),
    decision=st.none() | decisions, previous=st.none() | decisions,
)
sources = st.builds(SourceRef, id=st.sampled_from(SOURCE_IDS), path=text,
                    title=st.none() | text, outlet=st.none() | text, url=st.none() | text)


@st.composite
def reports(draw: st.DrawFn) -> Report:
    found = draw(st.lists(conflicts, max_size=4))
    return Report(
        sources=tuple(draw(st.lists(sources, max_size=3))),
        conflicts=tuple(found),
        summary=Summary(sources=draw(small), claims=draw(small), conflicts=len(found),
                        unresolved=sum(c.status == "unresolved" for c in found)),
    )


def _outside_code_spans(text: str) -> str:
    """``text`` without its inline code spans, read as CommonMark does: a backslash-escaped
    backtick (``\\` ``, how the renderer writes a backtick of source text) opens no span."""
    lines = []
    for line in text.split("\n"):
        kept, i = [], 0
        while i < len(line):
            if line[i] == "\\" and i + 1 < len(line):
                kept.append(line[i:i + 2])
                i += 2
                continue
            if line[i] == "`" and (close := line.find("`", i + 1)) >= 0:
                i = close + 1
                continue
            kept.append(line[i])
            i += 1
        lines.append("".join(kept))
    return "\n".join(lines)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_every_renderer_accepts_any_report(report: Report) -> None:
    for fmt in FORMATS:
        out = render(report, fmt)
        assert isinstance(out, str) and out.endswith("\n") or out == ""
        assert render(report, fmt) == out  # deterministic

    data = json.loads(render(report, "json"))
    jsonschema.Draft202012Validator(REPORT_SCHEMA).validate(data)
    assert Report.model_validate(data) == report

    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(json.loads(render(report, "sarif")))

    root = ET.fromstring(render(report, "junit").encode("utf-8"))
    assert len(root.findall("./testsuite/testcase")) == len(report.conflicts)

    for line in render(report, "github").splitlines():  # splits on every kind of break
        assert line.startswith(("::error ", "::warning ", "::notice ", "reconcile: "))

    html = render(report, "html")
    assert html.count("<script") == 1
    assert not re.search(r"<(img|iframe|object|embed)\b", html)
    assert 'href="javascript' not in html

    # Outside code spans (which Markdown shows literally) no markup survives.
    md = _outside_code_spans(render(report, "markdown"))
    assert "<script" not in md and "<img" not in md
