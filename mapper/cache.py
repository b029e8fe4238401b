"""Extraction results kept between runs, so re-running on the same corpus is quick.

Researchers re-run strikemap after every gazetteer fix and every new batch of
reports; most reports have not changed. A report's events depend only on the
report (text and metadata), the extraction code and the gazetteer, so those make
the key: the SHA-256 of the report's fields, of the source of every module that
extraction runs, and of the gazetteer's data files and any extra gazetteer CSV's
content. Editing any of them makes a new key; an old entry is never served.

The entries live in one SQLite file (`extraction.sqlite3`) in the user's cache
folder: `$STRIKEMAP_CACHE` when set, otherwise the platform's cache directory
(`~/.cache/strikemap` on Linux, XDG_CACHE_HOME respected). `strikemap cache clear`
removes it (and the whole output sets `build` keeps in `builds/`, mapper.buildcache);
`--no-cache` neither reads nor writes either. A cache that cannot be
opened or written (a read-only home) only costs the speed-up.
"""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import asdict
import json
import os
import sqlite3
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from .decisions import Unlocated
from .model import Event, Report

# Bump when the meaning of a cached entry changes without a source change that the
# hash below would see (say, a dependency whose behaviour extraction relies on).
EXTRACTOR_VERSION = "2"  # 2: an entry holds a report's events and its unlocated strikes
DB_NAME = "extraction.sqlite3"
_EXTRACTION_MODULES = ("cues.py", "dates.py", "decisions.py", "extract.py", "model.py", "numbers.py", "segment.py",
                       "spatial.py")


def cache_dir() -> Path:
    env = os.environ.get("STRIKEMAP_CACHE")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("strikemap", appauthor=False))


def _hash_files(h, folder: Path, names: Iterable[str]) -> None:
    for name in names:
        p = folder / name
        h.update(name.encode() + b"\0")
        h.update(p.read_bytes() if p.is_file() else b"<missing>")


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """Changes whenever the code that turns a report into events changes."""
    from . import __version__

    h = hashlib.sha256(f"{EXTRACTOR_VERSION}\0{__version__}\0".encode())
    _hash_files(h, Path(__file__).resolve().parent, _EXTRACTION_MODULES)
    return h.hexdigest()


def gazetteer_code_files() -> list[str]:
    """Every module of the gazetteer package: a new one (spelling rules, the common-word gate) counts too."""
    import gazetteer

    return sorted(p.name for p in Path(gazetteer.__file__).resolve().parent.glob("*.py"))


def gazetteer_version(extra: Sequence[str | os.PathLike] = ()) -> str:
    """Changes whenever a place, a name, a polygon, the matching code or an extra CSV changes."""
    import gazetteer

    root = Path(gazetteer.__file__).resolve().parent
    h = hashlib.sha256(b"gazetteer\0")
    _hash_files(h, root, gazetteer_code_files())
    data = root / "data"
    _hash_files(h, data, sorted(p.name for p in data.iterdir() if p.suffix in (".csv", ".geojson")))
    for e in extra:
        h.update(b"extra\0")
        h.update(Path(e).read_bytes())  # by content: the same file moved is the same gazetteer
    return h.hexdigest()


def report_key(report: Report, version: str) -> str:
    """What a report's events depend on: every field extraction reads, and the versions."""
    h = hashlib.sha256(version.encode())
    for v in (report.id, report.published.isoformat() if report.published else "", report.source, report.url,
              report.language, report.title, report.text):
        b = v.encode("utf-8", "surrogatepass")
        h.update(len(b).to_bytes(8, "little"))
        h.update(b)
    return h.hexdigest()


class ExtractionCache:
    """Events per report key, in SQLite; `get_many` and `put_many` work a chunk at a time."""

    def __init__(self, folder: str | os.PathLike | None = None, extra_gazetteer: Sequence[str | os.PathLike] = ()):
        self.folder = Path(folder) if folder is not None else cache_dir()
        self.version = hashlib.sha256(
            f"{extractor_version()}\0{gazetteer_version(extra_gazetteer)}".encode()).hexdigest()
        self._db: sqlite3.Connection | None = None
        self._broken = False
        self.hits = 0
        self.misses = 0

    def key(self, report: Report) -> str:
        return report_key(report, self.version)

    def _conn(self) -> sqlite3.Connection | None:
        if self._db is None and not self._broken:
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self.folder / DB_NAME, timeout=30)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                db.execute("CREATE TABLE IF NOT EXISTS events (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
                self._db = db
            except (OSError, sqlite3.Error):
                self._broken = True
        return self._db

    def get_many(self, keys: Sequence[str]) -> dict[str, tuple[list[Event], list[Unlocated]]]:
        """(events, unlocated strikes) for each key found."""
        db = self._conn()
        found: dict[str, tuple[list[Event], list[Unlocated]]] = {}
        if db is not None:
            try:
                for i in range(0, len(keys), 500):
                    part = keys[i:i + 500]
                    rows = db.execute(f"SELECT key, value FROM events WHERE key IN ({','.join('?' * len(part))})",
                                      part).fetchall()
                    for k, v in rows:
                        try:
                            doc = json.loads(zlib.decompress(v))
                            found[k] = ([Event.from_record(d) for d in doc["events"]],
                                        [Unlocated(**u) for u in doc["unlocated"]])
                        except (ValueError, TypeError, KeyError, zlib.error):
                            pass  # a damaged entry is recomputed and overwritten
            except sqlite3.Error:
                self._broken = True
        self.hits += len(found)
        self.misses += len(set(keys)) - len(found)
        return found

    def put_many(self, items: Iterable[tuple[str, tuple[list[Event], list[Unlocated]]]]) -> None:
        db = self._conn()
        if db is None:
            return
        rows = [(k, zlib.compress(json.dumps({"events": [e.to_record() for e in evs],
                                              "unlocated": [asdict(u) for u in unl]}, ensure_ascii=False).encode(), 1))
                for k, (evs, unl) in items]
        try:
            with db:
                db.executemany("INSERT OR REPLACE INTO events (key, value) VALUES (?, ?)", rows)
        except sqlite3.Error:
            self._broken = True

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def cache_files(folder: Path | None = None) -> list[Path]:
    """The files strikemap keeps in its cache folder (extraction results, gazetteer automaton)."""
    folder = folder or cache_dir()
    if not folder.is_dir():
        return []
    names = (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm")
    builds = folder / "builds"  # whole output sets (mapper.buildcache)
    return sorted([folder / n for n in names if (folder / n).is_file()]
                  + [p for p in folder.glob("index-*.pickle") if p.is_file()]
                  + ([p for p in builds.rglob("*") if p.is_file()] if builds.is_dir() and not builds.is_symlink() else []))


def clear(folder: Path | None = None) -> list[Path]:
    """Remove strikemap's own cache files (never anything else that shares the folder)."""
    removed = []
    for p in cache_files(folder):
        try:
            p.unlink()
            removed.append(p)
        except FileNotFoundError:
            pass
    builds = (folder or cache_dir()) / "builds"
    if builds.is_dir() and not builds.is_symlink():
        for d in sorted((p for p in builds.rglob("*") if p.is_dir()), key=lambda p: len(p.parts), reverse=True):
            with contextlib.suppress(OSError):
                d.rmdir()
        with contextlib.suppress(OSError):
            builds.rmdir()
    return removed
