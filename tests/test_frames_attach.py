"""Where a period or a scope belongs, and what an unstated frame does (and does not) explain."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from reconcile.config import load_settings
from reconcile.extract import extract_claims
from reconcile.extract.frames import aged_thing
from reconcile.ingest import published_interval
from reconcile.link import digit_slip, scale_slip
from reconcile.models import Claim, Conflict, DateValue, NumberValue, Report, Source
from reconcile.pipeline import run
from reconcile.vocab import load_vocabulary

ROOT = Path(__file__).resolve().parents[1]


def every_claim(text: str, published: str = "2025-03-10") -> list[Claim]:
    settings = load_settings(ROOT)
    vocab = load_vocabulary(settings.aliases, settings.events)
    source = Source(id="a", path="a.md", text=text, body_start=0, published=published,
                    published_value=published_interval(published))
    return extract_claims(source, vocab)


def claims_of(text: str, published: str = "2025-03-10") -> dict[str, Claim]:
    out: dict[str, Claim] = {}
    for c in every_claim(text, published):
        out.setdefault(c.quote, c)  # the stated claim, not one derived from it after ("Holt, 46," -> born)
    return out


def test_a_period_trailing_another_figure_is_that_figures() -> None:
    got = claims_of("The group, which has claimed at least 40 victims this year, asked for $5.4 million in bitcoin.")
    assert got["$5.4 million"].period is None


@pytest.mark.parametrize("sentence", [
    "Traffic on the pass grew from 140,000 vehicles in 2015 to 420,000 in 2025, the agency said.",
    "Sales rose from $12 million in 2019 to $31 million in 2024.",
])
def test_each_end_of_a_change_holds_for_its_own_period(sentence: str) -> None:
    first, second = sorted((c for c in every_claim(sentence, "2026-08-19") if c.role in ("from", "to")),
                           key=lambda c: c.start)
    assert first.period is not None and second.period is not None
    assert first.period.earliest is not None and second.period.earliest is not None
    assert (first.period.earliest.year, second.period.earliest.year) == ((2015, 2025) if "2015" in sentence
                                                                        else (2019, 2024))


def test_a_period_inside_a_quotation_is_not_a_figure_outside_it() -> None:
    got = claims_of('"I told them two years ago that I wanted to stay," the 26-year-old guard said.')
    assert got["26"].period is None and got["26"].period_text is None
    got = claims_of('"We lost 40 jobs two years ago," she said.')
    assert got["40"].period_text == "two years ago"  # inside the quotation, the speaker's own figure


@pytest.mark.parametrize(("sentence", "start", "end"), [
    ("The board's hearings begin on Monday, May 11 and are scheduled to run through July 31.", "May 11", "July 31"),
    ("Hearings at the town hall, beginning May 18 and running until the end of July.", "May 18", "the end of July"),
])
def test_the_end_of_a_span_is_not_when_it_began(sentence: str, start: str, end: str) -> None:
    got = {c.quote: c for c in every_claim(sentence, "2026-04-20") if c.kind == "date"}
    assert got[start].event == "begin"
    assert end not in got or got[end].event != "begin"  # when it ends, or what its own verb dates


def test_a_leading_period_still_holds_for_the_figure_after_it() -> None:
    got = claims_of("In 2023, more than 37,000 people were arrested at the border.")
    assert got["37,000"].period_text == "2023"


def test_a_period_in_a_relative_clause_dates_that_clause() -> None:
    got = claims_of("His wages, reported to be £205,000 a week, will stretch a pay structure that the "
                    "owners promised in 2022 to keep under control.")
    assert got["£205,000"].period is None


def test_a_fronted_place_with_an_appositive_is_a_scope() -> None:
    got = claims_of("In Vestra, the capital, turnout reached 72.4%, the highest of any district.")
    assert got["72.4%"].scope == "vestra"
    plain = claims_of("Turnout was 61.2%, the commission said.")
    assert plain["61.2%"].scope is None


def test_a_place_taken_as_a_whole_is_a_scope() -> None:
    got = claims_of("The company is the largest employer in Kellbridge and employs 1,020 people in the East "
                    "Midlands as a whole.")
    assert got["1,020"].scope == "east midlands"
    # a place named in passing is one only against a figure that names another place (see
    # test_two_named_places_after_two_figures_are_two_scopes)
    assert claims_of("Ashdown & Kerr employs 610 people in Kellbridge.")["610"].scope == "place: kellbridge"


def _check(tmp_path: Path, files: dict[str, str]) -> Report:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return run(load_settings(tmp_path, cache=None), [tmp_path])


def _two_sources(tmp_path: Path, *articles: tuple[str, str, str]) -> Report:
    """The report on articles given as (outlet, published, text)."""
    return _check(tmp_path, {f"{outlet.lower()}.md": _front(outlet, published) + text + "\n"
                             for outlet, published, text in articles})


def _with_sides(report: Report, values: set[str]) -> list[Conflict]:
    """The report's conflicts whose sides show exactly ``values``."""
    return [c for c in report.conflicts if {s.value for s in c.sides} == values]


def _front(outlet: str, published: str) -> str:
    return f'---\ntitle: "Ransomware attack"\noutlet: "{outlet}"\npublished: "{published}"\n---\n'


def test_a_participle_dates_its_own_clause_not_the_figure() -> None:
    got = claims_of("Pennant, founded in 1921, went public in 1986 and has 14 factories across six states.")
    assert "1921" in got  # a claim of its own, not the period of "14 factories"
    assert got["14"].period_text != "1921"


def test_a_name_opening_sentences_is_still_a_name() -> None:
    text = ("Brightway, founded in 1949, was once a fixture of American suburbs. "
            "Brightway has not made a profit since 2019.")
    got = claims_of(text)
    assert "name:brightway" in got["1949"].entities
    # A common word opening two sentences and written in lower case elsewhere is no name.
    got = claims_of("Revenue rose 9% to £11.6 billion. Revenue growth slowed, and revenue per store fell 2%.")
    assert not any(e == "name:revenue" for c in got.values() for e in c.entities)


def test_a_rate_belongs_to_the_figure_right_before_it() -> None:
    got = claims_of("The vaccination campaign, budgeted at $2.4 million, was approved within a week.")
    assert "per_week" not in (got["$2.4 million"].measure or "")
    got = claims_of("He will earn £250,000 a week at his new club.")
    assert "per_week" in (got["£250,000"].measure or "")


def test_the_base_of_a_change_is_not_its_period() -> None:
    got = claims_of("Food prices were 5.2% higher than a year earlier, the statistics office said.")
    assert got["5.2%"].period is None
    assert "per_year" in (got["5.2%"].measure or "")


def test_same_measure_classes_share_one_name() -> None:
    settings = load_settings(ROOT)
    vocab = load_vocabulary(settings.aliases, settings.events)
    assert vocab.canonical("value") == vocab.canonical("invest")
    assert vocab.canonical("acquire") != vocab.canonical("value")  # comparable, not the same
    assert vocab.comparable("acquire", "value")


def test_a_comparison_with_expectations_is_no_forecast() -> None:
    got = claims_of("Turnout, at 66.3%, was higher than many pollsters expected, reversing a decline.")
    assert "expected" not in (got["66.3%"].measure or "")
    got = claims_of("Revenue is expected to reach $4bn next year.")
    assert "expected" in (got["$4bn"].measure or "")


def test_foreign_nationals_are_the_whole_not_one_nationality() -> None:
    got = claims_of("Last year, the DHS removed over 742,000 foreign individuals from the United States.")
    assert (got["742,000"].scope or "").startswith("whole")


def test_highest_since_dates_a_record_not_a_period() -> None:
    got = claims_of("Food inflation rose to 5.2% in October, the highest rate since March 2024, officials said.",
                    published="2025-11-12")
    assert "March 2024" in got  # a claim of its own (when it was last this high)
    assert got["5.2%"].period_text == "October"
    plain = claims_of("Prices have risen 20% since March 2024, officials said.", published="2025-11-12")
    assert "March 2024" not in plain  # a plain "since" gives the period of the figure


# Two sources, one fact, and the contradiction a careful reader sees: (case, first source
# (outlet, published, text), second source, the values the error must set against each other).
CONTRADICTIONS = [
    ("a period one source leaves unsaid explains nothing",
     ("Wire", "2025-03-10", "The Nightjar ransomware group demanded a ransom of $4.5 million from Orbis Health."),
     ("Daily", "2025-03-11", "The Nightjar ransomware group demanded a ransom of $7 million from Orbis Health "
      "this year."),
     {"$4.5 million", "$7 million"}),
    ("two founding years of one company are one fact",
     ("Wire", "2025-03-10", "Pennant was founded in 1921 as a bakery in Ohio. Pennant makes biscuits."),
     ("Ledger", "2025-03-10", "Harlow Foods agreed to buy Pennant Brands, the biscuit maker founded in 1912, "
      "for $5.9bn."),
     {"1921", "1912"}),
    ("two spans agree only when their ends do, and years-long spans are no statement dates",
     ("Wire", "2025-03-10", "Kessler is recalling 212,000 Ridgeline trucks from model years 2019 to 2022 over "
      "faulty airbags."),
     ("Auto", "2025-03-12", "Kessler is recalling Ridgeline trucks built between 2018 and 2022 over faulty airbags."),
     {"2018 to 2022", "2019 to 2022"}),
    ("a publication day is no repeatable statement",
     ("Release", "2025-03-06", "Walking 7,000 steps a day cut dementia risk, according to a study of the Aging "
      "Cohort published on Wednesday."),
     ("Health", "2025-03-07", "A new study of the Aging Cohort published on Thursday found that walking cut "
      "dementia risk."),
     {"March 5, 2025", "March 6, 2025"}),
    ("a cost and a budget are one measure",
     ("Wire", "2025-02-19", "The Tembara vaccination campaign is expected to cost about $4.2 million, the WHO said."),
     ("Lancet", "2025-03-06", "The Tembara vaccination campaign, budgeted at $2.4 million, was approved within "
      "a week."),
     {"about $4.2 million", "$2.4 million"}),
    ("a 'now' outside the figure's clause does not make the figure a later state",
     ("Wire", "2026-03-08", "Yes won the Dalmora referendum by a margin of 254,680 votes, the electoral "
      "commission said."),
     ("Observer", "2026-03-24", "The certified Dalmora referendum numbers are now beyond dispute: Yes won by "
      "a margin of 354,680 votes."),
     {"254,680", "354,680"}),
    ("a change stated in one article against the endpoints another gives",
     ("Wire", "2026-02-10", "The Northvale railway reported 61 derailments in 2025, up from 48 in 2024, the "
      "safety board said."),
     ("Radio", "2026-02-11", "The Northvale railway's derailments jumped 21 percent last year, the safety board said."),
     {"21%", "27.1%"}),
    ("two maxima of one thing disagree",
     ("Wire", "2026-02-21", "Rescuers said the Kelsa avalanche buried the hut under as much as 4 metres of snow."),
     ("Herald", "2026-02-22", "The Kelsa avalanche left the hut under as much as 3 metres of snow, rescuers said."),
     {"as much as 4 metres", "as much as 3 metres"}),
    ("an age in a sentence dated days before the article is the person's age now",
     ("Wire", "2026-04-17", "Martin Keeble, 58, was jailed on Friday for stealing from the Brennock pension scheme."),
     ("Post", "2026-05-20", "Martin Keeble was jailed last month.\n\nLawyers for the 62-year-old filed papers with "
      "the Court of Appeal last week."),
     {"58", "62"}),
    ("a tally that falls a day later with its digits swapped is a slip, not a moved-on count",
     ("Wire", "2026-04-09", "Mobile vaccination teams have so far visited 82 schools across the region."),
     ("Journal", "2026-04-10", "Mobile vaccination teams have so far visited 28 schools, the health board said."),
     {"82", "28"}),
    ("running aground is an accident, counted by its ordinal in other words",
     ("Wire", "2026-03-19", "It is the second time the Corran Star has run aground."),
     ("Radio", "2026-03-19", "This isn't the first time for the Corran Star. It's actually the third time in its "
      "history this ship has gone aground."),
     {"2", "3"}),
    ("a landmark in other words is one landmark to measure a direction from",
     ("Wire", "2026-02-09", "Lava reached the village of Las Palmas, 6.5 km south-west of the vent, on Sunday."),
     ("Herald", "2026-03-04", "Las Palmas, 6.5 km north-east of the crater, was evacuated in February."),
     {"south-west of the vent", "north-east of the crater"}),
    ("where one thing happened, from one town, in two directions",
     ("Wire", "2026-03-12", "The tornado touched down in fields south-west of the town at about 3.40pm."),
     ("TV", "2026-03-13", "At about twenty to four the tornado touched down in farmland north-east of the town."),
     {"south-west", "north-east"}),
    ("a census is an event with a date",
     ("Wire", "2025-06-24", "The Calvia count was taken on census night, 12 March 2024, the statistics office said."),
     ("Review", "2025-06-25", "The Calvia census, held on 21 March 2024, counted 8.4 million people."),
     {"March 12, 2024", "March 21, 2024"}),
]


@pytest.mark.parametrize(("case", "first", "second", "values"), CONTRADICTIONS, ids=[c[0] for c in CONTRADICTIONS])
def test_two_sources_contradict(tmp_path: Path, case: str, first: tuple[str, str, str],
                                second: tuple[str, str, str], values: set[str]) -> None:
    report = _two_sources(tmp_path, first, second)
    found = _with_sides(report, values)
    assert found, (case, [(c.kind, [s.value for s in c.sides]) for c in report.conflicts])
    assert found[0].severity == "error", (case, found[0].kind, found[0].explanation)


def test_now_in_an_article_dated_by_year_is_not_the_year_before(tmp_path: Path) -> None:
    report = _check(tmp_path, {
        "wire.md": _front("Wire", "2024-07-02")
        + "U.S. border officials arrested more than 37,000 Chinese nationals on the southern border in 2023.\n",
        "weekly.md": _front("Weekly", "2024")
        + "The number of Chinese nationals with deportation orders living in the U.S. remains around 100,000.\n",
    })
    assert not [c for c in report.conflicts if c.severity == "error"], [
        (c.kind, [s.value for s in c.sides]) for c in report.conflicts]


def test_a_date_opening_a_reported_clause_dates_that_clause() -> None:
    got = claims_of("On Tuesday, the department announced that last weekend the United States had deported "
                    "Chinese nationals who tried to enter illegally.", published="2024-07-05")
    assert got["last weekend"].event == "deport"
    assert got["Tuesday"].event == "announce"


def test_an_undated_article_takes_its_storys_month(tmp_path: Path) -> None:
    from reconcile.pipeline import estimate_publication

    def dated_on(sid: str, day: str) -> Source:
        return Source(id=sid, path=f"{sid}.md", text="x", published=day, published_value=published_interval(day))

    dated, later = dated_on("a", "2024-07-02"), dated_on("b", "2024-07-05")
    undated = Source(id="c", path="c.md", text="x")
    got = {s.id: s for s in estimate_publication([dated, later, undated])}
    value = got["c"].published_value
    assert value is not None and value.precision == "month" and str(value.earliest) == "2024-07-01"
    assert got["c"].published is None  # the report still lists it as undated
    assert got["a"] == dated
    # A story whose dated articles span two years gives no estimate.
    old = dated_on("d", "2023-12-30")
    assert estimate_publication([old, later, undated])[2].published_value is None
    report = _check(tmp_path, {
        "wire.md": _front("Wire", "2024-07-02") + "DHS Secretary Alejandro Mayorkas announced on Tuesday that removals "
        "to China would continue.\n",
        "ntd.md": "---\ntitle: \"Removal flight\"\noutlet: \"NTD\"\n---\nIn a July 31 press statement, DHS "
        "Secretary Alejandro Mayorkas said removals to China would continue.\n",
    })
    derived = [c.derived for c in report.conflicts for s in c.sides for c in s.claims if c.source == "ntd"]
    assert any(d and "estimated from the story's dated articles" in d for d in derived), derived


def test_an_ordinal_in_a_name_is_no_rank() -> None:
    got = claims_of("Some 240 soldiers from 2nd Battalion, The Rifles, have joined the effort on Fifth Avenue.")
    assert "2nd" not in got and "Fifth" not in got
    got = claims_of("She won her fourth Grand Slam title on Saturday.")
    assert got["fourth"].kind == "ordinal"


def test_the_day_a_premium_is_measured_from_is_its_frame() -> None:
    got = claims_of("Measured against Vmware's closing price on May 20, the final trading day before the talks "
                    "were reported, that offer amounts to about a 44% premium.", published="2022-05-27")
    assert got["44%"].period_text == "May 20"
    assert "May 20" not in got  # the base of the premium, not a date claim of its own
    got = claims_of("Measured against the stock's final close before the deal talks were first reported on "
                    "May 22, Broadcom's offer carries a premium of nearly 49pc.", published="2022-05-26")
    assert got["49pc"].period_text == "May 22"


def test_an_appositive_figure_takes_the_scope_of_its_noun() -> None:
    got = claims_of("The capital region, home to 2.3 million people, accounts for a quarter of output.")
    assert got["2.3 million"].scope is not None and "capital" in got["2.3 million"].scope


def test_a_partial_count_holds_for_its_paragraph() -> None:
    text = ("With 92% of ballots counted, the Civic Union had 33.8% of the vote, the commission said. "
            "The opposition Labour Alliance trailed on 24.6%.\n\nThe Labour Alliance won 24.9 per cent.")
    got = claims_of(text)
    assert "preliminary" in (got["24.6%"].measure or "")
    assert "preliminary" not in (got["24.9 per cent"].measure or "")  # another paragraph
    final = claims_of("The final count is in. The Civic Union won 62 seats.")
    assert "final" not in (final["62"].measure or "")  # a final count is not carried


def test_stations_reporting_mark_a_partial_count() -> None:
    got = claims_of("With 94.7% of polling stations reporting early Monday, Corvel had 52.1% of valid votes. "
                    "In raw numbers, she led by 256,726 votes.")
    assert "preliminary" in (got["52.1%"].measure or "")
    assert "preliminary" in (got["256,726"].measure or "")  # the same paragraph's count
    got = claims_of("With 61% of precincts reporting, the measure had 54.3% support.")
    assert "preliminary" in (got["54.3%"].measure or "")


def test_a_date_a_reporting_verb_governs_is_not_a_claim() -> None:
    got = claims_of("The company said on Thursday that it had cut 1,800 jobs.", published="2025-11-07")
    assert "Thursday" not in got  # when someone spoke, not when anything reported happened
    assert "1,800" in got and got["1,800"].event is not None
    # (a plan said, "said on Thursday that it would cut 1,800 jobs", is announced that day: see
    # test_saying_a_plan_dates_its_announcement)


def test_a_statement_a_date_modifies_is_still_dated() -> None:
    got = claims_of("In a July 31 press statement, the secretary said removals would continue.",
                    published="2024-08-02")
    assert got["July 31"].event == "announce"
    got = claims_of("The results were announced on Tuesday.", published="2025-10-09")
    assert got["Tuesday"].event == "announce"


def test_a_day_after_an_event_dates_the_event() -> None:
    got = claims_of("Rescue crews searched the river on Wednesday, the day after the collapse.",
                    published="2025-10-16")
    assert str(got["the day after"].value.earliest) == "2025-10-14"
    assert got["the day after"].event == "collapse"
    assert got["Wednesday"].event == "verb:search"  # it dates the search, not the collapse


def test_a_week_ago_today_is_one_date() -> None:
    got = claims_of("When the bridge came down a week ago today, it was the first to fail.",
                    published="2025-10-20")
    assert str(got["a week ago today"].value.earliest) == "2025-10-13"
    assert "today" not in got


def test_today_ending_a_name_is_not_a_date() -> None:
    got = claims_of("Civil Works Today has reviewed the inspection reports since 2015.", published="2025-10-20")
    assert "Today" not in got


