"""List filters, combined, on a real database: a visit is filtered by its cooperative's place and sectors."""

from __future__ import annotations

from app.db.demo import demo_id, load_demo
from app.db.list_filters import Filters
from app.db.listing import ListQuery, count_rows, fetch_rows
from app.db.store import Store


def ids(store: Store, form: str, filters: Filters) -> set[str]:
    query = ListQuery(form=form, filters=filters)
    rows = fetch_rows(store.conn, store.forms, query, offset=0, limit=1000)
    assert count_rows(store.conn, store.forms, query) == len(rows)
    return {row[0] for row in rows}


def test_filters_combine_across_forms(store: Store) -> None:
    load_demo(store)
    azilal = store.create("cooperative", {"name_ar": "تعاونية أزيلال", "province": "أزيلال", "sectors": ["dairy"],
                                          "challenges": ["marketing_problems"]})  # fmt: skip
    store.author = "Amina"
    late = store.create("visit", {"cooperative": azilal, "visit_date": "2025-09-01", "observations": "x",
                                  "next_follow_up": "2025-12-01"}, draft=True)  # fmt: skip
    dairy = {demo_id("cooperative-imdoukal"), demo_id("cooperative-tanfnit"), azilal}
    assert ids(store, "cooperative", Filters(choices=(("sector", "dairy"),))) == dairy
    assert ids(store, "cooperative", Filters(choices=(("sector", "dairy"),), province="خنيفرة")) == dairy - {azilal}
    assert ids(store, "visit", Filters(province="أزيلال")) == {late}
    assert ids(store, "visit", Filters(choices=(("sector", "waste_management"),))) == {demo_id("visit-biati")}
    assert ids(store, "visit", Filters(date_from="2025-06-01")) == {late}
    assert ids(store, "visit", Filters(date_to="2025-05-17")) == {demo_id(f"visit-{k}") for k in
                                                                   ("biati", "ifssan", "imdoukal", "tanfnit")}  # fmt: skip
    assert ids(store, "visit", Filters(state="draft")) == {late}
    assert ids(store, "visit", Filters(agent="Amina")) == {late}
    assert ids(store, "visit", Filters(open_follow_up=True)) == {late}
    store.create("visit", {"cooperative": azilal, "visit_date": "2025-12-02", "observations": "تم التتبع"})
    assert ids(store, "visit", Filters(open_follow_up=True)) == set()  # a later visit closed it
    assert ids(store, "visit", Filters(choices=(("challenge", "marketing_problems"),), province="أزيلال")) == {
        late
    } | ids(store, "visit", Filters(province="أزيلال"))


def test_remembered_filters_survive_damage() -> None:
    assert Filters.from_json({"sector": "dairy", "open_follow_up": True, "bogus": 1, "state": 3, "x y": "z"}) == Filters(
        choices=(("sector", "dairy"),), open_follow_up=True)  # fmt: skip
    assert Filters.from_json("nonsense") == Filters()
