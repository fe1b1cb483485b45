"""Known conditions in one place: SQLite's errors read by their result code (app/db/sqlite_errors.py), on errors
SQLite really raises; a damaged page met while saving is a damaged database with the way back, not a bug; and the
guards that keep one home for each: no module reads SQLite's words, opens a file read-only by its own URI, or
replaces a file itself."""

from __future__ import annotations

import ast
import datetime as dt
import os
import re
import shlex
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_conditions import busy_error, full_disk_error, read_only_error

from app.cli.program import main
from app.core.errors import DatabaseRejected, StorageError
from app.core.forms import FormRegistry
from app.db.backup import backup_database, daily_name
from app.db.opening import connect_read_only
from app.db.recovery import damage_of
from app.db.sqlite_errors import Condition, condition_of, is_damage, sqlite_failure, storage_error
from app.db.store import Store

ROOT = Path(__file__).resolve().parents[2]
OLIVES = {"sectors": ["olives"]}


def raised(conn: sqlite3.Connection, sql: str) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as caught:
        conn.execute(sql).fetchall()
    return caught.value


# --- the classifier, on errors SQLite raises -------------------------------------------------------------------


def test_the_disk_the_permissions_and_another_writer_are_situations_not_damage(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    for error, condition, code in ((full_disk_error(), Condition.FULL, "db_full"),
                                   (read_only_error(), Condition.READ_ONLY, "db_readonly"),
                                   (busy_error(), Condition.BUSY, "db_busy")):  # fmt: skip
        assert condition_of(error) is condition and not is_damage(error)
        failure = sqlite_failure(error, path)
        assert isinstance(failure, StorageError) and failure.code == code and failure.exit_code == 3


def test_the_extended_code_counts_by_its_primary_code(tmp_path: Path) -> None:
    """A database moved away while open refuses writing with SQLITE_READONLY_DBMOVED (1032): read-only."""
    path = tmp_path / "moved.db"
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("CREATE TABLE t (x)")
        os.rename(path, tmp_path / "elsewhere.db")
        error = raised(conn, "INSERT INTO t VALUES (1)")
    finally:
        conn.close()
    assert (
        error.sqlite_errorcode != sqlite3.SQLITE_READONLY and error.sqlite_errorcode & 0xFF == sqlite3.SQLITE_READONLY
    )
    assert condition_of(error) is Condition.READ_ONLY
    assert storage_error(error, path).code == "db_readonly"


def test_a_file_that_cannot_be_opened_is_not_damage(tmp_path: Path) -> None:
    with pytest.raises(sqlite3.OperationalError) as caught:
        sqlite3.connect(tmp_path / "no such folder" / "x.db")
    assert condition_of(caught.value) is Condition.CANT_OPEN
    failure = storage_error(caught.value, tmp_path / "no such folder" / "x.db")
    assert failure.code == "db_unreadable"  # with room on the disk: not a full disk


def test_damage_is_a_damaged_page_a_file_that_is_not_a_database_or_text_that_is_not_utf8(tmp_path: Path) -> None:
    not_a_database = tmp_path / "noise.db"
    not_a_database.write_bytes(bytes(range(256)) * 16)
    conn = sqlite3.connect(not_a_database)
    try:
        notadb = raised(conn, "SELECT * FROM sqlite_master")
    finally:
        conn.close()
    assert notadb.sqlite_errorcode == sqlite3.SQLITE_NOTADB

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.execute("INSERT INTO t VALUES (CAST(x'ff80' AS TEXT))")
    undecodable = raised(conn, "SELECT x FROM t")
    conn.close()

    for error in (notadb, undecodable):
        assert condition_of(error) is Condition.DAMAGE
        failure = sqlite_failure(error, tmp_path / "x.db")
        assert isinstance(failure, DatabaseRejected) and failure.code == "db_corrupt"
        assert "\udcff" not in failure.params["detail"] and "with text" not in failure.params["detail"]


def test_a_constraint_or_a_statement_of_ours_is_a_bug_left_as_it_is() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x PRIMARY KEY)")
    conn.execute("INSERT INTO t VALUES (1)")
    constraint = raised(conn, "INSERT INTO t VALUES (1)")
    syntax = raised(conn, "SELEC 1")
    conn.close()
    assert condition_of(constraint) is Condition.OTHER and condition_of(syntax) is Condition.OTHER
    assert sqlite_failure(constraint, "x.db") is constraint  # raised as it is: logged with its traceback
    assert damage_of(constraint, "x.db") is None
    assert condition_of(ValueError("database is locked")) is None


# --- a damaged page met while saving ----------------------------------------------------------------------------


