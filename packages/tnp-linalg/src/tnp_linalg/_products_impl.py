"""Tensor implementations of the products in ``numpy.linalg``.

``outer``, ``cross``, ``tensordot``, ``vecdot`` and ``multi_dot``. The wrapper module works
out the result dtype with tnp-core's promotion (``dtype`` below); these functions compute
in a dtype torch supports for the operation and give the result in that dtype, with
NumPy's wrap-around for integers and logical results for bool.

Only torch, the standard library and other ``*_impl`` modules are imported here.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from typing import Any

import torch

from ._linalg_impl import assert_2d, broadcast_batch

__all__ = ["cross", "dot", "multi_dot", "outer", "tensordot", "vecdot"]


def _compute_dtype(dt: torch.dtype) -> torch.dtype:
    """The dtype to multiply and add in for a result of dtype ``dt``.

    Integers other than int64 compute in int64: products and sums wrap modulo 2**64 there,
    and casting back wraps modulo the narrower width, which is NumPy's arithmetic. bool
    computes in int64 too and reads any nonzero as True.
    """
    if dt.is_floating_point or dt.is_complex:
        return dt
    return torch.int64


def _finish(t: torch.Tensor, dt: torch.dtype) -> torch.Tensor:
    return t != 0 if dt is torch.bool else t.to(dt)


def _shape_str(shape: Sequence[int]) -> str:
    return "(" + ",".join(str(d) for d in shape) + ("," if len(shape) == 1 else "") + ")"


def outer(x1: torch.Tensor, x2: torch.Tensor, dtype: torch.dtype) -> torch.Tensor:
    """``numpy.linalg.outer``: ``x1[i] * x2[j]`` for two 1-D arrays."""
    if x1.dim() != 1 or x2.dim() != 1:
        raise ValueError(
            "Input arrays must be one-dimensional, but they are "
            f"x1.ndim={x1.dim()} and x2.ndim={x2.dim()}."
        )
    if dtype is torch.bool:
        return x1.to(torch.bool)[:, None] & x2.to(torch.bool)[None, :]
    c = _compute_dtype(dtype)
    return _finish(x1.to(c)[:, None] * x2.to(c)[None, :], dtype)


def cross(x1: torch.Tensor, x2: torch.Tensor, axis: int, dtype: torch.dtype) -> torch.Tensor:
    """``numpy.linalg.cross``: cross products of (stacks of) 3-vectors along ``axis``."""
    for x in (x1, x2):
        if not -x.dim() <= axis < x.dim():
            raise IndexError("tuple index out of range")
    n1, n2 = x1.shape[axis], x2.shape[axis]
    if n1 != 3 or n2 != 3:
        raise ValueError(
            "Both input arrays must be (arrays of) 3-dimensional vectors, but they are "
            f"{n1} and {n2} dimensional instead."
        )
    if dtype is torch.bool:
        raise TypeError(
            "numpy boolean subtract, the `-` operator, is not supported, use the "
            "bitwise_xor, the `^` operator, or the logical_xor function instead."
        )
    a = torch.movedim(x1, axis, -1)
    b = torch.movedim(x2, axis, -1)
    batch = broadcast_batch(tuple(a.shape[:-1]), tuple(b.shape[:-1]))
    if batch is None:
        raise ValueError(
            "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is "
            f"between arg 0 with shape {_shape_str(a.shape[:-1])} and arg 1 with shape "
            f"{_shape_str(b.shape[:-1])}."
        )
    c = _compute_dtype(dtype)
    a = a.to(c).expand(*batch, 3)
    b = b.to(c).expand(*batch, 3)
    result = torch.linalg.cross(a, b, dim=-1).to(dtype)
    out_axis = axis + len(batch) + 1 if axis < 0 else axis
    if not 0 <= out_axis <= len(batch):
        raise IndexError(
            f"axisc: axis {axis} is out of bounds for array of dimension {len(batch) + 1}"
        )
    return torch.movedim(result, -1, out_axis)


def _as_axis_list(axes: Any) -> list[Any]:
    try:
        return list(axes)
    except TypeError:
        return [axes]


def tensordot(x1: torch.Tensor, x2: torch.Tensor, axes: Any, dtype: torch.dtype) -> torch.Tensor:
    """``numpy.tensordot``: sums of products over the given axes of ``x1`` and ``x2``.

    ``axes`` is an int N (the last N axes of ``x1`` with the first N of ``x2``) or a pair
    of axis sequences (or single axes), as in NumPy.
    """
    try:
        iter(axes)
    except TypeError:
        n = int(axes)
        axes_a: list[Any] = list(range(-n, 0))
        axes_b: list[Any] = list(range(n))
    else:
        axes_a, axes_b = axes
        axes_a = _as_axis_list(axes_a)
        axes_b = _as_axis_list(axes_b)
    if len(set(axes_a)) != len(axes_a) or len(set(axes_b)) != len(axes_b):
        raise ValueError("duplicate axes are not allowed in tensordot")
    sa, sb = tuple(x1.shape), tuple(x2.shape)
    if len(axes_a) != len(axes_b):
        raise ValueError("shape-mismatch for sum")
    ia: list[int] = []
    ib: list[int] = []
    for ka, kb in zip(axes_a, axes_b, strict=True):
        try:
            if sa[ka] != sb[kb]:
                raise ValueError("shape-mismatch for sum")
        except IndexError:
            raise IndexError("tuple index out of range") from None
        ia.append(ka % x1.dim())
        ib.append(kb % x2.dim())
    if len(set(ia)) != len(ia) or len(set(ib)) != len(ib):
        raise ValueError("repeated axis in transpose")
    c = _compute_dtype(dtype)
    return _finish(torch.tensordot(x1.to(c), x2.to(c), dims=(ia, ib)), dtype)


def dot(x1: torch.Tensor, x2: torch.Tensor, dtype: torch.dtype) -> torch.Tensor:
    """``numpy.dot``: product over the last axis of ``x1`` and the second-to-last of ``x2``."""
    if x1.dim() == 0 or x2.dim() == 0:
        c = _compute_dtype(dtype)
        return _finish(x1.to(c) * x2.to(c), dtype)
    b_axis = 0 if x2.dim() == 1 else x2.dim() - 2
    if x1.shape[-1] != x2.shape[b_axis]:
        raise ValueError(
            f"shapes {_shape_str(x1.shape)} and {_shape_str(x2.shape)} not aligned: "
            f"{x1.shape[-1]} (dim {x1.dim() - 1}) != {x2.shape[b_axis]} (dim {b_axis})"
        )
    return tensordot(x1, x2, ([x1.dim() - 1], [b_axis]), dtype)


def vecdot(
    x1: torch.Tensor, x2: torch.Tensor, axis1: int, axis2: int, dtype: torch.dtype
) -> torch.Tensor:
    """``numpy.linalg.vecdot``: ``sum(conj(x1) * x2)`` along one axis, other axes broadcast.

    ``axis1``/``axis2`` are the wrapper's normalization of the one ``axis`` for each
    operand (non-negative).
    """
    a = torch.movedim(x1, axis1, -1)
    b = torch.movedim(x2, axis2, -1)
    if a.shape[-1] != b.shape[-1]:
        raise ValueError(
            "vecdot: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
            f"signature (n),(n)->() (size {b.shape[-1]} is different from {a.shape[-1]})"
        )
    if broadcast_batch(tuple(a.shape[:-1]), tuple(b.shape[:-1])) is None:
        raise ValueError(
            "operands could not be broadcast together with remapped shapes "
            f"[original->remapped]: {_shape_str(x1.shape)}->{_shape_str(a.shape[:-1])} "
            f"{_shape_str(x2.shape)}->{_shape_str(b.shape[:-1])}  and requested shape ()"
        )
    if dtype is torch.bool:
        return (a.to(torch.bool) & b.to(torch.bool)).any(dim=-1)
    c = _compute_dtype(dtype)
    a = a.to(c)
    if a.is_complex():
        a = a.conj()
    return _finish((a * b.to(c)).sum(dim=-1), dtype)


def _chain_order(dims: list[int]) -> list[list[int]]:
    """Split points of the cheapest parenthesisation of a matrix chain (classic DP).

    ``dims`` has the row counts of the matrices and then the last one's column count;
    ``split[i][j]`` is where the product of matrices i..j is best cut in two.
    """
    n = len(dims) - 1
    cost = [[0.0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(1, n):
        for i in range(n - length):
            j = i + length
            cost[i][j] = math.inf
            for k in range(i, j):
                q = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1]
                if q < cost[i][j]:
                    cost[i][j] = q
                    split[i][j] = k
    return split


def multi_dot(arrays: Sequence[torch.Tensor], dtype: torch.dtype) -> torch.Tensor:
    """``numpy.linalg.multi_dot``: the chained ``dot`` in the cheapest evaluation order.

    A 1-D first (last) array is a row (column) vector; the result drops those dimensions.
    """
    n = len(arrays)
    if n < 2:
        raise ValueError("Expecting at least two arrays.")
    if n == 2:
        return dot(arrays[0], arrays[1], dtype)
    mats = list(arrays)
    first_1d, last_1d = mats[0].dim() == 1, mats[-1].dim() == 1
    if first_1d:
        mats[0] = mats[0][None, :]
    if last_1d:
        mats[-1] = mats[-1][:, None]
    assert_2d(*mats)
    c = _compute_dtype(dtype)
    mats = [m.to(c) for m in mats]
    for left, right in itertools.pairwise(mats):
        if left.shape[1] != right.shape[0]:
            raise ValueError(
                f"shapes {_shape_str(left.shape)} and {_shape_str(right.shape)} not aligned: "
                f"{left.shape[1]} (dim 1) != {right.shape[0]} (dim 0)"
            )
    split = _chain_order([m.shape[0] for m in mats] + [mats[-1].shape[1]])

    def product(i: int, j: int) -> torch.Tensor:
        if i == j:
            return mats[i]
        k = split[i][j]
        p = product(i, k) @ product(k + 1, j)
        # bool chains: keep 0/1 values so that long chains cannot overflow
        return (p != 0).to(c) if dtype is torch.bool else p

    result = _finish(product(0, n - 1), dtype)
    if first_1d and last_1d:
        return result[0, 0]
    if first_1d or last_1d:
        return result.reshape(-1)
    return result
