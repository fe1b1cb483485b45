"""Where a version came from (`history.origin`, migration 6), as people read it.

The store keeps neutral text, the same on every laptop whatever its language: an import writes "FILE:ROW" (the
file's name, then the row as Excel numbers it; app/exchange/importing.py). The window's history and `taawun history`
translate around it: "Imported from FILE, row N". An origin of another shape (a later release's, or a file's own
making) is shown as it is, escaped, after "Origin:".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.core.messages import translate

_IMPORTED = re.compile(r"(?s)(.+):([1-9][0-9]{0,9})")


def imported_from(origin: str) -> tuple[str, int] | None:
    """(file name, row) of an import's origin, or None for any other text."""
    found = _IMPORTED.fullmatch(origin)
    return (found[1], int(found[2])) if found else None


def origin_sentence(origin: str | None, lang: str, *, name: Callable[[str], str] = str) -> str:
    """The sentence a history shows for a version's origin ("" for none). `name` wraps the file's name (the
    window isolates it, so that a Latin name keeps its place in an Arabic sentence)."""
    if not origin:
        return ""
    found = imported_from(origin)
    if found is None:
        return translate("history_origin", lang, origin=origin)
    return translate("history_imported_from", lang, file=name(found[0]), row=found[1])
