"""Extraction rules on short real-style sentences: dates, counts, status, attribution, exclusions."""

from __future__ import annotations

from datetime import date

import pytest

from mapper import events_frame, extract_events
from mapper.dates import find_dates
from mapper.model import Report
from mapper.numbers import NUMBER, parse_count

PUB = date(2021, 1, 13)  # a Wednesday


def events(text, pub=PUB, gaz=None):
    return extract_events(Report(id="t", text=text, published=pub), gaz)


@pytest.mark.parametrize("words,expected", [
    ("on 13 January", "2021-01-13"), ("on January 12, 2021", "2021-01-12"), ("on 11/1/2021", "2021-01-11"),
    ("on the 10th", "2021-01-10"), ("on Tuesday", "2021-01-12"), ("on Wednesday", "2021-01-13"),
    ("two days ago", "2021-01-11"), ("last night", "2021-01-12"), ("before dawn", "2021-01-13"),
    ("yesterday", "2021-01-12"), ("at 1:10 a.m.", "2021-01-13"), ("on 28 December", "2020-12-28"),
    ("يوم الثلاثاء", "2021-01-12"), ("أمس", "2021-01-12"), ("فجر اليوم", "2021-01-13"), ("مساء أمس", "2021-01-12"),
    ("في ١١ كانون الثاني", "2021-01-11"), ("في 11 يناير", "2021-01-11"), ("يوم ۱۰ كانون الثاني", "2021-01-10"),
])
def test_dates_are_anchored_to_publication(words, expected):
    found = find_dates(f"Raids hit the town {words}.", PUB)
    assert found and found[0].start.isoformat() == expected, found


def test_no_event_dated_after_its_report():
    (f,) = find_dates("strikes on 20 January 2021", PUB)
    assert f.start == PUB and f.after_publication


def test_last_week_is_a_range():
    (f,) = find_dates("raids last week", PUB)
    assert f.precision == "range" and (f.start.isoformat(), f.end.isoformat()) == ("2021-01-04", "2021-01-10")


@pytest.mark.parametrize("words,expected", [
    ("Five militants", (5, 5)), ("six raids", (6, 6)), ("at least 50", (50, None)), ("more than 20", (21, None)),
    ("dozens", (24, 99)), ("twenty-three", (23, 23)), ("up to 10", (1, 10)), ("خمسة", (5, 5)), ("ستة", (6, 6)),
    ("عشرات", (20, 99)), ("١٢", (12, 12)),
])
def test_counts_keep_their_bound(words, expected):
    assert parse_count(NUMBER.search(words)) == expected


def test_denied_strike(gaz):
    text = "The US-led coalition denied reports that its drones struck a house in Hajin on Monday."
    (e,) = events(text, gaz=gaz)
    assert (e.place_id, e.status, e.event_type) == ("hajin", "denied", "drone strike")


def test_unconfirmed_strike(gaz):
    text = "Activists said warplanes bombed al-Shuhayl on Tuesday, a claim that could not be independently verified."
    (e,) = events(text, gaz=gaz)
    assert (e.place_id, e.status, e.event_date) == ("al-shuhayl", "unconfirmed", "2021-01-12")


def test_attribution_certainty(gaz):
    (e,) = events("Aircraft believed to be Russian bombed Hajin on Tuesday.", gaz=gaz)
    assert (e.attribution, e.attribution_certainty) == ("Russia", "presumed")
    (e,) = events("Unidentified aircraft bombed Hajin on Tuesday.", gaz=gaz)
    assert (e.attribution, e.attribution_certainty) == ("unidentified", "unidentified")
    (e,) = events("US Central Command said its forces struck a weapons depot in al-Mayadin on Tuesday.", gaz=gaz)
    assert e.attribution == "United States" and e.target == "weapons depot"


def test_origin_and_witness_places_are_not_targets(gaz):
    text = ("Jets that took off from the T4 airbase bombed Hajin on Tuesday, residents in al-Mayadin said. "
            "The blasts were heard in al-Bukamal.")
    assert [e.place_id for e in events(text, gaz=gaz)] == ["hajin"]


def test_background_and_troop_moves_are_not_events(gaz):
    text = ("Warplanes bombed Hajin on Tuesday. Al-Bukamal has long been a frequent target of raids. "
            "Russian forces withdrew from al-Mayadin after the strikes. Drones hovered over Dhiban all day.")
    assert [e.place_id for e in events(text, gaz=gaz)] == ["hajin"]


def test_group_count_is_not_copied_onto_places(gaz):
    (a, b, c) = events("At least 12 strikes hit Hajin, al-Susah and al-Baghuz Fawqani on Tuesday.", gaz=gaz)
    assert {e.group_strikes for e in (a, b, c)} == {12} and len({e.strike_group for e in (a, b, c)}) == 1
    assert all(e.strikes is None for e in (a, b, c))
    (e,) = events("Dozens of raids hit Hajin on Tuesday.", gaz=gaz)
    assert (e.strikes, e.strikes_max, e.strike_group) == (24, 99, "")


def test_region_is_dropped_when_places_inside_are_named(gaz):
    text = "Airstrikes hit the eastern countryside of Deir ez-Zor on Tuesday, targeting Hajin and al-Susah."
    assert sorted(e.place_id for e in events(text, gaz=gaz)) == ["al-susah", "hajin"]
    (e,) = events("A drone strike hit the eastern countryside of Deir Ezzor on Tuesday.", gaz=gaz)
    assert (e.place_id, e.geo_precision) == ("deir-ez-zor-eastern-countryside", 3)


def test_arabic_report(gaz):
    text = "استهدفت غارات جوية يرجح أنها إسرائيلية مواقع للميليشيات في مدينة البوكمال بريف دير الزور الشرقي فجر اليوم، ما أدى لمقتل خمسة عناصر."
    (e,) = events(text, gaz=gaz)
    assert (e.place_id, e.event_date, e.event_type) == ("al-bukamal", "2021-01-13", "airstrike")
    assert (e.attribution, e.attribution_certainty, e.fatalities) == ("Israel", "presumed", 5)
    assert e.mention == "البوكمال" and e.evidence == text


def test_events_frame_has_one_row_per_event(seed_report, gaz):
    df = events_frame([seed_report], gaz)
    assert len(df) == len(extract_events(seed_report, gaz))
    assert {"event_id", "lat", "lon", "evidence", "geo_precision"} <= set(df.columns)
    assert df["event_id"].is_unique
