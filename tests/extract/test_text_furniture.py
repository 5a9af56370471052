"""Sentence splitting and page furniture, on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from reconcile.extract.furniture import find_furniture, load_rules
from reconcile.extract.mentions import extract_mentions
from reconcile.extract.text import paragraphs, sentences


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


def test_abbreviations_do_not_end_sentences() -> None:
    text = ("The firm moved to Washington, D.C. last year. Mr. Lee met Gov. Ruiz in Sacramento, "
            "Calif., on Jan. 10, 2025. Acme Inc. said it agreed. It left the U.S. The end came.")
    assert _split(text) == [
        "The firm moved to Washington, D.C. last year.",
        "Mr. Lee met Gov. Ruiz in Sacramento, Calif., on Jan. 10, 2025.",
        "Acme Inc. said it agreed.",
        "It left the U.S.",
        "The end came.",
    ]


def test_blank_lines_and_headings_end_sentences() -> None:
    text = "A title without a stop\n\n## Section two\nBody one here. Body two here"
    assert _split(text) == ["A title without a stop", "## Section two", "Body one here.",
                            "Body two here"]
    assert [text[s:e] for s, e in paragraphs(text)] == [
        "A title without a stop", "## Section two", "Body one here. Body two here"]


def test_region_limits_are_respected() -> None:
    text = "Skip this. Keep this one. And this."
    start = text.index("Keep")
    assert [text[s:e] for s, e in sentences(text, start)] == ["Keep this one.", "And this."]


def test_lone_credit_takes_the_caption_line_above() -> None:
    text = "A girl waves a flag at a parade in Ohio.\nJane Doe/AP Photo\n\nBody text with 3 items."
    spans = find_furniture(text)
    assert [text[s:e] for s, e in spans] == ["A girl waves a flag at a parade in Ohio.\nJane Doe/AP Photo"]


def test_user_rules_extend_the_defaults(tmp_path: Path) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text("[lines]\npatterns = ['^Audio length \\d+ min$', '(unclosed']\n",
                     encoding="utf-8")
    text = "Audio length 5 min\n\nThe port handled 400 ships.\n\nShare"
    assert [m.text for m in extract_mentions(text)] == ["5", "400"]
    found = extract_mentions(text, furniture_rules=rules)
    assert [m.text for m in found] == ["400"]
    assert load_rules(rules).lines  # the bad regex was skipped, the rest kept


def test_missing_rules_file_falls_back_to_defaults(tmp_path: Path) -> None:
    found = extract_mentions("Share\n\nIt cost $5.", furniture_rules=tmp_path / "none.toml")
    assert [m.text for m in found] == ["$5"]


def test_byline_and_bio_are_skipped() -> None:
    text = ("Officials counted 12 boats.\n\nAda Smith\n\nSenior Correspondent\n\n"
            "Ada Smith has reported from 30 countries since 2001.")
    assert [m.text for m in extract_mentions(text)] == ["12"]


def test_fiscal_year_start_is_configurable() -> None:
    def fy(start: int) -> tuple[str | None, str | None]:
        (m,) = extract_mentions("Sales rose in FY2023.", fiscal_year_start=start)
        c = m.value.contract()
        return c["earliest"], c["latest"]  # type: ignore[return-value]

    assert fy(10) == ("2022-10-01", "2023-09-30")  # US federal
    assert fy(4) == ("2022-04-01", "2023-03-31")  # named by the year it ends
    assert fy(1) == ("2023-01-01", "2023-12-31")  # calendar
    assert fy(13) == ("2022-10-01", "2023-09-30")  # not a month: the default, logged


def test_hedged_dates_are_flagged_approximate() -> None:
    (m,) = extract_mentions("The house was built around 1900.")
    assert m.value.contract() == {"earliest": "1900-01-01", "latest": "1900-12-31"}
    assert m.value.approximate  # type: ignore[union-attr]
    (m,) = extract_mentions("The house was built in 1900.")
    assert not m.value.approximate  # type: ignore[union-attr]
