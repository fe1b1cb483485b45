"""Words that agree with what they name: "new …" in the form's gender, as the form's file declares it
(`navigation: new:`; its plural heading too, read by app.core.form_behaviour.form_heading), and a filter's "(any)"
in the gender of the filter's noun (French "(tous)", "(toutes)").

The filters' words are translated through Qt Linguist (context "Words"); a form that declares no words of its own
(one written before forms declared them, or arriving in a merged file) falls back to its label, so nothing is ever
missing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.form_behaviour import new_title
from app.core.forms import FormSpec


def new_record_title(form: FormSpec, lang: str) -> str:
    """The title of a record not saved yet, agreeing with the form ("تعاونية جديدة", "زيارة جديدة", "لقاء جديد") as its
    file declares it; a form declaring none: "<label>: new record"."""
    declared = new_title(form, lang)
    if declared:
        return declared
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
