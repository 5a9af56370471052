"""Truth discovery: learn how reliable each source is and which value of each item is true.

Input is an iterable of :class:`TruthClaim` ``(source, item, value)``. An item is anything
hashable, usually ``(object, attribute)``; its *attribute* is ``item[-1]`` for a tuple and ``""``
otherwise. Output is a :class:`TruthResult`: per item the claimed values ranked with a confidence
in [0, 1], per source an estimated accuracy.

The algorithm: an ACCU-style Bayesian vote (Dong et al., VLDB 2009) with TruthFinder's
similar-value support, TDH's hierarchy, sharpened log-odds weights, leave-one-out and
cross-attribute reliability estimates, all in one sparse pass per iteration:

1. Claims are deduplicated and grouped by (item, value); each group keeps the sorted tuple of
   its source keys (its *pattern*). Groups with the same pattern share every per-iteration sum,
   so an iteration costs O(groups + distinct patterns + contested claims): linear in the
   claims, never claims-by-claims.
2. Reliability is kept per (source, attribute) key (``per_attribute``). Each key has an
   accuracy ``A`` (start ``initial_accuracy`` or ``source_prior``). Its vote is
   ``tau = max(0, sharpness * ln(A / (1 - A)) + ln n)``, ``n`` the assumed number of false
   values per item. ``sharpness`` > 1 lets a clearly better source outvote a crowd (the
   multiplicative trust updates of Investment-style methods have the same effect).
3. The vote of a value is the sum of its sources' votes, with a *copy discount*: within one
   group, sources are taken in order of accuracy and a source that depends on an earlier one
   with probability ``p`` adds ``(1 - copy_discount * p)`` of its vote (full discount by
   default: a family of sites fed by one provider votes about once). Dependence is given
   (``copies``) or detected (``detect_copies``) after ``copy_after`` iterations by a Bayesian
   test on bitsets (one big int per source): a pair that nearly never disagrees on contested
   items and shares more *false* values than independent errors explain (ACCU-COPY lite).
4. Score of a candidate value ``v``: its vote, plus ``similarity_weight * sim(v, w) * vote(w)``
   for similar values ``w`` of the item (per-attribute kernel: 12:05 supports 12:07), plus,
   with a hierarchy, ``ancestor_weight * vote(a)`` for claims of ancestors ``a`` of ``v``
   ("Minnesota" is consistent with "Minneapolis"); a claim of a *descendant* of ``v`` counts
   against ``v``, because the truth is the most specific true value claimed. A claim of a
   hierarchy node loses vote when its source's record on that same node (leave-one-out, over
   the other contested items) is worse than its record on all nodes (``value_record``): a
   source that parses a person's name as a town errs on that town again and again.
5. Confidence is a softmax of the scores over the claimed values plus ``n + 1 - k`` unclaimed
   values scored 0; a pinned ``prior`` value gets confidence 1. A value's *generalized*
   confidence adds its descendants' confidence (a granular value supports its ancestors).
6. New accuracy of a key = mean probability that its claims are right, smoothed toward the
   prior mean with ``smoothing`` pseudo-claims. A *lone* claim (the only claim on its item)
   says nothing about its source, so it counts at the mean record of all other claims
   (``lone_claims``), never as self-confirmed. On contested items each claim is judged
   *leave-one-out*: by the softmax without the source's own vote (and its copies'), so a
   large group of agreeing sources cannot confirm itself. With a hierarchy the claim counts
   as right with the mass on its value, its ancestors and its descendants
   (``hierarchy_loo``): only an incomparable value contradicts it. A coarse claim earns only
   ``ancestor_credit`` (0.75) of its descendants' mass: "USA" when "Chicago" is true is right
   but less informative, so a source that always answers coarsely ranks below an equally
   right precise one. Then *cross-attribute pooling*
   (``attribute_pooling`` = 0.65): a key's accuracy leans on the same source's record on its
   *other* attributes (its own record when it has no other attribute). A camp of sources
   that agree on one attribute ("actual departure" meaning runway time) is thereby weighted by
   how it fares where others judge it (arrival times, gates), which breaks the self-confirming
   fixed point that majority-driven methods fall into. With ``relative_pooling`` the record
   is read *relative to each attribute's mean* in logits (an additive source-skill plus
   attribute-difficulty model): being right on scheduled times, where everyone is right,
   then earns no credit on actual times.
7. Iterate until accuracies move less than ``tolerance`` after at least ``min_iterations``
   (at most ``iterations``).

All hyperparameters live in :class:`TruthSettings`; the defaults are used for every data set
of the benchmark (bench/truth_bench.py).

Everything is processed in a canonical order (items, values and sources sorted), so the result
does not depend on the order of the claims.
"""

from __future__ import annotations

import logging
import math
from array import array
from collections import defaultdict
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

logger = logging.getLogger(__name__)

Similarity = Callable[[Any, Any], float]


class TruthClaim(NamedTuple):
    """One source saying one value for one item (an immutable named tuple: cheap by millions)."""

    source: str
    item: Hashable
    value: Hashable


@dataclass(frozen=True, slots=True)
class ValueBelief:
    """A candidate value of an item: confidence in [0, 1] and the sources claiming it."""

    value: Hashable
    confidence: float
    sources: tuple[str, ...]
    generalized: float = 0.0  # confidence of the value or any of its descendants


@dataclass(frozen=True, slots=True)
class ItemBelief:
    """An item's candidate values, best first."""

    item: Hashable
    values: tuple[ValueBelief, ...]

    @property
    def best(self) -> ValueBelief:
        return self.values[0]

    def against(self, value: Hashable) -> tuple[str, ...]:
        """Sources claiming any other value than ``value``, sorted."""
        out = {s for v in self.values if v.value != value for s in v.sources}
        return tuple(sorted(out))


@dataclass(frozen=True, slots=True)
class SourceReliability:
    """A source's estimated accuracy, claim count and the sources it seems to copy from."""

    source: str
    accuracy: float
    claims: int
    copies: tuple[str, ...] = ()
    by_attribute: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True, slots=True)
