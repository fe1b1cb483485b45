"""The lists show the columns people scan for: a cooperative's commune and sectors, a workshop's dates, a visit's
purpose and agent, labelled and valued in the user's language, and sortable."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.db.demo import load_demo
from app.db.listing import ListQuery
from app.ui.application import WindowController
from app.ui.list_page import column_titles
from app.ui.record_model import RecordTableModel


def _headers(model: RecordTableModel) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def _column(model: RecordTableModel, key: str) -> list[str]:
    column = [c.key for c in model.columns].index(key)
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


EXPECTED = {
    "ar": {"cooperative": ("الجماعة", "قطاعات النشاط", "الفلاحة، الحليب ومشتقاته، الزيتون وزيت الزيتون"),
           "visit": ("الغرض من الزيارة", "القائم بالزيارة", "زيارة ميدانية في إطار لقاء أو ورشة"),
           "workshop": ("تاريخ البداية", "17/05/2025")},
    "fr": {"cooperative": ("Commune", "Secteurs d'activité", "Agriculture, Lait et produits laitiers, Olives et huile d'olive"),
           "visit": ("Objet de la visite", "Agent ou équipe de visite",
                     "Visite de terrain lors d'une rencontre ou d'un atelier"),
           "workshop": ("Date de début", "17/05/2025")},
}  # fmt: skip


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_each_list_shows_the_columns_people_scan_for(controller: WindowController, lang: str,
                                                     tmp_path: Path) -> None:  # fmt: skip
    load_demo(controller.services.store)
    if lang != controller.services.lang:
        controller.switch_language(lang)
    window = controller.window
    window.resize(1280, 672)
    shots = Path(os.environ.get("TAAWUN_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    expected = EXPECTED[lang]
    for form in ("cooperative", "visit", "workshop"):
        page = window.lists[form]
        page.refresh()
        model = page.model
        headers = _headers(model)
        window.stack.setCurrentWidget(page)
        QApplication.processEvents()
        window.grab().save(str(shots / f"list-{form}-{lang}.png"))
        if form == "cooperative":
            commune, sectors, three = expected[form]
            assert commune in headers
            assert sectors in headers
            assert _column(model, "commune") == ["مريرت"] * 4
            assert any(three in text for text in _column(model, "sectors")), _column(model, "sectors")
        elif form == "visit":
            purpose, agent, value = expected[form]
            assert purpose in headers and agent in headers
            assert set(_column(model, "purpose")) == {value}
            assert all(_column(model, "agent"))  # the demo's visits name their agent
        else:
            start, day = expected[form]
            assert start in headers
            assert [text.strip("\u2066\u2069") for text in _column(model, "start_date")] == [day]
        # The title first, the scanned fields next, then state, last change and author.
        keys = [c.key for c in model.columns]
        assert keys[-3:] == ["state", "updated_at", "author"]


def test_a_scanned_column_sorts_the_list(controller: WindowController, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    store = controller.services.store
    for name, commune in (("تعاونية النور", "مريرت"), ("تعاونية الأمل", "أجلموس"), ("تعاونية الوفاء", None),
                          ("تعاونية الخير", "تيغسالين")):  # fmt: skip
        store.create("cooperative", {"name_ar": name, **({"commune": commune} if commune else {})}, draft=True)
    model = RecordTableModel(store, ListQuery(form="cooperative"), lang="ar", column_titles=column_titles())
    qtmodeltester.check(model)
    column = [c.key for c in model.columns].index("commune")
    model.sort(column, Qt.SortOrder.AscendingOrder)
    assert _column(model, "commune") == ["أجلموس", "تيغسالين", "مريرت", ""]  # Arabic order; no commune last
    assert model.query_column() == column
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert _column(model, "commune") == ["مريرت", "تيغسالين", "أجلموس", ""]
    model.set_filter("تعاونية")  # a new filter keeps the order chosen
    assert _column(model, "commune") == ["مريرت", "تيغسالين", "أجلموس", ""]
    model.sort(0, Qt.SortOrder.AscendingOrder)  # back to an index's column
    assert model.query_column() == 0 and len(_column(model, "commune")) == 4
    qtmodeltester.check(model)
