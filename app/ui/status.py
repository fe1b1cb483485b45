"""Quiet news for the status bar: a small file that could not be written (the autosave copy, the settings, the
remembered filters) is said there and logged, never in a dialog: the agent goes on typing, and the next write
tries again."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMainWindow, QWidget

from app.core.display import window_message
from app.core.errors import TaawunError

log = logging.getLogger("taawun.ui")
SHOWN_MS = 30_000  # long enough to be read; a later success clears it sooner


def show_quietly(widget: QWidget, error: TaawunError, lang: str) -> str:
    """Log `error` and show it on the status bar of `widget`'s window (if it has one); returns the text shown."""
    log.warning("%s (%s)", error.code, error.params.get("reason") or error.params.get("detail") or "")
    text = window_message(error, lang)  # a path inside an Arabic sentence keeps its order
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, SHOWN_MS)
    return text


def clear_quietly(widget: QWidget, text: str) -> None:
    """Remove `text` from the status bar when it is still the message shown (the problem has gone)."""
    window = widget.window()
    if isinstance(window, QMainWindow) and window.statusBar().currentMessage() == text:
        window.statusBar().clearMessage()
