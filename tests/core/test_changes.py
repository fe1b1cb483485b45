"""What changed between two versions, field by field, with labels and values in the reader's language."""

from __future__ import annotations

from app.core.changes import FieldChange, field_changes
from app.core.forms import FormRegistry


def _pairs(changes: list[FieldChange]) -> list[tuple[str, str, str]]:
    return [(c.label, c.old, c.new) for c in changes]


def test_changed_fields_in_form_order_with_labels_and_shown_values(shipped_forms: FormRegistry) -> None:
    visit = shipped_forms.get("visit")
    old = {"cooperative": "c1", "visit_date": "2025-05-17", "purpose": "diagnosis", "observations": "a"}
    new = {"cooperative": "c1", "visit_date": "2025-05-18", "purpose": "follow_up", "observations": "a"}
    titles = {"c1": "تعاونية أزير"}.get
    assert _pairs(field_changes(visit, old, new, "fr", titles=titles)) == [
        ("Date de la visite", "17/05/2025", "18/05/2025"),
        ("Objet de la visite", "Diagnostic", "Suivi"),
    ]
    assert _pairs(field_changes(visit, old, new, "ar")) == [
        ("تاريخ الزيارة", "17/05/2025", "18/05/2025"),
        ("الغرض من الزيارة", "تشخيص", "تتبع"),
    ]
    changes = field_changes(visit, old, new, "en")
    assert _pairs(changes)[0] == ("Visit date", "2025-05-17", "2025-05-18")
    assert [(c.path, c.old_value, c.new_value) for c in changes] == [
        ("visit_date", "2025-05-17", "2025-05-18"), ("purpose", "diagnosis", "follow_up"),
    ]  # fmt: skip


def test_first_version_every_filled_field_from_empty_and_a_cleared_field_to_empty(shipped_forms: FormRegistry) -> None:
    cooperative = shipped_forms.get("cooperative")
    first = field_changes(cooperative, None, {"name_ar": "تعاونية أزير", "sectors": ["argan", "crafts"]}, "fr")
    labels = cooperative.labels()
    assert _pairs(first) == [
        (labels["name_ar"]["fr"], "", "تعاونية أزير"),
        ("Secteurs d'activité", "", "Argan, Artisanat"),
    ]
    assert all(c.added and not c.removed for c in first)
    cleared = field_changes(
        cooperative, {"name_ar": "x", "phone": "+212612345678"}, {"name_ar": "x", "phone": ""}, "en"
    )
    assert len(cleared) == 1 and cleared[0].removed and cleared[0].old == "+212612345678" and cleared[0].new == ""
    assert field_changes(cooperative, {"name_ar": "x"}, {"name_ar": "x"}, "en") == []


def test_a_repeated_group_is_compared_entry_by_entry(shipped_forms: FormRegistry) -> None:
    visit = shipped_forms.get("visit")
    old = {"recommendations": [{"action": "تكوين", "responsible": "التعاونية"}, {"action": "تسويق"}]}
    new = {"recommendations": [{"action": "تكوين", "responsible": "الجمعية", "due_date": "2025-09-30"}]}
    assert [(c.path, c.label, c.old, c.new) for c in field_changes(visit, old, new, "fr")] == [
        ("recommendations[1].responsible", "Recommandations 1 › Responsable", "التعاونية", "الجمعية"),
        ("recommendations[1].due_date", "Recommandations 1 › Échéance", "", "30/09/2025"),
        ("recommendations[2].action", "Recommandations 2 › Recommandation ou action proposée", "تسويق", ""),
    ]


def test_fields_the_form_does_not_know_come_last_by_name(shipped_forms: FormRegistry) -> None:
    cooperative = shipped_forms.get("cooperative")
    changes = field_changes(cooperative, {"name_ar": "a", "legacy": 1}, {"name_ar": "b", "legacy": 2}, "en")
    assert [(c.path, c.label, c.old, c.new) for c in changes][-1] == ("legacy", "legacy", "1", "2")
    assert changes[0].path == "name_ar"


def test_a_draft_value_kept_as_typed_is_shown_as_typed(shipped_forms: FormRegistry) -> None:
    visit = shipped_forms.get("visit")
    changes = field_changes(visit, {"purpose": "diagnosys", "visit_date": "demain"}, {"purpose": "diagnosis"}, "fr")
    assert _pairs(changes) == [("Date de la visite", "demain", ""), ("Objet de la visite", "diagnosys", "Diagnostic")]
