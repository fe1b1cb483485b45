"""One date format per language (app/core/dates.py), for the window, the command line and the reports."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.dates import show_date, show_datetime


@pytest.mark.parametrize(("lang", "expected"), [("ar", "17/05/2025"), ("fr", "17/05/2025"), ("en", "2025-05-17")])
def test_a_date_reads_as_its_language_writes_it(lang: str, expected: str) -> None:
    assert show_date("2025-05-17", lang) == expected
    assert show_date(dt.date(2025, 5, 17), lang) == expected
    assert show_date("2025-05-17T23:10:00+00:00", lang) == expected  # the date part of a stamp


def test_a_moment_is_shown_in_local_time_to_the_minute() -> None:
    moment = dt.datetime(2025, 5, 17, 11, 54, 29, tzinfo=dt.UTC)
    local = moment.astimezone()
    assert show_datetime(moment.isoformat(), "fr") == f"{local:%d/%m/%Y %H:%M}"
    assert show_datetime("2025-05-17T11:54:29", "en") == "2025-05-17 11:54"  # no offset: already local
    assert show_datetime("2025-05-17", "ar") == "17/05/2025"


def test_what_is_not_a_date_is_shown_as_it_is() -> None:
    assert show_date("soon", "fr") == "soon" and show_datetime("?", "ar") == "?"
    assert show_date(None, "ar") == "" and show_datetime("", "fr") == ""
