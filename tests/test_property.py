"""Arbitrary text never crashes extraction (random Unicode, huge lines, no punctuation)."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapper import extract_events
from mapper.model import Report
from mapper.reports import decode, parse_text_report, ReportError

PIECES = st.sampled_from([
    "al-Bukamal", "Deir ez-Zor", "raids", "riads", "airstrike", "south of", "near", "---", "\n\n", "“", "”",
    "البوكمال", "غارات", "قصف", "at least 50", "dozens", "on Tuesday", "13/1/2021", "Related Articles", ",", ".",
    "al- Dweir", "Qa’im", "\u200f", "\u0640", "ً", "😀", "\x00", "Harabesh", "no confirmation", "denied",
])
TEXT = st.one_of(
    st.text(max_size=2000),
    st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=200).map(" ".join),
    st.lists(PIECES, max_size=300).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, pub=st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 1, 1))))
def test_extraction_never_crashes(gaz, text, pub):
    events = extract_events(Report(id="r", text=text, published=pub), gaz)
    for e in events:
        assert 0 <= e.span_start <= e.span_end <= len(text)
        assert e.mention == text[e.span_start:e.span_end]
        if pub and e.event_date:
            assert e.event_date <= pub.isoformat()


def test_huge_line_without_punctuation(gaz):
    text = ("airstrikes hit al-Bukamal and Hajin and al-Mayadin " * 3000)  # one 150 KB line
    events = extract_events(Report(id="r", text=text, published=date(2021, 1, 1)), gaz)
    assert {e.place_id for e in events} >= {"al-bukamal", "hajin", "al-mayadin"}


FRONT = st.builds(lambda body, rid: f"---\nid: {rid}\npublished: 2021-01-13\n---\n{body}",
                  TEXT, st.sampled_from(["r1", "x", "'quoted'"]))
BYTES = st.one_of(
    st.binary(max_size=3000),
    TEXT.map(lambda t: t.encode("utf-8")),
    FRONT.map(lambda t: t.encode("utf-8")),
    TEXT.map(lambda t: t.encode("cp1256", errors="ignore")),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=BYTES)
def test_any_bytes_either_read_or_rejected_cleanly(data):
    """Bytes become a report whose text came from them, or a ReportError that says why; nothing else."""
    try:
        text, encoding = decode(data)
    except ReportError as exc:
        assert str(exc)
        # only blank, binary or undecodable data is rejected: valid UTF-8 text is always read
        if data.strip() and b"\x00" not in data[:8192]:
            try:
                data.decode("utf-8-sig")
            except UnicodeDecodeError:
                pass
            else:
                raise AssertionError(f"valid UTF-8 rejected: {exc}")
        return
    assert data.strip() and b"\x00" not in data[:8192]
    try:
        exact = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        assert encoding != "utf-8"
    else:
        assert (text, encoding) == (exact, "utf-8")  # UTF-8 is never second-guessed
    try:
        report = parse_text_report(text, "x.txt", "x.txt", {})
    except ReportError as exc:
        assert str(exc)
        return
    assert report.text.strip() and report.text in text
    assert report.path == "x.txt"
    if not text.startswith("---"):
        assert report.id == "x.txt" and report.published is None
