"""Tabular claims: load CSV / TSV / JSON Lines, normalize values per attribute type, fuse.

A table has one claim per row with columns ``source``, ``item``, ``attribute``, ``value``
(optionally ``time`` and ``unit``), or any columns named through a mapping such as
``{"source": "src", "item": "obj", "value": "value"}`` with a fixed attribute. A mapping may
name several value columns (``"value": "dep|arr"``); each column is then an attribute.

Values are compared after normalization by attribute type:

- ``time``: wall-clock time as ``HH:MM`` (24-hour) from "12/01/2011 02:07 PM",
  "12/1/2011 2:07PM EST", "12/1/11 2:06 PM (-05:00)", "7:10 a.m.", "Dec 1 - 2:07pm",
  "2:07 PMDec 01", "1:55pDec 1", "12:00noon"... The date and the zone are dropped: sources that
  give no zone cannot be converted, so the local time as written is what they share.
- ``number``: thousands separators, "1.2 million", "12k".
- ``names``: a list of people as the sorted tuple of last names ("Knuth, Donald E." and
  "Donald Knuth" agree).
- ``text`` (also places and codes): Unicode-normalized, case-folded, whitespace collapsed.

Unparseable time or number cells ("Not Available") are not claims; they are counted and logged.

The optional ``time`` column says *when* a value holds (a year, a date: "population of Antioch
in 2000"). Rows of one item and attribute at different times are different cells, fused apart
(the fused table then has a ``time`` column), and they form a series: a figure claimed verbatim
for two times of one series weighs less at each (``discover(times=...)``; a quantity that
changes is rarely the same at two times, a figure copied from another year's row is likelier).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import logging
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from reconcile.errors import InputError
from reconcile.truth import (
    Similarity,
    TruthClaim,
    TruthResult,
    TruthSettings,
    ancestors_of,
    discover,
)

logger = logging.getLogger(__name__)

ValueType = Literal["time", "number", "names", "text"]
COLUMNS = ("source", "item", "attribute", "value", "time", "unit")
FUSED_COLUMNS = ("item", "attribute", "value", "confidence", "support", "against")


@dataclass(frozen=True, slots=True)
class TableClaim:
    """One row of a claims table, values as written."""

    source: str
    item: str
    attribute: str
    value: str
    time: str = ""
    unit: str = ""
    row: int = 0


@dataclass(frozen=True, slots=True)
class FusedRow:
    """One reconciled cell: the chosen value, its confidence, the sources for and against."""

    item: str
    attribute: str
    value: str
    confidence: float
    support: str
    against: str
    time: str = ""  # the time the value holds at, from the table's ``time`` column


# ---------------------------------------------------------------------------------------------
# Normalizers
# ---------------------------------------------------------------------------------------------

_CLOCK = re.compile(
    r"(?<![\d+\-:.])(\d{1,2})(?::|\.(?=\d\d\s*[AaPp]))(\d{2})(?::\d{2})?"
    r"\s*(?:([AaPp])(?:\.?\s?[Mm])?\.?(?![a-z])|([Nn]oon)|([Mm]idnight))?"
)


def normalize_time(text: str) -> str | None:
    """Wall-clock time as ``HH:MM`` (24-hour), or None when no time is found.

    >>> normalize_time("12/1/11 2:06 PM (-05:00)")
    '14:06'
    """
    match = _CLOCK.search(text)
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    meridiem = match.group(3)
    if minute > 59 or hour > 24:
        return None
    if meridiem is not None:
        if not 1 <= hour <= 12:
            return None
        if meridiem in "Pp":
            hour = hour % 12 + 12
        else:
            hour = hour % 12
    elif match.group(4):
        hour = 12 if hour in (12, 0) else hour
    elif match.group(5):
        hour = 0 if hour in (12, 0) else hour
    hour %= 24
    return f"{hour:02d}:{minute:02d}"


_MULTIPLIERS = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
}
_NUMBER = re.compile(
    r"^[^\d\-+.]*([-+]?(?:\d{1,3}(?:[,\u00a0\u202f' _]\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+)"
    r"\s*([A-Za-z]+)?"
)


def normalize_number(text: str) -> int | float | None:
    """A number from "1,583", "1 583", "1.2 million", "12k"; None when there is none."""
    match = _NUMBER.match(text.strip())
    if match is None:
        return None
    digits = re.sub(r"[,\u00a0\u202f' _]", "", match.group(1))
    try:
        number = float(digits)
    except ValueError:
        return None
    word = (match.group(2) or "").lower()
    number *= _MULTIPLIERS.get(word, 1.0)
    if not math.isfinite(number):
        return None
    return int(number) if number == int(number) and abs(number) < 2**53 else number


def normalize_text(text: str) -> str | None:
    """Unicode NFKC, case-folded, whitespace collapsed, outer punctuation stripped.

    None for a cell without a letter or digit ("-", "--"): a placeholder, not a value.
    """
    folded = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    folded = folded.strip(" .,;:\"'")
    if not any(c.isalnum() for c in folded):
        return None  # "-", "--", "?": a placeholder, not a value
    return folded


_NAME_NOISE = re.compile(
    r"\((?:[^)]*)\)|\b(?:eds?|editors?|edited by|by|et al|translated by|illustrated by|"
    r"foreword by|introduction by|compiler|contributor)\b\.?|\d+",
    re.IGNORECASE,
)
_NAME_SUFFIX = {"jr", "sr", "ii", "iii", "iv", "phd", "md", "dr", "prof", "mr", "mrs", "ms"}
_NULLS = {"", "not available", "n/a", "na", "none", "unknown", "-", "--", "null"}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z][a-z'\-]*", _fold(text)) if w not in _NAME_SUFFIX]


def _last_of_first_last(part: str) -> str | None:
    words = [w for w in _words(part) if len(w) > 1]
    return words[-1] if words else None


def normalize_names(text: str) -> tuple[str, ...] | None:
    """A list of people as the sorted tuple of their last names, or None when empty.

    >>> normalize_names("Knuth, Donald E.; Graham, Ronald")
    ('graham', 'knuth')
    >>> normalize_names("Donald E. Knuth and Oren Patashnik")
    ('knuth', 'patashnik')
    """
    if _fold(text).strip() in _NULLS:
        return None
    text = _NAME_NOISE.sub(" ", text)
    lasts: list[str] = []
    parts = [p for p in re.split(r";|\band\b|&|/|\|", text) if p.strip(" ,.")]
    if len(parts) > 1:
        for part in parts:
            if "," in part:
                lasts.extend(w for w in _words(part.split(",", 1)[0])[-1:])
            else:
                last = _last_of_first_last(part)
                if last:
                    lasts.append(last)
    else:
        pieces = [p for p in text.split(",") if p.strip(" .")]
        if len(pieces) == 1:
            last = _last_of_first_last(pieces[0])
            if last:
                lasts.append(last)
        elif all(len(_words(p)) >= 2 for p in pieces):
            # "Donald Knuth, Ronald Graham": a list of "First Last"
            for piece in pieces:
                last = _last_of_first_last(piece)
                if last:
                    lasts.append(last)
        else:
            # "Knuth, Donald E." or "Knuth, Donald, Graham, Ronald": "Last, First" pairs
            for piece in pieces[::2]:
                words = _words(piece)
                if words:
                    lasts.append(words[-1])
    result = tuple(sorted(set(lasts)))
    return result or None


NORMALIZERS: dict[str, Callable[[str], Hashable | None]] = {
    "time": normalize_time,
    "number": normalize_number,
    "names": normalize_names,
    "text": normalize_text,
}


def detect_type(values: Sequence[str]) -> ValueType:
    """Guess an attribute's type from a sample of its cells (time, number, else text)."""
    sample = [v for v in values[:2000] if v.strip()]
    if not sample:
        return "text"
    times = sum(1 for v in sample if normalize_time(v) is not None)
    if times >= 0.8 * len(sample):
        return "time"
    numbers = sum(1 for v in sample if re.fullmatch(r"\s*[-+]?[\d,.\s]+\s*", v))
    if numbers >= 0.9 * len(sample):
        return "number"
    return "text"


