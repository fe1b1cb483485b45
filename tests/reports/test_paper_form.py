"""Paper forms (app/reports/paper_form.py): printed blank or pre-filled, read back with pdftotext and pdfplumber.

Every section heading and field label of the form (required ones marked), read back in the form's order; every
choice between its field's label and the next; tick boxes beside their labels (on the label's right in Arabic,
its left in French); a pre-filled form's values, and one cross per chosen value; the QR code of every page, decoded.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from kinds_form import kinds_forms

from app.core.errors import InvalidInput
from app.core.forms import FieldSpec, FormRegistry, FormSpec, check_references, parse_form
from app.core.messages import translate
from app.core.paper_code import blank_code, record_code
from app.db.demo import demo_id
from app.db.store import Store
from app.reports.paper_boxes import TICK
from app.reports.paper_form import MOST_TICK_BOXES, build_paper
from app.reports.text_layout import TextEngine

CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
INK = (0.051, 0.235, 0.549)  # paper_boxes.INK (#0D3C8C)


def is_ink(color: Any) -> bool:
    """pdfplumber gives a stroke's colour to six places and a glyph's to two."""
    return color is not None and len(color) == 3 and all(abs(a - b) < 0.006 for a, b in zip(color, INK, strict=True))


def pdftotext(pdf: bytes, tmp_path: Path, page: int | None = None) -> str:
    """The text poppler copies, bidi marks dropped, every run of white space one space (a label wrapped over two
    lines reads as one)."""
    path = tmp_path / "paper.pdf"
    path.write_bytes(pdf)
    pages = ["-f", str(page), "-l", str(page)] if page else []
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"], capture_output=True,
                          encoding="utf-8", check=True).stdout  # fmt: skip
    return " ".join(text.translate(CONTROLS).split())


def printed_labels(form: FormSpec, lang: str) -> Iterator[tuple[str, list[str]]]:
    """What the page must show, in order: each section's heading, then each field's label (with ` *` when it is
    required) and the labels of its choices (or of a group's fields)."""
    for section in form.sections:
        yield section.label[lang], []
        for spec in section.fields:
            yield from _field_labels(spec, lang)


def _field_labels(spec: FieldSpec, lang: str) -> Iterator[tuple[str, list[str]]]:
    label = spec.label[lang] + (" *" if spec.required else "")
    choices = [choice.label[lang] for choice in spec.choices] if len(spec.choices) <= MOST_TICK_BOXES else []
    yield label, choices
    for sub in spec.fields:
        yield from _field_labels(sub, lang)


def assert_labels_in_order(read: Any, form: FormSpec, lang: str) -> None:
    """Every label on the pages read back by pdfplumber (tests/reports/conftest.py: each line's glyphs checked
    against the bidi display of the expected text), each below the one before, and every choice between its
    field's label and the next label."""
    spots: list[tuple[int, float]] = []
    expected = list(printed_labels(form, lang))
    for label, _ in expected:
        spot = find_after(read, label, spots[-1] if spots else (0, -1e9))
        assert spot is not None, (label, spots[-1:])
        spots.append(spot)
    for index, (label, choices) in enumerate(expected):
        following = spots[index + 1] if index + 1 < len(spots) else (10**6, 0.0)
        for choice in choices:
            spot = find_after(read, choice, spots[index])
            assert spot is not None and spot < following, (label, choice)


def find_after(read: Any, text: str, after: tuple[int, float]) -> tuple[int, float] | None:
    """Where `text` (logical order, maybe over several lines) first shows below the point `after`, as (page, minus
    the baseline)."""
    words = [word for word in text.split(" ") if word]
    strong = next((ch for ch in text if unicodedata.bidirectional(ch) in ("L", "R", "AL")), "L")
    direction = "L" if unicodedata.bidirectional(strong) == "L" else "R"
    for index, segment in enumerate(read.segments):
        spot = (segment.page, -segment.baseline)
        if spot > after and read._match(index, words, 0, direction) is not None:
            return spot
    return None


def assert_text_in_order(text: str, form: FormSpec, lang: str) -> None:
    """Every label in what pdftotext copies from a blank form, in the form's order."""
    position = 0
    for label, _ in printed_labels(form, lang):
        found = text.find(label, position)
        assert found >= 0, f"{label!r} missing after position {position}: {text[position : position + 300]!r}"
        position = found + len(label)


@pytest.fixture(scope="module")
def paper(demo_store: Store, engine: TextEngine) -> Callable[..., bytes]:
    made: dict[tuple[str, str, str | None], bytes] = {}

    def build(form: str, lang: str, key: str | None = None) -> bytes:
        if (form, lang, key) not in made:
            record_id = demo_id(key) if key else None
            made[form, lang, key] = build_paper(demo_store, form=form, lang=lang, record_id=record_id,
                                                organisation="شبكة الجمعيات", engine=engine).pdf  # fmt: skip
        return made[form, lang, key]

    return build


@pytest.mark.parametrize("lang", ["ar", "fr"])
@pytest.mark.parametrize("form", ["cooperative", "visit"])
def test_a_blank_form_shows_every_label_of_its_definition_in_order(
    paper: Callable[..., bytes], demo_store: Store, pdf_text: Any, tmp_path: Path, form: str, lang: str
) -> None:
    spec = demo_store.forms.get(form)
    text = pdftotext(paper(form, lang), tmp_path)
    assert_text_in_order(text, spec, lang)
    assert_labels_in_order(pdf_text(paper(form, lang), rtl=lang == "ar"), spec, lang)
    assert {"ar": "* خانة إلزامية", "fr": "* champ obligatoire"}[lang] in text
    # A repeated group comes with blank entries to fill in: "Recommandations (n° 3)".
    for group in (field for field in spec.fields if field.type == "group"):
        entry = {number: translate("paper_entry", lang, group=group.label[lang], number=number) for number in (3, 4)}
        assert entry[3] in text and entry[4] not in text


def test_every_page_carries_the_code_and_its_text(
    paper: Callable[..., bytes], demo_store: Store, tmp_path: Path
) -> None:
    pdf = paper("visit", "fr", "visit-imdoukal")
    record = demo_store.get(demo_id("visit-imdoukal"))
    code = record_code("visit", record.id, record.version)
    pages = len(pdfplumber.open(io.BytesIO(pdf)).pages)
    assert pages >= 2
    for page in range(1, pages + 1):
        assert code in pdftotext(pdf, tmp_path, page)
    blank = paper("cooperative", "ar")
    assert blank_code("cooperative", demo_store.forms.get("cooperative").version) in pdftotext(blank, tmp_path, 1)


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools is not installed (apt-get install zbar-tools)")
def test_the_qr_code_of_every_page_decodes_to_the_record_and_its_version(
    paper: Callable[..., bytes], demo_store: Store, tmp_path: Path
) -> None:
    record = demo_store.get(demo_id("cooperative-tanfnit"))
    for pdf, expected in ((paper("cooperative", "ar", "cooperative-tanfnit"), record_code("cooperative", record.id,
                                                                                             record.version)),
                          (paper("visit", "fr"), blank_code("visit", demo_store.forms.get("visit").version))):  # fmt: skip
        path = tmp_path / "qr.pdf"
        path.write_bytes(pdf)
        # The band above the footer only (the bottom fifth of the page), at a resolution a cheap scanner matches.
        subprocess.run(["pdftoppm", "-r", "110", "-y", "1000", "-H", "286", "-png", str(path), str(tmp_path / "page")],
                       check=True)  # fmt: skip
        pages = sorted(tmp_path.glob("page-*.png"))
        assert len(pages) >= 2
        for png in pages:
            decoded = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, encoding="utf-8",
                                     check=False).stdout.split()  # fmt: skip
            assert decoded == [expected], png.name
            png.unlink()


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_tick_boxes_stand_beside_their_labels_on_the_starting_side(
    paper: Callable[..., bytes], demo_store: Store, pdf_text: Any, lang: str
) -> None:
    """In Arabic the box is on the label's right, in French on its left, a few points away, level with the label's
    first line."""
    pdf = paper("cooperative", lang)
    read = pdf_text(pdf, rtl=lang == "ar")
    boxes = _tick_boxes(pdf)
    choices = [choice.label[lang] for spec in demo_store.forms.get("cooperative").fields for choice in spec.choices]
    assert len(boxes) == len(choices)
    for label in choices:
        segments = read.find(label)
        assert segments is not None, label
        first = segments[0]
        beside = [(page, x0, x1, y0) for page, x0, x1, y0 in boxes if page == first.page
                  and first.baseline - 4 <= y0 + TICK / 2 <= first.baseline + 9]  # fmt: skip
        if lang == "ar":
            gaps = [x0 - first.x1 for _, x0, _, _ in beside if x0 > first.x1]
        else:
            gaps = [first.x0 - x1 for _, _, x1, _ in beside if x1 < first.x0]
        assert gaps and 3 <= min(gaps) <= 9, (label, gaps)


