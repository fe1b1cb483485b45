"""The communes the database already holds for a province: what the window completes a commune field from.

Read from every live record of a form with a province field naming its commune field (`commune:` in the form file,
app/core/field_types/places.py): the records whose province is the official one, and those whose province was typed
as text naming it (`app.core.places`), so that the communes recorded before the list count too.
"""

from __future__ import annotations

import sqlite3

from app.core.forms import FormRegistry
from app.core.places import official_places


def communes_of(conn: sqlite3.Connection, forms: FormRegistry, province: str) -> list[str]:
    """The distinct communes recorded for the province `province` (a code), sorted."""
    places = official_places()
    found: set[str] = set()
    for form in forms:
        for spec in form.fields:
            if spec.type != "province" or not spec.commune_field:
                continue
            rows = conn.execute(
                f"SELECT DISTINCT json_extract(data, '$.{spec.name}'), trim(json_extract(data, '$.{spec.commune_field}'))"
                f" FROM records WHERE form = ? AND deleted = 0 AND json_type(data, '$.{spec.commune_field}') = 'text'",
                (form.name,),
            )
            for value, commune in rows:
                if commune and isinstance(value, str):
                    named = places.province(value) or places.match(value)
                    if named is not None and named.code == province:
                        found.add(commune)
    return sorted(found)
