"""Dates (typed or picked from a calendar, and clearable) and GPS points."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.core.dates import date_hint, show_date
from app.core.fields import BadValue, parse_date
from app.core.forms import FieldSpec
from app.core.text import clean_number_text
from app.ui.forms.base import FieldWidget, as_text
from app.ui.forms.context import FieldContext
from app.ui.forms.text_inputs import number_text
from app.ui.grid import TIGHT, on_grid


def _calendar_icon(colour: QColor, size: int = 32) -> QIcon:
    """A small calendar drawn here: no icon theme on Windows, and emoji are missing from the bundled fonts."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 16
    painter.setPen(colour)
    painter.setBrush(QColor(0, 0, 0, 0))
    painter.drawRoundedRect(int(1.5 * unit), int(3 * unit), int(13 * unit), int(11.5 * unit), unit, unit)
    painter.fillRect(int(1.5 * unit), int(3 * unit), int(13 * unit), int(3 * unit), colour)
    for row in range(2):
        for column in range(3):
            painter.fillRect(
                int((4 + 3.5 * column) * unit), int((8 + 3 * row) * unit), int(2 * unit), int(2 * unit), colour
            )
    painter.end()
    return QIcon(pixmap)


class DateWidget(FieldWidget):
    """A line edit for a date in the language's format (17/05/2025 in Arabic and French, 2025-05-17 in English:
    `app.core.dates`, as lists and titles show dates), empty allowed, and a calendar button.

    A QDateEdit cannot be empty, and an unfinished visit must be able to leave its date blank; its sections also
    fight typing key by key. So the text is free: every written form the date type reads is accepted (17/05/2025,
    17-05-2025, 17.05.2025, 2025-05-17, Arabic-Indic digits), the value is the ISO day as soon as the text reads as
    one (a draft keeps other text as typed), and the text takes the language's format when the box is left. The
    calendar only fills it in; F4 or Alt+Down opens it from the keyboard.
    """

    def __init__(self, spec: FieldSpec, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(spec, context, parent)
        self.edit = self.ltr_line_edit(date_hint(context.lang), width_chars=12)
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.edit.editingFinished.connect(self._tidy)
        self.button = QToolButton(self)
        self.button.setIcon(_calendar_icon(self.button.palette().color(QPalette.ColorRole.ButtonText)))
        self.button.setToolTip(self.tr("Choose in a calendar (F4)"))
        self.button.setAccessibleName(self.tr("Calendar"))
        # Out of the Tab chain: F4 does the same from the text box, and Tab stays one stop per field.
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        self.popup: QFrame | None = None
        self.calendar: QCalendarWidget | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(TIGHT)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)

    def value(self) -> str:
        """The ISO day the text reads as (the field's limits are the validator's to check), else the text as typed."""
        text = self.edit.text()
        return _read_day(text) or text

    def _display(self, value: Any) -> None:
        self.edit.setText(show_date(value, self.context.lang) if isinstance(value, str | dt.date) else as_text(value))

    def _tidy(self) -> None:
        """The box left (or Enter): a date typed in another written form shown in the language's format. The value
        is the same day: nothing changed for the record."""
        day = _read_day(self.edit.text())
        shown = show_date(day, self.context.lang) if day else None
        if shown is not None and shown != self.edit.text():
            with self.loading():
                self.edit.setText(shown)

    def current_date(self) -> dt.date | None:
        day = _read_day(self.edit.text())
        return dt.date.fromisoformat(day) if day else None

    def open_calendar(self) -> None:
        if self.popup is None:
            self.popup = QFrame(self, Qt.WindowType.Popup)
            self.popup.setFrameShape(QFrame.Shape.StyledPanel)
            self.calendar = QCalendarWidget(self.popup)
            self.calendar.setGridVisible(True)
            if self.spec.min is not None:
                self.calendar.setMinimumDate(QDate.fromString(str(self.spec.min), Qt.DateFormat.ISODate))
            if self.spec.max is not None:
                self.calendar.setMaximumDate(QDate.fromString(str(self.spec.max), Qt.DateFormat.ISODate))
            self.calendar.clicked.connect(self.pick)
            self.calendar.activated.connect(self.pick)
            QVBoxLayout(self.popup).addWidget(self.calendar)
            self.popup.layout().setContentsMargins(0, 0, 0, 0)
        assert self.calendar is not None
        day = self.current_date() or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.popup.adjustSize()
        corner = self.button.rect().bottomLeft()
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            corner = self.button.rect().bottomRight() - QPoint(self.popup.width(), 0)
        self.popup.move(self.button.mapToGlobal(corner))
        self.popup.show()
        self.calendar.setFocus()

    def pick(self, day: QDate) -> None:
        text = show_date(day.toString(Qt.DateFormat.ISODate), self.context.lang)
        if self.popup is not None:
            self.popup.hide()
        self.edit.setFocus()
        if text != self.edit.text():
            self.edit.setText(text)
            self._edited()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if event.key() == Qt.Key.Key_F4 or alt_down:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)


