"""The words that make a sentence a strike report, and what else they tell.

A trigger says something was struck; its words tell the kind (a drone, a
missile, shelling, an unexplained blast). Other cues give the status
("no confirmation was obtained", "denied"), who was blamed and how surely
("presumably affiliated with", "unidentified aircraft"), and what was hit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein

from . import scripts
from .numbers import NUMBER, WORDS, parse_count

# Strong triggers make a sentence a strike sentence on their own; weak ones
# ("hit", "targeted", "destroyed") only in a report that has a strong one.
STRONG = {
    "airstrike": "airstrike", "airstrikes": "airstrike", "raid": "airstrike", "raids": "airstrike",
    "raided": "airstrike", "bombed": "airstrike", "bombing": "airstrike", "bombings": "airstrike",
    "bombardment": "airstrike", "bombarded": "airstrike", "strike": "strike", "strikes": "strike",
    "struck": "strike", "shelled": "shelling", "shelling": "shelling", "shells": "shelling",
    "artillery": "shelling", "mortar": "shelling", "mortars": "shelling", "missile": "missile strike",
    "missiles": "missile strike", "rocket": "missile strike", "rockets": "missile strike",
    "blast": "explosion", "blasts": "explosion", "explosion": "explosion", "explosions": "explosion",
    "exploded": "explosion", "detonated": "explosion", "ied": "explosion", "landmine": "explosion",
    "drone": "drone", "drones": "drone", "warplane": "airstrike", "warplanes": "airstrike",
    "jets": "airstrike", "helicopter": "airstrike",
    "bomb": "explosion", "bombs": "explosion", "ieds": "explosion", "landmines": "explosion", "mine": "explosion",
    # "fired six projectiles at the US base": rockets or shells, the report does not say which
    "projectile": "strike", "projectiles": "strike",
    # Arabic
    "غارة": "airstrike", "غارات": "airstrike", "بغارة": "airstrike", "بغارات": "airstrike", "الغارة": "airstrike",
    "الغارات": "airstrike", "قصف": "strike", "القصف": "strike", "بقصف": "strike", "قصفت": "strike", "ضربة": "strike",
    "ضربات": "strike", "الضربات": "strike", "الضربة": "strike", "صاروخ": "missile strike", "صواريخ": "missile strike",
    "صاروخية": "missile strike", "انفجار": "explosion", "انفجارات": "explosion", "الانفجار": "explosion",
    "دوي": "explosion", "مسيرة": "drone", "مسيرات": "drone", "المسيرة": "drone", "مسيّرة": "drone",
    "استهدف": "strike", "استهدفت": "strike", "استهداف": "strike",
}
WEAK = {"hit": "strike", "hits": "strike", "targeted": "strike", "targeting": "strike", "target": "strike",
        "targets": "strike", "attacked": "strike", "attack": "strike", "attacks": "strike",
        "destroyed": "strike", "pounded": "strike", "struck": "strike"}
# Words that look like a typo of a trigger but are English words are left alone.
_TRIGGER_FORMS = [w for w in STRONG if w.isascii() and len(w) >= 5]
# English inflections the word list lacks: "an explosion rocked the town" is no rocket
_NOT_TYPOS = {"rocked", "rocks", "rocking", "strikers", "striker", "shelter", "shelters", "rocker", "missies",
              "mortal", "blaster", "raider", "raiders", "bombers", "droned"}
# "drone" alone is not a strike: drones circle, patrol, hover.
DRONE_STRIKE = re.compile(r"\bdrones?\b[^.;]{0,80}?\b(strikes?|attacks?|attacked|struck|targeted|bombed|fired|hits?)\b|"
                          r"\b(strikes?|attacks?)\b\s+(by|from|with)\s+(an?\s+)?(\w+\s+)?drones?|"
                          r"\bdrone (strikes?|attacks?)\b|(مسيرة|مسيرات|مسيّرة)[^.،]{0,45}(استهدف|قصف|ضرب)|(استهدا?ف|قصف|غارة|ضربت|ضرب|أصابت|أصاب|اصابت|هاجمت|هاجم|طالت)[^.،]{0,30}(مسيرة|مسيرات|مسيّرة)|"
                          # "مسيّرات انتحارية هاجمت القاعدة": drones that attacked (the verb right after the drones and their kind)
                          r"مسي[ّ]?ر(?:ة|ات)\s+(?:[^\s.،]+\s+){0,2}?هاجمت", re.I)
# A trigger inside these phrases names an earlier strike, not a new one.
BACK_REFERENCE = re.compile(r"\b(prior to|before|after|following|ahead of|since)\s+(the|these|those|this)\s+(reported\s+|said\s+|latest\s+)?(air\s+)?\w+$|"
                            # "Besides the ISIS attacks, relations between …", "إلى جانب الهجمات": strikes told
                            # before, set aside for another subject
                            r"\b(?:besides|apart from|aside from|beyond|in addition to)\s+(?:the|these|those|its|their)\s+"
                            r"(?:[\w-]+\s+){0,2}?\w+$|(?<![\u0621-\u064a])(?:إلى جانب|الى جانب|بعيدا عن|بعيداً عن|فضلا عن|فضلاً عن)\s+"
                            r"(?:\S+\s+){0,1}?ال\S+$|"
                            # "وعقب الغارات، استنفرت الميليشيات", "بعد القصف": after the strikes told (the definite
                            # noun), as "following the strikes" is
                            r"(?<![\u0621-\u064a])[وف]?(?:عقب|بعد|إثر|اثر|قبيل|قبل)\s+(?:هذه\s+|تلك\s+)?(?:ال|لل)[\u0621-\u064a]+$", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    word: str
    kind: str
    strong: bool


@lru_cache(maxsize=4096)
def _typo_of(word: str) -> str | None:
    """The trigger a misspelt word stands for ("riads" for "raids"), if any."""
    if len(word) < 5 or not word.isascii():
        return None
    from gazetteer.fuzzy import english_words

    words = english_words()
    if word in words or word in _NOT_TYPOS or _inflected(word, words):
        return None
    for form in _TRIGGER_FORMS:
        if abs(len(form) - len(word)) <= 1 and DamerauLevenshtein.distance(word, form) == 1:
            return form
    return None


def _inflected(word: str, words: frozenset[str]) -> bool:
    """"spelled", "spilled": the word list has the verb, not its past or -ing form, and one letter off a trigger
    ("shelled") is then an English word read as a typo. Only verb endings: "stirkes" is no plural of "stirk"."""
    for suffix in ("ed", "ing"):
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or stem in STRONG or stem + "e" in STRONG:  # "striked" is a strike misspelt
            continue
        if stem in words or stem + "e" in words or stem[:-1] in words and stem[-1:] == stem[-2:-1]:
            return True
    return False


# Arabic triggers by stem, with the proclitics (و ف ب ل ال) and endings Arabic attaches:
# قصف، قصفاً، قصفت، بقصف، والقصف؛ غارة، غارات، بغارتين؛ استهدفت، باستهداف ...
_AR_PRE = r"(?<![\u0621-\u064a])(?:[وف]?(?:[بل]|لل)?(?:ال)?)"
_AR_TRIGGERS = [
    # SANA's "اعتداء طيران التحالف" / "عدوان جوي": an aggression by aircraft is an air strike
    (re.compile(_AR_PRE + r"(?:غار(?:ة|ات|تين|تان)|طيران حربي|طائرات? حربية|(?:اعتداء(?:ات)?|عدوان)\s+(?:ل?ل?طيران|بالطيران|جوي))"),
     "airstrike"),
    # "هجوم نفذته طائرات مجهولة", "هجوم جوي": an attack by aircraft is an air strike
    (re.compile(_AR_PRE + r"(?:هجوم(?:اً|ا)?|هجمات)\s+(?:جوي(?:اً|ا)?|جوية|(?:نفذته|شنته|نفذتها|شنتها)\s+(?:ال)?طائر(?:ات|ة))"
                r"(?![\u0621-\u064a])"), "airstrike"),
    (re.compile(_AR_PRE + r"(?:مسي[ّ]?ر(?:ة|ات|تين)|طائرات? (?:مسي[ّ]?رة|بدون طيار|درون))"), "drone"),
    (re.compile(_AR_PRE + r"(?:صاروخ(?:ي|ية|ين|ان)?|صواريخ)"), "missile strike"),
    (re.compile(_AR_PRE + r"(?:قذائف|قذيف(?:ة|تين|تان)|هاون|مدفعي(?:ة|اً|ا)?|راجمات)"), "shelling"),
    # "أطلقت ست مقذوفات على القاعدة": projectiles, rockets or shells unsaid
    (re.compile(_AR_PRE + r"مقذوف(?:ات|ين|ان)?(?![\u0621-\u064a])"), "strike"),
    # "دوي" (a blast's sound) is a whole word: "والدوير" is the village al-Duwair
    (re.compile(_AR_PRE + r"(?:انفجار(?:ات|ين)?|انفجر[تا]?|دوي(?![\u0621-\u064a]))"), "explosion"),
    # "قتل بلغم"، "بعبوة ناسفة"، "سيارة مفخخة": a landmine, an IED or a car bomb is a blast even without "انفجار"
    (re.compile(_AR_PRE + r"(?:لغم(?:اً|ا|ين)?|ألغام|الغام|عبو(?:ة|ات|تين) ناسفة|(?:سيارة|دراجة|عربة) مفخخة|مفخخ(?:ة|ات))(?![\u0621-\u064a])"),
     "explosion"),
    # "أغارت الطائرات على مقرات", "إغارة جوية": to raid, said of aircraft or of fighters (the sentence says which)
    (re.compile(_AR_PRE + r"(?:[أا]غار(?:ت|وا)?|[إا]غار(?:ة|ات))(?![\u0621-\u064a])"), "strike"),
    # ("طائرات التحالف تقصف مواقع …": a feed's or a headline's present tense)
    (re.compile(_AR_PRE + r"(?:قصف(?:ت|وا|اً|ا)?|[تي]قصف(?:ان|ون)?|ضرب(?:ة|ات|تين|تان|ت|وا)|[اتيو]?ستهدف(?:ت|وا)?|استهداف(?:اً|ا)?|عدوان(?:اً|ا)?)"), "strike"),
]


# "راجمات الصواريخ", "منصة لإطلاق الصواريخ": the weapon or its pad, not a missile that struck (English "rocket launchers"
# are read by _weapon_role below: a launcher fires, shelling; a launch pad is what was hit)
_LAUNCHER_BEFORE_AR = re.compile(r"(?:راجمات|راجمة|منصات?|منصة)\s+(?:ل|ل?إطلاق\s+|ل?اطلاق\s+)?(?:ال)?$|(?:لإطلاق|لاطلاق)\s+(?:ال)?$")


_FOUND_BEFORE_AR = re.compile(r"(?<![\u0621-\u064a])[وف]?(?:عثر|عثرت|عثروا|العثور|ضبط|ضبطت|ضبطوا|صادر|صادرت|مصادرة|اكتشف|"
                              r"اكتشفت|اكتشاف|تفكيك|فكك|فككت|إزالة|ازالة|أزال|أزالت|نزع|نزعت)\s+(?:\S+\s+){0,4}?(?:على\s+)?(?:ال)?$")


# "stormed positions with machine guns and rocket-propelled grenades": a fighter's weapon in a ground assault
_HAND_HELD_AFTER_EN = re.compile(r"[- ]propelled\b", re.I)
_HAND_HELD_AFTER_AR = re.compile(r"\s*(?:الـ\s*|ال)?(?:آر بي جي|ار بي جي|آر.بي.جي|RPG|B-?7|ب\s?7)|\s+(?:محمولة\s+على\s+الكتف|الكتف)", re.I)


# A strike verb denied by the sentence itself: "the city, which has not been targeted", "was never shelled", "did not
# strike the town", "لم تستهدف المدينة", "لم تتعرض البلدة لأي قصف" (not "the source of the shelling is not known",
# "لم يعرف مصدر القصف": the negation is on another verb)
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|n['’]t)\s+(?:(?:yet|once|ever|been|be|directly)\s+){0,2}$", re.I)
_NEGATION_STEMS = re.compile(r"not |never |n['’]t ")
_NEGATED_BEFORE_AR = re.compile(r"(?<![\u0621-\u064a])[وف]?(?:لم|لن)\s+(?:[تي]تعرض\S*\s+(?:\S+\s+){0,3}?(?:لأي|لاي|ل)?\s*)?$")


def _arabic_triggers(text: str) -> list[Trigger]:
    out = []
    negated = "لم " in text or "لن " in text
    for rx, kind in _AR_TRIGGERS:
        for m in rx.finditer(text):
            if negated and ("لم " in text[max(0, m.start() - 40):m.start()] or "لن " in text[max(0, m.start() - 40):m.start()]) \
                    and _NEGATED_BEFORE_AR.search(text, max(0, m.start() - 40), m.start()):
                continue
            if kind == "missile strike" and _LAUNCHER_BEFORE_AR.search(text, max(0, m.start() - 16), m.start()):
                continue
            if kind in ("shelling", "missile strike") and _HAND_HELD_AFTER_AR.match(text, m.end()):
                continue
            if kind == "explosion" and _FOUND_BEFORE_AR.search(text, max(0, m.start() - 60), m.start()):
                continue  # "عثرت قسد على عبوة ناسفة وقامت بإزالتها": a device that did not go off
            out.append(Trigger(m.start(), m.end(), m.group(0), kind, True))
    if "صاب" in text or "صيب" in text:
        for m in _AR_HIT.finditer(text):
            out.append(Trigger(m.start(), m.end(), m.group(0), "strike", False))
    return out


# "وأصيبت السيارة أثناء سيرها بين صبيخان والعشارة", "أصابت القذيفة منزلاً": hit, a weak trigger like English "hit"
# (it counts only in a report that tells a strike); "أصيب ثلاثة" (were wounded) is not
_AR_HIT = re.compile(r"(?<![\u0621-\u064a])[وف]?(?:أصابت|اصابت|أصاب|اصاب)(?![\u0621-\u064a])|"
                     r"(?<![\u0621-\u064a])[وف]?(?:أصيبت|اصيبت|أُصيبت)\s+(?:ال)?(?:سيارة|شاحنة|مركبة|حافلة|دراجة|آلية|عربة|"
                     r"سيارات|شاحنات|آليات|مبنى|منزل|مقر|موقع|نقطة)")


_EXPLOSIVE_DEVICE = re.compile(r"\b(?:improvised\s+)?explosive\s+(?:devices?|charges?)\b", re.I)
# a device found, seized or made safe is no blast (the blast of one, "a device went off", is told with its own verb)
_FOUND_BEFORE = re.compile(r"\b(?:found|finds?|finding|discovered|discovers?|uncovered|seized|seizing|seizes|confiscated|"
                           r"removed|removing|defused|defusing|dismantled|dismantling|cleared|recovered|located|"
                           # "a workshop used to manufacture explosive devices": a device made or stored is no blast
                           r"manufactur(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|assembl(?:e|es|ed|ing)|stor(?:e|es|ed|ing))\s+"
                           r"(?:[\w-]+\s+){0,4}?$", re.I)


# ("went off" only after a device, a charge or a bomb: an alarm or a generator also goes off)
# (a thing that blows up, or is blown up: "the first device blew up", "a car blew up", "blew up a weapons depot"; not
# "tensions blew up in Hajin")
_BLAST_THING = (r"(?:devices?|charges?|bombs?|mines?|landmines?|ieds?|cars?|vehicles?|motorcycles?|motorbikes?|trucks?|tankers?|"
                r"buses|bus|depots?|warehouses?|ammunition|munitions|explosives?|shells?|rockets?|missiles?|drones?|one|"
                r"houses?|homes?|buildings?|bridges?|checkpoints?|posts?|headquarters|base)")
_BLEW_UP = re.compile(r"\b" + _BLAST_THING + r"\s+(?:[\w-]+\s+){0,2}?(?:(?:was|were|been|had|has|have)\s+)?(?:blew|blown)\s+up\b|"
                      r"\b(?:blew|blown)\s+up\s+(?:an?\s+|the\s+|two\s+|three\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?" + _BLAST_THING + r"\b|"
                      r"\b(?:devices?|charges?|bombs?|mines?|ieds?)\s+(?:[\w-]+\s+){0,5}?went\s+off\b", re.I)


_AIR_STRIKES = re.compile(r"\bair\s+(?:strikes?|raids?)\b", re.I)
_ONE_SHELL = re.compile(r"\bshell(?=\s+(?:fell|landed|hit|struck|exploded|slammed|crashed)\b)")


def find_triggers(text: str) -> list[Trigger]:
    out = []
    arabic = scripts.has_arabic(text)
    if arabic:
        out.extend(_arabic_triggers(text))
        taken = {(t.start, t.end) for t in out}
    else:
        taken = set()
    negated = "not " in text or "never " in text or "n't " in text or "n’t " in text
    for m in _WORD.finditer(text):
        w = m.group(0).lower()
        if w in STRONG:
            kind, strong = STRONG[w], True
        elif w in WEAK:
            kind, strong = WEAK[w], False
        else:
            form = _typo_of(w) if len(w) >= 5 and w.isascii() else None
            if not form:
                continue
            kind, strong = STRONG[form], True
        if taken and any(a <= m.start() < b for a, b in taken):
            continue  # a word inside an Arabic trigger already read
        if negated and w.isascii() and _NEGATION_STEMS.search(text, max(0, m.start() - 30), m.start()) \
                and _NEGATED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Deir Ezzor city, which has not been targeted": no strike told
        if arabic and not w.isascii() and ("لم " in text[max(0, m.start() - 40):m.start()] or "لن " in text[max(0, m.start() - 40):m.start()]) \
                and _NEGATED_BEFORE_AR.search(text, max(0, m.start() - 40), m.start()):
            continue  # (the Arabic reading left it out: "لم تتعرض البلدة لأي قصف")
        if w in STRONG and kind == "missile strike" and _HAND_HELD_AFTER_EN.match(text, m.end()):
            continue
        out.append(Trigger(m.start(), m.end(), w, kind, strong))
    low = text.lower()
    if "air" in low:
        for m in _AIR_STRIKES.finditer(text):
            out.append(Trigger(m.start(), m.end(), m.group(0).lower(), "airstrike", True))
    if "explosive" in low:  # "an explosive device went off under their vehicle": an IED in words
        for m in _EXPLOSIVE_DEVICE.finditer(text):
            if _FOUND_BEFORE.search(text, max(0, m.start() - 60), m.start()):
                continue  # "engineers found an explosive device … and removed it": a device that did not go off
            out.append(Trigger(m.start(), m.end(), m.group(0).lower(), "explosion", True))
    if "blew up" in text or "blown up" in text or "went off" in text:
        # "The first device blew up near the clinic", "a charge went off under the car": a blast told by its verb
        for m in _BLEW_UP.finditer(text):
            out.append(Trigger(m.start(), m.end(), m.group(0).lower(), "explosion", True))
    if "shell " in text:  # "a shell fell on their home": one shell is shelling ("Shell", the company, does not fall)
        for m in _ONE_SHELL.finditer(text):
            out.append(Trigger(m.start(), m.end(), "shell", "shelling", True))
    if "under fire" in text:  # "the vehicle came under fire": agentless, its kind comes from the strike told before
        for m in re.finditer(r"\b(?:came|comes|come|was|were|been|being)\s+under\s+fire\b", text):
            out.append(Trigger(m.start(), m.end(), m.group(0).lower(), "strike", False))
    if any(t.kind == "missile strike" for t in out):
        out = [w for w in (_weapon_role(text, t) if t.kind == "missile strike" else t for t in out) if w is not None]
    return sorted(out, key=lambda t: t.start)


# the places' words are checked behind the word once it is found (a look-behind first would run at every letter)
TRAINING_AR = (r"(?:تدريبات|تدريب)" +
               "".join(f"(?<!{w} {a}تدريب)" for w in ("منشأة", "منشأتي", "معسكر", "معسكرات", "مركز", "مراكز", "مقر", "موقع",
                                                      "قاعدة") for a in ("", "ال")))


# Rockets named as a launcher or as what was stored are not the weapon of the strike: "rocket launchers" and
# "راجمات الصواريخ" fire from the ground (shelling); "a depot where the militia keeps missiles", "a launch pad",
# "منصة لإطلاق الصواريخ", "مستودع صواريخ" are what was hit.
_LAUNCHER_AFTER = re.compile(r"^[\s-]*launchers?\b", re.I)
_LAUNCHER_BEFORE = re.compile(r"(?<![\u0621-\u064a])[وفب]?(?:ال)?راجم(?:ة|ات)\s+(?:ال)?$")
_HELD_AFTER = re.compile(r"^[\s-]*(?:launch(?:ing)?[\s-]+(?:pads?|platforms?|sites?|positions?)|depots?|warehouses?|stores|storage|stockpiles?|"
                         r"factory|factories|workshops?|caches?)\b", re.I)
_HELD_BEFORE = re.compile(r"\b(?:keeps?|kept|stores?|stored|storing|stockpiles?|stockpiled|hous(?:es|ed|ing)|filled\s+with|containing|full\s+of)\s+"
                          r"(?:[\w-]+\s+){0,2}?$|(?<![\u0621-\u064a])[وفب]?(?:ال)?(?:منص(?:ة|ات|تي)|مستودع(?:ات)?|مخزن|مخازن|تخزين|ورش(?:ة)?|مصنع)"
                          r"\s+(?:\S+\s+)?(?:ل|لل)?$", re.I)


def _weapon_role(text: str, t: Trigger) -> Trigger | None:
    """The trigger as the weapon it names: a launcher's rockets are shelling; rockets kept or launched from a pad are
    no strike word at all (the strike, if any, is told by another word: "struck a depot storing missiles")."""
    after, before = text[t.end:t.end + 30], text[max(0, t.start - 40):t.start]
    if _LAUNCHER_AFTER.match(after) or _LAUNCHER_BEFORE.search(before):
        return Trigger(t.start, t.end, t.word, "shelling", t.strong)
    if _HELD_AFTER.match(after) or _HELD_BEFORE.search(before):
        return None
    return t


# Senses of trigger words that are not strikes from the air or by fire: a security raid on homes, a ground
# assault, aircraft flying over, a reconnaissance drone, flares, drills. Each pattern names the sense in words.
_NOT_STRIKE_SENSES: list[tuple[str, re.Pattern]] = [
    ("ground raid", re.compile(
        r"\b(?:raid(?:ed|s)?|stormed|storming)\s+(?:(?:several|two|three|\w+)\s+)?(?:homes?|houses?|a house|tents?|shops?|"
        r"hideouts?|farms?\s+and\s+arrested)\b|\b(?:security|ground|house|dawn|arrest|search|raid-and-arrest|door-to-door)\s+"
        r"(?:raids?|operations?|campaigns?)\b|\braid(?:ed|s)?\b[^.;]{0,80}\b(?:arrest(?:ed|ing|s)?|detain(?:ed|ing)?|"
        r"apprehend(?:ed|ing)?)\b|\b(?:arrest(?:ed|ing)?|detain(?:ed|ing)?)\b[^.;]{0,60}\braid(?:ed|s)?\b|"
        # "Patrols of the SDF raided the town": a patrol raids on the ground, whatever follows the town's name
        r"\bpatrols?\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:\([A-Z]+\)\s+)?)?raided\b|"
        # "The Syrian Democratic Forces, backed by the Coalition, raided …", "raided an ISIS sleeper cell", "أغارت القوة على
        # خلية نائمة": troops that raid, and a cell raided, are on the ground ("air forces" fly)
        r"(?<!air )\b(?:forces|troops|commandos|soldiers)\s+(?:\([A-Z]+\)\s+)?(?:,[^.;,]{0,60},\s+)?raided\b|"
        # (a cell raided by forces on the ground: "Russian raids targeted ISIS cells" are the jets')
        r"(?<!air )\b(?:forces|troops|commandos|soldiers|fighters|units?|patrols?|SDF|Asayish)\s*(?:\([A-Z]+\)\s*)?(?:,[^.;,]{0,60},\s*)?"
        r"(?:[^.;,]{0,40}?\s)?"
        r"raid(?:ed|s)?\s+(?:on\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?cells?\b|"
        r"(?:أغار|اغار)\S*\s+(?:\S+\s+){0,6}?على\s+(?:ال)?خلي(?:ة|ا)|"
        r"مداهمة|داهمت|داهم|حملة دهم|حملة اعتقالات|اعتقال|(?<![\u0621-\u064a])[وف]?اعتقل(?:ت|وا)?(?![\u0621-\u064a])|"
        # troops landed from helicopters: a raid from the air, not a strike ("عملية إنزال جوي", "an airdrop operation")
        r"\b(?:air-?drops?|airdropp?ed|air\s+drops?|airborne\s+(?:raid|landing|operation|assault)s?|heliborne|"
        r"land(?:ed|ing)\s+(?:\w+\s+)?(?:troops|forces|soldiers|commandos))\b|(?:عملية|عمليات)?\s*(?:إنزال|انزال)(?:اً|ا)?\s+(?:جوي|مظلي)|"
        r"(?:إنزال|انزال)(?:اً|ا)?\s+(?:\S+\s+)?(?:للتحالف|لقوات|بالمروحيات)", re.I)),
    ("ground fighting", re.compile(
        r"\b(?:clash(?:es|ed)?|gunfire|gunfight|exchanged fire|exchange of fire|machine[- ]guns?|light weapons|sniper|"
        r"infantry|ground (?:assault|attack|offensive)|ambush(?:ed)?|assassinat(?:ed|ions?)|armed attacks?|"
        r"opened fire|fought|battled|army units?)\b|اشتباك|اشتباكات|رشاشات|كمين|اغتيال|اغتال|اغتيل|معارك|"
        r"وحد(?:ة|ات)\s+(?:من\s+)?(?:ال)?جيش|"
        # "هجوم مسلح استهدف حافلة … وأطلقوا عليها النار": an armed attack by gunmen is gunfire, whatever it targeted
        r"(?:هجوم|هجمات|الهجوم)\s+(?:ال)?مسلح(?:ة)?|أطلق(?:وا)?\s+(?:\S+\s+)?النار|(?:إطلاق|اطلاق)\s+(?:ال)?نار|"
        # "the mercenaries who attacked the villages": fighters on foot attack; what they fired, if anything, is told
        # ("fighters of the tribal forces crossed the river and attacked SDF positions": fighters of a force, who crossed
        # or advanced and then attacked, are the same assault on foot)
        r"\b(?:mercenaries|gunmen|fighters|militants|tribesmen|insurgents)\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?)?"
        r"(?:who\s+|that\s+)?(?:had\s+)?(?:(?:crossed|stormed|advanced|moved|infiltrated)\s+(?:[\w-]+\s+){0,4}?and\s+)?attacked\b|"
        r"(?<![\u0621-\u064a])(?:مسلحو|مقاتلو|مقاتلي|مسلحي)\s+(?:\S+\s+){0,4}?(?:(?:عبروا|عبرت|تسللوا|تقدموا)\s+(?:\S+\s+){0,4}?و)?"
        r"(?:هاجموا|هاجمت)(?![\u0621-\u064a])", re.I)),
    ("overflight", re.compile(
        r"\b(?:fly|flies|flew|flying|flights?|overflew|overflights?|hover(?:s|ed|ing)?|circl(?:es|ed|ing)|patroll?(?:s|ed|ing)?)\b"
        r"[^.;,]{0,60}?\b(?:over|above|in the skies)\b|\boverflights?\b|"
        r"تحليق|حلق(?:ت)?|تحلق", re.I)),
    ("feared or threatened", re.compile(
        r"\b(?:fears?|fearing|feared|afraid|threat(?:s|ened|ening)?|warn(?:s|ed|ing)?|anticipat\w+|expect(?:s|ed|ing)?|"
        r"deter(?:s|red|ring)?|prevent(?:s|ed|ing)?|thwart(?:s|ed|ing)?|foil(?:s|ed|ing)?|alert|"
        r"possible|potential|planned|prepar(?:e|es|ed|ing))\s+(?:of\s+|for\s+)?(?:\w+\s+){0,3}?"
        r"(?:attacks?|strikes?|airstrikes?|air strikes?|raids?|bombings?|shelling|retaliation)\b|"
        r"(?:خوفا?ً? من|تخوفا?ً?|تحسبا?ً?|خشية|تهديدات?|توعد|[يت]?حذر(?:ت|وا)?|تحذيرات?)\s+(?:\S+\s+){0,3}?(?:هجوم|ضربات|ضربة|غارات|غارة|قصف|استهداف)", re.I)),
    # "Mayadin will remain a target as long as the attacks continue", "ستبقى البوكمال هدفاً": a forecast, not a strike
    ("a forecast", re.compile(
        r"\b(?:will|would|could|may|might|to)\s+(?:\w+\s+)?(?:remain|become|be|stay)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?targets?\b|"
        r"(?:ستبقى|سيبقى|ستظل|سيظل|قد تكون|قد يكون|ستكون|سيكون)\s+(?:\S+\s+){0,2}?هدفا?ً?", re.I)),
    ("reconnaissance drone", re.compile(
        r"\b(?:reconnaissance|surveillance|spy|scouting)\s+(?:drones?|aircraft|planes?|flights?)\b|طائرات? (?:استطلاع|تجسس)", re.I)),
    ("flare drop", re.compile(r"\b(?:flares?|illumination rounds?)\b|قنابل (?:ضوئية|مضيئة)|مناطيد حرارية", re.I)),
    # ("a training facility", "منشأة تدريب": a place that trains is a target, not a drill: TRAINING_SITE is blanked first)
    ("drill", re.compile(r"\b(?:drills?|exercises?|training|"
                         r"manoeuvres?|maneuvers?|military practice)\b|" + TRAINING_AR + r"|مناورات", re.I)),
]
# Every pattern of _NOT_STRIKE_SENSES needs one of these literal stems (lower case); a fast test before the regexes.
_SENSE_STEMS = (
    "arrest", "detain", "apprehend", "home", "house", "tent", "shop", "hideout", "farm", "storm", "security", "ground",
    "dawn", "search", "door", "clash", "gunfire", "gunfight", "exchange", "machine", "light weapons", "sniper",
    "infantry", "ambush", "assassin", "attacked", "fly", "flie", "flew", "flight", "hover", "circl", "patrol", "recon", "surveil",
    "spy", "scout", "flare", "illumination", "drill", "exercise", "training", "manoeuv", "maneuv", "practice", "fear",
    "afraid", "threat", "warn", "anticipat", "expect", "possible", "potential", "planned", "prepar", "deter", "prevent",
    "thwart", "foil", "alert", "airdrop", "air drop", "air-drop", "airborne", "heliborne", "landed", "landing",
    "إنزال", "انزال", "target", "هدف", "armed attack", "opened fire", "مسلح", "نار", "fought", "battled",
    "army unit", "معارك", "وحد", "هاجم",
    "داهم", "دهم", "اعتقال", "اعتقل", "raided", "cell", "خلي", "اشتباك", "رشاش", "كمين", "اغتيال", "اغتال", "اغتيل", "تحليق", "حلق", "استطلاع", "تجسس", "ضوئية", "مضيئة",
    "مناطيد", "تدريب", "مناورات", "خوف", "تحسب", "خشية", "تهديد", "توعد", "حذر", "تحذير",
)
_ANY_SENSE = scripts.ByScript.any_of([rx for _, rx in _NOT_STRIKE_SENSES], re.I)  # (by the alphabet of the text)
_NOT_STRIKE_SENSES = [(sense, scripts.ByScript.of(rx)) for sense, rx in _NOT_STRIKE_SENSES]
# What makes a sentence a strike all the same: "shelling", "struck", a drone that "struck"
_STRIKE_ACT = re.compile(
    r"\b(?:air ?strikes?|airstrikes?|shell(?:ed|ing|s)|bomb(?:ed|ing|ardment|arded)|struck|strikes?|missiles?|rockets?|mortars?|"
    r"artillery|landmines?|mines?|ieds?|car bombs?|blew up|detonated|targeted)\b|غارة|غارات|قصف|ستهدف|صاروخ|صواريخ|قذائف|لغم|عبوة", re.I)


_GUNFIRE_ACT = re.compile(r"armed|fire|هجوم|هجمات|نار", re.I)  # an armed attack, gunfire: not the noun "gunmen"
_TARGETED = re.compile(r"target|[اتي]?ستهدف", re.I)
# what "targeted" when aircraft are named is a strike from the air, gunfire or not
_AIR_NAMED = re.compile(r"\b(?:drones?|jets?|warplanes?|aircraft|helicopters?|planes?|air\s?(?:raids?|strikes?)|airstrikes?)\b|مسي[ّ]?رة|مسي[ّ]?رات|طائر(?:ة|ات)|مروحي", re.I)


# strike verbs too common in other senses to be a strike act for all of them ("fighters hit by gunfire"), but not beside
# a forecast
_FORECAST_ALSO_ACT = re.compile(r"\b(?:hit|raided|pounded|attacked)\b|(?<![\u0621-\u064a])[وف]?(?:ضربت|أغارت|هاجمت)", re.I)


# A place named for training is what was struck, not a drill: "hit a training facility", "a site the IRGC had used for
# training", "منشأة تدريب", "معسكر للتدريب"
# (the one list of training places: the background and drill words read "training" only after these are blanked out)
TRAINING_SITE = re.compile(r"\btraining\s+(?:and\s+[\w-]+\s+)?(?:facilit(?:y|ies)|camps?|sites?|cent(?:re|er)s?|grounds?|bases?|"
                           r"compounds?|complex(?:es)?|schools?|academ(?:y|ies)|areas?|headquarters)\b|"
                           r"\b(?:used|uses|use|using)\s+(?:[\w-]+\s+)?for\s+training\b|"
                           r"\bwhere\s+(?:[\w-]+\s+){1,3}?(?:were|was|are|is|had\s+been)\s+training\b|"
                           r"(?<![\u0621-\u064a])(?:ال)?(?:منشأة|منشآت|معسكر|معسكرات|مركز|مراكز|مقر|موقع|قاعدة)(?:اً|ًا|ا)?\s+"
                           r"(?:لل|ل|ال)?تدريب(?:ات|ي|ية)?(?![\u0621-\u064a])", re.I)


def blank_training_sites(sentence: str) -> str:
    """The sentence with its training sites blanked out (same length, so offsets hold)."""
    if "train" not in sentence and "تدريب" not in sentence:
        return sentence
    return TRAINING_SITE.sub(lambda m: " " * len(m.group(0)), sentence)


def non_strike_sense(sentence: str) -> str:
    """Why a sentence with trigger words is not a strike ("not a strike sense: ground raid: 'raided homes'"), or "".

    A raid with arrests, clashes, aircraft flying over, a reconnaissance drone, flares or drills use the words
    of a strike without being one. A sentence that also says something was shelled, bombed or struck stays a
    strike ("a drone flew over Hajin and struck a car"), except blasts explained as drills.
    """
    sentence = blank_training_sites(sentence)
    lower = sentence.lower()
    if not any(stem in lower for stem in _SENSE_STEMS) or _ANY_SENSE.search(sentence) is None:
        return ""  # literal stems first, one scan after: the usual strike sentence has none of these senses
    for sense, rx in _NOT_STRIKE_SENSES:
        m = rx.search(sentence)
        if not m:
            continue
        # ("Following the strikes, militias … raised their alert in anticipation of attacks": strikes told before are
        # no act of this sentence)
        acts = [a for a in _STRIKE_ACT.finditer(sentence) if not (a.start() < m.end() and m.start() < a.end())
                and not BACK_REFERENCE.search(sentence[max(0, a.start() - 40):a.end()])]
        if sense == "ground raid" and _AIR_NAMED.search(sentence) \
                and re.search(r"cells?\b|خلي|\b(?:forces|troops|commandos|soldiers)\b.*raided$", m.group(0), re.I):
            continue  # "jets raided an ISIS cell's hideout": aircraft named, the raid is theirs
        if sense == "ground raid":
            # "عملية إنزال جوي … استهدفت منزلين": the landing targeted the houses; a drone that "استهدفت" during an
            # ordinary raid is still a strike
            landing = re.search(r"air|heli|land|إنزال|انزال", m.group(0), re.I)
            acts = [a for a in acts if not re.match(r"raid|target" + (r"|[اتي]?ستهدف" if landing else ""), a.group(0), re.I)]
        if sense == "ground fighting" and _GUNFIRE_ACT.search(m.group(0)) and not _AIR_NAMED.search(sentence):
            # gunmen "targeted" a bus, "هجوم مسلح استهدف حافلة": what gunfire was aimed at, not a strike
            acts = [a for a in acts if not _TARGETED.match(a.group(0))]
        if sense == "a forecast":
            # "Drones hit a convoy near al-Bukamal, a town that will remain a target": the strike is told with "hit"
            acts += [a for a in _FORECAST_ALSO_ACT.finditer(sentence) if not (a.start() < m.end() and m.start() < a.end())]
        if sense == "drill":
            # "an exercise involving tanks and rocket launchers": weapons named as equipment are no strike
            acts = [a for a in acts if not re.match(r"rockets?|missiles?|mortars?|artillery|صاروخ|صواريخ|قذائف", a.group(0), re.I)]
        if sense == "drill" and re.search(r"\b(?:from|of|by|during|in)\s+(?:\w+\s+){0,2}?(?:drills?|exercises?|training)\b|"
                                          r"(?:انفجار|انفجارات|دوي)\S*\s+(?:\S+\s+){0,3}?(?:تدريب|تدريبات|مناورات)", sentence, re.I):
            return f"not a strike sense: {sense}: '{m.group(0)}'"
        if not acts:
            return f"not a strike sense: {sense}: '{m.group(0)}'"
    return ""


# "إثر القصف الذي طال منازلهم في بلدة الزر", "بعد القصف على بلدة الزر": the strike told right here, not one told before
_TOLD_HERE_AR = re.compile(r"\s*(?:الذي|التي|الذين)\s+[\u0621-\u064a]|\s+(?:على|عل)\s+[\u0621-\u064a]")


def is_back_reference(text: str, trig: Trigger) -> bool:
    m = BACK_REFERENCE.search(text[max(0, trig.start - 40):trig.end])
    if m and m.group(0)[-1:] >= "\u0600" and _TOLD_HERE_AR.match(text, trig.end):
        return False
    return bool(m)


# rockets fired by a helicopter or a warplane are an air strike
_WARPLANE_MODELS = r"\b(?:F-1[5-8]|F-35|A-10|B-1B?|B-52|Su-2[245]|MiG-\d\d|AH-64)s?\b|\bsukhoi\b"
_AIRCRAFT = re.compile(_WARPLANE_MODELS + r"|\b(?:helicopters?|gunships?|warplanes?|jets?|aircraft|fighter planes?)\b|مروحي(?:ة|ات|تان|تين)|طائرات? حربية|الطيران الحربي|طيران التحالف", re.I)

# "launched raids over a deadly drone attack", "in retaliation for the drone attack": the drone attack is the cause
_CAUSE_BEFORE = re.compile(r"\b(?:over|after|following|for|to|against)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?$|"
                           r"(?:ردا|رداً|انتقاما|انتقاماً)\s+على\s+(?:\S+\s+){0,3}$", re.I)
_AIR_WORDS = re.compile(r"\b(aircraft|warplanes?|jets?|air force|aerial|planes?)\b|طائرات|الطيران|حربية|" + _WARPLANE_MODELS, re.I)


# words of a bombardment from the air or the ground alike: the kind of weapon beside them says which
_GROUND_OR_AIR = frozenset({"bombardment", "bombarded", "bombed", "bombing", "bombings"})


def event_type(sentence: str, triggers: list[Trigger]) -> str:
    kinds = {t.kind for t in triggers}
    if "drone" in kinds:
        drone = DRONE_STRIKE.search(sentence)
        if drone and not (kinds - {"drone", "strike"} and _CAUSE_BEFORE.search(sentence, 0, drone.start())):
            return "drone strike"
        kinds.discard("drone")
    if "missile strike" in kinds:
        return "airstrike" if _AIRCRAFT.search(sentence) else "missile strike"
    if "airstrike" in kinds and "shelling" in kinds and not _AIR_WORDS.search(sentence) \
            and all(t.word in _GROUND_OR_AIR for t in triggers if t.kind == "airstrike"):
        return "shelling"  # "the bombardment peaked when shells fell on …": shells tell what bombarded
    if "airstrike" in kinds or (kinds & {"strike"} and _AIR_WORDS.search(sentence)):
        return "airstrike"
    if "shelling" in kinds:
        return "shelling"
    if "explosion" in kinds:
        return "explosion"
    if "strike" in kinds:
        return "strike"
    return ""


# --- status --------------------------------------------------------------
UNCONFIRMED = scripts.ByScript.of(re.compile(
    r"no confirmation|not (?:been )?(?:independently )?(?:confirmed|verified)|could not (?:be )?(?:independently )?(?:confirm|verif)|"
    r"unconfirmed|unverified|cannot (?:be )?(?:independently )?(?:confirm|verif)|has yet to be confirmed|yet to be verified|"
    r"without confirmation|no official confirmation|were not able to verify|unable to (?:independently )?(?:confirm|verify)|"
    r"لم يتم التأكد|لم تتأكد|لم يتسن التحقق|لم يتسنَّ|دون تأكيد|غير مؤكدة|لم يتم التحقق|لم نتمكن من التأكد", re.I))
DENIED = scripts.ByScript.of(re.compile(
    r"\bden(?:y|ies|ied|ying)\b|\bdenial\b|\brejected (?:the )?(?:claims?|reports?)\b|\bdismissed (?:the )?(?:claims?|reports?)\b|"
    r"\bfalse (?:claims?|reports?)\b|\bfabricated\b|\bnever happened\b|\bno (?:such )?(?:strike|raid|attack)s? (?:took place|occurred|happened)\b|"
    r"(?<![\u0621-\u064a])[وف]?(?:نفى|نفت|ينفي|تنفي|نفي(?:ها|ه|هم|اً|ا)?)(?![\u0621-\u064a])", re.I))  # not "تنفيذ" (carrying out)


# Denying a role is not denying the strike: "the coalition denied responsibility for the strike on Hajin"; the
# denier, a day or "in a statement" may stand between the verb and the role ("نفى التحالف الدولي، يوم الثلاثاء، تنفيذ").
DENIED_ROLE = scripts.ByScript.of(re.compile(
    r"\bden(?:y|ies|ied|ying)\s+(?:(?:late\s+|early\s+)?on\s+\w+,?\s+|in\s+a\s+statement,?\s+)?(?:any\s+|its\s+|all\s+)?(?:responsibility|involvement|role|links?|connection|"
    r"(?:that\s+)?(?:it|its (?:forces|aircraft|drones))\s+(?:had\s+)?(?:carried out|conducted|was behind|were behind)|"
    r"(?:carrying out|conducting|being behind|having carried out)\b)|"
    r"\b(?:did\s+not|didn['’]t|has\s+not|had\s+not|never)\s+(?:conduct(?:ed)?|carr(?:y|ied)\s+out|launch(?:ed)?)\b|"
    r"(?<![\u0621-\u064a])لم\s+(?:ينفذ|تنفذ|يقم|تقم|يشن|تشن)|"
    r"(?<![\u0621-\u064a])[وف]?(?:نفى|نفت|ينفي|تنفي)\s+(?:\S+\s+){0,5}?(?:مسؤولي|علاقت|مسؤوليت|تنفيذ|قيام)", re.I))


# A denial that the strike happened at all, told in a sentence of its own after the claim: "The SDF denied that any
# attack took place there", "نفت قسد وقوع أي هجوم" (not "denied responsibility", nor "denied that anyone was killed")
DENIED_EVENT = re.compile(
    # the denied strike is the subject of "took place"/"hit", or the whole object ("denied any attack on the town"):
    # not "denied that the strike killed civilians", "denied the strike was carried out by its aircraft"
    r"\bden(?:y|ies|ied|ying)\s+(?:(?:the\s+)?(?:reports?|claims?)\s+(?:of|about|that)\s+)?(?:that\s+)?(?:any|an?|the|such\s+an?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|strikes?|raids?|bombings?|shelling|explosions?|incidents?)\b(?:\s+(?:had|has|ever)){0,2}\s*"
    r"(?:took\s+place|taken\s+place|occurred|happened|hit|struck|targeted|(?=on\b|in\b|at\b|against\b|there\b|[,.;]|$))|"
    r"\bno\s+(?:such\s+)?(?:strike|raid|attack|bombing|shelling)s?\s+(?:had\s+)?(?:took\s+place|occurred|happened)|\bnever\s+happened\b|"
    # «وقوع»/«حدوث» of a strike, not of dead ("نفت الميليشيات وقوع أي قتلى")
    r"(?<![\u0621-\u064a])[وف]?(?:نفى|نفت|ينفي|تنفي)\s+(?:\S+\s+){0,4}?(?:(?:وقوع|حدوث)\s+(?:أي\s+)?(?:ال)?(?:هجوم|ضربة|غارة|قصف|استهداف|انفجار|غارات|ضربات)|"
    r"صحة\s+(?:\S+\s+){0,8}?(?:هجوم|ضربة|غارة|قصف|استهداف))|"
    r"(?<![\u0621-\u064a])[وف]?(?:نفى|نفت|ينفي|تنفي)\s+(?:\S+\s+){0,12}?ل?أي\s+(?:هجوم|ضربة|غارة|قصف|استهداف)|عار(?:ية)?\s+عن\s+الصحة", re.I)
# "The claims could not be independently verified", "لم يتسنّ التحقق من هذه الأنباء": a doubt about the strike told before
DOUBTED_EVENT = re.compile(r"\b(?:the|these|those|such|this|that)\s+(?:\w+['’]s\s+)?(?:claims?|reports?|accounts?|strikes?|attacks?|raids?|footage|videos?)\b|"
                           r"(?:الأنباء|الادعاءات|المزاعم|الخبر|الرواية|الضربة|الغارة|الهجوم|ذلك)", re.I)


def doubts_event(text: str) -> bool:
    text = plain(text)
    return bool(UNCONFIRMED.search(text)) and bool(DOUBTED_EVENT.search(text))


def denies_event(text: str) -> bool:
    text = plain(text)
    return bool(DENIED_EVENT.search(text)) and not DENIED_ROLE.search(text)


def _last_actor(text: str) -> str:
    """The actor named last in `text`: the one closest before a denial verb ("the coalition against ISIS denied":
    the coalition, not the side it fights)."""
    best, at = "", -1
    for name, rx in ACTORS:
        for a in rx.finditer(text):
            if a.start() > at and not _NOT_AGENT_BEFORE.search(text[max(0, a.start() - 60):a.start()]):
                best, at = name, a.start()
    return best


def denier(text: str) -> str:
    """The actor who denies a role in the strike, when the text says so; they are not its author."""
    text = plain(text)
    m = DENIED_ROLE.search(text)
    if not m:
        return ""
    before = text[:m.end()]  # "the coalition denied", "نفى التحالف مسؤوليته"
    return _last_actor(before)


def event_denier(text: str) -> str:
    """The actor named just before a denial of the strike itself ("the coalition denied that any strike hit")."""
    text = plain(text)
    m = DENIED.search(text)
    if not m:
        return ""
    # English names the denier before the verb; Arabic after it ("نفى التحالف")
    before = text[:m.end() + (25 if "\u0600" <= m.group(0)[0] <= "\u06ff" else 0)]
    return _last_actor(before)


def status(clause: str) -> str:
    clause = plain(clause)
    if DENIED_ROLE.search(clause):
        rest = DENIED_ROLE.sub(" ", clause)
        if DENIED.search(rest):
            return "denied"
        return "unconfirmed" if UNCONFIRMED.search(rest) else "reported"
    if DENIED.search(clause):
        return "denied"
    if UNCONFIRMED.search(clause):
        return "unconfirmed"
    return "reported"


# --- attribution ---------------------------------------------------------
ACTORS = [
    ("Israel", re.compile(r"\bisrael(?:i|is)?\b|إسرائيل|اسرائيل|الإسرائيلي|الاسرائيلي|الإسرائيلية|الاسرائيلية", re.I)),
    ("US-led coalition", re.compile(r"\b(?:us|u\.s\.|american|international)[- ]led coalition\b|\bthe coalition\b|\b(?:international|global) coalition\b|\bcoalition (?:forces|aircraft|warplanes|jets|drones?)\b|التحالف الدولي|التحالف|للتحالف", re.I)),
    # "the US struck", "Two US F-15s", "believed to be American": the country named as the one that acts
    ("United States", re.compile(r"(?:\b(?:united states|us|american|pentagon|centcom)\b|\bu\.s\.)(?!-led)(?= (?:forces|military|aircraft|warplanes|jets|drones?|strikes?|army|air force|troops|central command|personnel|service ?members|soldiers|contractors?))|\bcentcom\b|\bpentagon\b|"
                                 r"(?-i:\b(?:US|U\.S\.)(?= (?:military )?[Bb]ases?\b))|\bamerican(?= (?:military )?bases?\b)|" + \
                                 r"(?-i:\b(?:the )?(?:US|U\.S\.|United States)(?= (?:(?:has|have|had) )?(?:struck|strikes|carried out|conducted|launched|bombed|hit|targeted|attacked|fired)\b| (?:F-1[56]|A-10|B-1|B-52|MQ-9|Reaper|Apache)))|"
                                 r"\b(?:believed|thought|suspected|said|presumed)\s+to\s+be\s+(?:American|US|U\.S\.)\b|"
                                 r"الأمريكية|الأميركية|أمريكية|أميركية|الأمريكي|الأميركي|الولايات المتحدة|واشنطن", re.I)),
    ("Russia", re.compile(r"\brussian?\b|الروسية|الروسي|روسية|روسيا", re.I)),
    ("Syrian government", re.compile(r"\b(?:syrian |assad )?regime (?:aircraft|warplanes|forces|helicopters|artillery)\b|\bsyrian (?:army|air force|government forces|warplanes)\b|"
                                     r"\b(?:pro-)?assad(?:['’]s)? (?:forces|army|troops|artillery|warplanes|aircraft)\b|"
                                     r"النظام السوري|قوات النظام|طيران النظام|مدفعية النظام|الجيش السوري|قوات الأسد|طيران الأسد|جيش الأسد|ميليشيات الأسد|قوات الحكومة السورية", re.I)),
    ("Turkey", re.compile(r"\bturk(?:ey|ish)\b|التركية|التركي|تركيا", re.I)),
    # "القائم العراقية" is an Iraqi town, not an Iraqi strike: the Arabic names the force
    ("Iraq", re.compile(r"\biraqi (?:aircraft|air force|warplanes|jets|f-16s?)\b|الطيران العراقي|الطائرات العراقية|طائرات عراقية|القوات العراقية|الجيش العراقي", re.I)),
    ("Islamic State", re.compile(r"\b(?:islamic state|isis|isil|daesh|is cells?)\b|تنظيم الدولة|داعش", re.I)),
]
PRESUMED = re.compile(r"\b(presumabl[ey]|believed to (?:be|belong)|thought to be|likely|probably|suspected|reportedly|allegedly|said to be|apparently|most likely|attributed to)\b|يرجح|يرجّح|يعتقد|يُعتقد|على الأرجح|يُرجح|مرجح", re.I)
PRESUMED = scripts.ByScript.of(PRESUMED)
UNIDENTIFIED = re.compile(r"\b(unidentified|unknown|unmarked|anonymous|unclaimed)\b|\b(?:origin|identity|nationality)\s+(?:was|is|remains|remained)\s+(?:not\s+known|unclear)\b|"
                          r"مجهولة|مجهول الهوية|مجهولة الهوية|لم تعرف هويتها|(?:طيران|طائرة|طائرات) مجهول", re.I)
UNIDENTIFIED = scripts.ByScript.of(UNIDENTIFIED)
CLAIMED = re.compile(r"\b(claimed responsibility|took responsibility|announced (?:that )?it|said (?:\w+ ){0,2}?(?:that )?(?:it|they|its forces|their forces) (?:had |has |have )?(?:struck|targeted|conducted|carried out|launched)|confirmed (?:it|that it) (?:had )?(?:struck|conducted|carried out))\b|\bclaimed\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?)\b|تبنى|تبنت|أعلن[ت]? مسؤوليت|(?<![\u0621-\u064a])[وف]?أعلن(?:ت)?\s+(?:\S+\s+){0,10}?أن(?:ها|ه)\s+استهدف|(?<![\u0621-\u064a])تبني\s+(?:ال)?(?:هجوم|ضربة|غارة|قصف|عملية|استهداف)", re.I)
CLAIMED = scripts.ByScript.of(CLAIMED)

# Arabic short vowels, shadda and tatweel: "قُتل" is "قتل", "يُرجَّح" is "يرجح" for every cue below
_TASHKEEL = re.compile("[\u064b-\u0652\u0670\u0640]")


def plain(text: str) -> str:
    return _TASHKEEL.sub("", text) if "\u0600" <= max(text, default=" ") else text


# An actor named as what was hit, who holds the place hit, who speaks or who fought is not the one who struck:
# "rockets hit a US military base", "fired at coalition forces", "a base used by US forces", "where US troops are
# stationed", "vehicles carrying forces allied with the Syrian army" (but "aircraft affiliated with Israel" struck), "the coalition suffered no casualties", "the US
# military says", "according to the Pentagon", "القاعدة الأمريكية في حقل العمر", "في صفوف القوات الأمريكية",
# "اشتباكات بين تنظيم داعش وقسد"
_TIME_WORDS = (r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|night|morning|evening|afternoon|dawn|midnight|today|tonight|"
               r"january|february|march|april|may|june|july|august|september|october|november|december")
_NOT_AGENT_BEFORE = scripts.ByScript([(None,
    r"\b(?:at|on|against|targeting|targeted|targets?|hit|hits|struck|attacked|attacks?\s+on|strikes?\s+on)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:(?!by\b|from\b|with\b|said\b|\d|" + _TIME_WORDS + r")[\w-]+\s+){0,2}?"
    r"|\b(?:positions?|posts?|sites?|bases?|headquarters|checkpoints?|convoys?|vehicles?|members?|fighters|ranks|camps?|depots?|"
    r"warehouses?|facilit(?:y|ies)|troops|personnel|presence)\s+(?:of|used\s+by|belonging\s+to|held\s+by|run\s+by|manned\s+by|operated\s+by)\s+(?:the\s+)?"
    r"|\b(?:used|held|occupied|manned|run|operated)\s+by\s+(?:the\s+)?|\b(?:carrying|transporting)\s+(?:[\w-]+\s+){0,3}?(?:the\s+)?"
    r"|\b(?:clash(?:es)?|fighting|battles?)\s+(?:[\w-]+\s+){0,3}?between\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"|\b(?:injur\w*|wound\w*|kill(?:ed|ing)|casualties)\s+(?:to\s+|among\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a|an|one)\s+)?"
    r"|\baccording\s+to\s+(?:the\s+)?|\b(?:neither|nor)\s+(?:the\s+)?|\b(?:suspected|accused)\s+of\s+(?:belonging\s+to|links?\s+(?:to|with)|being)\s+(?:the\s+)?",
    r"(?<![\u0621-\u064a])[وفبل]?(?:ال)?(?:قاعدة|قاعدتا|قاعدتي|قواعد|مواقع|موقع|مقرات|مقر|نقاط|نقطة|صفوف|عناصر|دوريات|دورية|رتل|أرتال|آليات|"
    r"مستودعات|حواجز|حاجز|جنود|مستشاري|جنديين)\s+(?:[\u0621-\u064a]+\s+)?"
    r"|(?<![\u0621-\u064a])(?:على|ضد)\s+(?:[\u0621-\u064a]+\s+){0,2}?"
    r"|(?:اشتباكات|معارك|مواجهات)\s+(?:\S+\s+){0,2}?بين\s+(?:\S+\s+)?[\"«“]?"
    r"|(?<![\u0621-\u064a])(?:بحسب|وفق|حسب|وفقا\s+ل|وفقاً\s+ل)\s+"
    # "لم يعلّق التحالف الدولي على البيان": who kept silent about the strike
    r"|(?<![\u0621-\u064a])(?:لم|دون\s+أن)\s+(?:يعلق|تعلق|يؤكد|تؤكد|يرد|ترد)\s+")], "$", re.I)
_NOT_AGENT_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:military\s+|army\s+)?(?:base|bases|outposts?|garrison|positions?|posts?|checkpoints?|convoy)\b"
    r"|^\s+(?:(?:forces|troops|soldiers|personnel)\s+)?(?:are|were|is|was)\s+(?:stationed|based|deployed|present)\b"
    r"|^\s+(?:forces|troops|soldiers|personnel)\s+(?:hold|holds|held|occupy|occupies|control|controls|guard|guards|use|uses|man)\b"
    r"|^\s+(?:(?:forces|troops|soldiers|personnel)\s+)?(?:suffered|sustained|lost|reported\s+no)\b", re.I)
# "the US military says", "US Central Command said rockets had targeted …": a speaker, unless it says it struck
_SPEAKER_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:said|says|told|announced|stated|reported|confirmed|denied|added|noted|"
                            r"(?P<silent>(?:did\s+not|didn['’]t|declined\s+to|has\s+not|had\s+not|would\s+not)\s+(?:comment|confirm|respond)))\b", re.I)


def attackers(text: str) -> list[str]:
    """The actors a stretch of text names as striking, first named first: not the side struck, its hosts or speakers."""
    return [name for name, _ in attacker_mentions(text)]


def attacker_mentions(text: str, struck: set | None = None) -> list[tuple[str, int]]:
    """`attackers` with where each is first named; the sides named as struck or as hosts go to `struck`."""
    out, hit = _scan(text)
    if struck is not None:
        struck.update(hit)
    return list(out)


@lru_cache(maxsize=8192)
def _scan(text: str) -> tuple[tuple[tuple[str, int], ...], frozenset]:
    """One pass over a text's actor names (a sentence is read by several rules, so the pass is kept)."""
    out: list[tuple[str, int]] = []
    struck: set[str] = set()
    low = text.lower()
    if not any(stem in low for stem in _ACTOR_STEMS):
        return (), frozenset()  # most sentences name no actor: literal stems first, the one long pattern after
    for m in _ANY_ACTOR.finditer(text):
        name = ACTORS[int(m.lastgroup[1:])][0]
        if any(name == n for n, _ in out):
            continue
        after = text[m.end():m.end() + 50]
        if _NOT_AGENT_BEFORE.search(text[max(0, m.start() - 60):m.start()]) or _NOT_AGENT_AFTER.match(after):
            struck.add(SIDES.get(name, name))
            continue
        said = _SPEAKER_AFTER.match(after)
        if said:
            # "the coalition said it struck": a speaker who claims the strike; "did not comment" never does
            own = CLAIMED.search(text, m.end(), m.end() + 90)
            if said.group("silent") or own is None or own.start() - m.end() > 30:
                continue
        out.append((name, m.start()))
    return tuple(out), frozenset(struck)


