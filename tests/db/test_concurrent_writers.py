"""Two writers on one database (the window and the command line, or two command lines) never lose an edit.

Before the fix, `Store.update` and `Store.delete` (and a conflict's resolution) read the record's current version
before `BEGIN IMMEDIATE`: an edit another process committed in between was overwritten by a version built on the
older one, with the same version number; and each store kept its own clock, read once at start, so two processes
of one database (one device id) issued the same stamps, or stamps going back. Now whatever a change is based on is
read inside its transaction, and the stored clock is read again there.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.core.clock import Stamp
from app.core.forms import FormRegistry
from app.db.store import Store
from app.sync.conflicts import list_conflicts, resolve_conflict
from app.sync.export import export_package
from app.sync.merge import merge_file

ROOT = Path(__file__).resolve().parents[2]  # the tree whose `app` the writers run
EDITS = 200

# One writer: opens its own store, waits for the signal to start (so the two overlap), edits one field EDITS times.
WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from app.core.forms import load_form_directory
    from app.db.store import Store
    from app.resources import forms_dir

    db, record_id, field, edits, go = sys.argv[1:6]
    with Store.open(db, forms=load_form_directory(forms_dir()), author=field, device_name=field) as store:
        print("ready", flush=True)
        while not Path(go).exists():
            time.sleep(0.005)
        for n in range(int(edits)):
            store.update(record_id, {field: f"{field} {n}"})
    """
)


def versions(store: Store, record_id: str) -> list[tuple[int, str]]:
    return store.conn.execute("SELECT version, hlc FROM history WHERE record_id = ? ORDER BY hlc",
                              (record_id,)).fetchall()  # fmt: skip


def test_two_processes_editing_two_fields_of_one_record_lose_nothing(
    tmp_path: Path, shipped_forms: FormRegistry
) -> None:
    db = tmp_path / "taawun.db"
    with Store.open(db, forms=shipped_forms, author="c", device_name="c") as store:
        record_id = store.create("cooperative", {"name_ar": "تعاونية الأمل"})
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), record_id, field, str(EDITS), str(go)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            encoding="utf-8",
        )  # fmt: skip
        for field in ("products", "president")
    ]
    for writer in writers:
        assert writer.stdout is not None and writer.stdout.readline() == "ready\n", writer.communicate()
    started = time.monotonic()
    go.touch()
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
    print(f"{2 * EDITS} edits by two processes in {time.monotonic() - started:.1f} s")

    with Store.open(db, forms=shipped_forms, author="c", device_name="c") as store:
        history = versions(store, record_id)
        current = store.get(record_id)
        assert store.check() == []
    numbers = [number for number, _ in history]
    stamps = [stamp for _, stamp in history]
    assert len(history) == 2 * EDITS + 1
    assert numbers == list(range(1, 2 * EDITS + 2))  # every version once, and in the order of the stamps
    assert len(set(stamps)) == len(stamps)
    assert current.version == 2 * EDITS + 1 and current.hlc == stamps[-1]
    assert current.data["products"] == f"products {EDITS - 1}"
    assert current.data["president"] == f"president {EDITS - 1}"


@contextmanager
def two_stores(db: Path, forms: FormRegistry) -> Iterator[tuple[Store, Store]]:
    """Two stores on one file, as the window and a command line (each its own connection)."""
    with Store.open(db, forms=forms, author="نافذة", device_name="n") as first:
        with Store.open(db, forms=forms, author="سطر", device_name="s", inspect=False) as second:
            yield first, second


def edited_elsewhere_first(monkeypatch: pytest.MonkeyPatch, store: Store, edit: object) -> None:
    """Make `store`'s next transaction start just after another writer committed `edit()`: the moment where an
    edit based on what was read before the transaction loses the other one."""
    original = store.transaction
    pending = [edit]

    @contextmanager
    def transaction() -> Iterator[None]:
        while pending:
            pending.pop()()  # type: ignore[operator]
        with original():
            yield

    monkeypatch.setattr(store, "transaction", transaction)


