"""Latent Credibility Analysis (GuessLCA), Pasternack & Roth, WWW 2013: an alternative engine.

A separate, plain implementation of the paper's GuessLCA model, kept beside
:func:`reconcile.truth.discover` (which stays the default engine) so the two can be compared on
the same claims (``bench/truth_bench.py --engine lca``).

The model. Each item ``m`` (a mutual-exclusion set: the values claimed for it) has a latent
true value ``y_m`` with prior ``P(y_m = c)``: uniform over the claimed values or proportional
to their claim counts (``LCASettings.prior``). Each source ``s`` has an honesty ``H_s``. When
``s`` asserts on ``m`` it asserts the truth with probability ``H_s``; otherwise it *guesses*
value ``c`` with probability ``g(c | m)``: the share of ``m``'s sources asserting ``c``
(``guess="popularity"``, the paper's choice) or ``1 / #values`` (``guess="uniform"``).
So ``P(b_s = c | y_m) = H_s * [c == y_m] + (1 - H_s) * g(c | m)``.

EM. E-step, per item (products over the sources asserting on it)::

    P(y_m = c | X) ∝ prior(c) * Π_s [H_s [b_s == c] + (1 - H_s) g(b_s)]
                   ∝ prior(c) * Π_{s asserting c} (1 + H_s / ((1 - H_s) g(c)))

(the factor ``Π_s (1 - H_s) g(b_s)`` is the same for every ``c``). M-step:
``H_s = (Σ_m credit_{s,m} + alpha) / (#assertions of s + alpha + beta)``, the MAP estimate
under a Beta(alpha + 1, beta + 1) prior on ``H_s`` (alpha, beta are pseudo-counts). The credit
of an assertion (``LCASettings.m_step``):

* ``"em"``: the posterior of the latent "honest, not guessing" indicator,
  ``P(y_m = b_s | X) * H_s / (H_s + (1 - H_s) g(b_s))``: the exact EM of the model. With the
  popularity guess it degenerates: ``g`` *is* the observed distribution of each item, so
  "everybody guesses" explains the data perfectly and EM drifts there (every honesty low,
  source ranking lost; Population .46, BirthPlaces .62). Fine with the uniform guess.
* ``"simple"``: ``P(y_m = b_s | X)`` (SimpleLCA's update).
* ``"loo"`` (default): ``P(y_m = b_s | X without s's own assertion)``: a source cannot vouch
  for itself, so a prolific source is rated by whether *others* put the truth on its values.

Unopposed claims. On an item with one claimed value, ``P(y_m = c) = 1`` and ``g(c) = 1``, so
the exact-EM credit is ``H_s`` itself: the claim neither confirms nor refutes its source. The
same neutrality is applied under every ``m_step`` (under "simple" and "loo" such a claim would
otherwise earn credit 1). The lone part of the update is solved in closed form, which gives the
same fixed points: a bot with 25,000 unopposed claims is rated by its contested record (plus the
prior), not by its volume.

Defaults (the same for every data set of bench/truth_bench.py): popularity guess, prior by
claim counts, ``m_step="loo"``, alpha = beta = 1. Plain LCA: values are mutually exclusive, no
similarity kernel, no hierarchy.

Assertion weights: a source asserting ``k`` distinct values on one item gives each weight
``1 / k`` (the paper's weighted assertions); everything above is weighted accordingly.

Cost: claims are grouped by (item, value) and each group by its source *pattern*; the per-
iteration sums are computed once per distinct (pattern, guess probability) key, and unopposed
items cost nothing after indexing. Linear in the claims, pure Python.

Everything is processed in a canonical order (items, values and sources sorted), so the result
does not depend on the order of the claims.
"""

from __future__ import annotations

import logging
import math
from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from reconcile.truth import (
    ItemBelief,
    SourceReliability,
    TruthClaim,
    TruthResult,
    ValueBelief,
    claim_table,
)
from reconcile.truth import _sort_key as sort_key

logger = logging.getLogger(__name__)

GUESSES = ("popularity", "uniform")
PRIORS = ("uniform", "counts")
M_STEPS = ("em", "simple", "loo")


@dataclass(frozen=True, slots=True)
class LCASettings:
    """GuessLCA hyperparameters; the same defaults are used for every data set."""

    guess: str = "popularity"  # g(c | m): "popularity" (share of m's sources) or "uniform"
    prior: str = "counts"  # P(y_m = c): "uniform" over claimed values or "counts"
    alpha: float = 1.0  # Beta pseudo-counts: honest assertions ...
    beta: float = 1.0  # ... and guessed ones (a Beta(2, 2) prior: mean 0.5, MAP by counts)
    initial_honesty: float = 0.8
    # credit of an assertion in the M-step: "em" P(honest | X) = P(y = b) H / (H + (1-H) g)
    # (the exact EM of the guess model), "simple" P(y = b | X) (SimpleLCA's update), "loo"
    # P(y = b | X without s's own assertion)
    m_step: str = "loo"
    per_attribute: bool = False  # honesty per (source, attribute) instead of per source
    iterations: int = 50
    min_iterations: int = 5
    tolerance: float = 1e-4  # stop when no honesty moves more than this
    min_honesty: float = 1e-4
    max_honesty: float = 1.0 - 1e-4

    def __post_init__(self) -> None:
        if self.guess not in GUESSES:
            raise ValueError(f"guess must be one of {GUESSES}, not {self.guess!r}")
        if self.prior not in PRIORS:
            raise ValueError(f"prior must be one of {PRIORS}, not {self.prior!r}")
        if self.m_step not in M_STEPS:
            raise ValueError(f"m_step must be one of {M_STEPS}, not {self.m_step!r}")
        if self.alpha < 0 or self.beta < 0:
            raise ValueError("alpha and beta must be >= 0")


