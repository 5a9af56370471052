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
