"""Villages that share a name with another place: both are kept, and the places named beside them decide.

Ma'izila is both a farming area north of Deir ez-Zor by al-Izba and an IRGC post in the al-Bukamal desert; al-Salihiyah
is both one of the 'seven villages' opposite the city and a village by Dura-Europos near al-Jalaa. Reports of strikes
near al-Bukamal used to land on the northern Ma'izila, 112 km away.
"""

from __future__ import annotations

import pytest

from gazetteer.resolve import km

CASES = [
    ("A drone struck an IRGC post in the village of Ma'izila in the al-Bukamal desert on Monday.", "Ma'izila",
     "maizila-bukamal"),
    ("قصفت طائرة مسيرة موقعاً للحرس الثوري في قرية معيزيلة في بادية البوكمال", "معيزيلة", "maizila-bukamal"),
    ("Protesters in Ma'izila and al-Izba north of Deir ez-Zor blocked the road to Hasakah.", "Ma'izila", "maizila"),
    ("Artillery shelling hit al-Salihiyah near al-Bukamal and al-Jalaa at dawn.", "al-Salihiyah", "al-salihiyah-bukamal"),
    ("Shelling hit al-Salihiyah, Marrat and Hatla across the river from the city.", "al-Salihiyah",
     "al-salihiyah-khasham"),
]


@pytest.mark.parametrize("text,words,pid", CASES)
def test_the_places_named_beside_a_shared_name_choose_it(gaz, text, words, pid):
    m = next(m for m in gaz.find(text) if m.text == words)
    assert m.ambiguous and m.place.id == pid


def test_both_places_of_a_shared_name_are_far_apart_and_kept(gaz):
    for a, b, at_least in (("maizila", "maizila-bukamal", 80), ("al-salihiyah-khasham", "al-salihiyah-bukamal", 70)):
        p, q = gaz.places[a], gaz.places[b]
        assert km(p.lat, p.lon, q.lat, q.lon) >= at_least
        assert q.district == "al-Bukamal"


def test_the_bukamal_desert_ma_izila_says_why_it_has_no_point_of_its_own(gaz):
    p = gaz.places["maizila-bukamal"]
    assert p.source == "parent:al-bukamal-desert" and p.precision == "approximate"
    assert float(p.radius_km) >= 30 + 5  # 30 km from al-Bukamal, as the reports put it
    assert "No source read gives a coordinate" in p.note


def test_one_district_of_al_bukamal_with_the_countryside_names(gaz):
    assert "abu-kamal-district" not in gaz.places
    for words in ("the al-Bukamal countryside", "ريف البوكمال", "Abu Kamal District"):
        found = gaz.find(f"Drones struck {words} overnight.") if not words.startswith("ريف") else \
            gaz.find(f"قصف جوي على {words} ليلاً")
        ids = {c.place.id for m in found for c in (m.candidates or [])} | {m.place.id for m in found if m.place}
        assert "district-al-bukamal" in ids, (words, ids)
