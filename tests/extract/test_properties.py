"""Properties of the mention grammar, checked on generated text (hypothesis)."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reconcile.extract.dates import Published
from reconcile.extract.furniture import find_furniture
from reconcile.extract.mentions import extract_mentions, extract_sentence
from reconcile.extract.text import paragraphs, sentences
from reconcile.models import DateValue, Mention

PUB = DateValue(earliest=dt.date(2024, 7, 2), latest=dt.date(2024, 7, 2))

_MONTHS = ["January", "Feb.", "March", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
           "November", "Dec."]
_HEDGES = ["", "about ", "nearly ", "more than ", "at least ", "up to ", "just over ", "some "]
_WORDS = ["the", "agency", "said", "in", "on", "from", "to", "between", "and", "rose", "fell",
          "percent", "million", "$", "€", "last", "year", "week", "Friday", "fiscal", "FY",
          "times", "doubled", "first", "third-largest", "U.S.", "Jan.", "Calif.", "Mr.", "D.C.",
          "(", ")", ",", ".", "-", "/", "%", "pc", "bn", "nearly", "two", "years", "after",
          "later", "earlier", "ago", "the end of", "mid-", "Q3", "spring", "1990s", "\n",
          "\n\n", "# ", "Photo:", "Getty Images", "Share", "Copyright ©", "hundreds of",
          "tens of", "dozens", "a third", "half a", "fivefold", "May 20-22", "5-10", "$1-2",
          "1.234.567", "2.500", "the past", "previous", "following", "the year before", "FY99",
          "13/13/2024", "2024-02-30", "Feb. 29", "decade", "'90s", "2019-21", "Q4", "H2",
          "late last year", "winter", "9999999999999999999999", "0.0001", ".5", "No.", "Section"]


@st.composite
def numbers(draw: st.DrawFn) -> str:
    n = draw(st.integers(min_value=0, max_value=3_000_000))
    style = draw(st.integers(min_value=0, max_value=4))
    if style == 0:
        return f"{n:,}"
    if style == 1:
        return str(n)
    if style == 2:
        return f"{n / 1000:.1f} million"
    if style == 3:
        return f"${n / 100:.2f}"
    return f"{n % 100}%"


@st.composite
def dates(draw: st.DrawFn) -> str:
    y = draw(st.integers(min_value=1900, max_value=2099))
    m = draw(st.integers(min_value=1, max_value=12))
    d = draw(st.integers(min_value=1, max_value=31))
    style = draw(st.integers(min_value=0, max_value=5))
    mon = _MONTHS[m - 1]
    return [f"{mon} {d}, {y}", f"{d} {mon} {y}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y}",
            f"in {mon} {y}", f"in {y}"][style]


@st.composite
def sentence(draw: st.DrawFn) -> str:
    parts = draw(st.lists(
        st.one_of(st.sampled_from(_WORDS), numbers(), dates(),
                  st.builds(lambda h, n: h + n, st.sampled_from(_HEDGES), numbers())),
        min_size=1, max_size=14,
    ))
    return " ".join(parts).replace("\n\n", " ").replace("# ", "") + "."


news_text = st.lists(sentence(), min_size=1, max_size=6).map(" ".join)
any_text = st.one_of(st.text(max_size=300), news_text,
                     st.lists(st.one_of(news_text, st.text(max_size=60)), max_size=5)
                     .map("\n\n".join))


def _check_spans(text: str, mentions: tuple[Mention, ...]) -> None:
    for m in mentions:
        assert text[m.start:m.end] == m.text
    assert list(mentions) == sorted(mentions, key=lambda m: (m.start, m.end))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text, st.sampled_from([None, PUB]))
def test_spans_slice_back(text: str, published: DateValue | None) -> None:
    _check_spans(text, extract_mentions(text, published=published))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_no_input_makes_the_grammar_raise(text: str) -> None:
    # the unguarded stages: a bug here would only be logged by extract_mentions
    pub = Published.of(PUB)
    find_furniture(text, 0, len(text))
    for s, e in sentences(text):
        assert 0 <= s < e <= len(text)
        for m in extract_sentence(text, s, e, pub=pub):
            assert s <= m.start <= m.end <= e
    for s, e in paragraphs(text):
        assert 0 <= s < e <= len(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(news_text, st.sampled_from([None, PUB]))
def test_values_survive_a_json_round_trip(text: str, published: DateValue | None) -> None:
    for m in extract_mentions(text, published=published):
        assert Mention.model_validate_json(m.model_dump_json()) == m
        assert Mention.model_validate(m.model_dump()) == m  # built == validated
        assert hash(m) == hash(Mention.model_validate(m.model_dump()))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(news_text, min_size=1, max_size=5), st.integers(min_value=0, max_value=3))
def test_text_equals_union_of_its_paragraphs(paras: list[str], gap: int) -> None:
    # paragraphs here carry no furniture headings (a link-list heading legitimately reaches
    # across paragraphs); every other rule is paragraph-local
    paras = [p.replace("Share", "share").replace("Copyright", "copyright") for p in paras]
    sep = "\n" + "\n" * (gap + 1)
    text = sep.join(paras)
    whole = extract_mentions(text, published=PUB)
    union: list[Mention] = []
    pos = 0
    for p in paras:
        for m in extract_mentions(p, published=PUB):
            rel = (m.relation[0] + pos, m.relation[1] + pos) if m.relation else None
            union.append(m.model_copy(update={"start": m.start + pos, "end": m.end + pos,
                                              "relation": rel}))
        pos += len(p) + len(sep)
    def rows(ms: list[Mention] | tuple[Mention, ...]) -> list[tuple[object, ...]]:
        return [(m.start, m.end, m.text, m.kind, m.value, m.role, m.relation) for m in ms]

    assert rows(whole) == rows(union)


def test_start_end_limit_the_region() -> None:
    text = "---\ntitle: 2019\n---\nArrests rose 8 percent in 2023."
    body = text.index("Arrests")
    found = extract_mentions(text, published=PUB, start=body)
    assert [m.text for m in found] == ["8 percent", "2023"]
    assert all(m.start >= body for m in found)


_FRAME_WORDS = ["It", "is", "the", "first", "third-largest", "second", "find", "in", "over", "past",
                "last", "since", "ago", "years", "centuries", "weeks", "days", "decade", "million",
                "billion", "Police", "said", "arrested", "killed", "Lenz,", "52,", "a", "tenth", "of",
                ",", ".", "for", "the three months to Sept. 30", "old", "aged", "year-old"]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_FRAME_WORDS), numbers(),
                          st.integers(min_value=0, max_value=10**15).map(str)), max_size=25))
@example(["aged", "Lenz,", "2147485674", ","])  # an "age" past any calendar once gave a birth year before 1 AD
def test_claims_never_fail_and_quote_their_span(words: list[str]) -> None:
    """Framing a figure (ordinal spans, periods, ages) never raises, however large the figure
    ("the first in 66 million years" once overflowed the calendar), and every quote is its span."""
    from reconcile.extract import extract_claims
    from reconcile.ingest import published_interval
    from reconcile.models import Source

    text = " ".join(words)
    source = Source(id="s", path="s.md", text=text, published="2026-03-10",
                    published_value=published_interval("2026-03-10"))
    for claim in extract_claims(source, _VOCAB):
        assert text[claim.start:claim.end] == claim.quote


def test_an_ordinal_within_an_age_older_than_the_calendar() -> None:
    from reconcile.extract import extract_claims
    from reconcile.ingest import published_interval
    from reconcile.models import Source

    text = "It is the first such find in 66 million years, and the second in 9,000 centuries."
    source = Source(id="s", path="s.md", text=text, published="2026-03-10",
                    published_value=published_interval("2026-03-10"))
    claims = extract_claims(source, _VOCAB)
    assert [c.display for c in claims if c.kind == "ordinal"] == ["1", "2"]
    assert all(c.period is None for c in claims if c.kind == "ordinal")


def _vocab():  # type: ignore[no-untyped-def]
    from reconcile.vocab import load_vocabulary

    return load_vocabulary()


_VOCAB = _vocab()
