"""Every sentence case under tests/cases/extract/*.json, checked as a careful reader reads it.

A case: ``{"text", "published": "2024-07-02" | "2024-07" | "2024" | null, "expected": [{"text",
"kind", "value": {contract}, optional "role"/"direction"}], optional "xfail": "why"}``. The
mentions found must be exactly the expected list, in order: (text, kind, contract value).
Run ``python tests/extract/test_cases.py`` for the pass rate per phenomenon.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from reconcile.extract.mentions import extract_mentions
from reconcile.models import DateValue, Mention

CASES_DIR = Path(__file__).resolve().parent.parent / "cases" / "extract"


def published_value(s: str | None) -> DateValue | None:
    """"2024-07-02" / "2024-07" / "2024" -> a DateValue at that precision."""
    if not s:
        return None
    parts = [int(p) for p in s.split("-")]
    if len(parts) == 3:
        d = dt.date(*parts)
        return DateValue(earliest=d, latest=d, precision="day")
    if len(parts) == 2:
        y, m = parts
        return DateValue(earliest=dt.date(y, m, 1),
                         latest=dt.date(y, m, calendar.monthrange(y, m)[1]), precision="month")
    return DateValue(earliest=dt.date(parts[0], 1, 1), latest=dt.date(parts[0], 12, 31),
                     precision="year")


def _norm(v: Any) -> Any:
    if isinstance(v, float):
        return round(v, 2) if v != int(v) else int(v)
    return v


def mention_row(m: Mention, extra: tuple[str, ...] = ()) -> dict[str, Any]:
    row: dict[str, Any] = {
        "text": m.text,
        "kind": m.kind,
        "value": {k: _norm(v) for k, v in m.value.contract().items()},
    }
    for key in extra:
        row[key] = getattr(m, key)
    return row


def expected_row(e: dict[str, Any]) -> dict[str, Any]:
    row = {"text": e["text"], "kind": e["kind"],
           "value": {k: _norm(v) for k, v in e["value"].items()}}
    for key in ("role", "direction"):
        if key in e:
            row[key] = e[key]
    return row


def load_cases() -> list[Any]:
    params = []
    for path in sorted(CASES_DIR.glob("*.json")):
        cases = json.loads(path.read_text(encoding="utf-8"))
        for i, case in enumerate(cases):
            marks = [pytest.mark.xfail(reason=case["xfail"], strict=False)] if case.get(
                "xfail") else []
            params.append(pytest.param(case, id=f"{path.stem}-{i:03d}", marks=marks))
    return params


def run_case(case: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    mentions = extract_mentions(case["text"], published=published_value(case.get("published")))
    expected = [expected_row(e) for e in case["expected"]]
    extra = tuple(k for k in ("role", "direction") if any(k in e for e in case["expected"]))
    got = []
    for m in mentions:
        row = mention_row(m, extra)
        got.append(row)
    # only compare role/direction where the case states them
    for g, e in zip(got, expected, strict=False):
        for key in extra:
            if key not in e:
                g.pop(key, None)
    return got, expected


@pytest.mark.parametrize("case", load_cases())
def test_case(case: dict[str, Any]) -> None:
    got, expected = run_case(case)
    assert got == expected, case["text"]


def main() -> int:
    """Print the pass rate per phenomenon (xfail cases count as failures here)."""
    total_ok = total = 0
    for path in sorted(CASES_DIR.glob("*.json")):
        cases = json.loads(path.read_text(encoding="utf-8"))
        ok = 0
        for case in cases:
            got, expected = run_case(case)
            if got == expected:
                ok += 1
            elif "-v" in sys.argv:
                print(f"FAIL {path.stem}: {case['text']}\n  got {got}\n  exp {expected}")
        total_ok += ok
        total += len(cases)
        print(f"{path.stem:22} {ok:4}/{len(cases):<4} {100 * ok / max(1, len(cases)):5.1f}%")
    print(f"{'TOTAL':22} {total_ok:4}/{total:<4} {100 * total_ok / max(1, total):5.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