def test_a_counted_noun_stops_at_its_verb_or_a_preposition() -> None:
    got = claims_of("Eleven vehicles went into the water and 11,000 people across the valley lost power.")
    assert got["Eleven"].noun == "vehicles"
    assert got["11,000"].noun == "people"


def test_what_rose_to_a_figure_is_its_noun() -> None:
    got = claims_of("The death toll has risen to 1,046, officials said.")
    assert got["1,046"].noun == "death toll"


@pytest.mark.parametrize("text, quote, noun", [
    ("Of the 209 people who fell ill, the other 22 were crew members.", "22", "crew members"),
    ("Crew cases numbered 22, concentrated in food service.", "22", "Crew cases"),
    ("Hospitals admitted 27 people and 19 were still being treated on Wednesday.", "19", None),
    ("Five people died and 12 were seriously hurt.", "12", None),
])
def test_what_a_bare_figure_is_said_to_be_is_its_noun(text: str, quote: str, noun: str | None) -> None:
    assert claims_of(text)[quote].noun == noun


def test_a_requirement_or_a_hypothetical_is_a_measure_of_its_own() -> None:
    settings = load_settings(ROOT)
    vocab = load_vocabulary(settings.aliases, settings.events)
    text = "A coalition would command 79 seats, three more than the 76 needed for a majority."
    at79, at76 = text.index("79"), text.index("76")
    assert "hypothetical" in vocab.qualifiers(text, 0, at79 + 8, figure_end=at79 + 2)
    assert "threshold" in vocab.qualifiers(text, at76 - 20, len(text), figure_end=at76 + 2)
    # "higher than pollsters expected": a word after "than" still describes the comparison
    text = "Turnout was 61%, higher than pollsters expected."
    assert "expected" not in vocab.qualifiers(text, 0, len(text), figure_end=text.index("%") + 1)


def test_temperatures_compare_across_scales() -> None:
    from reconcile.detect import group_sides

    got = claims_of("The airport reached 41.3C (106.3F) on Tuesday; it stays above 35C, or 95F, and "
                    "Flat 4C was shaded.", published="2025-07-23")
    assert got["41.3C"].value.unit == got["106.3F"].value.unit == "°C"
    assert got["106.3F"].display == "106.3 °F" and got["41.3C"].noun == "temperature"
    assert len(group_sides([got["41.3C"], got["106.3F"]])) == 1  # one reading in two scales
    assert len(group_sides([got["95F"], claims_of("It hit 36C.")["36C"]])) == 2
    assert len(group_sides([got["95F"], claims_of("It hit 35C.")["35C"]])) == 1  # whole degrees
    assert "4C" not in got  # a flat, not a temperature


def test_a_ratio_in_words_is_a_share() -> None:
    got = claims_of("The four countries accounted for nine out of 10 illegal migrants; seven in 10 voters agreed.")
    assert got["nine out of 10"].kind == "percent" and got["nine out of 10"].value.stated == 90
    assert got["seven in 10"].value.stated == 70
    assert "10" not in got


def test_a_date_belongs_to_the_verb_whose_preposition_governs_it() -> None:
    got = claims_of("The strike that began on Tuesday, March 4 has closed 1,400 of the province's schools.")
    assert got["March 4"].event == "begin"
    got = claims_of("China officially cut off cooperation on deportations in 2022, officials said.")
    assert got["2022"].event == "suspend"  # a noun before "in 2022" does not govern it


def test_an_age_after_a_name_is_an_age_not_a_count() -> None:
    got = claims_of('"It does not cool down," said Ostrel resident Marta Lenz, 52, who slept outside.')
    assert got["52"].event == "age" and got["52"].noun is None
    got = claims_of("In March, 12 people died.")
    assert got["12"].event != "age"
    got = claims_of("Ana Kovac was 14 when she first played on grass.")
    assert got["14"].event == "age"
    got = claims_of("Sales were 14 when the shop opened.")
    assert got["14"].event != "age"


def test_a_participle_dates_the_noun_it_follows() -> None:
    got = claims_of("The vote, held on Sunday, March 8, reverses the 2011 result, when 58.2% of voters "
                    "rejected leaving.")
    assert got["March 8"].event == "vote"


def test_discoveries_and_rejections_are_events_of_their_own() -> None:
    got = claims_of("A hiker spotted the bone in October 2019.")
    assert got["October 2019"].event == "discover"
    got = claims_of("The agency had rejected the drug in 2023.")
    assert got["2023"].event == "reject"


def test_a_publication_is_an_event_of_its_own() -> None:
    got = claims_of("The paper appeared in Palaeontologia Borealis on 5 March.", published="2026-03-12")
    assert got["5 March"].event == "publish"


def test_what_a_vessel_may_carry_is_another_measure_than_what_it_carried() -> None:
    got = claims_of("The ferry, certified for 250 passengers, was carrying 212 passengers.")
    assert "capacity" in (got["250"].measure or "") and "capacity" not in (got["212"].measure or "")


def test_a_low_is_another_measure_than_a_high() -> None:
    got = claims_of("The temperature did not fall below 28.4C overnight, after a high of 41.3C.")
    assert "minimum" in (got["28.4C"].measure or "") and "minimum" not in (got["41.3C"].measure or "")
    assert got["28.4C"].value.low == 28.4 and got["28.4C"].value.high is None


def test_a_fronted_whole_area_sets_the_scope_of_its_sentence() -> None:
    got = claims_of("Across Belmora, the health ministry estimates about 610 excess deaths in the same week.")
    assert got["610"].scope == "whole: belmora"
    got = claims_of("In March, 12 people died.")
    assert got["12"].scope is None


def test_a_tally_is_two_figures_for_and_against() -> None:
    got = claims_of("The council approved the budget on Tuesday night, 10-3.")
    assert (got["10"].noun, got["3"].noun) == ("tally for", "tally against")
    got = claims_of("The budget passed by nine votes to four after a six-hour meeting.")
    assert (got["nine"].noun, got["four"].noun) == ("tally for", "tally against")
    got = claims_of("Prices rose from 5 to 7 per cent.")
    assert got["5"].noun != "tally for"


def test_a_numbered_place_is_a_rank_whatever_verb_is_nearer() -> None:
    got = claims_of("Kovac will rise to No. 2 when the new rankings are published on Monday.")
    assert got["2"].kind == "ordinal" and got["2"].event == "rank"


def test_a_unit_against_the_digits_is_the_counted_noun() -> None:
    got = claims_of("The 178.5km stage from Pellham Cross ended in a sprint.")
    assert got["178.5"].noun is not None and got["178.5"].noun.startswith("km")


def test_a_figure_converted_from_another_unit_keeps_its_own_rounding() -> None:
    from reconcile.detect import group_sides

    km = claims_of("The Grand Veyre climb is 14.3 km long.")["14.3"]
    miles = claims_of("The riders faced the nine-mile Grand Veyre climb.")["nine"]
    assert miles.scale != 1.0
    assert len(group_sides([km, miles])) == 1  # 9 miles is 8.5 to 9.5 miles, 14.3 km is 8.9
    far = claims_of("The riders faced the 11-mile Grand Veyre climb.")["11"]
    assert len(group_sides([km, far])) == 2


@pytest.mark.parametrize(("a", "b", "agree"), [
    ("The stadium sits on a 22-hectare former freight yard.", "The stadium sits on the 54-acre former yard.", True),
    ("The fire burned 48,000 acres of forest.", "The fire burned 19,600 hectares of forest.", True),
    ("The fire burned 48,000 acres of forest.", "The fire burned 21,000 hectares of forest.", False),
])
def test_a_converted_figure_is_rounded_as_written_not_as_converted(a: str, b: str, agree: bool) -> None:
    from reconcile.detect import group_sides

    first = next(c for c in claims_of(a).values() if c.kind == "count")
    second = next(c for c in claims_of(b).values() if c.kind == "count")
    # 54 acres converts to 21.853025 ha, which reads back as 53.9999995 acres: still "54",
    # rounded to the acre, and "48,000 acres" to the thousand.
    assert (len(group_sides([first, second])) == 1) is agree


@pytest.mark.parametrize("text", [
    "It exceeds the previous record, the Ashby Lane hoard, found in 1978, which held 3,480 coins.",
    "The hall, built in 1931, which seats 2,400 people, will close.",
])
def test_an_irregular_participle_dates_its_own_clause(text: str) -> None:
    got = claims_of(text)
    year = next(c for c in got.values() if c.kind == "date")
    count = next(c for c in got.values() if c.kind == "count")
    assert year.value.earliest is not None and count.period is None


def test_a_split_year_after_in_the_is_the_period_of_the_figure() -> None:
    got = claims_of("Velmora spent €9.6 million on dam maintenance in the 2024-25 fiscal year.")
    money = next(c for c in got.values() if c.kind == "money")
    # the fiscal year, not the two calendar years
    assert money.period is not None and money.period.fiscal and money.period_text == "2024-25 fiscal year"
    assert not [c for c in got.values() if c.kind == "date"]
    event = claims_of("It was the worst since the 2022 outbreak, which destroyed 640,000 birds.")
    assert any(c.kind == "date" for c in event.values())  # a year alone after "the" dates an event


@pytest.mark.parametrize(("text", "verb"), [
    ("An avalanche buried skiers on a run on Saturday, February 21.", "verb:buri"),
    ("The roof of the hall collapsed on Tuesday, March 10, after heavy snow.", "collapse"),  # a listed event
    ("Customs officers at Port Salvo yesterday seized four tonnes of ivory.", "seize"),  # the verb after it
    ("Customs officers at Port Salvo on Tuesday seized four tonnes of ivory.", "seize"),
])
def test_a_weekday_before_a_date_leaves_the_verb_in_its_clause(text: str, verb: str) -> None:
    dates = [c for c in claims_of(text, published="2026-05-20").values() if c.kind == "date"]
    assert [c.event for c in dates] == [verb]


def test_a_figure_an_earlier_report_gave_is_superseded() -> None:
    got = claims_of("The 2021 report had put the rate at 3.1mm a year.")
    assert "superseded" in (got["3.1"].measure or "")


def test_a_law_passing_is_an_event_and_its_time_clause_stays_its_own() -> None:
    got = claims_of("The law, passed in May 2024 and signed by the governor, took effect on Jan. 1, 2025.")
    assert got["May 2024"].event == "enact"
    got = claims_of("Active listings fell from about 38,400 when the law passed to roughly 29,100 last month, "
                    "a decline of about 24 percent.")
    assert got["24 percent"].event != "enact"  # it counts listings, not the passing of the law
    got = claims_of("Lawmakers passed the bill three years ago.", published="2026-02-18")
    assert got["three years ago"].event == "enact"


def test_a_relative_clause_dates_its_own_verb_not_the_figure_outside_it() -> None:
    got = claims_of("Ander Vell, who won here four years ago, recovered to finish third, 3min 2sec down.",
                    published="2026-07-28")
    won = got["four years ago"]
    assert won.kind == "date" and won.value.earliest is not None and won.value.earliest.year == 2022
    assert got["3min 2sec"].period is None


def test_since_opens_a_span_and_anchors_no_offset() -> None:
    got = claims_of("The fire was the plant's second since 2010, and it came five years after a boiler "
                    "blast injured four workers.", published="2024-07-02")
    blast = got["five years after"]
    assert blast.value.earliest is not None and blast.value.earliest.year == 2019


@pytest.mark.parametrize(("sentence", "year", "event"), [
    ("It was the worst month for waiting times since records began in 2011, with 68.4% seen in time.", 2011, "begin"),
    ("The presidential runoff was the first since 2016 and drew 12 foreign observer missions.", 2016, "elect"),
])
def test_the_year_of_a_record_since_is_a_fact_not_a_period(sentence: str, year: int, event: str) -> None:
    got = claims_of(sentence)
    date = got[str(year)]
    assert date.kind == "date" and date.event == event
    assert all(c.period is None for c in got.values() if c.kind not in ("date", "ordinal"))


def test_a_change_starts_from_what_it_reaches_and_is_no_present_figure() -> None:
    got = claims_of("Brennock Group said on Wednesday that about 2,150 jobs are now at risk under its plan, "
                    "up from the roughly 1,900 it announced three weeks ago.", published="2026-05-13")
    base = got["1,900"]
    assert base.role == "from" and base.noun == "jobs" and base.event == got["2,150"].event
    assert base.period_text is None and got["2,150"].period_text == "at the time of publication"


@pytest.mark.parametrize("sentence, level, base, threshold", [
    ("By December, 1,215 patients had waited more than 52 weeks, up from 405 in March 2025.",
     "1,215", "405", "52"),
    ("Some 2,380 passengers were delayed by over three hours, up from 1,190 a year earlier.",
     "2,380", "1,190", "three"),
])
def test_a_span_of_time_a_count_is_over_is_not_the_count_that_rose(sentence: str, level: str, base: str,
                                                                   threshold: str) -> None:
    got = claims_of(sentence)
    assert got[level].role == "to" and got[base].role == "from" and got[threshold].role == "amount"
    implied = [c for c in got.values() if c.role == "change" and c.derived]
    assert implied and implied[0].derived == f"the change from {got[base].display} to {got[level].display}"


def test_a_figure_a_later_article_gives_as_current_differs_by_time(tmp_path: Path) -> None:
    report = _check(tmp_path, {
        "wire.md": _front("Wire", "2026-09-01")
        + "Tidewater Energy said 412,000 customers in Carrow County lost power in the storm.\n",
        "followup.md": _front("Followup", "2026-09-22")
        + "Tidewater Energy said about 6,200 customers in Carrow County are now without power after the storm.\n",
    })
    found = [c for c in report.conflicts if {s.value for s in c.sides} == {"412,000", "about 6,200"}]
    assert found and found[0].severity == "warning", [(c.kind, c.severity, [s.value for s in c.sides])
                                                      for c in report.conflicts]
    assert "different times" in (found[0].explanation or "")


def test_a_date_takes_the_verb_before_it_not_that_of_a_clause_it_does_not_open() -> None:
    got = claims_of("Mallory was stabbed seven times shortly before midnight on 14 June 2025 after a row "
                    "that began inside the bar spilled out onto the street.", published="2026-02-13")
    assert got["14 June 2025"].event == "attack"


LOOK_ALIKES = [
    ("the day of an attack and the day its victim died are different measures",
     ("Wire", "2026-02-13", "Owen Mallory was stabbed outside the Anchor pub on 14 June 2025, the court heard."),
     ("Trade", "2026-02-18", "Owen Mallory, who was attacked outside the Anchor pub, died in hospital on "
      "15 June 2025."),
     {"June 14, 2025", "June 15, 2025"}),
    ("an audited count replaces the race-day count",
     ("Wire", "2026-04-19", "A total of 18,426 finishers had crossed the line on Guildhall Square by 4.30pm."),
     ("Followup", "2026-05-05", "Corrington Marathon Ltd published audited results on Friday listing 18,611 "
      "finishers."),
     {"18,426", "18,611"}),
    ("a book profit is another measure than the cash made on a sale",
     ("Wire", "2026-07-28", "Valdemora will make a profit of €68m on the player, the club said."),
     ("Journal", "2026-07-30", "For Valdemora, the sale of the player produces a book profit of about €91m."),
     {"€68 million", "about €91 million"}),
    ("a staffing benchmark is no count of the staff on duty",
     ("Wire", "2026-03-16", "Just 11 officers were on duty at Hollinsmoor prison on the night of the escape."),
     ("Journal", "2026-03-16", "Night staffing at Hollinsmoor prison has a benchmark of 16 officers on duty."),
     {"11", "16"}),
    ("a move in extended trading is another measure than the day's close",
     ("Wire", "2026-05-27", "Quillon shares fell 8.4 per cent in extended trading after the announcement."),
     ("Journal", "2026-05-28", "Quillon shares fell 6.1 per cent after the announcement, to $71.38."),
     {"8.4%", "6.1%"}),
    ("sentences totalling 15 years are a sum, not one man's 11",
     ("Wire", "2026-04-17", "Martin Keeble was jailed for 11 years on Friday for stealing from the pension scheme."),
     ("Courier", "2026-04-18", "Keeble and his accountant received sentences totalling 15 years for the pension "
      "scheme fraud."),
     {"11", "15"}),
    ("a running total a petition has gathered grows between reports",
     ("Wire", "2026-02-13", "The Mallory family's petition has gathered more than 8,000 signatures."),
     ("Followup", "2026-03-06", "The Mallory family's petition had gathered more than 14,500 signatures by Friday."),
     {"more than 8,000", "more than 14,500"}),
    ("a figure restated on a calendar-year basis is another measure",
     ("Wire", "2026-04-22", "Brennock said revenue fell 3.1 per cent to £2.84 billion."),
     ("Trade", "2026-04-24", "On a calendar-year basis, Brennock revenue in 2025 was £2.79bn."),
     {"£2.84 billion", "£2.79 billion"}),
]


@pytest.mark.parametrize(("case", "first", "second", "values"), LOOK_ALIKES, ids=[c[0] for c in LOOK_ALIKES])
def test_two_sources_only_look_alike(tmp_path: Path, case: str, first: tuple[str, str, str],
                                     second: tuple[str, str, str], values: set[str]) -> None:
    report = _two_sources(tmp_path, first, second)
    found = [c for c in report.conflicts if values <= {s.value for s in c.sides}]
    assert not [c for c in found if c.severity == "error"], (case, [(c.kind, c.severity, [s.value for s in c.sides])
                                                                    for c in report.conflicts])
    assert found and found[0].explanation, (case, [(c.kind, [s.value for s in c.sides]) for c in report.conflicts])


def test_still_makes_a_later_figure_current_and_an_early_now_does_not(tmp_path: Path) -> None:
    report = _check(tmp_path, {
        "wire.md": _front("Wire", "2026-09-16")
        + "Tidewater Energy said 412,000 customers in Carrow County lost power in the storm.\n",
        "radio.md": _front("Radio", "2026-09-16")
        + "Tidewater Energy said 412,000 customers in Carrow County are now without power after the storm.\n",
        "followup.md": _front("Followup", "2026-10-07")
        + "Tidewater Energy said about 6,200 customers in Carrow County, most of them on riverside streets, "
          "were still without power after the storm.\n",
    })
    found = [c for c in report.conflicts if {"412,000", "about 6,200"} <= {s.value for s in c.sides}]
    assert found and all(c.severity == "warning" and "different times" in (c.explanation or "") for c in found), [
        (c.kind, c.severity, [s.value for s in c.sides]) for c in report.conflicts]


@pytest.mark.parametrize(("later", "severity"), [
    ("The government has raised its support package for the town to 320 million euros, minister Petra "
     "Lundgaard said.", "warning"),
    ("The government's support package for the town is worth 320 million euros, minister Petra Lundgaard "
     "said.", "error"),
    ("The government's support package for the town is worth 320 million euros, far more than first "
     "estimated, minister Petra Lundgaard said.", "warning"),
    ("That brings to 320 million euros the government's support package for the town, minister Petra "
     "Lundgaard said.", "warning"),
    # the same report's other figure of the fact, not given as current, does not undo it
    ("The government has raised its support package for the town to 320 million euros, minister Petra "
     "Lundgaard said. The support package for the town's suppliers is worth 280 million euros, she said.",
     "warning"),
])
def test_a_figure_a_later_article_says_a_change_brought_it_to(tmp_path: Path, later: str, severity: str) -> None:
    report = _check(tmp_path, {
        "wire.md": _front("Wire", "2026-03-10")
        + "The government's support package for the town is worth 250 million euros, minister Petra Lundgaard "
          "said.\n",
        "followup.md": _front("Followup", "2026-04-07") + later + "\n",
    })
    found = [c for c in report.conflicts if {"€250 million", "€320 million"} <= {s.value for s in c.sides}]
    assert [c.severity for c in found] == [severity], [
        (c.kind, c.severity, [s.value for s in c.sides]) for c in report.conflicts]


