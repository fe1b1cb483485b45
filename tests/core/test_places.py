"""Morocco's official places (resources/places/morocco.yaml, app/core/places.py): the whole list, and which official
province a province typed as text names (what `taawun places match` proposes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.forms import load_form
from app.core.places import PlacesFileError, official_places, read_places
from app.resources import forms_dir

# The 2015 division (décret n° 2-15-40): each region's provinces and prefectures, by code.
DIVISION = {
    "tanger_tetouan_al_hoceima": 8, "oriental": 8, "fes_meknes": 9, "rabat_sale_kenitra": 7,
    "beni_mellal_khenifra": 5, "casablanca_settat": 9, "marrakech_safi": 8, "draa_tafilalet": 5, "souss_massa": 6,
    "guelmim_oued_noun": 4, "laayoune_sakia_el_hamra": 4, "dakhla_oued_ed_dahab": 2,
}  # fmt: skip
PREFECTURES = {
    "tanger_assilah", "mdiq_fnideq", "oujda_angad", "fes", "meknes", "rabat", "sale", "skhirate_temara",
    "casablanca", "mohammedia", "marrakech", "agadir_ida_outanane", "inezgane_ait_melloul",
}  # fmt: skip


def test_the_list_is_the_official_one_12_regions_75_provinces_and_prefectures() -> None:
    places = official_places()
    assert {region.code: len(region.provinces) for region in places.regions} == DIVISION
    assert len(places.provinces) == 75 == len({p.code for p in places.provinces})
    assert {p.code for p in places.provinces if p.kind == "prefecture"} == PREFECTURES  # 13, so 62 provinces
    for region in places.regions:
        assert all(region.names[lang] for lang in ("ar", "fr", "en"))
        for province in region.provinces:
            assert province.region == region.code  # each under exactly one region
            assert all(province.names[lang] for lang in ("ar", "fr", "en"))
            assert all("\u0600" <= c <= "\u06ff" or c == " " for c in province.names["ar"]), province.code
            assert any(c.isascii() and c.isalpha() for c in province.names["fr"]), province.code
    tiznit, agadir = places.province("tiznit"), places.province("agadir_ida_outanane")
    assert tiznit is not None and agadir is not None and tiznit.region == agadir.region == "souss_massa"
    assert (tiznit.official("ar"), tiznit.official("fr")) == ("إقليم تيزنيت", "Province de Tiznit")
    assert (agadir.official("ar"), agadir.official("fr")) == (
        "عمالة أكادير إداوتنان",
        "Préfecture d'Agadir Ida-Outanane",
    )
    ifrane, youssoufia = places.province("ifrane"), places.province("youssoufia")
    assert ifrane is not None and youssoufia is not None
    assert (ifrane.official("fr"), youssoufia.official("fr")) == ("Province d'Ifrane", "Province de Youssoufia")


def test_the_regions_are_the_cooperative_forms_region_choices() -> None:
    region = load_form(forms_dir() / "cooperative.yaml").field("region")
    assert region is not None
    places = official_places()
    assert [c.value for c in region.choices] == [r.code for r in places.regions]
    assert [c.label["ar"] for c in region.choices] == [r.names["ar"] for r in places.regions]
    assert [c.label["fr"] for c in region.choices] == [r.names["fr"] for r in places.regions]


@pytest.mark.parametrize("typed", ["Tiznit", "tiznit ", "تزنيت", "تيزنيت", "إقليم تيزنيت", "اقليم تزنيت",
                                   "Province de Tiznit", "TIZNIT", "Prov. Tiznit"])  # fmt: skip
def test_tiznit_however_it_is_typed(typed: str) -> None:
    found = official_places().match(typed)
    assert found is not None and found.code == "tiznit"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("Agadir", "agadir_ida_outanane"), ("عمالة أكادير إداوتنان", "agadir_ida_outanane"), ("خنيفرة", "khenifra"),
     ("Khénifra", "khenifra"), ("Khenifra", "khenifra"), ("الرشيدية", "errachidia"), ("Errachidia", "errachidia"),
     ("Fès", "fes"), ("فاس", "fes"), ("Marrakesh", "marrakech"), ("الدار البيضاء", "casablanca"),
     ("Tan-Tan", "tan_tan"), ("طانطان", "tan_tan"), ("Fquih Ben Saleh", "fquih_ben_salah"), ("سلا", "sale")],
)  # fmt: skip
def test_other_provinces_in_arabic_and_french(typed: str, code: str) -> None:
    found = official_places().match(typed)
    assert found is not None and found.code == code


@pytest.mark.parametrize("typed", ["", "   ", "Paris", "مريرت", "Mrirt", "عين", "Souss", "إقليم", "Province",
                                   "تزنيت أكادير", "12"])  # fmt: skip
def test_what_names_no_province_is_left_alone(typed: str) -> None:
    """A commune, a region, two provinces, a word naming a kind, a skeleton too short to go by: nothing guessed."""
    assert official_places().match(typed) is None


def test_a_skeleton_two_provinces_share_names_neither(tmp_path: Path) -> None:
    file = tmp_path / "places.yaml"
    file.write_text("regions: [{code: r, ar: ر, fr: R, provinces: [{code: ktama, kind: province, ar: كتامة, fr: Ktama},"
                    " {code: katama, kind: province, ar: كاتامة, fr: Katama}]}]", encoding="utf-8")  # fmt: skip
    places = read_places(file)
    assert places.match("Ktama") is places.province("ktama")  # the whole name still says which
    assert places.match("Kotama") is None  # "ktm" is both's skeleton: neither is guessed


def test_a_broken_places_file_is_refused_naming_what_is_wrong(tmp_path: Path) -> None:
    bad = tmp_path / "places.yaml"
    for text, says in [
        ("regions: 3", "no list of regions"),
        ("regions: [{code: a, ar: أ, fr: A, provinces: []}]", "no provinces"),
        ("regions: [{code: a, ar: أ, fr: A, provinces: [{code: a, kind: province, ar: ب, fr: B}]}]", "repeated"),
        ("regions: [{code: a, ar: أ, fr: A, provinces: [{code: b, kind: city, ar: ب, fr: B}]}]", "neither"),
        ("regions: [{code: a, ar: أ, fr: A, provinces: [{code: b, kind: province, fr: B}]}]", "Arabic or French"),
    ]:
        bad.write_text(text, encoding="utf-8")
        with pytest.raises(PlacesFileError, match=says):
            read_places(bad)


def test_a_spreadsheet_cell_is_read_back_as_an_export_writes_it() -> None:
    """Official names and codes are the province; any other text stays as typed (an old record's province exported and
    imported back is unchanged; an import never guesses)."""
    from kinds_form import kinds_forms

    from app.core.field_types import TYPES, InputContext

    spec = kinds_forms().get("kinds").field("province")
    assert spec is not None
    context = InputContext(draft=False, lang="fr", record_named=lambda spec, text: text)
    read = {cell: TYPES["province"].from_sheet(spec, {"": cell}, context)
            for cell in ("Province de Tiznit", "إقليم تيزنيت", "Tiznit Province", "tiznit", "Tiznit", "تزنيت", "Paris",
                         "  ", None)}  # fmt: skip
    assert read == {"Province de Tiznit": "tiznit", "إقليم تيزنيت": "tiznit", "Tiznit Province": "tiznit",
                    "tiznit": "tiznit", "Tiznit": "Tiznit", "تزنيت": "تزنيت", "Paris": "Paris", "  ": None, None: None}  # fmt: skip


@pytest.mark.parametrize(("key", "value"), [("region", "regoin"), ("region", "commune"), ("commune", "region")])
def test_a_province_naming_a_field_the_form_lacks_is_refused(key: str, value: str) -> None:
    from app.core.errors import FormDefinitionError
    from app.core.forms import parse_form

    source = f"""\
form: sample
version: 1
label: {{ar: ع, fr: E, en: S}}
sections:
  - name: main
    label: {{ar: ع, fr: E, en: S}}
    fields:
      - {{name: region, type: select_one, label: {{ar: ج, fr: R, en: R}}, choices: [{{value: oriental, ar: ش, fr: O, en: O}}]}}
      - {{name: commune, type: text, label: {{ar: ج, fr: C, en: C}}}}
      - {{name: province, type: province, {key}: {value}, label: {{ar: إ, fr: P, en: P}}}}
"""
    with pytest.raises(FormDefinitionError) as caught:
        parse_form(source, file="sample.yaml", stem="sample")
    assert (caught.value.code, caught.value.params["key"]) == ("form_bad_value", key)
    assert caught.value.field_path == "province" and "province" in caught.value.message("fr")
    fine = parse_form(
        source.replace(f"{key}: {value}", "region: region, commune: commune"), file="s.yaml", stem="sample"
    )
    assert fine.field("province").region_field == "region"  # type: ignore[union-attr]
