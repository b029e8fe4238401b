"""The suite keeps to temporary folders: the user's own cache is never read, written or cleared."""

from __future__ import annotations

import os
from pathlib import Path

from gazetteer.cache import cache_dir

from .conftest import SESSION_CACHE


def test_cache_is_the_sessions_temporary_folder():
    home_cache = Path(os.path.expanduser("~")) / ".cache" / "strikemap"
    where = cache_dir().resolve()
    assert where.is_relative_to(SESSION_CACHE.resolve())
    assert not where.is_relative_to(home_cache.resolve())
    for var in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME"):  # folders Chromium and other libraries write under
        assert Path(os.environ[var]).resolve().is_relative_to(SESSION_CACHE.resolve()), var


def test_gazetteer_index_is_cached_in_the_session_folder(tmp_path):
    """A new extra gazetteer forces a new automaton, which lands in the session's cache."""
    from gazetteer import load

    extra = tmp_path / "extra.csv"
    extra.write_text("id,name,lat,lon\nisolation-farm,Isolation Farm,35.1,40.4\n", encoding="utf-8")
    load((str(extra),))
    pickles = list(cache_dir().glob("index-*.pickle"))
    assert pickles and all(p.resolve().is_relative_to(SESSION_CACHE.resolve()) for p in pickles)
