"""Order statistics, averages and correlations on tensors, with NumPy 2's rules.

``quantile`` follows the Hyndman & Fan definitions NumPy implements, including its exact
arithmetic (virtual index in the dtype of ``q``, the two-sided linear interpolation, and the
result dtypes that follow from them), so that results agree to the last bit where possible.
"""

from __future__ import annotations

import warnings

import torch

from . import _dtypes_impl as _di
from . import _reductions_impl as _red
from .exceptions import AxisError

# methods that pick an element (no interpolation): the result keeps the input's dtype
DISCRETE = frozenset(("inverted_cdf", "closest_observation", "lower", "higher", "nearest"))
# continuous methods as (alpha, beta) of Hyndman & Fan
_ALPHA_BETA: dict[str, tuple[float, float]] = {
    "interpolated_inverted_cdf": (0, 1),
    "hazen": (0.5, 0.5),
    "weibull": (0, 0),
    "median_unbiased": (1 / 3.0, 1 / 3.0),
    "normal_unbiased": (3 / 8.0, 3 / 8.0),
}
METHODS = (
    "inverted_cdf",
    "averaged_inverted_cdf",
    "closest_observation",
    "interpolated_inverted_cdf",
    "hazen",
    "weibull",
    "linear",
    "median_unbiased",
    "normal_unbiased",
    "lower",
    "higher",
    "midpoint",
    "nearest",
)
# with an integer ``q`` these methods keep an integer virtual index, as in NumPy
_INT_INDEX_METHODS = frozenset(
    ("linear", "averaged_inverted_cdf", "weibull", "interpolated_inverted_cdf")
)

_BOOL_SUBTRACT = (
    "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the "
    "`^` operator, or the logical_xor function instead."
)


# ----------------------------------------------------------------------------- helpers
def move_to_last(a: torch.Tensor, axis: tuple[int, ...] | None) -> torch.Tensor:
    """``a`` with the ``axis`` axes (all for None) merged into one last axis."""
    if axis is None:
        return a.reshape(-1)
    rest = [d for d in range(a.dim()) if d not in axis]
    if len(axis) > 1 and rest and a.numel() == 0 and 0 in [a.shape[d] for d in rest]:
        # NumPy merges the axes with reshape(kept + (-1,)), which cannot size an empty array
        kept = ", ".join(str(a.shape[d]) for d in rest)
        raise ValueError(f"cannot reshape array of size 0 into shape ({kept},newaxis)")
    moved = a.permute((*rest, *sorted(axis)))
    size = 1
    for d in axis:
        size *= a.shape[d]
    return moved.reshape((*[a.shape[d] for d in rest], size))


def kept_shape(shape: torch.Size, axis: tuple[int, ...] | None) -> tuple[int, ...]:
    """The shape of a reduction over ``axis`` with ``keepdims=True``."""
    if axis is None:
        return (1,) * len(shape)
    return tuple(1 if d in axis else n for d, n in enumerate(shape))


def as_real(t: torch.Tensor, dt: torch.dtype) -> torch.Tensor:
    """``t`` converted to the float dtype ``dt`` (unsigned values read as unsigned)."""
    return t.to(dt)


def _wrapping_subtract(b: torch.Tensor, a: torch.Tensor) -> torch.Tensor:
    """``b - a`` in their (shared) dtype, wrapping around for integers as NumPy does."""
    dt = a.dtype
    if dt is _di.UINT64:
        return (b.view(_di.INT64) - a.view(_di.INT64)).view(_di.UINT64)
    if b.is_complex():
        # part by part, as NumPy (torch's complex subtraction mixes NaN into both parts)
        return torch.complex(b.real - a.real, b.imag - a.imag)
    if dt in _di.UNSIGNED_WIDE:
        return (b.to(_di.INT64) - a.to(_di.INT64)).to(dt)
    return b - a


def gather(s: torch.Tensor, dim: int, idx: torch.Tensor) -> torch.Tensor:
    """``torch.gather``, also for the unsigned dtypes torch cannot gather directly."""
    if s.dtype in _di.UNSIGNED_WIDE:
        return torch.gather(s.view(_SIGNED_OF[s.dtype]), dim, idx).view(s.dtype)
    return torch.gather(s, dim, idx)


_SIGNED_OF = {_di.UINT16: _di.INT16, _di.UINT32: _di.INT32, _di.UINT64: _di.INT64}


