"""Morocco's official places: the 12 regions and, under each, its provinces and prefectures (75), in Arabic, French
and English, read from `resources/places/morocco.yaml`; and which official province a typed text names.

A record stores a province's `code` (an ASCII name that never changes). Its official name is the kind's word and
its name: "إقليم تيزنيت", "Province de Tiznit", "Tiznit Province"; "عمالة أكادير إداوتنان", "Préfecture d'Agadir
Ida-Outanane".

`match_province` reads a province typed as text (the records made before provinces were chosen from the list) the
way search reads it (`app.core.arabic`: hamza seats, taa marbuta, accents, case; articles dropped) and without the
words naming the kind (إقليم, عمالة, province, préfecture): the same words as a province's name in any language or
one of its other spellings, else the same consonant skeleton (`app.core.name_folding.sound_key`: "تزنيت",
"تيزنيت" and "Tiznit" all give "tznt"), and only when exactly one province has it. Anything else is no province:
never a guess. Qt-free.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from app.core.name_folding import name_words, sound_key
from app.core.text import normalise_text
from app.resources import resources_dir

KINDS = ("province", "prefecture")
_CODE = re.compile(r"[a-z][a-z0-9_]{0,62}")
_KIND_WORDS = {
    "province": {"ar": "إقليم", "fr": "Province de ", "en": " Province"},
    "prefecture": {"ar": "عمالة", "fr": "Préfecture de ", "en": " Prefecture"},
}
_SOUND_MIN = 3  # the fewest consonants a skeleton alone may match by (see `Places.match`)
# Folded words that name the kind of place, not the place ("إقليم تيزنيت", "Province de Tiznit", "Préf. d'Agadir").
_KIND_FOLDED = frozenset({"اقليم", "عماله", "province", "prefecture", "prov", "pref", "prefect"})


@dataclass(frozen=True)
class Province:
    """A province or a prefecture: `names` is its name alone by language, `kind` says which word precedes it."""

    code: str
    kind: str
    region: str
    names: dict[str, str]
    aliases: tuple[str, ...] = ()

    def official(self, lang: str) -> str:
        """The name the Ministry of the Interior writes: "إقليم تيزنيت", "Province de Tiznit", "Tiznit Province"."""
        name = self.names.get(lang) or self.names["fr"]
        word = _KIND_WORDS[self.kind][lang if lang in ("ar", "fr", "en") else "fr"]
        if lang == "ar":
            return f"{word} {name}"
        if lang == "en":
            return f"{name}{word}"
        # French elides "de" before a vowel: Province d'Ifrane, Préfecture d'Agadir Ida-Outanane.
        return word[:-3] + "d'" + name if name[:1].lower() in "aeiouéèâî" else word + name

    def words(self) -> list[str]:
        """Every way it is named (official names, names alone, other spellings), each once: its search words."""
        texts = [self.official(lang) for lang in ("ar", "fr", "en")] + list(self.names.values()) + list(self.aliases)
        return list(dict.fromkeys(texts))


@dataclass(frozen=True)
class Region:
    code: str
    names: dict[str, str]
    provinces: tuple[Province, ...]


class Places:
    """The regions and provinces of one places file, with lookups by code and by typed text."""

    def __init__(self, regions: tuple[Region, ...]) -> None:
        self.regions = regions
        self.provinces = tuple(p for region in regions for p in region.provinces)
        self._by_code = {p.code: p for p in self.provinces}
        self._regions = {r.code: r for r in regions}
        self._position = {p.code: index for index, p in enumerate(self.provinces)}
        self._official = {p.official(lang): p for p in self.provinces for lang in ("ar", "fr", "en")}
        # Folded names and consonant skeletons, each with the provinces that have it (two provinces may share one:
        # then it names neither).
        self._names: dict[str, set[str]] = {}
        self._sounds: dict[str, set[str]] = {}
        for province in self.provinces:
            for text in province.words():
                name, sound = _keys(text)
                if name:
                    self._names.setdefault(name, set()).add(province.code)
                if sound:
                    self._sounds.setdefault(sound, set()).add(province.code)

    def province(self, code: str) -> Province | None:
        return self._by_code.get(code)

    def region(self, code: str) -> Region | None:
        return self._regions.get(code)

    def position(self, code: str) -> int | None:
        """The province's place in the official list (regions in order, each region's provinces in order)."""
        return self._position.get(code)

    def named(self, text: str) -> Province | None:
        """The province whose code or official name (in any language) `text` is, exactly; else None."""
        stripped = normalise_text(text).strip()
        return self._by_code.get(stripped) or self._official.get(stripped)

    def stored_values(self, text: str) -> tuple[str, ...]:
        """What a record may hold for the province `text` names: the text as typed (trimmed: forms before version 5
        keep it), and the official province's code when the text names one as people name it (version 5 stores
        the code). What the lists' filter, the indicators and the summary look for."""
        stripped = text.strip()
        official = self.match(stripped)
        return (stripped,) if official is None or official.code == stripped else (stripped, official.code)

    def match(self, text: str) -> Province | None:
        """The one official province `text` names (see the module's rule), or None."""
        if not isinstance(text, str) or not text.strip():
            return None
        exact = self._by_code.get(text.strip())
        if exact is not None:
            return exact
        name, sound = _keys(text)
        # A skeleton of one or two consonants is too little to go by ("عين" would be Laâyoune): only whole names.
        for key, index in ((name, self._names), (sound if len(sound) >= _SOUND_MIN else "", self._sounds)):
            found = index.get(key) if key else None
            if found is not None:
                return self._by_code[next(iter(found))] if len(found) == 1 else None
        return None


