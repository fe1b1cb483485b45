"""Files that must not be merged: each is refused with its own message in every language (exit 3), the database
is left exactly as it was (one line in the sync log aside), and the file itself is not touched."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cli_run import run_cli

from app.core.errors import PackageRejected
from app.db.schema import LATEST_VERSION
from app.db.store import Store
from app.sync.export import export_package
from app.sync.merge import merge_file
from app.sync.sync_log import recent_entries

PICTURE = b"\xff\xd8\xff the cooperative's sign"
DIGEST = hashlib.sha256(PICTURE).hexdigest()


def fingerprint(path: Path) -> tuple[str, list[str]]:
    siblings = sorted(p.name for p in path.parent.iterdir())
    return hashlib.sha256(path.read_bytes()).hexdigest(), siblings


def sql(path: Path, *statements: str, params: tuple = ()) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement, params if "?" in statement else ())
        conn.commit()
    finally:
        conn.close()


def set_record(path: Path, record_id: str, change: Callable[[dict[str, Any]], None]) -> None:
    """Alter a record's current data in the file, in both tables, so the file stays self-consistent."""
    conn = sqlite3.connect(path)
    data = json.loads(conn.execute("SELECT data FROM records WHERE id = ?", (record_id,)).fetchone()[0])
    change(data)
    text = json.dumps(data, ensure_ascii=False)
    hlc = conn.execute("SELECT hlc FROM records WHERE id = ?", (record_id,)).fetchone()[0]
    conn.execute("UPDATE records SET data = ? WHERE id = ?", (text, record_id))
    conn.execute("UPDATE history SET data = ? WHERE record_id = ? AND hlc = ?", (text, record_id, hlc))
    conn.commit()
    conn.close()


class Peer:
    """A package from another laptop holding a cooperative, a visit with a photo and a draft visit."""

    def __init__(self, store: Store, stick: Path) -> None:
        self.coop = store.create("cooperative", {"name_ar": "تعاونية الأمل", "phone": "0612345678"})
        self.visit = store.create("visit", {"cooperative": self.coop, "visit_date": "2025-05-17",
                                            "observations": "ملاحظة", "photos": [{"sha256": DIGEST}]},
                                  new_photos=[(PICTURE, "image/jpeg")])  # fmt: skip
        self.draft = store.create("visit", {"cooperative": self.coop, "visit_date": "17/05/20"}, draft=True)
        self.package = export_package(store, stick).path


def not_sqlite(p: Path, peer: Peer) -> None:
    p.write_text("ملاحظات الزيارة\nnot a database\n" * 50, encoding="utf-8")


def empty(p: Path, peer: Peer) -> None:
    p.write_bytes(b"")