class TruthSettings:
    """Hyperparameters; the same defaults are used for every data set."""

    initial_accuracy: float = 0.8
    false_values: float = 10.0
    smoothing: float = 2.0
    similarity_weight: float = 0.25
    ancestor_weight: float = 0.3
    detect_copies: bool = True
    copy_after: int = 3
    copy_rate: float = 0.8
    copy_prior: float = 0.2
    copy_discount: float = 1.0
    copy_min_shared: int = 100
    copy_min_agreement: float = 0.995
    copy_min_claims: int = 10
    copy_max_sources: int = 200
    per_attribute: bool = True
    attribute_pooling: float = 0.65
    contested_only: bool = False
    relative_pooling: bool = True
    sharpness: float = 4.0
    sharpen_after: int = 0
    leave_one_out: bool = True
    min_iterations: int = 8
    loo_tolerance: float = 1e-3
    min_accuracy: float = 0.01
    max_accuracy: float = 0.99
    group_strength: float = 2.0  # pseudo-claims of the fixed prior in a group's prior mean
    lone_claims: str = "mean"  # "" (self-confirmed), "prior" or "mean": see discover()
    hierarchy_loo: bool = True  # leave-one-out also on items with ancestor relations
    # share of its descendants' confidence an ancestor claim earns when its source's record is
    # judged: a coarse claim ("USA") when a specific one ("Chicago") is true is right but less
    # informative, so it earns three quarters of a claim and a source that always answers
    # coarsely ranks below an equally right precise one (TDH models the same tendency)
    ancestor_credit: float = 0.75
    # prior against a value also claimed for another time of the same series (an entity's
    # attribute at several times, ``discover(times=...)``): a quantity that changes over time
    # is rarely the same figure at two times, so a figure claimed at k distinct times belongs
    # to (at most) one of them; with a uniform prior over which, its score at each time is
    # lowered by ln k (prior odds times 1/k). ``time_repeat`` scales that log-prior (0 = off).
    # A prior, not a vote weight: it tips close calls (a figure copied from another year's
    # row against an otherwise tied one) and never outweighs several agreeing sources.
    time_repeat: float = 1.0
    # per-value records on hierarchy nodes (see _value_records): a source's vote for a node
    # drops when its record on that same node over the other contested items, smoothed toward
    # its record on all its contested node claims with ``value_record`` pseudo-claims, is
    # worse than that record (0 = off); computed once, after ``value_record_after``
    # iterations, then held fixed
    value_record: float = 8.0
    value_record_after: int = 3
    # With a hierarchy, an item whose top value is less sure than this is answered by the nearest
    # claimed ancestor of it that is this sure, counting the support of its descendants ("Japan"
    # rather than a doubtful "Kyoto"); 0 turns it off
    backoff: float = 0.85
    # prior against a rounded figure where a more precise one competes, on the attributes
    # ``discover(counts=...)`` names (exact counts such as a census figure): an exact count ends
    # in two given zeros about one time in 100, a rounded report ("9,000", "460,000") almost
    # always, so a value with at least ``rounding_min_gap`` more trailing zeros than the most
    # precise value claimed on its item gets a log-prior of ``-rounding`` (ln 100; 0 = off).
    # One extra zero is left alone (one exact count in ten has it), and the prior stays that
    # of two digits however round the figure: it tips a one-against-one call, never outweighs
    # agreeing sources.
    rounding: float = math.log(100.0)
    rounding_min_gap: int = 2


@dataclass(frozen=True)
class TruthResult:
    """Per item the ranked values, per source its reliability."""

    items: Mapping[Hashable, ItemBelief]
    sources: Mapping[str, SourceReliability]
    iterations: int
    converged: bool
    copy_pairs: tuple[tuple[str, str, float], ...] = field(default=())

    def best(self, item: Hashable) -> Hashable:
        """The top value of ``item``."""
        return self.items[item].values[0].value


def attribute_of(item: Hashable) -> str:
    """The attribute of an item: its last element when it is a tuple, else ``""``."""
    if isinstance(item, tuple) and item:
        return str(item[-1])
    return ""


def _sort_key(value: Any) -> tuple[str, str]:
    return (type(value).__name__, repr(value))


def _parents(node: Hashable, hierarchy: Mapping[Hashable, Any]) -> tuple[Hashable, ...]:
    parent = hierarchy.get(node)
    if parent is None:
        return ()
    if isinstance(parent, (tuple, list, set, frozenset)):
        return tuple(parent)
    return (parent,)


def _ancestors(value: Hashable, hierarchy: Mapping[Hashable, Any]) -> list[Hashable]:
    """Every ancestor of ``value`` (all paths when a node has several parents), nearest first."""
    out: list[Hashable] = []
    seen = {value}
    frontier = [value]
    while frontier:
        nxt = []
        for node in frontier:
            for parent in _parents(node, hierarchy):
                if parent not in seen:
                    seen.add(parent)
                    out.append(parent)
                    nxt.append(parent)
        frontier = nxt
    return out


def ancestors_of(value: Hashable, hierarchy: Mapping[Hashable, Any]) -> list[Hashable]:
    """Every ancestor of ``value`` in ``hierarchy`` (child -> parent or parents), nearest first."""
    return _ancestors(value, hierarchy)


def claim_table(
    claims: Iterable[TruthClaim],
    per_attribute: bool,
    prior: Mapping[Hashable, Hashable] | None = None,
) -> tuple[dict[Hashable, dict[Hashable, set[str]]], list[str]]:
    """Claims as item -> value -> the keys of the sources that claim it, and every key sorted.

    A key is the source, or ``"source\x1fattribute"`` with ``per_attribute`` (reliability kept
    per attribute). A ``prior`` (pinned) value is a candidate even when nobody claims it.
    """
    table: dict[Hashable, dict[Hashable, set[str]]] = defaultdict(lambda: defaultdict(set))
    for item, value in (prior or {}).items():
        table[item][value]  # a pinned value is a candidate even when nobody claims it
    key_of: dict[tuple[str, str], str] = {}
    for source, item, value in claims:
        key = source
        if per_attribute:
            ck = (source, attribute_of(item))
            key = key_of.get(ck)  # type: ignore[assignment]
            if key is None:
                key = key_of[ck] = f"{source}\x1f{ck[1]}"
        table[item][value].add(key)
    names: set[str] = set()
    for by_value in table.values():
        for keys in by_value.values():
            names.update(keys)
    return table, sorted(names)


class _Index:
    """Claims grouped by item and value in canonical order, with source patterns."""

    def __init__(
        self,
        claims: Iterable[TruthClaim],
        per_attribute: bool,
        prior: Mapping[Hashable, Hashable] | None = None,
    ) -> None:
        table, self.source_names = claim_table(claims, per_attribute, prior)
        sid = {name: i for i, name in enumerate(self.source_names)}
        self.items: list[Hashable] = sorted(table, key=_sort_key)
        self.item_lo: list[int] = [0]
        self.values: list[Hashable] = []
        self.group_item: list[int] = []
        self.group_pattern: list[int] = []
        self.patterns: list[tuple[int, ...]] = []
        pattern_id: dict[tuple[int, ...], int] = {}
        for i, item in enumerate(self.items):
            by_value = table[item]
            ordered = sorted(by_value, key=_sort_key) if len(by_value) > 1 else list(by_value)
            for value in ordered:
                pattern = tuple(sorted(sid[s] for s in by_value[value]))
                pid = pattern_id.get(pattern)
                if pid is None:
                    pid = pattern_id[pattern] = len(self.patterns)
                    self.patterns.append(pattern)
                self.values.append(value)
                self.group_item.append(i)
                self.group_pattern.append(pid)
            self.item_lo.append(len(self.values))
        lo = self.item_lo
        # contested[g]: the item of group g has more than one candidate value
        self.contested = [lo[i + 1] - lo[i] > 1 for i in self.group_item]
        self.claims = [0] * len(self.source_names)
        self.contested_claims = [0] * len(self.source_names)
        pattern_count = [0] * len(self.patterns)
        pattern_contested = [0] * len(self.patterns)
        for g, pid in enumerate(self.group_pattern):
            pattern_count[pid] += 1
            pattern_contested[pid] += self.contested[g]
        for pid, pattern in enumerate(self.patterns):
            for s in pattern:
                self.claims[s] += pattern_count[pid]
                self.contested_claims[s] += pattern_contested[pid]


