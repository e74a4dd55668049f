"""where, extract, place, putmask, select, copyto, take_along_axis, put_along_axis against
NumPy."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tnp_core_test_helpers import (
    DTYPES,
    FEW,
    arrays,
    assert_same,
    broadcastable_pairs,
    from_numpy,
    same_outcome,
    shapes,
    weak_scalars,
)

import tnp_core as tnp
from tnp_core import _searching as srch


@st.composite
def _array(draw, names=DTYPES, specials=True, shape=None):
    name = draw(st.sampled_from(names))
    return draw(arrays(name, shapes() if shape is None else shape, specials=specials))


def _cond(shape):
    return arrays("bool", st.just(shape))


def _run_in_place(np_func, tnp_func, x):
    """Run an in-place function on a copy of x in both libraries; compare outcome and x."""
    expected = x.copy()
    got = from_numpy(x)
    same_outcome(lambda: np_func(expected), lambda: tnp_func(got), compare=lambda a, b: None)
    assert_same(got, expected)


# ----------------------------------------------------------------------------- where
@FEW
@given(broadcastable_pairs(), st.sampled_from(DTYPES), st.sampled_from(DTYPES), st.data())
def test_where_three_arguments(shapes_, xn, yn, data):
    cs, xs = shapes_
    c = data.draw(_cond(cs))
    x = data.draw(arrays(xn, st.just(xs), specials=True))
    y = data.draw(arrays(yn, st.just(()), specials=True))
    same_outcome(
        lambda: np.where(c, x, y),
        lambda: srch.where(from_numpy(c), from_numpy(x), from_numpy(y)),
    )


@FEW
@given(_array(), weak_scalars(), st.booleans(), st.data())
def test_where_weak_scalars(x, scalar, scalar_first, data):
    c = data.draw(_cond(x.shape))
    args = (scalar, x) if scalar_first else (x, scalar)
    targs = (scalar, from_numpy(x)) if scalar_first else (from_numpy(x), scalar)
    same_outcome(lambda: np.where(c, *args), lambda: srch.where(from_numpy(c), *targs))


@FEW
@given(_array())
def test_where_one_argument_is_nonzero(x):
    same_outcome(
        lambda: np.where(x),
        lambda: srch.where(from_numpy(x)),
        compare=lambda got, exp: [assert_same(g, e) for g, e in zip(got, exp, strict=True)],
    )


def test_where_python_scalars_only_and_wrapping():
    assert_same(srch.where([True, False], 1, 2.0), np.where([True, False], 1, 2.0))
    i8 = np.array([1, 2], dtype=np.int8)
    assert_same(srch.where([False, True], from_numpy(i8), 300), np.where([False, True], i8, 300))
    u8 = np.array([1], dtype=np.uint8)
    assert_same(srch.where([False], from_numpy(u8), -1), np.where([False], u8, -1))


def test_where_needs_both_or_neither():
    with pytest.raises(ValueError, match="either both or neither"):
        srch.where([True], 1)
    with pytest.raises(ValueError, match="could not be broadcast"):
        srch.where([True, False], [1, 2, 3], 0)


# ----------------------------------------------------------------------------- extract
@FEW
@given(_array(), st.data())
def test_extract(x, data):
    c = data.draw(arrays("int8", st.just(x.shape)))
    same_outcome(lambda: np.extract(c, x), lambda: srch.extract(from_numpy(c), from_numpy(x)))


def test_extract_condition_longer_than_array():
    same_outcome(
        lambda: np.extract([0, 0, 0, 1], np.arange(3)),
        lambda: srch.extract([0, 0, 0, 1], tnp.arange(3)),
    )
    assert_same(srch.extract([1, 0, 0, 0], tnp.arange(3)), np.extract([1, 0, 0, 0], np.arange(3)))


# ----------------------------------------------------------------------------- place, putmask
@FEW
@given(_array(specials=False), st.data())
def test_place(x, data):
    mask = data.draw(_cond(x.shape))
    vals = data.draw(arrays(x.dtype.name, st.integers(0, 3).map(lambda n: (n,))))
    _run_in_place(
        lambda a: np.place(a, mask, vals),
        lambda a: srch.place(a, from_numpy(mask), from_numpy(vals)),
        x,
    )


@FEW
@given(_array(specials=False), st.data())
def test_putmask(x, data):
    mask = data.draw(_cond(x.shape))
    vals = data.draw(arrays(x.dtype.name, st.integers(0, 3).map(lambda n: (n,))))
    _run_in_place(
        lambda a: np.putmask(a, mask, vals),
        lambda a: srch.putmask(a, from_numpy(mask), from_numpy(vals)),
        x,
    )


def test_place_and_putmask_errors():
    x = tnp.zeros(3, dtype="int8")
    with pytest.raises(ValueError, match="same size"):
        srch.place(x, [True, False], [1])
    with pytest.raises(ValueError, match="empty array"):
        srch.place(x, [True, False, True], [])
    with pytest.raises(TypeError, match=r"numpy\.ndarray"):
        srch.place([1, 2], [True, False], [1])
    with pytest.raises(ValueError, match="same size"):
        srch.putmask(x, [True], 4)
    with pytest.raises(TypeError, match="safe"):
        srch.putmask(x, [True, False, True], tnp.arange(2))
    with pytest.raises(OverflowError):
        srch.putmask(x, [True, False, True], 300)
    x.setflags(write=False)
    with pytest.raises(ValueError, match="read-only"):
        srch.putmask(x, [True, True, True], 1)


def test_place_and_putmask_write_through_views():
    base = np.zeros((3, 4), dtype=np.uint32)
    got = from_numpy(base)
    srch.putmask(got[:, ::2], [[1, 0], [0, 1], [1, 1]], [7, 8])
    np.putmask(base[:, ::2], [[1, 0], [0, 1], [1, 1]], [7, 8])
    srch.place(got.T, np.arange(12) % 5 == 0, [5, 6])
    np.place(base.T, np.arange(12) % 5 == 0, [5, 6])
    assert_same(got, base)


# ----------------------------------------------------------------------------- select
@FEW
@given(
    st.lists(st.sampled_from(DTYPES), min_size=1, max_size=3),
    broadcastable_pairs(max_dims=2),
    st.data(),
)
def test_select(names, shapes_, data):
    cs, xs = shapes_
    conds = [data.draw(_cond(cs)) for _ in names]
    choices = [data.draw(arrays(n, st.just(xs), specials=True)) for n in names]
    default = data.draw(weak_scalars(specials=False) | st.just(np.array(5, dtype=np.int16)))
    same_outcome(
        lambda: np.select(conds, choices, default),
        lambda: srch.select(
            [from_numpy(c) for c in conds],
            [from_numpy(c) for c in choices],
            default if not isinstance(default, np.ndarray) else from_numpy(default),
        ),
    )


def test_select_errors_and_weak_choices():
    assert_same(srch.select([[True, False]], [1], 2.5), np.select([[True, False]], [1], 2.5))
    i8 = np.array([1, 2], np.int8)
    assert_same(
        srch.select([[True, False]], [from_numpy(i8)], 3), np.select([[True, False]], [i8], 3)
    )
    with pytest.raises(ValueError, match="same length"):
        srch.select([[True]], [], 0)
    with pytest.raises(ValueError, match="empty condition list"):
        srch.select([], [], 0)
    with pytest.raises(TypeError, match="invalid entry 0"):
        srch.select([[1, 0]], [[1, 2]], 0)


# ----------------------------------------------------------------------------- copyto
CASTINGS = ("no", "equiv", "safe", "same_kind", "unsafe")


@FEW
@given(_array(specials=False), st.sampled_from(DTYPES), st.sampled_from(CASTINGS), st.data())
def test_copyto_arrays(dst, src_name, casting, data):
    src = data.draw(arrays(src_name, st.sampled_from([dst.shape, dst.shape[1:], ()])))
    where = data.draw(st.just(True) | _cond(dst.shape))
    twhere = where if where is True else from_numpy(where)
    _run_in_place(
        lambda a: np.copyto(a, src, casting=casting, where=where),
        lambda a: srch.copyto(a, from_numpy(src), casting=casting, where=twhere),
        dst,
    )


@FEW
@given(_array(specials=False), weak_scalars(specials=False), st.sampled_from(CASTINGS))
def test_copyto_weak_scalars(dst, scalar, casting):
    _run_in_place(
        lambda a: np.copyto(a, scalar, casting=casting),
        lambda a: srch.copyto(a, scalar, casting=casting),
        dst,
    )


def test_copyto_errors():
    x = tnp.zeros(3, dtype="int8")
    with pytest.raises(TypeError, match=r"must be a numpy\.ndarray"):
        srch.copyto([1], 3)
    with pytest.raises(ValueError, match="casting must be one of"):
        srch.copyto(x, 3, casting="foo")
    with pytest.raises(ValueError, match=r"could not broadcast input array from shape \(2,\)"):
        srch.copyto(x, [1, 2])
    with pytest.raises(ValueError, match="could not broadcast where mask"):
        srch.copyto(x, 1, where=[[True, False, True]] * 2)
    with pytest.raises(TypeError, match="Cannot cast scalar"):
        srch.copyto(x, 1.5)
    with pytest.raises(OverflowError):
        srch.copyto(x, 300, casting="unsafe")
    x.setflags(write=False)
    with pytest.raises(ValueError, match="read-only"):
        srch.copyto(x, 1)


def test_copyto_overlapping_memory():
    a = np.arange(6)
    got = tnp.arange(6)
    np.copyto(a[1:], a[:-1])
    srch.copyto(got[1:], got[:-1])
    assert_same(got, a)


# ----------------------------------------------------------------------------- along an axis
@st.composite
def _along(draw):
    x = draw(_array(shape=shapes(min_dims=1)))
    axis = draw(st.none() | st.integers(-x.ndim - 1, x.ndim))
    if axis is None:
        ishape = (draw(st.integers(0, 4)),)
        n = x.size
    else:
        ax = axis % x.ndim if -x.ndim <= axis < x.ndim else 0
        ishape = tuple(
            draw(st.integers(0, 4)) if d == ax else draw(st.sampled_from([1, s]))
            for d, s in enumerate(x.shape)
        )
        n = x.shape[ax]
    idx = draw(arrays("int64", st.just(ishape)).map(lambda a: a % (2 * max(n, 1)) - max(n, 1)))
    return x, idx, axis


@FEW
@given(_along())
def test_take_along_axis(case):
    x, idx, axis = case
    same_outcome(
        lambda: np.take_along_axis(x, idx, axis=axis),
        lambda: srch.take_along_axis(from_numpy(x), from_numpy(idx), axis=axis),
    )


@FEW
@given(_along(), st.data())
def test_put_along_axis(case, data):
    x, idx, axis = case
    if idx.size and len(np.unique(idx % max(x.size, 1))) != idx.size:
        idx = idx[..., :0] if axis is not None else idx[:0]  # duplicates: unspecified winner
    values = data.draw(arrays(x.dtype.name, st.just(())))
    _run_in_place(
        lambda a: np.put_along_axis(a, idx, values, axis),
        lambda a: srch.put_along_axis(a, from_numpy(idx), from_numpy(values), axis),
        x,
    )


def test_along_axis_errors():
    x = tnp.zeros((2, 3))
    with pytest.raises(IndexError, match="integer array"):
        srch.take_along_axis(x, tnp.zeros((2, 1)), 1)
    with pytest.raises(ValueError, match="same number of dimensions"):
        srch.take_along_axis(x, tnp.zeros(2, dtype=int), 1)
    with pytest.raises(IndexError, match="out of bounds"):
        srch.take_along_axis(x, tnp.full((2, 1), 5), 1)
    with pytest.raises(IndexError, match="shape mismatch"):
        srch.take_along_axis(x, tnp.zeros((3, 1), dtype=int), 1)
    with pytest.raises(ValueError, match="single dimension"):
        srch.take_along_axis(x, tnp.zeros((2, 1), dtype=int), None)
    with pytest.raises(tnp.AxisError):
        srch.put_along_axis(x, tnp.zeros((2, 1), dtype=int), 1.0, 2)


@pytest.mark.parametrize("dtype", ["uint64", "int64", "int8"])
@pytest.mark.parametrize("value", [2**64 - 1, 2**63, 2**64, -(2**63) - 1, 5])
def test_copyto_python_ints_beyond_int64_under_equiv(dtype, value):
    # NumPy makes an int in [2**63, 2**64) a uint64 array, and has no dtype beyond that
    dst = np.zeros(2, dtype)
    got = tnp.zeros(2, dtype=dtype)
    same_outcome(
        lambda: np.copyto(dst, value, casting="equiv"),
        lambda: tnp.copyto(got, value, casting="equiv"),
        compare=lambda _got, _expected: assert_same(got, dst),
    )
