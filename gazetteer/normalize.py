"""Text normalization shared by the gazetteer's names and the reports it scans.

Reports spell one place a dozen ways (Qa'im, Qa’im, Qaim; Ālbū Kamāl; al- Dweir;
بالبوكمال). Names and texts pass through the same fold so that an exact
Aho-Corasick match on the folded text is a tolerant match on the original.

The fold is one code-point lookup table applied with numpy: every character maps
to exactly one character, or to NUL when it is dropped (combining marks,
tashkeel, tatweel, zero-width marks). Dropped characters and repeated spaces are
then removed, and the index of every kept character is remembered, so a match in
the folded text maps back to exact offsets in the report. This keeps a 20 MB
corpus fold well under a second, where a Python loop would take a minute.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np

APOSTROPHES = "'’‘ʼʻʿʾ`´′‛"
_DROP = 0
_SPACE = 32
_APOS = 39

# Arabic letters unified for matching (alef forms, alef maqsura, ta marbuta,
# Persian yeh and kaf met in copy-pasted text).
_ARABIC_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ة": "ه",
    "ک": "ك", "ۀ": "ه",
}
_ARABIC_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)}
_ARABIC_DIGITS.update({chr(0x06F0 + i): str(i) for i in range(10)})
_ZERO_WIDTH = "\u200b\u200c\u200d\u200e\u200f\ufeff\u00ad\u2060\u061c"


def _fold_char(ch: str) -> int:
    if ch in APOSTROPHES:
        return _APOS
    if ch in _ZERO_WIDTH or ch == "\u0640":  # tatweel
        return _DROP
    if ch in _ARABIC_FOLD:
        return ord(_ARABIC_FOLD[ch])
    if ch in _ARABIC_DIGITS:
        return ord(_ARABIC_DIGITS[ch])
    cat = unicodedata.category(ch)
    if cat.startswith("M"):
        return _DROP
    if cat[0] in "LN":
        base = unicodedata.normalize("NFKD", ch)[0]
        low = base.lower()
        if len(low) == 1 and unicodedata.category(low)[0] in "LN":
            return ord(low)
        return ord(ch)
    return _SPACE


def _build_table() -> tuple[np.ndarray, np.ndarray]:
    """Fold table for every code point, and which folded characters are word characters.

    Only the blocks that carry letters reports use (Latin, Arabic, their
    presentation forms, general punctuation) are folded one by one; other
    code points stay themselves, which keeps start-up cheap.
    """
    table = np.arange(0x110000, dtype=np.uint32)
    is_word = np.ones(0x110000, dtype=bool)
    for lo, hi in ((0x0000, 0x0800), (0x1E00, 0x2070), (0x2100, 0x2C00), (0xFB50, 0xFF00), (0xFF00, 0xFFF0)):
        for cp in range(lo, hi):
            f = _fold_char(chr(cp))
            table[cp] = f
            is_word[cp] = f not in (_DROP, _SPACE, _APOS)
    # emoji, symbols and private use never glue two words together
    for lo, hi in ((0x1F000, 0x1FB00), (0xE000, 0xF900), (0x2C00, 0x2E80)):
        table[lo:hi] = _SPACE
        is_word[lo:hi] = False
    is_word[_DROP] = is_word[_SPACE] = is_word[_APOS] = False
    return table, is_word


_TABLE, _IS_WORD = _build_table()
_TABLE_ASCII8 = _TABLE[:128].astype(np.uint8)
# Non-ASCII marks common in English copy, each with an ASCII stand-in that folds the same way.
_ASCII_STANDINS = [(c, "'") for c in "’‘ʼʻ′‛"] + [(c, " ") for c in "“”«»–—…\u00a0•·"]


@dataclass(frozen=True)
class Folded:
    """A folded text and, for each of its characters, the offset it came from."""

    text: str
    origin: np.ndarray  # int32 offsets into the original text; len(text) + 1 entries
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the folded range [start, end)."""
        if end <= start:
            o = int(self.origin[start])
            return o, o
        return int(self.origin[start]), int(self.origin[end - 1]) + 1


