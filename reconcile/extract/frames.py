"""Mentions -> Claims: place each recognized value in its frame.

A frame says what a value is about (the event or measure, the entities, the counted noun), when
it holds (the period), where (scope), on whose word (attribution) and how sure the text is
(hedging). Dates that only give the period of a figure in the same sentence become that figure's
period, not claims of their own. Multipliers ("10 times the number during the previous year")
become derived claims about the base they imply.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from reconcile.display import display_date, display_value, format_number
from reconcile.extract.dateparts import _WEEKDAYS, WEEKDAY_BEFORE
from reconcile.extract.dates import YEAR_WORD
from reconcile.extract.hedges import HEDGE_RE
from reconcile.extract.quantities import NUMBER_WORDS, TALLY_VERBS
from reconcile.models import Claim, DateValue, Mention, NumberValue, Source, fingerprint
from reconcile.vocab import Vocabulary

# Latin letters with their accents ("Hélène Marçais", "Łódź", "Müller"): names and context words
# are read whole, not split at the accented letter
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_LOW = "a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżž"
_WORD = re.compile(rf"[{_UP}{_LOW}][{_UP}{_LOW}'’-]*")
STOPWORDS = frozenset(
    """a an the of in on at to for from by with and or but as is are was were be been being has
    have had that this these those it its their his her our they them he she we you i which who
    whom whose what when where while than then there here into over under about after before
    since during between among more most less fewer least nearly almost around roughly some
    said says say according also not no only just up down out off per cent percent year years
    month months day days week weeks last first second new other such will would could may might
    can do did does so if each all any both very much many number numbers total""".split()
)
_NOUN_STOP = (STOPWORDS | frozenset(
    "who which that were was are is have has had been be in on at to for from by with and or as "
    "higher lower more less up down above below than".split()
)) - frozenset("year years month months day days week weeks".split())  # "five years" counts years
_ATTRIBUTION = re.compile(
    r"\b(?:according to [^,.;]{2,60}|(?:officials?|authorities|police|spokes(?:man|woman|person)|"
    r"the (?:company|department|ministry|agency|government|report|statement)|[A-Z][\w.]+(?: [A-Z][\w.]+)*)"
    r" (?:said|says|told|reported|estimated|announced|claimed|stated)|"
    r"(?:said|says|told|reported|estimated|announced|claimed|stated) (?:by )?[A-Z][\w.]+(?: [A-Z][\w.]+)*)"
)
_HEDGE = re.compile(
    r"\b(?:may|might|could|reportedly|allegedly|estimated|an estimate|believed|thought to|"
    r"unconfirmed|preliminary|expected to|projected|likely|possibly|as many as|up to)\b",
    re.I,
)
_PLACE_NEAR = re.compile(
    r"\b(?:in|across|for|throughout) (?:the )?((?:[A-Z][\w'’.-]+)(?: [A-Z][\w'’.-]+)*(?: (?:province|region|state|"
    r"county|city|district|area|metropolitan area|borough))?)"
)
_AS_A_WHOLE = re.compile(r"\s+as\s+a\s+whole\b", re.I)
_AND_PLACE = re.compile(r" and (?:(?:neighbouring|neighboring|nearby|surrounding|adjacent|adjoining) )?"
                        r"((?:[A-Z][\w'’.-]+)(?: [A-Z][\w'’.-]+)*)")
_APPOSITIVE_PLACE = re.compile(
    r",\s+(?:the|a|its|their)\s+(?:\w+\s+){0,2}(?:capital|city|town|village|province|region|state|county|"
    r"district|borough|port)\b"
)
_APPOSITIVE_FIGURE = re.compile(
    r"\s*[^,;.]{3,60},\s+(?:home to|with|which (?:has|had|is home to)|housing|accounting for)\s+"
    r"(?:(?:about|around|nearly|almost|some|roughly|more than|over|under|just over|just under)\s+)?\Z", re.I)
_FRONTED_PLACE = re.compile(
    r"\s*(?:In|Across|Throughout) ((?:[A-Z][\w'’.-]+)(?: [A-Z][\w'’.-]+)*),\s+(?:the|a|its|their)\s+(?:\w+\s+){0,2}"
    r"(?:capital|city|town|village|province|region|state|county|district|borough|port)\b"
    # "Across Belmora, the health ministry estimates ...": a whole area, fronted, needs no appositive
    r"|\s*(?:Across|Throughout|Nationwide in) ((?:[A-Z][\w'’.-]+)(?: [A-Z][\w'’.-]+)*),"
)
_NOT_PLACES = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec
    the a an fiscal fy q1 q2 q3 q4 parliament court congress""".split()
)


_LEFT_STOP = re.compile(r".*(?:[,;:(—–]|\band\b|\bbut\b|\bwhile\b)", re.S)
_RIGHT_STOP = re.compile(r"[;:)—–]|,\s*(?:and|but|while|which|who|the|a|its|his|her|their|up|down|from|after|only)\b|"
                         r"\band\b|\bbut\b|\bwhile\b")


_FIRST_PARTICIPLE = re.compile(r"\s+(?:[a-z]+ed|given|put|set|made|shown|seen|known|drawn|taken)\b")


def figure_window(text: str, m: Mention, items: Sequence[Mention], s_start: int, s_end: int) -> tuple[int, int]:
    """The words that belong to one figure: its clause, up to the neighbouring figures."""
    # A compound modifier ("30-day average", "12-month high") belongs to the words around it.
    # "the €31 million first proposed by the regulator": "first" before a participle says when, it
    # is no neighbouring figure that ends the window
    bounds = [x for x in items if not text.startswith("-", x.end)
              and not (text[x.start:x.end].lower() == "first" and _FIRST_PARTICIPLE.match(text, x.end))]
    before = max((x.end for x in bounds if x.end <= m.start), default=s_start)
    after = min((x.start for x in bounds if x.start >= m.end), default=s_end)
    lo = max(s_start, before, m.start - 50)
    hi = min(s_end, after, m.end + 50)
    left = _LEFT_STOP.match(text, lo, m.start)
    if left:
        lo = left.end()
    right = _RIGHT_STOP.search(text, m.end, hi)
    if right:
        hi = right.start()
    return lo, hi


# a small count in digits or words ("14", "three"), up to twenty
_SMALL_WORDS = {w: n for w, n in NUMBER_WORDS.items() if 0 < n <= 20}
_SMALL = r"(?:\d{1,3}|" + "|".join(_SMALL_WORDS) + ")"
_CONTAINER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,3}?(?:at|in|across|on|from|spread\s+across|spread\s+over)\s+"
    r"(?:the\s+|its\s+|their\s+|all\s+)?(?P<n>" + _SMALL + r")\s+"
    r"(?:[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z][\w-]*s)\b")
_TIME_NOUNS = frozenset("seconds minutes hours days nights weeks months years decades seasons games "
                        "matches rounds times occasions".split())


CONTAINER_SCOPE = "across "  # the scope of a count spread over places: "across 14 parks"


