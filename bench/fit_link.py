"""Fit the link model (logistic regression over reconcile.link.FEATURES) on gold stories.

    python bench/fit_link.py [STORY_DIRS...] [--write]

Default stories: tests/stories/* and ../shared/corpus/dev/* (when present). A *positive* pair is
two claims of one block from two different gold phrases of one gold item (the sentences a
fact-checker tied to one fact); a *negative* pair is two claims of one block, from different
sources of the same story, that no gold item ties together. Prints leave-one-story-out figures
(so the weights are judged on stories they were not fitted on), then fits on everything and,
with --write, stores the weights in reconcile/data/link_model.json.
"""

from __future__ import annotations

import json
import math
import random
import sys
from pathlib import Path

from reconcile.config import load_settings
from reconcile.extract import extract_claims
from reconcile.link import FEATURES, birth_from_age, block_key, idf_weights, pair_features
from reconcile.pipeline import load_sources
from reconcile.vocab import load_vocabulary

ROOT = Path(__file__).resolve().parents[1]
THRESHOLD = float(next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--threshold=")), "0.5"))


def story_pairs(story: Path) -> list[tuple[list[float], int]]:
    settings = load_settings(ROOT)
    vocab = load_vocabulary(settings.aliases, settings.events)
    sources = {s.id: s for s in load_sources(settings, [story])}
    claims = {sid: extract_claims(src, vocab) for sid, src in sources.items()}
    published = {s.id: s.published_value for s in sources.values()}
    gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    tied: set[tuple[str, str]] = set()
    for item in gold["items"]:
        groups = []
        for stem, phrase in item["claims"]:
            if stem not in sources:
                continue
            text = sources[stem].text
            at = text.find(phrase)
            if at < 0:
                continue
            groups.append([c for c in claims[stem] if at <= c.start and c.end <= at + len(phrase)])
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                for a in groups[i]:
                    for b in groups[j]:
                        if a.id != b.id and block_key(a) == block_key(b):
                            tied.add((min(a.id, b.id), max(a.id, b.id)))
    everything = sorted((c for cs in claims.values() for c in cs), key=lambda c: c.id)
    idf = idf_weights(everything)
    rows = []
    for i, a in enumerate(everything):
        for b in everything[i + 1:]:
            if block_key(a) != block_key(b):
                continue
            if a.source == b.source and a.sentence_start == b.sentence_start:
                continue
            if birth_from_age(a) or birth_from_age(b):
                continue  # linked by rule only (to a stated birth date), never by the model's score
            label = 1 if (a.id, b.id) in tied else 0
            f = pair_features(a, b, vocab, published, idf)
            rows.append(([f[k] for k in FEATURES], label))
    return rows


def fit(rows: list[tuple[list[float], int]], *, l2: float = 1.0) -> list[float]:
    """Class-balanced L2 logistic regression by Newton's method (numpy, a bench-only dependency)."""
    import numpy as np

    x = np.array([r[0] for r in rows], dtype=float)
    y = np.array([r[1] for r in rows], dtype=float)
    pos = max(1.0, y.sum())
    neg = max(1.0, len(y) - y.sum())
    sw = np.where(y == 1, len(y) / (2 * pos), len(y) / (2 * neg))
    w = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], l2)
    reg[list(FEATURES).index("bias")] = 0.0
    for _ in range(30):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (sw * (p - y)) + reg * w
        hess = (x * (sw * p * (1 - p))[:, None]).T @ x + np.diag(reg + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return [float(v) for v in w]


def evaluate(w: list[float], rows: list[tuple[list[float], int]], threshold: float) -> tuple[int, int, int, int]:
    tp = fp = fn = tn = 0
    for x, y in rows:
        z = sum(wi * xi for wi, xi in zip(w, x, strict=True))
        p = 1 / (1 + math.exp(-max(-30, min(30, z))))
        if p >= threshold:
            tp, fp = tp + y, fp + (1 - y)
        else:
            fn, tn = fn + y, tn + (1 - y)
    return tp, fp, fn, tn


def main(argv: list[str]) -> int:
    write = "--write" in argv
    dirs = [Path(a) for a in argv if not a.startswith("--")]
    if not dirs:
        dirs = sorted(p.parent for p in (ROOT / "tests" / "stories").glob("*/gold.json"))
        dev = ROOT.parent / "shared" / "corpus" / "dev"
        dirs += sorted(p.parent for p in dev.glob("*/gold.json"))
    cache = ROOT / ".reconcile-cache" / "link_pairs.json"
    if "--cached" in argv and cache.exists():
        data = json.loads(cache.read_text())
    else:
        data = {d.name: story_pairs(d) for d in dirs}
        cache.parent.mkdir(exist_ok=True)
        cache.write_text(json.dumps(data))
    print(f"{len(data)} stories, {sum(len(r) for r in data.values())} pairs, "
          f"{sum(y for r in data.values() for _, y in r)} tied")
    thresholds = (0.5, 0.7, 0.8, 0.9, 0.95, 0.98)
    totals = {t: [0, 0, 0, 0] for t in thresholds}
    for name in sorted(data):
        train = [row for other, rows in data.items() if other != name for row in rows]
        w = fit(train)
        for t in thresholds:
            got = evaluate(w, data[name], t)
            totals[t] = [a + b for a, b in zip(totals[t], got, strict=True)]
    print("leave-one-story-out (weights fitted without the story they are scored on):")
    print(f"{'threshold':>9} {'recall':>7} {'precision':>9}")
    for t in thresholds:
        tp, fp, fn, _tn = totals[t]
        print(f"{t:9.2f} {tp / max(1, tp + fn):7.3f} {tp / max(1, tp + fp):9.3f}")
    random.seed(0)
    w = fit([row for rows in data.values() for row in rows])
    weights = {k: round(v, 4) for k, v in zip(FEATURES, w, strict=True)}
    print(json.dumps(weights, indent=1))
    if write:
        out = ROOT / "reconcile" / "data" / "link_model.json"
        out.write_text(json.dumps({
            "note": "logistic regression over reconcile.link.FEATURES, fitted by bench/fit_link.py on "
                    f"{len(data)} gold stories (class-balanced, L2 0.05)",
            "stories": sorted(data), "weights": weights}, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
