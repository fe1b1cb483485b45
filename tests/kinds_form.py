"""A form with one field of every field type (and a form its references point at), shared by the tests of field
types (tests/core/test_field_types.py, tests/cli/test_field_type_roundtrip.py)."""

from __future__ import annotations

from app.core.forms import FormRegistry, check_references, parse_form

_CHOICES = (
    "{value: olives, ar: الزيتون وزيت الزيتون, fr: Olives et huile d'olive, en: Olives and olive oil}",
    "{value: argan, ar: الأركان, fr: Argan, en: Argan}",
    "{value: dairy, ar: الحليب ومشتقاته, fr: Lait et produits laitiers, en: Milk and dairy products}",
)


def _choices(indent: int) -> str:
    return "".join(f"\n{' ' * indent}- {choice}" for choice in _CHOICES)


CHOICES = _choices(10)

KINDS = f"""\
form: kinds
version: 1
label: {{ar: أنواع, fr: Types, en: Kinds}}
title_fields: [text]
sections:
  - name: main
    label: {{ar: رئيسي, fr: Principal, en: Main}}
    fields:
      - {{name: text, type: text, label: {{ar: نص, fr: Texte, en: Text}}}}
      - {{name: long_text, type: long_text, label: {{ar: نص طويل, fr: Texte long, en: Long text}}}}
      - {{name: integer, type: integer, label: {{ar: عدد, fr: Entier, en: Integer}}}}
      - {{name: decimal, type: decimal, label: {{ar: عشري, fr: Décimal, en: Decimal}}}}
      - {{name: date, type: date, label: {{ar: تاريخ, fr: Date, en: Date}}}}
      - name: select_one
        type: select_one
        label: {{ar: اختيار, fr: Choix, en: Choice}}
        choices:{CHOICES}
      - name: select_multiple
        type: select_multiple
        label: {{ar: اختيارات, fr: Choix multiples, en: Choices}}
        choices:{CHOICES}
      - {{name: phone, type: phone, label: {{ar: هاتف, fr: Téléphone, en: Phone}}}}
      - {{name: reference, type: reference, form: place, label: {{ar: مكان, fr: Lieu, en: Place}}}}
      - {{name: geopoint, type: geopoint, label: {{ar: موقع, fr: Position, en: Position}}}}
      - {{name: photos, type: photos, max_items: 5, label: {{ar: صور, fr: Photos, en: Photos}}}}
      - {{name: province, type: province, label: {{ar: إقليم, fr: Province, en: Province}}}}
      - name: group
        type: group
        label: {{ar: توصيات, fr: Recommandations, en: Recommendations}}
        item_title_field: what
        fields:
          - {{name: what, type: text, label: {{ar: ماذا, fr: Quoi, en: What}}}}
          - name: kind
            type: select_one
            label: {{ar: نوع, fr: Genre, en: Kind}}
            choices:{_choices(14)}
          - {{name: place, type: reference, form: place, label: {{ar: مكان, fr: Lieu, en: Place}}}}
"""

PLACE = """\
form: place
version: 1
label: {ar: مكان, fr: Lieu, en: Place}
title_fields: [name]
sections:
  - name: main
    label: {ar: رئيسي, fr: Principal, en: Main}
    fields:
      - {name: name, type: text, required: true, label: {ar: الاسم, fr: Nom, en: Name}}
"""


def kinds_forms() -> FormRegistry:
    forms = [parse_form(KINDS, file="kinds.yaml", stem="kinds"), parse_form(PLACE, file="place.yaml", stem="place")]
    check_references(forms)
    return FormRegistry(forms)
