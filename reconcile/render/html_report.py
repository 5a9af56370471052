"""HTML: one self-contained file for fact-checkers, with client-side filters.

Jinja2 renders it with autoescape on, so every piece of source text (quotes, sentences, titles,
values) is escaped; links are kept only for http(s) urls. A Content-Security-Policy meta allows
nothing but the page's own inline script and style, by SHA-256 hash: even markup that slipped
through could not run a script, load an image or send a request.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, Template
from markupsafe import Markup

from reconcile.models import Report
from reconcile.render._common import (
    SEVERITY_ORDER,
    STATUSES,
    decision_text,
    excerpt,
    ordered,
    previous_text,
    safe_url,
    source_label,
    sources_by_id,
    start_position,
    title_of,
)


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("reconcile.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def _template() -> Template:
    return _environment().get_template("report.html.j2")


def _asset(name: str) -> str:
    loader = _environment().loader
    assert loader is not None
    source, _, _ = loader.get_source(_environment(), name)
    return source


def csp_hash(text: str) -> str:
    """The CSP source expression that allows an inline element with exactly ``text``."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy(script: str, style: str) -> str:
    return (
        "default-src 'none'; "
        f"script-src {csp_hash(script)}; "
        f"style-src {csp_hash(style)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )


def _view(report: Report) -> list[dict[str, Any]]:
    sources = sources_by_id(report)
    out = []
    for c in ordered(report):
        sides = []
        for side in c.sides:
            claims = []
            for claim in side.claims:
                before, quote, after = excerpt(claim)
                line, column = start_position(claim)
                ref = sources.get(claim.source)
                claims.append({
                    "before": before, "quote": quote, "after": after,
                    "source": source_label(claim.source, sources),
                    "url": safe_url(ref.url) if ref else None,
                    "attribution": claim.attribution, "hedged": claim.hedged,
                    "where": f"{claim.path}:{line}:{column}",
                })
            sides.append({"value": side.value, "rank": side.rank, "claims": claims})
        suggestion = None
        if c.suggestion is not None:
            suggestion = {"value": c.suggestion.value,
                          "percent": round(c.suggestion.confidence * 100),
                          "rationale": list(c.suggestion.rationale)}
        out.append({
            "id": c.id, "code": c.code, "kind": c.kind, "title": title_of(c),
            "severity": c.severity, "status": c.status, "fact": c.fact,
            "explanation": c.explanation, "side_values": [s.value for s in c.sides], "sides": sides,
            "suggestion": suggestion, "decision": decision_text(c), "previous": previous_text(c),
        })
    return out


def render(report: Report, *, title: str = "reconcile report", **_: Any) -> str:
    """The report as a self-contained HTML page."""
    script = _asset("report.js")
    style = _asset("report.css")
    return _template().render(
        title=title,
        csp=Markup(content_security_policy(script, style)),  # hashes of our own assets
        # Our own static assets, hashed into the CSP above; never source text.
        script=Markup(script),
        css=Markup(style),
        summary=report.summary,
        severities=SEVERITY_ORDER,
        statuses=STATUSES,
        conflicts=_view(report),
        notices=report.notices,
    )
