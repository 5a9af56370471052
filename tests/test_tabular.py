"""Tests of tabular claims: formats, mappings, value normalization, errors, fusing, CLI."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reconcile.cli import app
from reconcile.errors import InputError
from reconcile.tabular import (
    detect_type,
    fuse,
    load_hierarchy,
    load_table,
    normalize_names,
    normalize_number,
    normalize_text,
    normalize_time,
    parse_mapping,
    write_fused,
)
from reconcile.truth import TruthSettings

TIMES = [
    ("12/01/2011 02:07 PM", "14:07"),
    ("12/1/2011 2:07PM EST", "14:07"),
    ("12/1/11 2:06 PM (-05:00)", "14:06"),
    ("7:10 a.m.", "07:10"),
    ("7:10 p.m.", "19:10"),
    ("Dec 1 - 2:07pm", "14:07"),
    ("2:07 PMDec 01", "14:07"),
    ("1:55pDec 1", "13:55"),
    ("2:57 PM, Dec 01", "14:57"),
    ("12:10 PM  Thu 01-Dec-2011", "12:10"),
    ("2011-12-01 12:18PM CST", "12:18"),
    ("Thu., Dec.01, 2011 9:05 p.m.", "21:05"),
    ("Thu, Dec 1 9:05 PM            Delayed", "21:05"),
    ("3:00P 12-01-11", "15:00"),
    ("2011-12-01 Thu  14:25", "14:25"),
    ("December 15, 2011               07:10 AM    ", "07:10"),
    ("Dec 01 - 12:00noon", "12:00"),
    ("12:05 AM", "00:05"),
    ("12:30 PM", "12:30"),
    ("9:51 PM, Dec 01&nbsp(Estimated)", "21:51"),
    ("2011-12-01 9:26 PM (Estimated runway)", "21:26"),
    ("Dec 01 - Not Available", None),
    ("Contact Airline", None),
    ("December 15, 2011     ", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), TIMES)
def test_normalize_time(text: str, expected: str | None) -> None:
    assert normalize_time(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1,583", 1583), ("1 600", 1600), ("74000", 74000), ("1.2 million", 1_200_000),
     ("12k", 12_000), ("3.5", 3.5), ("n/a", None), ("about 1,000 people", 1000)],
)
def test_normalize_number(text: str, expected: float | None) -> None:
    assert normalize_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Knuth, Donald E.", ("knuth",)),
        ("Donald E. Knuth", ("knuth",)),
        ("Knuth, Donald Ervin", ("knuth",)),
        ("Graham, Ronald L.; Knuth, Donald E.; Patashnik, Oren", ("graham", "knuth",
                                                                  "patashnik")),
        ("Donald Knuth and Oren Patashnik", ("knuth", "patashnik")),
        ("Ronald Graham, Donald Knuth", ("graham", "knuth")),
        ("Not Available", None),
        ("", None),
    ],
)
def test_normalize_names(text: str, expected: tuple[str, ...] | None) -> None:
    assert normalize_names(text) == expected


def test_normalize_text_folds_case_space_punctuation() -> None:
    assert normalize_text("  Minneapolis ") == normalize_text("MINNEAPOLIS.") == "minneapolis"
    assert normalize_text(" C20 ") == normalize_text("c20")
    assert normalize_text("--") is None and normalize_text(" - ") is None


def test_detect_type() -> None:
    assert detect_type(["12:05 PM", "1:07pDec 1", "Dec 1 - 2:07pm"]) == "time"
    assert detect_type(["1,583", "1600", "42"]) == "number"
    assert detect_type(["C20", "12", "B4"]) == "text"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_load_csv_tsv_jsonl_and_gzip(tmp_path: Path) -> None:
    rows = [("a", "f1", "dep", "2:07 PM"), ("b", "f1", "dep", "14:07")]
    csv_path = write(
        tmp_path / "c.csv",
        "source,item,attribute,value\n" + "".join(",".join(r) + "\n" for r in rows),
    )
    tsv_path = write(
        tmp_path / "c.tsv",
        "source\titem\tattribute\tvalue\n" + "".join("\t".join(r) + "\n" for r in rows),
    )
    jsonl_path = write(
        tmp_path / "c.jsonl",
        "".join(
            json.dumps(dict(zip(("source", "item", "attribute", "value"), r, strict=True)))
            + "\n"
            for r in rows
        ),
    )
    gz_path = tmp_path / "c.csv.gz"
    gz_path.write_bytes(gzip.compress(csv_path.read_bytes()))
    loaded = [load_table(p) for p in (csv_path, tsv_path, jsonl_path, gz_path)]
    for claims in loaded:
        assert [(c.source, c.item, c.attribute, c.value) for c in claims] == rows


def test_mapping_with_fixed_attribute_and_wide_columns(tmp_path: Path) -> None:
    path = write(tmp_path / "m.csv", "src,obj,value\nx,Berlin,\"3,500,000\"\ny,Berlin,3.5 million\n")
    claims = load_table(path, parse_mapping("source=src,item=obj,value=value"),
                        attribute="population")
    assert {c.attribute for c in claims} == {"population"}
    wide = write(tmp_path / "w.csv", "src,flight,dep,arr\na,F1,2:07 PM,3:00 PM\nb,F1,14:07,\n")
    claims = load_table(wide, {"source": "src", "item": "flight", "value": "dep|arr"})
    assert sorted((c.source, c.attribute) for c in claims) == [
        ("a", "arr"), ("a", "dep"), ("b", "dep")]


@pytest.mark.parametrize(
    ("content", "name", "code", "fragment"),
    [
        ("source,item,value\na,x,1\n", "t.csv", "E109", "missing column(s) 'attribute'"),
        ("source,item,attribute,value\n,x,a,1\n", "t.csv", "E109", "empty source"),
        ("source,item,attribute,value\na,x,a,1,extra\n", "t.csv", "E109", "has 5 cells"),
        ('{"source": "a"\n', "t.jsonl", "E109", "not JSON"),
        ("[1, 2]\n", "t.jsonl", "E109", "not a JSON object"),
        ("", "t.csv", "E105", "is empty"),
        ("source,item,attribute,value\n", "t.csv", "E109", "no rows with a value"),
    ],
)
def test_bad_tables_raise_input_error(
    tmp_path: Path, content: str, name: str, code: str, fragment: str
) -> None:
    path = write(tmp_path / name, content)
    with pytest.raises(InputError) as info:
        load_table(path)
    assert info.value.code == code
    assert fragment in info.value.message
    if code == "E109":
        assert info.value.fields["path"] == str(path)


def test_missing_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        load_table(tmp_path / "nope.csv")
    assert info.value.code == "E101"
    bad = tmp_path / "latin.csv"
    bad.write_bytes("source,item,attribute,value\na,x,city,M\xfcnchen\n".encode("latin-1"))
    with pytest.raises(InputError) as info:
        load_table(bad)
    assert info.value.code == "E103"
    assert load_table(bad, encoding="latin-1")[0].value == "München"


def test_bad_mapping() -> None:
    with pytest.raises(InputError) as info:
        parse_mapping("source=src,item")
    assert info.value.code == "E111"
    with pytest.raises(InputError):
        parse_mapping("colour=c")


def test_hierarchy_files(tmp_path: Path) -> None:
    tdh = write(tmp_path / "h.csv", "ID,name,parentID\n0,Root,-1\n1,USA,0\n2,Minnesota,1\n"
                "3,Minneapolis,2\n4,UK,0\n5,Hamilton,4\n6,Hamilton,1\n")
    tree = load_hierarchy(tdh)
    assert tree["minneapolis"] == ("minnesota",)
    assert tree["hamilton"] == ("uk", "usa")
    assert "usa" not in tree  # the root is no parent
    pairs = write(tmp_path / "p.csv", "child,parent\nMinneapolis,Minnesota\n")
    assert load_hierarchy(pairs) == {"minneapolis": ("minnesota",)}
    bad = write(tmp_path / "b.csv", "a,b\n1,2\n")
    with pytest.raises(InputError):
        load_hierarchy(bad)


def flight_table(tmp_path: Path) -> Path:
    return write(
        tmp_path / "f.csv",
        "source,item,attribute,value\n"
        "a,AA-1,dep,12/01/2011 02:07 PM\n"
        "b,AA-1,dep,2:07 PMDec 01\n"
        "c,AA-1,dep,Dec 01 - 3:30pm\n"
        "a,AA-1,gate,C20\n"
        "b,AA-1,gate,c20\n"
        "c,AA-1,gate,D4\n"
        "a,AA-2,dep,7:10 a.m.\n",
    )


def test_fuse_rows_sorted_with_support_and_against(tmp_path: Path) -> None:
    claims = load_table(flight_table(tmp_path))
    rows, result = fuse(claims)
    assert [(r.item, r.attribute) for r in rows] == [("AA-1", "dep"), ("AA-1", "gate"),
                                                     ("AA-2", "dep")]
    dep = rows[0]
    assert normalize_time(dep.value) == "14:07"
    assert dep.support == "a;b" and dep.against == "c"
    assert 0.5 < dep.confidence <= 1.0
    assert rows[1].value.upper() == "C20"
    normalized, _ = fuse(claims, normalized=True)
    assert normalized[0].value == "14:07"
    assert result.sources["c"].accuracy < result.sources["a"].accuracy


def test_fuse_with_prior_and_hierarchy(tmp_path: Path) -> None:
    path = write(tmp_path / "p.csv", "source,item,attribute,value\n"
                 "a,Barry,born,Minneapolis\nb,Barry,born,Minnesota\nc,Barry,born,Chicago\n")
    claims = load_table(path)
    tree = {"minneapolis": ("minnesota",), "chicago": ("illinois",)}
    rows, _ = fuse(claims, hierarchy=tree)
    assert rows[0].value in ("Minneapolis", "Minnesota")
    assert rows[0].against == "c"  # Minneapolis and Minnesota agree; only Chicago is against
    pinned, _ = fuse(claims, prior={("Barry", "born"): "Chicago"})
    assert pinned[0].value == "Chicago" and pinned[0].confidence == 1.0


def test_write_fused_is_deterministic(tmp_path: Path) -> None:
    claims = load_table(flight_table(tmp_path))
    rows, _ = fuse(claims)
    out1, out2 = tmp_path / "o1.csv", tmp_path / "o2.csv"
    write_fused(rows, out1)
    rows2, _ = fuse(list(reversed(claims)))
    write_fused(rows2, out2)
    assert out1.read_bytes() == out2.read_bytes()
    header = next(csv.reader(out1.open(encoding="utf-8")))
    assert header == ["item", "attribute", "value", "confidence", "support", "against"]


def test_cli_fuse(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "fused.csv"
    result = runner.invoke(app, ["fuse", str(flight_table(tmp_path)), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("item,attribute,value")
    mapped = write(tmp_path / "m.csv", "src,obj,val\na,x,1\nb,x,1\n")
    result = runner.invoke(app, ["fuse", str(mapped), "--out", str(out), "--map",
                                 "source=src,item=obj,value=val", "--attribute", "pop"])
    assert result.exit_code == 0, result.output
    assert "x,pop,1," in out.read_text(encoding="utf-8")


def test_cli_fuse_errors_exit_2(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["fuse", str(tmp_path / "nope.csv"), "--out", "x.csv"])
    assert result.exit_code == 2
    assert "error[E101]" in result.output
    bad = write(tmp_path / "b.csv", "src,obj,val\na,x,1\n")
    result = runner.invoke(app, ["fuse", str(bad), "--out", str(tmp_path / "o.csv")])
    assert result.exit_code == 2
    assert "error[E109]" in result.output


def test_text_similarity_splits_codes_at_letter_digit_seams() -> None:
    from reconcile.tabular import text_similarity

    # gate 39 written four ways: each longer form contains the bare one
    for longer in ("c39", "terminal 8 - 39", "39/8"):
        assert text_similarity(longer, "39") == 0.5
        assert text_similarity("39", longer) == 0.5
    assert text_similarity("c39", "c40") == 0.0
    assert text_similarity("c39", "c39") == 0.0  # equal values are not "similar" here


def population_table(tmp_path: Path) -> Path:
    # 1001 for Antioch in 2000 is also the 2010 figure: it loses the otherwise tied 2000 cell
    return write(
        tmp_path / "pop.csv",
        "source,item,attribute,value,time\n"
        "s1,Antioch,population,953,2000\n"
        "s2,Antioch,population,1001,2000\n"
        "s3,Antioch,population,1001,2010\n"
        "s1,Berkeley,population,5000,2000\n"
        "s2,Berkeley,population,5000,2000\n",
    )


def test_fuse_with_time_column_fuses_per_time_and_discounts_repeats(tmp_path: Path) -> None:
    claims = load_table(population_table(tmp_path))
    rows, result = fuse(claims)
    assert [(r.item, r.time, r.value) for r in rows] == [
        ("Antioch", "2000", "953"), ("Antioch", "2010", "1001"), ("Berkeley", "2000", "5000")]
    assert rows[0].support == "s1" and rows[0].against == "s2"
    off, _ = fuse(claims, settings=TruthSettings(time_repeat=0.0))
    assert off[0].value == "1001"  # without the time prior the canonical tie-break picks 1001
    pinned, _ = fuse(claims, prior={("Antioch", "2000", "population"): "1001"})
    assert pinned[0].value == "1001" and pinned[0].confidence == 1.0


def test_cli_fuse_with_time_column(tmp_path: Path) -> None:
    out = tmp_path / "fused.csv"
    result = CliRunner().invoke(app, ["fuse", str(population_table(tmp_path)), "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "item,time,attribute,value,confidence,support,against"
    assert lines[1].startswith("Antioch,2000,population,953,")
    assert lines[2].startswith("Antioch,2010,population,1001,")


def test_table_conflicts_are_per_time(tmp_path: Path) -> None:
    from reconcile.tabular_check import table_conflicts

    path = population_table(tmp_path)
    conflicts = table_conflicts(path, "pop.csv", load_table(path), path.read_text("utf-8"))
    assert [c.fact for c in conflicts] == ["population of Antioch at 2000"]
    assert conflicts[0].suggestion is not None and conflicts[0].suggestion.value == "953"


def test_a_fused_place_counts_what_its_descendants_hold(tmp_path: Path) -> None:
    path = write(tmp_path / "h.csv", "source,item,attribute,value\n"
                 "a,Ito,born,Kyoto\nb,Ito,born,Kyoto\nc,Ito,born,Osaka\nd,Ito,born,Osaka\ne,Ito,born,Japan\n")
    rows, _ = fuse(load_table(path), hierarchy={"kyoto": ("japan",), "osaka": ("japan",)})
    assert rows[0].value == "Japan"  # neither city is sure; the country is
    assert rows[0].confidence > 0.85 and rows[0].against == ""


def test_fuse_backoff_option(tmp_path: Path) -> None:
    table = write(tmp_path / "h.csv", "source,item,attribute,value\n"
                  "a,Ito,born,Kyoto\nb,Ito,born,Kyoto\nc,Ito,born,Osaka\nd,Ito,born,Osaka\ne,Ito,born,Japan\n")
    tree = write(tmp_path / "t.csv", "child,parent\nKyoto,Japan\nOsaka,Japan\n")
    for backoff, expected in (("0.85", {"Japan"}), ("0", {"Kyoto", "Osaka"})):
        out = tmp_path / f"fused{backoff}.csv"
        result = CliRunner().invoke(app, ["fuse", str(table), "--out", str(out), "--hierarchy", str(tree),
                                          "--backoff", backoff])
        assert result.exit_code == 0, result.output
        rows = list(csv.DictReader(out.open(encoding="utf-8")))
        assert rows[0]["value"] in expected


def test_fuse_prefers_a_precise_count_to_a_rounded_one(tmp_path: Path) -> None:
    # numbers are counts to the engine (discover's ``counts``): 460,000 against 407,018 is a
    # rounded report of the precise figure, not a tie; times and text get no such prior
    path = write(
        tmp_path / "t.csv",
        "source,item,attribute,value\n"
        "s1,Sacra,population,\"460,000\"\n"
        "s2,Sacra,population,\"407,018\"\n",
    )
    rows, _ = fuse(load_table(path))
    assert [(r.item, r.value) for r in rows] == [("Sacra", "407,018")]
    off, result = fuse(load_table(path), settings=TruthSettings(rounding=0.0))
    tied = next(iter(result.items.values())).values  # without the prior, one against one
    assert tied[0].confidence == tied[1].confidence < rows[0].confidence
