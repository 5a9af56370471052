"""The editors' ledger: decisions on conflicts that survive re-runs, kept in one JSON file.

The file is ``{"schema_version": 1, "decisions": [...]}``, written with sorted keys, entries
sorted by id, 2-space indent and a trailing newline, so it diffs cleanly under version control.
One entry per conflict id records the fact, the values in dispute when the editor decided (with
their rank, why, and sources), the status (``resolved`` with the chosen value, ``dismissed`` =
not a real conflict, ``accepted`` = genuinely disputed, ``unresolved`` = re-opened), a reason code
from :data:`REASONS`, a free-text note, who and when. Nothing is deleted: a new decision or a
``reopen`` pushes the current one onto the entry's ``history``.

Ids are fingerprints of the fact key and the values, never of positions, so copy edits and
inserted paragraphs keep a decision; a changed or new value makes a new id, and
:func:`apply_decisions` then re-opens the conflict and says why.

Writes are atomic (temp file in the same folder, fsync, ``os.replace``, fsync of the folder) and
serialized by ``fcntl.flock`` on a sidecar ``<ledger>.lock``, with the read-modify-write under
the lock, so concurrent writers all land. A corrupt ledger raises ``E201`` and is never
overwritten; a newer schema raises ``E202``; an older one is upgraded in memory one version at a
time and written back only when a new decision is recorded.

Example::

    ledger = record_decision(path, conflict, status="resolved", value="2022",
                             reason="primary-source", by="M. Rossi")
    report = apply_decisions(report, load_ledger(path))
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from reconcile.errors import LedgerError
from reconcile.models import Conflict, Decision, Model, Report, Side, Status

log = logging.getLogger(__name__)

LEDGER_SCHEMA_VERSION = 1

Rank = Literal["preferred", "normal", "deprecated"]
Verdict = Literal["resolved", "dismissed", "accepted"]
Clock = Callable[[], dt.date]

#: The reason codes an editor chooses from. The note carries the free text; ``other`` needs one.
REASONS: dict[str, str] = {
    "primary-source": "the chosen value is what the primary record (a statement, filing) says",
    "majority": "most independent sources give the chosen value",
    "most-recent": "the chosen value is the latest report of a figure that changes over time",
    "correction": "a source published a correction",
    "editor-judgement": "the editor weighed the sources; the note says how",
    "not-same-fact": "the sides are about different things",
    "different-period": "the figures hold for different periods",
    "different-scope": "the figures hold for different scopes",
    "different-measure": "the figures measure different things",
    "within-rounding": "the values agree within rounding or units",
    "extraction-error": "reconcile misread a source",
    "genuinely-disputed": "the sources disagree and no record settles it",
    "other": "none of the above; the note says why",
}
#: The reason a ``reopen`` records; not offered to editors.
REOPENED = "reopened"


# ---------------------------------------------------------------------------------------------
# The file's models
# ---------------------------------------------------------------------------------------------


class LedgerSide(Model):
    """One value in dispute when the decision was taken."""

    value: str
    rank: Rank = "normal"
    why: str | None = None
    sources: tuple[str, ...] = ()


class LedgerRevision(Model):
    """An earlier decision on an entry, kept in its history."""

    status: Status
    value: str | None = None
    reason: str
    note: str | None = None
    by: str | None = None
    date: str
    values: tuple[str, ...] = ()


class LedgerEntry(Model):
    """The current decision on one conflict id, with everything it replaced."""

    id: str
    fact_key: str
    fact: str
    sides: tuple[LedgerSide, ...]
    status: Status
    value: str | None = None
    reason: str
    note: str | None = None
    by: str | None = None
    date: str
    history: tuple[LedgerRevision, ...] = ()

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(s.value for s in self.sides)

    def _decided(self) -> dict[str, str | None]:
        return {"status": self.status, "value": self.value, "reason": self.reason, "note": self.note,
                "by": self.by, "date": self.date}

    def revision(self) -> LedgerRevision:
        """The current decision as a history item."""
        return LedgerRevision(**self._decided(), values=self.values)  # type: ignore[arg-type]

    def decision(self) -> Decision:
        """The current decision as a report shows it on a conflict."""
        return Decision(**self._decided())  # type: ignore[arg-type]


class Ledger(Model):
    """The whole file: a schema version and one entry per conflict id, sorted by id."""

    schema_version: int = LEDGER_SCHEMA_VERSION
    decisions: tuple[LedgerEntry, ...] = ()

    def get(self, conflict_id: str) -> LedgerEntry | None:
        for entry in self.decisions:
            if entry.id == conflict_id:
                return entry
        return None


def _sorted(entries: Sequence[LedgerEntry]) -> tuple[LedgerEntry, ...]:
    return tuple(sorted(entries, key=lambda e: e.id))


# ---------------------------------------------------------------------------------------------
# Reading, upgrading, writing
# ---------------------------------------------------------------------------------------------


def _v0_to_v1(data: Any) -> dict[str, Any]:
    """v0 was a bare list of flat decisions ``{id, fact_key, fact, values, status, value...}``."""
    if not isinstance(data, list):
        raise ValueError("a version 0 ledger is a list of decisions")
    decisions = []
    for item in data:
        if not isinstance(item, dict):
            raise ValueError("a version 0 decision is an object")
        values = [str(v) for v in item.get("values", [])]
        chosen = item.get("value")
        status = item.get("status", "resolved")
        sides: list[dict[str, Any]] = [
            {
                "value": v,
                "rank": ("preferred" if v == chosen else "deprecated")
                if status == "resolved"
                else "normal",
                "why": None,
                "sources": [],
            }
            for v in values
        ]
        reason = str(item.get("reason") or "other")
        note = item.get("note")
        if reason not in REASONS and reason != REOPENED:
            # v0 allowed free text as the reason; keep the words in the note.
            note = reason if not note else f"{reason}; {note}"
            reason = "other"
        decisions.append(
            {
                "id": item["id"],
                "fact_key": item.get("fact_key", ""),
                "fact": item.get("fact", ""),
                "sides": sides,
                "status": status,
                "value": chosen,
                "reason": reason,
                "note": note,
                "by": item.get("by"),
                "date": item.get("date", "1970-01-01"),
                "history": [],
            }
        )
    return {"schema_version": 1, "decisions": decisions}


#: ``UPGRADES[n]`` turns a version-n document into a version n+1 document.
UPGRADES: dict[int, Callable[[Any], Any]] = {0: _v0_to_v1}


def upgrade(data: Any, *, path: Path | str = "<ledger>") -> dict[str, Any]:
    """Bring a parsed ledger document to the current schema, one version at a time.

    Raises LedgerError E201 for a shape that is no ledger, E202 for a newer schema.
    """
    if isinstance(data, list):
        version = 0
    elif isinstance(data, dict) and isinstance(data.get("schema_version"), int):
        version = data["schema_version"]
    else:
        raise LedgerError("E201", path=path, detail="no schema_version and not a list")
    if version > LEDGER_SCHEMA_VERSION:
        raise LedgerError("E202", path=path, found=version, supported=LEDGER_SCHEMA_VERSION)
    if version < 0:
        raise LedgerError("E201", path=path, detail=f"schema_version {version}")
    while version < LEDGER_SCHEMA_VERSION:
        log.info("upgrading ledger %s from schema %d", path, version)
        try:
            data = UPGRADES[version](data)
        except (KeyError, TypeError, ValueError) as exc:
            raise LedgerError("E201", path=path, detail=f"version {version}: {exc}") from exc
        version += 1
    return data  # type: ignore[no-any-return]


def parse_ledger(text: str, *, path: Path | str = "<ledger>") -> Ledger:
    """Parse, upgrade and validate a ledger document. Raises LedgerError E201/E202."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LedgerError("E201", path=path, detail=f"invalid JSON: {exc}") from exc
    data = upgrade(data, path=path)
    try:
        ledger = Ledger.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise LedgerError("E201", path=path, detail=f"{where}: {err['msg']}") from exc
    ids = [e.id for e in ledger.decisions]
    if len(ids) != len(set(ids)):
        dup = sorted(i for i in set(ids) if ids.count(i) > 1)[0]
        raise LedgerError("E201", path=path, detail=f"two entries for {dup}")
    return ledger.model_copy(update={"decisions": _sorted(ledger.decisions)})