# The US and the coalition it leads are one side: rockets on a US base are not answered by naming the coalition
SIDES = {"United States": "US", "US-led coalition": "US"}


def sides_struck(text: str) -> set[str]:
    """The sides a stretch of text names as hit or as hosts of the place hit ("rockets at the US base")."""
    struck: set[str] = set()
    attacker_mentions(plain(text), struck)
    return struck


# Every name in ACTORS holds one of these (lower case); "us " for the US before a noun ("US forces", "the US struck")
_ACTOR_STEMS = ("isra", "إسرائيل", "اسرائيل", "coalition", "تحالف", "u.s", "united states", "americ", "pentagon", "centcom",
                "أمريك", "أميرك", "الولايات المتحدة", "واشنطن", "us ", "be us", "russia", "روس", "regime", "syrian", "assad",
                "النظام", "الأسد", "الجيش السوري", "الحكومة السورية", "turk", "ترك", "iraqi", "عراق", "islamic state", "isis",
                "isil", "daesh", "is cell", "داعش", "تنظيم الدولة")
# One pass for every actor: the leftmost mention wins, ties go to the earlier actor in ACTORS, as one search each would.
_ANY_ACTOR = scripts.ByScript.named([(f"a{i}", rx.pattern) for i, (_, rx) in enumerate(ACTORS)], flags=re.I)


