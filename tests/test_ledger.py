"""The editors' ledger: file format, decisions surviving re-runs, re-opening, faults."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from fixtures_reports import (
    GAZETTE,
    HOSTILE,
    MINISTRY,
    NORTHWIRE,
    claim,
    conflict_id,
    passengers_conflict,
    sample_report,
    side,
    suspended_conflict,
    undecided,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.errors import LedgerError
from reconcile.ledger import (
    REASONS,
    Ledger,
    LedgerEntry,
    LedgerRevision,
    LedgerSide,
    apply_decisions,
    decide,
    dump_ledger,
    find_conflict,
    load_ledger,
    merge,
    parse_ledger,
    record_decision,
    reopen,
    reopen_decision,
    upgrade,
)
from reconcile.models import Conflict, Report

TESTS = Path(__file__).parent
DAY = dt.date(2026, 12, 2)


def clock() -> dt.date:
    return DAY


def _resolve(ledger: Ledger, conflict: Conflict, value: str = "2022", **kw: object) -> Ledger:
    args: dict[str, object] = {"reason": "primary-source", "by": "M. Rossi", "date": DAY}
    args.update(kw)
    return decide(ledger, conflict, status="resolved", value=value, **args)  # type: ignore[arg-type]


def _with_conflicts(report: Report, *conflicts: Conflict) -> Report:
    return report.model_copy(update={"conflicts": conflicts})


# ---------------------------------------------------------------------------------------------
# The file
# ---------------------------------------------------------------------------------------------


def test_dump_is_sorted_indented_and_ends_with_newline() -> None:
    ledger = _resolve(Ledger(), suspended_conflict())
    ledger = decide(ledger, passengers_conflict(), status="dismissed", reason="extraction-error",
                    date=DAY)
    text = dump_ledger(ledger)
    assert text.endswith("}\n") and not text.endswith("\n\n")
    data = json.loads(text)
    assert data["schema_version"] == 1
    ids = [d["id"] for d in data["decisions"]]
    assert ids == sorted(ids)
    assert text == json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    assert "line" not in text and "start" not in text  # no positions in the ledger
    assert parse_ledger(text) == ledger


def test_entry_records_sides_ranks_and_sources() -> None:
    ledger = _resolve(Ledger(), suspended_conflict(), note="ministry dataset")
    (entry,) = ledger.decisions
    assert entry.status == "resolved" and entry.value == "2022" and entry.date == "2026-12-02"
    assert [(s.value, s.rank) for s in entry.sides] == [("2022", "preferred"),
                                                        ("2021", "deprecated")]
    assert entry.sides[0].why == "ministry dataset"
    assert entry.sides[0].sources == ("ministry-stats", "northwire-acme")


def test_missing_file_is_an_empty_ledger(tmp_path: Path) -> None:
    assert load_ledger(tmp_path / "nope.json") == Ledger()


def test_record_decision_writes_the_file(tmp_path: Path) -> None:
    path = tmp_path / "facts" / "ledger.json"
    entry = record_decision(path, suspended_conflict(), status="resolved", value="2022",
                            reason="majority", by="ed", clock=clock)
    assert entry.value == "2022"
    assert load_ledger(path).decisions == (entry,)
    assert path.read_text(encoding="utf-8") == dump_ledger(load_ledger(path))
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_value_is_matched_loosely_and_checked() -> None:
    conflict = passengers_conflict()
    ledger = _resolve(Ledger(), conflict, value=" 37,000 ")
    assert ledger.decisions[0].value == "37,000"
    with pytest.raises(LedgerError) as err:
        _resolve(Ledger(), conflict, value="40,000")
    assert err.value.code == "E205" and "37,000, 52,000" in err.value.message


def test_reason_must_be_a_known_code() -> None:
    with pytest.raises(LedgerError) as err:
        _resolve(Ledger(), suspended_conflict(), reason="because")
    assert err.value.code == "E209"
    with pytest.raises(LedgerError) as err:
        _resolve(Ledger(), suspended_conflict(), reason="other")
    assert err.value.code == "E209" and "note" in err.value.message
    assert _resolve(Ledger(), suspended_conflict(), reason="other", note="phoned the airline")
    assert "primary-source" in REASONS


def test_new_decision_keeps_the_old_one_in_history() -> None:
    conflict = suspended_conflict()
    first = _resolve(Ledger(), conflict)
    second = _resolve(first, conflict, value="2021", reason="correction", note="union was right")
    (entry,) = second.decisions
    assert entry.value == "2021"
    assert [(h.status, h.value, h.reason) for h in entry.history] == [
        ("resolved", "2022", "primary-source")
    ]


def test_same_decision_on_another_day_changes_nothing() -> None:
    once = _resolve(Ledger(), suspended_conflict())
    assert _resolve(once, suspended_conflict(), date=dt.date(2027, 1, 5)) == once


def test_reopen_keeps_history_and_apply_shows_previous() -> None:
    conflict = suspended_conflict()
    ledger = reopen(_resolve(Ledger(), conflict), conflict.id[:8], by="J. Okafor", date=DAY)
    (entry,) = ledger.decisions
    assert entry.status == "unresolved" and entry.reason == "reopened"
    assert entry.history[-1].value == "2022"
    assert reopen(ledger, conflict.id, date=DAY) == ledger  # already open: nothing changes
    report = apply_decisions(_with_conflicts(sample_report(), conflict), ledger)
    (c,) = report.conflicts
    assert c.status == "unresolved" and c.decision is None
    assert c.previous is not None and c.previous.value == "2022"
    assert c.previous.reopened == "re-opened by J. Okafor on 2026-12-02"


def test_reopen_of_unknown_id_is_E210(tmp_path: Path) -> None:
    with pytest.raises(LedgerError) as err:
        reopen_decision(tmp_path / "ledger.json", "cfl_0000", clock=clock)
    assert err.value.code == "E210"
    assert not (tmp_path / "ledger.json").exists()


# ---------------------------------------------------------------------------------------------
# apply_decisions: identity that survives re-runs
# ---------------------------------------------------------------------------------------------


def test_apply_sets_status_decision_ranks_and_summary() -> None:
    report = undecided(sample_report())
    assert report.summary.unresolved == 5
    conflict = report.conflicts[0]
    out = apply_decisions(report, _resolve(Ledger(), conflict, note="n"))
    c = out.conflicts[0]
    assert c.status == "resolved"
    assert c.decision is not None and c.decision.value == "2022" and c.decision.note == "n"
    assert [s.rank for s in c.sides] == ["preferred", "deprecated"]
    assert out.summary.unresolved == 4
    assert out.conflicts[1:] == report.conflicts[1:]


def test_dismissed_and_accepted_keep_normal_ranks() -> None:
    report = undecided(sample_report())
    a, b = report.conflicts[0], report.conflicts[1]
    ledger = decide(Ledger(), a, status="dismissed", reason="not-same-fact", date=DAY)
    ledger = decide(ledger, b, status="accepted", reason="genuinely-disputed", date=DAY)
    out = apply_decisions(report, ledger)
    assert [c.status for c in out.conflicts[:2]] == ["dismissed", "accepted"]
    assert {s.rank for c in out.conflicts[:2] for s in c.sides} == {"normal"}
    assert out.summary.unresolved == 3


def test_decision_survives_an_agreeing_source_and_an_inserted_paragraph() -> None:
    conflict = suspended_conflict()
    ledger = _resolve(Ledger(), conflict)
    # A new article agrees with 2022, and a paragraph was inserted above the airline's claim:
    # the values in dispute are the same, so the id (fact key + values) is the same.
    moved = NORTHWIRE.model_copy(update={"text": NORTHWIRE.text.replace(
        "Acme Air said", "An editor's note was added here.\n\nAcme Air said")})
    agreeing = HOSTILE.model_copy(update={"id": "new-article", "text": "It stopped in 2022.\n"})
    sides = (
        side("2022", claim(moved, "in 2022", {}, "2022"), claim(MINISTRY, "in 2022", {}, "2022"),
             claim(agreeing, "in 2022", {}, "2022")),
        side("2021", claim(GAZETTE, "in 2021", {}, "2021")),
    )
    rerun = conflict.model_copy(update={"sides": sides})
    assert conflict_id(rerun.fact_key, [s.value for s in rerun.sides]) == conflict.id
    assert sides[0].claims[0].line != conflict.sides[0].claims[0].line
    out = apply_decisions(_with_conflicts(sample_report(), rerun), ledger)
    (c,) = out.conflicts
    assert c.status == "resolved" and c.previous is None
    assert c.decision is not None and c.decision.value == "2022"


def test_changed_value_reopens_and_says_why() -> None:
    conflict = suspended_conflict()
    ledger = _resolve(Ledger(), conflict)
    # The union now says 2020: a new value, so a new id; the fact key is the same.
    sides = (conflict.sides[0], side("2020", claim(GAZETTE, "in 2021", {}, "2020")))
    changed = conflict.model_copy(update={
        "id": conflict_id(conflict.fact_key, ["2022", "2020"]), "sides": sides})
    out = apply_decisions(_with_conflicts(sample_report(), changed), ledger)
    (c,) = out.conflicts
    assert c.status == "unresolved" and c.decision is None
    assert c.previous is not None and c.previous.value == "2022"
    assert c.previous.reopened == (
        "re-opened: new value 2020 in dispute; value 2021 is no longer given by any source "
        "(a source changed it); decided earlier: 2022 among 2022, 2021"
    )
    assert out.summary.unresolved == 1


def test_new_value_added_to_a_decided_fact_reopens() -> None:
    conflict = suspended_conflict()
    ledger = _resolve(Ledger(), conflict)
    sides = (*conflict.sides, side("2020", claim(HOSTILE, "52,000", {}, "2020")))
    grown = conflict.model_copy(update={
        "id": conflict_id(conflict.fact_key, ["2022", "2021", "2020"]), "sides": sides})
    (c,) = apply_decisions(_with_conflicts(sample_report(), grown), ledger).conflicts
    assert c.status == "unresolved"
    assert c.previous is not None
    assert c.previous.reopened == (
        "re-opened: new value 2020 in dispute; decided earlier: 2022 among 2022, 2021")


def test_same_values_under_another_id_keep_the_decision() -> None:
    conflict = suspended_conflict()
    ledger = _resolve(Ledger(), conflict)
    renamed = conflict.model_copy(update={"id": "cfl_" + "0" * 16})
    (c,) = apply_decisions(_with_conflicts(sample_report(), renamed), ledger).conflicts
    assert c.status == "resolved"


def test_find_conflict_by_prefix() -> None:
    report = sample_report()
    target = report.conflicts[2]
    assert find_conflict(report, target.id) == target
    assert find_conflict(report, target.id[:9]) == target
    assert find_conflict(report, target.id[4:10]) == target  # "cfl_" may be left out
    with pytest.raises(LedgerError) as err:
        find_conflict(report, "cfl_zzzz")
    assert err.value.code == "E203"
    with pytest.raises(LedgerError) as err:
        find_conflict(report, "cfl_")
    assert err.value.code == "E208"


# ---------------------------------------------------------------------------------------------
# Schema versions
# ---------------------------------------------------------------------------------------------

V0 = [
    {"id": "cfl_9cf881dc422f66ca", "fact_key": "k", "fact": "when", "values": ["2022", "2021"],
     "status": "resolved", "value": "2022", "reason": "the airline said so", "by": "ed",
     "date": "2025-01-02"},
]


def test_v0_is_upgraded_in_memory_and_written_back_only_on_a_new_decision(tmp_path: Path) -> None:
    path = tmp_path / "ledger.json"
    original = json.dumps(V0)
    path.write_text(original, encoding="utf-8")
    ledger = load_ledger(path)
    (entry,) = ledger.decisions
    assert entry.reason == "other" and entry.note == "the airline said so"
    assert [(s.value, s.rank) for s in entry.sides] == [("2022", "preferred"),
                                                        ("2021", "deprecated")]
    assert path.read_text(encoding="utf-8") == original
    record_decision(path, passengers_conflict(), status="accepted", reason="genuinely-disputed",
                    clock=clock)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == 1 and len(data["decisions"]) == 2


def test_upgrade_runs_the_chain() -> None:
    assert upgrade(V0)["schema_version"] == 1
    doc = {"schema_version": 1, "decisions": []}
    assert upgrade(doc) is doc


@pytest.mark.parametrize(
    "text",
    [
        "{not json",
        '{"schema_version": 1, "decisions": [{"id": 3}]}',
        '{"decisions": []}',
        '"a string"',
        '{"schema_version": 1, "decisions": [], "extra": true}',
        "[1, 2]",
    ],
)
def test_corrupt_ledger_is_E201_and_left_alone(tmp_path: Path, text: str) -> None:
    path = tmp_path / "ledger.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LedgerError) as err:
        record_decision(path, suspended_conflict(), status="resolved", value="2022",
                        reason="majority", clock=clock)
    assert err.value.code == "E201"
    assert path.read_text(encoding="utf-8") == text


def test_not_utf8_is_E201(tmp_path: Path) -> None:
    path = tmp_path / "ledger.json"
    path.write_bytes(b"\xff\xfe{}")
    with pytest.raises(LedgerError) as err:
        load_ledger(path)
    assert err.value.code == "E201"


def test_newer_schema_is_E202(tmp_path: Path) -> None:
    path = tmp_path / "ledger.json"
    path.write_text('{"schema_version": 9, "decisions": []}', encoding="utf-8")
    with pytest.raises(LedgerError) as err:
        record_decision(path, suspended_conflict(), status="dismissed", reason="not-same-fact",
                        clock=clock)
    assert err.value.code == "E202" and "9" in err.value.message
    assert path.read_text(encoding="utf-8") == '{"schema_version": 9, "decisions": []}'


# ---------------------------------------------------------------------------------------------
# Faults: a writer killed mid-way, concurrent writers
# ---------------------------------------------------------------------------------------------

CHILD = """
import os, sys, time, datetime as dt
from pathlib import Path
sys.path.insert(0, {tests!r})
import fixtures_reports as fx
from reconcile import ledger as lg

