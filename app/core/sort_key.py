"""Sort keys for the window's lists: values turned into something SQLite orders correctly by plain comparison.

A list of 100,000 visits is sorted by an index (app/db/list_keys.py), and an index can only compare stored
values with SQLite's own rules: a Qt collation registered by the window would be unknown to every other
connection that writes (the command line, a merge on a worker, the sqlite3 shell), which could then neither
update nor check such an index. So the key is computed once, in Python, without Qt, and stored.

A text key is the text folded as search folds it (app.core.arabic: vowel marks, tatweel and case gone, the seats
of hamza, alef maksura and taa marbuta folded, French accents and ligatures stripped, Arabic-Indic digits made
Western, spaces collapsed), then:
- Arabic letters, once folded, are in alphabetical order by code point (ا ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ
  ف ق ك ل م ن ه و ي, U+0627..U+064A), and French letters without their accents are too (a..z): comparing code
  points (what SQLite's BINARY comparison of UTF-8 does) gives each language's order.
- Alef madda is written for hamza + alef and dictionaries list its words first among the alef words (آمال before
  ابتسام), as the Arabic collation does: it becomes ء + ا before folding (ء, U+0621, is below every letter).
- Punctuation and symbols all become "!", which sorts before digits and letters, as in the collations: a name in
  quotes or brackets comes first.
- Numbers compare by value, as the window's collator did (numeric mode: "2" before "10"): each run of digits is
  written as "0", a character telling its length, then the digits without leading zeros.
- Arabic comes before Latin, as in the Arabic collation (CLDR `ar`), the interface most agents use: the Latin
  letters a..z are moved above the Arabic block, to the private use area. One stored order has to choose; a
  French reader sees Arabic names first, then French names in French order.
- Equal keys (the same name typed with and without hamza, or with and without accents) are ordered by the
  record's id by the list, so the order is total and the same on every laptop.

Other types say their own key (`sort_key` of their class, app/core/field_types): a date is its ISO text (which
sorts as dates do), a number its value (SQLite compares numbers numerically and puts them before any text), a single
choice its position in the form (the order the form's author chose, the same in every language), a multiple choice
the positions of its choices. No value at all is NULL, which SQLite puts first.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING, Any

from app.core.arabic import normalise_for_search

if TYPE_CHECKING:  # the field types use `text_key`: imported only for its annotations
    from app.core.forms import FieldSpec

# Raised whenever keys computed by an older version would sort differently: stored keys are then rebuilt.
KEY_VERSION = 2  # 2: a multiple choice by the positions of its choices (was: by their values' text)
# Only the beginning of a long text decides its place in a list; the cap keeps index entries small.
MAX_KEY_LENGTH = 120

_DIGITS = re.compile(r"[0-9]+")
_MADDA = re.compile("\u0622|\u0627\u0653")  # alef madda, composed or not
_LATIN_SHIFT = 0xE000  # a..z (U+0061..) moved to U+E061.., above the Arabic block and every script in use
_LATIN = str.maketrans({chr(c): chr(_LATIN_SHIFT + c) for c in range(ord("a"), ord("z") + 1)})


def _number(match: re.Match[str]) -> str:
    digits = match.group().lstrip("0") or "0"
    # The length as one character after "0": a longer number is a greater one. Beyond 78 digits (no real value
    # has as many) the length character would leave the ASCII range; such runs compare by their first digits.
    return "0" + chr(0x30 + min(len(digits), 78)) + digits


def _punctuation(text: str) -> str:
    if text.isalnum():  # most words: nothing to look up
        return text
    return "".join("!" if unicodedata.category(char)[0] in "PS" else char for char in text)


@functools.lru_cache(maxsize=8192)
def text_key(text: str) -> str | None:
    """The key of a text (see the module's text); None for a text with nothing to sort by."""
    folded = normalise_for_search(_MADDA.sub("\u0621\u0627", text))
    if not folded:
        return None
    return _DIGITS.sub(_number, _punctuation(folded)).translate(_LATIN)[:MAX_KEY_LENGTH]


def value_key(spec: FieldSpec | None, value: Any) -> str | int | float | None:
    """The key of a field's value, by the field's type (`spec` None: the value is sorted as text)."""
    if value is None or value == "" or value == []:
        return None
    if spec is not None:
        return spec.field_type.sort_key(spec, value)
    return plain_key(value)


def plain_key(value: Any) -> str | None:
    """The key of a value sorted as text: a list by its items joined."""
    if isinstance(value, list):
        return text_key(" ".join(str(item) for item in value))
    return text_key(str(value))
