"""Shared test set-up: every test gets its own data folder, so no test ever touches a real user's files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("taawun-home")
    monkeypatch.setenv("TAAWUN_HOME", str(home))
    monkeypatch.delenv("TAAWUN_DB", raising=False)
    return home
