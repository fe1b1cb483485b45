"""Files that are not sound Taawun databases are rejected, with the right message, and left byte-for-byte as they were."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from app.core.errors import DatabaseRejected
from app.core.forms import FormRegistry
from app.db.demo import load_demo
from app.db.schema import APPLICATION_ID, LATEST_VERSION
from app.db.store import Store


def fingerprint(path: Path) -> tuple[str, list[str]]:
    """The file's bytes and the files beside it (a rejected file must not grow a -wal or -shm either)."""
    siblings = sorted(p.name for p in path.parent.iterdir())
    return hashlib.sha256(path.read_bytes()).hexdigest(), siblings


def open_store(path: Path, forms: FormRegistry) -> Store:
    return Store.open(path, forms=forms, author="a", device_name="d")


def make_real_database(path: Path, forms: FormRegistry) -> None:
    with open_store(path, forms) as store:
        load_demo(store)


def assert_rejected(path: Path, forms: FormRegistry, code: str) -> DatabaseRejected:
    before = fingerprint(path)
    with pytest.raises(DatabaseRejected) as caught:
        open_store(path, forms)
    assert caught.value.code == code
    assert caught.value.exit_code == 3
    for lang in ("ar", "fr", "en"):
        assert str(path) in caught.value.message(lang)
    assert fingerprint(path) == before
    return caught.value


def test_text_file_is_not_a_database(tmp_path: Path, shipped_forms: FormRegistry) -> None:
    path = tmp_path / "notes.db"
    path.write_text("ملاحظات الزيارة\nnot a database\n" * 20, encoding="utf-8")
    assert_rejected(path, shipped_forms, "db_not_sqlite")


def test_tiny_file_is_not_a_database(tmp_path: Path, shipped_forms: FormRegistry) -> None:
    path = tmp_path / "tiny.db"
    path.write_bytes(b"SQLite")
    assert_rejected(path, shipped_forms, "db_not_sqlite")


@pytest.mark.parametrize("keep", [0.5, 0.25])
def test_truncated_copy_is_rejected(tmp_path: Path, shipped_forms: FormRegistry, keep: float) -> None:
    real = tmp_path / "real.db"
    make_real_database(real, shipped_forms)
    content = real.read_bytes()
    page_size = int.from_bytes(content[16:18], "big")
    copy_dir = tmp_path / "stick"
    copy_dir.mkdir()
    for cut in (int(len(content) * keep), int(len(content) * keep) // page_size * page_size):
        copy = copy_dir / f"copy-{cut}.db"
        copy.write_bytes(content[:cut])
        error = assert_rejected(copy, shipped_forms, "db_corrupt")
        assert "truncated" in error.message("en") or "middle of a page" in error.message("en")


def test_another_applications_database_is_foreign(tmp_path: Path, shipped_forms: FormRegistry) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.execute("INSERT INTO songs VALUES ('x')")
    conn.commit()
    conn.close()
    assert_rejected(path, shipped_forms, "db_foreign")


def test_database_with_another_application_id_is_foreign(tmp_path: Path, shipped_forms: FormRegistry) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE records (id TEXT)")
    conn.commit()
    conn.close()
    assert_rejected(path, shipped_forms, "db_foreign")


def test_database_from_a_newer_version_is_refused(tmp_path: Path, shipped_forms: FormRegistry) -> None:
    path = tmp_path / "newer.db"
    make_real_database(path, shipped_forms)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    error = assert_rejected(path, shipped_forms, "db_newer")
    assert error.params["found"] == LATEST_VERSION + 1


def test_our_id_without_our_tables_is_corrupt(tmp_path: Path, shipped_forms: FormRegistry) -> None:
    path = tmp_path / "hollow.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION}")
    conn.execute("CREATE TABLE meta (key TEXT)")
    conn.commit()
    conn.close()
    assert_rejected(path, shipped_forms, "db_corrupt")


def test_empty_files_become_new_databases(tmp_path: Path, shipped_forms: FormRegistry) -> None:
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    blank_sqlite = tmp_path / "blank.db"
    sqlite3.connect(blank_sqlite).close()
    for path in (empty, blank_sqlite, tmp_path / "new" / "folder" / "fresh.db"):
        with open_store(path, shipped_forms) as store:
            store.create("workshop", {"title": "لقاء"})
        with open_store(path, shipped_forms) as store:
            assert store.count("workshop") == 1


def test_a_folder_is_not_a_database(tmp_path: Path, shipped_forms: FormRegistry) -> None:
    with pytest.raises(DatabaseRejected) as caught:
        open_store(tmp_path, shipped_forms)
    assert caught.value.code == "db_not_regular_file"
    assert "ليس ملفا عاديا" in caught.value.message("ar")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX-only")
def test_a_fifo_is_refused_without_being_read(tmp_path: Path, shipped_forms: FormRegistry) -> None:
    # Opening a FIFO for reading blocks until a writer comes: the check must not even open it.
    fifo = tmp_path / "taawun.db"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []
    worker = threading.Thread(target=lambda: _capture(outcome, lambda: open_store(fifo, shipped_forms)), daemon=True)
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive():  # unblock the reader so the thread ends, then fail
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("opening a FIFO blocked")
    assert [getattr(e, "code", e) for e in outcome] == ["db_not_regular_file"]


def _capture(outcome: list[BaseException], action: Any) -> None:
    try:
        action()
    except BaseException as error:  # noqa: BLE001 - handed to the test
        outcome.append(error)
