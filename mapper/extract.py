"""From a report's text to the strike events it really reports.

Read the way a conflict-data coder reads: a place counts only when a strike
sentence says it was struck there. Places that only say who struck or from
where, where a blast was heard, where troops withdrew, or that sit in captions,
"Related Articles" lists and background paragraphs are not events.
"""

from __future__ import annotations

import bisect
import copy
import operator
import itertools
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from gazetteer import Gazetteer, Match, load
from gazetteer.matcher import Candidate
from gazetteer.normalize import fold
from gazetteer.places import Place
from gazetteer.resolve import km

from . import cues, dates, segment, spatial
from .scripts import ByScript, has_arabic, has_latin
from .decisions import Decision, Extraction, Unlocated
from .model import Event, Report, stable_id
from .numbers import count_before

# (and the answer to a strike: "Rockets hit the base, prompting US jets to strike …", "، وردت طائرات أمريكية بقصف …": the
# jets that answer did not fire the rockets)
_CLAUSE_BREAK = re.compile(r";|؛|,?\s+\b(?:while|whereas|but|although|though|meanwhile)\b|،\s*(?:فيما|بينما|لكن)|"
                           r",\s+(?:prompting|prompted|triggering|drawing)\b|,\s+and\s+(?:[\w-]+\s+){1,3}?(?:responded|retaliated)\b|"
                           r"،\s*[وف](?:ردت|رد|ردّت)(?![\u0621-\u064a])")
_STRIKE_NOUNS = (r"(?:air\s+)?(?:raids?|riads?|strikes?|airstrikes?|air strikes?|blasts?|explosions?|missiles?|rockets?|"
                 r"shells?|attacks?|sorties|bombings?|غارات|غارة|ضربات|ضربة|صواريخ|انفجارات)")
# An Arabic cue word starts a word: "من" (from) is not the end of "ضمن" (within); و/ف and some ب/ل proclitics may lead.
_AR_B = r"(?<![\u0621-\u064a])"
# Place mentions preceded by these words name an origin, a witness's whereabouts, a troop movement, where
# casualties were taken or where people come from: not a target. One pattern; the group says which.
# the building a blast or a strike is placed by or hit: "near the clinic of", "hit the hospital in"
_BY_BUILDING = "".join(rf"(?<!\b{w}\sthe\s)(?<!\b{w}\sa\s)" for w in ("near", "by", "outside", "at", "hit", "struck", "targeted",
                                                                       "shelled", "bombed"))
_NOT_TARGET_KINDS = [
    ("an outlet's or source's name", r"\b(?:channel|TV|television|broadcaster|newspaper|website|radio)|\btold|\bquoting|"
                                     r"\bspeaking\s+to|\bin\s+(?:an\s+)?interview\s+with|"
                                     r"\b(?:reported|quoted|cited)\s+by|"
                                     r"\baccording\s+to(?:\s+[\w’'-]+){0,2}?|" + _AR_B + r"[وف]?[بل]?(?:قناة|موقع|شبكة|وكالة|إذاعة|صحيفة|حسب|وفق)"),
    ("origin", r"\b(?:launched|took off|flying|flew|came|coming|returned|fired|departed|launch(?:ed)?\s+\w+)\s+from|"
               # "came from positions on the western bank near the bridge": the positions hold the place, however far
               r"\bfrom\s+(?:the\s+|their\s+|its\s+|an?\s+)?(?:[\w-]+\s+)?(?:positions?|posts?|bases?|points?|sites?)\s+"
               r"(?:(?!and\b|or\b)[\w’'-]+\s+){0,5}?(?:in|on|at|near|along|inside|outside|by|of)(?=\s+(?:the\s+)?$)|"
               # "sent the drone from areas held by the regime west of the Euphrates": the holder's land, not a target
               r"\bfrom\s+(?:the\s+)?(?:areas?|territor(?:y|ies)|regions?|land)\s+(?:held|controlled|run)\s+by|"
               r"\bfrom|\bby(?=\s+(?:the\s+)?$)|" +
               _AR_B + r"[وف]?(?:(?:انطلقت|انطلاقا|انطلاقاً|قادمة|قادمين|قادما|قادماً|أطلقت|اطلقت|أطلق|اطلق|أُطلقت|أُطلق|مطلقة)\s+من|"
               # "أُطلقت من نقاط "قسد" في بلدة درنج": fired from the posts, however many words name their holder
               r"(?:أطلق|اطلق|أُطلق)\S*\s+من\s+(?:مواقع|نقاط|مقرات|قواعد|مناطق)[^.،؛]{0,80}?|"
               # a bare "من" is "from" only right before the place ("من البوكمال", "من مدينة الميادين"): with words
               # between it is "of" ("عنصرين من الميليشيات في حي الحسرات"), and "على مقربة من" is near, "من جهة" a side
               r"(?<!مقربة )(?<!بالقرب )(?<!القرب )(?<!قريب )(?<!قريبة )(?<!قريبا )(?<!قريباً )(?<!بعيدا )(?<!بعيداً )(?<!كم )"
               # "إلى الشمال من مطار …" says where the shells fell, not where they came from
               r"(?<!الشمال )(?<!الجنوب )(?<!الشرق )(?<!الغرب )"
               r"من(?=\s+(?:(?:مواقع|مواقعها|مواقعه|مواقعهم|نقاط|نقاطها|مقرات|مقراتها|مقر|قاعدة|قاعدتها|قواعد|قواعدها)\s+(?:في\s+|ب)?)?"
               # ("من اتجاه منطقة التنف": from the direction of)
               r"(?:اتجاه\s+)?(?:(?:مدينة|بلدة|قرية|منطقة|مناطق|ريف|بادية|داخل|أراضي|الأراضي)\s+)?$))"),
    ("casualties taken to", r"\b(?:taken(?!\s+place)|rushed|transferred|transported|airlifted|brought|admitted)\s+(?:[\w’'-]+\s+){0,6}?(?:to|in|at)|"
                            # "ambulances took the wounded to al-Assad Hospital", "the injured were carried to a clinic in"
                            r"\b(?:took|carried|drove|ferried)\s+(?:the\s+|their\s+)?(?:[\w’'-]+\s+)?(?:wounded|injured|casualties|"
                            r"victims|bodies|dead)\s+(?:[\w’'-]+\s+){0,3}?(?:to|in|at)|\b(?:were|was|being)\s+carried\s+(?:[\w’'-]+\s+){0,3}?to|"
                            # ("blew up near the clinic of the village", "struck the hospital in …": the place of the
                            # blast, by a building it names, not where the wounded went)
                            r"\bevacuated\s+(?:[\w’'-]+\s+){0,3}?(?:in|on|from|to)|" + _BY_BUILDING +
                            r"\b(?:hospitals?|clinic|medical point)\s+(?:in|of|at)|"
                            # "al-Shefaa hospital, a facility run by the militias in", "مشفى الشفاء، الذي تديره الميليشيات
                            # في": the hospital described, then the town that holds it
                            r"\b(?:hospitals?|clinic|medical\s+point)\s*,\s+(?:an?|the|which\s+is)\s+(?:[\w’'-]+\s+){0,6}?(?:in|at)|"
                            r"\btook\s+refuge\s+in|" + _AR_B + r"[وف]?(?:أسعف|أسعفوا|إسعاف|اسعاف)\S*\s+(?:\S+\s+){0,5}?(?:إلى|الى|في)|"
                            r"(?<![\u0621-\u064a])(?<!قرب )(?<!جانب )(?<!أمام )(?<!امام )(?<!بجوار )(?<!استهدف )(?<!استهدفت )"
                            r"(?<!قصف )(?<!قصفت )[وف]?(?:[بل]|لل)?(?:ال)?(?:مشفى|مستشفى|مستوصف)\s+(?:\S+\s+){0,2}?(?:في|ب)|"
                            r"(?:مشفى|مستشفى)\s+(?:[^\s،,]+\s+){0,2}?[^\s،,]*\s*[،,]\s*(?:الذي|التي|وهو|وهي)\s+(?:\S+\s+){0,5}?(?:في|ب)"),
    ("movement", r"\b(?:fled|headed|heading|moved|sent|went|returned|withdrew|redeployed|travell?ed)\s+(?:back\s+)?(?:to|towards?)|"
                 r"\bwithdr[ae]w\s+(?:[\w’'-]+\s+){0,6}?from|\bin\s+the\s+direction\s+of|\btowards?|" +
                 _AR_B + r"[وف]?(?:نحو|باتجاه|(?<!أدى )(?<!ادى )(?<!إضافة )(?<!اضافة )(?:إلى|الى)(?!\s+ال(?:شمال|جنوب|شرق|غرب)\s+من\s)"
                 # "إلى جانب مستودعات عياش": beside, in addition to (as "إضافة إلى"), not a way to go
                 r"(?!\s+جانب\s))|" + _AR_B + r"[وف]?(?:نزح|نزحت|انسحب|انسحبت|تنقل|نقل|نقلت)\s+(?:\S+\s+){0,5}?(?:إلى|الى|من|نحو)"),
    # (not "the sources of the fire in al-Shibli", "مصادر إطلاق الصواريخ في منطقة الشبلي": the launch points, which a
    # reply strikes)
    ("witness", r"\b(?:echoed|heard|felt|seen)\s+(?:across\s+|throughout\s+)?(?:in|from|over)|"
                r"\b(?:locals?|residents?|sources?(?!\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:fire|launch(?:es|ing)?|shelling|rockets?|missiles?|attacks?)\b)|"
                r"activists?|correspondents?|reporters?|(?:eye)?witness(?:es)?)\s+(?:of|in|from)|"
                # civilians from a village speak for it; "killed seven civilians in the town of Hajin" is the target
                r"\bcivilians\s+from|"
                # "local networks in al-Mayadin reported", "شبكات محلية في الميادين": where the news comes from
                r"\b(?:local|news|media)\s+(?:networks?|pages)\s+(?:of|in|from)|"
                r"\bcorrespondents?\s+(?:[\w’'-]+\s+){0,3}?in|" +
                _AR_B + r"[وفل]?(?:مراسل|مراسلة|مراسلو|ناشطون|ناشطين|(?:مصادر|مصدر)(?!\s+(?:ال)?(?:إطلاق|اطلاق|نيران|نار|قصف))|"
                r"أهالي|سكان|شهود)\S*\s+(?:\S+\s+){0,3}?(?:في|ب)|" +
                # "مصدر محلي من بلدة الطيانة": a source from the town, as in English
                _AR_B + r"[وفل]?(?:مصادر|مصدر|ناشط|ناشطون|ناشطين|شهود)\s+(?:(?:محلي|محلية|ميداني|ميدانية|مطلع|مطلعة|أهلي|أهلية)\s+)?من|" +
                # (the Arabic of "local networks in")
                _AR_B + r"[وفل]?(?:شبكات|صفحات)\s+(?:محلية|إخبارية|اخبارية|إعلامية|اعلامية)\s+(?:في|ب|من)"),
    ("overflight", r"\b(?:flying|flew|flown|circling|circled|hovering|hovered|spotted|sighted|observed|seen|roaming)\s+"
                   r"(?:[\w’'-]+\s+){0,2}?(?:over|above|in\s+the\s+skies?\s+of)|" +
                   _AR_B + r"[وف]?(?:تحليق|حلقت|حلق|تحلق|شوهدت|رصدت)\S*\s+(?:\S+\s+){0,3}?(?:فوق|سماء|أجواء|اجواء|بسماء|بأجواء)"),
    ("where forces are based", r"\bbased\s+(?:in|near|at)|\bstationed\s+(?:in|at)|\bdeployed\s+(?:in|to|at)|\bheadquartered\s+in|" +
                               _AR_B + r"(?:المتمركزة|المتمركزين|المنتشرة|المنتشرين|المتواجدة|المتواجدين|المتمركز|الموجودة|الموجودين|المرابطة)\s+(?:في|ب)"),
    # "during a sweep of the al-Duwair desert", "أثناء تمشيط بادية الدوير": where a ground operation went, not a target
    # "as the SDF was conducting a security campaign in al-Busayrah", "حملة أمنية في بلدة البصيرة": likewise
    ("area of a ground operation", r"\b(?:sweep(?:s|ing)?|comb(?:ing|ed)?|search(?:ing)?)\s+(?:operations?\s+)?(?:of|through|in)|"
                                   r"\b(?:security|arrest|raid|ground|counter-?terrorism)\s+(?:campaigns?|operations?|sweeps?)\s+"
                                   r"(?:[\w’'-]+\s+){0,3}?(?:in|of|across|through)|" +
                                   _AR_B + r"[وفل]?(?:تمشيط|حملة تمشيط|عمليات تمشيط|(?:حملة|حملات|عملية|عمليات)\s+(?:أمنية|امنية|دهم|مداهمة)\s+(?:\S+\s+){0,2}?(?:في|ب|على))"),
    # ("Mustafa, who lives in the al-Tamu neighbourhood", "يقيم في حي التمو": where a witness lives, not a target)
    ("where people come from", r"\b(?:natives?|sons|tribesmen|families|people|members|residents?)\s+(?:of|from)\s+(?:the\s+)?(?:town\s+of\s+|village\s+of\s+)?|"
                               r"\bhail(?:ing|ed|s)?\s+from|\boriginally\s+from|"
                               # ("claimed three lives in Hajin", "lost their lives in": the noun, not a residence)
                               r"\b(?:(?:who|he|she|family|still|now|currently|also)\s+lives|live|living|lived|resides?|residing|resided)\s+in|" +
                               _AR_B + r"[وف]?(?:من أبناء|أبناء|ينحدر من|ينحدرون من|من أهالي|أهالي|(?:ال)?(?:مقيم|يقيم|تقيم|يسكن|تسكن|ساكن|قاطن|يقطن|تقطن)(?:ون|ين|ة)?\s+(?:في|ب))"),
    # (the town right after "belonging to", "the town of", not "a truck belonging to the militias ... near al-Bukamal")
    ("the town a village belongs to", r"\b(?:which\s+)?belong(?:ing|s|ed)?\s+to(?=\s+(?:the\s+)?(?:(?:town|city|village|district|"
                                      r"sub-?district|countryside|area|region|municipality)\s+of\s+)?$)|\bpart\s+of|\baffiliated\s+(?:to|with)|"
                                      r"\bextension\s+(?:to|of)|\bconnected\s+to|" + _AR_B + r"(?:التابعة|التابع)\s*(?:ل|لـ)?\s*(?:مدينة|بلدة|ناحية)?"),
]
_NOT_TARGET_BEFORE = ByScript.named([(f"k{i}", rx) for i, (_, rx) in enumerate(_NOT_TARGET_KINDS)],
                                    r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,5}?$", re.I)
_ROAD_FROM = re.compile(r"\b(?:road|highway|route|stretch|way)\s+(?:\w+\s+){0,2}?from\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:to\s+(?:the\s+)?)?$|"
                        r"(?:الطريق|طريق)\s+(?:\S+\s+){0,2}?(?:من|بين)\s+(?:\S+\s+){0,3}?(?:إلى|الى|و)?\s*$", re.I)
# "a drone hit a vehicle as it drove from the village of al-Kishmah towards al-Duwair", "أثناء سيرها من الكشمة باتجاه
# الدوير": a vehicle struck on its way between two places is on the road between them; both ends are named (the
# start only when the way's end follows it: "a convoy driving from Iraq was hit near al-Bukamal" keeps its origin)
_ROUTE_STEMS = ("drov", "driv", "travel", "moving", "heading", "سير", "تنقل", "طريق")
_ROUTE_WAY = (r"\b(?:drove|driving|travell?(?:ed|ing)|moving|heading|on\s+(?:its|their|his)\s+way)\s+from\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?|"
              r"(?<![\u0621-\u064a])(?:أثناء|خلال|اثناء)\s+(?:سير|تنقل|مرور|طريق)\S*\s+من\s+(?:\S+\s+){0,2}?")
_ROUTE_FROM = re.compile(f"(?:{_ROUTE_WAY})$", re.I)
_ROUTE_TO_AFTER = re.compile(r"\s+(?:to|towards?)\s|\s+(?:باتجاه|نحو|إلى|الى)\s", re.I)
_ROUTE_TO = re.compile(f"(?:{_ROUTE_WAY})\\S+(?:\\s+\\S+){{0,2}}?\\s+(?:to|towards?|باتجاه|نحو|إلى|الى)\\s+(?:the\\s+)?$", re.I)
# "moving from al-Mayadin to al-Bukamal as it passed through al-Quriyah", "من دير الزور إلى الميادين قرب بلدة محكان":
# the sentence names where the vehicle was hit, so the way's ends are only where it came from and went
# (not "not far from the al-Bukamal crossing": a locator of the way, not the place hit)
_ROUTE_HIT_AT = re.compile(r"(?<!far\s)\b(?:pass(?:ed|es|ing)\s+(?:through|by)|through|near|outside|close\s+to|in|at)\s+(?:the\s+)?"
                           r"(?:(?P<kind>village|town|city|hamlet|outskirts|edge|entrance)\s+(?:of|to)\s+(?:the\s+)?)?(?=[A-Z]|al-)|"
                           r"(?<![\u0621-\u064a])(?:قرب|بالقرب\s+من|عند|(?:أثناء\s+)?مرور\S*\s+(?:في|ب|من)|في|ب)\s*"
                           r"(?P<kind_ar>بلدة|قرية|مدينة|مزرعة)?\s*(?=[\u0621-\u064a])")


def _route_hit_elsewhere(text: str, m: Match, s: segment.Sentence, in_sentence: list) -> bool:
    """Whether a sentence with a vehicle's way ("moving from A to B") names another place where it was hit, after
    the way's end: then the ends are not the road segment struck."""
    after = text[m.end:s.end]
    end = _ROUTE_TO_AFTER.match(after)
    if end:  # the way's start: look past its end
        nxt = next((o for o in in_sentence if o.start >= m.end + end.end()), None)
        if nxt is None:
            return False
        after, base = text[nxt.end:s.end], nxt.end
    else:
        base = m.end
    for hit in _ROUTE_HIT_AT.finditer(after):
        at = base + hit.end()
        there = next((o for o in in_sentence if o.start == at or (o.start > at and not text[at:o.start].strip())), None)
        if there is not None:
            if there.place.type in ("village", "town", "city", "site") or there.place.type in _WITHIN_TYPES:
                return True
        elif hit.group("kind") in ("village", "town", "hamlet") or hit.group("kind_ar"):
            return True  # "near the village of Mahkan": a place the gazetteer lacks, named as one
    return False


_PART_OF = re.compile(r"(?<![\u0621-\u064a])(?:ال)?(?:جهة|جزء|جزءا|جزءاً|أجزاء|اجزاء|قسم|طرف|أطراف|اطراف|جانب)(?:\s+[\u0621-\u064a]+)?\s+من\s+(?:\S+\s+)?$")
_AT_AFTER_ORIGIN = re.compile(r"\s+(?:at|on|against|into)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?|\s*(?:على|باتجاه)\s+(?:\S+\s+){0,2}?", re.I)
_NOT_TARGET_NAMES = {f"k{i}": name for i, (name, _) in enumerate(_NOT_TARGET_KINDS)}
# the "where people come from" cues that tell where someone lives ("who lives in", "يقيم في")
_RESIDENCE = re.compile(r"\b(?:lives?|living|lived|resides?|residing|resided)\s+in|مقيم|يقيم|تقيم|يسكن|تسكن|ساكن|قاطن|يقطن|تقطن", re.I)
# a "casualties taken to" cue that starts with the building, and the words that tell of casualties taken there
_HOSPITAL_LED = re.compile(r"(?:[وف]?(?:[بل]|لل)?(?:ال)?)?(?:hospitals?|clinic|medical|مشفى|مستشفى|مستوصف)", re.I)
_CASUALTY_WORDS = re.compile(r"\b(?:taken|rushed|transferred|transported|airlifted|brought|admitted|treated|treatment|evacuated|"
                             r"wounded|injured|hospitali[sz]ed)\b|(?<![\u0621-\u064a])[وف]?(?:نقل|نُقل|أسعف|اسعف|إسعاف|اسعاف|"
                             r"علاج|العلاج|جرحى|الجرحى|مصابين|المصابين|المصاب)", re.I)
# "Deir Ezzor 24", "Deir ez-Zor News": an outlet named after a place
_STRIKE_VERB = re.compile(r"\b(?:bombed|struck|hit|targeted|shelled|raided|attacked|pounded|strikes?|raids?)\b|قصف|استهدف|غارة|غارات", re.I)
# (capitalised: "struck Albukamal today" is a date, "Deir Ezzor Today" an outlet)
_OUTLET_AFTER = re.compile(r"^\s+(?:24|[Nn]ews|NEWS|[Nn]etwork|Now|NOW|Post|POST|Today|TODAY|[Mm]edia|MEDIA|TV|Radio|FM)\b|^\s*٢٤|^\s+24\b|"
                           # "Al Mayadeen said", "Al-Mayadeen reported that": a town does not speak
                           # (not ", reported the local media": the place ends a sentence whose source comes after)
                           r"^\s+(?:said|says|reported|reports|claimed|claims|quoted|cited|aired|broadcast|published|added)\b|"
                           # "Al Mayadeen's correspondent", "Al Mayadeen sources": whose reporters or sources they are
                           r"^(?:['’]s)?\s+(?:own\s+)?(?:correspondents?|reporters?|journalists?|sources|crew|cameraman|"
                           r"anchor|presenter|website|channel|broadcaster|English)\b|"
                           # "Al Mayadeen, citing local sources, said", "الميادين نقلاً عن مصادر": a source cited
                           r"^\s*,\s+(?:citing|quoting|which\s+cited|which\s+quoted)\b|^\s*[،,]?\s*(?:نقلا|نقلاً)\s+عن")
# "مراسل الميادين", "مصادر الميادين", "قناة الميادين": a name in the construct state after a reporter, a source or a
# channel is whose they are, not a place struck
_OUTLET_BEFORE_AR = re.compile(r"(?<![\u0621-\u064a])[وفل]?(?:مراسل|مراسلة|مراسلو|مراسلي|مصادر|قناة|شاشة|موقع)\s+$|"
                               # "قالت الميادين", "ذكرت الميادين": a town does not speak
                               r"(?<![\u0621-\u064a])[وف]?(?:قالت|ذكرت|أفادت|افادت|نقلت|أوردت|اوردت|بثت|نشرت|أضافت|اضافت)\s+$")
# a name in quotation marks after the dative "لـ" ('مصدر لـ"الميادين"', told to the channel) or after "so-called"
# ('ما يعرف بـ"قطاع الميادين"', a militia's sector): a name, not the town
_LANDMARK_AFTER = re.compile(r"\s+(?:roundabout|square|circle|street|hospital|school|mosque|bakery|hotel|stadium|market)\s+"
                             r"(?:(?:in|of|at)\s+(?:the\s+)?(?:(?:centre|center|heart|middle)\s+of\s+)?(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?)$", re.I)
_LANDMARK_BEFORE_AR = re.compile(r"(?<![\u0621-\u064a])(?:دوار|ساحة|شارع|مدرسة|مشفى|مستشفى|جامع|مسجد|فرن|سوق|فندق|ملعب)\s+$")
_IN_TOWN_AR = re.compile(r"\s*(?:في|ب)\s*(?:(?:وسط|مركز|قلب)\s+)?(?:مدينة\s+|بلدة\s+)?$")
# (a verb of listing, not "the dead were named as …", "identified the dead as …", nor the noun «عدد», "a number of")
_LISTING = re.compile(r"\b(?:listed|cited|enumerated|(?:named|identified)(?!\s+(?:[\w-]+\s+){0,3}?as\b))\b|"
                      r"\bamong\s+the\s+(?:sites|targets|positions)\b|"
                      r"(?<![\u0621-\u064a])[وف]?(?:(?:عدّدت|عددت|عدّد|سمّت|سمت)\s+(?:ال)?[\u0621-\u064a]{2,}|ومن بين المواقع|من بين المواقع|من بين الأهداف)", re.I)
_LISTING_STEMS = ("listed", "named", "cited", "enumerated", "identified", "among the", "عدد", "عدّد", "سم", "من بين")
_LISTED_TARGETS = re.compile(r"\b(?:quarters?|neighbou?rhoods?|sites?|positions?|posts?|surroundings|areas?|targets?|depots?|"
                             r"headquarters|bases?)\b|(?<![\u0621-\u064a])[وف]?(?:ال)?(?:أحياء|حي|مواقع|مقرات|محيط|مستودعات|نقاط|مناطق)"
                             r"(?![\u0621-\u064a])", re.I)
_CARRIED_OUT = re.compile(r"^\s*(?:the|these|those)\s+(?:\w+\s+)?(?:strikes|raids|airstrikes|attacks|strike|raid|attack)\s+"
                          r"(?:were|was)\s+(?:carried\s+out|conducted|launched|made)\b|"
                          r"^\s*[وف]?(?:نُفذت|نفذت|نُفّذت|نفّذت|شُنت|شنت|جرت|وقعت)\s+(?:ال)?(?:غارات|ضربات|الضربة|الغارة|ضربة|غارة|الضربتان|الغارتان)",
                          re.I)
_TOLD_TO_AR = re.compile(r"(?<![\u0621-\u064a])[وف]?(?:مصادر|مصدر|قال|قالت|قالوا|أفاد|أفادت|افاد|افادت|صرح|صرحت|أكد|أكدت|"
                         r"أوضح|أوضحت|تحدث|تحدثت|كشف|كشفت|مراسل|مراسلة)\s+(?:[^\s،,.]+\s+){0,2}?لـ?\s*$")
_QUOTED_NAME_BEFORE = re.compile(r"(?:(?<![\u0621-\u064a])لـ?\s*[\"“«]|(?:يعرف|يسمى|تسمى|يُعرف|يُسمى)\s+بـ?\s*[\"“«](?:[\u0621-\u064a]+\s+)?|"
                                 r"(?<![\u0621-\u064a])قطاع\s+|"
                                 # 'the channel "Al-Mayadeen"', 'قناة "الميادين"': an outlet named in quotation marks
                                 r"\b(?:channel|TV|television|broadcaster|newspaper|website|radio|network|outlet|agency)\s+[\"“«]|"
                                 r"(?<![\u0621-\u064a])[وفبل]?(?:قناة|موقع|شبكة|وكالة|إذاعة|صحيفة|تلفزيون)\s*[\"“«])$")
