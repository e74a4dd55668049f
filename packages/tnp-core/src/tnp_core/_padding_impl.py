"""``numpy.pad`` on tensors.

The result is built as NumPy builds it: the input is placed in the middle of a new tensor and
the pad areas are filled one axis after the other. The pad of axis ``k`` spans the already
padded extent of the axes before ``k`` and the original extent of the axes after it, so the
corners come from the last axes and every mode sees the same data as in NumPy. Each fill is a
handful of slice copies on the whole tensor (reflect, symmetric and wrap repeat them while the
pad is wider than the data), never a loop over elements.

uint16/32/64 are filled through a same-width signed view of the bits, since PyTorch lacks
arithmetic for those types; two's-complement wrapping gives NumPy's modular results.
"""

from __future__ import annotations

from typing import Any

import torch

from . import _dtypes_impl as _di
from . import _reductions_impl, _sorting_impl

_SIGNED_OF = {
    torch.uint16: torch.int16,
    torch.uint32: torch.int32,
    torch.uint64: torch.int64,
}

Pair = tuple[Any, Any]


def _signed(t: torch.Tensor) -> torch.Tensor:
    sd = _SIGNED_OF.get(t.dtype)
    return t if sd is None else t.view(sd)


def _cast(t: torch.Tensor, dt: torch.dtype) -> torch.Tensor:
    """``t`` as ``dt`` as NumPy's unsafe cast (complex to real keeps the real part)."""
    if t.dtype is dt:
        return t
    if t.is_complex() and not dt.is_complex:
        t = t.real
    return t.to(dt)


def _scalar(value: Any, dt: torch.dtype, device: torch.device) -> torch.Tensor:
    """A Python number as a 0-D tensor of ``dt``, cast as NumPy's assignment casts."""
    if isinstance(value, bool):
        src = torch.tensor(value, device=device)
    elif isinstance(value, int):
        lo, hi = _di.int_bounds(_di.INT64)
        src = torch.tensor(value if lo <= value <= hi else value - (1 << 64), device=device)
    elif isinstance(value, float):
        src = torch.tensor(value, dtype=_di.FLOAT64, device=device)
    else:
        src = torch.tensor(complex(value), dtype=_di.COMPLEX128, device=device)
    return _signed(_cast(src, dt))


def _at(t: torch.Tensor, axis: int, start: int, length: int) -> torch.Tensor:
    return t.narrow(axis, start, length)


class _Padder:
    """The padded tensor ``work`` (signed view), with the geometry of each axis' pad."""

    def __init__(self, t: torch.Tensor, widths: list[tuple[int, int]], fill: Any) -> None:
        shape = [n + lo + hi for n, (lo, hi) in zip(t.shape, widths, strict=True)]
        self.dtype = t.dtype
        if fill is None:
            padded = torch.empty(shape, dtype=t.dtype, device=t.device)
        else:
            padded = torch.zeros(shape, dtype=t.dtype, device=t.device)
        self.padded = padded
        self.work = _signed(padded)
        self.widths = widths
        self.inner = tuple(slice(lo, lo + n) for n, (lo, _) in zip(t.shape, widths, strict=True))
        if t.numel():
            self.work[self.inner] = _signed(t)

    def roi(self, axis: int) -> tuple[torch.Tensor, torch.Tensor]:
        """The region axis ``axis`` pads: padded before it, original after it (work, real)."""
        key = (slice(None),) * (axis + 1) + self.inner[axis + 1 :]
        return self.work[key], self.padded[key]

    def set_pair(self, roi: torch.Tensor, axis: int, left: Any, right: Any) -> None:
        lo, hi = self.widths[axis]
        n = roi.shape[axis]
        if lo:
            _at(roi, axis, 0, lo).copy_(left.expand_as(_at(roi, axis, 0, lo)))
        if hi:
            _at(roi, axis, n - hi, hi).copy_(right.expand_as(_at(roi, axis, n - hi, hi)))


