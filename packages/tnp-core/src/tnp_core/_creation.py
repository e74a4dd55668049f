# mypy: disable-error-code="empty-body"
"""Array creation: ``array``, ``asarray`` and the functions that build arrays from shapes.

``array`` and ``asarray`` are the conversion itself, so they are written out here; the others
are declarations bound to ``_creation_impl`` by the normalizer. Every creation function takes
``device=`` (the default device when None).
"""

from __future__ import annotations

from typing import Any, Literal

import torch

from . import _creation_impl as _impl
from ._conversion import to_tensor
from ._dtypes import to_torch_dtype
from ._ndarray import ndarray
from ._normalizer import (
    ArrayLike,
    DeviceLike,
    DTypeLike,
    OptScalarLike,
    ScalarLike,
    ShapeLike,
    normalize,
    normalize_device,
)

__all__ = [
    "arange",
    "array",
    "asarray",
    "empty",
    "eye",
    "full",
    "linspace",
    "ones",
    "zeros",
]


def _convert(
    obj: object, dtype: DTypeLike, device: DeviceLike, copy: bool | None, ndmin: int = 0
) -> ndarray:
    target = None if dtype is None else to_torch_dtype(dtype)
    if isinstance(obj, ndarray):
        source = obj._t
    elif isinstance(obj, torch.Tensor):
        source = obj
    else:
        source = None
    if source is None:
        # building from Python data always makes new memory, so copy=False cannot hold
        if copy is False:
            raise ValueError("Unable to avoid copy while creating an array as requested.")
        t = to_tensor(obj, target)
        if device is not None:
            t = t.to(normalize_device(device))
        copied = True
    else:
        t = to_tensor(source, target)
        if device is not None:
            t = t.to(normalize_device(device))
        copied = t is not source
        if copy is False and copied:
            raise ValueError("Unable to avoid copy while creating an array as requested.")
        if copy is True and not copied:
            t = t.clone()
            copied = True
    if ndmin > t.dim():
        t = t.reshape((1,) * (ndmin - t.dim()) + tuple(t.shape))
    if isinstance(obj, ndarray) and not copied:
        if t is obj._t:
            return obj
        return ndarray._from_tensor(t, obj._own)
    return ndarray._from_tensor(t)


def array(
    object: Any,
    dtype: DTypeLike = None,
    *,
    copy: bool | None = True,
    order: Literal["K", "A", "C", "F"] | None = "K",
    subok: bool = False,
    ndmin: int = 0,
    like: Any = None,
    device: DeviceLike = None,
) -> ndarray:
    """Create an array, as ``numpy.array``; copies unless ``copy`` is None or False.

    Python data gets NumPy's dtypes (int64, float64, complex128, bool); ``copy=False`` raises
    ``ValueError`` when a copy cannot be avoided. ``order`` other than C is not supported.
    """
    if order not in ("K", "A", "C", None):
        raise NotImplementedError("tnp arrays are always C-ordered: order='F' is not supported")
    return _convert(object, dtype, device, copy, ndmin)


def asarray(
    a: Any,
    dtype: DTypeLike = None,
    order: Literal["K", "A", "C", "F"] | None = None,
    *,
    device: DeviceLike = None,
    copy: bool | None = None,
    like: Any = None,
) -> ndarray:
    """Convert to an array without copying when possible, as ``numpy.asarray``.

    A tnp array of the right dtype and device is returned as is; a ``torch.Tensor`` is wrapped
    without a copy (keeping its autograd graph).
    """
    if order not in ("K", "A", "C", None):
        raise NotImplementedError("tnp arrays are always C-ordered: order='F' is not supported")
    return _convert(a, dtype, device, copy)


@normalize(_impl.zeros)
def zeros(
    shape: ShapeLike,
    dtype: DTypeLike = None,
    order: Literal["C", "F"] = "C",
    *,
    device: DeviceLike = None,
    like: Any = None,
) -> ndarray:
    """Array of zeros, as ``numpy.zeros`` (float64 unless ``dtype`` is given)."""


@normalize(_impl.ones)
def ones(
    shape: ShapeLike,
    dtype: DTypeLike = None,
    order: Literal["C", "F"] = "C",
    *,
    device: DeviceLike = None,
    like: Any = None,
) -> ndarray:
    """Array of ones, as ``numpy.ones`` (float64 unless ``dtype`` is given)."""


@normalize(_impl.empty)
def empty(
    shape: ShapeLike,
    dtype: DTypeLike = None,
    order: Literal["C", "F"] = "C",
    *,
    device: DeviceLike = None,
    like: Any = None,
) -> ndarray:
    """Uninitialized array, as ``numpy.empty`` (float64 unless ``dtype`` is given)."""


@normalize(_impl.full)
def full(
    shape: ShapeLike,
    fill_value: ArrayLike,
    dtype: DTypeLike = None,
    order: Literal["C", "F"] = "C",
    *,
    device: DeviceLike = None,
    like: Any = None,
) -> ndarray:
    """Array filled with ``fill_value``, as ``numpy.full``; the dtype is the fill value's."""


@normalize(_impl.eye)
def eye(
    N: int,
    M: int | None = None,
    k: int = 0,
    dtype: DTypeLike = None,
    order: Literal["C", "F"] = "C",
    *,
    device: DeviceLike = None,
    like: Any = None,
) -> ndarray:
    """2-D array with ones on the ``k``-th diagonal, as ``numpy.eye``."""


@normalize(_impl.arange)
def arange(
    start: ScalarLike,
    stop: OptScalarLike = None,
    step: OptScalarLike = None,
    dtype: DTypeLike = None,
    *,
    device: DeviceLike = None,
    like: Any = None,
) -> ndarray:
    """Evenly spaced values in ``[start, stop)``, as ``numpy.arange``.

    Called as ``arange(stop)``, ``arange(start, stop)`` or ``arange(start, stop, step)``;
    the length and values follow NumPy's formula, so float steps give NumPy's elements.
    """


@normalize(_impl.linspace)
def linspace(
    start: ArrayLike,
    stop: ArrayLike,
    num: int = 50,
    endpoint: bool = True,
    retstep: bool = False,
    dtype: DTypeLike = None,
    axis: int = 0,
    *,
    device: DeviceLike = None,
) -> ndarray:
    """``num`` evenly spaced samples over ``[start, stop]``, as ``numpy.linspace``.

    ``start`` and ``stop`` may be arrays (samples run along ``axis``); with ``retstep`` the
    result is ``(samples, step)``. Integer dtypes floor the samples, as NumPy 2.
    """
