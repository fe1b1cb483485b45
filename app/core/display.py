"""Record values as people read them, in a chosen language: the window's lists and titles, the command line's human
output and the reports. Dates in the one format per language of `app.core.dates` (17/05/2025 in Arabic and French,
2025-05-17 in English); machine output (JSON) keeps them ISO, as stored (`machine=True`).

`format_value` gives the value itself (reports lay it out); what names a record (`record_title`), the lines of
`taawun show` (`record_lines`) and every text wrapped in our own isolates (`isolate_ltr`) are made safe to show
(`app.core.shown`): control characters and bidi overrides from a file escaped, lengths bounded.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from app.core.field_types import TYPES, TitleLookup
from app.core.forms import FieldSpec, FormSpec
from app.core.shown import NAME_LIMIT, VALUE_LIMIT, Shown, shown_text

# Values that read left to right even inside Arabic text (a type's `left_to_right`). Wrapped in a left-to-right
# isolate (U+2066 … U+2069) when shown inside right-to-left text: Qt's layout otherwise shows "2025-05-17" as
# "17-05-2025" after Arabic words.
LEFT_TO_RIGHT_TYPES = frozenset(name for name, kind in TYPES.items() if kind.left_to_right)


def isolate_ltr(text: str) -> str:
    """`text` escaped (`shown_text`, not shortened), in a left-to-right isolate of ours: the only isolate left."""
    return Shown(f"\u2066{shown_text(text, limit=None)}\u2069") if text else text


def isolate_if_ltr(text: str) -> str:
    """A value shown in a table cell or a line of the window: in a left-to-right isolate when it holds no
    right-to-left letter (numbers, GPS points, dates, Latin words), so that its own order survives an Arabic
    cell ("-5.5834" read "5.5834-"); a value with Arabic letters is left to its cell's direction."""
    if not text or "\n" in text or any(unicodedata.bidirectional(char) in ("R", "AL") for char in text):
        return text  # an isolate ends with its line: several lines keep their own directions
    return isolate_ltr(text)


def isolate_name(text: str) -> str:
    """A name (an agent, a laptop, a record) escaped and bounded, in a first-strong isolate (U+2068 … U+2069): it
    keeps its own direction and leaves its neighbours theirs. Two Arabic names side by side in a French line
    ("فاطمة · حاسوب مريرت") otherwise make one right-to-left run, and show in reverse order."""
    return Shown(f"\u2068{shown_text(text)}\u2069") if text else text


# Parameters of messages that name a file, a folder or a server's address: they read left to right in every language.
# Inside an Arabic sentence an isolate keeps "/home/…/taawun.db" whole (its leading "/" otherwise moves to the far end).
PATH_PARAMS = frozenset(
    {"path", "folder", "file", "database", "db", "directory", "log", "backup", "target", "source", "url"}
)  # a server's address reads left to right too


def window_message(error: Any, lang: str) -> str:
    """The message of a `TaawunError` for a window (a label, a dialog, the status bar): as `error.message(lang)`,
    with the paths among its parameters in left-to-right isolates. The command line prints `error.message(lang)`:
    a terminal shows no isolates."""
    params = getattr(error, "params", None)
    if not isinstance(params, dict) or not PATH_PARAMS & params.keys():
        return str(error.message(lang))
    kind: Any = type(error)  # an exception class: its own __new__ (object's refuses exceptions)
    shown = kind.__new__(kind)  # a copy that is not built again: an error's __init__ varies
    shown.__dict__.update(vars(error))
    shown.params = {key: isolate_ltr(str(value)) if key in PATH_PARAMS and value else value
                    for key, value in params.items()}  # fmt: skip
    return str(shown.message(lang))


def format_value(
    spec: FieldSpec,
    value: Any,
    lang: str,
    *,
    titles: TitleLookup | None = None,
    isolate: bool = False,
    machine: bool = False,
) -> str:
    """A value as its field's type shows it in `lang` ("" for None): a date in the language's format, as lists show
    it (`app.core.dates`); `isolate`: a left-to-right value (a date, a number) in an isolate of its own, for a line
    of right-to-left text; `machine`: for output read by programs (JSON), a date as stored, ISO."""
    if value is None:
        return ""
    kind = spec.field_type
    if machine and kind.name == "date" and isinstance(value, str):
        return value
    if isolate and kind.left_to_right:
        return isolate_ltr(kind.display(spec, value, lang))
    return kind.display(spec, value, lang, titles=titles)


def record_title(
    form: FormSpec,
    data: dict[str, Any],
    lang: str,
    *,
    titles: TitleLookup | None = None,
    isolate: bool = False,
    machine: bool = False,
) -> str:
    """What names a record in a list: its form's title fields, formatted (`format_value`: a date as lists show it),
    each made safe to show, and joined. `isolate`: for the window (its dates keep their order in Arabic text);
    `machine`: for JSON output (dates ISO)."""
    parts = []
    for name in form.title_fields:
        spec = form.field(name)
        if spec is not None and data.get(name) is not None:
            text = shown_text(format_value(spec, data[name], lang, titles=titles, machine=machine), limit=NAME_LIMIT)
            parts.append(isolate_ltr(text) if isolate and spec.field_type.left_to_right else text)
    return Shown(" — ".join(parts))


def record_lines(form: FormSpec, data: dict[str, Any], lang: str, *, titles: TitleLookup | None = None) -> list[str]:
    """`Label: value` per filled field, section by section; empty fields are left out. Labels and values are made
    safe to show (a form and its records may come from another laptop); a long text keeps its lines."""
    lines = []
    for section in form.sections:
        filled = [spec for spec in section.fields if data.get(spec.name) is not None]
        if not filled:
            continue
        lines.append(f"[{shown_text(section.label[lang])}]")
        for spec in filled:
            label = shown_text(spec.label[lang])
            text = shown_text(format_value(spec, data[spec.name], lang, titles=titles), multiline=True,
                              limit=VALUE_LIMIT)  # fmt: skip
            if "\n" in text:
                lines.append(f"  {label}:")
                lines.extend(f"    {line}" for line in text.split("\n"))
            else:
                lines.append(f"  {label}: {text}")
    return lines
