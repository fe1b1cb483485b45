"""The `taawun` command: the same services as the window, without a window.

Exit codes: 0 success; 2 invalid input (nothing written); 3 a database that is not ours, damaged, from a newer
version, or that cannot be written; 1 a bug (logged with its traceback; the message gives the log's path).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from typing import Any

from app import __version__
from app.cli import backup as cli_backup
from app.cli import duplicates as cli_duplicates
from app.cli import export as cli_export
from app.cli import followups as cli_followups
from app.cli import import_rows as cli_import
from app.cli import org as cli_org
from app.cli import places as cli_places
from app.cli import reports as cli_reports
from app.cli import search as cli_search
from app.cli import selftest as cli_selftest
from app.cli import sync as cli_sync
from app.cli.changes_input import read_changes
from app.cli.choices import draft_warnings, form_lines, resolve_input
from app.cli.context import Context
from app.cli.output import QuietOutput
from app.cli.show import cmd_history, cmd_list, cmd_show
from app.core import paths
from app.core.errors import DatabaseRejected, TaawunError, ValidationFailed
from app.core.forms import load_form
from app.core.logs import setup_logging
from app.core.messages import LANGUAGES, translate
from app.core.settings import Settings

log = logging.getLogger("taawun.cli")


# --- commands ---------------------------------------------------------------------------------------------------


def cmd_demo(ctx: Context) -> int:
    from app.db.demo import load_demo

    added = load_demo(ctx.store)
    ctx.say("cli_demo_loaded", count=added, total=translate("n_records", ctx.lang, count=ctx.store.count()))
    return 0


def cmd_add(ctx: Context) -> int:
    form = ctx.store.forms.get(ctx.options.form)
    data, photos = read_changes(form, ctx.options.set or [], ctx.options.json)
    data = resolve_input(ctx.store, form, data, draft=ctx.options.draft, lang=ctx.lang)
    record_id = ctx.store.create(form.name, data, draft=ctx.options.draft, new_photos=photos)
    print(record_id)
    _warn_about_draft(ctx, ctx.store.get(record_id))
    cli_duplicates.warn_about_duplicates(ctx, ctx.store.get(record_id))
    return 0


def _warn_about_draft(ctx: Context, record: Any) -> None:
    """A saved draft holding a value that is not a choice: said on stderr (stdout keeps the id, for scripts)."""
    if record.state == "draft":
        form = ctx.store.forms.for_record(record.form, record.form_version)
        for line in draft_warnings(form, record.data, ctx.lang):
            print(line, file=sys.stderr)


def cmd_edit(ctx: Context) -> int:
    record = ctx.store.get(ctx.options.id)
    form = ctx.store.forms.get(record.form)
    if not ctx.options.set and ctx.options.json is None and ctx.options.state is None:
        ctx.say("nothing_to_change")
        return 2
    data, photos = read_changes(form, ctx.options.set or [], ctx.options.json)
    draft = None if ctx.options.state is None else ctx.options.state == "draft"
    is_draft = record.state == "draft" if draft is None else draft
    data = resolve_input(ctx.store, form, data, draft=is_draft, lang=ctx.lang)
    updated = ctx.store.update(record.id, data, draft=draft, new_photos=photos)
    ctx.say("record_saved", id=updated.id, version=updated.version)
    _warn_about_draft(ctx, updated)
    return 0


def cmd_delete(ctx: Context) -> int:
    ctx.store.delete(ctx.options.id)
    ctx.say("record_removed", id=ctx.options.id)
    return 0


def cmd_forms(ctx: Context) -> int:
    if ctx.options.action == "check":
        if not ctx.options.file:
            ctx.say("forms_check_needs_file")
            return 2
        form = load_form(ctx.options.file)
        ctx.say("cli_form_file_ok", form=form.name, version=form.version,
                fields=translate("n_fields", ctx.lang, count=len(form.fields)))  # fmt: skip
        return 0
    if ctx.options.action == "accept":
        return _accept_form(ctx)
    from app.db.forms_table import proposals

    forms = ctx.store.forms
    if ctx.options.action not in (None, "check", "accept"):  # `taawun forms FORM`: its fields and choices
        print("\n".join(form_lines(forms.get(ctx.options.action), ctx.lang)))
        return 0
    for form in forms:
        print(f"{form.name}  v{form.version}  {form.label[ctx.lang]}  ({len(form.fields)})")
    waiting = proposals(forms)
    if waiting:
        print()
        ctx.say("forms_proposals_header")
        for proposal in waiting:
            current = proposal.current.version if proposal.current is not None else "—"
            print(translate("forms_proposal_line", ctx.lang, form=proposal.form.name, version=proposal.form.version,
                            current=current))  # fmt: skip
            for change in proposal.changes:
                print("  - " + translate(change.code, ctx.lang, **change.params()))
    return 0


def _accept_form(ctx: Context) -> int:
    from app.db.forms_table import accept_proposal

    name, version = ctx.options.file, ctx.options.version
    if not name or version is None or not version.isdigit():
        ctx.say("forms_accept_needs_version")
        return 2
    form = accept_proposal(ctx.store, name, int(version))
    ctx.say("form_accepted", form=form.name, version=form.version)
    return 0


def cmd_check(ctx: Context) -> int:
    """Exit 0 when sound, 3 with the problems listed. A damaged file (one that cannot even be opened, or whose
    pages SQLite finds damaged) also gets the damage's message and the way back (`main`: the newest sound backup)."""
    import sqlite3

    from app.db.checking import check_store, file_problems, sqlite_failure
    from app.db.forms_table import stored_digest_mismatches
    from app.db.recovery import damage_of

    try:
        store = ctx.store
    except DatabaseRejected as error:
        if damage_of(error, ctx.database) is not None:
            ctx.say("check_failed")
            for problem in file_problems(ctx.database) or [error.params.get("detail") or error.code]:
                print(f"  - {problem}")
        raise
    if ctx.options.repair:
        try:
            ctx.say("cli_search_index_rebuilt", count=store.rebuild_derived())
        except sqlite3.DatabaseError as error:  # damaged pages met while rebuilding
            raise sqlite_failure(error, ctx.database) from None
    findings = check_store(store)
    try:
        problems = findings.lines + stored_digest_mismatches(store.db, ctx.shipped_forms)
    except sqlite3.DatabaseError as error:
        raise sqlite_failure(error, ctx.database) from None
    _say_clock_warning(ctx, store)
    if problems:
        ctx.say("check_failed")
        for problem in problems:
            print(f"  - {problem}")
        if findings.damage:  # said once more as damage, followed by the way back
            raise DatabaseRejected("db_corrupt", path=str(ctx.database), detail=findings.damage[0])
        return 3
    totals = store.totals()
    ctx.say("cli_check_ok", records=translate("n_records", ctx.lang, count=totals["records"]),
            history=translate("n_versions", ctx.lang, count=totals["history"]),
            photos=translate("n_photos", ctx.lang, count=totals["photos"]))  # fmt: skip
    return 0


