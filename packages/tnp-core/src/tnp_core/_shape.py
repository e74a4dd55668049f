"""Shape manipulation of the main namespace: reshape, ravel, squeeze, expand_dims, moveaxis,
rollaxis, swapaxes, transpose, permute_dims, matrix_transpose, atleast_1d/2d/3d, the
broadcasting functions and the ``broadcast`` class, resize, ndim, shape and size.

Functions that NumPy answers with a view answer with a view here too: the result shares the
argument's tensor and records the array owning the memory as its ``base``, as the ``ndarray``
methods do (the free functions call those methods where one exists).
"""

from __future__ import annotations

import math
import operator
from collections.abc import Iterator, Sequence
from typing import Any

import torch

from . import _flags
from . import _shape_impl as _impl
from ._ndarray import flatiter, ndarray
from ._normalizer import as_tensor

__all__ = [
    "atleast_1d",
    "atleast_2d",
    "atleast_3d",
    "broadcast",
    "broadcast_arrays",
    "broadcast_shapes",
    "broadcast_to",
    "expand_dims",
    "matrix_transpose",
    "moveaxis",
    "ndim",
    "permute_dims",
    "ravel",
    "reshape",
    "resize",
    "rollaxis",
    "shape",
    "size",
    "squeeze",
    "swapaxes",
    "transpose",
]


def _array(a: Any) -> ndarray:
    """``a`` itself when it is a tnp array, else a new array holding its data."""
    if isinstance(a, ndarray):
        return a
    return ndarray._from_tensor(as_tensor(a))


def _view(t: torch.Tensor, of: ndarray) -> ndarray:
    """A view ``t`` of the array ``of`` (base: the owner; read-only when ``of`` is)."""
    return of._view(t)


def _shape_tuple(shape: Any) -> tuple[int, ...]:
    if isinstance(shape, (tuple, list)) or (
        not hasattr(shape, "__index__") and hasattr(shape, "__iter__")
    ):
        return tuple(operator.index(d) for d in shape)
    return (operator.index(shape),)


# ----------------------------------------------------------------------------- reshaping
def reshape(a: Any, /, shape: Any, order: str = "C", *, copy: bool | None = None) -> ndarray:
    """``a``'s elements with a new shape, as ``numpy.reshape``: a view when the memory allows
    it, else a copy (``copy=True`` always copies, ``copy=False`` refuses to).

    ``order`` 'C' reads and writes the elements in row-major order, 'F' in column-major
    order, 'A' in column-major order only for Fortran-contiguous, non-C-contiguous arrays.
    NumPy 2.4 removed the ``newshape`` keyword, and so does tnp.
    """
    arr = _array(a)
    dims = _shape_tuple(shape)
    if order not in ("C", "F", "A"):
        if order == "K":
            raise ValueError("order 'K' is not permitted for reshaping")
        raise ValueError(f"order must be one of 'C', 'F', 'A', or 'K' (got {order!r})")
    if sum(1 for d in dims if d < 0) > 1:
        raise ValueError("can only specify one unknown dimension")
    t = arr._t
    if order == "A":
        order = "F" if _flags.f_contiguous(t) and not _flags.c_contiguous(t) else "C"
    if order == "C":
        return arr.reshape(dims, copy=copy)
    out, is_view = _impl.reshape_fortran(t, dims, copy)
    return _view(out, arr) if is_view else ndarray._from_tensor(out)


def ravel(a: Any, order: str = "C") -> ndarray:
    """The elements in one dimension, as ``numpy.ravel``: a view when the memory allows it.

    'C' and 'F' read in row- or column-major order, 'A' in column-major order for
    Fortran-contiguous arrays, 'K' in the order the elements lie in memory.
    """
    arr = _array(a)
    if order != "K":
        return arr.ravel(order)
    t = arr._t.permute(_impl.memory_order(arr._t))
    if _flags.c_contiguous(t):
        return _view(t.view(-1), arr)
    return ndarray._from_tensor(t.reshape(-1).clone())


