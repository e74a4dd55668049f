"""Joining and splitting of the main namespace: concatenate/concat, stack, vstack, hstack,
dstack, column_stack, row_stack, block, split, array_split, hsplit, vsplit, dsplit, unstack,
append, insert, delete and trim_zeros.

These take sequences of arrays, so each converts its arguments itself and calls
``_joining_impl``. Joins copy; the split family and ``trim_zeros`` return views of the
argument, as NumPy does.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

import torch

from . import _joining_impl as _impl
from . import _shape
from ._creation import asarray
from ._ndarray import ndarray
from ._normalizer import DTypeLike, as_tensor, normalize_dtype, out_tensor
from ._shape_impl import axis_index, axis_tuple

__all__ = [
    "append",
    "array_split",
    "block",
    "column_stack",
    "concat",
    "concatenate",
    "delete",
    "dsplit",
    "dstack",
    "hsplit",
    "hstack",
    "insert",
    "row_stack",
    "split",
    "stack",
    "trim_zeros",
    "unstack",
    "vsplit",
    "vstack",
]

_NOT_A_SEQUENCE = 'arrays to stack must be passed as a "sequence" type such as list or tuple.'


def _tensors(arrays: Any) -> list[torch.Tensor]:
    if isinstance(arrays, ndarray):
        return list(arrays._t.unbind(0)) if arrays.ndim else [arrays._t]
    if isinstance(arrays, torch.Tensor):
        return list(arrays.unbind(0))
    if not isinstance(arrays, Sequence):
        raise TypeError(_NOT_A_SEQUENCE)
    return [as_tensor(a) for a in arrays]


def _join(
    tensors: list[torch.Tensor],
    axis: int | None,
    out: ndarray | None,
    dtype: DTypeLike,
    casting: str,
    stacking: bool = False,
) -> ndarray:
    if casting not in ("no", "equiv", "safe", "same_kind", "unsafe"):
        raise ValueError("casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'")
    ot = None if out is None else out_tensor(out)
    dt = normalize_dtype(dtype)
    if stacking:
        r = _impl.stack(tensors, axis, ot, dt, casting)  # type: ignore[arg-type]
    else:
        r = _impl.concatenate(tensors, axis, ot, dt, casting)
    return out if out is not None else ndarray._from_tensor(r)


def concatenate(
    arrays: Sequence[Any],
    /,
    axis: int | None = 0,
    out: ndarray | None = None,
    *,
    dtype: DTypeLike = None,
    casting: str = "same_kind",
) -> ndarray:
    """The arrays joined along an existing ``axis`` (flattened first when None), as
    ``numpy.concatenate``.

    The result dtype is NumPy's ``result_type`` of the arrays, or ``dtype``, or ``out``'s
    dtype; each array must cast to it under ``casting``.
    """
    return _join(_tensors(arrays), axis, out, dtype, casting)


def concat(
    arrays: Sequence[Any],
    /,
    axis: int | None = 0,
    out: ndarray | None = None,
    *,
    dtype: DTypeLike = None,
    casting: str = "same_kind",
) -> ndarray:
    """``concatenate`` under its Array API name, as ``numpy.concat``."""
    return _join(_tensors(arrays), axis, out, dtype, casting)


def stack(
    arrays: Sequence[Any],
    axis: int = 0,
    out: ndarray | None = None,
    *,
    dtype: DTypeLike = None,
    casting: str = "same_kind",
) -> ndarray:
    """Arrays of one shape joined along a new ``axis`` of the result, as ``numpy.stack``."""
    return _join(_tensors(arrays), axis, out, dtype, casting, stacking=True)


def _leveled(tup: Any, level: int) -> list[torch.Tensor]:
    if not isinstance(tup, Sequence) and not isinstance(tup, ndarray):
        raise TypeError(_NOT_A_SEQUENCE)
    items = _shape._atleast(tuple(tup), level) if len(tup) else ()
    if isinstance(items, ndarray):
        items = (items,)
    return [x._t for x in items]


def vstack(tup: Sequence[Any], *, dtype: DTypeLike = None, casting: str = "same_kind") -> ndarray:
    """The arrays, made at least 2-D, joined along the first axis, as ``numpy.vstack``."""
    return _join(_leveled(tup, 2), 0, None, dtype, casting)


def row_stack(
    tup: Sequence[Any], *, dtype: DTypeLike = None, casting: str = "same_kind"
) -> ndarray:
    """``vstack`` under its deprecated name, with NumPy's ``DeprecationWarning``."""
    warnings.warn(
        "`row_stack` alias is deprecated. Use `np.vstack` directly.",
        DeprecationWarning,
        stacklevel=2,
    )
    return vstack(tup, dtype=dtype, casting=casting)


