"""Histograms and binning of the main namespace.

``histogram``, ``histogram_bin_edges``, ``histogram2d``, ``histogramdd``, ``bincount`` and
``digitize``; the tensor work is in ``_histograms_impl``. These convert their own arguments
(``bins`` may be an int, a string or an array), then wrap the results.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from typing import Any

import torch

from . import _histograms_impl as _impl
from ._ndarray import ndarray
from ._normalizer import ArrayLike, as_tensor, wrap

__all__ = [
    "bincount",
    "digitize",
    "histogram",
    "histogram2d",
    "histogram_bin_edges",
    "histogramdd",
]


def _bins(bins: Any) -> Any:
    """``bins`` as a string, an int, or a tensor of edges."""
    if isinstance(bins, str):
        return bins
    if type(bins) is int:
        return bins
    if isinstance(bins, (ndarray, torch.Tensor, list, tuple)):
        return as_tensor(bins)
    return bins


def _range(rng: Any) -> tuple[Any, Any] | None:
    if rng is None:
        return None
    lo, hi = rng
    return _scalar(lo), _scalar(hi)


def _scalar(x: Any) -> Any:
    if isinstance(x, (ndarray, torch.Tensor)):
        return as_tensor(x).item()
    return x


def histogram(
    a: ArrayLike,
    bins: Any = 10,
    range: tuple[float, float] | None = None,
    density: bool | None = None,
    weights: ArrayLike | None = None,
) -> tuple[ndarray, ndarray]:
    """Histogram of the flattened data, as ``numpy.histogram``: (counts, bin edges).

    ``bins`` is a count, a sequence of edges, or one of NumPy's estimator names ('auto',
    'fd', 'doane', 'scott', 'stone', 'rice', 'sturges', 'sqrt'). Counts are int64; with
    ``weights`` they have the weights' dtype; with ``density`` they are float64 densities.
    """
    w = None if weights is None else as_tensor(weights)
    hist, edges = _impl.histogram(as_tensor(a), _bins(bins), _range(range), density, w)
    return wrap(hist), wrap(edges)


def histogram_bin_edges(
    a: ArrayLike,
    bins: Any = 10,
    range: tuple[float, float] | None = None,
    weights: ArrayLike | None = None,
) -> ndarray:
    """The bin edges ``histogram`` would use, as ``numpy.histogram_bin_edges``."""
    w = None if weights is None else as_tensor(weights)
    x = _impl.ravel_data(as_tensor(a))
    return ndarray._from_tensor(_impl.bin_edges(x, _bins(bins), _range(range), w))


def _sample(sample: Any) -> torch.Tensor:
    if isinstance(sample, (ndarray, torch.Tensor)):
        t = as_tensor(sample)
        return t if t.dim() == 2 else (t.reshape(1, -1) if t.dim() < 2 else t).T
    if isinstance(sample, (list, tuple)) and sample and not isinstance(sample[0], (int, float)):
        cols = [as_tensor(c).reshape(-1) for c in sample]
        if len({c.shape[0] for c in cols}) > 1:
            raise ValueError(
                "setting an array element with a sequence. The requested array has an "
                "inhomogeneous shape after 1 dimensions."
            )
        return (
            torch.stack(cols, dim=1) if len({c.dtype for c in cols}) == 1 else as_tensor(sample).T
        )
    return as_tensor(sample).reshape(1, -1).T


def _dd_bins(bins: Any) -> Any:
    if isinstance(bins, (list, tuple)):
        return [_bins(b) for b in bins]
    if isinstance(bins, (ndarray, torch.Tensor)):
        t = as_tensor(bins)
        return t.item() if t.dim() == 0 else [t[i] for i in builtins_range(t.shape[0])]
    return bins


builtins_range = range


def _dd_range(rng: Any) -> list[Any] | None:
    if rng is None:
        return None
    return [None if r is None else _range(r) for r in rng]


def histogramdd(
    sample: Any,
    bins: Any = 10,
    range: Sequence[Any] | None = None,
    density: bool | None = None,
    weights: ArrayLike | None = None,
) -> tuple[ndarray, list[ndarray]]:
    """Multidimensional histogram, as ``numpy.histogramdd``: (float64 counts, edge list).

    ``sample`` is an ``(N, D)`` array or a sequence of D coordinate arrays; ``bins`` a count,
    a sequence of counts or edge arrays per dimension.
    """
    w = None if weights is None else as_tensor(weights)
    hist, edges = _impl.histogramdd(_sample(sample), _dd_bins(bins), _dd_range(range), density, w)
    return wrap(hist), [wrap(e) for e in edges]


def histogram2d(
    x: ArrayLike,
    y: ArrayLike,
    bins: Any = 10,
    range: Sequence[Any] | None = None,
    density: bool | None = None,
    weights: ArrayLike | None = None,
) -> tuple[ndarray, ndarray, ndarray]:
    """Two-dimensional histogram, as ``numpy.histogram2d``: (counts, x edges, y edges)."""
    try:
        n = len(bins)
    except TypeError:
        n = 1
    if n != 1 and n != 2:
        edges = as_tensor(bins)
        bins = [edges, edges]
    hist, edges_list = histogramdd([x, y], bins, range, density, weights)
    return hist, edges_list[0], edges_list[1]


def bincount(x: ArrayLike, /, weights: ArrayLike | None = None, minlength: int = 0) -> ndarray:
    """Occurrences of each non-negative integer, as ``numpy.bincount``.

    int64 counts, or float64 sums of ``weights``; negative values raise ``ValueError``.
    """
    w = None if weights is None else as_tensor(weights)
    return ndarray._from_tensor(_impl.bincount(as_tensor(x), w, operator.index(minlength)))


def digitize(x: ArrayLike, bins: ArrayLike, right: bool = False) -> ndarray:
    """Indices of the bins each value falls in, as ``numpy.digitize``.

    ``bins`` may increase or decrease monotonically; ``right`` says which edge is inclusive.
    """
    return ndarray._from_tensor(_impl.digitize(as_tensor(x), as_tensor(bins), right))