# ---------------------------------------------------------------------------------------------
# Similarity kernels
# ---------------------------------------------------------------------------------------------


def time_similarity(a: Any, b: Any, *, window: float = 10.0) -> float:
    """1 for equal ``HH:MM`` times, falling linearly to 0 at ``window`` minutes apart."""
    try:
        ma = int(a[:2]) * 60 + int(a[3:5])
        mb = int(b[:2]) * 60 + int(b[3:5])
    except (TypeError, ValueError):
        return 0.0
    d = abs(ma - mb)
    d = min(d, 1440 - d)
    return max(0.0, 1.0 - d / window)


def number_similarity(a: Any, b: Any, *, tolerance: float = 0.05) -> float:
    """1 for equal numbers, falling linearly to 0 at a relative difference of ``tolerance``."""
    try:
        scale = max(abs(a), abs(b))
        if scale == 0:
            return 1.0
        return max(0.0, 1.0 - abs(a - b) / (tolerance * scale))
    except TypeError:
        return 0.0


def names_similarity(a: Any, b: Any) -> float:
    """Jaccard overlap of two last-name tuples."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


_TOKEN = re.compile(r"[^\W\d_]+|\d+")


def text_similarity(a: Any, b: Any) -> float:
    """0.5 when the tokens of one value are a proper subset of the other's.

    Tokens are runs of letters and runs of digits, so codes split at the letter/digit seam:
    "C39" is {c, 39}, and "39", "C39", "39/8" and "Terminal 8 - 39" all contain gate 39.
    """
    wa = frozenset(_TOKEN.findall(str(a).casefold()))
    wb = frozenset(_TOKEN.findall(str(b).casefold()))
    if wa and wb and wa != wb and (wa < wb or wb < wa):
        return 0.5
    return 0.0


KERNELS: dict[str, Similarity] = {
    "time": time_similarity,
    "number": number_similarity,
    "names": names_similarity,
    "text": text_similarity,
}


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------


def parse_mapping(text: str) -> dict[str, str]:
    """Parse ``source=src,item=obj,value=value`` into a dict; raise InputError E111."""
    mapping: dict[str, str] = {}
    for part in text.split(","):
        if not part.strip():
            continue
        key, sep, column = part.partition("=")
        key, column = key.strip(), column.strip()
        if not sep or not key or not column:
            raise InputError("E111", text=text, detail=f"{part!r} is not key=column")
        if key not in COLUMNS:
            raise InputError("E111", text=text, detail=f"unknown key {key!r}")
        mapping[key] = column
    return mapping


def _read_text(path: Path, encoding: str) -> str:
    if not path.exists():
        raise InputError("E101", path=str(path))
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError("E109", path=str(path), detail=f"cannot read it ({exc})") from exc
    if path.suffix == ".gz":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as exc:
            raise InputError("E109", path=str(path), detail=f"broken gzip ({exc})") from exc
    if not raw.strip():
        raise InputError("E105", path=str(path))
    if b"\x00" in raw:
        raise InputError("E104", path=str(path))
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError("E103", path=str(path), detail=str(exc)) from exc


def _table_format(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes if s.lower() != ".gz"]
    ext = suffixes[-1] if suffixes else ""
    if ext in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if ext in (".tsv", ".tab"):
        return "tsv"
    return "csv"


def _records(path: Path, text: str) -> tuple[list[str], Iterable[tuple[int, Mapping[str, Any]]]]:
    fmt = _table_format(path)
    if fmt == "jsonl":
        rows: list[tuple[int, Mapping[str, Any]]] = []
        columns: dict[str, None] = {}
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(
                    "E109", path=str(path), detail=f"line {n} is not JSON ({exc.msg})"
                ) from exc
            if not isinstance(obj, dict):
                raise InputError("E109", path=str(path), detail=f"line {n} is not a JSON object")
            columns.update(dict.fromkeys(obj))
            rows.append((n, obj))
        return list(columns), rows
    reader = csv.reader(io.StringIO(text), delimiter="\t" if fmt == "tsv" else ",")
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise InputError("E105", path=str(path)) from None
    except csv.Error as exc:
        raise InputError("E109", path=str(path), detail=f"bad header ({exc})") from exc

    def gen() -> Iterable[tuple[int, Mapping[str, Any]]]:
        try:
            for n, row in enumerate(reader, start=2):
                if not row or not any(c.strip() for c in row):
                    continue
                if len(row) > len(header):
                    raise InputError(
                        "E109",
                        path=str(path),
                        detail=f"row {n} has {len(row)} cells, the header has {len(header)}",
                    )
                yield n, dict(zip(header, row, strict=False))
        except csv.Error as exc:
            raise InputError("E109", path=str(path), detail=f"row {n}: {exc}") from exc

    return header, gen()


def load_table(
    path: str | Path,
    mapping: Mapping[str, str | Sequence[str]] | None = None,
    *,
    attribute: str | None = None,
    encoding: str = "utf-8",
) -> list[TableClaim]:
    """Read a claims table (CSV, TSV, JSON Lines; optionally gzipped) into table claims.

    ``mapping`` maps our column names (source, item, attribute, value, time, unit) to the
    table's; ``value`` may name several columns (a list or ``"a|b"``), each then an attribute.
    ``attribute`` fixes the attribute when the table has no attribute column.
    Raises InputError (E101, E103-E105, E109) for a missing, unreadable or malformed table.
    """
    path = Path(path)
    text = _read_text(path, encoding)
    header, records = _records(path, text)
    mapping = dict(mapping or {})
    value_spec = mapping.pop("value", "value")
    value_columns = (
        [c.strip() for c in value_spec.split("|")] if isinstance(value_spec, str)
        else [str(c) for c in value_spec]
    )
    columns: dict[str, str] = {
        key: str(mapping.get(key, key)) for key in COLUMNS if key != "value"
    }
    required = ["source", "item"]
    if attribute is None and len(value_columns) == 1:
        required.append("attribute")
    missing = [columns[k] for k in required if columns[k] not in header]
    missing += [c for c in value_columns if c not in header]
    if missing:
        found = ", ".join(header) or "nothing"
        raise InputError(
            "E109",
            path=str(path),
            detail=f"missing column(s) {', '.join(repr(m) for m in missing)} (found: {found})",
        )
    multi = len(value_columns) > 1
    has = {k: columns[k] in header for k in ("attribute", "time", "unit")}
    claims: list[TableClaim] = []
    for n, rec in records:
        source = str(rec.get(columns["source"]) or "").strip()
        item = str(rec.get(columns["item"]) or "").strip()
        if not source or not item:
            what = "source" if not source else "item"
            raise InputError("E109", path=str(path), detail=f"row {n} has an empty {what}")
        time = str(rec.get(columns["time"]) or "").strip() if has["time"] else ""
        unit = str(rec.get(columns["unit"]) or "").strip() if has["unit"] else ""
        for column in value_columns:
            cell = rec.get(column)
            if cell is None or str(cell).strip() == "":
                continue
            if multi:
                attr = column
            elif attribute is not None:
                attr = attribute
            else:
                attr = str(rec.get(columns["attribute"]) or "").strip()
            claims.append(TableClaim(source, item, attr, str(cell), time, unit, n))
    if not claims:
        raise InputError("E109", path=str(path), detail="no rows with a value")
    logger.info("loaded %d claims from %s", len(claims), path)
    return claims


def load_hierarchy(path: str | Path, *, encoding: str = "utf-8") -> dict[str, tuple[str, ...]]:
    """Read a place hierarchy: columns ``child,parent`` or ``id,name,parent_id`` (TDH style).

    Returns normalized child name -> its parent names (a name may sit in several places).
    Raises InputError E109 on a malformed file.
    """
    path = Path(path)
    text = _read_text(path, encoding)
    header, records = _records(path, text)
    lower = {h.lower().replace("_", ""): h for h in header}
    edges: dict[str, set[str]] = defaultdict(set)
    if "child" in lower and "parent" in lower:
        for _, rec in records:
            child = normalize_text(str(rec.get(lower["child"]) or ""))
            parent = normalize_text(str(rec.get(lower["parent"]) or ""))
            if child and parent and child != parent:
                edges[child].add(parent)
    elif {"id", "name", "parentid"} <= set(lower):
        names: dict[str, str] = {}
        parents: dict[str, str] = {}
        for _, rec in records:
            node = str(rec.get(lower["id"]) or "").strip()
            names[node] = str(rec.get(lower["name"]) or "")
            parents[node] = str(rec.get(lower["parentid"]) or "").strip()
        roots = {node for node, parent in parents.items() if parent not in names}
        for node, parent in parents.items():
            child_name = normalize_text(names[node])
            if parent not in names or parent in roots:
                continue
            parent_name = normalize_text(names[parent])
            if child_name and parent_name and child_name != parent_name:
                edges[child_name].add(parent_name)
    else:
        raise InputError(
            "E109",
            path=str(path),
            detail="a hierarchy needs columns child,parent or id,name,parent_id (found: "
            f"{', '.join(header)})",
        )
    return {child: tuple(sorted(ps)) for child, ps in sorted(edges.items())}


# ---------------------------------------------------------------------------------------------
# Normalizing and fusing
# ---------------------------------------------------------------------------------------------


def attribute_types(
    claims: Sequence[TableClaim], types: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Type of every attribute: given in ``types``, else detected from its values."""
    by_attr: dict[str, list[str]] = defaultdict(list)
    for claim in claims:
        if len(by_attr[claim.attribute]) < 2000:
            by_attr[claim.attribute].append(claim.value)
    out = {}
    for attr in sorted(by_attr):
        given = (types or {}).get(attr)
        out[attr] = given if given in NORMALIZERS else detect_type(by_attr[attr])
    return out


