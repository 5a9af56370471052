"""Suggested values: who is believed when one source stands against another."""

from __future__ import annotations

from reconcile.models import ClaimRef, Conflict, Side
from reconcile.suggest import learn_reliability, suggest_value
from reconcile.truth import SourceReliability, TruthResult


def _side(value: str, *sources: str) -> Side:
    claims = tuple(ClaimRef(id=f"clm_{s}_{value}", source=s, path=f"{s}.md", line=1, start=0, end=1, quote="x",
                            value={}) for s in sources)
    return Side(value=value, claims=claims, sources=tuple(sorted(sources)))


def _conflict(key: str, *sides: Side) -> Conflict:
    return Conflict(id=f"cfl_{key}", code="RC102", kind="count-mismatch", severity="error", fact=key,
                    fact_key=key, sides=sides)


def test_one_against_one_says_nothing_about_either_source() -> None:
    # The post loses 2 to 1 on the sample size. The release, which everyone quotes, stands one
    # to one against the post twice and against Health four times: being argued with must not
    # sink it below the source that lost the only vote.
    conflicts = [_conflict("sample", _side("12,400", "release", "health"), _side("14,200", "post"))]
    conflicts += [_conflict(f"post{k}", _side("a", "release"), _side("b", "post")) for k in range(2)]
    conflicts += [_conflict(f"health{k}", _side("a", "release"), _side("b", "health")) for k in range(4)]
    reliability = learn_reliability([], conflicts, {})
    accuracy = {s: r.accuracy for s, r in reliability.sources.items()}
    assert accuracy["release"] > accuracy["post"], accuracy
    assert accuracy["health"] > accuracy["post"], accuracy


def test_an_explained_difference_sinks_no_source_and_its_agreement_counts() -> None:
    # "8.4 million" (wire, review, diario) against "8.1 million" (post) in another year: a period
    # difference, so the post is not wrong; the three agreeing sources still confirm each other.
    warning = Conflict(id="cfl_pop", code="RC301", kind="period-difference", severity="warning", fact="pop",
                       fact_key="pop", sides=(_side("8.4m", "wire", "review", "diario"), _side("8.1m", "post")))
    reliability = learn_reliability([], [warning], {})
    assert "post" not in reliability.sources
    assert {"wire", "review", "diario"} <= set(reliability.sources)


def test_agreement_elsewhere_decides_one_against_one() -> None:
    agreed = [Conflict(id=f"cfl_{k}", code="RC301", kind="period-difference", severity="warning", fact=k,
                       fact_key=k, sides=(_side("x", "wire", "diario"), _side("y", "post")))
              for k in ("a", "b")]
    agreed.append(Conflict(id="cfl_c", code="RC301", kind="period-difference", severity="warning", fact="c",
                           fact_key="c", sides=(_side("x", "review", "diario"), _side("y", "post"))))
    one_on_one = _conflict("growth", _side("2.4%", "review"), _side("4.2%", "wire"))
    reliability = learn_reliability([], [*agreed, one_on_one], {})
    assert reliability.sources["wire"].accuracy > reliability.sources["review"].accuracy
    suggestion = suggest_value(one_on_one, None, {}, {}, reliability, [], False)
    assert suggestion is not None and suggestion.value == "4.2%"


def test_a_tie_goes_to_the_longer_confirmed_record() -> None:
    sources = {"review": SourceReliability("review", 0.9, 1), "wire": SourceReliability("wire", 0.9, 5)}
    reliability = TruthResult(items={}, sources=sources, iterations=1, converged=True)
    one_on_one = _conflict("growth", _side("2.4%", "review"), _side("4.2%", "wire"))
    suggestion = suggest_value(one_on_one, None, {}, {}, reliability, [], False)
    assert suggestion is not None and suggestion.value == "4.2%"  # not the alphabetically first
    assert any("longer confirmed record" in r for r in suggestion.rationale)



