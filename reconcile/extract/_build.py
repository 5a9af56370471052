"""Build frozen result models without re-validating what the grammar just computed.

Validation of every mention costs more than finding it; the grammar builds values from typed
parts, and the property tests check each built model against its validated twin
(``Mention.model_validate(m.model_dump()) == m``) and a JSON round trip.
"""

from __future__ import annotations

import datetime as dt

from reconcile.models import DateValue, Mention, NumberValue

__all__ = ["date_value", "number_value", "mention"]

_new = object.__new__
_set = object.__setattr__


def _make(cls: type, fields: dict[str, object]) -> object:
    obj: object = _new(cls)
    _set(obj, "__dict__", fields)
    _set(obj, "__pydantic_fields_set__", set(fields))
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj


def date_value(earliest: dt.date | None, latest: dt.date | None, precision: str, *,
               fiscal: bool = False, ambiguous: bool = False, approximate: bool = False,
               relative: bool = False, anchor: str | None = None) -> DateValue:
    return _make(DateValue, {  # type: ignore[return-value]
        "type": "date", "earliest": earliest, "latest": latest, "precision": precision,
        "fiscal": fiscal, "ambiguous": ambiguous, "approximate": approximate,
        "relative": relative, "anchor": anchor,
    })


def number_value(low: int | float | None, high: int | float | None, unit: str | None,
                 stated: int | float | None, hedge: str | None,
                 approximate: bool) -> NumberValue:
    return _make(NumberValue, {  # type: ignore[return-value]
        "type": "number", "low": low, "high": high, "unit": unit, "stated": stated,
        "hedge": hedge, "approximate": approximate,
    })


def mention(source: str, start: int, end: int, text: str, kind: str,
            value: DateValue | NumberValue, role: str = "amount", direction: str | None = None,
            relation: tuple[int, int] | None = None) -> Mention:
    return _make(Mention, {  # type: ignore[return-value]
        "source": source, "start": start, "end": end, "text": text, "kind": kind,
        "value": value, "role": role, "direction": direction, "relation": relation,
    })
