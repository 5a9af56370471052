"""Date building blocks shared by the date grammar: the publication date, date candidates,
calendar arithmetic, and month-day resolution against a sentence or the publication date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from reconcile.extract.quantities import NUMBER_WORDS
from reconcile.models import DateValue

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip


_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}  # fmt: skip
WEEKDAY_NAMES = tuple(sorted((d.title() for d in _WEEKDAYS), key=lambda d: _WEEKDAYS[d.lower()]))
# A weekday written right before a date ("Friday, March 14", "Sunday 4 July", "Tuesday the 3rd")
WEEKDAY_BEFORE = re.compile(rf"(?i)\b({'|'.join(WEEKDAY_NAMES)})\s*,?\s+(?:the\s+)?\Z")


_SMALL = {
    "a": 1, "an": 1, **{w: n for w, n in NUMBER_WORDS.items() if n}, "a few": 3, "several": 4,
    "a couple of": 2, "a half": 0.5, "half a": 0.5, "one and a half": 1.5,
}  # fmt: skip


_UNIT_DAYS = {"day": 1.0, "week": 7.0, "month": 30.4375, "year": 365.25, "decade": 3652.5}


_ORDN = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4,
         "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}  # fmt: skip


_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11),
            "winter": (12, 2)}  # fmt: skip


# Parts of a period: (first, last) month of a year, day of a month, year of a decade.
PARTS: dict[str, dict[str, tuple[int, int]]] = {
    "year": {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "beginning": (1, 3),
             "start": (1, 3), "middle": (5, 8), "end": (10, 12), "close": (10, 12)},
    "month": {"early": (1, 10), "mid": (11, 20), "late": (21, 31), "beginning": (1, 10),
              "start": (1, 10), "middle": (11, 20), "end": (21, 31), "close": (21, 31)},
    "decade": {"early": (0, 3), "mid": (4, 6), "late": (7, 9), "beginning": (0, 3),
               "start": (0, 3), "middle": (4, 6), "end": (7, 9), "close": (7, 9)},
}  # fmt: skip


_FUTURE = re.compile(
    r"(?i)\b(?:will|won't|'ll|shall|is\s+set\s+to|are\s+set\s+to|expected\s+to|"
    # "scheduled", but not as an adjective after an article, a possessive or a number ("at the
    # end of a scheduled flight", "96 of 312 scheduled movements on Tuesday" are no plans)
    r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<![0-9] )scheduled|"
    r"plans?\s+to|planning\s+to|upcoming|intends?\s+to|next|should|aims?\s+to|(?:is|are)\s+due|"
    r"due\s+to\s+be|slated)\b"
)


@dataclass(frozen=True, slots=True)
class Published:
    """The publication date as far as it is known, and what each relative form may use."""

    year: int | None = None
    month: int | None = None
    day: dt.date | None = None
    label: str = ""

    @classmethod
    def of(cls, value: DateValue | None) -> Published:
        if value is None or value.earliest is None or value.latest is None:
            return cls()
        a, b = value.earliest, value.latest
        if a.year != b.year:
            return cls()
        # An estimated date ("estimated from the story's dated articles") says so wherever it is used.
        note = f" ({value.anchor})" if value.anchor else ""
        if a == b:
            return cls(a.year, a.month, a, f"published {a.isoformat()}{note}")
        if a.month == b.month:
            return cls(a.year, a.month, None, f"published {a.year:04d}-{a.month:02d}{note}")
        return cls(a.year, None, None, f"published {a.year:04d}{note}")


@dataclass(slots=True)
class _C:
    """A date candidate inside one sentence."""

    start: int
    end: int
    earliest: dt.date | None
    latest: dt.date | None
    precision: str = "day"
    fiscal: bool = False
    ambiguous: bool = False
    approximate: bool = False
    relative: bool = False
    anchor: str | None = None
    mon: int | None = None  # month and day kept for year fixing in ranges
    day: int | None = None
    year_given: bool = True
    tag: str = ""
    pending: tuple[object, ...] | None = None  # an offset waiting for its anchor

    @property
    def single_year(self) -> int | None:
        if self.earliest and self.latest and self.earliest.year == self.latest.year:
            return self.earliest.year
        return None


def _eom(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _mon(s: str) -> int:
    return _MONTHS[s[:3].lower()]


def _year2(s: str, ref: int | None = None) -> int:
    y = int(s)
    if len(s) == 2:
        y += 2000 if y < 50 else 1900
    return y


# A month-day without a year up to half a year after publication is upcoming ("will hold a
# hearing on March 26" in a March 5 story, "the first branches closing on June 15" in a March
# one), unless the sentence is in the past tense or a past verb governs the date ("the attack
# occurred Aug. 5", "arrested on March 26"): the nearer occurrence, not last year's.
_UPCOMING_DAYS = 183
# a regular past verb; not a present state ("is unchanged", "are committed", "remains closed")
_PAST_VERB = re.compile(r"\b(?<!is )(?<!are )(?<!be )(?<!remains )(?<!remain )(?!un)([a-z]{3,}ed)\b")
# -ed words that put an event ahead, not behind: "scheduled for June 15", "delayed to June 15"
_AHEAD_ED = frozenset("scheduled rescheduled planned expected proposed delayed postponed slated "
                      "timed pencilled penciled earmarked".split())


def _past_verb_before(ctx: _Ctx, start: int) -> bool:
    """A regular past verb within the 60 characters before ``start`` in its sentence ("the attack
    occurred Aug. 5", "arrested him at the park on 21 June")."""
    window = ctx.text[max(ctx.s, start - 60):start]
    return any(w not in _AHEAD_ED for w in _PAST_VERB.findall(window))


def _gone_by(ctx: _Ctx, start: int) -> bool:
    """A past form of any verb within the 60 characters before ``start`` in its sentence: a
    regular one, an irregular one, or one that starts with "un" ("unveiled his budget on")."""
    window = ctx.text[max(ctx.s, start - 60):start]
    # not a participle after "be": "to be held on", "will be run on" are still to come
    irregular = any(not window[:m.start()].endswith(("be ", "is ", "are ")) for m in _IRREGULAR_PAST.finditer(window))
    return _past_verb_before(ctx, start) or irregular or bool(_UN_VERB.search(window))


_UN_VERB = re.compile(r"\bun(?:veil|cover|lock|seal|load|wrapp|tangl|furl|earth)ed\b")
_PAST = re.compile(r"\b(?:was|were|had|did)\b")
# Past forms of common irregular verbs: with ``_PAST`` and ``_PAST_VERB``, what marks the clause
# a weekday sits in as past ("said on Tuesday it will cut 400 jobs", "was flown out on Monday").
_IRREGULAR_PAST = re.compile(
    r"\b(?:said|told|met|held|took|made|gave|went|came|left|began|won|lost|fell|rose|flew|flown|"
    r"sent|spent|found|saw|got|brought|bought|sold|paid|struck|hit|broke|spoke|wrote|ran|shut|"
    r"quit|threw|drew|led|caught|fought|sought|stood|kept|set\s+out|put\s+out|ruled|"
    r"been|gone|done|seen|taken|given|known|shown|grown|drawn|thrown|heard|felt|became)\b",
    re.I)


# "the gutted hall", "a damaged roof": an -ed word after a determiner is an adjective, no tense
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|our)\s+\Z")


