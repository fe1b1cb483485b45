"""A package damaged after its check passed (another machine writing to the stick, a failing card): the merge
stumbles on a damaged page of the file, and the file is refused, named; this laptop's database is not called
damaged, and is left as it was."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

import app.sync.merge_package as merge_package
from app.core.errors import DatabaseRejected
from app.db.store import Store
from app.sync.export import export_package
from app.sync.merge import merge_file


def damage_table(path: Path, table: str) -> None:
    """Overwrite the root page of `table` in the file with bytes SQLite cannot read as a page."""
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        conn.close()
    with path.open("r+b") as handle:
        handle.seek(page_size * (root - 1))
        handle.write(b"\x0d" + b"\xff" * (page_size - 1))


# Every table of the file a merge reads (a damaged page in one it never reads, such as the derived tables, which
# travel empty, changes nothing it merges).
@pytest.mark.parametrize("table", ["records", "history", "photos", "form_definitions", "meta", "conflicts", "sync_log"])
def test_a_page_damaged_after_the_check_refuses_the_file_not_the_database(
    laptop: Any, stick: Path, tmp_path: Path, helpers: Any, monkeypatch: pytest.MonkeyPatch, table: str
) -> None:
    peer = laptop("peer")
    coop = peer.create("cooperative", {"name_ar": "تعاونية الأمل"})
    for n in range(30):
        peer.create("visit", {"cooperative": coop, "visit_date": "2025-05-17", "observations": f"زيارة {n} " * 20})
    package = export_package(peer, stick).path
    sound = tmp_path / "as-checked.taawun"
    shutil.copy(package, sound)
    damage_table(package, table)

    real_check = merge_package.check_contents
    calls: list[Path] = []

    def checked_before_the_damage(path: Path, *args: Any, **kwargs: Any) -> Any:
        calls.append(Path(path))
        # The first check read the file before it was damaged: its verdict is the sound copy's.
        return real_check(sound if len(calls) == 1 else path, *args, **kwargs)

    monkeypatch.setattr(merge_package, "check_contents", checked_before_the_damage)
    local: Store = laptop("local")
    local.create("cooperative", {"name_ar": "تعاونية النور"})
    before = helpers.dump(local.path)
    outcome = merge_file(local, package)
    assert isinstance(outcome.rejection, DatabaseRejected) and not outcome.bug
    assert outcome.rejection.code in ("db_corrupt", "db_unreadable")
    assert outcome.rejection.params["path"] == str(package.absolute())
    assert helpers.dump(local.path) == before
    assert local.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
