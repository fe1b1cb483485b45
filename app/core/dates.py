"""Dates and times as people read them: one format per language, for the window, the command line and the reports.

Stored values stay ISO 8601 (`2025-05-17`, `2025-05-17T11:54:29+00:00`); only what is shown changes. In Morocco
both Arabic and French write the day first, with slashes (`17/05/2025`); English shows the ISO date, which no
reader takes for another day. Times are shown in this laptop's local time, to the minute. Digits are Western
(as the forms store them and as Moroccan administration prints them).

Slashes keep their order inside Arabic text (the bidi algorithm keeps digits joined by "/" in one left-to-right
run; "-" between digits is not such a separator after an Arabic word, which is how `2025-05-17` came to read
`17-05-2025`); where a date sits inside right-to-left text, `app.core.display.isolate_ltr` isolates it anyway.
"""

from __future__ import annotations

import datetime as dt

from app.core.messages import translate

_DATE_FORMATS = {"ar": "%d/%m/%Y", "fr": "%d/%m/%Y", "en": "%Y-%m-%d"}


def show_date(value: str | dt.date | None, lang: str) -> str:
    """A date (ISO text or a `date`; the date part of a timestamp) in `lang`'s format; unreadable text as it is."""
    if value is None or value == "":
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value)[:10])
        except ValueError:
            return str(value)
    return value.strftime(_DATE_FORMATS.get(lang, _DATE_FORMATS["en"]))


def show_datetime(value: str | dt.datetime | None, lang: str) -> str:
    """A moment (ISO text with or without offset, or a `datetime`) in local time: `17/05/2025 11:54`. A moment
    without an offset is taken as local already; a plain date is shown as a date."""
    if value is None or value == "":
        return ""
    if not isinstance(value, dt.datetime):
        text = str(value)
        try:
            value = dt.datetime.fromisoformat(text)
        except ValueError:
            return text
        if len(text) <= 10:
            return show_date(value.date(), lang)
    if value.tzinfo is not None:
        value = value.astimezone()
    return f"{show_date(value.date(), lang)} {value:%H:%M}"


def date_hint(lang: str) -> str:
    """What an empty date box shows: the parts of `lang`'s format, in the order a person types them ("JJ/MM/AAAA";
    in Arabic "يوم/شهر/سنة", which a placeholder lays out right to left, as it is read: the day first)."""
    return translate("date_hint", lang)
