"""Loaders and scorers for the truth-discovery benchmark data (../shared/benchmarks/truth).

Dataset knowledge (file layout, columns, gold format, scoring) lives here, not in the package.
Each loader returns a :class:`Dataset`: engine claims (as a re-iterable), gold values per item,
similarity kernels per attribute, and optionally a hierarchy.
"""

from __future__ import annotations

import csv
import gzip
import re
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reconcile.tabular import (
    KERNELS,
    load_hierarchy,
    normalize_names,
    normalize_number,
    normalize_text,
    normalize_time,
)
from reconcile.truth import Similarity, TruthClaim

ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "truth"

FLIGHT_ATTRS = ("sched_dep", "act_dep", "dep_gate", "sched_arr", "act_arr", "arr_gate")
FLIGHT_TYPES = ("time", "time", "text", "time", "time", "text")
AIRLINE_SOURCES = frozenset({"aa", "ua", "CO"})


@dataclass
class Dataset:
    name: str
    claims: Callable[[], Iterable[TruthClaim]]
    gold: dict[Hashable, Any]
    similarity: dict[str, Similarity] | None = None
    hierarchy: dict[Hashable, Hashable] | None = None
    score: Callable[[Dataset, dict[Hashable, Any]], dict[str, float]] | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    n_claims: int = 0
    # source -> group for sources that are one population (discover's ``source_groups``)
    source_groups: dict[str, str] | None = None
    # time-indexed item -> (entity, time) (discover's ``times``)
    times: dict[Hashable, tuple[Hashable, Hashable]] | None = None
    # attributes whose values are exact figures (discover's ``counts``)
    counts: frozenset[str] = frozenset()


def accuracy(ds: Dataset, best: dict[Hashable, Any]) -> dict[str, float]:
    """Share of gold items whose top value equals the gold value (missing item = wrong)."""
    hits = sum(1 for item, gold in ds.gold.items() if best.get(item) == gold)
    return {"accuracy": hits / max(len(ds.gold), 1)}


# ---------------------------------------------------------------------------------------------
# Flight (Li et al. 2013), the whole month
# ---------------------------------------------------------------------------------------------


def _flight_norm(kind: str, raw: str, cache: dict[tuple[str, str], Any]) -> Any:
    key = (kind, raw)
    value = cache.get(key, cache)
    if value is cache:
        value = normalize_time(raw) if kind == "time" else normalize_text(raw)
        if value in ("not provided by airline",):
            value = None
        cache[key] = value
    return value


def flight_claims(
    root: Path, exclude: frozenset[str] = frozenset(), days: int | None = None
) -> Iterator[TruthClaim]:
    cache: dict[tuple[str, str], Any] = {}
    items: dict[tuple[str, str, int], tuple[str, str, str]] = {}
    files = sorted((root / "claims").glob("*.txt.gz"))[:days]
    for path in files:
        day = path.name[:8]
        with gzip.open(path, "rt", encoding="latin-1", newline="") as fh:
            for line in fh:
                cells = line.rstrip("\r\n").split("\t")
                source = cells[0]
                if source in exclude or len(cells) < 8:
                    continue
                flight = cells[1]
                for k in range(6):
                    raw = cells[k + 2]
                    if not raw or raw.isspace():
                        continue
                    value = _flight_norm(FLIGHT_TYPES[k], raw, cache)
                    if value is None:
                        continue
                    ikey = (day, flight, k)
                    item = items.get(ikey)
                    if item is None:
                        item = items[ikey] = (f"{day}/{flight}", FLIGHT_ATTRS[k])
                    yield TruthClaim(source, item, value)


def flight_gold(root: Path, days: int | None = None) -> dict[Hashable, Any]:
    gold: dict[Hashable, Any] = {}
    cache: dict[tuple[str, str], Any] = {}
    for path in sorted((root / "truth").glob("*.txt"))[:days]:
        day = path.name[:8]
        for line in path.read_text(encoding="latin-1").splitlines():
            cells = line.split("\t")
            if len(cells) < 7:
                continue
            for k in range(6):
                raw = cells[k + 1]
                if not raw.strip():
                    continue
                value = _flight_norm(FLIGHT_TYPES[k], raw, cache)
                if value is None:
                    continue
                gold.setdefault((f"{day}/{cells[0]}", FLIGHT_ATTRS[k]), value)
    return gold


def load_flight(*, without_airlines: bool = False, days: int | None = None) -> Dataset:
    root = ROOT / "flight-li2013"
    exclude = AIRLINE_SOURCES if without_airlines else frozenset()
    name = "Flight month" + (" w/o aa/ua/CO" if without_airlines else ", all sources")
    sim = {a: KERNELS[t] for a, t in zip(FLIGHT_ATTRS, FLIGHT_TYPES, strict=True)}
    return Dataset(
        name=name,
        claims=lambda: flight_claims(root, exclude, days),
        gold=flight_gold(root, days),
        similarity=sim,
        score=accuracy,
    )


# ---------------------------------------------------------------------------------------------
# flights-raha100
# ---------------------------------------------------------------------------------------------

RAHA_ATTRS = ("sched_dep_time", "act_dep_time", "sched_arr_time", "act_arr_time")


