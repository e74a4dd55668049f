"""The NaN-ignoring reductions on tensors (``nansum`` ... ``nanquantile``).

Each treats NaN as missing: sums skip it (as zero), products as one, extremes and order
statistics look at the other values only. Slices with no value left get NumPy's results and
warnings ("All-NaN slice encountered", "Mean of empty slice"). Integer and bool data cannot
hold NaN, so for them these are the plain reductions.
"""

from __future__ import annotations

import warnings

import torch

from . import _dtypes_impl as _di
from . import _reductions_impl as _red
from . import _statistics_impl as _st


def _has_nan(a: torch.Tensor) -> bool:
    """Whether ``a``'s dtype can hold NaN (the check is on the dtype, not the values)."""
    return a.is_floating_point() or a.is_complex()


def _filled(a: torch.Tensor, value: float) -> tuple[torch.Tensor, torch.Tensor | None]:
    """``a`` with NaN replaced by ``value``, and the NaN mask (None for integer data)."""
    if not _has_nan(a):
        return a, None
    mask = torch.isnan(a)
    return torch.where(mask, torch.full((), value, dtype=a.dtype, device=a.device), a), mask


def _all_nan_warning() -> None:
    warnings.warn("All-NaN slice encountered", RuntimeWarning, stacklevel=4)


# ----------------------------------------------------------------------------- sums
def nansum(
    a: torch.Tensor,
    axis: tuple[int, ...] | None,
    dtype: torch.dtype | None,
    keepdims: bool,
    out: torch.Tensor | None,
    initial: object = None,
    where: torch.Tensor | None = None,
) -> torch.Tensor:
    """``numpy.nansum``: ``sum`` with NaN counted as zero (all-NaN slices sum to zero)."""
    return _red.sum(_filled(a, 0.0)[0], axis, dtype, keepdims, out, initial, where)


def nanprod(
    a: torch.Tensor,
    axis: tuple[int, ...] | None,
    dtype: torch.dtype | None,
    initial: object = None,
    where: torch.Tensor | None = None,
) -> torch.Tensor:
    """``numpy.nanprod``: ``prod`` with NaN counted as one."""
    return _red.prod(_filled(a, 1.0)[0], axis, dtype, initial, where)


def nancumsum(a: torch.Tensor, axis: int | None, dtype: torch.dtype | None) -> torch.Tensor:
    """``numpy.nancumsum``: running sums with NaN counted as zero."""
    return _red.cumsum(_filled(a, 0.0)[0], axis, dtype)


def nancumprod(a: torch.Tensor, axis: int | None, dtype: torch.dtype | None) -> torch.Tensor:
    """``numpy.nancumprod``: running products with NaN counted as one."""
    return _red.cumprod(_filled(a, 1.0)[0], axis, dtype)


# ----------------------------------------------------------------------------- extremes
def _nan_extreme(
    a: torch.Tensor,
    axis: tuple[int, ...] | None,
    keepdims: bool,
    out: torch.Tensor | None,
    initial: object,
    where: torch.Tensor | None,
    name: str,
) -> torch.Tensor:
    fill = float("inf") if name == "fmin" else float("-inf")
    filled, mask = _filled(a, fill)
    if mask is None or initial is not None or where is not None:
        # with ``initial`` an all-NaN slice gives ``initial``, as NumPy's fmin/fmax reduce
        return _red._extreme_into(filled, axis, keepdims, out, name, initial, where)
    if out is not None and out.dtype is not filled.dtype:
        filled = filled.to(out.dtype)
    res = _red._extreme(filled, axis, name)
    dims = tuple(range(a.dim())) if axis is None else axis
    all_nan = torch.all(mask, dim=dims) if dims else mask
    if bool(all_nan.any()):
        _all_nan_warning()
        res = torch.where(
            all_nan, torch.full((), float("nan"), dtype=res.dtype, device=res.device), res
        )
    return _red._keep_and_write(res, a, axis, keepdims, out, name)


