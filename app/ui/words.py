"""Words that agree with what they name: a form's plural (list headings, navigation), "new …" in the form's gender,
and a filter's "(any)" in the gender of the filter's noun (French "(tous)", "(toutes)").

Translated through Qt Linguist (context "Words"); a form this release does not know (one arriving in a merged file)
falls back to its own label, so nothing is ever missing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.forms import FormSpec


def form_plural(form: FormSpec, lang: str) -> str:
    """The heading of a form's list: "التعاونيات", "Coopératives", "Cooperatives"."""
    known = {
        "cooperative": QCoreApplication.translate("Words", "Cooperatives"),
        "visit": QCoreApplication.translate("Words", "Field visits"),
        "workshop": QCoreApplication.translate("Words", "Meetings and workshops"),
    }
    return known.get(form.name) or form.label.get(lang) or form.name


def new_record_title(form: FormSpec, lang: str) -> str:
    """The title of a record not saved yet, agreeing with the form: "تعاونية جديدة", "زيارة جديدة", "لقاء جديد"."""
    known = {
        "cooperative": QCoreApplication.translate("Words", "New cooperative"),
        "visit": QCoreApplication.translate("Words", "New visit"),
        "workshop": QCoreApplication.translate("Words", "New workshop"),
    }
    if form.name in known:
        return known[form.name]
    return QCoreApplication.translate("Words", "%1: new record").replace("%1", form.label.get(lang) or form.name)


def any_choice(filter_key: str) -> str:
    """The "no filter" entry of a filter, agreeing with the filter's noun (French: province → "(toutes)")."""
    known = {
        "province": QCoreApplication.translate("Words", "(any)", "province filter"),
        "commune": QCoreApplication.translate("Words", "(any)", "commune filter"),
        "sector": QCoreApplication.translate("Words", "(any)", "sector filter"),
        "challenge": QCoreApplication.translate("Words", "(any)", "challenge filter"),
        "agent": QCoreApplication.translate("Words", "(any)", "agent filter"),
        "state": QCoreApplication.translate("Words", "(any)", "state filter"),
    }
    return known.get(filter_key) or QCoreApplication.translate("Words", "(any)")


def labelled(label: str, text: str) -> str:
    """"Label: text" as the language writes it (French puts a space before the colon)."""
    return QCoreApplication.translate("Words", "%1: %2").replace("%2", text).replace("%1", label)
