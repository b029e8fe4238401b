"""A region's extent, defined in its curated row from sourced geometry: `area:EXPR`.

Reporting names regions that are no single polygon: "the Jazira" is the
governorate's left bank of the Euphrates, "the eastern countryside" two
districts, "rural Deir ez-Zor" the governorate without the city's
sub-district. Drawing them at the city's point tells a reader the strike was
in the city; drawing them at a point of their own extent, with a radius that
covers it, does not. The extent is written in the row, so a reviewer reads
what was meant, and it is computed only from sourced shapes:

- the geoBoundaries polygons in data/areas.geojson, by id
  (`governorate-deir-ez-zor`, `district-al-mayadin`, `subdistrict-dhiban`);
- `euphrates`: the river's centreline the map's base layer carries
  (mapper/static/rivers.geojson, Natural Earth, public domain);
- `euphrates-left-bank`, `euphrates-right-bank`: the land on either side of
  that line. Which side is which is read from towns whose bank is known, not
  from the direction the line happens to be stored in.

EXPR is ids joined by ` + ` (union), ` - ` (difference) and ` & `
(intersection), read left to right; the operators stand between spaces because
ids contain hyphens. `governorate-deir-ez-zor & euphrates-left-bank` is the
Jazira; `district-al-mayadin + district-al-bukamal` the eastern countryside.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from pathlib import Path

import shapely
from shapely.geometry import MultiLineString, Point, box, shape
from shapely.ops import split

RIVERS = Path(__file__).resolve().parent.parent / "mapper" / "static" / "rivers.geojson"
OPERATORS = {"+": shapely.union, "-": shapely.difference, "&": shapely.intersection}
Towns = dict[str, tuple[float, float]]  # name: (lat, lon)


class ExtentError(ValueError):
    pass


def evaluate(expr: str, named: dict[str, object]):
    """The shape EXPR describes; ExtentError for a malformed expression, an unknown id or an empty result."""
    tokens = expr.split()
    if len(tokens) % 2 == 0:
        raise ExtentError(f"{expr!r}: expected ids joined by ' + ', ' - ' or ' & '")
    for i, t in enumerate(tokens):
        if (i % 2 == 1) != (t in OPERATORS):
            raise ExtentError(f"{expr!r}: expected ids joined by ' + ', ' - ' or ' & ', found {t!r}")
        if i % 2 == 0 and t not in named:
            hint = " (operators stand between spaces)" if any(op in t for op in "+&") else ""
            raise ExtentError(f"no area {t!r}{hint}; known: {', '.join(sorted(named))}")
    geom = named[tokens[0]]
    for op, t in zip(tokens[1::2], tokens[2::2]):
        geom = OPERATORS[op](geom, named[t])
    if geom.is_empty:
        raise ExtentError(f"{expr!r} is empty")
    return geom


def point_and_reach(geom) -> tuple[float, float, float]:
    """(lat, lon, km): a point inside the shape and the distance from it to the shape's furthest vertex.

    representative_point is guaranteed to lie in the shape (on the line, for a
    river), which the centroid of a concave or two-part shape is not."""
    from .resolve import km

    pt = geom.representative_point()
    lat, lon = round(pt.y, 5), round(pt.x, 5)
    reach = max(km(lat, lon, y, x) for x, y in shapely.get_coordinates(geom))
    return lat, lon, reach


@lru_cache(maxsize=1)
def euphrates(path: Path = RIVERS):
    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    found = [f for f in doc["features"] if f["properties"].get("name") == "Euphrates"]
    if len(found) != 1:
        raise ExtentError(f"{path}: expected one Euphrates feature, found {len(found)}")
    return shape(found[0]["geometry"])


def banks(river: MultiLineString, land, left_towns: Towns, right_towns: Towns) -> tuple[object, object]:
    """(left bank, right bank): a frame around the river and the land, cut in two by the river.

    The base layer clips the river to a box, so each of its free ends lies on
    an edge of the river's bounding box; each is carried straight out to the
    frame, so the river runs from edge to edge of it and touches it nowhere
    else (its bends reach the bounding box too). Natural Earth's pieces meet
    in a three-way junction near Lake Assad, leaving a 150 m spur whose free
    end lies on no edge: it dangles inside a bank, and split ignores it."""
    x0, y0, x1, y1 = river.bounds
    lx0, ly0, lx1, ly1 = land.bounds
    fx0, fy0, fx1, fy1 = min(x0, lx0) - 0.1, min(y0, ly0) - 0.1, max(x1, lx1) + 0.1, max(y1, ly1) + 0.1
    lines = [list(g.coords) for g in getattr(river, "geoms", [river])]
    ends = Counter(pt for c in lines for pt in (c[0], c[-1]))

    def out(pt):
        x, y = pt
        edges = {(x, fy1): y == y1, (x, fy0): y == y0, (fx1, y): x == x1, (fx0, y): x == x0}
        return next((o for o, on_edge in edges.items() if on_edge), None) if ends[pt] == 1 else None

    for c in lines:
        if (o := out(c[0])) is not None:
            c.insert(0, o)
        if (o := out(c[-1])) is not None:
            c.append(o)
    pieces = list(split(box(fx0, fy0, fx1, fy1), MultiLineString(lines)).geoms)
    if len(pieces) != 2:
        raise ExtentError(f"the Euphrates cuts the land into {len(pieces)} pieces, not 2: is the line clipped to a box?")

    def holding(towns: Towns):
        sides = {i for name, (lat, lon) in towns.items() for i, g in enumerate(pieces) if g.covers(Point(lon, lat))}
        if len(sides) != 1:
            raise ExtentError(f"the towns {', '.join(towns)} do not lie on one side of the Euphrates")
        return sides.pop()

    left, right = holding(left_towns), holding(right_towns)
    if left == right:
        raise ExtentError("the left-bank and right-bank towns lie on the same side of the Euphrates")
    return pieces[left], pieces[right]


def named_shapes(areas, left_towns: Towns, right_towns: Towns) -> dict[str, object]:
    """Every id an extent may name: the polygons, the river and its banks (sides told by the towns given)."""
    named = {a.id: a.geometry for a in areas.areas}
    river = euphrates()
    left, right = banks(river, areas.governorate.geometry, left_towns, right_towns)
    named.update({"euphrates": river, "euphrates-left-bank": left, "euphrates-right-bank": right})
    return named
