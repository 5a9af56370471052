"""The whole pipeline on small stories of our own: what a fact-checker must and must not see."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reconcile.config import load_settings
from reconcile.models import Conflict, Report
from reconcile.pipeline import run

HTML = """<!doctype html><html><head><title>Quake toll rises</title>
<meta property="og:site_name" content="Daily Courier">
<meta property="article:published_time" content="2025-04-16T09:00:00Z">
<script>var teaser = "1,000 dead";</script></head>
<body><nav>Home | World | 2025</nav><article><h1>Quake toll rises</h1>
<p>The earthquake that struck on <b>Monday</b> has killed at least 1,046 people,
the interior ministry said on Wednesday.</p>
<p>It was the fourth quake of magnitude 6 or more to hit the province in a decade.</p></article>
<footer>Copyright &copy; 2025 Daily Courier</footer></body></html>
"""

WIRE = """---
title: "Kestria earthquake"
outlet: "Wire"
published: "2025-04-16"
---
The earthquake, which struck on Tuesday, has killed at least 1,046 people, officials said on Wednesday.

It was the third quake of magnitude 6 or more to hit the province in a decade.
"""


def check(tmp_path: Path, files: dict[str, str]) -> Report:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    settings = load_settings(tmp_path, cache=None)
    return run(settings, [tmp_path])


def sides_of(report: Report, kind: str) -> list[set[str]]:
    out = []
    for conflict in report.conflicts:
        if conflict.kind == kind:
            out.append({side.value for side in conflict.sides})
    return out


def test_html_and_markdown_disagree_on_day_and_rank(tmp_path: Path) -> None:
    report = check(tmp_path, {"courier.html": HTML, "wire.md": WIRE})
    assert {"April 14, 2025", "April 15, 2025"} in sides_of(report, "date-mismatch")
    assert {"3", "4"} in sides_of(report, "ordinal-mismatch")
    # The toll agrees, and the script's teaser in the page head is no claim.
    quotes = [c.quote for conflict in report.conflicts for side in conflict.sides for c in side.claims]
    assert "1,000" not in quotes
    html = (tmp_path / "courier.html").read_text(encoding="utf-8")
    for conflict in report.conflicts:
        for side in conflict.sides:
            for claim in side.claims:
                if claim.source == "courier":
                    assert html[claim.start:claim.end] == claim.quote


DEAL_A = """---
title: "Harbor buys Lumen"
outlet: "Ledger"
published: "2025-03-04"
---
Harbor Group agreed on Monday to buy Lumen Software for $4.6 billion in cash, the companies said.

The deal is expected to close in the third quarter.
"""

DEAL_B = """---
title: "Harbor strikes Lumen deal"
outlet: "Times"
published: "2025-03-04"
---
Harbor Group has struck a $5.9bn deal including debt for Lumen Software, the companies said on Monday.
"""

DEAL_C = """---
title: "Harbor to acquire Lumen"
outlet: "Courier"
published: "2025-03-05"
---
Harbor Group will acquire Lumen Software in a cash deal worth 4.6 billion dollars, according to a statement.
"""


def test_price_with_debt_is_explained_not_contradicted(tmp_path: Path) -> None:
    report = check(tmp_path, {"ledger.md": DEAL_A, "times.md": DEAL_B, "courier.md": DEAL_C})
    money = [c for c in report.conflicts if any("billion" in s.value for s in c.sides)]
    assert money, "the two deal values should be linked"
    assert all(c.severity != "error" for c in money)
    assert any(c.severity == "warning" and "measure" in (c.explanation or "") for c in money)


@pytest.mark.parametrize("second", ["about 1,050", "more than 1,000", "1,046"])
def test_agreement_within_rounding_is_never_an_error(tmp_path: Path, second: str) -> None:
    a = WIRE.replace("third", "fourth")
    b = WIRE.replace("at least 1,046", second).replace("Tuesday", "Monday").replace("third", "fourth")
    report = check(tmp_path, {"a.md": a.replace("Tuesday", "Monday"), "b.md": b})
    assert not [c for c in report.conflicts if c.severity == "error"], report.conflicts


DEAL = """---
title: "{buyer} buys {target}"
outlet: "Paper {i}"
published: "2025-03-0{i}"
---
{buyer} agreed to buy {target} for ${value} billion in cash, {buyer} chief executive {ceo} said on Monday.

The deal is the {rank} largest in the software industry this year, according to {bank}.
"""


def test_a_folder_of_two_stories_never_mixes_them(tmp_path: Path) -> None:
    # Two deals told in the same words, by five outlets each: only the names tell them apart.
    files = {}
    for i in range(1, 6):
        files[f"corvane{i}.md"] = DEAL.format(buyer="Corvane", target="Lumitec", i=i,
                                              value=[12, 12, 12, 12, 15][i - 1], ceo="Ada Brenner",
                                              rank="third", bank="Halden Partners")
        files[f"halbrook{i}.md"] = DEAL.format(buyer="Halbrook", target="Dentara", i=i, value=14,
                                               ceo="Milo Varga", rank="third", bank="Osric Bank")
    report = check(tmp_path, files)
    for conflict in report.conflicts:
        stories = {c.source.rstrip("0123456789") for side in conflict.sides for c in side.claims}
        assert len(stories) == 1, (conflict.fact, stories)
    assert any(c.severity == "error" and {s.value for s in c.sides} == {"$12 billion", "$15 billion"}
               for c in report.conflicts)


RACE = """---
title: "Koros breaks Halden course record"
outlet: "{outlet}"
published: "2026-04-13"
---
Elias Koros won the Halden City Marathon on Sunday, {improvement} the previous course record.

