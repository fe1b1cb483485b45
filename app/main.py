"""Start-up and wiring of the desktop application: creates the services and passes them in."""

# ruff: noqa: E402 - the imports come after the collector is turned off (below)
from __future__ import annotations

import gc

# The window's process collects cycles on the GUI thread only, on a timer (app/ui/garbage.py, installed with the
# window): off from here, before the imports. Collections during them cost the start-up 15 to 20 ms
# (benchmarks/startup.py) for a few hundred objects, which the timer's first collection frees.
gc.disable()

import logging
import sqlite3
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from app.core import paths
from app.core.autosave import AutosaveFolder
from app.core.errors import TaawunError
from app.core.files import FileNotWritten
from app.core.form_documents import FormDocuments
from app.core.forms import load_form_directory
from app.core.logs import setup_logging
from app.core.messages import translate
from app.core.settings import Settings
from app.db.store import Store
from app.resources import forms_dir, resources_dir
from app.ui.application import WindowController
from app.ui.backup_actions import back_up_daily_in_background
from app.ui.clock_warning import warn_about_clock
from app.ui.dialogs import IdentityDialog, MessageDialog
from app.ui.i18n import Language, load_fonts
from app.ui.instance_lock import WindowLock
from app.ui.services import Services
from app.ui.upgrade_notice import upgrade_notice

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


def run_gui(*, db: str | None, lang: str | None, author: str | None, smoke: bool = False) -> int:
    started = start_gui(db=db, lang=lang, author=author, smoke=smoke)
    if isinstance(started, int):
        return started
    app, controller = started
    try:
        return smoke_check(app, controller) if smoke else app.exec()
    finally:
        controller.services.store.close()
        if controller.window_lock is not None:
            controller.window_lock.release()


def start_gui(*, db: str | None, lang: str | None, author: str | None,
              smoke: bool = False) -> tuple[QApplication, WindowController] | int:  # fmt: skip
    """Everything up to the window shown (with the offers of demo data and of unsaved work); or an exit code.
    `smoke`: nothing that waits for the user (no first-run questions, no offers, no dialogs) and no background work."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Taawun")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "taawun.png")))
    settings_path = paths.settings_file()
    settings = Settings.load(settings_path)
    code = lang or settings.language
    language = Language(app)
    language.apply(code)
    load_fonts(app)
    log_path = setup_logging(paths.log_dir())
    database = Path(db) if db else paths.default_database()
    lock = WindowLock(database)  # one window per database, for the window's whole life
    try:
        lock.acquire()
    except TaawunError as error:
        # Also on stderr: whoever started the window from a terminal or a script sees why it left.
        print(error.message(code), file=sys.stderr)
        if not smoke:
            MessageDialog.show_error(None, error.message(code))
        return error.exit_code

    if (not settings.author or not settings.device_name) and not smoke:
        # The welcome: the agent's own name (never the system's login, "root", which would sign every record), the
        # laptop's (the host name to start from), and the language, applied as soon as it is picked.
        chosen = [code]

        def choose_language(picked: str) -> None:
            chosen[0] = picked
            language.apply(picked)

        identity = IdentityDialog.ask(None, author=author or settings.author, device_name=settings.effective_device_name,
                                      lang=code, on_language=choose_language)  # fmt: skip
        if identity is None:
            lock.release()
            return 0
        settings.author, settings.device_name = identity
        if chosen[0] != code:
            code = settings.language = chosen[0]
        try:
            settings.save(settings_path)
        except FileNotWritten as error:  # a held or read-only settings file: the names apply to this session
            log.warning("settings not saved: %s (%s)", error.code, error.params.get("reason"))
    opened = _open_store(database, settings, author=author, lang=code, log_path=log_path, smoke=smoke)
    if isinstance(opened, int):
        lock.release()
        return opened
    store = opened
    services = Services(store=store, settings=settings, settings_path=settings_path,
                        autosave=AutosaveFolder(paths.data_dir() / "autosave"), log_path=log_path, lang=code)  # fmt: skip
    install_bug_handler(services, log_path)
    controller = WindowController(app, services, language)
    controller.window_lock = lock
    controller.window.show()
    if smoke:
        return app, controller
    controller.offer_demo_if_empty()
    controller.offer_restore()
    warn_about_clock(controller.window, store, code)  # a wrong date refuses every file: said at once, not blocking
    controller.index_in_background()
    back_up_daily_in_background(controller.runner, services, settings.backup_keep_days)
    return app, controller


def _open_store(database: Path, settings: Settings, *, author: str | None, lang: str, log_path: Path,
                smoke: bool) -> Store | int:  # fmt: skip
    """The store on `database`; or, when it is damaged, the way back through the newest sound backup; or an exit
    code (the reason shown, or printed in `smoke` mode)."""

    def open_store() -> Store:
        forms = load_form_directory(forms_dir(), documents=FormDocuments(paths.form_cache_file()))
        return Store.open(database, forms=forms, author=author or settings.effective_author,
                          device_name=settings.effective_device_name)  # fmt: skip

    try:
        with upgrade_notice(database, lang, shown=not smoke):  # closed before any dialog below
            return open_store()
    except (TaawunError, sqlite3.DatabaseError) as error:
        from app.db.recovery import damage_of  # the backups' checks and the recovery dialog: not at every start
        from app.ui.recovery_dialog import offer_recovery

        damage = damage_of(error, database)
        if damage is None and not isinstance(error, TaawunError):
            raise  # SQLite's "locked", "disk I/O error"...: not damage, a bug to log
        problem = damage or error
        assert isinstance(problem, TaawunError)
        if smoke:
            print(translate("gui_smoke_failed", lang, detail=problem.message(lang)), file=sys.stderr)
            return problem.exit_code
        if damage is None:  # a foreign file, a newer version, a read-only disk: never moved aside nor replaced
            MessageDialog.show_error(None, problem.message(lang))
            return problem.exit_code
        if not offer_recovery(database=database, damage=damage, lang=lang, log_path=log_path):
            return damage.exit_code
    try:
        return open_store()
    except TaawunError as error:
        MessageDialog.show_error(None, error.message(lang))
        return error.exit_code


def smoke_check(app: QApplication, controller: WindowController) -> int:
    """`taawun gui --smoke`: one turn of the event loop with the window shown, then what a broken build would lose:
    the window drawn (Qt's platform plugin), Qt's own and our translations, the shipped fonts. Exit 0 when all hold."""
    QTimer.singleShot(0, lambda: app.exit(0))  # not quit(): since Qt 6 it closes the windows first
    app.exec()
    window, lang = controller.window, controller.services.lang
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    checks = {
        "the window is not shown": window.isVisible(),
        "the window cannot be drawn": not window.grab().isNull(),
        f"qtbase_{lang}.qm not found in {qt_folder}": QTranslator().load(f"qtbase_{lang}", qt_folder),
        f"taawun_{lang}.qm not found": QTranslator().load(f"taawun_{lang}", str(resources_dir() / "translations")),
        "the shipped fonts are not loaded": "Noto Sans Arabic" in QFontDatabase.families(),
    }
    window.close()
    problems = [problem for problem, ok in checks.items() if not ok]
    if problems:
        print(translate("gui_smoke_failed", lang, detail="; ".join(problems)), file=sys.stderr)
        return 1
    fonts = ", ".join(f for f in QFontDatabase.families() if f.startswith("Noto"))
    print(translate("gui_smoke_passed", lang, platform=app.platformName(), qt=f"qtbase_{lang}, taawun_{lang}",
                    fonts=fonts))  # fmt: skip
    return 0
