"""What a form does beyond its fields, declared in its file: its place in the window's navigation and the words
naming it there (its heading, the title of a new record), what its list shows beside its title (its columns) and
filters on (its date, its place, its choices), which pages list its records, which reports it has, and what finds
likely duplicates of its records (`duplicates`, app/core/duplicate_rules.py).

Every key is optional: a form that declares nothing gets a generic behaviour (after the declared forms in the
navigation, headed by its label; a list showing its title fields only, filtered by its first date field, by province
and commune when it has them or refers to a record that has them, and by state; listed on the page of each record it
refers to; the report named after it, or the generic one-record report). Declarations are checked as strictly as
fields: an unknown key is refused, naming it. What needs the other forms (a place taken through a reference) is
resolved with the registry (`list_behaviour`), so a form file stays checkable on its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.core.duplicate_rules import DuplicateRule, parse_duplicates
from app.core.errors import FormDefinitionError

if TYPE_CHECKING:
    from app.core.forms import FieldSpec, FormRegistry, FormSpec

# The form-level keys this module reads (app/core/forms.py accepts them beside `form`, `label`, `sections`...).
KEYS = frozenset(("navigation", "list", "listed_on", "reports", "duplicates"))
# The filters every list may offer; a form adds its choice filters (`list: choices:`, each named by its key).
FILTERS = ("province", "commune", "date", "agent", "state", "open_follow_up")
GENERIC_REPORT = "record"
_NAVIGATION_KEYS = {"order", "icon", "heading", "new"}
_LIST_KEYS = {"date", "place", "filters", "choices", "agent", "follow_up", "columns"}
_PLACE_KEYS = {"via", "province", "commune"}
_FOLLOW_UP_KEYS = {"date", "of"}
_LAST = 1_000_000  # the navigation order of a form that declares none: after the others, by name


@dataclass(frozen=True)
class Place:
    """Where a record's province and commune are: its own fields, or those of the record a reference points at."""

    via: str | None = None
    province: str | None = None
    commune: str | None = None


@dataclass(frozen=True)
class FollowUp:
    """A follow-up date (`date`) is open while no later record of the form refers to the same record (`of`)."""

    date: str
    of: str


@dataclass(frozen=True)
class FormBehaviour:
    """As declared; None where the file says nothing (the defaults are worked out by the functions below)."""

    order: int | None = None
    icon: str | None = None
    # The words naming the form in the window, in each language, where its label does not fit: the heading of its
    # list and navigation entry (a plural, "Coopératives") and the title of a new record, agreeing with the form's
    # gender ("تعاونية جديدة", "Nouvel atelier"): words no rule can make from the label.
    heading: dict[str, str] | None = None
    new: dict[str, str] | None = None
    date: str | None = None
    place: Place | None = None
    filters: tuple[str, ...] | None = None
    choices: tuple[tuple[str, str], ...] = ()  # (filter key, choice field of the place's record)
    agent: str | None = None
    follow_up: FollowUp | None = None
    # Fields its list shows after the title fields, each sorted through the lists' keys (app/db/list_plan.py); the
    # `agent` field, when it is one, shows the record's author where it is empty.
    columns: tuple[str, ...] = ()
    listed_on: tuple[str, ...] | None = None
    reports: tuple[str, ...] | None = None
    duplicates: DuplicateRule | None = None  # what finds likely duplicates (app/core/duplicate_rules.py)


@dataclass(frozen=True)
class ListBehaviour:
    """A list's filters, resolved with the other forms: the fields each filter reads."""

    form: str
    filters: frozenset[str]
    date: str | None
    place_form: str | None  # the form holding the place and choice fields: this one, or the one `via` points at
    via: str | None  # the reference field leading to it (None: the record itself)
    province: str | None
    commune: str | None
    choices: dict[str, str]
    agent: str | None
    follow_up: FollowUp | None


@dataclass(frozen=True)
class RelatedList:
    """On a record's page of form `on`: the records of `form` whose reference `field` points at it."""

    on: str
    form: str
    field: str


Fail = Callable[..., FormDefinitionError]
Words = Callable[[Any, str, str], "dict[str, str]"]  # the loader's reader of a label: (value, key, where)


