"""Shape manipulation on tensors: the axis arithmetic and the copying parts of reshape, ravel,
moveaxis, rollaxis, expand_dims, atleast_nd, broadcasting and resize.

Functions that make views return the viewing tensor; the wrapper module records the base.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Sequence
from typing import SupportsIndex

import torch

from .exceptions import AxisError


def axis_index(axis: object, ndim: int, prefix: str | None = None) -> int:
    """A non-negative axis for ``ndim`` dimensions, or ``AxisError`` as NumPy raises."""
    try:
        ax = operator.index(axis)  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(
            f"'{type(axis).__name__}' object cannot be interpreted as an integer"
        ) from None
    if not -ndim <= ax < ndim:
        raise AxisError(ax, ndim, prefix)
    return ax + ndim if ax < 0 else ax


def axis_tuple(
    axis: object, ndim: int, prefix: str | None = None, what: str = ""
) -> tuple[int, ...]:
    """Distinct non-negative axes from an int or a sequence of ints."""
    if isinstance(axis, Sequence) or (not hasattr(axis, "__index__") and hasattr(axis, "__iter__")):
        axes = tuple(axis_index(a, ndim, prefix) for a in axis)  # type: ignore[attr-defined,unused-ignore]
    else:
        axes = (axis_index(axis, ndim, prefix),)
    if len(set(axes)) != len(axes):
        raise ValueError(f"repeated axis in `{what}` argument" if what else "repeated axis")
    return axes


def reversed_axes(ndim: int) -> tuple[int, ...]:
    return tuple(range(ndim - 1, -1, -1))


def reshape_fortran(
    t: torch.Tensor, shape: tuple[int, ...], copy: bool | None
) -> tuple[torch.Tensor, bool]:
    """``t`` reshaped reading and writing the elements in Fortran order, and whether that is
    a view of ``t``.

    A view when the memory allows it (unless ``copy`` is True); ``copy=False`` refuses a copy.
    """
    rev_in = reversed_axes(t.dim())
    src = t.permute(rev_in)
    target = shape[::-1]
    if copy is not True:
        try:
            return src.view(target).permute(reversed_axes(len(shape))), True
        except RuntimeError as exc:
            if "view size is not compatible" not in str(exc):
                raise reshape_error(t.numel(), shape) from None
        if copy is False:
            raise ValueError("Unable to avoid creating a copy while reshaping.")
    try:
        out = src.reshape(target).clone()
    except RuntimeError:
        raise reshape_error(t.numel(), shape) from None
    return out.permute(reversed_axes(len(shape))), False


def reshape_error(size: int, shape: tuple[int, ...]) -> ValueError:
    if sum(1 for d in shape if d < 0) > 1:
        return ValueError("can only specify one unknown dimension")
    return ValueError(f"cannot reshape array of size {size} into shape {tuple(shape)}")


def memory_order(t: torch.Tensor) -> tuple[int, ...]:
    """The axes ordered from the largest stride to the smallest (ties keep their order)."""
    strides = t.stride()
    return tuple(sorted(range(t.dim()), key=lambda i: (-strides[i] if t.shape[i] != 1 else 0, i)))


def moveaxis_order(ndim: int, source: object, destination: object) -> tuple[int, ...]:
    """The permutation that moves ``source`` axes to ``destination`` positions."""
    src = axis_tuple(source, ndim, "source", "source")
    dst = axis_tuple(destination, ndim, "destination", "destination")
    if len(src) != len(dst):
        raise ValueError(
            "`source` and `destination` arguments must have the same number of elements"
        )
    order = [n for n in range(ndim) if n not in src]
    for d, s in sorted(zip(dst, src, strict=True)):
        order.insert(d, s)
    return tuple(order)


def rollaxis_order(ndim: int, axis: object, start: SupportsIndex) -> tuple[int, ...] | None:
    """The permutation of ``numpy.rollaxis``, or None when nothing moves."""
    ax = axis_index(axis, ndim)
    st = operator.index(start)
    if st < 0:
        st += ndim
    if not 0 <= st < ndim + 1:
        raise AxisError(
            f"'start' arg requires {-ndim} <= start < {ndim + 1}, but {operator.index(start)} "
            "was passed in"
        )
    if ax < st:
        st -= 1
    if ax == st:
        return None
    order = [n for n in range(ndim) if n != ax]
    order.insert(st, ax)
    return tuple(order)


def expanded_shape(shape: tuple[int, ...], axis: object) -> tuple[int, ...]:
    """The shape after inserting length-one axes at the positions ``axis`` of the result."""
    out_ndim = len(shape) + (len(axis) if type(axis) in (tuple, list) else 1)  # type: ignore[arg-type]
    axes = axis_tuple(axis, out_ndim)
    it = iter(shape)
    return tuple(1 if i in axes else next(it) for i in range(out_ndim))


def atleast_shape(shape: tuple[int, ...], n: int) -> tuple[int, ...]:
    """``numpy.atleast_{1,2,3}d`` shapes: 1-D becomes (1, N) and, for 3-D, (1, N, 1)."""
    nd = len(shape)
    if nd >= n:
        return shape
    if n == 1 or nd == 0:
        return (1,) * n
    if n == 2:
        return (1, *shape)
    return (1, shape[0], 1) if nd == 1 else (*shape, 1)


def broadcast_shapes(*shapes: tuple[int, ...]) -> tuple[int, ...]:
    """NumPy's broadcast of shapes, with its message naming the first mismatching pair."""
    nd = max((len(s) for s in shapes), default=0)
    out = [1] * nd
    owner = [-1] * nd
    for i, s in enumerate(shapes):
        for j, d in enumerate(s):
            if d < 0:
                raise ValueError("negative dimensions are not allowed")
            k = nd - len(s) + j
            if d == 1:
                continue
            if out[k] == 1:
                out[k] = d
                owner[k] = i
            elif out[k] != d:
                first = shapes[owner[k]]
                raise ValueError(
                    "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch "
                    f"is between arg {owner[k]} with shape {_fmt(first)} and arg {i} with "
                    f"shape {_fmt(s)}."
                )
    return tuple(out)


