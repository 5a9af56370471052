"""Conflict -> Suggestion: which value, how confident, and why, from evidence an editor can check.

Evidence, in the order the rationale gives it:

1. independent sources per side: syndicated copies of one story (sources sharing whole long
   sentences) count once;
2. source reliability learned across every fact of the corpus (the truth-discovery engine in
   :mod:`reconcile.truth`: sources that agree with the consensus elsewhere weigh more);
3. reference facts (``facts/reference.toml``: known, dated events and figures editors keep);
4. derived evidence: a value worked out from a relative date or from arithmetic in another
   sentence corroborates the side it falls on, and a birth year an article states ("Voss, born
   in 1967") the side of a person's ages it fits;
5. recency, for figures that evolve (a toll, a tally to date): the latest report is preferred;
6. corrections: a source that corrects an earlier report ("1931, not 1913 as reported",
   "Correction: an earlier report gave the number as 124") outweighs the copies of that report.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reconcile.detect import PERSON_FRAME, reader_interval
from reconcile.errors import ConfigError
from reconcile.extract.corrections import quoted_correction_role
from reconcile.extract.frames import ends_change
from reconcile.link import Fact, birth_from_age, from_age, multiplied
from reconcile.models import Claim, ClaimRef, Conflict, DateValue, NumberValue, Side, Source, Suggestion
from reconcile.truth import TruthClaim, TruthResult, discover

_SENTENCE = re.compile(r"[^.!?\n]{80,}[.!?]")


@dataclass(frozen=True)
class ReferenceFact:
    """A known fact an editor recorded: what, its event and entities, and its value."""

    what: str
    event: str | None
    entities: tuple[str, ...]
    date: DateValue | None
    value: float | None
    where: str | None


def load_reference(path: Path | None) -> list[ReferenceFact]:
    """Reference facts from a TOML file of ``[[fact]]`` tables; none when the file is absent.

    Raises ConfigError E302 for an invalid file.
    """
    if path is None or not path.is_file():
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        out = []
        for entry in data.get("fact", []):
            date = None
            if "date" in entry:
                from reconcile.ingest import published_interval

                date = published_interval(str(entry["date"]))
            out.append(ReferenceFact(
                what=str(entry["what"]), event=entry.get("event"),
                entities=tuple(sorted(entry.get("entities", []))), date=date,
                value=float(entry["value"]) if "value" in entry else None,
                where=entry.get("source"),
            ))
        return out
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, ValueError, TypeError) as exc:
        raise ConfigError("E302", path=path, detail=str(exc)) from exc


def copy_groups(sources: Sequence[Source]) -> dict[str, str]:
    """Map each source to the first (by id) source it shares a long sentence with (or itself)."""
    parent = {s.id: s.id for s in sources}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    seen: dict[str, str] = {}
    for source in sorted(sources, key=lambda s: s.id):
        body = source.text[source.body_start:]
        for match in _SENTENCE.finditer(body):
            key = re.sub(r"\W+", " ", match.group(0).lower()).strip()
            other = seen.setdefault(key, source.id)
            if other != source.id:
                a, b = find(other), find(source.id)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    return {s: find(s) for s in parent}


def syndication_originals(sources: Sequence[Source], groups: dict[str, str]) -> frozenset[str]:
    """The source each copy group started from: the one whose outlet the other copies credit
    ("By Lukas Brenner, Meridian Press Agency, with additional reporting by Gazette staff"),
    else the one published before all the others. Groups of one, and groups where neither
    tells, have none."""
    members: dict[str, list[Source]] = {}
    for source in sources:
        members.setdefault(groups.get(source.id, source.id), []).append(source)
    out: set[str] = set()
    for group in members.values():
        if len(group) < 2:
            continue
        credited = [s for s in group if s.outlet and len(s.outlet) >= 4 and any(
            s.outlet.lower() in o.text[o.body_start:].lower() for o in group if o.id != s.id)]
        if len(credited) == 1:
            out.add(credited[0].id)
            continue
        first = min(_published_key(s) for s in group)
        earliest = [s for s in group if _published_key(s) == first]
        if len(earliest) == 1 and first != dt.date.min:
            out.add(earliest[0].id)
    return frozenset(out)


def _fact_key_of(conflict: Conflict) -> str:
    """The key of the fact a conflict was found in (without the frame it was judged in)."""
    return conflict.fact_key.split("|frame:")[0]


def _fitting_several(conflict: Conflict, fact_claims: Sequence[Claim]) -> list[Claim]:
    """The figures of the fact on no side of the conflict that fit two or more of its sides
    ("dozens" beside 47 and 74): consistent with each, so wrong about nothing."""
    of_fact = {c.id: c for c in fact_claims}
    hulls = []
    for side in conflict.sides:
        spans = [reader_interval(of_fact[r.id]) for r in side.claims if r.id in of_fact]
        if spans:
            hulls.append((min(lo for lo, _ in spans), max(hi for _, hi in spans)))
    sided = {r.id for side in conflict.sides for r in side.claims}
    out = []
    for claim in of_fact.values():
        if claim.id not in sided and not isinstance(claim.value, DateValue):
            low, high = reader_interval(claim)
            if sum(low <= hi and lo <= high for lo, hi in hulls) > 1:
                out.append(claim)
    return out


def learn_reliability(facts: Sequence[Fact], conflicts: Sequence[Conflict], groups: dict[str, str],
                      decided: dict[str, str] | None = None) -> TruthResult:
    """Source reliability across every fact: which sources side with the evidence elsewhere.

    Items are the conflicts (values: their sides) and the facts without a conflict (where every
    source agrees); editors' resolutions pin the value of their conflict.
    """
    claims: list[TruthClaim] = []
    in_conflict: set[str] = set()
    fact_claims = {f.key: f.claims for f in facts}
    for conflict in conflicts:
        if conflict.severity == "info":
            continue
        in_conflict.add(_fact_key_of(conflict))
        for claim in _fitting_several(conflict, fact_claims.get(_fact_key_of(conflict), ())):
            claims.append(TruthClaim(claim.source, f"{conflict.fact_key}|open", "agreed"))
        if conflict.severity == "warning" and conflict.kind != "time-difference":
            # A difference of period, scope or measure: no side is wrong, so no source loses by
            # it (the side alone in its frame would sink for it); sources agreeing on one side
            # still confirm each other.
            for side in conflict.sides:
                if len({groups.get(s, s) for s in side.sources}) > 1:
                    for source in side.sources:
                        claims.append(TruthClaim(source, f"{conflict.fact_key}|side:{side.value}", "agreed"))
            continue
        if conflict.fact_key.startswith("date|born|") and conflict.fact_key not in (decided or {}) \
                and any(all(r.derived is not None for r in side.claims) for side in conflict.sides):
            # A birth year worked out from an age is no statement of its own: its article's
            # standing is taught by the age, not a second time by the year.
            continue
        if all(len({groups.get(s, s) for s in side.sources}) == 1 for side in conflict.sides) \
                and conflict.fact_key not in (decided or {}):
            # One source against one: either may be wrong, so it says nothing about either
            # (judged leave-one-out, both would count as wrong, and a source that others copy
            # from and argue with would sink for being argued with).
            continue
        for side in conflict.sides:
            for source in side.sources:
                claims.append(TruthClaim(source, conflict.fact_key, side.value))
    for fact in facts:
        if fact.key not in in_conflict and not all(birth_from_age(c) for c in fact.claims):
            # (the birth years two articles' ages imply agree as the ages do: taught once, by the ages)
            for claim in fact.claims:
                claims.append(TruthClaim(claim.source, fact.key, "agreed"))
    copies = {(s, g): 0.9 for s, g in groups.items() if s != g}
    items = {c.item for c in claims}
    prior: dict[Hashable, Hashable] = {k: v for k, v in (decided or {}).items() if k in items}
    return discover(claims, copies=copies or None, prior=prior or None)


def _reference_for(conflict: Conflict, fact: Fact | None, reference: Sequence[ReferenceFact]
                   ) -> tuple[ReferenceFact, Side] | None:
    if fact is None:
        return None
    events = {c.event for c in fact.claims}
    entities = {e for c in fact.claims for e in c.entities}
    for ref in reference:
        if ref.event and ref.event not in events:
            continue
        if not set(ref.entities) <= entities:
            continue
        for side in conflict.sides:
            side_claims = [c for c in fact.claims if c.id in {r.id for r in side.claims}]
            if ref.date is not None and fact.kind == "date" and ref.date.earliest is not None:
                day = ref.date.earliest
                if any(isinstance(c.value, DateValue) and c.value.resolved and
                       c.value.earliest <= day <= c.value.latest  # type: ignore[operator]
                       for c in side_claims):
                    return ref, side
            if ref.value is not None and fact.kind != "date":
                for c in side_claims:
                    v = c.value
                    if not isinstance(v, DateValue):
                        lo = v.low if v.low is not None else float("-inf")
                        hi = v.high if v.high is not None else float("inf")
                        if lo <= ref.value <= hi:
                            return ref, side
    return None


# Sides whose support differs by less than this share are tied: reliabilities a few hundredths
# apart, each estimated from a handful of claims, are no evidence. A tie goes to the side whose
# sources have the longer confirmed record (accuracy times claims), which is surer.
TIE = 0.05


def suggest_value(conflict: Conflict, fact: Fact | None, sources: dict[str, Source],
                  groups: dict[str, str], reliability: TruthResult | None,
                  reference: Sequence[ReferenceFact], evolving: bool,
                  originals: frozenset[str] = frozenset(),
                  discredited: dict[str, tuple[float, str]] | None = None,
                  days: dict[dt.date, frozenset[str]] | None = None,
                  fact_days: dict[dt.date, frozenset[str]] | None = None,
                  totals: Sequence[tuple[float, str, str]] = (),
                  births: Sequence[Claim] = (),
                  ends_by_sentence: dict[tuple[str, int], list[Claim]] | None = None) -> Suggestion | None:
    """A suggested value for a conflict, or None for agreements and explained look-alikes
    where no side is wrong (different periods, measures or scopes)."""
    if conflict.severity == "info":
        return None
    if conflict.severity == "warning" and conflict.kind != "time-difference":
        return None
    if conflict.kind == "arithmetic-inconsistency":
        implied, ends = _implied(conflict)
        if _is_sum(conflict):
            stated = conflict.sides[0]
            stated_total = [c for c in fact.claims if c.id == stated.claims[0].id] if fact is not None else []
            agreeing = _same_figure_elsewhere(stated, stated_total, conflict, fact, groups)
            if agreeing:
                # "186 people were evacuated" in two other articles: the total stands, a part is off
                names = ", ".join(c.source for c in agreeing)
                return Suggestion(value=stated.value, confidence=0.6, rationale=(
                    f"{len(agreeing)} other source{'s' if len(agreeing) != 1 else ''} ({names}) give the same "
                    f"total, {stated.value}",
                    f"so one of the parts {ends} is the likelier to be misstated; check them against the "
                    "primary data",))
            return Suggestion(value=implied, confidence=0.6, rationale=(
                f"the parts {ends} add up to it",
                "the parts are several figures and the total one; a total is the likelier to be "
                "misstated or left unchanged when a part was revised, so check it against the primary data",))
        if _is_share(conflict):
            return Suggestion(value=implied, confidence=0.6, rationale=(
                f"the share {ends} gives",
                "the part and the whole are two figures and the share one; a share is the likelier "
                "to be misstated or rounded, so check it against the primary data",))
        return Suggestion(value=implied, confidence=0.6, rationale=(
            f"the change {ends} implies" if ends else "the change the endpoints imply",
            "the endpoints are two figures and the change one; a change is the likelier to be "
            "misstated or rounded, so check it against the primary data",))
    if conflict.kind == "weekday-mismatch":
        return _weekday_suggestion(conflict, days or {}, fact_days or {})
    claims_by_id = {c.id: c for c in fact.claims} if fact else {}
    discredited = discredited or {}
    scores: dict[str, float] = {}
    reasons: dict[str, list[str]] = {}
    summed: dict[str, list[str]] = {}  # side -> the exact totals an article's parts give that it allows
    exact_ends: dict[str, str] = {}  # side -> the exact change the ends beside its growth word give
    corrections = {r.id: quoted_correction_role(r) for side in conflict.sides for r in side.claims}
    # where two values conflict, a source whose correction notice withdraws one and which states
    # the other gives that one ("Correction: an earlier report gave the number of cameras as 124")
    withdrawing = {groups.get(r.source, r.source): r for side in conflict.sides for r in side.claims
                   if corrections[r.id] == "withdraws"} if len(conflict.sides) == 2 else {}
    voters = _voters(conflict, claims_by_id)
    for side in conflict.sides:
        votes = voters[side.value]
        independent = sorted({groups.get(s, s) for s in side.sources})
        accuracy = []
        for g in independent:
            copies = [s for s in side.sources if groups.get(s, s) == g]
            accuracy.append(max(_accuracy(reliability, s) * votes.get(s, 1.0) for s in copies))
        score = sum(accuracy)
        why = [f"{len(independent)} independent source{'s' if len(independent) != 1 else ''} "
               f"({', '.join(side.sources)}) give {side.value}"]
        shared = [x for x in side.sources if votes.get(x, 1.0) < 1.0]
        lent = {x: w for x, w in votes.items() if x not in side.sources and groups.get(x, x) not in independent}
        score += sum(_accuracy(reliability, x) * w for x, w in lent.items())
        if shared or lent:
            looser = sorted({*shared, *lent})
            why.append(f"{', '.join(looser)} give{'s' if len(looser) == 1 else ''} only a looser date that "
                       "holds more than one side's, so count for each of them in part")
        if len(independent) < len(side.sources):
            why.append("copies of one story counted once")
        side_claims = [claims_by_id[r.id] for r in side.claims if r.id in claims_by_id]
        for g in independent:
            theirs = [r for r in side.claims if groups.get(r.source, r.source) == g]
            if theirs and all(r.id in discredited for r in theirs):
                # A figure its own article's arithmetic contradicts ("43 of the 48 lots, about
                # 95 percent") is no support for the side it is on.
                score -= accuracy[independent.index(g)]
                why.append(f"{theirs[0].source}'s {side.value} does not match its own figures "
                           f"({discredited[theirs[0].id][1]})")
        # A value worked out from a relative date or from arithmetic ("nearly two years after May
        # 2024") agrees without copying the words: it corroborates the side. A calendar date
        # whose year came from the publication date ("on July 2") is no such evidence.
        readings = [reader_interval(c) for c in side_claims]
        fitting = [t for t in totals if _held(t[0], readings)]
        implied_here = sorted({why_ for x, why_ in discredited.values() if _held(x, readings)}
                              | {why_ for _, why_, _ in fitting})
        summed[side.value] = sorted({shown for _, _, shown in fitting})
        for text in implied_here:
            score += 0.5
            why.append(f"an article's own figures give it: {text}")
        elsewhere = _same_figure_elsewhere(side, side_claims, conflict, fact, groups)
        if elsewhere:
            # "£4.8m over 2026-2031" in an article the fact's frames set apart: the same figure,
            # written again by another outlet, corroborates the side
            score += 0.5 * len({groups.get(c.source, c.source) for c in elsewhere})
            for c in elsewhere:
                why.append(f"{c.source} gives the same figure for it too (\"{c.quote}\"), in words the "
                           "checker holds apart")
        other_claims = [claims_by_id[r.id] for other in conflict.sides if other is not side
                        for r in other.claims if r.id in claims_by_id]
        born = _births_fitting(conflict, side_claims, other_claims, births, sources)
        if born:
            # "Helena Voss, 58" against "the 49-year-old minister", where another article gives
            # "Voss, born in 1967": the birth year an article states fits one age and not the other
            score += 0.5 * len({groups.get(c.source, c.source) for c in born})
            written = sorted({v.latest.year for c in side_claims for v in [sources[c.source].published_value]
                              if v is not None and v.latest is not None})
            for c in born:
                why.append(f"{c.source} gives the birth year {c.quote}, which fits an age of {side.value} "
                           f"in {' and '.join(map(str, written))}")
        beside = ends_by_sentence or {}
        own_ends = [e for c in side_claims if multiplied(c) for e in beside.get((c.source, c.sentence_start), ())
                    if isinstance(e.value, NumberValue) and e.value.stated is not None
                    and _held(float(e.value.stated), readings)]
        if own_ends:
            # "costs tripled from £42m to £126m": the growth word with the figures that bear it out
            # is worked out as well as worded (a bare "has doubled" is the article's word alone)
            score += 0.5 * len({e.source for e in own_ends})
            if len({e.display for e in own_ends}) == 1:
                exact_ends[side.value] = own_ends[0].display
            for e in own_ends:
                why.append(f"{e.source} gives the figures that bear it out: {e.derived} ({e.display})")
        derived = [c for c in side_claims if c.derived and _worked_out(c)]
        if derived:
            score += 0.5 * len({c.source for c in derived})
            for c in derived:
                why.append(f"{c.source} implies it through another statement: {c.derived}")
        for g in independent:
            theirs = [r for r in side.claims if groups.get(r.source, r.source) == g]
            said = [(r, corrections[r.id]) for r in theirs]
            if g in withdrawing and said and all(how is None for _, how in said):
                notice = withdrawing[g]
                score += 2.0
                why.insert(0, f"{notice.source} corrects an earlier report of {notice.display or notice.quote}: "
                              f"\"{_trimmed(notice.sentence)}\"")
            elif any(how == "gives" for _, how in said):
                # a correction outweighs the copies of the report it corrects
                r = next(r for r, how in said if how == "gives")
                score += 2.0
                why.insert(0, f"{r.source} published a correction that gives it: \"{_trimmed(r.sentence)}\"")
            elif said and all(how == "withdraws" for _, how in said):
                score -= accuracy[independent.index(g)]
                why.append(f"{said[0][0].source} says it was given in error: \"{_trimmed(said[0][0].sentence)}\"")
        hedged = all(r.hedged or r.attribution for r in side.claims)
        if hedged:
            score *= 0.9
            why.append("every claim on this side is hedged or attributed")
        scores[side.value] = score
        reasons[side.value] = why
    within = {groups.get(x, x) for side in conflict.sides for x in side.sources}
    if len(within) == 1 and len(conflict.sides) == 2:
        # Copies of one story disagree: the slip is likelier in the copy, which was retyped or
        # edited, than in the original it was taken from.
        for side in conflict.sides:
            original = [x for x in side.sources if x in originals]
            if original:
                scores[side.value] += 0.25
                reasons[side.value].append(f"{original[0]} is the original the other copies were taken from")
    ref = _reference_for(conflict, fact, reference)
    if ref is not None:
        ref_fact, side = ref
        scores[side.value] += 3.0
        reasons[side.value].append(f"agrees with the reference fact: {ref_fact.what}"
                                   + (f" ({ref_fact.where})" if ref_fact.where else ""))
    if evolving:
        latest = max(conflict.sides, key=lambda s: max(_published_key(sources[x]) for x in s.sources))
        scores[latest.value] += 1.0
        reasons[latest.value].append("the most recent report of a figure that changes over time")
    if reliability is not None:
        for side in conflict.sides:
            accs = [reliability.sources[s].accuracy for s in side.sources if s in reliability.sources]
            if accs:
                shown = ", ".join(f"{s} {reliability.sources[s].accuracy:.2f}"
                                  for s in side.sources if s in reliability.sources)
                reasons[side.value].append(f"source reliability across the corpus: {shown}")
    # Equal support is broken by the longer record: the side whose sources had more of their
    # claims confirmed elsewhere in the corpus (an equal accuracy over more claims is surer).
    record = {side.value: sum(reliability.sources[s].accuracy * reliability.sources[s].claims
                              for s in {groups.get(x, x) for x in side.sources} if s in reliability.sources)
              if reliability is not None else 0.0 for side in conflict.sides}
    ranked = sorted(scores.items(), key=lambda kv: (-round(kv[1], 9), -record.get(kv[0], 0.0), kv[0]))
    total = sum(max(v, 0.0) for v in scores.values()) or 1.0
    best: str = ranked[0][0]
    best_score: float = ranked[0][1]
    if len(ranked) > 1 and abs(ranked[1][1] - best_score) < TIE * max(1.0, abs(best_score)):
        # within TIE: the side more outlets printed (a syndicated copy is evidence once, but an
        # editor who kept the sentence vouched for it), then the longer confirmed record, decide;
        # the rationale says it is a tie
        near = [v for v, sc in ranked if abs(sc - best_score) < TIE * max(1.0, abs(best_score))]
        outlets = {side.value: sum(voters[side.value].values()) for side in conflict.sides}
        # a date given in figures ("on April 16"), or as the day the article was written or the
        # day before, is read off the page; a weekday further back ("Wednesday's decision" in
        # Friday's paper) leans on how the writer counted
        outright = {side.value: conflict.kind == "date-mismatch" and any(_outright(r, sources) for r in side.claims)
                    for side in conflict.sides}
        best = max(near, key=lambda v: (outlets.get(v, 0), outright.get(v, False), record.get(v, 0.0),
                                        v == ranked[0][0]))
        best_score = scores[best]
        ranked = [(best, best_score), *[(v, sc) for v, sc in ranked if v != best]]
        runner_up = ranked[1][0]
        tie_break: tuple[str, ...] = ()
        if outlets.get(best, 0) > outlets.get(runner_up, 0):
            tie_break = (f"more outlets printed {best} ({outlets[best]:g} against {outlets.get(runner_up, 0):g})",)
        elif outright.get(best) and not outright.get(runner_up):
            tie_break = (f"an article gives {best} in figures or as the day it was written; {runner_up} is "
                         "worked out from a weekday or a span counted back",)
        elif record.get(best, 0.0) > record.get(runner_up, 0.0) + 1e-9:
            tie_break = (f"the sources giving {best} have the longer confirmed record in this corpus",)
        return Suggestion(value=best, confidence=round(best_score / total, 2), rationale=(
            "no side has more support than another: check the primary record", *tie_break,
            *[r for v, _ in ranked for r in reasons[v][:1]]))
    others = [r for v, _ in ranked[1:] for r in reasons[v][:1]]
    best_side = next(side for side in conflict.sides if side.value == best)
    age = _stated_age([claims_by_id[r.id] for r in best_side.claims if r.id in claims_by_id], sources)
    values = [claims_by_id[r.id].value for r in best_side.claims if r.id in claims_by_id]
    loose = bool(values) and all(isinstance(v, NumberValue) and v.hedge for v in values)
    if age is None and loose and len(summed.get(best, [])) == 1:
        # "more than 2,400 people on board", and an article's parts that add up to 2,426: the
        # side is suggested as the exact figure the parts give, which its hedge allows
        exact = summed[best][0]
        reasons[best].append(f"the parts an article gives add up to {exact}, which {best} allows")
        best = exact
    if age is None and best in exact_ends:
        # "tripled from £42m to £126m": the side is suggested as the exact change its figures give
        reasons[best].append(f"its figures give the change exactly: {exact_ends[best]}")
        best = exact_ends[best]
    if age is not None:
        # "the 22-year-old tanker" against "the 2006-built tanker": the side the ages are on is
        # suggested as its sources state it, an age; the years it implies are in the rationale
        reasons[best].append(f"the sources state an age, {age} years old, which dates it to {best}")
        best = f"{age} years old"
    return Suggestion(value=best, confidence=round(best_score / total, 2),
                      rationale=(*reasons[best_side.value], *(f"against: {o}" for o in others)))


_COUNTED_BACK = re.compile(r"(?i)\b(?:ago|after|before|later|earlier)\b")


def _outright(ref: ClaimRef, sources: dict[str, Source]) -> bool:
    """Whether a claim gives its date in figures ("on March 10", "in 2019") or names the day
    its article was written or the day before ("jailed on Thursday" in Thursday's paper), rather
    than a weekday further back or a span counted back ("three weeks ago")."""
    if any(ch.isdigit() for ch in ref.quote) and not _COUNTED_BACK.search(ref.quote):
        return True
    source = sources.get(ref.source)
    published = source.published_value if source is not None else None
    day = ref.value.get("earliest")
    if published is None or published.earliest is None or published.precision != "day" \
            or day is None or day != ref.value.get("latest"):
        return False
    return 0 <= (published.earliest - dt.date.fromisoformat(str(day))).days <= 1


def _accuracy(reliability: TruthResult | None, source: str) -> float:
    """A source's learned accuracy, 0.8 for one the corpus gives no record of."""
    return reliability.sources[source].accuracy if reliability and source in reliability.sources else 0.8


def _voters(conflict: Conflict, claims_by_id: dict[str, Claim]) -> dict[str, dict[str, float]]:
    """For each side of a date conflict, the weight of each source's vote for it: 1 for a source
    with a claim that holds only this side's date; 1/k from a source whose claim holds the dates
    of k sides, this one among them, whichever side it was put on ("just over three weeks ago",
    9 to 12 March, holds "on Tuesday", the 10th, and "on Wednesday", the 11th: it backs both by
    half and tips neither)."""
    if conflict.kind != "date-mismatch":
        return {side.value: dict.fromkeys(side.sources, 1.0) for side in conflict.sides}
    readings = {r.id: reader_interval(claims_by_id[r.id]) for side in conflict.sides for r in side.claims
                if r.id in claims_by_id}
    cores = [[readings[r.id] for r in side.claims if r.id in readings] for side in conflict.sides]
    out: dict[str, dict[str, float]] = {side.value: {} for side in conflict.sides}
    for side in conflict.sides:
        for r in side.claims:
            if r.id not in readings:
                out[side.value][r.source] = 1.0
                continue
            lo, hi = readings[r.id]
            held = [other for other, core in zip(conflict.sides, cores, strict=True)
                    if any(lo <= a and b <= hi for a, b in core)]
            for other in held or [side]:
                votes = out[other.value]
                votes[r.source] = max(votes.get(r.source, 0.0), 1.0 / max(1, len(held)))
    return out


def _weekday_suggestion(conflict: Conflict, days: dict[dt.date, frozenset[str]],
                        fact_days: dict[dt.date, frozenset[str]] | None = None) -> Suggestion | None:
    """"Friday, March 14" (a Saturday): the calendar date or the weekday's nearest day, whichever
    more other articles give as a date (``days``: each day's sources), counting first only the
    articles that date the same fact (``fact_days``); the date as written when none settles it,
    at even odds."""
    dated, weekday = conflict.sides
    stated, nearest = (_day_of(side) for side in conflict.sides)
    if stated is None or nearest is None:
        return None
    own = set(dated.sources)
    if fact_days and (fact_days.get(stated, frozenset()) | fact_days.get(nearest, frozenset())) - own:
        days = fact_days
    for_date = sorted(days.get(stated, frozenset()) - own)
    for_weekday = sorted(days.get(nearest, frozenset()) - own)
    if not for_date and not for_weekday:
        return Suggestion(value=dated.value, confidence=0.5, rationale=(
            "no other article gives either day: check the primary record",
            f"the date as written; the {weekday.value} nearest it would be {nearest.isoformat()}"))
    if len(for_weekday) > len(for_date):
        value, pro, con, con_day = f"{weekday.value}, {nearest:%B} {nearest.day}, {nearest.year}", \
            for_weekday, for_date, stated
        first = f"{', '.join(pro)} give {nearest.isoformat()}, the {weekday.value} nearest the date written"
    else:
        value, pro, con, con_day = dated.value, for_date, for_weekday, nearest
        first = f"{', '.join(pro)} give {stated.isoformat()} as well"
    against = [f"against: {', '.join(con)} give {con_day.isoformat()}"] if con else []
    return Suggestion(value=value, confidence=round(len(pro) / (len(pro) + len(con)), 2),
                      rationale=(first, *against))


def _day_of(side: Side) -> dt.date | None:
    earliest = side.claims[0].value.get("earliest") if side.claims else None
    try:
        return dt.date.fromisoformat(earliest) if isinstance(earliest, str) else None
    except ValueError:
        return None


def _stated_age(claims: Sequence[Claim], sources: dict[str, Source]) -> int | None:
    """The age the claims of a side all state, when every one is a year worked out from a thing's
    or a person's age ("the 22-year-old tanker" -> 2003 or 2004; "Holt, 46," -> born in 1979 or
    1980); else None."""
    ages = set()
    for c in claims:
        published = sources[c.source].published_value if c.source in sources else None
        if not ((from_age(c) or birth_from_age(c)) and isinstance(c.value, DateValue) and c.value.latest
                and published is not None and published.earliest is not None):
            return None
        if not (c.value.anchor or "").startswith("published"):
            return None  # "Ferrand, then 24," in 1960: an age of another time, not one to state now
        ages.add(published.earliest.year - c.value.latest.year)
    return ages.pop() if len(ages) == 1 else None


def _discredited(conflicts: Sequence[Conflict]) -> dict[str, tuple[float, str]]:
    """Claims an arithmetic check found at odds with their own article's figures: a share against
    its part and whole, a change against its endpoints (not a total against its parts: the parts
    may be the ones misstated). Claim id -> (the value the figures give, in words)."""
    out: dict[str, tuple[float, str]] = {}
    for conflict in conflicts:
        found = _implied_value(conflict) if not _is_sum(conflict) else None
        if found is None:
            continue
        value, why, _ = found
        for ref in conflict.sides[0].claims:
            out[ref.id] = (value, why)
    return out


def _totals(conflicts: Sequence[Conflict]) -> list[tuple[float, str, str]]:
    """What the parts of a misstated total add up to ("1,742 + 684 is 2,426"): no discredit of the
    stated total (the parts may be the ones misstated), but another article's figure that the sum
    fits ("more than 2,400 people on board") is corroborated by it."""
    return [found for conflict in conflicts if _is_sum(conflict)
            for found in [_implied_value(conflict)] if found is not None]


def _held(x: float, readings: Sequence[tuple[float, float]]) -> bool:
    """Whether a value lies in any of a side's readings."""
    return any(lo <= x <= hi for lo, hi in readings)


def _implied_value(conflict: Conflict) -> tuple[float, str, str] | None:
    """An arithmetic conflict's implied value as a number, in words ("1,742 + 684 is 2,426") and
    as written ("2,426"); None for any other conflict or a value that is no number."""
    if conflict.kind != "arithmetic-inconsistency":
        return None
    implied, ends = _implied(conflict)
    try:
        return float(implied.rstrip("%").replace(",", "")), f"{ends} is {implied}", implied
    except ValueError:
        return None


def _implied(conflict: Conflict) -> tuple[str, str]:
    """An arithmetic conflict's implied value and the figures that give it ("-3%", "631,000 -> 612,000")."""
    implied, _, ends = conflict.sides[1].value.partition(" implied by ")
    return implied, ends


def _is_share(conflict: Conflict) -> bool:
    return "|share|" in conflict.fact_key


def _is_sum(conflict: Conflict) -> bool:
    return "|sum|" in conflict.fact_key


def _same_figure_elsewhere(side: Side, side_claims: Sequence[Claim], conflict: Conflict, fact: Fact | None,
                           groups: dict[str, str]) -> list[Claim]:
    """The fact's claims outside the conflict that state exactly the side's figure, from sources
    the conflict does not hear (each independent story once)."""
    if fact is None or not side_claims:
        return []
    in_conflict = {r.id for s in conflict.sides for r in s.claims}
    heard = {groups.get(x, x) for s in conflict.sides for x in s.sources}
    stated = {(c.kind, c.value.unit, c.value.stated) for c in side_claims if isinstance(c.value, NumberValue)
              and c.value.stated is not None}
    out: dict[str, Claim] = {}
    for c in fact.claims:
        g = groups.get(c.source, c.source)
        if c.id in in_conflict or g in heard or g in out or c.derived or not isinstance(c.value, NumberValue):
            continue
        if (c.kind, c.value.unit, c.value.stated) in stated:
            out[g] = c
    return [out[g] for g in sorted(out)]


def _stated_births(claims: Sequence[Claim]) -> list[Claim]:
    """Birth dates articles state in words ("Voss, born in 1967"), not years worked out from an
    age, nor the other dates of a sentence that says "born"."""
    return [c for c in claims if c.kind == "date" and c.event == "born" and c.derived is None
            and "born" in c.near and not birth_from_age(c) and isinstance(c.value, DateValue)
            and c.value.earliest is not None and c.value.latest is not None]


def _births_fitting(conflict: Conflict, side_claims: Sequence[Claim], other_claims: Sequence[Claim],
                    births: Sequence[Claim], sources: dict[str, Source]) -> list[Claim]:
    """The stated birth dates of the person a conflict of ages is about that fit every age on
    the side (an age of A in a year Y means a birth in Y - A or Y - A - 1) and fit no other side."""
    if PERSON_FRAME not in conflict.fact_key or not side_claims:
        return []
    surname = conflict.fact_key.rsplit(PERSON_FRAME, 1)[1].split()[-1]
    # the person is named beside the birth ("Voss, born in 1967"), or is the claim's named entity
    theirs = [c for c in births if surname in c.near or any(
        e.startswith("name:") and e.split()[-1].removeprefix("name:") == surname for e in c.entities)]

    def fits(birth: Claim, claim: Claim) -> bool:
        published = sources[claim.source].published_value if claim.source in sources else None
        value = claim.value
        if published is None or published.latest is None or not isinstance(value, NumberValue) \
                or value.stated is None:
            return False
        lo, hi = birth.value.earliest, birth.value.latest  # type: ignore[union-attr]
        assert lo is not None and hi is not None
        year = published.latest.year
        return any(year - y - 1 <= value.stated <= year - y for y in range(lo.year, hi.year + 1))

    return [b for b in theirs if all(fits(b, c) for c in side_claims)
            and not any(fits(b, c) for c in other_claims)]



def _trimmed(sentence: str, limit: int = 160) -> str:
    text = " ".join(sentence.strip(" *_").split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _worked_out(claim: Claim) -> bool:
    if not isinstance(claim.value, DateValue):
        # arithmetic ("10 times the number the previous year", "from 2,100 to 4,300"), but not a
        # growth verb read as a change ("has tripled": the article's own loose word, no figures)
        return not multiplied(claim)
    return not (claim.value.anchor or "").startswith("published")


def _published_key(source: Source) -> dt.date:
    v = source.published_value
    return v.latest if v is not None and v.latest is not None else dt.date.min


def _days_given(claims: Sequence[Claim]) -> dict[dt.date, frozenset[str]]:
    """Each calendar day the claims give, with the sources that give it."""
    given: dict[dt.date, set[str]] = {}
    for claim in claims:
        v = claim.value
        if isinstance(v, DateValue) and v.earliest is not None and v.earliest == v.latest:
            given.setdefault(v.earliest, set()).add(claim.source)
    return {day: frozenset(found) for day, found in given.items()}


def add_suggestions(conflicts: Sequence[Conflict], facts: Sequence[Fact], claims: Sequence[Claim],
                    sources: Sequence[Source], reference: Sequence[ReferenceFact],
                    evolving: dict[str, bool], decided: dict[str, str] | None = None) -> list[Conflict]:
    """Attach a suggestion to each conflict that needs one.

    ``decided`` maps the fact keys of conflicts editors resolved to the value they chose: those
    teach the reliability of the sources that gave or contradicted it.
    """
    by_id = {s.id: s for s in sources}
    groups = copy_groups(sources)
    facts_by_key = {f.key: f for f in facts}
    reliability = learn_reliability(facts, conflicts, groups, decided) if facts else None
    originals = syndication_originals(sources, groups)
    discredited = _discredited(conflicts)
    totals = _totals(conflicts)
    births = _stated_births(claims)
    # the change two ends make, by the sentence that states them ("tripled from £42m to £126m")
    ends: dict[tuple[str, int], list[Claim]] = {}
    for c in claims:
        if ends_change(c):
            ends.setdefault((c.source, c.sentence_start), []).append(c)
    # each calendar day the articles give, with the sources that give it (weekday slips)
    days = _days_given(claims)
    # Two kinds of conflict are judged by the fact of their first claim, not by a fact of their
    # own: a weekday slip, settled first by the days that fact's claims give (the articles that
    # date the same event, not other events of the story's week), and a sum, whose stated total
    # other articles may give.
    by_first_claim = [c for c in conflicts if c.kind == "weekday-mismatch" or _is_sum(c)]
    fact_of_claim = {c.id: f for f in facts for c in f.claims} if by_first_claim else {}
    out = []
    for conflict in conflicts:
        fact = facts_by_key.get(_fact_key_of(conflict))
        first_fact = fact_of_claim.get(conflict.sides[0].claims[0].id)
        if _is_sum(conflict):
            fact = first_fact
        dated_fact = first_fact if conflict.kind == "weekday-mismatch" else None
        own_days = _days_given(dated_fact.claims) if dated_fact is not None else None
        suggestion = suggest_value(conflict, fact, by_id, groups, reliability, reference,
                                   evolving.get(conflict.fact_key, False), originals, discredited,
                                   days, own_days, totals, births, ends)
        out.append(conflict.model_copy(update={"suggestion": suggestion}))
    return out
