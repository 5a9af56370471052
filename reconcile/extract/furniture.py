"""Page furniture: captions, bylines and bios, share counters, link lists, comment prompts,
sign-ups, copyright and cookie lines. Rules are data (``reconcile/data/furniture.toml``); a user
file with the same tables extends them.

Furniture is found line by line, so a span is always whole lines (without the newline).
"""

from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["FurnitureRules", "load_rules", "find_furniture", "DEFAULT_RULES_PATH"]

log = logging.getLogger(__name__)

DEFAULT_RULES_PATH = Path(__file__).resolve().parent.parent / "data" / "furniture.toml"

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_NAME_LINE = re.compile(r"^[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|van|de|von|der|bin|al)){1,4}$")
_DATE_LINE = re.compile(
    r"^(?:(?:Updated|Published|Posted)\s*:?\s*)?(?:(?:Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)\w*,?\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}/\d{1,2}/\d{2,4})(?:\s*[,|·-]?\s*\d{1,2}:\d{2}.*)?$"
)


_LONG = 400  # longer lines are body text: only credit rules (on the tail) apply
_TAIL = 120


@dataclass(frozen=True)
class FurnitureRules:
    """Compiled furniture rules."""

    lines: tuple[re.Pattern[str], ...]
    credits: tuple[re.Pattern[str], ...]
    standalone_max_chars: int
    paragraphs: tuple[re.Pattern[str], ...]
    headings: frozenset[str]
    max_entry_chars: int
    roles: frozenset[str]
    bylines: tuple[re.Pattern[str], ...]


def _read(path: Path) -> dict[str, dict[str, object]]:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _compile(patterns: list[str], where: str) -> list[re.Pattern[str]]:
    out = []
    for p in patterns:
        try:
            out.append(re.compile(p))
        except re.error as exc:  # a bad user regex is skipped, not fatal
            log.warning("furniture rule %r in %s is not a valid regex (%s); skipped", p, where, exc)
    return out


@lru_cache(maxsize=16)
def load_rules(path: Path | None = None) -> FurnitureRules:
    """Load the default rules, extended by the user file at ``path`` when given.

    A missing or unreadable user file is logged and ignored (extraction never raises).
    """
    tables = [_read(DEFAULT_RULES_PATH)]
    if path is not None:
        try:
            tables.append(_read(Path(path)))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            log.warning("furniture rules %s unreadable (%s); using the defaults", path, exc)

    def lst(table: str, key: str) -> list[str]:
        out: list[str] = []
        for t in tables:
            v = t.get(table, {}).get(key, [])
            if isinstance(v, list):
                out.extend(str(x) for x in v)
        return out

    def num(table: str, key: str, default: int) -> int:
        val = default
        for t in tables:
            v = t.get(table, {}).get(key)
            if isinstance(v, int):
                val = v
        return val

    return FurnitureRules(
        lines=tuple(_compile(lst("lines", "patterns"), "lines")),
        credits=tuple(_compile(lst("credits", "patterns"), "credits")),
        standalone_max_chars=num("credits", "standalone_max_chars", 70),
        paragraphs=tuple(_compile(lst("paragraphs", "patterns"), "paragraphs")),
        headings=frozenset(_norm_heading(h) for h in lst("headings", "phrases")),
        max_entry_chars=num("headings", "max_entry_chars", 140),
        roles=frozenset(r.lower() for r in lst("bylines", "roles")),
        bylines=tuple(_compile(lst("bylines", "patterns"), "bylines")),
    )


def _norm_heading(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("’", "'")).strip().rstrip(":").lower()


def _clean(line: str) -> str:
    if "](" in line:
        line = _LINK.sub(r"\1", line)
    if "**" in line or "__" in line:
        line = line.replace("**", "").replace("__", "")
    return line.strip().lstrip("#>*_-[ \t").rstrip("*_] \t")


def _prose(line: str) -> bool:
    """A line that reads like body text (a long sentence), ending a link list."""
    words = line.split()
    return len(words) > 16 and line.rstrip().endswith((".", "\u201d", '"', "!", "?"))


def find_furniture(
    text: str, start: int = 0, end: int | None = None, rules: FurnitureRules | Path | None = None
) -> list[tuple[int, int]]:
    """Return sorted, merged half-open spans of page furniture inside ``text[start:end]``."""
    if not isinstance(rules, FurnitureRules):
        rules = load_rules(rules)
    n = len(text)
    end = n if end is None else max(0, min(end, n))
    start = max(0, min(start, end))
    lines: list[tuple[int, int, str]] = []  # (start, end, cleaned) of every line, blank too
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        le = end if nl < 0 else nl
        raw = text[pos:le]
        s0 = pos + (len(raw) - len(raw.lstrip()))
        e0 = pos + len(raw.rstrip())
        lines.append((s0, max(s0, e0), _clean(raw)))
        if nl < 0:
            break
        pos = nl + 1
    marked = [False] * len(lines)
    nonblank = [i for i, (_, _, c) in enumerate(lines) if c]
    prev_of: dict[int, int] = {b: a for a, b in zip(nonblank, nonblank[1:], strict=False)}
    next_of: dict[int, int] = {a: b for a, b in zip(nonblank, nonblank[1:], strict=False)}
    for i in nonblank:
        c = lines[i][2]
        if _norm_heading(c) in rules.headings:
            marked[i] = True
            k = next_of.get(i)
            while k is not None:
                ck = lines[k][2]
                if len(ck) > rules.max_entry_chars or _prose(ck):
                    break
                marked[k] = True
                k = next_of.get(k)
            continue
        # furniture lines are short; on a long body line only its tail can hold a credit
        if len(c) <= _LONG and (any(p.search(c) for p in rules.lines)
                                or any(p.search(c) for p in rules.bylines)):
            marked[i] = True
            continue
        tail = c[-_TAIL:]
        if (len(c) < 60 or "/" in tail or "(" in tail or " via " in tail or " by " in tail) \
                and any(p.search(tail) for p in rules.credits):
            marked[i] = True
            j = i - 1
            if len(c) <= rules.standalone_max_chars and j >= 0 and lines[j][2]:
                marked[j] = True  # the photo description right above a lone credit
            continue
        if (i == 0 or not lines[i - 1][2]) and any(p.match(c) for p in rules.paragraphs):
            k = i
            while k < len(lines) and lines[k][2]:
                marked[k] = True
                k += 1
            continue
        if c.lower() in rules.roles or c.split("|")[0].strip().lower() in rules.roles:
            p = prev_of.get(i)
            if p is not None and _NAME_LINE.match(lines[p][2]):
                marked[i] = marked[p] = True
                name = lines[p][2].split()
                k = next_of.get(i)
                if k is not None and lines[k][2].startswith((name[0], " ".join(name))):
                    while k < len(lines) and lines[k][2]:
                        marked[k] = True
                        k += 1
    spans: list[tuple[int, int]] = []
    for i, (s0, e0, _) in enumerate(lines):
        if marked[i] and e0 > s0:
            if spans and not text[spans[-1][1]:s0].strip():
                spans[-1] = (spans[-1][0], e0)
            else:
                spans.append((s0, e0))
    return spans
