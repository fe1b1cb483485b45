"""The reports of the demo data (the Mrirt meeting), read back from the PDFs: every name, session theme,
recommendation and figure is there, each line in the order the bidi algorithm gives it (see conftest.PdfText)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from bidi import get_display

from app.core.demo_event import COOPERATIVES, VISITS, WORKSHOP
from app.core.display import format_value
from app.core.forms import FormRegistry
from app.core.messages import translate
from app.db.demo import demo_id
from app.db.store import Store
from app.reports.bidi_runs import ltr_isolate

PdfText = Any  # tests/reports/conftest.py: a PDF read back (test modules cannot import conftest)
ReportReader = Callable[..., Any]

COOPERATIVE_NAMES = {record.key: record.data["name_ar"] for record in COOPERATIVES}


def day(iso: str) -> str:
    return dt.date.fromisoformat(iso).strftime("%d/%m/%Y")


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def assert_has(report: PdfText, *values: str) -> None:
    missing = [value for value in values if not report.has(value)]
    assert not missing, f"not found line by line in the PDF: {missing}"


def numbered(report: PdfText, text: str, limit: int = 10) -> bool:
    """A heading `n. text` for some n."""
    return any(report.has(f"{number}. {text}") for number in range(1, limit + 1))


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_workshop_report_holds_the_event_every_visit_and_every_session(demo_report: ReportReader, lang: str) -> None:
    report = demo_report("workshop", WORKSHOP.key, lang)
    data = WORKSHOP.data
    assert_has(report, data["title"], data["place"], data["province"], data["commune"], data["organisers"],
               data["partners"], data["participants"], day(data["start_date"]), day(data["end_date"]))  # fmt: skip
    assert_has(report, *lines_of(data["summary"]))
    for session in data["sessions"]:
        assert numbered(report, session["theme"]), session["theme"]
        if "diagnosis" in session:
            assert_has(report, session["diagnosis"])
        assert_has(report, *lines_of(session["recommendations"]))
    for visit in VISITS:
        cooperative = COOPERATIVE_NAMES[visit.data["cooperative"][1:]]
        assert numbered(report, cooperative), cooperative
        assert_has(report, visit.data["observations"], *lines_of(visit.data["problems"]))
        for recommendation in visit.data["recommendations"]:
            assert_has(report, recommendation["action"], recommendation["responsible"])


@pytest.mark.parametrize("key", [record.key for record in COOPERATIVES])
def test_each_cooperative_sheet_holds_its_profile_figures_and_visits(
    demo_report: ReportReader, demo_store: Store, key: str
) -> None:
    report = demo_report("cooperative", key, "ar")
    data = demo_store.get(demo_id(key)).data  # as stored: choices in the form's order
    form = demo_store.forms.get("cooperative")
    total = data["members_total"]
    assert_has(report, data["name_ar"], data["name_fr"], data["province"], data["commune"], data["training_needs"],
               data["notes"], str(total), *lines_of(data["products"]))  # fmt: skip
    for name in ("members_women", "members_under_35"):
        assert_has(report, f"{data[name]} ({round(100 * data[name] / total)}%)", str(data[name]))
    for name in ("sectors", "challenges", "legal_form", "region"):
        assert_has(report, format_value(form.field(name), data[name], "ar"))  # type: ignore[arg-type]
    assert_has(report, ltr_isolate(f"{data['location']['lat']}, {data['location']['lon']}"))
    assert_has(report, day("2025-05-17"), translate("report_visits", "ar"))


def test_the_french_cooperative_sheet_is_labelled_in_french(demo_report: ReportReader) -> None:
    report = demo_report("cooperative", "cooperative-ifssan", "fr")
    data = COOPERATIVES[1].data
    assert_has(report, "Coopérative Ifssan du couscous beldi", data["name_ar"], "Chiffres clés", "15 (100\u202f%)",
               "Nombre de femmes membres", "Couscous et céréales",
               "Isolement, Manque de formation et d'encadrement, Problèmes de commercialisation",
               "Visites de terrain")  # fmt: skip


@pytest.mark.parametrize("visit", VISITS, ids=lambda visit: visit.key)
def test_each_visit_report_holds_observations_recommendations_and_gps(demo_report: ReportReader, visit: object) -> None:
    data = visit.data  # type: ignore[attr-defined]
    report = demo_report("visit", visit.key, "ar")  # type: ignore[attr-defined]
    assert_has(report, COOPERATIVE_NAMES[data["cooperative"][1:]], day(data["visit_date"]), data["observations"],
               data["participants"], *lines_of(data["problems"]), WORKSHOP.data["title"])  # fmt: skip
    for recommendation in data["recommendations"]:
        assert_has(report, recommendation["action"], recommendation["responsible"])
        if "due_date" in recommendation:
            assert_has(report, day(recommendation["due_date"]))
    assert_has(report, ltr_isolate(f"{data['location']['lat']}, {data['location']['lon']}"))


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_summary_counts_sectors_communes_challenges_and_lists_follow_ups(
    demo_report: ReportReader, shipped_forms: FormRegistry, lang: str
) -> None:
    report = demo_report("summary", None, lang, province="خنيفرة")
    form = shipped_forms.get("cooperative")
    percent = "\u202f%" if lang == "fr" else "%"
    women = sum(record.data["members_women"] for record in COOPERATIVES)
    members = sum(record.data["members_total"] for record in COOPERATIVES)
    assert (members, women) == (77, 30)
    assert_has(
        report, translate("report_title_summary", lang), "77", f"30 (39{percent})", translate("report_contents", lang)
    )
    sectors = form.field("sectors")
    challenges = form.field("challenges")
    assert sectors is not None and challenges is not None
    assert_has(report, sectors.choice_label("dairy", lang), f"50{percent}", challenges.choice_label("lack_of_training", lang),
               f"100{percent}", "مريرت", WORKSHOP.data["title"])  # fmt: skip
    for visit in VISITS:
        assert_has(report, COOPERATIVE_NAMES[visit.data["cooperative"][1:]])
        for recommendation in visit.data["recommendations"]:
            assert_has(report, recommendation["action"])
    # The table of contents lists the sections with their pages (the follow-ups end the report).
    assert_has(report, translate("report_open_follow_ups", lang), translate("report_by_commune", lang))
    entries = [s for s in report.segments if s.page == 1 and s.text.isdigit() and int(s.text) <= report.pages]
    assert len(entries) >= 7


@pytest.mark.parametrize(("kind", "key", "lang"), [("workshop", WORKSHOP.key, "ar"), ("workshop", WORKSHOP.key, "fr"),
                                                   ("summary", None, "ar"), ("cooperative", "cooperative-biati", "fr")])  # fmt: skip
def test_every_page_has_the_organisation_the_date_and_page_x_of_y(
    demo_report: ReportReader, organisation: str, kind: str, key: str | None, lang: str
) -> None:
    report = demo_report(kind, key, lang)
    assert report.pages >= 1
    for page in range(1, report.pages + 1):
        label = get_display(translate("report_page", lang, page=page, total=report.pages), base_dir=report.fallback)
        assert [s for s in report.segments if s.page == page and s.text == label], page
    shown = get_display(organisation, base_dir="R")
    assert {s.page for s in report.segments if s.text == shown} == set(range(1, report.pages + 1))
    generated = get_display(translate("report_generated", lang, date="02/06/2025"), base_dir=report.fallback)
    assert {s.page for s in report.segments if s.text == generated} == set(range(1, report.pages + 1))


def test_arabic_tables_are_mirrored_and_french_ones_are_not(demo_report: ReportReader) -> None:
    for lang, label in (("ar", "الجماعة"), ("fr", "Commune")):
        report = demo_report("cooperative", "cooperative-tanfnit", lang)
        found = report.find(label)
        value = report.find("مريرت")
        assert found and value
        same_line = [s for s in report.segments if s.baseline == found[0].baseline and s.page == found[0].page]
        commune = next(s for s in same_line if s.text == value[0].text)
        assert (found[0].x0 > commune.x0) == (lang == "ar"), lang


def test_empty_fields_are_left_out_and_none_never_printed(
    demo_report: ReportReader, shipped_forms: FormRegistry
) -> None:
    form = shipped_forms.get("cooperative")
    for lang in ("ar", "fr"):
        report = demo_report("cooperative", "cooperative-imdoukal", lang)
        for name in ("registration_number", "founded_on", "president", "phone", "village", "support_received"):
            assert not report.has(form.field(name).label[lang]), name  # type: ignore[union-attr]
        assert "None" not in report.all_text and "null" not in report.all_text


def test_an_english_report_uses_the_english_labels_left_to_right(demo_report: ReportReader) -> None:
    report = demo_report("workshop", WORKSHOP.key, "en")
    assert_has(report, "Meeting report — 2025-05-17 – 2025-05-18", "Field visits", "Workshop sessions", "Diagnosis",
               "Recommendations", "Page 1 of 5")  # fmt: skip
    title = report.find("Field visits")
    assert title is not None and title[0].x0 < report.page_width / 3  # headings start on the left
    assert "None" not in report.all_text
