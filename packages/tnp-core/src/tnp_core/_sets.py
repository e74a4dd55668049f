# mypy: disable-error-code="empty-body"
"""Set functions of the main namespace: ``unique`` and the Array API ``unique_*`` family,
``isin``, ``intersect1d``, ``union1d``, ``setdiff1d``, ``setxor1d`` and ``ediff1d``.

Each is a declaration bound by ``normalize`` to ``_sets_impl``. Values come out in
``numpy.sort`` order; see ``_sets_impl`` for how NaN and signed zeros are treated.
"""

from __future__ import annotations

from . import _sets_impl as _impl
from ._ndarray import ndarray
from ._normalizer import ArrayLike, OptArrayLike, normalize
from ._sets_impl import UniqueAllResult, UniqueCountsResult, UniqueInverseResult

__all__ = [
    "UniqueAllResult",
    "UniqueCountsResult",
    "UniqueInverseResult",
    "ediff1d",
    "intersect1d",
    "isin",
    "setdiff1d",
    "setxor1d",
    "union1d",
    "unique",
    "unique_all",
    "unique_counts",
    "unique_inverse",
    "unique_values",
]


@normalize(_impl.unique)
def unique(
    ar: ArrayLike,
    return_index: bool = False,
    return_inverse: bool = False,
    return_counts: bool = False,
    axis: int | None = None,
    *,
    equal_nan: bool = True,
    sorted: bool = True,
) -> ndarray | tuple[ndarray, ...]:
    """The sorted unique elements of ``ar``, as ``numpy.unique``.

    With ``axis`` the unique sub-arrays along that axis, in lexicographic order. Optional
    outputs, in NumPy's order: the index of each value's first occurrence, the inverse
    (of ``ar``'s shape when ``axis`` is None, 1-D otherwise, as NumPy 2) and the counts.
    ``equal_nan`` folds all NaNs into one (not with ``axis``, as in NumPy). Of equal values
    (``0.0`` and ``-0.0``) the first one met is kept. tnp always sorts, also for
    ``sorted=False``, which NumPy allows.
    """


@normalize(_impl.unique_all)
def unique_all(x: ArrayLike, /) -> UniqueAllResult:
    """Values, first indices, inverse and counts, as ``numpy.unique_all`` (a namedtuple).

    NaNs are all distinct (``equal_nan=False``).
    """


@normalize(_impl.unique_counts)
def unique_counts(x: ArrayLike, /) -> UniqueCountsResult:
    """Values and counts, as ``numpy.unique_counts`` (a namedtuple); NaNs are distinct."""


@normalize(_impl.unique_inverse)
def unique_inverse(x: ArrayLike, /) -> UniqueInverseResult:
    """Values and inverse indices (of ``x``'s shape), as ``numpy.unique_inverse``."""


@normalize(_impl.unique_values)
def unique_values(x: ArrayLike, /) -> ndarray:
    """The distinct values, as ``numpy.unique_values``; NaNs are distinct.

    NumPy leaves the order unspecified (it uses a hash table); tnp returns them sorted.
    """


@normalize(_impl.isin)
def isin(
    element: ArrayLike,
    test_elements: ArrayLike,
    assume_unique: bool = False,
    invert: bool = False,
    *,
    kind: str | None = None,
) -> ndarray:
    """Whether each element of ``element`` is in ``test_elements``, as ``numpy.isin``.

    Both are compared in their promoted dtype (NaN matches nothing, ``-0.0`` matches
    ``0.0``). ``kind`` ('sort', 'table' or None) is checked as NumPy checks it, but tnp
    always uses one merged stable sort, so 'table' never fails for a wide value range.
    """


@normalize(_impl.intersect1d)
def intersect1d(
    ar1: ArrayLike, ar2: ArrayLike, assume_unique: bool = False, return_indices: bool = False
) -> ndarray | tuple[ndarray, ndarray, ndarray]:
    """The sorted values found in both arrays, as ``numpy.intersect1d``; with
    ``return_indices`` also their first indices in each flattened input."""


@normalize(_impl.union1d)
def union1d(ar1: ArrayLike, ar2: ArrayLike) -> ndarray:
    """The sorted unique values of either array, as ``numpy.union1d``."""


@normalize(_impl.setdiff1d)
def setdiff1d(ar1: ArrayLike, ar2: ArrayLike, assume_unique: bool = False) -> ndarray:
    """The unique values of ``ar1`` that are not in ``ar2``, as ``numpy.setdiff1d``."""


@normalize(_impl.setxor1d)
def setxor1d(ar1: ArrayLike, ar2: ArrayLike, assume_unique: bool = False) -> ndarray:
    """The sorted values in exactly one of the arrays, as ``numpy.setxor1d``."""


@normalize(_impl.ediff1d)
def ediff1d(ary: ArrayLike, to_end: OptArrayLike = None, to_begin: OptArrayLike = None) -> ndarray:
    """Differences of consecutive elements of the flattened array, as ``numpy.ediff1d``.

    The result keeps ``ary``'s dtype (integers wrap around); ``to_begin``/``to_end`` are put
    before/after and must cast to it under the 'same_kind' rule.
    """