def pad(
    t: torch.Tensor,
    widths: list[tuple[int, int]],
    mode: str,
    values: list[Pair] | None = None,
    lengths: list[Pair] | None = None,
    reflect_type: str = "even",
) -> torch.Tensor:
    """``numpy.pad`` for every named mode; ``values`` are the constant or end values per axis,
    ``lengths`` the stat lengths (None for the whole axis)."""
    if mode == "empty":
        return _Padder(t, widths, None).padded
    if mode == "constant":
        p = _Padder(t, widths, 0)
        for axis, (lv, rv) in enumerate(values or [(0, 0)] * t.dim()):
            roi, _ = p.roi(axis)
            dev = t.device
            p.set_pair(roi, axis, _scalar(lv, t.dtype, dev), _scalar(rv, t.dtype, dev))
        return p.padded
    if t.numel() == 0:
        for axis, (lo, hi) in enumerate(widths):
            if t.shape[axis] == 0 and (lo or hi):
                raise ValueError(
                    f"can't extend empty axis {axis} using modes other than 'constant' or 'empty'"
                )
        return _Padder(t, widths, None).padded
    p = _Padder(t, widths, None)
    for axis, (lo, hi) in enumerate(widths):
        roi, real = p.roi(axis)
        n = t.shape[axis]
        if mode == "edge" or (mode in ("reflect", "symmetric") and n == 1 and (lo or hi)):
            p.set_pair(roi, axis, *_edges(roi, axis, lo, hi))
        elif mode == "linear_ramp":
            assert values is not None
            p.set_pair(roi, axis, *_ramps(real, axis, lo, hi, values[axis], p.dtype))
        elif mode in ("maximum", "minimum", "mean", "median"):
            assert lengths is not None
            p.set_pair(roi, axis, *_stats(real, axis, lo, hi, lengths[axis], mode, p.dtype))
        elif mode in ("reflect", "symmetric"):
            while lo > 0 or hi > 0:
                lo, hi = _reflect_step(
                    roi, axis, lo, hi, reflect_type == "odd", n, mode == "symmetric"
                )
        elif mode == "wrap":
            while lo > 0 or hi > 0:
                lo, hi = _wrap_step(roi, axis, lo, hi, n)
    return p.padded


def _edges(roi: torch.Tensor, axis: int, lo: int, hi: int) -> tuple[torch.Tensor, torch.Tensor]:
    n = roi.shape[axis]
    return _at(roi, axis, lo, 1), _at(roi, axis, n - hi - 1, 1)


def _ramps(
    real: torch.Tensor, axis: int, lo: int, hi: int, ends: Pair, dt: torch.dtype
) -> tuple[torch.Tensor, torch.Tensor]:
    work_dt = _di.COMPLEX128 if real.is_complex() else _di.FLOAT64
    left_edge, right_edge = _edges(real, axis, lo, hi)
    out = []
    for end, edge, num in ((ends[0], left_edge, lo), (ends[1], right_edge, hi)):
        stop = _cast(edge, work_dt)
        shape = [1] * real.dim()
        shape[axis] = num
        steps = torch.arange(num, dtype=_di.FLOAT64, device=real.device).reshape(shape)
        delta = stop - end
        if num:
            step = delta / num
            y = (steps / num) * delta if bool((step == 0).any()) else steps * step
        else:
            y = steps * delta
        y = y + end
        if _di.kind(dt) in "iu":
            y = torch.floor(y.real if y.is_complex() else y)
        out.append(_signed(_cast(y, dt)))
    return out[0], out[1].flip(axis)


