"""SARIF 2.1.0 for GitHub code scanning.

Rules come from :data:`reconcile.codes.CODES`; each result points at its primary claim
(``artifactLocation.uri`` repo-relative and percent-encoded, a region with start and end line and column, columns
counted in Unicode code points) and lists the other claims as ``relatedLocations``.
``partialFingerprints`` carries the conflict id, which is stable across edits that move text.
Decided conflicts are kept with an ``external`` suppression so the code-scanning alert closes.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

import reconcile
from reconcile.codes import CODES
from reconcile.models import ClaimRef, Conflict, Report
from reconcile.render._common import (
    decision_text,
    end_position,
    other_claims,
    primary_claim,
    repo_path,
    start_position,
)

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "reconcileConflictId/v1"


def _rules() -> list[dict[str, Any]]:
    return [
        {
            "id": code.code,
            "name": "".join(w.capitalize() for w in code.slug.split("-")),
            "shortDescription": {"text": code.title},
            "fullDescription": {"text": code.help},
            "help": {"text": code.help, "markdown": f"**{code.title}**\n\n{code.help}"},
            "defaultConfiguration": {"level": LEVEL[code.severity]},
            "properties": {"slug": code.slug, "tags": ["reconcile", code.severity]},
        }
        for code in CODES
    ]


def _location(claim: ClaimRef, root: str | None, message: str | None = None,
              index: int | None = None) -> dict[str, Any]:
    line, column = start_position(claim)
    end_line, end_column = end_position(claim)
    loc: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": quote(repo_path(claim.path, root), safe="/")},
            "region": {
                "startLine": line,
                "startColumn": column,
                "endLine": end_line,
                "endColumn": max(end_column, column),
                "snippet": {"text": claim.quote},
            },
        }
    }
    if index is not None:
        loc["id"] = index
    if message:
        loc["message"] = {"text": message}
    return loc


def _value_of(conflict: Conflict, claim: ClaimRef) -> str:
    for side in conflict.sides:
        if any(c is claim for c in side.claims):
            return side.value
    return claim.display


def _message(c: Conflict) -> str:
    sides = "; ".join(f"{s.value} ({', '.join(s.sources) or 'no source'})" for s in c.sides)
    text = f"{c.fact}: sources disagree ({c.kind}): {sides}."
    if c.suggestion is not None:
        text += f" Suggested: {c.suggestion.value} ({round(c.suggestion.confidence * 100)}%)."
    if c.previous is not None and c.previous.reopened:
        text += f" {c.previous.reopened}."
    return text + f" Conflict {c.id}."


def _result(c: Conflict, rule_index: dict[str, int], root: str | None) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": c.code,
        "level": LEVEL.get(c.severity, "note"),
        "message": {"text": _message(c)},
        "partialFingerprints": {FINGERPRINT: c.id},
        "properties": {"status": c.status, "kind": c.kind, "factKey": c.fact_key},
    }
    if c.code in rule_index:
        result["ruleIndex"] = rule_index[c.code]
    first = primary_claim(c)
    if first is not None:
        result["locations"] = [_location(first, root, f"{_value_of(c, first)}: {first.source}")]
        related = [
            _location(claim, root, f"{_value_of(c, claim)}: {claim.source}", index=i)
            for i, claim in enumerate(other_claims(c), 1)
        ]
        if related:
            result["relatedLocations"] = related
    if c.status != "unresolved":
        result["suppressions"] = [{
            "kind": "external",
            "status": "accepted",
            "justification": decision_text(c) or c.status,
        }]
    return result


def sarif_log(report: Report, *, root: str | None = None) -> dict[str, Any]:
    """The SARIF log as a dict."""
    rule_index = {code.code: i for i, code in enumerate(CODES)}
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "reconcile",
                "version": reconcile.__version__,
                "semanticVersion": reconcile.__version__,
                "rules": _rules(),
            }},
            "columnKind": "unicodeCodePoints",
            "results": [_result(c, rule_index, root) for c in report.conflicts],
        }],
    }


def render(report: Report, *, root: str | None = None, **_: Any) -> str:
    """The report as a SARIF 2.1.0 log; ``root`` is stripped from absolute claim paths."""
    log = sarif_log(report, root=str(root) if root is not None else None)
    return json.dumps(log, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
