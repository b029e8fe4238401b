"""Regions defined in their rows from sourced geometry (`area:` unions, differences, banks of the Euphrates) sit
at a point of their own extent, not at the city's they used to borrow."""

from __future__ import annotations

import pytest
import shapely
from shapely.geometry import Point

from gazetteer import build, extent, load
from gazetteer.areas import Areas
from gazetteer.check import check
from gazetteer.resolve import km

GOV = "governorate-deir-ez-zor"
# Region: the extent its row defines.
EXTENTS = {
    "deir-ez-zor-jazira": f"{GOV} & euphrates-left-bank",
    "deir-ez-zor-shamiya": f"{GOV} & euphrates-right-bank",
    "deir-ez-zor-badia": f"{GOV} & euphrates-right-bank",
    "deir-ez-zor-countryside": f"{GOV} - subdistrict-deir-ez-zor",
    "deir-ez-zor-eastern-countryside": "district-al-mayadin + district-al-bukamal + subdistrict-al-busayrah"
                                       " + subdistrict-khasham + subdistrict-muhasan",
    "deir-ez-zor-western-countryside": "subdistrict-al-kasrah + subdistrict-al-tabni",
    "deir-ez-zor-northern-countryside": "subdistrict-al-sur",
    "al-bukamal-desert": "district-al-bukamal & euphrates-right-bank",
    "al-mayadin-desert": "district-al-mayadin & euphrates-right-bank",
    "euphrates": f"{GOV} & euphrates",
}
SEVEN = ("al-husseiniyah-deir", "al-salihiyah-khasham", "hatla", "marrat", "mazloum", "khasham", "al-tabiyah")


@pytest.fixture(scope="module")
def gaz():
    return load()


@pytest.fixture(scope="module")
def shapes():
    areas = Areas(build.build_areas())
    return build.extent_shapes(areas, build.wof_rows())


def _at(p):
    return Point(p.lon, p.lat)


@pytest.mark.parametrize("pid,expr", sorted(EXTENTS.items()))
def test_region_sits_inside_its_own_extent_with_a_radius_covering_it(gaz, shapes, pid, expr):
    p = gaz.places[pid]
    geom = extent.evaluate(expr, shapes)
    assert p.source == f"area:{expr}" and p.precision == "approximate"
    assert geom.buffer(1e-6).covers(_at(p))
    assert p.radius_km >= max(km(p.lat, p.lon, y, x) for x, y in shapely.get_coordinates(geom))
    # no longer the point of the city, town or governorate it borrowed
    for other in ("deir-ez-zor", "deir-ez-zor-governorate", "al-mayadin", "al-bukamal", "district-al-mayadin"):
        q = gaz.places[other]
        assert km(p.lat, p.lon, q.lat, q.lon) > 1.0, other
    assert "representative point of its own" in p.note and "Extent:" in p.note


def test_the_banks_of_the_euphrates_hold_the_towns_reporting_puts_on_them(gaz, shapes):
    left, right = shapes["euphrates-left-bank"], shapes["euphrates-right-bank"]
    for town in ("hajin", "al-busayrah", "al-susah", "al-suwar", "khasham", "hatla", "al-shuhayl", "dhiban"):
        assert left.covers(_at(gaz.places[town])) and not right.covers(_at(gaz.places[town])), town
    for town in ("al-mayadin", "al-bukamal", "al-asharah", "al-quriyah", "deir-ez-zor", "muhasan", "al-jalaa"):
        assert right.covers(_at(gaz.places[town])) and not left.covers(_at(gaz.places[town])), town


def test_the_jazira_is_on_the_left_bank_and_the_shamiya_on_the_right(gaz, shapes):
    gov = gaz.areas.governorate.geometry
    jazira, shamiya = gaz.places["deir-ez-zor-jazira"], gaz.places["deir-ez-zor-shamiya"]
    assert gov.covers(_at(jazira)) and shapes["euphrates-left-bank"].covers(_at(jazira))
    assert gov.covers(_at(shamiya)) and shapes["euphrates-right-bank"].covers(_at(shamiya))


def test_the_eastern_countryside_lies_east_of_the_city_and_the_countryside_outside_its_sub_district(gaz):
    east = _at(gaz.places["deir-ez-zor-eastern-countryside"])
    assert any(gaz.areas.by_id[a].geometry.covers(east) for a in ("district-al-mayadin", "district-al-bukamal",
                                                                   "subdistrict-al-busayrah", "subdistrict-khasham",
                                                                   "subdistrict-muhasan"))
    rural = _at(gaz.places["deir-ez-zor-countryside"])
    assert gaz.areas.governorate.geometry.covers(rural)
    assert not gaz.areas.by_id["subdistrict-deir-ez-zor"].geometry.covers(rural)


