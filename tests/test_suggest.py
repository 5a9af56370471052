"""Suggested values: who is believed when one source stands against another."""

from __future__ import annotations

from reconcile.models import ClaimRef, Conflict, Side
from reconcile.suggest import learn_reliability


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