def nanmin(
    a: torch.Tensor,
    axis: tuple[int, ...] | None,
    keepdims: bool,
    out: torch.Tensor | None,
    initial: object = None,
    where: torch.Tensor | None = None,
) -> torch.Tensor:
    """``numpy.nanmin``: the minimum ignoring NaN; all-NaN slices give NaN with a warning."""
    return _nan_extreme(a, axis, keepdims, out, initial, where, "fmin")


def nanmax(
    a: torch.Tensor,
    axis: tuple[int, ...] | None,
    keepdims: bool,
    out: torch.Tensor | None,
    initial: object = None,
    where: torch.Tensor | None = None,
) -> torch.Tensor:
    """``numpy.nanmax``: the maximum ignoring NaN; all-NaN slices give NaN with a warning."""
    return _nan_extreme(a, axis, keepdims, out, initial, where, "fmax")


def _nan_arg(a: torch.Tensor, axis: int | None, keepdims: bool, name: str) -> torch.Tensor:
    fill = float("inf") if name == "argmin" else float("-inf")
    filled, mask = _filled(a, fill)
    if mask is not None and mask.numel():
        all_nan = torch.all(mask) if axis is None else torch.all(mask, dim=axis)
        if bool(all_nan.any()):
            raise ValueError("All-NaN slice encountered")
    if name == "argmin":
        return _red.argmin(filled, axis, keepdims)
    return _red.argmax(filled, axis, keepdims)


def nanargmin(a: torch.Tensor, axis: int | None, keepdims: bool) -> torch.Tensor:
    """``numpy.nanargmin``: index of the first minimum ignoring NaN; all-NaN raises."""
    return _nan_arg(a, axis, keepdims, "argmin")


def nanargmax(a: torch.Tensor, axis: int | None, keepdims: bool) -> torch.Tensor:
    """``numpy.nanargmax``: index of the first maximum ignoring NaN; all-NaN raises."""
    return _nan_arg(a, axis, keepdims, "argmax")


# ----------------------------------------------------------------------------- moments
def _valid(a: torch.Tensor, where: torch.Tensor | None) -> torch.Tensor | None:
    """The mask of elements that take part: not NaN, and inside ``where``."""
    if not _has_nan(a):
        return where
    keep = ~torch.isnan(a)
    if where is not None:
        keep = keep & _red.check_where(where, a.shape)
    return keep


def nanmean(
    a: torch.Tensor,
    axis: tuple[int, ...] | None,
    dtype: torch.dtype | None,
    where: torch.Tensor | None = None,
) -> torch.Tensor:
    """``numpy.nanmean``: the mean of the non-NaN values; an all-NaN slice gives NaN and
    "Mean of empty slice"."""
    return _red.mean(a, axis, dtype, _valid(a, where))


def nanvar(
    a: torch.Tensor,
    axis: tuple[int, ...] | None,
    dtype: torch.dtype | None,
    ddof: float,
    where: torch.Tensor | None = None,
    mean: torch.Tensor | None = None,
    correction: float | None = None,
) -> torch.Tensor:
    """``numpy.nanvar``: the variance of the non-NaN values; where no degree of freedom is
    left the result is NaN, with "Degrees of freedom <= 0 for slice."."""
    if not _has_nan(a):
        return _red.var(a, axis, dtype, ddof, where, mean, correction)
    return _red.variance(a, axis, dtype, ddof, _valid(a, where), mean, correction, nan_short=True)


def nanstd(
    a: torch.Tensor,
    axis: tuple[int, ...] | None,
    dtype: torch.dtype | None,
    ddof: float,
    where: torch.Tensor | None = None,
    mean: torch.Tensor | None = None,
    correction: float | None = None,
) -> torch.Tensor:
    """``numpy.nanstd``: the square root of ``nanvar``."""
    return _red.sqrt_of_variance(nanvar(a, axis, dtype, ddof, where, mean, correction))


