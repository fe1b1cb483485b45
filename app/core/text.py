"""Text as typed: NFC normalisation and the digits agents type on Arabic keyboards."""

from __future__ import annotations

import unicodedata

# Arabic-Indic (U+0660..) and Extended Arabic-Indic (Persian/Urdu, U+06F0..) digits to Western digits; the Arabic
# decimal and thousands separators too, so "٣٫٥" reads as 3.5 and "١٬٠٠٠" as 1000.
_DIGITS = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}
_DIGITS.update({ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")})
_DIGITS[ord("٫")] = "."
_DIGITS[ord("٬")] = ""

# Invisible direction marks that right-to-left keyboards and copy-paste leave around numbers.
_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def to_western_digits(value: str) -> str:
    """Arabic-Indic digits and separators as Western ones; everything else unchanged."""
    return value.translate(_DIGITS)


def clean_number_text(value: str) -> str:
    """What a numeric or phone input means once digits are Western and direction marks are gone."""
    return to_western_digits(value).translate(_BIDI_MARKS).strip()


def normalise_text(value: str) -> str:
    """Text as stored: Unicode NFC (the same word typed on two keyboards compares equal), logical order kept."""
    return unicodedata.normalize("NFC", value)
