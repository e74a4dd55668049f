"""tnp-core is installed from its wheel, on its own (``nox -s tests-core``)."""

import importlib
import importlib.metadata
from pathlib import Path

import pytest

import tnp_core

CHECKOUT_PACKAGES = Path(__file__).resolve().parents[2] / "packages"


def test_tnp_core_is_imported_from_the_installed_wheel():
    assert not Path(tnp_core.__file__).resolve().is_relative_to(CHECKOUT_PACKAGES)


@pytest.mark.parametrize("module", ["tnp_linalg", "tnp_fft", "tnp_random", "tnp"])
def test_no_sibling_is_installed(module):
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module(module)


def test_version_is_the_distribution_metadata_version():
    assert tnp_core.__version__ == importlib.metadata.version("tnp-core")


def test_wheel_ships_py_typed():
    files = importlib.metadata.files("tnp-core") or []
    assert "tnp_core/py.typed" in {file.as_posix() for file in files}