def _median(chunk: torch.Tensor, axis: int) -> torch.Tensor:
    """``numpy.median`` along ``axis``, kept as a length-one axis (NaN if the slice has one)."""
    s = _sorting_impl.sort(chunk, axis, None, None, None)
    n = s.shape[axis]
    mid = torch.cat([_at(s, axis, (n - 1) // 2, 1), _at(s, axis, n // 2, 1)], axis)
    med = _reductions_impl.mean(mid, (axis,), None).unsqueeze(axis)
    if med.is_floating_point() or med.is_complex():
        last = _at(s, axis, n - 1, 1)
        med = torch.where(torch.isnan(last), last.to(med.dtype), med)
    return med


def _stat(chunk: torch.Tensor, axis: int, mode: str) -> torch.Tensor:
    if mode == "maximum":
        return _reductions_impl.max(chunk, (axis,), True, None)
    if mode == "minimum":
        return _reductions_impl.min(chunk, (axis,), True, None)
    if mode == "mean":
        return _reductions_impl.mean(chunk, (axis,), None).unsqueeze(axis)
    return _median(chunk, axis)


def _stats(
    real: torch.Tensor, axis: int, lo: int, hi: int, lengths: Pair, mode: str, dt: torch.dtype
) -> tuple[torch.Tensor, torch.Tensor]:
    start = lo
    stop = real.shape[axis] - hi
    full = stop - start
    left_len = full if lengths[0] is None or full < lengths[0] else lengths[0]
    right_len = full if lengths[1] is None or full < lengths[1] else lengths[1]
    if (left_len == 0 or right_len == 0) and mode in ("maximum", "minimum"):
        raise ValueError("stat_length of 0 yields no value for padding")
    left = _round_cast(_stat(_at(real, axis, start, left_len), axis, mode), dt)
    if left_len == right_len == full:
        return left, left
    right = _round_cast(_stat(_at(real, axis, stop - right_len, right_len), axis, mode), dt)
    return left, right


def _round_cast(stat: torch.Tensor, dt: torch.dtype) -> torch.Tensor:
    if _di.kind(dt) in "iu" and (stat.is_floating_point() or stat.is_complex()):
        stat = torch.round(stat.real if stat.is_complex() else stat)
    return _signed(_cast(stat, dt))


def _odd(edge: torch.Tensor, chunk: torch.Tensor) -> torch.Tensor:
    if edge.dtype is torch.bool:
        return (2 * edge.to(_di.INT64) - chunk.to(_di.INT64)).to(torch.bool)
    return 2 * edge - chunk


def _reflect_step(
    roi: torch.Tensor, axis: int, lo: int, hi: int, odd: bool, period: int, include_edge: bool
) -> tuple[int, int]:
    """One round of reflection on each side; returns the pad widths still to fill."""
    size = roi.shape[axis]
    old = size - hi - lo
    if include_edge:
        old = old // period * period
        edge_offset = 1
    else:
        old = (old - 1) // (period - 1) * (period - 1) + 1
        edge_offset = 0
        old -= 1
    if lo > 0:
        length = min(old, lo)
        first = lo - edge_offset + 1  # the chunk is roi[first:first + length], reversed
        chunk = _at(roi, axis, first, length).flip(axis)
        if odd:
            chunk = _odd(_at(roi, axis, lo, 1), chunk)
        _at(roi, axis, lo - length, length).copy_(chunk)
        lo -= length
    if hi > 0:
        length = min(old, hi)
        top = size - hi + edge_offset - 2  # the chunk runs down from here
        chunk = _at(roi, axis, top - length + 1, length).flip(axis)
        if odd:
            chunk = _odd(_at(roi, axis, size - hi - 1, 1), chunk)
        _at(roi, axis, size - hi, length).copy_(chunk)
        hi -= length
    return lo, hi


def _wrap_step(roi: torch.Tensor, axis: int, lo: int, hi: int, period: int) -> tuple[int, int]:
    """One round of wrapping on each side; returns the pad widths still to fill."""
    size = roi.shape[axis]
    span = (size - hi - lo) // period * period
    new_lo = new_hi = 0
    if lo > 0:
        length = min(span, lo)
        chunk = _at(roi, axis, lo + span - length, length)
        if lo > span:
            _at(roi, axis, lo - span, span).copy_(chunk)
            new_lo = lo - span
        else:
            _at(roi, axis, 0, lo).copy_(chunk)
    if hi > 0:
        length = min(span, hi)
        chunk = _at(roi, axis, size - hi - span, length)
        if hi > span:
            _at(roi, axis, size - hi, span).copy_(chunk)
            new_hi = hi - span
        else:
            _at(roi, axis, size - hi, hi).copy_(chunk)
    return new_lo, new_hi
