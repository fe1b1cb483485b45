"""The declared bounds (app/core/bounds.py) hold wherever data enters: `clean_record` (drafts included) never
accepts a value beyond a bound and never raises anything but `ValidationFailed` (an `InvalidInput`), whatever
JSON-like value it is given; photos are held to their byte and pixel bounds and scaled down when large."""

from __future__ import annotations

import io
import json
import struct
import zlib
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PIL import Image

from app.core import bounds
from app.core.errors import InvalidInput, ValidationFailed
from app.core.forms import FieldSpec, FormRegistry, FormSpec
from app.core.pictures import photo_size, prepare_photo
from app.core.validation import clean_record
from app.db.store import Store

FORMS = ("cooperative", "visit", "workshop")
_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                             HealthCheck.too_slow])  # fmt: skip

# Strings around the bounds (cheap to build: one character repeated), with control characters, lone surrogates.
_EDGE_TEXT = st.sampled_from([bounds.TEXT_MAX, bounds.TEXT_MAX + 1, bounds.LONG_TEXT_MAX, bounds.LONG_TEXT_MAX + 1,
                              4 * bounds.LONG_TEXT_MAX]).flatmap(lambda n: st.sampled_from(["x" * n, "س" * n, "\n" * n]))  # fmt: skip
_TEXT = st.one_of(st.text(max_size=30), _EDGE_TEXT, st.sampled_from(["\x1b[2J", "a\x00b", "\ud800", "2025-05-17",
                                                                     "0612345678", "olives", "\t", "١٢"]))  # fmt: skip
_NUMBER = st.one_of(st.integers(), st.sampled_from([2**53, 2**63 - 1, -(2**63), 10**400]),
                    st.floats(allow_nan=True, allow_infinity=True))  # fmt: skip
_SCALAR = st.one_of(st.none(), st.booleans(), _NUMBER, _TEXT)
JSON = st.recursive(_SCALAR, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                     st.dictionaries(_TEXT, inner, max_size=4)), max_leaves=20)  # fmt: skip


