"""build_report and write_pdf: labels from the forms, photos, the errors a user can meet, and a PDF written whole
or not at all."""

from __future__ import annotations

import errno
import io
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from form_versions import newer
from PIL import Image

from app.core.errors import InvalidInput, StorageError
from app.core.forms import FormRegistry, load_form_directory
from app.db.demo import demo_id
from app.db.store import Store
from app.reports import ReportRequest, build_report, parse_period, write_pdf
from app.reports.text_layout import TextEngine
from app.resources import forms_dir


def picture(width: int, height: int, *, rotated: bool = False) -> bytes:
    image = Image.new("RGB", (width, height), (40, 120, 90))
    buffer = io.BytesIO()
    exif = Image.Exif()
    if rotated:
        exif[0x0112] = 6  # EXIF orientation: the camera was held upright, the pixels are stored sideways
    image.save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


def test_a_field_added_to_a_form_file_appears_in_the_report_without_code(
    tmp_path: Path, engine: TextEngine, pdf_text: Callable[..., Any]
) -> None:
    forms = tmp_path / "forms"
    shutil.copytree(forms_dir(), forms)
    cooperative = forms / "cooperative.yaml"
    source = newer(cooperative.read_text(encoding="utf-8"))
    source = source.replace(
        "      - name: notes\n",
        "      - name: water_source\n        type: text\n"
        "        label: {ar: مصدر الماء, fr: Source d'eau, en: Water source}\n      - name: notes\n",
        1,
    )
    cooperative.write_text(source, encoding="utf-8")
    with Store.open(tmp_path / "t.db", forms=load_form_directory(forms), author="a", device_name="d") as store:
        record = store.create("cooperative", {"name_ar": "تعاونية الأمل", "water_source": "بئر جماعي (Puits)"})
        for lang, label in (("ar", "مصدر الماء"), ("fr", "Source d'eau")):
            report = build_report(store, ReportRequest("cooperative", lang, record_id=record), engine=engine)
            text = pdf_text(report.pdf, rtl=lang == "ar")
            assert text.has(label) and text.has("بئر جماعي (Puits)"), lang


def test_photos_are_drawn_upright_within_the_page_and_a_broken_one_is_named(
    tmp_path: Path, shipped_forms: FormRegistry, engine: TextEngine, pdf_text: Callable[..., Any]
) -> None:
    with Store.open(tmp_path / "p.db", forms=shipped_forms, author="a", device_name="d") as store:
        cooperative = store.create("cooperative", {"name_ar": "تعاونية الأمل"})
        wide = store.add_photo(picture(1600, 900))
        sideways = store.add_photo(picture(1200, 800, rotated=True))
        broken = store.add_photo(b"not a picture at all", mime="image/jpeg")
        photos = [{"sha256": wide, "name": "المعصرة.jpg"}, {"sha256": sideways, "name": "portrait.jpg"},
                  {"sha256": broken, "name": "broken.jpg"}]  # fmt: skip
        visit = store.create("visit", {"cooperative": cooperative, "visit_date": "2025-05-17", "observations": "ملاحظة",
                                       "photos": photos, "location": "33.16, -5.57"})  # fmt: skip
        report = build_report(store, ReportRequest("visit", "ar", record_id=visit), engine=engine)
    text = pdf_text(report.pdf, rtl=True)
    assert len(text.images) == 2
    for _, image in text.images:
        assert float(image["x0"]) >= 0 and float(image["x1"]) <= text.page_width
        assert float(image["bottom"]) - float(image["top"]) <= 95 * 72 / 25.4 + 1
    shapes = sorted((float(i["x1"]) - float(i["x0"])) / (float(i["bottom"]) - float(i["top"])) for _, i in text.images)
    assert shapes[0] < 1 < shapes[1]  # the sideways photo stands upright (portrait), the other is landscape
    assert text.has("1. المعصرة.jpg") and text.has("تعذر عرض الصورة broken.jpg")
    assert text.has("\u206633.16, -5.57\u2069")


def test_an_unknown_id_or_a_record_of_another_form_is_invalid_input(demo_store: Store, engine: TextEngine) -> None:
    with pytest.raises(InvalidInput) as unknown:
        build_report(demo_store, ReportRequest("visit", "ar", record_id="0f0f0f0f-0000-4000-8000-000000000000"),
                     engine=engine)  # fmt: skip
    assert unknown.value.code == "record_not_found"
    with pytest.raises(InvalidInput) as wrong:
        build_report(demo_store, ReportRequest("visit", "fr", record_id=demo_id("cooperative-biati")), engine=engine)
    assert wrong.value.code == "report_wrong_form"
    assert "Coopérative" in wrong.value.message("fr") and "Visite de terrain" in wrong.value.message("fr")


