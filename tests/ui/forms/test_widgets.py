"""Each field widget on its own: one per type of every shipped form, values in and out, raw drafts kept as typed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QToolButton, QWidget
from pytestqt.qtbot import QtBot

from app.core.fields import PARSERS
from app.core.forms import FieldSpec, FormRegistry
from app.ui.forms.date_geo import DateWidget, GeopointWidget
from app.ui.forms.photos import PhotoDialog, PhotosWidget
from app.ui.forms.text_inputs import LongTextWidget, NumberWidget, PhoneWidget
from app.ui.forms.widgets import WIDGET_TYPES, create_field_widget

PNG_SHA = "a" * 64


def canonical(spec: FieldSpec, context: Any) -> Any:
    """A stored (canonical) value for any field, as `clean_record` would produce it."""
    values: dict[str, Any] = {
        "text": "تعاونية بيئتي",
        "long_text": "ضعف التأطير\nضعف التكوين",
        "integer": 30,
        "decimal": 3.25,
        "date": "2025-05-17",
        "phone": "+212612345678",
        "geopoint": {"lat": 33.1642, "lon": -5.5698},
        "photos": [{"sha256": PNG_SHA, "name": "cooperative.png"}],
        "province": "tiznit",
    }
    if spec.type == "select_one":
        return spec.choices[-1].value
    if spec.type == "select_multiple":
        return [spec.choices[0].value, spec.choices[2].value]
    if spec.type == "reference":
        return next(rid for rid, form, _ in context.records if form == spec.form)
    if spec.type == "group":
        return [{sub.name: canonical(sub, context) for sub in spec.fields}]
    return values[spec.type]


def parsed(spec: FieldSpec, raw: Any) -> Any:
    """What the validator makes of a widget's raw value (group entries field by field)."""
    if spec.type == "group":
        return [{sub.name: parsed(sub, entry[sub.name]) for sub in spec.fields} for entry in raw]
    return PARSERS[spec.type](raw, spec)


def every_field(forms: FormRegistry) -> list[FieldSpec]:
    """Every field of the shipped forms (group sub-fields too), plus a decimal: no shipped form has one yet."""
    fields = [spec for form in forms for spec in form.fields]
    members = forms.get("cooperative").field("members_total")
    assert members is not None
    return fields + [sub for spec in fields for sub in spec.fields] + [replace(members, type="decimal", max=None)]


def test_every_field_type_of_every_form_gets_a_widget_and_round_trips(
    qtbot: QtBot, forms: FormRegistry, context: Any, picture: Callable[[str, str], Path]
) -> None:
    context.photos[PNG_SHA] = picture("c.png", "green").read_bytes()
    specs = every_field(forms)
    assert {spec.type for spec in specs} == set(WIDGET_TYPES)
    for spec in specs:
        widget = create_field_widget(spec, context)
        qtbot.addWidget(widget)
        assert isinstance(widget, WIDGET_TYPES[spec.type]), spec.name
        assert widget.focusProxy() is not None, spec.name
        assert widget.value() == "", spec.name
        value = canonical(spec, context)
        with qtbot.assertNotEmitted(widget.value_changed):  # loading is not editing
            widget.set_value(value)
        assert parsed(spec, widget.value()) == value, spec.name
        widget.set_value(None)
        assert widget.value() == "", spec.name


# The offscreen platform cannot raise a pop-up or grab the keyboard for it, and says so; the pop-ups work anyway.
POPUP_WARNINGS = pytest.mark.qt_log_ignore(r"This plugin does not support (raise\(\)|grabbing the keyboard)")


@pytest.mark.parametrize(
    ("kind", "raw"),
    [
        ("integer", "12x"),
        ("integer", "٣٠"),
        ("decimal", "3,5"),
        ("date", "17/05"),  # a day without its year: not a date yet
        ("date", "2025-13-45"),
        ("phone", "06 12 34 56 78"),
        ("select_one", "not_a_choice"),
        ("select_multiple", ["agriculture", "gone_choice"]),
        ("geopoint", "12x, -5.5"),
        ("reference", "بيئتي"),
    ],
)
def test_a_raw_draft_value_is_shown_and_returned_as_typed(
    qtbot: QtBot, forms: FormRegistry, context: Any, kind: str, raw: Any
) -> None:
    spec = next(spec for spec in every_field(forms) if spec.type == kind)
    widget = create_field_widget(spec, context)
    qtbot.addWidget(widget)
    widget.set_value(raw)
    assert widget.value() == raw