def squeeze(a: Any, axis: int | Sequence[int] | None = None) -> ndarray:
    """A view without length-one axes (only those in ``axis`` when given), as
    ``numpy.squeeze``; an axis in ``axis`` whose length is not one is a ``ValueError``."""
    arr = _array(a)
    if arr.ndim == 0 and type(axis) is int and axis in (0, -1):
        return _view(arr._t.view(()), arr)  # NumPy accepts axis 0 / -1 of a 0-D array
    return arr.squeeze(axis)  # type: ignore[arg-type]


def expand_dims(a: Any, axis: int | Sequence[int] = 0) -> ndarray:
    """A view with length-one axes inserted at the positions ``axis`` of the result, as
    ``numpy.expand_dims`` (a tuple inserts several); ``axis`` defaults to 0 as in the Array
    API (NumPy requires it)."""
    arr = _array(a)
    return _view(arr._t.view(_impl.expanded_shape(arr.shape, axis)), arr)


def swapaxes(a: Any, axis1: int, axis2: int) -> ndarray:
    """A view with ``axis1`` and ``axis2`` exchanged, as ``numpy.swapaxes``."""
    return _array(a).swapaxes(axis1, axis2)


def transpose(a: Any, axes: Sequence[int] | None = None) -> ndarray:
    """A view with the axes permuted as ``axes`` says (reversed by default), as
    ``numpy.transpose``."""
    arr = _array(a)
    return arr.transpose() if axes is None else arr.transpose(tuple(axes))


def permute_dims(a: Any, /, axes: Sequence[int] | None = None) -> ndarray:
    """``transpose`` under its Array API name, as ``numpy.permute_dims``."""
    return transpose(a, axes)


def matrix_transpose(x: Any, /) -> ndarray:
    """A view with the last two axes exchanged, as ``numpy.matrix_transpose``."""
    arr = _array(x)
    if arr.ndim < 2:
        raise ValueError(f"Input array must be at least 2-dimensional, but it is {arr.ndim}")
    return _view(arr._t.transpose(-2, -1), arr)


def moveaxis(a: Any, source: int | Sequence[int], destination: int | Sequence[int]) -> ndarray:
    """A view with the ``source`` axes moved to the ``destination`` positions, the other axes
    keeping their order, as ``numpy.moveaxis``."""
    arr = _array(a)
    return _view(arr._t.permute(_impl.moveaxis_order(arr.ndim, source, destination)), arr)


def rollaxis(a: Any, axis: int, start: int = 0) -> ndarray:
    """A view with ``axis`` moved to sit before position ``start``, as ``numpy.rollaxis``."""
    arr = _array(a)
    order = _impl.rollaxis_order(arr.ndim, axis, start)
    t = arr._t
    return _view(t.view(t.shape) if order is None else t.permute(order), arr)


def _atleast(arys: tuple[Any, ...], n: int) -> Any:
    res = []
    for a in arys:
        arr = _array(a)
        shape = _impl.atleast_shape(arr.shape, n)
        res.append(arr if len(shape) == arr.ndim else _view(arr._t.view(shape), arr))
    return res[0] if len(res) == 1 else tuple(res)


def atleast_1d(*arys: Any) -> Any:
    """Each argument as an array of at least one dimension, as ``numpy.atleast_1d``: one
    array for one argument, else a tuple; arrays already big enough are returned as given,
    others as views."""
    return _atleast(arys, 1)


def atleast_2d(*arys: Any) -> Any:
    """Each argument with at least two dimensions (a 1-D array of N becomes 1 x N), as
    ``numpy.atleast_2d``."""
    return _atleast(arys, 2)


def atleast_3d(*arys: Any) -> Any:
    """Each argument with at least three dimensions (N becomes 1 x N x 1, M x N becomes
    M x N x 1), as ``numpy.atleast_3d``."""
    return _atleast(arys, 3)


# ----------------------------------------------------------------------------- broadcasting
def broadcast_to(array: Any, shape: Any, subok: bool = False) -> ndarray:
    """A read-only view of ``array`` broadcast to ``shape``, as ``numpy.broadcast_to``."""
    arr = _array(array)
    view = _view(_impl.broadcast_to(arr._t, _shape_tuple(shape)), arr)
    _flags.set_writeable(view, False)
    return view


