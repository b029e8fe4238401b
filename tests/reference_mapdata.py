"""The map's data built the simple way, every row in memory: the reference the streamed writer
(mapper.mapview.map_json_chunks) must match byte for byte once dumped as sorted, compact JSON."""

from __future__ import annotations

from mapper.aggregate import INCIDENT_COLUMNS
from mapper.exports import _clean
from mapper.mapview import TYPE_COLOURS, _row, _Strings
from mapper.model import EVENT_COLUMNS


def _columns(records: list[dict]) -> tuple[list[str], list[str]]:
    """Every property the export files carry (in their order), and the CSV's columns."""
    csv_cols = INCIDENT_COLUMNS if records and "incident_id" in records[0] else EVENT_COLUMNS
    cols = list(csv_cols)
    for r in records:
        cols += [k for k in r if k not in cols]
    return cols, csv_cols


def _kind(values: list) -> str:
    """How a column travels: s = index into the string table, S = list of such indexes, j = plain JSON."""
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, str) for v in present):
        return "s"
    if present and all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in present):
        return "S"
    return "j"


def map_data(records: list[dict], base: dict | None = None) -> dict:
    """Everything the page's JavaScript draws and exports, as one JSON-able value.

    Records travel as rows with every export column (the page's GeoJSON and CSV
    downloads hold the same properties as the files `build` writes); strings go
    through one table so repeated places and outlets cost a number each.
    """
    records = [{k: _clean(v) for k, v in r.items()} for r in records]
    cols, csv_cols = _columns(records)
    kinds = [_kind([r.get(c) for r in records]) for c in cols]
    st = _Strings()
    rows = []
    for r in records:
        rows.append(_row(r, cols, kinds, st))
    dates = sorted({r["event_date"] for r in records if r.get("event_date")})
    statuses = {(r.get("status") or "reported") for r in records}
    return {
        "columns": cols, "kinds": kinds, "csv_columns": csv_cols, "strings": st.values, "rows": rows,
        "types": sorted({(r.get("event_type") or "strike") for r in records}),
        "statuses": [s for s in ("reported", "unconfirmed", "denied") if s in statuses],
        "districts": sorted({r.get("district") or "outside the governorate" for r in records}),
        "dates": [dates[0], dates[-1]] if dates else [],
        "colours": TYPE_COLOURS, "base": base,
    }
