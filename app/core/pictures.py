"""Photos against the declared bounds (`app.core.bounds`): bytes, pixels, and the size a photo is stored at.

A picture's dimensions are read from its header before any pixel is decoded, by the format's own reader (JPEG,
PNG, WebP, BMP, GIF), and compared with `PHOTO_PIXELS_MAX`: a 12,500 x 12,500 PNG that compresses to a few
kilobytes is refused without the gigabyte its pixels would take (and without Pillow's decompression-bomb warning,
whose own limit is far above ours). A photo added on this laptop that is larger than `PHOTO_SIDE_STORED` is scaled
down before it is stored, so packages stay small; content that is not a picture Pillow reads is left to the caller.
A photo file a person chooses is read up to the byte bound and no further, and only if it is a regular file.
"""

from __future__ import annotations

import functools
import io
import mimetypes
import os
import stat
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from app.core import bounds
from app.core.errors import InvalidInput
from app.core.messages import translate

if TYPE_CHECKING:
    from PIL import Image, ImageFile


@functools.cache
def _readers() -> tuple[type[ImageFile.ImageFile], ...]:
    """Pillow's readers of the formats we take. Imported on first use: Pillow costs the window's start-up 30 to 40
    ms (benchmarks/startup.py), and the window imports this module through the sync checks."""
    from PIL import BmpImagePlugin, GifImagePlugin, JpegImagePlugin, PngImagePlugin, WebPImagePlugin

    return (JpegImagePlugin.JpegImageFile, PngImagePlugin.PngImageFile, WebPImagePlugin.WebPImageFile,
            BmpImagePlugin.BmpImageFile, GifImagePlugin.GifImageFile)  # fmt: skip


# What a reader raises on content that is not its format, or is cut short.
_NOT_THIS_FORMAT = (SyntaxError, OSError, ValueError, EOFError, IndexError, TypeError, KeyError, struct.error)


class PhotoRefused(InvalidInput):
    """A photo file a person chose, refused by a bound: the message names the file, the field and the bound."""

    def __init__(self, bound: bounds.BoundExceeded, *, path: str, field: str) -> None:
        super().__init__("photo_file_out_of_bounds", path=bounds.shown(path, 200), field=field)
        self.bound = bound

    def message(self, lang: str) -> str:
        problem = translate(self.bound.code, lang, **self.bound.params)
        return translate(self.code, lang, problem=problem, **self.params)


@dataclass(frozen=True)
class PhotoSize:
    format: str
    width: int
    height: int


def check_photo_bytes(size: int) -> None:
    if size > bounds.PHOTO_BYTES_MAX:
        raise bounds.BoundExceeded("bound_photo_bytes", max=bounds.PHOTO_BYTES_MAX // 1_000_000, size=size)


def _open(content: bytes) -> Image.Image | None:
    """The picture with only its header read (no pixel decoded), or None when no reader knows it."""
    for reader in _readers():
        try:
            return reader(io.BytesIO(content))
        except _NOT_THIS_FORMAT:
            continue
    return None


def photo_size(content: bytes) -> PhotoSize | None:
    """The picture's format and dimensions, refused beyond the byte and pixel bounds; None when it is not a
    picture these readers know (the caller decides)."""
    check_photo_bytes(len(content))
    image = _open(content)
    if image is None:
        return None
    with image:
        width, height = image.size
        if width * height > bounds.PHOTO_PIXELS_MAX:
            raise bounds.BoundExceeded("bound_photo_pixels", max=bounds.PHOTO_PIXELS_MAX // 1_000_000,
                                       width=width, height=height)  # fmt: skip
        return PhotoSize(str(image.format), width, height)


def prepare_photo(content: bytes, mime: str) -> tuple[bytes, str]:
    """The photo as it is stored: within the bounds (or `BoundExceeded`), and scaled down to `PHOTO_SIDE_STORED`
    (JPEG, or PNG when it has transparency) when larger. Stored photos come back unchanged, so preparing twice
    is preparing once (the caller names the photo by the digest of what this returns)."""
    from PIL import Image, ImageOps

    size = photo_size(content)
    if size is None or max(size.width, size.height) <= bounds.PHOTO_SIDE_STORED:
        return content, mime
    image = _open(content)
    assert image is not None  # it opened just above
    try:
        with image:
            if image.format == "JPEG":  # decoded at a fraction of its size by the JPEG decoder itself: faster
                image.draft("RGB", (bounds.PHOTO_SIDE_STORED, bounds.PHOTO_SIDE_STORED))
            image.load()
            upright = ImageOps.exif_transpose(image)
            upright.thumbnail((bounds.PHOTO_SIDE_STORED, bounds.PHOTO_SIDE_STORED), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            if upright.mode in ("RGBA", "LA") or (upright.mode == "P" and "transparency" in upright.info):
                upright.save(out, format="PNG", optimize=True)
                return out.getvalue(), "image/png"
            upright.convert("RGB").save(out, format="JPEG", quality=bounds.PHOTO_JPEG_QUALITY, optimize=True)
            return out.getvalue(), "image/jpeg"
    except _NOT_THIS_FORMAT:  # a header that promised more than the file holds: kept as it came
        return content, mime


def open_regular(path: str) -> IO[bytes]:
    """The file at `path` opened for reading, if it is a regular file (not a device, a pipe or a folder: those may
    never end, or block). Opened without blocking, then checked on the descriptor itself."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise IsADirectoryError(f"{path}: not a regular file")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_photo_file(path: Path, *, field: str) -> tuple[bytes, str]:
    """A photo file's content as it is stored (scaled down when large), read up to the byte bound and no further;
    `InvalidInput` (naming the file, the field and the bound) for anything that is not a photo within bounds."""
    shown = bounds.shown(str(path), 200)
    try:
        with open_regular(str(path)) as file:
            content = file.read(bounds.PHOTO_BYTES_MAX + 1)
    except IsADirectoryError:
        raise InvalidInput("photo_not_a_file", path=shown, field=field) from None
    except OSError as error:
        raise InvalidInput("photo_unreadable", path=shown, detail=bounds.shown(str(error), 200)) from None
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    try:
        if len(content) > bounds.PHOTO_BYTES_MAX:  # the size of what was read: at least this much
            raise bounds.BoundExceeded("bound_photo_bytes", max=bounds.PHOTO_BYTES_MAX // 1_000_000,
                                       size=f"> {bounds.PHOTO_BYTES_MAX}")  # fmt: skip
        return prepare_photo(content, mime)
    except bounds.BoundExceeded as error:
        raise PhotoRefused(error, path=str(path), field=field) from None
