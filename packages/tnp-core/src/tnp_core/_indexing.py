"""``ndarray.__getitem__`` and ``__setitem__`` with NumPy's rules.

Basic indexing (ints, slices, ``None``, ``...``) gives views whose ``base`` is the owner of
the memory, as NumPy. Differences forced by torch: a slice with a negative step gives a copy
(tensors cannot have negative strides); setting through such a slice still writes in place.
An index consisting of integers only gives a fresh 0-D array, as NumPy gives a scalar.
"""

from __future__ import annotations

import operator
from typing import Any

import torch

from . import _dtypes_impl as _di
from ._conversion import check_int_fits, to_tensor
from ._flags import check_writeable
from ._ndarray import ndarray

_INDEX_TYPES = (
    "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or "
    "boolean arrays are valid indices"
)


def _bounds_error(index: int, axis: int, size: int) -> IndexError:
    return IndexError(f"index {index} is out of bounds for axis {axis} with size {size}")


def _expand(key: Any, shape: torch.Size) -> tuple[list[Any], bool, bool]:
    """Normalize an index to a list of torch-ready items.

    Returns (items, all_basic, all_int): ``all_basic`` when no advanced index is present,
    ``all_int`` when every dimension is taken by an integer (a scalar in NumPy).
    """
    items = list(key) if type(key) is tuple else [key]
    out: list[Any] = []
    basic = True
    n_ellipsis = 0
    consumed = 0
    for it in items:
        if it is None:
            continue
        if it is Ellipsis:
            n_ellipsis += 1
            continue
        if isinstance(it, bool):
            continue  # a Python bool is a 0-D mask: it takes no dimension
        if isinstance(it, (ndarray, torch.Tensor)):
            t = it._t if isinstance(it, ndarray) else it
            consumed += t.dim() if t.dtype is torch.bool else 1
        elif isinstance(it, (list, tuple)):
            consumed += 1
        else:
            consumed += 1
    if n_ellipsis > 1:
        raise IndexError("an index can only have a single ellipsis ('...')")
    ndim = len(shape)
    if consumed > ndim:
        raise IndexError(
            f"too many indices for array: array is {ndim}-dimensional, but {consumed} were indexed"
        )
    dim = 0
    int_count = 0
    for it in items:
        if it is None:
            out.append(None)
            continue
        if it is Ellipsis:
            skip = ndim - consumed
            out.append(Ellipsis)
            dim += skip
            continue
        if isinstance(it, slice):
            out.append(it)
            dim += 1
            continue
        if isinstance(it, bool):
            # a Python bool is a 0-D boolean mask, as NumPy treats it
            out.append(torch.tensor(it))
            basic = False
            continue
        integer = isinstance(it, int) or (
            not isinstance(it, (ndarray, torch.Tensor, list, tuple))
            and hasattr(it, "__index__")
            and getattr(it, "ndim", 0) == 0  # other libraries' arrays are index arrays
        )
        if integer or (isinstance(it, ndarray) and it.ndim == 0 and _di.kind(it._t.dtype) in "iu"):
            # an integer, or a 0-D integer array, takes one dimension as NumPy's scalars do
            idx = operator.index(it)
            size = shape[dim]
            if not -size <= idx < size:
                raise _bounds_error(idx, dim, size)
            out.append(idx)
            int_count += 1
            dim += 1
            continue
        t = _index_tensor(it)
        basic = False
        if t.dtype is torch.bool:
            mask_shape = tuple(shape[dim : dim + t.dim()])
            if t.dim() and tuple(t.shape) != mask_shape:
                raise IndexError(
                    f"boolean index did not match indexed array along axis {dim}; size of "
                    f"axis is {shape[dim]} but size of corresponding boolean axis is "
                    f"{t.shape[0]}"
                )
            dim += t.dim()
        else:
            size = shape[dim]
            if t.numel():
                lo, hi = int(t.min()), int(t.max())
                if hi >= size or lo < -size:
                    bad = hi if hi >= size else lo
                    raise _bounds_error(bad, dim, size)
            dim += 1
        out.append(t)
    return out, basic, int_count == ndim and basic


def _index_tensor(it: Any) -> torch.Tensor:
    try:
        t = to_tensor(it)
    except (TypeError, NotImplementedError, ValueError):
        raise IndexError(_INDEX_TYPES) from None
    if t.dtype is torch.bool:
        return t
    if _di.kind(t.dtype) not in "iu":
        if t.numel() == 0 and isinstance(it, (list, tuple)):
            return t.to(torch.int64)
        raise IndexError(_INDEX_TYPES)
    if t.dtype is not torch.int64:
        t = t.to(torch.int64)
    return t