def test_select_one_reads_a_label_and_shows_labels_in_the_language(
    qtbot: QtBot, forms: FormRegistry, context: Any
) -> None:
    spec = forms.get("cooperative").field("legal_form")
    assert spec is not None
    widget = create_field_widget(spec, context)
    qtbot.addWidget(widget)
    widget.set_value("تعاونية")  # a draft typed on the command line by label
    assert widget.value() == "cooperative"
    assert widget.combo.currentText() == "تعاونية"
    assert widget.combo.itemText(0) == ""  # nothing chosen is a choice too


@pytest.mark.parametrize("name", ["members_total", "founded_on", "phone", "location"])
def test_numbers_dates_phones_and_gps_stay_left_to_right_in_a_right_to_left_window(
    qtbot: QtBot, forms: FormRegistry, context: Any, name: str
) -> None:
    window = QWidget()
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.addWidget(window)
    spec = forms.get("cooperative").field(name)
    assert spec is not None
    widget = create_field_widget(spec, context, window)
    assert isinstance(widget, (NumberWidget, DateWidget, PhoneWidget, GeopointWidget))
    assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft  # the field sits in the window's flow
    for edit in widget.focus_widgets():
        assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert edit.alignment() & Qt.AlignmentFlag.AlignRight  # starts next to the label, on the right


def test_typing_in_a_number_field_keeps_arabic_indic_digits(
    qtbot: QtBot, forms: FormRegistry, context: Any, typing: Callable[[QWidget, str], None]
) -> None:
    spec = forms.get("cooperative").field("members_total")
    assert spec is not None
    widget = create_field_widget(spec, context)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.value_changed):
        typing(widget.edit, "٣٠")
    assert widget.value() == "٣٠"


def test_long_text_moves_focus_on_tab_and_keeps_line_breaks(qtbot: QtBot, forms: FormRegistry, context: Any) -> None:
    spec = forms.get("visit").field("observations")
    assert spec is not None
    widget = create_field_widget(spec, context)
    qtbot.addWidget(widget)
    assert isinstance(widget, LongTextWidget)
    assert widget.edit.tabChangesFocus()
    widget.set_value("سطر أول\nسطر ثان")
    assert widget.value() == "سطر أول\nسطر ثان"


@POPUP_WARNINGS
def test_a_date_is_picked_in_the_calendar_with_the_keyboard_and_cleared(
    qtbot: QtBot, forms: FormRegistry, context: Any
) -> None:
    spec = forms.get("visit").field("visit_date")
    assert spec is not None
    widget = create_field_widget(spec, context)
    assert isinstance(widget, DateWidget)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_value("2025-05-17")
    qtbot.keyClick(widget.edit, Qt.Key.Key_F4)
    assert widget.popup is not None and widget.popup.isVisible()
    assert widget.calendar is not None and widget.calendar.selectedDate() == QDate(2025, 5, 17)
    with qtbot.waitSignal(widget.value_changed):
        widget.calendar.activated.emit(QDate(2025, 5, 18))  # what Enter or a double click on a day does
    assert widget.value() == "2025-05-18"
    assert not widget.popup.isVisible()
    clear = widget.edit.findChild(QToolButton)  # the line edit's own clear button
    assert clear is not None
    with qtbot.waitSignal(widget.value_changed):
        qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert widget.value() == ""


def test_geopoint_keeps_altitude_until_the_point_is_edited(qtbot: QtBot, forms: FormRegistry, context: Any) -> None:
    spec = forms.get("visit").field("location")
    assert spec is not None
    widget = create_field_widget(spec, context)
    assert isinstance(widget, GeopointWidget)
    qtbot.addWidget(widget)
    widget.set_value({"lat": 33.1642, "lon": -5.5698, "alt": 1100.0})
    assert widget.value() == {"lat": 33.1642, "lon": -5.5698, "alt": 1100.0}
    widget.lon.clear()
    qtbot.keyClicks(widget.lon, "-5,57")  # a decimal comma, as French keyboards type it
    assert widget.value() == {"lat": 33.1642, "lon": -5.57}


