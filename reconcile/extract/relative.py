"""Relative and partial dates: parts of periods, quarters, seasons, expressions relative to
publication ("last month", "the past five years") and offsets anchored on another date of the
sentence ("nearly two years after", "the previous year"). Choices are documented in
:mod:`reconcile.extract.dates`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re

from reconcile.extract.dateparts import (
    _C,
    _SEASONS,
    _SMALL,
    _UNIT_DAYS,
    PARTS,
    _add_months,
    _Ctx,
    _eom,
    _fiscal,
    _md,
    _mon,
    _prec_of,
    _rel,
    _shift_years,
    _year2,
)
from reconcile.extract.hedges import HEDGES, duration_bounds

_SEASON_BEFORE = re.compile(
    r"(?i)\b(?:in|since|by|until|during|through|over|before|after|of|this|last|next|past)\s+"
    r"(?:the\s+)?(?:(?:early|late)\s+)?\Z"
)


_THE_BEFORE = re.compile(r"\b(?:[Tt]he)\s+\Z")


def _rel_month(ctx: _Ctx, start: int, end: int, mon: int, w: str) -> _C:
    """"last June" (strictly before the publication month), "next June", "this June"."""
    pub = ctx.pub
    if pub.year is None or pub.month is None:
        return _C(start, end, None, None, "month", relative=True)
    if w == "last":
        y = pub.year if mon < pub.month else pub.year - 1
    elif w == "next":
        y = pub.year if mon > pub.month else pub.year + 1
    else:
        y = pub.year
    return _rel(start, end, dt.date(y, mon, 1), _eom(y, mon), "month", pub.label)


def _part(ctx: _Ctx, start: int, end: int, w: str, mon_s: str | None, my: str | None,
          ys: str | None, dec: str | None, this: str | None, unit: str | None) -> _C | None:
    tb = _THE_BEFORE.search(ctx.text, max(ctx.s, start - 4), start)
    if tb and w in PARTS["year"] and w not in ("early", "mid", "late"):
        start = tb.start()  # "the end of June": the article belongs to the phrase
    if mon_s:
        base = _md(ctx, start, end, _mon(mon_s), None, int(my) if my else None, "month")
        if base is None or base.earliest is None:
            return base
        lo, hi = PARTS["month"][w]
        last = calendar.monthrange(base.earliest.year, base.earliest.month)[1]
        base.earliest = base.earliest.replace(day=lo)
        base.latest = base.earliest.replace(day=min(hi, last))
        base.precision = "range"
        base.approximate = True
        return base
    if dec:
        y0 = int(dec)
        lo, hi = PARTS["decade"][w]
        return _C(start, end, dt.date(y0 + lo, 1, 1), dt.date(y0 + hi, 12, 31), "range",
                  approximate=True)
    year: int | None = int(ys) if ys else None
    anchor = None
    relative = False
    if this and unit:
        if unit == "month":
            if ctx.pub.month is None or ctx.pub.year is None:
                return _rel(start, end, None, None, "range", None)
            base_m = dt.date(ctx.pub.year, ctx.pub.month, 1)
            base_m = _add_months(base_m, {"last": -1, "next": 1}.get(this, 0))
            lo, hi = PARTS["month"][w]
            last = calendar.monthrange(base_m.year, base_m.month)[1]
            return _rel(start, end, base_m.replace(day=lo), base_m.replace(day=min(hi, last)),
                        "range", ctx.pub.label, True)
        if unit == "decade":
            if ctx.pub.year is None:
                return _rel(start, end, None, None, "range", None)
            y0 = ctx.pub.year // 10 * 10 + {"last": -10, "next": 10}.get(this, 0)
            lo, hi = PARTS["decade"][w]
            return _rel(start, end, dt.date(y0 + lo, 1, 1), dt.date(y0 + hi, 12, 31), "range",
                        ctx.pub.label, True)
        if year is None:  # "the end of the year" is this year, even after "its 2019 peak"
            if ctx.pub.year is None:
                return _rel(start, end, None, None, "range", None)
            year = ctx.pub.year + {"last": -1, "next": 1}.get(this, 0)
            relative, anchor = True, ctx.pub.label
    if year is None:
        return None
    lo, hi = PARTS["year"][w]
    return _C(start, end, dt.date(year, lo, 1), _eom(year, hi), "range", approximate=True,
              relative=relative, anchor=anchor)


def _period(ctx: _Ctx, start: int, end: int, n: int, months: int, ys: str | None,
            this: str | None, precision: str) -> _C | None:
    relative = False
    anchor = None
    year: int | None
    if ys:
        year = _year2(ys.lstrip("'’"))
    else:
        year = ctx.ctx_year(start) if this is None else None
        if year is None:
            if ctx.pub.year is None:
                return _rel(start, end, None, None, precision, None)
            if this == "last":
                year = ctx.pub.year - 1
            elif this in ("this", "the") or ctx.pub.month is None:
                if ctx.pub.month is None and this is None:
                    return _rel(start, end, None, None, precision, None)
                year = ctx.pub.year
            else:
                first_month = (n - 1) * months + 1
                year = ctx.pub.year if first_month <= ctx.pub.month else ctx.pub.year - 1
                if ctx.is_future():
                    year = ctx.pub.year if first_month >= ctx.pub.month else ctx.pub.year + 1
            relative, anchor = True, ctx.pub.label
    first = (n - 1) * months + 1
    try:
        a = dt.date(year, first, 1)
    except ValueError:
        return None
    b = _add_months(a, months) - dt.timedelta(days=1)
    return _C(start, end, a, b, precision, relative=relative, anchor=anchor)


def _season_bounds(name: str, y: int) -> tuple[dt.date, dt.date]:
    a, b = _SEASONS[name]
    if name == "winter":
        return dt.date(y - 1, 12, 1), _eom(y, 2)
    return dt.date(y, a, 1), _eom(y, b)


def _current_season_year(name: str, y: int, pm: int) -> int | None:
    """The year of the season ``name`` containing or most recently before month ``pm`` of ``y``."""
    for cand_y in (y + 1, y, y - 1):
        a, _ = _season_bounds(name, cand_y)
        if a <= dt.date(y, pm, 1):
            return cand_y
    return None


def _last_season_year(name: str, y: int, pm: int) -> int | None:
    """The year of the last season ``name`` that had ended by month ``pm`` of ``y`` ("last summer")."""
    cur = _current_season_year(name, y, pm)
    if cur is None:
        return None
    _, b = _season_bounds(name, cur)
    return cur - 1 if b >= dt.date(y, pm, 1) else cur


def _season(ctx: _Ctx, m: re.Match[str]) -> _C | None:
    start, end = m.start(), m.end()
    name = m.group("ss_n").lower()
    rel = (m.group("ss_rel") or "").lower()
    ys = m.group("ss_y")
    if ys:
        a, b = _season_bounds(name, int(ys))
        return _C(start, end, a, b, "season", ambiguous=name == "winter")
    if not rel:
        before = _SEASON_BEFORE.search(ctx.text, max(ctx.s, start - 20), start)
        if not before:
            return None
        if name == "fall" and "the" not in before.group().lower() and "of" not in \
                before.group().lower():
            return None
    if ctx.pub.year is None or ctx.pub.month is None:
        return _rel(start, end, None, None, "season", None)
    pm = ctx.pub.month
    y = ctx.pub.year
    cur = _current_season_year(name, y, pm)
    if cur is None:
        return None
    if rel == "this":
        cur = y + 1 if name == "winter" and pm == 12 else y
    elif rel == "last":
        cur = _last_season_year(name, y, pm) or cur
    elif rel == "next" or (not rel and ctx.is_future()):
        a, b = _season_bounds(name, cur)
        if a <= dt.date(y, pm, 1):
            cur += 1
    a, b = _season_bounds(name, cur)
    return _rel(start, end, a, b, "season", ctx.pub.label)


_SPAN_N = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
           "thirty": 30, "few": 3, "several": 4}  # fmt: skip


def _rspan(ctx: _Ctx, start: int, end: int, n_s: str, u: str) -> _C:
    """"the past five years": the N units up to publication (approximate for few/several)."""
    pub = ctx.pub
    n = int(n_s) if n_s.isdigit() else _SPAN_N.get(n_s.lower(), 0)
    vague = n_s.lower() in ("few", "several")
    unit = u.lower().rstrip("s")
    if unit in ("year", "decade", "month"):
        if pub.year is None or (unit == "month" and pub.month is None):
            return _rel(start, end, None, None, "range", None)
        last = pub.day or (_eom(pub.year, pub.month) if pub.month else dt.date(pub.year, 12, 31))
        ref = pub.day or (dt.date(pub.year, pub.month, 1) if pub.month else dt.date(pub.year, 1, 1))
        months = n * {"year": 12, "decade": 120, "month": 1}[unit]
        first = _add_months(ref, -months)
        if pub.day is None:
            first = dt.date(first.year, first.month, 1)
        return _rel(start, end, first, last, "range", pub.label, approximate=vague)
    if pub.day is None:
        return _rel(start, end, None, None, "range", None)
    days = n * (7 if unit == "week" else 1)
    return _rel(start, end, pub.day - dt.timedelta(days=days), pub.day, "range", pub.label,
                approximate=vague)


def _rmod(ctx: _Ctx, start: int, end: int, w: str, u: str) -> _C:
    pub = ctx.pub
    if u == "year" and pub.year is not None:
        last = pub.day or (_eom(pub.year, pub.month) if pub.month else dt.date(pub.year, 12, 31))
        first = pub.day or (dt.date(pub.year, pub.month, 1) if pub.month
                            else dt.date(pub.year, 1, 1))
        if w == "earlier":
            return _rel(start, end, dt.date(pub.year, 1, 1), last, "range", pub.label)
        return _rel(start, end, first, dt.date(pub.year, 12, 31), "range", pub.label)
    if u == "month" and pub.year is not None and pub.month is not None:
        first_d = dt.date(pub.year, pub.month, 1)
        last_d = _eom(pub.year, pub.month)
        if w == "earlier":
            return _rel(start, end, first_d, pub.day or last_d, "range", pub.label)
        return _rel(start, end, pub.day or first_d, last_d, "range", pub.label)
    if u == "week" and pub.day is not None:
        mon = pub.day - dt.timedelta(days=pub.day.weekday())
        if w == "earlier":
            return _rel(start, end, mon, pub.day, "range", pub.label)
        return _rel(start, end, pub.day, mon + dt.timedelta(days=6), "range", pub.label)
    return _rel(start, end, None, None, "range", None)


_SO_FAR = re.compile(r"(?i)\b(?:so\s+far|thus\s+far|to\s+date)\s+\Z")


def _rfiscal(ctx: _Ctx, start: int, end: int, w: str) -> _C:
    """"the last financial year", "this fiscal year", "next financial year": a fiscal year counted
    from the one publication falls in (the last one is the last full one, not the past twelve
    months)."""
    pub = ctx.pub
    if pub.year is None or pub.month is None:
        return _rel(start, end, None, None, "year", None)
    current = pub.year + (1 if ctx.fys > 1 and pub.month >= ctx.fys else 0)
    year = current + {"last": -1, "past": -1, "this": 0, "next": 1}[w]
    a, b = _fiscal(year, ctx.fys)
    return _C(start, end, a, b, "year", fiscal=ctx.fys > 1, relative=True, anchor=pub.label or None)


def _rrel(ctx: _Ctx, start: int, end: int, w: str, u: str) -> _C:
    pub = ctx.pub
    tb = ctx.text[start:start + 4].lower() == "the " or \
        _THE_BEFORE.search(ctx.text, max(ctx.s, start - 4), start) is not None
    if tb and w == "next" and u == "decade" and pub.year is not None:
        # "the next decade": the ten years after publication
        first = pub.day or dt.date(pub.year, 1, 1)
        return _rel(start, end, first, _shift_years(pub.day or dt.date(pub.year, 12, 31), 10),
                    "range", pub.label)
    if w == "past" or (w == "last" and u == "decade"):
        # "the past year": the twelve months up to publication
        if u == "decade" and pub.year is not None:
            return _rel(start, end, dt.date(pub.year - 10, 1, 1),
                        pub.day or dt.date(pub.year, 12, 31), "range", pub.label)
        if pub.day is None:
            return _rel(start, end, None, None, "range", None)
        span = {"year": 365, "month": 30, "week": 7, "weekend": 7}.get(u, 365)
        return _rel(start, end, pub.day - dt.timedelta(days=span), pub.day, "range", pub.label)
    if tb and w == "last":
        # "the last year" is also a trailing period
        if pub.day is not None:
            span = {"year": 365, "month": 30, "week": 7, "weekend": 7}.get(u, 365)
            return _rel(start, end, pub.day - dt.timedelta(days=span), pub.day, "range",
                        pub.label)
    if w == "this" and u in ("year", "month") and _SO_FAR.search(ctx.text, max(ctx.s, start - 12),
                                                              start):
        return _rmod(ctx, start, end, "earlier", u)  # "so far this year": up to publication
    off = {"last": -1, "this": 0, "next": 1}[w]
    if u == "year":
        if pub.year is None:
            return _rel(start, end, None, None, "year", None)
        y = pub.year + off
        return _rel(start, end, dt.date(y, 1, 1), dt.date(y, 12, 31), "year", pub.label)
    if u == "decade":
        if pub.year is None:
            return _rel(start, end, None, None, "decade", None)
        y0 = pub.year // 10 * 10 + 10 * off
        return _rel(start, end, dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31), "decade", pub.label)
    if u == "month":
        if pub.year is None or pub.month is None:
            return _rel(start, end, None, None, "month", None)
        a = _add_months(dt.date(pub.year, pub.month, 1), off)
        return _rel(start, end, a, _eom(a.year, a.month), "month", pub.label)
    # week / weekend
    if pub.day is None:
        return _rel(start, end, None, None, "week", None)
    mon = pub.day - dt.timedelta(days=pub.day.weekday()) + dt.timedelta(days=7 * off)
    if u == "weekend":
        return _rel(start, end, mon + dt.timedelta(days=5), mon + dt.timedelta(days=6), "week",
                    pub.label)
    return _rel(start, end, mon, mon + dt.timedelta(days=6), "week", pub.label)


def _explicit(c: _C) -> bool:
    """A date that can anchor an offset: resolved, and not itself an offset."""
    return c.earliest is not None and c.latest is not None and c.pending is None


_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:start\s+of\s+|beginning\s+of\s+)?\Z", re.I)


# "barely three years after it was launched with a promise of a lead-free city by 2025": a
# deadline the clause sets dates no event an offset after it could count from
_DEADLINE_BEFORE = re.compile(r"\bby\s+(?:the\s+(?:end|start|middle|close)\s+of\s+)?\Z", re.I)


def _opens_a_span(ctx: _Ctx, c: _C) -> bool:
    """"since 2010" opens a span (a record, a tally): it dates no clause an offset could hang on."""
    return ctx.text[c.start:c.end].lower().startswith("since") or bool(
        _SINCE_BEFORE.search(ctx.text, max(ctx.s, c.start - 30), c.start))


def _anchor_label(ctx: _Ctx, c: _C) -> str:
    return f"{ctx.text[c.start:c.end]!r} in the same sentence"


def _pending(start: int, end: int, *args: object) -> _C:
    c = _C(start, end, None, None, "range", relative=True)
    c.pending = args
    return c


def _resolve_pending(ctx: _Ctx) -> None:
    """Resolve "the previous year", "five years later", "two years after" against the
    explicit dates of the sentence (the nearest one before; for after/before, else the
    nearest one after, which then dates the clause rather than the event)."""
    cands = ctx.cands
    nxt: list[_C | None] = [None] * len(cands)  # nearest explicit date after each position
    following: _C | None = None
    for i in range(len(cands) - 1, -1, -1):
        nxt[i] = following
        if _explicit(cands[i]) and not _opens_a_span(ctx, cands[i]) and not _DEADLINE_BEFORE.search(
                ctx.text, max(ctx.s, cands[i].start - 30), cands[i].start):
            following = cands[i]
    before: _C | None = None  # nearest explicit (or already resolved) date so far
    for i, c in enumerate(cands):
        if c.pending is None:
            if _explicit(c) and not _opens_a_span(ctx, c):
                before = c
            continue
        args = c.pending
        after = nxt[i]
        new: _C | None = None
        if args[0] == "shift":
            _, sign, unit = args
            if before is not None:
                new = _shift(ctx, c.start, c.end, before, int(sign), str(unit))  # type: ignore[call-overload]
        else:
            _, cls, x, unit, direction = args
            if direction in ("after", "before"):
                if before is not None:
                    anchor, sign = before, (-1 if direction == "after" else 1)
                elif after is not None:
                    anchor, sign = after, (1 if direction == "after" else -1)
                else:
                    anchor, sign = None, 0
                if anchor is None and direction == "after" and (unit in ("year", "decade") or (
                        unit == "month" and float(x) >= _MONTHS_AFTER_MIN)) and ctx.pub.year is not None:  # type: ignore[arg-type]
                    # "it came barely five years after a methane explosion": with no date in the
                    # sentence the clause is the story's own event, which is when it was written
                    # (to the year, or to the month for a year or more of months: the event may
                    # precede the article by days or weeks).
                    new = _before_publication(ctx, c.start, c.end, cls, x, unit)  # type: ignore[arg-type]
            else:
                anchor = before
                sign = 1 if str(direction).startswith(("later", "afterward")) else -1
            if anchor is not None and new is None:
                new = _move(c.start, c.end, anchor.earliest, anchor.latest, cls, x, unit,  # type: ignore[arg-type]
                            sign, _anchor_label(ctx, anchor))
        if new is None:
            c.pending = None
            c.earliest = c.latest = None
            c.anchor = None
        else:
            cands[i] = new
            before = new


def _shift(ctx: _Ctx, start: int, end: int, c: _C, sign: int, u: str) -> _C | None:
    if c.earliest is None or c.latest is None:
        return None
    if u == "year":
        a, b = _shift_years(c.earliest, sign), _shift_years(c.latest, sign)
        prec = c.precision if c.precision in ("year", "day", "month", "quarter") else "year"
    elif u == "month":
        a, b = _add_months(c.earliest, sign), _add_months(c.latest, sign)
        if c.latest == _eom(c.latest.year, c.latest.month):
            b = _eom(b.year, b.month)
        prec = "month"
    else:
        days = 1 if u == "day" else 7
        a = c.earliest + dt.timedelta(days=days * sign)
        b = c.latest + dt.timedelta(days=days * sign)
        prec = c.precision if u == "day" else "week"
    out = _rel(start, end, a, b, prec, _anchor_label(ctx, c))
    out.fiscal = c.fiscal
    return out


def _amount(n: str) -> float | None:
    n = " ".join(n.lower().split())
    if n in _SMALL:
        return float(_SMALL[n])
    if n.endswith(" and a half"):  # "two and a half years ago"
        whole = _amount(n[: -len(" and a half")])
        return whole + 0.5 if whole is not None else None
    try:
        return float(n)
    except ValueError:
        return None


_UNIT_MONTHS = {"year": 12, "decade": 120, "month": 1}


def _move(start: int, end: int, ref_a: dt.date, ref_b: dt.date, cls: str | None, x: float,
          unit: str, sign: int, label: str) -> _C | None:
    """The interval ``[ref_a, ref_b]`` moved by a (hedged) duration of ``x`` units."""
    exact = cls is None and x == int(x)
    try:
        if unit in _UNIT_MONTHS:
            k = _UNIT_MONTHS[unit]
            if exact:
                n = int(x) * k * sign
                a, b = _add_months(ref_a, n), _add_months(ref_b, n)
                if ref_b == _eom(ref_b.year, ref_b.month):
                    b = _eom(b.year, b.month)
                return _rel(start, end, a, b, _prec_of(a, b), label)
            lo, hi = duration_bounds(cls, x * k)
            if sign < 0:
                a = _add_months(ref_a, -math.ceil(hi - 1e-9))
                b = _add_months(ref_b, -math.floor(lo + 1e-9))
            else:
                a = _add_months(ref_a, math.floor(lo + 1e-9))
                b = _add_months(ref_b, math.ceil(hi - 1e-9))
            a, b = dt.date(a.year, a.month, 1), _eom(b.year, b.month)
        else:
            lo, hi = duration_bounds(cls, x * _UNIT_DAYS[unit])
            if sign < 0:
                a = ref_a - dt.timedelta(days=round(hi))
                b = ref_b - dt.timedelta(days=round(lo))
            else:
                a = ref_a + dt.timedelta(days=round(lo))
                b = ref_b + dt.timedelta(days=round(hi))
    except (OverflowError, ValueError):
        return None
    return _rel(start, end, a, b, _prec_of(a, b), label, approximate=not exact)


_MONTHS_AFTER_MIN = 12  # "18 months after" a clause with no date: counted from the day of writing
_STORY_SLACK_DAYS = 60  # how long before its article a story's own event may have happened


def _before_publication(ctx: _Ctx, start: int, end: int, cls: str | None, x: float,
                        unit: str) -> _C | None:
    """The publication moved back by a (hedged) number of years or decades ("four years ago",
    "five years after" a clause that is the story's own event): in whole years, but in months
    for a hedged count of years counted from the day of writing; or by a number of months ("18
    months after"), in months."""
    assert ctx.pub.year is not None
    if unit == "month":
        # "barely 18 months after ransomware crippled a neighbouring council": counted back from
        # the day of writing, less the weeks the story's own event may precede it, to the month
        if ctx.pub.day is None:
            return None
        moved = _move(start, end, ctx.pub.day - dt.timedelta(days=_STORY_SLACK_DAYS), ctx.pub.day, cls, x, unit, -1,
                      ctx.pub.label)
        if moved is not None and moved.earliest and moved.latest:
            moved.earliest = dt.date(moved.earliest.year, moved.earliest.month, 1)
            moved.latest = _eom(moved.latest.year, moved.latest.month)
            moved.precision = _prec_of(moved.earliest, moved.latest)  # type: ignore[assignment]
        return moved
    y = ctx.pub.year
    ref_a, ref_b = dt.date(y, 1, 1), dt.date(y, 12, 31)
    # "nearly four years after", "two and a half years ago": counted from the day of writing (the
    # event it follows may precede the article by a few weeks), not from any day of its year, so
    # the years it can mean are as few as the words allow
    day = ctx.pub.day if cls is not None or x != int(x) else None
    if day is not None:
        ref_a, ref_b = day - dt.timedelta(days=_STORY_SLACK_DAYS), day
    moved = _move(start, end, ref_a, ref_b, cls, x, unit, -1, ctx.pub.label)
    if day is not None and unit == "year" and cls is not None and moved is not None \
            and moved.earliest and moved.latest:
        # ... and a hedged count of years to the month: "more than three years after" in April
        # 2026 is before May 2023, not any day of 2023 (the hedge already widened it; a decade and
        # "two and a half years" stay whole years: they are round by nature)
        moved.earliest = dt.date(moved.earliest.year, moved.earliest.month, 1)
        moved.latest = _eom(moved.latest.year, moved.latest.month)
        moved.precision = _prec_of(moved.earliest, moved.latest)  # type: ignore[assignment]
    elif moved is not None and moved.earliest and moved.latest:
        moved.earliest = dt.date(moved.earliest.year, 1, 1)
        moved.latest = dt.date(moved.latest.year, 12, 31)
        moved.precision = _prec_of(moved.earliest, moved.latest)  # type: ignore[assignment]
    return moved


def _offset(ctx: _Ctx, start: int, end: int, hedge: str | None, n: str, u: str,
            direction: str) -> _C | None:
    x = _amount(n)
    if x is None:
        return None
    unit = u.lower().rstrip("s")
    if unit in _SEASONS:
        # "the fish kill two summers ago": counted back from the last summer that had ended
        last = _last_season_year(unit, ctx.pub.year, ctx.pub.month) \
            if ctx.pub.year is not None and ctx.pub.month is not None else None
        if direction != "ago" or x != int(x) or x < 1:
            return None
        if last is None:
            return _rel(start, end, None, None, "season", None)
        a, b = _season_bounds(unit, last - int(x) + 1)
        return _rel(start, end, a, b, "season", ctx.pub.label)
    cls = HEDGES.get(re.sub(r"\s+", " ", hedge.lower())) if hedge else None
    if cls is None and (unit == "decade" or n.lower() in ("a few", "several", "a couple of")):
        cls = "approx"  # "a decade", "several years": round by nature
    if direction != "ago":
        return _pending(start, end, "offset", cls, x, unit, direction)
    pub = ctx.pub
    if unit in ("year", "decade") and pub.year is not None:
        return _before_publication(ctx, start, end, cls, x, unit)
    if unit == "month" and pub.month is not None and pub.year is not None:
        ref_a = dt.date(pub.year, pub.month, 1)
        return _move(start, end, ref_a, _eom(pub.year, pub.month), cls, x, unit, -1, pub.label)
    if unit in ("day", "week") and pub.day is not None:
        return _move(start, end, pub.day, pub.day, cls, x, unit, -1, pub.label)
    return _rel(start, end, None, None, "range", None)
