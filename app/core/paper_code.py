"""The text of a paper form's QR code, written on every page and read back by the window's "Go to record".

    taawun/cooperative/3f6c…-…/v7    a pre-filled form: the form, the record's id, the version printed
    taawun/visit/form-v4               a blank form: the form and the version of its definition

Short (about 60 characters: a small QR code that a phone or a hand scanner reads at 15 mm) and plain ASCII in
lowercase letters, digits and `/ - .`, which a keyboard-emulating scanner types the same on most layouts. Reading
is lenient about what a scanner adds (spaces, a line break, upper case) and accepts a bare id typed by hand.
No Qt here, no reportlab: the window's dialog and the reports both use it.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from app.core.errors import InvalidInput

PREFIX = "taawun"
_NAME = r"[a-z][a-z0-9_]{0,62}"
_RECORD = re.compile(rf"{PREFIX}/({_NAME})/([0-9a-f-]{{32,36}})/v(\d{{1,9}})")
_BLANK = re.compile(rf"{PREFIX}/({_NAME})/form-v(\d{{1,9}})")
SHOWN_LIMIT = 80  # characters of unreadable text quoted back in the message


@dataclass(frozen=True)
class PaperCode:
    """What a code names: a record (`record_id`, and `version` when the code came from a printed page) or, for a
    blank form, only the form and its definition's version (`record_id` None)."""

    form: str | None
    record_id: str | None
    version: int | None

    @property
    def blank(self) -> bool:
        return self.record_id is None


def record_code(form: str, record_id: str, version: int) -> str:
    return f"{PREFIX}/{form}/{record_id}/v{version}"


def blank_code(form: str, form_version: int) -> str:
    return f"{PREFIX}/{form}/form-v{form_version}"


def read_code(text: str) -> PaperCode:
    """The code in `text` (a QR code's text as a scanner typed it, or a bare record id); anything else is
    InvalidInput `paper_code_unreadable` quoting what was given."""
    cleaned = "".join(text.split()).lower()
    if cleaned:
        match = _RECORD.fullmatch(cleaned)
        if match is not None:
            record_id = _as_uuid(match.group(2))
            if record_id is not None:
                return PaperCode(match.group(1), record_id, int(match.group(3)))
        match = _BLANK.fullmatch(cleaned)
        if match is not None:
            return PaperCode(match.group(1), None, int(match.group(2)))
        record_id = _as_uuid(cleaned)
        if record_id is not None:
            return PaperCode(None, record_id, None)
    shown = text.strip()
    if len(shown) > SHOWN_LIMIT:
        shown = shown[:SHOWN_LIMIT] + "…"
    raise InvalidInput("paper_code_unreadable", text=shown)


def _as_uuid(text: str) -> str | None:
    """The canonical form of an id (with or without its hyphens), None when it is not one."""
    if len(text) not in (32, 36):
        return None
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return None
