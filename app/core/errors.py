"""Known conditions, as typed exceptions carrying a message code.

The user interface and the command line translate the code (see `app.core.messages`); anything that is not a
`TaawunError` is a bug and is logged with its traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.core.messages import translate


class TaawunError(Exception):
    """A known condition: its `code` names a message in every language, `params` fill it in."""

    exit_code = 1

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self, lang: str) -> str:
        return translate(self.code, lang, **self.params)

    def __str__(self) -> str:
        return self.message("en")


class InvalidInput(TaawunError):
    """The user asked for something that cannot be done as asked (unknown id, unknown form, bad argument)."""

    exit_code = 2


class NameOutOfBounds(InvalidInput):
    """The name to record on changes (`which`: "author" or "device_name") is beyond the name bounds: `reason` is
    the code of the bound (app.core.bounds), translated with the message."""

    def __init__(self, which: str, reason: str, **params: Any) -> None:
        super().__init__(f"{which}_out_of_bounds", **params)
        self.reason = reason

    def message(self, lang: str) -> str:
        return f"{super().message(lang)} {translate(self.reason, lang, **self.params)}"


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one field: `path` is the field name, or `group[index].field` inside a repeated group."""

    path: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str) -> str:
        if self.code == "constraint_message":  # the form's own wording, in every language
            texts = self.params["texts"]
            return str(texts.get(lang) or texts.get("en"))
        return translate(self.code, lang, **self.params)


class ValidationFailed(InvalidInput):
    """A record did not pass its form's rules; nothing was written."""

    def __init__(self, problems: list[FieldProblem], *, labels: dict[str, dict[str, str]] | None = None) -> None:
        super().__init__("validation_failed", count=len(problems))
        self.problems = problems
        self.labels = labels or {}

    def lines(self, lang: str) -> list[str]:
        """One line per problem, naming the field (by its label where known) and the problem."""
        result = []
        for problem in self.problems:
            label = _path_label(problem.path, self.labels, lang)
            result.append(f"{label}: {problem.message(lang)}")
        return result

    def message(self, lang: str) -> str:
        return "\n".join([translate(self.code, lang, count=len(self.problems)), *self.lines(lang)])


def _path_label(path: str, labels: dict[str, dict[str, str]], lang: str) -> str:
    """`recommendations[2].action` -> `Recommendations 2 › Action (recommendations[2].action)`."""
    parts, parent = [], ""
    for piece in path.split("."):
        name, _, index = piece.partition("[")
        key = f"{parent}.{name}" if parent else name
        text = labels.get(key, {}).get(lang) or name
        parts.append(f"{text} {index.rstrip(']')}".strip() if index else text)
        parent = name
    return f"{' › '.join(parts)} ({path})"


class FormDefinitionError(InvalidInput):
    """A form file is broken: the message names the file, the field and the problem."""

    def __init__(self, code: str, *, file: str, field_path: str = "", **params: Any) -> None:
        super().__init__(code, file=file, field=field_path, **params)
        self.file = file
        self.field_path = field_path

    def message(self, lang: str) -> str:
        if self.field_path:
            where = translate("form_error_where", lang, file=self.file, field=self.field_path)
        else:
            where = translate("form_error_file", lang, file=self.file)
        return f"{where}: {translate(self.code, lang, **self.params)}"


class DatabaseRejected(TaawunError):
    """A database file that is not ours, is corrupt, or comes from a newer version. The file was not touched."""

    exit_code = 3


class StorageError(TaawunError):
    """The database could not be written: full disk, read-only folder, locked by another program."""

    exit_code = 3


class PackageRejected(DatabaseRejected):
    """A file that must not be merged. `cause` (a broken form, a record failing its rules) is shown beneath."""

    def __init__(self, code: str, *, cause: TaawunError | None = None, **params: Any) -> None:
        super().__init__(code, **params)
        self.cause = cause

    def cause_text(self, lang: str) -> str:
        """The underlying problem, one line each (a record's failing fields, named by their labels)."""
        if isinstance(self.cause, ValidationFailed):
            return "\n".join(self.cause.lines(lang))
        return "" if self.cause is None else self.cause.message(lang)

    def message(self, lang: str) -> str:
        text = super().message(lang)
        return text if self.cause is None else f"{text}\n{self.cause_text(lang)}"
