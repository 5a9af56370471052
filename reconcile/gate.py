"""The CI gate: a report (after the ledger) -> exit status, computed in this one place.

0 = nothing unresolved at or above the fail level (outside the baseline); 1 = something is.
2 belongs to the CLI: it means reconcile could not run.

Example::

    status = exit_status(report, fail_on="warning", baseline=load_baseline(Path("base.json")))
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from reconcile.errors import LedgerError
from reconcile.models import SEVERITY_RANK, Conflict, Report

FailOn = Literal["error", "warning", "never"]
FAIL_LEVELS: tuple[str, ...] = ("error", "warning", "never")


def failing(report: Report, *, fail_on: FailOn = "error",
            baseline: frozenset[str] | None = None) -> tuple[Conflict, ...]:
    """The unresolved conflicts at or above ``fail_on`` whose ids are not in ``baseline``.

    Raises ValueError for an unknown ``fail_on``.
    """
    if fail_on not in FAIL_LEVELS:
        raise ValueError(f"fail_on must be one of {', '.join(FAIL_LEVELS)}, not {fail_on!r}")
    if fail_on == "never":
        return ()
    floor = SEVERITY_RANK[fail_on]
    known = baseline or frozenset()
    return tuple(
        c
        for c in report.conflicts
        if c.status == "unresolved" and SEVERITY_RANK[c.severity] >= floor and c.id not in known
    )


def exit_status(report: Report, *, fail_on: FailOn = "error",
                baseline: frozenset[str] | None = None) -> int:
    """0 when no unresolved conflict is at or above ``fail_on`` (baseline ids excepted), else 1."""
    return 1 if failing(report, fail_on=fail_on, baseline=baseline) else 0


def _ids(items: Any, where: str) -> frozenset[str]:
    if not isinstance(items, list):
        raise ValueError(f"{where} is not a list")
    ids = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            raise ValueError(f"an item of {where} has no string id")
        ids.append(item["id"])
    return frozenset(ids)


def load_baseline(path: Path) -> frozenset[str]:
    """The conflict ids of a JSON report (``conflicts[].id``) or a ledger (``decisions[].id``).

    A version-0 ledger (a bare list of decisions) works too. Raises LedgerError E206 when the
    file cannot be read or has neither shape.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, list):
            return _ids(data, "the list")
        if isinstance(data, dict) and "conflicts" in data:
            return _ids(data["conflicts"], "conflicts")
        if isinstance(data, dict) and "decisions" in data:
            return _ids(data["decisions"], "decisions")
        raise ValueError("neither a report (conflicts) nor a ledger (decisions)")
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        # json.JSONDecodeError is a ValueError.
        raise LedgerError("E206", path=path, detail=str(exc)) from exc
