"""Values as a reader says them: "2022", "May 2024", "FY2023", "more than 37,000", "$61 billion"."""

from __future__ import annotations

import datetime as dt

from reconcile.models import DateValue, NumberValue, is_clock_unit

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_CURRENCY = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "CN¥", "INR": "₹"}
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def display_value(value: DateValue | NumberValue, written: str | None = None) -> str:
    """A short human form of a normalized value (``written`` is the text as it appeared)."""
    if isinstance(value, DateValue):
        return display_date(value)
    return display_number(value)


def _day(d: dt.date) -> str:
    return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"


def display_date(value: DateValue) -> str:
    a, b = value.earliest, value.latest
    if a is None or b is None:
        return "unresolved date"
    prefix = "about " if value.approximate else ""
    if value.fiscal:
        return f"{prefix}FY{b.year}"
    if a == b:
        return prefix + _day(a)
    if a.day == 1 and a.month == 1 and b.month == 12 and b.day == 31:
        if a.year == b.year:
            return f"{prefix}{a.year}"
        if a.year % 10 == 0 and b.year == a.year + 9:
            return f"{prefix}the {a.year}s"
        return f"{prefix}{a.year} to {b.year}"
    if a.day == 1 and (b + dt.timedelta(days=1)).day == 1:
        if (a.year, a.month) == (b.year, b.month):
            return f"{prefix}{_MONTHS[a.month - 1]} {a.year}"
        if a.year == b.year:
            return f"{prefix}{_MONTHS[a.month - 1]} to {_MONTHS[b.month - 1]} {a.year}"
        return f"{prefix}{_MONTHS[a.month - 1]} {a.year} to {_MONTHS[b.month - 1]} {b.year}"
    return f"{prefix}{_day(a)} to {_day(b)}"


def format_number(x: int | float, unit: str | None = None) -> str:
    """37000 -> "37,000"; 61e9 USD -> "$61 billion"; 44.0 % -> "44%"; 1418 time -> "23:38"."""
    if is_clock_unit(unit):
        assert unit is not None
        return format_clock(x) + unit[len("time"):]
    sign = "-" if x < 0 else ""
    x = abs(x)
    words = ""
    if unit not in ("%", "pp", "x"):
        for size, name in _SCALES:
            if x >= size and (x / size) * 100 == int((x / size) * 100):
                x, words = x / size, f" {name}"
                break
    if float(x).is_integer():
        body = f"{int(x):,}"
    else:
        body = f"{x:,.2f}".rstrip("0").rstrip(".")
    if unit == "%":
        return f"{sign}{body}%"
    if unit == "pp":
        return f"{sign}{body} percentage points"
    if unit == "x":
        return f"{sign}{body} times"
    if unit == "s":
        return sign + format_seconds(x)
    if unit in _CURRENCY:
        if not words and not float(x).is_integer() and round(x, 2) == x:
            body = f"{x:,.2f}"  # money in cents is written to the cent: "$2.40", not "$2.4"
        return f"{sign}{_CURRENCY[unit]}{body}{words}"
    if unit:
        return f"{sign}{body}{words} {unit}"
    return f"{sign}{body}{words}"


def format_clock(minutes: int | float) -> str:
    """Minutes after midnight as a 24-hour clock reads: 1418 -> "23:38", 1307.2 -> "21:47:12"."""
    whole = round(minutes * 60)
    h, rest = divmod(whole, 3600)
    m, sec = divmod(rest, 60)
    return f"{h % 24:02d}:{m:02d}:{sec:02d}" if sec else f"{h % 24:02d}:{m:02d}"


def format_seconds(x: int | float) -> str:
    """A length of time as a race clock reads it: 7452 -> "2:04:12", 74 -> "1:14", 31 -> "31 seconds"."""
    whole = int(x)
    frac = f"{x - whole:.2f}"[1:].rstrip("0").rstrip(".") if not float(x).is_integer() else ""
    if whole < 60:
        return f"{whole}{frac} seconds"
    h, rest = divmod(whole, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}{frac}" if h else f"{m}:{sec:02d}{frac}"


def display_number(value: NumberValue) -> str:
    unit = value.unit
    if value.stated is not None:
        body = format_number(value.stated, unit)
        return f"{value.hedge} {body}" if value.hedge else body
    lo, hi = value.low, value.high
    if lo is not None and hi is not None:
        if lo == hi:
            return format_number(lo, unit)
        return f"{format_number(lo, unit)} to {format_number(hi, unit)}"
    if lo is not None:
        return f"at least {format_number(lo, unit)}"
    if hi is not None:
        return f"at most {format_number(hi, unit)}"
    return "unknown amount"
