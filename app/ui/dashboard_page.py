"""The window's home: the programme's indicators (app/db/indicators.py) for a chosen period and province, as tiles
and two bar charts, the previous period beside each figure; a click on a tile or a bar opens the list behind it,
filtered by the same period and province where that list's filters allow it.

The figures are read on a worker with a read-only connection of its own (a year at 100,000 visits takes a few
tenths of a second): typing in the window never waits for them. A result that arrives after the person asked for
another period is dropped. Words come from app/core/messages (the figures are worded by app/db/indicator_rows.py,
as in the indicator report), so the home, the report and the command line say the same thing.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.core.dates import date_hint, show_date
from app.core.errors import TaawunError
from app.core.fields import BadValue, parse_date
from app.core.forms import FieldSpec
from app.core.messages import translate
from app.core.places import official_places
from app.db.followups import BoardFilters
from app.db.indicator_rows import Row, indicator_rows
from app.db.indicators import Area, Indicators, indicators, known_provinces
from app.db.list_filters import Filters
from app.db.opening import connect_read_only
from app.ui.background import BackgroundRunner
from app.ui.flow_layout import FlowLayout
from app.ui.grid import GAP, TIGHT, on_grid
from app.ui.services import Services

log = logging.getLogger("taawun.dashboard")
_DATE = FieldSpec(name="date", type="date", label={})
ACCENT = QColor("#1F5F8B")
# The tiles, in order: (figure, list opened by a click). The purposes and the attendance are charts.
TILES = (
    ("cooperatives_supported", "visit"), ("cooperatives_new", "visit"), ("members_total", "cooperative"),
    ("members_women", "cooperative"), ("members_under_35", "cooperative"), ("visits", "visit"),
    ("workshops", "workshop"), ("participants", "workshop"), ("recommendations_made", "visit"),
    ("recommendations_done", "visit"), ("recommendations_overdue", "visit"),
)  # fmt: skip
COLUMNS = 6  # two rows of tiles, the charts below them: all of it on a 1280x672 screen
# The recommendations tiles open the follow-up board on the period's items with this status (None: any)
BOARD_STATUS = {"recommendations_made": None, "recommendations_done": "done", "recommendations_overdue": "overdue"}


@dataclass(frozen=True)
class ListRequest:
    """A list to open, filtered."""

    form: str
    filters: Filters


def month_so_far(today: dt.date) -> Area:
    """The period shown first: the current month up to today (coordinators report month by month)."""
    return Area(today.replace(day=1), today)


class Tile(QFrame):
    """One figure: its name, its value, what it rests on and the previous period's value; clicked by mouse, Enter or
    Space."""

    clicked = Signal()

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # Equal columns whatever each tile's words (a long share beside a short count).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(120)
        layout = on_grid(QVBoxLayout(self), spacing=TIGHT)
        layout.setContentsMargins(GAP, TIGHT, GAP, TIGHT)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.value = QLabel("…")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setStyleSheet(f"color: {ACCENT.name()}")
        self.detail = QLabel()
        self.detail.setStyleSheet("color: #4A5A66")
        self.detail.setWordWrap(True)
        for label in (self.title, self.value, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        layout.addStretch(1)

    def show_row(self, row: Row, before: str) -> None:
        self.title.setText(row.label)
        self.value.setText(row.current.text)
        parts = [row.current.basis] if row.current.basis else []
        parts.append(before)
        self.detail.setText(" · ".join(parts))
        self.setToolTip(f"{row.label}: {row.current.text}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class BarChart(QWidget):
    """Horizontal bars, one per item, drawn with QPainter: the label on the side the window's text starts, the bar
    growing from it, the count past its end. A click on a row emits its index."""

    bar_clicked = Signal(int)
    ROW = 24

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, int | None, str]] = []  # label, value (None: unknown), the value as shown
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_items(self, items: list[tuple[str, int | None, str]]) -> None:
        self.items = items
        self.setFixedHeight(max(1, len(items)) * self.ROW + 4)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, max(1, len(self.items)) * self.ROW + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        width = self.width()
        label_width = width * 0.42
        count_room = self.fontMetrics().horizontalAdvance("00000") + 6
        bars_width = max(10.0, width - label_width - count_room - 8)
        top = max((value for _, value, _ in self.items if value), default=0)
        for row, (label, value, shown) in enumerate(self.items):
            y = row * self.ROW + 2
            label_rect = QRectF(width - label_width if rtl else 0, y, label_width - 4, self.ROW)
            align = Qt.AlignmentFlag.AlignVCenter | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            painter.setPen(QColor("#263238"))
            elided = self.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, int(label_rect.width()))
            painter.drawText(label_rect, int(align), elided)
            length = bars_width * (value or 0) / top if top else 0.0
            start = width - label_width - 4 if rtl else label_width + 4
            bar = QRectF(start - length if rtl else start, y + 5, length, self.ROW - 10)
            painter.fillRect(bar, ACCENT)
            text_x = (bar.left() - 4 - self.fontMetrics().horizontalAdvance(shown)) if rtl else bar.right() + 4
            painter.drawText(QPointF(text_x, y + self.ROW / 2 + self.fontMetrics().ascent() / 2 - 1), shown)
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        row = int((event.position().y() - 2) // self.ROW)
        if event.button() == Qt.MouseButton.LeftButton and 0 <= row < len(self.items):
            self.bar_clicked.emit(row)
        super().mouseReleaseEvent(event)


class DashboardPage(QWidget):
    list_requested = Signal(object)  # a ListRequest
    # A recommendations tile: the follow-up board on the period's items (BoardFilters, the status None for any)
    board_requested = Signal(object, object)
    figures_shown = Signal()  # the tiles show a new result (tests, screenshots wait for it)
    overdue_requested = Signal()  # the recommendations overdue today: the follow-up board, on them

    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:  # fmt: skip
        super().__init__(parent)
        self.services = services
        self.lang = services.lang
        self.today = today
        self.runner = BackgroundRunner()
        self.asked = 0  # the number of the latest request: an older result is dropped
        self.area = month_so_far(today())
        self.found: Indicators | None = None
        self.stale = True
        t = self.t
        outer = on_grid(QVBoxLayout(self))
        heading = on_grid(QHBoxLayout())
        heading.addWidget(QLabel(f"<h2>{html.escape(t('ind_title'))}</h2>"))
        # The recommendations overdue today, whatever the period: a click opens the follow-up board on them.
        self.overdue_link = QPushButton()
        self.overdue_link.setFlat(True)
        self.overdue_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.overdue_link.setStyleSheet("color: #B3261E; font-weight: bold")
        self.overdue_link.hide()
        self.overdue_link.clicked.connect(self.overdue_requested)
        heading.addWidget(self.overdue_link)
        heading.addStretch(1)
        outer.addLayout(heading)
        # The period and the province: one row on a wide screen, wrapped on a narrow window.
        controls = QWidget()
        top = FlowLayout(controls, spacing=GAP, row_spacing=TIGHT)
        top.setContentsMargins(0, 0, 0, 0)
        self.start_edit, self.end_edit = QLineEdit(), QLineEdit()
        for label, edit in ((t("ind_from"), self.start_edit), (t("ind_to"), self.end_edit)):
            edit.setPlaceholderText(date_hint(self.lang))
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a date reads left to right in any window
            edit.setMaximumWidth(120)
            edit.returnPressed.connect(self.show_chosen)
            top.addWidget(_captioned(label, edit))
        self.province = QComboBox()
        self.province.setMinimumContentsLength(14)
        self.province.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.province.addItem(t("ind_all_provinces"), None)
        top.addWidget(_captioned(t("ind_province"), self.province))
        self.show_button = QPushButton(t("ind_show"))
        self.show_button.clicked.connect(self.show_chosen)
        top.addWidget(self.show_button)
        outer.addWidget(controls)
        self.status = QLabel()
        self.status.setStyleSheet("color: #4A5A66")
        outer.addWidget(self.status)

        body = QWidget()
        column = on_grid(QVBoxLayout(body))
        grid = on_grid(QGridLayout())
        self.tiles: dict[str, Tile] = {}
        for index, (key, form) in enumerate(TILES):
            tile = Tile(key)
            if key in BOARD_STATUS:
                tile.clicked.connect(lambda key=key: self.open_board(BOARD_STATUS[key]))
            else:
                tile.clicked.connect(lambda form=form: self.open_list(form))
            grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
            self.tiles[key] = tile
        for index in range(COLUMNS):
            grid.setColumnStretch(index, 1)
        column.addLayout(grid)
        charts = on_grid(QHBoxLayout())
        self.purposes, self.attendance = BarChart(), BarChart()
        self.purposes.bar_clicked.connect(lambda row: self.open_list("visit"))
        self.attendance.bar_clicked.connect(lambda row: self.open_list("workshop"))
        for title, chart in ((t("ind_section_visits"), self.purposes),
                             (t("ind_section_workshops"), self.attendance)):  # fmt: skip
            box = on_grid(QVBoxLayout())
            box.addWidget(QLabel(f"<b>{html.escape(title)}</b>"))
            box.addWidget(chart)
            box.addStretch(1)
            charts.addLayout(box, 1)
        column.addLayout(charts)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self._show_area_in_inputs()

    def t(self, code: str, **params: object) -> str:
        return translate(code, self.lang, **params)

    def show_overdue(self, count: int) -> None:
        """How many recommendations are overdue today (the window counts them for the navigation too)."""
        self.overdue_link.setText(self.t("followup_page_overdue", count=count))
        self.overdue_link.setVisible(count > 0)

    # --- asking ------------------------------------------------------------------------------------------------------

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        super().showEvent(event)  # type: ignore[arg-type]
        if self.stale:
            self.refresh()

    def mark_stale(self) -> None:
        """The data changed: read again now if shown, else when next shown."""
        self.stale = True
        if self.isVisible():
            self.refresh()

    def show_chosen(self) -> None:
        """The period and province typed: a date that does not read, or a period ending before it starts, is said
        and nothing is asked."""
        try:
            start = dt.date.fromisoformat(parse_date(self.start_edit.text(), _DATE))
            end = dt.date.fromisoformat(parse_date(self.end_edit.text(), _DATE))
        except BadValue:
            start = end = None
        if start is None or end is None or end < start:
            self.status.setText(self.t("ind_bad_dates"))
            return
        self.area = Area(start, end, self.province.currentData())
        self.refresh()

    def refresh(self) -> None:
        self.stale = False
        self.asked += 1
        asked, area, today = self.asked, self.area, self.today()
        path, forms = self.services.store.path, self.services.store.forms
        self.status.setText(self.t("ind_computing"))

        def work(progress: object) -> tuple[Indicators, list[str]]:
            conn = connect_read_only(path, may_change=True)  # of its own: the window's belongs to its thread
            try:
                return indicators(conn, forms, area, today=today), known_provinces(conn, forms)
            finally:
                conn.close()

        self.runner.run(work, on_success=lambda result: self._arrived(asked, result),
                        on_failure=lambda error: self._failed(asked, error))  # fmt: skip

    def wait(self) -> bool:
        return self.runner.wait()

    def _arrived(self, asked: int, result: tuple[Indicators, list[str]]) -> None:
        if not isValid(self) or asked != self.asked:
            return  # the page is gone, or another period was asked for since
        found, provinces = result
        self.found = found
        self._offer_provinces(provinces)
        rows = {row.key: row for row in indicator_rows(found, self.services.store.forms, self.lang)}
        for key, tile in self.tiles.items():
            row = rows[key]
            tile.show_row(row, self.t("ind_before", value=row.previous.text))
        self.purposes.set_items([(row.label, _int(row.current.value), row.current.text)
                                 for row in rows.values() if row.key.startswith("purpose:")])  # fmt: skip
        self.attendance.set_items([(rows[key].label, _int(rows[key].current.value), rows[key].current.text)
                                   for key in ("participants", "participants_women", "participants_men",
                                               "participants_under_35")])  # fmt: skip
        current, previous = found.current.area, found.previous.area
        self.status.setText(f"{self._dates(current)} — {self.t('ind_previous')}: {self._dates(previous)}")
        self.figures_shown.emit()

    def _failed(self, asked: int, error: BaseException) -> None:
        if not isValid(self) or asked != self.asked:
            return
        if isinstance(error, TaawunError):
            reason = error.message(self.lang)
        else:  # a bug: its traceback to the log file (app.core.logs), a short word on the page
            log.error("the indicators could not be computed", exc_info=error)
            reason = type(error).__name__
        self.status.setText(self.t("ind_failed", reason=reason))

    def _dates(self, area: Area) -> str:
        return self.t("ind_dates", start=show_date(area.start.isoformat(), self.lang),
                      end=show_date(area.end.isoformat(), self.lang))  # fmt: skip

    def _show_area_in_inputs(self) -> None:
        self.start_edit.setText(show_date(self.area.start.isoformat(), self.lang))
        self.end_edit.setText(show_date(self.area.end.isoformat(), self.lang))

    def _offer_provinces(self, provinces: list[str]) -> None:
        chosen = self.province.currentData()
        self.province.blockSignals(True)
        self.province.clear()
        self.province.addItem(self.t("ind_all_provinces"), None)
        places = official_places()
        for value in provinces:  # an official province by its name in the window's language, a typed one as typed
            official = places.province(value)
            self.province.addItem(official.official(self.lang) if official is not None else value, value)
        index = self.province.findData(chosen) if chosen else 0
        self.province.setCurrentIndex(max(index, 0))
        self.province.blockSignals(False)

    # --- the lists behind the figures --------------------------------------------------------------------------------

    def open_board(self, status: str | None) -> None:
        """The follow-up board behind a recommendations figure: the items of the period's final visits (and of the
        province), with the figure's status, shown as of today (the figures count as of the period's end)."""
        area = self.area
        request = BoardFilters(made_from=area.start.isoformat(), made_to=area.end.isoformat(), form="visit",
                               province=area.province, final_only=True)  # fmt: skip
        self.board_requested.emit(request, status)

    def open_list(self, form: str) -> None:
        """The list behind a figure: the final records of the period (a cooperative has no date: its province only)
        and of the province, as the figures counted them."""
        area = self.area
        dated = form != "cooperative"
        filters = Filters(province=area.province, state="final",
                          date_from=area.start.isoformat() if dated else None,
                          date_to=area.end.isoformat() if dated else None)  # fmt: skip
        self.list_requested.emit(ListRequest(form, filters))


def _captioned(caption: str, widget: QWidget) -> QWidget:
    """A box and its caption, kept together when the row wraps."""
    pair = QWidget()
    row = on_grid(QHBoxLayout(pair), spacing=TIGHT)
    row.addWidget(QLabel(caption))
    row.addWidget(widget)
    return pair


def _int(value: int | float | None) -> int | None:
    return None if value is None else int(value)
