"""Whole output sets kept between builds, so re-running `build` on an unchanged corpus is a copy.

The extraction cache skips reading each report again, but aggregation, the
GeoJSON/CSV writers and the map are redone every time: a third of the first
run. When nothing a build depends on has changed, its outputs are the same
bytes, so the set written last time can be put in place instead.

What a build depends on makes the key: the bytes and names of every input file
in the order they are read (a report's id is its file name), every option that
changes the outputs (--published, --include-outside, the filters, the content
of a --within file and of each --gazetteer CSV), the source and data files of
the `mapper` and `gazetteer` packages, the versions of the libraries that
shape the files (folium, pandas, trafilatura...) and of Python and zlib.
Options that do not change the bytes (--jobs, --engine, --quiet, --out) are
left out. Standard input, pipes and other files that are not regular files are
never cached (hashing them would use up what the build reads), and a set is
stored only if the key computed again after the run is the same: a report
edited while the build ran must not be stored under the content it had before.

Sets live in `builds/KEY/` of the extraction cache's folder, so the same
`strikemap cache clear` removes them and `--no-cache` neither reads nor writes
them. Each set's manifest records every file's SHA-256 and size, and is written
last: a set that was half copied, or a file changed since (a hard link edited
in place), fails the check and the build runs in full. Only the newest few sets
are kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import stat
import sys
import tempfile
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping

BUILDS_DIR = "builds"
MANIFEST = "manifest.json"
SETS_KEPT = 3
FORMAT = "1"  # bump when a stored set's layout or meaning changes
# libraries whose versions can change the bytes of an output file
_LIBRARIES = ("folium", "branca", "jinja2", "pandas", "numpy", "scipy", "shapely", "geopy", "geographiclib",
              "PyYAML", "trafilatura", "htmldate", "lxml", "charset-normalizer", "pyahocorasick", "rapidfuzz",
              "english-words", "wordfreq", "XStatic-Leaflet", "XStatic-Leaflet-MarkerCluster", "XStatic-jQuery")
_BLOCK = 1 << 20


@lru_cache(maxsize=1)
def code_version() -> str:
    """Changes whenever strikemap's code or data, a library that shapes the files, Python or zlib changes.
    Once a process: a build computes its key before and after the run, and the code it runs is the code
    it loaded."""
    from importlib import metadata

    import gazetteer

    from . import __version__

    h = hashlib.sha256(f"build {FORMAT}\0{__version__}\0{sys.version}\0{zlib.ZLIB_RUNTIME_VERSION}\0".encode())
    for name in _LIBRARIES:
        try:
            v = metadata.version(name)
        except metadata.PackageNotFoundError:
            v = "-"
        h.update(f"{name}={v}\0".encode())
    for pkg in (Path(__file__).resolve().parent, Path(gazetteer.__file__).resolve().parent):
        for p in sorted(pkg.glob("*.py")) + sorted((pkg / "static").glob("*")) + sorted((pkg / "data").glob("*")):
            if p.is_file():
                h.update(str(p.relative_to(pkg)).encode() + b"\0")
                _update_file(h, p)
    return h.hexdigest()


def _update_file(h, path: Path) -> int:
    n = 0
    with open(path, "rb") as f:
        while block := f.read(_BLOCK):
            h.update(block)
            n += len(block)
    h.update(n.to_bytes(8, "little"))
    return n


def build_key(paths: Iterable[str], options: Mapping[str, object], option_files: Iterable[str | os.PathLike] = (),
              extra_gazetteer: Iterable[str | os.PathLike] = ()) -> str | None:
    """The key of a build's output set, or None when it cannot be known (standard input, a file that
    cannot be read now): such a build is always run in full.

    `options` are the values that change the outputs, as given; `option_files` are files an option names
    (a --within area), hashed by content like the --gazetteer CSVs.
    """
    from .reports import expand
    from .model import InputProblem

    paths = list(paths)
    if "-" in paths:
        return None
    h = hashlib.sha256(code_version().encode())
    h.update(json.dumps(options, sort_keys=True, default=str).encode())
    try:
        for label, files in (("option file", option_files), ("gazetteer", extra_gazetteer)):
            for p in files:
                h.update(f"\0{label}\0".encode())
                _update_file(h, Path(p))
        problems: list[InputProblem] = []
        items = expand(paths, problems)
        h.update(b"\0problems\0" + "\n".join(str(p) for p in problems).encode("utf-8", "surrogatepass"))
        seen: set[str] = set()
        for item in items:
            if item == "-" or not stat.S_ISREG(os.stat(item).st_mode):
                return None  # a pipe, FIFO or device: hashing it would use up what the build must read
            h.update(b"\0input\0" + str(item).encode("utf-8", "surrogatepass") + b"\0")
            real = os.path.realpath(item)
            if real in seen:  # the run skips a second path to a file already read: that is part of the set too
                h.update(b"\0same file as an earlier input\0")
            seen.add(real)
            _update_file(h, Path(item))
    except (OSError, RuntimeError, ValueError):
        return None
    return h.hexdigest()


@dataclass
class StoredSet:
    """An output set found in the cache whose files all passed the check."""

    folder: Path
    files: dict[str, dict]
    stdout: list[str] = field(default_factory=list)
    stderr: list[str] = field(default_factory=list)
    exit_code: int = 0

    def place(self, staging_path) -> None:
        """Copy every file into the staging folder (`staging_path(name)` gives where). A copy, not a
        hard link: two --out folders served from one set must not change together when one is edited."""
        for name in self.files:
            shutil.copyfile(self.folder / name, staging_path(name))


class BuildCache:
    """Output sets by build key, in `builds/` of the cache folder."""

    def __init__(self, folder: str | os.PathLike | None = None, kept: int = SETS_KEPT):
        if folder is None:
            from .cache import cache_dir

            folder = cache_dir()
        self.root = Path(folder) / BUILDS_DIR
        self.kept = kept

    def get(self, key: str) -> StoredSet | None:
        """The set stored under `key` if every file is whole and unchanged; otherwise None."""
        folder = self.root / key
        try:
            doc = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
            if doc.get("key") != key or doc.get("format") != FORMAT:
                return None
            files = doc["files"]
            for name, meta in files.items():
                if Path(name).name != name or name == MANIFEST:
                    return None
                h = hashlib.sha256()
                if _update_file(h, folder / name) != meta["size"]:
                    return None
                if h.hexdigest() != meta["sha256"]:
                    return None
            stored = StoredSet(folder, files, list(doc["stdout"]), list(doc["stderr"]), int(doc["exit_code"]))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        with contextlib.suppress(OSError):
            os.utime(folder / MANIFEST)  # most recently used: kept longest
        return stored

    def put(self, key: str, files: Mapping[str, Path], stdout: list[str], stderr: list[str], exit_code: int) -> None:
        """Store a finished set (files still in the staging folder). Failing to store only costs the speed-up."""
        tmp = None
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=".incoming-", dir=self.root))
            meta = {}
            for name, src in sorted(files.items()):
                dst = tmp / name
                try:  # the build's own file: an edit of it in place is caught by the checksum on reuse
                    os.link(src, dst)
                except OSError:
                    shutil.copyfile(src, dst)
                h = hashlib.sha256()
                size = _update_file(h, dst)
                meta[name] = {"sha256": h.hexdigest(), "size": size}
            doc = {"format": FORMAT, "key": key, "files": meta, "stdout": stdout, "stderr": stderr,
                   "exit_code": exit_code}
            (tmp / MANIFEST).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            final = self.root / key
            if final.exists():
                shutil.rmtree(final, ignore_errors=True)
            os.replace(tmp, final)
            tmp = None
            self._evict(keep=final)
        except OSError:
            pass
        finally:
            if tmp is not None:
                shutil.rmtree(tmp, ignore_errors=True)

    def _evict(self, keep: Path) -> None:
        sets = []
        for d in self.root.iterdir():
            if d == keep or not d.is_dir():
                continue
            try:
                when = (d / MANIFEST).stat().st_mtime
            except OSError:
                when = 0.0  # no manifest: an interrupted store
            sets.append((when, d))
        sets.sort(reverse=True)
        for _, d in sets[self.kept - 1:]:
            shutil.rmtree(d, ignore_errors=True)
