"""The window's spacing grid: every margin and gap is a multiple of one unit, so screens line up with each other.

Qt's defaults depend on the style (Fusion: 9 and 11 px margins, 6 px gaps) and were mixed with values of our own
(2, 10, 12 px); these names replace both. Chosen to fit a 1280x672 screen: the window's edges and the gaps
between rows are small, only the navigation stands apart from the page.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLayout

UNIT = 4
TIGHT = UNIT  # a caption over its box, a hint or a message under its field, a button beside its box
GAP = 2 * UNIT  # between the widgets of a row, the rows of a page or a form, inside a frame
PANE = 4 * UNIT  # between the navigation and the page
EDGE = 2 * UNIT  # the window's edge
DIALOG = 4 * UNIT  # a dialog's edge


def on_grid(layout: QLayout, *, margin: int = 0, spacing: int = GAP) -> QLayout:
    """`layout` with `margin` on every side and `spacing` between its items (both ways for a form or a grid)."""
    layout.setContentsMargins(margin, margin, margin, margin)
    layout.setSpacing(spacing)  # a form's or a grid's: both ways
    return layout