def _tick_boxes(pdf: bytes) -> list[tuple[int, float, float, float]]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [(number, float(rect["x0"]), float(rect["x1"]), float(rect["y0"]))
                for number, page in enumerate(document.pages, start=1) for rect in page.rects
                if abs(float(rect["width"]) - TICK) < 0.1 and abs(float(rect["height"]) - TICK) < 0.1]  # fmt: skip


def _crosses(pdf: bytes) -> int:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        lines = [line for page in document.pages for line in page.lines
                 if is_ink(line.get("stroking_color"))]  # fmt: skip
    assert len(lines) % 2 == 0
    return len(lines) // 2


def _ink_lines(pdf: bytes, page: int = 0) -> list[str]:
    """The characters written in the pen's colour, line by line (a value's digits in their boxes read as one)."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        chars = [c for c in document.pages[page].chars
                 if is_ink(c.get("non_stroking_color"))]  # fmt: skip
    rows: dict[float, list[dict[str, Any]]] = {}
    for char in chars:
        rows.setdefault(round(float(char["bottom"])), []).append(char)
    return ["".join(c["text"] for c in sorted(row, key=lambda c: float(c["x0"]))).translate(CONTROLS)
            for _, row in sorted(rows.items())]  # fmt: skip


def test_a_pre_filled_profile_shows_the_records_values_and_ticks_its_choices(
    paper: Callable[..., bytes], demo_store: Store, pdf_text: Any, tmp_path: Path
) -> None:
    record = demo_store.get(demo_id("cooperative-tanfnit"))
    form = demo_store.forms.get("cooperative")
    pdf = paper("cooperative", "fr", "cooperative-tanfnit")
    text = pdftotext(pdf, tmp_path)
    assert_labels_in_order(pdf_text(pdf, rtl=False), form, "fr")  # the same layout as the blank form
    assert record.data["name_fr"] in text and f"version {record.version} de la fiche" in text
    chosen = 0
    for spec in form.fields:
        value = record.data.get(spec.name)
        if spec.choices and value:
            chosen += len(value) if isinstance(value, list) else 1
    assert chosen >= 3 and _crosses(pdf) == chosen
    assert _crosses(paper("cooperative", "fr")) == 0
    digits = [line for page in range(2) for line in _ink_lines(pdf, page)]
    assert str(record.data["members_total"]) in digits  # one digit per box, on one line


def test_a_pre_filled_visit_names_its_cooperative_and_writes_its_date_in_the_boxes(
    paper: Callable[..., bytes], demo_store: Store, tmp_path: Path
) -> None:
    visit = demo_store.get(demo_id("visit-imdoukal"))
    pdf = paper("visit", "ar", "visit-imdoukal")
    cooperative = demo_store.title_of(visit.data["cooperative"], "ar")
    assert cooperative and cooperative in pdftotext(pdf, tmp_path)
    day = visit.data["visit_date"]  # 2025-05-17 -> 17 05 2025, left to right in an Arabic page too
    assert day[8:10] + day[5:7] + day[:4] in _ink_lines(pdf)
    assert visit.id not in _ink_lines(pdf)  # the title names the cooperative, not its id


MANY = "\n".join(f"          - {{value: c{n}, ar: خيار {n}, fr: Choix {n}, en: Choice {n}}}" for n in range(40))


def test_any_form_of_any_field_type_prints_blank_and_filled(tmp_path: Path, engine: TextEngine) -> None:
    """A form the code has never seen (every field type; a list of 40 choices, written in rather than ticked)."""
    forms = list(kinds_forms())
    extra = parse_form(f"""\
