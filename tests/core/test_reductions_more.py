"""prod, all, any, argmax and argmin against NumPy: dtypes, axes, keepdims, NaN, errors."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from tnp_core_test_helpers import (
    DTYPES,
    FEW,
    HYPOTHESIS,
    INEXACT,
    arrays,
    assert_same,
    dtype_names,
    from_numpy,
    same_outcome,
    shapes,
)

import tnp_core as tnp


@st.composite
def _multi_axis(draw, ndim):
    choices = [st.none(), st.just(())]
    if ndim:
        choices.append(st.integers(-ndim, ndim - 1))
        choices.append(hnp.valid_tuple_axes(ndim, min_size=1))
    return draw(st.one_of(*choices))


@st.composite
def _one_axis(draw, ndim):
    choices = [st.none()]
    if ndim:
        choices.append(st.integers(-ndim, ndim - 1))
    return draw(st.one_of(*choices))


@pytest.mark.parametrize("name", ["all", "any", "prod"])
@HYPOTHESIS
@given(data=st.data(), specials=st.booleans())
def test_multi_axis_reductions_match_numpy(name, data, specials):
    dtype = data.draw(dtype_names)
    # complex products of NaN and inf parts: C99 corner cases where torch's complex multiply
    # and NumPy's differ in which part turns NaN
    specials = specials and not (name == "prod" and dtype.startswith("complex"))
    x = data.draw(arrays(dtype, shapes(max_side=4), specials=specials))
    axis = data.draw(_multi_axis(x.ndim))
    keepdims = data.draw(st.booleans())
    same_outcome(
        lambda: getattr(np, name)(x, axis=axis, keepdims=keepdims),
        lambda: getattr(tnp, name)(from_numpy(x), axis=axis, keepdims=keepdims),
        compare=lambda got, want: assert_same(got, want, rtol=1e-2 if name == "prod" else None),
    )


@pytest.mark.parametrize("name", ["argmax", "argmin"])
@HYPOTHESIS
@given(data=st.data())
def test_arg_extremes_match_numpy(name, data):
    dtype = data.draw(dtype_names)
    x = data.draw(arrays(dtype, shapes(max_side=4), specials=True))
    axis = data.draw(_one_axis(x.ndim))
    keepdims = data.draw(st.booleans())
    same_outcome(
        lambda: getattr(np, name)(x, axis=axis, keepdims=keepdims),
        lambda: getattr(tnp, name)(from_numpy(x), axis=axis, keepdims=keepdims),
    )


@pytest.mark.parametrize("name", ["argmax", "argmin"])
@pytest.mark.parametrize("dtype", INEXACT)
def test_arg_extremes_return_the_first_nan(name, dtype):
    x = np.array([1.0, np.nan, 5.0, np.nan, -2.0]).astype(dtype)
    assert getattr(tnp, name)(from_numpy(x)).item() == getattr(np, name)(x)


@pytest.mark.parametrize("name", ["argmax", "argmin"])
def test_arg_extremes_of_an_empty_axis_raise_value_error(name):
    with pytest.raises(ValueError, match="empty sequence"):
        getattr(tnp, name)(tnp.zeros((2, 0)), axis=1)


def test_arg_extremes_refuse_a_tuple_axis():
    with pytest.raises(TypeError):
        tnp.argmax(tnp.zeros((2, 3)), axis=(0, 1))


def test_arg_extremes_refuse_an_out_of_range_axis():
    with pytest.raises(tnp.AxisError):
        tnp.argmin(tnp.zeros((2, 3)), axis=2)


@pytest.mark.parametrize("dtype", DTYPES)
def test_prod_result_dtypes(dtype):
    x = np.ones((2, 3), dtype=dtype)
    assert tnp.prod(from_numpy(x)).dtype.name == np.prod(x).dtype.name
    assert tnp.prod(from_numpy(x), axis=1).dtype.name == np.prod(x, axis=1).dtype.name


@pytest.mark.parametrize("dtype", ["uint8", "uint16", "uint32", "uint64", "int64"])
def test_prod_wraps_around_like_numpy(dtype):
    x = np.array([250, 251, 252, 253, 254, 255, 7, 9], dtype=dtype)
    for kwargs in ({}, {"dtype": dtype}):
        assert tnp.prod(from_numpy(x), **kwargs).item() == np.prod(x, **kwargs).item()


@FEW
@given(x=arrays("float64", shapes(max_side=4), specials=True))
def test_nan_is_true_for_all_and_any(x):
    for name in ("all", "any"):
        assert getattr(tnp, name)(from_numpy(x)).item() == bool(getattr(np, name)(x))


def test_all_and_any_of_empty_arrays():
    assert tnp.all(tnp.zeros(0)).item() is True
    assert tnp.any(tnp.zeros(0)).item() is False


@pytest.mark.parametrize("name", ["cumsum", "cumprod"])
@HYPOTHESIS
@given(data=st.data())
def test_cumulative_reductions_match_numpy(name, data):
    dtype = data.draw(dtype_names.filter(lambda n: n != "float16"))
    x = data.draw(arrays(dtype, shapes(max_side=4)))
    axis = data.draw(_one_axis(x.ndim))
    same_outcome(
        lambda: getattr(np, name)(x, axis=axis),
        lambda: getattr(tnp, name)(from_numpy(x), axis=axis),
        compare=lambda got, want: assert_same(got, want, rtol=1e-3),
    )


@pytest.mark.parametrize("target", ["float64", "float32", "complex128"])
def test_uint64_sums_into_a_float_keep_values_past_2_to_63(target):
    x = np.array([2**63, 2**64 - 1, 5], dtype=np.uint64)
    assert_same(tnp.sum(from_numpy(x), dtype=target), np.sum(x, dtype=target))
    out = tnp.zeros((), dtype=target)
    tnp.sum(from_numpy(x), out=out)
    assert_same(out, np.sum(x, out=np.zeros((), dtype=target)))


def test_numpy_uint64_scalars_past_2_to_63_convert():
    assert_same(tnp.asarray(np.uint64(2**63)), np.asarray(np.uint64(2**63)))
    assert_same(tnp.add(np.uint64(2**64 - 1), 1), np.add(np.uint64(2**64 - 1), 1))


@pytest.mark.parametrize("dtype", ["complex64", "complex128"])
def test_complex_running_products_past_an_overflow(dtype):
    """Once a complex product overflows, later products follow C's rules (inf * 0 is NaN)."""
    big = 1e30 if dtype == "complex64" else 1e300
    x = np.array([[big * 1j, 1e10j, 1e10j, 0j, 2.0], [1j, 2.0, 3j, 4.0, 5j]], dtype=dtype)
    with np.errstate(all="ignore"):
        for axis in (1, None):
            assert_same(tnp.cumprod(from_numpy(x), axis=axis), np.cumprod(x, axis=axis))
        assert_same(
            tnp.multiply.accumulate(from_numpy(x), axis=1), np.multiply.accumulate(x, axis=1)
        )


