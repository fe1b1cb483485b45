"""Likely duplicates found by what each form declares (app/db/duplicates.py), on a real database."""

from __future__ import annotations

from app.db.duplicates import GROUP_MAX, SAME_NAME, SIMILAR_NAME, candidates, find_duplicates
from app.db.store import Store


def coop(store: Store, name_ar: str, commune: str, **more: str) -> str:
    return store.create("cooperative", {"name_ar": name_ar, "commune": commune, **more})


def test_the_same_cooperative_typed_three_ways_in_one_commune_is_found(store: Store) -> None:
    a = coop(store, "تعاونية الأمل", "مريرت")
    b = coop(store, "التعاونية الامل", "مريرت")
    c = coop(store, "تعاونية", "مريرت", name_fr="Coopérative Al Amal")
    coop(store, "تعاونية النور", "مريرت")  # another name in the same commune
    pairs = {frozenset((p.first, p.second)): p.reasons for p in find_duplicates(store, "cooperative")}
    assert pairs == {frozenset((a, b)): (SAME_NAME,), frozenset((a, c)): (SIMILAR_NAME,),
                     frozenset((b, c)): (SIMILAR_NAME,)}  # fmt: skip


def test_the_same_name_in_another_commune_is_not_a_duplicate(store: Store) -> None:
    coop(store, "تعاونية الأمل", "مريرت")
    coop(store, "Coopérative Al Amal", "أجلموس")
    coop(store, "التعاونية الامل", "")  # no commune: a name alone is not compared
    assert find_duplicates(store, "cooperative") == []


def test_a_registration_number_or_a_phone_alone_is_enough_wherever(store: Store) -> None:
    a = coop(store, "تعاونية الأمل", "مريرت", registration_number="١٢٣/٢٠١٥", phone="0661234567")
    b = coop(store, "تعاونية الوفاء", "أجلموس", registration_number="123 / 2015")
    c = coop(store, "تعاونية السلام", "خنيفرة", phone="+212 661 23 45 67")
    pairs = {frozenset((p.first, p.second)): p.reasons for p in find_duplicates(store, "cooperative")}
    assert pairs == {frozenset((a, b)): ("same:registration_number",), frozenset((a, c)): ("same:phone",)}


def test_a_new_record_is_compared_with_the_others_and_deleted_records_are_not(store: Store) -> None:
    a = coop(store, "تعاونية الأمل", "مريرت")
    gone = coop(store, "التعاونية الامل", "مريرت")
    store.delete(gone)
    found = candidates(store, "cooperative", {"name_fr": "Coopérative El Amal", "commune": "مريرت"})
    assert [(p.second, p.reasons) for p in found] == [(a, (SIMILAR_NAME,))]
    assert candidates(store, "cooperative", store.get(a).data, record_id=a) == []  # not its own duplicate
    assert candidates(store, "visit", {"observations": "x"}) == []  # a form declaring nothing


def test_a_key_shared_by_too_many_records_says_nothing(store: Store) -> None:
    for index in range(GROUP_MAX + 1):
        coop(store, f"تعاونية رقم {index}", "مريرت", registration_number="0000")
    assert find_duplicates(store, "cooperative") == []


def test_ten_thousand_cooperatives_are_read_once_not_compared_pair_by_pair(store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import app.db.duplicates as module

    with store.transaction():
        form = store.forms.get("cooperative")
        for index in range(10_000):
            data = {"name_ar": f"تعاونية {index:05d}", "commune": f"جماعة {index % 90}"}
            store.write_version(f"00000000-0000-4000-8000-{index:012d}", form, data, state="final", version=1,
                                created_at="2025-01-01T00:00:00", now="2025-01-01T00:00:00", deleted=False)  # fmt: skip
    store.create("cooperative", {"name_ar": "تعاونية 00042", "commune": "جماعة 42"})
    calls = []
    real = module.record_keys
    monkeypatch.setattr(module, "record_keys", lambda *args: calls.append(1) or real(*args))
    pairs = find_duplicates(store, "cooperative")
    assert len(pairs) == 1 and len(calls) == 10_001  # each record's keys once
