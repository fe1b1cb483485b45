"""A report fit to hand to a donor: the organisation's logo beside its name on every page (on the starting side),
and a cover that says what, when and where."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from app.core.forms import FormRegistry
from app.db.demo import demo_id
from app.db.store import Store
from app.reports import ReportRequest, build_report, read_logo
from app.reports.document import HEADER_HEIGHT, MARGIN
from app.reports.photos import LOGO_BYTES
from app.reports.text_layout import TextEngine

ORGANISATION = "شبكة الجمعيات التنموية لآيت سكوكو"


def logo(mode: str = "RGBA") -> bytes:
    image = Image.new(mode, (300, 150), (31, 92, 122, 0) if mode == "RGBA" else (31, 92, 122))
    image.paste((31, 92, 122, 255) if mode == "RGBA" else (200, 60, 40), (20, 20, 280, 130))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG" if mode == "RGBA" else "JPEG")
    return buffer.getvalue()


@pytest.mark.parametrize(("lang", "picture"), [("ar", logo()), ("fr", logo("RGB"))])
def test_the_logo_heads_every_page_beside_the_organisations_name(
    demo_store: Store, engine: TextEngine, pdf_text: Callable[..., Any], lang: str, picture: bytes
) -> None:
    request = ReportRequest("workshop", lang, record_id=demo_id("workshop-mrirt"))
    report = pdf_text(build_report(demo_store, request, organisation=ORGANISATION, engine=engine, logo=picture).pdf,
                      rtl=lang == "ar")  # fmt: skip
    assert report.pages > 1 and [page for page, _ in report.images] == list(range(1, report.pages + 1))
    width = report.page_width
    (first,) = report.find(ORGANISATION) or [None]
    for page, image in report.images:
        assert float(image["top"]) >= MARGIN - 1 and float(image["bottom"]) <= MARGIN + HEADER_HEIGHT
        (name,) = [s for s in report.segments if s.page == page and s.text == first.text and s.baseline > 780]
        if lang == "ar":  # the starting side: right in Arabic, the name on the logo's left
            assert abs(float(image["x1"]) - (width - MARGIN)) < 1 and name.x1 < float(image["x0"])
        else:
            assert abs(float(image["x0"]) - MARGIN) < 1 and name.x0 > float(image["x1"])


def test_a_file_that_is_not_a_picture_leaves_the_logo_out(demo_store: Store, engine: TextEngine,
                                                          pdf_text: Callable[..., Any]) -> None:  # fmt: skip
    request = ReportRequest("workshop", "ar", record_id=demo_id("workshop-mrirt"))
    report = pdf_text(build_report(demo_store, request, organisation=ORGANISATION, engine=engine,
                                   logo=b"<svg>not read</svg>").pdf, rtl=True)  # fmt: skip
    assert not report.images and report.has(ORGANISATION)


def test_the_cover_says_where_the_meeting_and_the_visit_took_place(
    demo_store: Store, engine: TextEngine, pdf_text: Callable[..., Any]
) -> None:
    workshop = demo_store.get(demo_id("workshop-mrirt")).data
    request = ReportRequest("workshop", "ar", record_id=demo_id("workshop-mrirt"))
    report = pdf_text(build_report(demo_store, request, engine=engine).pdf, rtl=True)
    (where,) = report.find(f"{workshop['place']} — {workshop['province']}") or [None]
    assert where is not None and where.page == 1
    visit = next(v for v in demo_store.records_of("visit") if v.data.get("cooperative"))
    cooperative = demo_store.get(visit.data["cooperative"]).data
    request = ReportRequest("visit", "fr", record_id=visit.id)
    report = pdf_text(build_report(demo_store, request, engine=engine).pdf, rtl=False)
    place = ", ".join(cooperative[name] for name in ("village", "commune", "province") if cooperative.get(name))
    assert cooperative.get("province") and report.has(place)


def test_the_workshop_report_shows_a_row_of_each_visits_photos(
    tmp_path: Path, shipped_forms: FormRegistry, engine: TextEngine, pdf_text: Callable[..., Any]
) -> None:
    with Store.open(tmp_path / "p.db", forms=shipped_forms, author="a", device_name="d") as store:
        cooperative = store.create("cooperative", {"name_ar": "تعاونية الأمل"})
        workshop = store.create("workshop", {"title": "لقاء مريرت", "start_date": "2025-05-17"})
        broken = store.add_photo(b"not a picture", mime="image/jpeg")
        pictures = [store.add_photo(logo("RGB")) for _ in range(4)]
        photos = [{"sha256": broken, "name": "broken.jpg"}]
        photos += [{"sha256": digest, "name": f"صورة {n}.jpg"} for n, digest in enumerate(pictures, start=2)]
        store.create("visit", {"cooperative": cooperative, "visit_date": "2025-05-17", "workshop": workshop,
                               "observations": "ملاحظة", "photos": photos})  # fmt: skip
        report = pdf_text(build_report(store, ReportRequest("workshop", "ar", record_id=workshop), engine=engine).pdf,
                          rtl=True)  # fmt: skip
    assert len(report.images) == 3  # three side by side, the broken one skipped, the fifth left to the visit's report
    images = sorted((image for _, image in report.images), key=lambda image: -float(image["x0"]))
    assert len({round(float(image["top"])) for image in images}) == 1
    assert all(float(a["x0"]) >= float(b["x1"]) for a, b in zip(images, images[1:], strict=False))
    first = report.find("2. صورة 2.jpg")  # the first readable photo on the right, where an Arabic row starts
    assert first is not None and first[0].x0 > float(images[1]["x1"])


def test_the_logo_setting_is_read_leniently(tmp_path: Path) -> None:
    path = tmp_path / "شعار.png"
    path.write_bytes(logo())
    assert read_logo(str(path)) == logo() and read_logo(path) == logo()
    assert read_logo("") is None and read_logo(tmp_path / "missing.png") is None and read_logo(tmp_path) is None
    huge = tmp_path / "huge.png"
    huge.write_bytes(b"\0" * (LOGO_BYTES + 1))
    assert read_logo(huge) is None
