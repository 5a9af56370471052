"""The extraction cache and parallel extraction: same Report, fewer extractions."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reconcile import pipeline
from reconcile.cache import ClaimCache, extraction_key
from reconcile.cli import app
from reconcile.config import Settings, load_settings
from reconcile.ingest import read_source
from reconcile.models import Claim, Report

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Two generated stories (eight articles) in ``tmp_path/articles``."""
    sys.path.insert(0, str(REPO))
    try:
        from bench.gen_stories import generate
    finally:
        sys.path.remove(str(REPO))
    generate(8, tmp_path / "articles", seed=11)
    return tmp_path / "articles"


def settings_for(corpus: Path, **extra: object) -> Settings:
    values: dict[str, object] = {"cache": corpus.parent / ".reconcile-cache", **extra}
    return Settings(root=corpus.parent, sources=corpus, **values)  # type: ignore[arg-type]


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Source ids passed to extract_claims (in this process) during the test."""
    seen: list[str] = []
    real = pipeline.extract_claims

    def counting(source, vocab, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(source.id)
        return real(source, vocab, **kwargs)

    monkeypatch.setattr(pipeline, "extract_claims", counting)
    yield seen


def run(settings: Settings) -> Report:
    return pipeline.run(settings, apply_decisions=False)


def test_second_run_only_relinks(corpus: Path, calls: list[str]) -> None:
    settings = settings_for(corpus)
    first = run(settings)
    assert len(calls) == 8
    assert first.summary.claims > 0
    calls.clear()
    second = run(settings)
    assert calls == []
    assert second == first


def test_cache_gives_the_report_of_no_cache(corpus: Path) -> None:
    cached = settings_for(corpus)
    run(cached)
    assert run(cached) == run(settings_for(corpus, cache=None))


def test_changed_file_is_the_only_one_extracted_again(corpus: Path, calls: list[str]) -> None:
    settings = settings_for(corpus)
    run(settings)
    target = sorted(corpus.rglob("*.md"))[3]
    target.write_text(target.read_text(encoding="utf-8").replace("said", "stated", 1), encoding="utf-8")
    calls.clear()
    after = run(settings)
    assert calls == [target.stem]
    assert after == run(settings_for(corpus, cache=None))


def test_corrupt_entry_is_ignored_and_rewritten(corpus: Path, calls: list[str]) -> None:
    settings = settings_for(corpus)
    before = run(settings)
    target = sorted(corpus.rglob("*.md"))[2]
    source = read_source(target, relative_to=settings.root)
    cache = pipeline._cache_of(settings)
    assert cache is not None
    entry = cache.entry_path(source)
    assert entry.is_file()
    for garbage in ("{not json", '{"format": 1, "claims": 3}', ""):
        entry.write_text(garbage, encoding="utf-8")
        calls.clear()
        assert run(settings) == before
        assert calls == [target.stem]
        assert cache.load(source) is not None  # rewritten whole


def test_entry_of_another_source_is_not_used(corpus: Path) -> None:
    settings = settings_for(corpus)
    run(settings)
    one, other = sorted(corpus.rglob("*.md"))[:2]
    a, b = read_source(one, relative_to=settings.root), read_source(other, relative_to=settings.root)
    cache = pipeline._cache_of(settings)
    assert cache is not None
    cache.entry_path(a).write_bytes(cache.entry_path(b).read_bytes())
    assert cache.load(a) is None


def test_key_follows_what_shapes_extraction(tmp_path: Path) -> None:
    base = extraction_key(aliases=None, events=None, fiscal_year_start=10)
    assert base == extraction_key(aliases=None, events=None, fiscal_year_start=10)
    assert base != extraction_key(aliases=None, events=None, fiscal_year_start=7)
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[entity.acme]\nnames = ["Acme"]\n', encoding="utf-8")
    with_file = extraction_key(aliases=aliases, events=None, fiscal_year_start=10)
    assert with_file != base
    aliases.write_text('[entity.acme]\nnames = ["Acme", "Acme Corp"]\n', encoding="utf-8")
    assert extraction_key(aliases=aliases, events=None, fiscal_year_start=10) != with_file


def test_round_trip_keeps_claims_equal(corpus: Path, tmp_path: Path) -> None:
    settings = settings_for(corpus)
    source = read_source(sorted(corpus.rglob("*.md"))[0], relative_to=settings.root)
    claims = pipeline.extract_all(settings.model_copy(update={"cache": None}), [source])[0]
    cache = ClaimCache(tmp_path / "c", "k")
    cache.store(source, claims)
    loaded = cache.load(source)
    assert loaded == claims
    assert all(isinstance(c, Claim) for c in loaded or ())


def test_unwritable_cache_is_not_fatal(corpus: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    report = run(settings_for(corpus, cache=blocker))
    assert report == run(settings_for(corpus, cache=None))


def test_two_jobs_give_the_report_of_one(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "PARALLEL_MIN", 1)
    serial = run(settings_for(corpus, cache=None, jobs=1))
    assert run(settings_for(corpus, cache=None, jobs=2)) == serial
    cached = settings_for(corpus, jobs=2)
    assert run(cached) == serial  # workers write the cache
    assert run(cached.model_copy(update={"jobs": 1})) == serial
    assert run(settings_for(corpus, cache=None, jobs=0)) == serial


def test_progress_counts_every_source(corpus: Path) -> None:
    settings = settings_for(corpus)
    seen: list[tuple[str, int, int]] = []
    for _ in range(2):  # cold, then warm
        seen.clear()
        pipeline.run(settings, apply_decisions=False, progress=lambda *a: seen.append(a))
        extract = [s for s in seen if s[0] == "extract"]
        assert extract[-1] == ("extract", 8, 8)


def test_settings_turn_the_cache_off() -> None:
    assert Settings(cache=False).cache is None  # type: ignore[arg-type]
    assert Settings(cache="").cache is None  # type: ignore[arg-type]
    assert Settings().cache == Path(".reconcile-cache")


def test_load_settings_makes_the_cache_absolute(tmp_path: Path) -> None:
    (tmp_path / "reconcile.toml").write_text('cache = "build/cache"\njobs = 2\n', encoding="utf-8")
    settings = load_settings(tmp_path)
    assert settings.cache == tmp_path / "build" / "cache"
    assert settings.jobs == 2
    assert load_settings(tmp_path, cache=False).cache is None
    assert load_settings(tmp_path, jobs=0).jobs == 0


def test_check_no_cache_and_jobs(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(corpus.parent)
    runner = CliRunner()
    plain = runner.invoke(app, ["check", "-f", "json", "--fail-on", "never", "--no-cache", str(corpus)])
    assert plain.exit_code == 0, plain.output
    assert not (corpus.parent / ".reconcile-cache").exists()
    cached = runner.invoke(app, ["check", "-f", "json", "--fail-on", "never", "--jobs", "2", str(corpus)])
    assert cached.exit_code == 0, cached.output
    assert (corpus.parent / ".reconcile-cache" / "claims").is_dir()
    assert cached.stdout == plain.stdout
    bad = runner.invoke(app, ["check", "--jobs", "-1", str(corpus)])
    assert bad.exit_code == 2
