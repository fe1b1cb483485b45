"""The Unicode bidirectional algorithm (UAX #9) for one paragraph: embedding levels, then visual order per line.

python-bidi gives the display string of a line, not the level of each character, and a report line needs the
levels: it is drawn as runs, each shaped in its own direction with the font that has its glyphs. So the levels
are resolved here (rules P2-P3, W1-W7, N0-N2, I1-I2, isolates LRI/RLI/FSI...PDI) for the whole paragraph, and
each line is then reordered on its own (L1-L2), as the standard prescribes. The tests check the visual order
against python-bidi's display strings.

Deliberate simplification: the old explicit embeddings and overrides (LRE, RLE, LRO, RLO, PDF) are treated as
removed characters (rule X9) rather than opening embeddings; text typed in the application does not use them,
and code that needs a left-to-right island (a phone number, a GPS point) uses an isolate (`ltr_isolate`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
# Invisible characters that only steer the algorithm: never drawn, never measured.
BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

_INITIATORS = frozenset(("LRI", "RLI", "FSI"))
_ISOLATE_CONTROLS = _INITIATORS | {"PDI"}
_REMOVED = frozenset(("LRE", "RLE", "LRO", "RLO", "PDF", "BN"))
_NEUTRALS = frozenset(("B", "S", "WS", "ON")) | _ISOLATE_CONTROLS
_STRONG = frozenset(("L", "R", "AL"))
_SEPARATORS = frozenset(("S", "B"))  # rule L1
_RESET_BEFORE_SEPARATORS = frozenset(("WS", "FSI", "LRI", "RLI", "PDI"))
_SEPARATOR_SEARCH = re.compile("[\t\x0b\x1f\n\r\x1c-\x1e\x85\u2029]")  # the characters of class S and B
_MAX_DEPTH = 125

# Paired brackets (BidiBrackets.txt), the ones that occur in our texts and their close relatives.
_OPENING = {"(": ")", "[": "]", "{": "}", "\u2045": "\u2046", "\u207d": "\u207e", "\u208d": "\u208e",
            "\u2329": "\u232a", "\u3008": "\u3009", "\u27e6": "\u27e7", "\u2768": "\u2769", "\u276a": "\u276b",
            "\u2772": "\u2773", "\u2774": "\u2775", "\uff08": "\uff09", "\uff3b": "\uff3d"}  # fmt: skip
_CLOSING = {closing: opening for opening, closing in _OPENING.items()}
_CANONICAL = {"\u232a": "\u3009", "\u3009": "\u232a"}
_BRACKETS = frozenset(_OPENING) | frozenset(_CLOSING)


def ltr_isolate(text: str) -> str:
    """`text` kept left to right as one unit inside any paragraph (phones, GPS points, identifiers)."""
    return f"{LRI}{text}{PDI}" if text else text


def _direction(level: int) -> str:
    return "R" if level % 2 else "L"


def bidi_classes(text: str) -> list[str]:
    """The bidi class of each character (unassigned code points count as L, as the standard says)."""
    return [unicodedata.bidirectional(ch) or "L" for ch in text]


def _first_strong(classes: Sequence[str], start: int, end: int) -> str | None:
    """P2: the first strong type, skipping the insides of isolates (`None` when there is none)."""
    depth = 0
    for index in range(start, end):
        kind = classes[index]
        if kind in _INITIATORS:
            depth += 1
        elif kind == "PDI" and depth:
            depth -= 1
        elif depth == 0 and kind in _STRONG:
            return "L" if kind == "L" else "R"
    return None


@dataclass(frozen=True)
class BidiParagraph:
    """One paragraph's text (logical order) with the resolved embedding level of every character."""

    text: str
    base_level: int
    levels: tuple[int, ...]
    has_controls: bool = False  # isolates or removed characters (X9): their lines are always resolved anew

    def line_levels(self, start: int, end: int) -> list[int]:
        """L1: segment separators (a tab) and paragraph separators go back to the paragraph level, with the
        whitespace and isolate controls before them and at the end of the line. Other marks (LRM, RLM, ALM) are
        strong letters and keep their level; removed characters (X9) are looked through."""
        levels = list(self.levels[start:end])
        text = self.text
        base = self.base_level
        separators = _SEPARATOR_SEARCH.search(text, start, end) is not None
        resetting = True  # the end of the line resets like a separator
        for offset in range(end - start - 1, -1, -1):
            kind = unicodedata.bidirectional(text[start + offset])
            if kind in _SEPARATORS:
                levels[offset] = base
                resetting = True
            elif resetting and kind in _RESET_BEFORE_SEPARATORS:
                levels[offset] = base
            elif kind not in _REMOVED:
                if not separators:
                    break
                resetting = False
        return levels


