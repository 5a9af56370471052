"""Project settings: where the sources, vocabulary, reference facts, ledger and reports live.

Read from ``[tool.reconcile]`` in ``pyproject.toml`` or from ``reconcile.toml`` (top level), in
the current folder or the nearest parent that has one. Relative paths are taken from the folder
of the config file. Without any config, the bundled defaults apply.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import ValidationError, field_validator

from reconcile.errors import ConfigError
from reconcile.models import Model


class Settings(Model):
    """Where things live and how the run behaves. Paths are absolute after loading."""

    root: Path = Path(".")
    sources: Path = Path("facts/sources")
    aliases: Path | None = None
    events: Path | None = None
    reference: Path | None = None
    ledger: Path | None = None
    reports: Path = Path("reports")
    fiscal_year_start: int = 10  # month a fiscal year starts (US federal: October)
    suggest_threshold: float = 0.5  # a link scored above this is shown as suggested
    confirm_threshold: float = 0.65  # a link scored above this is confirmed (chosen by bench/eval_loso.py)
    link_model: Path | None = None  # weights of the link model (default: the bundled fit)
    jobs: int = 1  # processes extracting claims; 0 means one per CPU
    cache: Path | None = Path(".reconcile-cache")  # extraction cache folder; false or "" for none

    @field_validator("cache", mode="before")
    @classmethod
    def _no_cache(cls, value: object) -> object:
        return None if value is False or value == "" else value


_KEYS = set(Settings.model_fields) - {"root"}


def find_config(start: Path | None = None) -> tuple[Path, dict[str, object]] | None:
    """Return the config file and its ``[tool.reconcile]`` table, searching upward.

    Raises ConfigError when a config file exists but is not valid TOML.
    """
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in ("reconcile.toml", "pyproject.toml"):
            path = folder / name
            if not path.is_file():
                continue
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise ConfigError("E301", path=path, detail=str(exc)) from exc
            table = data if name == "reconcile.toml" else data.get("tool", {}).get("reconcile")
            if isinstance(table, dict):
                return path, table
    return None


def load_settings(start: Path | None = None, **overrides: object) -> Settings:
    """Load settings from the nearest config, apply ``overrides``, make paths absolute.

    Raises ConfigError on an unknown key or a value of the wrong type.
    """
    found = find_config(start)
    root = (start or Path.cwd()).resolve()
    table: dict[str, object] = {}
    if found is not None:
        path, table = found
        root = path.parent
        unknown = sorted(set(table) - _KEYS)
        if unknown:
            raise ConfigError("E301", path=path, detail=f"unknown key {unknown[0]!r}")
    values = {**table, **{k: v for k, v in overrides.items() if v is not None}}
    try:
        settings = Settings(root=root, **values)  # type: ignore[arg-type]
    except ValidationError as exc:
        where = found[0] if found else root
        detail = exc.errors()[0]
        raise ConfigError("E301", path=where, detail=f"{detail['loc']}: {detail['msg']}") from exc

    def absolute(p: Path | None) -> Path | None:
        return None if p is None else (p if p.is_absolute() else root / p)

    return settings.model_copy(
        update={
            "sources": absolute(settings.sources),
            "aliases": absolute(settings.aliases),
            "events": absolute(settings.events),
            "reference": absolute(settings.reference),
            "ledger": absolute(settings.ledger),
            "reports": absolute(settings.reports),
            "cache": absolute(settings.cache),
            "link_model": absolute(settings.link_model),
        }
    )
