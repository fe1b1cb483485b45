"""Records made under version 4 of the forms hold their province as text; on version 5 they stay valid, editable and
searchable, and the one-time matching proposes the official province for each (app/db/place_matching.py), which a
person accepts: a new version of each record, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from form_versions import released_v4_forms

from app.core.errors import InvalidInput, ValidationFailed
from app.core.forms import FormRegistry
from app.db.checking import check_store
from app.db.communes import communes_of
from app.db.place_matching import accept, proposals
from app.db.store import Store

OLD = {  # name -> province as people typed it under version 4
    "تعاونية تيزنيت الأولى": "Tiznit",
    "تعاونية تيزنيت الثانية": "تزنيت",
    "تعاونية تيزنيت الثالثة": "إقليم تيزنيت",
    "تعاونية مريرت": "مريرت",  # a commune, not a province: left alone
    "تعاونية باريس": "Paris",
}


@pytest.fixture
def old_records(tmp_path: Path, shipped_forms: FormRegistry) -> tuple[Path, dict[str, str]]:
    """A database with cooperatives and a workshop made on version 4, opened since by this release."""
    path = tmp_path / "taawun.db"
    ids: dict[str, str] = {}
    with Store.open(path, forms=released_v4_forms(), author="a", device_name="old") as old:
        for name, province in OLD.items():
            ids[name] = old.create("cooperative", {"name_ar": name, "province": province, "commune": "تافراوت"})
        ids["wrong region"] = old.create(
            "cooperative", {"name_ar": "تعاونية الجهة", "province": "Tiznit", "region": "oriental"}
        )
        ids["workshop"] = old.create("workshop", {"title": "لقاء", "province": "خنيفرة", "commune": "مريرت"})
    return path, ids


def test_an_old_records_text_province_stays_valid_shown_searchable_and_editable(
    old_records: tuple[Path, dict[str, str]], shipped_forms: FormRegistry
) -> None:
    path, ids = old_records
    with Store.open(path, forms=shipped_forms, author="a", device_name="old") as store:
        assert store.forms.get("cooperative").version == 5
        assert store.forms.get("cooperative").field("province").type == "province"  # type: ignore[union-attr]
        assert check_store(store).lines == []  # every old record valid under version 5
        first = ids["تعاونية تيزنيت الأولى"]
        assert store.get(first).form_version == 4
        assert [hit.id for hit in store.search("Tiznit", form="cooperative")].count(first) == 1
        updated = store.update(first, {"village": "دوار"})  # saved under version 5, its text kept
        assert (updated.form_version, updated.data["province"]) == (5, "Tiznit")
        assert check_store(store).lines == []


def test_the_matching_proposes_tiznit_and_leaves_unknowns_alone(
    old_records: tuple[Path, dict[str, str]], shipped_forms: FormRegistry
) -> None:
    path, ids = old_records
    with Store.open(path, forms=shipped_forms, author="a", device_name="old") as store:
        proposed, alone = proposals(store)
        got = {(p.record_id, p.text, p.province.code) for p in proposed}
        assert got == {
            (ids["تعاونية تيزنيت الأولى"], "Tiznit", "tiznit"),
            (ids["تعاونية تيزنيت الثانية"], "تزنيت", "tiznit"),
            (ids["تعاونية تيزنيت الثالثة"], "إقليم تيزنيت", "tiznit"),
            (ids["workshop"], "خنيفرة", "khenifra"),
        }
        assert {(a.record_id, a.text) for a in alone} == {
            (ids["تعاونية مريرت"], "مريرت"),
            (ids["تعاونية باريس"], "Paris"),
            (ids["wrong region"], "Tiznit"),  # its region says Oriental: a person decides, not the matching
        }
        # Nothing is written by proposing.
        assert all(store.get(record_id).version == 1 for record_id in ids.values())


def test_accepting_writes_a_new_version_of_each_record_chosen(
    old_records: tuple[Path, dict[str, str]], shipped_forms: FormRegistry
) -> None:
    path, ids = old_records
    with Store.open(path, forms=shipped_forms, author="b", device_name="old") as store:
        first, second = ids["تعاونية تيزنيت الأولى"], ids["تعاونية تيزنيت الثانية"]
        accepted = accept(store, [second])
        assert [p.record_id for p in accepted] == [second]
        record = store.get(second)
        assert (record.version, record.form_version, record.data["province"], record.data["region"]) == (
            2, 5, "tiznit", "souss_massa")  # fmt: skip
        assert record.data["commune"] == "تافراوت" and record.author == "b"
        history = store.history(second)
        assert [v.data["province"] for v in history] == ["تزنيت", "tiznit"]  # the text stays in history
        assert store.get(first).version == 1  # not chosen: untouched
        assert [hit.id for hit in store.search("إقليم تيزنيت", form="cooperative")].count(second) == 1
        assert [hit.id for hit in store.search("Tiznit", form="cooperative")].count(second) == 1

        accept(store)  # every other proposal
        assert (
            store.get(first).data["province"] == "tiznit" and store.get(ids["workshop"]).data["province"] == "khenifra"
        )
        assert store.get(ids["تعاونية باريس"]).data["province"] == "Paris"  # left as typed
        assert proposals(store)[0] == []
        assert check_store(store).lines == []


def test_an_id_without_a_proposal_accepts_nothing(
    old_records: tuple[Path, dict[str, str]], shipped_forms: FormRegistry
) -> None:
    path, ids = old_records
    with Store.open(path, forms=shipped_forms, author="b", device_name="old") as store:
        for wanted, code in [([ids["تعاونية تيزنيت الأولى"], ids["تعاونية باريس"]], "places_no_proposal"),
                             ([ids["تعاونية تيزنيت الأولى"], "not-an-id"], "places_bad_id")]:  # fmt: skip
            with pytest.raises(InvalidInput) as raised:
                accept(store, wanted)
            assert raised.value.code == code
        assert all(store.get(record_id).version == 1 for record_id in ids.values())


def test_a_province_outside_the_records_region_is_refused_in_a_final_record(store: Store) -> None:
    with pytest.raises(ValidationFailed) as raised:
        store.create("cooperative", {"name_ar": "تعاونية", "province": "tiznit", "region": "oriental"})
    assert [(p.path, p.code) for p in raised.value.problems] == [("province", "province_not_in_region")]
    draft = store.create("cooperative", {"name_ar": "تعاونية", "province": "tiznit", "region": "oriental"}, draft=True)
    assert store.get(draft).state == "draft"  # a draft may be unfinished
    fine = store.create("cooperative", {"name_ar": "تعاونية", "province": "tiznit", "region": "souss_massa"})
    assert store.get(fine).data["province"] == "tiznit"


def test_the_communes_recorded_for_a_province_official_or_typed(store: Store) -> None:
    store.create("cooperative", {"name_ar": "أ", "province": "tiznit", "commune": "تافراوت"})
    store.create("cooperative", {"name_ar": "ب", "province": "تزنيت", "commune": " أنزي "})  # typed before the list
    store.create("workshop", {"title": "لقاء", "province": "tiznit", "commune": "تافراوت"})
    store.create("cooperative", {"name_ar": "ج", "province": "khenifra", "commune": "مريرت"})
    gone = store.create("cooperative", {"name_ar": "د", "province": "tiznit", "commune": "الساحل"})
    store.delete(gone)
    assert communes_of(store.conn, store.forms, "tiznit") == ["أنزي", "تافراوت"]
    assert communes_of(store.conn, store.forms, "khenifra") == ["مريرت"]
    assert communes_of(store.conn, store.forms, "tata") == []


def test_the_province_filter_finds_the_official_province_by_any_of_its_names(store: Store) -> None:
    from app.db.list_filters import Filters, distinct_values
    from app.db.listing import ListQuery, fetch_rows

    official = store.create("cooperative", {"name_ar": "أ", "province": "tiznit"})
    typed = store.create("cooperative", {"name_ar": "ب", "province": "Tiznit"})  # typed before the list
    store.create("cooperative", {"name_ar": "ج", "province": "khenifra"})
    visit = store.create("visit", {"cooperative": official, "visit_date": "2025-05-17", "observations": "زيارة"})

    def ids(form: str, province: str) -> set[str]:
        query = ListQuery(form=form, filters=Filters(province=province))
        return {row[0] for row in fetch_rows(store.conn, store.forms, query, offset=0, limit=100)}

    assert ids("cooperative", "tiznit") == {official}  # the window's filter: a value the database holds
    assert ids("cooperative", "Tiznit") == {official, typed}  # `--province Tiznit`: that text, and the province
    assert ids("cooperative", "إقليم تيزنيت") == {official}
    assert ids("visit", "تيزنيت") == {visit}  # through the visited cooperative
    assert distinct_values(store.conn, store.forms, "cooperative", "province") == ["Tiznit", "khenifra", "tiznit"]
