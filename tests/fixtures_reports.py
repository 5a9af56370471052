"""Hand-built reports for the ledger, gate and renderer tests (no pipeline needed).

``sample_report()`` is a realistic run over four articles about one airline route: two
contradictions still open, one re-opened decision, one resolved period difference, one dismissed
rounding look-alike. One source is hostile: its quote and sentence carry ``<script>`` and
``<img onerror>`` markup, its title carries HTML and its url is a ``javascript:`` link, so every
renderer must escape them. Offsets are real: ``text[start:end] == quote`` for every claim.
"""

from __future__ import annotations

from reconcile.models import (
    ClaimRef,
    Conflict,
    Decision,
    Report,
    Side,
    Source,
    SourceRef,
    Suggestion,
    Summary,
    fingerprint,
)

HOSTILE_SCRIPT = "<script>document.title='pwned'</script>"
HOSTILE_IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"

NORTHWIRE = Source(
    id="northwire-acme",
    path="facts/sources/northwire-acme.md",
    format="markdown",
    title="Acme Air suspends Lisbon–São Paulo route",
    outlet="Northwire",
    url="https://news.example.com/2024/03/acme-lisbon?ref=feed&lang=en",
    published="2024-03-05",
    digest="sha256:1f0c",
    text=(
        "---\n"
        "title: Acme Air suspends Lisbon–São Paulo route\n"
        "outlet: Northwire\n"
        "---\n"
        "Acme Air said on Tuesday it suspended its Lisbon–São Paulo route in 2022, "
        "citing “weak demand” — a blow to the Algarve’s tourism board.\n"
        "\n"
        "The carrier flew 37,000 passengers on the route last year, according to the airline.\n"
        "\n"
        "Acme Air received €4.5 million in state aid for the route, the ministry said.\n"
    ),
)

GAZETTE = Source(
    id="daily-gazette",
    path="facts/sources/daily gazette/acme union.md",
    format="markdown",
    title="Union: route cut came a year earlier",
    outlet="The Daily Gazette",
    url="https://gazette.example.org/acme-union",
    published="2024-03",
    digest="sha256:77aa",
    text=(
        "Acme Air’s decision to suspend the route came in 2021, the union said — "
        "\"a year earlier than reported\".\n"
        "\n"
        "About 41,500 passengers used the route in 2023, the union’s tally shows.\n"
        "\n"
        "Aid to the route totalled €5.0 million, the union claims.\n"
    ),
)

MINISTRY = Source(
    id="ministry-stats",
    path="facts/sources/ministry-stats.md",
    format="markdown",
    title="Transport statistics, fiscal 2023",
    outlet="Ministry of Transport",
    url="https://gov.example.pt/stats/2023",
    published="2024-01-15",
    digest="sha256:9c3e",
    text=(
        "In fiscal 2023 the Lisbon–São Paulo service carried 39,200 passengers.\n"
        "\n"
        "The route was suspended in 2022. Subsidies reached €1.2 billion across all routes.\n"
    ),
)

HOSTILE = Source(
    id="hostile-blog",
    path="facts/sources/hostile-blog.html",
    format="html",
    title="<b>Leaked</b> numbers <script>alert(1)</script>",
    outlet="Blog & \"Friends\"",
    url="javascript:alert(document.cookie)",
    published="2024",
    digest="sha256:dead",
    text=(
        "<p>Insiders say 52,000 passengers"
        + HOSTILE_SCRIPT
        + " flew the route."
        + HOSTILE_IMG
        + "</p>\n"
        "<p>Subsidies were €1,180 million in total | not a table.</p>\n"
    ),
)

SOURCES = (NORTHWIRE, GAZETTE, MINISTRY, HOSTILE)


def source_ref(source: Source) -> SourceRef:
    return SourceRef(
        id=source.id,
        path=source.path,
        title=source.title,
        outlet=source.outlet,
        url=source.url,
        published=source.published,
        digest=source.digest,
    )


