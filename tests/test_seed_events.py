"""The Enab Baladi report of 13 January 2021, read as a careful coder would."""

from __future__ import annotations


STRUCK_ON_13 = {
    "al-bukamal", "imam-ali-base", "al-bukamal-hizam", "al-bukamal-al-qaim-crossing", "al-hassyan",
    "al-bukamal-industrial-area", "al-dweir", "al-mayadin", "jabal-tharda", "muhasan", "al-quriyah-desert",
    "ain-ali", "deir-ez-zor-airport", "ayyash", "tallat-al-hajif", "deir-ez-zor",
}
UNCONFIRMED = {"harabesh", "al-naser-building", "faculty-of-education-deir", "ghazi-ayyash"}


def by_place(events):
    out = {}
    for e in events:
        out.setdefault(e.place_id, []).append(e)
    return out


def test_strike_places_and_dates(seed_events):
    reported = {e.place_id for e in seed_events if e.status == "reported" and e.event_date == "2021-01-13"}
    assert reported == STRUCK_ON_13
    assert all(e.event_type == "airstrike" for e in seed_events if e.event_date == "2021-01-13")


def test_unconfirmed_sites_in_the_city(seed_events, gaz):
    unconfirmed = {e.place_id for e in seed_events if e.status == "unconfirmed"}
    assert unconfirmed == UNCONFIRMED
    for pid in UNCONFIRMED:
        assert gaz.places[pid].district == "Deir ez-Zor"
    ev = by_place(seed_events)
    assert "Directorate of Development" in ev["harabesh"][0].target
    assert "headquarters" in ev["ghazi-ayyash"][0].target


def test_fatalities_at_al_bukamal(seed_events):
    (e,) = by_place(seed_events)["al-bukamal"]
    assert e.fatalities == 5 and e.fatalities_text == "Five militants died"
    assert len(e.evidence_all) >= 3  # the same strike told in several sentences is one event
    assert "al-Ilam al-Mukawem" in e.cited_sources and "SANA" in e.cited_sources


def test_explosion_on_tuesday_in_the_desert(seed_events):
    (e,) = [e for e in seed_events if e.event_type == "explosion"]
    assert (e.event_date, e.place_id) == ("2021-01-12", "al-thalathat")
    assert any("al-Bukamal desert areas" in s for s in e.evidence_all)
    assert "location_hedged" in e.flags
    assert e.attribution == ""  # unexplained blasts are nobody's


def test_group_counts_are_recorded_once_per_list(seed_events):
    groups = {}
    for e in seed_events:
        if e.strike_group:
            groups.setdefault(e.strike_group, set()).add((e.group_strikes, e.group_strikes_max))
    assert sorted(v.pop() for v in groups.values()) == [(6, 6), (50, None)]
    # the group's count is never copied onto its places; a place keeps only a count stated for it alone
    assert not any(e.strikes in (50, 6) for e in seed_events)
    own = {e.place_id: (e.strikes, e.strikes_max) for e in seed_events if e.strikes is not None}
    assert own == {"al-bukamal": (24, 99)}  # "dozens of night air raids ... in al-Bukamal city"


def test_attribution_is_israel_presumed(seed_events):
    airstrikes = [e for e in seed_events if e.event_type == "airstrike"]
    assert {(e.attribution, e.attribution_certainty) for e in airstrikes} == {("Israel", "presumed")}


def test_qualifiers_move_points_and_keep_anchor(seed_events):
    ev = by_place(seed_events)
    mayadin = ev["al-mayadin"][0]
    assert mayadin.qualifier == "farm areas south of" and mayadin.geo_precision == 2
    assert mayadin.lat < mayadin.anchor_lat and abs(mayadin.lon - mayadin.anchor_lon) < 0.01
    muhasan = ev["muhasan"][0]
    assert muhasan.lat < muhasan.anchor_lat and muhasan.lon < muhasan.anchor_lon and muhasan.uncertainty_km > 0
    airport = ev["deir-ez-zor-airport"][0]
    assert airport.qualifier.endswith("southwest") and airport.lat < airport.anchor_lat
    assert ev["ain-ali"][0].qualifier == "near"
    assert ev["al-bukamal-al-qaim-crossing"][0].qualifier.startswith("areas around")
    assert ev["al-dweir"][0].qualifier == "desert areas in"


def test_no_events_from_background_captions_lists_and_appeals(seed_events):
    never = ["Russian command", "checkpoint", "evacuated posts", "drones hovered", "Koniko", "significance",
             "Anbar", "Sweida", "Ya’rubiyah", "al-Tanf", "Fighter jet", "Related Articles", "Airstrikes target vital",
             "Support Enab Baladi", "echoed in al-Bukamal"]
    for e in seed_events:
        for ev in e.evidence_all:
            for phrase in never:
                assert phrase not in ev, (e.place_id, phrase)
    ids = {e.place_id for e in seed_events}
    assert not ids & {"conoco-gas-field", "al-bukamal-jamiyat", "anbar-desert", "palmyra", "al-sukhnah", "syria", "iraq"}


def test_spans_and_evidence(seed_events, seed_report):
    for e in seed_events:
        assert seed_report.text[e.span_start:e.span_end] == e.mention
        assert e.evidence in seed_report.text


def test_events_inside_governorate_or_at_the_border(seed_events, gaz):
    assert len(seed_events) >= 10
    for e in seed_events:
        km = gaz.areas.km_outside_governorate(e.lat, e.lon)
        assert km <= 5, (e.place_id, km)


def test_event_ids_are_stable(seed_report, gaz):
    from mapper import extract_events

    a = [e.event_id for e in extract_events(seed_report, gaz)]
    b = [e.event_id for e in extract_events(seed_report, gaz)]
    assert a == b and len(set(a)) == len(a)
