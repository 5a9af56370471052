"""The committed reports/ folder is what `reconcile report` writes for the bundled fact base now."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from reconcile.cli import app
from reconcile.render import FILE_NAMES

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "reports"


def test_committed_reports_are_fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    out = tmp_path / "reports"
    result = CliRunner().invoke(app, ["report", "--out", str(out)])
    assert result.exit_code == 0, (result.stdout, result.stderr)
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(FILE_NAMES.values())
    committed = sorted(p.name for p in REPORTS.iterdir()) if REPORTS.is_dir() else []
    assert committed == written, "reports/ is missing files; run `reconcile report` and commit reports/"
    stale = [name for name in written if (out / name).read_bytes() != (REPORTS / name).read_bytes()]
    assert not stale, (f"reports/ is stale ({', '.join(stale)} differ from what the fact base gives "
                       "now); run `reconcile report` and commit reports/")