def test_the_desert_of_al_bukamal_is_the_districts_right_bank(gaz, shapes):
    p = _at(gaz.places["al-bukamal-desert"])
    assert gaz.areas.by_id["district-al-bukamal"].geometry.covers(p) and shapes["euphrates-right-bank"].covers(p)


def test_the_euphrates_sits_on_the_river_inside_the_governorate(gaz, shapes):
    p = gaz.places["euphrates"]
    assert shapes["euphrates"].distance(_at(p)) < 1e-6 and gaz.areas.governorate.geometry.covers(_at(p))


def test_the_seven_villages_sit_at_the_centre_of_the_seven(gaz):
    p = gaz.places["seven-villages"]
    members = [gaz.places[v] for v in SEVEN]
    assert p.lat == pytest.approx(sum(m.lat for m in members) / 7, abs=1e-5)
    assert p.lon == pytest.approx(sum(m.lon for m in members) / 7, abs=1e-5)
    assert all(km(p.lat, p.lon, m.lat, m.lon) <= p.radius_km for m in members)
    assert p.source.count("whosonfirst:") == 7


def test_areas_combine_by_union_difference_and_intersection(shapes):
    ev = lambda e: extent.evaluate(e, shapes)  # noqa: E731
    both = ev("district-al-mayadin + district-al-bukamal")
    assert both.area == pytest.approx(shapes["district-al-mayadin"].area + shapes["district-al-bukamal"].area, rel=1e-3)
    rural = ev(f"{GOV} - subdistrict-deir-ez-zor")
    assert rural.area == pytest.approx(shapes[GOV].area - shapes["subdistrict-deir-ez-zor"].area, rel=1e-3)
    jazira, shamiya = ev(f"{GOV} & euphrates-left-bank"), ev(f"{GOV} & euphrates-right-bank")
    assert jazira.area + shamiya.area == pytest.approx(shapes[GOV].area, rel=1e-6)
    # read left to right: (A + B) - B is A without the border sliver
    assert ev("district-al-mayadin + district-al-bukamal - district-al-bukamal").area == \
        pytest.approx(shapes["district-al-mayadin"].area, rel=1e-3)


@pytest.mark.parametrize("source,message", [
    ("area:district-al-mayadin + district-nowhere", "no area 'district-nowhere'"),
    ("area:district-al-mayadin+district-al-bukamal", r"operators stand between spaces"),
    ("area:district-al-mayadin +", "expected ids joined by"),
    ("area:district-al-mayadin district-al-bukamal", "expected ids joined by"),
    ("area:subdistrict-dhiban & subdistrict-al-bukamal", "is empty"),
])
def test_a_bad_extent_stops_the_build_naming_the_row(shapes, source, message):
    row = {"id": "some-region", "source": source, "note": ""}
    with pytest.raises(SystemExit, match=r"^curated/x\.csv:7: some-region: .*" + message):
        build._point_of_area(row, shapes, "curated/x.csv:7")


def test_the_banks_are_told_by_towns_not_by_the_lines_direction(gaz):
    river, gov = extent.euphrates(), gaz.areas.governorate.geometry
    bus, may = gaz.places["al-busayrah"], gaz.places["al-mayadin"]
    left, right = extent.banks(river, gov, {"al-Busayrah": (bus.lat, bus.lon)}, {"al-Mayadin": (may.lat, may.lon)})
    swapped = extent.banks(river, gov, {"al-Mayadin": (may.lat, may.lon)}, {"al-Busayrah": (bus.lat, bus.lon)})
    assert swapped == (right, left)
    with pytest.raises(extent.ExtentError, match="do not lie on one side"):
        extent.banks(river, gov, {"al-Busayrah": (bus.lat, bus.lon), "al-Mayadin": (may.lat, may.lon)},
                     {"al-Mayadin": (may.lat, may.lon)})


def test_regions_with_an_extent_are_not_counted_at_a_parents_point(gaz):
    rep = check(gaz)
    assert rep.problems == []
    assert rep.at_parent_point == sum(1 for p in gaz.places.values() if p.source.startswith("parent:"))
    for pid in [*EXTENTS, "seven-villages"]:
        assert not gaz.places[pid].source.startswith("parent:"), pid
    # what stays at a parent's point says why, and no region without a clean extent was moved
    for pid in ("homs-desert", "anbar-desert", "al-quriyah-desert", "mahkan-desert", "al-thalathat"):
        assert gaz.places[pid].source.startswith("parent:"), pid
