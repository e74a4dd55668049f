"""``pad`` of the main namespace: NumPy's argument rules (pad widths, per-axis values,
keywords per mode) here, the filling in ``_padding_impl``."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from typing import Any

import torch

from . import _dtypes_impl as _di
from . import _padding_impl as _impl
from . import _shape, _shape_impl
from ._ndarray import ndarray
from ._normalizer import as_tensor

__all__ = ["pad"]

_ALLOWED: dict[str, tuple[str, ...]] = {
    "constant": ("constant_values",),
    "edge": (),
    "empty": (),
    "linear_ramp": ("end_values",),
    "maximum": ("stat_length",),
    "mean": ("stat_length",),
    "median": ("stat_length",),
    "minimum": ("stat_length",),
    "reflect": ("reflect_type",),
    "symmetric": ("reflect_type",),
    "wrap": (),
}


def _pairs(x: Any, ndim: int, as_index: bool = False) -> list[tuple[Any, Any]]:
    """NumPy's reading of a per-axis (before, after) argument: one value, one pair, or one
    pair per axis (anything that broadcasts to ``(ndim, 2)``)."""
    if x is None:
        return [(None, None)] * ndim
    t = as_tensor(x)
    if as_index:
        if t.is_floating_point():
            t = torch.round(t)
        t = t.to(_di.INT64)
    flat = t.reshape(-1).tolist()
    if t.dim() < 3:
        if t.numel() == 1:
            if as_index and flat[0] < 0:
                raise ValueError("index can't contain negative values")
            return [(flat[0], flat[0])] * ndim
        if t.numel() == 2 and tuple(t.shape) != (2, 1):
            if as_index and (flat[0] < 0 or flat[1] < 0):
                raise ValueError("index can't contain negative values")
            return [(flat[0], flat[1])] * ndim
    if as_index and t.numel() and min(flat) < 0:
        raise ValueError("index can't contain negative values")
    full = _shape_impl.broadcast_to(t, (ndim, 2)).tolist()
    return [(a, b) for a, b in full]


def _widths(pad_width: Any, ndim: int) -> list[tuple[int, int]]:
    if isinstance(pad_width, dict):
        seq: list[Any] = [(0, 0)] * ndim
        for axis, width in pad_width.items():
            if isinstance(width, int):
                seq[axis] = (width, width)
            else:
                before, after = width
                seq[axis] = (int(before), int(after))
        pad_width = seq
    t = as_tensor(pad_width)
    if _di.kind(t.dtype) != "i":
        raise TypeError("`pad_width` must be of integral type.")
    return [(int(a), int(b)) for a, b in _pairs(t, ndim, as_index=True)]


def pad(
    array: Any, pad_width: Any, mode: str | Callable[..., Any] = "constant", **kwargs: Any
) -> ndarray:
    """``array`` padded by ``pad_width`` (before, after) entries per axis, as ``numpy.pad``.

    Every NumPy mode is supported: 'constant' (``constant_values``), 'edge', 'linear_ramp'
    (``end_values``), 'maximum', 'mean', 'median', 'minimum' (``stat_length``), 'reflect' and
    'symmetric' (``reflect_type`` 'even' or 'odd'), 'wrap', 'empty', and a callable
    ``mode(vector, iaxis_pad_width, iaxis, kwargs)`` that fills each 1-D slice in place
    (called with tnp arrays). Widths and values are read as NumPy reads them (one value, one
    pair, a pair per axis, or a dict of axes). Axes are padded in order, so corners come from
    the last axes, as in NumPy. 'median' pads of integer arrays are rounded half to even.
    """
    arr = _shape._array(array)
    t = arr._t
    nd = t.dim()
    widths = _widths(pad_width, nd)
    if callable(mode):
        return _pad_with(arr, widths, mode, kwargs)
    if mode not in _ALLOWED:
        raise ValueError(f"mode '{mode}' is not supported")
    unsupported = set(kwargs) - set(_ALLOWED[mode])
    if unsupported:
        raise ValueError(f"unsupported keyword arguments for mode '{mode}': {unsupported}")
    values = None
    lengths = None
    if mode == "constant":
        values = _pairs(kwargs.get("constant_values", 0), nd)
    elif mode == "linear_ramp":
        values = _pairs(kwargs.get("end_values", 0), nd)
    elif mode in ("maximum", "minimum", "mean", "median"):
        lengths = _pairs(kwargs.get("stat_length"), nd, as_index=True)
    reflect_type = kwargs.get("reflect_type", "even")
    return ndarray._from_tensor(_impl.pad(t, widths, mode, values, lengths, reflect_type))


def _pad_with(
    arr: ndarray, widths: list[tuple[int, int]], func: Callable[..., Any], kwargs: dict[str, Any]
) -> ndarray:
    t = arr._t
    shape = [n + lo + hi for n, (lo, hi) in zip(t.shape, widths, strict=True)]
    padded = torch.zeros(shape, dtype=t.dtype, device=t.device)
    if t.numel():
        padded[tuple(slice(lo, lo + n) for n, (lo, _) in zip(t.shape, widths, strict=True))] = t
    out = ndarray._from_tensor(padded)
    for axis in range(padded.dim()):
        view = _shape.moveaxis(out, axis, -1)
        rows = view.shape[:-1]
        if math.prod(rows) == 0:
            continue
        for ind in itertools.product(*(range(n) for n in rows)):
            func(_shape._view(view._t[ind], out), widths[axis], axis, kwargs)
    return out