def with_cooperatives(database: Path, forms: FormRegistry, count: int) -> None:
    """`count` cooperatives; the write-ahead log folded into the file."""
    with Store.open(database, forms=forms, author="a", device_name="b") as store:
        for number in range(count):
            store.create("cooperative", {"name_ar": f"تعاونية رقم {number}", **OLIVES})
    assert not Path(f"{database}-wal").exists()  # the last connection closed: everything is in the file


def damage_the_last_page_of_the_records(database: Path) -> int:
    """Zero the page type of the records table's last leaf, where the next record goes (SQLITE_CORRUPT when SQLite
    loads it). Opening reads each table's first rows only: it does not meet it. Returns the page's number."""
    conn = sqlite3.connect(database)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'records'").fetchone()[0]
    conn.close()
    data = bytearray(database.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    page, kind = root, data[(root - 1) * page_size]
    assert kind == 0x05  # an interior page: the table has several leaves (the first is not the last)
    while kind == 0x05:  # follow the right-most child down to the leaf
        at = (page - 1) * page_size
        page = int.from_bytes(data[at + 8 : at + 12], "big")
        kind = data[(page - 1) * page_size]
    assert kind == 0x0D  # a table's leaf
    data[(page - 1) * page_size] = 0  # not a b-tree page type
    database.write_bytes(bytes(data))
    return page


def test_a_damaged_page_met_while_saving_is_a_damaged_database_not_a_bug(tmp_path: Path,
                                                                        shipped_forms: FormRegistry) -> None:  # fmt: skip
    database = tmp_path / "taawun.db"
    with_cooperatives(database, shipped_forms, 150)
    damage_the_last_page_of_the_records(database)
    before = database.read_bytes()

    with Store.open(database, forms=shipped_forms, author="a", device_name="b") as store:  # opens: damage unseen
        with pytest.raises(DatabaseRejected) as caught:
            store.create("cooperative", {"name_ar": "تعاونية بعد الضرر", **OLIVES})

    assert caught.value.code == "db_corrupt" and caught.value.exit_code == 3
    assert caught.value.params["path"] == str(database)
    assert damage_of(caught.value, database) is caught.value  # what the window and the command line offer a backup for
    assert database.read_bytes() == before  # the save was rolled back


def test_the_command_line_saving_into_a_damaged_page_prints_the_restore_command(isolated_home: Path,
                                                                               shipped_forms: FormRegistry,
                                                                               capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    database, backups = isolated_home / "taawun.db", isolated_home / "backups"
    backups.mkdir()
    with_cooperatives(database, shipped_forms, 150)
    with Store.open(database, forms=shipped_forms, author="a", device_name="b") as store:
        daily = Path(shutil.move(backup_database(store, backups), backups / daily_name(database, dt.date(2025, 5, 16))))
    damage_the_last_page_of_the_records(database)

    code = main(["--lang", "en", "add", "cooperative", "--set", "name_ar=تعاونية بعد الضرر", "--set", "sectors=olives"])

    captured = capsys.readouterr()
    assert code == 3, captured.err
    lines = captured.err.splitlines()
    assert lines[0].startswith(f"The file {database} is damaged")
    assert lines[1].startswith("The newest sound backup is from 2025-05-16; it holds: cooperatives 150,")
    assert lines[-1].strip() == shlex.join(["taawun", "restore", str(daily)])
    assert captured.out == ""  # no id printed: nothing was saved


# --- one home each: guards over app/ ----------------------------------------------------------------------------

# SQLite's own words for its conditions, as a module matching them would spell them.
SQLITE_WORDS = frozenset({"locked", "busy", "readonly", "read-only", "full", "malformed", "not a database",
                          "could not decode", "disk i/o error", "unable to open", "database is locked",
                          "database or disk is full", "file is not a database", "database disk image is malformed"})  # fmt: skip
_TEXT_METHODS = {"lower", "casefold", "upper", "strip", "startswith", "endswith", "find", "index", "split"}


def _error_names(tree: ast.AST) -> set[str]:
    """Names bound to an exception: `except … as name`, and parameters annotated as an error."""
    names = {node.name for node in ast.walk(tree) if isinstance(node, ast.ExceptHandler) and node.name}
    for node in ast.walk(tree):
        if isinstance(node, ast.arg) and node.annotation is not None and "Error" in ast.unparse(node.annotation):
            names.add(node.arg)
    return names


def _is_error_text(node: ast.AST, errors: set[str], texts: set[str]) -> bool:
    """`str(error)`, `error.args`, anything made of them (`str(error).lower()`), or a name holding such."""
    if isinstance(node, ast.Name):
        return node.id in texts
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("str", "repr"):
        return bool(node.args) and isinstance(node.args[0], ast.Name) and node.args[0].id in errors
    if isinstance(node, ast.Attribute):
        if node.attr == "args" and isinstance(node.value, ast.Name) and node.value.id in errors:
            return True
        return _is_error_text(node.value, errors, texts)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _TEXT_METHODS:
        return _is_error_text(node.func.value, errors, texts)
    if isinstance(node, ast.Subscript):
        return _is_error_text(node.value, errors, texts)
    return False


def sniffing(source: str) -> list[str]:
    """Where `source` reads an error's words to decide what it means: an error's text compared or searched, or
    SQLite's words for its conditions as constants in code (docstrings aside)."""
    tree = ast.parse(source)
    errors = _error_names(tree)
    texts: set[str] = set()
    for node in ast.walk(tree):  # text = str(error).lower()
        if isinstance(node, ast.Assign) and _is_error_text(node.value, errors, texts):
            texts |= {target.id for target in node.targets if isinstance(target, ast.Name)}
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                  and node.body and isinstance(node.body[0], ast.Expr)}  # fmt: skip
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and any(_is_error_text(side, errors, texts)
                                                 for side in (node.left, *node.comparators)):  # fmt: skip
            found.append(f"line {node.lineno}: {ast.unparse(node)}")
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr in ("startswith", "endswith", "find", "index", "count")
              and _is_error_text(node.func.value, errors, texts)):  # fmt: skip
            found.append(f"line {node.lineno}: {ast.unparse(node)}")
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
              and node.value.strip().lower() in SQLITE_WORDS):  # fmt: skip
            found.append(f"line {node.lineno}: {node.value!r}")
    return found


