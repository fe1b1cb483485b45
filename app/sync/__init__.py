"""Sync by USB stick, without Qt: exporting a package, merging untrusted files, reporting what happened.

The SQL lives in `app.db` (`package`, `incoming`, `merge`, `conflicts`, `sync_log`); this package deals with files
(names, temporary files, flushing, renaming), runs the steps in order, and turns their outcome into sentences.
"""