def truncated(p: Path, peer: Peer) -> None:  # the stick pulled out while copying
    content = p.read_bytes()
    p.write_bytes(content[: len(content) // 2 // 4096 * 4096])


def another_application(p: Path, peer: Peer) -> None:
    p.unlink()
    sql(p, "CREATE TABLE songs (title TEXT)", "INSERT INTO songs VALUES ('x')")


def blank_sqlite(p: Path, peer: Peer) -> None:  # a valid SQLite file with nothing in it (not zero bytes)
    p.unlink()
    sql(p, "CREATE TABLE t (x)", "DROP TABLE t")


def newer_taawun(p: Path, peer: Peer) -> None:
    sql(p, f"PRAGMA user_version = {LATEST_VERSION + 1}")


def extra_table(p: Path, peer: Peer) -> None:
    sql(p, "CREATE TABLE notes (text TEXT)")


def trigger(p: Path, peer: Peer) -> None:
    sql(p, "CREATE TRIGGER wipe AFTER INSERT ON records BEGIN DELETE FROM history; END")


def view(p: Path, peer: Peer) -> None:
    sql(p, "CREATE VIEW everything AS SELECT * FROM records")


def altered_column(p: Path, peer: Peer) -> None:
    sql(p, "ALTER TABLE records ADD COLUMN owner TEXT")


def missing_required_field(p: Path, peer: Peer) -> None:
    set_record(p, peer.visit, lambda data: data.pop("observations"))


def value_not_as_stored(p: Path, peer: Peer) -> None:
    set_record(p, peer.coop, lambda data: data.update(phone="06 12 34 56 78"))


def draft_with_unknown_field(p: Path, peer: Peer) -> None:
    set_record(p, peer.draft, lambda data: data.update(secret="x"))


def dangling_reference(p: Path, peer: Peer) -> None:
    set_record(p, peer.visit, lambda data: data.update(cooperative=str(uuid.uuid4())))


def damaged_photo(p: Path, peer: Peer) -> None:
    sql(p, "UPDATE photos SET content = ?", params=(PICTURE.replace(b"sign", b"SIGN"),))


def counts_off(p: Path, peer: Peer) -> None:
    sql(p, "UPDATE meta SET value = replace(value, '\"history\": ', '\"history\": 1') WHERE key = 'package_counts'")


def record_not_in_history(p: Path, peer: Peer) -> None:
    sql(p, "UPDATE records SET data = '{}' WHERE id = ?", params=(peer.coop,))


def form_changed_without_new_version(p: Path, peer: Peer) -> None:
    conn = sqlite3.connect(p)
    source = conn.execute("SELECT source FROM form_definitions WHERE name = 'visit'").fetchone()[0]
    source = source.replace("Field visit", "Visit", 1)
    digest = hashlib.sha256(source.encode()).hexdigest()
    conn.execute("UPDATE form_definitions SET source = ?, digest = ? WHERE name = 'visit'", (source, digest))
    conn.commit()
    conn.close()


def broken_form(p: Path, peer: Peer) -> None:
    sql(p, "UPDATE form_definitions SET source = 'form: [' WHERE name = 'workshop'")


CASES = [
    (not_sqlite, "db_not_sqlite"),
    (empty, "sync_empty_file"),
    (truncated, "db_corrupt"),
    (another_application, "db_foreign"),
    (blank_sqlite, "db_foreign"),
    (newer_taawun, "db_newer"),
    (extra_table, "sync_schema_mismatch"),
    (trigger, "sync_schema_mismatch"),
    (view, "sync_schema_mismatch"),
    (altered_column, "sync_schema_mismatch"),
    (missing_required_field, "sync_invalid_record"),
    (value_not_as_stored, "sync_invalid_record"),
    (draft_with_unknown_field, "sync_invalid_record"),
    (dangling_reference, "sync_bad_reference"),
    (damaged_photo, "sync_photo_mismatch"),
    (counts_off, "sync_manifest_mismatch"),
    (record_not_in_history, "sync_inconsistent"),
    (form_changed_without_new_version, "sync_form_mismatch"),
    (broken_form, "sync_bad_form"),
]


@pytest.fixture
def local(laptop: Any) -> Store:
    """This laptop, with records of its own and one earlier merge behind it."""
    store = laptop("local")
    coop = store.create("cooperative", {"name_ar": "تعاونية النور"})
    store.create("visit", {"cooperative": coop, "visit_date": "2025-05-18", "observations": "زيارة"})
    return store


@pytest.mark.parametrize(("corrupt", "code"), CASES, ids=[c[0].__name__ for c in CASES])
def test_a_bad_file_is_refused_with_its_message_and_changes_nothing(
    local: Store, laptop: Any, stick: Path, helpers: Any, capsys: pytest.CaptureFixture[str],
    corrupt: Callable[[Path, Peer], None], code: str,
) -> None:  # fmt: skip
    peer = Peer(laptop("peer"), stick)
    corrupt(peer.package, peer)
    before, file_before = helpers.dump(local.path), fingerprint(peer.package)
    for lang in ("ar", "fr", "en"):
        exit_code, output = run_cli(local.path, capsys, "--lang", lang, "sync", "merge", str(peer.package))
        assert exit_code == 3, output
        entry = recent_entries(local.conn, limit=1)[0]
        assert (entry.outcome, entry.reason_code) == ("rejected", code)
        for line in entry.reason(lang).splitlines():
            assert line in output  # the reason printed is the one logged, in the chosen language
        assert str(peer.package) in output
    assert helpers.dump(local.path) == before
    assert helpers.sync_log(local.path) == [("rejected", code)] * 3
    assert fingerprint(peer.package) == file_before


def test_an_invalid_record_is_named_with_its_field(local: Store, laptop: Any, stick: Path) -> None:
    peer = Peer(laptop("peer"), stick)
    missing_required_field(peer.package, peer)
    outcome = merge_file(local, peer.package)
    assert outcome.rejection is not None
    assert peer.visit in outcome.rejection.message("en")
    assert "Observations" in outcome.rejection.message("en") and "الملاحظات" in outcome.rejection.message("ar")


def test_a_version_clash_is_refused(local: Store, laptop: Any, stick: Path, helpers: Any) -> None:
    """Two versions under one stamp (a copied data folder): keeping either silently would lose the other."""
    peer = Peer(laptop("peer"), stick)
    assert merge_file(local, peer.package).merged
    altered = stick / "altered.taawun"
    shutil.copy(peer.package, altered)
    set_record(altered, peer.coop, lambda data: data.update(name_ar="تعاونية أخرى"))
    before = helpers.dump(local.path)
    outcome = merge_file(local, altered)
    assert outcome.rejection is not None and outcome.rejection.code == "sync_version_clash"
    assert helpers.dump(local.path) == before


def test_good_files_given_with_a_bad_one_are_still_merged(
    local: Store, laptop: Any, stick: Path, helpers: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    peer = Peer(laptop("peer"), stick)
    bad = stick / "bad.taawun"
    bad.write_text("not a database", encoding="utf-8")
    missing = stick / "gone.taawun"
    exit_code, output = run_cli(local.path, capsys, "--lang", "en", "sync", "merge", str(bad), str(peer.package),
                                str(missing))  # fmt: skip
    assert exit_code == 3
    assert "Files merged: 1 · rejected: 2" in output
    assert helpers.sync_log(local.path) == [
        ("rejected", "db_not_sqlite"),
        ("merged", None),
        ("rejected", "db_unreadable"),
    ]
    assert local.get(peer.visit).data["observations"] == "ملاحظة"
    # The sync log keeps both, and reads in any language.
    exit_code, output = run_cli(local.path, capsys, "--lang", "fr", "sync", "log")
    assert exit_code == 0
    assert f"{peer.package} : fusionné (de peer)" in output and "nouvelles : 3" in output
    assert f"{bad} : refusé" in output and "n'est pas une base Taawun" in output


def test_the_same_file_twice_and_the_laptops_own_file_are_accepted_and_change_nothing(
    local: Store, laptop: Any, stick: Path, helpers: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    peer = Peer(laptop("peer"), stick)
    assert run_cli(local.path, capsys, "sync", "merge", str(peer.package))[0] == 0
    before = helpers.dump(local.path)
    exit_code, output = run_cli(local.path, capsys, "--lang", "en", "sync", "merge", str(peer.package))
    assert exit_code == 0 and "Nothing new in this file" in output
    assert helpers.dump(local.path) == before
    own = export_package(local, stick).path
    exit_code, output = run_cli(local.path, capsys, "--lang", "fr", "sync", "merge", str(own))
    assert exit_code == 0 and "Ce fichier vient de cet ordinateur" in output
    assert helpers.dump(local.path) == before


def test_the_command_keys_and_indexes_a_large_merge_before_it_exits(
    local: Store, laptop: Any, stick: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """More records than are keyed inside the merge's transaction (limits lowered here): `taawun sync merge` makes
    the lists' keys and the search index before it exits, so the window opens with nothing left to do."""
    from app.db import list_keys, search_index

    monkeypatch.setattr(list_keys, "INLINE_AT_MOST", 1)
    monkeypatch.setattr(search_index, "INLINE_AT_MOST", 1)
    peer = Peer(laptop("peer"), stick)
    exit_code, output = run_cli(local.path, capsys, "--lang", "en", "sync", "merge", str(peer.package))
    assert exit_code == 0 and "indexing the merged records for search" in output
    conn = sqlite3.connect(local.path)
    try:
        assert conn.execute("SELECT count(*) FROM list_pending").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM search_pending").fetchone() == (0,)
    finally:
        conn.close()


def test_a_refusal_met_in_the_middle_of_a_batch_keeps_its_reason(local: Store, laptop: Any, stick: Path) -> None:
    """The validation reads the new versions in batches; a refusal in the middle of one leaves that query reading
    the file, which SQLite then cannot detach yet: the refusal is still the one said (not "database incoming is
    locked"), and the next merge on the connection works."""
    from app.sync.merge_package import check_and_merge

    peer = Peer(laptop("peer"), stick)
    dangling_reference(peer.package, peer)
    with pytest.raises(PackageRejected) as refused:
        check_and_merge(local, peer.package, log_file="test", batch_size=1)
    assert refused.value.code == "sync_bad_reference"
    (stick.parent / "clean").mkdir()
    clean = Peer(laptop("clean"), stick.parent / "clean")
    assert merge_file(local, clean.package).merged
