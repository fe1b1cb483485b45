"""Fixtures for the form widgets: the shipped forms, a small in-memory FieldContext, and editors built on them."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.core.forms import FormRegistry, load_form_directory
from app.resources import forms_dir
from app.ui.forms.editor import FormEditor

BIATI = "7d5c3a52-3f0e-5b0c-9f51-1f6f0c7e8a01"
IFSSAN = "7d5c3a52-3f0e-5b0c-9f51-1f6f0c7e8a02"
IMDOUKAL = "7d5c3a52-3f0e-5b0c-9f51-1f6f0c7e8a03"
MRIRT = "7d5c3a52-3f0e-5b0c-9f51-1f6f0c7e8a04"


class FakeContext:
    """What a window would supply: record titles by form, and photo bytes (stored or pending), all in memory."""

    def __init__(self, lang: str = "ar") -> None:
        self.lang = lang
        self.records: list[tuple[str, str, str]] = [  # (id, form, title)
            (BIATI, "cooperative", "تعاونية بيئتي لتدبير النفايات"),
            (IFSSAN, "cooperative", "تعاونية إفسان لإنتاج الكسكس البلدي"),
            (IMDOUKAL, "cooperative", "تعاونية إمدوكال لإنتاج و تسويق الحليب"),
            (MRIRT, "workshop", "اللقاء الاقتصادي و الاجتماعي و التضامني و تنمية المجال"),
        ]
        self.photos: dict[str, bytes] = {}
        self.searches: list[tuple[str, str]] = []

    def search_records(self, form: str, text: str, limit: int = 20) -> list[tuple[str, str]]:
        self.searches.append((form, text))
        found = [(rid, title) for rid, f, title in self.records if f == form and text in title]
        return found[:limit]

    def record_title(self, record_id: str) -> str | None:
        return next((title for rid, _, title in self.records if rid == record_id), None)

    def photo_bytes(self, sha256: str) -> bytes | None:
        return self.photos.get(sha256)

    def add_pending_photo(self, content: bytes, mime: str) -> str:
        sha256 = hashlib.sha256(content).hexdigest()
        self.photos[sha256] = content
        return sha256


@pytest.fixture
def picture(tmp_path: Path) -> Callable[[str, str], Path]:
    """`picture("a.png", "green")` writes a small PNG (another colour, another SHA-256) and returns its path."""

    def write(name: str, colour: str) -> Path:
        image = QImage(64, 48, QImage.Format.Format_RGB32)
        image.fill(QColor(colour))
        path = tmp_path / name
        assert image.save(str(path))
        return path

    return write


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key, as a keyboard does, including Arabic letters and Arabic-Indic digits.

    `qtbot.keyClicks` maps each character to a key code and aborts on anything outside Latin-1, so each character
    is sent as a key press and release carrying that text (what an Arabic keyboard layout delivers).
    """
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def typing() -> Callable[[QWidget, str], None]:
    return type_text


@pytest.fixture(scope="session")
def forms() -> FormRegistry:
    return load_form_directory(forms_dir())


@pytest.fixture
def context() -> FakeContext:
    return FakeContext("ar")


EditorFactory = Callable[..., FormEditor]


@pytest.fixture
def make_editor(qtbot: QtBot, forms: FormRegistry, context: FakeContext) -> EditorFactory:
    """`make_editor("visit")` (Arabic context) or `make_editor("visit", lang="en")`, shown (mouse clicks reach only
    shown widgets); `active=True` also makes it the active window, for tests that follow the keyboard focus."""

    # Held here until the test ends: qtbot keeps only weak references, so an editor the test no longer names was kept
    # alive by nothing but the garbage a validation leaves (an exception's traceback and its frames), and the
    # collector, run by the next allocation, destroyed it in the middle of painting it ("QPaintDevice: Cannot destroy
    # paint device that is being painted", then a segmentation fault), as soon as the forms grew a little.
    made: list[FormEditor] = []

    def make(form: str, *, lang: str | None = None, active: bool = False) -> FormEditor:
        if lang is not None:
            context.lang = lang
        editor = FormEditor(forms.get(form), context)
        made.append(editor)
        qtbot.addWidget(editor)
        editor.resize(900, 1000)
        editor.show()
        qtbot.waitExposed(editor)
        if active:
            editor.activateWindow()
            qtbot.waitUntil(editor.isActiveWindow)
        return editor

    return make
