"""The Windows stand-in of the test suite (test-only: never shipped, never imported by `app`).

Python imports `sitecustomize` at start-up from the first folder of `sys.path` that has one, so with this folder
first in PYTHONPATH every Python process of a test run (pytest, its xdist workers, each `python -m app` a test
starts) behaves, where it matters to Taawun, as on the agents' Windows laptops. `run.py` beside this file sets the
environment up; the parts are chosen by environment variables:

TAAWUN_WINDOWS_STANDIN  "1" or "all": every part below; or a comma-separated list of `sqlite`, `replace`.
  sqlite   SQLite without URI support, as python.org's Windows build (compiled without SQLITE_USE_URI): a `file:`
           name is read as a URI only on a connection opened with `uri=True`, in `ATTACH` too.
  replace  an antivirus or the search indexer: the first `os.replace` the application makes onto each target is
           refused with Windows' sharing violation (WinError 32), as when a scanner holds the file just written;
           the next one succeeds.
TAAWUN_WINDOWS_CODEPAGE  "1252" (French Windows) or "1256" (Arabic Windows): the ANSI code page is the locale's
           encoding (`open()` without `encoding=`, `locale.getencoding()`, text-mode pipes, and standard streams
           that are not a console), with no UTF-8 mode, while file names stay UTF-8 as on Windows. Needs the
           locale that `run.py` compiles (LOCPATH).

Child processes stay in the stand-in: a test that starts `python -m app` with an environment of its own
(`{**os.environ, "PYTHONPATH": root}`) gets this folder and these variables added back.
Anything that does not work as announced stops the process (exit 70): a stand-in that silently did nothing would
make the suite pass for the wrong reason.
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PARTS = ("sqlite", "replace")
CODEPAGE_LOCALES = {"1252": "fr_FR.CP1252", "1256": "ar_MA.CP1256"}
# What a child process needs to be a stand-in as well (PYTHONPATH is handled on its own).
INHERITED = ("TAAWUN_WINDOWS_STANDIN", "TAAWUN_WINDOWS_CODEPAGE", "LOCPATH", "PYTHONUTF8", "LC_CTYPE")
SQLITE_CONFIG_URI = 17  # sqlite3.h
ERROR_SHARING_VIOLATION = 32  # winerror.h
SHARING_TEXT = "The process cannot access the file because it is being used by another process"


def _fail(what: str) -> None:
    sys.stderr.write(f"Windows stand-in: {what}\n")
    sys.stderr.flush()
    os._exit(70)


def chosen_parts(value: str) -> set[str]:
    if value.strip().lower() in ("1", "all", "yes", "on"):
        return set(PARTS)
    parts = {part.strip().lower() for part in value.split(",") if part.strip()}
    if not parts <= set(PARTS):
        _fail(f"unknown part(s) in TAAWUN_WINDOWS_STANDIN={value!r}: {', '.join(sorted(parts - set(PARTS)))}")
    return parts


# --- SQLite without URI support ---------------------------------------------------------------------------------


def sqlite_without_uri() -> None:
    """Turn URI file names off in the SQLite library that Python's `_sqlite3` uses, before the first connection.

    `sqlite3_config` may only be called while the library is not initialised: shut down, configure, initialise.
    The symbols are looked up through `_sqlite3`'s own handle, so this reaches the very library it is linked to
    (shared or static), never another copy."""
    import _sqlite3
    import ctypes

    library = ctypes.CDLL(_sqlite3.__file__)
    steps = (
        ("sqlite3_shutdown", library.sqlite3_shutdown()),
        (
            "sqlite3_config(SQLITE_CONFIG_URI, 0)",
            library.sqlite3_config(ctypes.c_int(SQLITE_CONFIG_URI), ctypes.c_int(0)),
        ),
        ("sqlite3_initialize", library.sqlite3_initialize()),
    )
    for name, result in steps:
        if result != 0:
            _fail(f"{name} returned {result}")
    if uri_names_read():
        _fail("SQLite still reads URI file names in ATTACH after SQLITE_CONFIG_URI 0")


def uri_names_read() -> bool:
    """Whether a connection opened without `uri=True` reads a `file:` URI given to ATTACH (Debian: yes)."""
    import sqlite3
    import tempfile
    import urllib.parse

    with tempfile.TemporaryDirectory(prefix="taawun-standin-") as folder:
        target = os.path.join(folder, "probe.db")
        conn = sqlite3.connect(":memory:")
        try:
            # Read as a URI, this creates probe.db; read as a plain name, it is a file "probe.db?mode=rwc" under
            # a folder "file:…" that does not exist, and ATTACH fails.
            conn.execute("ATTACH DATABASE ? AS probe", ("file:" + urllib.parse.quote(target) + "?mode=rwc",))
        except sqlite3.OperationalError:
            return False
        finally:
            conn.close()
        return os.path.exists(target)


# --- a replace refused once, as when an antivirus holds the file ---------------------------------------------------

_refused_once: set[str] = set()
_real_replace = os.replace


def _from_application() -> bool:
    """Whether the replace being made comes from Taawun's code (a test arranging its files is left alone)."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_globals.get("__name__", "") in ("pathlib", "shutil", "os", "tempfile"):
        frame = frame.f_back
    name = frame.f_globals.get("__name__", "") if frame is not None else ""
    return name == "app" or name.startswith("app.")


