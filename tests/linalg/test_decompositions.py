"""tnp_linalg's decompositions against numpy.linalg: cholesky, qr, eig*, svd*."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given
from tnp_linalg_test_helpers import (
    ALL,
    FEW,
    INEXACT,
    assert_matches,
    assert_same_error,
    hermitian,
    matrices,
    tnp,
    to_numpy,
    tolerance,
)

import tnp_linalg


def _close(x, y, dtype):
    np.testing.assert_allclose(x, y, rtol=tolerance(dtype), atol=tolerance(dtype) * 10)


# ----------------------------------------------------------------------------- cholesky
@FEW
@given(hermitian([*INEXACT, np.int64]))
def test_cholesky_matches_numpy(a):
    assert_matches(tnp_linalg.cholesky(tnp(a)), np.linalg.cholesky(a))
    assert_matches(tnp_linalg.cholesky(tnp(a), upper=True), np.linalg.cholesky(a, upper=True))


def test_cholesky_reads_one_triangle():
    a = np.array([[4.0, 100.0], [2.0, 3.0]])
    assert_matches(tnp_linalg.cholesky(tnp(a)), np.linalg.cholesky(a))
    b = a.T.copy()
    assert_matches(tnp_linalg.cholesky(tnp(b), upper=True), np.linalg.cholesky(b, upper=True))


@pytest.mark.parametrize("a", [[[1.0, 2.0], [2.0, 1.0]], [[-1.0]], np.zeros((2, 3, 3))])
def test_cholesky_of_indefinite_matrix_raises(a):
    assert_same_error(lambda: np.linalg.cholesky(a), lambda: tnp_linalg.cholesky(tnp(a)))


# ----------------------------------------------------------------------------- qr
@FEW
@given(matrices(ALL, square=False))
def test_qr_reconstructs_and_is_orthonormal(a):
    for mode in ("reduced", "complete"):
        q, r = np.linalg.qr(a, mode=mode)
        got = tnp_linalg.qr(tnp(a), mode=mode)
        assert isinstance(got, tnp_linalg.QRResult)
        gq, gr = to_numpy(got.Q), to_numpy(got.R)
        assert (gq.dtype, gq.shape, gr.dtype, gr.shape) == (q.dtype, q.shape, r.dtype, r.shape)
        _close(gq @ gr, a, q.dtype)
        eye = np.eye(gq.shape[-1])
        _close(
            np.conj(np.swapaxes(gq, -1, -2)) @ gq,
            np.broadcast_to(eye, gq.shape[:-2] + eye.shape),
            q.dtype,
        )
        np.testing.assert_array_equal(np.triu(gr), gr)
        # R is unique up to the signs (phases) of its rows
        _close(np.abs(gr), np.abs(r), q.dtype)
    r_only = tnp_linalg.qr(tnp(a), mode="r")
    expected_r = np.linalg.qr(a, mode="r")
    assert to_numpy(r_only).shape == expected_r.shape
    _close(np.abs(to_numpy(r_only)), np.abs(expected_r), expected_r.dtype)


@pytest.mark.parametrize("shape", [(3, 2), (2, 3), (2, 4, 3)])
def test_qr_raw_matches_lapack(shape):
    a = np.arange(np.prod(shape), dtype=float).reshape(shape) ** 1.5 + 1
    h, tau = np.linalg.qr(a, mode="raw")
    gh, gtau = tnp_linalg.qr(tnp(a), mode="raw")
    assert_matches(gh, h)
    assert_matches(gtau, tau)


@pytest.mark.parametrize("shape", [(0, 3), (3, 0), (2, 0, 0)])
def test_qr_of_empty_matrices(shape):
    a = np.ones(shape)
    for mode in ("reduced", "complete"):
        q, r = np.linalg.qr(a, mode=mode)
        gq, gr = tnp_linalg.qr(tnp(a), mode=mode)
        assert to_numpy(gq).shape == q.shape
        assert to_numpy(gr).shape == r.shape


def test_qr_deprecated_modes_warn():
    a = np.eye(2)
    with pytest.warns(DeprecationWarning, match="'full' option is deprecated"):
        q, _ = tnp_linalg.qr(tnp(a), mode="full")
    assert to_numpy(q).shape == (2, 2)
    with pytest.warns(DeprecationWarning, match="'economic' option is deprecated"):
        e = tnp_linalg.qr(tnp(a), mode="economic")
    with pytest.warns(DeprecationWarning, match="'economic' option is deprecated"):
        assert_matches(e, np.linalg.qr(a, mode="economic"))


@pytest.mark.parametrize(
    ("a", "mode"),
    [(np.eye(2), "bogus"), (np.ones(3), "reduced"), (np.ones((2, 2), np.float16), "r")],
)
def test_qr_errors(a, mode):
    assert_same_error(lambda: np.linalg.qr(a, mode=mode), lambda: tnp_linalg.qr(tnp(a), mode=mode))


# ----------------------------------------------------------------------------- eig
@FEW
@given(matrices(ALL))
def test_eig_satisfies_the_definition(a):
    w, v = np.linalg.eig(a)
    got = tnp_linalg.eig(tnp(a))
    assert isinstance(got, tnp_linalg.EigResult)
    gw, gv = to_numpy(got.eigenvalues), to_numpy(got.eigenvectors)
    assert (gw.shape, gv.shape) == (w.shape, v.shape)
    _check_real_or_complex(gw, w, a)
    assert gv.dtype == gw.dtype
    _close(a.astype(gv.dtype) @ gv, gv * gw[..., None, :], w.dtype)
    _close_spectra(gw, w, a)
    gwv = to_numpy(tnp_linalg.eigvals(tnp(a)))
    _check_real_or_complex(gwv, np.linalg.eigvals(a), a)
    _close_spectra(gwv, w, a)


def _check_real_or_complex(got, want, a):
    """NumPy's dtype, except where LAPACK builds may differ.

    Real or complex follows LAPACK's output, and builds differ (torch's MKL, NumPy's
    OpenBLAS) on a defective repeated eigenvalue: a real pair in one, a complex pair with
    imaginary parts of about sqrt(eps) in the other.
    """
    if got.dtype == want.dtype:
        return
    assert np.result_type(got, want).kind == "c"
    assert np.abs(np.imag(got)).max() <= _spectrum_tolerance(a, want)
    assert np.abs(np.imag(want)).max() <= _spectrum_tolerance(a, want)


def test_eig_of_entries_hundreds_of_orders_apart():
    """MKL's eigensolver failed to converge here (where NumPy's LAPACK does not), and the
    failure corrupted torch's heap so that the next call crashed: run in a child process."""
    code = """
import numpy as np, tnp_core, tnp_linalg
tiny = -4.6470136189484345e-244
a = np.array([[12.0, -7.8e-16, tiny], [tiny, 12.0, tiny], [tiny, tiny, 12.0]])
for _ in range(3):
    w = tnp_linalg.eig(tnp_core.asarray(a)).eigenvalues
    np.testing.assert_allclose(np.asarray(w), np.linalg.eigvals(a), rtol=1e-12)
    np.testing.assert_allclose(np.asarray(tnp_linalg.eigvals(tnp_core.asarray(a))), 12.0)
print("ok")
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "ok", done.stdout


def _close_spectra(got, want, a):
    """The same eigenvalues, as multisets per matrix: each of NumPy's is paired with the
    nearest unpaired one of tnp's (sorting would not do: real parts equal up to rounding
    order pairs differently).

    A repeated eigenvalue of a matrix that is not diagonalisable moves by about the square
    root of the rounding error, so the tolerance is ``sqrt(eps)`` times the matrix's scale;
    the definition ``A v = v w`` above is the tight check.
    """
    got = got.reshape(-1, got.shape[-1])
    want = want.reshape(-1, want.shape[-1])
    paired = np.empty_like(got)
    for row in range(want.shape[0]):
        free = list(range(got.shape[-1]))
        for j, value in enumerate(want[row]):
            nearest = min(free, key=lambda k: abs(got[row, k] - value))
            free.remove(nearest)
            paired[row, j] = got[row, nearest]
    np.testing.assert_allclose(paired, want, rtol=0, atol=_spectrum_tolerance(a, want))


def _spectrum_tolerance(a, eigenvalues):
    """``sqrt(eps)`` times the matrix's scale: how far rounding can move a repeated
    eigenvalue of a matrix that is not diagonalisable."""
    eps = np.finfo(eigenvalues.dtype).eps
    return eps**0.5 * max(1.0, float(np.abs(a).max(initial=0.0)) * a.shape[-1])


@pytest.mark.parametrize(
    "a",
    [
        [[0.0, -1.0], [1.0, 0.0]],  # rotation: complex eigenvalues
        np.array([[0, -1], [1, 0]], np.float32),
        [[2, 0], [0, 3]],  # real eigenvalues stay real
        np.stack([np.eye(2), [[0.0, -1.0], [1.0, 0.0]]]),  # one complex matrix: all complex
        np.zeros((0, 0)),
    ],
)
def test_eig_result_is_real_only_when_every_eigenvalue_is(a):
    a = np.asarray(a)
    w, _ = np.linalg.eig(a)
    gw, gv = tnp_linalg.eig(tnp(a))
    assert to_numpy(gw).dtype == w.dtype
    assert to_numpy(gv).dtype == w.dtype
    assert to_numpy(tnp_linalg.eigvals(tnp(a))).dtype == np.linalg.eigvals(a).dtype


@pytest.mark.parametrize("func", ["eig", "eigvals"])
@pytest.mark.parametrize(
    "a",
    [
        [[np.nan, 1.0], [1.0, 1.0]],
        [[np.inf]],
        np.ones((2, 3)),
        np.ones(2),
        np.eye(2, dtype=np.float16),
    ],
)
def test_eig_errors(func, a):
    a = np.asarray(a)
    assert_same_error(
        lambda: getattr(np.linalg, func)(a), lambda: getattr(tnp_linalg, func)(tnp(a))
    )


# ----------------------------------------------------------------------------- eigh
@FEW
@given(hermitian([*INEXACT, np.int32]))
def test_eigh_matches_numpy(a):
    for uplo in ("L", "U", "u"):
        w, v = np.linalg.eigh(a, UPLO=uplo)
        got = tnp_linalg.eigh(tnp(a), UPLO=uplo)
        assert isinstance(got, tnp_linalg.EighResult)
        assert_matches(got.eigenvalues, w, rtol=tolerance(w.dtype), atol=1e-4)
        gv = to_numpy(got.eigenvectors)
        assert gv.dtype == v.dtype
        _close(a.astype(gv.dtype) @ gv, gv * to_numpy(got.eigenvalues)[..., None, :], v.dtype)
        assert_matches(
            tnp_linalg.eigvalsh(tnp(a), uplo),
            np.linalg.eigvalsh(a, uplo),
            rtol=tolerance(w.dtype),
            atol=1e-4,
        )


def test_eigh_reads_the_chosen_triangle():
    a = np.array([[1.0, 5.0], [2.0, 3.0]])
    for uplo in ("L", "U"):
        assert_matches(tnp_linalg.eigvalsh(tnp(a), UPLO=uplo), np.linalg.eigvalsh(a, UPLO=uplo))


@pytest.mark.parametrize("func", ["eigh", "eigvalsh"])
@pytest.mark.parametrize(
    ("a", "uplo"),
    [
        (np.eye(2), "X"),
        (np.ones((2, 3)), "L"),
        (np.ones(3), "U"),
        (np.eye(2, dtype=np.float16), "L"),
    ],
)
def test_eigh_errors(func, a, uplo):
    assert_same_error(
        lambda: getattr(np.linalg, func)(a, uplo), lambda: getattr(tnp_linalg, func)(tnp(a), uplo)
    )


# ----------------------------------------------------------------------------- svd
@FEW
@given(matrices(ALL, square=False))
def test_svd_reconstructs_and_matches_singular_values(a):
    s_np = np.linalg.svd(a, compute_uv=False)
    for full in (True, False):
        u, s, vh = np.linalg.svd(a, full_matrices=full)
        got = tnp_linalg.svd(tnp(a), full_matrices=full)
        assert isinstance(got, tnp_linalg.SVDResult)
        gu, gs, gvh = (to_numpy(x) for x in got)
        assert [x.dtype for x in (gu, gs, gvh)] == [x.dtype for x in (u, s, vh)]
        assert [x.shape for x in (gu, gs, gvh)] == [x.shape for x in (u, s, vh)]
        k = gs.shape[-1]
        _close(gu[..., :, :k] * gs[..., None, :] @ gvh[..., :k, :], a, u.dtype)
        _close(gs, s, s.dtype)
    assert_matches(
        tnp_linalg.svd(tnp(a), compute_uv=False), s_np, rtol=tolerance(s_np.dtype), atol=1e-4
    )
    assert_matches(tnp_linalg.svdvals(tnp(a)), s_np, rtol=tolerance(s_np.dtype), atol=1e-4)


@FEW
@given(hermitian(INEXACT))
def test_hermitian_svd_matches_numpy(a):
    a = a - 3 * a.shape[-1] * np.eye(a.shape[-1], dtype=a.dtype)  # some negative eigenvalues
    a = a.astype(np.result_type(a.dtype, np.float32))
    u, s, vh = np.linalg.svd(a, hermitian=True)
    gu, gs, gvh = (to_numpy(x) for x in tnp_linalg.svd(tnp(a), hermitian=True))
    _close(gs, s, s.dtype)
    assert (gs.dtype, gu.dtype, gvh.dtype) == (s.dtype, u.dtype, vh.dtype)
    _close(gu * gs[..., None, :] @ gvh, a, u.dtype)
    assert_matches(
        tnp_linalg.svd(tnp(a), compute_uv=False, hermitian=True),
        np.linalg.svd(a, compute_uv=False, hermitian=True),
        rtol=1e-3,
        atol=1e-4,
    )


@pytest.mark.parametrize("shape", [(0, 3), (3, 0), (2, 0, 0), (0, 2, 2)])
def test_svd_of_empty_matrices(shape):
    a = np.ones(shape)
    for full in (True, False):
        expected = np.linalg.svd(a, full_matrices=full)
        got = tnp_linalg.svd(tnp(a), full_matrices=full)
        for x, y in zip(got, expected, strict=True):
            assert to_numpy(x).shape == y.shape
    assert_matches(tnp_linalg.svdvals(tnp(a)), np.linalg.svdvals(a))


def test_singular_values_of_non_finite_matrices_are_nan():
    # NumPy's outcome there depends on LAPACK's path (NaNs or "SVD did not converge");
    # tnp always gives NaNs, which is what NumPy gives for this stack
    a = np.stack([np.eye(2), [[np.inf, 1.0], [1.0, 1.0]]])
    assert_matches(tnp_linalg.svdvals(tnp(a)), np.linalg.svdvals(a))


@pytest.mark.parametrize(
    "a", [[[np.nan, 1.0], [1.0, 1.0]], np.ones(3), np.ones((2, 2), np.float16)]
)
def test_svd_errors(a):
    a = np.asarray(a)
    assert_same_error(lambda: np.linalg.svd(a), lambda: tnp_linalg.svd(tnp(a)))
