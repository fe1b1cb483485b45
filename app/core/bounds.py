"""Every bound on a value that crosses into the database, declared once.

Whatever its way in (the window, the command line, a package from another laptop, a backup), a value is held to
these bounds before it is stored: the field parsers (`app.core.fields`), `clean_record` (drafts included: a draft
may be incomplete, never malformed), the command line's input (`app.cli.changes_input`), the merge's check of incoming
versions (`app.sync.incoming`) and the photo store all read them from here, and so do the tests. A value beyond a
bound is refused with a message naming the bound; nothing here raises anything but `BoundExceeded`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

# --- text (characters, after NFC) -------------------------------------------------------------------------------
TEXT_MAX = 1_000  # a single-line text field (a name, a place, an answer)
LONG_TEXT_MAX = 20_000  # a long text field (observations: ten pages of notes)
NAME_MAX = 100  # who and where: an author's name, a laptop's device name
PHOTO_LABEL_MAX = 200  # a photo's file name or caption
ORIGIN_MAX = 300  # where a version came from (history.origin): an imported file's name (255 at most) and its row
# --- shapes of JSON data -------------------------------------------------------------------------------------------
JSON_DEPTH_MAX = 8  # record > group > entry > photos > photo > ...: every form needs 5 at most
RECORD_CHARS_MAX = 600_000  # one record's text, all its strings and keys together (characters)
RECORD_BYTES_MAX = 4_000_000  # one version's data as stored (UTF-8 JSON): RECORD_CHARS_MAX and the structure
CHOICES_MAX = 200  # ticked boxes of one multiple-choice field
GROUP_ENTRIES_MAX = 500  # entries of one repeated group
PHOTOS_MAX = 100  # photos of one field
ITEMS_MAX = max(CHOICES_MAX, GROUP_ENTRIES_MAX, PHOTOS_MAX)  # any list in a record
KEYS_MAX = 500  # fields of one record or group entry
# --- numbers -------------------------------------------------------------------------------------------------------
INTEGER_MAX = 2**53 - 1  # exact in JSON (double) and in SQLite (64 bits)
DECIMAL_MAX = float(2**53)
VERSION_MAX = 2**53 - 1  # a record's version number
# --- dates and stamps ----------------------------------------------------------------------------------------------
DATES_AHEAD_DAYS = 1  # the clock bound (a day ahead of this laptop, app.core.clock), for "today" in form rules
# --- input files ---------------------------------------------------------------------------------------------------
JSON_INPUT_BYTES_MAX = 8_000_000  # `--json FILE|-`
# --- what a package of a newer minor format adds (app/sync/package_format.py), kept to be passed on ----------------
EXTENSION_COLUMNS_MAX = 64  # new columns and tables one file may add
EXTENSION_VALUE_BYTES_MAX = 1_000_000  # one value of a column this release does not know
EXTENSION_CELLS_MAX = 5_000_000  # values kept on a laptop (a signature on each of a million versions fits)
# --- pairs of records marked "not the same" (app/db/distinct_pairs.py) -------------------------------------------
DISTINCT_PAIRS_MAX = 100_000  # on a laptop, hence in one file: far beyond what people mark by hand
# --- photos --------------------------------------------------------------------------------------------------------
PHOTO_BYTES_MAX = 15_000_000
PHOTO_PIXELS_MAX = 40_000_000
PHOTO_SIDE_STORED = 2_000  # a larger picture is scaled down to this longest side before it is stored
PHOTO_JPEG_QUALITY = 85

# C0 and C1 control characters. Long text keeps line breaks and tabs; names keep nothing of the kind. Format
# characters (bidi marks, zero-width joiners) are not controls: Arabic text needs them.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROLS_BUT_LAYOUT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")  # a str that no UTF-8 can carry
_REFUSED = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_REFUSED_BUT_LAYOUT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


class BoundExceeded(ValueError):
    """A value beyond a declared bound: `code` names the message, `params` the bound (`max`)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def check_text(text: str, *, limit: int, layout: bool = True) -> str:
    """`text` if it is at most `limit` characters of valid Unicode without control characters (`layout` allows
    line breaks and tabs)."""
    if len(text) > limit:
        raise BoundExceeded("too_long", max=limit)
    # One pass over the text (every value of every version a merge brings goes through here); then which one.
    found = (_REFUSED_BUT_LAYOUT if layout else _REFUSED).search(text)
    if found is not None:
        raise BoundExceeded("bound_not_unicode" if _SURROGATES.search(text) else "bound_control_character")
    return text


