"""`taawun selftest`: checks an installation (above all the built folder, which has no Python) in one step.

    taawun selftest [--db FILE] [--out FILE.pdf] [--lang ar|fr|en]

It loads the shipped forms (those the demo needs must be there), checks the report fonts are there, opens (creates)
a database, loads the demo event, writes the report on the demo's meeting (its form's report) in `--lang` (Arabic by default, right to left), checks the PDF (a complete file, with
the shipped fonts embedded) and the database's integrity, then prints one line and exits 0. At the first failing
step it names the step and what went wrong and exits non-zero: the known condition's code (e.g. 3 for a
database that cannot be written), else 1 (logged with its traceback).

Without `--db` it works in a temporary folder, removed at the end: it never adds the demo to the user's database
(neither the data folder's nor `$TAAWUN_DB`'s). Without `--out` the report goes to that temporary folder too.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.demo_event import ALL_RECORDS, WORKSHOP
from app.core.errors import TaawunError
from app.core.messages import translate
from app.resources import fonts_dir

if TYPE_CHECKING:
    from app.cli.context import Context

log = logging.getLogger("taawun.cli")

# The forms the demo fills, in its order; the record reported on: the meeting, whose report gathers the most
# (its visits, their cooperatives, photos).
FORMS = tuple(dict.fromkeys(record.form for record in ALL_RECORDS))
REPORTED = WORKSHOP


class StepFailed(Exception):
    """A check that did not hold: `detail` says what was found (technical, in English, no personal data)."""


def register(command: Callable[[str, str], argparse.ArgumentParser]) -> dict[str, Callable[[Context], int]]:
    parser = command("selftest", "check this installation: database, demo, PDF report (exit 0 when all is well)")
    parser.add_argument("--out", metavar="FILE.pdf", help="keep the report there (default: a temporary folder)")
    return {"selftest": cmd_selftest}


def cmd_selftest(ctx: Context) -> int:
    with tempfile.TemporaryDirectory(prefix="taawun-selftest-") as scratch:
        db = Path(ctx.options.db) if ctx.options.db else Path(scratch) / "selftest.db"
        out = Path(ctx.options.out) if ctx.options.out else Path(scratch) / "selftest.pdf"
        step = "forms"  # the step under way, named in the message if it fails
        try:
            forms = ctx.shipped_forms
            names = {form.name for form in forms}
            missing_forms = [name for name in FORMS if name not in names]
            if missing_forms:
                raise StepFailed(f"forms not found: {', '.join(missing_forms)}")
            step = "fonts"
            # reportlab and harfbuzz: loaded by this command only, as by `taawun report`.
            from app.db.demo import demo_id, load_demo
            from app.db.store import Store
            from app.reports import ReportRequest, build_report, write_pdf
            from app.reports.fonts import FAMILIES
            from app.reports.photos import read_logo

            needed = sorted({name for pair in FAMILIES.values() for name in pair})
            missing = [name for name in needed if not (fonts_dir() / name).is_file()]
            if missing:
                raise StepFailed(f"missing in {fonts_dir()}: {', '.join(missing)}")
            step = "database"
            # Closed before the temporary folder is removed (Windows cannot delete an open file).
            with Store.open(db, forms=forms, author=ctx.options.author or ctx.settings.effective_author,
                            device_name=ctx.settings.effective_device_name) as store:  # fmt: skip
                step = "demo"
                load_demo(store)
                reported = demo_id(REPORTED.key)
                if not store.exists(reported):
                    raise StepFailed(f"the demo holds no {REPORTED.key}")
                step = "report"
                report = build_report(store, ReportRequest(REPORTED.form, ctx.lang, record_id=reported),
                                      organisation=ctx.settings.organisation,
                                      logo=read_logo(ctx.settings.organisation_logo))  # fmt: skip
                write_pdf(out, report.pdf)
                step = "pdf"
                check_pdf(out.read_bytes(), lang=ctx.lang)
                step = "encryption"
                check_encryption()
                step = "server"
                check_server_stack()
                step = "check"
                problems = store.check()
                if problems:
                    raise StepFailed("; ".join(problems))
                records = store.count()
        except TaawunError as error:  # a known condition (e.g. --db names a foreign file): its own exit code
            return _failed(ctx, step, error.message(ctx.lang), error.exit_code)
        except StepFailed as error:
            return _failed(ctx, step, str(error), 1)
        except Exception as error:  # noqa: BLE001 - a broken installation: logged with its traceback, step named
            log.exception("selftest failed at step %s", step)
            return _failed(ctx, step, f"{type(error).__name__}: {error}", 1)
        ctx.say("cli_selftest_passed", forms=translate("n_forms", ctx.lang, count=len(names)),
                records=translate("n_records", ctx.lang, count=records),
                pages=translate("n_pages", ctx.lang, count=report.pages))  # fmt: skip
        # Only the files that are still there once the temporary folder is gone are named.
        if ctx.options.db:
            ctx.say("cli_selftest_kept_db", path=str(db))
        if ctx.options.out:
            ctx.say("cli_selftest_kept_pdf", path=str(out))
        if not ctx.options.db or not ctx.options.out:
            ctx.say("cli_selftest_removed")
        return 0


def check_pdf(content: bytes, *, lang: str) -> None:
    """A whole PDF (header and end marker) with the shipped fonts embedded: Noto Naskh Arabic for an Arabic report,
    Noto Sans for the others. A font missing from the bundle would fail before this; a truncated file here."""
    if not content.startswith(b"%PDF-"):
        raise StepFailed("the file does not start as a PDF")
    if b"%%EOF" not in content[-1024:]:
        raise StepFailed("the PDF is not complete (no end marker)")
    fonts = {name.split(b"+")[-1].decode("ascii", "replace") for name in re.findall(rb"/BaseFont\s*/(\S+)", content)}
    expected = "NotoNaskhArabic-Regular" if lang == "ar" else "NotoSans-Regular"
    if expected not in fonts:
        raise StepFailed(f"font {expected} not embedded (found: {', '.join(sorted(fonts)) or 'none'})")


def check_server_stack() -> None:
    """What syncing with the organisation's server needs is in this installation: requests with certifi's
    certificates (TLS is verified: a bundle without them would refuse every https server), keyring with a backend
    chosen (the system's credential store, or the refusing one where there is none: the password file is then
    used), a document sealed and opened with a content key."""
    import os

    import certifi
    import keyring

    from app.sync.server.couch import CouchClient, ServerAddress
    from app.sync.server.documents import row_document

    bundle = certifi.where()
    if not os.path.isfile(bundle) or os.path.getsize(bundle) < 10_000:
        raise StepFailed(f"the certificates for TLS are missing: {bundle}")
    if keyring.get_keyring() is None:
        raise StepFailed("keyring chose no backend")
    with CouchClient(ServerAddress("https://couch.example.org/taawun", "agent", "secret")) as client:
        if not client.session.verify:
            raise StepFailed("TLS verification is off")
    doc_id, rev, _ = row_document(
        "batch", {"id": "0" * 64, "laptop": "x", "body": "", "signature": "", "signed_at": ""}
    )
    if not (doc_id.startswith("batch:") and rev.startswith("1-")):
        raise StepFailed("documents are not named as the server expects")


def check_encryption() -> None:
    """The organisation's building blocks work in this installation (the bundle carries pyrage's Rust library and
    OpenSSL through cryptography): a payload sealed to a laptop's key opens with it alone, and a signature checks.
    No passphrase (scrypt takes a second by design: not needed to show the libraries are there)."""
    import io

    import pyrage

    from app.security.keys import LaptopKeys, verify

    keys, other = LaptopKeys.generate("selftest"), LaptopKeys.generate("other")
    payload = "تعاونية ⵜⴰⵎⵓⵏⵜ coopérative".encode()
    sealed, opened = io.BytesIO(), io.BytesIO()
    pyrage.encrypt_io(io.BytesIO(payload), sealed, [keys.identity.to_public()])
    if payload in sealed.getvalue():
        raise StepFailed("the sealed payload is readable")
    pyrage.decrypt_io(io.BytesIO(sealed.getvalue()), opened, [keys.identity])
    if opened.getvalue() != payload:
        raise StepFailed("the sealed payload did not open as it was")
    try:
        pyrage.decrypt(sealed.getvalue(), [other.identity])
    except pyrage.DecryptError:
        pass
    else:
        raise StepFailed("another key opened the sealed payload")
    signature = keys.sign(payload)
    if not verify(keys.sign_public, signature, payload) or verify(other.sign_public, signature, payload):
        raise StepFailed("signatures do not check as they should")


def _failed(ctx: Context, step: str, detail: str, code: int) -> int:
    print(translate("selftest_failed", ctx.lang, step=step, detail=detail), file=sys.stderr)
    return code