def parse_behaviour(document: dict[str, Any], fields: tuple[FieldSpec, ...], fail: Fail,
                    words: Words) -> FormBehaviour:  # fmt: skip
    """The declarations of one form file (`document` is its top-level mapping, `fields` its top-level fields).
    `fail(code, where, **params)` makes the loader's error, naming the file; `words(value, key, where)` reads words
    in every language as the loader reads a label (a mapping with each language, or an error naming the key)."""
    by_name = {spec.name: spec for spec in fields}

    def mapping(value: Any, key: str, allowed: set[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise fail("form_not_mapping", key, key=key)
        for unknown in value:
            if unknown not in allowed:
                raise fail("form_unknown_key", key, key=unknown)
        return value

    def field_of(value: Any, key: str, types: tuple[str, ...]) -> str:
        names = [spec.name for spec in fields if spec.type in types]
        if not isinstance(value, str) or value not in names:
            raise fail("form_bad_value", key, key=key, expected=", ".join(names) or "—")
        return value

    def names(value: Any, key: str, allowed: tuple[str, ...] | None) -> tuple[str, ...]:
        if not isinstance(value, list) or any(not isinstance(item, str) for item in value):
            raise fail("form_bad_value", key, key=key, expected="[…]")
        for item in value:
            if allowed is not None and item not in allowed:
                raise fail("form_bad_value", key, key=key, expected=", ".join(allowed) or "—")
        if len(set(value)) != len(value):
            raise fail("form_bad_value", key, key=key, expected="each once")
        return tuple(value)

    declared: dict[str, Any] = {}
    if "navigation" in document:
        navigation = mapping(document["navigation"], "navigation", _NAVIGATION_KEYS)
        if "order" in navigation:
            order = navigation["order"]
            if isinstance(order, bool) or not isinstance(order, int) or not 0 <= order < _LAST:
                raise fail("form_bad_value", "navigation", key="order", expected="0, 1, 2…")
            declared["order"] = order
        if "icon" in navigation:
            declared["icon"] = _identifier(navigation["icon"], "icon", "navigation", fail)
        for key in ("heading", "new"):
            if key in navigation:
                declared[key] = words(navigation[key], key, "navigation")
    if "list" in document:
        listing = mapping(document["list"], "list", _LIST_KEYS)
        if "date" in listing:
            declared["date"] = field_of(listing["date"], "date", ("date",))
        if "place" in listing:
            place = mapping(listing["place"], "place", _PLACE_KEYS)
            if "via" in place and set(place) != {"via"}:
                raise fail("form_bad_value", "place", key="place", expected="via, or province and commune")
            if "via" in place:
                declared["place"] = Place(via=field_of(place["via"], "via", ("reference",)))
            else:
                own = {key: field_of(place[key], key, ("text", "select_one", "province")) for key in ("province", "commune")
                       if key in place}  # fmt: skip
                declared["place"] = Place(**own)
        if "choices" in listing:
            choices = listing["choices"]
            if not isinstance(choices, dict):
                raise fail("form_not_mapping", "choices", key="choices")
            # Which form holds the choice fields is known only with the registry: checked by `check_behaviour`.
            declared["choices"] = tuple(
                (_choice_key(key, fail), _identifier(value, key, "choices", fail)) for key, value in choices.items()
            )
        if "filters" in listing:
            declared["filters"] = names(listing["filters"], "filters", None)
            for key in declared["filters"]:  # a filter of the form's own is one of its choice filters
                if key not in FILTERS and key not in dict(declared.get("choices", ())):
                    raise fail("form_missing_key", "choices", key=key)
        if "agent" in listing:
            declared["agent"] = field_of(listing["agent"], "agent", ("text",))
        if "columns" in listing:
            declared["columns"] = _columns(listing["columns"], document, fields, fail)
        if "follow_up" in listing:
            follow_up = mapping(listing["follow_up"], "follow_up", _FOLLOW_UP_KEYS)
            for key in _FOLLOW_UP_KEYS:
                if key not in follow_up:
                    raise fail("form_missing_key", "follow_up", key=key)
            declared["follow_up"] = FollowUp(date=field_of(follow_up["date"], "date", ("date",)),
                                             of=field_of(follow_up["of"], "of", ("reference",)))  # fmt: skip
    if "listed_on" in document:
        references = tuple(spec.name for spec in fields if spec.type == "reference")
        declared["listed_on"] = names(document["listed_on"], "listed_on", references)
    if "reports" in document:
        reports = names(document["reports"], "reports", None)
        declared["reports"] = tuple(_identifier(name, "reports", "reports", fail) for name in reports)
    if "duplicates" in document:
        declared["duplicates"] = parse_duplicates(document["duplicates"], fields, fail)
    behaviour = FormBehaviour(**declared)
    _check_filters(behaviour, by_name, fail)
    return behaviour


def _identifier(value: Any, key: str, where: str, fail: Fail) -> str:
    from app.core.forms import NAME

    if not isinstance(value, str) or not NAME.fullmatch(value):
        raise fail("form_bad_name", where, name=value)
    return value


def _columns(value: Any, document: dict[str, Any], fields: tuple[FieldSpec, ...], fail: Fail) -> tuple[str, ...]:
    """A list's columns beside its title: top-level fields whose values fit a cell and sort by a key (not the title
    fields, which the list shows already), each once. A bad one is refused naming it, with those that may be."""
    titles = document.get("title_fields") or [fields[0].name]
    allowed = [spec.name for spec in fields if spec.field_type.listed and spec.name not in titles]
    if not isinstance(value, list):
        raise fail("form_bad_value", "columns", key="columns", expected=f"[{', '.join(allowed)}]")
    for index, item in enumerate(value):
        if not isinstance(item, str) or item not in allowed:
            raise fail("form_bad_value", "columns", key=str(item), expected=", ".join(allowed) or "—")
        if item in value[:index]:
            raise fail("form_bad_value", "columns", key=item, expected="each once")
    return tuple(value)


def _choice_key(key: Any, fail: Fail) -> str:
    """A choice filter's key: an identifier that is no other filter's name (nor a field of `Filters`)."""
    if not isinstance(key, str) or key in FILTERS or key in ("choices", "date_from", "date_to"):
        raise fail("form_bad_value", "choices", key=str(key), expected="sector, topic…")
    return _identifier(key, "choices", "choices", fail)


def _check_filters(behaviour: FormBehaviour, fields: dict[str, FieldSpec], fail: Fail) -> None:
    """A declared filter needs what it reads: the follow-up its dates, the date filter a date."""
    if behaviour.filters is None:
        return
    if "open_follow_up" in behaviour.filters and behaviour.follow_up is None:
        raise fail("form_missing_key", "list", key="follow_up")
    if "date" in behaviour.filters and behaviour.date is None and _first_date(tuple(fields.values())) is None:
        raise fail("form_missing_key", "list", key="date")


def _first_date(fields: tuple[FieldSpec, ...]) -> str | None:
    return next((spec.name for spec in fields if spec.type == "date"), None)


# --- resolved with the registry ---------------------------------------------------------------------------------------


def navigation(forms: FormRegistry) -> tuple[str, ...]:
    """The forms in the window's navigation, in order: the declared order, then by name."""
    return tuple(form.name for form in sorted(forms, key=lambda form: (_order(form), form.name)))


def _order(form: FormSpec) -> int:
    return form.behaviour.order if form.behaviour.order is not None else _LAST


def list_fields(form: FormSpec) -> tuple[str, ...]:
    """The fields a form's list shows, in order: its title fields, then the columns its file declares."""
    return (*form.title_fields, *(name for name in form.behaviour.columns if name not in form.title_fields))


def form_heading(form: FormSpec, lang: str) -> str:
    """The heading of a form's list and navigation entry in `lang`: as declared, else the form's label."""
    declared = form.behaviour.heading or form.label
    return declared.get(lang) or form.label.get(lang) or form.name


def new_title(form: FormSpec, lang: str) -> str | None:
    """The title of a record of the form not saved yet, in `lang`, as declared; None when the file declares none
    (the window then names it with the form's label: app/ui/words.py)."""
    return form.behaviour.new.get(lang) if form.behaviour.new is not None else None


def icon_name(form: FormSpec) -> str:
    """The icon of the form in the navigation (one of app/ui/icons.NAMES; the form's name by default)."""
    return form.behaviour.icon or form.name


def _own_place(form: FormSpec) -> Place | None:
    """The form's own province and commune fields, declared or (by default) the top-level text fields named so."""
    declared = form.behaviour.place
    if declared is not None:
        return declared if declared.via is None else None
    own = {key: key for key in ("province", "commune") if (spec := form.field(key)) is not None
           and spec.type in ("text", "select_one", "province")}  # fmt: skip
    return Place(**own) if own else None


def _place(forms: FormRegistry, form: FormSpec) -> tuple[str | None, Place | None, str | None]:
    """(the form holding the place, its place fields, the reference leading there) or Nones."""
    declared = form.behaviour.place
    if declared is not None and declared.via is not None:
        target = form.field(declared.via)
        if target is not None and target.form is not None and target.form in forms:
            other = forms.get(target.form)
            return other.name, _own_place(other), declared.via
        return None, None, None
    own = _own_place(form)
    if own is not None or declared is not None:
        return form.name, own, None
    for spec in form.fields:  # by default: the first reference to a form that has a place of its own
        if spec.type == "reference" and spec.form is not None and spec.form in forms and spec.form != form.name:
            other = forms.get(spec.form)
            if (place := _own_place(other)) is not None:
                return other.name, place, spec.name
    return form.name, None, None


def list_behaviour(forms: FormRegistry, name: str) -> ListBehaviour:
    """What the list of form `name` filters on, and through which fields (an unknown form: state only)."""
    if name not in forms:
        return ListBehaviour(name, frozenset({"state"}), None, None, None, None, None, {}, None, None)
    form = forms.get(name)
    declared = form.behaviour
    place_form, place, via = _place(forms, form)
    date = declared.date or _first_date(form.fields)
    choices = dict(declared.choices)
    if declared.filters is not None:
        filters = set(declared.filters)
    else:
        filters = {"state"} | ({"date"} if date else set()) | set(choices)
        filters |= {key for key in ("province", "commune") if place is not None and getattr(place, key)}
        filters |= {"agent"} if declared.agent else set()
        filters |= {"open_follow_up"} if declared.follow_up else set()
    return ListBehaviour(
        form=name,
        filters=frozenset(filters),
        date=date,
        place_form=place_form,
        via=via,
        province=place.province if place is not None else None,
        commune=place.commune if place is not None else None,
        choices=choices,
        agent=declared.agent,
        follow_up=declared.follow_up,
    )


def related_lists(forms: FormRegistry, name: str) -> tuple[RelatedList, ...]:
    """The lists on the page of a record of form `name`: for each form (in navigation order) and each of its
    reference fields to `name` through which it is listed (by default: all of them), the records referring."""
    found = []
    for other_name in navigation(forms):
        other = forms.get(other_name)
        through = other.behaviour.listed_on
        for spec in other.fields:
            if spec.type == "reference" and spec.form == name and (through is None or spec.name in through):
                found.append(RelatedList(on=name, form=other.name, field=spec.name))
    return tuple(found)


def reports_of(form: FormSpec, known: frozenset[str] | set[str]) -> tuple[str, ...]:
    """The reports of a form's records: as declared, else the report named after the form when there is one (a
    database may hold a definition written before forms declared their reports), else the generic one."""
    if form.behaviour.reports is not None:
        return form.behaviour.reports
    return (form.name,) if form.name in known else (GENERIC_REPORT,)


def check_behaviour(forms: list[FormSpec]) -> None:
    """What one file cannot check alone: a place taken through a reference leads to a form with a place of its
    own, and a choice filter reads a choice field of the form holding the place."""
    from app.core.forms import FormRegistry

    registry = FormRegistry(forms)
    for form in forms:
        declared = form.behaviour
        where = form.path or form.name
        via = form.field(declared.place.via) if declared.place is not None and declared.place.via else None
        if via is not None and via.form not in registry:
            continue  # a form checked alone (arriving in a file): the reference itself is checked elsewhere
        place_form, place, _ = _place(registry, form)
        if via is not None and place is None:
            raise FormDefinitionError("form_bad_value", file=where, field_path="place", key="via",
                                      expected="a reference to a form with province and commune")  # fmt: skip
        wanted = set(declared.filters or ()) & {"province", "commune"}
        if wanted and (place is None or any(getattr(place, key) is None for key in wanted)):
            raise FormDefinitionError("form_missing_key", file=where, field_path="list", key="place")
        holder = registry.get(place_form) if place_form is not None and place_form in registry else form
        for key, field_name in declared.choices:
            spec = holder.field(field_name)
            if spec is None or spec.type not in ("select_one", "select_multiple"):
                options = [f.name for f in holder.fields if f.type in ("select_one", "select_multiple")]
                raise FormDefinitionError("form_bad_value", file=where, field_path="choices", key=key,
                                          expected=", ".join(options) or "—")  # fmt: skip
