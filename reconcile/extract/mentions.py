"""The mention grammar's one entry point: text -> sorted date and quantity mentions.

Modules: :mod:`~reconcile.extract.text` (sentences, paragraphs), :mod:`~.dates`,
:mod:`~.quantities`, :mod:`~.hedges` (the one hedge table), :mod:`~.furniture` (page furniture,
rules in ``reconcile/data/furniture.toml``).

Contract choices, in one place:

* Spans are the expression itself: "37,000" (its hedge "more than" goes to ``value.hedge``),
  "$61bn", "62 percent", "third-largest", "tens of thousands", "the end of June",
  "nearly two years after", "last year", "Friday" (not "on Friday").
* A date range ("between June 2024 and Dec. 2024", "from 2019 to 2021", "2019-21", "May 20-22")
  is ONE mention with precision ``range``; a number range ("between 2,000 and 3,000", "5-10%",
  "20 to 30 percent") is one mention with ``hedge="range"``. "from 2,160 to 820" is not a
  range but a change: two mentions with roles ``from``/``to`` sharing ``relation``.
* Hedges follow :data:`reconcile.extract.hedges.HEDGES`; open ends are None.
* Relative dates carry ``relative=True`` and ``anchor`` ("published 2024-07-02" or
  "'May 2024' in the same sentence"); when publication is missing or too coarse they stay
  unresolved (earliest/latest None), never guessed.

Extraction is sentence-local (dates without a year borrow one only from their own sentence or
from publication), so extracting a text equals extracting each of its paragraphs. Dates win over
quantities where they overlap ("July 2" is not the count 2), and nothing inside page furniture
is returned.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from bisect import bisect_right
from collections.abc import Sequence
from pathlib import Path

from reconcile.extract.dateparts import _shift_years
from reconcile.extract.dates import Published, find_dates
from reconcile.extract.furniture import find_furniture, load_rules
from reconcile.extract.quantities import find_quantities
from reconcile.extract.text import sentences
from reconcile.models import DateValue, Mention

__all__ = ["extract_mentions", "extract_sentence"]

log = logging.getLogger(__name__)


def _overlaps(a: int, b: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether [a, b) overlaps one of the sorted, disjoint ``spans`` (``starts`` their starts)."""
    i = bisect_right(starts, a) - 1
    if i >= 0 and spans[i][1] > a:
        return True
    return i + 1 < len(spans) and spans[i + 1][0] < b


def extract_sentence(
    text: str, start: int, end: int, *, pub: Published, source: str = "",
    fiscal_year_start: int = 10,
) -> list[Mention]:
    """Mentions of one sentence ``text[start:end]`` (may raise on a bug; callers guard)."""
    dates = _years_to(text, start, find_dates(text, start, end, pub=pub,
                                               fiscal_year_start=fiscal_year_start, source=source))
    spans = [(m.start, m.end) for m in dates]
    # find_quantities never returns a figure overlapping an excluded (date) span
    return list(dates) + find_quantities(text, start, end, source=source, exclude=spans)


_YEAR_TO = re.compile(r"\b(?:financial|fiscal|budget|tax|accounting|reporting)\s+"
                      r"(?:year|12\s+months|twelve\s+months)\s+(?:to|ending|ended|that\s+ended|through|until)"
                      r"\s+(?:the\s+end\s+of\s+)?\Z", re.I)


def _years_to(text: str, start: int, dates: Sequence[Mention]) -> list[Mention]:
    """"the financial year to March 2025", "the fiscal year ended June 30": the year of accounts
    ending on that date, not the date itself (a fiscal year unless it ends on 31 December). A
    plain "year to August" is left alone: "prices rose 4.2% in the year to August" is a rate
    measured in August."""
    out = []
    for d in dates:
        v = d.value
        window = text[max(start, d.start - 60):d.start]
        m = _YEAR_TO.search(text, max(start, d.start - 60), d.start) \
            if ("year" in window or "months" in window) else None
        if m is None or not isinstance(v, DateValue) or v.latest is None or v.earliest is None \
                or (v.latest - v.earliest).days > 31:
            out.append(d)
            continue
        first = _shift_years(v.latest, -1) + dt.timedelta(days=1)
        fiscal = (v.latest.month, v.latest.day) != (12, 31)
        value = v.model_copy(update={"earliest": first, "precision": "year" if not fiscal else "range",
                                     "fiscal": fiscal, "approximate": False})
        out.append(d.model_copy(update={"start": m.start(), "text": text[m.start():d.end], "value": value}))
    return out


def extract_mentions(
    text: str,
    *,
    published: DateValue | None = None,
    source: str = "",
    start: int = 0,
    end: int | None = None,
    fiscal_year_start: int = 10,
    furniture_rules: Path | None = None,
) -> tuple[Mention, ...]:
    """Return the date and quantity mentions in ``text[start:end]``, sorted by (start, end).

    Offsets are into the whole ``text``; ``text[m.start:m.end] == m.text`` for every mention.
    Never raises: a sentence the grammar trips on is logged and skipped.

    >>> [m.text for m in extract_mentions("Arrests rose 8 percent in 2023.")]
    ['8 percent', '2023']
    """
    if not isinstance(text, str) or not text:
        return ()
    if not 1 <= fiscal_year_start <= 12:
        log.warning("fiscal_year_start %r is not a month; using 10", fiscal_year_start)
        fiscal_year_start = 10
    try:
        pub = Published.of(published)
        n = len(text)
        end = n if end is None else max(0, min(end, n))
        start = max(0, min(start, end))
        rules = load_rules(Path(furniture_rules) if furniture_rules is not None else None)
        furniture = find_furniture(text, start, end, rules)
    except Exception:  # noqa: BLE001 - the contract is "never raises"
        log.exception("mention extraction failed before sentence splitting")
        return ()
    out: list[Mention] = []
    starts = [fs for fs, _ in furniture]
    for s, e in sentences(text, start, end):
        if furniture:
            i = bisect_right(starts, s) - 1
            if i >= 0 and furniture[i][1] >= e:
                continue  # the whole sentence is furniture
        try:
            found = extract_sentence(text, s, e, pub=pub, source=source,
                                     fiscal_year_start=fiscal_year_start)
        except Exception:  # noqa: BLE001 - skip the sentence, keep the rest
            log.exception("mention extraction failed on %r", text[s:e][:80])
            continue
        if furniture:
            found = [m for m in found if not _overlaps(m.start, m.end, furniture, starts)]
        out.extend(found)
    out.sort(key=lambda m: (m.start, m.end))
    return tuple(out)
