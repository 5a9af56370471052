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
