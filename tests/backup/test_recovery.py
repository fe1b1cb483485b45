"""The way back from a damaged database (app/db/recovery.py), on real files damaged as disks and sticks damage them:
cut short, pages overwritten with garbage, the header zeroed."""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_conditions import busy_error

from app.core.errors import DatabaseRejected, StorageError, TaawunError
from app.core.forms import FormRegistry, parse_form
from app.core.messages import translate
from app.db import recovery
from app.db.backup import backup_database, before_restore_name, daily_name
from app.db.recovery import (
    SoundBackup,
    backup_candidates,
    damage_of,
    holdings,
    keep_damaged_aside,
    newest_sound_backup,
    recover,
)
from app.db.store import Store

PAGE = 4096


# --- damaging real files ----------------------------------------------------------------------------------------


def truncate(path: Path) -> None:
    """Cut at half its pages, as a copy interrupted by a pulled stick or a full disk leaves it."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.truncate((size // PAGE // 2) * PAGE)


def garbage_pages(path: Path, first: int, count: int, *, keep_header: bool = True) -> None:
    """Overwrite pages `first`… (numbered from 1) with random bytes; page 1 keeps its 100-byte header."""
    noise = random.Random(first * 1000 + count)
    data = bytearray(path.read_bytes())
    start = (first - 1) * PAGE + (100 if keep_header and first == 1 else 0)
    end = min(len(data), (first - 1 + count) * PAGE)
    data[start:end] = bytes(noise.getrandbits(8) for _ in range(end - start))
    path.write_bytes(bytes(data))


def zero_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))


DAMAGES = {
    "truncated": truncate,
    "garbage over the schema page": lambda path: garbage_pages(path, 1, 1),
    "zeroed header": zero_header,
}


def copy_named(db_files, source: Path, folder: Path, name: str) -> Path:  # type: ignore[no-untyped-def]
    """A real backup of `source` (SQLite's copy, checked) under the name the backups folder would give it."""
    folder.mkdir(parents=True, exist_ok=True)
    written = backup_database(source, folder.parent)
    return Path(shutil.move(written, folder / name))


def small_database(db_files, path: Path, names: list[str]) -> Path:  # type: ignore[no-untyped-def]
    with db_files.open(path) as store:
        for name in names:
            store.create("cooperative", {"name_ar": name, "sectors": ["olives"]})
    return path


# --- which errors are damage ------------------------------------------------------------------------------------


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_each_kind_of_damage_stops_the_opening_and_is_recognised_as_damage(damage: str, database: Path,
                                                                            db_files) -> None:  # fmt: skip
    DAMAGES[damage](database)
    with pytest.raises((TaawunError, sqlite3.DatabaseError)) as raised:
        db_files.open(database)
    found = damage_of(raised.value, database)
    assert found is not None and found.code in ("db_corrupt", "db_not_sqlite")
    # Spelled another way, the same file.
    assert damage_of(raised.value, database.parent / ".." / database.parent.name / database.name) is not None


def test_a_foreign_or_newer_file_or_another_files_damage_is_not_damage_of_the_database(database: Path) -> None:
    assert damage_of(DatabaseRejected("db_foreign", path=str(database)), database) is None
    assert damage_of(DatabaseRejected("db_newer", path=str(database), found=99, known=3), database) is None
    assert damage_of(DatabaseRejected("db_corrupt", path=str(database.with_name("package.taawun")), detail="x"),
                     database) is None  # fmt: skip
    assert damage_of(StorageError("db_busy"), database) is None
    assert damage_of(busy_error(), database) is None  # SQLITE_BUSY: another program, not damage


# --- the newest sound backup ------------------------------------------------------------------------------------


def test_the_newest_sound_backup_is_found_newest_first_skipping_damaged_ones(tmp_path: Path, database: Path,
                                                                             backups: Path, db_files) -> None:  # fmt: skip
    older = small_database(db_files, tmp_path / "older.db", ["تعاونية الأمل", "تعاونية النور", "تعاونية الفجر"])
    copy_named(db_files, older, backups, "taawun-2025-04-20-081500-laptop.db")  # sound, older
    copy_named(db_files, database, backups, daily_name(database, dt.date(2025, 5, 1)))  # sound: the one
    damaged = {
        "taawun-2025-05-02-093000-laptop.db": lambda p: garbage_pages(p, 30, 10),  # in its middle
        before_restore_name(database, dt.datetime(2025, 5, 3, 10, 0)): truncate,
        daily_name(database, dt.date(2025, 5, 4)): zero_header,
    }
    for name, damage in damaged.items():
        damage(copy_named(db_files, database, backups, name))
    (backups / "taawun-damaged-2025-05-05-120000.db").write_bytes((backups / daily_name(database, dt.date(2025, 5, 1)))
                                                                 .read_bytes())  # fmt: skip
    (backups / "notes-daily-2025-05-06.db").write_bytes(older.read_bytes())  # another database's copy

    names = [path.name for path, _, _ in backup_candidates(database, backups)]
    assert names == [daily_name(database, dt.date(2025, 5, 4)), before_restore_name(database, dt.datetime(2025, 5, 3, 10)),
                     "taawun-2025-05-02-093000-laptop.db", daily_name(database, dt.date(2025, 5, 1)),
                     "taawun-2025-04-20-081500-laptop.db"]  # fmt: skip
    found = newest_sound_backup(database, backups)
    assert found is not None
    assert found.path == backups / daily_name(database, dt.date(2025, 5, 1))
    assert found.counts == {"cooperative": 4, "visit": 4, "workshop": 1}  # the demo event
    assert found.when == "2025-05-01"  # a daily copy written on another day: only its date is known

    (backups / daily_name(database, dt.date(2025, 5, 1))).unlink()
    older_found = newest_sound_backup(database, backups)
    assert older_found is not None and older_found.path.name == "taawun-2025-04-20-081500-laptop.db"
    assert older_found.counts == {"cooperative": 3}
    assert older_found.when == "2025-04-20 08:15"


TRAINING = Path(__file__).parents[1] / "e2e" / "training.yaml"  # a fourth form, with its own heading


def test_a_backup_counts_the_records_of_every_form_it_holds_and_names_each_in_the_language(
    tmp_path: Path, database: Path, backups: Path, shipped_forms: FormRegistry
) -> None:  # fmt: skip
    training = parse_form(TRAINING.read_text(encoding="utf-8"), file="training.yaml", stem="training")
    with_training = FormRegistry([*shipped_forms, training])
    with Store.open(tmp_path / "azilal" / "taawun.db", forms=with_training, author="a", device_name="b") as store:
        coop = store.create("cooperative", {"name_ar": "تعاونية الأمل", "sectors": ["olives"]})
        for day in ("2025-05-01", "2025-05-02"):
            store.create("visit", {"cooperative": coop, "visit_date": day, "observations": "زيارة"})
        store.create("training", {"title": "تكوين المسيرين", "held_on": "2025-05-03"})
        gone = store.create("training", {"title": "دورة ملغاة", "held_on": "2025-05-04"})
        store.delete(gone)
        written = backup_database(store, tmp_path)
    backups.mkdir(parents=True, exist_ok=True)
    shutil.move(written, backups / daily_name(database, dt.date(2025, 5, 4)))
    found = newest_sound_backup(database, backups)
    assert found is not None and found.counts == {"cooperative": 1, "visit": 2, "training": 1}  # the deleted: not

    # With the forms of this laptop, in their navigation's order; a form it does not have, by its name.
    assert holdings(found, shipped_forms, "ar") == "التعاونيات 1، الزيارات الميدانية 2، اللقاءات والورشات 0، training 1"
    assert holdings(found, shipped_forms, "fr") == ("coopératives 1, visites de terrain 2, rencontres et ateliers 0, "
                                                    "training 1")  # fmt: skip
    # A laptop that has the fourth form names it with the heading its file declares.
    assert holdings(found, with_training, "en") == ("cooperatives 1, field visits 2, meetings and workshops 0, "
                                                    "trainings 1")  # fmt: skip
    assert holdings(found, with_training, "ar").endswith("، الدورات التكوينية 1")
    # In the sentence the window and the command line show.
    sentence = translate("recovery_backup_found", "fr", date="04/05/2025", holdings=holdings(found, with_training,
                                                                                             "fr"))  # fmt: skip
    assert sentence == ("La sauvegarde saine la plus récente date du 04/05/2025 ; elle contient : coopératives 1, "
                        "visites de terrain 2, rencontres et ateliers 0, formations 1.")  # fmt: skip


def test_an_acronym_heading_keeps_its_capitals_inside_the_sentence(shipped_forms: FormRegistry) -> None:
    ngo = parse_form("form: ngo\nversion: 1\nlabel: {ar: جمعية, fr: ONG, en: NGO}\nsections:\n  - name: main\n"
                     "    label: {ar: أ, fr: A, en: A}\n    fields:\n      - {name: title, type: text, label: {ar: أ, fr: A,"
                     " en: A}}\n", file="ngo.yaml", stem="ngo")  # fmt: skip
    backup = SoundBackup(path=Path("x.db"), made=dt.datetime(2025, 5, 4), has_time=False, counts={"ngo": 2})
    assert holdings(backup, FormRegistry([ngo]), "fr") == "ONG 2"
    assert holdings(backup, FormRegistry([]), "en") == "ngo 2"


def test_copies_made_by_hand_are_offered_only_for_the_data_folders_database(tmp_path: Path, backups: Path,
                                                                           db_files) -> None:  # fmt: skip
    other = small_database(db_files, tmp_path / "azilal.db", ["تعاونية"])
    copy_named(db_files, other, backups, "taawun-2025-05-02-093000-laptop.db")
    assert newest_sound_backup(other, backups) is None
    copy_named(db_files, other, backups, daily_name(other, dt.date(2025, 5, 1)))
    found = newest_sound_backup(other, backups)
    assert found is not None and found.path.name == "azilal-daily-2025-05-01.db"


def test_no_backup_folder_or_only_damaged_backups_means_none(database: Path, backups: Path, db_files) -> None:
    assert newest_sound_backup(database, backups) is None  # the folder does not exist
    truncate(copy_named(db_files, database, backups, daily_name(database, dt.date(2025, 5, 1))))
    assert newest_sound_backup(database, backups) is None


# --- keeping the damaged file aside, restoring ------------------------------------------------------------------


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


def test_the_damaged_file_and_its_write_ahead_log_are_kept_aside_byte_for_byte(database: Path, backups: Path) -> None:
    garbage_pages(database, 1, 1)
    Path(str(database) + "-wal").write_bytes(b"the newest changes, maybe")
    before = _files(database.parent)
    kept = keep_damaged_aside(database, backups, now=dt.datetime(2025, 5, 17, 9, 30, 12))
    assert kept == backups / "taawun-damaged-2025-05-17-093012.db"
    assert kept.read_bytes() == before["taawun.db"]
    assert Path(str(kept) + "-wal").read_bytes() == before["taawun.db-wal"]
    assert _files(database.parent) == {}
    # A second damage the same second: never over the first one.
    database.write_bytes(b"\0" * PAGE)
    again = keep_damaged_aside(database, backups, now=dt.datetime(2025, 5, 17, 9, 30, 12))
    assert again.name == "taawun-damaged-2025-05-17-093012-2.db" and kept.read_bytes() == before["taawun.db"]


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_recovering_puts_the_backup_in_place_and_keeps_the_damaged_file(damage: str, tmp_path: Path, database: Path,
                                                                        backups: Path, db_files) -> None:  # fmt: skip
    older = small_database(db_files, tmp_path / "older.db", ["تعاونية الأمل", "تعاونية النور"])
    copy_named(db_files, older, backups, daily_name(database, dt.date(2025, 5, 1)))
    DAMAGES[damage](database)
    damaged_bytes = database.read_bytes()
    found = newest_sound_backup(database, backups)
    assert found is not None

    done = recover(database, found, backups)

    assert done.kept.parent == backups and done.kept.name.startswith("taawun-damaged-")
    assert done.kept.read_bytes() == damaged_bytes
    assert db_files.cooperatives(database) == {"تعاونية الأمل", "تعاونية النور"}
    with Store.open(database, forms=db_files.forms, author="a", device_name="b") as store:
        assert store.check() == []
    assert (backups / daily_name(database, dt.date(2025, 5, 1))).exists()  # the backup itself stays


def test_a_backup_that_fails_its_checks_at_restore_time_changes_nothing(tmp_path: Path, database: Path,
                                                                        backups: Path, db_files,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    copy_named(db_files, database, backups, daily_name(database, dt.date(2025, 5, 1)))
    found = newest_sound_backup(database, backups)
    assert found is not None
    garbage_pages(database, 1, 1)
    before = _files(database.parent), _files(backups)
    truncate(found.path)  # damaged between the offer and the choice
    damaged_backup = found.path.read_bytes()
    with pytest.raises(DatabaseRejected):
        recover(database, found, backups)
    assert _files(database.parent) == before[0]
    assert _files(backups) == {**before[1], found.path.name: damaged_backup}


def test_a_failed_swap_puts_the_damaged_file_back(database: Path, backups: Path, db_files,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    copy_named(db_files, database, backups, daily_name(database, dt.date(2025, 5, 1)))
    found = newest_sound_backup(database, backups)
    assert found is not None
    zero_header(database)
    damaged_bytes = database.read_bytes()

    def full_disk(prepared: Path, db_path: Path) -> None:
        raise StorageError("db_full")

    monkeypatch.setattr(recovery, "swap_in", full_disk)
    with pytest.raises(StorageError):
        recover(database, found, backups)
    assert database.read_bytes() == damaged_bytes
    assert not list(backups.glob("taawun-damaged-*")) and not [p for p in database.parent.iterdir() if p != database]


def test_the_damaged_file_is_copied_when_the_backups_folder_is_on_another_disk(database: Path, backups: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    import errno

    zero_header(database)
    damaged_bytes = database.read_bytes()

    def cross_device(source: object, target: object) -> None:
        raise OSError(errno.EXDEV, os.strerror(errno.EXDEV))

    monkeypatch.setattr(recovery.os, "rename", cross_device)
    kept = keep_damaged_aside(database, backups)
    assert kept.read_bytes() == damaged_bytes
    assert database.read_bytes() == damaged_bytes  # replaced by the restore next, not deleted here
    assert [p.name for p in backups.iterdir()] == [kept.name]  # no partial copy left
