"""A CouchDB-compatible server for the tests, and a fresh database on it for each test (fixtures `couch_server`,
`couch_db`; tests/server/conftest.py offers them, any other test folder can import them from here).

The server is `TAAWUN_TEST_COUCH_URL` when set (CI starts one: .ci/run), given with a server administrator's name
and password in it (`http://admin:secret@127.0.0.1:5984`); else each test process starts its own PouchDB Server
(tools/couch-test-server, pinned with its package-lock.json) with `node`, in memory, on a free loopback port,
running `npm ci` there first when its node_modules is missing, gives it an administrator, and stops it at the end.
Without Node.js and npm the tests fail, saying so: they are never skipped.

Each `couch_db` is a new database with a unique name, prepared by `init_server` (design document, members) and a
new user who is its only member, so tests running in parallel (`pytest -n auto`) never share data.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests

from app.sync.server.design import init_server

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT / "tools" / "couch-test-server"
# The script itself, run by node (not node_modules/.bin's link, a .cmd on Windows): stopping it stops the server
SERVER_PROGRAM = TOOL / "node_modules" / "pouchdb-server" / "bin" / "pouchdb-server"
ADMIN_USER = "taawun-test-admin"
START_SECONDS = 60.0
INSTALL_SECONDS = 600


@dataclass(frozen=True)
class CouchServer:
    """A running server: its root address (without credentials) and an administrator's name and password."""

    root: str
    admin_user: str
    admin_password: str

    def admin_session(self) -> requests.Session:
        session = requests.Session()
        session.auth = (self.admin_user, self.admin_password)
        session.trust_env = False  # the test's own requests never go through a proxy of the environment
        return session


@dataclass(frozen=True)
class CouchDatabase:
    """A fresh database: its address, its one member's name and password, and the server it is on."""

    url: str
    user: str
    password: str
    server: CouchServer

    @property
    def name(self) -> str:
        return self.url.rsplit("/", 1)[1]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_answering(root: str, *, seconds: float = START_SECONDS, process: subprocess.Popen[bytes] | None = None,
                         log: Path | None = None) -> None:  # fmt: skip
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            text = log.read_text(encoding="utf-8", errors="replace")[-2000:] if log else ""
            pytest.fail(f"the test server stopped at start (exit {process.returncode}):\n{text}", pytrace=False)
        try:
            if requests.get(root + "/", timeout=2, proxies={"http": "", "https": ""}).ok:
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)
    pytest.fail(f"the test server at {root} did not answer within {seconds:.0f} s", pytrace=False)


def _installed() -> None:
    """tools/couch-test-server's node_modules, made with `npm ci` (its package-lock.json) when missing. Test
    processes running in parallel take turns (a folder made as a lock: atomic everywhere), so that one installs and
    the others then find it installed."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.fail("The server tests need Node.js and npm (to run PouchDB Server from tools/couch-test-server), or"
                    " TAAWUN_TEST_COUCH_URL naming a running CouchDB-compatible server with an administrator's"
                    " name and password in it. Install Node.js 18 or later (with npm) and run them again.",
                    pytrace=False)  # fmt: skip
    lock = TOOL / ".installing"
    deadline = time.monotonic() + INSTALL_SECONDS
    while True:
        try:
            lock.mkdir()
            break
        except FileExistsError:
            if time.monotonic() > deadline:
                pytest.fail(f"another test process has been installing the test server for {INSTALL_SECONDS} s;"
                            f" if none is, remove {lock}", pytrace=False)  # fmt: skip
            time.sleep(0.5)
    try:
        if SERVER_PROGRAM.exists():
            return
        result = subprocess.run([str(shutil.which("npm")), "ci", "--no-audit", "--no-fund"], cwd=TOOL,
                                capture_output=True, text=True, timeout=INSTALL_SECONDS)  # fmt: skip
        if result.returncode != 0 or not SERVER_PROGRAM.exists():
            pytest.fail(f"npm ci in {TOOL} failed:\n{(result.stdout + result.stderr)[-3000:]}", pytrace=False)
    finally:
        lock.rmdir()


@pytest.fixture(scope="session")
def couch_server() -> Iterator[CouchServer]:
    given = os.environ.get("TAAWUN_TEST_COUCH_URL")
    if given:
        parts = urlsplit(given)
        if not parts.username or not parts.password:
            pytest.fail("TAAWUN_TEST_COUCH_URL must hold an administrator's name and password:"
                        " http://NAME:PASSWORD@127.0.0.1:PORT", pytrace=False)  # fmt: skip
        netloc = parts.hostname + (f":{parts.port}" if parts.port else "") if parts.hostname else ""
        server = CouchServer(f"{parts.scheme}://{netloc}", parts.username, parts.password)
        wait_until_answering(server.root)
        yield server
        return
    _installed()
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="taawun-couch-") as folder:  # its config.json and log.txt
        log = Path(folder) / "output.txt"
        with log.open("wb") as output:
            process = subprocess.Popen([str(shutil.which("node")), str(SERVER_PROGRAM), "--in-memory", "--host", "127.0.0.1", "--port",
                                        str(port), "--no-stdout-logs"], cwd=folder, stdout=output,
                                       stderr=subprocess.STDOUT)  # fmt: skip
        try:
            root = f"http://127.0.0.1:{port}"
            wait_until_answering(root, process=process, log=log)
            password = uuid.uuid4().hex
            # An administrator ends PouchDB Server's "admin party" (anyone an administrator)
            created = requests.put(f"{root}/_config/admins/{ADMIN_USER}", data=f'"{password}"', timeout=10,
                                   proxies={"http": "", "https": ""})  # fmt: skip
            assert created.ok, created.text
            yield CouchServer(root, ADMIN_USER, password)
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def new_user(server: CouchServer) -> tuple[str, str]:
    """A new user on the server (not yet a member of any database): its name and password."""
    name, password = f"laptop-{uuid.uuid4().hex[:10]}", uuid.uuid4().hex
    with server.admin_session() as admin:
        made = admin.put(f"{server.root}/_users/org.couchdb.user:{name}", timeout=10,
                         json={"name": name, "password": password, "roles": [], "type": "user"})  # fmt: skip
        assert made.status_code in (201, 202), made.text
    return name, password


def new_database(server: CouchServer, *, prepared: bool = True) -> CouchDatabase:
    """A new database with a unique name and a new user; `prepared`: set up by `init_server` with that user as its
    member (else only created, with no design document and no members)."""
    url = f"{server.root}/t{uuid.uuid4().hex}"
    user, password = new_user(server)
    if prepared:
        init_server(url, server.admin_user, server.admin_password, members=[user])
    else:
        with server.admin_session() as admin:
            assert admin.put(url, timeout=10).status_code in (201, 202)
    return CouchDatabase(url, user, password, server)


@pytest.fixture
def couch_db(couch_server: CouchServer) -> Iterator[CouchDatabase]:
    database = new_database(couch_server)
    yield database
    with couch_server.admin_session() as admin:
        admin.delete(database.url, timeout=10)  # the server is in memory: keep it small
