"""Benchmark the mention grammar: speed, peak memory, and a dateparser comparison.

Run: ``python bench/extract_bench.py [--sentences 20000] [--sample 400] [--seed 7]``

A seeded generator writes a news-like corpus from templates that carry dates and figures, each
sentence labeled with the dates it contains (text and inclusive interval). The script prints
one table: sentences per second on one core, peak traced memory, and, on a labeled sample,
the date recall/precision of reconcile's grammar against ``dateparser.search.search_dates``
(the optional ``bench`` extra; never imported by the package).

Rates are CPU seconds of this one process (``time.process_time``), so "per core" holds on a
busy machine too; the wall-clock rate is printed as well.

A date counts as found when a returned date's text overlaps the labeled text and its value lies
inside the labeled interval (for dateparser: the returned datetime's day).
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import logging
import random
import resource
import sys
import time
import tracemalloc
from dataclasses import dataclass, field
from pathlib import Path

from reconcile.extract.mentions import extract_mentions
from reconcile.models import DateValue

log = logging.getLogger("extract_bench")

PUB = dt.date(2024, 7, 2)
MONTHS = list(calendar.month_name)[1:]
ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
        "Dec."]
SUBJECTS = ["The agency", "Officials", "The ministry", "Police", "The company", "Regulators",
            "The court", "Border agents", "The council", "Researchers"]
VERBS = ["reported", "said", "announced", "estimated", "recorded", "confirmed", "counted"]
NOUNS = ["arrests", "crossings", "flights", "jobs", "cases", "shipments", "applications",
         "deportations", "complaints", "visits"]


@dataclass
class Labeled:
    text: str
    dates: list[tuple[str, dt.date, dt.date]] = field(default_factory=list)


def _eom(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _date_phrase(rng: random.Random) -> tuple[str, str, dt.date, dt.date]:
    """(phrase with preposition, date text, earliest, latest)."""
    y = rng.randint(2005, 2024)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    k = rng.randint(0, 9)
    if k == 0:
        t = f"{ABBR[m - 1]} {d}, {y}"
        return f"on {t}", t, dt.date(y, m, d), dt.date(y, m, d)
    if k == 1:
        t = f"{d} {MONTHS[m - 1]} {y}"
        return f"on {t}", t, dt.date(y, m, d), dt.date(y, m, d)
    if k == 2:
        t = f"{MONTHS[m - 1]} {y}"
        return f"in {t}", t, dt.date(y, m, 1), _eom(y, m)
    if k == 3:
        t = str(y)
        return f"in {t}", t, dt.date(y, 1, 1), dt.date(y, 12, 31)
    if k == 4:
        t = f"{y}-{m:02d}-{d:02d}"
        return f"on {t}", t, dt.date(y, m, d), dt.date(y, m, d)
    if k == 5:
        return "last year", "last year", dt.date(2023, 1, 1), dt.date(2023, 12, 31)
    if k == 6:
        return "yesterday", "yesterday", dt.date(2024, 7, 1), dt.date(2024, 7, 1)
    if k == 7:
        day = PUB - dt.timedelta(days=(PUB.weekday() - 4) % 7)
        return "on Friday", "Friday", day, day
    if k == 8:
        m2 = rng.randint(1, 6)
        t = f"{ABBR[m2 - 1]} {d}"
        return f"on {t}", t, dt.date(2024, m2, d), dt.date(2024, m2, d)
    t = f"{MONTHS[m - 1]} {d}, {y}"
    return f"on {t}", t, dt.date(y, m, d), dt.date(y, m, d)


def _figure(rng: random.Random) -> str:
    k = rng.randint(0, 6)
    n = rng.randint(2, 999)
    return [f"{n * 1000:,}", f"{n}", f"about {n * 100:,}", f"${n / 10:.1f} billion",
            f"{n % 90 + 1} percent", f"more than {n:,}", f"{n / 10:.1f} million"][k]


def make_corpus(n: int, seed: int) -> list[Labeled]:
    rng = random.Random(seed)
    out: list[Labeled] = []
    for _ in range(n):
        k = rng.randint(0, 5)
        subj, verb, noun = rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(NOUNS)
        phrase, dtext, a, b = _date_phrase(rng)
        fig = _figure(rng)
        if k == 0:
            text = f"{subj} {verb} {fig} {noun} {phrase}."
        elif k == 1:
            text = f"{phrase[0].upper()}{phrase[1:]}, {subj.lower()} {verb} that {noun} rose {fig}."
        elif k == 2:
            text = f"{subj} {verb} {phrase} that {fig} {noun} were pending, up from {_figure(rng)}."
        elif k == 3:
            text = f"According to the report, {noun} fell to {fig} {phrase}, the lowest in years."
        elif k == 4:
            text = f"{subj} said {fig} {noun} were logged, and the total may grow."
            out.append(Labeled(text))
            continue
        else:
            text = f"{subj} {verb} {noun} of {fig} {phrase} in the U.S. and Washington, D.C. area."
        out.append(Labeled(text, [(dtext, a, b)]))
    return out


CASES = Path(__file__).resolve().parent.parent / "tests" / "cases" / "extract"


def load_case_sentences() -> list[tuple[Labeled, dt.date]]:
    """The hand-labeled case suite as a second, harder sample: sentences with a day-precise
    publication date and their resolved date mentions (earliest/latest) as gold."""
    out: list[tuple[Labeled, dt.date]] = []
    for path in sorted(CASES.glob("*.json")):
        if path.stem == "furniture":
            continue  # page furniture is not a date-recognition task
        for case in json.loads(path.read_text(encoding="utf-8")):
            pub = case.get("published") or ""
            if len(pub) != 10:
                continue
            gold = [(e["text"], dt.date.fromisoformat(e["value"]["earliest"]),
                     dt.date.fromisoformat(e["value"]["latest"]))
                    for e in case["expected"] if e["kind"] == "date" and e["value"]["earliest"]]
            out.append((Labeled(case["text"], gold), dt.date.fromisoformat(pub)))
    return out


def _overlap(text: str, found: str) -> bool:
    text, found = text.lower(), found.lower()
    return bool(found) and (found in text or text in found)


def score_ours(sample: list[Labeled], pubs: list[dt.date] | None = None) -> tuple[int, int, int]:
    gold = hits = predicted = 0
    for i, s in enumerate(sample):
        day = pubs[i] if pubs else PUB
        pub = DateValue(earliest=day, latest=day)
        found = [m for m in extract_mentions(s.text, published=pub) if m.kind == "date"]
        predicted += len(found)
        gold += len(s.dates)
        for t, a, b in s.dates:
            if any(_overlap(t, m.text) and m.value.earliest is not None and  # type: ignore[union-attr]
                   a <= m.value.earliest and m.value.latest <= b for m in found):  # type: ignore[union-attr,operator]
                hits += 1
    return gold, hits, predicted


def score_dateparser(sample: list[Labeled], pubs: list[dt.date] | None = None,
                     ) -> tuple[int, int, int, float]:
    from dateparser.search import search_dates  # optional `bench` extra

    def settings(day: dt.date) -> dict[str, object]:
        return {"RELATIVE_BASE": dt.datetime(day.year, day.month, day.day),
                "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}

    gold = hits = predicted = 0
    c0 = time.process_time()
    results = [search_dates(s.text, languages=["en"],
                            settings=settings(pubs[i] if pubs else PUB)) or []
               for i, s in enumerate(sample)]
    elapsed = time.process_time() - c0
    for s, found in zip(sample, results, strict=True):
        predicted += len(found)
        gold += len(s.dates)
        for t, a, b in s.dates:
            if any(_overlap(t, ft) and a <= fd.date() <= b for ft, fd in found):
                hits += 1
    return gold, hits, predicted, elapsed


def run_ours(corpus: list[Labeled], para: int = 5) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) to extract the corpus in paragraphs."""
    pub = DateValue(earliest=PUB, latest=PUB)
    texts = [" ".join(s.text for s in corpus[i:i + para]) for i in range(0, len(corpus), para)]
    t0, c0 = time.perf_counter(), time.process_time()
    for t in texts:
        extract_mentions(t, published=pub)
    return time.perf_counter() - t0, time.process_time() - c0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=20000)
    ap.add_argument("--sample", type=int, default=400)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=3, help="timed runs of our grammar (best kept)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    corpus = make_corpus(args.sentences, args.seed)
    run_ours(corpus[:500])  # warm the regex caches
    ours_s, ours_cpu = min(run_ours(corpus) for _ in range(args.repeat))
    tracemalloc.start()
    run_ours(corpus)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    sample = random.Random(args.seed + 1).sample(corpus, min(args.sample, len(corpus)))
    g, h, p = score_ours(sample)
    rows = [("reconcile grammar", len(corpus), ours_cpu, g, h, p)]
    try:
        dg, dh, dp, d_s = score_dateparser(sample)
        rows.append(("dateparser.search_dates", len(sample), d_s, dg, dh, dp))
    except ImportError:
        log.warning("dateparser is not installed (pip install '.[bench]'); skipping it")
    cases = load_case_sentences()
    case_rows = []
    if cases:
        texts, days = [c for c, _ in cases], [d for _, d in cases]
        case_rows.append(("reconcile grammar", *score_ours(texts, days)))
        try:
            dg, dh, dp, _ = score_dateparser(texts, days)
            case_rows.append(("dateparser.search_dates", dg, dh, dp))
        except ImportError:
            pass
    out = sys.stdout
    out.write(f"corpus: {len(corpus)} generated sentences (seed {args.seed}); labeled sample: "
              f"{len(sample)} sentences; published {PUB}\n\n")
    out.write("| system | sentences | CPU seconds | sentences/s/core | date recall | date precision |\n")
    out.write("| --- | ---: | ---: | ---: | ---: | ---: |\n")
    for name, n, secs, gold, hits, pred in rows:
        out.write(f"| {name} | {n} | {secs:.2f} | {n / secs:,.0f} | {hits / max(1, gold):.1%} | "
                  f"{hits / max(1, pred):.1%} |\n")
    if len(rows) == 2:
        speedup = (rows[0][1] / rows[0][2]) / (rows[1][1] / rows[1][2])
        out.write(f"\nspeed-up over dateparser: {speedup:,.0f}x (CPU time, one process)\n")
    out.write(f"our wall-clock rate on this machine: {len(corpus) / ours_s:,.0f} sentences/s\n")
    if case_rows:
        out.write(f"\nhand-labeled case suite ({len(cases)} sentences with a day-precise "
                  f"publication date; the grammar was developed against it, so read its row as "
                  f"an upper bound):\n\n| system | gold dates | found | date recall | "
                  f"date precision |\n| --- | ---: | ---: | ---: | ---: |\n")
        for name, gold, hits, pred in case_rows:
            out.write(f"| {name} | {gold} | {hits} | {hits / max(1, gold):.1%} | "
                      f"{hits / max(1, pred):.1%} |\n")
        out.write("\n")
    out.write(f"peak traced memory during extraction: {peak / 1e6:.1f} MB; "
              f"process max RSS: {rss_mb:.0f} MB\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