def claim(
    source: Source,
    quote: str,
    value: dict[str, object],
    display: str,
    *,
    attribution: str | None = None,
    hedged: bool = False,
) -> ClaimRef:
    """A claim quoting ``quote`` where it first occurs in ``source``; its sentence is its line."""
    start = source.text.index(quote)
    end = start + len(quote)
    sentence_start = source.text.rfind("\n", 0, start) + 1
    sentence_end = source.text.find("\n", end)
    sentence = source.text[sentence_start:sentence_end]
    return ClaimRef(
        id=fingerprint("clm_", {"source": source.id, "quote": quote, "value": value}),
        source=source.id,
        path=source.path,
        line=source.line_of(start),
        column=source.column_of(start),
        start=start,
        end=end,
        quote=quote,
        value=value,
        display=display,
        sentence=sentence,
        sentence_start=sentence_start,
        attribution=attribution,
        hedged=hedged,
    )


def conflict_id(fact_key: str, values: list[str]) -> str:
    """The id recipe: a fingerprint of the fact key and the sorted side values."""
    return fingerprint("cfl_", {"fact_key": fact_key, "values": sorted(values)})


def side(value: str, *claims: ClaimRef, rank: str = "normal") -> Side:
    return Side(
        value=value,
        claims=claims,
        sources=tuple(sorted({c.source for c in claims})),
        rank=rank,  # type: ignore[arg-type]
    )


def make_conflict(
    *,
    code: str,
    kind: str,
    severity: str,
    fact: str,
    fact_key: str,
    sides: tuple[Side, ...],
    **extra: object,
) -> Conflict:
    return Conflict(
        id=conflict_id(fact_key, [s.value for s in sides]),
        code=code,
        kind=kind,
        severity=severity,  # type: ignore[arg-type]
        fact=fact,
        fact_key=fact_key,
        sides=sides,
        **extra,  # type: ignore[arg-type]
    )


def _date(year: int) -> dict[str, object]:
    return {"earliest": f"{year}-01-01", "latest": f"{year}-12-31"}


def _count(n: float, unit: str | None = None) -> dict[str, object]:
    return {"low": n, "high": n, "unit": unit}


SUSPENDED_KEY = "date|event:suspend|entity:acme-air|route:lisbon-sao-paulo"
PASSENGERS_KEY = "count|measure:passenger|entity:acme-air|route:lisbon-sao-paulo|period:2023"
YEARLY_KEY = "count|measure:passenger|route:lisbon-sao-paulo|period:2023~fy2023"
SUBSIDY_KEY = "money|measure:subsidy|entity:ministry|scope:all-routes"
AID_KEY = "money|measure:state-aid|entity:acme-air|route:lisbon-sao-paulo"


def suspended_conflict() -> Conflict:
    """RC101, error, open: 2021 (the union) against 2022 (the airline and the ministry)."""
    return make_conflict(
        code="RC101",
        kind="date-mismatch",
        severity="error",
        fact="when Acme Air suspended the Lisbon–São Paulo route",
        fact_key=SUSPENDED_KEY,
        explanation="The union dates the suspension a year before the airline and the ministry.",
        sides=(
            side(
                "2022",
                claim(NORTHWIRE, "in 2022", _date(2022), "2022", attribution="Acme Air said"),
                claim(MINISTRY, "in 2022", _date(2022), "2022"),
            ),
            side("2021", claim(GAZETTE, "in 2021", _date(2021), "2021",
                               attribution="the union said")),
        ),
        suggestion=Suggestion(
            value="2022",
            confidence=0.82,
            rationale=(
                "two of three sources, one of them the airline's own statement, give 2022",
                "the ministry's dataset is a primary record",
            ),
        ),
    )


def passengers_conflict() -> Conflict:
    """RC102, error, open: the hostile source's 52,000 against the airline's 37,000."""
    return make_conflict(
        code="RC102",
        kind="count-mismatch",
        severity="error",
        fact="passengers Acme Air flew on the route in 2023",
        fact_key=PASSENGERS_KEY,
        sides=(
            side(
                "37,000",
                claim(NORTHWIRE, "37,000 passengers", _count(37000), "37,000",
                      attribution="according to the airline"),
            ),
            side(
                "52,000",
                claim(HOSTILE, "52,000 passengers" + HOSTILE_SCRIPT, _count(52000), "52,000",
                      attribution="Insiders say", hedged=True),
            ),
        ),
        suggestion=Suggestion(
            value="37,000",
            confidence=0.71,
            rationale=("the airline is the primary source for its own traffic",
                       "the 52,000 figure is anonymous and unsourced"),
        ),
    )