# ----------------------------------------------------------------------------- order statistics
def nanmedian(a: torch.Tensor, axis: tuple[int, ...] | None, keepdims: bool) -> torch.Tensor:
    """``numpy.nanmedian``: the median of the non-NaN values of each slice.

    All-NaN slices give NaN with "All-NaN slice encountered"; empty input gives NaN with
    "Mean of empty slice".
    """
    if a.numel() == 0:
        # NumPy answers an empty input with nanmean's result (and warning), any axes
        res = _red.mean(a, axis, None)
        return _red.apply_keepdims(res, axis, a.dim()) if keepdims else res
    if not a.is_floating_point():
        return _st.median(a, axis, keepdims)
    s = _st.sort_last(_st.move_to_last(a, axis))
    n = (~torch.isnan(s)).sum(dim=-1, keepdim=True)
    lo_i = torch.clamp((n - 1) // 2, min=0)
    hi_i = torch.clamp(n // 2, min=0).clamp(max=s.shape[-1] - 1)
    lo = torch.gather(s, -1, lo_i)
    hi = torch.gather(s, -1, hi_i)
    work = _di.FLOAT32 if s.dtype in (_di.FLOAT16, _di.BFLOAT16) else s.dtype
    mid = ((lo.to(work) + hi.to(work)) / 2).to(s.dtype)
    res = torch.where(lo_i == hi_i, lo, mid).squeeze(-1)
    empty = (n == 0).squeeze(-1)
    if bool(empty.any()):
        _all_nan_warning()
        res = torch.where(
            empty, torch.full((), float("nan"), dtype=res.dtype, device=res.device), res
        )
    if keepdims:
        res = res.reshape(_st.kept_shape(a.shape, axis))
    return res


def nanquantile(
    a: torch.Tensor,
    q: torch.Tensor,
    axis: tuple[int, ...] | None,
    method: str,
    keepdims: bool,
    weights: torch.Tensor | None,
    weak_q: bool,
    percent: bool = False,
) -> torch.Tensor:
    """``numpy.nanquantile`` (``nanpercentile`` with ``percent``): quantiles of the non-NaN
    values of each slice; all-NaN slices give NaN with "All-NaN slice encountered"."""
    if a.is_complex():
        raise TypeError("a must be an array of real numbers")
    _st.check_method(method)
    if percent:
        q = _st.percent_to_q(q)
    _st.check_q(q, percent)
    if weights is not None and method != "inverted_cdf":
        raise ValueError(f"Only method 'inverted_cdf' supports weights. Got: {method}.")
    if a.numel() == 0:
        # NumPy answers an empty input with nanmean's result (and warning), whatever q is
        res = _red.mean(a, axis, None)
        return _red.apply_keepdims(res, axis, a.dim()) if keepdims else res
    if not a.is_floating_point():
        return _st.quantile(a, q, axis, method, keepdims, weights, weak_q)
    x = _st.move_to_last(a, axis)
    valid = ~torch.isnan(x)
    n = valid.sum(dim=-1)
    empty = n == 0
    if weights is not None:
        w = _st.weights_for(weights, a, axis)
        if bool((w < 0).any()):
            raise ValueError("Weights must be non-negative.")
        w = _st.move_to_last(w.expand(a.shape), axis)
        # NaN values weigh nothing; rows of NaN only get unit weights and a NaN result below
        w = torch.where(
            valid | empty.unsqueeze(-1), w, torch.zeros((), dtype=w.dtype, device=w.device)
        )
        res = _st.weighted_inverted_cdf(torch.where(valid, x, torch.inf), w, q)
    else:
        s = _st.sort_last(x)
        res = _st.quantile_sorted(s, q, method, weak_q, n)
    if bool(empty.any()):
        _all_nan_warning()
        nan_at = empty.reshape(empty.shape + (1,) * q.dim())
        res = torch.where(
            nan_at, torch.full((), float("nan"), dtype=res.dtype, device=res.device), res
        )
        if res.dtype is not a.dtype and bool(empty.reshape(-1)[0]):
            # NumPy builds the result from its first slice: an all-NaN one fixes the dtype
            res = res.to(a.dtype)
    return _st.finish_quantile(res, q, a, axis, keepdims)
