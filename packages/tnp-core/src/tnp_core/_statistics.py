# mypy: disable-error-code="empty-body"
"""Statistics of the main namespace: order statistics, averages, counts, covariance.

``ptp``, ``median``, ``average``, ``percentile``, ``quantile``, ``count_nonzero``,
``cumulative_sum``, ``cumulative_prod``, ``cov`` and ``corrcoef``; the tensor work is in
``_statistics_impl``.
"""

from __future__ import annotations

from typing import Any

import torch

from . import _statistics_impl as _impl
from ._ndarray import ndarray
from ._normalizer import (
    ArrayLike,
    AxisLike,
    DTypeLike,
    KeepDims,
    OptArrayLike,
    OutArray,
    as_tensor,
    copy_into_out,
    normalize,
    normalize_axis_tuple,
    wrap,
)

__all__ = [
    "average",
    "corrcoef",
    "count_nonzero",
    "cov",
    "cumulative_prod",
    "cumulative_sum",
    "median",
    "percentile",
    "ptp",
    "quantile",
]


@normalize(_impl.ptp)
def ptp(
    a: ArrayLike, axis: AxisLike = None, out: OutArray = None, keepdims: KeepDims = False
) -> ndarray:
    """Range (maximum minus minimum) along the axes, as ``numpy.ptp``.

    The subtraction is in the input's dtype, so integers wrap around as in NumPy; bool input
    raises ``TypeError``.
    """


@normalize(_impl.median)
def median(
    a: ArrayLike,
    axis: AxisLike = None,
    out: OutArray = None,
    overwrite_input: bool = False,
    keepdims: KeepDims = False,
) -> ndarray:
    """Median along the axes, as ``numpy.median`` (mean of the two middle values when even).

    A slice holding NaN gives NaN; an empty slice gives NaN with "Mean of empty slice".
    ``overwrite_input`` is accepted and ignored: tnp never reorders the input.
    """


def average(
    a: ArrayLike,
    axis: int | tuple[int, ...] | None = None,
    weights: ArrayLike | None = None,
    returned: bool = False,
    *,
    keepdims: bool = False,
) -> Any:
    """Weighted average along the axes, as ``numpy.average``.

    Without weights this is ``mean``; with them integer data averages in at least float64.
    ``returned=True`` also gives the sum of the weights, broadcast to the result's shape.
    Weights summing to zero raise ``ZeroDivisionError``, as NumPy.
    """
    t = as_tensor(a)
    ax = None if axis is None else normalize_axis_tuple(axis, t.dim())
    w = None if weights is None else as_tensor(weights)
    avg, scl = _impl.average(t, ax, w, keepdims)
    if returned:
        return wrap(avg), wrap(scl)
    return wrap(avg)


def _quantile(
    a: ArrayLike,
    q: Any,
    axis: int | tuple[int, ...] | None,
    out: ndarray | None,
    method: str,
    keepdims: bool,
    weights: ArrayLike | None,
    percent: bool,
    name: str,
) -> ndarray:
    t = as_tensor(a)
    weak_q = type(q) in (int, float)
    qt = as_tensor(q)
    ax = None if axis is None else normalize_axis_tuple(axis, t.dim())
    w = None if weights is None else as_tensor(weights)
    res = _impl.quantile(t, qt, ax, method, keepdims, w, weak_q, percent)
    if out is not None:
        return copy_into_out(res, out, "unsafe", name)
    return ndarray._from_tensor(res)


def quantile(
    a: ArrayLike,
    q: ArrayLike,
    axis: int | tuple[int, ...] | None = None,
    out: ndarray | None = None,
    overwrite_input: bool = False,
    method: str = "linear",
    keepdims: bool = False,
    *,
    weights: ArrayLike | None = None,
) -> ndarray:
    """The ``q``-th quantiles (``q`` in [0, 1]) along the axes, as ``numpy.quantile``.

    All thirteen NumPy 2 methods, with NumPy's arithmetic and result dtypes (a Python float
    ``q`` promotes weakly); ``weights`` only with ``method='inverted_cdf'``. The quantile axes
    come first in the result. ``overwrite_input`` is accepted and ignored.
    """
    return _quantile(a, q, axis, out, method, keepdims, weights, False, "quantile")


def percentile(
    a: ArrayLike,
    q: ArrayLike,
    axis: int | tuple[int, ...] | None = None,
    out: ndarray | None = None,
    overwrite_input: bool = False,
    method: str = "linear",
    keepdims: bool = False,
    *,
    weights: ArrayLike | None = None,
) -> ndarray:
    """The ``q``-th percentiles (``q`` in [0, 100]) along the axes, as ``numpy.percentile``.

    ``quantile`` of ``q / 100``; see ``quantile`` for the methods and weights.
    """
    return _quantile(a, q, axis, out, method, keepdims, weights, True, "percentile")


@normalize(_impl.count_nonzero)
def count_nonzero(a: ArrayLike, axis: AxisLike = None, *, keepdims: KeepDims = False) -> ndarray:
    """Number of nonzero elements along the axes, as ``numpy.count_nonzero`` (int64).

    tnp returns a 0-D array where NumPy returns a Python int for ``axis=None``.
    """


def _cumulative_sum(
    x: torch.Tensor, axis: int | None, dtype: torch.dtype | None, include_initial: bool
) -> torch.Tensor:
    return _impl.cumulative(x, axis, dtype, include_initial, "add")


def _cumulative_prod(
    x: torch.Tensor, axis: int | None, dtype: torch.dtype | None, include_initial: bool
) -> torch.Tensor:
    return _impl.cumulative(x, axis, dtype, include_initial, "multiply")


@normalize(_cumulative_sum)
def cumulative_sum(
    x: ArrayLike,
    /,
    *,
    axis: int | None = None,
    dtype: DTypeLike = None,
    out: OutArray = None,
    include_initial: bool = False,
) -> ndarray:
    """Running sums along ``axis``, as ``numpy.cumulative_sum`` (Array API).

    ``axis`` is required for more than one dimension; ``include_initial`` prepends a zero.
    Accumulator dtypes are ``cumsum``'s.
    """


@normalize(_cumulative_prod)
def cumulative_prod(
    x: ArrayLike,
    /,
    *,
    axis: int | None = None,
    dtype: DTypeLike = None,
    out: OutArray = None,
    include_initial: bool = False,
) -> ndarray:
    """Running products along ``axis``, as ``numpy.cumulative_prod`` (Array API).

    ``axis`` is required for more than one dimension; ``include_initial`` prepends a one.
    """


@normalize(_impl.cov)
def cov(
    m: ArrayLike,
    y: OptArrayLike = None,
    rowvar: bool = True,
    bias: bool = False,
    ddof: int | None = None,
    fweights: OptArrayLike = None,
    aweights: OptArrayLike = None,
    *,
    dtype: DTypeLike = None,
) -> ndarray:
    """Covariance matrix, as ``numpy.cov`` (rows are variables unless ``rowvar=False``).

    Frequency and analytic weights, ``bias`` and ``ddof`` as NumPy, with its errors and the
    "Degrees of freedom <= 0 for slice" warning. A single variable gives a 0-D array.
    """


@normalize(_impl.corrcoef)
def corrcoef(
    x: ArrayLike, y: OptArrayLike = None, rowvar: bool = True, *, dtype: DTypeLike = None
) -> ndarray:
    """Pearson correlation coefficients, as ``numpy.corrcoef``, clipped to [-1, 1]."""
