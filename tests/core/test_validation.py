"""Whole records against the shipped forms: required fields, constraints, relevance, groups, drafts, messages."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.core.errors import FieldProblem, InvalidInput, ValidationFailed
from app.core.forms import FormSpec, parse_form
from app.core.messages import translate
from app.core.validation import Link, clean_record, field_problems, links

LANGS = ("ar", "fr", "en")
TODAY = dt.date(2025, 5, 17)
COOP_ID = "1b4e28ba-2fa1-11d2-883f-0016d3cca427"
WORKSHOP_ID = "6fa459ea-ee8a-3ca4-894e-db77e160355e"
SHA = "c" * 64


def failure(form: FormSpec, data: dict[str, Any], **options: Any) -> ValidationFailed:
    with pytest.raises(ValidationFailed) as caught:
        clean_record(form, data, today=options.pop("today", TODAY), **options)
    return caught.value


def codes(error: ValidationFailed) -> dict[str, str]:
    return {problem.path: problem.code for problem in error.problems}


def a_visit(**changes: Any) -> dict[str, Any]:
    data = {"cooperative": COOP_ID, "visit_date": "2025-05-10", "observations": "الإنتاج جيد"}
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


# --- required -------------------------------------------------------------------------------------------------------


def test_a_visit_without_cooperative_and_date_lists_both(visit_form: FormSpec) -> None:
    error = failure(visit_form, {"observations": "ملاحظات"})
    assert codes(error) == {"cooperative": "required", "visit_date": "required"}
    assert isinstance(error, InvalidInput) and error.code == "validation_failed"


def test_an_empty_visit_lists_every_required_field(visit_form: FormSpec) -> None:
    error = failure(visit_form, {})
    assert codes(error) == {"cooperative": "required", "visit_date": "required", "observations": "required"}


@pytest.mark.parametrize("blank", ["", "   ", None, []])
def test_blank_values_count_as_missing(visit_form: FormSpec, blank: Any) -> None:
    error = failure(visit_form, {**a_visit(), "cooperative": blank})
    assert codes(error) == {"cooperative": "required"}


def test_a_complete_visit_is_cleaned(visit_form: FormSpec) -> None:
    data = {
        "cooperative": COOP_ID.upper(),
        "visit_date": "١٠/٠٥/٢٠٢٥",
        "agent": "  فاطمة  ",
        "purpose": "تتبع",
        "observations": "الإنتاج جيد\r\nالتسويق ضعيف",
        "problems": "",
        "next_follow_up": "01/06/2025",
        "location": "33.16, -5.57",
        "photos": [{"sha256": SHA, "name": "coop.jpg"}],
        "workshop": WORKSHOP_ID,
    }
    assert clean_record(visit_form, data, today=TODAY) == {
        "cooperative": COOP_ID,
        "visit_date": "2025-05-10",
        "agent": "فاطمة",
        "purpose": "follow_up",
        "observations": "الإنتاج جيد\nالتسويق ضعيف",
        "next_follow_up": "2025-06-01",
        "location": {"lat": 33.16, "lon": -5.57},
        "photos": [{"sha256": SHA, "name": "coop.jpg"}],
        "workshop": WORKSHOP_ID,
    }


def test_field_problems_lists_the_same_problems_without_raising(visit_form: FormSpec) -> None:
    problems = field_problems(visit_form, {"observations": "x"}, today=TODAY)
    assert all(isinstance(p, FieldProblem) for p in problems)
    assert {(p.path, p.code) for p in problems} == {("cooperative", "required"), ("visit_date", "required")}
    assert field_problems(visit_form, a_visit(), today=TODAY) == []


# --- constraints ----------------------------------------------------------------------------------------------------


def test_a_visit_in_the_future_is_refused_with_the_forms_message(visit_form: FormSpec) -> None:
    error = failure(visit_form, a_visit(visit_date="2025-05-18"), today=TODAY)
    assert codes(error) == {"visit_date": "constraint_message"}
    wording = visit_form.field("visit_date").constraint_message
    for lang in LANGS:
        assert error.problems[0].message(lang) == wording[lang]
        assert any(wording[lang] in line for line in error.lines(lang))
        assert wording[lang] in error.message(lang)


def test_a_visit_today_is_accepted(visit_form: FormSpec) -> None:
    assert clean_record(visit_form, a_visit(visit_date="17/05/2025"), today=TODAY)["visit_date"] == "2025-05-17"


def test_the_real_today_is_used_when_none_is_given(visit_form: FormSpec) -> None:
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    with pytest.raises(ValidationFailed):
        clean_record(visit_form, a_visit(visit_date=tomorrow))
    assert clean_record(visit_form, a_visit(visit_date=dt.date.today().isoformat()))


def test_a_follow_up_before_the_visit_is_refused(visit_form: FormSpec) -> None:
    error = failure(visit_form, a_visit(next_follow_up="2025-05-09"))
    assert codes(error) == {"next_follow_up": "constraint_message"}
    assert clean_record(visit_form, a_visit(next_follow_up="2025-05-10"), today=TODAY)["next_follow_up"] == "2025-05-10"


def test_more_women_than_members_is_refused(cooperative_form: FormSpec) -> None:
    error = failure(cooperative_form, {"name_ar": "تعاونية الأمل", "members_total": "10", "members_women": "١١"})
    assert codes(error) == {"members_women": "constraint_message"}
    for lang in LANGS:
        assert error.problems[0].message(lang) == cooperative_form.field("members_women").constraint_message[lang]


def test_members_counts_within_the_total_are_accepted(cooperative_form: FormSpec) -> None:
    data = {"name_ar": "تعاونية الأمل", "members_total": "١٠", "members_women": 10, "members_under_35": "٣"}
    assert clean_record(cooperative_form, data, today=TODAY) == {
        "name_ar": "تعاونية الأمل", "members_total": 10, "members_women": 10, "members_under_35": 3,
    }  # fmt: skip


def test_a_constraint_that_cannot_be_decided_does_not_refuse(cooperative_form: FormSpec) -> None:
    # no total: ". <= members_total" is unknown, so the record is kept
    assert clean_record(cooperative_form, {"name_ar": "ت", "members_women": 12}, today=TODAY)["members_women"] == 12


def test_a_founding_date_in_the_future_is_refused(cooperative_form: FormSpec) -> None:
    assert codes(failure(cooperative_form, {"name_ar": "ت", "founded_on": "2030-01-01"})) == {
        "founded_on": "constraint_message"
    }


def test_a_workshop_ending_before_it_starts_is_refused(workshop_form: FormSpec) -> None:
    error = failure(workshop_form, {"title": "لقاء مريرت", "start_date": "2025-05-17", "end_date": "2025-05-16"})
    assert codes(error) == {"end_date": "constraint_message"}


def test_every_problem_is_reported_at_once(cooperative_form: FormSpec) -> None:
    data = {"members_total": "كثير", "phone": "0812345678", "founded_on": "2025-02-30", "legal_form": "sarl"}
    error = failure(cooperative_form, data)
    assert codes(error) == {
        "name_ar": "required",
        "members_total": "not_integer",
        "phone": "not_phone",
        "founded_on": "not_date",
        "legal_form": "not_a_choice",
    }
    assert error.params["count"] == 5
    for lang in LANGS:
        assert error.message(lang).splitlines()[0] == translate("validation_failed", lang, count=5)


# --- relevance ------------------------------------------------------------------------------------------------------


def test_challenges_other_is_dropped_when_other_is_not_selected(cooperative_form: FormSpec) -> None:
    data = {"name_ar": "ت", "challenges": ["isolation"], "challenges_other": "الجفاف"}
    assert clean_record(cooperative_form, data, today=TODAY) == {"name_ar": "ت", "challenges": ["isolation"]}
    assert clean_record(cooperative_form, {"name_ar": "ت", "challenges_other": "الجفاف"}) == {"name_ar": "ت"}


@pytest.mark.parametrize("challenges", [["isolation", "other"], "other، isolation", "العزلة,أخرى", "Other"])
def test_challenges_other_is_kept_when_other_is_selected(cooperative_form: FormSpec, challenges: Any) -> None:
    cleaned = clean_record(
        cooperative_form, {"name_ar": "ت", "challenges": challenges, "challenges_other": " الجفاف "}, today=TODAY
    )
    assert cleaned["challenges_other"] == "الجفاف"
    assert "other" in cleaned["challenges"]


@pytest.mark.parametrize("hidden", ["سطر\nسطر آخر", "x" * 501], ids=["line_break", "too_long"])
def test_a_hidden_fields_value_is_dropped_not_refused(cooperative_form: FormSpec, hidden: str) -> None:
    """An irrelevant field's value is dropped on save (forms/README.md), so its content cannot refuse the record."""
    data = {"name_ar": "ت", "challenges": ["isolation"], "challenges_other": hidden}
    assert clean_record(cooperative_form, data, today=TODAY) == {"name_ar": "ت", "challenges": ["isolation"]}


