"""fix, isposinf/isneginf, iscomplex/isreal(obj), real/imag, angle, real_if_close,
nan_to_num, sinc, i0 against NumPy: every dtype, special values, 0-D and empty arrays."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tnp_core_test_helpers import (
    DTYPES,
    FEW,
    arrays,
    assert_same,
    dtype_names,
    from_numpy,
    same_outcome,
    sample,
    shapes,
)

from tnp_core import _elementwise as ew

_NAN, _INF = math.nan, math.inf
_SPECIALS = [_NAN, _INF, -_INF, 0.0, -0.0, 0.5, -0.5, 1.5, -2.5, 3.0, -7.25]


def values(name):
    kind = np.dtype(name).kind
    if kind == "f":
        return np.array(_SPECIALS, dtype=name)
    if kind == "c":
        return np.array([complex(a, b) for a in _SPECIALS[:6] for b in _SPECIALS[:6]], name)
    return sample(name)


def _check(name, *args, **kwargs):
    tnp_args = tuple(from_numpy(a) if isinstance(a, np.ndarray) else a for a in args)
    return same_outcome(
        lambda: getattr(np, name)(*args, **kwargs),
        lambda: getattr(ew, name)(*tnp_args, **kwargs),
    )


ARRAY_FUNCTIONS = ("fix", "isposinf", "isneginf", "iscomplex", "isreal", "angle", "sinc", "i0")


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", [*ARRAY_FUNCTIONS, "real_if_close", "nan_to_num"])
def test_every_dtype_with_special_values(name, dtype):
    _check(name, values(dtype))


@FEW
@given(
    name=st.sampled_from((*ARRAY_FUNCTIONS, "nan_to_num", "real", "imag")),
    x=dtype_names.flatmap(lambda d: arrays(d, shapes(), specials=True)),
)
def test_hypothesis_shapes(name, x):
    _check(name, x)


@pytest.mark.parametrize("dtype", ["float16", "float32", "int8", "complex64", "bool"])
def test_angle_in_degrees(dtype):
    _check("angle", values(dtype), deg=True)


def test_angle_of_python_scalars():
    _check("angle", 1.0)
    _check("angle", -1)
    _check("angle", 1j, deg=True)


@pytest.mark.parametrize("dtype", DTYPES)
def test_iscomplexobj_and_isrealobj(dtype):
    x = sample(dtype)
    assert ew.iscomplexobj(from_numpy(x)) is np.iscomplexobj(x)
    assert ew.isrealobj(from_numpy(x)) is np.isrealobj(x)


def test_obj_predicates_on_python_values():
    for value in (1, 2.5, 1j, [1, 2j], [1.0], True):
        assert ew.iscomplexobj(value) == np.iscomplexobj(value)
        assert ew.isrealobj(value) == np.isrealobj(value)


@pytest.mark.parametrize("dtype", DTYPES)
def test_real_and_imag(dtype):
    x = values(dtype)
    assert_same(ew.real(from_numpy(x)), np.real(x))
    assert_same(ew.imag(from_numpy(x)), np.imag(x))


def test_real_of_complex_is_a_view():
    x = from_numpy(np.array([1 + 2j, 3 - 1j]))
    ew.real(x)[...] = 5.0
    assert_same(x, np.array([5 + 2j, 5 - 1j]))
    ew.imag(x)[...] = 0.0
    assert_same(x, np.array([5 + 0j, 5 + 0j]))


def test_real_and_imag_of_lists():
    _check("real", [1 + 2j, 3.0])
    _check("imag", [1 + 2j, 3.0])
    _check("real", 2.5)


def test_real_if_close_tolerance():
    for dtype in ("complex64", "complex128"):
        for imag in (1e-15, 1e-10, 1e-6, 0.0):
            a = np.array([1 + imag * 1j, 2.0], dtype)
            _check("real_if_close", a)
            _check("real_if_close", a, tol=1e-5)
            _check("real_if_close", a, tol=1000)


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64", "complex64", "complex128"])
def test_nan_to_num_replacement_values(dtype):
    x = values(dtype)
    _check("nan_to_num", x, nan=-1.0, posinf=1e10, neginf=-3.0)
    _check("nan_to_num", x, nan=7.5)
    _check("nan_to_num", np.array(_NAN, dtype))


def test_nan_to_num_in_place_and_copy():
    x_np = np.array([_NAN, _INF, 1.0])
    x = from_numpy(x_np)
    result = ew.nan_to_num(x, copy=False)
    assert result is x
    assert_same(x, np.nan_to_num(x_np))
    y = from_numpy(x_np)
    result = ew.nan_to_num(y)
    assert result is not y
    assert_same(y, x_np)
    _check("nan_to_num", np.array([1, 2], "int16"))
    _check("nan_to_num", _NAN)


def test_fix_with_out():
    x = values("float64")
    out_np = np.zeros(x.shape)
    out = from_numpy(out_np)
    np.fix(x, out=out_np)
    assert ew.fix(from_numpy(x), out=out) is out
    assert_same(out, out_np)


def test_isposinf_with_out_and_complex_error():
    x = values("float32")
    out_np = np.zeros(x.shape, bool)
    out = from_numpy(out_np)
    np.isposinf(x, out=out_np)
    ew.isposinf(from_numpy(x), out=out)
    assert_same(out, out_np)
    _check("isposinf", np.array([1j]))
    _check("isneginf", np.array([1j], "complex64"))


def test_sinc_and_i0_values():
    x = np.linspace(-5, 5, 41)
    _check("sinc", x)
    _check("i0", x)
    _check("i0", np.array([0.0, 8.0, 8.5, 30.0, -700.0]))
    _check("i0", np.array([1j]))
    _check("sinc", np.array([1.0, 1j, 0j]))