def sort_last(x: torch.Tensor) -> torch.Tensor:
    """Ascending sort along the last axis, NaN last (as NumPy's sort)."""
    if x.dtype is _di.BOOL:
        return torch.sort(x.to(_di.UINT8), dim=-1).values.to(_di.BOOL)
    return torch.sort(x, dim=-1).values


# ----------------------------------------------------------------------------- quantile
def check_method(method: str) -> None:
    if method not in METHODS:
        names = ", ".join(repr(m) for m in METHODS)
        raise ValueError(f"{method!r} is not a valid method. Use one of: dict_keys([{names}])")


def _virtual_index(n: int, q: torch.Tensor, method: str) -> torch.Tensor:
    """Hyndman & Fan's (0-based) virtual index of each quantile in a sorted sample of n."""
    if method == "linear":
        return (n - 1) * q
    if method == "averaged_inverted_cdf":
        return n * q - 1
    if method == "midpoint":
        v = (n - 1) * q
        return 0.5 * (torch.floor(v) + torch.ceil(v))
    if method in ("lower", "higher", "nearest"):
        v = (n - 1) * q
        fn = {"lower": torch.floor, "higher": torch.ceil, "nearest": torch.round}[method]
        return fn(v).to(_di.INT64)
    if method in ("inverted_cdf", "closest_observation"):
        v = n * q - 1 if method == "inverted_cdf" else n * q - 1 - 0.5
        prev = torch.floor(v)
        gamma = v - prev
        if method == "inverted_cdf":
            take_prev = gamma == 0
        else:
            take_prev = (gamma == 0) & (torch.remainder(prev, 2) == 1)
        idx = torch.where(take_prev, prev, prev + 1).to(_di.INT64)
        return torch.clamp(idx, min=0)
    alpha, beta = _ALPHA_BETA[method]
    return n * q + (alpha + q * (1 - alpha - beta)) - 1


def _q_for_method(q: torch.Tensor, method: str) -> torch.Tensor:
    """``q`` in the dtype NumPy's index arithmetic ends up in (float64 for most integers)."""
    if q.is_floating_point():
        return q
    if method in _INT_INDEX_METHODS or method in ("lower", "higher", "nearest"):
        return q.to(_di.INT64)
    return q.to(_di.FLOAT64)


def quantile_result_dtype(
    a_dtype: torch.dtype, q: torch.Tensor, method: str, weak_q: bool
) -> torch.dtype:
    """The dtype NumPy's quantile gives for data of ``a_dtype`` and quantiles ``q``."""
    if method in DISCRETE:
        return a_dtype
    qm = _q_for_method(q, method)
    integer_index = not qm.is_floating_point() and method in _INT_INDEX_METHODS
    if integer_index and method == "linear":
        return a_dtype
    if a_dtype is _di.BOOL:
        raise TypeError(_BOOL_SUBTRACT)
    if weak_q:
        return _di.result_type((a_dtype,), (float,))
    gamma_dtype = _di.INT64 if integer_index else qm.dtype
    return _di.promote(a_dtype, gamma_dtype)


def quantile_sorted(
    s: torch.Tensor, q: torch.Tensor, method: str, weak_q: bool, n: torch.Tensor | None = None
) -> torch.Tensor:
    """Quantiles of each row of ``s`` (sorted along the last axis, NaN last).

    Returns shape ``s.shape[:-1] + q.shape`` (quantiles last). ``n`` gives per-row counts of
    valid (leading) values, for the nan-functions; None means the full length.
    """
    length = s.shape[-1]
    if length == 0:
        raise IndexError("index -1 is out of bounds for axis 0 with size 0")
    rd = quantile_result_dtype(s.dtype, q, method, weak_q)
    scalar_result = rd is not s.dtype and s.dim() == 1 and q.dim() == 0 and n is None
    if scalar_result and s.is_floating_point() and bool(torch.isnan(s[-1])):
        # NumPy hands back the NaN element itself for a scalar result, in the input dtype
        return s[-1].clone()
    qm = _q_for_method(q.reshape(-1), method)
    if n is None:
        v = _virtual_index(length, qm, method).expand(*s.shape[:-1], qm.shape[0])
        count: torch.Tensor | int = length
    else:
        count = n.unsqueeze(-1)
        v = _virtual_index_rows(count, qm, method)
    if method in DISCRETE or (not v.is_floating_point() and method == "linear"):
        idx = v.to(_di.INT64)
        idx = torch.minimum(idx, torch.as_tensor(count, device=s.device) - 1).clamp(min=0)
        result = gather(s, -1, idx.expand(*s.shape[:-1], idx.shape[-1]).contiguous())
    else:
        result = _interpolate(s, v, count, method, rd, weak_q)
    result = _nan_rows(s, result, n)
    return result.reshape((*s.shape[:-1], *q.shape))


