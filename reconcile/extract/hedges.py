"""The one hedge table: how a hedge word turns a stated figure ``x`` into an interval.

=====================================  ==========  ==============================  ==============
hedge phrases                          class       number interval (low, high)     approximate
=====================================  ==========  ==============================  ==============
about, around, roughly, approximately,  ``approx``  ``[x - 10%, x + 10%]``          True
some, an estimated, estimated, circa,
nearly, almost, close to, just under,   ``nearly``  ``[x - 10%, x]`` (x exclusive    True
just shy of, not quite                              in reading; kept inclusive)
more than, over, above, exceeding,      ``more``    ``[x, None]`` (open above; x     False
upwards of, in excess of, north of,                 exclusive in reading)
well over, well above, beyond, topped,
surpassed, exceeded
at least, no fewer than, no less than,  ``least``   ``[x, None]``                    False
a minimum of, or more (after x)
just over, slightly more than, a        ``over``    ``[x, x + 10%]``                 True
little over, just above, x-plus
up to, as many as, as much as, at       ``upto``    ``[None, x]``                    False
most, no more than, a maximum of
fewer than, less than, under, below,    ``less``    ``[None, x]`` (x exclusive in    False
lower than                                          reading)
=====================================  ==========  ==============================  ==============

Open ends are None ("no bound stated"), never a guessed cap. Upper-bound-only hedges give
``low=None`` (not 0) so that counts, money and signed percentages are treated alike.

For durations inside relative dates ("nearly two years after"), the same classes apply to the
duration, except that an open end is capped at 1.5x (a date interval needs both ends):
``more``/``least`` -> ``[x, 1.5x]``, ``upto``/``less`` -> ``[0, x]``.

A bare round figure with no hedge ("37,000") keeps ``low == high == x`` and ``stated`` set, but
is marked ``approximate=True`` when it looks rounded: at least three trailing zeros, or two
trailing zeros and at most two significant digits (37,000; 100; 2,500; 742,000 — not 2,160,
820 or 116).
Figures given with a scale word ("1.2 million", "$61bn") are always approximate.
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["HEDGES", "HEDGE_RE", "POST_HEDGE_RE", "apply_hedge", "duration_bounds", "is_round",
           "words_before", "hedge_before"]

HEDGES: dict[str, str] = {
    "about": "approx",
    "around": "approx",
    "roughly": "approx",
    "approximately": "approx",
    "some": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "circa": "approx",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "just shy of": "nearly",
    "not quite": "nearly",
    "more than": "more",
    "over": "more",
    "above": "more",
    "exceeding": "more",
    "upwards of": "more",
    "in excess of": "more",
    "north of": "more",
    "well over": "more",
    "well above": "more",
    "beyond": "more",
    "topped": "more",
    "well past": "more",  # "well past six million pounds" (not "past": "the past two years")
    "climbed past": "more",
    "rose past": "more",
    "went past": "more",
    "pushed past": "more",
    "soared past": "more",
    "crept past": "more",
    "surpassed": "more",
    "exceeded": "more",
    "at least": "least",
    "not fall below": "least",  # "did not fall below 28.4C": the night's low was 28.4C or more
    "not drop below": "least",
    "not dip below": "least",
    "never fell below": "least",
    "never dropped below": "least",
    "never dipped below": "least",
    "no fewer than": "least",
    "no less than": "least",
    "a minimum of": "least",
    "just over": "over",
    "slightly more than": "over",
    "a little over": "over",
    "a little more than": "over",
    "just above": "over",
    "up to": "upto",
    "as many as": "upto",
    "as much as": "upto",
    "at most": "upto",
    "no more than": "upto",
    "a maximum of": "upto",
    "fewer than": "less",
    "less than": "less",
    "under": "less",
    "below": "less",
    "lower than": "less",
}

_ALT = "|".join(re.escape(k) for k in sorted(HEDGES, key=len, reverse=True))
# Hedge immediately before a figure (checked with search(text, pos, endpos) on a short window).
HEDGE_RE = re.compile(rf"(?i)(?<![\w-])({_ALT})\s+(?:an?\s+)?\Z")
# Hedge after a figure: "37,000 or more", "100-plus", "2,000 or so".
POST_HEDGE_RE = re.compile(r"(?:\s+or\s+(more|so|fewer|less)\b|(-plus\b|\+(?![\w\d])))")
_POST = {"more": "least", "so": "approx", "fewer": "upto", "less": "upto", "-plus": "least"}


_REV_WORDS = re.compile(r"[ \t\xa0]+([A-Za-z]+(?:[ \t\xa0]+[A-Za-z]+){0,7})")
_ALPHA = re.compile(r"[A-Za-z]+")


def words_before(text: str, lo: int, pos: int, n: int = 5) -> list[tuple[int, str]]:
    """Up to ``n`` words (start, lower-case word) right before ``pos``, nearest last, stopping at
    anything but whitespace between them (a comma or a digit ends the run)."""
    a = max(lo, pos - 14 * n)
    m = _REV_WORDS.match(text[a:pos][::-1])  # reversed: one anchored match, no scanning
    if m is None:
        return []
    seg_start = pos - m.end(1)
    seg = text[seg_start:pos - m.start(1)]
    words = [(seg_start + w.start(), w.group().lower()) for w in _ALPHA.finditer(seg)]
    if seg_start == a and a > lo and text[a - 1].isalpha():
        words = words[1:]  # the window cut a word
    return words[-n:]


_HEDGE_LAST = frozenset([k.split()[-1] for k in HEDGES] + ["a", "an"])
_HEDGE_BY_LEN = sorted({len(k.split()) for k in HEDGES}, reverse=True)


def hedge_before(text: str, lo: int, pos: int,
                 words: list[tuple[int, str]] | None = None) -> tuple[str, int] | None:
    """The hedge phrase right before ``pos`` ("more than", "an estimated"; an "a"/"an" between
    hedge and figure is allowed: "about a 44% premium"), as (phrase, start), or None.
    ``words`` may pass :func:`words_before` already computed for ``pos``."""
    if words is None:
        words = words_before(text, lo, pos, 4)
    if not words or words[-1][1] not in _HEDGE_LAST:
        return None
    for skip in (0, 1):
        if skip:
            if not words or words[-1][1] not in ("a", "an"):
                break
            words = words[:-1]
        for k in _HEDGE_BY_LEN:
            if len(words) >= k:
                phrase = " ".join(w for _, w in words[-k:])
                if phrase in HEDGES:
                    return phrase, words[-k][0]
    return None


def post_hedge_class(word: str) -> str:
    return _POST.get(word, "least")


def _num(d: Decimal) -> int | float:
    return int(d) if d == d.to_integral_value() else float(d)


def apply_hedge(cls: str | None, x: Decimal) -> tuple[int | float | None, int | float | None]:
    """Return the (low, high) interval that hedge class ``cls`` gives the stated figure ``x``."""
    tenth = abs(x) / 10
    if cls == "approx":
        return _num(x - tenth), _num(x + tenth)
    if cls == "nearly":
        return _num(x - tenth), _num(x)
    if cls in ("more", "least"):
        return _num(x), None
    if cls == "over":
        return _num(x), _num(x + tenth)
    if cls in ("upto", "less"):
        return None, _num(x)
    return _num(x), _num(x)


def duration_bounds(cls: str | None, x: float) -> tuple[float, float]:
    """The (shortest, longest) a hedged duration of ``x`` units can be (both ends bounded)."""
    if cls == "approx":
        return x * 0.9, x * 1.1
    if cls == "nearly":
        return x * 0.9, x
    if cls in ("more", "least"):
        return x, x * 1.5
    if cls == "over":
        return x, x * 1.1
    if cls in ("upto", "less"):
        return 0.0, x
    return x, x


def is_round(x: Decimal) -> bool:
    """True when a bare figure looks rounded (see the module table)."""
    if x != x.to_integral_value() or abs(x) < 100:
        return False
    digits = str(abs(int(x)))
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped)
    return zeros >= 3 or (zeros >= 2 and len(stripped) <= 2)
