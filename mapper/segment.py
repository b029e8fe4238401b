"""Which parts of a report are the article, and where its sentences are.

Saved articles carry photo captions, "Related Articles" lists, donation appeals
and links to other language versions. Their place names are not strikes, so
they are cut out here, before any sentence is read; offsets always stay those
of the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A heading after which everything is navigation or promotion, not reporting.
_TAIL_HEADINGS = re.compile(
    r"^\s*(related (articles|posts|news|stories)|read (also|more)|see also|check also|also read|more (from|on)|recommended|"
    r"most (read|popular)|you may also like|tags?:|share this|مقالات ذات صلة|اقرأ أيضا|اقرأ أيضاً|مواضيع ذات صلة|أخبار ذات صلة|قد يهمك|بإمكانك البحث أيضا)\b|"
    # "Related:", "Related" alone on its line, "ذات صلة:": the links after it
    r"^\s*(?:related|ذات صلة)\s*(?::|$)|"
    # a list heading on a line of its own ("Other news", "More stories:", "أخبار أخرى", "المزيد من الأخبار"); not the
    # start of a sentence ("Other news agencies said …")
    r"^\s*(?:(?:other|more)\s+(?:news|stories|reports|articles)|أخبار أخرى|اخبار اخرى|المزيد من الأخبار)\s*:?\s*$",
    re.I)
# "Read more: Syria's Deir Ezzor: where Iran and the US stand", "اقرأ أيضاً: …": one link, its title on the heading's own
# line; the article goes on when a paragraph of prose follows (a list of link titles has no full stops)
_INLINE_LINK = re.compile(r"^\s*(?:read (?:also|more)|see also|also read|related|اقرأ أيضاً?|اقرأ ايضا)\s*:\s*\S", re.I)
_PROSE = re.compile(r"[.!?؟\"”]\s*$")
# "Related" alone on its line before a paragraph of prose: an inline box's label, the article goes on after it
_BARE_RELATED = re.compile(r"^\s*(?:related|ذات صلة)\s*:?\s*$", re.I)
# a line ending in a credit that reports, not a picture's: it tells a day with its dead, or whose word it is ("US jets
# struck positions in al-Bukamal on Tuesday, killing five, a war monitor said (AFP)"); a picture's line shows ("Smoke
# rises", "دخان يتصاعد")
_SOURCE = re.compile(r"\b(?:said|says|reported|according\s+to|told)\b|(?<![\u0621-\u064a])(?:قال|قالت|أفاد|أفادت|افاد|بحسب|وفق)(?![\u0621-\u064a])", re.I)
_DAY_WORD = re.compile(r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday|last\s+night)\b|"
                       r"(?<![\u0621-\u064a])(?:يوم\s+\S+|اليوم|أمس)(?![\u0621-\u064a])", re.I)
_DEAD = re.compile(r"\b(?:kill(?:ed|ing|s)|wound(?:ed|ing)|injur(?:ed|ing)|dead)\b|مقتل|قتل|إصابة|جرح", re.I)
_SHOWS = re.compile(r"\b(?:rises|rising|billows|billowing|stands?|standing|looks?|inspects?|inspecting|gather|gathers|seen|pictured|"
                    r"shows?)\b|يتصاعد|تتصاعد|يتفقد|يظهر|تظهر", re.I)
_BOILERPLATE = re.compile(
    r"(support (us|enab|our)|donat(e|ion)|\$\d+ a month|click here|subscribe|newsletter|sign up|"
    r"need your support|stay independent|free media|follow us|all rights reserved|copyright|©|"
    r"arabic version|english version|النسخة (العربية|الإنجليزية|الانجليزية)|read (this|the) (article )?in (arabic|english)|"
    r"لقراءة المقال|تابعونا|ادعم|اشترك)",
    re.I)
_CAPTION = re.compile(r"^\s*\[?\s*(\(?photo|image|caption|file photo|picture|\(?(afp|reuters|ap|getty)\)?\s*$|صورة|الصورة)", re.I)

# "Smoke rises after a strike on the city / 2022 (Nahr Media)", "… - 5 من أيلول 2024 (منصات التواصل)": a picture's
# line ends with its date after a slash or dash and the credit in brackets, and no full stop
_CREDITED_PHOTO = re.compile(r"\s[/–—-]\s+(?:[^\s/–—-]+\s+){0,3}?(?:19|20)\d\d\s*\([^()]{2,40}\)\s*$")

# "Deir al-Zour province has become a stronghold of pro-Iran militias [Getty]", "… in Tehran, on July 29. (photo
# credit: Iran's Presidency/WANA/Reuters)", "(الصورة: أرشيف)": a picture's line ends with the credit in brackets
_CREDIT_END = re.compile(r"[\[(]\s*(?:(?:getty(?:\s+images)?|afp|reuters|ap|epa|anadolu(?:\s+agency)?|archive|file)"
                         r"(?:\s*(?:/|via)\s*[\w\s]{1,25})?|(?:photo\s+)?credits?\s*:[^()\[\]]{1,60}|"
                         r"(?:الصورة|صورة|تصوير)\s*:[^()\[\]]{1,40})\s*[\])]\s*$", re.I)

_SENTENCE_END = ".!?؟\"”"


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    text: str
    kind: str  # title, body, heading, caption, boilerplate


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    block: int  # index of its block
    index: int  # index among the report's sentences
    kind: str


def _reports(line: str) -> bool:
    """A line ending in a credit that reports a strike rather than shows a picture."""
    return bool((_SOURCE.search(line) or _DAY_WORD.search(line) and _DEAD.search(line)) and not _SHOWS.search(line))


def blocks(text: str) -> list[Block]:
    spans = []
    pos = 0
    for m in re.finditer(r"\n\s*\n|\n", text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    out: list[Block] = []
    seen_text: dict[str, int] = {}
    tail = False
    link_line = False  # the last block was one "Read more: <title>" link (or a run of them, or "Related" alone)
    first = True
    begun = False  # a paragraph of sentences seen: the article has begun
    for s, e in spans:
        raw = text[s:e]
        stripped = raw.strip()
        if not stripped:
            continue
        s2 = s + (len(raw) - len(raw.lstrip()))
        e2 = s2 + len(stripped)
        words = len(stripped.split())
        if link_line and words >= 12 and _PROSE.search(stripped) and not _TAIL_HEADINGS.match(stripped):
            tail = False  # the article resumes after a link set in its middle
        after_link, link_line = link_line, False
        if tail or _TAIL_HEADINGS.match(stripped):
            # "Share this page:" above the first paragraph is the page's share bar: the article has not begun, so
            # it cannot end there (the line itself is boilerplate); after a paragraph it ends the article
            # (two "Read more:" lines in a row are one link set: the article may go on after the second)
            link_line = (not tail or after_link) and bool(_INLINE_LINK.match(stripped) or _BARE_RELATED.match(stripped))
            tail = tail or begun
            kind = "boilerplate"
        elif words < 40 and _BOILERPLATE.search(stripped):
            # cut the boilerplate, not the report: "A drone struck ... killing two. © 2023 SOHR"
            kept = _reporting_parts(text, s2, e2)
            for ks, ke in kept:
                out.append(Block(ks, ke, text[ks:ke], "title" if first else "body"))
                first = False
            kind = "boilerplate"
        elif _CAPTION.match(stripped) or (words <= 30 and (_CREDITED_PHOTO.search(stripped)
                                                            or stripped[-1:] in ")]" and _CREDIT_END.search(stripped))
                                          and not _reports(stripped)):
            kind = "caption"
        elif stripped in seen_text:
            # a paragraph printed twice is a photo caption (alt text and caption)
            kind = "caption"
            prev = seen_text[stripped]
            out[prev] = Block(out[prev].start, out[prev].end, out[prev].text, "caption")
        elif first:
            kind = "title"
            begun = stripped[-1:] in _SENTENCE_END  # a first paragraph of sentences, not a headline
        elif words <= 8 and not re.search(r"[.!?؟:\"”]$", stripped):
            kind = "heading"
        else:
            kind = "body"
            begun = begun or stripped[-1:] in _SENTENCE_END  # a headline has no full stop
        first = False
        seen_text.setdefault(stripped, len(out))
        out.append(Block(s2, e2, stripped, kind))
    return out


_PIECE = re.compile(r"[^.!?؟|•·]+(?:[.!?؟]+[\"”’')\]]*|$)")


def _reporting_parts(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Spans of a short boilerplate paragraph that report a strike and carry no boilerplate words."""
    from .cues import find_triggers  # cues has no dependency on segment

    out = []
    for m in _PIECE.finditer(text, s, e):
        piece = m.group(0)
        if _BOILERPLATE.search(piece) or len(piece.split()) < 4:
            continue
        if not any(t.strong for t in find_triggers(piece)):
            continue
        a = m.start() + len(piece) - len(piece.lstrip())
        b = m.start() + len(piece.rstrip())
        out.append((a, b))
    return out


