"""Places put by compass direction: what is read as a bearing, of which place, from where."""

from __future__ import annotations

import pytest

from reconcile.extract.places import find_bearings
from reconcile.models import Source
from reconcile.vocab import load_vocabulary

VOCAB = load_vocabulary()


def bearings(text: str) -> list[tuple[str, str, str | None]]:
    source = Source(id="s", path="s.md", text=text)
    found = find_bearings(source, VOCAB)
    for b in found:
        assert text[b.start:b.end] == b.quote  # provenance holds
    return [(b.subject, b.direction, b.frame) for b in found]


@pytest.mark.parametrize(("text", "expected"), [
    ("Cases are rising in Ardwick, just south of Tollbridge, the council said.",
     [("Ardwick", "south", "Tollbridge")]),
    ("Ardwick, a mill town about 20 miles north-east of Tollbridge, has 14 cases.",
     [("Ardwick", "north-east", "Tollbridge")]),
    ("Doctors picketed Saint Oda's Hospital on the city's western outskirts on Monday.",
     [("Saint Oda's Hospital", "west", None)]),
    ("At Brindle, out at the southern edge of the county, a few dozen joined them.",
     [("Brindle", "south", None)]),
    ("Pelling lies in the district's far north-west, near the border.", [("Pelling", "north-west", None)]),
    ("The outbreak began in Pelling, in the south-east of the district.", [("Pelling", "south-east", None)]),
    ("The ferry serves Carrow, on the eastern coast of the Marne peninsula.", [("Carrow", "east", "Marne")]),
    ("Flights to the west-coast resort of Carrow resume in May.", [("Carrow", "west", None)]),
    ("Police were called to the northern market town of Ellery.", [("Ellery", "north", None)]),
])
def test_a_place_and_its_direction(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert bearings(text) == expected


@pytest.mark.parametrize("text", [
    "Heavy rain is expected in the north-east tomorrow.",  # nothing named is located
    "Ships queued at North Quay and at the West Dock for days.",  # compass words in names
    "Scaffolding covers the east face of Brannock House.",  # a side of a building, not where it is
    "Visitors walked the eastern rim of the crater.",  # a capital that opens a sentence is no name
    "Prices rose in the north and east of the country.",
])
def test_no_place_is_located(text: str) -> None:
    assert bearings(text) == []


def test_a_place_inside_another_is_located_with_it() -> None:
    source = Source(id="s", path="s.md",
                    text="Among the hardest hit is the University of Tarrow, in Hallam in the north-west.")
    (found,) = find_bearings(source, VOCAB)
    assert (found.subject, found.also, found.direction) == ("Hallam", ("University of Tarrow",), "north-west")


@pytest.mark.parametrize(("text", "expected"), [
    # a stretch the place stands on, after its comma: the place is still the one named
    ("Buses run hourly to Pellow, on the coast south-east of Dunholt, from May.",
     [("Pellow", "south-east", "Dunholt")]),
    # "whose <noun> sits on ...": said of the name before it
    ("Marden Abbey Farm, whose orchards sit on clay slopes a mile west of Carrow, opened in May.",
     [("Marden Abbey Farm", "west", "Carrow")]),
])
def test_a_place_with_the_ground_it_stands_on(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert bearings(text) == expected


def test_a_hedge_is_no_site_and_a_name_sharing_a_word_is_no_part() -> None:
    # "just" before the direction is no site ("the just"); the article names one "... Estate",
    # and "Hallam Ridge Estate" shares "Hallam" with Hallam Cross without being a part of it
    text = ("Hallam Ridge Estate grows apples. The estate, on the slopes just south of Hallam Cross, "
            "picked 600 tonnes.")
    assert bearings(text) == [("Hallam Ridge Estate", "south", "Hallam Cross")]


def test_a_site_named_by_its_noun_before_the_ground_it_stands_on() -> None:
    # no "... Estate" named: the site is "the estate", not a hedge ("the just")
    assert bearings("The estate, on the slopes just south of Hallam Cross, picked 600 tonnes.") == [
        ("the estate", "south", "Hallam Cross")]


@pytest.mark.parametrize("text", [
    "The deck hangs from a single 52m mast on the north bank, at the Wharfside end.",
    "The fifty-two metre mast on the north bank is finished.",
])
def test_a_site_with_two_words_before_its_noun(text: str) -> None:
    assert bearings(text) == [("the mast", "north", None)]


def test_a_superlative_before_a_site_ranks_it_and_does_not_place_it() -> None:
    assert bearings("That makes Corran Quay the second-largest grain terminal on the east coast.") == []


def test_where_something_happened_from_a_named_point() -> None:
    # no place named before the phrase: where the event word before it happened
    text = "The tornado touched down in fields south-west of the town, near the village of Fenby."
    found = find_bearings(Source(id="s", path="s.md", text=text), VOCAB)
    assert [(b.subject, b.direction, b.town, b.event is not None) for b in found] == [
        ("touched down", "south-west", True, True)]
    # nor from an area with no point named ("rain in the north-east")
    assert bearings("Heavy rain fell in the north-east overnight.") == []


@pytest.mark.parametrize("text", [
    "The breach occurred on the east bank, upstream of the weir.",
    "The dam failed on the north bank of the river.",
])
def test_a_verb_is_no_site(text: str) -> None:
    assert all(not b.subject.startswith("the ") for b in find_bearings(Source(id="s", path="s.md", text=text), VOCAB))
