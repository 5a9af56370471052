"""The event vocabulary's word forms."""

from __future__ import annotations

import pytest

from reconcile.vocab import _inflections


@pytest.mark.parametrize(("word", "forms", "not_forms"), [
    ("begin", {"begins", "beginning"}, set()),
    ("stop", {"stops", "stopped", "stopping"}, set()),
    ("close", {"closed", "closing", "closes"}, {"closeed"}),
    ("bury", {"buried", "buries"}, set()),
    # no doubling after two vowels, after w/x/y, or for a final vowel
    ("rain", {"rained", "raining"}, {"rainned"}),
    ("fix", {"fixed", "fixing"}, {"fixxed"}),
    ("cut off", {"cutting off", "cuts off"}, set()),
])
def test_inflections(word: str, forms: set[str], not_forms: set[str]) -> None:
    got = _inflections(word)
    assert forms <= got and not (not_forms & got)
