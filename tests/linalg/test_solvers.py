"""tnp_linalg against numpy.linalg: slogdet, lstsq, pinv, matrix_rank, matrix_power,
tensorinv, tensorsolve."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from tnp_linalg_test_helpers import (
    ALL,
    FEW,
    assert_matches,
    assert_same_error,
    matrices,
    tnp,
    to_numpy,
    tolerance,
)

import tnp_core
import tnp_linalg


# ----------------------------------------------------------------------------- slogdet
@FEW
@given(matrices(ALL))
def test_slogdet_matches_numpy(a):
    sign, logdet = np.linalg.slogdet(a)
    got = tnp_linalg.slogdet(tnp(a))
    assert isinstance(got, tnp_linalg.SlogdetResult)
    assert_matches(got.sign, sign, rtol=tolerance(sign.dtype), atol=1e-5)
    assert_matches(got.logabsdet, logdet, rtol=tolerance(logdet.dtype), atol=1e-5)


@pytest.mark.parametrize(
    "a",
    [
        [[1.0, 2.0], [2.0, 4.0]],
        np.zeros((2, 2), np.complex64),
        np.zeros((0, 0)),
        np.ones((2, 0, 0)),
    ],
)
def test_slogdet_of_singular_and_empty_matrices(a):
    sign, logdet = np.linalg.slogdet(a)
    got_sign, got_logdet = tnp_linalg.slogdet(tnp(a))
    assert_matches(got_sign, sign)
    assert_matches(got_logdet, logdet)


@pytest.mark.parametrize("a", [np.ones((2, 3)), np.ones(3), np.eye(2, dtype=np.float16)])
def test_slogdet_errors(a):
    assert_same_error(lambda: np.linalg.slogdet(a), lambda: tnp_linalg.slogdet(tnp(a)))


# ----------------------------------------------------------------------------- lstsq
@st.composite
def lstsq_problems(draw):
    a = draw(matrices(ALL, square=False, max_batch_dims=0))
    m = a.shape[0]
    b_dtype = draw(st.sampled_from(ALL))
    b_shape = (m,) if draw(st.booleans()) else (m, draw(st.integers(0, 3)))
    b = draw(
        hnp.arrays(
            b_dtype,
            b_shape,
            elements=st.integers(-3, 3).map(
                lambda v: (
                    v % 2 == 0
                    if b_dtype == np.bool_
                    else abs(v)
                    if np.dtype(b_dtype).kind == "u"
                    else v
                )
            ),
        )
    )
    return a, b


@FEW
@given(lstsq_problems())
def test_lstsq_matches_numpy(ab):
    a, b = ab
    x, res, rank, s = np.linalg.lstsq(a, b)
    gx, gres, grank, gs = tnp_linalg.lstsq(tnp(a), tnp(b))
    tol = tolerance(x.dtype)
    assert_matches(gx, x, rtol=tol, atol=1e-4)
    assert_matches(gres, res, rtol=tol * 10, atol=1e-3)
    assert_matches(grank, rank)
    assert_matches(gs, s, rtol=tol, atol=1e-4)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (np.ones((3, 2)), np.ones(3)),  # rank deficient: no residuals
        (np.ones((0, 2)), np.ones(0)),
        (np.ones((3, 0)), np.ones(3)),
        (np.ones((3, 2)), np.ones((3, 0))),
        (np.array([[1.0, 0.0], [0.0, 1e-20]]), np.ones(2)),
        (np.array([[1, 1j], [2, 0], [0, 1]]), np.array([1, 2, 3j])),
    ],
)
def test_lstsq_edge_cases(a, b):
    x, res, rank, s = np.linalg.lstsq(a, b)
    got = tnp_linalg.lstsq(tnp(a), tnp(b))
    for g, e in zip(got, (x, res, rank, s), strict=True):
        assert_matches(g, e)


def test_lstsq_rcond():
    a = np.array([[1.0, 0.0], [0.0, 1e-3], [0.0, 0.0]])
    b = np.ones(3)
    for rcond in (None, 1e-2, -1):
        for g, e in zip(
            tnp_linalg.lstsq(tnp(a), tnp(b), rcond=rcond),
            np.linalg.lstsq(a, b, rcond=rcond),
            strict=True,
        ):
            assert_matches(g, e)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (np.ones((2, 2, 2)), np.ones(2)),
        (np.ones((3, 2)), np.ones(2)),
        (np.ones(3), np.ones(3)),
        (np.ones((2, 2)), np.ones((2, 2, 2))),
        (np.eye(2, dtype=np.float16), np.ones(2)),
    ],
)
def test_lstsq_errors(a, b):
    assert_same_error(lambda: np.linalg.lstsq(a, b), lambda: tnp_linalg.lstsq(tnp(a), tnp(b)))


# ----------------------------------------------------------------------------- pinv
@FEW
@given(matrices(ALL, square=False))
def test_pinv_matches_numpy(a):
    expected = np.linalg.pinv(a)
    assert_matches(tnp_linalg.pinv(tnp(a)), expected, rtol=tolerance(expected.dtype), atol=1e-4)


def test_pinv_drops_small_singular_values():
    a = np.diag([1.0, 1e-3, 0.0])
    for kwargs in ({}, {"rcond": 1e-2}, {"rtol": 1e-2}, {"rtol": None}, {"rcond": np.array(1e-4)}):
        assert_matches(tnp_linalg.pinv(tnp(a), **kwargs), np.linalg.pinv(a, **kwargs))
    stack = np.stack([a, 2 * a])
    rc = np.array([1e-2, 1e-4])
    assert_matches(tnp_linalg.pinv(tnp(stack), tnp(rc)), np.linalg.pinv(stack, rc))


def test_pinv_hermitian():
    a = np.array([[2.0, 1.0 - 1j], [1.0 + 1j, -3.0]])
    assert_matches(tnp_linalg.pinv(tnp(a), hermitian=True), np.linalg.pinv(a, hermitian=True))


@pytest.mark.parametrize("shape", [(0, 3), (3, 0), (2, 0, 0)])
@pytest.mark.parametrize("dtype", [np.float32, np.int64])
def test_pinv_of_empty_matrices_keeps_the_dtype(shape, dtype):
    a = np.ones(shape, dtype)
    assert_matches(tnp_linalg.pinv(tnp(a)), np.linalg.pinv(a))


@pytest.mark.parametrize(
    ("a", "kwargs"),
    [
        (np.eye(2), {"rcond": 1e-3, "rtol": 1e-3}),
        (np.eye(2, dtype=np.int64), {"rtol": None}),
        (np.ones(3), {}),
    ],
)
def test_pinv_errors(a, kwargs):
    assert_same_error(
        lambda: np.linalg.pinv(a, **kwargs), lambda: tnp_linalg.pinv(tnp(a), **kwargs)
    )


# ----------------------------------------------------------------------------- matrix_rank
@FEW
@given(matrices(ALL, square=False))
def test_matrix_rank_matches_numpy(a):
    low = a.copy()
    low[..., -1, :] = 0
    for x in (a, low):
        assert_matches(tnp_linalg.matrix_rank(tnp(x)), np.asarray(np.linalg.matrix_rank(x)))


def test_matrix_rank_tolerances():
    a = np.diag([1.0, 1e-3, 1e-9])
    for kwargs in ({}, {"tol": 1e-2}, {"rtol": 1e-5}, {"hermitian": True}):
        assert_matches(
            tnp_linalg.matrix_rank(tnp(a), **kwargs), np.asarray(np.linalg.matrix_rank(a, **kwargs))
        )
    stack = np.stack([a, a])
    tol = np.array([1e-2, 1e-6])
    assert_matches(tnp_linalg.matrix_rank(tnp(stack), tnp(tol)), np.linalg.matrix_rank(stack, tol))


@pytest.mark.parametrize("a", [np.ones(3), np.zeros(3), np.array(2.0), np.zeros(0)])
def test_matrix_rank_of_vectors_is_a_python_int(a):
    got = tnp_linalg.matrix_rank(tnp(a))
    assert type(got) is int
    assert got == np.linalg.matrix_rank(a)


def test_matrix_rank_tol_and_rtol_conflict():
    assert_same_error(
        lambda: np.linalg.matrix_rank(np.eye(2), tol=1, rtol=1),
        lambda: tnp_linalg.matrix_rank(tnp(np.eye(2)), tol=1, rtol=1),
    )


# ----------------------------------------------------------------------------- matrix_power
@FEW
@given(matrices(ALL), st.integers(-3, 6))
def test_matrix_power_matches_numpy(a, n):
    if n < 0 and a.dtype == np.bool_:
        a = a.astype(np.float64)
    expected = np.linalg.matrix_power(a, n)
    assert_matches(
        tnp_linalg.matrix_power(tnp(a), n), expected, rtol=tolerance(expected.dtype) * 10, atol=1e-3
    )


def test_matrix_power_wraps_integers_like_numpy():
    a = np.full((2, 2), 100, np.int8)
    assert_matches(tnp_linalg.matrix_power(tnp(a), 3), np.linalg.matrix_power(a, 3))
    u = np.full((2, 2), 2**31, np.uint64)
    assert_matches(tnp_linalg.matrix_power(tnp(u), 2), np.linalg.matrix_power(u, 2))


@pytest.mark.parametrize(
    ("a", "n"), [(np.ones((2, 3)), 2), (np.eye(2), 1.5), (np.zeros((2, 2)), -1), (np.ones(2), 0)]
)
def test_matrix_power_errors(a, n):
    assert_same_error(
        lambda: np.linalg.matrix_power(a, n), lambda: tnp_linalg.matrix_power(tnp(a), n)
    )


# ----------------------------------------------------------------------------- tensorinv/solve
def test_tensorinv_matches_numpy():
    rng = np.random.default_rng(0)
    a = (np.eye(24) * 5 + rng.standard_normal((24, 24))).reshape(4, 6, 8, 3)
    assert_matches(tnp_linalg.tensorinv(tnp(a), ind=2), np.linalg.tensorinv(a, ind=2))
    b = a.reshape(24, 8, 3)
    assert_matches(tnp_linalg.tensorinv(tnp(b), ind=1), np.linalg.tensorinv(b, ind=1))


@pytest.mark.parametrize(("shape", "ind"), [((2, 3), 1), ((4, 4), 0), ((0, 3), 1), ((3, 0), 1)])
def test_tensorinv_errors(shape, ind):
    a = np.ones(shape)
    assert_same_error(
        lambda: np.linalg.tensorinv(a, ind), lambda: tnp_linalg.tensorinv(tnp(a), ind)
    )


def test_tensorsolve_matches_numpy():
    rng = np.random.default_rng(1)
    a = (np.eye(24) * 5 + rng.standard_normal((24, 24))).reshape(6, 4, 2, 3, 4)
    b = rng.standard_normal((6, 4))
    assert_matches(tnp_linalg.tensorsolve(tnp(a), tnp(b)), np.linalg.tensorsolve(a, b))
    a2 = np.moveaxis(a, 0, -1).copy()  # axes= moves them back
    assert_matches(
        tnp_linalg.tensorsolve(tnp(a2), tnp(b), axes=(0, 1, 2, 3)),
        np.linalg.tensorsolve(a2, b, axes=(0, 1, 2, 3)),
    )


@pytest.mark.parametrize(("a_shape", "b_shape"), [((2, 3, 2), (2,)), ((2, 2), (3,))])
def test_tensorsolve_errors(a_shape, b_shape):
    a, b = np.ones(a_shape), np.ones(b_shape)
    assert_same_error(
        lambda: np.linalg.tensorsolve(a, b), lambda: tnp_linalg.tensorsolve(tnp(a), tnp(b))
    )


def test_tensorsolve_singular():
    a, b = np.zeros((2, 2)), np.ones(2)
    assert_same_error(
        lambda: np.linalg.tensorsolve(a, b), lambda: tnp_linalg.tensorsolve(tnp(a), tnp(b))
    )


def test_results_are_tnp_arrays():
    a = tnp_core.asarray([[2.0, 1.0], [1.0, 3.0]])
    for r in (
        *tnp_linalg.slogdet(a),
        *tnp_linalg.lstsq(a, a),
        tnp_linalg.pinv(a),
        tnp_linalg.matrix_power(a, 3),
    ):
        assert isinstance(r, tnp_core.ndarray)
    assert to_numpy(tnp_linalg.matrix_rank(a)).dtype == np.int64


def test_inv_compiles_without_a_graph_break():
    # the singular-matrix check reads the device; under torch.compile it is skipped
    import torch

    def inverse_sum(a):
        return tnp_linalg.inv(tnp_core.asarray(a)).tensor.sum()

    a = torch.eye(3, dtype=torch.float64) * 2
    assert torch._dynamo.explain(inverse_sum)(a).graph_break_count == 0
    compiled = torch.compile(inverse_sum, fullgraph=True, backend="eager")
    assert float(compiled(a)) == float(inverse_sum(a)) == 1.5
