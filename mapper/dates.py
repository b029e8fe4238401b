"""When a strike happened, from the words of the report and its publication date.

Reports rarely give a full date: "on Tuesday", "before dawn", "on 13 January",
"two days ago". Every relative expression is anchored to the publication date,
a year is taken from it, and no event is ever dated after its report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .numbers import word_value
from .scripts import ByScript, has_arabic

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # Arabic: the Levantine (Syriac) series and the Egyptian (Latin) series
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5, "حزيران": 6,
    "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10, "تشرين الاول": 10,
    "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6,
}
_MONTH_RX = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_DAY = r"(?P<day>[0-9٠-٩۰-۹]{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)[0-9]{2}|[١٢][٠-٩]{3})"
_AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

_PATTERNS: list[tuple[str, re.Pattern]] = [
    # "في الـ24 من أيلول/سبتمبر": the day may carry the article, and "من" (of) stand before the month
    ("dmy", re.compile(rf"(?:\b|(?<=الـ)|(?<=ال)){_DAY}\s+(?:of\s+|من\s+)?(?P<month>{_MONTH_RX})\b\.?,?(?:\s+{_YEAR})?", re.I)),
    ("mdy", re.compile(rf"\b(?P<month>{_MONTH_RX})\.?\s+{_DAY}\b,?(?:\s+{_YEAR})?", re.I)),
    ("numeric", re.compile(r"\b(?P<day>[0-9٠-٩۰-۹]{1,2})[/.\-](?P<month>[0-9٠-٩۰-۹]{1,2})[/.\-](?P<year>(?:[0-9٠-٩۰-۹]{4}|[0-9٠-٩۰-۹]{2}))\b")),
    ("iso", re.compile(r"\b(?P<year>20[0-9]{2})-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})\b")),
    ("ordinal", re.compile(r"\bon the (?P<day>[0-9]{1,2})(?:st|nd|rd|th)\b", re.I)),
]
_RELATIVE: list[tuple[re.Pattern, int | str]] = [
    (re.compile(r"\b(?:the day before yesterday)\b|أول أمس|اول امس|أول من أمس", re.I), 2),
    (re.compile(r"\b(?:yesterday|last night|overnight|late on the previous day)\b|مساء أمس|ليلة أمس|الليلة الماضية|الليلة الفائتة|ليل أمس|أمس|امس|البارحة", re.I), 1),
    (re.compile(r"\b(?:today|this morning|this evening|tonight|before dawn|at dawn|predawn|pre-dawn|early (?:on )?(?:this|today)|earlier today|hours ago|on the same day)\b|\bat \d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?|(?:فجر |صباح |مساء )?اليوم(?!\s+(?:التالي|السابق))|قبل قليل|منذ ساعات|قبل (?:ساعات|ساعتين|بضع ساعات)(?! من)", re.I), 0),
    # ("في اليوم التالي", the next day, is the day after the one told before, not today: extract reads it)
    # "قبل تسعة أيام" with the number as a word as well as in digits; "a week ago", "قبل أسبوع" is seven days
    (re.compile(r"\b(?P<n>\w+|\d+) days? ago\b|قبل (?P<na>يومين|(?:[0-9٠-٩]+|ثلاثة|ثلاث|أربعة|اربعة|خمسة|ستة|سبعة|ثمانية|"
                r"تسعة|عشرة) (?:أيام|ايام))|(?P<week>\ba week ago\b|قبل (?:أسبوع|اسبوع)(?![\u0621-\u064a])(?! من))|"
                # "two weeks ago", "قبل أسبوعين", "قبل ثلاثة أسابيع": seven days a week
                r"\b(?P<nw>\w+|\d+) weeks ago\b|قبل (?P<nwa>أسبوعين|اسبوعين|(?:[0-9٠-٩]+|ثلاثة|أربعة|اربعة) (?:أسابيع|اسابيع))", re.I), "ago"),
    # a period, not a day: round-ups and tallies ("over the past week", "منذ مطلع الشهر الجاري")
    (re.compile(r"\b(?:over|during|in|throughout|within)\s+the\s+(?:past|last)\s+(?:week|seven\s+days|7\s+days)\b|"
                r"خلال (?:الأسبوع|الاسبوع) (?:الماضي|المنصرم|الفائت)|خلال الأيام السبعة الماضية", re.I), "7days"),
    (re.compile(r"\b(?:over|during|in|throughout|within)\s+the\s+(?:past|last)\s+(?:month|30\s+days|thirty\s+days|four\s+weeks)\b|"
                r"خلال (?:الـ ?)?(?:30|٣٠|ثلاثين) يوما? الماضية", re.I), "30days"),
    (re.compile(r"\b(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+month\b|\bso\s+far\s+this\s+month\b|"
                r"منذ (?:مطلع|بداية|أول) (?!العام|السنة|هذا العام)(?:الشهر|هذا الشهر|شهر)?\s*(?:[^\s.،]+\s+){0,2}?(?:الجاري|الحالي)|"
                r"(?:خلال|في) الشهر (?:الجاري|الحالي)", re.I), "month"),
    (re.compile(r"\b(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b|\bso\s+far\s+this\s+year\b|"
                r"منذ (?:مطلع|بداية) (?:العام|هذا العام|السنة)(?: الجاري| الحالي| الحالية)?", re.I), "year"),
    (re.compile(r"\blast\s+month\b|الشهر (?:الماضي|المنصرم|الفائت)", re.I), "lastmonth"),
    (re.compile(r"\b(?:last|past|previous) week\b|الأسبوع الماضي|الاسبوع الماضي", re.I), "week"),
    (re.compile(r"\b(?:in the past few days|in recent days|over the past days)\b|خلال الأيام الماضية", re.I), "days"),
]
# (searched by the alphabet of the sentence: mapper/scripts.py)
_RELATIVE = [(ByScript.of(rx), what) for rx, what in _RELATIVE]
_PERIODS = {"7days", "30days", "month", "year", "lastmonth"}
# A literal piece of every match of each pattern above (of the lower-cased sentence): a cheap test first
_RELATIVE_STEMS: dict[int | str, tuple[str, ...]] = {
    2: ("yesterday", "أمس", "امس"),
    1: ("yesterday", "last night", "overnight", "previous day", "أمس", "امس", "الليلة", "البارحة"),
    0: ("today", "morning", "evening", "tonight", "dawn", "early", "hours ago", "same day", "اليوم", "قبل", "منذ ساعات"),
    "ago": ("ago", "قبل"),
    "week": ("week", "الأسبوع الماضي", "الاسبوع الماضي"),
    "days": ("days", "خلال الأيام الماضية"),
}
_PERIOD_STEMS = ("past", "last", "start", "beginning", "so far", "خلال", "منذ", "الشهر")
_WEEKDAY_RX = re.compile(r"\b(?:on |last |this |early |late )?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|(?:يوم )?(?P<wda>الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد)", re.I)
_WEEKDAY_RX = ByScript.of(_WEEKDAY_RX)  # (searched by the alphabet of the sentence)


# After the midnight that ends a day's night, the strike is on the next day: "بعد منتصف ليل الأحد" (Sunday's night,
# not "ليلة الأحد", the eve of Sunday), "shortly after midnight on Sunday night". "After midnight on Sunday" alone is
# early Sunday and is left alone.
_AFTER_MIDNIGHT = re.compile(r"(?:بعد|عقب)\s+منتصف\s+(?:ال)?ليل\s+(?:يوم\s+)?$|\bafter\s+midnight\s+(?:on\s+)?$", re.I)
# "after midnight on Sunday night", "after midnight Thursday–Friday": the night named, so its small hours are the next day
_NIGHT_AFTER = re.compile(r"\s+night\b|\s*[-–—/]\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_TIME_OF_DAY = re.compile(r"(?:at|before) dawn|pre-?dawn|at \d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?|overnight", re.I)
_ON_DAY_GAP = re.compile(r"\s*,?\s*(?:on\s+|into\s+)?", re.I)  # "overnight into Saturday": Saturday's small hours
# Days written as ordinal words: "في السابع من الشهر الحالي", "الثامن والعشرين من آب", "on the twenty-eighth of August"
_UNITS_AR = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
_UNITS_EN = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ORDINALS: dict[str, int] = {}
for _i, (_ar, _en) in enumerate(zip(_UNITS_AR, _UNITS_EN), 1):
    _ORDINALS[_ar] = _ORDINALS[_en] = _i
    _ORDINALS[("الحادي" if _i == 1 else _ar) + " عشر"] = 10 + _i
    _ORDINALS[("الحادي" if _i == 1 else _ar) + " والعشرين"] = 20 + _i
    _ORDINALS[f"twenty-{_en}"] = _ORDINALS[f"twenty {_en}"] = 20 + _i
_ORDINALS.update({"العاشر": 10, "العشرين": 20, "الثلاثين": 30, "الحادي والثلاثين": 31, "tenth": 10, "eleventh": 11,
                  "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
                  "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "thirty-first": 31,
                  "thirty first": 31, "الاول": 1})
# literal pieces one of which every ordinal date holds: a cheap test before the long pattern
_ORD_HINTS = ("الأول", "الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
              "الحادي", "العشرين", "الثلاثين", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
              "ninth", "tenth", "eleventh", "twelfth", "teenth", "twentieth", "thirtieth")
_ORD_RX = "|".join(sorted((re.escape(k) for k in _ORDINALS), key=len, reverse=True))
_ORDINAL_DATE = re.compile(
    rf"(?<![\u0621-\u064a\w])(?P<ord>{_ORD_RX})\s+(?:من|of)\s+(?:(?:شهر|the\s+month\s+of)\s+)?"
    rf"(?:(?P<month>{_MONTH_RX})(?![\u0621-\u064a\w])|(?P<cur>الشهر\s+(?:الحالي|الجاري)|هذا\s+الشهر|this\s+month)|"
    rf"(?P<prev>الشهر\s+(?:الماضي|المنصرم|الفائت)|last\s+month))", re.I)
_DIGIT = re.compile(r"[0-9٠-٩۰-۹]")


@dataclass(frozen=True)
class DateFinding:
    start: date
    end: date
    precision: str  # day, range
    words: str
    position: int
    after_publication: bool = False


def _year_for(month: int, day: int, pub: date | None) -> int | None:
    if pub is None:
        return None
    year = pub.year
    try:
        if date(year, month, day) > pub:
            year -= 1
    except ValueError:
        return None
    return year


def find_dates(text: str, published: date | None) -> list[DateFinding]:
    """Every date expression in a sentence, resolved against the publication date."""
    out: list[DateFinding] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    has_digit = _DIGIT.search(text) is not None  # every absolute pattern needs a day number
    for kind, rx in _PATTERNS if has_digit else ():
        for m in rx.finditer(text):
            if not free(*m.span()):
                continue
            try:
                day = int(m.group("day").translate(_AR_DIGITS))
                if kind in ("dmy", "mdy"):
                    month = MONTHS[m.group("month").lower()]
                elif kind == "ordinal":
                    if published is None:
                        continue
                    month = published.month
                    if day > published.day:
                        month = month - 1 or 12
                else:
                    month = int(m.group("month").translate(_AR_DIGITS))
                ygroup = m.groupdict().get("year")
                if ygroup:
                    year = int(ygroup.translate(_AR_DIGITS))
                    if year < 100:
                        year += 2000
                else:
                    year = _year_for(month, day, published)
                    if kind == "ordinal" and published and month == 12 and published.month == 1:
                        year = published.year - 1
                if year is None:
                    continue
                d = date(year, month, day)
            except (ValueError, KeyError):
                continue
            taken.append(m.span())
            out.append(_clamp(d, d, "day", m.group(0), m.start(), published))
    if published is None:
        return sorted(out, key=lambda f: f.position)
    low = text.lower()
    if any(h in low for h in _ORD_HINTS):
        for m in _ORDINAL_DATE.finditer(text):
            if not free(*m.span()):
                continue
            day = _ORDINALS.get(m.group("ord").lower())
            if m.group("month"):
                month = MONTHS[m.group("month").lower()]
                year = _year_for(month, day, published)
            else:
                ref = published if m.group("cur") else published.replace(day=1) - timedelta(days=1)
                month, year = ref.month, ref.year
            try:
                d = date(year, month, day)
            except (TypeError, ValueError):
                continue
            taken.append(m.span())
            out.append(_clamp(d, d, "day", m.group(0), m.start(), published))
    period_hint = any(k in low for k in _PERIOD_STEMS)
    for rx, what in _RELATIVE:
        if what in _PERIODS and not period_hint:
            continue  # every period pattern needs one of these words
        stems = _RELATIVE_STEMS.get(what)
        if stems and not any(k in low for k in stems) and not (what == 0 and has_digit and "at " in low):
            continue  # nor do the others match without one of theirs ("at 10:30" needs a digit)
        for m in rx.finditer(text):
            if not free(*m.span()):
                continue
            if what == "ago":
                n_text = m.group("n") or m.group("na") or ""
                n = 7 if m.group("week") else ({"يومين": 2}.get(n_text) or word_value(n_text.split()[0]) if n_text else None)
                w_text = m.group("nw") or m.group("nwa") or ""
                if w_text:
                    w = {"أسبوعين": 2, "اسبوعين": 2}.get(w_text) or word_value(w_text.split()[0])
                    n = 7 * w if w else None
                if not n:
                    continue
                d = published - timedelta(days=n)
                f = DateFinding(d, d, "day", m.group(0), m.start())
            elif what == "week":
                monday = published - timedelta(days=published.weekday() + 7)
                f = DateFinding(monday, monday + timedelta(days=6), "range", m.group(0), m.start())
            elif what == "days" or what == "7days":
                f = DateFinding(published - timedelta(days=7), published, "range", m.group(0), m.start())
            elif what == "30days":
                f = DateFinding(published - timedelta(days=30), published, "range", m.group(0), m.start())
            elif what == "month":
                f = DateFinding(published.replace(day=1), published, "range", m.group(0), m.start())
            elif what == "year":
                f = DateFinding(published.replace(month=1, day=1), published, "range", m.group(0), m.start())
            elif what == "lastmonth":
                end = published.replace(day=1) - timedelta(days=1)
                f = DateFinding(end.replace(day=1), end, "range", m.group(0), m.start())
            else:
                d = published - timedelta(days=int(what))
                f = DateFinding(d, d, "day", m.group(0), m.start())
            taken.append(m.span())
            out.append(f)
    lower = text.lower()
    if "day" not in lower and not has_arabic(text):
        return sorted(out, key=lambda f: f.position)  # no weekday name can be there
    for m in _WEEKDAY_RX.finditer(text):
        if not free(*m.span()):
            continue
        wd = WEEKDAYS[(m.group("wd") or m.group("wda")).lower()]
        back = (published.weekday() - wd) % 7
        if m.group(0).lower().startswith("last ") and back == 0:
            back = 7
        d = published - timedelta(days=back)
        if _AFTER_MIDNIGHT.search(text, max(0, m.start() - 30), m.start()) \
                and (has_arabic(m.group(0)) or _NIGHT_AFTER.match(text, m.end())) and d < published:
            d += timedelta(days=1)  # "بعد منتصف ليل الأحد", "after midnight on Sunday night": early Monday
        taken.append(m.span())
        out.append(DateFinding(d, d, "day", m.group(0), m.start()))
    out.sort(key=lambda f: f.position)
    # "at dawn on Saturday", "at 1:30 a.m. on Tuesday": the time of day belongs to the day that follows it
    return [f for f, nxt in zip(out, out[1:] + [None])
            if not (nxt is not None and _TIME_OF_DAY.fullmatch(f.words)
                    and _ON_DAY_GAP.fullmatch(text, f.position + len(f.words), nxt.position))]


def _clamp(start: date, end: date, precision: str, words: str, pos: int, pub: date | None) -> DateFinding:
    if pub is not None and start > pub:
        return DateFinding(pub, pub, precision, words, pos, after_publication=True)
    return DateFinding(start, min(end, pub) if pub else end, precision, words, pos)
