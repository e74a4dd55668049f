"""Histograms and binning on tensors: ``histogram`` and friends, ``bincount``, ``digitize``.

Bin edges are computed as NumPy computes them (``linspace`` in the data's float dtype, the
same outer-edge rules and bin-width estimators), so that values on an edge land in the same
bin. Counting is one ``searchsorted`` and one ``bincount``, whatever the bins.
"""

from __future__ import annotations

import math
import operator
import warnings
from collections.abc import Callable, Sequence
from typing import Any

import torch

from . import _creation_impl as _ci
from . import _dtypes_impl as _di
from . import _statistics_impl as _st

Edge = torch.Tensor | float | int


# ----------------------------------------------------------------------------- edges
def _is_finite(x: Edge) -> bool:
    if isinstance(x, torch.Tensor):
        return bool(torch.isfinite(x)) if x.is_floating_point() else True
    return math.isfinite(x)


def _show(x: Edge) -> str:
    if isinstance(x, torch.Tensor):
        return repr(x.item())
    return repr(x)


def outer_edges(a: torch.Tensor, range: Sequence[Any] | None) -> tuple[Edge, Edge]:
    """The first and last bin edge: ``range``, else the data's min and max (NumPy's rules)."""
    first: Edge
    last: Edge
    if range is not None:
        first, last = range
        if first > last:
            raise ValueError("max must be larger than min in range parameter.")
        if not (_is_finite(first) and _is_finite(last)):
            raise ValueError(f"supplied range of [{first}, {last}] is not finite")
    elif a.numel() == 0:
        first, last = 0, 1
    else:
        first, last = _minmax(a)
        if not (_is_finite(first) and _is_finite(last)):
            raise ValueError(f"autodetected range of [{_show(first)}, {_show(last)}] is not finite")
    if bool(first == last):
        if isinstance(first, torch.Tensor) and not first.is_floating_point():
            # NumPy's integer scalar minus 0.5 is a float64
            first, last = first.to(_di.FLOAT64), last.to(_di.FLOAT64)  # type: ignore[union-attr]
        first = first - 0.5
        last = last + 0.5
    return first, last


