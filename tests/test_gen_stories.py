"""bench/gen_stories.py: deterministic for a seed, valid sources, stories that link; the scale bench
runs end to end on a tiny corpus (never timed)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from reconcile.ingest import discover, read_sources

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench() -> Iterator[tuple[ModuleType, ModuleType]]:
    sys.path.insert(0, str(REPO))
    try:
        from bench import gen_stories, scale_bench
    finally:
        sys.path.remove(str(REPO))
    yield gen_stories, scale_bench


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_same_seed_same_files(bench: tuple[ModuleType, ModuleType], tmp_path: Path) -> None:
    gen, _ = bench
    gen.generate(60, tmp_path / "a", seed=5)
    gen.generate(60, tmp_path / "b", seed=5)
    gen.generate(60, tmp_path / "c", seed=6)
    assert tree(tmp_path / "a") == tree(tmp_path / "b")
    assert tree(tmp_path / "a") != tree(tmp_path / "c")


def test_sizes_and_stories(bench: tuple[ModuleType, ModuleType], tmp_path: Path) -> None:
    gen, _ = bench
    for n in (1, 3, 4, 10, 61, 200):
        sizes = gen.story_sizes(n, 0)
        assert sum(sizes) == n
        assert all(3 <= s <= 10 for s in sizes) or n < 3
    paths = gen.generate(61, tmp_path, seed=1)
    assert len(paths) == 61
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    stories = manifest["stories"]
    assert sum(len(s["articles"]) for s in stories) == 61
    assert {s["topic"] for s in stories} == set(gen.TOPICS)
    assert any(s["contradiction"] for s in stories)


def test_valid_sources_of_realistic_length(bench: tuple[ModuleType, ModuleType], tmp_path: Path) -> None:
    gen, _ = bench
    gen.generate(40, tmp_path, seed=2)
    sources = read_sources(discover([tmp_path]), relative_to=tmp_path)
    assert len(sources) == 40
    for source in sources:
        assert source.title and source.outlet and source.url and source.published
        assert source.published_value is not None and source.published_value.resolved
        words = len(source.text[source.body_start:].split())
        assert 130 <= words <= 480, (source.id, words)


def test_stories_use_their_own_names(bench: tuple[ModuleType, ModuleType]) -> None:
    gen, _ = bench
    import random

    n = 32_768  # the names are distinct for this many stories (over 98,000 articles)
    names = [gen.story_names(i, random.Random(i)) for i in range(n)]
    for role in ("place", "subplace", "surname"):
        assert len({getattr(x, role) for x in names}) == n, role
    assert len({x.company.rsplit(" ", 1)[0] for x in names}) == n
    assert len({x.rival.rsplit(" ", 1)[0] for x in names}) == n


def test_prefix_of_a_larger_corpus(bench: tuple[ModuleType, ModuleType], tmp_path: Path) -> None:
    gen, _ = bench
    gen.generate(30, tmp_path / "small", seed=4)
    gen.generate(90, tmp_path / "large", seed=4)
    small, large = tree(tmp_path / "small"), tree(tmp_path / "large")
    first = sorted(k for k in small if k.endswith(".md"))[:20]
    assert all(small[k] == large[k] for k in first)


def test_scale_bench_smoke(bench: tuple[ModuleType, ModuleType]) -> None:
    _, scale = bench
    lines: list[str] = []
    rows = scale.bench([30], jobs=1, seed=0, out=lines.append)
    assert [r["mode"] for r in rows] == ["cold", "warm"]
    assert rows[0]["articles"] == rows[1]["articles"] == 30
    assert rows[0]["claims"] == rows[1]["claims"] > 0
    assert rows[0]["conflicts"] == rows[1]["conflicts"]
    assert "| 30 | cold |" in lines[-1]
    assert scale.exponent(1000, 2.0, 10000, 20.0) == pytest.approx(1.0)
