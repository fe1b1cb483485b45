"""Photos added in the window are held to the declared bounds (app/core/bounds.py): a large phone photo is scaled
down before it is kept, and a picture beyond the byte or pixel bound is not added, said under the thumbnails
with the file, the field and the bound."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.forms import FormRegistry
from app.ui.forms.photos import PhotosWidget
from app.ui.forms.widgets import create_field_widget


def png_claiming(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(64))) + chunk(b"IEND", b""))  # fmt: skip


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_a_large_photo_is_scaled_down_and_a_bomb_is_refused_with_its_bound(
    qtbot: QtBot, forms: FormRegistry, context: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, lang: str
) -> None:
    context.lang = lang
    spec = forms.get("visit").field("photos")
    assert spec is not None
    widget = create_field_widget(spec, context)
    assert isinstance(widget, PhotosWidget)
    qtbot.addWidget(widget)
    phone = tmp_path / "IMG_2041.jpg"
    Image.new("RGB", (4000, 3000), (30, 140, 70)).save(phone, "JPEG", quality=95)
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_claiming(12_500, 12_500))
    monkeypatch.setattr(PhotosWidget, "choose_files", staticmethod(lambda parent: [str(phone), str(bomb)]))
    with qtbot.waitSignal(widget.value_changed):
        qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    assert [photo["name"] for photo in widget.value()] == ["IMG_2041.jpg"]
    (kept,) = context.photos.values()
    with Image.open(io.BytesIO(kept)) as stored:
        assert stored.size == (2000, 1500)  # scaled down before it is kept (then stored with the record)
    notice = widget.notice.text()
    assert not widget.notice.isHidden() and "bomb.png" in notice and "12500 × 12500" in notice and "40" in notice
    assert "photos" in notice