{placings}
"""


def test_a_length_of_time_in_other_units_agrees(tmp_path: Path) -> None:
    a = RACE.format(outlet="Wire", improvement="taking 74 seconds off",
                    placings="Worku finished second in 2:04:12 and Samuel Bett was third in 2:04:40.")
    b = RACE.format(outlet="Radio", improvement="finishing one minute and 14 seconds inside",
                    placings="Samuel Bett finished in 2:04:40, with Worku second in 2:04:12.")
    report = check(tmp_path, {"wire.md": a, "radio.md": b})
    assert not [c for c in report.conflicts if c.severity == "error"], report.conflicts


def test_race_times_of_different_runners_are_not_one_fact(tmp_path: Path) -> None:
    a = RACE.format(outlet="Wire", improvement="breaking", placings="Worku was second in 2:04:12.")
    b = RACE.format(outlet="Radio", improvement="breaking", placings="Samuel Bett was third in 2:04:40.")
    (tmp_path / "one").mkdir()
    report = check(tmp_path / "one", {"wire.md": a, "radio.md": b})
    assert not [c for c in report.conflicts if c.severity == "error"], report.conflicts
    c = RACE.format(outlet="Post", improvement="breaking", placings="Worku was second in 2:04:21.")
    (tmp_path / "two").mkdir()
    report = check(tmp_path / "two", {"wire.md": a, "post.md": c})
    assert [c.severity for c in report.conflicts if any(":" in s.value for s in c.sides)] == ["error"]


CUT = """---
title: "Bank cuts rates"
outlet: "{outlet}"
published: "{published}"
---
The Bank of Arvane cut its main policy rate by a quarter point on Thursday, {streak}, the council said.
"""


def test_a_run_that_grew_between_reports_weeks_apart_is_a_difference_of_time(tmp_path: Path) -> None:
    files = {"wire.md": CUT.format(outlet="Wire", published="2026-04-16", streak="its fourth consecutive cut"),
             "desk.md": CUT.format(outlet="Desk", published="2026-04-17", streak="the third straight reduction"),
             "monitor.md": CUT.format(outlet="Monitor", published="2026-05-29",
                                      streak="its fifth consecutive reduction")}
    report = check(tmp_path, files)
    ranks = [c for c in report.conflicts if c.kind in ("ordinal-mismatch", "time-difference")]
    assert sorted((c.severity, tuple(sorted(s.value for s in c.sides))) for c in ranks) == [
        ("error", ("3", "4")), ("warning", ("3", "4", "5"))]


STARTS = """---
title: "Housing starts"
outlet: "{outlet}"
published: "{published}"
---
Housing starts rose in March. {sentence}
"""


@pytest.mark.parametrize(("published", "flagged"), [("2026-05-14", True), ("2026-09-30", False)])
def test_a_run_that_shrank_faster_than_a_new_one_could_grow_contradicts(tmp_path: Path, published: str,
                                                                          flagged: bool) -> None:
    # a monthly run of three in April cannot be a run of two four weeks later, but may be a new
    # run five months on
    files = {"wire.md": STARTS.format(outlet="Wire", published="2026-04-16", sentence=(
                 "It was the third consecutive monthly increase in starts. Permits fell for a second "
                 "consecutive month.")),
             "review.md": STARTS.format(outlet="Review", published="2026-04-16", sentence=(
                 "This is the third straight monthly gain in starts.")),
             "later.md": STARTS.format(outlet="Later", published=published, sentence=(
                 "March's jump had been the second consecutive monthly rise in starts."))}
    report = check(tmp_path, files)
    shrunk = [c for c in report.conflicts if c.kind == "ordinal-mismatch"]
    assert [(c.severity, sorted(s.value for s in c.sides)) for c in shrunk] == (
        [("error", ["2", "3"])] if flagged else []), [(c.kind, c.explanation) for c in report.conflicts]


def test_an_annual_run_that_shrank_within_weeks_contradicts(tmp_path: Path) -> None:
    # "the third consecutive annual fall" in July and "the second consecutive annual fall" in
    # September: a yearly run cannot shrink, nor a new one grow to two, in eight weeks
    files = {"journal.md": STARTS.format(outlet="Journal", published="2026-07-17", sentence=(
                 "The fall in the funding level is the third consecutive annual fall.")),
             "later.md": STARTS.format(outlet="Later", published="2026-09-09", sentence=(
                 "The shortfall reported in July marked the second consecutive annual fall in the funding level."))}
    report = check(tmp_path, files)
    shrunk = [c for c in report.conflicts if c.kind == "ordinal-mismatch"]
    assert [(c.severity, sorted(s.value for s in c.sides)) for c in shrunk] == [("error", ["2", "3"])], \
        [(c.kind, c.explanation) for c in report.conflicts]


POWER = """---
title: "Fire threatens Alder County"
outlet: "{outlet}"
published: "2025-08-12"
---
Sierra Electric said on Monday it had cut power to {figure} in Alder County as the fire spread.
"""


def test_counts_of_different_things_are_a_difference_of_measure(tmp_path: Path) -> None:
    (tmp_path / "apart").mkdir()
    report = check(tmp_path / "apart", {"wire.md": POWER.format(outlet="Wire", figure="22,000 customers"),
                                        "record.md": POWER.format(outlet="Record", figure="30,000 residents")})
    assert [(c.severity, c.kind) for c in report.conflicts] == [("warning", "measure-difference")]
    assert "customer against resident" in (report.conflicts[0].explanation or "")
    (tmp_path / "same").mkdir()
    report = check(tmp_path / "same", {"wire.md": POWER.format(outlet="Wire", figure="22,000 customers"),
                                       "record.md": POWER.format(outlet="Record", figure="32,000 customers")})
    assert [c.severity for c in report.conflicts] == ["error"]


ONE = """---
title: "Figures"
outlet: "Trade"
published: "2026-03-12"
---
{sentence}
"""


@pytest.mark.parametrize(("sentence", "flagged"), [
    ("Accounts show Halbrook's revenue fell 12% to $298 million in the fiscal year to June 30, 2025, "
     "from $322 million a year earlier.", True),
    ("Hospital admissions rose from 38 on February 16 to 61 by March 2, an increase of 45%, the agency said.", True),
    ("Hospital admissions rose from 38 on February 16 to 61 by March 2, an increase of 61%, the agency said.", False),
    ("The department's budget rises 6 per cent, to $1.9bn, and now takes about 19% of the operating budget, "
     "up from 15% in fiscal 2016.", False),
    ("House prices rose 0.3% in August, leaving annual growth at 2.4%, down from 2.9% in July.", False),
    ("The benchmark for large eggs climbed from $2.40 to $2.95 a dozen in the first two weeks of October, "
     "a 27% jump, and has continued to rise.", True),
    ("The benchmark for large eggs climbed from $2.40 to $2.95 a dozen in the first two weeks of October, "
     "a 23% jump, and has continued to rise.", False),
    ("The latest find brings the total to 6.9 kilograms, an increase of about 65 percent on the 4.6 kilograms "
     "logged in the first three days.", True),
    ("The latest find brings the total to 6.9 kilograms, an increase of about 50 percent on the 4.6 kilograms "
     "logged in the first three days.", False),
    # a move and the level it reached: the base is their difference
    ("The Class 1 car toll rises by 70p to £3.10, a 23% increase for cars.", True),
    ("The Class 1 car toll rises by 70p to £3.10, a 29% increase for cars.", False),
    ("Fares went up 40 cents to $2.90, an increase of 16%.", False),
    ("The workforce fell by 1,200 to 8,800, a cut of 12%.", False),
    ("The workforce fell by 1,200 to 8,800, a cut of 20%.", True),
    ("Revenue rose by $12 million to $80 million, an increase of 25%.", True),
    ("Revenue rose by $12 million to $80 million, an increase of about 18%.", False),
    # "half" after a change noun is a change of 50%: 214 to 318 is 48.6%, 150 to 318 is 112%
    ("The Varne Uplands now hold 318 pairs, up from 214, a rise of nearly half.", False),
    ("The Varne Uplands now hold 318 pairs, up from 150, a rise of nearly half.", True),
    # the change beside the endpoints, not another change later in the sentence
    ("Patronage has fallen from 6.1 million journeys in 2019 to 4.7 million in 2025, a fall of 30 per cent, "
     "against a decline of roughly 12 per cent across the county.", True),
    ("Patronage has fallen from 6.1 million journeys in 2019 to 4.7 million in 2025, a fall of 23 per cent, "
     "against a decline of roughly 12 per cent across the county.", False),
    # a growth verb beside its endpoints states their change, its subject before a relative clause
    ("Visitors to the museum, which has received returned objects since 2023, have doubled, from about 40,000 a "
     "year in 2022 to 120,000 in 2025.", True),
    ("Visitors to the museum, which has received returned objects since 2023, have tripled, from about 40,000 a "
     "year in 2022 to 120,000 in 2025.", False),
    # points of change are the difference of two rates
    ("Turnout in the ballot rose from 9.8% to 12.5%, an increase of nearly four percentage points.", True),
    ("Turnout in the ballot rose from 9.8% to 12.5%, an increase of nearly three percentage points.", False),
    # "almost halved" is a fall of nearly half: 266 to 142 is 46.6%, 266 to 102 is 61.7%
    ("After charges of £105m, pre-tax profit almost halved to £142m, from £266m a year earlier.", False),
    ("After charges of £105m, pre-tax profit almost halved to £102m, from £266m a year earlier.", True),
])
def test_a_stated_change_against_its_own_endpoints(tmp_path: Path, sentence: str, flagged: bool) -> None:
    report = check(tmp_path, {"trade.md": ONE.format(sentence=sentence)})
    found = [c for c in report.conflicts if c.kind == "arithmetic-inconsistency"]
    assert bool(found) == flagged, found


@pytest.mark.parametrize(("sentence", "flagged"), [
    ("Forty-three of the 48 lots sold, about 95 percent, the auction house said.", True),
    ("Forty-three of the 48 lots sold, about 90 percent, the auction house said.", False),
    ("Only 57 of the 214 people who reported symptoms, or about 37 percent, have had lab tests.", True),
    ("Only 57 of the 214 people who reported symptoms, or about 27 percent, have had lab tests.", False),
    ("Ardley cancelled 412 flights, about 51 percent of the 1,004 flights scheduled.", True),
    ("Ardley cancelled 412 flights, about 41 percent of the 1,004 flights scheduled.", False),
    ("More than 400 of the roughly 1,000 flights scheduled for the day \u2014 about 60 percent \u2014 "
     "had been scrapped.", True),
    ("More than 400 of the roughly 1,000 flights scheduled for the day \u2014 about 42 percent \u2014 "
     "had been scrapped.", False),
    # "of the total" is the whole again
    ("Officers removed 11,842 of the 48,215 people deported, or 28 per cent of the total.", True),
    ("Officers removed 11,842 of the 48,215 people deported, or 24.6 per cent of the total.", False),
    # a share of something else than the whole, and a change, are not the part's share
    ("Nine of the 20 schools closed, and 60 percent of pupils stayed home.", False),
    ("Nine of the 20 schools closed, 60 percent of them in the north.", False),
    ("Sales of 412 units, up 12 percent, beat the 380 expected.", False),
    ("Management proposes to remove up to 420 posts, which the papers put at 8 per cent of its 3,800-strong "
     "workforce.", True),
    ("Management proposes to remove up to 420 posts, which the papers put at 11 per cent of its 3,800-strong "
     "workforce.", False),
    # (a lead the two figures give: 3,198,627 - 2,927,901 is 270,726; the margin check reads it too)
    ("Corvel had 3,198,627 votes to Solvan's 2,927,901, a lead of more than a quarter of a million votes.", False),
    ("Kallfjord had 7,210 waits of more than 12 hours of 58,900 attendances, roughly 12.5%.", False),
])
def test_a_stated_share_against_its_part_and_whole(tmp_path: Path, sentence: str, flagged: bool) -> None:
    report = check(tmp_path, {"trade.md": ONE.format(sentence=sentence)})
    found = [c for c in report.conflicts if c.kind == "arithmetic-inconsistency"]
    assert bool(found) == flagged, found
    if found:
        assert found[0].suggestion is not None and "implied" not in found[0].suggestion.value


SALE = """---
title: "Auction"
outlet: "{outlet}"
published: "2026-03-11"
---
The evening sale at Harcourt's in Lisbury on Tuesday raised {total} in all. {sentence}
"""


def test_a_share_its_own_article_contradicts_does_not_carry_the_suggestion(tmp_path: Path) -> None:
    report = check(tmp_path, {
        "wire.md": SALE.format(outlet="Wire", total="£112.6 million",
                               sentence="The auction house reported a sell-through rate of 89.6 percent by lot."),
        "ktv.md": SALE.format(outlet="KTV", total="£112.6 million",
                              sentence="Forty-three of the 48 lots sold, a sell-through rate of about 95 percent."),
        "trade.md": SALE.format(outlet="Trade", total="£112.57 million",
                                sentence="Harcourt's said its sell-through rate was 95.4 percent by lot."),
    })
    rate = [c for c in report.conflicts if c.kind == "percent-mismatch"]
    assert rate and rate[0].suggestion is not None
    # two outlets against one, but one of the two is contradicted by its own 43 of 48 (89.6%)
    assert rate[0].suggestion.value == "89.6%", rate[0].suggestion
    assert any("does not match its own figures" in r or "own figures give it" in r
               for r in rate[0].suggestion.rationale)


FIRE = """---
title: "Plant fire"
outlet: "{outlet}"
published: "{published}"
---
The fire at the Halbrook plant burned for {hours} before it was declared out, the fire service said.
"""


def test_how_long_a_finished_event_lasted_does_not_evolve(tmp_path: Path) -> None:
    report = check(tmp_path, {
        "courier.md": FIRE.format(outlet="Courier", published="2026-03-12", hours="about 19 hours"),
        "trade.md": FIRE.format(outlet="Trade", published="2026-03-30", hours="29 hours")})
    assert [(c.severity, sorted(s.value for s in c.sides)) for c in report.conflicts] == [
        ("error", ["29 hours", "about 19 hours"])]


def test_the_suggestion_for_a_misstated_change_is_the_change_its_endpoints_imply(tmp_path: Path) -> None:
    report = check(tmp_path, {"trade.md": ONE.format(
        sentence="The benchmark for large eggs climbed from $2.40 to $2.95 a dozen in October, a 27% jump.")})
    found = [c for c in report.conflicts if c.kind == "arithmetic-inconsistency"]
    assert found and found[0].suggestion is not None
    assert found[0].suggestion.value == "22.9%"  # the value alone: what an editor would record
    assert any("$2.40 -> $2.95" in r for r in found[0].suggestion.rationale)


def test_a_weekday_slip_is_settled_first_by_the_articles_dating_the_same_event(tmp_path: Path) -> None:
    # "Monday, August 2nd" (a Sunday): the fire's own articles give Sunday 2 August; three others
    # give Monday 3 August to another event of the week, and do not outvote them
    from reconcile.suggest import _weekday_suggestion

    text = ONE.format(sentence="The Pellham Creek fire began on Monday, August 2nd, officials said.")
    report = check(tmp_path, {"radio.md": text.replace("2026-03-12", "2026-08-05")})
    slip = next(c for c in report.conflicts if c.kind == "weekday-mismatch")
    sunday, monday = dt.date(2026, 8, 2), dt.date(2026, 8, 3)
    story = {sunday: frozenset({"wire", "journal"}), monday: frozenset({"wire", "journal", "post"})}
    fire = {sunday: frozenset({"wire", "journal"})}
    assert _weekday_suggestion(slip, story).value == "Monday, August 3, 2026"  # the week's days alone
    assert _weekday_suggestion(slip, story, fire).value == "August 2, 2026, a Sunday"
    # a fact that gives neither day leaves it to the story's days
    assert _weekday_suggestion(slip, story, {dt.date(2026, 7, 1): frozenset({"wire"})}).value == \
        "Monday, August 3, 2026"


@pytest.mark.parametrize(("other", "suggested"), [
    ("The balloon plunged into a field on March 14, police said.", "March 14, 2026, a Saturday"),
    ("The balloon plunged into a field on March 13, police said.", "Friday, March 13, 2026"),
    ("The balloon plunged into a field, police said.", "March 14, 2026, a Saturday"),
])
def test_a_weekday_slip_is_settled_by_the_days_other_articles_give(tmp_path: Path, other: str,
                                                                    suggested: str) -> None:
    wrong = ONE.format(sentence="The balloon plunged into a field early on Friday, March 14, police said.")
    report = check(tmp_path, {"trade.md": wrong.replace("2026-03-12", "2026-03-16"),
                              "wire.md": ONE.format(sentence=other).replace("2026-03-12", "2026-03-15")})
    found = [c for c in report.conflicts if c.kind == "weekday-mismatch"]
    assert len(found) == 1 and found[0].suggestion is not None
    assert found[0].suggestion.value == suggested
    if "March" not in other:
        assert found[0].suggestion.confidence == 0.5  # nothing settles it: even odds


@pytest.mark.parametrize(("sentence", "flagged"), [
    ("The balloon plunged into a field early on Friday, March 14, police said.", True),  # a Saturday
    ("The balloon plunged into a field early on Saturday, March 14, police said.", False),
    ("The crash on Thursday 13th March killed two.", True),  # a Friday
    ("The fire sparked on Friday, March 13th, crews said.", False),
    ("The fire sparked on Saturday, March 13th, crews said.", True),  # an ordinal after the month
    ("The vote, held on Sunday, March 8, reversed the result.", False),
    ("The bridge opened on Monday 14 March 2019.", True),  # a Thursday, the year written
    ("The bridge opened on Thursday 14 March 2019.", False),
    # three months ahead, the year is the nearest one all the same
    ("The regulator must decide by Friday 18 June whether to refer the deal.", True),  # a Thursday
    ("The regulator must decide by Thursday 18 June whether to refer the deal.", False),
    # a weekday beside no calendar date, or a day whose year is only inferred far from publication
    ("Investigators boarded the ship on Tuesday, a day after it struck the quay.", False),
    ("Crews will be there Saturday, Sunday and every day after that.", False),
    ("The station first opened on Monday, September 14, officials recalled.", False),
    # a date that dates no event the checker knows still has its weekday checked
    ("Tarrant said the turning point came after the first Test on Friday 13 March.", False),
    ("Tarrant said the turning point came after the first Test on Sunday 13 March.", True),
    # a day of the month said in words, as broadcasters say it (March 22, 2026 is a Sunday)
    ("Staff were told the cinema will close, with the last screening on Saturday the twenty-second of March.",
     True),
    ("Staff were told the cinema will close, with the last screening on Sunday the twenty-second of March.",
     False),
])
def test_a_weekday_against_its_date(tmp_path: Path, sentence: str, flagged: bool) -> None:
    text = ONE.format(sentence=sentence).replace("2026-03-12", "2026-03-16")
    report = check(tmp_path, {"trade.md": text})
    found = [c for c in report.conflicts if c.kind == "weekday-mismatch"]
    assert bool(found) == flagged, found
    for conflict in found:
        assert conflict.code == "RC202" and conflict.severity == "error"
        for side in conflict.sides:
            for ref in side.claims:
                assert text[ref.start:ref.end] == ref.quote  # provenance holds for the weekday too
                assert text.splitlines()[ref.line - 1][ref.column - 1:].startswith(ref.quote)


def direction_conflicts(tmp_path: Path, first: str, other: str, flagged: bool) -> list[Conflict]:
    """The direction contradictions between a wire sentence and another outlet's, checked for
    what every one of them must be (RC107, an error, each quote at its offsets)."""
    texts = {"wire": ONE.format(sentence=first), "radio": ONE.format(sentence=other).replace("Trade", "Radio")}
    report = check(tmp_path, {f"{name}.md": text for name, text in texts.items()})
    found = [c for c in report.conflicts if c.kind == "direction-mismatch"]
    assert len(found) == flagged, [(c.kind, [s.value for s in c.sides]) for c in report.conflicts]
    for conflict in found:
        assert conflict.code == "RC107" and conflict.severity == "error", conflict
        for side in conflict.sides:
            for ref in side.claims:
                assert texts[ref.source][ref.start:ref.end] == ref.quote
    return found


@pytest.mark.parametrize(("other", "flagged"), [
    ("Buses crossed at the Kessin crossing, 40km south of Dravo, on Thursday.", True),
    ("Buses crossed at the Kessin crossing, about 25 miles to the south-east of Dravo, on Thursday.", True),
    # 45 degrees apart is one direction written loosely; the same bearing agrees
    ("Buses crossed at the Kessin crossing, 40km north-west of Dravo, on Thursday.", False),
    ("Buses crossed at the Kessin crossing, 25 miles north of Dravo, on Thursday.", False),
    # another distance is another place, and another town is another reference point
    ("Buses crossed at a crossing 90km south of Dravo on Thursday.", False),
    ("Buses crossed at the Kessin crossing, 40km south of Orvan, on Thursday.", False),
])
def test_one_place_in_two_directions(tmp_path: Path, other: str, flagged: bool) -> None:
    first = "Buses crossed at the Kessin crossing, about 40km north of Dravo, on Thursday."
    for conflict in direction_conflicts(tmp_path, first, other, flagged):
        assert {s.value for s in conflict.sides} >= {"north of Dravo"}


@pytest.mark.parametrize(("other", "flagged"), [
    ("Nurses also walked out at Brindle Hospital, in the south of the city.", True),
    ("The walkout spread to Brindle, just west of the city centre.", True),  # 90 degrees apart
    ("The walkout spread to Brindle, on the city's north-western fringe.", False),  # 45 degrees apart
    ("Nurses also walked out at Brindle Hospital, in the north of the city.", False),
    # a place named as the point, against the city as an area: both may hold
    ("Nurses also walked out at Brindle, 3 miles south of Oakham.", False),
    # another place is another question, and so is a direction from a landmark
    ("Nurses also walked out at Fenton Hospital, in the south of the city.", False),
    ("Nurses also walked out at Brindle, just south of the ring road.", False),
])
def test_one_place_in_two_directions_with_no_distance(tmp_path: Path, other: str, flagged: bool) -> None:
    first = "Nurses picketed Brindle Hospital on the city's northern outskirts on Monday."
    for conflict in direction_conflicts(tmp_path, first, other, flagged):
        assert conflict.fact in ("where Brindle lies", "where Brindle Hospital lies")
        assert [s.value for s in conflict.sides][0] == "north"


def test_a_change_over_a_closed_period_does_not_move_between_reports(tmp_path: Path) -> None:
    # "has grown" reads as a tally that may move on, but a change from 2015 to 2025 is over
    tv = ONE.format(sentence="Traffic on the pass has doubled in ten years, according to the roads agency.")
    journal = ONE.format(sentence="Traffic on the pass has grown sharply: from 140,000 vehicles in 2015 to "
                                  "420,000 in 2025, according to roads agency counts.")
    report = check(tmp_path, {"tv.md": tv.replace("2026-03-12", "2026-08-15"),
                              "journal.md": journal.replace("2026-03-12", "2026-08-19")})
    found = [c for c in report.conflicts if c.kind == "percent-mismatch"]
    assert found and all(c.severity == "error" for c in found), [(c.kind, c.explanation) for c in report.conflicts]


@pytest.mark.parametrize(("other", "flagged"), [
    ("Crews reached Tarrow, on the south bank of the river, by noon.", True),
    ("Crews reached Tarrow, just south of the ring road, by noon.", False),  # another landmark
])
def test_directions_from_one_landmark_are_compared_and_from_two_are_not(tmp_path: Path, other: str,
                                                                        flagged: bool) -> None:
    direction_conflicts(tmp_path, "Crews reached Tarrow, north of the river, on Monday.", other, flagged)


@pytest.mark.parametrize(("other", "flagged"), [
    # one distance from one site, in directions 180 degrees apart, whatever other distance from
    # the site the fact holds
    ("The quake's epicentre lay 2.4 km north-east of the plant, under the village that sits 3 km "
     "north-east of the plant.", True),
    ("The quake's epicentre lay 2.4 km south of the plant.", False),  # 45 degrees apart
])
def test_one_distance_from_one_site_in_two_directions(tmp_path: Path, other: str, flagged: bool) -> None:
    direction_conflicts(tmp_path, "The quake's epicentre was 2.4 km south-west of the plant, the seismic service said.",
                        other, flagged)


@pytest.mark.parametrize(("other", "flagged"), [
    # the direction after the bracket that converts the distance ("12 miles (19km) south-east of")
    ("The sand comes from licensed area 512, roughly 12 miles (19km) south-east of Corran.", True),
    ("The sand comes from licensed area 512, roughly 12 miles (19km) north of Corran.", False),  # 45 degrees
])
def test_a_direction_after_a_converted_distance(tmp_path: Path, other: str, flagged: bool) -> None:
    direction_conflicts(tmp_path, "The sand is dredged from a seabed area about 19km north-east of Corran.", other,
                        flagged)


@pytest.mark.parametrize(("other", "flagged"), [
    # a zoo is a site distances are measured from, as a plant is
    ("She was recaptured under a garden shed in allotments about 1.2km north-east of the zoo.", True),
    ("She was recaptured under a garden shed in allotments about 1.2km south of the zoo.", False),
])
def test_a_distance_from_a_zoo_in_two_directions(tmp_path: Path, other: str, flagged: bool) -> None:
    direction_conflicts(tmp_path, "She was recaptured in the Fenwick Road allotments, 1.2km south-west of the zoo.",
                        other, flagged)


@pytest.mark.parametrize(("other", "flagged"), [
    # a site named by its noun with "was", and with a distance before the direction
    ("The ship was south-west of Skerrow Head, about forty miles out, on its way into port.", True),
    ("The ship was north of Skerrow Head, about forty miles out, on its way into port.", False),
])
def test_a_site_placed_by_was_and_a_distance(tmp_path: Path, other: str, flagged: bool) -> None:
    direction_conflicts(tmp_path, "The ship was about 38 nautical miles north-west of Skerrow Head at the time.",
                        other, flagged)


@pytest.mark.parametrize(("other", "flagged"), [
    # a site named by its noun right before the phrase that places it
    ("Ships wait at the docks for copper from the mine, north-east of Puerto Liren.", True),
    ("Ships wait at the docks for copper from the mine, south of Puerto Liren.", False),  # 45 degrees
])
def test_a_site_placed_by_the_phrase_right_after_it(tmp_path: Path, other: str, flagged: bool) -> None:
    direction_conflicts(tmp_path, "The mine is about 140 kilometres south-east of Puerto Liren.", other, flagged)


@pytest.mark.parametrize(("other", "flagged"), [
    # the place named right after the phrase that locates it, with "at"
    ("A big chunk of the money is going on a new reservoir north of Marston at Copley Fen.", True),
    ("A big chunk of the money is going on a new reservoir north of Marston at dawn.", False),
])
def test_a_place_named_after_the_phrase_that_locates_it(tmp_path: Path, other: str, flagged: bool) -> None:
    direction_conflicts(tmp_path, "The company will build a new reservoir at Copley Fen, east of Marston.", other,
                        flagged)


@pytest.mark.parametrize(("other", "flagged"), [
    # the head of two nouns after a name is its kind of site: "the Corran Hill quarry sidings"
    ("HALE: The train was left at the quarry sidings south of the town. Corran Hill is quiet now.", True),
    ("HALE: The train was left at the quarry sidings north of the town. Corran Hill is quiet now.", False),
])
def test_the_kind_of_a_named_site_is_the_head_of_its_nouns(tmp_path: Path, other: str, flagged: bool) -> None:
    direction_conflicts(tmp_path, "The train had been left at the Corran Hill quarry sidings north of the town "
                                  "during a crew change.", other, flagged)


@pytest.mark.parametrize(("first", "flagged"), [
    # "the station" is the one station the wire names, Dunmarsh Power Station; a place on the way
    # ("on the north bank of the estuary") stands between the site and its direction
    ("Dunmarsh Power Station closed on Friday. The 2,000-megawatt station, which stands on the north bank of "
     "the estuary about four miles east of Saltham, opened in 1967.", True),
    ("Harbour Power Station closed on Friday. The 2,000-megawatt station, which stands on the north bank of "
     "the estuary about four miles east of Saltham, opened in 1967.", False),
])
def test_a_site_named_by_its_noun_is_the_one_its_article_names(tmp_path: Path, first: str, flagged: bool) -> None:
    direction_conflicts(tmp_path, first, "Dunmarsh sits on the edge of the estuary, just west of Saltham.", flagged)


@pytest.mark.parametrize(("first", "flagged"), [
    # the site the wire names by its noun is the one its own text names: the Ravelin tannery
    ("Ravelin Group owns the works. The tannery, which sits on the north-eastern edge of Dunmore Bridge, "
     "shut on Friday.", True),
    ("Ravelin Group owns the works. The tannery sits on the southern fringe of Dunmore Bridge.", False),
    # a tannery the article never names may be another one
    ("The tannery, which sits on the north-eastern edge of Dunmore Bridge, shut on Friday.", False),
])
def test_a_site_named_by_its_noun_is_the_named_site_of_that_kind(tmp_path: Path, first: str,
                                                                  flagged: bool) -> None:
    direction_conflicts(tmp_path, first, "The source is the Ravelin tannery on the southern outskirts of "
                                         "Dunmore Bridge.", flagged)


@pytest.mark.parametrize(("other", "flagged"), [
    # a site brought in with "a" is placed as "the" one is: "a fissure on the ... flank of Mount Orrin"
    ("Lava poured from a fissure on the south-eastern flank of Mount Orrin overnight.", True),
    ("Lava poured from a fissure on the southern flank of Mount Orrin overnight.", False),  # 45 degrees
])
def test_a_site_brought_in_with_a_is_placed(tmp_path: Path, other: str, flagged: bool) -> None:
    direction_conflicts(tmp_path, "Geologists mapped the fissure on Orrin's south-western flank on Friday.", other,
                        flagged)


def test_a_place_with_two_nouns_of_its_own_is_still_placed(tmp_path: Path) -> None:
    direction_conflicts(tmp_path, "The fault began at Harwell Cross, an industrial estate north of Denmoor, on Monday.",
                        "Engineers traced it to the Harwell Cross data centre south of the city.", True)


def test_multiples_of_one_figure_of_one_thing_meet(tmp_path: Path) -> None:
    wire = ONE.format(sentence="The mine would produce 32,000 tonnes a year. That is nearly three times the 11,000 "
                               "tonnes in its previous application.")
    followup = ONE.format(sentence="The mine would cover 2,840 acres of the ridge and produce lithium every year "
                                   "\u2013 double the 11,000 tonnes Corvane sought in its previous application.")
    report = check(tmp_path, {"wire.md": wire, "followup.md": followup.replace("2026-03-12", "2026-04-02")})
    sides = [sorted(s.value for s in c.sides) for c in report.conflicts if c.severity == "error"]
    assert ["2 times", "nearly 3 times"] in sides, [(c.kind, [s.value for s in c.sides]) for c in report.conflicts]


def test_the_same_figure_in_another_frame_corroborates_a_side(tmp_path: Path) -> None:
    # the journal's £4.8m is held apart by its period, but it is the wire's figure written again:
    # one against one is no coin toss then
    files = {
        "wire.md": ONE.format(sentence="Environment minister Alasdair Penhale announced £4.8m for the Harrier "
                                       "Recovery Programme over five years.").replace("Trade", "Wire"),
        "tv.md": ONE.format(sentence="The government will spend three point eight million pounds on the Harrier "
                                     "Recovery Programme, the minister announced.").replace("Trade", "TV"),
        "journal.md": ONE.format(sentence="Government funding for the Harrier Recovery Programme is a new "
                                          "commitment of £4.8m over 2026-2031 including staff costs, the minister "
                                          "announced."),
    }
    report = check(tmp_path, files)
    (found,) = [c for c in report.conflicts if c.kind == "amount-mismatch"]
    assert {ref.source for side in found.sides for ref in side.claims} == {"wire", "tv"}  # the journal's is apart
    assert found.suggestion is not None and found.suggestion.value == "£4.8 million", found.suggestion
    assert any("journal gives the same figure" in r for r in found.suggestion.rationale), found.suggestion


def test_a_place_one_article_puts_in_two_directions_is_not_flagged(tmp_path: Path) -> None:
    # one source alone: two directions may be from two points it has in mind
    text = ONE.format(sentence="Brindle, in the north of the county, lies south of Oakham. "
                               "Brindle is in the south of the valley.")
    report = check(tmp_path, {"wire.md": text})
    assert not [c for c in report.conflicts if c.kind == "direction-mismatch"]


def test_a_run_of_rises_and_a_run_of_falls_are_two_runs(tmp_path: Path) -> None:
    files = {"wire.md": STARTS.format(outlet="Wire", published="2026-04-16",
                                      sentence="It was the third consecutive monthly increase in starts."),
             "radio.md": STARTS.format(outlet="Radio", published="2026-04-16",
                                       sentence="It was the second consecutive monthly decline in permits.")}
    report = check(tmp_path, files)
    assert not [c for c in report.conflicts if c.kind == "ordinal-mismatch"]


BANK = """---
title: "Bank fined"
outlet: "{outlet}"
published: "2026-03-10"
---
Ardent Bank, which {what}, was fined on Tuesday.
"""


@pytest.mark.parametrize(("wire", "radio", "kind"), [
    # five times apart or more: more likely two things linked than one figure misreported
    ("employs about 9,800 people", "employs around 640 people", "measure-difference"),
    # the same digits at two scales is a slip, and two units give no ratio to read
    ("has about 420,000 customers", "has more than 4.2 million customers", "count-mismatch"),
    ("owns offices of 1,200 square metres", "owns offices of nearly 13,000 sq ft", "count-mismatch"),
    # closer figures still contradict
    ("employs about 9,800 people", "employs around 6,400 people", "count-mismatch"),
])
def test_figures_far_apart_are_two_measures_unless_a_slip(tmp_path: Path, wire: str, radio: str, kind: str) -> None:
    report = check(tmp_path, {"wire.md": BANK.format(outlet="Wire", what=wire),
                              "radio.md": BANK.format(outlet="Radio", what=radio)})
    found = [c for c in report.conflicts if c.kind in ("measure-difference", "count-mismatch")]
    assert [c.kind for c in found] == [kind], [(c.kind, c.explanation) for c in report.conflicts]
    if kind == "measure-difference":
        assert found[0].severity == "warning" and "times apart" in (found[0].explanation or "")


@pytest.mark.parametrize(("gap", "flagged"), [
    ("the highest level in nearly five years", True),  # April 2021 to April 2022: not August 2022
    ("the highest level for five years", True),
    ("the highest level for four years", False),  # 3.7 years, said in round years
    ("the highest level in nearly four years", False),  # up to April 2023 back: August 2022 fits
    ("the highest level in more than three years", False),
    ("the highest level in more than a decade", True),
    ("the highest level for five years running", False),  # a run of years, not a gap back to the last
])
def test_a_record_reaching_back_a_span_dates_when_it_last_was_so(tmp_path: Path, gap: str, flagged: bool) -> None:
    # "the highest since August 2022" and "the highest ... in nearly five years" say when it last
    # was so: the span from publication gives a date to set against the other article's
    wire = ONE.format(sentence="Housing starts rose to 186,400 in March, the highest since August 2022.")
    radio = ONE.format(sentence=f"Starts came in at about 186,000, {gap}, the office said.")
    report = check(tmp_path, {"wire.md": wire.replace("2026-03-12", "2026-04-16"),
                              "radio.md": radio.replace("2026-03-12", "2026-04-17")})
    found = [c for c in report.conflicts if c.kind == "date-mismatch" and c.severity == "error"]
    assert bool(found) == flagged, found
    for conflict in found:
        quotes = {ref.quote for side in conflict.sides for ref in side.claims}
        assert "August 2022" in quotes and any(q in gap for q in quotes)
        assert conflict.suggestion is not None and conflict.suggestion.value == "August 2022"
        assert any("last so between" in (ref.derived or "") for side in conflict.sides for ref in side.claims)


@pytest.mark.parametrize(("verb", "flagged"), [
    ("has doubled since 2021", True),  # £15m to £47m is more than three times
    ("has more than tripled since 2021", False),
    ("has roughly tripled since 2021", False),
    ("has quadrupled since 2021", True),
    # the simple past, and a verb with the figure it grew to
    ("doubled after 2021", True),
    ("more than tripled after 2021", False),
    ("has doubled to £47m since 2021", True),
    ("has tripled to £47m since 2021", False),
])
def test_a_growth_verb_is_checked_against_the_ends_another_article_gives(tmp_path: Path, verb: str,
                                                                         flagged: bool) -> None:
    wire = ONE.format(sentence=f"The pension scheme's deficit {verb}, according to trustee documents.")
    journal = ONE.format(sentence="The scheme's deficit grew from £15m at the 2021 valuation to £47m at the "
                                  "2024 valuation, the trustees said.")
    report = check(tmp_path, {"wire.md": wire, "journal.md": journal.replace("2026-03-12", "2026-03-13")})
    found = [c for c in report.conflicts if c.severity == "error"
             and any(ref.source == "wire" for side in c.sides for ref in side.claims)]
    assert bool(found) == flagged, [(c.fact, [s.value for s in c.sides]) for c in report.conflicts]
    for conflict in found:
        wire_refs = [ref for side in conflict.sides for ref in side.claims if ref.source == "wire"]
        assert wire_refs[0].quote in verb and wire_refs[0].derived
        assert wire.find(wire_refs[0].quote) >= 0


@pytest.mark.parametrize(("sentence", "flagged"), [
    # a growth verb against the ends right after it
    ("At Saltmere, detentions doubled from four in 2024 to 12 last year.", True),
    ("Complaints tripled from 3,100 to 18,600.", True),
    ("Complaints tripled from 3,100 to 9,300.", False),
    # a figure against the multiple it is said to be of a base beside it
    ("The authority said it had received 18,600 complaints, triple the 3,100 it received in 2022.", True),
    ("The round's 8.4 GW doubled the 2.8 GW secured in last year's round.", True),
    ("The fine of £5.1 million is nearly three times the £1.8 million levied in 2025.", False),
    ("The round's 5.6 GW doubled the 2.8 GW secured in last year's round.", False),
    ("Shares traded on volume of about 14 million, roughly six times the 30-day average.", False),
])
def test_a_multiple_is_checked_against_the_figures_it_relates_in_its_sentence(tmp_path: Path, sentence: str,
                                                                            flagged: bool) -> None:
    report = check(tmp_path, {"wire.md": ONE.format(sentence=sentence)})
    found = [c for c in report.conflicts if c.kind == "arithmetic-inconsistency"]
    assert bool(found) == flagged, [(c.kind, [s.value for s in c.sides]) for c in report.conflicts]


def test_a_growth_verb_with_the_figures_that_bear_it_out_outweighs_a_bare_one(tmp_path: Path) -> None:
    journal = ONE.format(sentence="Traffic management costs have tripled from £42m to £126m, driven by the "
                                  "extended programme.")
    followup = ONE.format(sentence="The traffic management bill has doubled to £126m as the programme has "
                                   "stretched out.")
    report = check(tmp_path, {"journal.md": journal, "followup.md": followup.replace("2026-03-12", "2026-04-20")})
    (found,) = [c for c in report.conflicts if c.kind == "percent-mismatch"]
    assert found.suggestion is not None and found.suggestion.value == "200%", found.suggestion
    assert any("bear it out" in r for r in found.suggestion.rationale), found.suggestion


def test_a_growth_verb_of_one_subject_meets_the_ends_of_that_subject(tmp_path: Path) -> None:
    wire = ONE.format(sentence="An average of 50,300 vehicles crossed into the zone each weekday, down from "
                               "61,400 in January. Bus journeys were up 9%, the operator said, and cyclist "
                               "numbers on the Swing Bridge rose from 2,100 to 4,300 a day.")
    courier = ONE.format(sentence="The number of cyclists crossing the Swing Bridge has tripled to 4,300 a day.")
    report = check(tmp_path, {"wire.md": wire, "courier.md": courier.replace("2026-03-12", "2026-03-13")})
    errors = [c for c in report.conflicts if c.severity == "error"]
    # the cyclists' tripling against their own ends (2,100 to 4,300 is 105%), not the vehicles'
    assert [sorted(ref.quote for side in c.sides for ref in side.claims) for c in errors] == \
        [["2,100 to 4,300", "tripled"]], [(c.fact, [s.value for s in c.sides]) for c in report.conflicts]
    # two stated figures outweigh one article's loose verb: the change the ends give is suggested
    suggestion = errors[0].suggestion
    assert suggestion is not None and suggestion.value == "104.8%", suggestion
    assert any("implies it through another statement" in r for r in suggestion.rationale)


@pytest.mark.parametrize(("sentence", "implied"), [
    ("Norvania finished with nine golds, six silvers and five bronzes, 21 medals in all.", "20"),
    ("Twenty-five vehicles were trapped behind it - fourteen cars, six lorries, two vans and a coach.", "23"),
    ("The three biggest repayments - Feld's €87,350, Ms Albescu's €41,800 and Ostrova's €36,900 - come to "
     "more than €190,000 between them.", "€166,050"),
    ("The breakdown sets out £1.9m for the main, £0.8m for pipes and £0.6m for the road, a total of £3.6m.",
     "£3.3 million"),
    ("It puts the cost at £610m in the first year and £850m in the second, a total of £1.36bn.", "£1.46 billion"),
    ("It sold for a hammer price of £11.2m, plus £2.9m in buyer's premium, taking the total to £13.3m.",
     "£14.1 million"),
    # each part with the place it holds for
    ("Surveys show 786 homes flooded above floor level in Holmbridge and 326 in Saltley, bringing the total "
     "to 1,212.", "1,112"),
    # what each part is may take a clause: "48 were escorted down on foot, 29 were airlifted"
    ("Its report shows 146 people were rescued by crews and 62 made their own way out, a total of 218 people.",
     "208"),
    ("The plan shows 410 GWh at Brenna, 265 GWh at Skarvik and 180 GWh at Ostel, a combined shortfall of 955 GWh.",
     "855"),
    # words that say the parts are all of it let the last part run on ("vessel and weather costs")
    ("The £1.2bn overrun broke down into £520m on the export cables, £390m on bearings and £190m in vessel "
     "and weather costs.", "£1,100 million"),
    # a part after "while", a last part that is "the remaining" one
    ("Of the 1,241 deaths, 829 involved fentanyl, while 312 did not, the coroner said.", "1,141"),
    ("Of the £38.6m, £21.4m went into a bond he controlled, £9.7m was lent to a developer, and the remaining "
     "£9.5m was paid out as fees.", "£40.6 million"),
    # a whole the sentence opens with, against parts that come close to it
    ("Of the 21,400 bags caught up in the failure, 20,910 have now been returned to their owners and 410 "
     "remain unaccounted for, the airline said.", "21,320"),
    # parts and totals that agree, or are no parts of that total
    ("Norvania finished with nine golds, six silvers and five bronzes, 20 medals in all.", None),
    ("In all, 23 vehicles were trapped: 14 cars, six HGVs, two vans and one coach.", None),
    ("The case was brought by five petitioners: two ranching associations, two environmental groups and "
     "Dunmore County.", None),
    ("Phase one covered 27 of the district's 31 schools: 21 elementary schools and six middle schools.", None),
    ("The board postponed 4,870 appointments across the three sites and 612 operations, a total of 5,482.", None),
    ("Elementary (21 schools): 922 samples, 118 above the limit.", None),
    # a whole the sentence opens with may be left partly unaccounted for, or counted twice
    ("Of the 19 hikers in the Narrows, 11 were rescued, four walked out on their own and two were confirmed "
     "dead.", None),
    ("Of the 17 incidents, nine involved hired cranes and 11 occurred during lifting.", None),
    ("Of the 61 midwives, 44 have moved to Daleford, nine have taken jobs at other trusts and the rest have "
     "retired.", None),
    ("Of the 38 patients transferred, 29 have since been discharged, four have returned and four are still "
     "being treated elsewhere. The other, an 88-year-old man, died last week.", None),
    # a part of a part, a part counted for each of several, a list that carries on past a comma
    ("Of the 24 injured survivors, 21 have gone home and three remain in hospital, two of them in intensive "
     "care.", None),
    ("Ardmoria scored 13 tries on tour: three in the first Test, two in each of the second and third, and six "
     "against the Mariners.", None),
    ("The £18.4m breaks down as £11.2m for environmental remediation, £4.9m for track, signalling and wagon "
     "recovery and £2.3m for claims.", None),
])
def test_a_total_is_checked_against_the_parts_listed_with_it(tmp_path: Path, sentence: str,
                                                              implied: str | None) -> None:
    text = ONE.format(sentence=sentence)
    report = check(tmp_path, {"journal.md": text})
    sums = [c for c in report.conflicts if "|sum|" in c.fact_key]
    assert [c.suggestion.value for c in sums if c.suggestion] == ([implied] if implied else []), sums
    for conflict in sums:
        assert conflict.severity == "error" and conflict.kind == "arithmetic-inconsistency"
        for side in conflict.sides:
            for ref in side.claims:
                assert text[ref.start:ref.end] == ref.quote


def test_administrators_appointed_date_the_administration(tmp_path: Path) -> None:
    # the day administrators are appointed is the day a company goes into administration, so a
    # broadcaster's other weekday for "went into administration" contradicts the wire's
    wire = ONE.format(sentence="Two partners of a restructuring firm were appointed joint administrators on "
                               "Wednesday after the lender refused to extend its credit facility.")
    tv = ONE.format(sentence="The homeware chain went into administration on Thursday, and today the "
                             "closing-down signs went up.\n\nIt had appointed a new finance director on Monday.")
    report = check(tmp_path, {"wire.md": wire.replace("2026-03-12", "2026-02-05"),
                              "tv.md": tv.replace("2026-03-12", "2026-02-09")})
    found = [c for c in report.conflicts if c.kind == "date-mismatch" and c.severity == "error"]
    assert {frozenset(s.value for s in c.sides) for c in found} == {
        frozenset({"February 4, 2026", "February 5, 2026"})}, [(c.fact, [s.value for s in c.sides]) for c in found]


@pytest.mark.parametrize(("length", "flagged"), [
    ("twenty-seven feet seven inches", False),  # 8.407 m, read to the inch: 8.41 m
    ("27ft 7in", False),
    ("27 feet and 7 inches", False),
    ("twenty-eight feet seven inches", True),  # 8.71 m
    ("twenty-seven feet", True),  # 8.23 m: the inches are not dropped silently any more than added
])
def test_feet_and_inches_are_one_length(tmp_path: Path, length: str, flagged: bool) -> None:
    wire = ONE.format(sentence="Kasimir Olende won the men's long jump on Tuesday with a leap of 8.41 metres.")
    tv = ONE.format(sentence=f"Kasimir Olende won the men's long jump on Tuesday with a leap of {length}.")
    report = check(tmp_path, {"wire.md": wire, "tv.md": tv.replace("2026-03-12", "2026-03-13")})
    found = [c for c in report.conflicts if c.severity == "error" and c.kind == "count-mismatch"]
    assert bool(found) == flagged, [(c.fact, [s.value for s in c.sides]) for c in report.conflicts]
    quotes = [ref.quote for c in report.conflicts for side in c.sides for ref in side.claims if ref.source == "tv"]
    assert "7" not in quotes and "seven" not in quotes  # the inches are part of the length, no figure of their own


@pytest.mark.parametrize(("other", "flagged"), [
    ("Winners have ninety days to claim their money, the operator said.", True),
    ("Winners have 180 days to claim their money, the operator said.", False),
    # a length of time for another thing is another fact
    ("Retailers have ninety days to return unsold tickets, the operator said.", False),
])
def test_a_length_of_time_given_to_do_something_is_that_doings(tmp_path: Path, other: str, flagged: bool) -> None:
    report = wire_then_radio(tmp_path, "Players have 180 days to claim a prize, the Lumen operator said on Friday.",
                             other)
    errors = [c for c in report.conflicts if c.severity == "error"]
    assert bool(errors) == flagged, [(c.fact, [s.value for s in c.sides]) for c in report.conflicts]


def wire_then_radio(tmp_path: Path, wire: str, radio: str) -> Report:
    """The report on a wire story of one sentence and a radio piece of another, a day later."""
    return check(tmp_path, {"wire.md": ONE.format(sentence=wire),
                            "radio.md": ONE.format(sentence=radio).replace("2026-03-12", "2026-03-13")})


def test_a_figure_for_the_region_is_of_another_scope_than_one_with_none(tmp_path: Path) -> None:
    courier = ONE.format(sentence="Ambulance crews in the region waited an average of 47 minutes to hand over "
                                  "patients.")
    wire = ONE.format(sentence="Ambulance crews waited an average of 34 minutes to hand patients over.")
    report = check(tmp_path, {"courier.md": courier, "wire.md": wire.replace("2026-03-12", "2026-03-13")})
    judged = [c for c in report.conflicts if {"47 minutes", "34 minutes"} <= {s.value for s in c.sides}]
    assert [c.severity for c in judged] == ["warning"], [(c.fact, c.severity, c.explanation) for c in report.conflicts]
    assert "scope" in (judged[0].explanation or "")


@pytest.mark.parametrize(("sentence", "flagged"), [
    ("Snow depth on the plot was 210 cm on Friday, some 60 per cent above the seasonal average of 150 cm.", True),
    ("Snow depth on the plot was 210 cm on Friday, some 40 per cent above the seasonal average of 150 cm.", False),
    ("Snow depth on the plot was 210 cm on Friday, some 40 per cent below the seasonal average of 150 cm.", True),
    ("Sales reached 90,000 units, about 10% lower than last year's 100,000.", False),
])
def test_a_level_against_the_base_it_stands_above(tmp_path: Path, sentence: str, flagged: bool) -> None:
    report = check(tmp_path, {"wire.md": ONE.format(sentence=sentence)})
    found = [c for c in report.conflicts if c.code == "RC201"]
    assert bool(found) == flagged, [(c.code, c.fact, c.explanation) for c in report.conflicts]


@pytest.mark.parametrize(("said", "flagged"), [
    ("Introductory one-way fares start at ninety-eight euros, the airline says.", True),  # 89, read out as 98
    ("Introductory one-way fares start at eighty-nine euros, the airline says.", False),
])
def test_a_sum_said_in_words_is_read_for_its_digits(tmp_path: Path, said: str, flagged: bool) -> None:
    wire = ONE.format(sentence="Introductory one-way fares start at €89 in July, the airline said.")
    tv = ONE.format(sentence=said)
    report = check(tmp_path, {"wire.md": wire, "tv.md": tv.replace("2026-03-12", "2026-03-13")})
    slips = [c for c in report.conflicts if "another order" in (c.explanation or "")]
    assert bool(slips) == flagged, [(c.severity, c.fact, c.explanation) for c in report.conflicts]
    assert all(c.severity == "error" for c in slips)



def test_a_sum_whose_digits_slipped_joins_its_fact_before_a_nearer_figure(tmp_path: Path) -> None:
    # £6.4m is nearer the estimate of £6m than the record's £4.6m, but it is the record slipped
    wire = ONE.format(sentence="The painting carried a low estimate of £6m. It beat the artist's previous "
                               "auction record of £4.6m, set in New York in 2019.")
    journal = ONE.format(sentence="Calloway's had set a low estimate of £6m on the work. The previous record "
                                  "for the artist, set in 2019, was £4.6m.")
    tv = ONE.format(sentence="To put that in perspective, her previous best was six point four million pounds, "
                             "in New York, seven years ago.")
    report = check(tmp_path, {"wire.md": wire, "journal.md": journal.replace("2026-03-12", "2026-03-13"),
                              "tv.md": tv.replace("2026-03-12", "2026-03-14")})
    errors = [c for c in report.conflicts if c.severity == "error"]
    assert any({s.value for s in c.sides} >= {"£4,600,000", "£6.4 million"} for c in errors), \
        [(c.fact, [s.value for s in c.sides]) for c in report.conflicts]


@pytest.mark.parametrize(("said", "flagged"), [
    ("Parents still remember the nine days of walkouts last autumn.", True),
    ("Parents still remember the 11 days of walkouts last autumn.", False),
])
def test_the_days_of_an_event_count_that_event(tmp_path: Path, said: str, flagged: bool) -> None:
    report = wire_then_radio(tmp_path, "The dispute saw 11 days of strike action last autumn.", said)
    errors = [c for c in report.conflicts if c.severity == "error"]
    assert bool(errors) == flagged, [(c.severity, c.fact, c.explanation) for c in report.conflicts]


@pytest.mark.parametrize(("said", "flagged"), [
    ("The regulator found the three funds were mis-sold from January 2019 to June 2023.", True),
    ("The regulator found the three funds were mis-sold from January 2019 to June 2022.", False),
])
def test_a_span_that_is_also_a_figures_period_is_a_fact_of_its_own(tmp_path: Path, said: str,
                                                                    flagged: bool) -> None:
    # "between ... and ..." gives the period the three funds hold for, and is itself the misconduct's span
    report = wire_then_radio(tmp_path, "The regulator found the three funds were mis-sold between January 2019 "
                                       "and June 2022.", said)
    errors = [c for c in report.conflicts if c.severity == "error" and c.kind == "date-mismatch"]
    assert bool(errors) == flagged, [(c.severity, c.fact, [s.value for s in c.sides]) for c in report.conflicts]


def test_a_span_meets_spans_not_a_year_inside_it(tmp_path: Path) -> None:
    # "between 2019 and 2021" holds 2020 but is a span: a year inside it is another fact, and
    # a span only meets spans (which then agree or contradict end for end)
    from reconcile.link import link_facts
    from reconcile.pipeline import estimate_publication, extract_all, load_sources
    from reconcile.vocab import load_vocabulary

    (tmp_path / "wire.md").write_text(ONE.format(
        sentence="The coast line was closed by landslips between 2019 and 2021, the operator said."), encoding="utf-8")
    (tmp_path / "radio.md").write_text(ONE.format(
        sentence="The coast line was last closed by a landslip in 2020.").replace("2026-03-12", "2026-03-13"),
        encoding="utf-8")
    (tmp_path / "tv.md").write_text(ONE.format(
        sentence="The coast line was closed by landslips from 2019 to 2022.").replace("2026-03-12", "2026-03-14"),
        encoding="utf-8")
    settings = load_settings(tmp_path, cache=None)
    sources = estimate_publication(load_sources(settings, [tmp_path]))
    claims = [c for found in extract_all(settings, sources) for c in found]
    assert {c.display for c in claims} >= {"2019 to 2021", "2020", "2019 to 2022"}
    facts = link_facts(claims, load_vocabulary(settings.aliases, settings.events),
                       suggest_threshold=settings.suggest_threshold, confirm_threshold=settings.confirm_threshold,
                       published={s.id: s.published_value for s in sources})
    grouped = [sorted(c.display for c in f.claims) for f in facts]
    assert ["2019 to 2021", "2019 to 2022"] in grouped, grouped
    assert not any("2020" in g for g in grouped), grouped


def test_a_launch_year_is_a_fact_even_when_a_count_follows_it(tmp_path: Path) -> None:
    # "launched in 2022 with 900 bikes": 2022 is the count's period and the launch's date
    report = wire_then_radio(tmp_path, "Halverton's bike-share scheme launched in 2022 with 900 bikes.",
                             "Halverton, whose bike-share scheme launched in 2020, has 900 bikes.")
    dates = [c for c in report.conflicts if c.kind == "date-mismatch"]
    assert [{s.value for s in c.sides} for c in dates] == [{"2022", "2020"}], \
        [(c.fact, [s.value for s in c.sides]) for c in report.conflicts]


@pytest.mark.parametrize(("said", "flagged"), [
    ("The old record, when more than 2,100 people attended, was set nearly five years ago.", True),
    ("The old record, when more than 2,100 people attended, was set seven years ago.", False),
])
def test_years_counted_back_date_an_event_even_as_a_figures_period(tmp_path: Path, said: str,
                                                                   flagged: bool) -> None:
    # "nearly five years ago" is the period of the 2,100 and the date the record was set (2019)
    report = wire_then_radio(tmp_path, "The previous attendance record of 2,100 was set in 2019.", said)
    dates = [c for c in report.conflicts if c.kind == "date-mismatch" and c.severity == "error"]
    assert bool(dates) == flagged, [(c.severity, c.fact, [s.value for s in c.sides]) for c in report.conflicts]


@pytest.mark.parametrize(("said", "flagged"), [
    ("Parents remember when the mathematics paper leaked in 2021 and pupils sat it again.", True),
    ("Parents remember when the mathematics paper leaked in 2022 and pupils sat it again.", False),
])
def test_a_year_ending_an_event_subject_dates_the_event(tmp_path: Path, said: str, flagged: bool) -> None:
    # "in 2022" is the period of the 118,000 and the date of the leak the sentence opens with
    report = wire_then_radio(tmp_path, "A leak of the mathematics paper in 2022 forced about 118,000 students "
                                       "to re-sit.", said)
    dates = [c for c in report.conflicts if c.kind == "date-mismatch" and c.severity == "error"]
    assert bool(dates) == flagged, [(c.severity, c.fact, [s.value for s in c.sides]) for c in report.conflicts]


@pytest.mark.parametrize(("said", "flagged"), [
    ("I think the number of volunteers has doubled since twenty ten, which is the one truly good-news story "
     "in the report.", True),
    ("I think the number of volunteers has tripled since twenty ten, which is the one truly good-news story "
     "in the report.", False),
])
def test_a_growth_verb_names_its_subject_before_it(tmp_path: Path, said: str, flagged: bool) -> None:
    # "the number of volunteers has doubled": the verb is the figure, its subject the words before
    report = wire_then_radio(tmp_path, "The scheme relied on 4,860 volunteers in 2025, up from 1,610 in 2010.",
                             said)
    errors = [c for c in report.conflicts if c.severity == "error" and c.kind == "percent-mismatch"]
    assert bool(errors) == flagged, [(c.severity, c.fact, [s.value for s in c.sides]) for c in report.conflicts]


DAY = """---
title: "Data centre"
outlet: "{outlet}"
published: "{published}"
---
{sentence}
"""


def wire_and_tv(tmp_path: Path, wire: str, tv: str, *, day: str = "2026-05-12", tv_day: str | None = None) -> Report:
    """Check a wire story's sentence against a broadcaster's, both dated ``day`` unless ``tv_day``."""
    return check(tmp_path, {
        "wire.md": DAY.format(outlet="Wire", published=day, sentence=wire),
        "tv.md": DAY.format(outlet="TV", published=tv_day or day, sentence=tv),
    })


def seen(report: Report) -> list[tuple[str, list[str], str | None]]:
    """Every conflict as severity, side values and explanation, for an assertion's message."""
    return [(c.severity, [s.value for s in c.sides], c.explanation) for c in report.conflicts]


