"""The province field of the cooperative and workshop forms: chosen from the official list, narrowed by the region
(choosing a province sets the region; a new region drops a province outside it), an older record's province typed
as text shown and kept as it is, and the commune completed from the communes recorded for the province."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel

from app.core.places import official_places
from app.ui.forms.choices import SelectOneWidget
from app.ui.forms.places import ProvinceWidget
from app.ui.forms.text_inputs import TextWidget
from tests.ui.forms.conftest import EditorFactory, FakeContext


def _codes(widget: ProvinceWidget) -> list[str]:
    """The choosable provinces of the list, by code."""
    combo = widget.combo
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    return [combo.itemData(i) for i in range(combo.count())
            if combo.itemData(i) and model.item(i).isEnabled()]  # fmt: skip


def _choose(combo: object, code: str) -> None:
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    index = combo.findData(code)
    assert index > 0, code
    combo.setCurrentIndex(index)  # what a click in the open list does: currentIndexChanged, not muted


def test_the_region_narrows_the_provinces_and_a_province_sets_the_region(make_editor: EditorFactory) -> None:
    editor = make_editor("cooperative", lang="fr")
    province = editor.field_widget("province")
    region = editor.field_widget("region")
    assert isinstance(province, ProvinceWidget) and isinstance(region, SelectOneWidget)
    assert len(_codes(province)) == 75  # no region yet: every province and prefecture

    _choose(region.combo, "souss_massa")
    assert sorted(_codes(province)) == sorted(p.code for p in official_places().region("souss_massa").provinces)
    assert province.combo.itemText(province.combo.findData("tiznit")) == "Province de Tiznit"
    assert province.combo.itemText(province.combo.findData("agadir_ida_outanane")) == (
        "Préfecture d'Agadir Ida-Outanane"
    )

    # Another region: the list is that region's, and a province chosen there sets the region back.
    _choose(region.combo, "oriental")
    assert "tiznit" not in _codes(province) and "figuig" in _codes(province)
    region.set_value(None)
    assert len(_codes(province)) == 75
    _choose(province.combo, "tiznit")
    assert region.value() == "souss_massa"
    assert editor.data()["region"] == "souss_massa" and editor.data()["province"] == "tiznit"
    assert [p.path for p in editor.validate(draft=False)] == ["name_ar"]  # the province and region are fine


def test_a_new_region_drops_a_province_outside_it(make_editor: EditorFactory) -> None:
    editor = make_editor("cooperative")
    editor.set_data({"name_ar": "تعاونية الأمل", "region": "souss_massa", "province": "tiznit"})
    province = editor.field_widget("province")
    region = editor.field_widget("region")
    assert isinstance(province, ProvinceWidget) and isinstance(region, SelectOneWidget)
    assert province.combo.currentText() == "إقليم تيزنيت"
    _choose(region.combo, "draa_tafilalet")
    assert province.value() == "" and "tiznit" not in _codes(province)
    assert "province" not in editor.data()


def test_an_older_records_text_province_is_shown_kept_and_valid(make_editor: EditorFactory) -> None:
    editor = make_editor("cooperative", lang="fr")
    editor.set_data({"name_ar": "تعاونية الأمل", "province": "تزنيت", "commune": "تافراوت"})
    province = editor.field_widget("province")
    assert isinstance(province, ProvinceWidget)
    # Shown as typed, marked so (in the window's language: an earlier test may have installed a translation).
    assert province.combo.currentText() == province.tr("%1 (as typed)").replace("%1", "تزنيت")
    assert editor.data()["province"] == "تزنيت"  # kept as typed, not silently matched
    assert editor.validate(draft=False) == []
    search = editor.field_widget("region")
    assert isinstance(search, SelectOneWidget) and search.value() == ""  # nothing guessed
    _choose(province.combo, "tiznit")  # a person chooses the official one
    assert editor.data()["province"] == "tiznit" and editor.data()["region"] == "souss_massa"


class _WithCommunes(FakeContext):
    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.asked: list[str] = []

    def communes(self, province: str) -> list[str]:
        self.asked.append(province)
        return {"tiznit": ["Tafraout", "تيزنيت"], "khenifra": ["M'rirt", "أجلموس"]}.get(province, [])


def test_the_commune_completes_from_the_communes_of_the_province(make_editor: EditorFactory,
                                                                 context: FakeContext) -> None:  # fmt: skip
    communes = _WithCommunes("fr")
    context.communes = communes.communes  # type: ignore[attr-defined]
    editor = make_editor("workshop", lang="fr")
    province = editor.field_widget("province")
    commune = editor.field_widget("commune")
    assert isinstance(province, ProvinceWidget) and isinstance(commune, TextWidget)
    completer = commune.edit.completer()
    assert completer is not None and completer.filterMode() == Qt.MatchFlag.MatchContains
    assert province.communes.stringList() == []
    _choose(province.combo, "khenifra")
    assert communes.asked == ["khenifra"] and province.communes.stringList() == ["M'rirt", "أجلموس"]
    editor.set_data({"title": "Atelier", "province": "tiznit"})
    assert province.communes.stringList() == ["Tafraout", "تيزنيت"]


def test_without_a_region_field_every_province_is_under_its_regions_heading(make_editor: EditorFactory) -> None:
    editor = make_editor("workshop")
    province = editor.field_widget("province")
    assert isinstance(province, ProvinceWidget)
    model = province.combo.model()
    assert isinstance(model, QStandardItemModel)
    headings = [province.combo.itemText(i) for i in range(province.combo.count()) if not model.item(i).isEnabled()]
    assert headings == [region.names["ar"] for region in official_places().regions]
    assert len(_codes(province)) == 75
    _choose(province.combo, "agadir_ida_outanane")
    assert editor.data() == {"province": "agadir_ida_outanane"}
    assert province.combo.currentText() == "عمالة أكادير إداوتنان"
