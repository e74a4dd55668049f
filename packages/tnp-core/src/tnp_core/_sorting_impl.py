"""Sorting and searching on tensors with NumPy's order, NaN placement and edge cases.

Every ordering here comes from one place: ``_keys`` turns a tensor into one or more tensors
that ``torch.sort`` orders as NumPy orders the original (least significant key first), and
``_argsort`` applies them with stable sorts, so ties always keep their index order.

* Floats: ``torch.sort`` puts NaN after ``+inf``, as NumPy; signed zeros are made equal.
* Complex numbers: NumPy's ``[R + Rj, R + nanj, nan + Rj, nan + nanj]`` order: the four
  groups in that order, each lexicographic on (real, imag).
* uint16/uint32/uint64 are sorted through an order-preserving int64 key, so that no
  unsigned sort kernel is needed on any device.

``partition``/``argpartition`` are full stable sorts: a sorted array meets NumPy's guarantee
for every ``kth`` at once. ``searchsorted`` merges ``v`` into ``a`` with one stable sort, so
it orders NaN and complex numbers exactly as ``sort`` does.
"""

from __future__ import annotations

import operator

import torch

from . import _dtypes_impl as _di
from .exceptions import AxisError

_SIGN_BIT = -(2**63)


# ----------------------------------------------------------------------------- keys
def _keys(t: torch.Tensor) -> list[torch.Tensor]:
    """Tensors that stable ``torch.sort`` orders as NumPy orders ``t``, least significant first."""
    dt = t.dtype
    k = _di.kind(dt)
    if k == "c":
        re, im = t.real + 0.0, t.imag + 0.0
        group = 2 * torch.isnan(re).to(_di.INT8) + torch.isnan(im).to(_di.INT8)
        return [im, re, group]
    if k == "f":
        return [t + 0.0]  # -0.0 + 0.0 is +0.0: signed zeros tie, as in NumPy
    if dt is _di.UINT64:
        return [t.view(_di.INT64) ^ _SIGN_BIT]
    if dt in _di.UNSIGNED_WIDE:
        return [t.to(_di.INT64)]
    return [t]


def _argsort(keys: list[torch.Tensor], dim: int) -> torch.Tensor:
    """Stable lexicographic argsort along ``dim``; ``keys`` least significant first."""
    idx: torch.Tensor | None = None
    for key in keys:
        if idx is None:
            idx = torch.sort(key, dim=dim, stable=True).indices
        else:
            step = torch.sort(torch.take_along_dim(key, idx, dim), dim=dim, stable=True).indices
            idx = torch.take_along_dim(idx, step, dim)
    assert idx is not None
    return idx


_SAME_WIDTH_SIGNED = {_di.UINT16: _di.INT16, _di.UINT32: _di.INT32, _di.UINT64: _di.INT64}


def _take(a: torch.Tensor, idx: torch.Tensor, dim: int) -> torch.Tensor:
    """``take_along_dim``, also for the unsigned dtypes torch cannot gather."""
    signed = _SAME_WIDTH_SIGNED.get(a.dtype)
    if signed is None:
        return torch.take_along_dim(a, idx, dim)
    return torch.take_along_dim(a.view(signed), idx, dim).view(a.dtype)


def _sorted(a: torch.Tensor, dim: int) -> torch.Tensor:
    if _di.kind(a.dtype) != "c" and a.dtype not in _di.UNSIGNED_WIDE:
        return torch.sort(a, dim=dim, stable=True).values
    return _take(a, _argsort(_keys(a), dim), dim)


# ----------------------------------------------------------------------------- checks
def _check_sort_kind(kind: object, stable: object) -> None:
    if kind is not None:
        if stable is not None:
            raise ValueError(
                "`kind` and keyword parameters can't be provided at the same time. "
                "Use only one of them."
            )
        if not isinstance(kind, str):
            raise TypeError(f"sort kind must be str, not {type(kind).__name__}")
        if not kind or kind[0].lower() not in "qhms":
            raise ValueError(
                f"sort kind must be one of 'quick', 'heap', or 'stable' (got {kind!r})"
            )


def _check_order(order: object) -> None:
    if order is not None:
        raise ValueError("Cannot specify order when the array has no fields.")


def _axis(axis: int, ndim: int) -> int:
    axis = operator.index(axis)
    if not -ndim <= axis < ndim:
        raise AxisError(axis, ndim)
    return axis + ndim if axis < 0 else axis