@lru_cache(maxsize=8192)
def attribution(text: str) -> tuple[str, str]:
    """(actor, certainty) read from a stretch of text; ("", "") when nobody is named."""
    text = plain(text)
    found = attackers(text)
    actor = found[0] if found else ""
    if actor and CLAIMED.search(text):
        return actor, "claimed"
    if actor and PRESUMED.search(text):
        return actor, "presumed"
    if UNIDENTIFIED.search(text):
        # "an unidentified drone struck a regime checkpoint": the actor named is the target, not the striker
        return ("unidentified", "unidentified")
    return (actor, "attributed") if actor else ("", "")


# --- targets, fatalities, sources ----------------------------------------
TARGET = re.compile(
    r"\b((?:military |weapons? |ammunition |arms )?(?:warehouses?|depots?|storage sites?)|(?:military )?(?:base|bases|posts?|positions?|sites?|headquarters|hq)"
    r"|checkpoints?|convoys?|trucks?|vehicles?|cars?|tankers?|building|buildings|homes?|houses?|farms?|oil (?:wells?|fields?|facilities)|"
    r"gas (?:fields?|plants?)|bridges?|airport|runway|hangars?|radars?|air defen[cs]es?|launch(?:ers| pads?)|barracks|camps?|school|hospital|market|mosque)\b"
    r"|مستودعات|مستودع|مقرات|مقر|مواقع|موقع|نقطة|نقاط|سيارة|شاحنات|آليات|قاعدة|مبنى|منزل",
    re.I)
