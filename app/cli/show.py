"""`taawun show`, `taawun list` and `taawun history`: records as people read them.

Human output shows dates in the language's format and moments in local time (app/core/dates.py), choices by their
label, references by their record's title; every line of a multi-line value is indented under its label, and a
repeated group's entries are numbered, each value on its own line. `--json` stays as stored (ISO dates).
Titles, labels, values, authors and devices may come from another laptop: made safe to show (app/core/shown.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.core import display
from app.core.changes import FieldChange, field_changes, shown_value
from app.core.dates import show_datetime
from app.core.errors import InvalidInput
from app.core.forms import FieldSpec, FormSpec
from app.core.messages import translate
from app.core.origin import origin_sentence
from app.core.shown import VALUE_LIMIT, json_text, shown_text

if TYPE_CHECKING:
    from app.cli.context import Context

INDENT = "  "
CHANGES_SHOWN = 50  # a version changing more fields ends with "… and more fields (N)"
CHANGE_VALUE_LIMIT = 80  # each side of "from → to" on one line; `--json` has the whole values


def record_title(ctx: Context, form: FormSpec, data: dict[str, Any]) -> str:
    """What names a record: its form's title fields as shown (dates in the language's format), joined; references
    by their record's title, a deleted record's too (`title_of`)."""
    return display.record_title(form, data, ctx.lang, titles=lambda record_id: title_of(ctx, record_id))


def title_of(ctx: Context, record_id: str) -> str | None:
    """The title of the record `record_id` (a tombstone's too), or None when it is not known here."""
    try:
        record = ctx.store.get(record_id, include_deleted=True)
        form = ctx.store.forms.for_record(record.form, record.form_version)
    except InvalidInput:
        return None
    parts = [shown_value(spec, record.data[spec.name], ctx.lang) for spec in
             (form.field(name) for name in form.title_fields) if spec is not None and
             record.data.get(spec.name) is not None and spec.type != "reference"]  # fmt: skip
    return " — ".join(parts) or None


def value_lines(ctx: Context, spec: FieldSpec, value: Any, indent: str) -> list[str]:
    """`Label: value`, or the label alone then every line of the value indented one step further."""
    label = shown_text(spec.label.get(ctx.lang) or spec.name)
    if spec.type == "group" and isinstance(value, list):
        lines = [f"{indent}{label}:"]
        for index, entry in enumerate(value, start=1):
            lines.append(f"{indent}{INDENT}{index}.")
            if isinstance(entry, dict):
                for sub in spec.fields:
                    if entry.get(sub.name) is not None:
                        lines += value_lines(ctx, sub, entry[sub.name], indent + INDENT * 2)
        return lines
    text = shown_value(spec, value, ctx.lang, titles=lambda record_id: title_of(ctx, record_id))
    text = shown_text(text, multiline=True, limit=VALUE_LIMIT)
    if "\n" not in text:
        return [f"{indent}{label}: {text}"]
    return [f"{indent}{label}:", *(f"{indent}{INDENT}{line}" for line in text.split("\n"))]


def record_lines(ctx: Context, form: FormSpec, data: dict[str, Any]) -> list[str]:
    """Section by section, each filled field's lines; empty fields and sections are left out."""
    lines = []
    for section in form.sections:
        filled = [spec for spec in section.fields if data.get(spec.name) is not None]
        if filled:
            lines.append(f"[{shown_text(section.label.get(ctx.lang) or section.name)}]")
            for spec in filled:
                lines += value_lines(ctx, spec, data[spec.name], INDENT)
    return lines


def cmd_show(ctx: Context) -> int:
    record = ctx.store.get(ctx.options.id)
    if ctx.options.as_json:
        print(json_text(record.as_json()))
        return 0
    form = ctx.store.forms.get(record.form)  # a form awaiting a decision says so (form_awaits_decision)
    print(f"{shown_text(form.label[ctx.lang])}: {record_title(ctx, form, record.data)}")
    print(translate("record_summary", ctx.lang, id=record.id, state=translate(f"state_{record.state}", ctx.lang),
                    version=record.version, author=shown_text(record.author), device=shown_text(record.device_name),
                    time=show_datetime(record.updated_at, ctx.lang)))  # fmt: skip
    for line in record_lines(ctx, form, record.data):
        print(line)
    return 0


def cmd_list(ctx: Context) -> int:
    records = ctx.store.records_of(ctx.options.form)
    if ctx.options.as_json:
        print(json_text([record.as_json() for record in records]))
        return 0
    form = ctx.store.forms.get(ctx.options.form)
    for record in records:
        state = "" if record.state == "final" else f"  [{translate('state_draft', ctx.lang)}]"
        print(f"{shown_text(record.id)}  {record_title(ctx, form, record.data)}{state}")
    ctx.say("cli_list_count", count=len(records))
    return 0


def cmd_history(ctx: Context) -> int:
    versions = ctx.store.history(ctx.options.id)
    if ctx.options.as_json:
        print(json_text([version.as_json() for version in versions]))
        return 0
    from app.security.version_signing import history_signatures  # cryptography: loaded when first needed

    # In an organisation, which laptop signed each version (checked against the member list held).
    signatures = history_signatures(ctx.store, versions[0].record_id, ctx.lang) if versions else {}
    for version in versions:
        what = "version_deleted" if version.deleted else f"state_{version.state}"
        print(translate("history_line", ctx.lang, version=version.version, time=show_datetime(version.changed_at,
                        ctx.lang), author=shown_text(version.author), device=shown_text(version.device_name),
                        what=translate(what, ctx.lang)))  # fmt: skip
        if version.origin:  # "Imported from FILE, row N"
            print(INDENT * 2 + origin_sentence(version.origin, ctx.lang))
        if version.hlc in signatures:  # "signed by LAPTOP", "not signed (from before the organisation)"
            print(INDENT * 2 + signatures[version.hlc])
        if version.deleted:
            continue
        previous = next((v for v in reversed(versions) if v.version < version.version and not v.deleted), None)
        try:
            form = ctx.store.forms.for_record(version.form, version.form_version)
        except InvalidInput:  # a form this laptop does not know: the changes by field name
            form = FormSpec(name=version.form, version=version.form_version, label={}, title_fields=(), sections=(),
                            source="")  # fmt: skip
        changes = field_changes(form, previous.data if previous else None, version.data, ctx.lang,
                                titles=lambda record_id: title_of(ctx, record_id))  # fmt: skip
        for change in changes[:CHANGES_SHOWN]:
            print(INDENT * 2 + change_line(change, ctx.lang))
        if len(changes) > CHANGES_SHOWN:
            print(INDENT * 2 + translate("cli_history_more", ctx.lang, count=len(changes) - CHANGES_SHOWN))
    return 0


def change_line(change: FieldChange, lang: str) -> str:
    """`Label: old → new` on one line: each side escaped and shortened, line breaks shown as " ⏎ "."""
    empty = translate("cli_history_empty_value", lang)

    def side(text: str) -> str:
        return shown_text(" ⏎ ".join(text.split("\n")), limit=CHANGE_VALUE_LIMIT) if text else empty

    return translate("cli_history_change", lang, field=shown_text(change.label), old=side(change.old),
                     new=side(change.new))  # fmt: skip