def load_raha100() -> Dataset:
    root = ROOT / "flights-raha100"
    claims: list[TruthClaim] = []
    with open(root / "dirty.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for attr in RAHA_ATTRS:
                value = normalize_time(row[attr] or "")
                if value is not None:
                    claims.append(TruthClaim(row["src"], (row["flight"], attr), value))
    gold: dict[Hashable, Any] = {}
    with open(root / "clean.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for attr in RAHA_ATTRS:
                value = normalize_time(row[attr] or "")
                if value is not None:
                    gold.setdefault((row["flight"], attr), value)
    return Dataset(
        "flights-raha100",
        lambda: claims,
        gold,
        similarity={a: KERNELS["time"] for a in RAHA_ATTRS},
        score=accuracy,
        n_claims=len(claims),
    )


# ---------------------------------------------------------------------------------------------
# Population (Pasternack & Roth)
# ---------------------------------------------------------------------------------------------


def load_population() -> Dataset:
    root = ROOT / "population-pasternack"
    claims: list[TruthClaim] = []
    # Items are city-years ("city, state_YEAR", the year again in column 4): each is the city
    # at a time, given to the engine as (city, year) so a figure also claimed for another
    # year of the same city weighs less (discover's ``times``).
    times: dict[Hashable, tuple[Hashable, Hashable]] = {}
    with open(root / "population-claims.tsv", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            cells = line.rstrip("\n").split("\t")
            if len(cells) < 3:
                continue
            value = normalize_number(cells[2])
            if value is not None:
                item = (cells[0], "population")
                claims.append(TruthClaim(cells[1], item, value))
                city, sep, year = cells[0].rpartition("_")
                if sep and len(cells) > 3 and year == cells[3].strip():
                    times[item] = (city, year)
    # Anonymous edits all carry editor id #0 ("contributor #0 (IP address)"): one population
    # of editors, each seen once or twice, so they share an empirical prior (source_groups).
    anonymous = {c.source: "anonymous" for c in claims if c.source.startswith("contributor #0 ")}
    gold: dict[Hashable, Any] = {}
    for line in (root / "population-truth.csv").read_text(encoding="utf-8").splitlines():
        parts = [p.strip() for p in line.split(", ")]
        if len(parts) < 3:
            continue
        key = ", ".join(parts[:-2]) + "_" + parts[-2]
        gold[(key, "population")] = normalize_number(parts[-1])
    return Dataset(
        "Population",
        lambda: claims,
        gold,
        similarity={"population": KERNELS["number"]},
        score=accuracy,
        n_claims=len(claims),
        source_groups=anonymous,
        times=times,
        counts=frozenset({"population"}),
    )


# ---------------------------------------------------------------------------------------------
# BirthPlaces and Heritages (TDH, with hierarchies)
# ---------------------------------------------------------------------------------------------


def _score_hierarchical(ds: Dataset, best: dict[Hashable, Any]) -> dict[str, float]:
    """The TDH evaluation: truncate the gold path to its most specific claimed node."""
    claimed: dict[Hashable, set[Any]] = ds.extra["claimed"]
    hits = gen_hits = 0
    for item, path in ds.gold.items():
        values = claimed.get(item, set())
        start = next((k for k, node in enumerate(path) if node in values), None)
        if start is None:
            continue
        estimate = best.get(item)
        if estimate == path[start]:
            hits += 1
        if estimate in path[start:]:
            gen_hits += 1
    n = max(len(ds.gold), 1)
    return {"accuracy": hits / n, "generalized": gen_hits / n}


def load_tdh(folder: str, name: str) -> Dataset:
    root = ROOT / folder
    claims: list[TruthClaim] = []
    claimed: dict[Hashable, set[Any]] = {}
    with open(root / "claims.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            value = normalize_text(row["value"])
            if value is None:
                continue
            item = (row["obj"], "place")
            claims.append(TruthClaim(row["src"], item, value))
            claimed.setdefault(item, set()).add(value)
    gold: dict[Hashable, Any] = {}
    with open(root / "groundtruths.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            path = [normalize_text(p) for p in row["value"].split(",")]
            gold[(row["obj"], "place")] = [p for p in path if p]
    hierarchy: dict[Hashable, Hashable] = dict(load_hierarchy(root / "hierarchy.csv"))
    return Dataset(
        name,
        lambda: claims,
        gold,
        hierarchy=hierarchy,
        score=_score_hierarchical,
        extra={"claimed": claimed},
        n_claims=len(claims),
    )


# ---------------------------------------------------------------------------------------------
# Book authors
# ---------------------------------------------------------------------------------------------


def _gold_last_names(text: str) -> tuple[str, ...]:
    lasts = []
    for part in text.split(";"):
        head = part.split(",", 1)[0].strip()
        if head:
            words = re.findall(r"[a-z][a-z'\-]*", head.casefold())
            if words:
                lasts.append(words[-1])
    return tuple(sorted(set(lasts)))


def load_book() -> Dataset:
    root = ROOT / "book-authors"
    claims: list[TruthClaim] = []
    with open(root / "book.txt", encoding="latin-1") as fh:
        for line in fh:
            cells = line.rstrip("\r\n").split("\t")
            if len(cells) < 4:
                continue
            value = normalize_names(cells[3])
            if value is not None:
                claims.append(TruthClaim(cells[0], (cells[1].strip(), "authors"), value))
    gold: dict[Hashable, Any] = {}
    for line in (root / "book_golden.txt").read_text(encoding="latin-1").splitlines():
        cells = line.split("\t")
        if len(cells) >= 2:
            gold[(cells[0].strip(), "authors")] = _gold_last_names(cells[1])
    return Dataset(
        "Book",
        lambda: claims,
        gold,
        similarity={"authors": KERNELS["names"]},
        score=accuracy,
        n_claims=len(claims),
    )


LOADERS: dict[str, Callable[[], Dataset]] = {
    "raha100": load_raha100,
    "population": load_population,
    "birthplaces": lambda: load_tdh("birthplaces-tdh", "BirthPlaces"),
    "heritages": lambda: load_tdh("heritages-tdh", "Heritages"),
    "book": load_book,
    "flight": lambda: load_flight(without_airlines=False),
    "flight-noair": lambda: load_flight(without_airlines=True),
}
