# mypy: disable-error-code="empty-body"
"""Index helpers of the main namespace, as NumPy's: ``s_``, ``index_exp``, ``ndindex``,
``ndenumerate``, ``r_``, ``c_``, ``ix_``, ``unravel_index``, ``ravel_multi_index``, the
diagonal and triangle index functions, ``mask_indices`` and ``fill_diagonal``.

The index arithmetic runs on tensors in ``_index_tricks_impl``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import torch

from . import _index_tricks_impl as _impl
from ._conversion import to_tensor
from ._flags import check_writeable
from ._ndarray import ndarray, operator_index
from ._normalizer import ArrayLike, ShapeLike, as_tensor, normalize, normalize_device, wrap

__all__ = [
    "c_",
    "diag_indices",
    "diag_indices_from",
    "fill_diagonal",
    "index_exp",
    "ix_",
    "mask_indices",
    "ndenumerate",
    "ndindex",
    "r_",
    "ravel_multi_index",
    "s_",
    "tril_indices",
    "tril_indices_from",
    "triu_indices",
    "triu_indices_from",
    "unravel_index",
]


class _IndexExpression:
    """``s_[...]`` gives the index expression itself; ``index_exp[...]`` always a tuple."""

    __slots__ = ("_as_tuple",)

    def __init__(self, as_tuple: bool) -> None:
        self._as_tuple = as_tuple

    def __getitem__(self, item: Any) -> Any:
        if self._as_tuple and not isinstance(item, tuple):
            return (item,)
        return item


s_ = _IndexExpression(as_tuple=False)
index_exp = _IndexExpression(as_tuple=True)


class ndindex:
    """Iterate over every index tuple of a shape in C order, as ``numpy.ndindex``."""

    def __init__(self, *shape: Any) -> None:
        if len(shape) == 1 and not isinstance(shape[0], int) and hasattr(shape[0], "__iter__"):
            shape = tuple(shape[0])
        self._shape = tuple(operator_index(d) for d in shape)
        if any(d < 0 for d in self._shape):
            raise ValueError("negative dimensions are not allowed")
        self._iter = itertools.product(*(range(d) for d in self._shape))

    def __iter__(self) -> ndindex:
        return self

    def __next__(self) -> tuple[int, ...]:
        return next(self._iter)


class ndenumerate:
    """Iterate over ``(index, element)`` pairs in C order, as ``numpy.ndenumerate``.

    Elements are 0-D arrays, tnp's scalars.
    """

    def __init__(self, arr: Any) -> None:
        from ._creation import asarray

        self._arr: ndarray = asarray(arr)
        self._indices: Iterator[tuple[int, ...]] = ndindex(self._arr.shape)

    def __iter__(self) -> ndenumerate:
        return self

    def __next__(self) -> tuple[tuple[int, ...], ndarray]:
        index = next(self._indices)
        return index, self._arr[index]


# ----------------------------------------------------------------------------- r_ and c_
_PY_SCALARS = (bool, int, float, complex)


class _AxisConcatenator:
    """Index with arrays, scalars and slices to concatenate them (NumPy's
    ``AxisConcatenator``); see ``r_`` and ``c_``."""

    __slots__ = ("_axis", "_name", "_ndmin", "_trans1d")

    def __init__(self, name: str, axis: int, ndmin: int, trans1d: int) -> None:
        self._name = name
        self._axis = axis
        self._ndmin = ndmin
        self._trans1d = trans1d

    def __getitem__(self, key: Any) -> ndarray:
        if isinstance(key, str):
            raise NotImplementedError(
                f"{self._name}['...'] builds a numpy.matrix, which tnp does not support"
            )
        items = key if isinstance(key, tuple) else (key,)
        converted = [
            item if isinstance(item, (slice, str)) or type(item) in _PY_SCALARS else as_tensor(item)
            for item in items
        ]
        res = _impl.axis_concatenate(converted, self._axis, self._ndmin, self._trans1d)
        return ndarray._from_tensor(res)

    def __len__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return f"tnp.{self._name}"


r_ = _AxisConcatenator("r_", axis=0, ndmin=1, trans1d=-1)
"""Concatenate along the first axis by indexing, as ``numpy.r_``: ``r_[1:4, 0, [7, 8]]``.