def _bitset(indices: Iterable[int], size: int) -> int:
    buf = bytearray((size + 8) // 8)
    for i in indices:
        buf[i >> 3] |= 1 << (i & 7)
    return int.from_bytes(buf, "little")


def _detect_copies(
    index: _Index,
    conf: list[float],
    accuracy: list[float],
    settings: TruthSettings,
    owner: list[int] | None = None,
) -> dict[tuple[int, int], float]:
    """Pairs of sources (a, b), a < b, with their probability of being dependent.

    A Bayesian test in the manner of Dong et al. (2009): on the contested items both sources
    cover, count agreements on (currently) true values ``kt``, agreements on false values
    ``kf`` and disagreements ``kd``. Independent sources agree on a false value with
    probability ``(1 - A1)(1 - A2) / n``; a copier repeats its original with probability ``c``
    and so rarely disagrees. Counts come from bitsets (one big int per source), so each pair
    costs a few big-int ANDs, never a pass over the claims. ``owner`` maps each source key to
    the unit tested (a source, when reliability is kept per attribute); ``accuracy`` is per
    unit then.
    """
    n_keys = len(index.source_names)
    owner = owner if owner is not None else list(range(n_keys))
    n_units = max(owner, default=-1) + 1
    unit_claims = [0] * n_units
    for k in range(n_keys):
        unit_claims[owner[k]] += index.claims[k]
    eligible = [u for u in range(n_units) if unit_claims[u] >= settings.copy_min_claims]
    eligible.sort(key=lambda u: (-unit_claims[u], u))
    eligible = sorted(eligible[: settings.copy_max_sources])
    if len(eligible) < 2:
        return {}
    keep = set(eligible)
    group_lists: dict[int, list[int]] = {u: [] for u in eligible}
    for g, pid in enumerate(index.group_pattern):
        for k in index.patterns[pid]:
            u = owner[k]
            if u in keep:
                group_lists[u].append(g)
    n_groups = len(index.values)
    n_items = len(index.items)
    # Only contested items tell copiers from independent sources (everyone agrees elsewhere).
    contested = index.contested
    false_bits = _bitset((g for g, c in enumerate(conf) if c < 0.5), n_groups)
    vbits = {s: _bitset((g for g in group_lists[s] if contested[g]), n_groups) for s in eligible}
    ibits = {
        s: _bitset((index.group_item[g] for g in group_lists[s] if contested[g]), n_items)
        for s in eligible
    }
    fbits = {s: vbits[s] & false_bits for s in eligible}
    c = settings.copy_rate
    n = settings.false_values
    log_prior = math.log(settings.copy_prior / (1.0 - settings.copy_prior))
    pairs: dict[tuple[int, int], float] = {}
    for x, a in enumerate(eligible):
        for b in eligible[x + 1 :]:
            same = (vbits[a] & vbits[b]).bit_count()
            if same < settings.copy_min_shared:
                continue
            shared = (ibits[a] & ibits[b]).bit_count()
            if shared < settings.copy_min_shared or same < settings.copy_min_agreement * shared:
                continue
            kf = (fbits[a] & fbits[b]).bit_count()
            kt = same - kf
            kd = shared - same
            a1 = min(max(accuracy[a], 0.05), 0.95)
            a2 = min(max(accuracy[b], 0.05), 0.95)
            p_true = a1 * a2
            p_false = (1.0 - a1) * (1.0 - a2) / n
            p_diff = max(1.0 - p_true - p_false, 1e-9)
            acc = (a1 + a2) / 2.0
            q_true = c * acc + (1.0 - c) * p_true
            q_false = c * (1.0 - acc) + (1.0 - c) * p_false
            q_diff = (1.0 - c) * p_diff
            llr = (
                kt * math.log(q_true / p_true)
                + kf * math.log(q_false / p_false)
                + kd * math.log(q_diff / p_diff)
                + log_prior
            )
            if llr > 30:
                prob = 1.0
            elif llr < -30:
                continue
            else:
                prob = 1.0 / (1.0 + math.exp(-llr))
            if prob >= 0.5:
                pairs[(a, b)] = prob
    logger.info("copy detection: %d dependent pairs among %d sources", len(pairs), len(eligible))
    return pairs


def _same_attribute_pairs(
    names: list[str], base_of: list[int], units: Mapping[tuple[int, int], float]
) -> list[tuple[int, int]]:
    """Key pairs (k1 < k2) of two dependent units on the same attribute."""
    by_unit_attr: dict[tuple[int, str], int] = {}
    for k, name in enumerate(names):
        by_unit_attr[(base_of[k], name.split("\x1f", 1)[-1])] = k
    out = []
    for (k, name) in enumerate(names):
        attr = name.split("\x1f", 1)[-1]
        for (a, b) in units:
            if base_of[k] == a:
                other = by_unit_attr.get((b, attr))
                if other is not None:
                    out.append((min(k, other), max(k, other)))
    return sorted(set(out))


def _pattern_weights(
    patterns: list[tuple[int, ...]],
    accuracy: list[float],
    dependence: Mapping[tuple[int, int], float],
    discount: float,
) -> list[tuple[float, ...]]:
    """Per pattern, each source's vote weight after the copy discount (aligned with pattern)."""
    involved = {s for pair in dependence for s in pair} if discount > 0 else set()
    out: list[tuple[float, ...]] = []
    ones: dict[int, tuple[float, ...]] = {}
    for pattern in patterns:
        if len(pattern) < 2 or not involved.intersection(pattern):
            w = ones.get(len(pattern))
            if w is None:
                w = ones[len(pattern)] = (1.0,) * len(pattern)
            out.append(w)
            continue
        order = sorted(pattern, key=lambda s: (-accuracy[s], s))
        weight: dict[int, float] = {}
        for k, s in enumerate(order):
            w_s = 1.0
            if s in involved:
                for t in order[:k]:
                    p = dependence.get((s, t) if s < t else (t, s))
                    if p:
                        w_s *= 1.0 - discount * p
            weight[s] = w_s
        out.append(tuple(weight[s] for s in pattern))
    return out


def _pattern_clusters(
    patterns: list[tuple[int, ...]], dependence: Mapping[tuple[int, int], float]
) -> list[tuple[tuple[int, ...], ...] | None]:
    """Per pattern, for each member the positions of itself and its dependent sources."""
    involved = {s for pair in dependence for s in pair}
    out: list[tuple[tuple[int, ...], ...] | None] = []
    for pattern in patterns:
        if len(pattern) < 2 or not involved.intersection(pattern):
            out.append(None)
            continue
        members = []
        for k, s in enumerate(pattern):
            group = [k]
            if s in involved:
                for j, t in enumerate(pattern):
                    if j != k and dependence.get((s, t) if s < t else (t, s)):
                        group.append(j)
            members.append(tuple(group))
        out.append(tuple(members))
    return out


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1.0 - 1e-4)
    return math.log(p / (1.0 - p))


