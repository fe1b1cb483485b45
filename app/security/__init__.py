"""An organisation's keys, member list, sealed files and signed versions, without Qt (docs/security.md).

- `keys`: a laptop's keys and the organisation's key, and keeping them under a passphrase;
- `member_list`: the list of member laptops, signed by the organisation's key, read from untrusted bytes;
- `organisation`: what this laptop knows of its organisation, kept in the database's local `organisation` table;
- `version_signing`: each version signed by the laptop that wrote it, and checked against the member list.
"""