def resolve(text: str, *, base_level: int | None = None, fallback_level: int = 0,
            classes: list[str] | None = None) -> BidiParagraph:  # fmt: skip
    """Resolve the levels of one paragraph (no line breaks inside). `base_level` None: from the first strong
    character (rules P2-P3), else `fallback_level`. `classes`: `bidi_classes(text)`, if already known."""
    if classes is None:
        classes = bidi_classes(text)
    if base_level is None:
        first = _first_strong(classes, 0, len(classes))
        base_level = fallback_level if first is None else (1 if first == "R" else 0)
    kinds = set(classes)
    # Fast paths: a paragraph with one direction only (the common case) needs no resolution at all.
    if not kinds & (_ISOLATE_CONTROLS | {"EN", "AN"}):
        if base_level % 2 and "L" not in kinds:
            return BidiParagraph(text, base_level, (base_level,) * len(text), bool(kinds & _REMOVED))
        if not base_level % 2 and not kinds & {"R", "AL"}:
            return BidiParagraph(text, base_level, (base_level,) * len(text), bool(kinds & _REMOVED))
    levels = [base_level] * len(text)
    _resolve_span(text, classes, levels, 0, len(text), base_level)
    if kinds & _REMOVED:
        _fill_removed(classes, levels, base_level)
    return BidiParagraph(text, base_level, tuple(levels), bool(kinds & (_REMOVED | _ISOLATE_CONTROLS)))


def _fill_removed(classes: list[str], levels: list[int], base_level: int) -> None:
    """Removed characters (X9) take the level of the character before them, so they never split a run."""
    previous = base_level
    for index, kind in enumerate(classes):
        if kind in _REMOVED:
            levels[index] = previous
        else:
            previous = levels[index]


def _resolve_span(text: str, classes: list[str], levels: list[int], start: int, end: int, level: int) -> None:
    """Resolve the isolating run sequence of [start, end) at `level`, recursing into the isolates it holds."""
    if not set(classes[start:end]) & (_INITIATORS | _REMOVED):  # the usual case: one plain sequence
        _resolve_sequence(text, classes, levels, range(start, end), level)
        return
    sequence: list[int] = []
    index = start
    while index < end:
        kind = classes[index]
        if kind in _REMOVED:
            index += 1
            continue
        sequence.append(index)
        if kind in _INITIATORS:
            closing = _matching_pdi(classes, index + 1, end)
            if kind == "FSI":
                rtl = _first_strong(classes, index + 1, closing) == "R"
            else:
                rtl = kind == "RLI"
            inner = (level + 1) | 1 if rtl else (level + 2) & ~1  # the next odd, or the next even, level
            if inner <= _MAX_DEPTH:
                _resolve_span(text, classes, levels, index + 1, closing, inner)
            else:  # overflow: the contents stay at this level, as plain neutrals and text
                sequence.extend(i for i in range(index + 1, closing) if classes[i] not in _REMOVED)
            index = closing
            continue
        index += 1
    _resolve_sequence(text, classes, levels, sequence, level)


def _matching_pdi(classes: list[str], start: int, end: int) -> int:
    depth = 1
    for index in range(start, end):
        kind = classes[index]
        if kind in _INITIATORS:
            depth += 1
        elif kind == "PDI":
            depth -= 1
            if depth == 0:
                return index
    return end


def _runs(text: str, classes: list[str], seq: Sequence[int]) -> tuple[list[str], list[int]]:
    """The sequence as runs of one class: their classes and their ends (positions in `seq`). A bracket is a run
    of its own, so that rule N0 can pair it."""
    kinds: list[str] = []
    ends: list[int] = []
    position = 0
    source = classes[seq.start : seq.stop] if isinstance(seq, range) else [classes[i] for i in seq]
    for kind, group in groupby(source):
        length = len(list(group))
        if kind == "ON":
            run_start = position
            for offset in range(length):
                if text[seq[position + offset]] in _BRACKETS:
                    if position + offset > run_start:
                        kinds.append("ON")
                        ends.append(position + offset)
                    kinds.append("ON")
                    ends.append(position + offset + 1)
                    run_start = position + offset + 1
            if run_start < position + length:
                kinds.append("ON")
                ends.append(position + length)
        else:
            kinds.append(kind)
            ends.append(position + length)
        position += length
    return kinds, ends


