# mypy: disable-error-code="empty-body"
"""Array creation: conversion, arrays from shapes, ``*_like``, ranges, matrices, grids, buffers.

The conversions (``array``, ``asarray`` and their variants, ``require``, ``copy``) and the
functions taking iterables, callables or variadic arrays are written out here; the others are
declarations bound to ``_creation_impl`` by the normalizer. Every function that makes an array
from nothing takes ``device=`` (the default device when None); the ``*_like`` functions default
to their prototype's device, and functions of arrays keep their input's device.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal

import torch

from . import _creation_impl as _impl
from ._conversion import to_tensor
from ._defaults_impl import default_device
from ._dtypes import to_torch_dtype
from ._ndarray import ndarray
from ._normalizer import (
    ArrayLike,
    DeviceLike,
    DTypeLike,
    OptScalarLike,
    ScalarLike,
    ShapeLike,
    WeakArrayLike,
    normalize,
    normalize_device,
)

__all__ = [
    "arange",
    "array",
    "asanyarray",
    "asarray",
    "asarray_chkfinite",
    "ascontiguousarray",
    "asfortranarray",
    "copy",
    "diag",
    "diagflat",
    "empty",
    "empty_like",
    "eye",
    "from_dlpack",
    "frombuffer",
    "fromfunction",
    "fromiter",
    "fromstring",
    "full",
    "full_like",
    "geomspace",
    "identity",
    "indices",
    "linspace",
    "logspace",
    "meshgrid",
    "mgrid",
    "ogrid",
    "ones",
    "ones_like",
    "require",
    "tri",
    "tril",
    "triu",
    "vander",
    "zeros",
    "zeros_like",
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
        return obj._view(t)
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
    start: WeakArrayLike,
    stop: WeakArrayLike,
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


# ----------------------------------------------------------------------------- conversions
def _check_order(order: object) -> None:
    if order not in ("K", "A", "C", None):
        raise NotImplementedError("tnp arrays are always C-ordered: order='F' is not supported")


def asanyarray(
    a: Any,
    dtype: DTypeLike = None,
    order: Literal["K", "A", "C", "F"] | None = None,
    *,
    device: DeviceLike = None,
    copy: bool | None = None,
    like: Any = None,
) -> ndarray:
    """Convert to an array, as ``numpy.asanyarray``; the same as ``asarray`` (tnp has no
    ndarray subclasses)."""
    _check_order(order)
    return _convert(a, dtype, device, copy)


def ascontiguousarray(
    a: Any, dtype: DTypeLike = None, *, like: Any = None, device: DeviceLike = None
) -> ndarray:
    """A C-contiguous array of at least one dimension, as ``numpy.ascontiguousarray``.

    A contiguous input of the right dtype and device is returned without a copy.
    """
    arr = _convert(a, dtype, device, None, ndmin=1)
    if arr._t.is_contiguous():
        return arr
    return ndarray._from_tensor(arr._t.contiguous())


def asfortranarray(
    a: Any, dtype: DTypeLike = None, *, like: Any = None, device: DeviceLike = None
) -> ndarray:
    """Convert to an array of at least one dimension, as ``numpy.asfortranarray``.

    Differs from NumPy: tnp arrays are always C-ordered, so the result is C-contiguous (which
    is also Fortran-contiguous only for arrays with at most one axis longer than one).
    """
    return ascontiguousarray(a, dtype, device=device)


def asarray_chkfinite(
    a: Any,
    dtype: DTypeLike = None,
    order: Literal["K", "A", "C", "F"] | None = None,
    *,
    device: DeviceLike = None,
) -> ndarray:
    """Convert to an array, as ``numpy.asarray_chkfinite``: ``ValueError`` if any element of an
    inexact result is infinite or NaN."""
    _check_order(order)
    arr = _convert(a, dtype, device, None)
    t = arr._t
    if (t.is_floating_point() or t.is_complex()) and not bool(torch.isfinite(t).all()):
        raise ValueError("array must not contain infs or NaNs")
    return arr


def copy(a: Any, order: Literal["K", "A", "C", "F"] = "K", subok: bool = False) -> ndarray:
    """A copy of ``a`` owning its memory, as ``numpy.copy`` (always C-ordered)."""
    _check_order(order)
    t = to_tensor(a)
    return ndarray._from_tensor(t.clone(memory_format=torch.contiguous_format))


_REQUIREMENTS = {
    "C": "C",
    "C_CONTIGUOUS": "C",
    "CONTIGUOUS": "C",
    "F": "F",
    "F_CONTIGUOUS": "F",
    "FORTRAN": "F",
    "A": "A",
    "ALIGNED": "A",
    "W": "W",
    "WRITEABLE": "W",
    "O": "O",
    "OWNDATA": "O",
    "E": "E",
    "ENSUREARRAY": "E",
}


def require(
    a: Any,
    dtype: DTypeLike = None,
    requirements: str | Sequence[str] | None = None,
    *,
    like: Any = None,
    device: DeviceLike = None,
) -> ndarray:
    """An array meeting ``requirements`` (flags as in ``numpy.require``), copying if needed.

    'A' (aligned), 'W' (writeable) and 'E' (a base-class array) always hold for tnp arrays;
    'C' makes the result C-contiguous and 'O' gives it its own memory. Differs from NumPy:
    'F' can only be met by arrays with at most one axis longer than one (there a C-contiguous
    array is Fortran-contiguous too); for others it raises ``NotImplementedError``.
    """
    arr = _convert(a, dtype, device, None)
    if not requirements:
        return arr
    wanted = {_REQUIREMENTS[flag.upper()] for flag in requirements}
    if "C" in wanted and "F" in wanted:
        raise ValueError('Cannot specify both "C" and "F" order')
    if "F" in wanted:
        if sum(1 for n in arr.shape if n > 1) > 1:
            raise NotImplementedError(
                "tnp arrays are always C-ordered: requirement 'F' cannot be met for an array "
                f"of shape {arr.shape}"
            )
        wanted.add("C")
    if "O" in wanted and arr.base is not None:
        return ndarray._from_tensor(arr._t.clone(memory_format=torch.contiguous_format))
    if "C" in wanted and not arr._t.is_contiguous():
        return ndarray._from_tensor(arr._t.contiguous())
    return arr


# ----------------------------------------------------------------------------- *_like
@normalize(_impl.empty_like)
def empty_like(
    prototype: ArrayLike,
    /,
    dtype: DTypeLike = None,
    order: Literal["K", "A", "C", "F"] = "K",
    subok: bool = True,
    shape: int | Sequence[int] | None = None,
    *,
    device: str | torch.device | None = None,
) -> ndarray:
    """Uninitialized array with ``prototype``'s shape and dtype, as ``numpy.empty_like``.

    ``dtype`` and ``shape`` override the prototype's; the device is the prototype's unless
    ``device`` is given (Array API).
    """


@normalize(_impl.zeros_like)
def zeros_like(
    a: ArrayLike,
    dtype: DTypeLike = None,
    order: Literal["K", "A", "C", "F"] = "K",
    subok: bool = True,
    shape: int | Sequence[int] | None = None,
    *,
    device: str | torch.device | None = None,
) -> ndarray:
    """Zeros with ``a``'s shape, dtype and device unless overridden, as ``numpy.zeros_like``."""


