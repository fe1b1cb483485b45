"""`taawun org create|invite|join|show|remove|passphrase`: the organisation's life from the command line
(docs/security.md, "Joining and leaving"; the core in app/security/).

Passphrases as every command reads them (app/cli/passphrase.py); `org passphrase` reads the new one from
`--new-passphrase-file`, else TAAWUN_NEW_PASSPHRASE, else asks. The invite code of `org join` comes from
`--code-file`, else the variable TAAWUN_INVITE_CODE (scripts), else is asked. `org invite` prints the code alone
on its last line: it goes to the agent by voice or on paper, never into a file beside the invite.

Exit codes as for every command: 0 done; 2 invalid input, a wrong passphrase or code, a refused change (nothing
changed); 3 a file that cannot be written, a database that cannot be opened.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.dates import show_datetime
from app.core.errors import InvalidInput, StorageError
from app.core.messages import translate

if TYPE_CHECKING:
    from app.cli.context import Context
    from app.security.member_list import Laptop

CODE_ENVIRONMENT = "TAAWUN_INVITE_CODE"


def register(command: Callable[[str, str], argparse.ArgumentParser]) -> dict[str, Callable[[Context], int]]:
    p = command("org", "the organisation: 'org create NAME', 'org invite --name NAME --out FILE', 'org join FILE',"
                       " 'org show', 'org remove LAPTOP', 'org passphrase'")  # fmt: skip
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="create an organisation; this laptop becomes its coordinator")
    create.add_argument("name")
    invite = actions.add_parser("invite", help="write what a laptop needs to join; prints the invite code")
    invite.add_argument("--name", required=True, help="the laptop's name, as the others will see it")
    invite.add_argument("--laptop", metavar="ID", help="the id of the laptop (taawun org show on it); else a new one")
    invite.add_argument("--coordinator", action="store_true", help="the laptop gets the organisation's key too")
    invite.add_argument("--out", required=True, metavar="FILE", help="the invite file to write")
    join = actions.add_parser("join", help="join the organisation of an invite file")
    join.add_argument("file")
    join.add_argument("--code-file", metavar="FILE", help="a file holding the invite code (else $TAAWUN_INVITE_CODE, "
                                                          "else asked)")  # fmt: skip
    show = actions.add_parser("show", help="the organisation, this laptop's id and role, and every laptop")
    show.add_argument("--json", dest="as_json", action="store_true")
    remove = actions.add_parser("remove", help="remove a lost or stolen laptop (by its id or its name)")
    remove.add_argument("laptop")
    remove.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    remove.add_argument("--keep-until", metavar="STAMP",
                        help="keep its versions up to this stamp too (as a refused merge named it); also for a "
                        "laptop already removed")  # fmt: skip
    passphrase = actions.add_parser("passphrase", help="change this laptop's passphrase")
    passphrase.add_argument("--new-passphrase-file", metavar="FILE",
                            help="the new passphrase, for scripts (else $TAAWUN_NEW_PASSPHRASE, else asked)")  # fmt: skip
    return {"org": cmd_org}


def cmd_org(ctx: Context) -> int:
    return {"create": _create, "invite": _invite, "join": _join, "show": _show, "remove": _remove,
            "passphrase": _passphrase}[ctx.options.action](ctx)  # fmt: skip


def _create(ctx: Context) -> int:
    from app.security import organisation

    store = ctx.store
    held = organisation.load(store)
    if held is not None:  # before the passphrase is asked
        raise InvalidInput("org_already_member", name=held.members.name)
    made = organisation.create(store, ctx.options.name, ctx.passphrase(new=True))
    ctx.say("org_created", name=made.members.name, laptop=made.laptop)
    return 0


def _invite(ctx: Context) -> int:
    from app.security.invite import invite, write_invite
    from app.security.membership_changes import held_organisation

    out = Path(ctx.options.out)
    if not out.parent.is_dir():  # checked first: the list is kept before the file is written
        raise StorageError("org_invite_folder_missing", path=str(out.parent))
    held = held_organisation(ctx.store)
    if not held.is_coordinator:
        raise InvalidInput("org_not_coordinator")
    keys = held.unlock(ctx.passphrase())
    content, code = invite(ctx.store, keys, ctx.options.name, ctx.options.laptop, ctx.options.coordinator)
    laptop = held_organisation(ctx.store).members.laptops[-1]  # the laptop the invite added
    write_invite(out, content)
    ctx.say("org_invite_written", name=laptop.name, laptop=laptop.id, path=str(out))
    ctx.say("org_invite_code_follows")
    print(code)  # alone on the last line, for scripts
    return 0


def _join(ctx: Context) -> int:
    from app.db.window_lock import window_holder
    from app.security import organisation
    from app.security.invite import join, read_invite

    holder = window_holder(ctx.database)  # the window's store would go on writing under the old id
    if holder is not None:
        raise StorageError("org_join_window_open", path=str(ctx.database), pid=holder.pid or "?",
                           host=holder.host or "?")  # fmt: skip
    store = ctx.store
    held = organisation.load(store)
    if held is not None and not held.restored_copy and not held.is_coordinator:  # before the code and passphrase
        raise InvalidInput("org_already_member", name=held.members.name)
    content = read_invite(ctx.options.file)
    code = _invite_code(ctx)
    before = store.device_id
    if held is None:
        join(store, content, code, ctx.passphrase(new=True))
    else:  # a restored copy joins again: its keys, unlocked with its passphrase, sign its former self's versions
        passphrase = ctx.passphrase()
        join(store, content, code, passphrase, former=held.unlock(passphrase))
    joined = organisation.load(store)
    assert joined is not None and joined.this_laptop is not None
    ctx.say("org_joined", name=joined.members.name, laptop=joined.laptop,
            role=translate(f"org_role_{joined.this_laptop.role}", ctx.lang))  # fmt: skip
    if joined.laptop != before:
        ctx.say("org_joined_new_id", old=before, laptop=joined.laptop)
    return 0


def _invite_code(ctx: Context) -> str:
    """The invite code: `--code-file`'s first line, else TAAWUN_INVITE_CODE, else typed on the terminal."""
    if ctx.options.code_file:
        try:
            lines = Path(ctx.options.code_file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            detail = error.strerror if isinstance(error, OSError) and error.strerror else type(error).__name__
            raise InvalidInput("org_invite_code_unreadable", path=ctx.options.code_file, detail=detail) from None
        return lines[0] if lines else ""
    if os.environ.get(CODE_ENVIRONMENT):
        return os.environ[CODE_ENVIRONMENT]
    if not (sys.stdin is not None and sys.stdin.isatty()):
        raise InvalidInput("org_invite_code_needed")
    return input(translate("org_invite_code_prompt", ctx.lang))  # shown as typed: twenty characters read aloud


def _show(ctx: Context) -> int:
    from app.security import organisation

    store = ctx.store
    held = organisation.load(store)
    if ctx.options.as_json:
        document = None if held is None else json.loads(held.members.text())  # the signed list, as it travels
        print(json.dumps({"this_laptop": store.device_id, "organisation": document,
                          "holds_organisation_key": held is not None and held.is_coordinator,
                          "restored_copy": held is not None and held.restored_copy},
                         ensure_ascii=False, indent=2))  # fmt: skip
        return 0
    if held is None:
        ctx.say("org_show_none", laptop=store.device_id)
        return 0
    members, this = held.members, held.this_laptop
    role = translate(f"org_role_{this.role}", ctx.lang) if this is not None else translate("org_role_none", ctx.lang)
    ctx.say("org_show_heading", name=members.name, org=members.org, serial=members.serial)
    ctx.say("org_show_this_laptop", laptop=held.laptop, role=role)
    ctx.say("org_show_laptops")
    for laptop in members.laptops:
        print("  " + laptop_line(laptop, ctx.lang))
    if held.restored_copy:
        ctx.say("org_show_restored_copy", laptop=held.laptop)
    return 0


def laptop_line(laptop: Laptop, lang: str) -> str:
    """One laptop of the list: name, id, role, when added and, for a removed one, when removed."""
    role = translate(f"org_role_{laptop.role}", lang)
    added = show_datetime(laptop.added_at, lang)
    if laptop.removed_at is None:
        return translate("org_show_laptop", lang, name=laptop.name, laptop=laptop.id, role=role, added=added)
    return translate("org_show_laptop_removed", lang, name=laptop.name, laptop=laptop.id, role=role, added=added,
                     removed=show_datetime(laptop.removed_at, lang))  # fmt: skip


def _remove(ctx: Context) -> int:
    from app.cli.backup import confirmed
    from app.core.clock import Stamp, shown_time
    from app.security.membership_changes import find_laptop, held_organisation, removal_limit, remove

    held = held_organisation(ctx.store)
    if not held.is_coordinator:
        raise InvalidInput("org_not_coordinator")
    laptop = find_laptop(held.members, ctx.options.laptop)
    keep_until = ctx.options.keep_until
    moving_limit = laptop.removed and keep_until is not None  # only the limit moves later: nothing to confirm
    if not moving_limit:
        until = removal_limit(ctx.store, laptop, held.members)
        question = translate("org_remove_confirm", ctx.lang, name=laptop.name, laptop=laptop.id, until=until)
        if not laptop.removed and not ctx.options.yes and not confirmed(question):
            print(translate("org_remove_declined", ctx.lang), file=sys.stderr)
            return 2
    members = remove(ctx.store, held.unlock(ctx.passphrase()), laptop.id, keep_until=keep_until)
    now_listed = members.laptop(laptop.id)
    assert now_listed is not None and now_listed.last_stamp is not None
    ctx.say("org_limit_moved" if moving_limit else "org_removed", name=laptop.name, laptop=laptop.id,
            until=shown_time(Stamp.parse(now_listed.last_stamp).wall_ms))  # fmt: skip
    return 0


def _passphrase(ctx: Context) -> int:
    from app.cli.passphrase import passphrase_from
    from app.security.membership_changes import change_passphrase, held_organisation

    held_organisation(ctx.store)  # before anything is asked
    old = ctx.passphrase()
    new = passphrase_from(ctx.options.new_passphrase_file, lang=ctx.lang, new=True)
    if new == old:  # also what TAAWUN_PASSPHRASE alone would give: the old one
        raise InvalidInput("org_passphrase_unchanged")
    change_passphrase(ctx.store, old, new)
    ctx.say("org_passphrase_changed")
    return 0
