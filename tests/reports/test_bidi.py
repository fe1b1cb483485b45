"""The bidi levels resolved by app.reports.bidi_runs order a line exactly as python-bidi (the Rust unicode-bidi
crate, an independent implementation of UAX #9) displays it."""

from __future__ import annotations

import unicodedata

from bidi import get_display
from hypothesis import given, settings
from hypothesis import strategies as st

from app.reports.bidi_runs import (
    BIDI_CONTROLS,
    bidi_classes,
    line_is_self_contained,
    ltr_isolate,
    resolve,
    visual_order,
)

# Letters of both directions, both kinds of digits, separators, terminators, brackets, quotes, marks, isolates.
CHARACTERS = st.sampled_from(
    list("abcé مرحباً بكم تعاونية") + list("0123456789٣٤") + list(".,:;-/+%$#()[]{}«»“”!؟،")
    + ["א", "\u064e", "\u200d", "\u2066", "\u2067", "\u2068", "\u2069", " ", " "]
)  # fmt: skip
LINES = st.text(CHARACTERS, min_size=1, max_size=40)


def shown(text: str) -> str:
    """What python-bidi and we both put on screen: controls and other invisible characters aside."""
    return "".join(ch for ch in text if ch not in BIDI_CONTROLS and unicodedata.bidirectional(ch) != "BN")


def our_display(text: str, base: int) -> str:
    levels = resolve(text, base_level=base).line_levels(0, len(text))
    return shown("".join(text[index] for index in visual_order(levels)))


@settings(max_examples=400, deadline=None)
@given(line=LINES, base=st.sampled_from([0, 1]))
def test_visual_order_is_python_bidis(line: str, base: int) -> None:
    assert our_display(line, base) == shown(get_display(line, base_dir="R" if base else "L"))


@settings(max_examples=200, deadline=None)
@given(paragraph=st.text(CHARACTERS, min_size=2, max_size=60), cut=st.tuples(st.integers(0, 60), st.integers(1, 60)),
       base=st.sampled_from([0, 1]))  # fmt: skip
def test_a_line_said_self_contained_resolves_alone_as_in_its_paragraph(
    paragraph: str, cut: tuple[int, int], base: int
) -> None:
    start = min(cut[0], len(paragraph) - 1)
    end = min(len(paragraph), start + cut[1])
    classes = bidi_classes(paragraph)
    resolved = resolve(paragraph, base_level=base, classes=classes)
    if line_is_self_contained(resolved, classes, start, end):
        alone = resolve(paragraph[start:end], base_level=base).line_levels(0, end - start)
        assert alone == list(resolved.levels[start:end])


def test_the_first_strong_letter_sets_the_direction_of_an_auto_paragraph() -> None:
    assert resolve("Coopérative تعاونية").base_level == 0
    assert resolve("تعاونية Coopérative").base_level == 1
    assert resolve("2025 (12)", fallback_level=1).base_level == 1


def test_an_isolated_phone_number_or_gps_point_keeps_its_sign_on_the_left() -> None:
    for value in ("+212 6 12 34 56 78", "33.1642, -5.5698"):
        line = f"الهاتف {ltr_isolate(value)} هنا"
        assert value in our_display(line, 1)
        assert value not in our_display(f"الهاتف {value} هنا", 1)  # without the isolate the sign would wander


def test_numbers_after_arabic_letters_follow_the_standard() -> None:
    # W2: digits after Arabic letters are Arabic numbers, so a "%" or "-" next to them goes with the Arabic text.
    assert our_display("نسبة 45% هنا", 1) == "انه %45 ةبسن"
    assert our_display("يوم 17/05/2025 هنا", 1) == "انه 17/05/2025 موي"
