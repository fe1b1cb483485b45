"""One window per database: a second window, in this process or another, is refused with the reason (in the
user's language, saying where the database is open) and leaves; the first keeps working; the command line still
reads and writes beside the window; a killed window's lock does not block the next start."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLockFile, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import fill

from app.core.forms import load_form_directory
from app.core.messages import translate
from app.db.backup import backup_database
from app.db.demo import load_demo
from app.db.opening import connect_read_only
from app.db.store import Store
from app.db.window_lock import LockHolder, lock_path, read_holder, window_holder
from app.resources import forms_dir
from app.ui import backup_actions, instance_lock
from app.ui.application import WindowController
from app.ui.instance_lock import WindowLock

ROOT = Path(__file__).resolve().parents[2]
HOST = socket.gethostname()


@pytest.fixture
def database(tmp_path: Path, isolated_home: Path) -> Path:
    """The demo event in a database of its own; the agent's names already set (no first-run questions)."""
    (isolated_home / "settings.json").write_text(json.dumps({"author": "فاطمة", "device_name": "حاسوب مريرت"}),
                                                 encoding="utf-8")  # fmt: skip
    path = tmp_path / "data" / "taawun.db"
    path.parent.mkdir()
    with Store.open(path, forms=load_form_directory(forms_dir()), author="فاطمة", device_name="حاسوب مريرت") as store:
        load_demo(store)
    return path


def other_spelling(database: Path) -> Path:
    """The same file, named another way: through a symbolic link to its folder and a `..`."""
    link = database.parent.parent / "link-to-data"
    link.symlink_to(database.parent, target_is_directory=True)
    (database.parent / "sub").mkdir(exist_ok=True)
    return link / "sub" / ".." / database.name


@pytest.fixture
def start(start_windows: Any, answers: Any) -> Any:
    """start_gui with the dialogs replaced (tests/ui/conftest.py)."""
    return start_windows


def app_process(*args: str, home: Path) -> list[str]:
    return [sys.executable, "-m", "app", *args]


