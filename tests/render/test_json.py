"""JSON: the report contract round-trips and matches the committed JSON Schema."""

from __future__ import annotations

import json

import jsonschema
from fixtures_reports import sample_report, undecided

from reconcile.models import Report
from reconcile.render import render
from reconcile.render.json_report import SCHEMA_PATH, schema_text
from render.golden import updating


def test_committed_schema_is_up_to_date() -> None:
    if updating():
        SCHEMA_PATH.write_text(schema_text(), encoding="utf-8")
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), (
        "reconcile/schema/report.schema.json is stale; run "
        "RECONCILE_UPDATE_GOLDEN=1 pytest tests/render/test_json.py"
    )


def test_report_validates_against_the_schema() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    for report in (sample_report(), undecided(sample_report())):
        data = json.loads(render(report, "json"))
        jsonschema.Draft202012Validator(schema).validate(data)


def test_round_trip_and_stable_form() -> None:
    report = sample_report()
    text = render(report, "json")
    assert Report.model_validate_json(text) == report
    data = json.loads(text)
    assert text == json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    assert "São Paulo" in text  # unicode kept readable
    assert "<script>document.title='pwned'</script>" in text  # JSON carries text as it is


def test_schema_rejects_a_broken_report() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    data = json.loads(render(sample_report(), "json"))
    data["conflicts"][0]["severity"] = "fatal"
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(data))
    assert errors