def app_sources() -> list[Path]:
    paths = sorted((ROOT / "app").rglob("*.py"))
    assert len(paths) > 50
    return paths


def test_the_guard_finds_the_ways_an_error_was_read_by_its_words() -> None:
    """What the five functions did before the classifier: each form is found."""
    old = """
def storage_error(error: sqlite3.Error, path) -> StorageError:
    text = str(error).lower()
    if "full" in text:
        return StorageError("db_full")
    if "locked" in str(error).lower() or str(error).startswith("database is"):
        return StorageError("db_busy")

_DAMAGE_WORDS = ("malformed", "not a database")

def write(target):
    try:
        pass
    except sqlite3.Error as failure:
        if any(word in str(failure).lower() for word in ("readonly", "read-only")):
            raise
"""
    found = sniffing(old)
    assert len(found) >= 8, found
    assert any("'malformed'" in line for line in found) and any("startswith" in line for line in found)
    assert sniffing('def f(path: str) -> bool:\n    """Full."""\n    return "x" in str(path)\n') == []


def test_no_module_reads_an_errors_words_to_know_what_it_means() -> None:
    offenders = {path.relative_to(ROOT).as_posix(): found for path in app_sources()
                 if (found := sniffing(path.read_text(encoding="utf-8")))}  # fmt: skip
    assert offenders == {}


def test_only_app_db_read_only_says_how_a_file_is_opened_read_only() -> None:
    read_only = re.compile(
        r"""mode\s*=\s*["']?ro\b|["']mode["']\s*:\s*["']ro["']|["']immutable["']|immutable\s*=\s*1"""
    )
    found = [path.relative_to(ROOT).as_posix() for path in app_sources() if read_only.search(path.read_text("utf-8"))]
    assert found == ["app/db/read_only.py"]


def test_only_app_core_files_replaces_a_file() -> None:
    found = []
    for path in app_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Attribute) and node.attr == "replace" and isinstance(node.value, ast.Name)
                    and node.value.id == "os") or (isinstance(node, ast.ImportFrom) and node.module == "os"
                                                   and any(a.name == "replace" for a in node.names)):  # fmt: skip
                found.append(path.relative_to(ROOT).as_posix())
    assert sorted(set(found)) == ["app/core/files.py"]


def test_a_read_only_connection_cannot_write_and_leaves_no_side_file(tmp_path: Path) -> None:
    """The one read-only URI, through the connection the checks use: immutable without a log beside the file."""
    path = tmp_path / "ملف ?#%.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    reader = connect_read_only(path)
    try:
        error = raised(reader, "INSERT INTO t VALUES (1)")
        assert condition_of(error) is Condition.READ_ONLY
        assert reader.execute("SELECT file FROM pragma_database_list WHERE name = 'main'").fetchone()[0] == str(path)
    finally:
        reader.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
