"""What the organisation tests share: one passphrase and one name (tests/security/conftest.py makes the
organisation once per session)."""

PASSPHRASE = "زيت الزيتون 2026 huile"
ORG_NAME = "Réseau des coopératives تعاون"
