"""A stand-in of an earlier release (importable from tests: `pythonpath` includes tests): the same code with the
migrations, schema version, package format and carried tables that release had. Its laptops open, merge and export;
they never knew what later migrations added."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest


@contextmanager
def release_of_schema(monkeypatch: pytest.MonkeyPatch, version: int) -> Iterator[None]:
    """Within the block, this code behaves as the release whose schema was `version` (5 on: the format's minor)."""
    from app.db import derived, opening, schema
    from app.db.followup_index import FOLLOWUP_ITEMS
    from app.db.schema_check import expected_schema
    from app.sync import export, package, package_format

    tables = {name for name, (kind, _, _) in expected_schema(version).items() if kind == "table"}
    with monkeypatch.context() as patched:
        patched.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:version])
        for module in (schema, opening, package, package_format):
            patched.setattr(module, "LATEST_VERSION", version)
        patched.setattr(package_format, "FORMAT_MINOR", package_format.MINOR_OF_SCHEMA[version])
        patched.setattr(package_format, "MINOR_OF_SCHEMA",
                        {v: m for v, m in package_format.MINOR_OF_SCHEMA.items() if v <= version})  # fmt: skip
        if version < 9:  # the follow-up items came with schema 9
            for name in ("INDEXES", "CHECKED"):
                patched.setattr(derived, name, tuple(i for i in getattr(derived, name) if i is not FOLLOWUP_ITEMS))
        patched.setattr(package, "CARRIED_TABLES", tuple(t for t in package.CARRIED_TABLES if t in tables))
        counted = tuple(t for t in package.COUNTED_TABLES if t in tables)  # what an older manifest counts
        for module in (package, export):
            patched.setattr(module, "COUNTED_TABLES", counted)
        yield
