"""The window's side of the real places: File › Match provinces… lists the official province proposed for each province
typed as text, with check boxes, and accepts the ticked ones (each a new version); a proposal gone meanwhile is
refused with its message and nothing is accepted. The lists' province filter shows official provinces by name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from app.ui.application import WindowController
from app.ui.filter_bar import FilterBar
from app.ui.place_matching_dialog import PlaceMatchingDialog
from app.ui.services import Services


@pytest.fixture
def typed(services: Services) -> dict[str, str]:
    """Cooperatives whose province is text, as records made before the list hold it."""
    store = services.store
    return {text: store.create("cooperative", {"name_ar": f"تعاونية {text}", "province": text})
            for text in ("Tiznit", "تزنيت", "إقليم تيزنيت", "Paris")}  # fmt: skip


def test_the_dialog_accepts_the_ticked_proposals_only(qtbot: QtBot, qtmodeltester: object, services: Services,
                                                      typed: dict[str, str], controller: WindowController) -> None:  # fmt: skip
    dialog = PlaceMatchingDialog(services)
    qtbot.addWidget(dialog)
    model = dialog.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    rows = {model.rows[i].text: i for i in range(model.rowCount())}
    assert set(rows) == {"Tiznit", "تزنيت", "إقليم تيزنيت"}  # Paris is left alone
    assert all(model.data(model.index(i, 3)) == "إقليم تيزنيت" for i in rows.values())
    assert "1" in dialog.left_alone.text()
    model.setData(model.index(rows["Tiznit"], 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    with qtbot.waitSignal(dialog.records_changed):
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    store = services.store
    assert store.get(typed["Tiznit"]).data["province"] == "Tiznit" and store.get(typed["Tiznit"]).version == 1
    for text in ("تزنيت", "إقليم تيزنيت"):
        record = store.get(typed[text])
        assert (record.version, record.data["province"], record.data["region"]) == (2, "tiznit", "souss_massa")
    assert [model.rows[i].text for i in range(model.rowCount())] == ["Tiznit"]  # what is left to decide
    model.tick_all(False)
    assert not dialog.accept_button.isEnabled()


def test_a_proposal_gone_meanwhile_is_refused_with_its_message(qtbot: QtBot, services: Services, typed: dict[str, str],
                                                               controller: WindowController,
                                                               answers: object) -> None:  # fmt: skip
    dialog = PlaceMatchingDialog(services)
    qtbot.addWidget(dialog)
    services.store.update(typed["Tiznit"], {"province": "tiznit", "region": "souss_massa"})  # chosen elsewhere
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert len(answers.errors) == 1 and typed["Tiznit"] in answers.errors[0]  # type: ignore[attr-defined]
    assert "taawun places match" in answers.errors[0]  # type: ignore[attr-defined]
    assert services.store.get(typed["تزنيت"]).version == 1  # nothing accepted
    assert dialog.model.rowCount() == 2  # read again: what holds now


def test_the_file_menu_opens_it(qtbot: QtBot, controller: WindowController, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[object] = []
    monkeypatch.setattr(PlaceMatchingDialog, "ask", classmethod(lambda cls, *a: asked.append(a) or True))
    window = controller.window
    file_menu = window.menuBar().actions()[0].menu()
    assert window.places_action in file_menu.actions()  # type: ignore[union-attr]
    window.places_action.trigger()
    assert len(asked) == 1


# The offscreen platform cannot raise a pop-up or grab the keyboard for it, and says so; the pop-up fills all the same.
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise\(\)|grabbing the keyboard)")
def test_the_province_filter_shows_official_provinces_by_name(qtbot: QtBot, controller: WindowController,
                                                              typed: dict[str, str]) -> None:  # fmt: skip
    controller.services.store.create(
        "cooperative", {"name_ar": "ج", "province": "khenifra", "region": "beni_mellal_khenifra"}
    )
    controller.switch_language("fr")
    bar = FilterBar(controller.services, "cooperative")
    qtbot.addWidget(bar)
    combo = bar.inputs["province"]
    assert isinstance(combo, QComboBox)
    combo.showPopup()
    combo.hidePopup()
    shown = {combo.itemData(i): combo.itemText(i) for i in range(1, combo.count())}
    assert shown["khenifra"] == "Province de Khénifra" and shown["Tiznit"] == "Tiznit"  # a text stays as typed
