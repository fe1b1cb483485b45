"""Laptops on different releases keep exchanging files: the package format's major and minor version.

A newer release is simulated the way it would make its files: a real export of this release, changed by the kind
of migration a minor step allows (columns appended to `history` and `records`, a new table of rows, a plain index,
an empty derived table), its schema version and declared format raised. This release must merge it, keep what it
does not know, and pass it on unchanged in its own next export; a newer major is refused, naming the release to
install; and a newer minor may only add: anything else in such a file is refused.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from cli_run import run_cli
from older_release import release_of_schema

from app.core.bounds import EXTENSION_VALUE_BYTES_MAX
from app.db.extensions import adopt_known_extensions
from app.db.schema import LATEST_VERSION
from app.db.store import Store
from app.sync.export import export_package
from app.sync.merge import merge_file
from app.sync.package import check_package
from app.sync.package_format import FORMAT_MAJOR, FORMAT_MINOR, MINOR_OF_SCHEMA

NEWER_RELEASE = "0.2.0"
MEMBERS = [("device-a", b"\x01\x02\x03", "حاسوب خنيفرة"), ("device-b", b"\x04\x05", "Laptop Azrou ⴰⵣⵔⵓ")]


def sql(path: Path, script: str, params: tuple = ()) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        if params:
            conn.execute(script, params)
        else:
            conn.executescript(script)
    finally:
        conn.close()


def rows(path: Path, query: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


def as_newer_minor(package: Path, *, minor: int = FORMAT_MINOR + 1, extra: str = "") -> None:
    """What the next minor release's export of the same data would hold: its migration only adds."""
    sql(package, f"""
        ALTER TABLE history ADD COLUMN proof BLOB;
        ALTER TABLE records ADD COLUMN proof BLOB;
        CREATE TABLE members (device TEXT PRIMARY KEY, public_key BLOB NOT NULL, name TEXT NOT NULL);
        CREATE INDEX members_by_name ON members (name);
        CREATE TABLE follow_up_pending (record_id TEXT);
        UPDATE history SET proof = CAST('signed ' || hlc AS BLOB);
        UPDATE records SET proof = (SELECT h.proof FROM history h WHERE h.record_id = records.id
                                        AND h.hlc = records.hlc);
        UPDATE meta SET value = '{FORMAT_MAJOR}.{minor}' WHERE key = 'package_format';
        UPDATE meta SET value = '{NEWER_RELEASE}' WHERE key = 'package_release';
        {extra}
        PRAGMA user_version = {LATEST_VERSION + 1};
    """)  # fmt: skip
    conn = sqlite3.connect(package)
    conn.executemany("INSERT INTO members VALUES (?, ?, ?)", MEMBERS)
    conn.commit()
    conn.close()


def proofs(path: Path) -> dict[str, list[tuple]]:
    return {
        "history": rows(path, "SELECT record_id, hlc, proof FROM history ORDER BY record_id, hlc"),
        "records": rows(path, "SELECT id, hlc, proof FROM records ORDER BY id"),
        "members": rows(path, "SELECT device, public_key, name FROM members ORDER BY device"),
    }


