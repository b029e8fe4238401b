"""Places pointed from map marks of Wikipedia's Syrian Civil War and Iraqi insurgency detailed map modules.

The marks were read by hand; each row quotes the mark it took in its note. These tests hold the row to what it
quotes, so a mistyped coordinate or a mark copied onto the wrong row fails, and check that the point is plausibly
the place (inside the governorate's polygons, near the place it is said to be near).
"""

from __future__ import annotations

import re

import pytest

from gazetteer import load
from gazetteer.resolve import km

MODULE = "https://zh.wikipedia.org/wiki/Module:Syrian_Civil_War_detailed_map"
IRAQI_MODULE = "https://zh.wikipedia.org/wiki/Module:Iraqi_insurgency_detailed_map"
MODULES = (MODULE, IRAQI_MODULE)
_PAIR = re.compile(r"(\d{2}\.\d+), (\d{2}\.\d+)")

# place -> (a place it is documented to be near, the most km between them)
NEAR = {
    "al-assad-hospital-deir": ("deir-ez-zor", 5),
    "ayyash-warehouses": ("ayyash", 5),
    "al-saiqa-camp": ("ayyash-warehouses", 3),
    "panorama-roundabout": ("deir-ez-zor", 8),
    "missiles-battalion-base": ("deir-ez-zor-airport", 5),
    "jabal-tharda": ("deir-ez-zor-airport", 8),
    "al-hamdan-airport": ("al-bukamal", 8),
    "al-tanak-oil-field": ("al-omar-oil-field", 40),
    "al-taym-oil-field": ("deir-ez-zor-airport", 12),
    "tal-al-sanouf": ("brigade-137-base", 10),
    "tallat-al-hajif": ("brigade-137-base", 10),
    "al-zir": ("al-busayrah", 6),
    "al-izba": ("conoco-gas-field", 8),
    "jazrat-milaj": ("al-kasrah", 32),  # eSyria: ~29 km north-west of al-Kasrah
}

# Places in Iraq: (a place it is documented to be near, the most km between them); no district of the governorate.
NEAR_OUTSIDE = {
    "husaybah": ("al-bukamal-al-qaim-crossing", 3),  # the crossing links Husaybah with Abu Kamal
    "akashat": ("al-qaim", 140),  # on the road from al-Qaim to Rutba, ~100 km from the al-Qaim facility
}


def _module_rows():
    gaz = load()
    return gaz, sorted((p for p in gaz.places.values() if p.source in MODULES), key=lambda p: p.id)


def _quoted_marks(note: str) -> list[tuple[float, float]]:
    """The coordinate pairs of the sentence that names the mark (the note's first sentence after the source)."""
    sentence = note.split("): ", 1)[1].split(". ", 1)[0]
    return [(float(a), float(b)) for a, b in _PAIR.findall(sentence)]


def test_module_rows_exist_and_carry_the_wikipedia_licence():
    _, rows = _module_rows()
    assert len(rows) >= 15
    assert all(p.licence == "CC-BY-SA-4.0" for p in rows)
    assert all("map mark" in p.note and "MASangys/wikipedia.zh" in p.note for p in rows)
    # The note names the module its source names.
    for p in rows:
        module = p.source.rsplit(":", 1)[1]
        assert f"zh.wikipedia Module:{module}" in p.note, p.id
    assert {p.id for p in rows if p.source == IRAQI_MODULE} >= set(NEAR_OUTSIDE)


@pytest.mark.parametrize("pid", [p.id for p in _module_rows()[1]])
def test_point_is_the_quoted_mark_or_the_mean_of_the_quoted_marks(pid):
    gaz = load()
    p = gaz.places[pid]
    marks = _quoted_marks(p.note)
    assert marks, p.note
    if "the mean of" in p.note:
        want = (sum(m[0] for m in marks) / len(marks), sum(m[1] for m in marks) / len(marks))
        # A mean of several marks covers them all.
        assert p.precision == "approximate"
        assert all(km(p.lat, p.lon, a, b) <= float(p.radius_km) for a, b in marks)
    else:
        want = marks[0]
    assert abs(p.lat - want[0]) < 1e-5 and abs(p.lon - want[1]) < 1e-5
    assert not p.source.startswith("parent:")


@pytest.mark.parametrize("pid,near", sorted(NEAR.items()))
def test_point_lies_where_the_reporting_puts_the_place(pid, near):
    gaz = load()
    other, most = near
    p, q = gaz.places[pid], gaz.places[other]
    assert km(p.lat, p.lon, q.lat, q.lon) <= most
    assert p.district and p.subdistrict  # inside the governorate's polygons


@pytest.mark.parametrize("pid,near", sorted(NEAR_OUTSIDE.items()))
def test_iraqi_marks_lie_where_the_reporting_puts_the_place_outside_the_governorate(pid, near):
    gaz = load()
    other, most = near
    p, q = gaz.places[pid], gaz.places[other]
    assert km(p.lat, p.lon, q.lat, q.lon) <= most
    assert p.outside == "Iraq" and not p.district and not p.subdistrict


def test_a_mark_on_the_wrong_bank_is_not_taken():
    """The module's 'Kashkiyeh' lies west of the Euphrates; al-Kishkiyah is a left-bank town, so it keeps its parent."""
    gaz = load()
    p = gaz.places["al-kishkiyah"]
    assert p.source.startswith("parent:")
    assert "34.805, 40.601" in p.note and "not taken" in p.note