@pytest.mark.parametrize(("second_day", "severity"), [
    ("2026-07-22", "error"),  # a day apart: one present, one state of the campus
    ("2026-07-25", "warning"),  # days apart: the figure may have moved in between (a period)
])
def test_figures_given_as_current_a_day_apart_hold_for_one_present(tmp_path: Path, second_day: str,
                                                                    severity: str) -> None:
    report = wire_and_tv(
        tmp_path,
        "The Hollin campus, run by Corvane, currently runs 84 megawatts of computing load across two data halls.",
        "The Hollin campus, run by Corvane, has two big data halls drawing around forty-eight megawatts of power "
        "right now.", day="2026-07-21", tv_day=second_day)
    found = [c.severity for c in report.conflicts
             if {s.value for s in c.sides} >= {"84 megawatts", "around 48 megawatts"}]
    assert found == [severity], seen(report)


_SHIP = "The fire broke out when the ship was about 58 nautical miles south-west of Halvard Island."
_QUAKE = "The quake's epicentre was about 12 kilometres south-west of Kerrowdale, the service said."
_MUSEUM = ("The handover took place at the new Ombara Museum of Heritage, in the city's northern district of "
           "Kpale, on Wednesday.")
_JUNCTION = "Freight trains were halted at Fenwick Junction, about two miles north-east of Marrowby, on Monday."
_TRENCH = "The Serrat Trench, which lies north-west of the Corvina Islands, is one of the deepest places in the ocean."


