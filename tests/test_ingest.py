"""Ingest: front matter, HTML, digests, and one clear error per kind of bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.errors import InputError
from reconcile.ingest import discover, mask_html, published_interval, read_source, read_sources


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def test_front_matter_fields_and_offsets(tmp_path: Path) -> None:
    text = '---\ntitle: "A story"\noutlet: Wire\npublished: 2024-07-02\n---\nBody on July 2.\n'
    source = read_source(write(tmp_path, "a.md", text))
    assert (source.id, source.title, source.outlet, source.published) == ("a", "A story", "Wire", "2024-07-02")
    assert source.text == text
    assert source.text[source.body_start:].startswith("Body")
    assert source.digest.startswith("sha256:")
    assert source.published_value is not None and source.published_value.precision == "day"


@pytest.mark.parametrize(("given", "expected"), [("2024", "2024"), ("2024-7", "2024-07"),
                                                 ("'2024-07-02'", "2024-07-02"),
                                                 ("2024-07-02T10:00:00Z", "2024-07-02")])
def test_published_precision(tmp_path: Path, given: str, expected: str) -> None:
    source = read_source(write(tmp_path, "a.md", f"---\npublished: {given}\n---\nText.\n"))
    assert source.published == expected


def test_published_interval() -> None:
    month = published_interval("2024-02")
    assert (str(month.earliest), str(month.latest)) == ("2024-02-01", "2024-02-29")
    year = published_interval("2020")
    assert (str(year.earliest), str(year.latest)) == ("2020-01-01", "2020-12-31")


def test_without_front_matter(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "plain.txt", "Just text, 2024.\n"))
    assert source.body_start == 0 and source.published is None


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("latin1.md", "caf\xe9 2024".encode("latin-1"), "E103"),
        ("bin.md", b"abc\x00def", "E104"),
        ("empty.md", "", "E105"),
        ("blank.md", "  \n\n", "E105"),
        ("open.md", "---\ntitle: x\nno closing line\n", "E106"),
        ("yaml.md", "---\ntitle: [unclosed\n---\nbody\n", "E106"),
        ("list.md", "---\n- a\n- b\n---\nbody\n", "E106"),
        ("date.md", "---\npublished: last week\n---\nbody\n", "E108"),
        ("only.md", "---\ntitle: x\n---\n\n", "E105"),
    ],
)
def test_bad_input_is_one_coded_error(tmp_path: Path, name: str, data: str | bytes, code: str) -> None:
    with pytest.raises(InputError) as info:
        read_source(write(tmp_path, name, data))
    assert info.value.code == code
    assert "\n" not in info.value.message


def test_duplicate_ids(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    a = write(tmp_path, "story.md", "One.\n")
    b = write(tmp_path / "x", "story.txt", "Two.\n")
    with pytest.raises(InputError) as info:
        read_sources([a, b])
    assert info.value.code == "E107"


def test_discover_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError) as missing:
        discover([tmp_path / "nope"])
    assert missing.value.code == "E101"
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError) as empty:
        discover([tmp_path / "empty"])
    assert empty.value.code == "E102"


def test_discover_recurses_and_sorts(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    write(tmp_path / "b", "two.md", "x")
    write(tmp_path, "one.txt", "x")
    write(tmp_path, "skip.pdf", "x")
    assert [p.name for p in discover([tmp_path])] == ["one.txt", "two.md"]


def test_html_keeps_offsets(tmp_path: Path) -> None:
    page = ('<html><head><title>T</title><meta property="og:site_name" content="Outlet">'
            '<meta property="article:published_time" content="2024-05-01T08:00:00Z">'
            '<script>var x = "2,000 people";</script></head>'
            '<body><p>Officials said <b>300</b> people were hurt.</p></body></html>')
    source = read_source(write(tmp_path, "page.html", page))
    assert (source.title, source.outlet, source.published) == ("T", "Outlet", "2024-05-01")
    masked = mask_html(source.text)
    assert len(masked) == len(source.text)
    assert "2,000" not in masked
    start = masked.index("300")
    assert source.text[start:start + 3] == "300"
