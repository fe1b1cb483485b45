"""Every main screen at 1280x672 logical pixels (a 1366x768 laptop without its taskbar), in Arabic and in French,
with the demo data: the PNGs are written to $TAAWUN_SCREENSHOTS (or the test's temporary folder) to be looked at.

Screens: the lists of the three forms, a cooperative's page, a visit's page after a failed Finalise, the workshop's
page, search results, a record's history, the USB stick screen after merging a file with a conflict, the settings
and the first-run dialog. Besides writing the pictures, each screen must fit: the window keeps its size, and a
dialog fits the screen."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLayout,
    QMainWindow,
    QStackedWidget,
    QStatusBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import fill

from app.core.forms import load_form_directory
from app.db.demo import demo_id, load_demo
from app.db.store import Store
from app.resources import forms_dir
from app.sync.export import export_package
from app.ui import dialogs
from app.ui.application import WindowController
from app.ui.grid import UNIT
from app.ui.main_window import MainWindow
from app.ui.services import Services

LAPTOP = QSize(1280, 672)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    chosen = Path(os.environ.get("TAAWUN_SCREENSHOTS") or tmp_path / "screens")
    chosen.mkdir(parents=True, exist_ok=True)
    return chosen


@pytest.fixture
def conflict_package(tmp_path: Path, services: Services) -> Path:
    """The demo on this laptop and on another, the same cooperative edited on both: the other's package."""
    load_demo(services.store)
    other = Store.open(tmp_path / "other.db", forms=load_form_directory(forms_dir()), author="Amina",
                       device_name="PC coordination")  # fmt: skip
    try:
        load_demo(other)
        coop = demo_id("cooperative-ifssan")
        services.store.update(coop, {"members_total": 20, "notes": "ملاحظة الوكيلة بعد الزيارة"})
        other.update(coop, {"members_total": 25, "notes": "Note de la coordinatrice après l'atelier"})
        stick = tmp_path / "STICK"
        stick.mkdir()
        return Path(export_package(other, stick).path)
    finally:
        other.close()


class Dialogs:
    """Dialogs built as the window builds them, kept instead of run (exec() would block the test)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[QDialog] = []
        monkeypatch.setattr(QDialog, "exec", lambda dialog: self._keep(dialog))
        # The test fixtures replace the history's `ask`: built again here as the dialog's own `ask` builds it.
        monkeypatch.setattr(dialogs.HistoryDialog, "ask", classmethod(lambda cls, *a, **k: cls(*a, **k).exec()))

    def _keep(self, dialog: QDialog) -> int:
        self.shown.append(dialog)
        return QDialog.DialogCode.Rejected.value

    def last(self) -> QDialog:
        assert self.shown
        return self.shown[-1]


# Layouts Qt builds itself: of these widgets (a stacked widget's pages fill it whole: its layout's margins are not
# used), and anything inside the widgets Qt composes itself.
QT_OWN = (QDialogButtonBox, QStatusBar, QMainWindow, QStackedWidget, QCalendarWidget, QFileDialog)
QT_COMPOSED = (QDialogButtonBox, QStatusBar, QCalendarWidget, QFileDialog)


def off_grid(widget: QWidget) -> list[str]:
    """Our layouts in `widget` whose margins or gaps are not multiples of the grid's unit (app/ui/grid.py)."""
    found = []
    for layout in [widget.layout(), *widget.findChildren(QLayout)]:
        owner = layout.parentWidget() if layout is not None else None
        if layout is None or owner is None or isinstance(owner, QT_OWN):
            continue
        if any(isinstance(parent, QT_COMPOSED) for parent in _parents(owner)):
            continue
        margins = layout.contentsMargins()
        sizes = [margins.left(), margins.top(), margins.right(), margins.bottom()]
        if isinstance(layout, (QFormLayout, QGridLayout)):
            sizes += [layout.horizontalSpacing(), layout.verticalSpacing()]
        else:
            sizes.append(layout.spacing())
        if any(size > 0 and size % UNIT for size in sizes):
            found.append(f"{type(owner).__name__}/{type(layout).__name__}: {sizes}")
    return found


