"""Words that agree with what they name: "new …" in the form's gender, as the form's file declares it
(`navigation: new:`; its plural heading too, read by app.core.form_behaviour.form_heading), and "label: text" as
each language writes it. (A filter's "no filter" entry is one invariable word, app/core/messages `list_filter_any`.)

A form that declares no words of its own (one written before forms declared them, or arriving in a merged file)
falls back to its label, so nothing is ever missing.
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


def labelled(label: str, text: str) -> str:
    """ "Label: text" as the language writes it (French puts a space before the colon)."""
    return QCoreApplication.translate("Words", "%1: %2").replace("%2", text).replace("%1", label)
