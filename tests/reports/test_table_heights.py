"""A table of paragraphs has its rows measured once by `flowables.table` (reportlab measured every remaining row
again on each page a long table was split across): the PDF is byte for byte the one reportlab's own measuring
gives, for long tables split between rows and inside a row taller than a page, in both directions."""

from __future__ import annotations

import datetime as dt
import io
import random

import pdfplumber
import pytest
from reportlab import rl_config

from app.db.store import Store
from app.reports import document, flowables
from app.reports.common import ReportContext
from app.reports.document import PageFrame
from app.reports.text_layout import TextEngine

WORDS = ("التعاونية", "الحليب", "الزيتون", "coopérative", "formation", "2025", "(ONCA)", "ⵜⴰⵡⵏⵉⵜ")


def story(ctx: ReportContext) -> list[object]:
    rng = random.Random(5)
    rows = [[f"{n}", " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 40))), "" if n % 7 else "—"]
            for n in range(260)]  # fmt: skip
    # A cell taller than a page: its row is split inside, the rest of it on the next page.
    rows[120][1] = "\n".join(["START-MARK", *(" ".join(WORDS) for _ in range(120)), "END-MARK"])
    return [
        ctx.para("عنوان"),
        ctx.grid(["رقم", "النص", "ملاحظة"], rows, [1, 6, 1.5]),
        ctx.fields_table([("الاسم", "تعاونية النور"), ("الملاحظات", " ".join(WORDS * 30))]),
    ]


def rendered(ctx: ReportContext) -> bytes:
    frame = PageFrame(organisation="شبكة", title="جدول", generated="2025-06-02", page_label=lambda n, t: f"{n}/{t}",
                      rtl=ctx.rtl)  # fmt: skip
    return document.render(story(ctx), engine=ctx.engine, frame=frame, lang=ctx.lang).pdf  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_rows_measured_once_give_the_pdf_reportlab_measuring_gives(demo_store: Store, engine: TextEngine, lang: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setattr(rl_config, "invariant", 1)  # no date or random id in the file: two builds compare equal
    ctx = ReportContext(store=demo_store, lang=lang, engine=engine, organisation="", generated_on=dt.date(2025, 6, 2),
                        width=document.A4[0] - 2 * document.MARGIN)  # fmt: skip
    measured_here = rendered(ctx)
    with monkeypatch.context() as patch:
        patch.setattr(flowables, "_row_heights", lambda cells, widths: None)
        measured_by_reportlab = rendered(ctx)
    assert measured_here == measured_by_reportlab
    with pdfplumber.open(io.BytesIO(measured_here)) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
    first = next(n for n, text in enumerate(pages) if "START-MARK" in text)
    last = next(n for n, text in enumerate(pages) if "END-MARK" in text)
    assert len(pages) > 8 and last > first  # the tall row was split inside, across pages
