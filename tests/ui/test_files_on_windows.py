"""The window on a Windows laptop with an antivirus, a full disk, a Documents folder in OneDrive (issue 13, points
3 and 5): writes that fail are quiet status-bar messages and log lines, never the bug dialog.

Stand-in: `os.replace` refusing with a sharing violation (PermissionError, winerror 32) or a full disk, as Windows
does while a scanner holds a file; the retries' patience is shortened so the test does not wait two seconds."""

from __future__ import annotations

import errno
import logging
import os
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import fill

from app.core import files
from app.core.messages import translate
from app.db.demo import load_demo
from app.main import install_bug_handler
from app.ui import dialogs, report_export
from app.ui.application import WindowController
from app.ui.services import Services

_REAL_REPLACE = os.replace


class Refusing:
    """`os.replace` as Windows answers while a scanner holds the file (`error` set), else the real one."""

    def __init__(self) -> None:
        self.error: OSError | None = None
        self.refused = 0

    def __call__(self, source: object, target: object) -> None:
        if self.error is not None:
            self.refused += 1
            raise self.error
        _REAL_REPLACE(source, target)  # type: ignore[arg-type]


def in_use() -> PermissionError:
    error = PermissionError(errno.EACCES, "The process cannot access the file because it is being used by another "
                            "process")  # fmt: skip
    error.winerror = 32  # type: ignore[attr-defined]
    return error


@pytest.fixture
def refusing(monkeypatch: pytest.MonkeyPatch) -> Refusing:
    stand_in = Refusing()
    monkeypatch.setattr(os, "replace", stand_in)
    monkeypatch.setattr(files, "REPLACE_PATIENCE", 0.05, raising=False)  # raising=False: also runs on old code
    return stand_in


@pytest.fixture
def bugs(monkeypatch: pytest.MonkeyPatch, services: Services) -> list[str]:
    """The application's own handler of the unexpected, with its apology dialog replaced by a list."""
    shown: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # undone after the test
    monkeypatch.setattr(dialogs.MessageDialog, "show_bug",
                        classmethod(lambda cls, parent, lang, log_path: shown.append(lang)))  # fmt: skip
    install_bug_handler(services, services.log_path)
    return shown


def test_autosave_refused_by_an_antivirus_is_a_status_message_and_the_next_one_succeeds(
    qtbot: QtBot, controller: WindowController, services: Services, answers, refusing: Refusing, bugs: list[str],
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    window = controller.window
    page = window.new_record("cooperative")
    assert page is not None
    fill(qtbot, page.editor, "name_ar", "تعاونية النور")
    refusing.error = in_use()
    with caplog.at_level(logging.WARNING, logger="taawun"):
        page.autosave_timer.timeout.emit()  # what the window's 3-second timer does
    assert bugs == [] and answers.errors == []  # no apology, no dialog
    assert refusing.refused >= 2  # retried before giving up
    shown = window.statusBar().currentMessage()
    assert translate("write_reason_in_use", "ar") in shown and "تعاون" in shown
    assert "autosave_not_written" in caplog.text
    assert "تعاونية النور" not in caplog.text  # logs never hold what was typed
    assert page.editor.data()["name_ar"] == "تعاونية النور" and page.dirty
    assert page.autosave_timer.isActive()
    assert services.autosave.pending(str(services.store.path)) == []
    assert [p.name for p in services.autosave.folder.iterdir()] == []  # no temporary file left behind

    refusing.error = None  # the scanner let go: the next tick writes the copy and the message goes
    page.autosave_timer.timeout.emit()
    pending = services.autosave.pending(str(services.store.path))
    assert [u.data.get("name_ar") for u in pending] == ["تعاونية النور"]
    assert window.statusBar().currentMessage() == ""
    assert window.identity.isVisible() and services.settings.author in window.identity.text()
    assert bugs == []


def test_autosave_on_a_full_disk_says_so_quietly(qtbot: QtBot, controller: WindowController, services: Services,
                                                 answers, refusing: Refusing, bugs: list[str]) -> None:  # fmt: skip
    page = controller.window.new_record("visit")
    assert page is not None
    fill(qtbot, page.editor, "observations", "ملاحظة طويلة")
    refusing.error = OSError(errno.ENOSPC, "No space left on device")
    page.autosave_timer.timeout.emit()
    assert refusing.refused == 1  # a full disk is not retried
    assert bugs == [] and answers.errors == []
    assert translate("write_reason_disk_full", "ar") in controller.window.statusBar().currentMessage()
    assert page.editor.data()["observations"] == "ملاحظة طويلة"


def test_filters_not_remembered_still_filter_the_list(qtbot: QtBot, controller: WindowController,
                                                      services: Services, answers, refusing: Refusing,
                                                      bugs: list[str]) -> None:  # fmt: skip
    load_demo(services.store)
    page = controller.window.lists["cooperative"]
    page.refresh()
    refusing.error = in_use()
    sector = page.filter_bar.inputs["sector"]
    sector.setCurrentIndex(sector.findData("dairy"))
    assert bugs == [] and answers.errors == []
    assert page.model.rowCount() == 2  # filtered all the same
    shown = controller.window.statusBar().currentMessage()
    assert shown == translate("filters_not_remembered", "ar", reason=translate("write_reason_in_use", "ar"))


def test_settings_not_saved_still_apply(monkeypatch: pytest.MonkeyPatch, controller: WindowController,
                                        services: Services, answers, refusing: Refusing,
                                        bugs: list[str]) -> None:  # fmt: skip
    chosen = {"language": "ar", "author": "أمينة", "device_name": "حاسوب 3", "organisation": "", "backup_keep_days": 14}
    monkeypatch.setattr(dialogs.SettingsDialog, "ask", classmethod(lambda cls, *a, **k: dict(chosen)))
    refusing.error = in_use()
    controller.window.edit_settings()
    assert bugs == [] and answers.errors == []
    assert translate("write_reason_in_use", "ar") in controller.window.statusBar().currentMessage()
    assert not services.settings_path.exists()
    record_id = services.store.create("workshop", {"title": "x"})
    assert services.store.get(record_id).author == "أمينة"


def test_a_report_is_suggested_in_the_documents_folder_qt_knows_with_a_name_windows_accepts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, controller: WindowController, services: Services
) -> None:  # fmt: skip
    """On Windows Qt finds a Documents folder moved to OneDrive (the known folder); on Linux the XDG user folder."""
    documents = tmp_path / "OneDrive - Taawun" / "Documents"
    documents.mkdir(parents=True)
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{documents}"\n', encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    suggested: list[Path] = []
    monkeypatch.setattr(report_export.PdfFiles, "save_as",
                        classmethod(lambda cls, parent, path: suggested.append(path)))  # fmt: skip
    monkeypatch.setattr(report_export.ReportLanguageDialog, "ask", classmethod(lambda cls, parent, lang: "fr"))
    record_id = services.store.create("cooperative", {"name_ar": 'تعاونية "النور": الحليب/الزيتون'})
    page = controller.window.open_record(record_id)
    assert page is not None
    page.export_pdf()
    assert len(suggested) == 1
    assert suggested[0].parent == documents
    name = suggested[0].name
    assert name.endswith(".pdf") and not any(char in name for char in '<>:"/\\|?*')
    assert "النور" in name and "الحليب-الزيتون" in name
