"""Real database files for the backup tests: the agent's database, closed, and the backups folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.forms import FormRegistry
from app.db.demo import load_demo
from app.db.opening import connect_read_only
from app.db.store import Store


class DbFiles:
    """Helpers over real database files (a fixture: test modules cannot import each other's conftest)."""

    def __init__(self, forms: FormRegistry) -> None:
        self.forms = forms

    def open(self, path: Path) -> Store:
        return Store.open(path, forms=self.forms, author="فاطمة", device_name="حاسوب مريرت")

    def make(self, path: Path) -> Path:
        """The demo event, with a photo."""
        with self.open(path) as store:
            load_demo(store)
            store.add_photo(b"\x89PNG fake photo bytes", mime="image/png")
        return path

    @staticmethod
    def dump(path: Path) -> list[str]:
        """Every row of every table, and the file's identity, read without writing."""
        conn = connect_read_only(path)
        try:
            identity = [f"{name}={conn.execute(f'PRAGMA {name}').fetchone()[0]}"
                        for name in ("application_id", "user_version")]  # fmt: skip
            return identity + list(conn.iterdump())
        finally:
            conn.close()

    def cooperatives(self, path: Path) -> set[str]:
        with self.open(path) as store:
            return {record.data["name_ar"] for record in store.records_of("cooperative")}


@pytest.fixture
def db_files(shipped_forms: FormRegistry) -> DbFiles:
    return DbFiles(shipped_forms)


@pytest.fixture
def database(tmp_path: Path, db_files: DbFiles) -> Path:
    """The agent's database, closed, in its own folder."""
    folder = tmp_path / "data"
    folder.mkdir()
    return db_files.make(folder / "taawun.db")


@pytest.fixture
def backups(isolated_home: Path) -> Path:
    return isolated_home / "backups"
