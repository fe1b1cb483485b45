"""In an Arabic report every paragraph is right to left, even one whose first word is Tifinagh or French; a field
known to hold another language (`name_fr`) keeps that language's direction."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4

from app.core.forms import FormRegistry
from app.db.store import Store
from app.reports import ReportRequest, build_report
from app.reports.document import MARGIN
from app.reports.text_layout import TextEngine

TIFINAGH_FIRST = (
    "ⵜⴰⵡⵓⵏ هي الكلمة الأمازيغية التي اختارتها التعاونية اسما لها منذ تأسيسها، وقد وقفنا خلال الزيارة على ظروف "
    "الإنتاج والتسويق وعلى حاجة الأعضاء إلى التكوين في التسيير المالي والإداري وإلى شركاء جدد في إقليم خنيفرة."
)
LATIN_FIRST = "Coopérative Tanfnit : زرناها يوم السبت واطلعنا على وحدة جمع الحليب الجديدة."
RIGHT = A4[0] - MARGIN


def _report(tmp_path: Path, forms: FormRegistry, engine: TextEngine, lang: str, pdf_text: Callable[..., Any]) -> Any:
    with Store.open(tmp_path / f"{lang}.db", forms=forms, author="a", device_name="d") as store:
        cooperative = store.create("cooperative", {"name_ar": "تعاونية تانفنيت", "name_fr": "Coopérative Tanfnit"})
        visit = store.create("visit", {"cooperative": cooperative, "visit_date": "2025-05-17",
                                       "observations": TIFINAGH_FIRST, "agent": LATIN_FIRST})  # fmt: skip
        visit_pdf = build_report(store, ReportRequest("visit", lang, record_id=visit), engine=engine).pdf
        sheet_pdf = build_report(store, ReportRequest("cooperative", lang, record_id=cooperative), engine=engine).pdf
    return pdf_text(visit_pdf, rtl=lang == "ar"), pdf_text(sheet_pdf, rtl=lang == "ar")


def test_a_paragraph_starting_with_tifinagh_or_french_is_right_to_left_in_an_arabic_report(
    tmp_path: Path, shipped_forms: FormRegistry, engine: TextEngine, pdf_text: Callable[..., Any]
) -> None:
    visit, _ = _report(tmp_path, shipped_forms, engine, "ar", pdf_text)
    lines = visit.find(TIFINAGH_FIRST, base="R")  # each line exactly the right-to-left visual order of its words
    assert lines is not None and len(lines) >= 2, visit.all_text
    assert lines[0].text.endswith("ⵜⴰⵡⵓⵏ")  # the first word stands on the right, where an Arabic reader starts
    assert all(abs(line.x1 - RIGHT) < 2.5 for line in lines)  # justified, the last line kept to the right
    assert abs(lines[-1].x1 - RIGHT) < 2.5 and lines[-1].x0 > MARGIN + 20
    cell = visit.find(LATIN_FIRST, base="R")  # the agent's cell: right to left too, "Coopérative Tanfnit" on the right
    assert cell is not None and cell[0].text.endswith("Coopérative Tanfnit")


def test_a_field_known_to_be_french_keeps_left_to_right_in_an_arabic_report(
    tmp_path: Path, shipped_forms: FormRegistry, engine: TextEngine, pdf_text: Callable[..., Any]
) -> None:
    _, sheet = _report(tmp_path, shipped_forms, engine, "ar", pdf_text)
    (french,) = [s for s in sheet.segments if s.text == "Coopérative Tanfnit" and s.baseline < 700]
    (arabic,) = [s for s in sheet.segments if s.text == "تعاونية تانفنيت"[::-1] and s.baseline < 700]
    assert french.x0 < MARGIN + 10  # the value column is on the left; the French name starts at its left edge
    assert arabic.x1 > french.x1 + 100  # the Arabic name ends at the right edge of the same column
