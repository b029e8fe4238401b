"""The folded keys under which a place name is matched.

One written name stands for several folded keys: Arabic articles are written
al-, el-, or assimilated (ad-Dweir, ash-Shaddadi, az-Zor) and are often left
out (Bukamal); apostrophes for ayn and hamza come and go (Qa'im, Qaim); Arabic
script glues proclitics to the name (بالبوكمال, والميادين, لدير الزور).
Generating the variants here keeps the matcher a plain exact automaton.
"""

from __future__ import annotations

from itertools import product

from .normalize import fold, is_arabic

ARTICLES = {"al", "el", "il", "ul", "ad", "ed", "adh", "an", "en", "ar", "er", "as", "es", "ash", "esh",
            "at", "et", "ath", "az", "ez", "ag", "aj"}
SUN_INITIALS = ("th", "dh", "sh", "t", "d", "r", "z", "s", "n", "l")
ARABIC_PROCLITICS = ("و", "ف", "ب", "ك", "ل", "وب", "فب", "ول", "فل", "وك", "فك")
# Single words that must keep their article to count as a place: without it
# they are common words or given names (al-Omar field vs "Omar said").
NEEDS_ARTICLE = {
    "omar", "ward", "sur", "sina", "hari", "ali", "hassan", "hussein", "hasan", "ahmad", "mohammed",
    "jazira", "jazeera", "badia", "thawra", "amal", "hawi", "hamra",
    "hamdan", "ramadi", "abbas", "rashid",
    "salam", "nour", "noor", "saha", "souq", "suq", "jisr", "tal", "tell", "hal", "hol", "hawl",
    "sabha", "shula", "taym", "tayyem", "omari", "quds", "sham", "sina'a", 
}
MIN_BARE_LENGTH = 4
# Short first words that Arabic copy writes glued to the next word's article (ديرالزور, تلالشيخ).
_GLUED_FIRST = ("دير", "تل", "عين", "بير", "بئر", "قصر", "راس", "جسر")


def article_forms(next_token: str) -> list[str]:
    forms = ["al", "el"]
    for ini in SUN_INITIALS:
        if next_token.startswith(ini):
            forms += ["a" + ini, "e" + ini]
            break
    return forms


def latin_keys(name: str) -> set[str]:
    tokens = fold(name).split()
    if not tokens:
        return set()
    # Each article slot may take any written form of the article, or vanish;
    # a name listed bare (Sukhna) is also written with one (Al-Sukhna).
    if tokens[0] not in ARTICLES and tokens[0].isascii():
        tokens = ["al", *tokens]
    slots: list[list[str]] = []
    for i, tok in enumerate(tokens):
        if tok in ARTICLES and i + 1 < len(tokens):
            slots.append(article_forms(tokens[i + 1]) + [""])
        else:
            slots.append([tok])
    keys = set()
    for combo in product(*slots):
        words = [w for w in combo if w]
        if not words:
            continue
        key = " ".join(words)
        bare = len(words) == 1 and words[0] not in ARTICLES
        if combo[0] == "" and bare and (words[0] in NEEDS_ARTICLE or len(words[0].replace("'", "")) < MIN_BARE_LENGTH):
            continue
        keys.add(key)
    for k in list(keys):
        if "'" in k:
            keys.add(k.replace("'", ""))
    return keys


def arabic_keys(name: str) -> dict[str, int]:
    """Arabic keys, each with the length of the proclitic it starts with."""
    base = fold(name)
    if not base:
        return {}
    bases = {base}
    # Arabic copy glues or splits أبو and البو (أبوحمام, البو كمال) and glues a
    # second word's article (ديرالزور): each written form is a key.
    words = base.split()
    if len(words) > 1:
        if words[0] in ("ابو", "البو", "ام", "ابن"):
            bases.add(words[0] + " ".join(words[1:]))
        if words[0] in _GLUED_FIRST and words[1].startswith("ال"):
            bases.add(words[0] + " ".join(words[1:]))
    elif base.startswith("البو") and len(base) > 6:
        bases.add("البو " + base[4:])
    keys = {}
    for b in sorted(bases):
        keys.update(_with_proclitics(b))
    return keys


def _with_proclitics(base: str) -> dict[str, int]:
    keys = {base: 0}
    for p in ARABIC_PROCLITICS:
        if base.startswith("ال") and p.endswith("ل"):
            # ل + ال is written لل: للبوكمال
            keys[p[:-1] + "لل" + base[2:]] = len(p)
        else:
            keys[p + base] = len(p)
    return keys


def name_keys(name: str) -> dict[str, int]:
    """All folded keys for one written name, mapped to the proclitic length to trim."""
    if is_arabic(name):
        return arabic_keys(name)
    return {k: 0 for k in latin_keys(name)}


_CROSSING_AR = ("معبر ", "منفذ ")
_GATE_AR = ("بوابة", "معبر", "منفذ")
_CROSSING_EN = (" border crossing", " crossing")
_GATE_EN = (" gate", " border gate")


def gate_names(place_type: str, names: tuple[str, ...]) -> set[str]:
    """A border crossing is also named by its gate: "بوابة القائم", "the al-Qaim gate", as reports name the
    al-Bukamal–al-Qa'im crossing. Every "معبر X" / "X crossing" name gives the other words for the same post."""
    if place_type != "border_crossing":
        return set()
    out = set()
    for name in names:
        if name.startswith(_CROSSING_AR):
            rest = name.split(" ", 1)[1].removesuffix(" الحدودي")
            out.update(f"{w} {rest}" for w in _GATE_AR)
        for suffix in _CROSSING_EN:
            if name.endswith(suffix):
                out.update(name[: -len(suffix)] + g for g in _GATE_EN)
                break
    return out - set(names)

