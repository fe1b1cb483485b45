"""The window, through its widgets only: what a field agent does in a day."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import fill, open_page, text_input, type_text

from app.db.demo import load_demo
from app.ui.application import WindowController
from app.ui.forms.photos import PhotosWidget
from app.ui.record_page import RecordPage
from app.ui.services import Services


def test_create_a_cooperative_in_arabic(qtbot: QtBot, controller: WindowController, services: Services) -> None:
    window = controller.window
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.record_page
    assert isinstance(page, RecordPage) and page.form.name == "cooperative"
    type_text(text_input(page.editor.field_widget("name_ar")), "تعاونية النور للكسكس")
    type_text(text_input(page.editor.field_widget("members_total")), "٢٥")
    qtbot.keyClicks(text_input(page.editor.field_widget("phone")), "0612345678")
    assert page.dirty
    qtbot.mouseClick(page.finalise_button, Qt.MouseButton.LeftButton)
    assert not page.dirty and page.state == "final"
    record = services.store.get(page.record_id)
    assert record.data == {"name_ar": "تعاونية النور للكسكس", "members_total": 25, "phone": "+212612345678"}
    assert record.author == "فاطمة" and record.device_name == "حاسوب مريرت"
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    listed = window.lists["cooperative"].model
    assert [listed.data(listed.index(row, 0)) for row in range(listed.rowCount())] == ["تعاونية النور للكسكس"]


def test_a_visit_with_two_recommendations_and_a_photo(
    qtbot: QtBot, controller: WindowController, services: Services, tmp_path: Path, monkeypatch
) -> None:
    window = controller.window
    coop = services.store.create("cooperative", {"name_ar": "تعاونية تانفنيت"})
    window.lists["cooperative"].refresh()
    page = open_page(window, coop)
    qtbot.mouseClick(page.new_related_buttons[0], Qt.MouseButton.LeftButton)
    visit_page = window.record_page
    assert visit_page is not page and visit_page.form.name == "visit"
    assert visit_page.editor.data()["cooperative"] == coop  # prefilled from the cooperative
    editor = visit_page.editor
    fill(qtbot, editor, "visit_date", "2025-05-17")
    fill(qtbot, editor, "observations", "ضعف التأطير والتكوين، مع خلق فرص عمل")
    group = editor.field_widget("recommendations")
    for text in ("تكوين في التسيير المالي", "زيارات بينية لتبادل الخبرات"):
        qtbot.mouseClick(group.add_button, Qt.MouseButton.LeftButton)
        type_text(text_input(group.entries[-1].rows["action"].widget), text)
    type_text(text_input(group.entries[0].rows["responsible"].widget), "الشبكة")
    picture = tmp_path / "olive-press.png"
    picture.write_bytes(_png_bytes())
    monkeypatch.setattr(PhotosWidget, "choose_files", staticmethod(lambda parent: [str(picture)]))
    photos = editor.field_widget("photos")
    qtbot.mouseClick(photos.add_button, Qt.MouseButton.LeftButton)
    assert photos.list.count() == 1
    qtbot.mouseClick(visit_page.finalise_button, Qt.MouseButton.LeftButton)
    visit = services.store.get(visit_page.record_id)
    assert visit.state == "final"
    assert visit.data["recommendations"] == [
        {"action": "تكوين في التسيير المالي", "responsible": "الشبكة"},
        {"action": "زيارات بينية لتبادل الخبرات"},
    ]
    digest = hashlib.sha256(picture.read_bytes()).hexdigest()
    assert [p["sha256"] for p in visit.data["photos"]] == [digest]
    assert services.store.photo(digest) == picture.read_bytes()
    # Back on the cooperative, its visit history lists the new visit.
    page = open_page(window, coop)
    assert page.related is not None and page.related.record_model().rowCount() == 1


def test_a_missing_required_field_is_shown_in_the_form(
    qtbot: QtBot, controller: WindowController, services: Services
) -> None:
    window = controller.window
    coop = services.store.create("cooperative", {"name_ar": "تعاونية"})
    page = window.new_record("visit", {"cooperative": coop})
    fill(qtbot, page.editor, "visit_date", "2025-05-17")
    qtbot.mouseClick(page.finalise_button, Qt.MouseButton.LeftButton)
    assert page.record_id is None and services.store.count("visit") == 0
    assert page.editor.problem_text("observations") == "هذا الحقل إلزامي"
    assert page.editor.problem_text("visit_date") == ""


def test_save_a_draft_close_reopen_and_finalise(
    qtbot: QtBot, qapp: QApplication, controller: WindowController, services: Services
) -> None:
    window = controller.window
    coop = services.store.create("cooperative", {"name_ar": "تعاونية"})
    page = window.new_record("visit", {"cooperative": coop})
    fill(qtbot, page.editor, "observations", "ملاحظة لم تكتمل")
    qtbot.mouseClick(page.save_draft_button, Qt.MouseButton.LeftButton)
    draft_id = page.record_id
    assert draft_id is not None and services.store.get(draft_id).state == "draft"
    window.close()

    reopened = WindowController(qapp, services, controller.language)
    reopened.window.show()
    visits = reopened.window.lists["visit"]
    visits_model = visits.model
    assert visits_model.rowCount() == 1 and visits_model.record_id(0) == draft_id
    page = open_page(reopened.window, draft_id)
    assert page.editor.data()["observations"] == "ملاحظة لم تكتمل"
    fill(qtbot, page.editor, "visit_date", "2025-05-18")
    qtbot.mouseClick(page.finalise_button, Qt.MouseButton.LeftButton)
    record = services.store.get(draft_id)
    assert record.state == "final" and record.version == 2 and record.data["visit_date"] == "2025-05-18"
    reopened.window.close()


def test_closing_the_window_keeps_a_new_note_as_a_draft(
    qtbot: QtBot, controller: WindowController, services: Services
) -> None:
    page = controller.window.new_record("cooperative")
    fill(qtbot, page.editor, "notes", "ملاحظة كتبت قبل إغلاق النافذة")
    controller.window.close()
    drafts = services.store.records_of("cooperative")
    assert [(r.state, r.data) for r in drafts] == [("draft", {"notes": "ملاحظة كتبت قبل إغلاق النافذة"})]


def test_restore_after_the_window_was_destroyed_without_saving(
    qtbot: QtBot, qapp: QApplication, controller: WindowController, services: Services, answers
) -> None:
    page = controller.window.new_record("cooperative")
    fill(qtbot, page.editor, "name_ar", "تعاونية أكادير")
    fill(qtbot, page.editor, "notes", "سطر أول\nسطر ثان")
    # The autosave timer writes the copy a few seconds after typing; nothing was saved in the database.
    qtbot.waitUntil(lambda: bool(services.autosave.pending(str(services.store.path))), timeout=10_000)
    assert services.store.count() == 0
    page.autosave_timer.stop()
    controller.window.deleteLater()  # a crash: no close event, no save
    qapp.processEvents()

    answers.restore = True
    after_crash = WindowController(qapp, services, controller.language)
    after_crash.window.show()
    after_crash.offer_restore()
    restored = after_crash.window.record_page
    assert restored is not None and restored.dirty
    assert restored.editor.data() == {"name_ar": "تعاونية أكادير", "notes": "سطر أول\nسطر ثان"}
    qtbot.mouseClick(restored.finalise_button, Qt.MouseButton.LeftButton)
    assert [r.data["name_ar"] for r in services.store.records_of("cooperative")] == ["تعاونية أكادير"]
    assert services.autosave.pending(str(services.store.path)) == []
    after_crash.window.close()


def test_leaving_a_changed_form_asks_and_can_stay(
    qtbot: QtBot, controller: WindowController, services: Services, answers
) -> None:
    window = controller.window
    page = window.new_record("cooperative")
    fill(qtbot, page.editor, "name_ar", "تعاونية")
    answers.unsaved = "cancel"
    window.navigation.setCurrentRow(1)
    assert window.record_page is page and window.stack.currentWidget() is page
    answers.unsaved = "discard"
    window.navigation.setCurrentRow(1)
    assert window.record_page is None and services.store.count() == 0


def test_switch_to_french_gives_a_left_to_right_window_with_french_labels(
    qtbot: QtBot, qapp: QApplication, controller: WindowController, services: Services
) -> None:
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert controller.window.navigation.item(0).text() == "التعاونيات"
    controller.switch_language("fr")
    window = controller.window
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert [window.navigation.item(i).text() for i in range(3)] == ["Coopératives", "Visites de terrain",
                                                                     "Rencontres et ateliers"]  # fmt: skip
    assert window.menuBar().actions()[0].text() == "&Fichier"
    page = window.new_record("cooperative")
    assert page.editor.field_widget("name_ar") is not None
    assert page.finalise_button.text() == "Finaliser"
    page.editor.validate(draft=False)
    assert page.editor.problem_text("name_ar") == "Ce champ est obligatoire"


def test_a_language_switch_keeps_the_agent_on_the_record_being_typed(
    qtbot: QtBot, controller: WindowController, services: Services
) -> None:
    page = controller.window.new_record("cooperative")
    fill(qtbot, page.editor, "name_ar", "تعاونية الأمل")  # a new record, never saved: kept as a draft by the switch
    controller.switch_language("fr")
    reopened = controller.window.record_page
    assert reopened is not None and reopened.record_id is not None
    assert services.store.get(reopened.record_id).state == "draft"
    assert reopened.editor.data()["name_ar"] == "تعاونية الأمل"
    assert not reopened.dirty
    controller.switch_language("ar")  # nothing changed meanwhile: the same record again, still one
    assert controller.window.record_page is not None
    assert controller.window.record_page.record_id == reopened.record_id and services.store.count() == 1


def test_history_lists_who_changed_what(qtbot: QtBot, controller: WindowController, services: Services) -> None:
    from app.ui.dialogs import HistoryDialog

    record_id = services.store.create("cooperative", {"name_ar": "تعاونية"})
    services.store.author = "Ahmed"
    services.store.update(record_id, {"members_total": 9})
    versions = services.store.history(record_id)
    dialog = HistoryDialog(None, versions, labels={"members_total": "عدد الأعضاء"}, lang="ar")
    qtbot.addWidget(dialog)
    newest, first = dialog.version_items()  # newest first, each with what changed beneath it
    assert newest.text(0).startswith("النسخة 2") and first.text(0).startswith("النسخة 1")
    assert "\u2068فاطمة\u2069" in first.text(0) and "\u2068Ahmed\u2069 على \u2068حاسوب مريرت\u2069" in newest.text(0)
    assert [newest.child(0).text(c) for c in range(3)] == ["عدد الأعضاء", "(فارغ)", "\u20669\u2069"]  # 9, isolated


def test_a_large_list_loads_lazily(controller: WindowController, services: Services) -> None:
    load_demo(services.store)
    coop = services.store.records_of("cooperative")[0].id
    for number in range(450):
        services.store.create("visit", {"cooperative": coop, "visit_date": "2025-05-17", "observations": f"{number}"})
    page = controller.window.lists["visit"]
    page.refresh()
    model = page.model
    assert model.total == 454 and model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400


def _png_bytes() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("olive"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)
