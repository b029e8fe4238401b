"""Spelling rules for Latin transliterations of Arabic place names.

English, French and wire-service copy spell one village many ways: Hari,
Harri, Hary; Busayrah, Busaira, Bessireh; Dayr az Zawr, Deir el-Zor, Deir
Ezzor; Moujâdamé for Mujadama. Listing every spelling by hand never ends, and
enumerating every combination of the rules would multiply the automaton's keys
a hundredfold. Instead each name and each capitalised run of words in a text
is reduced to a consonant skeleton that the rules cannot tell apart:

- the article (al-, el-, ad-, ash-, as-, at-, az-, ar-, an-, "Al ") is dropped,
  and Abu / Abou / Albu / Bu / Bou count as the same word;
- vowels are dropped (Arabic script does not write short ones, and e/i, o/u,
  ou/u/oo and ee/i are the transliterator's choice), as is the final
  -a / -ah / -eh / -é / -at of the feminine ending;
- doubled letters are single (Harri / Hari), and a glued assimilated article
  heals by itself (Ezzor: zz -> z);
- dh / th / z / d are one letter, as are q / k / g / gh, kh / h, sh / ch, and
  dj / j; y and w count only before a vowel (Mayadin keeps its y, Dayr and
  Deir lose theirs);
- apostrophes for ayn and hamza are dropped (Qa'im, Qaim).

The skeleton is applied the same way to both sides, so a text spelling
resolves when some listed spelling of the place shares its skeleton. It is
lossy on purpose, which is why it runs only where no exact spelling matched,
why a skeleton shared by two places keeps both as candidates (the ambiguity
stays visible and context decides), and why short skeletons and English words
are not tried (see `PhoneticIndex`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .keys import ARTICLES, NEEDS_ARTICLE
from .normalize import fold

VOWELS = set("aeiouy")
_DIGRAPHS = [("tch", "X"), ("sch", "X"), ("dj", "j"), ("sh", "X"), ("ch", "X"), ("kh", "H"), ("gh", "K"),
             ("dh", "D"), ("th", "D"), ("ph", "f"), ("ck", "K")]
_LETTERS = str.maketrans({"d": "D", "z": "D", "q": "K", "k": "K", "g": "K", "c": "K", "h": "H", "x": "X"})
ABU_FORMS = {"abu", "abou", "abo", "albu", "albou", "bu", "bou", "bo", "ab"}
_WORD_ARTICLES = ARTICLES | {"l"}


_NISBA = re.compile(r"(?<=[^aeiouy])(?:iy+|i|e|y)[ae]$")
_MASC = re.compile(r"[^aeiouy](?:i|y|ee)$")
_DOUBLE = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def word_skeleton(word: str, first: bool = False) -> str:
    """The skeleton of one folded word (lowercase, accents already removed).

    The first word of a name keeps a mark for a leading vowel: Idlib is not
    Zalabiye, Iraq is not Raqqa, though their consonants agree.
    """
    w = word.replace("'", "")
    if w in ABU_FORMS:
        return "b"
    if len(w) > 5 and w.startswith("al") and w[2] not in VOWELS:
        w = w[2:]  # glued article: Albukamal, Alshuhayl
    # final feminine ending: -ah, -eh, -a, -e, -é (folded), and -at of the construct state
    if len(w) > 3 and w[-1] == "h" and w[-2] in "ae":
        w = w[:-1]
    elif len(w) > 5 and w.endswith("at"):
        w = w[:-2]
    # the feminine nisba ending: -iya, -iyah, -iyeh, -ieh, -ia are one (Quriyah, Qurieh, Kouriya);
    # a bare -i stays, or al-Hajini the family name would be Hajin the town
    w = _NISBA.sub("", w) if len(w) > 3 else w
    # the masculine -i (-y, -ee) is kept as a mark: al-Husseini the family is not al-Husseiniyah
    # the village, al-Hajini is not Hajin
    masc = "i" if len(w) > 2 and _MASC.search(w) else ""
    # French ou before a vowel is w (Doueir = Dweir)
    w = re.sub(r"ou(?=[aei])", "w", w)
    # digraphs before doubled letters: in Shheil and Ch'hil the h after sh/ch is the Arabic h (al-Shuhayl), not a
    # doubled letter, or they would fold into Shula's skeleton
    for a, b in _DIGRAPHS:
        if a in w:
            w = w.replace(a, b)
    w = _DOUBLE.sub(r"\1", w)
    w = w.translate(_LETTERS)
    out = []
    prev = ""
    n = len(w)
    for i, ch in enumerate(w):
        if ch == prev:
            continue  # Shh, Dhd: letters doubled by the mapping (before vowels go, so Susa keeps both s)
        prev = ch
        if ch in "aeiou":
            out.append("")
            continue
        if ch in "yw" and not (i + 1 < n and w[i + 1] in "aeiou"):
            out.append("")
            continue  # part of a diphthong: Dayr, Zawr, Shuhayl
        out.append(ch)
    sk = "".join(out) + masc
    return "a" + sk if first and w[:1] in "aeiou" else sk


def name_skeleton(name: str) -> str:
    """The skeleton of a whole name: its words' skeletons, articles dropped, joined."""
    words = [w for w in fold(name).split() if w not in _WORD_ARTICLES]
    return "".join(word_skeleton(w, i == 0) for i, w in enumerate(words))


