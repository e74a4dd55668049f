# mypy: disable-error-code="empty-body"
"""Reductions of the main namespace: ``sum``, ``mean``, ``max``/``amax``, ``min``/``amin``.

Each function is a declaration (signature, tags, docstring) that ``normalize`` binds to its
tensor implementation in ``_reductions_impl``; see ``_normalizer`` for how.
"""

from __future__ import annotations

from . import _reductions_impl as _impl
from ._ndarray import ndarray
from ._normalizer import (
    ArrayLike,
    AxisLike,
    DTypeLike,
    KeepDims,
    OptArrayLike,
    OptAxisIndex,
    OptScalarLike,
    OutArray,
    normalize,
)

__all__ = [
    "all",
    "amax",
    "amin",
    "any",
    "argmax",
    "argmin",
    "cumprod",
    "cumsum",
    "max",
    "mean",
    "min",
    "prod",
    "std",
    "sum",
    "var",
]


@normalize(_impl.sum)
def sum(
    a: ArrayLike,
    axis: AxisLike = None,
    dtype: DTypeLike = None,
    out: OutArray = None,
    keepdims: KeepDims = False,
    initial: OptScalarLike = None,
    where: OptArrayLike = None,
) -> ndarray:
    """Sum of the elements over the given axes, as ``numpy.sum``.

    Integer and bool inputs accumulate in int64 (uint64 for unsigned), as NumPy on Linux.
    ``initial`` is added to each sum; elements outside ``where`` are left out. ``where=None``
    stands for NumPy's default ``True``.
    """


@normalize(_impl.mean)
def mean(
    a: ArrayLike,
    axis: AxisLike = None,
    dtype: DTypeLike = None,
    out: OutArray = None,
    keepdims: KeepDims = False,
    *,
    where: OptArrayLike = None,
) -> ndarray:
    """Arithmetic mean over the given axes, as ``numpy.mean``.

    Integer inputs give float64; float16 accumulates in float32 and returns float16. An empty
    slice gives nan and a ``RuntimeWarning`` ("Mean of empty slice"), as NumPy.
    """


@normalize(_impl.max)
def max(
    a: ArrayLike,
    axis: AxisLike = None,
    out: OutArray = None,
    keepdims: KeepDims = False,
    initial: OptScalarLike = None,
    where: OptArrayLike = None,
) -> ndarray:
    """Maximum over the given axes, as ``numpy.max``; NaN propagates.

    Empty reductions need ``initial``; so does ``where`` (``ValueError`` otherwise, as NumPy).
    """


@normalize(_impl.min)
def min(
    a: ArrayLike,
    axis: AxisLike = None,
    out: OutArray = None,
    keepdims: KeepDims = False,
    initial: OptScalarLike = None,
    where: OptArrayLike = None,
) -> ndarray:
    """Minimum over the given axes, as ``numpy.min``; NaN propagates.

    Empty reductions need ``initial``; so does ``where`` (``ValueError`` otherwise, as NumPy).
    """


@normalize(_impl.prod)
def prod(
    a: ArrayLike,
    axis: AxisLike = None,
    dtype: DTypeLike = None,
    out: OutArray = None,
    keepdims: KeepDims = False,
    initial: OptScalarLike = None,
    where: OptArrayLike = None,
) -> ndarray:
    """Product of the elements over the given axes, as ``numpy.prod``.

    Integer and bool inputs multiply in int64 (uint64 for unsigned), wrapping around as NumPy.
    """


@normalize(_impl.all)
def all(
    a: ArrayLike,
    axis: AxisLike = None,
    out: OutArray = None,
    keepdims: KeepDims = False,
    *,
    where: OptArrayLike = None,
) -> ndarray:
    """Whether every element is nonzero, as ``numpy.all``; NaN counts as true."""


@normalize(_impl.any)
def any(
    a: ArrayLike,
    axis: AxisLike = None,
    out: OutArray = None,
    keepdims: KeepDims = False,
    *,
    where: OptArrayLike = None,
) -> ndarray:
    """Whether some element is nonzero, as ``numpy.any``; NaN counts as true."""


@normalize(_impl.argmax)
def argmax(
    a: ArrayLike, axis: OptAxisIndex = None, out: OutArray = None, *, keepdims: bool = False
) -> ndarray:
    """Index of the first maximum (flat index when ``axis`` is None), as ``numpy.argmax``.

    NaN counts as the maximum: the index of the first NaN is returned, as NumPy does.
    """


@normalize(_impl.argmin)
def argmin(
    a: ArrayLike, axis: OptAxisIndex = None, out: OutArray = None, *, keepdims: bool = False
) -> ndarray:
    """Index of the first minimum (flat index when ``axis`` is None), as ``numpy.argmin``.

    NaN counts as the minimum: the index of the first NaN is returned, as NumPy does.
    """


@normalize(_impl.cumsum)
def cumsum(
    a: ArrayLike, axis: OptAxisIndex = None, dtype: DTypeLike = None, out: OutArray = None
) -> ndarray:
    """Running sums along ``axis`` (flattened when None), as ``numpy.cumsum``.

    Integers accumulate in int64 (uint64 for unsigned), as ``sum`` does.
    """


@normalize(_impl.cumprod)
def cumprod(
    a: ArrayLike, axis: OptAxisIndex = None, dtype: DTypeLike = None, out: OutArray = None
) -> ndarray:
    """Running products along ``axis`` (flattened when None), as ``numpy.cumprod``."""


@normalize(_impl.var)
def var(
    a: ArrayLike,
    axis: AxisLike = None,
    dtype: DTypeLike = None,
    out: OutArray = None,
    ddof: float = 0,
    keepdims: KeepDims = False,
    *,
    where: OptArrayLike = None,
    mean: OptArrayLike = None,
    correction: float | None = None,
) -> ndarray:
    """Variance over the given axes, as ``numpy.var``: ``sum(|x - mean|**2) / (n - ddof)``.

    Integers give float64, complex inputs a real result. ``correction`` is the Array API
    spelling of ``ddof`` (giving both raises ``ValueError``); ``mean`` is a precomputed mean.
    """


@normalize(_impl.std)
def std(
    a: ArrayLike,
    axis: AxisLike = None,
    dtype: DTypeLike = None,
    out: OutArray = None,
    ddof: float = 0,
    keepdims: KeepDims = False,
    *,
    where: OptArrayLike = None,
    mean: OptArrayLike = None,
    correction: float | None = None,
) -> ndarray:
    """Standard deviation over the given axes, as ``numpy.std``."""


amax = max
amin = min
