"""Whether two arrays use the same memory: ``may_share_memory`` and ``shares_memory``.

Both work on addresses. An array's elements start at ``data_ptr() + offset * itemsize`` for
the offsets its shape and strides reach (torch strides are never negative), and two arrays on
different devices never share memory. ``may_share_memory`` compares the byte ranges from the
first to the end of the last element, as NumPy does by default. ``shares_memory`` answers
exactly: it lists each array's memory as maximal contiguous runs of bytes (dimensions whose
elements are adjacent collapse into one run, so a contiguous array is a single run) and looks
for two runs that overlap. The work is the number of runs listed; ``max_work`` bounds it
(``TooHardError`` past the bound), and without a bound the listing stops at
``_MAX_RUNS`` runs with ``TooHardError``, where NumPy would go on solving (a deliberate
limit, far above the sizes where the question comes up in practice).

Anything that is not an array (Python scalars, lists) gets new memory when converted, so it
shares memory with nothing; arrays of other libraries (NumPy) are looked at through the memory
they expose.
"""

from __future__ import annotations

import math
from typing import Any

import torch

from ._conversion import to_tensor
from ._ndarray import ndarray
from .exceptions import TooHardError

__all__ = ["may_share_memory", "shares_memory"]

# NumPy's special max_work values
_MAY_SHARE_BOUNDS = -2
_MAY_SHARE_EXACT = -1
_MAX_RUNS = 1 << 24


def _as_tensor(obj: object) -> torch.Tensor | None:
    if isinstance(obj, ndarray):
        return obj._t
    if isinstance(obj, torch.Tensor):
        return obj
    if hasattr(obj, "__array_interface__") or hasattr(obj, "__dlpack__"):
        try:
            return to_tensor(obj)
        except (TypeError, ValueError, NotImplementedError):
            return None
    return None


def _extent(t: torch.Tensor) -> tuple[int, int]:
    """The half-open byte range [first, end) that ``t`` touches (empty arrays: an empty one)."""
    start = t.data_ptr()
    if t.numel() == 0:
        return start, start
    last = sum((n - 1) * s for n, s in zip(t.shape, t.stride(), strict=True))
    return start, start + (last + 1) * t.element_size()


def _runs(t: torch.Tensor) -> tuple[tuple[int, ...], tuple[int, ...], int]:
    """Shape and byte strides of the runs of ``t``, and the byte length of one run."""
    size = t.element_size()
    dims = sorted(
        ((n, s * size) for n, s in zip(t.shape, t.stride(), strict=True) if n != 1),
        key=lambda d: d[1],
    )
    run = size
    while dims and dims[0][1] == run:
        # the innermost dimension continues the run without a gap
        run *= dims[0][0]
        dims.pop(0)
    return tuple(n for n, _ in dims), tuple(s for _, s in dims), run


def _run_starts(t: torch.Tensor, shape: tuple[int, ...], strides: tuple[int, ...]) -> torch.Tensor:
    starts = torch.full((1,), t.data_ptr(), dtype=torch.int64)
    for n, s in zip(shape, strides, strict=True):
        starts = (starts[:, None] + torch.arange(n, dtype=torch.int64) * s).reshape(-1)
    out: torch.Tensor = torch.unique(starts)  # sorted; a zero stride repeats runs
    return out


def _overlap_bounds(a: torch.Tensor, b: torch.Tensor) -> bool:
    if a.device != b.device or a.device.type == "meta":
        return False
    lo_a, hi_a = _extent(a)
    lo_b, hi_b = _extent(b)
    return lo_a < hi_a and lo_b < hi_b and lo_a < hi_b and lo_b < hi_a


def _overlap_exact(a: torch.Tensor, b: torch.Tensor, max_work: int) -> bool:
    shape_a, strides_a, run_a = _runs(a)
    shape_b, strides_b, run_b = _runs(b)
    work = math.prod(shape_a) + math.prod(shape_b)
    if work > max_work:
        raise TooHardError("Exceeded max_work")
    starts_a = _run_starts(a, shape_a, strides_a)
    starts_b = _run_starts(b, shape_b, strides_b)
    # a run of b overlaps a run of a when it starts before that run ends and ends after it
    # starts: find, for each run of b, the last run of a starting before b's run ends
    idx = torch.searchsorted(starts_a, starts_b + run_b, right=False) - 1
    valid = idx >= 0
    ends_a = starts_a[idx.clamp(min=0)] + run_a
    return bool((valid & (ends_a > starts_b)).any())


def _check_max_work(max_work: object) -> int | None:
    if max_work is None:
        return None
    if isinstance(max_work, bool) or not isinstance(max_work, int):
        raise TypeError(f"max_work must be an integer, not {type(max_work).__name__}")
    if max_work < _MAY_SHARE_BOUNDS:
        raise ValueError("Invalid value for max_work")
    return max_work


def shares_memory(a: Any, b: Any, /, max_work: int | None = None) -> bool:
    """Whether ``a`` and ``b`` have a byte of memory in common, as ``numpy.shares_memory``.

    The answer is exact: interleaved slices of one base (``x[::2]`` and ``x[1::2]``) share
    nothing. ``max_work=-2`` only compares the byte ranges, as ``may_share_memory``; a
    non-negative ``max_work`` bounds the runs of contiguous memory listed (NumPy counts
    candidate solutions instead) and ``TooHardError`` is raised beyond it. Without one, at
    most 2**24 runs are listed.
    """
    limit = _check_max_work(max_work)
    ta, tb = _as_tensor(a), _as_tensor(b)
    if ta is None or tb is None or not _overlap_bounds(ta, tb):
        return False
    if limit == _MAY_SHARE_BOUNDS:
        return True
    if limit is None or limit == _MAY_SHARE_EXACT:
        limit = _MAX_RUNS
    return _overlap_exact(ta, tb, limit)


def may_share_memory(a: Any, b: Any, /, max_work: int | None = None) -> bool:
    """Whether ``a`` and ``b`` might share memory, as ``numpy.may_share_memory``.

    By default only the byte ranges from the first to the end of the last element are
    compared, so interleaved slices of one base may be reported as sharing. With ``max_work``
    the exact answer of ``shares_memory`` is computed within that bound, and True is given when
    the bound is exceeded.
    """
    limit = _check_max_work(max_work)
    if limit is None:
        limit = _MAY_SHARE_BOUNDS
    try:
        return shares_memory(a, b, max_work=limit)
    except TooHardError:
        return True