_DIGIT = re.compile(r"\d")  # any decimal digit: a date written in numbers needs one
_BACKGROUND = ByScript([(None,
    r"\b(?:constant target|frequent target|regular target|frequently|repeatedly|has long been|have long been|"
    r"historically|in recent years|for years|significance|strategic (?:importance|location|value)|is one of|"
    r"is located|lies on|controls|controlled|took over|training|"
    r"exercises?|drills?|hovered|hovering|circling|circled|"
    r"patrol(?:led|ling)?|reconnaissance|surveillance flights?)\b|"
    r"\b(?:for (?:months|years|weeks)|over the past (?:months|years)|repeated|recurring|recurrent)\b|"
    # habits: "has often been targeted"
    r"\b(?:has|have|had) (?:often|regularly|routinely) been\b",
    r"منذ (?:أشهر|سنوات|أسابيع|شهور)|متكررة|المتكررة|"
    r"انسحب|انسحاب|" + cues.TRAINING_AR + r"|تحليق|حلقت|تحلق|مرارا|مراراً|سابقاً|سابقا|خلال (?:السنوات|الأعوام|الأشهر) الماضية|منذ عام|"
    # habits and years: "وكثيراً ما تعرضت للقصف", "في السنوات الأخيرة"
    r"(?:في|خلال) (?:السنوات|الأعوام) الأخيرة|(?<![\u0621-\u064a])[وف]?(?:كثيرا|كثيراً|غالبا|غالباً|عادة|عادةً) ما(?![\u0621-\u064a])")],
    flags=re.I)
# Phrases where a trigger word is not a strike: a burst pipe, a "hard blow", prices "rocketing".
_FIGURATIVE = re.compile(
    r"(?:انفجار|انفجر)\S*\s+(?:خط|أنبوب|انبوب|قسطل|أنابيب|شبكة)|ضربة\s+(?:قاسية|موجعة|قوية|اقتصادية)|ارتفاع\s+صاروخي|"
    r"\b(?:pipe|water main|tyre|tire|transformer)\s+(?:burst|blast|explosion)|\bprices?\s+(?:\w+\s+)?(?:hit|rocketed|exploded)|"
    r"\bhit\s+hard\b|\b(?:blow|strike)\s+to\s+the\s+(?:economy|market|morale)\b|"
    # clearing mines is not a blast: "teams defused an IED", "نزع الألغام", "تفكيك عبوة ناسفة"
    r"\b(?:defus(?:ed|ing|e)|dismantl(?:ed|ing)|clear(?:ed|ing)|remov(?:ed|ing))\s+(?:\w+\s+){0,2}?(?:mines?|landmines?|ieds?|explosive\s+devices?)\b|"
    r"(?<![\u0621-\u064a])[وف]?(?:تفكيك|فكك|فككت|إزالة|ازالة|أزال|أزالت|نزع|نزعت|إبطال|ابطال|أبطل|أبطلت)\s+(?:\S+\s+){0,3}?"
    r"(?:ال)?(?:ألغام|الغام|لغم|عبو)",
    re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:towns?|villages?)\s+(?:of\s+)?)?$|"
                             r"(?<![\u0621-\u064a])بين\s+(?:(?:بلدتي|قريتي|مدينتي|بلدة|قرية|مدينة)\s+)?$", re.I)
_AND_GAP = re.compile(r"\s+and\s+(?:the\s+)?(?:(?:town|village)\s+of\s+)?|\s*و\s*(?:(?:بلدة|قرية|مدينة)\s+)?", re.I)
_NEAR_END = re.compile(r"\b(?:near|close to|at|by|outside)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:entrance|edge|outskirts|gate|exit)\s+"
                       r"(?:of|to)\s+(?:the\s+)?(?:town\s+of\s+|village\s+of\s+)?$|\bnear\s+(?:the\s+)?(?:town\s+of\s+|village\s+of\s+)?$|"
                       r"(?:قرب|بالقرب من|عند|على)\s+(?:ال)?(?:مدخل|مخرج|أطراف|اطراف|طرف)\S*\s+(?:\S+\s+)?(?:ل|لـ|ل?بلدة\s+|ل?قرية\s+)?$|"
                       r"(?:قرب|بالقرب من)\s+(?:بلدة\s+|قرية\s+)?$", re.I)
# "The director considered the strike a message to Iran, in Hatla as in al-Bukamal", "واعتبر أن الضربة رسالة إلى
# إيران": a judgement of a strike already told; the places it names are the speaker's, not new targets
_COMMENT = re.compile(
    r"\b(?:consider(?:s|ed)?|describ(?:es|ed)|view(?:s|ed)?|sees|saw|regard(?:s|ed)?|interpret(?:s|ed)|call(?:s|ed)|"
    r"believes?|believed|thinks?|thought|argu(?:es|ed))\s+(?:that\s+)?(?:the|these|this|those|such)\s+(?:\w+\s+)?"
    r"(?:strikes?|raids?|attacks?|bombings?|shelling)\s+(?:(?:was|were|is|are|as)\s+)?(?:an?\s+|the\s+)?(?:\w+\s+)?"
    r"(?:message|warning|signal|sign|escalation|show of force)\b|"
    r"(?<![\u0621-\u064a])[وف]?(?:اعتبر|يعتبر|اعتبرت|تعتبر|رأى|يرى|رأت|ترى|وصف|يصف|وصفت|عدّ|عد)(?:وا|ت)?\s+(?:\S+\s+){0,4}?"
    r"(?:أن|ان)\s+(?:ال(?:ضربة|غارة|غارات|ضربات|قصف|هجوم|هجمات|استهداف))\s+(?:\S+\s+){0,2}?(?:ب?مثابة\s+)?"
    r"(?:رسالة|رسائل|تحذير|إنذار|انذار|تصعيد|إشارة|اشارة)|"
    # "Analysts say strikes on al-Bukamal aim to …", "ويرى محللون أن الضربات على البوكمال تهدف …": an analyst's reading
    r"\b(?:analysts?|experts?|observers?|commentators?|researchers?)\s+(?:say|said|believe|believed|argue|argued|note|noted|"
    r"think|thought|see|saw|suggest|suggested)\b|"
    r"(?<![\u0621-\u064a])[وف]?(?:يرى|رأى|يقول|قال|يعتقد|اعتبر|يعتبر|يؤكد)\s+(?:\S+\s+){0,2}?(?:محللون|محللين|خبراء|مراقبون|مراقبين|متابعون|باحثون)(?![\u0621-\u064a])",
    re.I)
_COMMENT_STEMS = ("onsider", "escrib", "view", "see", "saw", "egard", "nterpret", "call", "eliev", "think", "thought",
                  "nalyst", "xpert", "bserver", "ommentator", "esearcher", "محلل", "خبراء", "مراقب", "متابع", "باحث",
                  "argu", "عتبر", "رأى", "يرى", "رأت", "ترى", "وصف", "يصف", "عد")
# A place that opens a sentence followed by ':' '(' or a dash is a dateline, not a target ("Deir Ezzor, SANA- Warplanes
# attacked …": the agency may be named in capitals before the dash)
_DATELINE_AFTER = re.compile(r"^\s*(?:,\s*(?:Syria|[A-Z][A-Za-z]+)\s*)?(?:\(|:|–|—|-\s|\s+\d{1,2}\s+\w+\s*\()")
# Words that only say where a place lies: "Hajin town in the eastern countryside of Deir Ezzor".
_LOCATIVE_GAP = re.compile(
    r"^[\s,،]*(?:(?:in|of|within|inside|the|town|city|village|area|region|district|province|governorate|countryside|"
    r"rural|eastern|western|northern|southern|east|west|north|south|outskirts|desert|badia|syria['’]s|"
    r"في|ب|بريف|ريف|مدينة|بمدينة|بلدة|ببلدة|قرية|منطقة|بمنطقة|محافظة|بمحافظة|بادية|ببادية|ضمن|ما|يعرف|يسمى|شرق|غرب|شمال|جنوب|شرقي|غربي|شمالي|جنوبي|الشرقي|الغربي|الشمالي|الجنوبي)[\s,،]*)+$",
    re.I)
_LOCATIVE_WORD = re.compile(r"\b(?:in|of|within|inside)\b|(?:^|\s)(?:في|ب\S*|ريف|ضمن)(?:\s|$)", re.I)
# "من نقاط قسد في بلدة درنج على الضفة الشرقية لنهر الفرات": the bank the place is on
_ON_AR = re.compile(r"^\s*[،,]?\s*على\s+$")


def _nests(gap: str) -> bool:
    """The words between a place and one that holds it ("X in Y", "X في Y", "X على الضفة"): the holder is said of X."""
    return bool(_NEST.match(gap) or _NEST_AR.match(gap) or _ON_AR.match(gap))


_WITHIN_TYPES = {"neighbourhood", "street", "site"}  # parts of a town, not facilities that only borrow its point
_SIZE = {"country": 6, "governorate": 5, "region": 5, "desert": 4, "city": 3, "town": 2, "village": 1}
# "destroyed a headquarters inside the city", "دمرت مقراً داخل المدينة": the town itself, not only its quarters
_INSIDE_THE_TOWN = re.compile(r"\b(?:inside|within)\s+the\s+(?:city|town)\b(?!\s+of\b)|\bin\s+the\s+(?:city|town)\s+(?:itself|centre|center)\b|"
                              r"(?<![\u0621-\u064a])(?:داخل|وسط)\s+(?:المدينة|البلدة)(?![\u0621-\u064a])", re.I)
# ("the missiles hit a headquarters in Albu Kamal": the missiles told before, on their day)
_DEFINITE_REF = re.compile(r"\b(?:the|these|those|this|that|said)\s+(?:\w+\s+)?(?:blasts?|explosions?|raids?|strikes?|airstrikes?|attacks?|bombings?)\b|"
                           r"\b(?:the|these|those)\s+(?:missiles|rockets)\s+(?:hit|struck|fell|landed|targeted|slammed)\b", re.I)
_CONTAINER_FOLLOWS = re.compile(r"^[^.;]{0,40}?,?\s+(?:including|such as|namely|among them)\b", re.I)
_NEST = re.compile(r"^\s*(?:neighbou?rhood|area|district|quarter|street|building|site)?\s*,?\s*(?:in|on|at|within|inside|of)\s+(?:the\s+)?$", re.I)
# "حي الهجانة بمدينة البوكمال", "حي الصناعة في البوكمال": a quarter, then the town it is in
_NEST_AR = re.compile(r"^\s*[،,]?\s*(?:في\s+|ب)(?:مدينة\s+|بلدة\s+|قرية\s+)?$")
# "في بلدة المجاودة بريف دير الزور الشرقي", "the village of Zighan in the eastern countryside": a region that says
# where a place the gazetteer lacks lies is no strike of its own (the strike goes to unlocated.csv)
_NOT_AREA_NAME = (r"(?![A-Z]{2,}s?\b|(?:Iranian|Iraqi|Syrian|Russian|American|Turkish|Kurdish|Israeli|Arab|Coalition|Government|"
                  r"Regime|Militia|Opposition|Tribal|Shia|Shiite|Sunni|Islamic|Daesh|Rebel|Kurdish-held|Iranian-run|"
                  r"Iran-backed|US-backed|Russian-backed|[A-Z]\w*-(?:held|run|backed|controlled))\b)")
_UNLISTED_BEFORE = re.compile(
    r"(?:(?<![\u0621-\u064a])(?:بلدة|قرية|بلدتي|قريتي|مزرعة|حي|بئر|حقل|معسكر|مخيم)\s+(?!(?:مجاورة|قريبة|أخرى|اخرى|واحدة|صغيرة|نائية|حدودية)\b)"
    r"[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?\s*[،,]?\s*(?:في\s+|ب)?|"
    r"\b(?:village|town|hamlet)\s+of\s+(?:al-|el-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*,?\s+(?:in|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?|"
    # "struck the al-Mazare' area in the desert of al-Mayadin"
    # (not "the SDF area", "the Iranian area": an acronym or an adjective names who holds it, not a place)
    r"\bthe\s+(?:al-|el-|Al-|El-)?" + _NOT_AREA_NAME + r"[A-Z][\w'’-]+\s+area\s*,?\s+(?:in|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?)$")
_NEAR_UNLISTED = re.compile(
    r"(?<![\u0621-\u064a])(?:ب|في\s+)?(?:قرية|بلدة|حي|مزرعة|مزارع|منطقة)\s+(?P<w>[\u0621-\u064a]{3,}(?:\s+ال[\u0621-\u064a]{2,})?)\s*[،,]?\s*"
    r"(?:القريبة من|القريب من|قرب|بالقرب من|على مقربة من)\s*(?:مدينة\s+|بلدة\s+)?$|"
    r"\b(?:village|town|hamlet|farms?)\s+of\s+(?P<w2>(?:al-|el-)?[A-Z][\w'’-]+)\s*,?\s+(?:near|close to)\s+(?:the\s+)?"
    r"(?:(?:town|city)\s+of\s+)?$|"
    # "sites in the al-Humayda area near al-Bukamal", "في منطقة الحميضة قرب البوكمال"
    r"\bthe\s+(?P<w3>(?:al-|el-|Al-|El-)?" + _NOT_AREA_NAME + r"[A-Z][\w'’-]+)\s+area\s*,?\s+(?:near|close to)\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?$")
_REGION_TYPES = ("region", "governorate", "desert", "river")
# "قرب ضفة نهر الفرات في بلدة المجاودة": the region or river before a place the gazetteer lacks
_UNLISTED_AFTER = re.compile(r"^\s*[،,]?\s*(?:في|ب)\s*(?:بلدة|قرية|حي|مزرعة)\s+[\u0621-\u064a]+|"
                             r"^\s*,?\s+(?:in|at|near)\s+the\s+(?:village|town)\s+of\s+[A-Z]")
# ", close to the village of X": a place word after the comma makes it a description, not a list item
_DESCRIBED_NEAR = re.compile(r"\s*,\s*(?:near|close to|next to|not far from|adjacent to)\s+(?:the\s+(?:town|village|city)\s+of\s+)?|"
                             r"\s*[،,]\s*(?:قرب|بالقرب من|على مقربة من)\s+(?:بلدة|قرية|مدينة)?\s*", re.I)
# "Hajin, located on the eastern bank", "in the village, which lies on the east bank", "حقل التنك، الواقع في بادية
# الشعيطات", "في القرية الواقعة على الضفة الشرقية": the second place only says where the first lies
_LOCATED_GAP = re.compile(r"^\s*[,،]?\s*(?:which\s+(?:lies|is\s+located|is\s+situated|sits)|located|situated|lying|"
                          r"الواقعة|الواقع|الكائنة|الكائن|التي\s+تقع|الذي\s+يقع)\s+(?:in|on|at|along|near|within|"
                          r"على|عند|في|ب(?!ين\s)|قرب|ضمن)\s*(?:the\s+)?(?:[\w’'-]+\s+){0,4}?$", re.I)
_LOCATED_NOUN = re.compile(r"(?:\b(?:the|this|that)\s+(?:village|town|city|area|neighbou?rhood)|(?<![\u0621-\u064a])(?:القرية|البلدة|المدينة|المنطقة|الحي))"
                           r"\s*[,،]?\s*(?:which\s+(?:lies|is\s+located|is\s+situated|sits)|located|situated|lying|"
                           r"الواقعة|الواقع|الكائنة|التي\s+تقع|الذي\s+يقع)\s+(?:in|on|at|along|near|within|على|في|ب(?!ين\s)|قرب|ضمن)\s*"
                           r"(?:the\s+)?(?:[\w’'-]+\s+){0,4}?$", re.I)
_APPOSITIVE = re.compile(r"^\s*,\s*(?:an?|one)\s+(?:[\w-]+\s+){0,4}?(?:of|near|in|from|outside|close to)?\s*$", re.I)
REGION_RADIUS_KM = 40.0
# Towns whose name also names the land around them: "Syria's Deir ez-Zor", "the al-Mayadin countryside".
# The region each stands for when the text means the region (empty: the town itself, at region precision).
CITY_REGIONS = {"deir-ez-zor": "deir-ez-zor-governorate", "al-mayadin": "al-mayadin-district", "al-bukamal": ""}
_CITY_BEFORE = re.compile(
    r"(?:\b(?:city|town|centre|center|downtown)\s+of\s+(?:the\s+)?|\b(?:neighbou?rhoods?|quarters?|streets?|avenue|roundabout|square)\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:city\s+of\s+)?|\bin\s+(?:the\s+)?city\s+of\s+|"
    # ("Near Dayr Az Zawr, five strikes engaged …", "قرب الميادين": one is near a town, and in a region)
    r"\b(?:near|close\s+to)\s+(?:the\s+)?|(?<![\u0621-\u064a])(?:قرب|بالقرب\s+من)\s+|"
    r"(?:مدينة|بمدينة|لمدينة|ومدينة|وسط|أحياء|شوارع|حي|بحي)\s*)$", re.I)
_CITY_AFTER = re.compile(r"^(?:['’]s)?\s+(?:city|town centre|city centre|downtown)\b|^\s*,\s*(?:the\s+)?(?:city|provincial capital)\b|"
                         r"^\s*(?:المدينة|مدينة)\b", re.I)
_REGION_BEFORE = re.compile(
    r"(?:\bSyria['’]s\s+|\b(?:rural|eastern|western|northern|southern|across|throughout|all\s+over|parts\s+of|areas\s+of|"
    r"(?:province|governorate|region|countryside|villages|towns|rural\s+areas)\s+of|(?:town|towns|village|villages|areas?)\s+in)\s+(?:the\s+)?|"
    r"(?:ريف|بريف|وريف|محافظة|بمحافظة|أرياف|قرى|مناطق|أنحاء|منطقة|بمنطقة)\s*)$", re.I)
_REGION_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:region|area|areas|province|governorate|countryside|rural\s+areas|environs|villages)\b|"
    r"^\s*,?\s+(?:in\s+)?(?:eastern\s+|northeastern\s+|north-eastern\s+)?Syria\b|^\s+(?:near|along|on|close\s+to)\s+the\s+(?:Iraqi|Syrian-Iraqi|Iraq)\b|"
    r"^\s*(?:الشرقي|الغربي|الشمالي|الجنوبي)(?![\u0621-\u064a])", re.I)
# "مدينة دير الزور وريفها", "في مدينتي الميادين والبوكمال وريفهما", "al-Mayadin and its countryside": the town with
# the land around it, a region-level mention whatever word before it says "city" ("وباديتها", its desert, is a
# place of its own: _its_desert)
_WITH_ITS_LAND = re.compile(
    r"^(?:\s*(?:and|&)\s+(?:al-|el-)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?\s*,?\s+and\s+(?:its|their|the\s+surrounding)\s+"
    r"(?:countryside|rural\s+areas|surroundings|environs|villages)\b|"
    r"^(?:\s+و\s?[\u0621-\u064a]+){0,2}\s+و(?:ريفها|ريفه|ريفهما|أريافها|أريافهما|محيطها|محيطهما)(?![\u0621-\u064a])")
_DESERT_NAMED = re.compile(r"\s+(?:desert|badia|badiya)\b", re.I)
_DESERT_WORD = re.compile(r"\b(?:desert|badia|badiya|steppe)\b|بادية|ببادية|صحراء", re.I)
_LOCATION_HEDGE = re.compile(r"\b(likely|probably|possibly|believed to have|may have)\b|يرجح|ربما", re.I)


@dataclass
class _Draft:
    sentence: segment.Sentence
    clause: tuple[int, int]
    match: Match
    place: Place
    event_type: str
    status: str
    date: dates.DateFinding | None
    qualifier: spatial.Qualifier | None
    attribution: tuple[str, str]
    count: tuple | None
    fatalities: tuple
    target: str
    cited: list[str]
    group: str = ""
    extra_targets: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    hedged: bool = False
    region: bool | None = False  # a town's name meaning its land; None until the report is read
    dated: bool = True  # False when the date is only the story's, the sentence telling none of its own
    own_attr: bool = False  # the attribution is read from the strike's own sentence, not from the rest of the report


# where a sentence joins two reports: "SDF fighter assassinated in A, and IED explodes in B", "… | …", "…، وانفجرت …"
_SAME_TOWN = re.compile(r"\b(?:the|that|this)\s+(?:town|village|city|area|neighbou?rhood)\b|\bthere\b|"
                        r"(?<![\u0621-\u064a])[وفب]?(?:ال|بال|لل)(?:بلدة|قرية|مدينة|منطقة|حي)(?![\u0621-\u064a])|"
                        r"(?<![\u0621-\u064a])(?:فيها|فيه)(?![\u0621-\u064a])", re.I)
# what struck, fell or blew up (not "explosions heard", "دوي انفجارات سُمع")
_STRUCK_THERE = re.compile(_STRIKE_VERB.pattern + r"|\b(?:fell|landed|exploded|went\s+off)\b|"
                          r"(?<![\u0621-\u064a])[وف]?(?:أصاب|أصابت|اصابت|سقط|سقطت|انفجر|انفجرت)(?![\u0621-\u064a])", re.I)
# "the village's riverside neighbourhood", "in the town", "في البلدة": the village or town named before, again
_THE_PLACE_AGAIN = re.compile(r"\b(?:the|that)\s+(?:town|village|city)\b|"
                              r"(?<![\u0621-\u064a])[وفب]?(?:ال|بال)(?:بلدة|قرية|مدينة)(?![\u0621-\u064a])", re.I)
# ("warplanes killed nine civilians in A as battles raged around B", "، فيما تدور معارك حول هجين": the fighting's own part)
_BATTLES_RAGE = re.compile(r"\b(?:battles|clashes|fighting)\s+(?:rage[sd]?|raging|continue[sd]?)\b|"
                           r"(?<![\u0621-\u064a])(?:تدور|تستمر|تتواصل|دارت|استمرت)\s+(?:ال)?(?:معارك|اشتباكات)", re.I)
_JOINED_PART = re.compile(r",\s+and\s+|\s\|\s|،\s*و(?=[\u0621-\u064a])|"
                          r",?\s+as\s+(?=(?:heavy\s+|fierce\s+)?(?:battles|clashes|fighting)\s+(?:rage|raged|continue|continued)\b)|"
                          r"[،,]?\s*(?:فيما|بينما)\s+(?=(?:تدور|تستمر|تتواصل|دارت|استمرت)\s+(?:ال)?(?:معارك|اشتباكات))")


def _own_part_not_strike(text: str, s: segment.Sentence, m: Match, trig: list) -> str:
    """A place whose own part of a joined sentence tells a killing, a raid or a clash and no strike word is that act's
    place, though the other part tells a blast: "SDF fighter assassinated in Al-Busayrah, and IED explodes in Theban"."""
    if not _JOINED_PART.search(text, s.start, s.end):
        return ""
    a, b = s.start, s.end
    for j in _JOINED_PART.finditer(text, s.start, s.end):
        if j.end() <= m.start:
            a = j.end()
        elif j.start() >= m.end:
            b = j.start()
            break
    if (a, b) == (s.start, s.end) or any(a <= s.start + t.start < b for t in trig) \
            or _SAME_TOWN.search(text, b, s.end) or _SAME_TOWN.search(text, s.start, a):
        return ""  # "SDF forces raided homes in al-Shuhayl, and a drone struck a car in the town": the strike is there
    sense = cues.non_strike_sense(text[a:b])
    if not sense:
        battles = _BATTLES_RAGE.search(text, a, b)
        sense = f"ground fighting: '{battles.group(0)}'" if battles else ""
    return f"{sense} (its own part of the sentence)" if sense else ""


# "… have come under repeated bombardment since 7 August, when tribal fighters crossed the river and attacked SDF
# positions in Dhiban", "منذ 7 آب، عندما هاجم مقاتلو العشائر مواقع قسد في ذيبان": a clause that tells the moment
# by another act, a ground attack; its places are that attack's, and the sentence's strike word is not theirs
_WHEN = re.compile(r",\s+when\s+|[،,]\s*(?:عندما|حين|حينما)\s+", re.I)
_GROUND_ATTACK = re.compile(
    r"\b(?:fighters|gunmen|tribesmen|militants|insurgents|mercenaries|militiamen|clansmen)\b[^.;]{0,100}?"
    r"\b(?:attacked|stormed|assaulted|overran|raided)\b|"
    r"(?<![\u0621-\u064a])(?:هاجم|هاجمت|هاجموا|اقتحم|اقتحمت|اقتحموا)\s+(?:\S+\s+){0,2}?(?:مقاتلو|مقاتلون|مقاتلي|مسلحو|مسلحون|مسلحي|"
    r"عناصر|أبناء|ابناء)(?![\u0621-\u064a])|(?:مقاتلو|مقاتلون|مسلحو|مسلحون)\s+(?:\S+\s+){0,4}?(?:هاجموا|اقتحموا)", re.I)


def _when_part_not_strike(text: str, s: segment.Sentence, m: Match, trig: list) -> str:
    """A place inside a "when" clause that tells a ground attack, with no strike word of its own, while the strike
    word stands in the main clause before it."""
    if " when " not in s.text and "عندما" not in s.text and "حين" not in s.text:
        return ""
    when = None
    for w in _WHEN.finditer(text, s.start, m.start):
        when = w
    if when is None:
        return ""
    end = _CLAUSE_BREAK.search(text, m.end, s.end)
    part = (when.end() - s.start, (end.start() if end else s.end) - s.start)
    if any(part[0] <= t.start < part[1] and t.strong for t in trig) \
            or not any(t.strong and t.start < when.start() - s.start for t in trig):
        return ""
    attack = _GROUND_ATTACK.search(s.text, *part)
    return f"a ground attack in its own 'when' clause: '{attack.group(0)[:60]}'" if attack else ""


def clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out = []
    pos = s
    for m in _CLAUSE_BREAK.finditer(text, s, e):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.start()
    out.append((pos, e))
    return out


def extract_events(report: Report, gazetteer: Gazetteer | None = None, include_outside: bool = False) -> list[Event]:
    """The strike events one report tells, one per place struck."""
    return extract_report(report, gazetteer, include_outside).events


