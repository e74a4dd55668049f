"""Joining and splitting on tensors: concatenate, stack, block, the split family, insert,
delete and trim_zeros.

Data movement on uint16/32/64 runs on a same-width signed view of the bits where PyTorch lacks
the kernel for the unsigned type; the bits (and so the values) are unchanged.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable
from typing import Any

import torch

from . import _dtypes_impl as _di
from ._shape_impl import axis_index

_SIGNED_OF = {
    torch.uint16: torch.int16,
    torch.uint32: torch.int32,
    torch.uint64: torch.int64,
}


def _signed(t: torch.Tensor) -> torch.Tensor:
    sd = _SIGNED_OF.get(t.dtype)
    return t if sd is None else t.view(sd)


def _unsigned(t: torch.Tensor, dt: torch.dtype) -> torch.Tensor:
    return t.view(dt) if dt in _SIGNED_OF else t


def _name(dt: torch.dtype) -> str:
    return str(dt).removeprefix("torch.")


def cast(t: torch.Tensor, dt: torch.dtype) -> torch.Tensor:
    """``t`` as ``dt`` (complex to real keeps the real part, as NumPy's unsafe cast)."""
    if t.dtype is dt:
        return t
    if t.is_complex() and not dt.is_complex:
        t = t.real
    return t.to(dt)


def check_cast(src: torch.dtype, dst: torch.dtype, casting: str) -> None:
    if not _di.can_cast(src, dst, casting):
        raise TypeError(
            f"Cannot cast array data from dtype('{_name(src)}') to dtype('{_name(dst)}') "
            f"according to the rule '{casting}'"
        )


def concatenate(
    tensors: list[torch.Tensor],
    axis: int | None,
    out: torch.Tensor | None,
    dtype: torch.dtype | None,
    casting: str,
) -> torch.Tensor:
    """``numpy.concatenate``: NumPy's shape checks and messages, NEP 50 result dtype."""
    if out is not None and dtype is not None:
        raise TypeError(
            "concatenate() only takes `out` or `dtype` as an argument, but both were provided."
        )
    if not tensors:
        raise ValueError("need at least one array to concatenate")
    if axis is None:
        tensors = [t.reshape(-1) for t in tensors]
        dim = 0
    else:
        first = tensors[0]
        nd = first.dim()
        if nd == 0:
            raise ValueError("zero-dimensional arrays cannot be concatenated")
        dim = axis_index(axis, nd)
        for i, t in enumerate(tensors[1:], 1):
            if t.dim() != nd:
                raise ValueError(
                    "all the input arrays must have same number of dimensions, but the array "
                    f"at index 0 has {nd} dimension(s) and the array at index {i} has "
                    f"{t.dim()} dimension(s)"
                )
            for d in range(nd):
                if d != dim and t.shape[d] != first.shape[d]:
                    raise ValueError(
                        "all the input array dimensions except for the concatenation axis "
                        f"must match exactly, but along dimension {d}, the array at index 0 "
                        f"has size {first.shape[d]} and the array at index {i} has size "
                        f"{t.shape[d]}"
                    )
    if out is not None:
        target = out.dtype
    elif dtype is not None:
        target = dtype
    else:
        target = _di.result_type(tuple(t.dtype for t in tensors), ())
    if out is not None or dtype is not None:
        for t in tensors:
            check_cast(t.dtype, target, casting)
    parts = [_signed(cast(t, target)) for t in tensors]
    if out is not None:
        shape = list(parts[0].shape)
        shape[dim] = sum(p.shape[dim] for p in parts)
        if tuple(out.shape) != tuple(shape):
            raise ValueError("Output array is the wrong shape")
        torch.cat(parts, dim, out=_signed(out))
        return out
    return _unsigned(torch.cat(parts, dim), target)


def stack(
    tensors: list[torch.Tensor],
    axis: int,
    out: torch.Tensor | None,
    dtype: torch.dtype | None,
    casting: str,
) -> torch.Tensor:
    """``numpy.stack``: equal shapes joined along a new axis."""
    if not tensors:
        raise ValueError("need at least one array to stack")
    shape = tensors[0].shape
    if any(t.shape != shape for t in tensors[1:]):
        raise ValueError("all input arrays must have the same shape")
    dim = axis_index(axis, len(shape) + 1)
    return concatenate([t.unsqueeze(dim) for t in tensors], dim, out, dtype, casting)


def block_check(arrays: Any, index: list[Any]) -> tuple[list[Any], int]:
    """NumPy's depth check of ``block``'s nested lists: (index of the first leaf, max ndim)."""
    if type(arrays) is tuple:
        raise TypeError(
            f"{_fmt_index(index)} is a tuple. Only lists can be used to arrange blocks, and "
            "np.block does not allow implicit conversion from tuple to ndarray."
        )
    if type(arrays) is list:
        if not arrays:
            return [*index, None], 0
        first, max_nd = block_check(arrays[0], [*index, 0])
        for i, item in enumerate(arrays[1:], 1):
            idx, nd = block_check(item, [*index, i])
            max_nd = max(max_nd, nd)
            if len(idx) != len(first):
                raise ValueError(
                    f"List depths are mismatched. First element was at depth {len(first)}, "
                    f"but there is an element at depth {len(idx)} ({_fmt_index(idx)})"
                )
            if idx[-1] is None:
                first = idx
        return first, max_nd
    return index, arrays.dim() if isinstance(arrays, torch.Tensor) else 0


def _fmt_index(index: list[Any]) -> str:
    return "arrays" + "".join(f"[{i}]" for i in index)


def block(arrays: Any, depth: int, list_ndim: int, result_ndim: int) -> torch.Tensor:
    """Concatenate the leaves of nested lists: the innermost lists along the last axis."""
    if depth == list_ndim:
        t: torch.Tensor = arrays
        return t.reshape((1,) * (result_ndim - t.dim()) + tuple(t.shape))
    parts = [block(a, depth + 1, list_ndim, result_ndim) for a in arrays]
    return concatenate(parts, -(list_ndim - depth), None, None, "same_kind")


def split_points(n: int, indices_or_sections: Any) -> list[tuple[int, int]]:
    """The (start, stop) slices of ``numpy.array_split`` along an axis of length ``n``."""
    try:
        points = [0, *list(indices_or_sections), n]
    except TypeError:
        sections = int(indices_or_sections)
        if sections <= 0:
            raise ValueError("number sections must be larger than 0.") from None
        each, extras = divmod(n, sections)
        sizes = [each + 1] * extras + [each] * (sections - extras)
        points = [0]
        for s in sizes:
            points.append(points[-1] + s)
    return [(operator.index(a), operator.index(b)) for a, b in itertools.pairwise(points)]


def _as_index_tensor(obj: torch.Tensor) -> torch.Tensor:
    if obj.dtype is torch.uint64:
        return obj.view(torch.int64)
    return obj.to(torch.int64)


def delete(t: torch.Tensor, obj: Any, axis: int | None, obj_is_array: bool) -> torch.Tensor:
    """``numpy.delete``: ``obj`` is a slice, an int, an integer array or a boolean mask.

    ``obj_is_array`` tells whether the caller passed an array (whose dtype then counts even
    when it is empty) rather than a list.
    """
    if axis is None:
        t = t.reshape(-1)
        dim = 0
    else:
        dim = axis_index(axis, t.dim())
    n = t.shape[dim]
    dev = t.device
    if isinstance(obj, slice):
        keep = torch.ones(n, dtype=torch.bool, device=dev)
        gone = torch.tensor(range(*obj.indices(n)), dtype=torch.int64, device=dev)
        keep[gone] = False
    else:
        single = isinstance(obj, int) and not isinstance(obj, bool)
        if not single:
            idx_t = obj
            if idx_t.numel() == 0 and not obj_is_array:
                idx_t = idx_t.to(torch.int64)
            elif idx_t.numel() == 1 and _di.kind(idx_t.dtype) in "ui":
                obj = int(_as_index_tensor(idx_t).reshape(()))
                single = True
        if single:
            i = operator.index(obj)
            if i < -n or i >= n:
                raise IndexError(f"index {i} is out of bounds for axis {dim} with size {n}")
            keep = torch.ones(n, dtype=torch.bool, device=dev)
            keep[i] = False
        elif idx_t.dtype is torch.bool:
            if tuple(idx_t.shape) != (n,):
                raise ValueError(
                    "boolean array argument obj to delete must be one dimensional and match "
                    f"the axis length of {n}"
                )
            keep = ~idx_t.to(dev)
        else:
            if _di.kind(idx_t.dtype) not in "ui":
                raise IndexError("arrays used as indices must be of integer (or boolean) type")
            idx = _as_index_tensor(idx_t).to(dev).reshape(-1)
            bad = (idx < -n) | (idx >= n)
            if bool(bad.any()):
                i = int(idx[bad][0])
                raise IndexError(f"index {i} is out of bounds for axis {dim} with size {n}")
            keep = torch.ones(n, dtype=torch.bool, device=dev)
            keep[idx] = False
    picked = torch.index_select(_signed(t), dim, keep.nonzero().reshape(-1))
    return _unsigned(picked, t.dtype)


def insert(
    t: torch.Tensor,
    obj: slice | torch.Tensor,
    values: Callable[[], torch.Tensor],
    axis: int | None,
    obj_is_array: bool,
    obj_repr: str,
) -> torch.Tensor:
    """``numpy.insert``: ``values`` placed before the positions ``obj`` along ``axis``.

    ``values`` makes the values (already of ``t``'s dtype) when they are needed: NumPy
    checks the indices first. ``obj_is_array`` and ``obj_repr`` say whether the caller
    passed an array and how ``obj`` reads in an error message.
    """
    if axis is None:
        t = t.reshape(-1)
        dim = 0
    else:
        dim = axis_index(axis, t.dim())
    nd = t.dim()
    n = t.shape[dim]
    dev = t.device
    if isinstance(obj, slice):
        idx = torch.tensor(range(*obj.indices(n)), dtype=torch.int64, device=dev)
        scalar_obj = False
    else:
        idx = obj.to(dev)
        if idx.dtype is torch.bool:
            if idx.dim() != 1:
                raise ValueError("boolean array argument obj to insert must be one dimensional")
            idx = idx.nonzero().reshape(-1)
        elif idx.dim() > 1:
            raise ValueError("index array argument obj to insert must be one dimensional or scalar")
        scalar_obj = idx.dim() == 0
    if idx.numel() == 1:
        if _di.kind(idx.dtype) not in "biu":
            raise TypeError("slice indices must be integers or None or have an __index__ method")
        index = int(_as_index_tensor(idx).reshape(()))
        if index < -n or index > n:
            raise IndexError(f"index {obj_repr} is out of bounds for axis {dim} with size {n}")
        if index < 0:
            index += n
        vals = cast(values(), t.dtype)
        vals = vals.reshape((1,) * (nd - vals.dim()) + tuple(vals.shape))
        if scalar_obj:
            vals = vals.movedim(0, dim)
        target = list(t.shape)
        target[dim] = vals.shape[dim] if vals.dim() > dim else 1
        vals = _fill(vals, tuple(target))
        return concatenate(
            [t.narrow(dim, 0, index), vals, t.narrow(dim, index, n - index)],
            dim,
            None,
            None,
            "unsafe",
        )
    if idx.numel() == 0 and not obj_is_array:
        idx = idx.to(torch.int64)
    if _di.kind(idx.dtype) not in "biu":
        if idx.numel():
            raise IndexError("arrays used as indices must be of integer (or boolean) type")
        idx = idx.to(torch.int64)
    idx = _as_index_tensor(idx)
    idx = torch.where(idx < 0, idx + n, idx)
    numnew = idx.numel()
    order = torch.sort(idx, stable=True).indices
    idx = idx.clone()
    idx[order] += torch.arange(numnew, device=dev)
    total = n + numnew
    bad = (idx < -total) | (idx >= total)
    if bool(bad.any()):
        i = int(idx[bad][0])
        raise IndexError(f"index {i} is out of bounds for axis {dim} with size {total}")
    idx = torch.where(idx < 0, idx + total, idx)
    old = torch.ones(total, dtype=torch.bool, device=dev)
    old[idx] = False
    target = list(t.shape)
    target[dim] = numnew
    vals = _fill(cast(values(), t.dtype), tuple(target))
    shape = list(t.shape)
    shape[dim] = total
    new = _signed(torch.empty(shape, dtype=t.dtype, device=dev)).movedim(dim, 0)
    new[idx] = _signed(vals).movedim(dim, 0)
    kept = int(old.sum())
    if kept != n and n != 1:
        # two indices met at one place (NumPy does not check a negative index against a
        # short axis): the old values no longer fit the places left for them (a single
        # old value is broadcast to them, as NumPy's boolean assignment does)
        raise ValueError(
            f"NumPy boolean array indexing assignment cannot assign {n} input values to the "
            f"{kept} output values where the mask is true"
        )
    new[old] = _signed(t).movedim(dim, 0)
    return _unsigned(new.movedim(0, dim), t.dtype)


def _fill(vals: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    """``vals`` broadcast to ``shape``, as an assignment broadcasts its value."""
    try:
        return vals.expand(shape) if vals.dim() <= len(shape) else _raise()
    except (RuntimeError, ValueError):
        raise ValueError(
            f"could not broadcast input array from shape {tuple(vals.shape)} into shape {shape}"
        ) from None


def _raise() -> torch.Tensor:
    raise ValueError


def trim_bounds(t: torch.Tensor) -> tuple[list[int], list[int]] | None:
    """Per axis, the first and one past the last index holding a nonzero; None if none do."""
    nz = t != 0
    if not bool(nz.any()):
        return None
    starts, stops = [], []
    for d in range(t.dim()):
        other = tuple(i for i in range(t.dim()) if i != d)
        hit = nz.any(dim=other) if other else nz
        pos = hit.nonzero().reshape(-1)
        starts.append(int(pos[0]))
        stops.append(int(pos[-1]) + 1)
    return starts, stops