def test_an_edit_committed_by_another_writer_just_before_is_kept(
    tmp_path: Path, shipped_forms: FormRegistry, monkeypatch: pytest.MonkeyPatch
) -> None:
    with two_stores(tmp_path / "taawun.db", shipped_forms) as (window, cli):
        record_id = window.create("cooperative", {"name_ar": "تعاونية الأمل"})
        edited_elsewhere_first(monkeypatch, window, lambda: cli.update(record_id, {"products": "زيت"}))
        saved = window.update(record_id, {"president": "فاطمة"})
        assert saved.version == 3 and saved.data["products"] == "زيت" and saved.data["president"] == "فاطمة"
        assert [number for number, _ in versions(window, record_id)] == [1, 2, 3]

        edited_elsewhere_first(monkeypatch, window, lambda: cli.update(record_id, {"products": "عسل"}))
        window.delete(record_id)
        gone = window.get(record_id, include_deleted=True)
        assert gone.deleted and gone.version == 5 and gone.data["products"] == "عسل"
        assert [number for number, _ in versions(window, record_id)] == [1, 2, 3, 4, 5]


def test_a_resolution_is_based_on_the_version_another_writer_just_saved(
    tmp_path: Path, shipped_forms: FormRegistry, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    with two_stores(tmp_path / "a.db", shipped_forms) as (window, cli):
        with Store.open(tmp_path / "b.db", forms=shipped_forms, author="b", device_name="b") as other:
            record_id = window.create("cooperative", {"name_ar": "تعاونية الأمل"})
            assert merge_file(other, export_package(window, stick).path).merged
            window.update(record_id, {"members_total": 12})
            other.update(record_id, {"members_total": 15})
            assert merge_file(window, export_package(other, stick).path).merged
        [conflict] = list_conflicts(window)
        before = window.get(record_id).version
        edited_elsewhere_first(monkeypatch, window, lambda: cli.update(record_id, {"products": "زيت"}))
        done = resolve_conflict(window, conflict.id, keep="mine")
        assert done.record.version == before + 2 and done.closed == 1
        mine = "SELECT version FROM history WHERE record_id = ? AND device = ?"
        numbers = [row[0] for row in window.conn.execute(mine, (record_id, window.device_id))]
        assert len(numbers) == len(set(numbers))  # no version number written twice here


def test_stamps_of_two_writers_of_one_database_are_unique_and_increasing(
    tmp_path: Path, shipped_forms: FormRegistry
) -> None:
    """Both stores share the database's device id. With both laptop clocks stopped at the same millisecond, each
    store's own clock would issue the same stamps as the other's."""
    with two_stores(tmp_path / "taawun.db", shipped_forms) as (window, cli):
        assert window.device_id == cli.device_id
        frozen = max(Stamp.parse(window.clock.last).wall_ms, int(time.time() * 1000)) + 1000
        for store in (window, cli):
            store.clock._now_ms = lambda: frozen
        written = []
        for turn in range(6):
            store = (window, cli)[turn % 2]
            record_id = store.create("cooperative", {"name_ar": f"تعاونية {turn}"})
            written.append(store.get(record_id).hlc)
        assert written == sorted(written) and len(set(written)) == len(written), written
        stored = window.conn.execute("SELECT value FROM meta WHERE key = 'clock'").fetchone()[0]
        assert stored == written[-1]


def test_edits_committed_while_the_check_reads_are_not_problems(tmp_path: Path, shipped_forms: FormRegistry) -> None:
    """`taawun check` while the window saves: before each statement the check runs, another writer commits an
    edit (renaming a cooperative, so its list key and search words change too). Read in separate statements, the
    check saw a record newer than its keys ("list keys: 1 missing or outdated"); read in one snapshot, it sees the
    database as it was when it began, sound."""
    with two_stores(tmp_path / "taawun.db", shipped_forms) as (checker, window):
        ids = [window.create("cooperative", {"name_ar": f"تعاونية {n}", "members_total": n}) for n in range(30)]
        edits: list[str] = []
        failures: list[BaseException] = []

        def edit_first(statement: str) -> None:
            # Not before the statements SQLite runs inside another (FTS5's, shown as "-- ..."): the outer one may
            # hold the write lock; nor before BEGIN/ROLLBACK, which read nothing.
            if failures or statement.startswith("--") or statement.split()[0] in ("BEGIN", "ROLLBACK"):
                return
            try:
                record_id = ids[len(edits) % len(ids)]
                window.update(record_id, {"name_ar": f"تعاونية معدلة {len(edits)}", "products": "زيت"})
                edits.append(statement)
            except BaseException as error:  # noqa: BLE001 - shown by the assertion below
                failures.append(error)

        window.conn.execute("PRAGMA busy_timeout = 2000")  # a writer held back by the check fails fast
        checker.conn.set_trace_callback(edit_first)
        try:
            problems = checker.check()
        finally:
            checker.conn.set_trace_callback(None)
        assert not failures
        assert len(edits) >= 10, edits  # an edit before each read of the check
        assert problems == []
        assert checker.check() == []  # and the database as it is now, all edits committed, is sound too
