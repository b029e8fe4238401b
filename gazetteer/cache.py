"""An on-disk cache of the built name automaton.

Building 13,000 keys into an Aho-Corasick automaton takes a sixth of a second;
unpickling it takes a fiftieth. The cache key hashes the place files and the
code that turns names into keys, so an edited CSV or a new normalization rule
can never be served a stale automaton. A cache that cannot be written (a
read-only home) only costs the build.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

from .matcher import NameIndex

_CODE = ("normalize.py", "keys.py", "matcher.py", "places.py")


def cache_dir() -> Path:
    base = os.environ.get("STRIKEMAP_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "strikemap")
    return Path(base)


def _key(files: list[Path]) -> str:
    h = hashlib.sha1()
    here = Path(__file__).resolve().parent
    for name in _CODE:
        h.update((here / name).read_bytes())
    for f in files:
        h.update(str(f).encode())
        h.update(Path(f).read_bytes())
    return h.hexdigest()


def cached_index(places, files: list[Path]) -> NameIndex:
    path = cache_dir() / f"index-{_key(files)}.pickle"
    try:
        with open(path, "rb") as f:
            index = pickle.load(f)
        if isinstance(index, NameIndex) and index.place_ids == [p.id for p in places]:
            index.rebind({p.id: p for p in places})
            return index
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass
    index = NameIndex(places)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            pickle.dump(index, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in path.parent.glob("index-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)  # one data version at a time
    except OSError:
        pass
    return index
