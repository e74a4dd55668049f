"""tnp_linalg's products against numpy.linalg: outer, cross, tensordot, vecdot, multi_dot,
matmul, matrix_transpose, diagonal, trace."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from tnp_linalg_test_helpers import FEW, assert_matches, assert_same_error, tnp, to_numpy

import tnp_core
import tnp_linalg

DTYPES = [
    np.bool_,
    np.int8,
    np.uint8,
    np.int32,
    np.int64,
    np.uint16,
    np.uint64,
    np.float16,
    np.float32,
    np.float64,
    np.complex64,
    np.complex128,
]


def _elements(dtype):
    kind = np.dtype(dtype).kind
    if kind == "b":
        return st.booleans()
    if kind == "u":
        return st.integers(0, 100)
    if kind == "i":
        return st.integers(-100, 100)
    return st.integers(-5, 5)


@st.composite
def pairs(draw, shape1, shape2):
    d1, d2 = draw(st.sampled_from(DTYPES)), draw(st.sampled_from(DTYPES))
    return (
        draw(hnp.arrays(d1, shape1, elements=_elements(d1))),
        draw(hnp.arrays(d2, shape2, elements=_elements(d2))),
    )


def _compare(np_call, tnp_call):
    try:
        expected = np_call()
    except Exception:  # noqa: BLE001 - any exception: tnp must raise the same
        assert_same_error(np_call, tnp_call)
        return
    assert_matches(
        tnp_call(), expected, rtol=1e-2 if np.asarray(expected).dtype == np.float16 else 1e-6
    )


@FEW
@given(st.integers(0, 4).flatmap(lambda n: st.integers(0, 4).flatmap(lambda m: pairs((n,), (m,)))))
def test_outer_matches_numpy(ab):
    a, b = ab
    _compare(lambda: np.linalg.outer(a, b), lambda: tnp_linalg.outer(tnp(a), tnp(b)))


@pytest.mark.parametrize(("s1", "s2"), [((2,), (2, 2)), ((), (2,))])
def test_outer_needs_vectors(s1, s2):
    a, b = np.ones(s1), np.ones(s2)
    assert_same_error(lambda: np.linalg.outer(a, b), lambda: tnp_linalg.outer(tnp(a), tnp(b)))


@FEW
@given(pairs((2, 3), (3,)), st.sampled_from([-1, 1]))
def test_cross_matches_numpy(ab, axis):
    a, b = ab
    _compare(
        lambda: np.linalg.cross(a, b, axis=axis),
        lambda: tnp_linalg.cross(tnp(a), tnp(b), axis=axis),
    )


@pytest.mark.parametrize(
    ("s1", "s2", "axis"),
    [
        ((3, 4), (3, 1), 0),
        ((3, 2, 3), (3,), -1),
        ((3, 4), (3,), 0),
        ((4, 3), (2, 3), -1),
        ((2,), (2,), -1),
        ((3,), (3,), 1),
    ],
)
def test_cross_shapes_and_errors(s1, s2, axis):
    a = np.arange(np.prod(s1), dtype=float).reshape(s1)
    b = np.arange(np.prod(s2), dtype=float).reshape(s2) ** 2
    _compare(
        lambda: np.linalg.cross(a, b, axis=axis),
        lambda: tnp_linalg.cross(tnp(a), tnp(b), axis=axis),
    )


@FEW
@given(
    pairs((2, 3, 4), (3, 4, 2)),
    st.sampled_from([0, 1, 2, ([1, 2], [0, 1]), ([0], [2]), (1, 0), ([2, 1], [1, 0])]),
)
def test_tensordot_matches_numpy(ab, axes):
    a, b = ab
    _compare(
        lambda: np.linalg.tensordot(a, b, axes=axes),
        lambda: tnp_linalg.tensordot(tnp(a), tnp(b), axes=axes),
    )


@pytest.mark.parametrize("axes", [([0, 0], [1, 1]), ([1], [1]), ([0, 1], [0]), 3])
def test_tensordot_errors(axes):
    a, b = np.ones((2, 3)), np.ones((3, 2))
    assert_same_error(
        lambda: np.linalg.tensordot(a, b, axes=axes),
        lambda: tnp_linalg.tensordot(tnp(a), tnp(b), axes=axes),
    )


@FEW
@given(pairs((2, 3), (3,)))
def test_vecdot_matches_numpy(ab):
    a, b = ab
    _compare(lambda: np.linalg.vecdot(a, b), lambda: tnp_linalg.vecdot(tnp(a), tnp(b)))
    _compare(
        lambda: np.linalg.vecdot(a.T, b, axis=0),
        lambda: tnp_linalg.vecdot(tnp(a.T), tnp(b), axis=0),
    )


def test_vecdot_conjugates_the_first_argument():
    a, b = np.array([1j, 2]), np.array([1j, 1 - 1j])
    assert_matches(tnp_linalg.vecdot(tnp(a), tnp(b)), np.linalg.vecdot(a, b))


@pytest.mark.parametrize(
    ("s1", "s2", "axis"),
    [((2, 3), (2,), -1), ((2, 3), (4, 3), -1), ((), (3,), -1), ((3,), (3,), 1)],
)
def test_vecdot_errors(s1, s2, axis):
    a, b = np.ones(s1), np.ones(s2)
    np_call = lambda: np.linalg.vecdot(a, b, axis=axis)  # noqa: E731
    tnp_call = lambda: tnp_linalg.vecdot(tnp(a), tnp(b), axis=axis)  # noqa: E731
    with pytest.raises(Exception) as theirs:
        np_call()
    with pytest.raises((ValueError, IndexError)) as ours:
        tnp_call()
    assert type(ours.value).__name__ == type(theirs.value).__name__


@pytest.mark.parametrize(
    "shapes",
    [
        [(3,), (3, 4), (4,)],
        [(2, 3), (3, 5), (5, 2), (2, 4)],
        [(3,), (3, 2), (2, 2)],
        [(2, 3), (3, 4), (4,)],
        [(10, 2), (2, 9), (9, 1), (1, 8)],
        [(2, 3), (3,)],
        [(3,), (3,)],
        [(2, 3, 4), (4, 2)],
    ],
)
@pytest.mark.parametrize("dtype", [np.float64, np.int8, np.bool_, np.complex64])
def test_multi_dot_matches_numpy(shapes, dtype):
    arrays = [(np.arange(np.prod(s)).reshape(s) % 3).astype(dtype) for s in shapes]
    _compare(
        lambda: np.linalg.multi_dot(arrays), lambda: tnp_linalg.multi_dot([tnp(x) for x in arrays])
    )


def test_multi_dot_out():
    arrays = [np.arange(6.0).reshape(2, 3), np.ones((3, 4)), np.ones((4, 2))]
    out = tnp_core.zeros((2, 2))
    result = tnp_linalg.multi_dot([tnp(x) for x in arrays], out=out)
    assert result is out
    assert_matches(out, np.linalg.multi_dot(arrays))
    bad = tnp_core.zeros((2, 2), dtype=tnp_core.float32)
    assert_same_error(
        lambda: np.linalg.multi_dot(arrays, out=np.zeros((2, 2), np.float32)),
        lambda: tnp_linalg.multi_dot([tnp(x) for x in arrays], out=bad),
    )


@pytest.mark.parametrize(
    "arrays", [[np.ones(2)], [np.ones((2, 2)), np.ones((2, 2, 2)), np.ones((2, 2))]]
)
def test_multi_dot_errors(arrays):
    assert_same_error(
        lambda: np.linalg.multi_dot(arrays), lambda: tnp_linalg.multi_dot([tnp(x) for x in arrays])
    )


@FEW
@given(pairs((2, 3, 4), (4, 2)))
def test_matmul_matches_numpy(ab):
    a, b = ab
    _compare(lambda: np.linalg.matmul(a, b), lambda: tnp_linalg.matmul(tnp(a), tnp(b)))


def test_matrix_transpose_is_a_view():
    a = tnp_core.asarray(np.arange(24.0).reshape(2, 3, 4))
    t = tnp_linalg.matrix_transpose(a)
    assert_matches(t, np.linalg.matrix_transpose(np.arange(24.0).reshape(2, 3, 4)))
    t[0, 0, 0] = -1
    assert float(a[0, 0, 0]) == -1
    assert_same_error(
        lambda: np.linalg.matrix_transpose(np.ones(3)),
        lambda: tnp_linalg.matrix_transpose(tnp(np.ones(3))),
    )


@pytest.mark.parametrize("offset", [0, 1, -1, 5])
def test_diagonal_and_trace_use_the_last_two_axes(offset):
    x = np.arange(60).reshape(3, 4, 5)
    assert_matches(tnp_linalg.diagonal(tnp(x), offset=offset), np.linalg.diagonal(x, offset=offset))
    assert_matches(tnp_linalg.trace(tnp(x), offset=offset), np.linalg.trace(x, offset=offset))
    assert_matches(
        tnp_linalg.trace(tnp(x), offset=offset, dtype=np.float32),
        np.linalg.trace(x, offset=offset, dtype=np.float32),
    )
    assert_same_error(
        lambda: np.linalg.diagonal(np.ones(3)), lambda: tnp_linalg.diagonal(tnp(np.ones(3)))
    )
    assert isinstance(to_numpy(tnp_linalg.diagonal(tnp(x))), np.ndarray)