def test_a_year_right_after_the_verb_of_a_figure_also_dates_that_event() -> None:
    got = claims_of("The reading beat the national record of 45.1C, set at Sarvell in 2017, by a degree.",
                    published="2026-07-14")
    assert "2017" in got and got["2017"].kind == "date"  # when the record was set: a fact of its own
    assert got["45.1C"].period_text == "2017"  # and still the figure's period
    counted = claims_of("Mallory's death was one of 17 homicides recorded in Port Calder in 2025.")
    assert "2025" not in counted  # a tally's year dates no event


@pytest.mark.parametrize("sentence", [
    "It was the driest spring and early summer in the region since 1995, the company said.",
    "Forecasters say this has been the driest spring since 1995.",
])
def test_the_year_a_superlative_reaches_back_to_is_dated_as_such(sentence: str) -> None:
    assert claims_of(sentence)["1995"].event == "record_since"


def test_according_to_is_attribution_not_an_agreement() -> None:
    got = claims_of("According to inspectorate data, the mine was cited for 214 violations last year.")
    assert got["214"].event != "agree"


def test_volumes_compare_in_litres() -> None:
    ml = claims_of("Brackmoor reservoir holds 96,000 megalitres when full.")["96,000"]
    litres = claims_of("Brackmoor reservoir holds 96 billion litres when full.")["96 billion"]
    assert ml.value.unit == litres.value.unit == "litres"
    assert ml.value.stated == litres.value.stated == 96e9


def test_a_date_takes_a_verb_the_vocabulary_does_not_list() -> None:
    for sentence in ("Mount Teral erupted shortly after 4 a.m. on Tuesday, sending an ash column high.",
                     "Mount Teral erupted early Monday, blasting ash more than seven miles up."):
        dates = [c for c in claims_of(sentence, published="2026-03-11").values() if c.kind == "date"]
        assert [c.event for c in dates] == ["verb:erupt"]


def test_a_verb_and_its_nominalization_share_a_stem() -> None:
    from reconcile.extract.frames import stem

    assert stem("erupted") == stem("eruption") == stem("erupts") == "erupt"
    assert stem("launched") == stem("launch")


def test_a_height_above_sea_level_is_another_measure_than_one_above_the_summit() -> None:
    sea = claims_of("The ash plume reached 14.2 km above sea level on Tuesday.")["14.2"]
    summit = claims_of("The ash plume reached 12 km above the summit on Tuesday.")["12"]
    assert sea.measure == "above_sea_level" and summit.measure == "above_local"


@pytest.mark.parametrize(("sentence", "event"), [
    # a date modifying an event noun dates that noun, not the verb of the sentence
    ("Its 2017 purchase of Pellow Savings added 12 branches in Carrow, according to its reports.", "acquire"),
    # a date after "the <noun> of" or "<noun>, in" dates the noun
    ("Nobody here has forgotten the Aurelio spill of 1996.", "spill"),
    ("The most recent inspection, in March 2024, rated the deck fair.", "inspect"),
    # a past verb of the date's own clause beats a vocabulary word of another clause
    ("Mount Teral, which rises 2,190 metres above sea level, last erupted in 1974.", "verb:erupt"),
    # an action noun the vocabulary does not list, with the date in apposition
    ("The volcano's previous eruption, in 1947, produced a smaller plume.", "verb:erupt"),
    # a verb before the date in its own clause still comes first
    ("Voters in Dalmora voted heavily for independence in Saturday's referendum.", "vote"),
    # an irregular participle right before the date's preposition is its verb
    ("The failure began in a 150 mm main that was laid in 1931 and had been scheduled for renewal.", "begin"),
    ("The trench for the new fibre line was dug on 12 May, the council said.", "verb:dug"),
])
def test_a_date_dates_the_event_its_own_phrase_names(sentence: str, event: str) -> None:
    dates = [c for c in claims_of(sentence, published="2026-03-09").values() if c.kind == "date"]
    assert [c.event for c in dates] == [event]


def test_a_participle_of_a_state_dates_no_event() -> None:
    # "will stay shut on Wednesday" is how a school stays, not something done on Wednesday
    assert claims_of("The school was shut on Wednesday.", "2026-03-10")["Wednesday"].event == "verb:shut"
    assert not claims_of("The school in Tarrow North will stay shut on Wednesday.", "2026-03-10")


def test_a_time_of_day_dates_the_event_its_phrase_names() -> None:
    got = claims_of("The crush happened at about 10:40 pm as thousands of people tried to leave.", "2026-03-11")
    assert got["10:40 pm"].event == "verb:happen" and got["10:40 pm"].display == "about 22:40"
    # a time beside a date dates that date's event, and the date the time's
    got = claims_of("The quake struck on Monday, April 14, at 4:12 a.m., killing 12.", "2026-03-11")
    assert got["4:12 a.m."].event == got["April 14"].event == "earthquake"
    got = claims_of("The quake struck at 4:12 a.m. on Monday, killing 12.", "2026-03-11")
    assert got["4:12 a.m."].event == got["Monday"].event == "earthquake"
    # a weekday may stand between the time and the date, and the date need have no verb of its own
    got = claims_of("The last caver surfaced at 15:40 on Wednesday 10 March.", "2026-03-13")
    assert got["15:40"].event == got["10 March"].event == "verb:surfac"
    # a timestamp after a date is no claim
    assert not claims_of("By Lena Straub. Wednesday, March 11, 2026 – 6:10am", "2026-03-11")


TIMES = [
    # times of one event contradict; the airport's closing and a diversion are other events
    ("one event", ("Wire", "2026-03-11", "The Boreal freighter touched down at 11:38 p.m. on Tuesday at Tarrant. "
                   "The airport closed at 11:40 p.m. and its main runway reopened at 2:15 p.m."),
     ("KTV", "2026-03-11", "The Boreal freighter landed at 11:48 p.m. on Tuesday at Tarrant, the airport said. "
      "The Boreal freighter was diverted at 11:45 p.m. on Tuesday to Tarrant."), [["23:38", "23:48"]]),
    # a local time and a time in UTC are never compared
    ("zones", ("Wire", "2026-09-13", "The Kestrel capsule touched down at 3:42 a.m. local time on Sunday in "
               "the desert."),
     ("Trade", "2026-09-14", "The Kestrel capsule touched down at 23:42 UTC on Saturday in the desert."), []),
    # close in value, same names, other events: one night's times, not one fact
    ("other events", ("Wire", "2026-03-11", "Boreal flight BX417 from Halvorsen to Kessby touched down at Tarrant "
                      "at 11:38 p.m. on Tuesday."),
     ("Trade", "2026-03-16", "Boreal flight BX417 from Halvorsen to Kessby reported a hydraulic fault near Tarrant "
      "at 2243 local on Tuesday."), []),
    # minutes apart, or twelve hours (a.m. for p.m.), is one moment misreported; half a day is not
    *[(f"reopened at {other}",
       ("Wire", "2026-03-11", "Tarrant airport reopened at 2:15 p.m. on Wednesday after the overrun."),
       ("KTV", "2026-03-11", f"Tarrant airport reopened at {other} on Wednesday after the overrun."), found)
      for other, found in (("7:30 a.m.", []), ("2:45 p.m.", [["14:15", "14:45"]]),
                           ("2:15 a.m.", [["02:15", "14:15"]]))],
]


@pytest.mark.parametrize(("case", "first", "second", "errors"), TIMES, ids=[t[0] for t in TIMES])
def test_times_of_day_contradict_only_for_one_moment(tmp_path: Path, case: str, first: tuple[str, str, str],
                                                     second: tuple[str, str, str], errors: list[list[str]]) -> None:
    report = _two_sources(tmp_path, first, second)
    times = [c for c in report.conflicts if any(":" in s.value for s in c.sides)]
    assert [(c.severity, sorted(s.value for s in c.sides)) for c in times] == [("error", e) for e in errors], case


AGES_OF_ONE_PERSON = [
    # one named person's ages disagree, whatever other people's ages the sentences hold; a
    # shared surname (a victim and his mother) keeps two people apart
    ("Still at large are Kellan Marsh, 34, and Terrell Okafor, 41, the prison said. Owen Mallory, 27, "
     "died; his mother, Patricia Mallory, 58, spoke outside court.",
     "Among the escaped inmates at large is Kellan Marsh, 43, the prison said. Mallory, 27, died on the "
     "quay, and Patricia Mallory, 58, spoke.", ["34", "43"]),
    # a name right after the age holds it
    ("Aldmoor fly-half Doyle, 22, was flawless off the tee in the final.",
     "The 24-year-old Doyle, who became first-choice fly-half in March, kicked well.", ["22", "24"]),
    # "The 64-year-old governor" is Governor Ilse Marrack's when she is the one governor named;
    # "Boreal said that the 52-year-old captain" gives no age to Boreal
    ("Governor Ilse Marrack, 61, told a news conference the bank had erred. Boreal said in a statement "
     "that the 52-year-old captain was unhurt.",
     "The 64-year-old governor, a former finance ministry official, apologised. The captain, Ilse "
     "Marwick, 57, was unhurt, Boreal said.", ["61", "64"]),
    # "The 24-year-old" with no name of its own is the person named last before it, among those
    # the other ages name; a capitalized word after it that names nobody else ("Kestrel-Norland
    # rider") is no name
    ("Anton Orlov sealed the world title on Thursday in Sorvik.\n\nThe 24-year-old, who needed only a "
     "draw, held firm.",
     "Anton Orlov, the 25-year-old from Kessel, held his nerve in Sorvik.", ["24", "25"]),
    ("Elias Brandvold won the stage in Sorvik.\n\nThe 24-year-old Kestrel-Norland rider went clear.",
     "Elias Brandvold, 23, leads the race after the stage in Sorvik.", ["23", "24"]),
    # a name set off by a comma after the age's noun holds it
    ("Dario Vellent, 34, was detained at the airport.",
     "The company's 36-year-old founder, Dario Vellent, appeared in court.", ["34", "36"]),
    # a minister is a role like a governor; a name ending in s keeps it ("Voss", not "Vo")
    ("Interior Minister Helena Voss, 58, said the figures showed the approach was working.",
     "Voss met her counterpart in Sorvan. \"Nobody wins,\" the 49-year-old minister said at the airport.",
     ["49", "58"]),
    # an unnamed person told apart by where they are from; "from Kelby, a 34-year-old" is a place,
    # not a name the next age is given to
    ("Police arrested a 41-year-old man from Kelby, a 34-year-old man from Tarnmouth and a 52-year-old "
     "man from Leeds.",
     "Among them is a forty-four-year-old lorry driver from Kelby. A 34-year-old Tarnmouth man was "
     "also held.", ["41", "44"]),
    # "Mr Pellow" is the Gerald Pellow named in full elsewhere, not a person of his own
    ("Gerald Pellow, 57, who runs Pellow Eggs, said the flock was lost. Colin Marsh-Abbott, 63, farms nearby.",
     "Mr Pellow, 61, whose family has farmed at Brammerton since 1952, was not available.", ["57", "61"]),
    # a conductor is a person: "the 57-year-old conductor" is no thing's age
    ("Ilse Varga, 54, said the cut would cost the orchestra its touring season.",
     "Music director Ilse Varga, the 57-year-old conductor who has led the orchestra since 2019, returned to "
     "the podium.", ["54", "57"]),
    # an age said in words after a name, as broadcasters say it
    ("Gwen Ashby, 58, who farms 310 hectares at Marsh End, said the water came in overnight.",
     "Out here at Marsh End, farmer Gwen Ashby, sixty-one, has lost most of her winter wheat.", ["58", "61"]),
]


@pytest.mark.parametrize(("first", "second", "values"), AGES_OF_ONE_PERSON,
                         ids=["surnames", "after", "role", "anaphora", "not-a-name", "comma-name",
                              "minister", "from-place", "honorific", "occupation", "in-words"])
def test_one_named_persons_ages_are_judged_on_their_own(tmp_path: Path, first: str, second: str,
                                                       values: list[str]) -> None:
    report = _two_sources(tmp_path, ("Wire", "2026-03-11", first), ("KTV", "2026-03-12", second))
    assert _ages_of_one_person(report) == [("error", values)]


def _ages_of_one_person(report: Report) -> list[tuple[str, list[str]]]:
    """The severity and values of each conflict between the ages given for one person."""
    return [(c.severity, sorted(s.value for s in c.sides)) for c in report.conflicts
            if "ages given for one named person" in (c.explanation or "")]


def test_another_persons_age_in_the_sentence_keeps_no_named_age_out_of_its_fact(tmp_path: Path) -> None:
    # "Mira Ostrand, 71, ... beating a record set by a 68-year-old": two people's ages in one
    # sentence; the 68 links with the other articles' ages, and the 71 must link there too
    report = _check(tmp_path, {
        "wire.md": _front("Wire", "2026-05-22") + "On Thursday, Mira Ostrand, 71, a retired surgeon from "
        "Vellund, became the oldest woman to stand on the summit, beating a record set by a 68-year-old in 2019.\n",
        "herald.md": _front("Herald", "2026-05-23") + "Among the summiteers was Mira Ostrand, 73, the retired "
        "surgeon from Vellund. On Thursday she became the oldest woman to climb the mountain.\n",
        "radio.md": _front("Radio", "2026-05-23") + "On Thursday, a 71-year-old from Vellund, Mira Ostrand, "
        "became the oldest woman ever to climb the peak. The previous record holder was 68 years old.\n",
    })
    assert _ages_of_one_person(report) == [("error", ["71", "73"])]


def test_an_unnamed_age_of_kin_or_of_someone_new_is_no_named_persons(tmp_path: Path) -> None:
    # "his brother, the 29-year-old" and "a 34-year-old keeper" are not the person named before
    for first in ("Kellan Marsh was freed in Sorvik.\n\nHis brother, the 29-year-old mechanic brother, spoke.",
                  "Kellan Marsh was freed in Sorvik.\n\nThe 29-year-old brother spoke outside.",
                  "Kellan Marsh was freed in Sorvik.\n\nA 29-year-old was hurt outside."):
        report = _two_sources(tmp_path, ("Wire", "2026-03-11", first),
                              ("KTV", "2026-03-12", "Kellan Marsh, 34, was freed in Sorvik."))
        assert not _ages_of_one_person(report), first


def test_hurt_is_the_verb_of_its_count() -> None:
    # "hurt" is a past participle: "were hurt when the ship hit" counts the hurt, not a hit
    got = claims_of("Thirty-two people were hurt when the Halden Spirit hit the moored ferry.", "2026-03-10")
    assert got["Thirty-two"].event == "injure"


def test_places_in_two_named_tables_are_two_measures(tmp_path: Path) -> None:
    report = _check(tmp_path, {
        "wire.md": _front("Wire", "2026-03-10") + "Kestwick, founded in 1966, is ranked 41st in the Halden "
        "University Guide, down from 33rd five years ago.\n",
        "gazette.md": _front("Gazette", "2026-03-11") + "Kestwick, founded in 1966, is ranked 31st in the "
        "Halden University Guide.\n",
        "trade.md": _front("Trade", "2026-03-12") + "Kestwick, placed 36th in the Meridian Rankings "
        "published last autumn, is far from alone.\n",
    })
    ranks = [sorted(s.value for s in c.sides) for c in report.conflicts if c.severity == "error"]
    assert ranks == [["31", "41"]], ranks


def test_a_capitalized_common_word_opening_a_sentence_holds_no_figure(tmp_path: Path) -> None:
    report = _two_sources(
        tmp_path,
        ("Wire", "2026-03-10", "Engineers are working 12-hour shifts at the affected works, Fenmoor Water said."),
        ("Trade", "2026-03-12", "Operators at the manual sites are on rotating 16-hour shifts, Fenmoor Water said."),
    )
    shifts = [(c.severity, sorted(s.value for s in c.sides)) for c in report.conflicts]
    assert ("error", ["12 hour", "16 hour"]) in shifts, shifts


# Later figures that differ from earlier reports by time, not by contradiction: a correction, a
# revision of a past period's figure, a revised count, and a state that lasts ("still without
# power" falls as crews work: a day later is a later state)
LATER_STATES = [
    ("corrected",
     ("Wire", "2026-03-13", "The Civic Party's Daniel Pryce took 14,896 votes in the Ashdown by-election."),
     ("Followup", "2026-04-08", "After the correction, the Civic Party's Daniel Pryce is recorded with 14,902 "
                                "votes in the Ashdown by-election."), {"14,896", "14,902"}),
    ("past-period", ("Wire", "2026-03-02", "Halvard plans to close 48 branches by the end of 2027, the bank said."),
     ("Followup", "2026-07-20", "Halvard has cut the number of branches to close by the end of 2027 to 41, "
                                "the bank said."), {"48", "41"}),
    ("audit", ("Wire", "2026-03-10", "Norlin Rail carried 212 million passenger journeys in 2025, the operator said."),
     ("Followup", "2026-04-20", "Norlin Rail's 2025 passenger journeys came to 209 million after an "
                                "internal audit, it said."), {"212 million", "209 million"}),
    ("lasting-state", ("Wire", "2026-02-11", "Calder Electric said about 96,000 customers were still without "
                                             "power at 8 a.m."),
     ("KTV", "2026-02-12", "About 18,000 customers were still without power, Calder Electric said."),
     {"about 96,000", "about 18,000"}),
]


@pytest.mark.parametrize(("case", "first", "second", "values"), LATER_STATES, ids=[c[0] for c in LATER_STATES])
def test_a_later_figure_differs_by_time(tmp_path: Path, case: str, first: tuple[str, str, str],
                                        second: tuple[str, str, str], values: set[str]) -> None:
    found = [(c.severity, c.kind) for c in _with_sides(_two_sources(tmp_path, first, second), values)]
    assert found == [("warning", "time-difference")], (case, found)


def test_a_superlative_since_a_year_dates_the_record_whatever_event_is_near() -> None:
    # "the largest seizure ... since 2011" dates when it last was so, not the seizure
    got = claims_of("Officers seized 3,480 birds, the largest wildlife seizure in Casmara since 2011.", "2026-03-11")
    assert got["2011"].event == "record_since"


def test_the_final_round_is_a_stage_not_a_final_count(tmp_path: Path) -> None:
    report = _two_sources(
        tmp_path,
        ("Wire", "2026-06-12", "Marenza won the host-city vote, beating Tarrow Bay by 13 votes in the second round."),
        ("KTV", "2026-06-12", "Marenza beat Tarrow Bay by 11 votes in the final round of the host-city vote."),
    )
    found = [(c.severity, sorted(s.value for s in c.sides)) for c in report.conflicts]
    assert ("error", ["11", "13"]) in found, found


@pytest.mark.parametrize(("text", "quote", "event"), [
    ("The two spacecraft collided early Monday, somewhere above the southern ocean.", "Monday", "collapse"),
    ("Two satellites smashed into each other early on Tuesday, owned by rival firms.", "Tuesday", "collapse"),
    ("A transformer there caught fire at 5:52 p.m. on Tuesday.", "5:52 p.m.", "burn"),
    # a doubled consonant before -ing is listed as such ("beginning", not "begining")
    ("The closures come in four waves, with the first wave beginning on June 22.", "June 22", "begin"),
])
def test_accident_verbs_date_their_accident(text: str, quote: str, event: str) -> None:
    # not "above" (a premium), "owned" (a stake) or "caught" (an arrest) elsewhere in the sentence;
    # and a verb form the vocabulary lists dates its date
    assert claims_of(text, "2026-03-18")[quote].event == event


def test_such_stands_for_the_noun_after_it() -> None:
    got = claims_of("Experts say it is the third such collision ever recorded between two satellites.", "2026-03-18")
    assert (got["third"].noun or "").startswith("collision") and got["third"].event == "collapse"


def test_the_first_days_after_an_event_are_no_rank_of_it(tmp_path: Path) -> None:
    report = _two_sources(
        tmp_path,
        ("Wire", "2026-03-18", "The crash in orbit is only the second known collision between two intact satellites."),
        ("KTV", "2026-04-07", "The debris cloud in orbit spread wider than in the first days after the collision."))
    assert [c for c in report.conflicts if c.fact_key.startswith("ordinal")] == []


