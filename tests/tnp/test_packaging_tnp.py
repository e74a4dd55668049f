"""The tnp namespace gathers the four distributions (``nox -s tests-tnp``)."""

import importlib
import importlib.metadata
from pathlib import Path

import pytest

import tnp
import tnp_core
import tnp_core.emath
import tnp_core.exceptions
import tnp_core.testing
import tnp_core.typing
import tnp_fft
import tnp_linalg
import tnp_random

CHECKOUT_PACKAGES = Path(__file__).resolve().parents[2] / "packages"
SUBMODULES = {
    "linalg": tnp_linalg,
    "fft": tnp_fft,
    "random": tnp_random,
    "testing": tnp_core.testing,
    "exceptions": tnp_core.exceptions,
    "emath": tnp_core.emath,
    "typing": tnp_core.typing,
}
# names tnp adds to tnp_core's: the submodules, and the tnp.lib package
EXTRA_NAMES = {*SUBMODULES, "lib"}
DISTRIBUTIONS = {
    "tnp-core": tnp_core,
    "tnp-linalg": tnp_linalg,
    "tnp-fft": tnp_fft,
    "tnp-random": tnp_random,
    "tnp-numpy": tnp,
}


@pytest.mark.parametrize("distribution", DISTRIBUTIONS)
def test_imported_from_the_installed_wheel(distribution):
    module = DISTRIBUTIONS[distribution]
    assert not Path(module.__file__).resolve().is_relative_to(CHECKOUT_PACKAGES)


@pytest.mark.parametrize("distribution", DISTRIBUTIONS)
def test_version_is_the_distribution_metadata_version(distribution):
    version = importlib.metadata.version(distribution)
    assert DISTRIBUTIONS[distribution].__version__ == version


@pytest.mark.parametrize("distribution", DISTRIBUTIONS)
def test_wheel_ships_py_typed(distribution):
    package = DISTRIBUTIONS[distribution].__name__
    files = importlib.metadata.files(distribution) or []
    assert f"{package}/py.typed" in {file.as_posix() for file in files}


def test_all_is_core_all_plus_the_submodules():
    assert tnp.__all__[: len(tnp_core.__all__)] == tnp_core.__all__
    assert set(tnp.__all__) == {*tnp_core.__all__, *EXTRA_NAMES}
    assert len(set(tnp.__all__)) == len(tnp.__all__)


def test_main_namespace_is_tnp_core():
    for name in set(tnp_core.__all__) - EXTRA_NAMES:
        assert getattr(tnp, name) is getattr(tnp_core, name), name


@pytest.mark.parametrize("name", SUBMODULES)
def test_submodule_reexports_every_public_name(name):
    source = SUBMODULES[name]
    submodule = importlib.import_module(f"tnp.{name}")
    assert getattr(tnp, name) is submodule
    assert submodule.__all__ == source.__all__
    for public in source.__all__:
        assert getattr(submodule, public) is getattr(source, public), public


def test_lib_stride_tricks_reexports_core():
    import tnp.lib.stride_tricks
    import tnp_core.lib.stride_tricks as core_tricks

    assert tnp.lib.stride_tricks.__all__ == core_tricks.__all__
    for public in core_tricks.__all__:
        assert getattr(tnp.lib.stride_tricks, public) is getattr(core_tricks, public)


def test_linalg_inv_is_tnp_linalg_inv():
    assert tnp.linalg.inv is tnp_linalg.inv
