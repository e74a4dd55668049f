# mypy: disable-error-code="empty-body"
"""The public decompositions of ``tnp_linalg`` and the functions built on the SVD.

Single precision input computes in double precision and is rounded back, integer and bool
input gives float64, float16 raises ``TypeError``: NumPy's rules (see ``_linalg_impl``).
Decompositions that are unique only up to signs or phases (``eig``, ``svd``, ``qr``) may
pick other signs than NumPy on other devices; the defining identities hold.
"""

from __future__ import annotations

from typing import Literal, overload

import torch

from tnp_core.extending import ArrayLike, as_tensor, ndarray, normalize, wrap

from . import _decompositions_impl as _impl
from ._results import EighResult, EigResult, QRResult, SVDResult

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


@normalize(_impl.cholesky)
def cholesky(a: ArrayLike, /, *, upper: bool = False) -> ndarray:
    """Cholesky factor of a Hermitian positive-definite matrix, as ``numpy.linalg.cholesky``.

    The lower factor ``L`` (``a = L @ L^H``) by default, the upper ``U`` (``a = U^H @ U``)
    with ``upper=True``; only that triangle of ``a`` is read. ``LinAlgError("Matrix is not
    positive definite")`` otherwise.
    """


def eig(a: ArrayLike) -> EigResult:
    """Eigenvalues and right eigenvectors of square matrices, as ``numpy.linalg.eig``.

    ``a`` must be finite (``LinAlgError`` otherwise). Real input gives real arrays when all
    eigenvalues of the stack are real and complex ones otherwise, as NumPy; eigenvectors
    are normalized columns, their phase may differ from NumPy's.
    """
    w, v = _impl.eig(as_tensor(a))
    return EigResult(wrap(w), wrap(v))


@normalize(_impl.eigvals)
def eigvals(a: ArrayLike) -> ndarray:
    """Eigenvalues of square matrices (not ordered), as ``numpy.linalg.eigvals``.

    dtype rule and errors as ``eig``.
    """


def eigh(a: ArrayLike, UPLO: str = "L") -> EighResult:
    """Eigen-decomposition of Hermitian matrices, as ``numpy.linalg.eigh``.

    Reads the lower (``UPLO='L'``) or upper (``'U'``) triangle. Eigenvalues are real and
    ascending; eigenvectors are orthonormal columns (signs may differ from NumPy's).
    """
    w, v = _impl.eigh(as_tensor(a), UPLO)
    return EighResult(wrap(w), wrap(v))


@normalize(_impl.eigvalsh)
def eigvalsh(a: ArrayLike, UPLO: str = "L") -> ndarray:
    """Ascending real eigenvalues of Hermitian matrices, as ``numpy.linalg.eigvalsh``."""


@overload
def svd(
    a: ArrayLike,
    full_matrices: bool = ...,
    compute_uv: Literal[True] = ...,
    hermitian: bool = ...,
) -> SVDResult: ...
@overload
def svd(
    a: ArrayLike, full_matrices: bool, compute_uv: Literal[False], hermitian: bool = ...
) -> ndarray: ...
@overload
def svd(
    a: ArrayLike, full_matrices: bool = ..., *, compute_uv: Literal[False], hermitian: bool = ...
) -> ndarray: ...
@overload
def svd(
    a: ArrayLike, full_matrices: bool = ..., compute_uv: bool = ..., hermitian: bool = ...
) -> SVDResult | ndarray: ...
def svd(
    a: ArrayLike, full_matrices: bool = True, compute_uv: bool = True, hermitian: bool = False
) -> SVDResult | ndarray:
    """Singular value decomposition, as ``numpy.linalg.svd``.

    ``SVDResult(U, S, Vh)`` with ``a = U @ (S[..., None] * Vh)`` and ``S`` descending, or
    only ``S`` with ``compute_uv=False``. ``full_matrices=False`` gives the reduced
    factors. ``hermitian=True`` goes through ``eigh`` as NumPy does. Matrices with infs or
    NaNs raise ``LinAlgError("SVD did not converge")``; with ``compute_uv=False`` their
    singular values are NaN instead, as NumPy's. Singular vectors' signs may differ from
    NumPy's.
    """
    result = _impl.svd(as_tensor(a), full_matrices, compute_uv, hermitian)
    if isinstance(result, torch.Tensor):
        s: ndarray = wrap(result)
        return s
    u, s_, vh = result
    return SVDResult(wrap(u), wrap(s_), wrap(vh))