def _weighted_sums(
    group_of: list[int], counted: list[int], values: list[float]
) -> tuple[list[float], list[float]]:
    """Per group, the claim-weighted sum of ``values`` over its keys and the claims counted."""
    n_groups = max(group_of, default=-1) + 1
    total = [0.0] * n_groups
    weight = [0.0] * n_groups
    for k, g in enumerate(group_of):
        total[g] += counted[k] * values[k]
        weight[g] += counted[k]
    return total, weight


def _relative_pooling(
    acc: list[float], counted: list[int], base_of: list[int], attr_of: list[int], lam: float
) -> list[float]:
    """Pool a source's record across attributes *relative to each attribute's difficulty*.

    An additive logit model (Rasch-like): ``logit A[s, a] = alpha[a] + beta[s]``. ``alpha[a]``
    is the claim-weighted mean logit of the attribute's keys; a key's *skill* is its logit
    minus that mean. A key's pooled estimate is ``alpha[a]`` plus the claim-weighted skill of
    the same source on its *other* attributes (its own skill when it has none). Being right
    where everybody is right (scheduled times) then says little; being right where sources
    disagree (actual times, gates) says much.
    """
    n = len(acc)
    logit = [_logit(a) for a in acc]
    a_sum, a_n = _weighted_sums(attr_of, counted, logit)
    alpha = [a_sum[a] / a_n[a] if a_n[a] else 0.0 for a in range(len(a_sum))]
    skill = [logit[k] - alpha[attr_of[k]] for k in range(n)]
    b_sum, b_n = _weighted_sums(base_of, counted, skill)
    out = list(acc)
    for k in range(n):
        b = base_of[k]
        other_n = b_n[b] - counted[k]
        if other_n <= 0:
            continue
        other_skill = (b_sum[b] - counted[k] * skill[k]) / other_n
        pooled = 1.0 / (1.0 + math.exp(-(alpha[attr_of[k]] + other_skill)))
        out[k] = (1.0 - lam) * acc[k] + lam * pooled
    return out


