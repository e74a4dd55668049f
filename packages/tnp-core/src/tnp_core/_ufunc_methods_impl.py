"""Tensor helpers for the ufunc methods: folds, scans and the fast torch reductions.

A *kernel* is a ufunc's loop for one dtype (``_ufuncs_impl.kernel``): it combines two
tensors of that dtype elementwise. Folds and scans apply it along the last dimension,
vectorised over the others: reorderable (associative) ufuncs in a logarithmic number of
steps, the others strictly left to right, as NumPy does.
"""

from __future__ import annotations

from collections.abc import Callable

import torch

from . import _dtypes_impl as _di
from ._reductions_impl import running_product

Kernel = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]

_SIGN_BIT = -(2**63)


def fold_last(kernel: Kernel, t: torch.Tensor, reorderable: bool) -> torch.Tensor:
    """``t[..., 0] op t[..., 1] op ...`` along the last dimension (which is not empty)."""
    if reorderable:
        # pairwise: combine the two halves until one slice is left (an odd one waits)
        while t.shape[-1] > 1:
            n = t.shape[-1]
            half = n // 2
            paired = kernel(t[..., :half], t[..., half : 2 * half])
            t = torch.cat((paired, t[..., 2 * half :]), dim=-1) if n % 2 else paired
        return t[..., 0]
    acc = t[..., 0]
    for i in range(1, t.shape[-1]):
        acc = kernel(acc, t[..., i])
    return acc


def fold_last_masked(
    kernel: Kernel, t: torch.Tensor, mask: torch.Tensor, start: torch.Tensor
) -> torch.Tensor:
    """Left fold from ``start`` over the elements of ``t`` (last dimension) where ``mask``."""
    acc = start
    for i in range(t.shape[-1]):
        acc = torch.where(mask[..., i], kernel(acc, t[..., i]), acc)
    return acc


def scan_last(kernel: Kernel, t: torch.Tensor, reorderable: bool) -> torch.Tensor:
    """Running fold (``accumulate``) along the last dimension."""
    n = t.shape[-1]
    if n <= 1:
        return t.clone()
    if reorderable:
        # Hillis-Steele: after the step with offset k each element holds the fold of the
        # last 2k elements up to it
        offset = 1
        while offset < n:
            combined = kernel(t[..., : n - offset], t[..., offset:])
            t = torch.cat((t[..., :offset], combined), dim=-1)
            offset *= 2
        return t
    out = torch.empty_like(t)
    acc = t[..., 0]
    out[..., 0] = acc
    for i in range(1, n):
        acc = kernel(acc, t[..., i])
        out[..., i] = acc
    return out


def _int64_of(t: torch.Tensor) -> torch.Tensor:
    """uint16/32 as int64 values; uint64 as int64 bits."""
    return t.view(torch.int64) if t.dtype is _di.UINT64 else t.to(torch.int64)


def _from_int64(t: torch.Tensor, dtype: torch.dtype) -> torch.Tensor:
    return t.view(_di.UINT64) if dtype is _di.UINT64 else t.to(dtype)


def _order_key(t: torch.Tensor) -> torch.Tensor:
    """An int64 tensor ordered as the unsigned values (uint64: sign bit flipped)."""
    if t.dtype is _di.UINT64:
        return torch.bitwise_xor(t.view(torch.int64), _SIGN_BIT)
    return t.to(torch.int64)


def _from_key(t: torch.Tensor, dtype: torch.dtype) -> torch.Tensor:
    if dtype is _di.UINT64:
        return torch.bitwise_xor(t, _SIGN_BIT).view(_di.UINT64)
    return t.to(dtype)


def _flatten_dims(t: torch.Tensor, dims: tuple[int, ...]) -> torch.Tensor:
    """``t`` with the ``dims`` moved to the end and merged into one."""
    rest = [d for d in range(t.dim()) if d not in dims]
    moved = t.permute(*rest, *dims)
    return moved.reshape(*moved.shape[: len(rest)], -1)


