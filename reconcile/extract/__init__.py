"""Source -> Mentions -> Claims: the extraction stage (a pure function of one source)."""

from __future__ import annotations

from pathlib import Path

from reconcile.extract.frames import build_claims
from reconcile.extract.text import sentences
from reconcile.ingest import scan_text
from reconcile.models import Claim, Mention, Source
from reconcile.vocab import Vocabulary


def extract_mentions_of(source: Source, *, fiscal_year_start: int = 10,
                        furniture_rules: Path | None = None) -> tuple[Mention, ...]:
    """Every date and quantity recognized in a source's body (page furniture skipped)."""
    from reconcile.extract.mentions import extract_mentions

    return extract_mentions(scan_text(source), published=source.published_value, source=source.id,
                            start=source.body_start, fiscal_year_start=fiscal_year_start,
                            furniture_rules=furniture_rules)


def extract_claims(source: Source, vocab: Vocabulary, *, fiscal_year_start: int = 10,
                   furniture_rules: Path | None = None) -> tuple[Claim, ...]:
    """The claims of one source: its mentions placed in their frames."""
    scan = scan_text(source)
    mentions = extract_mentions_of(source, fiscal_year_start=fiscal_year_start,
                                   furniture_rules=furniture_rules)
    bounds = sentences(scan, source.body_start)
    return tuple(build_claims(source, mentions, bounds, vocab, scan=scan))


__all__ = ["extract_claims", "extract_mentions_of"]
