"""Score a report against a gold annotation of one story: the library side of ``reconcile eval``.

A gold file lists checkable facts (``items``), each with a class (``real``: a contradiction to
flag as an error; ``explained``: a look-alike that may be a warning but never an error;
``agree``: the same value in other words, never flagged) and the claims that state it, as
``[source_stem, exact phrase]`` pairs.

Matching rules:

- A gold claim's span is every occurrence of its phrase in the source's whole text (front matter
  included, the same offsets as :class:`~reconcile.models.ClaimRef`); a phrase that does not
  occur is listed in ``unlocated`` and can match nothing.
- A report claim *is in* a gold claim when the sources are equal and the report claim's
  ``[start, end)`` lies inside the phrase's span.
- A conflict *covers* an item when two different gold claims of the item each hold a report
  claim, on two different sides of the conflict; or when every side of the conflict holds a
  report claim inside one and the same gold claim: a contradiction inside one phrase ("Friday,
  March 14" in 2026, a Saturday), which is what the gold claim is wrong about.
- Suggestion check (items with a non-null ``truth``, covered by some conflict): the suggestion of
  the most severe covering conflict (ties: report order; one across the item's claims before one
  inside a single claim) is compared with the truth. When either
  string reads as a date (ISO ``2022-05-26``/``2022-05``, ``26 May 2022``, ``May 26, 2022``,
  ``May 2022``, or a bare year), the year/month/day parts the truth gives must be equal in the
  suggestion. Otherwise the numbers in both strings (scale words applied: ``$1.2bn`` ==
  ``1,200 million dollars``; ordinal words and ``3rd`` read as numbers) must be equal as sorted
  lists, and when both strings name a unit (currency or percent) the units must agree; a
  suggested percentage also states a truth of one plain figure it rounds to at the truth's own
  precision ("44.6%" states "45"). A
  suggestion also states the truth when a claim *derived* from another figure on the side it picks
  quotes the truth ("139" in "the 139-year-old library", read as opened in 1887, on the side of
  1887, for a truth given as the age). A truth that ends in a parenthesis explaining it ("48
  (born 1978)", "72% (118 of 164)") is also stated by a suggestion of the value before it. A
  truth that names a multiple ("tripled", "more than three times", "2.3 times") is stated by a
  suggested rise in percent or a multiple that fits it (213.3% is 3.13 times: "tripled"). A
  suggested compass direction ("north-east", "north-east of Tarrow") states a truth whose first
  compass word is that direction ("north-east of the district", "northern outskirts", "the east coast").

Nothing here prints; :func:`score` and :func:`summarize` return frozen models.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, computed_field, model_validator

from reconcile.errors import ConfigError, InputError
from reconcile.extract.places import BEARINGS, COMPASS_WORD, compass_direction
from reconcile.models import SEVERITY_RANK, Conflict, Report

if TYPE_CHECKING:
    from reconcile.config import Settings

ItemClass = Literal["real", "explained", "agree"]
Explanation = Literal["period", "scope", "measure", "time", "rounding", "units"]

# Files in a story folder that are annotation, not sources.
NON_SOURCES = frozenset({"notes.md", "readme.md", "gold.json", "floor.json"})
SOURCE_SUFFIXES = (".md", ".markdown", ".txt", ".text", ".html", ".htm")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------


class GoldItem(_Frozen):
    """One checkable fact of a story and the claims that state it."""

    id: str
    cls: ItemClass = Field(alias="class")
    fact: str
    claims: tuple[tuple[str, str], ...]
    truth: str | None = None
    explanation: Explanation | None = None
    confidence: str | None = None

    @model_validator(mode="after")
    def _enough_claims(self) -> GoldItem:
        if len(self.claims) < 2:
            raise ValueError(f"item {self.id} needs at least two claims")
        for source, phrase in self.claims:
            if not source or not phrase:
                raise ValueError(f"item {self.id} has an empty source or phrase")
        return self


class Gold(_Frozen):
    """A story's gold annotation."""

    items: tuple[GoldItem, ...]

    @model_validator(mode="after")
    def _unique_ids(self) -> Gold:
        seen: set[str] = set()
        for item in self.items:
            if item.id in seen:
                raise ValueError(f"duplicate item id {item.id!r}")
            seen.add(item.id)
        return self


