"""Tables of claims -> Report: the same conflicts, suggestions and reports as for articles.

Each (item, attribute) that sources give different values for is a conflict; the sides are the
normalized values, each claim quoting its cell with exact offsets into the file; the suggestion
comes from the truth-discovery engine (source reliability learned across the whole table).
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from collections.abc import Hashable, Sequence
from pathlib import Path

from reconcile.codes import lookup
from reconcile.config import Settings
from reconcile.models import ClaimRef, Conflict, Report, Side, SourceRef, Suggestion, fingerprint
from reconcile.pipeline import summarize
from reconcile.tabular import NORMALIZERS, TableClaim, attribute_types, fuse, load_table

_SLUG = {"number": "count-mismatch", "time": "value-mismatch", "names": "value-mismatch",
         "text": "value-mismatch"}


def _cell_span(lines: list[tuple[int, str]], row: int, value: str) -> tuple[int, int, int]:
    """(start, end, line) of a cell in the file text; the whole line when the cell is not found."""
    index = min(max(row, 1), len(lines)) - 1
    start, line = lines[index]
    at = line.find(value)
    if at < 0 or not value:
        return start, start + len(line), index + 1
    return start + at, start + at + len(value), index + 1


def _lines(text: str) -> list[tuple[int, str]]:
    out, offset = [], 0
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out


def table_conflicts(path: Path, shown: str, claims: Sequence[TableClaim], text: str) -> list[Conflict]:
    """The conflicts of one table, with suggestions from the truth-discovery engine."""
    kinds = attribute_types(claims)
    rows, result = fuse(claims, types=kinds)
    lines = _lines(text)
    # a cell is (item, time, attribute): rows at different times are different cells
    by_cell: dict[tuple[str, str, str], dict[Hashable, list[TableClaim]]] = defaultdict(lambda: defaultdict(list))
    for claim in claims:
        value = NORMALIZERS[kinds.get(claim.attribute, "text")](claim.value)
        if value is not None:
            by_cell[(claim.item, claim.time, claim.attribute)][value].append(claim)
    fused = {(r.item, r.time, r.attribute): r for r in rows}
    conflicts = []
    for (item, when, attribute), values in sorted(by_cell.items()):
        if len(values) < 2:
            continue
        sides = []
        for value, members in values.items():
            refs = []
            for claim in sorted(members, key=lambda c: (c.source, c.row)):
                start, end, line = _cell_span(lines, claim.row, claim.value.strip())
                refs.append(ClaimRef(
                    id=fingerprint("clm_", {"table": shown, "source": claim.source, "item": item,
                                            "attribute": attribute, "value": str(value)}),
                    source=claim.source, path=shown, line=line, column=start - lines[line - 1][0] + 1,
                    start=start, end=end, quote=text[start:end], value={"value": str(value)},
                    display=claim.value.strip()))
            shown_value = sorted({c.value.strip() for c in members})[0]
            sides.append(Side(value=shown_value, claims=tuple(refs),
                              sources=tuple(sorted({c.source for c in members}))))
        sides.sort(key=lambda s: (-len(s.sources), s.value))
        code = lookup(_SLUG[kinds.get(attribute, "text")])
        key = f"table|{shown}|{item}|{attribute}" + (f"|{when}" if when else "")
        row = fused.get((item, when, attribute))
        suggestion = None
        if row is not None:
            accuracy = result.sources
            why = [f"{len(row.support.split(';'))} source(s) give it: {row.support.replace(';', ', ')}"]
            reliable = sorted(row.support.split(";"), key=lambda s: -accuracy[s].accuracy if s in accuracy else 0)[:3]
            why.append("most reliable of them across the table: " + ", ".join(
                f"{s} {accuracy[s].accuracy:.2f}" for s in reliable if s in accuracy))
            suggestion = Suggestion(value=row.value, confidence=round(row.confidence, 2), rationale=tuple(why))
        conflicts.append(Conflict(
            id=fingerprint("cfl_", {"fact": key, "values": sorted(s.value for s in sides)}),
            code=code.code, kind=code.slug, severity=code.severity,
            fact=f"{attribute} of {item}" + (f" at {when}" if when else ""),
            fact_key=key, sides=tuple(sides), suggestion=suggestion))
    return conflicts


def run_table(settings: Settings, paths: Sequence[Path]) -> Report:
    """Check one or more claim tables.

    Raises InputError for a missing or malformed table.
    """
    conflicts: list[Conflict] = []
    sources: set[str] = set()
    count = 0
    for path in paths:
        claims = load_table(path)
        raw = path.read_bytes()
        text = (gzip.decompress(raw) if path.suffix == ".gz" else raw).decode("utf-8")
        try:
            shown = path.resolve().relative_to(settings.root.resolve()).as_posix()
        except ValueError:
            shown = path.as_posix()
        conflicts.extend(table_conflicts(path, shown, claims, text))
        sources.update(c.source for c in claims)
        count += len(claims)
    conflicts.sort(key=lambda c: c.fact_key)
    return Report(sources=tuple(SourceRef(id=s, path=", ".join(p.as_posix() for p in paths)) for s in sorted(sources)),
                  conflicts=tuple(conflicts), summary=summarize(len(sources), count, conflicts))
