"""Index arithmetic on tensors: unravel_index, ravel_multi_index, the diagonal and triangle
index helpers, fill_diagonal, and the concatenation behind ``r_``/``c_``.

Index arrays are int64 (NumPy's ``intp`` on 64-bit platforms).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import torch

from . import _creation_impl
from . import _dtypes_impl as _di
from ._defaults_impl import defaults
from ._searching_impl import PyScalar, scalar_tensor, signed, unsigned
from .exceptions import AxisError

_INTP = _di.INT64
_MAX_SIZE = 2**63 - 1


def _index_tensor(t: torch.Tensor) -> torch.Tensor:
    if _di.kind(t.dtype) not in "biu":
        raise TypeError("only int indices permitted")
    return t.view(_INTP) if t.dtype is _di.UINT64 else t.to(_INTP)


def _check_order(order: object) -> bool:
    """True for Fortran order."""
    if order not in ("C", "F"):
        raise ValueError(f"order must be one of 'C', 'F', 'A', or 'K' (got {order!r})")
    return order == "F"


def _strides(dims: Sequence[int], fortran: bool) -> list[int]:
    strides = [0] * len(dims)
    acc = 1
    order = range(len(dims)) if fortran else range(len(dims) - 1, -1, -1)
    for i in order:
        strides[i] = acc
        acc *= dims[i]
    return strides


# ----------------------------------------------------------------------------- unravel/ravel
def unravel_index(indices: torch.Tensor, shape: tuple[int, ...], order: str) -> tuple[Any, ...]:
    """``numpy.unravel_index``: one int64 array per dimension of ``shape``."""
    fortran = _check_order(order)
    idx = _index_tensor(indices)
    size = math.prod(shape)
    if idx.numel():
        bad = (idx < 0) | (idx >= size)
        if bool(bad.any()):
            raise ValueError(
                f"index {int(idx[bad].reshape(-1)[0])} is out of bounds for array with size {size}"
            )
    if not shape and idx.dim():
        raise ValueError("multiple indices are not supported for 0d arrays")
    out: list[torch.Tensor] = []
    for d, stride in zip(shape, _strides(shape, fortran), strict=True):
        out.append(torch.remainder(torch.div(idx, stride, rounding_mode="floor"), d))
    return tuple(out)


def _fix_coordinates(c: torch.Tensor, d: int, mode: str) -> torch.Tensor:
    if mode == "raise":
        if c.numel() and bool(((c < 0) | (c >= d)).any()):
            raise ValueError("invalid entry in coordinates array")
        return c
    if d == 0:
        if c.numel():
            raise ValueError("cannot unravel if shape has zero entries (is empty).")
        return c
    if mode == "wrap":
        return torch.remainder(c, d)
    return c.clamp(0, d - 1)


def ravel_multi_index(
    multi_index: list[torch.Tensor], dims: tuple[int, ...], mode: str | Sequence[str], order: str
) -> torch.Tensor:
    """``numpy.ravel_multi_index``: flat indices of coordinate arrays (broadcast together),
    with one ``mode`` ('raise', 'wrap', 'clip') for all dimensions or one per dimension."""
    if len(multi_index) != len(dims):
        raise ValueError(f"parameter multi_index must be a sequence of length {len(dims)}")
    modes = [mode] * len(dims) if isinstance(mode, str) else list(mode)
    if len(modes) != len(dims):
        raise ValueError(
            f"list of clipmodes has wrong length ({len(modes)} instead of {len(dims)})"
        )
    for m in modes:
        if m not in ("raise", "wrap", "clip"):
            raise ValueError(f"clipmode must be one of 'clip', 'raise', or 'wrap' (got {m!r})")
    fortran = _check_order(order)
    if math.prod(dims) > _MAX_SIZE:
        raise ValueError(
            "invalid dims: array size defined by dims is larger than the maximum possible size."
        )
    coords = [_index_tensor(c) for c in multi_index]
    shapes = [tuple(c.shape) for c in coords]
    try:
        shape = tuple(torch.broadcast_shapes(*shapes))  # type: ignore[no-untyped-call]
    except RuntimeError:
        raise ValueError(
            "operands could not be broadcast together with shapes "
            + " ".join(str(s).replace(" ", "") for s in shapes)
        ) from None
    dev = coords[0].device if coords else defaults.device
    out = torch.zeros(shape, dtype=_INTP, device=dev)
    for c, d, m, stride in zip(coords, dims, modes, _strides(dims, fortran), strict=True):
        out = out + _fix_coordinates(c, d, m) * stride
    return out


# ----------------------------------------------------------------------------- diagonals
def diag_indices(n: int, ndim: int, device: torch.device | None) -> tuple[torch.Tensor, ...]:
    """``numpy.diag_indices``: ``ndim`` copies of ``arange(n)``."""
    idx = torch.arange(n, dtype=_INTP, device=device)
    return tuple(idx for _ in range(ndim))


def diag_indices_from(arr: torch.Tensor) -> tuple[torch.Tensor, ...]:
    """``numpy.diag_indices_from``: the main diagonal of an array whose sides are equal."""
    if arr.dim() < 2:
        raise ValueError("input array must be at least 2-d")
    if len(set(arr.shape)) != 1:
        raise ValueError("All dimensions of input must be of equal length")
    return diag_indices(arr.shape[0], arr.dim(), arr.device)


def _triangle(
    n: int, k: int, m: int | None, lower: bool, device: torch.device | None
) -> tuple[torch.Tensor, torch.Tensor]:
    rows, cols = max(n, 0), max(n if m is None else m, 0)
    if rows == 0 or cols == 0:
        empty = torch.zeros(0, dtype=_INTP, device=device)
        return empty, empty
    offset = max(min(k, cols), -rows)  # beyond these, a larger offset changes nothing
    if lower:
        ij = torch.tril_indices(rows, cols, offset, device=device)
    else:
        ij = torch.triu_indices(rows, cols, offset, device=device)
    return ij[0], ij[1]


def tril_indices(
    n: int, k: int, m: int | None, device: torch.device | None
) -> tuple[torch.Tensor, torch.Tensor]:
    """``numpy.tril_indices``: row and column indices of the lower triangle, row by row."""
    return _triangle(n, k, m, True, device)


def triu_indices(
    n: int, k: int, m: int | None, device: torch.device | None
) -> tuple[torch.Tensor, torch.Tensor]:
    """``numpy.triu_indices``: row and column indices of the upper triangle, row by row."""
    return _triangle(n, k, m, False, device)


def _check_2d(arr: torch.Tensor) -> None:
    if arr.dim() != 2:
        raise ValueError("input array must be 2-d")


def tril_indices_from(arr: torch.Tensor, k: int) -> tuple[torch.Tensor, torch.Tensor]:
    """``numpy.tril_indices_from``: ``tril_indices`` for a 2-D array's shape."""
    _check_2d(arr)
    return _triangle(arr.shape[0], k, arr.shape[1], True, arr.device)


