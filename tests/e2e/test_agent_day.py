"""The soak test: a field agent's day in the real window (offscreen), typed key by key.

Fifty visits, each typed into the form (Latin letters and digits with `QTest.keyClicks`, Arabic with key events
carrying the text, as an Arabic keyboard layout delivers them), with two recommendations and a photo; the
autosave timer fires on each; every fifth visit is saved as a draft, left, reopened from the list and finished;
the interface switches language three times during the day (ar → fr → en → ar), each time with a visit half typed;
Ctrl+F searches; a visit is exported as a PDF; a package from another laptop is merged on the USB stick screen.

At the end the database is sound (`PRAGMA integrity_check`, `Store.check()`), nothing logged a Qt warning
(pytest-qt fails the test on one), and the process's memory (RSS) is within 1.5 times what it was after the first
visit: pages, editors and windows that are left are deleted, not kept alive by a connection.
"""

from __future__ import annotations

import gc
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

try:
    import resource
except ImportError:  # Windows: the working set is asked of the system instead (rss_kib)
    resource = None  # type: ignore[assignment]

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import text_input, type_text

from app.core.forms import load_form_directory
from app.db.store import Store
from app.resources import forms_dir
from app.sync.export import export_package
from app.ui import dialogs, record_page, report_export, sync_page
from app.ui.application import WindowController
from app.ui.forms.photos import PhotosWidget
from app.ui.main_window import MainWindow
from app.ui.record_page import RecordPage
from app.ui.services import Services

pytestmark = pytest.mark.slow

VISITS = 50
SWITCHES = {13: "fr", 26: "en", 39: "ar"}  # the visit during which the agent changes the interface's language
SEARCH_EVERY = 10
PDF_AT = 20
MERGE_AT = 30
COOPERATIVES = ("تعاونية النور للكسكس", "تعاونية أمل للحليب", "Coopérative Tifawin")


def rss_kib() -> int:
    """The process's resident memory now (VmRSS); where /proc is missing, the peak so far (getrusage)."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    if resource is not None:
        return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    return _windows_working_set_kib()


def _windows_working_set_kib() -> int:
    """The process's working set (its resident memory on Windows), from K32GetProcessMemoryInfo."""
    import ctypes
    from ctypes import wintypes

    class Counters(ctypes.Structure):  # PROCESS_MEMORY_COUNTERS
        _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD)] + [
            (name, ctypes.c_size_t) for name in ("PeakWorkingSetSize", "WorkingSetSize", "QuotaPeakPagedPoolUsage",
            "QuotaPagedPoolUsage", "QuotaPeakNonPagedPoolUsage", "QuotaNonPagedPoolUsage", "PagefileUsage",
            "PeakPagefileUsage")]  # fmt: skip

    counters = Counters()
    counters.cb = ctypes.sizeof(counters)
    kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    if not kernel32.K32GetProcessMemoryInfo(kernel32.GetCurrentProcess(), ctypes.byref(counters), counters.cb):
        raise OSError("K32GetProcessMemoryInfo failed")
    return int(counters.WorkingSetSize) // 1024


def build_every_page(window: MainWindow) -> None:
    """Every page of the window built (each is built when first shown): the widgets counted after the first visit
    and at the end are then those of the same pages, and what is left over is what was left behind."""
    pages = [*(window.lists[form] for form in window.lists), window.sync_page, window.search_page]
    assert all(window.stack.indexOf(page) >= 0 for page in pages)