# A run of capitalised words, with the articles that sit between or before them:
# "al-Shuhail", "Dayr az Zawr", "Abou Kemal", "Hawi al-Sousa".
_L = r"A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f"
_CAP = rf"[A-ZÀ-ÖØ-Þ\u0100-\u017f][{_L}]*(?:['’ʿʾ][{_L}]+)*"
_ART = r"(?:[Aa](?:l|dh|d|sh|s|th|t|z|r|n)|[Ee](?:l|d|sh|s|z|r|n))"
_RUN = re.compile(
    rf"(?<![{_L}'’])(?:{_ART}[-‐'’][ \t]?|[ae]l[ \t])?{_CAP}"
    rf"(?:(?:[ \t]*[-‐–][ \t]*|[ \t]+)(?:{_ART}(?:[-‐'’][ \t]?|[ \t]+))?{_CAP})*")
_TOKEN = re.compile(rf"[{_L}]+(?:['’ʿʾ][{_L}]+)*")
MAX_WORDS = 4
_LONGEST = 200  # no exact match is longer than this many characters
# Given names and family-name stems that reports print beside places ("Hussein
# al-Ali was killed"): their skeletons collide with villages (Husseiniyah,
# Hussan), so a single word with one of these skeletons is never a respelling
# of a place unless an article is written on it.
GIVEN_NAMES = (
    "Mohammed Muhammad Ahmad Ahmed Mahmoud Mustafa Ali Hassan Hussein Hasan Husain Omar Umar Othman Khaled "
    "Khalid Abdullah Abdallah Abdel Abdul Ibrahim Youssef Yusuf Saleh Salih Rami Rahman Jaber Jabir Hamid Hamad "
    "Hamed Khalil Abbas Jasim Jassem Faisal Fadel Nasser Nasr Samir Said Saeed Sami Karim Majid Walid Yasser Yasin "
    "Yassin Bashar Hafez Assad Qasim Qassem Suleiman Sulaiman Issa Musa Moussa Eid Hamza Zaid Zeid Amer Amir Adnan "
    "Fawaz Fares Faris Munir Mazen Nour Noor Huda Fatima Aisha Amina Maryam Zainab Layla Rima Salma Hind "
    "Hatem Hatim Bushra Shaza Rasha Reem Dima Lina Nada Ghada Wafa Jamal Adel Anas Bassam Tarek Tariq "
    "Ziad Ziyad Imad Emad Fadi Hadi Hani Raed Wael Nabil Maher Marwan Mohannad Osama Usama Ayman Firas Haitham "
    "Abu Umm Ibn Bin Bint Sheikh Shaykh Haji Hajji Sayyid Imam Mullah Qaeda Daesh Daish Islamic "
    "Baath Ba'ath Hezbollah Fatemiyoun Nujaba Kataib Hashd Asayish Sahwa"
).split()
# Cities and governorates elsewhere in Syria and Iraq that reports name beside
# Deir ez-Zor, and outlets: a respelling of a village never means them
# ("desert areas in Sweida, Daraa" is the southern governorate, not a village
# al-Suwayda by Raqqa). Their own listed spellings still match exactly.
ELSEWHERE = (
    "Sweida Suwayda Daraa Deraa Idlib Aleppo Halab Homs Hama Damascus Dimashq Latakia Lattakia Tartus Quneitra "
    "Qamishli Qamishlo Kobani Kobane Manbij Afrin Jarablus Azaz Tabqa Baghdad Mosul Anbar Ramadi Fallujah Erbil "
    "Enab Baladi Furat Jesr Zaman Wasl Orient Halab Step Shaam Sham"
).split()
# Well-known places beyond the governorate, written as reports write them: the
# Damascus suburbs, the Qalamoun, cities of Homs, Daraa, Idlib and Iraq. A word
# spelt exactly so names that place and is never respelt into a Deir ez-Zor
# village ("the rebel-held Eastern Ghouta" is not al-Bulayl's variant Gataa;
# "Basra" is not al-Busayrah; "الغوطة الشرقية" has no Latin skeleton to begin with).
# Unlike ELSEWHERE, only the spelling itself is barred, not every word sharing
# its skeleton: al-Qit'ah's "Qatta" still resolves.
WELL_KNOWN = frozenset(
    "ghouta ghuta ghoutah qalamoun qalamun yarmouk yarmuk douma duma harasta jobar zamalka daraya darayya "
    "moadamiyeh muadamiyah rastan talbiseh houla hula saraqib saraqeb zabadani madaya barada qaboun qabun barzeh "
    "babila yalda arsal hermon golan basra basrah bosra busra nawa tikrit samarra kirkuk sinjar beirut amman "
    "tehran ankara gaziantep kilis idleb ariha atarib".split())
