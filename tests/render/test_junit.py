"""JUnit XML: parsed with xml.etree; failures, skips and unique names."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from fixtures_reports import sample_report, undecided

from reconcile.render import render


def _cases(xml: str) -> list[ET.Element]:
    root = ET.fromstring(xml.encode("utf-8"))
    assert root.tag == "testsuites"
    return root.findall("./testsuite/testcase")


def test_one_testcase_per_conflict_with_unique_names() -> None:
    report = sample_report()
    cases = _cases(render(report, "junit"))
    assert len(cases) == len(report.conflicts)
    assert len({c.get("classname") for c in cases}) == len(cases)
    assert len({c.get("name") for c in cases}) == len(cases)
    assert all(c.get("classname", "").startswith("reconcile.") for c in cases)


def test_failures_and_skips() -> None:
    xml = render(sample_report(), "junit")
    root = ET.fromstring(xml.encode("utf-8"))
    cases = _cases(xml)
    failed = [c for c in cases if c.find("failure") is not None]
    skipped = [c for c in cases if c.find("skipped") is not None]
    assert len(failed) == 3 and len(skipped) == 2
    assert root.get("tests") == "5" and root.get("failures") == "3" and root.get("skipped") == "2"
    assert failed[1].find("failure").get("type") == "RC102"  # type: ignore[union-attr]
    assert "<script>" in (failed[1].find("failure").text or "")  # type: ignore[union-attr]
    assert "resolved: 41,500" in (skipped[0].find("skipped").get("message") or "")  # type: ignore[union-attr]


def test_fail_level() -> None:
    report = undecided(sample_report())
    assert len([c for c in _cases(render(report, "junit", fail_on="warning"))
                if c.find("failure") is not None]) == 4
    assert not [c for c in _cases(render(report, "junit", fail_on="never"))
                if c.find("failure") is not None]


def test_control_characters_do_not_break_the_xml() -> None:
    report = sample_report()
    c = report.conflicts[0].model_copy(update={"fact": "bell \x07 and nul \x00"})
    report = report.model_copy(update={"conflicts": (c,)})
    (case,) = _cases(render(report, "junit"))
    assert "bell" in (case.get("name") or "")
