"""unique and its family, isin, intersect1d, union1d, setdiff1d, setxor1d, ediff1d against
NumPy."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tnp_core_test_helpers import (
    DTYPES,
    FEW,
    NUMERIC,
    arrays,
    assert_same,
    from_numpy,
    same_outcome,
    shapes,
)

import tnp_core as tnp
from tnp_core import _sets as sets

nan = math.nan


@st.composite
def _array(draw, names=DTYPES, shape=None, small=True):
    """Arrays with many repeats (values drawn from a few), NaNs and signed zeros."""
    name = draw(st.sampled_from(names))
    a = draw(arrays(name, shapes() if shape is None else shape, specials=True))
    if small and a.size and np.dtype(name).kind in "iu":
        a = a % np.array(4, dtype=name)
    elif small and a.size and np.dtype(name).kind in "fc":
        a = np.where(np.isfinite(a), np.round(a.real % 3), a).astype(name)
    return a


def _same_tuple(got, expected):
    assert isinstance(got, tuple)
    assert len(got) == len(expected)
    for g, e in zip(got, expected, strict=True):
        assert_same(g, e)


def _unique_compare(got, expected):
    if isinstance(expected, tuple):
        _same_tuple(got, expected)
    else:
        assert_same(got, expected)


# ----------------------------------------------------------------------------- unique
@FEW
@given(_array(), st.booleans(), st.booleans(), st.booleans(), st.booleans(), st.data())
def test_unique_flat(x, ri, rv, rc, equal_nan, data):
    same_outcome(
        lambda: np.unique(x, ri, rv, rc, equal_nan=equal_nan),
        lambda: sets.unique(from_numpy(x), ri, rv, rc, equal_nan=equal_nan),
        compare=_unique_compare,
    )


@FEW
@given(_array(shape=shapes(min_dims=1)), st.booleans(), st.booleans(), st.booleans(), st.data())
def test_unique_axis(x, ri, rv, rc, data):
    axis = data.draw(st.integers(-x.ndim - 1, x.ndim))
    if x.dtype.name == "float16" and np.isnan(x).any():
        return  # NumPy's sub-array compare sorts float16 NaN first; tnp sorts NaN last
    same_outcome(
        lambda: np.unique(x, ri, rv, rc, axis=axis),
        lambda: sets.unique(from_numpy(x), ri, rv, rc, axis=axis),
        compare=_unique_compare,
    )


@FEW
@given(_array())
def test_unique_family(x):
    for name in ("unique_all", "unique_counts", "unique_inverse"):
        expected = getattr(np, name)(x)
        got = getattr(sets, name)(from_numpy(x))
        assert type(got).__name__ == type(expected).__name__
        assert got._fields == expected._fields
        _same_tuple(tuple(got), tuple(expected))
    # NumPy's hash-based unique_values leaves the order unspecified; tnp sorts
    assert_same(sets.unique_values(from_numpy(x)), np.sort(np.unique_values(x)))


def test_unique_keeps_first_of_equal_values():
    # signed zeros compare equal: the first one met is kept (NumPy's stable paths)
    for values in ([0.0, -0.0, 1.0], [-0.0, 0.0, 1.0], [1.0, -0.0, 0.0]):
        got = sets.unique(values, return_index=True)
        expected = np.unique(values, return_index=True)
        _same_tuple(got, expected)
        assert np.signbit(got[0].tolist()).tolist() == np.signbit(expected[0]).tolist()


def test_unique_nan_handling():
    x = [nan, 1.0, nan, 0.0]
    assert_same(sets.unique(x), np.unique(x))
    assert_same(sets.unique(x, equal_nan=False), np.unique(x, equal_nan=False))
    c = np.array([1 + 2j, complex(nan, 1), complex(1, nan), complex(nan, 1)])
    for kw in ({}, {"return_counts": True}, {"equal_nan": False}):
        _unique_compare(sets.unique(from_numpy(c), **kw), np.unique(c, **kw))


def test_unique_inverse_shape_numpy2():
    x = np.array([[1, 2], [1, 2]])
    _same_tuple(sets.unique(from_numpy(x), return_inverse=True), np.unique(x, return_inverse=True))
    _same_tuple(
        sets.unique(from_numpy(x), return_inverse=True, axis=0),
        np.unique(x, return_inverse=True, axis=0),
    )


@pytest.mark.parametrize("name", ["uint16", "uint32", "uint64"])
def test_unique_wide_unsigned(name):
    x = np.array([2**16 - 1, 0, 5, 2**16 - 1, 5], dtype=name)
    if name == "uint64":
        x[0] = x[3] = 2**64 - 1
    _same_tuple(sets.unique(from_numpy(x), True, True, True), np.unique(x, True, True, True))


def test_unique_empty_and_zero_d():
    for x in (np.zeros((0,)), np.zeros((3, 0)), np.array(5)):
        same_outcome(lambda x=x: np.unique(x), lambda x=x: sets.unique(from_numpy(x)))
    same_outcome(
        lambda: np.unique(np.zeros((3, 0)), axis=0),
        lambda: sets.unique(tnp.zeros((3, 0)), axis=0),
    )
    with pytest.raises(tnp.AxisError):
        sets.unique(tnp.zeros((2, 2)), axis=2)


# ----------------------------------------------------------------------------- isin
@FEW
@given(_array(), _array(), st.booleans(), st.sampled_from([None, "sort", "table"]))
def test_isin(a, b, invert, kind):
    if {a.dtype.name, b.dtype.name} & {"uint64"} and {a.dtype.kind, b.dtype.kind} & {"i"}:
        return  # NumPy compares int64 with uint64 in float64 on its sort path only
    same_outcome(
        lambda: np.isin(a, b, invert=invert, kind=kind),
        lambda: sets.isin(from_numpy(a), from_numpy(b), invert=invert, kind=kind),
    )


@FEW
@given(_array(names=NUMERIC), _array(names=NUMERIC))
def test_isin_assume_unique(a, b):
    a, b = np.unique(a, equal_nan=False), np.unique(b, equal_nan=False)
    if {a.dtype.name, b.dtype.name} & {"uint64"} and {a.dtype.kind, b.dtype.kind} & {"i"}:
        return
    same_outcome(
        lambda: np.isin(a, b, assume_unique=True),
        lambda: sets.isin(from_numpy(a), from_numpy(b), assume_unique=True),
    )


def test_isin_errors_and_special_values():
    assert_same(sets.isin([nan, 0.0, 1.0], [nan, -0.0]), np.isin([nan, 0.0, 1.0], [nan, -0.0]))
    with pytest.raises(ValueError, match="Invalid kind"):
        sets.isin([1], [1], kind="hash")
    with pytest.raises(ValueError, match="'table' method"):
        sets.isin([1.0], [1], kind="table")


# ----------------------------------------------------------------------------- 1-D set ops
@FEW
@given(_array(), _array(), st.booleans())
def test_intersect1d(a, b, return_indices):
    same_outcome(
        lambda: np.intersect1d(a, b, return_indices=return_indices),
        lambda: sets.intersect1d(from_numpy(a), from_numpy(b), return_indices=return_indices),
        compare=_unique_compare,
    )


@FEW
@given(_array(names=NUMERIC), _array(names=NUMERIC), st.booleans())
def test_intersect1d_assume_unique(a, b, return_indices):
    a, b = np.unique(a), np.unique(b)
    same_outcome(
        lambda: np.intersect1d(a, b, assume_unique=True, return_indices=return_indices),
        lambda: sets.intersect1d(
            from_numpy(a), from_numpy(b), assume_unique=True, return_indices=return_indices
        ),
        compare=_unique_compare,
    )


@FEW
@given(_array(), _array(), st.booleans())
def test_union_setdiff_setxor(a, b, assume_unique):
    if assume_unique:
        a, b = np.unique(a), np.unique(b)
    same_outcome(lambda: np.union1d(a, b), lambda: sets.union1d(from_numpy(a), from_numpy(b)))
    same_outcome(
        lambda: np.setdiff1d(a, b, assume_unique),
        lambda: sets.setdiff1d(from_numpy(a), from_numpy(b), assume_unique),
    )
    same_outcome(
        lambda: np.setxor1d(a, b, assume_unique),
        lambda: sets.setxor1d(from_numpy(a), from_numpy(b), assume_unique),
    )


def test_setdiff1d_keeps_order_when_unique_assumed():
    a, b = np.array([5, 1, 3, 9]), np.array([3])
    assert_same(sets.setdiff1d(from_numpy(a), from_numpy(b), True), np.setdiff1d(a, b, True))


# ----------------------------------------------------------------------------- ediff1d
@FEW
@given(_array(), st.data())
def test_ediff1d(x, data):
    edge = st.none() | arrays(
        data.draw(st.sampled_from(DTYPES)), shapes(max_dims=1), specials=False
    )
    to_begin, to_end = data.draw(edge), data.draw(edge)
    same_outcome(
        lambda: np.ediff1d(x, to_end=to_end, to_begin=to_begin),
        lambda: sets.ediff1d(
            from_numpy(x),
            to_end=None if to_end is None else from_numpy(to_end),
            to_begin=None if to_begin is None else from_numpy(to_begin),
        ),
    )


def test_ediff1d_wraps_and_checks_casting():
    i = np.array([100, -100, 100], dtype=np.int8)
    assert_same(sets.ediff1d(from_numpy(i), to_end=[7, 8]), np.ediff1d(i, to_end=[7, 8]))
    u = np.array([1, 5, 2], dtype=np.uint8)
    assert_same(sets.ediff1d(from_numpy(u)), np.ediff1d(u))
    with pytest.raises(TypeError, match="same_kind"):
        sets.ediff1d(from_numpy(u), to_begin=-1)
    with pytest.raises(TypeError, match="boolean subtract"):
        sets.ediff1d([True, False])
