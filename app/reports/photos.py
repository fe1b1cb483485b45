"""Photos of a record, read from the store, turned upright and scaled to the page."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PIL import Image as PilImage
from PIL import ImageOps, UnidentifiedImageError
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether

from app.core.errors import TaawunError
from app.reports.flowables import table

if TYPE_CHECKING:
    from app.reports.common import ReportContext

MAX_HEIGHT = 95 * mm
MAX_PIXELS = 1600  # enough for print at this size; keeps a report of 50 phone photos small
LOGO_PIXELS = 600  # a logo is printed about 12 mm high
LOGO_BYTES = 5 * 1024 * 1024
ROW_PHOTOS = 3  # photos side by side in a row (photo_row)
ROW_HEIGHT = 45 * mm


def photo_blocks(ctx: ReportContext, photos: list[dict[str, Any]]) -> list[Flowable]:
    story: list[Flowable] = []
    for number, photo in enumerate(photos, start=1):
        name = str(photo.get("name") or photo.get("sha256", "")[:12])
        caption = ctx.para(f"{number}. {name}", ctx.styles.small, space_after=8)
        image = _image(ctx, str(photo.get("sha256", "")), ctx.width, MAX_HEIGHT)
        if image is None:
            story.append(ctx.para(ctx.t("report_photo_unreadable", name=name), ctx.styles.small, space_after=8))
        else:
            story.append(KeepTogether([image, caption]))
    return story


def photo_row(ctx: ReportContext, photos: list[dict[str, Any]], *, limit: int = ROW_PHOTOS) -> list[Flowable]:
    """Up to `limit` photos side by side, each with its caption, starting on the report's side: a glimpse of a
    record whose own report has them all (a workshop's visits). Unreadable photos are skipped."""
    column = ctx.width / limit
    cells: list[list[Flowable]] = []
    for number, photo in enumerate(photos, start=1):
        image = _image(ctx, str(photo.get("sha256", "")), column - 6, ROW_HEIGHT)
        if image is None:
            continue
        name = str(photo.get("name") or photo.get("sha256", "")[:12])
        cells.append([image, ctx.para(f"{number}. {name}", ctx.styles.small)])
        if len(cells) == limit:
            break
    if not cells:
        return []
    widths = [column] * len(cells)
    return [table([cells], widths, rtl=ctx.rtl, header=False, grid=False)]


def _image(ctx: ReportContext, digest: str, max_width: float, max_height: float) -> Image | None:
    """The photo as a reportlab image fitting the box, or None if the store lacks it or it is not a picture."""
    try:
        content = ctx.store.photo(digest)
    except TaawunError:
        return None
    try:
        with PilImage.open(io.BytesIO(content)) as opened:
            opened.draft("RGB", (MAX_PIXELS, MAX_PIXELS))  # a JPEG decoded at reduced size: phone photos are big
            picture = ImageOps.exif_transpose(opened)  # phones store portraits sideways with an EXIF flag
            picture = picture.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError, PilImage.DecompressionBombError):
        return None
    picture.thumbnail((MAX_PIXELS, MAX_PIXELS))
    encoded = io.BytesIO()
    picture.save(encoded, format="JPEG", quality=85)
    encoded.seek(0)
    pixel_width, pixel_height = picture.size
    scale = min(max_width / pixel_width, max_height / pixel_height)
    image = Image(encoded, width=pixel_width * scale, height=pixel_height * scale)
    image.hAlign = "CENTER"
    return image


def read_logo(path: str | Path | None) -> bytes | None:
    """The bytes of the logo file a setting names, for `build_report(logo=...)`; None when no file is set, or it
    cannot be read or is larger than LOGO_BYTES (a report is then printed without a logo, never refused)."""
    if not path:
        return None
    try:
        with open(path, "rb") as stream:
            content = stream.read(LOGO_BYTES + 1)
    except OSError:
        return None
    return content if len(content) <= LOGO_BYTES else None


def logo_image(content: bytes | None) -> ImageReader | None:
    """The organisation's logo (a PNG or JPEG file's bytes), upright, on white, at most LOGO_PIXELS; None if there
    is none or it is not a picture (the report is then printed without it, never refused)."""
    if not content:
        return None
    try:
        with PilImage.open(io.BytesIO(content)) as opened:
            opened.draft("RGB", (LOGO_PIXELS, LOGO_PIXELS))
            picture = ImageOps.exif_transpose(opened)
            picture.thumbnail((LOGO_PIXELS, LOGO_PIXELS))
            if picture.mode in ("RGBA", "LA", "P"):  # a transparent logo goes on the page's white
                picture = picture.convert("RGBA")
                background = PilImage.new("RGB", picture.size, "white")
                background.paste(picture, mask=picture.getchannel("A"))
                picture = background
            picture = picture.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError, PilImage.DecompressionBombError):
        return None
    encoded = io.BytesIO()
    picture.save(encoded, format="PNG")
    encoded.seek(0)
    return ImageReader(encoded)
