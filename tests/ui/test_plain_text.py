"""The window never reads a name from a file as HTML, nor shows its control characters raw.

QLabel and QMessageBox guess "rich text" from the text itself: a laptop called `<b>bold</b>` or `<img src=…>`
would be rendered as HTML. Where names from data are shown, the text format is plain and the text escaped
(app/core/shown.py); a batch merged from the window refuses a bad file on its own, as the command line does."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.forms import load_form_directory
from app.db.store import Store
from app.resources import forms_dir
from app.sync.export import export_package
from app.sync.merge import merge_file
from app.ui import dialogs
from app.ui.application import WindowController
from app.ui.conflicts_view import ConflictsView
from app.ui.services import Services
from app.ui.sync_page import SyncPage

BOLD = "<b>bold</b>"
EVIL = f"{BOLD}\x1b[2J\u202e<img src=x>\r\nnew: 0"
RAW = ("\x1b", "\u202e", "\r")


def peer_package(tmp_path: Path, name: str, *, shared: Store | None = None) -> tuple[Path, Store]:
    """A peer laptop (opened, the caller closes it) and its export; with `shared`, the peer first merges it."""
    folder = tmp_path / name
    folder.mkdir()
    peer = Store.open(folder / "taawun.db", forms=load_form_directory(forms_dir()), author="Ali", device_name=name)
    if shared is not None:
        (folder / "in").mkdir()
        assert merge_file(peer, export_package(shared, folder / "in").path).merged
    else:
        peer.create("cooperative", {"name_ar": "تعاونية النور", "sectors": ["olives"]})
    (folder / "out").mkdir()
    return export_package(peer, folder / "out").path, peer


def rename_laptop(package: Path, name: str) -> None:
    conn = sqlite3.connect(package)
    try:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'package_device_name'", (name,))
        conn.commit()
    finally:
        conn.close()


def show_sync(controller: WindowController) -> SyncPage:
    controller.window.navigation.setCurrentRow(controller.window.stick_row)
    return controller.window.sync_page


def test_history_cells_show_names_from_a_file_as_plain_escaped_text(qtbot: QtBot, services: Services) -> None:
    store = services.store
    record = store.create("cooperative", {"name_ar": "تعاونية الأمل", "sectors": ["olives"]})
    versions = [dataclasses.replace(v, author=EVIL, device_name=EVIL + "x" * 10_000) for v in store.history(record)]
    dialog = dialogs.HistoryDialog(None, versions, labels={}, lang="en")
    qtbot.addWidget(dialog)
    heading = dialog.version_items()[0].text(0)  # "Version 1 · when · author on laptop · Created"
    author = heading.split("\u2068")[1].split("\u2069")[0]
    device = heading.split("\u2068")[2].split("\u2069")[0]
    assert author.startswith(BOLD) and "<img src=x>" in author  # the literal text: item text is never HTML
    assert "\\x1b[2J\\u202e" in author and "\\r\\nnew: 0" in author
    for text in (author, device):
        assert not any(char in text for char in RAW)
    assert len(device) <= 201 and device.endswith("…")


def test_a_merge_report_names_a_crafted_laptop_escaped(qtbot: QtBot, controller: WindowController,
                                                       tmp_path: Path) -> None:  # fmt: skip
    package, peer = peer_package(tmp_path, "peer")
    peer.close()
    rename_laptop(package, EVIL)
    page = show_sync(controller)
    page.merge_paths([package])
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=30_000)
    report = page.report.toPlainText()
    assert f"{BOLD}\\x1b[2J\\u202e<img src=x>\\r\\nnew: 0" in report or "rejected" in report or "مرفوض" in report
    assert not any(char in report for char in RAW)
    assert not any(line.startswith("new: 0") for line in report.splitlines())


def test_the_conflict_summary_is_plain_text(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    store = services.store
    coop = store.create("cooperative", {"name_ar": "تعاونية الأمل", "sectors": ["olives"]})
    _, peer = peer_package(tmp_path, "peer", shared=store)
    try:
        store.update(coop, {"phone": "0612345678"})
        peer.update(coop, {"name_ar": "تعاونية الأمل الجديدة"})
        (tmp_path / "s").mkdir()
        outcome = merge_file(store, export_package(peer, tmp_path / "s").path)
        assert outcome.counts is not None and outcome.counts.conflicts == 1
    finally:
        peer.close()
    with sqlite3.connect(store.path) as conn:
        conn.execute("UPDATE history SET author = ?, device_name = ?", (EVIL, BOLD))
    view = ConflictsView(services)
    qtbot.addWidget(view)
    assert len(view.items) == 1
    assert view.summary.textFormat() == Qt.TextFormat.PlainText
    text = view.summary.text()
    assert BOLD in text and "<img src=x>" in text and not any(char in text for char in RAW)


def test_an_error_message_naming_a_file_is_shown_as_plain_text(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    shown: list[tuple[Qt.TextFormat, str]] = []

    def exec_(box: QMessageBox) -> int:
        shown.append((box.textFormat(), box.text()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append((Qt.TextFormat.AutoText, args[2])))
    dialogs.MessageDialog.show_error(None, f"The file /media/{BOLD}.taawun could not be read")
    assert shown == [(Qt.TextFormat.PlainText, f"The file /media/{BOLD}.taawun could not be read")]


def test_the_window_merges_the_good_file_of_a_batch_with_a_file_nested_100000_deep(
    qtbot: QtBot, controller: WindowController, tmp_path: Path
) -> None:
    bad, peer = peer_package(tmp_path, "peer")
    peer.close()
    good, other = peer_package(tmp_path, "other")
    good_ids = {r.id for r in other.records_of("cooperative")}
    other.close()
    with sqlite3.connect(bad) as conn:
        conn.execute("UPDATE records SET data = ?", ("[" * 100_000 + "]" * 100_000,))
        conn.execute("UPDATE history SET data = ?", ("[" * 100_000 + "]" * 100_000,))
    page = show_sync(controller)
    page.merge_paths([bad, good])
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=60_000)
    store = controller.services.store
    assert {r.id for r in store.records_of("cooperative")} == good_ids
    report = page.report.toPlainText().splitlines()
    assert report[0] == "ملفات مدمجة: 1 · مرفوضة: 1", report
    # Each file's path first, in a left-to-right isolate (it keeps its leading "/" in an Arabic line).
    assert any(line.startswith(f"\u2066{bad}") for line in report)
    assert any(line.startswith(f"\u2066{good}") for line in report)