def test_reliabilities_a_few_thousandths_apart_are_announced_as_a_tie() -> None:
    sources = {"courier": SourceReliability("courier", 0.690, 4), "trade": SourceReliability("trade", 0.693, 4)}
    reliability = TruthResult(items={}, sources=sources, iterations=1, converged=True)
    one_on_one = _conflict("hours", _side("about 19 hours", "courier"), _side("29 hours", "trade"))
    suggestion = suggest_value(one_on_one, None, {}, {}, reliability, [], False)
    assert suggestion is not None
    assert suggestion.rationale[0] == "no side has more support than another: check the primary record"
    apart = {"courier": SourceReliability("courier", 0.60, 4), "trade": SourceReliability("trade", 0.90, 4)}
    suggestion = suggest_value(one_on_one, None, {}, {}, TruthResult(items={}, sources=apart, iterations=1,
                                                                      converged=True), [], False)
    assert suggestion is not None and suggestion.value == "29 hours"
    assert suggestion.rationale[0] != "no side has more support than another: check the primary record"


def test_a_syndicated_copy_that_disagrees_with_its_original_loses() -> None:
    from reconcile.ingest import published_interval
    from reconcile.models import Source
    from reconcile.suggest import copy_groups, syndication_originals

    shared = ("Former finance minister Ana Corvel held a narrow lead over the former mayor in the runoff on "
              "Monday, according to partial results from the electoral commission. ")
    wire = Source(id="wire", path="wire.md", outlet="Meridian Press Agency", published="2026-05-18",
                  published_value=published_interval("2026-05-18"), text=shared + "Corvel had 3,184,627 votes.")
    gazette = Source(id="gazette", path="gazette.md", outlet="The Montalva Gazette", published="2026-05-18",
                     text="By Lukas Brenner, Meridian Press Agency, with Gazette staff. " + shared
                     + "Corvel had 3,148,627 votes. In the capital, Solvan led by a wide margin.")
    groups = copy_groups([wire, gazette])
    assert groups["wire"] == groups["gazette"]
    # the copy credits the agency it came from; the agency's story is the original
    assert syndication_originals([wire, gazette], groups) == frozenset({"wire"})
    sources = {"gazette": SourceReliability("gazette", 0.664, 4), "wire": SourceReliability("wire", 0.653, 4)}
    reliability = TruthResult(items={}, sources=sources, iterations=1, converged=True)
    slip = _conflict("votes", _side("3,148,627", "gazette"), _side("3,184,627", "wire"))
    suggestion = suggest_value(slip, None, {}, groups, reliability, [], False, frozenset({"wire"}))
    assert suggestion is not None and suggestion.value == "3,184,627"
    assert any("original" in r for r in suggestion.rationale)
    # published a day apart, with no credit: the earlier one is the original
    later = Source(id="gazette", path="gazette.md", outlet="The Montalva Gazette", published="2026-05-19",
                   published_value=published_interval("2026-05-19"), text=shared + "Corvel had 3,148,627 votes.")
    assert syndication_originals([wire, later], copy_groups([wire, later])) == frozenset({"wire"})
    # nothing tells them apart: no original
    same = Source(id="gazette", path="gazette.md", outlet="The Montalva Gazette", published="2026-05-18",
                  published_value=published_interval("2026-05-18"), text=shared + "Corvel had 3,148,627 votes.")
    assert syndication_originals([wire, same], copy_groups([wire, same])) == frozenset()


def test_a_near_tie_goes_to_the_longer_record_not_the_higher_estimate() -> None:
    # .72 from one claim against .70 from eight: the estimates are no evidence apart; the longer
    # confirmed record is the surer source
    sources = {"trade": SourceReliability("trade", 0.72, 1), "courier": SourceReliability("courier", 0.70, 8)}
    reliability = TruthResult(items={}, sources=sources, iterations=1, converged=True)
    one_on_one = _conflict("bonus", _side("$30,000", "trade"), _side("$25,000", "courier"))
    suggestion = suggest_value(one_on_one, None, {}, {}, reliability, [], False)
    assert suggestion is not None and suggestion.value == "$25,000"
    assert suggestion.rationale[0] == "no side has more support than another: check the primary record"
    assert any("longer confirmed record" in r for r in suggestion.rationale)