def load_gold(path: Path | str) -> Gold:
    """Read and validate a gold file.

    Raises ConfigError E303 when the file is missing, not JSON, or not in the gold format.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError("E303", path=path, detail=str(exc)) from exc
    try:
        return Gold.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "top level"
        raise ConfigError("E303", path=path, detail=f"{where}: {first['msg']}") from exc


# ---------------------------------------------------------------------------------------------
# Scores
# ---------------------------------------------------------------------------------------------


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


class Counts(_Frozen):
    """Counts shared by one story and the whole run, with the rates worked out from them."""

    real: int = 0
    real_caught: int = 0  # covered by an error conflict
    real_caught_any: int = 0  # covered by a conflict of any severity
    explained: int = 0
    false_errors: int = 0  # explained items covered by an error conflict
    agree: int = 0
    false_flags: int = 0  # agree items covered by a warning or error conflict
    suggestions_checked: int = 0  # items with a truth that some conflict covers
    suggestions_correct: int = 0
    with_truth: int = 0
    errors: int = 0  # error conflicts in the report(s)
    unmatched_errors: int = 0  # error conflicts covering no real item

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float | None:
        """Share of real items covered by an error conflict."""
        return _rate(self.real_caught, self.real)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall_any(self) -> float | None:
        """Share of real items covered by a conflict of any severity."""
        return _rate(self.real_caught_any, self.real)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def false_error_rate(self) -> float | None:
        return _rate(self.false_errors, self.explained)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def false_flag_rate(self) -> float | None:
        return _rate(self.false_flags, self.agree)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def wrong_severity_rate(self) -> float | None:
        """(explained shown as error + agree shown as warning/error) / (explained + agree)."""
        return _rate(self.false_errors + self.false_flags, self.explained + self.agree)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def suggestion_accuracy(self) -> float | None:
        return _rate(self.suggestions_correct, self.suggestions_checked)


class ItemResult(_Frozen):
    """How the report treated one gold item."""

    id: str
    cls: ItemClass = Field(serialization_alias="class")
    fact: str
    covered_by: tuple[str, ...] = ()  # ids of covering conflicts, most severe first
    severity: str | None = None  # the most severe covering conflict's severity
    truth: str | None = None
    suggestion: str | None = None
    suggestion_ok: bool | None = None  # None when there is no truth or no covering conflict

    @computed_field  # type: ignore[prop-decorator]
    @property
    def verdict(self) -> Literal["ok", "missed", "weak", "false-error", "false-flag"]:
        """``missed``/``weak`` (real not flagged / flagged below error), false-* or ``ok``."""
        if self.cls == "real":
            if self.severity is None:
                return "missed"
            return "ok" if self.severity == "error" else "weak"
        if self.cls == "explained":
            return "false-error" if self.severity == "error" else "ok"
        return "false-flag" if self.severity in ("warning", "error") else "ok"


class StoryScore(Counts):
    """The score of one story, with per-item results for the details."""

    story: str
    items: tuple[ItemResult, ...] = ()
    unmatched_error_ids: tuple[str, ...] = ()
    unmatched_error_facts: tuple[str, ...] = ()  # "fact: value | value", same order as the ids
    unlocated: tuple[str, ...] = ()  # "ITEM source: phrase" for phrases not found verbatim

    @computed_field  # type: ignore[prop-decorator]
    @property
    def missed_real(self) -> tuple[str, ...]:
        return tuple(i.id for i in self.items if i.cls == "real" and i.severity != "error")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def false_error_items(self) -> tuple[str, ...]:
        return tuple(i.id for i in self.items if i.verdict == "false-error")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def false_flag_items(self) -> tuple[str, ...]:
        return tuple(i.id for i in self.items if i.verdict == "false-flag")


class EvalSummary(Counts):
    """All stories of a run and their totals."""

    stories: tuple[StoryScore, ...] = ()


# ---------------------------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------------------------

Span = tuple[str, int, int]


def locate(phrase: str, text: str) -> list[tuple[int, int]]:
    """Every ``[start, end)`` where ``phrase`` occurs in ``text`` (non-overlapping, in order)."""
    spans: list[tuple[int, int]] = []
    at = text.find(phrase)
    while at >= 0 and phrase:
        spans.append((at, at + len(phrase)))
        at = text.find(phrase, at + len(phrase))
    return spans


def _gold_spans(
    item: GoldItem, texts: Mapping[str, str], unlocated: list[str]
) -> list[list[tuple[int, int]]]:
    spans: list[list[tuple[int, int]]] = []
    for source, phrase in item.claims:
        found = locate(phrase, texts.get(source, ""))
        if not found:
            unlocated.append(f"{item.id} {source}: {phrase[:60]}")
        spans.append(found)
    return spans


def _claims_in(
    item: GoldItem, spans: list[list[tuple[int, int]]], conflict: Conflict
) -> list[set[int]]:
    """For each side of ``conflict``, the indices of the item's gold claims it has a claim in."""
    per_side: list[set[int]] = []
    for side in conflict.sides:
        hit: set[int] = set()
        for ref in side.claims:
            for index, (source, _) in enumerate(item.claims):
                if ref.source != source:
                    continue
                if any(lo <= ref.start and ref.end <= hi for lo, hi in spans[index]):
                    hit.add(index)
        per_side.append(hit)
    return per_side