@pytest.mark.parametrize(("text", "quote", "event"), [
    ("Rescuers searched the ruins a week after the March 17 landslide in Pellara.", "March 17", "verb:landslid"),
    ("The Feb. 10 Ostvik fireball is shaping up to be a major fall.", "Feb. 10", "verb:fireball"),
    ("Since the breakthrough on March 10, the project has changed character.", "March 10", "verb:breakthrough"),
])
def test_a_date_dates_the_unlisted_noun_it_modifies(text: str, quote: str, event: str) -> None:
    assert claims_of(text, "2026-03-20")[quote].event == event


def test_dates_of_one_unlisted_noun_contradict(tmp_path: Path) -> None:
    report = _two_sources(
        tmp_path,
        ("Wire", "2026-03-25", "Rescuers are still searching Pellara, where the March 17 landslide buried homes."),
        ("KTV", "2026-03-26", "Rescuers are still searching Pellara, where the March 18 landslide buried homes."))
    dates = [c for c in report.conflicts if c.fact_key.startswith("date")]
    assert [(c.severity, sorted(s.value for s in c.sides)) for c in dates] == [
        ("error", ["March 17, 2026", "March 18, 2026"])]


def test_words_after_of_qualify_the_whole_not_the_share() -> None:
    # "75 percent of his annual salary" is no yearly rate: "annual" is the salary's
    got = claims_of("He was also handed a fine worth 75 percent of his annual salary.", "2026-03-12")
    assert got["75 percent"].measure is None
    # a qualifier of the share itself still counts
    got = claims_of("Adjusted margin was 14 percent of sales.", "2026-03-12")
    assert got["14 percent"].measure == "adjusted"


def test_saying_a_plan_dates_its_announcement(tmp_path: Path) -> None:
    # "said on Tuesday it would shed staff" announces a plan; "said on Tuesday that prices were
    # too high" is only when someone spoke
    got = claims_of("Kestwick University said on Tuesday it would shed 420 staff.", "2026-03-11")
    assert got["Tuesday"].event == "announce"
    assert "Tuesday" not in claims_of("The minister said on Tuesday that prices were too high.", "2026-03-11")
    report = _two_sources(
        tmp_path,
        ("Wire", "2026-03-11", "Kestwick University said on Tuesday it would shed 420 staff."),
        ("KTV", "2026-03-17", "Kestwick University announced on Monday cuts of 420 staff."))
    # the two announcements are compared (as statements on different days they may be two
    # statements, which the conflict says)
    dates = [c for c in report.conflicts if c.fact_key.startswith("date")]
    assert [sorted(s.value for s in c.sides) for c in dates] == [["March 10, 2026", "March 16, 2026"]]


def test_an_ordinal_in_the_rankings_is_a_rank_whatever_verb_moved_it() -> None:
    got = claims_of("The win will move Varland up to third in the world Test rankings.")
    assert got["third"].event == "rank"


@pytest.mark.parametrize(("text", "kept", "denied"), [
    ("The last inspection was carried out on November 18, according to ministry records, and not on "
     "November 28 as one specialist publication reported.", "November 18", "November 28"),
    ("The fund paid 12 families rather than 40.", "12", "40"),
    ("Prices rose 5%, not 3% as forecast.", "5%", "3%"),
])
def test_a_value_the_sentence_denies_is_not_its_claim(text: str, kept: str, denied: str) -> None:
    got = claims_of(text)
    assert kept in got and denied not in got


@pytest.mark.parametrize(("text", "scope"), [
    ("The park has 2,150 parking spaces spread across 14 car parks.", "across 14 parks"),
    ("Drivers say the 1,200 spaces at the three main trailhead car parks fill up first.", "across 3 parks"),
    ("Police arrested 40 people in two days.", None),  # a span of time, not places
])
def test_the_places_a_count_is_spread_over_are_its_scope(text: str, scope: str | None) -> None:
    assert next(c for c in claims_of(text).values() if c.kind == "count").scope == scope


def _severity(folder: Path, first: tuple[str, str, str], second: tuple[str, str, str], *values: str) -> str:
    """The severity of the conflict between two articles whose sides show ``values``."""
    folder.mkdir()
    report = _two_sources(folder, first, second)
    return next(c.severity for c in report.conflicts if set(values) <= {s.value for s in c.sides})


def test_places_tell_counts_apart_only_when_both_name_theirs(tmp_path: Path) -> None:
    wire = ("Wire", "2026-02-16", "The park has 2,150 parking spaces spread across 14 car parks.")
    post = ("Post", "2026-02-16", "The 1,200 parking spaces at the three main car parks fill up first.")
    local = ("Local", "2026-02-16", "The park has 2,500 parking spaces, officials said.")
    # 14 car parks against three: two scopes, a look-alike
    assert _severity(tmp_path / "a", wire, post, "2,150", "1,200") == "warning"
    # the park's spaces with its car parks named or not: one scope, a contradiction
    assert _severity(tmp_path / "b", wire, local, "2,150", "2,500") == "error"


def test_a_planned_date_a_later_article_gives_as_it_now_stands_differs_by_time(tmp_path: Path) -> None:
    wire = ("Wire", "2026-03-10", "Council leader Martin Greaves said he hoped the library could reopen "
                                  "in September 2027.")
    later = ("Followup", "2026-04-20", "Greaves said the library would now reopen in March 2028 at the earliest.")
    same_week = ("Post", "2026-03-11", "Greaves said the library would reopen in March 2028 at the earliest.")
    # the plan moved
    assert _severity(tmp_path / "a", wire, later, "September 2027", "March 2028") == "warning"
    assert _severity(tmp_path / "b", wire, same_week, "September 2027", "March 2028") == "error"


def test_a_things_age_implies_the_year_it_came_into_being() -> None:
    got = [c for c in every_claim("The 48-year-old Korvel plant is the largest of the group's sites.",
                                  "2026-03-20") if c.kind == "date"]
    assert [(c.display, c.origin, c.noun) for c in got] == [("1977 or 1978", True, "plant")]
    assert got[0].value.earliest == dt.date(1977, 1, 1) and got[0].value.latest == dt.date(1978, 12, 31)
    assert "48-year-old plant" in (got[0].derived or "")
    # a person's age, a name's, an age at another time: no year of origin
    for text in ("The 58-year-old driver was taken to hospital.", "The 24-year-old Doyle scored twice.",
                 "Tomas Arquette, a 34-year-old pipefitter from Linmouth, died of his burns.",
                 "In 1990 the then 30-year-old bridge was closed for repairs."):
        assert not [c for c in every_claim(text, "2026-03-20") if c.kind == "date" and c.origin and c.derived]


def test_a_date_something_came_into_being_is_marked_and_kept() -> None:
    got = claims_of("The plant opened in 1971 and was expanded twice in the 1990s.", "2026-03-20")
    assert got["1971"].origin  # when it opened, though it is also the period of "twice"
    assert not got["1990s"].origin
    assert claims_of("The 2006-built tanker is owned by Halvor.", "2026-03-20")["2006"].origin
    # a recent year right after an origin word is when it came to be, and still the period of
    # the figure after it
    got = claims_of("The scheme launched in 2025 and has paid out 40 grants.", "2026-03-20")
    assert got["2025"].origin and got["40"].period_text == "2025"
    # further from the origin word, a recent year is the period only
    assert "2025" not in claims_of("The scheme, which launched with fanfare, paid out 40 grants in 2025.",
                                   "2026-03-20")


@pytest.mark.parametrize("text", [
    "The 38,400-tonne vessel, built in 2009, sails under the Orlanic flag.",
    "The 2009-built bulker sails under the Orlanic flag.",
])
def test_a_date_of_coming_into_being_needs_no_event_word(text: str) -> None:
    # no listed event in the sentence: the date still says when the thing came into being
    got = claims_of(text, "2026-06-02")["2009"]
    assert got.origin and got.event == "begin"


def test_an_age_contradicting_the_year_a_thing_opened_is_an_error(tmp_path: Path) -> None:
    wire = ("Wire", "2026-03-18", "The plant opened in 1971 and was expanded twice in the 1990s.")
    trade = ("Trade", "2026-03-20", "The 48-year-old Korvel plant is the largest of Brannock's sites.")
    tv = ("TV", "2026-03-18", "The 55-year-old plant is one of the oldest in the province.")
    assert _severity(tmp_path / "a", wire, trade, "1971", "1977 or 1978") == "error"
    (tmp_path / "b").mkdir()
    report = _two_sources(tmp_path / "b", wire, tv)  # 55 years before 2026 is 1970 or 1971: no conflict
    assert not [c for c in report.conflicts if c.kind.startswith("date")]
    # the year of another event of the plant is not when it came into being
    fined = ("Post", "2026-03-18", "The plant was fined in 1985 after a leak.")
    (tmp_path / "c").mkdir()
    report = _two_sources(tmp_path / "c", fined, trade)
    assert not [c for c in report.conflicts if c.kind.startswith("date")]


def test_a_named_persons_age_implies_the_year_they_were_born() -> None:
    got = [c for c in every_claim("The wreck is well preserved, said Dr Maren Holt, 46, who leads the unit.",
                                  "2026-03-20") if c.kind == "date"]
    # on a known day, to the day: 46 on 20 March 2026 is born 21 March 1979 to 20 March 1980
    assert [(c.display, c.event, c.entities, c.origin) for c in got] == [
        ("March 21, 1979 to March 20, 1980", "born", ("name:maren holt",), False)]
    assert got[0].value.earliest == dt.date(1979, 3, 21) and got[0].value.latest == dt.date(1980, 3, 20)
    assert "Maren Holt, 46" in (got[0].derived or "")
    # in an article known only to the month, to the year
    (month,) = [c for c in every_claim("The wreck is well preserved, said Dr Maren Holt, 46, who leads the unit.",
                                       "2026-03") if c.kind == "date"]
    assert month.display == "1979 or 1980"
    assert month.value.earliest == dt.date(1979, 1, 1) and month.value.latest == dt.date(1980, 12, 31)
    # an age said of another time, an age with no name before it, a thing's age: no birth year
    for text in ("In 2011 Holt, 31, founded the unit.", "Kovac was 14 when she first played on grass.",
                 "The 58-year-old driver was taken to hospital.", "The 48-year-old Korvel plant is the largest."):
        assert not [c for c in every_claim(text, "2026-03-20") if c.kind == "date" and c.event == "born"]


def test_an_age_against_a_stated_birth_year_is_an_error(tmp_path: Path) -> None:
    wire = ("Wire", "2026-03-18", "The ship is intact, said Dr Maren Holt, 46, who leads the unit.")
    later = ("Followup", "2026-04-20", "Dr Maren Holt, the project leader, who was born in 1972, has spent a "
                                       "decade searching for the ship.")
    assert _severity(tmp_path / "a", wire, later, "1972", "March 19, 1979 to March 18, 1980") == "error"
    (tmp_path / "b").mkdir()
    tv = ("TV", "2026-03-19", "Maren Holt, 46, told viewers the hull was intact.")
    report = _two_sources(tmp_path / "b", wire, tv, later)
    conflict = next(c for c in report.conflicts if c.kind == "date-mismatch")
    # two outlets give her age, one a birth year it does not fit: the age, as they state it
    assert conflict.suggestion is not None and conflict.suggestion.value == "46 years old"
    # a birth year that fits the age, another person's birth, another date of a sentence saying
    # "born": nothing to flag
    for folder, text in (("c", "Dr Maren Holt, who was born in 1980, has spent a decade searching."),
                         ("d", "Her deputy Anna Ferris, who was born in 1972, has spent a decade searching."),
                         ("e", "Holt, who was born in 1980 and joined the unit in 2011, leads the dig.")):
        (tmp_path / folder).mkdir()
        report = _two_sources(tmp_path / folder, wire, ("Followup", "2026-04-20", text))
        assert not [c for c in report.conflicts if c.kind.startswith("date")], folder


def test_the_side_of_the_ages_is_suggested_as_an_age(tmp_path: Path) -> None:
    report = _two_sources(tmp_path, ("Wire", "2026-03-18", "The 22-year-old tanker is owned by Halvor Tankers."),
                          ("Post", "2026-03-19", "Critics asked why the 22-year-old tanker sailed so close."),
                          ("Trade", "2026-03-20", "The 2006-built tanker is owned by Halvor Tankers."))
    conflict = next(c for c in report.conflicts if c.kind == "date-mismatch")
    assert conflict.severity == "error"
    assert {s.value for s in conflict.sides} == {"2006", "2003 or 2004"}
    assert conflict.suggestion is not None and conflict.suggestion.value == "22 years old"
    assert any("2003 or 2004" in r for r in conflict.suggestion.rationale)


def test_one_figure_in_two_units_is_a_slip(tmp_path: Path) -> None:
    tv = ("TV", "2026-03-14", "The group had been stranded since Wednesday at a camp 4,120 metres up the mountain.")
    later = ("Followup", "2026-03-20", "The icefall collapsed below their camp at 4,120 feet, and storms "
                                       "grounded helicopters.")
    (tmp_path / "a").mkdir()
    report = _two_sources(tmp_path / "a", tv, later)
    slip = next(c for c in report.conflicts if "4,120 feet" in {s.value for s in c.sides})
    assert slip.severity == "error" and "two units" in (slip.explanation or "")
    # a round figure in two units may be two distances: no slip read into it
    near = ("Post", "2026-03-14", "The hut stands 500 metres from the road.")
    far = ("Radio", "2026-03-15", "The helicopter hovered 500 feet above the ridge.")
    (tmp_path / "b").mkdir()
    assert not _two_sources(tmp_path / "b", near, far).conflicts


def test_a_deadline_in_a_coordinate_clause_is_no_period_of_the_figure_before_it() -> None:
    got = claims_of("Westmark will not appeal against the £4.6 million penalty imposed on 13 October, the "
                    "company said, and will pay it in full by the end of November.", "2026-11-02")
    assert got["£4.6 million"].period is None
    # a target the figure's own clause sets by a date keeps it as its period
    got = claims_of("The council expects to build 2,000 homes by the end of 2030.", "2026-11-02")
    assert got["2,000"].period_text == "the end of 2030"
    # so is a perfect after "and", comma or none: the year dates what they asked about
    got = claims_of("Opposition councillors have described that as a 68 per cent overrun and have asked the audit "
                    "office to examine the change of main contractor in 2022, which added an estimated 11 million "
                    "euros to the bill.", "2026-11-02")
    assert got["68 per cent"].period is None


@pytest.mark.parametrize("sentence, figure", [
    ("She capsized four times, the worst of them at night in the last week of January.", "four"),
    ("The crew made three rescues, the longest in heavy seas on 12 March.", "three"),
    ("Fire crews attended 14 blazes, one of them in June 2024.", "14"),
])
def test_a_period_of_one_of_the_things_counted_is_no_period_of_the_count(sentence: str, figure: str) -> None:
    assert claims_of(sentence, "2026-03-20")[figure].period is None


def test_a_year_in_a_relative_since_clause_is_no_period_of_the_figure_outside_it() -> None:
    got = claims_of("The index, which Larkmoor has compiled since 2009, is based on 412,600 listings "
                    "advertised during the quarter.", "2026-04-15")
    assert got["412,600"].period is None
    assert got["2009"].event == "verb:compil"  # when the compiling began, a fact of its own
    # a span the figure itself is counted over stays its period
    assert claims_of("Rents have risen 38% since 2019.", "2026-04-15")["38%"].period_text == "2019"


def test_an_age_meets_the_year_its_thing_came_to_be_in_other_words(tmp_path: Path) -> None:
    wire = ("Wire", "2026-03-11", "The refinery opened in 1968, when the port was a fishing town.")
    tv = ("TV", "2026-03-11", "Halvren Energy's 48-year-old plant sits on the harbour at the south end of town.")
    # "plant" and "refinery" are one kind of thing ([things] facility in the event data)
    assert _severity(tmp_path / "a", wire, tv, "1968", "1977 or 1978") == "error"
    other = ("Post", "2026-03-11", "The 48-year-old ferry sails twice a day.")
    (tmp_path / "b").mkdir()
    assert not [c for c in _two_sources(tmp_path / "b", wire, other).conflicts if c.kind.startswith("date")]


def test_a_pipe_laid_in_a_year_came_into_being_then(tmp_path: Path) -> None:
    wire = ("Wire", "2026-02-10", "The gas escaped from a cast-iron pipe laid in 1913 beneath the lane.")
    trade = ("Trade", "2026-02-20",
             "The failed asset is a 300mm cast-iron pipe that was laid in 1931 and ran at 30 mbar.")
    assert _severity(tmp_path / "a", wire, trade, "1913", "1931") == "error"
    later = ("Followup", "2026-03-20", "Crews have now replaced the 95-year-old pipe beneath the lane.")
    assert _severity(tmp_path / "b", wire, later, "1913", "1930 or 1931") == "error"
    # workers laid off in a year are no coming into being
    assert not [c for c in every_claim("The 300 workers were laid off in 2019.", "2026-03-20") if c.origin]


def test_words_of_coming_into_being_right_before_a_date_beat_a_verb_further_off() -> None:
    # "failed" qualifies the asset; "reported" follows the date: "laid in" dates the pipe
    got = claims_of("The failed asset is a 300mm cast-iron pipe that was laid in 1931 and ran at 30 mbar.",
                    "2026-02-20")
    assert got["1931"].event == "begin" and got["1931"].origin
    got = claims_of("The pipe was laid in 1931, not 1913 as reported by the agency.", "2026-02-20")
    assert got["1931"].event == "begin"


def test_a_correction_notice_is_article_text_not_page_furniture() -> None:
    text = "*This story has been updated to correct the year the pipe was laid. It was laid in 1931, not 1913.*"
    assert claims_of(text, "2026-03-20")["1931"].event == "begin"
    # the plain "updated" line stays furniture
    assert not claims_of("This story has been updated since it was first published on 4 March 2026.", "2026-03-20")


def test_an_age_meets_only_an_old_date_of_its_thing(tmp_path: Path) -> None:
    wire = ("Wire", "2026-03-09", "The current ticket gates, installed in 2004, can be pushed open with little effort.")
    tv = ("TV", "2026-03-09", "Part of the problem, the report says, is the 24-year-old ticket gates at many stations.")
    assert _severity(tmp_path / "a", wire, tv, "2004", "2001 or 2002") == "error"  # plural nouns of [things]
    opened = ("Post", "2026-05-16", "The new barrier opened on Thursday, replacing a wall built in 1958.")
    later = ("Followup", "2026-06-20", "Much of the town's affection remains with the 58-year-old wall it replaced.")
    (tmp_path / "b").mkdir()
    report = _two_sources(tmp_path / "b", opened, later)
    # 58 years before 2026 is 1967 or 1968 against 1958; the barrier's opening this year is no date of the wall
    conflict = next(c for c in report.conflicts if c.kind.startswith("date"))
    assert {s.value for s in conflict.sides} == {"1958", "1967 or 1968"}
    assert conflict.suggestion is not None and "years old" not in conflict.suggestion.value
    # an age at another time dates nothing now
    assert not [c for c in every_claim("It was a 40-year-old plant in 1999 when it closed.", "2026-03-11")
                if c.kind == "date" and c.origin and c.derived]


@pytest.mark.parametrize(("text", "quote", "base"), [
    ("The confirmed count works out at 412 cases per 100,000 people.", "412", "per_100k"),
    ("About 51 reports per 100,000 doses were of a serious reaction.", "51", "per_100k"),
    ("There were 9 deaths per 1,000 births in the district.", "9", "per_thousand"),
    ("Carbon dioxide reached 427 parts per million in May.", "427", "per_million"),
])
def test_a_rate_per_so_many_is_measured_per_its_base_and_its_base_is_no_figure(text: str, quote: str,
                                                                                base: str) -> None:
    got = claims_of(text, "2026-03-18")
    assert base in (got[quote].measure or "").split(";")
    assert not [q for q in got if q in ("100,000", "1,000", "million")], sorted(got)