def _resolve_sequence(text: str, classes: list[str], levels: list[int], seq: Sequence[int], level: int) -> None:
    """Rules W1-W7, N0-N2 and I1-I2 on one isolating run sequence, a run of equal classes at a time."""
    # Inside an isolate sos/eos are the isolate's own direction: both are max(level, outer level) = level.
    sos = eos = _direction(level)
    original, ends = _runs(text, classes, seq)
    t = list(original)
    n = len(t)
    present = set(t)  # a rule about a class that does not occur is skipped
    # W1: non-spacing marks take the type of what they follow.
    if "NSM" in present:
        for k in range(n):
            if t[k] == "NSM":
                t[k] = sos if k == 0 else ("ON" if t[k - 1] in _ISOLATE_CONTROLS else t[k - 1])
        present = set(t)
    # W2, W3: numbers after Arabic letters are Arabic numbers; Arabic letters are then simply right to left.
    if "EN" in present and "AL" in present:
        last = sos
        for k in range(n):
            kind = t[k]
            if kind in _STRONG:
                last = kind
            elif kind == "EN" and last == "AL":
                t[k] = "AN"
        present = set(t)
    if "AL" in present:
        t = ["R" if kind == "AL" else kind for kind in t]
    # W4: one separator between two numbers of the same kind joins them.
    if present & {"ES", "CS"} and present & {"EN", "AN"}:
        for k in range(1, n - 1):
            kind = t[k]
            if kind in ("ES", "CS") and ends[k] - ends[k - 1] == 1 and t[k - 1] == t[k + 1]:
                if t[k - 1] == "EN" or (kind == "CS" and t[k - 1] == "AN"):
                    t[k] = t[k - 1]
    # W5: terminators (%, currency) next to European numbers become numbers.
    if "ET" in present and "EN" in present:
        k = 0
        while k < n:
            if t[k] != "ET":
                k += 1
                continue
            run_end = k
            while run_end < n and t[run_end] == "ET":
                run_end += 1
            if (k > 0 and t[k - 1] == "EN") or (run_end < n and t[run_end] == "EN"):
                for j in range(k, run_end):
                    t[j] = "EN"
            k = run_end
    # W6, W7.
    if present & {"ES", "ET", "CS", "EN"}:
        last = sos
        for k in range(n):
            kind = t[k]
            if kind in ("ES", "ET", "CS"):
                t[k] = "ON"
            elif kind in ("L", "R"):
                last = kind
            elif kind == "EN" and last == "L":
                t[k] = "L"
    _resolve_brackets(text, seq, original, ends, t, level, sos)
    # N1, N2: neutrals between two strong types of one direction take it, others the embedding direction.
    embedding = _direction(level)
    k = 0
    while k < n:
        if t[k] not in _NEUTRALS:
            k += 1
            continue
        run_end = k
        while run_end < n and t[run_end] in _NEUTRALS:
            run_end += 1
        before = sos if k == 0 else ("L" if t[k - 1] == "L" else "R")
        after = eos if run_end == n else ("L" if t[run_end] == "L" else "R")
        resolved = before if before == after else embedding
        for j in range(k, run_end):
            t[j] = resolved
        k = run_end
    # I1, I2, then the levels of the characters of each run.
    even = level % 2 == 0
    position = 0
    contiguous = isinstance(seq, range)
    for k in range(n):
        kind = t[k]
        if even:
            value = level + (1 if kind == "R" else 2 if kind in ("AN", "EN") else 0)
        else:
            value = level + (1 if kind in ("L", "EN", "AN") else 0)
        end = ends[k]
        if contiguous:
            levels[seq[position] : seq[position] + end - position] = [value] * (end - position)
        else:
            for j in range(position, end):
                levels[seq[j]] = value
        position = end