def export_to(store: Store, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    return export_package(store, folder).path




@pytest.fixture
def newer_file(laptop: Any, stick: Path, helpers: Any) -> tuple[Store, dict[str, str], Path]:
    """A laptop on the newer release (`newer`), its records, and its export in the newer minor format."""
    newer = laptop("newer")
    coop = helpers.new_cooperative(newer)
    visit = helpers.new_visit(newer, coop, "زيارة المعصرة: 12 عضوة")
    newer.update(coop, {"members_total": 12})
    package = export_package(newer, stick).path
    as_newer_minor(package)
    return newer, {"coop": coop, "visit": visit}, package


def test_an_older_laptop_merges_a_newer_minor_file_and_passes_on_what_it_does_not_know(
    laptop: Any, stick: Path, newer_file: tuple[Store, dict[str, str], Path], tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    newer, ids, package = newer_file
    sent = proofs(package)
    older = laptop("older")
    older.close()
    exit_code, output = run_cli(older.path, capsys, "--lang", "en", "sync", "merge", str(package))
    assert exit_code == 0, output
    assert f"comes from a newer Taawun ({NEWER_RELEASE}, format {FORMAT_MAJOR}.{FORMAT_MINOR + 1})" in output
    kept = len(sent["history"]) + len(sent["records"]) + 3 * len(MEMBERS)
    assert f"{kept} values this version does not know were kept" in output
    older = laptop("older")
    # What it knows is merged as from any laptop: the records, their history, and they stay usable here.
    assert older.get(ids["visit"]) == newer.get(ids["visit"])
    assert older.history(ids["coop"]) == newer.history(ids["coop"])
    assert older.check() == []
    for command in (("list", "cooperative"), ("show", ids["coop"]), ("check",)):
        exit_code, output = run_cli(older.path, capsys, *command)
        assert exit_code == 0, output
    # Its next export carries the newer columns and table, value for value, and says it is in the newer format.
    relayed = export_to(older, tmp_path / "relayed")
    assert proofs(relayed) == sent
    manifest = check_package(relayed)
    assert manifest.format == f"{FORMAT_MAJOR}.{FORMAT_MINOR + 1}" and manifest.counts["history"] == 3
    assert rows(relayed, "SELECT name FROM sqlite_master WHERE name = 'follow_up_pending'") == []  # derived: empty
    # A third laptop on this release, which only ever meets the older one, passes it on too.
    third = laptop("third")
    outcome = merge_file(third, relayed)
    assert outcome.merged, outcome.rejection and outcome.rejection.message("en")
    assert proofs(export_to(third, tmp_path / "third")) == sent


def test_a_version_made_here_after_the_merge_carries_no_value_it_never_had(
    laptop: Any, stick: Path, newer_file: tuple[Store, dict[str, str], Path], tmp_path: Path
) -> None:
    newer, ids, package = newer_file
    older = laptop("older")
    assert merge_file(older, package).merged
    older.update(ids["coop"], {"members_total": 14})  # a new version of this release: unsigned
    relayed = export_to(older, tmp_path / "relayed")
    current = rows(relayed, f"SELECT hlc, proof FROM records WHERE id = '{ids['coop']}'")
    assert current == [(older.get(ids["coop"]).hlc, None)]
    history = dict(rows(relayed, f"SELECT hlc, proof FROM history WHERE record_id = '{ids['coop']}'"))
    assert sorted(history.values(), key=lambda v: v or b"") == [None, *sorted(
        s for r, _, s in proofs(package)["history"] if r == ids["coop"])]  # fmt: skip


def test_merging_a_newer_file_again_or_its_relay_keeps_each_value_once(
    laptop: Any, stick: Path, newer_file: tuple[Store, dict[str, str], Path], tmp_path: Path, helpers: Any
) -> None:
    _, _, package = newer_file
    older = laptop("older")
    first = merge_file(older, package)
    assert first.merged and first.counts is not None and first.counts.kept_unknown > 0
    kept = rows(older.path, "SELECT * FROM extension_cells ORDER BY 1, 2, 3")
    before = helpers.dump(older.path)
    again = merge_file(older, package)
    assert again.merged and again.counts is not None and again.counts.kept_unknown == 0
    relay = export_to(older, tmp_path / "relay")
    assert merge_file(older, relay).merged
    assert rows(older.path, "SELECT * FROM extension_cells ORDER BY 1, 2, 3") == kept
    assert helpers.dump(older.path) == before


def test_a_newer_major_format_is_refused_naming_the_release_to_install(
    laptop: Any, newer_file: tuple[Store, dict[str, str], Path], helpers: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, package = newer_file
    sql(package, f"UPDATE meta SET value = '{FORMAT_MAJOR + 1}.0' WHERE key = 'package_format';"
                 " UPDATE meta SET value = '3.0.0' WHERE key = 'package_release';")  # fmt: skip
    older = laptop("older")
    before = helpers.dump(older.path)
    older.close()
    for lang, expected in (("en", "Install Taawun 3.0.0 or later"), ("fr", "Installez Taawun 3.0.0 ou plus"),
                           ("ar", "ثبت تعاون 3.0.0 أو أحدث")):  # fmt: skip
        exit_code, output = run_cli(older.path, capsys, "--lang", lang, "sync", "merge", str(package))
        assert exit_code == 3, output
        assert expected in output and f"{FORMAT_MAJOR + 1}.0" in output
    assert helpers.dump(older.path) == before


def test_a_newer_schema_that_declares_no_newer_format_is_refused_as_newer(
    laptop: Any, stick: Path, helpers: Any
) -> None:
    source = laptop("source")
    helpers.new_cooperative(source)
    package = export_package(source, stick).path
    sql(package, f"ALTER TABLE history ADD COLUMN proof BLOB; PRAGMA user_version = {LATEST_VERSION + 1};")
    outcome = merge_file(laptop("older"), package)
    assert outcome.rejection is not None and outcome.rejection.code == "db_newer"


HOSTILE_ADDITIONS = {
    "trigger": "CREATE TRIGGER wipe AFTER INSERT ON members BEGIN DELETE FROM history; END;",
    "view": "CREATE VIEW everything AS SELECT * FROM records;",
    "expression index": "CREATE INDEX by_length ON history (length(data));",
    "partial index": "CREATE INDEX some_members ON members (name) WHERE name > 'a';",
    "virtual table": "CREATE VIRTUAL TABLE notes USING fts5(text);",
    "generated column": "ALTER TABLE photos ADD COLUMN twice INTEGER GENERATED ALWAYS AS (size * 2) VIRTUAL;",
    "odd column name": 'ALTER TABLE history ADD COLUMN "x; DROP TABLE records" TEXT;',
    "odd table name": 'CREATE TABLE "Members Two" (x TEXT);',
    "expression default": "CREATE TABLE stamps (at TEXT DEFAULT (datetime('now')));",
    "known column altered": "DROP INDEX members_by_name; ALTER TABLE records RENAME COLUMN author TO writer;",
    "known table dropped": "DROP TABLE conflicts;",
}


@pytest.mark.parametrize("addition", sorted(HOSTILE_ADDITIONS))
def test_a_newer_minor_file_may_only_add(laptop: Any, stick: Path, helpers: Any, addition: str) -> None:
    source = laptop("source")
    helpers.new_cooperative(source)
    package = export_package(source, stick).path
    as_newer_minor(package, extra=HOSTILE_ADDITIONS[addition])
    older = laptop("older")
    before = helpers.dump(older.path)
    outcome = merge_file(older, package)
    assert outcome.rejection is not None, addition
    assert outcome.rejection.code in ("sync_schema_mismatch", "db_corrupt"), outcome.rejection.message("en")
    assert helpers.dump(older.path) == before


def test_a_value_beyond_the_bound_of_kept_values_refuses_the_file(laptop: Any, stick: Path, helpers: Any) -> None:
    source = laptop("source")
    helpers.new_cooperative(source)
    package = export_package(source, stick).path
    as_newer_minor(package)
    sql(package, "UPDATE members SET public_key = zeroblob(?) WHERE device = 'device-a'",
        (EXTENSION_VALUE_BYTES_MAX + 1,))  # fmt: skip
    older = laptop("older")
    before = helpers.dump(older.path)
    outcome = merge_file(older, package)
    assert outcome.rejection is not None and "members.public_key" in outcome.rejection.message("en")
    assert helpers.dump(older.path) == before


def test_a_release_that_learns_a_kept_column_adopts_its_values(
    laptop: Any, newer_file: tuple[Store, dict[str, str], Path]
) -> None:
    """What the migration of the release that adds `proof` finds: the values kept meanwhile move in."""
    _, _, package = newer_file
    older = laptop("older")
    assert merge_file(older, package).merged
    older.close()
    sql(older.path, "ALTER TABLE history ADD COLUMN proof BLOB")  # the next release's migration
    conn = sqlite3.connect(older.path, isolation_level=None)
    try:
        adopt_known_extensions(conn)
        assert conn.execute("SELECT record_id, hlc, proof FROM history ORDER BY record_id, hlc").fetchall() == (
            proofs(package)["history"])  # fmt: skip
        left = conn.execute("SELECT DISTINCT table_name, column_name FROM extension_cells ORDER BY 1, 2").fetchall()
        assert left == [("members", "device"), ("members", "name"), ("members", "public_key"),
                        ("records", "proof")]  # fmt: skip
    finally:
        conn.close()


def test_every_schema_version_from_5_on_declares_its_format_minor() -> None:
    """A new migration must say which format it writes: a minor step (only additions) or a new major."""
    assert MINOR_OF_SCHEMA[LATEST_VERSION] == FORMAT_MINOR
    assert sorted(MINOR_OF_SCHEMA) == list(range(5, LATEST_VERSION + 1))


# --- the minor step of migration 6: history.origin (format 1.1), across a laptop of schema 5 ---------------------

IMPORTED = ("cooperatives.xlsx:3", "تعاونيات ⴰⵎⴰⵍ.xlsx:12")


def origins(path: Path) -> list[tuple]:
    return rows(path, "SELECT record_id, hlc, origin FROM history ORDER BY record_id, hlc")


def test_a_laptop_of_schema_5_keeps_the_origin_of_versions_and_passes_it_on(
    laptop: Any, stick: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:  # fmt: skip
    newer = laptop("newer")
    coop = newer.create("cooperative", {"name_ar": "تعاونية الأمل", "sectors": ["olives"]}, origin=IMPORTED[0])
    newer.update(coop, {"members_total": 12}, origin=IMPORTED[1])
    newer.update(coop, {"members_total": 13})  # typed here: no origin
    package = export_package(newer, stick).path
    sent = origins(package)
    assert [origin for _, _, origin in sent] == [*IMPORTED, None]
    assert check_package(package).format == f"{FORMAT_MAJOR}.{FORMAT_MINOR}"
    assert rows(package, "PRAGMA user_version") == [(LATEST_VERSION,)]
    with release_of_schema(monkeypatch, 5):
        older = laptop("older")
        assert rows(older.path, "PRAGMA user_version") == [(5,)]
        assert "origin" not in {row[1] for row in rows(older.path, "PRAGMA table_xinfo(history)")}
        older.close()
        exit_code, output = run_cli(older.path, capsys, "--lang", "en", "sync", "merge", str(package))
        assert exit_code == 0, output
        assert f"format {FORMAT_MAJOR}.{FORMAT_MINOR}" in output
        assert "2 values this version does not know were kept" in output  # the later tables travel empty here
        older = laptop("older")
        assert [v.origin for v in older.history(coop)] == [None, None, None]  # it cannot show what it does not know
        assert [v.data for v in older.history(coop)] == [v.data for v in newer.history(coop)]
        relayed = export_to(older, tmp_path / "relayed")
        older.close()
    # Its export is of schema 5, in the newer format: the origins travel as the column it kept.
    assert rows(relayed, "PRAGMA user_version") == [(5,)]
    assert check_package(relayed).format == f"{FORMAT_MAJOR}.{FORMAT_MINOR}"
    assert origins(relayed) == sent
    # A laptop of this release that only meets the older one gets them back, as its own column.
    third = laptop("third")
    outcome = merge_file(third, relayed)
    assert outcome.merged and outcome.counts is not None, outcome.rejection and outcome.rejection.message("en")
    assert outcome.counts.kept_unknown == 0 and rows(third.path, "SELECT count(*) FROM extension_cells") == [(0,)]
    assert third.history(coop) == newer.history(coop) and origins(third.path) == sent
    # The older laptop, once updated to this release, adopts what it kept (migrations 6 and 7, then the adoption).
    updated = laptop("older")
    assert origins(updated.path) == sent and rows(updated.path, "SELECT count(*) FROM extension_cells") == [(0,)]
    assert [v.origin for v in updated.history(coop)] == [*IMPORTED, None]
    assert check_package(export_to(updated, tmp_path / "updated")).format == f"{FORMAT_MAJOR}.{FORMAT_MINOR}"


def test_a_version_whose_origin_differs_under_the_same_stamp_is_a_clash(laptop: Any, stick: Path,
                                                                       helpers: Any) -> None:  # fmt: skip
    source, other = laptop("source"), laptop("other")
    coop = source.create("cooperative", {"name_ar": "تعاونية الأمل"}, origin=IMPORTED[0])
    assert merge_file(other, export_package(source, stick).path).merged
    package = export_to(source, stick / "again")
    sql(package, "UPDATE history SET origin = 'another.xlsx:4' WHERE record_id = ?", (coop,))
    before = helpers.dump(other.path)
    outcome = merge_file(other, package)
    assert outcome.rejection is not None and outcome.rejection.code == "sync_version_clash"
    assert helpers.dump(other.path) == before
