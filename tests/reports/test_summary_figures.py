"""The summary's figures: one nobody gave is marked unknown (never "0 (0%)"), a partial sum says how many
cooperatives gave it, and a workshop without a province counts in the province all its visits went to."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.core.errors import InvalidInput
from app.core.forms import FormRegistry
from app.core.messages import translate
from app.db.store import Store
from app.reports import ReportRequest, build_report, parse_period
from app.reports.text_layout import TextEngine


def _summary(store: Store, engine: TextEngine, lang: str, pdf_text: Callable[..., Any], province: str | None) -> Any:
    request = ReportRequest("summary", lang, period=parse_period("2025-01-01", "2025-12-31", province))
    return pdf_text(build_report(store, request, engine=engine).pdf, rtl=lang == "ar")


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_a_figure_nobody_gave_is_unknown_and_a_partial_one_says_how_many_gave_it(
    tmp_path: Path, shipped_forms: FormRegistry, engine: TextEngine, pdf_text: Callable[..., Any], lang: str
) -> None:
    with Store.open(tmp_path / "s.db", forms=shipped_forms, author="a", device_name="d") as store:
        store.create("cooperative", {"name_ar": "تعاونية الأمل", "province": "خنيفرة", "members_total": 40,
                                     "members_women": 10})  # fmt: skip
        store.create("cooperative", {"name_ar": "تعاونية النور", "province": "خنيفرة"})
        report = _summary(store, engine, lang, pdf_text, "خنيفرة")
    form = shipped_forms.get("cooperative")
    percent = "\u202f%" if lang == "fr" else "%"
    rows = {}
    for name in ("members_total", "members_women", "members_under_35"):
        spec = form.field(name)
        assert spec is not None
        label = report.find(spec.label[lang])
        assert label is not None, spec.label[lang]
        rows[name] = " ".join(s.text for s in report.segments if s.page == label[0].page
                              and abs(s.baseline - label[0].baseline) < 1 and s is not label[0])  # fmt: skip
    (unknown,) = report.find(translate("report_figure_unknown", lang))
    assert rows["members_under_35"] == unknown.text  # not "0 (0%)": nobody gave it
    assert report.has(translate("report_figure_partial", lang, figure="40", count=1, total=2))
    assert report.has(translate("report_figure_partial", lang, figure=f"10 (25{percent})", count=1, total=2))


def test_a_workshop_without_a_province_counts_where_all_its_visits_went(
    tmp_path: Path, shipped_forms: FormRegistry, engine: TextEngine, pdf_text: Callable[..., Any]
) -> None:
    with Store.open(tmp_path / "w.db", forms=shipped_forms, author="a", device_name="d") as store:
        amal = store.create("cooperative", {"name_ar": "تعاونية الأمل", "province": "خنيفرة"})
        nour = store.create("cooperative", {"name_ar": "تعاونية النور", "province": "خنيفرة "})  # as typed
        atlas = store.create("cooperative", {"name_ar": "تعاونية الأطلس", "province": "ميدلت"})
        mrirt = store.create("workshop", {"title": "لقاء مريرت", "start_date": "2025-05-17"})
        both = store.create("workshop", {"title": "لقاء الجبل", "start_date": "2025-06-01"})
        for cooperative, workshop in ((amal, mrirt), (nour, mrirt), (amal, both), (atlas, both)):
            store.create("visit", {"cooperative": cooperative, "visit_date": "2025-05-17", "workshop": workshop,
                                   "observations": "ملاحظة"})  # fmt: skip
        khenifra = _summary(store, engine, "ar", pdf_text, "خنيفرة")
        midelt = _summary(store, engine, "ar", pdf_text, "ميدلت")
    assert khenifra.has("لقاء مريرت") and not khenifra.has("لقاء الجبل")  # its visits all went to Khenifra
    assert not midelt.has("لقاء مريرت") and not midelt.has("لقاء الجبل")  # visits to two provinces: neither


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_an_official_province_is_found_as_people_name_it_and_printed_by_its_name(
    tmp_path: Path, shipped_forms: FormRegistry, engine: TextEngine, pdf_text: Callable[..., Any], lang: str
) -> None:
    with Store.open(tmp_path / "p.db", forms=shipped_forms, author="a", device_name="d") as store:
        coop = store.create("cooperative", {"name_ar": "تعاونية أركان", "region": "souss_massa", "province": "tiznit",
                                            "members_total": 12})  # fmt: skip
        store.create("cooperative", {"name_ar": "تعاونية الأطلس", "province": "ميدلت"})  # typed, version 4
        workshop = store.create("workshop", {"title": "لقاء تيزنيت", "start_date": "2025-05-17",
                                             "province": "tiznit"})  # fmt: skip
        store.create("visit", {"cooperative": coop, "visit_date": "2025-05-17", "observations": "ملاحظة"})
        for asked in ("تزنيت", "Tiznit", "إقليم تيزنيت"):
            report = _summary(store, engine, lang, pdf_text, asked)
            assert report.has("تعاونية أركان") and not report.has("تعاونية الأطلس"), asked
        with pytest.raises(InvalidInput) as unknown:
            _summary(store, engine, lang, pdf_text, "Atlantis")
        assert ("إقليم تيزنيت" if lang == "ar" else "Province de Tiznit") in unknown.value.message(lang)
        assert "tiznit" not in unknown.value.message(lang)
        printed = pdf_text(build_report(store, ReportRequest("workshop", lang, record_id=workshop),
                                        engine=engine).pdf, rtl=lang == "ar")  # fmt: skip
    assert printed.has("إقليم تيزنيت" if lang == "ar" else "Province de Tiznit")
    assert "tiznit" not in printed.all_text


def test_the_open_follow_ups_leave_out_the_recommendations_done(
    tmp_path: Path, shipped_forms: FormRegistry, engine: TextEngine, pdf_text: Callable[..., Any]
) -> None:
    with Store.open(tmp_path / "f.db", forms=shipped_forms, author="a", device_name="d") as store:
        coop = store.create("cooperative", {"name_ar": "تعاونية الأمل", "province": "خنيفرة"})
        store.create("visit", {"cooperative": coop, "visit_date": "2025-05-17", "observations": "ملاحظة",
                               "recommendations": [
                                   {"action": "Ouvrir un compte bancaire", "due_date": "2025-06-30",
                                    "done_on": "2025-06-10", "done_note": "fait"},
                                   {"action": "Former le bureau", "due_date": "2025-07-31"}]})  # fmt: skip
        report = _summary(store, engine, "fr", pdf_text, None)
    assert report.has("Former le bureau") and not report.has("Ouvrir un compte bancaire")