def test_a_rate_is_not_set_against_a_count_as_a_contradiction(tmp_path: Path) -> None:
    report = _two_sources(
        tmp_path,
        ("Wire", "2026-03-18", "Sarnow has recorded 412 dengue cases per 100,000 people, the ministry said."),
        ("KTV", "2026-03-18", "Sarnow has recorded 1,190 dengue cases, the ministry said."),
    )
    assert not [c for c in report.conflicts if c.severity == "error"], [
        (c.kind, c.severity, [s.value for s in c.sides]) for c in report.conflicts]


@pytest.mark.parametrize(("text", "quote", "extent"), [
    ("A sinkhole roughly 24 metres across opened beneath the street.", "24", "width"),
    ("The hole was about 11 metres deep by the afternoon.", "11", "depth"),
    ("The road runs 2 km long through the valley.", "2", "length"),
    ("The mast is 30 metres tall.", "30", "height"),
    ("The crater measures 14 kilometres across.", "14", "width"),
])
def test_the_extent_a_length_measures(text: str, quote: str, extent: str) -> None:
    assert extent in (claims_of(text, "2026-03-18")[quote].measure or "").split(";")


def test_words_after_a_figure_that_is_no_length_name_no_extent() -> None:
    got = claims_of("The lot has 1,200 spaces across 14 car parks and a 24 metre wall.", "2026-03-18")
    assert "width" not in (got["1,200"].measure or "")
    assert got["24"].measure is None  # a length with no extent word says nothing of one


def test_a_width_and_a_depth_are_two_measures_not_a_contradiction(tmp_path: Path) -> None:
    report = _two_sources(
        tmp_path,
        ("Wire", "2026-03-11", "A sinkhole roughly 24 metres across opened beneath Calder Street in Morland."),
        ("KTV", "2026-03-11", "The Calder Street sinkhole in Morland was about 11 metres deep."),
    )
    assert not [c for c in report.conflicts if c.severity == "error"], [
        (c.kind, c.severity, [s.value for s in c.sides]) for c in report.conflicts]


def test_a_figure_given_as_now_two_days_later_differs_by_time(tmp_path: Path) -> None:
    report = _two_sources(
        tmp_path,
        ("Wire", "2026-03-11", "A sinkhole roughly 24 metres across opened beneath Calder Street in Morland."),
        ("Trade", "2026-03-13", "The Calder Street sinkhole in Morland now measures about 31 metres across."),
    )
    found = [(c.severity, c.kind) for c in _with_sides(report, {"roughly 24 metres", "about 31 metres"})]
    assert found == [("warning", "time-difference")], found
    same_day = _two_sources(
        tmp_path,
        ("Wire", "2026-03-11", "A sinkhole roughly 24 metres across opened beneath Calder Street in Morland."),
        ("Trade", "2026-03-12", "The Calder Street sinkhole in Morland now measures about 31 metres across."),
    )
    assert [c.severity for c in _with_sides(same_day, {"roughly 24 metres", "about 31 metres"})] == ["error"]


@pytest.mark.parametrize(("text", "quote", "period_text"), [
    ("Tallis shares are down 11 per cent since the ruling, and the company withdrew guidance.", "11 per cent",
     "since the ruling"),
    ("Kestrin-4 b is one of 214 planets Tavira has confirmed since it began science operations.", "214",
     "since it began"),
    ("The outbreak has caused 71 deaths since the outbreak began.", "71", "since the outbreak"),
])
def test_a_figure_since_an_event_runs_from_that_event(text: str, quote: str, period_text: str) -> None:
    got = claims_of(text, "2026-04-20")[quote]
    assert (got.period, got.period_text) == (None, period_text)


def test_since_a_year_is_still_a_dated_period_and_since_in_another_clause_is_not_the_figures() -> None:
    assert claims_of("Shares are down 11 per cent since 2019.", "2026-04-20")["11 per cent"].period_text == "2019"
    got = claims_of("Shares fell 6 per cent, the worst day since the listing.", "2026-04-20")["6 per cent"]
    assert got.period_text != "since the listing"


def test_a_tally_since_an_event_and_a_years_tally_are_two_periods(tmp_path: Path) -> None:
    report = _two_sources(
        tmp_path,
        ("Trade", "2026-04-20", "Of the Tavira telescope's confirmed planets, 37 were confirmed in 2025 alone."),
        ("Followup", "2026-04-28", "The Tavira telescope has confirmed 214 planets since it began science operations."),
    )
    found = [(c.severity, c.kind) for c in _with_sides(report, {"37", "214"})]
    assert found in ([], [("warning", "period-difference")]), found
    assert not [c for c in report.conflicts if c.severity == "error"], [
        (c.kind, c.severity, [s.value for s in c.sides]) for c in report.conflicts]


def test_an_ordinal_this_year_counts_from_the_years_start() -> None:
    got = claims_of("It is the second pipeline permit the court has voided this year, after one in February.",
                    "2026-04-14")["second"]
    assert got.period_text == "this year" and got.period is not None
    assert (got.period.earliest, got.period.latest) == (dt.date(2026, 1, 1), dt.date(2026, 4, 14))


def test_ordinals_over_this_year_and_over_seven_years_are_two_spans(tmp_path: Path) -> None:
    report = _two_sources(
        tmp_path,
        ("Wire", "2026-04-14", "It is the second pipeline permit the appeals court has voided this year."),
        ("Trade", "2026-04-15", "It is the third pipeline permit the appeals court has voided since 2019."),
    )
    assert not [c for c in report.conflicts if c.severity == "error"], [
        (c.kind, c.severity, [s.value for s in c.sides]) for c in report.conflicts]
    same_span = _two_sources(
        tmp_path,
        ("Wire", "2026-04-14", "It is the second pipeline permit the appeals court has voided this year."),
        ("Trade", "2026-04-15", "It is the third pipeline permit the appeals court has voided this year."),
    )
    assert [c.severity for c in same_span.conflicts if c.kind == "ordinal-mismatch"] == ["error"], [
        (c.kind, c.severity) for c in same_span.conflicts]


def test_a_place_given_as_now_in_a_later_article_differs_by_time(tmp_path: Path) -> None:
    report = _two_sources(
        tmp_path,
        ("Wire", "2026-03-17", "The deduction leaves Dunmere Rovers 17th in the Harland Premier League table."),
        ("Followup", "2026-04-09", "Dunmere Rovers are now up to 15th in the Harland Premier League table."),
    )
    found = [(c.severity, c.kind) for c in report.conflicts if c.kind.startswith(("ordinal", "time"))]
    assert found == [("warning", "time-difference")], found


def test_a_rank_by_size_is_no_place_that_moves_in_weeks(tmp_path: Path) -> None:
    report = _two_sources(
        tmp_path,
        ("Wire", "2026-07-08", "Tervan, the country's fourth-largest city, declared a local emergency."),
        ("Followup", "2026-07-29", "Tervan, the country's fifth-largest city, is now pressing the government for aid."),
    )
    found = [(c.severity, c.kind) for c in report.conflicts]
    assert ("error", "ordinal-mismatch") in found, found


def test_two_places_together_are_a_scope_of_their_own(tmp_path: Path) -> None:
    got = claims_of("Water is out for more than 3,100 homes in Morland and neighbouring Tully Cross, officials said.",
                    "2026-03-12")
    assert got["3,100"].scope == "morland and tully cross"
    # one place is a place scope, which counts only against another named scope
    assert claims_of("About 2,300 households in Morland were without water.",
                     "2026-03-12")["2,300"].scope == "place: morland"
    report = _two_sources(
        tmp_path,
        ("Wire", "2026-03-12", "About 2,300 households in Morland were without running water, officials said."),
        ("KHVN", "2026-03-12", "Water is out for more than 3,100 homes in Morland and neighbouring Tully Cross, "
                               "officials said."),
    )
    assert not [c for c in report.conflicts if c.severity == "error"], [
        (c.kind, c.severity, [s.value for s in c.sides]) for c in report.conflicts]


def test_one_exact_figure_at_two_scales_is_a_decimal_slip(tmp_path: Path) -> None:
    report = _two_sources(
        tmp_path,
        ("Wire", "2026-03-17", "Dunmere Rovers were also ordered to pay £412,000 in costs, the commission said."),
        ("Followup", "2026-04-09", "Dunmere Rovers were ordered to cover the £4.12m in costs the commission ran up."),
    )
    found = [(c.severity, c.explanation or "") for c in _with_sides(report, {"£412,000", "£4.12 million"})]
    assert len(found) == 1 and found[0][0] == "error" and "decimal point" in found[0][1], found


def test_rough_figures_whose_digits_meet_at_two_scales_are_no_slip(tmp_path: Path) -> None:
    report = _two_sources(
        tmp_path,
        ("Wire", "2026-05-02", "The producers removed about 1.04 million barrels a day from the market in April."),
        ("Trade", "2026-05-03", "Global demand is forecast at about 104 million barrels a day this year."),
    )
    assert not [c for c in report.conflicts if c.severity == "error"], [
        (c.kind, c.severity, [s.value for s in c.sides]) for c in report.conflicts]


@pytest.mark.parametrize(("a", "b", "slip"), [
    ("£412,000", "£4.12m", True),
    ("1,583", "15,830", True),
    ("412.6", "412.6 million", False),  # a scale word left out, the digits written alike
    ("1,200", "12,000", False),  # two significant digits meet by chance too often
    ("4.12", "4.13", False),
])
def test_scale_slip(a: str, b: str, slip: bool) -> None:
    assert scale_slip(*_paid_in_two_articles(a, b)) is slip


def _paid_in_two_articles(a: str, b: str) -> tuple[Claim, Claim]:
    """The sums of "The club paid {a} in costs." and of the same sentence with {b} in another article."""
    first = next(iter(claims_of(f"The club paid {a} in costs.", "2026-03-17").values()))
    second = next(iter(claims_of(f"The club paid {b} in costs.", "2026-03-17").values()))
    return first, second.model_copy(update={"source": "b"})


def test_a_verb_in_a_closed_relative_clause_does_not_date_the_main_clause() -> None:
    got = claims_of("Councillor Ann Rees, one of the two members who voted against, will hold a public "
                    "meeting on Thursday, March 19.")
    assert got["March 19"].event != "vote"
    # the clause's own date still dates its verb
    own = claims_of("Ann Rees, who voted against on March 3, will hold a public meeting next week.")
    assert own["March 3"].event == "vote"


def test_two_articles_runs_of_one_thing_are_one_fact(tmp_path: Path) -> None:
    # one run, worded two ways: "the third consecutive annual increase", "the fourth year in a row"
    report = _two_sources(
        tmp_path,
        ("Wire", "2026-01-20", "Regulated fares will rise 5.8 percent in March. This will be the third consecutive "
                               "annual increase, the operator said."),
        ("Trade", "2026-01-21", "Fares go up 5.8% on March 1. The round marks the fourth year in a row that fares "
                                "have risen."),
    )
    found = [c.severity for c in _with_sides(report, {"3", "4"})]
    assert found == ["error"], [(c.severity, [s.value for s in c.sides]) for c in report.conflicts]


def _source_claims(sid: str, text: str, published: str = "2026-03-10") -> list[Claim]:
    settings = load_settings(ROOT)
    vocab = load_vocabulary(settings.aliases, settings.events)
    source = Source(id=sid, path=f"{sid}.md", text=text, body_start=0, published=published,
                    published_value=published_interval(published))
    return list(extract_claims(source, vocab))


def _confirmed_between(first: str, second: str, which: Callable[[Claim], bool]) -> bool:
    """Whether the two claims ``which`` picks, one from each article, are linked and confirmed."""
    from reconcile.link import link_claims

    settings = load_settings(ROOT)
    claims = _source_claims("wire", first) + _source_claims("radio", second)
    picked = {c.id for c in claims if which(c)}
    assert len(picked) == 2, [(c.quote, c.event) for c in claims if which(c)]
    graph = link_claims(claims, load_vocabulary(settings.aliases, settings.events))
    return any(d.get("type") == "link" and d.get("status") == "confirmed" and {u[1], v[1]} <= picked
               for u, v, d in graph.edges(data=True))


@pytest.mark.parametrize(("first", "second", "linked"), [
    # one thing's place by one measure, however differently the two articles go on
    ("Commissioned in 1968, the Ardmore refinery is the country's third-largest, and it employs 1,400 people "
     "at the site.", "Officials said it is the second-biggest refinery in the land.", True),
    # by another measure, another fact
    ("Commissioned in 1968, the Ardmore refinery is the country's third-largest.",
     "The town is the second-busiest port on the coast, officials said.", False),
])
def test_places_by_one_superlative_link(first: str, second: str, linked: bool) -> None:
    assert _confirmed_between(first, second, lambda c: c.kind == "ordinal") == linked


@pytest.mark.parametrize(("noun", "thing"), [
    ("year-old plant", "plant"),
    ("year-old former head", None),  # "the 49-year-old former head teacher": a person
    ("year-old retired nurse", None),
    ("year-old head teacher", None),
    ("year-old qualifier from", None),  # occupations and sports roles are people too
    ("year-old filmmaker", None),
    ("year-old guard", None),
    ("year-old tanker", "tanker"),
])
def test_an_age_before_a_role_is_a_persons(noun: str, thing: str | None) -> None:
    from reconcile.extract.frames import aged_thing

    settings = load_settings(ROOT)
    assert aged_thing(noun, load_vocabulary(settings.aliases, settings.events)) == thing


@pytest.mark.parametrize(("first", "second", "linked"), [
    # when one record was last beaten, however far apart the two years
    ("Officials said the slide was the deadliest avalanche seen in the Valdrei Alps since 1999.",
     "Rescue chiefs, urging skiers to carry beacons, check forecasts and stay on marked runs after dark, called it "
     "the deadliest avalanche since 2003.", True),
    ("It was the driest spring since 1976, forecasters said.",
     "Reservoir stocks at Ovena Water fell to 41% of capacity as farmers reported failing crops in the driest spring "
     "since 1995.", True),
    # two records of one superlative said of different things
    ("It was the deadliest avalanche in the Valdrei Alps since 1999, when 12 people died in a slide above Brenzach.",
     "Ticket sales made it the deadliest season for the resort's finances since 2003, its owner joked.", False),
])
def test_two_articles_dates_of_one_record_link(first: str, second: str, linked: bool) -> None:
    assert _confirmed_between(first, second, lambda c: c.event == "record_since") == linked


@pytest.mark.parametrize(("first", "look_alike", "twin", "values"), [
    # a fiscal year off the calendar may explain a figure with no period; a calendar year cannot
    (("Wire", "2026-03-10", "Corran reported total company revenue of $9.8 billion, the company said."),
     ("Trade", "2026-03-11", "Corran booked revenue of $9.46 billion in its fiscal year ended June 30, 2025."),
     ("Post", "2026-03-11", "Corran booked revenue of $9.46 billion in 2025, the company said."),
     ("$9,800 million", "$9,460 million")),
    # a day's move is not the run since an event; two reports of the day's move contradict
    (("Wire", "2026-04-15", "Tallis shares fell 6 per cent on Tuesday, the exchange said."),
     ("Followup", "2026-05-06", "Tallis shares are down 11 per cent since the ruling, traders said."),
     ("Post", "2026-04-16", "Tallis shares fell 11 per cent on Tuesday, the exchange said."),
     ("6%", "11%")),
])
def test_a_period_one_figure_states_is_not_lent_to_another(
        tmp_path: Path, first: tuple[str, str, str], look_alike: tuple[str, str, str], twin: tuple[str, str, str],
        values: tuple[str, str]) -> None:
    assert _severity(tmp_path / "a", first, look_alike, *values) == "warning"
    assert _severity(tmp_path / "b", first, twin, *values) == "error"


def test_a_count_of_elapsed_days_moves_on_by_itself(tmp_path: Path) -> None:
    first = ("Wire", "2026-07-14", "Hospitals were strained as a heatwave now in its 10th day gripped the south.")
    next_day = ("Gazette", "2026-07-15", "Hospitals were strained as a heatwave now in its 11th day gripped the south.")
    same_day = ("Post", "2026-07-14", "Hospitals were strained as a heatwave now in its 12th day gripped the south.")
    assert _severity(tmp_path / "a", first, next_day, "10", "11") == "warning"
    assert _severity(tmp_path / "b", first, same_day, "10", "12") == "error"
    # a count of days gone by is no rank of the heatwave
    (tmp_path / "c").mkdir()
    report = _two_sources(tmp_path / "c", first, ("Radio", "2026-07-15", "It is the fourth heatwave of the summer."))
    assert not [c for c in report.conflicts if {"4", "10"} <= {s.value for s in c.sides}]


def test_small_masses_are_units_and_slip_like_any_other(tmp_path: Path) -> None:
    report = _two_sources(
        tmp_path,
        ("Wire", "2026-09-09", "Fine particles reached 486 micrograms per cubic metre in the hour before sunset."),
        ("Radio", "2026-09-10", "Fine particles hit 486 milligrams per cubic metre at the worst point, the "
                                "network said."),
    )
    found = [(c.severity, c.explanation or "") for c in _with_sides(report, {"486 micrograms", "486 milligrams"})]
    assert len(found) == 1 and found[0][0] == "error" and "two units" in found[0][1], [
        (c.severity, [s.value for s in c.sides]) for c in report.conflicts]


def test_two_old_years_are_near_as_elapsed_times_not_as_days() -> None:
    from reconcile.link import pair_features
    from reconcile.models import DateValue
    from reconcile.vocab import load_vocabulary

    def year(y: int, source: str) -> Claim:
        v = DateValue(earliest=dt.date(y, 1, 1), latest=dt.date(y, 12, 31), precision="year")
        return Claim(id=f"clm_{source}{y}", source=source, path=f"{source}.md", line=1, start=0, end=4,
                     quote=str(y), kind="date", value=v, display=str(y), sentence_start=0, sentence_end=4)

    published = {s: DateValue(earliest=dt.date(2025, 11, 20), latest=dt.date(2025, 11, 20)) for s in "ab"}
    vocab = load_vocabulary()
    # "since records began in 1861" / "in 1881": 164 and 144 years back, one start misremembered
    old = pair_features(year(1861, "a"), year(1881, "b"), vocab, published)
    assert old["value_close"] > 0.6 and old["magnitude"] == 0.0
    # two years of the last decade stay as far apart as their days say
    recent = pair_features(year(2016, "a"), year(2024, "b"), vocab, published)
    assert recent["value_close"] < 0.05 and recent["magnitude"] > 0.0
    # and without publication dates nothing is relative to anything
    assert pair_features(year(1861, "a"), year(1881, "b"), vocab)["value_close"] < 1e-6


def test_a_year_with_its_digits_in_another_order_is_a_slip_even_in_an_article_giving_both(tmp_path: Path) -> None:
    report = _two_sources(
        tmp_path,
        ("Wire", "2026-04-02", "Marlby Abbey, founded in 1794 by a wool merchant, is one of the county's oldest "
         "schools."),
        ("Gazette", "2026-04-03", "Marlby Abbey, founded in 1794 by a wool merchant, teaches 600 pupils.\n\n"
         "The school, which opened in 1749, said classes would resume on Monday."))
    found = _with_sides(report, {"1794", "1749"})
    assert found and found[0].severity == "error", [(c.severity, [s.value for s in c.sides]) for c in report.conflicts]
    assert "another order" in (found[0].explanation or "")


@pytest.mark.parametrize(("text", "shown"), [
    ("Prices rose between 5% and 10% last year.", "5% to 10%"),
    ("Between 300 and 400 people were evacuated.", "300 to 400"),
    ("Prices rose 5-10% last year.", "5% to 10%"),
])
def test_a_range_shows_both_its_ends(text: str, shown: str) -> None:
    assert [c.display for c in every_claim(text)] == [shown]