FATALITY = re.compile(
    rf"(?:(?P<n1>{NUMBER.pattern})\s+(?:\w+\s+){{0,3}}?(?:militants?|militiamen|militia members|gunmen|people|persons|civilians|soldiers|fighters|members|men|women|children|personnel|troops|combatants|guards|operatives|killed|dead|deaths)(?:\s+(?:\w+\s+){{0,4}}?(?:were|was|have been|had been)?\s*(?:killed|died|dead|lost their lives|perished))?)"
    r"|(?:killing|killed|left|leaving)\s+(?:at least\s+)?(?P<n2>\d+|\w+)\s+(?:\w+\s+){0,2}?(?:people|militants|militiamen|gunmen|civilians|fighters|soldiers|members|persons|operatives|dead)"
    r"|(?:death toll|toll)\s+(?:\w+\s+){0,3}?(?:to|at|of|reached)\s+(?P<n3>\d+|\w+)"
    r"|(?:مقتل|لمقتل|بمقتل|مصرع|ومقتل|قتل|قُتل|وقتل)\s+(?:نحو\s+|أكثر من\s+)?(?P<n4>[0-9٠-٩]+|\S+)",
    re.I)
_KILL_WORDS = re.compile(r"\b(killed|died|dead|deaths?|death toll|lost their lives|perished|killing)\b|مقتل|قتلى|قتل|مصرع|حتف|فارق(?:ت)? الحياة", re.I)
# Arabic tolls without a numeral: "حصيلة القتلى بلغت ثمانية", "ثمانية عشر عنصراً … قُتلوا", "٣ قتلى"
_AR_NUMBER = r"[0-9٠-٩]+|" + "|".join(sorted((w for w in WORDS if not w.isascii()), key=len, reverse=True))
_AR_TOLL = re.compile(
    r"(?:حصيلة|عدد)\s+(?:ال)?(?:قتلى|ضحايا)\s+(?:\S+\s+){0,2}?(?:إلى|الى|بلغت|بلغ|وصلت)\s+(?:إلى\s+|الى\s+)?(?P<n>" + _AR_NUMBER + r")"
    r"(?P<teen>\s+عشر(?:ة)?)?(?![\u0621-\u064a])"
    r"|(?<![\u0621-\u064a])(?P<m>" + _AR_NUMBER + r")(?P<teen2>\s+عشر(?:ة)?)?(?![\u0621-\u064a])\s+(?:(?:قتلى|قتيلا|قتيل)(?![\u0621-\u064a])|"
    r"(?:\S+\s+){0,8}?(?:قتلوا|قضوا|لقوا\s+حتفهم|لقوا\s+مصرعهم))")