class _Log:
    """The decision about each place mention, updated as a mention moves from candidate to event."""

    def __init__(self, text: str):
        self.text = text
        self.by_start: dict[int, list] = {}

    def note(self, m: Match, event: bool, reason: str, sentence: str = "", place_id: str = "") -> None:
        self.by_start[m.start] = [m, event, reason, sentence, place_id or m.place.id, ""]

    def update(self, start: int, event: bool, reason: str, event_id: str = "", joins: int | None = None) -> None:
        row = self.by_start.get(start)
        if row is not None:
            row[1], row[2] = event, reason
            if event_id:
                row[5] = event_id
            if joins is not None:
                row.append(joins)  # the mention whose event this one became part of

    def resolve_joins(self) -> None:
        """Give a mention that joined another's event (a headline) that event's id."""
        for row in self.by_start.values():
            if len(row) > 6 and not row[5]:
                target = self.by_start.get(row[-1])
                if target is not None:
                    row[5] = target[5]

    def repoint(self, old_id: str, new_id: str) -> None:
        """Mentions of an event merged into another now belong to that one."""
        for row in self.by_start.values():
            if row[5] == old_id:
                row[5] = new_id

    def drop_event(self, event_id: str, reason: str) -> None:
        """An event not kept: every mention that had become part of it says why."""
        for row in self.by_start.values():
            if row[5] == event_id and row[1]:
                row[1], row[2] = False, reason

    def decisions(self) -> list[Decision]:
        out = []
        for start in sorted(self.by_start):
            m, event, reason, sentence, pid, eid, *joins = self.by_start[start]
            seen = {start}
            while joins and not eid and joins[-1] in self.by_start and joins[-1] not in seen:
                seen.add(joins[-1])
                row = self.by_start[joins[-1]]
                eid, joins = row[5], row[6:]
            out.append(Decision(m.start, m.end, m.text, pid, event, reason, sentence, eid if event else ""))
        return out


def extract_report(report: Report, gazetteer: Gazetteer | None = None, include_outside: bool = False) -> Extraction:
    """Events, a decision with its reason for every place mention, and strikes at places not in the gazetteer.

    The flow is one way: place mentions → candidates in strike sentences with their features (cue words before
    and after, the sentence's kind of strike) → a decision with its reason → attributes of the events kept.
    """
    gaz = gazetteer or load()
    text = report.text
    log = _Log(text)
    blocks = segment.blocks(text)
    sents = segment.sentences(text, blocks)
    matches = gaz.find(text) if sents else []
    starts = [m.start for m in matches]
    sent_starts = [s.start for s in sents]
    # mentions outside the article's sentences: captions, "Related Articles", appeals, headings
    for m in matches:
        i = bisect.bisect_right(sent_starts, m.start) - 1
        if i < 0 or m.start >= sents[i].end:
            kind = next((b.kind for b in blocks if b.start <= m.start < b.end and b.kind != "boilerplate"), None) or \
                next((b.kind for b in blocks if b.start <= m.start < b.end), "text")
            log.note(m, False, f"not article text: {kind}")
    if not sents:
        return Extraction([], log.decisions())
    triggers: dict[int, list] = {}
    for s in sents:
        found = cues.find_triggers(s.text)
        if found:  # (figures of speech are looked for only where a strike word is)
            figurative = [m.span() for m in _FIGURATIVE.finditer(s.text)]
            found = [t for t in found if not cues.is_back_reference(s.text, t)
                     and not any(a <= t.start < b for a, b in figurative)]
        triggers[s.index] = found
    senses = {s.index: cues.non_strike_sense(s.text) if triggers[s.index] else "" for s in sents}
    has_strong = any(t.strong for s in sents for t in triggers[s.index] if not senses[s.index])

    def in_sentence_of(s):
        lo = bisect.bisect_left(starts, s.start)
        hi = bisect.bisect_left(starts, s.end)
        return [m for m in matches[lo:hi] if m.end <= s.end]

    if not has_strong:
        for s in sents:
            for m in in_sentence_of(s):
                log.note(m, False, "the report tells of no strike", s.text)
        return Extraction([], log.decisions())
    told_dates: dict[int, list] = {}  # the dates each sentence tells, read once for the rules that need them
    entry_of = _entry_dates(text, blocks, report.published)  # a feed's paragraphs under a line that is only a date

    def dates_of(s: segment.Sentence) -> list:
        if s.index not in told_dates:
            # ("overnight" in an entry of 8 May is the night before the entry, not before the page)
            entry = entry_of.get(s.block)
            told_dates[s.index] = dates.find_dates(s.text, entry.start if entry is not None else report.published)
        return told_dates[s.index]

    story_date = _story_date(sents, report.published, dates_of)

    blamed: list = []  # who the report blames, read when a strike place first needs it (many reports have none)

    def report_attr() -> list:
        if not blamed:
            blamed.append(_report_attributions(sents, triggers, senses, story_date, report.published, dates_of))
        return blamed[0]
    denied_by: list = []  # who denies in the report, read when an attributed strike place first needs it

    def report_deniers() -> set:
        if not denied_by:
            denied_by.append({cues.denier(s.text) or cues.event_denier(s.text)
                              for s in sents if cues.DENIED.search(s.text)} - {""})
        return denied_by[0]

    drafts: list[_Draft] = []
    in_list: dict[int, int] = {}  # a kept mention's start -> the start of the first item of the list it is in
    unlocated: list[Unlocated] = []
    cache: dict = {}
    last_by_type: dict[str, dates.DateFinding | None] = {}
    last_kind = ""  # the specific kind of the last strike told: "the strike targeted…" is of that kind
    last_drafts: list[_Draft] = []  # the places of the last strike sentence: "the strike targeted…" adds to them
    near_unlisted: list[tuple] = []  # (town id, sentence, date, name) of a town named as what an unlisted place is near
    block_date: dict[int, dates.DateFinding] = {}  # the last date told in each paragraph
    block_city: dict[int, str] = {}  # the city a paragraph is about: its dateline, or the city its strikes are in
    last_found: dates.DateFinding | None = None  # the last strike day a sentence told
    list_date, list_block = None, -1  # the day a sentence ending in ':' told, for the list items after it
    for s in sents:
        if list_date is not None and s.block != list_block and not _LIST_ITEM.match(s.text):
            list_date = None  # the list has ended
        trig = triggers[s.index]  # weak triggers count here: the report has a strong one
        # "Things escalated the next day.", "وفي اليوم التالي": the day after the last strike day told
        next_day = _next_day(s, last_found)
        if next_day is not None:
            block_date[s.block] = next_day
        in_sentence = in_sentence_of(s)
        listed = None
        if not trig and in_sentence and last_drafts and last_drafts[-1].sentence.index == s.index - 1 \
                and any(w in s.text.lower() for w in _LISTING_STEMS):
            listed = _LISTING.search(s.text)
            if listed and _LISTED_TARGETS.search(s.text):
                # "In Mayadin, the sources listed the Shibli quarter and the surroundings of the Rahba castle" right
                # after "the raids hit …": the list goes on with the strike told in the sentence before
                trig = [cues.Trigger(listed.start(), listed.end(), listed.group(0), "strike", False)]
            else:
                listed = None
        if last_drafts and last_drafts[-1].sentence.index == s.index - 1 \
                and (all(m.place.type == "country" for m in in_sentence) or senses[s.index]):
            # ("مصدراً عسكرياً سورياً نفى": a country named, or its adjective, is no strike place of the sentence's own)
            # "Pages claimed a drone struck Shuhail. The SDF denied that any attack took place", "The claims could not
            # be verified": the strike told just before, denied or doubted (a sentence naming a strike place of its
            # own has a status of its own; "the sounds came from drills at Jabal Thardah" names no strike)
            told = "denied" if cues.denies_event(s.text) else "unconfirmed" if cues.doubts_event(s.text) else ""
            if told:
                for d in last_drafts:
                    if d.status == "reported" or told == "denied":
                        d.status = told
                    if s.text not in d.evidence:
                        d.evidence.append(s.text)
        etype = cues.event_type(s.text, trig) if trig else ""
        if not trig or not etype:
            for m in in_sentence:
                log.note(m, False, "no strike word in the sentence", s.text)
            continue
        if senses[s.index]:
            for m in in_sentence:
                log.note(m, False, senses[s.index], s.text)
            continue
        comment = _COMMENT.search(s.text) if in_sentence and any(w in s.text for w in _COMMENT_STEMS) else None
        if comment and not any(t.start < comment.start() for t in trig):
            # "X struck Y, and analysts described the strikes as a warning": a strike word before the comment tells one
            for m in in_sentence:
                log.note(m, False, f"a comment on a strike told before: '{comment.group(0)}'", s.text)
            continue
        found = _strike_dates(s.text, dates_of(s))
        # "A drone struck militiamen who had gathered in Hajin on Tuesday": a day told only in a pluperfect clause
        # about the target is still the strike's when nothing else dates it (no strike day told so far)
        deed = [f for f in dates_of(s) if _earlier_deed(s.text, f)] if not found and (" had " in s.text or "قد " in s.text) else []
        if found and report.published is not None and any(q in s.text for q in _QUOTE_MARKS):
            found = [_quoted_today(s, f, sents, dates_of, report.published) for f in found]
        if found and found[0].precision == "day" and s.text.rstrip().endswith(":"):
            # "In Syria yesterday, Coalition forces conducted 29 strikes:" over "-- Near Abu Kamal, a strike
            # destroyed …": the items of the list it opens are of its day
            list_date, list_block = found[0], s.block
        if not found and next_day is not None:
            found = [next_day]
        elif found and found[0].precision == "day" and not found[0].after_publication:
            last_found = found[0]
        main = _RELATIVE_TAIL.split(s.text, 1)[0]  # "hit X, which has long been a target": the strike is not background
        bg = _background(main) or (None if found else _past_period(main, report.published))
        if bg and not found:
            for m in in_sentence:
                log.note(m, False, f"background paragraph: '{bg.group(0)}'", s.text)
            continue
        if etype == "strike" and last_kind and last_kind != "explosion" \
                and not any(t.strong for t in trig if t.kind != "strike"):
            # agentless: "a truck was hit" after a drone strike was told (blasts told before give no kind: "the blasts
            # hit a base … an unidentified strike hit it" is a strike, "الانفجارات … ضربة مجهولة" likewise)
            etype = last_kind
        elif etype != "strike" and not _outside_only(in_sentence):
            # (a drone on a base near Hasakah, told as what the strikes answer, is not the kind later ones refer to)
            last_kind = etype
        if found and found[0].precision == "range" and _TALLY.search(s.text):
            # "bringing to 340 the strikes since the start of the month": a count of strikes told one by one
            # elsewhere, not a strike of the report's day
            for m in in_sentence:
                log.note(m, False, f"a tally over a period, not a strike: '{found[0].words}', "
                                   f"'{_TALLY.search(s.text).group(0)}'", s.text)
            continue
        many = _MANY_STRIKES.search(s.text) if not found and in_sentence and any(
            w in s.text for w in _MANY_STEMS) else None
        if many:
            # "Israel has carried out hundreds of strikes in Syria, including several in al-Bukamal", "مئات الغارات":
            # strikes counted over years, told with no day of their own, not a strike of the report
            for m in in_sentence:
                log.note(m, False, f"a tally over years, not a strike: '{many.group(0)}'", s.text)
            continue
        if not in_sentence:
            last_by_type[etype] = found[0] if found else last_by_type.get(etype, story_date)
            if last_drafts and not found and _refers_back(s.text):
                _add_to(last_drafts, s, text, cache)  # "The strike targeted a commander": the strike told before
            elif found and found[0].precision == "day" and drafts and _SAME_PLACE_STEMS.search(s.text) \
                    and not _long_before(found, story_date, report.published):
                _strike_again(s, drafts, found[0], etype, trig[0].word, cache, log)
            elif last_drafts and len(found) == 1 and found[0].precision == "day" and _CARRIED_OUT.search(s.text) \
                    and not any(d.dated for d in last_drafts):
                # "The strikes were carried out late on Sunday night", "ونُفذت الغارات فجر الأحد": the day of the
                # strike told before, which its own sentence left undated
                for d in last_drafts:
                    d.date, d.dated = found[0], True
                    if s.text not in d.evidence:
                        d.evidence.append(s.text)
            unlocated.extend(_unlocated(report, text, s, [], gaz))
            continue
        old = _long_before(found, story_date, report.published)
        if old:
            for m in in_sentence:
                log.note(m, False, f"background: {old}", s.text)
            continue
        if found:
            sdate = found[0]
            block_date[s.block] = sdate
        elif s.block in entry_of:
            sdate = block_date.get(s.block, entry_of[s.block])  # the entry's own day, not the last strike's elsewhere
        elif _DEFINITE_REF.search(s.text) and etype in last_by_type:
            sdate = last_by_type[etype]
        elif s.block in block_date:
            sdate = block_date[s.block]  # "On Tuesday, … shelled Darnaj. A house was destroyed in Darnaj…"
        elif list_date is not None and s.block != list_block:
            sdate = list_date  # an item of a list its opening sentence dated
        elif deed and last_found is None and deed[0].precision == "day" and not _long_before(deed, story_date, report.published):
            sdate = deed[0]
        else:
            sdate = story_date
        if listed is not None and not found:
            sdate = last_drafts[-1].date
        dated = sdate is not story_date
        if not _outside_only(in_sentence):
            last_by_type[etype] = sdate
        days_before: dict[int, int] = {}
        kept, why_not = _targets(text, s, in_sentence, gaz, [s.start + f.position for f in found], days_before,
                                 struck_before=bool(drafts))
        for m in in_sentence:
            if m.start in why_not:
                log.note(m, False, why_not[m.start], s.text)
                if why_not[m.start].startswith(NAMESAKE):
                    unlocated.append(Unlocated(report.id, s.text, m.text, f"not in the gazetteer: {why_not[m.start]}",
                                               report.source, report.url,
                                               report.published.isoformat() if report.published else None))
        unlisted = _unlocated(report, text, s, in_sentence, gaz)
        unlocated.extend(unlisted)
        kept = _not_around_unlisted(text, s, in_sentence, kept, log, {u.words for u in unlisted}, near_unlisted, sdate)
        for m in in_sentence:
            if why_not.get(m.start) == "dateline" and m.place.id in CITY_REGIONS:
                block_city[s.block] = m.place.id  # "al-Mayadin: Coalition warplanes bomb …": the entry's town
        if s.block in block_city:
            kept = _namesakes_elsewhere(report, text, s, in_sentence, kept, gaz, block_city[s.block], log, unlocated)
        its = _its_desert(text, s, in_sentence, kept, gaz)
        if "airport" in s.text or "air base" in s.text or "airbase" in s.text or "مطار" in s.text:
            its += _town_airport(text, s, in_sentence, kept, gaz, block_city.get(s.block))
        if its:
            kept = sorted(kept + [(m, []) for m, _ in its], key=lambda k: k[0].start)
        if not kept:
            # "Late on Monday, Al Mayadeen sources had reported rockets fired at the same base": its only place
            # name is an outlet's
            if found and found[0].precision == "day" and drafts and _SAME_PLACE_STEMS.search(s.text) \
                    and not _long_before(found, story_date, report.published):
                _strike_again(s, drafts, found[0], etype, trig[0].word, cache, log)
            continue
        nouns = count_before(s.text, _STRIKE_NOUNS)
        group = f"{report.id}#{s.index}" if len(kept) > 1 and nouns else ""
        cited = cues.cited_sources(s.text) or _quote_source(text, s, blocks)
        sent_attr = cues.attribution(s.text)
        denier = cues.denier(s.text)
        sentence_clauses = clauses(text, s.start, s.end)
        for (a, _), (b, _) in zip(kept, kept[1:]):
            if _LIST_GAP.fullmatch(text, a.end, b.start):
                in_list[b.start] = in_list.get(a.start, a.start)
        first_draft = len(drafts)
        own_days = len(kept) > 1 and found and (len(found) > 1 or any(w in s.text for w in _RELATIVE_DAY_STEMS))
        for m, extra in kept:
            own_act = _own_part_not_strike(text, s, m, trig) or _when_part_not_strike(text, s, m, trig)
            if own_act:
                log.note(m, False, own_act, s.text)
                continue
            mdate = sdate
            if own_days and m.start not in days_before:
                # "killed by an airstrike near Mayadin on Sept. 12, and … in another strike near Mayadin the following
                # day": each part of a joined sentence that tells its own day dates its own places
                part = _part_day(s, m.start - s.start, found)
                if part is not None and (sdate is None or part.start != sdate.start or part.words != sdate.words):
                    mdate = part
            if m.start in days_before:
                if sdate is None:
                    log.note(m, False, "background: the strike it follows, undated", s.text)
                    continue
                back = sdate.start - timedelta(days=days_before[m.start])
                if report.published is not None and (report.published - back).days > BACKGROUND_DAYS:
                    log.note(m, False, f"background: the strike it follows, {days_before[m.start]} days before", s.text)
                    continue
                n = days_before[m.start]
                mdate = dates.DateFinding(back, back, "day", f"{n} day{'s' if n != 1 else ''} before the strike told",
                                          m.start - s.start)
            clause = next((c for c in sentence_clauses if c[0] <= m.start < c[1]), (s.start, s.end))
            ctext = text[clause[0]:clause[1]]
            ctrig = [t for t in trig if clause[0] <= s.start + t.start < clause[1]]
            ctype = cues.event_type(ctext, ctrig) if ctrig else etype
            if ctype in ("", "strike"):
                ctype = etype  # "the attacks presumed on sites": the sentence says what kind
            cplaces = [k for k, _ in kept if clause[0] <= k.start < clause[1]]
            fat = _cached(cache, ("fat", clause), lambda: cues.fatalities(ctext))
            if len(cplaces) > 1 and fat[0] is not None and _fatality_place(text, clause, fat[2], cplaces) is not m:
                fat = (None, None, "")  # "hit A and B, killing two": the deaths are told once, at the first place
            q = spatial.find_qualifier(text, m.start, m.end)
            place = m.place
            region = False
            word = next((t.word for t in ctrig if t.strong), ctrig[0].word if ctrig else trig[0].word)
            reason = f"struck: '{word}'" + (f", qualifier '{q.words}'" if q is not None else "")
            if mdate is not sdate:
                reason += f", the strike it follows: {mdate.words}"
            if sdate is not None and sdate.precision == "range" and sdate.words:
                reason += f", over a period: '{sdate.words}'"  # a round-up's item: dated as a range, not one day
            if q is not None and "countryside" in q.words.lower() and place.id in ("deir-ez-zor", "deir-ez-zor-governorate"):
                # "the eastern countryside of Deir Ezzor", however the city is spelt, is the region
                d = next((w for w in ("eastern", "western", "northern", "southern") if w in q.words.lower()), "")
                r = gaz.places.get(f"deir-ez-zor-{d}-countryside" if d else "deir-ez-zor-countryside")
                if r is not None:
                    place, q = r, None
                    reason = f"region: '{m.text}' with 'countryside'"
            elif q is not None and _DESERT_WORD.search(q.words) and f"{place.id}-desert" in gaz.places:
                # ("the Al-Bokamal desert", the desert's own name however the town is spelt, is the desert wherever)
                # "fired a missile at a pickup in the desert south of al-Mayadin": the town's desert, which the
                # gazetteer has as a place of its own; in a list too ("in Albu Kamal, the desert of al-Mayadeen and
                # Deir Ezzor", "in the desert around Mayadin and on the outskirts of al-Bukamal") it is that strike's
                # only locator, so the desert, not the town (the coding rule for a region that is the only locator)
                place, q = gaz.places[f"{place.id}-desert"], None
                reason = f"region: the desert of '{m.text}'"
                prev = max((k for k, _ in kept if k.end <= m.start), key=lambda k: k.start, default=None)
                if prev is not None and m.start not in in_list and _AND_THE_DESERT.match(text, prev.end, m.start):
                    # "struck Hajin and positions in the desert near al-Bukamal": one more item of the list of
                    # targets, not the region of the place before it
                    in_list[m.start] = in_list.get(prev.start, prev.start)
            elif place.id in CITY_REGIONS:
                sense, words = _city_sense(text, m, kept)
                if sense == "region":
                    r = gaz.places.get(CITY_REGIONS[place.id]) if CITY_REGIONS[place.id] else None
                    place, region = (r, False) if r is not None else (place, True)
                    reason = f"region: {words}"
                elif sense == "city":
                    reason = f"city: {words}"
                else:
                    region = None  # bare name: the city unless the report locates its strikes elsewhere
            # "X struck A, while Y shelled B": the clause names who struck its place, else the sentence does
            own = _cached(cache, ("attr", clause), lambda: cues.attribution(ctext)) if len(sentence_clauses) > 1 else sent_attr
            own = own if own[0] and own[0] != "unidentified" else sent_attr
            struck = _cached(cache, ("struck", clause), lambda: cues.sides_struck(ctext))
            # "a group calling itself the Islamic Resistance in Iraq said it struck the base": claimed by a group
            # the actor list lacks, the strike takes no one else's name from the report
            claimed = not own[0] and _cached(cache, ("claimed", s.index), lambda: cues.CLAIMED.search(cues.plain(s.text)))
            others = [] if claimed else [a for a in report_attr() if cues.SIDES.get(a[0][0], a[0][0]) not in struck]
            attr = _attr(own, others, ctype or etype)
            if attr[0] and attr[1] != "claimed" and (attr[0] == denier or attr[0] in report_deniers() and (
                    sent_attr[0] != attr[0] or cues.DENIED.search(s.text))):
                attr = ("", "")  # who denies the strike, or a role in it, is not the one it is attributed to
            log.note(m, True, reason, s.text, place.id)
            drafts.append(_Draft(
                sentence=s, clause=clause, match=m, place=place, event_type=ctype or etype,
                status=_cached(cache, ("status", clause), lambda: cues.status(ctext)), date=mdate, qualifier=q,
                attribution=attr, own_attr=bool(own[0]) and own[0] != "unidentified", count=nouns, fatalities=fat,
                target=_target(text, max([clause[0]] + [k.end for k in in_sentence if k.end <= m.start]), m), cited=cited, group=group, extra_targets=extra,
                evidence=[s.text], hedged=bool(_LOCATION_HEDGE.search(text[clause[0]:m.start])), region=region,
                dated=dated or mdate is not sdate))
        if s.kind != "title" and len(drafts) > first_draft:
            last_drafts = drafts[first_draft:]
            town = next((d.place.id for d in last_drafts if d.place.id in CITY_REGIONS and not d.region), None)
            if town is not None:
                block_city.setdefault(s.block, town)  # the town the paragraph's strikes are in
        for m, why_its in its:
            log.update(m.start, True, why_its)
    # a bare "Deir ez-Zor" is the governorate when the report locates its strikes at places inside it
    # (al-Bukamal or al-Mayadin said to be the town, "مدينة البوكمال", locates a strike inside the governorate)
    bare = {id(d) for d in drafts if d.region is None}
    # (a town's desert, "the desert south of al-Mayadin", locates a strike inside the governorate as well)
    # (so does a bare al-Mayadin or al-Bukamal, town or district: "two sites in Deir ez-Zor, one near al-Mayadin")
    located = any((d.region is False or d.region is None and d.place.id in CITY_REGIONS)
                  and (not d.place.is_region or d.place.type == "desert") and d.place.id != "deir-ez-zor"
                  and not d.place.outside and d.place.district for d in drafts)
    for d in drafts:
        if d.region is None:
            d.region = False
            if located and CITY_REGIONS.get(d.place.id) is not None and d.place.id == "deir-ez-zor":
                d.place = gaz.places.get(CITY_REGIONS[d.place.id], d.place)
                log.update(d.match.start, True, "region: a bare name while the report locates strikes at places inside it")
    # "ثلاث منها على الميادين وواحدة على البوكمال" after the Shibli area and the Hizam quarter were named, "the Hizam
    # quarter in al-Bukamal": a bare town name beside its own quarter struck the same day, or in a breakdown of the
    # strikes told, is their setting, not a strike of its own ("five died in the airstrikes in al-Bukamal" stays)
    # "the eastern side of Deir ez-Zor city was hit by four missiles. The missiles fell near Port Said street": a
    # later sentence about the same strike puts it in a quarter, and the city was its setting
    town_lists = _town_lists(text, [d for d in drafts if d.sentence.kind != "title"])
    # (a report of one paragraph is all "title": its sentences are read together, never with a headline's)
    for d in [d for d in drafts if d.place.id in CITY_REGIONS and not d.region]:
        inner = next((o for o in drafts if o is not d and o.place.parent == d.place.id
                      and (o.sentence.kind != "title" if d.sentence.kind != "title" else o.sentence.block == d.sentence.block
                           and o.sentence.index != d.sentence.index)
                      and o.place.type in _QUARTER_TYPES
                      and (id(d) in bare and (o.sentence.index == d.sentence.index or _BREAKDOWN.search(d.sentence.text))
                           or o.sentence.index > d.sentence.index and _SAME_STRIKE.search(o.sentence.text)
                           # "… قُتلوا بالضربات على مدينة البوكمال" after the quarters struck were named: the
                           # strikes told, on the city as a whole (a bare "died in the airstrikes in al-Bukamal"
                           # stays, as round 4's gold has it)
                           or id(d) not in bare and o.sentence.index < d.sentence.index
                           and _SAME_STRIKE.search(d.sentence.text)
                           # "the raids were spread … mostly in and around the cities of Bukamal, al-Mayadeen and Deir
                           # Ezzor", "«aggression» on several points in Deir Ezzor, Mayadeen and Bukamal": a town in a
                           # list of the towns the strikes touched, whose own quarter the report names, adds no strike
                           or id(d) in town_lists and not _ANOTHER_ONE.search(o.sentence.text)
                           # "عدواناً جوياً على مدينة ديرالزور ومنطقة البوكمال", "an aggression on the city of Deir
                           # ez-Zor and the Albukamal area": a city listed beside a district is named as an area, the
                           # setting of its quarters the report names struck that day
                           or o.sentence.index != d.sentence.index and _beside_region(d, drafts, in_list))
                      and (o.date is None or d.date is None or o.date.start == d.date.start)), None)
        if inner is not None and inner.sentence.index == d.sentence.index and d.match.end < inner.match.start:
            own = _INSIDE_THE_TOWN.search(text, d.match.end, inner.match.start)
            if own and _STRIKE_VERB.search(text, d.sentence.start, own.start()):
                inner = None  # "In al-Mayadin, the strikes destroyed a headquarters inside the city, while other raids
                # targeted the Shibli area": the town's own strike, told before its quarter's
        if inner is not None:
            drafts.remove(d)
            log.update(d.match.start, False, f"setting of its quarter '{inner.match.text}' struck the same day")
    # "a safe house near the city of al-Mayadin … another raid hit a launch pad in the farms of al-Haydariyah near
    # al-Mayadin": the strike said to be near the town is the one a later sentence puts at a place the gazetteer lacks
    for d in [d for d in drafts if d.qualifier is not None and d.qualifier.kind == "near" and d.sentence.kind != "title"]:
        later = next((n for n in near_unlisted if n[0] == d.place.id and n[1] > d.sentence.index
                      and (n[2] is None or d.date is None or n[2].start == d.date.start)), None)
        if later is not None:
            drafts.remove(d)
            log.update(d.match.start, False, f"locates the strike a later sentence puts at '{later[3]}', a place not in "
                                             f"the gazetteer")
    # A headline names the place its body tells of; it adds evidence, not a second event.
    body_places = {d.place.id for d in drafts if d.sentence.kind != "title"}
    for d in [d for d in drafts if d.sentence.kind == "title" and d.place.id in body_places]:
        twin = next(b for b in drafts if b.sentence.kind != "title" and b.place.id == d.place.id)
        twin.evidence.append(d.sentence.text)
        drafts.remove(d)
        log.update(d.match.start, True, f"headline: told again in the body ('{twin.match.text}')", joins=twin.match.start)
    # "Strikes on al-Mayadin" over a body that names the al-Tamu quarter, "a rocket east of al-Busayrah" over one
    # that names al-Sabha (a village of al-Busayrah): the headline's place is the setting of the body's strike
    # (a governorate or countryside headline is left to the region rule below, which says so in its own words)
    for d in [d for d in drafts if d.sentence.kind == "title" and not d.region
              and d.place.type not in ("governorate", "region", "country")]:
        inner = next((b for b in drafts if b.sentence.kind != "title" and b.place.id != d.place.id
                      and (b.date is None or d.date is None or b.date.start == d.date.start)
                      and (_is_ancestor(gaz, d.place, b.place) or _area_holds(d.place, b.place))), None)
        if inner is not None:
            inner.evidence.append(d.sentence.text)
            drafts.remove(d)
            log.update(d.match.start, True, f"headline: the body places the strike inside it ('{inner.match.text}')",
                       joins=inner.match.start)
    events = [_event(report, d) for d in drafts]
    for e in events:
        log.update(e.span_start, True, log.by_start[e.span_start][2], e.event_id)
    log.resolve_joins()
    events = _merge_within_report(events, gaz, log, {d.match.start for d in drafts if not d.dated},
                                  {d.match.start for d in drafts if not d.dated or _told_date_only(d)},
                                  titles={d.match.start for d in drafts if d.sentence.kind == "title"}
                                  if any(x.kind != "title" for x in sents) else set(), in_list=in_list)
    kept_events = []
    for e in events:
        place = gaz.places.get(e.place_id)
        if place is not None and place.outside and place.type != "country":
            if not include_outside:
                log.drop_event(e.event_id, f"outside the governorate ({place.outside})")
                continue
            e.flags = ",".join(x for x in (e.flags, "outside_governorate") if x)
        kept_events.append(e)
    return Extraction(kept_events, log.decisions(), unlocated)


