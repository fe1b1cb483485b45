"""A small database whose indicators are worked out by hand (tests/db/test_indicators.py, the report and the
dashboard's tests): four cooperatives in two provinces, visits in March 2025 and in the 31 days before, two
workshops, recommendations due, done and overdue.

March 2025 (the period), province unset:
- cooperatives visited: A, B, C (D only in a draft); new: C (A was visited in February, B in December 2024);
- members: total 20 (A) + 10 (B) = 30 over 2 (C gave no total); women only A gave with its total: 12 of 20, over 1
  (C's 3 women have no total: left out); under 35: A 5 of 20 and B 4 of 10: 9 of 30, over 2;
- visits 3: diagnosis 2, no purpose 1; recommendations 4: done 1 (D's draft not counted), overdue 1 (due 10 March,
  not done), one due after the period, one without due date;
- workshops 2 (one on 10 March, one spanning 28 February to 1 March), participants 40 over 1, women 25 over 1, men
  and under 35 unknown.
February (29 January to 28 February): A only (new), one recommendation done on 18 February; no workshop but the one
spanning both periods.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from app.core.forms import FormRegistry, check_references, parse_form
from app.db.store import Store
from app.resources import forms_dir

TIZNIT, KHENIFRA = "تيزنيت", "خنيفرة"
DONE_ON = """          - name: done_on
            type: date
            label: {ar: تاريخ الإنجاز, fr: Fait le, en: Done on}
"""


def visit_text_with_done_on() -> str:
    """The shipped visit form with the follow-up's `done_on` on each recommendation (as visit form version 5 adds
    it), under a version above the shipped one: what the indicators read when it is there."""
    text = (forms_dir() / "visit.yaml").read_text(encoding="utf-8")
    if "name: done_on" in text:
        return text
    version = int(re.search(r"^version: ([0-9]+)$", text, re.MULTILINE).group(1))  # type: ignore[union-attr]
    marker = "            label: {ar: الأجل, fr: Échéance, en: Due date}\n"
    assert marker in text
    return text.replace(marker, marker + DONE_ON, 1).replace(f"version: {version}\n", f"version: {version + 1}\n", 1)


def forms_with_done_on(shipped: FormRegistry) -> FormRegistry:
    visit = parse_form(visit_text_with_done_on(), file="visit.yaml", stem="visit")
    forms = [visit if form.name == "visit" else form for form in shipped]
    check_references(forms)
    return FormRegistry(forms)


def build(path: Path, forms: FormRegistry, *, done_on: bool = True) -> dict[str, Any]:
    """The database described above at `path`; returns the ids (coops A-D). `done_on`: whether the entries carry
    the date they were done (the forms must then have the field)."""

    def done(day: str) -> dict[str, str]:
        return {"done_on": day} if done_on else {}

    with Store.open(path, forms=forms, author="فاطمة", device_name="laptop") as store:
        a = store.create("cooperative", {"name_ar": "تعاونية الأمل", "province": TIZNIT, "members_total": 20,
                                         "members_women": 12, "members_under_35": 5})  # fmt: skip
        b = store.create("cooperative", {"name_ar": "تعاونية النور", "province": f" {TIZNIT} ", "members_total": 10,
                                         "members_under_35": 4})  # fmt: skip
        c = store.create("cooperative", {"name_ar": "تعاونية الواحة", "province": KHENIFRA, "members_women": 3})
        d = store.create("cooperative", {"name_ar": "تعاونية الزيتون", "province": TIZNIT, "members_total": 50,
                                         "members_women": 50})  # fmt: skip

        def visit(coop: str, day: str, purpose: str | None = None, recommendations: list[dict[str, Any]] | None = None,
                  *, draft: bool = False) -> str:  # fmt: skip
            data: dict[str, Any] = {"cooperative": coop, "visit_date": day, "observations": "ملاحظة"}
            if purpose:
                data["purpose"] = purpose
            if recommendations:
                data["recommendations"] = recommendations
            return store.create("visit", data, draft=draft)

        visit(a, "2025-03-05", "diagnosis", [{"action": "سجل المداخيل", "due_date": "2025-03-10"},
                                             {"action": "ملصق المنتوج", "due_date": "2025-04-30"},
                                             {"action": "تكوين في التسويق"}])  # fmt: skip
        visit(b, "2025-03-20")
        visit(c, "2025-03-25", "diagnosis", [{"action": "فتح حساب بنكي", "due_date": "2025-03-15",
                                              **done("2025-03-12")}])  # fmt: skip
        visit(d, "2025-03-28", "follow_up", [{"action": "مسودة", "due_date": "2025-03-01"}], draft=True)
        visit(a, "2025-02-10", "follow_up", [{"action": "اجتماع الجمع العام", "due_date": "2025-02-20",
                                              **done("2025-02-18")}])  # fmt: skip
        visit(b, "2024-12-01", "training")
        deleted = visit(c, "2025-02-11", "training")
        store.delete(deleted)  # a deleted visit counts nowhere: C stays new in March
        store.create("workshop", {"title": "لقاء التعاونيات", "start_date": "2025-03-10", "province": TIZNIT,
                                  "participants_count": 40, "participants_women": 25})  # fmt: skip
        store.create("workshop", {"title": "Atelier qualité", "start_date": "2025-02-28", "end_date": "2025-03-01",
                                  "province": KHENIFRA})  # fmt: skip
        store.create("workshop", {"title": "مسودة لقاء", "start_date": "2025-03-11", "participants_count": 99},
                     draft=True)  # fmt: skip
        return {"A": a, "B": b, "C": c, "D": d}
