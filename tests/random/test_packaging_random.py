"""tnp-random works with only tnp-core beside it (``nox -s tests-random``)."""

import importlib
import importlib.metadata
from pathlib import Path

import pytest

import tnp_core
import tnp_random

CHECKOUT_PACKAGES = Path(__file__).resolve().parents[2] / "packages"


@pytest.mark.parametrize("module", [tnp_core, tnp_random])
def test_imported_from_the_installed_wheels(module):
    assert not Path(module.__file__).resolve().is_relative_to(CHECKOUT_PACKAGES)


@pytest.mark.parametrize("module", ["tnp_linalg", "tnp_fft", "tnp"])
def test_no_other_sibling_is_installed(module):
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module(module)


def test_version_is_the_distribution_metadata_version():
    assert tnp_random.__version__ == importlib.metadata.version("tnp-random")


def test_wheel_ships_py_typed():
    files = importlib.metadata.files("tnp-random") or []
    assert "tnp_random/py.typed" in {file.as_posix() for file in files}


def test_same_seed_gives_the_same_draws_in_the_unit_interval():
    first = tnp_random.default_rng(12345).random(5)
    assert isinstance(first, tnp_core.ndarray)
    values = first.tolist()
    assert values == tnp_random.default_rng(12345).random(5).tolist()
    assert all(0.0 <= value < 1.0 for value in values)
    assert values != tnp_random.default_rng(54321).random(5).tolist()
