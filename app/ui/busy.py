"""What the window shows while a job runs on a worker: a window-modal "working…" dialog, and the job's failure."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.core.errors import TaawunError
from app.ui.dialogs import MessageDialog


class BusyDialog:
    """No cancel button (each job is one transaction or one file, finished or undone); shown after 300 ms unless
    `at_once`, so that quick jobs do not flash a dialog."""

    def __init__(self) -> None:
        self.dialog: QProgressDialog | None = None

    def show(self, parent: QWidget | None, text: str, *, at_once: bool = False) -> None:
        self.dialog = QProgressDialog(text, "", 0, 0, parent)
        self.dialog.setCancelButton(None)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        if at_once:
            self.dialog.show()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


def show_failure(parent: QWidget | None, lang: str, error: BaseException) -> None:
    """A job's known condition, translated; anything else is a bug, raised for the application's handler (logged,
    with an apology)."""
    if isinstance(error, TaawunError):
        MessageDialog.show_error(parent, error.message(lang))
        return
    raise error
