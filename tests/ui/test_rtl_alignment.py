"""Text boxes start on the side their text is written from: Arabic from the right, French from the left, and an
empty box on the window's side (right in Arabic, left in French). Measured where the caret is drawn, as a user
sees it, in the real window: multi-line boxes (notes, participants, a workshop's summary, the merge report) and
one-line fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot
from ui_helpers import text_input, type_text

from app.ui.application import WindowController
from app.ui.main_window import MainWindow
from app.ui.services import Services

ARABIC = "ملاحظات الزيارة: ضعف التسويق"
FRENCH = "Notes de la visite : commercialisation faible"


@pytest.fixture(params=["ar", "fr"])
def window(request: pytest.FixtureRequest, controller: WindowController) -> MainWindow:
    if request.param != "ar":
        controller.switch_language(request.param)
    return controller.window


def caret_x(box: QLineEdit | QPlainTextEdit, position: int) -> tuple[int, int]:
    """Where the caret is drawn at `position` of the text, and the width it is drawn in."""
    if isinstance(box, QLineEdit):
        box.setCursorPosition(position)
        box.grab()  # a line edit scrolls its text when painted: painting places the caret as on screen
        return box.cursorRect().center().x(), box.width()
    cursor = box.textCursor()
    cursor.setPosition(position)
    box.setTextCursor(cursor)
    return box.cursorRect().center().x(), box.viewport().width()


def caret_side(box: QLineEdit | QPlainTextEdit) -> str:
    """The side of the box ("right" or "left") where the caret is drawn at the start of the text."""
    QApplication.processEvents()
    x, width = caret_x(box, 0)
    assert 0 <= x <= width, (x, width)
    if x > width * 0.8:
        return "right"
    assert x < width * 0.2, f"the caret is in the middle of the box: {x} of {width}"
    return "left"


def runs_leftwards(box: QLineEdit | QPlainTextEdit) -> bool:
    """True when the end of the (first line of) text is drawn left of its start."""
    text = box.text() if isinstance(box, QLineEdit) else box.toPlainText().split("\n")[0]
    return caret_x(box, len(text))[0] < caret_x(box, 0)[0]


def window_side(window: MainWindow) -> str:
    return "right" if window.isRightToLeft() else "left"


def typed(box: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Typed at the end of what the box holds."""
    box.setFocus()
    if isinstance(box, QLineEdit):
        box.end(False)
    else:
        box.moveCursor(QTextCursor.MoveOperation.End)
    type_text(box, text)


MULTI_LINE = [("visit", "participants"), ("visit", "observations"), ("workshop", "summary"), ("cooperative", "notes")]


@pytest.mark.parametrize(("form", "field"), MULTI_LINE)
def test_multi_line_boxes_start_on_the_side_of_their_text(
    qtbot: QtBot, controller: WindowController, form: str, field: str
) -> None:
    for lang in ("ar", "fr"):  # one window per language: a window takes a while to build
        if lang != controller.services.lang:
            controller.switch_language(lang)
        check_multi_line_box(controller.window, form, field)


def check_multi_line_box(window: MainWindow, form: str, field: str) -> None:
    page = window.new_record(form)
    assert page is not None
    box = text_input(page.editor.field_widget(field))
    assert isinstance(box, QPlainTextEdit)
    page.editor.scroll.ensureWidgetVisible(box)
    assert caret_side(box) == window_side(window)  # empty: the caret waits on the window's side
    typed(box, ARABIC)
    assert caret_side(box) == "right" and runs_leftwards(box)  # Arabic starts at the right edge
    box.clear()
    typed(box, FRENCH)
    assert caret_side(box) == "left" and not runs_leftwards(box)
    typed(box, "\n" + ARABIC)  # a box takes the direction of its first letter, as HTML's dir="auto"
    assert caret_side(box) == "left"
    box.clear()
    typed(box, "١٢ ")  # digits decide nothing: the window's side
    assert caret_side(box) == window_side(window)
    typed(box, "مشاركا")
    assert caret_side(box) == "right"


