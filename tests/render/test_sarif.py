"""SARIF 2.1.0: valid against the official schema, with rules, regions and fingerprints."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from fixtures_reports import sample_report

from reconcile.codes import CODES
from reconcile.render import render

SCHEMA = Path(__file__).resolve().parent.parent / "schemas" / "sarif-schema-2.1.0.json"


def _log(**options: object) -> dict:  # type: ignore[type-arg]
    return json.loads(render(sample_report(), "sarif", **options))  # type: ignore[no-any-return]


def test_valid_against_the_sarif_schema() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    jsonschema.Draft4Validator.check_schema(schema)
    jsonschema.Draft4Validator(schema).validate(_log())


def test_rules_come_from_codes() -> None:
    driver = _log()["runs"][0]["tool"]["driver"]
    assert [r["id"] for r in driver["rules"]] == [c.code for c in CODES]
    assert all(r["help"]["text"] for r in driver["rules"])


def test_results_locations_and_fingerprints() -> None:
    report = sample_report()
    results = _log()["runs"][0]["results"]
    assert [r["partialFingerprints"]["reconcileConflictId/v1"] for r in results] == [
        c.id for c in report.conflicts
    ]
    first = results[0]
    assert first["ruleId"] == "RC101" and first["level"] == "error"
    region = first["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) \
        == (5, 66, 5, 73)
    uri = first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "facts/sources/northwire-acme.md"
    assert len(first["relatedLocations"]) == 2
    assert [r["level"] for r in results] == ["error", "error", "error", "warning", "note"]
    assert "suppressions" in results[3] and "suppressions" not in results[0]


def test_absolute_paths_are_made_repo_relative() -> None:
    report = sample_report()
    c = report.conflicts[0]
    claim = c.sides[0].claims[0].model_copy(update={"path": "/repo/facts/x y.md"})
    side = c.sides[0].model_copy(update={"claims": (claim,)})
    report = report.model_copy(update={"conflicts": (c.model_copy(update={"sides": (side,)}),)})
    log = json.loads(render(report, "sarif", root="/repo"))
    loc = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "facts/x%20y.md"