def fold_text(text: str) -> Folded:
    """Fold a whole text, keeping the map back to original offsets."""
    if not text:
        return Folded("", np.zeros(1, dtype=np.int32), 0)
    if len(text) <= _SHORT:
        return _fold_short(text)
    ascii_text = text
    if not ascii_text.isascii():
        # English news is ASCII but for its quotes and dashes: swap those one for one
        for a, b in _ASCII_STANDINS:
            if a in ascii_text:
                ascii_text = ascii_text.replace(a, b)
    if ascii_text.isascii():
        # the common case: one byte per character and a 256-entry table
        out = _TABLE_ASCII8.take(np.frombuffer(ascii_text.encode("ascii"), dtype=np.uint8))
    else:
        cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        out = _TABLE.take(cps) if not (cps >> 16).any() else _TABLE.take(np.minimum(cps, 0x10FFFF))
    # An apostrophe belongs to a word only with letters on both sides (Qa'im);
    # elsewhere it is a quotation mark and folds to a space.
    apos = np.flatnonzero(out == _APOS)
    if apos.size:
        left = np.maximum(apos - 1, 0)
        right = np.minimum(apos + 1, out.size - 1)
        inner = _IS_WORD[out[left]] & _IS_WORD[out[right]] & (apos > 0) & (apos < out.size - 1)
        out[apos[~inner]] = _SPACE
    origin = None
    drop = out == _DROP
    if drop.any():
        origin = np.flatnonzero(~drop).astype(np.int32)
        out = out[~drop]
    space = out == _SPACE
    keep = np.ones(out.size, dtype=bool)
    np.logical_not(space[1:] & space[:-1], out=keep[1:])
    if not keep.all():
        kept_at = np.flatnonzero(keep).astype(np.int32)
        origin = kept_at if origin is None else origin[kept_at]
        out = out[keep]
    elif origin is None:
        origin = np.arange(out.size, dtype=np.int32)
    origin = np.append(origin, np.int32(len(text)))
    folded = out.tobytes().decode("ascii" if out.dtype == np.uint8 else "utf-32-le")
    return Folded(folded, origin, len(text))


def fold(name: str) -> str:
    """Fold a short string (a name, a key) with no offsets kept."""
    return " ".join(fold_text(name).text.split())


# Up to this length a text is folded character by character: for a word, a name or a phrase numpy's set-up costs a
# hundred times the fold itself, and extraction folds every capitalised word and every unlisted place's words.
_SHORT = 200
_CHAR_FOLD: dict[str, tuple[int, bool]] = {}  # a character's folded code, and whether that code is a word character


def _fold_short(text: str) -> Folded:
    """fold_text for a short text: the same table, the same apostrophe, drop and space rules, read in Python."""
    codes = []
    for ch in text:
        f = _CHAR_FOLD.get(ch)
        if f is None:
            code = int(_TABLE[min(ord(ch), 0x10FFFF)])
            f = _CHAR_FOLD[ch] = (code, bool(_IS_WORD[code]))
        codes.append(f)
    last = len(codes) - 1
    chars, origin = [], []
    prev_space = False
    for i, (code, _) in enumerate(codes):
        if code == _APOS and not (0 < i < last and codes[i - 1][1] and codes[i + 1][1]):
            code = _SPACE  # an apostrophe belongs to a word only with letters on both sides (Qa'im)
        if code == _DROP:
            continue
        space = code == _SPACE
        if space and prev_space:
            continue  # a run of spaces folds to its first
        prev_space = space
        chars.append(chr(code))
        origin.append(i)
    origin.append(len(text))
    return Folded("".join(chars), np.array(origin, dtype=np.int32), len(text))


_ARABIC_BLOCK = re.compile("[\u0600-\u06ff]")


def is_arabic(s: str) -> bool:
    """Whether a text holds an Arabic letter (one scan in C: extraction asks it of every sentence)."""
    return _ARABIC_BLOCK.search(s) is not None