def triu_indices_from(arr: torch.Tensor, k: int) -> tuple[torch.Tensor, torch.Tensor]:
    """``numpy.triu_indices_from``: ``triu_indices`` for a 2-D array's shape."""
    _check_2d(arr)
    return _triangle(arr.shape[0], k, arr.shape[1], False, arr.device)


def fill_diagonal(a: torch.Tensor, val: torch.Tensor, wrap: bool) -> None:
    """``numpy.fill_diagonal``, in place: ``val`` (of ``a``'s dtype) repeats along the
    diagonal; a tall 2-D array restarts the diagonal below each square block when ``wrap``."""
    if a.dim() < 2:
        raise ValueError("array must be at least 2-d")
    if a.dim() == 2:
        step = a.shape[1] + 1
        end = a.numel() if wrap else min(a.shape[1] * a.shape[1], a.numel())
    else:
        if len(set(a.shape)) != 1:
            raise ValueError("All dimensions of input must be of equal length")
        step = 1 + sum(math.prod(a.shape[:i]) for i in range(1, a.dim()))
        end = a.numel()
    flat = torch.arange(0, end, step, dtype=_INTP, device=a.device)
    v = signed(val.reshape(-1))
    if flat.numel() == 0 or v.numel() == 0:
        return
    vals = v[torch.remainder(torch.arange(flat.numel(), device=a.device), v.numel())]
    signed(a)[torch.unravel_index(flat, a.shape)] = vals


# ----------------------------------------------------------------------------- r_ and c_
Item = torch.Tensor | PyScalar | slice | str


def _ndmin(t: torch.Tensor, ndmin: int) -> torch.Tensor:
    if t.dim() >= ndmin:
        return t
    return t.reshape((1,) * (ndmin - t.dim()) + tuple(t.shape))


def _slice_values(item: slice, device: torch.device | None) -> torch.Tensor:
    start = 0 if item.start is None else item.start
    step = 1 if item.step is None else item.step
    stop = item.stop
    if isinstance(step, complex):
        num = int(abs(step))
        res = _creation_impl.linspace(start, stop, num, True, False, None, 0, device)
        assert isinstance(res, torch.Tensor)
        return res
    if stop is None:
        raise TypeError("unsupported operand type(s) for -: 'NoneType' and 'int'")
    return _creation_impl.arange(start, stop, step, None, device)


