"""What the extraction-rule tests read a sentence with: a one-text report published on a given day, and the events,
places and decisions extraction makes of it. Each round's tests pick their own publication day (dates are read
relative to it), so the helpers are bound to one."""

from __future__ import annotations

from datetime import date

from mapper import extract_events
from mapper.extract import extract_report
from mapper.model import Report


HEADLINES = {"en": "Strikes in eastern Syria\n\n", "ar": "ضربات في شرق سوريا\n\n"}


class Reader:
    def __init__(self, published: date):
        self.published = published

    @staticmethod
    def headlined(text: str) -> str:
        """A sentence under a headline of its language: a first paragraph alone is read as the title."""
        return HEADLINES["ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"] + text

    def headed_events(self, text: str, gaz, pub: date | None = None, **kw):
        return self.events(self.headlined(text), gaz, pub, **kw)

    def headed_places(self, text: str, gaz) -> list[str]:
        """The places struck in a headlined sentence, without the country a headline names."""
        return sorted(e.place_id for e in self.headed_events(text, gaz) if e.place_id != "syria")

    def headed_kinds(self, text: str, gaz) -> dict[str, str]:
        return {e.place_id: e.event_type for e in self.headed_events(text, gaz)}

    def report(self, text: str, pub: date | None = None) -> Report:
        return Report(id="t", text=text, published=pub or self.published)

    def events(self, text: str, gaz, pub: date | None = None, **kw):
        return extract_events(self.report(text, pub), gaz, **kw)

    def places(self, text: str, gaz, pub: date | None = None, **kw) -> list[str]:
        return sorted(e.place_id for e in self.events(text, gaz, pub, **kw))

    def decisions(self, text: str, gaz, mention: str, pub: date | None = None) -> list:
        return [d for d in extract_report(self.report(text, pub), gaz).decisions if d.mention == mention]
