"""The exception tree and its coded messages: one catalogue for everything a user reads.

E1xx input, E2xx ledger, E3xx config. The CLI catches :class:`ReconcileError` only and prints
``error[E103]: <what happened>; <what to do>``; the library never prints or exits.
"""

from __future__ import annotations


class Errors:
    """Message catalogue. Each entry is a format string: what happened; what to do."""

    E101 = "path does not exist: {path}; check the path or run from the project folder"
    E102 = "no sources found in {path}; give a folder with .md, .txt or .html files"
    E103 = "{path} is not UTF-8 text ({detail}); convert it to UTF-8 or leave it out"
    E104 = "{path} looks binary (it contains NUL bytes); give a text, Markdown or HTML file"
    E105 = "{path} is empty; add text or leave it out"
    E106 = "{path}: broken front matter ({detail}); fix the YAML between the --- lines"
    E107 = "two sources have the id {id!r}: {first} and {second}; rename one of the files"
    E108 = "{path}: front matter field {field!r} {detail}; fix the value"
    E109 = "{path}: {detail}; fix the table or give a --map for its columns"
    E110 = "unknown format {name!r}; use one of: {choices}"
    E111 = "bad column mapping {text!r} ({detail}); write it as source=col,item=col,value=col"
    E112 = "could not write the fused table {path} ({detail}); check the folder and permissions"
    E201 = "ledger {path} is corrupt ({detail}); restore it from version control, it was not changed"
    E202 = "ledger {path} has schema_version {found}, newer than this reconcile ({supported}); upgrade reconcile"
    E203 = "no conflict with id {id!r}; run `reconcile check` to list the ids"
    E204 = "could not write {path} ({detail}); nothing was changed"
    E205 = "value {value!r} is not one of the sides of {id}; choose one of: {choices}"
    E206 = "baseline {path} is unreadable ({detail}); regenerate it with `reconcile check --format json`"
    E207 = "no ledger is configured; set ledger = \"...\" in [tool.reconcile] or pass --ledger"
    E208 = "id {id!r} matches {count} conflicts ({choices}); give more characters of the id"
    E209 = "reason {reason!r} {detail}; use one of: {choices}"
    E210 = "no decision is recorded for {id!r} in {path}; check the id, nothing to reopen"
    E301 = "config {path} is invalid ({detail}); fix [tool.reconcile]"
    E302 = "data file {path} is invalid ({detail}); fix it"
    E303 = "gold file {path} is invalid ({detail}); fix it"


class ReconcileError(Exception):
    """Base of every error the CLI turns into a one-line message and exit status 2."""

    code = "E000"

    def __init__(self, code: str, **fields: object) -> None:
        self.code = code
        self.fields = fields
        template = getattr(Errors, code)
        super().__init__(template.format(**fields))

    @property
    def message(self) -> str:
        return str(self)


class InputError(ReconcileError):
    """A source file or folder cannot be read as given (E1xx)."""


class LedgerError(ReconcileError):
    """The ledger or a baseline cannot be read or written, or an id is unknown (E2xx)."""


class ConfigError(ReconcileError):
    """The project config or a data file is invalid (E3xx)."""
