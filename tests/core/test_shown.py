"""`shown_text`: text from a file made safe to show (app/core/shown.py), and `translate` escaping its parameters."""

from __future__ import annotations

import json

from app.core.display import isolate_ltr
from app.core.messages import translate
from app.core.shown import NAME_LIMIT, json_text, shown_text


def test_controls_and_bidi_overrides_are_escaped_visibly() -> None:
    text = shown_text("\x1b[2J\x1b[31mnew: 0\r\nforged\u202eabc\u2067x\x9b\x7f\ud800\u2028")
    assert text == "\\x1b[2J\\x1b[31mnew: 0\\r\\nforged\\u202eabc\\u2067x\\x9b\\x7f\\ud800\\u2028"
    assert shown_text("تعاونية الأمل\u200f") == "تعاونية الأمل\u200f"  # Arabic and its marks untouched


def test_multiline_keeps_line_breaks_and_tabs_only() -> None:
    assert shown_text("one\r\ntwo\tthree\rfour\x00", multiline=True) == "one\ntwo\tthree\\rfour\\x00"


def test_length_is_bounded_and_an_escape_is_never_cut() -> None:
    assert shown_text("x" * 10_000_000) == "x" * NAME_LIMIT + "…"
    cut = shown_text("\x1b" * 1000)
    assert cut.endswith("\\x1b…") and len(cut) <= NAME_LIMIT + 1


def test_escaping_twice_changes_nothing_and_our_isolates_stay() -> None:
    once = shown_text("\x1b[2J")
    assert shown_text(once) == once
    assert translate("sync_log_merged", "en", at="t", path=isolate_ltr("/a\x1b"), device=once) == (
        "t · \u2066/a\\x1b\u2069: merged (from \\x1b[2J)"
    )


def test_translate_escapes_every_parameter_but_numbers() -> None:
    message = translate("sync_file_merged", "en", path="/x/\u202e.taawun", device="<b>\r\nnew: 0", time=3)
    assert message == "/x/\\u202e.taawun: merged (from <b>\\r\\nnew: 0, exported 3)"


def test_json_output_is_the_same_json_without_raw_controls() -> None:
    value = {"name": "\u202e\x1b\x9b\ud800 عربي"}
    text = json_text(value)
    assert "\u202e" not in text and "\x9b" not in text and "عربي" in text
    assert json.loads(text) == value
