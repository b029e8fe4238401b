"""Near-miss transliterations (Mohassan / Muhasan, Subaikhan / Subaykhan).

Only words that look like a transliterated Arabic name are tried: capitalised
or written after an article, six letters or more, and not an English word.
A fuzzy hit carries its similarity score, always below an exact match's 1.0.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from .matcher import Candidate, Match
from .normalize import fold

MIN_LENGTH = 6
CUTOFF = 86.0
_CANDIDATE = re.compile(r"\b(?:[Aa][ltrsdnz]{1,2}-\s?)?([A-Z][a-z'’]{5,}(?:[- ][A-Z][a-z'’]{2,})?)")


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["web2", "gcide"], lower=True))


def _is_english(word: str) -> bool:
    words = english_words()
    w = word.lower().replace("’", "'").split("'")[0]
    if w in words:
        return True
    for suffix in ("ing", "ed", "es", "s", "ly", "ers", "er", "ian", "ians", "ese"):
        if w.endswith(suffix) and (w[: -len(suffix)] in words or w[: -len(suffix)] + "e" in words):
            return True
    return False


class FuzzyIndex:
    def __init__(self, index_keys: dict[str, list]):
        # one-word and two-word Latin keys long enough to be told apart
        self.keys = {k: v for k, v in index_keys.items()
                     if k.isascii() and len(k.replace(" ", "")) >= MIN_LENGTH and len(k.split()) <= 2}
        self.choices = list(self.keys)
        self._memo: dict[str, tuple[str, float] | None] = {}

    def _best(self, word: str) -> tuple[str, float] | None:
        """The closest key for one written word; reports repeat their words, so each is scored once."""
        if word in self._memo:
            return self._memo[word]
        best = None
        from .spelling import WELL_KNOWN

        parts = re.split(r"[- ]", word)
        # an English word, or a well-known place elsewhere spelt as itself (Ghouta, Qalamoun), is no near-miss
        if not any(_is_english(w) or fold(w).replace("'", "") in WELL_KNOWN for w in parts):
            hit = process.extractOne(fold(word), self.choices, scorer=fuzz.ratio, score_cutoff=CUTOFF)
            if hit and not _family_name(word, hit[0]):
                best = (hit[0], hit[1])
        if len(self._memo) > 100_000:
            self._memo.clear()
        self._memo[word] = best
        return best

    def find(self, text: str, taken: list[Match]) -> list[Match]:
        out = []
        occupied = bytearray(len(text) + 1)
        for t in taken:
            occupied[t.start:t.end] = b"\x01" * (t.end - t.start)
        for m in _CANDIDATE.finditer(text):
            start, end = m.span(1)
            if occupied.find(1, start, end) >= 0:
                continue
            word = m.group(1)
            best = self._best(word)
            if not best:
                continue
            k, score = best
            s = round(score / 100 * 0.95, 3)
            cands = [Candidate(p, s, f"fuzzy {word!r} ~ {name!r}") for p, name, _ in self.keys[k]]
            out.append(Match(start, end, word, k, cands, method="fuzzy", score=s))
        return out


def _family_name(word: str, key: str) -> bool:
    """al-Husseini (a family) beside al-Husseiniyah (a village): near in letters, not a respelling.

    The spelling rules keep the masculine -i of a family or tribal name apart
    from the feminine -iyah of a place; a fuzzy hit must not join them again.
    """
    from .spelling import name_skeleton

    a, b = name_skeleton(word), name_skeleton(key)
    return a != b and a.endswith("i") and a[:-1] == b.removesuffix("i")
