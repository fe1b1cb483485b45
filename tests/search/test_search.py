"""Searching a store: what is found, what is not, and the index following every way records change."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.errors import InvalidInput, StorageError
from app.core.forms import FormRegistry
from app.db import derived
from app.db import search as search_module
from app.db.store import Store
from app.sync.export import export_package
from app.sync.merge import merge_file


def found(store: Store, query: str, **options: Any) -> list[str]:
    return [hit.id for hit in store.search(query, **options)]


def test_a_query_without_hamza_finds_the_word_written_with_it(store: Store, visit: Any) -> None:
    note = visit("ناقشنا مع الأعضاء مشكل التأطير")
    visit("زيارة أخرى بلا موضوع")
    assert found(store, "التاطير") == [note]


def test_a_query_with_hamza_finds_the_word_written_without_it(store: Store, visit: Any) -> None:
    note = visit("تعاني التعاونية من ضعف الامكانيات")
    assert found(store, "الإمكانيات") == [note]


def test_vowel_marks_are_ignored_on_either_side(store: Store, visit: Any) -> None:
    plain = visit("تحسين الجودة")
    marked = visit("تَحْسِينُ التَّسْوِيقِ")
    assert found(store, "الجَوْدَة") == [plain]
    assert found(store, "التسويق") == [marked]


def test_accents_and_case_are_ignored(store: Store, visit: Any) -> None:
    note = visit("La Coopérative a présenté ses produits")
    assert found(store, "cooperative") == found(store, "COOPÉRATIVE") == found(store, "presente") == [note]


def test_arabic_indic_digits_find_western_digits(store: Store, visit: Any) -> None:
    note = visit("حضر 35 عضوا في 2025")
    assert found(store, "٣٥") == found(store, "۳۵ ٢٠٢٥") == [note]


def test_every_word_is_a_prefix_and_all_words_are_required(store: Store, visit: Any) -> None:
    both = visit("التكوين في التسويق")
    visit("التكوين فقط")
    assert found(store, "تكو تسو") == [both]
    assert set(found(store, "تكو")) == {both, *found(store, "التكوين فقط")}


def test_the_article_is_optional(store: Store, visit: Any) -> None:
    note = visit("دعم والتأطير للتنمية")
    assert found(store, "تأطير") == found(store, "التنمية") == found(store, "تنميه") == [note]


def test_choices_are_found_by_their_label_in_every_language(store: Store) -> None:
    dairy = store.create("cooperative", {"name_ar": "تعاونية الحليب", "sectors": ["dairy"]})
    store.create("cooperative", {"name_ar": "تعاونية الزيتون", "sectors": ["olives"]})
    assert found(store, "lait") == found(store, "dairy") == [dairy]


def test_a_visit_is_found_by_its_cooperative_s_name_and_follows_a_rename(store: Store, visit: Any,
                                                                         cooperative_id: str) -> None:  # fmt: skip
    note = visit("زيارة عادية")
    assert set(found(store, "الأمل")) == {cooperative_id, note}
    store.update(cooperative_id, {"name_ar": "تعاونية النور"})
    assert found(store, "الأمل") == []
    assert set(found(store, "النور")) == {cooperative_id, note}


def test_group_entries_are_searchable(store: Store, visit: Any) -> None:
    note = visit("ملاحظة", recommendations=[{"action": "تنظيم دورة في المحاسبة"}])
    hits = store.search("المحاسبة")
    assert [hit.id for hit in hits] == [note]
    assert hits[0].snippet.field == "recommendations.action"


def test_a_deleted_record_is_not_found(store: Store, visit: Any) -> None:
    note = visit("مشروع تربية النحل")
    store.delete(note)
    assert found(store, "النحل") == []
    assert store.check() == []


def test_an_edited_record_is_found_by_its_new_text_only(store: Store, visit: Any) -> None:
    note = visit("النص القديم عن المعصرة")
    store.update(note, {"observations": "النص الجديد عن المطحنة"})
    assert found(store, "المعصرة") == []
    assert found(store, "المطحنة") == [note]


def test_a_record_merged_from_another_laptop_is_found(tmp_path: Path, shipped_forms: FormRegistry) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    with (
        Store.open(tmp_path / "a.db", forms=shipped_forms, author="a", device_name="a") as a,
        Store.open(tmp_path / "b.db", forms=shipped_forms, author="b", device_name="b") as b,
    ):
        coop = a.create("cooperative", {"name_ar": "تعاونية الأركان", "products": "زيت الأركان الأصيل"})
        assert merge_file(b, export_package(a, stick).path).merged
        assert found(b, "الاصيل") == [coop]
        a.update(coop, {"products": "أملو"})  # an edit arriving by merge replaces the indexed text too
        assert merge_file(b, export_package(a, stick).path).merged
        assert found(b, "الاصيل") == [] and found(b, "املو") == [coop]
        a.delete(coop)  # and so does a deletion
        assert merge_file(b, export_package(a, stick).path).merged
        assert found(b, "املو") == []
        assert b.check() == []


def test_records_written_by_another_program_are_indexed(store: Store, visit: Any, db_path: Path) -> None:
    note = visit("سجل عادي")
    other = str(uuid.uuid4())
    conn = sqlite3.connect(db_path)  # as benchmarks/make_big_database.py does: rows straight into the tables
    conn.execute("INSERT INTO records SELECT ?, form, form_version, state, json_set(data, '$.observations', ?), version,"
                 " hlc, device, device_name, author, created_at, updated_at, deleted FROM records WHERE id = ?",
                 (other, "مكتوب من خارج التطبيق", note))  # fmt: skip
    conn.commit()
    conn.close()
    assert found(store, "خارج") == [other]


def test_the_form_filter(store: Store, visit: Any, cooperative_id: str) -> None:
    note = visit("زيارة")
    assert found(store, "الأمل", form="visit") == [note]
    assert found(store, "الأمل", form="cooperative") == [cooperative_id]
    with pytest.raises(InvalidInput):
        store.search("الأمل", form="no_such_form")


def test_titles_first_snippet_and_title_of_hits(store: Store, visit: Any, cooperative_id: str) -> None:
    note = visit("ناقشنا مع تعاونية الأمل خطة العمل")
    hits = store.search("الأمل", lang="fr")
    assert [hit.id for hit in hits] == [cooperative_id, note]  # the title weighs more than the text
    assert hits[1].title == "تعاونية الأمل — 17/05/2025"  # the date as lists show it in French
    assert hits[1].snippet.text() == "ناقشنا مع تعاونية [الأمل] خطة العمل"
    assert hits[1].as_json()["field"] == "observations"


def test_a_query_matching_too_many_records_lists_titles_then_newest(store: Store, visit: Any, cooperative_id: str,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    notes = [visit(f"تعاونية رقم {n}") for n in range(6)]
    monkeypatch.setattr(search_module, "RANK_AT_MOST", 3)
    hits = store.search("تعاونية", limit=4)
    assert [hit.id for hit in hits] == [cooperative_id, *reversed(notes[-3:])]
    assert hits[0].rank is None


def test_check_finds_an_emptied_index_and_rebuild_repairs_it(store: Store, visit: Any) -> None:
    note = visit("الزراعة المستدامة")
    store.conn.execute("DELETE FROM search_index")
    assert any("missing from the search index" in problem for problem in derived.problems(store.conn, store.forms))
    assert found(store, "المستدامة") == []
    assert store.rebuild_derived() == 2
    assert derived.problems(store.conn, store.forms) == [] and found(store, "المستدامة") == [note]


def test_a_dropped_index_is_reported_then_rebuilt_on_opening(db_path: Path, shipped_forms: FormRegistry) -> None:
    with Store.open(db_path, forms=shipped_forms, author="a", device_name="a") as store:
        coop = store.create("cooperative", {"name_ar": "تعاونية الواحة"})
        store.conn.execute("DROP TABLE search_index")
        assert any("search_index is missing" in problem for problem in store.check())
        with pytest.raises(StorageError):
            store.search("الواحة")
        other = store.create("cooperative", {"name_ar": "تعاونية الواحة الخضراء"})  # saving never depends on it
    with Store.open(db_path, forms=shipped_forms, author="a", device_name="a") as store:
        assert set(found(store, "الواحة")) == {coop, other} and store.check() == []


_NASTY = st.text(alphabet=st.sampled_from(list('"\'*^:(){}[]-+ ,.؟،ـًANDORNOTNEARtitle lait التأطير ٣ \x00\u200f')),
                 max_size=30)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.one_of(st.text(max_size=40), _NASTY))
def test_no_query_ever_raises(store: Store, query: str) -> None:
    hits = store.search(query, limit=5)
    assert isinstance(hits, list)
    json.dumps([hit.as_json() for hit in hits])


def test_a_large_merge_is_queued_then_caught_up_before_any_search(tmp_path: Path, shipped_forms: FormRegistry,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from app.db import search_index

    stick = tmp_path / "stick"
    stick.mkdir()
    with (
        Store.open(tmp_path / "a.db", forms=shipped_forms, author="a", device_name="a") as a,
        Store.open(tmp_path / "b.db", forms=shipped_forms, author="b", device_name="b") as b,
    ):
        coops = [a.create("cooperative", {"name_ar": f"تعاونية الواحة {n}"}) for n in range(5)]
        monkeypatch.setattr(search_index, "INLINE_AT_MOST", 2)  # a merge of five records is "large"
        monkeypatch.setattr(search_index, "CHUNK", 2)
        assert merge_file(b, export_package(a, stick).path).merged
        assert search_index.has_pending(b.conn) and b.check() == []  # queued, durably: not a problem
        steps: list[tuple[int, int]] = []
        assert b.catch_up_derived(progress=lambda done, total: steps.append((done, total))) == 5
        assert steps[-1] == (5, 5) and len(steps) >= 2
        assert set(found(b, "الواحة")) == set(coops)
        b.conn.execute("INSERT INTO search_pending (record_id) VALUES (?)", (coops[0],))  # as a large merge leaves it
        b.conn.execute("DELETE FROM search_index")
        assert found(b, "الواحة") == [coops[0]]  # a search indexes what is queued first