def test_a_stored_arabic_note_opens_aligned_right_in_french_and_arabic(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    record = services.store.create("cooperative", {"name_ar": "تعاونية تانفنيت", "notes": ARABIC + "\n" + ARABIC})
    page = window.open_record(record)
    assert page is not None
    box = text_input(page.editor.field_widget("notes"))
    page.editor.scroll.ensureWidgetVisible(box)
    assert caret_side(box) == "right"


def test_one_line_fields_start_on_the_side_of_their_text(qtbot: QtBot, window: MainWindow) -> None:
    page = window.new_record("cooperative")
    assert page is not None
    name = text_input(page.editor.field_widget("name_ar"))
    assert isinstance(name, QLineEdit)
    assert caret_side(name) == window_side(window)
    typed(name, "تعاونية النور")
    assert caret_side(name) == "right"
    name.clear()
    typed(name, "Coopérative Annour")
    assert caret_side(name) == "left"
    visit = window.new_record("visit")  # the type-ahead box of a reference: a visit's cooperative
    assert visit is not None
    cooperative = text_input(visit.editor.field_widget("cooperative"))
    assert caret_side(cooperative) == window_side(window)


def test_the_window_s_own_boxes_follow_too(qtbot: QtBot, window: MainWindow) -> None:
    """The list's filter box and the USB stick screen's report, built with the window."""
    window.navigation.setCurrentRow(window.form_names.index("visit"))  # the list shown, as the agent sees it
    listing = window.lists["visit"]
    assert caret_side(listing.filter) == window_side(window)
    typed(listing.filter, "بيئتي")
    assert caret_side(listing.filter) == "right"
    window.navigation.setCurrentRow(3)  # the USB stick screen
    reports = window.sync_page.findChildren(QPlainTextEdit)
    assert reports
    for report in reports:
        report.setPlainText(ARABIC)
        assert caret_side(report) == "right"
        report.setPlainText("")
        assert caret_side(report) == window_side(window)


def test_numbers_and_dates_stay_left_to_right_with_their_own_alignment(qtbot: QtBot, window: MainWindow) -> None:
    """Number boxes are not turned around: they read left to right and sit on the label's side, as before."""
    page = window.new_record("cooperative")
    assert page is not None
    members = text_input(page.editor.field_widget("members_total"))
    page.editor.scroll.ensureWidgetVisible(members)
    typed(members, "25")
    assert not runs_leftwards(members)  # "25" reads left to right in either language


# --- numbers, names and paths keep their order ----------------------------------------------------------------------


def visual_span(
    text: str, part: str, font: QFont, direction: Qt.LayoutDirection, *, start: int | None = None
) -> tuple[float, float]:
    """Where the glyphs of `part` of `text` (its first occurrence, or the one at `start`) are drawn (left and right
    x) when `text` is laid out as one line in `direction`, as a label draws it."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    at = text.index(part) if start is None else start
    boxes = [run.boundingRect() for run in layout.glyphRuns(at, len(part))]
    assert boxes, part
    return min(box.left() for box in boxes), max(box.right() for box in boxes)


def test_the_status_bar_names_the_agent_then_the_laptop_in_every_language(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    """ "فاطمة · حاسوب مريرت": in a French line the two Arabic names made one right-to-left run and swapped."""
    text = window.identity.text()
    direction = window.identity.layoutDirection()
    font = window.identity.font()
    author = visual_span(text, "فاطمة", font, direction)
    laptop = visual_span(text, "حاسوب مريرت", font, direction)
    path = str(services.store.path)
    where = visual_span(text, path, font, direction)
    if direction == Qt.LayoutDirection.LeftToRight:
        assert author[1] <= laptop[0] <= laptop[1] <= where[0]  # agent, laptop, file: left to right
    else:
        assert where[1] <= laptop[0] <= laptop[1] <= author[0]  # agent, laptop, file: right to left
    # The path reads left to right with its leading "/" first, in Arabic too.
    slash = visual_span(text, "/", font, direction, start=text.index(path))
    assert 0 <= visual_span(text, path[1], font, direction, start=text.index(path) + 1)[0] - slash[1] < 3


def test_a_message_with_a_path_keeps_the_path_whole_inside_arabic(qtbot: QtBot, window: MainWindow) -> None:
    """A message naming a file, as the window shows it (status bar, dialogs): the path keeps its leading "/"."""
    from app.core.display import window_message
    from app.core.errors import TaawunError
    from app.ui.status import show_quietly

    path = "/home/fatima/.local/share/Taawun/visit.json"
    error = TaawunError("file_unreadable", path=path, detail="Permission denied")
    text = show_quietly(window, error, "ar")
    assert text == window_message(error, "ar") and window.statusBar().currentMessage() == text
    font = window.font()
    start = text.index(path)
    slash = visual_span(text, "/", font, Qt.LayoutDirection.RightToLeft, start=start)
    letter = visual_span(text, "h", font, Qt.LayoutDirection.RightToLeft, start=start + 1)
    assert 0 <= letter[0] - slash[1] < 3  # "/home": the leading "/" is drawn just left of the "h"


def test_a_negative_longitude_keeps_its_minus_sign_before_its_digits(qtbot: QtBot, window: MainWindow) -> None:
    """Every Moroccan longitude is negative: "-5.5763", never "5.5763-", inside Arabic text and in its box."""
    from app.core.display import format_value

    spec = window.services.store.forms.get("cooperative").field("location")
    value = format_value(spec, {"lat": 33.1581, "lon": -5.5763}, "ar", isolate=True)
    text = "الموقع الجغرافي: " + value
    font = window.font()
    minus = visual_span(text, "-", font, Qt.LayoutDirection.RightToLeft)
    digits = visual_span(text, "5.5763", font, Qt.LayoutDirection.RightToLeft)
    assert minus[1] <= digits[0] + 1
    # A value shown alone in a cell or a line (the history's "from → to"): the same, through isolate_if_ltr.
    from app.core.display import isolate_if_ltr

    cell = isolate_if_ltr(format_value(spec, {"lat": 33.1581, "lon": -5.5763}, "ar"))
    minus = visual_span(cell, "-", font, Qt.LayoutDirection.RightToLeft)
    digits = visual_span(cell, "5.5763", font, Qt.LayoutDirection.RightToLeft)
    assert minus[1] <= digits[0] + 1
    assert isolate_if_ltr("تعاونية النور") == "تعاونية النور"  # Arabic keeps its cell's direction
    page = window.new_record("cooperative")
    assert page is not None
    page.editor.field_widget("location").set_value({"lat": 33.1581, "lon": -5.5763})
    box = page.editor.field_widget("location").lon
    page.editor.scroll.ensureWidgetVisible(box)
    assert not runs_leftwards(box)
