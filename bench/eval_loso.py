"""End-to-end eval on stories the link model was not fitted on (leave one story out).

    python bench/eval_loso.py [STORY_DIRS...] [-v]

For each gold story: fit the link model (bench/fit_link.py) on all the other stories, run the
whole pipeline on the held-out story with those weights, and score it (reconcile.evaluate).
Prints the per-story table and the overall figures, which are what to expect on a story the
checker has never seen (the bundled model is fitted on all of them, so plain `reconcile eval`
on the same stories is optimistic).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from reconcile.config import load_settings
from reconcile.evaluate import evaluate_story, summarize
from reconcile.link import FEATURES

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.fit_link import ROOT, fit, story_pairs  # noqa: E402


def main(argv: list[str]) -> int:
    dirs = [Path(a) for a in argv if not a.startswith("-")]
    if not dirs:
        dirs = sorted(p.parent for p in (ROOT / "tests" / "stories").glob("*/gold.json"))
        dirs += sorted(p.parent for p in (ROOT.parent / "shared" / "corpus" / "dev").glob("*/gold.json"))
    pairs = {d.name: story_pairs(d) for d in dirs}
    scores = []
    with tempfile.TemporaryDirectory() as tmp:
        for d in dirs:
            w = fit([row for name, rows in pairs.items() if name != d.name for row in rows])
            model = Path(tmp) / f"{d.name}.json"
            model.write_text(json.dumps({"weights": dict(zip(FEATURES, w, strict=True))}), encoding="utf-8")
            settings = load_settings(Path(tmp), link_model=model, cache=None)
            score = evaluate_story(settings, d)
            scores.append(score)
            print(f"{d.name:36} real {score.real_caught}/{score.real} explained-as-error "
                  f"{score.false_errors}/{score.explained} agree-flagged {score.false_flags}/{score.agree}")
            if "-v" in argv:  # which items it got wrong, and the errors that cover none
                for label, ids in (("missed", score.missed_real), ("false error", score.false_error_items),
                                   ("false flag", score.false_flag_items)):
                    for item in ids:
                        print(f"    {label}: {item}")
                for fact in score.unmatched_error_facts:
                    print(f"    unmatched error: {fact}")
    t = summarize(scores)
    print(f"recall on real: {t.recall:.3f} ({t.real_caught}/{t.real} as error; {t.real_caught_any} at any severity)")
    print(f"false errors on explained: {t.false_error_rate:.3f} ({t.false_errors}/{t.explained})")
    print(f"false flags on agree: {t.false_flag_rate:.3f} ({t.false_flags}/{t.agree})")
    print(f"wrong-severity rate: {t.wrong_severity_rate:.3f}")
    print(f"error conflicts covering no real item: {t.unmatched_errors} of {t.errors}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
