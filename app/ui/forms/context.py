"""What field widgets need from the rest of the application, passed in (never looked up globally)."""

from __future__ import annotations

from typing import Protocol


class FieldContext(Protocol):
    """Supplied by the window that hosts a form editor; tests supply a small fake."""

    lang: str  # "ar" | "fr" | "en": the language of labels, hints and messages

    def search_records(self, form: str, text: str, limit: int = 20) -> list[tuple[str, str]]:
        """Records of `form` whose title contains `text` (all when empty): (id, title) pairs, best first."""
        ...

    def record_title(self, record_id: str) -> str | None:
        """The title of a record, or None when it is not known here."""
        ...

    def photo_bytes(self, sha256: str) -> bytes | None:
        """A photo's content, stored or still pending; None when missing."""
        ...

    def add_pending_photo(self, content: bytes, mime: str) -> str:
        """Keep a newly added picture until the record is saved (then it is stored with it); returns its SHA-256."""
        ...

    def communes(self, province: str) -> list[str]:
        """The communes recorded for the province `province` (its code), to complete a commune field (optional: a
        context without it completes nothing)."""
        ...
