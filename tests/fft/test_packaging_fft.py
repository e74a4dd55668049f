"""tnp-fft works with only tnp-core beside it (``nox -s tests-fft``)."""

import cmath
import importlib
import importlib.metadata
from pathlib import Path

import pytest

import tnp_core
import tnp_fft

CHECKOUT_PACKAGES = Path(__file__).resolve().parents[2] / "packages"


@pytest.mark.parametrize("module", [tnp_core, tnp_fft])
def test_imported_from_the_installed_wheels(module):
    assert not Path(module.__file__).resolve().is_relative_to(CHECKOUT_PACKAGES)


@pytest.mark.parametrize("module", ["tnp_linalg", "tnp_random", "tnp"])
def test_no_other_sibling_is_installed(module):
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module(module)


def test_version_is_the_distribution_metadata_version():
    assert tnp_fft.__version__ == importlib.metadata.version("tnp-fft")


def test_wheel_ships_py_typed():
    files = importlib.metadata.files("tnp-fft") or []
    assert "tnp_fft/py.typed" in {file.as_posix() for file in files}


def test_fft_matches_a_hand_computed_dft():
    x = [1.0, 2.0, 0.0, -1.0, 3.0]
    n = len(x)
    expected = [
        sum(x[t] * cmath.exp(-2j * cmath.pi * k * t / n) for t in range(n)) for k in range(n)
    ]
    assert tnp_fft.fft(tnp_core.asarray(x)).tolist() == pytest.approx(expected, abs=1e-12)
