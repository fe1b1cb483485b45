"""The indicators (app/db/indicators.py) as rows of words and numbers in a language: what the indicator report
(PDF), its workbook (XLSX) and the window's home show, alike. An unknown figure is the word for unknown, never 0.
No SQL and no Qt here: the figures are read already."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.forms import FormRegistry
from app.core.messages import translate
from app.db.indicators import ATTENDANCE, Indicators, Share, Sum

SECTIONS = ("ind_section_cooperatives", "ind_section_visits", "ind_section_workshops", "ind_section_recommendations")


@dataclass(frozen=True)
class Cell:
    value: int | float | None  # the number (a share: its percent); None: unknown
    text: str  # as shown
    basis: str = ""  # what a partial figure rests on ("cooperatives reporting: 2"), else ""


@dataclass(frozen=True)
class Row:
    key: str  # which figure: "cooperatives_supported", "visits", "purpose:diagnosis", "recommendations_overdue"...
    section: str  # its section's message code (SECTIONS)
    label: str
    current: Cell
    previous: Cell
    part: bool = False  # a part of the row above it ("of which new")


def percent(value: float, lang: str) -> str:
    shown = round(value)
    return f"{shown}\u202f%" if lang == "fr" else f"{shown}%"


def indicator_rows(found: Indicators, forms: FormRegistry, lang: str) -> list[Row]:
    def t(code: str, **params: object) -> str:
        return translate(code, lang, **params)

    unknown = t("ind_unknown")

    def count(value: int | None) -> Cell:
        return Cell(None, unknown) if value is None else Cell(value, str(value))

    def summed(figure: Sum, basis: str) -> Cell:
        if figure.value is None:
            return Cell(None, unknown)
        return Cell(figure.value, str(figure.value), t(basis, count=figure.based_on))

    def share(figure: Share) -> Cell:
        value = figure.percent
        if figure.part is None or value is None:
            return Cell(None, unknown)
        text = t("ind_share", part=figure.part, whole=figure.whole, percent=percent(value, lang))
        return Cell(round(value, 1), text, t("ind_basis_cooperatives", count=figure.based_on))

    rows: list[Row] = []

    def add(key: str, section: int, label: str, make: object, *, part: bool = False) -> None:
        assert callable(make)
        rows.append(Row(key, SECTIONS[section], label, make(found.current), make(found.previous), part))

    add("cooperatives_supported", 0, t("ind_cooperatives_supported"), lambda f: count(f.cooperatives_supported))
    add("cooperatives_new", 0, t("ind_cooperatives_new"), lambda f: count(f.cooperatives_new), part=True)
    add("members_total", 0, t("ind_members_total"), lambda f: summed(f.members, "ind_basis_cooperatives"))
    add("members_women", 0, t("ind_members_women"), lambda f: share(f.women), part=True)
    add("members_under_35", 0, t("ind_members_under_35"), lambda f: share(f.under_35), part=True)
    add("visits", 1, t("ind_visits"), lambda f: count(f.visits))
    for purpose, label in _purposes(found, forms, lang):
        add(f"purpose:{purpose or ''}", 1, label,
            lambda f, p=purpose: count(f.visits_by_purpose.get(p, 0)), part=True)  # fmt: skip
    add("workshops", 2, t("ind_workshops"), lambda f: count(f.workshops))
    add("participants", 2, t("ind_participants"), lambda f: summed(f.participants, "ind_basis_workshops"))
    for name in ATTENDANCE:
        add(name, 2, t(f"ind_{name}"), lambda f, n=name: summed(f.attendance[n], "ind_basis_workshops"), part=True)
    add("recommendations_made", 3, t("ind_recommendations_made"), lambda f: count(f.recommendations_made))
    add("recommendations_done", 3, t("ind_recommendations_done"), lambda f: count(f.recommendations_done), part=True)
    add("recommendations_overdue", 3, t("ind_recommendations_overdue"), lambda f: count(f.recommendations_overdue),
        part=True)  # fmt: skip
    return rows


def _purposes(found: Indicators, forms: FormRegistry, lang: str) -> list[tuple[str | None, str]]:
    """The purposes seen in either period, in the order of the form's choices, then any other value, then none."""
    seen: set[str | None] = set(found.current.visits_by_purpose) | set(found.previous.visits_by_purpose)
    spec = forms.get("visit").field("purpose")
    ordered: list[tuple[str | None, str]] = []
    for choice in spec.choices if spec is not None else ():
        if choice.value in seen:
            ordered.append((choice.value, choice.label[lang]))
    known = {value for value, _ in ordered}
    ordered += [(value, value) for value in sorted(v for v in seen if v is not None and v not in known)]
    if None in seen:
        ordered.append((None, translate("ind_purpose_not_given", lang)))
    return ordered
