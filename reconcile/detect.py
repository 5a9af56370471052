"""Facts -> Conflicts: real contradictions, explained look-alikes and agreements, as data.

Within a fact, claims are grouped into *sides* of mutually consistent values: each claim is read
as the interval a reader takes it to mean (hedges, plus the rounding a round figure implies),
and sides are the fewest groups whose intervals share a point (interval stabbing, so every
member of a side agrees with every other). Two or more sides are a conflict; whether it is a
contradiction (``error``) or a look-alike (``warning``) depends on whether every pair of claims
across sides differs in period, measure, scope or time of report, which the explanation names.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import partial

import networkx as nx

from reconcile.codes import MISMATCH_BY_KIND, Code, lookup
from reconcile.display import display_date, format_number
from reconcile.extract.corrections import quoted_correction_role
from reconcile.extract.dateparts import _UNIT_DAYS, _WEEKDAYS, WEEKDAY_BEFORE, WEEKDAY_NAMES
from reconcile.extract.dates import DAY_IN_WORDS, YEAR_WORD
from reconcile.extract.frames import (
    CALENDAR_NAMES,
    CONTAINER_SCOPE,
    PLACE_SCOPE,
    PRESENT_TEXT,
    SINCE_PREFIX,
    aged_thing,
    bare_gap,
    ends_change,
    figure_size,
    shares_stated,
    stated_figures,
)
from reconcile.extract.hedges import HEDGE_RE, HEDGES
from reconcile.extract.places import BEARINGS, Bearing, angle_apart, name_words
from reconcile.extract.quantities import direction_of
from reconcile.link import (
    Fact,
    elapsed_unit,
    is_age,
    multiplied,
    recurrence,
    scale_slip,
    significant_digits,
    story_of,
    streak,
    unit_slip,
)
from reconcile.models import (
    Claim,
    ClaimRef,
    Conflict,
    DateValue,
    NumberValue,
    Side,
    Source,
    fingerprint,
)
from reconcile.vocab import Vocabulary

# The most a bare round number is taken to be rounded by, as a share of its value.
ROUNDING_CAP = 0.025


def rounding_tolerance(x: float) -> float:
    """Half the unit a round figure is rounded to, capped at ROUNDING_CAP of its size.

    Only figures that look rounded get any: 37,000 -> 500; 2,160 -> 5; 61e9 -> 0.5e9; 1.2 ->
    0.05; 44, 412 and ordinals -> 0 (a figure not ending in zero is taken as written). Slightly
    under half a unit, so neighbouring round figures (2.4 and 2.5) never touch.
    """
    if x == 0 or not math.isfinite(x):
        return 0.0
    x = abs(x)
    text = f"{x:.6f}".rstrip("0")
    if text.endswith("."):
        digits = text[:-1]
        trailing = len(digits) - len(digits.rstrip("0"))
        if trailing == 0:
            return 0.0
        unit = 10.0 ** trailing if trailing < len(digits) else 10.0 ** (len(digits) - 1)
    else:
        unit = 10.0 ** -(len(text.split(".")[1]))
    return min(unit / 2, ROUNDING_CAP * x) * 0.999


_MIXED_NUMBER = re.compile(r"(?i)\band\s+(?:a\s+half|a\s+quarter|three[ -]quarters?|one[ -]half)\b")


def reader_interval(claim: Claim, *, maxima: bool = False, mixed_units: bool = False) -> tuple[float, float]:
    """The interval a reader takes the claim to mean, for comparison (numbers or day ordinals).

    With ``maxima``, a stated maximum ("up to 4 metres", "as many as 300") reads as the point
    it names: two maxima of one thing contradict each other when they differ. With
    ``mixed_units``, the figures compared are written in different units, so each was rounded to
    its last written digit in its own unit ("11 tonnes" beside "11,012 kg" is 10.5 to 11.5 t).

    The extractor's interval (``low``/``high``) says what a hedge allows at most; comparing
    figures needs what a reader takes it to mean, which depends on how precise the figure is:

    ==========  ==============================================  ==========================
    hedge       reading, with t = rounding_tolerance(x)          example
    ==========  ==============================================  ==========================
    none        [x - t, x + t]                                  37,000 -> 36,500..37,500
                (a whole percent is rounded: t >= 0.5)           12% -> 11.5..12.5
    about       [x - d, x + d], d = max(2t, 2% of x)            about 45% -> 44.1..45.9
    nearly      [x - max(2.5t, 5% of x), x]; 15% for 1 digit    nearly 49% -> 46.6..49
    more than   [x - t, 1.15 x]                                 more than 37,000 -> ..42,550
    at least    [x - t, 1.15 x]
    just over   [x, x + max(2t, 5% of x)]                       just over 2,000 -> ..2,100
    up to       [0, x + t]
    fewer than  [0, x]
    vague       the extractor's interval, from 0.8 of its low   thousands -> 1,600..9,999
    ==========  ==============================================  ==========================
    """
    v = claim.value
    if isinstance(v, DateValue):
        if not v.resolved:
            return (-math.inf, math.inf)
        assert v.earliest and v.latest
        return (float(v.earliest.toordinal()), float(v.latest.toordinal()))
    if v.time_of_day and v.low is not None and v.high is not None:
        return (float(v.low), float(v.high))  # a time of day: its hedge and rounding are read in minutes
    stated = v.stated
    if stated is None and v.hedge == "vague" and v.low is not None and v.low > 0:
        # "dozens of farms" for 23 and "hundreds" for 180 are loose, not false: a plural of a
        # round unit reads from a little under two of it.
        return (0.8 * float(v.low), math.inf if v.high is None else float(v.high))
    if stated is None:
        return (-math.inf if v.low is None else float(v.low), math.inf if v.high is None else float(v.high))
    x = float(stated)
    # Rounding is read off the figure as written, before any unit conversion.
    # The figure as written, before conversion (to 4 places: the conversion itself was rounded).
    as_written = round(x / claim.scale, 4) if claim.scale != 1.0 else x
    t = 0.0 if claim.kind == "ordinal" else rounding_tolerance(as_written) * claim.scale
    if (claim.scale != 1.0 or mixed_units) and claim.kind != "ordinal":
        # A figure converted from another unit ("a nine-mile climb" against "14.3 km") was
        # rounded to its last written digit in its own unit: 9 miles is 8.5 to 9.5 miles.
        written = f"{abs(as_written):.6f}".rstrip("0")
        places = len(written.split(".")[1]) if "." in written else 0
        t = max(t, 0.4995 * 10.0 ** -places * claim.scale)
    rough_share = False
    if _MIXED_NUMBER.search(claim.quote):
        pass  # "three and three-quarter per cent" is 3.75%, said as exactly as "3.75%"
    elif claim.kind == "percent" and (_FRACTION_WORD.search(claim.quote) or (
            _RATIO_WORDS.search(claim.quote) and not _DECIMAL_BASE.search(claim.quote))):
        t = 0.1 * abs(x)  # "a third", "one in eight": a reader hears a rough share, not 12.5% exactly
        rough_share = True
    elif (claim.kind == "percent" or v.unit == "°C") and not any(ch in claim.quote for ch in ".,"):
        # "12%" is rounded to the whole percent (12.4% is the same figure), "35C" or "95F" to the
        # whole degree
        t = max(t, 0.4995 * claim.scale)
    cls = (HEDGES.get((v.hedge or "").lower()) or _POST_HEDGES.get((v.hedge or "").lower())) if v.hedge else None
    ax = abs(x)
    if v.hedge is None:
        return (x - t, x + t)
    if cls == "approx":
        # "about two-thirds" is as rough as "two-thirds": a rough share is already read widely
        d = t if rough_share else max(2 * t, 0.02 * ax)
        return (x - d, x + d)
    # How far an open hedge reaches depends on how round the figure is: "more than 100" may
    # well mean 140, "more than 37,000" means under about 42,000, "more than 2,160" barely more.
    reach = {1: 0.5, 2: 0.15}.get(_significant_digits(as_written), 0.05)
    if cls == "nearly":
        # "nearly 600" may be 540; "nearly 49%" is 47 or 48, not 42; "nearly nine in 10" is a
        # rough share already, 81 to 90.
        if rough_share:
            return (x - t, x)
        loose = 0.15 if reach >= 0.5 and claim.kind != "percent" else 0.05
        if claim.kind == "percent" and reach >= 0.5 and ax < 10:
            # "nearly four percentage points", "nearly 5%": a whole rate under ten reads from a
            # little under it (3.4 to 4), not from the rate below (2.7)
            return (x - max(t, 0.15 * ax), x)
        return (x - max(2.5 * t, loose * ax), x)
    if cls in ("more", "least"):
        # (a rough share read from its word up, "more than half" as over 50%, was tried: it
        # caught a stated rise of "more than half" against 48.6%, but "more than a fifth" then
        # sided with 29.6% against 19.6% and turned a suggestion)
        return (x - t, x + max(reach * ax, 2 * t))
    if cls == "over":
        return (x, x + max(2 * t, 0.05 * ax))
    if cls == "upto":
        return (x - t, x + t) if maxima else (min(0.0, x), x + t)
    if cls == "less":
        return (min(0.0, x), x)
    return (-math.inf if v.low is None else float(v.low), math.inf if v.high is None else float(v.high))


_RATIO_WORDS = re.compile(r"\b(?:in|out of)\b", re.I)
# "94 out of 100", "7 in 1,000": a ratio to a power of ten is a figure written as exactly as a
# percentage (a score, a rate), not a rough share
_DECIMAL_BASE = re.compile(r"(?i)\b(?:in|out of)\s+(?:every\s+)?(?:a\s+|one\s+)?(?:100|1,?000|hundred|thousand)\b")
_FRACTION_WORD = re.compile(r"\b(?:half|thirds?|quarters?|fifths?|tenths?)\b", re.I)

# Hedges written after the figure ("37,000 or more", "100-plus", "2,000 or so").
_POST_HEDGES = {"or more": "more", "-plus": "more", "+": "more", "or so": "approx", "or fewer": "less",
                "or less": "less"}


def _significant_digits(x: float) -> int:
    digits = f"{abs(x):.6f}".replace(".", "").strip("0")
    return max(1, len(digits))


_MAXIMA = frozenset({"up to", "as much as", "as many as"})


def _stated_maximum(claim: Claim) -> bool:
    """A figure given as the most something reached ("up to 4 metres deep", "as many as 300")."""
    v = claim.value
    return isinstance(v, NumberValue) and v.stated is not None and (v.hedge or "").lower() in _MAXIMA


def group_sides(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Fewest groups of claims whose reader intervals share a point (greedy by right end).

    A span written with both ends ("model years 2019 to 2022") is a whole stretch of time, not
    an uncertain point: two spans agree only when their ends do, so each distinct span is a side
    of its own (other claims in its group stay with the first).
    """
    # "as much as 4 metres" against "as much as 3 metres": each says what the most was, so when
    # every figure is such a maximum they are compared as the maxima they state.
    maxima = len(claims) > 1 and all(_stated_maximum(c) for c in claims)
    mixed_units = len({c.scale for c in claims}) > 1
    interval = {c.id: reader_interval(c, maxima=maxima, mixed_units=mixed_units) for c in claims}
    ordered = sorted(claims, key=lambda c: (interval[c.id][1], interval[c.id][0], c.id))
    sides: list[list[Claim]] = []
    points: list[float] = []
    for claim in ordered:
        low, high = interval[claim.id]
        if sides and low <= points[-1]:
            sides[-1].append(claim)
        else:
            sides.append([claim])
            points.append(high)
    if len(sides) > 1 and not maxima:
        # An open figure ("more than 6,000") or a vague one ("dozens") that several sides fit
        # (6,280 and 7,100; 47 and 74) takes no side: it is consistent with each, so it is
        # evidence against none. (Stated maxima were read as points above, so none of them is
        # open here.)
        for side in sides:
            for claim in list(side):
                v = claim.value
                if len(side) == 1 or not isinstance(v, NumberValue) or (
                        (v.low is None) == (v.high is None) and not _vague(claim)):
                    continue  # only a figure open at one end as written, or a vague one
                low, high = interval[claim.id]
                fits = [j for j, p in enumerate(points) if low <= p <= high and math.isfinite(p)]
                if len(fits) < 2:
                    continue
                side.remove(claim)  # consistent with several values: evidence against none
    out: list[list[Claim]] = []
    for side in sides:
        spans: dict[tuple[object, object], list[Claim]] = {}
        for claim in side:
            if _is_span(claim):
                assert isinstance(claim.value, DateValue)
                spans.setdefault((claim.value.earliest, claim.value.latest), []).append(claim)
        if len(spans) < 2:
            out.append(side)
            continue
        first, *rest = sorted(spans)
        out.append([c for c in side if not _is_span(c) or c in spans[first]])
        out.extend(spans[key] for key in rest)
    return out


_SPAN = re.compile(r"\d.*\b(?:to|and|until|through|till)\b.*\d|\d\s*[-\u2013]\s*\d", re.I)


def _is_span(claim: Claim) -> bool:
    v = claim.value
    return isinstance(v, DateValue) and v.precision == "range" and not v.approximate and bool(_SPAN.search(claim.quote))


def _vague(claim: Claim) -> bool:
    low, high = reader_interval(claim)
    if not (math.isfinite(low) and math.isfinite(high)):
        return True
    mid = (abs(low) + abs(high)) / 2 or 1.0
    return (high - low) / mid > 0.5


def _exact_within(claims: Sequence[Claim]) -> list[Claim]:
    """The figures of a side written without a hedge word that every hedged figure of it contains
    ("118" within "some 120"; "EUR 412.6m" within "more than EUR 412 million"), when the side has
    both: the precise value the others round. A figure derived from two printed endpoints counts
    as written without one (it is "approximate" only because the endpoints were rounded)."""
    def worded(c: Claim) -> bool:
        return isinstance(c.value, NumberValue) and c.value.hedge is not None

    loose = [c for c in claims if worded(c) and not c.derived]
    if not loose:
        return []
    spans = [reader_interval(h) for h in loose]
    narrowest = min(hi - lo for lo, hi in spans)
    out = []
    for c in claims:
        v = c.value
        if not isinstance(v, NumberValue) or v.stated is None or (worded(c) and not c.derived):
            continue
        lo_c, hi_c = reader_interval(c)
        x = float(v.stated)
        # a derived figure's reading is as wide as its endpoints' rounding, but it is their centre
        if (c.derived or hi_c - lo_c < narrowest) and all(lo <= x <= hi for lo, hi in spans):
            out.append(c)
    return out


def side_value(side: Sequence[Claim]) -> str:
    """The value a side stands for, as its sources mostly wrote it: precise direct claims first,
    then derived ones, then vague ones ("thousands"); between equally common values an unhedged
    figure, the narrower hedged one ("an estimated 9.5 million" rather than "nearly 10
    million") and the narrower date ("March 8, 2026" rather than the "2026" it falls in)."""
    for pick in (lambda c: not c.derived and not _vague(c), lambda c: not _vague(c), lambda c: True):
        chosen = [c for c in side if pick(c)]
        if chosen:
            # "118" against "some 120" twice: the figure the round ones round; when no article
            # prints it, the exact figure derived from the endpoints they print ("down from 2.9
            # million to 2.3 million" is 20.7%, which "about 21%" rounds)
            exact = _exact_within(chosen) or _exact_within(
                [*chosen, *(c for c in side if c.derived and not _vague(c) and c not in chosen)])
            if exact:
                chosen = exact
            counts = Counter(c.display for c in chosen)
            loose: dict[str, tuple[bool, int, float]] = {}
            for c in chosen:
                v = c.value
                hedged = isinstance(v, NumberValue) and (v.hedge is not None or v.approximate)
                low, high = reader_interval(c)
                # the narrower of two hedged figures or dates; "54.4%" and "54.41%" are one
                # figure rounded, and the side shows it as most wrote it
                span = high - low if hedged or isinstance(v, DateValue) else 0.0
                # the figure written with more digits first ("about 19 percent" rather than
                # "almost 20 percent"), then the narrower reading
                digits = -_significant_digits(float(v.stated)) if hedged and isinstance(v, NumberValue) \
                    and v.stated is not None else 0
                loose[c.display] = min(loose.get(c.display, (True, 0, math.inf)), (hedged, digits, span))
            return sorted(counts.items(), key=lambda kv: (-kv[1], loose[kv[0]], len(kv[0]), kv[0]))[0][0]
    return side[0].display


def claim_ref(claim: Claim, source: Source) -> ClaimRef:
    value = claim.value.contract()
    return ClaimRef(
        id=claim.id, source=claim.source, path=claim.path, line=claim.line,
        column=source.column_of(claim.start), start=claim.start, end=claim.end, quote=claim.quote,
        value=value, display=claim.display,
        sentence=source.text[claim.sentence_start:claim.sentence_end].strip(),
        sentence_start=claim.sentence_start, attribution=claim.attribution, hedged=claim.hedged,
        derived=claim.derived,
    )


def _period_words(claim: Claim) -> str:
    if claim.period is None:
        # "since the ruling", "on record": a span no date names
        return claim.period_text or "no stated period"
    return display_date(claim.period)


def _same_period(a: DateValue, b: DateValue) -> bool:
    return a.fiscal == b.fiscal and a.earliest == b.earliest and a.latest == b.latest


SINCE_EVENT = "since an earlier event"


# Scopes that tell two figures apart only when both name theirs: the places a count is spread
# over ("across 14 parks") and a named place ("in London")
_NAMED_BY_BOTH = (CONTAINER_SCOPE, PLACE_SCOPE)


def _frame(claim: Claim, sources: dict[str, Source], evolving: bool,
           now: frozenset[str] = frozenset()) -> dict[str, object]:
    """What a figure holds for, beyond its value: period, scope, measure, time of report.

    ``now`` holds the claims a later article gives as the state at its writing ("still without
    power", "are now at risk"): their time of report is their own, the others' is earlier.
    """
    period: tuple[object, object, bool] | None = None
    if claim.period is not None and claim.period.resolved and claim.kind != "date":
        period = (claim.period.earliest, claim.period.latest, claim.period.fiscal)
        if claim.kind == "ordinal":
            # A span ending at publication: compare its length, not where it ends.
            assert claim.period.earliest and claim.period.latest
            # Spans compare on a doubling scale: "since 2021" and "in four years" are one span,
            # "in five years" and "in seven months" are not.
            days = max(1, (claim.period.latest - claim.period.earliest).days)
            period = (None, f"span~2^{round(math.log2(days))} days", False)
    elif claim.period is None and claim.kind != "date" and (claim.period_text or "").startswith(SINCE_PREFIX):
        # "since the ruling": from an event to the article's day; not a period a date names, but
        # not "2025" either
        period = (None, SINCE_EVENT, False)
    published = sources[claim.source].published if evolving and claim.kind in ("count", "percent") \
        and not _closed_change(claim, sources[claim.source]) else None
    if now:
        published = f"now, {sources[claim.source].published}" if claim.id in now else (published or "earlier")
    return {"period": period, "scope": claim.scope, "measure": claim.measure, "event": claim.event,
            "time": published}




def _closed_change(claim: Claim, source: Source) -> bool:
    """A change over a period that ended before the article was written ("from 140,000 vehicles
    in 2015 to 420,000 in 2025"): it no longer moves, so when it was reported explains nothing."""
    published = source.published_value
    return claim.role == "change" and claim.period is not None and claim.period.latest is not None \
        and published is not None and published.earliest is not None and claim.period.latest < published.earliest


def _since_for_a_move(claim: Claim, period: object) -> bool:
    """Whether ``period`` runs from an earlier event to the day of writing ("down 11 per cent since
    the ruling") and ``claim`` is a change that states no period ("fell 6 per cent on Tuesday"):
    a move reported on its own is one day's or one report's, not the whole run since."""
    return claim.role == "change" and isinstance(period, tuple) and len(period) > 1 and period[1] == SINCE_EVENT


def _off_calendar(period: object) -> bool:
    """Whether a stated period is a fiscal year that is no calendar year ("its fiscal year ended
    June 30, 2025"): a figure with no period, read as the last calendar year, may be for another."""
    if not isinstance(period, tuple) or len(period) < 3 or not period[2]:
        return False
    start, end = period[0], period[1]
    return isinstance(start, dt.date) and isinstance(end, dt.date) and not (
        start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31)


def _lends_period(claim: Claim, period: object, sources: dict[str, Source]) -> bool:
    """Whether a claim that states no period is read as holding for ``period``, the one its fact
    states: when that period is recent, no fiscal year off the calendar, and no run since an
    earlier event lent to a move reported on its own."""
    return _recent_for(claim, period, sources) and not _off_calendar(period) and not _since_for_a_move(claim, period)


_THIS_PERIOD_TEXT = re.compile(r"(?i)(?:this|so far this|so far in|earlier this)\s+(?:year|month|week|season)\b")