def engine_item(claim: TableClaim) -> tuple[str, ...]:
    """The engine's item of a table claim: ``(item, attribute)``, or ``(item, time, attribute)``
    when the row has a time (the attribute stays last: ``truth.attribute_of``)."""
    if claim.time:
        return (claim.item, claim.time, claim.attribute)
    return (claim.item, claim.attribute)


def item_times(items: Iterable[Hashable]) -> dict[Hashable, tuple[Hashable, Hashable]]:
    """``discover``'s ``times`` for engine items: ``(item, time, attribute)`` -> (item, time)."""
    return {
        key: (key[0], key[1])
        for key in items
        if isinstance(key, tuple) and len(key) == 3
    }


def to_truth_claims(
    claims: Iterable[TableClaim], types: Mapping[str, str]
) -> tuple[list[TruthClaim], dict[tuple[Hashable, ...], Counter[str]]]:
    """Normalize table claims into engine claims; also the raw spellings of each value.

    An engine item is ``(item, attribute)``, or ``(item, time, attribute)`` for a row with a
    time; spellings are keyed by the engine item's parts and the value.
    """
    out: list[TruthClaim] = []
    spellings: dict[tuple[Hashable, ...], Counter[str]] = defaultdict(Counter)
    cache: dict[tuple[str, str], Hashable | None] = {}
    dropped: Counter[str] = Counter()
    for claim in claims:
        kind = types.get(claim.attribute, "text")
        key = (kind, claim.value)
        if key in cache:
            value = cache[key]
        else:
            value = cache[key] = NORMALIZERS[kind](claim.value)
        if value is None:
            dropped[claim.attribute] += 1
            continue
        item = engine_item(claim)
        out.append(TruthClaim(claim.source, item, value))
        spellings[(*item, value)][claim.value.strip()] += 1
    for attr, n in sorted(dropped.items()):
        logger.info("attribute %r: %d cells without a usable %s value", attr, n, types.get(attr))
    return out, spellings


