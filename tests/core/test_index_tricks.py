"""r_, c_, ix_, unravel_index, ravel_multi_index, diagonal and triangle indices, mask_indices
and fill_diagonal against NumPy."""

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
    from_numpy,
    same_outcome,
    shapes,
)

import tnp_core as tnp
from tnp_core import _index_tricks as it


def _same_tuple(got, expected):
    assert isinstance(got, tuple)
    assert len(got) == len(expected)
    for g, e in zip(got, expected, strict=True):
        assert_same(g, np.asarray(e))


# ----------------------------------------------------------------------------- r_ and c_
R_CASES = [
    lambda m, a: m.r_[1:4, 0, [7, 8]],
    lambda m, a: m.r_[-1:1:5j, a(np.array([1.5], np.float32))],
    lambda m, a: m.r_[a(np.array([1, 2], np.int8)), 3, 300],
    lambda m, a: m.r_[a(np.array([1, 2], np.uint16)), 3.5],
    lambda m, a: m.r_[True, False],
    lambda m, a: m.r_[1, 2.5, 1j],
    lambda m, a: m.r_["0,2", [1, 2], [3, 4]],
    lambda m, a: m.r_["0,2,0", [1, 2], [3, 4]],
    lambda m, a: m.r_["1,3,1", [1, 2], [3, 4]],
    lambda m, a: m.r_["-1", a(np.ones((2, 2))), a(np.zeros((2, 1)))],
    lambda m, a: m.r_["1", a(np.ones((2, 2))), a(np.zeros((3, 1)))],
    lambda m, a: m.r_["0,2", 0:3, [5, 6, 7]],
    lambda m, a: m.r_["0,3,-1", 0:4:2j],
    lambda m, a: m.r_[a(np.ones((2, 2))), [1, 2]],
    lambda m, a: m.r_[()],
    lambda m, a: m.r_[[1], "0"],
    lambda m, a: m.r_["x", [1]],
    lambda m, a: m.r_["2", [1]],
    lambda m, a: m.c_[[1, 2], [3, 4]],
    lambda m, a: m.c_[a(np.array([[1, 2], [3, 4]])), [5, 6]],
    lambda m, a: m.c_[0:3, 1, a(np.arange(3.0))],
    lambda m, a: m.c_[0:0, []],
    lambda m, a: m.c_[[[1]], [[2, 3]]],
]


@pytest.mark.parametrize("case", range(len(R_CASES)))
def test_r_and_c(case):
    make = R_CASES[case]
    same_outcome(lambda: make(np, np.asarray), lambda: make(it, from_numpy))


def test_r_matrix_directives_give_2d_arrays():
    row = it.r_["r", [1, 2], [3]]
    col = it.r_["c", [1, 2], [3]]
    assert_same(row, np.asarray(np.r_["r", [1, 2], [3]]))
    assert_same(col, np.asarray(np.r_["c", [1, 2], [3]]))
    with pytest.raises(NotImplementedError):
        it.r_["1 2; 3 4"]
    assert len(it.r_) == 0


@FEW
@given(st.lists(st.sampled_from(DTYPES), min_size=1, max_size=3), st.data())
def test_r_promotes_as_numpy(names, data):
    items = [data.draw(arrays(n, shapes(min_dims=1, max_dims=1))) for n in names]
    same_outcome(lambda: np.r_[tuple(items)], lambda: it.r_[tuple(from_numpy(i) for i in items)])


# ----------------------------------------------------------------------------- ix_
def test_ix():
    args = ([0, 1], [True, False, True], np.array([2, 0], np.int8), [])
    _same_tuple(
        it.ix_(*[from_numpy(np.asarray(a)) if i == 2 else a for i, a in enumerate(args)]),
        np.ix_(*args),
    )
    with pytest.raises(ValueError, match="1 dimensional"):
        it.ix_([[1, 2]])
    base = tnp.arange(3)
    (view,) = it.ix_(base)
    view[0] = 7
    assert int(base[0]) == 7  # a view, as in NumPy


# ----------------------------------------------------------------------------- flat indices
@FEW
@given(shapes(max_dims=3), st.data(), st.sampled_from(["C", "F"]))
def test_unravel_index(shape, data, order):
    size = int(np.prod(shape))
    idx = np.array(data.draw(st.lists(st.integers(-1, size), max_size=5)), dtype=np.int64)
    idx = idx.reshape(data.draw(st.sampled_from([(-1,), (1, -1)])))
    same_outcome(
        lambda: np.unravel_index(idx, shape, order=order),
        lambda: it.unravel_index(from_numpy(idx), shape, order=order),
        compare=_same_tuple,
    )


def test_unravel_index_scalars_and_errors():
    _same_tuple(it.unravel_index(5, (2, 3)), np.unravel_index(5, (2, 3)))
    _same_tuple(it.unravel_index(0, ()), np.unravel_index(0, ()))
    with pytest.raises(TypeError):
        it.unravel_index(1.0, (2, 3))
    with pytest.raises(ValueError, match="out of bounds"):
        it.unravel_index(6, (2, 3))
    with pytest.raises(ValueError, match="order"):
        it.unravel_index(1, (2, 3), order="X")


