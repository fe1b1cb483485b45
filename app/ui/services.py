"""What the window works with, built by `app.main` and passed in: the store, the settings, the language."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.autosave import AutosaveFolder
from app.core.errors import TaawunError
from app.core.settings import Settings
from app.db.communes import communes_of
from app.db.listing import ListQuery, fetch_rows
from app.db.store import Store


@dataclass
class Services:
    store: Store
    settings: Settings
    settings_path: Path
    autosave: AutosaveFolder
    log_path: Path
    lang: str = "ar"

    def save_settings(self) -> None:
        self.settings.save(self.settings_path)

    def open_worker_store(self) -> Store:
        """A second connection to the same file, for a worker thread (connections belong to their thread)."""
        return self.store.another_connection()


@dataclass
class EditorContext:
    """The `FieldContext` of one open form: lookups in the store; photos go into the database as soon as they are
    added (content-addressed, so a photo of a form that is never saved costs only its bytes), which keeps them safe
    through a crash before the form is saved."""

    services: Services
    lang: str

    def search_records(self, form: str, text: str, limit: int = 20) -> list[tuple[str, str]]:
        rows = fetch_rows(self.services.store.conn, self.services.store.forms,
                          ListQuery(form=form, text=text, order_by="updated_at"), offset=0, limit=limit)  # fmt: skip
        # The record's title: the list's first columns (its other columns, a commune or sectors, name no record).
        titles = 1 + len(self.services.store.forms.get(form).title_fields)
        return [(row[0], " — ".join(str(v) for v in row[1:titles] if v)) for row in rows]

    def record_title(self, record_id: str) -> str | None:
        return self.services.store.title_of(record_id, self.lang)

    def photo_bytes(self, sha256: str) -> bytes | None:
        try:
            return self.services.store.photo(sha256)
        except TaawunError:
            return None

    def add_pending_photo(self, content: bytes, mime: str) -> str:
        return self.services.store.add_photo(content, mime=mime)

    def communes(self, province: str) -> list[str]:
        return communes_of(self.services.store.conn, self.services.store.forms, province)
