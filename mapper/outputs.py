"""One build's output files, committed to the --out folder as one set.

A reader (a person with map.html open, a script reading events.csv) must never
meet events from one run beside incidents from another. So a build writes every
file into a staging folder beside the target, and only when all of them are
whole moves them in, one rename each, with Ctrl-C held back for those few
milliseconds; a failure part-way through the renames puts the old files back.
A lock file in the folder makes a second build into the same folder stop with a
clear message instead of interleaving its files with the first one's.

Files of the previous set that the new run did not write (say an optional
table) are moved out too, so the folder never mixes sets; the names of the set
are kept in `.strikemap-set`. Other files in the folder are left alone.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import tempfile
import threading
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: no lock, the staging still applies
    fcntl = None

LOCK_NAME = ".strikemap.lock"
MANIFEST_NAME = ".strikemap-set"
_HELD_LOCKS: set[int] = set()


def _forget_locks_in_child() -> None:
    """A forked child (an extraction worker) must not keep the build's lock alive.

    flock belongs to the open file, which a fork shares: a worker left running
    after its build died would otherwise keep every later build out.
    """
    for fd in list(_HELD_LOCKS):
        with contextlib.suppress(OSError):
            os.close(fd)
    _HELD_LOCKS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_locks_in_child)


class OutputBusy(RuntimeError):
    """Another build is writing to the same folder."""


class OutputSet:
    """Stage a build's files beside `out`, then swap them in together.

        with OutputSet(out) as outputs:
            write(outputs.path("events.csv"))
            ...
            outputs.commit()

    Leaving the block without `commit()` (an exception, Ctrl-C, a run with
    nothing to write) discards the staged files and leaves `out` as it was.
    """

    def __init__(self, out: str | os.PathLike):
        self.out = Path(out)
        self.staging: Path | None = None
        self._lock_fd: int | None = None
        self._created_out = False
        self.committed = False

    def __enter__(self) -> "OutputSet":
        if self.staging is None:
            self.open()
        return self

    def open(self) -> "OutputSet":
        """Take the folder's lock and make the staging folder (OutputBusy if locked)."""
        if not self.out.exists():
            self.out.mkdir(parents=True)
            self._created_out = True
        elif not self.out.is_dir():
            raise NotADirectoryError(f"{self.out}: is not a folder")
        self._lock()
        try:
            self._remove_stale_staging()
            self.staging = Path(tempfile.mkdtemp(prefix=self._staging_prefix(), dir=self.out.resolve().parent))
        except BaseException:
            self._unlock()
            raise
        return self

    def __exit__(self, *exc) -> None:
        try:
            if self.staging is not None:
                shutil.rmtree(self.staging, ignore_errors=True)
            if self._created_out and not self.committed:
                with contextlib.suppress(OSError):
                    (self.out / LOCK_NAME).unlink()
                    self.out.rmdir()  # only if empty: we made it and put nothing there
        finally:
            self._unlock()

    def path(self, name: str) -> Path:
        """Where to write the file `name` of this set (in the staging folder)."""
        if self.staging is None:
            raise RuntimeError("OutputSet used outside its with-block")
        if Path(name).name != name or name in ("", ".", "..", LOCK_NAME, MANIFEST_NAME):
            raise ValueError(f"not a plain output file name: {name!r}")
        return self.staging / name

    def commit(self) -> list[Path]:
        """Move the staged files into `out` as one set; returns their final paths."""
        assert self.staging is not None
        names = sorted(p.name for p in self.staging.iterdir() if p.is_file())
        stale = sorted(n for n in self._previous_names() - set(names) if (self.out / n).is_file())
        backup = self.staging / ".previous"
        backup.mkdir()
        done: list[tuple[str, bool]] = []  # (name, had an old file)
        with _signals_held():
            try:
                for name in names:
                    had_old = (self.out / name).exists()
                    if had_old:
                        os.replace(self.out / name, backup / name)
                    done.append((name, had_old))
                    os.replace(self.staging / name, self.out / name)
                for name in stale:
                    os.replace(self.out / name, backup / name)
                    done.append((name, True))
                self._write_manifest(names)
            except BaseException:
                self._roll_back(done, backup)
                raise
        self.committed = True
        return [self.out / n for n in names]

    def _roll_back(self, done: list[tuple[str, bool]], backup: Path) -> None:
        for name, had_old in reversed(done):
            with contextlib.suppress(OSError):
                if had_old:
                    os.replace(backup / name, self.out / name)
                else:
                    (self.out / name).unlink()

    def _previous_names(self) -> set[str]:
        try:
            names = json.loads((self.out / MANIFEST_NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return set()
        if not isinstance(names, list):
            return set()
        return {n for n in names if isinstance(n, str) and Path(n).name == n and n not in (LOCK_NAME, MANIFEST_NAME)}

    def _write_manifest(self, names: list[str]) -> None:
        tmp = self.staging / MANIFEST_NAME
        tmp.write_text(json.dumps(names) + "\n", encoding="utf-8")
        os.replace(tmp, self.out / MANIFEST_NAME)

    def _staging_prefix(self) -> str:
        return f".{self.out.resolve().name}.staging-"

    def _remove_stale_staging(self) -> None:
        """Staging folders left by a killed build (only a lock holder creates them)."""
        for old in self.out.resolve().parent.glob(self._staging_prefix() + "*"):
            if old.is_dir() and not old.is_symlink():
                shutil.rmtree(old, ignore_errors=True)

    def _lock(self) -> None:
        if fcntl is None:
            return
        lock_path = self.out / LOCK_NAME
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | getattr(os, "O_NOFOLLOW", 0), 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise OutputBusy(f"{self.out}: another strikemap build is writing to this folder (lock {lock_path}); "
                             "wait for it to finish or choose another --out") from None
        self._lock_fd = fd
        _HELD_LOCKS.add(fd)

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            _HELD_LOCKS.discard(self._lock_fd)
            os.close(self._lock_fd)  # closing releases the flock
            self._lock_fd = None


@contextlib.contextmanager
def _signals_held():
    """Hold Ctrl-C (and SIGTERM) back while the set is being swapped in, then deliver it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    sigs = [signal.SIGINT] + ([signal.SIGTERM] if hasattr(signal, "SIGTERM") else [])
    previous = {}
    for s in sigs:
        previous[s] = signal.getsignal(s)
        signal.signal(s, lambda signum, frame: received.append(signum))
    try:
        yield
    finally:
        for s, h in previous.items():
            signal.signal(s, h)
        for s in received[:1]:
            if s == signal.SIGINT:
                raise KeyboardInterrupt
            os.kill(os.getpid(), s)
