"""Models, sorting, keyboard, start-up, errors, translations and screenshots of the window."""

from __future__ import annotations

import functools
import json
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QCollator, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QGroupBox
from pytestqt.qtbot import QtBot
from ui_helpers import fill

from app.db.demo import demo_id, load_demo
from app.db.listing import ListQuery
from app.ui import dialogs
from app.ui.application import WindowController
from app.ui.record_model import RecordTableModel
from app.ui.search_page import COLUMNS, HTML_ROLE
from app.ui.services import Services

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "screenshots"


def test_every_record_model_passes_the_model_tester(qtmodeltester, controller: WindowController,
                                                    services: Services) -> None:  # fmt: skip
    load_demo(services.store)
    for form in ("cooperative", "visit", "workshop"):
        page = controller.window.lists[form]
        page.refresh()
        qtmodeltester.check(page.model)
    filtered = RecordTableModel(services.store, ListQuery(form="visit", text="بيئتي"), lang="ar", column_titles={})
    qtmodeltester.check(filtered)
    assert filtered.rowCount() == 1
    related = RecordTableModel(services.store, ListQuery(form="visit", where_field=("workshop", demo_id("workshop-mrirt"))),
                               lang="fr", column_titles={})  # fmt: skip
    qtmodeltester.check(related)
    assert related.rowCount() == 4


def test_arabic_names_sort_as_the_arabic_collator_orders_them(controller: WindowController, services: Services) -> None:
    """The lists sort by stored keys (app.core.sort_key), checked here against Qt's Arabic collator."""
    names = ["بركة", "أحمد", "ابتسام", "آمال", "تعاونية 10", "تعاونية 9"]
    for name in names:
        services.store.create("cooperative", {"name_ar": name})
    page = controller.window.lists["cooperative"]
    page.refresh()
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    shown = [page.model.data(page.model.index(row, 0)) for row in range(page.model.rowCount())]
    collator = QCollator(QLocale(QLocale.Language.Arabic, QLocale.Country.Morocco))
    collator.setNumericMode(True)
    assert shown == sorted(names, key=functools.cmp_to_key(collator.compare))
    assert shown != sorted(names)  # the collator's order, not code points: آمال before ابتسام before أحمد
    page.filter.setText("تعاونية")
    assert [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())] == [
        "تعاونية 9",
        "تعاونية 10",
    ]


def test_keyboard_new_save_and_find(qtbot: QtBot, controller: WindowController, services: Services) -> None:
    window = controller.window
    window.navigation.setCurrentRow(2)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.record_page
    assert page is not None and page.form.name == "workshop"
    fill(qtbot, page.editor, "title", "ورشة التسويق")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [(r.state, r.data["title"]) for r in services.store.records_of("workshop")] == [("draft", "ورشة التسويق")]
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.record_page is None
    assert window.stack.currentWidget() is window.search_page
    assert QApplication.focusWidget() is window.search_page.box


def test_first_run_asks_for_names_and_offers_the_demo(qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
                                                      isolated_home: Path, tmp_path: Path) -> None:  # fmt: skip
    from app.main import start_gui

    asked: list[str] = []
    monkeypatch.setattr(dialogs.IdentityDialog, "ask",
                        classmethod(lambda cls, *a, **k: asked.append("identity") or ("Amina", "Laptop Azilal")))  # fmt: skip
    monkeypatch.setattr(dialogs.ConfirmDialog, "ask", classmethod(lambda cls, *a, **k: asked.append("demo") or True))
    started = start_gui(db=str(tmp_path / "first.db"), lang="ar", author=None)
    assert not isinstance(started, int)
    _, controller = started
    try:
        assert asked == ["identity", "demo"]
        saved = json.loads((isolated_home / "settings.json").read_text(encoding="utf-8"))
        assert (saved["author"], saved["device_name"]) == ("Amina", "Laptop Azilal")
        assert controller.services.store.count("cooperative") == 4
        assert controller.window.lists["cooperative"].model.rowCount() == 4
        record = controller.services.store.records_of("cooperative")[0]
        assert (record.author, record.device_name) == ("Amina", "Laptop Azilal")
    finally:
        controller.window.close()
        controller.services.store.close()
        controller.language.apply("ar")


