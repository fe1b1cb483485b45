"""File › Paper form…: a blank form, or the open record's values to check, built off the GUI thread and opened."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.db.demo import demo_id, load_demo
from app.ui import paper_export, report_export
from app.ui.application import WindowController
from app.ui.paper_export import PaperDialog, PaperRequest


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    seen: list[Path] = []
    monkeypatch.setattr(report_export.PdfFiles, "save_as",
                        classmethod(lambda cls, parent, suggested: tmp_path / "out" / suggested.name))  # fmt: skip
    monkeypatch.setattr(report_export.PdfFiles, "open", classmethod(lambda cls, path: seen.append(path)))
    (tmp_path / "out").mkdir()
    return seen


def text_of(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, encoding="utf-8",
                          check=True).stdout  # fmt: skip


def test_the_dialog_offers_the_open_record_only_for_its_own_form(qtbot: QtBot, controller: WindowController) -> None:
    services = controller.services
    record = ("cooperative", demo_id("cooperative-tanfnit"), "تعاونية تانفنيت")
    dialog = PaperDialog(None, services, controller.window.form_names, record=record)
    qtbot.addWidget(dialog)
    assert dialog.form.currentData() == "cooperative" and dialog.filled.isChecked() and dialog.filled.isEnabled()
    assert dialog.request() == PaperRequest("cooperative", "ar", record[1], record[2])
    dialog.form.setCurrentIndex(dialog.form.findData("visit"))
    assert not dialog.filled.isEnabled() and dialog.request() == PaperRequest("visit", "ar")
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.request() == PaperRequest("visit", "fr")
    blank = PaperDialog(None, services, controller.window.form_names)
    qtbot.addWidget(blank)
    assert not blank.filled.isEnabled() and blank.request().record_id is None


def test_the_open_records_paper_form_is_written_and_opened(
    qtbot: QtBot, controller: WindowController, opened: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    load_demo(controller.services.store)
    window = controller.window
    asked: list[tuple[str, str, str] | None] = []

    def ask(cls: type, parent: object, services: object, forms: tuple[str, ...], *, record=None):  # type: ignore[no-untyped-def]
        asked.append(record)
        return PaperRequest(record[0], "fr", record[1], record[2]) if record else PaperRequest("visit", "ar")

    monkeypatch.setattr(paper_export.PaperDialog, "ask", classmethod(ask))
    assert window.open_record(demo_id("cooperative-tanfnit")) is not None
    window.paper_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    assert asked[0] is not None and asked[0][1] == demo_id("cooperative-tanfnit")
    text = text_of(opened[0])
    assert f"taawun/cooperative/{demo_id('cooperative-tanfnit')}/v1" in text and "Coopérative Tanfnit" in text
    window.back_to_list()
    window.paper_action.trigger()  # no record open: a blank form
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=60_000)
    assert asked[1] is None and opened[1].name == "taawun-visit-blank-ar.pdf"
    assert "taawun/visit/form-v" in text_of(opened[1])
