"""Sync, without Qt: exporting a package, checking and merging untrusted files, conflicts, reporting what happened.

- `package_format`: what a package declares (format major.minor, release) and what a newer minor may add;
- `package`: writing a package, and the checks any file must pass on its own (`check_package`);
- `clock_checks`, `incoming`: the checks that need the local database (stamps ahead, each new version validated);
- `merge_package`: one checked file merged in one transaction (union of versions, conflicts found);
- `merge`: the entry of every transport: files merged one after the other, each on its own (checked, merged or
  refused and logged), then the derived data caught up (`merge_files`);
- `conflicts`: listing and resolving conflicts; `sync_log`: what was merged or refused, and why;
- `export`, `drives`, `report`: files on a stick, and sentences for people;
- `shared_folder`: the same package files in a folder other laptops reach (a network share, a synced folder).

A transport (the USB stick and the shared folder, through the window's sync page and `taawun sync`; later a
server) only moves package files; it never checks or merges anything itself:
- sending: `export.export_package(store, folder)` writes this laptop's package into a folder (atomically, verified);
- receiving: `merge.merge_files(store, paths, progress=…)` with the package files it brought, from a worker thread
  with a store of its own (`Store.another_connection`); consume the whole iterator, its end catches up the
  derived data. It yields one `merge.FileOutcome` per file (merged with its counts, or refused with the reason,
  already in the sync log), and raises only for this laptop's own problems (`StorageError`). `report` words them.
- a transport that receives versions rather than files (a server replicating documents) writes each pulled batch
  as a package file (the format of `package`) in a temporary folder and hands that to `merge_files`: untrusted data
  has one way in, so every batch meets the same checks, bounds and merge rule as a file from a stick.
Never call `merge_package.check_and_merge` directly: it neither logs a refusal nor sorts a bug from a bad file.

`app.db` is the store underneath; it never imports this package, and this package uses only its public API
(`Store.transaction`, `Store.write_version` inside it, `Store.observe`, `Store.catch_up_derived`...).
"""
