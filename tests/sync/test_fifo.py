"""`taawun sync merge` given something that is not an ordinary file (a FIFO, a folder, a device named `x.taawun`):
refused at once with a message, without reading it, and the database is unchanged. A FIFO used to block the merge
forever on its first read."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.forms import FormRegistry
from app.core.messages import translate
from app.db.store import Store
from app.sync.export import export_package

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and /dev/zero are POSIX-only")

ROOT = Path(__file__).resolve().parents[2]


def merge(db: Path, home: Path, *files: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TAAWUN_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "app", "--db", str(db), "--lang", "en", "sync", "merge",
                           *map(str, files)], capture_output=True, encoding="utf-8", cwd=ROOT, env=env,
                          timeout=30)  # fmt: skip


def shared_rows(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return [row for t in ("records", "history", "photos", "form_definitions", "conflicts")
                for row in conn.execute(f"SELECT * FROM {t} ORDER BY 1")]  # fmt: skip
    finally:
        conn.close()


@pytest.fixture
def mine(tmp_path: Path, shipped_forms: FormRegistry) -> Path:
    db = tmp_path / "mine" / "taawun.db"
    db.parent.mkdir()
    with Store.open(db, forms=shipped_forms, author="فاطمة", device_name="mine") as store:
        store.create("cooperative", {"name_ar": "تعاونية الأمل", "sectors": ["olives"]})
    return db


def not_files(folder: Path) -> dict[str, Path]:
    folder.mkdir(exist_ok=True)
    fifo, directory, device = folder / "x.taawun", folder / "y.taawun", folder / "z.taawun"
    os.mkfifo(fifo)
    directory.mkdir()
    device.symlink_to("/dev/zero")  # reads never end
    return {"fifo": fifo, "folder": directory, "device": device}


@pytest.mark.parametrize("kind", ["fifo", "folder", "device"])
def test_what_is_not_a_file_is_refused_without_reading_it(mine: Path, tmp_path: Path, isolated_home: Path,
                                                           kind: str) -> None:  # fmt: skip
    path = not_files(tmp_path / "stick")[kind]
    before = shared_rows(mine)
    result = merge(mine, isolated_home, path)  # a FIFO blocked here forever (killed after 30 s)
    assert result.returncode == 3, result.stderr
    assert translate("db_not_regular_file", "en", path=str(path)) in result.stdout + result.stderr
    assert shared_rows(mine) == before


def test_the_other_files_of_the_same_merge_are_still_merged(mine: Path, tmp_path: Path, isolated_home: Path,
                                                            shipped_forms: FormRegistry) -> None:  # fmt: skip
    stick = tmp_path / "stick"
    bad = not_files(stick)
    (tmp_path / "other").mkdir()
    with Store.open(tmp_path / "other" / "taawun.db", forms=shipped_forms, author="a", device_name="other") as other:
        other.create("cooperative", {"name_ar": "تعاونية أخرى", "sectors": ["olives"]})
        package = export_package(other, stick).path
    result = merge(mine, isolated_home, bad["fifo"], package, bad["folder"], bad["device"])
    assert result.returncode == 3, result.stderr
    conn = sqlite3.connect(mine)
    try:
        names = {row[0] for row in conn.execute("SELECT json_extract(data, '$.name_ar') FROM records")}
    finally:
        conn.close()
    assert names == {"تعاونية الأمل", "تعاونية أخرى"}
