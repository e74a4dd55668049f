"""tnp-linalg works with only tnp-core beside it (``nox -s tests-linalg``)."""

import importlib
import importlib.metadata
from pathlib import Path

import pytest

import tnp_core
import tnp_linalg

CHECKOUT_PACKAGES = Path(__file__).resolve().parents[2] / "packages"


@pytest.mark.parametrize("module", [tnp_core, tnp_linalg])
def test_imported_from_the_installed_wheels(module):
    assert not Path(module.__file__).resolve().is_relative_to(CHECKOUT_PACKAGES)


@pytest.mark.parametrize("module", ["tnp_fft", "tnp_random", "tnp"])
def test_no_other_sibling_is_installed(module):
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module(module)


def test_version_is_the_distribution_metadata_version():
    assert tnp_linalg.__version__ == importlib.metadata.version("tnp-linalg")


def test_wheel_ships_py_typed():
    files = importlib.metadata.files("tnp-linalg") or []
    assert "tnp_linalg/py.typed" in {file.as_posix() for file in files}


def test_inv_and_det_match_the_closed_form_for_2x2():
    a = tnp_core.asarray([[4.0, 7.0], [2.0, 6.0]])
    assert float(tnp_linalg.det(a)) == pytest.approx(10.0)
    expected = [[0.6, -0.7], [-0.2, 0.4]]  # [[d, -b], [-c, a]] / det
    for got_row, expected_row in zip(tnp_linalg.inv(a).tolist(), expected, strict=True):
        assert got_row == pytest.approx(expected_row)
