"""Files -> Source: front matter, HTML metadata, content digest, clear errors for bad input.

A source's id is its file stem. The text is the whole file as Python reads it (front matter
included), so every offset later in the pipeline indexes that same string.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import html
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import yaml

from reconcile.errors import InputError
from reconcile.models import DateValue, Source

TEXT_SUFFIXES = (".md", ".markdown", ".txt", ".text")
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)(?:\r?\n)?^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_FIELDS = ("title", "outlet", "url", "published")


def discover(paths: Sequence[Path]) -> list[Path]:
    """Expand files and folders (searched recursively) into a sorted list of source files.

    Raises InputError E101 for a path that does not exist and E102 when nothing is found.
    """
    found: list[Path] = []
    for path in paths:
        if not path.exists():
            raise InputError("E101", path=path)
        if path.is_dir():
            found.extend(
                p for p in sorted(path.rglob("*"))
                if p.is_file() and p.suffix.lower() in SUFFIXES and not _hidden(p, path)
            )
        else:
            found.append(path)
    if not found:
        raise InputError("E102", path=", ".join(str(p) for p in paths) or ".")
    return sorted(dict.fromkeys(found), key=lambda p: (p.stem, str(p)))


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def read_sources(paths: Iterable[Path], *, relative_to: Path | None = None) -> list[Source]:
    """Read every file into a Source, sorted by id.

    Raises InputError for unreadable files and for two files with the same stem (E107).
    """
    sources: dict[str, Source] = {}
    for path in paths:
        source = read_source(path, relative_to=relative_to)
        if source.id in sources:
            raise InputError("E107", id=source.id, first=sources[source.id].path, second=source.path)
        sources[source.id] = source
    return [sources[k] for k in sorted(sources)]


def read_source(path: Path, *, relative_to: Path | None = None) -> Source:
    """Read one file into a Source.

    Raises InputError E103 (not UTF-8), E104 (binary), E105 (empty), E106 (broken front matter),
    E108 (a front-matter field of the wrong form).
    """
    data = path.read_bytes()
    shown = _display_path(path, relative_to)
    if b"\x00" in data:
        raise InputError("E104", path=shown)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError("E103", path=shown, detail=f"byte {exc.start}: {exc.reason}") from exc
    if not text.strip():
        raise InputError("E105", path=shown)
    digest = "sha256:" + hashlib.sha256(data).hexdigest()
    if path.suffix.lower() in HTML_SUFFIXES:
        meta = html_metadata(text)
        body_start, fmt = 0, "html"
    else:
        meta, body_start = front_matter(text, shown)
        fmt = "markdown" if path.suffix.lower() in (".md", ".markdown") else "text"
    if not text[body_start:].strip():
        raise InputError("E105", path=shown)
    published = _published(meta.get("published"), shown)
    return Source(
        id=path.stem,
        path=shown,
        text=text,
        body_start=body_start,
        title=_string(meta.get("title")),
        outlet=_string(meta.get("outlet")),
        url=_string(meta.get("url")),
        published=published,
        published_value=published_interval(published) if published else None,
        digest=digest,
        format=fmt,  # type: ignore[arg-type]
    )


def _display_path(path: Path, relative_to: Path | None) -> str:
    if relative_to is not None:
        try:
            return path.resolve().relative_to(relative_to.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def _string(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def front_matter(text: str, shown: str) -> tuple[dict[str, object], int]:
    """Split YAML front matter from the body: (fields, offset where the body starts).

    Raises InputError E106 when the file opens a front matter block that is unclosed, not YAML,
    or not a mapping.
    """
    stripped = text.lstrip("\ufeff")
    if not stripped.startswith("---") or not re.match(r"---[ \t]*\r?\n", stripped):
        return {}, 0
    match = _FRONT_MATTER.match(text)
    if match is None:
        raise InputError("E106", path=shown, detail="no closing --- line")
    try:
        loaded = yaml.safe_load(match.group(1)) if match.group(1).strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 2}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise InputError("E106", path=shown, detail=f"{where}{problem}") from exc
    if not isinstance(loaded, dict):
        raise InputError("E106", path=shown, detail="expected key: value lines")
    return {str(k): v for k, v in loaded.items()}, match.end()


def _published(value: object, shown: str) -> str | None:
    """Normalize a front-matter ``published`` value to YYYY, YYYY-MM or YYYY-MM-DD."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?", text)
    if match is None:
        raise InputError("E108", path=shown, field="published", detail=f"is {text!r}, not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    try:
        if day:
            return dt.date(int(year), int(month), int(day)).isoformat()
        if month:
            if not 1 <= int(month) <= 12:
                raise ValueError("month out of range")
            return f"{int(year):04d}-{int(month):02d}"
    except ValueError as exc:
        raise InputError("E108", path=shown, field="published", detail=f"is {text!r}: {exc}") from exc
    return f"{int(year):04d}"


def published_interval(published: str) -> DateValue:
    """The interval a ``published`` value stands for ("2024-07" = all of July 2024)."""
    parts = [int(p) for p in published.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return DateValue(earliest=day, latest=day, precision="day")
    if len(parts) == 2:
        year, month = parts
        last = calendar.monthrange(year, month)[1]
        return DateValue(earliest=dt.date(year, month, 1), latest=dt.date(year, month, last), precision="month")
    return DateValue(earliest=dt.date(parts[0], 1, 1), latest=dt.date(parts[0], 12, 31), precision="year")


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------

_BLOCK = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|aside|"
    r"figure|figcaption|blockquote|pre|hr|title|main|form|dl|dt|dd)\b[^>]*>",
    re.I,
)
_HIDDEN = re.compile(r"<(script|style|noscript|template|svg|head)\b.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.S)
_META = re.compile(r"<meta\b[^>]*>", re.I)
_ATTR = re.compile(r"""([a-zA-Z:_-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


def mask_html(text: str) -> str:
    """Return ``text`` with markup blanked out, keeping every character's offset.

    Scripts, styles and the head become spaces; block tags become a newline padded with spaces
    (so paragraphs stay paragraphs); other tags become spaces. Entities are left as written.
    """
    chars = list(text)

    def blank(start: int, end: int, newline: bool) -> None:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
        if newline and end > start:
            chars[start] = "\n"

    for match in _HIDDEN.finditer(text):
        blank(match.start(), match.end(), True)
    masked = "".join(chars)
    for match in _TAG.finditer(masked):
        blank(match.start(), match.end(), bool(_BLOCK.fullmatch(match.group(0))))
    return "".join(chars)


def html_metadata(text: str) -> dict[str, object]:
    """Title, outlet, url and published date from an HTML page's head."""
    meta: dict[str, object] = {}
    props: dict[str, str] = {}
    for tag in _META.finditer(text):
        attrs = {m.group(1).lower(): html.unescape(m.group(2) or m.group(3) or m.group(4) or "")
                 for m in _ATTR.finditer(tag.group(0))}
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        if key and "content" in attrs:
            props.setdefault(key.lower(), attrs["content"])
    title = re.search(r"<title\b[^>]*>(.*?)</title>", text, re.I | re.S)
    meta["title"] = props.get("og:title") or (html.unescape(title.group(1)).strip() if title else None)
    meta["outlet"] = props.get("og:site_name")
    canonical = re.search(r"""<link\b[^>]*rel=["']canonical["'][^>]*>""", text, re.I)
    href = _ATTR.findall(canonical.group(0)) if canonical else []
    url = next((a[1] or a[2] or a[3] for a in href if a[0].lower() == "href"), None)
    meta["url"] = props.get("og:url") or url
    published = (props.get("article:published_time") or props.get("datepublished")
                 or props.get("date") or props.get("pubdate"))
    if published:
        match = re.match(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", published.strip())
        meta["published"] = match.group(0) if match else None
    return meta


def scan_text(source: Source) -> str:
    """The text the extractor reads: the file itself, or for HTML the file with markup blanked."""
    return mask_html(source.text) if source.format == "html" else source.text