def test_this_year_after_a_superlative_is_its_span_not_a_date() -> None:
    got = claims_of("Kestwick University said on Tuesday it would shed staff to close a projected deficit, one of "
                    "the deepest rounds of cuts announced by any university in the country this year.", "2026-03-10")
    assert "this year" not in got and got["Tuesday"].event == "announce"
    # without a superlative before it in its clause, "this year" dates its event
    assert "this year" in claims_of("The council approved the plan this year.", "2026-03-10")


@pytest.mark.parametrize(("sentence", "grows"), [
    ("Sales there doubled, the company said.", True),
    ("Revenue from its cloud subscriptions more than tripled from a year earlier.", True),
    ("Patients were given a doubled dose.", False),
    # a verb of rising and how many fold: the same change in other words
    ("Reusable cup sales rose more than fourfold in the first year.", True),
    ("Sightings of otters have risen roughly fivefold since 2010.", True),
    ("They rose fourfold.", False),
    ("The board approved a fourfold increase.", False),
])
def test_a_growth_verb_in_the_simple_past_is_a_change(sentence: str, grows: bool) -> None:
    changes = [c for c in every_claim(sentence, "2026-03-12") if c.role == "change" and c.derived]
    assert bool(changes) == grows, changes


@pytest.mark.parametrize(("sentence", "noun"), [
    ("The fund tripled its holdings of private credit, a fast-growing corner of the debt market.",
     "holdings private credit"),
    ("Over the past year the fund doubled its holdings of private credit, to about $18 billion.",
     "holdings private credit"),
    ("The company doubled its dividend after a record year.", "dividend"),
])
def test_what_a_growth_verb_with_an_object_says_grew_is_its_object(sentence: str, noun: str) -> None:
    (change,) = [c for c in every_claim(sentence, "2026-03-12") if c.role == "change" and c.derived]
    assert change.noun == noun and change.direction == "up"


def test_a_change_over_several_years_holds_for_the_years_between_its_ends() -> None:
    def period_of(sentence: str) -> tuple[int, int]:
        (change,) = [c for c in every_claim(sentence, "2026-03-12") if c.role == "change"]
        assert change.period is not None and change.period.earliest and change.period.latest
        return change.period.earliest.year, change.period.latest.year

    assert period_of("Fee income rose from £11.2m in 2018 to £33.9m in 2022.") == (2018, 2022)
    # a year on the year before is that year's rise
    assert period_of("Derailments rose to 61 in 2025, up from 48 in 2024.") == (2025, 2025)


def test_a_change_another_clause_states_does_not_hide_the_one_two_ends_make() -> None:
    claims = every_claim("Bus journeys were up 9% on last year, the operator said, and cyclist numbers on "
                         "the bridge rose from 2,100 to 4,300 a day.", "2026-03-12")
    implied = [c for c in claims if c.role == "change" and c.derived]
    assert [c.quote for c in implied] == ["2,100 to 4,300"]
    assert implied[0].measure is None  # "a day" is the ends' rate, not a measure of the change


@pytest.mark.parametrize(("sentence", "year"), [
    ("This is the ship, barely a dozen years old, that lost dozens of boxes.", "2013 or 2014"),
    ("The old bridge, 52 years old, was closed on Monday.", "1973 or 1974"),
])
def test_a_thing_with_its_age_set_off_after_it_dates_when_it_came_to_be(sentence: str, year: str) -> None:
    dated = [c for c in every_claim(sentence, "2026-01-20") if c.kind == "date" and c.origin]
    assert [c.display for c in dated] == [year]


def test_a_person_with_an_age_set_off_after_them_is_no_thing() -> None:
    assert not [c for c in every_claim("The driver, 52 years old, was unhurt.", "2026-01-20") if c.kind == "date"]


def test_a_figure_does_not_take_the_verb_of_a_contrasting_clause_after_it() -> None:
    got = claims_of("The toll for cars will go from £2.40 to £3.10, a rise of 29 per cent, while lorries will "
                    "pay £10.90.", "2026-06-01")
    assert got["29 per cent"].event != "pay"
    assert got["£10.90"].event == "pay"  # the clause's own figure keeps it



def test_years_ago_that_no_figure_holds_for_dates_its_event() -> None:
    got = claims_of("The last time someone died in the canyon was just four years ago, when a hiker was swept "
                    "away, and before that five people died here in 2004.", "2026-08-08")
    assert got["five"].period_text == "2004"  # the figure takes the nearer period ...
    ago = got["four years ago"]  # ... so the other one dates the death it follows
    assert ago.kind == "date" and ago.event == "kill"
    assert str(ago.value.earliest) == "2022-01-01"


def test_years_ago_a_figure_holds_for_is_its_period_and_a_date() -> None:
    # the figure holds for the year counted back, and the year dates what happened then
    got = claims_of("Sales reached 4,000 units four years ago.", "2026-08-08")
    assert got["4,000"].period_text == "four years ago"
    assert str(got["four years ago"].value.earliest) == "2022-01-01"
    # weeks and months counted back stay the period only (the story's own events are dated otherwise)
    got = claims_of("Sales reached 4,000 units three months ago.", "2026-08-08")
    assert got["4,000"].period_text == "three months ago" and "three months ago" not in got


@pytest.mark.parametrize(("a", "b", "slip"), [
    ("£4.6m", "six point four million pounds", True),
    ("£2.1m", "£1.2m", True),
    ("£2.1m", "£12m", False),  # another magnitude
    ("£2.1m", "£2.1m", False),
    ("412", "421", False),  # counts: two or three digits meet by chance too often
])
def test_digit_slip(a: str, b: str, slip: bool) -> None:
    assert digit_slip(*_paid_in_two_articles(a, b)) is slip


def test_a_growth_verb_past_a_clause_break_from_a_figure_is_a_change_of_its_own() -> None:
    claims = every_claim("Kestrel Down, nine miles north of Ambleford, is the area's biggest attraction, and "
                         "visitor numbers have doubled since 2012.", "2026-02-10")
    doubled = [c for c in claims if c.quote == "doubled"]
    assert doubled and doubled[0].kind == "percent" and doubled[0].role == "change"


@pytest.mark.parametrize(("sentence", "dated"), [
    ("Brisley bought the painting in 1997 for £182,000, the auction house said.", True),
    ("The club was bought in 2019 for about $40m.", True),
    ("The firm spent £2m in 1997 on new machines.", False),  # a figure for the year, no purchase
])
def test_a_purchase_in_a_year_for_a_price_dates_the_purchase(sentence: str, dated: bool) -> None:
    got = every_claim(sentence, "2026-03-05")
    years = [c for c in got if c.kind == "date"]
    assert bool(years) == dated, [(c.quote, c.kind, c.event) for c in got]
    money = next(c for c in got if c.kind == "money")
    assert money.period_text is not None  # the price still holds for its year


def test_an_ordinal_counts_within_its_own_since_clause_not_the_next_ones() -> None:
    got = every_claim("It was the fourth exchange since the war began and the first since September.", "2026-03-19")
    fourth = next(c for c in got if c.quote == "fourth")
    first = next(c for c in got if c.quote == "first")
    assert fourth.period is None and fourth.noun == "exchange"
    assert first.period_text == "since September"


def test_new_opens_the_noun_an_ordinal_ranks(tmp_path: Path) -> None:
    wire = ("Wire", "2026-05-07", "The airline announced the launch of its fourth new route of 2026 on Thursday.")
    trade = ("Trade", "2026-05-07", "It is the third new route the airline has launched in 2026.")
    assert claims_of(wire[2], wire[1])["fourth"].noun == "new route"
    assert _severity(tmp_path / "a", wire, trade, "3", "4") == "error"
    # after a count, the new ones are additions, not a number of the things
    assert claims_of("The operator hired 96 new drivers for the line.", "2026-06-20")["96"].noun is None


def test_an_estimate_qualifies_its_own_sentence_a_partial_count_its_paragraph() -> None:
    got = claims_of("The operator's preliminary estimate of the repairs is £3.6m. That covers £1.9m to replace "
                    "the main and £0.8m for new service pipes.", "2026-02-20")
    assert "preliminary" in (got["£3.6m"].measure or "")
    assert "preliminary" not in (got["£1.9m"].measure or "")
    counted = claims_of("With 92% of ballots counted, the Greens had 33.8%. Labour trailed on 24.6%.", "2026-02-20")
    assert "preliminary" in (counted["24.6%"].measure or "")


def test_the_days_a_clause_says_someone_spent_are_a_length_of_their_own(tmp_path: Path) -> None:
    wire = ("Wire", "2026-03-06",
            "The judge fixed the minimum term at 22 years, less the 192 days he had spent on remand.")
    later = ("Followup", "2026-04-02",
             "Taking into account the 129 days he had spent on remand, he will serve 21 years.")
    assert _severity(tmp_path / "a", wire, later, "192", "129") == "error"


def test_an_age_before_a_relative_clause_with_a_year_still_gives_a_birth_year(tmp_path: Path) -> None:
    wire = ("Wire", "2026-03-04",
            "The director of midwifery, Anita Kowal, 47, who took up the post in September 2024, said sorry.")
    trade = ("Trade", "2026-03-11", "The unit is led by Anita Kowal, who was born in 1983.")
    assert _severity(tmp_path / "a", wire, trade, "1983", "March 5, 1978 to March 4, 1979") == "error"
    # a year before the age still says when it held
    assert not [c for c in every_claim("In 2011 Holt, 31, founded the company.", "2026-03-04") if c.event == "born"]


def test_two_times_of_day_for_one_event_are_one_moment(tmp_path: Path) -> None:
    wire = ("Wire", "2026-03-17", "The fire broke out at 6.42am in a northbound lorry carrying plastic packaging and "
            "wooden pallets, according to the tunnel operator.")
    later = ("Followup", "2026-04-03", "The fire, which broke out at 8.42am on March 17 in a northbound lorry, burned "
             "for several hours before firefighters put it out.")
    # reported weeks apart, but the time a fire broke out does not move between reports
    assert _severity(tmp_path / "a", wire, later, "06:42", "08:42") == "error"


def test_times_of_day_for_one_event_link_as_confirmed_where_the_model_only_suggests(tmp_path: Path) -> None:
    import json
    import math

    from reconcile.link import link_claims

    # a model that scores every pair 0.6: between suggesting (0.55) and confirming (0.65)
    model = tmp_path / "model.json"
    model.write_text(json.dumps({"weights": {"bias": math.log(0.6 / 0.4)}}), encoding="utf-8")
    vocab = load_vocabulary()

    def claims(source: str, published: str, text: str) -> list[Claim]:
        src = Source(id=source, path=f"{source}.md", outlet=source, published=published,
                     published_value=published_interval(published), text=text)
        return [c for c in extract_claims(src, vocab) if c.kind == "count"]

    got = claims("wire", "2026-03-17", "The fire broke out at 6.42am in a lorry, the operator said.") + claims(
        "followup", "2026-04-03", "The fire, which broke out at 8.42am on March 17, burned for hours.")
    graph = link_claims(got, vocab, model=model)
    links = [d["status"] for _, _, d in graph.edges(data=True) if d.get("type") == "link"]
    assert links == ["confirmed"]


def test_two_named_places_after_two_figures_are_two_scopes(tmp_path: Path) -> None:
    wire = ("Wire", "2026-03-11", "Arlenford shares lost 11.4 per cent in London on Tuesday.")
    trade = ("Trade", "2026-03-11", "Arlenford's American depositary receipts fell 12.1% in New York on Tuesday.")
    assert _severity(tmp_path / "a", wire, trade, "11.4%", "12.1%") == "warning"
    # a place only one article names tells nothing apart
    one = ("Wire", "2026-03-11", "Harwick runs 1,785 stores in Britain, the company said.")
    other = ("Trade", "2026-03-11", "Harwick runs 1,758 stores, the company said.")
    assert _severity(tmp_path / "b", one, other, "1,785", "1,758") == "error"
    assert claims_of("Sales rose 5% in March.", "2026-04-02")["5%"].scope is None


def test_a_site_of_an_organisation_is_a_part_of_it(tmp_path: Path) -> None:
    site = ("Wire", "2026-03-11", "The company employs about 640 people at its Tornby campus.")
    whole = ("Trade", "2026-03-11", "The company, which employs some 2,100 people, makes satellites.")
    assert _severity(tmp_path / "a", site, whole, "about 640", "some 2,100") == "warning"


def test_a_premium_over_a_sum_is_a_change_its_ends_check(tmp_path: Path) -> None:
    courier = ("Courier", "2026-03-10", "The total $4.2 billion price tag represents a premium of roughly 85% over "
               "the $1.8 billion valuation Velto fetched in its last funding round.")
    brief = ("Brief", "2026-03-10", "On the headline number, the deal implies a premium of about 133% over "
             "Velto's last private valuation.")
    report = _two_sources(tmp_path, courier, brief)
    arithmetic = [c for c in report.conflicts if c.kind == "arithmetic-inconsistency"]
    assert arithmetic and arithmetic[0].suggestion is not None and arithmetic[0].suggestion.value == "133.3%"
    # the courier's own figures contradict its 85%: the premium conflict goes to the other value
    premium = next(c for c in report.conflicts if c.kind == "percent-mismatch")
    assert premium.suggestion is not None and premium.suggestion.value == "about 133%"
    assert any("own figures give it" in r for r in premium.suggestion.rationale)


def test_a_fire_that_broke_out_at_a_time_began_then(tmp_path: Path) -> None:
    assert claims_of("The fire broke out at 6.42am in a northbound lorry.", "2026-03-17")["6.42am"].event == "begin"
    wire = ("Wire", "2026-03-17", "The fire broke out at 6.42am in a northbound lorry, the operator said.")
    trade = ("Trade", "2026-03-20", "The fire started at 06:42 in the cab of the lorry, investigators said.")
    later = ("Followup", "2026-04-03", "The fire, which broke out at 8.42am on March 17, burned for hours.")
    folder = tmp_path / "a"
    folder.mkdir()
    report = _check(folder, {f"{n.lower()}.md": _front(n, d) + t for n, d, t in (wire, trade, later)})
    times = next(c for c in report.conflicts if {"06:42", "08:42"} <= {s.value for s in c.sides})
    assert times.severity == "error" and times.suggestion is not None and times.suggestion.value == "06:42"


@pytest.mark.parametrize(("sentence", "event"), [
    ("Officials compared the bill with the cost of the 2022 mathematics leak.", "spill"),
    ("Ministers still cite the 2014 expenses scandal in debates.", "scandal"),
])
def test_a_year_before_attributive_words_dates_the_event_noun_after_them(sentence: str, event: str) -> None:
    # "the 2022 mathematics leak": the year dates the leak though a word stands between them
    got = claims_of(sentence, "2026-07-06")
    year = next(c for q, c in got.items() if q.isdigit() and len(q) == 4)
    assert year.event is not None and year.event.endswith(event), year.event


def test_names_with_accents_are_read_whole() -> None:
    # "Hélène Marçais" is one name, not "H", "Mar" and "ais": her age and her birth year meet
    got = claims_of('"Not this late," said Hélène Marçais, 58, president of the cooperative.', "2026-05-02")
    assert "name:hélène marçais" in got["58"].entities
    assert "hélène" in got["58"].tokens and "marçai" in got["58"].tokens
    born = claims_of("Its president, Hélène Marçais, who was born in 1961, took over in 2015.", "2026-05-02")
    assert "name:hélène marçais" in born["1961"].entities


def test_ages_of_one_player_by_her_role_and_without_it_link() -> None:
    # "qualifier" is a person's role, not a thing with an age of its own like "the 52-year-old dam"
    assert _confirmed_between(
        "Anneke Voss, the 19-year-old qualifier from Kessling, won the title on Sunday.",
        "The 21-year-old from Kessling won the title on Sunday after a long final.",
        lambda c: c.event == "age")


def test_a_contrast_clause_keeps_its_own_people() -> None:
    got = claims_of("Desmond Achterberg, the assistant general secretary, won nearly 52,000 votes, while Reyl "
                    "polled 24,488 votes, according to figures released by the union.")
    assert "name:reyl" in got["24,488"].entities and "name:desmond achterberg" not in got["24,488"].entities
    assert "name:desmond achterberg" in got["52,000"].entities and "name:reyl" not in got["52,000"].entities
    # without a contrast, the sentence's people are every figure's
    got = claims_of("Desmond Achterberg won nearly 52,000 votes and Reyl polled 24,488 votes.")
    assert {"name:reyl", "name:desmond achterberg"} <= set(got["24,488"].entities)


def test_only_after_a_comma_belongs_to_the_figure_it_leads_to() -> None:
    got = claims_of("Of its 3,950 international students, only the 2,700 non-EU students who pay the "
                    "international rate are affected by the higher fee band.")
    assert got["3,950"].scope is None and got["2,700"].scope == "part: only"


def test_measure_as_a_verb_is_no_label_before_a_figure() -> None:
    # "Measure 12" on a ballot labels; "will measure 184,000 gross tonnes" states a size
    assert "184,000" in claims_of("Each of the three ships will measure 184,000 gross tonnes, the yard said.")
    assert "12" not in claims_of("Voters in the county backed Measure 12 by a wide margin on Tuesday.")


def test_not_the_first_time_gives_no_rank() -> None:
    got = every_claim("It's not the first time the railroad has had trouble in Corran County.", "2026-03-12")
    assert not [c for c in got if c.kind == "ordinal"]


@pytest.mark.parametrize(("first", "second", "linked"), [
    # how often one thing has happened: over a span, or "the Nth time"
    ("It is the third prolonged closure of the coast line since 2014, the operator said.",
     "This is the fourth time in a dozen years that the coast line has been shut for weeks.", True),
    ("It is roughly 5.1 km long and operates at a nominal pressure of 6.2 bar. Carradine Road was the third "
     "failure on this main since 2019, after bursts at Kiln Lane and Abbey Street.",
     "The pipe itself is almost a hundred years old, and people here say they're not surprised it failed. In "
     "fact, this is the second time this main has burst in the last few years.", True),
    # the Nth in a thing's history; a weak or loose event word ("hit") tells nothing apart
    ("Wendle Bridge opened in 1961. This is the third full closure in its history, the council said.",
     "Wendle Bridge opened in 1961. It is the second time the bridge has been shut completely, after a "
     "nine-week closure in 2007.", True),
    ("It is the third damaging frost in a decade in the valley, after episodes in 2017 and 2021.",
     "It's the second time in less than a decade that the valley has been hit like this. Everybody here "
     "remembers 2021.", True),
    # one side over a span, the other plain, the same noun: the same attempts
    ("The network will link 11 corridors. It is the third attempt in a decade to pass a citywide cycling plan; "
     "proposals in 2017 and 2021 were shelved.",
     "The council approved the 48-kilometre network last month at the council's second attempt, after earlier "
     "plans fell apart.", True),
    # the Nth time, and the Nth of a thing that happens: the same count
    ("Beaches shut on Friday. It is the third mass closure, after 2017 and 2022, the agency said.",
     "LUCIA: Beaches shut again today, the fourth time in a decade the coast has been closed.", True),
    # a plain place in a sequence is no such count
    ("It was the third attempt in a decade to pass a cycling plan, the council said.",
     "The council approved the plan in the first year of its term.", False),
    ("Beaches shut on Friday. It is the third time in a decade, the agency said.",
     "The council's first proposal was rejected.", False),
])
def test_how_often_something_happened_links(first: str, second: str, linked: bool) -> None:
    assert _confirmed_between(first, second, lambda c: c.kind == "ordinal") == linked


def test_a_ship_docking_is_an_arrival() -> None:
    got = claims_of("Since the Meridian Star docked on 9 March, a team of technicians has been sorting the samples.",
                    "2026-04-20")
    assert got["9 March"].event == "arrive"


def test_a_birth_year_is_no_period_of_the_figure_beside_it() -> None:
    got = claims_of("Duncan Reive, who was born in 1984 and has led the rescue team for 12 years, welcomed the "
                    "review.", "2026-04-20")
    assert "1984" in got and got["1984"].event == "born"
    assert got["12"].period_text is None