def _stating(group: Sequence[Claim]) -> Claim:
    """The claim a frame group is judged by: one that states its period, if any does (the others
    took it from the fact)."""
    return next((c for c in group if c.period is not None), group[0])


def _holds_publication(claim: Claim, period: object, sources: dict[str, Source]) -> bool:
    """Whether a stated period holds the day the claim's article appeared ("this year")."""
    published = sources[claim.source].published_value
    if not isinstance(period, tuple) or not isinstance(period[0], dt.date) or not isinstance(period[1], dt.date) \
            or published is None or published.earliest is None or period[2]:
        return False
    return period[0] <= published.earliest and (published.latest or published.earliest) <= period[1]


def _recent_for(claim: Claim, period: object, sources: dict[str, Source]) -> bool:
    published = sources[claim.source].published_value
    if not isinstance(period, tuple) or not isinstance(period[1], dt.date) or published is None \
            or published.earliest is None:
        return True
    start, end = period[0], period[1]
    latest = published.latest or published.earliest
    if isinstance(start, dt.date) and start <= latest <= end:
        return True  # a period that includes the publication ("this year", "so far this month")
    return end <= latest + dt.timedelta(days=31) and (published.earliest - end).days <= 550


def _frame_words(claim: Claim, attribute: str, sources: dict[str, Source]) -> str:
    if attribute == "period":
        return _period_words(claim)
    if attribute == "scope":
        return claim.scope or "no stated scope"
    if attribute == "measure":
        return ", ".join((claim.measure or "").split(";")) or "no qualifier"
    if attribute == "event":
        return claim.event or "unstated"
    return f"reported {sources[claim.source].published or 'undated'}"


_ATTRIBUTE_REASON = {"period": "period", "scope": "scope", "measure": "measure", "event": "measure",
                     "time": "time"}


def partition_by_frame(claims: Sequence[Claim], sources: dict[str, Source], vocab: Vocabulary,
                       evolving: bool, now: frozenset[str] = frozenset()
                       ) -> tuple[list[list[Claim]], list[str]]:  # noqa: C901
    """Split a fact's claims into groups that hold for the same period, scope, measure and time.

    A claim that leaves an attribute unstated takes the fact's value for it when the other claims
    agree on one; otherwise it stays apart. Returns the groups and the attributes that differ.
    """
    frames = {c.id: _frame(c, sources, evolving, now) for c in claims}
    # "now", "remains", "so far": the time of publication. It is the fact's explicit period when
    # exactly one explicit period overlaps it (the latest figure an article reports as current).
    explicit: set[tuple[dt.date, dt.date, bool]] = {
        f["period"] for c in claims if c.period_text != PRESENT_TEXT
        for f in [frames[c.id]] if isinstance(f["period"], tuple) and isinstance(f["period"][0], dt.date)}  # type: ignore[misc]
    for c in claims:
        if c.period_text == PRESENT_TEXT and c.period is not None and c.period.earliest and c.period.latest:
            # A dated article's "now" reaches a season back; an article dated only by its year
            # already spans the year, and its "now" is not the year before.
            slack = dt.timedelta(days=92 if c.period.precision in ("day", "month") else 0)
            near = [p for p in explicit if not p[2] and isinstance(p[1], dt.date)
                    and p[0] <= c.period.latest + slack and c.period.earliest <= p[1] + slack]
            if len(near) == 1:
                frames[c.id]["period"] = near[0]
    _settle_frames(claims, frames, sources)
    for f in frames.values():
        f["event"] = vocab.canonical(f["event"] if isinstance(f["event"], str) else None)
    events = {vocab.canonical(c.event) for c in claims if c.event}
    # Different events count only when the vocabulary calls them comparable measures.
    keep_event = len(events) > 1 and all(vocab.comparable(a, b) for a in events for b in events)
    varying: list[str] = []
    for attribute in ("period", "scope", "measure", "event", "time"):
        if attribute == "event" and not keep_event:
            for f in frames.values():
                f["event"] = None
            continue
        values = {repr(f[attribute]) for f in frames.values() if f[attribute] is not None}
        if attribute == "scope" and len(values) == 1 and all(
                str(f["scope"]).startswith(_NAMED_BY_BOTH) for f in frames.values() if f["scope"] is not None):
            # "118 passengers from 22 cabins" against "some 120 passengers": the places a count
            # is spread over tell two scopes apart only when both figures name theirs
            only = next(f["scope"] for f in frames.values() if f["scope"] is not None)
            for f in frames.values():
                f["scope"] = only
            continue
        if attribute in ("measure", "scope"):
            # Saying nothing is saying something here: "$61bn" against "$69bn including debt",
            # "1,046" against "903 in Ovrano province alone".
            if len({repr(f[attribute]) for f in frames.values()}) > 1:
                varying.append(attribute)
            continue
        if len(values) == 1:
            only = next(f[attribute] for f in frames.values() if f[attribute] is not None)
            for c in claims:
                f = frames[c.id]
                # An unstated period is "around publication": it takes the fact's one stated
                # period only when that period ends within a year and a half before publication
                # (and see _lends_period).
                if f[attribute] is None and (attribute != "period" or _lends_period(c, only, sources)):
                    f[attribute] = only
            if attribute == "period" and any(f["period"] is None for f in frames.values()):
                varying.append(attribute)
        elif len(values) > 1:
            if attribute == "period":
                # An unstated period is "around publication": of several stated periods, it is
                # the one an article names as the present ("this year"), when one does: "118
                # countries" against "108 countries" this year, beside "140 posts cut in 2023".
                present = {repr(frames[c.id]["period"]): frames[c.id]["period"] for c in claims
                           if frames[c.id]["period"] is not None and _THIS_PERIOD_TEXT.match(c.period_text or "")}
                for c in claims:
                    if frames[c.id]["period"] is None:
                        holding = [p for p in present.values() if _holds_publication(c, p, sources)]
                        if len(holding) == 1:
                            frames[c.id]["period"] = holding[0]
            varying.append(attribute)
    groups: dict[str, list[Claim]] = {}
    for claim in claims:
        key = repr(sorted(frames[claim.id].items()))
        groups.setdefault(key, []).append(claim)
    return [groups[k] for k in sorted(groups)], varying


_PRESENT_GAP = dt.timedelta(days=1)


def _present_day(claim: Claim, frame: dict[str, object]) -> dt.date | None:
    """The day a figure given as current holds for ("currently runs 84 megawatts"): its
    article's day, when its frame's period is still that day."""
    period = frame["period"]
    if claim.period_text != PRESENT_TEXT or not isinstance(period, tuple) or not isinstance(period[0], dt.date) \
            or period[0] != period[1]:
        return None
    return period[0]


def _one_present(claims: Sequence[Claim], frames: dict[str, dict[str, object]]) -> None:
    """Figures given as current by articles written a day apart hold for one present:
    "currently runs 84 megawatts" on 21 July and "drawing around forty-eight megawatts" on 22 July
    describe one state, not two days' (a figure that moves is told apart by its time of report
    instead; two days apart, a search may have grown from 200 officers to 350)."""
    days = sorted({d for c in claims for d in [_present_day(c, frames[c.id])] if d is not None})
    head: dict[dt.date, dt.date] = {}
    first: dt.date | None = None
    for d in days:
        start = d if first is None or d - first > _PRESENT_GAP else first
        head[d] = first = start
    for c in claims:
        day = _present_day(c, frames[c.id])
        if day is not None and head[day] != day:
            period = frames[c.id]["period"]
            assert isinstance(period, tuple)
            frames[c.id]["period"] = (head[day], head[day], period[2])


def _alike_without(claims: Sequence[Claim], frames: dict[str, dict[str, object]], qualifier: str,
                   factor: float, kinds: frozenset[str] | None = None) -> None:
    """Drop ``qualifier`` from the frames of the claims that carry it when every claim that
    carries it or says nothing of its measure (of ``kinds``, if given) is within ``factor`` of the
    others in size: the qualifier then tells no two measures apart (see the two rules below)."""
    def fits(c: Claim) -> bool:
        return isinstance(c.value, NumberValue) and (kinds is None or c.kind in kinds)

    marked = [c for c in claims if fits(c) and qualifier in (c.measure or "").split(";")]
    plain = [c for c in claims if fits(c) and not c.measure]
    if not marked or not plain:
        return
    sizes = [abs(figure_size(c)) for c in (*marked, *plain)]
    if min(sizes) <= 0 or max(sizes) > factor * min(sizes):
        return
    for c in marked:
        frames[c.id]["measure"] = _without_qualifiers(c.measure, frozenset({qualifier}))


def _without_qualifiers(measure: object, dropped: frozenset[str]) -> str | None:
    """A frame's measure ("cumulative;per_day") without the qualifiers ``dropped``."""
    kept = [q for q in str(measure or "").split(";") if q and q not in dropped]
    return ";".join(kept) or None


def _heads_alike(claims: Sequence[Claim], frames: dict[str, dict[str, object]]) -> None:
    """A sum given per head ("each household will receive £40") against sums that say nothing of
    heads, all of a like size (within a factor of two: "a £50 payment"), is one measure: a total
    over many heads would be many times larger. (Counts are left alone: "four tickets each"
    beside "three tickets" may count two draws.)"""
    _alike_without(claims, frames, "per_capita", 2.0, frozenset({"money"}))


def _totals_alike(claims: Sequence[Claim], frames: dict[str, dict[str, object]]) -> None:
    """A figure given as a total ("652 species in all") against figures that say nothing of what
    they add up, all within a third of it ("612 species", "£11,000" against "£13,000 in total"),
    is one measure: a part or a single item would fall short of the whole by more than that."""
    _alike_without(claims, frames, "cumulative", 4 / 3)


def _settle_frames(claims: Sequence[Claim], frames: dict[str, dict[str, object]],
                   sources: dict[str, Source]) -> None:
    """The frame differences that tell nothing apart, settled in place: one present for figures
    given as current a day apart, per-head or total qualifiers on figures of a like size, and the
    time of a trading session on moves that end at one price.
    Frame groups and pairwise differences are judged on the same settled frames."""
    _one_present(claims, frames)
    _heads_alike(claims, frames)
    _totals_alike(claims, frames)
    _one_move(claims, frames, sources)


_SESSION = frozenset({"closing", "intraday"})  # the time of a trading session a move is given at
# the price a move ends at, right after it: "closed up 8.5 per cent at 447 pence", "jumped 15 per
# cent to 447p"
_END_LEVEL = re.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:to|at)\s+(?:[A-Z]{3}\s?)?[£$€¥]?\s?(?P<n>\d[\d,]*(?:\.\d+)?)")


def _end_level(claim: Claim, sources: dict[str, Source]) -> str | None:
    """The digits of the price a change says its move ended at, if it says one."""
    if claim.role != "change":
        return None
    found = _END_LEVEL.match(sources[claim.source].text, claim.end, claim.sentence_end)
    return found.group("n").replace(",", "") if found else None


def _one_move(claims: Sequence[Claim], frames: dict[str, dict[str, object]], sources: dict[str, Source]) -> None:
    """Moves of one price that end at the same level in two articles ("shares jumped 15 per cent
    to 447p" and "closed up 8.5 per cent at 447 pence") are one move, whatever session either
    names: the session qualifiers tell them nothing apart."""
    ends: dict[str, list[Claim]] = {}
    for c in claims:
        level = _end_level(c, sources)
        if level is not None:
            ends.setdefault(level, []).append(c)
    for same in ends.values():
        if len({c.source for c in same}) < 2:
            continue
        for c in same:
            frames[c.id]["measure"] = _without_qualifiers(frames[c.id]["measure"], _SESSION)


def differences(a: Claim, b: Claim, sources: dict[str, Source], vocab: Vocabulary,
                now: frozenset[str] = frozenset()) -> dict[str, str]:
    """What may explain why two claims differ: {reason: words}, empty for a contradiction."""
    evolving = vocab.evolving(a.event) or vocab.evolving(b.event) or any(
        _tally(c, sources) or _state(c, sources, vocab) for c in (a, b))
    fa, fb = _frame(a, sources, evolving, now), _frame(b, sources, evolving, now)
    _settle_frames((a, b), {a.id: fa, b.id: fb}, sources)
    found: dict[str, str] = {}
    for attribute, reason in _ATTRIBUTE_REASON.items():
        if fa[attribute] == fb[attribute]:
            continue
        if attribute == "scope" and (fa["scope"] is None or fb["scope"] is None) and str(
                fa["scope"] or fb["scope"]).startswith(_NAMED_BY_BOTH):
            continue  # the places one figure names tell nothing apart from a figure that names none
        if (fa[attribute] is None or fb[attribute] is None) and attribute not in ("measure", "scope"):
            # An unstated period is "around publication"; a stated one far from it (a deadline
            # at the end of the year, a year long past) may explain the difference. Silence on
            # anything else explains nothing.
            silent = b if fa[attribute] is not None else a
            stated = fa[attribute] or fb[attribute]
            if attribute != "period" or _lends_period(silent, stated, sources):
                continue
        if attribute == "event" and (not vocab.comparable(a.event, b.event)
                                     or vocab.canonical(a.event) == vocab.canonical(b.event)):
            continue
        words = f"{_frame_words(a, attribute, sources)} against {_frame_words(b, attribute, sources)}"
        if attribute == "period" and a.period and b.period and a.period.fiscal != b.period.fiscal:
            words += " (a fiscal year is not a calendar year)"
        found.setdefault(reason, words)
    return found


_LATER = dt.timedelta(days=2)


def _current_later(claims: Sequence[Claim], sources: dict[str, Source]) -> frozenset[str]:
    """The figures an article gives as they stand at its writing ("still without power", "are
    now at risk"), published two days or more after every article giving the figure otherwise:
    the later state of something that moves (customers restored, jobs added to a plan), so a
    difference from the earlier reports is one of time, in either direction."""
    def day(claim: Claim) -> dt.date | None:
        published = sources[claim.source].published_value
        return published.earliest if published is not None else None

    current = [c for c in claims if (c.kind in ("count", "percent", "money") or _planned(c, sources)
                                     or _place(c, sources)) and (
               ((c.period_text == PRESENT_TEXT or c.period is None) and _now_in_its_clause(c, sources))
               # a revision of a past period's figure ("revised its passenger count for 2025 down
               # to 209 million") is as much a later state as a current figure
               or _revised(c, sources))]
    days = {c.id: day(c) for c in claims}
    if not current or any(d is None for d in days.values()):
        return frozenset()
    ids = {c.id for c in current}
    now = set()
    for c in current:
        when = days[c.id]
        assert when is not None
        recent = [o for o in claims if days[o.id] > when - _LATER]  # type: ignore[operator]
        if len(recent) < len(claims) and {o.source for o in recent} <= {o.source for o in recent if o.id in ids}:
            now.add(c.id)  # every report within two days of it gives a figure of it as current
    return frozenset(now)


def _place(claim: Claim, sources: dict[str, Source]) -> bool:
    """Whether an ordinal is a place that moves ("now up to 15th in the table"), not a rank by
    size ("the fifth-largest city", which a week does not change)."""
    return claim.kind == "ordinal" and "-" not in claim.quote \
        and not sources[claim.source].text.startswith("-", claim.end)


def _planned(claim: Claim, sources: dict[str, Source]) -> bool:
    """Whether a date lies after its article's publication: a plan ("could reopen in September
    2027"), which a later article may give as it now stands ("would now reopen in March 2028")."""
    published = sources[claim.source].published_value
    v = claim.value
    return claim.kind == "date" and isinstance(v, DateValue) and v.earliest is not None \
        and published is not None and published.latest is not None and v.earliest > published.latest


# The extractor's present words (frames._PRESENT) without "today" and with "still": read here only,
# for a figure a later article gives as current ("still" in extraction cost a tally its evolving
# judgement).
_NOW = re.compile(r"\b(?:currently|now|remains?|still|so far|to date|as of now|at present)\b", re.I)


# A figure a change reached: "has raised its support package for the town to 320 million euros",
# "has cut the number of jobs to go at its plant to 3,182". Its article says the figure moved.
_CHANGED_TO = re.compile(
    r"\b(?:raised|increased|lifted|boosted|cut|reduced|lowered|trimmed|revised|upgraded|downgraded|risen|"
    r"rose|climbed|grown|grew|fallen|fell|dropped|jumped|swelled|doubled|extended|expanded|narrowed|widened|"
    r"brought|brings|bringing|takes|taking|pushes|pushing|raises|raising|lifts|lifting|cutting|reducing|"
    r"lowering|increasing|boosting|trimming|narrowing|widening|revising)\b"
    r"[^.;:!?\u2014]{0,80}?\bto\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over|"
    r"at least|just over|just under)\s+)?\Z", re.I)


# A figure its sentence calls a revision of an earlier one.
_REVISED = re.compile(
    r"\b(?:(?:first|initially|originally|previously|earlier)\s+(?:estimated|reported|thought|believed|feared|"
    r"announced|stated|put\s+it|given)|(?:revised|updated|corrected)\s+(?:figures?|estimates?|count|tally|toll|"
    r"total|data|numbers?)|(?:was|were|has\s+been|have\s+been)\s+(?:revised|corrected)|"
    r"(?:revised|updated|corrected|restated)\s+(?:its|their|the|his|her)\s+(?:[a-z-]+\s+)?(?:figures?|estimates?|"
    r"count|tally|toll|total|data|numbers?)|"  # "had revised its passenger count for 2025 down to"
    r"(?:after|following)\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:review|recount|audit|correction|"
    r"amendment|revision)|(?:amended|revised|corrected|restated)\s+(?:result|results|figures?|count|total)|"
    r"(?:has|have)\s+(?:also\s+)?been\s+(?:amended|revised|corrected|restated)|"
    # "€2.3 million, up from a first estimate the week before"
    r"(?:up|down|higher|lower|rising|falling)\s+from\s+(?:a|an|the|its|their|his|her)\s+(?:first|initial|"
    r"original|earlier|previous|provisional|preliminary)\s+(?:estimate|forecast|figure|projection|count|tally|"
    r"total)s?)\b", re.I)


def _revised(claim: Claim, sources: dict[str, Source]) -> bool:
    """Whether a change brought the figure where it is ("has raised its package to 320 million
    euros") or its sentence calls it a revision ("far more than first estimated")."""
    text = sources[claim.source].text
    return bool(_CHANGED_TO.search(text, claim.sentence_start, claim.start)
                or _REVISED.search(text, claim.sentence_start, claim.sentence_end))


def _now_in_its_clause(claim: Claim, sources: dict[str, Source]) -> bool:
    """Whether the word that makes a figure current is in the figure's own clause ("2,150 jobs
    are now at risk"), not in another one ("The certified numbers are now beyond dispute: ..."),
    or the figure is what a change brought it to ("has raised its package to 320 million euros")."""
    text = sources[claim.source].text
    if _revised(claim, sources):
        return True
    lo, hi = max(claim.sentence_start, claim.start - 60), min(claim.sentence_end, claim.end + 90)
    for m in _NOW.finditer(text, lo, hi):
        between = text[m.end():claim.start] if m.end() <= claim.start else text[claim.end:m.start()]
        if not re.search(r"[:;\u2014]", between):
            return True
    return False


def _state(claim: Claim, sources: dict[str, Source], vocab: Vocabulary) -> bool:
    """A state that lasts until it ends ("96,000 customers were still without power", "19 people
    are still missing"): reported a day later it may have risen or fallen, a difference of time."""
    return vocab.lasting_state(sources[claim.source].text, claim.sentence_start, claim.sentence_end)


def _tally(claim: Claim, sources: dict[str, Source], *, clause: bool = False) -> bool:
    """Whether a tally's words stand in the figure's sentence, or with ``clause`` in its own
    clause: "had so far paid out €6.4 million ..., out of €8.9 million set aside" makes the €6.4
    million a tally, not the €8.9 million."""
    text = sources[claim.source].text
    lo, hi = claim.sentence_start, claim.sentence_end
    if clause:
        lo = max((m.end() for m in re.finditer(r"[,;:(\u2014]", text[lo:claim.start])), default=0) + lo
        stop = re.search(r"[,;:)\u2014]", text[claim.end:hi])
        hi = claim.end + stop.start() if stop else hi
    return bool(_TALLY.search(text[lo:hi])) or _counted_by_a_time(claim, text)


def _counted_by_a_time(claim: Claim, text: str) -> bool:
    """"By last night 11 people had been treated in hospital": a count in a perfect up to a time
    of day that opens its sentence is a tally, which a later report may have moved on. (Only
    fronted: "412 guests had been flown out by Thursday evening" is a tally too, but a "by" after
    the verb also ends clauses that tally nothing, "All nine treated had been released by noon",
    and such a claim makes its whole fact evolve; on the gold sets the trailing form cost a real item.)"""
    fronted = _BY_A_TIME.match(text, claim.sentence_start)
    return fronted is not None and not re.search(r"[;:]", text[fronted.end():claim.start]) \
        and bool(_PERFECT.search(text, claim.end, min(claim.sentence_end, claim.end + 40)))