def _fmt(shape: tuple[int, ...]) -> str:
    return "(" + ",".join(str(d) for d in shape) + (",)" if len(shape) == 1 else ")")


def broadcast_to(t: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    """``t`` expanded to ``shape`` (a view, no copy), with NumPy's errors."""
    if any(d < 0 for d in shape):
        raise ValueError("all elements of broadcast shape must be non-negative")
    if t.dim() > len(shape):
        raise ValueError("input operand has more dimensions than allowed by the axis remapping")
    lead = len(shape) - t.dim()
    for d, n in zip(t.shape, shape[lead:], strict=True):
        if d != n and d != 1:
            raise ValueError(
                "operands could not be broadcast together with remapped shapes "
                f"[original->remapped]: {_fmt(tuple(t.shape))}  and requested shape "
                f"{_fmt(shape)}"
            )
    return t.expand(shape)


def resize(t: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    """``numpy.resize``: the flattened data repeated to fill ``shape`` (zeros when empty)."""
    if any(d < 0 for d in shape):
        raise ValueError("all elements of `new_shape` must be non-negative")
    size = math.prod(shape)
    if t.numel() == 0 or size == 0:
        return torch.zeros(shape, dtype=t.dtype, device=t.device)
    flat = t.reshape(-1)
    signed = _SIGNED_OF.get(t.dtype)
    if signed is not None:  # PyTorch lacks repeat kernels for uint16/32/64: move the bits
        flat = flat.view(signed)
    reps = -(-size // flat.numel())
    out = flat.repeat(reps)[:size].reshape(shape)
    return out.view(t.dtype) if signed is not None else out


_SIGNED_OF = {
    torch.uint16: torch.int16,
    torch.uint32: torch.int32,
    torch.uint64: torch.int64,
}
