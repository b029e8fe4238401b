"""Regions whose extent is a sub-district or district polygon take a point of that polygon, not their seat's."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from gazetteer import build, load
from gazetteer.areas import Areas
from gazetteer.check import check
from gazetteer.resolve import km

AREA_PLACES = {
    "dhiban-subdistrict": "subdistrict-dhiban",
    "al-asharah-subdistrict": "subdistrict-al-asharah",
    "al-mayadin-subdistrict": "subdistrict-al-mayadin",
    "al-mayadin-district": "district-al-mayadin",
}


@pytest.mark.parametrize("pid,area_id", sorted(AREA_PLACES.items()))
def test_region_point_lies_in_its_own_polygon_and_radius_covers_it(pid, area_id):
    gaz = load()
    p = gaz.places[pid]
    area = gaz.areas.by_id[area_id]
    assert p.source == f"area:{area_id}"
    assert area.geometry.covers(Point(p.lon, p.lat))
    # The point is the polygon's, not the seat's it used to borrow.
    seat = gaz.places[p.parent]
    assert (p.lat, p.lon) != (seat.lat, seat.lon)
    rings = getattr(area.geometry, "geoms", [area.geometry])
    furthest = max(km(p.lat, p.lon, y, x) for g in rings for x, y in g.exterior.coords)
    assert p.precision == "approximate" and float(p.radius_km) >= furthest
    assert "representative point of its own polygon" in p.note and p.licence == "CC-BY-4.0"


def test_polygon_points_are_not_counted_at_a_parents_point():
    gaz = load()
    rep = check(gaz)
    parent_sourced = sum(1 for p in gaz.places.values() if p.source.startswith("parent:"))
    assert rep.at_parent_point == parent_sourced
    assert not any(gaz.places[pid].source.startswith("parent:") for pid in AREA_PLACES)


def _shapes():
    areas = Areas(build.build_areas())
    return areas, build.extent_shapes(areas, build.wof_rows())


def test_unknown_area_stops_the_build():
    _, shapes = _shapes()
    row = {"source": "area:subdistrict-nowhere", "note": ""}
    with pytest.raises(SystemExit, match="no area 'subdistrict-nowhere'"):
        build._point_of_area(row, shapes, "curated/x.csv:2")


def test_point_of_area_is_computed_inside_the_polygon():
    areas, shapes = _shapes()
    row = {"source": "area:subdistrict-al-asharah", "note": "n"}
    build._point_of_area(row, shapes, "curated/x.csv:2")
    geom = areas.by_id["subdistrict-al-asharah"].geometry
    assert geom.covers(Point(float(row["lon"]), float(row["lat"])))
    assert row["note"].endswith(" n") and row["radius_km"].isdigit()
