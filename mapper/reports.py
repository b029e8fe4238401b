"""Reading reports from files, folders, globs, corpora and standard input.

Real inputs are messy: saved web pages, Windows-1256 Arabic, a CSV export with
an empty row, a stray binary. Every problem becomes an InputProblem naming the
file (and line), and the other inputs are still read.
"""

from __future__ import annotations

import csv
import errno
import fnmatch
import glob
import io
import json
import os
import re
import sys
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

import yaml

from .model import InputProblem, Report

REPORT_SUFFIXES = {".txt", ".md", ".html", ".htm", ".jsonl", ".csv"}
MAX_REPORT_BYTES = 5 * 1024 * 1024  # one article is KBs; 5 MB is a wrong file, not a report
MAX_CORPUS_BYTES = 512 * 1024 * 1024
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ReportError(ValueError):
    pass


# libyaml's parser when PyYAML was built with it: front matter is a few lines, but
# the pure-Python loader costs as much as a tenth of extracting a short report.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _FrontMatterLoader(_SafeLoader):
    """Safe YAML with dates left as text, so a bad date is our message, not a crash."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def parse_date(value: object, what: str = "published") -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value if not hasattr(value, "date") else value.date() if callable(getattr(value, "date")) else value
    s = str(value).strip()
    if not _DATE.match(s):
        raise ReportError(f"invalid {what} date {s!r} (expected YYYY-MM-DD)")
    try:
        return date.fromisoformat(s)
    except ValueError:
        raise ReportError(f"invalid {what} date {s!r} (no such day)") from None


def detect_language(text: str) -> str:
    letters = [c for c in text[:20000] if c.isalpha()]
    if not letters:
        return ""
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff")
    return "ar" if arabic / len(letters) > 0.3 else "en"


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read as; UTF-8 first, then a detector."""
    if not data.strip():
        raise ReportError("empty file")
    if b"\x00" in data[:8192]:
        raise ReportError("binary file, not text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ReportError("not text in any known encoding")
    text = str(best)
    if sum(1 for c in text[:4096] if not c.isprintable() and c not in "\r\n\t") > 20:
        raise ReportError("binary file, not text")
    return text, best.encoding


def _meta_report(meta: dict, text: str, where: str, default_id: str, defaults: dict) -> Report:
    unknown_types = [k for k, v in meta.items() if isinstance(v, (dict, list))]
    if unknown_types:
        raise ReportError(f"front matter field {unknown_types[0]!r} must be a single value")
    published = parse_date(meta.get("published")) or defaults.get("published")
    text = text.strip("\n")
    if not text.strip():
        raise ReportError("no report text")
    return Report(
        id=str(meta.get("id") or default_id),
        text=text,
        path=where,
        published=published,
        source=str(meta.get("source") or ""),
        url=str(meta.get("url") or ""),
        language=str(meta.get("language") or detect_language(text)),
        title=str(meta.get("title") or ""),
    )


def parse_text_report(text: str, where: str, default_id: str, defaults: dict) -> Report:
    meta: dict = {}
    m = _FRONT_MATTER.match(text)
    if m:
        try:
            loaded = yaml.load(m.group(1), Loader=_FrontMatterLoader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            at = f" at line {mark.line + 2}" if mark else ""
            raise ReportError(f"malformed front matter{at}: {getattr(exc, 'problem', exc)}") from None
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            raise ReportError("malformed front matter: expected 'key: value' lines")
        meta = loaded
        text = text[m.end():]
    elif text.startswith("---\n"):
        raise ReportError("malformed front matter: no closing '---' line")
    return _meta_report(meta, text, where, default_id, defaults)


def parse_html_report(html: str, where: str, default_id: str, defaults: dict) -> Report:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or not (doc.text or "").strip():
        raise ReportError("no article text found in the HTML page")
    meta = {"title": doc.title or "", "url": doc.url or "", "source": doc.sitename or ""}
    if doc.date:
        try:
            meta["published"] = parse_date(doc.date[:10])
        except ReportError:
            pass
    text = (doc.title + "\n\n" if doc.title else "") + doc.text
    return _meta_report(meta, text, where, default_id, defaults)


def _records_jsonl(lines: Iterable[str], where: str, defaults: dict, problems: list[InputProblem]) -> Iterator[Report]:
    stem = Path(where).stem
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict):
                raise ReportError("not a JSON object")
            yield _record(rec, f"{where}:{n}", f"{stem}-{n}", defaults)
        except (ReportError, json.JSONDecodeError) as exc:
            problems.append(InputProblem(f"{where}:{n}", _msg(exc)))


def _records_csv(stream: io.TextIOBase, where: str, defaults: dict, problems: list[InputProblem]) -> Iterator[Report]:
    stem = Path(where).stem
    reader = csv.DictReader(stream)
    if not reader.fieldnames or "text" not in [f.strip() for f in reader.fieldnames]:
        raise ReportError("CSV corpus has no 'text' column")
    try:
        for n, row in enumerate(reader, start=2):
            try:
                rec = {(k or "").strip(): v for k, v in row.items()}
                yield _record(rec, f"{where}:{n}", f"{stem}-{n}", defaults)
            except ReportError as exc:
                problems.append(InputProblem(f"{where}:{n}", str(exc)))
    except csv.Error as exc:
        problems.append(InputProblem(where, f"malformed CSV: {exc}"))


def _record(rec: dict, where: str, default_id: str, defaults: dict) -> Report:
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReportError("record has no 'text'")
    if len(text.encode("utf-8")) > MAX_REPORT_BYTES:
        raise ReportError(f"record text is over the {MAX_REPORT_BYTES // 2**20} MB limit")
    meta = {k: rec.get(k) for k in ("id", "published", "source", "url", "language", "title") if rec.get(k) not in (None, "")}
    return _meta_report(meta, text, where, default_id, defaults)


def _msg(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"not valid JSON ({exc.msg})"
    return str(exc)


def read_file(path: Path, defaults: dict, problems: list[InputProblem], label: str | None = None,
              data: bytes | None = None) -> list[Report]:
    return list(iter_file(path, defaults, problems, label, data))


def iter_file(path: Path, defaults: dict, problems: list[InputProblem], label: str | None = None,
              data: bytes | None = None) -> Iterator[Report]:
    """The reports in one file, one at a time; a corpus is read line by line, never whole."""
    where = label or str(path)
    suffix = path.suffix.lower()
    try:
        if data is None:
            size = path.stat().st_size
            limit = MAX_CORPUS_BYTES if suffix in (".jsonl", ".csv") else MAX_REPORT_BYTES
            if size > limit:
                raise ReportError(f"file is {size / 2**20:.1f} MB, over the {limit // 2**20} MB limit for a {suffix or 'text'} report")
            if suffix in (".jsonl", ".csv") and _utf8_corpus(path):
                with open(path, encoding="utf-8-sig", newline="") as f:
                    if suffix == ".jsonl":
                        yield from _records_jsonl(f, where, defaults, problems)
                    else:
                        yield from _records_csv(f, where, defaults, problems)
                return
            data = path.read_bytes()
        text, _encoding = decode(data)
        if suffix == ".jsonl":
            yield from _records_jsonl(text.splitlines(), where, defaults, problems)
        elif suffix == ".csv":
            yield from _records_csv(io.StringIO(text, newline=""), where, defaults, problems)
        elif suffix in (".html", ".htm") or (suffix not in (".txt", ".md") and text.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))):
            yield parse_html_report(text, where, path.name, defaults)
        else:
            yield parse_text_report(text, where, path.name, defaults)
    except ReportError as exc:
        problems.append(InputProblem(where, str(exc)))
    except PermissionError:
        problems.append(InputProblem(where, "cannot be read (permission denied)"))
    except IsADirectoryError:
        problems.append(InputProblem(where, "is a directory"))
    except OSError as exc:
        problems.append(InputProblem(where, f"cannot be read ({exc.strerror or exc})"))


