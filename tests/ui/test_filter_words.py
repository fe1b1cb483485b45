"""The lists' filters read right in each language: the entry that filters nothing agrees with every filter's noun,
whatever field a form file puts under it (French: "Difficultés rencontrées" is not "(tous)")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot

from app.ui.application import WindowController
from app.ui.filter_bar import FilterBar

NO_FILTER = {"ar": "(الكل)", "fr": "(indifférent)", "en": "(any)"}


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_every_filter_offers_the_same_no_filter_entry(qtbot: QtBot, controller: WindowController, lang: str) -> None:
    controller.switch_language(lang)
    seen: dict[str, str] = {}
    for form in ("cooperative", "visit", "workshop"):
        bar = FilterBar(controller.services, form)
        qtbot.addWidget(bar)
        for key, widget in bar.inputs.items():
            if isinstance(widget, QComboBox):
                assert widget.itemData(0) is None  # the first entry filters nothing
                seen[f"{form}.{key}"] = widget.itemText(0)
    assert {"visit.challenge", "visit.sector", "visit.province", "visit.state", "cooperative.commune"} <= seen.keys()
    assert set(seen.values()) == {NO_FILTER[lang]}, seen


def test_the_challenge_filter_in_french(qtbot: QtBot, controller: WindowController) -> None:
    """The case seen on screen: the label is feminine plural, its entry no longer a masculine "(tous)"."""
    controller.switch_language("fr")
    bar = FilterBar(controller.services, "visit")
    qtbot.addWidget(bar)
    challenge = bar.inputs["challenge"]
    assert isinstance(challenge, QComboBox)
    label = challenge.parentWidget().findChild(QLabel)
    assert label is not None and label.text() == "Difficultés rencontrées"
    assert challenge.itemText(0) not in ("(tous)", "(toutes)")
    assert challenge.itemText(0) == "(indifférent)"