# a time of day a count runs up to ("By last night", "By 6pm", "By Thursday evening")
_BY_A_TIME = re.compile(
    r"\W*\bby\s+(?:(?:last|this|that|the\s+same)\s+(?:night|morning|afternoon|evening)|nightfall|midday|noon|midnight|"
    r"lunchtime|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|"
    r"night))?|the\s+end\s+of\s+(?:the\s+)?day|\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.))(?!\w)", re.I)
_PERFECT = re.compile(r"\b(?:had|have|has)\s+(?:now\s+|already\s+)?(?:been|[a-z]+ed)\b", re.I)


_TALLY = re.compile(r"\b(?:so far|to date|has (?:risen|climbed|grown|reached)|rose to|climbed to|"
                    r"(?:has|have|had) (?:now |since )?(?:gathered|collected|attracted|amassed|drawn|garnered)|"
                    r"risen to|(?:death )?toll|tally|running total|as of|latest (?:figures?|count))\b", re.I)

_REASON_SLUG = {"period": "period-difference", "measure": "measure-difference",
                "scope": "scope-difference", "time": "time-difference"}
_REASON_WORDS = {"period": "different periods", "measure": "different measures",
                 "scope": "different scopes", "time": "reported at different times"}


_OF_A_WHOLE = re.compile(r"\s*(?:per\s*cent|percent|pc|%)?\s+(?:of|among)\b", re.I)
# ("five and a half per cent" is a figure with a half in it, not a half of something)
_SHARE_WORDS = re.compile(r"(?i)\b(?:(?<!and a )half|third|quarter|fifth|tenth|in\s+(?:every\s+)?\w+|out\s+of)\b")


def _share_of_a_whole(claim: Claim, sources: dict[str, Source]) -> bool:
    """Whether a percentage is a share of a whole ("24.6% of all removals", "a quarter of the
    total", "one in four"), not a change or a rate."""
    if claim.role == "change" or claim.derived:
        return False
    return bool(_OF_A_WHOLE.match(sources[claim.source].text, claim.end, claim.sentence_end)
                or _SHARE_WORDS.search(claim.quote))


def _judged_apart(fact: Fact, parts: dict[str, list[Claim]], sources: dict[str, Source],
                  vocab: Vocabulary) -> list[Conflict]:
    """The conflicts of each part of a fact, judged as a fact of its own (keyed by the part)."""
    return [conflict for part, group in parts.items() for conflict in judge_fact(
        Fact(f"{fact.key}|{part}", fact.label, fact.kind, tuple(group)), sources, vocab)]


# the frame of one named person's ages in a conflict's fact key ("...|frame:person voss")
PERSON_FRAME = "|frame:person "


def judge_fact(fact: Fact, sources: dict[str, Source], vocab: Vocabulary) -> list[Conflict]:
    """The conflicts a fact's claims make: a contradiction within each group of claims that hold
    for the same frame (error), and, where groups for different frames disagree, one look-alike
    (warning) that names the difference; an agreement in other words (info) otherwise."""
    claims = [c for c in fact.claims if any(math.isfinite(x) for x in reader_interval(c))]
    claims = _durations_with_their_event(claims, sources, vocab)
    if len(claims) < 2:
        return []
    if fact.kind == "percent":
        shares = [c for c in claims if _share_of_a_whole(c, sources)]
        changes = [c for c in claims if c.role == "change"]
        if shares and changes:
            # "24.6% of all removals", "a quarter of the total" and "41 days from 57" (-28%), "up
            # 30.6%": a share of a whole and a change over time are two measures, judged apart
            return _judged_apart(fact, {"share": shares, "change": [c for c in claims if c not in shares]},
                                 sources, vocab)
        ups = [c for c in changes if c.direction == "up"]
        downs = [c for c in changes if c.direction == "down"]
        if ups and downs and len(group_sides(ups + downs)) > 1:
            # "41 days from 57" (-28.1%) and "up 30.6%": a fall and a rise of different sizes
            # are changes of two things; each is judged with the figures of its own direction
            return _judged_apart(fact, {"up": [c for c in claims if c not in downs], "down": downs}, sources, vocab)
    runs = _streak_runs(fact, claims, sources, vocab)
    if runs is not None:
        return runs
    elapsed = _elapsed_counts(fact, claims, sources)
    if elapsed is not None:
        return elapsed
    if fact.kind == "count" and not any(c.noun or _unit_of(c) for c in claims) and all(
            c.event is None or vocab.weak(c.event) for c in claims):
        return []  # bare numbers ("Brill, 51, said"): nothing says what they count, so no judgement
    # A length of time ("burned for 29 hours") is of a finished event unless a tally says so.
    lengths = all(_unit_of(c) == "s" or (c.noun and _TIME_UNIT.fullmatch(c.noun)) for c in claims)
    # figures of a state that lasts ("still without power") may rise or fall between reports
    states = frozenset(c.id for c in claims if _state(c, sources, vocab))
    evolving = (any(vocab.evolving(c.event) for c in claims) and not lengths) or bool(states) or any(
        _tally(c, sources) for c in claims)
    # The same digits in another order (14 and 41, 2,400 and 4,200) are a slip of the keyboard,
    # not a tally that moved on: time of report does not explain them.
    grows = evolving  # a figure that evolves may reach another's digits by chance
    evolving = evolving and not _transposed(claims)
    if all(c.event == "age" for c in claims):
        evolving = False  # an age does not move between reports weeks apart, whatever "toll" is near
    if all(isinstance(c.value, NumberValue) and c.value.time_of_day for c in claims):
        evolving = False  # the time something happened ("broke out at 6.42am") does not move either
    out: list[Conflict] = []
    # one named person's ages are judged below, with the person named in the explanation
    named = frozenset(c.id for _, person in _ages_by_person(claims, sources, vocab) for c in person)
    # Three or more digits in another order across articles ("168" and "186"), one figure
    # written in two units ("4,120 metres" against "4,120 feet"), or one exact figure's digits at
    # two scales ("£412,000" against "£4.12m"): too unlikely a coincidence for two frames, so a
    # slip whatever else differs; two digits in another order only where chance is unlikely
    # (see _short_slips). Each kind is judged on its own.
    for find, why, frame in ((_slips, _digits_slip_why, "digits in another order"),
                             (partial(_short_slips, sources=sources, evolving=grows, named=named), _digits_slip_why,
                              "two digits in another order"),
                             (partial(_year_slips, vocab=vocab), _digits_slip_why, "digits in another order"),
                             (_unit_slips, _unit_slip_why, "unit slip"),
                             (_scale_slips, _scale_slip_why, "decimal slip")):
        slipped = find(claims)
        if slipped:
            out.append(_conflict(fact, group_sides(slipped), MISMATCH_BY_KIND[fact.kind], why(slipped),
                                 sources, suffix=f"|frame:{frame}"))
            claims = [c for c in claims if c not in slipped]
            if len(claims) < 2:
                return out
    tables = _ranks_by_table(claims, vocab)
    if tables is not None:
        # "41st in the Halden University Guide" and "36th in the Meridian Rankings": places in
        # two tables are two measures; each table's places are judged on their own.
        for table, ranked in tables:
            sides = group_sides(ranked)
            if len(sides) > 1:
                out.append(_conflict(fact, sides, MISMATCH_BY_KIND[fact.kind], None, sources,
                                     suffix=f"|frame:table {table}"))
        return out
    for holder, person in _ages_by_person(claims, sources, vocab):
        # "Kellan Marsh, 34," against "Kellan Marsh, 43,": one named person's age, whatever other
        # people's ages the fact holds. Judged on their own.
        out.append(_conflict(fact, group_sides(person), MISMATCH_BY_KIND[fact.kind],
                             f"the ages given for one named person ({holder}) disagree", sources,
                             suffix=f"{PERSON_FRAME}{holder}"))
        claims = [c for c in claims if c not in person]
    if len(claims) < 2:
        return out
    now = _current_later(claims, sources)
    groups, varying = partition_by_frame(claims, sources, vocab, evolving, now)
    for group in groups:
        sides = group_sides(group)
        if len(sides) > 1:
            suffix = "" if len(groups) == 1 else "|frame:" + _frame_label(group[0], varying, sources)
            statements = _statement_dates(group, sides, sources, vocab)
            if statements is not None:
                out.append(_conflict(fact, sides, "time-difference", statements, sources, suffix=suffix))
                continue
            both = _stated_together(sides)
            if both is not None:
                out.append(_conflict(fact, sides, "measure-difference", both, sources, suffix=suffix))
                continue
            counted = _counted_apart(fact, sides, sources, vocab)
            if counted is not None:
                out.append(_conflict(fact, sides, "measure-difference", counted, sources, suffix=suffix))
                continue
            people = _unshared_people(group, sides, sources, vocab)
            if people is not None:
                out.append(_conflict(fact, sides, "scope-difference", people, sources, suffix=suffix))
                continue
            out.append(_conflict(fact, sides, MISMATCH_BY_KIND[fact.kind], None, sources, suffix=suffix))
    sides = group_sides(claims)
    if len(groups) > 1 and len(sides) > 1:
        # Values differ across frames: say which differences may explain it.
        reasons: dict[str, list[str]] = {}
        for i, ga in enumerate(groups):
            for gb in groups[i + 1:]:
                if len(group_sides([*ga, *gb])) < 2:
                    continue
                found = differences(_stating(ga), _stating(gb), sources, vocab, now)
                if set(found) == {"time"} and ((not _grows_with_time(ga, gb, sources) and (
                        not any(c.id in now or c.id in states for c in (*ga, *gb)) or _occurrences([*ga, *gb])))
                        or _returns_to(ga, gb, groups, sources)):
                    # a tally that fell between reports is not explained by time; nor is how often
                    # a thing has happened ("the county's third known Roman villa", then "only
                    # the second"), which no later report can lower; nor a figure that reports
                    # before and after it both give otherwise
                    continue
                for reason, words in found.items():
                    reasons.setdefault(reason, [])
                    if words not in reasons[reason]:
                        reasons[reason].append(words)
        if reasons:
            present = [r for r in ("period", "measure", "scope", "time") if r in reasons]
            explanation = "; ".join(f"{_REASON_WORDS[r]}: {', '.join(reasons[r][:3])}" for r in present)
            out.append(_conflict(fact, sides, _REASON_SLUG[present[0]], explanation, sources))
        elif not out:
            # The frames differ only where one claim is silent (a period one states, the other
            # leaves unsaid): silence explains nothing, so the disagreement stands.
            out.append(_conflict(fact, sides, MISMATCH_BY_KIND[fact.kind], None, sources))
    if not out and len(sides) == 1:
        displays = {c.display for c in claims if not c.derived}
        if len(displays) >= 2 and len({c.source for c in claims}) >= 2:
            slug = "unit-agreement" if _units_differ(claims) else "rounding-agreement"
            explanation = "consistent within rounding and hedges: " + ", ".join(sorted(displays))
            out.append(_conflict(fact, sides, slug, explanation, sources))
    return out


_TIME_UNIT = re.compile(r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)", re.I)
_PERIOD_PHRASE = re.compile(r"\b(?:in|within|over|during|the|past|last|first|next|previous|"
                            r"preceding|following)\s+$", re.I)
# "the three months to Sept. 30", "the year to date"; not "180 days to claim", what the time is for
_OWN_CLAUSE = re.compile(r"\s+(?:that\s+|which\s+)?(?:he|she|they|it|we|i)\s+(?:had\s+|has\s+|have\s+)?"
                         r"(?:spent|served|waited|lasted|took|worked|stayed|remained|lived)\b", re.I)
_PERIOD_AFTER = re.compile(r"\s+(?:to(?!\s+(?!the\b|date\b|end\b)[a-z]+\b)|ended|ending|through|until|ago|earlier|"
                           r"later)\b")


_SINCE_LAST = re.compile(r"\s+since\s+(?:its|their|his|her|the)\s+(?:last|previous|most\s+recent|first)\b", re.I)


def _durations_with_their_event(claims: list[Claim], sources: dict[str, Source],
                                vocab: Vocabulary) -> list[Claim]:
    """A length of time ("four years", "12 months") is a fact only when an event says what
    lasted that long ("a five-year contract", "jailed for 12 years"). One that frames another
    figure ("revenue for the three months to Sept. 30", "twice in 12 months", "two years ago")
    or that only a reporting verb governs ("said Lau, who has run the deli for 11 years") is
    not judged: durations of different things are not one fact."""
    out = []
    gone_by: set[str] = set()
    for c in claims:
        if c.kind == "count" and c.noun and _TIME_UNIT.fullmatch(c.noun):
            text = sources[c.source].text
            before = text[max(c.sentence_start, c.start - 16):c.start]
            after = text[c.end:min(c.sentence_end, c.end + 30)]
            unit_end = re.match(r"[\s-]*" + _TIME_UNIT.pattern, after, re.I)
            lead = _PERIOD_PHRASE.search(before)
            # "the nine days of walkouts" counts the walkouts; "the three months to Sept. 30" frames
            # so does "the 192 days he had spent on remand": a clause of its own says what lasted
            what = unit_end is not None and (re.match(r"\s+of\s", after[unit_end.end():]) is not None
                                             or _OWN_CLAUSE.match(after, unit_end.end()) is not None)
            framing = (lead is not None and not (lead.group(0).strip().lower() == "the" and what)) or (
                unit_end is not None and bool(_PERIOD_AFTER.match(after, unit_end.end())))
            # "had logged 11,240 hours since its last overhaul": the time gone by since an event
            # the words after it name, whatever verb reports it
            since = unit_end is not None and _SINCE_LAST.match(after, unit_end.end()) is not None
            if framing or ((c.event is None or vocab.weak(c.event)) and not since):
                continue
            if since:
                gone_by.add(c.id)
        out.append(c)
    # (the time gone by since an event is judged whatever verb each article reports it with)
    durations = [c for c in out if c.kind == "count" and c.noun and _TIME_UNIT.fullmatch(c.noun)
                 and c.id not in gone_by]
    events = Counter(vocab.canonical(c.event) for c in durations)
    if len(events) > 1:
        # Lengths of different events: only the event most of them measure is judged.
        (top, n), (_, m) = events.most_common(2)
        out = [c for c in out if c not in durations or (n > m and vocab.canonical(c.event) == top)]
    return out


_STREAK = re.compile(r"[\w\s'’-]{0,30}?\b(?:consecutive|in a row|straight|successive|running)\b", re.I)
_STREAK_GAP_DAYS = 14
_RUN_UNIT = re.compile(r"[\w\s'’-]{0,30}?\b(day|daily|week|month|quarter|year|annual)(?:s|ly)?\b", re.I)
_RUN_UNIT_DAYS = {"day": 1.0, "daily": 1.0, "week": 7.0, "month": 28.0, "quarter": 89.0, "year": 365.0,
                  "annual": 365.0}  # "the second consecutive annual fall"


_RUN_WORD = re.compile(r"[A-Za-z]+")
_RUN_UP = frozenset("increase increases rise rises gain gains growth climb climbs jump jumps advance advances "
                    "win wins victory victories".split())
_RUN_DOWN = frozenset("decline declines fall falls drop drops decrease decreases reduction reductions cut cuts "
                      "dip dips loss losses defeat defeats".split())


def _run_direction(claim: Claim, sources: dict[str, Source]) -> str | None:
    """"up" for a run of rises or wins, "down" for one of falls or losses, read from the words
    after the ordinal ("the third consecutive monthly increase"); None when none says."""
    text = sources[claim.source].text
    for word in _RUN_WORD.findall(text, claim.end, min(claim.sentence_end, claim.end + 40)):
        w = word.lower()
        if w in _RUN_UP:
            return "up"
        if w in _RUN_DOWN:
            return "down"
    return None


def _run_unit(claims: Sequence[Claim], sources: dict[str, Source]) -> float | None:
    """The shortest time one step of a run takes, in days ("the third consecutive monthly rise":
    a month, counted short), when every claim names its unit; None when one does not."""
    units = set()
    for c in claims:
        found = _RUN_UNIT.match(sources[c.source].text, c.end, min(c.sentence_end, c.end + 40))
        if found is None:
            return None
        units.add(_RUN_UNIT_DAYS[found.group(1).lower()])
    return min(units) if units else None


def _elapsed_counts(fact: Fact, claims: Sequence[Claim], sources: dict[str, Source]) -> list[Conflict] | None:
    """"Now in its 10th day" on July 14 and "in its 11th day" on July 15: a count of elapsed time
    moves on by itself. Reports whose counts, taken back by their publication dates, meet at one
    start (within one unit) agree; the difference between them is one of time. Otherwise they
    are judged as any figures."""
    units = {elapsed_unit(c) for c in claims}
    if len(units) != 1 or None in units:
        return None
    step = _UNIT_DAYS[str(next(iter(units)))]
    starts = []
    for c in claims:
        published = sources[c.source].published_value
        if published is None or published.earliest is None or published.precision != "day":
            return None
        low, high = reader_interval(c)
        starts.append(published.earliest.toordinal() / step - (low + high) / 2)
    if max(starts) - min(starts) > 1.0 or len({sources[c.source].published for c in claims}) < 2:
        return None
    sides = group_sides(claims)
    if len(sides) < 2:
        return []
    days = ", ".join(f"{side_value(side)} on {sorted({sources[c.source].published or '' for c in side})[0]}"
                     for side in sides)
    why = f"reported at different times: a count of elapsed time moves on with the calendar ({days})"
    return [_conflict(fact, sides, "time-difference", why, sources)]


def _streak_runs(fact: Fact, claims: Sequence[Claim], sources: dict[str, Source],
                 vocab: Vocabulary) -> list[Conflict] | None:
    """"The fourth cut in a row" in April and "its fifth consecutive reduction" in May: a run
    grows between reports weeks apart. Reports within two weeks of each other are judged
    together (they must agree); across such spells, a run that grew is a difference of time."""
    if fact.kind != "ordinal" or not all(
            _STREAK.match(sources[c.source].text, c.end, min(c.sentence_end, c.end + 40)) for c in claims):
        return None
    ways = {c.id: _run_direction(c, sources) for c in claims}
    if {"up", "down"} <= set(ways.values()):
        # "the third consecutive monthly increase" and "a second consecutive decline in permits":
        # a run of rises and a run of falls are two runs, each judged on its own
        return _judged_apart(fact, {f"run:{way or 'other'}": [c for c in claims if ways[c.id] == way]
                                    for way in ("up", "down", None)}, sources, vocab)
    dated = []
    for c in claims:
        p = sources[c.source].published_value
        if p is None or p.earliest is None:
            return None
        dated.append((p.earliest, c))
    dated.sort(key=lambda x: (x[0], x[1].source, x[1].start))
    spells: list[list[tuple[dt.date, Claim]]] = [[dated[0]]]
    for day, c in dated[1:]:
        if (day - spells[-1][-1][0]).days > _STREAK_GAP_DAYS:
            spells.append([])
        spells[-1].append((day, c))
    if len(spells) < 2:
        return None
    out: list[Conflict] = []
    for spell in spells:
        part = Fact(f"{fact.key}|spell:{spell[0][0].isoformat()}", fact.label, fact.kind,
                    tuple(c for _, c in spell))
        out.extend(judge_fact(part, sources, vocab))
    lows = [min(reader_interval(c)[0] for _, c in spell) for spell in spells]
    highs = [max(reader_interval(c)[1] for _, c in spell) for spell in spells]
    unit = _run_unit(claims, sources)
    for i in range(len(spells) - 1):
        j = i + 1
        gap = (spells[j][0][0] - spells[i][-1][0]).days
        if unit is not None and highs[j] < lows[i] and gap < highs[j] * unit:
            # "the third consecutive monthly increase" in April, "the second consecutive monthly
            # rise" four weeks later: a run does not shrink, and a new one could not have grown
            # to two months in four weeks
            shrunk = [c for _, c in spells[i]] + [c for _, c in spells[j]]
            out.append(_conflict(fact, group_sides(shrunk), MISMATCH_BY_KIND[fact.kind],
                                 f"a run cannot shrink from {format_number(lows[i])} to {format_number(highs[j])} "
                                 f"in {gap} days", sources, suffix="|frame:run"))
    if all(highs[i] < lows[i + 1] for i in range(len(spells) - 1)):
        words = ", then ".join(" or ".join(sorted({c.display for _, c in spell})) + f" by {spell[-1][0].isoformat()}"
                               for spell in spells)
        out.append(_conflict(fact, group_sides(claims), "time-difference",
                             f"reported at different times: a run that grew ({words})", sources))
    return out


