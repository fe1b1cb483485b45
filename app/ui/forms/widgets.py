"""One widget per field type, chosen from the field's spec: adding a field to a form file needs no code here."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.core.forms import FieldSpec
from app.ui.forms.base import FieldWidget
from app.ui.forms.choices import ReferenceWidget, SelectMultipleWidget, SelectOneWidget
from app.ui.forms.context import FieldContext
from app.ui.forms.date_geo import DateWidget, GeopointWidget
from app.ui.forms.group import GroupEntry, GroupWidget
from app.ui.forms.photos import PhotoDialog, PhotosWidget
from app.ui.forms.places import ProvinceWidget
from app.ui.forms.text_inputs import LongTextWidget, NumberWidget, PhoneWidget, TextWidget

WIDGET_TYPES: dict[str, type[FieldWidget]] = {
    "text": TextWidget,
    "long_text": LongTextWidget,
    "integer": NumberWidget,
    "decimal": NumberWidget,
    "date": DateWidget,
    "select_one": SelectOneWidget,
    "select_multiple": SelectMultipleWidget,
    "phone": PhoneWidget,
    "reference": ReferenceWidget,
    "geopoint": GeopointWidget,
    "photos": PhotosWidget,
    "group": GroupWidget,
    "province": ProvinceWidget,
}


def create_field_widget(spec: FieldSpec, context: FieldContext, parent: QWidget | None = None) -> FieldWidget:
    """The widget for `spec`; a group gets this factory to build the fields of its entries."""
    if spec.type == "group":
        return GroupWidget(spec, context, parent, make_widget=create_field_widget)
    return WIDGET_TYPES[spec.type](spec, context, parent)


__all__ = [
    "WIDGET_TYPES",
    "DateWidget",
    "FieldWidget",
    "GeopointWidget",
    "GroupEntry",
    "GroupWidget",
    "LongTextWidget",
    "NumberWidget",
    "PhoneWidget",
    "PhotoDialog",
    "PhotosWidget",
    "ProvinceWidget",
    "ReferenceWidget",
    "SelectMultipleWidget",
    "SelectOneWidget",
    "TextWidget",
    "create_field_widget",
]