def _arg_input(a: torch.Tensor, axis: int | None) -> tuple[torch.Tensor, int]:
    """The tensor and axis an arg-function works on: None flattens, 0-D acts as 1-D."""
    if axis is None or a.dim() == 0:
        a = a.reshape(-1)
    return a, _axis(-1 if axis is None else axis, a.dim())


# ----------------------------------------------------------------------------- sort
def sort(
    a: torch.Tensor,
    axis: int | None,
    kind: str | None,
    order: object,
    stable: bool | None,
    descending: bool = False,
) -> torch.Tensor:
    """``numpy.sort``: a stable sort (any ``kind`` gives the same result); NaN last.

    ``descending`` (the Array API's keyword) reverses the order and keeps ties in their
    input order, NaN then first.
    """
    _check_sort_kind(kind, stable)
    _check_order(order)
    if axis is None:
        a, axis = a.reshape(-1), 0
    if descending:
        # ties of the reversed input, sorted stably and reversed back, keep input order
        return _flip(_sorted(_flip(a, axis), axis), axis)
    return _sorted(a, axis)


def argsort(
    a: torch.Tensor,
    axis: int | None,
    kind: str | None,
    order: object,
    stable: bool | None,
    descending: bool = False,
) -> torch.Tensor:
    """``numpy.argsort``: always stable (ties keep index order); a 0-D input acts as 1-D.

    ``descending`` as in ``sort``: ties still in increasing index order.
    """
    _check_sort_kind(kind, stable)
    _check_order(order)
    a, dim = _arg_input(a, axis)
    if descending:
        n = a.shape[dim] if a.dim() else 1
        return (n - 1) - _flip(_argsort(_keys(_flip(a, dim)), dim), dim)
    return _argsort(_keys(a), dim)


def _flip(t: torch.Tensor, dim: int) -> torch.Tensor:
    """``t`` reversed along ``dim`` (through a signed view for the unsigned wide types)."""
    if t.dim() == 0:
        return t
    if t.dtype in _di.UNSIGNED_WIDE:
        signed = {_di.UINT16: torch.int16, _di.UINT32: torch.int32, _di.UINT64: torch.int64}
        return t.view(signed[t.dtype]).flip(dim).view(t.dtype)
    return t.flip(dim)


def sort_complex(a: torch.Tensor) -> torch.Tensor:
    """``numpy.sort_complex``: sort along the last axis and return a complex array."""
    r = _sorted(a, _axis(-1, a.dim()))
    if _di.kind(r.dtype) == "c":
        return r
    small = r.dtype in (_di.INT8, _di.UINT8, _di.INT16, _di.UINT16)
    return r.to(_di.COMPLEX64 if small else _di.COMPLEX128)


# ----------------------------------------------------------------------------- partition
def _kth(kth: torch.Tensor, n: int) -> None:
    if kth.dtype is _di.BOOL:
        raise ValueError("Booleans unacceptable as partition index")
    if _di.kind(kth.dtype) not in "iu":
        raise TypeError("Partition index must be integer")
    if kth.dim() > 1:
        raise ValueError("kth array must have dimension <= 1")
    if n == 0:
        return
    for k in kth.reshape(-1).tolist():
        if not -n <= k < n:
            raise ValueError(f"kth(={k + n if k < 0 else k}) out of bounds ({n})")


def _check_select_kind(kind: object) -> None:
    if kind != "introselect":
        raise ValueError(f"select kind must be 'introselect' (got {kind!r})")


def partition(
    a: torch.Tensor, kth: torch.Tensor, axis: int | None, kind: str, order: object
) -> torch.Tensor:
    """``numpy.partition`` as a full stable sort, which meets the guarantee for every kth."""
    _check_select_kind(kind)
    _check_order(order)
    if axis is None:
        a, axis = a.reshape(-1), 0
    _kth(kth, a.shape[axis])
    return _sorted(a, axis)


def argpartition(
    a: torch.Tensor, kth: torch.Tensor, axis: int | None, kind: str, order: object
) -> torch.Tensor:
    """``numpy.argpartition`` as a full stable argsort; a 0-D input acts as 1-D."""
    _check_select_kind(kind)
    _check_order(order)
    a, dim = _arg_input(a, axis)
    _kth(kth, a.shape[dim])
    return _argsort(_keys(a), dim)


