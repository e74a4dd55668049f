# mypy: disable-error-code="empty-body"
"""Sorting and searching of the main namespace: ``sort``, ``argsort``, ``partition``,
``argpartition``, ``lexsort``, ``sort_complex``, ``searchsorted``, ``nonzero``,
``flatnonzero`` and ``argwhere``.

Each function is a declaration (signature, tags, docstring) that ``normalize`` binds to its
tensor implementation in ``_sorting_impl``; see ``_normalizer`` for how. ``lexsort`` takes a
sequence of arrays of possibly different dtypes, so it converts each key itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from . import _sorting_impl as _impl
from ._ndarray import ndarray
from ._normalizer import (
    ArrayLike,
    OptAxisIndex,
    as_tensor,
    normalize,
    wrap,
)

__all__ = [
    "argpartition",
    "argsort",
    "argwhere",
    "flatnonzero",
    "lexsort",
    "nonzero",
    "partition",
    "searchsorted",
    "sort",
    "sort_complex",
]


@normalize(_impl.sort)
def sort(
    a: ArrayLike,
    axis: OptAxisIndex = -1,
    kind: str | None = None,
    order: Any = None,
    *,
    stable: bool | None = None,
    descending: bool = False,
) -> ndarray:
    """A sorted copy, as ``numpy.sort``; ``axis=None`` sorts the flattened array.

    The sort is always stable, whatever ``kind`` names. NaN sorts after ``+inf``; complex
    numbers sort by real part, then imaginary part, NaN last in each, as NumPy does.
    ``descending=True`` (the Array API's keyword; NumPy has none) reverses the order, ties
    keeping their input order.
    """


@normalize(_impl.argsort)
def argsort(
    a: ArrayLike,
    axis: int | None = -1,
    kind: str | None = None,
    order: Any = None,
    *,
    stable: bool | None = None,
    descending: bool = False,
) -> ndarray:
    """Indices that sort the array, as ``numpy.argsort``.

    Always stable: equal elements keep their index order. Same order as ``sort``;
    ``descending`` as there.
    """


@normalize(_impl.partition)
def partition(
    a: ArrayLike,
    kth: ArrayLike,
    axis: OptAxisIndex = -1,
    kind: str = "introselect",
    order: Any = None,
) -> ndarray:
    """A partitioned copy, as ``numpy.partition``.

    tnp returns the fully sorted array (a stable sort), which meets NumPy's guarantee for
    every ``kth`` at once: the element at each ``kth`` is the one a sort puts there, smaller
    or equal ones before it and greater or equal ones after it.
    """


@normalize(_impl.argpartition)
def argpartition(
    a: ArrayLike,
    kth: ArrayLike,
    axis: int | None = -1,
    kind: str = "introselect",
    order: Any = None,
) -> ndarray:
    """Indices that partition the array, as ``numpy.argpartition``.

    tnp returns the indices of a full stable sort (see ``partition``).
    """


@normalize(_impl.sort_complex)
def sort_complex(a: ArrayLike) -> ndarray:
    """Sort along the last axis into a complex array, as ``numpy.sort_complex``."""


def searchsorted(
    a: ArrayLike, v: ArrayLike, side: str = "left", sorter: ArrayLike | None = None
) -> ndarray:
    """Indices where ``v`` would be inserted to keep the 1-D ``a`` sorted, as
    ``numpy.searchsorted``.

    ``a`` and ``v`` are compared in their promoted dtype, with the order of ``sort`` (NaN
    last). tnp finds the indices with one stable sort of ``a`` and ``v`` together, so the
    cost is that of sorting ``a.size + v.size`` elements.
    """
    order = None if sorter is None else as_tensor(sorter)
    result: ndarray = wrap(_impl.searchsorted(as_tensor(a), as_tensor(v), side, order))
    return result


@normalize(_impl.nonzero)
def nonzero(a: ArrayLike) -> tuple[ndarray, ...]:
    """Indices of the nonzero elements, one int64 array per axis, as ``numpy.nonzero``.

    A 0-D input raises ``ValueError``, as in NumPy 2.
    """


@normalize(_impl.flatnonzero)
def flatnonzero(a: ArrayLike) -> ndarray:
    """Indices of the nonzero elements of the flattened array, as ``numpy.flatnonzero``."""


@normalize(_impl.argwhere)
def argwhere(a: ArrayLike) -> ndarray:
    """Indices of the nonzero elements, one row each, as ``numpy.argwhere``."""


def lexsort(keys: Sequence[Any] | ndarray, axis: int | None = -1) -> ndarray:
    """Indirect stable sort on several keys, the last one primary, as ``numpy.lexsort``.

    ``keys`` is a sequence of arrays of one shape (a 2-D array gives its rows); each key is
    ordered as ``sort`` orders it.
    """
    tensors = [as_tensor(k) for k in keys]
    result: ndarray = wrap(_impl.lexsort(tensors, axis))
    return result