def _virtual_index_rows(n: torch.Tensor, qm: torch.Tensor, method: str) -> torch.Tensor:
    """As ``_virtual_index`` with per-row counts ``n`` (shape ``(..., 1)``)."""
    nf = n.to(qm.dtype) if qm.is_floating_point() else n
    return _virtual_index(nf, qm, method)  # type: ignore[arg-type]


def _interpolate(
    s: torch.Tensor,
    v: torch.Tensor,
    count: torch.Tensor | int,
    method: str,
    rd: torch.dtype,
    weak_q: bool,
) -> torch.Tensor:
    above = v >= count - 1
    below = v < 0
    prev_f = torch.floor(v) if v.is_floating_point() else v
    last = torch.as_tensor(count, device=s.device) - 1
    # NumPy marks out-of-range positions with -1 (the last value) and 0 before computing
    # the weight; the weights are only ever used with equal neighbours there
    prev_f = torch.where(above, torch.full_like(prev_f, -1), prev_f)
    prev_f = torch.where(below, torch.zeros_like(prev_f), prev_f)
    gamma = v - prev_f
    if method == "averaged_inverted_cdf":
        gamma = torch.where(gamma == 0, 0.5, 1.0).to(v.dtype)
    elif method == "midpoint":
        gamma = torch.where(torch.remainder(v, 1) == 0, 0.0, 0.5).to(v.dtype)
    prev_i = torch.where(above, last, prev_f.to(_di.INT64)).clamp(min=0)
    next_i = torch.where(above, last, torch.where(below, 0, prev_f.to(_di.INT64) + 1)).clamp(min=0)
    rows = s.shape[:-1]
    lo = gather(s, -1, prev_i.expand(*rows, v.shape[-1]).contiguous())
    hi = gather(s, -1, next_i.expand(*rows, v.shape[-1]).contiguous())
    diff = as_real(_wrapping_subtract(hi, lo), rd)
    lo_r, hi_r = as_real(lo, rd), as_real(hi, rd)
    if weak_q:
        g = gamma.to(_di.FLOAT64)
        t, one_minus_t = g.to(rd), (1 - g).to(rd)
    else:
        t, one_minus_t = gamma.to(rd), (1 - gamma).to(rd)
    return torch.where(gamma >= 0.5, hi_r - diff * one_minus_t, lo_r + diff * t)


def _nan_rows(s: torch.Tensor, result: torch.Tensor, n: torch.Tensor | None) -> torch.Tensor:
    """Rows whose sorted data ends in NaN give NaN, as NumPy's quantile."""
    if n is not None or not (s.is_floating_point()):
        return result
    last = s[..., -1:]
    return torch.where(torch.isnan(last), last.to(result.dtype), result)


def check_q(q: torch.Tensor, percent: bool) -> None:
    if q.dim() > 2:
        raise ValueError("q must be a scalar or 1d")
    if q.is_complex():
        raise TypeError("q must be real")
    if q.numel() and not bool(((q >= 0) & (q <= 1)).all()):
        if percent:
            raise ValueError("Percentiles must be in the range [0, 100]")
        raise ValueError("Quantiles must be in the range [0, 1]")


def percent_to_q(q: torch.Tensor) -> torch.Tensor:
    """``q / 100`` as NumPy's ``true_divide`` computes it (integers become float64)."""
    if not q.is_floating_point():
        q = q.to(_di.FLOAT64)
    return q / 100


def weights_for(
    weights: torch.Tensor, a: torch.Tensor, axis: tuple[int, ...] | None
) -> torch.Tensor:
    """Weights broadcastable against ``a``, from their full or along-axis shape (NumPy's
    checks and messages)."""
    if tuple(weights.shape) != tuple(a.shape):
        if axis is None:
            raise TypeError("Axis must be specified when shapes of a and weights differ.")
        if tuple(weights.shape) != tuple(a.shape[d] for d in axis):
            raise ValueError(
                "Shape of weights must be consistent with shape of a along specified axis."
            )
        order = sorted(range(len(axis)), key=lambda i: axis[i])
        weights = weights.permute(tuple(order))
        weights = weights.reshape([a.shape[d] if d in axis else 1 for d in range(a.dim())])
    return weights


