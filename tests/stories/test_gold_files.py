"""Every gold story is well-formed: phrases occur verbatim, enough sources, valid classes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from reconcile.evaluate import load_gold, story_sources

HERE = Path(__file__).parent
STORIES = sorted(p.parent for p in HERE.glob("*/gold.json"))
# Stories written blind (never used to build or fit the checker): the held-out estimate.
BLIND = sorted(p.parent for p in HERE.parent.glob("stories_blind*/*/gold.json")
               if (p.parent.parent / "floor.json").is_file())
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def test_there_are_enough_stories() -> None:
    assert len(STORIES) >= 14


@pytest.mark.parametrize("story", STORIES + BLIND, ids=[p.name for p in STORIES + BLIND])
def test_gold_phrases_occur_verbatim(story: Path) -> None:
    gold = load_gold(story / "gold.json")
    texts = {p.stem: p.read_bytes().decode("utf-8") for p in story_sources(story)}
    assert len(texts) >= 3, "a story needs at least three sources"
    assert gold.items, "a story needs gold items"
    for item in gold.items:
        assert item.cls in ("real", "explained", "agree")
        if item.cls != "real":
            assert item.explanation, f"{item.id}: explained/agree items say why"
        sources = set()
        for source, phrase in item.claims:
            assert source in texts, f"{item.id}: no source {source!r}"
            text = texts[source]
            assert text.find(phrase) >= 0, f"{item.id}: phrase not in {source}: {phrase!r}"
            body = FRONT_MATTER.match(text)
            # (the title may repeat it: the body must hold it too)
            assert body is not None and text.find(phrase, body.end()) >= 0, f"{item.id}: phrase not in the body"
            sources.add(source)
        assert len(item.claims) >= 2


@pytest.mark.parametrize("story", STORIES, ids=[p.name for p in STORIES])
def test_front_matter_and_notes(story: Path) -> None:
    gold = load_gold(story / "gold.json")
    notes = (story / "NOTES.md").read_text(encoding="utf-8")
    for item in gold.items:
        found = re.search(rf"\b{re.escape(item.id)}\b", notes)
        assert found, f"NOTES.md has no verdict for {item.id}"
    for path in story_sources(story):
        match = FRONT_MATTER.match(path.read_text(encoding="utf-8"))
        assert match is not None, f"{path.name}: no front matter"
        meta = yaml.safe_load(match.group(1))
        for field in ("title", "outlet", "url", "published"):
            assert meta.get(field), f"{path.name}: front matter lacks {field}"
        assert re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", str(meta["published"])), path.name
        assert re.search(r"example\.(com|org|net)", meta["url"]), path.name