def _directive(item: str, axis: int, ndmin: int, trans1d: int) -> tuple[int, int, int, str]:
    """Apply one string directive: returns the new (axis, ndmin, trans1d, matrix)."""
    if item in ("r", "c"):
        return axis, ndmin, trans1d, item
    if "," in item:
        vec = item.split(",")
        try:
            axis, ndmin = (int(x) for x in vec[:2])
            if len(vec) == 3:
                trans1d = int(vec[2])
        except Exception as exc:
            raise ValueError(f"unknown special directive {item!r}") from exc
        return axis, ndmin, trans1d, ""
    try:
        return int(item), ndmin, trans1d, ""
    except ValueError:
        raise ValueError("unknown special directive") from None


def _concatenate(tensors: list[torch.Tensor], axis: int) -> torch.Tensor:
    if not tensors:
        raise ValueError("need at least one array to concatenate")
    nd = tensors[0].dim()
    if nd == 0:
        raise ValueError("zero-dimensional arrays cannot be concatenated")
    for i, t in enumerate(tensors[1:], 1):
        if t.dim() != nd:
            raise ValueError(
                "all the input arrays must have same number of dimensions, but the array at "
                f"index 0 has {nd} dimension(s) and the array at index {i} has {t.dim()} "
                "dimension(s)"
            )
    if not -nd <= axis < nd:
        raise AxisError(axis, nd)
    axis %= nd
    for i, t in enumerate(tensors[1:], 1):
        for d in range(nd):
            if d != axis and t.shape[d] != tensors[0].shape[d]:
                raise ValueError(
                    "all the input array dimensions except for the concatenation axis must "
                    f"match exactly, but along dimension {d}, the array at index 0 has size "
                    f"{tensors[0].shape[d]} and the array at index {i} has size {t.shape[d]}"
                )
    dt = tensors[0].dtype
    return unsigned(torch.cat([signed(t) for t in tensors], dim=axis), dt)


def axis_concatenate(key: Sequence[Item], axis: int, ndmin: int, trans1d: int) -> torch.Tensor:
    """What ``r_[key]`` / ``c_[key]`` compute (NumPy's ``AxisConcatenator``).

    Items are tensors, Python scalars (weak in the result dtype), slices (``arange``, or
    ``linspace`` with endpoint for a complex step) and, first, one string directive
    (``'axis'``, ``'axis,ndmin[,trans1d]'``, ``'r'``, ``'c'``). The 'r'/'c' directives give
    the 2-D array a NumPy matrix would hold (a row, or for 1-D results a column).
    """
    matrix = ""
    device = next((i.device for i in key if isinstance(i, torch.Tensor)), defaults.device)
    objs: list[torch.Tensor | PyScalar] = []
    strong: list[torch.dtype] = []
    weak: list[type] = []
    for k, item in enumerate(key):
        if isinstance(item, str):
            if k != 0:
                raise ValueError("special directives must be the first entry.")
            axis, ndmin, trans1d, matrix = _directive(item, axis, ndmin, trans1d)
            continue
        if isinstance(item, slice):
            t = _slice_values(item, device)
            if ndmin > 1:
                t = _ndmin(t, ndmin)
                if trans1d != -1:
                    t = t.transpose(-1, trans1d)
            objs.append(t)
            strong.append(t.dtype)
        elif isinstance(item, torch.Tensor):
            t = _ndmin(item, ndmin)
            item_ndim = item.dim()
            if trans1d != -1 and item_ndim < ndmin:
                k2 = ndmin - item_ndim
                k1 = trans1d + k2 + 1 if trans1d < 0 else trans1d
                defaxes = list(range(ndmin))
                t = t.permute(defaxes[:k1] + defaxes[k2:] + defaxes[k1:k2])
            objs.append(t)
            strong.append(t.dtype)
        else:
            objs.append(item)
            weak.append(type(item))
    if not objs:
        raise ValueError("need at least one array to concatenate")
    dt = _di.result_type(tuple(strong), tuple(weak))
    tensors = [
        _ndmin(
            o.to(dt)
            if isinstance(o, torch.Tensor)
            else scalar_tensor(o, dt, device, overflow=True),
            ndmin,
        )
        for o in objs
    ]
    res = _concatenate(tensors, axis)
    if matrix:
        if res.dim() > 2:
            raise ValueError("matrix must be 2-dimensional")
        if res.dim() < 2:
            res = res.reshape(1, -1)
            if matrix == "c":
                res = res.T
    return res