def _has_negative_step(items: list[Any]) -> bool:
    return any(isinstance(it, slice) and it.step is not None and it.step < 0 for it in items)


def _positive_slices(items: list[Any], shape: torch.Size) -> tuple[list[Any], list[int]]:
    """Replace negative-step slices by equivalent positive ones; return the dims to flip."""
    fixed: list[Any] = []
    flips: list[int] = []
    in_dim = 0
    out_dim = 0
    n_consumed = sum(1 for it in items if it is not None and it is not Ellipsis)
    for it in items:
        if it is None:
            fixed.append(None)
            out_dim += 1
            continue
        if it is Ellipsis:
            skip = len(shape) - n_consumed
            fixed.append(Ellipsis)
            in_dim += skip
            out_dim += skip
            continue
        if isinstance(it, slice) and it.step is not None and it.step < 0:
            start, stop, step = it.indices(shape[in_dim])
            count = len(range(start, stop, step))
            if count == 0:
                fixed.append(slice(0, 0))
            else:
                last = start + (count - 1) * step
                fixed.append(slice(last, start + 1, -step))
                flips.append(out_dim)
            in_dim += 1
            out_dim += 1
            continue
        fixed.append(it)
        in_dim += 1
        if not isinstance(it, int):
            out_dim += 1
    return fixed, flips


def _flip_negative_steps(t: torch.Tensor, items: list[Any]) -> tuple[torch.Tensor, list[Any]]:
    """Flip the dimensions taken by negative-step slices and restate those as positive."""
    n_consumed = sum(
        (it.dim() if isinstance(it, torch.Tensor) and it.dtype is torch.bool else 1)
        for it in items
        if it is not None and it is not Ellipsis
    )
    fixed: list[Any] = []
    flips: list[int] = []
    dim = 0
    for it in items:
        if it is Ellipsis:
            dim += t.dim() - n_consumed
        elif isinstance(it, slice) and it.step is not None and it.step < 0:
            n = t.shape[dim]
            start, stop, step = it.indices(n)
            count = len(range(start, stop, step))
            first = n - 1 - start
            it = slice(first, first + count * -step, -step) if count else slice(0, 0)
            flips.append(dim)
            dim += 1
        elif isinstance(it, torch.Tensor) and it.dtype is torch.bool:
            dim += it.dim()
        elif it is not None:
            dim += 1
        fixed.append(it)
    return t.flip(flips), fixed


# torch lacks flip and index kernels for these: index a same-width signed view instead
_SIGNED_VIEW = {_di.UINT16: torch.int16, _di.UINT32: torch.int32, _di.UINT64: torch.int64}


def getitem(arr: ndarray, key: Any) -> ndarray:
    """``arr[key]`` as NumPy computes it."""
    t = arr._t
    if type(key) is ndarray and t.dim() and t.dtype not in _SIGNED_VIEW:
        fast = _single_array_index(t, key._t)
        if fast is not None:
            return ndarray._from_tensor(fast)
    unsigned = t.dtype if t.dtype in _SIGNED_VIEW else None
    if unsigned is not None:
        t = t.view(_SIGNED_VIEW[unsigned])
    res, is_view = _index(t, key)
    if unsigned is not None:
        res = res.view(unsigned)
    return arr._view(res) if is_view else ndarray._from_tensor(res)


def _single_array_index(t: torch.Tensor, index: torch.Tensor) -> torch.Tensor | None:
    """Fast path for ``a[int_array]`` and ``a[bool_mask]``; None when the general path is needed.

    A mask is checked against the shape on the host. Integer indices are left to torch's own
    bounds check on the CPU (its IndexError is reworded as NumPy's); on other devices an
    out-of-bounds index would be a device-side assert, so their range is checked first.
    """
    dtype = index.dtype
    if dtype is torch.bool:
        if index.dim() and index.shape == t.shape[: index.dim()]:
            return t[index]
        return None
    if dtype is not torch.int64 or index.dim() == 0:
        return None
    if not t.is_cpu:
        if index.numel():
            # one reduction and one transfer to the host, then torch's gather
            lo, hi = torch.stack(torch.aminmax(index)).tolist()
            size = t.shape[0]
            if hi >= size or lo < -size:
                raise _bounds_error(hi if hi >= size else lo, 0, size)
        return t[index]
    try:
        return t[index]
    except IndexError as exc:
        raise IndexError(str(exc).replace("for dimension", "for axis")) from None