MODES = ("raise", "wrap", "clip")


@FEW
@given(shapes(min_dims=1, max_dims=3, min_side=1), st.data(), st.sampled_from(["C", "F"]))
def test_ravel_multi_index(dims, data, order):
    mode = data.draw(st.sampled_from(MODES) | st.tuples(*[st.sampled_from(MODES)] * len(dims)))
    n = data.draw(st.integers(0, 4))
    coords = tuple(
        np.array(data.draw(st.lists(st.integers(-2, d + 1), min_size=n, max_size=n)), np.int64)
        for d in dims
    )
    same_outcome(
        lambda: np.ravel_multi_index(coords, dims, mode=mode, order=order),
        lambda: it.ravel_multi_index(
            tuple(from_numpy(c) for c in coords), dims, mode=mode, order=order
        ),
    )


def test_ravel_multi_index_errors():
    for call in (
        lambda m: m.ravel_multi_index(([1, 2],), (3, 4)),
        lambda m: m.ravel_multi_index(([1, 2], [0, 5]), (3, 4), mode=("clip",)),
        lambda m: m.ravel_multi_index(([1, 2], [0, 5]), (3, 4)),
        lambda m: m.ravel_multi_index((1, 2), (3, 4), mode="foo"),
        lambda m: m.ravel_multi_index(([1, 2], [0, 1, 2]), (3, 4)),
        lambda m: m.ravel_multi_index(([1.0, 2], [0, 1]), (3, 4)),
        lambda m: m.ravel_multi_index((1, 2), (2**40, 2**40)),
        lambda m: m.ravel_multi_index((1, 2), (3, 0), mode="clip"),
        lambda m: m.ravel_multi_index(([[1]], [2]), (3, 4)),
    ):
        same_outcome(lambda call=call: call(np), lambda call=call: call(it))


# ----------------------------------------------------------------------------- diagonals
@pytest.mark.parametrize("n", [0, 1, 3])
@pytest.mark.parametrize("ndim", [0, 1, 2, 3])
def test_diag_indices(n, ndim):
    _same_tuple(it.diag_indices(n, ndim), np.diag_indices(n, ndim))


def test_diag_indices_from():
    _same_tuple(
        it.diag_indices_from(tnp.zeros((3, 3, 3))), np.diag_indices_from(np.zeros((3,) * 3))
    )
    for shape in ((2, 3), (3,)):
        same_outcome(
            lambda shape=shape: np.diag_indices_from(np.zeros(shape)),
            lambda shape=shape: it.diag_indices_from(tnp.zeros(shape)),
            compare=_same_tuple,
        )


@FEW
@given(st.integers(-1, 5), st.integers(-7, 7), st.none() | st.integers(0, 5))
def test_triangle_indices(n, k, m):
    _same_tuple(it.tril_indices(n, k, m), np.tril_indices(n, k, m))
    _same_tuple(it.triu_indices(n, k, m), np.triu_indices(n, k, m))


@FEW
@given(shapes(max_dims=3), st.integers(-4, 4))
def test_triangle_indices_from(shape, k):
    for name in ("tril_indices_from", "triu_indices_from"):
        same_outcome(
            lambda name=name: getattr(np, name)(np.zeros(shape), k),
            lambda name=name: getattr(it, name)(tnp.zeros(shape), k),
            compare=_same_tuple,
        )


@pytest.mark.parametrize("k", [-1, 0, 2])
def test_mask_indices(k):
    _same_tuple(it.mask_indices(4, tnp.triu, k), np.mask_indices(4, np.triu, k))
    _same_tuple(it.mask_indices(3, tnp.tril, k), np.mask_indices(3, np.tril, k))


@FEW
@given(
    st.sampled_from(DTYPES),
    st.sampled_from([(0, 0), (3, 3), (5, 3), (3, 5), (2, 2, 2), (2, 3, 2), (4,)]),
    st.booleans(),
    st.data(),
)
def test_fill_diagonal(name, shape, wrap, data):
    x = data.draw(arrays(name, st.just(shape)))
    val = data.draw(arrays(name, st.sampled_from([(), (2,), (0,)])))
    expected = x.copy()
    got = from_numpy(x)
    same_outcome(
        lambda: np.fill_diagonal(expected, val, wrap=wrap),
        lambda: it.fill_diagonal(got, from_numpy(val), wrap=wrap),
        compare=lambda a, b: None,
    )
    assert_same(got, expected)


def test_fill_diagonal_through_a_view_and_read_only():
    base = np.zeros((4, 6))
    got = tnp.zeros((4, 6))
    np.fill_diagonal(base[:, ::2], 5)
    it.fill_diagonal(got[:, ::2], 5)
    assert_same(got, base)
    got.setflags(write=False)
    with pytest.raises(ValueError, match="read-only"):
        it.fill_diagonal(got, 1)
