"""A user's --gazetteer CSV is checked row by row before any of it is used."""

from __future__ import annotations

import pytest

from gazetteer import GazetteerRowsError, load

HEADER = "id,name,name_ar,alt_names,alt_names_ar,type,parent,outside,lat,lon,precision,radius_km,source,licence,note\n"
GOOD = "my-farm,Abu Shams farm,,,,site,,,35.1,40.4,exact,,field visit 2021,own,\n"


def write(tmp_path, body: str, name: str = "extra.csv"):
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def problems(*paths) -> list[str]:
    with pytest.raises(GazetteerRowsError) as exc:
        load(list(paths))
    return exc.value.problems


def test_every_bad_row_is_named_by_file_and_line(tmp_path):
    extra = write(tmp_path, GOOD
                  + "far,Far away,,,,village,,,999,40.4,exact,,me,own,\n"          # line 3
                  + "west,Too west,,,,village,,,35.0,-181,exact,,me,own,\n"        # line 4
                  + "my-farm,Abu Shams again,,,,site,,,35.2,40.5,exact,,me,own,\n"  # line 5
                  + "orphan,Orphan,,,,village,nowhere,,35.0,40.0,exact,,me,own,\n"  # line 6
                  + "noname,,,,,village,,,35.0,40.0,exact,,me,own,\n"              # line 7
                  + "text,Text,,,,village,,,north,40.0,exact,,me,own,\n")          # line 8
    got = problems(extra)
    assert len(got) == 6
    assert got[0] == f"{extra}:3: lat 999 is outside -90..90"
    assert got[1] == f"{extra}:4: lon -181 is outside -180..180"
    assert got[2] == f"{extra}:5: duplicate id 'my-farm' (first on line 2)"
    assert got[3] == f"{extra}:7: empty name"
    assert got[4] == f"{extra}:8: lat 'north' is not a number"
    assert got[5] == f"{extra}:6: parent 'nowhere' is not a place"


def test_missing_columns_and_nan(tmp_path):
    bad = tmp_path / "cols.csv"
    bad.write_text("id,name,lat\nx,y,35\n", encoding="utf-8")
    assert problems(bad) == [f"{bad}:1: missing column(s) lon"]
    nan = write(tmp_path, "n,N,,,,village,,,nan,40,exact,,me,own,\n", "nan.csv")
    assert problems(nan) == [f"{nan}:2: lat nan is outside -90..90"]


def test_parent_may_be_packaged_or_in_another_extra_file(tmp_path):
    a = write(tmp_path, "farm-a,Farm A,,,,site,hajin,,34.7,40.8,exact,,me,own,\n", "a.csv")
    b = write(tmp_path, "farm-b,Farm B,,,,site,farm-a,,34.7,40.8,exact,,me,own,\n", "b.csv")
    gaz = load([a, b])
    assert gaz.places["farm-b"].parent == "farm-a"
    # the same file alone: its parent is unknown
    assert problems(b) == [f"{b}:2: parent 'farm-a' is not a place"]


def test_valid_rows_are_used_and_packaged_ids_may_be_overridden(tmp_path):
    extra = write(tmp_path, GOOD + "hajin,Hajin,هجين,,,town,,,34.7,40.84,exact,,my survey,own,moved\n")
    gaz = load([extra])
    assert gaz.places["my-farm"].lat == 35.1
    assert gaz.places["hajin"].source == "my survey"


def test_cli_prints_one_line_per_bad_row_and_exits_2(tmp_path, invoke):
    extra = write(tmp_path, GOOD + "far,Far away,,,,village,,,999,40.4,exact,,me,own,\n"
                  + "my-farm,Again,,,,site,,,35.2,40.5,exact,,me,own,\n")
    for args in (["gazetteer", "check"], ["gazetteer", "lookup", "Hajin"]):
        code, out, err = invoke(*args, "--gazetteer", str(extra))
        assert code == 2, args
        assert err.splitlines() == [f"strikemap: {extra}:3: lat 999 is outside -90..90",
                                    f"strikemap: {extra}:4: duplicate id 'my-farm' (first on line 2)"]
        assert "inside the governorate" not in out
    report = tmp_path / "r.txt"
    report.write_text("---\npublished: 2021-03-02\n---\nA drone struck a car in Hajin.\n", encoding="utf-8")
    code, out, err = invoke("extract", str(report), "--gazetteer", str(extra))
    assert code == 2 and out == "" and f"{extra}:3:" in err