# ----------------------------------------------------------------------------- lexsort
def lexsort(keys: list[torch.Tensor], axis: int | None) -> torch.Tensor:
    """``numpy.lexsort``: the last key is the primary one; stable."""
    if not keys:
        raise TypeError("need sequence of keys with len > 0 in lexsort")
    shape = keys[0].shape
    if any(k.shape != shape for k in keys):
        raise ValueError("all keys need to be the same shape")
    if axis is None:
        raise TypeError("'NoneType' object cannot be interpreted as an integer")
    if len(shape) == 0:
        return torch.zeros((), dtype=_di.INT64, device=keys[0].device)
    dim = _axis(axis, len(shape))
    return _argsort([part for k in keys for part in _keys(k)], dim)


# ----------------------------------------------------------------------------- searchsorted
def searchsorted(
    a: torch.Tensor, v: torch.Tensor, side: str, sorter: torch.Tensor | None
) -> torch.Tensor:
    """``numpy.searchsorted``: insertion indices of ``v`` in the sorted 1-D ``a``.

    ``a`` and ``v`` are compared in their promoted dtype. The indices come from one stable
    sort of ``v`` merged with ``a`` (``v`` before equal elements of ``a`` for 'left', after
    them for 'right'), so NaN and complex order are those of ``sort``; ``a`` must be sorted
    (as in NumPy, an unsorted ``a`` gives unspecified indices).
    """
    if side not in ("left", "right"):
        if side and side[0].lower() not in "lr":
            raise ValueError(f"search side must be 'left' or 'right' (got {side!r})")
        raise ValueError("search side must be one of 'left' or 'right'")
    if a.dim() != 1:
        depth = "too deep" if a.dim() > 1 else "of too small depth"
        raise ValueError(f"object {depth} for desired array")
    if sorter is not None:
        if _di.kind(sorter.dtype) not in "iu":
            raise TypeError("sorter must only contain integers")
        if sorter.numel() != a.numel():
            raise ValueError("sorter.size must equal a.size")
        s = sorter.reshape(-1).to(_di.INT64)
        if s.numel() and bool(((s < 0) | (s >= a.numel())).any()):
            raise ValueError("Sorter index out of range.")
        a = a[s]
    common = _di.promote(a.dtype, v.dtype)
    n, m = a.numel(), v.numel()
    av, vv = a.to(common), v.reshape(-1).to(common)
    ones = torch.ones(n, dtype=_di.INT64, device=a.device)
    zeros = torch.zeros(m, dtype=_di.INT64, device=a.device)
    if side == "left":
        merged, is_a, v_start = torch.cat([vv, av]), torch.cat([zeros, ones]), 0
    else:
        merged, is_a, v_start = torch.cat([av, vv]), torch.cat([ones, zeros]), n
    order = _argsort(_keys(merged), 0)
    a_flags = is_a[order]
    a_before = torch.cumsum(a_flags, 0) - a_flags
    at_v = a_flags == 0
    out = torch.empty(m, dtype=_di.INT64, device=a.device)
    out[order[at_v] - v_start] = a_before[at_v]
    return out.reshape(v.shape)


# ----------------------------------------------------------------------------- nonzero
def _truth(a: torch.Tensor) -> torch.Tensor:
    return a if a.dtype is _di.BOOL else a != 0


def nonzero(a: torch.Tensor) -> tuple[torch.Tensor, ...]:
    """``numpy.nonzero``: one int64 index array per axis; a 0-D input raises ValueError."""
    if a.dim() == 0:
        raise ValueError(
            "Calling nonzero on 0d arrays is not allowed. "
            "Use np.atleast_1d(scalar).nonzero() instead."
        )
    return tuple(torch.nonzero(_truth(a), as_tuple=True))


def flatnonzero(a: torch.Tensor) -> torch.Tensor:
    """``numpy.flatnonzero``: indices of the nonzero elements of the flattened array."""
    return torch.nonzero(_truth(a.reshape(-1)), as_tuple=True)[0]


def argwhere(a: torch.Tensor) -> torch.Tensor:
    """``numpy.argwhere``: the indices of nonzero elements, one row per element."""
    if a.dim() == 0:
        return torch.zeros((int(bool(_truth(a))), 0), dtype=_di.INT64, device=a.device)
    return torch.argwhere(_truth(a))
