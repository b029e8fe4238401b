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

from .numbers import NUMBER, parse_count

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
DRONE_STRIKE = re.compile(r"\bdrones?\b[^.;]{0,40}\b(strikes?|attacks?|struck|targeted|bombed|fired|hit)\b|"
                          r"\b(strikes?|attacks?)\b\s+(by|from|with)\s+(an?\s+)?(\w+\s+)?drones?|"
                          r"\bdrone (strikes?|attacks?)\b|(مسيرة|مسيرات|مسيّرة)[^.،]{0,30}(استهدف|قصف|ضرب)|(استهدف|قصف|غارة|ضربت|ضرب|أصابت|أصاب|اصابت|هاجمت|هاجم|طالت)[^.،]{0,30}(مسيرة|مسيرات|مسيّرة)", re.I)
# A trigger inside these phrases names an earlier strike, not a new one.
BACK_REFERENCE = re.compile(r"\b(prior to|before|after|following|ahead of|since)\s+(the|these|those|this)\s+(reported\s+|said\s+|latest\s+)?(air\s+)?\w+$|"
                            # "Besides the ISIS attacks, relations between …", "إلى جانب الهجمات": strikes told
                            # before, set aside for another subject
                            r"\b(?:besides|apart from|aside from|beyond|in addition to)\s+(?:the|these|those|its|their)\s+"
                            r"(?:[\w-]+\s+){0,2}?\w+$|(?<![\u0621-\u064a])(?:إلى جانب|الى جانب|بعيدا عن|بعيداً عن|فضلا عن|فضلاً عن)\s+"
                            r"(?:\S+\s+){0,1}?ال\S+$", re.I)
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
    (re.compile(_AR_PRE + r"(?:قذائف|هاون|مدفعي(?:ة|اً|ا)?|راجمات)"), "shelling"),
    # "دوي" (a blast's sound) is a whole word: "والدوير" is the village al-Duwair
    (re.compile(_AR_PRE + r"(?:انفجار(?:ات|ين)?|انفجر[تا]?|دوي(?![\u0621-\u064a]))"), "explosion"),
    # "قتل بلغم"، "بعبوة ناسفة"، "سيارة مفخخة": a landmine, an IED or a car bomb is a blast even without "انفجار"
    (re.compile(_AR_PRE + r"(?:لغم(?:اً|ا|ين)?|ألغام|الغام|عبو(?:ة|ات|تين) ناسفة|(?:سيارة|دراجة|عربة) مفخخة|مفخخ(?:ة|ات))(?![\u0621-\u064a])"),
     "explosion"),
    # "أغارت الطائرات على مقرات", "إغارة جوية": to raid, said of aircraft or of fighters (the sentence says which)
    (re.compile(_AR_PRE + r"(?:[أا]غار(?:ت|وا)?|[إا]غار(?:ة|ات))(?![\u0621-\u064a])"), "strike"),
    (re.compile(_AR_PRE + r"(?:قصف(?:ت|وا|اً|ا)?|ضرب(?:ة|ات|تين|تان|ت|وا)|[اتيو]?ستهدف(?:ت|وا)?|استهداف(?:اً|ا)?|عدوان(?:اً|ا)?)"), "strike"),
]


# "راجمات الصواريخ", "منصة لإطلاق الصواريخ", "rocket launchers": the weapon or its pad, not a missile that struck
_LAUNCHER_BEFORE_AR = re.compile(r"(?:راجمات|راجمة|منصات?|منصة)\s+(?:ل|ل?إطلاق\s+|ل?اطلاق\s+)?(?:ال)?$|(?:لإطلاق|لاطلاق)\s+(?:ال)?$")
_LAUNCHER_AFTER_EN = re.compile(r"[- ]launch(?:ers?|ing\s+pads?|\s+pads?|\s+sites?)\b", re.I)


# "stormed positions with machine guns and rocket-propelled grenades": a fighter's weapon in a ground assault
_HAND_HELD_AFTER_EN = re.compile(r"[- ]propelled\b", re.I)
_HAND_HELD_AFTER_AR = re.compile(r"\s*(?:الـ\s*|ال)?(?:آر بي جي|ار بي جي|آر.بي.جي|RPG|B-?7|ب\s?7)|\s+(?:محمولة\s+على\s+الكتف|الكتف)", re.I)