def _across(per_side: list[set[int]]) -> bool:
    """Whether two different gold claims sit on two different sides (``_claims_in``'s result)."""
    return any(a != b for i, left in enumerate(per_side) for right in per_side[i + 1:]
               for a in left for b in right)


def covers(item: GoldItem, spans: list[list[tuple[int, int]]], conflict: Conflict) -> bool:
    """Whether two different gold claims of ``item`` sit on two different sides of ``conflict``,
    or every side of ``conflict`` sits inside one gold claim of ``item`` (a contradiction inside
    one phrase)."""
    per_side = _claims_in(item, spans, conflict)
    return _across(per_side) or (len(per_side) > 1 and bool(set.intersection(*per_side)))


def score(report: Report, gold: Gold, texts: Mapping[str, str], *, story: str = "") -> StoryScore:
    """Score ``report`` against ``gold``; ``texts`` maps each source id to its file's full text."""
    unlocated: list[str] = []
    results: list[ItemResult] = []
    real_cover: set[str] = set()
    counts = dict.fromkeys(
        ("real", "real_caught", "real_caught_any", "explained", "false_errors", "agree",
         "false_flags", "suggestions_checked", "suggestions_correct", "with_truth"),
        0,
    )
    for item in gold.items:
        spans = _gold_spans(item, texts, unlocated)
        covering = [c for c in report.conflicts if covers(item, spans, c)]
        # Most severe first; sorted() is stable, so report order breaks ties.
        covering = sorted(covering, key=lambda c: -SEVERITY_RANK.get(c.severity, 0))
        severity = covering[0].severity if covering else None
        counts[item.cls] += 1
        if item.cls == "real":
            real_cover.update(c.id for c in covering)
            counts["real_caught"] += severity == "error"
            counts["real_caught_any"] += severity is not None
        elif item.cls == "explained":
            counts["false_errors"] += severity == "error"
        else:
            counts["false_flags"] += severity in ("warning", "error")
        suggestion: str | None = None
        ok: bool | None = None
        if item.truth is not None:
            counts["with_truth"] += 1
            if covering:
                # the suggestion checked is that of the most severe covering conflict, one across
                # the item's claims before one of the same severity inside a single phrase (which
                # suggests a value for that phrase only)
                top = [c for c in covering if c.severity == covering[0].severity]
                pick = next((c for c in top if _across(_claims_in(item, spans, c))), top[0])
                chosen = pick.suggestion
                suggestion = chosen.value if chosen else None
                ok = suggestion is not None and (values_match(suggestion, item.truth) or any(
                    # the side it picks states the truth in a source's own words: "the
                    # 139-year-old library" on the side of 1887, the truth given as the age
                    values_match(ref.quote, item.truth) for side in pick.sides
                    if side.value == suggestion for ref in side.claims if ref.derived))
                counts["suggestions_checked"] += 1
                counts["suggestions_correct"] += ok
        results.append(
            ItemResult(
                id=item.id,
                cls=item.cls,
                fact=item.fact,
                covered_by=tuple(c.id for c in covering),
                severity=severity,
                truth=item.truth,
                suggestion=suggestion,
                suggestion_ok=ok,
            )
        )
    errors = [c.id for c in report.conflicts if c.severity == "error"]
    unmatched = tuple(sorted(cid for cid in errors if cid not in real_cover))
    by_id = {c.id: c for c in report.conflicts}
    facts = tuple(
        f"{by_id[cid].fact}: " + " | ".join(side.value for side in by_id[cid].sides)
        for cid in unmatched
    )
    return StoryScore(
        story=story,
        items=tuple(results),
        unmatched_error_ids=unmatched,
        unmatched_error_facts=facts,
        unlocated=tuple(unlocated),
        errors=len(errors),
        unmatched_errors=len(unmatched),
        **counts,
    )


