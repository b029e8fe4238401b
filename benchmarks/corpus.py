"""A deterministic corpus of N varied reports for the scale benchmarks.

    python benchmarks/corpus.py 20000 --seed 1 --out /tmp/corpus.jsonl     # one JSONL corpus
    python benchmarks/corpus.py 500 --seed 1 --out /tmp/reports/ --files   # one .md file per report

Reports are composed, not copied: English and Arabic, the gazetteer's own spellings of each place (alternate
names and Arabic variants), qualifiers ("south of", "near", "desert areas in"), hedges and denials, dates
written several ways across eight years, casualty and strike counts, background paragraphs, captions and
"Related Articles" boilerplate, and a share of reports that mention places but no strike. The same N and seed
give the same corpus byte for byte. The sentences are written for this generator; no outlet's text is used.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

OUTLETS_EN = ["SOHR", "Enab Baladi", "North Press", "Deir Ezzor 24", "Eye of Euphrates", "SANA", "Levant Monitor"]
OUTLETS_AR = ["المرصد السوري لحقوق الإنسان", "عنب بلدي", "نورث برس", "دير الزور 24", "عين الفرات", "سانا"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_AR = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
             "تشرين الثاني", "كانون الأول"]

ACTORS_EN = ["Unidentified aircraft", "Aircraft believed to belong to the US-led coalition", "Russian warplanes",
             "Israeli jets", "A drone of unknown affiliation", "Coalition helicopters", "Warplanes"]
VERBS_EN = ["struck", "targeted", "bombed", "carried out raids on", "launched airstrikes on", "hit"]
DRONE_EN = ["A drone strike hit {what} in {where}", "A suicide drone targeted {what} in {where}",
            "An unidentified drone struck {what} near {where}"]
SHELL_EN = ["Regime forces shelled {where} with artillery", "Mortar shells fell on {where}"]
BLAST_EN = ["An explosion of unknown cause shook {where}", "A loud blast was heard in {where}"]
TARGETS_EN = ["a weapons depot", "militia headquarters", "a car carrying fighters", "military positions",
              "an ammunition warehouse", "a checkpoint"]
QUALS_EN = ["", "", "", "south of ", "near ", "the outskirts of ", "desert areas in ", "farms east of ",
            "the countryside of "]
HEDGES_EN = ["", "", "", " No confirmation could be obtained.", " The report could not be independently verified.",
             " The coalition denied carrying out the strike."]
BACKGROUND_EN = [
    "The area has been contested since government forces retook the west bank of the Euphrates.",
    "Residents say fuel prices have doubled in {where} over the past month.",
    "{where} lies on the road that links the governorate to the Iraqi border.",
    "Local councils in {where} have appealed for help with water shortages.",
    "Militias backed by Tehran have expanded their presence in the region since 2018.",
]
BOILER_EN = ["Related Articles", "Share this article", "Photo: smoke rises over the area (file image)",
             "Subscribe to our newsletter for daily updates.", "All rights reserved."]
NONSTRIKE_EN = [
    "Farmers in {where} began the wheat harvest this week, with yields lower than last year.",
    "A prisoner exchange took place near {where}, mediated by tribal elders.",
    "The level of the Euphrates dropped again near {where}, threatening irrigation.",
    "Schools in {where} reopened after repairs funded by a local charity.",
]

ACTORS_AR = ["طائرات مجهولة الهوية", "طائرات يرجح أنها تابعة للتحالف الدولي", "طائرات حربية روسية",
             "طائرات إسرائيلية", "طائرة مسيرة مجهولة"]
VERBS_AR = ["استهدفت", "قصفت", "شنت غارات على", "نفذت ضربات على"]
TARGETS_AR = ["مستودعاً للأسلحة", "مقراً للميليشيات", "سيارة عسكرية", "مواقع عسكرية", "نقطة تفتيش"]
QUALS_AR = ["", "", "", "جنوب ", "قرب ", "أطراف ", "بادية ", "محيط "]
HEDGES_AR = ["", "", " ولم يتسن التأكد من ذلك.", " ونفى التحالف تنفيذ الضربة."]
BACKGROUND_AR = ["تشهد المنطقة توتراً منذ سنوات.", "يعاني سكان {where} من ارتفاع الأسعار.",
                 "تقع {where} على الطريق الواصل إلى الحدود العراقية."]
BOILER_AR = ["اقرأ أيضاً", "شارك المقال", "صورة أرشيفية"]
NONSTRIKE_AR = ["بدأ المزارعون في {where} حصاد القمح هذا الأسبوع.", "انخفض منسوب نهر الفرات قرب {where}.",
                "أعيد افتتاح المدارس في {where} بعد ترميمها."]


def _places():
    from gazetteer import load

    gaz = load()
    return sorted(gaz.places.values(), key=lambda p: p.id)


def _name_en(p, rnd):
    names = [p.name, *p.alt_names]
    return rnd.choice(names)


def _name_ar(p, rnd):
    names = [n for n in (p.name_ar, *p.alt_names_ar) if n]
    return rnd.choice(names) if names else p.name


def _date_en(day: date, published: date, rnd) -> str:
    delta = (published - day).days
    forms = [f"on {day.day} {MONTHS_EN[day.month - 1]}", f"on {MONTHS_EN[day.month - 1]} {day.day}"]
    if delta == 0:
        forms += ["on Tuesday" if day.weekday() == 1 else f"on {WEEKDAYS_EN[day.weekday()]}", "today", "at dawn"]
    elif delta == 1:
        forms += ["yesterday", f"on {WEEKDAYS_EN[day.weekday()]}", "last night"]
    return rnd.choice(forms)


def _date_ar(day: date, published: date, rnd) -> str:
    delta = (published - day).days
    forms = [f"في {day.day} {MONTHS_AR[day.month - 1]}"]
    if delta == 0:
        forms += ["فجر اليوم", f"اليوم {WEEKDAYS_AR[day.weekday()]}"]
    elif delta == 1:
        forms += ["أمس", f"يوم {WEEKDAYS_AR[day.weekday()]}"]
    return rnd.choice(forms)


def _strike_en(p, day, published, rnd) -> str:
    where = rnd.choice(QUALS_EN) + _name_en(p, rnd)
    when = _date_en(day, published, rnd)
    kind = rnd.random()
    if kind < 0.55:
        s = f"{rnd.choice(ACTORS_EN)} {rnd.choice(VERBS_EN)} {rnd.choice(TARGETS_EN)} in {where} {when}"
    elif kind < 0.75:
        s = rnd.choice(DRONE_EN).format(what=rnd.choice(TARGETS_EN), where=where) + f" {when}"
    elif kind < 0.9:
        s = rnd.choice(SHELL_EN).format(where=where) + f" {when}"
    else:
        s = rnd.choice(BLAST_EN).format(where=where) + f" {when}"
    r = rnd.random()
    if r < 0.25:
        s += f", killing {rnd.choice(['two', 'three', 'five', 'at least seven', '12'])} fighters"
    elif r < 0.35:
        s += f", according to {rnd.choice(['local sources', 'activists', 'a resident'])}"
    return s + "." + rnd.choice(HEDGES_EN)


def _strike_ar(p, day, published, rnd) -> str:
    where = rnd.choice(QUALS_AR) + _name_ar(p, rnd)
    s = f"{rnd.choice(ACTORS_AR)} {rnd.choice(VERBS_AR)} {rnd.choice(TARGETS_AR)} في {where} {_date_ar(day, published, rnd)}"
    if rnd.random() < 0.3:
        s += f"، ما أدى لمقتل {rnd.choice(['ثلاثة', 'خمسة', 'عنصرين', '7'])} عناصر"
    return s + "." + rnd.choice(HEDGES_AR)


def report(k: int, rnd: random.Random, places: list) -> dict:
    """One report: strike paragraphs (or none), background and boilerplate, in one language."""
    arabic = rnd.random() < 0.35
    published = date(2017, 1, 1) + timedelta(days=rnd.randrange(8 * 365))
    struck = [rnd.choice(places) for _ in range(rnd.choice([0, 1, 1, 1, 2, 2, 3, 4, 6]))]
    paras: list[str] = []
    if arabic:
        outlet = rnd.choice(OUTLETS_AR)
        paras.append(f"محافظة دير الزور – {outlet}:")
        for p in struck:
            paras.append(_strike_ar(p, published - timedelta(days=rnd.choice([0, 0, 1])), published, rnd))
        if not struck:
            paras.append(rnd.choice(NONSTRIKE_AR).format(where=_name_ar(rnd.choice(places), rnd)))
        for _ in range(rnd.randrange(3)):
            paras.append(rnd.choice(BACKGROUND_AR).format(where=_name_ar(rnd.choice(places), rnd)))
        if rnd.random() < 0.5:
            paras.append(rnd.choice(BOILER_AR))
        title = f"{rnd.choice(['غارات', 'قصف', 'استهداف', 'أخبار'])} في {_name_ar((struck or places)[0], rnd)}"
    else:
        outlet = rnd.choice(OUTLETS_EN)
        if rnd.random() < 0.3:
            paras.append(rnd.choice(BOILER_EN))
        for p in struck:
            paras.append(_strike_en(p, published - timedelta(days=rnd.choice([0, 0, 1])), published, rnd))
        if not struck:
            paras.append(rnd.choice(NONSTRIKE_EN).format(where=_name_en(rnd.choice(places), rnd)))
        for _ in range(rnd.randrange(4)):
            paras.append(rnd.choice(BACKGROUND_EN).format(where=_name_en(rnd.choice(places), rnd)))
        if rnd.random() < 0.5:
            paras.append(rnd.choice(BOILER_EN))
        title = f"{rnd.choice(['Strikes hit', 'Raids on', 'Drone attack in', 'News from'])} {_name_en((struck or places)[0], rnd)}"
    slug = f"gen-{k:07d}"
    return {"id": slug, "published": published.isoformat(), "source": outlet, "language": "ar" if arabic else "en",
            "url": f"https://example.org/generated/{slug}", "title": title, "text": title + "\n\n" + "\n\n".join(paras)}


def reports(n: int, seed: int = 0):
    """N reports, deterministic from the seed."""
    rnd = random.Random(seed)
    places = _places()
    for k in range(n):
        yield report(k, rnd, places)


def write(n: int, seed: int, out: Path | None, files: bool = False) -> None:
    if files:
        out.mkdir(parents=True, exist_ok=True)
        for r in reports(n, seed):
            front = "\n".join(f"{k}: {json.dumps(r[k], ensure_ascii=False)}" for k in ("id", "published", "source", "url", "language"))
            (out / f"{r['id']}.md").write_text(f"---\n{front}\n---\n{r['text']}\n", encoding="utf-8")
        return
    stream = out.open("w", encoding="utf-8") if out else sys.stdout
    try:
        for r in reports(n, seed):
            stream.write(json.dumps(r, ensure_ascii=False) + "\n")
    finally:
        if out:
            stream.close()


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of reports")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, help="a .jsonl file (default: standard output), or a folder with --files")
    ap.add_argument("--files", action="store_true", help="one .md file per report, with front matter")
    args = ap.parse_args(argv)
    if args.files and not args.out:
        ap.error("--files needs --out FOLDER")
    write(args.n, args.seed, args.out, args.files)


if __name__ == "__main__":
    main()
