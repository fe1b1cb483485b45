"""A record's history shows each version once (no row numbers twice), newest first, and under it what changed from
what to what, labelled and valued in the user's language."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTreeWidgetItem

from app.core.clock import now_text
from app.security import organisation
from app.security.keys import LaptopKeys, OrganisationKey
from app.security.member_list import Laptop, MemberList
from app.security.organisation import Unlocked
from app.security.version_signing import sign_pending
from app.ui.application import WindowController
from app.ui.history_view import AFTER, BEFORE, FIELD, HistoryDialog
from app.ui.record_page import RecordPage


def _rows(item: QTreeWidgetItem) -> dict[str, tuple[str, str]]:
    children = (item.child(i) for i in range(item.childCount()))
    # Values without Arabic letters come isolated left to right (app.core.display.isolate_if_ltr): compared bare.
    return {child.text(FIELD): (child.text(BEFORE).strip("\u2066\u2069"), child.text(AFTER).strip("\u2066\u2069"))
            for child in children}  # fmt: skip


EXPECTED = {
    "ar": {"version": "النسخة", "purpose": ("الغرض من الزيارة", "تشخيص", "تتبع"),
           "date": ("تاريخ الزيارة", "17/05/2025", "18/05/2025"), "observations": "الملاحظات الميدانية",
           "agent": ("القائم بالزيارة", "(فارغ)", "يوسف"), "created": "إنشاء"},
    "fr": {"version": "Version", "purpose": ("Objet de la visite", "Diagnostic", "Suivi"),
           "date": ("Date de la visite", "17/05/2025", "18/05/2025"), "observations": "Constats",
           "agent": ("Agent ou équipe de visite", "(vide)", "Youssef"), "created": "Création"},
}  # fmt: skip


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_history_shows_old_and_new_values_in_the_users_language(controller: WindowController, qtbot, lang: str,
                                                                monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    store = controller.services.store
    cooperative = store.create("cooperative", {"name_ar": "تعاونية أزير"}, draft=True)
    visit = store.create("visit", {"cooperative": cooperative, "visit_date": "2025-05-17", "purpose": "diagnosis",
                                   "observations": "قلة المياه"}, draft=True)  # fmt: skip
    expected = EXPECTED[lang]
    agent = expected["agent"][2]
    store.update(visit, {"purpose": "follow_up", "visit_date": "2025-05-18", "observations": "قلة المياه صيفا",
                         "agent": agent, "location": {"lat": 33.1663, "lon": -5.5763}})  # fmt: skip
    if lang != controller.services.lang:
        controller.switch_language(lang)
    window = controller.window
    page = window.open_record(visit)
    assert isinstance(page, RecordPage)
    shown: list[HistoryDialog] = []

    def exec_(dialog: HistoryDialog) -> int:  # as the agent sees it, without blocking the test
        shown.append(dialog)
        return 0

    monkeypatch.setattr(HistoryDialog, "ask", classmethod(lambda cls, parent, versions, **kw: cls(parent, versions,
                                                                                                    **kw).exec()))  # fmt: skip
    monkeypatch.setattr(HistoryDialog, "exec", exec_)
    page.history_button.click()  # the record page's own call
    dialog = shown[-1]
    qtbot.addWidget(dialog)
    versions = dialog.version_items()
    assert len(versions) == 2
    newest, created = versions
    assert newest.text(FIELD).startswith(f"{expected['version']} 2") and created.text(FIELD).startswith(
        f"{expected['version']} 1")  # fmt: skip
    assert expected["created"] in created.text(FIELD)
    # Who, on which laptop: each name isolated, so two Arabic names keep their order in a French line.
    assert "\u2068فاطمة\u2069" in newest.text(FIELD) and "\u2068حاسوب مريرت\u2069" in newest.text(FIELD)
    assert dialog.tree.header().count() == 3  # what changed, from, to: no second column of numbers
    changes = _rows(newest)
    label, before, after = expected["purpose"]
    assert changes[label] == (before, after)  # choices by their label in the user's language
    label, before, after = expected["date"]
    assert tuple(text.strip("\u2066\u2069") for text in changes[label]) == (before, after)
    assert changes[expected["observations"]] == ("قلة المياه", "قلة المياه صيفا")
    label, before, after = expected["agent"]
    assert changes[label] == (before, after)  # a field filled in: from empty
    label = next(
        newest.child(i).text(FIELD) for i in range(newest.childCount()) if "GPS" in newest.child(i).text(FIELD)
    )
    shown = next(
        newest.child(i).text(AFTER) for i in range(newest.childCount()) if newest.child(i).text(FIELD) == label
    )
    assert shown.startswith("\u2066") and "-5.5763" in shown  # a negative longitude keeps its sign in front
    assert len(changes) == 5
    assert _rows(created)[expected["purpose"][0]] == (expected["agent"][1], expected["purpose"][1])
    dialog.show()
    QApplication.processEvents()
    shots = Path(os.environ.get("TAAWUN_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(shots / f"history-{lang}.png"))
    assert dialog.width() <= 1280 and dialog.height() <= 672


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_an_imported_version_says_where_it_came_from(controller: WindowController, qtbot, lang: str,
                                                     tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    store = controller.services.store
    record = store.create("cooperative", {"name_ar": "تعاونية أزير", "members_total": 12},
                          origin="Coopératives Tiznit 2025.xlsx:12")  # fmt: skip
    store.update(record, {"members_total": 14})  # typed here: says nothing of the kind
    if lang != controller.services.lang:
        controller.switch_language(lang)
    dialog = HistoryDialog(controller.window, store.history(record), lang=lang, form=store.forms.get("cooperative"))
    qtbot.addWidget(dialog)
    newest, created = dialog.version_items()
    # The file's name in an isolate of its own: a Latin name keeps its place, and its words their order, in an
    # Arabic sentence.
    sentence = {"ar": "مستورد من \u2068Coopératives Tiznit 2025.xlsx\u2069، السطر 12",
                "fr": "Importé de \u2068Coopératives Tiznit 2025.xlsx\u2069, ligne 12"}[lang]  # fmt: skip
    assert created.text(FIELD).endswith(" · " + sentence)
    assert "xlsx" not in newest.text(FIELD)
    dialog.show()
    QApplication.processEvents()
    shots = Path(os.environ.get("TAAWUN_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(shots / f"history-imported-{lang}.png"))


def test_in_an_organisation_each_version_says_which_laptop_signed_it(controller: WindowController, qtbot,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    store = controller.services.store
    record = store.create("cooperative", {"name_ar": "تعاونية أزير", "members_total": 12})
    page = controller.window.open_record(record)
    assert isinstance(page, RecordPage)
    shown: list[HistoryDialog] = []
    monkeypatch.setattr(HistoryDialog, "ask", classmethod(lambda cls, parent, versions, **kw: shown.append(
        cls(parent, versions, **kw))))  # fmt: skip

    def headings() -> list[str]:
        page.history_button.click()  # the record page's own call
        qtbot.addWidget(shown[-1])
        return [item.text(FIELD) for item in shown[-1].version_items()]

    assert all(" · signed" not in text and "signé" not in text and "موقع" not in text for text in headings())
    # The laptop joins an organisation (its keys under a passphrase: one second of scrypt), then edits.
    org_key, keys = OrganisationKey.generate(), LaptopKeys.generate(store.device_id)
    with store.transaction():
        laptop = Laptop(store.device_id, "Bureau de Tiznit", "coordinator", keys.sign_public, keys.recipient,
                        now_text())  # fmt: skip
        members = MemberList(uuid.uuid4().hex, "Réseau", org_key.public, 1, now_text(), store.device_id,
                             store.new_stamp(), (laptop,)).signed(org_key)  # fmt: skip
        organisation.save_list(store, members)
        organisation.save_keys(store, Unlocked(keys, org_key), "phrase de passe")
    store.update(record, {"members_total": 14})
    newest, created = headings()
    ar = controller.services.lang == "ar"
    assert created.endswith(" · " + ("غير موقعة (من قبل المنظمة)" if ar else "non signée (d'avant l'organisation)"))
    assert newest.endswith(" · " + ("لم توقع بعد (توقع عند التصدير القادم)" if ar else
                                    "pas encore signée (elle le sera au prochain export)"))  # fmt: skip
    sign_pending(store, keys)  # as the next sealed export does: its earlier version too, once
    signed = "موقعة من \u2068Bureau de Tiznit\u2069" if ar else "signée par \u2068Bureau de Tiznit\u2069"
    assert [text.endswith(" · " + signed) for text in headings()] == [True, True]