@pytest.mark.parametrize(("first", "other", "flagged"), [
    # nautical miles are a length: one distance put in two directions from one named place
    (_SHIP, "The fire broke out when the ship was some 58 nautical miles north-east of Halvard Island.", True),
    (_SHIP, "The fire broke out when the ship was some 58 nautical miles south-west of Halvard Island.", False),
    # "the city" is the one town the fact's distances are measured from by name; a landmark is no town
    (_QUAKE, "The quake's epicentre was about twelve kilometres north-east of the city, the service said.", True),
    (_QUAKE, "The quake's epicentre was about twelve kilometres south-west of the city, the service said.", False),
    (_QUAKE, "The quake's epicentre was about twelve kilometres north-east of the border, the service said.", False),
    # "the city's northern district of ...": a direction of the city's own area, set off by a comma
    (_MUSEUM, "Their new home, the Ombara Museum of Heritage, stands in the south of the city, near the palace.",
     True),
    (_MUSEUM, "Their new home, the Ombara Museum of Heritage, stands in the north of the city, near the palace.",
     False),
    # "about twelve miles": a distance in words stands between a place and its direction too
    ("Fire crews reached Stannick, about twelve miles north of Wrenfield, at dawn.",
     "Fire crews reached Stannick, a village south of Wrenfield, at dawn.", True),
    # "south of the town" is measured from the story's town, the one another article names; a
    # landmark is another reference point
    (_JUNCTION, "Crews worked at Fenwick Junction, just south of the town, where the tanker came off the rails.",
     True),
    (_JUNCTION, "Crews worked at Fenwick Junction, just north of the town, where the tanker came off the rails.",
     False),
    (_JUNCTION, "Crews worked at Fenwick Junction, just south of the ring road, where the tanker came off the "
                "rails.", False),
    # "the trench" is the one trench the article names; an article that names two leaves it open
    ("Scientists spent 45 days over the Serrat Trench. The trench lies about 180 kilometres south-east of the "
     "Corvina Islands.", _TRENCH, True),
    ("Scientists spent 45 days over the Serrat Trench and the Lusk Trench. The trench lies about 180 kilometres "
     "south-east of the Corvina Islands.", _TRENCH, False),
])
def test_one_place_in_two_directions_in_other_words(tmp_path: Path, first: str, other: str, flagged: bool) -> None:
    direction_conflicts(tmp_path, first, other, flagged)


