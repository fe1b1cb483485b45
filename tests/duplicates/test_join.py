"""Joining two records into one (app/db/joining.py): on one laptop, and across laptops through sync."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import InvalidInput
from app.core.forms import FormRegistry
from app.core.validation import JOINED_INTO
from app.db.joining import follow_joins, join, joined_into
from app.db.store import Store
from app.sync.export import export_package
from app.sync.merge import merge_files


def visit(store: Store, coop: str, note: str) -> str:
    return store.create("visit", {"cooperative": coop, "visit_date": "2025-05-17", "observations": note})


def test_the_visits_follow_the_kept_record_and_the_other_stays_as_a_pointer_in_history(store: Store) -> None:
    keep = store.create("cooperative", {"name_ar": "تعاونية الأمل", "commune": "مريرت"})
    other = store.create("cooperative", {"name_ar": "التعاونية الامل", "commune": "مريرت", "phone": "0661234567"})
    first, second = visit(store, other, "أولى"), visit(store, other, "ثانية")
    own = visit(store, keep, "ثالثة")
    done = join(store, keep, other)
    assert set(done.moved) == {first, second} and done.taken == ("phone",)
    assert {store.get(v).data["cooperative"] for v in (first, second, own)} == {keep}
    assert store.get(keep).data["phone"] == "+212661234567" and store.get(keep).data["name_ar"] == "تعاونية الأمل"
    tombstone = store.get(other, include_deleted=True)
    assert tombstone.deleted and tombstone.data[JOINED_INTO] == keep and tombstone.data["name_ar"] == "التعاونية الامل"
    assert joined_into(store, other) == keep and [v.deleted for v in store.history(other)] == [False, True]
    assert store.check() == [] and follow_joins(store) == 0  # nothing left to follow


def test_a_join_is_refused_between_a_record_and_itself_another_form_or_a_deleted_record(store: Store) -> None:
    coop = store.create("cooperative", {"name_ar": "تعاونية الأمل"})
    gone = store.create("cooperative", {"name_ar": "تعاونية النور"})
    store.delete(gone)
    note = visit(store, coop, "x")
    for keep, other, code in [(coop, coop, "join_same_record"), (coop, note, "join_other_form"),
                              (coop, gone, "record_deleted")]:  # fmt: skip
        with pytest.raises(InvalidInput) as error:
            join(store, keep, other)
        assert error.value.code == code
    assert [v.version for v in store.history(coop)] == [1]  # nothing written


def open_laptop(tmp_path: Path, name: str, forms: FormRegistry) -> Store:
    (tmp_path / name).mkdir()
    return Store.open(tmp_path / name / "t.db", forms=forms, author=name, device_name=name)


def exchange(source: Store, target: Store, stick: Path) -> None:
    outcomes = list(merge_files(target, [export_package(source, stick).path]))
    assert all(outcome.merged for outcome in outcomes)


def test_a_visit_made_elsewhere_before_the_join_arrived_follows_it_on_every_laptop(
    tmp_path: Path, shipped_forms: FormRegistry
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    a, b, c = (open_laptop(tmp_path, name, shipped_forms) for name in ("a", "b", "c"))
    try:
        keep = a.create("cooperative", {"name_ar": "تعاونية الأمل", "commune": "مريرت"})
        other = a.create("cooperative", {"name_ar": "Coopérative Al Amal", "commune": "مريرت"})
        for laptop in (b, c):
            exchange(a, laptop, stick)
        join(a, keep, other)  # on laptop a
        late = visit(b, other, "زيارة قبل وصول الضم")  # on laptop b, not knowing of the join
        exchange(b, c, stick)
        exchange(a, c, stick)  # c now holds b's visit and a's join: the visit follows the join
        assert c.get(late).data["cooperative"] == keep
        exchange(b, a, stick)
        exchange(a, b, stick)
        for laptop in (a, b):
            exchange(c, laptop, stick)
        for laptop in (a, b, c):
            assert laptop.get(late).data["cooperative"] == keep and laptop.get(other, include_deleted=True).deleted
            assert laptop.check() == []
        current = [laptop.conn.execute("SELECT id, data, deleted FROM records ORDER BY id").fetchall()
                   for laptop in (a, b, c)]  # fmt: skip
        assert current[0] == current[1] == current[2]
        assert all(laptop.conn.execute("SELECT count(*) FROM conflicts").fetchone()[0] == 0 for laptop in (a, b, c))
    finally:
        for laptop in (a, b, c):
            laptop.close()