def _arabic_triggers(text: str) -> list[Trigger]:
    out = []
    for rx, kind in _AR_TRIGGERS:
        for m in rx.finditer(text):
            if kind == "missile strike" and _LAUNCHER_BEFORE_AR.search(text, max(0, m.start() - 16), m.start()):
                continue
            if kind in ("shelling", "missile strike") and _HAND_HELD_AFTER_AR.match(text, m.end()):
                continue
            out.append(Trigger(m.start(), m.end(), m.group(0), kind, True))
    return out


def find_triggers(text: str) -> list[Trigger]:
    out = []
    if any("\u0600" <= c <= "\u06ff" for c in text):
        out.extend(_arabic_triggers(text))
        taken = {(t.start, t.end) for t in out}
    else:
        taken = set()
    for m in _WORD.finditer(text):
        w = m.group(0).lower()
        if any(a <= m.start() < b for a, b in taken):
            continue
        if w in STRONG:
            if STRONG[w] == "missile strike" and (_LAUNCHER_AFTER_EN.match(text, m.end())
                                                  or _HAND_HELD_AFTER_EN.match(text, m.end())):
                continue
            out.append(Trigger(m.start(), m.end(), w, STRONG[w], True))
        elif w in WEAK:
            out.append(Trigger(m.start(), m.end(), w, WEAK[w], False))
        else:
            form = _typo_of(w)
            if form:
                out.append(Trigger(m.start(), m.end(), w, STRONG[form], True))
    for m in re.finditer(r"\bair\s+(?:strikes?|raids?)\b", text, re.I):
        out.append(Trigger(m.start(), m.end(), m.group(0).lower(), "airstrike", True))
    if "explosive" in text.lower():  # "an explosive device went off under their vehicle": an IED in words
        for m in re.finditer(r"\b(?:improvised\s+)?explosive\s+(?:devices?|charges?)\b", text, re.I):
            out.append(Trigger(m.start(), m.end(), m.group(0).lower(), "explosion", True))
    if "under fire" in text:  # "the vehicle came under fire": agentless, its kind comes from the strike told before
        for m in re.finditer(r"\b(?:came|comes|come|was|were|been|being)\s+under\s+fire\b", text):
            out.append(Trigger(m.start(), m.end(), m.group(0).lower(), "strike", False))
    return sorted(out, key=lambda t: t.start)


# the places' words are checked behind the word once it is found (a look-behind first would run at every letter)
TRAINING_AR = (r"(?:تدريبات|تدريب)" +
               "".join(f"(?<!{w} {a}تدريب)" for w in ("منشأة", "منشأتي", "معسكر", "معسكرات", "مركز", "مراكز", "مقر", "موقع",
                                                      "قاعدة") for a in ("", "ال")))
