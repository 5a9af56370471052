"""The event vocabulary's word forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.vocab import _inflections, load_vocabulary


@pytest.mark.parametrize(("word", "forms", "not_forms"), [
    ("begin", {"begins", "beginning"}, set()),
    ("stop", {"stops", "stopped", "stopping"}, set()),
    ("close", {"closed", "closing", "closes"}, {"closeed"}),
    ("bury", {"buried", "buries"}, set()),
    # no doubling after two vowels, after w/x/y, or for a final vowel
    ("rain", {"rained", "raining"}, {"rainned"}),
    ("fix", {"fixed", "fixing"}, {"fixxed"}),
    ("cut off", {"cutting off", "cuts off"}, set()),
])
def test_inflections(word: str, forms: set[str], not_forms: set[str]) -> None:
    got = _inflections(word)
    assert forms <= got and not (not_forms & got)


def test_lasting_states_are_data_users_extend(tmp_path: Path) -> None:
    bundled = load_vocabulary(None, None)
    text = "About 96,000 customers were still without power. Some 400 are still queuing."
    assert bundled.lasting_state(text, 0, 48) and not bundled.lasting_state(text, 49, len(text))
    extra = tmp_path / "events.toml"
    extra.write_text('[states]\nafter_still = ["queuing"]\n', encoding="utf-8")
    extended = load_vocabulary(None, extra)
    assert extended.lasting_state(text, 49, len(text)) and extended.lasting_state(text, 0, 48)


@pytest.mark.parametrize(("text", "event"), [
    ("The installation entered service in 2003.", "begin"),  # a start, not a border crossing
    ("Migrants entered the country in 2003.", "cross"),
    ("The fraud came to light in August 2021.", "discover"),  # a discovery, dated like "uncovered"
    ("The 2027 race is to be held on Sunday 18 April.", "occur"),  # the day it happens, not a beginning
    ("Violence broke out on Tuesday.", "begin"),  # breaking out is beginning
])
def test_a_service_entry_is_a_beginning(text: str, event: str) -> None:
    found = load_vocabulary(None, None).find_events(text, 0, len(text))
    assert [name for _a, _b, name in found] == [event]


def test_an_average_as_a_verb_qualifies_its_figure() -> None:
    vocab = load_vocabulary(None, None)
    for text in ("He finished with 612 runs at an average of 68.00", "Pennick averaged 76.50 for the series"):
        assert vocab.qualifiers(text, 0, len(text)) == ("average",)


def test_the_verb_mean_is_no_average() -> None:
    vocab = load_vocabulary(None, None)
    text = "The latest cuts mean a drop of about 55 percent over the decade"
    assert vocab.qualifiers(text, 0, len(text)) == ()
    text = "The mean of the readings was 4.2 degrees"
    assert vocab.qualifiers(text, 0, len(text)) == ("average",)


def test_an_approval_is_one_decision_with_its_vote() -> None:
    vocab = load_vocabulary(None, None)
    text = "The board signed off the changes on Monday."
    (found,) = vocab.find_events(text, 0, len(text))
    assert found[2] == "approve" and vocab.canonical("approve") == vocab.canonical("vote")


@pytest.mark.parametrize("text", [
    "Eastmoor Fire and Rescue Service said the alarm was raised at 3:47 a.m.",
    "Its control room received the first automatic alarm at 2:47 a.m.",
])
def test_the_moment_help_was_called_is_an_alarm_not_money_raised(text: str) -> None:
    found = load_vocabulary(None, None).find_events(text, 0, len(text))
    assert "alarm" in [name for _a, _b, name in found] and "invest" not in [name for _a, _b, name in found]


def test_strike_days_are_industrial_action_not_an_earthquake() -> None:
    text = "The union has named three strike days in April."
    found = load_vocabulary(None, None).find_events(text, 0, len(text))
    assert [name for _a, _b, name in found] == ["strike_action"]


@pytest.mark.parametrize(("text", "found"), [
    ("The council confirmed the building was insured for 5.9 million", ()),  # a verb reporting a clause
    ("Officials reported 42 confirmed cases", ("confirmed",)),
    ("Twelve cases were confirmed on Monday", ("confirmed",)),
])
def test_confirmed_qualifies_a_figure_not_a_reported_clause(text: str, found: tuple[str, ...]) -> None:
    assert load_vocabulary(None, None).qualifiers(text, 0, len(text)) == found


def test_a_maximum_fine_is_a_limit_not_a_peak(tmp_path: Path) -> None:
    bundled = load_vocabulary(None, None)
    fine = "Polluting a drinking water source carries a maximum fine of five million euros"
    demand = "Demand reached a maximum of 3,100 megawatts"
    assert bundled.qualifiers(fine, 0, len(fine)) == ()
    assert bundled.qualifiers(demand, 0, len(demand)) == ("peak",)
    extra = tmp_path / "events.toml"
    extra.write_text('[nouns]\ncap = ["toll"]\n', encoding="utf-8")
    toll = "The bridge charges a maximum toll of 12 euros"
    assert load_vocabulary(None, extra).qualifiers(toll, 0, len(toll)) == ()
    assert bundled.qualifiers(toll, 0, len(toll)) == ("peak",)


@pytest.mark.parametrize(("text", "found"), [
    ("She will speak at 7pm on Cross Street.", []),  # a street's name, not a crossing
    ("Thousands cross the border each day.", ["cross"]),
    ("Board Votes To Cross Picket Line", ["cross"]),  # a title-case headline keeps its verbs
])
def test_an_event_word_that_begins_a_name_is_no_event(text: str, found: list[str]) -> None:
    vocab = load_vocabulary()
    assert [e[2] for e in vocab.find_events(text) if e[2] == "cross"] == found


def test_a_bare_toll_is_no_death() -> None:
    vocab = load_vocabulary()
    assert "kill" not in {e[2] for e in vocab.find_events("The car toll rises by 70p to £3.10.")}
    assert "kill" not in {e[2] for e in vocab.find_events("The bridge took £36.4 million in tolls.")}
    assert "kill" in {e[2] for e in vocab.find_events("The death toll rose to 41.")}


@pytest.mark.parametrize("text", [
    "The new fares will take effect on Sunday, March 1.",
    "The ban came into force in January.",
    "The higher rate kicks in from April 1.",
])
def test_a_rule_starting_to_apply_is_its_own_event(text: str) -> None:
    assert "take_effect" in {e[2] for e in load_vocabulary().find_events(text)}


def test_synonym_nouns_are_data_users_extend(tmp_path: Path) -> None:
    vocab = load_vocabulary()
    assert vocab.same_noun("exchange", "swaps") and vocab.same_noun("chicks", "young")
    assert vocab.same_noun("properties", "homes")
    assert not vocab.same_noun("jobs", "posts") and not vocab.same_noun("exchange", "exchange-rate")
    extra = tmp_path / "events.toml"
    extra.write_text('[synonyms]\nvessel = ["vessel", "boat"]\n', encoding="utf-8")
    assert load_vocabulary(events=extra).same_noun("boats", "vessel")


def test_synonym_nouns_score_as_one_noun_for_linking() -> None:
    from reconcile.extract import extract_claims
    from reconcile.ingest import published_interval
    from reconcile.link import pair_features
    from reconcile.models import Claim, Source

    vocab = load_vocabulary()

    def ordinal(source: str, text: str) -> Claim:
        src = Source(id=source, path=f"{source}.md", outlet=source, published="2026-03-19",
                     published_value=published_interval("2026-03-19"), text=text)
        return next(c for c in extract_claims(src, vocab) if c.kind == "ordinal")

    a = ordinal("wire", "It was the fourth exchange since the war began.")
    b = ordinal("tv", "This was the third swap since the fighting began.")
    features = pair_features(a, b, vocab)
    assert features["noun_sim"] == 1.0 and features["noun_head_same"] == 1.0


@pytest.mark.parametrize("text", [
    "It is the third-largest seizure of counterfeit euros in the country.",
    "Prosecutors called it the second-biggest haul of counterfeit euros anywhere.",
    "Customs officers confiscated 3.4 tonnes of ivory.",
    "Police seized 94,000 fake notes.",
])
def test_seizures_and_hauls_are_one_event(text: str) -> None:
    # the rank of one seizure told as a "haul" and as a "seizure" is one fact (beside the rank
    # word itself, which is a class of its own)
    found = load_vocabulary(None, None).find_events(text, 0, len(text))
    assert [name for _a, _b, name in found if name != "rank"] == ["seize"]
