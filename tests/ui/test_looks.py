"""Looks: the shipped icons (a free set, its licence beside it) load at both sizes and point the way the text runs;
Arabic body text is at least 10 pt."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app.resources import resources_dir
from app.ui.i18n import Language, load_fonts
from app.ui.icons import NAMES, icon
from app.ui.services import Services
from app.ui.sync_page import SyncPage


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Language]:
    language = Language(qapp)
    yield language
    language.apply("ar")


def test_every_icon_loads_at_both_sizes_with_its_licence(language: Language) -> None:
    folder = resources_dir() / "icons" / "ui"
    licence = (folder / "ADWAITA-LICENSE.txt").read_text(encoding="utf-8")
    assert "GNOME Project" in licence and "Attribution-ShareAlike 3.0" in licence
    for code in ("ar", "fr"):
        language.apply(code)
        for name in NAMES:
            found = icon(name)
            assert {QSize(24, 24), QSize(48, 48)} <= set(found.availableSizes()), name
            assert not found.pixmap(24, 24).toImage().isNull()


def test_the_back_arrow_points_the_way_the_text_runs(language: Language) -> None:
    language.apply("ar")
    right_to_left = icon("back").pixmap(48, 48).toImage()
    language.apply("fr")
    left_to_right = icon("back").pixmap(48, 48).toImage()
    # A chevron's arms start at its open side: the topmost inked pixel is on the left of one pointing right.
    assert _top_ink_x(right_to_left) < 24 < _top_ink_x(left_to_right)


def _top_ink_x(image: QImage) -> int:
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixelColor(x, y).alpha() > 128:
                return x
    raise AssertionError("an empty icon")


def test_main_actions_carry_icons_and_arabic_text_is_at_least_10_pt(qtbot, qapp: QApplication, services: Services,
                                                                     language: Language) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    language.apply("ar")
    load_fonts(qapp)
    assert qapp.font().pointSizeF() >= 10
    page = SyncPage(services, drive_source=lambda: [])
    qtbot.addWidget(page)
    assert not page.export_button.icon().isNull() and not page.merge_button.icon().isNull()
    qtbot.waitUntil(lambda: page.refresh_button.isEnabled())
