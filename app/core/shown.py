"""Text from data, made safe to show: in a terminal, in the window, in a log line.

Names, authors, device names, file names, titles, form labels and values can come from another laptop (a
package), a backup or a crafted file. Printed raw, they can clear a terminal or colour it (ANSI escapes such as
ESC[2J), forge report lines ("\\r\\nnew: 0"), or reorder what is around them (U+202E RIGHT-TO-LEFT OVERRIDE, the
embeddings and isolates U+202A-202E, U+2066-2069). `shown_text` writes every such character as a visible escape
(`\\x1b`, `\\r`, `\\u202e`) and bounds the length shown, with an ellipsis.

Kept as they are: letters of every script, the marks people type in Arabic (U+200E/U+200F/U+061C, joiners), one
left-to-right isolate around a whole value (what `isolate_ltr` writes: it only keeps the value's own order), and
in multi-line values only, line breaks and tabs. The isolates the application adds itself (`app.core.display.
isolate_ltr`) are added *after* escaping, so they are the only ones left in what is shown; text returned by this
module is marked `Shown`, and `app.core.messages.translate` (which escapes every parameter) leaves it alone, so
nothing is escaped twice. This module imports nothing of the application (the messages module uses it).
"""

from __future__ import annotations

import json
import re
from typing import Any

NAME_LIMIT = 200  # a name, an author, a device, a title, a label, one line of a report
PARAM_LIMIT = 1000  # any other parameter of a message (a path, a detail)
VALUE_LIMIT = 10_000  # one value of a record shown in full (`taawun show`): long texts are long
ELLIPSIS = "…"

# C0 and C1 control characters, DEL, the bidi embeddings/overrides/isolates, the line and paragraph separators
# (which break lines in Qt and some terminals) and lone surrogates (from a JSON "\ud800": unprintable in UTF-8).
_BEYOND_C0 = "\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff"
_UNSAFE_RE = re.compile(f"[\x00-\x1f{_BEYOND_C0}]")
_UNSAFE_MULTILINE_RE = re.compile(f"[\x00-\x08\x0b-\x1f{_BEYOND_C0}]")  # keeps \t and \n
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


class Shown(str):
    """Text already made safe to show (escaped and bounded): not escaped again."""

    __slots__ = ()


def _escape(char: str) -> str:
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def _escape_match(match: re.Match[str]) -> str:
    return _escape(match.group())


def shown_text(value: object, *, multiline: bool = False, limit: int | None = NAME_LIMIT) -> Shown:
    """`value` as text safe to show: unsafe characters written as visible escapes, at most `limit` characters
    (an escape counts for its full length), then "…" when cut. `multiline` keeps line breaks ("\\r\\n" read as
    one) and tabs; a lone "\\r" (which would overwrite the line on a terminal) is escaped all the same."""
    if isinstance(value, Shown) and (limit is None or len(value) <= limit + len(ELLIPSIS)):
        return value
    text = value if isinstance(value, str) else str(value)
    if len(text) >= 2 and text[0] == "\u2066" and text[-1] == "\u2069":
        # One left-to-right isolate around the whole value, as `isolate_ltr` writes it (and as callers wrote it
        # by hand before it escaped): harmless, kept; whatever is inside is escaped as any text.
        return Shown(f"\u2066{shown_text(text[1:-1], multiline=multiline, limit=limit)}\u2069")
    if multiline:
        text = text.replace("\r\n", "\n")
    unsafe = _UNSAFE_MULTILINE_RE if multiline else _UNSAFE_RE
    if limit is None:
        return Shown(unsafe.sub(_escape_match, text))
    head = text[:limit]  # a 10 MB name costs no more than a short one
    escaped = unsafe.sub(_escape_match, head)
    if len(escaped) <= limit:
        return Shown(escaped + (ELLIPSIS if len(text) > limit else ""))
    pieces: list[str] = []
    length = 0
    for char in head:  # the escapes made it longer: cut between two characters, never inside an escape
        piece = _escape(char) if unsafe.match(char) else char
        if length + len(piece) > limit:
            break
        pieces.append(piece)
        length += len(piece)
    return Shown("".join(pieces) + ELLIPSIS)


def shown_param(value: Any) -> Any:
    """A parameter of a message, safe to show: numbers as they are (format specs still apply), text escaped."""
    if isinstance(value, (bool, int, float, Shown)):
        return value
    return shown_text(value, limit=PARAM_LIMIT)


# Characters JSON leaves raw with ensure_ascii=False that a terminal or a bidi layout acts on: written \uXXXX,
# which is still the same JSON (json.loads reads the same value back).
_JSON_UNSAFE_RE = re.compile(f"[{_BEYOND_C0}]")


def json_text(value: Any) -> str:
    """`value` as indented JSON for the command line: Arabic readable, nothing a terminal would act on."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return _JSON_UNSAFE_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