@normalize(_impl.ones_like)
def ones_like(
    a: ArrayLike,
    dtype: DTypeLike = None,
    order: Literal["K", "A", "C", "F"] = "K",
    subok: bool = True,
    shape: int | Sequence[int] | None = None,
    *,
    device: str | torch.device | None = None,
) -> ndarray:
    """Ones with ``a``'s shape, dtype and device unless overridden, as ``numpy.ones_like``."""


def full_like(
    a: ArrayLike,
    fill_value: ArrayLike,
    dtype: DTypeLike = None,
    order: Literal["K", "A", "C", "F"] = "K",
    subok: bool = True,
    shape: int | Sequence[int] | None = None,
    *,
    device: str | torch.device | None = None,
) -> ndarray:
    """``fill_value`` in an array with ``a``'s shape, dtype and device unless overridden, as
    ``numpy.full_like``.

    The fill value is cast to the result dtype unsafely, except that a Python int out of that
    dtype's range raises ``OverflowError`` (NEP 50).
    """
    t = a._t if isinstance(a, ndarray) else to_tensor(a)
    target = t.dtype if dtype is None else to_torch_dtype(dtype)
    fill = to_tensor(fill_value, target) if type(fill_value) is int else to_tensor(fill_value)
    return ndarray._from_tensor(_impl.full_like(t, fill, target, order, shape, device))


# ----------------------------------------------------------------------------- ranges
@normalize(_impl.logspace)
def logspace(
    start: WeakArrayLike,
    stop: WeakArrayLike,
    num: int = 50,
    endpoint: bool = True,
    base: WeakArrayLike = 10.0,
    dtype: DTypeLike = None,
    axis: int = 0,
    *,
    device: DeviceLike = None,
) -> ndarray:
    """``base ** linspace(start, stop, num)``, as ``numpy.logspace``.

    ``start``, ``stop`` and ``base`` may be arrays; Python numbers are weak, so float32
    endpoints with a Python-number ``base`` give float32 samples, while an array ``base``
    takes part in type promotion, as in NumPy. An integer ``dtype`` truncates the powers.
    """