def test_a_bad_database_gives_a_message_not_a_traceback(qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
                                                        isolated_home: Path, tmp_path: Path) -> None:  # fmt: skip
    from app.main import start_gui

    (isolated_home / "settings.json").write_text(json.dumps({"author": "a", "device_name": "b"}), encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(dialogs.MessageDialog, "show_error", classmethod(lambda cls, parent, text: shown.append(text)))
    text_file = tmp_path / "notes.db"
    text_file.write_text("not a database", encoding="utf-8")
    assert start_gui(db=str(text_file), lang="fr", author=None) == 3
    assert len(shown) == 1 and "n'est pas une base Taawun" in shown[0]
    QLocale.setDefault(QLocale("ar_MA"))


def test_an_unexpected_error_is_logged_and_the_window_keeps_running(monkeypatch: pytest.MonkeyPatch,
                                                                    tmp_path: Path) -> None:  # fmt: skip
    from app.core.logs import setup_logging
    from app.main import install_bug_handler

    log_path = setup_logging(tmp_path / "logs")
    apologies: list[Path] = []
    monkeypatch.setattr(dialogs.MessageDialog, "show_bug",
                        classmethod(lambda cls, parent, lang, path: apologies.append(path)))  # fmt: skip
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_bug_handler(type("Lang", (), {"lang": "ar"})(), log_path)
    try:
        raise RuntimeError("something broke while saving")
    except RuntimeError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    assert apologies == [log_path]
    logged = log_path.read_text(encoding="utf-8")
    assert "RuntimeError: something broke while saving" in logged and "Traceback" in logged


def message_sources(ts_file: Path) -> list[tuple[str, str, bool]]:
    tree = ElementTree.parse(ts_file)
    found = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            found.append((context.findtext("name") or "", message.findtext("source") or "",
                          message.get("numerus") == "yes"))  # fmt: skip
    return found


def test_every_interface_string_is_translated_in_every_language(tmp_path: Path) -> None:
    """A fresh lupdate of the source finds no string that the shipped .qm files do not translate."""
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    messages = message_sources(fresh)
    assert len(messages) > 50
    for lang in ("ar", "fr", "en"):
        translator = QTranslator()
        assert translator.load(str(ROOT / "resources" / "translations" / f"taawun_{lang}.qm"))
        untranslated = [(context, source) for context, source, numerus in messages
                        if not translator.translate(context, source, None, 2 if numerus else -1)]  # fmt: skip
        assert untranslated == [], lang
    arabic = QTranslator()
    arabic.load(str(ROOT / "resources" / "translations" / "taawun_ar.qm"))
    assert arabic.translate("RecordPage", "Finalise") == "إنهاء وحفظ"


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_screenshots_of_the_main_screens(qtbot: QtBot, controller: WindowController, services: Services,
                                         lang: str) -> None:  # fmt: skip
    """Saves PNGs to screenshots/ for people to look at, and checks the direction of what they show."""
    load_demo(services.store)
    controller.switch_language(lang)
    window = controller.window
    window.resize(1280, 860)
    SCREENSHOTS.mkdir(exist_ok=True)
    expected = Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
    assert window.layoutDirection() == expected
    for form in ("cooperative", "visit", "workshop"):
        window.navigation.setCurrentRow(("cooperative", "visit", "workshop").index(form))
        window.lists[form].refresh()
        assert window.grab().save(str(SCREENSHOTS / f"{lang}-list-{form}.png"))
    page = window.open_record(demo_id("cooperative-tanfnit"))
    assert page is not None
    assert window.grab().save(str(SCREENSHOTS / f"{lang}-cooperative.png"))
    page = window.open_record(demo_id("visit-biati"))
    assert page is not None
    date_input = page.editor.field_widget("visit_date").focus_widgets()[0]
    assert date_input.layoutDirection() == Qt.LayoutDirection.LeftToRight  # dates stay left to right
    assert window.grab().save(str(SCREENSHOTS / f"{lang}-visit.png"))
    page.editor.set_data({})
    page.editor.validate(draft=False)
    assert window.grab().save(str(SCREENSHOTS / f"{lang}-visit-problems.png"))
    page.discard_changes()
    page = window.open_record(demo_id("workshop-mrirt"))
    assert page is not None
    assert window.grab().save(str(SCREENSHOTS / f"{lang}-workshop.png"))
    # The workshop's visits, headed as the visit form's file names them in the language.
    boxes = [box.title() for box in page.findChildren(QGroupBox)]
    assert ("الزيارات الميدانية" if lang == "ar" else "Visites de terrain") in boxes


def test_settings_switch_the_language_and_remember_it(monkeypatch: pytest.MonkeyPatch, qapp: QApplication,
                                                       controller: WindowController, services: Services) -> None:  # fmt: skip
    from app.core.settings import Settings

    chosen = {
        "language": "en",
        "author": "Amina",
        "device_name": "Laptop 3",
        "organisation": "Réseau Ait Sgougou",
        "backup_keep_days": 30,
    }
    monkeypatch.setattr(dialogs.SettingsDialog, "ask", classmethod(lambda cls, *a, **k: dict(chosen)))
    controller.window.edit_settings()
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert controller.window.navigation.item(0).text() == "Cooperatives"
    saved = Settings.load(services.settings_path)
    assert (saved.language, saved.author, saved.device_name, saved.organisation, saved.backup_keep_days) == (
        "en", "Amina", "Laptop 3", "Réseau Ait Sgougou", 30)  # fmt: skip
    record_id = services.store.create("workshop", {"title": "x"})
    assert services.store.get(record_id).author == "Amina"


def test_list_filters_combine_and_are_remembered(qapp: QApplication, controller: WindowController,
                                                 services: Services) -> None:  # fmt: skip
    load_demo(services.store)
    page = controller.window.lists["cooperative"]
    page.refresh()
    bar = page.filter_bar
    sector = bar.inputs["sector"]
    sector.setCurrentIndex(sector.findData("dairy"))
    names = {page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())}
    assert names == {"تعاونية إمدوكال لإنتاج و تسويق الحليب", "تعاونية تانفنيت لإنتاج و تسويق الحليب و الزيتون"}
    challenge = bar.inputs["challenge"]
    challenge.setCurrentIndex(challenge.findData("social_coverage"))
    assert page.model.rowCount() == 0
    controller.switch_language("ar")  # a new window: the filters come back
    again = controller.window.lists["cooperative"]
    assert again.filter_bar.filters() == bar.filters() and again.model.rowCount() == 0
    again.filter_bar.clear()
    assert again.model.rowCount() == 4


