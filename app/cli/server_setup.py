"""`taawun sync server set|show|test|forget|init`: this laptop's organisation server, and setting one up.

- `set URL --user NAME`: asks the password (not echoed; in scripts from TAAWUN_SERVER_PASSWORD), keeps the address
  and user in the settings and the password in the system's credential store (app/sync/server/credentials.py),
  then tests the connection and says the result.
- `show`: the address, the user, where the password is kept, and whether the server answers.
- `test`: the connection test alone. `forget`: the address, the user and the password forgotten.
- `init URL --user ADMIN [--member NAME …]`: the organisation's step, with a server administrator's account
  (password asked, or TAAWUN_SERVER_ADMIN_PASSWORD): the database, its design document, its members
  (app/sync/server/design.py).

Exit codes as for every command: 0 done; 2 invalid input (nothing changed); 3 the server refused or could not be
reached, with the reason (for `set`, the address and password are kept all the same: a laptop is often set up
away from any connection).
"""

from __future__ import annotations

import getpass
import os
import sys
from typing import TYPE_CHECKING

from app.core import paths
from app.core.errors import InvalidInput
from app.core.messages import translate

if TYPE_CHECKING:
    from app.cli.context import Context
    from app.sync.server.couch import ServerAddress

PASSWORD_ENVIRONMENT = "TAAWUN_SERVER_PASSWORD"
ADMIN_PASSWORD_ENVIRONMENT = "TAAWUN_SERVER_ADMIN_PASSWORD"
ACTIONS = ("set", "show", "test", "forget", "init")


def run_server_command(ctx: Context) -> int:
    words = list(ctx.options.paths or [])
    action = words.pop(0) if words else None
    if action not in ACTIONS:
        ctx.say("server_usage")
        return 2
    if action == "set":
        return _set(ctx, words)
    if action == "init":
        return _init(ctx, words)
    if words:
        ctx.say("server_usage")
        return 2
    if action == "forget":
        return _forget(ctx)
    return _show(ctx) if action == "show" else _test(ctx)


def _set(ctx: Context, words: list[str]) -> int:
    from app.sync.server import credentials
    from app.sync.server.couch import ServerAddress

    if len(words) != 1:
        ctx.say("server_needs_address")
        return 2
    user = credentials.checked_user(ctx.options.user or ctx.settings.server_user)
    address = ServerAddress(words[0], user)  # InvalidInput (exit 2) before anything is asked
    _warn_plain_http(ctx, address)
    password = _password(ctx, PASSWORD_ENVIRONMENT, "server_password_prompt", user)
    before = (ctx.settings.server_url, ctx.settings.server_user)
    credentials.save_password(address.url, user, password)
    if before != (address.url, user) and all(before):
        credentials.forget_password(*before)  # the previous server's password is no longer needed here
    ctx.settings.server_url, ctx.settings.server_user = address.url, user
    ctx.settings.save(paths.settings_file())
    ctx.say("server_saved", url=address.url, user=user)
    _say_where_kept(ctx, address.url, user)
    return _tested(ctx, ServerAddress(address.url, user, password))


def _show(ctx: Context) -> int:
    from app.sync.server import credentials

    address = credentials.saved_address(ctx.settings)
    if address is None:
        ctx.say("server_not_set")
        return 0
    ctx.say("server_show_address", url=address.url)
    ctx.say("server_show_user", user=address.user or "-")
    _warn_plain_http(ctx, address)
    if not address.password:
        ctx.say("server_password_not_kept")
        return 0
    _say_where_kept(ctx, address.url, address.user)
    _tested(ctx, address)
    return 0  # showing is done even when the server does not answer: `test` says it with its exit code


def _test(ctx: Context) -> int:
    from app.sync.server import credentials

    address = credentials.saved_address(ctx.settings)
    if address is None:
        ctx.say("server_not_set")
        return 2
    if not address.password:
        ctx.say("server_password_not_kept")
        return 2
    return _tested(ctx, address)


def _forget(ctx: Context) -> int:
    from app.sync.server import credentials

    if ctx.settings.server_url and ctx.settings.server_user:
        credentials.forget_password(ctx.settings.server_url, ctx.settings.server_user)
    ctx.settings.server_url = ctx.settings.server_user = ""
    ctx.settings.save(paths.settings_file())
    ctx.say("server_forgotten")
    return 0


def _init(ctx: Context, words: list[str]) -> int:
    from app.sync.server.couch import ServerAddress
    from app.sync.server.credentials import checked_user
    from app.sync.server.design import init_server

    if len(words) != 1:
        ctx.say("server_needs_address")
        return 2
    admin = checked_user(ctx.options.user)
    members = [checked_user(name) for name in ctx.options.member or []]
    address = ServerAddress(words[0], admin)
    _warn_plain_http(ctx, address)
    password = _password(ctx, ADMIN_PASSWORD_ENVIRONMENT, "server_admin_prompt", admin)
    for step in init_server(address.url, admin, password, members=members):
        ctx.say(step.code, **step.params)
    return 0


def _tested(ctx: Context, address: ServerAddress) -> int:
    """The connection test's result said: 0 when the database answers and is set up, else 3 with the reason."""
    from app.sync.server.couch import ServerError, check_connection

    try:
        count = check_connection(address)
    except ServerError as error:
        print(error.message(ctx.lang), file=sys.stderr)
        return error.exit_code
    ctx.say("server_reachable", url=address.url, user=address.user or "-", count=count)
    return 0


def _password(ctx: Context, variable: str, prompt: str, user: str) -> str:
    """The password: the environment `variable` (scripts), else asked on the terminal without echo (as
    app/cli/passphrase.py asks a passphrase), else a message naming both ways."""
    password = os.environ.get(variable)
    if password is None:
        if not (sys.stdin is not None and sys.stdin.isatty()):
            raise InvalidInput("server_password_needed", variable=variable)
        password = getpass.getpass(translate(prompt, ctx.lang, user=user))
    if not password:
        raise InvalidInput("server_password_empty")
    return password


def _warn_plain_http(ctx: Context, address: ServerAddress) -> None:
    if address.plain_http_remote:
        print(translate("server_plain_http", ctx.lang, url=address.url), file=sys.stderr)


def _say_where_kept(ctx: Context, url: str, user: str) -> None:
    from app.sync.server import credentials

    ctx.say(credentials.where_kept(url, user), path=str(credentials.password_file()))