def quantile(
    a: torch.Tensor,
    q: torch.Tensor,
    axis: tuple[int, ...] | None,
    method: str,
    keepdims: bool,
    weights: torch.Tensor | None,
    weak_q: bool,
    percent: bool = False,
) -> torch.Tensor:
    """``numpy.quantile`` (``percentile`` with ``percent``): result shape ``q.shape + rest``."""
    if a.is_complex():
        raise TypeError("a must be an array of real numbers")
    check_method(method)
    if percent:
        q = percent_to_q(q)
    check_q(q, percent)
    if weights is not None:
        if method != "inverted_cdf":
            raise ValueError(f"Only method 'inverted_cdf' supports weights. Got: {method}.")
        w = weights_for(weights, a, axis)
        if bool((w < 0).any()):
            raise ValueError("Weights must be non-negative.")
        x = move_to_last(a, axis)
        w = move_to_last(w.expand(a.shape), axis)
        result = weighted_inverted_cdf(x, w, q)
    else:
        result = quantile_sorted(sort_last(move_to_last(a, axis)), q, method, weak_q)
    return finish_quantile(result, q, a, axis, keepdims)


def finish_quantile(
    result: torch.Tensor,
    q: torch.Tensor,
    a: torch.Tensor,
    axis: tuple[int, ...] | None,
    keepdims: bool,
) -> torch.Tensor:
    """Quantile axes first, then the remaining (or kept) axes, as NumPy orders them."""
    nq = q.dim()
    rest = result.dim() - nq
    result = result.permute((*range(rest, rest + nq), *range(rest)))
    if keepdims:
        result = result.reshape((*q.shape, *kept_shape(a.shape, axis)))
    return result


def weighted_inverted_cdf(x: torch.Tensor, w: torch.Tensor, q: torch.Tensor) -> torch.Tensor:
    """Weighted ``inverted_cdf`` quantiles of each row of ``x``; shape ``rows + q.shape``."""
    n = x.shape[-1]
    if n == 0:
        raise IndexError("index -1 is out of bounds for axis 0 with size 0")
    key = x.to(_di.UINT8) if x.dtype is _di.BOOL else x
    order = torch.sort(key, dim=-1, stable=True).indices
    s = gather(x, -1, order)
    ws = gather(w, -1, order)
    cdf = torch.cumsum(ws.to(_di.FLOAT64), dim=-1)
    cdf = cdf / cdf[..., -1:]
    if bool(torch.isnan(cdf[..., -1]).any()):
        raise ValueError("Weights included NaN, inf or were all zero.")
    qf = q.reshape(-1)
    if qf.is_floating_point():
        cdf = cdf.to(qf.dtype)
    else:
        qf = qf.to(cdf.dtype)
    if bool((cdf[..., 0] == 0).any()):
        cdf = torch.where(cdf == 0, -1.0, cdf).to(cdf.dtype)
    values = qf.expand(*cdf.shape[:-1], qf.shape[0]).contiguous()
    idx = torch.searchsorted(cdf.contiguous(), values, side="left").clamp(max=n - 1)
    result = gather(s, -1, idx)
    result = _nan_rows(s, result, None)
    return result.reshape((*s.shape[:-1], *q.shape))


def median(a: torch.Tensor, axis: tuple[int, ...] | None, keepdims: bool) -> torch.Tensor:
    """``numpy.median``: the mean of the middle element(s); NaN in a slice gives NaN."""
    x = move_to_last(a, axis)
    n = x.shape[-1]
    if n == 0:
        res = _red.mean(x, (x.dim() - 1,), None)
    else:
        s = sort_last(x)
        half = n // 2
        middle = s[..., half - 1 : half + 1] if n % 2 == 0 else s[..., half : half + 1]
        res = _red.mean(middle, (middle.dim() - 1,), None)
        if s.is_floating_point():
            last = s[..., -1]
            res = torch.where(torch.isnan(last), last.to(res.dtype), res)
    if keepdims:
        res = res.reshape(kept_shape(a.shape, axis))
    return res


