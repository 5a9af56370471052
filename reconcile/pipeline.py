"""run(settings) -> Report: the one library entry point, stage by stage."""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from reconcile.cache import ClaimCache, extraction_key
from reconcile.compact import ClaimPool
from reconcile.config import Settings, load_settings
from reconcile.detect import detect_conflicts
from reconcile.extract import extract_claims, extract_mentions_of
from reconcile.extract.places import find_bearings
from reconcile.ingest import discover, read_sources
from reconcile.link import STORY_SIZE, link_facts
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
from reconcile.vocab import Vocabulary, load_vocabulary

logger = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]


def load_sources(settings: Settings, paths: Sequence[Path] | None = None) -> list[Source]:
    """Read the given paths (default: the fact base's sources).

    Raises InputError for anything unreadable.
    """
    targets = list(paths) if paths else [settings.sources]
    pool = ClaimPool()  # a run holds every source: their dates, outlets and field sets are shared
    return [pool.source(s) for s in read_sources(discover(targets), relative_to=settings.root)]


def estimate_publication(sources: Sequence[Source]) -> list[Source]:
    """Undated articles of one story get the month (or year) its dated articles share.

    Scraped pages often lose their date; an article about the same story was published when the
    others were, so "on July 31" in it is July 31 of their year, not an unresolved date. Only the
    shared month or year is given (never a day: "Tuesday" stays unresolved), only in a run small
    enough to be one story, and marked as an estimate wherever a date is resolved against it.
    """
    dated = [s.published_value for s in sources if s.published_value is not None
             and s.published_value.earliest is not None and s.published_value.latest is not None]
    undated = [s for s in sources if s.published_value is None]
    if not dated or not undated or len(sources) >= STORY_SIZE:
        return list(sources)
    first = min(v.earliest for v in dated if v.earliest)
    last = max(v.latest for v in dated if v.latest)
    if first.year != last.year:
        return list(sources)
    if (first.month, first.year) == (last.month, last.year):
        start = dt.date(first.year, first.month, 1)
        end = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1) - dt.timedelta(days=1)
        precision = "month"
    else:
        start, end, precision = dt.date(first.year, 1, 1), dt.date(first.year, 12, 31), "year"
    estimate = DateValue(earliest=start, latest=end, precision=precision, approximate=True,  # type: ignore[arg-type]
                         anchor="estimated from the story's dated articles")
    return [s.model_copy(update={"published_value": estimate}) if s.published_value is None else s
            for s in sources]


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
            why = ("the source gives no publication date" if source.published is None else
                   f"its publication date ({source.published}) is not precise enough and the sentence has no anchor")
            out.append(Notice(code="N101", source=source.id, path=source.path, line=claim.line,
                              start=claim.start, end=claim.end, quote=claim.quote,
                              message=f"\u201c{claim.quote}\u201d is left unresolved: {why}"))
    return out


PARALLEL_MIN = 16  # fewer sources to extract than this are not worth starting processes for


def _cache_of(settings: Settings) -> ClaimCache | None:
    if settings.cache is None:
        return None
    folder = settings.cache if settings.cache.is_absolute() else settings.root / settings.cache
    key = extraction_key(aliases=settings.aliases, events=settings.events,
                         fiscal_year_start=settings.fiscal_year_start)
    return ClaimCache(folder, key)


def _extract_job(job: tuple[Source, Path | None, Path | None, int, ClaimCache | None]) -> tuple[Claim, ...]:
    """Extract one source in a worker process (the vocabulary is loaded once per process)."""
    source, aliases, events, fiscal_year_start, cache = job
    claims = extract_claims(source, load_vocabulary(aliases, events), fiscal_year_start=fiscal_year_start)
    if cache is not None:
        cache.store(source, claims)
    return claims