def test_search_everything_finds_arabic_without_hamza_and_opens_the_record(
    qtbot: QtBot, controller: WindowController, services: Services
) -> None:
    from ui_helpers import type_text

    load_demo(services.store)
    window = controller.window
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.search_page
    type_text(page.box, "التاطير")  # typed without the hamza; the notes say التأطير
    qtbot.waitUntil(lambda: page.results.count() > 0, timeout=5_000)
    found = {page.results.record_id(r) for r in range(page.results.count())}
    assert demo_id("visit-biati") in found
    first = page.results.item(0, COLUMNS.index("found")).data(HTML_ROLE)  # the snippet, as drawn
    assert "<b>" in first and "التأطير" in first  # the snippet shows the words as typed in the note, in bold
    qtbot.keyClick(page.box, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.results
    qtbot.keyClick(page.results, Qt.Key.Key_Return)
    assert window.record_page is not None and window.record_page.record_id == page.results.record_id(0)


def test_the_settings_dialog_shows_and_returns_every_setting(qapp: QApplication) -> None:
    dialog = dialogs.SettingsDialog(None, lang="ar", author="فاطمة", device_name="حاسوب مريرت", organisation="",
                                    backup_keep_days=14)  # fmt: skip
    assert dialog.backup_keep_days.value() == 14
    dialog.backup_keep_days.setValue(0)  # below the range: held at its lowest
    dialog.language.setCurrentIndex(1)
    assert dialog.values() == {"language": "fr", "author": "فاطمة", "device_name": "حاسوب مريرت", "organisation": "",
                               "backup_keep_days": 1, "organisation_logo": "", "shared_folder": ""}  # fmt: skip
    assert dialog.grab().save(str(SCREENSHOTS / "ar-settings.png"))


def test_in_french_nothing_in_the_navigation_or_the_date_filters_is_cut(
    qtbot: QtBot, controller: WindowController
) -> None:
    controller.switch_language("fr")
    window = controller.window
    window.show()
    qtbot.waitExposed(window)
    navigation = window.navigation
    for row in range(navigation.count()):
        text = navigation.item(row).text()
        assert navigation.fontMetrics().horizontalAdvance(text) <= navigation.viewport().width(), text
    page = window.lists["visit"]
    for key in ("date_from", "date_to"):
        edit = page.filter_bar.inputs[key]
        assert edit.width() >= edit.fontMetrics().horizontalAdvance(edit.placeholderText()), key
    controller.switch_language("ar")
