"""Claims and sources held for a whole run, with their equal parts shared.

A run keeps every claim and source until the report is built, and a claim as extraction (or a
worker process, or the cache) hands it over owns all its parts: its own copy of every context word,
of the source id and path, of a value that five articles of a story state alike, and of pydantic's
set of the fields it was given (about 2 KiB for a claim's 28 fields). ``ClaimPool.claim`` returns
an equal claim whose strings, word tuples, values and field set are shared with the pool's earlier
claims, which makes a claim about a quarter of the size; ``ClaimPool.source`` does the same for a
source's parts besides its text.

Sharing is safe because every model is frozen. Values are shared only when each field has the same
type and value (``1`` and ``1.0``, ``0.0`` and ``-0.0`` are equal in Python but written differently),
so a shared claim dumps to the same JSON as the original. The shared field set is what
``model_construct(_fields_set=...)`` would install; pydantic copies it before any change.
"""

from __future__ import annotations

from collections.abc import Iterable

from reconcile.models import Claim, DateValue, NumberValue, Source

__all__ = ["ClaimPool"]

_new = object.__new__
_set = object.__setattr__
# Strings no two claims (sources) share: not worth a pool entry.
_UNIQUE_CLAIM = frozenset({"id"})
_UNIQUE_SOURCE = frozenset({"id", "path", "text", "title", "url", "digest"})


def _exact(x: object) -> object:
    """A key that tells apart equal values of other types or signs (1, 1.0, True; 0.0, -0.0)."""
    return (type(x), x.hex()) if type(x) is float else (type(x), x)


class ClaimPool:
    """Shares strings, word tuples, values and field sets among the claims and sources passed through it."""

    def __init__(self) -> None:
        self._strings: dict[str, str] = {}
        self._words: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._values: dict[tuple[object, ...], DateValue | NumberValue] = {}
        self._fields: dict[frozenset[str], set[str]] = {}

    def claims(self, claims: Iterable[Claim]) -> tuple[Claim, ...]:
        return tuple(self.claim(c) for c in claims)

    def claim(self, claim: Claim) -> Claim:
        """An equal claim made of shared parts."""
        return self._shared(claim, _UNIQUE_CLAIM)  # type: ignore[return-value]

    def source(self, source: Source) -> Source:
        """An equal source whose parts other than its own (id, path, text...) are shared."""
        return self._shared(source, _UNIQUE_SOURCE)  # type: ignore[return-value]

    def _shared(self, model: Claim | Source, unique: frozenset[str]) -> object:
        fields: dict[str, object] = {}
        for name, x in model.__dict__.items():
            if name in unique:
                pass
            elif type(x) is str:
                x = self._strings.setdefault(x, x)
            elif type(x) is tuple and all(type(w) is str for w in x):
                x = self._tuple(x)
            elif isinstance(x, DateValue | NumberValue):
                x = self.value(x)
            fields[name] = x
        return self._make(type(model), fields, model.__pydantic_fields_set__)

    def value(self, value: DateValue | NumberValue) -> DateValue | NumberValue:
        """The pool's value equal to ``value`` field by field (same types), added if new."""
        key = (type(value), *(_exact(x) for x in value.__dict__.values()))
        shared = self._values.get(key)
        if shared is None:
            fields = {k: self._strings.setdefault(x, x) if type(x) is str else x
                      for k, x in value.__dict__.items()}
            shared = self._values[key] = self._make(type(value), fields, value.__pydantic_fields_set__)  # type: ignore[assignment]
        return shared  # type: ignore[return-value]

    def _tuple(self, words: tuple[str, ...]) -> tuple[str, ...]:
        shared = self._words.get(words)
        if shared is None:
            shared = tuple(self._strings.setdefault(w, w) for w in words)
            self._words[shared] = shared
        return shared

    def _make(self, cls: type, fields: dict[str, object], given: set[str]) -> object:
        key = frozenset(given)
        shared = self._fields.get(key)
        if shared is None:
            shared = self._fields[key] = set(key)
        obj: object = _new(cls)
        _set(obj, "__dict__", fields)
        _set(obj, "__pydantic_fields_set__", shared)
        _set(obj, "__pydantic_extra__", None)
        _set(obj, "__pydantic_private__", None)
        return obj