def _display(value: Hashable) -> str:
    if isinstance(value, tuple):
        return "; ".join(str(v) for v in value)
    return str(value)


def fuse(
    claims: Sequence[TableClaim],
    *,
    types: Mapping[str, str] | None = None,
    hierarchy: Mapping[str, Any] | None = None,
    prior: Mapping[tuple[str, ...], str] | None = None,
    settings: TruthSettings | None = None,
    normalized: bool = False,
) -> tuple[list[FusedRow], TruthResult]:
    """Reconcile a table: one row per (item, attribute) with the chosen value, sorted.

    The value is written as most sources spelled it (``normalized=True``: the normalized
    form). ``hierarchy`` (child -> parent, normalized names) applies to text attributes.
    ``prior`` pins values by ``(item, attribute)``, or ``(item, time, attribute)`` for rows with
    a time. Rows with a time are fused per time, and the times of an item and attribute form a
    series for the engine (``discover(times=...)``).
    """
    kinds = attribute_types(claims, types)
    truth_claims, spellings = to_truth_claims(claims, kinds)
    similarity = {attr: KERNELS[kind] for attr, kind in kinds.items()}
    pinned: dict[Hashable, Hashable] | None = None
    if prior:
        pinned = {}
        for key, raw in prior.items():
            value = NORMALIZERS[kinds.get(key[-1], "text")](raw)
            if value is not None:
                pinned[tuple(key)] = value
    tree: dict[Hashable, Any] | None = {k: v for k, v in hierarchy.items()} if hierarchy else None
    result = discover(
        truth_claims,
        similarity=similarity,
        hierarchy=tree,
        prior=pinned,
        times=item_times({c.item for c in truth_claims}) or None,
        counts={attr for attr, kind in kinds.items() if kind == "number"},
        settings=settings,
    )
    rows: list[FusedRow] = []
    for engine_key, belief in result.items.items():
        parts: tuple[str, ...] = engine_key  # type: ignore[assignment]
        item, attr = parts[0], parts[-1]
        when = parts[1] if len(parts) == 3 else ""
        best = belief.best
        shown = _display(best.value)
        if not normalized:
            counts = spellings.get((*parts, best.value))
            if counts:
                shown = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        consistent: set[Hashable] = {best.value}
        if tree:  # an ancestor or a descendant of the chosen value agrees with it
            consistent.update(ancestors_of(best.value, tree))
            consistent.update(
                v.value for v in belief.values if best.value in ancestors_of(v.value, tree)
            )
        against = sorted({s for v in belief.values if v.value not in consistent for s in v.sources})
        rows.append(
            FusedRow(
                item=item,
                attribute=attr,
                value=shown,
                # with a hierarchy, a place's confidence counts what its descendants hold (a
                # country chosen over doubtful cities is as sure as the cities together)
                confidence=round(max(best.confidence, best.generalized) if tree else best.confidence, 4),
                support=";".join(best.sources),
                against=";".join(against),
                time=str(when),
            )
        )
    rows.sort(key=lambda r: (r.item, r.time, r.attribute))
    return rows, result


