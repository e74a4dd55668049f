# mypy: disable-error-code="empty-body"
"""The public functions of ``tnp_linalg``, as declarations bound to ``_linalg_impl``.

Each function is a signature with tnp-core's annotation tags and a docstring; ``normalize``
from ``tnp_core.extending`` turns the arguments into tensors, calls the implementation and
wraps the result into ``tnp_core.ndarray``.
"""

from __future__ import annotations

from tnp_core.extending import ArrayLike, default_float_dtype, ndarray, normalize

from . import _linalg_impl as _impl

__all__ = ["det", "inv", "solve"]

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