def hstack(tup: Sequence[Any], *, dtype: DTypeLike = None, casting: str = "same_kind") -> ndarray:
    """The arrays, made at least 1-D, joined along the second axis (the first for 1-D
    arrays), as ``numpy.hstack``."""
    parts = _leveled(tup, 1)
    axis = 0 if parts and parts[0].dim() == 1 else 1
    return _join(parts, axis, None, dtype, casting)


def dstack(tup: Sequence[Any]) -> ndarray:
    """The arrays, made at least 3-D, joined along the third axis, as ``numpy.dstack``."""
    return _join(_leveled(tup, 3), 2, None, None, "same_kind")


def column_stack(tup: Any) -> ndarray:
    """1-D arrays as columns, and 2-D arrays as they are, joined along the second axis, as
    ``numpy.column_stack``."""
    if not isinstance(tup, Sequence) and not isinstance(tup, ndarray):
        raise TypeError(_NOT_A_SEQUENCE)
    parts = []
    for a in tup:
        t = as_tensor(a)
        if t.dim() < 2:
            t = t.reshape(1, -1).T if t.dim() else t.reshape(1, 1)
        parts.append(t)
    return _join(parts, 1, None, None, "same_kind")


def block(arrays: Any) -> ndarray:
    """An array assembled from nested lists of blocks, as ``numpy.block``: the innermost
    lists join along the last axis, the next ones along the one before, and so on.

    Lists must nest to one depth and be non-empty; tuples are refused, with NumPy's messages.
    Blocks get leading length-one axes up to the larger of the list depth and the largest
    block's dimensions. The result is always a new array.
    """
    leaves = _convert_leaves(arrays)
    index, arr_ndim = _impl.block_check(leaves, [])
    list_ndim = len(index)
    if index and index[-1] is None:
        raise ValueError(f"List at {_impl._fmt_index(index[:-1])} cannot be empty")
    result_ndim = max(arr_ndim, list_ndim)
    r = _impl.block(leaves, 0, list_ndim, result_ndim)
    return ndarray._from_tensor(r.clone() if list_ndim == 0 else r)


def _convert_leaves(x: Any) -> Any:
    if type(x) is list:
        return [_convert_leaves(v) for v in x]
    if type(x) is tuple:
        return x
    return as_tensor(x)


# ----------------------------------------------------------------------------- splitting
def _split_axis(arr: ndarray, axis: int) -> int:
    try:
        return axis_index(axis, arr.ndim)
    except IndexError:
        raise IndexError("tuple index out of range") from None


def array_split(ary: Any, indices_or_sections: Any, axis: int = 0) -> list[ndarray]:
    """Views of ``ary`` split along ``axis``, as ``numpy.array_split``: an int N gives N
    parts, the first ``len % N`` one longer; a sequence gives the split points."""
    arr = _shape._array(ary)
    dim = _split_axis(arr, axis)
    t = arr._t
    lead: tuple[slice, ...] = (slice(None),) * dim
    keys = [
        (*lead, slice(a, b))
        for a, b in _impl.split_points(t.shape[dim], _points(indices_or_sections))
    ]
    return [_shape._view(t[key], arr) for key in keys]


def _points(x: Any) -> Any:
    if isinstance(x, ndarray):
        return x.tolist()
    return x


def split(ary: Any, indices_or_sections: Any, axis: int = 0) -> list[ndarray]:
    """As ``array_split``, but an int N must divide the axis length equally, as
    ``numpy.split``."""
    sections = _points(indices_or_sections)
    try:
        len(sections)
    except TypeError:
        arr = _shape._array(ary)
        n = arr.shape[_split_axis(arr, axis)]
        if n % sections:
            raise ValueError("array split does not result in an equal division") from None
    return array_split(ary, sections, axis)


def hsplit(ary: Any, indices_or_sections: Any) -> list[ndarray]:
    """``split`` along the second axis (the first for 1-D arrays), as ``numpy.hsplit``."""
    arr = _shape._array(ary)
    if arr.ndim == 0:
        raise ValueError("hsplit only works on arrays of 1 or more dimensions")
    return split(arr, indices_or_sections, 1 if arr.ndim > 1 else 0)


