"""What a proposed form definition changes compared with the one in use: fields added, removed, rules changed.

Qt-free: `taawun forms` prints it and the window's proposals dialog shows it (each change a message code with its
parameters, translated where shown).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core.forms import FieldSpec, FormSpec

_RULES = ("type", "required", "relevant", "constraint", "min", "max", "min_length", "max_length", "min_items",
          "max_items", "choices", "form")  # fmt: skip


@dataclass(frozen=True)
class FormChange:
    code: str  # form_change_added | form_change_removed | form_change_rule
    field: str
    rule: str = ""
    before: str = ""
    after: str = ""

    def params(self) -> dict[str, Any]:
        return {"field": self.field, "rule": self.rule, "before": self.before, "after": self.after}


def _shown(text: str) -> str:
    """A rule as it may be shown: it came from a file, so control characters are escaped and length is bounded."""
    escaped = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)
    return escaped if len(escaped) <= 120 else escaped[:119] + "…"


def _rule(spec: FieldSpec, rule: str) -> str:
    value = getattr(spec, rule)
    if value is None:
        return "—"
    if rule in ("relevant", "constraint"):
        return _shown(str(value.source))
    if rule == "choices":
        return ", ".join(choice.value for choice in value) or "—"
    return str(value).lower() if isinstance(value, bool) else str(value)


def _flatten(form: FormSpec | None) -> dict[str, FieldSpec]:
    result: dict[str, FieldSpec] = {}
    for spec in form.fields if form is not None else ():
        result[spec.name] = spec
        for sub in spec.fields:
            result[f"{spec.name}.{sub.name}"] = sub
    return result


def form_changes(current: FormSpec | None, proposed: FormSpec) -> list[FormChange]:
    """Every difference that matters to the records: fields (and group sub-fields) added, removed, and rules changed.
    `current` None: a form not in use here (every field is new)."""
    before, after = _flatten(current), _flatten(proposed)
    changes = [FormChange("form_change_added", name) for name in after if name not in before]
    changes += [FormChange("form_change_removed", name) for name in before if name not in after]
    for name, old in before.items():
        new = after.get(name)
        if new is None:
            continue
        for rule in _RULES:
            if _rule(old, rule) != _rule(new, rule):
                changes.append(FormChange("form_change_rule", name, rule, _rule(old, rule), _rule(new, rule)))
    return changes