SURVEY = """\
form: survey
version: 1
label: {ar: استبيان, fr: Enquête, en: Survey}
sections:
  - name: main
    label: {ar: رئيسي, fr: Principal, en: Main}
    fields:
      - name: has_partner
        type: select_one
        label: {ar: شريك, fr: Partenaire, en: Partner}
        choices:
          - {value: 'yes', ar: نعم, fr: Oui, en: 'Yes'}
          - {value: 'no', ar: لا, fr: Non, en: 'No'}
      - name: partner_name
        type: text
        required: true
        relevant: "selected(has_partner, 'yes')"
        label: {ar: اسم الشريك, fr: Nom du partenaire, en: Partner name}
      - name: partner_kind
        type: select_one
        relevant: "selected(has_partner, 'yes')"
        label: {ar: نوع الشريك, fr: Type de partenaire, en: Partner kind}
        choices:
          - {value: ngo, ar: جمعية, fr: ONG, en: NGO}
          - {value: other, ar: أخرى, fr: Autre, en: Other}
      - name: partner_kind_other
        type: text
        relevant: "selected(partner_kind, 'other')"
        label: {ar: نوع آخر, fr: Autre type, en: Other kind}
"""


@pytest.fixture(scope="module")
def survey() -> FormSpec:
    return parse_form(SURVEY, file="survey.yaml", stem="survey")


