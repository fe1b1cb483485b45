"""The window's words in Arabic, French and English: pages headed in the user's language, counts in the plural forms
of the language (Arabic has six: 0, 1, 2, 3-10, 11-99, 100+), forms named with agreement, Qt's own buttons and file
dialogs in our wording, and a merge report that points to the conflicts panel, not to a command."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from form_versions import released_v2_forms
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from app.core.form_behaviour import form_heading
from app.sync.export import Exported
from app.sync.merge import FileOutcome
from app.sync.merge_package import MergeCounts
from app.sync.package import Manifest
from app.ui.i18n import Language
from app.ui.search_page import SearchPage
from app.ui.services import Services
from app.ui.sync_page import SyncPage
from app.ui.words import labelled, new_record_title

COUNTS = (0, 1, 2, 3, 11, 100)

# The export report's count of records, as each language says it.
EXPECTED_RECORDS = {
    "ar": ["لا سجلات", "سجل واحد (مع المحذوفة)", "سجلان (مع المحذوفة)", "3 سجلات (مع المحذوفة)",
           "11 سجلا (مع المحذوفة)", "100 سجل (مع المحذوفة)"],
    "fr": ["0 fiche (supprimées comprises)", "1 fiche (supprimées comprises)", "2 fiches (supprimées comprises)",
           "3 fiches (supprimées comprises)", "11 fiches (supprimées comprises)", "100 fiches (supprimées comprises)"],
    "en": ["0 records (deleted ones included)", "1 record (deleted ones included)", "2 records (deleted ones included)",
           "3 records (deleted ones included)", "11 records (deleted ones included)",
           "100 records (deleted ones included)"],
}  # fmt: skip
EXPECTED_PHOTOS = {
    "ar": ["لا صور", "صورة واحدة", "صورتان", "3 صور", "11 صورة", "100 صورة"],
    "fr": ["0 photo", "1 photo", "2 photos", "3 photos", "11 photos", "100 photos"],
    "en": ["0 photos", "1 photo", "2 photos", "3 photos", "11 photos", "100 photos"],
}
EXPECTED_CONFLICTS = {
    "ar": ["", "سجل واحد عدل", "سجلان عدلا", "3 سجلات عدلت", "11 سجلا عدل", "100 سجل عدل"],
    "fr": ["", "1 fiche modifiée", "2 fiches modifiées", "3 fiches modifiées", "11 fiches modifiées",
           "100 fiches modifiées"],
    "en": ["", "1 record edited", "2 records edited", "3 records edited", "11 records edited", "100 records edited"],
}  # fmt: skip


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Language]:
    language = Language(qapp)
    yield language
    language.apply("ar")


def _sync_page(qtbot, services: Services) -> SyncPage:  # type: ignore[no-untyped-def]
    page = SyncPage(services, drive_source=lambda: [])
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.refresh_button.isEnabled())  # the (empty) drive scan is over
    return page


def _merged(path: Path, conflicts: int) -> FileOutcome:
    manifest = Manifest(device="d" * 32, device_name="حاسوب الحسيمة", exported_at="2025-05-17T11:54:29+00:00",
                        schema_version=5)  # fmt: skip
    return FileOutcome(path=path, manifest=manifest, counts=MergeCounts(inserted=conflicts, conflicts=conflicts))


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_counts_on_the_usb_stick_screen_take_the_plural_of_the_language(qtbot, services: Services,
                                                                       language: Language, lang: str,
                                                                       tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    language.apply(lang)
    services.lang = lang
    page = _sync_page(qtbot, services)
    for count, records, photos, conflicts in zip(COUNTS, EXPECTED_RECORDS[lang], EXPECTED_PHOTOS[lang],
                                                 EXPECTED_CONFLICTS[lang], strict=True):  # fmt: skip
        page._exported(Exported(tmp_path / "x.taawun", {"records": count, "history": count, "photos": count}))
        report = page.report.toPlainText()
        assert records in report and photos in report, (count, report)
        assert f"\u2066{tmp_path / 'x.taawun'}\u2069" in report  # the path reads left to right, "/" first
        page._merged([_merged(tmp_path / "x.taawun", count)])
        report = page.report.toPlainText()
        assert "taawun conflicts" not in report  # the window's user is pointed to the panel below
        assert conflicts in report, (count, report)
        if count:
            panel = {"ar": "«تعارضات للمراجعة»", "fr": "Conflits à examiner", "en": "“Conflicts to review”"}[lang]
            assert panel in report
        # The file's moment in the one date format, in local time, never raw ISO.
        assert "T11:54" not in report and "/2025 " in report if lang != "en" else "2025-05-17 " in report


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_the_search_and_stick_pages_are_headed_in_the_users_language(qtbot, services: Services, language: Language,
                                                                     lang: str) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    language.apply(lang)
    services.lang = lang
    search = SearchPage(services)
    qtbot.addWidget(search)
    stick = _sync_page(qtbot, services)
    expected = {"ar": ("البحث", "المزامنة"), "fr": ("Recherche", "Synchronisation"), "en": ("Search", "Sync")}[lang]
    assert expected[0] in search.heading.text() and expected[1] in stick.heading.text()


def test_forms_are_named_with_agreement_in_each_language(services: Services, language: Language) -> None:
    forms = services.store.forms
    expected = {
        "ar": (("التعاونيات", "الزيارات الميدانية", "اللقاءات والورشات"), ("تعاونية جديدة", "زيارة جديدة", "لقاء جديد"),
               ),
        "fr": (("Coopératives", "Visites de terrain", "Rencontres et ateliers"),
               ("Nouvelle coopérative", "Nouvelle visite", "Nouvel atelier")),
        "en": (("Cooperatives", "Field visits", "Meetings and workshops"),
               ("New cooperative", "New visit", "New workshop")),
    }  # fmt: skip
    for lang, (plurals, new) in expected.items():
        language.apply(lang)
        named = [forms.get(name) for name in ("cooperative", "visit", "workshop")]
        assert tuple(form_heading(form, lang) for form in named) == plurals
        assert tuple(new_record_title(form, lang) for form in named) == new
        assert labelled("Constats", "x") == {"fr": "Constats\u00a0: x"}.get(lang, "Constats: x")  # French spacing


def test_a_form_declaring_no_words_of_its_own_is_named_by_its_label(language: Language) -> None:
    # The released version 2 of the workshop form declares neither heading nor "new" words.
    workshop = released_v2_forms().get("workshop")
    expected = {"ar": ("لقاء أو ورشة", "لقاء أو ورشة: سجل جديد"),
                "fr": ("Rencontre ou atelier", "Rencontre ou atelier\u00a0: nouvelle fiche"),
                "en": ("Meeting or workshop", "Meeting or workshop: new record")}  # fmt: skip
    for lang, (heading, new) in expected.items():
        language.apply(lang)
        assert (form_heading(workshop, lang), new_record_title(workshop, lang)) == (heading, new)


@pytest.mark.parametrize(
    ("lang", "cancel", "look_in"), [("ar", "إلغاء", "البحث في:"), ("fr", "Annuler", "Regarder dans")]
)
def test_qt_buttons_and_file_dialogs_speak_the_language(qtbot, language: Language, lang: str, cancel: str,
                                                        look_in: str) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    language.apply(lang)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel
    dialog = QFileDialog(None, "", str(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    assert dialog.labelText(QFileDialog.DialogLabel.LookIn).replace("&", "").startswith(look_in)
    assert "Look in" not in dialog.labelText(QFileDialog.DialogLabel.LookIn)
    assert "type" not in dialog.labelText(QFileDialog.DialogLabel.FileType)


@pytest.mark.parametrize(("lang", "expected"), [
    ("ar", ["أي استمارة", "استمارة واحدة", "استمارتين", "3 استمارات", "11 استمارة", "100 استمارة"]),
    ("fr", ["0 formulaire ", "1 formulaire ", "2 formulaires", "3 formulaires", "11 formulaires", "100 formulaires"]),
    ("en", ["0 forms", "1 form ", "2 forms", "3 forms", "11 forms", "100 forms"]),
])  # fmt: skip
def test_the_offer_to_restore_unsaved_forms_counts_them_in_the_language(language: Language, lang: str,
                                                                       expected: list[str]) -> None:  # fmt: skip
    from app.ui.dialogs import RestoreDialog

    language.apply(lang)
    for count, words in zip(COUNTS, expected, strict=True):
        question = RestoreDialog().question(count, "17/05/2025 11:54")
        assert words in question and "17/05/2025 11:54" in question, question


@pytest.mark.parametrize(("lang", "expected"), [("fr", "Coopérative\u00a0: "), ("en", "Cooperative: ")])
def test_a_record_page_is_headed_as_the_language_writes_label_and_title(controller, lang: str,
                                                                        expected: str) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    record_id = controller.services.store.create("cooperative", {"name_ar": "تعاونية الأمل"})
    controller.switch_language(lang)
    page = controller.window.open_record(record_id)
    assert page is not None
    assert page.heading.text().startswith(expected)
    assert "\u2068تعاونية الأمل\u2069" in page.heading.text()  # the Arabic name whole, in its isolate
