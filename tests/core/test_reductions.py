"""sum, mean, max/amax, min/amin against NumPy: dtypes, axes, keepdims, dtype=, out=."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from tnp_core_test_helpers import (
    DTYPES,
    EPS,
    FEW,
    FLOATING,
    HYPOTHESIS,
    INEXACT,
    INTEGER,
    arrays,
    assert_same,
    dtype_names,
    from_numpy,
    kind,
    same_outcome,
    shapes,
    to_numpy,
)

import tnp_core as tnp

REDUCTIONS = ("sum", "mean", "max", "amax", "min", "amin")


@st.composite
def _axis(draw, ndim):
    """None, an int (negative too), a tuple of distinct axes (negative too), or ()."""
    choices = [st.none(), st.just(())]
    if ndim:
        choices.append(st.integers(-ndim, ndim - 1))
        choices.append(hnp.valid_tuple_axes(ndim, min_size=1))
    return draw(st.one_of(*choices))


def _tolerance(x, axis, result_dtype):
    """rtol/atol for a float reduction: rounding grows with the count and the magnitudes."""
    name = np.dtype(result_dtype).name
    if name not in EPS:
        return {}
    eps = max(EPS[name], EPS.get(np.dtype(x.dtype).name, 0.0))
    count = max(1, x.size // max(1, np.asarray(np.ones(x.shape).sum(axis=axis)).size))
    with np.errstate(all="ignore"):
        scale = float(np.abs(x.astype(np.complex128)).sum()) if x.size else 0.0
    if not math.isfinite(scale):
        scale = 0.0
    return {"rtol": 4 * eps * count, "atol": 4 * eps * scale}


def _compare_reduction(x, axis):
    def compare(got, expected):
        assert_same(got, expected, **_tolerance(x, axis, np.asarray(expected).dtype))

    return compare


def _run(name, x, axis=None, **kwargs):
    same_outcome(
        lambda: getattr(np, name)(x, axis=axis, **kwargs),
        lambda: getattr(tnp, name)(from_numpy(x), axis=axis, **kwargs),
        compare=_compare_reduction(x, axis),
    )


@st.composite
def _case(draw, *, names=dtype_names, specials=False):
    name = draw(names)
    x = draw(arrays(name, shapes(max_side=5), specials=specials))
    axis = draw(_axis(x.ndim))
    keepdims = draw(st.booleans())
    return x, axis, keepdims


# ----------------------------------------------------------------------------- hypothesis
@pytest.mark.parametrize("name", REDUCTIONS)
@HYPOTHESIS
@given(case=_case())
def test_reduction_hypothesis(name, case):
    x, axis, keepdims = case
    _run(name, x, axis, keepdims=keepdims)


@pytest.mark.parametrize("name", ["max", "min"])
@FEW
@given(case=_case(names=st.sampled_from(INEXACT), specials=True))
def test_max_min_with_nan_and_inf(name, case):
    x, axis, keepdims = case
    _run(name, x, axis, keepdims=keepdims)


@pytest.mark.parametrize("name", ["sum", "mean"])
@FEW
@given(case=_case(names=st.sampled_from(FLOATING), specials=True))
def test_sum_mean_with_nan_and_inf(name, case):
    x, axis, keepdims = case
    _run(name, x, axis, keepdims=keepdims)


@pytest.mark.parametrize("name", ["sum", "mean"])
@FEW
@given(case=_case(), dtype=dtype_names)
def test_dtype_argument(name, case, dtype):
    x, axis, keepdims = case
    # float -> integer conversion of out-of-range values is undefined: keep it in range
    if kind(dtype) in "biu" and x.dtype.kind in "fc":
        x = np.asarray(np.trunc(np.clip(x.real, 0, 100))).astype(x.dtype)
    if dtype in ("float16", "complex64", "float32") and x.dtype.kind in "iuf":
        # keep sums far from the target's overflow (test_float16_dtype_accumulates_in_float16)
        x = np.asarray(np.clip(x, -100, 100)).astype(x.dtype)
    _run(name, x, axis, keepdims=keepdims, dtype=dtype)


@pytest.mark.parametrize("name", REDUCTIONS)
@FEW
@given(case=_case(), out_dtype=dtype_names)
def test_out_argument(name, case, out_dtype):
    x, axis, keepdims = case
    try:
        with np.errstate(all="ignore"):
            want = getattr(np, name)(x, axis=axis, keepdims=keepdims)
    except ValueError:
        assume(False)
    # NumPy runs the reduction loop in out's dtype (test_reduction_loop_runs_in_the_out_dtype);
    # outs that hold the natural result safely give the same values either way
    natural = np.asarray(want).dtype
    assume(not (name == "mean" and x.size == 0))  # NumPy warns: mean of an empty slice
    assume(np.can_cast(natural, out_dtype, "safe"))
    shape = np.shape(want)
    np_out = np.zeros(shape, dtype=out_dtype)
    tnp_out = tnp.zeros(shape, dtype=out_dtype)

    coarse = natural if natural.kind in "fc" else out_dtype

    def compare(got, _expected):
        assert got is tnp_out, "out= must return the out array itself"
        assert_same(tnp_out, np_out, **_tolerance(x, axis, coarse))

    same_outcome(
        lambda: getattr(np, name)(x, axis=axis, keepdims=keepdims, out=np_out),
        lambda: getattr(tnp, name)(from_numpy(x), axis=axis, keepdims=keepdims, out=tnp_out),
        compare=compare,
    )


@pytest.mark.parametrize("name", ["max", "min", "sum"])
def test_reduction_loop_runs_in_the_out_dtype(name):
    """NumPy casts the input to out's dtype before reducing: max([128, 0] int16) into an
    int8 out is max(-128, 0) = 0."""
    x = np.array([128, 0, 127], dtype=np.int16)
    np_out = np.zeros((), dtype=np.int8)
    getattr(np, name)(x, out=np_out)
    tnp_out = tnp.zeros((), dtype="int8")
    getattr(tnp, name)(from_numpy(x), out=tnp_out)
    assert_same(tnp_out, np_out)


# ----------------------------------------------------------------------------- dtypes
@pytest.mark.parametrize("dtype", DTYPES)
def test_sum_and_mean_result_dtypes(dtype):
    x = np.ones((2, 3), dtype=dtype)
    for name in ("sum", "mean", "max", "min"):
        assert getattr(tnp, name)(from_numpy(x)).dtype.name == getattr(np, name)(x).dtype.name
        got = getattr(tnp, name)(from_numpy(x), axis=0)
        assert got.dtype.name == getattr(np, name)(x, axis=0).dtype.name


@pytest.mark.parametrize("dtype", [*INTEGER, "bool"])
def test_mean_of_integers_is_float64(dtype):
    x = np.array([[1, 0, 1], [1, 1, 0]], dtype=dtype)
    _run("mean", x)
    _run("mean", x, 1)
    assert tnp.mean(from_numpy(x)).dtype.name == "float64"


def test_float16_mean_accumulates_in_float32_and_returns_float16():
    x = np.full(4096, 0.1, dtype=np.float16)
    got = tnp.mean(from_numpy(x))
    want = np.mean(x)
    assert got.dtype.name == "float16"
    assert_same(got, want, rtol=0)
    _run("sum", np.full(3000, 1.0, dtype=np.float16))


@pytest.mark.parametrize("dtype", INTEGER)
def test_integer_sums_wrap_like_numpy(dtype):
    info = np.iinfo(dtype)
    x = np.array([int(info.max)] * 5 + [int(info.min)] * 3, dtype=dtype)
    _run("sum", x)
    _run("sum", x, dtype=dtype)
    _run("sum", x.reshape(2, 4), 1, dtype=dtype)
    _run("mean", x)


def test_uint64_extremes_and_means():
    x = np.array([2**64 - 1, 2**63, 5, 0], dtype=np.uint64)
    for name in ("max", "min", "sum", "mean"):
        _run(name, x)
        _run(name, x.reshape(2, 2), 0)


def test_complex_max_min_are_lexicographic():
    x = np.array([1 + 5j, 2 - 1j, 2 + 3j, -1 + 9j, 2 + 3j])
    for name in ("max", "min"):
        _run(name, x)
        _run(name, x.astype(np.complex64))


@pytest.mark.parametrize("name", ["max", "min"])
def test_complex_max_min_return_the_nan_element(name):
    """NumPy returns the first element holding a NaN as it is (nan+0j stays nan+0j)."""
    _run(name, np.array([1 + 1j, complex(math.nan, 0), 3 + 0j]))
    _run(name, np.array([1 + 1j, complex(0, math.nan), 3 + 0j]), 0)


def test_bool_max_min_sum():
    x = np.array([[True, False], [False, False]])
    for name in ("max", "min", "sum", "mean"):
        _run(name, x)
        _run(name, x, 0)
        _run(name, x, 1)


# ----------------------------------------------------------------------------- edge cases
@pytest.mark.parametrize("dtype", FLOATING)
def test_max_min_propagate_nan(dtype):
    x = np.array([[1.0, math.nan, 3.0], [-math.inf, 2.0, math.inf]], dtype=dtype)
    for name in ("max", "min"):
        _run(name, x)
        _run(name, x, 0)
        _run(name, x, 1)
        _run(name, x, -1, keepdims=True)


@pytest.mark.parametrize("name", ["max", "min", "amax", "amin"])
@pytest.mark.parametrize("shape", [(0,), (2, 0), (0, 3)])
def test_empty_max_min_raise_value_error(name, shape):
    x = np.zeros(shape)
    with pytest.raises(ValueError):
        getattr(np, name)(x)
    with pytest.raises(ValueError):
        getattr(tnp, name)(tnp.zeros(shape))
    _run(name, x, 0)
    _run(name, x, -1)


@pytest.mark.parametrize("name", ["sum", "mean"])
@pytest.mark.parametrize("shape", [(0,), (2, 0), (0, 3), ()])
def test_empty_sum_and_mean(name, shape):
    x = np.zeros(shape, dtype=np.float32)
    _run(name, x)
    if shape:
        _run(name, x, 0)
        _run(name, x, -1, keepdims=True)
    _run(name, np.zeros(shape, dtype=np.int8))


@pytest.mark.parametrize("name", REDUCTIONS)
def test_axis_out_of_range_is_axis_error(name):
    x = tnp.zeros((2, 3))
    with pytest.raises(tnp.AxisError) as info:
        getattr(tnp, name)(x, axis=5)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, IndexError)
    message = str(info.value)
    assert "5" in message
    assert "2" in message
    with pytest.raises(np.exceptions.AxisError) as np_info:
        getattr(np, name)(np.zeros((2, 3)), axis=5)
    assert message == str(np_info.value)
    with pytest.raises(tnp.AxisError):
        getattr(tnp, name)(x, axis=-3)
    with pytest.raises(tnp.AxisError):
        getattr(tnp, name)(x, axis=(0, 2))
    with pytest.raises(tnp.AxisError):
        getattr(tnp, name)(tnp.zeros(()), axis=0)


def test_axis_error_class_matches_numpy():
    err = tnp.AxisError(5, 2)
    assert str(err) == str(np.exceptions.AxisError(5, 2))
    assert err.axis == 5
    assert err.ndim == 2
    assert str(tnp.AxisError(1, 1, "prefix")) == str(np.exceptions.AxisError(1, 1, "prefix"))
    assert str(tnp.AxisError("custom")) == "custom"
    assert issubclass(tnp.AxisError, ValueError)
    assert issubclass(tnp.AxisError, IndexError)
    assert tnp.exceptions.AxisError is tnp.AxisError


@pytest.mark.parametrize("name", REDUCTIONS)
def test_repeated_axis_is_value_error(name):
    with pytest.raises(ValueError):
        getattr(np, name)(np.zeros((2, 3)), axis=(0, 0))
    with pytest.raises(ValueError):
        getattr(tnp, name)(tnp.zeros((2, 3)), axis=(0, -2))


@pytest.mark.parametrize("name", REDUCTIONS)
def test_reductions_return_zero_d_arrays(name):
    got = getattr(tnp, name)(tnp.arange(6.0).reshape(2, 3))
    assert isinstance(got, tnp.ndarray)
    assert got.shape == ()
    assert float(got) == float(getattr(np, name)(np.arange(6.0).reshape(2, 3)))


@pytest.mark.parametrize("name", ["sum", "mean", "max", "min"])
def test_methods_match_functions(name):
    x = np.arange(24, dtype=np.float32).reshape(2, 3, 4) - 7
    a = from_numpy(x)
    for axis in (None, 0, -1, (0, 2), ()):
        want = getattr(x, name)(axis=axis)
        got = getattr(a, name)(axis=axis)
        assert_same(got, want, rtol=1e-6)
        got = getattr(a, name)(axis, keepdims=True)
        assert_same(got, getattr(x, name)(axis, keepdims=True), rtol=1e-6)


def test_reductions_accept_lists_and_scalars():
    for name in REDUCTIONS:
        for data in ([1, 2, 3], [[1.5, -2.0], [3.0, 4.0]], 7, 2.5, [True, False]):
            _run(name, np.asarray(data))
            got = getattr(tnp, name)(data)
            assert_same(got, getattr(np, name)(data))


def test_out_has_to_have_the_result_shape():
    with pytest.raises(ValueError):
        np.sum(np.ones((2, 3)), axis=0, out=np.zeros(2))
    with pytest.raises(ValueError):
        tnp.sum(tnp.ones((2, 3)), axis=0, out=tnp.zeros(2))


def test_sum_into_out_writes_through_a_view():
    base = tnp.zeros((2, 3))
    res = tnp.sum(tnp.ones((4, 3)), axis=0, out=base[1])
    assert_same(res, np.full(3, 4.0))
    assert to_numpy(base).tolist() == [[0.0, 0.0, 0.0], [4.0, 4.0, 4.0]]