def test_a_required_field_that_is_hidden_is_not_required(survey: FormSpec) -> None:
    assert clean_record(survey, {"has_partner": "no"}) == {"has_partner": "no"}
    assert codes(failure(survey, {"has_partner": "yes"})) == {"partner_name": "required"}


def test_a_field_shown_only_by_a_hidden_field_is_hidden_too(survey: FormSpec) -> None:
    """partner_kind is hidden (no partner), so its stale 'other' cannot show partner_kind_other."""
    data = {"has_partner": "no", "partner_kind": "other", "partner_kind_other": "تعاونية"}
    assert clean_record(survey, data) == {"has_partner": "no"}


def test_a_shown_chain_keeps_its_values(survey: FormSpec) -> None:
    data = {"has_partner": "نعم", "partner_name": "ODCO", "partner_kind": "أخرى", "partner_kind_other": "مكتب"}
    assert clean_record(survey, data) == {
        "has_partner": "yes", "partner_name": "ODCO", "partner_kind": "other", "partner_kind_other": "مكتب",
    }  # fmt: skip


# --- groups ---------------------------------------------------------------------------------------------------------


def test_a_recommendation_without_action_is_reported_by_its_path(visit_form: FormSpec) -> None:
    data = a_visit(recommendations=[{"action": "تكوين في التسويق"}, {"responsible": "المكتب", "due_date": "bad"}])
    error = failure(visit_form, data)
    assert codes(error) == {"recommendations[2].action": "required", "recommendations[2].due_date": "not_date"}


def test_the_first_entry_is_number_one(visit_form: FormSpec) -> None:
    error = failure(visit_form, a_visit(recommendations=[{"responsible": "الجماعة"}]))
    assert codes(error) == {"recommendations[1].action": "required"}


def test_group_entries_are_cleaned(visit_form: FormSpec) -> None:
    data = a_visit(
        recommendations=[
            {"action": " تكوين ", "due_date": "٠١/٠٩/٢٠٢٥", "responsible": "  "},
            {"action": "مواكبة", "responsible": "ODCO"},
        ]
    )
    assert clean_record(visit_form, data, today=TODAY)["recommendations"] == [
        {"action": "تكوين", "due_date": "2025-09-01"},
        {"action": "مواكبة", "responsible": "ODCO"},
    ]