def _parents(widget: QWidget) -> list[QWidget]:
    parents = []
    parent = widget.parentWidget()
    while parent is not None:
        parents.append(parent)
        parent = parent.parentWidget()
    return parents


def shoot(folder: Path, name: str, widget: QWidget) -> None:
    QApplication.processEvents()
    assert widget.grab().save(str(folder / f"{name}.png"))


def test_every_main_screen_at_1280x672(
    qtbot: QtBot, controller: WindowController, services: Services, answers: Any, conflict_package: Path,
    folder: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    shown = Dialogs(monkeypatch)
    answers.unsaved = "discard"  # the visit left unfinished is not kept
    for lang in ("ar", "fr"):
        if lang != controller.services.lang:
            controller.switch_language(lang)
        window = controller.window
        window.resize(LAPTOP)
        for page in window.lists.values():
            page.refresh()
        for name, step in steps(window, services, shown, conflict_package, qtbot):
            widget = step()
            shoot(folder, f"{lang}-{name}", widget)
            assert off_grid(widget) == [], name  # margins and gaps on the grid
            if widget is window:
                assert window.size() == LAPTOP, name
            else:  # a dialog: it fits the screen, and is closed
                assert widget.width() <= LAPTOP.width() and widget.height() <= LAPTOP.height(), name
                widget.close()
        if window.record_page is not None:
            window.leave_record_page()


def steps(window: MainWindow, services: Services, shown: Dialogs, package: Path,
          qtbot: QtBot) -> list[tuple[str, Callable[[], QWidget]]]:  # fmt: skip
    """The screens, each as the step that shows it (and returns the window or the dialog to picture)."""

    def show_list(form: str) -> QWidget:
        window.navigation.setCurrentRow(window.form_names.index(form))
        return window

    def record(form: str) -> QWidget:
        record_id = services.store.conn.execute("SELECT id FROM records WHERE form = ? AND deleted = 0 LIMIT 1",
                                                (form,)).fetchone()[0]  # fmt: skip
        assert window.open_record(record_id) is not None
        return window

    def failed_finalise() -> QWidget:
        page = window.new_record("visit")
        assert page is not None
        fill(qtbot, page.editor, "observations", "ضعف التسويق وقلة التكوين")
        qtbot.mouseClick(page.finalise_button, Qt.MouseButton.LeftButton)
        assert page.summary.isVisible()
        return window

    def history() -> QWidget:
        record("cooperative")
        assert window.record_page is not None
        window.record_page.show_history()
        dialog = shown.last()
        dialog.show()
        return dialog

    def search() -> QWidget:
        window.search_everything()
        window.search_page.box.setText("تعاونية")
        window.search_page.run_search()
        return window

    def stick() -> QWidget:
        window.navigation.setCurrentRow(window.stick_row)
        page = window.sync_page
        page.merge_paths([package])  # merged once (Arabic), again in French: the report says nothing changed
        qtbot.waitUntil(lambda: not page.runner.busy, timeout=30_000)
        page.conflicts.refresh()
        lines = page.report.viewport().height() // page.report.fontMetrics().lineSpacing()
        assert lines >= 6, lines  # the merge report stays readable beside the conflict
        return window

    def settings() -> QWidget:
        window.edit_settings()
        dialog = shown.last()
        dialog.show()
        return dialog

    def first_run() -> QWidget:
        dialogs.IdentityDialog.ask(None, lang=window.services.lang)
        dialog = shown.last()
        dialog.show()
        return dialog

    listed: list[tuple[str, Callable[[], QWidget]]] = [
        (f"list-{form}", lambda form=form: show_list(form)) for form in window.form_names
    ]
    return listed + [("cooperative", lambda: record("cooperative")), ("visit-failed-finalise", failed_finalise),
                     ("workshop", lambda: record("workshop")), ("history", history), ("search", search),
                     ("usb-stick-conflict", stick), ("settings", settings), ("first-run", first_run)]  # fmt: skip