# One or two people named without a numeral: "قُتل شخصان", "مقتل عنصرين", "مقتل قيادي عراقي ومرافقه", "لقي طفل حتفه",
# "killing a commander and his driver"; a plural ("مقتل مدنيين") has no count
_PERSON = r"(?:شخص|عنصر|رجل|طفل|جندي|شاب|ضابط|قتيل|مدني|مقاتل|قيادي|مسلح|سائق|راعي|عامل)"
_PERSONS = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:مقتل|لمقتل|بمقتل|قتل|مصرع|لقي|لقيت|فارق|فارقت)\s+(?:(?P<dual>" + _PERSON + r"ان|(?:شخص|عنصر|رجل|طفل|شاب|ضابط|قتيل|جندي)ين)"
    r"|(?P<one>" + _PERSON + r"|امرأة|طفلة|سيدة|فتاة|أحدهم|أحدهما)(?:(?:\s+[\u0621-\u064a]+){0,2}?(?P<and>\s+و(?:مرافقه|مرافقها|سائقه|شقيقه|ابنه|نجله|زوجته|حارسه)))?)(?![\u0621-\u064a])"
    r"|\b(?:killing|killed)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?P<one_en>commander|member|fighter|officer|civilian|man|woman|child|leader|militant|soldier|driver|shepherd)"
    r"(?P<and_en>\s+and\s+(?:his|her)\s+(?:driver|companion|bodyguard|aide|son|brother|wife|escort))?\b"
    r"|\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?P<one_en2>commander|member|fighter|officer|civilian|man|woman|child|boy|girl|leader|"
    r"militant|soldier|driver|shepherd)\s+(?:was|has\s+been)\s+killed\b", re.I)