def _minmax(a: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    flat = a.reshape(-1)
    if flat.dtype is _di.BOOL:
        flat = flat.to(_di.UINT8)
    if flat.dtype in _di.UNSIGNED_WIDE:
        wide = flat.to(_di.FLOAT64) if flat.dtype is _di.UINT64 else flat.to(_di.INT64)
        return wide.min(), wide.max()
    if flat.is_floating_point() and bool(torch.isnan(flat).any()):
        nan = torch.full((), float("nan"), dtype=flat.dtype, device=flat.device)
        return nan, nan
    return flat.min(), flat.max()


def _edge_dtype(first: Edge, last: Edge, a: torch.Tensor) -> torch.dtype:
    strong = tuple(e.dtype for e in (first, last) if isinstance(e, torch.Tensor))
    weak = tuple(type(e) for e in (first, last) if not isinstance(e, torch.Tensor))
    dt = _di.result_type((*strong, a.dtype), weak)
    if _di.kind(dt) in "biu":
        dt = _di.result_type((dt,), (float,))
    return dt


def _value(x: Edge) -> float:
    return float(x.item()) if isinstance(x, torch.Tensor) else float(x)


def uniform_edges(a: torch.Tensor, first: Edge, last: Edge, n: int) -> torch.Tensor:
    """``n`` equal bins from ``first`` to ``last``, in the dtype NumPy's histogram uses."""
    dt = _edge_dtype(first, last, a)
    edges = _ci.linspace(first, last, n + 1, True, False, dt, 0, a.device)
    assert isinstance(edges, torch.Tensor)
    if n > 0 and bool((edges[:-1] >= edges[1:]).any()):
        raise ValueError(f"Too many bins for data range. Cannot create {n} finite-sized bins.")
    return edges


def _ptp(x: torch.Tensor) -> float:
    lo, hi = _minmax(x)
    return _value(hi) - _value(lo)


def _std(x: torch.Tensor) -> float:
    return float(torch.std(x.to(_di.FLOAT64), correction=0))


def _bw_sqrt(x: torch.Tensor, rng: tuple[Edge, Edge]) -> float:
    return _ptp(x) / math.sqrt(x.numel())


def _bw_sturges(x: torch.Tensor, rng: tuple[Edge, Edge]) -> float:
    return _ptp(x) / (math.log2(x.numel()) + 1.0)


def _bw_rice(x: torch.Tensor, rng: tuple[Edge, Edge]) -> float:
    cube_root: float = float(x.numel()) ** (1.0 / 3)
    return _ptp(x) / (2.0 * cube_root)


def _bw_scott(x: torch.Tensor, rng: tuple[Edge, Edge]) -> float:
    return float(((24.0 * math.pi**0.5) / x.numel()) ** (1.0 / 3.0) * _std(x))


def _bw_stone(x: torch.Tensor, rng: tuple[Edge, Edge]) -> float:
    n = x.numel()
    span = _ptp(x)
    if n <= 1 or span == 0:
        return 0.0
    upper = max(100, int(math.sqrt(n)))
    best, best_score = 1, math.inf
    for nbins in builtins_range(1, upper + 1):
        counts = histogram(x, nbins, rng, None, None)[0].to(_di.FLOAT64) / n
        score = float((2 - (n + 1) * torch.dot(counts, counts)) / (span / nbins))
        if score < best_score:
            best, best_score = nbins, score
    if best == upper:
        warnings.warn("The number of bins estimated may be suboptimal.", RuntimeWarning, 4)
    return span / best


def _bw_doane(x: torch.Tensor, rng: tuple[Edge, Edge]) -> float:
    n = x.numel()
    if n > 2:
        sg1 = math.sqrt(6.0 * (n - 2) / ((n + 1.0) * (n + 3)))
        sigma = _std(x)
        if sigma > 0.0:
            xf = x.to(_di.FLOAT64)
            g1 = float(torch.mean(((xf - torch.mean(xf)) / sigma) ** 3))
            return _ptp(x) / (1.0 + math.log2(n) + math.log2(1.0 + abs(g1) / sg1))
    return 0.0


def _bw_fd(x: torch.Tensor, rng: tuple[Edge, Edge]) -> float:
    q = torch.tensor([0.75, 0.25], dtype=_di.FLOAT64, device=x.device)
    hi, lo = _st.quantile_sorted(_st.sort_last(x.reshape(-1)), q, "linear", False).tolist()
    return float(2.0 * (hi - lo) * x.numel() ** (-1.0 / 3.0))


def _bw_auto(x: torch.Tensor, rng: tuple[Edge, Edge]) -> float:
    # NumPy 2: Freedman-Diaconis, but never below half the square-root rule's width (which
    # also covers a zero IQR), and never above Sturges'
    fd = max(_bw_fd(x, rng), _bw_sqrt(x, rng) / 2)
    return min(fd, _bw_sturges(x, rng))


builtins_range = range
ESTIMATORS: dict[str, Callable[[torch.Tensor, tuple[Edge, Edge]], float]] = {
    "stone": _bw_stone,
    "auto": _bw_auto,
    "doane": _bw_doane,
    "fd": _bw_fd,
    "rice": _bw_rice,
    "scott": _bw_scott,
    "sqrt": _bw_sqrt,
    "sturges": _bw_sturges,
}


def bin_edges(
    a: torch.Tensor, bins: Any, range: Sequence[Any] | None, weights: torch.Tensor | None
) -> torch.Tensor:
    """``numpy.histogram_bin_edges`` on a flat tensor: ``bins`` is an int, a 1-D tensor of
    edges or an estimator name."""
    if isinstance(bins, str):
        if bins not in ESTIMATORS:
            raise ValueError(f"{bins!r} is not a valid estimator for `bins`")
        if weights is not None:
            raise TypeError(
                "Automated estimation of the number of bins is not supported for weighted data"
            )
        first, last = outer_edges(a, range)
        x = a
        if range is not None:
            key = _comparable(a)
            keep = (key >= first) & (key <= last)
            x = a[keep]
        if x.numel() == 0:
            n = 1
        else:
            width = ESTIMATORS[bins](x, (first, last))
            if width:
                if _di.kind(a.dtype) in "iu" and width < 1:
                    width = 1
                n = math.ceil((_value(last) - _value(first)) / width)
            else:
                n = 1
        return uniform_edges(a, first, last, n)
    if isinstance(bins, torch.Tensor) and bins.dim() == 1:
        if bins.numel() > 1 and bool((bins[:-1] > bins[1:]).any()):
            raise ValueError("`bins` must increase monotonically, when an array")
        return bins
    if isinstance(bins, torch.Tensor):
        if bins.dim() != 0:
            raise ValueError("`bins` must be 1d, when an array")
        bins = bins.item()
    try:
        n = operator.index(bins)
    except TypeError:
        raise TypeError("`bins` must be an integer, a string, or an array") from None
    if n < 1:
        raise ValueError("`bins` must be positive, when an integer")
    first, last = outer_edges(a, range)
    return uniform_edges(a, first, last, n)


# ----------------------------------------------------------------------------- counting
def _comparable(x: torch.Tensor) -> torch.Tensor:
    """``x`` in a dtype that compares with Python numbers by value (integers widened:
    torch would wrap a negative bound into an unsigned dtype)."""
    if x.dtype is _di.UINT64:
        return x.to(_di.FLOAT64)
    if _di.kind(x.dtype) in "biu":
        return x.to(_di.INT64)
    return x


def ravel_data(a: torch.Tensor) -> torch.Tensor:
    """The flattened data; bool becomes uint8 with NumPy's warning."""
    if a.dtype is _di.BOOL:
        warnings.warn(
            "Converting input from bool to <class 'numpy.uint8'> for compatibility.",
            RuntimeWarning,
            stacklevel=4,
        )
        a = a.to(_di.UINT8)
    return a.reshape(-1)


def _common(x: torch.Tensor, edges: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Data and edges in one dtype that ``torch.searchsorted`` takes (NumPy's promotion)."""
    dt = _di.promote(x.dtype, edges.dtype)
    if dt is _di.BOOL or dt in _di.UNSIGNED_WIDE or dt is _di.UINT8:
        dt = _di.FLOAT64 if dt is _di.UINT64 else _di.INT64
    return x.to(dt).contiguous(), edges.to(dt).contiguous()


def bin_index(x: torch.Tensor, edges: torch.Tensor) -> torch.Tensor:
    """Bin of each value: ``-1`` below, ``len(edges) - 1`` above (and for NaN); the last
    edge belongs to the last bin."""
    xc, ec = _common(x, edges)
    idx = torch.searchsorted(ec, xc, right=True) - 1
    nbins = edges.shape[0] - 1
    if nbins >= 0 and edges.numel():
        idx = torch.where(xc == ec[-1], nbins - 1, idx)
    return idx


def histogram(
    a: torch.Tensor,
    bins: Any,
    range: Sequence[Any] | None,
    density: bool | None,
    weights: torch.Tensor | None,
) -> tuple[torch.Tensor, torch.Tensor]:
    """``numpy.histogram``: (counts or densities, bin edges) of the flattened data."""
    if a.is_complex():
        raise TypeError("histogram does not take complex data")
    w = None
    if weights is not None:
        if tuple(weights.shape) != tuple(a.shape):
            raise ValueError("weights should have the same shape as a.")
        w = weights.reshape(-1)
    x = ravel_data(a)
    edges = bin_edges(x, bins, range, w)
    nbins = edges.shape[0] - 1
    idx = bin_index(x, edges)
    inside = (idx >= 0) & (idx < nbins)
    slot = torch.where(inside, idx, nbins)
    if w is None:
        counts = torch.bincount(slot, minlength=nbins + 1)[:nbins].to(_di.INT64)
    else:
        acc = _di.COMPLEX128 if w.is_complex() else _di.FLOAT64
        total = torch.zeros(nbins + 1, dtype=acc, device=a.device)
        total.index_add_(0, slot, w.to(acc))
        counts = _cast(total[:nbins], w.dtype)
    if density:
        widths = (edges[1:] - edges[:-1]).to(_di.FLOAT64)
        return counts / widths / counts.sum(), edges
    return counts, edges


def _cast(t: torch.Tensor, dt: torch.dtype) -> torch.Tensor:
    if _di.kind(dt) in "iu" and t.is_floating_point():
        t = torch.trunc(t)
    return t.to(dt)


def histogramdd(
    sample: torch.Tensor,
    bins: Any,
    range: Sequence[Any] | None,
    density: bool | None,
    weights: torch.Tensor | None,
) -> tuple[torch.Tensor, list[torch.Tensor]]:
    """``numpy.histogramdd`` on an ``(N, D)`` sample: (float64 counts, edges per dimension)."""
    if sample.dim() != 2:
        sample = (sample.reshape(1, -1) if sample.dim() < 2 else sample).T
    n, d = sample.shape
    if isinstance(bins, (list, tuple)):
        per_dim = list(bins)
        if len(per_dim) != d:
            raise ValueError(
                "The dimension of bins must be equal to the dimension of the sample x."
            )
    else:
        per_dim = [bins] * d
    ranges = [None] * d if range is None else list(range)
    edges: list[torch.Tensor] = []
    for i, b in enumerate(per_dim):
        col = sample[:, i]
        if isinstance(b, torch.Tensor) and b.dim() == 1:
            if b.numel() > 1 and bool((b[:-1] > b[1:]).any()):
                raise ValueError(f"`bins[{i}]` must be monotonically increasing, when an array")
            edges.append(b)
        elif isinstance(b, torch.Tensor) and b.dim() > 1:
            raise ValueError(f"`bins[{i}]` must be a scalar or 1d array")
        else:
            value = b.item() if isinstance(b, torch.Tensor) else b
            if value < 1:
                raise ValueError(f"`bins[{i}]` must be positive, when an integer")
            first, last = outer_edges(col, ranges[i])
            try:
                count = operator.index(value)  # type: ignore[arg-type]
            except TypeError:
                raise TypeError(f"`bins[{i}]` must be an integer, when a scalar") from None
            lin = _ci.linspace(first, last, count + 1, True, False, None, 0, sample.device)
            assert isinstance(lin, torch.Tensor)
            edges.append(lin)
    sizes = [e.shape[0] + 1 for e in edges]
    flat = torch.zeros(n, dtype=_di.INT64, device=sample.device)
    for i, e in enumerate(edges):
        xc, ec = _common(sample[:, i], e)
        pos = torch.searchsorted(ec, xc, right=True)
        if e.numel():
            pos = torch.where(xc == ec[-1], pos - 1, pos)
        flat = flat * sizes[i] + pos
    total = 1
    for s in sizes:
        total *= s
    if weights is None:
        hist = torch.bincount(flat, minlength=total).to(_di.FLOAT64)
    else:
        if weights.is_complex():
            raise TypeError(
                "Cannot cast array data from dtype('complex128') to dtype('float64') "
                "according to the rule 'safe'"
            )
        hist = torch.zeros(total, dtype=_di.FLOAT64, device=sample.device)
        hist.index_add_(0, flat, weights.reshape(-1).to(_di.FLOAT64))
    hist = hist.reshape(sizes)[tuple(slice(1, -1) for _ in sizes)]
    if density:
        norm = hist.sum()
        for i, e in enumerate(edges):
            shape = [1] * d
            shape[i] = sizes[i] - 2
            hist = hist / (e[1:] - e[:-1]).to(_di.FLOAT64).reshape(shape)
        hist = hist / norm
    return hist, edges


# ----------------------------------------------------------------------------- bincount, digitize
def bincount(x: torch.Tensor, weights: torch.Tensor | None, minlength: int) -> torch.Tensor:
    """``numpy.bincount``: occurrences (int64) or summed weights (float64) of each value."""
    if minlength < 0:
        raise ValueError("'minlength' must not be negative")
    if x.dim() == 0:
        raise ValueError("object of too small depth for desired array")
    if x.dim() > 1:
        raise ValueError("object too deep for desired array")
    if x.is_floating_point() or x.is_complex():
        raise TypeError(
            f"Cannot cast array data from dtype('{_name(x.dtype)}') to dtype('int64') "
            "according to the rule 'safe'"
        )
    xi = x.view(_di.INT64) if x.dtype is _di.UINT64 else x.to(_di.INT64)
    if xi.numel() and bool((xi < 0).any()):
        raise ValueError("'list' argument must have no negative elements")
    if weights is None:
        return torch.bincount(xi, minlength=minlength).to(_di.INT64)
    if weights.shape != x.shape:
        raise ValueError("The weights and list don't have the same length.")
    if weights.is_complex():
        raise TypeError(
            f"Cannot cast array data from dtype('{_name(weights.dtype)}') to "
            "dtype('float64') according to the rule 'safe'"
        )
    return torch.bincount(xi, weights=weights.to(_di.FLOAT64), minlength=minlength)


def _name(dt: torch.dtype) -> str:
    return str(dt).removeprefix("torch.")


def digitize(x: torch.Tensor, bins: torch.Tensor, right: bool) -> torch.Tensor:
    """``numpy.digitize``: the bin index of each value for increasing or decreasing ``bins``."""
    if x.is_complex():
        raise TypeError("x may not be complex")
    if bins.dim() != 1:
        if bins.dim() == 0:
            raise ValueError("object of too small depth for desired array")
        raise ValueError("object too deep for desired array")
    increasing = True
    if bins.numel() > 1:
        b = bins if bins.dtype is not _di.BOOL else bins.to(_di.INT64)
        if b.dtype in _di.UNSIGNED_WIDE:
            b = b.to(_di.FLOAT64) if b.dtype is _di.UINT64 else b.to(_di.INT64)
        up = bool((b[:-1] <= b[1:]).all())
        down = bool((b[:-1] >= b[1:]).all())
        if not up and not down:
            raise ValueError("bins must be monotonically increasing or decreasing")
        increasing = up
    xc, bc = _common(x, bins)
    if increasing:
        return torch.searchsorted(bc, xc, right=not right)
    flipped = torch.flip(bc, (0,)).contiguous()
    return bins.shape[0] - torch.searchsorted(flipped, xc, right=not right)