# A date without limits: what a text reads as, whatever the field's range (the validator says "after the maximum").
_ANY_DAY = FieldSpec(name="date", type="date", label={})


def _read_day(text: str) -> str | None:
    """The ISO day `text` reads as in any written form the date type accepts, or None."""
    if not text.strip():
        return None
    try:
        return str(parse_date(text, _ANY_DAY))
    except BadValue:
        return None


_SEPARATOR = re.compile(r"\s*[,;،]\s*|\s+")


class GeopointWidget(FieldWidget):
    """Latitude and longitude in two left-to-right boxes; the value is `{lat, lon}` or, if either box does not
    read as a number, the text as typed ("lat, lon") so the validator can say what is wrong and a draft keeps it."""

    def __init__(self, spec: FieldSpec, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(spec, context, parent)
        self.lat = self.ltr_line_edit("33.1642", width_chars=11)
        self.lon = self.ltr_line_edit("-5.5698", width_chars=11)
        self.lat.setAccessibleName(self.tr("Latitude"))
        self.lon.setAccessibleName(self.tr("Longitude"))
        # Altitude and accuracy of a loaded point are kept only while the point itself is not edited.
        self._extra: dict[str, float] = {}
        self._loaded: tuple[str, str] = ("", "")
        layout = on_grid(QHBoxLayout(self), spacing=TIGHT)
        for caption, edit in ((self.tr("Latitude"), self.lat), (self.tr("Longitude"), self.lon)):
            label = QLabel(caption, self)
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit)
            layout.addSpacing(8)
        layout.addStretch(1)
        self.setFocusProxy(self.lat)

    def focus_widgets(self) -> list[QWidget]:
        return [self.lat, self.lon]

    def value(self) -> Any:
        lat, lon = self.lat.text().strip(), self.lon.text().strip()
        if not lat and not lon:
            return ""
        numbers = [_number(lat), _number(lon)]
        if numbers[0] is None or numbers[1] is None:
            return f"{lat}, {lon}".strip(", ")
        point: dict[str, float] = {"lat": numbers[0], "lon": numbers[1]}
        if (lat, lon) == self._loaded:
            point.update(self._extra)
        return point

    def _display(self, value: Any) -> None:
        self._extra = {}
        if isinstance(value, dict):
            lat, lon = number_text(value.get("lat")), number_text(value.get("lon"))
            self._extra = {k: v for k, v in value.items() if k in ("alt", "accuracy") and v is not None}
        else:
            text = as_text(value).strip()
            parts = [p for p in _SEPARATOR.split(text) if p]
            # Two parts fill the two boxes; anything else is kept whole in the first box rather than lost.
            lat, lon = (parts[0], parts[1]) if len(parts) == 2 else (text, "")
        self.lat.setText(lat)
        self.lon.setText(lon)
        self._loaded = (lat, lon)


def _number(text: str) -> float | None:
    try:
        return float(clean_number_text(text).replace(",", "."))
    except ValueError:
        return None
