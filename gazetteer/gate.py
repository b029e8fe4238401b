"""When a place name that is also an ordinary word counts as a place.

Many village names are common nouns or adjectives: Tabiya is "fort", Jazira
"island" (and a television channel), Sabkha "salt flat", Sharqi and Gharbi
"eastern" and "western", Hawi, Sur ("wall"), Tal and Tell ("hill"), Jisr
("bridge"). A report that says "the eastern (sharqi) bank" or "a salt flat
(sabkha)" names no village, and "the Jazira region" means the wide region
east of the Euphrates, not a village called Jazira.

Such a name counts as a place only when the text treats it as one, the way a
reader decides:
- in English it is capitalised (a lowercase common word is the word);
- it is not followed by a word that makes it something else: "region", "bank",
  "plain" leave only region places as candidates; "TV", "channel",
  "reported" make it the broadcaster, not a place;
- and it is preceded by a place word ("village of", "town of", "in", "near",
  قرية, بلدة, في, a glued بـ) or written within a few words of another place
  the text names (reports list villages together: "Hatla, Murat and Tabiya").

Which names are gated: the single words in `COMMON_WORDS` (kept here, with the
reason beside each group), any single-word name that is an English word in
the list the fuzzy matcher already uses (Sur, Tell, Murat, Omar), and, the
same way for Arabic, any single-word Arabic name of a village or quarter that
is a frequent Arabic word in the `wordfreq` package's lists (غريبة "strange"
for Quraybi, الحرية "freedom", صالح, سعيد): a word used more
than ARABIC_ZIPF (Zipf scale: ten times in a million words) is a word first.
Towns, governorates and countries (العراق, الرقة, القائم) are names readers
know and are not gated this way. wordfreq's code is Apache-2.0 and its word
lists CC-BY-SA 4.0; the lists are read at run time, never copied into the
gazetteer. It is a required dependency: without it the
same report would read differently on another machine.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .normalize import fold

# Folded, without the article. Grouped by meaning so the list can be reviewed.
COMMON_WORDS = frozenset("""
tabiya tabiyah tabiyeh tabia
jazira jazirah jazeera jezira jazirat jazrat jazra
sabkha sabkhah sabkhat sabkheh
shamiya shamiyah shamiyeh shamia
sharqi sharqiya sharqiyah sharqiyeh sharki gharbi gharbiya gharbiyah gharbiyeh
shamali shamaliya janubi janubiya wusta
hawi hawiya
sur sour tal tall tell jisr jesr qasr kasr qalaa qala'a burj
wadi badia badiya badiyah bahra bahrah hamra hamrah khadra
jadid jadida jadidah qadim qadima kabir kabira saghir saghira zghir zghira
fawqani tahtani foqani
ain ein bir khan suq souq souk mazraa mazraat mazra'a
matar masakin sinaa sina'a hizam katf qabban thawra ummal mouazafin muwazzafin
omar amal ward taym tanak izba joura jura shula sabha rawda hurriya
""".split())
_ARABIC_COMMON = frozenset("""
طابيه جزيره سبخه شاميه شرقي شرقيه غربي غربيه حاوي سور تل جسر قصر بادي باديه بحره حمراء
جديد جديده قديم كبير صغير زغير فوقاني تحتاني عين بير خان سوق مزرعه مطار مساكن صناعه حزام
كتف قبان ثوره عمال موظفين عمر امل ورد تيم تنك عزبه جوره
مرات
""".split())

ARABIC_ZIPF = 4.0
_KNOWN_TYPES = ("city", "town", "governorate", "country", "region", "district", "subdistrict")
_ARABIC_LETTERS = re.compile(r"[\u0621-\u064a]+")


@lru_cache(maxsize=16384)
def frequent_arabic(mention: str) -> bool:
    """A one-word Arabic name, as written or with its article, that is a frequent Arabic word."""
    # imported here, not at start-up: its word lists load on first use, and `--help` should not pay for them
    from wordfreq import zipf_frequency as z

    words = _ARABIC_LETTERS.findall(mention)
    if len(words) != 1:
        return False
    w = words[0]
    for pre in ("وبال", "فبال", "بال", "وال", "فال", "كال", "لل"):
        if w.startswith(pre) and len(w) > len(pre) + 2:
            w = "ال" + w[len(pre):] if pre != "لل" else "ال" + w[2:]
            break
    else:
        if w[:1] in "وفبل" and not w.startswith("ال") and len(w) > 4 and w[1:3] == "ال":
            w = w[1:]
    forms = {w, w[2:] if w.startswith("ال") else "ال" + w}
    return max(z(f, "ar", wordlist="small") for f in forms) >= ARABIC_ZIPF


def _arabic_word_gate(m) -> bool:
    """Gated as a frequent word: a village or quarter whose one-word Arabic name is an ordinary word."""
    if m.text.isascii() or any(c.place.type in _KNOWN_TYPES or c.place.outside for c in m.candidates):
        return False
    return frequent_arabic(m.text)


_ARTICLE = re.compile(r"^(?:al|el|ad|ed|adh|ash|esh|as|es|at|et|ath|az|ez|ar|er|an|en)\s")

# After the name: words that make it a wide region, or a broadcaster.
_REGION_AFTER = re.compile(r"^[\s(),'\"’-]{0,3}(region|regions|bank|plain|plains|side|basin|canton|areas|sector)\b"
                           r"|^\s*(السوريه|السورية|الشرقيه|الشرقية)", re.I)
_NOT_PLACE_AFTER = re.compile(r"^[\s(),'\"’-]{0,3}(tv|channel|network|news|net|mubasher|english|arabic|reported|"
                              r"said|says|reports|correspondent|broadcast|aired|quoted|website)\b"
                              r"|^\s*(نت|مباشر|الفضائيه|الفضائية)", re.I)
_NOT_PLACE_BEFORE = re.compile(r"(قناه|قناة|موقع|شبكه|شبكة|صحيفه|صحيفة)\s*$|\b(told|via)\s+$", re.I)
# Arabic counting: "عدة مرات", "ثلاث مرات", "3 مرات", "مرات عدة" say "times", not the village Marrat, however near
# another place they stand. A count before or after overrides the places nearby, not a place word ("قرية مرات").
_COUNT_BEFORE = re.compile(r"(?:^|\s)(?:ل?عده|ل?عدة|بضع|بضعة|بضعه|عشرات|ثلاث|اربع|أربع|خمس|ست|سبع|ثماني|ثمان|تسع|عشر|"
                           r"[0-9\u0660-\u0669]+)\s*$")
_COUNT_AFTER = re.compile(r"^\s*(?:عده|عدة|عديده|عديدة|كثيره|كثيرة|متتاليه|متتالية|متكرره|متكررة|اخرى|أخرى)(?:\s|$|[،,.])")
# Before the name: words that introduce a place.
_PLACE_BEFORE = re.compile(
    r"\b(villages?|towns?|cities|city|hamlets?|neighbou?rhoods?|quarters?|farms?|outskirts|countryside|vicinity|"
    r"outskirt|suburbs?|areas?|region|district|sub-?district|municipality|entrance|road|outside|near|in|at|into|"
    r"from|toward|towards|around|inside|between|across|targeted|targeting|struck|hit|shelled|bombed|pounded)"
    r"\s+(?:of\s+)?(?:the\s+)?$"
    r"|(قريه|قرية|قريتي|قرى|بلده|بلدة|بلدتي|بلدات|مدينه|مدينة|حي|حيي|مزارع|اطراف|أطراف|محيط|قرب|بالقرب من|في|الى|إلى|"
    r"من|ناحيه|ناحية|منطقه|منطقة|استهدف|استهدفت|قصف)\s*$", re.I)
NEAR_CHARS = 80


@lru_cache(maxsize=16384)
def content_word(mention: str) -> str:
    """The written name without its article or Arabic proclitic, folded; '' if more than one word."""
    f = fold(mention)
    f = _ARTICLE.sub("", f)
    if " " in f:
        return ""
    for pre in ("وبال", "فبال", "بال", "وال", "فال", "كال", "لل", "ال"):
        if f.startswith(pre) and len(f) > len(pre) + 2:
            f = f[len(pre):]
            break
    return f.replace("'", "") if f.isascii() else f


@lru_cache(maxsize=16384)
def is_gated(mention: str) -> bool:
    from .fuzzy import _is_english

    w = content_word(mention)
    if not w:
        return False
    if w.isascii():
        return w in COMMON_WORDS or w in given_names() or _is_english(w)
    return w in _ARABIC_COMMON


def gate(text: str, matches: list) -> list:
    """The matches that count as places; gated names keep only the candidates the context allows."""
    listed_only = [not is_gated(m.text) and _arabic_word_gate(m) for m in matches]
    gated = [is_gated(m.text) or w for m, w in zip(matches, listed_only)]
    if not any(gated):
        return matches
    anchors = sorted((m.start, m.end) for m, g in zip(matches, gated) if not g)
    out = []
    for m, g, w in zip(matches, gated, listed_only):
        if not g:
            out.append(m)
            continue
        kept = _allowed(text, m, anchors, listed_only=w)
        if kept:
            if len(kept) != len(m.candidates):
                m.candidates = kept
            out.append(m)
    return out


# a list of places: "حطلة ومراط وغريبة", "الطيانة، غريبة، ذيبان"
_LIST_GAP = re.compile(r"^[\s،,]*(?:و\s*)?(?:(?:قريه|قرية|بلده|بلدة|قريتي|بلدتي)\s+)?$")


def _listed(text: str, m, anchors) -> bool:
    """Another place right before or after the name, with only a list's commas or "و" between."""
    for a_start, a_end in anchors:
        if a_end <= m.start and m.start - a_end <= 12 and _LIST_GAP.match(text[a_end:m.start]):
            return True
        if a_start >= m.end and a_start - m.end <= 12 and _LIST_GAP.match(text[m.end:a_start]):
            return True
    return False


