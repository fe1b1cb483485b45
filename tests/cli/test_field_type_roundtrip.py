"""Values enter storage through the command line: for each field type, what a person types (`--set field=…`, in the
ways people type it) is read by the type, resolved, stored in a real database, read back, and shown, and what is
stored and shown is what the value meant."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kinds_form import kinds_forms
from PIL import Image

from app.cli.changes_input import read_changes
from app.cli.choices import resolve_input
from app.core.changes import shown_value
from app.core.display import format_value
from app.core.forms import FormSpec
from app.core.sort_key import value_key
from app.db.store import Store

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
# Letters people type in names and notes: Arabic, French (precomposed, as keyboards give them), digits.
WORDS = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوية abcdefghijklmnopqrstuvwxyzéèàçôABCZ0123456789-'",
                min_size=1, max_size=30).filter(lambda text: text.strip() != "")  # fmt: skip
CHOICES = ("olives", "argan", "dairy")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("kinds") / "taawun.db"
    with Store.open(path, forms=kinds_forms(), author="فاطمة", device_name="laptop-khenifra") as opened:
        yield opened


@pytest.fixture(scope="module")
def kinds(store: Store) -> FormSpec:
    return store.forms.get("kinds")


def stored_through_the_command_line(store: Store, kind: str, typed: str, *, lang: str = "fr") -> Any:
    """`taawun new kinds --set kind=typed`, as the command does it, and the value read back from the database."""
    form = store.forms.get("kinds")
    data, photos = read_changes(form, [f"{kind}={typed}"], None)
    data = resolve_input(store, form, data, draft=False, lang=lang)
    record_id = store.create("kinds", data, new_photos=photos)
    return store.get(record_id).data[kind]


def shown(store: Store, kind: str, value: Any, lang: str) -> str:
    spec = store.forms.get("kinds").field(kind)
    assert spec is not None
    return format_value(spec, value, lang, titles=lambda record_id: store.title_of(record_id, lang))


@SETTINGS
@given(text=WORDS, padding=st.sampled_from(["", " ", "  \t"]))
def test_text(store: Store, text: str, padding: str) -> None:
    value = stored_through_the_command_line(store, "text", padding + text + padding)
    assert value == text.strip() and shown(store, "text", value, "ar") == text.strip()


@SETTINGS
@given(lines=st.lists(WORDS, min_size=1, max_size=4), end=st.sampled_from(["\n", "\r\n", "\r"]))
def test_long_text(store: Store, lines: list[str], end: str) -> None:
    value = stored_through_the_command_line(store, "long_text", end.join(lines))
    assert value == "\n".join(lines).strip() and shown(store, "long_text", value, "en") == value


@SETTINGS
@given(number=st.integers(-(10**12), 10**12), arabic=st.booleans())
def test_integer(store: Store, number: int, arabic: bool) -> None:
    typed = str(number).translate(ARABIC_INDIC) if arabic else str(number)
    value = stored_through_the_command_line(store, "integer", typed)
    assert value == number and shown(store, "integer", value, "ar") == str(number)
    assert value_key(store.forms.get("kinds").field("integer"), value) == number


@SETTINGS
@given(units=st.integers(-99999, 99999), hundredths=st.integers(0, 99), comma=st.booleans())
def test_decimal(store: Store, units: int, hundredths: int, comma: bool) -> None:
    typed = f"{units}{',' if comma else '.'}{hundredths:02d}"
    value = stored_through_the_command_line(store, "decimal", typed)
    assert value == float(f"{units}.{hundredths:02d}") and shown(store, "decimal", value, "fr") == str(value)


@SETTINGS
@given(
    day=st.dates(dt.date(1950, 1, 1), dt.date(2080, 12, 31)),
    pattern=st.sampled_from(["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]),
)
def test_date(store: Store, day: dt.date, pattern: str) -> None:  # fmt: skip
    value = stored_through_the_command_line(store, "date", day.strftime(pattern))
    spec = store.forms.get("kinds").field("date")
    assert value == day.isoformat()  # stored ISO, however it was typed
    assert shown(store, "date", value, "fr") == day.strftime("%d/%m/%Y")  # shown in the language's format
    assert shown_value(spec, value, "fr") == day.strftime("%d/%m/%Y")  # the history too
    assert shown(store, "date", value, "en") == day.isoformat()


def _named(choice: str, how: int) -> str:
    """A choice as a person may name it: its value, or its label in Arabic, French or English, in capitals."""
    spec = kinds_forms().get("kinds").field("select_one")
    label = next(c.label for c in spec.choices if c.value == choice)
    return [choice, label["ar"], label["fr"], label["en"].upper()][how]


@SETTINGS
@given(choice=st.sampled_from(CHOICES), how=st.integers(0, 3), lang=st.sampled_from(["ar", "fr", "en"]))
def test_select_one(store: Store, choice: str, how: int, lang: str) -> None:
    value = stored_through_the_command_line(store, "select_one", _named(choice, how))
    spec = store.forms.get("kinds").field("select_one")
    assert value == choice and shown(store, "select_one", value, lang) == spec.choice_label(choice, lang)


@SETTINGS
@given(
    chosen=st.permutations(CHOICES).flatmap(lambda order: st.integers(1, 3).map(lambda n: order[:n])),
    how=st.integers(0, 3),
    separator=st.sampled_from([",", "،", ";", " ; "]),
)
def test_select_multiple(store: Store, chosen: list[str], how: int, separator: str) -> None:  # fmt: skip
    typed = separator.join(_named(choice, how) for choice in chosen)
    value = stored_through_the_command_line(store, "select_multiple", typed)
    in_form_order = [choice for choice in CHOICES if choice in chosen]
    assert value == in_form_order
    spec = store.forms.get("kinds").field("select_multiple")
    assert shown(store, "select_multiple", value, "ar") == "، ".join(spec.choice_label(c, "ar") for c in in_form_order)


@SETTINGS
@given(
    digits=st.from_regex(r"[5-7][0-9]{8}", fullmatch=True),
    prefix=st.sampled_from(["0", "+212", "00212"]),
    spaced=st.booleans(),
)
def test_phone(store: Store, digits: str, prefix: str, spaced: bool) -> None:  # fmt: skip
    typed = prefix + (" ".join(digits[i : i + 2] for i in range(0, 9, 2)) if spaced else digits)
    value = stored_through_the_command_line(store, "phone", typed)
    assert value == "+212" + digits and shown(store, "phone", value, "ar") == value


_serial = itertools.count()


@SETTINGS
@given(name=WORDS, by_id=st.booleans())
def test_reference(store: Store, name: str, by_id: bool) -> None:
    unique = f"{name.strip()} {next(_serial)}"  # one record of that name
    place = store.create("place", {"name": unique})
    value = stored_through_the_command_line(store, "reference", place.upper() if by_id else unique)
    assert value == place and shown(store, "reference", value, "ar") == unique


@SETTINGS
@given(lat=st.integers(-90_000, 90_000), lon=st.integers(-180_000, 180_000), as_json=st.booleans())
def test_geopoint(store: Store, lat: int, lon: int, as_json: bool) -> None:
    point = {"lat": lat / 1000, "lon": lon / 1000}
    typed = json.dumps(point) if as_json else f"{point['lat']} {point['lon']}"
    value = stored_through_the_command_line(store, "geopoint", typed)
    assert value == point and shown(store, "geopoint", value, "en") == f"{point['lat']}, {point['lon']}"


@SETTINGS
@given(
    colours=st.lists(
        st.tuples(st.integers(0, 255), st.integers(0, 255), st.integers(0, 255)), min_size=1, max_size=3, unique=True
    )
)
def test_photos(store: Store, tmp_path: Path, colours: list[tuple[int, int, int]]) -> None:  # fmt: skip
    paths = []
    for index, colour in enumerate(colours):
        path = tmp_path / f"puits {index}.png"
        Image.new("RGB", (8, 6), colour).save(path, "PNG")
        paths.append(path)
    value = stored_through_the_command_line(store, "photos", " ; ".join(str(path) for path in paths))
    assert [photo["name"] for photo in value] == [path.name for path in paths]
    assert all(store.has_photo(photo["sha256"]) for photo in value)
    assert shown(store, "photos", value, "ar") == ", ".join(path.name for path in paths)


@SETTINGS
@given(entries=st.lists(st.tuples(WORDS, st.sampled_from(CHOICES), st.integers(0, 3)), min_size=1, max_size=3))
def test_group(store: Store, entries: list[tuple[str, str, int]]) -> None:
    typed = json.dumps([{"what": what, "kind": _named(kind, how)} for what, kind, how in entries], ensure_ascii=False)
    value = stored_through_the_command_line(store, "group", typed)
    assert value == [{"what": what.strip(), "kind": kind} for what, kind, _ in entries]
    spec = store.forms.get("kinds").field("group").subfield("kind")
    assert spec is not None
    expected = [
        f"{i}. {what.strip()} | {spec.choice_label(kind, 'fr')}" for i, (what, kind, _) in enumerate(entries, 1)
    ]
    assert shown(store, "group", value, "fr") == "\n".join(expected)
