"""The offer of the demo event at start: made on a database with no live record, never on one holding records."""

from __future__ import annotations

from typing import Any

import pytest

from app.ui import dialogs
from app.ui.application import WindowController


@pytest.fixture
def offers(monkeypatch: pytest.MonkeyPatch, answers: Any) -> list[str]:
    asked: list[str] = []

    def ask(cls: object, parent: object, title: str, text: str) -> bool:
        asked.append(text)
        return bool(answers.confirm)

    monkeypatch.setattr(dialogs.ConfirmDialog, "ask", classmethod(ask))
    return asked


def test_an_empty_database_is_offered_the_demo_and_its_lists_show_it(controller: WindowController, answers: Any,
                                                                     offers: list[str]) -> None:  # fmt: skip
    store = controller.services.store
    controller.offer_demo_if_empty()
    assert len(offers) == 1
    assert store.count("cooperative") > 0 and store.count("visit") > 0 and store.count("workshop") > 0
    assert controller.window.lists["cooperative"].model.rowCount() == store.count("cooperative")


def test_declining_the_demo_leaves_the_database_empty(controller: WindowController, answers: Any,
                                                      offers: list[str]) -> None:  # fmt: skip
    answers.confirm = False
    controller.offer_demo_if_empty()
    assert len(offers) == 1 and controller.services.store.count() == 0


def test_a_database_with_a_record_is_not_offered_the_demo(controller: WindowController, offers: list[str]) -> None:
    controller.services.store.create("workshop", {"title": "لقاء"})
    controller.offer_demo_if_empty()
    assert offers == []


def test_a_database_whose_records_were_all_deleted_is_offered_it_again(controller: WindowController,
                                                                       offers: list[str]) -> None:  # fmt: skip
    store = controller.services.store
    store.delete(store.create("workshop", {"title": "لقاء"}))
    controller.offer_demo_if_empty()
    assert len(offers) == 1
