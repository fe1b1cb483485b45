"""A window on a real database file, built as `app.main` builds it, with dialogs replaced (never blocking)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from app.core.autosave import AutosaveFolder
from app.core.forms import load_form_directory
from app.core.settings import Settings
from app.db.store import Store
from app.resources import forms_dir
from app.ui import dialogs
from app.ui.application import WindowController
from app.ui.i18n import Language, load_fonts
from app.ui.services import Services


class Answers:
    """What the replaced dialogs answer; tests change them and read what was shown."""

    def __init__(self) -> None:
        self.confirm = True
        self.restore = True
        self.unsaved = "save"
        self.errors: list[str] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    given = Answers()
    monkeypatch.setattr(dialogs.ConfirmDialog, "ask", classmethod(lambda cls, *a, **k: given.confirm))
    monkeypatch.setattr(dialogs.RestoreDialog, "ask", classmethod(lambda cls, *a, **k: given.restore))
    monkeypatch.setattr(dialogs.UnsavedChangesDialog, "ask", classmethod(lambda cls, *a, **k: given.unsaved))
    monkeypatch.setattr(dialogs.MessageDialog, "show_error",
                        classmethod(lambda cls, parent, text: given.errors.append(text)))  # fmt: skip
    monkeypatch.setattr(dialogs.HistoryDialog, "ask", classmethod(lambda cls, *a, **k: None))
    return given


@pytest.fixture
def services(tmp_path: Path, isolated_home: Path) -> Iterator[Services]:
    settings = Settings(author="فاطمة", device_name="حاسوب مريرت")
    store = Store.open(tmp_path / "agent.db", forms=load_form_directory(forms_dir()), author=settings.author,
                       device_name=settings.device_name)  # fmt: skip
    yield Services(store=store, settings=settings, settings_path=isolated_home / "settings.json",
                   autosave=AutosaveFolder(isolated_home / "autosave"), log_path=isolated_home / "logs" / "x.log")  # fmt: skip
    store.close()


@pytest.fixture
def controller(qapp: QApplication, services: Services, answers: Answers) -> Iterator[WindowController]:
    language = Language(qapp)
    load_fonts(qapp)
    made = WindowController(qapp, services, language)
    made.window.resize(1200, 800)
    made.window.show()
    yield made
    made.window.close()
    # Deleted now, not at the interpreter's exit: lambdas and children holding the window make cycles through Qt's
    # connections that Python's collector cannot free, and hundreds of windows would otherwise die at exit.
    made.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    language.apply("ar")


@pytest.fixture
def start_windows(qapp: QApplication, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """`app.main.start_gui` as the program starts it: `run(db, lang)` gives its controller (or its exit code); every
    window it opened is closed at the end, its workers (the daily copy) waited for, its store closed and its window
    lock released."""
    from app.main import start_gui

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # start_gui installs its own: undone after the test
    opened: list[WindowController] = []

    def run(db: Path, lang: str = "ar") -> WindowController | int:
        started = start_gui(db=str(db), lang=lang, author=None)
        if isinstance(started, int):
            return started
        opened.append(started[1])
        return started[1]

    yield run
    for controller in opened:
        controller.window.close()
        qtbot.waitUntil(lambda c=controller: not c.runner.busy, timeout=30_000)  # the daily copy
        controller.services.store.close()
        if controller.window_lock is not None:
            controller.window_lock.release()
        # Deleted now, as the `controller` fixture does: a closed window left to Python's collector is destroyed
        # whenever the collector runs, which may be inside Qt's walk over the top-level widgets of a later test
        # (QApplication.setWindowIcon in start_gui): a crash.
        controller.window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    if opened:
        opened[-1].language.apply("ar")
