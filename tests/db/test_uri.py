"""Every connection is opened through a `file:` URI (app/db/opening.py `sqlite_uri`): the names SQLite must read
back exactly, on Windows and here, with Arabic folders, spaces and the characters that end or escape a URI."""

from __future__ import annotations

import os
import sqlite3
import urllib.parse
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from app.core.forms import FormRegistry
from app.db.opening import connect_file, sqlite_uri
from app.db.store import Store
from app.sync.export import export_package
from app.sync.merge import merge_file

WINDOWS = [
    (r"C:\Users\فاطمة\AppData\Local\Taawun\taawun.db",
     "file:///C:/Users/%D9%81%D8%A7%D8%B7%D9%85%D8%A9/AppData/Local/Taawun/taawun.db"),
    (r"D:\Mes documents\100% bio #2?\a b.taawun", "file:///D:/Mes%20documents/100%25%20bio%20%232%3F/a%20b.taawun"),
    (r"E:\\", "file:///E:/"),
    (r"\\serveur\partage\تعاون\x.db", "file:////serveur/partage/%D8%AA%D8%B9%D8%A7%D9%88%D9%86/x.db"),
    (r"relative\folder\x.db", "file:relative/folder/x.db"),
]  # fmt: skip


@pytest.mark.parametrize(("path", "uri"), WINDOWS)
def test_windows_paths_take_the_forms_sqlite_documents(path: str, uri: str) -> None:
    assert sqlite_uri(PureWindowsPath(path)) == uri


@pytest.mark.parametrize("path", [p for p, _ in WINDOWS[:4]])
def test_sqlite_decodes_a_windows_uri_back_to_the_path(path: str) -> None:
    """SQLite decodes %HH in the path and drops the `/` before a drive letter (os_win.c): the same file."""
    uri = sqlite_uri(PureWindowsPath(path), mode="ro", immutable="1")
    body, query = uri.removeprefix("file://").split("?")
    assert query == "mode=ro&immutable=1"
    assert not set(body) & set(" #?\\")  # nothing that would end the path or be read as a separator
    decoded = urllib.parse.unquote(body)
    decoded = decoded[1:] if decoded[2:3] == ":" else decoded
    assert PureWindowsPath(decoded) == PureWindowsPath(path)


def test_posix_paths_are_escaped_byte_for_byte() -> None:
    assert sqlite_uri(PurePosixPath("/home/fatima/ملفات ?#%/x.db"), mode="ro") == (
        "file:///home/fatima/%D9%85%D9%84%D9%81%D8%A7%D8%AA%20%3F%23%25/x.db?mode=ro"
    )
    if os.name != "nt":  # a file name that is not UTF-8 keeps its bytes
        assert sqlite_uri(Path("/tmp/caf\udce9.db")) == "file:///tmp/caf%E9.db"


STRANGE = "ملفات المنسّق ?#% 100%25 x=1&mode=ro"


def test_a_database_in_a_strange_folder_is_that_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / STRANGE
    folder.mkdir()
    conn = connect_file(folder / "taawun #1?.db")
    conn.execute("CREATE TABLE t (x)")
    assert Path(conn.execute("SELECT file FROM pragma_database_list WHERE name = 'main'").fetchone()[0]) == (
        folder / "taawun #1?.db"
    )
    conn.close()
    monkeypatch.chdir(folder)  # a relative name is the current folder's
    conn = connect_file(Path("relative ?.db"), mode="rwc")
    conn.close()
    assert sorted(os.listdir(folder)) == ["relative ?.db", "taawun #1?.db"]


def test_a_package_merges_between_laptops_in_strange_folders(tmp_path: Path, shipped_forms: FormRegistry) -> None:
    stick = tmp_path / "clé USB #2 ?" / STRANGE
    stick.mkdir(parents=True)
    stores = []
    for name in ("a", "b"):
        (tmp_path / STRANGE / name).mkdir(parents=True)
        stores.append(Store.open(tmp_path / STRANGE / name / "taawun.db", forms=shipped_forms, author="فاطمة",
                                 device_name=f"laptop-{name}"))  # fmt: skip
    a, b = stores
    try:
        coop = a.create("cooperative", {"name_ar": "تعاونية الأمل", "sectors": ["olives"]})
        outcome = merge_file(b, export_package(a, stick).path)
        assert outcome.merged, outcome.rejection and outcome.rejection.message("en")
        assert b.get(coop).data["name_ar"] == "تعاونية الأمل"
        # Nothing was created under a name made of the URI: every file is where it was meant to be.
        assert sorted(os.listdir(tmp_path)) == sorted(["clé USB #2 ?", STRANGE])
        assert [p.suffix for p in stick.iterdir()] == [".taawun"]
    finally:
        a.close()
        b.close()


def test_the_store_connection_reads_an_attached_uri(tmp_path: Path) -> None:
    """The store's own connection was opened with URI support: ATTACH of a `file:` URI with `mode=ro` is read as
    a URI (the merge depends on it), whatever SQLite was compiled with."""
    other = tmp_path / "a #?.db"
    sqlite3.connect(other).close()
    conn = connect_file(tmp_path / "main.db")
    try:
        conn.execute("ATTACH DATABASE ? AS incoming", (sqlite_uri(other, mode="ro"),))
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("CREATE TABLE incoming.t (x)")
    finally:
        conn.close()
