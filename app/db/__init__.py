"""The local SQLite store (the only package that imports sqlite_utils)."""

from app.db.store import Store

__all__ = ["Store"]
