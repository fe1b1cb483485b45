"""Workshop form version 5: attendance by sex and age beside the number of participants. A workshop made under
version 4 stays valid and editable; a part larger than the total is refused, with the form's message; a part
given without a total is kept (nothing to compare it with)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import ValidationFailed
from app.core.forms import FormRegistry, check_references, parse_form
from app.db.checking import check_store
from app.db.store import Store

RELEASED_V4 = Path(__file__).resolve().parents[1] / "released_forms_v4" / "workshop.yaml"


def with_workshop_v4(shipped: FormRegistry) -> FormRegistry:
    old = parse_form(RELEASED_V4.read_text(encoding="utf-8"), file="workshop.yaml", stem="workshop")
    assert old.version == 4 and old.field("participants_women") is None
    forms = [old if form.name == "workshop" else form for form in shipped]
    check_references(forms)
    return FormRegistry(forms)


def test_a_workshop_of_version_4_stays_valid_and_takes_the_attendance_when_edited(
    tmp_path: Path, shipped_forms: FormRegistry
) -> None:
    path = tmp_path / "t.db"
    with Store.open(path, forms=with_workshop_v4(shipped_forms), author="a", device_name="old") as old:
        workshop = old.create("workshop", {"title": "لقاء", "start_date": "2025-03-10", "participants_count": 30})
    with Store.open(path, forms=shipped_forms, author="a", device_name="old") as store:
        assert store.forms.get("workshop").version == 5 and store.get(workshop).form_version == 4
        store.update(workshop, {"title": "لقاء التعاونيات"})  # edited as it is
        assert check_store(store).lines == []
        store.update(workshop, {"participants_women": 18, "participants_men": 12, "participants_under_35": 9})
        record = store.get(workshop)
        assert record.form_version == 5
        assert (record.data["participants_women"], record.data["participants_under_35"]) == (18, 9)
        assert check_store(store).lines == []


@pytest.mark.parametrize("part", ["participants_women", "participants_men", "participants_under_35"])
def test_a_part_larger_than_the_total_is_refused_and_without_a_total_kept(store: Store, part: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        store.create("workshop", {"title": "لقاء", "participants_count": 10, part: 11})
    assert [problem.path for problem in refused.value.problems] == [part]
    assert store.count("workshop") == 0  # nothing written
    kept = store.create("workshop", {"title": "لقاء", part: 11})
    assert store.get(kept).data[part] == 11
    with pytest.raises(ValidationFailed):
        store.create("workshop", {"title": "لقاء", part: -1})
