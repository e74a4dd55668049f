"""Views with arbitrary strides, as ``numpy.lib.stride_tricks``: ``as_strided`` and
``sliding_window_view``.

Both return views of the memory of their argument, built with ``torch.as_strided``. tnp
tensors count strides in elements while NumPy counts bytes, so ``as_strided`` takes byte
strides (as NumPy) and divides them by the item size; strides that are not whole, non-negative
multiples of the item size cannot be expressed by PyTorch and raise ``ValueError``.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from typing import Any

import torch

from tnp_core._flags import set_writeable
from tnp_core._ndarray import ndarray
from tnp_core._normalizer import as_tensor, normalize_axis_tuple

__all__ = ["as_strided", "sliding_window_view"]


def _view(x: Any, t: torch.Tensor, shape: tuple[int, ...], strides: tuple[int, ...]) -> ndarray:
    """A view of ``x``'s memory with element strides."""
    try:
        view = torch.as_strided(t, shape, strides, t.storage_offset())
    except RuntimeError as exc:
        # PyTorch refuses views that reach outside the memory (NumPy would read past it)
        raise ValueError(
            f"as_strided: the view does not fit in the array's memory ({exc})"
        ) from None
    return ndarray._from_tensor(view, x._own if isinstance(x, ndarray) else None)


def as_strided(
    x: Any,
    shape: Sequence[int] | None = None,
    strides: Sequence[int] | None = None,
    subok: bool = False,
    writeable: bool = True,
) -> ndarray:
    """A view of ``x`` with the given ``shape`` and ``strides`` (in bytes), as
    ``numpy.lib.stride_tricks.as_strided``.

    This is as unsafe as NumPy's: nothing checks that the view stays inside ``x``'s memory,
    so a wrong shape or stride reads unrelated memory or crashes, and writing through a view
    whose elements overlap gives results that depend on the order of the writes. Prefer
    ``sliding_window_view`` or broadcasting, and pass ``writeable=False`` when the view is
    only read. The result's ``base`` is the array that owns the memory. Strides must be
    non-negative multiples of the item size in tnp (``ValueError`` otherwise); ``subok`` is
    accepted and has no effect.
    """
    t = as_tensor(x)
    size = t.element_size()
    out_shape = tuple(t.shape) if shape is None else tuple(operator.index(d) for d in shape)
    if strides is None:
        # NumPy keeps ``x``'s strides, which for C-contiguous data means C-contiguous
        # strides for the new shape
        if shape is None or not t.is_contiguous():
            elem = tuple(t.stride())
            if len(elem) != len(out_shape):
                raise ValueError("mismatch in length of strides and shape")
        else:
            elem = tuple(torch.empty(out_shape, device="meta").stride())
    else:
        byte = tuple(operator.index(s) for s in strides)
        if len(byte) != len(out_shape):
            raise ValueError("mismatch in length of strides and shape")
        if any(s % size or s < 0 for s in byte):
            raise ValueError(
                f"tnp strides must be non-negative multiples of the item size ({size} bytes), "
                f"got {byte}"
            )
        elem = tuple(s // size for s in byte)
    if any(d < 0 for d in out_shape):
        raise ValueError("negative dimensions are not allowed")
    res = _view(x, t, out_shape, elem)
    if not writeable:
        set_writeable(res, False)
    return res


def sliding_window_view(
    x: Any,
    window_shape: int | Sequence[int],
    axis: int | Sequence[int] | None = None,
    *,
    subok: bool = False,
    writeable: bool = False,
) -> ndarray:
    """A read-only view of every window of ``window_shape`` over ``axis`` (all axes when
    None; an axis may repeat), as ``numpy.lib.stride_tricks.sliding_window_view``.

    The window axes come last. ``writeable=True`` makes the view writeable; as in NumPy,
    its windows share elements, so writes show in several windows. ``subok`` has no effect.
    """
    shape_w = (
        tuple(operator.index(w) for w in window_shape)
        if isinstance(window_shape, Sequence)
        else (operator.index(window_shape),)
    )
    t = as_tensor(x)
    if any(w < 0 for w in shape_w):
        raise ValueError("`window_shape` cannot contain negative values")
    nd = t.dim()
    if axis is None:
        axes: tuple[int, ...] = tuple(range(nd))
        if len(shape_w) != len(axes):
            raise ValueError(
                "Since axis is `None`, must provide window_shape for all dimensions of `x`; "
                f"got {len(shape_w)} window_shape elements and `x.ndim` is {nd}."
            )
    else:
        if isinstance(axis, Sequence):
            axes = tuple(normalize_axis_tuple((a,), nd)[0] for a in axis)
        else:
            axes = normalize_axis_tuple(axis, nd)
        if len(shape_w) != len(axes):
            raise ValueError(
                "Must provide matching length window_shape and axis; got "
                f"{len(shape_w)} window_shape elements and {len(axes)} axes elements."
            )
    strides = tuple(t.stride())
    trimmed = list(t.shape)
    for ax, w in zip(axes, shape_w, strict=True):
        if trimmed[ax] < w:
            raise ValueError("window shape cannot be larger than input array shape")
        trimmed[ax] -= w - 1
    out_strides = strides + tuple(strides[ax] for ax in axes)
    res = _view(x, t, tuple(trimmed) + shape_w, out_strides)
    if not writeable:
        set_writeable(res, False)
    return res
