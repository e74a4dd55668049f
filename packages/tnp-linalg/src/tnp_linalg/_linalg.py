# mypy: disable-error-code="empty-body"
"""The public functions of ``tnp_linalg``, as declarations bound to ``_linalg_impl``.

Each function is a signature with tnp-core's annotation tags and a docstring; ``normalize``
from ``tnp_core.extending`` turns the arguments into tensors, calls the implementation and
wraps the result into ``tnp_core.ndarray``.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence

from tnp_core.extending import ArrayLike, as_tensor, default_float_dtype, ndarray, normalize, wrap

from . import _linalg_impl as _impl
from ._results import SlogdetResult

__all__ = [
    "det",
    "inv",
    "matrix_power",
    "slogdet",
    "solve",
    "tensorinv",
    "tensorsolve",
]

# The implementations compute in tnp-core's default float precision, which they cannot
# import themselves.
_impl.bind_defaults(default_float_dtype)


@normalize(_impl.inv)
def inv(a: ArrayLike) -> ndarray:
    """Inverse of a matrix, or of each matrix in a stack, as ``numpy.linalg.inv``.

    ``a`` has shape ``(..., M, M)``. Integer and bool input gives the default float dtype
    (float64), float32 stays float32 and complex input stays complex; float16 raises
    ``TypeError`` as in NumPy. A singular matrix raises ``LinAlgError("Singular matrix")``;
    so does an array that is not a stack of square matrices.
    """


@normalize(_impl.solve)
def solve(a: ArrayLike, b: ArrayLike) -> ndarray:
    """Solve ``a @ x == b`` for ``x``, as ``numpy.linalg.solve`` in NumPy 2.

    ``a`` has shape ``(..., M, M)``. A 1-D ``b`` of shape ``(M,)`` is one right-hand side
    for every matrix of ``a`` and the result has shape ``(..., M)``. Any other ``b`` is a
    stack of matrices ``(..., M, K)`` whose columns are right-hand sides; its stack
    dimensions broadcast with those of ``a``. (NumPy 1 also read a ``b`` of shape
    ``(..., M)`` as a stack of vectors; NumPy 2 and tnp do not.) dtypes and errors are as in
    ``inv``.
    """


@normalize(_impl.det)
def det(a: ArrayLike) -> ndarray:
    """Determinant of a matrix, or of each matrix in a stack, as ``numpy.linalg.det``.

    A singular matrix has determinant zero; no error is raised. A single matrix gives a 0-D
    array (tnp's scalars are 0-D arrays). dtypes are as in ``inv``.
    """


def slogdet(a: ArrayLike) -> SlogdetResult:
    """Sign and natural log of the absolute determinant, as ``numpy.linalg.slogdet``.

    Returns ``SlogdetResult(sign, logabsdet)``: ``sign`` has the result dtype of ``inv``
    (complex input gives a complex sign of modulus one), ``logabsdet`` is real. A singular
    matrix gives sign 0 and ``logabsdet`` -inf. For a single matrix both are 0-D arrays.
    """
    sign, logabsdet = _impl.slogdet(as_tensor(a))
    return SlogdetResult(wrap(sign), wrap(logabsdet))


def matrix_power(a: ArrayLike, n: int) -> ndarray:
    """``a`` raised to the integer power ``n`` by repeated matrix products, as NumPy.

    ``n == 0`` gives identity matrices of ``a``'s dtype (integer input stays integer, as
    do positive powers, which wrap around on overflow like NumPy's); a negative ``n``
    powers the inverse (so needs an invertible, inexact-computable ``a``). ``n`` must be
    an integer (``TypeError`` otherwise); ``n == 1`` returns ``a``'s data itself.
    """
    t = as_tensor(a)
    _impl.assert_stacked_square(t)
    try:
        power = operator.index(n)
    except TypeError as e:
        raise TypeError("exponent must be an integer") from e
    result: ndarray = wrap(_impl.matrix_power(t, power))
    return result


@normalize(_impl.tensorinv)
def tensorinv(a: ArrayLike, ind: int = 2) -> ndarray:
    """Inverse of an N-D array for ``tensordot``, as ``numpy.linalg.tensorinv``.

    ``a`` is read as a matrix whose rows are its first ``ind`` axes; the result has shape
    ``a.shape[ind:] + a.shape[:ind]``. ``ind`` must be positive.
    """


@normalize(_impl.tensorsolve)
def tensorsolve(a: ArrayLike, b: ArrayLike, axes: Sequence[int] | None = None) -> ndarray:
    """Solve ``tensordot(a, x, axes=x.ndim) == b`` for ``x``, as ``numpy.linalg.tensorsolve``.

    ``axes`` moves those axes of ``a`` to the end first. ``x`` has shape
    ``a.shape[b.ndim:]``; ``LinAlgError`` unless that has as many elements as ``b``.
    """
