from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from form_versions import SHIPPED
from form_versions import newer as newer_text

from app.core.errors import InvalidInput, ValidationFailed
from app.core.forms import FormRegistry, load_form_directory, parse_form
from app.db.demo import demo_id, load_demo
from app.db.schema import APPLICATION_ID, LATEST_VERSION
from app.db.store import Store
from app.resources import forms_dir


def dump(path: Path) -> list[str]:
    """The database's full content as SQL, to compare before and after an operation."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_new_database_is_marked_as_ours_in_wal_mode(store: Store, db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_create_stores_cleaned_values_with_authorship(store: Store) -> None:
    record_id = store.create(
        "cooperative",
        {"name_ar": "  تعاونية الأمل ", "members_total": "٣٠", "phone": "06 12 34 56 78", "sectors": "dairy,olives"},
    )
    record = store.get(record_id)
    assert record.data == {
        "name_ar": "تعاونية الأمل",
        "members_total": 30,
        "phone": "+212612345678",
        "sectors": ["dairy", "olives"],
    }
    assert (record.author, record.device_name, record.version, record.state) == ("فاطمة", "laptop-khenifra", 1, "final")
    assert record.device == store.device_id and record.hlc.endswith(store.device_id)


def test_invalid_record_writes_nothing(store: Store, db_path: Path) -> None:
    before = dump(db_path)
    with pytest.raises(ValidationFailed) as caught:
        store.create("visit", {"observations": "ملاحظة"})
    assert {p.path for p in caught.value.problems} == {"cooperative", "visit_date"}
    assert dump(db_path) == before


def test_reference_must_point_to_an_existing_record_of_the_right_form(store: Store, db_path: Path) -> None:
    workshop = store.create("workshop", {"title": "لقاء"})
    before = dump(db_path)
    with pytest.raises(ValidationFailed) as caught:
        store.create("visit", {"cooperative": workshop, "visit_date": "2025-05-17", "observations": "x"})
    assert [(p.path, p.code) for p in caught.value.problems] == [("cooperative", "reference_not_found")]
    assert dump(db_path) == before


def test_edit_keeps_every_version_in_history(store: Store, cooperative_id: str, shipped_forms: FormRegistry) -> None:
    store.author, store.device_name = "Ahmed", "laptop-mrirt"
    updated = store.update(cooperative_id, {"members_total": 12, "name_fr": "Coopérative Al Amal"})
    assert updated.version == 2 and updated.author == "Ahmed"
    versions = store.history(cooperative_id)
    assert [(v.version, v.author, v.device_name) for v in versions] == [
        (1, "فاطمة", "laptop-khenifra"),
        (2, "Ahmed", "laptop-mrirt"),
    ]
    assert "members_total" not in versions[0].data and versions[1].data["members_total"] == 12
    assert versions[0].hlc < versions[1].hlc


def test_a_version_keeps_where_it_came_from_within_its_bound(store: Store, cooperative_id: str,
                                                              db_path: Path) -> None:  # fmt: skip
    imported = store.create("cooperative", {"name_ar": "تعاونية النور"}, origin="تعاونيات.xlsx:3")
    store.update(imported, {"members_total": 9}, origin="cooperatives.csv:7")
    store.update(imported, {"members_total": 10})
    assert [v.origin for v in store.history(imported)] == ["تعاونيات.xlsx:3", "cooperatives.csv:7", None]
    assert [v.origin for v in store.history(cooperative_id)] == [None]
    assert store.history(imported)[0].as_json()["origin"] == "تعاونيات.xlsx:3"
    before = dump(db_path)
    for origin, code in (("x" * 298 + ":12", "too_long"), ("a\x1b[2J.xlsx:3", "bound_control_character"),
                         ("a\nb.csv:4", "bound_control_character")):  # fmt: skip
        with pytest.raises(InvalidInput) as caught:
            store.update(imported, {"members_total": 11}, origin=origin)
        assert caught.value.code == code
    assert dump(db_path) == before  # refused: nothing written
    store.update(imported, {"members_total": 11}, origin="x" * 297 + ":12")  # 300 characters: the bound
    assert store.history(imported)[-1].origin == "x" * 297 + ":12"


def test_edit_with_empty_value_clears_the_field(store: Store, cooperative_id: str) -> None:
    store.update(cooperative_id, {"sectors": ""})
    assert "sectors" not in store.get(cooperative_id).data


def test_invalid_edit_changes_nothing(store: Store, cooperative_id: str, db_path: Path) -> None:
    before = dump(db_path)
    with pytest.raises(ValidationFailed):
        store.update(cooperative_id, {"members_total": 10, "members_women": 11})
    assert dump(db_path) == before


def test_delete_leaves_a_tombstone_and_the_history(store: Store, cooperative_id: str) -> None:
    store.delete(cooperative_id)
    assert [r.id for r in store.records_of("cooperative")] == []
    assert store.get(cooperative_id, include_deleted=True).deleted
    with pytest.raises(InvalidInput) as caught:
        store.get(cooperative_id)
    assert caught.value.code == "record_deleted"
    versions = store.history(cooperative_id)
    assert [v.deleted for v in versions] == [False, True]
    assert versions[-1].data["name_ar"] == "تعاونية الأمل"


def test_a_record_in_use_cannot_be_deleted(store: Store, cooperative_id: str, db_path: Path) -> None:
    store.create("visit", {"cooperative": cooperative_id, "visit_date": "2025-05-17", "observations": "x"})
    before = dump(db_path)
    with pytest.raises(InvalidInput) as caught:
        store.delete(cooperative_id)
    assert caught.value.code == "record_in_use" and caught.value.params["count"] == 1
    assert dump(db_path) == before


def test_draft_accepts_incomplete_record_and_finalising_validates(store: Store, cooperative_id: str) -> None:
    draft_id = store.create("visit", {"cooperative": cooperative_id, "observations": "نصف ملاحظة"}, draft=True)
    assert store.get(draft_id).state == "draft"
    with pytest.raises(ValidationFailed):
        store.update(draft_id, {}, draft=False)
    final = store.update(draft_id, {"visit_date": "2025-05-17"}, draft=False)
    assert final.state == "final" and final.version == 2


def test_photos_are_stored_once_inside_the_database(store: Store, cooperative_id: str) -> None:
    picture = b"\xff\xd8\xff fake jpeg bytes"
    digest = hashlib.sha256(picture).hexdigest()
    visit = {"cooperative": cooperative_id, "visit_date": "2025-05-17", "observations": "x",
             "photos": [{"sha256": digest, "name": "عين.jpg"}]}  # fmt: skip
    first = store.create("visit", visit, new_photos=[(picture, "image/jpeg")])
    store.create("visit", visit, new_photos=[(picture, "image/jpeg")])
    assert store.photo(digest) == picture
    assert store.totals()["photos"] == 1
    assert store.get(first).data["photos"] == [{"sha256": digest, "name": "عين.jpg"}]


def test_a_photo_that_is_not_stored_is_refused(store: Store, cooperative_id: str) -> None:
    visit = {"cooperative": cooperative_id, "visit_date": "2025-05-17", "observations": "x",
             "photos": [{"sha256": "0" * 64}]}  # fmt: skip
    with pytest.raises(ValidationFailed) as caught:
        store.create("visit", visit)
    assert caught.value.problems[0].code == "photo_not_found"


def test_unknown_form_and_unknown_id_are_invalid_input(store: Store) -> None:
    with pytest.raises(InvalidInput) as caught:
        store.records_of("cooperatives")
    assert caught.value.code == "unknown_form"
    with pytest.raises(InvalidInput):
        store.get("not-an-id")
    with pytest.raises(InvalidInput):
        store.history("0a39cfd6-6e7d-4d5f-97eb-d1869adafa1b")


def test_demo_loads_once(store: Store) -> None:
    assert load_demo(store) == 9
    assert load_demo(store) == 0
    assert (store.count("cooperative"), store.count("visit"), store.count("workshop")) == (4, 4, 1)
    workshop = store.get(demo_id("workshop-mrirt"))
    assert len(workshop.data["sessions"]) == 4
    assert all(s["theme"] and s["recommendations"] for s in workshop.data["sessions"])
    names = {r.data["name_ar"] for r in store.records_of("cooperative")}
    assert names == {"تعاونية بيئتي لتدبير النفايات", "تعاونية إفسان لإنتاج الكسكس البلدي",
                     "تعاونية إمدوكال لإنتاج و تسويق الحليب", "تعاونية تانفنيت لإنتاج و تسويق الحليب و الزيتون"}  # fmt: skip
    assert all(v.data["workshop"] == workshop.id for v in store.records_of("visit"))


def test_deleted_demo_record_is_not_brought_back(store: Store) -> None:
    load_demo(store)
    visit = demo_id("visit-biati")
    store.delete(visit)
    assert load_demo(store) == 0
    assert store.get(visit, include_deleted=True).deleted


def test_form_definitions_are_stored_and_a_newer_version_is_adopted(db_path: Path, shipped_forms: FormRegistry) -> None:
    with Store.open(db_path, forms=shipped_forms, author="a", device_name="d") as store:
        stored = list(store.db.query("SELECT name, version FROM form_definitions ORDER BY name"))
        assert stored == [{"name": n, "version": SHIPPED[n]} for n in ("cooperative", "visit", "workshop")]
    source = (forms_dir() / "workshop.yaml").read_text(encoding="utf-8")
    newer_source = newer_text(source).replace(
        "      - name: summary",
        "      - name: budget\n        type: decimal\n        label: {ar: الميزانية, fr: Budget, en: Budget}\n"
        "      - name: summary",
        1,
    )
    newer = parse_form(newer_source, file="workshop.yaml", stem="workshop")
    others = [f for f in shipped_forms if f.name != "workshop"]
    with Store.open(db_path, forms=FormRegistry([*others, newer]), author="a", device_name="d") as store:
        assert store.forms.get("workshop").version == SHIPPED["workshop"] + 1
        record_id = store.create("workshop", {"title": "لقاء", "budget": "1500,5"})
        assert store.get(record_id).data["budget"] == 1500.5
    # Reopened with the older shipped forms, the file still uses the newer definition it carries.
    with Store.open(db_path, forms=load_form_directory(forms_dir()), author="a", device_name="d") as store:
        assert store.forms.get("workshop").field("budget") is not None


def test_clock_continues_after_reopening(db_path: Path, shipped_forms: FormRegistry) -> None:
    with Store.open(db_path, forms=shipped_forms, author="a", device_name="d") as store:
        first = store.create("workshop", {"title": "أ"})
        stamp = store.get(first).hlc
        device = store.device_id
    with Store.open(db_path, forms=shipped_forms, author="a", device_name="d") as store:
        assert store.device_id == device
        second = store.create("workshop", {"title": "ب"})
        assert store.get(second).hlc > stamp


def test_check_reports_a_sound_database(store: Store) -> None:
    load_demo(store)
    assert store.check() == []
    store.conn.execute("DELETE FROM history WHERE record_id = ?", (demo_id("workshop-mrirt"),))
    assert any("history" in problem for problem in store.check())


def test_a_visit_whose_cooperative_was_deleted_elsewhere_can_still_be_edited(tmp_path: Path) -> None:
    """After a merge a visit may point at a cooperative deleted on another laptop: its note stays editable, but
    a deleted cooperative cannot be chosen anew."""
    store = Store.open(tmp_path / "t.db", forms=load_form_directory(forms_dir()), author="a", device_name="d")
    kept = store.create("cooperative", {"name_ar": "تعاونية الأمل"})
    other = store.create("cooperative", {"name_ar": "تعاونية النور"})
    visit = store.create("visit", {"cooperative": kept, "visit_date": "2025-05-17", "observations": "بداية"})
    store.delete(other)
    # What a merge can leave: the cooperative's tombstone arrived while this laptop still had the visit.
    store.conn.execute("UPDATE records SET deleted = 1 WHERE id = ?", (kept,))
    assert store.update(visit, {"observations": "ملاحظة جديدة"}).data["observations"] == "ملاحظة جديدة"
    with pytest.raises(ValidationFailed) as raised:
        store.update(visit, {"cooperative": other})
    assert [p.code for p in raised.value.problems] == ["reference_not_found"]
    assert store.get(visit).data["cooperative"] == kept
    store.close()