def discover(
    claims: Iterable[TruthClaim],
    *,
    similarity: Similarity | Mapping[str, Similarity] | None = None,
    hierarchy: Mapping[Hashable, Any] | None = None,
    prior: Mapping[Hashable, Hashable] | None = None,
    source_prior: Mapping[str, float] | None = None,
    copies: Mapping[tuple[str, str], float] | None = None,
    source_groups: Mapping[str, Hashable] | None = None,
    times: Mapping[Hashable, tuple[Hashable, Hashable]] | None = None,
    counts: Collection[str] | None = None,
    iterations: int = 20,
    tolerance: float = 1e-3,
    settings: TruthSettings | None = None,
) -> TruthResult:
    """Estimate source accuracies and value confidences from ``claims``.

    ``similarity`` is one kernel ``(a, b) -> [0, 1]`` or a mapping attribute -> kernel;
    ``hierarchy`` maps a value to its parent (a tuple, list or set of parents when a name
    sits in several places: "hamilton" in Ontario and in Scotland); ``prior`` pins the true
    value of some items (reference facts, editors' resolutions); ``source_prior`` gives known accuracies;
    ``copies`` gives known dependence ``{(copier, original): probability}``;
    ``source_groups`` maps a source to a group (e.g. all anonymous editors): a grouped
    source's accuracy is smoothed toward its group's pooled record (empirical Bayes) instead
    of the fixed prior, so a one-claim source inherits what its group is worth.
    ``times`` maps a time-indexed item to ``(entity, time)`` (a city-year item to the city and
    the year). Items of one entity and attribute (``attribute_of``) at different times form a
    *series*; a value claimed verbatim at k > 1 distinct times of its series gets a log-prior of
    ``-settings.time_repeat * ln k`` at each of them: a changing quantity is rarely the same at
    two times, and a figure copied from another time's row is the likelier story. Items absent
    from ``times`` (every item when it is None) are unaffected.
    ``counts`` names the attributes (``attribute_of``) whose values are exact figures, where a
    rounded value competing with a more precise one is the likelier report of it (see
    ``TruthSettings.rounding``).

    ``settings.lone_claims`` ("mean" by default) stops a source's *lone* claims (the only
    claim on an item) from confirming themselves: they count at the mean record of all other
    claims, so a bot with thousands of unopposed claims is rated by its record where others
    also speak, not by its volume (``""`` restores self-confirmation).

    Example::

        result = discover([TruthClaim("a", "x", 1), TruthClaim("b", "x", 1),
                           TruthClaim("c", "x", 2)])
        result.best("x")  # 1
    """
    cfg = settings or TruthSettings()
    index = _Index(claims, cfg.per_attribute, prior)
    n_sources = len(index.source_names)
    n_groups = len(index.values)
    n_items = len(index.items)
    logger.info("truth: %d sources, %d items, %d values", n_sources, n_items, n_groups)

    def base_name(key: str) -> str:
        return key.split("\x1f", 1)[0] if cfg.per_attribute else key

    base_index = {name: k for k, name in enumerate(sorted({base_name(n) for n in
                                                           index.source_names}))}
    base_of = [base_index[base_name(name)] for name in index.source_names]
    n_base = len(base_index)
    prior_mean = [cfg.initial_accuracy] * n_sources
    if source_prior:
        for s, name in enumerate(index.source_names):
            if base_name(name) in source_prior:
                prior_mean[s] = float(source_prior[base_name(name)])
    accuracy = list(prior_mean)
    # Empirical-Bayes groups: keys of sources in one group (per attribute) share a prior mean
    # learned from the group's pooled record; -1 = no group (the fixed prior).
    group_of = [-1] * n_sources
    if source_groups:
        gid: dict[tuple[Hashable, str], int] = {}
        for s, name in enumerate(index.source_names):
            grp = source_groups.get(base_name(name))
            if grp is not None:
                attr = name.split("\x1f", 1)[-1] if cfg.per_attribute else ""
                group_of[s] = gid.setdefault((grp, attr), len(gid))
    n_groups_eb = max(group_of, default=-1) + 1
    attr_index: dict[str, int] = {}
    attr_of = [
        attr_index.setdefault(name.split("\x1f", 1)[-1] if cfg.per_attribute else "",
                              len(attr_index))
        for name in index.source_names
    ]

    # Pinned values: item index -> group index (or -1 when the pinned value was not claimed).
    pinned: dict[int, int] = {}
    if prior:
        item_pos = {item: i for i, item in enumerate(index.items)}
        for item, value in prior.items():
            i = item_pos.get(item)
            if i is None:
                continue
            pinned[i] = -1
            for g in range(index.item_lo[i], index.item_lo[i + 1]):
                if index.values[g] == value:
                    pinned[i] = g

    # Per item: similarity pairs and ancestor/descendant relations (local, sparse).
    sim_pairs: dict[int, list[tuple[int, int, float]]] = {}
    anc_pairs: dict[int, list[tuple[int, int]]] = {}  # (group, ancestor group)
    if similarity is not None or hierarchy:
        cache: dict[tuple[str, Hashable, Hashable], float] = {}
        for i in range(n_items):
            lo, hi = index.item_lo[i], index.item_lo[i + 1]
            if hi - lo < 2:
                continue
            if similarity is not None:
                attr = attribute_of(index.items[i])
                kernel = similarity.get(attr) if isinstance(similarity, Mapping) else similarity
                if kernel is not None:
                    pairs = []
                    for g in range(lo, hi):
                        for h in range(g + 1, hi):
                            key = (attr, index.values[g], index.values[h])
                            sim = cache.get(key)
                            if sim is None:
                                sim = cache[key] = float(
                                    kernel(index.values[g], index.values[h])
                                )
                            if sim > 0.0:
                                pairs.append((g, h, min(sim, 1.0)))
                    if pairs:
                        sim_pairs[i] = pairs
            if hierarchy:
                local = {index.values[g]: g for g in range(lo, hi)}
                rel = []
                for g in range(lo, hi):
                    for a in _ancestors(index.values[g], hierarchy):
                        anc = local.get(a)
                        if anc is not None:
                            rel.append((g, anc))
                if rel:
                    anc_pairs[i] = rel

    # Known copies, by source index.
    known: dict[tuple[int, int], float] = {}
    if copies:
        keys_of: dict[str, list[int]] = defaultdict(list)
        for s, name in enumerate(index.source_names):
            keys_of[base_name(name)].append(s)
        for (a_name, b_name), p in copies.items():
            for a in keys_of.get(a_name, ()):
                for b in keys_of.get(b_name, ()):
                    if a != b:
                        known[(min(a, b), max(a, b))] = float(p)
    dependence: dict[tuple[int, int], float] = dict(known)
    # Per group whose value recurs at other times of its series, the log-prior subtracted from
    # its score: a sparse dict, empty without ``times``.
    penalty = _time_repeat_penalty(index, times, cfg.time_repeat) if times else {}
    if counts and cfg.rounding > 0:
        for g, pen in _rounding_penalty(index, counts, cfg.rounding, cfg.rounding_min_gap).items():
            penalty[g] = penalty.get(g, 0.0) + pen

    # Per contested group whose value is a hierarchy node, the log-odds its sources' record on
    # that node adds to their vote (set after ``value_record_after`` iterations; sparse).
    value_offset: dict[int, float] = {}
    nodes: set[Hashable] = set()
    if hierarchy and cfg.value_record > 0:
        for child in hierarchy:
            nodes.add(child)
            nodes.update(_parents(child, hierarchy))
    loo = cfg.leave_one_out
    pattern_len = [len(p) for p in index.patterns]
    lone = [0] * n_sources
    for g, pid in enumerate(index.group_pattern):
        if not index.contested[g] and pattern_len[pid] == 1:
            lone[index.patterns[pid][0]] += 1
    # groups whose claims are judged by their confidence (all but lone claims when those count
    # at a prior): an array of indices, so Flight's millions of groups cost 4 bytes each
    gpat_all = index.group_pattern
    judged: Iterable[int] = range(n_groups)
    if cfg.lone_claims:
        judged = array("l", (g for g, pid in enumerate(gpat_all)
                             if index.contested[g] or pattern_len[pid] > 1))
    loo_total = [0.0] * n_items
    anc_items = set(anc_pairs)
    log_n = math.log(cfg.false_values)
    unobserved_base = cfg.false_values + 1.0
    conf = [0.0] * n_groups
    gen = [0.0] * n_groups
    n_patterns = len(index.patterns)
    converged = False
    iteration = 0
    weights = _pattern_weights(index.patterns, accuracy, dependence, cfg.copy_discount)
    clusters = _pattern_clusters(index.patterns, dependence)
    for iteration in range(1, iterations + 1):
        lo_a, hi_a = cfg.min_accuracy, cfg.max_accuracy
        sharp = cfg.sharpness if iteration > cfg.sharpen_after else 1.0
        tau = []
        for a in accuracy:
            a = min(max(a, lo_a), hi_a)
            tau.append(max(0.0, sharp * math.log(a / (1.0 - a)) + log_n))
        pvote = [0.0] * n_patterns
        pmax: dict[int, float] = {}  # the largest vote one leave-one-out removes, per pattern
        keep_factor: dict[int, tuple[float, ...]] = {}
        for pid, pattern in enumerate(index.patterns):
            w = weights[pid]
            if len(pattern) == 1:
                pvote[pid] = tau[pattern[0]] * w[0]
            else:
                pvote[pid] = sum(tau[s] * w[k] for k, s in enumerate(pattern))
        vote = [pvote[pid] for pid in index.group_pattern]
        score = list(vote)
        for pairs in sim_pairs.values():
            rho = cfg.similarity_weight
            for g, h, sim in pairs:
                score[g] += rho * sim * vote[h]
                score[h] += rho * sim * vote[g]
        for rel in anc_pairs.values():
            for g, h in rel:
                score[g] += cfg.ancestor_weight * vote[h]
        for g, pen in penalty.items():
            score[g] -= pen
        for g, off in value_offset.items():
            score[g] += sharp * off
        item_lo = index.item_lo
        exp = math.exp
        single_unobserved = max(0.0, unobserved_base - 1)
        for i in range(n_items):
            lo, hi = item_lo[i], item_lo[i + 1]
            if pinned and i in pinned:
                for g in range(lo, hi):
                    conf[g] = 0.0
                if pinned[i] >= 0:
                    conf[pinned[i]] = 1.0
                continue
            if hi - lo == 1:
                sc = score[lo]
                conf[lo] = 1.0 / (1.0 + single_unobserved * exp(-sc)) if sc < 700 else 1.0
                continue
            unobserved = max(0.0, unobserved_base - (hi - lo))
            m = max(score[lo:hi])
            if unobserved > 0 and m < 0:
                m = 0.0
            total = unobserved * exp(-m)
            for g in range(lo, hi):
                e = exp(score[g] - m)
                conf[g] = e
                total += e
            inv = 1.0 / total
            for g in range(lo, hi):
                conf[g] *= inv
            if loo and (i not in anc_items or cfg.hierarchy_loo):
                loo_total[i] = total
        gen[:] = conf
        for rel in anc_pairs.values():
            for g, h in rel:
                gen[h] += conf[g]
        pcorrect = [0.0] * n_patterns
        contested = index.contested
        acc_sum = [0.0] * n_sources
        lone_mode = cfg.lone_claims
        gitem, contested_only = index.group_item, cfg.contested_only
        for g in judged:
            if loo and loo_total[gitem[g]] > 0.0:
                continue
            if contested[g] or not contested_only:
                x = gen[g]
                pcorrect[gpat_all[g]] += x if x < 1.0 else 1.0
        if lone_mode and not cfg.contested_only:
            # A lone claim (the only claim on its item) judged without its own vote has no
            # evidence either way (Latent Credibility Analysis: an unopposed claim says nothing
            # about its source's honesty), so it counts at a prior instead of confirming itself:
            # "prior" = the source's prior mean; "mean" = the share of all other claims that
            # stand confirmed before leave-one-out (agreed, uncontested claims at their
            # confidence; every contested claim counted as unconfirmed), a cautious rate.
            p0 = cfg.initial_accuracy
            if lone_mode == "mean":
                num_l = sum(acc_sum) + sum(
                    pcorrect[pid] * pattern_len[pid] for pid in range(n_patterns)
                )
                den_l = sum(index.claims) - sum(lone)
                if den_l > 0:
                    p0 = num_l / den_l
            for s in range(n_sources):
                if lone[s]:
                    acc_sum[s] += lone[s] * (p0 if lone_mode == "mean" else prior_mean[s])
        if loo:
            # Leave one out: judge each claim against what the *other* sources say, so a
            # large group of agreeing sources cannot confirm itself.
            patterns, gpat, weights_ = index.patterns, index.group_pattern, weights
            exp = math.exp
            loo_eps = cfg.loo_tolerance
            for i, total in enumerate(loo_total):
                if total <= 0.0:
                    continue
                lo, hi = item_lo[i], item_lo[i + 1]
                if i in anc_items:
                    _hierarchy_loo(lo, hi, score, tau, weights_, clusters, patterns, gpat,
                                   anc_pairs[i], sim_pairs.get(i, ()), cfg, unobserved_base,
                                   acc_sum)
                    loo_total[i] = 0.0
                    continue
                for g in range(lo, hi):
                    pid = gpat[g]
                    c = conf[g]
                    # Shortcut: when even the largest single removal cannot move the
                    # probability by more than 1e-3, every member gets ``conf`` (pattern-level).
                    if c < loo_eps:
                        pcorrect[pid] += c
                        continue
                    eg = c * total
                    pm = pmax.get(pid)
                    if pm is None:
                        pattern = patterns[pid]
                        w = weights_[pid]
                        members = clusters[pid]
                        if members is None:
                            pm = max(tau[s] * w[k] for k, s in enumerate(pattern))
                        else:
                            pm = max(sum(tau[pattern[j]] * w[j] for j in m) for m in members)
                        pmax[pid] = pm
                    el = eg * exp(-pm)
                    if c - el / (total - eg + el) < loo_eps:
                        pcorrect[pid] += c
                        continue
                    pattern = patterns[pid]
                    keep = keep_factor.get(pid)
                    if keep is None:
                        # exp(-vote removed) per member; the source with its copies
                        w = weights_[pid]
                        members = clusters[pid]
                        if members is None:
                            keep = tuple(exp(-tau[s] * w[k]) for k, s in enumerate(pattern))
                        else:
                            keep = tuple(
                                exp(-sum(tau[pattern[j]] * w[j] for j in m)) for m in members
                            )
                        keep_factor[pid] = keep
                    rest = total - eg
                    for s, f in zip(pattern, keep, strict=True):
                        el = eg * f
                        acc_sum[s] += el / (rest + el)
                loo_total[i] = 0.0
        for pid, pattern in enumerate(index.patterns):
            c = pcorrect[pid]
            if c:
                for s in pattern:
                    acc_sum[s] += c
        counted = index.contested_claims if cfg.contested_only else index.claims
        eb_prior = prior_mean
        if n_groups_eb:
            g_sum = [0.0] * n_groups_eb
            g_n = [0.0] * n_groups_eb
            for s in range(n_sources):
                grp = group_of[s]
                if grp >= 0:
                    g_sum[grp] += acc_sum[s]
                    g_n[grp] += counted[s]
            eb_prior = list(prior_mean)
            for s in range(n_sources):
                grp = group_of[s]
                if grp >= 0:
                    k0 = cfg.group_strength
                    eb_prior[s] = (g_sum[grp] - acc_sum[s] + k0 * prior_mean[s]) / (
                        g_n[grp] - counted[s] + k0
                    )
        new = [
            (acc_sum[s] + cfg.smoothing * eb_prior[s]) / (counted[s] + cfg.smoothing)
            for s in range(n_sources)
        ]
        if cfg.per_attribute and cfg.attribute_pooling > 0.0:
            # Cross-attribute pooling: a source's weight on one attribute leans on how it does
            # on its *other* attributes (judged by other camps), so a group of sources that
            # agree on one attribute cannot confirm itself there; a source that gets arrivals
            # wrong is suspect on departures too.
            # With ``relative_pooling`` the record is compared with each attribute's mean
            # (see _relative_pooling); ``attribute_pooling`` < 1 keeps part of the key's own
            # record, which damps the see-saw between two attributes judging each other.
            lam = cfg.attribute_pooling
            if cfg.relative_pooling:
                new = _relative_pooling(new, counted, base_of, attr_of, lam)
        if cfg.per_attribute and cfg.attribute_pooling > 0.0 and not cfg.relative_pooling:
            lam = cfg.attribute_pooling
            pooled_sum: dict[int, float] = defaultdict(float)
            pooled_n: dict[int, float] = defaultdict(float)
            for k in range(n_sources):
                pooled_sum[base_of[k]] += acc_sum[k]
                pooled_n[base_of[k]] += counted[k]
            for k in range(n_sources):
                b = base_of[k]
                other_n = pooled_n[b] - counted[k]
                if other_n <= 0:
                    continue
                others = (pooled_sum[b] - acc_sum[k] + cfg.smoothing * prior_mean[k]) / (
                    other_n + cfg.smoothing
                )
                new[k] = (1.0 - lam) * new[k] + lam * others
        delta = max((abs(x - y) for x, y in zip(new, accuracy, strict=True)), default=0.0)
        if nodes and cfg.value_record > 0 and iteration == cfg.value_record_after:
            value_offset = _value_records(index, conf, gen, new, weights, nodes, cfg)
        accuracy = new
        if cfg.detect_copies and iteration == cfg.copy_after:
            if cfg.per_attribute:
                num = [0.0] * n_base
                den = [0.0] * n_base
                for k in range(n_sources):
                    num[base_of[k]] += accuracy[k] * index.claims[k]
                    den[base_of[k]] += index.claims[k]
                unit_acc = [num[u] / max(den[u], 1.0) for u in range(n_base)]
                units = _detect_copies(index, conf, unit_acc, cfg, base_of)
                detected = {}
                for k1, k2 in _same_attribute_pairs(index.source_names, base_of, units):
                    detected[(k1, k2)] = units[(min(base_of[k1], base_of[k2]),
                                                max(base_of[k1], base_of[k2]))]
            else:
                detected = _detect_copies(index, conf, accuracy, cfg)
            dependence = {**detected, **known}
            weights = _pattern_weights(index.patterns, accuracy, dependence, cfg.copy_discount)
            clusters = _pattern_clusters(index.patterns, dependence)
            continue
        if dependence:
            weights = _pattern_weights(index.patterns, accuracy, dependence, cfg.copy_discount)
        if delta < tolerance and iteration >= max(
            cfg.copy_after + 1, cfg.sharpen_after + 1, cfg.min_iterations
        ):
            converged = True
            break
    return _build_result(index, conf, gen, accuracy, dependence, pinned, iteration, converged,
                         base_name, cfg, hierarchy)