@POPUP_WARNINGS
def test_reference_type_ahead_finds_a_cooperative_by_part_of_its_arabic_name(
    qtbot: QtBot, forms: FormRegistry, context: Any, typing: Callable[[QWidget, str], None]
) -> None:
    spec = forms.get("visit").field("cooperative")
    assert spec is not None
    widget = create_field_widget(spec, context)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    line = widget.combo.lineEdit()
    typing(line, "إفسان")
    assert ("cooperative", "إفسان") in context.searches
    popup = widget.completer.popup()
    assert popup.isVisible()
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == [
        "تعاونية إفسان لإنتاج الكسكس البلدي"
    ]
    assert widget.value() == "إفسان"  # typed, not chosen yet: kept as typed
    with qtbot.waitSignal(widget.value_changed):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    ifssan = next(rid for rid, _, title in context.records if "إفسان" in title)
    assert widget.value() == ifssan
    assert line.text() == "تعاونية إفسان لإنتاج الكسكس البلدي"
    widget.set_value(ifssan)  # a stored record shows its title
    assert line.text() == "تعاونية إفسان لإنتاج الكسكس البلدي" and widget.value() == ifssan


def test_reference_list_offers_every_record_of_the_form(qtbot: QtBot, forms: FormRegistry, context: Any) -> None:
    spec = forms.get("visit").field("workshop")
    assert spec is not None
    widget = create_field_widget(spec, context)
    qtbot.addWidget(widget)
    widget.fill_list()
    assert widget.combo.count() == 1
    with qtbot.waitSignal(widget.value_changed):
        widget.combo.activated.emit(0)  # what choosing the first row of the drop-down list does
    assert widget.value() == next(rid for rid, form, _ in context.records if form == "workshop")


def test_photos_are_added_from_files_shown_as_thumbnails_viewed_and_removed(
    qtbot: QtBot,
    forms: FormRegistry,
    context: Any,
    picture: Callable[[str, str], Path],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    spec = forms.get("visit").field("photos")
    assert spec is not None
    widget = create_field_widget(spec, context)
    assert isinstance(widget, PhotosWidget)
    qtbot.addWidget(widget)
    files = [picture("cooperative.png", "green"), picture("atelier.png", "blue")]
    (tmp_path / "notes.txt").write_text("not a picture", encoding="utf-8")
    chosen = [str(path) for path in files] + [str(tmp_path / "notes.txt")]
    monkeypatch.setattr(PhotosWidget, "choose_files", staticmethod(lambda parent: chosen))
    with qtbot.waitSignal(widget.value_changed):
        qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    assert widget.list.count() == 2
    assert all(not widget.list.item(row).icon().isNull() for row in range(2))
    value = widget.value()
    assert [photo["name"] for photo in value] == ["cooperative.png", "atelier.png"]
    assert {photo["sha256"] for photo in value} == set(context.photos)
    assert "notes.txt" in widget.notice.text() and not widget.notice.isHidden()

    widget.list.setCurrentRow(1)
    qtbot.keyClick(widget.list, Qt.Key.Key_Return)  # Enter, like a double click, opens the photo large
    dialog = widget.findChild(PhotoDialog)
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "atelier.png"
    dialog.close()

    qtbot.keyClick(widget.list, Qt.Key.Key_Home)  # select the first photo only
    with qtbot.waitSignal(widget.value_changed):
        qtbot.mouseClick(widget.remove_button, Qt.MouseButton.LeftButton)
    assert [photo["name"] for photo in widget.value()] == ["atelier.png"]
    assert widget.list.item(0).isSelected()
    with qtbot.waitSignal(widget.value_changed):
        qtbot.keyClick(widget.list, Qt.Key.Key_Delete)
    assert widget.value() == ""
