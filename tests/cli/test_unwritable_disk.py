"""A read-only stick and a full disk are said as such, in the user's language, and leave nothing behind.

As root (this project's machines, CI containers) the tests mount a real tmpfs: the kernel itself answers "read-only
file system" or "no space left on device". Where mounting is not allowed, each test says which stand-in it uses:
a folder without write permission (a user other than root), `os.open` failing with EROFS (root without mount), or
`PRAGMA max_page_count` (SQLite's own "database or disk is full").
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.cli.program import main
from app.core.errors import StorageError
from app.core.forms import FormRegistry
from app.core.messages import translate
from app.db.store import Store

ROOT = Path(__file__).resolve().parents[2]


@contextlib.contextmanager
def tmpfs(folder: Path, *, size: str = "4m", read_only: bool = False) -> Iterator[bool]:
    """A fresh tmpfs of `size` mounted at `folder`: True, or False where mounting is not allowed (then nothing)."""
    folder.mkdir(parents=True, exist_ok=True)
    if sys.platform == "win32" or os.geteuid() != 0 or shutil.which("mount") is None:
        yield False
        return
    options = f"size={size},mode=0777" + (",ro" if read_only else "")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True,
                             timeout=30, check=False).returncode == 0  # fmt: skip
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=30, check=False)


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TAAWUN_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, encoding="utf-8", cwd=ROOT,
                          env=env, timeout=60)  # fmt: skip


def counts(db: Path) -> tuple[int, int, str]:
    conn = sqlite3.connect(db)
    try:
        return (conn.execute("SELECT count(*) FROM records").fetchone()[0],
                conn.execute("SELECT count(*) FROM history").fetchone()[0],
                conn.execute("PRAGMA integrity_check").fetchone()[0])  # fmt: skip
    finally:
        conn.close()


# --- export to a read-only or full stick ------------------------------------------------------------------------------


@pytest.fixture
def exporter(tmp_path: Path, shipped_forms: FormRegistry) -> Path:
    db = tmp_path / "laptop" / "taawun.db"
    db.parent.mkdir()
    with Store.open(db, forms=shipped_forms, author="فاطمة", device_name="laptop-azrou") as store:
        store.create("cooperative", {"name_ar": "تعاونية الأرز", "sectors": ["olives"]})
        store.add_photo(os.urandom(3 * 1024 * 1024))  # more than the small stick below holds
    return db


def test_export_to_a_read_only_stick_says_read_only(exporter: Path, tmp_path: Path, capsys: Any,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    stick = tmp_path / "stick"
    with tmpfs(stick, read_only=True) as mounted:
        if not mounted and sys.platform != "win32" and os.geteuid() != 0:
            stick.chmod(0o555)  # stand-in: a folder this user may not write to
        elif not mounted:  # stand-in: root without mount, whom no permission stops (or Windows: no mode bits)
            real_open = os.open

            def read_only(path: Any, *args: Any, **kwargs: Any) -> int:
                if Path(path).parent == stick:
                    raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
                return real_open(path, *args, **kwargs)

            monkeypatch.setattr(os, "open", read_only)
        before = counts(exporter)
        messages = {}
        try:
            for lang in ("en", "fr", "ar"):
                assert main(["--db", str(exporter), "--lang", lang, "sync", "export", str(stick)]) == 3
                messages[lang] = capsys.readouterr().err
            listed = list(stick.iterdir())
        finally:
            if not mounted:
                stick.chmod(0o755)
    assert listed == []
    assert "read-only" in messages["en"] and str(stick) in messages["en"]
    assert "unable to open" not in messages["en"]
    assert "lecture seule" in messages["fr"] and "للقراءة فقط" in messages["ar"]
    assert counts(exporter) == before


def test_export_to_a_full_stick_says_full_and_leaves_no_partial_file(
    exporter: Path, tmp_path: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 2 MiB tmpfs, too small for the package. Stand-in without mount: the snapshot limited to 2 MiB by
    `max_page_count` (SQLite then says "database or disk is full", as on a full stick)."""
    stick = tmp_path / "stick"
    with tmpfs(stick, size="2m") as mounted:
        if not mounted:
            real_connect = sqlite3.connect

            def small(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
                conn = real_connect(database, *args, **kwargs)
                if ".partial" in str(database) and "mode=ro" not in str(database):
                    conn.execute("PRAGMA max_page_count = 500")
                return conn

            monkeypatch.setattr(sqlite3, "connect", small)
        before = counts(exporter)
        code = main(["--db", str(exporter), "--lang", "en", "sync", "export", str(stick)])
        err = capsys.readouterr().err
        listed = list(stick.iterdir())
    assert code == 3
    assert err.strip() == translate("sync_disk_full", "en", path=str(stick))
    assert listed == []
    assert counts(exporter) == before


# --- add on a full disk -----------------------------------------------------------------------------------------------


def test_add_on_a_full_disk_says_full_saves_nothing_and_works_once_space_is_freed(
    tmp_path: Path, isolated_home: Path, shipped_forms: FormRegistry
) -> None:
    """A real full disk (a 4 MiB tmpfs filled up). The first `add` could not open its -shm (SQLite says "disk I/O
    error") and left a stub -shm beside the database; every later command then met the same error while checking
    the file and called the database damaged. Stand-in without mount: max_page_count, in-process (SQLite's "full")."""
    disk = tmp_path / "disk"
    with tmpfs(disk) as mounted:
        if not mounted:
            with Store.open(disk / "taawun.db", forms=shipped_forms, author="a", device_name="d") as store:
                store.create("cooperative", {"name_ar": "تعاونية", "sectors": ["olives"]})
                pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
                store.conn.execute(f"PRAGMA max_page_count = {pages}")
                with pytest.raises(StorageError) as caught:
                    store.create("cooperative", {"name_ar": "تعاونية 2", "notes": "x" * 20000, "sectors": ["olives"]})
                assert caught.value.code == "db_full"
                store.conn.execute("PRAGMA max_page_count = 1000000")
                store.create("cooperative", {"name_ar": "تعاونية 3", "sectors": ["olives"]})
            assert counts(disk / "taawun.db")[:2] == (2, 2)
            return
        db = disk / "taawun.db"
        assert run("--db", str(db), "add", "cooperative", "--set", "name_ar=تعاونية", "--set", "sectors=olives",
                   home=isolated_home).returncode == 0  # fmt: skip
        before = counts(db)
        filler = disk / "filler"
        with filler.open("wb", buffering=0) as handle, contextlib.suppress(OSError):  # no flush at close
            while True:
                handle.write(b"\0" * 65536)
        for attempt in range(3):  # the first add; then with what the first one left behind
            result = run("--db", str(db), "--lang", "en", "add", "cooperative", "--set", "name_ar=تعاونية 2", "--set",
                         "sectors=olives", home=isolated_home)  # fmt: skip
            assert (result.returncode, result.stderr.strip()) == (3, translate("db_full", "en")), attempt
        result = run("--db", str(db), "--lang", "fr", "list", "cooperative", home=isolated_home)
        assert (result.returncode, result.stderr.strip()) == (3, translate("db_full", "fr"))
        with pytest.raises(StorageError) as caught:  # the window opens the database the same way
            Store.open(db, forms=shipped_forms, author="a", device_name="d").close()
        assert caught.value.code == "db_full"
        log = isolated_home / "logs" / "taawun.log"
        assert "unexpected error" not in (log.read_text(encoding="utf-8") if log.exists() else "")

        filler.unlink()  # space freed: nothing was lost, nothing is damaged, and the next add works
        assert counts(db) == before and before[2] == "ok"
        assert run("--db", str(db), "check", home=isolated_home).returncode == 0
        added = run("--db", str(db), "add", "cooperative", "--set", "name_ar=تعاونية 3", "--set", "sectors=olives",
                    home=isolated_home)  # fmt: skip
        assert added.returncode == 0, added.stderr
        assert counts(db) == (before[0] + 1, before[1] + 1, "ok")