def _hierarchy_loo(
    lo: int,
    hi: int,
    score: list[float],
    tau: list[float],
    weights: list[tuple[float, ...]],
    clusters: list[Any],
    patterns: list[tuple[int, ...]],
    gpat: list[int],
    rel: list[tuple[int, int]],
    sims: Iterable[tuple[int, int, float]],
    cfg: TruthSettings,
    unobserved_base: float,
    acc_sum: list[float],
) -> None:
    """Leave-one-out on an item with ancestor relations (exact, the item is small).

    Removing a source's vote ``r`` from value ``g`` lowers ``g``'s score by ``r``, each
    descendant's by ``ancestor_weight * r`` and each similar value's by
    ``similarity_weight * sim * r``. In the softmax of the other sources' scores the claim is
    right with the confidence of ``g``, of its descendants (times ``ancestor_credit``) and of
    its *ancestors*: the others placing the truth only above ``g`` ("USA" against
    "Minneapolis") is no evidence against ``g``, so a specific claim is not judged wrong merely
    for being more specific than its only opponent, and a coarse one stays right too.
    """
    n = hi - lo
    desc_of: dict[int, list[int]] = defaultdict(list)  # ancestor -> descendants (local)
    anc_of: dict[int, list[int]] = defaultdict(list)
    for g, h in rel:
        desc_of[h - lo].append(g - lo)
        anc_of[g - lo].append(h - lo)
    credit = cfg.ancestor_credit
    sim_of: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for g, h, sim in sims:
        sim_of[g - lo].append((h - lo, sim))
        sim_of[h - lo].append((g - lo, sim))
    unobserved = max(0.0, unobserved_base - n)
    base = score[lo:hi]
    aw, rho = cfg.ancestor_weight, cfg.similarity_weight
    exp = math.exp
    for j in range(n):
        pid = gpat[lo + j]
        pattern = patterns[pid]
        w = weights[pid]
        members = clusters[pid]
        if members is None:
            removals = [(s, tau[s] * w[k]) for k, s in enumerate(pattern)]
        else:
            removals = [(s, sum(tau[pattern[q]] * w[q] for q in m))
                        for s, m in zip(pattern, members, strict=True)]
        cache: dict[float, float] = {}
        for s, r in removals:
            p = cache.get(r)
            if p is None:
                sc = list(base)
                sc[j] -= r
                for d in desc_of.get(j, ()):
                    sc[d] -= aw * r
                for h, sim in sim_of.get(j, ()):
                    sc[h] -= rho * sim * r
                m = max(sc)
                if unobserved > 0 and m < 0:
                    m = 0.0
                es = [exp(x - m) for x in sc]
                total = unobserved * exp(-m) + sum(es)
                right = es[j] + credit * sum(es[d] for d in desc_of.get(j, ()))
                right += sum(es[a] for a in anc_of.get(j, ()))
                p = right / total
                p = cache[r] = min(p, 1.0)
            acc_sum[s] += p


