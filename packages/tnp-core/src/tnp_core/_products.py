# mypy: disable-error-code="empty-body"
"""Products of the main namespace: dot, vdot, inner, outer, tensordot, kron, cross, einsum,
einsum_path.

Declarations bound by ``normalize`` to ``_products_impl``; ``einsum`` and ``einsum_path``
(variadic operands in two spellings) convert their arguments here.
"""

from __future__ import annotations

from typing import Any

from . import _products_impl as _impl
from ._ndarray import ndarray
from ._normalizer import (
    ArrayLike,
    DTypeLike,
    OutArray,
    as_tensor,
    normalize,
    normalize_casting,
    normalize_dtype,
    out_tensor,
    wrap,
)

__all__ = [
    "cross",
    "dot",
    "einsum",
    "einsum_path",
    "inner",
    "kron",
    "outer",
    "tensordot",
    "vdot",
]


@normalize(_impl.dot)
def dot(a: ArrayLike, b: ArrayLike, out: OutArray = None) -> ndarray:
    """Dot product as ``numpy.dot``: elementwise with a 0-D operand, else the last axis of
    ``a`` summed against the second-to-last of ``b`` (its only axis when 1-D).

    ``out`` must have exactly the result's dtype and shape and be C-contiguous, as NumPy
    requires (``ValueError`` otherwise). Python scalars promote as int64/float64/complex128
    arrays, as in NumPy's ``dot``.
    """


@normalize(_impl.vdot)
def vdot(a: ArrayLike, b: ArrayLike, /) -> ndarray:
    """Flattened dot product with ``a`` conjugated first, as ``numpy.vdot``; the arrays must
    have the same number of elements."""


@normalize(_impl.inner)
def inner(a: ArrayLike, b: ArrayLike, /) -> ndarray:
    """Sum of products over the last axes of ``a`` and ``b``, as ``numpy.inner``; the
    result's shape is ``a.shape[:-1] + b.shape[:-1]`` (elementwise with a 0-D operand)."""


@normalize(_impl.outer, out_casting="same_kind")
def outer(a: ArrayLike, b: ArrayLike, out: OutArray = None) -> ndarray:
    """Outer product of the flattened arrays, shape ``(a.size, b.size)``, as
    ``numpy.outer``; ``out`` follows the ufunc rules (same_kind casting)."""


@normalize(_impl.tensordot)
def tensordot(a: ArrayLike, b: ArrayLike, axes: Any = 2) -> ndarray:
    """Tensor contraction as ``numpy.tensordot``.

    ``axes=N`` sums the last N axes of ``a`` against the first N of ``b``; ``axes=(axes_a,
    axes_b)`` names the paired axes (ints or sequences). The result has the free axes of
    ``a`` then those of ``b``.
    """


@normalize(_impl.kron)
def kron(a: ArrayLike, b: ArrayLike) -> ndarray:
    """Kronecker product as ``numpy.kron``: the shorter shape gets leading ones, and the
    result's shape is the elementwise product of the shapes."""


@normalize(_impl.cross)
def cross(
    a: ArrayLike,
    b: ArrayLike,
    axisa: int = -1,
    axisb: int = -1,
    axisc: int = -1,
    axis: int | None = None,
) -> ndarray:
    """Cross product of 3-vectors along ``axisa``/``axisb``, put on ``axisc``, as
    ``numpy.cross`` (``axis`` sets all three).

    2-vectors work as in NumPy 2, with its ``DeprecationWarning``: a missing third component
    is zero, and two 2-vectors give only the z component (``axisc`` is then unused).
    """


def _split_operands(operands: tuple[Any, ...]) -> tuple[str, list[Any]]:
    if not operands:
        raise ValueError("No input operands")
    if isinstance(operands[0], str):
        return operands[0], list(operands[1:])
    return _impl.sublist_to_subscripts(operands)


def einsum(
    *operands: Any,
    out: ndarray | None = None,
    dtype: DTypeLike = None,
    order: str = "K",
    casting: str = "safe",
    optimize: Any = False,
) -> ndarray:
    """Einstein summation as ``numpy.einsum``.

    Both spellings work: ``einsum('ij,jk->ik', a, b)`` and ``einsum(a, [0, 1], b, [1, 2],
    [0, 2])``, with ``...`` (``Ellipsis`` in sublists) for broadcast dimensions and the
    implicit output (ellipsis dimensions, then the labels used once, in ASCII order) when
    ``->`` is missing. Repeated labels take diagonals; size-1 dimensions broadcast.

    The computation dtype is NumPy's: ``dtype`` when given (each operand cast under
    ``casting``), else the promotion of the operands and ``out``. Integers wrap and bools
    are logical, as in NumPy, computed exactly on every device. ``optimize`` is accepted
    and checked (as for ``einsum_path``); it does not change the result. ``order`` is
    accepted; results are C-contiguous. Differences: the result is always a new array
    (NumPy returns a view for pure transposes and diagonals such as ``'ii->i'``).
    """
    subscripts, ops = _split_operands(operands)
    tensors = [as_tensor(op) for op in ops]
    if order not in ("K", "A", "C", "F"):
        raise ValueError(f"order must be one of 'C', 'F', 'A', or 'K' (got {order!r})")
    casting = normalize_casting(casting)
    if optimize is not False and optimize is not None:
        _impl.einsum_path(subscripts, [tuple(t.shape) for t in tensors], optimize)
    out_t = out_tensor(out) if out is not None else None
    r = _impl.einsum(subscripts, tensors, out_t, normalize_dtype(dtype), casting)
    if out is not None:
        return out
    return wrap(r)  # type: ignore[no-any-return]


def einsum_path(
    *operands: Any, optimize: Any = "greedy", einsum_call: bool = False
) -> tuple[list[Any], str]:
    """The contraction order for an einsum and a printable report, as
    ``numpy.einsum_path``.

    ``optimize`` is 'greedy' (default; True means it), 'optimal', False (one contraction of
    everything), ``(name, memory_limit)``, or an explicit ``['einsum_path', (i, j), ...]``.
    The path is chosen by NumPy's algorithms and cost model, so it is NumPy's path; the
    report has NumPy's layout (labels standing for ``...`` dimensions may be other letters
    than NumPy's, whose choice varies from run to run). ``einsum_call`` is not supported.
    """
    if einsum_call:
        raise NotImplementedError("einsum_path: einsum_call=True is internal to NumPy")
    subscripts, ops = _split_operands(operands)
    shapes = [tuple(as_tensor(op).shape) for op in ops]
    return _impl.einsum_path(subscripts, shapes, optimize)