def test_a_tie_goes_first_to_the_value_more_outlets_printed() -> None:
    # the wire and its syndicated copy (one group, one piece of evidence) against the trade: a
    # tie on evidence, which the outlets that printed the wire's figure break before the record
    sources = {"wire": SourceReliability("wire", 0.9, 2), "gazette": SourceReliability("gazette", 0.9, 2),
               "trade": SourceReliability("trade", 0.9, 9)}
    reliability = TruthResult(items={}, sources=sources, iterations=1, converged=True)
    groups = {"wire": "wire", "gazette": "wire"}
    tie = _conflict("year", _side("2019", "wire", "gazette"), _side("2018", "trade"))
    suggestion = suggest_value(tie, None, {}, groups, reliability, [], False)
    assert suggestion is not None and suggestion.value == "2019"
    assert suggestion.rationale[0] == "no side has more support than another: check the primary record"
    assert "more outlets printed 2019 (2 against 1)" in suggestion.rationale


def test_a_vague_figure_on_no_side_counts_as_agreeing() -> None:
    # "dozens" beside 47 and 74 fits both, so it is on neither side; the outlet that wrote it is
    # wrong about nothing, and its record says so
    from reconcile.link import Fact
    from reconcile.models import Claim, NumberValue

    def claim(source: str, value: NumberValue) -> Claim:
        return Claim(id=f"clm_{source}_{value.stated}", source=source, path=f"{source}.md", line=1, start=0, end=1,
                     quote="x", kind="count", value=value, display="x", sentence_start=0, sentence_end=1)

    exact = [claim(s, NumberValue(low=47, high=47, stated=47)) for s in ("wire", "trade")]
    other = claim("radio", NumberValue(low=70, high=78, stated=74, hedge="about"))
    dozens = [claim(s, NumberValue(low=24, high=144, stated=None, hedge="vague")) for s in ("gazette", "herald")]
    conflict = _conflict("fires", _side("47", "wire", "trade"), _side("about 74", "radio"))
    conflict = conflict.model_copy(update={"sides": tuple(
        side.model_copy(update={"claims": tuple(r.model_copy(update={"id": f"clm_{r.source}_{v}"})
                                                for r in side.claims)})
        for side, v in zip(conflict.sides, (47, 74), strict=True))})
    fact = Fact("fires", "fires", "count", (*exact, other, *dozens))
    reliability = learn_reliability([fact], [conflict], {})
    assert {"gazette", "herald"} <= set(reliability.sources)
    assert reliability.sources["gazette"].accuracy > reliability.sources["radio"].accuracy


def _said(value: str, source: str, sentence: str, quote: str) -> ClaimRef:
    start = sentence.index(quote)
    return ClaimRef(id=f"clm_{source}_{value}", source=source, path=f"{source}.md", line=1, start=start,
                    end=start + len(quote), quote=quote, value={}, display=quote, sentence=sentence)


def _sides(*claims: tuple[str, ClaimRef]) -> tuple[Side, ...]:
    by_value: dict[str, list[ClaimRef]] = {}
    for value, ref in claims:
        by_value.setdefault(value, []).append(ref)
    return tuple(Side(value=v, claims=tuple(refs), sources=tuple(sorted(r.source for r in refs)))
                 for v, refs in by_value.items())


def test_a_correction_outweighs_the_copies_of_the_report_it_corrects() -> None:
    # the wire and its copy say 1913; the follow-up's "1931, not 1913 as reported" corrects them
    wrong = "The blast started at a cast-iron main laid in 1913 beneath the lane."
    groups = {"wire": "wire", "courier": "wire"}
    conflict = _conflict("laid", *_sides(
        ("1913", _said("1913", "wire", wrong, "1913")), ("1913", _said("1913", "courier", wrong, "1913")),
        ("1931", _said("1931", "followup", "It was laid in 1931, not 1913 as reported by MPA.", "1931"))))
    suggestion = suggest_value(conflict, None, {}, groups, None, [], False)
    assert suggestion is not None and suggestion.value == "1931"
    assert suggestion.rationale[0].startswith("followup published a correction that gives it")
    # the same sentence without the contrast is no correction: the two outlets win the tie
    plain = _conflict("laid", *_sides(
        ("1913", _said("1913", "wire", wrong, "1913")), ("1913", _said("1913", "courier", wrong, "1913")),
        ("1931", _said("1931", "followup", "It was laid in 1931 beneath the lane.", "1931"))))
    suggestion = suggest_value(plain, None, {}, groups, None, [], False)
    assert suggestion is not None and suggestion.value == "1913"