def _value_records(
    index: _Index,
    conf: list[float],
    gen: list[float],
    accuracy: list[float],
    weights: list[tuple[float, ...]],
    nodes: set[Hashable],
    cfg: TruthSettings,
) -> dict[int, float]:
    """Contested group -> log-odds added to its vote by its sources' records on its value.

    Values that are nodes of the hierarchy are entities (places, categories): the same node
    claimed for two items is the same entity, and sources err *per entity*, systematically (a
    person's name parsed as a town of that name, a default place, a region given where a town
    was meant). So a source's reliability is refined per node: over the contested claims of
    source ``s`` on node ``v``, the mean probability that the claim is right (the value's
    confidence plus ``ancestor_credit`` times its descendants', the measure the source's own
    record uses) is compared with ``s``'s mean over all its contested claims on hierarchy
    nodes. The claim on item ``i`` is judged *leave-one-out*, by ``s``'s record on ``v`` at
    the other items (a value seen once has no record), smoothed with ``value_record``
    pseudo-claims toward ``s``'s mean; when that record is worse, its vote drops by
    ``sharpness`` times the log-odds difference (times the claim's copy weight); a better
    record never raises it. Values outside the hierarchy (times, numbers:
    the same figure for two items is a coincidence, not one entity) are never touched. One
    pass over the contested groups on nodes.
    """
    contested = index.contested
    patterns, gpat, values = index.patterns, index.group_pattern, index.values
    credit = cfg.ancestor_credit
    n_src = len(accuracy)
    total = [0.0] * n_src
    count = [0] * n_src
    by_value: dict[Hashable, list[tuple[int, float]]] = defaultdict(list)
    for g, v in enumerate(values):
        if not contested[g] or v not in nodes:
            continue
        p = min(conf[g] + credit * (gen[g] - conf[g]), 1.0)
        by_value[v].append((g, p))
        for s in patterns[gpat[g]]:
            total[s] += p
            count[s] += 1
    k0 = cfg.smoothing
    base = [(total[s] + k0 * accuracy[s]) / (count[s] + k0) for s in range(n_src)]
    base_logit = [_logit(a) for a in base]
    k = cfg.value_record
    out: dict[int, float] = {}
    for groups in by_value.values():
        if len(groups) < 2:
            continue
        rec_sum: dict[int, float] = defaultdict(float)
        rec_n: dict[int, int] = defaultdict(int)
        for g, p in groups:
            for s in patterns[gpat[g]]:
                rec_sum[s] += p
                rec_n[s] += 1
        for g, p in groups:
            pid = gpat[g]
            off = 0.0
            for j, s in enumerate(patterns[pid]):
                n = rec_n[s] - 1  # the source's other claims of this value
                if n < 1:
                    continue
                a = (rec_sum[s] - p + k * base[s]) / (n + k)
                # a record can only discredit: values a source gets right as often as its
                # other claims are the rule, and a coarse node earns credit from every
                # descendant, so a raise would favour coarse claims
                off += weights[pid][j] * min(0.0, _logit(a) - base_logit[s])
            if off:
                out[g] = off
    return out