# Sentence ends: . ! ? ؟ and the Arabic full stop, unless the dot closes an
# abbreviation, an initial, a number or a.m./p.m.
_ABBREV = {"a.m", "p.m", "u.s", "u.k", "u.n", "dr", "mr", "mrs", "ms", "st", "no", "gen", "col", "lt",
           "maj", "brig", "capt", "sgt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
           "oct", "nov", "dec", "vs", "etc", "approx", "km", "i.e", "e.g", "al", "p", "pp", "fig"}
# (a footnote's mark after the stop belongs to its sentence: "…, according to local activists.[4] ISIS cells …")
_END = re.compile(r"[.!?؟۔]+[\"”’')\]]*(?:\[\d{1,3}\])*(?=\s+|$)|\n")


def sentences(text: str, blocks_: list[Block]) -> list[Sentence]:
    out: list[Sentence] = []
    for bi, b in enumerate(blocks_):
        if b.kind in ("boilerplate", "caption", "heading"):
            continue
        start = b.start
        for m in _END.finditer(text, b.start, b.end):
            before = text[start:m.start()]
            last = re.split(r"\s", before.strip())[-1].lower().rstrip(".") if before.strip() else ""
            dot = text[m.start()] == "."
            if dot and (last in _ABBREV or re.fullmatch(r"[a-z]", last) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", last)):
                continue
            nxt = text[m.end():m.end() + 3].lstrip()
            if dot and nxt[:1].islower():
                continue
            _add(out, text, start, m.end(), bi, b.kind)
            start = m.end()
        _add(out, text, start, b.end, bi, b.kind)
    return out


MAX_SENTENCE = 1000  # longer runs without a full stop are cut at spaces: no real sentence is longer


def _add(out: list[Sentence], text: str, s: int, e: int, bi: int, kind: str) -> None:
    while e - s > MAX_SENTENCE:
        cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
        cut = cut if cut > s else s + MAX_SENTENCE
        _add(out, text, s, cut, bi, kind)
        s = cut
    raw = text[s:e]
    if not raw.strip():
        return
    s += len(raw) - len(raw.lstrip())
    e = s + len(raw.strip())
    out.append(Sentence(s, e, text[s:e], bi, len(out), kind))