@pytest.mark.parametrize("dtype", ["uint8", "uint16", "uint32", "uint64", "int8", "bool"])
def test_cumulative_dtypes_and_wrap_around(dtype):
    x = np.array([200, 100, 250, 3], dtype=np.uint8).astype(dtype)
    for name in ("cumsum", "cumprod"):
        for kwargs in ({}, {"dtype": dtype}):
            want = getattr(np, name)(x, **kwargs)
            got = getattr(tnp, name)(from_numpy(x), **kwargs)
            assert got.dtype.name == want.dtype.name
            assert got.tolist() == want.tolist()


@pytest.mark.parametrize("name", ["var", "std"])
@HYPOTHESIS
@given(data=st.data(), ddof=st.sampled_from([0, 1, 2]))
def test_var_and_std_match_numpy(name, data, ddof):
    dtype = data.draw(dtype_names)
    x = data.draw(arrays(dtype, shapes(max_side=4)))
    axis = data.draw(_multi_axis(x.ndim))
    keepdims = data.draw(st.booleans())
    with np.errstate(all="ignore"):
        same_outcome(
            lambda: getattr(np, name)(x, axis=axis, ddof=ddof, keepdims=keepdims),
            lambda: getattr(tnp, name)(from_numpy(x), axis=axis, ddof=ddof, keepdims=keepdims),
            compare=lambda got, want: assert_same(got, want, rtol=1e-2, atol=1e-3),
        )


@pytest.mark.parametrize("dtype", DTYPES)
def test_var_result_dtypes(dtype):
    x = np.ones((2, 3), dtype=dtype)
    for name in ("var", "std"):
        assert getattr(tnp, name)(from_numpy(x)).dtype.name == getattr(np, name)(x).dtype.name


def test_var_with_ddof_at_least_the_count_is_inf_or_nan():
    with np.errstate(all="ignore"):
        want = [np.var(np.array([1.0, 2.0]), ddof=2), np.var(np.array([1.0, 1.0]), ddof=2)]
    got = [tnp.var(tnp.asarray([1.0, 2.0]), ddof=2), tnp.var(tnp.asarray([1.0, 1.0]), ddof=2)]
    assert [str(g.item()) for g in got] == [str(float(w)) for w in want]


@pytest.mark.parametrize("name", ["uint16", "uint32", "uint64"])
@pytest.mark.parametrize("func", ["prod", "cumprod", "cumsum", "sum"])
def test_float_dtype_of_a_wide_unsigned_reduction_multiplies_the_values(name, func):
    # a float dtype= converts first: no wrap-around of the integer product
    x = np.array([2097152, 3, 40000], dtype=np.uint64).astype(name)
    for dtype in ("float64", "float32"):
        assert_same(
            getattr(tnp, func)(from_numpy(x), dtype=dtype), getattr(np, func)(x, dtype=dtype)
        )


def test_float16_product_accumulates_wider():
    x = np.array([[0, 16, 16, 16], [16, 16, 16, 16]], np.float16)
    assert_same(tnp.prod(from_numpy(x)), np.prod(x))
