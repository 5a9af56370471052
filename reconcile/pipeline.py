"""run(settings) -> Report: the one library entry point, stage by stage."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from reconcile.config import Settings, load_settings
from reconcile.detect import detect_conflicts
from reconcile.extract import extract_claims, extract_mentions_of
from reconcile.ingest import discover, read_sources
from reconcile.link import facts, link_claims
from reconcile.models import (
    Claim,
    Conflict,
    DateValue,
    Mention,
    Notice,
    Report,
    Source,
    SourceRef,
    Summary,
)
from reconcile.suggest import add_suggestions, load_reference
from reconcile.vocab import load_vocabulary

logger = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]


def load_sources(settings: Settings, paths: Sequence[Path] | None = None) -> list[Source]:
    """Read the given paths (default: the fact base's sources).

    Raises InputError for anything unreadable.
    """
    targets = list(paths) if paths else [settings.sources]
    return read_sources(discover(targets), relative_to=settings.root)


def collect_mentions(settings: Settings, paths: Sequence[Path] | None = None
                     ) -> list[tuple[Source, Mention]]:
    """Every mention of every source, for debugging extraction."""
    out = []
    for source in load_sources(settings, paths):
        for mention in extract_mentions_of(source, fiscal_year_start=settings.fiscal_year_start):
            out.append((source, mention))
    return out


def _notices(source: Source, claims: Sequence[Claim]) -> list[Notice]:
    out = []
    for claim in claims:
        if isinstance(claim.value, DateValue) and not claim.value.resolved:
            out.append(Notice(code="N101", source=source.id, path=source.path, line=claim.line,
                              start=claim.start, end=claim.end, quote=claim.quote,
                              message="date could not be resolved (no publication date or anchor)"))
    return out


def run(settings: Settings, paths: Sequence[Path] | None = None, *, apply_decisions: bool = True,
        progress: Progress | None = None) -> Report:
    """Read, extract, link, detect, suggest and apply the editors' ledger.

    Raises InputError, ConfigError or LedgerError (all ReconcileError) when input is unusable.
    """
    sources = load_sources(settings, paths)
    vocab = load_vocabulary(settings.aliases, settings.events)
    all_claims: list[Claim] = []
    notices: list[Notice] = []
    for i, source in enumerate(sources):
        claims = extract_claims(source, vocab, fiscal_year_start=settings.fiscal_year_start)
        notices.extend(_notices(source, claims))
        all_claims.extend(c for c in claims if not (isinstance(c.value, DateValue) and not c.value.resolved))
        if progress is not None:
            progress("extract", i + 1, len(sources))
    graph = link_claims(all_claims, vocab, suggest_threshold=settings.suggest_threshold,
                        confirm_threshold=settings.confirm_threshold,
                        published={s.id: s.published_value for s in sources})
    found = facts(graph)
    by_source = {s.id: s for s in sources}
    conflicts: list[Conflict] = detect_conflicts(found, all_claims, by_source, vocab)
    evolving = {f.key: any(vocab.evolving(c.event) for c in f.claims) for f in found}
    conflicts = add_suggestions(conflicts, found, all_claims, sources, load_reference(settings.reference),
                                evolving)
    report = Report(
        sources=tuple(SourceRef(id=s.id, path=s.path, title=s.title, outlet=s.outlet, url=s.url,
                                published=s.published, digest=s.digest) for s in sources),
        conflicts=tuple(conflicts),
        summary=summarize(len(sources), len(all_claims), conflicts),
        notices=tuple(sorted(notices, key=lambda n: (n.source, n.start))),
    )
    if apply_decisions and settings.ledger is not None and settings.ledger.exists():
        from reconcile.ledger import apply_decisions as apply
        from reconcile.ledger import load_ledger

        report = apply(report, load_ledger(settings.ledger))
    return report


def summarize(sources: int, claims: int, conflicts: Sequence[Conflict]) -> Summary:
    return Summary(
        sources=sources, claims=claims, conflicts=len(conflicts),
        unresolved=sum(1 for c in conflicts if c.status == "unresolved"),
        errors=sum(1 for c in conflicts if c.severity == "error"),
        warnings=sum(1 for c in conflicts if c.severity == "warning"),
        infos=sum(1 for c in conflicts if c.severity == "info"),
    )


def check(paths: Sequence[str | Path] | None = None, **overrides: object) -> Report:
    """One call from Python: ``reconcile.check(["articles/"])`` returns the Report.

    Settings come from the nearest ``[tool.reconcile]`` config, with ``overrides`` applied.
    """
    settings = load_settings(**overrides)
    return run(settings, [Path(p) for p in paths] if paths else None)
