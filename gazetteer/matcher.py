"""Finding every gazetteer name in a text in one pass.

The automaton holds each key padded with spaces, and the folded text is padded
the same way, so a hit is always a whole-word hit ("Hajin" never inside
"Hajinawi"). Overlapping hits are settled by length: "Deir ez-Zor Airport" beats
"Deir ez-Zor", "Baghazi Ayyash" beats "Ayyash".
"""

from __future__ import annotations

from dataclasses import dataclass, field

import ahocorasick
import numpy as np

from .keys import gate_names, name_keys
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


@dataclass(slots=True)
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
        self.place_ids = [p.id for p in places]
        self.keys: dict[str, list[tuple[Place, str, int]]] = {}
        for place in places:
            for name in (*place.names, *sorted(gate_names(place.type, place.names))):
                for key, trim in name_keys(name).items():
                    entries = self.keys.setdefault(key, [])
                    if all(p.id != place.id for p, _, _ in entries):
                        entries.append((place, name, trim))
        self._build()

    def _build(self) -> None:
        # Keys carry a leading space (the left word boundary); the right boundary
        # is checked per hit, so neighbouring names ("Hajin Susah") never share a
        # character and leftmost-longest matching (iter_long) is exact.
        self.key_list = sorted(self.keys)
        self.automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
        for i, key in enumerate(self.key_list):
            self.automaton.add_word(" " + key, i)
        if self.key_list:
            self.automaton.make_automaton()
        self._info = []
        for key in self.key_list:
            entries = self.keys[key]
            cands = [Candidate(p, 1.0, f"name {name!r}") for p, name, _ in entries]
            first = key.split(" ", 1)[0]
            self._info.append((len(key), entries[0][2], first in _ENGLISH_ARTICLE_LOOKALIKES, tuple(cands)))

    def __getstate__(self):
        # Only what is costly to rebuild: the automaton and the keys as place
        # indexes. Place objects are re-attached by rebind() from the CSV just read.
        pos = {pid: i for i, pid in enumerate(self.place_ids)}
        compact = [tuple((pos[p.id], name, trim) for p, name, trim in self.keys[k]) for k in self.key_list]
        return {"place_ids": self.place_ids, "key_list": self.key_list, "compact": compact,
                "automaton": self.automaton}

    def __setstate__(self, state):
        self.place_ids = state["place_ids"]
        self.key_list = state["key_list"]
        self._compact = state["compact"]
        self.automaton = state["automaton"]
        self.keys = {}
        self._info = []

    def rebind(self, places: dict[str, Place]) -> None:
        """Attach Place objects to an unpickled index."""
        plist = [places[pid] for pid in self.place_ids]
        self.keys = {}
        self._info = []
        # One name gives several keys (article forms, spellings): its frozen
        # Candidate is made once and shared, which keeps load time flat as names grow.
        made: dict[tuple[int, str], Candidate] = {}
        for key, entries in zip(self.key_list, self._compact):
            ents = [(plist[i], name, trim) for i, name, trim in entries]
            self.keys[key] = ents
            cands = tuple(made.get((i, name)) or made.setdefault((i, name), Candidate(plist[i], 1.0, f"name {name!r}"))
                          for i, name, _ in entries)
            self._info.append((len(key), ents[0][2], key.split(" ", 1)[0] in _ENGLISH_ARTICLE_LOOKALIKES, cands))
        del self._compact

    def __len__(self) -> int:
        return len(self.keys)

    def find(self, text: str) -> list[Match]:
        if not self.keys or not text:
            return []
        folded = fold_text(text)
        padded = " " + folded.text
        limit = len(padded)
        info = self._info
        starts, ends, ids = [], [], []
        for end, i in self.automaton.iter_long(padded):
            nxt = end + 1
            if nxt < limit and padded[nxt] != " ":
                continue  # "hajin" inside "hajinawi"
            n, trim = info[i][0], info[i][1]
            starts.append(end - n + 1 - 1 + trim)  # folded-text index of the name's first char
            ends.append(end)  # folded-text index one past its last char
            ids.append(i)
        if not ids:
            return []
        origin = folded.origin
        ostarts = origin[np.asarray(starts, dtype=np.int64)].tolist()
        oends = (origin[np.asarray(ends, dtype=np.int64) - 1] + 1).tolist()
        out = []
        for s, e, i in zip(ostarts, oends, ids):
            _, _, english, cands = info[i]
            if english:
                s, e = _trim_english(text, s, e)
            out.append(Match(s, e, text[s:e], self.key_list[i], cands))
        return out


def _trim_english(text: str, start: int, end: int) -> tuple[int, int]:
    head = text[start:end].split(" ", 1)
    if len(head) == 2 and head[0] in _ENGLISH_ARTICLE_LOOKALIKES:
        return start + len(head[0]) + 1, end
    return start, end
