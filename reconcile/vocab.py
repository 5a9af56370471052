"""Domain vocabulary loaded from data files: entity aliases and event classes.

The bundled files (``reconcile/data/``) hold general English; a project adds its own files
(``aliases`` and ``events`` in ``[tool.reconcile]``), whose entries extend the bundled ones.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

from reconcile.errors import ConfigError


@dataclass(frozen=True)
class EventClass:
    name: str
    words: tuple[str, ...]
    comparable: frozenset[str] = frozenset()
    evolving: bool = False
    weak: bool = False  # generic ("announce", "report"): sharing it says little about the fact
    once: bool = False  # happens once to whom it happens ("founded", "born"): one date per entity
    same: frozenset[str] = frozenset()  # classes that name the same measure ("cost" and "budget")
    speech: bool = False  # reporting verbs ("said"): the dates they govern are when someone spoke


@dataclass(frozen=True)
class Entity:
    id: str
    kind: str
    names: tuple[str, ...]
    acronyms: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return self.names[0] if self.names else (self.acronyms[0] if self.acronyms else self.id)


@dataclass(frozen=True)
class Vocabulary:
    """Entities and event classes with compiled matchers."""

    entities: dict[str, Entity]
    events: dict[str, EventClass]
    _entity_re: re.Pattern[str] = field(repr=False)
    _acronym_re: re.Pattern[str] | None = field(repr=False)
    _entity_of: dict[str, str] = field(repr=False)
    _event_re: re.Pattern[str] = field(repr=False)
    _event_of: dict[str, str] = field(repr=False)
    _qualifier_re: re.Pattern[str] | None = field(repr=False, default=None)
    _whole_re: re.Pattern[str] | None = field(repr=False, default=None)
    _part_re: re.Pattern[str] | None = field(repr=False, default=None)

    _qualifier_of: dict[str, str] = field(repr=False, default_factory=dict)
    _qualifier_mode: dict[str, str] = field(repr=False, default_factory=dict)
    units: dict[str, tuple[str, float, str]] = field(repr=False, default_factory=dict)
    person_nouns: frozenset[str] = field(repr=False, default_factory=frozenset)
    role_nouns: frozenset[str] = field(repr=False, default_factory=frozenset)
    table_nouns: frozenset[str] = field(repr=False, default_factory=frozenset)
    stage_nouns: frozenset[str] = field(repr=False, default_factory=frozenset)
    kin_nouns: frozenset[str] = field(repr=False, default_factory=frozenset)
    _state_re: re.Pattern[str] | None = field(repr=False, default=None)
    cap_nouns: frozenset[str] = field(repr=False, default_factory=frozenset)
    _origin_re: re.Pattern[str] | None = field(repr=False, default=None)
    _thing_of: dict[str, str] = field(repr=False, default_factory=dict)
    _dimension_re: re.Pattern[str] | None = field(repr=False, default=None)
    _dimension_of: dict[str, str] = field(repr=False, default_factory=dict)
    area_nouns: frozenset[str] = field(repr=False, default_factory=frozenset)
    part_nouns: frozenset[str] = field(repr=False, default_factory=frozenset)
    _synonym_of: dict[str, str] = field(repr=False, default_factory=dict)
    group_nouns: frozenset[str] = field(repr=False, default_factory=frozenset)
    peak_nouns: frozenset[str] = field(repr=False, default_factory=frozenset)

    def _thing_group(self, word: str) -> str | None:
        w = word.lower()
        return self._thing_of.get(w) or (self._thing_of.get(w[:-1]) if w.endswith("s") else None)

    def thing(self, word: str) -> str:
        """The group a noun of a thing (or its plural) belongs to (``[things]`` in the event data:
        "refinery" -> "facility", "gates" -> "structure"), or the word itself."""
        return self._thing_group(word) or word.lower()

    def same_noun(self, a: str, b: str) -> bool:
        """Whether two head nouns name one kind of thing in other words (``[synonyms]`` in the
        event data: "swap" and "exchanges", "chicks" and "young"); plurals count."""
        ga, gb = self._synonym_group(a), self._synonym_group(b)
        return ga is not None and ga == gb

    def _synonym_group(self, word: str) -> str | None:
        w = word.lower()
        for form in (w, w[:-3] + "y" if w.endswith("ies") else "", w[:-2] if w.endswith("es") else "",
                     w[:-1] if w.endswith("s") else ""):
            if form and form in self._synonym_of:
                return self._synonym_of[form]
        return None

    def knows_thing(self, word: str) -> bool:
        """Whether ``[things]`` lists the noun (or its singular)."""
        return self._thing_group(word) is not None

    def lasting_state(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] speaks of a state that lasts until it ends ("still without
        power", "still missing"): ``[states] after_still`` in the event data."""
        return self._state_re is not None and self._state_re.search(text, start, end) is not None

    def origin_before(self, text: str, start: int, end: int) -> bool:
        """Whether the words right before a date (text[start:end] ending at it) say the date is
        when something came into being: "opened in 1971", "was built in 2009", "in service since
        1985" (``[origin] words`` in the event data; at most three words between)."""
        if self._origin_re is None:
            return False
        return any(_ORIGIN_GAP.fullmatch(text, m.end(), end) for m in self._origin_re.finditer(text, start, end))

    def dimension_after(self, text: str, pos: int) -> str | None:
        """The extent a length measures when its unit (the next word after ``pos``, where the
        figure ends) is followed by a ``[dimension]`` word: "24 metres across" -> "width", "30
        metres tall" -> "height"; None otherwise."""
        if self._dimension_re is None:
            return None
        m = self._dimension_re.match(text, pos)
        return self._dimension_of.get(" ".join(m.group(1).lower().split())) if m else None

    def unit_of(self, noun: str | None) -> tuple[str, float, str] | None:
        """(dimension, factor, base unit) when a counted noun starts with a known unit."""
        if not noun:
            return None
        words = noun.lower().split()
        for n in (2, 1):
            key = " ".join(words[:n])
            if len(words) >= n and key in self.units:
                return self.units[key]
        return None

    def qualifiers(self, text: str, start: int, end: int, *, figure_end: int | None = None,
                   sentence: tuple[int, int] | None = None) -> tuple[str, ...]:
        """The measure qualifier groups that belong to a figure, sorted, deduplicated.

        Ordinary groups count inside text[start:end] (the figure's own words); ``adjacent``
        groups only within three words after the figure with no comma between; ``sentence``
        groups anywhere in the sentence.
        """
        if self._qualifier_re is None:
            return ()
        found: set[str] = set()
        tail = re.match(r"[^,;:.]{0,40}", text[figure_end:figure_end + 40]) if figure_end is not None else None
        words = tail.group(0) if tail else ""
        for m in self._qualifier_re.finditer(text, start, end):
            word = _normalize_word(m.group(0))
            group = self._qualifier_of.get(word)
            if group and self._qualifier_mode.get(group, "window") == "window":
                if group.startswith("per_") and word.startswith(("a ", "per ")) and not (
                        figure_end is not None and figure_end <= m.start() <= figure_end + len(words)
                        and len(text[figure_end:m.start()].split()) <= 3):
                    continue  # a rate ("a week", "per year") is the figure's only right after it
                after = _NEXT_WORD.match(text, m.end())
                if word == "final" and after is not None and after.group(1).lower() in self.stage_nouns:
                    continue  # "in the final round": a stage, not a final count
                if word == "maximum" and after is not None and after.group(1).lower() in self.cap_nouns:
                    continue  # "a maximum fine of 5 million": a limit, as "fines of up to", not a peak
                if word == "paid" and after is not None and after.group(1).lower() == "for":
                    continue  # "The £4.7m project was paid for by a grant": what paid for it, not a price
                if word == "confirmed" and after is not None and after.group(1).lower() in _CLAUSE_OPENERS:
                    # "confirmed the building was insured for 5.9 million": a verb reporting a
                    # clause, not a kind of figure ("42 confirmed cases", "were confirmed")
                    continue
                than = _THAN_BEFORE.search(text, max(0, m.start() - 40), m.start())
                if than and not (figure_end is not None and than.start() < figure_end <= m.start()):
                    # "higher than pollsters expected": a comparison, not the figure's kind (but in
                    # "three more than the 76 needed" the word after the figure is its own)
                    continue
                found.add(group)
        if figure_end is not None:
            for m in self._qualifier_re.finditer(words):
                word = _normalize_word(m.group(0))
                group = self._qualifier_of.get(word)
                rate = group is not None and group.startswith("per_") and word.startswith(("a ", "per "))
                if group and (self._qualifier_mode.get(group) == "adjacent" or rate) and \
                        len(words[:m.start()].split()) <= 3 and not _TIME_BEFORE.search(words[:m.start()]):
                    found.add(group)
        if sentence is not None:
            for m in self._qualifier_re.finditer(text, *sentence):
                group = self._qualifier_of.get(_normalize_word(m.group(0)))
                if group and self._qualifier_mode.get(group) == "sentence":
                    found.add(group)
        return tuple(sorted(found))

    def scope_words(self, text: str, start: int, end: int) -> tuple[str | None, str | None]:
        """(whole-scope word, part-scope word) in text[start:end], if any."""
        whole = self._whole_re.search(text, start, end) if self._whole_re else None
        part = self._part_re.search(text, start, end) if self._part_re else None
        return (_normalize_word(whole.group(0)) if whole else None,
                _normalize_word(part.group(0)) if part else None)

    def find_entities(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """(start, end, entity id) of every alias in text[start:end], offsets into ``text``."""
        end = len(text) if end is None else end
        found = [
            (m.start(), m.end(), self._entity_of[m.group(0).lower()])
            for m in self._entity_re.finditer(text, start, end)
        ]
        if self._acronym_re is not None:
            found.extend(
                (m.start(), m.end(), self._entity_of["\x00" + m.group(0)])
                for m in self._acronym_re.finditer(text, start, end)
            )
        return sorted(found)

    def find_events(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """(start, end, event class) of every event word in text[start:end]."""
        end = len(text) if end is None else end
        out = []
        for m in self._event_re.finditer(text, start, end):
            word = _normalize_word(m.group(0))
            name = self._event_of.get(word)
            if name is not None and not _in_name(text, m.start(), m.end()):
                out.append((m.start(), m.end(), name))
        return out

    def comparable(self, a: str | None, b: str | None) -> bool:
        """Whether two event classes are the same or declared comparable measures."""
        if a is None or b is None:
            return False
        if self.canonical(a) == self.canonical(b):
            return True
        if a not in self.events or b not in self.events:
            return False  # a verb the vocabulary does not list ("verb:erupt") is comparable to itself only
        return b in self.events[a].comparable or a in self.events[b].comparable

    def weak(self, name: str | None) -> bool:
        return name is not None and name in self.events and self.events[name].weak

    def speech(self, name: str | None) -> bool:
        """Whether the class is a reporting verb: its dates say when someone spoke."""
        return name is not None and name in self.events and self.events[name].speech

    def evolving(self, name: str | None) -> bool:
        return name is not None and name in self.events and self.events[name].evolving

    def canonical(self, name: str | None) -> str | None:
        """One name for classes the vocabulary declares the same measure (``same``), else ``name``."""
        return self._canonical.get(name, name) if name is not None else None

    @cached_property
    def _canonical(self) -> dict[str, str]:
        """Each event class -> the least name of the classes ``same`` joins it to (computed once)."""
        parent = {k: k for k in self.events}

        def find(x: str) -> str:
            while parent[x] != x:
                x = parent[x]
            return x

        for key, event in self.events.items():
            for other in event.same:
                if other in self.events:
                    a, b = find(key), find(other)
                    parent[max(a, b)] = min(a, b)
        return {k: find(k) for k in self.events}

    def once(self, name: str | None) -> bool:
        """Whether the event happens once to whom it happens (a founding, a birth)."""
        return name is not None and name in self.events and self.events[name].once


# "a fall of 3.8 percentage points on the year before": a time, not what a figure leaves out
_TIME_BEFORE = re.compile(r"\b(?:year|month|week|day|night|quarter|season|decade|years|months|weeks|days)\s+\Z", re.I)
_CLAUSE_OPENERS = frozenset("that the a an its his her their it this these those he she they we".split())
_NEXT_WORD = re.compile(r"\s+(\w+)\b")
_THAN_BEFORE = re.compile(r"\bthan(?:\s+[\w'’-]+){0,3}\s+\Z", re.I)


_LOWER_WORD_BEFORE = re.compile(r"\b[a-z][\w'’-]*\s+\Z")
_CAPITAL_WORD_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _in_name(text: str, start: int, end: int) -> bool:
    """Whether an event word begins a capitalized name in running text ("at 7pm on Cross Street",
    "in Rise Park"): after a lower-case word and before a capitalized one. A title-case headline
    ("Board Votes To Raise Tolls") has no lower-case word before it."""
    return text[start].isupper() and bool(_LOWER_WORD_BEFORE.search(text, max(0, start - 30), start)) \
        and bool(_CAPITAL_WORD_AFTER.match(text, end))


def _normalize_word(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("’", "'"))


def _inflections(word: str) -> set[str]:
    """The word and its regular inflections, so a base form in the data matches its variants."""
    forms = {word}
    if " " in word or "-" in word:
        head, _, rest = word.partition(" ")
        if rest:
            return {f"{h} {rest}" for h in _inflections(head)}
        return forms
    forms.add(word + "s")
    if word.endswith("e"):
        forms.update({word + "d", word[:-1] + "ing"})
    elif word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms.update({word[:-1] + "ies", word[:-1] + "ied"})
    else:
        forms.update({word + "ed", word + "ing", word + "es"})
        if len(word) >= 3 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
            # a final consonant after one vowel doubles: "stop" -> "stopped", "begin" -> "beginning"
            forms.update({word + word[-1] + "ed", word + word[-1] + "ing"})
    return forms


# Between an origin word and its date: "opened in 1971", "was completed in early 1974", "since
# January 1998"; no clause break.
_ORIGIN_GAP = re.compile(r"(?:\s+(?:[a-z]+|\d{1,2})){0,3}\s+")


def _after_still(words: list[str]) -> re.Pattern[str] | None:
    """"still" followed by one of ``words`` ("still without", "still in hospital")."""
    if not words:
        return None
    return re.compile(r"\bstill\s+(?:" + _alternation(sorted(set(words))) + r")(?![\w-])", re.I)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))


