# mypy: disable-error-code="empty-body"
"""Reductions of the main namespace: ``sum``, ``mean``, ``max``/``amax``, ``min``/``amin``.

Each function is a declaration (signature, tags, docstring) that ``normalize`` binds to its
tensor implementation in ``_reductions_impl``; see ``_normalizer`` for how.
"""

from __future__ import annotations

from . import _reductions_impl as _impl
from ._ndarray import ndarray
from ._normalizer import ArrayLike, AxisLike, DTypeLike, KeepDims, OutArray, normalize

__all__ = ["amax", "amin", "max", "mean", "min", "sum"]


@normalize(_impl.sum)
def sum(
    a: ArrayLike,
    axis: AxisLike = None,
    dtype: DTypeLike = None,
    out: OutArray = None,
    keepdims: KeepDims = False,
) -> ndarray:
    """Sum of the elements over the given axes, as ``numpy.sum``.

    Integer and bool inputs accumulate in int64 (uint64 for unsigned), as NumPy on Linux.
    """


@normalize(_impl.mean)
def mean(
    a: ArrayLike,
    axis: AxisLike = None,
    dtype: DTypeLike = None,
    out: OutArray = None,
    keepdims: KeepDims = False,
) -> ndarray:
    """Arithmetic mean over the given axes, as ``numpy.mean``.

    Integer inputs give float64; float16 accumulates in float32 and returns float16.
    """


@normalize(_impl.max)
def max(
    a: ArrayLike, axis: AxisLike = None, out: OutArray = None, keepdims: KeepDims = False
) -> ndarray:
    """Maximum over the given axes, as ``numpy.max``; NaN propagates."""


@normalize(_impl.min)
def min(
    a: ArrayLike, axis: AxisLike = None, out: OutArray = None, keepdims: KeepDims = False
) -> ndarray:
    """Minimum over the given axes, as ``numpy.min``; NaN propagates."""


amax = max
amin = min
