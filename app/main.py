"""Start-up and wiring of the desktop application: creates the services and passes them in."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

from app.core import paths
from app.core.autosave import AutosaveFolder
from app.core.errors import TaawunError
from app.core.forms import load_form_directory
from app.core.logs import setup_logging
from app.core.settings import Settings
from app.db.store import Store
from app.resources import forms_dir
from app.ui.application import WindowController
from app.ui.dialogs import IdentityDialog, MessageDialog
from app.ui.i18n import Language, load_fonts
from app.ui.services import Services

log = logging.getLogger("taawun.ui")


def install_bug_handler(lang_of: object, log_path: Path) -> None:
    """Anything unexpected: logged with its traceback, a short apology shown, and the window keeps running."""

    def handle(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, trace)))
        lang = getattr(lang_of, "lang", "ar")
        if isinstance(error, TaawunError):
            MessageDialog.show_error(QApplication.activeWindow(), error.message(lang))
        else:
            MessageDialog.show_bug(QApplication.activeWindow(), lang, log_path)

    sys.excepthook = handle


def run_gui(*, db: str | None, lang: str | None, author: str | None) -> int:
    started = start_gui(db=db, lang=lang, author=author)
    if isinstance(started, int):
        return started
    app, controller = started
    try:
        return app.exec()
    finally:
        controller.services.store.close()


def start_gui(*, db: str | None, lang: str | None, author: str | None) -> tuple[QApplication, WindowController] | int:
    """Everything up to the window shown (with the offers of demo data and of unsaved work); or an exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Taawun")
    settings_path = paths.settings_file()
    settings = Settings.load(settings_path)
    code = lang or settings.language
    language = Language(app)
    language.apply(code)
    load_fonts(app)
    log_path = setup_logging(paths.log_dir())

    if not settings.author or not settings.device_name:
        identity = IdentityDialog.ask(None, author=author or settings.effective_author,
                                      device_name=settings.effective_device_name)  # fmt: skip
        if identity is None:
            return 0
        settings.author, settings.device_name = identity
        settings.save(settings_path)
    database = Path(db) if db else paths.default_database()
    try:
        store = Store.open(database, forms=load_form_directory(forms_dir()), author=author or settings.author,
                           device_name=settings.device_name)  # fmt: skip
    except TaawunError as error:
        MessageDialog.show_error(None, error.message(code))
        return error.exit_code
    services = Services(store=store, settings=settings, settings_path=settings_path,
                        autosave=AutosaveFolder(paths.data_dir() / "autosave"), log_path=log_path, lang=code)  # fmt: skip
    install_bug_handler(services, log_path)
    controller = WindowController(app, services, language)
    controller.window.show()
    controller.offer_demo_if_empty()
    controller.offer_restore()
    controller.index_in_background()
    return app, controller
