"""strikemap: news reports of strikes in Deir ez-Zor → events → map and data files.

    >>> from mapper import read_reports, extract_events, events_frame
    >>> reports, problems = read_reports(["seeds/"])
    >>> events = extract_events(reports[0])

The names below are imported on first use (PEP 562), so that `strikemap --help`
and `import mapper.cli` do not pay for the gazetteer, numpy and pandas.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

_LAZY = {
    "extract_events": "extract",
    "Event": "model", "InputProblem": "model", "Report": "model",
    "Run": "pipeline", "events_frame": "pipeline", "extract_all": "pipeline", "run": "pipeline",
    "read_reports": "reports",
}
__all__ = ["Event", "InputProblem", "Report", "Run", "extract_all", "extract_events", "events_frame",
           "read_reports", "run", "__version__"]


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + list(_LAZY))
