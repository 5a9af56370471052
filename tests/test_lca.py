"""GuessLCA (reconcile/lca.py): small worlds where the model's behaviour is known."""

from __future__ import annotations

import random

import pytest

from reconcile.lca import M_STEPS, LCASettings, discover_lca
from reconcile.truth import TruthClaim as C


def _world(lone: int = 0) -> list[C]:
    """Three careful sources agree on 20 items; 'bot' contradicts them on 6 of them.

    'bot' also has ``lone`` unopposed claims of its own.
    """
    claims = []
    for k in range(20):
        for s in ("a", "b", "c"):
            claims.append(C(s, f"x{k}", 1))
    for k in range(6):
        claims.append(C("bot", f"x{k}", 2))
    for k in range(lone):
        claims.append(C("bot", f"lone{k}", 7))
    return claims


def test_majority_of_agreeing_sources_wins() -> None:
    result = discover_lca([C("a", "x", 1), C("b", "x", 1), C("c", "x", 2)])
    assert result.best("x") == 1
    beliefs = result.items["x"].values
    assert beliefs[0].confidence > 0.5 > beliefs[1].confidence
    assert abs(sum(v.confidence for v in beliefs) - 1.0) < 1e-9
    assert beliefs[0].sources == ("a", "b")


@pytest.mark.parametrize("m_step", M_STEPS)
def test_unopposed_claims_do_not_confirm_their_source(m_step: str) -> None:
    """A bot with 500 unopposed claims is rated by its 6 contested ones, exactly as without."""
    settings = LCASettings(m_step=m_step)
    with_lone = discover_lca(_world(lone=500), settings=settings)
    without = discover_lca(_world(lone=0), settings=settings)
    bot = with_lone.sources["bot"]
    assert bot.claims == 506
    assert bot.accuracy < 0.5 < with_lone.sources["a"].accuracy
    assert bot.accuracy == pytest.approx(without.sources["bot"].accuracy, abs=1e-6)
    for k in range(6):
        assert with_lone.best(f"x{k}") == 1
    assert with_lone.best("lone0") == 7  # an unopposed value is still the only candidate


def test_source_with_only_unopposed_claims_sits_at_the_prior_mean() -> None:
    settings = LCASettings(alpha=3.0, beta=1.0)
    result = discover_lca(_world() + [C("quiet", f"q{k}", k) for k in range(50)], settings=settings)
    assert result.sources["quiet"].accuracy == pytest.approx(0.75)


def test_reliable_source_outvotes_unreliable_one_on_a_tie() -> None:
    """On a one-against-one item the source with the better contested record wins."""
    claims = _world()
    claims += [C("a", "tie", "right"), C("bot", "tie", "wrong")]
    result = discover_lca(claims)
    assert result.best("tie") == "right"
    claims2 = _world() + [C("a", "tie", "wrong"), C("bot", "tie", "right")]
    assert discover_lca(claims2).best("tie") == "wrong"


@pytest.mark.parametrize("guess", ["popularity", "uniform"])
def test_em_fixed_point_matches_the_guess_model_update(guess: str) -> None:
    """With m_step='em' the converged honesty solves H = (sum P(honest) + alpha) / (n + alpha + beta),
    P(honest) = P(y = b) H / (H + (1 - H) g), g the popularity of b on its item (or 1 / #values).

    With the popularity guess the data are explained by guessing alone (g *is* the observed
    distribution), and EM drifts to that degenerate solution: every honesty low, the ranking of
    the sources lost. The uniform guess recovers it.
    """
    rng = random.Random(3)
    claims = []
    truth_rate = {"s1": 0.9, "s2": 0.8, "s3": 0.6, "s4": 0.5}
    for k in range(60):
        for s, rate in truth_rate.items():
            if rng.random() < 0.8:
                value = 0 if rng.random() < rate else rng.randint(1, 3)
                claims.append(C(s, f"i{k}", value))
    cfg = LCASettings(m_step="em", guess=guess, prior="uniform", alpha=2.0, beta=1.0,
                      iterations=2000, tolerance=1e-12)
    result = discover_lca(claims, settings=cfg)
    assert result.converged
    honesty = {name: rel.accuracy for name, rel in result.sources.items()}
    credit = dict.fromkeys(honesty, 0.0)
    count = dict.fromkeys(honesty, 0.0)
    for belief in result.items.values():
        if len(belief.values) < 2:
            continue  # unopposed: neutral
        n_item = sum(len(v.sources) for v in belief.values)
        for v in belief.values:
            g = len(v.sources) / n_item if guess == "popularity" else 1 / len(belief.values)
            for s in v.sources:
                h = honesty[s]
                credit[s] += v.confidence * h / (h + (1 - h) * g)
                count[s] += 1
    for s, h in honesty.items():
        assert h == pytest.approx((credit[s] + 2.0) / (count[s] + 3.0), abs=1e-6)
    if guess == "popularity":
        assert max(honesty.values()) < 0.5  # the all-guessing fixed point
        return
    assert honesty["s1"] > honesty["s2"] > honesty["s4"]
    assert sum(result.best(f"i{k}") == 0 for k in range(60) if f"i{k}" in result.items) >= 50


def test_posterior_follows_the_guess_model_formula() -> None:
    """One contested item with fixed honesty (prior only): P(y = c) ∝ prior(c) Π (1 + H / ((1 - H) g(c)))."""
    claims = [C("a", "x", 1), C("b", "x", 1), C("c", "x", 2)]
    cfg = LCASettings(m_step="em", guess="uniform", prior="uniform", alpha=1e6, beta=1e6,
                      initial_honesty=0.5, iterations=1)
    result = discover_lca(claims, settings=cfg)
    # H = 0.5 for everyone, g = 1/2: each assertion multiplies its value by 1 + 1 / 0.5 = 3
    conf = {v.value: v.confidence for v in result.items["x"].values}
    assert conf[1] == pytest.approx(9 / 12, abs=1e-4)
    assert conf[2] == pytest.approx(3 / 12, abs=1e-4)


def test_a_source_asserting_two_values_splits_its_weight() -> None:
    claims = [C("a", "x", 1), C("a", "x", 2), C("b", "x", 2)]
    result = discover_lca(claims)
    assert result.best("x") == 2
    assert result.sources["a"].claims == 1  # two half-weight assertions


def test_result_does_not_depend_on_claim_order() -> None:
    claims = _world(lone=5) + [C("a", "tie", "right"), C("bot", "tie", "wrong")]
    first = discover_lca(claims)
    shuffled = list(claims)
    random.Random(7).shuffle(shuffled)
    second = discover_lca(shuffled)
    assert {k: v.accuracy for k, v in first.sources.items()} == {
        k: v.accuracy for k, v in second.sources.items()
    }
    assert first.items == second.items


def test_per_attribute_honesty_keys() -> None:
    claims = [C("a", ("o", "t"), 1), C("b", ("o", "t"), 1), C("a", ("o", "u"), 3)]
    result = discover_lca(claims, settings=LCASettings(per_attribute=True))
    assert set(result.sources) == {"a\x1ft", "a\x1fu", "b\x1ft"}


@pytest.mark.parametrize("field, value", [("guess", "x"), ("prior", "x"), ("m_step", "x"),
                                          ("alpha", -1.0)])
def test_bad_settings_are_rejected(field: str, value: object) -> None:
    with pytest.raises(ValueError):
        LCASettings(**{field: value})  # type: ignore[arg-type]