def broadcast_shapes(*args: Any) -> tuple[int, ...]:
    """The shape that arrays of the given shapes (ints or tuples) broadcast to, as
    ``numpy.broadcast_shapes``."""
    return _impl.broadcast_shapes(*(_shape_tuple(s) for s in args))


def broadcast_arrays(*args: Any, subok: bool = False) -> tuple[ndarray, ...]:
    """The arguments broadcast against each other, as ``numpy.broadcast_arrays``: a tuple of
    views (the arrays themselves when they all have the broadcast shape already).

    NumPy's views warn when written to; tnp's are plainly writeable, and a write into a
    broadcast (repeated) axis is refused.
    """
    arrs = [_array(a) for a in args]
    target = _impl.broadcast_shapes(*(x.shape for x in arrs))
    if all(x.shape == target for x in arrs):
        return tuple(arrs)
    return tuple(_view(x._t.expand(target), x) for x in arrs)


class broadcast:
    """The broadcast of up to 64 arrays against each other, as ``numpy.broadcast``.

    Iterating gives tuples holding one element of each broadcast argument, in C order (0-D
    arrays: tnp has no scalar type). ``iters`` are the per-argument flat iterators, which the
    broadcast object advances; ``reset()`` rewinds them all.
    """

    __slots__ = ("_index", "_iters", "_shape")

    def __init__(self, *args: Any) -> None:
        if len(args) > 64:
            raise ValueError("Need at least 0 and at most 64 array objects.")
        arrs = [_array(a) for a in args]
        self._shape = _impl.broadcast_shapes(*(x.shape for x in arrs))
        views = [broadcast_to(x, self._shape) for x in arrs]
        self._iters = tuple(flatiter(v) for v in views)
        self._index = 0

    @property
    def shape(self) -> tuple[int, ...]:
        """The broadcast shape."""
        return self._shape

    @property
    def ndim(self) -> int:
        """Number of dimensions of the broadcast shape."""
        return len(self._shape)

    @property
    def nd(self) -> int:
        """Number of dimensions of the broadcast shape (``ndim``'s older name)."""
        return len(self._shape)

    @property
    def size(self) -> int:
        """Number of elements of the broadcast shape."""
        return math.prod(self._shape)

    @property
    def numiter(self) -> int:
        """Number of broadcast arguments."""
        return len(self._iters)

    @property
    def iters(self) -> tuple[flatiter, ...]:
        """One flat iterator per argument, over the argument broadcast to ``shape``."""
        return self._iters

    @property
    def index(self) -> int:
        """The flat index of the next element tuple."""
        return self._index

    def reset(self) -> None:
        """Rewind to the first element tuple."""
        self._index = 0
        for it in self._iters:
            it._next = 0

    def __iter__(self) -> Iterator[tuple[ndarray, ...]]:
        return self

    def __next__(self) -> tuple[ndarray, ...]:
        if self._index >= self.size:
            raise StopIteration
        self._index += 1
        return tuple(next(it) for it in self._iters)


# ----------------------------------------------------------------------------- sizes
def resize(a: Any, new_shape: Any) -> ndarray:
    """A new array of shape ``new_shape`` filled with ``a``'s elements in C order, repeated
    as often as needed, as ``numpy.resize`` (zeros when ``a`` or the result is empty)."""
    return ndarray._from_tensor(_impl.resize(as_tensor(a), _shape_tuple(new_shape)))


def ndim(a: Any) -> int:
    """Number of dimensions of ``a``, as ``numpy.ndim``."""
    return a.ndim if isinstance(a, ndarray) else as_tensor(a).dim()


def shape(a: Any) -> tuple[int, ...]:
    """The shape of ``a``, as ``numpy.shape``."""
    return a.shape if isinstance(a, ndarray) else tuple(as_tensor(a).shape)


def size(a: Any, axis: int | Sequence[int] | None = None) -> int:
    """Number of elements of ``a``, or along ``axis`` (an int or a tuple), as
    ``numpy.size``."""
    dims = a.shape if isinstance(a, ndarray) else tuple(as_tensor(a).shape)
    if axis is None:
        return math.prod(dims)
    return math.prod(dims[i] for i in _impl.axis_tuple(axis, len(dims)))