def _time_repeat_penalty(
    index: _Index, times: Mapping[Hashable, tuple[Hashable, Hashable]], strength: float
) -> dict[int, float]:
    """Group -> ``strength * ln k`` for a value claimed at k > 1 distinct times of its series.

    A series is (entity, attribute of the item), the entity and time coming from ``times``
    (item -> (entity, time)). One pass over the groups: linear in the claims.
    """
    if strength <= 0.0:
        return {}
    at: dict[tuple[Hashable, str, Hashable], set[Hashable]] = defaultdict(set)
    where: list[tuple[int, tuple[Hashable, str, Hashable]]] = []
    for i, item in enumerate(index.items):
        entity_time = times.get(item)
        if entity_time is None:
            continue
        entity, when = entity_time
        attr = attribute_of(item)
        for g in range(index.item_lo[i], index.item_lo[i + 1]):
            key = (entity, attr, index.values[g])
            at[key].add(when)
            where.append((g, key))
    out: dict[int, float] = {}
    for g, key in where:
        k = len(at[key])
        if k > 1:
            out[g] = strength * math.log(k)
    return out


def trailing_zeros(value: Any) -> int:
    """How many zeros a whole number ends in (0 for 0, fractions and non-numbers)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return 0
    if value != value or value in (math.inf, -math.inf) or value != int(value) or value == 0:
        return 0
    n, zeros = abs(int(value)), 0
    while n % 10 == 0:
        n //= 10
        zeros += 1
    return zeros


def _rounding_penalty(index: _Index, counts: Collection[str], strength: float,
                      min_gap: int) -> dict[int, float]:
    """Group -> ``strength`` for a value of a ``counts`` attribute with at least ``min_gap``
    more trailing zeros than the most precise value claimed on its item. One pass."""
    wanted = set(counts)
    out: dict[int, float] = {}
    for i, item in enumerate(index.items):
        lo, hi = index.item_lo[i], index.item_lo[i + 1]
        if hi - lo < 2 or attribute_of(item) not in wanted:
            continue
        zeros = [trailing_zeros(index.values[g]) for g in range(lo, hi)]
        least = min(zeros)
        for k, z in enumerate(zeros):
            if z - least >= min_gap:
                out[lo + k] = strength
    return out


def _backed_off(order: list[int], values: Sequence[Hashable], gen: Sequence[float],
                hierarchy: Mapping[Hashable, Any], threshold: float) -> list[int]:
    """``order`` with the nearest claimed ancestor of its top value that reaches ``threshold``
    (its own and its descendants' confidence) moved to the front, if there is one."""
    at = {values[g]: g for g in order}
    for ancestor in _ancestors(values[order[0]], hierarchy):
        g = at.get(ancestor)
        if g is not None and gen[g] >= threshold:
            return [g, *(x for x in order if x != g)]
    return order


def _build_result(
    index: _Index,
    conf: list[float],
    gen: list[float],
    accuracy: list[float],
    dependence: Mapping[tuple[int, int], float],
    pinned: Mapping[int, int],
    iteration: int,
    converged: bool,
    base_name: Callable[[str], str],
    cfg: TruthSettings,
    hierarchy: Mapping[Hashable, Any] | None = None,
) -> TruthResult:
    names = index.source_names
    pattern_names: list[tuple[str, ...]] = [
        tuple(sorted({base_name(names[s]) for s in p})) for p in index.patterns
    ]
    conf_c = [c if 0.0 <= c <= 1.0 else min(1.0, max(0.0, c)) for c in conf]
    gen_c = [c if 0.0 <= c <= 1.0 else min(1.0, max(0.0, c)) for c in gen]
    values, gpat, item_lo = index.values, index.group_pattern, index.item_lo
    items: dict[Hashable, ItemBelief] = {}
    for i, item in enumerate(index.items):
        lo, hi = item_lo[i], item_lo[i + 1]
        if hi - lo == 1:
            items[item] = ItemBelief(
                item, (ValueBelief(values[lo], conf_c[lo], pattern_names[gpat[lo]], gen_c[lo]),)
            )
            continue
        # values are in canonical order already; a stable sort keeps it for ties
        order = sorted(range(lo, hi), key=lambda g: (-conf_c[g], -gen_c[g]))
        if hierarchy and cfg.backoff > 0 and conf_c[order[0]] < cfg.backoff and order[0] not in pinned.values():
            order = _backed_off(order, values, gen_c, hierarchy, cfg.backoff)
        items[item] = ItemBelief(
            item,
            tuple(
                ValueBelief(values[g], conf_c[g], pattern_names[gpat[g]], gen_c[g]) for g in order
            ),
        )
    copied: dict[int, set[str]] = defaultdict(set)
    pairs_out = []
    for (a, b), p in dependence.items():
        copied[a].add(base_name(names[b]))
        copied[b].add(base_name(names[a]))
        pairs_out.append((base_name(names[a]), base_name(names[b]), round(p, 6)))
    grouped: dict[str, list[int]] = defaultdict(list)
    for s, name in enumerate(names):
        grouped[base_name(name)].append(s)
    sources: dict[str, SourceReliability] = {}
    for name in sorted(grouped):
        keys = grouped[name]
        n = sum(index.claims[s] for s in keys)
        acc = sum(accuracy[s] * index.claims[s] for s in keys) / max(n, 1)
        by_attr: tuple[tuple[str, float], ...] = ()
        if cfg.per_attribute:
            by_attr = tuple(sorted((names[s].split("\x1f", 1)[1], accuracy[s]) for s in keys))
        cop = set().union(*(copied.get(s, set()) for s in keys)) - {name}
        sources[name] = SourceReliability(name, acc, n, tuple(sorted(cop)), by_attr)
    return TruthResult(items, sources, iteration, converged, tuple(sorted(pairs_out)))


__all__ = [
    "ItemBelief",
    "Similarity",
    "SourceReliability",
    "TruthClaim",
    "TruthResult",
    "TruthSettings",
    "ValueBelief",
    "ancestors_of",
    "attribute_of",
    "discover",
]