def vsplit(ary: Any, indices_or_sections: Any) -> list[ndarray]:
    """``split`` along the first axis of an array of two or more dimensions, as
    ``numpy.vsplit``."""
    arr = _shape._array(ary)
    if arr.ndim < 2:
        raise ValueError("vsplit only works on arrays of 2 or more dimensions")
    return split(arr, indices_or_sections, 0)


def dsplit(ary: Any, indices_or_sections: Any) -> list[ndarray]:
    """``split`` along the third axis of an array of three or more dimensions, as
    ``numpy.dsplit``."""
    arr = _shape._array(ary)
    if arr.ndim < 3:
        raise ValueError("dsplit only works on arrays of 3 or more dimensions")
    return split(arr, indices_or_sections, 2)


def unstack(x: Any, /, *, axis: int = 0) -> tuple[ndarray, ...]:
    """The views along ``axis``, as ``numpy.unstack``."""
    arr = _shape._array(x)
    if arr.ndim == 0:
        raise ValueError("Input array must be at least 1-d.")
    dim = axis_index(axis, arr.ndim, "source")
    return tuple(_shape._view(t, arr) for t in arr._t.unbind(dim))


# ----------------------------------------------------------------------------- editing
def append(arr: Any, values: Any, axis: int | None = None) -> ndarray:
    """``values`` joined after ``arr`` along ``axis`` (both flattened when None), as
    ``numpy.append``."""
    a = as_tensor(arr)
    v = as_tensor(values)
    if axis is None:
        a, v, axis = a.reshape(-1), v.reshape(-1), 0
    return ndarray._from_tensor(_impl.concatenate([a, v], axis, None, None, "same_kind"))


def _index_obj(obj: Any) -> Any:
    if isinstance(obj, slice) or (type(obj) is int):
        return obj
    return as_tensor(obj)


def delete(arr: Any, obj: Any, axis: int | None = None) -> ndarray:
    """A copy of ``arr`` without the entries ``obj`` (an int, a slice, integer indices or a
    boolean mask) along ``axis`` (of the flattened array when None), as ``numpy.delete``."""
    t = as_tensor(arr)
    return ndarray._from_tensor(
        _impl.delete(t, _index_obj(obj), axis, isinstance(obj, (ndarray, torch.Tensor)))
    )


def insert(arr: Any, obj: Any, values: Any, axis: int | None = None) -> ndarray:
    """A copy of ``arr`` with ``values`` inserted before the positions ``obj`` along ``axis``
    (of the flattened array when None), as ``numpy.insert``.

    ``values`` is cast to ``arr``'s dtype and broadcast as NumPy does: a scalar ``obj``
    inserts one slice (values may lie along the first axis), a sequence one slice per index.
    Boolean ``obj`` selects the positions where it is true.
    """
    t = as_tensor(arr)
    o = obj if isinstance(obj, slice) else as_tensor(obj)
    return ndarray._from_tensor(
        _impl.insert(
            t,
            o,
            lambda: asarray(values, dtype=t.dtype)._t,
            axis,
            isinstance(obj, (ndarray, torch.Tensor)),
            repr(obj),
        )
    )


def trim_zeros(filt: Any, trim: str = "fb", axis: int | Sequence[int] | None = None) -> Any:
    """``filt`` without its leading ('f') and/or trailing ('b') zeros along ``axis`` (every
    axis when None), as ``numpy.trim_zeros``: a view (the bounding box of the nonzero
    entries).

    NumPy returns a sliced list for a list argument; tnp returns an array.
    """
    arr = _shape._array(filt)
    mode = trim.lower()
    if mode not in ("fb", "bf", "f", "b"):
        raise ValueError(f"unexpected character(s) in `trim`: {trim!r}")
    nd = arr.ndim
    axes = tuple(range(nd)) if axis is None else axis_tuple(axis, nd, "axis")
    if not axes:
        return filt
    bounds = _impl.trim_bounds(arr._t)
    if bounds is None:
        starts: list[int | None] = [0] * nd
        stops: list[int | None] = [0] * nd
    else:
        starts = list(bounds[0]) if "f" in mode else [None] * nd
        stops = list(bounds[1]) if "b" in mode else [None] * nd
    key = tuple(slice(starts[d], stops[d]) if d in axes else slice(None) for d in range(nd))
    return _shape._view(arr._t[key], arr)