def summarize(scores: Iterable[StoryScore]) -> EvalSummary:
    """Add up story scores into the run's totals (stories kept in the order given)."""
    stories = tuple(scores)
    fields = [name for name in Counts.model_fields]
    totals = {name: sum(getattr(s, name) for s in stories) for name in fields}
    return EvalSummary(stories=stories, **totals)


# ---------------------------------------------------------------------------------------------
# Suggestion values
# ---------------------------------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_DATE_PATTERNS = (
    re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{1,2})(?:-(?P<day>\d{1,2}))?\b"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.I),
    re.compile(r"^\s*(?:in\s+)?(?P<year>\d{4})\s*$", re.I),
)

DateParts = tuple[int | None, int | None, int | None]
_BARE_YEAR = re.compile(r"\s*\d{4}\s*")


def parse_date(text: str) -> DateParts | None:
    """Year, month and day (None where not given) of the first date in ``text``, or None."""
    for pattern in _DATE_PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        groups = m.groupdict()
        year = int(groups["year"]) if groups.get("year") else None
        if groups.get("mnum"):
            month: int | None = int(groups["mnum"])
        elif groups.get("month"):
            month = _MONTHS[groups["month"].lower().rstrip(".")]
        else:
            month = None
        day = int(groups["day"]) if groups.get("day") else None
        if month is not None and not 1 <= month <= 12:
            continue
        return (year, month, day)
    return None


_SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "crore": 1e7,
    "lakh": 1e5,
}
_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20,
    "dozen": 12,
}
_NUMBER = re.compile(
    r"(?P<num>\d+(?:[,\u00a0\u202f]\d{3})*(?:\.\d+)?|\.\d+)"
    # a one-letter scale only when attached ("£4.12m", "5k"): "640 m" is metres
    r"(?:\s*(?P<scale>thousand|million|billion|trillion|crore|lakh|mln|mn|bn|tn)\b|(?P<short>[kmb])\b)?",
    re.I,
)
_WORD = re.compile(r"\b(" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")\b", re.I)
_UNITS = (
    (re.compile(r"%|\bper ?cent\b|\bpc\b|\bpercent(?:age)?\b", re.I), "%"),
    (re.compile(r"\$|\bUSD\b|\bdollars?\b", re.I), "USD"),
    (re.compile(r"€|\bEUR\b|\beuros?\b", re.I), "EUR"),
    (re.compile(r"£|\bGBP\b|\bpounds?\b|\bsterling\b", re.I), "GBP"),
    (re.compile(r"¥|\bJPY\b|\byen\b", re.I), "JPY"),
)


def parse_numbers(text: str) -> list[float]:
    """Every number in ``text`` with scale words applied, ordinal and number words included."""
    numbers: list[float] = []
    for m in _NUMBER.finditer(text):
        raw = re.sub(r"[,\u00a0\u202f]", "", m.group("num"))
        value = float(raw)
        scale = (m.group("scale") or m.group("short") or "").lower()
        numbers.append(value * _SCALES.get(scale, 1.0))
    stripped = _NUMBER.sub(" ", text)
    for m in _WORD.finditer(stripped):
        numbers.append(float(_WORDS[m.group(1).lower()]))
    return numbers


