"""Names, phones and registration numbers as the duplicate finder compares them (app/core/name_folding.py)."""

from __future__ import annotations

import pytest

from app.core.name_folding import code_key, name_key, phone_key, sound_key

AMAL = ["تعاونية الأمل", "التعاونية الامل", "تعاونيه الأَمَل", "Coopérative Al Amal", "COOPERATIVE EL-AMAL", "Coop Amal"]


def test_the_name_proper_is_left_without_articles_hamza_taa_marbuta_vowels_or_the_generic_word() -> None:
    assert {name_key(name) for name in AMAL[:3]} == {"امل"}
    assert {name_key(name) for name in AMAL[3:]} == {"amal"}
    assert name_key("تعاونية") == "" and name_key("Coopérative") == ""  # nothing proper: no key at all


def test_arabic_and_latin_spellings_of_one_name_share_a_sound_key() -> None:
    assert {sound_key(name) for name in AMAL} == {"ml"}
    for arabic, latin in [("تعاونية النور", "Coopérative Nour"), ("تعاونية الخير", "Coop El Khir"),
                          ("تعاونية أركان الشروق", "Argan Chourouk"), ("تعاونية تيفاوين", "Tifawin")]:  # fmt: skip
        assert sound_key(arabic) == sound_key(latin) != ""


@pytest.mark.parametrize("other", ["تعاونية الخير", "Coopérative Tifawin", "Argan Chourouk"])
def test_other_names_do_not_sound_alike(other: str) -> None:
    assert sound_key(other) != sound_key("تعاونية الأمل")


def test_phones_and_registration_numbers_compare_whatever_the_digits_and_prefixes() -> None:
    same = {"+212661234567", "0661234567", "00212 661 23 45 67", "٠٦٦١٢٣٤٥٦٧", "06-61-23-45-67"}
    assert {phone_key(phone) for phone in same} == {"661234567"}
    assert code_key("N° ١٢٣/٢٠١٥") == code_key("n 123-2015") == "n1232015"
