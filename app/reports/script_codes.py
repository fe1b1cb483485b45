"""One code per character of a paragraph: which face draws it and where lines may break (text_layout's helpers)."""

from __future__ import annotations

import unicodedata

from app.reports.bidi_runs import BIDI_CONTROLS
from app.reports.fonts import FontSet

NO_BREAK_SPACES = "\u00a0\u2007\u202f"
FAMILY = {"a": "arabic", "l": "latin", "t": "tifinagh"}
CODE = {family: code for code, family in FAMILY.items()}


class FamilyCodes(dict[int, str]):
    """`str.translate` table: character -> a, l, t (its script's face), n (shared), m (combining mark), s (a space
    where lines may break), c (bidi control). Filled as characters are met."""

    def __init__(self, fonts: FontSet) -> None:
        super().__init__()
        self.fonts = fonts

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch in BIDI_CONTROLS:
            kind = "c"
        elif is_break_space(ch):
            kind = "s"
        elif unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Mc"):
            kind = "m"
        else:
            family = self.fonts.family_of(ch)
            if family is not None and not self.fonts.face(family).covers(ch):
                family = None  # a letter its script's face lacks: drawn by a face that has it
            kind = "n" if family is None else CODE[family]
        self[code] = kind
        return kind


def is_break_space(ch: str) -> bool:
    return ch.isspace() and ch not in NO_BREAK_SPACES


def with_controls(families: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) widened over the bidi controls that touch it: never drawn, they still steer the line's order
    (an isolate's marks around a phone number, a direction mark after an ellipsis)."""
    while start > 0 and families[start - 1] == "c":
        start -= 1
    while end < len(families) and families[end] == "c":
        end += 1
    return start, end


def cluster_boundaries(text: str, start: int, end: int) -> list[int]:
    """Where a word may be cut: after each letter with its marks, never inside a ZWJ sequence."""
    boundaries = []
    for index in range(start + 1, end + 1):
        if index < end:
            ch, previous = text[index], text[index - 1]
            if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Mc"):
                continue
            if ch in BIDI_CONTROLS or ch == "\u200d" or previous == "\u200d":
                continue
        boundaries.append(index)
    return boundaries