PLACE_SCOPE = "place: "  # a named place right after a figure: "lost 11.4 per cent in London"
_PLACE_AFTER = re.compile(
    r"(?:\s*(?:per\s*cent|percent|%|[a-z]+(?:\s+[a-z]+)?))?\s+(?:in|at)\s+(?:its\s+|their\s+|the\s+)?"
    r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")
# capitalized words after "in" that name no place (besides months and weekdays, CALENDAR_NAMES)
_NOT_PLACE_WORDS = frozenset("""the this that its their his her our parliament court fiscal financial
    calendar year quarter half first second third fourth phase stage round week month""".split())


# "employs about 210 people at its headquarters", "640 people at its Tornby campus": one site of
# an organisation, a part of it, whether or not the other figure names its whole
_SITE_AFTER = re.compile(
    r"(?:\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:at|in)\s+(?:its|their|the\s+company's|the\s+group's)\s+"
    r"(?:[A-Z][a-z]+\s+)?(?P<site>campus|site|plant|factory|headquarters|head\s+office|offices?|depot|warehouse|"
    r"mill|works|branch)\b")


def _place_scope(text: str, end: int, limit: int) -> str | None:
    """A named place right after a figure and its noun ("lost 11.4 per cent in London", "640
    people at its Tornby campus"), as a scope that tells two figures apart only when both name
    theirs (like a container scope)."""
    site = _SITE_AFTER.match(text, end, limit)
    if site is not None:
        return f"part: at its {' '.join(site.group('site').lower().split())}"
    m = _PLACE_AFTER.match(text, end, limit)
    first = m.group("place").split()[0] if m is not None else ""
    if m is None or first in CALENDAR_NAMES or first.lower() in _NOT_PLACE_WORDS:
        return None
    return f"{PLACE_SCOPE}{m.group('place').lower()}"


def _container_scope(text: str, end: int, limit: int) -> str | None:
    """The places a count is spread over, right after it ("spaces across 14 car parks", "at the
    three main car parks"), as a scope: "across 14 parks"."""
    m = _CONTAINER.match(text, end, limit)
    if m is None:
        return None
    n = m.group("n").lower()
    count = int(n) if n.isdigit() else _SMALL_WORDS[n]
    if count < 2 or m.group("noun").lower() in _TIME_NOUNS:
        return None  # "arrested 40 people in two days": a span of time, not places
    return f"{CONTAINER_SCOPE}{count} {m.group('noun').lower()}"


def local_scope(vocab: Vocabulary, text: str, start: int, end: int) -> str | None:
    """Where a figure holds, read from the words right around it: "national" for whole-scope
    words ("nationwide", "in total"), else a place named with "in" ("in Ovrano province"),
    marked "part" when the text says so ("alone", "only")."""
    whole, part = vocab.scope_words(text, start, end)
    place = None
    for m in _PLACE_NEAR.finditer(text, start, end):
        name = m.group(1)
        if name.split()[0].lower().strip(".") in _NOT_PLACES or any(ch.isdigit() for ch in name):
            continue
        place = name.lower()
        regional = bool(re.search(r" (?:province|region|state|county|city|district|area|borough)$", place)) \
            or bool(_APPOSITIVE_PLACE.match(text, m.end(), end)) \
            or bool(_AS_A_WHOLE.match(text, m.end()))  # "In Vestra, the capital, ...", "... as a whole"
        also = _AND_PLACE.match(text, m.end())  # past the window, which stops at "and"
        if also and " and " not in place:
            # "homes in Morland and neighbouring Tully Cross": two places together, a scope of its own
            place, regional = f"{place} and {also.group(1).lower()}", True
        if not (part or regional):
            place = None  # a place named in passing ("arrested in Portugal") is not a scope
            continue
        break
    if place:
        return f"{place} (part)" if part else place
    if whole:
        return "whole: " + whole
    if part:
        return "part: " + part
    return None


_PREVIOUS = re.compile(
    r"\b(?:the )?(?:previous|prior|preceding) (?:fiscal )?year\b|\ba year (?:earlier|before|ago)\b|"
    r"\bthe year before\b|\blast year\b",
    re.I,
)
# A figure that runs from an event to the article's day, the event not a date: "are down 11 per
# cent since the ruling", "confirmed since it began science operations". Within its clause.
_SINCE_EVENT = re.compile(
    r"[^,;:.()\u2014]{0,50}?\b(since\s+(?:the|its|it|they|he|she|we|their|his|her|this|that)\s+[a-z][\w'’-]*)",
    re.I)
SINCE_PREFIX = "since "  # the period_text of such a figure starts so, and its period is None
_PRESENT = re.compile(r"\b(?:currently|now|today|remains?|so far|to date|as of now|at present)\b", re.I)
PRESENT_TEXT = "at the time of publication"  # the period_text of a figure given as current
_ANCHOR_AFTER = re.compile(r"(?:after|before|since|following|prior to|on from)\s*$", re.I)
_SUBORDINATE = re.compile(r"\b(?:after|before|following|when|while|because|until)\b", re.I)


def tokens(text: str) -> list[str]:
    """Lower-case content words, plural -s folded, stop words dropped."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group(0).lower().replace("’", "'")
        if w in STOPWORDS or len(w) < 3:
            continue
        if w.endswith("'s"):
            w = w[:-2]
        if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
    return out


def _nearest(items: Sequence[tuple[int, int, str]], start: int, end: int, *, prefer_after: bool = False
             ) -> tuple[int, int, str] | None:
    best: tuple[float, tuple[int, int, str]] | None = None
    for item in items:
        s, e, _ = item
        if e <= start:
            distance = float(start - e)
            if prefer_after:
                distance += 1000
        elif s >= end:
            distance = float(s - end) * (0.5 if prefer_after else 1.2)
        else:
            continue  # inside the mention itself
        if best is None or distance < best[0]:
            best = (distance, item)
    return best[1] if best else None


# Irregular past forms and participles that make an event word a verb (the predicate a date or a
# figure belongs to) rather than a noun ("cases", "deportations") that happens to sit nearer.
_IRREGULAR_VERBS = frozenset(
    """began begun cut froze frozen met took taken sent hit struck won lost fell fallen rose risen paid
    sold bought held fled left made gave given brought caught kept spent grew grown shot stole
    withdrew sank broke broken quit set shut put died killed hurt born""".split()
)


def _verb_like(word: str) -> bool:
    w = word.lower()
    return w.endswith("ed") or (" " in w and not w.startswith("according")) or w in _IRREGULAR_VERBS


def _event_of(events: Sequence[tuple[int, int, str]], text: str, m: Mention, *, prefer_after: bool
              ) -> tuple[int, int, str] | None:
    """The event a value belongs to: the nearest verb-like event word, else the nearest one. A
    date governed by a preposition belongs to the word before it ("the strike that began on
    Tuesday, March 4 has closed 1,400 schools": began, not closed)."""
    if m.kind == "date":
        governing = _governing_event(events, text, m)
        if governing:
            return governing
        # "Lindqvist, one of the members who voted against, will hold a meeting on February 19":
        # the verb of a relative clause closed before the date is not the date's event
        events = [e for e in events if not _closed_relative(text, e, m)] or events
    verbs = [e for e in events if _verb_like(text[e[0]:e[1]])]
    return (_nearest(verbs, m.start, m.end, prefer_after=prefer_after)
            or _nearest(events, m.start, m.end, prefer_after=prefer_after))


_PARTICIPLE_AFTER = re.compile(r",\s+[a-z]+ing")
_REL_OPEN = re.compile(r",[^,;:()\u2014]{0,60}?\b(?:who|whom|whose|which)\b[^,;:()\u2014]*\Z", re.I)


def _closed_relative(text: str, e: tuple[int, int, str], m: Mention) -> bool:
    """Whether event word ``e`` sits in a comma-bounded relative clause that closes before ``m``
    (", one of the two members who voted against,")."""
    if e[1] > m.start:
        return False
    opened = _REL_OPEN.search(text, max(0, e[0] - 120), e[0])
    return opened is not None and "," in text[e[1]:m.start]


_TIME_CLAUSE = re.compile(r"\b(?:when|after|before|since|until|once|as soon as)\s+(?:[\w'’-]+\s+){0,3}\Z", re.I)


_CONTRAST_CLAUSE = re.compile(r",\s*(?:while|whereas)\s+(?:[\w'’-]+\s+){0,4}\Z", re.I)


def _in_contrast_clause(text: str, e: tuple[int, int, str], m: Mention) -> bool:
    """Whether event word ``e`` is the verb of a contrasting clause (", while lorries will pay")
    that ``m`` comes before: "from £2.40 to £3.10, a rise of 29 per cent, while lorries will pay
    £10.90" is no payment."""
    return m.end <= e[0] and bool(_CONTRAST_CLAUSE.search(text, max(m.end, e[0] - 50), e[0]))


def _in_time_clause(text: str, e: tuple[int, int, str], m: Mention) -> bool:
    """Whether event word ``e`` opens a time clause ("when the law passed") that ``m`` is outside."""
    if e[0] <= m.start < e[1] + 40 and not re.search(r"[,;:\u2014]|\bto\b", text[e[1]:m.start]):
        return False  # the figure follows in the same clause ("after it passed 24 measures")
    return bool(_TIME_CLAUSE.search(text, max(0, e[0] - 40), e[0]))


def _governing_event(events: Sequence[tuple[int, int, str]], text: str, m: Mention
                     ) -> tuple[int, int, str] | None:
    governing = [e for e in events if e[1] <= m.start and (
        (_GOVERNS_DATE.fullmatch(text, e[1], m.start) and _verb_like(text[e[0]:e[1]]))
        # "cut off cooperation on deportations in 2022": cut off, not deportations; but "the
        # vote, held on Sunday, March 8": the noun a participle dates
        or _PARTICIPLE_DATE.fullmatch(text, e[1], m.start)
        # "The guarantee, introduced barely a year ago, had placed": a time ago that follows its
        # verb, with no more than a hedge between, dates that verb
        or (_AGO.search(m.text) and _HEDGE_GAP.fullmatch(text, e[1], m.start)
            and _verb_like(text[e[0]:e[1]])))]
    return max(governing, key=lambda e: e[1]) if governing else None


_AGO = re.compile(r"(?i)\bago\b")
_HEDGE_GAP = re.compile(r"\s+(?:(?:barely|nearly|almost|just|only|some|about|around|roughly|little|more|less|than|over|"
                        r"under|precisely|exactly|fully|well|not|quite)\s+)*")
_DATE_PREP = (r"(?:\s+(?:each\s+other|one\s+another))?(?:\s+(?:early|late))?"  # "collided with each other early on"
              r"\s+(?:on|in|at|during|since)\s+(?:the\s+)?(?:(?:early|late|mid)\s+)?"
              r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?")
_GOVERNS_DATE = re.compile(_DATE_PREP)
_PARTICIPLE_DATE = re.compile(r",?\s+(?:(?:that|which)\s+)?(?:was\s+|were\s+)?(?:held|staged|scheduled|"
                              r"planned|set|called|took\s+place|opened|published|released)" + _DATE_PREP)


_OF_BEFORE = re.compile(
    r"([A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*)?)\s+(?:of|at|to|was|is|were|are|stood at|reached|numbered|"
    r"totall?ed|came to|rose to|fell to|climbed to|amounts? to|amounted to|hit)\s+"
    r"(?:(?:a|an|the|about|around|roughly|nearly|almost|some|more than|over|under|less than|"
    r"at least|just over|just under|approximately|an estimated|up to)\s+)*$",
    re.I,
)


# (up to two attributive words between: "the 2022 mathematics leak", "the 2014 expenses scandal")
_MODIFIES = re.compile(r"(?:['’]s)?\s+(?:(?!(?:the|a|an|and|or|but|to|of|in|on|at|for|as|with|by|from|was|were|is|"
                       r"are|had|has|have|will|would|it|they|he|she|we|which|that|who)\b)[a-z][\w-]*\s+){0,2}\Z")


def _modified_event(events: Sequence[tuple[int, int, str]], text: str, m: Mention, vocab: Vocabulary
                    ) -> tuple[int, int, str] | None:
    """The event noun right after a date that modifies it ("Tuesday's announcement", "a July 31
    press statement"), when it is not a reporting verb."""
    for e in events:
        if e[0] >= m.end and not vocab.speech(e[2]) and _MODIFIES.fullmatch(text, m.end, e[0]):
            return e
    return None


_NOUN_OF_DATE = re.compile(r"\s+of\s+(?:the\s+)?\Z|,\s+(?:in|on)\s+(?:the\s+)?\Z")


def _dated_noun(events: Sequence[tuple[int, int, str]], text: str, m: Mention, vocab: Vocabulary
                ) -> tuple[int, int, str] | None:
    """The event noun a date modifies ("the 2015 outbreak", "Tuesday's vote") or directly
    follows as its complement ("the Aurelio spill of 1996", "the most recent inspection, in
    March 2024"); a verb-like word ("acquired", "took place") is not one."""
    after = _modified_event(events, text, m, vocab)
    if after is not None and not _verb_like(text[after[0]:after[1]]):
        return after
    for e in events:
        if e[1] <= m.start and not vocab.speech(e[2]) and not _verb_like(text[e[0]:e[1]]) \
                and _NOUN_OF_DATE.fullmatch(text, e[1], m.start):
            return e
    return None


# (a weekday may stand between: "surfaced at 15:40 on Wednesday 10 March")
_DATE_THEN_TIME = re.compile(r"\s*,?\s*(?:at|on)\s+(?:(?:about|around|approximately|roughly)\s+)?"
                             r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?)?")
_STAMP_GAP = re.compile(r"\s*[,\u2013\u2014-]\s*")
_GOVERNING_VERB = re.compile(r"\b([a-z]{4,}ed)\s+(?:(?:at|on|in|around|about|shortly|just|soon|after|before)\s+)+\Z")


def _governing_verb(text: str, m: Mention, s_start: int, vocab: Vocabulary) -> tuple[int, int, str] | None:
    """A past verb that governs the date or time through a preposition ("The crush happened at
    about 10:40 pm as thousands tried to leave"): it dates that verb, whatever vocabulary word the
    rest of the sentence holds; by its class when the vocabulary lists it ("derailed shortly
    before 3am" dates a collapse, as "derailed in the early hours of Wednesday" does)."""
    found = _GOVERNING_VERB.search(text, max(s_start, m.start - 40), m.start)
    if found is None or found.group(1) in _NOT_VERBS:
        return None
    listed = vocab.find_events(found.group(1))
    return (found.start(1), found.end(1), listed[0][2] if listed else "verb:" + stem(found.group(1)))


def _clause_start(text: str, s_start: int, pos: int) -> int:
    """Where the clause holding ``pos`` begins: after the last comma, semicolon, colon, dash or
    opening bracket before it in its sentence."""
    return max(s_start, max((text.rfind(ch, s_start, pos) for ch in ",;:\u2014("), default=-1) + 1)


def _past_verbs(window: str) -> list[str]:
    """The regular past verbs of ``window`` that can date an event (not "said", "based"...)."""
    return [w for w in _PAST_VERB.findall(window) if w not in _NOT_VERBS]


def _verb_of_clause(event: tuple[int, int, str] | None, text: str, m: Mention, s_start: int) -> bool:
    """Whether ``event`` is a verb before the date in the date's own clause."""
    return event is not None and event[1] <= m.start and _verb_like(text[event[0]:event[1]]) \
        and _clause_start(text, s_start, m.start) <= event[1]


def _own_clause_verb(event: tuple[int, int, str] | None, text: str, m: Mention, s_start: int
                     ) -> tuple[int, int, str] | None:
    """A past verb in the date's own clause when the event chosen lies outside that clause."""
    if event is None or event[0] >= m.start:
        return None
    clause_start = _clause_start(text, s_start, m.start)
    if event[1] > clause_start:
        return None
    window = text[max(clause_start, m.start - 80):m.start]
    found = _past_verbs(window)
    if not found:
        return None
    return (m.start, m.start, "verb:" + stem(max(found, key=window.rfind)))


def _figure_class(vocab: Vocabulary, name: str) -> str:
    """The class a figure near an event word takes: a reporting verb counts as its general class."""
    return (vocab.canonical(name) or name) if vocab.speech(name) else name


def _attached_event(vocab: Vocabulary, text: str, m: Mention, noun: str | None, s_start: int) -> str | None:
    """The measure a figure is attached to by grammar: the noun it counts ("24,000 crossings",
    "a 33 per cent premium") or the noun it is the value of ("a premium of nearly 49pc",
    "the death toll rose to 41")."""
    if noun:
        found = vocab.find_events(noun)
        if found:
            return _figure_class(vocab, found[0][2])
    phrase = _valued_phrase(text, s_start, m)
    if phrase:
        found = vocab.find_events(phrase)
        if found:
            return _figure_class(vocab, found[-1][2])
    return None


def _valued_phrase(text: str, s_start: int, m: Mention) -> str | None:
    """The words a figure is the value of ("a premium of nearly 49pc" -> "a premium")."""
    match = _OF_BEFORE.search(text[max(s_start, m.start - 60):m.start])
    return match.group(1) if match else None


_CHANGE_VERB = re.compile(
    r"((?:[A-Za-z][\w'’-]*\s+){0,2}[A-Za-z][\w'’-]*)\s+(?:have\s+|has\s+|had\s+)?(?:rose|risen|fell|fallen|climbed|"
    r"jumped|grew|grown|increased|decreased|declined|dropped|slid|surged|soared|plunged|gained|slumped|"
    r"edged (?:up|down)|(?:was|were|is|are|closed|ended|finished|opened|traded) (?:up|down))\s+"
    r"(?:by\s+|to\s+)?(?:(?:about|nearly|almost|some|around|roughly|"
    r"more than|over|just over|just under|less than)\s+)?\Z")


_BE_BEFORE = re.compile(
    r"((?:[A-Za-z][\w'’-]*\s+){0,2}[A-Za-z][\w'’-]*)\s+(?:was|were|is|are|have been|has been)\s+"
    r"(?:(?:about|nearly|almost|some|around|roughly|more than|over|just over|just under|less than)\s+)?\Z")
_COMPARATIVE_AFTER = re.compile(r"\s*(?:per ?cent|percent|pc|%)?\s*(?:higher|lower|more|less|up|down|above|below)\b",
                                re.I)


# An ordinal before these nouns, capitalized, is part of a name ("2nd Battalion", "Fifth Avenue",
# "9th Circuit"), not a rank; before other capitalized words it may well rank ("fourth Grand Slam").
_NAME_AFTER_ORDINAL = re.compile(
    r"\s+(?:Battalion|Regiment|Brigade|Division|Corps|Army|Fleet|Squadron|Infantry|Cavalry|Marines?|"
    r"Avenue|Street|Amendment|Circuit|District|Ward|Precinct|Congress|Century)\b")


# a growth verb or multiplier word: "doubled", "trebles", "tenfold" (the figure itself in "the
# number of volunteers has doubled"; the change it states in _change_of_multiplier)
_GROWTH_VERB = re.compile(r"(?i)(?:doubl|tripl|trebl|quadrupl|halv)(?:ed|ing|es|e)\b|\w+fold\b")
_BEFORE_GROWTH = re.compile(r"((?:[A-Za-z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*)\s+(?:has\s+|have\s+|had\s+)?"
                            r"(?:more\s+than\s+|nearly\s+|almost\s+|roughly\s+|about\s+)?\Z")


def _changed_subject(text: str, start: int, figure_start: int, figure_end: int) -> str | None:
    """What a change is a change of, named before its verb ("Revenue rose 9%", "Food prices
    climbed 5.8 per cent", "Food prices were 5.2% higher"): the last words before the verb,
    stop words dropped."""
    m = _CHANGE_VERB.search(text, start, figure_start)
    if not m and _COMPARATIVE_AFTER.match(text, figure_end):
        m = _BE_BEFORE.search(text, start, figure_start)
    if not m and _GROWTH_VERB.fullmatch(text, figure_start, figure_end):
        # "the number of volunteers has doubled": the growth verb is the figure itself
        m = _BEFORE_GROWTH.search(text, start, figure_start)
    if not m:
        return None
    words = [w for w in m.group(1).split() if w.lower() not in STOPWORDS]
    return " ".join(words[-2:]) or None


_PREPOSITIONS = frozenset("across over under into onto since after before during through per via "
                          "within without among between against toward towards".split())
_FINITE_VERBS = frozenset("went came got saw say says said did does do risen grew fell rose".split())


def _verb_word(word: str) -> bool:
    """A word that is a verb form, not part of a counted noun ("went", "risen", "reported")."""
    w = word.lower()
    return (len(w) > 4 and w.endswith("ed")) or w in _IRREGULAR_VERBS or w in _FINITE_VERBS


def clean_noun(noun: str | None) -> str | None:
    """A noun phrase without the verb forms and possessive stubs that came with it."""
    if not noun:
        return None
    words = [w for w in noun.split() if not _verb_word(w) and w.lower() not in ("s", "'s", "’s")]
    return " ".join(words) or noun  # a verb alone ("the 76 needed") still says what it is


_PLURAL_BE = re.compile(r"\s+(?:were|are)\s+(?=[a-z])")
_ADVERBS = frozenset("still also now not already being then later only just yet never either both "
                     "among due able unable".split())


def _predicate_noun(text: str, end: int, limit: int) -> str | None:
    """What a bare figure is said to be ("Of the dead, 12 were children", "the other 22 were
    crew members"): the noun after a plural "were"/"are" (no article, no verb form: "14 were
    killed", "22 were a record" name nothing)."""
    be = _PLURAL_BE.match(text, end, limit)
    if be is None:
        return None
    first = _WORD.match(text, be.end())
    if first is None or first.group(0).lower() in _ADVERBS or first.group(0).endswith("ly"):
        return None  # "19 were still being treated", "12 were seriously hurt"
    return counted_noun(text, be.end() - 1, limit)


def counted_noun(text: str, end: int, limit: int, *, ordinal: bool = False) -> str | None:
    """The noun phrase right after a number ("37,000 Chinese nationals" -> "Chinese nationals").
    After an ordinal, "new" opens it ("its fourth new route"); after a count, "new" leaves the noun
    unsaid, as "more" and "other" do ("96 new drivers" are additions, not a number of drivers).
    (Taking "new drivers" as the noun moved gold items both ways: linked with "140 drivers".)"""
    words: list[str] = []
    of = re.match(r"\s*(?:per ?cent|percent|pc|%)?\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?", text[end:limit])
    if of:
        end = end + of.end()  # "45pc of total sales" counts sales
    for m in _WORD.finditer(text, end, min(limit, end + 60)):
        between = text[end:m.start()] if not words else ""
        if between.strip(" -") and not words:
            if re.search(r"[,.;:()\"“”]", between):
                break
        w = m.group(0)
        if not words and w.lower() == "such":
            continue  # "the third such collision", "2,000 such cases": what "such" stands for
        if not words and w.lower() == "new" and ordinal and _WORD.match(text, m.end() + 1):
            words.append(w)  # "its fourth new route": "new" opens the noun phrase
            continue
        if w.lower() in _NOUN_STOP or (words and (_verb_word(w) or w.lower() in _PREPOSITIONS)):
            break  # "Eleven vehicles went into the water", "11,000 people across the valley"
        words.append(w)
        if len(words) == 3:
            after = _WORD.match(text, m.end() + 1) if words[0].lower() in ("year-old", "years-old") \
                and text[m.end():m.end() + 1] == " " else None
            if after is not None and after.group(0)[:1].isupper():
                # "fifty-three-year-old head tracker Eliab Nsengi": the name after a two-word role
                # says the age is a person's (see aged_thing)
                words.append(after.group(0))
            break
    return " ".join(words) if words else None


_PROPER = re.compile(
    rf"(?<![\w.])(?:[{_UP}][{_UP}{_LOW}&'’.-]*[{_UP}{_LOW}]|[A-Z]{{2,}})"
    rf"(?:\s+(?:[{_UP}][{_UP}{_LOW}&'’.-]*[{_UP}{_LOW}]|of|de|van|von|al))*"
)
_COMMON_CAPS = frozenset(
    """the a an in on at for from by with and but or as this that these those it its he she they we
    i his her their our after before during while when where if since although though however
    according said says monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december jan feb mar apr jun jul
    aug sep sept oct nov dec mr mrs ms dr sir president minister secretary speaker chief ceo
    officials police state states government company department ministry agency court judge
    there here then also last next first second third new more most many some several all
    about around nearly almost over under just only still even yet now today yesterday tomorrow
    one two three four five six seven eight nine ten""".split()
)


def proper_names(text: str, start: int, end: int, known: Sequence[tuple[int, int, str]],
                 names_mid: frozenset[str] = frozenset()) -> set[str]:
    """Capitalized names the alias table does not know ("Broadcom", "Silver Lake"), as
    ``name:<lower case>`` entities, so stories about anything can be linked by who is involved.

    A capitalized first word of a sentence is a name only when the text also capitalizes it
    mid-sentence (``names_mid``, from :func:`mid_sentence_caps`)."""
    out: set[str] = set()
    for m in _PROPER.finditer(text, start, end):
        if any(k[0] <= m.start() < k[1] or m.start() <= k[0] < m.end() for k in known):
            continue
        words = [re.sub(r"['’]s$", "", w) for w in m.group(0).split() if w.lower() not in _COMMON_CAPS]
        while words and words[-1].lower() in ("of", "de", "van", "von", "al"):
            words.pop()  # "Ministry of Health of" -> "Ministry of Health"
        while words and words[0].lower() in ("of", "de", "van", "von", "al"):
            words.pop(0)
        if not words:
            continue
        first = text[start:m.start()].strip(" \t\n\"“'‘([*#-") == ""
        if first and len(words) == 1 and not words[0].isupper() and words[0] not in names_mid:
            continue  # the sentence's first word is capitalized whatever it is
        name = " ".join(words).strip(".'’").lower()
        if len(name) >= 3:
            out.add("name:" + name)
    return out


_MID_CAP = re.compile(rf"(?<=[{_LOW}0-9,;] )[{_UP}][{_LOW}][\w'’-]*")


def mid_sentence_caps(text: str) -> frozenset[str]:
    """Words the text uses as names: capitalized after a lower-case word or a comma, or
    capitalized at least twice and never written in lower case ("Brightway" opening sentences)."""
    mid = {re.sub(r"['’]s$", "", m.group(0)) for m in _MID_CAP.finditer(text)}
    capitalized = Counter(re.sub(r"['’]s$", "", m.group(0)) for m in _ANY_CAP.finditer(text))
    lower = {m.group(0) for m in _LOWER_WORD.finditer(text)}
    mid |= {w for w, n in capitalized.items() if n >= 2 and len(w) >= 4 and w.lower() not in lower}
    return frozenset(mid) - {w.capitalize() for w in _COMMON_CAPS}


_ANY_CAP = re.compile(rf"\b[{_UP}][{_LOW}][\w'’-]*")
_LOWER_WORD = re.compile(r"\b[a-z][\w'’-]*")


def _shift_year(value: DateValue, years: int) -> DateValue:
    def shift(d: dt.date | None) -> dt.date | None:
        if d is None:
            return None
        try:
            return d.replace(year=d.year + years)
        except ValueError:  # 29 February
            return d.replace(year=d.year + years, day=28)

    return value.model_copy(update={"earliest": shift(value.earliest), "latest": shift(value.latest),
                                    "relative": True, "anchor": f"a year before {display_value(value)}"})


def build_claims(source: Source, mentions: Sequence[Mention], sentences: Sequence[tuple[int, int]],
                 vocab: Vocabulary, scan: str | None = None) -> list[Claim]:
    """Turn one source's mentions into claims (a pure function of the source)."""
    text = scan if scan is not None else source.text
    # the text with estimate words blanked, for carrying a partial count over its paragraph
    unestimated = _ESTIMATE_WORDS.sub(lambda w: " " * len(w.group(0)), text)
    by_sentence: dict[tuple[int, int], list[Mention]] = {}
    bounds = list(sentences)
    for m in (_peak_reading(m, text, vocab) for m in mentions):
        for s in bounds:
            if s[0] <= m.start < s[1]:
                by_sentence.setdefault(s, []).append(m)
                break
    claims: list[Claim] = []
    seen: Counter[str] = Counter()
    names_mid = mid_sentence_caps(text)
    for sent, items in sorted(by_sentence.items()):
        s_start, s_end = sent
        entities = vocab.find_entities(text, s_start, s_end)
        found_events = vocab.find_events(text, s_start, s_end)
        # A figure near a reporting verb counts as its general class ("said" -> "announce"); a date
        # governed by one ("said on Thursday") is when someone spoke, and is dropped below.
        events = [(a, b, _figure_class(vocab, n)) for a, b, n in found_events]
        entity_ids = tuple(sorted({e[2] for e in entities} | proper_names(text, s_start, s_end, entities, names_mid)))
        sent_text = text[s_start:s_end]
        attribution = _ATTRIBUTION.search(sent_text)
        hedged = bool(_HEDGE.search(sent_text))
        ctx_tokens = tuple(tokens(sent_text))  # derived claims speak for the whole sentence
        dates = [m for m in items if m.kind == "date"]
        # A number inside a date expression ("nearly two years after") is part of the date.
        items = [m for m in items if m.kind == "date" or not any(d.start <= m.start < d.end for d in dates)]
        items, inches = _feet_and_inches(items, text)
        numbers = [m for m in items if m.kind != "date"]
        amount_numbers = [m for m in numbers if m.role in ("amount", "from", "to", "change")]
        period_dates = [d for d in dates if _is_period(d, text, numbers)]
        previous = [(p.start() + s_start, p.end() + s_start) for p in _PREVIOUS.finditer(sent_text)]

        first = len(claims)  # this sentence's claims are claims[first:]
        date_events: dict[tuple[int, bool], tuple[int, int, str]] = {}  # (end, is a time) -> its event
        skipped: list[Mention] = []  # period dates, left to the figures that hold for them
        unheld: list[Mention] = []  # ... of which no figure of the sentence took any
        work: list[Mention | None] = [*items, None]
        for item in work:
            if item is None:
                # "was just four years ago, when a hiker was swept away, and before that five
                # people died here in 2004": a date that looked like a period, when every figure
                # took a nearer one, dates its event after all (other unheld periods, "last month",
                # "in 2021", dated side events that linked with the story's own: no real item
                # more, 41 more errors matching no gold item)
                held = {c.period_text for c in claims[first:]}
                unheld = [d for d in skipped if d.text not in held and _YEARS_AGO.search(d.text)]
                work.extend(unheld)
                continue
            m = item
            if m.kind == "date" and m in period_dates and m not in unheld \
                    and not _also_dates_an_event(m, text, s_start, numbers) \
                    and not _dates_its_subject(m, text, s_start, vocab) \
                    and not vocab.origin_before(text, max(s_start, m.start - (60 if _long_before(m, source) else 20)),
                                                m.start):
                # (but "The plant opened in 1971 and was expanded twice": when it opened; and
                # "launched in 2022 with 900 bikes", the origin word right before a recent year)
                skipped.append(m)
                if not (_span_of_its_own(m) or _COUNTED_BACK_YEARS.search(m.text)):
                    continue
            if m.kind == "ordinal" and _NAME_AFTER_ORDINAL.match(text, m.end):
                continue  # "2nd Battalion", "Fifth Avenue", "9th Circuit": part of a name, no rank
            if m.kind == "date" and _THIS_PERIOD.match(m.text) and _SUPERLATIVE_BEFORE.search(
                    text, _clause_start(text, s_start, m.start), m.start):
                continue  # "one of the deepest rounds of cuts announced ... this year": the superlative's span
            if _DENIED_BEFORE.search(text, max(s_start, m.start - 30), m.start):
                continue  # "on November 18, and not on November 28 as one paper reported": denied
            if m.kind == "date" and not isinstance(m.value, DateValue):
                continue
            anchored_after = m.kind == "date" and (bool(_ANCHOR_AFTER.search(m.text)) or bool(
                # "announced that last weekend the US had deported": the date opens the reported clause
                re.search(r"\bthat\s+(?:on\s+|in\s+|at\s+)?\Z", text[max(s_start, m.start - 12):m.start])))
            lo, hi = figure_window(text, m, items, s_start, s_end)
            # A time of day ("touched down at 11:38 p.m.") dates its event as a date does.
            clock = isinstance(m.value, NumberValue) and m.value.time_of_day
            dated = m.kind == "date" or clock
            # The event of the figure's own clause first, else the sentence's nearest.
            near = events
            if dated:
                # Dates see reporting verbs as such (a date they govern is dropped below). In "on
                # Wednesday, the day after the collapse" the event after a later "after" belongs
                # to that relative date; this one dates its own clause.
                cut = min((d.start for d in dates if d.start > m.end and _ANCHOR_AFTER.search(d.text)),
                          default=len(text))
                sub = _SUBORDINATE.search(text, m.end, s_end)
                if sub is not None and any(e[1] <= m.start for e in found_events):
                    # "stabbed shortly before midnight on 14 June 2025 after a row that began
                    # inside": the verb of a clause the date does not open is not its event
                    cut = min(cut, sub.start())
                near = [e for e in found_events if e[1] <= cut]
                if any(e[1] <= m.start and _verb_like(text[e[0]:e[1]]) for e in near):
                    # "Officers raided the shop nearly two years ago, seizing 2,000 bottles": a
                    # participle clause after the date adds to the verb before it, which it dates
                    near = [e for e in near if not _PARTICIPLE_AFTER.fullmatch(text, m.end, e[1])]
            # Beyond its own clause a figure does not take the verb of a time clause it is not in:
            # "fell from about 38,400 when the law passed to roughly 29,100, a decline of about
            # 24 percent" counts listings, not the passing of the law.
            wider = near if dated else [e for e in near if not _in_time_clause(text, e, m)
                                        and not _in_contrast_clause(text, e, m)]
            governed = (_governing_event(near, text, m) or _governing_verb(text, m, s_start, vocab)
                        ) if dated else None
            event = governed or _event_of(
                [e for e in near if lo <= e[0] and e[1] <= hi], text, m,
                prefer_after=anchored_after) or _event_of(wider, text, m, prefer_after=anchored_after)
            anchored = _verb_after_offset(text, m) if dated and governed is None and not any(
                d.start >= m.end for d in dates) else None
            if anchored is not None and not any(m.end <= e[0] < anchored.end() for e in found_events):
                # "nearly four years after it first applied": an offset dates the clause its "after"
                # opens, even when the vocabulary knows only words elsewhere in the sentence
                # ("clearing the way for the first vertical rocket launches"); not when a date after
                # it is what it counts from ("Five weeks after the museum handed back its treasures,
                # the new museum opened on Thursday 12 November" dates the opening)
                event = (anchored.start(1), anchored.end(1), "verb:" + stem(anchored.group(1)))
            noun = counted_noun(text, m.end, s_end, ordinal=m.kind == "ordinal") if not dated else None
            if noun is None and m.kind == "count" and not dated and not clock:
                noun = _predicate_noun(text, m.end, s_end)  # "the other 22 were crew members"
            if noun is None and m.kind in ("percent", "money", "count") and not clock:
                noun = _changed_subject(text, max(s_start, lo), m.start, m.end)  # "Revenue rose 9%"
                if noun is None:
                    # "annual growth at 2.4%", "a premium of nearly 49pc": the noun it is the value of
                    words = [w for w in (_valued_phrase(text, s_start, m) or "").split() if w.lower() not in _NOUN_STOP]
                    noun = " ".join(words) or None
            noun = clean_noun(noun)
            purpose = _TIME_TO_VERB.match(text, m.end) if m.kind == "count" and not dated else None
            if purpose is not None and purpose.group(1) not in _NOT_VERBS | _NOT_PURPOSES:
                # "Players have 180 days to claim a prize", "people have ninety days to claim": a
                # length of time given to do something is that doing's, whatever else is near
                named = [e for e in found_events if e[0] <= purpose.start(1) < e[1]]
                event = (named[0][0], named[0][1], _figure_class(vocab, named[0][2])) if named else (
                    purpose.start(1), purpose.end(1), "verb:" + stem(purpose.group(1)))
            side = _tally_side(text, m, s_start) if m.kind == "count" else None
            if side:
                noun = f"tally {side}"  # "passed 10-3", "nine votes to four": for and against
            if isinstance(m.value, NumberValue) and m.value.unit in ("°C", "°F"):
                noun = "temperature"  # what a reading in degrees measures, whatever words surround it
            noun_event = _attached_event(vocab, text, m, noun, s_start) if not dated else None
            measure = noun_event or (event[2] if event else None)
            if m.kind == "count" and _age_apposition(text, m, s_start) and "age" in vocab.events:
                noun, measure = None, "age"  # "Jamal Whitcomb, 41, was driving home"
            if m.kind == "ordinal" and _in_standings(text, m.end, vocab) and "rank" in vocab.events:
                measure = "rank"  # "move Varland up to third in the world Test rankings": a rank, not a move
            if m.kind == "ordinal" and _NUMBER_SIGN.search(text, max(s_start, m.start - 5), m.start) \
                    and "rank" in vocab.events:
                measure = "rank"  # "will rise to No. 2 when the new rankings are published"
            if dated and event is not None and vocab.speech(event[2]):
                # "said on Thursday" dates the saying; "a July 31 press statement, he said" dates
                # the statement the date directly modifies; "said on Tuesday it would shed 420
                # jobs" announces a plan, and the announcement has a date.
                said_plan = "announce" in vocab.events and _SAID_PLAN.match(text, m.end)
                event = _modified_event(found_events, text, m, vocab) or (
                    (event[0], event[1], "announce") if said_plan else None)
            if dated and governed is None and not _verb_of_clause(event, text, m, s_start):
                # "Its 2017 purchase of Pellow Savings added 12 branches": the event noun a date
                # modifies, or the one it follows ("the spill of 1996", "the most recent
                # inspection, in March 2024"), is what it dates, whatever verb sits nearer;
                # else a past verb of its own clause beats a vocabulary word of another
                # ("which rises 2,190 metres above sea level, last erupted in 1974"). A verb
                # before the date in its clause still comes first ("voted heavily for
                # independence in Saturday's referendum").
                event = _dated_noun(found_events, text, m, vocab) or _own_clause_verb(
                    event, text, m, s_start) or event
                measure = event[2] if event else None
            first_of = _first_of_a_noun(text, m, vocab) if dated and governed is None else None
            if first_of is not None:
                # "carried out its first kidney transplant in 1971": when the first one happened,
                # whatever other event word is near
                event, measure = (m.start, m.start, first_of), first_of
            if m.kind == "date" and "record_since" in vocab.events and _reaches_back(text, m, s_start) and (
                    event is None or vocab.weak(event[2]) or vocab.speech(event[2])
                    # "the largest wildlife seizure in Casmara since 2011": the record's year, not
                    # the seizure's; but "since records began in 2011" dates its own verb, and "the
                    # first runoff since 2016" the runoff before
                    or (governed is None and not _FIRST_SINCE.search(text, s_start, m.start))):
                # "the driest spring since 1995, the company said" dates when it last was so
                event = (m.start, m.start, "record_since")
                measure = "record_since"
            if dated and event is not None and vocab.canonical(event[2]) == vocab.canonical("begin") \
                    and _SPAN_END_BEFORE.search(text, max(s_start, m.start - 40), m.start) \
                    and not _NOT_UNTIL.search(text, max(s_start, m.start - 80), m.start):
                # "hearings begin on Monday, May 11 and are scheduled to run through July 31": the
                # end of the span is not when it began, but when it ends
                event = (m.start, m.start, "complete") if "complete" in vocab.events else None
                measure = event[2] if event else None
            if dated and event is None and not _is_dateline(text, m):
                # the noun a date modifies first ("the March 17 landslide"), then a past verb of
                # its clause, then a noun it completes ("the breakthrough on March 10"; but
                # "searched the river on Wednesday" dates the search)
                verb = _noun_the_date_modifies(text, m) or _plain_verb(text, m, s_start) \
                    or _noun_the_date_completes(text, m)
                if verb is not None:
                    # "Mount Teral erupted early Monday": a verb the vocabulary does not list still
                    # says what the date dates; dates of the same verb link across articles
                    event, measure = (m.start, m.start, verb), verb
            # "opened in 1971", "the 2006-built tanker": when something came into being
            came_to_be = dated and not clock and (vocab.origin_before(text, max(s_start, m.start - 60), m.start)
                                                  or _BUILT_AFTER.match(text, m.end) is not None)
            if came_to_be and event is not None and (event[0] >= m.end or event[1] < m.start - 25
                                                           or event[2].startswith("verb:")) \
                    and "begin" in vocab.events and vocab.origin_before(text, max(s_start, m.start - 25), m.start):
                # "It was laid in 1931, not 1913 as reported", "The failed asset is a main that was
                # laid in 1931": words of coming into being right before the date date it, not a
                # verb further off (a plain verb found without the vocabulary is one)
                event = None
            if came_to_be and event is None and "begin" in vocab.events:
                # "The vessel, built in 2009, sails under ...", "the 2009-built bulker was boarded":
                # no event word, but the date is when the thing came into being
                event, measure = (m.start, m.start, "begin"), "begin"
            if clock and any(d.end <= m.start and _STAMP_GAP.fullmatch(text, d.end, m.start) for d in dates):
                continue  # "Wednesday, March 11, 2026 – 6:10am", "Correction (12 March, 10:15pm)": a timestamp
            if dated and not _is_dateline(text, m):
                # "struck on Monday, April 14, at 4:12 a.m., killing 12", "struck at 4:12 a.m. on
                # Monday, killing 12", "surfaced at 15:40 on Wednesday 10 March": a time and the
                # date right beside it date one event
                beside = next((e for (end, was_clock), e in date_events.items() if was_clock != clock
                               and end <= m.start and _DATE_THEN_TIME.fullmatch(text, end, m.start)), None)
                if beside is not None:
                    event, measure = beside, beside[2]
                if event is not None:
                    date_events[(m.end, clock)] = event
            if dated and (event is None and not _weekday_disagrees(text, m, s_start) or _is_dateline(text, m)):
                # a date with no event, when someone spoke, or a dateline: nothing to link (but a
                # day with the wrong weekday written beside it, "after the first Test on Sunday 4
                # July", is kept for the weekday check whatever it dates)
                continue
            period: DateValue | None = None
            period_text: str | None = None
            if m.kind == "ordinal":
                # An ordinal counts within a span: "the first in five years", "the third since 2010".
                period, period_text = _ordinal_span(m, items, text, source)
            elif m.kind != "date":
                period, period_text = _period_of(m, period_dates, previous, text, sent_text, source,
                                                 prefer_after=m.role == "multiplier",
                                                 figures=[x for x in numbers if x.role != "multiplier"],
                                                 sent_start=s_start)
                if measure == "age" and period_text and _VERB_BEFORE_PERIOD.search(
                        text, m.end, _period_start(text, period_text, m.end, s_end)):
                    # "Her 15-year-old mother, Kesi, came to Brackenmoor in 2019": the year dates
                    # the verb after the age, not the age
                    period, period_text = None, None
            # An ordinal ranks within its own wording ("the third strong quake in the province"):
            # scope and measure words around it are not a different frame.
            # an age has no scope or qualifier: "a 16-year-old ... national record" is her age
            framed = m.kind not in ("date", "ordinal") and not clock and measure != "age"
            scope_text = local_scope(vocab, text, lo, hi) if framed else None
            if scope_text == "part: only" and _ONLY_BEFORE.search(text, max(lo, m.start - 30), m.start):
                # "Only about eight in ten starters finished": "only" before a figure says it is
                # small, not that it holds for a part ("903 in Ovrano province only")
                scope_text = None
            if framed and scope_text is None:
                # A fronted place with an appositive sets the scope of the whole sentence:
                # "In Vestra, the capital, turnout reached 72.4%".
                fronted = _FRONTED_PLACE.match(text, s_start, m.start)
                place = fronted.group(1) or fronted.group(2) if fronted else None
                if place and place.split()[0].lower() not in _NOT_PLACES:
                    scope_text = ("whole: " if fronted and fronted.group(2) else "") + place.lower()
                elif _APPOSITIVE_FIGURE.match(text, s_start, m.start):
                    # "The capital region, home to 2.3 million people": the figure belongs to the
                    # noun phrase its appositive describes.
                    scope_text = local_scope(vocab, text, s_start, m.start)
            if framed and scope_text is None and m.kind == "count":
                # "the 1,200 spaces at the three main trailhead car parks" against "2,150 spaces
                # across 14 car parks": a figure for so many places holds for those places
                scope_text = _container_scope(text, m.end, s_end)
            if framed and scope_text is None and m.kind in ("count", "percent", "money"):
                scope_text = _place_scope(text, m.end, s_end)
            if framed and scope_text is None and m.kind == "percent":
                # "48 per cent of Social Liberal voters": a share of a named group is a share of a
                # part, against "61 per cent of voters"
                group = _NAMED_GROUP.match(text, m.end)
                if group and group.group(2) in vocab.group_nouns:
                    scope_text = "part: " + " ".join(group.group(1).split()).lower()
            # "70 percent of his annual salary": words after "of" qualify the whole, not the share
            of_whole = _OF_AFTER_SHARE.match(text, m.end) if m.kind == "percent" else None
            q_hi = min(hi, of_whole.end()) if of_whole else hi
            if m.kind == "count" and _PART_BEFORE_WHOLE.search(text, max(s_start, m.start - 40), m.start):
                # "19 of the 86 staff affected had now been offered jobs": the whole a part is
                # counted from is qualified by its own noun phrase; what the clause says of the
                # part ("offered") is the part's
                whole = _WHOLE_NOUN.match(text, m.end)
                q_hi = min(q_hi, whole.end() if whole else m.end)
            q_lo = lo
            places_counted = _PLACES_COUNTED.search(text, max(lo, m.start - 20), m.start) \
                if m.kind == "count" and noun and vocab.unit_of(noun) is None else None
            if places_counted:
                # "cases have been confirmed at seven primary schools": the places a thing is
                # counted at are not of the kind said of the thing ("confirmed")
                q_lo = max(lo, places_counted.start())
            qualifiers = vocab.qualifiers(text, q_lo, q_hi, figure_end=m.end, sentence=sent) if framed else ()
            if framed and "preliminary" not in qualifiers:
                # A partial count ("With 92% of ballots counted, ...") holds for its paragraph: the
                # next sentence of the same report ("Labour trailed on 24.6%") is partial too. A
                # final count is not carried: an unqualified later figure is final all the same.
                # Nor is an estimate: "NGN's preliminary estimate is £3.6m" qualifies its own
                # sentence, not the breakdown after it.
                start = text.rfind("\n\n", 0, s_start)
                end = text.find("\n\n", s_end)
                wide = vocab.qualifiers(unestimated, m.start, m.start,
                                        sentence=(max(0, start), len(text) if end < 0 else end))
                if "preliminary" in wide:
                    qualifiers = tuple(sorted({*qualifiers, "preliminary"}))
            said = attribution.group(0) if attribution else None
            if m.role == "multiplier":
                # "10 times the number during the previous year" is a claim about the base it
                # implies, not about the factor.
                derived = _derive_from_multiplier(source, m, amount_numbers, text, sent, entity_ids,
                                                  measure, period, period_text, scope_text, said,
                                                  hedged, ctx_tokens, qualifiers, seen)
                # "Detentions doubled from four in 2024 to 12 last year": the ends of the change the
                # verb states, right after it, are not figures beside it
                ends = next((n.relation for n in amount_numbers if n.role == "from" and n.start >= m.end
                             and _FROM_AFTER_VERB.fullmatch(text, m.end, n.start)), None)
                if derived is None and not any(
                        n.kind in ("count", "money") and not _SPAN_AFTER.match(text, n.end)
                        and not (ends is not None and n.relation == ends)
                        # a figure past a clause break is another clause's ("..., and the record, 1.9
                        # tonnes"; "Kestrel Down, nine miles north of Ambleford, ..., and visitor
                        # numbers have doubled")
                        and not (n.start >= m.end and re.search(r"[,;:]", text[m.end:n.start]))
                        and not (n.end <= m.start and re.search(r"[,;:]", text[n.end:m.start]))
                        # "has doubled to £126m": what it doubled to, not the figure that doubled
                        and not (n.start >= m.end and _TO_AFTER_VERB.fullmatch(text, m.end, n.start))
                        for n in amount_numbers):
                    # "The deficit has doubled since 2021", no figure beside it: a change of about
                    # 100%, to set against another article's "from £15m to £47m"
                    derived = _change_of_multiplier(source, m, text, sent, entity_ids, measure, noun, period,
                                                    period_text, scope_text, said, hedged, ctx_tokens, seen)
                if derived is not None:
                    claims.append(derived)
                elif (multiple := _multiple_of_base(source, m, text, sent, entity_ids, measure, period, period_text,
                                                    scope_text, said, hedged, ctx_tokens, qualifiers, seen)):
                    claims.append(multiple)
                continue
            window = tuple(tokens(text[max(s_start, m.start - 110):min(s_end, m.end + 110)]))
            converted = _in_base_unit(m, noun, vocab) or _in_celsius(m)
            if converted and m.start in inches:
                converted = _with_inches(converted, inches[m.start])
            if converted and framed and (vocab.unit_of(noun) or ("",))[0] == "length":
                extent = vocab.dimension_after(text, m.end)
                if extent:  # "24 metres across" against "11 metres deep": two measures of one hole
                    qualifiers = tuple(sorted({*qualifiers, extent}))
            if converted and framed and (vocab.unit_of(noun) or ("",))[0] != "time" and (
                    gathered := _gathered_over(text, m.end, s_end)):
                # "rose 4.1 metres in 36 hours" against "reached 6.84 metres": what gathered in
                # a stated length of time is a measure of that length
                qualifiers = tuple(sorted({*qualifiers, gathered}))
            owners = entity_ids if m.kind == "date" else _clause_entities(entity_ids, text, sent, m.start)
            claim = _claim(source, m, text, sent, owners, measure, noun, period,
                           period_text, scope_text, said, hedged, window, qualifiers, seen,
                           value=converted[0] if converted else None)
            if converted:
                shown = display_value(m.value) if converted[1] == "°F" else f"{display_value(m.value)} {converted[1]}"
                claim = claim.model_copy(update={"display": shown, "scale": converted[2]})
            if came_to_be:
                claim = claim.model_copy(update={"origin": True})
            if not (measure == "age" and _aged_then(text, sent[0], m)):
                # "Ferrand, then 24,": an age of another time is compared only through the birth
                # year it gives, when the sentence names that time
                claims.append(claim)
            if measure == "age" and m.kind == "count":
                origin = _year_from_age(source, m, text, sent, entity_ids, noun, hedged, window, seen, vocab) \
                    or _birth_from_age(source, m, text, sent, entity_ids, hedged, window, seen, vocab)
                if origin is not None:
                    claims.append(origin)
        here = claims[first:]
        _from_takes_its_partner(here)
        _share_takes_its_whole(here, text)
        claims[first:] = here
        claims.extend(_changes_implied(source, here))
        if "record_since" in vocab.events:
            claims.extend(_record_gaps(source, text, sent, entity_ids, seen))
    return claims


# "the highest level in nearly five years", "the first escape there in more than twenty years",
# "the lowest rate for four years": a superlative that reaches back a span of time says when it
# last was so, as "the highest since August 2022" does.
_GAP_NUMBER = (r"(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
               r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
               r"|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
               r"sixteen|seventeen|eighteen|nineteen|a\s+half)")
_RECORD_GAP = re.compile(
    r"\b(?P<sup>highest|lowest|biggest|largest|smallest|strongest|weakest|worst|best|first|deadliest|costliest|"
    r"busiest|driest|wettest|hottest|warmest|coldest|sharpest|steepest|fewest|greatest|cheapest|fastest|slowest)"
    r"(?:\s+[\w'’-]+){0,5}?\s+(?:in|for)\s+(?:the\s+(?:past|last)\s+)?"
    r"(?P<gap>(?P<hedge>more\s+than|over|nearly|almost|about|around|roughly|some|at\s+least|less\s+than|under|just)?\s*"
    r"(?P<n>" + _GAP_NUMBER + r")(?:\s+and\s+a\s+half)?[\s-]+(?P<unit>years?|months?|decades?))\b", re.I)


_RUN_OR_FUTURE = re.compile(r"(?:'|’)?\s*(?:running|in\s+a\s+row|straight|time|from\s+now|hence)\b", re.I)


def _gap_years(m: re.Match[str]) -> tuple[float, float] | None:
    """The span a gap phrase allows, in years, as a reader takes it: "nearly five years" 4-5,
    "more than twenty years" above 20, "four years" 3.5 to 5."""
    word = m.group("n").lower()
    # "thirty-nine": the tens and the units said together
    n = float(word) if word.isdigit() else 1.0 if word in ("a", "an", "one") else float(
        sum(NUMBER_WORDS.get(part, 0) for part in word.split("-")))
    if not n:
        return None
    if "and a half" in m.group(0).lower():
        n += 0.5
    unit = m.group("unit").lower()
    n *= 10.0 if unit.startswith("decade") else 1 / 12 if unit.startswith("month") else 1.0
    hedge = " ".join((m.group("hedge") or "").lower().split())
    if hedge in ("more than", "over", "at least"):
        return n, 2 * n + 1
    if hedge in ("nearly", "almost"):
        return n - max(0.2 * n, min(1.0, 0.25 * n)), n
    if hedge in ("about", "around", "roughly", "some"):
        return 0.8 * n, 1.2 * n + 0.25
    if hedge in ("less than", "under"):
        return 0.0, n
    return n - min(0.5, 0.25 * n), n + min(1.0, 0.5 * n)


def _record_gaps(source: Source, text: str, sent: tuple[int, int], entities: tuple[str, ...],
                 seen: Counter[str]) -> list[Claim]:
    """Dates a record's span implies: "the highest in nearly five years" in an article of April
    2026 says it was last so between April 2021 and April 2022."""
    published = source.published_value
    if published is None or published.earliest is None:
        return []
    out: list[Claim] = []
    for m in _RECORD_GAP.finditer(text, sent[0], sent[1]):
        span = _gap_years(m)
        if span is None or re.search(r"[,;:]", text[m.end("sup"):m.start("gap")]) \
                or _RUN_OR_FUTURE.match(text, m.end()):
            continue  # "the warmest for two years running", "the first in two years' time": no gap back
        lo, hi = span
        earliest = published.earliest - dt.timedelta(days=round(hi * 365.25))
        latest = published.earliest - dt.timedelta(days=round(lo * 365.25))
        value = DateValue(earliest=earliest, latest=latest, precision="month", relative=True, approximate=True,
                          anchor=f"published {source.published}")
        gap = Mention(source=source.id, start=m.start("gap"), end=m.end("gap"), text=m.group("gap"),
                      kind="date", value=value)
        how = (f"\"{m.group(0)}\" in an article of {source.published}: it was last so between "
               f"{earliest:%B %Y} and {latest:%B %Y}")
        # the superlative first ("first" is no content word), then the words after it
        ctx = (m.group("sup").lower(), *tokens(text[m.end("sup"):min(sent[1], m.end() + 110)]))
        out.append(_claim(source, gap, text, sent, entities, "record_since", None, None, None, None, None,
                          False, ctx, (), seen, derived=how))
    return out


_OF_AFTER_SHARE = re.compile(r"\s+of\b")
# the places a thing is counted at, right before their count: "across the", "in some", and "at"
# after a participle that does not give a value ("confirmed at", not "estimated at", "peaked at")
_PLACES_COUNTED = re.compile(
    r"(?i)(?:\b(?:across|in|among)|(?<!estimated)(?<!expected)(?<!projected)(?<!valued)(?<!priced)(?<!capped)"
    r"(?<!pegged)(?<!peaked)(?<!targeted)(?<!budgeted)(?<!forecasted)(?<=ed)\s+at)\s+"
    r"(?:(?:the|some|about|around|nearly|almost)\s+)?$")
# a share of a group named by capitalized words, the group's noun after them: "of Social Liberal
# voters" (the noun must be one of the vocabulary's group nouns)
_NAMED_GROUP = re.compile(r"(?:\s*(?:per\s*cent|percent|%))?\s+of\s+(?:all\s+|the\s+)?((?:[A-Z][\w'’-]*\s+){1,3})"
                          r"([a-z]+)\b")
# a finite verb between an age and a period after it: "..., came to", "... gave birth in"; or
# "since", which dates a role ("57, the theatre's artistic director since 2017"), not the age
_VERB_BEFORE_PERIOD = re.compile(
    r"\b(?:[a-z]{3,}ed|came|went|joined|moved|became|since|built|found|ran|led|wrote|got|"
    + "|".join(sorted(_IRREGULAR_VERBS)) + r")\b")


def _period_start(text: str, period_text: str, start: int, end: int) -> int:
    """Where the period's words begin after ``start`` in the sentence (``start`` if not found, so
    that no words lie between)."""
    at = text.find(period_text, start, end)
    return at if at >= 0 else start


_ONLY_BEFORE = re.compile(r"(?i)\bonly\s+(?:(?:about|around|some|roughly|nearly|almost|just|approximately|a|an)\s+)?$")
# a part counted out of a whole, right before the whole's figure: "19 of the", "most of its"
_PART_BEFORE_WHOLE = re.compile(
    r"(?i)(?:\b\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|hundred|dozen|most|many|some|half|none|several|few|all|each))"
    r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?$")
# the noun phrase of the whole: up to three words, no verb marker after it
_WHOLE_NOUN = re.compile(r"(?:[ \t]+(?!(?:had|has|have|was|were|is|are|been|be|will|would|could|may|might|"
                         r"who|which|that|did|do|does)\b)[A-Za-z][\w'’-]*){0,3}", re.I)
# "said on Tuesday (that) it would shed staff", "told reporters on Monday the plant will close"
_SAID_PLAN = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:that\s+)?(?:it|they|the\s+\w+)\s+"
                        r"(?:would|will|is\s+to|was\s+to|plans\s+to|planned\s+to|intends\s+to|intended\s+to)\b")


_NOT_THINGS = frozenset("""now then also still already just again had has have was were is are will would
    could can may might should said says told who which that whose leads led won wins took takes became becomes
    remains remained goes went made makes""".split())


# Words that say a role was or is someone's, before the role: no thing is "former" or "retired".
_PERSON_BEFORE = frozenset({"former", "retired", "late", "veteran", "onetime", "one-time", "longtime", "long-time"})


def aged_thing(noun: str | None, vocab: Vocabulary) -> str | None:
    """What "the 52-year-old dam" gives the age of, when it is no person ("dam"); None for
    "a 58-year-old driver", "the 29-year-old" and every noun that is not an age."""
    words = (noun or "").split()
    if len(words) < 2 or words[0].lower() not in ("year-old", "years-old") or not vocab.person_nouns:
        return None
    head = words[1]
    if not re.fullmatch(r"[a-z]{3,}", head) or head in _NOUN_STOP or head in _NOT_THINGS or head.endswith("ly"):
        return None  # "the 24-year-old Croatian", "a seven-year-old can't learn", "the 23-year-old now leads"
    people = vocab.person_nouns | vocab.role_nouns  # "the 64-year-old governor" is a person's age
    if words[1] in _PERSON_BEFORE or any(w in people or w.rstrip("s") in people for w in words[1:4]):
        return None  # "the 49-year-old former head teacher", "the 61-year-old retired nurse"
    if len(words) > 2 and any(re.fullmatch(r"[A-Z][a-z'’-]+", w) for w in words[2:4]) and not vocab.knows_thing(head):
        return None  # "thirty-one-year-old lifeguard Megan Tarrant": a title before a name (not "the tanker Aurelio")
    return " ".join(words[1:])


_PAST_VERB = re.compile(r"\b([a-z]{4,}ed)\b")
_ACTION_NOUN = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+([a-z]{4,}(?:tion|sion|ment))\b")
_NOT_VERBS = frozenset("""need used based called named aged related expected reported said added noted
    stated asked according indeed hundred red bed shed""".split())


def stem(word: str) -> str:
    """A crude stem shared by a verb and its nominalization: erupted, erupts, eruption -> erupt."""
    w = word.lower()
    for suffix in ("ation", "ition", "sion", "tion", "ment", "ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: len(w) - len(suffix)] + ("t" if suffix == "tion" else "")
            break
    return w[:-1] if w.endswith("e") and len(w) > 4 else w




def _weekday_disagrees(text: str, m: Mention, s_start: int) -> bool:
    """Whether a single day has a weekday written right before it that it does not fall on."""
    v = m.value
    if m.kind != "date" or not isinstance(v, DateValue) or v.earliest is None or v.earliest != v.latest:
        return False
    named = WEEKDAY_BEFORE.search(text, max(s_start, m.start - 16), m.start)
    return named is not None and _WEEKDAYS[named.group(1).lower()] != v.earliest.weekday()


_WEEKDAY_COMMA = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*\Z")


_ESTIMATE_WORDS = re.compile(r"(?i)\b(?:preliminary|provisional|first estimate|flash estimate)\b")


# A past participle right before "in <year>": regular, or one of the common irregular ones.
# (a list of its own: taking in the rest of _IRREGULAR_VERBS, "took", "put", "died"..., moved results
# on the gold stories, untested)
_PARTICIPLES = frozenset("""found built rebuilt born held made sold won set begun given taken known shown drawn
    struck laid paid led lost run written spent bought brought kept left sent shut dug seen chosen stolen broken
    sworn hit cast sunk sank flown grown thrown undertaken overthrown become come""".split())
# (not after a determiner, a noun: "on a run on Saturday"; not a state: "will stay shut on
# Wednesday"; not words of coming into being, "built in 2009", which [origin] dates as a beginning)
_IRREGULAR_BEFORE_DATE = re.compile(
    r"(?<![Aa] )(?<!the )(?<!The )(?<!stay )(?<!stays )(?<!stayed )(?<!remain )(?<!remains )(?<!remained )\b("
    + "|".join(sorted(_PARTICIPLES - {"born", "found", "set", "known", "seen", "shown", "built", "rebuilt",
                                      "laid", "made"}))
    + r")\s+(?:in|on)\s+(?:the\s+)?\Z")


_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+\Z")
# "has run", "have long held", "had been": a perfect's participle
_PERFECT = re.compile(r"\b(?:has|have|had|'ve)\s+(?:(?:long|always|also|only|continuously|just)\s+)?([a-z]+)\b")
# irregular past forms that date a verb (not states or reporting: "known", "seen", "given")
_IRREGULAR_PAST = re.compile(r"\b(" + "|".join(sorted((_PARTICIPLES | _IRREGULAR_VERBS)
                                                      - {"born", "known", "seen", "shown", "given", "taken"}))
                             + r")\b")


def _plain_verb(text: str, m: Mention, s_start: int) -> str | None:
    """The past-tense verb or action noun a date dates when the vocabulary names no event:
    the nearest one before it in its clause ("erupted shortly after 4 a.m. on Tuesday", "the
    eruption of Mount Teral at 04:17 on 10 March"), as ``verb:<stem>``."""
    # "on Saturday, February 21": the weekday and its comma belong to the date
    anchored = _verb_after_offset(text, m)
    if anchored is not None:
        # "more than three years after Brightwater first lodged its plans": an offset dates the
        # clause its "after" opens, whatever verb comes before it
        return "verb:" + stem(anchored.group(1))
    lead = _WEEKDAY_COMMA.search(text, max(s_start, m.start - 12), m.start)
    begin = lead.start() if lead else m.start
    clause_start = _clause_start(text, s_start, begin)
    window = text[max(clause_start, begin - 80):begin]
    found = _past_verbs(window)
    found += _ACTION_NOUN.findall(window)
    # "the trench was dug on 12 May", "the ferry sank in 1998": an irregular participle right
    # before the date's preposition
    irregular = _IRREGULAR_BEFORE_DATE.search(window)
    if irregular is not None:
        found.append(irregular.group(1))
    if _SINCE_BEFORE.search(text, max(s_start, begin - 8), begin) or m.text.lower().startswith("since"):
        # "The family has run the shop since 1985": a perfect's participle, irregular or not,
        # is what a "since" date dates
        perfect = _PERFECT.findall(window)
        found += [w for w in perfect if w in _PARTICIPLES or w in _IRREGULAR_VERBS]
    if _AGO.search(m.text):
        # "sold three years ago", "last shut to swimmers five summers ago", "set by France's Lucas
        # Ferrand three years ago": an offset back from the day of writing dates the clause's past
        # verb, irregular or not
        found += _IRREGULAR_PAST.findall(window)
    apposed = _APPOSED_NOUN.search(text, max(s_start, begin - 40), begin)
    if apposed is not None:
        return "verb:" + stem(apposed.group(1))  # "the volcano's previous eruption, in 1947,"
    if not found:
        # "Customs officers at Port Salvo on Tuesday seized ...": the verb right after the date
        after = _VERB_AFTER.match(text, m.end)
        if after is not None and after.group(1) not in _NOT_VERBS:
            return "verb:" + stem(after.group(1))
        return None
    last = max(found, key=window.rfind)
    return "verb:" + stem(last)


def _noun_the_date_modifies(text: str, m: Mention) -> str | None:
    """A noun the vocabulary does not list that the date directly modifies ("the March 17
    landslide", "the Feb. 10 Ostvik fireball"), as ``verb:<stem>`` so "the 1947 eruption" meets
    "erupted in 1947". Not after a weekday's possessive ("Saturday's trophy presentation and
    Sunday's parade"): tried, it dated side events of a story that then joined its main dates."""
    after = _NOUN_AFTER_DATE.match(text, m.end)
    if after is None or after.group(1) or not _THE_BEFORE_DATE.search(text, max(0, m.start - 5), m.start):
        return None
    head = 2
    if after.group(3) and not _verb_word(after.group(3)) and after.group(3) not in _NOUN_STOP:
        head = 3  # "the April 14 storm surge": a surge
    word = after.group(head)
    if word in _NOT_VERBS or word in _NOUN_STOP or _verb_word(word):
        return None
    return "verb:" + stem(word)


# nouns that count occasions ("the fourth time"), not the thing that happened (link.py reads them too)
OCCASION_NOUNS = frozenset({"time", "times", "occasion"})
# places in a sequence: "the first round in 2021", "the first phase in 2027"
_SEQUENCE_NOUNS = frozenset("day week month year quarter half round game match stage phase leg season term "
                            "set lap innings".split())
# "its first kidney transplant in 1971", "its first kidney transplant nearly sixty years ago"
_FIRST_NOUN_BEFORE = re.compile(r"\bfirst\s+((?:(?!of\b)[a-z][\w'’-]*\s+){0,2}[a-z]{4,})\s+(?:in\s+)?\Z")


def _first_of(text: str, m: Mention) -> re.Match[str] | None:
    """The "first <noun>" right before a date ("its first kidney transplant in 1971"), if its
    words name a thing that happened, not a verb, a time or a place in a sequence ("first held
    in", "the first day of protests in January", "the first round in 2021")."""
    found = _FIRST_NOUN_BEFORE.search(text, max(0, m.start - 60), m.start)
    if found is None:
        return None
    words = found.group(1).split()
    head = words[-1]
    if any(w.endswith(("est", "ed")) or w in _PARTICIPLES or w in _IRREGULAR_VERBS or w in _PREPOSITIONS
           or w in _NOUN_STOP for w in words) \
            or words[0] in _TIME_NOUNS or words[0] in _SEQUENCE_NOUNS or head in _NOT_THINGS \
            or head in _TIME_NOUNS or head in OCCASION_NOUNS:
        return None
    return found


def _first_of_a_noun(text: str, m: Mention, vocab: Vocabulary) -> str | None:
    """The noun whose first occurrence a date dates ("carried out its first kidney transplant in
    1971", "the hospital's first kidney transplant in 1967"), as its event class or as
    ``verb:<stem>``, whatever verb comes before it: when the first one happened, as one fact
    across articles."""
    found = _first_of(text, m)
    if found is None:
        return None
    named = vocab.find_events(text, found.start(1), found.end(1))
    return named[-1][2] if named else "verb:" + stem(found.group(1).split()[-1])


def _noun_the_date_completes(text: str, m: Mention) -> str | None:
    """A noun the date completes ("Since the breakthrough on March 10"), as ``verb:<stem>``."""
    before = _NOUN_BEFORE_DATE.search(text, max(0, m.start - 40), m.start)
    if before is None or before.group(1) in _NOUN_STOP:
        return None
    return "verb:" + stem(before.group(1))


# "the March 17 landslide", "the Feb. 10 Ostvik fireball"; "Monday evening's tornado" (group 1)
_NOUN_AFTER_DATE = re.compile(r"((?:\s+(?:morning|afternoon|evening|night))?['’]s)?\s+(?:[A-Z][\w.-]*\s+){0,3}"
                              r"([a-z]{4,})(?:\s+([a-z]{4,}))?\b(?!['’-])")
_THE_BEFORE_DATE = re.compile(r"\b[Tt]he\s+\Z")
_NOUN_BEFORE_DATE = re.compile(r"\b[Tt]he\s+([a-z]{4,})\s+(?:on|of)\s+\Z")  # "the breakthrough on March 10"


_APPOSED_NOUN = re.compile(r"\b([a-z]{4,}(?:tion|sion|ment))(?:\s+of\s+(?:the\s+)?|,\s+(?:in|on)\s+(?:the\s+)?)\Z")
_VERB_AFTER = re.compile(r"\s+(?:(?:also|then|finally|first|formally|officially)\s+)?([a-z]{4,}ed)\b")
# the subject and past verb of the clause an offset's "after"/"before" opens: "after Brightwater
# Renewables first lodged", "after it was first submitted", "before the council approved"
_ANCHORED_VERB = re.compile(
    r"\s+(?:(?:[A-Z][\w'’.-]*|it|they|he|she|we|the|a|an|its|their|his|her|[a-z]+['’]s)\s+){1,4}"
    r"(?:(?:was|were|had|had been|has been|also|then|finally|first|formally|officially)\s+){0,2}([a-z]{4,}ed)\b")


def _verb_after_offset(text: str, m: Mention) -> re.Match[str] | None:
    """The subject and past verb of the clause an offset's "after"/"before" opens ("nearly four
    years after it first applied"), if there is one; group 1 is the verb."""
    if not _ANCHOR_AFTER.search(m.text):
        return None
    anchored = _ANCHORED_VERB.match(text, m.end)
    return anchored if anchored is not None and anchored.group(1) not in _NOT_VERBS else None


# how a change worked out from two ends is derived ("the change from 405 to 1,215")
ENDS_CHANGE = "the change from "


def ends_change(claim: Claim) -> bool:
    """Whether a claim is the change two ends an article states make (see _changes_implied)."""
    return claim.role == "change" and (claim.derived or "").startswith(ENDS_CHANGE)


def _changes_implied(source: Source, sentence: Sequence[Claim]) -> list[Claim]:
    """"61 derailments in 2025, up from 48 in 2024" implies a rise of 27.1%: a derived claim another
    article's stated change ("jumped 21 percent") can be checked against. Not when the sentence
    states its own change (the arithmetic check compares those) or the ends are shares."""
    here = [c for c in sentence if not c.derived]
    changes = [c for c in here if c.role == "change"]
    out: list[Claim] = []
    for end in (c for c in here if c.role == "to" and c.kind in ("count", "money") and c.relation is not None):
        start = next((c for c in here if c.role == "from" and c.relation == end.relation and c.kind == end.kind), None)
        if start is None or not isinstance(start.value, NumberValue) or not isinstance(end.value, NumberValue) \
                or start.value.hedge == "range" or end.value.hedge == "range":
            continue
        if any(_states_its_change(c, start, end, source.text) for c in changes):
            continue  # the sentence states this change itself: the arithmetic check compares them
        # "from 198 to 212 megalitres a day": a bare start counts in the unit the end is written in
        inherit = end.scale if start.value.unit is None and end.value.unit not in (None, "%") \
            and start.scale == 1.0 else 1.0
        if start.value.unit != end.value.unit and not (
                # "from 120 million litres a day to 90 million": the bare end counts the same litres
                None in (start.value.unit, end.value.unit) and (start.scale == end.scale == 1.0 or inherit != 1.0)
                and "%" not in (start.value.unit, end.value.unit)):
            continue
        x0, x1 = start.value.stated, end.value.stated
        x0 = x0 * inherit if x0 is not None else None
        if not x0 or x1 is None or x0 <= 0 or abs(x1 - x0) / x0 > 10:
            continue
        change = round((x1 - x0) / x0 * 100, 1)
        a, b = min(start.start, end.start), max(start.end, end.end)
        how = f"{ENDS_CHANGE}{start.display} to {end.display}"
        # A change is stated as its size and direction ("cut output by 25 per cent" is 25, down),
        # so the implied one is too.
        size = abs(change)
        value = NumberValue(low=size, high=size, unit="%", stated=size, approximate=True)
        if start.value.hedge or end.value.hedge:
            # "from about 120 million to 90 million": the change every reading of the ends allows
            lo0, hi0 = start.value.low, start.value.high
            lo0 = lo0 * inherit if lo0 is not None else None
            hi0 = hi0 * inherit if hi0 is not None else None
            lo1, hi1 = end.value.low, end.value.high
            if None in (lo0, hi0, lo1, hi1) or not lo0 or lo0 <= 0:
                continue
            assert lo0 is not None and hi0 is not None and lo1 is not None and hi1 is not None
            bounds = [abs(round((y - x) / x * 100, 1)) for x in (lo0, hi0) for y in (lo1, hi1)
                      if (y - x >= 0) == (change >= 0)]
            if not bounds:
                continue
            value = NumberValue(low=min(bounds), high=max(bounds), unit="%", stated=None, hedge="about",
                                approximate=True)
        meaning = {"source": source.id, "kind": "percent", "value": value.model_dump(mode="json"),
                   "event": end.event, "noun": (end.noun or "").lower(), "derived": how}
        # the ends' rate is no measure of the change: "from 2,100 to 4,300 a day" is a rise of
        # 105% whether counted by the day or the year
        kept = ";".join(q for q in (end.measure or "").split(";") if q and q not in _TIME_RATES) or None
        out.append(end.model_copy(update={**_span_of_ends(start, end), "measure": kept,
            "id": fingerprint("clm_", meaning), "kind": "percent", "value": value, "start": a, "end": b,
            "quote": source.text[a:b], "line": source.line_of(a), "display": display_value(value),
            "role": "change", "derived": how, "relation": None,
            "direction": "up" if change >= 0 else "down"}))
    return out


_TIME_RATES = frozenset({"per_day", "per_week", "per_month", "per_quarter", "per_year"})
_OTHER_CLAUSE = re.compile(r";|,\s*(?:and|but|while|whereas)\b|\band\b")


def _states_its_change(change: Claim, start: Claim, end: Claim, text: str) -> bool:
    """Whether a change in the sentence is the one two ends make ("rose 45%, from 38 to 61"), not
    another clause's ("Bus journeys were up 9%, ..., and cyclist numbers rose from 2,100 to 4,300")."""
    if change.relation is not None and change.relation == end.relation:
        return True
    a, b = min(start.start, end.start), max(start.end, end.end)
    gap = text[b:change.start] if change.start >= b else text[change.end:a] if change.end <= a else ""
    return not _OTHER_CLAUSE.search(gap)


def _span_of_ends(start: Claim, end: Claim) -> dict[str, object]:
    """The period of a change between two ends years apart: "from £11.2m in 2018 to £33.9m in
    2022" is a change over 2018 to 2022, as "doubled between 2018 and 2022" is. A change from one
    year to the next keeps the later year ("61 in 2025, up from 48 in 2024" is 2025's rise)."""
    a, b = start.period, end.period
    if a is None or b is None or a.earliest is None or b.earliest is None or b.latest is None \
            or a.precision != "year" or b.precision != "year" or b.earliest.year - a.earliest.year < 2:
        return {}
    return {"period": DateValue(earliest=a.earliest, latest=b.latest, precision="year"),
            "period_text": f"{start.period_text} to {end.period_text}"}


# "57 of the 214 people ..., or about 37 percent": a part, "of" its whole, then the share
_OF_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?\Z", re.I)
# what may stand between the whole (or the part) and the share it is given as
# (or named as what it is: ", a sell-through rate of about 95 percent"; or in a relative clause or
# participle: ", which the papers put at 8 per cent of", ", representing 11 percent of")
_TO_SHARE = re.compile(r"[^\d.;:!?]{0,80}?(?:,|\u2014|\u2013|\(|\s-)\s*(?:or\s+|just\s+)?"
                       r"(?:(?:a|an|the|its|their)\s+[\w'’ -]{1,40}?\s+(?:of|at)\s+|"
                       r"(?:which|that)\s+(?:[\w'’-]+\s+){0,4}?(?:at|to|as)\s+|"
                       r"(?:representing|equivalent\s+to|amounting\s+to)\s+)?\Z")
_TIME_NOUN = re.compile(r"(?:second|minute|hour|day|week|month|year|decade)s?\b", re.I)


def stated_figures(claims: Sequence[Claim]) -> list[Claim]:
    """The counts, amounts and percentages an article states (none worked out), in text order."""
    return sorted((c for c in claims if not c.derived and isinstance(c.value, NumberValue)
                   and c.kind in ("count", "money", "percent")), key=lambda c: (c.start, c.id))


def shares_stated(claims: Sequence[Claim], text: str) -> list[tuple[Claim, Claim, Claim]]:
    """(part, whole, share) for each share stated beside the part and whole it is of, in one
    sentence: "Forty-three of the 48 lots sold, about 95 percent" and "412 flights, about 41
    percent of the 1,004 scheduled". Not a change ("up 12 percent") nor a share of something
    else ("60 percent of pupils")."""
    figures = [c for c in stated_figures(claims) if not _TIME_NOUN.match(c.noun or "")]  # "waits of 12 hours"
    out = []
    for i, share in enumerate(figures):
        if share.kind != "percent" or share.role == "change" or i == 0 \
                or not isinstance(share.value, NumberValue) or share.value.unit != "%":
            continue
        prev = figures[i - 1]
        if prev.kind == "percent" or prev.sentence_start != share.sentence_start \
                or not _TO_SHARE.fullmatch(bare_gap(text, prev, share)):
            continue
        nxt = figures[i + 1] if i + 1 < len(figures) else None
        if nxt is not None and nxt.kind == prev.kind and nxt.sentence_start == share.sentence_start \
                and _OF_WHOLE.fullmatch(bare_gap(text, share, nxt)):
            out.append((prev, nxt, share))  # part, share of whole
            continue
        first = figures[i - 2] if i >= 2 else None
        if first is not None and first.kind == prev.kind and first.sentence_start == share.sentence_start \
                and _OF_WHOLE.fullmatch(bare_gap(text, first, prev)) \
                and not re.match(r"\s+of\b(?!\s+(?:the\s+)?(?:total|whole)\b)", text[share.end:share.end + 17]):
            out.append((first, prev, share))  # part of whole, share
    return [(p, w, s) for p, w, s in out if figure_size(p) <= figure_size(w)]  # a part is no bigger than its whole


def figure_size(claim: Claim) -> float:
    """A number claim's figure as written (its low end for a vague one)."""
    v = claim.value
    assert isinstance(v, NumberValue)
    x = v.stated if v.stated is not None else (v.low if v.low is not None else v.high)
    return float(x or 0.0)


def _share_takes_its_whole(sentence: list[Claim], text: str) -> None:
    """"more than 400 of the roughly 1,000 flights scheduled - about 60 percent - had been
    scrapped": a share given beside its part and whole is a share of what the whole counts, and
    another article's share of it ("about 41 percent of the 1,004 flights") is the same fact.
    Updates the claims of one sentence in place."""
    index = {c.id: i for i, c in enumerate(sentence)}
    for _part, whole, share in shares_stated(sentence, text):
        update: dict[str, object] = {}
        if share.noun is None and whole.noun is not None:
            update["noun"] = whole.noun
        if whole.event is not None and share.event != whole.event:
            update["event"] = whole.event
        if update and share.id in index:
            sentence[index[share.id]] = share.model_copy(update=update)


def bare_gap(text: str, a: Claim, b: Claim) -> str:
    """The words between two figures, without the hedge the second one's quote leaves out
    ("of the roughly 1,000": the gap is " of the ")."""
    return HEDGE_RE.sub("", text[a.end:b.start])


def _from_takes_its_partner(sentence: list[Claim]) -> None:
    """"about 2,150 jobs are now at risk, up from the roughly 1,900 it announced": the value a
    change starts from counts what the value it reaches counts, and is not the present one.
    Updates the claims of one sentence in place."""
    targets = [c for c in sentence if c.role == "to" and c.kind != "date"]
    for i, c in enumerate(sentence):
        if c.role != "from" or c.kind == "date" or not targets:
            continue
        partner = min(targets, key=lambda t: abs(t.start - c.start))
        update: dict[str, object] = {}
        if c.period_text == PRESENT_TEXT:
            update.update(period=None, period_text=None)
        own_period = update.get("period_text", c.period_text)
        if c.noun is None and own_period is None and partner.kind == c.kind and partner.noun is not None:
            # (a base with a period of its own, "64.8% four years ago", is a comparison, not a
            # figure another article reports)
            update.update(noun=partner.noun, event=partner.event, measure=partner.measure)
        if update:
            sentence[i] = c.model_copy(update=update)


# a person's name: up to four capitalized words or initials ("Dana Okafor", "J. R. Holt")
_NAME_RUN = r"(?:\b(?:[A-Z][\w'’-]+|[A-Z]\.)\s+){0,3}[A-Z][\w'’-]+"
# ("Ferrand, then 24,": the age it was at a time the sentence names)
_APPOSED_NAME = re.compile("(" + _NAME_RUN + r"),[ \t]*(?:then[ \t]+(?:aged[ \t]+)?)?\Z")
_TALLY_TO_AFTER = re.compile(rf"\s+(?:votes?\s+)?to\s+{_SMALL}\b(?!\s*(?:%|per|percent|million|billion|years?))", re.I)
_TALLY_TO_BEFORE = re.compile(rf"\b{_SMALL}\s+(?:votes?\s+)?to\s+\Z", re.I)
_TALLY_CONTEXT = re.compile(rf"(?i)\b(?:{TALLY_VERBS})\b")


def _tally_side(text: str, m: Mention, s_start: int) -> str | None:
    """"for" or "against" when a count is one side of a tally ("10-3", "nine votes to four",
    "voted six to three"), else None."""
    if re.match(r"[-–]\d", text[m.end:m.end + 2]):
        return "for"
    if re.search(r"\d[-–]\Z", text[max(s_start, m.start - 2):m.start]):
        return "against"
    if not _TALLY_CONTEXT.search(text, max(s_start, m.start - 40), m.start):
        return None
    if _TALLY_TO_AFTER.match(text, m.end):
        return "for"
    if _TALLY_TO_BEFORE.search(text, max(s_start, m.start - 30), m.start):
        return "against"
    return None


# A value the sentence denies ("carried out on November 18, and not on November 28 as one
# publication reported", "rather than 12", "instead of the 40 first reported"): not its claim
_DENIED_BEFORE = re.compile(r"(?:(?:\band|\bbut|,)\s+not|\brather\s+than|\binstead\s+of)\s+"
                            r"(?:(?:on|in|at|the|as)\s+)*(?:(?:about|around|some|roughly)\s+)?\Z", re.I)
_NUMBER_SIGN = re.compile(r"\b(?:No\.|no\.|Nr\.|#)\s?\Z")
# An ordinal placed "in the world rankings", "in the league table": a standing, whatever verb moved it
# (the list's word from the vocabulary's ``[nouns] table``)
_IN_STANDINGS = re.compile(r"(?:-?place)?\s+(?:in|on)\s+(?:the|its|their)\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)", re.I)


def _in_standings(text: str, end: int, vocab: Vocabulary) -> bool:
    """Whether an ordinal ending at ``end`` is placed in a ranked list ("third in the world Test
    rankings", "second on the list")."""
    m = _IN_STANDINGS.match(text, end)
    return m is not None and any(w.lower() in vocab.table_nouns for w in m.group(1).split())


_WAS_N_WHEN = re.compile(r"\s+when\s+(?:he|she|they|I|we)\b")
_WAS_BEFORE = re.compile(r"\b(?:was|were|turned)\s+\Z")
_BORN_THEN_WAS = re.compile(r"[A-Z][\w'’-]+,\s+who\s+was\s+born\b[^,;]{1,60},\s+(?:is|was)\s+\Z")
_APPOSED_AFTER = re.compile(r"[ \t]*(?:,|\)|;|\s+and\s+\w)")


def _age_apposition(text: str, m: Mention, s_start: int) -> bool:
    """A whole number from 1 to 110 set off by commas right after a name is the person's age, the
    news convention: "Marta Lenz, 52, who", "said Tell, 29, a site reliability engineer"."""
    v = m.value
    if not isinstance(v, NumberValue) or v.unit is not None or v.low != v.high or v.low is None:
        return False
    if not (1 <= v.low <= 110 and float(v.low).is_integer()):
        return False
    if _who_is_aged(text, m, s_start) is not None:
        return True  # "Raymond Teague, who's fifty-two, a forklift supervisor"
    if not m.text.isdigit():
        # "farmer Gwen Ashby, sixty-one, has lost": an age said in words, as broadcasters say it
        return v.low >= 12 and _apposed_name(text, m, s_start) is not None
    if _WAS_N_WHEN.match(text, m.end) and _WAS_BEFORE.search(text, max(s_start, m.start - 8), m.start):
        return True  # "Kovac was 14 when she first played on grass"
    if _BORN_THEN_WAS.search(text, max(s_start, m.start - 120), m.start):
        return True  # "Varga, who was born in 1941, was 79 and had lived through Typhoon Merit"
    return _apposed_name(text, m, s_start) is not None


# "Raymond Teague, who's fifty-two, a forklift supervisor": a name, then its age in a clause of "who is"
_WHO_IS_BEFORE = re.compile(r"((?:\b[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+),[ \t]+who(?:['’]s|[ \t]+is)[ \t]+\Z")


def _who_is_aged(text: str, m: Mention, s_start: int) -> str | None:
    """The name before ", who's 52," or ", who is fifty-two," (its age, set off by commas), or None.
    An age only: a birth dated from it split the votes of a birth-date fact on the gold sets."""
    return _name_before(text, m, s_start, _WHO_IS_BEFORE, _APPOSED_AFTER)


def _name_before(text: str, m: Mention, s_start: int, before: re.Pattern[str], after: re.Pattern[str]) -> str | None:
    """The name ``before`` captures right before a number (within 70 characters of its
    sentence), when ``after`` matches right after the number and the name opens with no month,
    weekday or preposition; else None."""
    found = before.search(text, max(s_start, m.start - 70), m.start)
    if found is None or found.group(1).split()[0] in _NOT_NAMES or not after.match(text, m.end):
        return None
    return found.group(1)


def _apposed_name(text: str, m: Mention, s_start: int) -> str | None:
    """The name a number is set off after by commas ("Marta Lenz" in "Marta Lenz, 52, who"), or
    None."""
    before = text[max(s_start, m.start - 60):m.start]
    name = _APPOSED_NAME.search(before)
    if name is None or name.group(1).split()[0] in _NOT_NAMES:
        return None
    return name.group(1) if _APPOSED_AFTER.match(text, m.end) else None


# Capitalised words that open no name: months and weekdays (shared with the judgement of whose
# figure an age or a race time is), and the prepositions that start a sentence.
CALENDAR_NAMES = frozenset("""January February March April May June July August September October
November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split())
_NOT_NAMES = CALENDAR_NAMES | frozenset("In On At By For From Since After Before During Until Of To And But Or".split())


_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][A-Za-z.'’ -]{1,40},[ \t]*)?\Z")
_DATELINE_AFTER = re.compile(r"[ \t,]*(?:\d{4})?[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*[-—–:]")


def _is_dateline(text: str, m: Mention) -> bool:
    """"LONDON, May 21 (Meridian) - ..." or "Feb 10 (Reuters) —": the date of the report."""
    return bool(_DATELINE_BEFORE.search(text, max(0, m.start - 60), m.start)) and \
        bool(_DATELINE_AFTER.match(text, m.end))


def _in_base_unit(m: Mention, noun: str | None, vocab: Vocabulary) -> tuple[NumberValue, str, float] | None:
    """A count of a known unit ("48,000 acres") in its dimension's base unit, and the unit word."""
    unit = vocab.unit_of(noun) if m.kind == "count" and isinstance(m.value, NumberValue) else None
    if unit is None or not isinstance(m.value, NumberValue) or m.value.unit is not None:
        return None
    _dim, factor, base = unit
    words = (noun or "").split()
    # the unit as written, in one word or two ("48,000 acres", "46,000 sq m", "12 square kilometres")
    two = len(words) >= 2 and " ".join(words[:2]).lower() in vocab.units
    return _rescaled(m.value, factor, base), " ".join(words[:2] if two else words[:1]), factor


_FEET_THEN_INCHES = re.compile(r"[\s-]*(?:feet|foot|ft)\.?,?\s*(?:and\s+)?\Z", re.I)
_GLUED_INCHES = re.compile(r"[\s-]*(?:feet|foot|ft)\.?\s*(\d{1,2})in\b", re.I)
_INCHES_AFTER = re.compile(r"[\s-]*(?:inches|inch|in)\b\.?", re.I)


def _feet_and_inches(items: Sequence[Mention], text: str) -> tuple[list[Mention], dict[int, float]]:
    """The mentions without the inches of "6 feet 2 inches" / "27ft 7in", and {start of the feet
    figure: the inches}: one length written in two units."""
    out: list[Mention] = []
    inches: dict[int, float] = {}
    for m in items:
        prev = out[-1] if out else None
        if prev is not None and m.kind == "count" and prev.kind == "count" and isinstance(m.value, NumberValue) \
                and isinstance(prev.value, NumberValue) and m.value.stated is not None and 0 <= m.value.stated < 12 \
                and prev.value.unit is None and m.value.unit is None \
                and _FEET_THEN_INCHES.fullmatch(text, prev.end, m.start) and _INCHES_AFTER.match(text, m.end):
            inches[prev.start] = float(m.value.stated)
            continue
        out.append(m)
    for m in out:
        glued = _GLUED_INCHES.match(text, m.end) if m.kind == "count" and m.start not in inches else None
        if glued is not None and int(glued.group(1)) < 12:
            inches[m.start] = float(glued.group(1))  # "27ft 7in": the inches figure is no mention of its own
    return out, inches


def _with_inches(converted: tuple[NumberValue, str, float], inches: float) -> tuple[NumberValue, str, float]:
    """"twenty-seven feet seven inches": the feet figure in its base unit plus the inches, read to
    the inch it is written to (a twelfth of the foot's factor); any other unit as it was."""
    feet_value, word, foot = converted
    if word.lower() not in ("feet", "foot", "ft"):
        return converted
    value = feet_value.model_copy(update={k: None if getattr(feet_value, k) is None else round(
        getattr(feet_value, k) + inches * foot / 12, 9) for k in ("low", "high", "stated")})
    return value, f"feet {format_number(inches)} inches", foot / 12


def _in_celsius(m: Mention) -> tuple[NumberValue, str, float] | None:
    """A temperature written in Fahrenheit ("106.3F") in Celsius, for comparison with "41.3C"."""
    if not isinstance(m.value, NumberValue) or m.value.unit != "°F":
        return None
    return _rescaled(m.value, 5 / 9, "°C", offset=-32), "°F", 5 / 9


def _rescaled(v: NumberValue, factor: float, unit: str, *, offset: float = 0.0) -> NumberValue:
    """``v`` in another unit: (x + offset) * factor for its bounds and stated figure."""
    def conv(x: int | float | None) -> int | float | None:
        return None if x is None else round((x + offset) * factor, 6)

    return v.model_copy(update={"low": conv(v.low), "high": conv(v.high), "stated": conv(v.stated), "unit": unit})


_UNIT_DAYS = {"day": 1, "week": 7, "month": 30.44, "year": 365.25, "decade": 3652.5, "century": 36525}


_LIFE_AFTER = re.compile(r"[- ]?(?:years?|decades?)[- ](?:long\s+)?(?:history|existence|life)\b", re.I)


def _ordinal_span(m: Mention, items: Sequence[Mention], text: str, source: Source
                  ) -> tuple[DateValue | None, str | None]:
    """The span an ordinal counts within, as a period ending at publication."""
    pub = source.published_value
    if pub is None or pub.latest is None:
        return None, None
    for x in items:
        if x.start < m.end or x.start - m.end > 80:
            continue
        if x.kind == "ordinal" or _OWN_SINCE.search(text, m.end, x.start):
            # "the fourth exchange since the war began and the first since September": the span
            # after another ordinal, or after the ordinal's own "since" clause, is not this one's
            break
        if x.kind == "count" and isinstance(x.value, NumberValue) and x.value.stated:
            noun = counted_noun(text, x.end, min(len(text), x.end + 30)) or ""
            unit = noun.split()[0].lower().rstrip("s") if noun else ""
            if unit in _UNIT_DAYS:
                days = int(float(x.value.stated) * _UNIT_DAYS[unit])
                if days >= (pub.latest - dt.date.min).days:
                    continue  # "the first in 66 million years": older than the calendar
                if _LIFE_AFTER.match(text, x.end):
                    continue  # "the second time in the orchestra's 78-year history": its whole life, as "ever"
                start = pub.latest - dt.timedelta(days=days)
                return (DateValue(earliest=start, latest=pub.latest, precision="range", relative=True,
                                  anchor=f"published {source.published}"), f"{x.text} {noun.split()[0]}")
        if x.kind == "date" and isinstance(x.value, DateValue) and x.value.earliest is not None and \
                re.search(r"\bsince\s*$", text[max(0, x.start - 8):x.start], re.I):
            return (DateValue(earliest=x.value.earliest, latest=pub.latest, precision="range",
                              relative=True, anchor=f"published {source.published}"), f"since {x.text}")
        if x.kind == "date" and isinstance(x.value, DateValue) and x.value.relative and \
                x.value.earliest is not None and x.value.latest is not None and \
                x.value.earliest <= pub.latest <= x.value.latest and _THIS.match(x.text):
            # "the second permit the court has voided this year": from the year's start to the day
            return (DateValue(earliest=x.value.earliest, latest=pub.latest, precision="range", relative=True,
                              anchor=f"published {source.published}"), x.text)
    decade = re.match(r"[^.;]{0,60}?\b(?:in|over) (?:a|the past|the last) (decade|year|month|week|century)\b",
                      text[m.end:m.end + 80], re.I)
    if decade:
        days = int(_UNIT_DAYS[decade.group(1).lower()])
        return (DateValue(earliest=pub.latest - dt.timedelta(days=days), latest=pub.latest, precision="range",
                          relative=True, anchor=f"published {source.published}"), decade.group(0).strip())
    return None, None


# "since the war began": a span that starts at an event, not at a date the text gives
_OWN_SINCE = re.compile(r"\bsince\s+(?:the|its|their|his|her|a|an)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:began|started|broke out|"
                        r"opened|ended|was\b|were\b)", re.I)
_THIS = re.compile(r"(?:so far\s+)?this\s+(?:year|month|season|week|decade|century)\b", re.I)


_TALLY_VERB = re.compile(r"(?:recorded|reported|registered|counted|logged|measured|estimated|observed|"
                         r"confirmed|issued|filed|listed|sold|employed|served|treated|admitted|received)\b")
_VERB_IN = re.compile(r"\b(?:set|run|won|hit|struck|sunk|sank|shot|begun|fought|built|[a-z]{3,}ed)\s+"
                      r"(?:(?:at|in|on|off|near|by)\s+(?:the\s+)?"
                      r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+)?in\s+\Z")


def _also_dates_an_event(d: Mention, text: str, s_start: int, numbers: Sequence[Mention]) -> bool:
    """A period that is also the date of what happened: "45.1C, set at Sarvell in 2017" (the verb
    right before it, the figure before the verb). The figure holds for it; the event's date is a
    fact of its own too. (A fronted "In 2024, it gave $250,000 to ..." is left a period: dates of
    such side events linked with a story's main dates far more often than they caught a slip.)"""
    if not isinstance(d.value, DateValue) or d.value.relative:
        return False
    if _PREVIOUS_NOUN_IN.search(text, max(s_start, d.start - 50), d.start):
        return True  # "Fairshelf's previous survey, in 2023, found 11 of 40 jars": when that survey was
    if any(n.end <= d.start and d.start - n.end <= 40
           and _PREVIOUS_RECORD_OF.search(text, max(s_start, n.start - 40), n.start) for n in numbers):
        # "surpassed the previous record of 1,102 deaths in 2020": the year the record was set,
        # a fact of its own as well as the time the record's figure holds for
        return True
    bought = _BOUGHT_IN.search(text, max(s_start, d.start - 50), d.start)
    if bought is not None and _FOR_PRICE.match(text, d.end) and any(n.kind == "money" and n.start > d.end
                                                                   for n in numbers):
        return True  # "Brisley bought the painting in 1997 for £182,000": the purchase, at its price
    verb = _VERB_IN.search(text, max(s_start, d.start - 60), d.start)
    if verb is None or _TALLY_VERB.match(verb.group(0)):
        return False  # "17 homicides recorded in Port Calder in 2025": the year counted, no event
    return any(n.end <= verb.start() for n in numbers)


# "its previous survey, in 2023,", "the last closure, in August 2022,": an earlier one of a thing, dated
_PREVIOUS_NOUN_IN = re.compile(r"\b(?:previous|last|most\s+recent|prior)\s+([a-z]{4,}),\s+(?:in|on)\s+\Z", re.I)
# "bought the painting in 1997", "sold the club in 2019", "acquired it in 1987" (then "for £X")
_BOUGHT_IN = re.compile(r"\b(?:bought|sold|acquired|purchased|paid|leased|auctioned)\b(?:\s+[\w'’-]+){0,4}?\s+in\s+\Z")
_FOR_PRICE = re.compile(r",?\s+for\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|just\s+)?[£$€\d]")


_PARTICIPLE_IN = re.compile(r"\b(?:[a-z]+ed|" + "|".join(sorted(_PARTICIPLES)) + r") in\s*$")


# "180 days to claim", "a 21-day window to appeal": a length of time and what it is for
_TIME_TO_VERB = re.compile(
    r"[\s-]*(?:years?|months?|weeks?|days?|hours?|minutes?)(?:\s+(?:window|period|deadline|left|more))?"
    r"\s+(?:in which\s+)?to\s+([a-z]+)\b")
_NOT_PURPOSES = frozenset("go the a an its their his her this that these those be".split())  # "three weeks to go"
_YEARS_AGO = re.compile(r"\b(?:years?|decades?) ago$", re.I)


# "nearly five years ago", "two summers ago": years counted back date an event (the record that
# was set, the kill that happened) even where they are also the period of a figure beside them;
# days, weeks and months back are left to the story's own events, which articles date otherwise
_COUNTED_BACK_YEARS = re.compile(r"(?i)\b(?:years?|decades?|summers?|winters?|springs?|autumns?) ago$")


# a sentence's subject that is an event noun phrase ending in "in <date>": "A leak of the
# mathematics paper in 2022 forced 118,000 students to re-sit"
_SUBJECT_EVENT_IN = re.compile(r"(?:^|[.;:]\s+|\bbut\s+|\band\s+)(?:A|An|The|Its|Their|His|Her)\s+([a-z]+)"
                               r"(?:\s+of\s+[^,;.]{1,60}?)?\s+in\s+\Z")


def _dates_its_subject(d: Mention, text: str, s_start: int, vocab: Vocabulary) -> bool:
    """A period that also dates the event noun its sentence opens with ("A leak of the
    mathematics paper in 2022 forced about 118,000 students to re-sit": when the leak was)."""
    if not isinstance(d.value, DateValue) or d.value.relative:
        return False
    subject = _SUBJECT_EVENT_IN.search(text[s_start:d.start].lstrip())
    return subject is not None and bool(vocab.find_events(subject.group(1)))


def _span_of_its_own(d: Mention) -> bool:
    """A span stated with both ends ("between January 2019 and June 2022", "from 2019 to 2021"):
    the period of the figures beside it, and a fact of its own (how long the misconduct ran)."""
    return isinstance(d.value, DateValue) and d.value.precision == "range" and not d.value.relative \
        and bool(re.match(r"(?i)(?:between|from)\b", d.text))


# "born at the Heyun base in", "born in Castelmar in": a birth's place, then its date
_BORN_AT_IN = re.compile(r"\bborn\s+(?:at|in|on)\s+[^,;.()]{1,40}?\s+(?:in|on)\s+\Z")


_ON_AFTER_FIGURE = re.compile(r"(?:\s+[a-z]+)?\s+on\s+")
_STATE_BEFORE_FIGURE = re.compile(
    r"\b(?:stood|stands|stand|standing|held|holds|remained|remains|numbered|totalled|totaled)\s+(?:at\s+)?"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|just\s+over|just\s+under)\s+)?\Z", re.I)


def _one_day(d: Mention) -> bool:
    """Whether a date mention names one day."""
    return isinstance(d.value, DateValue) and d.value.precision == "day"


def _is_period(d: Mention, text: str, numbers: Sequence[Mention]) -> bool:
    """Whether a date gives the period of a figure near it rather than dating an event.

    "arrested 37,000 ... in 2023" and "24,000 crossings in Fiscal Year 2023" give periods; "On
    July 2, DHS sent 116 migrants" and "two years after Beijing suspended" date events.
    """
    if not isinstance(d.value, DateValue) or _ANCHOR_AFTER.search(d.text):
        return False
    figures = [n for n in numbers if n.role in ("amount", "change", "from", "to", "multiplier")]
    if not figures:
        return False
    if any(n.kind == "percent" for n in figures) and _BASE_CUE.search(text, max(0, d.start - 90), d.start):
        # "a 44% premium over VMware's close on May 20", "measured against the close before the
        # talks were reported on May 22": the day a change is measured from is its frame.
        return True
    before = text[max(0, d.start - 25):d.start].lower()
    if re.search(r"\bborn\s+(?:in|on)?\s*$", before) or _BORN_AT_IN.search(text, max(0, d.start - 60), d.start):
        # "Duncan Reive, who was born in 1984 and has led the team for 12 years", "Mei Lan was
        # born at the Heyun base in 2015; Jun Hao is two years older": a birth
        return False
    if _reaches_back(text, d, 0):
        return False  # "the highest rate since March 2024": when it was last this high, a fact itself
    near = [n for n in figures if min(abs(n.start - d.end), abs(d.start - n.end)) <= 80]
    clause = re.split(r"[,;()\u2014]", text[max(0, d.start - 80):d.start])[-1]
    # "Uriarte, who won here four years ago, finished third": a relative clause dates its own
    # verb; the figure outside it does not hold for that time.
    relative = bool(near) and bool(re.match(r"\s*(?:who|which)\b", clause, re.I)) and all(
        re.search(r"[,;()\u2014]", text[min(n.end, d.end):max(n.start, d.start)]) for n in near)
    if _SINCE_BEFORE.search(before):
        if relative:
            return False  # "The index, which Larkmoor has compiled since 2009, is based on 412,600 listings"
        if near and all(n.start > d.end and _JOINED_CLAUSE.search(text, d.end, n.start) for n in near) and (
                _PERFECT.search(clause) or _past_verbs(clause)):
            # "The Pell family have farmed at Thornbeck since 1912, and the farm employs 12 people":
            # a "since" date after its own verb dates that verb's clause, not one joined on after it
            return False
    if (re.search(r"\b(?:from|until|till)\s*$", before) or re.match(r"(?i)(?:from|until|till)\s", d.text)) \
            and all(n.start > d.end and _JOINED_OR_WITH.search(text, d.end, n.start) for n in figures):
        # "expects to begin dismantling from January 2028, with the organ removed over about six
        # weeks", "will not open until September next year, and in the meantime up to 150 a
        # month will be sent away": the date ends its own clause, not a span the figures of one
        # joined on after it hold for
        return False
    if re.search(r"\b(?:between|from|through|since|as of|by|during|until|so far in|over|for)\s*$", before):
        return True
    if _one_day(d) and any(n.end <= d.start and _ON_AFTER_FIGURE.fullmatch(text, n.end, d.start)
                        and _STATE_BEFORE_FIGURE.search(text, max(0, n.start - 30), n.start) for n in figures):
        # "the prison population stood at 88,412 on Friday", "held 947 men on 5 June": the day a
        # state is given for is when the figure holds
        return True
    if d.text.lower().startswith(("between", "from", "since", "through", "during")):
        return True
    if _WINDOW_TO.search(text, max(0, d.start - 60), d.start):
        return True  # "in the three months to March 31": the end of a span of months
    if not near:
        return False
    if _first_of(text, d) is not None and any(n.kind == "ordinal" and n.text.lower() == "first"
                                              and n.end <= d.start for n in near):
        # "its first kidney transplant in 1971": the year the first one happened, not a period
        # the ordinal holds for (as "ranked fifth in 2024" or "the first day of protests in
        # January" do)
        return False
    if _PARTICIPLE_IN.search(before) and all(
            re.search(r"[,;()\u2014]", text[min(n.end, d.end):max(n.start, d.start)]) for n in near):
        # "Pennant, founded in 1921, went public in 1986 and has 14 factories", "the Ashby Lane
        # hoard, found in 1978, which held 3,480 coins", "painted in 1958 and nearly two metres
        # wide": a participle dates its own clause; a figure in another does not hold for that year.
        return False
    if relative:
        return False
    v = d.value
    if v.fiscal or v.relative and v.precision != "day":
        return True
    if re.match(r"(?:19|20)\d\d\s*[-\u2013/]\s*\d\d\b", d.text) and re.search(r"\b(?:in|for|during) the\s*$", before):
        return True  # "spent €9.6 million on dam maintenance in the 2024-25 fiscal year"
    return v.precision in ("year", "quarter", "half", "range", "decade", "season") and \
        bool(re.search(r"\b(?:in|of|for|during)(?: (?:the )?(?:calendar|fiscal|financial|full|whole))?(?: year)?\s*$",
                       before))


# The base a percent change is measured from ("up 15.8% on the same period of 2024"): as
# _BASE_BEFORE below, but not "from", which opens a span ("from 2019 to 2024").
_CHANGE_BASE_BEFORE = re.compile(
    r"\b(?:on|over|than(?:\s+in)?|against|compared\s+(?:with|to)(?:\s+in)?|versus)\s+(?:the\s+same\s+"
    r"(?:period|quarter|month|week|weekend|day|time|season|half|months|weeks)\s+(?:of|in|a\s+year\s+(?:earlier|before)"
    r"(?:\s+in)?)\s+)?\Z", re.I)
_BASE_BEFORE = re.compile(r"\b(?:than|from|on|over|compared (?:with|to)|versus|vs\.?|against)\s+$", re.I)
_BASE_CUE = re.compile(
    r"\b(?:premium (?:over|to)|(?:measured|compared|set) against|compared (?:with|to)|relative to|above|below)\b"
    r"[^.;!?]{0,80}?\b(?:on|of|at)\s+\Z", re.I)
_RECORD_SINCE = re.compile(
    r"\b(?:highest|lowest|biggest|largest|smallest|fastest|slowest|strongest|weakest|worst|best|most|least|first|"
    r"driest|wettest|hottest|warmest|coldest|coolest|deadliest|costliest|busiest|longest|shortest|heaviest|"
    r"sharpest|steepest|deepest|fewest|greatest|cheapest|quietest|earliest)"
    r"(?:\s+[\w'’-]+){0,7}?\s+since"
    # "since records began in 2011": the year records began, a fact of its own
    r"(?:\s+(?:comparable\s+|official\s+|modern\s+)?records?\s+(?:began|begin|started|were\s+first\s+kept)(?:\s+in)?"
    # "the highest loss rate since the survey began in 2006": the year the survey began, too
    r"|\s+(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?(?:began|started|was\s+first\s+(?:held|run|conducted|carried\s+out)"
    r"|was\s+(?:launched|founded|set\s+up|introduced|established))(?:\s+in)?"
    # "the strongest typhoon to hit Pemberra since Typhoon Merit in 1978": the record's event by name
    r"|\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}\s+in)?"
    r"\s*\Z", re.I)


_THIS_PERIOD = re.compile(r"(?i)(?:so\s+far\s+)?this\s+(?:year|month|season|week|decade|century)\Z")
_SUPERLATIVE_BEFORE = re.compile(
    r"(?i)\b(?:most|least|biggest|largest|highest|lowest|deepest|worst|best|busiest|deadliest|costliest|"
    r"fastest|slowest|strongest|weakest|steepest|sharpest|greatest|heaviest|longest|shortest|smallest|"
    r"first|only)\b")


def _reaches_back(text: str, d: Mention, lo: int) -> bool:
    """Whether a superlative reaches back to date ``d`` ("the driest spring since 1995", "the
    worst since records began in 2011"): the year is when it last was so, a fact of its own."""
    lead = re.match(r"since\s+", d.text, re.I)  # the mention may hold its own "since"
    return bool(_RECORD_SINCE.search(text, max(lo, d.start - 90), d.start + (lead.end() if lead else 0)))


_PREVIOUS_RECORD_OF = re.compile(r"(?i)\b(?:previous|old|former|earlier|existing|all-time)\s+"
                                 r"(?:record|high|peak|best|low)\s+of\s+(?:about\s+|around\s+|some\s+)?\Z")
_FIRST_SINCE = re.compile(r"\bfirst\b[^,;.]{0,60}\bsince\s+\Z", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:\u2014]|\b(?:and|but|while|which|who)\b")
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|when|where|after|before|because|while)\b", re.I)
# ", and will pay it in full by the end of November": a coordinate clause with a verb of its own;
# so is a perfect after "and" ("described that as a 68 per cent overrun and have asked the audit
# office to examine the change of contractor in 2022")
_NEW_CLAUSE = re.compile(r"[,;]\s*(?:and|but)\s+(?:(?:it|they|he|she|we|the\s+\w+)\s+)?"
                         r"(?:will|would|must|should|could|may|might|plans?|intends?|expects?|hopes?)\b"
                         r"|\b(?:and|but)\s+(?:have|has|had)\s+(?:also\s+)?[a-z]{3,}(?:ed|en)\b", re.I)


_OWN_GAP = 24
# "She capsized four times, the worst of them in late January": a period after one of the
# things counted dates that one, not the count ("three crossings, one of them in 2019")
_ONE_OF_THEM = re.compile(r",\s+(?:(?:the|its|their|her|his)\s+(?:[a-z]+est|worst|best|first|last|latest|"
                          r"most\s+[a-z]+)\b|one\s+of\s+(?:them|which)\b)")
# "will not open until September", "won't reopen until 2027": it begins then
_NOT_UNTIL = re.compile(r"(?i)(?:\bnot|n't|\bnever)\b[^,.;:]{0,50}\b(?:until|till)\s+\Z")
_SPAN_END_BEFORE = re.compile(r"\b(?:through|until|till|thru|to)\s+(?:the\s+(?:end|middle)\s+of\s+)?\Z", re.I)
_QUOTATION = re.compile(r'"[^"]+"|\u201c[^\u201d]+\u201d')  # quoted speech


# what may stand between a figure and the period that is its own: "420,000 in 2025", "140,000
# vehicles in 2015", "£1.2m for 2024"
_OWN_PERIOD = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:in|for|during|of)\s+(?:the\s+)?")


_JOINERS = "and|but|while|whereas"
_JOINED_CLAUSE = re.compile(rf"(?:,\s+(?:{_JOINERS})|;)\s")
_JOINED_OR_WITH = re.compile(rf"(?:,\s+(?:{_JOINERS}|with)|;)\s")  # ", with the organ removed" too
_SET_OFF_CLAUSE_OPEN = re.compile(r",\s+(?:which|who)\s[^,;:.]*\Z")
_SET_OFF_CLAUSE_CLOSE = re.compile(r"[^,;:.]*,")


_SINCE_IT_BEGAN_IN = re.compile(r"\bsince\s+(?:the|its|their|his|her|a|an)\s+(?:[\w'’-]+\s+){1,3}"
                                r"(?:began|started|opened|was\s+launched|came\s+into\s+force|took\s+effect)\s+in\s+\Z",
                                re.I)


def _period_of(m: Mention, period_dates: Sequence[Mention], previous: Sequence[tuple[int, int]],
               text: str, sent_text: str, source: Source, *, prefer_after: bool = False,
               figures: Sequence[Mention] = (), sent_start: int = -1) -> tuple[DateValue | None, str | None]:
    candidates = [(d.start, d.end, "date") for d in period_dates
                  if not (m.kind == "percent" and _PREVIOUS.fullmatch(d.text.strip())
                          and _BASE_BEFORE.search(text, max(0, d.start - 30), d.start))]
    if m.kind == "percent" and m.role == "change":
        # "up 15.8% on the same period of 2024", "a rise of 4% compared with 2024": the base the
        # change is measured from, not the period it holds for
        candidates = [c for c in candidates if not _CHANGE_BASE_BEFORE.search(text, max(0, c[0] - 60), c[0])]
    # the length of a span of months ("the 12 months to March") is part of the period, not a
    # figure between it and the figure it holds for
    windows = {d.start: w for d in period_dates for w in [_WINDOW_TO.search(text, max(0, d.start - 60), d.start)] if w}
    if windows:
        figures = [f for f in figures if not any(w.start() <= f.start < w.end() for w in windows.values())]
    candidates += [(a, b, "previous") for a, b in previous
                   if not any(d.start <= a < d.end for d in period_dates)
                   # "5.2% higher than a year earlier": the base of a change, not its period
                   and not (m.kind == "percent" and _BASE_BEFORE.search(text, max(0, a - 30), a))]
    # A trailing period belongs to the nearest figure before it: "£1.42bn ..., up from £980m a
    # year earlier" gives "a year earlier" to £980m only.
    # A leading period ("In 2015, ... 38,000 ..., 900 ...") holds for every figure after it.
    candidates = [c for c in candidates
                  if not any(f is not m and m.end <= f.start and f.end <= c[0] for f in figures)]
    if any(m.end <= c[0] <= m.end + _OWN_GAP and _OWN_PERIOD.fullmatch(text, m.end, c[0]) for c in candidates):
        # "from 140,000 vehicles in 2015 to 420,000 in 2025": a figure with a period right after
        # it holds for that one, not for the one that trails the figure before it
        candidates = [c for c in candidates
                      if not (c[1] <= m.start and any(f is not m and f.end <= c[0] and _OWN_PERIOD.fullmatch(
                          text, f.end, c[0]) for f in figures))]
    # A period that trails another figure and ends its clause is that figure's ("claimed 40
    # victims this year, asked for $5.4 million"); one inside a clause of its own after the
    # figure ("£205,000 a week, ... that the owners promised in 2022") dates that clause.
    candidates = [c for c in candidates
                  if not (c[1] <= m.start and _CLAUSE_BREAK.search(text[c[1]:m.start])
                          and any(f is not m and f.kind != "ordinal" and f.end <= c[0] and c[0] - f.end <= 40
                                  for f in figures))
                  and not (c[0] >= m.end and (_RELATIVE.search(text[m.end:c[0]])
                                              or _NEW_CLAUSE.search(text[m.end:c[0]])
                                              or _ONE_OF_THEM.search(text[m.end:c[0]])))]
    # "the ban, which runs until October 2029, ... and the €135,000 fine": a date inside a clause
    # set off by commas about another noun dates that noun, not a figure after the clause
    candidates = [c for c in candidates
                  if not (c[1] <= m.start and _SET_OFF_CLAUSE_OPEN.search(text, max(0, c[0] - 80), c[0])
                          and _SET_OFF_CLAUSE_CLOSE.match(text, c[1], m.start))]
    quoted = [q.span() for q in _QUOTATION.finditer(text, sent_start, sent_start + len(sent_text))] \
        if sent_start >= 0 and ('"' in sent_text or "\u201c" in sent_text) else []
    if quoted:
        # '"I told them two years ago ...," the 26-year-old guard said': a period inside a
        # quotation holds for what the speaker says, not for a figure outside it
        candidates = [c for c in candidates if not any(a <= c[0] < b and not a <= m.start < b for a, b in quoted)]
    nearest = _nearest(candidates, m.start, m.end, prefer_after=prefer_after)
    if nearest is None:
        since = _SINCE_EVENT.match(text, m.end) if m.kind != "ordinal" else None
        if since:
            # "down 11 per cent since the ruling", "214 planets confirmed since it began science
            # operations": a tally from an event to the article's day, however long ago it was.
            return None, " ".join(since.group(1).split())
        if _PRESENT.search(sent_text) and source.published_value is not None:
            return source.published_value, PRESENT_TEXT
        return None, None
    if nearest[2] == "previous":
        others = [d for d in period_dates if isinstance(d.value, DateValue) and d.value.resolved]
        base = min(others, key=lambda d: abs(d.start - m.start), default=None)
        if base is not None and isinstance(base.value, DateValue):
            return _shift_year(base.value, -1), text[nearest[0]:nearest[1]]
        if source.published_value is not None and source.published_value.earliest is not None:
            year = source.published_value.earliest.year - 1
            value = DateValue(earliest=dt.date(year, 1, 1), latest=dt.date(year, 12, 31),
                              precision="year", relative=True, anchor=f"published {source.published}")
            return value, text[nearest[0]:nearest[1]]
        return None, text[nearest[0]:nearest[1]]
    date = next(d for d in period_dates if d.start == nearest[0])
    began = _SINCE_IT_BEGAN_IN.search(text, max(0, date.start - 70), date.start)
    published = source.published_value
    if began and isinstance(date.value, DateValue) and date.value.resolved and date.value.earliest \
            and published is not None and published.latest and date.value.earliest < published.latest:
        # "4,280km replaced since the current phase began in 2013": from then to the article's
        # day, a tally that holds now, not a figure of 2013
        return (DateValue(earliest=date.value.earliest, latest=published.latest, precision="range", relative=True,
                          anchor=f"published {source.published}"), text[began.start():date.end])
    window = windows.get(date.start)
    if window and isinstance(date.value, DateValue) and date.value.resolved:
        # "revenue of $2.6bn in the 12 months to March": the twelve months that end with March
        return _window_to(date.value, window), text[window.start():date.end].strip()
    return date.value if isinstance(date.value, DateValue) else None, date.text


# a span of months that ends with a date: "the 12 months to March", "the year ending June 30",
# "the three months to the end of September", "the half-year to 30 June"
_WINDOW_TO = re.compile(
    r"(?i)\bthe\s+(?:(?P<n>\d{1,2}|" + "|".join(_SMALL_WORDS) + r")\s+months?|(?P<unit>(?:financial\s+|fiscal\s+)?"
    r"year|half[-\s]year|quarter))\s+(?:to|ending|ended|through)\s+(?:the\s+end\s+of\s+)?$")


def _window_to(end: DateValue, window: re.Match[str]) -> DateValue:
    """The months a window ends with ``end`` spans, whole months back from the end's month."""
    n = window.group("n")
    if n:
        months = int(n) if n.isdigit() else _SMALL_WORDS[n.lower()]
    else:
        unit = window.group("unit").lower()
        months = 3 if "quarter" in unit else 6 if "half" in unit else 12
    assert end.latest is not None
    last = end.latest
    index = last.year * 12 + last.month - 1 - (months - 1)
    first = dt.date(index // 12, index % 12 + 1, 1)
    return DateValue(earliest=first, latest=last, precision="month", fiscal=end.fiscal,
                     relative=end.relative, anchor=end.anchor)


# "Achterberg won nearly 52,000 votes, while Reyl polled 24,488": a contrast splits the sentence
# into two clauses, each with its own people
_CONTRAST = re.compile(r",\s+(?:while|whereas)\s+")


def _clause_entities(entity_ids: tuple[str, ...], text: str, sent: tuple[int, int], at: int) -> tuple[str, ...]:
    """The sentence's entities, with its people narrowed to those named in the figure's own
    clause when a contrast ("..., while ...") splits the sentence and both clauses name people."""
    cut = _CONTRAST.search(text, sent[0], sent[1])
    names = [e for e in entity_ids if e.startswith("name:")]
    if cut is None or len(names) < 2:
        return entity_ids
    lo, hi = (cut.end(), sent[1]) if at >= cut.end() else (sent[0], cut.start())
    clause = text[lo:hi].lower()
    mine = {e for e in names if re.search(rf"\b{re.escape(e[5:].split()[-1])}\b", clause)}
    if not mine or len(mine) == len(names):
        return entity_ids
    return tuple(e for e in entity_ids if not e.startswith("name:") or e in mine)


_GATHERED_OVER = re.compile(
    r"[^,;:]{0,45}?\b(?:in|over|within)\s+(?:just\s+|only\s+|the\s+)?(?:space\s+of\s+)?"
    r"(a|an|one|\d+|" + "|".join(sorted((w for w in NUMBER_WORDS if " " not in w), key=len, reverse=True))
    + r")(\s+and\s+a\s+half)?[\s-]+(hour|day|minute)s?\b(\s+and\s+a\s+half\b)?", re.I)
_GATHER_HOURS = {"minute": 1 / 60, "hour": 1, "day": 24}


def _gathered_over(text: str, end: int, sentence_end: int) -> str | None:
    """The length of time a measured amount gathered over, when the words right after it state
    one ("4.1 metres in 36 hours", "12 km of road over the 48 hours to Sunday", "in a day and a
    half"), as a measure qualifier in hours ("over 36 hours"); None otherwise."""
    m = _GATHERED_OVER.match(text, end, sentence_end)
    if m is None:
        return None
    word = m.group(1).lower()
    n = 1 if word in ("a", "an") else (int(word) if word.isdigit() else NUMBER_WORDS.get(word))
    if n is None:
        return None
    half = 0.5 if m.group(2) or m.group(4) else 0.0  # "a day and a half", "one and a half days"
    hours = (float(n) + half) * _GATHER_HOURS[m.group(3).lower()]
    return f"over {hours:g} hours"


_UP_TO_AFTER_NOUN = re.compile(r"([A-Za-z]+)\s+(?:of\s+)?up\s+to\s+\Z", re.I)


def _peak_reading(m: Mention, text: str, vocab: Vocabulary) -> Mention:
    """"gusts of up to 86mph", "waves up to six metres": after a noun of a reading that
    ``[nouns] peak`` lists, "up to" gives the highest reading itself, as "reached" would, not a
    bound that any lower figure meets ("fines of up to 5 million" stays a cap)."""
    v = m.value
    if not isinstance(v, NumberValue) or v.hedge != "up to" or v.stated is None:
        return m
    tail = _UP_TO_AFTER_NOUN.search(text, max(0, m.start - 40), m.start)
    if tail is None or tail.group(1).lower() not in vocab.peak_nouns:
        return m
    return m.model_copy(update={"value": v.model_copy(update={"low": v.stated, "high": v.stated, "hedge": None})})


def _claim(source: Source, m: Mention, text: str, sent: tuple[int, int], entities: tuple[str, ...],
           measure: str | None, noun: str | None, period: DateValue | None, period_text: str | None,
           scope: str | None, attribution: str | None, hedged: bool, ctx: tuple[str, ...],
           qualifiers: Sequence[str], seen: Counter[str], *, derived: str | None = None,
           value: DateValue | NumberValue | None = None, kind: str | None = None) -> Claim:
    value = value if value is not None else m.value
    kind = kind or m.kind
    if derived is None and isinstance(value, DateValue) and value.relative and value.anchor:
        derived = f"\"{m.text}\" resolved against {value.anchor}"
    meaning = {
        "source": source.id, "kind": kind, "value": value.model_dump(mode="json"),
        "measure": measure, "noun": (noun or "").lower(), "derived": bool(derived),
        "period": period.model_dump(mode="json") if period else None,
    }
    base = fingerprint("clm_", meaning)
    seen[base] += 1
    claim_id = base if seen[base] == 1 else fingerprint("clm_", {**meaning, "occurrence": seen[base]})
    return Claim(
        id=claim_id, source=source.id, path=source.path, line=source.line_of(m.start),
        start=m.start, end=m.end, quote=source.text[m.start:m.end], kind=kind,  # type: ignore[arg-type]
        value=value, display=display_value(value, written=m.text if derived is None else None),
        role=m.role if derived is None else "amount",
        sentence_start=sent[0], sentence_end=sent[1], entities=entities, event=measure,
        noun=noun, measure=";".join(qualifiers) or None, period=period, period_text=period_text,
        scope=scope, attribution=attribution, hedged=hedged, derived=derived,
        relation=m.relation, direction=m.direction, tokens=ctx,
        near=tuple(tokens(text[max(sent[0], m.start - 45):min(sent[1], m.end + 45)])),
        said_of=_said_of(text, sent[0], m.start) if isinstance(value, DateValue) else None,
    )


# "the £4.2m lottery grant awarded in June 2022", "The grant was awarded in June 2023", "the
# wind farm, commissioned in 2021": a noun, the verb said of it, and the date right after
_SAID_OF = re.compile(r"\b([a-z][a-z-]{2,}),?\s+(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been|been)\s+)?"
                      r"(?:(?:first|originally|formally|officially|finally)\s+)?([a-z]{3,}ed)\s+"
                      r"(?:(?:in|on|at|by|during)\s+)?(?:(?:late|early|mid)[\s-]+)?\Z")
_NOT_SAID_OF = frozenset("it they he she we which that who this these those there what".split())


def _said_of(text: str, sentence_start: int, start: int) -> str | None:
    """The noun and the verb right before a date that say what the date dates ("grant awarded"),
    or None: not after a pronoun ("it was opened in"), nor after anything but the verb."""
    found = _SAID_OF.search(text, max(sentence_start, start - 60), start)
    if found is None or found.group(1) in _NOT_SAID_OF or found.group(1) in STOPWORDS:
        return None
    return f"{found.group(1)} {found.group(2)}"


_BUILT_AFTER = re.compile(r"-(?:built|made|vintage)\b")
_AT_A_TIME_AFTER = re.compile(r"[\s-]*years?[\s-]*old(?:\s+[a-z]+){0,2}\s+(?:in|during|back in|by)\s+(?:19|20)\d\d\b")
_THEN_BEFORE = re.compile(r"\b(?:then|at the time|was|were|when)\s+(?:a|an|the)?\s*\Z", re.I)


def _long_before(m: Mention, source: Source) -> bool:
    """Whether a date lies five calendar years or more before the article (history, not news)."""
    published = source.published_value
    return isinstance(m.value, DateValue) and m.value.latest is not None and published is not None \
        and published.earliest is not None and published.earliest.year - m.value.latest.year >= 5


def aged_head(noun: str | None, vocab: Vocabulary) -> str | None:
    """The thing "the 48-year-old Korvel plant" gives the age of: the last word after "year-old"
    that ``[things]`` lists ("plant"; "the 48-year-old plant sits on" -> "plant"); None for a
    person ("the 58-year-old driver", "the 24-year-old Doyle") or a noun the vocabulary does not
    list."""
    words = (noun or "").split()
    if len(words) < 2 or words[0].lower() not in ("year-old", "years-old"):
        return None
    known = [w for w in words[1:] if re.fullmatch(r"[a-z]{3,}", w) and vocab.knows_thing(w)]
    return known[-1] if known else None


# "the ship, barely a dozen years old": a thing, then its age set off by a comma
_THING_BEFORE_AGE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]his|[Tt]hat)\s+(?:[a-z-]+\s+){0,2}?([a-z]{3,}),\s+(?:(?:barely|nearly|almost|just|only|some|"
    r"about|around|roughly|over|more\s+than|less\s+than|under)\s+)?(?:a\s+)?\Z")


def _years_an_age_gives(source: Source, year: int) -> DateValue:
    """The two years an age given in an article dates its start to: the publication year less
    the age (``year``), or the one before if the birthday is still to come."""
    return DateValue(earliest=dt.date(year - 1, 1, 1), latest=dt.date(year, 12, 31), precision="year",
                     relative=True, anchor=f"published {source.published}")


def _year_from_age(source: Source, m: Mention, text: str, sent: tuple[int, int], entities: tuple[str, ...],
                   noun: str | None, hedged: bool, ctx: tuple[str, ...], seen: Counter[str],
                   vocab: Vocabulary) -> Claim | None:
    """"The 48-year-old Korvel plant" in an article of 2026 -> it came into being in 1977 or 1978:
    a date to set against "the plant opened in 1971" (when the age is of a thing, as it is now)."""
    head = aged_head(noun, vocab)
    if head is None and (noun or "").lower().startswith(("years old", "year old")):
        # "the ship, barely a dozen years old, ...": the thing named right before the age
        before = _THING_BEFORE_AGE.search(text, max(sent[0], m.start - 80), m.start)
        head = before.group(1) if before is not None and vocab.knows_thing(before.group(1)) else None
    published = source.published_value
    if head is None:
        return None  # a person ("a 34-year-old pipefitter"), or a thing the vocabulary does not list
    if published is None or published.earliest is None or not isinstance(m.value, NumberValue):
        return None
    years = m.value.stated if m.value.stated is not None else m.value.low
    if years is None or years != m.value.high or years != int(years) or not 1 <= years < 1000:
        return None  # "nearly 50 years old", "an 18th-century": no one year
    if _THEN_BEFORE.search(text, max(sent[0], m.start - 20), m.start) or _AT_A_TIME_AFTER.match(text, m.end):
        # "the then 30-year-old bridge", "when the 20-year-old dam failed", "a 40-year-old plant
        # in 1999": its age at another time ("The 52-year-old tower was refurbished in 2011" is not)
        return None
    year = published.earliest.year - int(years)
    value = _years_an_age_gives(source, year)
    how = (f"\"{text[m.start:m.end]}-year-old {head}\" in an article of {published.earliest.year}: "
           f"it dates from {year - 1} or {year}")
    event = "begin" if "begin" in vocab.events else None
    claim = _claim(source, m, text, sent, entities, event, head, None, None, None, None, hedged, ctx, (),
                   seen, derived=how, value=value, kind="date")
    return claim.model_copy(update={"origin": True, "display": f"{year - 1} or {year}"})


_SINCE_BEFORE = re.compile(r"\bsince\s+\Z", re.I)
_WHO_AFTER_AGE = re.compile(r"(?:-year-old)?,\s*who\s[^,;]*")
_SAID_AFTER_AGE = re.compile(r"\b(?:said|says|told|added|explained)\b")


def _birth_from_age(source: Source, m: Mention, text: str, sent: tuple[int, int], entities: tuple[str, ...],
                    hedged: bool, ctx: tuple[str, ...], seen: Counter[str], vocab: Vocabulary) -> Claim | None:
    """"Maren Holt, 46," in an article of 2026 -> she was born in 1979 or 1980: a date to set
    against "Holt, who was born in 1972". Only a person's age set off after their name, so the
    birth date is that name's; never one said of another time ("In 2011 Holt, 31, founded ...",
    "Kovac was 14 when she ...")."""
    published = source.published_value
    if "born" not in vocab.events or published is None or published.earliest is None \
            or not isinstance(m.value, NumberValue) or m.value.stated is None or not 0 < m.value.stated < 150:
        return None  # no one is "2147485674"
    name = _apposed_name(text, m, sent[0])
    phrase = f"{name}, {m.text}"
    if name is None:
        name = _named_then_aged(text, m, sent[0])
        phrase = f"{name}, the {m.text}-year-old"  # "Varga, the 57-year-old conductor"
    # a year of the sentence may say when the age held, but not one of a relative clause after
    # the age ("Anita Kowal, 47, who took up the post in September 2024, said")
    relative = _WHO_AFTER_AGE.match(text, m.end, sent[1])
    after = relative.end() if relative else m.end
    # nor one of what the person is reported to say ("Gareth Pryce, 38, ... said his firm had
    # fitted 212 heat pumps in 2025")
    said = _SAID_AFTER_AGE.search(text, after, sent[1])
    end = said.start() if said else sent[1]
    # (a year after "since" says when a span began, never when the age held: "Ilves, 24, is the
    # youngest champion here since 2009", "Holt, 46, has run the firm since 2009")
    years = [y.group(0) for span in ((sent[0], m.start), (after, end)) for y in YEAR_WORD.finditer(text, *span)
             if not _SINCE_BEFORE.search(text, max(0, y.start() - 7), y.start())]
    if name is None:
        return None
    then = _aged_then(text, sent[0], m)
    if then and len(set(years)) != 1:
        return None  # "Ellery, then 29, swam his record": an age of a time the sentence does not name
    if any(int(y) != published.earliest.year for y in years) and not then:
        return None
    words = set(name.lower().split())
    own = tuple(e for e in entities if e.startswith("name:") and set(e[5:].split()) <= words)
    if not own:
        return None
    if then and int(years[0]) != published.earliest.year:
        # "At the 1960 Coppa delle Vallate, Ferrand, then 24, finished second": the age held in
        # the one year the sentence names
        year = int(years[0])
        last = year - int(m.value.stated)
        value = DateValue(earliest=dt.date(last - 1, 1, 1), latest=dt.date(last, 12, 31), precision="year",
                          relative=True, anchor=str(year))
        shown = f"{last - 1} or {last}"
        how = f"\"{name}, then {m.text}\" in {year}: born in {shown}"
        day = None
    else:
        last = published.earliest.year - int(m.value.stated)
        value = _years_an_age_gives(source, last)
        shown = f"{last - 1} or {last}"
        how = f"\"{phrase}\" in an article of {published.earliest.year}: born in {shown}"
        day = published.earliest if published.precision == "day" else None
    if day is not None:
        # "Ilves, 24," on 1 February 2026: born between 2 February 2001 and 1 February 2002
        value = _birth_window(day, int(m.value.stated), f"published {source.published}")
        assert value.earliest is not None and value.latest is not None
        shown = display_date(value)
        how = f"\"{phrase}\" in an article of {display_date(published)}: born {shown}"
    claim = _claim(source, m, text, sent, own, "born", None, None, None, None, None, hedged, ctx, (),
                   seen, derived=how, value=value, kind="date")
    return claim.model_copy(update={"display": shown})


_THEN_AGE = re.compile(r"\bthen\s+(?:aged\s+)?\Z")


def _aged_then(text: str, sentence_start: int, m: Mention) -> bool:
    """Whether an age is one of another time ("Ferrand, then 24,")."""
    return _THEN_AGE.search(text, max(sentence_start, m.start - 6), m.start) is not None


# "Varga, the 57-year-old conductor, ...": a name, then its age as "the N-year-old" and a noun
_NAME_THEN_THE = re.compile(r"(" + _NAME_RUN + r"),[ \t]+(?:the|a)[ \t]+\Z")
_YEAR_OLD_NOUN = re.compile(r"[- ]years?[- ]old[ \t]+[a-z][\w'’-]*")


def _named_then_aged(text: str, m: Mention, s_start: int) -> str | None:
    """The name before "the 57-year-old conductor" set off by a comma after it ("Varga"), or None."""
    return _name_before(text, m, s_start, _NAME_THEN_THE, _YEAR_OLD_NOUN)


def _birth_window(day: dt.date, age: int, anchor: str) -> DateValue:
    """The days a person aged ``age`` on ``day`` was born on: after the same day ``age`` + 1
    years before, up to the same day ``age`` years before (29 February counts as 28)."""
    def back(years: int) -> dt.date:
        return day.replace(year=day.year - years, day=min(day.day, 28) if day.month == 2 else day.day)
    earliest = back(age + 1) + dt.timedelta(days=1)
    return DateValue(earliest=earliest, latest=back(age), precision="range", relative=True, anchor=anchor)


# "in two years", "in 16 years", "three times over": a span or a factor, not a figure of the thing
_SPAN_AFTER = re.compile(r"[\s-]+(?:" + _TIME_NOUN.pattern + r"|times\b)", re.I)
# the hedge a growth verb may take ("more than tripled", "has nearly doubled")
_VERB_HEDGE = r"(?:(?:more\s+than|nearly|almost|roughly|about|over|just\s+about|all\s+but)\s+)?"
# a subject of one or two words ("Annual seizures", "Sales")
_SUBJECT_WORDS = r"((?:[A-Za-z][\w'’-]*\s+){0,1}[A-Za-z][\w'’-]*)"
# "Annual seizures at the port have more than tripled": the subject before the verb
_SUBJECT_OF_MULTIPLIER = re.compile(
    _SUBJECT_WORDS + r"(?:\s+(?:at|in|of|for)\s+(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*)?)?"
    r"\s+(?:has|have|had|having)\s+" + _VERB_HEDGE + r"\Z")
# "Visitors to the museum, which has received objects since 2023, have doubled": the subject
# opens the sentence, before a relative clause set off by commas
_CLAUSE_BEFORE_VERB = re.compile(r",\s+(?:has|have|had)\s+" + _VERB_HEDGE + r"\Z")
_SUBJECT_BEFORE_CLAUSE = re.compile(r"\s*([A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}?),\s+(?:which|who|whose)\b")
# (the object a verb grew may stand between: "doubled the reward to £30,000", "doubling the
# air-defence budget from 2.1 billion marks")
_GROWN_BEFORE = r"(?:\s+(?:its|their|his|her|our|the)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)?"
_FROM_AFTER_VERB = re.compile(_GROWN_BEFORE + r"\s+from\s+(?:(?:about|around|roughly|some|nearly|almost|over|"
                              r"more\s+than|just\s+over|just\s+under)\s+)?")
_TO_AFTER_VERB = re.compile(_GROWN_BEFORE + r"\s+(?:(?:to|at)\s+(?:about|around|roughly|some|nearly|almost|"
                            r"more\s+than|over)?\s*)")
_SUBJECT_OF_PAST = re.compile(
    _SUBJECT_WORDS + r"(?:\s+(?:at|in|of|for|from)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
    r"\s+" + _VERB_HEDGE + r"\Z")
_SUBJECT_OF_ROSE = re.compile(
    _SUBJECT_WORDS + r"\s+(?:(?:has|have|had)\s+)?"
    r"(?:rose|risen|grew|grown|increased|jumped|climbed|soared|surged|went\s+up|gone\s+up)\s+" + _VERB_HEDGE + r"\Z")
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these",
                          "those", "of", "to", "with", "by", "for", "be", "been", "being", "is", "are", "was", "were"})