@normalize(_impl.svdvals)
def svdvals(x: ArrayLike, /) -> ndarray:
    """Singular values in descending order, as ``numpy.linalg.svdvals``."""


def qr(a: ArrayLike, mode: str = "reduced") -> QRResult | ndarray | tuple[ndarray, ndarray]:
    """QR decomposition, as ``numpy.linalg.qr``.

    ``mode='reduced'`` (default) and ``'complete'`` give ``QRResult(Q, R)``; ``'r'`` gives
    ``R`` alone; ``'raw'`` gives LAPACK's ``(h, tau)`` (``h`` transposed, as NumPy).
    NumPy's deprecated spellings 'full'/'f' and 'economic'/'e' warn as in NumPy. On other
    devices than the CPU the signs of Q's columns and R's rows may differ from NumPy's.
    """
    result = _impl.qr(as_tensor(a), mode)
    if isinstance(result, torch.Tensor):
        r: ndarray = wrap(result)
        return r
    if mode == "raw":
        h, tau = result
        return wrap(h), wrap(tau)
    q, r_ = result
    return QRResult(wrap(q), wrap(r_))


class _NoValueType:
    """The default of ``pinv``'s ``rtol``: not given (distinct from None)."""

    def __repr__(self) -> str:
        return "<no value>"


_NOVALUE = _NoValueType()


def pinv(
    a: ArrayLike,
    rcond: ArrayLike | None = None,
    hermitian: bool = False,
    *,
    rtol: ArrayLike | _NoValueType | None = _NOVALUE,
) -> ndarray:
    """Moore-Penrose pseudo-inverse through the SVD, as ``numpy.linalg.pinv``.

    Singular values at most ``rcond`` (default 1e-15) times the largest are dropped.
    ``rtol`` is the Array API spelling of ``rcond``; ``rtol=None`` means ``max(M, N) * eps``
    (``a`` must then be inexact, as in NumPy). Both at once raise ``ValueError``. Empty
    matrices give an empty result of ``a``'s dtype, as NumPy.
    """
    t = as_tensor(a)
    cutoff: torch.Tensor | None
    if rcond is None:
        if isinstance(rtol, _NoValueType):
            cutoff = torch.tensor(1e-15, dtype=torch.float64)
        elif rtol is None:
            cutoff = None
        else:
            cutoff = as_tensor(rtol)
    elif not isinstance(rtol, _NoValueType):
        raise ValueError("`rtol` and `rcond` can't be both set.")
    else:
        cutoff = as_tensor(rcond)
    result: ndarray = wrap(_impl.pinv(t, cutoff, hermitian))
    return result


def matrix_rank(
    A: ArrayLike,
    tol: ArrayLike | None = None,
    hermitian: bool = False,
    *,
    rtol: ArrayLike | None = None,
) -> ndarray | int:
    """Rank of matrices by counting singular values, as ``numpy.linalg.matrix_rank``.

    Values above ``tol``, or above ``rtol`` times the largest one (default
    ``max(M, N) * eps``), count; ``tol`` and ``rtol`` together raise ``ValueError``. For a
    stack the result is an int64 array; for a 0-D or 1-D ``A`` NumPy returns a Python int
    (1 unless all zero), and so does tnp.
    """
    if rtol is not None and tol is not None:
        raise ValueError("`tol` and `rtol` can't be both set.")
    t = as_tensor(A)
    if t.dim() < 2:
        return int(bool((t != 0).any()))
    tol_t = None if tol is None else as_tensor(tol)
    rtol_t = None if rtol is None else as_tensor(rtol)
    result: ndarray = wrap(_impl.matrix_rank(t, tol_t, hermitian, rtol_t))
    return result


@normalize(_impl.lstsq)
def lstsq(
    a: ArrayLike, b: ArrayLike, rcond: float | None = None
) -> tuple[ndarray, ndarray, ndarray, ndarray]:
    """Least-squares solution of ``a @ x = b``, as ``numpy.linalg.lstsq``.

    ``a`` is (M, N), ``b`` is (M,) or (M, K). Returns ``(x, residuals, rank, s)``:
    ``residuals`` (squared 2-norms of the columns of ``b - a @ x``, shape (K,) or (1,)) is
    empty unless ``rank == N < M``; ``rank`` is a 0-D int32 array (NumPy: an int32
    scalar); ``s`` are ``a``'s singular values. Singular values at most ``rcond`` times the
    largest count as zero (default ``eps * max(M, N)``). Computed through torch's SVD, so
    it runs on every device; results agree with NumPy's LAPACK ``gelsd`` to rounding.
    """