form: extra
version: 3
label: {{ar: إضافية, fr: Supplémentaire, en: Extra}}
title_fields: [count]
sections:
  - name: main
    label: {{ar: رئيسي, fr: Principal, en: Main}}
    fields:
      - {{name: count, type: integer, required: true, max: 999, label: {{ar: العدد, fr: Nombre, en: Count}}}}
      - name: many
        type: select_one
        label: {{ar: قائمة طويلة, fr: Longue liste, en: Long list}}
        choices:
{MANY}
""", file="extra.yaml", stem="extra")  # fmt: skip
    check_references([*forms, extra])
    registry = FormRegistry([*forms, extra])
    with Store.open(tmp_path / "kinds.db", forms=registry, author="فاطمة", device_name="l") as store:
        place = store.create("place", {"name": "Tiznit"})
        kinds = store.create("kinds", {
            "text": "Bonjour", "long_text": "Première ligne\nSeconde ligne", "integer": 12345678, "decimal": 12.5,
            "date": "2025-05-17", "select_one": "argan", "select_multiple": ["olives", "dairy"],
            "phone": "0612345678", "reference": place, "geopoint": {"lat": 29.7, "lon": -9.73},
            "group": [{"what": "Former", "kind": "olives", "place": place}]})  # fmt: skip
        counted = store.create("extra", {"count": 7, "many": "c31"})
        for lang in ("ar", "fr"):
            blank = build_paper(store, form="kinds", lang=lang, engine=engine).pdf
            blank_text = pdftotext(blank, tmp_path)
            assert_text_in_order(blank_text, store.forms.get("kinds"), lang)
            assert {"ar": "عدد الصور الملتقطة", "fr": "Nombre de photos prises"}[lang] in blank_text
        filled = build_paper(store, form="kinds", lang="fr", record_id=kinds, engine=engine).pdf
        text = pdftotext(filled, tmp_path)
        for value in ("Bonjour", "Première ligne", "Seconde ligne", "Tiznit", "Former", "29.700000", "-9.730000"):
            assert value in text, value
        ink = [
            line for page in range(len(pdfplumber.open(io.BytesIO(filled)).pages)) for line in _ink_lines(filled, page)
        ]
        # 12,50 in its boxes; 8 digits where 6 boxes are drawn for a number without a maximum: two boxes more
        assert {"12345678", "1250", "17052025", "0612345678"} <= set(ink), ink
        assert _crosses(filled) == 1 + 2 + 1  # argan; olives and dairy; the group entry's kind
        extra_pdf = build_paper(store, form="extra", lang="fr", record_id=counted, engine=engine).pdf
        text = pdftotext(extra_pdf, tmp_path)
        assert "Nombre *" in text and "Écrivez le choix tel qu'il figure dans la liste" in text
        assert "Choix 31" in text and "Choix 30" not in text and _crosses(extra_pdf) == 0
        assert record_code("extra", counted, 1) in text


@pytest.mark.parametrize(
    ("form", "lang", "record", "code"),
    [
        ("nothing", "fr", None, "unknown_form"),
        ("cooperative", "de", None, "report_unknown_language"),
        ("cooperative", "ar", "12345", "record_not_found"),
        ("visit", "ar", "cooperative-tanfnit", "report_wrong_form"),
    ],
)
def test_what_cannot_be_printed_is_refused_with_its_reason(
    demo_store: Store, engine: TextEngine, form: str, lang: str, record: str | None, code: str
) -> None:
    record_id = demo_id(record) if record and not record.isdigit() else record
    with pytest.raises(InvalidInput) as refused:
        build_paper(demo_store, form=form, lang=lang, record_id=record_id, engine=engine)
    assert refused.value.code == code
    assert re.search(r"\S", refused.value.message("ar"))


def test_a_value_longer_than_its_line_is_written_whole_over_more_lines(
    store: Store, engine: TextEngine, tmp_path: Path
) -> None:
    """A one-line field's value is what the president checks: it goes on to further lines, never cut."""
    long_name = " ".join(f"Coopérative{n}" for n in range(30))
    record_id = store.create("cooperative", {"name_ar": "تعاونية", "name_fr": long_name})
    pdf = build_paper(store, form="cooperative", lang="fr", record_id=record_id, engine=engine).pdf
    text = pdftotext(pdf, tmp_path)
    assert all(f"Coopérative{n}" in text for n in range(30))


