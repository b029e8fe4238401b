"""Finding every gazetteer name in a text in one pass.

The automaton holds each key padded with spaces, and the folded text is padded
the same way, so a hit is always a whole-word hit ("Hajin" never inside
"Hajinawi"). Overlapping hits are settled by length: "Deir ez-Zor Airport" beats
"Deir ez-Zor", "Baghazi Ayyash" beats "Ayyash".
"""

from __future__ import annotations

from dataclasses import dataclass, field

import ahocorasick

from .keys import name_keys
from .normalize import fold_text
from .places import Place

# English words that fold like an assimilated article ("strikes at Tabiyah"):
# when a match starts with one of them written lowercase and apart, the mention
# starts at the next word.
_ENGLISH_ARTICLE_LOOKALIKES = {"at", "as", "an", "ad", "ar", "en", "es", "et", "er"}


@dataclass(frozen=True)
class Candidate:
    place: Place
    score: float
    why: str = ""


@dataclass
class Match:
    """One mention of a gazetteer name: where it is, as written, and its candidates."""

    start: int
    end: int
    text: str
    key: str
    candidates: list[Candidate]
    method: str = "exact"  # exact or fuzzy
    score: float = 1.0
    chosen: Candidate | None = field(default=None)

    @property
    def place(self) -> Place:
        return (self.chosen or self.candidates[0]).place

    @property
    def ambiguous(self) -> bool:
        return len({c.place.id for c in self.candidates}) > 1


class NameIndex:
    """An Aho-Corasick automaton over every key of every place."""

    def __init__(self, places: list[Place]):
        self.keys: dict[str, list[tuple[Place, str, int]]] = {}
        for place in places:
            for name in place.names:
                for key, trim in name_keys(name).items():
                    entries = self.keys.setdefault(key, [])
                    if all(p.id != place.id for p, _, _ in entries):
                        entries.append((place, name, trim))
        self.automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
        for key, entries in self.keys.items():
            self.automaton.add_word(f" {key} ", (len(key), key))
        if self.keys:
            self.automaton.make_automaton()

    def __len__(self) -> int:
        return len(self.keys)

    def find(self, text: str) -> list[Match]:
        if not self.keys or not text:
            return []
        folded = fold_text(text)
        padded = f" {folded.text} "
        hits = []
        for end, (length, key) in self.automaton.iter(padded):
            start = end - length  # index in padded of the key's first char
            hits.append((start - 1, start - 1 + length, key))  # folded-text coordinates
        hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
        occupied = bytearray(len(folded.text) + 1)  # longest first: a shorter hit inside a taken one loses
        matches = []
        for s, e, key in hits:
            if occupied.find(1, s, e) >= 0:
                continue
            occupied[s:e] = b"\x01" * (e - s)
            entries = self.keys[key]
            trim = entries[0][2]
            ostart, oend = folded.span(s + trim, e)
            ostart, oend = _trim_english(text, ostart, oend)
            cands = [Candidate(p, 1.0, f"name {name!r}") for p, name, _ in entries]
            matches.append(Match(ostart, oend, text[ostart:oend], key, cands))
        matches.sort(key=lambda m: m.start)
        return matches


def _trim_english(text: str, start: int, end: int) -> tuple[int, int]:
    head = text[start:end].split(" ", 1)
    if len(head) == 2 and head[0] in _ENGLISH_ARTICLE_LOOKALIKES:
        return start + len(head[0]) + 1, end
    return start, end