# Senses of trigger words that are not strikes from the air or by fire: a security raid on homes, a ground
# assault, aircraft flying over, a reconnaissance drone, flares, drills. Each pattern names the sense in words.
_NOT_STRIKE_SENSES: list[tuple[str, re.Pattern]] = [
    ("ground raid", re.compile(
        r"\b(?:raid(?:ed|s)?|stormed|storming)\s+(?:(?:several|two|three|\w+)\s+)?(?:homes?|houses?|a house|tents?|shops?|"
        r"hideouts?|farms?\s+and\s+arrested)\b|\b(?:security|ground|house|dawn|arrest|search|raid-and-arrest|door-to-door)\s+"
        r"(?:raids?|operations?|campaigns?)\b|\braid(?:ed|s)?\b[^.;]{0,80}\b(?:arrest(?:ed|ing|s)?|detain(?:ed|ing)?|"
        r"apprehend(?:ed|ing)?)\b|\b(?:arrest(?:ed|ing)?|detain(?:ed|ing)?)\b[^.;]{0,60}\braid(?:ed|s)?\b|"
        r"مداهمة|داهمت|داهم|حملة دهم|حملة اعتقالات|اعتقال|"
        # troops landed from helicopters: a raid from the air, not a strike ("عملية إنزال جوي", "an airdrop operation")
        r"\b(?:air-?drops?|airdropp?ed|air\s+drops?|airborne\s+(?:raid|landing|operation|assault)s?|heliborne|"
        r"land(?:ed|ing)\s+(?:\w+\s+)?(?:troops|forces|soldiers|commandos))\b|(?:عملية|عمليات)?\s*(?:إنزال|انزال)(?:اً|ا)?\s+(?:جوي|مظلي)|"
        r"(?:إنزال|انزال)(?:اً|ا)?\s+(?:\S+\s+)?(?:للتحالف|لقوات|بالمروحيات)", re.I)),
    ("ground fighting", re.compile(
        r"\b(?:clash(?:es|ed)?|gunfire|gunfight|exchanged fire|exchange of fire|machine[- ]guns?|light weapons|sniper|"
        r"infantry|ground (?:assault|attack|offensive)|ambush(?:ed)?|assassinat(?:ed|ion)|armed attacks?|gunmen|"
        r"opened fire|fought|battled|army units?)\b|اشتباك|اشتباكات|رشاشات|كمين|اغتيال|معارك|وحد(?:ة|ات)\s+(?:من\s+)?(?:ال)?جيش|"
        # "هجوم مسلح استهدف حافلة … وأطلقوا عليها النار": an armed attack by gunmen is gunfire, whatever it targeted
        r"(?:هجوم|هجمات|الهجوم)\s+(?:ال)?مسلح(?:ة)?|(?:ال)?مسلحون|(?:ال)?مسلحين|أطلقوا\s+(?:\S+\s+)?النار|(?:إطلاق|اطلاق)\s+(?:ال)?نار", re.I)),
    ("overflight", re.compile(
        r"\b(?:fly|flies|flew|flying|flights?|overflew|overflights?|hover(?:s|ed|ing)?|circl(?:es|ed|ing)|patroll?(?:s|ed|ing)?)\b"
        r"[^.;,]{0,60}?\b(?:over|above|in the skies)\b|\boverflights?\b|"
        r"تحليق|حلق(?:ت)?|تحلق", re.I)),
    ("feared or threatened", re.compile(
        r"\b(?:fears?|fearing|feared|afraid|threat(?:s|ened|ening)?|warn(?:s|ed|ing)?|anticipat\w+|expect(?:s|ed|ing)?|"
        r"deter(?:s|red|ring)?|prevent(?:s|ed|ing)?|thwart(?:s|ed|ing)?|foil(?:s|ed|ing)?|alert|"
        r"possible|potential|planned|prepar(?:e|es|ed|ing))\s+(?:of\s+|for\s+)?(?:\w+\s+){0,3}?"
        r"(?:attacks?|strikes?|airstrikes?|air strikes?|raids?|bombings?|shelling|retaliation)\b|"
        r"(?:خوفا?ً? من|تخوفا?ً?|تحسبا?ً?|خشية|تهديدات?|توعد)\s+(?:\S+\s+){0,3}?(?:هجوم|ضربات|ضربة|غارات|غارة|قصف|استهداف)", re.I)),
    # "Mayadin will remain a target as long as the attacks continue", "ستبقى البوكمال هدفاً": a forecast, not a strike
    ("a forecast", re.compile(
        r"\b(?:will|would|could|may|might|to)\s+(?:\w+\s+)?(?:remain|become|be|stay)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?targets?\b|"
        r"(?:ستبقى|سيبقى|ستظل|سيظل|قد تكون|قد يكون|ستكون|سيكون)\s+(?:\S+\s+){0,2}?هدفا?ً?", re.I)),
    ("reconnaissance drone", re.compile(
        r"\b(?:reconnaissance|surveillance|spy|scouting)\s+(?:drones?|aircraft|planes?|flights?)\b|طائرات? (?:استطلاع|تجسس)", re.I)),
    ("flare drop", re.compile(r"\b(?:flares?|illumination rounds?)\b|قنابل (?:ضوئية|مضيئة)|مناطيد حرارية", re.I)),
    # "a training facility", "منشأة تدريب": a place that trains is a target, not a drill
    ("drill", re.compile(r"\b(?:drills?|exercises?|training(?!\s+(?:facilit|camp|site|cent|base|ground|compound|school))|"
                         r"manoeuvres?|maneuvers?|military practice)\b|" + TRAINING_AR + r"|مناورات", re.I)),
]
# Every pattern of _NOT_STRIKE_SENSES needs one of these literal stems (lower case); a fast test before the regexes.
_SENSE_STEMS = (
    "arrest", "detain", "apprehend", "home", "house", "tent", "shop", "hideout", "farm", "storm", "security", "ground",
    "dawn", "search", "door", "clash", "gunfire", "gunfight", "exchange", "machine", "light weapons", "sniper",
    "infantry", "ambush", "assassin", "fly", "flie", "flew", "flight", "hover", "circl", "patrol", "recon", "surveil",
    "spy", "scout", "flare", "illumination", "drill", "exercise", "training", "manoeuv", "maneuv", "practice", "fear",
    "afraid", "threat", "warn", "anticipat", "expect", "possible", "potential", "planned", "prepar", "deter", "prevent",
    "thwart", "foil", "alert", "airdrop", "air drop", "air-drop", "airborne", "heliborne", "landed", "landing",
    "إنزال", "انزال", "target", "هدف", "armed attack", "gunmen", "opened fire", "مسلح", "نار", "fought", "battled",
    "army unit", "معارك", "وحد",
    "داهم", "دهم", "اعتقال", "اشتباك", "رشاش", "كمين", "اغتيال", "تحليق", "حلق", "استطلاع", "تجسس", "ضوئية", "مضيئة",
    "مناطيد", "تدريب", "مناورات", "خوف", "تحسب", "خشية", "تهديد", "توعد",
)
_ANY_SENSE = re.compile("|".join(f"(?:{rx.pattern})" for _, rx in _NOT_STRIKE_SENSES), re.I)
# What makes a sentence a strike all the same: "shelling", "struck", a drone that "struck"
_STRIKE_ACT = re.compile(
    r"\b(?:air ?strikes?|airstrikes?|shell(?:ed|ing|s)|bomb(?:ed|ing|ardment|arded)|struck|strikes?|missiles?|rockets?|mortars?|"
    r"artillery|landmines?|mines?|ieds?|car bombs?|blew up|detonated|targeted)\b|غارة|غارات|قصف|استهدف|صاروخ|صواريخ|قذائف|لغم|عبوة", re.I)


