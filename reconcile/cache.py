"""Extraction results on disk, one file per source, so an unchanged corpus is only re-linked.

An entry lives at ``<cache>/claims/<digest prefix>/<entry>.json``. The entry name is a hash of the
source's content digest, its id and path (claims carry both) and the *extraction key*: the
package version, the cache format, the fiscal-year setting, and a hash of every file that shapes
extraction (the bundled and the project's vocabulary, the furniture rules, and the extraction
code itself, so an edited checkout never reads claims made by other code). Anything else that
changes is a different entry; stale entries are simply never read again.

The cache is an optimisation, never a source of errors: an unreadable, corrupt or mismatched entry
is a miss (and is rewritten), and a failed write is logged and forgotten. Writes go to a temporary
file in the same folder and are moved into place with ``os.replace``, so a reader sees a whole
entry or none, even with several runs at once.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from pydantic import ValidationError

from reconcile.models import Claim, Source

logger = logging.getLogger(__name__)

CACHE_FORMAT = 1
_BUNDLED_DATA = ("aliases.toml", "events.toml", "furniture.toml")
_PACKAGE = Path(__file__).resolve().parent
# Code whose change can change a source's claims: the extraction stage and what it builds on.
_CODE = ("extract", "models.py", "vocab.py", "ingest.py")


def _code_files() -> list[Path]:
    out: list[Path] = []
    for name in _CODE:
        path = _PACKAGE / name
        out.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return out


def extraction_key(*, aliases: Path | None, events: Path | None, fiscal_year_start: int) -> str:
    """A hash of everything besides the source itself that shapes a source's claims."""
    from reconcile import __version__

    h = hashlib.sha256()
    h.update(f"reconcile {__version__}\nformat {CACHE_FORMAT}\nfiscal {fiscal_year_start}\n".encode())
    for name in _BUNDLED_DATA:
        h.update(f"data {name}\n".encode())
        h.update(resources.files("reconcile.data").joinpath(name).read_bytes())
    for label, path in (("aliases", aliases), ("events", events)):
        h.update(f"{label} {path}\n".encode())
        if path is not None and path.is_file():
            h.update(path.read_bytes())
    for path in _code_files():
        h.update(f"code {path.relative_to(_PACKAGE).as_posix()}\n".encode())
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"-")
    return h.hexdigest()[:32]


class ClaimCache:
    """Per-source claims under ``folder/claims``, valid for one extraction key."""

    def __init__(self, folder: Path, key: str) -> None:
        self.folder = folder / "claims"
        self.key = key

    def entry_path(self, source: Source) -> Path:
        digest = source.digest.partition(":")[2] or source.digest or "none"
        # The publication date extraction resolves against (estimated ones are not in the file).
        published = source.published_value.model_dump(mode="json") if source.published_value else None
        name = hashlib.sha256(
            json.dumps([source.digest, source.id, source.path, self.key, published]).encode()).hexdigest()[:32]
        return self.folder / digest[:2] / f"{name}.json"

    def load(self, source: Source) -> tuple[Claim, ...] | None:
        """The cached claims of a source, or None when there is no usable entry."""
        if not source.digest:
            return None
        path = self.entry_path(source)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            logger.warning("ignoring unreadable cache entry %s (%s)", path, exc)
            return None
        try:
            if (data["format"], data["key"], data["digest"], data["source"], data["path"]) != (
                    CACHE_FORMAT, self.key, source.digest, source.id, source.path):
                logger.warning("ignoring mismatched cache entry %s", path)
                return None
            return tuple(Claim.model_validate(c) for c in data["claims"])
        except (KeyError, TypeError, ValueError, ValidationError) as exc:
            logger.warning("ignoring corrupt cache entry %s (%s)", path, exc)
            return None

    def store(self, source: Source, claims: Sequence[Claim]) -> None:
        """Write a source's claims atomically; a failure is logged, never raised."""
        if not source.digest:
            return
        path = self.entry_path(source)
        payload = {
            "format": CACHE_FORMAT, "key": self.key, "digest": source.digest, "source": source.id,
            "path": source.path, "claims": [c.model_dump(mode="json") for c in claims],
        }
        text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        tmp: str | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(tmp, path)
            tmp = None
        except OSError as exc:
            logger.warning("could not write cache entry %s (%s)", path, exc)
        finally:
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass


__all__ = ["CACHE_FORMAT", "ClaimCache", "extraction_key"]
