"""A laptop whose power dies during a merge: SIGKILL the merging process; the database is as before or as after."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from app.core.forms import FormRegistry
from app.db.store import Store
from app.sync.export import export_package
from app.sync.merge import merge_file

MERGER = textwrap.dedent(
    """
    import sys
    from app.core.forms import load_form_directory
    from app.db.store import Store
    from app.resources import forms_dir
    from app.sync.merge import merge_file

    store = Store.open(sys.argv[1], forms=load_form_directory(forms_dir()), author="a", device_name="local")
    print("merging", flush=True)
    outcome = merge_file(store, sys.argv[2])
    print("done", outcome.merged, flush=True)
    """
)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def big_exchange(tmp_path_factory: pytest.TempPathFactory, shipped_forms: FormRegistry) -> tuple[Path, Path]:
    """A local database and a package of 3,000 long visits (some editing local records): a merge of ~10 MB."""
    folder = tmp_path_factory.mktemp("crash")
    (folder / "local").mkdir()
    (folder / "peer").mkdir()
    local = Store.open(folder / "local" / "taawun.db", forms=shipped_forms, author="a", device_name="local")
    peer = Store.open(folder / "peer" / "taawun.db", forms=shipped_forms, author="b", device_name="peer")
    for store in (local, peer):
        store.conn.execute("PRAGMA synchronous = OFF")  # building test data: durability is not the point here
    coop = local.create("cooperative", {"name_ar": "تعاونية"})
    mine = [local.create("visit", {"cooperative": coop, "visit_date": "2025-05-17", "observations": f"زيارة {i}"})
            for i in range(200)]  # fmt: skip
    assert merge_file(peer, export_package(local, folder).path).merged
    for record_id in mine[:100]:
        peer.update(record_id, {"problems": "مشكلة"})
    for i in range(3000):
        peer.create("visit", {"cooperative": coop, "visit_date": "2025-05-17",
                              "observations": f"ملاحظة رقم {i} " + "نص طويل عن الزيارة " * 80})  # fmt: skip
    package = export_package(peer, folder / "peer").path
    local.close()
    peer.close()
    after = folder / "after" / "taawun.db"
    after.parent.mkdir()
    shutil.copy(folder / "local" / "taawun.db", after)
    with Store.open(after, forms=shipped_forms, author="a", device_name="local") as merged:
        assert merge_file(merged, package).merged
    return folder / "local" / "taawun.db", package


def wal_size(db: Path) -> int:
    wal = Path(str(db) + "-wal")
    return wal.stat().st_size if wal.exists() else 0


@pytest.mark.slow
@pytest.mark.parametrize("kill", ["while-checking", "while-writing"])
def test_sigkill_during_a_merge_leaves_the_database_before_or_after(
    big_exchange: tuple[Path, Path], tmp_path: Path, shipped_forms: FormRegistry, helpers: Any, kill: str
) -> None:
    original, package = big_exchange
    db = tmp_path / "taawun.db"
    shutil.copy(original, db)
    before = helpers.dump(db)
    after = helpers.dump(original.parent.parent / "after" / "taawun.db")
    assert before != after

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", MERGER, str(db), str(package)], stdout=subprocess.PIPE,
                             encoding="utf-8", env=env)  # fmt: skip
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "merging"
    if kill == "while-checking":
        time.sleep(0.05)  # the file's integrity check and validation read ~10 MB first
    else:
        baseline = wal_size(db)
        deadline = time.monotonic() + 60
        while wal_size(db) < baseline + 1_000_000 and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.001)  # the merge's pages are spilling into the write-ahead log: it is half-way
    child.kill()  # SIGKILL; TerminateProcess on Windows: as abrupt as a power cut for the file
    child.wait(timeout=30)
    finished = "done" in child.stdout.read()
    child.stdout.close()

    assert not finished  # the test did interrupt the merge (it takes far longer than the wait above)
    state = helpers.dump(db)
    assert state in (before, after)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    with Store.open(db, forms=shipped_forms, author="a", device_name="local") as store:
        assert store.check() == []
        assert merge_file(store, package).merged  # and the merge can simply be run again
    assert helpers.dump(db) == after
