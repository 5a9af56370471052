"""Detection: reader intervals, sides by interval stabbing, severities with explanations."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.detect import group_sides, reader_interval, rounding_tolerance
from reconcile.models import Claim, DateValue, NumberValue


def claim(value: NumberValue | DateValue, *, source: str = "a", cid: str | None = None, quote: str = "x",
          **extra: object) -> Claim:
    kind = "date" if isinstance(value, DateValue) else ("percent" if value.unit == "%" else "count")
    return Claim(id=cid or f"clm_{source}{id(value)}", source=source, path=f"{source}.md", line=1, start=0, end=1,
                 quote=quote, kind=kind, value=value, display="x", **{"sentence_start": 0, "sentence_end": 1, **extra})


def num(stated: float, *, hedge: str | None = None, low: float | None = None, high: float | None = None,
        unit: str | None = None) -> NumberValue:
    return NumberValue(low=stated if low is None and hedge is None else low,
                       high=stated if high is None and hedge is None else high,
                       unit=unit, stated=stated, hedge=hedge)


@pytest.mark.parametrize(("x", "tol"), [(37000, 500), (2160, 5), (44, 0), (412, 0), (61e9, 0.5e9), (1.2, 0.03),
                                        (820, 5), (2.4, 0.05)])
def test_rounding_tolerance(x: float, tol: float) -> None:
    assert rounding_tolerance(x) == pytest.approx(tol, rel=0.01)


def test_open_hedge_reaches_as_a_reader_takes_it() -> None:
    low, high = reader_interval(claim(num(37000, hedge="more than", low=37000)))
    assert low == pytest.approx(36500, rel=0.001) and high == pytest.approx(37000 * 1.15)


def test_sides_split_incompatible_values() -> None:
    a = claim(num(61e9, unit="USD"), source="a", cid="clm_a")
    b = claim(num(61e9, unit="USD"), source="b", cid="clm_b")
    c = claim(num(69e9, unit="USD"), source="c", cid="clm_c")
    sides = group_sides([a, b, c])
    assert sorted(len(s) for s in sides) == [1, 2]


def test_rounding_keeps_one_side() -> None:
    a = claim(num(2000, hedge="more than", low=2000), source="a", cid="clm_a")
    b = claim(num(2012), source="b", cid="clm_b")
    assert len(group_sides([a, b])) == 1



def test_figures_in_different_units_are_each_rounded_in_their_own() -> None:
    # "a combined 11 tonnes" beside "11,012 kg in total": written in tonnes, 11 is rounded to the
    # tonne; in one unit 11 and 11.012 stay two figures
    tonnes = claim(num(11, unit="t"), source="a", cid="clm_a")
    kilos = claim(num(11.012, unit="t"), source="b", cid="clm_b", scale=0.001)
    assert len(group_sides([tonnes, kilos])) == 1
    assert len(group_sides([tonnes, claim(num(11.012, unit="t"), source="b", cid="clm_c")])) == 2
    assert len(group_sides([tonnes, claim(num(12.012, unit="t"), source="b", cid="clm_d", scale=0.001)])) == 2

def test_two_stated_maxima_are_compared_as_the_maxima_they_state() -> None:
    # "buried under as much as 4 metres of snow" against "as much as 3 metres": two claims of
    # what the most was, which cannot both hold
    four = claim(num(4, hedge="as much as", high=4), source="a", cid="clm_a")
    three = claim(num(3, hedge="as much as", high=3), source="b", cid="clm_b")
    assert len(group_sides([four, three])) == 2
    assert len(group_sides([four, claim(num(4, hedge="up to", high=4), source="c", cid="clm_c")])) == 1
    # a maximum against a plain figure stays a bound: "up to 300" allows 240
    assert len(group_sides([claim(num(300, hedge="up to", high=300), source="a", cid="clm_a"),
                            claim(num(240), source="b", cid="clm_b")])) == 1
    # "at most" and "no more than" are limits, not the most reached: still read as bounds
    assert len(group_sides([claim(num(4, hedge="at most", high=4), source="a", cid="clm_a"),
                            claim(num(3, hedge="at most", high=3), source="b", cid="clm_b")])) == 1


def test_an_open_figure_that_several_sides_fit_takes_none() -> None:
    low = claim(num(6280), source="a", cid="clm_a")
    high = claim(num(7100, hedge="about"), source="b", cid="clm_b")
    vague = claim(num(6000, hedge="more than", low=6000), source="c", cid="clm_c")
    sides = group_sides([low, high, vague])
    assert len(sides) == 2
    assert not any(c.id == "clm_c" for side in sides for c in side)  # consistent with both
    alone = group_sides([low, vague])  # one side only: the open figure agrees and stays
    assert len(alone) == 1 and len(alone[0]) == 2


def test_a_vague_figure_that_several_sides_fit_takes_none() -> None:
    # "dozens" beside 47 and "about 74": consistent with both, so evidence for neither
    exact = claim(num(47), source="a", cid="clm_a")
    other = claim(num(74, hedge="about", low=70, high=78), source="b", cid="clm_b")
    dozens = claim(NumberValue(low=24, high=144, stated=None, hedge="vague"), source="c", cid="clm_c")
    sides = group_sides([exact, other, dozens])
    assert sorted(len(side) for side in sides) == [1, 1]
    assert not any(c.id == "clm_c" for side in sides for c in side)
    assert len(group_sides([exact, dozens])) == 1  # beside one value it agrees and stays


@pytest.mark.parametrize(("exact", "agree"), [(23, True), (20, True), (18, False), (150, False)])
def test_a_vague_plural_reads_loosely_at_its_low_end(exact: int, agree: bool) -> None:
    dozens = claim(NumberValue(low=24, high=144, stated=None, hedge="vague"), source="a", cid="clm_a")
    assert (len(group_sides([dozens, claim(num(exact), source="b", cid="clm_b")])) == 1) is agree


def test_dates_overlap_is_one_side() -> None:
    year = DateValue(earliest=dt.date(2022, 1, 1), latest=dt.date(2022, 12, 31), precision="year")
    derived = DateValue(earliest=dt.date(2022, 5, 1), latest=dt.date(2022, 8, 31), precision="range", relative=True)
    other = DateValue(earliest=dt.date(2021, 1, 1), latest=dt.date(2021, 12, 31), precision="year")
    sides = group_sides([claim(year, source="a", cid="clm_a"), claim(derived, source="b", cid="clm_b"),
                         claim(other, source="c", cid="clm_c")])
    assert sorted(len(s) for s in sides) == [1, 2]


@given(st.lists(st.tuples(st.integers(0, 1000), st.integers(0, 50)), min_size=1, max_size=12))
def test_every_side_is_mutually_consistent(spans: list[tuple[int, int]]) -> None:
    claims = [claim(NumberValue(low=lo, high=lo + w, unit="%"), source=f"s{i}", cid=f"clm_{i}")
              for i, (lo, w) in enumerate(spans)]
    sides = group_sides(claims)
    common = []
    for side in sides:
        intervals = [reader_interval(c) for c in side]
        assert max(i[0] for i in intervals) <= min(i[1] for i in intervals)
        common.append((max(i[0] for i in intervals), min(i[1] for i in intervals)))
    placed = {c.id for side in sides for c in side}
    for c in claims:
        if c.id not in placed:  # a loose figure left out only because several sides fit it
            low, high = reader_interval(c)
            assert sum(low <= hi and lo <= high for lo, hi in common) > 1


def test_a_fraction_word_is_a_rough_share() -> None:
    third = claim(num(100 / 3, hedge="about", low=30, high=36.7, unit="%"), source="post", quote="a third")
    thirty_one = claim(num(31, unit="%"), source="release")
    assert len(group_sides([third, thirty_one])) == 1  # "about a third" and 31% agree
    exact = claim(num(100 / 3, hedge="about", low=30, high=36.7, unit="%"), source="post", quote="33.3%")
    assert len(group_sides([exact, thirty_one])) == 2
    # "about" makes a rough share no rougher: "about two-thirds" is not 78%, though 70% may be
    two_thirds = claim(num(200 / 3, hedge="about", unit="%"), source="post", quote="two-thirds")
    assert len(group_sides([two_thirds, claim(num(78, unit="%"), source="wire", quote="78 per cent")])) == 2
    assert len(group_sides([two_thirds, claim(num(70, unit="%"), source="wire", quote="70 per cent")])) == 1
    # and "nearly nine in 10" is 81 to 90, not down to 67.5
    nine_in_ten = claim(num(90, hedge="nearly", unit="%"), source="post", quote="nine in 10")
    assert len(group_sides([nine_in_ten, claim(num(78, unit="%"), source="wire", quote="78 per cent")])) == 2
    assert len(group_sides([nine_in_ten, claim(num(87, unit="%"), source="wire", quote="87 per cent")])) == 1


def test_a_whole_percent_is_rounded_to_the_percent() -> None:
    twelve = claim(num(12, unit="%"), source="wire", quote="12%")
    assert len(group_sides([twelve, claim(num(12.4, unit="%"), source="post", quote="12.4%")])) == 1
    assert len(group_sides([twelve, claim(num(12.6, unit="%"), source="post", quote="12.6%")])) == 2
    # a ratio is a rough share: "one in eight" (12.5%) and "roughly 12%" agree
    eighth = claim(num(12.5, hedge="about", unit="%"), source="post", quote="one in eight")
    roughly = claim(num(12, hedge="roughly", unit="%"), source="wire", quote="roughly 12%")
    assert len(group_sides([eighth, roughly])) == 1
    # ... but a ratio to a hundred is a score or rate written exactly: 94 and 91 out of 100 differ
    score = claim(num(94, unit="%"), source="wire", quote="94 out of 100")
    other = claim(num(91, unit="%"), source="trade", quote="91 out of 100")
    assert len(group_sides([score, other])) == 2
    assert len(group_sides([score, claim(num(94, unit="%"), source="post", quote="94%")])) == 1
    # a count is taken as written
    assert len(group_sides([claim(num(12), quote="12"), claim(num(12.4), source="b", quote="12.4")])) == 2


def test_an_article_giving_both_values_is_not_a_contradiction() -> None:
    from reconcile.detect import _stated_together

    whole, part = num(1800, hedge="about", low=1700, high=1900), num(640)
    # The local paper gives 640 (in the city) and 1,800 (the whole cut); the wire gives 1,800.
    sides = [[claim(part, source="local")], [claim(whole, source="local"), claim(whole, source="wire")]]
    found = _stated_together(sides)
    assert found is not None and "same article gives both" in found and "local" in found


@pytest.mark.parametrize("sources", [
    (("wire",), ("local",)),  # each value has an article of its own: a contradiction
    (("local",), ("local", "wire"), ("paper",)),  # three values: the disagreement stands
])
def test_values_from_separate_articles_still_conflict(sources: tuple[tuple[str, ...], ...]) -> None:
    from reconcile.detect import _stated_together

    sides = [[claim(num(100 * (k + 1)), source=s) for s in side] for k, side in enumerate(sources)]
    assert _stated_together(sides) is None


def test_digits_in_another_order_are_a_slip_whatever_the_frame() -> None:
    from reconcile.detect import judge_fact
    from reconcile.link import Fact
    from reconcile.models import Source
    from reconcile.vocab import load_vocabulary

    sources = {s: Source(id=s, path=f"{s}.md", text="x") for s in ("post", "radio", "desk")}
    city = claim(num(186), source="post", quote="186", scope="in the city", noun="excess deaths")
    region = claim(num(168), source="radio", quote="168", noun="excess deaths")
    month = claim(num(430, hedge="an estimated"), source="desk", quote="an estimated 430", noun="excess deaths",
                  period=DateValue(earliest=dt.date(2025, 7, 1), latest=dt.date(2025, 7, 31), precision="month"))
    found = judge_fact(Fact("deaths", "excess deaths", "count", (city, region, month)), sources, load_vocabulary())
    slip = [c for c in found if "another order" in c.fact]
    assert len(slip) == 1 and slip[0].severity == "error"
    assert {r.quote for s in slip[0].sides for r in s.claims} == {"168", "186"}
    # another magnitude is another figure
    pair = (claim(num(1.61), source="post", quote="1.61", scope="in the city", noun="deaths"),
            claim(num(11.6), source="radio", quote="11.6", noun="deaths"))
    assert not [c for c in judge_fact(Fact("f", "f", "count", pair), sources, load_vocabulary())
                if "another order" in c.fact]


def _two_digit_slips(*claims: Claim, texts: dict[str, tuple[str, str]] | None = None) -> list[set[str]]:
    from reconcile.detect import judge_fact
    from reconcile.link import Fact
    from reconcile.models import Source
    from reconcile.vocab import load_vocabulary

    texts = texts or {}
    sources = {c.source: Source(id=c.source, path=f"{c.source}.md", text=texts.get(c.source, ("x", ""))[0],
                                published=texts.get(c.source, ("x", "2026-03-01"))[1] or "2026-03-01")
               for c in claims}
    found = judge_fact(Fact("f", "f", "count", claims), sources, load_vocabulary())
    return [{r.quote for s in c.sides for r in s.claims} for c in found if "two digits in another order" in c.fact]


def test_two_digits_in_another_order_are_a_slip_in_a_fact_of_few_values() -> None:
    # "Kellan Marsh, 34," against "Kellan Marsh, 43,"; "$2.4 billion" against "$4.2 billion"
    ages = (claim(num(34), source="wire", quote="34", noun="firefighters"),
            claim(num(43), source="radio", quote="43", noun="firefighters", scope="at the scene"))
    assert _two_digit_slips(*ages) == [{"34", "43"}]
    # in a fact of many values two digits meet by chance
    many = (*ages, claim(num(52), source="desk", quote="52", noun="firefighters"),
            claim(num(61), source="post", quote="61", noun="firefighters"))
    assert _two_digit_slips(*many) == []


def test_two_digits_that_a_tally_or_a_growing_figure_reaches_are_no_slip() -> None:
    # "A total of 21 points have been deducted from four clubs so far this season" against "docked 12 points"
    text = "A total of 21 points have been deducted from four clubs so far this season."
    docked = claim(num(12), source="wire", quote="12", noun="points")
    total = claim(num(21), source="trade", quote="21", noun="points", sentence_end=len(text))
    assert _two_digit_slips(docked, total, texts={"trade": (text, "")}) == []
    # 17 deaths on 18 February, 71 by 6 March: a toll that grew (death is an evolving event)
    early = claim(num(17), source="wire", quote="17", noun="deaths", event="kill")
    late = claim(num(71), source="bulletin", quote="71", noun="deaths", event="kill")
    dated = {"wire": ("x", "2025-02-18"), "bulletin": ("x", "2025-03-06")}
    assert _two_digit_slips(early, late, texts=dated) == []
    # ... but the same two figures the other way round did not grow: a slip
    dated = {"wire": ("x", "2025-03-06"), "bulletin": ("x", "2025-02-18")}
    assert _two_digit_slips(early, late, texts=dated) == [{"17", "71"}]


def test_bare_numbers_with_nothing_counted_are_not_judged() -> None:
    from reconcile.detect import judge_fact
    from reconcile.link import Fact
    from reconcile.models import Source
    from reconcile.vocab import load_vocabulary

    sources = {s: Source(id=s, path=f"{s}.md", text="x") for s in ("post", "radio")}
    bare = (claim(num(51), source="post", quote="51"), claim(num(63), source="radio", quote="63"))
    assert judge_fact(Fact("f", "f", "count", bare), sources, load_vocabulary()) == []
    counted = (claim(num(51), source="post", quote="51", noun="jobs"), claim(num(63), source="radio", quote="63"))
    assert [c.severity for c in judge_fact(Fact("f", "f", "count", counted), sources, load_vocabulary())] == ["error"]


def test_ages_of_people_named_differently_are_a_scope_difference() -> None:
    from reconcile.detect import judge_fact
    from reconcile.link import Fact
    from reconcile.models import Source
    from reconcile.vocab import load_vocabulary

    sources = {s: Source(id=s, path=f"{s}.md", text="x") for s in ("post", "radio")}
    vocab = load_vocabulary()
    unnamed = (claim(num(29), source="post", quote="29", noun="year-old", event="age"),
               claim(num(38), source="radio", quote="38", noun="year-old woman", event="age"))
    [look_alike] = judge_fact(Fact("f", "f", "count", unnamed), sources, vocab)
    assert (look_alike.severity, look_alike.kind) == ("warning", "scope-difference")
    assert "different people" in (look_alike.explanation or "")
    named = tuple(c.model_copy(update={"entities": ("name:rinaldi",)}) for c in unnamed)
    assert [c.severity for c in judge_fact(Fact("f", "f", "count", named), sources, vocab)] == ["error"]
    group = (claim(num(62), source="post", quote="62", noun="average age", event="age"),
             claim(num(66), source="radio", quote="66", noun="average age", event="age"))
    assert [c.severity for c in judge_fact(Fact("f", "f", "count", group), sources, vocab)] == ["error"]


def test_the_age_of_a_thing_is_one_fact_not_two_people() -> None:
    from reconcile.detect import judge_fact
    from reconcile.extract.frames import aged_thing
    from reconcile.link import Fact
    from reconcile.models import Source
    from reconcile.vocab import load_vocabulary

    vocab = load_vocabulary()
    assert aged_thing("year-old dam", vocab) == "dam"
    for person in ("year-old driver", "year-old Croatian", "year-old now leads", "year-old", None):
        assert aged_thing(person, vocab) is None
    sources = {s: Source(id=s, path=f"{s}.md", text="x") for s in ("ktv", "followup")}
    dam = (claim(num(52), source="ktv", quote="52", noun="year-old dam", event="age"),
           claim(num(48), source="followup", quote="48", noun="year-old dam", event="age"))
    assert [c.severity for c in judge_fact(Fact("f", "f", "count", dam), sources, vocab)] == ["error"]


def test_one_role_named_in_two_articles_is_one_person() -> None:
    from reconcile.detect import judge_fact
    from reconcile.ingest import published_interval
    from reconcile.link import Fact
    from reconcile.models import Source
    from reconcile.vocab import load_vocabulary

    vocab = load_vocabulary()
    sources = {s: Source(id=s, path=f"{s}.md", text="x") for s in ("wire", "ktv", "followup")}
    ages = (claim(num(58), source="wire", quote="58", noun="year-old driver", event="age"),
            claim(num(53), source="ktv", quote="53", noun="year-old driver", event="age"),
            claim(num(67), source="followup", quote="67", noun="year-old Japanese woman", event="age"))
    assert "error" in [c.severity for c in judge_fact(Fact("f", "f", "count", ages), sources, vocab)]
    # an age does not evolve, even in a fact whose sentences speak of a toll
    text = "The death toll rose to 14 as the driver, aged 58, was charged."
    later = {s: Source(id=s, path=f"{s}.md", text=text, published=d, published_value=published_interval(d))
             for s, d in (("wire", "2026-05-16"), ("ktv", "2026-05-17"), ("followup", "2026-06-12"))}
    tolled = tuple(c.model_copy(update={"sentence_start": 0, "sentence_end": len(text)}) for c in ages)
    assert "error" in [c.severity for c in judge_fact(Fact("f", "f", "count", tolled), later, vocab)]
    men = tuple(c.model_copy(update={"noun": "year-old man"}) for c in ages[:2])
    assert [c.severity for c in judge_fact(Fact("f", "f", "count", men), sources, vocab)] == ["warning"]


@pytest.mark.parametrize(("plural", "singular"), [("countries", "country"), ("ballots", "ballot"),
                                                  ("churches", "church"), ("votes", "vote"), ("boxes", "box"),
                                                  ("glass", "glass")])
def test_a_counted_noun_in_the_singular(plural: str, singular: str) -> None:
    from reconcile.detect import _singular

    assert _singular(plural) == singular


def test_a_partitive_counts_the_noun_after_its_whole() -> None:
    from reconcile.detect import _counted_word
    from reconcile.models import Source
    from reconcile.vocab import load_vocabulary

    text = "Nine of the ten warmest years came after 2010, and 12 of the museum's 36 cameras were off."
    sources = {"a": Source(id="a", path="a.md", text=text)}
    nine = claim(num(9), source="a", quote="Nine").model_copy(update={"start": 0, "end": 4})
    twelve = claim(num(12), source="a", quote="12").model_copy(update={"start": 51, "end": 53})
    assert text[51:53] == "12"
    vocab = load_vocabulary()
    assert _counted_word(nine, sources, vocab) == "year"
    assert _counted_word(twelve, sources, vocab) == "camera"


@pytest.mark.parametrize(("text", "figure", "counted"), [
    ("bought him a 28-foot fishing boat", "28", "foot"),
    ("in a 27-page ruling on April 9", "27", "page"),
    ("Kestrian ten-year bond yields have risen", "ten", "year yield"),
    ("a 22-mile round trip", "22", None),  # a unit: compared by value, not by word
    ("116 Chinese migrants were sent back", "116", "migrant"),
    ("the 14 countries of the region", "14", "country"),
])
def test_what_a_figure_counts_is_read_right_after_it(text: str, figure: str, counted: str | None) -> None:
    from reconcile.detect import _counted_word
    from reconcile.models import Source
    from reconcile.vocab import load_vocabulary

    start = text.index(figure)
    c = claim(num(1), source="a", quote=figure).model_copy(update={"start": start, "end": start + len(figure)})
    assert _counted_word(c, {"a": Source(id="a", path="a.md", text=text)}, load_vocabulary()) == counted


def test_a_side_shows_its_narrowest_value_among_equally_common_ones() -> None:
    from reconcile.detect import side_value

    day = claim(DateValue(earliest=dt.date(2026, 3, 8), latest=dt.date(2026, 3, 8)),
                source="a", cid="clm_a").model_copy(update={"display": "March 8, 2026"})
    year = claim(DateValue(earliest=dt.date(2026, 1, 1), latest=dt.date(2026, 12, 31), precision="year"),
                 source="b", cid="clm_b").model_copy(update={"display": "2026"})
    assert side_value([year, day]) == "March 8, 2026"
    rough = claim(num(10e6, hedge="nearly", low=9.5e6, high=10e6), source="a").model_copy(
        update={"display": "nearly 10 million"})
    close = claim(num(9.5e6, hedge="an estimated", low=9.3e6, high=9.7e6), source="b").model_copy(
        update={"display": "an estimated 9.5 million"})
    assert side_value([rough, close]) == "an estimated 9.5 million"
    # one figure rounded: the side shows it as most wrote it, the shorter on a tie
    short = claim(num(54.4, unit="%"), source="a").model_copy(update={"display": "54.4%"})
    longer = claim(num(54.41, unit="%"), source="b").model_copy(update={"display": "54.41%"})
    assert side_value([longer, short]) == "54.4%"
    # the figure written with more digits before a narrower reading: "about 19 percent" is what
    # "almost 20 percent" and "a fifth" round
    about = claim(num(19, hedge="about", low=18, high=20, unit="%"), source="a").model_copy(
        update={"display": "about 19%", "kind": "percent"})
    almost = claim(num(20, hedge="almost", low=19, high=20, unit="%"), source="b").model_copy(
        update={"display": "almost 20%", "kind": "percent"})
    assert side_value([almost, about]) == "about 19%"


def test_nearly_a_round_percentage_is_a_little_under_it() -> None:
    # "almost 90 per cent" is about 84 to 90, not 78; "nearly 600" may still be 540
    low, high = reader_interval(claim(num(90, hedge="almost", low=80, high=90, unit="%")))
    assert 80 < low < 86 and high == 90
    low, _ = reader_interval(claim(num(600, hedge="nearly", low=500, high=600)))
    assert low == pytest.approx(510)
    # "nearly four percentage points" is a little under four, not 2.7
    points = claim(num(4, hedge="nearly", low=3.6, high=4, unit="pp")).model_copy(update={"kind": "percent"})
    low, high = reader_interval(points)
    assert 3.3 <= low <= 3.5 and high == 4


def test_a_side_shows_the_exact_figure_its_round_ones_round() -> None:
    from reconcile.detect import side_value

    some = [claim(num(120, hedge="some", low=108, high=132), source=s, quote="120").model_copy(
        update={"display": "some 120"}) for s in ("wire", "gazette")]
    exact = claim(num(118), source="trade", quote="118").model_copy(update={"display": "118"})
    assert side_value([*some, exact]) == "118"
    # an exact figure outside a hedged one's reach does not stand for it
    far = claim(num(140), source="trade", quote="140").model_copy(update={"display": "140"})
    assert side_value([*some, far]) == "some 120"


def test_a_side_shows_the_exact_change_its_endpoints_give() -> None:
    from reconcile.detect import side_value

    about = claim(num(21, hedge="about", low=18.9, high=23.1, unit="%"), source="followup").model_copy(
        update={"display": "about 21%"})
    derived = claim(NumberValue(low=20.7, high=20.7, unit="%", stated=20.7, approximate=True),
                    source="wire").model_copy(update={"display": "20.7%",
                                                      "derived": "the change from 2.9 million to 2.3 million"})
    assert side_value([about, derived]) == "20.7%"


def test_a_side_shows_a_scaled_figure_its_hedged_ones_contain() -> None:
    from reconcile.detect import side_value

    more = [claim(NumberValue(low=412e6, high=None, unit="EUR", stated=412e6, hedge="more than", approximate=True),
                  source=s, quote="€412 million").model_copy(update={"display": "more than €412 million"})
            for s in ("wire", "gazette")]
    exact = claim(NumberValue(low=412.6e6, high=412.6e6, unit="EUR", stated=412.6e6, approximate=True),
                  source="trade", quote="€412.6m").model_copy(update={"display": "€412.6 million"})
    assert side_value([*more, exact]) == "€412.6 million"


@pytest.mark.parametrize(("written", "name"), [(["Helena", "Voss"], ("helena", "voss")),
                                               (["Kellan", "Marsh's"], ("kellan", "marsh")),
                                               (["Ada", "Jones'"], ("ada", "jones")),
                                               (["Ross"], ("ross",))])
def test_a_name_loses_its_possessive_not_its_last_letters(written: list[str], name: tuple[str, ...]) -> None:
    from reconcile.detect import _name_words

    assert _name_words(written) == name


def test_a_share_of_a_whole_and_a_change_are_two_measures() -> None:
    from reconcile.detect import judge_fact
    from reconcile.link import Fact
    from reconcile.models import Source
    from reconcile.vocab import load_vocabulary

    texts = {"journal": "Calvarians made up 24.6% of all removals.", "wire": "Waits fell 28% to 41 days.",
             "tv": "That is 24.6% of everyone removed."}
    sources = {s: Source(id=s, path=f"{s}.md", text=t) for s, t in texts.items()}

    def pct(source: str, quote: str, role: str) -> Claim:
        start = texts[source].index(quote)
        made = claim(num(float(quote.rstrip("%")), unit="%"), source=source, cid=f"clm_{source}", quote=quote,
                     role=role)
        return made.model_copy(update={"start": start, "end": start + len(quote),
                                       "sentence_end": len(texts[source])})

    fact = Fact("f", "f", "percent", (pct("journal", "24.6%", "amount"), pct("wire", "28%", "change"),
                                      pct("tv", "24.6%", "amount")))
    assert not [c for c in judge_fact(fact, sources, load_vocabulary()) if c.severity == "error"]


def test_a_fall_and_a_rise_of_different_sizes_are_changes_of_two_things() -> None:
    from reconcile.detect import judge_fact
    from reconcile.link import Fact
    from reconcile.models import Source
    from reconcile.vocab import load_vocabulary

    sources = {s: Source(id=s, path=f"{s}.md", text="x") for s in ("journal", "wire", "tv")}
    fall = claim(num(28.1, unit="%"), source="wire", cid="clm_wire", role="change", direction="down")
    rise = claim(num(30.6, unit="%"), source="journal", cid="clm_journal", role="change", direction="up")
    assert not judge_fact(Fact("f", "f", "percent", (fall, rise)), sources, load_vocabulary())
    # two rises of different sizes still contradict
    other = claim(num(24.0, unit="%"), source="tv", cid="clm_tv", role="change", direction="up")
    found = judge_fact(Fact("f", "f", "percent", (fall, rise, other)), sources, load_vocabulary())
    assert [sorted(x for side in c.sides for x in side.sources) for c in found if c.severity == "error"] == [
        ["journal", "tv"]]


def _judged(*claims: Claim, published: dict[str, str]) -> list[tuple[str, set[str]]]:
    from reconcile.detect import judge_fact
    from reconcile.link import Fact
    from reconcile.models import Source
    from reconcile.vocab import load_vocabulary

    def day(s: str) -> DateValue:
        d = dt.date.fromisoformat(s)
        return DateValue(earliest=d, latest=d, precision="day")

    sources = {c.source: Source(id=c.source, path=f"{c.source}.md", text="x", published=published[c.source],
                                published_value=day(published[c.source])) for c in claims}
    found = judge_fact(Fact("f", "f", "count", claims), sources, load_vocabulary())
    return [(c.severity, {s.value for s in c.sides}) for c in found]


def _year(y: int) -> DateValue:
    return DateValue(earliest=dt.date(y, 1, 1), latest=dt.date(y, 12, 31), precision="year")


def test_an_unstated_period_is_the_one_an_article_names_as_the_present() -> None:
    # "108 countries" this year against "118 countries" (no period said), beside "140 posts
    # cut in 2023": the year 2023 sets the 140 apart, and the two counts of this year contradict
    this_year = claim(num(108), source="wire", quote="108", noun="countries", period=_year(2026),
                      period_text="This year").model_copy(update={"display": "108"})
    silent = claim(num(118), source="journal", quote="118", noun="countries").model_copy(update={"display": "118"})
    old = claim(num(140, hedge="about", low=130, high=150), source="tv", quote="140", noun="countries",
                period=_year(2023), period_text="2023").model_copy(update={"display": "about 140"})
    dates = {"wire": "2026-09-01", "journal": "2026-09-02", "tv": "2026-09-01"}
    judged = _judged(this_year, silent, old, published=dates)
    assert ("error", {"108", "118"}) in judged, judged
    # a stated "2025" (last year, in another article) is no present: the silent count stays apart
    last_year = this_year.model_copy(update={"period_text": "2025", "period": _year(2025)})
    assert not [j for j in _judged(last_year, silent, old, published=dates) if j[0] == "error"]


def test_frames_are_compared_through_a_claim_that_states_its_period() -> None:
    # "about 48,500 this year" and an unstated "about 48,500" (which took this year) against
    # "last year's festival drew about 44,000": a difference of period, whichever claim of the
    # group comes first
    silent = claim(num(48500, hedge="about", low=47500, high=49500), source="followup", quote="48,500",
                   noun="people").model_copy(update={"display": "about 48,500"})
    stated = claim(num(48500, hedge="about", low=47500, high=49500), source="wire", quote="48,500", noun="people",
                   period=_year(2026), period_text="This year").model_copy(update={"display": "about 48,500"})
    last = claim(num(44000, hedge="about", low=43000, high=45000), source="trade", quote="44,000", noun="people",
                 period=_year(2025), period_text="Last year").model_copy(update={"display": "about 44,000"})
    judged = _judged(silent, stated, last,
                     published={"followup": "2026-08-06", "wire": "2026-07-16", "trade": "2026-07-20"})
    assert [s for s, _ in judged] == ["warning"], judged
