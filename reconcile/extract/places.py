"""Where a text puts a named place by compass direction, with or without a distance: "Stannick,
just south of Wrenfield", "Olokwe sub-county, in the district's north-east", "Meadowbank
Hospital on the city's northern outskirts", "the west-coast resort of Valmont".

A pure function of one source, like the rest of extraction. Each bearing names the place it
locates (the subject: the name the direction phrase is said of), the place it is measured from
("of Wrenfield", a landmark "the river"; ``None`` for an area such as "the city", "the district",
or nothing), the direction in words and in degrees, and the exact span of the direction phrase. Only lower-case
compass words count ("North Quay" and "the Northern Standard" are names), and only where a
subject stands right before the phrase, or right after it in "the northern town of Kelby": a
direction with nobody it is said of ("rain in the north-east") says nothing to compare.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from reconcile.extract.furniture import find_furniture, load_rules
from reconcile.extract.text import sentences
from reconcile.ingest import scan_text
from reconcile.models import Source
from reconcile.vocab import Vocabulary

__all__ = ["BEARINGS", "COMPASS_WORD", "Bearing", "angle_apart", "compass_direction", "find_bearings"]

# Compass bearings in degrees.
BEARINGS = {"north": 0, "north-east": 45, "east": 90, "south-east": 135, "south": 180, "south-west": 225,
            "west": 270, "north-west": 315}

_POINT = r"(?:north|south)(?:[- ]?(?:east|west)(?!\w))?|east|west"
_ADJ = (r"(?:(?:north|south)(?:[- ]?(?:east|west))?ern|eastern|western"
        r"|(?:(?:north|south)(?:-(?:east|west))?|east|west)-facing)")  # "the north-facing flank"
# any compass word, noun or adjective, in any case ("north-east", "Northern", "east")
COMPASS_WORD = re.compile(r"(?i)\b(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?\b|\b(?:east|west)(?:ern)?\b")
_NAME_WORD = r"[A-Z](?:[\w'’-]|\.(?=\w))*"
# A proper name: capitalized words, "of" or "de" between two of them ("University of Carrowmore")
_NAME = rf"{_NAME_WORD}(?:\s+(?:(?:of|de|la|del|upon|on)\s+(?:the\s+)?)?{_NAME_WORD}){{0,4}}"
_FAR = r"(?:(?:far|extreme|deep|remote|rural|hilly|mountainous)\s+)?"


def _frame(group: str, area: str) -> str:
    # a named place after "of", with a noun of its kind ("Nakumbe town"), or a noun ("the city")
    return (rf"(?:(?:the\s+|its\s+)?(?P<{group}_name>{_NAME})(?:\s+(?:{area})(?![\w-]))?"
            rf"|(?:the|its|their)\s+(?P<{group}_noun>[a-z][\w-]*))")


def _alternatives(words: frozenset[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=lambda w: (-len(w), w))) or "(?!)"


@lru_cache(maxsize=8)
def _phrases(parts: frozenset[str], areas: frozenset[str]) -> re.Pattern[str]:
    """The direction phrases, each with its span: "(due) south of Wrenfield"; "in the south-west
    (of the district)"; "in the district's north-east"; "on the city's northern outskirts", "at
    the northern edge of the city", "off the north-east coast of Inchcarra"; "in northern
    Valdoria". ``parts`` and ``areas`` are the vocabulary's locating parts and kinds of place."""
    part, area = _alternatives(parts), _alternatives(areas)
    return re.compile(
        rf"(?<![\w-])(?:(?P<of>(?:(?:to\s+the|due)\s+)?(?P<of_dir>{_POINT})\s+of\s+{_frame('of_frame', area)})"
        rf"|(?P<poss>(?:in|on|at|off|across|to|into)\s+(?:the\s+)?(?P<poss_frame>{_NAME}|[a-z][\w-]*)['’]s\s+"
        rf"{_FAR}(?:(?P<poss_dir>{_POINT})(?![\w-])|(?P<poss_adj>{_ADJ})\s+(?:{part}|{area})(?![\w-])))"
        rf"|(?P<part>(?:in|on|at|off|along|across|near)\s+the\s+{_FAR}(?:(?P<part_adj>{_ADJ})|(?P<part_dir>{_POINT}))"
        rf"\s+(?:{part})(?![\w-])(?:\s+of\s+{_frame('part_frame', area)})?)"
        rf"|(?P<in>(?:in|on|at|off|across|to|into)\s+the\s+{_FAR}(?P<in_dir>{_POINT})(?![\w-])"
        rf"(?!\s+(?:and|or|to)\s)(?:\s+of\s+{_frame('in_frame', area)})?)"
        rf"|(?P<adj>in\s+(?P<adj_dir>{_ADJ})\s+(?P<adj_frame>{_NAME})))")


