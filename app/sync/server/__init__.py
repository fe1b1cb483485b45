"""The organisation's CouchDB server as one more peer (issue 18; docs/server.md), without Qt.

Taawun's versions, not its current rows, are the documents: one immutable document per version, photos, form
definitions and signed batches by their content, and one "push" document per push naming what the pushing laptop
held for each record it sent (its current version and the stamps of its history), so that a pull can be merged
exactly as that laptop's file from a stick would be. CouchDB never chooses a winner: Taawun's rules stay the only
rules, and every pulled batch goes through `app.sync.merge.merge_files` like a file from a stick.

- `couch`: the HTTP client (time-outs, retries with back-off, TLS verified, proxies honoured) and its errors;
- `credentials`: the server's address and user in the settings, the password in the system's credential store;
- `design`: the design document that refuses any change to an existing document, and `init_server`;
- `documents`: rows <-> documents, their ids and revisions; `envelope`: end-to-end encryption in an organisation;
- `push`, `pull`, `pulled_package`: the two directions; `state`: what this laptop knows it sent (a cache);
- `session`: push then pull with progress, cancellation and a summary (`taawun sync now`, the window).
"""