def write_fused(rows: Iterable[FusedRow], path: str | Path) -> None:
    """Write fused rows as CSV (header ``item,attribute,value,confidence,support,against``;
    ``item,time,attribute,...`` when any row has a time).

    Raises InputError E112 when the file cannot be written.
    """
    path = Path(path)
    rows = list(rows)
    timed = any(r.time for r in rows)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(FUSED_COLUMNS[:1] + ("time",) + FUSED_COLUMNS[1:] if timed else FUSED_COLUMNS)
    for r in rows:
        head = [r.item, r.time] if timed else [r.item]
        writer.writerow([*head, r.attribute, r.value, f"{r.confidence:.4f}", r.support, r.against])
    try:
        path.write_text(buf.getvalue(), encoding="utf-8")
    except OSError as exc:
        raise InputError("E112", path=str(path), detail=str(exc)) from exc


__all__ = [
    "FUSED_COLUMNS",
    "FusedRow",
    "KERNELS",
    "NORMALIZERS",
    "TableClaim",
    "attribute_types",
    "detect_type",
    "engine_item",
    "fuse",
    "item_times",
    "load_hierarchy",
    "load_table",
    "normalize_names",
    "normalize_number",
    "normalize_text",
    "normalize_time",
    "parse_mapping",
    "to_truth_claims",
    "write_fused",
]