def test_a_draft_drops_empty_entries_and_empty_groups(visit_form: FormSpec) -> None:
    data = {"recommendations": [{}, {"action": "مواكبة"}, {"action": "", "responsible": "   "}]}
    assert clean_record(visit_form, data, draft=True) == {"recommendations": [{"action": "مواكبة"}]}
    assert clean_record(visit_form, {"recommendations": [{}, {"action": " "}]}, draft=True) == {}


def test_a_group_that_is_not_a_list_of_entries_is_refused(visit_form: FormSpec) -> None:
    assert codes(failure(visit_form, a_visit(recommendations="تكوين"))) == {"recommendations": "not_group"}


def test_workshop_sessions_need_a_theme(workshop_form: FormSpec) -> None:
    data = {"title": "لقاء", "sessions": [{"theme": "التسويق"}, {"diagnosis": "ضعف التكوين"}]}
    assert codes(failure(workshop_form, data)) == {"sessions[2].theme": "required"}


# --- unknown fields -------------------------------------------------------------------------------------------------


def test_unknown_fields_are_reported(cooperative_form: FormSpec) -> None:
    error = failure(cooperative_form, {"name_ar": "ت", "nom": "x", "name_ar ": "y"})
    assert codes(error) == {"nom": "unknown_field", "name_ar ": "unknown_field"}


def test_unknown_fields_inside_an_entry_are_reported_by_path(visit_form: FormSpec) -> None:
    error = failure(visit_form, a_visit(recommendations=[{"action": "a", "colour": "red"}]))
    assert codes(error) == {"recommendations[1].colour": "unknown_field"}


def test_a_sub_field_is_not_a_field_of_the_record(visit_form: FormSpec) -> None:
    assert codes(failure(visit_form, a_visit(action="x"))) == {"action": "unknown_field"}


# --- drafts ---------------------------------------------------------------------------------------------------------


def test_a_draft_may_miss_required_fields(visit_form: FormSpec) -> None:
    assert clean_record(visit_form, {}, draft=True) == {}
    assert clean_record(visit_form, {"agent": "فاطمة"}, draft=True) == {"agent": "فاطمة"}


def test_a_draft_keeps_an_unparseable_number_as_typed(cooperative_form: FormSpec) -> None:
    cleaned = clean_record(cooperative_form, {"members_total": "عشرون تقريبا", "members_women": "٥"}, draft=True)
    assert cleaned == {"members_total": "عشرون تقريبا", "members_women": 5}


def test_a_draft_is_not_held_to_constraints(visit_form: FormSpec) -> None:
    cleaned = clean_record(visit_form, {"visit_date": "2026-01-01"}, draft=True, today=TODAY)
    assert cleaned == {"visit_date": "2026-01-01"}


def test_a_draft_still_drops_hidden_fields(cooperative_form: FormSpec) -> None:
    cleaned = clean_record(cooperative_form, {"challenges": "isolation", "challenges_other": "x"}, draft=True)
    assert cleaned == {"challenges": ["isolation"]}


def test_a_draft_keeps_unparseable_values_inside_entries(visit_form: FormSpec) -> None:
    cleaned = clean_record(visit_form, {"recommendations": [{"due_date": "آخر الشهر"}]}, draft=True)
    assert cleaned == {"recommendations": [{"due_date": "آخر الشهر"}]}


def test_the_final_version_of_a_draft_is_still_checked(cooperative_form: FormSpec) -> None:
    draft = clean_record(cooperative_form, {"members_total": "عشرون"}, draft=True)
    assert codes(failure(cooperative_form, draft)) == {"name_ar": "required", "members_total": "not_integer"}


# --- messages -------------------------------------------------------------------------------------------------------


def test_lines_name_the_field_by_its_label_in_each_language(visit_form: FormSpec) -> None:
    error = failure(visit_form, {"observations": "x"})
    for lang in LANGS:
        lines = error.lines(lang)
        assert len(lines) == 2
        for line, name in zip(lines, ["cooperative", "visit_date"], strict=True):
            assert visit_form.field(name).label[lang] in line
            assert f"({name})" in line
            assert translate("required", lang) in line
    assert error.lines("ar") != error.lines("fr") != error.lines("en")


