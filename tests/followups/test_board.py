"""The follow-up board (app/db/followups.py) on real SQLite files: items from visits and workshops (version 4's
lines too), the overdue rule around the due date and the laptop's time zone, filters, and marking done as a version
that a USB stick carries."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.core.errors import InvalidInput, ValidationFailed
from app.core.forms import FormRegistry
from app.db import followups
from app.db.followups import BoardFilters, board_count, board_items, local_today, mark_done, mark_open, status_of
from app.db.store import Store
from app.sync.export import export_package
from app.sync.merge import merge_file

DAY = dt.date(2026, 6, 11)


@pytest.fixture
def places(store: Store) -> dict[str, str]:
    tiznit = store.create("cooperative", {"name_ar": "تعاونية أكلو", "province": "تيزنيت", "commune": "أكلو"})
    khenifra = store.create("cooperative", {"name_ar": "تعاونية مريرت", "province": "خنيفرة", "commune": "مريرت"})
    workshop = store.create("workshop", {"title": "لقاء تيزنيت", "province": "تيزنيت", "sessions": [
        {"theme": "التسويق", "recommendations": "سطر أول\n\n  سطر ثان \r\n"}, {"theme": "التكوين",
                                                                         "recommendations": "سطر ثالث"}],
        "recommendations": [{"action": "دليل التسويق", "due_date": "2026-06-30"}]})  # fmt: skip
    visit = store.create("visit", {"cooperative": tiznit, "visit_date": "2026-05-02", "observations": "م",
                                   "agent": "سعيد", "workshop": workshop, "recommendations": [
        {"action": "متأخرة", "due_date": "2026-06-10"}, {"action": "اليوم", "due_date": "2026-06-11"},
        {"action": "بلا أجل"}, {"action": "منجزة", "due_date": "2026-01-01", "done_on": "2026-02-01"}]})  # fmt: skip
    other = store.create("visit", {"cooperative": khenifra, "visit_date": "2026-05-03", "observations": "م",
                                   "recommendations": [{"action": "خنيفرة", "due_date": "2026-05-01"}]})  # fmt: skip
    return {"tiznit": tiznit, "khenifra": khenifra, "workshop": workshop, "visit": visit, "other": other}


def board(store: Store, today: dt.date = DAY, **filters: str) -> list[tuple[str, int, str, str]]:
    return [(i.record_id, i.index, i.action, i.status)
            for i in board_items(store.conn, store.forms, BoardFilters(**filters), today=today)]  # fmt: skip


def test_every_recommendation_is_an_item_sorted_by_due_date(store: Store, places: dict[str, str]) -> None:
    v, w, o = places["visit"], places["workshop"], places["other"]
    items = board(store)
    assert items[:5] == [
        (v, 4, "منجزة", "done"), (o, 1, "خنيفرة", "overdue"), (v, 1, "متأخرة", "overdue"), (v, 2, "اليوم", "open"),
        (w, 1, "دليل التسويق", "open"),
    ]  # fmt: skip
    undated = [
        (w, 2, "سطر أول", "open"),
        (w, 3, "سطر ثان", "open"),
        (w, 4, "سطر ثالث", "open"),
        (v, 3, "بلا أجل", "open"),
    ]
    assert sorted(items[5:]) == sorted(undated)  # last, by record (in the order made), then by number
    assert [i for i in items[5:] if i[0] == w] == undated[:3]
    assert [i[2] for i in board(store, status="pending")] == [i[2] for i in items[1:]]
    assert [i[2] for i in board(store, status="overdue")] == ["خنيفرة", "متأخرة"]
    assert [i[2] for i in board(store, status="done")] == ["منجزة"]
    assert followups.overdue_count(store, today=DAY) == 2


def test_filters(store: Store, places: dict[str, str]) -> None:
    assert {i[0] for i in board(store, province="تيزنيت")} == {places["visit"], places["workshop"]}
    assert {i[0] for i in board(store, province="خنيفرة")} == {places["other"]}
    assert {i[0] for i in board(store, commune="أكلو")} == {places["visit"]}
    assert {i[0] for i in board(store, agent="سعيد")} == {places["visit"]}
    assert {i[0] for i in board(store, cooperative=places["khenifra"])} == {places["other"]}
    assert {i[0] for i in board(store, workshop=places["workshop"])} == {places["visit"], places["workshop"]}
    assert board(store, province="الرباط") == []


@pytest.mark.parametrize(("due", "done", "today", "expected"), [
    ("2026-06-10", None, DAY, "overdue"), ("2026-06-11", None, DAY, "open"), ("2026-06-12", None, DAY, "open"),
    (None, None, DAY, "open"), ("2026-06-10", "2026-06-11", DAY, "done"), ("2025-12-31", None, dt.date(2026, 1, 1),
                                                                            "overdue"),
])  # fmt: skip
def test_the_overdue_rule_in_sql_and_in_python(store: Store, cooperative_id: str, due: str | None, done: str | None,
                                               today: dt.date, expected: str) -> None:  # fmt: skip
    entry = {"action": "a", **({"due_date": due} if due else {}), **({"done_on": done} if done else {})}
    store.create("visit", {"cooperative": cooperative_id, "visit_date": "2026-01-01", "observations": "o",
                           "recommendations": [entry]})  # fmt: skip
    assert status_of(due, done, today) == expected
    assert [i[3] for i in board(store, today)] == [expected]


def test_today_is_the_laptops_local_date_not_utcs() -> None:
    # 23:30 UTC on 10 June is already 11 June in Morocco (UTC+1) and still 10 June in UTC-3.
    late = dt.datetime(2026, 6, 10, 23, 30, tzinfo=dt.UTC)
    assert local_today(late, ZoneInfo("Africa/Casablanca")) == dt.date(2026, 6, 11)
    assert local_today(late, dt.timezone(dt.timedelta(hours=-3))) == dt.date(2026, 6, 10)
    assert local_today(late, dt.UTC) == dt.date(2026, 6, 10)
    # Just after local midnight in Casablanca, UTC is still on the day before.
    early = dt.datetime(2026, 6, 11, 0, 5, tzinfo=ZoneInfo("Africa/Casablanca"))
    assert (
        early.astimezone(dt.UTC).date() == dt.date(2026, 6, 10)
        and local_today(early, ZoneInfo("Africa/Casablanca")) == DAY
    )
    # An item due on 10 June: overdue for the coordinator in Tiznit, not (yet) for one whose clock reads 10 June.
    assert status_of("2026-06-10", None, local_today(late, ZoneInfo("Africa/Casablanca"))) == "overdue"
    assert status_of("2026-06-10", None, local_today(late, dt.UTC)) == "open"


@pytest.fixture
def laptop_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Africa/Casablanca")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("laptop_zone")
def test_without_a_zone_today_is_in_the_laptops_zone() -> None:
    assert local_today(dt.datetime(2026, 6, 10, 23, 30, tzinfo=dt.UTC)) == dt.date(2026, 6, 11)
    assert local_today(dt.datetime(2026, 6, 10, 22, 59, tzinfo=dt.UTC)) == dt.date(2026, 6, 10)


def versions(store: Store, record_id: str) -> int:
    return len(store.history(record_id))


def test_marking_done_writes_one_version_and_reopening_another(store: Store, places: dict[str, str]) -> None:
    visit = places["visit"]
    before = versions(store, visit)
    mark_done(store, visit, 1, done_on=DAY, note="  تم التكوين  ")
    record = store.get(visit)
    assert record.data["recommendations"][0] == {"action": "متأخرة", "due_date": "2026-06-10",
                                                 "done_on": "2026-06-11", "done_note": "تم التكوين"}  # fmt: skip
    assert versions(store, visit) == before + 1 and record.version == before + 1
    mark_done(store, visit, 1, done_on=DAY, note="تم التكوين")  # already so: nothing written
    assert versions(store, visit) == before + 1
    assert followups.overdue_count(store, today=DAY) == 1
    mark_open(store, visit, 1)
    assert store.get(visit).data["recommendations"][0] == {"action": "متأخرة", "due_date": "2026-06-10"}
    assert versions(store, visit) == before + 2 and followups.overdue_count(store, today=DAY) == 2


def test_bad_marks_are_refused_and_change_nothing(store: Store, places: dict[str, str]) -> None:
    visit = places["visit"]
    before = store.get(visit)
    for record_id, index, code in ((visit, 5, "followup_no_item"), (visit, 0, "followup_no_item"),
                                   ("no-such-id", 1, "followup_no_record"),
                                   (places["tiznit"], 1, "followup_no_record")):  # fmt: skip
        with pytest.raises(InvalidInput) as raised:
            mark_done(store, record_id, index, done_on=DAY)
        assert raised.value.code == code
        assert raised.value.message("ar") and raised.value.message("fr")
    with pytest.raises(ValidationFailed):  # done tomorrow: the form's constraint
        mark_done(store, visit, 1, done_on=dt.date.today() + dt.timedelta(days=2))
    assert store.get(visit) == before


def test_version_4_lines_keep_their_numbers_when_one_is_marked_done(store: Store, places: dict[str, str]) -> None:
    workshop = places["workshop"]
    before = board(store, workshop=workshop)
    mark_done(store, workshop, 3, done_on=DAY, note="ok")
    data = store.get(workshop).data
    assert [e["action"] for e in data["recommendations"]] == ["دليل التسويق", "سطر أول", "سطر ثان", "سطر ثالث"]
    assert data["recommendations"][2] == {"action": "سطر ثان", "session": "التسويق", "done_on": "2026-06-11",
                                          "done_note": "ok"}  # fmt: skip
    assert all("recommendations" not in session for session in data["sessions"])
    after = board(store, workshop=workshop)
    assert [i[:3] for i in after] == [i[:3] for i in before]  # same items, same numbers
    assert [i[3] for i in after if i[0] == workshop] == ["open", "open", "done", "open"]
    assert versions(store, workshop) == 2


def test_a_version_4_record_stays_valid_and_editable(store: Store, places: dict[str, str]) -> None:
    workshop = places["workshop"]
    store.update(workshop, {"title": "لقاء تيزنيت 2026"})
    assert store.get(workshop).data["sessions"][0]["recommendations"].startswith("سطر أول")
    assert store.check() == []


def test_a_mark_done_travels_on_a_stick(tmp_path: Path, shipped_forms: FormRegistry, store: Store,
                                        places: dict[str, str]) -> None:  # fmt: skip
    (tmp_path / "stick").mkdir()
    (tmp_path / "b").mkdir()
    with Store.open(tmp_path / "b" / "taawun.db", forms=shipped_forms, author="b", device_name="b") as other:
        assert merge_file(other, export_package(store, tmp_path / "stick").path).merged
        mark_done(other, places["visit"], 1, done_on=DAY, note="من الحاسوب الثاني")
        assert merge_file(store, export_package(other, tmp_path / "stick").path).merged
    item = next(i for i in board_items(store.conn, store.forms, BoardFilters(), today=DAY)
                if i.record_id == places["visit"] and i.index == 1)  # fmt: skip
    assert (item.status, item.done_on, item.done_note) == ("done", "2026-06-11", "من الحاسوب الثاني")
    assert [v.author for v in store.history(places["visit"])] == ["فاطمة", "b"]


def test_count_and_pages_agree(store: Store, places: dict[str, str]) -> None:
    every = list(board_items(store.conn, store.forms, BoardFilters(), today=DAY))
    assert board_count(store.conn, store.forms, BoardFilters(), today=DAY) == len(every) == 9
    pages = [followups.board_page(store.conn, store.forms, BoardFilters(), today=DAY, offset=o, limit=4)
             for o in (0, 4, 8)]  # fmt: skip
    assert [i for page in pages for i in page] == every


def test_the_items_follow_every_change_whoever_writes_it(store: Store, places: dict[str, str],
                                                          shipped_forms: FormRegistry) -> None:  # fmt: skip
    """The board's items (a derived table, app/db/followup_index.py) follow every change: an edit on this
    connection, a cooperative moved to another province, a write by another connection."""
    assert board_count(store.conn, store.forms, BoardFilters(province="تيزنيت"), today=DAY) == 8
    store.update(places["visit"], {"recommendations": [{"action": "واحدة", "due_date": "2026-06-01"}]})
    assert [i[2] for i in board(store, province="تيزنيت", status="overdue")] == ["واحدة"]
    store.update(places["tiznit"], {"province": "خنيفرة"})  # its visit's items are now in Khenifra
    assert {i[0] for i in board(store, province="خنيفرة")} == {places["visit"], places["other"]}
    with Store.open(store.path, forms=shipped_forms, author="b", device_name="other") as other:
        other.delete(places["other"])
        mark_done(other, places["visit"], 1, done_on=DAY)
    assert board(store, province="خنيفرة") == [(places["visit"], 1, "واحدة", "done")]
    assert followups.overdue_count(store, today=DAY) == 0


def test_a_period_shows_the_items_of_the_records_dated_in_it(store: Store, places: dict[str, str]) -> None:
    v, o, w = places["visit"], places["other"], places["workshop"]
    may_2 = board(store, made_from="2026-05-02", made_to="2026-05-02")
    assert {record for record, *_ in may_2} == {v}  # the visit of the 2nd, not the one of the 3rd
    both = board(store, made_from="2026-05-01", made_to="2026-05-31", form="visit", status="overdue")
    assert [(record, index) for record, index, *_ in both] == [(o, 1), (v, 1)]
    assert {record for record, *_ in board(store, made_from="2026-05-01", made_to="2026-05-31")} == {v, o}
    store.update(w, {"start_date": "2026-05-20"})  # a workshop's first day is its date
    assert w in {record for record, *_ in board(store, made_from="2026-05-01", made_to="2026-05-31")}
    assert board_count(store.conn, store.forms, BoardFilters(made_from="2026-05-01", made_to="2026-05-31",
                                                             form="workshop"), today=DAY) == 4  # fmt: skip
    store.update(v, {"visit_date": "2026-04-30"})  # moved out of May: its items follow
    assert v not in {record for record, *_ in board(store, made_from="2026-05-01", made_to="2026-05-31")}