def _rounds_to(suggested: list[float], text: str, truth: str) -> bool:
    """Whether one suggested share rounds to a truth given as one plain figure at its own
    precision ("44.6%" against "45", "11.1%" against "11%"): the truth is written that coarsely."""
    found = list(_NUMBER.finditer(truth))
    if len(suggested) != 1 or len(found) != 1 or found[0].group("scale") or found[0].group("short") \
            or parse_unit(text) != "%":
        return False
    raw = re.sub(r"[,\u00a0\u202f]", "", found[0].group("num"))
    places = len(raw.split(".")[1]) if "." in raw else 0
    return parse_unit(truth) in (None, "%") and math.isclose(round(suggested[0], places), float(raw))


def parse_unit(text: str) -> str | None:
    """The unit a value string names (``%`` or a currency code), or None."""
    for pattern, unit in _UNITS:
        if pattern.search(text):
            return unit
    return None


def values_match(suggested: str, truth: str) -> bool:
    """Whether a suggestion's value states the gold truth (the rule is in the module doc)."""
    if suggested.split(" of ")[0] in BEARINGS:
        said = COMPASS_WORD.search(truth)
        return said is not None and compass_direction(said.group(0)) == suggested.split(" of ")[0]
    glossed = _GLOSS.fullmatch(truth)
    if glossed is not None and _states(suggested, glossed.group(1)):
        return True  # "48" states "48 (born 1978)"
    return _states(suggested, truth)


_GLOSS = re.compile(r"(.*?\S)\s*\([^()]*\)\s*")  # a value and the parenthesis explaining it


