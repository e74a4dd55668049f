# mypy: disable-error-code="empty-body"
"""The NaN-ignoring reductions of the main namespace (``nansum`` ... ``nanquantile``).

Declarations bound by ``normalize`` to ``_nanfunctions_impl``; ``nanpercentile`` and
``nanquantile`` convert their arguments themselves (a Python ``q`` promotes weakly).
"""

from __future__ import annotations

from typing import Any

from . import _nanfunctions_impl as _impl
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
    as_tensor,
    copy_into_out,
    normalize,
    normalize_axis_tuple,
)

__all__ = [
    "nanargmax",
    "nanargmin",
    "nancumprod",
    "nancumsum",
    "nanmax",
    "nanmean",
    "nanmedian",
    "nanmin",
    "nanpercentile",
    "nanprod",
    "nanquantile",
    "nanstd",
    "nansum",
    "nanvar",
]


@normalize(_impl.nansum)
def nansum(
    a: ArrayLike,
    axis: AxisLike = None,
    dtype: DTypeLike = None,
    out: OutArray = None,
    keepdims: KeepDims = False,
    initial: OptScalarLike = None,
    where: OptArrayLike = None,
) -> ndarray:
    """Sum treating NaN as zero, as ``numpy.nansum``; keywords and dtypes as ``sum``."""


@normalize(_impl.nanprod)
def nanprod(
    a: ArrayLike,
    axis: AxisLike = None,
    dtype: DTypeLike = None,
    out: OutArray = None,
    keepdims: KeepDims = False,
    initial: OptScalarLike = None,
    where: OptArrayLike = None,
) -> ndarray:
    """Product treating NaN as one, as ``numpy.nanprod``; keywords and dtypes as ``prod``."""


@normalize(_impl.nancumsum)
def nancumsum(
    a: ArrayLike, axis: OptAxisIndex = None, dtype: DTypeLike = None, out: OutArray = None
) -> ndarray:
    """Running sums treating NaN as zero, as ``numpy.nancumsum``."""


@normalize(_impl.nancumprod)
def nancumprod(
    a: ArrayLike, axis: OptAxisIndex = None, dtype: DTypeLike = None, out: OutArray = None
) -> ndarray:
    """Running products treating NaN as one, as ``numpy.nancumprod``."""


@normalize(_impl.nanmin)
def nanmin(
    a: ArrayLike,
    axis: AxisLike = None,
    out: OutArray = None,
    keepdims: KeepDims = False,
    initial: OptScalarLike = None,
    where: OptArrayLike = None,
) -> ndarray:
    """Minimum ignoring NaN, as ``numpy.nanmin``.

    An all-NaN slice gives NaN and a ``RuntimeWarning`` ("All-NaN slice encountered").
    """


@normalize(_impl.nanmax)
def nanmax(
    a: ArrayLike,
    axis: AxisLike = None,
    out: OutArray = None,
    keepdims: KeepDims = False,
    initial: OptScalarLike = None,
    where: OptArrayLike = None,
) -> ndarray:
    """Maximum ignoring NaN, as ``numpy.nanmax``.

    An all-NaN slice gives NaN and a ``RuntimeWarning`` ("All-NaN slice encountered").
    """


@normalize(_impl.nanargmin)
def nanargmin(
    a: ArrayLike, axis: OptAxisIndex = None, out: OutArray = None, *, keepdims: bool = False
) -> ndarray:
    """Index of the minimum ignoring NaN, as ``numpy.nanargmin``; all-NaN raises ValueError."""


@normalize(_impl.nanargmax)
def nanargmax(
    a: ArrayLike, axis: OptAxisIndex = None, out: OutArray = None, *, keepdims: bool = False
) -> ndarray:
    """Index of the maximum ignoring NaN, as ``numpy.nanargmax``; all-NaN raises ValueError."""


@normalize(_impl.nanmean)
def nanmean(
    a: ArrayLike,
    axis: AxisLike = None,
    dtype: DTypeLike = None,
    out: OutArray = None,
    keepdims: KeepDims = False,
    *,
    where: OptArrayLike = None,
) -> ndarray:
    """Mean of the non-NaN values, as ``numpy.nanmean``.

    An all-NaN slice gives NaN and a ``RuntimeWarning`` ("Mean of empty slice").
    """


@normalize(_impl.nanvar)
def nanvar(
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
    """Variance of the non-NaN values, as ``numpy.nanvar``.

    Where ``count - ddof <= 0`` the result is NaN, with "Degrees of freedom <= 0 for slice.".
    """


@normalize(_impl.nanstd)
def nanstd(
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
    """Standard deviation of the non-NaN values, as ``numpy.nanstd``."""


@normalize(_impl.nanmedian)
def nanmedian(
    a: ArrayLike,
    axis: AxisLike = None,
    out: OutArray = None,
    overwrite_input: bool = False,
    keepdims: KeepDims = False,
) -> ndarray:
    """Median of the non-NaN values, as ``numpy.nanmedian``.

    All-NaN slices give NaN with "All-NaN slice encountered". ``overwrite_input`` is ignored.
    """


def _nanquantile(
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
    ax = None if axis is None else normalize_axis_tuple(axis, t.dim())
    w = None if weights is None else as_tensor(weights)
    res = _impl.nanquantile(t, as_tensor(q), ax, method, keepdims, w, weak_q, percent)
    if out is not None:
        return copy_into_out(res, out, "unsafe", name)
    return ndarray._from_tensor(res)


def nanquantile(
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
    """Quantiles of the non-NaN values, as ``numpy.nanquantile`` (methods as ``quantile``).

    All-NaN slices give NaN with "All-NaN slice encountered"; an empty input gives
    ``nanmean``'s result, as NumPy does. ``overwrite_input`` is ignored.
    """
    return _nanquantile(a, q, axis, out, method, keepdims, weights, False, "nanquantile")


def nanpercentile(
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
    """Percentiles (``q`` in [0, 100]) of the non-NaN values, as ``numpy.nanpercentile``."""
    return _nanquantile(a, q, axis, out, method, keepdims, weights, True, "nanpercentile")