# "tripled its holdings of private credit", "doubled their membership": the object a past
# growth verb says grew, up to the span, figure or clause after it
_GROWN_OBJECT = re.compile(r"\s+(?:its|their|his|her|our)\s+((?:(?!(?:to|from|since|in|over|between|within|after|"
                           r"before|by|during|last|this|and|but|while|which|that)\b)[A-Za-z][\w'’-]*\s*){1,5})"
                           r"(?=[,.;:!?]|\s+(?:to|from|since|in|over|between|within|after|before|by|during|last|this|"
                           r"and|but|while|which|that)\b|\Z)")
_OBJECT_AFTER = re.compile(r"\s+(?:its|their|his|her|our|the|a|an|this|that|these|those|in\s+size)\b", re.I)


def _change_of_multiplier(source: Source, m: Mention, text: str, sent: tuple[int, int], entities: tuple[str, ...],
                          measure: str | None, noun: str | None, period: DateValue | None, period_text: str | None,
                          scope: str | None, attribution: str | None, hedged: bool, ctx: tuple[str, ...],
                          seen: Counter[str]) -> Claim | None:
    """"has doubled since 2021" -> a rise of about 100% (80 to 124: a reader allows a doubling
    to be loose), "more than tripled" -> over 200%, "halved" -> a fall of about 50%."""
    if not isinstance(m.value, NumberValue) or not _GROWTH_VERB.search(m.text) or m.value.low is None:
        return None
    low, high = m.value.low, m.value.high
    if low <= 0 or low == 1:
        return None
    k_lo, k_hi = (low, 1.5 * low) if high is None else (0.9 * low, 1.12 * high) if low == high else (low, high)
    if k_lo >= 1:
        lo, hi, direction = max(0.0, (k_lo - 1) * 100), (k_hi - 1) * 100, "up"
    elif k_hi < 1:
        # A hedge on a fall is said of the fall: "almost halved" is a fall of nearly 50% (45 to
        # 50), "more than halved" one of over 50%; the factor's own interval read as a fall would
        # turn both the wrong way round.
        stated = m.value.stated or (low if high is None or low == high else (low + high) / 2)
        fall = (1 - stated) * 100
        lo, hi, direction = fall * k_lo / stated, min(100.0, fall * k_hi / stated), "down"
    else:
        return None
    before = _SUBJECT_OF_MULTIPLIER.search(text, max(sent[0], m.start - 80), m.start)
    if before is None and _CLAUSE_BEFORE_VERB.search(text, sent[0], m.start):
        before = _SUBJECT_BEFORE_CLAUSE.match(text, sent[0], m.start)
    if before is None and m.text.lower().endswith("ed") and not _OBJECT_AFTER.match(text, m.end):
        # the simple past: "Sales there doubled", "Revenue from its AI subscriptions more than
        # tripled from a year earlier" (not "doubled its dividend", "a doubled dose")
        before = _SUBJECT_OF_PAST.search(text, max(sent[0], m.start - 80), m.start)
        if before is not None and (all(w.lower() in STOPWORDS for w in before.group(1).split())
                                   or before.group(1).split()[-1].lower() in _DETERMINERS):
            before = None  # "and doubled", "which then doubled", "a doubled dose"
    if before is None and m.text.lower().endswith("fold"):
        # "Bag-for-life sales rose more than fourfold": the subject of the verb of rising
        before = _SUBJECT_OF_ROSE.search(text, max(sent[0], m.start - 80), m.start)
        if before is not None and all(w.lower() in STOPWORDS for w in before.group(1).split()):
            before = None  # "They rose fourfold": no subject in the sentence
    grown = _GROWN_OBJECT.match(text, m.end, sent[1]) \
        if before is None and m.text.lower().endswith("ed") else None
    if grown is not None:
        # "The fund tripled its holdings of private credit": what grew is the verb's object
        words = " ".join(w for w in grown.group(1).split() if w.lower() not in STOPWORDS)
        noun = words[-40:] or noun
    elif before is None:
        return None  # "a threefold increase", "double the rate": no subject that grew
    else:
        noun = " ".join(w for w in before.group(1).split() if w.lower() not in STOPWORDS)[-40:] or noun
    value = NumberValue(low=round(lo, 1), high=round(hi, 1), unit="%", hedge="about", approximate=True)
    how = f"\"{m.text}\": a {'rise' if direction == 'up' else 'fall'} of {round(lo)} to {round(hi)} percent"
    if period_text and re.search(r"\bsince\s+(?:the\s+)?" + re.escape(period_text), text[sent[0]:sent[1]], re.I):
        period, period_text = None, None  # "has doubled since 2021": the base's year, not a period it holds for
    claim = _claim(source, m, text, sent, entities, measure, noun, period, period_text, scope, attribution,
                   hedged, ctx, (), seen, derived=how, value=value, kind="percent")
    return claim.model_copy(update={"role": "change", "direction": direction})


