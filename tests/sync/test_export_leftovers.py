"""An export killed half-way (a flat battery, a crash) leaves nothing on the stick that later exports keep.

The snapshot is written without a rollback journal beside it, and the next export removes the temporary files of
interrupted exports: this laptop's once untouched for two minutes, another laptop's once untouched for an hour (two
laptops exporting to one shared folder at the same time never delete each other's file in progress).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.forms import FormRegistry
from app.db.store import Store
from app.sync.export import export_package
from app.sync.package import check_package

ROOT = Path(__file__).resolve().parents[2]
PHOTOS = 24  # of 1 MiB each: the copy takes long enough to be caught half-way

# `taawun sync export` in a real process, held half-way through writing its snapshot (a stand-in for a process that
# is killed at a random moment): once the temporary file has grown past 2 MiB inside the copy's transaction, it
# says "holding" and waits to be killed.
HOLD_AND_EXPORT = """
import os, sqlite3, sys, time, urllib.parse
real_connect = sqlite3.connect

def connect(database, *args, **kwargs):
    conn = real_connect(database, *args, **kwargs)
    name = str(database)
    if ".partial" in name and "mode=ro" not in name:
        target = urllib.parse.unquote(name[len("file:"):]) if name.startswith("file:") else name
        def hold():
            if conn.in_transaction and os.path.getsize(target) > 2 * 1024 * 1024:
                print("holding", flush=True)
                time.sleep(600)
            return 0
        conn.set_progress_handler(hold, 1)
    return conn

sqlite3.connect = connect
from app.cli.program import main
sys.exit(main(["--db", sys.argv[1], "sync", "export", sys.argv[2]]))
"""


@pytest.fixture
def big_laptop(tmp_path: Path, shipped_forms: FormRegistry) -> Iterator[Store]:
    with Store.open(tmp_path / "taawun.db", forms=shipped_forms, author="فاطمة", device_name="laptop-azrou") as store:
        store.create("cooperative", {"name_ar": "تعاونية الأرز", "sectors": ["olives"]})
        for _ in range(PHOTOS):
            store.add_photo(os.urandom(1024 * 1024))
        yield store


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def test_an_export_killed_half_way_is_cleaned_up_by_the_next_one(big_laptop: Store, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    child = subprocess.Popen([sys.executable, "-c", HOLD_AND_EXPORT, str(big_laptop.path), str(stick)],
                             stdout=subprocess.PIPE, encoding="utf-8", cwd=ROOT, env=env())  # fmt: skip
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "holding"
        during = sorted(p.name for p in stick.iterdir())
    finally:
        child.kill()  # SIGKILL; TerminateProcess on Windows
        child.communicate(timeout=30)
    assert len(during) == 1 and during[0].endswith(".partial"), during  # no -journal beside the snapshot
    leftover = stick / during[0]
    assert leftover.stat().st_size > 2 * 1024 * 1024
    assert sorted(p.name for p in stick.iterdir()) == during

    # The next export, ten minutes later: the laptop's own leftover is gone, the new package is sound and complete.
    old = time.time() - 600
    os.utime(leftover, (old, old))
    result = subprocess.run([sys.executable, "-m", "app", "--db", str(big_laptop.path), "--lang", "en", "sync",
                             "export", str(stick)], capture_output=True, encoding="utf-8", cwd=ROOT, env=env(),
                            timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr
    package = Path(result.stdout.strip().splitlines()[-1])
    assert [p.name for p in stick.iterdir()] == [package.name]
    manifest = check_package(package)
    assert manifest.counts["photos"] == PHOTOS and manifest.counts["records"] == 1


def write_leftover(stick: Path, name: str, *, age: float, side: str = "") -> Path:
    path = stick / (name + side)
    path.write_bytes(b"\0" * 4096)
    when = time.time() - age
    os.utime(path, (when, when))
    return path


def test_only_abandoned_leftovers_are_removed(laptop: Any, stick: Path) -> None:
    store: Store = laptop("azrou")
    own = f".taawun-azrou-{store.device_id[:6]}-2025-05-17.taawun"
    other = ".taawun-midelt-0a1b2c-2025-05-17.taawun"
    removed = [
        write_leftover(stick, f"{own}.00000001.partial", age=600),
        write_leftover(stick, f"{own}.00000001.partial", age=600, side="-journal"),
        write_leftover(stick, f"{own}.00000002.partial", age=3 * 24 * 3600, side="-journal"),  # its file went first
        write_leftover(stick, f"{other}.00000003.partial", age=2 * 3600),
        write_leftover(stick, f"{other}.00000003.partial", age=2 * 3600, side="-journal"),
    ]
    kept = [
        write_leftover(stick, f"{own}.00000004.partial", age=5),  # this laptop's window, exporting right now
        write_leftover(stick, f"{other}.00000005.partial", age=1800),  # another laptop's, written half an hour ago
        write_leftover(stick, f"{other}.00000006.partial", age=2 * 3600),  # old, but written to a moment ago:
        write_leftover(stick, f"{other}.00000006.partial", age=10, side="-journal"),  # still in progress
        write_leftover(stick, ".taawun-azrou-notes.partial", age=10 * 24 * 3600),  # not a name an export makes
        write_leftover(stick, "report.partial", age=10 * 24 * 3600),
        write_leftover(stick, other[1:], age=10 * 24 * 3600),  # a package
    ]
    exported = export_package(store, stick).path
    assert sorted(stick.iterdir()) == sorted([*kept, exported])
    assert not any(p.exists() for p in removed)


def test_what_is_named_like_a_leftover_but_is_not_a_file_is_not_touched(laptop: Any, stick: Path) -> None:
    """A file named like a leftover that is not a file (a folder, a link) is not touched."""
    store: Store = laptop("azrou")
    folder = stick / f".taawun-azrou-{store.device_id[:6]}-2025-05-17.taawun.00000007.partial"
    folder.mkdir()
    (stick / f".taawun-x-{store.device_id[:6]}-2025-05-17.taawun.00000008.partial").symlink_to(stick / "elsewhere")
    old = time.time() - 3 * 3600
    os.utime(folder, (old, old))
    export_package(store, stick)
    assert folder.is_dir() and len(list(stick.iterdir())) == 3


def test_the_window_keeps_saving_while_an_export_copies(big_laptop: Store, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """The snapshot is one read transaction on the database: another connection (the window, the command line) can
    save meanwhile; what it saves after the copy began is not in the package."""
    real_connect = sqlite3.connect
    saved: list[str] = []

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = real_connect(database, *args, **kwargs)
        if ".partial" in str(database) and "mode=ro" not in str(database):
            target = Path(urllib.parse.unquote(str(database).removeprefix("file:")))

            def save_meanwhile() -> int:  # once the copy of the photos has begun
                if conn.in_transaction and not saved and target.stat().st_size > 2 * 1024 * 1024:
                    other = real_connect(big_laptop.path, isolation_level=None, timeout=0)
                    try:
                        other.execute("INSERT INTO meta (key, value) VALUES ('saved_meanwhile', 'yes')")
                        saved.append("saved")
                    except sqlite3.OperationalError as error:
                        saved.append(str(error))
                    finally:
                        other.close()
                return 0

            conn.set_progress_handler(save_meanwhile, 1)
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    package = export_package(big_laptop, tmp_path).path
    monkeypatch.setattr(sqlite3, "connect", real_connect)
    assert saved == ["saved"]
    conn = sqlite3.connect(package)
    try:
        assert conn.execute("SELECT count(*) FROM meta WHERE key = 'saved_meanwhile'").fetchone()[0] == 0
    finally:
        conn.close()
