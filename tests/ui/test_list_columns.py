"""The lists show the columns people scan for, as each form's file declares them (`list: columns:`): a cooperative's
commune and sectors, a workshop's dates and venue, a visit's purpose and agent, labelled and valued in the user's
language, and sorted through the lists' index at any length."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core.clock import now_text
from app.core.sort_key import text_key
from app.db.demo import load_demo
from app.db.listing import ListQuery
from app.ui.application import WindowController
from app.ui.list_page import column_titles
from app.ui.record_model import PAGE, RecordTableModel
from app.ui.services import EditorContext, Services


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


def test_a_declared_column_sorts_the_list(controller: WindowController, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    store = controller.services.store
    for name, commune, sectors in (("تعاونية النور", "مريرت", ["olives"]), ("تعاونية الأمل", "أجلموس", ["dairy"]),
                                   ("تعاونية الوفاء", None, None), ("تعاونية الخير", "تيغسالين", ["agriculture", "olives"])):  # fmt: skip
        store.create("cooperative", {"name_ar": name, **({"commune": commune} if commune else {}),
                                     **({"sectors": sectors} if sectors else {})}, draft=True)  # fmt: skip
    model = RecordTableModel(store, ListQuery(form="cooperative"), lang="ar", column_titles=column_titles())
    qtmodeltester.check(model)
    column = [c.key for c in model.columns].index("commune")
    model.sort(column, Qt.SortOrder.AscendingOrder)
    assert _column(model, "commune") == ["", "أجلموس", "تيغسالين", "مريرت"]  # Arabic order; none first, as titles
    assert model.query_column() == column and model.query.order_by == "commune"
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert _column(model, "commune") == ["مريرت", "تيغسالين", "أجلموس", ""]
    model.set_filter("تعاونية")  # a new filter keeps the order chosen
    assert _column(model, "commune") == ["مريرت", "تيغسالين", "أجلموس", ""]
    # A multiple choice sorts by its choices' places in the form (agriculture, dairy, olives...), in any language.
    model.sort([c.key for c in model.columns].index("sectors"), Qt.SortOrder.AscendingOrder)
    assert _column(model, "commune") == ["", "تيغسالين", "أجلموس", "مريرت"]
    model.sort(0, Qt.SortOrder.AscendingOrder)  # back to a title column
    assert model.query_column() == 0 and len(_column(model, "commune")) == 4
    qtmodeltester.check(model)


COMMUNES = ["مريرت", "Zaouiat Cheikh", "أجلموس", None, "آيت إسحاق", "تيغسالين", "أگلموس"]


def test_a_declared_column_sorts_a_long_list_through_the_index(controller: WindowController) -> None:
    """Longer than the 5,000 records the window once sorted in memory (beyond which a click did nothing): a click
    reads one page, in the index's order, and scrolling reads the next ones in the same order."""
    store = controller.services.store
    form = store.forms.get("cooperative")
    now = now_text()
    count = 5100
    with store.transaction():  # one transaction: more records than are keyed inline, as a large merge brings
        for number in range(count):
            commune = COMMUNES[number % len(COMMUNES)]
            data = {"name_ar": f"تعاونية {number}", **({"commune": commune} if commune else {})}
            store.write_version(str(uuid.uuid4()), form, data, state="final", version=1, created_at=now, now=now,
                                deleted=False)  # fmt: skip
    store.catch_up_derived()
    communes = dict(store.conn.execute("SELECT id, json_extract(data, '$.commune') FROM records"))
    model = RecordTableModel(store, ListQuery(form="cooperative"), lang="ar", column_titles=column_titles())
    column = [c.key for c in model.columns].index("commune")
    assert model.total == count
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(column, order)
        assert model.query_column() == column
        assert model.rowCount() == PAGE  # one page read, not the whole list
        while model.canFetchMore():
            model.fetchMore()
        assert model.rowCount() == count
        got = [model.record_id(row) for row in range(count)]
        # No commune first, then by the commune's key (folded Arabic, then Latin), then by id; descending reversed.
        expected = sorted(communes, key=lambda i: (communes[i] is not None, text_key(communes[i] or ""), i))
        descending = order == Qt.SortOrder.DescendingOrder
        assert got == (expected[::-1] if descending else expected)
        shown = list(dict.fromkeys(_column(model, "commune")))
        readers = ["", "آيت إسحاق", "أجلموس", "أگلموس", "تيغسالين", "مريرت", "Zaouiat Cheikh"]
        assert shown == (readers[::-1] if descending else readers)


def test_a_reference_is_chosen_by_the_title_alone(services: Services) -> None:
    """The reference picker reads the list's rows: a cooperative is offered, and found when typed, by its name, not
    with the columns beside it."""
    store = services.store
    coop = store.create("cooperative", {"name_ar": "تعاونية النور", "commune": "مريرت", "sectors": ["dairy"]})
    context = EditorContext(services, "ar")
    assert context.search_records("cooperative", "") == [(coop, "تعاونية النور")]
    assert context.search_records("cooperative", "النور") == [(coop, "تعاونية النور")]
    assert context.search_records("cooperative", "مريرت") == []  # the text filter reads the title only