# ----------------------------------------------------------------------------- simple ones
def ptp(a: torch.Tensor, axis: tuple[int, ...] | None, keepdims: bool) -> torch.Tensor:
    """``numpy.ptp``: ``max - min`` in the input's dtype (integers wrap around)."""
    hi = _red.max(a, axis, keepdims, None)
    lo = _red.min(a, axis, keepdims, None)
    if a.dtype is _di.BOOL:
        raise TypeError(_BOOL_SUBTRACT)
    return _wrapping_subtract(hi, lo)


def count_nonzero(a: torch.Tensor, axis: tuple[int, ...] | None, keepdims: bool) -> torch.Tensor:
    """``numpy.count_nonzero``: int64 counts of nonzero elements (NaN counts)."""
    truth = a if a.dtype is _di.BOOL else a != 0
    if axis is None:
        res = torch.sum(truth, dtype=_di.INT64)
    elif axis == ():
        res = truth.to(_di.INT64)
    else:
        res = torch.sum(truth, dim=axis, dtype=_di.INT64)
    if keepdims:
        res = res.reshape(kept_shape(a.shape, axis))
    return res


def average(
    a: torch.Tensor,
    axis: tuple[int, ...] | None,
    weights: torch.Tensor | None,
    keepdims: bool,
) -> tuple[torch.Tensor, torch.Tensor]:
    """``numpy.average``: (average, sum of weights), the latter broadcast to the average's shape."""
    if weights is None:
        avg = _red.mean(a, axis, None)
        if keepdims:
            avg = _red.apply_keepdims(avg, axis, a.dim())
        size = avg.numel()
        if size == 0:
            raise ZeroDivisionError("division by zero")
        scale = a.numel() / size
        scl = torch.full(avg.shape, scale, dtype=avg.dtype, device=avg.device)
        return avg, scl
    w = weights_for(weights, a, axis)
    if _di.kind(a.dtype) in "biu":
        rd = _di.promote(_di.promote(a.dtype, w.dtype), _di.FLOAT64)
    else:
        rd = _di.promote(a.dtype, w.dtype)
    dims = tuple(range(a.dim())) if axis is None else axis
    wb = w.to(rd)
    scl = torch.sum(wb, dim=dims, keepdim=keepdims) if dims else wb.clone()
    if bool((scl == 0).any()):
        raise ZeroDivisionError("Weights sum to zero, can't be normalized")
    prod = a.to(rd) * wb
    total = torch.sum(prod, dim=dims, keepdim=keepdims) if dims else prod
    avg = total / scl
    if scl.shape != avg.shape:
        scl = scl.expand(avg.shape).clone()
    return avg, scl


def cumulative(
    x: torch.Tensor,
    axis: int | None,
    dtype: torch.dtype | None,
    include_initial: bool,
    op: str,
) -> torch.Tensor:
    """``numpy.cumulative_sum`` / ``cumulative_prod`` (``op`` 'add' or 'multiply')."""
    if x.dim() == 0:
        # NumPy accumulates a 0-D array as a one-element 1-D one
        x = x.reshape(1)
    if axis is None:
        if x.dim() > 1:
            raise ValueError(
                "For arrays which have more than one dimension ``axis`` argument is required."
            )
        axis = 0
    if not -x.dim() <= axis < x.dim():
        raise AxisError(axis, x.dim())
    axis %= x.dim()
    res = _red._cumulate(op, x, axis, dtype)
    if include_initial:
        shape = list(res.shape)
        shape[axis] = 1
        first = torch.zeros if op == "add" else torch.ones
        res = torch.cat([first(shape, dtype=res.dtype, device=res.device), res], dim=axis)
    return res


