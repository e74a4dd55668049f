"""reshape, ravel, squeeze, expand_dims, moveaxis, rollaxis, swapaxes, transpose,
permute_dims, matrix_transpose, atleast_nd, broadcasting, resize, ndim, shape and size
against NumPy; views share memory with their base as in NumPy."""

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
    broadcastable_pairs,
    from_numpy,
    same_outcome,
    shapes,
    to_numpy,
)

import tnp_core as tnp
from tnp_core import _shape as shp


@st.composite
def _array(draw, min_dims=0, max_dims=3):
    name = draw(st.sampled_from(DTYPES))
    return draw(arrays(name, shapes(min_dims=min_dims, max_dims=max_dims)))


def _factorings(n):
    return [s for s in [(n,), (1, n), (n, 1), (-1,), (1, -1)] if True] + (
        [(2, n // 2), (-1, 2)] if n % 2 == 0 else []
    )


@FEW
@given(_array(), st.data(), st.sampled_from(["C", "F", "A"]), st.sampled_from([None, True]))
def test_reshape(x, data, order, copy):
    x = x if data.draw(st.booleans()) else x.T
    target = data.draw(st.sampled_from(_factorings(x.size)))
    a = from_numpy(np.ascontiguousarray(x)) if x.flags.c_contiguous else from_numpy(x.T).T
    same_outcome(
        lambda: np.reshape(x, target, order=order, copy=copy),
        lambda: shp.reshape(a, target, order=order, copy=copy),
    )
    same_outcome(
        lambda: np.reshape(x, shape=target, order=order),
        lambda: shp.reshape(a, shape=target, order=order),
    )


def test_reshape_errors():
    a = from_numpy(np.arange(6))
    with pytest.raises(ValueError, match="cannot reshape array of size 6 into shape"):
        shp.reshape(a, (4,))
    with pytest.raises(ValueError, match="only specify one unknown"):
        shp.reshape(a, (-1, -1))
    with pytest.raises(ValueError, match="order 'K' is not permitted"):
        shp.reshape(a, (6,), order="K")
    with pytest.raises(ValueError, match="Unable to avoid creating a copy"):
        shp.reshape(shp.reshape(a, (2, 3)).T, (6,), copy=False)
    with pytest.raises(ValueError, match="Unable to avoid creating a copy"):
        shp.reshape(shp.reshape(a, (2, 3)), (6,), order="F", copy=False)


@pytest.mark.parametrize("order", ["C", "F"])
def test_reshape_view_writes_through(order):
    base = tnp.zeros((2, 3))
    src = base if order == "C" else base.T
    v = shp.reshape(src, (6,), order=order)
    assert v.base is base
    v[1] = 5.0
    expected = np.zeros((2, 3))
    np.reshape(expected if order == "C" else expected.T, (6,), order=order)[1] = 5.0
    assert_same(base, expected)


@FEW
@given(_array(), st.data(), st.sampled_from(["C", "F", "A", "K"]))
def test_ravel(x, data, order):
    perm = data.draw(st.permutations(range(x.ndim)))
    xp = np.transpose(x, perm)
    a = shp.transpose(from_numpy(x), perm)
    same_outcome(lambda: np.ravel(xp, order), lambda: shp.ravel(a, order))


def test_ravel_contiguous_is_a_view():
    a = tnp.zeros((2, 3))
    r = shp.ravel(a)
    r[4] = 1.0
    assert float(a[1, 1]) == 1.0
    assert r.base is a


@FEW
@given(_array(), st.data())
def test_squeeze(x, data):
    axis = data.draw(
        st.none()
        | st.integers(-x.ndim - 1, x.ndim)
        | st.lists(st.integers(-x.ndim - 1, x.ndim), max_size=2).map(tuple)
    )
    same_outcome(lambda: np.squeeze(x, axis), lambda: shp.squeeze(from_numpy(x), axis))


@FEW
@given(_array(), st.data())
def test_expand_dims(x, data):
    axis = data.draw(
        st.integers(-x.ndim - 2, x.ndim + 1)
        | st.lists(st.integers(-x.ndim - 2, x.ndim + 1), max_size=3).map(tuple)
    )
    same_outcome(lambda: np.expand_dims(x, axis), lambda: shp.expand_dims(from_numpy(x), axis))


@FEW
@given(_array(), st.data())
def test_moveaxis(x, data):
    n = x.ndim
    ax = st.integers(-n - 1, n)
    src = data.draw(ax | st.lists(ax, max_size=3).map(tuple))
    dst = data.draw(ax | st.lists(ax, max_size=3).map(tuple))
    same_outcome(lambda: np.moveaxis(x, src, dst), lambda: shp.moveaxis(from_numpy(x), src, dst))


@FEW
@given(_array(), st.data())
def test_rollaxis(x, data):
    n = x.ndim
    axis = data.draw(st.integers(-n - 1, n))
    start = data.draw(st.integers(-n - 2, n + 1))
    same_outcome(
        lambda: np.rollaxis(x, axis, start), lambda: shp.rollaxis(from_numpy(x), axis, start)
    )


@FEW
@given(_array(), st.data())
def test_swapaxes_transpose_permute(x, data):
    n = x.ndim
    a1, a2 = data.draw(st.integers(-n - 1, n)), data.draw(st.integers(-n - 1, n))
    same_outcome(lambda: np.swapaxes(x, a1, a2), lambda: shp.swapaxes(from_numpy(x), a1, a2))
    axes = data.draw(st.none() | st.permutations(range(n)) | st.lists(st.integers(-n, n)))
    same_outcome(lambda: np.transpose(x, axes), lambda: shp.transpose(from_numpy(x), axes))
    same_outcome(lambda: np.permute_dims(x, axes), lambda: shp.permute_dims(from_numpy(x), axes))
    same_outcome(lambda: np.matrix_transpose(x), lambda: shp.matrix_transpose(from_numpy(x)))


@pytest.mark.parametrize(
    "make",
    [
        lambda a: shp.swapaxes(a, 0, 1),
        shp.transpose,
        lambda a: shp.moveaxis(a, 0, -1),
        lambda a: shp.rollaxis(a, 1),
        lambda a: shp.expand_dims(a, (0, 2)),
        lambda a: shp.squeeze(shp.expand_dims(a, 0)),
        shp.matrix_transpose,
        lambda a: shp.permute_dims(a, (1, 0)),
        shp.atleast_3d,
    ],
)
def test_views_write_through(make):
    a = tnp.zeros((2, 3), dtype="int32")
    v = make(a)
    assert v.base is a
    v[(0,) * v.ndim] = 7
    assert int(a[0, 0]) == 7


@FEW
@given(st.lists(_array(), min_size=1, max_size=3))
def test_atleast(xs):
    for np_f, tnp_f in (
        (np.atleast_1d, shp.atleast_1d),
        (np.atleast_2d, shp.atleast_2d),
        (np.atleast_3d, shp.atleast_3d),
    ):
        expected = np_f(*xs)
        got = tnp_f(*(from_numpy(x) for x in xs))
        if len(xs) == 1:
            assert_same(got, expected)
        else:
            assert isinstance(got, tuple)
            for g, e in zip(got, expected, strict=True):
                assert_same(g, e)


def test_atleast_returns_big_enough_arrays_themselves():
    a = from_numpy(np.zeros((2, 2, 2)))
    assert shp.atleast_1d(a) is a
    assert shp.atleast_3d(a) is a


@FEW
@given(broadcastable_pairs(), st.sampled_from(DTYPES))
def test_broadcast_to_and_arrays(pair, name):
    s1, s2 = pair
    x = np.zeros(s1, dtype=name)
    y = np.ones(s2, dtype=name)
    target = np.broadcast_shapes(s1, s2)
    same_outcome(
        lambda: np.broadcast_to(x, target), lambda: shp.broadcast_to(from_numpy(x), target)
    )
    same_outcome(lambda: np.broadcast_to(x, s2), lambda: shp.broadcast_to(from_numpy(x), s2))
    assert shp.broadcast_shapes(s1, s2) == target
    got = shp.broadcast_arrays(from_numpy(x), from_numpy(y))
    for g, e in zip(got, np.broadcast_arrays(x, y), strict=True):
        assert_same(g, e)


@FEW
@given(st.lists(shapes(max_dims=3, max_side=3), min_size=0, max_size=4))
def test_broadcast_shapes(shape_list):
    same_outcome(
        lambda: np.broadcast_shapes(*shape_list),
        lambda: shp.broadcast_shapes(*shape_list),
        compare=lambda g, e: (g == e) or pytest.fail(f"{g} != {e}"),
    )


def test_broadcast_shapes_errors():
    with pytest.raises(ValueError, match="arg 0 with shape \\(3,\\) and arg 1 with shape"):
        shp.broadcast_shapes((3,), (4,))
    with pytest.raises(ValueError):
        shp.broadcast_shapes((-1,))
    assert shp.broadcast_shapes(3, (2, 1)) == (2, 3)


def test_broadcast_to_is_read_only_view():
    a = tnp.arange(3)
    b = shp.broadcast_to(a, (2, 3))
    assert b.flags.writeable is False
    assert b.base is a
    with pytest.raises(ValueError, match="read-only"):
        b[0, 0] = 1
    a[0] = 9
    assert b.tolist() == [[9, 1, 2], [9, 1, 2]]


def test_broadcast_to_errors():
    a = from_numpy(np.zeros((2, 3)))
    for shape in [(3, 3), (3,), (-1, 3)]:
        same_outcome(
            lambda: np.broadcast_to(np.zeros((2, 3)), shape),  # noqa: B023
            lambda: shp.broadcast_to(a, shape),  # noqa: B023
        )


def test_broadcast_arrays_same_shape_returns_inputs():
    a = from_numpy(np.zeros(3))
    b = from_numpy(np.ones(3))
    got = shp.broadcast_arrays(a, b)
    assert isinstance(got, tuple)
    assert got[0] is a
    assert got[1] is b


def test_broadcast_object():
    x = np.arange(3)
    y = np.arange(2).reshape(2, 1)
    e = np.broadcast(x, y)
    g = shp.broadcast(from_numpy(x), from_numpy(y))
    assert (g.shape, g.ndim, g.nd, g.size, g.numiter) == (e.shape, e.ndim, e.ndim, e.size, 2)
    assert [tuple(int(v) for v in t) for t in g] == [tuple(int(v) for v in t) for t in e]
    assert g.index == e.index == 6
    g.reset()
    assert g.index == 0
    assert tuple(int(v) for v in next(g)) == (0, 0)
    assert g.index == 1
    assert [it.index for it in g.iters] == [1, 1]
    assert len(g.iters) == 2
    with pytest.raises(ValueError, match="shape mismatch"):
        shp.broadcast(from_numpy(np.zeros(3)), from_numpy(np.zeros(4)))
    assert shp.broadcast().shape == ()


@FEW
@given(_array(), st.data())
def test_resize(x, data):
    new = data.draw(st.integers(0, 7) | st.lists(st.integers(0, 4), max_size=3).map(tuple))
    same_outcome(lambda: np.resize(x, new), lambda: shp.resize(from_numpy(x), new))


def test_resize_negative():
    with pytest.raises(ValueError, match="non-negative"):
        shp.resize(from_numpy(np.arange(3)), (2, -1))


@FEW
@given(_array(), st.data())
def test_ndim_shape_size(x, data):
    a = from_numpy(x)
    assert shp.ndim(a) == np.ndim(x)
    assert shp.shape(a) == np.shape(x)
    assert shp.size(a) == np.size(x)
    axis = data.draw(st.integers(-x.ndim - 1, x.ndim) | st.just((0, -1)))
    same_outcome(
        lambda: np.size(x, axis),
        lambda: shp.size(a, axis),
        compare=lambda g, e: (g == e) or pytest.fail(f"{g} != {e}"),
    )
    assert shp.ndim([[1, 2]]) == 2
    assert shp.shape([[1, 2]]) == (1, 2)
    assert shp.size([[1, 2]]) == 2


def test_list_inputs():
    assert_same(shp.reshape([1, 2, 3, 4], (2, 2)), np.reshape([1, 2, 3, 4], (2, 2)))
    assert_same(shp.expand_dims([1, 2], 0), np.expand_dims([1, 2], 0))
    assert math.prod(shp.transpose([[1, 2, 3]]).shape) == 3
    assert to_numpy(shp.ravel([[1.5, 2.5]])).tolist() == [1.5, 2.5]
    assert isinstance(shp.squeeze([[1]]), tnp.ndarray)