@pytest.mark.parametrize(("sentence", "figure", "base"), [
    ("Chromium in the river was 168 times the legal limit for the river.", "168 times", "times legal limit"),
    ("The tram was doing 38 km/h, two and a half times the design speed.", "two and a half times",
     "times design speed"),
    ("The new fine is nearly three times last year's £1.8 million.", "three times", "times £1.8 million"),
    ("The galaxy holds about 500 million times the mass of the Sun.", "500 million times",
     "times mass of the Sun"),
])
def test_a_multiple_of_a_base_is_a_claim_about_that_base(sentence: str, figure: str, base: str) -> None:
    got = claims_of(sentence, "2026-03-16")[figure]
    assert got.role == "multiplier" and got.noun == base and got.value.unit == "x"


def test_multiples_of_one_base_meet_and_multiples_of_two_do_not(tmp_path: Path) -> None:
    report = _check(tmp_path, {
        "wire.md": _front("Wire", "2026-03-16")
        + "Tests on Sunday found chromium in the River Sallow at 168 times the legal limit, the Ravelin "
          "inspectorate said. The river's exoplanet neighbour is about 1.4 times the radius of Earth.\n",
        "tv.md": _front("TV", "2026-03-16")
        + "The Ravelin inspectorate says chromium in the River Sallow on Sunday was nearly seventeen times "
          "the legal limit. The planet receives 0.86 times Earth's light.\n",
    })
    sides = [{s.value for s in c.sides} for c in report.conflicts]
    assert {"168 times", "nearly 17 times"} in sides, sides
    assert not any("0.86 times" in s for s in sides), sides


@pytest.mark.parametrize("sentence", [
    "Output fell to 310,000 tonnes last year from 365,000 tonnes in 2022, a drop of 21%.",
    "Membership rose to 4,100 this season from 3,000 the season before.",
])
def test_a_time_said_without_a_preposition_does_not_part_the_ends_of_a_change(sentence: str) -> None:
    got = [c for c in every_claim(sentence, "2026-03-01") if c.kind == "count"]
    assert [c.role for c in got] == ["to", "from"], [(c.quote, c.role) for c in got]


def test_a_bare_start_counts_in_the_unit_its_end_is_written_in() -> None:
    changes = [c for c in every_claim("Leakage rose from 198 to 212 megalitres a day between 2023-24 and 2024-25.",
                                      "2026-05-01") if c.role == "change"]
    assert [c.display for c in changes] == ["7.1%"], [(c.quote, c.display) for c in changes]


@pytest.mark.parametrize(("second", "linked"), [
    ("The yard, which opened in 1881, has built more than 1,100 vessels.", True),
    # a plan for next month is no origin of the thing, and a year it was not founded in is no date of it
    ("The new dock opens in May 2026, the company said.", False),
    ("The yard built 1,100 vessels in 1881.", False),
])
def test_two_articles_dates_of_one_origin_are_one_fact_at_a_suggested_score(
        monkeypatch: pytest.MonkeyPatch, second: str, linked: bool) -> None:
    import reconcile.link as link_module

    monkeypatch.setattr(link_module, "score_features", lambda features, weights: 0.55)  # suggested, not confirmed
    settings = load_settings(ROOT)
    vocab = load_vocabulary(settings.aliases, settings.events)
    first = [c for c in every_claim("The yard, founded in 1871, last built warships in 2009.", "2026-03-12")
             if c.quote == "1871"]
    other = [c.model_copy(update={"source": "b", "id": c.id + "b"}) for c in every_claim(second, "2026-04-02")
             if c.kind == "date"]
    published = {"a": published_interval("2026-03-12"), "b": published_interval("2026-04-02")}
    facts = link_module.link_facts([*first, *other], vocab, suggest_threshold=0.5, confirm_threshold=0.65,
                                   published=published)
    together = [f for f in facts if {c.source for c in f.claims} == {"a", "b"}]
    assert bool(together) == linked, [[(c.source, c.quote, c.origin) for c in f.claims] for f in facts]


@pytest.mark.parametrize(("sentence", "quote", "event"), [
    ("The previous strike was in June 2019.", "June 2019", "strike_action"),
    ("A similar quake could strike in June 2027, the service said.", "June 2027", "earthquake"),
])
def test_the_noun_strike_after_a_determiner_is_a_stoppage(sentence: str, quote: str, event: str) -> None:
    assert claims_of(sentence, "2026-03-17")[quote].event == event


@pytest.mark.parametrize("sentence", [
    "Unison said 19 of the 86 staff affected had now been offered jobs with the trust.",
    "Most of the 86 staff were offered jobs with the trust.",
])
def test_what_a_clause_says_of_a_part_is_not_said_of_its_whole(sentence: str) -> None:
    assert claims_of(sentence)["86"].measure is None


@pytest.mark.parametrize(("sentence", "figure", "scope"), [
    # "only" before a figure says it is small, not that it holds for a part
    ("Only about eight in ten starters finished the race, the organisers said.", "eight in ten", None),
    ("Turnout reached 903 in Ovrano province only, officials said.", "903", "ovrano province (part)"),
    # a share of a named group's members is a share of a part
    ("Only 48 per cent of Social Liberal voters backed it, the poll found.", "48 per cent", "part: social liberal"),
    ("Some 61 per cent of voters backed it, the poll found.", "61 per cent", None),
    # "in the world" is the whole
    ("There are only around 2,500 pandas in the world, she said.", "2,500", "whole: in the world"),
])
def test_the_scope_words_around_a_figure(sentence: str, figure: str, scope: str | None) -> None:
    assert claims_of(sentence)[figure].scope == scope


@pytest.mark.parametrize(("sentence", "figure", "measure"), [
    # the places a thing is counted at are not of the kind said of the thing
    ("Cases have been confirmed at seven primary schools, the agency said.", "seven", None),
    ("Cases have been confirmed across six primary schools, the agency said.", "six", None),
    # "at" after a word that gives the figure its kind keeps the kind
    ("Skyreach's own estimate puts the gross revenue loss at 9.48 million crowns a day.", "9.48 million",
     "gross;per_day"),
    ("The number of tourists was estimated at 40,000 visitors, a preliminary count showed.", "40,000", "preliminary"),
])
def test_the_kind_of_a_figure_counted_at_places(sentence: str, figure: str, measure: str | None) -> None:
    assert claims_of(sentence)[figure].measure == measure


@pytest.mark.parametrize(("sentence", "figure", "first", "last"), [
    # a span of months that ends with a date: the months it takes back from the date's month
    ("The group reported revenue of $2.6bn in the 12 months to March, the company said.", "$2.6bn",
     "2025-04-01", "2026-03-31"),
    ("The group reported revenue of $2.6bn in the year to March, the company said.", "$2.6bn",
     "2025-04-01", "2026-03-31"),
    ("Sales were $640m in the three months to March 31, the company said.", "$640m", "2026-01-01", "2026-03-31"),
    ("The airport handled 5.1 million passengers in the twelve months to the end of February.", "5.1 million",
     "2025-03-01", "2026-02-28"),
])
def test_a_span_of_months_to_a_date_is_the_figures_period(sentence: str, figure: str, first: str,
                                                          last: str) -> None:
    period = claims_of(sentence, "2026-05-20")[figure].period
    assert period is not None and (str(period.earliest), str(period.latest)) == (first, last)


@pytest.mark.parametrize(("sentence", "figure", "period"), [
    # a year after a verb that follows an age dates the verb, not the age
    ("Her 15-year-old mother, Kesi, came to Brackenmoor from Halvergate in 2019.", "15", None),
    ("Okafor-Lyle, 58, joined the museum as director in 2017.", "58", None),
    # irregular past verbs too
    ("Forty-five-year-old Ruth Marlow set the business up fifteen years ago with a chef.", "Forty-five", None),
    # nor does "since" a year after an age: it dates the role the appositive names
    ("Owen Tremlett, 57, the theatre's artistic director since 2017, told staff on Tuesday.", "57", None),
    # an age right before its own period holds for it
    ("He was a 35-year-old in 2008-09 when he first played there.", "35", "2008-09"),
])
def test_a_period_after_the_verb_that_follows_an_age(sentence: str, figure: str, period: str | None) -> None:
    assert claims_of(sentence, "2026-03-10")[figure].period_text == period


@pytest.mark.parametrize(("sentence", "event"), [
    # an offset back from the day of writing dates the clause's past verb, irregular or not
    ("The newspaper's offices on Bridge Street, sold three years ago, will be cleared.", "verb:sold"),
    ("The lake was last shut to swimmers five summers ago.", "verb:shut"),
])
def test_an_offset_back_dates_an_irregular_past_verb(sentence: str, event: str) -> None:
    dates = [c for c in every_claim(sentence, "2026-08-30") if c.kind == "date"]
    assert [c.event for c in dates] == [event]


@pytest.mark.parametrize(("sentence", "born"), [
    # a year in what the person is reported to say is not when the age held
    ("Gareth Pryce, 38, who founded Pryce Renewables in 2009, said his firm had fitted 212 heat pumps in 2025.",
     True),
    # a year of the sentence before the age still is
    ("In 2011 Gareth Pryce, 38, founded Pryce Renewables on the estate.", False),
])
def test_a_birth_from_an_age_and_the_years_of_what_is_said(sentence: str, born: bool) -> None:
    dates = [c for c in every_claim(sentence, "2026-03-11") if c.event == "born"]
    assert bool(dates) == born


def test_a_year_after_an_irregular_past_verb_with_a_figure_before_it_dates_the_verb() -> None:
    # "for the first time since Ellis Varga won in 1988": the year is when she won, a fact of its
    # own, as "45.1C, set at Sarvell in 2017" is; the figure before the verb still holds for it
    dates = [c for c in every_claim("The bee ended with a champion from Halvern for the first time since "
                                    "Ellis Varga won in 1988.", "2026-06-01") if c.kind == "date"]
    assert [c.quote for c in dates] == ["1988"]


@pytest.mark.parametrize(("sentence", "figure", "display"), [
    # a bare "m" after a size or a height with no currency is metres ...
    ("A snow bridge roughly 6m long collapsed ahead of the lead rope.", "6", "roughly 6 m"),
    ("The party was left on an isolated shelf at 3,460m on the glacier.", "3,460", "3,460 m"),
    # ... and a count of millions names what it counts, or has a currency
    ("The museum drew 6m visitors last year.", "6m", "6 million"),
    ("The company lost £6m last year.", "£6m", "£6 million"),
])
def test_a_bare_m_after_a_size_or_a_height_is_metres(sentence: str, figure: str, display: str) -> None:
    assert claims_of(sentence, "2026-06-20")[figure].display == display


@pytest.mark.parametrize(("sentence", "event"), [
    # a participle clause after a date adds to the verb before it, which the date dates
    ("Officers raided the shop and lock-up nearly two years ago, seizing more than 2,000 bottles.", "steal"),
    ("Officers raided the shop and lock-up on 14 September 2023.", "steal"),
])
def test_a_participle_after_a_date_leaves_the_verb_before_it(sentence: str, event: str) -> None:
    dates = [c for c in every_claim(sentence, "2026-04-02") if c.kind == "date"]
    assert [c.event for c in dates] == [event]


def test_a_listed_verb_governing_a_time_dates_its_class() -> None:
    # "derailed shortly before 3am on Tuesday" dates a collapse, as "derailed in the early hours
    # of Wednesday 3 March" does: a verb the vocabulary lists is known by its class
    dates = [c for c in every_claim("The train derailed shortly before 3am on Tuesday near Marrowby.", "2026-03-03")
             if c.kind == "date"]
    assert [c.event for c in dates] == ["collapse"]


@pytest.mark.parametrize(("sentence", "shown"), [
    # "a scheduled flight" is a kind of flight, no plan: the day is the past one
    ("The freighter overran runway 27 late on Wednesday, March 10, at the end of a scheduled flight.",
     "March 10, 2026"),
    ("The airport operated only 96 of 312 scheduled movements on Tuesday.", "March 31, 2026"),
    ("The inquiry is scheduled for March 10.", "March 10, 2027"),  # a plan still looks ahead
])
def test_scheduled_as_an_adjective_is_no_future(sentence: str, shown: str) -> None:
    assert [c.display for c in every_claim(sentence, "2026-04-02") if c.kind == "date"] == [shown]


def test_one_stray_word_of_a_tally_does_not_make_a_count_evolve() -> None:
    # "9 serious incidents were declared, and 4 cases were referred": the cases lend one claim a
    # tally's word, but what the fact counts is declared, not caught, so recency gets no weight; a
    # fact whose claims mostly name a tally does evolve
    from reconcile.pipeline import _evolves
    settings = load_settings(ROOT)
    vocab = load_vocabulary(settings.aliases, settings.events)
    (claim,) = [c for c in every_claim("Officials said 9 serious incidents were declared.", "2026-03-11")
                if c.kind == "count"]
    assert vocab.evolving("infect") and not vocab.evolving("announce")
    stray = [claim.model_copy(update={"event": e}) for e in ("announce", "infect", "announce")]
    tally = [claim.model_copy(update={"event": e}) for e in ("infect", "infect", "announce", None)]
    assert not _evolves(stray, vocab)
    assert _evolves(tally, vocab)
    assert not _evolves([claim.model_copy(update={"event": None})], vocab)


@pytest.mark.parametrize(("sentence", "shown"), [
    # a unit of two words is shown whole, not by its first word ("12 square")
    ("The fire burned 12 square kilometres of moorland.", "12 square kilometres"),
    ("The trawler sank 40 nautical miles off the coast.", "40 nautical miles"),
    ("The fire burned 48,000 acres of forest.", "48,000 acres"),
])
def test_a_unit_of_two_words_is_shown_whole(sentence: str, shown: str) -> None:
    assert [c.display for c in every_claim(sentence, "2026-05-12") if c.kind == "count"] == [shown]


@pytest.mark.parametrize(("sentence", "change"), [
    # the object a verb grew may stand between the verb and the level it reached
    ("Blackmere on Wednesday tripled its reward to €500,000.", "170% to 236%"),
    ("The insurer tripled its reward.", "170% to 236%"),
])
def test_a_growth_verb_with_its_object_before_the_level(sentence: str, change: str) -> None:
    assert [c.display for c in every_claim(sentence, "2026-05-12") if c.role == "change"] == [change]


@pytest.mark.parametrize(("sentence", "first", "last"), [
    # months under way when the article appeared are this year's ("January to June" in March)
    ("The revised plan for January to June shows a shortfall of 955 GWh.", "2026-01-01", "2026-06-30"),
    ("Sales from January to March rose 4%.", "2026-01-01", "2026-03-31"),
    # months wholly before the article's month without a year are last year's, as before
    ("From July to September sales rose 4%.", "2025-07-01", "2025-09-30"),
])
def test_a_span_of_months_under_way_is_this_years(sentence: str, first: str, last: str) -> None:
    (claim,) = [c for c in every_claim(sentence, "2026-03-16") if c.kind != "date"]
    assert claim.period is not None and (str(claim.period.earliest), str(claim.period.latest)) == (first, last)


@pytest.mark.parametrize(("sentence", "span"), [
    # the subject's whole life is all time: "the second time ever"
    ("The cancellations mark the second time in the orchestra's 78-year history that it has dropped concerts.", None),
    # a stretch of years that is not its life is the span the ordinal counts within
    ("The cancellations mark the second time in 12 years that the orchestra has dropped concerts.", "12 years"),
])
def test_an_ordinal_in_a_whole_history_counts_over_all_time(sentence: str, span: str | None) -> None:
    assert claims_of(sentence)["second"].period_text == span


def test_first_before_a_participle_does_not_cut_a_figures_words() -> None:
    # "first proposed": "first" says when, it is no neighbouring figure ending the €31 million's words
    got = claims_of("That is down from the €31 million first proposed by the regulator in its notice.", "2026-03-11")
    assert got["€31 million"].measure == "requested"


@pytest.mark.parametrize(("sentence", "born"), [
    # a name, then its age as "the N-year-old" and a noun: the person's birth, as "Varga, 57," gives
    ("Ilse Varga, the 57-year-old conductor, returned to the podium on Saturday.", ("1967-03-11", "1968-03-10")),
    # an age with no name set off before it dates nobody
    ("The orchestra hired the 57-year-old conductor on Saturday.", None),
])
def test_a_name_then_the_n_year_old_dates_a_birth(sentence: str, born: tuple[str, str] | None) -> None:
    births = [c for c in every_claim(sentence, "2025-03-10") if c.event == "born"]
    assert [(str(c.value.earliest), str(c.value.latest)) for c in births if isinstance(c.value, DateValue)] == (
        [born] if born else [])


@pytest.mark.parametrize("sentence", [
    "At the center of it all is Raymond Teague, who's fifty-two, a forklift supervisor at the warehouse.",
    "Hamid Sorensen, who is 42, was standing near the back.",
])
def test_a_name_then_who_is_n_is_an_age(sentence: str) -> None:
    # (no birth is dated from it: on the gold sets one such birth split a fact's votes and turned
    # a right suggestion; the age alone is judged with the person's other ages)
    claims = every_claim(sentence, "2026-03-06")
    assert [c.event for c in claims if c.kind == "count"] == ["age"]


@pytest.mark.parametrize(("sentence", "figure", "period"), [
    # a state given for a day: the day is when the figure holds
    ("In her report she said the prison population stood at 88,412 on Friday, a record.", "88,412", "Friday"),
    ("The jail held 947 men on 5 June, the inspectorate said.", "947", "5 June"),
    # a day an event happened on dates the event, not a period of the figure
    ("Police arrested 12 people on Friday after the match.", "12", None),
])
def test_a_state_given_for_a_day_holds_for_that_day(sentence: str, figure: str, period: str | None) -> None:
    assert claims_of(sentence, "2026-06-10")[figure].period_text == period



def test_a_gust_and_a_sustained_wind_are_two_measures() -> None:
    got = claims_of("Sustained winds of 35 knots blew across the bank. Searchers worked in gusts of 55 knots.",
                    "2026-02-10")
    assert got["35"].measure == "sustained" and got["55"].measure == "gust"


def test_a_conversion_that_does_not_match_its_figure_is_an_arithmetic_error(tmp_path: Path) -> None:
    wire = ("Wire", "2026-03-17", "The miners were trapped about 460 metres (2,100 feet) below the surface, the "
                                  "company said.")
    journal = ("Journal", "2026-03-18", "Rescue teams reached the shaft before dawn.")
    (tmp_path / "a").mkdir()
    report = _two_sources(tmp_path / "a", wire, journal)
    (slip,) = [c for c in report.conflicts if c.kind == "arithmetic-inconsistency"]
    assert slip.severity == "error" and slip.explanation == "about 460 metres is 1,509 feet"
    # a conversion rounded as written agrees with its figure
    right = ("Wire", "2026-03-17", "The miners were trapped about 640 metres (2,100 feet) below the surface, and "
                                   "the fire burned 41,300 ha (about 102,000 acres) of forest.")
    (tmp_path / "b").mkdir()
    assert not [c for c in _two_sources(tmp_path / "b", right, journal).conflicts
                if c.kind == "arithmetic-inconsistency"]


def test_what_paid_for_something_is_no_price_paid() -> None:
    got = claims_of("The £4.7 million project was paid for by a council grant and the club's own money.",
                    "2026-05-12")
    assert got["£4.7 million"].measure is None
    got = claims_of("The collector paid £4.7 million for the painting in 2019.", "2026-05-12")
    assert got["£4.7 million"].measure == "sold"


