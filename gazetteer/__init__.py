"""The Deir ez-Zor gazetteer: sourced places, their spellings, and finding them in text.

    >>> from gazetteer import load
    >>> gaz = load()
    >>> [m.place.name for m in gaz.find("Raids hit Albu Kamal and Mayadeen")]
    ['al-Bukamal', 'al-Mayadin']
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from .cache import cached_index
from .gate import gate
from .matcher import Candidate, Match, NameIndex
from .normalize import fold
from .places import AREAS_GEOJSON, PLACES_CSV, GazetteerError, GazetteerRowsError, Place, read_checked, read_places
from .resolve import resolve

__all__ = ["Gazetteer", "GazetteerError", "GazetteerRowsError", "Match", "Candidate", "Place", "load"]


class Gazetteer:
    def __init__(self, places: list[Place], areas=None, index: NameIndex | None = None):
        self.places = {p.id: p for p in places}  # later rows override earlier ones by id
        self._areas = areas
        self.index = index or NameIndex(list(self.places.values()))
        self._fuzzy = None
        self._phonetic = None

    @property
    def areas(self):
        """District polygons, loaded on first use (shapely is slow to import)."""
        if self._areas is None and AREAS_GEOJSON.exists():
            from .areas import Areas

            self._areas = Areas.from_geojson(AREAS_GEOJSON)
        return self._areas

    @property
    def fuzzy(self):
        if self._fuzzy is None:
            from .fuzzy import FuzzyIndex

            self._fuzzy = FuzzyIndex(self.index.keys)
        return self._fuzzy

    @property
    def phonetic(self):
        """Spelling skeletons, built on first use so that loading stays fast."""
        if self._phonetic is None:
            from .spelling import PhoneticIndex

            self._phonetic = PhoneticIndex(self.places.values())
        return self._phonetic

    def find(self, text: str, fuzzy: bool = True) -> list[Match]:
        """Every place mention in `text`, with offsets, resolved by context."""
        matches = self.index.find(text)
        if fuzzy:
            respelt = self.phonetic.find(text, matches)
            if respelt:
                # a longer respelt name replaces the exact names inside it
                matches = _outside(matches, respelt)
                matches += respelt
            matches += self.fuzzy.find(text, matches)
            matches.sort(key=lambda m: m.start)
        return resolve(text, gate(text, matches))

    def lookup(self, name: str) -> list[Candidate]:
        """Candidate places for a name typed by a user, best first."""
        matches = self.index.find(name)
        whole = [m for m in matches if m.start == 0 and m.end == len(name.strip())]
        if whole:
            return resolve(name, whole)[0].candidates
        by_spelling = self.phonetic.lookup(name)
        if by_spelling:
            return by_spelling
        fz = self.fuzzy.find(name, [])
        if fz:
            return fz[0].candidates
        return []

    def suggest(self, name: str, limit: int = 5) -> list[str]:
        """The closest known names, for 'did you mean' messages."""
        from rapidfuzz import fuzz, process

        names = {}
        for p in self.places.values():
            for n in p.names:
                names.setdefault(fold(n), n)
        hits = process.extract(fold(name), list(names), scorer=fuzz.WRatio, limit=limit)
        return [names[k] for k, _, _ in hits]


def _outside(matches: list[Match], longer: list[Match]) -> list[Match]:
    """The matches not inside any of `longer` (both sorted by start)."""
    spans = sorted((m.start, m.end) for m in longer)
    starts = [a for a, _ in spans]
    out = []
    for m in matches:
        i = bisect_right(starts, m.start) - 1
        if i >= 0 and spans[i][1] >= m.end:
            continue
        out.append(m)
    return out


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> Gazetteer:
    if not PLACES_CSV.exists():
        raise GazetteerError(f"{PLACES_CSV}: missing; run `python -m gazetteer.build`")
    places = read_places(PLACES_CSV)
    known = {p.id for p in places}
    extras, problems = [], []
    for path in extra:
        rows, bad = read_checked(Path(path))
        problems += bad
        extras.append((path, rows))
        known |= {p.id for _, p in rows}
    for path, rows in extras:
        # a parent may be a packaged place or one from any extra file
        problems += [f"{path}:{n}: parent {p.parent!r} is not a place" for n, p in rows
                     if p.parent and p.parent not in known]
    if problems:
        raise GazetteerRowsError(problems)
    areas = None
    for _, rows in extras:
        for _, p in rows:
            # extra rows come without a district: assign it as the build does
            if not p.district and not p.outside:
                if areas is None:
                    from .areas import Areas

                    areas = Areas.from_geojson(AREAS_GEOJSON)
                loc = areas.locate(p.lat, p.lon)
                if loc:
                    p = replace(p, district=loc[0], subdistrict=loc[1])
            places.append(p)
    merged = list({p.id: p for p in places}.values())
    return Gazetteer(merged, areas, index=cached_index(merged, [PLACES_CSV, *map(Path, extra)]))


def load(extra: list[str | Path] | tuple = ()) -> Gazetteer:
    """The packaged gazetteer, with user CSVs (same columns) adding or overriding places."""
    return _load(tuple(str(Path(e)) for e in extra))