_TOWN_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*[،,]?\s*و\s*)(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", re.I)


def _town_lists(text: str, drafts: list) -> set[int]:
    """The town names that stand in a list of two or more towns of one sentence: "in and around the cities of
    Bukamal, al-Mayadeen and Deir Ezzor", "في دير الزور والميادين والبوكمال"."""
    out: set[int] = set()
    towns = sorted((d for d in drafts if d.match.place.type in ("city", "town")), key=lambda d: d.match.start)
    for a, b in zip(towns, towns[1:]):
        if a.sentence.index == b.sentence.index and b.match.start - a.match.end <= 12 \
                and _TOWN_LIST_GAP.match(text, a.match.end, b.match.start):
            out.update((id(a), id(b)))
    return out


# "militias, which had previously shelled al-Shuhayl", "التي سبق أن قصفت بلدة الشحيل": an earlier strike told as
# background inside a sentence about a new one
_EARLIER = re.compile(r"(?:\b(?:had|have|has)\s+(?:previously|earlier|already|repeatedly|also\s+previously)|\bpreviously|"
                      r"(?<![\u0621-\u064a])[وف]?سبق\s+(?:و)?(?:لها\s+|له\s+|لهم\s+)?(?:أن|ان))\s+(?:[\w’'-]+\s+){0,5}?$", re.I)
# "bringing to 340 the number of raids", "يرتفع إلى ٣٤٠ عدد الغارات", "a total of 40 strikes": a count over a period
_TALLY = re.compile(r"\b(?:bring(?:s|ing)?|rais(?:es|ing)|ris(?:es|ing|en)\s+to|rose\s+to|total(?:l?ing|l?ed|s)?|in\s+total|"
                    r"tally|altogether|cumulative|the\s+number\s+of)\b|"
                    r"(?<![\u0621-\u064a])[ولف]?(?:ي?رتفع|ارتفع|ليرتفع|وصل|يصل|بلغ|يبلغ)\s+(?:\S+\s+){0,2}?(?:إلى|الى)?\s*(?:\S+\s+)?عدد|"
                    r"(?<![\u0621-\u064a])(?:إجمالي|اجمالي|مجموع|حصيلة)", re.I)
# "The strike targeted a commander", "وأسفرت الغارات عن مقتل خمسة": a sentence about the strike told before
_BACK_REF_AR = re.compile(r"(?<![\u0621-\u064a])[وف]?[بل]?ال(?:ضربة|غارة|غارات|ضربات|هجوم|استهداف|قصف|انفجار|مسيرة|طائرة)(?![\u0621-\u064a])")


# "during the withdrawal", "خلال انسحاب القوة": a background word that only sets the time of the strike told
_TIME_SETTING = re.compile(r"(?:\b(?:during|amid|while|as)\s+(?:the\s+|a\s+|its\s+|their\s+)?|"
                           r"(?<![\u0621-\u064a])[وف]?(?:خلال|أثناء|اثناء|عند|إثر|اثر|مع)\s+)$", re.I)


# "had fled in the spring after air raids on their home", "في الربيع": a season ago, not the day's strike
_SEASON = re.compile(r"\b(?:in|during|since|last)\s+(?:the\s+)?(?:spring|summer|autumn|fall(?!\s+of\s+(?-i:[A-Z]))|winter)\b(?!\s+of\s+(?:this|the\s+current))|"
                     r"(?:في|خلال|منذ)\s+(?:فصل\s+)?(?:الربيع|الصيف|الخريف|الشتاء)|"
                     r"(?:الربيع|الصيف|الخريف|الشتاء)\s+(?:الماضي|المنصرم|الفائت)", re.I)
_SEASON_STEMS = ("spring", "summer", "autumn", "fall", "winter", "الربيع", "الصيف", "الخريف", "الشتاء")
# "the heaviest raid in the area since the summer", "في أول غارة منذ الصيف الماضي": a season a strike is compared with
# in a clause of its own, not the time of the strike
_COMPARED_SINCE = re.compile(r"\b(?:first|heaviest|largest|biggest|deadliest|worst|fiercest|most\s+\w+|latest|only)\b|"
                             r"(?<![\u0621-\u064a])(?:أول|أعنف|أكبر|أشد|الأعنف|الأكبر|الأشد|الأولى|الأول)(?![\u0621-\u064a])", re.I)
_CLAUSE_START = re.compile(r"[^,،;؛]*$")


def _background(sentence: str) -> re.Match | None:
    """The first background word of a sentence that is not a time setting ("خلال انسحاب القوة")."""
    for bg in _BACKGROUND.finditer(cues.blank_training_sites(sentence)):
        if not _TIME_SETTING.search(sentence[max(0, bg.start() - 12):bg.start()]):
            return bg
    low = sentence.lower()
    if not any(w in low for w in _SEASON_STEMS):
        return None
    for season in _SEASON.finditer(sentence):
        clause = _CLAUSE_START.search(sentence, 0, season.start())
        if not _COMPARED_SINCE.search(clause.group(0)):
            return season
    return None


def _beside_region(d: _Draft, drafts: list, in_list: dict[int, int]) -> bool:
    """A town's mention in one list with a district or governorate ("the city of Deir ez-Zor and the Albukamal area")."""
    run = in_list.get(d.match.start, d.match.start)
    return any(r is not d and r.sentence.index == d.sentence.index and r.place.type in ("region", "governorate")
               and in_list.get(r.match.start, r.match.start) == run for r in drafts)


# "four rounds of raids, three of them on al-Mayadin and one on al-Bukamal": a breakdown of strikes told before
_BREAKDOWN = re.compile(r"\b(?:of\s+them|of\s+which)\b|(?<![\u0621-\u064a])منها(?![\u0621-\u064a])", re.I)
_SAME_STRIKE = re.compile(_DEFINITE_REF.pattern + r"|\bthe\s+(?:missiles?|rockets?|shells?|drones?)\b|" + _BACK_REF_AR.pattern +
                          r"|(?<![\u0621-\u064a])[وف]?ال(?:صواريخ|صاروخ|قذائف|قذيفة)(?![\u0621-\u064a])", re.I)


def _refers_back(sentence: str) -> bool:
    return bool(_DEFINITE_REF.search(sentence) or _BACK_REF_AR.search(sentence))


def _add_to(drafts: list, s: segment.Sentence, text: str, cache: dict) -> None:
    """A sentence that names no place but tells more of the strike before: its evidence and target go to that
    strike's places, and a toll it gives to the first of them (never copied, so the dead are not counted twice)."""
    tail = s.text
    for d in drafts:
        if s.text not in d.evidence:
            d.evidence.append(s.text)
    kind = cues.event_type(tail, cues.find_triggers(tail))
    who = cues.attribution(tail)
    for d in drafts:
        if kind == "drone strike" and d.event_type in ("missile strike", "strike"):
            d.event_type = kind  # "a car hit by a guided missile. The strike was carried out by a drone"
        if who[0] and who[0] != "unidentified" and not d.own_attr and d.event_type != "explosion":
            d.attribution = who  # the sentence about this strike says who, over the rest of the report
    target = cues.TARGET.search(tail)
    if target:
        for d in drafts:
            if target.group(0).strip() not in d.extra_targets and target.group(0).strip() != d.target:
                d.extra_targets.append(target.group(0).strip())
    if drafts[0].fatalities[0] is None:
        fat = _cached(cache, ("fat", (s.start, s.end)), lambda: cues.fatalities(tail))
        if fat[0] is not None:
            drafts[0].fatalities = fat


_RELATIVE_TAIL = re.compile(r"[,،]\s*(?:which|where|who|whose|الذي|التي|الذين|حيث)\b", re.I)
_MONTHS_EN = r"january|february|march|april|may|june|july|august|september|october|november|december"
_PAST_PERIOD = re.compile(
    rf"\b(?:in|since|during|throughout|by|until)\s+(?:(?:early|late|mid-?|the summer of|the spring of|the autumn of|the winter of)\s*)?"
    rf"(?:(?P<month>{_MONTHS_EN})\s+)?(?P<year>(?:19|20)\d\d)\b|"
    r"(?:في|منذ|خلال|عام)\s+(?:\S+\s+)?(?:عام\s+)?(?P<year_ar>(?:19|20)\d\d)\b", re.I)


# "The Coalition on Tuesday denied …", "…, the monitor said on Wednesday", "نفى التحالف، الثلاثاء،": the day of a
# statement, not of the strike
_SAID_AFTER = re.compile(r"^\s*,?\s*(?:said|says|told|reported|announced|denied|denies|stated|added|confirmed|claimed|"
                         r"published|posted|wrote|issued)\b", re.I)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told\s+\w+|reported|announced|denied|stated|added|confirmed|claimed|published|posted|"
                          r"wrote)\s+(?:late\s+|early\s+)?$|"
                          r"(?<![\u0621-\u064a])[وف]?(?:قال|قالت|أعلن|أعلنت|اعلن|اعلنت|نفى|نفت|أفاد|أفادت|ذكر|ذكرت|أكد|أكدت|صرح|صرحت|"
                          r"نشر|نشرت)\s+(?:[^\s،,]+[\s،,]+){0,6}?$", re.I)  # 'قالت مراسلة راديو الكل في دير الزور اليوم' dates the telling


# "A team visited al-Hari on Sunday to record the damage left by the strike at dawn on Saturday", "زار فريق بلدة
# الهري يوم الأحد": the day of a visit to the aftermath, not of the strike
# (not "returned": the aircraft that "returned and struck" are the strike's)
_VISIT_BEFORE = re.compile(r"\b(?:visit(?:ed|s)?|tour(?:ed|s)?|inspect(?:ed|s)?|document(?:ed|s)?|film(?:ed|s)?)\b[^.;]{0,70}$|"
                           r"(?<![\u0621-\u064a])[وف]?(?:زار|زارت|زاروا|جال|جالت|تفقد|تفقدت|وثق|وثقت)\s+[^.؛]{0,70}$", re.I)
_STRIKE_WORD = re.compile(_STRIKE_VERB.pattern + "|" + _STRIKE_NOUNS + r"|\baggression\b|عدوان|اعتداء|قذائف", re.I)


# "TEHRAN, Aug. 20 (MNA) –", "دمشق، 20 آب (سانا) -": the day the agency filed, not the day of the strike
# (the agency between slashes is a capitalised code, "/TASS/.", not the month of a numeric date "الأحد 4/2/2024"; the
# place that heads the line is one to three words and tells no strike: "قصفت طائرات مجهولة، الأحد 4/2/2024،" is no dateline)
_DATELINE_DATE = re.compile(r"^\s*(?P<head>[A-Z][A-Za-z.'-]{1,20}(?:\s+[A-Za-z.'-]{1,20}){0,2}|[\u0621-\u064a]{2,15}(?:\s+[\u0621-\u064a]{2,15}){0,2})"
                            r"\s*[,،]\s*(?P<d>[^()–—/\n]{3,30}?)\s*"
                            r"(?:\([^)]{1,40}\)\s*[–—-]|\.?\s*/(?-i:[A-Z]{2,})/\.?)")  # "MOSCOW, October 15. /TASS/."


