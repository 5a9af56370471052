"""Properties of the whole pipeline on generated articles (hypothesis).

- no input text makes ``extract_claims`` raise, and every claim's span slices back to its quote;
- inserting a paragraph of unrelated text keeps every claim id and every conflict id (ids are
  fingerprints of meaning, not of position);
- every model of the seed report survives a JSON round trip.

Sources are real files read with ``reconcile.ingest.read_source``, so offsets are checked against
the text exactly as the pipeline reads it (front matter included).
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile.config import Settings, load_settings
from reconcile.errors import InputError
from reconcile.extract import extract_claims, extract_mentions_of
from reconcile.ingest import read_source
from reconcile.ledger import Ledger, apply_decisions, decide
from reconcile.models import Claim, Mention, Report, Source
from reconcile.pipeline import load_sources, run
from reconcile.vocab import Vocabulary, load_vocabulary

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT / "facts"
VOCAB = load_vocabulary(FACTS / "aliases.toml", FACTS / "events.toml")
FAST = settings(max_examples=50, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

_COUNTER = itertools.count()

# ---------------------------------------------------------------------------------------------
# Generated articles
# ---------------------------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
HEDGES = ["", "more than ", "nearly ", "about ", "over ", "just over ", "at least ", "up to "]
FILLER = [
    "The weather was mild and the streets were quiet.",
    "Readers can write to the editors with comments.",
    "The committee will meet again soon, officials said.",
    "Several people declined to comment on the matter.",
    "It was not immediately clear what would happen next.",
    "Supporters and critics gathered outside the building.",
    "“We are watching closely,” a spokesperson said.",
    "Photo: a file picture of the airport.",
]
TEMPLATES = [
    "China suspended cooperation on deportations in {year} in retaliation for Speaker Nancy "
    "Pelosi's visit to Taiwan.",
    "U.S. border officials arrested {hedge}{count:,} Chinese nationals on the southern border in "
    "{year}.",
    "Customs and Border Protection recorded {hedge}{count:,} crossings in fiscal year {year}.",
    "On {month} {day}, the Department of Homeland Security sent {small} Chinese migrants home.",
    "The flight on {month} {day}, {year} was the {ordinal} such flight in {small} months.",
    "Encounters at the southwest border fell {pct} percent between {month} and December.",
    "The agency said it spent ${amount} million on charter flights in {year}.",
    "In {month} {year}, the two countries began coordinating again, nearly {small} years after "
    "Beijing suspended its cooperation.",
    "Last year, officials removed {hedge}{count:,} people, {pct}% more than the year before.",
    "Some {count:,} Chinese nationals with final deportation orders remain in the U.S.",
]
ORDINALS = ["first", "second", "third", "fifth", "10th", "21st"]


@st.composite
def template_sentence(draw: st.DrawFn) -> str:
    template = draw(st.sampled_from(TEMPLATES))
    return template.format(
        year=draw(st.integers(min_value=2015, max_value=2025)),
        hedge=draw(st.sampled_from(HEDGES)),
        count=draw(st.integers(min_value=100, max_value=200_000)),
        month=draw(st.sampled_from(MONTHS)),
        day=draw(st.integers(min_value=1, max_value=28)),
        small=draw(st.integers(min_value=2, max_value=9)),
        ordinal=draw(st.sampled_from(ORDINALS)),
        pct=draw(st.integers(min_value=1, max_value=99)),
        amount=draw(st.integers(min_value=1, max_value=900)),
    )


# Any character a UTF-8 file can hold, except NUL (a NUL makes the file binary: ingest's E104).
CHARS = st.characters(exclude_categories=["Cs"], exclude_characters="\x00")
noise = st.text(CHARS, max_size=40)
paragraph = st.lists(st.one_of(template_sentence(), st.sampled_from(FILLER), noise),
                     min_size=1, max_size=4).map(" ".join)
article_body = st.lists(paragraph, min_size=1, max_size=5).map("\n\n".join)
any_body = st.one_of(article_body,
                     st.text(CHARS, max_size=400))
published = st.sampled_from([None, "2024", "2024-07", "2024-07-02", "2025-01-15"])


def front(title: str, when: str | None) -> str:
    lines = ["---", f'title: "{title}"']
    if when is not None:
        lines.append(f'published: "{when}"')
    return "\n".join([*lines, "---", ""])


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder for generated files (module-scoped: hypothesis reruns the test body)."""
    return tmp_path_factory.mktemp("generated")


def write_source(text: str, folder: Path) -> Source:
    """Write ``text`` byte for byte and read it back as the pipeline does."""
    path = folder / f"s{next(_COUNTER)}.md"
    path.write_bytes(text.encode("utf-8"))
    return read_source(path, relative_to=folder)


def check_spans(source: Source, claims: tuple[Claim, ...], mentions: tuple[Mention, ...]) -> None:
    for claim in claims:
        assert source.text[claim.start:claim.end] == claim.quote, claim
        assert claim.source == source.id
        assert source.line_of(claim.start) == claim.line
        assert claim.sentence_start <= claim.start <= claim.end <= claim.sentence_end
    for mention in mentions:
        assert source.text[mention.start:mention.end] == mention.text, mention


# ---------------------------------------------------------------------------------------------
# Extraction never raises; spans slice back
# ---------------------------------------------------------------------------------------------