# ----------------------------------------------------------------------------- cov, corrcoef
def cov(
    m: torch.Tensor,
    y: torch.Tensor | None,
    rowvar: bool,
    bias: bool,
    ddof: int | None,
    fweights: torch.Tensor | None,
    aweights: torch.Tensor | None,
    dtype: torch.dtype | None,
) -> torch.Tensor:
    """``numpy.cov``: the covariance matrix of the rows (or columns) of ``m`` and ``y``."""
    if ddof is not None and ddof != int(ddof):
        raise ValueError("ddof must be integer")
    if m.dim() > 2:
        raise ValueError("m has more than 2 dimensions")
    if y is not None and y.dim() > 2:
        raise ValueError("y has more than 2 dimensions")
    if dtype is None:
        dts = (m.dtype,) if y is None else (m.dtype, y.dtype)
        dtype = _di.result_type((*dts, _di.FLOAT64), ())
    x = _at_least_2d(m).to(dtype)
    if not rowvar and m.dim() != 1:
        x = x.T
    if x.shape[0] == 0:
        return torch.zeros((0, 0), dtype=_di.FLOAT64, device=m.device)
    if y is not None:
        yy = _at_least_2d(y).to(dtype)
        if not rowvar and yy.shape[0] != 1:
            yy = yy.T
        if yy.shape[1] != x.shape[1]:
            raise ValueError(
                "all the input array dimensions except for the concatenation axis must match "
                f"exactly, but along dimension 1, the array at index 0 has size {x.shape[1]} "
                f"and the array at index 1 has size {yy.shape[1]}"
            )
        x = torch.cat([x, yy], dim=0)
    if ddof is None:
        ddof = 0 if bias else 1
    nobs = x.shape[1]
    w: torch.Tensor | None = None
    if fweights is not None:
        f = fweights.to(_di.FLOAT64)
        if not bool((f == torch.round(f)).all()):
            raise TypeError("fweights must be integer")
        if f.dim() > 1:
            raise RuntimeError("cannot handle multidimensional fweights")
        if f.dim() == 0 or f.shape[0] != nobs:
            raise RuntimeError("incompatible numbers of samples and fweights")
        if bool((f < 0).any()):
            raise ValueError("fweights cannot be negative")
        w = f
    aw: torch.Tensor | None = None
    if aweights is not None:
        aw = aweights.to(_di.FLOAT64)
        if aw.dim() > 1:
            raise RuntimeError("cannot handle multidimensional aweights")
        if aw.dim() == 0 or aw.shape[0] != nobs:
            raise RuntimeError("incompatible numbers of samples and aweights")
        if bool((aw < 0).any()):
            raise ValueError("aweights cannot be negative")
        w = aw if w is None else w * aw
    avg, w_sum_all = average(x, (1,), w, False)
    w_sum = w_sum_all[0]
    fact: float | torch.Tensor
    if w is None:
        fact = nobs - ddof
    elif ddof == 0:
        fact = w_sum
    elif aw is None:
        fact = w_sum - ddof
    else:
        fact = w_sum - ddof * torch.sum(w * aw) / w_sum
    if isinstance(fact, torch.Tensor) and fact.is_complex():
        fact = fact.real
    if bool(fact <= 0):
        warnings.warn("Degrees of freedom <= 0 for slice", RuntimeWarning, stacklevel=3)
        fact = 0.0
    xc = x - avg[:, None]
    xt = xc.T if w is None else (xc * w.to(xc.dtype)).T
    if xc.is_complex():
        xt = xt.conj()
    c = (
        xc @ xt
        if xc.numel()
        else torch.zeros((xc.shape[0], xc.shape[0]), dtype=xc.dtype, device=xc.device)
    )
    if isinstance(fact, torch.Tensor):
        scale = (1.0 / fact.to(_di.FLOAT64)).to(c.real.dtype if c.is_complex() else c.dtype)
    else:
        scale = torch.tensor(1.0 / fact if fact != 0 else float("inf"), device=c.device)
    if c.is_complex():
        # NumPy's complex-times-real product, part by part (inf * 0 gives NaN as there)
        s = scale.to(c.real.dtype)
        c = torch.complex(c.real * s - c.imag * 0, c.real * 0 + c.imag * s)
    else:
        c = c * scale.to(c.dtype)
    return _squeeze(c)


def _squeeze(c: torch.Tensor) -> torch.Tensor:
    return c.reshape([n for n in c.shape if n != 1])


def _at_least_2d(t: torch.Tensor) -> torch.Tensor:
    if t.dim() == 0:
        return t.reshape(1, 1)
    if t.dim() == 1:
        return t.reshape(1, -1)
    return t


def corrcoef(
    x: torch.Tensor, y: torch.Tensor | None, rowvar: bool, dtype: torch.dtype | None
) -> torch.Tensor:
    """``numpy.corrcoef``: covariances scaled by the standard deviations, clipped to [-1, 1]."""
    c = cov(x, y, rowvar, False, None, None, None, dtype)
    if c.dim() != 2:
        return c / c
    d = torch.diagonal(c)
    std = torch.sqrt(d.real if d.is_complex() else d)
    c = c / std[:, None].to(c.dtype)
    c = c / std[None, :].to(c.dtype)
    if c.is_complex():
        return torch.complex(c.real.clamp(-1, 1), c.imag.clamp(-1, 1))
    return c.clamp(-1, 1)
