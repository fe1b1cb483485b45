"""Every known condition's message, in Arabic, French and English.

Messages are looked up by code so that the core never builds user-facing sentences itself; the window and the
command line choose the language. Placeholders use `str.format` names. The messages live in one module per domain
(`sync`, `reports`, `backups`...); this module joins them and translates. A code is defined once: joining refuses a
code two domains define (tests/core/test_message_codes.py checks every code used exists and every code is used).
"""

from __future__ import annotations

from typing import Any

from app.core.messages import (
    backups,
    clock,
    command_line,
    database,
    duplicates,
    exchange,
    files,
    followups,
    form_files,
    indicators,
    paper,
    places,
    records,
    reports,
    search,
    security,
    server,
    server_documents,
    shared_folder,
    sync,
    values,
)
from app.core.messages.plurals import PLURAL_MESSAGES
from app.core.shown import Shown, shown_param

LANGUAGES = ("ar", "fr", "en")
DEFAULT_LANGUAGE = "ar"
DOMAINS = (backups, clock, command_line, database, duplicates, exchange, files, followups, form_files, indicators,
           paper, places, records, reports, search, security, server, server_documents, shared_folder, sync,
           values)  # fmt: skip


def _joined(*parts: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    joined: dict[str, dict[str, str]] = {}
    for part in parts:
        twice = joined.keys() & part.keys()
        if twice:
            raise ValueError(f"message codes defined twice: {sorted(twice)}")
        joined.update(part)
    return joined


MESSAGES: dict[str, dict[str, str]] = _joined(*(domain.MESSAGES for domain in DOMAINS))

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "MESSAGES", "PLURAL_MESSAGES", "plural_category", "translate"]


def plural_category(lang: str, count: object) -> str:
    """CLDR's plural category of `count` in `lang`: Arabic zero, one, two, few (3-10), many (11-99), other (100+,
    by the last two digits: 103 is few, 111 many, 200 other); French one (0 and 1) and other; English one and other.
    Anything that is not a whole number is "other"."""
    if isinstance(count, bool) or not isinstance(count, int):
        return "other"
    n = abs(count)
    if lang == "ar":
        if n in (0, 1, 2):
            return ("zero", "one", "two")[n]
        if 3 <= n % 100 <= 10:
            return "few"
        if 11 <= n % 100 <= 99:
            return "many"
        return "other"
    if lang == "fr":
        return "one" if n in (0, 1) else "other"
    return "one" if n == 1 else "other"


def translate(code: str, lang: str, **params: Any) -> str:
    """The message `code` in `lang` (falling back to English), with `params` filled in. A plural message
    (`PLURAL_MESSAGES`) takes the form of `lang`'s plural category for the `count` parameter."""
    plural = PLURAL_MESSAGES.get(code)
    if plural is not None:
        language = lang if lang in plural else "en"
        forms = plural[language]
        template = forms.get(plural_category(language, params.get("count"))) or forms["other"]
    else:
        texts = MESSAGES.get(code)
        if texts is None:
            return f"{code} {shown_param(str(params))}" if params else code
        template = texts.get(lang) or texts["en"]
    try:
        # Every parameter may come from a file (a device name, an author, a path, a detail): escaped and bounded
        # here, once for all messages (app/core/shown.py); numbers and text already escaped pass as they are.
        # The result is Shown: given as a parameter of another message, it is not escaped again.
        return Shown(template.format(**{name: shown_param(value) for name, value in params.items()}))
    except (KeyError, IndexError, ValueError):
        return template
