"""JUnit XML for CI dashboards: one testcase per conflict.

An unresolved conflict at or above ``fail_on`` is a failure; a decided one (resolved,
dismissed, accepted) is skipped with the decision as its message; anything else passes.
Each testcase has a unique classname (``reconcile.<kind>.<id>``) and a unique name
(``<fact> [<id>]``).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from reconcile.gate import FailOn, failing
from reconcile.models import Report
from reconcile.render._common import decision_text, previous_text, primary_claim, xml_text


def _details(report: Report, index: int) -> str:
    c = report.conflicts[index]
    lines = [f"{c.code} {c.kind} ({c.severity}): {c.fact}"]
    if c.explanation:
        lines.append(c.explanation)
    for i, side in enumerate(c.sides, 1):
        lines.append(f"{i}. {side.value}")
        for claim in side.claims:
            lines.append(f"   {claim.path}:{claim.line}:{claim.column} “{claim.quote}”")
    if c.suggestion is not None:
        lines.append(f"suggestion: {c.suggestion.value} "
                     f"({round(c.suggestion.confidence * 100)}%)")
    earlier = previous_text(c)
    if earlier:
        lines.append(f"previously {earlier}")
    return xml_text("\n".join(lines))


def render(report: Report, *, fail_on: FailOn = "error", **_: Any) -> str:
    """The report as a JUnit XML document (UTF-8, with declaration)."""
    failed = {c.id for c in failing(report, fail_on=fail_on)}
    skipped = sum(c.status != "unresolved" for c in report.conflicts)
    counts = {"tests": str(len(report.conflicts)), "failures": str(len(failed)),
              "errors": "0", "skipped": str(skipped)}
    root = ET.Element("testsuites", {"name": "reconcile", **counts})
    suite = ET.SubElement(root, "testsuite", {"name": "reconcile.conflicts", **counts})
    for i, c in enumerate(report.conflicts):
        attrs = {"classname": xml_text(f"reconcile.{c.kind}.{c.id}"),
                 "name": xml_text(f"{c.fact} [{c.id}]")}
        first = primary_claim(c)
        if first is not None:
            attrs["file"] = xml_text(first.path)
            attrs["line"] = str(max(1, first.line))
        case = ET.SubElement(suite, "testcase", attrs)
        details = _details(report, i)
        if c.id in failed:
            fail = ET.SubElement(case, "failure", {
                "type": xml_text(c.code),
                "message": xml_text(f"{c.severity}: sources disagree on {c.fact}"),
            })
            fail.text = details
        elif c.status != "unresolved":
            ET.SubElement(case, "skipped", {"message": xml_text(decision_text(c) or c.status)})
        else:
            out = ET.SubElement(case, "system-out")
            out.text = details
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