class _Groups:
    """Claims grouped by item and value (canonical order), with weighted source patterns."""

    def __init__(self, claims: Iterable[TruthClaim], per_attribute: bool) -> None:
        table, self.source_names = claim_table(claims, per_attribute)
        sid = {name: i for i, name in enumerate(self.source_names)}
        self.items: list[Hashable] = sorted(table, key=sort_key)
        self.item_lo: list[int] = [0]
        self.values: list[Hashable] = []
        self.group_pattern: list[int] = []
        self.group_weight: list[float] = []  # summed assertion weight of the group
        self.item_weight: list[float] = []  # summed assertion weight on the item (= #sources)
        # a pattern: sorted source ids and their weights (all 1.0 unless a source asserted
        # several values of one item)
        self.patterns: list[tuple[tuple[int, ...], tuple[float, ...]]] = []
        pattern_id: dict[tuple[tuple[int, ...], tuple[float, ...]], int] = {}
        for item in self.items:
            by_value = table[item]
            ordered = sorted(by_value, key=sort_key) if len(by_value) > 1 else list(by_value)
            per_source: dict[str, int] = defaultdict(int)
            if len(ordered) > 1:
                for value in ordered:
                    for s in by_value[value]:
                        per_source[s] += 1
            total = 0.0
            for value in ordered:
                ids = tuple(sorted(sid[s] for s in by_value[value]))
                names_sorted = [self.source_names[i] for i in ids]
                weights = tuple(1.0 / per_source[n] if per_source.get(n, 1) > 1 else 1.0
                                for n in names_sorted)
                pattern = (ids, weights)
                pid = pattern_id.get(pattern)
                if pid is None:
                    pid = pattern_id[pattern] = len(self.patterns)
                    self.patterns.append(pattern)
                self.values.append(value)
                self.group_pattern.append(pid)
                w = sum(weights)
                self.group_weight.append(w)
                total += w
            self.item_weight.append(total)
            self.item_lo.append(len(self.values))


