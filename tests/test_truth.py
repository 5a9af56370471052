"""Unit tests of the truth-discovery engine on small hand-made examples."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.tabular import number_similarity, time_similarity
from reconcile.truth import TruthClaim, TruthSettings, attribute_of, discover, trailing_zeros


def claims_of(rows: list[tuple[str, object, object]]) -> list[TruthClaim]:
    return [TruthClaim(s, i, v) for s, i, v in rows]


def test_majority_wins_without_other_evidence() -> None:
    result = discover(claims_of([("a", "x", 1), ("b", "x", 1), ("c", "x", 2)]))
    assert result.best("x") == 1
    belief = result.items["x"]
    assert belief.best.sources == ("a", "b")
    assert belief.against(1) == ("c",)
    assert belief.values[0].confidence > belief.values[1].confidence


def test_reliable_minority_wins_after_iterations() -> None:
    # "good" agrees with the majority on ten items where "b" and "c" err independently;
    # on item "z" the two unreliable sources agree on a wrong value against "good" + "d".
    rows: list[tuple[str, object, object]] = []
    for k in range(10):
        item = f"i{k}"
        rows += [("good", item, 1), ("d", item, 1), ("e", item, 1)]
        rows += [("b", item, 100 + k), ("c", item, 200 + k)]
    rows += [("good", "z", "right"), ("b", "z", "wrong"), ("c", "z", "wrong")]
    result = discover(claims_of(rows), settings=TruthSettings(detect_copies=False))
    assert result.best("z") == "right"
    assert result.sources["good"].accuracy > result.sources["b"].accuracy
    one_pass = discover(claims_of(rows), iterations=1, settings=TruthSettings(
        detect_copies=False, sharpness=1.0, leave_one_out=False))
    assert one_pass.best("z") == "wrong"  # a plain vote gets it wrong


def test_similar_values_support_each_other() -> None:
    # three sources say 18:00; eight say times within two minutes of 12:06
    near = ["12:05", "12:07", "12:06", "12:06", "12:04", "12:05", "12:07", "12:08"]
    rows = [(f"n{k}", ("f", "dep"), t) for k, t in enumerate(near)]
    rows += [("d", ("f", "dep"), "18:00"), ("e", ("f", "dep"), "18:00"),
             ("e2", ("f", "dep"), "18:00")]
    plain = discover(claims_of(rows))
    assert plain.best(("f", "dep")) == "18:00"
    similar = discover(claims_of(rows), similarity={"dep": time_similarity})
    assert similar.best(("f", "dep")) == "12:06"


def test_number_similarity_kernel() -> None:
    assert number_similarity(1583, 1600) > 0.7
    assert number_similarity(1583, 3000) == 0.0
    assert time_similarity("12:05", "12:07") > time_similarity("12:05", "12:09") > 0


def test_hierarchy_granular_value_supports_ancestor() -> None:
    hierarchy = {"minneapolis": "minnesota", "minnesota": "usa", "chicago": "illinois",
                 "illinois": "usa"}
    rows = [("a", "p", "minneapolis"), ("b", "p", "minnesota"), ("c", "p", "chicago")]
    result = discover(claims_of(rows), hierarchy=hierarchy)
    belief = result.items["p"]
    by_value = {v.value: v for v in belief.values}
    # the ancestor's claim backs the granular value, so it beats the lone "chicago"
    assert belief.best.value in ("minneapolis", "minnesota")
    assert by_value["minneapolis"].confidence > by_value["chicago"].confidence
    assert by_value["minnesota"].generalized >= by_value["minneapolis"].confidence
    assert by_value["minnesota"].generalized > by_value["chicago"].generalized


def test_hierarchy_with_several_parents() -> None:
    hierarchy = {"hamilton": ("ontario", "scotland"), "ontario": "canada"}
    rows = [("a", "p", "hamilton"), ("b", "p", "canada"), ("c", "p", "texas")]
    result = discover(claims_of(rows), hierarchy=hierarchy)
    by_value = {v.value: v for v in result.items["p"].values}
    assert result.best("p") in ("hamilton", "canada")
    assert by_value["canada"].generalized >= by_value["hamilton"].confidence
    assert by_value["hamilton"].confidence > by_value["texas"].confidence


def test_copies_are_discounted() -> None:
    rows: list[tuple[str, object, object]] = []
    # An original and two copiers share the original's errors (odd items); four independent
    # sources make their own, different errors. Plain voting follows the three on item "t".
    for k in range(40):
        item = f"i{k}"
        cluster_value = -k if k % 2 else k
        for s in ("orig", "copy1", "copy2"):
            rows.append((s, item, cluster_value))
        for n, s in enumerate(("x", "y", "z", "w")):
            rows.append((s, item, 1000 * (n + 1) + k if k % 10 == n else k))
    rows += [("orig", "t", "F"), ("copy1", "t", "F"), ("copy2", "t", "F")]
    rows += [("x", "t", "T"), ("y", "t", "T")]
    copy_settings = TruthSettings(copy_min_shared=10, copy_discount=1.0)
    result = discover(claims_of(rows), settings=copy_settings)
    assert {"copy1", "copy2"} <= set(result.sources["orig"].copies)
    assert "x" not in result.sources["orig"].copies
    assert result.best("t") == "T"
    no_copy = discover(claims_of(rows), settings=TruthSettings(detect_copies=False))
    assert result.items["t"].best.confidence >= no_copy.items["t"].best.confidence
    assert any(a == "copy1" or b == "copy1" for a, b, _ in result.copy_pairs)


def test_known_copies_and_prior_pin_values() -> None:
    rows = [("a", "x", 1), ("b", "x", 1), ("c", "x", 2)]
    pinned = discover(claims_of(rows), prior={"x": 2})
    assert pinned.best("x") == 2
    assert pinned.items["x"].best.confidence == 1.0
    unclaimed = discover(claims_of(rows), prior={"x": 3})
    assert unclaimed.best("x") == 3
    assert unclaimed.items["x"].best.sources == ()
    known = discover(claims_of(rows), copies={("b", "a"): 1.0})
    assert "a" in known.sources["b"].copies


def test_per_attribute_reliability() -> None:
    rows = [("a", ("o", "t"), 1), ("b", ("o", "t"), 1), ("a", ("o", "g"), "x")]
    result = discover(claims_of(rows))  # reliability is kept per attribute by default
    assert dict(result.sources["a"].by_attribute).keys() == {"t", "g"}
    assert attribute_of(("o", "t")) == "t"
    assert attribute_of("plain") == ""


def test_deterministic_under_permutation() -> None:
    rows: list[tuple[str, object, object]] = []
    rng = random.Random(7)
    for k in range(30):
        for s in "abcdef":
            rows.append((s, ("obj", str(k)), rng.choice([1, 2, 3])))
    first = discover(claims_of(rows))
    shuffled = list(rows)
    rng.shuffle(shuffled)
    second = discover(claims_of(shuffled))
    assert first.items == second.items
    assert first.sources == second.sources
    assert list(first.items) == list(second.items)


claim_rows = st.lists(
    st.tuples(
        st.sampled_from(["s1", "s2", "s3", "s4", "s5"]),
        st.sampled_from(["i1", "i2", "i3"]),
        st.integers(min_value=0, max_value=4),
    ),
    min_size=1,
    max_size=40,
)


@given(rows=claim_rows, seed=st.integers(min_value=0, max_value=10_000))
@settings(max_examples=60, deadline=None)
def test_property_order_free_and_bounded(rows: list[tuple[str, str, int]], seed: int) -> None:
    result = discover(claims_of(list(rows)))
    shuffled = list(rows)
    random.Random(seed).shuffle(shuffled)
    again = discover(claims_of(shuffled))
    assert result.items == again.items
    for belief in result.items.values():
        total = 0.0
        for value in belief.values:
            assert 0.0 <= value.confidence <= 1.0
            assert 0.0 <= value.generalized <= 1.0
            total += value.confidence
        assert total <= 1.0 + 1e-9
        confidences = [v.confidence for v in belief.values]
        assert confidences == sorted(confidences, reverse=True)
    for source in result.sources.values():
        assert 0.0 <= source.accuracy <= 1.0


def _camps() -> list[tuple[str, object, object]]:
    """Camp X (x1..x4) and camp Y (y1, y2) on 20 flights: referees r1..r3 and Y give the true
    arrival, X four wrong ones; X says every departure was at the runway, Y at the gate."""
    rows: list[tuple[str, object, object]] = []
    for k in range(20):
        rows += [(s, (f"f{k}", "arr"), k) for s in ("y1", "y2", "r1", "r2", "r3")]
        rows += [(s, (f"f{k}", "arr"), 100 + 10 * k + n) for n, s in enumerate(("x1", "x2", "x3", "x4"))]
        rows += [(s, (f"f{k}", "dep"), "runway") for s in ("x1", "x2", "x3", "x4")]
        rows += [(s, (f"f{k}", "dep"), "gate") for s in ("y1", "y2")]
    return rows


def test_cross_attribute_reliability_breaks_a_self_confirming_camp() -> None:
    # Camp X (four sources) agrees with itself on departures but gets arrivals wrong, as
    # referees r1..r3 and camp Y show; on departures Y (two sources) must win.
    rows = _camps()
    result = discover(claims_of(rows))
    assert all(result.best((f"f{k}", "dep")) == "gate" for k in range(20))
    plain = discover(claims_of(rows), settings=TruthSettings(attribute_pooling=0.0))
    assert plain.best(("f0", "dep")) == "runway"


def test_relative_pooling_ignores_records_on_easy_attributes() -> None:
    # As above, but every source is also right on 20 scheduled times that nobody disputes.
    # Judged by raw accuracy over its other attributes, camp X looks nearly as good as Y and
    # its four votes win departures; judged relative to each attribute's mean (being right
    # where everybody is right says little), X's arrival record sinks it.
    sources = ("y1", "y2", "r1", "r2", "r3", "x1", "x2", "x3", "x4")
    rows = [(s, (f"s{k}", "sched"), k) for k in range(20) for s in sources] + _camps()
    result = discover(claims_of(rows))
    assert all(result.best((f"f{k}", "dep")) == "gate" for k in range(20))
    x_dep = dict(result.sources["x1"].by_attribute)["dep"]
    y_dep = dict(result.sources["y1"].by_attribute)["dep"]
    assert x_dep < y_dep
    absolute = discover(claims_of(rows), settings=TruthSettings(relative_pooling=False))
    assert absolute.best(("f0", "dep")) == "runway"


def _bot_world() -> list[TruthClaim]:
    """A bot with many unopposed claims that is wrong where it meets careful editors."""
    rows: list[tuple[str, object, object]] = [("bot", f"solo{k}", k) for k in range(200)]
    for k in range(6):
        item = f"fight{k}"
        rows += [("bot", item, 1), ("ed1", item, 2), ("ed2", item, 2)] if k < 3 else [
            ("bot", item, 1), ("ed1", item, 2)]
        rows += [("ed1", f"agree{k}", 5), ("ed2", f"agree{k}", 5)]
    rows += [("bot", "duel", 1), ("ed1", "duel", 2)]
    return claims_of(rows)


def test_lone_claims_do_not_confirm_a_bot() -> None:
    claims = _bot_world()
    selfish = discover(claims, settings=TruthSettings(lone_claims=""))
    lone = discover(claims)  # the default counts lone claims at the mean record ("mean")
    assert TruthSettings().lone_claims == "mean"
    assert selfish.sources["bot"].accuracy > 0.9  # volume of unopposed claims
    assert lone.sources["bot"].accuracy < selfish.sources["bot"].accuracy - 0.2
    assert lone.best("duel") == 2
    prior = discover(claims, settings=TruthSettings(lone_claims="prior"))
    assert prior.sources["bot"].accuracy < selfish.sources["bot"].accuracy


def test_prolific_uncontested_source_does_not_outvote_a_careful_one() -> None:
    """A bot's 500 unopposed claims must not decide the item where one careful editor,
    right wherever others judge it, contradicts the bot."""
    rows: list[tuple[str, object, object]] = [("bot", f"solo{k}", k) for k in range(500)]
    for k in range(4):  # the editor is confirmed by independent others
        rows += [("editor", f"check{k}", 7), (f"other{k}", f"check{k}", 7),
                 ("vandal", f"check{k}", 8)]
    for k in range(4):  # where the bot meets the others it is outvoted
        rows += [("bot", f"clash{k}", 1), (f"witness{k}", f"clash{k}", 2),
                 (f"second{k}", f"clash{k}", 2)]
    rows += [("bot", "duel", 1), ("editor", "duel", 2)]
    claims = claims_of(rows)
    result = discover(claims)
    assert result.best("duel") == 2
    assert result.sources["bot"].accuracy < result.sources["editor"].accuracy
    selfish = discover(claims, settings=TruthSettings(lone_claims=""))
    assert selfish.best("duel") == 1  # self-confirmed volume wins without the rule


def test_source_groups_share_an_empirical_prior() -> None:
    rows: list[tuple[str, object, object]] = []
    for k in range(30):  # anonymous editors, one claim each, always against two editors
        rows += [(f"ip{k}", f"x{k}", 9), ("ed1", f"x{k}", 1), ("ed2", f"x{k}", 1)]
    rows += [("ip99", "y", 7), ("ed3", "y", 8)]
    claims = claims_of(rows)
    groups = {f"ip{k}": "anonymous" for k in list(range(30)) + [99]}
    plain = discover(claims)
    grouped = discover(claims, source_groups=groups)
    assert grouped.sources["ip99"].accuracy < plain.sources["ip99"].accuracy - 0.2
    assert grouped.best("y") == 8


def _specific_and_coarse_world() -> tuple[list[TruthClaim], dict[str, str]]:
    """"spec" names the city, "coarse" only its country, always consistently; one clash."""
    hierarchy: dict[str, str] = {"cityx": "country0"}
    rows: list[tuple[str, object, object]] = [("spec", "duel", "cityx"),
                                              ("coarse", "duel", "country1")]
    for k in range(20):
        hierarchy[f"city{k}"] = f"country{k % 4}"
        rows += [("spec", f"p{k}", f"city{k}"), ("coarse", f"p{k}", f"country{k % 4}")]
    return claims_of(rows), hierarchy


def test_hierarchy_leave_one_out_does_not_punish_the_specific_source() -> None:
    claims, hierarchy = _specific_and_coarse_world()
    # "duel" is an exact tie at full credit (both sources equally reliable), decided by the
    # canonical order; per-value records (value_record) would tip it either way, so they are off
    full_credit = TruthSettings(ancestor_credit=1.0, value_record=0.0)
    result = discover(claims, hierarchy=hierarchy, settings=full_credit)
    # a coarser opponent ("country3" against "city3") is no evidence against the city
    assert result.sources["spec"].accuracy > 0.8
    assert abs(result.sources["spec"].accuracy - result.sources["coarse"].accuracy) < 0.05
    assert result.best("p3") == "city3"
    assert result.best("duel") == "cityx"
    old = discover(claims, hierarchy=hierarchy,
                   settings=TruthSettings(hierarchy_loo=False, ancestor_credit=1.0))
    assert old.sources["spec"].accuracy < result.sources["spec"].accuracy - 0.3


def test_ancestor_credit_lowers_the_coarse_source() -> None:
    claims, hierarchy = _specific_and_coarse_world()
    default = discover(claims, hierarchy=hierarchy)  # ancestor_credit 0.75
    assert default.sources["coarse"].accuracy < default.sources["spec"].accuracy - 0.03
    assert default.best("duel") == "cityx"
    full = discover(claims, hierarchy=hierarchy, settings=TruthSettings(ancestor_credit=1.0))
    assert default.sources["coarse"].accuracy < full.sources["coarse"].accuracy
    half = discover(claims, hierarchy=hierarchy, settings=TruthSettings(ancestor_credit=0.5))
    assert half.sources["coarse"].accuracy < full.sources["coarse"].accuracy - 0.1


def _repeated_figure_rows() -> list[tuple[str, object, object]]:
    # Antioch 2000: "s1" says 950, "s2" says 1000 (otherwise tied; 1000 comes first in the
    # canonical order, so it wins the tie when time is ignored); 1000 is also claimed for 2010.
    return [
        ("s1", ("antioch_2000", "population"), 950),
        ("s2", ("antioch_2000", "population"), 1000),
        ("s3", ("antioch_2010", "population"), 1000),
        ("s1", ("berkeley_2000", "population"), 5000),
        ("s2", ("berkeley_2000", "population"), 5000),
    ]


TIMES = {
    ("antioch_2000", "population"): ("antioch", 2000),
    ("antioch_2010", "population"): ("antioch", 2010),
    ("berkeley_2000", "population"): ("berkeley", 2000),
}


def test_value_repeated_at_another_time_loses_a_tie() -> None:
    claims = claims_of(_repeated_figure_rows())
    plain = discover(claims)
    tied = plain.items[("antioch_2000", "population")].values
    assert tied[0].confidence == tied[1].confidence and tied[0].value == 1000
    timed = discover(claims, times=TIMES)
    belief = timed.items[("antioch_2000", "population")]
    assert belief.best.value == 950
    assert belief.values[0].confidence > belief.values[1].confidence + 0.2
    # the prior is a log-prior of ln k: off at 0, and it never outweighs agreeing sources
    off = discover(claims, times=TIMES, settings=TruthSettings(time_repeat=0.0))
    assert off.items[("antioch_2000", "population")].values == tied
    more = claims + claims_of([("s4", ("antioch_2000", "population"), 1000)])
    assert discover(more, times=TIMES).best(("antioch_2000", "population")) == 1000


def test_times_change_nothing_without_a_repeat_across_times() -> None:
    # same entity and value at one time only, or the same figure for two *entities* or two
    # *attributes*: no series repeats, so the result equals the untimed one
    rows = [
        ("a", ("x_2000", "pop"), 1), ("b", ("x_2000", "pop"), 2),
        ("a", ("x_2001", "pop"), 3), ("b", ("y_2001", "pop"), 2),
        ("a", ("x_2001", "area"), 2), ("c", ("x_2001", "pop"), 4),
    ]
    times = {("x_2000", "pop"): ("x", 2000), ("x_2001", "pop"): ("x", 2001),
             ("y_2001", "pop"): ("y", 2001), ("x_2001", "area"): ("x", 2001)}
    plain = discover(claims_of(rows))
    timed = discover(claims_of(rows), times=times)
    assert timed.items == plain.items
    assert discover(claims_of(rows), times={}).items == plain.items


def _systematic_node_rows() -> tuple[list[tuple[str, object, object]], dict[str, str]]:
    """Source "a" beats "b" overall, but its claims of the place "x" are wrong where judged."""
    hierarchy = {f"t{k}": "land" for k in range(12)}
    hierarchy.update({"x": "land", "u": "land", "v": "land"})
    rows: list[tuple[str, object, object]] = []
    for k in range(30):  # a, c and d right, b wrong: a is more reliable than b
        town, other = f"t{k % 12}", f"t{(k + 1) % 12}"
        rows += [(s, (f"ok{k}", "place"), town) for s in "acd"]
        rows += [("b", (f"ok{k}", "place"), other)]
    for k in range(8):  # a says "x" where the others agree on a town: a systematic slip
        rows += [("a", (f"bad{k}", "place"), "x")]
        rows += [(s, (f"bad{k}", "place"), f"t{k}") for s in "bcd"]
    # one against one: the more reliable "a" says "x", "b" a town
    rows += [("a", ("q", "place"), "x"), ("b", ("q", "place"), "t5")]
    # one against one on a value "a" claims only here: no record, "a" wins as before
    rows += [("a", ("r", "place"), "u"), ("b", ("r", "place"), "v")]
    return rows, hierarchy


def test_value_record_outweighs_a_source_on_its_systematic_wrong_node() -> None:
    rows, hierarchy = _systematic_node_rows()
    claims = claims_of(rows)
    result = discover(claims, hierarchy=hierarchy)
    assert result.sources["a"].accuracy > result.sources["b"].accuracy
    assert result.best(("q", "place")) == "t5"
    assert result.best(("r", "place")) == "u"  # a value seen once has no record of its own
    # off (value_record=0), or without a hierarchy (values are not entities), "a" wins q
    off = discover(claims, hierarchy=hierarchy, settings=TruthSettings(value_record=0.0))
    assert off.best(("q", "place")) == "x"
    assert discover(claims).best(("q", "place")) == "x"
    # a value outside the hierarchy gets no record either
    partial = {k: p for k, p in hierarchy.items() if k != "x"}
    assert discover(claims, hierarchy=partial).best(("q", "place")) == "x"


def test_value_record_leaves_items_without_repeated_nodes_alone() -> None:
    # every node claimed at most once per source: the result equals the one without records
    hierarchy = {"minneapolis": "minnesota", "minnesota": "usa", "chicago": "illinois",
                 "illinois": "usa", "paris": "france"}
    rows = [
        ("a", ("p1", "place"), "minneapolis"), ("b", ("p1", "place"), "minnesota"),
        ("c", ("p1", "place"), "chicago"),
        ("a", ("p2", "place"), "paris"), ("b", ("p2", "place"), "france"),
        ("a", ("p3", "place"), "illinois"), ("c", ("p3", "place"), "usa"),
    ]
    with_records = discover(claims_of(rows), hierarchy=hierarchy)
    without = discover(claims_of(rows), hierarchy=hierarchy,
                       settings=TruthSettings(value_record=0.0))
    assert with_records.items == without.items


def test_a_doubtful_place_backs_off_to_the_ancestor_its_rivals_share() -> None:
    hierarchy = {"kyoto": "japan", "osaka": "japan", "japan": "asia"}
    rows = [("a", "p", "kyoto"), ("b", "p", "kyoto"), ("c", "p", "osaka"), ("d", "p", "osaka"),
            ("e", "p", "japan")]
    result = discover(claims_of(rows), hierarchy=hierarchy)
    assert result.best("p") == "japan"  # neither city is sure; the country is
    kept = discover(claims_of(rows), hierarchy=hierarchy, settings=TruthSettings(backoff=0.0))
    assert kept.best("p") in ("kyoto", "osaka")  # off: the most specific value wins


def test_a_sure_place_is_not_backed_off() -> None:
    hierarchy = {"kyoto": "japan", "osaka": "japan"}
    rows = [(s, "p", "kyoto") for s in "abcde"] + [("f", "p", "japan")]
    assert discover(claims_of(rows), hierarchy=hierarchy).best("p") == "kyoto"


def test_a_rounded_figure_loses_to_a_precise_one_on_a_count() -> None:
    # one source says 460000, another 407018: on a count the round figure is the likelier
    # report (an exact count ends in 4 zeros one time in 10,000)
    rows = [("a", ("town", "pop"), 460000), ("b", ("town", "pop"), 407018)]
    plain = discover(claims_of(rows))
    assert plain.items[("town", "pop")].values[0].confidence == \
        plain.items[("town", "pop")].values[1].confidence
    counted = discover(claims_of(rows), counts={"pop"})
    assert counted.best(("town", "pop")) == 407018
    # the prior never outweighs several agreeing sources
    more = rows + [("c", ("town", "pop"), 460000), ("d", ("town", "pop"), 460000)]
    assert discover(claims_of(more), counts={"pop"}).best(("town", "pop")) == 460000
    # off at 0, and only on the attributes named
    off = discover(claims_of(rows), counts={"pop"}, settings=TruthSettings(rounding=0.0))
    assert off.items == plain.items
    assert discover(claims_of(rows), counts={"area"}).items == plain.items


def test_one_extra_zero_is_no_sign_of_rounding() -> None:
    # 8860 against 8861: one exact count in ten ends in a zero
    rows = [("a", ("town", "pop"), 8860), ("b", ("town", "pop"), 8861)]
    assert discover(claims_of(rows), counts={"pop"}).items == discover(claims_of(rows)).items
    # 9000 against 8860: two more zeros
    rows = [("a", ("town", "pop"), 9000), ("b", ("town", "pop"), 8860)]
    assert discover(claims_of(rows), counts={"pop"}).best(("town", "pop")) == 8860


@pytest.mark.parametrize(("value", "zeros"), [
    (407018, 0), (8860, 1), (9000, 3), (460000.0, 4), (0, 0), (12.5, 0), ("9000", 0),
    (True, 0), (-300, 2),
])
def test_trailing_zeros(value: object, zeros: int) -> None:
    assert trailing_zeros(value) == zeros
