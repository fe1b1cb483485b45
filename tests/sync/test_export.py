"""Exporting a package: one self-describing file per laptop and day, never a file that looks complete but is not."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import app.sync.export as export_module
from app.cli.program import main
from app.core.errors import DatabaseRejected, StorageError
from app.db.store import Store
from app.sync.export import SUFFIX, export_package, package_name, safe_name
from app.sync.package import check_package

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("حاسوب مريرت", "حاسوب-مريرت"),
        ("Laptop de Fatima", "Laptop-de-Fatima"),
        ("../../etc/passwd", "etc-passwd"),
        ('con:<>|?*"', "con"),
        ("\u200fحاسوب\u200e", "حاسوب"),  # direction marks
        ("ⵜⴰⵡⵓⵏ", "ⵜⴰⵡⵓⵏ"),  # Tifinagh
        ("...", "laptop"),
        ("", "laptop"),
    ],
)
def test_laptop_names_become_safe_file_names(name: str, expected: str) -> None:
    assert safe_name(name) == expected


def test_the_file_is_named_after_the_laptop_its_id_and_the_day() -> None:
    name = package_name("حاسوب مريرت", "a1b2c3d4e5f6", dt.date(2025, 5, 17))
    assert name == f"taawun-حاسوب-مريرت-a1b2c3-2025-05-17{SUFFIX}"
    assert len(package_name("x" * 500, "a1b2c3d4e5f6", dt.date(2025, 5, 17))) < 80


def test_the_package_is_a_checked_self_describing_snapshot(laptop: Any, stick: Path, helpers: Any) -> None:
    store = laptop("حاسوب مريرت")
    helpers.new_visit(store, helpers.new_cooperative(store))
    exported = export_package(store, stick)
    assert exported.path.parent == stick and exported.path.name.startswith("taawun-حاسوب-مريرت-")
    assert sorted(p.name for p in stick.iterdir()) == [exported.path.name]  # no temporary file left
    assert exported.counts == {"records": 2, "history": 2, "photos": 0, "form_definitions": 3, "conflicts": 0,
                               "signed_batches": 0}  # fmt: skip
    manifest = check_package(exported.path)
    assert (manifest.device, manifest.device_name, manifest.counts) == (store.device_id, "حاسوب مريرت", exported.counts)
    conn = sqlite3.connect(exported.path)
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    assert "device_id" not in meta  # opened by mistake as a database, it becomes a new laptop, not a clone
    assert json.loads(meta["package_counts"]) == exported.counts
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT count(*) FROM sync_log").fetchone()[0] == 0
    conn.close()


def test_a_second_export_the_same_day_replaces_the_first(laptop: Any, stick: Path, helpers: Any) -> None:
    store = laptop("a")
    helpers.new_cooperative(store)
    first = export_package(store, stick).path
    helpers.new_cooperative(store, "تعاونية ثانية")
    second = export_package(store, stick)
    assert second.path == first and second.counts["records"] == 2
    assert len(list(stick.iterdir())) == 1


def test_a_copy_that_fails_its_check_is_removed_and_no_file_is_left(
    laptop: Any, stick: Path, helpers: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a faulty or full stick does: the copy reads back wrong. Nothing that looks like a package remains."""
    store = laptop("a")
    helpers.new_cooperative(store)

    def broken_check(path: Path, **kwargs: object) -> None:
        raise DatabaseRejected("db_corrupt", path=str(path), detail="simulated")

    monkeypatch.setattr(export_module, "check_package", broken_check)
    with pytest.raises(StorageError) as caught:
        export_package(store, stick)
    assert caught.value.code == "sync_export_unverified" and caught.value.exit_code == 3
    assert "simulated" in caught.value.message("fr")
    assert list(stick.iterdir()) == []


def test_an_interrupted_write_leaves_no_file(
    laptop: Any, stick: Path, helpers: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = laptop("a")
    helpers.new_cooperative(store)

    def stick_pulled(path: Path) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(export_module, "flush_file", stick_pulled)
    with pytest.raises(StorageError) as caught:
        export_package(store, stick)
    assert caught.value.code == "sync_export_failed" and "Input/output error" in caught.value.message("en")
    assert list(stick.iterdir()) == []


def test_the_command_prints_the_path_and_refuses_a_missing_folder(
    laptop: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store: Store = laptop("a")
    db = store.path
    store.close()
    stick = tmp_path / "USB"
    stick.mkdir()
    assert main(["--db", str(db), "--lang", "en", "sync", "export", str(stick)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[0].startswith("Exported 0 records") and Path(out[-1]).exists() and Path(out[-1]).parent == stick
    assert main(["--db", str(db), "--lang", "fr", "sync", "export", str(tmp_path / "absent")]) == 3
    assert "n'existe pas" in capsys.readouterr().err
    assert main(["--db", str(db), "sync", "export"]) == 2


@pytest.mark.slow
def test_the_benchmark_runs_at_a_tiny_size(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "sync_merge.py"), "--visits", "300", "--changed", "200",
         "--repeat", "1", "--out", str(tmp_path)],
        capture_output=True, encoding="utf-8", timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "raw SQLite floor" in result.stdout and "ratio" in result.stdout and "peak Python heap" in result.stdout


def test_derived_tables_travel_empty_and_the_merging_laptop_indexes_the_records(
    laptop: Any, stick: Path, helpers: Any
) -> None:
    sender, receiver = laptop("sender"), laptop("receiver")
    cooperative = helpers.new_cooperative(sender, "تعاونية التأطير")
    assert sender.search("التاطير"), "the sender's own index finds it"
    package = export_package(sender, stick).path
    conn = sqlite3.connect(package)
    try:
        carried = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("records", "history")}
        derived = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                   for t in ("search_docs", "search_words", "search_pending", "search_index")}  # fmt: skip
        journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        conn.close()
    assert carried == {"records": 1, "history": 1}
    assert derived == dict.fromkeys(derived, 0)
    assert journal == "delete"  # one self-contained file: no -wal beside it on the stick
    from app.sync.merge import merge_file

    outcome = merge_file(receiver, package)
    assert outcome.counts is not None and outcome.counts.inserted == 1
    assert [hit.id for hit in receiver.search("التاطير")] == [cooperative]


def test_a_package_opened_as_a_database_is_indexed_again(laptop: Any, stick: Path, helpers: Any,
                                                         shipped_forms: Any) -> None:  # fmt: skip
    """Restored as a backup, or opened with --db: the search index and list keys that travelled empty are made."""
    sender = laptop("sender")
    cooperative = helpers.new_cooperative(sender, "تعاونية التأطير")
    package = export_package(sender, stick).path
    with Store.open(package, forms=shipped_forms, author="x", device_name="x") as opened:
        assert [hit.id for hit in opened.search("التاطير")] == [cooperative]
        assert opened.conn.execute("SELECT count(*) FROM list_keys WHERE record_id = ?", (cooperative,)).fetchone()[0]