def _say_clock_warning(ctx: Context, store: Any) -> None:
    """This laptop's clock, or its database's, looks wrong (app/db/stamps.py): a warning line, not a failure."""
    import sqlite3

    from app.db.stamps import clock_warning

    try:
        warning = clock_warning(store)
    except sqlite3.DatabaseError:
        return  # damage: the check says it
    if warning is not None:
        ctx.say("check_clock_warning", detail=warning.message(ctx.lang))


Handler = Callable[[Context], int]

COMMANDS: dict[str, Handler] = {
    "demo": cmd_demo, "add": cmd_add, "edit": cmd_edit, "delete": cmd_delete, "show": cmd_show, "list": cmd_list,
    "history": cmd_history, "forms": cmd_forms, "check": cmd_check,
}  # fmt: skip


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", default=argparse.SUPPRESS, help="database file (default: $TAAWUN_DB or the data folder)"
    )
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language of messages")
    common.add_argument(
        "--passphrase-file",
        default=argparse.SUPPRESS,
        metavar="FILE",
        help="this laptop's passphrase, for scripts (else $TAAWUN_PASSPHRASE, else asked)",
    )
    common.add_argument("--author", default=argparse.SUPPRESS, help="name recorded on changes")
    parser = argparse.ArgumentParser(prog="taawun", parents=[common], description="Taawun (تعاون)")
    parser.add_argument("--version", action="version", version=f"taawun {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=text, description=text)

    gui = command("gui", "open the window (the default)")
    gui.add_argument("--smoke", action="store_true",
                     help="check the window starts (no questions asked), then quit: exit 0 when it was shown")  # fmt: skip
    command("demo", "load the Mrirt demo event (once)")
    for name, text in (("add", "add a record, print its id"), ("edit", "change a record")):
        p = command(name, text)
        p.add_argument("form" if name == "add" else "id")
        p.add_argument("--set", action="append", metavar="FIELD=VALUE")
        p.add_argument("--json", metavar="FILE|-")
        if name == "add":
            p.add_argument("--draft", action="store_true", help="save as an unfinished draft")
        else:
            p.add_argument("--draft", dest="state", action="store_const", const="draft")
            p.add_argument("--final", dest="state", action="store_const", const="final")
    command("delete", "delete a record (its history stays)").add_argument("id")
    for name, arg, text in (("show", "id", "show a record"), ("list", "form", "list the records of a form"),
                            ("history", "id", "every version of a record")):  # fmt: skip
        p = command(name, text)
        p.add_argument(arg)
        p.add_argument("--json", dest="as_json", action="store_true")
    p = command("forms", "list the forms and the proposals; 'forms check FILE' validates a form file;"
                         " 'forms accept FORM VERSION' puts a proposal in use")  # fmt: skip
    p.add_argument("action", nargs="?", metavar="FORM|check|accept",
                   help="a form's name shows its fields, types and choices")  # fmt: skip
    p.add_argument("file", nargs="?")
    p.add_argument("version", nargs="?")
    check = command("check", "check the database's integrity and schema")
    check.add_argument("--repair", action="store_true", help="rebuild the search index first")
    handlers = dict(COMMANDS)
    # Commands of other packages, each module adding its sub-parsers and returning its handlers:
    # handlers.update(module.register(command))
    handlers.update(cli_reports.register(command))
    handlers.update(cli_sync.register(command))
    handlers.update(cli_search.register(command))
    handlers.update(cli_selftest.register(command))
    handlers.update(cli_backup.register(command))
    handlers.update(cli_export.register(command))
    handlers.update(cli_duplicates.register(command))
    handlers.update(cli_import.register(command))
    handlers.update(cli_org.register(command))
    handlers.update(cli_places.register(command))
    handlers.update(cli_followups.register(command))
    return parser, handlers


def error_text(error: TaawunError, lang: str) -> str:
    """The error's message, its count in the plural where the shared message cannot say it (app/core/messages.py's
    plural messages: "1 erreur(s)" is "1 erreur", Arabic agrees with its number)."""
    if isinstance(error, ValidationFailed):
        return "\n".join([translate("cli_validation_failed", lang, count=len(error.problems)), *error.lines(lang)])
    if error.code == "record_in_use":
        return translate("cli_record_in_use", lang, **error.params)
    return error.message(lang)


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")  # Arabic on a Windows console too
    parser, handlers = build_parser()
    options = parser.parse_args(argv)
    for name in ("db", "lang", "author", "passphrase_file"):
        setattr(options, name, getattr(options, name, None))
    settings = Settings.load(paths.settings_file())
    log_path = setup_logging(paths.log_dir())
    ctx = Context(options, settings)
    if options.command in (None, "gui"):
        from app.main import run_gui  # the only place the command line reaches Qt

        return run_gui(db=options.db, lang=options.lang, author=options.author,
                       smoke=getattr(options, "smoke", False))  # fmt: skip
    output = QuietOutput()  # `taawun list … | head`: a reader leaving early is not an error
    try:
        return handlers[options.command](ctx)
    except TaawunError as error:
        print(error_text(error, ctx.lang), file=sys.stderr)
        advice = cli_backup.recovery_advice(error, ctx, log_path)  # a damaged database: the way back
        if advice:
            print(advice, file=sys.stderr)
        return error.exit_code
    except Exception:  # noqa: BLE001 - the one place where the unexpected is caught, logged and reported
        log.exception("unexpected error in command %s", options.command)
        print(translate("bug", ctx.lang, log=log_path), file=sys.stderr)
        return 1
    finally:
        ctx.close()
        output.restore()
