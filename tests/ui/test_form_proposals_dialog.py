"""The proposals dialog: a form version from a merged file is listed with what it changes; Accept puts a harmless
one in use, and a harmful one is refused with the reason while the form in use stays."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from form_versions import SHIPPED_VERSION, at_version, shipped_text

from app.ui.form_proposals import FormProposalsDialog
from app.ui.services import Services

SHIPPED = shipped_text("cooperative")
NEXT = SHIPPED_VERSION + 1  # a proposal newer than the shipped form
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
    propose(services, NEXT, at_version(SHIPPED, NEXT).replace(
        "      - name: name_fr\n", WEBSITE + "      - name: name_fr\n", 1))  # fmt: skip
    dialog = FormProposalsDialog(None, services)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and f"version {NEXT} (in use: {SHIPPED_VERSION})" in dialog.list.item(0).text()
    assert "field added: website" in dialog.changes.toPlainText()
    dialog.accept_button.click()
    assert refusals == [] and dialog.accepted_any
    assert services.store.forms.get("cooperative").version == NEXT
    assert dialog.list.count() == 0 and not dialog.accept_button.isEnabled()


def test_a_harmful_proposal_is_refused_with_the_reason(qtbot: Any, services: Services, refusals: list[str]) -> None:
    services.lang = "en"
    services.store.create("cooperative", {"name_ar": "تعاونية النور"})
    propose(services, 999, at_version(SHIPPED, 999).replace(
        NAME_AR, NAME_AR + '        relevant: "false"\n', 1))  # fmt: skip
    dialog = FormProposalsDialog(None, services)
    qtbot.addWidget(dialog)
    assert "rule changed: name_ar (relevant): — → false" in dialog.changes.toPlainText()
    dialog.accept_button.click()
    assert len(refusals) == 1 and "name_ar" in refusals[0] and "would lose" in refusals[0]
    assert services.store.forms.get("cooperative").version == SHIPPED_VERSION
    assert dialog.list.count() == 1 and not dialog.accepted_any


def test_a_record_filled_with_a_proposal_opens_and_saves_with_its_own_fields(
    qtbot: Any, controller: Any, services: Services
) -> None:
    """A record merged from a laptop on a newer form (not accepted here) is edited with that form: its extra field
    is shown and kept, and its form version stays."""
    propose(services, NEXT, at_version(SHIPPED, NEXT).replace(
        "      - name: name_fr\n", WEBSITE + "      - name: name_fr\n", 1))  # fmt: skip
    store = services.store
    with store.transaction():  # as the merge writes it: a version of the newer form, which is only proposed here
        form = store.forms.for_record("cooperative", NEXT)
        store.write_version("6f1c2d3e-0000-4000-8000-000000000001", form, {"name_ar": "تعاونية",
                            "website": "coop.ma"}, state="final", version=1, created_at="2025-05-17T10:00:00+00:00",
                            now="2025-05-17T10:00:00+00:00", deleted=False)  # fmt: skip
    assert store.forms.get("cooperative").version == SHIPPED_VERSION
    page = controller.window.open_record("6f1c2d3e-0000-4000-8000-000000000001")
    assert page is not None and page.editor.data()["website"] == "coop.ma"
    page.editor.set_data({**page.editor.data(), "name_fr": "Coopérative"})
    assert page.save()
    saved = store.get("6f1c2d3e-0000-4000-8000-000000000001")
    assert saved.form_version == NEXT and saved.data["website"] == "coop.ma" and saved.data["name_fr"] == "Coopérative"


def test_accepting_a_form_rebuilds_the_window_on_it_and_keeps_the_agent_on_the_record(
    qtbot: Any, controller: Any, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    coop = services.store.create("cooperative", {"name_ar": "تعاونية النور"})
    controller.window.open_record(coop)
    old_window = controller.window
    assert "website" not in old_window.record_page.editor.rows
    propose(services, NEXT, at_version(SHIPPED, NEXT).replace(
        "      - name: name_fr\n", WEBSITE + "      - name: name_fr\n", 1))  # fmt: skip

    def accept_first(dialog: FormProposalsDialog) -> int:  # the coordinator presses Accept, then closes
        dialog.accept_button.click()
        return 0

    monkeypatch.setattr(FormProposalsDialog, "exec", accept_first)
    old_window.show_form_proposals()
    window = controller.window
    assert window is not old_window
    assert window.record_page is not None and window.record_page.record_id == coop
    assert window.record_page.editor.data()["name_ar"] == "تعاونية النور"
    assert "website" in window.new_record("cooperative").editor.rows