def fast_reduce(name: str, t: torch.Tensor, dims: tuple[int, ...]) -> torch.Tensor | None:
    """The torch reduction for ufunc ``name`` over ``dims`` (non-empty), or None if none.

    ``t`` already has the loop dtype, which is also the result dtype.
    """
    dt = t.dtype
    kind = _di.kind(dt)
    if name == "add":
        if kind == "b":
            return torch.any(t, dim=dims)
        if dt in _di.UNSIGNED_WIDE:
            return _from_int64(torch.sum(_int64_of(t), dim=dims), dt)
        return torch.sum(t, dim=dims, dtype=dt)
    if name == "multiply":
        if kind == "b":
            return torch.all(t, dim=dims)
        flat = _flatten_dims(t, dims)
        if dt in _di.UNSIGNED_WIDE:
            return _from_int64(torch.prod(_int64_of(flat), dim=-1), dt)
        return torch.prod(flat, dim=-1, dtype=dt)
    if name in ("maximum", "minimum") and kind != "c":
        op = torch.amax if name == "maximum" else torch.amin
        if kind == "b":
            return op(t.to(torch.uint8), dim=dims).to(dt)
        if dt in _di.UNSIGNED_WIDE:
            return _from_key(op(_order_key(t), dim=dims), dt)
        return op(t, dim=dims)
    if name in ("logical_and", "logical_or") and kind == "b":
        return (torch.all if name == "logical_and" else torch.any)(t, dim=dims)
    return None


def fast_accumulate(name: str, t: torch.Tensor, dim: int) -> torch.Tensor | None:
    """The torch scan for ufunc ``name`` along ``dim``, or None if torch has none."""
    dt = t.dtype
    kind = _di.kind(dt)
    if kind == "b":
        if name in ("add", "logical_or", "maximum"):
            return torch.cummax(t.to(torch.uint8), dim).values.to(dt)
        if name in ("multiply", "logical_and", "minimum"):
            return torch.cummin(t.to(torch.uint8), dim).values.to(dt)
        return None
    if name == "add":
        if dt in _di.UNSIGNED_WIDE:
            return _from_int64(torch.cumsum(_int64_of(t), dim), dt)
        return torch.cumsum(t, dim, dtype=dt)
    if name == "multiply":
        if dt in _di.UNSIGNED_WIDE:
            return _from_int64(torch.cumprod(_int64_of(t), dim), dt)
        return running_product(t, dim).to(dt)
    if name in ("maximum", "minimum") and kind != "c":
        scan = torch.cummax if name == "maximum" else torch.cummin
        if dt in _di.UNSIGNED_WIDE:
            return _from_key(scan(_order_key(t), dim).values, dt)
        if dt is _di.FLOAT16 or dt is _di.BFLOAT16:
            return scan(t.to(torch.float32), dim).values.to(dt)
        return scan(t, dim).values
    return None


def occurrence_rank(flat_index: torch.Tensor) -> torch.Tensor:
    """For each position, how many earlier positions hold the same index (0 for the first)."""
    n = flat_index.numel()
    if n == 0:
        return torch.zeros_like(flat_index)
    order = torch.sort(flat_index, stable=True).indices
    ordered = flat_index[order]
    positions = torch.arange(n, device=flat_index.device)
    new_group = torch.ones(n, dtype=torch.bool, device=flat_index.device)
    new_group[1:] = ordered[1:] != ordered[:-1]
    group_start = torch.cummax(torch.where(new_group, positions, 0), 0).values
    rank = torch.empty_like(positions)
    rank[order] = positions - group_start
    return rank


def unravel(flat_index: torch.Tensor, shape: tuple[int, ...]) -> tuple[torch.Tensor, ...]:
    """The coordinate tensors of C-order flat indices into ``shape``."""
    coords = []
    rest = flat_index
    for size in reversed(shape):
        coords.append(torch.remainder(rest, size))
        rest = torch.div(rest, size, rounding_mode="floor")
    return tuple(reversed(coords))
