"""Likely duplicates in the window: the note on a new record's page, and File › Possible duplicates… joining two."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from ui_helpers import text_input, type_text

from app.db.distinct_pairs import marked_pairs, ordered
from app.ui.application import WindowController
from app.ui.duplicates_view import DuplicatesDialog
from app.ui.record_page import RecordPage
from app.ui.services import Services


def test_saving_a_new_cooperative_names_the_ones_it_may_duplicate(
    qtbot: QtBot, controller: WindowController, services: Services
) -> None:
    services.store.create("cooperative", {"name_ar": "تعاونية الأمل", "commune": "مريرت"})
    services.store.create("cooperative", {"name_ar": "تعاونية الأمل", "commune": "أجلموس"})  # elsewhere: not named
    window = controller.window
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.record_page
    assert isinstance(page, RecordPage) and not page.duplicates_note.isVisible()
    type_text(text_input(page.editor.field_widget("name_ar")), "التعاونية الامل")
    type_text(text_input(page.editor.field_widget("commune")), "مريرت")
    qtbot.mouseClick(page.finalise_button, Qt.MouseButton.LeftButton)
    assert page.state == "final" and services.store.count("cooperative") == 3  # saved all the same
    qtbot.waitUntil(page.duplicates_note.isVisible)  # looked for on a worker
    note = page.duplicates_note.text()
    assert note.count("تعاونية الأمل") == 1 and "مريرت" not in note.split("\n", 1)[1].replace("الجماعة", "")
    assert "نفس الاسم" in note


def test_a_record_that_duplicates_nothing_gets_no_note(
    qtbot: QtBot, controller: WindowController, services: Services
) -> None:
    services.store.create("cooperative", {"name_ar": "تعاونية النور", "commune": "مريرت"})
    window = controller.window
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.record_page
    assert isinstance(page, RecordPage)
    type_text(text_input(page.editor.field_widget("name_ar")), "تعاونية الأمل")
    type_text(text_input(page.editor.field_widget("commune")), "مريرت")
    qtbot.mouseClick(page.finalise_button, Qt.MouseButton.LeftButton)
    assert page.state == "final" and page.duplicate_checks.busy
    qtbot.waitUntil(lambda: not page.duplicate_checks.busy)  # the worker has answered
    assert not page.duplicates_note.isVisible()


def test_the_duplicates_dialog_lists_the_pair_and_joins_it(
    qtbot: QtBot, controller: WindowController, services: Services
) -> None:
    store = services.store
    keep = store.create("cooperative", {"name_ar": "تعاونية الأمل", "commune": "مريرت"})
    other = store.create("cooperative", {"name_ar": "تعاونية", "name_fr": "Coopérative Al Amal", "commune": "مريرت"})
    visit = store.create("visit", {"cooperative": other, "visit_date": "2025-05-17", "observations": "زيارة"})
    controller.window.refresh_lists()
    dialog = controller.window.duplicates_dialog()
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "اسم متشابه" in dialog.list.item(0).text()
    assert not dialog.keep_first.isEnabled()  # nothing chosen yet
    dialog.list.setCurrentRow(0)
    pair = dialog.selected_pair()
    assert pair is not None and {pair.first, pair.second} == {keep, other}
    joined = []
    dialog.joined.connect(lambda: joined.append(True))
    (dialog.keep_first if pair.first == keep else dialog.keep_second).click()  # ConfirmDialog answers yes
    assert joined == [True] and dialog.list.count() == 0
    assert store.get(visit).data["cooperative"] == keep and store.get(other, include_deleted=True).deleted
    listed = controller.window.lists["cooperative"].model
    assert listed.rowCount() == 1  # the lists refreshed: the joined record is gone from them


def test_file_menu_opens_the_duplicates_dialog(controller: WindowController, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown = []
    monkeypatch.setattr(DuplicatesDialog, "exec", lambda self: shown.append(self.list.count()) or 0)
    controller.window.duplicates_action.trigger()
    assert shown == [0]


def test_a_pair_shows_its_first_record_where_the_window_s_lines_start_with_both_lines(
    qtbot: QtBot, controller: WindowController, services: Services
) -> None:
    """In a French window an Arabic pair read right to left put the first record on the right (and its row, measured
    with the Latin font, cut the reasons' line): each name is isolated and the row holds both lines."""
    first = services.store.create(
        "cooperative", {"name_ar": "تعاونية الأمل", "commune": "مريرت", "phone": "0612345678"}
    )
    services.store.create("cooperative", {"name_ar": "تعاونية النور", "commune": "أجلموس", "phone": "+212612345678"})
    controller.switch_language("fr")
    dialog = controller.window.duplicates_dialog()
    qtbot.addWidget(dialog)
    item = dialog.list.item(0)
    pair = item.data(Qt.ItemDataRole.UserRole)
    first_title = services.store.title_of(pair.first, "fr")
    assert pair.first == first or pair.second == first
    assert item.text().startswith(f"\u2068{first_title}\u2069  ⟷  \u2068")
    index = dialog.list.model().index(0, 0)
    option = QStyleOptionViewItem()
    option.initFrom(dialog.list)
    height = dialog.list.itemDelegate().sizeHint(option, index).height()
    arabic_line = QFontMetrics(option.font).height()
    assert height >= 3 * arabic_line  # two lines, the Arabic one taller than the interface's font says


def test_not_the_same_stops_proposing_the_pair_after_a_confirmation(
    qtbot: QtBot, controller: WindowController, services: Services, answers: Any
) -> None:
    store = services.store
    first = store.create("cooperative", {"name_ar": "تعاونية الأمل", "commune": "مريرت"})
    second = store.create("cooperative", {"name_ar": "التعاونية الامل", "commune": "مريرت"})
    dialog = controller.window.duplicates_dialog()
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and not dialog.not_same.isEnabled()  # nothing chosen yet
    dialog.list.setCurrentRow(0)
    answers.confirm = False  # asked first (a mark cannot be undone): "no" marks nothing
    dialog.not_same.click()
    assert dialog.list.count() == 1 and marked_pairs(store.conn) == frozenset()
    answers.confirm = True
    dialog.not_same.click()
    assert marked_pairs(store.conn) == {ordered(first, second)}
    assert dialog.list.count() == 0 and dialog.note.text() == "لا توجد سجلات مكررة محتملة."
    assert store.count("cooperative") == 2  # both stay, as they were