def _allowed(text: str, m, anchors, listed_only: bool = False) -> list:
    latin = content_word(m.text).isascii()
    if latin:
        if not _content_start(m).isupper():
            return []  # "the eastern (sharqi) bank", "a salt flat (sabkha)"
    after = text[m.end:m.end + 30]
    before = text[max(0, m.start - 40):m.start]
    if latin and _after_given_name(before):
        return []  # "Mohammed al-Ali": a family name, not the village al-'Ali
    if _NOT_PLACE_AFTER.search(after) or _NOT_PLACE_BEFORE.search(before):
        return []  # "Al Jazeera TV", "قناة الجزيرة"
    if not latin and (_COUNT_BEFORE.search(before) or _COUNT_AFTER.search(after)):
        return []  # "عدة مرات": a count of times
    regions = [c for c in m.candidates if c.place.is_region]
    if _REGION_AFTER.search(after):
        return regions  # "the Jazira region" is the wide region, never the village
    if regions and len(regions) == len(m.candidates):
        return regions  # a capitalised region name (the Shamiya) is what it says
    glued = m.start > 0 and not latin and text[m.start - 1] in "بل"  # بالطابية
    # an ordinary Arabic word stands near places in any sentence about them: only a list of places makes it one
    near = _listed(text, m, anchors) if listed_only else _near(anchors, m.start, m.end)
    if glued or _PLACE_BEFORE.search(before) or near:
        return m.candidates
    return regions


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names, folded: a place name that is one is a person first (the build and the gate share it)."""
    from .spelling import GIVEN_NAMES

    return frozenset(fold(n).replace("'", "") for n in GIVEN_NAMES)


_LAST_WORD = re.compile(r"([A-Z][a-z'’]+)[\s-]*(?:[Aa]l|[Ee]l)?[\s-]*$")


def _after_given_name(before: str) -> bool:
    m = _LAST_WORD.search(before)
    return bool(m) and fold(m.group(1)).replace("'", "") in given_names()


def _near(anchors: list[tuple[int, int]], start: int, end: int) -> bool:
    """Another place named within NEAR_CHARS characters (anchors sorted by start)."""
    i = bisect_left(anchors, (start - NEAR_CHARS - 200, 0))
    for a_start, a_end in anchors[i:]:
        if a_start > end + NEAR_CHARS:
            return False
        if a_end >= start - NEAR_CHARS:
            return True
    return False


def _content_start(m) -> str:
    """The first letter of the name itself, after any article (al-tabiya has a lowercase article)."""
    parts = re.split(r"[\s\-‐'’]+", m.text)
    for p in parts:
        if p and fold(p) not in ("al", "el", "ad", "ed", "as", "es", "ash", "at", "az", "ez", "ar", "an", "en"):
            return p[0]
    return m.text[:1]
