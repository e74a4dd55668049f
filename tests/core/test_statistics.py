"""ptp, median, average, percentile/quantile, count_nonzero, cumulative_*, cov, corrcoef
against NumPy."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from tnp_core_test_helpers import (
    DTYPES,
    FEW,
    FLOATING,
    INTEGER,
    arrays,
    assert_same,
    from_numpy,
    same_outcome,
    shapes,
)

from tnp_core import _statistics as sts

REAL = tuple(d for d in DTYPES if not d.startswith("complex"))
METHODS = (
    "inverted_cdf",
    "averaged_inverted_cdf",
    "closest_observation",
    "interpolated_inverted_cdf",
    "hazen",
    "weibull",
    "linear",
    "median_unbiased",
    "normal_unbiased",
    "lower",
    "higher",
    "nearest",
    "midpoint",
)


def _close(got, expected):
    single = np.asarray(expected).dtype.name in ("float16", "float32", "complex64")
    assert_same(got, expected, rtol=2e-3 if single else 1e-9)


@st.composite
def _axis(draw, ndim):
    choices = [st.none()]
    if ndim:
        choices.append(st.integers(-ndim, ndim - 1))
        choices.append(hnp.valid_tuple_axes(ndim, min_size=1))
    return draw(st.one_of(*choices))


@st.composite
def _case(draw, names=DTYPES, specials=False, min_dims=0, min_side=0):
    name = draw(st.sampled_from(names))
    x = draw(arrays(name, shapes(min_dims=min_dims, min_side=min_side), specials=specials))
    return x, draw(_axis(x.ndim))


_Q = st.one_of(
    st.floats(0, 1),
    st.sampled_from([0, 1]),
    hnp.arrays(np.float64, st.sampled_from([(), (3,), (2, 1)]), elements=st.floats(0, 1)),
    hnp.arrays(np.float32, (2,), elements=st.floats(0, 1, width=32)),
)


def _tq(q):
    return from_numpy(q) if isinstance(q, np.ndarray) else q


# ----------------------------------------------------------------------------- quantile
@FEW
@given(_case(REAL, specials=True), _Q, st.sampled_from(METHODS), st.booleans())
def test_quantile_every_method(case, q, method, keepdims):
    x, axis = case
    same_outcome(
        lambda: np.quantile(x, q, axis=axis, method=method, keepdims=keepdims),
        lambda: sts.quantile(from_numpy(x), _tq(q), axis=axis, method=method, keepdims=keepdims),
        compare=_close,
    )


@FEW
@given(_case(REAL, min_side=1), st.sampled_from(METHODS))
def test_percentile_every_method(case, method):
    x, axis = case
    q = np.array([0.0, 12.5, 50.0, 100.0])
    same_outcome(
        lambda: np.percentile(x, q, axis=axis, method=method),
        lambda: sts.percentile(from_numpy(x), from_numpy(q), axis=axis, method=method),
        compare=_close,
    )


@FEW
@given(_case(FLOATING + INTEGER, min_dims=1, min_side=1), st.floats(0, 1))
def test_weighted_inverted_cdf(case, q):
    x, axis = case
    w = np.arange(x.size, dtype=np.float64).reshape(x.shape) % 3
    same_outcome(
        lambda: np.quantile(x, q, axis=axis, method="inverted_cdf", weights=w),
        lambda: sts.quantile(
            from_numpy(x), q, axis=axis, method="inverted_cdf", weights=from_numpy(w)
        ),
    )


def test_weights_along_one_axis():
    x = np.arange(12.0).reshape(3, 4)
    w = np.array([1.0, 0.0, 2.0])
    expected = np.quantile(x, [0.2, 0.7], axis=0, method="inverted_cdf", weights=w)
    got = sts.quantile(
        from_numpy(x),
        from_numpy(np.array([0.2, 0.7])),
        axis=0,
        method="inverted_cdf",
        weights=from_numpy(w),
    )
    assert_same(got, expected)


@pytest.mark.parametrize(
    ("call", "exc"),
    [
        (lambda m, x: m.quantile(x, 1.5), ValueError),
        (lambda m, x: m.percentile(x, -1), ValueError),
        (lambda m, x: m.quantile(x, 0.5, method="foo"), ValueError),
        (lambda m, x: m.quantile(x, 0.5, weights=[1, 1, 1, 1]), ValueError),
        (lambda m, x: m.quantile(x, 0.5, method="inverted_cdf", weights=[1, -1, 1, 1]), ValueError),
        (lambda m, x: m.quantile(x, 0.5, method="inverted_cdf", weights=[0, 0, 0, 0]), ValueError),
        (lambda m, x: m.quantile(x, [[[0.5]]]), ValueError),
        (lambda m, x: m.quantile(x[:0], 0.5), IndexError),
    ],
)
def test_quantile_errors(call, exc):
    x = np.array([1.0, 2.0, 3.0, 4.0])
    with pytest.raises(exc):
        call(np, x)
    with pytest.raises(exc):
        call(sts, from_numpy(x))


def test_quantile_of_complex_raises_type_error():
    with pytest.raises(TypeError, match="real numbers"):
        sts.quantile(from_numpy(np.array([1j])), 0.5)


def test_quantile_into_out():
    x = np.arange(10.0).reshape(2, 5)
    out = from_numpy(np.zeros(2))
    res = sts.quantile(from_numpy(x), 0.3, axis=1, out=out)
    assert res is out
    assert_same(out, np.quantile(x, 0.3, axis=1))


# ----------------------------------------------------------------------------- median, ptp
@FEW
@given(_case(REAL, specials=True), st.booleans())
def test_median(case, keepdims):
    x, axis = case
    same_outcome(
        lambda: np.median(x, axis=axis, keepdims=keepdims),
        lambda: sts.median(from_numpy(x), axis=axis, keepdims=keepdims),
        compare=_close,
    )


def test_median_of_empty_warns():
    with pytest.warns(RuntimeWarning, match="Mean of empty slice"):
        got = sts.median(from_numpy(np.zeros(0)))
    assert math.isnan(float(got))


@FEW
@given(_case(DTYPES, specials=True), st.booleans())
def test_ptp(case, keepdims):
    x, axis = case
    same_outcome(
        lambda: np.ptp(x, axis=axis, keepdims=keepdims),
        lambda: sts.ptp(from_numpy(x), axis=axis, keepdims=keepdims),
    )


# ----------------------------------------------------------------------------- average
@FEW
@given(_case(DTYPES), st.booleans(), st.booleans(), st.data())
def test_average(case, returned, keepdims, data):
    x, axis = case
    weighted = data.draw(st.booleans())
    w = None
    if weighted:
        wname = data.draw(st.sampled_from(["float32", "float64", "int16"]))
        w = data.draw(arrays(wname, st.just(x.shape), nonnegative=True))
    tw = None if w is None else from_numpy(w)

    def compare(got, expected):
        if returned:
            for g, e in zip(got, expected, strict=True):
                _close(g, e)
        else:
            _close(got, expected)

    same_outcome(
        lambda: np.average(x, axis=axis, weights=w, returned=returned, keepdims=keepdims),
        lambda: sts.average(
            from_numpy(x), axis=axis, weights=tw, returned=returned, keepdims=keepdims
        ),
        compare=compare,
    )


def test_average_with_weights_along_an_axis():
    x = np.arange(6.0).reshape(2, 3)
    w = np.array([1, 2, 3])
    avg, scl = sts.average(from_numpy(x), axis=1, weights=from_numpy(w), returned=True)
    e_avg, e_scl = np.average(x, axis=1, weights=w, returned=True)
    assert_same(avg, e_avg)
    assert_same(scl, e_scl)


def test_average_weights_summing_to_zero():
    with pytest.raises(ZeroDivisionError):
        sts.average(from_numpy(np.ones(2)), weights=from_numpy(np.zeros(2)))


# ----------------------------------------------------------------------------- counts, cumulative
@FEW
@given(_case(DTYPES, specials=True), st.booleans())
def test_count_nonzero(case, keepdims):
    x, axis = case
    same_outcome(
        lambda: np.asarray(np.count_nonzero(x, axis=axis, keepdims=keepdims)),
        lambda: sts.count_nonzero(from_numpy(x), axis=axis, keepdims=keepdims),
    )


@FEW
@given(
    _case(DTYPES),
    st.sampled_from(["cumulative_sum", "cumulative_prod"]),
    st.booleans(),
    st.none() | st.sampled_from(["int64", "float64"]),
)
def test_cumulative(case, name, include_initial, dtype):
    x, _ = case
    axis = None if x.ndim <= 1 else -1
    same_outcome(
        lambda: getattr(np, name)(x, axis=axis, include_initial=include_initial, dtype=dtype),
        lambda: getattr(sts, name)(
            from_numpy(x), axis=axis, include_initial=include_initial, dtype=dtype
        ),
        compare=_close,
    )


def test_cumulative_needs_an_axis_for_2d():
    x = np.ones((2, 2))
    same_outcome(lambda: np.cumulative_sum(x), lambda: sts.cumulative_sum(from_numpy(x)))


# ----------------------------------------------------------------------------- cov, corrcoef
@FEW
@given(
    st.sampled_from(["float64", "float32", "int16", "complex128"]),
    st.sampled_from([(3,), (2, 5), (4, 3), (1, 4)]),
    st.booleans(),
    st.booleans(),
    st.none() | st.integers(0, 2),
    st.data(),
)
def test_cov(name, shape, rowvar, bias, ddof, data):
    m = data.draw(arrays(name, st.just(shape)))
    nobs = shape[-1] if rowvar or len(shape) == 1 else shape[0]
    fw = data.draw(st.none() | hnp.arrays(np.int64, (nobs,), elements=st.integers(0, 3)))
    aw = data.draw(st.none() | hnp.arrays(np.float64, (nobs,), elements=st.floats(0.1, 2)))
    same_outcome(
        lambda: np.cov(m, rowvar=rowvar, bias=bias, ddof=ddof, fweights=fw, aweights=aw),
        lambda: sts.cov(
            from_numpy(m),
            rowvar=rowvar,
            bias=bias,
            ddof=ddof,
            fweights=None if fw is None else from_numpy(fw),
            aweights=None if aw is None else from_numpy(aw),
        ),
        compare=_cov_compare,
    )


def _cov_compare(got, expected):
    e = np.asarray(expected)
    if e.dtype.kind == "c" and not np.isfinite(e).all():
        # no degrees of freedom: complex inf * 0 patterns depend on BLAS rounding
        assert got.shape == e.shape
        return
    assert_same(got, e, rtol=1e-6, atol=1e-6 * (1 + np.abs(e).max(initial=0)))


def test_cov_with_y_and_dtype():
    x = np.array([[0.0, 1.0, 2.0], [2.0, 1.0, 0.0]])
    y = np.array([1.0, 5.0, 3.0])
    assert_same(sts.cov(from_numpy(x), from_numpy(y)), np.cov(x, y))
    assert_same(sts.cov(from_numpy(x), dtype="float32"), np.cov(x, dtype="float32"), rtol=1e-6)


@pytest.mark.parametrize(
    "kwargs",
    [{"fweights": [1.5, 1, 1]}, {"fweights": [-1, 1, 1]}, {"ddof": 1.5}],
)
def test_cov_errors(kwargs):
    x = np.array([[0.0, 1.0, 2.0]])
    t_kwargs = {
        k: (from_numpy(np.array(v)) if isinstance(v, list) else v) for k, v in kwargs.items()
    }
    same_outcome(lambda: np.cov(x, **kwargs), lambda: sts.cov(from_numpy(x), **t_kwargs))


@pytest.mark.parametrize("name", ["fweights", "aweights"])
def test_cov_weights_of_the_wrong_length_raise_numpys_runtime_error(name):
    x = np.array([[0.0, 1.0, 2.0]])
    with pytest.raises(RuntimeError, match=f"incompatible numbers of samples and {name}"):
        np.cov(x, **{name: [1, 1]})
    with pytest.raises(RuntimeError, match=f"incompatible numbers of samples and {name}"):
        sts.cov(from_numpy(x), **{name: from_numpy(np.array([1, 1]))})


def test_cov_warns_without_degrees_of_freedom():
    with pytest.warns(RuntimeWarning, match="Degrees of freedom"):
        sts.cov(from_numpy(np.array([1.0])))


@FEW
@given(
    st.sampled_from(["float64", "int8", "complex128"]),
    st.sampled_from([(3,), (2, 4), (3, 3)]),
    st.data(),
)
def test_corrcoef(name, shape, data):
    x = data.draw(arrays(name, st.just(shape)))
    same_outcome(
        lambda: np.corrcoef(x),
        lambda: sts.corrcoef(from_numpy(x)),
        compare=lambda g, e: assert_same(g, e, rtol=1e-6, atol=1e-9),
    )