def test_a_notice_withdraws_the_value_it_says_was_given_in_error() -> None:
    notice = "Correction: An earlier report, on 4 March, gave the number of cameras as 124."
    conflict = _conflict("cameras", *_sides(
        ("124", _said("124", "wire", "It is enforced by 124 cameras at 38 entry points.", "124")),
        ("124", _said("124", "followup", notice, "124")),
        ("142", _said("142", "followup", "The zone is enforced by 142 cameras.", "142"))))
    suggestion = suggest_value(conflict, None, {}, {}, None, [], False)
    assert suggestion is not None and suggestion.value == "142"
    assert suggestion.rationale[0].startswith("followup corrects an earlier report of 124")
    # the notice's own date and the date of the report it corrects are no values it gives or withdraws
    from reconcile.extract.corrections import quoted_correction_role as _correction
    dated = "Correction, 20 April 2026: An earlier version of this article said the race started at 9am."
    assert _correction(_said("2026-04-20", "followup", dated, "20 April 2026")) is None
    assert _correction(_said("2026-03-04", "followup", notice, "4 March")) is None
    turned = "Correction: An earlier report gave the wrong number of countries; the trial ran in 14 countries."
    assert _correction(_said("14", "followup", turned, "14")) == "gives"
    # news of something done wrongly is not a correction
    assert _correction(_said("13", "wire", "It found 13 ballots that had been wrongly set aside.", "13")) is None
    # another outlet's report of a value, set beside the article's own, is withdrawn by it; another
    # outlet's report alone is not
    other = "A Meridian Press story on May 19 gave the loss as $2.14 billion."
    assert _correction(_said("2.14", "followup", other, "$2.14 billion")) == "withdraws"
    said = "A Meridian Press story on May 19 said the fund would cut 300 jobs."
    assert _correction(_said("300", "followup", said, "300")) is None
    # a notice of several earlier reports, the article's own among them
    early = "Some early reports, including our own, gave the euro sum as €14,250; police confirmed it was €41,250."
    assert _correction(_said("14250", "followup", early, "€14,250")) == "withdraws"
    assert _correction(_said("41250", "followup", early, "€41,250")) == "gives"
    # the outlet's own dated report, its value "given as"; a report of its own on a subject is no notice
    own = "In our report on April 20, the premium was given as 48 per cent."
    assert _correction(_said("48", "followup", own, "48 per cent")) == "withdraws"
    subject = "Our report on flooding said 40 per cent of homes were at risk."
    assert _correction(_said("40", "followup", subject, "40 per cent")) is None


def test_a_looser_date_that_holds_two_sides_tips_neither() -> None:
    # "on Tuesday" (the 10th, trade) against "yesterday" (the 11th, radio); the follow-up's "just
    # over three weeks ago" reads as 9 to 12 March and holds both: it backs each by half, so the
    # tie stays a tie (decided by the record), where a whole vote would have tipped it
    import datetime as dt

    from reconcile.link import Fact
    from reconcile.models import Claim, DateValue

    def dated(cid: str, source: str, first: int, last: int) -> Claim:
        value = DateValue(earliest=dt.date(2026, 3, first), latest=dt.date(2026, 3, last),
                          precision="day" if first == last else "range")
        return Claim(id=cid, source=source, path=f"{source}.md", line=1, start=0, end=1, quote="x", kind="date",
                     value=value, display="x", sentence_start=0, sentence_end=1)

    claims = (dated("clm_t", "trade", 10, 10), dated("clm_r", "radio", 11, 11), dated("clm_f", "followup", 9, 12))

    def ref(c: Claim) -> ClaimRef:
        return ClaimRef(id=c.id, source=c.source, path=c.path, line=1, start=0, end=1, quote="x", value={})

    conflict = Conflict(id="cfl_d", code="RC101", kind="date-mismatch", severity="error", fact="d", fact_key="d",
                        sides=(Side(value="March 10, 2026", claims=(ref(claims[0]),), sources=("trade",)),
                               Side(value="March 11, 2026", claims=(ref(claims[1]), ref(claims[2])),
                                    sources=("followup", "radio"))))
    sources = {"trade": SourceReliability("trade", 0.8, 9), "radio": SourceReliability("radio", 0.8, 2),
               "followup": SourceReliability("followup", 0.8, 2)}
    reliability = TruthResult(items={}, sources=sources, iterations=1, converged=True)
    suggestion = suggest_value(conflict, Fact("d", "d", "date", claims), {}, {}, reliability, [], False)
    assert suggestion is not None and suggestion.value == "March 10, 2026", suggestion
    assert suggestion.rationale[0] == "no side has more support than another: check the primary record"