def _read_toml(path: Path) -> dict[str, object]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError("E302", path=path, detail=str(exc)) from exc


def _bundled(name: str) -> dict[str, object]:
    text = resources.files("reconcile.data").joinpath(name).read_text(encoding="utf-8")
    return tomllib.loads(text)


def _merge(base: dict[str, dict[str, object]], extra: dict[str, object], path: Path, section: str) -> None:
    table = extra.get(section, {})
    if not isinstance(table, dict):
        raise ConfigError("E302", path=path, detail=f"[{section}] must be a table of tables")
    for key, entry in table.items():
        if not isinstance(entry, dict):
            raise ConfigError("E302", path=path, detail=f"[{section}.{key}] must be a table")
        current = dict(base.get(key, {}))
        for field_name, value in entry.items():
            if isinstance(value, list) and isinstance(current.get(field_name), list):
                current[field_name] = [*current[field_name], *value]  # type: ignore[misc]
            else:
                current[field_name] = value
        base[key] = current


@lru_cache(maxsize=16)
def load_vocabulary(aliases: Path | None = None, events: Path | None = None) -> Vocabulary:
    """Bundled vocabulary extended by the project's alias and event files (when they exist).

    Raises ConfigError E302 for a data file that is not valid TOML or has the wrong shape.
    """
    entity_tables: dict[str, dict[str, object]] = {}
    event_tables: dict[str, dict[str, object]] = {}
    _merge(entity_tables, _bundled("aliases.toml"), Path("reconcile/data/aliases.toml"), "entity")
    _merge(event_tables, _bundled("events.toml"), Path("reconcile/data/events.toml"), "class")
    if aliases is not None and aliases.is_file():
        _merge(entity_tables, _read_toml(aliases), aliases, "entity")
    if events is not None and events.is_file():
        _merge(event_tables, _read_toml(events), events, "class")

    entities: dict[str, Entity] = {}
    entity_of: dict[str, str] = {}
    for key in sorted(entity_tables):
        t = entity_tables[key]
        names = tuple(str(n) for n in t.get("names", []))  # type: ignore[union-attr,attr-defined]
        acronyms = tuple(str(n) for n in t.get("acronyms", []))  # type: ignore[union-attr,attr-defined]
        entities[key] = Entity(key, str(t.get("kind", "other")), names, acronyms)
        for name in names:
            entity_of.setdefault(name.lower().replace("’", "'"), key)
            entity_of.setdefault(name.lower(), key)
        for acro in acronyms:
            entity_of.setdefault("\x00" + acro, key)
    name_words = [n for n in entity_of if not n.startswith("\x00")]
    acronym_words = [n[1:] for n in entity_of if n.startswith("\x00")]
    entity_re = re.compile(r"(?<![\w.])(?:" + _alternation(name_words) + r")(?!\w)", re.I)
    acronym_re = (
        re.compile(r"(?<![\w.])(?:" + _alternation(acronym_words) + r")(?![\w])") if acronym_words else None
    )

    events_out: dict[str, EventClass] = {}
    event_of: dict[str, str] = {}
    for key in sorted(event_tables):
        t = event_tables[key]
        words = tuple(str(w).lower() for w in t.get("words", []))  # type: ignore[union-attr,attr-defined]
        events_out[key] = EventClass(
            key, words, frozenset(str(c) for c in t.get("comparable", [])),  # type: ignore[union-attr,attr-defined]
            bool(t.get("evolving", False)), bool(t.get("weak", False)), bool(t.get("once", False)),
            frozenset(str(c) for c in t.get("same", [])),  # type: ignore[union-attr,attr-defined]
            bool(t.get("speech", False)),
        )
    # Explicit words win over inflections of other words; first class (sorted) wins ties.
    for key in sorted(events_out):
        for word in events_out[key].words:
            event_of.setdefault(word, key)
    for key in sorted(events_out):
        for word in events_out[key].words:
            for form in _inflections(word):
                event_of.setdefault(form, key)
    event_re = re.compile(r"(?<![\w-])(?:" + _alternation(list(event_of)) + r")(?![\w-])", re.I)
    bundled_events = _bundled("events.toml")
    extra_events = _read_toml(events) if events is not None and events.is_file() else {}

    def listed(section: str, key: str) -> list[str]:
        out: list[str] = []
        for table in (bundled_events, extra_events):
            entry = table.get(section, {})
            if isinstance(entry, dict):
                out.extend(str(w).lower() for w in entry.get(key, []))
        return out

    def matcher(items: list[str]) -> re.Pattern[str] | None:
        if not items:
            return None
        return re.compile(r"(?<![\w-])(?:" + _alternation(sorted(set(items))) + r")(?![\w-])", re.I)

    qualifier_of: dict[str, str] = {}
    qualifier_mode: dict[str, str] = {}
    for table in (bundled_events, extra_events):
        groups = table.get("qualifier", {})
        if isinstance(groups, dict):
            for name in sorted(groups):
                entry = groups[name]
                mode = "sentence" if entry.get("sentence") else ("adjacent" if entry.get("adjacent") else "window")
                qualifier_mode.setdefault(name, mode)
                for word in entry.get("words", []):
                    qualifier_of.setdefault(_normalize_word(str(word)), name)
    dimension_of: dict[str, str] = {}
    for table in (bundled_events, extra_events):
        dims = table.get("dimension", {})
        if isinstance(dims, dict):
            for name in sorted(dims):
                for word in dims[name]:
                    dimension_of.setdefault(" ".join(str(word).lower().split()), str(name))
    dimension_re = re.compile(r"[\s-]*[a-zA-Z.]+[\s-]+(" + _alternation(sorted(dimension_of)) + r")(?![\w-])",
                              re.I) if dimension_of else None
    units: dict[str, tuple[str, float, str]] = {}
    for table in (bundled_events, extra_events):
        dims = table.get("unit", {})
        if isinstance(dims, dict):
            for dim in sorted(dims):
                entries = list(dims[dim].items())
                base = entries[0][0] if entries else dim
                for word, factor in entries:
                    units.setdefault(str(word).lower(), (dim, float(factor), base))
    return Vocabulary(entities, events_out, entity_re, acronym_re, entity_of, event_re, event_of,
                      matcher(list(qualifier_of)), matcher(listed("scope", "whole")),
                      matcher(listed("scope", "part")), qualifier_of, qualifier_mode, units,
                      frozenset(listed("nouns", "person")), frozenset(listed("nouns", "role")),
                      frozenset(listed("nouns", "table")), frozenset(listed("nouns", "stage")),
                      frozenset(listed("nouns", "kin")), _after_still(listed("states", "after_still")),
                      frozenset(listed("nouns", "cap")), matcher(listed("origin", "words")), _things(
                          bundled_events, extra_events), dimension_re, dimension_of,
                      frozenset(listed("nouns", "area")), frozenset(listed("nouns", "place_part")),
                      _groups("synonyms", bundled_events, extra_events), frozenset(listed("nouns", "group")),
                      frozenset(listed("nouns", "peak")))


def _things(*tables: dict[str, object]) -> dict[str, str]:
    """Noun -> the name of its ``[things]`` group (the first group that lists it)."""
    return _groups("things", *tables)


def _groups(section: str, *tables: dict[str, object]) -> dict[str, str]:
    """Word -> the name of its group in a section of named word lists (the first group that
    lists it)."""
    out: dict[str, str] = {}
    for table in tables:
        groups = table.get(section, {})
        if isinstance(groups, dict):
            for name in sorted(groups):
                for word in groups[name]:
                    out.setdefault(str(word).lower(), str(name))
    return out