def settle(qapp: QApplication) -> None:
    """What the event loop does between two user actions: pending events, then deletions asked with deleteLater."""
    qapp.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Click into a box and type: Latin text with QTest.keyClicks (it aborts on anything else), Arabic and line
    breaks as key events carrying the text."""
    widget.setFocus()
    if text.isascii() and text.isprintable():
        qtbot.keyClicks(widget, text)
    else:
        type_text(widget, text)


def picture(folder: Path, number: int) -> Path:
    image = QImage(160, 120, QImage.Format.Format_RGB32)
    image.fill(QColor.fromHsv((number * 37) % 360, 160, 200))
    path = folder / f"visit-{number:02d}.png"
    assert image.save(str(path))
    return path


class Day:
    """The agent's actions, through the window's widgets, and what they expect to find saved."""

    def __init__(self, qtbot: QtBot, qapp: QApplication, controller: WindowController, pictures: Path) -> None:
        self.qtbot = qtbot
        self.qapp = qapp
        self.controller = controller
        self.pictures = pictures
        self.expected: dict[str, dict[str, Any]] = {}  # visit id -> its data as saved
        self.photo: list[str] = []  # what the file dialog answers next

    @property
    def window(self) -> MainWindow:
        return self.controller.window

    @property
    def services(self) -> Services:
        return self.controller.services

    def page(self) -> RecordPage:
        page = self.window.record_page
        assert page is not None
        return page

    def click(self, widget: QWidget) -> None:
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def open(self, record_id: str) -> RecordPage:
        page = self.window.open_record(record_id)
        assert page is not None and self.window.record_page is page
        return page

    def new_cooperative(self, name: str) -> str:
        self.qtbot.keyClick(self.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        page = self.page()
        assert page.form.name == "cooperative"
        type_into(self.qtbot, text_input(page.editor.field_widget("name_ar")), name)
        type_into(self.qtbot, text_input(page.editor.field_widget("members_total")), "٣٢")
        self.click(page.finalise_button)
        assert page.record_id is not None and not page.dirty
        self.click(page.back_button)
        return page.record_id

    def switch_language(self, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
        """File › Settings…, another language, OK: the window is rebuilt in that language at once."""
        settings = self.services.settings
        answer = {"language": lang, "author": settings.effective_author, "organisation": settings.organisation,
                  "device_name": settings.effective_device_name, "backup_keep_days": settings.backup_keep_days}  # fmt: skip
        monkeypatch.setattr(dialogs.SettingsDialog, "ask", classmethod(lambda cls, parent, **current: answer))
        old = self.window
        old.settings_action.trigger()
        assert self.window is not old and self.services.lang == lang
        settle(self.qapp)
        headings = {"ar": "التعاونيات", "fr": "Coopératives", "en": "Cooperatives"}  # the list of the form, plural
        assert self.window.navigation.item(0).text() == headings[lang]
        direction = Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
        assert self.qapp.layoutDirection() == direction

    def start_visit(self, cooperative: str, number: int) -> RecordPage:
        cooperative_page = self.open(cooperative)
        self.click(cooperative_page.new_related_buttons[0])
        page = self.page()
        assert page.form.name == "visit" and page.editor.data() == {"cooperative": cooperative}
        editor = page.editor
        type_into(self.qtbot, text_input(editor.field_widget("visit_date")), f"2025-06-{1 + number % 28:02d}")
        type_into(self.qtbot, text_input(editor.field_widget("agent")), f"Agent {number}")
        observations = f"ضعف التأطير والتكوين\nolive{number:02d} stock low"
        type_into(self.qtbot, text_input(editor.field_widget("observations")), observations)
        return page

    def finish_visit(self, page: RecordPage, number: int, *, draft_first: bool) -> str:
        editor = page.editor
        group = editor.field_widget("recommendations")
        for action, responsible in (("تكوين في التسيير المالي", "الشبكة"), (f"Visite {number}", "ORMVA")):
            self.click(group.add_button)
            entry = group.entries[-1]
            type_into(self.qtbot, text_input(entry.rows["action"].widget), action)
            type_into(self.qtbot, text_input(entry.rows["responsible"].widget), responsible)
        self.photo = [str(picture(self.pictures, number))]
        self.click(editor.field_widget("photos").add_button)
        assert editor.field_widget("photos").list.count() == 1
        # The autosave timer fires while the agent pauses: a copy of the unsaved form is on disk.
        database = str(self.services.store.path)
        self.qtbot.waitUntil(lambda: any(u.slot == page.slot for u in self.services.autosave.pending(database)),
                             timeout=5_000)  # fmt: skip
        if draft_first:
            self.qtbot.keyClick(self.window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
            assert page.record_id is not None and page.state == "draft" and not page.dirty
            draft_id = page.record_id
            self.click(page.back_button)
            visits = self.window.lists["visit"]
            row = next(r for r in range(visits.model.rowCount()) if visits.model.record_id(r) == draft_id)
            visits.table.setCurrentIndex(visits.model.index(row, 0))
            self.qtbot.keyClick(visits.table, Qt.Key.Key_Return)
            page = self.page()
            assert page.record_id == draft_id and page.state == "draft"
        type_into(self.qtbot, text_input(page.editor.field_widget("problems")), "Pas de local adapté")
        self.click(page.finalise_button)
        assert page.state == "final" and not page.dirty and page.record_id is not None
        assert self.services.autosave.pending(database) == []
        record = self.services.store.get(page.record_id)
        assert record.state == "final"
        assert [r["action"] for r in record.data["recommendations"]] == ["تكوين في التسيير المالي", f"Visite {number}"]
        assert len(record.data["photos"]) == 1 and record.data["observations"].startswith("ضعف التأطير")
        self.expected[page.record_id] = record.data
        return page.record_id

    def back(self) -> None:
        self.click(self.page().back_button)
        assert self.window.record_page is None

    def search(self, word: str, expected_id: str) -> None:
        """Ctrl+F, type, Enter to the results, Enter to open the first one."""
        # Back to the window (the PDF viewer, or the report's busy dialog, may have had the keyboard).
        self.window.activateWindow()
        self.qtbot.waitUntil(self.window.isActiveWindow, timeout=5_000)
        self.qtbot.keyClick(self.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        box = self.window.search_page.box
        assert QApplication.focusWidget() is box
        self.qtbot.keyClicks(box, word)
        results = self.window.search_page.results
        self.qtbot.waitUntil(lambda: results.count() > 0, timeout=5_000)
        self.qtbot.keyClick(box, Qt.Key.Key_Return)
        self.qtbot.keyClick(results, Qt.Key.Key_Return)
        assert self.page().record_id == expected_id
        self.back()

    def export_pdf(self, record_id: str, opened: list[Path]) -> None:
        """Export PDF, and straight back to the list without waiting: the report is still written and opened."""
        page = self.open(record_id)
        self.click(page.pdf_button)
        self.back()
        self.qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
        assert opened[-1].read_bytes().startswith(b"%PDF") and opened[-1].stat().st_size > 1000

    def merge(self, package: Path, monkeypatch: pytest.MonkeyPatch) -> str:
        monkeypatch.setattr(sync_page.FileChooser, "packages", classmethod(lambda cls, parent, start: [str(package)]))
        self.window.navigation.setCurrentRow(self.window.stick_row)
        page = self.window.sync_page
        assert self.window.stack.currentWidget() is page
        self.click(page.merge_button)
        self.qtbot.waitUntil(lambda: not page.runner.busy, timeout=30_000)
        self.window.navigation.setCurrentRow(self.window.form_names.index("visit"))
        return page.report.toPlainText()


@pytest.fixture
def other_laptop(tmp_path: Path) -> Iterator[Path]:
    """A package exported by another laptop: a cooperative and two visits, one with a photo."""
    stick = tmp_path / "stick"
    stick.mkdir()
    with Store.open(tmp_path / "other.db", forms=load_form_directory(forms_dir()), author="Ahmed",
                    device_name="laptop-azilal") as other:  # fmt: skip
        coop = other.create("cooperative", {"name_ar": "تعاونية أزيلال للعسل", "sectors": ["beekeeping"]})
        photo = other.add_photo(picture(tmp_path, 99).read_bytes(), mime="image/png")
        other.create("visit", {"cooperative": coop, "visit_date": "2025-06-02", "observations": "خلايا جديدة",
                               "photos": [{"sha256": photo, "name": "ruches.png"}]})  # fmt: skip
        other.create("visit", {"cooperative": coop, "visit_date": "2025-06-09", "observations": "honey harvest"})
        yield export_package(other, stick).path


def test_an_agents_day_in_the_window(qtbot: QtBot, qapp: QApplication, controller: WindowController, answers,
                                     monkeypatch: pytest.MonkeyPatch, tmp_path: Path, other_laptop: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    started = time.perf_counter()
    monkeypatch.setattr(record_page, "AUTOSAVE_MS", 100)  # the timer fires while the agent pauses, not 3 s later
    pictures = tmp_path / "pictures"
    pictures.mkdir()
    day = Day(qtbot, qapp, controller, pictures)
    monkeypatch.setattr(PhotosWidget, "choose_files", staticmethod(lambda parent: day.photo))
    opened: list[Path] = []
    (tmp_path / "reports").mkdir()
    monkeypatch.setattr(report_export.PdfFiles, "save_as",
                        classmethod(lambda cls, parent, suggested: tmp_path / "reports" / suggested.name))  # fmt: skip
    monkeypatch.setattr(report_export.PdfFiles, "open", classmethod(lambda cls, path: opened.append(path)))
    monkeypatch.setattr(report_export.ReportLanguageDialog, "ask", classmethod(lambda cls, parent, lang: lang))

    cooperatives = [day.new_cooperative(name) for name in COOPERATIVES]
    rss_first = widgets_first = 0
    merged_report = ""
    for number in range(1, VISITS + 1):
        cooperative = cooperatives[number % len(cooperatives)]
        page = day.start_visit(cooperative, number)
        if number in SWITCHES:
            # Half a visit typed, then the language changes: the new visit is kept as a draft, which the agent
            # finds open in the new window or opens from the list, with what was typed.
            typed = page.editor.data()
            day.switch_language(SWITCHES[number], monkeypatch)
            draft = page.record_id
            assert draft is not None and controller.services.store.get(draft).state == "draft"
            page = day.window.record_page or day.open(draft)
            assert page.record_id == draft and page.editor.data() == typed
        visit = day.finish_visit(page, number, draft_first=number % 5 == 0)
        if number == PDF_AT:
            day.back()
            day.export_pdf(visit, opened)
        else:
            day.back()
        if number % SEARCH_EVERY == 0:
            day.search(f"olive{number:02d}", visit)
        if number == MERGE_AT:
            merged_report = day.merge(other_laptop, monkeypatch)
        if number == 1:
            build_every_page(day.window)
            settle(qapp)
            rss_first, widgets_first = rss_kib(), len(QApplication.allWidgets())

    build_every_page(day.window)
    settle(qapp)
    rss_end, widgets_end = rss_kib(), len(QApplication.allWidgets())
    elapsed = time.perf_counter() - started
    store = controller.services.store
    with capsys.disabled():
        print(f"\nagent's day: {VISITS} visits in {elapsed:.1f} s; RSS after the first visit {rss_first / 1024:.1f} MiB,"
              f" at the end {rss_end / 1024:.1f} MiB ({rss_end / rss_first:.2f}x); widgets alive after the first visit "
              f"{widgets_first}, at the end {widgets_end}")  # fmt: skip

    # Everything typed is saved, final, as typed; the merged laptop's records are there too.
    assert str(other_laptop) in merged_report
    visits = {record.id: record for record in store.records_of("visit")}
    assert len(visits) == VISITS + 2
    for visit_id, data in day.expected.items():
        assert visits[visit_id].data == data and visits[visit_id].state == "final"
    assert store.count("cooperative") == len(COOPERATIVES) + 1
    assert len(opened) == 1
    assert day.window.lists["visit"].model.rowCount() == VISITS + 2
    # The database is sound.
    assert store.check() == []
    with sqlite3.connect(f"file:{store.path}?mode=ro", uri=True) as reader:
        assert reader.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    reader.close()
    # Memory: what the day's pages, editors and windows took was given back.
    assert rss_end <= 1.5 * rss_first, (rss_first, rss_end)
    assert widgets_end <= widgets_first + 10  # no page, editor, dialog or window left behind
