"""The proposals dialog: a form version from a merged file is listed with what it changes; Accept puts a harmless
one in use, and a harmful one is refused with the reason while the form in use stays."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from app.resources import forms_dir
from app.ui.form_proposals import FormProposalsDialog
from app.ui.services import Services

SHIPPED = (forms_dir() / "cooperative.yaml").read_text(encoding="utf-8")
NAME_AR = "        required: true\n        max_length: 200\n"
WEBSITE = "      - name: website\n        type: text\n        label: {ar: الموقع, fr: Site web, en: Website}\n"


def propose(services: Services, version: int, source: str) -> None:
    """As a merge leaves it: the definition stored, the version in use unchanged."""
    store = services.store
    with store.transaction():
        store.conn.execute(
            "INSERT INTO form_definitions (name, version, digest, source, added_at) VALUES (?, ?, ?, ?, ?)",
            ("cooperative", version, hashlib.sha256(source.encode()).hexdigest(), source, "2025-05-17T10:00:00"),
        )
    from app.db.forms_table import effective_forms

    store.forms = effective_forms(store.conn)


@pytest.fixture
def refusals(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(FormProposalsDialog, "show_refusal", lambda self, text: shown.append(text))
    return shown


def test_a_harmless_proposal_is_listed_with_its_changes_and_accepted(
    qtbot: Any, services: Services, refusals: list[str]
) -> None:
    services.lang = "en"
    propose(services, 2, SHIPPED.replace("version: 1", "version: 2", 1).replace(
        "      - name: name_fr\n", WEBSITE + "      - name: name_fr\n", 1))  # fmt: skip
    dialog = FormProposalsDialog(None, services)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "version 2 (in use: 1)" in dialog.list.item(0).text()
    assert "field added: website" in dialog.changes.toPlainText()
    dialog.accept_button.click()
    assert refusals == [] and dialog.accepted_any
    assert services.store.forms.get("cooperative").version == 2
    assert dialog.list.count() == 0 and not dialog.accept_button.isEnabled()


def test_a_harmful_proposal_is_refused_with_the_reason(qtbot: Any, services: Services, refusals: list[str]) -> None:
    services.lang = "en"
    services.store.create("cooperative", {"name_ar": "تعاونية النور"})
    propose(services, 999, SHIPPED.replace("version: 1", "version: 999", 1).replace(
        NAME_AR, NAME_AR + '        relevant: "false"\n', 1))  # fmt: skip
    dialog = FormProposalsDialog(None, services)
    qtbot.addWidget(dialog)
    assert "rule changed: name_ar (relevant): — → false" in dialog.changes.toPlainText()
    dialog.accept_button.click()
    assert len(refusals) == 1 and "name_ar" in refusals[0] and "would lose" in refusals[0]
    assert services.store.forms.get("cooperative").version == 1
    assert dialog.list.count() == 1 and not dialog.accepted_any