def check_name(text: Any) -> str:
    """An author's or a laptop's name: text, at most `NAME_MAX` characters, no control character."""
    if not isinstance(text, str):
        raise BoundExceeded("not_text")
    return check_text(text, limit=NAME_MAX, layout=False)


def is_name(text: Any) -> bool:
    """Would `check_name` accept `text`? (For input boxes that enable their OK button.)"""
    try:
        check_name(text)
    except BoundExceeded:
        return False
    return True


def decode_utf8(content: bytes | str | None) -> str:
    """Text read from a file as bytes (a TEXT column selected as BLOB), refused unless it is valid UTF-8."""
    if isinstance(content, str):
        if _SURROGATES.search(content):
            raise BoundExceeded("bound_not_utf8")
        return content
    if not isinstance(content, (bytes, bytearray, memoryview)):
        raise BoundExceeded("not_text")
    try:
        return bytes(content).decode("utf-8")
    except UnicodeDecodeError:
        raise BoundExceeded("bound_not_utf8") from None


def check_version_number(version: Any) -> int:
    if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version <= VERSION_MAX:
        raise BoundExceeded("bound_version", max=VERSION_MAX)
    return version


def check_json(value: Any, *, depth_max: int = JSON_DEPTH_MAX, text_max: int = LONG_TEXT_MAX) -> int:
    """A JSON-like value's shape: nesting, list and object sizes, strings (keys included), numbers; returns its
    size (characters of its strings and keys, and one per item). Walked without recursion, so a value nested
    100,000 deep is refused, not a RecursionError."""
    size = 0
    pending: list[tuple[Any, int]] = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        size += 1
        if isinstance(item, str):
            if len(item) > text_max:
                raise BoundExceeded("too_long", max=text_max)
            check_text(item.strip(), limit=text_max)  # outer blanks are trimmed as the value is cleaned
            size += len(item)
        elif isinstance(item, bool) or item is None or isinstance(item, dt.date):  # a date: from the window
            continue
        elif isinstance(item, int):
            if abs(item) > INTEGER_MAX:
                raise BoundExceeded("above_max", max=INTEGER_MAX)
        elif isinstance(item, float):
            if not abs(item) <= DECIMAL_MAX:  # NaN and infinities too
                raise BoundExceeded("above_max", max=DECIMAL_MAX)
        elif isinstance(item, (list, tuple, dict)):
            if depth >= depth_max:
                raise BoundExceeded("bound_too_deep", max=depth_max)
            if isinstance(item, dict):
                if len(item) > KEYS_MAX:
                    raise BoundExceeded("too_many_items", max=KEYS_MAX)
                for key in item:
                    if not isinstance(key, str):
                        raise BoundExceeded("not_text")
                    check_text(key, limit=TEXT_MAX, layout=False)
                    size += len(key)
                children: Iterable[Any] = item.values()
            else:
                if len(item) > ITEMS_MAX:
                    raise BoundExceeded("too_many_items", max=ITEMS_MAX)
                children = item
            pending.extend((child, depth + 1) for child in children)
        else:
            raise BoundExceeded("bound_not_json")
    return size


def shown(value: Any, limit: int = 60) -> str:
    """A value as a message may show it: short, control characters escaped (nothing printed raw)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        value = "…"  # str() of a huge integer is slow, or refused by Python
    elif not isinstance(value, str):
        value = type(value).__name__ if isinstance(value, (list, dict, tuple)) else str(value)[: limit * 2]
    value = value if len(value) <= limit else value[: limit - 1] + "…"
    value = _SURROGATES.sub("\ufffd", value)
    return _CONTROLS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), value)
