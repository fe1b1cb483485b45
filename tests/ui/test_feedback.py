"""The window says what it did: "saved" on the status bar, nothing saved from an untouched new form (and why), Delete
asks first, and a failed Finalise sums up what is left to fix at the top, each field marked with a red border."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import fill, text_input

from app.ui import dialogs
from app.ui.application import WindowController
from app.ui.forms.rows import ERROR_COLOUR
from app.ui.services import Services


def said(controller: WindowController) -> str:
    return controller.window.statusBar().currentMessage()


def red_border(widget: QWidget) -> bool:
    """True when the widget's left edge is drawn in the error red (what the eye sees, not a property)."""
    image = widget.grab().toImage()
    wanted = QColor(ERROR_COLOUR)
    for x in range(3):
        colour = image.pixelColor(x, image.height() // 2)
        if (
            abs(colour.red() - wanted.red()) + abs(colour.green() - wanted.green()) + abs(colour.blue() - wanted.blue())
            < 60
        ):
            return True
    return False


def test_saving_says_saved(qtbot: QtBot, controller: WindowController, services: Services) -> None:
    window = controller.window
    page = window.new_record("cooperative")
    assert page is not None
    fill(qtbot, page.editor, "name_ar", "تعاونية النور")
    qtbot.mouseClick(page.save_draft_button, Qt.MouseButton.LeftButton)
    assert services.store.count() == 1
    assert said(controller) == QCoreApplication.translate("RecordPage", "Saved as a draft.") != ""
    window.statusBar().clearMessage()
    qtbot.mouseClick(page.finalise_button, Qt.MouseButton.LeftButton)
    assert services.store.get(page.record_id).state == "final"
    assert said(controller) == QCoreApplication.translate("RecordPage", "Saved and finalised.") != ""
    window.statusBar().clearMessage()
    fill(qtbot, page.editor, "name_ar", " للكسكس")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S on a final record
    assert not page.dirty and said(controller) == QCoreApplication.translate("RecordPage", "Saved and finalised.")


def test_ctrl_s_on_an_untouched_new_form_saves_nothing_and_says_so(
    qtbot: QtBot, controller: WindowController, services: Services
) -> None:
    window = controller.window
    page = window.new_record("visit")
    assert page is not None
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert services.store.count() == 0  # no empty draft in the list
    assert said(controller) == QCoreApplication.translate("RecordPage", "Nothing to save yet: fill in the form first.")
    assert said(controller) != ""


def test_finalise_is_the_main_action_and_delete_asks_first(
    qtbot: QtBot, controller: WindowController, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = services.store.create("cooperative", {"name_ar": "تعاونية تانفنيت"})
    page = controller.window.open_record(record)
    assert page is not None
    assert page.finalise_button.isDefault() and not page.delete_button.isDefault()
    QApplication.processEvents()
    # Finalise stands out (filled); Delete is written in the error red.
    finalise = page.finalise_button.grab().toImage()
    centre = finalise.pixelColor(finalise.width() // 2, 3)
    assert centre.blue() > centre.red() + 60, centre.name()
    asked: list[tuple[Any, ...]] = []
    answer = {"value": False}

    def ask(cls: Any, *args: Any, **kwargs: Any) -> bool:
        asked.append(args)
        return answer["value"]

    monkeypatch.setattr(dialogs.ConfirmDialog, "ask", classmethod(ask))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and services.store.count() == 1  # asked, refused: nothing deleted
    answer["value"] = True
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and services.store.count() == 0
    assert controller.window.record_page is None  # back to the list


def test_a_failed_finalise_sums_up_the_problems_and_marks_the_fields(
    qtbot: QtBot, controller: WindowController, services: Services
) -> None:
    window = controller.window
    page = window.new_record("visit")
    assert page is not None
    fill(qtbot, page.editor, "observations", "ضعف التسويق")
    assert not page.summary.isVisible()
    qtbot.mouseClick(page.finalise_button, Qt.MouseButton.LeftButton)
    assert services.store.count() == 0
    assert page.summary.isVisible()
    date_label = page.form.field("visit_date").label["ar"]
    cooperative_label = page.form.field("cooperative").label["ar"]
    assert date_label in page.summary.text() and cooperative_label in page.summary.text()
    # The summary is at the top, above the form.
    assert (
        page.summary.mapTo(page, page.summary.rect().bottomLeft()).y()
        <= page.editor.mapTo(page, page.editor.rect().topLeft()).y()
    )
    date_box = text_input(page.editor.field_widget("visit_date"))
    page.editor.scroll.ensureWidgetVisible(date_box)
    assert red_border(date_box)
    observations = text_input(page.editor.field_widget("observations"))
    assert not red_border(observations)  # filled: no problem, no red
    fill(qtbot, page.editor, "visit_date", "2025-05-17")
    assert not red_border(date_box)
    assert date_label not in page.summary.text() and cooperative_label in page.summary.text()  # it follows the fixes


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_the_red_border_changes_only_the_edge_of_each_kind_of_box(
    qtbot: QtBot, controller: WindowController, lang: str
) -> None:
    """Marking a box paints its edge red and nothing else: an editable combo keeps its platform drop-down button
    (a style sheet's border used to swap it for a bevelled old-style one), every box keeps its size, so a marked
    box looks like its neighbours, only red-edged; unmarking gives back the very same pixels."""
    controller.switch_language(lang)
    page = controller.window.new_record("visit")
    assert page is not None
    controller.window.setFocus()  # no caret or focus frame in the pictures
    QApplication.processEvents()
    kinds = {"cooperative": QComboBox, "visit_date": QLineEdit, "purpose": QComboBox, "participants": QPlainTextEdit}
    for name, kind in kinds.items():
        row = page.editor.rows[name]
        box = next(widget for widget in row.widget.focus_widgets() if isinstance(widget, kind))
        page.editor.scroll.ensureWidgetVisible(box)
        QApplication.processEvents()
        size, hint, before = box.size(), box.sizeHint(), box.grab().toImage()
        row.mark(True)
        QApplication.processEvents()
        after = box.grab().toImage()
        assert box.size() == size and box.sizeHint() == hint, name
        middle_x, middle_y = after.width() // 2, after.height() // 2
        for x, y in ((0, middle_y), (1, middle_y), (after.width() - 1, middle_y), (middle_x, 0), (middle_x, 1),
                     (middle_x, after.height() - 1)):  # fmt: skip
            assert QColor(after.pixelColor(x, y)).name() == QColor(ERROR_COLOUR).name(), (name, x, y)
        edge = 4  # the red line and its rounded corners
        changed = [
            (x, y)
            for y in range(edge, after.height() - edge)
            for x in range(edge, after.width() - edge)
            if after.pixel(x, y) != before.pixel(x, y)
        ]
        assert not changed, (name, changed[:5])
        row.mark(False)
        QApplication.processEvents()
        assert box.grab().toImage() == before, name
