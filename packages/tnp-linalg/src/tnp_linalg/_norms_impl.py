"""Tensor implementations of ``numpy.linalg.norm``, ``vector_norm``, ``matrix_norm``, ``cond``.

The reductions are written out the way NumPy computes them (sums of squares, not torch's
scaled norms), so results and overflow agree. Integer and bool input is first converted to
the default float dtype, as NumPy converts it to float64; float16 stays float16 for the
norms that need no SVD.

Only torch, the standard library and other ``*_impl`` modules are imported here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import torch

from . import _decompositions_impl as _dec
from ._linalg_impl import (
    LinAlgError,
    assert_stacked_square,
    common_types,
    default_float,
    real_of,
)

__all__ = ["cond", "matrix_norm", "norm", "vector_norm"]

_NO_IDENTITY = "zero-size array to reduction operation minimum which has no identity"


def _inexact(x: torch.Tensor) -> torch.Tensor:
    return x if x.dtype.is_floating_point or x.dtype.is_complex else x.to(default_float())


def _abs2(x: torch.Tensor) -> torch.Tensor:
    """``|x|**2`` as NumPy's ``(x.conj() * x).real``."""
    return x.real * x.real + x.imag * x.imag if x.is_complex() else x * x


def _max0(t: torch.Tensor, dim: int) -> torch.Tensor:
    """Maximum along ``dim`` with NumPy's ``initial=0`` (0 for an empty axis)."""
    if t.shape[dim] == 0:
        return torch.zeros_like(t.sum(dim=dim))
    return t.amax(dim=dim)


def _min(t: torch.Tensor, dim: int) -> torch.Tensor:
    if t.shape[dim] == 0:
        raise ValueError(_NO_IDENTITY)
    return t.amin(dim=dim)


def _vector_norm_axis(x: torch.Tensor, ord: Any, dim: int) -> torch.Tensor:
    """The vector norm of order ``ord`` along one axis (``x`` inexact)."""
    if ord is None or ord == 2:
        return torch.sqrt(_abs2(x).sum(dim=dim))
    if isinstance(ord, str):
        raise ValueError(f"Invalid norm order '{ord}' for vectors")
    if ord == math.inf:
        return _max0(x.abs(), dim)
    if ord == -math.inf:
        return _min(x.abs(), dim)
    if ord == 0:
        return (x != 0).to(real_of(x.dtype)).sum(dim=dim)
    if ord == 1:
        return x.abs().sum(dim=dim)
    total: torch.Tensor = (x.abs() ** ord).sum(dim=dim)
    return total.pow(1.0 / ord)


def _svdvals_along(x: torch.Tensor, row: int, col: int) -> torch.Tensor:
    s = _dec.svdvals(torch.movedim(x, (row, col), (-2, -1)))
    return s


def _matrix_norm_axes(x: torch.Tensor, ord: Any, row: int, col: int) -> torch.Tensor:
    """The matrix norm of order ``ord`` over axes ``row`` and ``col`` (non-negative, distinct)."""
    if ord == 2:
        return _max0(_svdvals_along(x, row, col), -1)
    if ord == -2:
        return _min(_svdvals_along(x, row, col), -1)
    if ord == 1 or ord == -1:
        sums = x.abs().sum(dim=row)
        c = col - 1 if col > row else col
        return _max0(sums, c) if ord == 1 else _min(sums, c)
    if ord == math.inf or ord == -math.inf:
        sums = x.abs().sum(dim=col)
        r = row - 1 if row > col else row
        return _max0(sums, r) if ord == math.inf else _min(sums, r)
    if ord is None or ord in ("fro", "f"):
        return torch.sqrt(_abs2(x).sum(dim=(row, col)))
    if ord == "nuc":
        return _svdvals_along(x, row, col).sum(dim=-1)
    raise ValueError("Invalid norm order for matrices.")