def discover_lca(claims: Iterable[TruthClaim], *, settings: LCASettings | None = None) -> TruthResult:
    """GuessLCA (Pasternack & Roth 2013) by EM; see the module docstring for the model.

    Returns a :class:`~reconcile.truth.TruthResult`: per item the claimed values ranked by
    their posterior ``P(y_m = c | X)``, per source its honesty ``H_s`` as ``accuracy``.

    Example::

        result = discover_lca([TruthClaim("a", "x", 1), TruthClaim("b", "x", 1),
                               TruthClaim("c", "x", 2)])
        result.best("x")  # 1
    """
    cfg = settings or LCASettings()
    idx = _Groups(claims, cfg.per_attribute)
    n_sources = len(idx.source_names)
    lo = idx.item_lo
    n_items = len(idx.items)
    logger.info("lca: %d sources, %d items, %d values", n_sources, n_items, len(idx.values))

    # Keys (pattern, guess probability): every contested group belongs to one; lone groups
    # (items with a single value) have g = 1 and posterior 1, so they only add their weight
    # times H_s to the honest count of their sources (lone_weight).
    key_id: dict[tuple[int, float], int] = {}
    key_pattern: list[int] = []
    key_guess: list[float] = []
    contested: list[int] = []  # contested item ids
    group_key: list[int] = [-1] * len(idx.values)
    log_prior: list[float] = [0.0] * len(idx.values)
    lone_weight = [0.0] * n_sources
    total_weight = [0.0] * n_sources
    for i in range(n_items):
        a, b = lo[i], lo[i + 1]
        if b - a == 1:
            ids, weights = idx.patterns[idx.group_pattern[a]]
            for s, w in zip(ids, weights, strict=True):
                lone_weight[s] += w
                total_weight[s] += w
            continue
        contested.append(i)
        n_item = idx.item_weight[i]
        for g in range(a, b):
            pid = idx.group_pattern[g]
            share = idx.group_weight[g] / n_item
            guess = share if cfg.guess == "popularity" else 1.0 / (b - a)
            key = (pid, guess)
            k = key_id.get(key)
            if k is None:
                k = key_id[key] = len(key_pattern)
                key_pattern.append(pid)
                key_guess.append(guess)
            group_key[g] = k
            log_prior[g] = math.log(share) if cfg.prior == "counts" else 0.0
            ids, weights = idx.patterns[pid]
            for s, w in zip(ids, weights, strict=True):
                total_weight[s] += w
    n_keys = len(key_pattern)
    key_members = [idx.patterns[p] for p in key_pattern]

    lo_h, hi_h = cfg.min_honesty, cfg.max_honesty
    honesty = [min(hi_h, max(lo_h, cfg.initial_honesty))] * n_sources
    posterior = [1.0] * len(idx.values)
    exact = cfg.m_step == "em"
    loo = cfg.m_step == "loo"
    converged = False
    iteration = 0
    for iteration in range(1, cfg.iterations + 1):
        # E-step: log-support of each key, then a softmax per contested item
        support = [0.0] * n_keys
        for k in range(n_keys):
            ids, weights = key_members[k]
            gk = key_guess[k]
            acc = 0.0
            for s, w in zip(ids, weights, strict=True):
                h = honesty[s]
                acc += w * math.log1p(h / ((1.0 - h) * gk))
            support[k] = acc
        mass = [0.0] * n_keys
        honest = [0.0] * n_sources
        for i in contested:
            a, b = lo[i], lo[i + 1]
            scores = [log_prior[g] + support[group_key[g]] for g in range(a, b)]
            top = max(scores)
            exps = [math.exp(x - top) for x in scores]
            z = sum(exps)
            for g, e in zip(range(a, b), exps, strict=True):
                p = e / z
                posterior[g] = p
                mass[group_key[g]] += p
                if loo:
                    # P_{-s}(y_m = b_s): the posterior without s's own factor on its value
                    k = group_key[g]
                    ids, weights = key_members[k]
                    guess = key_guess[k]
                    for s, w in zip(ids, weights, strict=True):
                        h = honesty[s]
                        e_s = e * math.exp(-w * math.log1p(h / ((1.0 - h) * guess)))
                        honest[s] += w * e_s / (z - e + e_s)
        # M-step: expected honest assertions per source, MAP under the Beta prior. A lone
        # assertion's credit is H_s itself (em: P(y) = 1, g = 1; simple and loo: counted as
        # neutral), so at a fixed point H = (c + L*H + alpha) / (c_n + L + alpha + beta), i.e.
        # H = (c + alpha) / (c_n + alpha + beta): solved in closed form for the lone part (the
        # same fixed points as plain EM, which would need hundreds of iterations for a bot
        # with 25,000 unopposed claims, each step moving its honesty by its contested share).
        if not loo:
            for k in range(n_keys):
                m = mass[k]
                if m == 0.0:
                    continue
                ids, weights = key_members[k]
                gk = key_guess[k]
                for s, w in zip(ids, weights, strict=True):
                    if exact:
                        h = honesty[s]
                        honest[s] += m * w * h / (h + (1.0 - h) * gk)
                    else:
                        honest[s] += m * w
        new = [
            min(hi_h, max(lo_h, (honest[s] + cfg.alpha)
                          / (total_weight[s] - lone_weight[s] + cfg.alpha + cfg.beta)))
            for s in range(n_sources)
        ]
        delta = max((abs(x - y) for x, y in zip(new, honesty, strict=True)), default=0.0)
        honesty = new
        if iteration >= cfg.min_iterations and delta < cfg.tolerance:
            converged = True
            break
    # final E-step with the last honesty, so the ranking matches the reported honesty
    # (lone items keep posterior 1)
    for i in contested:
        a, b = lo[i], lo[i + 1]
        scores = []
        for g in range(a, b):
            ids, weights = idx.patterns[idx.group_pattern[g]]
            guess = key_guess[group_key[g]]
            scores.append(log_prior[g] + sum(
                w * math.log1p(honesty[s] / ((1.0 - honesty[s]) * guess))
                for s, w in zip(ids, weights, strict=True)))
        top = max(scores)
        exps = [math.exp(x - top) for x in scores]
        z = sum(exps)
        for g, e in zip(range(a, b), exps, strict=True):
            posterior[g] = e / z
    return _result(idx, posterior, honesty, total_weight, iteration, converged)


def _result(
    idx: _Groups,
    posterior: list[float],
    honesty: list[float],
    total_weight: list[float],
    iterations: int,
    converged: bool,
) -> TruthResult:
    names = idx.source_names
    pattern_names = [tuple(names[s] for s in ids) for ids, _ in idx.patterns]
    lo = idx.item_lo
    items: dict[Hashable, ItemBelief] = {}
    for i, item in enumerate(idx.items):
        a, b = lo[i], lo[i + 1]
        order = sorted(range(a, b), key=lambda g: -posterior[g])  # stable: canonical ties
        items[item] = ItemBelief(item, tuple(
            ValueBelief(idx.values[g], posterior[g], pattern_names[idx.group_pattern[g]],
                        posterior[g])
            for g in order))
    sources = {
        name: SourceReliability(name, honesty[s], int(round(total_weight[s])))
        for s, name in enumerate(names)
    }
    return TruthResult(items=items, sources=sources, iterations=iterations, converged=converged)
