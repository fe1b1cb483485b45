"""Shared test set-up: every test gets its own data folder, so no test ever touches a real user's files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from app.core.forms import FormRegistry, load_form_directory
from app.db.store import Store
from app.resources import forms_dir

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Hypothesis profiles: "dev", quick, the default; "ci", thorough, chosen with HYPOTHESIS_PROFILE=ci (.ci/run). Each
# property test states the examples it needs in a normal run (its max_examples, or Hypothesis's 100); a profile
# scales that number (`EXAMPLES`), so every test keeps its proportion, and a test that needs few (a merge of
# several laptops takes seconds an example) stays small in both. CI also keeps no example database (a fresh machine
# each time) and prints the blob that reproduces a failure. Measured on tests/core and tests/sync's property tests
# (11 files, -n 2, 2 cores shared with other work): dev 97 s, the tests' own numbers 145 s, ci 110 s (at a quieter
# moment; 2x took 194 s). The longest is the merge of several laptops (test_convergence_property).
EXAMPLES = {"dev": 0.5, "ci": 1.5}
settings.register_profile("dev", deadline=None)
settings.register_profile("ci", deadline=None, database=None, print_blob=True)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "dev")
settings.load_profile(PROFILE)  # an unknown name fails here, at start, naming the profiles registered


def _scaled(current: settings) -> settings:
    return settings(current, max_examples=max(1, round(current.max_examples * EXAMPLES[PROFILE])))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The profile's scale on every property test. A test's explicit `@settings` win over any profile, so the scaled
    settings replace them where Hypothesis reads them at each call: for a function under `@given`, the attribute
    its `@settings` sets (a private name of Hypothesis: the version is pinned in constraints.txt); for
    a rule-based state machine's test case, its class's `settings`."""
    for item in items:
        test = getattr(getattr(item, "obj", None), "__func__", getattr(item, "obj", None))  # a method's function
        if getattr(getattr(test, "hypothesis", None), "inner_test", None) is not None and not getattr(
            test, "_scaled_examples", False
        ):
            test._hypothesis_internal_use_settings = _scaled(test._hypothesis_internal_use_settings)  # type: ignore[union-attr]
            test._scaled_examples = True  # type: ignore[union-attr]  # a parametrized test is one function
        case = getattr(item, "cls", None)
        if isinstance(getattr(case, "settings", None), settings) and not case.__dict__.get("_scaled_examples"):
            case.settings = _scaled(case.settings)
            case._scaled_examples = True


ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("taawun-home")
    monkeypatch.setenv("TAAWUN_HOME", str(home))
    monkeypatch.delenv("TAAWUN_DB", raising=False)
    return home


@pytest.fixture(scope="session")
def shipped_forms() -> FormRegistry:
    return load_form_directory(forms_dir())


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "taawun.db"


@pytest.fixture
def store(db_path: Path, shipped_forms: FormRegistry) -> Iterator[Store]:
    with Store.open(db_path, forms=shipped_forms, author="فاطمة", device_name="laptop-khenifra") as opened:
        yield opened


@pytest.fixture
def cooperative_id(store: Store) -> str:
    return store.create("cooperative", {"name_ar": "تعاونية الأمل", "sectors": ["olives"]})
