"""Every pydantic model of the pipeline, frozen, with tuples rather than lists.

Offsets are half-open character offsets into the whole file's text as Python reads it (front
matter included), so ``source.text[start:end] == quote`` always holds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = 1

Kind = Literal["date", "count", "money", "percent", "ordinal"]
Severity = Literal["error", "warning", "info"]
Status = Literal["unresolved", "resolved", "dismissed", "accepted"]
Precision = Literal[
    "day", "week", "month", "season", "quarter", "half", "year", "decade", "range", "unknown"
]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


class Model(BaseModel):
    """Base of every model: frozen, strict about unknown fields, hashable."""

    model_config = ConfigDict(frozen=True, extra="forbid")


def fingerprint(prefix: str, payload: Any) -> str:
    """Return ``prefix`` + 16 hex digits of the SHA-256 of the canonical JSON of ``payload``.

    Ids are fingerprints of meaning: callers pass what a thing *is* (source id, fact key,
    normalized value), never where it sits in a file.
    """
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
    return prefix + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------------------------------------
# Normalized values
# ---------------------------------------------------------------------------------------------


class DateValue(Model):
    """A date as an inclusive interval of days, with the precision the text gave it.

    ``earliest``/``latest`` are None where the expression could not be resolved (it is then
    reported as unresolved, never guessed).
    """

    type: Literal["date"] = "date"
    earliest: dt.date | None
    latest: dt.date | None
    precision: Precision = "day"
    fiscal: bool = False
    ambiguous: bool = False
    approximate: bool = False
    relative: bool = False
    anchor: str | None = None  # what a relative expression was resolved against, in words

    @property
    def resolved(self) -> bool:
        return self.earliest is not None and self.latest is not None

    def contract(self) -> dict[str, str | None]:
        """The ``{"earliest", "latest"}`` form of the mentions contract."""
        return {
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
        }


class NumberValue(Model):
    """A number as an interval (``low``/``high``, None for an open end) in a unit.

    ``unit`` is None for plain counts and ordinals, an ISO currency code for money (``USD``),
    ``%`` for percentages, ``pp`` for percentage points, ``x`` for multipliers ("10 times").
    ``stated`` is the figure as written, before hedges widened it.
    """

    type: Literal["number"] = "number"
    low: int | float | None
    high: int | float | None
    unit: str | None = None
    stated: int | float | None = None
    hedge: str | None = None
    approximate: bool = False

    def contract(self) -> dict[str, int | float | str | None]:
        """The ``{"low", "high", "unit"}`` form of the mentions contract."""
        return {"low": self.low, "high": self.high, "unit": self.unit}

    @property
    def time_of_day(self) -> bool:
        """Whether the number is a time of day in minutes after midnight (see ``is_clock_unit``)."""
        return is_clock_unit(self.unit)


def is_clock_unit(unit: str | None) -> bool:
    """Whether a number's unit makes it a time of day: ``time`` (local or unstated), ``time UTC``
    and so on for a named zone."""
    return unit is not None and unit.startswith("time")


Value = DateValue | NumberValue


# ---------------------------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------------------------


class Source(Model):
    """One article (or table) as read from disk."""

    id: str
    path: str
    text: str = Field(repr=False)
    body_start: int = 0  # where the body begins (after front matter)
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # "2024", "2024-07" or "2024-07-02", as precise as known
    published_value: DateValue | None = None
    digest: str = ""
    format: Literal["markdown", "text", "html", "table"] = "text"

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset."""
        return self.text.count("\n", 0, offset) + 1

    def column_of(self, offset: int) -> int:
        """1-based column of a character offset."""
        return offset - (self.text.rfind("\n", 0, offset) + 1) + 1


class SourceRef(Model):
    """A source as the report lists it (no text)."""

    id: str
    path: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    digest: str = ""


# ---------------------------------------------------------------------------------------------
# Extraction
# ---------------------------------------------------------------------------------------------


