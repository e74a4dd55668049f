"""histogram, histogram_bin_edges, histogram2d, histogramdd, bincount, digitize against NumPy."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from tnp_core_test_helpers import (
    DTYPES,
    FEW,
    INTEGER,
    arrays,
    assert_same,
    from_numpy,
    same_outcome,
    shapes,
)

from tnp_core import _histograms as hist

REAL = tuple(d for d in DTYPES if not d.startswith("complex"))
ESTIMATORS = ("auto", "fd", "doane", "scott", "stone", "rice", "sturges", "sqrt")


def _pair(got, expected):
    assert len(got) == len(expected)
    for g, e in zip(got, expected, strict=True):
        if isinstance(e, list):
            for gi, ei in zip(g, e, strict=True):
                assert_same(gi, ei)
        else:
            assert_same(g, e, rtol=1e-6)


def _quiet(fn):
    def run():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return fn()

    return run


def _estimated_bins(a, bins):
    """Roughly how many bins the Freedman-Diaconis width ('fd', and 'auto' which may pick
    it) makes: a few outliers far from a tight middle ask for hundreds of millions, more
    memory than a test machine has, in NumPy and tnp alike."""
    if bins not in ("fd", "auto") or a.size == 0:
        return 0
    x = a.astype(np.float64).ravel()
    x = x[np.isfinite(x)]
    if x.size == 0:
        return 0
    iqr = float(np.subtract(*np.percentile(x, [75, 25])))
    if iqr <= 0:
        return 0
    return float(np.ptp(x)) * x.size ** (1 / 3) / (2 * iqr)


_BINS = st.one_of(
    st.integers(-1, 12),
    st.sampled_from(ESTIMATORS),
    st.lists(st.integers(-5, 5), min_size=1, max_size=5).map(sorted),
    st.just([3, 1, 2]),
)
_RANGE = st.none() | st.sampled_from([(-3, 3), (0.5, 0.5), (2, 1), (0, float("inf"))])


@FEW
@given(st.sampled_from(REAL), shapes(max_dims=2, max_side=6), _BINS, _RANGE, st.data())
def test_histogram(name, shape, bins, rng, data):
    a = data.draw(arrays(name, st.just(shape)))
    assume(_estimated_bins(a, bins) <= 100_000)
    weighted = data.draw(st.booleans()) and not isinstance(bins, str)
    w = data.draw(arrays("float64", st.just(shape), nonnegative=True)) if weighted else None
    density = data.draw(st.none() | st.booleans())
    tbins = from_numpy(np.array(bins)) if isinstance(bins, list) else bins
    same_outcome(
        _quiet(lambda: np.histogram(a, bins, range=rng, density=density, weights=w)),
        _quiet(
            lambda: hist.histogram(
                from_numpy(a),
                tbins,
                range=rng,
                density=density,
                weights=None if w is None else from_numpy(w),
            )
        ),
        compare=_pair,
    )


@FEW
@given(st.sampled_from(REAL), shapes(max_dims=1, max_side=30), st.sampled_from(ESTIMATORS), _RANGE)
def test_histogram_bin_edges_estimators(name, shape, bins, rng):
    a = np.arange(int(np.prod(shape)), dtype=np.float64).reshape(shape) ** 1.5 % 17
    a = a.astype(name)
    same_outcome(
        _quiet(lambda: np.histogram_bin_edges(a, bins, range=rng)),
        _quiet(lambda: hist.histogram_bin_edges(from_numpy(a), bins, range=rng)),
    )


@pytest.mark.parametrize("dtype", INTEGER)
def test_histogram_of_integers_has_int64_counts_and_float64_edges(dtype):
    a = np.array([0, 1, 1, 5, 9], dtype=dtype)
    got = hist.histogram(from_numpy(a), 4)
    _pair(got, np.histogram(a, 4))


def test_histogram_weights_keep_their_dtype():
    a = np.array([0.0, 1.0, 1.0, 5.0])
    for w in (np.int16([1, 2, 3, 4]), np.float32([0.5, 1, 1, 2])):
        _pair(
            hist.histogram(from_numpy(a), 3, weights=from_numpy(w)), np.histogram(a, 3, weights=w)
        )


def test_histogram_of_bool_warns_and_converts():
    a = np.array([True, False, True])
    with pytest.warns(RuntimeWarning, match="Converting input from bool"):
        expected = np.histogram(a, 2)
    with pytest.warns(RuntimeWarning, match="Converting input from bool"):
        got = hist.histogram(from_numpy(a), 2)
    _pair(got, expected)


def test_histogram_estimator_refuses_weights():
    with pytest.raises(TypeError, match="weighted data"):
        hist.histogram(from_numpy(np.ones(3)), "auto", weights=from_numpy(np.ones(3)))


def test_histogram_autodetected_range_must_be_finite():
    with pytest.raises(ValueError, match="autodetected range"):
        hist.histogram(from_numpy(np.array([1.0, np.nan])))


@FEW
@given(
    st.sampled_from(["float64", "float32", "int16"]),
    st.integers(0, 12),
    st.sampled_from([3, [2, 4], "edges"]),
    st.booleans(),
    st.booleans(),
    st.data(),
)
def test_histogram2d(name, n, bins, density, weighted, data):
    x = data.draw(arrays(name, st.just((n,))))
    y = data.draw(arrays(name, st.just((n,))))
    w = np.arange(n, dtype=np.float64) if weighted else None
    np_bins = np.array([-5.0, 0.0, 2.0, 100.0]) if bins == "edges" else bins
    t_bins = from_numpy(np_bins) if bins == "edges" else bins
    same_outcome(
        _quiet(lambda: np.histogram2d(x, y, bins=np_bins, density=density, weights=w)),
        _quiet(
            lambda: hist.histogram2d(
                from_numpy(x),
                from_numpy(y),
                bins=t_bins,
                density=density,
                weights=None if w is None else from_numpy(w),
            )
        ),
        compare=_pair,
    )


@FEW
@given(st.sampled_from(["float64", "int8"]), st.integers(1, 10), st.integers(1, 3), st.data())
def test_histogramdd(name, n, d, data):
    sample = data.draw(arrays(name, st.just((n, d))))
    bins = data.draw(st.integers(1, 4) | st.lists(st.integers(1, 4), min_size=d, max_size=d))
    rng = data.draw(st.none() | st.just([(-50, 50)] * d))
    same_outcome(
        _quiet(lambda: np.histogramdd(sample, bins=bins, range=rng)),
        _quiet(lambda: hist.histogramdd(from_numpy(sample), bins=bins, range=rng)),
        compare=_pair,
    )


def test_histogramdd_bins_of_the_wrong_dimension():
    s = np.ones((3, 2))
    same_outcome(
        lambda: np.histogramdd(s, bins=[2, 2, 2]),
        lambda: hist.histogramdd(from_numpy(s), bins=[2, 2, 2]),
    )


@FEW
@given(
    hnp.arrays(np.int64, st.integers(0, 8), elements=st.integers(-1, 6)),
    st.booleans(),
    st.integers(0, 10),
)
def test_bincount(x, weighted, minlength):
    w = np.linspace(0, 1, x.size) if weighted else None
    same_outcome(
        lambda: np.bincount(x, w, minlength=minlength),
        lambda: hist.bincount(
            from_numpy(x), None if w is None else from_numpy(w), minlength=minlength
        ),
    )


@pytest.mark.parametrize(
    "x", [np.array([1.5]), np.array([[1]]), np.array(1), np.uint64([1]), np.array([-1])]
)
def test_bincount_errors(x):
    same_outcome(lambda: np.bincount(x), lambda: hist.bincount(from_numpy(x)))


def test_bincount_negative_minlength():
    with pytest.raises(ValueError, match="minlength"):
        hist.bincount(from_numpy(np.array([1])), minlength=-1)


@FEW
@given(
    st.sampled_from(REAL),
    st.sampled_from(
        [
            [0.0, 1.0, 2.5, 4.0],
            [4.0, 2.5, 1.0, 0.0],
            [1.0, 1.0, 2.0],
            [2.0, 2.0, 1.0],
            [1.0, 3.0, 2.0],
            [],
        ]
    ),
    st.booleans(),
    st.data(),
)
def test_digitize(name, bins, right, data):
    x = data.draw(arrays(name, shapes(max_dims=2), specials=True))
    b = np.array(bins)
    same_outcome(
        lambda: np.digitize(x, b, right=right),
        lambda: hist.digitize(from_numpy(x), from_numpy(b), right=right),
    )


def test_digitize_refuses_complex():
    with pytest.raises(TypeError):
        hist.digitize(from_numpy(np.array([1j])), from_numpy(np.array([0.0, 1.0])))


def test_auto_bins_follow_numpy_2_rule_for_integer_data():
    # fd is limited below by half the sqrt rule's width, and integer bins are at least 1 wide
    x = np.array([0, 5, 5, 5, 5, 5], dtype=np.int8)
    expected = np.histogram_bin_edges(x, bins="auto")
    assert hist.histogram_bin_edges(from_numpy(x), bins="auto").tolist() == expected.tolist()