def _index(t: torch.Tensor, key: Any) -> tuple[torch.Tensor, bool]:
    """The indexed tensor, and whether it is a view of ``t`` (basic indexing)."""
    if type(key) is slice and (key.step is None or key.step > 0) and t.dim():
        return t[key], True
    items, basic, all_int = _expand(key, t.shape)
    if _has_negative_step(items):
        flipped, items = _flip_negative_steps(t, items)
        return flipped[tuple(items)], False
    res = t[tuple(items)]
    if all_int:
        return res.clone(), False
    return res, basic


def _value_tensor(value: Any, target: torch.Tensor) -> torch.Tensor:
    """The assigned value as a tensor of the target's dtype (and, for Python data, device)."""
    if type(value) is ndarray:
        v = value._t
    elif isinstance(value, torch.Tensor):
        v = value
    else:
        if type(value) is int and target.dtype in _di.INT_BOUNDS:
            # NumPy 2 refuses out-of-range Python ints instead of wrapping them
            check_int_fits(value, target.dtype)
            v = to_tensor(value, target.dtype)
        else:
            v = to_tensor(value)
        v = v.to(target.device)
    return v.to(target.dtype) if v.dtype is not target.dtype else v


def setitem(arr: ndarray, key: Any, value: Any) -> None:
    """``arr[key] = value``: the value is cast to the array's dtype and broadcast."""
    check_writeable(arr, "assignment destination")
    t = arr._t
    if type(key) is slice and (key.step is None or key.step > 0) and t.dim():
        # fast path: a Python number into a slice is torch's fill of that view
        tp = type(value)
        if (tp is float and t.is_floating_point()) or (tp is int and _fits(value, t.dtype)):
            t[key] = value
            return
    if t.dtype in _SIGNED_VIEW:
        signed = _SIGNED_VIEW[t.dtype]
        v = _value_tensor(value, t).view(signed)
        _setitem(t.view(signed), key, v)
        return
    _setitem(t, key, value)


def _fits(value: int, dtype: torch.dtype) -> bool:
    """Whether torch can store the Python int in ``dtype`` directly (NumPy would too)."""
    bounds = _di.INT_BOUNDS.get(dtype)
    if bounds is None:
        return dtype is not torch.bool and -(2**63) <= value < 2**63
    return dtype not in _SIGNED_VIEW and dtype is not torch.bool and bounds[0] <= value <= bounds[1]


def _setitem(t: torch.Tensor, key: Any, value: Any) -> None:
    items, basic, _ = _expand(key, t.shape)
    flips: list[int] = []
    if _has_negative_step(items):
        if not basic:
            _setitem_through_positions(t, items, value)
            return
        items, flips = _positive_slices(items, t.shape)
    v = _value_tensor(value, t)
    if v.device != t.device:
        raise ValueError(f"cannot assign data on {v.device} into an array on {t.device}")
    index = tuple(items)
    if flips or basic:
        target = t[index]
        try:
            v = torch.broadcast_to(v, target.shape)
        except RuntimeError:
            raise ValueError(
                f"could not broadcast input array from shape {tuple(v.shape)} into shape "
                f"{tuple(target.shape)}"
            ) from None
        if flips:
            v = v.flip(flips)
    try:
        t[index] = v
    except RuntimeError as exc:
        raise ValueError(f"could not assign to the indexed array: {exc}") from None


def _setitem_through_positions(t: torch.Tensor, items: list[Any], value: Any) -> None:
    """General assignment: find the flat positions the index selects, then write there."""
    positions = torch.arange(t.numel(), device=t.device).reshape(t.shape)
    flipped, fixed = _flip_negative_steps(positions, items)
    selected = flipped[tuple(fixed)]
    v = _value_tensor(value, t)
    try:
        v = torch.broadcast_to(v, selected.shape)
    except RuntimeError:
        raise ValueError(
            f"could not broadcast input array from shape {tuple(v.shape)} into shape "
            f"{tuple(selected.shape)}"
        ) from None
    flat = t.reshape(-1).clone()
    flat[selected.reshape(-1)] = v.reshape(-1)
    t.copy_(flat.reshape(t.shape))