def test_lines_inside_a_group_name_the_group_and_the_entry(visit_form: FormSpec) -> None:
    error = failure(visit_form, a_visit(recommendations=[{"action": "a"}, {"responsible": "b"}]))
    group = visit_form.field("recommendations")
    for lang in LANGS:
        (line,) = error.lines(lang)
        assert group.label[lang] in line
        assert group.subfield("action").label[lang] in line
        assert "2" in line
        assert "recommendations[2].action" in line


def test_the_message_has_the_count_then_one_line_per_problem(cooperative_form: FormSpec) -> None:
    error = failure(cooperative_form, {"phone": "123"})
    for lang in LANGS:
        lines = error.message(lang).splitlines()
        assert lines[0] == translate("validation_failed", lang, count=2)
        assert lines[1:] == error.lines(lang)


# --- links ----------------------------------------------------------------------------------------------------------


def test_links_yield_references_and_photos(visit_form: FormSpec) -> None:
    cleaned = clean_record(
        visit_form,
        a_visit(workshop=WORKSHOP_ID, photos=[{"sha256": SHA}, {"sha256": "d" * 64, "name": "b.jpg"}]),
        today=TODAY,
    )
    found = list(links(visit_form, cleaned))
    assert sorted(found, key=lambda link: (link.kind, link.path, link.target)) == [
        Link("photos", "photo", SHA),
        Link("photos", "photo", "d" * 64),
        Link("cooperative", "reference", COOP_ID, "cooperative"),
        Link("workshop", "reference", WORKSHOP_ID, "workshop"),
    ]


def test_a_record_without_references_or_photos_has_no_links(cooperative_form: FormSpec) -> None:
    assert list(links(cooperative_form, {"name_ar": "ت", "members_total": 3})) == []


def test_links_inside_groups_carry_the_entry_path() -> None:
    form = parse_form(
        """\
form: trip
version: 1
label: {ar: رحلة, fr: Tournée, en: Trip}
sections:
  - name: main
    label: {ar: رئيسي, fr: Principal, en: Main}
    fields:
      - name: stops
        type: group
        label: {ar: محطات, fr: Étapes, en: Stops}
        fields:
          - {name: place, type: reference, form: trip, label: {ar: مكان, fr: Lieu, en: Place}}
          - {name: pictures, type: photos, label: {ar: صور, fr: Photos, en: Pictures}}
""",
        file="trip.yaml",
        stem="trip",
    )
    cleaned = clean_record(form, {"stops": [{"place": COOP_ID}, {"pictures": [{"sha256": SHA}]}]})
    assert list(links(form, cleaned)) == [
        Link("stops[1].place", "reference", COOP_ID, "trip"),
        Link("stops[2].pictures", "photo", SHA),
    ]


def test_a_sub_field_named_like_a_top_level_field_is_named_by_its_own_label() -> None:
    form = parse_form(
        """\
form: meeting
version: 1
label: {ar: اجتماع, fr: Réunion, en: Meeting}
sections:
  - name: main
    label: {ar: رئيسي, fr: Principal, en: Main}
    fields:
      - {name: date, type: date, label: {ar: تاريخ الاجتماع, fr: Date de la réunion, en: Meeting date}}
      - name: tasks
        type: group
        label: {ar: مهام, fr: Tâches, en: Tasks}
        fields:
          - {name: date, type: date, label: {ar: أجل المهمة, fr: Échéance de la tâche, en: Task due date}}
""",
        file="meeting.yaml",
        stem="meeting",
    )
    error = failure(form, {"tasks": [{"date": "later"}]})
    assert codes(error) == {"tasks[1].date": "not_date"}
    for lang, wanted, wrong in [
        ("ar", "أجل المهمة", "تاريخ الاجتماع"),
        ("fr", "Échéance de la tâche", "Date de la réunion"),
        ("en", "Task due date", "Meeting date"),
    ]:
        (line,) = error.lines(lang)
        assert wanted in line and wrong not in line, line
