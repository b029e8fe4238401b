"""Places that were curated twice are one place.

Upper and lower Buqrus were rows of their own at Tell Bouqras' point while the GeoNames village Buqrus already carried
their names, so every mention of "Buqrus Fawqani" was a tie between two rows 2 km apart; the Khabur was two river
rows at the same mouth. A report naming them now finds one place, with all the spellings the merged rows knew.
"""

from __future__ import annotations

import pytest


CASES = [
    ("Regime artillery shelled Buqrus Fawqani and the farms of Buqrus Tahtani on Sunday.", "Buqrus Fawqani", "buqrus"),
    ("Regime artillery shelled Buqrus Fawqani and the farms of Buqrus Tahtani on Sunday.", "Buqrus Tahtani", "buqrus"),
    ("Clashes were reported near Upper Buqrus, west of al-Mayadin.", "Upper Buqrus", "buqrus"),
    ("قصفت قوات النظام بلدة بقرص فوقاني في ريف الميادين", "بقرص فوقاني", "buqrus"),
    ("A drone hit a fuel truck on the bridge over the Khabur River near al-Busayrah.", "Khabur River", "khabur"),
    ("Fighters crossed the Habur at al-Suwar.", "Habur", "khabur"),
]


@pytest.mark.parametrize("text,words,pid", CASES)
def test_a_name_of_a_merged_row_finds_the_one_place_without_a_tie(gaz, text, words, pid):
    m = next(m for m in gaz.find(text) if m.text == words)
    assert m.place.id == pid and not m.ambiguous


def test_the_merged_rows_are_gone_and_their_names_kept(gaz):
    for gone in ("buqrus-fawqani", "buqrus-tahtani", "khabur-river"):
        assert gone not in gaz.places
    buqrus = gaz.places["buqrus"]
    assert not buqrus.source.startswith("parent:")  # the GeoNames point, not a parent's
    assert "Fawqani" in buqrus.note and "Tahtani" in buqrus.note


def test_a_row_that_says_it_stands_at_the_city_point_does(gaz):
    """A note that names Deir ez-Zor city's GeoNames point must be true of the built point.

    Rows first curated at the city's point keep that sentence after their parent gets a point of its own (Ayyash and
    al-Bughayliyah did), which tells a reviewer the wrong thing about where the marker is drawn.
    """
    city = gaz.places["deir-ez-zor"]
    for p in gaz.places.values():
        if p.source.startswith("parent:") and "Deir ez-Zor city's GeoNames point (170794) used" in p.note:
            assert (p.lat, p.lon) == (city.lat, city.lon), p.id
