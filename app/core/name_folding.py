"""Keys under which two records of the same thing meet, whoever typed them: names, registration numbers, phones.

Two agents who each create the same cooperative type its name differently: "تعاونية الأمل", "التعاونية الامل",
"Coopérative Al Amal". A name is folded as search folds it (`app.core.arabic`: hamza seats, taa marbuta, alef
maksura, tashkeel, tatweel, accents, case), its articles are dropped (ال and its particles in Arabic; al, el, l',
le, la, les, de, du, des, d' in Latin script), and the generic words naming the kind of body (تعاونية, جمعية,
coopérative, coop, association) are dropped too: what is left is the name proper. That gives `name_key`.

Arabic and Latin spellings of one name meet through `sound_key`, a coarse consonant skeleton of the name proper
(the rule, chosen to be simple and predictable rather than a full transliteration):
- Arabic letters map to the Latin letters Moroccan French spelling uses for them (ح and ه -> h, خ -> kh, ش -> ch,
  ق ك and گ -> k (Moroccan spelling writes ك as g: أكادير, Agadir), غ -> gh, ع and ء dropped, ث ت ط -> t, د ذ ض -> d, س ص -> s, ز ظ -> z …); long vowels and the semi-vowels (ا و ي)
  are dropped, as is a final ه (taa marbuta folded by search);
- Latin digraphs are read as one sound first (kh, gh, ch and sh, th -> t, dh -> d, ph -> f, ou -> a vowel,
  q and g -> k, c -> s before e, i, y and k elsewhere), then the vowels, w and y are dropped;
- repeated letters count once ("Ammal", shadda).
So "الأمل", "الامل", "Al Amal", "El-Amal" all give "ml"; "النور" and "Nour" give "nr". The price: names that differ
only in their vowels ("النور", "النار") share a sound key. That is why a name alone never makes a likely duplicate:
it needs the same place too (`app.db.duplicates`), and a person decides.

`phone_key` and `code_key` make a phone or a registration number comparable: Arabic-Indic digits read as Western
ones, +212 / 00212 / 0 prefixes dropped, spaces, dashes and slashes ignored. Pure functions: no Qt, no database.
"""

from __future__ import annotations

import functools
import re

from app.core.arabic import WORD, normalise_for_search, without_article

# Words naming the kind of body, not the body (folded as search folds them: ة -> ه, accents gone).
GENERIC_WORDS = frozenset(
    {
        "تعاونيه", "تعاونيات", "جمعيه", "جمعيات",
        "cooperative", "cooperatives", "coop", "cooperativa", "association", "assoc",
    }
)  # fmt: skip
# Latin articles and prepositions typed in names ("Coopérative de l'Espoir", "Al Amal", "El-Baraka").
_LATIN_SMALL = frozenset({"al", "el", "l", "le", "la", "les", "de", "du", "des", "d", "of", "the"})

_ARABIC = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "x", "د": "d", "ذ": "d", "ر": "r", "ز": "z",
    "س": "s", "ش": "C", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "G", "ف": "f", "ق": "k",
    "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "", "ي": "", "ا": "", "ء": "", "پ": "b",
    "ڤ": "f", "گ": "k", "ڭ": "k",
}  # fmt: skip
# Latin spellings read as one sound, in this order (longest first), then the letters that are dropped.
# (Upper case marks a sound no single Latin letter spells: ش as C, غ as G; the words are folded to lower case.)
_DIGRAPHS = (("kh", "x"), ("gh", "G"), ("sh", "C"), ("ch", "C"), ("th", "t"), ("dh", "d"), ("ph", "f"),
             ("ou", ""), ("ck", "k"), ("q", "k"), ("g", "k"))  # fmt: skip
_SOFT_C = re.compile(r"c(?=[eiy])")
_LATIN_DROPPED = re.compile(r"[aeiouyw]")
_REPEATS = re.compile(r"([^\W\d_])\1+")  # letters, not digits: 11 is not 1


def name_words(text: str) -> list[str]:
    """The words of a name proper: folded, without articles and without the generic words."""
    words = []
    for word in WORD.findall(normalise_for_search(text)):
        word = without_article(word) or word
        if word in GENERIC_WORDS or word in _LATIN_SMALL:
            continue
        words.append(word)
    return words


def name_key(text: str) -> str:
    """The name proper, folded ("تعاونية الأمل" and "التعاونية الامل" -> "امل"); "" when nothing is left."""
    return " ".join(name_words(text))


def sound_key(text: str) -> str:
    """The name proper's consonant skeleton, the same for its Arabic and Latin spellings (see the module's rule);
    "" when nothing is left."""
    return " ".join(key for word in name_words(text) if (key := _word_sound(word)))


def name_and_sound(text: str) -> tuple[str, str]:
    """`name_key` and `sound_key` of one name, its words folded once (an import keys thousands of rows)."""
    words = name_words(text)
    return " ".join(words), " ".join(key for word in words if (key := _word_sound(word)))


@functools.lru_cache(maxsize=65536)  # names share their words ("امل", "nour"): each word's sound is worked out once
def _word_sound(word: str) -> str:
    if word.isascii():
        for spelling, sound in _DIGRAPHS:
            word = word.replace(spelling, sound)
        word = _LATIN_DROPPED.sub("", _SOFT_C.sub("s", word).replace("c", "k"))
    else:
        if len(word) > 2 and word.endswith("ه"):
            word = word[:-1]  # taa marbuta, folded to haa by search: a vowel in Latin spelling
        word = "".join(_ARABIC.get(char, char) for char in word)
    return _REPEATS.sub(r"\1", word)


def phone_key(text: str) -> str:
    """A phone number's national digits (Arabic-Indic digits, +212, 00212 and 0 prefixes, separators ignored)."""
    digits = "".join(char for char in normalise_for_search(str(text)) if char.isdigit())
    for prefix in ("00212", "212", "0"):
        if digits.startswith(prefix) and len(digits) - len(prefix) >= 8:
            return digits[len(prefix) :]
    return digits


def code_key(text: str) -> str:
    """A registration number as compared: folded, letters and digits only ("N° ١٢٣/٢٠١٥" -> "n1232015")."""
    return "".join(WORD.findall(normalise_for_search(str(text))))
