"""Loading the demo event (the Mrirt meeting) into a store, once.

Demo records get ids derived from their keys (UUID v5), so loading twice, or on two laptops that later merge,
never makes a second copy.
"""

from __future__ import annotations

import uuid
from typing import Any

from app.core.demo_event import ALL_RECORDS
from app.db.store import Store

DEMO_NAMESPACE = uuid.UUID("5b0e0f8e-5a4f-4b8e-9a57-7461617775e1")


def demo_id(key: str) -> str:
    return str(uuid.uuid5(DEMO_NAMESPACE, key))


def _resolve(value: Any) -> Any:
    if isinstance(value, str) and value.startswith("@"):
        return demo_id(value[1:])
    if isinstance(value, list):
        return [_resolve(item) for item in value]
    if isinstance(value, dict):
        return {key: _resolve(item) for key, item in value.items()}
    return value


def load_demo(store: Store) -> int:
    """Add the demo records that are not there yet (a deleted one stays deleted); returns how many were added."""
    added = 0
    for record in ALL_RECORDS:
        record_id = demo_id(record.key)
        if store.exists(record_id):
            continue
        store.create(record.form, _resolve(record.data), record_id=record_id)
        added += 1
    return added