mode, path, which = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
conflict = {{"a": fx.suspended_conflict, "b": fx.passengers_conflict}}[which]()
value = conflict.sides[0].value
if mode == "die-at-replace":
    os.replace = lambda *a, **k: os._exit(9)
elif mode == "die-at-fsync":
    real = os.fsync
    calls = []
    def fsync(fd):
        calls.append(fd)
        os._exit(9)
    os.fsync = fsync
elif mode == "hang-at-fsync":
    # The temp file is written; tell the parent, then wait to be killed before os.replace.
    def fsync(fd):
        Path(str(path) + ".inside").write_text("x")
        time.sleep(60)
    os.fsync = fsync
elif mode == "slow":
    real_write = lg.write_atomic
    def slow(p, text):
        time.sleep(0.5)  # hold the lock while another process wants it
        real_write(p, text)
    lg.write_atomic = slow
lg.record_decision(path, conflict, status="resolved", value=value, reason="majority",
                   by=which, clock=lambda: dt.date(2026, 12, 2))
"""


def _child(mode: str, path: Path, which: str) -> subprocess.Popen[bytes]:
    code = textwrap.dedent(CHILD.format(tests=str(TESTS)))
    return subprocess.Popen([sys.executable, "-c", code, mode, str(path), which])


@pytest.mark.parametrize("mode", ["die-at-replace", "die-at-fsync"])
def test_writer_killed_mid_write_leaves_the_old_ledger(tmp_path: Path, mode: str) -> None:
    path = tmp_path / "ledger.json"
    record_decision(path, suspended_conflict(), status="resolved", value="2022",
                    reason="majority", clock=clock)
    before = path.read_bytes()
    proc = _child(mode, path, "b")
    assert proc.wait(timeout=60) == 9
    assert path.read_bytes() == before
    assert load_ledger(path).get(passengers_conflict().id) is None


def test_writer_killed_by_sigkill_leaves_a_whole_ledger(tmp_path: Path) -> None:
    path = tmp_path / "ledger.json"
    record_decision(path, suspended_conflict(), status="resolved", value="2022",
                    reason="majority", clock=clock)
    before = path.read_bytes()
    proc = _child("hang-at-fsync", path, "b")
    marker = Path(str(path) + ".inside")
    deadline = time.monotonic() + 60
    while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists(), "the child never reached the write"
    proc.kill()  # SIGKILL while holding the lock with a half-done write
    proc.wait(timeout=60)
    assert path.read_bytes() == before
    assert list(tmp_path.glob(".ledger.json.*.tmp"))  # the killed writer's temp file
    # The lock died with the process: the next writer gets it and clears the leftover.
    record_decision(path, passengers_conflict(), status="dismissed", reason="extraction-error",
                    clock=clock)
    assert len(load_ledger(path).decisions) == 2
    assert not list(tmp_path.glob(".ledger.json.*.tmp"))


def test_two_concurrent_writers_both_land(tmp_path: Path) -> None:
    path = tmp_path / "ledger.json"
    procs = [_child("slow", path, which) for which in ("a", "b")]
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    ledger = load_ledger(path)
    assert {e.by for e in ledger.decisions} == {"a", "b"}


# ---------------------------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------------------------

CONFLICTS = [c for c in undecided(sample_report()).conflicts]
verdicts = st.sampled_from(["resolved", "dismissed", "accepted"])
reasons = st.sampled_from(sorted(set(REASONS) - {"other"}))


@st.composite
def ledgers(draw: st.DrawFn) -> Ledger:
    ledger = Ledger()
    for _ in range(draw(st.integers(0, 6))):
        conflict = draw(st.sampled_from(CONFLICTS))
        status = draw(verdicts)
        value = draw(st.sampled_from([s.value for s in conflict.sides]))
        date = draw(st.dates(dt.date(2024, 1, 1), dt.date(2026, 12, 31)))
        ledger = decide(ledger, conflict, status=status, value=value, reason=draw(reasons),
                        note=draw(st.none() | st.text(max_size=8)), by=draw(st.sampled_from(
                            [None, "ed", "Zoë"])), date=date)
        if draw(st.booleans()):
            ledger = reopen(ledger, conflict.id, date=date)
    return ledger


@settings(max_examples=60, deadline=None)
@given(ledgers(), ledgers())
def test_merging_twice_equals_merging_once(a: Ledger, b: Ledger) -> None:
    once = merge(a, b)
    assert merge(once, b) == once
    assert merge(a, a) == a


@settings(max_examples=60, deadline=None)
@given(ledgers(), st.sampled_from(CONFLICTS), verdicts, reasons)
def test_deciding_twice_equals_deciding_once(ledger: Ledger, conflict: Conflict, status: str,
                                             reason: str) -> None:
    def once(lg: Ledger) -> Ledger:
        return decide(lg, conflict, status=status, value=conflict.sides[-1].value,  # type: ignore[arg-type]
                      reason=reason, date=DAY)

    assert once(once(ledger)) == once(ledger)


@settings(max_examples=60, deadline=None)
@given(ledgers())
def test_applying_twice_equals_applying_once(ledger: Ledger) -> None:
    report = undecided(sample_report())
    once = apply_decisions(report, ledger)
    assert apply_decisions(once, ledger) == once
    assert once.summary.unresolved == sum(c.status == "unresolved" for c in once.conflicts)
    assert parse_ledger(dump_ledger(ledger)) == ledger


def test_a_history_that_repeats_a_revision_survives_merging() -> None:
    # Resolved, re-opened, resolved again the same way on one day: three revisions, two equal.
    done = LedgerRevision(status="resolved", value="2022", reason="correction", date="2024-01-01",
                          values=("2022", "2021"))
    reopened = LedgerRevision(status="unresolved", reason="reopened", date="2024-01-01", values=("2022", "2021"))
    entry = LedgerEntry(id="cfl_9cf881dc422f66ca", fact_key="date|suspend", fact="when the route was suspended",
                        sides=(LedgerSide(value="2022", sources=("a",)), LedgerSide(value="2021", sources=("b",))),
                        status="unresolved", reason="reopened", date="2024-01-01",
                        history=(done, reopened, done))
    b = Ledger(decisions=(entry,))
    once = merge(Ledger(decisions=()), b)
    assert merge(once, b) == once
    assert merge(once, b).decisions[0].history == (done, reopened, done)
