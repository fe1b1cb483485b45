"""The indicators of a period and an area, checked against a database whose answers were worked out by hand
(tests/indicator_data.py): shares only over the cooperatives that gave both figures, unknown never 0, the
previous period beside."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from form_versions import released_v3_text
from indicator_data import KHENIFRA, TIZNIT, build, forms_with_done_on

from app.core.errors import InvalidInput
from app.core.forms import FormRegistry, check_references, parse_form
from app.db.indicators import Area, Share, Sum, indicators
from app.db.store import Store

MARCH = Area(dt.date(2025, 3, 1), dt.date(2025, 3, 31))
TODAY = dt.date(2025, 6, 1)


@pytest.fixture
def done_forms(shipped_forms: FormRegistry) -> FormRegistry:
    return forms_with_done_on(shipped_forms)


@pytest.fixture
def opened(tmp_path: Path, done_forms: FormRegistry) -> Store:
    path = tmp_path / "t.db"
    build(path, done_forms)
    with Store.open(path, forms=done_forms, author="a", device_name="l") as store:
        yield store


def test_the_figures_of_march_are_those_worked_out_by_hand(opened: Store) -> None:
    now = indicators(opened.conn, opened.forms, MARCH, today=TODAY).current
    assert (now.cooperatives_supported, now.cooperatives_new) == (3, 1)
    assert now.members == Sum(30, 2)
    assert now.women == Share(12, 20, 1) and now.women.percent == 60  # C's 3 women have no total: left out
    assert now.under_35 == Share(9, 30, 2) and now.under_35.percent == 30
    assert now.visits == 3 and now.visits_by_purpose == {"diagnosis": 2, None: 1}
    assert now.workshops == 2 and now.participants == Sum(40, 1)
    assert now.attendance == {"participants_women": Sum(25, 1), "participants_men": Sum(None, 0),
                              "participants_under_35": Sum(None, 0)}  # fmt: skip
    assert (now.recommendations_made, now.recommendations_done, now.recommendations_overdue) == (4, 1, 1)


def test_the_previous_period_of_the_same_length_is_beside(opened: Store) -> None:
    found = indicators(opened.conn, opened.forms, MARCH, today=TODAY)
    before = found.previous
    assert (before.area.start, before.area.end) == (dt.date(2025, 1, 29), dt.date(2025, 2, 28))
    assert (before.cooperatives_supported, before.cooperatives_new, before.visits) == (1, 1, 1)
    assert before.members == Sum(20, 1) and before.women == Share(12, 20, 1)
    assert before.workshops == 1 and before.participants == Sum(None, 0)  # the one spanning both periods
    assert (before.recommendations_made, before.recommendations_done, before.recommendations_overdue) == (1, 1, 0)


def test_a_province_keeps_its_cooperatives_visits_and_workshops(opened: Store) -> None:
    tiznit = indicators(opened.conn, opened.forms, Area(MARCH.start, MARCH.end, f" {TIZNIT}"), today=TODAY).current
    assert (tiznit.cooperatives_supported, tiznit.cooperatives_new, tiznit.visits) == (2, 0, 2)  # D: only a draft
    assert tiznit.members == Sum(30, 2) and tiznit.women == Share(12, 20, 1)
    assert tiznit.workshops == 1 and tiznit.participants == Sum(40, 1)
    assert (tiznit.recommendations_made, tiznit.recommendations_overdue) == (3, 1)
    khenifra = indicators(opened.conn, opened.forms, Area(MARCH.start, MARCH.end, KHENIFRA), today=TODAY).current
    assert (khenifra.cooperatives_supported, khenifra.cooperatives_new) == (1, 1)
    assert khenifra.members == Sum(None, 0)  # nobody gave the total: unknown, never 0
    assert khenifra.women == Share(None, 0, 0) and khenifra.women.percent is None
    assert khenifra.recommendations_done == 1 and khenifra.recommendations_overdue == 0


def test_a_period_with_nothing_filled_is_unknown_not_zero(opened: Store) -> None:
    empty = indicators(opened.conn, opened.forms, Area(dt.date(2019, 1, 1), dt.date(2019, 1, 31)), today=TODAY).current
    assert (empty.cooperatives_supported, empty.visits, empty.workshops, empty.recommendations_made) == (0, 0, 0, 0)
    assert empty.members.value is None and empty.women.part is None and empty.under_35.percent is None
    assert empty.participants.value is None and all(s.value is None for s in empty.attendance.values())
    assert empty.recommendations_overdue is None  # no due date to be late on
    assert empty.recommendations_done == 0  # the form can say it: none was


def test_overdue_is_as_of_today_when_the_period_ends_later(opened: Store) -> None:
    """On 12 March, the recommendation due on the 10th is late, the one due on the 15th not yet (C's, done on the
    12th, is done)."""
    now = indicators(opened.conn, opened.forms, MARCH, today=dt.date(2025, 3, 12)).current
    assert (now.recommendations_overdue, now.recommendations_done) == (1, 1)
    earlier = indicators(opened.conn, opened.forms, MARCH, today=dt.date(2025, 3, 11)).current
    assert (earlier.recommendations_overdue, earlier.recommendations_done) == (1, 0)  # done on the 12th: not yet


def test_before_visit_form_5_done_is_unknown(tmp_path: Path, shipped_forms: FormRegistry) -> None:
    """Without `done_on` in the visit form in use nor in any entry (a visit form before version 5: the released
    version 3's), nobody can have said a recommendation was done: unknown; overdue counts every dated one."""
    visit = parse_form(released_v3_text("visit"), file="visit.yaml", stem="visit")
    forms = [visit if form.name == "visit" else form for form in shipped_forms]
    check_references(forms)
    registry = FormRegistry(forms)
    build(tmp_path / "t.db", registry, done_on=False)
    with Store.open(tmp_path / "t.db", forms=registry, author="a", device_name="l") as store:
        now = indicators(store.conn, store.forms, MARCH, today=TODAY).current
    assert (now.recommendations_made, now.recommendations_done, now.recommendations_overdue) == (4, None, 2)


def test_without_the_lists_keys_the_figures_are_the_same(opened: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The date keys only make it fast: reading every visit's JSON gives the same figures."""
    from app.db import indicators as module

    keyed = indicators(opened.conn, opened.forms, MARCH, today=TODAY)
    monkeypatch.setattr(module, "sort_field", lambda *args: None)
    assert indicators(opened.conn, opened.forms, MARCH, today=TODAY) == keyed


def test_an_official_province_is_found_as_people_name_it(tmp_path: Path, shipped_forms: FormRegistry) -> None:
    with Store.open(tmp_path / "p.db", forms=shipped_forms, author="a", device_name="l") as store:
        coop = store.create("cooperative", {"name_ar": "تعاونية أركان", "region": "souss_massa", "province": "tiznit",
                                            "members_total": 10})  # fmt: skip
        store.create("cooperative", {"name_ar": "تعاونية الأطلس", "province": "ميدلت", "members_total": 7})  # typed
        store.create("visit", {"cooperative": coop, "visit_date": "2025-03-05", "observations": "ملاحظة"})
        store.create("workshop", {"title": "لقاء", "start_date": "2025-03-10", "province": "tiznit",
                                  "participants_count": 30})  # fmt: skip
        for named in ("تزنيت", "Tiznit", "إقليم تيزنيت", "tiznit"):
            area = Area(MARCH.start, MARCH.end, named)
            now = indicators(store.conn, store.forms, area, today=TODAY).current
            assert (now.cooperatives_supported, now.workshops, now.participants) == (1, 1, Sum(30, 1)), named
        with pytest.raises(InvalidInput) as unknown:
            indicators(store.conn, store.forms, Area(MARCH.start, MARCH.end, "Atlantis"), today=TODAY)
        assert "تيزنيت / Tiznit" in unknown.value.message("fr") and "ميدلت" in unknown.value.message("fr")


def test_the_figures_leave_the_connection_as_it_was(opened: Store) -> None:
    """The figures read in a transaction of their own: the caller's connection keeps its settings (no memory map
    is set for them: app/db/indicators.py) and is not left inside a transaction."""
    opened.conn.execute("PRAGMA mmap_size = 4096")
    year = indicators(opened.conn, opened.forms, Area(dt.date(2025, 1, 1), dt.date(2025, 12, 31)), today=TODAY)
    assert year.current.visits > indicators(opened.conn, opened.forms, MARCH, today=TODAY).current.visits
    assert opened.conn.execute("PRAGMA mmap_size").fetchone()[0] == 4096
    assert not opened.conn.in_transaction