_GUNFIRE_ACT = re.compile(r"armed|fire|هجوم|هجمات|نار", re.I)  # an armed attack, gunfire: not the noun "gunmen"
_TARGETED = re.compile(r"target|استهدف", re.I)


def non_strike_sense(sentence: str) -> str:
    """Why a sentence with trigger words is not a strike ("not a strike sense: ground raid: 'raided homes'"), or "".

    A raid with arrests, clashes, aircraft flying over, a reconnaissance drone, flares or drills use the words
    of a strike without being one. A sentence that also says something was shelled, bombed or struck stays a
    strike ("a drone flew over Hajin and struck a car"), except blasts explained as drills.
    """
    lower = sentence.lower()
    if not any(stem in lower for stem in _SENSE_STEMS) or _ANY_SENSE.search(sentence) is None:
        return ""  # literal stems first, one scan after: the usual strike sentence has none of these senses
    for sense, rx in _NOT_STRIKE_SENSES:
        m = rx.search(sentence)
        if not m:
            continue
        acts = [a for a in _STRIKE_ACT.finditer(sentence) if not (a.start() < m.end() and m.start() < a.end())]
        if sense == "ground raid":
            # "عملية إنزال جوي … استهدفت منزلين": the landing targeted the houses; a drone that "استهدفت" during an
            # ordinary raid is still a strike
            landing = re.search(r"air|heli|land|إنزال|انزال", m.group(0), re.I)
            acts = [a for a in acts if not re.match(r"raid|target" + (r"|استهدف" if landing else ""), a.group(0), re.I)]
        if sense == "ground fighting" and _GUNFIRE_ACT.search(m.group(0)):
            # gunmen "targeted" a bus, "هجوم مسلح استهدف حافلة": what gunfire was aimed at, not a strike
            acts = [a for a in acts if not _TARGETED.match(a.group(0))]
        if sense == "drill":
            # "an exercise involving tanks and rocket launchers": weapons named as equipment are no strike
            acts = [a for a in acts if not re.match(r"rockets?|missiles?|mortars?|artillery|صاروخ|صواريخ|قذائف", a.group(0), re.I)]
        if sense == "drill" and re.search(r"\b(?:from|of|by|during|in)\s+(?:\w+\s+){0,2}?(?:drills?|exercises?|training)\b|"
                                          r"(?:انفجار|انفجارات|دوي)\S*\s+(?:\S+\s+){0,3}?(?:تدريب|تدريبات|مناورات)", sentence, re.I):
            return f"not a strike sense: {sense}: '{m.group(0)}'"
        if not acts:
            return f"not a strike sense: {sense}: '{m.group(0)}'"
    return ""