# --- when a field applies (app/reports/paper_conditions.py) -----------------------------------------------------------

SHIPPED_NOTES = {  # field -> its note on the blank form, as a person reads it (worked out by hand from forms/*.yaml)
    ("cooperative", "fr"): {"Autres difficultés": "Seulement si « Autre » est coché dans « Difficultés rencontrées »"},
    ("cooperative", "ar"): {"صعوبات أخرى": "فقط إذا اختير «أخرى» في «الصعوبات والإكراهات»"},
    ("visit", "fr"): {"Note de réalisation": "Seulement si le champ « Réalisée le » est rempli"},
    ("visit", "ar"): {"ملاحظة الإنجاز": "فقط إذا مُلئت خانة «تاريخ الإنجاز»"},
}


def assert_note_follows(text: str, label: str, note: str, count: int = 1) -> None:
    """`note` right after each of the `count` occurrences of `label` (a label with a hint reads before the hint)."""
    starts = [match.start() for match in re.finditer(re.escape(label), text)]
    assert len(starts) == count, (label, len(starts))
    for start in starts:
        after = text[start + len(label) :].lstrip(" *")
        assert after.startswith(note), (label, note, after[:120])


@pytest.mark.parametrize("lang", ["ar", "fr"])
@pytest.mark.parametrize("form", ["cooperative", "visit"])
def test_a_field_shown_only_under_a_condition_says_when_beside_its_label(
    paper: Callable[..., bytes], demo_store: Store, tmp_path: Path, form: str, lang: str
) -> None:
    text = pdftotext(paper(form, lang), tmp_path)
    entries = 3 if form == "visit" else 1  # the note of a group's field in each of its blank entries
    for label, note in SHIPPED_NOTES[form, lang].items():
        assert_note_follows(text, label, note, entries)
    only_if = translate("paper_only_if", lang, condition="")
    assert text.count(only_if.strip()) == entries  # no note on a field that always applies