@pytest.mark.parametrize(("other", "severity"), [
    # a payment of a like size that says nothing of heads is the same per-head sum
    ("The company said it would pay £50 for households under the boil notice that kept their supply.", "error"),
    # a total over many heads is another measure
    ("The company said it would pay £3.6 million for households under the boil notice that kept their supply.",
     None),
])
def test_a_sum_per_head_against_one_that_says_nothing_of_heads(tmp_path: Path, other: str,
                                                               severity: str | None) -> None:
    report = wire_and_tv(
        tmp_path, "The company is paying £40 to each household under the boil notice that kept its supply.", other)
    found = [c for c in report.conflicts if "£40" in {s.value for s in c.sides}]
    assert [c.severity for c in found if c.severity == "error"] == ([severity] if severity else []), seen(report)


@pytest.mark.parametrize(("other", "severity"), [
    # a total against a figure of much the same size that says nothing of adding up: one measure
    ("The survey covers 652 species of bees, hoverflies and butterflies, the institute said.", "error"),
    # within a third of the total is still its size: a part would fall short of the whole by more
    ("The survey covers 780 species of bees, hoverflies and butterflies, the institute said.", "error"),
    ("The survey covers 480 species of bees, hoverflies and butterflies, the institute said.", "error"),
    # a figure far short of the total may be a part of it: a difference of measure
    ("The survey covers 268 species of bees, hoverflies and butterflies, the institute said.", "warning"),
])
def test_a_total_against_a_figure_of_its_size(tmp_path: Path, other: str, severity: str) -> None:
    report = wire_and_tv(
        tmp_path, "The survey covers bees, hoverflies and butterflies, 612 species in all, the institute said.", other)
    found = [c.severity for c in report.conflicts if "612" in {s.value for s in c.sides}]
    assert found == [severity], seen(report)