def is_back_reference(text: str, trig: Trigger) -> bool:
    return bool(BACK_REFERENCE.search(text[max(0, trig.start - 40):trig.end]))


def event_type(sentence: str, triggers: list[Trigger]) -> str:
    kinds = {t.kind for t in triggers}
    if "drone" in kinds:
        if DRONE_STRIKE.search(sentence):
            return "drone strike"
        kinds.discard("drone")
    if "missile strike" in kinds:
        return "missile strike"
    if "airstrike" in kinds or (kinds & {"strike"} and re.search(r"\b(aircraft|warplanes?|jets?|air force|aerial|planes?)\b|طائرات|الطيران|حربية", sentence, re.I)):
        return "airstrike"
    if "shelling" in kinds:
        return "shelling"
    if "explosion" in kinds:
        return "explosion"
    if "strike" in kinds:
        return "strike"
    return ""


# --- status --------------------------------------------------------------
UNCONFIRMED = re.compile(
    r"no confirmation|not (?:been )?(?:independently )?(?:confirmed|verified)|could not (?:be )?(?:independently )?(?:confirm|verif)|"
    r"unconfirmed|unverified|cannot (?:be )?(?:independently )?(?:confirm|verif)|has yet to be confirmed|yet to be verified|"
    r"without confirmation|no official confirmation|were not able to verify|unable to (?:independently )?(?:confirm|verify)|"
    r"لم يتم التأكد|لم تتأكد|لم يتسن التحقق|لم يتسنَّ|دون تأكيد|غير مؤكدة|لم يتم التحقق|لم نتمكن من التأكد",
    re.I)
DENIED = re.compile(
    r"\bden(?:y|ies|ied|ying)\b|\bdenial\b|\brejected (?:the )?(?:claims?|reports?)\b|\bdismissed (?:the )?(?:claims?|reports?)\b|"
    r"\bfalse (?:claims?|reports?)\b|\bfabricated\b|\bnever happened\b|\bno (?:such )?(?:strike|raid|attack)s? (?:took place|occurred|happened)\b|"
    r"(?<![\u0621-\u064a])[وف]?(?:نفى|نفت|ينفي|تنفي|نفي(?:ها|ه|هم|اً|ا)?)(?![\u0621-\u064a])", re.I)  # not "تنفيذ" (carrying out)


# Denying a role is not denying the strike: "the coalition denied responsibility for the strike on Hajin"; the
# denier, a day or "in a statement" may stand between the verb and the role ("نفى التحالف الدولي، يوم الثلاثاء، تنفيذ").
DENIED_ROLE = re.compile(
    r"\bden(?:y|ies|ied|ying)\s+(?:(?:late\s+|early\s+)?on\s+\w+,?\s+|in\s+a\s+statement,?\s+)?(?:any\s+|its\s+|all\s+)?(?:responsibility|involvement|role|links?|connection|"
    r"(?:that\s+)?(?:it|its (?:forces|aircraft|drones))\s+(?:had\s+)?(?:carried out|conducted|was behind|were behind)|"
    r"(?:carrying out|conducting|being behind|having carried out)\b)|"
    r"(?<![\u0621-\u064a])[وف]?(?:نفى|نفت|ينفي|تنفي)\s+(?:\S+\s+){0,5}?(?:مسؤولي|علاقت|مسؤوليت|تنفيذ|قيام)", re.I)


