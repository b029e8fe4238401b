from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

# The suite never reads or writes the user's real ~/.cache/strikemap: every cache
# (the gazetteer's automaton, and any later one that follows XDG) goes to a
# folder of this session, set before any gazetteer is loaded and removed at exit.
# The browser tests' Chromium keeps its crash reports under XDG_CONFIG_HOME.
SESSION_CACHE = Path(tempfile.mkdtemp(prefix="strikemap-test-cache-"))
os.environ["STRIKEMAP_CACHE"] = str(SESSION_CACHE / "strikemap")
os.environ["XDG_CACHE_HOME"] = str(SESSION_CACHE / "xdg")
os.environ["XDG_CONFIG_HOME"] = str(SESSION_CACHE / "config")  # Chromium's crash-report folder
atexit.register(shutil.rmtree, SESSION_CACHE, ignore_errors=True)

import pytest
from click.testing import CliRunner

from gazetteer import load
from mapper.cli import cli
from mapper.reports import read_reports

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "enab-baladi-2021-01-13-deir-ez-zor.txt"
TEST_REPORTS = Path(__file__).resolve().parent / "reports"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="session")
def gaz():
    return load()


@pytest.fixture(scope="session")
def seed_report():
    reports, problems = read_reports([str(SEED)])
    assert not problems
    return reports[0]


@pytest.fixture(scope="session")
def seed_events(seed_report, gaz):
    from mapper import extract_events

    return extract_events(seed_report, gaz)


@pytest.fixture
def invoke():
    """Run the CLI in-process; returns (exit_code, stdout, stderr)."""

    def run(*args, input=None):
        runner = CliRunner()
        res = runner.invoke(cli, list(args), input=input, catch_exceptions=False)
        return res.exit_code, res.stdout, res.stderr

    return run


def write_report(path: Path, text: str, published: str | None = "2021-03-02", **meta) -> Path:
    fm = {"published": published, **meta}
    lines = ["---"] + [f"{k}: {v}" for k, v in fm.items() if v is not None] + ["---", text]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def chromium_available() -> bool:
    return os.path.exists(CHROMIUM)
