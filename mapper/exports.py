"""GeoJSON and CSV exports of events and incidents.

GeoJSON follows RFC 7946: a FeatureCollection of Points, coordinates
[longitude, latitude] in WGS 84, no crs member. Columns and features come out
in a fixed order and floats are rounded, so the same inputs give the same
bytes. Every file is written atomically, row by row: no string of a whole
file is built, so memory does not grow with the output.

Every CSV the tool writes goes through `csv_cell`: report text is hostile, and
a spreadsheet would run a cell such as `=HYPERLINK(...)` as a formula. GeoJSON,
KML and JSONL keep the exact text, since no program evaluates them.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import numbers
import os
from pathlib import Path
from typing import Iterable

from gazetteer.atomic import atomic_writer

COORD_DECIMALS = 5


def _clean(v):
    if isinstance(v, float):
        if math.isnan(v):
            return None
        return round(v, 6)
    if isinstance(v, list):
        return [_clean(x) for x in v]
    return v


def feature(props: dict) -> dict:
    """One RFC 7946 Point feature; the one place where (lat, lon) becomes [lon, lat]."""
    lon = round(float(props["lon"]), COORD_DECIMALS)
    lat = round(float(props["lat"]), COORD_DECIMALS)
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {k: _clean(v) for k, v in props.items()}}


def _sink(target):
    """A text stream for `target`: a path is written atomically, a stream is written to as is."""
    if isinstance(target, (str, os.PathLike)):
        return atomic_writer(Path(target), newline="")
    return contextlib.nullcontext(target)


_STR = json.encoder.encode_basestring  # the C encoder json.dumps(ensure_ascii=False) uses


def _indented(v, ind: str) -> str:
    """json.dumps(v, ensure_ascii=False, indent=1, allow_nan=False), nested `ind` deep.

    The standard library writes indented JSON with its pure-Python encoder,
    which was a third of a cached build's time; this writes the same bytes
    for the plain values a feature holds (a test compares the two).
    """
    t = type(v)
    if t is str:
        return _STR(v)
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if t is int:
        return int.__repr__(v)
    if t is float:
        if v != v or v in (math.inf, -math.inf):
            raise ValueError(f"Out of range float values are not JSON compliant: {v!r}")
        return float.__repr__(v)
    inner = ind + " "
    if t is dict:
        if not v:
            return "{}"
        return "{\n" + ",\n".join(inner + _STR(k) + ": " + _indented(x, inner) for k, x in v.items()) + "\n" + ind + "}"
    if t is list or t is tuple:
        if not v:
            return "[]"
        return "[\n" + ",\n".join(inner + _indented(x, inner) for x in v) + "\n" + ind + "]"
    # anything else (a numpy number, a subclass): the standard encoder, indented to match
    return json.dumps(v, ensure_ascii=False, indent=1, allow_nan=False).replace("\n", "\n" + ind)


def write_geojson(target, rows: Iterable[dict]) -> int:
    """Write the FeatureCollection feature by feature; returns the number of features.

    The bytes are those of json.dumps(doc, indent=1): each feature is dumped on
    its own and indented one level deeper, so no string of the whole file is built.
    """
    with geojson_writer(target) as add:
        for r in rows:
            add(r)
    return add.count


class _Adder:
    """write(row) for a file being written row by row; `count` rows so far."""

    def __init__(self, write):
        self._write = write
        self.count = 0

    def __call__(self, row: dict) -> None:
        self._write(row, self.count)
        self.count += 1


@contextlib.contextmanager
def geojson_writer(target):
    """write_geojson() a row at a time: `add(row)` inside the block (several files in one pass over the rows)."""
    with _sink(target) as f:
        def write(r, n):
            f.write(('{\n "type": "FeatureCollection",\n "features": [\n  ' if n == 0 else ",\n  ")
                    + _indented(feature(r), "  "))

        add = _Adder(write)
        yield add
        f.write('\n ]\n}\n' if add.count else '{\n "type": "FeatureCollection",\n "features": []\n}\n')


def geojson_text(rows: Iterable[dict]) -> str:
    buf = io.StringIO()
    write_geojson(buf, rows)
    return buf.getvalue()


# What spreadsheets (Excel, LibreOffice, Google Sheets) read as the start of a
# formula or a DDE call: OWASP's list for CSV injection, and NUL from ASVS 1.2.10.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\0")


def csv_cell(v):
    """A value made safe for a spreadsheet cell.

    Text that a spreadsheet would run as a formula gets a leading single quote,
    the OWASP recommendation: the cell then shows the text as written. Only
    text is touched; numbers (a negative coordinate, a count) stay numbers, so
    they still sort and sum. Reuse this for any new CSV the tool writes.
    """
    if isinstance(v, str) and v.startswith(FORMULA_START):
        return "'" + v
    return v


def write_csv(target, rows: Iterable[dict], columns: list[str]) -> int:
    """Write the header and one line per row as it comes; returns the number of rows."""
    with csv_writer(target, columns) as add:
        for r in rows:
            add(r)
    return add.count


@contextlib.contextmanager
def csv_writer(target, columns: list[str]):
    """write_csv() a row at a time: `add(row)` inside the block."""
    with _sink(target) as f:
        w = csv.DictWriter(f, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        yield _Adder(lambda r, n: w.writerow({k: _csv_value(r.get(k)) for k in columns}))


def csv_text(rows: Iterable[dict], columns: list[str]) -> str:
    buf = io.StringIO()
    write_csv(buf, rows, columns)
    return buf.getvalue()


def frame_csv_text(df) -> str:
    """A pandas table as CSV, its text cells neutralised like every other CSV's."""
    from pandas.api.types import is_numeric_dtype

    safe = df.copy()
    for col in safe.columns:
        if not is_numeric_dtype(safe[col]):
            safe[col] = safe[col].map(csv_cell)
    safe.columns = [csv_cell(str(c)) for c in safe.columns]
    return safe.to_csv(index=False, lineterminator="\n")


def _csv_value(v):
    """Numbers as numbers (full precision, no formula guard needed); text neutralised."""
    if v is None:
        return ""
    if type(v) is str:  # most cells: skip the numbers ABC checks below
        return csv_cell(v)
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, numbers.Integral):
        return int(v)
    if isinstance(v, numbers.Real):
        v = float(v)
        if math.isnan(v):
            return ""
        return f"{v:.6f}".rstrip("0").rstrip(".")
    if isinstance(v, list):
        return csv_cell(" || ".join(_source_text(x) if isinstance(x, dict) else str(x) for x in v))
    return csv_cell(str(v))


def _source_text(s: dict) -> str:
    return " ".join(x for x in (s.get("source") or s.get("report_id", ""), s.get("published", ""), s.get("url", "")) if x)


def jsonl_line(r: dict) -> str:
    return json.dumps({k: _clean(v) for k, v in r.items()}, ensure_ascii=False) + "\n"


def write_jsonl(target, rows: Iterable[dict]) -> int:
    n = 0
    with _sink(target) as f:
        for r in rows:
            f.write(jsonl_line(r))
            n += 1
    return n


def jsonl_text(rows: Iterable[dict]) -> str:
    return "".join(jsonl_line(r) for r in rows)


def write_text(path: Path, text: str) -> None:
    with atomic_writer(path, newline="") as f:
        f.write(text)
