"""The notice shown while the store upgrades a file of an older release (app/ui/upgrade_notice.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from older_release import release_of_schema
from PySide6.QtWidgets import QApplication, QLabel

from app.core.forms import FormRegistry
from app.db.store import Store
from app.ui.upgrade_notice import needs_upgrade, upgrade_notice


def test_a_file_of_an_older_release_shows_the_notice_while_it_opens_and_only_then(
    qapp: QApplication, tmp_path: Path, shipped_forms: FormRegistry, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "old.db"
    with release_of_schema(monkeypatch, 8), Store.open(old, forms=shipped_forms, author="a", device_name="a") as store:
        store.create("cooperative", {"name_ar": "تعاونية الأمل"})
    assert needs_upgrade(old)
    with upgrade_notice(old, "ar") as notice:
        assert isinstance(notice, QLabel) and notice.isVisible()
        assert notice.text() == "جارٍ تحديث قاعدة البيانات لهذا الإصدار… يحدث هذا مرة واحدة وقد يستغرق بضع ثوانٍ"
        assert notice.wordWrap() and notice.height() >= notice.heightForWidth(notice.width())  # nothing cut
        if os.environ.get("TAAWUN_SCREENSHOTS"):
            notice.grab().save(str(Path(os.environ["TAAWUN_SCREENSHOTS"]) / "upgrade-notice-ar.png"))
        with Store.open(old, forms=shipped_forms, author="a", device_name="a") as store:  # the upgrade
            assert store.count("cooperative") == 1
    assert not notice.isVisible()
    assert not needs_upgrade(old)  # now of this release: the next start shows nothing
    with upgrade_notice(old, "fr") as again:
        assert again is None
    with upgrade_notice(old, "fr", shown=False) as hidden:
        assert hidden is None


def test_no_notice_for_a_new_missing_or_foreign_file(qapp: QApplication, tmp_path: Path) -> None:
    foreign = tmp_path / "notes.db"
    foreign.write_bytes(b"not a database" * 20)
    for path in (tmp_path / "missing.db", foreign, tmp_path):
        assert not needs_upgrade(path)
        with upgrade_notice(path, "ar") as notice:
            assert notice is None