@normalize(_impl.geomspace)
def geomspace(
    start: ArrayLike,
    stop: ArrayLike,
    num: int = 50,
    endpoint: bool = True,
    dtype: DTypeLike = None,
    axis: int = 0,
    *,
    device: DeviceLike = None,
) -> ndarray:
    """``num`` samples evenly spaced on a log scale from ``start`` to ``stop``, as
    ``numpy.geomspace``.

    Negative and complex endpoints are handled as NumPy does (the sequence is computed on the
    positive real axis and rotated back) and the end samples equal ``start`` and ``stop``
    exactly. ``ValueError`` if an endpoint is zero.
    """


# ----------------------------------------------------------------------------- matrices
@normalize(_impl.identity)
def identity(
    n: int, dtype: DTypeLike = None, *, like: Any = None, device: DeviceLike = None
) -> ndarray:
    """The ``n`` by ``n`` identity matrix, as ``numpy.identity`` (float64 unless ``dtype``)."""


@normalize(_impl.tri)
def tri(
    N: int,
    M: int | None = None,
    k: int = 0,
    dtype: DTypeLike = float,
    *,
    like: Any = None,
    device: DeviceLike = None,
) -> ndarray:
    """``N`` by ``M`` array with ones at and below the ``k``-th diagonal, as ``numpy.tri``."""


@normalize(_impl.tril)
def tril(m: ArrayLike, k: int = 0) -> ndarray:
    """Copy with the elements above the ``k``-th diagonal zeroed, as ``numpy.tril``.

    Works on the last two axes of a stack of matrices; a 1-D input is read as the rows of a
    square matrix (as NumPy does).
    """


@normalize(_impl.triu)
def triu(m: ArrayLike, k: int = 0) -> ndarray:
    """Copy with the elements below the ``k``-th diagonal zeroed, as ``numpy.triu``.

    Works on the last two axes of a stack of matrices; a 1-D input is read as the rows of a
    square matrix (as NumPy does).
    """


@normalize(_impl.diag)
def diag(v: ArrayLike, k: int = 0) -> ndarray:
    """A 1-D ``v`` on the ``k``-th diagonal of a 2-D array, or a 2-D ``v``'s ``k``-th diagonal,
    as ``numpy.diag``.

    Differs from NumPy: the diagonal of a 2-D input is a copy (NumPy returns a read-only view).
    """


@normalize(_impl.diagflat)
def diagflat(v: ArrayLike, k: int = 0) -> ndarray:
    """The flattened ``v`` on the ``k``-th diagonal of a 2-D array, as ``numpy.diagflat``."""


@normalize(_impl.vander)
def vander(x: ArrayLike, N: int | None = None, increasing: bool = False) -> ndarray:
    """Vandermonde matrix of the 1-D ``x``, as ``numpy.vander`` (decreasing powers unless
    ``increasing``); the dtype is ``x``'s promoted with int64."""


# ----------------------------------------------------------------------------- grids
def meshgrid(
    *xi: ArrayLike, copy: bool = True, sparse: bool = False, indexing: Literal["xy", "ij"] = "xy"
) -> tuple[ndarray, ...]:
    """Coordinate arrays from coordinate vectors, as ``numpy.meshgrid``; a tuple, as NumPy 2.

    With ``copy=False`` the dense outputs are broadcast views of the inputs and must not be
    written to (NumPy makes them read-only).
    """
    tensors = tuple(x._t if isinstance(x, ndarray) else to_tensor(x) for x in xi)
    out = _impl.meshgrid(tensors, copy, sparse, indexing)
    return tuple(
        ndarray._from_tensor(t, None if copy or not isinstance(x, ndarray) else x._own)
        for t, x in zip(out, xi, strict=True)
    )


@normalize(_impl.indices)
def indices(
    dimensions: ShapeLike,
    dtype: DTypeLike = int,
    sparse: bool = False,
    *,
    device: DeviceLike = None,
) -> Any:
    """The indices of a grid of shape ``dimensions``, as ``numpy.indices``: one array of shape
    ``(len(dimensions), *dimensions)``, or with ``sparse`` a tuple of broadcastable arrays."""


def fromfunction(
    function: Callable[..., Any],
    shape: Sequence[int],
    *,
    dtype: DTypeLike = float,
    like: Any = None,
    **kwargs: Any,
) -> Any:
    """``function(*index_arrays, **kwargs)``, as ``numpy.fromfunction``: the function gets one
    array of coordinates per axis (of ``dtype``) and its result is returned as it is."""
    grid = indices(shape, dtype=dtype)
    return function(*(grid[i] for i in range(len(grid))), **kwargs)


