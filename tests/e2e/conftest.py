"""Whole flows in the real window. Its fixtures (a window on a real database file, dialogs replaced) are those of
tests/ui/conftest.py, loaded from there rather than copied, so both folders build the window the same way."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_UI_CONFTEST = Path(__file__).resolve().parents[1] / "ui" / "conftest.py"
_spec = importlib.util.spec_from_file_location("taawun_ui_window_fixtures", _UI_CONFTEST)
assert _spec is not None and _spec.loader is not None
_ui = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_ui)

Answers = _ui.Answers
answers = _ui.answers
services = _ui.services
controller = _ui.controller