Slices become ``arange`` (a complex step ``n*1j`` means ``linspace`` with ``n`` points);
Python scalars are weak in the result dtype (NEP 50). A first string item sets the axis
(``'1'``), the axis and minimum ndim with an optional ``trans1d`` (``'0,2,0'``), or asks
for a row (``'r'``) or column (``'c'``) matrix: tnp gives the 2-D array that matrix
would hold, since it has no ``matrix`` class.
"""

c_ = _AxisConcatenator("c_", axis=-1, ndmin=2, trans1d=0)
"""Stack 1-D items as columns (concatenate along the last axis of at least 2-D items), as
``numpy.c_``: ``c_[[1, 2], [3, 4]]`` has shape (2, 2). Items are as for ``r_``."""


def ix_(*args: Any) -> tuple[ndarray, ...]:
    """Open-mesh index arrays from 1-D sequences, as ``numpy.ix_``: the k-th result has its
    values on axis k and size 1 elsewhere. Boolean sequences give their true positions; an
    empty sequence gives an empty int64 array. For tnp arrays the results are views."""
    nd = len(args)
    out: list[ndarray] = []
    for k, new in enumerate(args):
        if isinstance(new, ndarray):
            t, base = new._t, new._own
        else:
            t, base = as_tensor(new), None
            if t.numel() == 0:
                t = t.to(torch.int64)
        if t.dim() != 1:
            raise ValueError("Cross index must be 1 dimensional")
        if t.dtype is torch.bool:
            t, base = torch.nonzero(t).reshape(-1), None
        shape = (1,) * k + (t.numel(),) + (1,) * (nd - k - 1)
        out.append(ndarray._from_tensor(t.view(shape), base))
    return tuple(out)


# ----------------------------------------------------------------------------- flat indices
@normalize(_impl.unravel_index)
def unravel_index(indices: ArrayLike, shape: ShapeLike, order: str = "C") -> tuple[ndarray, ...]:
    """Coordinate arrays of flat indices into an array of ``shape``, as
    ``numpy.unravel_index`` (``order`` 'C' or 'F'; out-of-range indices raise ValueError)."""


def ravel_multi_index(
    multi_index: Sequence[Any],
    dims: int | Sequence[int],
    mode: str | Sequence[str] = "raise",
    order: str = "C",
) -> ndarray:
    """Flat indices of coordinate arrays into an array of shape ``dims``, as
    ``numpy.ravel_multi_index``.

    ``mode`` is 'raise', 'wrap' or 'clip' for all dimensions, or a sequence with one per
    dimension; ``order`` is 'C' or 'F'. The result is int64.
    """
    coords = [as_tensor(c) for c in multi_index]
    shape = (
        (operator_index(dims),)
        if not isinstance(dims, Sequence)
        else tuple(operator_index(d) for d in dims)
    )
    result: ndarray = wrap(_impl.ravel_multi_index(coords, shape, mode, order))
    return result


# ----------------------------------------------------------------------------- diagonals
def diag_indices(n: int, ndim: int = 2) -> tuple[ndarray, ...]:
    """``ndim`` copies of ``arange(n)``, which index the main diagonal of an n-sided array,
    as ``numpy.diag_indices``. The arrays go to the default device."""
    res: tuple[ndarray, ...] = wrap(
        _impl.diag_indices(operator_index(n), operator_index(ndim), normalize_device(None))
    )
    return res


@normalize(_impl.diag_indices_from)
def diag_indices_from(arr: ArrayLike) -> tuple[ndarray, ...]:
    """The main-diagonal indices of ``arr`` (at least 2-D, all sides equal), as
    ``numpy.diag_indices_from``."""


def tril_indices(n: int, k: int = 0, m: int | None = None) -> tuple[ndarray, ndarray]:
    """Row and column indices of the lower triangle (diagonal offset ``k``) of an ``n`` by
    ``m`` array, row by row, as ``numpy.tril_indices``."""
    res: tuple[ndarray, ndarray] = wrap(
        _impl.tril_indices(
            operator_index(n),
            operator_index(k),
            None if m is None else operator_index(m),
            normalize_device(None),
        )
    )
    return res


def triu_indices(n: int, k: int = 0, m: int | None = None) -> tuple[ndarray, ndarray]:
    """Row and column indices of the upper triangle (diagonal offset ``k``) of an ``n`` by
    ``m`` array, row by row, as ``numpy.triu_indices``."""
    res: tuple[ndarray, ndarray] = wrap(
        _impl.triu_indices(
            operator_index(n),
            operator_index(k),
            None if m is None else operator_index(m),
            normalize_device(None),
        )
    )
    return res


@normalize(_impl.tril_indices_from)
def tril_indices_from(arr: ArrayLike, k: int = 0) -> tuple[ndarray, ndarray]:
    """``tril_indices`` for the shape of the 2-D ``arr``, as ``numpy.tril_indices_from``."""


@normalize(_impl.triu_indices_from)
def triu_indices_from(arr: ArrayLike, k: int = 0) -> tuple[ndarray, ndarray]:
    """``triu_indices`` for the shape of the 2-D ``arr``, as ``numpy.triu_indices_from``."""


def mask_indices(
    n: int, mask_func: Callable[[ndarray, int], Any], k: int = 0
) -> tuple[ndarray, ...]:
    """Indices where ``mask_func(ones((n, n), int), k)`` is nonzero, as
    ``numpy.mask_indices`` (``mask_func`` is, say, ``tnp.triu``)."""
    n = operator_index(n)
    ones = ndarray._from_tensor(
        torch.ones((n, n), dtype=torch.int64, device=normalize_device(None))
    )
    a = as_tensor(mask_func(ones, k))
    res: tuple[ndarray, ...] = wrap(tuple(torch.nonzero(a != 0, as_tuple=True)))
    return res


def fill_diagonal(a: ndarray, val: Any, wrap: bool = False) -> None:
    """Write ``val`` (repeated cyclically) along the main diagonal of ``a``, in place, as
    ``numpy.fill_diagonal``.

    ``a`` is at least 2-D with equal sides beyond 2-D; for a tall 2-D array ``wrap=True``
    restarts the diagonal after every ``N + 1`` rows, as NumPy does.
    """
    if not isinstance(a, ndarray):
        raise TypeError(f"fill_diagonal needs a tnp.ndarray to write into, not {type(a).__name__}")
    check_writeable(a, "assignment destination")
    dt = a._t.dtype
    v = as_tensor(val).to(dt) if isinstance(val, (ndarray, torch.Tensor)) else to_tensor(val, dt)
    _impl.fill_diagonal(a._t, v, bool(wrap))
