"""Every format, rendered from the fixture report, equals its golden file byte for byte."""

from __future__ import annotations

import pytest
from fixtures_reports import sample_report

from reconcile.errors import InputError
from reconcile.render import FORMATS, render
from render.golden import check_golden

GOLDEN_NAMES = {
    "text": "report.txt",
    "json": "report.json",
    "markdown": "report.md",
    "html": "report.html",
    "sarif": "report.sarif",
    "junit": "report.junit.xml",
    "github": "report.github.txt",
}
OPTIONS: dict[str, dict[str, object]] = {"text": {"width": 110}}


def test_every_format_has_a_golden_file() -> None:
    assert set(GOLDEN_NAMES) == set(FORMATS)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_golden(fmt: str) -> None:
    report = sample_report()
    out = render(report, fmt, **OPTIONS.get(fmt, {}))
    assert out == render(sample_report(), fmt, **OPTIONS.get(fmt, {}))  # deterministic
    assert out.endswith("\n")
    check_golden(GOLDEN_NAMES[fmt], out)


def test_unknown_format_is_E110() -> None:
    with pytest.raises(InputError) as err:
        render(sample_report(), "pdf")
    assert err.value.code == "E110" and "markdown" in err.value.message