def test_a_hedged_side_is_suggested_as_the_sum_an_articles_parts_give(tmp_path: Path) -> None:
    report = check(tmp_path, {
        "journal.md": DAY.format(outlet="Journal", published="2026-03-10", sentence=(
            "The Meridian Star was carrying 1,742 passengers and 684 crew, 2,246 people in all, when the fire "
            "broke out.")),
        "wire.md": DAY.format(outlet="Wire", published="2026-03-10", sentence=(
            "The Meridian Star was carrying more than 2,400 people when the fire broke out.")),
    })
    (people,) = [c for c in report.conflicts if {s.value for s in c.sides} == {"2,246", "more than 2,400"}]
    assert people.suggestion is not None and people.suggestion.value == "2,426", people.suggestion
    assert any("1,742 + 684" in r for r in people.suggestion.rationale)


def test_the_time_gone_by_since_an_event_is_judged_whatever_verb_reports_it(tmp_path: Path) -> None:
    report = wire_and_tv(
        tmp_path, "The MA-127 engine had logged 11,240 hours since its last overhaul, Corvane said in a statement.",
        "According to technical records, the MA-127 engine had accumulated 11,420 hours since its last overhaul.",
        day="2026-03-10", tv_day="2026-03-11")
    found = [c.severity for c in report.conflicts if {s.value for s in c.sides} == {"11,240 hours", "11,420 hours"}]
    assert found == ["error"], seen(report)


def test_a_flank_facing_north_against_the_southern_flank(tmp_path: Path) -> None:
    direction_conflicts(tmp_path, "The Veskar Glacier lies on the north-facing flank of Mount Skarn, the survey said.",
                        "The Veskar Glacier, on the southern flank of Mount Skarn, lost 46 metres.", True)


def test_a_hedged_count_of_years_after_an_event_dates_that_event_to_the_month(tmp_path: Path) -> None:
    # the offset dates the verb its "after" opens ("lodged"), not the sentence's own ("comes"), and
    # "more than three years" before April 2026 is before May 2023: November 2023 does not fit
    report = wire_and_tv(
        tmp_path, "The application, lodged in November 2023, drew 1,412 letters of objection.",
        "The challenge comes more than three years after Brightwater Renewables first lodged its plans.",
        day="2026-04-07")
    found = [c.severity for c in report.conflicts if "November 2023" in {s.value for s in c.sides}]
    assert found == ["error"], seen(report)


@pytest.mark.parametrize(("born", "suggested"), [("1967", "58"), ("1976", "49")])
def test_a_stated_birth_year_settles_a_persons_ages_one_against_one(tmp_path: Path, born: str,
                                                                     suggested: str) -> None:
    report = check(tmp_path, {
        "wire.md": DAY.format(outlet="Wire", published="2026-01-20", sentence=(
            "Interior Minister Helena Voss, 58, announced the figures in Calvaria on Tuesday.")),
        "journal.md": DAY.format(outlet="Journal", published="2026-01-21", sentence=(
            f"Voss, born in {born} in the port of Sarn, has run the ministry since 2024.")),
        "followup.md": DAY.format(outlet="Followup", published="2026-02-02", sentence=(
            "Interior Minister Helena Voss said the 49-year-old minister would not resign.")),
    })
    (ages,) = [c for c in report.conflicts if {s.value for s in c.sides} == {"49", "58"}]
    assert ages.suggestion is not None and ages.suggestion.value == suggested, ages.suggestion
    assert any(f"birth year {born}" in r for r in ages.suggestion.rationale), ages.suggestion.rationale


@pytest.mark.parametrize(("born", "found"), [
    ("12 March 2002", True),  # 24 on 1 February 2026 means born by 1 February 2002
    ("12 January 2002", False),  # he turned 24 three weeks before
])
def test_an_age_on_a_known_day_dates_a_birth_to_the_day(tmp_path: Path, born: str, found: bool) -> None:
    # a year after "since" is when a record began, not when the age held
    report = wire_and_tv(
        tmp_path, "Mateo Ilves, 24, is the youngest men's champion here since 2009, organisers said.",
        f"The victory gave Mateo Ilves, born on {born} in Kelder, his second grand slam title.",
        day="2026-02-01", tv_day="2026-02-03")
    births = [c.severity for c in report.conflicts if c.kind == "date-mismatch"]
    assert births == (["error"] if found else []), seen(report)


def test_a_birth_window_ends_on_the_same_day_of_the_year() -> None:
    from reconcile.extract.frames import _birth_window
    window = _birth_window(dt.date(2024, 2, 29), 30, "published 2024-02-29")
    assert (window.earliest, window.latest) == (dt.date(1993, 3, 1), dt.date(1994, 2, 28))


@pytest.mark.parametrize("counted", ["It's six years on from his first world title", "It has been six years now since "
                                     "his first world title"])
def test_years_on_from_an_event_date_it_back_from_the_day_of_writing(tmp_path: Path, counted: str) -> None:
    report = wire_and_tv(
        tmp_path, "Ashdown, who won the world title in 2022, beat Kell in the final on Monday.",
        f"{counted}, and Ashdown told me he is a completely different player now.", day="2026-05-04")
    found = [c.severity for c in report.conflicts if {s.value for s in c.sides} == {"2020", "2022"}]
    assert found == ["error"], seen(report)


