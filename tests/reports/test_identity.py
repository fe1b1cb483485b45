"""A report fit to hand to a donor: the organisation's logo beside its name on every page (on the starting side),
and a cover that says what, when and where."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest
from PIL import Image

from app.db.demo import demo_id
from app.db.store import Store
from app.reports import ReportRequest, build_report
from app.reports.document import HEADER_HEIGHT, MARGIN
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
    visit = next(v for v in demo_store.list("visit") if v.data.get("cooperative"))
    cooperative = demo_store.get(visit.data["cooperative"]).data
    request = ReportRequest("visit", "fr", record_id=visit.id)
    report = pdf_text(build_report(demo_store, request, engine=engine).pdf, rtl=False)
    place = ", ".join(cooperative[name] for name in ("village", "commune", "province") if cooperative.get(name))
    assert cooperative.get("province") and report.has(place)