def fatalities(clause: str) -> tuple[int | None, int | None, str]:
    clause = plain(clause)
    if not _KILL_WORDS.search(clause):
        return None, None, ""
    for m in FATALITY.finditer(clause):
        words = m.group(0)
        if not _KILL_WORDS.search(words):
            continue
        for g in ("n1", "n2", "n3", "n4"):
            if m.group(g):
                nm = NUMBER.search(m.group(g))
                if nm:
                    low, high = parse_count(nm)
                    if low is not None:
                        return low, high, words
    m = _AR_TOLL.search(clause)
    if m:
        nm = NUMBER.search(m.group("n") or m.group("m"))
        low, high = parse_count(nm) if nm else (None, None)
        if low is not None:
            if m.group("teen") or m.group("teen2"):
                low, high = low + 10, (high + 10 if high is not None else None)
            return low, high, m.group(0)
    m = _PERSONS.search(clause)
    if m:
        n = 2 if m.group("dual") or m.group("and") or m.group("and_en") else 1
        return n, n, m.group(0)
    return None, None, ""


CITED = [
    re.compile(r"\baccording to\s+(?P<src>(?:the\s+)?[^,.;“”\"]{3,60}?)(?=[,.;“”\"]|\s+which|\s+that|$)", re.I),
    re.compile(r"(?:reported|stated|said|told|added|announced|quoting|cited)\s+(?:by\s+)?(?P<src>(?:the\s+)?(?:local\s+(?:news\s+)?(?:networks?|media|sources|activists)(?:,\s+including\s+)?)?(?:(?:al|el)-)?[A-Z][\w’'\-]*(?:\s+(?:[a-z]*[A-Z][\w’'\-]*|(?:al|el)-\w+|of|the|for|news|network|media|networks))*)"),
    re.compile(r"(?P<src>(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|al-\w+|of|the|for))*)\s+(?:reported|said|stated|told|added|announced|confirmed|quoted)\b"),
    re.compile(r"(?:أفاد|أفادت|قال|قالت|ذكر|ذكرت|أعلن|أعلنت|نقلت|نقل)\s+(?P<src>[^،.:]{3,40}?)(?=\s+(?:أن|بأن|إن)|[،.:])"),
    re.compile(r"(?:بحسب|وفق|وفقا ل|وفقاً ل|حسب)\s*(?P<src>[^،.:]{3,40})"),
]
_NOT_SOURCES = {"the", "it", "he", "she", "they", "this", "that", "these", "which", "who", "the ministry"}


def cited_sources(sentence: str) -> list[str]:
    out = []
    for rx in CITED:
        for m in rx.finditer(sentence):
            src = m.group("src").strip(" ,.;:")
            src = re.sub(r"^(?:the|a|an)\s+", "", src, flags=re.I)
            if not src or src.lower() in _NOT_SOURCES or len(src) < 3:
                continue
            if not any(ch.isupper() for ch in src) and not any("\u0600" <= ch <= "\u06ff" for ch in src):
                continue  # "initial information obtained from the site" is not a source
            if src.lower() in {s.lower() for s in out}:
                continue
            out.append(src)
    return out
