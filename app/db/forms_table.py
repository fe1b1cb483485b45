"""The form definitions kept inside the database, so that a file describes its own records.

The forms shipped with the application are stored on start; a newer version of a form that arrived in a merged
file is kept too. The forms in use are the newest version of each name found in the database.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from app.core.forms import FormRegistry, FormSpec, check_references, parse_form


def store_form_definitions(conn: sqlite3.Connection, forms: list[FormSpec], *, now: str) -> None:
    """Record each shipped form under its (name, version), unless that version is already stored."""
    for form in forms:
        conn.execute(
            "INSERT OR IGNORE INTO form_definitions (name, version, digest, source, added_at) VALUES (?, ?, ?, ?, ?)",
            (form.name, form.version, form.digest, form.source, now),
        )


if TYPE_CHECKING:
    import sqlite_utils


def effective_forms(db: sqlite3.Connection | sqlite_utils.Database) -> FormRegistry:
    """The newest stored version of each form (both a connection and a sqlite-utils Database can execute)."""
    newest = db.execute(
        "SELECT name, version, source FROM form_definitions f WHERE version ="
        " (SELECT max(version) FROM form_definitions g WHERE g.name = f.name) ORDER BY name"
    ).fetchall()
    forms = [parse_form(source, file=f"{name} v{version} (database)", stem=name) for name, version, source in newest]
    check_references(forms)
    return FormRegistry(forms)


def stored_digest_mismatches(db: sqlite_utils.Database, shipped: FormRegistry) -> list[str]:
    """Shipped forms whose text differs from the stored one of the same version: the version was not raised."""
    found = []
    for form in shipped:
        rows = list(db.query("SELECT digest FROM form_definitions WHERE name = ? AND version = ?",
                             [form.name, form.version]))  # fmt: skip
        if rows and rows[0]["digest"] != form.digest:
            found.append(f"form {form.name} v{form.version}: the file differs from the stored definition")
    return found
