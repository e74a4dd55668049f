"""numpy.emath against NumPy: complex results for real inputs outside the domain, the
plain ufunc (and its dtype) otherwise."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tnp_core_test_helpers import DTYPES, FEW, arrays, dtype_names, from_numpy, same_outcome, shapes

from tnp_core import emath

UNARY = ("sqrt", "log", "log10", "log2", "arccos", "arcsin", "arctanh")
_NAN, _INF = math.nan, math.inf


def _check(name, *args):
    tnp_args = tuple(from_numpy(a) if isinstance(a, np.ndarray) else a for a in args)
    same_outcome(lambda: getattr(np.emath, name)(*args), lambda: getattr(emath, name)(*tnp_args))


def _inside(dtype):
    if np.dtype(dtype).kind == "b":
        return np.array([True, False])
    if np.dtype(dtype).kind in "iu":
        return np.array([0, 1], dtype)
    return np.array([0.0, 0.5, 1.0, -0.0], dtype)


def _outside(dtype):
    kind = np.dtype(dtype).kind
    if kind == "u":
        return np.array([0, 1, 5], dtype)
    if kind == "i":
        return np.array([0, -1, 5, int(np.iinfo(dtype).min)], dtype)
    if kind == "f":
        return np.array([0.0, -1.0, 2.5, -0.0, _NAN, -_INF, _INF], dtype)
    if kind == "c":
        return np.array([1 + 1j, -2 + 0j, complex(-0.0, 0.0), 3j], dtype)
    return np.array([True, False])


def test_public_names():
    assert sorted(emath.__all__) == sorted(
        ["arccos", "arcsin", "arctanh", "log", "log10", "log2", "logn", "power", "sqrt"]
    )


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", UNARY)
def test_every_dtype_inside_and_outside_the_domain(name, dtype):
    _check(name, _inside(dtype))
    _check(name, _outside(dtype))


@pytest.mark.parametrize("name", UNARY)
def test_python_scalars(name):
    for value in (-1, 4, -2.5, 0.25, 3j, True):
        _check(name, value)


@pytest.mark.parametrize("dtype", DTYPES)
def test_power_and_logn(dtype):
    x = _outside(dtype)
    _check("power", x, 2)
    _check("power", x, np.array(-2, "int8"))
    _check("power", x, 0.5)
    _check("logn", 2, x)
    _check("logn", x, np.array(8.0))


@FEW
@given(
    name=st.sampled_from(UNARY),
    x=dtype_names.flatmap(lambda d: arrays(d, shapes(), specials=True)),
)
def test_hypothesis(name, x):
    _check(name, x)
