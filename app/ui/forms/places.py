"""A province or prefecture chosen from Morocco's official list, narrowed by the form's region and completing its
commune (app/core/field_types/places.py).

The list shows the provinces of the region chosen, or every province under its region's heading when none is. Choosing
a province sets the region; changing the region drops a province outside it. A province typed as text before the
list (an older record) is shown as typed, marked so, until someone chooses from the list. The commune field named by
the field's `commune` key completes from the communes already recorded for the province.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QWidget

from app.core.forms import FieldSpec
from app.core.name_folding import name_key
from app.core.places import Province, official_places
from app.ui.forms.base import FieldWidget, as_text
from app.ui.forms.choices import SelectOneWidget
from app.ui.forms.context import FieldContext
from app.ui.forms.text_inputs import TextWidget
from app.ui.grid import TIGHT, on_grid

_CODE_ROLE = Qt.ItemDataRole.UserRole


class ProvinceWidget(FieldWidget):
    def __init__(self, spec: FieldSpec, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(spec, context, parent)
        self.places = official_places()
        self.region: SelectOneWidget | None = None
        self.commune: TextWidget | None = None
        self.communes = QStringListModel(self)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(20)
        self.combo.setMaxVisibleItems(20)
        self.combo.currentIndexChanged.connect(self._chosen)
        layout = on_grid(QHBoxLayout(self), spacing=TIGHT)
        layout.addWidget(self.combo)
        self.setFocusProxy(self.combo)
        self._value: str = ""  # the code chosen, or the text an older record holds
        self._fill()

    # --- the contract -------------------------------------------------------------------------------------------
    def value(self) -> str:
        return self._value

    def _display(self, value: Any) -> None:
        self._value = as_text(value).strip()
        self._fill()
        self._complete_communes()

    def link_fields(self, widgets: dict[str, FieldWidget]) -> None:
        region = widgets.get(self.spec.region_field or "")
        if isinstance(region, SelectOneWidget):
            self.region = region
            region.combo.currentIndexChanged.connect(self._region_shown)  # a record loaded, or the user's choice
            region.value_changed.connect(self._region_edited)  # the user's choice only
        commune = widgets.get(self.spec.commune_field or "")
        if isinstance(commune, TextWidget):
            self.commune = commune
            completer = QCompleter(self.communes, commune)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            commune.edit.setCompleter(completer)
        self._fill()

    # --- behaviour ----------------------------------------------------------------------------------------------
    def _official(self) -> Province | None:
        return self.places.province(self._value)

    def _region_code(self) -> str:
        return self.region.value() if self.region is not None else ""

    def _fill(self) -> None:
        """The list for the region shown, the current value selected (kept even when outside it: a draft's)."""
        lang = self.context.lang
        region = self.places.region(self._region_code())
        regions = [region] if region is not None else list(self.places.regions)
        with self.loading():
            self.combo.blockSignals(True)
            self.combo.clear()
            self.combo.addItem("", "")
            model = self.combo.model()
            for shown in regions:
                if len(regions) > 1:  # every province under its region's name, which is not choosable
                    self.combo.addItem(shown.names[lang], None)
                    heading = model.item(self.combo.count() - 1) if isinstance(model, QStandardItemModel) else None
                    if heading is not None:
                        heading.setEnabled(False)
                        font = QFont(heading.font())
                        font.setBold(True)
                        heading.setFont(font)
                for province in sorted(shown.provinces, key=lambda p: name_key(p.names[lang])):  # ال aside
                    self.combo.addItem(province.official(lang), province.code)
            if self._value and self.combo.findData(self._value, _CODE_ROLE) < 0:
                official = self._official()
                # A province outside the region (a draft's), or a text typed before the list, shown as it is.
                label = official.official(lang) if official else self.tr("%1 (as typed)").replace("%1", self._value)
                self.combo.addItem(label, self._value)
            self.combo.setCurrentIndex(max(self.combo.findData(self._value, _CODE_ROLE), 0) if self._value else 0)
            self.combo.blockSignals(False)

    def _chosen(self, index: int) -> None:
        data = self.combo.itemData(index, _CODE_ROLE)
        if self._loading or not isinstance(data, str):
            return
        self._value = data
        official = self._official()
        if official is not None and self.region is not None and self.region.value() != official.region:
            self.region.set_value(official.region)  # muted: this widget's change carries the region's
            self._fill()
        self._complete_communes()
        self._edited()

    def _region_shown(self) -> None:
        self._fill()

    def _region_edited(self) -> None:
        official = self._official()
        if official is not None and self._region_code() and official.region != self._region_code():
            self._value = ""  # the region changed under it: choose again among the region's provinces
            self._fill()
            self._complete_communes()
            self._edited()

    def _complete_communes(self) -> None:
        lookup = getattr(self.context, "communes", None)
        official = self._official()
        self.communes.setStringList(lookup(official.code) if lookup is not None and official is not None else [])