def test_periods_accept_what_agents_type_and_refuse_the_rest() -> None:
    period = parse_period("١٧/٠٥/٢٠٢٥", "2025-05-18", "  خنيفرة ")
    assert (period.start.isoformat(), period.end.isoformat(), period.province) == ("2025-05-17", "2025-05-18", "خنيفرة")
    for start, end, code in (("2025-13-01", "2025-12-31", "report_bad_date"), ("", "2025-12-31", "report_bad_date"),
                             ("2025-06-01", "2025-05-01", "report_bad_period")):  # fmt: skip
        with pytest.raises(InvalidInput) as refused:
            parse_period(start, end)
        assert refused.value.code == code


def test_an_unknown_province_is_named_with_the_known_ones(demo_store: Store, engine: TextEngine) -> None:
    with pytest.raises(InvalidInput) as refused:
        build_report(demo_store, ReportRequest("summary", "fr", period=parse_period("2025-01-01", "2025-12-31", "Azrou")),
                     engine=engine)  # fmt: skip
    assert refused.value.code == "report_unknown_province" and "خنيفرة" in refused.value.message("fr")
    # Spacing and tatweel do not matter.
    request = ReportRequest("summary", "ar", period=parse_period("2025-01-01", "2025-12-31", " خنيـفرة "))
    assert build_report(demo_store, request, engine=engine).pages >= 2


def test_a_pdf_is_written_whole_and_replaces_an_older_one(out_dir: Path) -> None:
    target = out_dir / "report.pdf"
    target.write_bytes(b"old")
    write_pdf(target, b"%PDF-1.4 new")
    assert target.read_bytes() == b"%PDF-1.4 new"
    assert os.listdir(out_dir) == ["report.pdf"]


@pytest.mark.parametrize(("where", "code"), [("missing/report.pdf", "report_no_folder"),
                                             ("a_file/report.pdf", "report_no_folder")])  # fmt: skip
def test_a_folder_that_cannot_take_the_pdf_is_a_storage_error(out_dir: Path, where: str, code: str) -> None:
    (out_dir / "a_file").write_text("a file where a folder should be")
    with pytest.raises(StorageError) as failed:
        write_pdf(out_dir / where, b"%PDF")
    assert failed.value.code == code and failed.value.exit_code == 3
    assert sorted(os.listdir(out_dir)) == ["a_file"]


def test_a_full_disk_leaves_neither_a_partial_pdf_nor_a_temporary_file(
    out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = out_dir / "report.pdf"
    target.write_bytes(b"the previous report")

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StorageError) as failed:
        write_pdf(target, b"%PDF-1.4 " + b"x" * 100_000)
    assert failed.value.code == "report_disk_full"
    assert "القرص ممتلئ" in failed.value.message("ar")
    assert os.listdir(out_dir) == ["report.pdf"] and target.read_bytes() == b"the previous report"


def test_a_pdf_cannot_replace_a_folder(out_dir: Path) -> None:
    (out_dir / "report.pdf").mkdir()
    with pytest.raises(StorageError):
        write_pdf(out_dir / "report.pdf", b"%PDF")
    assert os.listdir(out_dir) == ["report.pdf"] and not os.listdir(out_dir / "report.pdf")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_poppler_reads_the_arabic_words_back_in_logical_order(demo_report: Callable[..., Any], out_dir: Path) -> None:
    """What a reader's copy-paste or search gets (poppler puts the words of a line back in reading order)."""
    pdf = out_dir / "workshop.pdf"
    pdf.write_bytes(demo_report("workshop", "workshop-mrirt", "ar").pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, encoding="utf-8", check=True).stdout
    for phrase in (
        "السياحة التضامنية و تنمية المجال",
        "الحماية و التغطية لصغار المنتجين",
        "شبكة الجمعيات التنموية لآيت سكوكو",
    ):
        for word in phrase.split():
            assert word in text, word


def test_a_language_other_than_ar_fr_en_is_refused(demo_store: Store, engine: TextEngine) -> None:
    with pytest.raises(InvalidInput) as refused:
        build_report(demo_store, ReportRequest("workshop", "de", record_id=demo_id("workshop-mrirt")), engine=engine)
    assert refused.value.code == "report_unknown_language" and "« de »" in refused.value.message("fr")


def test_every_report_a_shipped_form_declares_exists(shipped_forms: FormRegistry) -> None:
    from app.core.form_behaviour import reports_of
    from app.reports import RECORD_REPORTS

    for form in shipped_forms:
        assert reports_of(form, set(RECORD_REPORTS))[0] == form.name  # its own report, not the generic one
        assert set(reports_of(form, set(RECORD_REPORTS))) <= set(RECORD_REPORTS)
