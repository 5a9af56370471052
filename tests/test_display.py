"""How values read in reports."""

from __future__ import annotations

import pytest

from reconcile.display import format_number


@pytest.mark.parametrize(("x", "unit", "shown"), [
    (2.4, "USD", "$2.40"),  # money in cents is written to the cent
    (38.73, "USD", "$38.73"),
    (61, "USD", "$61"),
    (2.84e9, "GBP", "£2.84 billion"),
    (1.5e6, "USD", "$1.5 million"),
    (37000, None, "37,000"),
    (44.0, "%", "44%"),
    (2.1, "pence", "2.1 pence"),
])
def test_format_number(x: float, unit: str | None, shown: str) -> None:
    assert format_number(x, unit) == shown


def test_a_time_of_day_shows_as_a_24_hour_clock() -> None:
    from reconcile.display import format_number

    assert format_number(1418, "time") == "23:38"
    assert format_number(1307.2, "time") == "21:47:12"
    assert format_number(222, "time UTC") == "03:42 UTC"