_SAME_DATE_GAP = re.compile(r"[\s,،]*(?:(?:يوم\s+)?(?:الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد)|"
                            r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?[\s,،]*(?:the\s+)?")


_NEXT_DAY = re.compile(r"\b(?:the\s+(?:next|following)\s+day|a\s+day\s+later|the\s+day\s+after)\b(?!\s+(?:tomorrow|the))|"
                       r"(?<![\u0621-\u064a])(?:في\s+)?(?:صباح\s+|مساء\s+)?اليوم\s+التالي", re.I)


# "Hours earlier, a drone had hit a vehicle", "later that day", "وقبل ساعات من ذلك": the last strike day told
_SAME_DAY = re.compile(r"\b(?:(?:a\s+few\s+|several\s+|two\s+|three\s+)?hours\s+(?:earlier|later|before|after)|"
                       r"(?:earlier|later)\s+(?:that|the\s+same)\s+day)\b(?!\s+(?:tomorrow|the|this))|"
                       # ("وقبل ساعات" alone is "hours ago", today; "قبل ساعات من ذلك", "من الغارة" refers back)
                       r"(?<![\u0621-\u064a])[وف]?(?:قبل\s+(?:ساعات|ساعتين|بضع\s+ساعات)(?=\s+من\s)|"
                       r"بعد\s+(?:ساعات|ساعتين|بضع\s+ساعات)(?:\s+من\s+ذلك)?(?![\u0621-\u064a]))", re.I)


# "The SDF on Monday accused …", "said on Monday", "in a statement on Monday", "قالت قسد في بيان يوم الاثنين": the day of
# a statement, which a "today" quoted from it means
# ("a resident told the monitor on Wednesday", "added on Monday", "according to a statement on Monday" likewise)
_TELLING_STEMS = ("said", "says", "accus", "announc", "statement", "stated", "declared", "told", "added", "according",
                  "قال", "أعلن", "اعلن", "بيان", "اتهم", "أضاف", "اضاف", "أفاد", "افاد", "وفق")
_TELLING_AFTER = re.compile(r"\s*,?\s*(?:said|says|accused|announced|stated|declared|issued|warned|blamed|told|added)\b", re.I)
_TELLING_BEFORE = re.compile(r"\b(?:said|says|accused\s+\w+|announced|stated|declared|added|(?:in\s+)?a\s+statement|"
                             r"told\s+(?:[\w’'-]+\s+){0,3}?|according\s+to\s+(?:[\w’'-]+\s+){0,3}?)\s*(?:late\s+|early\s+)?$|"
                             r"(?<![\u0621-\u064a])[وف]?(?:أضاف|أضافت|اضاف|اضافت|أفاد|أفادت|افاد|افادت|وفق)\s+(?:[^\s،,]+[\s،,]+){0,4}?$|"
                             r"(?<![\u0621-\u064a])[وف]?(?:قال|قالت|أعلن|أعلنت|اعلن|اعلنت|اتهم|اتهمت)\s+(?:[^\s،,]+[\s،,]+){0,4}?$|"
                             r"(?<![\u0621-\u064a])(?:في\s+)?بيان(?:ها|ه)?\s+(?:[^\s،,]+\s+){0,3}?$", re.I)
# an attribution naming a speaker of its own: '," a resident told AFP', '," according to an activist', '», قال أحد السكان'
_NEW_SPEAKER = re.compile(r"\s*[,،]?\s*(?:(?:said|told|added)\s+)?(?:a|an|one|another|according\s+to\s+(?:a|an|one))\s+(?!statement\b)[\w’'-]+|"
                          r"\s*[,،]?\s*[وف]?(?:قال|قالت|أفاد|افاد|أضاف|اضاف|بحسب|حسب|وفق|وفقا\s+ل|وفقاً\s+ل)\s*(?:أحد|احد|مصدر|ناشط|شاهد|ساكن|مراسل)\b", re.I)
_QUOTES = (('"', '"'), ("“", "”"), ("«", "»"))
_QUOTE_MARKS = ('"', "“", "«")
STATEMENT_REACH = 6  # sentences back to the one that dates the statement a quotation comes from


def _statement_day(sentence: str, found: list) -> dates.DateFinding | None:
    """The day a sentence says a statement was made, if it says so."""
    for f in found:
        if f.precision != "day" or f.position < 0:
            continue
        end = f.position + len(f.words)
        if _TELLING_AFTER.match(sentence, end) or _TELLING_BEFORE.search(sentence, max(0, f.position - 40), f.position):
            return f
    return None


def _quoted_today(s: segment.Sentence, f: dates.DateFinding, sents: list, dates_of, published: date) -> dates.DateFinding:
    """'"… fired mortar shells today at homes in Hawaij Thiban," the SDF said' after "The SDF on Monday accused …": the
    "today" of a quoted statement is the day the statement was made, when the report dates the statement
    ("«…اليوم…» قالت قسد" after "اتهمت قسد يوم الاثنين …" likewise)."""
    if f.precision != "day" or f.start != published or _DIGIT.search(f.words) or f.position < 0:
        return f
    before = s.text[:f.position]
    if not any(before.count(o) % 2 == 1 if o == c else before.count(o) > before.count(c) for o, c in _QUOTES):
        return f
    # the quotation's own attribution: '"…today," a resident told the monitor on Wednesday' is dated by it, and a
    # new speaker ('a resident told AFP', 'قال أحد السكان') is not the one whose statement a sentence before dated
    close = min((i for i in (s.text.find(c, f.position + len(f.words)) for _, c in _QUOTES) if i >= 0), default=-1)
    if close >= 0:
        tail = s.text[close + 1:]
        own = _statement_day(tail, [dates.DateFinding(d.start, d.end, d.precision, d.words, d.position - close - 1)
                                    for d in dates_of(s) if d.position > close])
        if own is not None:
            if own.start >= published:
                return f
            return dates.DateFinding(own.start, own.end, "day", f"{f.words} (the day of the statement: {own.words})",
                                     f.position)
        if _NEW_SPEAKER.match(tail):
            return f
    for o in sents[max(0, s.index - STATEMENT_REACH):s.index + 1][::-1]:
        if o.kind == "title" or not any(w in o.text for w in _TELLING_STEMS):
            continue
        said = _statement_day(o.text, dates_of(o))
        if said is not None:
            if said.start >= published:
                return f
            return dates.DateFinding(said.start, said.end, "day", f"{f.words} (the day of the statement: {said.words})",
                                     f.position)
    return f


# an item of a list: "-- Near Abu Kamal, a strike destroyed …", "• Hajin: …", "2) …"
_LIST_ITEM = re.compile(r"\s*(?:-{1,2}|–|—|•|\*|·|\d{1,2}[.)])\s+")
_RELATIVE_DAY_STEMS = ("following day", "next day", "day later", "day after", "hours earlier", "hours later", "that day",
                       "same day", "اليوم التالي", "ساعات")
_PART_BREAK = re.compile(_JOINED_PART.pattern + "|" + _CLAUSE_BREAK.pattern, re.I)


def _part_day(s: segment.Sentence, pos: int, found: list) -> dates.DateFinding | None:
    """The day the part of a joined sentence holding `pos` tells: its own date, or "the following day" after the
    day of a part before it ("… on Monday, and drones hit al-Susah on Tuesday", "… وفي اليوم التالي …")."""
    starts = [0] + [b.end() for b in _PART_BREAK.finditer(s.text)] + [len(s.text) + 1]
    a, b = next((starts[i], starts[i + 1]) for i in range(len(starts) - 1) if starts[i] <= pos < starts[i + 1])
    own = [f for f in found if a <= f.position < b and f.precision == "day"]
    if own:
        return own[0]
    before = [f for f in found if f.position < a and f.precision == "day"]
    if not before:
        return None
    part = segment.Sentence(s.start + a, s.start + b, s.text[a:b], s.block, s.index, s.kind)
    return _next_day(part, before[-1])


def _next_day(s: segment.Sentence, last: dates.DateFinding | None) -> dates.DateFinding | None:
    """The day after the last strike day told, for a sentence that says "the next day" and no day of its own (the
    same day for one that says "hours earlier" or "later that day")."""
    if last is None or not any(w in s.text for w in ("next", "following", "later", "after", "hours", "that day", "same day",
                                                   "التالي", "ساع")):
        return None
    hit = _NEXT_DAY.search(s.text)
    days = 1
    if hit is None and any(w in s.text for w in ("hours", "that day", "same day", "ساع")):
        hit, days = _SAME_DAY.search(s.text), 0
    if hit is None:
        return None
    day = last.start + timedelta(days=days)
    return dates.DateFinding(day, day, "day", hit.group(0), hit.start())


# "rockets fired at the same base" on another day, "على القاعدة ذاتها": the place of a strike told before, struck again
_SAME_PLACE_STEMS = re.compile(r"\bsame\b|نفس|ذات|نفسها|نفسه", re.I)
_SAME_PLACE = re.compile(
    r"\b(?:the\s+same|that\s+same)\s+(?P<n>base|camp|airport|air\s?base|field|site|facility|outpost|village|town|area|"
    r"neighbou?rhood|quarter|position)\b|"
    r"(?<![\u0621-\u064a])(?:على|في|ب|إلى)?\s*(?:نفس\s+(?P<na>\S+)|(?P<nb>ال\S+)\s+(?:ذاتها|ذاته|نفسها|نفسه))", re.I)
_SITE_TYPES_FOR_SAME = ("military_site", "facility", "oil_field", "gas_field", "airport")
_SAME_NOUN_TYPES = {
    "base": _SITE_TYPES_FOR_SAME,
    "camp": _SITE_TYPES_FOR_SAME, "airport": ("airport", "military_site"), "airbase": ("airport", "military_site"),
    "air base": ("airport", "military_site"), "field": ("oil_field", "gas_field", "military_site"),
    "site": _SITE_TYPES_FOR_SAME, "facility": _SITE_TYPES_FOR_SAME, "outpost": _SITE_TYPES_FOR_SAME,
    "position": _SITE_TYPES_FOR_SAME, "village": ("village",), "town": ("town", "city"), "area": (),
    "neighbourhood": ("neighbourhood",), "neighborhood": ("neighbourhood",), "quarter": ("neighbourhood",),
    "القاعدة": _SITE_TYPES_FOR_SAME, "قاعدة": _SITE_TYPES_FOR_SAME, "الموقع": _SITE_TYPES_FOR_SAME,
    "موقع": _SITE_TYPES_FOR_SAME, "الحقل": ("oil_field", "gas_field", "military_site"),
    "حقل": ("oil_field", "gas_field", "military_site"), "المطار": ("airport", "military_site"),
    "مطار": ("airport", "military_site"), "القرية": ("village",), "قرية": ("village",), "البلدة": ("town", "village"),
    "بلدة": ("town", "village"), "المدينة": ("city", "town"), "مدينة": ("city", "town"), "الحي": ("neighbourhood",),
    "حي": ("neighbourhood",),
}


def _strike_again(s: segment.Sentence, drafts: list, day: dates.DateFinding, etype: str, word: str, cache: dict,
                  log: "_Log") -> None:
    """A strike a sentence with no place name puts at "the same base" as a strike told before, on a day of its own:
    a strike of its own at that place ("Late on Monday, sources had reported rockets fired at the same base")."""
    again = _same_place_again(s, drafts, day, etype, cache)
    if again is not None:
        drafts.append(again)
        log.note(again.match, True, f"struck: '{word}', at the place of the strike told before ('{again.place.name}'), "
                                    f"on a day of its own", s.text, again.place.id)


def _same_place_again(s: segment.Sentence, drafts: list, day: dates.DateFinding, etype: str,
                      cache: dict) -> "_Draft | None":
    """The draft of that strike, or None when no place of the kind the noun names was struck on another day."""
    hit = _SAME_PLACE.search(s.text)
    if hit is None:
        return None
    noun = (hit.group("n") or hit.group("na") or hit.group("nb") or "").lower()
    types = _SAME_NOUN_TYPES.get(" ".join(noun.split()))
    if types is None:
        return None
    told = next((d for d in reversed(drafts) if d.sentence.index < s.index and d.sentence.kind != "title"
                 and (not types or d.place.type in types)), None)
    if told is None or told.date is not None and told.date.start == day.start:
        return None
    a = s.start + hit.start()
    words = hit.group(0).strip()
    m = Match(start=a, end=a + len(words), text=words, key=words,
              candidates=[Candidate(place=told.place, score=1.0, why=f"the place of '{told.match.text}'")])
    return _Draft(sentence=s, clause=(s.start, s.end), match=m, place=told.place, event_type=etype,
                  status=_cached(cache, ("status", (s.start, s.end)), lambda: cues.status(s.text)), date=day,
                  qualifier=None, attribution=cues.attribution(s.text), count=None,
                  fatalities=_cached(cache, ("fat", (s.start, s.end)), lambda: cues.fatalities(s.text)),
                  target=told.target, cited=cues.cited_sources(s.text), evidence=[s.text])


_MANY_STRIKES = re.compile(
    r"\b(?:hundreds|thousands)\s+of\s+(?:(?:air|drone|missile|israeli|us|american|russian|coalition)\s+)?"
    r"(?:strikes|raids|airstrikes|attacks|sorties)\b|"
    r"\b(?:has|have|had)\s+(?:carried\s+out|launched|conducted|staged|mounted)\s+(?:dozens|scores|hundreds|thousands)\s+of\b|"
    # "the border strip has been hit several times this year", "استُهدفت المنطقة مرات عدة": a place struck again and again
    r"\b(?:has|have|had)\s+been\s+(?:hit|struck|targeted|bombed|shelled|raided)\s+(?:several|many|multiple|numerous|repeated|"
    r"countless|a\s+number\s+of)\s+times\b|\b(?:has|have|had)\s+been\s+(?:repeatedly|frequently)\s+(?:hit|struck|targeted|bombed|shelled)\b|"
    r"(?<![\u0621-\u064a])(?:مئات|آلاف|الآلاف|المئات)\s+(?:من\s+)?(?:ال)?(?:غارات|ضربات|هجمات|طلعات)|"
    r"(?<![\u0621-\u064a])(?:استُهدفت|استهدفت|استُهدف|تعرضت|تعرض)\s+(?:\S+\s+){0,4}?(?:مرات\s+عدة|عدة\s+مرات|مرارا|مراراً)", re.I)
_MANY_STEMS = ("hundreds", "thousands", "dozens", "scores", "مئات", "آلاف", "الآلاف", "المئات", "times", "repeatedly",
               "frequently", "مرات", "مرار")


def _outside_only(in_sentence: list) -> bool:
    """A sentence whose places all lie outside the governorate (a base near Hasakah, Erbil): its strike is context."""
    named = [m for m in in_sentence if m.place.type != "country"]  # "eastern Syria" may still be the governorate
    return bool(named) and all(m.place.outside for m in named)


# a line that is only a date, with a time, a weekday or a time zone: "6 May 2017, 13:55", "October 30, 2018",
# "الأحد 12 آذار 2023 - 10:20" ("First published: October 30, 2018", "Source: Xinhua | 2018-07-13" say more)
_DATE_LINE_REST = re.compile(r"(?:[\s,،.:|–—-]+|\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b|\b(?:a\.?m\.?|p\.?m\.?|GMT|UTC|local(?:\s+time)?|"
                             r"[A-Z]{3,4}T)(?![\w])|" + "|".join(sorted(dates.WEEKDAYS, key=len, reverse=True)) + r"|يوم)*", re.I)




def _entry_dates(text: str, blocks: list, published: date | None) -> dict[int, dates.DateFinding]:
    """The day each paragraph of a feed or an entry list falls under: live maps, Airwars entries and round-ups print
    each entry's date on a line of its own, and the entry's strikes are of that day. Two such lines at least (one
    date line is a page's own stamp); the title is never one."""
    if not _DIGIT.search(text):
        return {}  # (a date line needs a digit: \d is every decimal digit, the ones a date is written with)
    short = [(i, b) for i, b in enumerate(blocks)
             if b.kind != "title" and len(b.text) <= 60 and _DIGIT.search(b.text)]
    if len(short) < 2:
        return {}  # (two date lines at least: no date need be read)
    lines = []
    for i, b in short:
        found = dates.find_dates(b.text, published)
        days = [f for f in found if f.precision == "day" and any(ch.isdigit() for ch in f.words)]
        if len(days) != 1:
            continue
        rest = b.text
        for f in found:
            rest = rest.replace(f.words, " ")
        if _DATE_LINE_REST.fullmatch(rest):
            lines.append((i, days[0]))
    if len(lines) < 2:
        return {}
    out: dict[int, dates.DateFinding] = {}
    for (i, day), nxt in zip(lines, lines[1:] + [(len(blocks), None)]):
        for j in range(i + 1, nxt[0]):
            out[j] = dates.DateFinding(day.start, day.end, "day", f"the entry's date: {day.words}", -1)
    return out


def _strike_dates(sentence: str, found: list) -> list:
    """The dates of a sentence without those of a statement about the strike or a visit to its aftermath, unless
    no other date is told, and never the date of a dateline."""
    if found and (sentence[:1].isupper() or _ARABIC_TEXT.match(sentence)) and ("(" in sentence[:60] or "/" in sentence[:60]):
        line = _DATELINE_DATE.match(sentence)
        if line and not _STRIKE_VERB.search(line.group("head")):
            found = [f for f in found if f.position >= line.end("d")]
    if found and (" had " in sentence or "قد " in sentence):
        found = [f for f in found if not _earlier_deed(sentence, f)]
    if len(found) < 2:
        return found
    kept = []
    said_end = -1
    for f in found:
        # "قالت مراسلة …، اليوم الأحد 22 من تشرين الثاني،": the date right after a statement's date, with only its
        # weekday between, is the same statement's date told in full
        if said_end >= 0 and _SAME_DATE_GAP.fullmatch(sentence, said_end, f.position):
            said_end = f.position + len(f.words)
            continue
        if _SAID_AFTER.match(sentence[f.position + len(f.words):f.position + len(f.words) + 20]) \
                or _SAID_BEFORE.search(sentence[max(0, f.position - 40):f.position]) or _visit_date(sentence, f):
            said_end = f.position + len(f.words)
            continue
        said_end = -1
        kept.append(f)
    return kept or found


# "hit the convoy, which had entered Syria on Saturday", "القافلة التي كانت قد دخلت الأراضي السورية يوم السبت": what the
# target had done before, in a relative clause, on a day that is not the strike's
_HAD_BEFORE = re.compile(r"\b(?:which|that|who)\s+had\s+(?:[\w’'-]+\s+){0,8}?$|"
                         r"(?<![\u0621-\u064a])[وف]?(?:التي|الذي|الذين|اللذين|اللتين)\s+(?:كانت|كان|كانوا|كانتا|كانا)\s+قد\s+"
                         r"(?:[^\s.،,]+\s+){0,8}?$", re.I)


def _earlier_deed(sentence: str, f) -> bool:
    had = _HAD_BEFORE.search(sentence, max(0, f.position - 90), f.position)
    return had is not None and not _STRIKE_WORD.search(sentence, had.start(), f.position)


def _visit_date(sentence: str, f) -> bool:
    visit = _VISIT_BEFORE.search(sentence, max(0, f.position - 90), f.position)
    return visit is not None and not _STRIKE_WORD.search(sentence, visit.start(), f.position)


BACKGROUND_DAYS = 10


def _long_before(found: list, story, published: date | None) -> str:
    """"On 2 February" in a late-March report: a strike dated well before the report's own story is background
    (the gold's rule: more than ten days before it). The story's date, not only the publication date, is the
    yardstick, so a feature about a strike a month old still reports that strike."""
    if not found or published is None:
        return ""
    # a news story (told within ten days of publication) is measured from its publication, as the gold's rule says;
    # a feature about an older strike from its own story's date
    ref = story.start if story is not None and (published - story.start).days > BACKGROUND_DAYS else published
    d = found[0]
    if (ref - d.end).days > BACKGROUND_DAYS:
        return f"dated {d.start.isoformat()}, {(ref - d.end).days} days before the report's story"
    return ""


_MONTH_NAMES_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_NAMES_AR = "|".join(sorted((re.escape(k) for k in dates.MONTHS if not k.isascii()), key=len, reverse=True))
# a month named without a day or a year: "last June", "in June last year", "آخرها في حزيران الماضي", "في شهر أيار"
_PAST_MONTH = re.compile(
    rf"\b(?:[Ll]ast|[Ii]n|[Dd]uring|[Ss]ince)\s+(?:early\s+|late\s+|mid-?)?(?P<m>{_MONTH_NAMES_EN})\b(?!,?\s*\d)"
    rf"(?P<ly>\s+(?:of\s+)?last\s+year)?|"
    rf"(?<![\u0621-\u064a])(?:في|منذ|خلال)\s+(?:شهر\s+)?(?P<ma>{_MONTH_NAMES_AR})(?![\u0621-\u064a])(?!\s*[\d\u0660-\u0669])"
    r"(?P<lya>\s+(?:من\s+)?(?:العام|السنة)\s+(?:الماضي|الماضية|الفائت|الفائتة))?")
# "They recall the June 2018 strike near al-Hari", "the 2019 raids", "غارات حزيران 2018": a strike named by its month
# and year, as a past event
_PAST_NAMED = re.compile(
    rf"\bthe\s+(?:(?P<month>{_MONTHS_EN})\s+)?(?P<year>(?:19|20)\d\d)\s+(?:[\w-]+\s+)?"
    r"(?:air\s*strikes?|strikes?|raids?|attacks?|bombings?|bombardment|shelling)\b|"
    rf"(?<![\u0621-\u064a])[وف]?[بل]?(?:ال)?(?:غارة|غارات|ضربة|ضربات|قصف|هجوم)\s+(?:(?:شهر\s+)?(?:{_MONTH_NAMES_AR})\s+)?"
    r"(?:عام\s+)?(?P<year_ar>(?:19|20)\d\d)\b", re.I)
_MONTH_STEMS = ("anuary", "ebruary", "arch", "pril", "May", "une", "uly", "ugust", "ember", "ctober") + tuple(
    k for k in dates.MONTHS if not k.isascii())


def _past_month(sentence: str, published: date) -> re.Match | None:
    """"آخرها في حزيران الماضي" in a December report: a month named alone, two or more months back, is background."""
    if not any(w in sentence for w in _MONTH_STEMS):
        return None
    for m in _PAST_MONTH.finditer(sentence):
        month = dates.MONTHS[(m.group("m") or m.group("ma")).lower()]
        year = published.year if month <= published.month else published.year - 1
        if m.group("ly") or m.group("lya"):
            year = published.year - 1
        if (published.year - year) * 12 + published.month - month >= 2:
            return m
    return None


def _past_period(sentence: str, published: date | None) -> re.Match | None:
    """"In January 2021 a wave of raids…" in a 2023 report: a past period, told as background."""
    if published is None:
        return None
    old = _past_month(sentence, published)
    if old is not None:
        return old
    named = [_PAST_NAMED] if ("19" in sentence or "20" in sentence) and any(
        w in sentence for w in ("the ", "غار", "ضرب", "قصف", "هجوم")) else []
    for m in itertools.chain(_PAST_PERIOD.finditer(sentence), *(rx.finditer(sentence) for rx in named)):
        year = int(m.group("year") or m.group("year_ar"))
        month = dates.MONTHS.get((m.group("month") or "").lower())
        if year < published.year - (1 if month is None else 0) or (month and (year, month) < (published.year, published.month - 1)):
            return m
        if month is None and year < published.year and published.month > 2:
            return m
    return None


def _city_sense(text: str, m: Match, kept: list) -> tuple[str, str]:
    """City or region for a town whose name also names its land, with the words that say so."""
    before = text[max(0, m.start - 40):m.start]
    after = text[m.end:m.end + 40]
    land = _WITH_ITS_LAND.match(after)
    if land:
        return "region", f"'{land.group(0).strip()}'"
    for rx, sense, where in ((_CITY_BEFORE, "city", before), (_CITY_AFTER, "city", after),
                             (_REGION_BEFORE, "region", before), (_REGION_AFTER, "region", after)):
        hit = rx.search(where)
        if hit:
            return sense, f"'{hit.group(0).strip(' ,')}'"
    return "bare", ""


def _fatality_place(text: str, clause: tuple[int, int], words: str, places: list[Match]) -> Match:
    """Where deaths told once for several places are kept: the first place struck in the clause.

    "hit a car on the road between A and B, killing two" is one toll; copying it to each place would count
    the dead twice once events are summed, and dropping it loses it.
    """
    return places[0]


# "shelling hit the village of Zighan", "قصف قرية الزغير": place words the gazetteer does not know
_PLACE_WORDS_EN = re.compile(
    r"\b(?:village|town|hamlet|neighbou?rhood|quarter|farms?|outskirts|area)\s+of\s+(?P<w>(?:(?:al|el|ad|as|ash|at|az|adh|ar|an)[- ])?"
    r"[A-Z][\w'’]+(?:[- ](?:al-|el-)?[A-Z][\w'’]+){0,2})|"
    r"\b(?P<w2>(?:(?:al|el|Al|El)-)?[A-Z][\w'’]+(?:[- ](?:al-)?[A-Z][\w'’]+){0,2})\s+(?:village|town|neighbou?rhood|area)\b(?!\s+of\b)")
_PLACE_WORDS_AR = re.compile(r"(?<![\u0621-\u064a])(?:قرية|بلدة|حي|مزرعة|مزارع|بئر|ب?قرية|ب?بلدة|ب?حي)\s+(?P<w>[\u0621-\u064a]{3,}(?:\s+ال[\u0621-\u064a]{2,})?)")
# Other place words: "the outskirts/vicinity/countryside of X", "in X's countryside", "في محيط X", "أطراف X", "ريف X".
# After these words ordinary nouns are common ("the outskirts of the city", "محيط المطار"), so a name must not be an
# English word or an Arabic common noun (_AREA_NOUNS_AR) to be reported.
_NAME_EN = r"(?:(?:al|el|ad|as|ash|at|az|adh|ar|an|Al|El)[- ])?[A-Z][\w'’]+(?:[- ](?:al-|el-)?[A-Z][\w'’]+){0,2}"
_AREA_WORDS_EN = re.compile(
    r"\b(?:vicinity|surroundings|environs|countryside|outskirts|edges?|city|desert)\s+of\s+(?:the\s+)?(?:town\s+of\s+|village\s+of\s+)?"
    rf"(?P<w>{_NAME_EN})|\bin\s+(?P<w2>{_NAME_EN})['’]s\s+(?:countryside|outskirts|desert|surroundings|environs)\b")
_AREA_WORDS_AR = re.compile(r"(?<![\u0621-\u064a])[وف]?[بل]?(?:محيط|أطراف|اطراف|ضواحي|مشارف|ريف|مدينة|بادية|منطقة)\s+"
                            r"(?P<w>ال[\u0621-\u064a]{2,}(?:\s+(?:فوقاني|تحتاني|شامية|جزيرة|ال[\u0621-\u064a]{2,}))?)")
_AREA_NOUNS_AR = {
    "المدينة", "القرية", "البلدة", "المنطقة", "المحافظة", "القاعدة", "الموقع", "المواقع", "المطار", "الحقل", "النهر",
    "الطريق", "المعبر", "الجسر", "الحدود", "السوق", "المشفى", "المستشفى", "المقر", "المقرات", "المنازل", "المنزل", "الحي",
    "الأحياء", "المخيم", "السجن", "الشارع", "الساحة", "المعسكر", "الثكنة", "المحطة", "المدرسة", "الجامع", "المسجد",
    "المزارع", "البادية", "الصحراء", "الريف", "الضفة", "الحاجز", "النقطة", "المبنى", "المكان", "الهدف", "الانفجار",
    "الاستهداف", "القصف", "الغارة", "الغارات", "المستودع", "المستودعات", "الحقول", "البلدات", "القرى", "المدن", "الشرقي",
    "الغربي", "الشمالي", "الجنوبي", "الشرقية", "الغربية", "الشمالية", "الجنوبية", "الميليشيات", "الميليشيا", "التنظيم",
    "العاصمة", "البلاد", "الدولة", "المقبرة", "الكنيسة", "الفرن", "المعمل", "المصفاة", "الآبار", "البئر", "السد",
}
_NOT_PLACE_WORDS = {"the", "a", "an", "this", "that", "its", "his", "their", "our", "said", "same", "which", "where",
                    "an-", "one", "eastern", "western", "northern", "southern", "central", "old", "new",
                    "syrian", "iraqi", "iranian", "israeli", "kurdish", "arab", "turkish", "russian", "american",
                    "border", "frontier", "desert", "riverside", "nearby", "neighbouring", "neighboring", "home",
                    "التي", "الذي", "نفسها", "نفسه", "المذكورة", "الواقعة", "المجاورة", "أخرى"}


# "قرى الكشكية والبصيرة والشعيطات", "the villages of A, B and C": every item of the list names a place
_PLACE_LIST_AR = re.compile(r"(?<![\u0621-\u064a])(?:قرى|بلدات|أحياء|مناطق)\s+(?P<items>[\u0621-\u064a]+(?:\s*(?:،\s*|\s)و?[\u0621-\u064a]+){0,8})")
_PLACE_LIST_EN = re.compile(r"\b(?:villages|towns|neighbou?rhoods)\s+of\s+(?P<items>(?:al-|el-)?[A-Z][\w'’-]+(?:(?:,\s*|\s+and\s+|\s+)(?:al-|el-)?[A-Z][\w'’-]+){0,8})")


def _list_items(s: segment.Sentence) -> list[tuple[int, int]]:
    spans = []
    for rx, split in ((_PLACE_LIST_AR, r"\s*،\s*|\s+و|\s+"), (_PLACE_LIST_EN, r",\s*|\s+and\s+")):
        for hit in rx.finditer(s.text):
            a = hit.start("items")
            for part in re.finditer(rf"(?:(?!{split}).)+", hit.group("items")):
                if rx is _PLACE_LIST_AR and not re.match(r"و?ال", part.group(0).strip()):
                    break  # "…، وموقعاً للميليشيات": the list of names has ended
                spans.append((s.start + a + part.start(), s.start + a + part.end()))
    return spans


_ARABIC_TEXT = re.compile(r"[\u0621-\u064a]")


def _common_english(words: str) -> bool:
    """"the outskirts of Town", "the countryside of Syria's east": an English word is no village name."""
    from gazetteer.fuzzy import english_words

    bare = re.sub(r"^(?:al|el|ad|as|ash|at|az|adh|ar|an)[- ]", "", words, flags=re.I)
    return " " not in bare and "-" not in bare and bare.lower().strip("'’") in english_words()


def _unlocated(report: Report, text: str, s: segment.Sentence, in_sentence: list[Match], gaz: Gazetteer) -> list[Unlocated]:
    """Place words of a strike sentence that no gazetteer name covers."""
    out = []
    for a, b in _list_items(s):
        words = text[a:b].strip()
        if words.startswith("و") and len(words) > 3:
            words, a = words[1:], a + 1
        if len(words) < 3 or words.lower() in _NOT_PLACE_WORDS or any(m.start < b and a < m.end for m in in_sentence):
            continue
        if _NOT_TARGET_BEFORE.search(text[max(s.start, a - 80):a]):
            continue
        out.append(Unlocated(report.id, s.text, words, "not in the gazetteer", report.source, report.url,
                             report.published.isoformat() if report.published else None))
    latin, arabic = has_latin(s.text), has_arabic(s.text)  # (each pattern needs a capital or an Arabic letter)
    for rx in (_PLACE_WORDS_EN, _PLACE_WORDS_AR, _AREA_WORDS_EN, _AREA_WORDS_AR):
        if not (arabic if rx in (_PLACE_WORDS_AR, _AREA_WORDS_AR) else latin):
            continue
        if rx is _AREA_WORDS_AR and not _ARABIC_TEXT.search(s.text):
            continue
        for hit in rx.finditer(s.text):
            grp = "w" if hit.group("w") else "w2" if "w2" in rx.groupindex and hit.group("w2") else None
            if grp is None:
                continue
            a, b = s.start + hit.start(grp), s.start + hit.end(grp)
            words = text[a:b]
            if words.lower() in _NOT_PLACE_WORDS or words.split()[0].lower() in _NOT_PLACE_WORDS:
                continue
            if rx is _AREA_WORDS_AR and words.split()[0] in _AREA_NOUNS_AR:
                continue
            if rx in (_AREA_WORDS_EN, _PLACE_WORDS_EN) and _common_english(words):
                continue
            if any(u.words == words and u.sentence == s.text for u in out):
                continue  # "the outskirts of the town of X": one place, found by two patterns
            if any(m.start == 0 and m.end == len(words) for m in gaz.index.find(words)):
                continue  # a gazetteer name the matcher did not take as a place here: not "not in the gazetteer"
            if any(m.start < b and a < m.end for m in in_sentence):
                continue  # a known place
            if _NOT_TARGET_BEFORE.search(text[max(s.start, hit.start() + s.start - 80):hit.start() + s.start]):
                continue
            out.append(Unlocated(report.id, s.text, words, "not in the gazetteer", report.source, report.url,
                                 report.published.isoformat() if report.published else None))
    return out


def _cached(cache: dict, key, make):
    if key not in cache:
        cache[key] = make()
    return cache[key]


_STAMP_STRIKE_WORD = re.compile(r"\b" + _STRIKE_NOUNS + r"\b|\b(?:air\w*|drones?|shell\w*|bomb\w*)\b", re.I)


def _story_date(sents: list[segment.Sentence], pub: date | None, dates_of) -> dates.DateFinding | None:
    stamp = None
    for s in sents[:4]:
        told = _STRIKE_VERB.search(s.text) or _STAMP_STRIKE_WORD.search(s.text)
        for f in _strike_dates(s.text, dates_of(s)):
            if stamp is None and pub and f.start == pub and f.precision == "day" and len(s.text.split()) <= 12 and not told:
                # "Iran Daily | Sunday, August 20, 2017 | News ID", "AFP December 26, 2019", "الأحد 20 آب 2017": the
                # page's stamp of its own day tells no strike; a lead after it that tells one ("airstrikes on Saturday")
                # dates the story, a caption's day ("troops on patrol on Jan. 29, 2022") does not
                stamp = copy.copy(f)
                break
            if stamp is not None and not told:
                break
            return copy.copy(f)  # its own object: "dated" below asks whether a sentence's date *is* the story's
    if stamp is not None:
        return stamp
    if pub:
        return dates.DateFinding(pub, pub, "day", "", -1)
    return None


def _attr(sentence: tuple[str, str], report: list[tuple[tuple[str, str], str]], etype: str) -> tuple[str, str]:
    """Who a strike is attributed to: its own sentence says, or else the report's lead or its other strike sentences
    do, for a strike of an agreeing kind (blame for a blast, "ISIS cells were behind the blast", is not blame for a
    drone strike told in the same report)."""
    if etype == "explosion" and not sentence[0]:
        return "", "unknown"  # an unexplained blast is nobody's until a report says whose
    agreeing = [a for a, kind in report if _blame_agrees(kind, etype)]
    if sentence[0] == "unidentified":
        # "an unidentified drone struck the US base … US forces shelled back": the report's guess at who flew it
        # ("presumably Israeli") names it, another strike's author does not
        agreeing = [a for a in agreeing if a[1] in ("presumed", "claimed")]
    if not sentence[0] or sentence[0] == "unidentified":
        return agreeing[0] if agreeing else sentence
    same = next((a for a in agreeing if a[0] == sentence[0]), None)
    return same or sentence


# "Separately, a drone believed to be the coalition's struck …", "وفي سياق منفصل": blame for another strike
_SEPARATE = re.compile(r"\b(?:separately|in\s+a\s+separate\s+\w+|elsewhere)\b|في\s+سياق\s+(?:منفصل|آخر|متصل)|من\s+جهة\s+أخرى", re.I)
# Kinds of strike one blame can cover: from the air (a jet, a drone), from the ground (shelling), a blast; missiles and
# rockets are fired from either
_FAMILY = {"airstrike": "air", "drone strike": "air", "shelling": "ground", "explosion": "blast"}


def _blame_agrees(told: str, etype: str) -> bool:
    """"US artillery shelled back" does not name who fired the rockets at the base; "the strike" names no kind."""
    a, b = _FAMILY.get(told), _FAMILY.get(etype)
    return a is None or b is None or a == b


# "usually blames", "يشهد بشكل شبه يومي عمليات … يُتّهم بها تنظيم داعش", "الجدير بالذكر": what happens as a rule,
# not who struck this time
_HABITUAL = re.compile(r"\b(?:usually|typically|often|frequent(?:ly)?|regularly|routinely|(?:near|almost)[- ]daily|every day|"
                       r"repeatedly|generally)\b|(?<![\u0621-\u064a])(?:عادة|غالبا|بشكل\s+(?:شبه\s+)?يومي|يوميا|الجدير\s+بالذكر|"
                       r"يذكر\s+أن|باستمرار|متكرر(?:ة)?)", re.I)


def _report_attributions(sents: list, triggers: dict, senses: dict, story, published, dates_of
                         ) -> list[tuple[tuple[str, str], str]]:
    """Who the report blames, with the kind of strike each blame is told of: the lead's strike sentences first (the
    first four sentences), then the others, and an actor named before "unidentified". Sentences that tell of no
    strike, a strike long before, a habit ("usually blames"), a separate strike ("in a separate incident"), a denial
    of a role ("the coalition did not conduct any strike") or background are not the report's word on who struck."""
    lead, rest = [], []
    for s in sents:
        trig = triggers[s.index]
        if not trig or senses[s.index]:
            continue
        who = cues.attribution(s.text)
        if not who[0]:
            continue
        kind = cues.event_type(s.text, trig)
        named = cues.attacker_mentions(cues.plain(s.text)) if kind and who[0] != "unidentified" else []
        if named:
            # the kind of the strike word nearest the actor (offsets without Arabic vowel marks: near enough):
            # "rockets on the US base, and US artillery responds"
            near = min(trig, key=lambda t: abs(t.start - named[0][1]))
            kind = cues.event_type(s.text, [near]) or kind
        # "the drone's origin was not known": a drone that only flies names no kind, but says the striker is unknown
        if (not kind and who[0] != "unidentified") or _HABITUAL.search(cues.plain(s.text)) or _SEPARATE.search(s.text) \
                or cues.DENIED_ROLE.search(s.text) or _background(s.text):
            continue
        found = dates_of(s)
        if _long_before(_strike_dates(s.text, found), story, published) or (not found and _past_period(s.text, published)):
            continue
        (lead if s.index < 4 else rest).append((who, kind))
    # "unidentified aircraft" in the headline, "presumably Israeli" in the next sentence: a name beats no name
    return sorted(lead + rest, key=lambda a: a[0][0] == "unidentified")


def _quarters_of_their_town(text: str, in_sentence: list[Match], gaz: Gazetteer) -> None:
    """"The industrial area of Albu Kamal", "المنطقة الصناعية بمدينة البوكمال": a quarter's name that several towns
    share (al-Sina'a) is the quarter of the town it is said to be in, not the one the name first resolved to."""
    for m, town in zip(in_sentence, in_sentence[1:]):
        p = m.place
        if p.type not in _WITHIN_TYPES or not p.parent or p.parent == town.place.id \
                or town.place.type not in ("city", "town", "village") \
                or not (_NEST.match(text[m.end:town.start]) or _NEST_AR.match(text[m.end:town.start])):
            continue
        sibling = _same_named_quarters(gaz).get((town.place.id, fold(p.name)))
        if sibling is not None:
            m.chosen = Candidate(sibling, m.score, f"the quarter of that name in '{town.text}'")


def _same_named_quarters(gaz: Gazetteer) -> dict[tuple[str, str], Place]:
    """(town id, folded quarter name) -> the town's quarter, built once for a gazetteer."""
    index = getattr(gaz, "_quarters_by_town", None)
    if index is None:
        index = {(p.parent, fold(p.name)): p for p in gaz.places.values() if p.parent and p.type in _WITHIN_TYPES}
        gaz._quarters_by_town = index
    return index


def _targets(text: str, s: segment.Sentence, in_sentence: list[Match], gaz: Gazetteer, dated_at: list[int] = (),
             days_before: dict[int, int] | None = None, struck_before: bool = False
             ) -> tuple[list[tuple[Match, list[str]]], dict[int, str]]:
    """The place mentions of a strike sentence that name what was struck, and why each other one does not."""
    _quarters_of_their_town(text, in_sentence, gaz)
    kept: list[Match] = []
    excluded: set[int] = set()
    why: dict[int, str] = {}
    for i, m in enumerate(in_sentence):
        if m.place.type == "country":
            why[m.start] = "a country"
            continue
        elsewhere = _ELSEWHERE_AFTER.match(text, m.end, min(s.end, m.end + 50)) if not m.place.outside else None
        if elsewhere and not m.ambiguous and (
                m.place.type in ("city", "governorate") or m.place.id in CITY_REGIONS
                or _LIST_GOES_ON.match(text, elsewhere.end(), s.end)) and not _namesake_outside(gaz, m):
            # "hit sites in al-Bukamal, in Homs and near Damascus": one more place of a list, not the governorate of a
            # namesake (a city of Deir ez-Zor has none; a shared name, or one the gazetteer holds there, may)
            elsewhere = None
        if elsewhere:
            # "Israeli missiles hit barracks at al-Safira, in the Aleppo countryside", "السفيرة في ريف حلب": a place
            # of the same name in another governorate, which the text names
            excluded.add(i)
            why[m.start] = f"a place of this name in another governorate: '{elsewhere.group(0).strip(' ,،(')}'"
            continue
        before = text[max(s.start, m.start - 80):m.start]
        cue = _nearest_cue(before)
        if cue and _ROAD_FROM.search(before):
            cue = None  # "on the road from A to B": a road segment names both ends
        if cue and any(w in before for w in _ROUTE_STEMS) and (
                _ROUTE_FROM.search(before) and _ROUTE_TO_AFTER.match(text, m.end) or _ROUTE_TO.search(before)) \
                and not _route_hit_elsewhere(text, m, s, in_sentence):
            cue = None  # "hit a vehicle as it drove from A towards B": the way between them, both ends
        if cue and _kind_of(cue) == "origin" and _PART_OF.search(before):
            cue = None  # "الجهة الشرقية من مدينة دير الزور": the eastern side of the city, not "from" it
        if cue and i > 0 and in_sentence[i - 1].start >= m.start - len(before) + cue.start() \
                and _AT_AFTER_ORIGIN.fullmatch(text[in_sentence[i - 1].end:m.start]):
            cue = None  # "fired rockets from al-Mayadin at Hajin": the origin is the place before
        if cue and i > 0 and in_sentence[i - 1].place.type == "country" \
                and in_sentence[i - 1].start >= m.start - len(before) + cue.start() \
                and _NEAR_AFTER_COUNTRY.fullmatch(text[in_sentence[i - 1].end:m.start]):
            cue = None  # "a convoy coming from Iraq near al-Bukamal": a country is no point to be near; the convoy was
        if cue and _kind_of(cue) == "where people come from" and _RESIDENCE.search(cue.group(0)) and not struck_before \
                and not any(k.place.type != "country" for k in in_sentence[:i]):
            # "killed a shepherd living in the village of al-Tayana", "قتل راع يقيم في بلدة الطيانة": where the victim
            # lives is where he was struck when no strike place is named before it (a witness's home, told after the
            # strike's place, is not)
            cue = None
        if cue and _kind_of(cue) == "casualties taken to" and _HOSPITAL_LED.match(cue.group(0)) \
                and (re.search(r"[,،]", cue.group(0)) or "مستوصف" in cue.group(0)) \
                and not _CASUALTY_WORDS.search(text, s.start, m.start - len(before) + cue.start()):
            # "hit a hospital, the only one in Hajin", "محيط مستوصف في بلدة الطيانة": the building struck, not where
            # the wounded were taken, unless the sentence tells of them
            cue = None
        if cue and m.place.type in ("village", "town", "city") and _kind_of(cue) in ("witness", "where people come from"):
            again = _THE_PLACE_AGAIN.search(text, m.end, s.end)
            if again and _STRUCK_THERE.search(text, m.end, again.start()):
                cue = None  # "a source from the village of al-Hawayij said shells hit homes in the village": it is struck
        if cue and not _STRIKE_VERB.search(cue.group(0)):
            # "from the T4 airbase bombed Hajin": a strike verb between cue and place breaks the link
            excluded.add(i)
            words = next((cue.group(k) for k in _NOT_TARGET_NAMES if cue.group(k)), cue.group(0)).strip()
            why[m.start] = f"{_kind_of(cue)}: '{words}'"
            continue
        lower = before.lower()
        gun = _GUNS_AT.search(before) if any(w in lower for w in _GUNS_STEMS) else None
        if gun and _STRUCK_GUNS.search(text, max(s.start, m.start - len(before) + gun.start() - 50),
                                       m.start - len(before) + gun.start()):
            gun = None  # "destroyed rocket launchers in al-Mayadin that had fired": the guns are what was struck
        fired = _FIRED_AFTER.match(text, m.end, min(s.end, m.end + 60)) if gun else None
        if fired and _RELATIVE_FIRED.match(fired.group(0)):
            fired = None  # "artillery in al-Mayadin which fired …": the guns are told of, the sentence's verb is elsewhere
        if gun and fired:
            excluded.add(i)
            why[m.start] = f"origin: where the guns that fired stand: '{gun.group(0).strip()}'"
            continue
        group_name = _GROUP_NAME.search(before) if any(w in lower for w in _GROUP_STEMS) else None
        if group_name:
            excluded.add(i)
            why[m.start] = f"part of a group's name: '{group_name.group(0).strip()} {m.text}'"
            continue
        if i - 1 in excluded and in_sentence[i - 1].start in why and _COORDINATED.match(text[in_sentence[i - 1].end:m.start]) \
                and not why[in_sentence[i - 1].start].startswith(("an outlet", "dateline", "part of a group")):
            # "fired from positions in Mohassan and in the al-Huwayqa neighbourhood of Deir al-Zour": the cue holds both
            excluded.add(i)
            why[m.start] = f"{why[in_sentence[i - 1].start]} (with '{in_sentence[i - 1].text}')"
            continue
        if _OUTLET_AFTER.match(text[m.end:m.end + 24]) \
                or m.text.startswith("ال") and _OUTLET_BEFORE_AR.search(text, max(s.start, m.start - 10), m.start):
            excluded.add(i)
            why[m.start] = f"an outlet's name: '{m.text} {text[m.end:m.end + 12].split()[0] if text[m.end:m.end + 12].split() else ''}'"
            continue
        quoted = _QUOTED_NAME_BEFORE.search(text[max(s.start, m.start - 30):m.start]) if ("قطاع" in before or "\"" in before[-25:]
                                                                                       or "“" in before[-25:] or "«" in before[-25:]) else None
        if quoted:
            excluded.add(i)
            why[m.start] = f"a name, not the town: '{text[m.start - len(quoted.group(0)):m.end].strip()}'"
            continue
        nxt = in_sentence[i + 1] if i + 1 < len(in_sentence) else None
        # (the name after is a town or city: "the Mohassan school in the eastern countryside" is a school in Mohassan;
        # nor is it the place's own town: "the Huwayqa school in Deir ez-Zor" is in the quarter)
        if nxt is not None and m.place.type in ("village", "town", "neighbourhood") and nxt.place.id != m.place.id \
                and nxt.place.type in ("town", "city") and not nxt.place.is_region and not _is_ancestor(gaz, nxt.place, m.place) \
                and nxt.start - m.end < 50 and (_LANDMARK_AFTER.match(text, m.end, nxt.start)
                                               or _LANDMARK_BEFORE_AR.search(text, max(s.start, m.start - 12), m.start)
                                               and _IN_TOWN_AR.match(text, m.end, nxt.start)):
            # "the al-Amal roundabout in the centre of al-Asharah", "دوار الأمل في مركز العشارة": a landmark's name
            excluded.add(i)
            why[m.start] = f"a landmark's name in '{nxt.text}', not the place '{m.place.name}'"
            continue
        told = _TOLD_TO_AR.search(text, max(s.start, m.start - 40), m.start) if text[m.start - 1:m.start] == "ل" \
            or m.text.startswith("ل") else None
        if told:
            # "أفادت مصادر للميادين", "قال مصدر لـ الميادين": the channel that was told, not the town
            excluded.add(i)
            why[m.start] = f"an outlet's name: told to '{m.text}': '{told.group(0).strip()}'"
            continue
        if m.start - s.start <= 2 and _DATELINE_AFTER.match(text[m.end:m.end + 40]):
            excluded.add(i)
            why[m.start] = "dateline"
            continue
        if i > 0 and _is_container_of(text, in_sentence[i - 1], m):
            why[m.start] = f"says where '{in_sentence[i - 1].text}' lies"
            continue
        if i - 1 in excluded and (_nests(text[in_sentence[i - 1].end:m.start])
                                  or _described_holder(text[in_sentence[i - 1].end:m.start])) \
                and (_is_ancestor(gaz, m.place, in_sentence[i - 1].place)
                     or _SIZE.get(m.place.type, 0) > _SIZE.get(in_sentence[i - 1].place.type, 0)):
            # "evacuated posts in al-Jam'iyat in the al-Bukamal city": the container goes too
            excluded.add(i)
            why[m.start] = f"contains '{in_sentence[i - 1].text}', which is not a target"
            continue
        unnamed = _UNLISTED_DIRECTION.search(text, max(s.start, m.start - 80), m.start)
        if unnamed:
            # "in the town of al-Shanan, east of Deir ez-Zor": the way to a place the gazetteer lacks, not a target
            g = "w" if unnamed.group("w") else "w2"
            why[m.start] = f"reference point for '{unnamed.group(g)}': '{text[unnamed.end(g):m.start].strip(' ,،')}'"
            continue
        if i > 0 and _described_direction(text[in_sentence[i - 1].end:m.start]):
            why[m.start] = f"reference point for '{in_sentence[i - 1].text}': '{text[in_sentence[i - 1].end:m.start].strip(' ,')}'"
            continue
        where = _WHERE_CLAUSE.search(text, max(s.start, m.start - 120), m.start) if i > 0 else None
        if where is not None and not _STRIKE_WORD.search(text, where.end("w"), _clause_end(text, m.end, s.end)):
            # "… attacks on militias in eastern Syria, where Iran-backed groups hold al-Bukamal and al-Mayadin":
            # a clause about the place, with no strike in it
            why[m.start] = f"in a clause about the place, not the strike: '{where.group(0).strip(' ,،')[:60]}'"
            continue
        ref = _REFERENCE_BEFORE.search(text, max(s.start, m.start - 45), m.start)
        if ref and (ref.group("d") or ref.group("da")) and (
                _OPEN_BRACKET.search(text, max(s.start, ref.start() - 3), ref.start())
                or _NAMED_BEFORE_DISTANCE.search(text, max(s.start, ref.start() - 60), ref.start())) \
                or ref and i > 0 and _reference_gap(text[in_sentence[i - 1].end:ref.start()]):
            why[m.start] = f"reference point: '{ref.group(0).strip()}'"
            continue
        if i > 0 and _LOCATED_GAP.match(text[in_sentence[i - 1].end:m.start]):
            why[m.start] = f"says where '{in_sentence[i - 1].text}' lies"
            continue
        located = _LOCATED_NOUN.search(before) if any(w in lower for w in _LOCATED_STEMS) else None
        if located:
            why[m.start] = f"says where a place named before lies: '{located.group(0).strip()}'"
            continue
        earlier = _EARLIER.search(before) if any(w in lower for w in _EARLIER_STEMS) else None
        if earlier:
            why[m.start] = f"background: an earlier strike: '{earlier.group(0).strip()}'"
            continue
        cause = _ANTECEDENT.search(before) if any(w in lower for w in _ANTECEDENT_STEMS) else None
        if cause and _STRIKE_WORD.search(cause.group(0)) \
                and not any(m.start - len(before) + cause.start() < p < s.end for p in dated_at):
            # "It follows a rocket attack on the base in al-Omar", "تأتي الضربات بعد غارات استهدفت محيط البوكمال":
            # an undated strike named as what the one told answers or follows is background; "N days after" dates it
            gap_days = _days_after(cause.group(0))
            if gap_days is None or days_before is None:
                why[m.start] = f"background: the strike it follows or answers: '{cause.group(0).strip()[:60]}'"
                continue
            days_before[m.start] = gap_days
        if i > 0 and not why.get(in_sentence[i - 1].start, "").startswith("part of a group's name") \
                and in_sentence[i - 1].place.type != "country":  # "from Iraq near al-Bukamal": no country is near a town
            prev = in_sentence[i - 1]
            gap = text[prev.end:m.start]
            # "Tallat al-Hajif southwest Deir ez-Zor": the second place says where the first is
            if re.fullmatch(r"\s*,\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?(?:town\s+of\s+|city\s+of\s+)?", gap, re.I) \
                    or re.fullmatch(r"\s+(?:(?!and\b|or\b)\w+\s+){0,2}?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|near|close to)(?:ern)?(?:\s+of)?\s+(?:the\s+)?(?:town\s+of\s+|village\s+of\s+|city\s+of\s+)?", gap, re.I) \
                    or re.fullmatch(r"\s*(?:قرب|بالقرب من|على مقربة من|(?:ال)?قريب(?:ة)? من|المجاورة ل|المحاذية ل|جنوب|شمال|شرق|غرب|جنوبي|شمالي|شرقي|غربي)"
                                    r"\s*(?:بلدة|مدينة|قرية|منطقة)?\s*|"
                                    r"\s*[،,]?\s*(?:إلى|الى)\s+ال(?:شمال|جنوب|شرق|غرب)\s+من\s+(?:بلدة|مدينة|قرية|منطقة)?\s*", gap) \
                    or _APPOSITIVE.match(gap) and re.search(r"\b(?:of|near|outside|from|close to)\s*$", gap) \
                    or _DESCRIBED_NEAR.fullmatch(gap):
                why[m.start] = f"reference point for '{prev.text}': '{gap.strip()}'"
                continue
        kept.append(m)
    extra: dict[int, list[str]] = {}
    # "X in Y" where Y contains X: keep the better-located of the two
    dropped: set[int] = set()
    for a, b in zip(kept, kept[1:]):
        gap = text[a.end:b.start]
        if _NEST.match(gap) and _is_ancestor(gaz, b.place, a.place):
            if a.place.precision == "approximate" and a.place.source.startswith("parent:"):
                dropped.add(id(a))
                extra.setdefault(id(b), []).append(a.text)
                why[a.start] = f"a part of '{b.text}' known only at its point: kept as the target there"
            else:
                dropped.add(id(b))
                why[b.start] = f"contains '{a.text}', the better-located place"
        elif a.place.type in _WITHIN_TYPES and _NEST_AR.match(gap) and _is_ancestor(gaz, b.place, a.place):
            # the quarter is what was struck; the town after it only says where the quarter is
            dropped.add(id(b))
            why[b.start] = f"says where '{a.text}' lies: the town of its quarter"
    kept = [m for m in kept if id(m) not in dropped]
    # "on the road between al-Quriyah and al-Asharah, near the southern entrance of al-Quriyah": the road's two ends,
    # then a point on it by one of them; the strike is at that end, and the other only names where the road goes
    for a, b in zip(kept, kept[1:]):
        if id(a) in dropped or not _BETWEEN_BEFORE.search(text, max(s.start, a.start - 30), a.start) \
                or not _AND_GAP.fullmatch(text, a.end, b.start):
            continue
        again = next((c for c in in_sentence if b.end < c.start <= b.end + 60 and c.place.id in (a.place.id, b.place.id)
                      and _NEAR_END.search(text, max(b.end, c.start - 40), c.start)
                      and not re.search(r"[.;؛]", text[b.end:c.start])), None)
        if again is not None:
            far = b if again.place.id == a.place.id else a
            kept.remove(far)
            dropped.add(id(far))
            why[far.start] = f"the road's other end: the strike is placed by '{again.text}'"
    settings: list[Match] = []
    # "sites within Deir ez-Zor city, including A, B and C", "in al-Bukamal, the raids hit the Hajana quarter":
    # a place whose own quarters or sites are named as struck in the same sentence is their setting
    for m in list(kept):
        inner = next((k for k in kept if k is not m and k.start > m.start and k.place.type in _WITHIN_TYPES
                      and _is_ancestor(gaz, m.place, k.place)
                      # "In Deir ez-Zor city the raids hit the bakery; in the countryside they struck Harabesh": the
                      # city has a target of its own in its clause
                      and not _CLAUSE_BREAK.search(text, m.end, k.start)), None)
        if inner is None:
            # "the Harabesh neighbourhood, on the eastern edge of Deir Ezzor city": the town after its quarter, with
            # no list between them, only says where the quarter is
            inner = next((k for k in reversed(kept) if k is not m and k.end <= m.start
                          and (k.place.type in _WITHIN_TYPES or k.place.type in _SITE_TYPES)
                          and _is_ancestor(gaz, m.place, k.place) and m.start - k.end <= 80
                          and not _CLAUSE_BREAK.search(text, k.end, m.start)
                          and not _COORDINATION.search(text, k.end, m.start)), None)
        if inner is not None:
            kept.remove(m)
            why[m.start] = f"setting of '{inner.text}' named in the same sentence"
            if inner.start > m.start:
                settings.append(m)
    # "وفي البوكمال استهدفت … قرية الصالحية": the gazetteer's al-Salihiyah lies 100 km away, near Khasham; the report
    # names another village of that name, inside the town it has just named
    for k in list(kept):
        setting = max((m for m in settings if m.start < k.start), key=lambda m: m.start, default=None)
        if setting is None or k.place.is_region or k.place.outside:
            continue
        own = next((c for c in in_sentence if k.end < c.start <= k.end + 40 and _LOCATIVE_WORD.search(text[k.end:c.start])),
                   None)
        if own is not None and km(own.place.lat, own.place.lon, k.place.lat, k.place.lon) <= NAMESAKE_KM + own.place.radius_km:
            continue  # "positions in al-Hiri in the Albukamal desert": its own container says which al-Hiri
        dist = km(setting.place.lat, setting.place.lon, k.place.lat, k.place.lon)
        if dist > NAMESAKE_KM + setting.place.radius_km:
            kept.remove(k)
            why[k.start] = f"{NAMESAKE}'{setting.text}': the gazetteer's '{k.text}' ({k.place.name}) lies {dist:.0f} km from it"
    return [(m, extra.get(id(m), [])) for m in kept], why


# "على أطراف مدينة البوكمال وفي باديتها", "on the outskirts of al-Mayadin and in its desert": the town's desert
_ITS_DESERT = re.compile(r"(?<![\u0621-\u064a])[وف]?(?:في\s+|ب)?(?P<w>باديتها|باديته|صحرائها|صحرائه)(?![\u0621-\u064a])|"
                         r"\bits\s+(?P<w2>desert|badia|desert\s+areas)\b", re.I)


_QUARTER_TYPES = ("neighbourhood", "street", "site", "region", "facility")


def _not_around_unlisted(text: str, s: segment.Sentence, in_sentence: list, kept: list, log: "_Log",
                         unlisted: set[str] = frozenset(), near_unlisted: list | None = None, sdate=None) -> list:
    """The kept mentions without regions that only say where a place missing from the gazetteer lies, and without
    a town named as what such a place is near ("in the farms of al-Haydariyah near al-Mayadin")."""
    out = []
    for m, extra in kept:
        near = _NEAR_UNLISTED.search(text, max(s.start, m.start - 60), m.start) if unlisted else None
        if near is not None and (near.group("w") or near.group("w2") or near.group("w3")) in unlisted:
            log.note(m, False, f"says where a place not in the gazetteer lies: '{near.group(0).strip()}'", s.text)
            if near_unlisted is not None:
                # (a sentence telling a separate incident, "In a separate incident, a drone hit a farm in the village of
                # Zaghlah near al-Mayadin", places its own strike, not the one told before)
                if not _SEPARATE.search(s.text):
                    near_unlisted.append((m.place.id, s.index, sdate, near.group("w") or near.group("w2") or near.group("w3")))
            continue
        if m.place.type in _REGION_TYPES or m.place.is_region or m.place.id in CITY_REGIONS:
            before = text[max(s.start, m.start - 60):m.start]
            hit = _UNLISTED_BEFORE.search(before)
            if hit is not None and m.place.id in CITY_REGIONS and not re.search(r"countryside|rural|desert|ريف|بادية", hit.group(0)):
                hit = None  # "the village of X in Deir ez-Zor": the city's name is only a region with "countryside"
            after = _UNLISTED_AFTER.match(text[m.end:m.end + 40]) if hit is None else None
            if after is not None and not any(m.end <= k.start < m.end + after.end() + 2 for k in in_sentence):
                log.note(m, False, f"says where a place not in the gazetteer lies: '{after.group(0).strip()}'", s.text)
                continue
            if hit is not None:
                at = m.start - len(before) + hit.start()
                if not any(k.start >= at and k.end <= m.start for k in in_sentence):
                    log.note(m, False, f"says where a place not in the gazetteer lies: '{hit.group(0).strip()}'", s.text)
                    continue
        out.append((m, extra))
    return out


def _its_desert(text: str, s: segment.Sentence, in_sentence: list, kept: list, gaz: Gazetteer) -> list:
    """Mentions made for a town's desert named by a pronoun, with the reason; the town is the place named last before."""
    if "بادي" not in s.text and "صحرا" not in s.text and "its " not in s.text:
        return []
    out = []
    for hit in _ITS_DESERT.finditer(s.text):
        a = s.start + hit.start("w" if hit.group("w") else "w2")
        town = max((m for m in in_sentence if m.end <= a and m.place.type in ("city", "town", "village")),
                   key=lambda m: m.start, default=None)
        desert = gaz.places.get(f"{town.place.id}-desert") if town is not None else None
        if desert is not None and (a - town.end > 60 or _CLAUSE_BREAK.search(text, town.end, a)):
            continue  # "struck al-Mayadin; its desert was quiet": another clause
        if desert is None or any(k.place.id == desert.id for k, _ in kept):
            continue
        words = hit.group("w") or hit.group("w2")
        m = Match(start=a, end=a + len(words), text=words, key=words,
                  candidates=[Candidate(place=desert, score=1.0, why=f"the desert of '{town.text}'")])
        out.append((m, f"struck: its desert: '{words}' is the desert of '{town.text}'"))
    return out


# "Coalition artillery at the Conoco gas field base fired shells at …", "مدفعية التحالف في قاعدة حقل كونيكو قصفت …": the
# place that holds the guns, when the guns fire right after it, is where the fire came from
_GUNS_AT = re.compile(r"\b(?:artillery|guns|batteries|howitzers|mortars|(?:rocket\s+)?launchers)\s+"
                      r"(?:(?:positioned|deployed|stationed|based)\s+)?(?:at|in|inside)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?$|"
                      r"(?<![\u0621-\u064a])(?:ال)?(?:مدفعية|راجمات|مدافع)\s+(?:[^\s،,.]+\s+){0,2}?(?:المتمركزة\s+)?(?:في|ب)\s*"
                      r"(?:(?:قاعدة|حقل|معمل|مطار)\s+)?$", re.I)
_GUNS_STEMS = ("artiller", "gun", "batter", "howitzer", "mortar", "launcher", "مدفعي", "راجم", "مدافع")
_FIRED_AFTER = re.compile(r"\s*(?:[\w’'-]+\s+){0,3}?(?:fired|shelled|launched|lobbed|opened\s+fire|pounded|bombarded)\b|"
                          r"\s*(?:[^\s،,.]+\s+){0,3}?(?:قصفت|استهدفت|أطلقت|اطلقت|فتحت|دكت)(?![\u0621-\u064a])", re.I)


# a strike verb right before the guns governs them ("struck artillery in", "استهدفت طائرة مسيرة راجمات في")
_STRUCK_GUNS = re.compile(r"\b(?:struck|hit|destroyed|targeted|bombed|pounded|shelled|attacked)\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,3}?$|"
                          r"(?<![\u0621-\u064a])[وف]?(?:استهدفت|استهدف|قصفت|قصف|دمرت|دمر)\s+(?:[^\s،,.]+\s+){0,3}?$", re.I)
_RELATIVE_FIRED = re.compile(r"\s*,?\s*(?:that|which|who|الذي|التي|الذين)\b", re.I)


def _namesake_outside(gaz: Gazetteer, m: Match) -> bool:
    """Whether the gazetteer holds a place outside Deir ez-Zor of the mention's name."""
    key = m.place.name.lower()
    return any(p.outside and p.id != m.place.id and (p.name.lower() == key or m.text in p.names) for p in gaz.places.values())


# "in Homs and near Damascus", "in Hama and in the Damascus countryside": the governorate is one more item of a list
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:in|near|at|on|around)\b", re.I)


