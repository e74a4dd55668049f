"""Tensor implementations of NumPy's matrix decompositions and what is built on them.

Cholesky, QR, eigen-decompositions, SVD, and the functions that go through the SVD
(``pinv``, ``lstsq``, ``matrix_rank``). Shapes are checked first, then dtypes, with
NumPy's messages; precision and result dtypes follow ``_linalg_impl.common_types``.
torch's convergence failures become ``LinAlgError`` with NumPy's message.

Only torch, the standard library and other ``*_impl`` modules are imported here.
"""

from __future__ import annotations

import warnings

import torch

from ._linalg_impl import (
    LinAlgError,
    assert_2d,
    assert_stacked_2d,
    assert_stacked_square,
    common_types,
    real_of,
    translate_errors,
)

__all__ = [
    "cholesky",
    "eig",
    "eigh",
    "eigvals",
    "eigvalsh",
    "lstsq",
    "matrix_rank",
    "pinv",
    "qr",
    "svd",
    "svdvals",
]

_EIG_FAILED = "Eigenvalues did not converge"
_SVD_FAILED = "SVD did not converge"


def cholesky(a: torch.Tensor, upper: bool) -> torch.Tensor:
    """``numpy.linalg.cholesky``: ``L`` with ``a = L @ L^H`` (``U^H @ U`` when ``upper``).

    Only the lower triangle of ``a`` is read, or the upper one when ``upper``, as LAPACK
    does for NumPy.
    """
    assert_stacked_square(a)
    compute, result = common_types(a)
    x = a.to(compute)
    # the upper factor of a is the conjugate transpose of the lower factor of a^H, which
    # reads a's upper triangle
    factor: torch.Tensor
    info: torch.Tensor
    factor, info = torch.linalg.cholesky_ex(x.mH if upper else x)
    if info.numel() and bool(info.any()):
        raise LinAlgError("Matrix is not positive definite")
    return (factor.mH if upper else factor).to(result)


def _check_uplo(uplo: str) -> str:
    uplo = uplo.upper()
    if uplo not in ("L", "U"):
        raise ValueError("UPLO argument must be 'L' or 'U'")
    return uplo


def _assert_finite(a: torch.Tensor) -> None:
    if a.numel() and not bool(torch.isfinite(a).all()):
        raise LinAlgError("Array must not contain infs or NaNs")


def _real_if_all_real(
    a_dtype: torch.dtype, result: torch.dtype, w: torch.Tensor
) -> tuple[bool, torch.dtype]:
    """(whether to return real arrays, the result dtype) for eigenvalues ``w`` of a matrix."""
    if a_dtype.is_complex:
        return False, result
    if not bool((w.imag == 0).all()):
        return False, result.to_complex()
    return True, result