# "168 times the legal limit", "double the 11,000 tonnes it sought", "more than three times as
# long as last June's outage": a factor, then the base it multiplies
_MULTIPLE_WORD = re.compile(r"(?i)(?:times|twice|double|triple|treble|quadruple)\Z")
# "The round's 8.4 GW doubled the 2.8 GW": a past growth verb whose object is a figure
_GROWN_PAST = re.compile(r"(?i)(?:doubled|tripled|trebled|quadrupled)")
_FIGURE_OBJECT = re.compile(r"\s+(?:the|that)\s+[£$€¥]?\d")
_BASE_AFTER = re.compile(
    r"\s+(?:as\s+(?:long|many|much|high|large|big|fast|heavy|deep|wide|often|expensive|costly)\s+as\s+)?"
    r"(?:(?:the|a|an|its|their|his|her|our|this|that|last\s+(?:year|month|week|season)['’]s|"
    r"[A-Z][\w'’-]*['’]s)\s+)?"
    r"((?:(?!(?:for|in|on|at|by|during|since|from|to|who|which|that|and|or|but|when|set|than)\b)"
    r"[\w£$€¥.,/'’-]*[\w£$€¥/]\s*){1,4}?)(?=\s*(?:[,;:.!?)]|\Z|(?:for|in|on|at|by|during|since|from|to|who|which|"
    r"that|and|or|but|when|set|than|[a-z]+[^e\W]ed)\b))")