def nested(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = [value]
    return value


def values_for(form: FormSpec) -> st.SearchStrategy[dict[str, Any]]:
    """Records whose keys are mostly the form's own fields (so values reach the parsers), with any JSON values."""
    names = [spec.name for spec in form.fields]
    entry = st.dictionaries(st.sampled_from(_group_names(form) or ["x"]), JSON, max_size=4)
    group_entries = st.lists(entry, max_size=3)
    # 50 deep: beyond the bound (100,000 deep is tested below: hypothesis could not print it)
    value = st.one_of(JSON, group_entries, st.just(nested(50)), st.lists(st.just("olives"), min_size=600, max_size=600))
    return st.dictionaries(st.one_of(st.sampled_from(names), _TEXT), value, max_size=6)


def _group_names(form: FormSpec) -> list[str]:
    return [inner.name for spec in form.fields if spec.type == "group" for inner in spec.fields]


def assert_within_bounds(fields: tuple[FieldSpec, ...], data: dict[str, Any], *, draft: bool) -> None:
    bounds.check_json(data)  # nesting, lists, numbers, Unicode, controls: raises if beyond
    for spec in fields:
        value = data.get(spec.name)
        if value is None:
            continue
        if draft and isinstance(value, str):  # a draft keeps what was typed, as text, within the bound
            assert len(value) <= bounds.LONG_TEXT_MAX
            continue
        if spec.type in ("text", "long_text", "phone", "date", "select_one", "reference"):
            assert isinstance(value, str), (spec.name, value)  # never a list where text is expected, drafts included
            assert len(value) <= (bounds.TEXT_MAX if spec.type == "text" else bounds.LONG_TEXT_MAX)
        elif spec.type in ("integer", "decimal"):
            assert not isinstance(value, bool) and abs(value) <= bounds.INTEGER_MAX
        elif spec.type == "group":
            assert isinstance(value, list) and len(value) <= bounds.GROUP_ENTRIES_MAX
            for entry in value:
                assert_within_bounds(spec.fields, entry, draft=draft)
        elif spec.type in ("photos", "select_multiple"):
            assert isinstance(value, list) and len(value) <= bounds.ITEMS_MAX
    assert len(json.dumps(data, ensure_ascii=False).encode("utf-8")) <= bounds.RECORD_BYTES_MAX


@pytest.mark.parametrize("name", FORMS)
@pytest.mark.parametrize("draft", [False, True], ids=["final", "draft"])
def test_clean_record_never_accepts_a_value_beyond_a_bound(shipped_forms: FormRegistry, name: str, draft: bool) -> None:
    form = shipped_forms.get(name)

    @_SETTINGS
    @given(values_for(form))
    @example({"name_ar": ["a list", "where text is expected"]})
    @example({"observations": "x" * 10_000_000})
    def check(data: dict[str, Any]) -> None:
        try:
            cleaned = clean_record(form, data, draft=draft)
        except ValidationFailed as failed:
            assert isinstance(failed, InvalidInput) and failed.problems
            for lang in ("ar", "fr", "en"):
                assert failed.message(lang)  # every problem has its message, nothing raised while saying it
            return
        assert_within_bounds(form.fields, cleaned, draft=draft)

    check()


def test_a_draft_may_be_incomplete_but_never_malformed(cooperative_form: FormSpec, visit_form: FormSpec) -> None:
    assert clean_record(cooperative_form, {"members_total": "عشرون تقريبا"}, draft=True) == {
        "members_total": "عشرون تقريبا"  # text as typed is kept
    }
    for data, code in [
        ({"name_ar": ["a list"]}, "not_text"),
        ({"name_ar": {"a": 1}}, "not_text"),
        ({"members_total": 2**63 - 1}, "above_max"),
        ({"members_total": [1, 2]}, "not_integer"),
        ({"name_ar": "x" * (bounds.LONG_TEXT_MAX + 1)}, "too_long"),
        ({"name_ar": "\x1b[2J تعاونية"}, "bound_control_character"),
        ({"name_ar": "\ud800"}, "bound_not_unicode"),
        ({"notes": nested(100_000)}, "bound_too_deep"),
    ]:
        with pytest.raises(ValidationFailed) as caught:
            clean_record(cooperative_form, data, draft=True)
        assert [p.code for p in caught.value.problems] == [code], code
    with pytest.raises(ValidationFailed) as caught:
        clean_record(visit_form, {"observations": "x" * 10_000_000}, draft=True)
    assert caught.value.problems[0].params == {"max": bounds.LONG_TEXT_MAX}
    for lang in ("ar", "fr", "en"):
        assert str(bounds.LONG_TEXT_MAX) in caught.value.message(lang)


def test_long_text_keeps_line_breaks_and_tabs_names_keep_no_control(visit_form: FormSpec) -> None:
    assert clean_record(visit_form, {"observations": "a\n\tb"}, draft=True) == {"observations": "a\n\tb"}
    assert bounds.check_name("فاطمة") == "فاطمة"
    for name in ("a\tb", "a\nb", "\x1b[31mred", "x" * (bounds.NAME_MAX + 1), ["a"]):
        with pytest.raises(bounds.BoundExceeded):
            bounds.check_name(name)


def test_version_numbers_stay_exact_in_json_and_sqlite() -> None:
    assert bounds.check_version_number(bounds.VERSION_MAX) == 2**53 - 1
    for version in (0, -1, 2**53, 2**63 - 1, True, "1", 1.0):
        with pytest.raises(bounds.BoundExceeded):
            bounds.check_version_number(version)


def test_utf8_is_checked_on_bytes() -> None:
    assert bounds.decode_utf8("تعاونية".encode()) == "تعاونية"
    for content in (b"\xff", b"a\xc3", "\udcff", None, 5):
        with pytest.raises(bounds.BoundExceeded):
            bounds.decode_utf8(content)  # type: ignore[arg-type]


# --- photos ---------------------------------------------------------------------------------------------------------


def png_header(width: int, height: int) -> bytes:
    """A PNG that claims `width` x `height` pixels in a few bytes (what a decompression bomb looks like)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b""))  # fmt: skip


def bmp_header(width: int, height: int) -> bytes:
    return (b"BM" + struct.pack("<IHHI", 54 + width * height * 3, 0, 0, 54)
            + struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, 0, 2835, 2835, 0, 0) + b"\0" * 64)  # fmt: skip


def jpeg(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (180, 120, 40)).save(out, "JPEG", quality=95)
    return out.getvalue()


@pytest.mark.parametrize("content", [png_header(12_500, 12_500), bmp_header(12_500, 12_500)], ids=["png", "bmp"])
def test_a_picture_beyond_the_pixel_bound_is_refused_from_its_header(content: bytes) -> None:
    with pytest.raises(bounds.BoundExceeded) as caught:
        photo_size(content)  # warnings are errors here: no DecompressionBombWarning either
    assert caught.value.code == "bound_photo_pixels"
    assert caught.value.params == {"max": bounds.PHOTO_PIXELS_MAX // 1_000_000, "width": 12_500, "height": 12_500}


def test_a_photo_beyond_the_byte_bound_is_refused() -> None:
    with pytest.raises(bounds.BoundExceeded) as caught:
        photo_size(bytes(bounds.PHOTO_BYTES_MAX + 1))
    assert caught.value.code == "bound_photo_bytes"


def test_a_large_phone_photo_is_scaled_down_once(store: Store) -> None:
    content, mime = prepare_photo(jpeg(4000, 3000), "image/jpeg")
    size = photo_size(content)
    assert size is not None and (size.width, size.height) == (bounds.PHOTO_SIDE_STORED, 1500) and mime == "image/jpeg"
    assert prepare_photo(content, mime) == (content, mime)  # already as stored: unchanged, same digest
    small = jpeg(640, 480)
    assert prepare_photo(small, "image/jpeg") == (small, "image/jpeg")
    digest = store.add_photo(jpeg(4000, 3000))
    stored = photo_size(store.photo(digest))
    assert stored is not None and max(stored.width, stored.height) == bounds.PHOTO_SIDE_STORED
    with pytest.raises(InvalidInput) as caught:
        store.add_photo(png_header(12_500, 12_500), mime="image/png")
    assert caught.value.code == "bound_photo_pixels" and "12500" in caught.value.message("fr")