class _Grid:
    """``mgrid`` / ``ogrid``: index with slices to get grids (a complex step is a count)."""

    __slots__ = ("_sparse",)

    def __init__(self, sparse: bool) -> None:
        self._sparse = sparse

    def __getitem__(self, key: slice | tuple[slice, ...]) -> Any:
        res = _impl.grid(key, self._sparse)
        device = default_device()
        if isinstance(res, tuple):
            return tuple(ndarray._from_tensor(t.to(device)) for t in res)
        return ndarray._from_tensor(res.to(device))

    def __repr__(self) -> str:
        return "tnp.ogrid" if self._sparse else "tnp.mgrid"


mgrid = _Grid(sparse=False)
"""Dense grids by slicing, as ``numpy.mgrid``: ``mgrid[0:3, 0:5:2]``, ``mgrid[-1:1:5j]``."""
ogrid = _Grid(sparse=True)
"""Open (broadcastable) grids by slicing, as ``numpy.ogrid``."""


# ----------------------------------------------------------------------------- from data
def fromiter(
    iter: Iterable[Any],
    dtype: DTypeLike,
    count: int = -1,
    *,
    like: Any = None,
    device: DeviceLike = None,
) -> ndarray:
    """A 1-D array of the items of an iterable, as ``numpy.fromiter`` (``count`` items if
    given, ``ValueError`` if the iterable is shorter)."""
    items = list(iter) if count < 0 else list(itertools.islice(iter, count))
    if count >= 0 and len(items) < count:
        raise ValueError(
            f"iterator too short: Expected {count} but iterator had only {len(items)} items."
        )
    target = None if dtype is None else to_torch_dtype(dtype)
    if target is None and not items:
        target = to_torch_dtype(float)
    t = to_tensor(items, target) if target is not None else to_tensor(items, to_torch_dtype(float))
    if t.dim() != 1:
        raise ValueError("setting an array element with a sequence.")
    dev = normalize_device(device)
    return ndarray._from_tensor(t if dev is None else t.to(dev))


@normalize(_impl.frombuffer)
def frombuffer(
    buffer: Any,
    dtype: DTypeLike = None,
    count: int = -1,
    offset: int = 0,
    *,
    like: Any = None,
    device: DeviceLike = None,
) -> ndarray:
    """The bytes of ``buffer`` from ``offset`` read as ``count`` items of ``dtype`` (all that
    fit when -1), as ``numpy.frombuffer``.

    On the CPU the array shares the buffer's memory. Differs from NumPy: an array over a
    read-only buffer (``bytes``) is not marked read-only, and must not be written to.
    """


@normalize(_impl.fromstring)
def fromstring(
    string: str | bytes,
    dtype: DTypeLike = float,
    count: int = -1,
    *,
    sep: str,
    like: Any = None,
    device: DeviceLike = None,
) -> ndarray:
    """A 1-D array of the numbers written in ``string`` between separators ``sep``, as
    ``numpy.fromstring`` (only its text mode exists in NumPy 2: ``sep=""`` raises
    ``ValueError``; use ``frombuffer`` for bytes).

    Whitespace in ``sep`` matches any run of whitespace; text that is not a number or a
    separator raises ``ValueError``. ``device=`` is a tnp extension.
    """


def from_dlpack(x: Any, /, *, device: DeviceLike = None, copy: bool | None = None) -> ndarray:
    """An array over the data of any object that has ``__dlpack__`` (torch tensors, tnp and
    NumPy arrays, ...), as ``numpy.from_dlpack`` and the Array API's ``from_dlpack``.

    The memory is shared when possible. ``copy=True`` always copies; ``copy=False`` never
    does, and raises ``ValueError`` where that is impossible (another ``device``).
    ``device=`` moves the result to that torch device (NumPy accepts only "cpu").
    """
    own: ndarray | None = None
    if isinstance(x, ndarray):
        t, own = x._t, x._own
    elif isinstance(x, torch.Tensor):
        t = x
    elif hasattr(x, "__dlpack__"):
        t = torch.utils.dlpack.from_dlpack(x)
    else:
        raise AttributeError(f"{type(x).__name__!r} object has no attribute '__dlpack__'")
    t = to_tensor(t)  # refuses dtypes tnp does not support
    target = None if device is None else normalize_device(device)
    if target is not None and target != t.device:
        if copy is False:
            raise ValueError(
                f"Unable to avoid copy while moving the data from {t.device} to {target}."
            )
        return ndarray._from_tensor(t.to(target))
    if copy:
        return ndarray._from_tensor(t.clone())
    return ndarray._from_tensor(t, own)
