"""Rearranging elements in the main namespace: flip, fliplr, flipud, roll, rot90 and tile.

NumPy returns views from flip, fliplr, flipud and rot90 (negative strides); PyTorch tensors
cannot have negative strides, so tnp returns copies (``rot90`` with ``k % 4 == 0`` is a view,
as in NumPy).
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from typing import Any

from . import _rearranging_impl as _impl
from . import _shape, _shape_impl
from ._ndarray import ndarray
from ._normalizer import as_tensor

__all__ = ["flip", "fliplr", "flipud", "roll", "rot90", "tile"]


def flip(m: Any, axis: int | Sequence[int] | None = None) -> ndarray:
    """The elements in reverse order along ``axis`` (every axis when None), as
    ``numpy.flip``; a copy, where NumPy gives a view."""
    return ndarray._from_tensor(_impl.flip(as_tensor(m), axis))


def fliplr(m: Any) -> ndarray:
    """The columns (second axis) in reverse order, as ``numpy.fliplr``; a copy."""
    t = as_tensor(m)
    if t.dim() < 2:
        raise ValueError("Input must be >= 2-d.")
    return ndarray._from_tensor(_impl.flip(t, 1))


def flipud(m: Any) -> ndarray:
    """The rows (first axis) in reverse order, as ``numpy.flipud``; a copy."""
    t = as_tensor(m)
    if t.dim() < 1:
        raise ValueError("Input must be >= 1-d.")
    return ndarray._from_tensor(_impl.flip(t, 0))


def _ints(x: Any) -> tuple[list[int], int]:
    """A scalar or 1-D sequence of ints, and its dimensions (0 or 1; 2 means deeper)."""
    if isinstance(x, ndarray):
        x = x.tolist()
    if isinstance(x, (list, tuple)):
        if any(isinstance(v, (list, tuple)) for v in x):
            return [], 2
        return [int(v) for v in x], 1
    return [int(x)], 0


def roll(a: Any, shift: Any, axis: int | Sequence[int] | None = None) -> ndarray:
    """The elements shifted cyclically by ``shift`` along ``axis`` (of the flattened array
    when None), as ``numpy.roll``; ``shift`` and ``axis`` may be sequences, broadcast
    against each other, and shifts along the same axis add up."""
    t = as_tensor(a)
    shifts, snd = _ints(shift)
    if axis is None:
        if snd > 1:
            raise ValueError("'shift' and 'axis' should be scalars or 1D sequences")
        return ndarray._from_tensor(_impl.roll(t, shifts, None))
    axes, and_ = _ints(axis)
    if snd > 1 or and_ > 1:
        raise ValueError("'shift' and 'axis' should be scalars or 1D sequences")
    for ax in axes:
        _shape_impl.axis_index(ax, t.dim())
    if len(shifts) != len(axes):
        if len(shifts) == 1:
            shifts = shifts * len(axes)
        elif len(axes) == 1:
            axes = axes * len(shifts)
        else:
            raise ValueError(
                "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is "
                f"between arg 0 with shape ({len(shifts)},) and arg 1 with shape "
                f"({len(axes)},)."
            )
    return ndarray._from_tensor(_impl.roll(t, shifts, axes))


def rot90(m: Any, k: int = 1, axes: Sequence[int] = (0, 1)) -> ndarray:
    """The array turned by ``k`` quarter turns in the plane of ``axes``, from the first axis
    towards the second, as ``numpy.rot90``; a copy, except a view when ``k % 4 == 0``."""
    arr = _shape._array(m)
    r = _impl.rot90(arr._t, k, axes)
    if r is arr._t:
        return _shape._view(r.view(r.shape), arr)
    return ndarray._from_tensor(r)


def tile(A: Any, reps: int | Sequence[int]) -> ndarray:
    """``A`` repeated ``reps`` times along each axis, as ``numpy.tile``: ``reps`` aligns to
    ``A``'s last axes, and ``A`` gains leading axes when ``reps`` is longer. Always a copy."""
    try:
        tup = tuple(operator.index(r) for r in reps)  # type: ignore[union-attr]
    except TypeError:
        if hasattr(reps, "__iter__"):
            raise
        tup = (operator.index(reps),)
    return ndarray._from_tensor(_impl.tile(as_tensor(A), tup))