def load_ledger(path: Path) -> Ledger:
    """Read the ledger at ``path``; a missing file is an empty ledger.

    Raises LedgerError E201 (corrupt: not UTF-8, not JSON, wrong shape) or E202 (newer schema).
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Ledger()
    except OSError as exc:
        raise LedgerError("E201", path=path, detail=str(exc)) from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LedgerError("E201", path=path, detail=f"not UTF-8: {exc}") from exc
    return parse_ledger(text, path=path)


def dump_ledger(ledger: Ledger) -> str:
    """The ledger as stored: sorted keys and entries, 2-space indent, trailing newline."""
    ledger = ledger.model_copy(update={"decisions": _sorted(ledger.decisions)})
    data = ledger.model_dump(mode="json")
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so that a crash leaves either the old or the new file.

    Raises LedgerError E204 when the folder cannot be written.
    """
    folder = path.parent
    data = text.encode("utf-8")
    tmp: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
        tmp = None
        _fsync_dir(folder)
    except OSError as exc:
        raise LedgerError("E204", path=path, detail=str(exc)) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def save_ledger(path: Path, ledger: Ledger) -> None:
    """Write ``ledger`` to ``path`` atomically (the caller holds :func:`locked`)."""
    write_atomic(path, dump_ledger(ledger))


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the sidecar ``<path>.lock`` for a read-modify-write."""
    lock = path.with_name(path.name + ".lock")
    try:
        lock.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise LedgerError("E204", path=lock, detail=str(exc)) from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def update_ledger(path: Path, change: Callable[[Ledger], Ledger]) -> Ledger:
    """Load, change and save the ledger under its lock; returns the saved ledger.

    Nothing is written when ``change`` returns the ledger unchanged (an upgraded old file stays
    as it is until a real decision lands). Raises LedgerError E201/E202/E204 and whatever
    ``change`` raises.
    """
    with locked(path):
        before = load_ledger(path)
        after = change(before)
        if after != before or not path.exists():
            _remove_stale_temps(path)
            save_ledger(path, after)
        return after


def _remove_stale_temps(path: Path) -> None:
    """Delete temp files a killed writer left; under the lock no live writer owns one."""
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()
            log.info("removed %s, left by an interrupted write", stale)


# ---------------------------------------------------------------------------------------------
# Decisions (pure functions over a Ledger)
# ---------------------------------------------------------------------------------------------


def check_reason(reason: str, note: str | None) -> None:
    """Raise LedgerError E209 unless ``reason`` is a known code (``other`` needs a note)."""
    choices = ", ".join(REASONS)
    if reason not in REASONS:
        raise LedgerError("E209", reason=reason, detail="is not a reason code", choices=choices)
    if reason == "other" and not (note and note.strip()):
        raise LedgerError("E209", reason=reason, detail="needs a --note saying why",
                          choices=choices)


def match_value(conflict: Conflict, value: str) -> str:
    """The side value ``value`` names (exactly, or ignoring case and spaces). Raises E205."""
    values = [s.value for s in conflict.sides]
    if value in values:
        return value

    def norm(v: str) -> str:
        return "".join(v.split()).casefold()

    near = [v for v in values if norm(v) == norm(value)]
    if len(near) == 1:
        return near[0]
    raise LedgerError("E205", value=value, id=conflict.id, choices=", ".join(values))


def _sides(conflict: Conflict, status: Verdict, value: str | None, reason: str,
           note: str | None) -> tuple[LedgerSide, ...]:
    out = []
    for s in conflict.sides:
        rank: Rank = "normal"
        why: str | None = None
        if status == "resolved":
            if s.value == value:
                rank, why = "preferred", note or REASONS.get(reason, reason)
            else:
                rank, why = "deprecated", f"{value} was chosen instead"
        out.append(LedgerSide(value=s.value, rank=rank, why=why, sources=s.sources))
    return tuple(out)


def decide(
    ledger: Ledger,
    conflict: Conflict,
    *,
    status: Verdict,
    reason: str,
    value: str | None = None,
    note: str | None = None,
    by: str | None = None,
    date: dt.date | str,
) -> Ledger:
    """Record a decision on ``conflict``; the entry's earlier decision goes to its history.

    Recording the same decision twice (even on another day) changes nothing. Raises LedgerError E205 (``value`` is
    not a side), E209 (unknown reason).
    """
    check_reason(reason, note)
    if status == "resolved":
        if value is None:
            raise LedgerError("E205", value=value, id=conflict.id,
                              choices=", ".join(s.value for s in conflict.sides))
        value = match_value(conflict, value)
    else:
        value = None
    when = date.isoformat() if isinstance(date, dt.date) else date
    new = LedgerEntry(
        id=conflict.id,
        fact_key=conflict.fact_key,
        fact=conflict.fact,
        sides=_sides(conflict, status, value, reason, note),
        status=status,
        value=value,
        reason=reason,
        note=note,
        by=by,
        date=when,
    )
    old = ledger.get(conflict.id)
    if old is not None:
        # The same decision again (even on another day) changes nothing: no churn in the file.
        if old.model_copy(update={"history": (), "date": when}) == new:
            return ledger
        new = new.model_copy(update={"history": (*old.history, old.revision())})
    rest = [e for e in ledger.decisions if e.id != conflict.id]
    return ledger.model_copy(update={"decisions": _sorted([*rest, new])})


def find_entry(ledger: Ledger, ref: str, *, path: Path | str = "<ledger>") -> LedgerEntry:
    """The entry whose id is ``ref`` or starts with it. Raises E210 (none) or E208 (several)."""
    ids = resolve_id([e.id for e in ledger.decisions], ref, missing="E210", path=path)
    entry = ledger.get(ids)
    assert entry is not None
    return entry


def reopen(ledger: Ledger, ref: str, *, by: str | None = None, date: dt.date | str,
           path: Path | str = "<ledger>") -> Ledger:
    """Re-open a decided conflict: its decision goes to history and its status to unresolved.

    Re-opening an open entry changes nothing. Raises LedgerError E210/E208.
    """
    entry = find_entry(ledger, ref, path=path)
    if entry.status == "unresolved":
        return ledger
    when = date.isoformat() if isinstance(date, dt.date) else date
    opened = entry.model_copy(
        update={
            "status": "unresolved",
            "value": None,
            "reason": REOPENED,
            "note": None,
            "by": by,
            "date": when,
            "sides": tuple(s.model_copy(update={"rank": "normal", "why": None})
                           for s in entry.sides),
            "history": (*entry.history, entry.revision()),
        }
    )
    rest = [e for e in ledger.decisions if e.id != entry.id]
    return ledger.model_copy(update={"decisions": _sorted([*rest, opened])})


def _union(*groups: Sequence[LedgerRevision]) -> tuple[LedgerRevision, ...]:
    """The groups' revisions in order, each kept as often as the group holding it most often
    has it: a history may rightly hold one revision twice (resolved, re-opened, resolved again
    the same way), and uniting a history with itself must give it back unchanged."""
    out: list[LedgerRevision] = []
    for group in groups:
        seen: dict[LedgerRevision, int] = {}
        for r in group:
            seen[r] = seen.get(r, 0) + 1
            if out.count(r) < seen[r]:
                out.append(r)
    return tuple(out)


def merge(base: Ledger, incoming: Ledger) -> Ledger:
    """Merge two ledgers; ``incoming`` wins where both decided one id, nothing is lost.

    The losing decision joins the history and histories are united (in order, without
    repeats), so merging the same ledger twice equals merging it once.
    """
    by_id = {e.id: e for e in base.decisions}
    for new in incoming.decisions:
        old = by_id.get(new.id)
        if old is None:
            by_id[new.id] = new
            continue
        same = old.model_copy(update={"history": ()}) == new.model_copy(update={"history": ()})
        history = _union(old.history, new.history, () if same else (old.revision(),))
        by_id[new.id] = new.model_copy(update={"history": history})
    return Ledger(decisions=_sorted(list(by_id.values())))


# ---------------------------------------------------------------------------------------------
# Ids
# ---------------------------------------------------------------------------------------------


def resolve_id(ids: Sequence[str], ref: str, *, missing: str = "E203",
               path: Path | str = "<ledger>") -> str:
    """The one id equal to ``ref`` or starting with it (``cfl_`` may be left out).

    Raises LedgerError ``missing`` (E203 by default) when none matches, E208 when several do.
    """
    ref = ref.strip()
    if ref in ids:
        return ref
    prefixes = {ref} if ref.startswith("cfl_") else {ref, "cfl_" + ref}
    found = sorted({i for i in ids if ref and any(i.startswith(p) for p in prefixes)})
    if len(found) == 1:
        return found[0]
    if not found:
        raise LedgerError(missing, id=ref, path=path)
    shown = ", ".join(found[:5]) + (", ..." if len(found) > 5 else "")
    raise LedgerError("E208", id=ref, count=len(found), choices=shown)


def find_conflict(report: Report, ref: str) -> Conflict:
    """The conflict of ``report`` whose id is ``ref`` or starts with it. Raises E203/E208."""
    wanted = resolve_id([c.id for c in report.conflicts], ref)
    return next(c for c in report.conflicts if c.id == wanted)


# ---------------------------------------------------------------------------------------------
# Applying the ledger to a report
# ---------------------------------------------------------------------------------------------


def _ranked(sides: tuple[Side, ...], status: Status, value: str | None) -> tuple[Side, ...]:
    def rank(s: Side) -> Rank:
        if status != "resolved":
            return "normal"
        return "preferred" if s.value == value else "deprecated"

    return tuple(s.model_copy(update={"rank": rank(s)}) for s in sides)


def _join(values: Sequence[str]) -> str:
    return ", ".join(values)


def _plural(word: str, items: Sequence[str]) -> str:
    return f"{word}s" if len(items) > 1 else word


def why_reopened(entry: LedgerEntry, conflict: Conflict) -> str:
    """Say, in words, why ``entry`` no longer settles ``conflict`` (same fact, other values)."""
    old = list(entry.values)
    new = [s.value for s in conflict.sides]
    added = [v for v in new if v not in old]
    removed = [v for v in old if v not in new]
    parts = []
    if added:
        parts.append(f"new {_plural('value', added)} {_join(added)} in dispute")
    if removed:
        verb = "are" if len(removed) > 1 else "is"
        parts.append(f"{_plural('value', removed)} {_join(removed)} {verb} no longer given by "
                     "any source (a source changed it)")
    if entry.status == "resolved":
        parts.append(f"decided earlier: {entry.value} among {_join(old)}")
    else:
        parts.append(f"{entry.status} earlier among {_join(old)}")
    return "re-opened: " + "; ".join(parts)


def apply_decisions(report: Report, ledger: Ledger) -> Report:
    """Set each conflict's status, decision and side ranks from the ledger.

    A conflict whose id (or fact key and values) has an entry takes its decision. A conflict
    with no entry, whose fact key was decided earlier for other values, stays ``unresolved``
    with ``previous`` = that decision and ``previous.reopened`` saying why. An entry an editor
    re-opened leaves its conflict ``unresolved`` with the re-opened decision as ``previous``.
    ``summary.unresolved`` is recounted. Applying twice equals applying once.
    """
    by_id = {e.id: e for e in ledger.decisions}
    by_fact: dict[str, list[LedgerEntry]] = {}
    for e in ledger.decisions:
        by_fact.setdefault(e.fact_key, []).append(e)

    out = []
    for c in report.conflicts:
        values = sorted(s.value for s in c.sides)
        entry = by_id.get(c.id)
        if entry is None:
            # Same fact and same values under another id (an id recipe change): same decision.
            same = [e for e in by_fact.get(c.fact_key, []) if sorted(e.values) == values]
            entry = max(same, key=lambda e: (e.date, e.id)) if same else None
        if entry is not None and entry.status != "unresolved":
            c = c.model_copy(update={
                "status": entry.status,
                "decision": entry.decision(),
                "previous": None,
                "sides": _ranked(c.sides, entry.status, entry.value),
            })
        elif entry is not None:
            earlier = entry.history[-1] if entry.history else None
            previous = None
            if earlier is not None:
                previous = Decision(
                    status=earlier.status, value=earlier.value, reason=earlier.reason,
                    note=earlier.note, by=earlier.by, date=earlier.date,
                    reopened=f"re-opened by {entry.by or 'an editor'} on {entry.date}",
                )
            c = c.model_copy(update={
                "status": "unresolved", "decision": None, "previous": previous,
                "sides": _ranked(c.sides, "unresolved", None),
            })
        else:
            decided = [e for e in by_fact.get(c.fact_key, []) if e.status != "unresolved"]
            if decided:
                latest = max(decided, key=lambda e: (e.date, e.id))
                previous = latest.decision().model_copy(
                    update={"reopened": why_reopened(latest, c)}
                )
                c = c.model_copy(update={
                    "status": "unresolved", "decision": None, "previous": previous,
                    "sides": _ranked(c.sides, "unresolved", None),
                })
        out.append(c)
    conflicts = tuple(out)
    summary = report.summary.model_copy(
        update={"unresolved": sum(c.status == "unresolved" for c in conflicts)}
    )
    return report.model_copy(update={"conflicts": conflicts, "summary": summary})


# ---------------------------------------------------------------------------------------------
# File-level operations (lock, load, change, save)
# ---------------------------------------------------------------------------------------------


def record_decision(
    path: Path,
    conflict: Conflict,
    *,
    status: Verdict,
    reason: str,
    value: str | None = None,
    note: str | None = None,
    by: str | None = None,
    clock: Clock = dt.date.today,
) -> LedgerEntry:
    """Record a decision in the ledger file at ``path`` under its lock; returns the entry.

    Raises LedgerError E201/E202 (the file is left alone), E204, E205, E209.
    """
    # Validate before taking the lock so a typo never touches the file.
    check_reason(reason, note)
    if status == "resolved" and value is not None:
        value = match_value(conflict, value)
    date = clock()
    ledger = update_ledger(
        path,
        lambda lg: decide(lg, conflict, status=status, reason=reason, value=value, note=note,
                          by=by, date=date),
    )
    entry = ledger.get(conflict.id)
    assert entry is not None
    return entry


def reopen_decision(path: Path, ref: str, *, by: str | None = None,
                    clock: Clock = dt.date.today) -> LedgerEntry:
    """Re-open the decision ``ref`` (an id or unique prefix) in the ledger file at ``path``.

    Raises LedgerError E201/E202/E204/E208/E210.
    """
    date = clock()
    ledger = update_ledger(path, lambda lg: reopen(lg, ref, by=by, date=date, path=path))
    return find_entry(ledger, ref, path=path)
