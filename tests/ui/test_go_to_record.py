"""Go to record (Ctrl+G): an id typed, or a paper form's QR code as a scanner types it (its text, then Enter)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from ui_helpers import type_text

from app.core.paper_code import blank_code, record_code
from app.ui.application import WindowController
from app.ui.go_to_record import GoToRecordDialog, Target
from app.ui.record_page import RecordPage
from app.ui.services import Services


def scan(qtbot: QtBot, services: Services, text: str) -> GoToRecordDialog:
    """The dialog, shown, with `text` typed into it and Enter pressed, as a keyboard-emulating scanner does."""
    dialog = GoToRecordDialog(None, services)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.code, text + "\n")  # each character a key press (QTest.keyClicks knows only ASCII keys)
    return dialog


def shown(dialog: GoToRecordDialog) -> str:
    """The dialog's message without the isolate around what was typed."""
    return dialog.problem.text().translate(dict.fromkeys((0x2066, 0x2067, 0x2068, 0x2069)))


def test_a_scanned_code_names_the_record_and_says_when_it_changed_since_printing(
    qtbot: QtBot, services: Services
) -> None:
    store = services.store
    record_id = store.create("cooperative", {"name_ar": "تعاونية الأمل"})
    printed = record_code("cooperative", record_id, 1)
    dialog = scan(qtbot, services, printed)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.target == Target("cooperative", record_id, "")
    store.update(record_id, {"members_total": 12})
    changed = scan(qtbot, services, printed)
    assert changed.target is not None and changed.target.record_id == record_id
    assert changed.target.note == "طبعت الورقة من النسخة 1؛ تغير السجل منذ ذلك (النسخة 2 الآن)"
    bare = scan(qtbot, services, record_id.upper())  # typed by hand, Caps Lock on
    assert bare.target == Target("cooperative", record_id, "")


def test_a_blank_forms_code_opens_a_new_record_of_its_form(qtbot: QtBot, services: Services) -> None:
    dialog = scan(qtbot, services, blank_code("visit", 4))
    assert dialog.target == Target("visit", None, "استمارة «زيارة ميدانية» فارغة: فتح سجل جديد لإدخالها")


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("hello", "«hello» ليس معرف سجل ولا رمز استمارة ورقية من تعاون"),
        ("&é\"'(-è_çà", "ليس معرف سجل ولا رمز استمارة ورقية"),
        ("6f1c1a52-0000-4000-8000-000000000000", "لا يوجد سجل بالمعرف 6f1c1a52-0000-4000-8000-000000000000"),
        ("taawun/tractor/form-v1", "لا توجد استمارة باسم «tractor»"),
    ],
)
def test_garbage_and_unknown_ids_are_said_in_the_dialog_which_waits_for_the_next_scan(
    qtbot: QtBot, services: Services, typed: str, message: str
) -> None:
    dialog = scan(qtbot, services, typed)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted and dialog.target is None
    assert message in shown(dialog) and dialog.problem.isVisible()
    assert dialog.code.selectedText() == dialog.code.text()  # the next scan replaces what was there
    good = services.store.create("cooperative", {"name_ar": "تعاونية النور"})
    type_text(dialog.code, good + "\n")
    assert dialog.target == Target("cooperative", good, "") and not dialog.isVisible()


def test_a_deleted_record_and_a_code_of_another_forms_paper_are_refused(qtbot: QtBot, services: Services) -> None:
    store = services.store
    gone = store.create("cooperative", {"name_ar": "تعاونية قديمة"})
    store.delete(gone)
    assert f"السجل {gone} محذوف" in scan(qtbot, services, gone).problem.text()
    kept = store.create("cooperative", {"name_ar": "تعاونية النور"})
    dialog = scan(qtbot, services, record_code("visit", kept, 1))
    assert dialog.target is None
    assert dialog.problem.text() == f"الرمز يخص استمارة «زيارة ميدانية» لكن السجل {kept} من نوع «تعاونية»"


def test_the_dialog_speaks_french_in_a_french_window(qtbot: QtBot, services: Services) -> None:
    dialog = scan(qtbot, replace(services, lang="fr"), "n'importe quoi")
    assert dialog.problem.text().startswith("« \u2066n'importe quoi\u2069 »")  # its own order in any sentence
    assert shown(dialog) == (
        "« n'importe quoi » n'est ni un identifiant de fiche ni le code d'un formulaire papier de Taawun"
    )


def test_ctrl_g_opens_the_record_or_a_new_one_and_says_the_note(
    qtbot: QtBot, controller: WindowController, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = controller.window
    record_id = services.store.create("cooperative", {"name_ar": "تعاونية الأمل"})
    answers = [Target("cooperative", record_id, "تغير السجل"), Target("visit", None, ""), None]
    asked = []

    def ask(cls: type, parent: object, given: Services) -> Target | None:
        asked.append(given)
        return answers.pop(0)

    monkeypatch.setattr(GoToRecordDialog, "ask", classmethod(ask))
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    page = window.record_page
    assert isinstance(page, RecordPage) and page.record_id == record_id
    assert window.statusBar().currentMessage() == "تغير السجل"
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    new_page = window.record_page
    assert isinstance(new_page, RecordPage) and new_page is not page
    assert new_page.form.name == "visit" and new_page.record_id is None
    window.go_to_action.trigger()  # cancelled: nothing changes
    assert window.record_page is new_page and asked == [services] * 3