def _multiple_of_base(source: Source, m: Mention, text: str, sent: tuple[int, int], entities: tuple[str, ...],
                      measure: str | None, period: DateValue | None, period_text: str | None,
                      scope: str | None, attribution: str | None, hedged: bool, ctx: tuple[str, ...],
                      qualifiers: Sequence[str], seen: Counter[str]) -> Claim | None:
    """"168 times the legal limit for the river" -> a multiple, 168, of "legal limit": another
    article's "nearly seventeen times the legal limit" states the same multiple of the same base."""
    if not isinstance(m.value, NumberValue) or not (
            _MULTIPLE_WORD.search(m.text) or (_GROWN_PAST.fullmatch(m.text) and _FIGURE_OBJECT.match(text, m.end))):
        return None
    after = _BASE_AFTER.match(text, m.end, sent[1])
    if after is None:
        return None
    base = " ".join(after.group(1).split()).rstrip(".,")
    if not base or all(w.lower() in STOPWORDS for w in base.split()):
        return None
    return _claim(source, m, text, sent, entities, measure, f"times {base}", period, period_text, scope,
                  attribution, hedged, ctx, qualifiers, seen)


def _derive_from_multiplier(source: Source, m: Mention, numbers: Sequence[Mention], text: str,
                            sent: tuple[int, int], entities: tuple[str, ...], measure: str | None,
                            period: DateValue | None, period_text: str | None, scope: str | None,
                            attribution: str | None, hedged: bool, ctx: tuple[str, ...],
                            qualifiers: Sequence[str], seen: Counter[str]) -> Claim | None:
    """"37,000 ..., 10 times the number during the previous year" -> about 3,700 the year before."""
    if not isinstance(m.value, NumberValue):
        return None
    factor = m.value.stated or m.value.low
    base = [n for n in numbers if n.end <= m.start and n.kind == "count" and isinstance(n.value, NumberValue)]
    if not factor or not base:
        return None
    tail = text[m.end:sent[1]][:80].lower()
    if not re.match(r"\s*(?:the|that|its|their)?\s*(?:number|figure|total|level|amount|count|as many)", tail):
        return None
    b = base[-1]
    assert isinstance(b.value, NumberValue)

    def part(x: int | float | None) -> int | float | None:
        if x is None:
            return None
        y = x / factor
        return int(round(y)) if y >= 100 or abs(y - round(y)) < 1e-9 else round(y, 2)

    value = NumberValue(low=part(b.value.low), high=part(b.value.high), unit=b.value.unit,
                        stated=part(b.value.stated), hedge="about", approximate=True)
    noun = counted_noun(text, b.end, sent[1])
    how = f"{b.text} divided by {display_value(m.value)} (\"{m.text}\")"
    return _claim(source, m, text, sent, entities, measure, noun, period, period_text, scope,
                  attribution, hedged, ctx, qualifiers, seen, derived=how, value=value, kind="count")