def _last_actor(text: str) -> str:
    """The actor named last in `text`: the one closest before a denial verb."""
    best, at = "", -1
    for name, rx in ACTORS:
        for a in rx.finditer(text):
            if a.start() > at:
                best, at = name, a.start()
    return best


def denier(text: str) -> str:
    """The actor who denies a role in the strike, when the text says so; they are not its author."""
    m = DENIED_ROLE.search(text)
    if not m:
        return ""
    before = text[:m.end()]  # "the coalition denied", "نفى التحالف مسؤوليته"
    return _last_actor(before)


def event_denier(text: str) -> str:
    """The actor named just before a denial of the strike itself ("the coalition denied that any strike hit")."""
    m = DENIED.search(text)
    if not m:
        return ""
    # English names the denier before the verb; Arabic after it ("نفى التحالف")
    before = text[:m.end() + (25 if "\u0600" <= m.group(0)[0] <= "\u06ff" else 0)]
    return _last_actor(before)


def status(clause: str) -> str:
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
    ("US-led coalition", re.compile(r"\b(?:us|u\.s\.|american|international)[- ]led coalition\b|\bthe coalition\b|\bcoalition (?:forces|aircraft|warplanes|jets|drones?)\b|التحالف الدولي|التحالف", re.I)),
    ("United States", re.compile(r"\b(?:united states|u\.s\.|us|american|pentagon|centcom)\b(?!-led)(?= (?:forces|military|aircraft|warplanes|jets|drones?|strikes?|army|air force|troops|central command))|\bcentcom\b|\bpentagon\b|الأمريكية|الأميركية|أمريكية|أميركية|الأمريكي|الولايات المتحدة|واشنطن", re.I)),
    ("Russia", re.compile(r"\brussian?\b|الروسية|الروسي|روسية|روسيا", re.I)),
    ("Syrian government", re.compile(r"\b(?:syrian |assad )?regime (?:aircraft|warplanes|forces|helicopters|artillery)\b|\bsyrian (?:army|air force|government forces|warplanes)\b|النظام السوري|قوات النظام|طيران النظام|الجيش السوري", re.I)),
    ("Turkey", re.compile(r"\bturk(?:ey|ish)\b|التركية|التركي|تركيا", re.I)),
    ("Iraq", re.compile(r"\biraqi (?:aircraft|air force|warplanes|jets|f-16s?)\b|الطيران العراقي|العراقية", re.I)),
    ("Islamic State", re.compile(r"\b(?:islamic state|isis|isil|daesh|is cells?)\b|تنظيم الدولة|داعش", re.I)),
]
PRESUMED = re.compile(r"\b(presumabl[ey]|believed to be|thought to be|likely|probably|suspected|reportedly|allegedly|said to be|apparently|most likely|attributed to)\b|يرجح|يرجّح|يعتقد|يُعتقد|على الأرجح|يُرجح|مرجح", re.I)
UNIDENTIFIED = re.compile(r"\b(unidentified|unknown|unmarked|anonymous|unclaimed)\b|مجهولة|مجهول الهوية|مجهولة الهوية|لم تعرف هويتها", re.I)
CLAIMED = re.compile(r"\b(claimed responsibility|took responsibility|announced (?:that )?it|said (?:it|its forces) (?:had )?(?:struck|targeted|conducted|carried out)|confirmed (?:it|that it) (?:had )?(?:struck|conducted|carried out))\b|تبنى|تبنت|أعلن[ت]? مسؤوليت", re.I)


# One pass for every actor: the leftmost mention wins, ties go to the earlier actor in ACTORS, as one search each would.
_ANY_ACTOR = re.compile("|".join(f"(?P<a{i}>{rx.pattern})" for i, (_, rx) in enumerate(ACTORS)), re.I)


def attribution(text: str) -> tuple[str, str]:
    """(actor, certainty) read from a stretch of text; ("", "") when nobody is named."""
    m = _ANY_ACTOR.search(text)
    actor = ACTORS[int(m.lastgroup[1:])][0] if m else ""
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
_KILL_WORDS = re.compile(r"\b(killed|died|dead|deaths?|death toll|lost their lives|perished|killing)\b|مقتل|قتلى|قتل|مصرع", re.I)


def fatalities(clause: str) -> tuple[int | None, int | None, str]:
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
