"""The conflict-kind table: code, slug, default severity and the text the reports show.

Severity means one thing everywhere: ``error`` = a contradiction; ``warning`` = an apparent
conflict that a difference of period, scope, measure or time may explain; ``info`` = consistent
within rounding or units.
"""

from __future__ import annotations

from dataclasses import dataclass

from reconcile.models import Severity


@dataclass(frozen=True)
class Code:
    code: str
    slug: str
    severity: Severity
    title: str
    help: str


CODES: tuple[Code, ...] = (
    Code("RC101", "date-mismatch", "error", "Sources give different dates for one event",
         "Two or more sources date the same event differently and the intervals do not overlap. "
         "Check the primary record (a statement, filing or dated report) and keep the date it gives."),
    Code("RC102", "count-mismatch", "error", "Sources give incompatible counts",
         "The sources count the same thing, for the same period and scope, with figures that do "
         "not overlap even allowing for their hedges and rounding."),
    Code("RC103", "amount-mismatch", "error", "Sources give incompatible amounts of money",
         "The sources state the same amount with values that differ beyond rounding or units."),
    Code("RC104", "percent-mismatch", "error", "Sources give incompatible percentages",
         "The sources state the same share or change with percentages that do not overlap."),
    Code("RC105", "ordinal-mismatch", "error", "Sources give different ranks or ordinals",
         "The sources number the same thing differently (\"fifth\" against \"sixth\")."),
    Code("RC106", "value-mismatch", "error", "Sources give different values",
         "The sources give different values (a name, a place, a time) for the same item and attribute "
         "of a table."),
    Code("RC107", "direction-mismatch", "error", "Sources put a place in different directions",
         "The sources put one named place in compass directions more than 45 degrees apart, from "
         "the same place or area (\"40km north of Dravo\" against \"40km south of Dravo\"; \"Brindle "
         "Hospital on the city's northern outskirts\" against \"Brindle, in the south of the city\")."),
    Code("RC201", "arithmetic-inconsistency", "error", "A stated change, share or total does not match its figures",
         "A percent change, an \"N times\" figure, a share (\"57 of the 214, about 37 percent\") or a total "
         "(\"nine golds, six silvers and five bronzes, 21 medals in all\") is inconsistent with the values it "
         "relates, within one source or across sources."),
    Code("RC202", "weekday-mismatch", "error", "A date and the weekday written with it disagree",
         "The article names a weekday beside a date that falls on another day (\"Friday, March 14\" "
         "where March 14 is a Saturday): one of the two is wrong. Check the date against the record."),
    Code("RC301", "period-difference", "warning", "Figures hold for different periods",
         "The figures differ, but they are for different periods (a fiscal year against a "
         "calendar year, or different years). Check that the story compares like with like."),
    Code("RC302", "scope-difference", "warning", "Figures hold for different scopes",
         "The figures differ, but one covers a narrower or wider scope (one state against a region)."),
    Code("RC303", "measure-difference", "warning", "Figures measure different things",
         "The figures differ, but they count different measures (arrests against crossings, cash "
         "price against price including debt)."),
    Code("RC304", "time-difference", "warning", "Figures were reported at different times",
         "The figures differ, but they were reported at different times for a figure that evolves "
         "(a toll, a tally to date)."),
    Code("RC401", "rounding-agreement", "info", "Figures agree within rounding",
         "The sources state the value differently, but the figures agree within the rounding and "
         "hedges they use."),
    Code("RC402", "unit-agreement", "info", "Figures agree once units are aligned",
         "The figures agree once written in the same unit (1.2 billion = 1,200 million)."),
)

BY_SLUG: dict[str, Code] = {c.slug: c for c in CODES}
BY_CODE: dict[str, Code] = {c.code: c for c in CODES}

MISMATCH_BY_KIND: dict[str, str] = {
    "date": "date-mismatch",
    "count": "count-mismatch",
    "money": "amount-mismatch",
    "percent": "percent-mismatch",
    "ordinal": "ordinal-mismatch",
}


def lookup(slug: str) -> Code:
    """Return the code entry for a slug; raises KeyError for an unknown slug."""
    return BY_SLUG[slug]
