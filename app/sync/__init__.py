"""Sync, without Qt: exporting a package, checking and merging untrusted files, conflicts, reporting what happened.

- `package_format`: what a package declares (format major.minor, release) and what a newer minor may add;
- `package`: writing a package, and the checks any file must pass on its own (`check_package`);
- `clock_checks`, `incoming`: the checks that need the local database (stamps ahead, each new version validated);
- `merge_package`: one checked file merged in one transaction (union of versions, conflicts found);
- `merge`: files merged one after the other, each on its own, then the derived data caught up (`merge_files`);
- `conflicts`: listing and resolving conflicts; `sync_log`: what was merged or refused, and why;
- `export`, `drives`, `report`: files on a stick, and sentences for people.

`app.db` is the store underneath; it never imports this package.
"""
