"""Which alphabets a text is written in, and patterns searched only in the part that can match it.

Reports are English or Arabic, and most rules are one pattern with English and Arabic alternatives. Python's engine
tries every alternative at every position, so an English sentence pays for the Arabic alternatives (with their
look-behinds, about three times the English ones' cost) although they can never match it: each holds Arabic
letters. The same holds the other way for English alternatives (Latin words) on a sentence with no Latin letter.
A `ByScript` pattern is compiled three ways and searches a text with the one its letters allow: the same matches,
leftmost first, as the whole pattern.
"""

from __future__ import annotations

import re

from gazetteer.normalize import is_arabic

_LATIN_LETTER = re.compile("[A-Za-z]")
# the letters of a pattern's own syntax, not words it looks for: \s, \u064a, (?P<name>, (?P=name), (?i:
_SYNTAX = re.compile(r"\\u[0-9A-Fa-f]{4}|\\x[0-9A-Fa-f]{2}|\\[A-Za-z]|\(\?P<\w+>|\(\?P=\w+\)|\(\?[aiLmsux-]+[:)]")


has_arabic = is_arabic  # the gazetteer's test, shared


def has_latin(text: str) -> bool:
    return _LATIN_LETTER.search(text) is not None


class ByScript:
    """A pattern of alternatives, each with an English part and an Arabic part, and a tail both share.

    `parts` are (group name or None, English, Arabic): a named part keeps its group in every compiled form (an
    empty side becomes a group that never matches), so `lastgroup` and `group(name)` read the same."""

    def __init__(self, parts: list[tuple[str | None, str, str]], tail: str = "", flags: int = 0,
                 whole: re.Pattern | None = None):
        for name, en, ar in parts:
            if has_arabic(en) or (en and not _LATIN_LETTER.search(en)) \
                    or (ar and (not has_arabic(ar) or _LATIN_LETTER.search(_SYNTAX.sub("", ar)))):
                # (an English word written on the Arabic side would be searched in Arabic text only)
                raise ValueError(f"part {name or (en or ar)[:30]!r}: an English side needs Latin letters and no Arabic, "
                                 f"an Arabic side Arabic letters and no Latin word")

        def build(sides, groups=()):
            alts = []
            for name, rx in sides:
                if name is not None:
                    alts.append(f"(?P<{name}>{rx or '(?!)'})")
                elif rx:
                    alts.append(f"(?:{rx})")
            compiled = re.compile("(?:" + ("|".join(alts) or "(?!)") + ")" + tail, flags)
            missing = [g for g in groups if g not in compiled.groupindex]
            if missing:  # a group of the other side's alternatives: there, but never matching, so group(name) is None
                alts += [f"(?P<{g}>(?!))" for g in missing]
                compiled = re.compile("(?:" + "|".join(alts) + ")" + tail, flags)
            return compiled

        self.whole = whole or build([(n, "|".join(x for x in (en, ar) if x)) for n, en, ar in parts])
        self.latin = build([(n, en) for n, en, _ in parts], self.whole.groupindex)
        self.arabic = build([(n, ar) for n, _, ar in parts], self.whole.groupindex)
        self.groupindex = self.whole.groupindex

    @classmethod
    def named(cls, named: list[tuple[str, str]], tail: str = "", flags: int = 0) -> "ByScript":
        """Named alternatives, each one pattern string of English and Arabic branches (or of one alphabet only); a text
        with both alphabets is searched with the alternatives as written."""
        parts = []
        for name, rx in named:
            sides = split_sides(rx) or (("", rx) if has_arabic(rx) else (rx, ""))
            parts.append((name, *sides))
        whole = re.compile("(?:" + "|".join(f"(?P<{n}>{rx})" for n, rx in named) + ")" + tail, flags)
        return cls(parts, tail, flags, whole=whole)

    @classmethod
    def of(cls, rx: re.Pattern) -> "ByScript | re.Pattern":
        """A compiled pattern split where its English alternatives end and its Arabic ones begin, at the top level;
        the pattern itself when it has no such split (an alternative of both, a group that holds both)."""
        sides = split_sides(rx.pattern)
        if sides is None:
            return rx
        try:
            return cls([(None, *sides)], "", rx.flags & ~re.UNICODE, whole=rx)
        except ValueError:  # a Latin word left on the Arabic side
            return rx

    @classmethod
    def any_of(cls, patterns: list[re.Pattern], flags: int = 0) -> "ByScript | re.Pattern":
        """One pattern that finds what any of `patterns` finds, split by alphabet when each of them splits (or is of
        one alphabet); else the plain alternation."""
        whole = re.compile("|".join(f"(?:{rx.pattern})" for rx in patterns), flags)
        parts = []
        for rx in patterns:
            sides = split_sides(rx.pattern)
            if sides is None:
                sides = ("", rx.pattern) if has_arabic(rx.pattern) else (rx.pattern, "")
            parts.append((None, *sides))
        try:
            return cls(parts, "", flags, whole=whole)
        except ValueError:
            return whole

    def pattern_for(self, text: str) -> re.Pattern:
        if not has_arabic(text):
            return self.latin
        return self.whole if has_latin(text) else self.arabic

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        rx = self.pattern_for(text)
        return rx.search(text, pos) if endpos is None else rx.search(text, pos, endpos)

    def finditer(self, text: str):
        return self.pattern_for(text).finditer(text)

    def sub(self, repl, text: str) -> str:
        return self.pattern_for(text).sub(repl, text)


def split_sides(pattern: str) -> tuple[str, str] | None:
    """(English alternatives, Arabic alternatives) of a pattern: its top-level branches sorted by the alphabet of
    their letters (the order within each side kept). None when it has no Arabic branch, or a branch holds both
    alphabets or neither (a group that mixes them, a branch of digits): such a pattern is searched whole."""
    if not has_arabic(pattern):
        return None
    branches, depth, i, start, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    en, ar = [], []
    for b in branches:
        arabic, latin = has_arabic(b), _LATIN_LETTER.search(_SYNTAX.sub("", b))
        if bool(arabic) == bool(latin):
            return None
        (ar if arabic else en).append(b)
    return ("|".join(en), "|".join(ar)) if en and ar else None