def test_an_age_before_a_title_and_a_name_is_that_persons(tmp_path: Path) -> None:
    # "lifeguard" is no listed person noun, but a name after it says whose age it is
    report = wire_and_tv(
        tmp_path, "Lifeguard Megan Tarrant, 27, helped lead the children out of the pool hall.",
        "Among those still being looked after is thirty-one-year-old lifeguard Megan Tarrant, who went back "
        "into the pool hall.", day="2026-06-13")
    found = [c.severity for c in report.conflicts if {s.value for s in c.sides} == {"27", "31"}]
    assert found == ["error"], seen(report)


def test_an_age_after_a_birth_clause_is_the_named_persons(tmp_path: Path) -> None:
    report = check(tmp_path, {
        "herald.md": DAY.format(outlet="Herald", published="2026-09-14", sentence=(
            "Ines Varga, 85, a retired seamstress, had lived on Calle Mirador all her life.")),
        "followup.md": DAY.format(outlet="Followup", published="2026-09-20", sentence=(
            "Among the dead is Ines Varga, a well-known figure in Caldo Bay. Varga, who was born in 1941, was 79 "
            "and had lived through Typhoon Merit.")),
    })
    (ages,) = [c for c in report.conflicts if {s.value for s in c.sides} == {"79", "85"}]
    assert ages.severity == "error" and ages.suggestion is not None and ages.suggestion.value == "85", seen(report)
    # the surname is the person its own article names in full, not another of that name
    (tmp_path / "quill").mkdir()
    report = check(tmp_path / "quill", {
        "wire.md": DAY.format(outlet="Wire", published="2026-04-15", sentence=(
            "Her son, Daniel Quill, 63, said the family was relieved by the ruling.")),
        "followup.md": DAY.format(outlet="Followup", published="2026-04-29", sentence=(
            "The carer of Margaret Quill has appealed. Quill, who was born in 1939, was 88 when she died.")),
    })
    assert not [c for c in report.conflicts if "daniel quill" in (c.explanation or "")], seen(report)


@pytest.mark.parametrize(("later", "severity"), [
    ("second", "error"),  # how many are known cannot fall between reports
    ("fourth", "warning"),  # one more found in between: a difference of time
])
def test_how_many_are_known_does_not_fall_between_reports(tmp_path: Path, later: str, severity: str) -> None:
    report = wire_and_tv(
        tmp_path, "Archaeologists said Copple Hill was the county's third known Roman villa, unveiled on Thursday.",
        f"Copple Hill is only the {later} Roman villa found in the county, the museum now says.",
        day="2026-04-24", tv_day="2026-05-12")
    value = {"second": "2", "fourth": "4"}[later]
    found = [c.severity for c in report.conflicts if {s.value for s in c.sides} == {"3", value}]
    assert found == [severity], seen(report)


def test_a_boundary_of_a_site_is_a_direction_from_it(tmp_path: Path) -> None:
    direction_conflicts(tmp_path, "Its jib came to rest on Corbel House, the six-storey office block immediately "
                        "west of the site, the council said.",
                        "Its jib landed across Corbel House, the office block on the site's eastern boundary.", True)


def test_a_figure_with_a_half_in_it_is_no_share(tmp_path: Path) -> None:
    # "five and a half per cent" is an offer like "a 4.5% rise", not a half of something judged
    # apart from the changes
    report = check(tmp_path, {
        "wire.md": DAY.format(outlet="Wire", published="2026-03-16", sentence=(
            "Drivers rejected Calderline's final offer, a 4.5% rise in the basic hourly rate, and walked out.")),
        "journal.md": DAY.format(outlet="Journal", published="2026-03-18", sentence=(
            "Calderline's final offer was a 4.5% rise in the basic hourly rate, which drivers rejected.")),
        "tv.md": DAY.format(outlet="TV", published="2026-03-16", sentence=(
            "Calderline has put an offer of five and a half per cent on the basic hourly rate on the table.")),
    })
    found = [c.severity for c in report.conflicts if {s.value for s in c.sides} == {"4.5%", "5.5%"}]
    assert "error" in found, seen(report)


def test_a_birth_with_its_place_before_the_year_is_no_period(tmp_path: Path) -> None:
    # "born at the Heyun base in 2015" dates a birth, not "two years older" after the semicolon
    report = wire_and_tv(
        tmp_path, "Mei Lan, who was born in 2013, is the zoo's only female panda, the zoo said.",
        "Mei Lan was born at the Heyun base in 2015; Jun Hao is two years older.", day="2026-08-09")
    found = [c.severity for c in report.conflicts if {s.value for s in c.sides} == {"2013", "2015"}]
    assert found == ["error"], seen(report)


@pytest.mark.parametrize("other", [
    "It was the most intense landfall on the island since Typhoon Merit in 1987, which made landfall 40km further "
    "west.",  # the record's event by name, then its year
    "Pemberra is counting its dead after Typhoon Sereno, the strongest storm to hit us in thirty-nine years.",
])
def test_a_record_since_a_named_event_meets_its_year(tmp_path: Path, other: str) -> None:
    report = wire_and_tv(
        tmp_path, "It was the strongest typhoon to hit Pemberra since Typhoon Merit in 1978, forecasters said.",
        other, day="2026-09-12")
    found = [c.severity for c in report.conflicts if "1978" in {s.value for s in c.sides}]
    assert found == ["error"], seen(report)


@pytest.mark.parametrize(("sentence", "flagged"), [
    ("Advance bookings fell from 12,400 to 8,700 room-nights, a drop of 42 per cent, the hoteliers said.", True),
    ("Daily use fell from 71,000 to 62,000 cubic metres a day, a fall of 29%, the utility said.", True),
    # an ISO currency code before each end
    ("The spot price jumped 21% in a fortnight, from NOK 78.40 to NOK 92.10, traders said.", True),
    # a change by an amount, against the difference of the ends (each allowed its rounding)
    ("The fund's assets fell from $52.3 billion to $48.6 billion, a decline of $4.7 billion over the year.", True),
    ("The fund's assets fell from $52.3 billion to $48.6 billion, a decline of $3.7 billion over the year.", False),
    # a level, then its change from a base: "X, up P% from Y"
    ("Corvane carried 1,312,000 passengers last month, up 12% on a year earlier from 1,140,000.", True),
    ("Corvane carried 1,312,000 passengers last month, up 15% on a year earlier from 1,140,000.", False),
    ("Underlying operating profit was £318m, down 16.7% from £341m.", True),
    # a level, the base it is set against, then the change: "X, against Y, a rise of P"
    ("Organisers reported 438,200 tickets sold, against 351,600 in Lisvard, a rise of 14 per cent.", True),
    ("Sales reached 5,600 units, compared with 4,000 a year earlier, an increase of 40%.", False),
    # an attribution between the level and "up from", and a dash before the change
    ("There were 41 knife offences last year, police figures show, up from 35 in 2024 — a rise of 12 percent.",
     True),
    ("There were 41 knife offences last year, police figures show, up from 35 in 2024 — a rise of 17 percent.",
     False),
    # what the ends count and a date before the change; a date between a level and "down"
    ("Leakage rose from 118 megalitres a day in 2023-24 to 131 megalitres a day in 2024-25, a rise of 17 per cent.",
     True),
    ("The six sites recorded 309 spills in 2025, down 41 per cent from the 446 recorded in 2024.", True),
    ("The six sites recorded 309 spills in 2025, down 31 per cent from the 446 recorded in 2024.", False),
    # "X, a P% increase on Y"
    ("CED data show 11.2 million tablets seized in calendar year 2025, a 41% increase on the 8.8 million seized in "
     "2024.", True),
    ("CED data show 11.2 million tablets seized in calendar year 2025, a 27% increase on the 8.8 million seized in "
     "2024.", False),
    # a change that is the subject of the verb moving the figure between its ends
    ("Under the deal, a 6.2% rise backdated to January 1 takes the basic rate from £14.20 to £15.28 an hour.", True),
    ("Under the deal, a 7.6% rise backdated to January 1 takes the basic rate from £14.20 to £15.28 an hour.", False),
    # a total, then the parts it is made up of
    ("Caldermoor's 112-strong workforce at the quay is made up of 78 permanent staff and 24 agency workers.", True),
    ("Caldermoor's 102-strong workforce at the quay is made up of 78 permanent staff and 24 agency workers.", False),
    # parts of a total that need not be all of it
    ("The company employs 1,200 people, 300 of them in Wales and 200 in Scotland.", False),
    # the level as the subject, then how far it stands above its base
    ("Sales of £8.4bn were 22% higher than the £7.1bn of a year earlier.", True),
    ("Sales of £8.4bn were 18% higher than the £7.1bn of a year earlier.", False),
    # points of change between rates given to the hundredth are read to the hundredth
    ("The average yield rose from 4.12% to 4.37%, an increase of 0.35 percentage points.", True),
    ("The average yield rose from 4.12% to 4.37%, an increase of 0.25 percentage points.", False),
    # another change after the endpoints is no statement of theirs
    ("Advance bookings fell from 12,400 to 8,700 room-nights, against a national fall of 42 per cent.", False),
])
def test_a_change_after_its_endpoints_and_what_they_count(tmp_path: Path, sentence: str, flagged: bool) -> None:
    report = check(tmp_path, {"wire.md": DAY.format(outlet="Wire", published="2026-07-25", sentence=sentence)})
    found = [c for c in report.conflicts if c.kind == "arithmetic-inconsistency"]
    assert bool(found) == flagged, seen(report)


def three_reports(tmp_path: Path, sentences: tuple[str, str, str], days: tuple[str, str, str]) -> Report:
    """Check three outlets' sentences, each dated its own day."""
    named = zip(("wire", "trade", "followup"), sentences, days, strict=True)
    return check(tmp_path, {f"{name}.md": DAY.format(outlet=name.title(), published=day, sentence=sentence)
                            for name, sentence, day in named})


@pytest.mark.parametrize(("last", "severity"), [
    # the staff count of the first report comes back in the last: the middle one is the odd one out
    ("Unison said 19 of the 86 staff affected had now been offered jobs with the trust.", "error"),
    # a day the sentence names for something else does not date the figure
    ("Unison said the 86 staff affected were told of the plan at meetings, the last of them on 9 March.", "error"),
    # a count that keeps rising between reports is a later state
    ("Unison said 19 of the 104 staff affected had now been offered jobs with the trust.", "warning"),
])
def test_a_figure_that_comes_back_to_an_earlier_report_is_no_later_state(tmp_path: Path, last: str,
                                                                         severity: str) -> None:
    report = three_reports(tmp_path, (
        "The council employs 86 staff at the three sites, it said.",
        "There are 96 staff across the three sites, the report says.",
        last), ("2026-01-27", "2026-02-26", "2026-03-12"))
    found = [c.severity for c in report.conflicts if "96" in {s.value for s in c.sides}]
    assert found == [severity], seen(report)


@pytest.mark.parametrize(("journal", "severity"), [
    # the later report's figures are each given for a day of their own
    ("The fire was 30 per cent contained on 17 January and 60 per cent on 19 January.", "warning"),
    # a day far from the figure in its sentence does not date it
    ("The fire, which reached the hills on 15 January after crossing the river and the forestry road, was 30 per "
     "cent contained at last count.", "error"),
])
def test_a_figure_a_later_report_gives_for_a_day_of_its_own_is_no_return(tmp_path: Path, journal: str,
                                                                          severity: str) -> None:
    days = {"advocate": "2026-01-17", "radio": "2026-01-19", "journal": "2026-01-30"}
    sentences = {"advocate": "By this morning the service said the fire was 30 per cent contained.",
                 "radio": "This morning the service says it's sixty per cent contained.", "journal": journal}
    report = check(tmp_path, {f"{name}.md": DAY.format(outlet=name.title(), published=days[name],
                                                        sentence=sentences[name]) for name in days})
    found = {c.severity for c in report.conflicts if {"30%", "60%"} <= {s.value for s in c.sides}}
    assert found == {severity}, seen(report)


def test_a_distance_by_road_and_one_as_the_crow_flies_are_two_measures(tmp_path: Path) -> None:
    report = wire_and_tv(
        tmp_path, "The getaway car was found burning near Stennick, 14 km by road from the branch.",
        "The getaway car was found burning about nine kilometres from the bank as the crow flies, out by Stennick.")
    found = [(c.severity, c.explanation) for c in report.conflicts if "14 km" in {s.value for s in c.sides}]
    assert [s for s, _ in found] == ["warning"] and "by_road" in (found[0][1] or ""), seen(report)


