"""The conflicts panel of the USB stick screen: one line when there is none (the report gets the room), and with
one, the record's whole Arabic name (wrapped, never cut) and headers that are not clipped, in Arabic and French."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QSizePolicy, QStyle, QTableWidget

from app.core.forms import load_form_directory
from app.db.store import Store
from app.resources import forms_dir
from app.sync.export import export_package
from app.sync.merge import merge_file
from app.ui.application import WindowController

NAME = "تعاونية تانفنيت لإنتاج و تسويق الحليب و الزيتون بجماعة مريرت"


def _conflict(store: Store, tmp_path: Path) -> None:
    peer = Store.open(tmp_path / "peer.db", forms=load_form_directory(forms_dir()), author="علي",
                      device_name="حاسوب أزيلال")  # fmt: skip
    try:
        record = peer.create("cooperative", {"name_ar": NAME, "members_total": 10}, draft=True)
        for step in ("one", "two"):
            (tmp_path / step).mkdir()
            if step == "two":
                store.update(record, {"members_total": 20, "notes": "ملاحظة الوكيل"})
                peer.update(record, {"members_total": 25, "notes": "ملاحظة المنسق"})
            assert merge_file(store, export_package(peer, tmp_path / step).path).merged
    finally:
        peer.close()


def _headers_fit(table: QTableWidget) -> None:
    header = table.horizontalHeader()
    font = QFont(header.font())
    font.setBold(True)  # the current column's header may be drawn bold
    metrics = QFontMetrics(font)
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(header.count()):
        text = table.horizontalHeaderItem(section).text()
        assert header.sectionSize(section) >= metrics.horizontalAdvance(text) + margin, (
            text,
            header.sectionSize(section),
        )


def _show_stick(controller: WindowController, tmp_path: Path, name: str) -> None:
    window = controller.window
    window.resize(1280, 672)
    window.navigation.setCurrentRow(window.stick_row)
    for _ in range(3):
        QApplication.processEvents()
    shots = Path(os.environ.get("TAAWUN_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(shots / f"{name}-{controller.services.lang}.png"))


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_with_no_conflict_the_panel_is_one_line(controller: WindowController, lang: str, tmp_path: Path) -> None:
    if lang != controller.services.lang:
        controller.switch_language(lang)
    _show_stick(controller, tmp_path, "stick-no-conflict")
    page = controller.window.sync_page
    view = page.conflicts
    assert view.body.isHidden() and view.none_label.isVisible()
    assert view.sizePolicy().verticalPolicy() == QSizePolicy.Policy.Maximum
    assert view.height() < 120 and page.report.height() > view.height()  # the report has the room


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_a_conflict_shows_the_whole_name_and_unclipped_headers(controller: WindowController, lang: str,
                                                               tmp_path: Path) -> None:  # fmt: skip
    _conflict(controller.services.store, tmp_path)
    if lang != controller.services.lang:
        controller.switch_language(lang)
    view = controller.window.sync_page.conflicts
    view.refresh()
    _show_stick(controller, tmp_path, "stick-conflict")
    assert view.body.isVisible() and not view.none_label.isVisible()
    assert view.list.rowCount() == 1
    text = view.list.item(0, 0).text()
    assert NAME in text
    # The name is wrapped in its cell, never cut: the row is as tall as the text needs at the column's width.
    margin = 2 * (view.list.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view.list) + 1)
    needed = view.list.fontMetrics().boundingRect(QRect(0, 0, view.list.columnWidth(0) - margin, 100_000),
                                                  int(Qt.TextFlag.TextWordWrap), text).height()  # fmt: skip
    assert view.list.rowHeight(0) >= needed
    assert view.list.columnWidth(0) <= view.list.viewport().width()  # nothing hidden sideways
    _headers_fit(view.list)
    _headers_fit(view.fields)
    # Who and when: names isolated (two Arabic names in a French line keep their order), the one date format.
    summary = view.summary.text()
    assert "\u2068علي\u2069" in summary and "\u2068حاسوب أزيلال\u2069" in summary
    assert "T" not in summary.split("\u2066")[1][:16] and "/" in summary.split("\u2066")[1][:10]