def test_a_date_tie_goes_to_the_date_read_off_the_page() -> None:
    # "Wednesday's decision" in Friday's paper against "Since the April 16 decision": a weekday
    # two days back leans on the writer's counting; the date in figures is read off the page.
    # A weekday naming the day the article appeared ("jailed on Thursday" in Thursday's paper) is
    # as good as figures, and the tie then goes to the longer record.
    import datetime as dt

    from reconcile.models import Source

    def day_ref(cid: str, source: str, quote: str, day: str) -> ClaimRef:
        return ClaimRef(id=cid, source=source, path=f"{source}.md", line=1, start=0, end=1, quote=quote,
                        value={"earliest": day, "latest": day}, derived=f'"{quote}" resolved against published')

    def paper(sid: str, day: str) -> Source:
        d = dt.date.fromisoformat(day)
        from reconcile.models import DateValue
        return Source(id=sid, path=f"{sid}.md", text="x", published=day,
                      published_value=DateValue(earliest=d, latest=d, precision="day"))

    def decide(weekday_paper: str) -> str:
        sides = (Side(value="April 15, 2026", claims=(day_ref("c1", "desk", "Wednesday", "2026-04-15"),),
                      sources=("desk",)),
                 Side(value="April 16, 2026", claims=(day_ref("c2", "monitor", "April 16", "2026-04-16"),),
                      sources=("monitor",)))
        conflict = Conflict(id="cfl_d", code="RC101", kind="date-mismatch", severity="error", fact="d",
                            fact_key="d", sides=sides)
        reliability = TruthResult(items={}, sources={"desk": SourceReliability("desk", 0.8, 9),
                                                     "monitor": SourceReliability("monitor", 0.8, 2)},
                                  iterations=1, converged=True)
        sources = {"desk": paper("desk", weekday_paper), "monitor": paper("monitor", "2026-05-29")}
        suggestion = suggest_value(conflict, None, sources, {}, reliability, [], False)
        assert suggestion is not None
        return suggestion.value

    assert decide("2026-04-17") == "April 16, 2026"  # the weekday is two days back
    assert decide("2026-04-15") == "April 15, 2026"  # the day it was written: the longer record decides


def test_birth_years_ages_imply_teach_no_source_a_second_time() -> None:
    # "Harold Penrose, 71," in two articles implies one birth year: the ages already stand for
    # their articles, so the years they imply add nothing, agreeing or against a stated year
    import datetime as dt

    from reconcile.link import Fact
    from reconcile.models import Claim, DateValue

    def born(source: str, year: int, derived: str | None) -> Claim:
        value = DateValue(earliest=dt.date(year, 4, 14), latest=dt.date(year + 1, 4, 13), precision="day")
        return Claim(id=f"clm_{source}_{year}", source=source, path=f"{source}.md", line=1, start=0, end=1,
                     quote="71", kind="date", value=value, display="x", sentence_start=0, sentence_end=1,
                     event="born", derived=derived)

    implied = [born(s, 1954, "age 71") for s in ("wire", "courier")]
    agreeing = Fact("date|born|name:harold penrose|-", "born", "date", tuple(implied))
    reliability = learn_reliability([agreeing], [], {})
    assert not reliability.sources
    worked_out = _side("1954", "wire", "courier")
    worked_out = worked_out.model_copy(update={"claims": tuple(
        r.model_copy(update={"derived": "age 71"}) for r in worked_out.claims)})
    against = Conflict(id="cfl_born", code="RC101", kind="date-mismatch", severity="error", fact="born",
                       fact_key="date|born|name:harold penrose|-", sides=(_side("1947", "followup"), worked_out))
    assert not learn_reliability([], [against], {}).sources