def _future_at(ctx: _Ctx, pos: int) -> bool:
    """Whether the clause around ``pos`` speaks of the future: the nearest tense cue before it in
    its sentence ("said on Tuesday it will cut jobs" is past, "will meet on Tuesday" future), else
    the sentence as a whole (a cue after it may belong to another clause: "The Tuesday sessions,
    which drew 35 families, will move")."""
    before: tuple[int, bool] | None = None
    for pat, fut in ((_FUTURE, True), (_PAST, False), (_IRREGULAR_PAST, False)):
        for m in pat.finditer(ctx.text, ctx.s, pos):
            if before is None or m.start() > before[0]:
                before = (m.start(), fut)
    low = ctx.text.lower()
    for m in _PAST_VERB.finditer(low, ctx.s, pos):
        if m.group(1) not in _AHEAD_ED and (before is None or m.start() > before[0]) and \
                not _DETERMINER_BEFORE.search(low, max(ctx.s, m.start() - 8), m.start()):
            before = (m.start(), False)
    return before[1] if before is not None else ctx.is_future()


def _month_year(mon: int, pub: Published, future: bool, day: int | None = None,
                past: bool = False) -> int | None:
    """Year of the most recent (or, for the future, next) month not after publication; a day
    up to two weeks after publication is upcoming unless the sentence is in the past tense."""
    if pub.year is None or pub.month is None:
        return None
    if future:
        return pub.year if mon >= pub.month else pub.year + 1
    if day is not None and pub.day is not None and not past:
        try:
            ahead = (dt.date(pub.year, mon, day) - pub.day).days
        except ValueError:
            ahead = -1
        if 0 < ahead <= _UPCOMING_DAYS:
            return pub.year  # "on July 9" in a July 2 story is next week, not last year
    if mon < pub.month:
        return pub.year
    if mon > pub.month:
        return pub.year - 1
    if day is not None and pub.day is not None and day > pub.day.day:
        return pub.year - 1
    return pub.year


