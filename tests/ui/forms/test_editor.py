"""The form editor with the shipped forms: values, live relevance, problems under their fields, groups, keyboard."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.core.errors import FieldProblem
from app.core.validation import clean_record
from app.ui.forms.editor import FormEditor
from app.ui.forms.group import GroupWidget
from app.ui.forms.widgets import FieldWidget

Typing = Callable[[QWidget, str], None]
REQUIRED_AR = FieldProblem("x", "required").message("ar")
REQUIRED_EN = FieldProblem("x", "required").message("en")


def click(qtbot: QtBot, editor: FormEditor, widget: QWidget) -> None:
    """Scroll `widget` into view and click it (a click lands on what is under the mouse, as for a person)."""
    editor.scroll.ensureWidgetVisible(widget)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def group_of(editor: FormEditor, name: str) -> GroupWidget:
    widget = editor.field_widget(name)
    assert isinstance(widget, GroupWidget)
    return widget


def test_typing_arabic_indic_digits_gives_raw_data_that_cleans_to_a_number(
    qtbot: QtBot, make_editor: Callable[..., FormEditor], typing: Typing
) -> None:
    editor = make_editor("cooperative")
    with qtbot.waitSignal(editor.changed):
        typing(editor.field_widget("members_total").edit, "٣٠")
    assert editor.data() == {"members_total": "٣٠"}
    assert clean_record(editor.form, editor.data(), draft=True) == {"members_total": 30}


def test_set_data_shows_a_record_without_emitting_changed_and_data_gives_it_back(
    qtbot: QtBot, make_editor: Callable[..., FormEditor], context: Any
) -> None:
    editor = make_editor("visit")
    cooperative = context.records[0][0]
    record = {
        "cooperative": cooperative,
        "visit_date": "2025-05-17",
        "purpose": "follow_up",
        "observations": "ضعف التأطير",
        "recommendations": [{"action": "تكوين في التسيير", "due_date": "2025-09-30"}, {"action": "زيارات تبادل"}],
        "location": {"lat": 33.1642, "lon": -5.5698},
    }
    with qtbot.assertNotEmitted(editor.changed):
        editor.set_data(record)
    assert clean_record(editor.form, editor.data()) == record
    editor.set_data({})
    assert editor.data() == {}


def test_a_required_field_left_empty_shows_the_message_in_arabic_after_validate(
    make_editor: Callable[..., FormEditor],
) -> None:
    editor = make_editor("cooperative")
    assert editor.problem_text("name_ar") == ""  # nothing is shown before the user edits or saves
    assert editor.validate(draft=True) == []  # an empty draft can always be saved
    assert editor.problem_text("name_ar") == ""
    problems = editor.validate(draft=False)
    assert [(p.path, p.code) for p in problems] == [("name_ar", "required")]
    assert editor.problem_text("name_ar") == REQUIRED_AR
    editor.clear_problems()
    assert editor.problem_text("name_ar") == ""


def test_the_required_message_is_in_english_when_the_context_is(make_editor: Callable[..., FormEditor]) -> None:
    editor = make_editor("cooperative", lang="en")
    editor.validate(draft=False)
    assert editor.problem_text("name_ar") == REQUIRED_EN
    assert editor.rows["name_ar"].label.text().count("*") == 1  # the required mark
    assert editor.rows["name_fr"].label.text().count("*") == 0


def test_a_constraint_message_appears_under_the_field_it_is_about_as_the_user_types(
    qtbot: QtBot, make_editor: Callable[..., FormEditor], typing: Typing
) -> None:
    editor = make_editor("cooperative")
    typing(editor.field_widget("members_total").edit, "10")
    typing(editor.field_widget("members_women").edit, "12")
    expected = editor.form.field("members_women").constraint_message["ar"]  # type: ignore[union-attr]
    assert editor.problem_text("members_women") == expected
    assert editor.problem_text("members_total") == ""
    assert editor.problem_text("name_ar") == ""  # required, but not touched yet: not shouted at
    typing(editor.field_widget("members_total").edit, "0")  # 100 members: the problem goes away as typed
    assert editor.problem_text("members_women") == ""


def test_a_value_that_does_not_parse_is_reported_under_its_field_while_typing(
    make_editor: Callable[..., FormEditor], typing: Typing
) -> None:
    editor = make_editor("cooperative")
    typing(editor.field_widget("members_total").edit, "12x")
    assert "12x" in editor.problem_text("members_total")
    assert editor.data() == {"members_total": "12x"}  # kept as typed, for the draft


def test_challenges_other_is_shown_only_while_other_is_checked(
    qtbot: QtBot, make_editor: Callable[..., FormEditor], typing: Typing
) -> None:
    editor = make_editor("cooperative")
    assert not editor.is_field_shown("challenges_other")
    challenges = editor.field_widget("challenges")
    click(qtbot, editor, challenges.boxes["isolation"])
    assert not editor.is_field_shown("challenges_other")
    click(qtbot, editor, challenges.boxes["other"])
    assert editor.is_field_shown("challenges_other")
    typing(editor.field_widget("challenges_other").edit, "بعد السوق")
    assert editor.data()["challenges_other"] == "بعد السوق"
    click(qtbot, editor, challenges.boxes["other"])
    assert not editor.is_field_shown("challenges_other")
    assert "challenges_other" not in editor.data()  # a hidden field keeps no value
    assert editor.data()["challenges"] == ["isolation"]


def test_recommendations_are_added_typed_reordered_and_removed(
    qtbot: QtBot, make_editor: Callable[..., FormEditor], typing: Typing, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = make_editor("visit")
    group = group_of(editor, "recommendations")
    with qtbot.waitSignal(editor.changed):
        click(qtbot, editor, group.add_button)
    click(qtbot, editor, group.add_button)
    assert len(group.entries) == 2
    typing(group.entries[0].rows["action"].widget.edit, "تكوين في التسيير")
    typing(group.entries[1].rows["action"].widget.edit, "زيارات تبادل")
    typing(group.entries[1].rows["responsible"].widget.edit, "التعاونية")
    assert editor.data()["recommendations"] == [
        {"action": "تكوين في التسيير"},
        {"action": "زيارات تبادل", "responsible": "التعاونية"},
    ]
    assert not group.entries[0].up.isEnabled() and not group.entries[1].down.isEnabled()

    second = group.entries[1]
    mark = "\u200f" if editor.layoutDirection() == Qt.LayoutDirection.RightToLeft else "\u200e"
    with qtbot.waitSignal(editor.changed):
        click(qtbot, editor, second.up)
    assert group.entries[0] is second
    assert [e["action"] for e in editor.data()["recommendations"]] == ["زيارات تبادل", "تكوين في التسيير"]
    assert group.entries[0].title.text() == f"{mark}1. \u2068زيارات تبادل\u2069"  # from 1, in the editor's direction
    group.entries[0].down.setFocus()
    qtbot.keyClick(group.entries[0].down, Qt.Key.Key_Space)  # the buttons work from the keyboard too
    assert [e["action"] for e in editor.data()["recommendations"]] == ["تكوين في التسيير", "زيارات تبادل"]

    asked: list[str] = []
    monkeypatch.setattr(GroupWidget, "confirm_remove", staticmethod(lambda parent, title: asked.append(title) or False))
    click(qtbot, editor, group.entries[0].remove)
    assert len(group.entries) == 2 and asked == ["التوصيات"]  # an entry with text is removed only when confirmed
    monkeypatch.setattr(GroupWidget, "confirm_remove", staticmethod(lambda parent, title: True))
    with qtbot.waitSignal(editor.changed):
        click(qtbot, editor, group.entries[0].remove)
    assert editor.data()["recommendations"] == [{"action": "زيارات تبادل", "responsible": "التعاونية"}]
    assert group.entries[0].title.text() == f"{mark}1. \u2068زيارات تبادل\u2069"  # from 1, in the editor's direction


def test_a_problem_in_the_second_recommendation_is_shown_in_the_second_entry(
    make_editor: Callable[..., FormEditor], typing: Typing
) -> None:
    editor = make_editor("visit")
    editor.set_data({"recommendations": [{"action": "تكوين"}, {"responsible": "الجماعة"}]})
    group = group_of(editor, "recommendations")
    problems = editor.validate(draft=False)
    assert FieldProblem("recommendations[2].action", "required") in problems
    assert group.entries[1].rows["action"].message_text() == REQUIRED_AR
    assert group.entries[0].rows["action"].message_text() == ""
    assert editor.problem_text("recommendations[2].action") == REQUIRED_AR
    typing(group.entries[1].rows["action"].widget.edit, "تنظيم زيارات")
    assert editor.problem_text("recommendations[2].action") == ""  # fixed: the message goes as the user types


def test_a_sub_field_problem_waits_until_that_sub_field_is_touched(
    make_editor: Callable[..., FormEditor], typing: Typing
) -> None:
    editor = make_editor("visit")
    group = group_of(editor, "recommendations")
    group.add_entry()
    typing(group.entries[0].rows["responsible"].widget.edit, "الجماعة")
    assert editor.problem_text("recommendations[1].action") == ""
    typing(group.entries[0].rows["action"].widget.edit, "x")
    group.entries[0].rows["action"].widget.edit.clear()  # emptied again by the user
    assert editor.problem_text("recommendations[1].action") == REQUIRED_AR


def test_focus_first_problem_goes_to_the_first_field_with_a_problem(
    qtbot: QtBot, make_editor: Callable[..., FormEditor]
) -> None:
    editor = make_editor("visit", active=True)
    editor.set_data({"cooperative": "7d5c3a52-3f0e-5b0c-9f51-1f6f0c7e8a01", "visit_date": "2025-05-17"})
    assert not editor.focus_first_problem()
    editor.validate(draft=False)
    assert editor.focus_first_problem()
    qtbot.waitUntil(lambda: editor.field_widget("observations").edit.hasFocus())


def owner(editor: FormEditor, widget: QWidget | None) -> str:
    """The top-level field that a focused widget belongs to."""
    while widget is not None:
        if isinstance(widget, FieldWidget) and any(row.widget is widget for row in editor.rows.values()):
            return widget.spec.name
        widget = widget.parentWidget()
    return "?"


def tab_through(qtbot: QtBot, editor: FormEditor, start: QWidget, until: str) -> list[str]:
    """Press Tab from `start` until the focus reaches the field `until`: the fields visited, in order."""
    start.setFocus()
    visited = [owner(editor, QApplication.focusWidget())]
    for _ in range(200):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        name = owner(editor, QApplication.focusWidget())
        if name != visited[-1]:
            visited.append(name)
        if name == until:
            break
    return visited


def test_tab_visits_the_visible_inputs_from_top_to_bottom(qtbot: QtBot, make_editor: Callable[..., FormEditor]) -> None:
    editor = make_editor("cooperative", active=True)
    shown = [name for name in editor.rows if editor.is_field_shown(name)]
    assert "challenges_other" not in shown
    assert tab_through(qtbot, editor, editor.field_widget("name_ar").edit, shown[-1]) == shown


def test_tab_order_follows_entries_added_to_a_group_later(qtbot: QtBot, make_editor: Callable[..., FormEditor]) -> None:
    editor = make_editor("visit", active=True)
    group = group_of(editor, "recommendations")
    group.add_entry()
    group.add_entry()
    start = editor.field_widget("problems").edit
    assert tab_through(qtbot, editor, start, "next_follow_up") == ["problems", "recommendations", "next_follow_up"]
    # Inside the group: the second entry's action comes after the first entry's fields, not at the end.
    chain = group.focus_widgets()
    assert chain.index(group.entries[1].rows["action"].widget.edit) > chain.index(
        group.entries[0].rows["due_date"].widget.edit
    )
