"""strikemap: news reports of strikes in Deir ez-Zor → events → map and data files.

    >>> from mapper import read_reports, extract_events, events_frame
    >>> reports, problems = read_reports(["seeds/"])
    >>> events = extract_events(reports[0])
"""

from .extract import extract_events
from .model import Event, InputProblem, Report
from .pipeline import Run, events_frame, extract_all, run
from .reports import read_reports

__version__ = "0.1.0"
__all__ = ["Event", "InputProblem", "Report", "Run", "extract_all", "extract_events", "events_frame",
           "read_reports", "run", "__version__"]
