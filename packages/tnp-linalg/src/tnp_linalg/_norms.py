# mypy: disable-error-code="empty-body"
"""The public norms of ``tnp_linalg`` and ``cond``.

``ord``/``p`` take what NumPy takes: numbers (``inf`` and ``-inf`` included) and the
strings 'fro', 'f' and 'nuc'. Axis arguments are read as NumPy reads them: ``norm``'s
``axis`` chooses between a vector norm (one axis) and a matrix norm (two axes).
"""

from __future__ import annotations

from tnp_core.extending import ArrayLike, ndarray, normalize, normalize_axis_index

from . import _norms_impl as _impl

__all__ = ["cond", "matrix_norm", "norm", "vector_norm"]

_impl.bind_axis_index(normalize_axis_index)


@normalize(_impl.norm)
def norm(
    x: ArrayLike,
    ord: float | str | None = None,
    axis: int | tuple[int, ...] | None = None,
    keepdims: bool = False,
) -> ndarray:
    """Vector or matrix norm, as ``numpy.linalg.norm``.

    With ``axis=None`` a 1-D ``x`` gets a vector norm and a 2-D one a matrix norm (an
    N-D ``x`` only the default 2-norm of all elements); an int axis a vector norm along it,
    a pair of axes a matrix norm over them. Vector orders: any number, ``inf``, ``-inf``,
    0 (count of nonzeros); matrix orders: 'fro', 'nuc', 1, -1, 2, -2, ``inf``, ``-inf``.
    Integer and bool input computes in float64; float16 stays float16 except where an SVD
    is needed (orders 2, -2, 'nuc'), which raises ``TypeError`` as NumPy.
    """


@normalize(_impl.vector_norm)
def vector_norm(
    x: ArrayLike,
    /,
    *,
    axis: int | tuple[int, ...] | None = None,
    keepdims: bool = False,
    ord: float = 2,
) -> ndarray:
    """Vector norm over all elements, one axis or a tuple of axes (``numpy.linalg.vector_norm``).

    A tuple of axes is read as one flattened vector per remaining index.
    """


@normalize(_impl.matrix_norm)
def matrix_norm(
    x: ArrayLike, /, *, keepdims: bool = False, ord: float | str | None = "fro"
) -> ndarray:
    """Matrix norm over the last two axes, as ``numpy.linalg.matrix_norm`` (default 'fro')."""


@normalize(_impl.cond)
def cond(x: ArrayLike, p: float | str | None = None) -> ndarray:
    """Condition number of matrices, as ``numpy.linalg.cond``.

    ``p=None``/2/-2 use the singular values (any shape of matrix); other orders
    (1, -1, ``inf``, ``-inf``, 'fro', 'nuc') need square matrices and use the inverse. A
    singular matrix gives ``inf`` rather than an error; empty matrices raise
    ``LinAlgError``.
    """