def _keys(text: str) -> tuple[str, str]:
    """A place name folded, without the words naming its kind: (its words, their consonant skeleton)."""
    words = [word for word in name_words(normalise_text(text)) if word not in _KIND_FOLDED]
    joined = " ".join(words)
    # The skeleton of the words run together: "Tan-Tan" and "طانطان", "Ida-Outanane" and "إداوتنان" meet.
    return joined, sound_key(joined).replace(" ", "")


class PlacesFileError(ValueError):
    """The shipped places file is broken (a bug of the release, caught by its tests)."""


def read_places(path: Path) -> Places:
    """The places of a file, checked whole: every region and province with a unique code and its names."""
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(document, dict) or not isinstance(document.get("regions"), list):
        raise PlacesFileError(f"{path.name}: no list of regions")
    seen: set[str] = set()
    regions = []
    for entry in document["regions"]:
        code = _code(entry, seen, path)
        provinces = entry.get("provinces")
        if not isinstance(provinces, list) or not provinces:
            raise PlacesFileError(f"{path.name}: region {code} has no provinces")
        regions.append(
            Region(code, _names(entry, code, path), tuple(_province(p, code, seen, path) for p in provinces))
        )
    return Places(tuple(regions))


def _code(entry: Any, seen: set[str], path: Path) -> str:
    code = entry.get("code") if isinstance(entry, dict) else None
    if not isinstance(code, str) or not _CODE.fullmatch(code) or code in seen:
        raise PlacesFileError(f"{path.name}: bad or repeated code {code!r}")
    seen.add(code)
    return code


def _names(entry: dict[str, Any], code: str, path: Path) -> dict[str, str]:
    names = {lang: entry.get(lang) for lang in ("ar", "fr", "en")}
    if not all(isinstance(names[lang], str) and names[lang] for lang in ("ar", "fr")):
        raise PlacesFileError(f"{path.name}: {code} lacks its Arabic or French name")
    return {lang: normalise_text(str(name or names["fr"])) for lang, name in names.items()}


def _province(entry: Any, region: str, seen: set[str], path: Path) -> Province:
    code = _code(entry, seen, path)
    if entry.get("kind") not in KINDS:
        raise PlacesFileError(f"{path.name}: {code} is neither a province nor a prefecture")
    aliases = entry.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(alias, str) for alias in aliases):
        raise PlacesFileError(f"{path.name}: {code} has bad aliases")
    return Province(code, entry["kind"], region, _names(entry, code, path), tuple(aliases))


@cache
def official_places() -> Places:
    """Morocco's places as this release ships them (read once)."""
    return read_places(resources_dir() / "places" / "morocco.yaml")