def _shift_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def _add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _fiscal(y: int, fys: int, q: int | None = None) -> tuple[dt.date, dt.date]:
    if fys <= 1:
        start = dt.date(y, 1, 1)
    else:
        start = dt.date(y - 1, fys, 1)
    if q:
        qs = _add_months(start, 3 * (q - 1))
        return qs, _add_months(qs, 3) - dt.timedelta(days=1)
    return start, _add_months(start, 12) - dt.timedelta(days=1)


class _Ctx:
    __slots__ = ("text", "s", "e", "pub", "fys", "future", "cands")

    def __init__(self, text: str, s: int, e: int, pub: Published, fys: int) -> None:
        self.text, self.s, self.e, self.pub, self.fys = text, s, e, pub, fys
        self.future: bool | None = None
        self.cands: list[_C] = []

    def is_future(self) -> bool:
        if self.future is None:
            self.future = bool(_FUTURE.search(self.text, self.s, self.e))
        return self.future

    def ctx_year(self, pos: int) -> int | None:
        """Year of the nearest explicit single-year date before ``pos`` in this sentence."""
        for c in reversed(self.cands):
            if c.end <= pos and not c.relative and c.year_given and c.single_year and \
                    not c.fiscal and c.precision != "range":
                return c.single_year
        return None


_REL_YEAR_AFTER = re.compile(r",?\s+(this|last|next)\s+year\b", re.I)


def _md(ctx: _Ctx, start: int, end: int, mon: int, day: int | None, year: int | None,
        precision: str = "day") -> _C | None:
    """A month(-day) date; a missing year comes from the sentence, else from publication."""
    relative = False
    anchor = None
    given = year is not None
    said = _REL_YEAR_AFTER.match(ctx.text, end, ctx.e) if year is None and ctx.pub.year is not None else None
    if said is not None and ctx.pub.year is not None:
        # "on 10 and 11 March this year", "on 4 July last year": the year is the article's own,
        # whatever year an earlier clause of the sentence named ("leave was granted in March 2022")
        year = ctx.pub.year + {"this": 0, "last": -1, "next": 1}[said.group(1).lower()]
        relative, anchor, end = True, ctx.pub.label or None, said.end()
    if year is None:
        year = ctx.ctx_year(start)
        if year is not None and ctx.pub.year is not None and year > ctx.pub.year and _gone_by(ctx, start) \
                and not ctx.is_future():
            # "pushed back to 2031 when the minister unveiled his budget on Monday 6 October": a
            # later year than the article's is another clause's, not the year of a day gone by
            year = None
        if year is None:
            relative = True
            anchor = ctx.pub.label or None
            year = _month_year(mon, ctx.pub, _future_at(ctx, start), day,
                               past=bool(_PAST.search(ctx.text, ctx.s, ctx.e)) or _past_verb_before(ctx, start))
            if year is None:
                return _C(start, end, None, None, precision, relative=True, mon=mon, day=day,
                          year_given=False)
            named = WEEKDAY_BEFORE.search(ctx.text, max(ctx.s, start - 14), start) if day else None
            if named and day and ctx.pub.day is not None:
                # "Tuesday, April 14" in a March story that says the days were named: the year in
                # which that day is a Tuesday, when that year puts it within half a year of
                # publication (a weekday slip in "Thursday 10 July" next week moves no year)
                weekday = _WEEKDAYS[named.group(1).lower()]
                for y in (year + 1, year - 1):
                    try:
                        d = dt.date(y, mon, day)
                        if dt.date(year, mon, day).weekday() != weekday and d.weekday() == weekday \
                                and abs((d - ctx.pub.day).days) <= _UPCOMING_DAYS:
                            year = y
                            break
                    except ValueError:
                        break
    try:
        if day is not None:
            a = b = dt.date(year, mon, day)
        else:
            a, b = dt.date(year, mon, 1), _eom(year, mon)
    except ValueError:
        return None
    return _C(start, end, a, b, precision, relative=relative, anchor=anchor, mon=mon, day=day,
              year_given=given)


def _year_c(start: int, end: int, y: int, precision: str = "year") -> _C:
    return _C(start, end, dt.date(y, 1, 1), dt.date(y, 12, 31), precision)


def _rel(start: int, end: int, a: dt.date | None, b: dt.date | None, precision: str,
         anchor: str | None, approximate: bool = False) -> _C:
    if a is None or b is None:
        return _C(start, end, None, None, precision, relative=True, anchor=None,
                  approximate=approximate)
    return _C(start, end, a, b, precision, relative=True, anchor=anchor or None,
              approximate=approximate)


def _prec_of(a: dt.date, b: dt.date) -> str:
    if a == b:
        return "day"
    if a.day == 1 and b == _eom(b.year, b.month):
        if a.year == b.year and a.month == b.month:
            return "month"
        if a.month == 1 and b.month == 12 and a.year == b.year:
            return "year"
    return "range"