_NEXT_WORD_ANY = re.compile(r"[ \t-]*([A-Za-z][a-z'’-]+)(?![\w'’-])")
_NOUN_STOPS = frozenset("""of in on at to for from by with and or but than as that which who were was
is are be been have has had said says will would could may might per a an the its their his her""".split())
_COMPOUND_UNIT = re.compile(r"-([a-z]{3,})(?![\w-])")
_PARTITIVE = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|these|those)\s+(?:[\w’'-]+['’]s\s+)?"
                        r"(?:\d[\d,.]*\s+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                        r"twelve|twenty|hundred)\s+)?")
_GENERIC_PLURALS = frozenset({"individual", "person", "other", "time", "unit", "case", "item", "thing"})


def _counted_word(claim: Claim, sources: dict[str, Source], vocab: Vocabulary) -> str | None:
    """The plural noun written right after a count ("412 patients in 14 countries": patient,
    country), singular, or None when there is none, it is a unit, or it is generic."""
    text = sources[claim.source].text
    pos = claim.end
    compound = _COMPOUND_UNIT.match(text, pos)
    if compound:  # "a 28-foot fishing boat", "a 27-page ruling", "ten-year bond yields"
        unit = _singular(compound.group(1).lower())
        if vocab.unit_of(unit) or vocab.unit_of(unit + "s"):
            return None
        after = _counted_plural(text, compound.end())
        return f"{unit} {after[1]}" if after else unit
    partitive = _PARTITIVE.match(text, pos)
    if partitive:  # "Nine of the ten warmest years", "12 of the museum's 36 cameras"
        pos = partitive.end()
    found = _counted_plural(text, pos)  # "116 Chinese migrants", "120 international repatriation flights"
    if found is None or vocab.unit_of(found[0]) is not None or found[1] in _GENERIC_PLURALS:
        return None
    return found[1]


def _counted_plural(text: str, pos: int) -> tuple[str, str] | None:
    """The first plural within three words from ``pos``, as written and in the singular
    ("international repatriation flights" -> flights, flight); None past a stop word."""
    for _ in range(3):
        m = _NEXT_WORD_ANY.match(text, pos)
        if m is None or m.group(1).lower() in _NOUN_STOPS:
            return None
        pos, word = m.end(), m.group(1)
        if word.islower() and word.endswith("s") and len(word) > 3:
            return word, _singular(word)
    return None


