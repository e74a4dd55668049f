"""Rearranging elements on tensors: flip, roll, rot90 and tile.

Every result is a new tensor: PyTorch has no negative strides, so the reversed views NumPy
returns from flip and rot90 are copies here.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence

import torch

from ._shape_impl import axis_index, axis_tuple

_SIGNED_OF = {
    torch.uint16: torch.int16,
    torch.uint32: torch.int32,
    torch.uint64: torch.int64,
}


def _signed(t: torch.Tensor) -> torch.Tensor:
    """A same-width signed view of uint16/32/64 data, which PyTorch lacks kernels for."""
    sd = _SIGNED_OF.get(t.dtype)
    return t if sd is None else t.view(sd)


def _back(r: torch.Tensor, dt: torch.dtype) -> torch.Tensor:
    return r.view(dt) if r.dtype is not dt else r


def flip(m: torch.Tensor, axis: object) -> torch.Tensor:
    """``numpy.flip``: the order of the elements reversed along ``axis`` (every axis if None)."""
    dims = tuple(range(m.dim())) if axis is None else axis_tuple(axis, m.dim())
    return _back(_signed(m).flip(dims), m.dtype) if dims else m.clone()


def roll(a: torch.Tensor, shifts: list[int], axes: list[int] | None) -> torch.Tensor:
    """``numpy.roll``: ``shifts[i]`` steps along ``axes[i]`` (repeats add up); the flattened
    array when ``axes`` is None."""
    if axes is None:
        flat = a.reshape(-1)
        return roll(flat, [sum(shifts)], [0]).reshape(a.shape)
    total = [0] * a.dim()
    for s, ax in zip(shifts, axes, strict=True):
        total[axis_index(ax, a.dim())] += s
    dims = [d for d in range(a.dim()) if a.shape[d] and total[d] % a.shape[d]]
    if not dims:
        return a.clone()
    return _back(torch.roll(_signed(a), [total[d] % a.shape[d] for d in dims], dims), a.dtype)


def rot90(m: torch.Tensor, k: int, axes: Sequence[int]) -> torch.Tensor:
    """``numpy.rot90``: ``k`` quarter turns from the first of ``axes`` towards the second."""
    axes = tuple(axes)
    if len(axes) != 2:
        raise ValueError("len(axes) must be 2.")
    nd = m.dim()
    a0, a1 = (operator.index(x) for x in axes)
    if a0 == a1 or abs(a0 - a1) == nd:
        raise ValueError("Axes must be different.")
    if not (-nd <= a0 < nd and -nd <= a1 < nd):
        raise ValueError(f"Axes={axes} out of range for array of ndim={nd}.")
    k = operator.index(k) % 4
    a0, a1 = a0 % nd, a1 % nd
    if k == 0:
        return m
    s = _signed(m)
    if k == 2:
        return _back(s.flip((a0, a1)), m.dtype)
    perm = list(range(nd))
    perm[a0], perm[a1] = perm[a1], perm[a0]
    if k == 1:
        return _back(s.flip(a1).permute(perm).contiguous(), m.dtype)
    return _back(s.permute(perm).flip(a1), m.dtype)


def tile(a: torch.Tensor, reps: tuple[int, ...]) -> torch.Tensor:
    """``numpy.tile``: ``a`` repeated ``reps[i]`` times along axis i (aligned to the right)."""
    if any(r < 0 for r in reps):
        raise ValueError("negative dimensions are not allowed")
    nd = max(a.dim(), len(reps))
    src = a.reshape((1,) * (nd - a.dim()) + tuple(a.shape))
    full = (1,) * (nd - len(reps)) + reps
    return _back(_signed(src).repeat(full), a.dtype) if nd else src.clone()