# "the west-coast resort of Valmont", "the northern town of Kelby": the place named after
_NAMED_AFTER = re.compile(
    rf"\b(?:[Tt]he|[Aa])\s+(?:(?P<coast>{_POINT})[- ]coast|(?P<adj>{_ADJ}))\s+(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"(?P<noun>[a-z][\w-]*)\s+of\s+(?P<name>{_NAME})")
# What may stand between a place's name and the phrase that locates it: "Stannick, just south
# of", "Olokwe sub-county, in the", "Valmont, which lies on the", "Stannick, a market town about
# 18 miles north of", "Meadowbank Hospital on the".
_GAP = re.compile(
    # up to two lower-case nouns of the name's own ("Olokwe sub-county", "Harwell Cross data centre")
    r"(?:\s+(?!(?:is|was|are|were|has|had|which|that|and|or|but)\b)[a-z][\w-]*(?<!ed)){0,2}"
    r"(?:(?:,?\s+(?:which|that)\s+(?:is|lies|sits|stands|was)|,?\s+(?:is|lies|sits|stands|was)"
    # "Hallow Ridge Estate, whose vineyards sit on chalk slopes two miles north of"
    r"|,\s+whose\s+[a-z][\w-]*\s+(?:is|are|lies|lie|sits|sit|stands|stand))"
    r"(?:\s+(?:on|in|at|by)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?=\s))?)?"
    # a place on the way: "Dunmarsh sits on the edge of the estuary, just west of Saltham"
    r"(?:\s+(?:on|at|by)\s+the\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*(?=,))?"
    r"(?:,\s*(?:(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s*)?|\s+)"
    # a stretch it stands on, between commas or not: "Kingsport, on the coast north-west of"
    r"(?:(?<=,\s)(?:on|in|at|by)\s+the\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+)?"
    r"(?:(?:just|about|some|roughly|around|approximately|nearly|almost|barely|only|less\s+than|more\s+than|"
    r"up|down|out|over|right|immediately|located|situated|based|lying|\d[\d,.]*\s*(?:km|mi|m)?|"
    r"kilometres|kilometers|km|miles|mile|metres|meters|nautical|a|an|few|several|hundred|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+)*")
_OUTER = re.compile(rf"(?P<name>{_NAME}),?\s+in\s+\Z")  # "the University of Carrowmore, in Hallam in the north-west"
_SAID_OF = re.compile(r",|\s+(?:lies|sits|stands|is\s+(?:located|situated))\b")
_NOT_NAMES = frozenset(
    """the a an in on at it he she they we i but and this that these those his her its their there
    according last since however under after before while when as for if our some many most what
    who why how meanwhile still yet also officials earlier later then from by with of to up down
    out near off across along over about monday tuesday wednesday thursday friday saturday sunday""".split())


# "south of the town", "north of the city centre": measured from the story's own town
_TOWNS = frozenset({"town", "city", "village"})


class Bearing(BaseModel):
    """A place put in a compass direction by one source."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: str
    start: int
    end: int
    quote: str
    sentence_start: int
    sentence_end: int
    subject: str  # the place, as written ("Olokwe", "University of Carrowmore")
    also: tuple[str, ...] = ()  # a place the subject is said to be in ("..., in Hallam in the north-west")
    frame: str | None = None  # the place the direction is from ("Wrenfield", "the river"), None for "the city"
    point: bool = False  # "south of Wrenfield": from a point, not "in the south of" an area
    town: bool = False  # "just south of the town": from the story's own town, unnamed
    direction: str  # "north-east"
    degrees: int
    site: str | None = None  # the kind of site the subject is: "tannery" in "the Ravelin tannery", "the tannery"
    # what happened there, when no place is named before the phrase: the event class of the
    # nearest event word before it ("The tornado touched down in fields south-west of the town")
    event: str | None = None


def compass_direction(word: str) -> str:
    """A compass word as a key of BEARINGS: "North East", "northeastern" -> "north-east"."""
    w = word.lower().replace(" ", "-").removesuffix("-facing").removesuffix("ern")
    return f"{w[:5]}-{w[5:]}" if w in ("northeast", "northwest", "southeast", "southwest") else w


def angle_apart(a: int, b: int) -> int:
    """Degrees between two bearings, the short way round."""
    return min(abs(a - b), 360 - abs(a - b))


def name_words(name: str, vocab: Vocabulary) -> frozenset[str]:
    """The words that tell a place from another: "Meadowbank Hospital" -> {"meadowbank"} (generic
    words such as "hospital", "port" or "university" listed as area or building nouns left out)."""
    words = {w.lower().strip(".’'") for w in re.findall(r"[\w'’.-]+", name)}
    return frozenset(w for w in words if w and w not in vocab.area_nouns and w not in _NOT_NAMES
                     and w not in ("de", "la", "del", "upon"))


def _is_name(name: str, sentence_start: int, at: int, text: str) -> bool:
    first = name.split()[0].lower()
    if first in _NOT_NAMES:
        return False
    if at == sentence_start and len(name.split()) == 1 and not _SAID_OF.match(text, at + len(name)):
        # a capital at a sentence's start is a name where a comma or "lies" sets a place's
        # description after it ("Valmont, on the east coast", "Olokwe lies in"), or where the
        # text writes it so elsewhere (not "Visitors walked the eastern rim")
        return any(text[:m.start()].rstrip()[-1:] not in ("", ".", "!", "?", "\n", '"', "“")
                   for m in re.finditer(rf"(?<!\w){re.escape(name)}(?![\w-])", text))
    return True


def _subject_before(text: str, lo: int, at: int) -> tuple[str, int, tuple[str, ...]] | None:
    """The name right before ``text[at]`` that the phrase there is said of, its start, and a
    place it is in ("the University of Carrowmore, in Hallam in ...")."""
    window = text[max(lo, at - 120):at]
    found = None
    for m in re.finditer(rf"(?:(?<=[\s(\"“])|^)({_NAME})", window):
        gap = window[m.end():]
        if _GAP.fullmatch(gap):
            found = m
            break
    if found is None:
        return None
    words = found.group(1).split()
    while words and words[0].lower() in _NOT_NAMES:
        words = words[1:]  # "At Meadowbank": the sentence's first word is no part of the name
    if not words:
        return None
    name = " ".join(words)
    start = max(lo, at - 120) + found.end(1) - len(name)
    outer = _OUTER.search(text, max(lo, start - 80), start)
    also = (outer.group("name"),) if outer else ()
    return name, start, also


_THE_NOUN = re.compile(r"(?:(?<=\s)|^)[Tt]he\s+([a-z][a-z-]+)")


def _named_by_its_noun(text: str, lo: int, at: int, body: int) -> tuple[str, int, tuple[str, ...]] | None:
    """"The trench lies about 180 kilometres south-east of the Corvina Islands", in an article
    that names one "Serrat Trench": a definite noun right before the phrase is the place the
    article names with that noun as its last word, when it names exactly one."""
    window = text[max(lo, at - 120):at]
    found = next((m for m in _THE_NOUN.finditer(window) if _GAP.fullmatch(window[m.end():])), None)
    if found is None:
        return None
    noun = found.group(1)
    names = {m.group(0) for m in re.finditer(rf"\b(?:[A-Z][\w'’-]+\s+){{1,3}}{noun.capitalize()}s?\b", text[body:])}
    names = {n for n in names if n.split()[0].lower() not in _NOT_NAMES}
    if len(names) != 1:
        return None
    return names.pop(), max(lo, at - 120) + found.start(), ()


# "The refinery sits on the east bank of the River Tamsell", "The tannery, which sits on the
# north-eastern edge of Dunmore Bridge": a site named by its noun, with a verb that places it;
# "a fissure on the south-eastern flank of Mount Orrin", "its epicentre about 86 km south-west of":
# brought in with "a" or "its", the same site as "the fissure"
_SITE_WORD = (r"(?!(?:was|is|are|were|lies|sits|stands|has|had|which|that|and|or|but|of|in|on|at|to|from|with|by"
              r"|north|south|east|west|northern|southern|eastern|western)\b)[a-z][a-z-]+")
_SITE_BEFORE = re.compile(rf"(?:(?<=\s)|^)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+"
                          # up to two words before the noun: "a single 52m mast", "the fifty-two metre mast";
                          # not a superlative ("the second-largest grain terminal on the east coast" ranks it)
                          rf"(?:(?![a-z-]*(?:est|most)\s)(?:[\d,.]+-?[a-z]+|[a-z]+-[a-z]+|{_SITE_WORD})\s+){{0,2}}?"
                          # the noun itself, no verb ("The breach occurred on the east bank")
                          rf"((?![a-z]+ed\b){_SITE_WORD})"
                          r"(?:(?:,\s+which)?\s+"
                          r"(?:sits|lies|stands|was|is|is\s+(?:located|situated|based))"
                          # "stands on the north bank of the estuary about four miles east of"
                          r"(?:\s+(?:on|in|at|by)\s+the\s+(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*,?)?"
                          # or right before the phrase: "the mine, north-east of", "the substation in the north",
                          # or a stretch it stands on: "The estate, on the slopes just south of"
                          r"|,(?:\s+(?:on|in|at|by)\s+the\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)?)?"
                          r"(?:\s+(?:just|about|some|roughly|right|immediately|around|nearly|almost|"
                          r"[\d,.]+\s*(?:km|kilometres|kilometers|miles|mile|nautical\s+miles|metres|meters|m)|"
                          r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty)"
                          r"\s+(?:kilometres|kilometers|miles|nautical\s+miles)))*\s+\Z")


_SITE_NOUN = re.compile(r"\s+([a-z][a-z-]+)\b(?:\s+([a-z][a-z-]+)\b)?")
_NOT_SITES = frozenset("which that who is lies sits stands was were has had just about some roughly around nearly "
                       "almost in on at off near".split())


def _site_noun(text: str, end: int, at: int) -> str | None:
    """The common noun right after a name that says what kind of site it is ("the Ravelin
    tannery on the ...": "tannery")."""
    found = _SITE_NOUN.match(text, end, at)
    if found is None or found.group(1) in _NOT_SITES:
        return None
    # the head of two nouns: "the Corran Hill quarry sidings north of": sidings
    return found.group(2) if found.group(2) and found.group(2) not in _NOT_SITES else found.group(1)


def _site_before(text: str, lo: int, at: int) -> tuple[str, int, tuple[str, ...]] | None:
    """The site a noun names right before a phrase that places it ("The refinery sits on ...",
    "a fissure on the south-eastern flank of"), as "the refinery", when no name is found: another
    article's "the refinery" is the same site."""
    found = _SITE_BEFORE.search(text, max(lo, at - 120), at)
    if found is None:
        return None
    return f"the {found.group(1)}", found.start(), ()


_A_OR_AN = re.compile(r"[Aa]n?\s")


def _brought_in_with_a(text: str, site: tuple[str, int, tuple[str, ...]] | None) -> bool:
    """Whether the site found starts with "a" or "an" ("a new reservoir"), not "the" or "its"."""
    return site is not None and _A_OR_AN.match(text, site[1]) is not None


# "a new reservoir north of Marston at Copley Fen": the place named right after the phrase
_AT_NAME = re.compile(rf"\s+at\s+({_NAME})")


def _named_after(text: str, end: int, limit: int, vocab: Vocabulary) -> tuple[str, int, tuple[str, ...]] | None:
    """The place a phrase that locates something names right after it with "at", when nothing
    before it is named."""
    found = _AT_NAME.match(text, end, limit)
    if found is None or found.group(1).split()[0].lower() in _NOT_NAMES or not name_words(found.group(1), vocab):
        return None
    return found.group(1), found.start(1), ()


def find_bearings(source: Source, vocab: Vocabulary, *, furniture_rules: Path | None = None) -> tuple[Bearing, ...]:
    """Every place the source's body puts in a compass direction, sorted by offset."""
    text = scan_text(source)
    if not re.search(r"(?:north|south|east|west)", text[source.body_start:]):
        return ()
    furniture = find_furniture(text, source.body_start, len(text), load_rules(furniture_rules))
    starts = [fs for fs, _ in furniture]
    out: list[Bearing] = []
    for s, e in sentences(text, source.body_start):
        if furniture:
            i = bisect_right(starts, s) - 1
            if i >= 0 and furniture[i][1] >= e:
                continue
        chunk = text[s:e]
        if not re.search(r"(?:north|south|east|west)", chunk):
            continue
        out.extend(_sentence_bearings(source, text, s, e, vocab))
    return tuple(sorted(set(out), key=lambda b: (b.start, b.end, b.subject)))


def _within(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether one place's name words hold all of the other's ("Kelby" and "North Kelby"), not
    only some ("Hallow Ridge Estate" is not a part of Hallow Cross)."""
    return bool(a and b) and (a <= b or b <= a)


# a verb in the past, not a noun ("casing", "residents"): "touched down", "came down", "struck"
_DONE = re.compile(r"(?i)[a-z]+ed|[a-z]+\s+[a-z]+(?:\s+[a-z]+)?|struck|hit|fell|broke|began|sank|burst|blew|"
                   r"caught|lost|found|came|went|rose|spread|swept|tore|froze|ran|crashed|landed")


def _happened_before(text: str, s: int, at: int, vocab: Vocabulary) -> tuple[str, str] | None:
    """The nearest event word before ``text[at]`` in its sentence, as written, and its class
    ("touched down", "launch_space"), or None."""
    events = [ev for ev in vocab.find_events(text, s, at) if not vocab.weak(ev[2]) and not vocab.speech(ev[2])
              and _DONE.fullmatch(text[ev[0]:ev[1]])]
    if not events:
        return None
    start, end, name = events[-1]
    return text[start:end], vocab.canonical(name) or name


def _sentence_bearings(source: Source, text: str, s: int, e: int, vocab: Vocabulary) -> list[Bearing]:
    out: list[Bearing] = []
    for m in _phrases(vocab.part_nouns, vocab.area_nouns).finditer(text, s, e):
        kind = next(g for g in ("of", "in", "poss", "part", "adj") if m.group(g))
        word = m.group(f"{kind}_dir") if kind != "poss" else (m.group("poss_dir") or m.group("poss_adj"))
        if kind == "part":
            word = m.group("part_adj") or m.group("part_dir")
        direction = compass_direction(word)
        if direction not in BEARINGS:
            continue
        frame = None
        if kind in ("of", "in", "part"):
            frame = m.group(f"{kind}_frame_name")
        elif kind == "adj":
            frame = m.group("adj_frame")
        elif kind == "poss" and m.group("poss_frame")[:1].isupper():
            frame = m.group("poss_frame")
        if frame is not None and not name_words(frame, vocab):
            frame = None
        noun = m.group(f"{kind}_frame_noun") if kind in ("of", "in", "part") else (
            m.group("poss_frame") if kind == "poss" and not m.group("poss_frame")[:1].isupper() else None)
        if frame is None and noun is not None and noun.lower() not in vocab.area_nouns:
            # "south of the fire zone", "north of the highway": a point of its own, not the
            # story's area ("the city", "the district")
            frame = f"the {noun.lower()}"
        subject = _subject_before(text, s, m.start())
        if subject is None or not _is_name(subject[0], s, subject[1], text) or not name_words(subject[0], vocab):
            subject = _named_by_its_noun(text, s, m.start(), source.body_start) \
                or _site_before(text, s, m.start()) or _named_after(text, m.end(), e, vocab)
            if _brought_in_with_a(text, subject):
                # "a new reservoir north of Marston at Copley Fen": the name after it, if any
                subject = _named_after(text, m.end(), e, vocab) or subject
        # "just south of the town": from the story's own town, unnamed
        town = kind == "of" and frame is None and noun is not None and noun.lower() in _TOWNS
        if subject is None:
            happened = _happened_before(text, s, m.start(), vocab) \
                if kind == "of" and (frame is not None or noun is not None) else None
            if happened is not None:
                # no place named, but where something happened, from a place or landmark named:
                # "the tornado touched down in fields south-west of the town"
                out.append(Bearing(source=source.id, start=m.start(), end=m.end(), quote=m.group(0),
                                   sentence_start=s, sentence_end=e, subject=happened[0], frame=frame,
                                   point=frame is not None, direction=direction, degrees=BEARINGS[direction],
                                   town=town, event=happened[1]))
            continue
        if frame is not None and _within(name_words(frame, vocab), name_words(subject[0], vocab)):
            continue  # "Kelby, in northern Kelby": a part of the place itself
        site = subject[0][4:] if subject[0].startswith("the ") \
            else _site_noun(text, subject[1] + len(subject[0]), m.start())
        out.append(Bearing(source=source.id, start=m.start(), end=m.end(), quote=m.group(0),
                           sentence_start=s, sentence_end=e, subject=subject[0], also=subject[2],
                           frame=frame, point=kind == "of" and frame is not None, direction=direction,
                           degrees=BEARINGS[direction],
                           town=town,
                           site=site))
    for m in _NAMED_AFTER.finditer(text, s, e):
        if m.group("noun") not in vocab.area_nouns:
            continue  # "the northern edge of Kelby" is a part of it, not a place in the north
        direction = compass_direction(m.group("coast") or m.group("adj"))
        if direction not in BEARINGS or not name_words(m.group("name"), vocab):
            continue
        out.append(Bearing(source=source.id, start=m.start(), end=m.end(), quote=m.group(0),
                           sentence_start=s, sentence_end=e, subject=m.group("name"), frame=None,
                           direction=direction, degrees=BEARINGS[direction]))
    return out