def _city_of(gaz: Gazetteer, p: Place) -> str:
    """The city (of CITY_REGIONS) a site or quarter belongs to, or ""."""
    seen = set()
    while p.parent and p.parent not in seen:
        if p.parent in CITY_REGIONS:
            return p.parent
        seen.add(p.parent)
        p = gaz.places.get(p.parent)
        if p is None:
            return ""
    return ""


_GENERIC_SITE_TYPES = ("military_site", "facility", "site", "neighbourhood", "street")
# the words of a building's or an office's function, which any city has one of: "the Military Security building",
# "the hospital", "مبنى فرع الأمن العسكري" (a proper name, "al-Huwayqa", "Brigade 137", "حي الحويقة", is no such name)
_FUNCTION_WORDS = frozenset((
    "the former old new main central national state military security political air force intelligence general criminal "
    "branch building buildings headquarters hq hospital school police station court bakery mosque stadium office "
    "directorate department prison municipality council hall centre center cultural post market grain silos "
    "مبنى فرع أمن عسكري عسكرية سياسي سياسية دولة جوية مخابرات قديم قديمة سابق سابقة مقر مشفى مستشفى وطني مدرسة مخفر "
    "شرطة قسم محكمة مديرية دائرة فرن سجن ملعب بلدي بلدية مركز ثقافي مجلس سوق صوامع حبوب جامع مسجد عام عامة").split())