CONDITIONS = """\
form: conds
version: 1
label: {ar: شروط, fr: Conditions, en: Conditions}
title_fields: [kind]
sections:
  - name: main
    label: {ar: رئيسي, fr: Principal, en: Main}
    fields:
      - name: kind
        type: select_one
        label: {ar: النوع, fr: Type, en: Kind}
        choices: [{value: argan, ar: أركان, fr: Argan, en: Argan}, {value: olives, ar: زيتون, fr: Olives, en: Olives}]
      - name: tags
        type: select_multiple
        label: {ar: الوسوم, fr: Étiquettes, en: Tags}
        choices: [{value: argan, ar: أركان, fr: Argan, en: Argan}, {value: olives, ar: زيتون, fr: Olives, en: Olives}]
      - {name: size, type: integer, label: {ar: الحجم, fr: Taille, en: Size}}
      - {name: day, type: date, label: {ar: التاريخ, fr: Jour, en: Day}}
      - {name: if_argan, type: text, relevant: "kind = 'argan'", label: {ar: حقل ١, fr: Champ un, en: One}}
      - {name: not_olives, type: text, relevant: "not (kind = 'olives')", label: {ar: حقل ٢, fr: Champ deux, en: Two}}
      - name: tagged
        type: text
        relevant: "selected(tags, 'olives') and 10 <= size"
        label: {ar: حقل ٣, fr: Champ trois, en: Three}
      - name: dated
        type: text
        relevant: "day < '2025-05-17' or day >= today()"
        label: {ar: حقل ٤, fr: Champ quatre, en: Four}
      - {name: no_size, type: text, relevant: "size = null", label: {ar: حقل ٥, fr: Champ cinq, en: Five}}
      - name: neither
        type: text
        relevant: "not (selected(kind, 'argan') or size < 3)"
        label: {ar: حقل ٦, fr: Champ six, en: Six}
      - name: items
        type: group
        label: {ar: البنود, fr: Éléments, en: Items}
        max_items: 1
        fields:
          - {name: what, type: text, label: {ar: البند, fr: Quoi, en: What}}
          - {name: done, type: date, label: {ar: تاريخ الإنجاز, fr: Fait le, en: Done on}}
          - {name: how, type: long_text, relevant: "done != null", label: {ar: كيف, fr: Comment, en: How}}
      - {name: counted, type: text, relevant: "count(items) > 0", label: {ar: حقل ٧, fr: Champ sept, en: Seven}}
      - {name: later, type: text, relevant: "today() <= day", label: {ar: حقل ٨, fr: Champ huit, en: Eight}}
      - {name: no_items, type: text, relevant: "count(items) = 0", label: {ar: حقل ٩, fr: Champ neuf, en: Nine}}
      - {name: old, type: text, relevant: "old != null", label: {ar: حقل قديم, fr: Ancien champ, en: Old}}
      - {name: never, type: text, relevant: "false", label: {ar: حقل مخفي, fr: Champ caché, en: Hidden}}
"""