def replace_refused_once(src, dst, *, src_dir_fd=None, dst_dir_fd=None):  # type: ignore[no-untyped-def]
    if dst_dir_fd is None and _from_application():
        target = os.path.abspath(os.fsdecode(dst))
        if target not in _refused_once:
            _refused_once.add(target)
            error = PermissionError(13, SHARING_TEXT, os.fsdecode(src), None, os.fsdecode(dst))
            error.winerror = ERROR_SHARING_VIOLATION  # as Windows sets it (ignored by the constructor on POSIX)
            raise error
    return _real_replace(src, dst, src_dir_fd=src_dir_fd, dst_dir_fd=dst_dir_fd)


# --- the ANSI code page --------------------------------------------------------------------------------------------


def ansi_code_page(code_page: str) -> None:
    """The locale's encoding becomes cp1252 or cp1256, as Python on Windows reports its ANSI code page, while the
    file system encoding chosen at start-up stays UTF-8 (Python's file names on Windows are UTF-8 too). Standard
    streams that are not a console use the code page, as on Windows (a console is UTF-8 there)."""
    import locale

    name = CODEPAGE_LOCALES.get(code_page)
    if name is None:
        _fail(f"TAAWUN_WINDOWS_CODEPAGE must be one of {', '.join(CODEPAGE_LOCALES)}, not {code_page!r}")
    if sys.flags.utf8_mode:
        _fail("Python runs in UTF-8 mode: set PYTHONUTF8=0 (Windows runs without it)")
    if sys.getfilesystemencoding() != "utf-8":
        _fail(f"the file system encoding is {sys.getfilesystemencoding()}, not utf-8: start with LC_CTYPE=C.UTF-8")
    try:
        locale.setlocale(locale.LC_CTYPE, name)
    except locale.Error:
        _fail(f"the locale {name} is missing: start through tests/windows_standin/run.py (it compiles it)")
    encoding = f"cp{code_page}"
    if locale.getencoding().lower() != encoding or locale.getpreferredencoding(False).lower() != encoding:
        _fail(f"the locale {name} gives {locale.getencoding()}, not {encoding}")
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure") and not stream.isatty():
            stream.reconfigure(encoding=encoding)


# --- child processes -----------------------------------------------------------------------------------------------


def standin_environment(env: dict[str, str]) -> dict[str, str]:
    """`env` with this folder first in PYTHONPATH and the stand-in's variables of this process added back."""
    env = dict(env)
    for name in INHERITED:
        if name in os.environ and name not in env:
            env[name] = os.environ[name]
    entries = [entry for entry in env.get("PYTHONPATH", "").split(os.pathsep) if entry]
    if not entries or os.path.abspath(entries[0]) != HERE:
        env["PYTHONPATH"] = os.pathsep.join([HERE, *entries])
    return env


def children_inherit() -> None:
    import functools
    import subprocess

    original = subprocess.Popen.__init__

    @functools.wraps(original)
    def __init__(self, *args, env=None, **kwargs):  # type: ignore[no-untyped-def]
        if env is not None:
            env = standin_environment(env)
        original(self, *args, env=env, **kwargs)

    subprocess.Popen.__init__ = __init__  # type: ignore[method-assign]


def install() -> None:
    parts = chosen_parts(os.environ.get("TAAWUN_WINDOWS_STANDIN", ""))
    code_page = os.environ.get("TAAWUN_WINDOWS_CODEPAGE", "")
    if not parts and not code_page:
        return
    if "sqlite" in parts:
        sqlite_without_uri()
    if "replace" in parts:
        os.replace = replace_refused_once
    if code_page:
        ansi_code_page(code_page)
    children_inherit()


install()
