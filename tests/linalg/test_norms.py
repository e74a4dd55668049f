"""tnp_linalg's norms and cond against numpy.linalg."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from tnp_linalg_test_helpers import ALL, FEW, assert_matches, assert_same_error, matrices, tnp

import tnp_linalg

VECTOR_ORDS = [None, 2, 1, 0, np.inf, -np.inf, 3, 0.5, -1, -2]
MATRIX_ORDS = [None, "fro", "nuc", 1, -1, 2, -2, np.inf, -np.inf]
DTYPES = [*ALL, np.float16]


def _tol(dtype):
    return {"float16": 2e-2, "float32": 1e-4, "complex64": 1e-4}.get(np.dtype(dtype).name, 1e-9)


@st.composite
def arrays(draw, min_dims=0, max_dims=3, min_side=0):
    dtype = draw(st.sampled_from(DTYPES))
    shape = draw(
        hnp.array_shapes(min_dims=min_dims, max_dims=max_dims, min_side=min_side, max_side=4)
    )
    return draw(
        hnp.arrays(
            dtype,
            shape,
            elements=st.integers(-3, 3).map(
                lambda v: (
                    v % 2 == 0
                    if dtype == np.bool_
                    else abs(v)
                    if np.dtype(dtype).kind == "u"
                    else v
                )
            ),
        )
    )


def _compare(np_call, tnp_call, dtype):
    try:
        expected = np_call()
    except Exception:  # noqa: BLE001 - any exception: tnp must raise the same
        assert_same_error(np_call, tnp_call)
        return
    assert_matches(tnp_call(), expected, rtol=_tol(dtype), atol=_tol(dtype))


@FEW
@given(arrays(), st.sampled_from(VECTOR_ORDS), st.booleans())
def test_vector_norms_along_an_axis(x, ord, keepdims):
    if x.ndim == 0:
        return
    for axis in (-1, 0):
        _compare(
            lambda axis=axis: np.linalg.norm(x, ord, axis, keepdims),
            lambda axis=axis: tnp_linalg.norm(tnp(x), ord, axis, keepdims),
            x.dtype,
        )


@FEW
@given(arrays(min_dims=2, min_side=1), st.sampled_from(MATRIX_ORDS), st.booleans())
def test_matrix_norms_over_two_axes(x, ord, keepdims):
    for axis in ((-2, -1), (-1, 0), (0, -1)):
        _compare(
            lambda axis=axis: np.linalg.norm(x, ord, axis, keepdims),
            lambda axis=axis: tnp_linalg.norm(tnp(x), ord, axis, keepdims),
            x.dtype,
        )
    _compare(
        lambda axis=axis: np.linalg.matrix_norm(
            x, ord=ord if ord is not None else "fro", keepdims=keepdims
        ),
        lambda: tnp_linalg.matrix_norm(
            tnp(x), ord=ord if ord is not None else "fro", keepdims=keepdims
        ),
        x.dtype,
    )


@FEW
@given(arrays(max_dims=2), st.sampled_from([None, "fro", 2, 1, np.inf]), st.booleans())
def test_norm_without_axis(x, ord, keepdims):
    _compare(
        lambda: np.linalg.norm(x, ord, None, keepdims),
        lambda: tnp_linalg.norm(tnp(x), ord, None, keepdims),
        x.dtype,
    )


@FEW
@given(arrays(), st.sampled_from([2, 1, 0, np.inf, -np.inf, 3]), st.booleans())
def test_vector_norm_over_axis_tuples(x, ord, keepdims):
    axes = [None, (), tuple(range(x.ndim)), tuple(range(x.ndim))[::-2]]
    if x.ndim:
        axes.append(-1)
    for axis in axes:
        _compare(
            lambda axis=axis: np.linalg.vector_norm(x, axis=axis, keepdims=keepdims, ord=ord),
            lambda axis=axis: tnp_linalg.vector_norm(tnp(x), axis=axis, keepdims=keepdims, ord=ord),
            x.dtype,
        )


def test_norm_of_large_values_overflows_like_numpy():
    x = np.array([1e200, 1e200])
    assert_matches(tnp_linalg.norm(tnp(x)), np.linalg.norm(x))


@pytest.mark.parametrize(
    ("x", "kwargs"),
    [
        (np.ones(3), {"ord": "fro"}),
        (np.ones(3), {"ord": "nuc"}),
        (np.ones((3, 3)), {"ord": 3}),
        (np.ones((3, 3)), {"ord": "bad"}),
        (np.ones((3, 3, 3)), {"axis": (0, 1, 2)}),
        (np.ones((3, 3)), {"axis": (0, 0)}),
        (np.ones((3, 3)), {"axis": (0, 5)}),
        (np.ones((3, 3)), {"axis": 2}),
        (np.ones((3, 3)), {"axis": "a"}),
        (np.ones((0, 3)), {"ord": -np.inf, "axis": 0}),
        (np.ones((3, 0)), {"ord": -1, "axis": (0, 1)}),
        (np.ones((3, 3), np.float16), {"ord": 2}),
    ],
)
def test_norm_errors(x, kwargs):
    assert_same_error(
        lambda: np.linalg.norm(x, **kwargs),
        lambda: tnp_linalg.norm(tnp(x), **kwargs),
    )


def test_matrix_norm_of_a_vector_raises():
    assert_same_error(
        lambda: np.linalg.matrix_norm(np.ones(3)), lambda: tnp_linalg.matrix_norm(tnp(np.ones(3)))
    )


# ----------------------------------------------------------------------------- cond
@FEW
@given(matrices(ALL), st.sampled_from([None, 2, -2, 1, -1, np.inf, -np.inf, "fro", "nuc"]))
def test_cond_matches_numpy(a, p):
    expected = np.linalg.cond(a, p)
    assert_matches(tnp_linalg.cond(tnp(a), p), expected, rtol=_tol(a.dtype) * 10, atol=1e-3)


@FEW
@given(matrices(ALL, square=False))
def test_cond_of_rectangular_matrices(a):
    assert_matches(tnp_linalg.cond(tnp(a)), np.linalg.cond(a), rtol=_tol(a.dtype) * 10)


@pytest.mark.parametrize("p", [None, 1, "fro", np.inf])
def test_cond_of_singular_matrices_is_inf(p):
    a = np.stack([np.ones((2, 2)), np.eye(2), [[np.nan, 1.0], [1.0, 1.0]]])
    if p is None:  # NumPy's SVD fails on the NaN matrix, and rounds the ones matrix
        a = np.stack([np.zeros((2, 2)), np.eye(2)])
    with np.errstate(all="ignore"):
        expected = np.linalg.cond(a, p)
    assert_matches(tnp_linalg.cond(tnp(a), p), expected)


@pytest.mark.parametrize(
    ("a", "p"), [(np.ones((0, 0)), None), (np.ones((2, 3)), 1), (np.eye(2), 3), (np.ones(3), None)]
)
def test_cond_errors(a, p):
    assert_same_error(lambda: np.linalg.cond(a, p), lambda: tnp_linalg.cond(tnp(a), p))
