"""PDF reports from the window: built off the GUI thread, written where the user chose, then opened."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.db.demo import demo_id, load_demo
from app.reports import Period, ReportRequest
from app.ui import report_export
from app.ui.application import WindowController


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    seen: list[Path] = []
    monkeypatch.setattr(report_export.PdfFiles, "save_as",
                        classmethod(lambda cls, parent, suggested: tmp_path / "out" / suggested.name))  # fmt: skip
    monkeypatch.setattr(report_export.PdfFiles, "open", classmethod(lambda cls, path: seen.append(path)))
    (tmp_path / "out").mkdir()
    return seen


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_export_pdf_of_a_workshop_from_its_page(qtbot: QtBot, controller: WindowController, opened: list[Path],
                                                monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    load_demo(controller.services.store)
    monkeypatch.setattr(report_export.ReportLanguageDialog, "ask", classmethod(lambda cls, parent, lang: "fr"))
    page = controller.window.open_record(demo_id("workshop-mrirt"))
    assert page is not None and page.pdf_button.isEnabled()
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    assert opened[0].suffix == ".pdf" and opened[0].stat().st_size > 1000
    assert opened[0].read_bytes().startswith(b"%PDF")
    text = pdf_text(opened[0])
    assert "Organisateurs" in text or "organisateurs" in text.lower()


def test_summary_report_from_the_menu(qtbot: QtBot, controller: WindowController, opened: list[Path],
                                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    import datetime as dt

    load_demo(controller.services.store)
    request = ReportRequest("summary", "ar", period=Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31)))
    monkeypatch.setattr(report_export.SummaryDialog, "ask", classmethod(lambda cls, parent, lang: request))
    controller.window.summary_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    assert opened[0].read_bytes().startswith(b"%PDF")


def test_a_report_that_cannot_be_written_says_why(qtbot: QtBot, controller: WindowController, answers,
                                                  monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # fmt: skip
    load_demo(controller.services.store)
    missing_folder = tmp_path / "no" / "such" / "folder"
    monkeypatch.setattr(report_export.PdfFiles, "save_as",
                        classmethod(lambda cls, parent, suggested: missing_folder / "r.pdf"))  # fmt: skip
    monkeypatch.setattr(report_export.ReportLanguageDialog, "ask", classmethod(lambda cls, parent, lang: "ar"))
    page = controller.window.open_record(demo_id("visit-biati"))
    assert page is not None
    page.export_pdf()
    qtbot.waitUntil(lambda: bool(answers.errors), timeout=60_000)
    assert not missing_folder.exists()