CONDITION_NOTES = {  # every kind of rule, in the words a person reads (worked out by hand)
    "fr": {
        "Champ un": "Seulement si « Type » est « Argan »",
        "Champ deux": "Seulement si « Type » n'est pas « Olives »",
        "Champ trois": "Seulement si « Olives » est coché dans « Étiquettes » et « Taille » est supérieur ou égal à 10",
        "Champ quatre": "Seulement si « Jour » est avant le 17/05/2025 ou « Jour » est aujourd'hui ou après",
        "Champ cinq": "Seulement si le champ « Taille » est vide",
        "Champ six": "Seulement si « Type » n'est pas « Argan » et « Taille » est supérieur ou égal à 3",
        "Comment": "Seulement si le champ « Fait le » est rempli",
        "Champ sept": "Seulement si le nombre d'entrées de « Éléments » est supérieur à 0",
        "Champ huit": "Seulement si « Jour » est aujourd'hui ou après",
        "Champ neuf": "Seulement si le nombre d'entrées de « Éléments » est 0",
    },
    "ar": {
        "حقل ١": "فقط إذا كان «النوع» هو «أركان»",
        "حقل ٢": "فقط إذا لم يكن «النوع» هو «زيتون»",
        "حقل ٣": "فقط إذا اختير «زيتون» في «الوسوم» وكان «الحجم» أكبر من 10 أو يساويه",
        "حقل ٤": "فقط إذا كان «التاريخ» قبل يوم 17/05/2025 أو كان «التاريخ» في اليوم أو بعده",
        "حقل ٥": "فقط إذا بقيت خانة «الحجم» فارغة",
        "حقل ٦": "فقط إذا لم يكن «النوع» هو «أركان» وكان «الحجم» أكبر من 3 أو يساويه",
        "كيف": "فقط إذا مُلئت خانة «تاريخ الإنجاز»",
        "حقل ٧": "فقط إذا كان عدد إدخالات «البنود» أكبر من 0",
        "حقل ٨": "فقط إذا كان «التاريخ» في اليوم أو بعده",
        "حقل ٩": "فقط إذا كان عدد إدخالات «البنود» هو 0",
    },
}


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_every_kind_of_rule_is_said_in_words_after_its_label(tmp_path: Path, engine: TextEngine, lang: str) -> None:
    form = parse_form(CONDITIONS, file="conds.yaml", stem="conds")
    with Store.open(tmp_path / "conds.db", forms=FormRegistry([form]), author="a", device_name="l") as store:
        blank = pdftotext(build_paper(store, form="conds", lang=lang, engine=engine).pdf, tmp_path)
        record = store.create("conds", {"kind": "argan", "old": "كتب قبل"})
        filled = pdftotext(build_paper(store, form="conds", lang=lang, record_id=record, engine=engine).pdf, tmp_path)
    for label, note in CONDITION_NOTES[lang].items():
        assert_note_follows(blank, label, note)
        assert_note_follows(filled, label, note)
    old, hidden = {"fr": ("Ancien champ", "Champ caché"), "ar": ("حقل قديم", "حقل مخفي")}[lang]
    # A field the window shows only where it has a value: not on the blank paper, on the record's without a note.
    assert old not in blank and old in filled and "كتب قبل" in filled
    only_if = translate("paper_only_if", lang, condition="").strip()
    assert not filled[filled.index(old) + len(old) :].lstrip().startswith(only_if)
    assert hidden not in blank and hidden not in filled
    assert translate("paper_only_some_cases", lang) not in blank
