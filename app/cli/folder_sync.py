"""`taawun sync folder set PATH|show|export|merge|now`: the shared folder (app/sync/shared_folder.py) from the
command line.

`set` checks and saves the setting; `show` prints it and how many new files wait there; `export` writes this
laptop's package there; `merge` merges the new files of the other laptops; `now` does both, export first. The lines
printed and the exit codes are those of `sync export` and `sync merge` (app/cli/sync.py): 0 done (nothing new to
merge included); 2 invalid input (no folder set, an unknown action, a path that is no folder); 3 a file refused, or
the folder unusable (missing, the share down, read-only, full); 1 a file met a bug of ours.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from app.core import paths
from app.core.errors import InvalidInput

if TYPE_CHECKING:
    from app.cli.context import Context
    from app.sync.merge import FileOutcome

ACTIONS = ("set", "show", "export", "merge", "now")


def run_folder_command(ctx: Context) -> int:
    action, *rest = ctx.options.paths or [""]
    if action not in ACTIONS or len(rest) != (1 if action == "set" else 0):
        raise InvalidInput("shared_folder_usage")
    if action == "set":
        return _set(ctx, rest[0])
    if action == "show":
        return _show(ctx)
    from app.cli.sync import _keys, say_exported
    from app.sync.shared_folder import export_to, files_to_merge, sync_with, usable_folder

    folder = ctx.settings.shared_folder
    usable_folder(folder)  # said before a passphrase is asked: no folder chosen, or the share is down
    if action == "export":
        exported = export_to(ctx.store, folder, keys=_keys(ctx, needed=True),
                             require_sealed=ctx.settings.require_encryption)  # fmt: skip
        say_exported(ctx, exported)
        return 0
    if action == "merge":
        waiting = files_to_merge(ctx.store, folder)
        if not waiting:
            ctx.say("shared_folder_nothing_waiting")
            return 0
        from app.security.sealed import is_sealed
        from app.sync.merge import merge_files

        keys = _keys(ctx, needed=any(is_sealed(path) for path in waiting))
        return _merged(ctx, lambda catching_up: merge_files(ctx.store, waiting, keys=keys, catching_up=catching_up,
                                                            require_sealed=ctx.settings.require_encryption))  # fmt: skip
    keys = _keys(ctx, needed=True)  # the export seals on a laptop of an organisation; the same keys open files
    return _merged(ctx, lambda catching_up: sync_with(ctx.store, folder, keys=keys,
                                                      require_sealed=ctx.settings.require_encryption,
                                                      catching_up=catching_up,
                                                      exported=lambda done: say_exported(ctx, done)))  # fmt: skip


def _set(ctx: Context, text: str) -> int:
    from app.sync.shared_folder import chosen_folder

    folder = chosen_folder(text)
    ctx.settings.shared_folder = folder
    ctx.settings.save(paths.settings_file())  # FileNotWritten (exit 3) when the disk refuses
    ctx.say("shared_folder_saved", path=folder)
    return 0


def _show(ctx: Context) -> int:
    from app.sync.shared_folder import files_to_merge, usable_folder

    folder = ctx.settings.shared_folder
    if not folder:
        ctx.say("shared_folder_none")
        return 0
    ctx.say("shared_folder_shown", path=folder)
    usable_folder(folder)  # a share that is down says so (exit 3)
    waiting = len(files_to_merge(ctx.store, folder))
    ctx.say("shared_folder_waiting" if waiting else "shared_folder_nothing_waiting", count=waiting)
    return 0


def _merged(ctx: Context, merging: Callable[[Callable[[], None]], Iterator[FileOutcome]]) -> int:
    """Each file's report as `sync merge` prints it, the likely duplicates the merge brought, the summary last."""
    from app.cli.sync import report_merges
    from app.db.duplicates import stamps

    before = stamps(ctx.store)
    return report_merges(
        ctx, merging(lambda: ctx.say("sync_indexing")), before, nothing="shared_folder_nothing_waiting"
    )