def _utf8_corpus(path: Path, block: int = 1 << 20) -> bool:
    """True when a corpus file is non-empty UTF-8 text, checked block by block.

    Such a file is then read line by line. Anything else (empty, binary, another
    encoding) takes the whole-file path, which names the problem or detects the
    encoding; those files are rare and small.
    """
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")()
    seen_text = False
    with open(path, "rb") as f:
        first = True
        while chunk := f.read(block):
            if first and b"\x00" in chunk[:8192]:
                return False
            first = False
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError:
                return False
            seen_text = seen_text or bool(chunk.strip())
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
    return seen_text


def _link_problem(path: Path) -> InputProblem | None:
    """Why a symlink cannot be followed (a loop, a missing target), or None if it can."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return InputProblem(str(path), "symlink loop (the link leads back to itself)")
        return InputProblem(str(path), f"broken symlink (its target {os.readlink(path)!r} does not exist)")
    return None


def _is_report_file(name: str) -> bool:
    return Path(name).suffix.lower() in REPORT_SUFFIXES and name.lower() != "readme.md"


def walk_folder(top: Path, problems: list[InputProblem], every_file: bool = False) -> list[Path]:
    """Report files under a folder, sorted; links to folders are followed, never round a loop.

    Archives are messy: a link back to a parent folder, a sub-folder the user
    cannot read, a folder left empty by a failed download. Each becomes one
    problem naming the path, and the rest of the tree is still read. Hidden
    files and folders (.git) and README.md files are not reports.
    `every_file` lists every visible file instead, for a glob to match, and does
    not complain about empty folders (the glob says what it wants).
    """
    files: list[Path] = []
    known = len(problems)
    try:
        st = os.stat(top)
    except OSError as exc:
        problems.append(InputProblem(str(top), f"folder cannot be read ({exc.strerror or exc})"))
        return files
    visited = {(st.st_dev, st.st_ino)}
    stack: list[tuple[Path, frozenset]] = [(top, frozenset(visited))]
    while stack:
        folder, ancestors = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
        except PermissionError:
            problems.append(InputProblem(str(folder), "folder cannot be read (permission denied)"))
            continue
        except OSError as exc:
            problems.append(InputProblem(str(folder), f"folder cannot be read ({exc.strerror or exc})"))
            continue
        if not entries and folder != top and not every_file:
            problems.append(InputProblem(str(folder), "empty folder, no reports in it"))
            continue
        for entry in entries:
            path = Path(entry.path)
            if entry.is_symlink():
                bad = _link_problem(path)
                if bad:
                    if bad.message.startswith("symlink loop") or _is_report_file(entry.name):
                        problems.append(bad)
                    continue
            try:
                is_dir = entry.is_dir()
                is_file = not is_dir and entry.is_file()
            except OSError as exc:
                problems.append(InputProblem(str(path), f"cannot be read ({exc.strerror or exc})"))
                continue
            if is_dir:
                try:
                    sub = os.stat(path)
                except OSError as exc:  # gone or changed since it was listed
                    problems.append(InputProblem(str(path), f"folder cannot be read ({exc.strerror or exc})"))
                    continue
                key = (sub.st_dev, sub.st_ino)
                if key in ancestors:
                    problems.append(InputProblem(str(path), f"symlink loop (leads back to {os.path.realpath(path)})"))
                elif key not in visited:  # a second link to a folder already read adds nothing
                    visited.add(key)
                    stack.append((path, ancestors | {key}))
            elif is_file and (every_file or _is_report_file(entry.name)):
                files.append(path)
    if not files and len(problems) == known and not every_file:
        problems.append(InputProblem(str(top), "no report files in this folder "
                                     f"(looked for {', '.join(sorted(REPORT_SUFFIXES))})"))
    return sorted(files)


def _parts_match(parts: tuple[str, ...], pattern: tuple[str, ...]) -> bool:
    if not pattern:
        return not parts
    if pattern[0] == "**":
        return any(_parts_match(parts[k:], pattern[1:]) for k in range(len(parts) + 1))
    return bool(parts) and fnmatch.fnmatchcase(parts[0], pattern[0]) and _parts_match(parts[1:], pattern[1:])


def glob_files(raw: str, problems: list[InputProblem]) -> list[Path]:
    """Files matching a pattern; '**' walks with walk_folder, so a link loop is named, not followed.

    The standard glob follows links under '**' until the system refuses: two
    links back to their own folder make it try 2^40 paths and never return.
    """
    parts = Path(raw).parts
    first = next(i for i, part in enumerate(parts) if glob.has_magic(part))
    if "**" not in parts[first:]:
        return sorted(Path(h) for h in glob.glob(raw) if Path(h).is_file())
    base = Path(*parts[:first]) if first else Path(".")
    if not base.is_dir():
        return []
    hits = [f for f in walk_folder(base, problems, every_file=True)
            if _parts_match(f.relative_to(base).parts, parts[first:])]
    return sorted(hits)


def expand(paths: Iterable[str], problems: list[InputProblem]) -> list[Path | str]:
    """Files named by the paths (files, folders read recursively, globs, '-')."""
    out: list[Path | str] = []
    start = len(problems)
    for raw in paths:
        if raw == "-":
            out.append("-")
            continue
        p = Path(raw)
        if p.is_symlink() and (bad := _link_problem(p)) and bad.message.startswith("symlink loop"):
            problems.append(bad)
        elif p.is_dir():
            out.extend(walk_folder(p, problems))
        elif p.exists() or p.is_symlink():
            out.append(p)
        elif glob.has_magic(raw):
            hits = glob_files(raw, problems)
            if not hits:
                problems.append(InputProblem(raw, "no file matches this pattern"))
            out.extend(hits)
        else:
            problems.append(InputProblem(raw, "does not exist"))
    # a path named twice (as an argument and inside a folder argument) is one problem, one line
    problems[start:] = list(dict.fromkeys(problems[start:]))
    return out


def read_reports(paths: Iterable[str], published: date | None = None,
                 stdin: io.BufferedReader | None = None) -> tuple[list[Report], list[InputProblem]]:
    """All reports under `paths`, and the problems met; never raises for bad input."""
    problems: list[InputProblem] = []
    reports = list(iter_reports(expand(paths, problems), published, problems, stdin))
    return reports, problems


def iter_reports(items: Iterable[Path | str], published: date | None, problems: list[InputProblem],
                 stdin: io.BufferedReader | None = None) -> Iterator[Report]:
    """The reports of expanded inputs, one at a time, so no run holds every text at once.

    Problems are appended to `problems` as they are met; never raises for bad input.
    """
    defaults = {"published": published}
    seen: set[str] = set()
    for item in items:
        if item == "-":
            stream = stdin or sys.stdin.buffer
            data = stream.read()
            if len(data) > MAX_REPORT_BYTES:
                problems.append(InputProblem("<stdin>", "standard input is over the report size limit"))
                continue
            for r in iter_file(Path("stdin.txt"), defaults, problems, label="<stdin>", data=data):
                yield r if r.id != "stdin.txt" else _with_id(r, "stdin")
        else:
            try:
                key = str(Path(item).resolve())
            except (OSError, RuntimeError) as exc:  # a loop that appeared after the walk
                problems.append(InputProblem(str(item), f"cannot be read ({exc})"))
                continue
            if key in seen:
                continue
            seen.add(key)
            yield from iter_file(Path(item), defaults, problems)


def estimate_count(items: Iterable[Path | str]) -> int:
    """About how many reports the inputs hold (lines of a corpus), for a progress bar's ETA."""
    total = 0
    for item in items:
        p = Path(item) if item != "-" else None
        if p is not None and p.suffix.lower() in (".jsonl", ".csv"):
            try:
                with open(p, "rb") as f:
                    total += sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
            except OSError:
                pass
        else:
            total += 1
    return total


def _with_id(r: Report, new_id: str) -> Report:
    from dataclasses import replace

    return replace(r, id=new_id)
