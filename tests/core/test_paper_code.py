"""The text of a paper form's QR code (app/core/paper_code.py): written, and read back from what a scanner or a
person types."""

from __future__ import annotations

import uuid

import pytest

from app.core.errors import InvalidInput
from app.core.paper_code import PaperCode, blank_code, read_code, record_code

RECORD = str(uuid.UUID("3f6c0d7e-1234-4abc-9def-0123456789ab"))


def test_a_record_code_and_a_blank_code_read_back_as_written() -> None:
    assert record_code("cooperative", RECORD, 7) == f"taawun/cooperative/{RECORD}/v7"
    assert read_code(record_code("cooperative", RECORD, 7)) == PaperCode("cooperative", RECORD, 7)
    code = read_code(blank_code("visit", 4))
    assert code == PaperCode("visit", None, 4) and code.blank


@pytest.mark.parametrize(
    "typed",
    [
        f"taawun/cooperative/{RECORD}/v7\n",  # the scanner's Enter
        f"  TAAWUN/COOPERATIVE/{RECORD.upper()}/V7 ",  # Caps Lock on
        f"taawun/cooperative/{RECORD.replace('-', '')}/v7",
    ],
)
def test_what_a_scanner_adds_is_forgiven(typed: str) -> None:
    assert read_code(typed) == PaperCode("cooperative", RECORD, 7)


@pytest.mark.parametrize("typed", [RECORD, RECORD.upper(), RECORD.replace("-", ""), f" {RECORD}\t"])
def test_a_bare_id_names_a_record_of_any_form(typed: str) -> None:
    assert read_code(typed) == PaperCode(None, RECORD, None)


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "12345",
        "taawun/cooperative/12345/v7",
        f"taawun/cooperative/{RECORD}",  # no version
        f"taawun/Coop érative/{RECORD}/v7",
        f"taawun/cooperative/{RECORD}/v7/extra",
        "taawun/visit/form-vX",
        f"https://example.org/{RECORD}",
        "&é\"'(-è_çà",  # a QWERTY scanner on an AZERTY keyboard
        "\x1b[2J" + "x" * 500,
    ],
)
def test_anything_else_is_refused_quoting_what_was_given(typed: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        read_code(typed)
    assert refused.value.code == "paper_code_unreadable"
    message = refused.value.message("fr")
    assert "n'est ni un identifiant de fiche ni le code d'un formulaire papier" in message
    assert "\x1b" not in message and len(message) < 200  # escaped and bounded