def norm(x: torch.Tensor, ord: Any, axis: Any, keepdims: bool) -> torch.Tensor:
    """``numpy.linalg.norm``: vector norms over one axis, matrix norms over two.

    ``axis`` is None, an int or a tuple of ints, as NumPy takes it (unnormalized).
    """
    x = _inexact(x)
    nd = x.dim()
    if axis is None:
        if ord is None or (ord in ("f", "fro") and nd == 2) or (ord == 2 and nd == 1):
            result = torch.sqrt(_abs2(x).sum())
            return result.reshape((1,) * nd) if keepdims else result
        axes: tuple[Any, ...] = tuple(range(nd))
    elif isinstance(axis, tuple):
        axes = axis
    else:
        try:
            axes = (int(axis),)
        except (TypeError, ValueError):
            raise TypeError("'axis' must be None, an integer or a tuple of integers") from None
    if len(axes) == 1:
        dim = _axis_index(axes[0], nd)
        result = _vector_norm_axis(x, ord, dim)
        return result.unsqueeze(dim) if keepdims else result
    if len(axes) == 2:
        row, col = _axis_index(axes[0], nd), _axis_index(axes[1], nd)
        if row == col:
            raise ValueError("Duplicate axes given.")
        result = _matrix_norm_axes(x, ord, row, col)
        if keepdims:
            shape = list(x.shape)
            shape[row] = shape[col] = 1
            result = result.reshape(shape)
        return result
    raise ValueError("Improper number of dimensions to norm.")


# The wrapper module binds tnp-core's AxisError-raising axis check here.
def _unbound_axis_index(axis: int, ndim: int) -> int:
    if not -ndim <= axis < ndim:
        raise IndexError(f"axis {axis} is out of bounds for array of dimension {ndim}")
    return axis % ndim


_axis_index = _unbound_axis_index


def bind_axis_index(func: Any) -> None:
    """Use ``func(axis, ndim)`` (tnp-core's ``normalize_axis_index``) for axis checks."""
    global _axis_index
    _axis_index = func


def vector_norm(x: torch.Tensor, axis: Any, keepdims: bool, ord: Any) -> torch.Tensor:
    """``numpy.linalg.vector_norm``: a vector norm over all, one or several axes."""
    shape = list(x.shape)
    nd = x.dim()
    if axis is None:
        flat = x.reshape(-1)
        axes: Sequence[int] = range(nd)
    elif isinstance(axis, tuple):
        axes = [_axis_index(a, nd) for a in axis]
        if len(set(axes)) != len(axes):
            raise ValueError("repeated axis")
        rest = [i for i in range(nd) if i not in axes]
        flat = x.permute((*axes, *rest)).reshape(
            math.prod(shape[i] for i in axes), *(shape[i] for i in rest)
        )
    else:
        result = norm(x, ord, axis, False)
        axes = [_axis_index(axis, nd)]
        flat = None
    if flat is not None:
        result = norm(flat, ord, 0, False)
    if keepdims:
        for i in axes:
            shape[i] = 1
        result = result.reshape(shape)
    return result


def matrix_norm(x: torch.Tensor, keepdims: bool, ord: Any) -> torch.Tensor:
    """``numpy.linalg.matrix_norm``: ``norm`` over the last two axes."""
    return norm(x, ord, (-2, -1), keepdims)


def cond(x: torch.Tensor, p: Any) -> torch.Tensor:
    """``numpy.linalg.cond``: condition number in the norm ``p`` (2-norm by default).

    A singular matrix has condition number inf (unless it holds NaNs: then NaN), as in
    NumPy.
    """
    if x.numel() == 0 and math.prod(x.shape[-2:]) == 0:
        raise LinAlgError("cond is not defined on empty arrays")
    if p is None or p == 2 or p == -2:
        s = _dec.svdvals(x)
        r = s[..., -1] / s[..., 0] if p == -2 else s[..., 0] / s[..., -1]
    else:
        assert_stacked_square(x)
        compute, result = common_types(x)
        xc = x.to(compute)
        inverse, info = torch.linalg.inv_ex(xc)
        # NumPy's inverse of a singular matrix is all NaN here (errors are ignored)
        inverse = torch.where(
            (info != 0)[..., None, None],
            torch.full((), math.nan, dtype=compute, device=x.device),
            inverse,
        )
        r = norm(xc, p, (-2, -1), False) * norm(inverse, p, (-2, -1), False)
        r = r.to(real_of(result))
    x_nan = (
        torch.isnan(x).any(dim=-1).any(dim=-1) if x.is_floating_point() or x.is_complex() else None
    )
    inf = torch.full((), math.inf, dtype=r.dtype, device=r.device)
    mask = torch.isnan(r)
    if x_nan is not None:
        mask = mask & ~x_nan
    return torch.where(mask, inf, r)