_MULTIPLE_WORDS = {"doubled": 2.0, "twice": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
_MULTIPLE = re.compile(
    r"(?i)^(?P<hedge>more than|over|at least|nearly|almost|about|around|roughly|some)?\s*(?:"
    r"(?P<word>doubled|twice|tripled|trebled|quadrupled|halved)"
    r"|(?P<n>\d+(?:\.\d+)?|two|three|four|five|ten)[\s-]*(?:times|fold)(?:\s+\w+)?)$")
_SMALL = {"two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "ten": 10.0}


def _multiple(truth: str) -> tuple[float, float] | None:
    """The multiples a truth naming one allows: "tripled" 2.7 to 3.3, "more than three times" 3
    and up, "2.3 times" 2.25 to 2.35."""
    m = _MULTIPLE.match(truth.strip())
    if m is None:
        return None
    if m.group("word"):
        n, tol = _MULTIPLE_WORDS[m.group("word").lower()], 0.1
    else:
        raw = m.group("n").lower()
        n = _SMALL[raw] if raw in _SMALL else float(raw)
        tol = 0.1 if raw in _SMALL or "." not in raw else 0.5 * 10 ** -len(raw.split(".")[1]) / n
    hedge = (m.group("hedge") or "").lower()
    if hedge in ("more than", "over", "at least"):
        return n, math.inf
    if hedge in ("nearly", "almost"):
        return n * 0.85, n
    return n * (1 - tol), n * (1 + tol)


def _states_multiple(suggested: str, truth: str) -> bool:
    """Whether a suggested rise ("213.3%", "200% to 350%") or multiple ("3.1 times") fits the
    multiple a truth names."""
    allowed = _multiple(truth)
    numbers = parse_numbers(suggested)
    if allowed is None or not numbers:
        return False
    if parse_unit(suggested) == "%":
        factors = [1 + x / 100 for x in numbers]
    elif re.search(r"(?i)\btimes\b|fold\b", suggested):
        factors = numbers
    else:
        return False
    return all(allowed[0] - 1e-9 <= f <= allowed[1] + 1e-9 for f in factors)


_CLOCK_LENGTH = re.compile(r"(\d+):(\d{2})(?::(\d{2}))?")
_LENGTH_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(hours?|hrs?|minutes?|mins?|seconds?|secs?)\b", re.I)
_LENGTH_UNIT = {"h": 3600.0, "m": 60.0, "s": 1.0}


def _length(text: str) -> float | None:
    """A length of time in seconds, written as a race clock ("14:20:00") or in words ("14 hours
    20 minutes"); None for anything else."""
    clock = _CLOCK_LENGTH.fullmatch(text.strip())
    if clock:
        return int(clock.group(1)) * 3600.0 + int(clock.group(2)) * 60.0 + int(clock.group(3) or 0)
    parts = _LENGTH_PART.findall(text)
    if not parts or _LENGTH_PART.sub("", text).strip(" ,and"):
        return None
    return sum(float(n) * _LENGTH_UNIT[unit[0].lower()] for n, unit in parts)


def _states(suggested: str, truth: str) -> bool:
    if _states_multiple(suggested, truth):
        return True
    said, true = _length(suggested), _length(truth)
    if said is not None and true is not None and (":" in suggested) != (":" in truth):
        return abs(said - true) < 1  # "14:20:00" states "14 hours 20 minutes"
    truth_date = parse_date(truth)
    suggested_date = parse_date(suggested)
    if (truth_date is None) != (suggested_date is None) and (
            _BARE_YEAR.fullmatch(truth) or _BARE_YEAR.fullmatch(suggested)):
        truth_date = suggested_date = None  # "2870" against "2,870": a count, not a year
    if truth_date is not None or suggested_date is not None:
        if truth_date is None or suggested_date is None:
            return False
        return all(t is None or t == s for t, s in zip(truth_date, suggested_date, strict=True))
    left, right = sorted(parse_numbers(suggested)), sorted(parse_numbers(truth))
    if not left or len(left) != len(right):
        return False
    pairs = zip(left, right, strict=True)
    if not all(math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9) for a, b in pairs) \
            and not _rounds_to(left, suggested, truth):
        return False
    unit_s, unit_t = parse_unit(suggested), parse_unit(truth)
    return unit_s is None or unit_t is None or unit_s == unit_t


# ---------------------------------------------------------------------------------------------
# Stories on disk
# ---------------------------------------------------------------------------------------------


def find_stories(paths: Sequence[Path]) -> list[Path]:
    """Story folders (folders holding ``gold.json``) in or under ``paths``, sorted, unique.

    Raises InputError E101 for a path that does not exist and ConfigError E303 for a folder
    that neither is a story nor holds one.
    """
    stories: list[Path] = []
    for path in paths:
        if not path.exists():
            raise InputError("E101", path=path)
        if (path / "gold.json").is_file():
            stories.append(path)
            continue
        found = sorted(p.parent for p in path.rglob("gold.json")) if path.is_dir() else []
        if not found:
            raise ConfigError("E303", path=path / "gold.json", detail="no gold.json found")
        stories.extend(found)
    return sorted(dict.fromkeys(p.resolve() for p in stories))


def story_sources(story: Path) -> list[Path]:
    """The article files of a story folder (annotation files such as NOTES.md left out)."""
    return sorted(
        p
        for p in story.iterdir()
        if p.is_file()
        and p.suffix.lower() in SOURCE_SUFFIXES
        and p.name.lower() not in NON_SOURCES
        and not p.name.startswith(".")
    )


def read_texts(paths: Iterable[Path]) -> dict[str, str]:
    """Map each file's stem to its whole text, decoded exactly as the ingest stage decodes it."""
    return {p.stem: p.read_bytes().decode("utf-8", errors="replace") for p in paths}


def evaluate_story(settings: Settings, story: Path) -> StoryScore:
    """Run the pipeline on one story folder (decisions not applied) and score it.

    Raises ConfigError E303 for an invalid gold file, and whatever the pipeline raises.
    """
    gold = load_gold(story / "gold.json")
    from reconcile import pipeline  # imported late: the scorer itself does not need it

    sources = story_sources(story)
    report = pipeline.run(settings, paths=sources, apply_decisions=False)
    return score(report, gold, read_texts(sources), story=story.name)