def yearly_conflict() -> Conflict:
    """RC301, warning, resolved by an editor in favour of the calendar-year figure."""
    return make_conflict(
        code="RC301",
        kind="period-difference",
        severity="warning",
        status="resolved",
        fact="passengers on the Lisbon–São Paulo route in 2023",
        fact_key=YEARLY_KEY,
        explanation="The ministry counts the fiscal year (Oct–Sep), the union the calendar year.",
        sides=(
            side("41,500", claim(GAZETTE, "About 41,500 passengers", _count(41500), "about 41,500",
                                 hedged=True), rank="preferred"),
            side("39,200", claim(MINISTRY, "39,200 passengers", _count(39200), "39,200"),
                 rank="deprecated"),
        ),
        suggestion=Suggestion(value="41,500", confidence=0.6,
                              rationale=("the story reports the calendar year",)),
        decision=Decision(
            status="resolved",
            value="41,500",
            reason="different-period",
            note="Story is about calendar 2023; ministry figure is fiscal — «mention both».",
            by="M. Rossi",
            date="2026-11-30",
        ),
    )


def subsidy_conflict() -> Conflict:
    """RC401, info, dismissed: €1.2 billion and €1,180 million agree within rounding."""
    return make_conflict(
        code="RC401",
        kind="rounding-agreement",
        severity="info",
        status="dismissed",
        fact="subsidies across all routes",
        fact_key=SUBSIDY_KEY,
        sides=(
            side("€1.2 billion", claim(MINISTRY, "€1.2 billion", _count(1.2e9, "EUR"),
                                       "€1.2 billion")),
            side("€1,180 million", claim(HOSTILE, "€1,180 million", _count(1.18e9, "EUR"),
                                         "€1,180 million")),
        ),
        decision=Decision(status="dismissed", reason="within-rounding", by="J. Okafor",
                          date="2026-11-29"),
    )


def aid_conflict() -> Conflict:
    """RC103, error, re-opened: decided as €4.5 million when the other side said €4.8 million."""
    return make_conflict(
        code="RC103",
        kind="amount-mismatch",
        severity="error",
        fact="state aid Acme Air received for the route",
        fact_key=AID_KEY,
        sides=(
            side("€4.5 million", claim(NORTHWIRE, "€4.5 million", _count(4.5e6, "EUR"),
                                       "€4.5 million", attribution="the ministry said")),
            side("€5.0 million", claim(GAZETTE, "€5.0 million", _count(5.0e6, "EUR"),
                                       "€5.0 million", attribution="the union claims")),
        ),
        suggestion=Suggestion(value="€4.5 million", confidence=0.55,
                              rationale=("the ministry pays the aid",)),
        previous=Decision(
            status="resolved",
            value="€4.5 million",
            reason="primary-source",
            by="M. Rossi",
            date="2026-11-28",
            reopened=(
                "re-opened: new value €5.0 million in dispute; value €4.8 million is no longer "
                "given by any source (a source changed it); decided earlier: €4.5 million among "
                "€4.5 million, €4.8 million"
            ),
        ),
    )


def sample_report() -> Report:
    """The fixture report: five conflicts, every severity and status, one hostile source."""
    conflicts = (
        suspended_conflict(),
        passengers_conflict(),
        aid_conflict(),
        yearly_conflict(),
        subsidy_conflict(),
    )
    claims = {c.id for conflict in conflicts for s in conflict.sides for c in s.claims}
    return Report(
        sources=tuple(source_ref(s) for s in SOURCES),
        conflicts=conflicts,
        summary=Summary(
            sources=len(SOURCES),
            claims=len(claims),
            conflicts=len(conflicts),
            unresolved=sum(c.status == "unresolved" for c in conflicts),
            errors=sum(c.severity == "error" for c in conflicts),
            warnings=sum(c.severity == "warning" for c in conflicts),
            infos=sum(c.severity == "info" for c in conflicts),
        ),
    )


def undecided(report: Report) -> Report:
    """``report`` as the pipeline produces it before the ledger: every conflict open."""
    conflicts = tuple(
        c.model_copy(
            update={
                "status": "unresolved",
                "decision": None,
                "previous": None,
                "sides": tuple(s.model_copy(update={"rank": "normal"}) for s in c.sides),
            }
        )
        for c in report.conflicts
    )
    return report.model_copy(
        update={
            "conflicts": conflicts,
            "summary": report.summary.model_copy(update={"unresolved": len(conflicts)}),
        }
    )
