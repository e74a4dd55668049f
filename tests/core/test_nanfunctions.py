"""The nan* reductions against NumPy: values, dtypes, all-NaN slices and their warnings."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from tnp_core_test_helpers import (
    DTYPES,
    FEW,
    FLOATING,
    INEXACT,
    arrays,
    assert_same,
    from_numpy,
    same_outcome,
    shapes,
)

from tnp_core import _nanfunctions as nf

REAL = tuple(d for d in DTYPES if not d.startswith("complex"))
NUMERIC = DTYPES[1:]


def _close(got, expected):
    single = np.asarray(expected).dtype.name in ("float16", "float32", "complex64")
    assert_same(got, expected, rtol=5e-3 if single else 1e-9, atol=1e-6 if single else 1e-12)


@st.composite
def _axis(draw, ndim, tuples=True):
    choices = [st.none()]
    if ndim:
        choices.append(st.integers(-ndim, ndim - 1))
        if tuples:
            choices.append(hnp.valid_tuple_axes(ndim, min_size=1))
    return draw(st.one_of(*choices))


@st.composite
def _nan_case(draw, names=DTYPES, tuples=True):
    """Arrays with many NaN (whole NaN slices are likely) and an axis."""
    name = draw(st.sampled_from(names))
    x = draw(arrays(name, shapes(max_side=3), specials=True))
    if x.dtype.kind in "fc" and x.size:
        mask = draw(hnp.arrays(np.bool_, x.shape))
        x = np.where(mask, np.nan, x).astype(x.dtype)
    return x, draw(_axis(x.ndim, tuples))


@FEW
@given(_nan_case(NUMERIC), st.sampled_from(["nansum", "nanprod"]), st.booleans())
def test_nansum_nanprod(case, name, keepdims):
    x, axis = case
    if name == "nanprod" and x.dtype.kind == "c":
        # torch multiplies complex infinities differently from NumPy's textbook formula
        x = np.where(np.isinf(x), 2.0, x).astype(x.dtype)
    same_outcome(
        lambda: getattr(np, name)(x, axis=axis, keepdims=keepdims),
        lambda: getattr(nf, name)(from_numpy(x), axis=axis, keepdims=keepdims),
        compare=_close,
    )


@FEW
@given(_nan_case(REAL), st.sampled_from(["nanmin", "nanmax"]), st.booleans())
def test_nanmin_nanmax(case, name, keepdims):
    x, axis = case
    same_outcome(
        lambda: getattr(np, name)(x, axis=axis, keepdims=keepdims),
        lambda: getattr(nf, name)(from_numpy(x), axis=axis, keepdims=keepdims),
    )


@FEW
@given(_nan_case(REAL, tuples=False), st.sampled_from(["nanargmin", "nanargmax"]), st.booleans())
def test_nanargmin_nanargmax(case, name, keepdims):
    x, axis = case
    same_outcome(
        lambda: getattr(np, name)(x, axis=axis, keepdims=keepdims),
        lambda: getattr(nf, name)(from_numpy(x), axis=axis, keepdims=keepdims),
    )


@FEW
@given(_nan_case(NUMERIC), st.booleans())
def test_nanmean(case, keepdims):
    x, axis = case
    same_outcome(
        lambda: np.nanmean(x, axis=axis, keepdims=keepdims),
        lambda: nf.nanmean(from_numpy(x), axis=axis, keepdims=keepdims),
        compare=_close,
    )


@FEW
@given(_nan_case(NUMERIC), st.sampled_from(["nanvar", "nanstd"]), st.integers(0, 2))
def test_nanvar_nanstd(case, name, ddof):
    x, axis = case
    same_outcome(
        lambda: getattr(np, name)(x, axis=axis, ddof=ddof),
        lambda: getattr(nf, name)(from_numpy(x), axis=axis, ddof=ddof),
        compare=_close,
    )


@FEW
@given(_nan_case(REAL), st.booleans())
def test_nanmedian(case, keepdims):
    x, axis = case
    same_outcome(
        lambda: np.nanmedian(x, axis=axis, keepdims=keepdims),
        lambda: nf.nanmedian(from_numpy(x), axis=axis, keepdims=keepdims),
        compare=_close,
    )


_METHODS = (
    "linear",
    "lower",
    "higher",
    "nearest",
    "midpoint",
    "inverted_cdf",
    "hazen",
    "weibull",
    "median_unbiased",
    "normal_unbiased",
    "averaged_inverted_cdf",
    "closest_observation",
    "interpolated_inverted_cdf",
)


@FEW
@given(
    _nan_case(REAL),
    st.floats(0, 1) | hnp.arrays(np.float64, (2,), elements=st.floats(0, 1)),
    st.sampled_from(_METHODS),
    st.booleans(),
)
def test_nanquantile(case, q, method, keepdims):
    x, axis = case
    tq = from_numpy(q) if isinstance(q, np.ndarray) else q
    same_outcome(
        lambda: np.nanquantile(x, q, axis=axis, method=method, keepdims=keepdims),
        lambda: nf.nanquantile(from_numpy(x), tq, axis=axis, method=method, keepdims=keepdims),
        compare=_close,
    )


@FEW
@given(_nan_case(FLOATING), st.sampled_from(_METHODS))
def test_nanpercentile(case, method):
    x, axis = case
    q = np.array([0.0, 40.0, 100.0])
    same_outcome(
        lambda: np.nanpercentile(x, q, axis=axis, method=method),
        lambda: nf.nanpercentile(from_numpy(x), from_numpy(q), axis=axis, method=method),
        compare=_close,
    )


def test_weighted_nanquantile():
    x = np.array([[1.0, np.nan, 3.0, 2.0], [np.nan] * 4])
    w = np.array([[1.0, 5.0, 1.0, 2.0], [1.0] * 4])
    kw = {"axis": 1, "method": "inverted_cdf"}
    with pytest.warns(RuntimeWarning, match="All-NaN slice encountered"):
        expected = np.nanquantile(x, [0.3, 0.9], weights=w, **kw)
    with pytest.warns(RuntimeWarning, match="All-NaN slice encountered"):
        got = nf.nanquantile(
            from_numpy(x), from_numpy(np.array([0.3, 0.9])), weights=from_numpy(w), **kw
        )
    assert_same(got, expected)


@FEW
@given(_nan_case(NUMERIC, tuples=False), st.sampled_from(["nancumsum", "nancumprod"]))
def test_nancumsum_nancumprod(case, name):
    x, axis = case
    if name == "nancumprod" and x.dtype.kind == "c":
        # torch multiplies complex infinities differently from NumPy's textbook formula
        x = np.where(np.isinf(x), 2.0, x).astype(x.dtype)
    same_outcome(
        lambda: getattr(np, name)(x, axis=axis),
        lambda: getattr(nf, name)(from_numpy(x), axis=axis),
        compare=_close,
    )


# ----------------------------------------------------------------------------- all-NaN slices
_ALL_NAN = np.array([[np.nan, np.nan], [1.0, 2.0]])


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("nanmin", "All-NaN slice encountered"),
        ("nanmax", "All-NaN slice encountered"),
        ("nanmedian", "All-NaN slice encountered"),
        ("nanmean", "Mean of empty slice"),
        ("nanvar", "Degrees of freedom <= 0 for slice."),
        ("nanstd", "Degrees of freedom <= 0 for slice."),
    ],
)
def test_all_nan_slices_warn_and_give_nan(name, message):
    with pytest.warns(RuntimeWarning, match=message):
        expected = getattr(np, name)(_ALL_NAN, axis=1)
    with pytest.warns(RuntimeWarning, match=message):
        got = getattr(nf, name)(from_numpy(_ALL_NAN), axis=1)
    assert_same(got, expected)


@pytest.mark.parametrize("name", ["nanquantile", "nanpercentile"])
def test_all_nan_quantile_warns(name):
    with pytest.warns(RuntimeWarning, match="All-NaN slice encountered"):
        expected = getattr(np, name)(_ALL_NAN, 0.5, axis=1)
    with pytest.warns(RuntimeWarning, match="All-NaN slice encountered"):
        got = getattr(nf, name)(from_numpy(_ALL_NAN), 0.5, axis=1)
    assert_same(got, expected)


@pytest.mark.parametrize("name", ["nanargmin", "nanargmax"])
def test_all_nan_arg_extremes_raise(name):
    with pytest.raises(ValueError, match="All-NaN slice encountered"):
        getattr(nf, name)(from_numpy(_ALL_NAN), axis=1)


def test_nansum_of_all_nan_is_zero_without_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert_same(nf.nansum(from_numpy(_ALL_NAN), axis=1), np.nansum(_ALL_NAN, axis=1))


def test_nanmin_of_empty_raises():
    with pytest.raises(ValueError, match="fmin"):
        nf.nanmin(from_numpy(np.zeros((0, 2))), axis=0)


def test_nanmin_with_initial_and_where():
    x = np.array([np.nan, 1.0, 3.0])
    where = np.array([True, False, True])
    assert_same(
        nf.nanmin(from_numpy(x), initial=5, where=from_numpy(where)),
        np.nanmin(x, initial=5, where=where),
    )


def test_nanquantile_of_empty_is_nanmeans_answer():
    x = np.zeros((0, 3))
    with pytest.warns(RuntimeWarning, match="Mean of empty slice"):
        expected = np.nanquantile(x, [0.5, 0.6], axis=0)
    with pytest.warns(RuntimeWarning, match="Mean of empty slice"):
        got = nf.nanquantile(from_numpy(x), from_numpy(np.array([0.5, 0.6])), axis=0)
    assert_same(got, expected)


@pytest.mark.parametrize("dtype", INEXACT)
def test_nanmean_where(dtype):
    x = np.array([[1.0, np.nan, 2.0], [3.0, 4.0, 5.0]], dtype=dtype)
    where = np.array([True, True, False])
    assert_same(
        nf.nanmean(from_numpy(x), axis=1, where=from_numpy(where)),
        np.nanmean(x, axis=1, where=where),
        rtol=1e-3,
    )


def test_nanmedian_of_int_is_median():
    x = np.int8([3, 1, 2, 4])
    assert_same(nf.nanmedian(from_numpy(x)), np.nanmedian(x))
    assert math.isclose(float(nf.nanmedian(from_numpy(x))), 2.5)
