"""sort, argsort, partition, argpartition, lexsort, sort_complex, searchsorted, nonzero,
flatnonzero and argwhere against NumPy: dtypes, shapes (0-D, empty), axes, NaN and infinities,
duplicates, stability and errors."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tnp_core_test_helpers import (
    DTYPES,
    FEW,
    HYPOTHESIS,
    arrays,
    assert_same,
    from_numpy,
    same_outcome,
    shapes,
    to_numpy,
)

import tnp_core as tnp
from tnp_core import _sorting as tsort

NAN = math.nan


def _dup_arrays(name, shape):
    """Arrays with NaN, infinities and many repeated values."""
    return arrays(name, shape, specials=True).map(
        lambda a: (
            a
            if a.size < 2 or a.dtype.kind == "b"
            else np.concatenate(
                [a.ravel()[: a.size // 2], a.ravel()[: a.size - a.size // 2]]
            ).reshape(a.shape)
        )
    )


@st.composite
def _case(draw, max_dims=3):
    name = draw(st.sampled_from(DTYPES))
    shape = draw(shapes(max_dims=max_dims))
    a = draw(_dup_arrays(name, shape))
    axis = draw(st.none() | st.integers(-len(shape) - 1, len(shape)))
    return a, axis


@HYPOTHESIS
@given(_case())
def test_sort_matches_numpy(case):
    a, axis = case
    same_outcome(lambda: np.sort(a, axis=axis), lambda: tsort.sort(from_numpy(a), axis=axis))


@HYPOTHESIS
@given(_case())
def test_argsort_matches_numpy_stable(case):
    a, axis = case
    same_outcome(
        lambda: np.argsort(a, axis=axis, kind="stable"),
        lambda: tsort.argsort(from_numpy(a), axis=axis),
    )


def _check_partition(got, a, kth, axis):
    """NumPy's guarantee: at each kth the sorted element; nothing greater before, nothing
    smaller after (NaN counting as the largest)."""
    expected = np.sort(a, axis=axis)
    g = to_numpy(got)
    ax = -1 if axis is None else axis
    if axis is None:
        g = g.reshape(-1)
    assert g.shape == expected.shape
    n = expected.shape[ax]
    for k in np.atleast_1d(kth):
        k = int(k) % n
        np.testing.assert_array_equal(np.take(g, k, ax), np.take(expected, k, ax))
    # here tnp is a full sort, which is what the guarantee allows for every kth
    np.testing.assert_array_equal(g, expected)


@FEW
@given(_case(), st.data())
def test_partition_guarantee(case, data):
    a, axis = case
    np_axis = axis
    ok = a.ndim > 0 or axis is None
    if ok and (axis is None or -a.ndim <= axis < a.ndim):
        n = a.size if axis is None else a.shape[axis]
        if n == 0:
            return
        kth = data.draw(
            st.integers(-n, n - 1) | st.lists(st.integers(-n, n - 1), min_size=1, max_size=3)
        )
        _check_partition(tsort.partition(from_numpy(a), kth, axis=np_axis), a, kth, np_axis)
        idx = to_numpy(tsort.argpartition(from_numpy(a), kth, axis=np_axis))
        flat = a.reshape(-1) if axis is None else a
        taken = np.take_along_axis(flat, idx, axis=-1 if axis is None else axis)
        _check_partition(from_numpy(taken), a, kth, np_axis)
    else:
        same_outcome(
            lambda: np.partition(a, 0, axis=axis),
            lambda: tsort.partition(from_numpy(a), 0, axis=axis),
        )


@FEW
@given(st.sampled_from(DTYPES), st.data())
def test_searchsorted_matches_numpy(name, data):
    a = np.sort(data.draw(_dup_arrays(name, st.integers(0, 8))))
    v = data.draw(_dup_arrays(name, shapes(max_dims=2)))
    side = data.draw(st.sampled_from(["left", "right"]))
    same_outcome(
        lambda: np.searchsorted(a, v, side=side),
        lambda: tsort.searchsorted(from_numpy(a), from_numpy(v), side=side),
    )


@FEW
@given(st.sampled_from(DTYPES), st.data())
def test_searchsorted_sorter(name, data):
    a = data.draw(_dup_arrays(name, st.integers(0, 8)))
    v = data.draw(_dup_arrays(name, shapes(max_dims=1)))
    sorter = np.argsort(a, kind="stable")
    same_outcome(
        lambda: np.searchsorted(a, v, sorter=sorter),
        lambda: tsort.searchsorted(from_numpy(a), from_numpy(v), sorter=from_numpy(sorter)),
    )


@HYPOTHESIS
@given(st.sampled_from(DTYPES), st.data())
def test_nonzero_family_matches_numpy(name, data):
    a = data.draw(arrays(name, shapes(), specials=True))

    def tup(got, expected):
        assert isinstance(got, tuple)
        assert len(got) == len(expected)
        for g, e in zip(got, expected, strict=True):
            assert_same(g, e)

    same_outcome(lambda: np.nonzero(a), lambda: tsort.nonzero(from_numpy(a)), compare=tup)
    same_outcome(lambda: np.flatnonzero(a), lambda: tsort.flatnonzero(from_numpy(a)))
    same_outcome(lambda: np.argwhere(a), lambda: tsort.argwhere(from_numpy(a)))


@FEW
@given(st.sampled_from(DTYPES), st.data())
def test_sort_complex_matches_numpy(name, data):
    a = data.draw(_dup_arrays(name, shapes(min_dims=1, max_dims=2)))
    same_outcome(lambda: np.sort_complex(a), lambda: tsort.sort_complex(from_numpy(a)))


@FEW
@given(st.lists(st.sampled_from(DTYPES), min_size=1, max_size=3), shapes(max_dims=2), st.data())
def test_lexsort_matches_numpy(names, shape, data):
    keys = [data.draw(_dup_arrays(n, shape)) for n in names]
    axis = data.draw(st.integers(-len(shape) - 1, len(shape)))
    same_outcome(
        lambda: np.lexsort(keys, axis=axis),
        lambda: tsort.lexsort([from_numpy(k) for k in keys], axis=axis),
    )


# ----------------------------------------------------------------------------- named cases
def test_nan_sorts_last():
    a = tnp.array([NAN, 1.0, -math.inf, NAN, math.inf, -0.0, 0.0])
    got = to_numpy(tsort.sort(a))
    np.testing.assert_array_equal(got, [-math.inf, 0.0, 0.0, 1.0, math.inf, NAN, NAN])
    assert to_numpy(tsort.argsort(a)).tolist() == [2, 5, 6, 1, 4, 0, 3]


def test_complex_order_with_nans():
    values = [complex(NAN, NAN), complex(NAN, 1), complex(1, NAN), 2 + 1j, 1 + 2j, 1 + 1j]
    a = np.array(values)
    assert_same(tsort.sort(from_numpy(a)), np.sort(a))
    assert to_numpy(tsort.argsort(from_numpy(a))).tolist() == [5, 4, 3, 2, 1, 0]


def test_argsort_is_stable():
    a = np.array([2, 1, 2, 1, 2, 1] * 50, dtype="int8")
    assert_same(tsort.argsort(from_numpy(a)), np.argsort(a, kind="stable"))


@pytest.mark.parametrize("name", ["uint16", "uint32", "uint64"])
def test_wide_unsigned(name):
    top = int(np.iinfo(name).max)
    a = np.array([top, 0, top // 2 + 1, top // 2, 5, top], dtype=name)
    assert_same(tsort.sort(from_numpy(a)), np.sort(a))
    assert_same(tsort.argsort(from_numpy(a)), np.argsort(a, kind="stable"))


def test_searchsorted_sides_and_nan():
    a = np.array([1.0, 2.0, 2.0, 3.0, NAN, NAN])
    v = np.array([[2.0, NAN], [0.0, 9.0]])
    for side in ("left", "right"):
        assert_same(
            tsort.searchsorted(from_numpy(a), from_numpy(v), side=side),
            np.searchsorted(a, v, side=side),
        )
    assert_same(tsort.searchsorted(from_numpy(a), 2.0), np.searchsorted(a, 2.0))


def test_searchsorted_promotes():
    a = np.array([0.1, 0.2], dtype="float32")
    assert_same(
        tsort.searchsorted(from_numpy(a), 0.1, side="right"), np.searchsorted(a, 0.1, side="right")
    )
    b = np.array([1, 2**63], dtype="uint64")
    assert_same(tsort.searchsorted(from_numpy(b), [2**63 + 1]), np.searchsorted(b, [2**63 + 1]))


def test_methods_sort_in_place_and_zero_d():
    assert_same(tsort.sort(tnp.array(5), axis=None), np.sort(np.array(5), axis=None))
    assert_same(tsort.argsort(tnp.array(5)), np.argsort(np.array(5)))
    assert_same(tsort.argpartition(tnp.array(5), 0), np.argpartition(np.array(5), 0))


ERRORS = [
    (lambda m, a: m.sort(a, order="x"), ValueError, "no fields"),
    (lambda m, a: m.sort(a, kind="bogus"), ValueError, "sort kind"),
    (lambda m, a: m.sort(a, kind="quick", stable=True), ValueError, "at the same time"),
    (lambda m, a: m.argsort(a, kind=3), TypeError, "must be str"),
    (lambda m, a: m.sort(m.asarray(1)), None, "out of bounds"),
    (lambda m, a: m.partition(a, 5), ValueError, "kth"),
    (lambda m, a: m.partition(a, -5), ValueError, "kth"),
    (lambda m, a: m.partition(a, True), ValueError, "Booleans"),
    (lambda m, a: m.partition(a, 1.0), TypeError, "integer"),
    (lambda m, a: m.partition(a, []), TypeError, "integer"),
    (lambda m, a: m.partition(a, 1, kind="quick"), ValueError, "introselect"),
    (lambda m, a: m.argpartition(a, 1, order="x"), ValueError, "no fields"),
    (lambda m, a: m.searchsorted(a, 1, side="bad"), ValueError, "left"),
    (lambda m, a: m.searchsorted(a, 1, side="R"), ValueError, "left"),
    (lambda m, a: m.searchsorted(m.asarray([a, a]), 1), ValueError, "too deep"),
    (lambda m, a: m.searchsorted(m.asarray(1), 1), ValueError, "too small"),
    (lambda m, a: m.searchsorted(a, 1, sorter=[0, 1]), ValueError, "sorter.size"),
    (lambda m, a: m.searchsorted(a, [1, 9], sorter=[0, 1, 3]), ValueError, "out of range"),
    (lambda m, a: m.searchsorted(a, 1, sorter=[0.0, 1.0, 2.0]), TypeError, "integers"),
    (lambda m, a: m.nonzero(m.asarray(1)), ValueError, "0d arrays"),
    (lambda m, a: m.lexsort([]), TypeError, "len > 0"),
    (lambda m, a: m.lexsort([a, m.asarray([1, 2])]), ValueError, "same shape"),
    (lambda m, a: m.lexsort([a], axis=None), TypeError, None),
    (lambda m, a: m.lexsort([a], axis=3), None, "out of bounds"),
]


@pytest.mark.parametrize(("call", "exc", "match"), ERRORS)
def test_errors_match_numpy(call, exc, match):
    with pytest.raises(Exception) as np_info:
        call(np, np.array([3, 1, 2]))
    with pytest.raises(Exception) as tnp_info:
        call(_Namespace, tnp.array([3, 1, 2]))
    want = tnp.AxisError if isinstance(np_info.value, np.exceptions.AxisError) else exc
    assert isinstance(tnp_info.value, want), tnp_info.value
    assert str(tnp_info.value) == str(np_info.value)
    if match is not None:
        assert match in str(tnp_info.value)


class _Namespace:
    """tnp's sorting functions under NumPy's names, for tests that run one call in both."""

    asarray = staticmethod(tnp.asarray)
    sort = staticmethod(tsort.sort)
    argsort = staticmethod(tsort.argsort)
    partition = staticmethod(tsort.partition)
    argpartition = staticmethod(tsort.argpartition)
    searchsorted = staticmethod(tsort.searchsorted)
    nonzero = staticmethod(tsort.nonzero)
    lexsort = staticmethod(tsort.lexsort)


def test_signed_zeros_keep_input_order_as_numpy_stable_sort():
    x = np.array([0.0, -0.0, np.nan, -np.inf, 1.0, -0.0, 0.0])
    got = tsort.sort(from_numpy(x), stable=True)
    expected = np.sort(x, kind="stable")
    assert np.signbit(np.array(got.tolist())).tolist() == np.signbit(expected).tolist()
    assert_same(tsort.argsort(from_numpy(x)), np.argsort(x, kind="stable"))


@pytest.mark.parametrize("name", ["int8", "uint32", "float32", "float64", "complex64", "bool"])
@pytest.mark.parametrize("axis", [0, 1, -1, None])
def test_descending_sort_is_the_stable_reverse_order(name, axis):
    # the Array API's descending=: ties keep their input order; NumPy has no such keyword
    x = np.array([[3, 1, 2, 1], [0, 2, 2, 5], [1, 1, 1, 0]]).astype(name)
    flat = x.reshape(-1) if axis is None else x
    ax = 0 if axis is None else axis
    keys = -flat.astype(np.float64) if name != "complex64" else -flat.real
    order = np.argsort(keys, axis=ax, kind="stable")
    a = tnp.asarray(x)
    assert to_numpy(tnp.argsort(a, axis=axis, descending=True)).tolist() == order.tolist()
    expected = np.take_along_axis(flat, order, axis=ax)
    assert_same(tnp.sort(a, axis=axis, descending=True), expected)


def test_descending_puts_nan_first():
    a = tnp.asarray([1.0, math.nan, 3.0])
    assert to_numpy(tnp.argsort(a, descending=True)).tolist() == [1, 2, 0]