def test_the_birth_year_two_articles_ages_imply_meets_the_one_a_third_states(tmp_path: Path) -> None:
    wire = ("Wire", "2026-04-13", "One of them, Harold Penrose, 71, was taken to Brenhaven General Hospital as a "
                                  "precaution.")
    courier = ("Courier", "2026-04-14", "Harold Penrose, 71, who has lived aboard a converted fishing boat for "
                                        "eleven years, lost everything.")
    followup = ("Followup", "2026-04-28", "Mr Penrose, who was born in 1947, said he hoped to buy another boat.")
    report = _two_sources(tmp_path, wire, courier, followup)
    births = [c for c in report.conflicts if c.kind == "date-mismatch" and "born" in c.fact_key]
    assert [(c.severity, sorted(s for side in c.sides for s in side.sources)) for c in births] == [
        ("error", ["courier", "followup", "wire"])], births


def test_the_year_before_is_a_time_not_what_a_figure_leaves_out() -> None:
    got = claims_of("The rate fell to 38.4%, marking a fall of 3.8 percentage points on the year before.",
                    "2026-03-10")
    assert "excluding" not in (got["3.8 percentage points"].measure or "")
    got = claims_of("The group booked sales of £12m before discounts in the year.", "2026-03-10")
    assert "excluding" in (got["£12m"].measure or "")


def test_up_to_after_a_reading_of_weather_is_the_reading_itself(tmp_path: Path) -> None:
    got = claims_of("The tent came down as gusts of up to 86mph swept across the common. Fines of up to "
                    "£5,000 can be imposed.", "2026-04-12")
    gust, fine = got["86"].value, got["£5,000"].value
    assert (gust.low, gust.high, gust.hedge) == (86, 86, None)  # the highest gust, as "reached" says
    assert (fine.low, fine.high) == (None, 5000)  # a cap stays a cap
    wire = ("Wire", "2026-04-12", "The tent came down as gusts of up to 86mph swept across the common.")
    trade = ("Trade", "2026-04-14", "The station at the airfield recorded a gust of 68mph as the tent came down.")
    report = _two_sources(tmp_path, wire, trade)
    assert [c.severity for c in _with_sides(report, {"86", "68"})] == ["error"], report.conflicts


def test_a_significant_wave_height_is_another_measure_than_the_highest_wave() -> None:
    got = claims_of("The buoy recorded a significant wave height of 8 metres as the crew was lifted off.",
                    "2026-01-20")
    assert got["8"].measure == "significant_wave"


@pytest.mark.parametrize(("sentence", "quote", "window"), [
    ("The river rose 4.1 metres in 36 hours at the gauge.", "4.1", "over 36 hours"),
    ("The river rose more than four metres in a day and a half.", "four", "over 36 hours"),
    ("The crews cleared 12 km of road over the 48 hours to Sunday.", "12", "over 48 hours"),
])
def test_an_amount_gathered_over_a_stated_time_is_a_measure_of_that_time(sentence: str, quote: str,
                                                                          window: str) -> None:
    assert window in (claims_of(sentence, "2026-03-12")[quote].measure or "").split(";")
    assert "hours" not in (claims_of("The river rose 4.1 metres at the gauge in 2026.", "2026-03-12")["4.1"].measure
                           or "")


def test_a_peak_gust_is_a_gust_not_a_gust_and_a_peak() -> None:
    got = claims_of("The station recorded a peak gust of 158km/h at Skerrin Head.", "2026-01-25")
    assert got["158"].measure == "gust"


def test_a_date_in_a_clause_set_off_about_another_noun_is_no_period_of_a_figure_after_it() -> None:
    got = claims_of("They are asking for the ban, which runs until October 2029, to be cut to two years, and "
                    "for the €135,000 fine to be annulled.", "2026-05-20")
    assert got["€135,000"].period is None
    # a date not set off about another noun still holds for the figure after it
    got = claims_of("In 2025, the club, which appealed, paid a fine of €135,000.", "2026-05-20")
    assert got["€135,000"].period_text == "2025"


def test_a_tally_since_something_began_in_a_year_holds_from_then_to_the_articles_day() -> None:
    got = claims_of("Southmoor has replaced 4,280km of its 6,120km of at-risk iron mains, or 70%, since the "
                    "current phase began in 2013.", "2026-04-24")
    period = got["70%"].period
    assert period is not None and (period.earliest.isoformat(), period.latest.isoformat()) == (
        "2013-01-01", "2026-04-24")
    # a year the figure is of stays that year
    got = claims_of("Southmoor replaced 310km of iron mains in 2013.", "2026-04-24")
    assert got["310"].period_text == "2013"


@pytest.mark.parametrize(("sentence", "event"), [
    # a "since" date after a perfect dates its participle, irregular or not
    ("The family has run the shop since 1985.", "verb:run"),
    ("Ms Hale has long held the post since 2011 by most accounts.", "verb:held"),
])
def test_a_since_date_dates_the_perfect_before_it(sentence: str, event: str) -> None:
    dates = [c for c in every_claim(sentence, "2026-03-10") if c.kind == "date"]
    assert [c.event for c in dates] == [event]


def test_a_since_date_after_its_verb_is_no_period_of_a_clause_joined_after_it() -> None:
    # "since 1912" dates the farming, and is stated as a date; the 12 people hold for now
    got = claims_of("The Pell family have farmed at Thornbeck since 1912, and the farm employs 12 people.")
    assert got["1912"].kind == "date"
    assert got["12"].period_text is None
    # a "since" date before the figure in its own clause is still its period
    assert claims_of("The farm has lost 40 cows since 2019.")["40"].period_text == "2019"


@pytest.mark.parametrize(("sentence", "figure", "kind"), [
    # a year before 1600 is a year after a word of time, a participle and a hedge, or "circa"
    ("The curtain wall, completed around 1390, is listed at the highest grade.", "1390", "date"),
    ("The church was built in about 1150 by monks.", "1150", "date"),
    ("The psalter was stolen in 1412.", "1412", "date"),
    ("The chapel dates from circa 1290.", "1290", "date"),
    # not a count written without a comma, nor one after a hedge with no word of time
    ("Membership rose from 1200 to 1500 members.", "1200", "count"),
    ("The hall holds about 1200.", "1200", "count"),
    ("The hall seats 1200 by law.", "1200", "count"),
])
def test_a_year_before_1600_needs_a_word_of_time(sentence: str, figure: str, kind: str) -> None:
    assert claims_of(sentence, "2026-03-10")[figure].kind == kind


def test_the_year_a_record_reaches_back_to_when_its_series_began() -> None:
    # "since the survey began in 2006" is when the survey began, a date of its own, as "since
    # records began in 2006" is; not the period of the superlative
    got = claims_of("It was the highest loss rate since the survey began in 2006.", "2026-05-20")
    assert got["2006"].kind == "date" and got["2006"].event == "begin"



@pytest.mark.parametrize(("sentence", "figure", "efficacy"), [
    # a reduction is a change of whatever falls, not a measure of how well a treatment works
    ("The typical bill falls by £68 to £1,781, a reduction of 3.7 per cent.", "3.7 per cent", False),
    # what a treatment does to a risk still is
    ("The vaccine reduced the risk of severe illness by 61 per cent in the trial.", "61 per cent", True),
])
def test_a_reduction_is_no_efficacy(sentence: str, figure: str, efficacy: bool) -> None:
    assert (claims_of(sentence, "2026-03-10")[figure].event == "efficacy") is efficacy


@pytest.mark.parametrize(("sentence", "figure"), [
    # the date a change is measured from is its base, not the period it holds for
    ("Drivers paid £612 in the final three months of 2025, up 15.8% on the same period of 2024, figures show.",
     "15.8%"),
    ("Sales rose 4% compared with 2024, the company said.", "4%"),
])
def test_the_base_of_a_change_is_no_period_of_it(sentence: str, figure: str) -> None:
    assert claims_of(sentence, "2026-01-15")[figure].period_text != "2024"


@pytest.mark.parametrize(("sentence", "quote", "value"), [
    # a number word hyphened to a noun right after a space starts a figure of its own
    ("More than two hundred and seventy thousand eighteen-year-olds now have a place.",
     "two hundred and seventy thousand", 270000),
    # after "and" it ends the figure before it, and a hyphened tens word goes on
    ("The two hundred and eighteen-year-old oaks were felled.", "two hundred and eighteen", 218),
    ("A two hundred and twenty-five-year-old tree fell.", "two hundred and twenty-five", 225),
])
def test_a_number_word_hyphened_to_a_noun_after_a_space(sentence: str, quote: str, value: int) -> None:
    claim = claims_of(sentence, "2026-08-13")[quote]
    assert isinstance(claim.value, NumberValue) and claim.value.low == value


@pytest.mark.parametrize(("sentence", "person"), [
    # a name after a two-word role says the age is a person's
    ("Leading one team was fifty-three-year-old head tracker Eliab Nsengi, who knows the forest.", True),
    ("Leading one team was thirty-one-year-old lifeguard Megan Tarrant.", True),
    # a thing's age stays a thing's
    ("The 48-year-old cooling tower was demolished on Sunday.", False),
])
def test_an_age_before_a_role_and_a_name_is_a_persons(sentence: str, person: bool) -> None:
    settings = load_settings(ROOT)
    vocab = load_vocabulary(settings.aliases, settings.events)
    (age,) = [c for c in every_claim(sentence, "2026-03-12") if c.event == "age" and c.kind == "count"]
    assert (aged_thing(age.noun, vocab) is None) is person


@pytest.mark.parametrize(("sentence", "event"), [
    ("The guarantee, introduced barely a year ago, had placed 66,200 young people by February.", "begin"),
    ("The grant, introduced only a year ago, had placed 9,400 young people by March.", "begin"),
])
def test_a_time_ago_after_its_verb_and_a_hedge_dates_that_verb(sentence: str, event: str) -> None:
    date = next(c for c in every_claim(sentence, "2026-03-19") if c.kind == "date")
    assert date.event == event


@pytest.mark.parametrize(("sentence", "figure"), [
    ("The hotel association said its members were losing €4.5 million a week.", "€4.5 million"),
    ("It reckons its members are losing forty-five million euros a week.", "forty-five million euros"),
])
def test_a_sum_being_lost_is_a_loss(sentence: str, figure: str) -> None:
    assert claims_of(sentence, "2026-03-19")[figure].event == "loss"


@pytest.mark.parametrize(("sentence", "quote", "event"), [
    ("The infirmary carried out its first kidney transplant in 1971 and now runs one of the three busiest "
     "kidney programmes in the country.", "1971", "verb:transplant"),
    ("The unit will open in 2027, the 60th anniversary of the hospital's first kidney transplant in 1967.",
     "1967", "verb:transplant"),
    ("The runoff was the first since 2016.", "2016", "elect"),
])
def test_the_first_of_a_thing_dates_when_it_first_happened(sentence: str, quote: str, event: str) -> None:
    assert claims_of(sentence, "2026-04-20")[quote].event == event


@pytest.mark.parametrize("sentence", [
    "That is about a quarter more than turned out on the first day of protests in January.",
    "He was re-elected in the first round in 2021.",
    "The festival was first held in 1996.",
])
def test_a_first_of_a_time_a_step_or_a_verb_dates_no_first_occurrence(sentence: str) -> None:
    assert not any(c.event and c.event.startswith("verb:") and c.kind == "date"
                   and c.event in ("verb:protest", "verb:round", "verb:held")
                   for c in every_claim(sentence, "2026-04-20"))


def test_an_offset_dates_the_clause_its_after_opens() -> None:
    got = claims_of("A spaceport was granted a launch licence on Thursday, clearing the way for the first vertical "
                    "rocket launches from the country's soil nearly four years after it first applied.", "2026-04-16")
    assert got["nearly four years after"].event == "verb:appli"
    # counted from a date after it, the offset dates the sentence's own clause
    got = claims_of("Five weeks after the Harwell Museum handed back its treasures, the new museum opened to the "
                    "public on Thursday 12 November.", "2026-11-20")
    assert got["Five weeks after"].event != "verb:hand"


def test_a_previous_one_of_a_thing_is_dated_by_its_apposed_date() -> None:
    got = claims_of("Fairshelf's previous survey, in 2023, found 11 of 40 jars, or 27.5 per cent, showed signs "
                    "of adulteration.", "2026-05-13")
    assert got["2023"].kind == "date" and got["2023"].event == "poll"
    assert got["11"].period_text == "2023"  # and the figures still hold for it


@pytest.mark.parametrize(("sentence", "year"), [
    # a later year than the article's, in another clause, is not the year of a day gone by
    ("The launch had been pushed back to 2031 when the minister unveiled his budget on Monday 6 October.", 2026),
    ("The launch slipped to 2031 after engineers found a fault on 6 October.", 2026),
    # a day still to come takes the sentence's year
    ("The launch is now due in 2031, with the craft to be shipped on 6 October.", 2031),
    ("The 2031 games will be held on Sunday 6 October, the organisers said.", 2031),
    ("Entries for the 2031 race, to be held on Sunday 6 October, open on 1 June.", 2031),
])
def test_a_later_year_in_another_clause_does_not_date_a_day_gone_by(sentence: str, year: int) -> None:
    got = claims_of(sentence, published="2026-11-04")["6 October"].value
    assert isinstance(got, DateValue) and got.earliest is not None and got.earliest.year == year


def test_one_verb_said_of_one_thing_dates_one_event(tmp_path: Path) -> None:
    # "the grant awarded in May 2023" and "The grant was awarded in May 2024", among articles
    # whose other words about the grant make the two sentences' contexts no closer than others
    report = _check(tmp_path, {
        "wire.md": _front("Wire", "2026-02-12") + "WEXBY, Feb 12 - A new leisure centre in the market town of "
        "Wexby, part-funded by the £3.1m sports grant awarded in May 2023, will not open until spring 2027, about "
        "18 months later than planned, the local council said on Thursday.\n",
        "journal.md": _front("Journal", "2026-02-20") + "The scheme went to cabinet with an original £12m budget. "
        "The £3.1m sports grant was awarded in May 2024, following a two-stage application, and is paid in "
        "arrears against certified milestones.\n",
        "radio.md": _front("Radio", "2026-02-13") + "The sports grant for the Wexby leisure centre was a big win "
        "for the town, and the council said the grant money is safe. The leisure centre will open in spring "
        "2027.\n",
        "post.md": _front("Post", "2026-02-14") + "Wexby council said the leisure centre grant of £3.1m is still "
        "in place. Councillors said the sports grant, the leisure centre and the pool matter to the town.\n",
    })
    found = _with_sides(report, {"May 2023", "May 2024"})
    assert found and found[0].severity == "error", [(c.kind, [s.value for s in c.sides]) for c in report.conflicts]


@pytest.mark.parametrize(("sentence", "date", "said_of"), [
    ("The £3.1m sports grant was awarded in May 2024, the council said.", "May 2024", "grant awarded"),
    ("The wind farm, commissioned in 2021, has 14 turbines.", "2021", "farm commissioned"),
    ("It was opened in 2019 by the mayor.", "2019", None),  # a pronoun says nothing of what
    ("The bridge was last closed in February 2020.", "February 2020", None),  # the last time, not this one
    ("Crews fought the fire on 8 May.", "8 May", None),  # no verb right before the date
])
def test_a_date_right_after_a_verb_says_what_it_dates(sentence: str, date: str, said_of: str | None) -> None:
    assert claims_of(sentence, "2026-03-12")[date].said_of == said_of


@pytest.mark.parametrize(("sentence", "date", "event"), [
    # a date that ends its own clause, the figures in a clause joined on after it
    ("The trust admits the scanner will not open until September next year, and in the meantime some "
     "patients will be sent to private clinics, up to 150 a month.", "September next year", "begin"),
    ("The line will not open until 2028, and the council has already spent £12m.", "2028", "begin"),
])
def test_a_date_ending_its_own_clause_is_no_period_of_a_figure_after_it(sentence: str, date: str,
                                                                       event: str) -> None:
    got = claims_of(sentence, "2026-03-12")
    assert date in got and got[date].event == event
    assert all(c.period is None for c in got.values() if c.kind != "date")


def test_the_end_of_a_span_is_still_when_it_ends() -> None:
    # "run through July 31": not a beginning, unlike "not open until"
    got = claims_of("Hearings begin on Monday and are scheduled to run through July 31.", "2026-03-12")
    assert got["July 31"].event == "complete"


@pytest.mark.parametrize(("sentence", "change"), [
    # a unit written onto the figures
    ("The site was expanded from 40MWh to 120MWh in 2025, the operator said.", "the change from 40 to 120"),
    # the level that rose is the earlier figure the change fits, not a part right before "up from"
    ("Schools attendance reached 14,200 pupils from 131 schools, up from 4,700 in 2019-20.",
     "the change from 4,700 to 14,200"),
])
def test_the_ends_of_a_change(sentence: str, change: str) -> None:
    derived = [c.derived or "" for c in every_claim(sentence, "2026-03-12") if c.role == "change"]
    assert any(d.startswith(change) for d in derived), derived


def test_a_growth_verb_meets_the_ends_of_the_same_noun_in_other_words(tmp_path: Path) -> None:
    report = _two_sources(
        tmp_path,
        ("Radio", "2026-01-20", "The theatre's director told me school audiences have doubled since 2019."),
        ("Trade", "2026-01-22", "Schools attendance reached 14,200 pupils from 131 schools, up from 4,700 in 2019."))
    found = [c for c in report.conflicts if any(r.quote == "doubled" for s in c.sides for r in s.claims)]
    assert found and found[0].severity == "error", [(c.kind, [s.value for s in c.sides]) for c in report.conflicts]


def test_an_age_then_in_a_year_the_sentence_names_dates_a_birth() -> None:
    got = every_claim("At the 1960 Grand Prix, Ferrand, then 24, finished second overall.", "2026-03-10")
    (born,) = [c for c in got if c.event == "born"]
    assert isinstance(born.value, DateValue) and (born.value.earliest, born.value.latest) == (
        dt.date(1935, 1, 1), dt.date(1936, 12, 31))
    # with no year named, "then" is some other time: no birth year
    assert not [c for c in every_claim("Marco Ellery, then 29, swam his record on a spring tide.", "2026-03-10")
                if c.event == "born"]


def test_an_age_then_against_a_birth_year(tmp_path: Path) -> None:
    report = _two_sources(
        tmp_path,
        ("Wire", "2026-03-10", "The car was first owned by the racing driver Luc Ferrand, born in 1931, who raced it."),
        ("Journal", "2026-03-12", "At the 1960 Grand Prix, Ferrand, then 24, finished second overall."))
    found = _with_sides(report, {"1931", "1935 or 1936"})
    assert [c.severity for c in found] == ["error"]
    # an age of 1960 is not stated as an age now ("90 years old")
    assert all("years old" not in r for r in found[0].suggestion.rationale) if found[0].suggestion else True
    # an age then and an age now that agree are no contradiction
    (tmp_path / "calm").mkdir()
    calm = _two_sources(
        tmp_path / "calm",
        ("Wire", "2026-03-10", "Marco Ellery, then 29, set the record on a spring tide, the federation said."),
        ("Journal", "2026-03-12", "Marco Ellery, 44, set the record on a spring tide, the federation said."))
    assert not [c for c in calm.conflicts if c.severity == "error"]


@pytest.mark.parametrize(("sentence", "year", "dated"), [
    # the year a previous record was set is a date of its own, not the record's period
    ("Applications beat the previous record of 5,730 in 2021.", "2021", True),
    ("Deaths surpassed the previous record of 1,102 deaths in 2020, the board said.", "2020", True),
    # a tally's own year stays its period
    ("He had a record of 12 wins in 2023.", "2023", False),
])
def test_the_year_of_a_previous_record(sentence: str, year: str, dated: bool) -> None:
    assert (year in claims_of(sentence, "2026-03-10")) == dated


def test_two_years_of_one_previous_record(tmp_path: Path) -> None:
    report = _two_sources(
        tmp_path,
        ("Wire", "2026-03-10", "The school received 6,412 applications, beating the previous record of 5,730, "
         "set in 2020."),
        ("Journal", "2026-03-12", "Applications beat the previous record of 5,730 in 2021, the school said."))
    assert [c.severity for c in _with_sides(report, {"2020", "2021"})] == ["error"]