def extract_all(settings: Settings, sources: Sequence[Source], *, progress: Progress | None = None
                ) -> list[tuple[Claim, ...]]:
    """The claims of each source, in the order given, from the cache or extracted.

    With ``settings.jobs`` above 1 (0: one per CPU), sources missing from the cache are extracted
    in that many processes; the result is the same as a serial run's. The claims share their
    equal parts (see ``reconcile.compact``): a run holds every one of them until the report.
    """
    cache = _cache_of(settings)
    pool = ClaimPool()

    def shared(claims: tuple[Claim, ...] | None) -> tuple[Claim, ...] | None:
        return pool.claims(claims) if claims is not None else None

    out: list[tuple[Claim, ...] | None] = [shared(cache.load(s)) if cache is not None else None
                                           for s in sources]
    todo = [i for i, claims in enumerate(out) if claims is None]
    done = len(sources) - len(todo)
    if progress is not None and done:
        progress("extract", done, len(sources))
    jobs = settings.jobs if settings.jobs > 0 else (os.cpu_count() or 1)
    if jobs > 1 and len(todo) >= PARALLEL_MIN:
        workers = min(jobs, len(todo))
        work = [(sources[i], settings.aliases, settings.events, settings.fiscal_year_start, cache)
                for i in todo]
        # spawn, not fork: the caller may run threads (a progress bar) that fork would copy mid-lock
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as executor:
            chunk = max(1, min(64, len(todo) // (workers * 8)))
            for i, claims in zip(todo, executor.map(_extract_job, work, chunksize=chunk), strict=True):
                out[i] = shared(claims)
                done += 1
                if progress is not None:
                    progress("extract", done, len(sources))
    else:
        vocab = load_vocabulary(settings.aliases, settings.events)
        for i in todo:
            claims = extract_claims(sources[i], vocab, fiscal_year_start=settings.fiscal_year_start)
            if cache is not None:
                cache.store(sources[i], claims)
            out[i] = shared(claims)
            done += 1
            if progress is not None:
                progress("extract", done, len(sources))
    return [claims if claims is not None else () for claims in out]


def run(settings: Settings, paths: Sequence[Path] | None = None, *, apply_decisions: bool = True,
        progress: Progress | None = None) -> Report:
    """Read, extract, link, detect, suggest and apply the editors' ledger.

    Raises InputError, ConfigError or LedgerError (all ReconcileError) when input is unusable.
    """
    sources = estimate_publication(load_sources(settings, paths))
    vocab = load_vocabulary(settings.aliases, settings.events)
    all_claims: list[Claim] = []
    notices: list[Notice] = []
    for source, claims in zip(sources, extract_all(settings, sources, progress=progress), strict=True):
        notices.extend(_notices(source, claims))
        all_claims.extend(c for c in claims if not (isinstance(c.value, DateValue) and not c.value.resolved))
    found = link_facts(all_claims, vocab, suggest_threshold=settings.suggest_threshold,
                       confirm_threshold=settings.confirm_threshold,
                       published={s.id: s.published_value for s in sources}, model=settings.link_model)
    by_source = {s.id: s for s in sources}
    bearings = [b for s in sources for b in find_bearings(s, vocab)]
    conflicts: list[Conflict] = detect_conflicts(found, all_claims, by_source, vocab, bearings)
    evolving = {f.key: f.kind == "count" and _evolves(f.claims, vocab) for f in found}
    ledger = None
    if apply_decisions and settings.ledger is not None and settings.ledger.exists():
        from reconcile.ledger import load_ledger

        ledger = load_ledger(settings.ledger)
    decided = {e.fact_key: e.value for e in (ledger.decisions if ledger else ())
               if e.status == "resolved" and e.value}
    conflicts = add_suggestions(conflicts, found, all_claims, sources, load_reference(settings.reference),
                                evolving, decided)
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
    settings = load_settings(None, **overrides)
    return run(settings, [Path(p) for p in paths] if paths else None)


def _evolves(claims: Sequence[Claim], vocab: Vocabulary) -> bool:
    """Whether a count's claims count something that changes over time (a toll, a tally), for the
    recency of reports to weigh: at least half of the claims that name an event name one that
    evolves, not one stray word ("9 serious incidents were declared, and 4 cases were referred":
    the cases are no tally of the incidents)."""
    named = [c for c in claims if c.event]
    return bool(named) and 2 * sum(vocab.evolving(c.event) for c in named) >= len(named)
