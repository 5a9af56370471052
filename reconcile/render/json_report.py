"""JSON: the report contract, ``Report.model_dump(mode="json")`` with sorted keys.

The JSON Schema of the contract is generated from the model and committed at
``reconcile/schema/report.schema.json``; a test keeps it up to date
(``RECONCILE_UPDATE_GOLDEN=1`` rewrites it, as does ``python -m reconcile.render.json_report``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reconcile.models import Report

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schema" / "report.schema.json"
SCHEMA_ID = "https://reconcile.invalid/schema/report.schema.json"


def render(report: Report, **_: Any) -> str:
    """The report as stable JSON: sorted keys, 2-space indent, trailing newline."""
    data = report.model_dump(mode="json")
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def report_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the report contract, from the pydantic model."""
    schema = Report.model_json_schema(mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def schema_text() -> str:
    """The committed form of :func:`report_schema`."""
    return json.dumps(report_schema(), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":  # pragma: no cover - a maintenance helper
    SCHEMA_PATH.write_text(schema_text(), encoding="utf-8")
