"""When a progress bar is shown: on a terminal only, never in CI, piped output or --quiet."""

from __future__ import annotations

import os
import sys
from typing import Mapping, TextIO


def progress_enabled(quiet: bool = False, stream: TextIO | None = None, env: Mapping[str, str] | None = None) -> bool:
    """A bar on standard error belongs to a person watching a terminal, not to logs."""
    if quiet:
        return False
    env = os.environ if env is None else env
    if env.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        return False
    if env.get("TERM") == "dumb":
        return False
    stream = sys.stderr if stream is None else stream
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
