"""Claims -> claim graph: claims about the same fact across sources, linked and grouped.

Nodes are ``("source", id)``, ``("claim", id)`` and ``("fact", key)``. A source *states* its
claims; two claims scored above ``suggest_threshold`` are joined by a ``suggested`` link (shown,
not counted), above ``confirm_threshold`` by a ``confirmed`` one; a fact groups claims joined by
confirmed links, with average linkage so that a chain of pairwise-similar claims cannot pull two
unrelated claims into one fact.

Work is blocked by fact kind (the kind of value and its unit, and the event group), so it grows
with the size of each block rather than with the square of the corpus.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx
from rapidfuzz import fuzz

from reconcile.errors import ConfigError
from reconcile.extract.frames import OCCASION_NOUNS, aged_thing, tokens
from reconcile.models import Claim, DateValue, NumberValue, fingerprint
from reconcile.vocab import Vocabulary


@dataclass(frozen=True)
class Fact:
    """Claims judged to state one fact, with a stable key and a label in words."""

    key: str
    label: str
    kind: str
    claims: tuple[Claim, ...]


# Scored links: (claim id, claim id) -> (score rounded to 4 places, "confirmed" or "suggested").
Links = dict[tuple[str, str], tuple[float, str]]

_TIME_UNITS = frozenset("second minute hour day week month year decade century season".split())


def block_key(claim: Claim) -> str:
    """The kind of value and its unit: only claims in one block can state the same fact.

    A count of time units ("twelve months", "a 12-year sentence") is a duration, its own kind.
    """
    if isinstance(claim.value, NumberValue):
        unit = claim.value.unit or "-"
        time_unit = _time_unit(claim.noun)
        if claim.kind == "count" and time_unit and claim.value.unit is None:
            unit = time_unit  # "12 years", "a 12-year prison sentence", "14 years, one of the longest"
        elif claim.kind == "count" and is_age(claim):
            unit = "age"  # "Marta Lenz, 52," is no count of anything: it meets only other ages
        return f"{claim.kind}:{unit}"
    return claim.kind


def is_age(claim: Claim) -> bool:
    """A person's age ("the 29-year-old", "Lenz, 52,") or a group's ("an average age of 62"),
    not a count of people described by theirs ("two men aged 34 and 41")."""
    if claim.event != "age":
        return False
    noun = claim.noun
    return noun is None or noun.startswith(("year", "aged")) or noun.split()[-1] == "age"


def _span_of_time(claim: Claim) -> bool:
    """An ordinal of plural time units ("in the first days after", "the first hours"): a span,
    where "the third straight year" counts years."""
    word = (claim.noun or "").split()[:1]
    return bool(word) and word[0].lower().endswith("s") and _time_unit(claim.noun) is not None


def elapsed_unit(claim: Claim) -> str | None:
    """The unit an ordinal counts elapsed time in ("a heatwave now in its 10th day", "the strike
    entered its fifth week": "day", "week"), None for other ordinals ("the sixth day of strike
    action" this year counts strike days, "the third month in a row" is a run)."""
    noun = (claim.noun or "").lower()
    if claim.kind != "ordinal" or noun not in ("day", "week", "month") or streak(claim):
        return None
    return noun if "now" in claim.near or any(w.startswith("enter") for w in claim.near) else None


def _time_unit(noun: str | None) -> str | None:
    """The time unit a counted noun opens with ("days" -> "day", "years" -> "year"), if any."""
    if not noun:
        return None
    word = noun.split()[0].lower()
    singular = {"centuries": "century"}.get(word, word[:-1] if word.endswith("s") else word)
    return singular if singular in _TIME_UNITS else None


def event_group(claim: Claim, vocab: Vocabulary) -> str:
    """The event class and the classes declared comparable with it, as one sorted name."""
    if claim.event is None or claim.event not in vocab.events:
        return "-"
    members = {claim.event, *vocab.events[claim.event].comparable}
    return min(members)


def _elapsed(a: Claim, b: Claim, published: dict[str, DateValue | None] | None) -> tuple[float, float] | None:
    """How long before its article each of two past dates lies, in days (None when either is
    unresolved, undated or not in the past). Elapsed time is a quantity like any other: twenty
    years apart is far for two dates of the last decade and near for two of the nineteenth
    century ("records began in 1872" / "in 1892" date one start misremembered)."""
    va, vb = a.value, b.value
    if published is None or not (isinstance(va, DateValue) and isinstance(vb, DateValue)
                                 and va.resolved and vb.resolved):
        return None  # (most pairs are figures: the cheap test first, on this hot path)
    pa, pb = published.get(a.source), published.get(b.source)
    if pa is None or pb is None or pa.earliest is None or pb.earliest is None:
        return None
    age_a = pa.earliest.toordinal() - _midday(va)
    age_b = pb.earliest.toordinal() - _midday(vb)
    return (age_a, age_b) if min(age_a, age_b) > 0 else None


def _midday(v: DateValue) -> float:
    """The middle of a resolved date's interval, as a day ordinal."""
    assert v.earliest and v.latest
    return (v.earliest.toordinal() + v.latest.toordinal()) / 2


def _ratio_penalty(xa: float, xb: float) -> float:
    """0.4 for two positive figures ten times apart or more, 0.15 for three, else 0."""
    ratio = max(xa, xb) / min(xa, xb)
    if ratio > 10:
        return 0.4
    if ratio > 3:
        return 0.15
    return 0.0


def _magnitude_penalty(a: Claim, b: Claim, elapsed: tuple[float, float] | None = None) -> float:
    """Figures an order of magnitude apart are rarely the same fact misreported (dates: years
    apart, or their elapsed times as figures when that is milder, see _elapsed)."""
    va, vb = a.value, b.value
    if isinstance(va, NumberValue) and isinstance(vb, NumberValue):
        xa = va.stated if va.stated is not None else (va.low if va.low is not None else va.high)
        xb = vb.stated if vb.stated is not None else (vb.low if vb.low is not None else vb.high)
        if not xa or not xb or xa <= 0 or xb <= 0:
            return 0.0
        if va.unit in ("%", "pp"):
            return 0.0 if abs(xa - xb) <= 15 else 0.2
        return _ratio_penalty(xa, xb)
    if isinstance(va, DateValue) and isinstance(vb, DateValue) and va.resolved and vb.resolved:
        assert va.earliest and vb.earliest
        years = abs(va.earliest.year - vb.earliest.year)
        by_years = 0.0 if years <= 2 else min(0.4, 0.1 * years)
        return by_years if elapsed is None else min(by_years, _ratio_penalty(*elapsed))
    return 0.0


def _ratio_closeness(xa: float, xb: float) -> float:
    """1 for equal positive figures, falling with their ratio (0.66 at 1.15, 0.30 at 1.5)."""
    return math.exp(-3.0 * abs(math.log(xa / xb)))


def _value_closeness(a: Claim, b: Claim, elapsed: tuple[float, float] | None = None) -> float:
    """1 for equal values, falling toward 0 as they part (numbers by ratio, dates by days or,
    when closer so, by the ratio of their elapsed times, see _elapsed)."""
    va, vb = a.value, b.value
    if isinstance(va, NumberValue) and isinstance(vb, NumberValue):
        xa = va.stated if va.stated is not None else (va.low if va.low is not None else va.high)
        xb = vb.stated if vb.stated is not None else (vb.low if vb.low is not None else vb.high)
        if xa is None or xb is None:
            return 0.0
        if xa <= 0 or xb <= 0:
            return 1.0 if xa == xb else 0.0
        return _ratio_closeness(xa, xb)
    if isinstance(va, DateValue) and isinstance(vb, DateValue) and va.resolved and vb.resolved:
        by_days = math.exp(-abs(_midday(va) - _midday(vb)) / 365.0)
        return by_days if elapsed is None else max(by_days, _ratio_closeness(*elapsed))
    return 0.0


def _recency_penalty(a: Claim, b: Claim, published: dict[str, DateValue | None] | None) -> float:
    """Dates of each article's own news (within a month before it) in articles published months
    apart are two events of one kind (two flights, two statements), not one event misdated."""
    if published is None or a.kind != "date":
        return 0.0
    pa, pb = published.get(a.source), published.get(b.source)
    va, vb = a.value, b.value
    if not (pa and pb and pa.resolved and pb.resolved and isinstance(va, DateValue)
            and isinstance(vb, DateValue) and va.resolved and vb.resolved):
        return 0.0
    assert pa.earliest and pa.latest and pb.earliest and pb.latest and va.earliest and vb.earliest
    month = 31

    def recent(v: DateValue, p: DateValue) -> bool:
        assert v.earliest and p.earliest and p.latest and v.latest
        return v.latest.toordinal() >= p.earliest.toordinal() - month and v.earliest <= p.latest

    apart = max(pa.earliest.toordinal() - pb.latest.toordinal(), pb.earliest.toordinal() - pa.latest.toordinal())
    if recent(va, pa) and recent(vb, pb) and apart > month:
        return 0.5
    return 0.0


FEATURES = (
    "bias", "event_same", "event_weak", "event_comparable", "event_one_missing", "event_both_missing",
    "event_differ", "entity_overlap", "entity_none", "context_set", "context_sort", "noun_sim",
    "noun_missing", "magnitude", "recent_apart", "same_source", "is_date",
    "period_same", "period_differ", "value_close", "near_set", "noun_head_same", "idf_context", "idf_near",
    "transposed", "once_same",
)


def idf_weights(claims: Sequence[Claim]) -> dict[str, float]:
    """Inverse document frequency of context words over the claims' sentences: rare words
    ("lander", "Ponzi") say more about sharing a fact than common ones ("said", "people")."""
    seen: dict[tuple[str, int], set[str]] = {}
    for claim in claims:
        seen.setdefault((claim.source, claim.sentence_start), set()).update(claim.tokens)
    df: Counter[str] = Counter()
    for words in seen.values():
        df.update(words)
    n = max(1, len(seen))
    out = {w: math.log((n + 1) / (k + 0.5)) for w, k in df.items()}
    out[""] = max(out.values(), default=1.0)  # the weight of an unseen word, computed once
    return out


def _weighted_overlap(a: Sequence[str], b: Sequence[str], idf: dict[str, float] | None) -> float:
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    default = idf.get("", 1.0) if idf else 1.0

    def w(x: str) -> float:
        return idf.get(x, default) if idf else 1.0

    shared = sum(w(x) for x in sa & sb)
    return shared / math.sqrt(sum(w(x) for x in sa) * sum(w(x) for x in sb))


def _named(entities: Sequence[str]) -> set[str]:
    """The names among a claim's entities (organisations and people; not the alias table's countries)."""
    return {e for e in entities if e.startswith("name:")}


def _names_meet(a: set[str], b: set[str]) -> bool:
    """Whether two sets of names share one, a short form counting ("Pennant" in "Pennant Brands")."""
    if a & b:
        return True
    words_a = [set(x[5:].split()) for x in a]
    words_b = [set(x[5:].split()) for x in b]
    return any(wa <= wb or wb <= wa for wa in words_a for wb in words_b)


def pair_features(a: Claim, b: Claim, vocab: Vocabulary,
                  published: dict[str, DateValue | None] | None = None,
                  idf: dict[str, float] | None = None) -> dict[str, float]:
    """The evidence that two claims state one fact, as named numbers (see FEATURES)."""
    f = dict.fromkeys(FEATURES, 0.0)
    f["bias"] = 1.0
    if a.event and b.event:
        if vocab.canonical(a.event) == vocab.canonical(b.event):
            f["event_weak" if vocab.weak(a.event) else "event_same"] = 1.0
        elif vocab.comparable(a.event, b.event):
            f["event_comparable"] = 1.0
        else:
            f["event_differ"] = 1.0
    elif a.event or b.event:
        f["event_one_missing"] = 1.0
    else:
        f["event_both_missing"] = 1.0
    ea, eb = set(a.entities), set(b.entities)
    if ea and eb:
        f["entity_overlap"] = len(ea & eb) / min(len(ea), len(eb))
    else:
        f["entity_none"] = 1.0
    ta, tb = " ".join(a.tokens), " ".join(b.tokens)
    f["context_set"] = fuzz.token_set_ratio(ta, tb) / 100.0
    f["context_sort"] = fuzz.token_sort_ratio(ta, tb) / 100.0
    if a.noun and b.noun:
        f["noun_sim"] = fuzz.token_set_ratio(a.noun.lower(), b.noun.lower()) / 100.0
    else:
        f["noun_missing"] = 1.0
    if not (_clock(a) and _clock(b)):
        # Times of one night are close whatever they time: closeness is no evidence for them.
        elapsed = _elapsed(a, b, published)
        f["magnitude"] = _magnitude_penalty(a, b, elapsed)
        f["value_close"] = _value_closeness(a, b, elapsed)
    if a.near and b.near:
        f["near_set"] = fuzz.token_set_ratio(" ".join(a.near), " ".join(b.near)) / 100.0
    if a.noun and b.noun and _head(a.noun) == _head(b.noun):
        f["noun_head_same"] = 1.0
    elif a.noun and b.noun and vocab.same_noun(_head(a.noun) or "", _head(b.noun) or ""):
        # "the fourth exchange" and "the third swap": one noun in other words (rule, not learned:
        # the features read as for the same noun)
        f["noun_sim"] = 1.0
        f["noun_head_same"] = 1.0
    da = "".join(ch for ch in a.quote if ch.isdigit())
    db = "".join(ch for ch in b.quote if ch.isdigit())
    if len(da) >= 2 and da != db and sorted(da) == sorted(db):
        f["transposed"] = 1.0  # the same digits in another order: one figure, mistyped
    f["idf_context"] = _weighted_overlap(a.tokens, b.tokens, idf)
    f["idf_near"] = _weighted_overlap(a.near, b.near, idf)
    va, vb = a.value, b.value
    if isinstance(va, DateValue) and isinstance(vb, DateValue):
        f["is_date"] = 1.0
        # How many years apart two dates are says nothing about whether they date one event: the
        # further apart, the worse the contradiction, not the likelier two facts (a feature for
        # it taught the model to miss the biggest disagreements).
        if a.event == b.event and vocab.once(a.event) and _names_meet(_named(a.entities), _named(b.entities)):
            # One founding per company, one birth per person.
            f["once_same"] = 1.0
    f["recent_apart"] = 1.0 if _recency_penalty(a, b, published) > 0 else 0.0
    f["same_source"] = 1.0 if a.source == b.source else 0.0
    if a.period is not None and b.period is not None:
        same = a.period.earliest == b.period.earliest and a.period.latest == b.period.latest
        f["period_same" if same else "period_differ"] = 1.0
    return f


@lru_cache(maxsize=4)
def load_link_model(path: Path | None = None) -> dict[str, float]:
    """Weights of the link model (logistic regression over FEATURES), fitted by bench/fit_link.py.

    Raises ConfigError E302 for an unreadable model file.
    """
    try:
        if path is None:
            text = resources.files("reconcile.data").joinpath("link_model.json").read_text(encoding="utf-8")
        else:
            text = path.read_text(encoding="utf-8")
        weights = json.loads(text)["weights"]
        return {k: float(weights.get(k, 0.0)) for k in FEATURES}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError("E302", path=path or "reconcile/data/link_model.json", detail=str(exc)) from exc


def score_features(features: dict[str, float], weights: dict[str, float]) -> float:
    z = sum(weights[k] * v for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def score_pair(a: Claim, b: Claim, vocab: Vocabulary, published: dict[str, DateValue | None] | None = None,
               idf: dict[str, float] | None = None) -> float:
    """How likely two claims state the same fact: the link model's probability, in [0, 1]."""
    return score_features(pair_features(a, b, vocab, published, idf), load_link_model())


def link_claims(claims: Sequence[Claim], vocab: Vocabulary, *, suggest_threshold: float = 0.55,
                confirm_threshold: float = 0.65, published: dict[str, DateValue | None] | None = None,
                model: Path | None = None) -> nx.Graph:
    """Build the claim graph: sources, claims, scored links and facts.

    The whole corpus's graph, for inspecting links; ``link_facts`` finds the same facts story by
    story without holding every link at once.
    """
    graph = nx.Graph()
    for claim in sorted(claims, key=lambda c: c.id):
        graph.add_node(("source", claim.source), type="source")
        graph.add_node(("claim", claim.id), type="claim", claim=claim)
        graph.add_edge(("source", claim.source), ("claim", claim.id), type="states")
    idf = idf_weights(claims)
    links: Links = {}
    for members in candidate_blocks(claims):
        _link_block(links, members, vocab, suggest_threshold, confirm_threshold, published, idf,
                    load_link_model(model))
    for (a, b), (score, status) in links.items():
        graph.add_edge(("claim", a), ("claim", b), type="link", score=score, status=status)
    for fact in group_facts(graph, claims, vocab, confirm_threshold=confirm_threshold,
                            floor=suggest_threshold):
        node = ("fact", fact.key)
        graph.add_node(node, type="fact", fact=fact)
        for claim in fact.claims:
            graph.add_edge(("claim", claim.id), node, type="about")
    return graph


def link_facts(claims: Sequence[Claim], vocab: Vocabulary, *, suggest_threshold: float = 0.55,
               confirm_threshold: float = 0.65, published: dict[str, DateValue | None] | None = None,
               model: Path | None = None) -> list[Fact]:
    """The facts of the claims, sorted by key: ``facts(link_claims(...))`` one story at a time.

    Claims of different stories are never in one block, so no link and no fact crosses a story:
    each story's links are scored, grouped into facts and dropped before the next story's, and
    no graph is built. Only the context-word weights (IDF) and the fact keys look at the whole
    corpus.
    """
    idf = idf_weights(claims)
    weights = load_link_model(model)
    groups: list[tuple[str, tuple[Claim, ...]]] = []
    for story_claims in _stories(claims):
        links: Links = {}
        for members in _story_blocks(story_claims):
            _link_block(links, members, vocab, suggest_threshold, confirm_threshold, published, idf,
                        weights)
        groups.extend(_group(story_claims, links, floor=suggest_threshold))
    # The order group_facts gives a whole corpus's groups in: by where the claim naming each stands.
    wanted = {key for key, _ in groups}
    rank: dict[str, int] = {}
    for i, claim in enumerate(claims):
        if claim.id in wanted:
            rank.setdefault(claim.id, i)
    groups.sort(key=lambda g: rank[g[0]])
    found = _facts_of([members for _, members in groups], vocab)
    # As fact nodes of a graph: a key given twice keeps the later fact.
    return sorted({f.key: f for f in found}.values(), key=lambda f: f.key)


STORY_SIZE = 10  # fewer sources than this are taken as one story
BLOCK_LIMIT = 400  # an entity shared by more claims of one kind than this is too common to block on


def story_of(claims: Sequence[Claim]) -> dict[str, str]:
    """Group sources into stories by the names they share, so claims link only within a story.

    Fewer than ten sources are taken as one story. In a larger corpus (an archive, several
    stories in one folder), two sources join when the names they share weigh enough, rare names
    weighing most. Returns source id -> story id (the first source id of its story).
    """
    names: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        names[claim.source].update(claim.entities)
    sources = sorted(names)
    n = len(sources)
    if n < STORY_SIZE:
        # A handful of sources is what a user gives for one story: do not second-guess it.
        return dict.fromkeys(sources, sources[0]) if sources else {}
    df: Counter[str] = Counter(e for s in sources for e in names[s])
    # Names weigh by how few sources name them (log n/df), so that sharing "United States" and
    # "United Kingdom" does not join two stories but sharing a company's name does.
    weight = {e: math.log(n / k) for e, k in df.items()}
    needed = 0.75 * math.log(n)
    parent = {s: s for s in sources}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_entity: dict[str, list[str]] = defaultdict(list)
    for source in sources:
        for entity in names[source]:
            by_entity[entity].append(source)
    shared: dict[tuple[str, str], float] = defaultdict(float)
    for entity, members in sorted(by_entity.items()):
        if len(members) > 200 or weight[entity] <= 0:
            continue  # named by too many sources to tell stories apart
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                shared[(a, b)] += weight[entity]
    for (a, b), total in sorted(shared.items()):
        if total >= needed:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {s: find(s) for s in sources}


def candidate_blocks(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Groups of claims that may state one fact: same story, kind and unit, and a shared entity.

    Event words are too noisy to block on (the link model weighs them instead). Blocking on each
    entity a claim names, and dropping entities too common to tell stories apart, keeps the work
    near linear in the corpus while a story's claims still meet each other. A kind with few
    claims is one block.
    """
    return [block for story_claims in _stories(claims) for block in _story_blocks(story_claims)]


def _stories(claims: Sequence[Claim]) -> list[list[Claim]]:
    """The claims of each story (see ``story_of``), stories in the order of their ids."""
    story = story_of(claims)
    by_story: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_story[story.get(claim.source, claim.source)].append(claim)
    # Sorted as the blocks' "story|kind" keys sort, so blocks come in the same order either way.
    return [by_story[s] for s in sorted(by_story, key=lambda s: f"{s}|")]


def _story_blocks(claims: Sequence[Claim]) -> list[list[Claim]]:
    """The candidate blocks of one story's claims."""
    by_kind: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_kind[block_key(claim)].append(claim)
    out: list[list[Claim]] = []
    for kind in sorted(by_kind):
        members = sorted(by_kind[kind], key=lambda c: c.id)
        if len(members) <= BLOCK_LIMIT:
            out.append(members)
            continue
        by_entity: dict[str, list[Claim]] = defaultdict(list)
        for claim in members:
            for entity in set(claim.entities) or {"-"}:
                by_entity[entity].append(claim)
        for entity in sorted(by_entity):
            group = by_entity[entity]
            if 1 < len(group) <= BLOCK_LIMIT:
                out.append(group)
    return out


def _link_block(links: Links, members: Sequence[Claim], vocab: Vocabulary, suggest: float,
                confirm: float, published: dict[str, DateValue | None] | None,
                idf: dict[str, float] | None = None, weights: dict[str, float] | None = None) -> None:
    """Score the block's pairs not scored yet; add those at ``suggest`` or above to ``links``."""
    ordered = sorted({c.id: c for c in members}.values(), key=lambda c: c.id)
    spans = {c.id: _stated_span(c) for c in ordered}  # once per claim, not once per pair
    bases = {c.id: _base_of(c) for c in ordered}
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if a.source == b.source and a.sentence_start == b.sentence_start:
                continue  # two figures of one sentence are two facts
            if (a.id, b.id) in links:
                continue
            if a.event == "age" and b.event == "age" and aged_thing(a.noun, vocab) != aged_thing(b.noun, vocab):
                continue  # "the 52-year-old dam" is not "Pavla Hrunek, 63", nor "the 13-year-old coach"
            if a.kind == b.kind == "ordinal" and (a.role == "from") != (b.role == "from"):
                continue  # "41st, down from 33rd five years ago": a past rank is not the present one
            if a.kind == b.kind == "ordinal" and elapsed_unit(a) != elapsed_unit(b):
                continue  # "now in its 10th day" counts days gone by, not the fourth heatwave of the summer
            if a.kind == b.kind == "ordinal" and streak(a) != streak(b) and (_size_rank(a) or _size_rank(b)):
                continue  # "the third consecutive annual increase" is no place by size ("second-largest")
            if a.kind == b.kind == "ordinal" and _span_of_time(a) != _span_of_time(b):
                continue  # "in the first days after the crash" is a span of time, not the crash's rank
            if spans[a.id] != spans[b.id]:
                continue  # "between January 2019 and June 2022" is a span: it meets spans, not a day or a year
            if _clock(a) and (not _same_event(a, b, vocab) or _hours_apart(a, b)):
                # one night's times are close whatever they time: only one event's meet; and
                # reports of one moment differ by minutes, or by twelve hours (a.m. for p.m.),
                # not by half a day's work ("reopened at 7:30 a.m." to light aircraft, "its main
                # runway reopened at 2:15 p.m.")
                continue
            if bases[a.id] != bases[b.id]:
                continue  # "1.38 times the radius of Earth" is no multiple of "Earth's" instellation
            if (multiplied(a) or multiplied(b)) and a.role != b.role:
                continue  # "has doubled" is a change: not a share ("a quarter of the containers")
            if (birth_from_age(a) or birth_from_age(b)) and not (_stated_birth(a, b) or _one_implied_birth(a, b)):
                # the birth year an age implies meets a birth date an article states, and the same
                # year another article's age of that person implies (not another age's: two ages
                # are compared as ages)
                continue
            aged = from_age(a) or from_age(b)
            if aged and not (a.origin and b.origin and _same_thing(a, b, vocab)):
                # the year "the 48-year-old plant" implies meets only a date the plant came to be
                # ("the plant opened in 1971"); ages themselves are compared as ages
                continue
            features = pair_features(a, b, vocab, published, idf)
            score = score_features(features, weights or load_link_model())
            if aged:
                score = max(score, confirm)  # rule, not learned: too few such pairs to learn from
            if unit_slip(a, b):
                score = 1.0  # "4,120 metres" and "4,120 feet" in two articles: one figure, its unit slipped
            elif scale_slip(a, b) and score_features({**features, "magnitude": 0.0, "value_close": 0.0},
                                                     weights or load_link_model()) >= suggest:
                # "£412,000" and "£4.12m in costs" in two articles, said of one thing but for the
                # scale: one figure, its decimal point slipped (rule, not learned: too few such
                # pairs to learn from)
                score = max(score, confirm)
            if score >= suggest and a.source != b.source and _origins(a, b, published) \
                    and not (a.noun and b.noun and features.get("noun_sim", 0.0) < 0.5):
                # "founded in 1871" and "opened in 1881": when one thing came to be, years back,
                # in two articles' words (rule, not learned: too few such pairs to learn from)
                score = max(score, confirm)
            if score >= suggest and a.source != b.source and _one_base(a, b, bases[a.id]):
                # "168 times the legal limit" and "nearly seventeen times the legal limit": one
                # multiple of one base, however far apart the factors (rule, not learned: too few
                # such pairs to learn from)
                score = max(score, confirm)
            if digit_slip(a, b) and score >= suggest:
                # "£4.6m" and "six point four million pounds" said of one thing: one figure whose
                # digits slipped, before any nearer figure of another thing (rule, not learned)
                score = 1.0
            if _clock(a) and _clock(b) and a.source != b.source and score >= suggest:
                # two articles' times of day for one event, hours apart at most (the gate above):
                # one moment, however the rest of their sentences differ ("The fire broke out at
                # 6.42am" and "which broke out at 8.42am on March 17"; rule, not learned)
                score = max(score, confirm)
            if a.source != b.source and _one_doing(a, b):
                # "the £4.2m lottery grant awarded in June 2022" and "The £4.2m lottery grant was
                # awarded in June 2023": one verb said of one thing (rule, not learned)
                score = max(score, confirm)
            if a.source != b.source and _one_ordinal_fact(a, b, features, vocab):
                score = max(score, confirm)
            if a.source != b.source and _one_growth(a, b, vocab):
                score = max(score, confirm)
            if features["once_same"]:
                # One founding per company, one birth per person: the same once-only event of
                # the same named entity is one fact, whatever the dates (rule, not learned: the
                # gold stories hold too few such pairs to learn it from).
                score = max(score, confirm)
            if score >= suggest:
                links[(a.id, b.id)] = (round(score, 4), "confirmed" if score >= confirm else "suggested")


# ends joined by a word, or two full years by a dash ("2019-2022"; "2025-26" names a season or a
# school or fiscal year, one period rather than a span between two ends)
_SPAN_JOIN = re.compile(r"\s(?:to|and|through|thru|until|till)\s|\d{4}\s*[-\u2013]\s*\d{4}", re.I)


def _stated_span(claim: Claim) -> bool:
    """Whether a date claim states a span with both its ends ("between 2022 and 2025", "from
    January 2019 to June 2023", "2019-2022"), which meets only other spans."""
    return isinstance(claim.value, DateValue) and claim.value.precision == "range" \
        and not claim.value.relative and bool(_SPAN_JOIN.search(claim.quote))


def _one_ordinal_fact(a: Claim, b: Claim, features: dict[str, float], vocab: Vocabulary) -> bool:
    """Rules, not learned (the gold stories hold too few such pairs to learn from), for two
    articles' claims that state one fact in words the link model scores apart: runs of one thing
    ("the third consecutive annual increase", "the fourth year in a row that fares have risen")
    unless their events differ; places by one superlative ("the country's third-largest", "the
    second-largest refinery in the country") when their nouns agree or one is unsaid; counts of
    how often one thing has happened ("the third closure since 2014", "the fourth time in a dozen
    years", "at the council's second attempt") when their nouns and events do not tell them apart;
    and dates of one record ("the driest spring since 1995", "... since 1976"), however far apart
    the years."""
    if streak(a) and streak(b):
        return not (a.event and b.event and vocab.canonical(a.event) != vocab.canonical(b.event))
    if _size_rank(a) and _size_rank(a) == _size_rank(b):
        return not a.noun or not b.noun or features["noun_sim"] >= 0.5
    ra, rb = recurrence(a), recurrence(b)
    if ra != rb:
        # "the third attempt in a decade" and "at the council's second attempt": the same noun
        # counts the same attempts, span or no span
        plain = b if ra else a
        counted = a if ra else b
        heads = {_head(c.noun) for c in (a, b)}
        if plain.kind == "ordinal" and not streak(plain) and not _size_rank(plain) \
                and _head(counted.noun) in _OCCASIONS and _action(_head(plain.noun)) \
                and isinstance(plain.value, NumberValue) and (plain.value.stated or 0) >= 2:
            # "the fourth time in a decade" and "the third mass closure, after 2017 and 2022": how
            # often one thing has happened, the one counting occasions, the other the thing
            return True
        return plain.kind == "ordinal" and not streak(plain) and not _size_rank(plain) and len(heads) == 1 \
            and None not in heads and not heads <= _OCCASIONS | _SEQUENCE
    if ra and rb:
        # "the third prolonged closure of the line since 2014" and "the fourth time in a dozen
        # years": how often one thing has happened, counted over a span or as "the Nth time",
        # when what happened is not said in other words
        nouns = [_head(c.noun) for c in (a, b) if c.noun and _head(c.noun) not in _OCCASIONS]
        same = len(nouns) < 2 or features["noun_sim"] >= 0.5 or features["noun_head_same"] > 0
        events = {vocab.canonical(c.event) for c in (a, b) if c.event and not vocab.weak(c.event)}
        return same and len(events) < 2
    return a.event == b.event == "record_since" and _same_record(a, b)


_OCCASIONS = OCCASION_NOUNS
# places in a sequence, many to a story ("the first year", "the third round"): a plain one is no
# count of how often something happened
_SEQUENCE = frozenset({"year", "day", "week", "month", "quarter", "half", "round", "game", "match", "stage",
                       "leg", "season", "term", "minute", "hour", "set", "lap", "innings", "test", "edition"})

# endings of nouns for things that happen ("closure", "extension", "activation")
_ACTION_ENDINGS = ("tion", "sion", "ment", "ure", "al")


def _action(noun: str | None) -> bool:
    """Whether a noun names something that happens, by its ending: "the third mass closure" counts
    closures as "the fourth time" counts occasions ("cut" or "strike" the ending cannot tell)."""
    return noun is not None and len(noun) > 4 and noun.endswith(_ACTION_ENDINGS) and noun not in _SEQUENCE


def recurrence(claim: Claim) -> bool:
    """Whether an ordinal counts how often something has happened: "the Nth time", or the Nth
    of something over a span ("the third failure on this main since 2019", "the third attempt in
    a decade")."""
    if claim.kind != "ordinal" or streak(claim) or _size_rank(claim):
        return False
    return _head(claim.noun) in _OCCASIONS or bool(claim.period_text) or "history" in claim.near


_STREAK_WORDS = frozenset({"consecutive", "straight", "successive", "row", "running"})


def multiplied(claim: Claim) -> bool:
    """A change a growth verb states ("has doubled since 2021": a rise of 80 to 124 percent)."""
    return claim.kind == "percent" and claim.role == "change" \
        and (claim.derived or "").startswith(f"\"{claim.quote}\": a ")


def _one_growth(a: Claim, b: Claim, vocab: Vocabulary) -> bool:
    """A growth verb's change and the change another article's ends give ("the deficit has
    doubled" and "the deficit grew from £15m to £47m"), said of one thing: the words of the
    verb's subject stand in the other sentence (rule, not learned: too few such pairs to learn from)."""
    if multiplied(b) and not multiplied(a):
        a, b = b, a
    if not multiplied(a) or b.kind != "percent" or b.role != "change" or b.direction != a.direction:
        return False
    subject = [w for w in tokens(a.noun or "") if len(w) > 3]
    while len(subject) > 1 and subject[-1].endswith("ing"):
        subject.pop()  # "cyclists crossing": a participle after the head noun
    # its head noun, "seizures" of "cocaine seizures", or the same noun in other words ("school
    # audiences have doubled" and "Schools attendance reached 14,200, up from 4,700")
    return bool(subject) and (subject[-1] in b.tokens or any(vocab.same_noun(subject[-1], t) for t in b.tokens))


def _one_doing(a: Claim, b: Claim) -> bool:
    """Two dates of one event, each right after the same verb said of the same thing (``said_of``),
    a year or so apart at most: one date, one of them wrong."""
    if a.said_of is None or a.said_of != b.said_of:
        return False
    if not (a.kind == b.kind == "date" and a.event and a.event == b.event):
        return False
    va, vb = a.value, b.value
    return isinstance(va, DateValue) and isinstance(vb, DateValue) and va.earliest is not None \
        and vb.earliest is not None and abs((va.earliest - vb.earliest).days) <= 400


def _origins(a: Claim, b: Claim, published: dict[str, DateValue | None] | None) -> bool:
    """Whether two dates both say when something came to be, each two years or more before its
    article (an opening next month is a plan, not a thing's origin)."""
    def old(c: Claim) -> bool:
        pub = (published or {}).get(c.source)
        return isinstance(c.value, DateValue) and c.value.earliest is not None and pub is not None \
            and pub.earliest is not None and pub.earliest.year - c.value.earliest.year >= 2
    return a.origin and b.origin and a.kind == b.kind == "date" and old(a) and old(b)


def _base_of(claim: Claim) -> str | None:
    """The head word of the base a multiple multiplies ("times legal limit for the river" ->
    "limit", "times radius of Earth" -> "radius"), or its figure and unit ("times 11,000 tonnes
    Corvane sought" -> "11,000 tonnes"); None for a claim that is no such multiple."""
    noun = (claim.noun or "").lower()
    if claim.role != "multiplier" or not noun.startswith("times "):
        return None
    words = noun[6:].split(" of ")[0].split()
    if len(words) > 1 and re.match(r"[£$€¥]?\d", words[0]):
        return " ".join(words[:2])  # "the 11,000 tonnes Corvane sought": a figure and what it counts
    return re.sub(r"['’]s$", "", words[-1]) if words else None


def _one_base(a: Claim, b: Claim, base: str | None) -> bool:
    """Whether two multiples of the same base (``base``, their shared _base_of) are multiples of
    it said in the same words ("times legal limit"), or of one figure of one thing ("the 11,000
    tonnes Corvane sought", "the 11,000 tonnes")."""
    return base is not None and (re.match(r"[£$€¥]?\d", base) is not None
                                 or (a.noun or "").lower() == (b.noun or "").lower())


def streak(claim: Claim) -> bool:
    """Whether an ordinal counts a run ("the third consecutive rise", "the fourth year in a row")."""
    return claim.kind == "ordinal" and bool(_STREAK_WORDS & {*claim.near, *(claim.noun or "").lower().split()})


_SIZE_RANK = re.compile(r"-(?:(largest|biggest)|(busiest)|(longest)|(highest|tallest)|(deadliest|worst)|(oldest))$",
                        re.I)


def _size_rank(claim: Claim) -> int:
    """The superlative an ordinal ranks by ("third-largest" and "second-biggest" alike), 0 for none."""
    found = _SIZE_RANK.search(claim.quote) if claim.kind == "ordinal" else None
    return next((i for i, g in enumerate(found.groups(), 1) if g), 0) if found else 0


_SUPERLATIVE = re.compile(r"[a-z]+est|most|least|worst|best")
_NOT_SUPERLATIVE = frozenset({"interest", "forest", "protest", "contest", "request", "harvest", "arrest", "suggest",
                              "invest", "honest", "modest", "west", "test", "latest", "rest", "guest", "nest"})


# Words that end the thing a superlative is said of: where its span or date begins ("the
# highest since August 2022", "the highest level in nearly five years")
_SPAN_WORDS = re.compile(r"\d.*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|more|over|nearly|almost|"
                         r"about|around|roughly|least|less|under|just|years?|months?|decades?|one|two|three|four|"
                         r"five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty")


def _record_words(claim: Claim) -> tuple[str, frozenset[str]] | None:
    """The superlative a record date follows and the words after it up to its span or date
    ("driest", {"spring"}; "highest", {} for "the highest since August 2022")."""
    for i, word in enumerate(claim.tokens):
        if (_SUPERLATIVE.fullmatch(word) and word not in _NOT_SUPERLATIVE) or word == "first":
            after = claim.tokens[i + 1:i + 4]
            cut = next((j for j, w in enumerate(after) if _SPAN_WORDS.fullmatch(w)), len(after))
            return word, frozenset(after[:cut])
    return None


def _same_record(a: Claim, b: Claim) -> bool:
    """Two record dates of one superlative said of the same thing ("driest spring"), or of
    nothing named ("the highest since 2022", "the highest level in five years")."""
    ra, rb = _record_words(a), _record_words(b)
    return ra is not None and rb is not None and ra[0] == rb[0] and (bool(ra[1] & rb[1]) or not ra[1] or not rb[1])


def unit_slip(a: Claim, b: Claim) -> bool:
    """Whether two claims of different articles write the same figure, of three significant digits
    or more, in two units of one dimension ("4,120 metres" and "4,120 feet")."""
    va, vb = a.value, b.value
    if a.source == b.source or not (isinstance(va, NumberValue) and isinstance(vb, NumberValue)):
        return False
    if va.unit is None or va.unit != vb.unit or va.stated is None or vb.stated is None or a.scale == b.scale:
        return False
    digits = "".join(ch for ch in a.quote if ch.isdigit())
    return digits == "".join(ch for ch in b.quote if ch.isdigit()) and len(digits.strip("0")) >= 3 \
        and math.isclose(va.stated / a.scale, vb.stated / b.scale, rel_tol=1e-6)


def scale_slip(a: Claim, b: Claim) -> bool:
    """Whether two counts or amounts of different articles write the same three or more
    significant digits at scales a power of ten apart ("£412,000" and "£4.12m", "1,583" and
    "15,830"): a decimal point or a zero that slipped."""
    va, vb = a.value, b.value
    if a.source == b.source or a.kind != b.kind or a.kind not in ("count", "money") \
            or not (isinstance(va, NumberValue) and isinstance(vb, NumberValue)):
        return False
    if va.unit != vb.unit or a.scale != b.scale or not va.stated or not vb.stated or va.stated == vb.stated:
        return False
    if "".join(ch for ch in a.quote if ch.isdigit()) == "".join(ch for ch in b.quote if ch.isdigit()):
        return False  # "412.6" and "412.6 million": a scale word left out, not a slip
    sig_a, sig_b = significant_digits(va.stated), significant_digits(vb.stated)
    if sig_a != sig_b or len(sig_a) < 3:
        return False
    ratio = math.log10(abs(va.stated / vb.stated))
    return abs(ratio - round(ratio)) < 1e-9


def digit_slip(a: Claim, b: Claim) -> bool:
    """Whether two sums of money of different articles write the same two or more significant
    digits in another order at one magnitude ("£4.6m" and "six point four million pounds",
    "£2.1m" and "£1.2m"): a keyboard's slip. (Counts too, of two or of three digits, were tried:
    a real item or two more, for false errors and errors matching no gold item.)"""
    va, vb = a.value, b.value
    if a.source == b.source or a.kind != b.kind or a.kind != "money" \
            or not (isinstance(va, NumberValue) and isinstance(vb, NumberValue)):
        return False
    if va.unit != vb.unit or not va.stated or not vb.stated or va.stated == vb.stated:
        return False
    sig_a, sig_b = significant_digits(va.stated), significant_digits(vb.stated)
    return len(sig_a) >= 2 and sig_a != sig_b and sorted(sig_a) == sorted(sig_b) \
        and math.floor(math.log10(abs(va.stated))) == math.floor(math.log10(abs(vb.stated)))


def significant_digits(x: int | float) -> str:
    """The significant digits of a figure: 412000 -> "412", 4.12 -> "412", 0.0305 -> "305"."""
    return f"{abs(x):.10f}".replace(".", "").strip("0")


def from_age(claim: Claim) -> bool:
    """Whether the claim is the year a thing's age implies ("the 48-year-old plant")."""
    return claim.origin and claim.kind == "date" and claim.derived is not None and claim.noun is not None


def birth_from_age(claim: Claim) -> bool:
    """Whether the claim is the birth year a person's age implies ("Maren Holt, 46,")."""
    return claim.kind == "date" and claim.event == "born" and claim.derived is not None and not claim.origin


def _stated_birth(a: Claim, b: Claim) -> bool:
    """Whether one claim is a birth year an age implies and the other a date an article gives
    as the same named person's birth ("Holt, who was born in 1972"); two ages are compared as
    ages, and the other dates of a sentence that says "born" ("born in 1971 and joined the
    airport in 2019") are not births."""
    implied, other = (a, b) if birth_from_age(a) else (b, a)
    return not birth_from_age(other) and other.kind == "date" and other.event == "born" \
        and other.derived is None and "born" in other.near \
        and _names_meet(_named(implied.entities), _named(other.entities))


def _one_implied_birth(a: Claim, b: Claim) -> bool:
    """Whether two birth years ages imply are one named person's and agree ("Harold Penrose, 71,"
    in two articles): both meet the birth date a third article states."""
    va, vb = a.value, b.value
    if not (birth_from_age(a) and birth_from_age(b) and isinstance(va, DateValue) and isinstance(vb, DateValue)):
        return False
    if va.earliest is None or va.latest is None or vb.earliest is None or vb.latest is None:
        return False
    return va.earliest <= vb.latest and vb.earliest <= va.latest and _names_meet(_named(a.entities), _named(b.entities))


def _same_thing(a: Claim, b: Claim, vocab: Vocabulary) -> bool:
    """Whether an age's thing ("plant") is named around the other date ("the plant opened in
    1971", or in other words: "the refinery opened in 1968"), or a name is shared; never a date
    of the article's own year ("the barrier opened on May 14"), when no age was worth stating."""
    if from_age(a) and from_age(b):
        return False
    aged, other = (a, b) if from_age(a) else (b, a)
    year = re.match(r"published (\d{4})", aged.value.anchor or "") if isinstance(aged.value, DateValue) else None
    if year and isinstance(other.value, DateValue) and other.value.earliest is not None \
            and other.value.earliest.year >= int(year.group(1)):
        return False
    kind = vocab.thing(aged.noun or "")
    return kind in {vocab.thing(t) for t in other.tokens} or _names_meet(_named(aged.entities), _named(other.entities))


def _clock(claim: Claim) -> bool:
    """Whether the claim is a time of day (unit "time", "time UTC", ...)."""
    return isinstance(claim.value, NumberValue) and claim.value.time_of_day


def _hours_apart(a: Claim, b: Claim) -> bool:
    """Whether two times of day are more than three hours apart and not twelve hours apart."""
    va, vb = a.value, b.value
    if not (isinstance(va, NumberValue) and isinstance(vb, NumberValue)) or None in (va.low, va.high, vb.low, vb.high):
        return False
    assert va.low is not None and va.high is not None and vb.low is not None and vb.high is not None
    gap = max(va.low - vb.high, vb.low - va.high, 0)
    return gap > 180 and abs(gap - 720) > 60


def _same_event(a: Claim, b: Claim, vocab: Vocabulary) -> bool:
    """Whether two claims name one event class that says something (not a weak one such as
    "announce")."""
    return bool(a.event and b.event and vocab.canonical(a.event) == vocab.canonical(b.event)
                and not vocab.weak(a.event))


def group_facts(graph: nx.Graph, claims: Sequence[Claim], vocab: Vocabulary, *,
                confirm_threshold: float, floor: float) -> list[Fact]:
    """Average-linkage grouping over confirmed links; each group of 2+ claims is a fact."""
    links: Links = {(u[1], v[1]): (float(d["score"]), d.get("status", "")) for u, v, d in graph.edges(data=True)
                    if d.get("type") == "link"}
    return _facts_of([members for _key, members in _group(claims, links, floor=floor)], vocab)


def _group(claims: Sequence[Claim], links: Links, *, floor: float) -> list[tuple[str, tuple[Claim, ...]]]:
    """Average-linkage grouping of the claims over their confirmed links: each group of 2+ claims,
    with the id that names its cluster, in the order of those ids among ``claims``."""
    cluster_of = {c.id: c.id for c in claims}
    members: dict[str, list[str]] = {c.id: [c.id] for c in claims}
    position = dict.fromkeys(cluster_of, 0)  # a claim's index in its cluster's member list
    rows: dict[str, dict[str, float]] = defaultdict(dict)  # claim id -> linked claim id -> score
    for (u, v), (score, _status) in links.items():
        rows[u][v] = rows[v][u] = score
    by_id = {c.id: c for c in claims}
    aged = {c.id for c in claims if from_age(c)}
    edges = sorted(((score, u, v) for (u, v), (score, status) in links.items()
                    if status == "confirmed" and u not in aged and v not in aged),
                   key=lambda e: (-e[0], e[1], e[2]))
    for _score_ab, a, b in edges:
        ca, cb = cluster_of[a], cluster_of[b]
        if ca == cb:
            continue
        # Two figures of one sentence are two facts ("needs 76 of the 151 seats"): never merge them.
        # (Ages are the exception: "Mira Ostrand, 71, ... beating a record set by a 68-year-old"
        # gives two people's ages, and the ages of a fact are judged per named person.)
        spots = {(by_id[x].source, by_id[x].sentence_start) for x in members[ca] if not is_age(by_id[x])}
        if any((by_id[y].source, by_id[y].sentence_start) in spots for y in members[cb] if not is_age(by_id[y])):
            continue
        # The mean link score over all cross pairs (a pair without a link scores 0). Each claim's
        # links are looked up in a plain dict, from whichever side is shorter, and the terms are
        # added in the pair order ``x in members[ca], y in members[cb]`` so that the float sum is
        # the same to the last bit whichever way it is gathered.
        total = 0.0
        other = members[cb]
        for x in members[ca]:
            row = rows.get(x)
            if not row:
                continue
            if len(row) < len(other):
                for _pos, score in sorted((position[y], v) for y, v in row.items() if cluster_of[y] == cb):
                    total += score
            else:
                for y in other:
                    linked = row.get(y)
                    if linked is not None:
                        total += linked
        mean = total / (len(members[ca]) * len(other))
        if mean < floor:
            continue
        keep, gone = (ca, cb) if ca < cb else (cb, ca)
        offset = len(members[keep])
        for i, x in enumerate(members[gone]):
            cluster_of[x] = keep
            position[x] = offset + i
        members[keep].extend(members.pop(gone))
    # The year an age implies joins the group of the date it is linked with best, whoever else
    # states that date: "the 15-year-old container ship" meets "sister ships delivered in 2009",
    # and so the wire's "The Halden Spirit was built in 2009" too.
    for x in sorted(aged):
        best = max(((score, y) for y, score in rows.get(x, {}).items()
                    if y not in aged and links[(x, y) if (x, y) in links else (y, x)][1] == "confirmed"),
                   key=lambda e: (e[0], e[1]), default=None)
        if best is None:
            continue
        keep = cluster_of[best[1]]
        mine = (by_id[x].source, by_id[x].sentence_start)
        if any((by_id[y].source, by_id[y].sentence_start) == mine for y in members[keep]):
            continue
        if 2 * sum(by_id[y].origin for y in members[keep]) < len(members[keep]):
            continue  # a group of other dates (the fire, the reopening) that one origin date joined
        cluster_of[x] = keep
        members[keep].extend(members.pop(x))
    return [(key, tuple(sorted((by_id[i] for i in ids), key=lambda c: (c.source, c.start, c.id))))
            for key, ids in members.items() if len(ids) >= 2]


def _facts_of(groups: Iterable[tuple[Claim, ...]], vocab: Vocabulary) -> list[Fact]:
    """The facts of the groups, sorted by key; a key two groups share gets a suffix from their values."""
    facts = [Fact(key=fact_key(group), label=fact_label(group, vocab), kind=group[0].kind, claims=group)
             for group in groups]
    facts.sort(key=lambda f: f.key)
    # Two groups with one signature get distinct keys from their values, in a stable order.
    counts = Counter(f.key for f in facts)
    if any(n > 1 for n in counts.values()):
        facts = [
            f if counts[f.key] == 1 else Fact(
                key=f"{f.key}#{fingerprint('', sorted({c.display for c in f.claims}))[:6]}",
                label=f.label, kind=f.kind, claims=f.claims)
            for f in facts
        ]
    return facts


def _majority(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def fact_key(claims: Sequence[Claim]) -> str:
    """A stable key of what the claims are about (never of where they sit in a file).

    Built from the value kind and unit, the majority event, the entities that at least half of
    the claims mention, and the majority counted noun, so a new agreeing source or a copy edit
    does not change it.
    """
    n = len(claims)
    entity_counts = Counter(e for c in claims for e in set(c.entities))
    entities = sorted(e for e, k in entity_counts.items() if k * 2 >= n)
    event = _majority(c.event for c in claims) or "-"
    noun = _majority(_head(c.noun) for c in claims) or "-"
    return "|".join((block_key(claims[0]), event, ",".join(entities) or "-", noun))


def _head(noun: str | None) -> str | None:
    if not noun:
        return None
    head = noun.split()[-1].lower()
    return head[:-1] if len(head) > 4 and head.endswith("s") and not head.endswith("ss") else head


def fact_label(claims: Sequence[Claim], vocab: Vocabulary) -> str:
    """The fact in words, for a reader: "date of suspend — China, Nancy Pelosi, Taiwan",
    "number of Chinese nationals (arrest) — China, Customs and Border Protection"."""
    n = len(claims)
    entity_counts = Counter(e for c in claims for e in set(c.entities))
    names = []
    for e, k in sorted(entity_counts.items(), key=lambda kv: (-kv[1], kv[0])):
        if k * 2 < n:
            continue
        if e in vocab.entities:
            names.append(vocab.entities[e].label)
        elif e.startswith("name:"):
            names.append(e[5:].title())
    event = _majority(c.event for c in claims)
    if event and event.startswith("verb:"):
        event = f"'{event[5:]}…'"  # a verb the vocabulary does not list, by its stem
    noun = _majority((c.noun or "").strip() or None for c in claims)
    kind = claims[0].kind
    what = {"date": "date", "count": "number", "money": "amount", "percent": "percentage",
            "ordinal": "rank"}.get(kind, kind)
    if kind == "date":
        head = f"date of {event}" if event else "date"
    elif noun:
        head = f"{what} of {noun}" + (f" ({event})" if event else "")
    else:
        head = f"{what} ({event})" if event else what
    return head + (" — " + ", ".join(names[:3]) if names else "")


def facts(graph: nx.Graph) -> list[Fact]:
    """The facts of a claim graph, sorted by key."""
    return sorted((d["fact"] for _n, d in graph.nodes(data=True) if d.get("type") == "fact"),
                  key=lambda f: f.key)


def suggested_links(graph: nx.Graph) -> list[tuple[str, str, float]]:
    """Links shown for review but not counted: (claim id, claim id, score)."""
    return sorted(
        (min(u[1], v[1]), max(u[1], v[1]), float(d["score"]))
        for u, v, d in graph.edges(data=True)
        if d.get("type") == "link" and d.get("status") == "suggested"
    )


def is_close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