def _resolve_brackets(text: str, seq: Sequence[int], original: list[str], ends: list[int], t: list[str], level: int,
                      sos: str) -> None:  # fmt: skip
    """N0: a pair of brackets takes the direction of what it encloses, or of its context (BD16)."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for k in range(len(t)):
        if t[k] != "ON" or ends[k] - (ends[k - 1] if k else 0) != 1:
            continue
        ch = text[seq[ends[k] - 1]]
        if ch in _OPENING:
            if len(stack) == 63:
                break
            stack.append((_OPENING[ch], k))
        elif ch in _CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                expected = stack[depth][0]
                if expected == ch or _CANONICAL.get(expected) == ch:
                    pairs.append((stack[depth][1], k))
                    del stack[depth:]
                    break
    if not pairs:
        return
    embedding = _direction(level)
    for opening, closing in sorted(pairs):
        inside = {"L" if t[k] == "L" else "R" for k in range(opening + 1, closing) if t[k] in ("L", "R", "EN", "AN")}
        if not inside:
            continue
        if embedding in inside:
            resolved = embedding
        else:
            context = sos
            for k in range(opening - 1, -1, -1):
                if t[k] in ("L", "R", "EN", "AN"):
                    context = "L" if t[k] == "L" else "R"
                    break
            resolved = context  # the enclosed direction if the context agrees, else the embedding one
        for k in (opening, closing):
            t[k] = resolved
            following = k + 1
            while following < len(t) and original[following] == "NSM":  # marks on a bracket follow it
                t[following] = resolved
                following += 1


_BRACKET_SEARCH = re.compile("[" + re.escape("".join(sorted(_OPENING) + sorted(_CLOSING))) + "]")
_LOOSE = frozenset(("CS", "ON", "WS"))  # classes that may stand before the first or after the last letter


def line_is_self_contained(paragraph: BidiParagraph, classes: list[str], start: int, end: int) -> bool:
    """Whether resolving [start, end) on its own gives the levels the paragraph gave it, so that the work can be
    skipped. True when no rule can look past the line's ends:
    - the paragraph has no isolates or removed characters;
    - the line's ends are letters (strong: W1, W2, W4, W5, W7 and N1 stop at them), or separators and other
      neutrals before the first letter / after the last one when that letter has the paragraph's direction (N1
      then gives them that direction whatever lies beyond);
    - its brackets, all between those letters, pair among themselves (N0 then pairs them the same way in the
      paragraph, and looks for their context no further back than the first letter)."""
    if start >= end or paragraph.has_controls:
        return False
    base = _direction(paragraph.base_level)
    first = start
    while first < end and classes[first] in _LOOSE:
        first += 1
    last = end - 1
    while last >= first and classes[last] in _LOOSE:
        last -= 1
    if first > last or classes[first] not in _STRONG or classes[last] not in _STRONG:
        return False
    if first > start and ("L" if classes[first] == "L" else "R") != base:
        return False
    if last < end - 1 and ("L" if classes[last] == "L" else "R") != base:
        return False
    text = paragraph.text
    if _BRACKET_SEARCH.search(text, start, first) or _BRACKET_SEARCH.search(text, last + 1, end):
        return False
    return _brackets_pair_up(text, first, last + 1)


def _brackets_pair_up(text: str, start: int, end: int) -> bool:
    """Whether BD16 pairs every bracket of [start, end) with another one inside it."""
    stack: list[str] = []
    for match in _BRACKET_SEARCH.finditer(text, start, end):
        ch = match.group()
        if ch in _OPENING:
            stack.append(_OPENING[ch])
            continue
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth] == ch or _CANONICAL.get(stack[depth]) == ch:
                del stack[depth:]
                break
        else:
            return False
    return not stack


def visual_order(levels: Sequence[int]) -> list[int]:
    """L2: the positions of a line's items (characters or runs) from left to right, given their levels."""
    order = list(range(len(levels)))
    if not order:
        return order
    if levels.count(levels[0]) == len(levels):  # one level: as it is, or reversed
        return order[::-1] if levels[0] % 2 else order
    highest = max(levels)
    lowest_odd = min(level for level in levels) | 1
    for current in range(highest, lowest_odd - 1, -1):
        k = 0
        while k < len(order):
            if levels[order[k]] < current:
                k += 1
                continue
            run_end = k
            while run_end < len(order) and levels[order[run_end]] >= current:
                run_end += 1
            order[k:run_end] = order[k:run_end][::-1]
            k = run_end
    return order