# Capitalised function words that start sentences ("In Theeban, ..."): no part of a name.
_FUNCTION = frozenset(
    "in on at to the a an and of from near by for with as after before during when while between meanwhile also "
    "but or north south east west eastern western northern southern central upper lower new old this that these "
    "those its their his her our on monday tuesday wednesday thursday friday saturday sunday".split())

# Outlets whose names are not places but respell like villages ("told Enab
# Baladi" is no strike on Annabah). Names that are also places (al-Mayadeen TV)
# are left to the gate, which reads the word after them.
_OUTLETS = re.compile(
    r"\b(?:Enab Baladi|North Press|Syria Direct|Zaman al-Wasl|Step News|Baladi News|Qasioun|Jusoor|"
    r"Euphrates Post|Furat Post|Halab Today|Orient News|Shafaq News|Rudaw|Asharq Al-Awsat|Al-Modon|"
    r"Nedaa Syria|Eye of Euphrates|Ain al-Furat|Deir Ezzor 24|Sham Network)\b")

SCORE = 0.97  # below an exact spelling's 1.0, above any fuzzy hit


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    return fold(word)


def _attached(text: str, article, word) -> bool:
    """An article written onto the name (al-Sour, as-Sukhna, Al Mayadeen), not the English "at" or "an"."""
    gap = text[article[1]:word[0]]
    return gap[:1] in "-‐'’" or article[2] in ("al", "el")