def _function_name(words: str) -> bool:
    """Whether a mention's words only name a function ("Military Security building"), not a proper name."""
    toks = re.findall(r"[^\W\d_]+|\d+", words)
    return bool(toks) and all(t.lower() in _FUNCTION_WORDS or t.startswith(("ال", "وال", "بال")) and
                              re.sub(r"^[وب]?ال", "", t) in _FUNCTION_WORDS for t in toks)


def _namesakes_elsewhere(report: Report, text: str, s: segment.Sentence, in_sentence: list, kept: list, gaz: Gazetteer,
                         city: str, log: "_Log", unlocated: list) -> list:
    """"al-Mayadin: warplanes bomb the river crossings … One man killed in a strike near the former Military Security
    building": a building or quarter named by its function in a paragraph about one city, in a sentence that names no
    city of its own, is that city's, not the gazetteer's namesake in another city (the strike goes to unlocated.csv)."""
    if any(m.place.id in CITY_REGIONS or m.place.type == "city" for m in in_sentence):
        return kept  # the sentence says which city
    out = []
    for m, extra in kept:
        own = _city_of(gaz, m.place) if m.place.type in _GENERIC_SITE_TYPES and _function_name(m.text) else ""
        if own and own != city:
            name = gaz.places[city].name if city in gaz.places else city
            why = f"{NAMESAKE}'{name}' (the paragraph's city): the gazetteer's '{m.text}' is in {gaz.places[own].name}"
            log.note(m, False, why, s.text)
            unlocated.append(Unlocated(report.id, s.text, m.text, f"not in the gazetteer: {why}", report.source, report.url,
                                       report.published.isoformat() if report.published else None))
            continue
        out.append((m, extra))
    return out


# "Deir ez-Zor: Airstrikes on ISIS positions on the outskirts of the military airport", "قصف محيط المطار العسكري":
# the airport of the city the sentence or its paragraph names
_THE_AIRPORT = re.compile(r"\bthe\s+(?:(?:city['’]s|town['’]s|military|main|nearby)\s+)?(?:airport|air\s?base|airfield)\b|"
                          r"(?<![\u0621-\u064a])[وفبل]?(?:لل|ال)مطار(?:\s+ال?عسكري)?(?![\u0621-\u064a])", re.I)
AIRPORT_KM = 12.0
# what makes "the airport" a target: a strike word right before it ("bombed positions on the outskirts of the airport",
# "قصف محيط المطار"), not a road to it or guns stationed near it
_AIRPORT_STRUCK_BEFORE = re.compile(
    r"\b(?:struck|strikes?|hit|hitting|bombed|bombing|shelled|shelling|targeted|targeting|pounded|raided|raids?|attacked|"
    r"attacks?|airstrikes?|air\s+strikes?|fell|landed|exploded)\s+"
    r"(?:(?!(?:stationed|based|deployed|positioned|located|road|route|way|heading|drove|driving|to|towards?|from)\b)[\w’'-]+\s+){0,5}?"
    r"(?:(?:on|at|in|into|near|around|inside|against|of)\s+)?(?:the\s+)?$|"
    r"\b(?:outskirts|vicinity|perimeter|surroundings|edge|edges|environs)\s+of\s+(?:the\s+)?$|"
    r"(?<![\u0621-\u064a])[وف]?(?:قصف\S*|استهدف\S*|غارة|غارات|ضربة|ضربات|سقط\S*|محيط|أطراف|اطراف|داخل)\s+"
    r"(?:(?!(?:المؤدي|المؤدية|طريق|الطريق|المتمركز\S*|المنتشر\S*|إلى|الى|نحو|باتجاه)(?![\u0621-\u064a]))\S+\s+){0,4}?(?:على\s+|في\s+)?$", re.I)


def _town_airport(text: str, s: segment.Sentence, in_sentence: list, kept: list, gaz: Gazetteer, city: str | None) -> list:
    """Mentions made for "the (military) airport" of the city named before it in the sentence, or of the paragraph's
    city, with the reason."""
    out = []
    for hit in _THE_AIRPORT.finditer(s.text):
        a, b = s.start + hit.start(), s.start + hit.end()
        if any(m.start < b and a < m.end for m in in_sentence):
            continue  # a named airport ("Deir ez-Zor airport", "مطار حمدان") is a place of its own
        town = max((m for m in in_sentence if m.end <= a and m.place.type == "city"), key=lambda m: m.start, default=None)
        town_id = town.place.id if town is not None else city
        if town_id is None or town_id not in gaz.places:
            continue
        tp = gaz.places[town_id]
        airport = min((p for p in gaz.places.values() if p.type == "airport" and not p.outside
                       and (p.parent == town_id or km(p.lat, p.lon, tp.lat, tp.lon) <= AIRPORT_KM)),
                      key=lambda p: km(p.lat, p.lon, tp.lat, tp.lon), default=None)
        if airport is None or any(k.place.id == airport.id for k, _ in kept):
            continue
        if _nearest_cue(text[max(s.start, a - 80):a]) is not None:
            continue  # "jets took off from the airport": not a target
        if not _AIRPORT_STRUCK_BEFORE.search(text, max(s.start, a - 80), a):
            continue  # "on the road to the airport", "artillery stationed near the airport": not what was struck
        words = text[a:b]
        m = Match(start=a, end=b, text=words, key=words,
                  candidates=[Candidate(place=airport, score=1.0, why=f"the airport of '{tp.name}'")])
        out.append((m, f"struck: '{words}' is the airport of '{tp.name}'"))
    return out


# "Kataib Sayyid al-Shuhada", "لواء الباقر": a place word inside an armed group's name
_GROUP_NAME = re.compile(r"\b(?:Kata['’]?ib|Kataeb|Liwa['’]?a?|Saraya|Harakat|Asa['’]?ib|Jaysh|Jaish|Quwat|Brigades?\s+of|Lions\s+of)"
                         r"(?:\s+(?:al-|el-)?[A-Z][\w'’-]+){0,3}\s+$|"
                         r"(?<![\u0621-\u064a])[وف]?(?:كتائب|لواء|سرايا|عصائب|حركة)\s+(?:(?!(?:في|على|من|قرب|نحو|إلى|الى|عند)\s)[\u0621-\u064a]+\s+){0,2}$")
# literal stems each pattern needs (lower case): the rare patterns are not scanned over every mention's words
_GROUP_STEMS = ("kata", "liwa", "saraya", "harakat", "asa", "jaysh", "jaish", "quwat", "brigade", "lions",
                "كتائب", "لواء", "سرايا", "عصائب", "حركة")
# the span ends at a comma, or at a finite strike verb in English: "In retaliation for the drone attack US jets struck X" tells
# the strike on X, only "that hit"/"which struck" keeps the antecedent's own clause going
_SPAN_WORD = r"(?:(?:that|which)\s+(?:hit|struck|targeted|bombed|shelled)\s+|(?!(?:and\s+)?(?:hit|struck|targeted|bombed|shelled|raided|pounded|attacked)\b)[\w’'-]+\s+)"
_SPAN_WORD_AR = r"(?:[^\s،,]+\s+)"  # (an Arabic verb after an indefinite noun is its relative clause: "غارات استهدفت")
# (after "came a day after", a finite verb belongs to the clause it follows: "after rockets hit the Conoco field"; only
# a predicate joined with "and" is the main clause's again: "followed weeks of tension and hit a depot in X")
_SPAN_WORD_AFTER = r"(?:(?!and\s+(?:hit|struck|targeted|bombed|shelled|raided|pounded|attacked)\b)[\w’'-]+\s+)"
_ANTECEDENT = re.compile(
    r"\b(?:follows|followed|comes?\s+(?:[\w-]+\s+){0,3}?after|came\s+(?:[\w-]+\s+){0,3}?after)\s+" + _SPAN_WORD_AFTER
    + r"{0,10}?$|"
    r"\b(?:in\s+(?:response|retaliation|reply)\s+(?:to|for)|retaliation\s+for|a\s+response\s+to)\s+" + _SPAN_WORD + r"{0,10}?$|"
    r"(?<![\u0621-\u064a])[وف]?(?:تأتي|يأتي|جاءت|جاء)\s+(?:\S+\s+){0,2}?(?:بعد|عقب)\s+" + _SPAN_WORD_AR + r"{0,10}?$|"
    r"(?<![\u0621-\u064a])(?:ردا|رداً|ردّاً|انتقاما|انتقاماً)\s+على\s+" + _SPAN_WORD_AR + r"{0,8}?$", re.I)
# "comes two days after a rocket attack on Conoco", "ويأتي القصف بعد يومين فقط من استهداف معمل كونيكو": the strike
# it follows is dated by the gap, counted back from the strike told
_DAYS_AFTER = re.compile(
    r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+(?:only\s+)?after\b|"
    r"(?<![\u0621-\u064a])(?:بعد|عقب)\s+(?:(?P<one>يوم)|(?P<two>يومين)|(?P<na>[\u0621-\u064a\d]+)\s+(?:أيام|ايام))"
    r"(?:\s+فقط)?\s+(?:من|على)(?![\u0621-\u064a])", re.I)
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "اربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6,
                 "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10}


def _days_after(words: str) -> int | None:
    """The gap a "comes N days after" antecedent names, in days."""
    hit = _DAYS_AFTER.search(words)
    if hit is None:
        return None
    if hit.group("one"):
        return 1
    if hit.group("two"):
        return 2
    n = (hit.group("n") or hit.group("na") or "").lower()
    return int(n) if n.isdigit() else _NUMBER_WORDS.get(n)


_ANTECEDENT_STEMS = ("follow", "came", "come", "response", "retaliation", "reply", "تأتي", "يأتي", "جاء", "رد", "انتقام")
_LOCATED_STEMS = ("located", "situated", "lying", "lies", "sits", "الواقع", "الكائن", "تقع", "يقع")
_EARLIER_STEMS = ("previously", "earlier", "already", "repeatedly", "سبق")
# "in Mohassan and in the al-Huwayqa neighbourhood of", "من مواقعها في A وB": the second place of a pair
_COORDINATED = re.compile(r"^\s*,?\s*(?:and|or)\s+(?:(?:in|at|from|near)\s+)?(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:(?:of|in)\s+(?:the\s+)?)?$|"
                          r"^\s*[،,]?\s*و(?:في|من|ب)?\s*(?:بلدة|قرية|مدينة|منطقة|حي)?\s*$", re.I)
_DIRECTION_END = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?"
                            r"(?:(?:(?!and\b|or\b)[\w-]+\s+)?(?:city|town)\s+of\s+)?$", re.I)
# "the Ayyash camp, west of Deir ez-Zor city", "قرية الزعير (22 كم غرب مدينة دير الزور)": a place named as the point
# a direction or a distance is measured from, right after another place, only says where that one lies; "a base
# located 25 km south of al-Mayadin" names nothing else, and the town is its only locator (the town may carry a word
# of its own: "al-Hari, a few kilometres south-east of the border town of Albu Kamal")
_REFERENCE_BEFORE = re.compile(
    r"(?P<d>\b\d+(?:[.,]\d+)?\s*(?:km|kilomet(?:re|er)s?|miles?)\s+(?:to\s+the\s+)?)?\b(?:north|south|east|west)"
    r"(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?(?:(?:(?!and\b|or\b)[\w-]+\s+)?(?:city|town|village)\s+of\s+)?$|"
    r"(?P<da>[\d\u0660-\u0669]+\s*(?:كم|كلم|كيلومترا?ت?|كيلو\s?مترا?ت?)\s+)?(?<![\u0621-\u064a])"
    r"(?:جنوب|شمال|شرق|غرب)ي?(?:\s*[-–]?\s*(?:شرق|غرب)ي?)?\s+(?:مدينة\s+|بلدة\s+|قرية\s+)?$|"
    # "مدينة القائم العراقية، المقابلة للبوكمال", "al-Qaim, opposite al-Bukamal": the town across from another
    r"\b(?:opposite|facing|across\s+(?:the\s+border\s+)?from)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$|"
    r"(?<![\u0621-\u064a])(?:المقابلة|المقابل|مقابل|قبالة)\s*(?:ل|لـ\s*)?(?:مدينة\s+|بلدة\s+)?$", re.I)
_COORDINATION = re.compile(r"\b(?:and|or|while|as well as)\b|;|(?<![\u0621-\u064a])و(?=[\u0621-\u064a])", re.I)


# a named town the gazetteer lacks, then the direction from the place that follows ("the town of al-Shanan, east of",
# "بلدة الشنان شرقي"): the name must look like one (capitalised; in Arabic with its article, not "حي سكني شرقي")
_UNLISTED_DIRECTION = re.compile(
    r"\b(?:town|village|city|hamlet|neighbou?rhood)\s+of\s+(?P<w>(?:al-|el-|Al-|El-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"\s*,\s*(?:(?:about|some|around)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+)?$|"
    r"(?<![\u0621-\u064a])(?:بلدة|قرية|حي|مزرعة)\s+(?P<w2>ال[\u0621-\u064a]{2,})\s*[،,]?\s*"
    r"(?:شرقي|غربي|شمالي|جنوبي|شرق|غرب|شمال|جنوب)\s+(?:مدينة\s+)?$")


# "taken to al-Shefaa hospital, a facility run by the militias in the city of al-Mayadin", "نُقلوا إلى مشفى الشفاء، الذي
# تديره الميليشيات في مدينة الميادين": a description of the place before that says which town holds it
_HOLDER_GAP = re.compile(r"[^.;,]{0,25},\s+(?:an?|the|which\s+is|one\s+of)\s+(?:[\w’'-]+\s+){0,8}?(?:in|at|inside)\s+(?:the\s+)?"
                         r"(?:(?:city|town|village)\s+of\s+)?|"
                         r"[^.؛،,]{0,25}[،,]\s*(?:الذي|التي|وهو|وهي)\s+(?:[^\s.،,؛]+\s+){0,8}?(?:في\s+|ب)(?:مدينة\s+|بلدة\s+|قرية\s+)?",
                         re.I)


def _described_holder(gap: str) -> bool:
    return len(gap) <= 120 and (" in " in gap or "في" in gap or " at " in gap or "ب" in gap) \
        and bool(_HOLDER_GAP.fullmatch(gap)) and not _STRIKE_WORD.search(gap) and not cues.find_triggers(gap) \
        and not re.search(r"\band\b|(?:^|\s)و(?=ال)", gap)


def _described_direction(gap: str) -> bool:
    """", on the river's western bank south-east of Deir Ezzor": a description of the place before, not a second
    place struck ("struck Hajin and positions south of al-Susah" has "and": a list)."""
    return 0 < len(gap) <= 60 and gap.lstrip().startswith(",") and bool(_DIRECTION_END.search(gap)) \
        and not _COORDINATION.search(gap) and not _STRIKE_VERB.search(gap)


_OPEN_BRACKET = re.compile(r"\(\s*$")
_NEAR_AFTER_COUNTRY = re.compile(r"\s*,?\s*(?:near|close to|by|outside)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?|"
                                 r"\s*[،,]?\s*(?:قرب|بالقرب من|على مقربة من)\s+(?:مدينة\s+|بلدة\s+)?", re.I)
# ", where Iran-backed groups hold …", "، حيث تسيطر فصائل …": the last relative clause opened before a place
_WHERE_CLAUSE = re.compile(r"[,،]\s*(?P<w>where|حيث)\s+(?:(?![,،;.])[^\n])*$", re.I)
_CLAUSE_END = re.compile(r"[;؛.!?]|,\s+(?:and|but|while)\s|،\s*(?:و|لكن|فيما|بينما)")


def _clause_end(text: str, start: int, end: int) -> int:
    hit = _CLAUSE_END.search(text, start, end)
    return hit.start() if hit else end
# "قرية الزعير على بعد 22 كم غرب مدينة دير الزور", "the village of Zu'ayr, 22 km west of Deir ez-Zor": a named place,
# even one the gazetteer lacks, measured from the town ("a base located 25 km south of al-Mayadin" names none)
_NAMED_BEFORE_DISTANCE = re.compile(
    r"(?:(?<![\u0621-\u064a])(?:قرية|بلدة|مزرعة|حي)\s+[\u0621-\u064a]{3,}(?:\s+ال[\u0621-\u064a]{2,})?|"
    r"\b(?:village|town|hamlet)\s+of\s+(?:al-|el-|ad-|as-|ash-)?[A-Z][\w'’-]+)"
    r"\s*[،,]?\s*(?:(?:الواقعة|التي\s+تقع)\s+)?(?:على\s+(?:بعد|مسافة)\s+|(?:located|lying|about|some)\s+)?(?:نحو\s+|حوالي\s+)?$")
_SENTENCE_END = re.compile(r"[.!?]")


def _reference_gap(gap: str) -> bool:
    """"the Ayyash camp of the Fatemiyoun, west of …": the words between a place and a direction describe the place
    before, with no list, no clause break and no second strike between them."""
    return len(gap) <= 80 and not _COORDINATION.search(gap) and not _CLAUSE_BREAK.search(gap) \
        and not _STRIKE_VERB.search(gap) and not _SENTENCE_END.search(gap)


# the other governorates of Syria, named after a place to say which place of that name is meant
_OTHER_GOVERNORATES_EN = (r"Aleppo|Halab|Homs|Hama|Idlib|Idleb|Latakia|Lattakia|Tartus|Tartous|Damascus|Daraa|Deraa|Quneitra|"
                          r"Suwayda|Sweida|Raqqa|Raqqah|Hasakah|Hasaka|Hasakeh")
_OTHER_GOVERNORATES_AR = r"حلب|حمص|حماة|حماه|إدلب|ادلب|اللاذقية|طرطوس|دمشق|درعا|القنيطرة|السويداء|الرقة|الحسكة"
# ("al-Safira, in the Aleppo countryside", "al-Safira (Aleppo)", "السفيرة بريف حلب"; an outlet, "Aleppo 24", is no place)
_ELSEWHERE_AFTER = re.compile(
    r"\s*,?\s*in\s+(?:the\s+)?(?:(?:countryside|province|governorate|desert|outskirts)\s+of\s+|rural\s+|"
    rf"(?:eastern|western|northern|southern)\s+)?(?P<g>{_OTHER_GOVERNORATES_EN})\b(?:['’]s)?"
    r"(?!\s+(?:24|[Nn]ews|Post|Today|[Nn]etwork|[Mm]edia)\b)|"
    rf"\s*\(\s*(?:the\s+)?(?P<gb>{_OTHER_GOVERNORATES_EN})(?:\s+(?:countryside|province|governorate))?\s*\)|"
    rf"\s*[،,(]?\s*(?:في\s+|ب)(?:ريف|محافظة|بادية|ضواحي)\s+(?P<ga>{_OTHER_GOVERNORATES_AR})(?![\u0621-\u064a])", re.I)
NAMESAKE_KM = 25.0
NAMESAKE = "another place of this name, inside "


def _nearest_cue(before: str) -> re.Match | None:
    """The not-a-target cue nearest the mention: "killing two from al-Mayadin" is about origin, not "leading to"."""
    cue = _NOT_TARGET_BEFORE.search(before)
    while cue is not None:
        nxt = _NOT_TARGET_BEFORE.search(before, cue.start() + 1)
        if nxt is None or nxt.start() < cue.end(cue.lastgroup or 0):
            return cue  # "originally from": the longer cue holds the shorter one
        cue = nxt
    return None


def _kind_of(cue: re.Match) -> str:
    for k, name in _NOT_TARGET_NAMES.items():
        if cue.group(k):
            return name
    return "not a target"


def _is_container_of(text: str, prev: Match, m: Match) -> bool:
    """True when `m` only says where `prev` lies: "Hajin in the eastern countryside of Deir Ezzor"."""
    if prev.place.id == m.place.id:
        return False
    site = prev.place.type in ("neighbourhood", "street", "site", "facility")
    if site and m.place.type not in ("desert", "region", "governorate"):
        return False  # a street or building "in Deir ez-Zor city" is settled by the nesting rule
    gap = text[prev.end:m.start]
    if len(gap) > 60 or not _LOCATIVE_GAP.match(gap) or not _LOCATIVE_WORD.search(gap):
        return False
    if site:
        # "the Ain Ali area in Mahkan desert", "موقع عين علي في بادية محكان": a site in the desert or region around
        # it, when it lies there (a site's own town is settled by the nesting rule)
        return km(prev.place.lat, prev.place.lon, m.place.lat, m.place.lon) <= m.place.radius_km + prev.place.radius_km
    return _SIZE.get(m.place.type, 0) > _SIZE.get(prev.place.type, 0)


def _is_ancestor(gaz: Gazetteer, anc: Place, p: Place) -> bool:
    seen = set()
    while p.parent and p.parent not in seen:
        if p.parent == anc.id:
            return True
        seen.add(p.parent)
        nxt = gaz.places.get(p.parent)
        if nxt is None:
            return False
        p = nxt
    return False


def _target(text: str, clause_start: int, m: Match) -> str:
    window = text[max(clause_start, m.start - 70):m.start]
    found = list(cues.TARGET.finditer(window))
    if found:
        return found[-1].group(0).strip()
    after = text[m.end:m.end + 25]
    found = cues.TARGET.match(after.strip()) if after.strip() else None
    return found.group(0) if found else ""


def _quote_source(text: str, s: segment.Sentence, blocks: list[segment.Block]) -> list[str]:
    """Who is quoted, when the sentence sits inside a quotation attributed after it."""
    block = blocks[s.block]
    rest = text[s.end:block.end]
    close = re.search(r"[”\"»]", rest)
    if close:
        tail = rest[close.end():close.end() + 150].split(".")[0].lstrip(" ,")
        return cues.cited_sources(tail) or []
    return []


def _precision(place: Place, q: spatial.Qualifier | None) -> int:
    if place.type in ("country", "governorate", "river") or place.radius_km >= REGION_RADIUS_KM:
        return 3  # region-level: a governorate, a countryside, the badia at large
    if q is not None and q.kind == "countryside":
        return 3
    if q is not None or place.precision == "approximate":
        return 2
    return 1


def _event(report: Report, d: _Draft) -> Event:
    p = d.place
    lat, lon, unc = spatial.apply(d.qualifier, p.lat, p.lon, p.type, p.radius_km)
    prec = _precision(p, d.qualifier)
    if d.region or p.id in CITY_REGIONS.values():
        prec, unc = 3, max(unc, spatial.UNCERTAINTY_KM["countryside"])  # the land around a town
    ev_date = d.date.start.isoformat() if d.date else None
    date_prec = d.date.precision if d.date else "none"
    if d.date and d.date.precision == "range":
        date_prec = f"range:{d.date.start.isoformat()}/{d.date.end.isoformat()}"
    count = d.count
    strikes = group_strikes = None
    strikes_max = group_max = None
    count_text = ""
    if count:
        count_text = count[2]
        if d.group:
            group_strikes, group_max = count[0], count[1]
        else:
            strikes, strikes_max = count[0], count[1]
    flags = []
    if report.published is None:
        flags.append("no_publication_date")
    if d.date and d.date.after_publication:
        flags.append("date_after_publication")
    if d.match.method == "fuzzy":
        flags.append("fuzzy_place_match")
    if d.hedged:
        flags.append("location_hedged")
    if d.region:
        flags.append("region_mention")
    target = "; ".join(x for x in [d.target, *d.extra_targets] if x)
    eid = stable_id(report.id, p.id, ev_date, d.event_type, d.status)
    return Event(
        event_id=eid, report_id=report.id, source=report.source, url=report.url,
        published=report.published.isoformat() if report.published else None,
        event_date=ev_date, date_precision=date_prec, event_type=d.event_type,
        place=p.name, place_ar=p.name_ar, place_id=p.id, place_type=p.type, mention=d.match.text,
        lat=lat, lon=lon, anchor_lat=p.lat, anchor_lon=p.lon, geo_precision=prec, uncertainty_km=unc,
        qualifier=d.qualifier.words if d.qualifier else "", district=p.district, subdistrict=p.subdistrict,
        status=d.status, attribution=d.attribution[0], attribution_certainty=d.attribution[1],
        target=target, fatalities=d.fatalities[0], fatalities_max=d.fatalities[1], fatalities_text=d.fatalities[2],
        strikes=strikes, strikes_max=strikes_max, strike_group=d.group, group_strikes=group_strikes,
        group_strikes_max=group_max, count_text=count_text, cited_sources="; ".join(d.cited),
        evidence=d.evidence[0], evidence_all=list(d.evidence), span_start=d.match.start, span_end=d.match.end,
        language=report.language or "en", flags=",".join(flags),
    )


def _told_date_only(d: _Draft) -> bool:
    """The draft's day is only the day it was told ("…, the admiral said at a briefing on Thursday")."""
    sent = d.sentence.text
    return d.date is not None and bool(d.date.words) and d.date.position >= 0 and sent[d.date.position:].startswith(d.date.words) \
        and bool(_SAID_AFTER.match(sent[d.date.position + len(d.date.words):d.date.position + len(d.date.words) + 20])
                 or _SAID_BEFORE.search(sent[max(0, d.date.position - 40):d.date.position])
                 or _SAID_NEAR_BEFORE.search(sent, max(0, d.date.position - 40), d.date.position))