def test_a_run_is_no_place_by_size(tmp_path: Path) -> None:
    # "the third consecutive annual increase" and "the second year in a row" are one run; "the
    # second-largest export market" is a place by size, not a run
    report = three_reports(tmp_path, (
        "Removals rose to 48,215, the third consecutive annual increase, the department said.",
        "Removals climbed for the second year in a row, the department said.",
        "Meridia is Calvaria's second-largest export market, the ministry said."),
        ("2026-02-10", "2026-02-11", "2026-02-20"))
    runs = [c for c in report.conflicts if c.kind == "ordinal-mismatch"]
    assert runs and all("second-largest" not in r.quote for c in runs for s in c.sides for r in s.claims), seen(report)


@pytest.mark.parametrize(("tv", "severity"), [
    # a move at the close against one during the session: two measures
    ("Calloway's shares were up more than thirty per cent in early trading on Monday.", "warning"),
    # two moves that end at one price are one move, whatever session either names
    ("Calloway shares jumped 31 per cent to $71.40 on the news on Monday.", "error"),
])
def test_a_move_at_the_close_and_one_during_the_session(tmp_path: Path, tv: str, severity: str) -> None:
    report = wire_and_tv(tmp_path, "Calloway shares closed up 23% at $71.40 in New York on Monday.", tv,
                         day="2026-05-19")
    found = [c.severity for c in report.conflicts if "23%" in {s.value for s in c.sides}]
    assert found == [severity], seen(report)


@pytest.mark.parametrize(("other", "implied"), [
    # the ends another article gives for the same level reached, in other words: +204.8%, not a
    # doubling
    ("Leisure traffic at Westmoor rose from 210,000 in 2024 to 640,000 in 2025.", "204.8%"),
    # a change stated with that level and its base: +59%, not more than double
    ("Leisure traffic at Westmoor reached 640,000, up 59% from 402,500.", "59%"),
    # ends that do give a doubling agree
    ("Leisure traffic at Westmoor rose from 310,000 in 2024 to 640,000 in 2025.", None),
    # another level is another change
    ("Leisure traffic at Westmoor rose from 210,000 in 2024 to 630,000 in 2025.", None),
])
def test_a_growth_verb_against_another_articles_change_to_the_same_level(tmp_path: Path, other: str,
                                                                         implied: str | None) -> None:
    report = wire_and_tv(tmp_path, "Passengers on sun and charter routes doubled to 640,000 last year.", other)
    found = [c for c in report.conflicts if "80% to 124%" in {s.value for s in c.sides}]
    # one conflict, whichever way the two were tied (a link of one fact, or the level they share)
    assert [(c.severity, sorted(s.value for s in c.sides)) for c in found] == (
        [("error", sorted(["80% to 124%", implied]))] if implied else []), seen(report)


@pytest.mark.parametrize(("other", "error"), [
    # the same level reached from another base: 31%, not 13%
    ("Calder Pike reported underlying operating profit of £412m, down 31.0% from £597m.", True),
    # the same change from its base: agreement
    ("Calder Pike reported underlying operating profit of £412m, down 13.0% from £473.6m.", False),
])
def test_a_stated_change_against_another_articles_change_to_the_same_level(tmp_path: Path, other: str,
                                                                           error: bool) -> None:
    report = wire_and_tv(tmp_path, "Underlying operating profit at Calder Pike fell 13% to £412m in the year.", other)
    found = [c for c in report.conflicts if c.kind == "arithmetic-inconsistency"
             and {s.value for s in c.sides} & {"13%", "-13%"}]
    assert [(c.severity, len(c.sides)) for c in found] == ([("error", 2)] if error else []), seen(report)


def test_a_growth_verb_meets_the_level_after_a_span_of_its_own(tmp_path: Path) -> None:
    # "has doubled since 2010, to 33": the span between the verb and the level is the verb's
    report = wire_and_tv(tmp_path, "The number of frog species recorded in the reserve has doubled since 2010, to 33.",
                         "Survey teams found the count grew from 11 in 2010 to 33 this spring.")
    found = [c for c in report.conflicts if "80% to 124%" in {s.value for s in c.sides}]
    assert [(c.severity, sorted(s.value for s in c.sides)) for c in found] == [("error", ["200%", "80% to 124%"])], \
        seen(report)


@pytest.mark.parametrize(("wire", "base"), [
    # the figure another article gives before the rise is half the level, not a third of it
    ("The insurer Blackmere offered a EUR250,000 reward for information on Friday.", "EUR250,000"),
    # a third of it: the multiple fits
    ("The insurer Blackmere offered a EUR170,000 reward for information on Friday.", None),
    # no figure of the same thing below the level: nothing to check the multiple against
    ("The insurer Blackmere offered a reward for information on Friday, and police hired 250,000 extra hours.", None),
])
def test_a_growth_verb_against_another_articles_figure_before_the_rise(tmp_path: Path, wire: str,
                                                                       base: str | None) -> None:
    report = wire_and_tv(tmp_path, wire.replace("EUR", "\u20ac"),
                         "The insurer Blackmere on Wednesday tripled its reward to \u20ac500,000 for information.",
                         day="2026-05-08", tv_day="2026-05-13")
    found = [c for c in report.conflicts if "170% to 236%" in {s.value for s in c.sides}]
    assert [(c.severity, sorted(s.value for s in c.sides)) for c in found] == (
        [("error", sorted(["170% to 236%", base.replace("EUR", "\u20ac")]))] if base else []), seen(report)


@pytest.mark.parametrize("first", [
    "District officials put the first estimate for clearing the Lindau road at €1.8 million.",
    "District officials put the cost of clearing the Lindau road at €1.8 million.",
])
def test_a_figure_up_from_a_first_estimate_is_a_revision_not_an_estimate(tmp_path: Path, first: str) -> None:
    # "up from a first estimate": the estimate is the figure before, so the later figure is not
    # preliminary itself, and it differs from the first one as a revision does: in time
    report = wire_and_tv(
        tmp_path, first, "Officials this week put the cost of clearing the Lindau road at €2.3 million, up from a "
        "first estimate the week before.", day="2026-02-11", tv_day="2026-02-20")
    found = [c for c in report.conflicts if {"€1.8 million", "€2,300,000"} <= {s.value for s in c.sides}]
    assert [c.severity for c in found] == ["warning"], seen(report)
    assert "reported at different times" in (found[0].explanation or ""), seen(report)


@pytest.mark.parametrize(("later", "severity"), [
    # a count in a perfect up to a time of day is a tally: the later report may have moved on
    ("By last night 11 people had been treated in hospital after the grounding, officials said.", "warning"),
    # the same count with no such time is the same figure told otherwise
    ("Officials said 11 people were taken to hospital after the grounding.", "error"),
])
def test_a_count_by_a_time_of_day_is_a_tally(tmp_path: Path, later: str, severity: str) -> None:
    report = wire_and_tv(tmp_path, "Officials said nine people were taken to hospital after the grounding.", later,
                         day="2026-03-12", tv_day="2026-03-13")
    found = [c.severity for c in report.conflicts if {"9", "11"} <= {s.value for s in c.sides}]
    assert found == [severity], seen(report)


def test_a_tally_word_in_another_clause_leaves_a_slip_a_slip(tmp_path: Path) -> None:
    # "had so far paid out" makes the EUR6.4 million a tally, not the EUR8.9 million set aside in
    # the next clause: 9.8 and 8.9 are one figure's digits in another order
    report = wire_and_tv(
        tmp_path, "Skerrow Air said it had set aside €9.8 million for refunds and compensation.",
        "Skerrow Air said it had so far paid out €6.4 million in refunds, out of €8.9 million set aside for "
        "refunds and compensation.", day="2026-03-04", tv_day="2026-03-18")
    found = [c for c in report.conflicts if {"€9,800,000", "€8.9 million"} <= {s.value for s in c.sides}]
    assert [(c.severity, "digits in another order" in (c.explanation or "")) for c in found] == [("error", True)], \
        seen(report)


@pytest.mark.parametrize(("notice", "severity"), [
    # the article's own correction sets the two figures against each other: one given in error
    ("*Correction: A Meridian report on March 3 said premiums would rise by an average of 48%. The average "
     "rise is 38%.*", "error"),
    # a notice that a figure was updated owns up to no error: the difference stays a look-alike
    ("*Correction: An earlier report, based on initial figures, said premiums would rise by an average of "
     "48%. The average rise is 38%.*", "warning"),
    # the outlet's own dated report, named without the word "correction"
    ("In our report on March 3, we said premiums for high-risk homes would rise by an average of 48%. The "
     "average rise is 38%.", "error"),
])
def test_a_correction_that_withdraws_one_side_makes_a_look_alike_a_contradiction(
        tmp_path: Path, notice: str, severity: str) -> None:
    report = check(tmp_path, {
        "wire.md": DAY.format(outlet="Wire", published="2026-03-03", sentence=(
            "Premiums for high-risk homes will rise by an average of 48% at renewal, starting with policies "
            "renewing from 1 May.")),
        "followup.md": DAY.format(outlet="Followup", published="2026-04-02", sentence=(
            "The increases, which include an average rise of 38% for high-risk homes, will now apply from 1 July "
            "rather than from renewals in May.\n\n" + notice)),
    })
    found = {c.severity for c in report.conflicts if {s.value for s in c.sides} == {"48%", "38%"}}
    assert found == {severity}, seen(report)


def test_a_total_other_articles_give_is_suggested_over_the_sum_of_its_parts(tmp_path: Path) -> None:
    # the follow-up's parts miss the total the wire and the trade paper both give: a part is off
    followup = ONE.format(sentence="Among the 186 people evacuated from the stopped chairlift, 112 adults and 64 "
                                   "children, several have joined a group seeking compensation.")
    wire = ONE.format(sentence="Rescuers evacuated 186 people from the stopped chairlift at Orsaine on Saturday.")
    trade = ONE.format(sentence="Evacuation of the 186 people on the stopped chairlift took three hours.")
    report = check(tmp_path, {"followup.md": followup.replace("2026-03-12", "2026-03-20"),
                              "wire.md": wire, "trade.md": trade.replace("2026-03-12", "2026-03-13")})
    (total,) = [c for c in report.conflicts if "|sum|" in c.fact_key]
    assert total.suggestion is not None and total.suggestion.value == "186", total.suggestion
    assert "give the same total" in total.suggestion.rationale[0]


@pytest.mark.parametrize(("sentence", "implied"), [
    ("Halcyon scored 812 points out of a possible 1,000 to Corvane's 768, a margin of 54 points, the "
     "commission said.", "44"),
    ("The Social Democrats won 1,912 votes to 1,410, a majority of 520.", "502"),
    # a hedged margin the figures fall short of: 3,148,627 - 2,927,901 is 220,726
    ("Corvel had 3,148,627 votes to Solvan's 2,927,901, a lead of more than a quarter of a million votes.",
     "220,726"),
    # differences that hold, and a margin over figures it is not between
    ("Halcyon scored 812 points out of a possible 1,000 to Corvane's 768, a margin of 44 points.", None),
    ("The Social Democrats won 1,912 votes to 1,410, a majority of 502.", None),
    ("Turnout rose to 61,200 from 58,900, and the party's lead of 4,100 held.", None),
])
def test_a_difference_is_checked_against_the_two_figures_it_is_between(tmp_path: Path, sentence: str,
                                                                      implied: str | None) -> None:
    report = check(tmp_path, {"journal.md": ONE.format(sentence=sentence)})
    found = [c for c in report.conflicts if "|difference|" in c.fact_key]
    assert [c.suggestion.value for c in found if c.suggestion] == ([implied] if implied else []), found
    assert all(c.severity == "error" and c.kind == "arithmetic-inconsistency" for c in found)


@pytest.mark.parametrize(("sentence", "implied"), [
    # "That is down 22% on the 349": a change of the sentence before's subject
    ("Officers made 287 arrests in total: 96 on Sunday and 191 on Monday. That is down 22% on the 349 recorded "
     "in 2025.", "-17.8%"),
    ("Larkspur sold 41,200 tickets for 2025. That was down 18 percent on the 46,800 sold in 2024.", "-12%"),
    # a change that fits, a change of a paragraph before, and a figure of another size
    ("Officers made 287 arrests in total. That is down 18% on the 349 recorded in 2025.", None),
    ("Officers made 287 arrests in total.\n\nThat is down 22% on the 349 recorded in 2025.", None),
    ("Officers made arrests over two days. That is down 22% on the 349 recorded in 2025.", None),
])
def test_a_change_of_the_sentence_before_is_checked_against_its_base(tmp_path: Path, sentence: str,
                                                                    implied: str | None) -> None:
    report = check(tmp_path, {"journal.md": ONE.format(sentence=sentence)})
    found = [c for c in report.conflicts if c.kind == "arithmetic-inconsistency"]
    assert [c.suggestion.value for c in found if c.suggestion] == ([implied] if implied else []), found