class Mention(Model):
    """A recognized date or quantity expression with its normalized value.

    ``role`` says how the number is used: ``amount`` (a plain figure), ``change`` (a percent or
    absolute change: "up 8 percent"), ``multiplier`` ("10 times", "doubled"), ``from``/``to``
    (endpoints of a change: "from 2,160 to 820"). ``relation`` is the span of the whole change
    phrase, shared by its parts, so later checks can verify the arithmetic.
    """

    source: str = ""
    start: int
    end: int
    text: str
    kind: Kind
    value: DateValue | NumberValue = Field(discriminator="type")
    role: Literal["amount", "change", "multiplier", "from", "to"] = "amount"
    direction: Literal["up", "down"] | None = None
    relation: tuple[int, int] | None = None

    @model_validator(mode="after")
    def _span_is_ordered(self) -> Mention:
        if not 0 <= self.start <= self.end or self.end - self.start != len(self.text):
            raise ValueError(f"span {self.start}:{self.end} does not fit {self.text!r}")
        return self


class Claim(Model):
    """A mention placed in its frame: what it is about, for when, where, said by whom."""

    id: str
    source: str
    path: str
    line: int
    start: int
    end: int
    quote: str
    kind: Kind
    value: DateValue | NumberValue = Field(discriminator="type")
    display: str  # the value as a reader says it: "2022", "more than 37,000", "$61 billion"
    role: str = "amount"
    sentence_start: int
    sentence_end: int
    entities: tuple[str, ...] = ()  # canonical entity ids found around the claim
    event: str | None = None  # canonical event class ("suspend", "arrest", ...)
    noun: str | None = None  # what the number counts / what the date dates ("crossings")
    measure: str | None = None  # canonical measure class ("arrest", "crossing", ...)
    period: DateValue | None = None  # the time the figure holds for
    period_text: str | None = None
    scope: str | None = None  # "in Louisiana alone"
    attribution: str | None = None  # "according to DHS", "officials said"
    hedged: bool = False  # "may", "an estimated", reported as uncertain
    derived: str | None = None  # how a relative value was worked out, in words
    relation: tuple[int, int] | None = None
    direction: str | None = None
    tokens: tuple[str, ...] = ()  # content words of the context, for fuzzy linking
    near: tuple[str, ...] = ()  # content words right around the value (a few words each side)
    scale: float = 1.0  # factor a written figure was converted by ("48,000 acres" -> hectares)
    origin: bool = False  # a date something came into being ("opened in 1971"), or one its age implies
    # a date right after a verb said of a thing: that noun and verb ("the grant was awarded in
    # June 2023" -> "grant awarded")
    said_of: str | None = None


class ClaimRef(Model):
    """A claim as a conflict side quotes it (the JSON contract's claim object)."""

    id: str
    source: str
    path: str
    line: int
    column: int = 1
    start: int
    end: int
    quote: str
    value: dict[str, Any]
    display: str = ""
    sentence: str = ""
    sentence_start: int = 0
    attribution: str | None = None
    hedged: bool = False
    derived: str | None = None


class Notice(Model):
    """Something the reader should know that is not a conflict (an unresolvable date, ...)."""

    code: str
    source: str
    path: str
    line: int
    start: int
    end: int
    quote: str
    message: str


# ---------------------------------------------------------------------------------------------
# Conflicts
# ---------------------------------------------------------------------------------------------


class Side(Model):
    """Claims holding mutually consistent values for one fact."""

    value: str
    claims: tuple[ClaimRef, ...]
    sources: tuple[str, ...] = ()
    rank: Literal["preferred", "normal", "deprecated"] = "normal"


class Suggestion(Model):
    """A proposed value with confidence (0..1) and reasons an editor can check."""

    value: str
    confidence: float
    rationale: tuple[str, ...]


class Decision(Model):
    """An editor's decision as the report shows it on a conflict."""

    status: Status
    value: str | None = None
    reason: str
    note: str | None = None
    by: str | None = None
    date: str | None = None
    reopened: str | None = None  # why an earlier decision no longer holds


class Conflict(Model):
    """A disagreement between sources about one fact, with sides and a suggestion."""

    id: str
    code: str
    kind: str
    severity: Severity
    status: Status = "unresolved"
    fact: str
    fact_key: str
    explanation: str | None = None
    sides: tuple[Side, ...]
    suggestion: Suggestion | None = None
    decision: Decision | None = None
    previous: Decision | None = None  # the earlier decision when a conflict re-opened


class Summary(Model):
    sources: int
    claims: int
    conflicts: int
    unresolved: int
    errors: int = 0
    warnings: int = 0
    infos: int = 0


class Report(Model):
    """Everything one run found: the library's one result type."""

    schema_version: int = SCHEMA_VERSION
    sources: tuple[SourceRef, ...]
    conflicts: tuple[Conflict, ...]
    summary: Summary
    notices: tuple[Notice, ...] = ()
