"""Walking input paths: loops, unreadable and empty folders are named, never fatal.

Real archives of saved pages contain links back to a parent folder, folders a
user cannot read and folders left empty. Each is one stderr line naming the
path; every other report is still read and written, and the exit status is 1.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from mapper import reports as reports_mod
from mapper.reports import read_reports

from .conftest import write_report

STRIKE = "Drones struck al-Mayadin on Wednesday, killing two people."


def _tree(tmp_path):
    root = tmp_path / "archive"
    (root / "2021").mkdir(parents=True)
    write_report(root / "a.txt", STRIKE, published="2021-01-14", id="a")
    write_report(root / "2021" / "b.txt", "Airstrikes hit Hajin on Tuesday.", published="2021-01-14", id="b")
    return root


def _skipped(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("strikemap: skipped")]


def _ids(out) -> list[str]:
    doc = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    return sorted({f["properties"]["report_id"] for f in doc["features"]})


def test_symlink_loop_given_as_an_argument(invoke, tmp_path):
    root = _tree(tmp_path)
    loop = root / "loop"
    os.symlink("loop", loop)  # a link to itself
    out = tmp_path / "out"
    code, _, err = invoke("build", str(root), str(loop), "--out", str(out))
    assert code == 1
    assert _skipped(err) == [f"strikemap: skipped {loop}: symlink loop (the link leads back to itself)"]
    assert _ids(out) == ["a", "b"]


def test_symlink_loop_alone_does_not_raise(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    os.symlink(b, a)
    os.symlink(a, b)  # a -> b -> a
    reports, problems = read_reports([str(a)])
    assert reports == [] and [p.path for p in problems] == [str(a)]
    assert "symlink loop" in problems[0].message


def test_loop_inside_a_tree_is_named_and_the_rest_read(invoke, tmp_path):
    root = _tree(tmp_path)
    up = root / "2021" / "up"
    os.symlink("..", up)  # a folder link back to its grandparent
    out = tmp_path / "out"
    code, _, err = invoke("build", str(root), "--out", str(out))
    assert code == 1
    assert _skipped(err) == [f"strikemap: skipped {up}: symlink loop (leads back to {root.resolve()})"]
    assert _ids(out) == ["a", "b"]


def test_link_to_a_folder_outside_the_tree_is_followed(tmp_path):
    root = _tree(tmp_path)
    other = tmp_path / "elsewhere"
    other.mkdir()
    write_report(other / "c.txt", STRIKE, id="c")
    os.symlink(other, root / "more")
    reports, problems = read_reports([str(root)])
    assert sorted(r.id for r in reports) == ["a", "b", "c"] and problems == []


def test_unreadable_sub_folder_is_named(invoke, tmp_path, monkeypatch):
    root = _tree(tmp_path)
    locked = root / "locked"
    locked.mkdir()
    write_report(locked / "c.txt", STRIKE, id="c")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):  # running as root: permissions are not enforced, so refuse as the OS would
            real = os.scandir

            def scandir(path="."):
                if not isinstance(path, int) and os.fspath(path) == str(locked):  # an int is shutil.rmtree's fd
                    raise PermissionError(13, "Permission denied", str(locked))
                return real(path)

            monkeypatch.setattr(reports_mod.os, "scandir", scandir)
        out = tmp_path / "out"
        code, _, err = invoke("build", str(root), "--out", str(out))
    finally:
        locked.chmod(0o755)
    assert code == 1
    assert _skipped(err) == [f"strikemap: skipped {locked}: folder cannot be read (permission denied)"]
    assert _ids(out) == ["a", "b"]


def test_empty_folder_inside_a_tree_is_named(invoke, tmp_path):
    root = _tree(tmp_path)
    empty = root / "2021" / "march"
    empty.mkdir()
    (root / "scans").mkdir()
    (root / "scans" / "page1.pdf").write_bytes(b"%PDF-1.4")  # not empty: holds files that are not reports
    out = tmp_path / "out"
    code, _, err = invoke("build", str(root), "--out", str(out))
    assert code == 1
    assert _skipped(err) == [f"strikemap: skipped {empty}: empty folder, no reports in it"]
    assert _ids(out) == ["a", "b"]


def test_folder_argument_without_reports_is_named(tmp_path):
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "x.jpg").write_bytes(b"\xff\xd8")
    reports, problems = read_reports([str(tmp_path / "pictures")])
    assert reports == [] and [p.path for p in problems] == [str(tmp_path / "pictures")]
    assert problems[0].message.startswith("no report files in this folder")


def test_dangling_report_link_inside_a_tree_is_named(tmp_path):
    root = _tree(tmp_path)
    os.symlink(tmp_path / "gone.txt", root / "gone.txt")
    os.symlink(tmp_path / "gone.jpg", root / "gone.jpg")  # not a report name: not ours to read
    reports, problems = read_reports([str(root)])
    assert sorted(r.id for r in reports) == ["a", "b"]
    assert [str(p) for p in problems] == [
        f"{root / 'gone.txt'}: broken symlink (its target {str(tmp_path / 'gone.txt')!r} does not exist)"]


@pytest.mark.parametrize("hidden", [".git", ".cache"])
def test_hidden_folders_are_not_walked(tmp_path, hidden):
    root = _tree(tmp_path)
    (root / hidden).mkdir()
    write_report(root / hidden / "x.txt", STRIKE, id="x")
    os.symlink("..", root / hidden / "up")  # a loop inside a hidden folder is none of ours
    reports, problems = read_reports([str(root)])
    assert sorted(r.id for r in reports) == ["a", "b"] and problems == []


def test_recursive_glob_names_loops_instead_of_following_them(tmp_path):
    """Two links back to their own folder would make the standard glob try 2^40 paths."""
    root = _tree(tmp_path)
    os.symlink(".", root / "x")
    os.symlink(".", root / "y")
    reports, problems = read_reports([str(root / "**" / "*.txt")])
    assert sorted(r.id for r in reports) == ["a", "b"]
    assert sorted(str(p) for p in problems) == [
        f"{root / 'x'}: symlink loop (leads back to {root.resolve()})",
        f"{root / 'y'}: symlink loop (leads back to {root.resolve()})"]


@pytest.mark.parametrize("pattern", ["**/*.txt", "**", "*/*.md", "2021/**/*.md", "**/deep/*", "*.txt", "**/b*.md"])
def test_glob_matches_what_the_standard_glob_matches(tmp_path, monkeypatch, pattern):
    import glob

    from mapper.reports import glob_files

    root = tmp_path / "g"
    for rel in ("a.txt", "2021/b.md", "2021/deep/c.md", "2021/deep/d.txt", "other/e.html", "other/.hidden.md"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("x")
    monkeypatch.chdir(root)
    expected = sorted(p for p in map(Path, glob.glob(pattern, recursive=True)) if p.is_file())
    assert glob_files(pattern, []) == expected
    absolute = str(root / pattern)
    assert glob_files(absolute, []) == sorted(p for p in map(Path, glob.glob(absolute, recursive=True)) if p.is_file())
