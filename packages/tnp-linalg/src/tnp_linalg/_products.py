"""The public products of ``tnp_linalg``: the Array API's linear-algebra functions.

``matmul``, ``diagonal`` and ``trace`` are tnp-core's, restricted to matrices (last two
axes) as in ``numpy.linalg``; ``outer``, ``cross``, ``tensordot``, ``vecdot`` and
``multi_dot`` are computed here. Result dtypes follow NumPy's promotion (tnp-core's
``promote_torch``); integer arithmetic wraps around as NumPy's does.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import reduce
from typing import Any, cast

import torch

import tnp_core
from tnp_core.extending import (
    ArrayLike,
    DTypeLike,
    as_tensor,
    ndarray,
    normalize_axis_index,
    promote_torch,
    wrap,
)

from . import _products_impl as _impl

__all__ = [
    "cross",
    "diagonal",
    "matmul",
    "matrix_transpose",
    "multi_dot",
    "outer",
    "tensordot",
    "trace",
    "vecdot",
]


def _array(t: torch.Tensor) -> ndarray:
    return cast(ndarray, wrap(t))


def outer(x1: ArrayLike, x2: ArrayLike, /) -> ndarray:
    """Outer product of two 1-D arrays, as ``numpy.linalg.outer`` (``ValueError`` otherwise)."""
    a, b = as_tensor(x1), as_tensor(x2)
    return _array(_impl.outer(a, b, promote_torch(a.dtype, b.dtype)))


def cross(x1: ArrayLike, x2: ArrayLike, /, *, axis: int = -1) -> ndarray:
    """Cross product of 3-vectors along ``axis``, as ``numpy.linalg.cross``.

    Both arrays must have length 3 along ``axis`` (2-vectors are not accepted, unlike
    ``numpy.cross``); the other axes broadcast. bool input raises ``TypeError`` as NumPy.
    """
    a, b = as_tensor(x1), as_tensor(x2)
    return _array(_impl.cross(a, b, axis, promote_torch(a.dtype, b.dtype)))


def matmul(x1: ArrayLike, x2: ArrayLike, /) -> ndarray:
    """Matrix product, as ``numpy.linalg.matmul`` (``numpy.matmul`` without ``out=``)."""
    return tnp_core.matmul(x1, x2)


def tensordot(x1: ArrayLike, x2: ArrayLike, /, *, axes: Any = 2) -> ndarray:
    """Sum of products over the given axes, as ``numpy.linalg.tensordot``.

    ``axes`` is an int N (last N axes of ``x1`` against the first N of ``x2``) or a pair
    of axis lists. A bool result is the logical "any of the ands", as NumPy's.
    """
    a, b = as_tensor(x1), as_tensor(x2)
    return _array(_impl.tensordot(a, b, axes, promote_torch(a.dtype, b.dtype)))


def vecdot(x1: ArrayLike, x2: ArrayLike, /, *, axis: int = -1) -> ndarray:
    """Vector dot product ``sum(conj(x1) * x2)`` along ``axis``, as ``numpy.linalg.vecdot``.

    The other axes broadcast; ``axis`` is read against each operand's dimensions.
    """
    a, b = as_tensor(x1), as_tensor(x2)
    for i, t in enumerate((a, b)):
        if t.dim() == 0:
            raise ValueError(
                f"vecdot: Input operand {i} does not have enough dimensions (has 0, gufunc "
                "core with signature (n),(n)->() requires 1)"
            )
    axis1 = normalize_axis_index(axis, a.dim())
    axis2 = normalize_axis_index(axis, b.dim())
    return _array(_impl.vecdot(a, b, axis1, axis2, promote_torch(a.dtype, b.dtype)))


def matrix_transpose(x: ArrayLike, /) -> ndarray:
    """Swap the last two axes, as ``numpy.linalg.matrix_transpose``; a view of ``x``."""
    arr = x if isinstance(x, ndarray) else tnp_core.asarray(x)
    if arr.ndim < 2:
        raise ValueError(f"Input array must be at least 2-dimensional, but it is {arr.ndim}")
    return arr.swapaxes(-1, -2)


def diagonal(x: ArrayLike, /, *, offset: int = 0) -> ndarray:
    """Diagonals of the matrices in the last two axes, as ``numpy.linalg.diagonal``.

    As ``tnp_core.diagonal``, the result is a view of a tnp array (NumPy's is read-only).
    """
    return tnp_core.diagonal(x, offset, -2, -1)


def trace(x: ArrayLike, /, *, offset: int = 0, dtype: DTypeLike = None) -> ndarray:
    """Sums of the diagonals of the matrices in the last two axes, as ``numpy.linalg.trace``."""
    return tnp_core.trace(x, offset, -2, -1, dtype=dtype)


_BAD_OUT = (
    "output array is not acceptable (must have the right datatype, number of dimensions, "
    "and be a C-Array)"
)


def multi_dot(arrays: Sequence[ArrayLike], *, out: ndarray | None = None) -> ndarray:
    """Chained ``dot`` of two or more arrays in the cheapest order (``numpy.linalg.multi_dot``).

    The first array may be 1-D (a row vector) and the last 1-D (a column vector); all
    others must be 2-D. With three or more arrays the evaluation order minimizes the
    number of scalar multiplications. ``out`` must have exactly the result's dtype and the
    2-D product's shape, as NumPy requires.
    """
    tensors = [as_tensor(x) for x in arrays]
    dtype = reduce(promote_torch, (t.dtype for t in tensors)) if tensors else torch.float64
    result = _impl.multi_dot(tensors, dtype)
    if out is None:
        return _array(result)
    if not isinstance(out, ndarray):
        raise TypeError(f"return arrays must be of ArrayType, not {type(out).__name__}")
    target = out.tensor
    n = len(tensors)
    shape = tuple(result.shape)
    if n > 2:
        rows = 1 if tensors[0].dim() == 1 else tensors[0].shape[0]
        cols = 1 if tensors[-1].dim() == 1 else tensors[-1].shape[-1]
        shape = (rows, cols)
    if target.dtype is not dtype or tuple(target.shape) != shape or not target.is_contiguous():
        raise ValueError(_BAD_OUT)
    target.copy_(result.reshape(shape))
    if shape == tuple(result.shape):
        return out
    return _array(target.reshape(result.shape))