def _normalized(a: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Each matrix scaled by a power of two to a largest magnitude in [0.5, 1), with
    entries below 2**-100 of it set to zero; and the power-of-two factor to undo it by.

    The scaling is exact and leaves eigenvectors alone; the flushed entries are far below
    the rounding error LAPACK's eigensolver allows itself anyway. It keeps MKL's ``geev``
    (torch's CPU eigensolver) from failing to converge on entries hundreds of orders of
    magnitude apart, where NumPy's LAPACK succeeds (the failure also corrupted torch's
    heap: the next call crashed the process).
    """
    if a.shape[-1] == 0:
        return a, torch.ones((*a.shape[:-2], 1), dtype=a.real.dtype, device=a.device)
    largest = a.abs().amax(dim=(-2, -1), keepdim=True)
    _, exponent = torch.frexp(largest)
    # keep the factor a normal number of the dtype: 2**-125 .. 2**127 for float32
    low, high = (-1021, 1023) if largest.dtype is torch.float64 else (-125, 127)
    exponent = torch.clamp(exponent, low, high)
    factor = torch.pow(2.0, exponent.to(largest.dtype))
    scaled = a / factor.to(a.dtype)
    scaled = torch.where(scaled.abs() < 2.0**-100, torch.zeros_like(scaled), scaled)
    return scaled, factor[..., 0]


def eig(a: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """``numpy.linalg.eig``: eigenvalues and right eigenvectors (columns) of each matrix.

    A real input gives real arrays when every eigenvalue in the stack is real, complex
    arrays otherwise.
    """
    assert_stacked_square(a)
    _assert_finite(a)
    compute, result = common_types(a)
    scaled, factor = _normalized(a.to(compute))
    with translate_errors(_EIG_FAILED):
        w, v = torch.linalg.eig(scaled)
    w = w * factor
    real, result = _real_if_all_real(a.dtype, result, w)
    if real:
        return w.real.to(result), v.real.to(result)
    return w.to(result), v.to(result)


def eigvals(a: torch.Tensor) -> torch.Tensor:
    """``numpy.linalg.eigvals``: the eigenvalues of ``eig``, same dtype rule."""
    assert_stacked_square(a)
    _assert_finite(a)
    compute, result = common_types(a)
    scaled, factor = _normalized(a.to(compute))
    with translate_errors(_EIG_FAILED):
        w: torch.Tensor = torch.linalg.eigvals(scaled) * factor
    real, result = _real_if_all_real(a.dtype, result, w)
    return w.real.to(result) if real else w.to(result)


def eigh(a: torch.Tensor, UPLO: str) -> tuple[torch.Tensor, torch.Tensor]:
    """``numpy.linalg.eigh``: ascending real eigenvalues and orthonormal eigenvectors."""
    uplo = _check_uplo(UPLO)
    assert_stacked_square(a)
    compute, result = common_types(a)
    with translate_errors(_EIG_FAILED):
        w, v = torch.linalg.eigh(a.to(compute), UPLO=uplo)
    return w.to(real_of(result)), v.to(result)


def eigvalsh(a: torch.Tensor, UPLO: str) -> torch.Tensor:
    """``numpy.linalg.eigvalsh``: the ascending real eigenvalues of a Hermitian matrix."""
    uplo = _check_uplo(UPLO)
    assert_stacked_square(a)
    compute, result = common_types(a)
    with translate_errors(_EIG_FAILED):
        w: torch.Tensor = torch.linalg.eigvalsh(a.to(compute), UPLO=uplo)
    return w.to(real_of(result))


def _svdvals_computed(x: torch.Tensor) -> torch.Tensor:
    """Singular values of ``x`` (compute dtype); NaN for matrices with infs or NaNs.

    LAPACK's values-only SVD gives NaNs there, where torch raises: such matrices are
    swapped for zeros and their results set to NaN afterwards.
    """
    finite = torch.isfinite(x).all(dim=-1).all(dim=-1)
    clean = torch.where(finite[..., None, None], x, torch.zeros((), dtype=x.dtype, device=x.device))
    with translate_errors(_SVD_FAILED):
        s = torch.linalg.svdvals(clean)
    return torch.where(
        finite[..., None], s, torch.full((), float("nan"), dtype=s.dtype, device=s.device)
    )


def _hermitian_svd(
    a: torch.Tensor, compute_uv: bool
) -> torch.Tensor | tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """NumPy's ``svd(hermitian=True)``: from ``eigh``, values by descending magnitude."""
    if not compute_uv:
        s = eigvalsh(a, "L").abs()
        return torch.flip(torch.sort(s, dim=-1).values, dims=(-1,))
    w, u = eigh(a, "L")
    sign = torch.where(torch.signbit(w), -1.0, 1.0).to(w.dtype)
    s = w.abs()
    order = torch.flip(torch.sort(s, dim=-1, stable=True).indices, dims=(-1,))
    sign = torch.take_along_dim(sign, order, dim=-1)
    s = torch.take_along_dim(s, order, dim=-1)
    u = torch.take_along_dim(u, order[..., None, :], dim=-1)
    vh = (u * sign[..., None, :].to(u.dtype)).mH
    return u, s, vh


def svd(
    a: torch.Tensor, full_matrices: bool, compute_uv: bool, hermitian: bool
) -> torch.Tensor | tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """``numpy.linalg.svd``: ``(U, S, Vh)`` with ``a = U @ diag(S) @ Vh``, or ``S`` alone."""
    if hermitian:
        return _hermitian_svd(a, compute_uv)
    assert_stacked_2d(a)
    compute, result = common_types(a)
    x = a.to(compute)
    if not compute_uv:
        return _svdvals_computed(x).to(real_of(result))
    with translate_errors(_SVD_FAILED):
        u, s, vh = torch.linalg.svd(x, full_matrices=full_matrices)
    return u.to(result), s.to(real_of(result)), vh.to(result)


def svdvals(x: torch.Tensor) -> torch.Tensor:
    """``numpy.linalg.svdvals``: descending singular values of each matrix."""
    result = svd(x, True, False, False)
    assert isinstance(result, torch.Tensor)
    return result


_QR_MODES = ("reduced", "complete", "r", "raw")


def qr(a: torch.Tensor, mode: str) -> torch.Tensor | tuple[torch.Tensor, torch.Tensor]:
    """``numpy.linalg.qr`` in the modes 'reduced', 'complete', 'r' and 'raw'.

    The deprecated spellings NumPy still takes ('full'/'f' for 'reduced', 'economic'/'e')
    warn as in NumPy.
    """
    if mode not in _QR_MODES:
        if mode in ("f", "full"):
            warnings.warn(
                "The 'full' option is deprecated in favor of 'reduced'.\n"
                "For backward compatibility let mode default.",
                DeprecationWarning,
                stacklevel=3,
            )
            mode = "reduced"
        elif mode in ("e", "economic"):
            warnings.warn("The 'economic' option is deprecated.", DeprecationWarning, stacklevel=3)
            mode = "economic"
        else:
            raise ValueError(f"Unrecognized mode '{mode}'")
    assert_stacked_2d(a)
    compute, result = common_types(a)
    x = a.to(compute)
    if mode in ("raw", "economic"):
        with translate_errors("Incorrect argument found while performing QR factorization"):
            h, tau = torch.geqrf(x)
        if mode == "economic":
            return h.to(result)
        # NumPy hands the Householder reflectors back transposed (LAPACK's column order)
        return h.mT.to(result), tau.to(result)
    q: torch.Tensor
    r: torch.Tensor
    q, r = torch.linalg.qr(x, mode=mode)
    if mode == "r":
        return r.to(result)
    return q.to(result), r.to(result)


def _eps(dt: torch.dtype) -> float:
    return torch.finfo(real_of(dt)).eps


def _inexact_name_check(a: torch.Tensor) -> None:
    if not (a.dtype.is_floating_point or a.dtype.is_complex):
        name = str(a.dtype).removeprefix("torch.")
        raise ValueError(f"data type <class 'numpy.{name}'> not inexact")


def pinv(a: torch.Tensor, rcond: torch.Tensor | None, hermitian: bool) -> torch.Tensor:
    """``numpy.linalg.pinv``: Moore-Penrose pseudo-inverse through the SVD.

    Singular values at most ``rcond`` times the largest one count as zero; ``rcond`` (a
    tensor, broadcast against the stack) is what the wrapper resolved from rcond/rtol,
    None meaning ``max(M, N) * eps`` of ``a``'s dtype.
    """
    if rcond is None:
        _inexact_name_check(a)
        rcond = torch.tensor(max(a.shape[-2:], default=0) * _eps(a.dtype), dtype=torch.float64)
    if a.numel() == 0 and a.dim() >= 2 and a.shape[-1] * a.shape[-2] == 0:
        m, n = a.shape[-2:]
        return torch.empty((*a.shape[:-2], n, m), dtype=a.dtype, device=a.device)
    res = svd(a.conj(), False, True, hermitian)
    assert isinstance(res, tuple)
    u, s, vh = res
    largest = s.amax(dim=-1, keepdim=True) if s.shape[-1] else torch.zeros_like(s[..., :1])
    cutoff = rcond.to(device=s.device)[..., None] * largest
    large = s > cutoff
    s_inv = torch.where(
        large, 1 / torch.where(large, s, torch.ones((), dtype=s.dtype, device=s.device)), 0
    )
    s_inv = s_inv.to(s.dtype)
    return vh.mT @ (s_inv[..., None] * u.mT).to(u.dtype)


def matrix_rank(
    a: torch.Tensor, tol: torch.Tensor | None, hermitian: bool, rtol: torch.Tensor | None
) -> torch.Tensor:
    """``numpy.linalg.matrix_rank`` for stacks of matrices (at least 2-D ``a``).

    Singular values above ``tol``, or above ``rtol`` times the largest one, are counted;
    by default ``rtol`` is ``max(M, N) * eps`` of the singular values' dtype.
    """
    s = svd(a, True, False, hermitian)
    assert isinstance(s, torch.Tensor)
    if tol is None:
        largest = s.amax(dim=-1, keepdim=True) if s.shape[-1] else torch.zeros_like(s[..., :1])
        if rtol is None:
            threshold = largest * (max(a.shape[-2:]) * _eps(s.dtype))
        else:
            threshold = largest * rtol.to(s.device)[..., None]
    else:
        threshold = tol.to(s.device)[..., None]
    return torch.count_nonzero(s > threshold, dim=-1)


def lstsq(
    a: torch.Tensor, b: torch.Tensor, rcond: float | None
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """``numpy.linalg.lstsq``: least-squares solution of ``a @ x = b`` through the SVD.

    Returns (x, residuals, rank, singular values) as NumPy: the residuals (squared 2-norm of
    each column of ``b - a @ x``) are an empty array unless ``a`` has full column rank
    ``N`` and ``M > N``; the rank is a 0-D int32 array. Singular values at most ``rcond``
    times the largest one count as zero (``eps * max(M, N)`` by default; a negative value
    means machine precision, as in LAPACK).
    """
    is_1d = b.dim() == 1
    if is_1d:
        b = b[:, None]
    assert_2d(a, b)
    m, n = a.shape
    if b.shape[0] != m:
        raise LinAlgError("Incompatible dimensions")
    compute, result = common_types(a, b)
    eps = _eps(compute)
    if rcond is None:
        rcond = eps * max(n, m)
    elif rcond < 0:
        rcond = eps
    x_a = a.to(compute)
    x_b = b.to(compute)
    with translate_errors("SVD did not converge in Linear Least Squares"):
        u, s, vh = torch.linalg.svd(x_a, full_matrices=False)
    largest = s[:1]
    kept = s > rcond * largest if s.numel() else torch.zeros_like(s, dtype=torch.bool)
    s_inv = torch.where(kept, 1 / torch.where(kept, s, torch.ones_like(s)), torch.zeros_like(s))
    x = vh.mH @ (s_inv[:, None].to(compute) * (u.mH @ x_b))
    rank = torch.count_nonzero(kept).to(torch.int32)
    real = real_of(result)
    if m > n and int(rank) == n:
        r = x_b - x_a @ x
        residuals = (r.real**2 + r.imag**2 if r.is_complex() else r * r).sum(dim=0).to(real)
    else:
        residuals = torch.empty(0, dtype=real, device=a.device)
    if is_1d:
        x = x[:, 0]
    return x.to(result), residuals, rank, s.to(real)
