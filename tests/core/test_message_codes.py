"""Every message code the application uses is defined (in ar, fr and en), and every defined code is used.

Codes are read from the source: a string constant given first to `translate`, to a method named `say`, or to one
of the application's errors (`InvalidInput("record_not_found", …)`) must be a defined code; a defined code must
appear somewhere in `app/` outside the messages themselves, as a whole string or as what an f-string builds
(`f"state_{state}"` uses every code starting with `state_`, `f"{which}_out_of_bounds"` every code ending so).
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from app.core import errors
from app.core.messages import LANGUAGES, MESSAGES, PLURAL_MESSAGES

APP = Path(__file__).resolve().parents[2] / "app"
ERROR_CLASSES = {name for name, value in vars(errors).items()
                 if inspect.isclass(value) and issubclass(value, errors.TaawunError)}  # fmt: skip
TAKING_A_CODE = ERROR_CLASSES | {"translate", "say", "plural"}
DEFINED = MESSAGES.keys() | PLURAL_MESSAGES.keys()


def sources() -> list[tuple[Path, ast.AST]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in sorted(APP.rglob("*.py"))
            if "messages" not in path.relative_to(APP).parts[:2]]  # fmt: skip


def called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def test_every_code_given_to_a_message_is_defined() -> None:
    used = []
    for path, tree in sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and called_name(node) in TAKING_A_CODE and node.args:
                if len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
                    continue  # Qt's translate(context, text): the window's own translations (resources/translations)
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    used.append((first.value, f"{path.relative_to(APP)}:{node.lineno}"))
    assert len(used) > 200  # the scan really finds the codes
    assert [(code, where) for code, where in used if code not in DEFINED] == []


def test_every_defined_code_is_used() -> None:
    constants: set[str] = set()
    prefixes: set[str] = set()
    suffixes: set[str] = set()
    for _, tree in sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                prefixes.add(str(node.values[0].value))
            if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[-1], ast.Constant):
                suffixes.add(str(node.values[-1].value))

    def built(code: str) -> bool:
        return any(code.startswith(p) for p in prefixes if len(p) >= 4) or any(
            code.endswith(s) for s in suffixes if len(s) >= 8
        )

    unused = sorted(code for code in DEFINED if code not in constants and not built(code))
    assert unused == []


def test_every_message_has_the_three_languages() -> None:
    assert [code for code, texts in MESSAGES.items() if set(texts) != set(LANGUAGES)] == []
    assert [code for code, forms in PLURAL_MESSAGES.items() if set(forms) != set(LANGUAGES)] == []
