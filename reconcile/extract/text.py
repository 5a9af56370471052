"""Sentence and paragraph spans: half-open character offsets into the whole text.

Rules, in order of strength:

* a blank line ends a paragraph and a sentence; a Markdown heading (``# ...``) or list item
  line (``- ``, ``* ``, ``1. ``) starts a new sentence and is a paragraph of its own;
* ``.``, ``!`` or ``?`` (with closing quotes/brackets) followed by whitespace and a capital,
  digit or opening quote ends a sentence, unless the word before the dot is a known
  abbreviation ("U.S.", "Jan.", "Calif.", "D.C.", "Inc.", "Mr.") or a single initial ("H.").
  Abbreviations that often close a sentence (``U.S.``, ``Inc.``, ``D.C.``) still end one when
  the next word is a common sentence opener ("The", "In", "But", ...).
"""

from __future__ import annotations

import re

__all__ = ["sentences", "paragraphs"]

# Never end a sentence (titles, months, states, "No.", initials handled separately).
_TITLE_ABBREV = frozenset(
    """Mr Mrs Ms Dr Prof Gov Sen Rep Gen Lt Col Sgt Capt Cmdr Adm Maj Cpl Pvt Rev Hon St Sr Jr
    Fr Pres Supt Det Insp Atty Amb Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos vs
    Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo
    Mont Neb Nev Okla Ore Pa Penn Tenn Tex Vt Va Wash Wis Wyo Mt Ft Ave Blvd Rd approx est
    e.g i.e cf al Fig Vol pp p ed eds""".split()
)
# Usually part of a sentence but may close one: end only before a common opener.
_SOFT_ABBREV = frozenset(
    """U.S U.K U.N E.U D.C N.Y N.J N.C N.H N.M N.D S.C S.D R.I W.Va L.A U.S.A Inc Co Corp Ltd
    Bros LLC Plc a.m p.m etc Jr Sr""".split()
)
_OPENERS = frozenset(
    """The A An In On At It He She They We I But And This That These Those His Her Its Their
    There According Last Since However Under After Before While When As For If Our Some Many
    Most What Who Why How Meanwhile Still Yet Also Officials Earlier Later Then""".split()
)

_BREAK = re.compile(
    r"""(?=[\n.!?…\# \t])(?:(?P<blank>\n[ \t]*\n\s*)"""
    r"""|(?P<line>\n(?=[ \t]*(?:\#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s)))"""
    r"""|(?P<head>(?<=\n)[ \t]*\#{1,6}\s[^\n]*|\A[ \t]*\#{1,6}\s[^\n]*)"""
    r"""|(?P<punct>[.!?…]+["'”’)\]]*)(?=\s+["'“‘(\[]?[A-Z0-9#*\-]))""",
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\Z")
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]?([A-Za-z]+)")


def _is_abbrev(text: str, dot: int, next_pos: int) -> bool:
    """True when the '.' at ``dot`` belongs to an abbreviation and does not end a sentence."""
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1).rstrip(".")
    if len(word) == 1 and word.isupper():
        return True  # an initial: "Martin H. Simon"
    if word in _TITLE_ABBREV:
        return True
    if word in _SOFT_ABBREV or "." in word:  # dotted: "U.S.", "D.C.", "U.S.C."
        nm = _NEXT_WORD.match(text, next_pos)
        return not (nm and nm.group(1) in _OPENERS)
    return False


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return half-open spans of the sentences inside ``text[start:end]``, whitespace trimmed.

    Never raises; an empty or blank region gives an empty list.
    """
    n = len(text)
    end = n if end is None else max(0, min(end, n))
    start = max(0, min(start, end))
    cuts: list[tuple[int, int]] = []  # (end of a sentence, start of the next)
    for m in _BREAK.finditer(text, start, end):
        kind = m.lastgroup
        if kind == "punct":
            dot = m.start()
            if text[dot] == "." and m.end() - dot == 1 and _is_abbrev(text, dot, m.end()):
                continue
            cuts.append((m.end(), m.end()))
        elif kind == "head":
            cuts.append((m.start(), m.start()))
            cuts.append((m.end(), m.end()))
        else:
            cuts.append((m.start(), m.end()))
    spans: list[tuple[int, int]] = []
    pos = start
    for cut_end, nxt in cuts:
        _add(text, pos, cut_end, spans)
        pos = max(pos, nxt)
    _add(text, pos, end, spans)
    return spans


def _add(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))


_PARA = re.compile(r"\n[ \t]*\n\s*|\n(?=[ \t]*\#{1,6}\s)|(?<=\n)(?=[ \t]*\#{1,6}\s)")
_HEAD_END = re.compile(r"(?m)^[ \t]*\#{1,6}\s[^\n]*")


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return half-open spans of the paragraphs in ``text[start:end]``: blocks between blank
    lines; a Markdown heading line is a paragraph of its own.
    """
    n = len(text)
    end = n if end is None else max(0, min(end, n))
    start = max(0, min(start, end))
    cuts: list[tuple[int, int]] = [(m.start(), m.end()) for m in _PARA.finditer(text, start, end)]
    for m in _HEAD_END.finditer(text, start, end):
        cuts.append((m.end(), m.end()))
    cuts.sort()
    spans: list[tuple[int, int]] = []
    pos = start
    for cut_end, nxt in cuts:
        if cut_end >= pos:
            _add(text, pos, cut_end, spans)
            pos = max(pos, nxt)
    _add(text, pos, end, spans)
    return spans
