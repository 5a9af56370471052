"""Linking story by story (``link_facts``, what ``run`` uses) finds the facts the whole-corpus claim
graph finds, and shared claims (``reconcile.compact``) are the claims extraction made."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reconcile import link
from reconcile.compact import ClaimPool
from reconcile.extract import extract_claims
from reconcile.ingest import discover, read_sources
from reconcile.models import Claim, DateValue, NumberValue
from reconcile.vocab import Vocabulary, load_vocabulary

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Claim], dict[str, DateValue | None], Vocabulary]:
    sys.path.insert(0, str(REPO))
    try:
        from bench import gen_stories
    finally:
        sys.path.remove(str(REPO))
    folder = tmp_path_factory.mktemp("stories")
    gen_stories.generate(80, folder, seed=3)
    sources = read_sources(discover([folder]), relative_to=folder)
    vocab = load_vocabulary(None, None)
    claims = [c for s in sources for c in extract_claims(s, vocab)
              if not (isinstance(c.value, DateValue) and not c.value.resolved)]
    return claims, {s.id: s.published_value for s in sources}, vocab


@pytest.mark.parametrize("block_limit", [link.BLOCK_LIMIT, 6])
def test_story_by_story_gives_the_graphs_facts(corpus: tuple[list[Claim], dict[str, DateValue | None], Vocabulary],
                                               block_limit: int, monkeypatch: pytest.MonkeyPatch) -> None:
    claims, published, vocab = corpus
    # A small block limit splits kinds into entity blocks that overlap (pairs met twice).
    monkeypatch.setattr(link, "BLOCK_LIMIT", block_limit)
    assert len(set(link.story_of(claims).values())) > 5  # several stories, so streaming is tested
    graph = link.link_claims(claims, vocab, published=published)
    expected = link.facts(graph)
    found = link.link_facts(claims, vocab, published=published)
    assert len(expected) > 20
    assert [f.key for f in found] == [f.key for f in expected]
    assert found == expected


def test_shared_claims_are_equal_and_dump_alike(corpus: tuple[list[Claim], dict[str, DateValue | None], Vocabulary]
                                                ) -> None:
    claims, _, _ = corpus
    pool = ClaimPool()
    shared = pool.claims(claims)
    assert list(shared) == claims
    assert [c.model_dump_json() for c in shared] == [c.model_dump_json() for c in claims]
    assert all(c.model_fields_set == o.model_fields_set for c, o in zip(shared, claims, strict=True))
    # Parts are shared: one object per distinct value and word.
    assert len({id(c.value) for c in shared}) < len({id(c.value) for c in claims})
    words = [w for c in shared for w in c.tokens]
    assert len({id(w) for w in words}) == len(set(words))
    # A copy with a change leaves the shared claims as they were.
    changed = shared[0].model_copy(update={"noun": "changed"})
    assert changed.noun == "changed" and shared[1].model_fields_set == claims[1].model_fields_set


def test_values_shared_only_when_written_alike() -> None:
    pool = ClaimPool()
    a = NumberValue(low=1200, high=1200)
    b = NumberValue(low=1200.0, high=1200.0)
    c = NumberValue(low=0.0, high=0.0)
    d = NumberValue(low=-0.0, high=-0.0)
    assert pool.value(a) is pool.value(NumberValue(low=1200, high=1200))
    assert pool.value(b) is not pool.value(a)
    assert pool.value(b).model_dump_json() == b.model_dump_json()
    assert pool.value(d).model_dump_json() == d.model_dump_json() != c.model_dump_json()


def test_shared_sources_are_equal(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO))
    try:
        from bench import gen_stories
    finally:
        sys.path.remove(str(REPO))
    gen_stories.generate(12, tmp_path, seed=2)
    sources = read_sources(discover([tmp_path]), relative_to=tmp_path)
    pool = ClaimPool()
    shared = [pool.source(s) for s in sources]
    assert shared == sources
    assert [s.model_dump_json() for s in shared] == [s.model_dump_json() for s in sources]
    assert len({id(s.outlet) for s in shared}) == len({s.outlet for s in sources})