class PhoneticIndex:
    """Skeletons of every Latin name of every place, for spellings no list holds.

    Only a capitalised run of words is tried (reports capitalise place names),
    only where no exact spelling matched, never a word of English, and a
    skeleton of two letters only when the word carries an article or is long:
    a skeleton like "Hr" is shared by too many ordinary names (Harry, Hurra).
    """

    def __init__(self, places):
        self.skeletons: dict[str, list] = {}
        self._memo: dict = {}
        self.people = {word_skeleton(fold(n), True) for n in GIVEN_NAMES + ELSEWHERE}
        # words that are a place only with their article (keys.NEEDS_ARTICLE) stay so when respelt
        self.bare = {word_skeleton(w, True) for w in NEEDS_ARTICLE}
        for place in places:
            for name in place.names:
                if not name.isascii() and any("\u0600" <= c <= "\u06ff" for c in name):
                    continue
                sk = name_skeleton(name)
                if len(sk) < 2:
                    continue
                entries = self.skeletons.setdefault(sk, [])
                if all(p.id != place.id for p, _ in entries):
                    entries.append((place, name))

    def lookup(self, name: str) -> list:
        """Candidates for a whole name typed by a user, however it is spelt."""
        from .matcher import Candidate
        from .places import TYPE_RANK

        sk = name_skeleton(name)
        if len(sk) < 2:
            return []
        entries = sorted(self.skeletons.get(sk, []), key=lambda e: (TYPE_RANK.get(e[0].type, 20), e[0].id))
        return [Candidate(p, SCORE, f"spelling {name!r} ~ {n!r}") for p, n in entries]

    def find(self, text: str, taken) -> list:
        from .matcher import Match

        out = []
        occupied = bytearray(len(text) + 1)
        for t in taken:
            occupied[t.start:t.end] = b"\x01" * (t.end - t.start)
        for o in _OUTLETS.finditer(text):
            occupied[o.start():o.end()] = b"\x01" * (o.end() - o.start())
        self._spans = sorted((t.start, t.end) for t in taken)
        get = self.skeletons.get
        memo = self._memo
        for run in _RUN.finditer(text):
            base, stop = run.span()
            if occupied.find(0, base, stop) < 0:
                continue  # wholly matched already
            # News repeats the same capitalised runs (outlets, officials, the same
            # villages): a run read once with the same exact matches inside is not read again.
            group = run.group()
            key = group if occupied.find(1, max(0, base - 1), stop + 1) < 0 else \
                (group, bytes(occupied[max(0, base - 1):stop + 1]))
            hits = memo.get(key)
            if hits is None:
                hits = [(m.start - base, m.end - base, m.key, m.candidates) for m in self._run(text, run, occupied, get)]
                if len(memo) > 50000:
                    memo.clear()
                memo[key] = hits
            for s, e, k, cands in hits:
                out.append(Match(base + s, base + e, text[base + s:base + e], k, list(cands), method="phonetic",
                                 score=SCORE))
        return out

    def _run(self, text, run, occupied, get) -> list:
        """The skeleton hits of one run of capitalised words."""
        from .fuzzy import _is_english
        from .matcher import Candidate, Match

        out = []
        base = run.start()
        words = []  # (start, end, folded, is_article)
        for t in _TOKEN.finditer(run.group()):
            f = _fold_word(t.group())
            words.append((base + t.start(), base + t.end(), f.replace(" ", ""), f in _WORD_ARTICLES))
        # A possessive names the container, not the place struck ("Deir ez-Zor's
        # Thiban"), as the exact matcher reads it; an acronym (NGO, SDF) is no
        # transliteration. Both split the run and are never tried.
        segments, seg = [], []
        for i, w in enumerate(words):
            if w[2].endswith("'s") or w[2] in _FUNCTION or (len(w[2]) <= 5 and text[w[0]:w[1]].isupper()):
                segments.append(seg)
                seg = []
            elif not w[3]:
                seg.append(i)
        segments.append(seg)
        for content in segments:
            out += self._scan(text, words, content, occupied, get, _is_english, Candidate, Match)
        return out

    def _covers(self, start: int, end: int) -> bool:
        """True when every exact match overlapping [start, end) lies inside it.

        "Bagouz Fawqani": the exact spelling "Bagouz" names the village's
        neighbour; the longer respelt name is the better reading and replaces it.
        """
        spans = self._spans
        i = bisect_left(spans, (start - _LONGEST, 0))
        for s, e in spans[i:]:
            if s >= end:
                return True
            if e > start and not (start <= s and e <= end):
                return False
        return True

    def _scan(self, text, words, content, occupied, get, _is_english, Candidate, Match) -> list:
        """Leftmost-longest skeleton hits among one segment's words."""
        out = []
        k = 0
        while k < len(content):
            hit = None
            for n in range(min(MAX_WORDS, len(content) - k), 0, -1):
                idx = content[k:k + n]
                first, last = words[idx[0]], words[idx[-1]]
                art = idx[0] > 0 and words[idx[0] - 1][3] and _attached(text, words[idx[0] - 1], first)
                start = words[idx[0] - 1][0] if art else first[0]
                if occupied.find(1, start, last[1]) >= 0 and not (n > 1 and self._covers(start, last[1])):
                    continue
                sk = "".join(word_skeleton(words[i][2], i == idx[0]) for i in idx)
                entries = get(sk)
                if not entries:
                    continue
                letters = sum(len(words[i][2]) for i in idx)
                if len(sk) < 3 and not (art or letters >= 6):
                    continue
                if not art and all(_is_english(words[i][2]) for i in idx):
                    continue
                if n == 1 and (sk in self.people or (sk in self.bare and not art)):
                    continue
                if n == 1 and letters < 4:
                    continue  # Fri, Sat: abbreviations
                if any(words[i][2] in WELL_KNOWN for i in idx):
                    continue  # Ghouta, Basra: a well-known place elsewhere, spelt as itself
                prev = content[k - 1] if k else None
                nxt = content[k + 1] if k + 1 < len(content) else None
                if n == 1 and ((prev is not None and not occupied[words[prev][0]])
                               or (nxt is not None and not occupied[words[nxt][0]])):
                    # a lone word beside another capitalised word that is no place belongs to a
                    # longer name: John Kirby, Bushra Dabin, Hussein al-Ali, Enab Baladi
                    continue
                if n == 2 and words[idx[0]][2] in ABU_FORMS and word_skeleton(words[idx[1]][2], True) in self.people:
                    continue  # a kunya, "Abu Layla", "Abu Mohammed", is a person
                hit = (start, last[1], sk, entries, n)
                break
            if hit is None:
                k += 1
                continue
            s, e, sk, entries, n = hit
            mention = text[s:e]
            cands = [Candidate(p, SCORE, f"spelling {mention!r} ~ {name!r}") for p, name in entries]
            out.append(Match(s, e, mention, "~" + sk, cands, method="phonetic", score=SCORE))
            k += n
        return out
