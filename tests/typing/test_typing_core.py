"""Static types of the public API, checked by ``nox -s typecheck`` (mypy --strict); never run.

Each ``assert_type`` states the type a user's checker must see. The checks
live in functions not named ``test_*`` so that pytest collects nothing here.
"""

import sys

import tnp
import tnp_core

if sys.version_info >= (3, 11):
    from typing import assert_type
else:
    from typing_extensions import assert_type


def check_creation_and_conversion() -> None:
    assert_type(tnp_core.zeros(3), tnp_core.ndarray)
    assert_type(tnp_core.zeros((2, 3)), tnp_core.ndarray)
    assert_type(tnp_core.asarray([1.0, 2.0]), tnp_core.ndarray)
    assert_type(tnp.zeros(3), tnp.ndarray)


def check_functions_return_arrays() -> None:
    x = tnp_core.zeros(3)
    assert_type(tnp_core.sum(x), tnp_core.ndarray)
    assert_type(tnp_core.add(x, 1), tnp_core.ndarray)
    assert_type(tnp_core.add(x, x), tnp_core.ndarray)


def check_array_attributes() -> None:
    x = tnp_core.zeros(3)
    assert_type(x.shape, tuple[int, ...])
    assert_type(x.dtype, tnp_core.dtype)


def check_submodules() -> None:
    x = tnp.eye(2)
    assert_type(tnp.linalg.inv(x), tnp_core.ndarray)
    assert_type(tnp.fft.fft(x), tnp_core.ndarray)


def check_scalar_types_make_arrays() -> None:
    # tnp scalars are 0-D arrays: calling a scalar type gives an ndarray
    assert_type(tnp_core.float32(2.5), tnp_core.ndarray)
    assert_type(tnp_core.int64("7"), tnp_core.ndarray)
    assert_type(tnp.bool_(True), tnp.ndarray)
