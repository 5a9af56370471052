"""What every renderer needs: ordering, source lookup, excerpts, positions, safe links.

Renderers are pure: same report, same options, byte-identical output; no clock, no environment
unless passed in as an option.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from reconcile.codes import BY_CODE
from reconcile.models import SEVERITY_RANK, ClaimRef, Conflict, Report, SourceRef

SEVERITY_ORDER = ("error", "warning", "info")
STATUSES = ("unresolved", "accepted", "resolved", "dismissed")
EXCERPT_CONTEXT = 80  # characters of the sentence kept on each side of the quote


def ordered(report: Report) -> list[Conflict]:
    """Conflicts as people read them: open first, then by severity, then in report order."""
    indexed = list(enumerate(report.conflicts))
    indexed.sort(key=lambda ic: (ic[1].status != "unresolved",
                                 -SEVERITY_RANK.get(ic[1].severity, 0), ic[0]))
    return [c for _, c in indexed]


def sources_by_id(report: Report) -> dict[str, SourceRef]:
    return {s.id: s for s in report.sources}


def source_label(source_id: str, sources: dict[str, SourceRef]) -> str:
    """The outlet (or title, or id) a reader knows the source by."""
    ref = sources.get(source_id)
    if ref is None:
        return source_id
    return ref.outlet or ref.title or ref.id


def one_line(text: str) -> str:
    """Collapse runs of whitespace (newlines included) into single spaces."""
    return " ".join(text.split())


def excerpt(claim: ClaimRef, context: int = EXCERPT_CONTEXT) -> tuple[str, str, str]:
    """``(before, quote, after)``: the quote inside its sentence, trimmed around it.

    Falls back to the quote alone when the sentence does not contain it where the offsets say.
    """
    sentence, q = claim.sentence, claim.quote
    offset = claim.start - claim.sentence_start
    if sentence and 0 <= offset and sentence[offset:offset + len(q)] == q:
        before, after = sentence[:offset], sentence[offset + len(q):]
    elif sentence and q and q in sentence:
        i = sentence.index(q)
        before, after = sentence[:i], sentence[i + len(q):]
    else:
        before, after = "", ""
    before, q, after = (" ".join(before.split("\n")), " ".join(q.split("\n")),
                        " ".join(after.split("\n")))
    if len(before) > context:
        before = "…" + before[-context:].lstrip()
    if len(after) > context:
        after = after[:context].rstrip() + "…"
    return before, q, after


def end_position(claim: ClaimRef) -> tuple[int, int]:
    """1-based ``(line, column)`` just past the quote's last character."""
    line, column = start_position(claim)
    if "\n" in claim.quote:
        return line + claim.quote.count("\n"), len(claim.quote.rsplit("\n", 1)[1]) + 1
    return line, column + len(claim.quote)


def start_position(claim: ClaimRef) -> tuple[int, int]:
    """1-based ``(line, column)`` of the quote, never below 1."""
    return max(1, claim.line), max(1, claim.column)


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) link, quoted so it cannot break out; else None."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe=":/?#[]@!$&'*+,;=%~-._")


def repo_path(path: str, root: str | None = None) -> str:
    """A claim's path as a repo-relative POSIX path (``root`` is stripped when given)."""
    text = path.replace("\\", "/")
    if root:
        prefix = root.replace("\\", "/").rstrip("/") + "/"
        if text.startswith(prefix):
            text = text[len(prefix):]
    while text.startswith("./"):
        text = text[2:]
    return text


def title_of(conflict: Conflict) -> str:
    code = BY_CODE.get(conflict.code)
    return code.title if code else conflict.kind


def _decision_words(status: str, value: str | None, reason: str, by: str | None, date: str | None,
                    after: str | None) -> str:
    text = status + (f": {value}" if value else "") + f" ({reason})"
    if by:
        text += f" by {by}"
    if date:
        text += f" on {date}"
    if after:
        text += f" — {after}"
    return text


def decision_text(conflict: Conflict) -> str | None:
    """``resolved: 2022 (primary-source) by M. Rossi on 2026-11-30 — note``, or None."""
    d = conflict.decision
    return None if d is None else _decision_words(d.status, d.value, d.reason, d.by, d.date, d.note)


def previous_text(conflict: Conflict) -> str | None:
    """The earlier decision of a re-opened conflict, with why it re-opened."""
    p = conflict.previous
    return None if p is None else _decision_words(p.status, p.value, p.reason, p.by, p.date, p.reopened)


def primary_claim(conflict: Conflict) -> ClaimRef | None:
    for side in conflict.sides:
        if side.claims:
            return side.claims[0]
    return None


def other_claims(conflict: Conflict) -> list[ClaimRef]:
    first = primary_claim(conflict)
    return [c for s in conflict.sides for c in s.claims if c is not first]


_XML_BAD = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot carry."""
    return _XML_BAD.sub("\ufffd", text)
