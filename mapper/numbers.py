"""Counts as reports write them: "Five militants", "six raids", "at least 50", "dozens".

A count is a (low, high) pair: "at least 50" is (50, None), "dozens" is
(24, 99), "five" is (5, 5). Keeping the bound lets aggregation take the
largest stated count without pretending vague words are exact.
"""

from __future__ import annotations

import re
from functools import lru_cache

WORDS = {
    "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "a pair of": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12,
    # Arabic
    "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتين": 2, "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "اربع": 4, "اربعة": 4,
    "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8,
    "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10, "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "أربعين": 40, "خمسين": 50,
}
VAGUE = {
    "dozens": (24, 99), "scores": (40, 99), "several": (3, 9), "a few": (2, 5), "few": (2, 5),
    "hundreds": (200, 999), "a number of": (2, 9), "multiple": (2, 9), "many": (3, None), "numerous": (3, None),
    "عشرات": (20, 99), "عدة": (3, 9), "عدد من": (2, 9), "مئات": (200, 999), "بضع": (3, 9),
}
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_LOWER = r"(?P<lower>at least|more than|over|no fewer than|no less than|upwards of|at minimum|ما لا يقل عن|أكثر من|اكثر من|نحو|حوالي)"
_UPPER = r"(?P<upper>up to|at most|as many as|fewer than|less than|no more than|حتى)"
_APPROX = r"(?P<approx>about|around|nearly|approximately|roughly|some|almost|an estimated)"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_WORD_NUM = (rf"(?:(?:{_TENS})[- ](?:{_ONES})|" + "|".join(sorted((re.escape(w) for w in WORDS if w not in ("a", "an")), key=len, reverse=True)) + ")")
_VAGUE_RX = "|".join(sorted((re.escape(w) for w in VAGUE), key=len, reverse=True))
NUMBER = re.compile(
    rf"(?:(?:{_LOWER}|{_UPPER}|{_APPROX})\s+)?(?P<num>[0-9٠-٩۰-۹]+(?:,\d{{3}})*|{_WORD_NUM})\b|(?P<vague>\b(?:{_VAGUE_RX})\b)",
    re.I)


def word_value(w: str) -> int | None:
    w = w.lower().strip()
    if re.fullmatch(r"[0-9٠-٩۰-۹,]+", w):
        return int(w.translate(_ARABIC_DIGITS).replace(",", ""))
    if w in WORDS:
        return WORDS[w]
    m = re.fullmatch(rf"({_TENS})[- ]({_ONES})", w)
    if m:
        return WORDS[m.group(1)] + WORDS[m.group(2)]
    return None


def parse_count(m: re.Match) -> tuple[int | None, int | None]:
    if m.group("vague"):
        return VAGUE[m.group("vague").lower()]
    n = word_value(m.group("num"))
    if n is None:
        return None, None
    if m.group("lower"):
        low = n + 1 if m.group("lower").lower() in ("more than", "over") else n
        return low, None
    if m.group("upper"):
        return (1, n)
    return n, n


@lru_cache(maxsize=16)
def _count_rx(noun_rx: str) -> tuple[re.Pattern, re.Pattern]:
    return (re.compile(rf"(?:{NUMBER.pattern})(?:\s+(?:of\s+)?(?:the\s+)?[\w-]+){{0,2}}?\s+(?:{noun_rx})", re.I),
            re.compile(noun_rx, re.I))


def count_before(text: str, noun_rx: str) -> tuple[int | None, int | None, str] | None:
    """The count written just before a noun ("at least 50 raids", "six blasts")."""
    rx, noun = _count_rx(noun_rx)
    m = None
    for n in noun.finditer(text):
        # a count sits just before its noun: scan only that window, not every position of the sentence
        lo = max(0, n.start() - 80)
        m = rx.search(text, lo, n.end())
        if m is not None:
            break
    if m is None:
        return None
    low, high = parse_count(m)
    if low is None and high is None:
        return None
    return low, high, m.group(0)