def environment(home: Path) -> dict[str, str]:
    return {**os.environ, "TAAWUN_HOME": str(home), "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}


def run_app(*args: str, home: Path, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(app_process(*args, home=home), capture_output=True, text=True, encoding="utf-8",
                          env=environment(home), cwd=ROOT, timeout=timeout)  # fmt: skip


def save_a_workshop(qtbot: QtBot, controller: WindowController, title: str) -> None:
    """Typed into the window and saved with Ctrl+S, as the agent does."""
    window = controller.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.navigation.setCurrentRow(2)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.record_page
    assert page is not None and page.form.name == "workshop"
    fill(qtbot, page.editor, "title", title)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def titles(store: Store) -> set[str]:
    return {record.data["title"] for record in store.records_of("workshop")}


def dump(path: Path) -> list[str]:
    conn = connect_read_only(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


# --- two windows in one process ---------------------------------------------------------------------------------


def test_a_second_window_on_the_same_database_is_refused_and_the_first_keeps_working(
    qtbot: QtBot, start: Any, answers: Any, database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = start(database)
    assert isinstance(first, WindowController)
    spelled = other_spelling(database)

    assert start(spelled, "fr") == 3
    expected = translate("db_open_in_window", "fr", path=str(spelled), pid=os.getpid(), host=HOST)
    assert answers.errors == [expected]
    assert "déjà ouverte dans une autre fenêtre de Taawun" in expected and f"processus {os.getpid()}" in expected
    assert expected in capsys.readouterr().err  # also said on the terminal the window was started from

    first.language.apply("ar")  # the refused start set its language for the whole (shared) application
    save_a_workshop(qtbot, first, "ورشة بعد النافذة الثانية")
    assert "ورشة بعد النافذة الثانية" in titles(first.services.store)
    assert first.window_lock is not None and first.window_lock.held


# --- a second process -------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_second_window_process_is_refused_and_the_command_line_still_writes(
    qtbot: QtBot, start: Any, database: Path, isolated_home: Path
) -> None:
    first = start(database)
    assert isinstance(first, WindowController)
    spelled = other_spelling(database)

    second = run_app("--db", str(spelled), "--lang", "en", "gui", "--smoke", home=isolated_home)
    assert second.returncode == 3, second.stderr
    assert (f"The database {spelled} is already open in another Taawun window (process {os.getpid()} on the "
            f"computer “{HOST}”)") in second.stderr  # fmt: skip

    added = run_app("--db", str(spelled), "add", "workshop", "--set", "title=ورشة من سطر الأوامر", home=isolated_home)
    assert added.returncode == 0, added.stderr
    listed = run_app("--db", str(database), "list", "workshop", home=isolated_home)
    assert listed.returncode == 0 and "ورشة من سطر الأوامر" in listed.stdout

    save_a_workshop(qtbot, first, "ورشة من النافذة")
    assert {"ورشة من سطر الأوامر", "ورشة من النافذة"} <= titles(first.services.store)
    assert first.services.store.check() == []


@pytest.mark.slow
def test_a_window_in_another_process_holds_the_database_until_it_is_killed(
    start: Any, answers: Any, database: Path, isolated_home: Path, tmp_path: Path
) -> None:
    backup = backup_database(database, tmp_path)
    window = subprocess.Popen(app_process("--db", str(database), "--lang", "en", "gui", home=isolated_home),
                              env=environment(isolated_home), cwd=ROOT, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while read_holder(lock_path(database)).pid != window.pid:
            assert window.poll() is None and time.monotonic() < deadline, "the window did not start"
            time.sleep(0.1)
        assert window_holder(database) == LockHolder(window.pid, HOST)

        assert start(database, "en") == 3
        assert answers.errors == [translate("db_open_in_window", "en", path=str(database), pid=window.pid, host=HOST)]

        # `taawun restore` would replace the file under the window: refused at once, nothing changed.
        before = dump(database)
        restore = run_app("--db", str(database), "--lang", "en", "restore", str(backup), "--yes", home=isolated_home)
        assert restore.returncode == 3
        assert "Close the window first" in restore.stderr and f"process {window.pid}" in restore.stderr
        assert dump(database) == before
        assert not list((isolated_home / "backups").glob("*before-restore*"))  # not even a copy of the current one
        # Every other command works beside the window.
        added = run_app("--db", str(database), "add", "cooperative", "--set", "name_ar=تعاونية الواحة",
                        home=isolated_home)  # fmt: skip
        assert added.returncode == 0, added.stderr
    finally:
        window.kill()  # a crash (SIGKILL; TerminateProcess on Windows): the lock file stays behind
        window.wait(timeout=30)
    assert lock_path(database).exists() and read_holder(lock_path(database)).pid == window.pid
    assert window_holder(database) is None  # its process is gone

    after = start(database)
    assert isinstance(after, WindowController)  # the stale lock did not block
    assert "تعاونية الواحة" in {r.data["name_ar"] for r in after.services.store.records_of("cooperative")}
    assert read_holder(lock_path(database)).pid == os.getpid()


# --- the lock's life --------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_the_lock_stays_held_across_the_in_window_restore_and_is_released_at_exit(
    qtbot: QtBot, start: Any, answers: Any, database: Path, isolated_home: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:  # fmt: skip
    backup = backup_database(database, tmp_path)
    first = start(database)
    assert isinstance(first, WindowController)
    qtbot.waitUntil(lambda: not first.runner.busy, timeout=30_000)
    files = backup_actions.BackupFiles
    monkeypatch.setattr(files, "backup_file", classmethod(lambda cls, parent, start: backup))
    monkeypatch.setattr(files, "inform", classmethod(lambda cls, parent, text: None))
    old_window = first.window
    old_window.restore_action.trigger()
    qtbot.waitUntil(lambda: first.window is not old_window, timeout=30_000)
    assert answers.errors == []

    second = run_app("--db", str(database), "gui", "--smoke", home=isolated_home)
    assert second.returncode == 3 and str(os.getpid()) in second.stderr
    assert window_holder(database) == LockHolder(os.getpid(), HOST)

    assert first.window_lock is not None
    first.window_lock.release()  # what run_gui does when the window closes
    assert not lock_path(database).exists() and window_holder(database) is None


def test_run_gui_releases_the_lock_when_the_window_closes(database: Path, qapp: QApplication, answers: Any,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from app.main import run_gui

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert run_gui(db=str(database), lang="ar", author=None, smoke=True) == 0
    assert not lock_path(database).exists()
    lock = WindowLock(database)
    lock.acquire()  # a next window takes it
    assert lock.held
    lock.release()


def test_a_folder_where_the_lock_cannot_be_written_does_not_block_the_window(database: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    class ReadOnlyFolder(QLockFile):
        def tryLock(self, timeout: int = 0) -> bool:  # noqa: N802 - Qt's name
            return False

        def error(self) -> QLockFile.LockError:
            return QLockFile.LockError.PermissionError

    monkeypatch.setattr(instance_lock, "QLockFile", ReadOnlyFolder)
    lock = WindowLock(database)
    lock.acquire()  # no exception: the window opens without the lock
    assert not lock.held and not lock_path(database).exists()


def test_the_command_lines_reader_agrees_with_qt(database: Path, tmp_path: Path) -> None:
    assert window_holder(database) is None
    lock = WindowLock(database)
    lock.acquire()
    try:
        assert window_holder(other_spelling(database)) == LockHolder(os.getpid(), HOST)
    finally:
        lock.release()
    assert window_holder(database) is None
    # A lock written by a process that has ended (its pid is not running): stale for Qt, and for the reader.
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                           encoding="utf-8")  # fmt: skip
    lock_path(database).write_text(f"{ended.stdout.strip()}\npython3\n{HOST}\n", encoding="utf-8")
    assert window_holder(database) is None
    lock = WindowLock(database)
    lock.acquire()
    assert lock.held
    lock.release()
