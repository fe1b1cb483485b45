"""List cells take their text's direction: an Arabic name in a French list keeps its beginning and is elided at
its end (the "…" on its left), a French name in an Arabic list likewise; the column's alignment stays."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from app.ui.application import WindowController

LONG_ARABIC = "تعاونية إمدوكال لإنتاج و تسويق الحليب و مشتقاته و الزيتون و زيت الزيتون بجماعة مريرت"
LONG_FRENCH = "Coopérative Imdoukal de production et de commercialisation du lait et de l'huile d'olive de Mrirt"


def _title_cell(controller: WindowController, title: str) -> tuple[QStyleOptionViewItem, object]:
    page = controller.window.lists["cooperative"]
    page.refresh()
    controller.window.stack.setCurrentWidget(page)
    QApplication.processEvents()
    model, table = page.model, page.table
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == title)
    index = model.index(row, 0)
    option = QStyleOptionViewItem()
    option.initFrom(table)
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    return option, table.visualRect(index)


@pytest.mark.parametrize(("lang", "name_field", "name", "own"), [
    ("fr", "name_ar", LONG_ARABIC, Qt.LayoutDirection.RightToLeft),
    ("ar", "name_ar", LONG_FRENCH, Qt.LayoutDirection.LeftToRight),
])  # fmt: skip
def test_a_name_in_the_other_direction_is_laid_out_in_its_own(controller: WindowController, lang: str,
                                                               name_field: str, name: str, own: object) -> None:  # fmt: skip
    controller.services.store.create("cooperative", {name_field: name})
    controller.services.store.create("cooperative", {name_field: "Coop A" if lang == "fr" else "تعاونية ب"})
    if lang != controller.services.lang:
        controller.switch_language(lang)
    controller.window.resize(1280, 672)
    option, _ = _title_cell(controller, name)
    assert option.direction == own
    window_side = Qt.AlignmentFlag.AlignLeft if lang == "fr" else Qt.AlignmentFlag.AlignRight
    assert option.displayAlignment & Qt.AlignmentFlag.AlignAbsolute
    assert option.displayAlignment & window_side  # the column's texts still line up on the window's side
    # A name of the window's own direction is left as the window lays it out.
    same, _ = _title_cell(controller, "Coop A" if lang == "fr" else "تعاونية ب")
    assert same.direction == controller.window.layoutDirection()


def test_dates_and_states_keep_the_view_s_own_delegate(controller: WindowController) -> None:
    """Only columns of names and free text pay for the direction (a Python call at every cell painted)."""
    page = controller.window.lists["visit"]
    model, table = page.model, page.table
    keys = [column.key for column in model.columns]
    own = {key for column, key in enumerate(keys) if table.itemDelegateForColumn(column) is not None}
    assert {"cooperative", "author"} <= own
    assert not own & {"visit_date", "state", "updated_at", "purpose"}
