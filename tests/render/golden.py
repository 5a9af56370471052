"""Compare rendered output with files under tests/golden/; RECONCILE_UPDATE_GOLDEN=1 rewrites."""

from __future__ import annotations

import os
from pathlib import Path

GOLDEN = Path(__file__).resolve().parent.parent / "golden"


def updating() -> bool:
    return os.environ.get("RECONCILE_UPDATE_GOLDEN") == "1"


def check_golden(name: str, text: str) -> None:
    """Assert ``text`` equals the golden file ``name`` (or rewrite it when updating)."""
    path = GOLDEN / name
    if updating():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
        return
    assert path.exists(), f"{path} is missing; run with RECONCILE_UPDATE_GOLDEN=1 to create it"
    expected = path.read_bytes().decode("utf-8")
    assert text == expected, f"{name} differs from the golden file; if intended, rerun with " \
                             "RECONCILE_UPDATE_GOLDEN=1 and review the diff"