def _singular(word: str) -> str:
    """"countries" -> "country", "ballots" -> "ballot", "churches" -> "church", "votes" -> "vote"."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _counted_apart(fact: Fact, sides: Sequence[Sequence[Claim]], sources: dict[str, Source],
                   vocab: Vocabulary) -> str | None:
    """Counts of different things ("22,000 customers" and "30,000 residents", "412 patients in
    14 countries"): every side names what it counts right after the figure, and no two sides
    name the same thing. A difference of measure, not a contradiction."""
    if fact.kind != "count":
        return None
    words = [{w for c in side if (w := _counted_word(c, sources, vocab))} for side in sides]
    if not all(words):
        return None  # a side with no noun of its own right after its figure
    if any(a & b for i, a in enumerate(words) for b in words[i + 1:]):
        return None
    return "different measures: " + " against ".join(", ".join(sorted(w)) for w in words)


def _unit_of(claim: Claim) -> str | None:
    return claim.value.unit if isinstance(claim.value, NumberValue) else None


def _unshared_people(group: Sequence[Claim], sides: Sequence[Sequence[Claim]],
                     sources: dict[str, Source], vocab: Vocabulary) -> str | None:
    """Ages ("the 29-year-old", "Lenz, 52,") and race times ("Worku finished second in 2:04:12")
    belong to a person: when the sides name no one in common, or each figure follows the name
    of a different person, they may be two people, a difference of scope, not a contradiction."""
    timed = all(isinstance(c.value, NumberValue) and c.value.unit == "s" for c in group)
    if not timed and not all(is_age(c) and not (c.noun or "").endswith(" age") for c in group):
        return None  # "an average age of 62" is a group's figure, not a person's
    if not timed and all(aged_thing(c.noun, vocab) for c in group):
        return None  # "the 52-year-old dam" against "the 48-year-old dam": one thing's age
    roles = [{" ".join((c.noun or "").lower().split()[1:2]) for c in side} for side in sides]
    held = [r.pop() for r in roles if len(r) == 1 and r <= vocab.role_nouns]
    if not timed and len(held) > len(set(held)):
        return None  # "the 58-year-old driver" against "the 53-year-old driver": the crash's one driver
    holders = [{h for c in side if (h := _holder(c, sources)) is not None} for side in sides]
    if all(holders) and not set.intersection(*holders):
        return ("different scopes: figures that follow the names of different people ("
                + ", ".join(sorted(set().union(*holders))) + ")")
    if timed or (all(holders) and set.intersection(*holders)):
        return None  # "Kellan Marsh, 34" against "Kellan Marsh, 43": one person's age
    named = [{e for c in side for e in c.entities if e.startswith("name:")} for side in sides]
    if set.intersection(*named):
        return None
    return "different scopes: ages of people the articles do not name alike, who may be different people"


_HOLDER = re.compile(r"\b((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)(?=[^A-Z.;]{0,45}\Z)")
_NOT_HOLDER = CALENDAR_NAMES | frozenset("""The A An In On At By For From Since After Before During It He She
They His Her Their Its This That These Those But And Or When While Last Next""".split())


def _holder(claim: Claim, sources: dict[str, Source]) -> str | None:
    """The surname of the person named last before a figure in its clause, if any."""
    name = _holder_name(claim, sources)
    return name[-1] if name else None


def _holder_name(claim: Claim, sources: dict[str, Source]) -> tuple[str, ...]:
    """The name (lower-case words) of the person named last before a figure in its clause."""
    text = sources[claim.source].text
    window = text[max(claim.sentence_start, claim.start - 60):claim.start]
    found = [m.group(1) for m in _HOLDER.finditer(window)]
    after = _NAME_AFTER_AGE.match(text, claim.end, claim.sentence_end)
    if after is not None:
        found.append(after.group(1))  # "the 24-year-old Doyle", "the 22-year-old fly-half Ewan Doyle"
    names = " ".join(e for e in claim.entities if e.startswith("name:"))
    for name in reversed(found):
        words = [w for w in name.split() if w not in _NOT_HOLDER]
        if words and _name_words(words)[-1] in names:
            # a name the sentence's entities hold: not a capitalized common word opening the
            # sentence ("Engineers are working 12-hour shifts")
            return _name_words(words)
    return ()


def _name_words(words: Sequence[str]) -> tuple[str, ...]:
    """A written name as lower-case words, the possessive off its last: "Marsh's" -> "marsh"."""
    return (*(w.lower() for w in words[:-1]), _POSSESSIVE.sub("", words[-1].lower()))


_POSSESSIVE = re.compile(r"['’]s?\Z")  # "Marsh's", "Jones'"; not the s of "Voss"


# "the 24-year-old Doyle", "the company's 36-year-old founder, Dario Vellent": the name after the age
_NAME_AFTER_AGE = re.compile(r"[- ]years?[- ]old\s+(?:[a-z][\w-]*\s+){0,2}(?:[a-z][\w-]*,\s+)?"
                             r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)")


def _stated_together(sides: Sequence[Sequence[Claim]]) -> str | None:
    """Two values where every article giving one also gives the other ("640 jobs in Port
    Alder" and "part of the roughly 1,800 layoffs", the wire giving 1,800 only): the articles
    themselves tell the figures apart, a frame the extractor did not read, not a contradiction.
    An article rarely contradicts itself. With three values or more, or when each value has an
    article of its own, the disagreement stands."""
    if len(sides) != 2:
        return None
    a, b = ({c.source for c in side if not c.derived} for side in sides)
    if not a or not b or not (a <= b or b <= a):
        return None
    both = ", ".join(sorted(a & b))
    return ("the same article gives both figures (" + both + "), so it treats them as "
            "different things: check what each one counts")


def _statement_dates(group: Sequence[Claim], sides: Sequence[Sequence[Claim]], sources: dict[str, Source],
                     vocab: Vocabulary) -> str | None:
    """Dates of statements ("said on Tuesday") in articles published on different days are
    likelier two statements than one misdated: a difference of time, not a contradiction."""
    if group[0].kind != "date" or not all(vocab.weak(c.event) for c in group):
        return None
    if not all(_near_publication(c, sources) for c in group):
        return None  # a statement is dated days before the article, not years ("2019 to 2022")
    if not all(_SPEECH.search(sources[c.source].text, max(c.sentence_start, c.start - 60),
                              min(c.sentence_end, c.end + 60)) for c in group):
        return None  # "a study published on Wednesday" dates one event, not a repeatable statement
    days = [{sources[c.source].published for c in side} for side in sides]
    if any(a & b for i, a in enumerate(days) for b in days[i + 1:]):
        return None  # sources published the same day disagree: that is a contradiction
    return ("reported at different times: these may be different statements, each dated by an "
            "article published on another day")


_SPEECH = re.compile(r"\b(?:said|says|say|told|tells|announc\w*|statement|stated|states|added|noted|confirmed|"
                     r"declared|briefing|press conference|news conference)\b", re.I)


def _near_publication(claim: Claim, sources: dict[str, Source]) -> bool:
    """Whether a date falls within a month before (or on) its article's publication."""
    published = sources[claim.source].published_value
    v = claim.value
    if published is None or published.earliest is None or not isinstance(v, DateValue) or v.latest is None \
            or v.earliest is None:
        return False
    latest = published.latest or published.earliest
    return v.latest >= published.earliest - dt.timedelta(days=31) and v.earliest <= latest


def _occurrences(claims: Sequence[Claim]) -> bool:
    """Whether the claims are ordinals that count how often a thing has happened or how many are
    known ("the third closure since 2014", "the county's third known Roman villa"), not places in
    a table that moves nor runs that may end."""
    return all(c.kind == "ordinal" and not streak(c) and (recurrence(c) or bool(_KNOWN & set(c.near)))
               for c in claims)


_KNOWN = frozenset({"known", "found", "discovered", "recorded"})


def _reported(group: Sequence[Claim], sources: dict[str, Source]) -> str:
    """When a group of claims was last reported: the latest publication day of its articles."""
    return max(sources[c.source].published or "" for c in group)


def _grows_with_time(ga: Sequence[Claim], gb: Sequence[Claim], sources: dict[str, Source]) -> bool:
    """Whether the later report gives the larger figure, as a running tally does."""
    def size(group: Sequence[Claim]) -> float:
        lows = [reader_interval(c)[0] for c in group]
        return max(x for x in lows if math.isfinite(x)) if any(math.isfinite(x) for x in lows) else 0.0

    early, late = (ga, gb) if _reported(ga, sources) <= _reported(gb, sources) else (gb, ga)
    return size(late) >= size(early)


_DATED_NEAR = 40  # characters either side of a figure in which a calendar day dates it


def _returns_to(ga: Sequence[Claim], gb: Sequence[Claim], groups: Sequence[Sequence[Claim]],
               sources: dict[str, Source]) -> bool:
    """Whether one of two reports' figures is given again by a report on the far side of the
    other in time: "86 staff" on 27 January, "96 staff" on 26 February, "the 86 staff" on 12
    March. A figure that moved would not come back to the same value; the report between them is
    the odd one out, not a later state."""
    def when(group: Sequence[Claim]) -> str:
        return _reported(group, sources)

    def alike(x: Sequence[Claim], y: Sequence[Claim]) -> bool:
        return len(group_sides([*x, *y])) == 1

    def dated(group: Sequence[Claim]) -> bool:
        # "30 per cent on 17 January" in an article of 30 January holds for its own day
        return any(_CALENDAR_DAY.search(sources[c.source].text, max(c.sentence_start, c.start - _DATED_NEAR),
                                        min(c.sentence_end, c.end + _DATED_NEAR)) for c in group)

    early, late = (ga, gb) if when(ga) <= when(gb) else (gb, ga)
    if when(early) == when(late) or dated(ga) or dated(gb):
        return False
    for other in groups:
        if other is ga or other is gb or dated(other):
            continue
        if when(other) > when(late) and alike(other, early) and not alike(other, late):
            return True
        if when(other) < when(early) and alike(other, late) and not alike(other, early):
            return True
    return False


def _digits(claim: Claim) -> str:
    """The digits a figure is written with; for a sum or share said in words ("ninety-eight
    euros", "six point four million pounds"), the significant digits of its value (98, 64): a
    script's slip is read out as written. (Counts said in words too moved suggestions of
    tallies that evolve, for no item more.)"""
    written = "".join(ch for ch in claim.quote if ch.isdigit())
    v = claim.value
    if written or claim.kind not in ("money", "percent") or not isinstance(v, NumberValue) or not v.stated:
        return written
    return significant_digits(round(float(v.stated) / claim.scale, 6))


def _transposed(claims: Sequence[Claim]) -> bool:
    """Whether two claims of different sources write different figures with the same digits."""
    return bool(_same_digits(claims, 2))


def _ranks_by_table(claims: Sequence[Claim], vocab: Vocabulary) -> list[tuple[str, list[Claim]]] | None:
    """Ranks grouped by the one named ranking each claim's sentence names ("the Halden University
    Guide", "the Meridian Rankings"), when there are two or more such tables and every rank names
    exactly one; None otherwise."""
    if not claims or any(c.kind != "ordinal" for c in claims):
        return None
    by_table: dict[str, list[Claim]] = {}
    for c in claims:
        named = {e for e in c.entities if e.startswith("name:") and e[len("name:"):].split()[-1] in vocab.table_nouns}
        if len(named) != 1:
            return None
        by_table.setdefault(named.pop()[len("name:"):], []).append(c)
    return sorted(by_table.items()) if len(by_table) > 1 else None


def _ages_by_person(claims: Sequence[Claim], sources: dict[str, Source], vocab: Vocabulary
                    ) -> list[tuple[str, list[Claim]]]:
    """The ages that follow one person's name ("Kellan Marsh, 34,"), per person, where two or
    more sources give that person different ages."""
    named: list[tuple[tuple[str, ...], Claim]] = []
    by_role: list[tuple[str, Claim]] = []
    unnamed: list[Claim] = []  # "The 24-year-old, who needed only a draw": named before it
    later: list[tuple[tuple[str, ...], Claim]] = []  # one capitalized word after the age
    titles: dict[str, set[tuple[str, ...]]] = {}  # "governor" -> the names written after that title
    from_place: dict[str, list[Claim]] = {}  # "kelby" -> the ages of "a 41-year-old man from Kelby"
    for c in claims:
        if not is_age(c) or aged_thing(c.noun, vocab) or (c.noun or "").endswith(" age") \
                or _age_at_another_time(c, sources[c.source]):
            continue  # a thing's age, a group's, or an age at another time ("a 35-year-old in 2008-09")
        text = sources[c.source].text
        if _AGE_AT_A_TIME.search(text, max(c.sentence_start, c.start - 12), c.start):
            continue  # "who turned 27 on 2 May", "at 27": an age tied to a moment
        written, after = _age_holder(c, text)
        place = _HOME_AFTER_AGE.match(text, c.end, c.sentence_end)
        if place is not None and (after or not written):
            # "a 41-year-old man from Kelby": no name, but one person the reports tell apart by
            # where they are from
            from_place.setdefault(place.group(1).lower(), []).append(c)
            continue
        name = written[-2:]  # "Captain Ilse Marwick" is "Ilse Marwick"
        if len(name) == 2 and name[0].title() in _TITLES:
            name = name[1:]  # "Mr Pellow, 61," is the Pellow named in full elsewhere ("Gerald Pellow, 57,")
        if name and after and len(name) == 1:
            later.append((name, c))  # "the 24-year-old Doyle", or "the 24-year-old Kestrel-Norland rider"
            continue
        if name:
            named.append((name, c))
            for title in written[:-2]:
                if title in vocab.role_nouns:
                    titles.setdefault(title, set()).add(name)
            continue
        if not _after_the(c, text):
            continue  # "a 34-year-old keeper": someone not named before
        head = (c.noun or "").split()[1:2]
        if head and head[0] in vocab.role_nouns:
            by_role.append((head[0], c))  # "The 64-year-old governor"
        elif not any(w in vocab.kin_nouns for w in (c.noun or "").split()[1:4]):
            # not "the 29-year-old brother", "the 29-year-old mechanic brother"
            unnamed.append(c)
    for role, c in by_role:
        holders = titles.get(role, set())
        if len(holders) == 1:
            named.append((next(iter(holders)), c))  # the one governor the story names
    surnames = {n[-1] for n, _ in named}
    for name, c in later:
        # one capitalized word after the age is a name when another age names that person ("the
        # 24-year-old Doyle"); else it may be a team or a nationality ("The 24-year-old
        # Kestrel-Norland rider"), and the age is read as one with no name of its own
        if name[-1] in surnames or not _after_the(c, sources[c.source].text):
            named.append((name, c))
        else:
            unnamed.append(c)
    written_names = {n for n, _ in named}
    for c in unnamed:
        # "Anton Orlov ... sealed the title. The 24-year-old, who needed only a draw": a definite
        # age with no name of its own is the person last named before it in the article, among
        # those the other ages name
        last = _last_named(sources[c.source], c.start, written_names)
        if last is not None:
            named.append((last, c))
    full = {n for n, _ in named if len(n) > 1}
    people: dict[str, list[Claim]] = {}
    for name, c in named:
        # "Mallory, 27," is Owen Mallory only when no other Mallory (his mother, 58) is named
        matches = [f for f in full if f[-1] == name[-1]] if len(name) == 1 else [name]
        if len(matches) == 1:
            people.setdefault(" ".join(matches[0]), []).append(c)
        elif not matches:
            people.setdefault(name[-1], []).append(c)
    for home, group in from_place.items():
        # one age per article for the one from that place; two in one article are two people
        if all(len({_stated_value(c) for c in group if c.source == x}) == 1 for x in {c.source for c in group}):
            people.setdefault(f"the one from {home.title()}", []).extend(group)
    return [(holder, group) for holder, group in sorted(people.items())
            if len({c.source for c in group}) > 1 and len(group_sides(group)) > 1]


_RECENT_DAYS = 92  # "Lawyers for the 62-year-old filed papers last week": an age of these days


def _age_at_another_time(claim: Claim, source: Source) -> bool:
    """Whether an age holds for another time than the article's ("a 35-year-old in 2008-09"),
    not for a day of the last few months the sentence's verb is dated by ("last week")."""
    if claim.period_text == PRESENT_TEXT or (claim.period is None and not claim.period_text):
        return False
    published = source.published_value
    if claim.period is None or published is None or published.latest is None or claim.period.earliest is None \
            or claim.period.latest is None:
        return True
    return not (0 <= (published.latest - claim.period.earliest).days <= _RECENT_DAYS
                and claim.period.latest <= published.latest)


def _last_named(source: Source, before: int, names: set[tuple[str, ...]]) -> tuple[str, ...] | None:
    """Of ``names``, the one whose last word the article's body writes last before ``before``."""
    best: tuple[int, tuple[str, ...]] | None = None
    for name in names:
        found = [m.start() for m in re.compile(rf"\b{re.escape(name[-1])}\b", re.I).finditer(
            source.text, source.body_start, before)]
        if found and (best is None or found[-1] > best[0]):
            best = (found[-1], name)
    return best[1] if best else None


def _after_the(claim: Claim, text: str) -> bool:
    """Whether "the" comes right before the figure ("The 24-year-old", "the 64-year-old governor")."""
    return _THE_AGED.search(text, max(claim.sentence_start, claim.start - 6), claim.start) is not None


def _age_holder(claim: Claim, text: str) -> tuple[tuple[str, ...], bool]:
    """The name (lower-case words, a title first if written) an age is given in apposition to:
    "Kellan Marsh, 34,", "Anton Orlov, the 25-year-old", "the 24-year-old Doyle"; not a name
    further off ("Boreal said in a statement that the 52-year-old captain"). And whether the name
    comes after the age."""
    before = _APPOSED_NAME.search(text, max(claim.sentence_start, claim.start - 60), claim.start)
    if before is not None and _PLACE_PREPOSITION.search(text, max(claim.sentence_start, before.start() - 8),
                                                        before.start()):
        before = None  # "a 41-year-old man from Kelby, a 34-year-old man from Tarnmouth": a place
    found = before.group(1) if before else None
    if before is None:
        # "Varga, who was born in 1941, was 79": the subject of the verb the age completes, by the
        # full name its own article gives ("Ines Varga"; "Quill" is Margaret Quill, not her son)
        subject = _NAME_WHO_WAS.search(text, max(claim.sentence_start, claim.start - 120), claim.start)
        if subject is not None:
            before = subject
            own = _full_names(text, subject.group(1)) if " " not in subject.group(1) else set()
            found = " ".join(w.title() for w in next(iter(own))) if len(own) == 1 else subject.group(1)
    if found is None:
        after = _NAME_AFTER_AGE.match(text, claim.end, claim.sentence_end)
        found = after.group(1) if after else None
    words = [w for w in (found or "").split() if w not in _NOT_HOLDER]
    return (_name_words(words) if words else ()), before is None


_APPOSED_NAME = re.compile(r"((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+),\s+(?:(?:the|a|an)\s+)?\Z")
def _full_names(text: str, surname: str) -> set[tuple[str, ...]]:
    """The full names (lower-case words) an article writes with ``surname`` ("Margaret Quill")."""
    found = re.finditer(rf"\b([A-Z][a-z'’-]+)\s+{re.escape(surname)}\b", text)
    return {(m.group(1).lower(), surname.lower()) for m in found if m.group(1) not in _NOT_HOLDER
            and m.group(1) not in _TITLES}


# words of address before a surname: "Dr Marsh" is the Helena Marsh another sentence names in full
_TITLES = frozenset("Mr Mrs Ms Miss Mx Dr Rev Sir Dame Lord Lady Judge Justice Professor Prof Captain Chief".split())
_NAME_WHO_WAS = re.compile(r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+),\s+who\s+[^,;]{1,80},\s+(?:was|is)\s+"
                           r"(?:aged\s+)?\Z")
_THE_AGED = re.compile(r"(?i)\bthe\s+\Z")
_HOME_AFTER_AGE = re.compile(r"-?\s*years?[- ]old(?:\s+[a-z]+){0,3}\s+from\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_PLACE_PREPOSITION = re.compile(r"\b(?:from|in|of|at|near)\s+\Z")
_AGE_AT_A_TIME = re.compile(r"(?i)\b(?:turned|turns|turning|at|aged)\s+\Z")


def _slips(claims: Sequence[Claim]) -> list[Claim]:
    """The number claims of two or more sources whose figures are one another's digits in another
    order, three digits or more, at one magnitude ("168" and "186", "12.6" and "16.2", not "1.61"
    and "11.6"); empty when there are none."""
    return _across_articles(_same_digits(_stated_numbers(claims), 3, by_magnitude=True))


def _stated_numbers(claims: Sequence[Claim]) -> list[Claim]:
    return [c for c in claims if isinstance(c.value, NumberValue) and c.value.stated]


SHORT_SLIP_VALUES = 3  # the most values a fact may hold for two digits in another order to be a slip


def _short_slips(claims: Sequence[Claim], *, sources: dict[str, Source], evolving: bool,
                 named: frozenset[str] = frozenset()) -> list[Claim]:
    """Two-digit figures of two or more sources that are one another's digits in another order
    ("34" and "43", "$2.4 billion" and "$4.2 billion"), in a fact of at most three values: in a
    fact of many values two digits meet by chance, and so does a figure that evolves with the
    larger one reported later (17 deaths, then 71 "since the outbreak began")."""
    numbers = [c for c in _stated_numbers(claims) if c.id not in named]
    if len({_stated_value(c) for c in numbers}) > SHORT_SLIP_VALUES:
        return []
    groups = [g for g in _same_digits(numbers, 2, by_magnitude=True)
              if all(len(_digits(c).strip("0")) == 2 for c in g)]
    if evolving:
        groups = [g for g in groups if not _grows_with_time(*_split_by_value(g), sources)]
    # "so far this season": a tally may be another figure than the one it shares digits with, or
    # reach them as it grows; but two tallies of one thing do not fall ("so far visited 82
    # schools", a day later "so far visited 28 schools")
    groups = [g for g in groups if not any(_tally(c, sources, clause=True) for c in g)
              or (all(any(_tally(c, sources, clause=True) for c in side) for side in _split_by_value(g))
                  and not _grows_with_time(*_split_by_value(g), sources))]
    return _across_articles(groups)


def _stated_value(claim: Claim) -> float:
    return float(claim.value.stated or 0) if isinstance(claim.value, NumberValue) else 0.0


def _split_by_value(group: Sequence[Claim]) -> tuple[list[Claim], list[Claim]]:
    """The claims of the smallest stated value, and the others."""
    least = min(_stated_value(c) for c in group)
    return [c for c in group if _stated_value(c) == least], [c for c in group if _stated_value(c) != least]


def _year_slips(claims: Sequence[Claim], vocab: Vocabulary) -> list[Claim]:
    """Years written out with the same digits in another order by two or more sources, each
    dating an event the vocabulary names in earnest ("founded in 1887", "opened in 1878"); not
    a weak word's year ("steel prices after 2021" beside "began in 2012"); empty when none."""
    years = [c for c in claims if isinstance(c.value, DateValue) and c.value.precision == "year"
             and YEAR_WORD.fullmatch(c.quote) and c.event is not None and c.event in vocab.events
             and not vocab.weak(c.event)]
    return _across_articles(_same_digits(years, 4))



def _across_articles(groups: Sequence[Sequence[Claim]]) -> list[Claim]:
    """The claims of the groups that two or more articles write with two or more values."""
    out = [c for group in groups
           if len({c.source for c in group}) > 1 and len(group_sides(group)) > 1 for c in group]
    return sorted(out, key=lambda c: c.id)


def _unit_slips(claims: Sequence[Claim]) -> list[Claim]:
    """The claims of two or more articles that write one figure in two units of one dimension
    ("4,120 metres", "4,120 feet"); empty when there are none."""
    out = sorted({c for a in claims for b in claims if a.id < b.id and unit_slip(a, b) for c in (a, b)},
                 key=lambda c: c.id)
    return out if len(group_sides(out)) > 1 else []


def _scale_slips(claims: Sequence[Claim]) -> list[Claim]:
    """The claims of two or more articles that write one exact figure's digits at scales a power
    of ten apart ("£412,000" and "£4.12m"); empty when there are none. Rough figures ("about 1.04
    million" and "about 104 million") are left to their frames: at that precision the digits
    meet by chance."""
    exact = [c for c in claims if isinstance(c.value, NumberValue) and c.value.hedge is None]
    out = sorted({c for a in exact for b in exact if a.id < b.id and scale_slip(a, b) for c in (a, b)},
                 key=lambda c: c.id)
    return out if len(group_sides(out)) > 1 else []


def _scale_slip_why(slipped: Sequence[Claim]) -> str:
    shown = " and ".join(sorted({c.display for c in slipped}))
    return f"the same digits at scales a power of ten apart ({shown}): a decimal point or a zero likely slipped"


def _digits_slip_why(_slipped: Sequence[Claim]) -> str:
    return "the same digits in another order: one of them is likely a slip"


def _unit_slip_why(slipped: Sequence[Claim]) -> str:
    units = " and ".join(sorted({c.quote + " " + (c.noun or "").split()[0] for c in slipped}))
    return f"the same figure in two units ({units}): one of them is likely a slip"


def _same_digits(claims: Sequence[Claim], least: int, *, by_magnitude: bool = False) -> list[list[Claim]]:
    """Groups of claims written with the same digits (at least ``least`` of them, leading zeros
    aside when by magnitude) in more than one order."""
    by_key: dict[str, list[Claim]] = {}
    for claim in claims:
        digits = _digits(claim)
        if len(digits.lstrip("0") if by_magnitude else digits) < least:
            continue
        key = "".join(sorted(digits))
        if by_magnitude:
            assert isinstance(claim.value, NumberValue) and claim.value.stated
            key += f"|{math.floor(math.log10(abs(float(claim.value.stated))))}"
        by_key.setdefault(key, []).append(claim)
    return [group for group in by_key.values() if len({_digits(c) for c in group}) > 1]


def _frame_label(claim: Claim, varying: Sequence[str], sources: dict[str, Source]) -> str:
    return "; ".join(f"{a}={_frame_words(claim, a, sources)}" for a in varying)


def _units_differ(claims: Sequence[Claim]) -> bool:
    """Whether the figures are written in different units or scales ("1.2bn" and "1,200 million")."""
    written = [c for c in claims if any(ch.isdigit() for ch in c.quote)]
    scales = {re.sub(r"[\d.,\s]", "", c.quote.lower()) for c in written}
    return len(written) > 1 and len(scales) > 1


def _conflict(fact: Fact, sides: Sequence[Sequence[Claim]], slug: str, explanation: str | None,
              sources: dict[str, Source], *, suffix: str = "") -> Conflict:
    code = lookup(slug)
    built = []
    for side in sides:
        refs = tuple(claim_ref(c, sources[c.source]) for c in sorted(side, key=lambda c: (c.source, c.start)))
        built.append(Side(value=side_value(side), claims=refs,
                          sources=tuple(sorted({c.source for c in side}))))
    built.sort(key=lambda s: (-len(s.sources), s.value))
    values = sorted({s.value for s in built})
    key = fact.key + suffix
    label = fact.label + (f" [{suffix.split(':', 1)[1]}]" if suffix else "")
    return Conflict(
        id=fingerprint("cfl_", {"fact": key, "values": values}),
        code=code.code, kind=code.slug, severity=code.severity, fact=label,
        fact_key=key, explanation=explanation, sides=tuple(built),
    )


def _by_source(claims: Sequence[Claim]) -> dict[str, list[Claim]]:
    """The claims of each source, in the order given."""
    out: dict[str, list[Claim]] = {}
    for claim in claims:
        out.setdefault(claim.source, []).append(claim)
    return out


def check_arithmetic(claims: Sequence[Claim], sources: dict[str, Source]) -> list[Conflict]:
    """Stated percent changes against the endpoints they relate, and stated shares against their
    part and whole, within a source."""
    conflicts = []
    by_source = _by_source(claims)
    for source_id, items in sorted(by_source.items()):
        changes = [c for c in items if c.role == "change" and isinstance(c.value, NumberValue)
                   and c.value.unit in ("%", "pp")]
        pairs: dict[tuple[int, int], dict[str, Claim]] = {}
        for c in items:
            if c.role in ("from", "to") and c.relation is not None:
                pairs.setdefault(c.relation, {})[c.role] = c
        for relation, ends in sorted(pairs.items()):
            if "from" not in ends or "to" not in ends:
                continue
            start, end = ends["from"], ends["to"]
            assert isinstance(start.value, NumberValue) and isinstance(end.value, NumberValue)
            x0 = start.value.stated if start.value.stated is not None else start.value.low
            x1 = end.value.stated if end.value.stated is not None else end.value.low
            if not x0 or x1 is None:
                continue
            implied = (x1 - x0) / x0 * 100
            # The change stated in the same phrase, else in a sentence of its own about the same
            # event with no endpoints of its own ("a 62 percent decrease ... " then "from 2,160 to 820").
            same_sentence = [c for c in changes if c.sentence_start == start.sentence_start]
            pairs_here = {p.relation for p in items if p.role in ("from", "to")
                          and p.sentence_start == start.sentence_start}
            # (a growth verb read as a change stands where it is written: "have doubled, from about
            # 40,000 in 2022 to 120,000 in 2025" states the change of the endpoints beside it)
            beside = [c for c in same_sentence if _adjacent(
                c.relation or ((c.start, c.end) if multiplied(c) else None), relation, sources[source_id].text)
                or _takes_its_ends(c.relation, relation, sources[source_id].text)]
            candidates = [c for c in changes if c.relation == relation] or (
                # "fell 12% to $298 million ..., from $322 million a year earlier", "rose from 38
                # to 61, an increase of 45%": one change beside one pair of endpoints in a
                # sentence (", against a decline of roughly 12 per cent across the county" after
                # it is another change)
                beside if len(beside) == 1 and len(pairs_here) == 1 else []) or [
                c for c in changes if c.relation is None and c.event is not None and c.event == start.event
                # (not a growth verb's change: "The number of cyclists has tripled" is said of
                # its own subject, not of whatever moved in another sentence)
                and not c.derived
                and not any(p.sentence_start == c.sentence_start for p in items if p.role in ("from", "to"))]
            moved_by = _moved_by(items, start, end, relation, sources[source_id].text)
            if moved_by is not None and not _amount_fits(moved_by, start, end, x1 - x0):
                # "fell from $52.3 billion to $48.6 billion, a decline of $4.7 billion"
                unit = start.value.unit
                shown = format_number(round(abs(x1 - x0), 6), unit)
                key = f"arithmetic|{source_id}|{moved_by.event or '-'}"
                conflicts.append(_arithmetic_conflict(
                    sources[source_id], moved_by, (start, end), f"{start.display} -> {end.display}", shown,
                    fact_key=key, label=f"change stated as {moved_by.display} against {start.display} -> {end.display}",
                    explanation=f"the endpoints differ by {shown}", identity={"fact": key}))
            for change in candidates:
                assert isinstance(change.value, NumberValue)
                if change.value.unit == "pp" and not start.value.unit == end.value.unit == "%":
                    continue  # points of change need endpoints that are rates
                # "rose from 9.8% to 12.5%, an increase of nearly four percentage points": points
                # are the difference of two rates, not their ratio
                moved = x1 - x0 if change.value.unit == "pp" else implied
                found = _misstated_change(source_id, change, start, end, moved, sources)
                if found is not None:
                    conflicts.append(found)
        for change, amount, end, implied in _changes_by_an_amount(items, sources[source_id].text):
            if not _change_fits(change, implied):
                key = f"arithmetic|{source_id}|{change.event or '-'}"
                move = f"{'up' if implied > 0 else 'down'} {amount.display} to {end.display}"
                text = format_number(round(implied, 1), "%")
                conflicts.append(_arithmetic_conflict(
                    sources[source_id], change, (amount, end), move, text, fact_key=key,
                    label=f"change stated as {change.display} against {move}",
                    explanation=f"{move} is a change of {text}", identity={"fact": key}))
        for change, start, end in _changes_on_a_base(items, sources[source_id].text):
            x0, x1 = figure_size(start), figure_size(end)
            found = _misstated_change(source_id, change, start, end, (x1 - x0) / x0 * 100, sources) if x0 else None
            if found is not None:
                conflicts.append(found)
        for change, base, level, sign in _levels_against_a_base(items, sources[source_id].text):
            x0, x1 = figure_size(base), figure_size(level)
            if not x0:
                continue
            implied = (x1 - x0) / x0 * 100
            low, high = reader_interval(change)
            if implied * sign > 0 and low - 1.0 <= abs(implied) <= high + 1.0:
                continue
            key = f"arithmetic|{source_id}|{change.event or '-'}"
            word = "above" if sign > 0 else "below"
            text = format_number(round(implied, 1), "%")
            truly = f"{format_number(round(abs(implied), 1), '%')} {'above' if implied > 0 else 'below'}"
            conflicts.append(_arithmetic_conflict(
                sources[source_id], change, (base, level), f"{level.display} against {base.display}", text,
                fact_key=key, label=f"level stated as {change.display} {word} {base.display}, at {level.display}",
                explanation=f"{level.display} is {truly} {base.display}", identity={"fact": key}))
        conflicts.extend(check_shares(items, sources[source_id]))
        conflicts.extend(check_sums(items, sources[source_id]))
        conflicts.extend(check_multiples(items, sources[source_id]))
        conflicts.extend(check_conversions(items, sources[source_id]))
        conflicts.extend(check_margins(items, sources[source_id]))
    return conflicts


def _clearly_apart(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two reading intervals are both finite and do not meet: an arithmetic check's stated
    figure and the one its other figures give, each with its hedge and rounding."""
    return all(map(math.isfinite, (*a, *b))) and not (a[0] <= b[1] and b[0] <= a[1])


def _in_unit(x: float, unit: str | None) -> str:
    """A worked-out figure in its unit ("£1,100 million"), a share or bare count without one."""
    return format_number(x, unit) if unit and unit != "%" else format_number(x)


# "Halcyon scored 812 points out of a possible 1,000 to Corvane's 768, a margin of 54 points": the
# words before a stated difference, and a figure that is only the scale the others are out of
_MARGIN_BEFORE = re.compile(r"[^.;!?\d]{0,40}?\b(?:(?:a|the|with\s+a|by\s+a)\s+)?(?:winning\s+)?"
                            r"(?:margin|gap|difference|lead|majority)\s+of\s+(?:just\s+|only\s+)?\Z", re.I)
_OUT_OF = re.compile(r"\bout\s+of\s+(?:a\s+possible\s+|a\s+maximum\s+(?:of\s+)?)?\Z", re.I)
_VERSUS = re.compile(r"[^;!?]{0,60}?\b(?:to|against|versus|vs\.?|compared\s+with)\s+"
                     r"(?:(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*(?:'s|’s)\s+)?\Z")


def check_margins(items: Sequence[Claim], source: Source) -> list[Conflict]:
    """A difference stated beside the two figures it is between that they do not give ("812 points
    ... to Corvane's 768, a margin of 54 points": 812 - 768 is 44), allowing for every figure's
    hedge and rounding."""
    text = source.text
    figures = [c for c in stated_figures(items) if c.role == "amount" and c.kind in ("count", "money")
               and not _OUT_OF.search(text, max(0, c.start - 30), c.start)]
    out = []
    for a, b, margin in zip(figures, figures[1:], figures[2:], strict=False):
        if not (_same_measure(a, b) and _same_measure(b, margin)) or not (
                a.sentence_start == b.sentence_start == margin.sentence_start) \
                or not _MARGIN_BEFORE.fullmatch(bare_gap(text, b, margin)) \
                or not _VERSUS.fullmatch(text, a.end, b.start):
            continue
        (a_low, a_high), (b_low, b_high) = reader_interval(a), reader_interval(b)
        m_low, m_high = reader_interval(margin)
        low, high = max(0.0, max(a_low - b_high, b_low - a_high)), max(a_high - b_low, b_high - a_low)
        if not _clearly_apart((low, high), (m_low, m_high)):
            continue
        implied = abs(figure_size(a) - figure_size(b))
        unit = margin.value.unit if isinstance(margin.value, NumberValue) else None
        implied_text = _in_unit(implied, unit)
        ends = f"{a.display} against {b.display}"
        label = f"difference stated as {margin.display} against {ends}"
        out.append(_arithmetic_conflict(
            source, margin, (a, b), ends, implied_text, fact_key=f"arithmetic|{source.id}|difference|{ends}",
            label=label, explanation=f"{a.display} - {b.display} is {implied_text}",
            identity={"fact": label, "source": source.id}))
    return out


# the unit of a figure and the opening bracket of its conversion: "640 metres (", "12 km (about "
_CONVERSION_GAP = re.compile(
    r"[\s-]*[A-Za-z/²³°.-]{0,25}\s*\(\s*(?:about|around|roughly|nearly|some|approximately|or)?\s*\Z")


def conversions(claims: Sequence[Claim], text: str) -> list[tuple[Claim, Claim]]:
    """(figure, its conversion) for a figure followed by the same quantity in brackets in another
    unit of its dimension: "640 metres (2,100ft)", "12 km (7.5 miles)". Claims in text order."""
    return [(a, b) for a, b in itertools.pairwise(claims)
            if isinstance(a.value, NumberValue) and isinstance(b.value, NumberValue) and a.kind == b.kind
            and a.value.unit is not None and a.value.unit == b.value.unit and a.scale != b.scale
            and a.source == b.source and _CONVERSION_GAP.fullmatch(text, a.end, b.start)]


def check_conversions(items: Sequence[Claim], source: Source) -> list[Conflict]:
    """A figure and its conversion in brackets that do not agree ("about 460 metres (2,100 feet)
    below the surface": 2,100 feet is 640 metres), allowing for each figure's hedge and its
    rounding in the unit it is written in."""
    out = []
    for figure, converted in conversions(sorted(items, key=lambda c: c.start), source.text):
        f_low, f_high = reader_interval(figure, mixed_units=True)
        c_low, c_high = reader_interval(converted, mixed_units=True)
        if not _clearly_apart((f_low, f_high), (c_low, c_high)):
            continue
        assert isinstance(converted.value, NumberValue) and converted.scale
        implied = figure_size(figure) / converted.scale
        unit = converted.display.split(" ", 1)[1] if " " in converted.display else ""
        implied_text = f"{format_number(round(implied, 1 if implied < 100 else 0))} {unit}".strip()
        label = f"conversion stated as {converted.display} against {figure.display}"
        out.append(_arithmetic_conflict(
            source, converted, (figure,), figure.display, implied_text,
            fact_key=f"arithmetic|{source.id}|conversion|{figure.display}", label=label,
            explanation=f"{figure.display} is {implied_text}", identity={"fact": label, "source": source.id}))
    return out


# "18,600 complaints, triple the 3,100", "£5.1 million is nearly three times the £1.8 million",
# "The round's 8.4 GW doubled the 2.8 GW": a figure, the multiple it is of a base, the base
_LEVEL_BEFORE_MULTIPLE = re.compile(
    r"(?:\s+[A-Za-z][\w-]*){0,2}?\s*,?\s*(?:(?:is|was|are|were|has|had|have|been|be)\s+)?"
    r"(?:(?:nearly|almost|more\s+than|roughly|about|around|over|just\s+over|just\s+under|some|close\s+to)\s+)?\Z")
_BASE_AFTER_MULTIPLE = re.compile(r"\s+(?:the|that|its|their|last\s+(?:year|month|season)['’]s)\s+\Z")


def check_multiples(items: Sequence[Claim], source: Source) -> list[Conflict]:
    """A figure stated as a multiple of a base it gives beside it that it is not: "it had
    received 18,600 complaints, triple the 3,100 it received after the previous outage" (six
    times), allowing a loose word the slack a reader gives "tripled"."""
    text = source.text
    figures = stated_figures(items)
    out = []
    for m in items:
        v = m.value
        if m.role != "multiplier" or not isinstance(v, NumberValue) or v.low is None or v.low <= 1:
            continue
        before = [f for f in figures if f.sentence_start == m.sentence_start and f.end <= m.start
                  and _LEVEL_BEFORE_MULTIPLE.fullmatch(bare_gap(text, f, m))]
        after = [f for f in figures if f.sentence_start == m.sentence_start and f.start >= m.end
                 and _BASE_AFTER_MULTIPLE.fullmatch(text, m.end, f.start)
                 and not text.startswith("-", f.end)]  # "six times the 30-day average" is no base of 30
        if not before or not after:
            continue
        level, base = before[-1], after[0]
        lv, bv = level.value, base.value
        if not isinstance(lv, NumberValue) or not isinstance(bv, NumberValue) or level.kind != base.kind \
                or lv.unit != bv.unit or not bv.stated or lv.stated is None or level.role == "change":
            continue
        ratio = float(lv.stated) / float(bv.stated)
        low = v.low * 0.9 if v.high == v.low else v.low
        high = (v.high * 1.12 if v.high == v.low else v.high) if v.high is not None else math.inf
        if low <= ratio <= high:
            continue
        implied = f"{format_number(round(ratio, 2))} times"
        key = f"arithmetic|{source.id}|multiple|{level.display}|{base.display}"
        out.append(_arithmetic_conflict(
            source, m, (level, base), f"{level.display} against {base.display}", implied, fact_key=key,
            label=f"multiple stated as {m.display} against {level.display} and {base.display}",
            explanation=f"{level.display} is {implied} {base.display}", identity={"fact": key}))
    return out


# Between two parts of a list: the first part's noun, then a comma or "and", then an owner
# ("nine golds, six silvers and five bronzes"; "Feld's €87,350, Ms Albescu's €41,800 and ...")
_PART_GAP = re.compile(
    # what each part is, up to eight words: "786 homes flooded above floor level in Holmbridge and 326
    # in Saltley", "48 were escorted down on foot, 29 were airlifted", "412 services on Monday, 398"
    r"(?:\s+[A-Za-z][\w'’-]*){0,8}"
    # "829 involved fentanyl, while 312 did not"
    r"\s*(?:,\s*(?:and\s+|plus\s+|while\s+|whereas\s+)?|\s+and\s+|\s+plus\s+|\s+while\s+)"
    # "... and the remaining £9.5m was paid out as fees"
    r"(?:the\s+(?:remaining|other|last|final)\s+)?"
    r"(?:(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*(?:'s|’s)\s+)?")
# "..., two vans and a coach": a last part of one, in words
_ONE_MORE = re.compile(r"\s+[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?,?\s+and\s+(?:a|an|one)\s+[a-z]")
# "..., two environmental organisations and Dunmore County": the list goes on past its figures
_MORE_ITEMS = re.compile(r"\s+[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,6},?\s+(?:and|plus)\s+(?!a\s+total|the\s+total)")
# "£4.9m for track, signalling and wagon recovery and £2.3m": a figure after the last one read
# that carries the list on
_LIST_GOES_ON = re.compile(r"[^.;:!?\d]{0,80}?(?:,|\band\b|\bplus\b)[^.;:!?\d]{0,60}")
# "... and four are still being treated elsewhere. The other, an 88-year-old man, died": the
# next sentence names a part the list left out
_OTHER_PART_NEXT = re.compile(
    r"[.!?]?[\"”’]?\s*(?:(?:The|An)\s+(?:other|others|remaining|rest|last)\b|Another\b|Others\b)")
# The total after its parts: "— 21 medals in all", ", a total of £3.6m", "come to more than €190,000"
_TOTAL_BEFORE = re.compile(
    r"(?:\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,5})?\s*[,;:\u2014\u2013-]?\s*"
    # "..., a combined shortfall of 955 GWh"
    r"(?:(?:a|an|the)\s+)?(?:(?:combined\s+|grand\s+)?total\s+of|combined\s+[a-z]+\s+of|making|totall?ing|(?:which\s+)?(?:come|came|comes)\s+to|"
    r"adds?\s+up\s+to|adding\s+up\s+to|for\s+a\s+(?:combined\s+)?total\s+of|"
    # "plus £2.9m in buyer's premium, taking the total to £13.3m"; "together accounted for 146,260"
    r"(?:taking|bringing|lifting|pushing)\s+(?:the|its|their)\s+(?:combined\s+|overall\s+)?total\s+to|"
    r"together\s+(?:accounted|account|accounts)\s+for)\s*", re.I)
_TOTAL_AFTER = re.compile(
    r"(?:\s+[a-z][\w'’-]*){0,2}\s+(?:in\s+all|in\s+total|all\s+told|altogether|between\s+them|combined)\b", re.I)
_TOTAL_DASH = re.compile(r"(?:\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})?\s*(?:\u2014|\u2013|\s-)\s*")
# The total before its parts: "Twenty-five vehicles were trapped behind it - fourteen cars, ..."
_PARTS_AFTER_TOTAL = re.compile(r"[^.;!?\d]{0,60}?(?::|\u2014|\u2013|\s-)\s*")
# "112-strong workforce at the quay is made up of 78 permanent staff and 24 agency workers", "the
# £1.2bn overrun broke down into £520m on ...": words that say the parts are all of it, so a last
# part may run on ("£190m in vessel and weather costs")
_ALL_PARTS_AFTER_TOTAL = re.compile(
    r"[^.;!?\d]{0,60}?\s(?:(?:is|are|was|were)\s+)?(?:made\s+up\s+of|comprising|consisting\s+of|"
    r"split\s+(?:between|into)|(?:breaks?|broke|broken)\s+down\s+(?:as|into))\s+(?:(?:a|an)\s+)?")
# "Of the 212,000 homes affected, 148,000 are in band 4 and 54,000 in band 5": a whole the
# sentence opens with, then the parts it splits into
_WHOLE_OPENS = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:Of|Among)\s+(?:the|its|their|all|these|those)\s+\Z")
_NEAR_WHOLE = 0.1  # how far the parts of a whole a sentence opens with may fall from it and still be read as all of it
_EACH = re.compile(r"\s*(?:[a-z]+\s+){0,2}(?:in\s+)?(?:each|apiece)\b")  # "two in each of the second and third"
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|whom|these)\b")  # "nine remain in hospital, three of them in ..."
_PARTS_AFTER_WHOLE = re.compile(r"[^.;:!?\d]{0,80}?,\s*")
# "27 of the district's 31 schools: ...": the part before a whole the list then breaks down
_PART_OF = re.compile(r"(?:\s+[a-z][\w'’-]*)?\s+of\s+(?:(?:the|its|their|all)\s+)?(?:[\w'’-]+\s+){0,2}")


def _opens_whole(text: str, figure: Claim) -> bool:
    """Whether a figure is the whole its sentence opens with ("Of the 21,400 bags ...")."""
    return _WHOLE_OPENS.search(text, max(0, figure.start - 30), figure.start) is not None


def _same_measure(a: Claim, b: Claim) -> bool:
    va, vb = a.value, b.value
    return isinstance(va, NumberValue) and isinstance(vb, NumberValue) and a.kind == b.kind \
        and a.kind in ("count", "money") and va.unit == vb.unit and va.stated is not None and vb.stated is not None


def parts_and_totals(items: Sequence[Claim], text: str) -> list[tuple[tuple[Claim, ...], int, Claim]]:
    """(parts, parts of one in words, total) for a list of figures stated with their total in one
    sentence: "nine golds, six silvers and five bronzes, 21 medals in all", "Twenty-five vehicles
    were trapped - fourteen cars, six lorries, two vans and a coach"."""
    figures = [c for c in stated_figures(items) if c.role == "amount"]

    def beside(a: Claim, b: Claim, gap: re.Pattern[str] | None = None) -> bool:
        """Two figures of one measure in one sentence, ``a`` before ``b`` (with ``gap`` between)."""
        return a.sentence_start == b.sentence_start and _same_measure(a, b) \
            and (gap is None or gap.fullmatch(bare_gap(text, a, b)) is not None)

    out = []
    i = 0
    while i < len(figures):
        run = [figures[i]]
        if _opens_whole(text, figures[i]):
            i += 1  # "Of the 87 runners stranded, 48 were ...": the whole, no part
            continue
        while i + len(run) < len(figures) and beside(run[-1], figures[i + len(run)], _PART_GAP) \
                and not _OF_THEM.match(text, figures[i + len(run)].end):
            run.append(figures[i + len(run)])
        if len(run) < 2:
            i += 1
            continue
        if len(run) >= 3 and _TOTAL_AFTER.match(text, run[-1].end):
            run.pop()  # "nine golds, six silvers and five bronzes, 21 medals in all": the total closes the list
        last = run[-1]
        ones = 1 if _ONE_MORE.match(text, last.end) else 0
        more = not ones and _MORE_ITEMS.match(text, last.end) is not None
        after = figures[i + len(run)] if i + len(run) < len(figures) else None
        before = figures[i - 1] if i > 0 else None
        # a whole the parts are said to make up, when no further figure carries the list on
        all_parts = False
        if before is not None and not (after is not None and beside(last, after, _LIST_GOES_ON)) \
                and not _OTHER_PART_NEXT.match(text, last.sentence_end):
            # "Of the 19 hikers, 11 were rescued, four walked out and two died" may leave some out,
            # or count some twice ("nine involved hired cranes and 11 occurred during lifting"): a
            # whole the sentence opens with is checked only against parts that come close to it
            opened = not more and beside(before, run[0], _PARTS_AFTER_WHOLE) \
                and _opens_whole(text, before) \
                and abs(sum(figure_size(p) for p in run) - figure_size(before)) <= _NEAR_WHOLE * figure_size(before)
            all_parts = opened or beside(before, run[0], _ALL_PARTS_AFTER_TOTAL)
        if more and not all_parts:
            i += len(run)
            continue
        total = None
        if after is not None and not ones and not more and beside(last, after):
            gap = bare_gap(text, last, after)
            if _TOTAL_BEFORE.fullmatch(gap) or (
                    (_TOTAL_DASH.fullmatch(gap) or re.fullmatch(r"[^.;!?\d]{0,60}", gap))
                    and _TOTAL_AFTER.match(text, after.end)):
                total = after
        if total is None and before is not None and (all_parts or beside(before, run[0], _PARTS_AFTER_TOTAL)):
            total = before
            earlier = figures[i - 2] if i > 1 else None
            if earlier is not None and beside(earlier, before, _PART_OF):
                total = earlier  # "27 of the district's 31 schools: 21 elementary and six middle"
        each = any(_EACH.search(text, a.end, b.start) for a, b in itertools.pairwise(run)) \
            or _EACH.match(text, last.end)
        if total is not None and not each and _could_be_total(run, ones, total):
            out.append((tuple(run), ones, total))
        i += len(run)
    return out


def _could_be_total(parts: Sequence[Claim], ones: int, total: Claim) -> bool:
    """Whether a figure can be the total of the parts before it: not smaller than a part ("21
    schools: 922 samples, 118 above the limit"), and not twice their sum or under half of it (a
    total of more things than the list names: "the three sites and 612 operations, a total of
    5,482")."""
    size = figure_size(total)
    added = sum(figure_size(p) for p in parts) + ones
    return size >= max(figure_size(p) for p in parts) and 0.5 * added <= size <= 2 * added


def check_sums(items: Sequence[Claim], source: Source) -> list[Conflict]:
    """A total stated with its parts in one sentence that the parts do not add up to ("nine
    golds, six silvers and five bronzes, 21 medals in all"), allowing for every figure's hedge
    and rounding."""
    out = []
    for parts, ones, total in parts_and_totals(items, source.text):
        readings = [reader_interval(p) for p in parts]
        low, high = sum(r[0] for r in readings) + ones, sum(r[1] for r in readings) + ones
        t_low, t_high = reader_interval(total)
        if not _clearly_apart((low, high), (t_low, t_high)):
            continue
        implied = sum(figure_size(p) for p in parts) + ones
        unit = total.value.unit if isinstance(total.value, NumberValue) else None
        implied_text = _in_unit(implied, unit)
        ends = " + ".join([*(p.display for p in parts), *(["1"] if ones else [])])
        label = f"total stated as {total.display} against {ends}"
        out.append(_arithmetic_conflict(
            source, total, parts, ends, implied_text, fact_key=f"arithmetic|{source.id}|sum|{ends}",
            label=label, explanation=f"{ends} is {implied_text}", identity={"fact": label, "source": source.id}))
    return out


def _misstated_change(source_id: str, change: Claim, start: Claim, end: Claim, implied: float,
                      sources: dict[str, Source]) -> Conflict | None:
    """The conflict of a stated change its endpoints do not give, or None when they agree."""
    if _change_fits(change, implied, (start, end)):
        return None
    assert isinstance(change.value, NumberValue)
    implied_text = format_number(round(implied, 1), "pp" if change.value.unit == "pp" else "%")
    fact_key = f"arithmetic|{source_id}|{change.event or '-'}"
    return _arithmetic_conflict(
        sources[source_id], change, (start, end), f"{start.display} -> {end.display}", implied_text,
        fact_key=fact_key, label=f"change stated as {change.display} against {start.display} -> {end.display}",
        explanation=f"the endpoints imply a change of {implied_text}", identity={"fact": fact_key})


def _half_unit(claim: Claim) -> float:
    """Half a unit of the last decimal a figure is written to ("4.12%" -> 0.005, "9.8%" -> 0.05)."""
    digits = re.search(r"\d+(?:\.(\d+))?", claim.quote)
    return 0.5 * 10 ** -len(digits.group(1) or "") if digits else 0.5


def _moved_by(items: Sequence[Claim], start: Claim, end: Claim, relation: tuple[int, int], text: str) -> Claim | None:
    """The one change by an amount, in the unit of the endpoints, that stands right after them in
    their sentence ("from $52.3 billion to $48.6 billion, a decline of $4.7 billion")."""
    assert isinstance(start.value, NumberValue) and isinstance(end.value, NumberValue)
    if start.value.unit != end.value.unit or start.kind not in ("money", "count"):
        return None  # (points of change between two rates are checked as percentage points)
    found = [c for c in items if c.role == "change" and c.sentence_start == start.sentence_start
             and c.kind == start.kind and isinstance(c.value, NumberValue) and c.value.unit == start.value.unit
             and c.relation is not None and c.relation[0] > relation[1] and _adjacent(relation, c.relation, text)]
    return found[0] if len(found) == 1 else None


def _amount_fits(change: Claim, start: Claim, end: Claim, moved: float) -> bool:
    """Whether a change by an amount reads as the difference of its endpoints, each allowed its
    rounding, in the direction it states."""
    low, high = reader_interval(change)
    slack = rounding_tolerance(figure_size(start)) + rounding_tolerance(figure_size(end))
    direction_ok = change.direction is None or (change.direction == "down") == (moved < 0)
    return low - slack <= abs(moved) <= high + slack and direction_ok


def _change_fits(change: Claim, implied: float, ends: tuple[Claim, Claim] | None = None) -> bool:
    """Whether a stated percent change reads as the change its figures give (within a point,
    in the direction it states)."""
    assert isinstance(change.value, NumberValue)
    low, high = reader_interval(change)
    direction_ok = change.direction is None or (change.direction == "down") == (implied < 0)
    # a point either way for a percent change (its endpoints are often rounded); for percentage
    # points, the rounding of the two rates: half a unit of the last decimal each ("from 9.8% to
    # 12.5%": 0.1; "from 4.12% to 4.37%": 0.01), at most 0.15
    slack = min(0.15, sum(_half_unit(c) for c in ends)) if change.value.unit == "pp" and ends else \
        0.15 if change.value.unit == "pp" else 1.0
    return low - slack <= abs(implied) <= high + slack and direction_ok


# "rises by 70p to £3.10, a 23% increase": the move, the level it reached, the change stated
_BY_BEFORE = re.compile(r"(?i)\b(?P<verb>[a-z]+)\s+(?:by\s+)?\Z")
_ONLY_TO = re.compile(r"\s+to\s+\Z")
_CHANGE_AFTER_LEVEL = re.compile(r"(?:\s+[a-z-]+){0,3}\s*,\s*(?:an?\s+|or\s+)?(?:[a-z]+\s+of\s+)?\Z", re.I)
_SUBUNITS = {"pence": ("GBP",), "cents": ("USD", "EUR", "AUD", "CAD", "NZD")}


def _changes_by_an_amount(items: Sequence[Claim], text: str) -> list[tuple[Claim, Claim, Claim, float]]:
    """(change, amount moved, level reached, the change they give in percent) for "rose by 70p to
    £3.10, a 23% increase" and "fell 1,200 to 8,800, a cut of 12%" in one sentence."""
    figures = stated_figures(items)
    out = []
    for amount, end, change in zip(figures, figures[1:], figures[2:], strict=False):
        if change.kind != "percent" or change.role != "change" or amount.kind == "percent" \
                or not (amount.sentence_start == end.sentence_start == change.sentence_start):
            continue
        assert isinstance(amount.value, NumberValue) and isinstance(end.value, NumberValue)
        verb = _BY_BEFORE.search(text, max(amount.sentence_start, amount.start - 30), amount.start)
        if verb is None or not _ONLY_TO.fullmatch(bare_gap(text, amount, end)) \
                or not _CHANGE_AFTER_LEVEL.fullmatch(bare_gap(text, end, change)):
            continue
        direction = direction_of(verb.group("verb").lower())
        if direction is None:
            continue
        scale = 1.0 if amount.value.unit == end.value.unit else (
            0.01 if end.value.unit in _SUBUNITS.get(amount.value.unit or "", ()) else None)
        if scale is None:
            continue
        moved, level = figure_size(amount) * scale, figure_size(end)
        signed = moved if direction == "up" else -moved
        if moved > 0 and level - signed > 0:
            out.append((change, amount, end, signed / (level - signed) * 100))
    return out


def _arithmetic_conflict(source: Source, stated: Claim, figures: tuple[Claim, ...], figures_text: str,
                         implied_text: str, *, fact_key: str, label: str, explanation: str,
                         identity: dict[str, str]) -> Conflict:
    """An arithmetic error: the figure as stated on one side, what the figures it relates give on
    the other ("-3% implied by 631,000 -> 612,000", "89.6% implied by 43 of 48")."""
    sides = (
        Side(value=stated.display, claims=(claim_ref(stated, source),), sources=(source.id,)),
        Side(value=f"{implied_text} implied by {figures_text}",
             claims=tuple(claim_ref(c, source) for c in figures), sources=(source.id,)),
    )
    code = lookup("arithmetic-inconsistency")
    return Conflict(
        id=fingerprint("cfl_", {**identity, "values": sorted(s.value for s in sides)}),
        code=code.code, kind=code.slug, severity=code.severity, fact=label, fact_key=fact_key,
        explanation=explanation, sides=sides)


# "brings the total to 6.9 kilograms, an increase of about 65 percent on the 4.6 kilograms": the
# value reached, then the change, then the base it is measured on
# (each gap read without the hedge of the figure after it: see frames.bare_gap)
_TO_BEFORE = re.compile(r"\bto\s+\Z", re.I)
_CHANGE_AFTER_END = re.compile(r"(?:\s+[a-z-]+){0,2}\s*,\s*(?:an?\s+)?(?:increase|rise|jump|gain|climb|growth|"
                               r"decrease|drop|fall|decline|cut|reduction)\s+of\s+\Z", re.I)
_BASE_AFTER_CHANGE = re.compile(r"\s+(?:on|over|from|compared\s+with|against)\s+(?:the\s+|its\s+|last\s+year's\s+)?\Z",
                                re.I)


def _changes_on_a_base(items: Sequence[Claim], text: str) -> list[tuple[Claim, Claim, Claim]]:
    """(change, base, value reached) in one sentence for "to X, an increase of P on Y", "X, up P%
    from Y" and "X, against Y, a rise of P"."""
    figures = stated_figures(items)
    out = []
    for i in range(1, len(figures) - 1):
        end, change, base = figures[i - 1], figures[i], figures[i + 1]
        if change.kind != "percent" or end.kind == "percent" or base.kind != end.kind \
                or not (end.sentence_start == change.sentence_start == base.sentence_start):
            continue
        if isinstance(end.value, NumberValue) and isinstance(base.value, NumberValue) \
                and end.value.unit != base.value.unit:
            continue
        if _TO_BEFORE.search(HEDGE_RE.sub("", text[max(end.sentence_start, end.start - 40):end.start])) \
                and _CHANGE_AFTER_END.fullmatch(bare_gap(text, end, change)) \
                and _BASE_AFTER_CHANGE.fullmatch(bare_gap(text, change, base)):
            out.append((change, base, end))
        elif _UP_AFTER_LEVEL.fullmatch(bare_gap(text, end, change)) \
                and _BASE_AFTER_UP.fullmatch(bare_gap(text, change, base)):
            # "Revenue was £8.42bn, up 12% from £7.1bn", "carried 1,312,000 passengers last
            # month, up 12% on a year earlier from 1,140,000"
            out.append((change, base, end))
    for i in range(len(figures) - 2):
        level, base, change = figures[i], figures[i + 1], figures[i + 2]
        if change.kind != "percent" or change.role != "change" or level.kind not in ("count", "money") \
                or base.kind != level.kind \
                or not (level.sentence_start == base.sentence_start == change.sentence_start):
            continue
        if isinstance(level.value, NumberValue) and isinstance(base.value, NumberValue) \
                and level.value.unit != base.value.unit:
            continue
        if (_AGAINST_AFTER_LEVEL.fullmatch(bare_gap(text, level, base))
                or _UP_FROM_AFTER_LEVEL.fullmatch(bare_gap(text, level, base))) \
                and _CHANGE_AFTER_BASE.fullmatch(bare_gap(text, base, change)):
            # "438,200 tickets sold ..., against 351,600 in Lisvard, a rise of 14 per cent"; "41
            # knife offences ... last year, Calder Police figures show, up from 35 in 2024 — a
            # rise of 12 percent"
            out.append((change, base, level))
    for i in range(1, len(figures) - 1):
        # "Officers made 287 arrests in total: 96 on Sunday and 191 on Monday. That is down 22% on
        # the 349 recorded in 2025": the level is the first figure of its measure in the sentence
        # right before, in the same paragraph (its subject; a breakdown may follow it)
        change, base = figures[i], figures[i + 1]
        if change.kind != "percent" or change.role != "change" or base.sentence_start != change.sentence_start \
                or not _THAT_IS_UP.fullmatch(HEDGE_RE.sub("", text[change.sentence_start:change.start])) \
                or not _BASE_AFTER_UP.fullmatch(bare_gap(text, change, base)):
            continue
        before = [f for f in figures[:i] if f.sentence_end <= change.sentence_start
                  and f.kind == base.kind and f.kind in ("count", "money") and f.role == "amount"
                  and isinstance(f.value, NumberValue) and isinstance(base.value, NumberValue)
                  and f.value.unit == base.value.unit
                  # of the size a change of a base could reach ("the two days" is no level of 349)
                  and 0.25 * figure_size(base) <= figure_size(f) <= 4 * figure_size(base)]
        if before and not text[before[-1].sentence_end:change.sentence_start].strip(" \t"):
            previous = [f for f in before if f.sentence_start == before[-1].sentence_start]
            out.append((change, base, previous[0]))
    return out


# "That is down 22% on the 349 recorded", "It was up 9 per cent from": a change of the sentence before
_THAT_IS_UP = re.compile(r"\s*(?:That|This|It)(?:\s+(?:is|was)|['’]s)\s+(?:up|down)\s+(?:by\s+)?\s*")
_CHANGE_NOUN = r"(?:increase|rise|jump|gain|growth|fall|drop|decline|decrease|cut|reduction)"
_AGAINST_AFTER_LEVEL = re.compile(r"(?:\s+[a-z][\w'’-]*){0,8}?\s*,\s*(?:against|compared\s+with|versus|vs\.?)\s+"
                                  r"(?:the\s+|last\s+year's\s+)?", re.I)
# (an attribution may stand between the level and "up from": "..., police figures show, up from")
_UP_FROM_AFTER_LEVEL = re.compile(r"[^;:()\d]{0,100}?,\s*(?:up|down)\s+from\s+(?:the\s+|last\s+year's\s+)?", re.I)
_CHANGE_AFTER_BASE = re.compile(r"(?:\s+(?:in|on|at|for|during|a|the)\s+[^,;]{1,30}?)?"
                                r"\s*(?:,|\s[\u2014\u2013]|\s-)\s*(?:an?\s+)?" + _CHANGE_NOUN + r"\s+of\s+", re.I)


# "£8.42bn, up 12% from £7.1bn"; "11.2 million tablets seized in calendar year 2025, a 41% increase
# on the 8.8 million seized in 2024"
_UP_AFTER_LEVEL = re.compile(r"(?:\s+[a-z][\w'’-]*){0,6}?(?:\s+(?:in|on|at|for|during|last|this)\s+[^,;]{1,30}?)?"
                             r"\s*,\s*(?:(?:up|down)\s+(?:by\s+)?|an?\s+(?:" + _CHANGE_NOUN + r"\s+of\s+)?)", re.I)
_BASE_AFTER_UP = re.compile(r"(?:\s+" + _CHANGE_NOUN + r")?"
                            r"\s+(?:on\s+(?:a|the)\s+(?:year|month|week|quarter)\s+(?:earlier|before)\s+)?"
                            r"(?:from|on|over|compared\s+with)\s+(?:the\s+|its\s+|last\s+year's\s+)?", re.I)


# "was 210 cm on the morning of the accident, some 60 per cent above the seasonal average of
# 150 cm": a level, then how far it stands above or below a base it names
# (or the level is the subject: "Sales of £8.4bn were 22% higher than the £7.1bn of a year earlier")
_BETWEEN_LEVEL_AND_CHANGE = re.compile(r"[^;:()\u2014\d]{0,60}?"
                                       r"(?:,\s*(?:or\s+)?|\s(?:were|was|is|are|stood|came\s+in)\s+)\Z")
_ABOVE_BASE = re.compile(
    r"\s+(?P<word>above|below|higher\s+than|lower\s+than|more\s+than|less\s+than|up\s+on|down\s+on)"
    r"\s+(?:the\s+|its\s+|their\s+|last\s+year's\s+)?(?:[a-z-]+\s+){0,3}?(?:of\s+)?\Z", re.I)
_DOWN_WORDS = ("below", "lower", "less", "down")


def _levels_against_a_base(items: Sequence[Claim], text: str) -> list[tuple[Claim, Claim, Claim, int]]:
    """(percent, base, level, +1 or -1) for "210 cm ..., some 60 per cent above the seasonal
    average of 150 cm" in one sentence: the level, the percent it stands above (+1) or below (-1)
    the base, and the base, with no other figure between them."""
    figures = stated_figures(items)
    out = []
    for level, change, base in zip(figures, figures[1:], figures[2:], strict=False):
        if change.kind != "percent" or level.kind == "percent" or base.kind != level.kind \
                or not (level.sentence_start == change.sentence_start == base.sentence_start):
            continue
        assert isinstance(level.value, NumberValue) and isinstance(base.value, NumberValue)
        if level.value.unit != base.value.unit or not isinstance(change.value, NumberValue) \
                or change.value.unit != "%":
            continue
        above = _ABOVE_BASE.fullmatch(bare_gap(text, change, base))
        if above is None or not _BETWEEN_LEVEL_AND_CHANGE.fullmatch(bare_gap(text, level, change)):
            continue
        out.append((change, base, level, -1 if above.group("word").lower().startswith(_DOWN_WORDS) else 1))
    return out


def check_shares(items: Sequence[Claim], source: Source) -> list[Conflict]:
    """A share stated with the part and whole it is of, in one sentence ("Forty-three of the 48
    lots sold, about 95 percent"; "412 flights, about 41 percent of the 1,004 scheduled"), that
    the part and whole do not give (43/48 is 89.6%), allowing for every figure's hedge and rounding."""
    out = []
    for part, whole, share in shares_stated(items, source.text):
        (p_lo, p_hi), (w_lo, w_hi) = _share_reading(part), _share_reading(whole)
        if not (w_lo > 0 and p_lo >= 0 and math.isfinite(p_hi) and math.isfinite(w_hi)):
            continue
        implied_lo, implied_hi = 100 * p_lo / w_hi, 100 * p_hi / w_lo
        low, high = reader_interval(share)
        if low - 1.0 <= implied_hi and implied_lo <= high + 1.0:
            continue
        implied_text = format_number(round(100 * figure_size(part) / figure_size(whole), 1), "%")
        ends = f"{part.display} of {whole.display}"
        label = f"share stated as {share.display} against {ends}"
        out.append(_arithmetic_conflict(
            source, share, (part, whole), ends, implied_text, fact_key=f"arithmetic|{source.id}|share|{ends}",
            label=label, explanation=f"{ends} is {implied_text}", identity={"fact": label, "source": source.id}))
    return out


def _share_reading(claim: Claim) -> tuple[float, float]:
    """A part or whole as a share is worked out from: "more than 400" of a thousand is not 590
    (an open figure reaches 15% past itself here, however round)."""
    low, high = reader_interval(claim)
    v = claim.value
    if not isinstance(v, NumberValue) or v.stated is None or not v.hedge:
        return low, high
    cls = HEDGES.get(v.hedge.lower())
    if cls in ("more", "least"):
        high = min(high, max(1.15 * float(v.stated), low))
    if cls == "upto":
        low = max(low, 0.995 * float(v.stated))  # "up to 420 posts, 8 per cent of 3,800": the share is of the 420
    return low, high


def _takes_its_ends(change: tuple[int, int] | None, ends: tuple[int, int] | None, text: str) -> bool:
    """A change that is the subject of the verb that moves the figure from one end to the other:
    "a 6.2% rise backdated to January 1 takes the basic rate from £14.20 to £15.28"."""
    if change is None or ends is None or change[1] > ends[0]:
        return False
    return bool(_CHANGE_TAKES.fullmatch(text, change[1], ends[0]))


_CHANGE_TAKES = re.compile(r"(?:\s+(?:increase|rise|jump|gain|fall|drop|decline|decrease|cut|reduction)\b)?"
                           r"[^,;.]{0,50}?"
                           r"\s(?:takes|took|will\s+take|brings|brought|will\s+bring|lifts|lifted|will\s+lift|"
                           r"raises|raised|will\s+raise|puts|put|will\s+put|cuts|will\s+cut)\s+[^,;.\d]{0,40}?\s*")


def _adjacent(a: tuple[int, int] | None, b: tuple[int, int] | None, text: str) -> bool:
    """Two phrases with at most a comma or a date between them ("fell 12% to $298 million",
    "from 38 to 61 by March 2, an increase of 45%"): one statement of a change, not two
    figures about two things."""
    if a is None or b is None:
        return False
    gap = text[a[1]:b[0]] if a[1] <= b[0] else text[b[1]:a[0]] if b[1] <= a[0] else None
    return gap is not None and bool(_GAP_OF_ONE_CHANGE.fullmatch(gap))


# (a unit rate may come first: "from $2.40 to $2.95 a dozen in the first two weeks of October, a
# 27% jump")
# (or what the figures count, before the comma or a date: "from 12,400 to 8,700 room-nights, a
# drop of 42%", "from 118 megalitres a day in 2023-24 to 131 megalitres a day in 2024-25, a rise of
# 17 per cent")
_GAP_OF_ONE_CHANGE = re.compile(r"(?:\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?:\s+(?:a|an|per|each)\s+[a-z]+)?"
                                r"(?=\s*,|\s+(?:by|on|in|at|during|over)\s))?"
                                r"\s*(?:(?:a|an|per|each)\s+[a-z]+\s*)?"
                                r"(?:(?:by|on|in|at|during|over)\s+[^,;.]{1,40}?)?,?\s*(?:an?\s+|a\s+further\s+)?")


_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_CALENDAR_DAY = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD}"
                           rf"|\b{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
                           # "Saturday the twenty-second of March", as broadcasters say it
                           rf"|\b(?i:{DAY_IN_WORDS})\s+of\s+{_MONTH_WORD}")
# A day written without its year is read in the year that puts it nearest publication; within half
# a year of publication no other year is as near, so that reading is not in doubt ("Friday 14
# May" in an article of 3 March 2026 is Thursday 14 May 2026, not a Friday a year later).
_NEAR_PUBLICATION_DAYS = 183


def _conflict_of(key: str, code: Code, sides: tuple[Side, ...], fact: str, explanation: str) -> Conflict:
    """A conflict built from sides already made (a weekday against its date, a place's bearings)."""
    return Conflict(id=fingerprint("cfl_", {"fact": key, "values": sorted(s.value for s in sides)}),
                    code=code.code, kind=code.slug, severity=code.severity, fact_key=key, fact=fact,
                    explanation=explanation, sides=sides)


def check_weekdays(claims: Sequence[Claim], sources: dict[str, Source]) -> list[Conflict]:
    """"Friday, March 14" where March 14, 2026 is a Saturday: a day and the weekday written with it
    that disagree, within one article. Only where the year is written or the date lies within half a
    year of publication, so that the year the date was read in is not itself in doubt."""
    out = []
    code = lookup("weekday-mismatch")
    for claim in claims:
        v = claim.value
        if claim.kind != "date" or not isinstance(v, DateValue) or v.earliest is None or v.earliest != v.latest:
            continue
        if not _CALENDAR_DAY.search(claim.quote):
            continue  # a weekday beside "a day after", "the day after", "Sunday": no calendar date
        source = sources[claim.source]
        named = WEEKDAY_BEFORE.search(source.text, max(claim.sentence_start, claim.start - 16), claim.start)
        day = v.earliest
        if named is None or _WEEKDAYS[named.group(1).lower()] == day.weekday():
            continue
        published = source.published_value
        if not YEAR_WORD.search(claim.quote) and (
                published is None or published.earliest is None
                or abs((published.earliest - day).days) > _NEAR_PUBLICATION_DAYS):
            continue
        # the named weekday's day nearest the date (Friday beside Saturday, March 14: March 13)
        nearest = day + dt.timedelta(days=(_WEEKDAYS[named.group(1).lower()] - day.weekday() + 3) % 7 - 3)
        weekday_value = DateValue(earliest=nearest, latest=nearest, precision="day")
        stated = claim_ref(claim, source)
        weekday_ref = stated.model_copy(update={
            "id": fingerprint("clm_", {"source": claim.source, "weekday": named.group(1), "date": claim.id}),
            "line": claim.line - source.text.count("\n", named.start(1), claim.start),
            "column": source.column_of(named.start(1)), "start": named.start(1), "end": named.end(1),
            "quote": named.group(1), "value": weekday_value.contract(), "display": named.group(1),
            "derived": None})
        actual = WEEKDAY_NAMES[day.weekday()]
        key = f"weekday|{claim.source}|{claim.display}"
        sides = (Side(value=f"{claim.display}, a {actual}", claims=(stated,), sources=(claim.source,)),
                 Side(value=named.group(1), claims=(weekday_ref,), sources=(claim.source,)))
        out.append(_conflict_of(key, code, sides, f"weekday written as {named.group(1)} beside {claim.display}",
                                f"{claim.display} is a {actual}, not a {named.group(1)}"))
    return out


# Two bearings more than 45 degrees apart ("north" and "north-east" are not) put one place in
# two directions (BEARINGS: compass words in degrees).
# "about 40km north of Dravo", "25 miles to the south-west of Kelby", "12 miles (19km) south-east
# of Corran": a distance and the bearing after its unit (or after the bracket that converts it),
# from a named place
_BEARING_AFTER = re.compile(r"\)?\s*(?:[a-z]+\.?\)?\s+){0,2}?(?:[a-z]+\s+)?(?:to\s+the\s+|due\s+)?"
                            r"(north|south|east|west)(?:[-\s]?(east|west))?\s+of\s+(?:the\s+)?"
                            r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|(?<=the\s)[a-z]+(?:\s+centre|\s+center)?\b)")


def check_bearings(facts: Sequence[Fact], sources: dict[str, Source], vocab: Vocabulary) -> list[Conflict]:
    """One distance from one named place, put in directions more than 45 degrees apart ("40km
    north of Dravo" against "40km south of Dravo"): a contradiction about where the place is.
    Only where the distances themselves agree, so the articles are about one place."""
    lengths = {base for dim, _factor, base in vocab.units.values() if dim == "length"}
    code = lookup("direction-mismatch")
    out = []
    for fact in facts:
        placed: dict[str, dict[str, list[Claim]]] = {}  # the place -> bearing -> its claims
        for c in fact.claims:
            if not isinstance(c.value, NumberValue) or c.value.unit not in lengths:
                continue
            found = _BEARING_AFTER.match(sources[c.source].text, c.end, c.sentence_end)
            if found is None:
                continue
            bearing = found.group(1) + (f"-{found.group(2)}" if found.group(2) else "")
            if bearing not in BEARINGS:
                continue  # "east-west"
            place = found.group(3)
            if place[:1].islower() and place.split()[0] not in vocab.area_nouns:
                continue  # "north of the border": a landmark, not the story's town
            placed.setdefault(place, {}).setdefault(bearing, []).append(c)
        named = [p for p in placed if p[:1].isupper()]
        if len(named) == 1:
            # "about twelve kilometres north-east of the city" in an article about Kerrowdale, the
            # one place the fact's distances are measured from by name: the city is Kerrowdale
            for area in [p for p in placed if p[:1].islower()]:
                for bearing, cs in placed.pop(area).items():
                    placed[named[0]].setdefault(bearing, []).extend(cs)
        for place, all_bearings in sorted(placed.items()):
            if place[:1].islower() and named:
                # "north of the city" beside two named places: which one is not said; with none
                # named, one site or area ("south-west of the plant", "north-east of the plant")
                # is the one the fact's distances are from
                continue
            # one distance at a time: "3 km north-east of the plant" (a village) beside "2.4 km
            # south-west of the plant" and "2.4 km north-east of the plant" (the epicentre)
            for side in group_sides([c for cs in all_bearings.values() for c in cs]):
                ids = {c.id for c in side}
                by_bearing = {b: [c for c in cs if c.id in ids] for b, cs in all_bearings.items()}
                by_bearing = {b: cs for b, cs in by_bearing.items() if cs}
                if len(by_bearing) < 2:
                    continue
                angles = [BEARINGS[b] for b in by_bearing]
                if max(angle_apart(a, b) for a in angles for b in angles) <= 45:
                    continue
                out.append(_bearing_conflict(fact, place, by_bearing, sources, code))
    return out


def _bearing_conflict(fact: Fact, place: str, by_bearing: dict[str, list[Claim]], sources: dict[str, Source],
                      code: Code) -> Conflict:
    """One distance from ``place`` put in the directions ``by_bearing`` gives."""
    sides = tuple(sorted((Side(value=f"{bearing} of {place}",
                               claims=tuple(claim_ref(c, sources[c.source])
                                            for c in sorted(cs, key=lambda c: (c.source, c.start))),
                               sources=tuple(sorted({c.source for c in cs})))
                          for bearing, cs in by_bearing.items()), key=lambda s: (-len(s.sources), s.value)))
    return _conflict_of(f"{fact.key}|bearing:{place.lower()}", code, sides, f"{fact.label} [direction from {place}]",
                        f"the articles put it {' and '.join(s.value for s in sides)}")


def _named_site(bearing: Bearing, sources: dict[str, Source], vocab: Vocabulary) -> frozenset[str]:
    """The name words of the one site of its kind the article of a bearing that names a site by
    its noun ("the station") gives ("Dunmarsh Power Station"), for blocking; none otherwise."""
    if bearing.event is not None or not bearing.subject.startswith("the ") or bearing.site is None \
            or bearing.source not in sources:
        return frozenset()
    text = sources[bearing.source].text
    names = {m.group(1) for m in re.finditer(
        rf"\b((?:[A-Z][\w'’-]+\s+){{1,2}}?)(?:[A-Z][a-z-]+\s+)?(?i:{re.escape(bearing.site)})\b", text)}
    names = {n.strip() for n in names if n.split()[0].lower() not in _NOT_A_NAME}
    return name_words(names.pop(), vocab) if len(names) == 1 else frozenset()


_NOT_A_NAME = frozenset("the a an this that its their his her our which".split())


def _place_words(bearing: Bearing, vocab: Vocabulary) -> frozenset[str]:
    if bearing.event is not None:
        return frozenset({f"event:{bearing.event}"})  # where something happened ("touched down")
    if bearing.subject.startswith("the "):
        return frozenset({f"site:{bearing.site}"})  # a site named by its noun ("the refinery")
    words = name_words(" ".join((bearing.subject, *bearing.also)), vocab)
    return words | {f"site:{bearing.site}"} if bearing.site else words


def _same_place(a: Bearing, b: Bearing, vocab: Vocabulary, lowered: dict[str, str]) -> bool:
    """Whether two bearings place one place: names that share a word, or a site named by its
    noun ("the tannery") and the same noun, or a site of that kind ("the Ravelin tannery") whose
    name the article that says "the tannery" also gives; not two names whose kind of site alone
    is shared ("the Kessin crossing", "the Dravo crossing")."""
    if a.event is not None or b.event is not None:
        # where one kind of thing happened ("touched down"), said of no place by name
        return a.event == b.event
    if a.subject.startswith("the ") and b.subject.startswith("the "):
        return a.site is not None and a.site == b.site
    if a.subject.startswith("the ") or b.subject.startswith("the "):
        bare, named = (a, b) if a.subject.startswith("the ") else (b, a)
        text = lowered.get(bare.source, "")
        if named.site is None and bare.site is not None:
            # "Dunmarsh sits on the edge of the estuary" against "the station", in an article
            # that names "Dunmarsh Power Station": the named site of that kind
            return re.search(rf"\b{re.escape(named.subject.lower())}\s+(?:[a-z-]+\s+)?{re.escape(bare.site)}\b",
                             text) is not None
        return bare.site == named.site and all(w in text for w in name_words(named.subject, vocab))
    return bool(_place_words(a, vocab) & _place_words(b, vocab) - {f"site:{a.site}"})


def _frames_meet(a: Bearing, b: Bearing, vocab: Vocabulary) -> bool:
    """Whether two directions are taken from one place. Two named places must be one ("north of
    Wrenfield" and "south of Kelby" may both be right), and a landmark the same landmark ("north
    of the river"); "the city", "the district" or no place at all is the story's own area, which
    an area named ("on the east coast of the Tessaly peninsula") may be, but a point or landmark
    is not ("the southern town of Almedra" and "Almedra, 60 km north-east of Porto Vallmar" are
    both right)."""
    if a.town or b.town:
        # "just south of the town" is from the story's town: a named town another article
        # measures from, or the town as an area ("in the north of the town"), not a landmark
        other = b if a.town else a
        return other.town or (other.frame is None and not other.point) or (
            other.frame is not None and not other.frame.startswith("the ") and other.point)
    if a.frame is not None and b.frame is not None:
        if a.frame.startswith("the ") and b.frame.startswith("the "):
            # "north of the river" and "south of the river"; "of the vent" and "of the crater",
            # one landmark in other words ([synonyms] in the event data)
            return a.frame == b.frame or vocab.same_noun(a.frame.split()[-1], b.frame.split()[-1])
        if a.frame.startswith("the ") or b.frame.startswith("the "):
            return False
        return bool(name_words(a.frame, vocab) & name_words(b.frame, vocab))
    return not (a.point or b.point or (a.frame or "").startswith("the ") or (b.frame or "").startswith("the "))


def check_places(bearings: Sequence[Bearing], sources: dict[str, Source], vocab: Vocabulary) -> list[Conflict]:
    """One named place put in compass directions more than 45 degrees apart by two sources
    ("Stannick, just south of Wrenfield" against "Stannick, a market town about 18 miles north of
    Wrenfield"; "Meadowbank Hospital on the city's northern outskirts" against "at Meadowbank, in
    the south of the city"): a contradiction about where the place is. Directions from two named
    points are not compared, nor two directions one source alone gives."""
    code = lookup("direction-mismatch")
    words = [_place_words(b, vocab) | _named_site(b, sources, vocab) for b in bearings]
    by_word: dict[str, list[int]] = {}
    for i, ws in enumerate(words):
        for w in ws:
            by_word.setdefault(w, []).append(i)
    # the texts of the articles that name a site by its noun alone, lowered once for _same_place
    lowered = {b.source: sources[b.source].text.lower() for b in bearings
               if b.subject.startswith("the ") and b.source in sources}
    graph: nx.Graph = nx.Graph()
    graph.add_nodes_from(range(len(bearings)))
    # only bearings that share a word of the place's name are compared (blocking: a corpus of many
    # stories does not compare every direction with every other)
    for i, j in sorted({(i, j) for block in by_word.values() for k, i in enumerate(block) for j in block[k + 1:]}):
        if _same_place(bearings[i], bearings[j], vocab, lowered) and _frames_meet(bearings[i], bearings[j], vocab):
            graph.add_edge(i, j)
    out = []
    for component in nx.connected_components(graph):
        group = [bearings[i] for i in sorted(component)]
        if not any(a.source != b.source and angle_apart(a.degrees, b.degrees) > 45 for a in group for b in group):
            continue
        place = min((b.subject for b in group), key=lambda n: (len(n), n))
        by_direction: dict[str, list[Bearing]] = {}
        for b in group:
            by_direction.setdefault(b.direction, []).append(b)
        sides = tuple(sorted((Side(value=_where(direction, found),
                                   claims=tuple(_bearing_ref(b, sources[b.source]) for b in sorted(
                                       found, key=lambda b: (b.source, b.start))),
                                   sources=tuple(sorted({b.source for b in found})))
                              for direction, found in by_direction.items()),
                             key=lambda s: (-len(s.sources), s.value)))
        key = "place|" + " ".join(sorted(w for w in set().union(*(words[i] for i in component))
                                         if not w.startswith("site:")) or sorted({b.subject for b in group}))
        said = "; ".join(f"{s.value} ({', '.join(s.sources)})" for s in sides)
        # where something happened is no place: "where it touched down"
        what, where = (f"where it {place}", f"where it {place}") if any(b.event is not None for b in group) \
            else (place, f"where {place} lies")
        out.append(_conflict_of(key, code, sides, where, f"the articles put {what} in different directions: {said}"))
    return out


def _where(direction: str, bearings: Sequence[Bearing]) -> str:
    """"north of Wrenfield" where every bearing of a side names that place, else "north"."""
    frames = {b.frame for b in bearings}
    return f"{direction} of {frames.pop()}" if len(frames) == 1 and None not in frames else direction


def _bearing_ref(bearing: Bearing, source: Source) -> ClaimRef:
    """A direction as a conflict side quotes it: the phrase, and the place it locates."""
    return ClaimRef(
        id=fingerprint("clm_", {"source": bearing.source, "place": bearing.subject, "direction": bearing.direction,
                                "from": bearing.frame, "quote": bearing.quote}),
        source=bearing.source, path=source.path, line=source.line_of(bearing.start),
        column=source.column_of(bearing.start), start=bearing.start, end=bearing.end, quote=bearing.quote,
        value={"place": bearing.subject, "direction": bearing.direction, "degrees": bearing.degrees,
               "from": bearing.frame},
        display=f"{bearing.subject}: {bearing.direction}" + (f" of {bearing.frame}" if bearing.frame else ""),
        sentence=source.text[bearing.sentence_start:bearing.sentence_end].strip(),
        sentence_start=bearing.sentence_start)


FAR_APART = 5.0  # two figures this many times apart count different things, unless one is a slip


def _written_digits(side: Side) -> set[str]:
    """The significant digits each figure of a side is written with ("420,000" and "4.2 million"
    are both "42")."""
    return {re.sub(r"\D", "", ref.quote).strip("0") for ref in side.claims} - {""}


# a unit written after a figure: figures in two units are not "times apart" however they compare
_UNIT_WORD_AFTER = re.compile(
    r"\s*-?((?:square|sq\.?)\s*(?:metres|meters|m|feet|ft|km|kilometres|miles)|metres|meters|feet|ft|km|"
    r"kilometres|kilometers|miles|acres|hectares|ha|litres|liters|gallons|kg|kilograms|pounds|lbs|tonnes|"
    r"tons|mph|km/h)\b", re.I)


def _units_written(side: Side, sources: dict[str, Source]) -> set[str]:
    out = set()
    for ref in side.claims:
        found = _UNIT_WORD_AFTER.match(sources[ref.source].text, ref.end)
        if found:
            out.add(" ".join(found.group(1).lower().replace(".", "").split()))
    return out


def _far_apart(conflict: Conflict, sources: dict[str, Source]) -> Conflict:
    """A contradiction between two counts or amounts five times apart or more ("about 9,800
    employees" against "around 640", "27 branches" against "410") that no slip explains (digits
    in another order, two units, two scales): more likely two measures that linked than one
    figure misreported, so a look-alike (warning) that says so."""
    if conflict.severity != "error" or conflict.kind not in ("count-mismatch", "amount-mismatch") \
            or len(conflict.sides) != 2 or conflict.explanation:
        return conflict
    mids = []
    for side in conflict.sides:
        ends = [x for ref in side.claims for x in (ref.value.get("low"), ref.value.get("high"))
                if isinstance(x, (int, float)) and x > 0]
        if not ends:
            return conflict
        mids.append((min(ends) + max(ends)) / 2)
    times = max(mids) / min(mids)
    a, b = conflict.sides
    if times < FAR_APART or _written_digits(a) & _written_digits(b):
        return conflict  # "about 420,000" against "more than 4.2 million": one figure at two scales
    units = (_units_written(a, sources), _units_written(b, sources))
    if all(units) and not units[0] & units[1]:
        return conflict  # "1,200 square metres" against "13,000 sq ft": two units, no ratio to read
    code = lookup("measure-difference")
    return conflict.model_copy(update={
        "code": code.code, "kind": code.slug, "severity": code.severity,
        "explanation": f"different measures: the figures are {times:.0f} times apart, more likely counts of "
                       "two things that were linked than one figure misreported"})


# words of a date, which say nothing of what two figures count
_CALENDAR_WORDS = frozenset(name.lower() for name in CALENDAR_NAMES)
# between a growth verb and the level its change reached: "doubled to 640,000", "more than
# doubled, to £3.46m", "has doubled since 2010, to 33", "tripled its reward to €500,000" (read
# without the hedge of the level)
_GROWTH_TO_LEVEL = re.compile(r"[^.;:()]{0,30}?\bto\s+\Z", re.I)


def _changes_to_a_level(items: Sequence[Claim], text: str, *, stated: bool) -> list[tuple[Claim, Claim]]:
    """(change, level) for each growth verb's change (and, with ``stated``, each percent change
    stated in figures) followed by the count or amount it reached in its sentence ("doubled to
    640,000", "fell 13% to £412m"), in one article's claims."""
    figures = [c for c in stated_figures(items) if c.kind in ("count", "money")]
    out = []
    for growth in (c for c in items if multiplied(c) or (stated and _stated_change(c))):
        level = next((c for c in figures if c.sentence_start == growth.sentence_start and c.start >= growth.end
                      and _GROWTH_TO_LEVEL.fullmatch(bare_gap(text, growth, c))), None)
        if level is not None and isinstance(level.value, NumberValue):
            out.append((growth, level))
    return out


def _stated_change(claim: Claim) -> bool:
    """A percent change an article states in figures ("fell 13% to £412m"), not worked out."""
    return claim.kind == "percent" and claim.role == "change" and not claim.derived \
        and isinstance(claim.value, NumberValue) and claim.value.unit == "%"


def check_growths(claims: Sequence[Claim], sources: dict[str, Source]) -> list[Conflict]:
    """A growth verb's change and the level it reached ("Passengers on charter routes doubled to
    640,000") against another article's ends for the same level ("rose from 210,000 in 2024 to
    640,000 in 2025", a rise of 204.8%): one change, so a multiple the ends do not give
    contradicts them. So does a change stated in figures ("fell 13% to £412m" against "£412m,
    down 31.0% from £597m"). Levels match when their figures are the same to the digit, in articles of
    one story (the stories are grouped only when some pair matches: most corpora have none)."""
    stories: dict[str, str] = {}

    def story(source_id: str) -> str:
        if not stories:
            stories.update(story_of(claims))
        return stories.get(source_id, source_id)

    def level_key(level: Claim) -> tuple[str, str | None, float]:
        unit = level.value.unit if isinstance(level.value, NumberValue) else None
        return level.kind, unit, figure_size(level)

    by_source = _by_source(claims)
    # the changes that reached each level: {(kind, unit, size): [change]}
    reached: dict[tuple[str, str | None, float], list[Claim]] = {}
    for source_id, items in by_source.items():
        for change in (c for c in items if ends_change(c)):
            level = next((c for c in items if c.role == "to" and c.sentence_start == change.sentence_start
                          and c.end == change.end and isinstance(c.value, NumberValue)), None)
            if level is not None and isinstance(level.value, NumberValue):
                reached.setdefault(level_key(level), []).append(change)
        # and a change stated with the level it reached and its base ("£3.46m, up 59% from £2.18m")
        for change, _base, level in _changes_on_a_base(items, sources[source_id].text):
            if change.role == "change" and not multiplied(change) and isinstance(level.value, NumberValue):
                reached.setdefault(level_key(level), []).append(change)
    code = lookup("arithmetic-inconsistency")
    out = []
    for source_id, items in sorted(by_source.items()):
        for growth, level in _changes_to_a_level(items, sources[source_id].text, stated=True):
            low, high = reader_interval(growth)
            for change in reached.get(level_key(level), []):
                if change.source == source_id or change.direction != growth.direction \
                        or story(change.source) != story(source_id):
                    continue
                c_low, c_high = reader_interval(change) if not change.derived else (figure_size(change),) * 2
                if c_low <= high and c_high >= low:
                    continue
                fact_key = f"growth|{story(source_id)}|{level.display}"
                sides = (
                    Side(value=growth.display, claims=(claim_ref(growth, sources[source_id]),), sources=(source_id,)),
                    Side(value=change.display, claims=(claim_ref(change, sources[change.source]),),
                         sources=(change.source,)),
                )
                out.append(_conflict_of(
                    fact_key, code, sides, f"change to {level.display}",
                    f"\"{growth.quote}\" to {level.display} ({source_id}) is a change of {growth.display}; "
                    f"{change.source} gives "
                    + (f"{change.derived}" if change.derived else f"\"{change.quote}\"")
                    + f" for the same level, a change of {change.display}"))
    return out


def _three_digits(x: float) -> float:
    """A worked-out figure to three significant digits (145,090 -> 145,000), to show as "about"."""
    return round(x, 2 - int(math.floor(math.log10(abs(x))))) if x else 0.0


def check_growth_bases(facts: Sequence[Fact], claims: Sequence[Claim], sources: dict[str, Source]) -> list[Conflict]:
    """A growth verb's change and the level it reached ("tripled its reward to EUR500,000")
    against the figure another article gives for the same fact below that level ("offered a
    EUR250,000 reward"): when no such figure is the level divided by the multiple, the multiple
    contradicts the figures (the reward doubled). A base is a figure linked to the level as one
    fact, from another article, of no later period, measure or scope, whose context shares a word
    with the level's, and not itself the level of a change; a base in the growth's own sentence
    ("tripled from nine to 27") is arithmetic within one article."""
    fact_of = {c.id: f for f in facts for c in f.claims}
    code = lookup("arithmetic-inconsistency")
    by_source = _by_source(claims)
    out = []
    for source_id, items in sorted(by_source.items()):
        for growth, level in _changes_to_a_level(items, sources[source_id].text, stated=False):
            if level.id not in fact_of or any(
                    c.role == "from" and c.sentence_start == growth.sentence_start for c in items):
                continue  # (a base in the growth's own sentence is arithmetic within one article)
            low, high = reader_interval(growth)
            l_low, l_high = reader_interval(level)
            bases = []
            for other in fact_of[level.id].claims:
                if other.source == source_id or other.derived or not isinstance(other.value, NumberValue) \
                        or other.role in ("change", "multiplier") or other.kind != level.kind:
                    continue
                o_low, o_high = reader_interval(other)
                if o_low <= 0 or (o_high >= l_low and o_low <= l_high):
                    continue  # the level itself, rounded
                if (growth.direction == "up") != (o_high < l_low):
                    continue  # not below a rise (or above a fall)
                if any(c.role == "change" and c.source == other.source and c.sentence_start == other.sentence_start
                       for c in by_source[other.source]):
                    continue  # a level another change reached ("$51.3 million, up 145% from $20.9 million")
                if level.period is not None and other.period is not None and level.period.resolved \
                        and other.period.resolved and other.period.earliest and level.period.latest \
                        and other.period.earliest > level.period.latest:
                    continue  # a figure for a later period is no base of the change
                if any(getattr(level, a) is not None and getattr(other, a) is not None
                       and getattr(level, a) != getattr(other, a) for a in ("measure", "scope")) \
                        or not (set(level.tokens) | set(growth.tokens)) & set(other.tokens) - _CALENDAR_WORDS:
                    continue  # (a base is said of what the level is said of: a word of their contexts meets)
                bases.append((other, o_low, o_high))
            # the multiple fits a base when the level over the base can be 1 + the change
            if not bases or any(l_low / o_high <= 1 + high / 100 and l_high / o_low >= 1 + low / 100
                                for _, o_low, o_high in bases):
                continue
            base, b_low, b_high = bases[0]
            alike = sorted({c.id: c for c, o_low, o_high in bases if o_low <= b_high and o_high >= b_low}.values(),
                           key=lambda c: (c.source, c.start))
            unit = level.value.unit if isinstance(level.value, NumberValue) else None
            implied = [format_number(_three_digits(x), unit)
                       for x in (l_low / (1 + high / 100), l_high / (1 + low / 100))]
            fact_key = f"growth-base|{fact_of[level.id].key}"
            sides = (
                Side(value=growth.display, claims=(claim_ref(growth, sources[source_id]),), sources=(source_id,)),
                Side(value=base.display, claims=tuple(claim_ref(c, sources[c.source]) for c in alike),
                     sources=tuple(sorted({c.source for c in alike}))),
            )
            out.append(_conflict_of(
                fact_key, code, sides, f"change to {level.display}",
                f"\"{growth.quote}\" to {level.display} ({source_id}) puts the figure before it at about "
                f"{implied[0]} to {implied[1]}; {', '.join(sorted({c.source for c in alike}))} "
                f"{'gives' if len({c.source for c in alike}) == 1 else 'give'} {base.display}"))
    return out


# a notice that a figure was updated, not given in error: "based on initial figures", "has since confirmed"
_UPDATED = re.compile(r"(?i)\b(?:initial|preliminary|provisional|early|earliest|first)\s+"
                      r"(?:figures?|counts?|estimates?|tallies|tally|reports?|data)\b|\bhas\s+since\b|\bwas\s+later\b")


def _owned_up(conflict: Conflict, kind: str) -> Conflict:
    """A look-alike whose values one article's own correction sets against each other
    ("Correction: A report on March 3 said premiums would rise by an average of 48%. The average
    rise is 38%."): the article says the two are one figure, one of them given in error, so the
    difference of period or measure the frames suggest explains nothing: a contradiction.
    ``kind`` is the kind of the fact judged."""
    if conflict.severity != "warning" or len(conflict.sides) < 2:
        return conflict
    for i, side in enumerate(conflict.sides):
        for ref in side.claims:
            if quoted_correction_role(ref) != "withdraws" or _UPDATED.search(ref.sentence):
                continue  # (a notice that a figure was updated, "based on initial figures", owns up to no error)
            if any(other.source == ref.source for j, theirs in enumerate(conflict.sides) if j != i
                   for other in theirs.claims):
                code = lookup(MISMATCH_BY_KIND[kind])
                return conflict.model_copy(update={"code": code.code, "kind": code.slug,
                                                   "severity": code.severity, "explanation": None})
    return conflict


def detect_conflicts(facts: Sequence[Fact], claims: Sequence[Claim], sources: dict[str, Source],
                     vocab: Vocabulary, bearings: Sequence[Bearing] = ()) -> list[Conflict]:
    """Every conflict in the corpus, sorted by severity, then fact. ``bearings`` are the places
    the sources put by compass direction (see reconcile.extract.places)."""
    found = [_owned_up(_far_apart(c, sources), f.kind) for f in facts for c in judge_fact(f, sources, vocab)]
    found.extend(check_arithmetic(claims, sources))
    # a growth verb and another article's change already judged as one fact are not judged again
    opposed = {frozenset((x.id, y.id)) for c in found if c.severity == "error" for i, side in enumerate(c.sides)
               for other in c.sides[i + 1:] for x in side.claims for y in other.claims}
    found.extend(c for c in check_growths(claims, sources)
                 if frozenset(ref.id for side in c.sides for ref in side.claims) not in opposed)
    found.extend(c for c in check_growth_bases(facts, claims, sources)
                 if frozenset(ref.id for side in c.sides for ref in side.claims) not in opposed)
    found.extend(check_weekdays(claims, sources))
    places = check_places(bearings, sources, vocab)
    located = {(ref.source, ref.sentence_start) for c in places for side in c.sides for ref in side.claims}
    # a distance's bearing the place check already judged, with the place named, is one conflict
    found.extend(c for c in check_bearings(facts, sources, vocab) if not all(
        (ref.source, ref.sentence_start) in located for side in c.sides for ref in side.claims))
    found.extend(places)
    unique = {c.id: c for c in found}
    rank = {"error": 0, "warning": 1, "info": 2}
    return sorted(unique.values(), key=lambda c: (rank[c.severity], c.fact_key, c.id))