# "said at a briefing on Thursday", "قال في مؤتمر صحفي الخميس": a telling, a few words before its day
_SAID_NEAR_BEFORE = re.compile(r"\b(?:said|says|told|announced|stated|added)\b[^.;,]{0,30}$|"
                               r"(?<![\u0621-\u064a])[وف]?(?:قال|قالت|أعلن|أعلنت|صرح|صرحت|أضاف|أضافت)\s+[^.؛،]{0,30}$", re.I)



def _fold_into(log, out: list[Event], e: Event, twin: Event, why: str, details: bool = True) -> None:
    """One strike told twice in a report: the event keeps one telling, with the other's evidence (and, for two full
    tellings, its targets and cited sources; a mention that only locates the strike again brings none), and the
    decision log says where the other went."""
    log.update(e.span_start, True, why, twin.event_id)
    log.repoint(e.event_id, twin.event_id)
    _add_evidence(twin, e)
    if details:
        twin.target = _join(twin.target, e.target)
        twin.cited_sources = _join(twin.cited_sources, e.cited_sources)
    out.remove(e)

def _merge_within_report(events: list[Event], gaz: Gazetteer, log: _Log, undated: set[int] = frozenset(),
                         own_day_unknown: set[int] = frozenset(), titles: set[int] = frozenset(),
                         in_list: dict[int, int] | None = None) -> list[Event]:
    # 1. one event per place, date and status, keeping every sentence: several strikes on one place on one day are one
    # row, and "an air and artillery attack on Hajin" told again as "air raids on Hajin" is one strike told in two
    # kinds; it keeps the kind most of its mentions give (the first told on a tie, a specific one over "strike")
    merged: dict[tuple, Event] = {}
    kinds: dict[tuple, dict[str, int]] = {}
    for e in events:
        key = (e.place_id, e.event_date, e.status)
        told = kinds.setdefault(key, {})
        told[e.event_type] = told.get(e.event_type, 0) + 1
        if key not in merged:
            merged[key] = e
            continue
        m = merged[key]
        if e.event_type != m.event_type:
            best = max(told, key=lambda k: (k not in ("strike", "explosion"), told[k]))  # dicts keep first-told order
            m.event_type = best
        log.update(e.span_start, True, f"the same strike told again: merged into the event at '{m.mention}'", m.event_id)
        log.repoint(e.event_id, m.event_id)
        _add_evidence(m, e)
        m.fatalities, m.fatalities_max, m.fatalities_text = _max_count(
            (m.fatalities, m.fatalities_max, m.fatalities_text), (e.fatalities, e.fatalities_max, e.fatalities_text))
        m.strikes, m.strikes_max, _ = _max_count((m.strikes, m.strikes_max, ""), (e.strikes, e.strikes_max, ""))
        if not m.strike_group and e.strike_group:
            m.strike_group, m.group_strikes, m.group_strikes_max = e.strike_group, e.group_strikes, e.group_strikes_max
        if e.count_text and e.count_text not in m.count_text:
            m.count_text = "; ".join(x for x in (m.count_text, e.count_text) if x)
        m.cited_sources = _join(m.cited_sources, e.cited_sources)
        m.target = _join(m.target, e.target)
        if e.geo_precision < m.geo_precision:
            m.lat, m.lon, m.geo_precision, m.uncertainty_km, m.qualifier = e.lat, e.lon, e.geo_precision, e.uncertainty_km, e.qualifier
    out = list(merged.values())
    told_kinds = {id(m): set(kinds[k]) for k, m in merged.items()}  # every kind the mentions of an event gave
    # an undated mention (a summary, a lead bullet) of a strike the report dates elsewhere at the same place, within
    # a week, is that strike: "Unidentified aircraft struck … near the airport" over "… near the airport on November 15"
    # (a strike told in two kinds, "an air and artillery attack on Hajin", agrees with either)
    for e in [e for e in out if e.span_start in undated and e.event_date]:
        twin = next((o for o in out if o is not e and o.span_start not in undated and o.place_id == e.place_id
                     and o.status == e.status and o.event_date
                     and any(_kinds_agree(k, o.event_type) for k in told_kinds.get(id(e), {e.event_type}))
                     and abs((date.fromisoformat(o.event_date) - date.fromisoformat(e.event_date)).days) <= 7), None)
        if twin is not None:
            _fold_into(log, out, e, twin, f"the same strike, dated where the report gives its day ('{twin.mention}', "
                                          f"{twin.event_date})")
    # a claim and its denial in one report are one event, denied: "denied" means the event itself is denied
    for d in [e for e in out if e.status == "denied"]:
        for e in [o for o in out if o.status != "denied" and o.place_id == d.place_id and o.event_date == d.event_date]:
            log.update(e.span_start, True, f"the claim of a strike the report also denies: merged into the denied "
                                           f"event at '{d.mention}'", d.event_id)
            log.repoint(e.event_id, d.event_id)
            _add_evidence(d, e)
            if d.event_type in ("strike", "airstrike") and e.event_type not in ("strike", "explosion"):
                d.event_type = e.event_type  # the claim tells the kind ("a drone struck"); the denial says "any strike"
            d.target = _join(d.target, e.target)
            d.cited_sources = _join(d.cited_sources, e.cited_sources)
            if d.fatalities is None:
                d.fatalities, d.fatalities_max, d.fatalities_text = e.fatalities, e.fatalities_max, e.fatalities_text
            out.remove(e)
    # a generic "strike" at a place folds into the specific kind told of the same place and day
    for e in list(out):
        if e.event_type != "strike":
            continue
        twin = next((o for o in out if o is not e and o.place_id == e.place_id and o.event_date == e.event_date
                     and o.status == e.status and o.event_type != "strike"), None)
        if twin:
            _fold_into(log, out, e, twin, f"an unspecified strike folded into the {twin.event_type} at the same place")
    # 1b. "four missiles struck a coalition base inside the al-Omar field … rockets targeted the Green Village base":
    #     a base inside a field or facility and the field itself, struck the same day, are one strike told by two names
    for e in sorted(out, key=lambda x: x.span_start, reverse=True):
        place = gaz.places.get(e.place_id)
        if place is None or not _holds(out, e):
            continue
        twin = next((o for o in sorted(out, key=lambda x: x.span_start) if o is not e and o.event_date == e.event_date
                     and o.status == e.status and _kinds_agree(e.event_type, o.event_type) and o.place_id in gaz.places
                     and _same_site(place, gaz.places[o.place_id])), None)
        if twin is not None and twin.span_start < e.span_start:
            _fold_into(log, out, e, twin, f"the same site by another name: merged into the event at '{twin.mention}'")
    # 2. an area event folds into a more specific event inside it (same day and kind):
    #    "blasts in the al-Bukamal desert ... likely at al-Thalathat" is one explosion
    for e in list(out):
        place = gaz.places.get(e.place_id)
        if place is None or not (place.is_region or place.type == "desert" or e.geo_precision == 3):
            continue
        # ("بادية الدوير وبادية البوكمال", "the al-Dweir desert and the al-Bukamal desert": two items of one list of
        # targets are two strikes, though one lies inside the other's area)
        run = (in_list or {}).get(e.span_start, e.span_start)
        inner = [o for o in out if o is not e and o.event_type == e.event_type and o.event_date == e.event_date
                 and (_is_ancestor(gaz, place, gaz.places[o.place_id]) if o.place_id in gaz.places else False)
                 and (in_list or {}).get(o.span_start, o.span_start) != run]
        if inner:
            for o in inner:
                _add_evidence(o, e)
            out.remove(e)
            log.update(e.span_start, True, f"area folded into the places inside it ({', '.join(o.place for o in inner)})",
                       inner[0].event_id)
            log.repoint(e.event_id, inner[0].event_id)
    # 2b. "bombed positions on the outskirts of Albukamal … the raids hit sites in the village of al-Hari, a few
    #     kilometres east": an area around a town, told first, is the setting of the place a later sentence names
    #     inside it on the same day; one strike, at the inner place
    for e in sorted(out, key=lambda x: x.span_start):
        if not _holds(out, e) or not e.qualifier or not _AREA_QUALIFIER.search(e.qualifier):
            continue
        reach = max(10.0, 1.5 * e.uncertainty_km)
        inner = [o for o in out if o is not e and o.span_start > e.span_start and o.place_id != e.place_id
                 and o.evidence != e.evidence and not _ANOTHER.search(o.evidence) and o.event_date == e.event_date and o.status == e.status
                 # "an air aggression on sites around the city … two missiles fell on the radar site by the airport":
                 # the missiles of the air strike told before
                 and (_kinds_agree(e.event_type, o.event_type) or {e.event_type, o.event_type} == _AIR_AND_MISSILE)
                 and not _BIG_AREA.search(o.qualifier or "")
                 and o.geo_precision < 3 and _km(e, o) <= reach
                 and not (gaz.places.get(o.place_id) is not None and gaz.places[o.place_id].outside)]
        if inner:
            for o in inner:
                _add_evidence(o, e)
            out.remove(e)
            log.update(e.span_start, True, f"area '{e.qualifier} {e.mention}' folded into the place a later sentence "
                                           f"names inside it ({', '.join(o.place for o in inner)})", inner[0].event_id)
            log.repoint(e.event_id, inner[0].event_id)
    # 2c. "a rocket fell on the edge of al-Sabha … other networks said the rocket fell close to the base at the al-Omar
    #     field", "a strike hit a road near al-Hiri … 'Near Abu Kamal, one strike engaged …'": a later sentence that
    #     locates the strike told before by a place near it (the same rocket, or the town the struck village belongs
    #     to) tells that strike again; it is not a strike of its own
    for e in sorted(out, key=lambda x: x.span_start):
        if not _holds(out, e) or not e.qualifier or not _NEAR.search(e.qualifier) or _ANOTHER_STRIKE.search(e.evidence):
            continue
        place = gaz.places.get(e.place_id)
        if place is None:
            continue
        told = next((o for o in out if o is not e and o.span_start < e.span_start and o.evidence != e.evidence
                     and o.event_date == e.event_date and o.status == e.status and _kinds_agree(e.event_type, o.event_type)
                     and o.place_id in gaz.places and not gaz.places[o.place_id].outside and o.geo_precision < 3
                     and (_is_ancestor(gaz, place, gaz.places[o.place_id])
                          or _SAME_STRIKE.search(e.evidence) and _km(e, o) <= NEAR_AGAIN_KM)), None)
        if told is not None:
            _fold_into(log, out, e, told, f"the strike told before, located again by a place near it: "
                                          f"'{e.qualifier} {e.mention}' (merged into '{told.mention}')", details=False)
    # 2d. "two strikes, on a facility near al-Bukamal and a house near al-Mayadin … one of the raids hit a depot in
    #     Hasrat in the al-Bukamal countryside": a later breakdown of the strikes told puts one in a village of the town
    #     it was said to be near; the town was only its locator
    for e in sorted(out, key=lambda x: x.span_start):
        if not _holds(out, e) or not e.qualifier or not _NEAR.search(e.qualifier) or e.place_id not in gaz.places:
            continue
        inner = next((o for o in out if o is not e and o.span_start > e.span_start and _ONE_OF.search(o.evidence)
                      and o.event_date == e.event_date and o.status == e.status and o.place_id in gaz.places
                      and _is_ancestor(gaz, gaz.places[e.place_id], gaz.places[o.place_id])), None)
        if inner is not None:
            _fold_into(log, out, e, inner, f"'{e.qualifier} {e.mention}' locates a strike a later sentence places at "
                                           f"'{inner.mention}'", details=False)
    # 3. region-level mentions are not strikes of their own when the report names places inside
    #    (a town's desert is the land around the town: the town itself is not a place inside it)
    # a denied strike locates nothing, nor does one outside the governorate (al-Qaim is not inside Deir ez-Zor)
    points = [e for e in out if e.geo_precision < 3 and e.status != "denied"
              and not (e.place_id in gaz.places and gaz.places[e.place_id].outside)]
    # a town's desert named as the strike's place ("the desert south of al-Mayadin") locates it inside the governorate
    deserts = [e for e in out if e.status != "denied" and e.place_id in gaz.places
               and gaz.places[e.place_id].type == "desert"]
    # "warplanes struck positions in eastern Deir el-Zour province … the airstrikes targeted positions in the Boukamal
    # region": a region named as the strike's only locator places it inside a wider region told of the same strike
    # (a part of it in the gazetteer, or a region at most two thirds as wide whose point lies inside its reach)
    areas = [e for e in out if e.geo_precision == 3 and e.status != "denied" and e.place_id in gaz.places
             and not gaz.places[e.place_id].outside and e.uncertainty_km > 0]
    kept = []
    # "… بادية الدوير وبادية البوكمال جنوبي المدينة", "struck Hajin, al-Susah and the al-Bukamal desert": a desert
    # named as an item of a list of targets is ground struck, not the region of the places listed beside it
    list_items = set(in_list or {}) | set((in_list or {}).values())
    for e in out:
        area = gaz.places.get(e.place_id)
        inner_areas = [p for p in areas if p is not e and p.place_id != e.place_id and e.geo_precision == 3
                       and area is not None and _km(e, p) <= e.uncertainty_km
                       and (p.uncertainty_km * 1.5 <= e.uncertainty_km
                            or p.uncertainty_km < e.uncertainty_km and _is_ancestor(gaz, area, gaz.places[p.place_id]))
                       ] if len(areas) > 1 else []
        if area is not None and area.type == "desert" and e.span_start in list_items:
            kept.append(e)
            continue
        if e.geo_precision == 3 and area is not None and (area.is_region or "region_mention" in e.flags) \
                and not (_ANOTHER_ONE.search(e.evidence) and all(p.evidence != e.evidence for p in points)
                         # "Second raid in hours.. warplanes hit sites in Albukamal countryside", "غارة ثانية خلال
                         # ساعات على ريف البوكمال": a headline counts the body's strikes, it tells none apart from them
                         and e.span_start not in titles) \
                and any(_inside(gaz, e, p) for p in points + inner_areas
                        if p.place_id not in (e.place_id, area.parent) and _smaller_area(gaz, area, p)
                        # "On Wednesday, jets struck a depot in Deir ez-Zor province" beside Sunday's strikes near
                        # al-Bukamal: a region dated in a sentence of its own that tells a new strike is not located
                        # by places struck on another day
                        and (e.span_start in own_day_unknown or p.event_date == e.event_date
                             or _SAME_STRIKE.search(e.evidence) or _within_period(e, p))):
            # a facility known only roughly (T2 station, ±80 km) is still a strike of its own
            log.drop_event(e.event_id, "region with places inside")
            _pass_toll(e, [p for p in points if p.place_id not in (e.place_id, area.parent) and _inside(gaz, e, p)])
            continue
        inner_deserts = [d for d in deserts if e.span_start in own_day_unknown or d.event_date == e.event_date
                         or _SAME_STRIKE.search(e.evidence)] if area is not None and area.type == "governorate" else []
        if inner_deserts and e.geo_precision == 3 and not _ANOTHER_ONE.search(e.evidence):
            log.drop_event(e.event_id, f"region with places inside: the desert '{inner_deserts[0].mention}'")
            _pass_toll(e, inner_deserts)
            continue
        kept.append(e)
    kept.sort(key=lambda e: (e.span_start, e.place_id))
    return kept


_SITE_TYPES = ("military_site", "facility", "oil_field", "gas_field", "airport")
# the words between two items of one list of places: "A, B and the desert of C", "أ وأطراف ب"، "أ، ب" (a comma or
# "and", then at most two words that name the kind of the next item; no "in"/"في", which nests)
_LIST_GAP = re.compile(r"\s*(?:(?:desert|badia|areas?|countryside|outskirts|village|town|city|district|neighbou?rhood|quarter|"
                       r"field|base|camp|airport|crossing|bridge|street|road)\s*)?"
                       r"(?:[,،]\s*(?:(?:and|or)\s+|و\s*)?|(?:and|or)\s+|و\s*)(?:the\s+)?"
                       r"(?:(?!(?:in|of|near|at|on)\b|(?:في|من|قرب|على)(?![\u0621-\u064a]))[^\s,،.;؛]+\s+){0,2}?", re.I)


# "Hajin and positions in the desert near", "al-Quriyah and the desert south of": a town's desert joined to the place
# before it by "and"
_AND_THE_DESERT = re.compile(r"\s*,?\s*(?:and|و)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:desert|badia|steppe)\b[^,;.،]{0,30}$", re.I)


def _holds(events: list, e) -> bool:
    """Whether `e` itself is still in the list (an event folded away is gone; equal fields are not the same event,
    and comparing every field of every event was a tenth of the merge)."""
    return any(map(operator.is_, events, itertools.repeat(e)))


def _same_site(a: Place, b: Place) -> bool:
    """A base and the field or facility it stands in, at one point: one target under two names (not a town and its
    quarter, which are told apart)."""
    inner, outer = (a, b) if a.parent == b.id else (b, a) if b.parent == a.id else (None, None)
    return inner is not None and inner.type in _SITE_TYPES and outer.type in _SITE_TYPES \
        and km(inner.lat, inner.lon, outer.lat, outer.lon) <= 1.0


def _pass_toll(region: Event, inner: list[Event]) -> None:
    """"Five people were killed when a drone hit two vehicles in Deir Ezzor province. The vehicles were hit between
    al-Kishma and al-Dawir": a toll told at the region belongs to the strike the report places inside it, the first
    place of that day and kind without a toll of its own (never copied, so the dead are counted once)."""
    if region.fatalities is None:
        return
    to = next((p for p in sorted(inner, key=lambda p: p.span_start) if p.event_date == region.event_date
               and _kinds_agree(p.event_type, region.event_type)), None)
    if to is not None and to.fatalities is None:
        to.fatalities, to.fatalities_max, to.fatalities_text = region.fatalities, region.fatalities_max, region.fatalities_text


# "shelled 12 towns in the eastern countryside over three days", "خلال ثلاثة أيام": a round-up of a few days' strikes
_FEW_DAYS = re.compile(r"\b(?:over|in|during|within)\s+(?:the\s+(?:past|last)\s+)?(?:two|three|four|five|six|seven|several|a\s+few|[2-7])"
                       r"\s+days\b|(?<![\u0621-\u064a])(?:خلال|في)\s+(?:ال)?(?:يومين|(?:\S+\s+)?أيام)(?![\u0621-\u064a])", re.I)


def _within_period(region: Event, p: Event) -> bool:
    """A region told as the ground of a few days' strikes holds the places struck in that week (a region named for
    one strike does not: its day must be theirs)."""
    if not (region.event_date and p.event_date and _FEW_DAYS.search(region.evidence)):
        return False
    return abs((date.fromisoformat(p.event_date) - date.fromisoformat(region.event_date)).days) <= 7


def _area_holds(area: Place, p: Place) -> bool:
    """A wide area (a badia, a countryside) holds a much smaller place within its radius."""
    return area.radius_km >= REGION_RADIUS_KM and p.radius_km * 2 <= area.radius_km \
        and km(area.lat, area.lon, p.lat, p.lon) <= area.radius_km


_AREA_QUALIFIER = re.compile(r"outskirts|edge|around|surround|environs|vicinity|desert|badia|steppe|countryside|rural|"
                             r"أطراف|اطراف|محيط|ضواحي|بادية|ريف", re.I)
# "Other six raids hit …", "وفي غارة أخرى": a later sentence about another strike, not about the one before
_NEAR = re.compile(r"\b(?:near|close to|nearby|next to|adjacent to)\b|قرب|مقربة|قريب|بجوار", re.I)
# "another strike", "a second drone", "غارة أخرى", "also": a new strike; "other networks said" (شبكات أخرى) is not one
_ANOTHER_STRIKE = re.compile(r"\b(?:another|other|second|separate|further|new)\s+(?:\w+\s+)?" + _STRIKE_NOUNS +
                             r"|\b(?:another|second)\s+(?:drones?|shells?)\b|\b(?:also|separately|again)\b|"
                             r"(?<![\u0621-\u064a])[وفب]?(?:ال)?(?:غار\S*|ضرب\S*|صاروخ\S*|صواريخ|قذيف\S*|قذائف|مسير\S*|استهداف|قصف|هجوم)"
                             r"\s+(?:\S+\s+)?(?:أخرى|اخرى|آخر|ثانية|جديد|جديدة)(?![\u0621-\u064a])|أيضا|أيضاً|كذلك|مجدداً|مجددا", re.I)
_ONE_OF = re.compile(r"\bone\s+of\s+the\s+(?:\w+\s+)?(?:strikes|raids|airstrikes|attacks|missiles|drones)\b|"
                     r"(?<![\u0621-\u064a])[وف]?(?:إحدى|احدى|أحد|احد)\s+(?:ال)?(?:غارات|الغارات|ضربات|الضربات|الصواريخ|المسيرات|الهجمات)", re.I)
NEAR_AGAIN_KM = 15.0  # how far "near" reaches in this reporting: a base 14 km from the village it is said to be near
_ANOTHER = re.compile(r"\b(?:other|another|further|separately|second|also)\b|(?<![\u0621-\u064a])(?:أخرى|اخرى|آخر|أيضا|أيضاً|كذلك|ثانية)(?![\u0621-\u064a])", re.I)
# ("A boy was killed and another was injured", "another two were wounded", "a second child", "وأصيب آخر": another
# person, not another strike)
_NOT_A_PERSON = (r"(?!\s+(?:(?:two|three|four|five|six|\d+)\s+)?(?:was|were|is|are|has|had|died|suffered|sustained|injured|wounded|hurt|killed|"
                 r"(?:\w+\s+)?(?:person|people|man|men|woman|women|child|children|boy|girl|civilian|member|fighter|"
                 r"soldier|shepherd|brother|son|one)s?)\b)")
_NOT_A_PERSON_AR = "".join(f"(?<!{w} )" for w in ("أصيب", "وأصيب", "اصيب", "واصيب", "جرح", "وجرح", "قتل", "وقتل", "طفل",
                                                   "شخص", "مدني", "عنصر", "مقاتل", "رجل", "شاب", "امرأة", "سيدة"))
# "killed by another mine in the southern desert": a second strike told of the region, not a summary of the first
# ("also" only with a strike of its own, "the jets also carried out four raids", "وشنت الطائرات أيضاً أربع غارات": "the
# strikes in the province also killed five" sums up the strikes told)
_ANOTHER_ONE = re.compile(r"\b(?:another|second|separate|separately)\b" + _NOT_A_PERSON + "|"
                          r"(?<![\u0621-\u064a])(?:في|وفي)\s+(?:سياق|حادث|حادثة|تطور)\s+منفصل|"
                          r"\balso\s+(?:\w+\s+)?(?:struck|hit|bombed|targeted|shelled|raided|pounded|attacked|carried\s+out|conducted|"
                          r"launched|fired|stormed)\b|"
                          # ("من جهة أخرى", "من ناحية أخرى": on the other hand, no second strike)
                          r"(?<![\u0621-\u064a])(?<!جهة )(?<!ناحية )" + _NOT_A_PERSON_AR + r"[وب]?(?:أخرى|اخرى|آخر|ثانية|منفصلة)(?![\u0621-\u064a])|"
                          r"(?<![\u0621-\u064a])[وف]?(?:شنت|شن|شنّت|قصفت|قصف|استهدفت|استهدف|ضربت|نفذت|نفّذت|طالت|طال|أغارت)\s+"
                          r"(?:\S+\s+){0,3}?(?:أيضا|أيضاً|ايضا|كذلك)(?![\u0621-\u064a])|"
                          r"(?<![\u0621-\u064a])(?:أيضا|أيضاً|ايضا|كذلك)\s+(?:\S+\s+)?(?:ال)?(?:غارة|غارات|ضربة|ضربات|قصف)(?![\u0621-\u064a])", re.I)
_BIG_AREA = re.compile(r"desert|badia|steppe|countryside|rural|بادية|ريف", re.I)


_AIR_AND_MISSILE = {"airstrike", "missile strike"}


def _kinds_agree(a: str, b: str) -> bool:
    """An unexplained blast or an unspecified strike can be the strike of any kind told of the same place."""
    return a == b or "strike" in (a, b) or "explosion" in (a, b)


def _smaller_area(gaz: Gazetteer, area: Place, p: Event) -> bool:
    """A desert is a place inside another area only when it is part of it or much smaller: "بادية الميادين
    وبادية القورية" are two deserts struck side by side, while the al-Mayadin desert lies within the Deir ez-Zor badia.

    A town's desert names the land around that town, so two towns' deserts are neighbours, never one inside the
    other, even where one is drawn over a whole district (the al-Mayadin desert is the district's right bank,
    al-Quriyah's desert lies on it): size only decides against a desert that is no town's."""
    inner = gaz.places.get(p.place_id)
    if inner is None or inner.type != "desert":
        return True
    if _is_ancestor(gaz, area, inner):
        return True
    if _towns_desert(gaz, area) and _towns_desert(gaz, inner):
        return False
    return inner.radius_km * 2 <= area.radius_km


def _towns_desert(gaz: Gazetteer, p: Place) -> bool:
    parent = gaz.places.get(p.parent)
    return p.type == "desert" and parent is not None and parent.type in ("city", "town")


def _inside(gaz: Gazetteer, region: Event, p: Event) -> bool:
    place = gaz.places.get(region.place_id)
    if place is None:
        return False
    if place.type == "governorate" or (place.type == "region" and not place.outside and gaz.areas is not None):
        if not p.district:
            return place.radius_km > 0 and _km(region, p) <= max(place.radius_km, 100)
        return True
    if _towns_desert(gaz, place) and place.district and p.district and p.district != place.district:
        return False  # the al-Bukamal desert holds no quarter of al-Mayadin, however wide its radius
    return _km(region, p) <= max(region.uncertainty_km, 30)


def _km(a: Event, b: Event) -> float:
    return km(a.anchor_lat, a.anchor_lon, b.anchor_lat, b.anchor_lon)


def _add_evidence(into: Event, other: Event) -> None:
    for sentence in other.evidence_all:
        if sentence not in into.evidence_all:
            into.evidence_all.append(sentence)


def _join(a: str, b: str) -> str:
    """Union of two '; '-separated lists, first seen first."""
    return "; ".join(dict.fromkeys(x for x in a.split("; ") + b.split("; ") if x))


def _max_count(a: tuple, b: tuple) -> tuple:
    if a[0] is None:
        return b
    if b[0] is None:
        return a
    return a if a[0] >= b[0] else b