@FAST
@given(body=any_body, when=published)
def test_extract_claims_never_raises_and_spans_slice_back(scratch: Path, body: str, when: str | None) -> None:
    if not body.strip():
        body += "x"
    source = write_source(front("Generated", when) + body, scratch)
    claims = extract_claims(source, VOCAB)
    mentions = extract_mentions_of(source)
    check_spans(source, claims, mentions)


@FAST
@given(body=st.text(max_size=300).filter(lambda t: "\x00" not in t and t.strip()
                                         and not any(0xD800 <= ord(c) <= 0xDFFF for c in t)))
def test_arbitrary_text_without_front_matter(scratch: Path, body: str) -> None:
    try:
        source = write_source(body, scratch)
    except InputError:
        return  # unreadable input is ingest's business (coded errors), not the extractor's
    claims = extract_claims(source, VOCAB)
    check_spans(source, claims, extract_mentions_of(source))


# ---------------------------------------------------------------------------------------------
# Ids are fingerprints of meaning: an inserted paragraph changes none
# ---------------------------------------------------------------------------------------------


def _settings(folder: Path) -> Settings:
    # The extraction cache lives in the example's own folder (and is exercised too: the second
    # run reads it after the edit).
    return Settings(root=folder, sources=folder / "sources", aliases=FACTS / "aliases.toml",
                    events=FACTS / "events.toml", reference=FACTS / "reference.toml", ledger=None,
                    cache=folder / ".cache")


def _ids(folder: Path, vocab: Vocabulary) -> tuple[dict[str, set[str]], set[str]]:
    settings = _settings(folder)
    claims = {s.id: {c.id for c in extract_claims(s, vocab)} for s in load_sources(settings)}
    report = run(settings, apply_decisions=False)
    return claims, {c.id for c in report.conflicts}


two_sources = st.tuples(
    st.lists(st.lists(template_sentence(), min_size=1, max_size=3).map(" ".join), min_size=1, max_size=4),
    st.lists(st.lists(template_sentence(), min_size=1, max_size=3).map(" ".join), min_size=1, max_size=4),
)


@FAST
@given(paras=two_sources, which=st.integers(min_value=0, max_value=1),
       at=st.integers(min_value=0, max_value=10),
       inserted=st.lists(st.sampled_from(FILLER), min_size=1, max_size=3).map(" ".join))
def test_inserted_paragraph_keeps_claim_and_conflict_ids(
    scratch: Path, paras: tuple[list[str], list[str]], which: int, at: int, inserted: str
) -> None:
    folder = scratch / f"corpus{next(_COUNTER)}"
    folder.mkdir()
    (folder / "sources").mkdir()
    heads = [front("Wire story", "2024-07-02"), front("Paper story", "2025-01-15")]
    names = ["wire.md", "paper.md"]
    for head, body, name in zip(heads, paras, names, strict=True):
        (folder / "sources" / name).write_bytes((head + "\n\n".join(body) + "\n").encode("utf-8"))
    before = _ids(folder, VOCAB)

    body = list(paras[which])
    body.insert(min(at, len(body)), inserted)
    path = folder / "sources" / names[which]
    path.write_bytes((heads[which] + "\n\n".join(body) + "\n").encode("utf-8"))
    after = _ids(folder, VOCAB)

    assert after[0] == before[0], "a claim id changed when a paragraph was inserted"
    assert after[1] == before[1], "a conflict id changed when a paragraph was inserted"


# ---------------------------------------------------------------------------------------------
# JSON round trips of the seed report's models
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> tuple[Report, list[Source], list[Claim]]:
    config = load_settings(ROOT)
    report = run(config.model_copy(update={"ledger": None}))
    # Decide two conflicts so Decision and previous (re-opened) are populated too.
    ledger = Ledger()
    first, second = report.conflicts[0], report.conflicts[1]
    ledger = decide(ledger, first, status="resolved", value=first.sides[0].value,
                    reason="primary-source", by="ed", note="checked", date=dt.date(2026, 12, 1))
    ledger = decide(ledger, second, status="dismissed", reason="not-same-fact",
                    date=dt.date(2026, 12, 1))
    stale = ledger.decisions[0].model_copy(update={"id": "cfl_0000000000000000", "sides": ()})
    ledger = ledger.model_copy(update={"decisions": (stale, *ledger.decisions[1:])})
    decided = apply_decisions(report, ledger)
    assert any(c.decision is not None for c in decided.conflicts)
    assert any(c.previous is not None for c in decided.conflicts)
    sources = load_sources(config)
    vocab = load_vocabulary(config.aliases, config.events)
    claims = [c for s in sources for c in extract_claims(s, vocab)]
    return decided, sources, claims


def test_seed_report_survives_a_json_round_trip(seed: tuple[Report, list[Source], list[Claim]]) -> None:
    report, sources, claims = seed
    assert Report.model_validate_json(report.model_dump_json()) == report
    for conflict in report.conflicts:
        assert type(conflict).model_validate_json(conflict.model_dump_json()) == conflict
        for side in conflict.sides:
            assert type(side).model_validate_json(side.model_dump_json()) == side
    for source in sources:
        assert Source.model_validate_json(source.model_dump_json()) == source
    for claim in claims:
        assert Claim.model_validate_json(claim.model_dump_json()) == claim
    mentions = [m for s in sources for m in extract_mentions_of(s)]
    assert mentions
    for mention in mentions:
        assert Mention.model_validate_json(mention.model_dump_json()) == mention
