"""Selection on tensors: take, put, repeat, choose, compress, clip, round, conj, diagonal, trace.

Data movement on uint16/32/64 runs on a same-width signed view of the bits, since PyTorch
lacks indexing kernels for those dtypes; the bits (and so the values) are unchanged.
"""

from __future__ import annotations

import math

import torch

from . import _dtypes_impl as _di
from . import _reductions_impl
from .exceptions import AxisError

_MODES = ("raise", "wrap", "clip")
_SIGNED_OF = {
    torch.uint16: torch.int16,
    torch.uint32: torch.int32,
    torch.uint64: torch.int64,
}
_SIGN_BIT = -(2**63)


def _signed(t: torch.Tensor) -> torch.Tensor:
    sd = _SIGNED_OF.get(t.dtype)
    return t if sd is None else t.view(sd)


def _unsigned(t: torch.Tensor, dt: torch.dtype) -> torch.Tensor:
    return t.view(dt) if dt in _SIGNED_OF else t


def check_mode(mode: str) -> str:
    """NumPy's check of a ``mode=`` argument (take, put, choose)."""
    if mode not in _MODES:
        raise ValueError(f"clipmode must be one of 'clip', 'raise', or 'wrap' (got {mode!r})")
    return mode


def _as_index(t: torch.Tensor) -> torch.Tensor:
    if _di.kind(t.dtype) == "c":
        raise TypeError(
            "Cannot cast array data from dtype('complex128') to dtype('int64') "
            "according to the rule 'same_kind'"
        )
    if t.dtype is _di.UINT64:
        return t.view(_di.INT64)
    return t.to(_di.INT64)


def _fix(idx: torch.Tensor, n: int, mode: str, axis: int) -> torch.Tensor:
    """Indices into an axis of size ``n``, per ``mode`` (negative indices count from the end)."""
    if idx.numel() == 0:
        return idx
    if mode == "raise":
        bad = (idx >= n) | (idx < -n)
        if bool(bad.any()):
            i = int(idx[bad].flatten()[0])
            raise IndexError(f"index {i} is out of bounds for axis {axis} with size {n}")
        return torch.where(idx < 0, idx + n, idx)
    if n == 0:
        raise IndexError("cannot do a non-empty take from an empty axes.")
    if mode == "wrap":
        return torch.remainder(idx, n)
    return idx.clamp(0, n - 1)


def take(a: torch.Tensor, indices: torch.Tensor, axis: int | None, mode: str) -> torch.Tensor:
    """``numpy.take``: the result has shape ``a.shape[:axis] + indices.shape + a.shape[axis+1:]``.

    ``axis`` None takes from the flattened ``a``.
    """
    check_mode(mode)
    if axis is None:
        a = a.reshape(-1)
        axis = 0
    n = a.shape[axis]
    shape = (*a.shape[:axis], *indices.shape, *a.shape[axis + 1 :])
    # NumPy checks the indices once per position before ``axis`` ("raise"), or only when
    # the result is non-empty (an empty axis under "wrap"/"clip"): with nothing to do,
    # any index goes.
    if math.prod(a.shape[:axis]) == 0 or (mode != "raise" and math.prod(shape) == 0):
        return a.new_empty(shape)
    idx = _fix(_as_index(indices), n, mode, axis)
    picked = torch.index_select(_signed(a), axis, idx.reshape(-1))
    return _unsigned(picked.reshape(shape), a.dtype)


def put(a: torch.Tensor, ind: torch.Tensor, v: torch.Tensor, mode: str) -> None:
    """``numpy.put``: write ``v`` (repeated cyclically) at flat positions ``ind`` of ``a``."""
    check_mode(mode)
    idx = _as_index(ind).reshape(-1)
    if idx.numel() == 0 or v.numel() == 0:
        return
    idx = _fix(idx, a.numel(), mode, 0)
    vals = v.reshape(-1).to(a.dtype)
    if vals.numel() != idx.numel():
        cycle = torch.arange(idx.numel(), device=vals.device) % vals.numel()
        vals = vals[cycle] if vals.dtype not in _SIGNED_OF else _signed(vals)[cycle].view(a.dtype)
    pos = torch.unravel_index(idx, a.shape)
    _signed(a)[pos] = _signed(vals)


def repeat(a: torch.Tensor, repeats: torch.Tensor, axis: int | None) -> torch.Tensor:
    """``numpy.repeat``: ``repeats`` is one count or one count per element along ``axis``."""
    if axis is None:
        a = a.reshape(-1)
        axis = 0
    if _di.kind(repeats.dtype) not in "biu" and repeats.numel():
        raise TypeError(
            f"Cannot cast array data from dtype('{_name(repeats.dtype)}') to dtype('int64') "
            "according to the rule 'safe'"
        )
    reps = repeats.to(_di.INT64)
    if reps.dim() > 1:
        raise ValueError("object too deep for desired array")
    n = a.shape[axis]
    if reps.numel() == 1:
        reps = reps.reshape(()).expand(n) if reps.dim() else reps.expand(n)
    elif reps.numel() != n:
        raise ValueError(
            f"operands could not be broadcast together with shape ({n},) ({reps.numel()},)"
        )
    if bool((reps < 0).any()):
        raise ValueError("negative dimensions are not allowed")
    out = torch.repeat_interleave(_signed(a), reps.contiguous(), dim=axis)
    return _unsigned(out, a.dtype)


def choose(a: torch.Tensor, choices: list[torch.Tensor], mode: str) -> torch.Tensor:
    """``numpy.choose``: pick, elementwise, from the choice that ``a`` names."""
    check_mode(mode)
    if not choices:
        raise ValueError("0-length sequence.")
    if _di.kind(a.dtype) not in "biu":
        raise TypeError(
            f"Cannot cast array data from dtype('{_name(a.dtype)}') to dtype('int64') "
            "according to the rule 'safe'"
        )
    dt = _di.result_type(tuple(c.dtype for c in choices), ())
    shape = torch.broadcast_shapes(a.shape, *(c.shape for c in choices))  # type: ignore[no-untyped-call]
    n = len(choices)
    idx = _as_index(a)
    if mode == "raise":
        if idx.numel() and bool(((idx < 0) | (idx >= n)).any()):
            raise ValueError("invalid entry in choice array")
    elif mode == "wrap":
        idx = torch.remainder(idx, n)
    else:
        idx = idx.clamp(0, n - 1)
    stacked = torch.stack([_signed(c.to(dt).expand(shape)) for c in choices])
    picked = torch.gather(stacked, 0, idx.expand(shape).unsqueeze(0)).squeeze(0)
    return _unsigned(picked, dt)


def compress(condition: torch.Tensor, a: torch.Tensor, axis: int | None) -> torch.Tensor:
    """``numpy.compress``: the slices along ``axis`` where ``condition`` is true."""
    if condition.dim() != 1:
        raise ValueError("condition must be a 1-d array")
    if axis is not None:
        if not -a.dim() <= axis < a.dim():
            raise AxisError(axis, a.dim())
        axis %= a.dim()
    nz = torch.nonzero(condition != 0).reshape(-1)
    return take(a, nz, axis, "raise")


# ----------------------------------------------------------------------------- clip
def _order_key(t: torch.Tensor) -> torch.Tensor:
    """A tensor that orders like ``t`` and that torch's maximum/minimum accept."""
    if t.dtype is _di.UINT64:
        return torch.bitwise_xor(t.view(_di.INT64), _SIGN_BIT)
    if t.dtype in _SIGNED_OF or t.dtype is _di.BOOL:
        return t.to(_di.INT64)
    return t


def _complex_pick(x: torch.Tensor, y: torch.Tensor, larger: bool) -> torch.Tensor:
    """NumPy's maximum/minimum of complex numbers: lexicographic, NaN propagating."""
    xr, xi, yr, yi = x.real, x.imag, y.real, y.imag
    x_nan = torch.isnan(xr) | torch.isnan(xi)
    y_nan = torch.isnan(yr) | torch.isnan(yi)
    tie = xr == yr
    keep_x = (xr > yr) | (tie & (xi >= yi)) if larger else (xr < yr) | (tie & (xi <= yi))
    keep_x = x_nan | (keep_x & ~y_nan)
    return torch.where(keep_x, x, y)


def _bound(x: torch.Tensor, b: torch.Tensor, larger: bool) -> torch.Tensor:
    dt = x.dtype
    if _di.kind(dt) == "c":
        return _complex_pick(x, b, larger)
    op = torch.maximum if larger else torch.minimum
    r = op(_order_key(x), _order_key(b))
    if dt is _di.UINT64:
        return torch.bitwise_xor(r, _SIGN_BIT).view(_di.UINT64)
    return r.to(dt) if r.dtype is not dt else r


def _bound_tensor(b: object, dt: torch.dtype, device: torch.device) -> torch.Tensor:
    if isinstance(b, torch.Tensor):
        return b.to(dt)
    if type(b) is int and _di.kind(dt) in "iu":
        lo, hi = _di.int_bounds(dt)
        if not lo <= b <= hi:
            raise OverflowError(f"Python integer {b} out of bounds for {_name(dt)}")
    if dt is _di.UINT64 and type(b) is int:
        return torch.tensor(b if b < 2**63 else b - 2**64, dtype=_di.INT64, device=device).view(dt)
    return torch.tensor(b, dtype=dt, device=device)


def _drop_redundant_int_bounds(lo: object, hi: object, dt: torch.dtype) -> tuple[object, object]:
    """NumPy ignores a Python-int lower bound below the dtype's range and an upper bound
    above it (they limit nothing); the opposite cases still raise ``OverflowError``."""
    low, high = _di.int_bounds(dt)
    if type(lo) is int and lo < low:
        lo = None
    if type(hi) is int and hi > high:
        hi = None
    for b in (lo, hi):
        if type(b) is int and not -(2**63) <= b < 2**64:
            raise OverflowError("Python int too large to convert to C long")
    return lo, hi


def clip(a: torch.Tensor, lo: object, hi: object) -> torch.Tensor:
    """``numpy.clip``: ``minimum(maximum(a, lo), hi)``; Python-number bounds are weak (NEP 50).

    ``lo``/``hi`` are tensors, Python numbers or None (no bound).
    """
    bounds = [b for b in (lo, hi) if b is not None]
    shapes = [tuple(t.shape) for t in (a, *bounds) if isinstance(t, torch.Tensor)]
    try:
        torch.broadcast_shapes(*shapes)  # type: ignore[no-untyped-call]
    except RuntimeError:
        raise ValueError(
            "operands could not be broadcast together with shapes "
            + " ".join(str(sh).replace(" ", "") for sh in shapes)
        ) from None
    dt = _di.result_type(
        (a.dtype, *(b.dtype for b in bounds if isinstance(b, torch.Tensor))),
        tuple(type(b) for b in bounds if not isinstance(b, torch.Tensor)),
    )
    if _di.kind(a.dtype) in "iu":
        lo, hi = _drop_redundant_int_bounds(lo, hi, a.dtype)
    r = a.to(dt, copy=True)
    if lo is not None:
        r = _bound(r, _bound_tensor(lo, dt, a.device), True)
    if hi is not None:
        r = _bound(r, _bound_tensor(hi, dt, a.device), False)
    return r


# ----------------------------------------------------------------------------- round, conj
def _round_float(x: torch.Tensor, decimals: int) -> torch.Tensor:
    if decimals == 0:
        return torch.round(x)
    f = torch.tensor(10.0 ** abs(decimals), dtype=x.dtype, device=x.device)
    if decimals > 0:
        return torch.round(x * f) / f
    return torch.round(x / f) * f


def round(a: torch.Tensor, decimals: int) -> torch.Tensor:
    """``numpy.round``: half to even at ``decimals`` places (negative: left of the point)."""
    k = _di.kind(a.dtype)
    if k == "b":
        if decimals != 0:
            # NumPy scales by 10**decimals in place, and a bool array cannot hold the product.
            op = "divide" if decimals < 0 else "multiply"
            raise TypeError(
                f"Cannot cast ufunc '{op}' output from dtype('float64') to dtype('bool') "
                "with casting rule 'same_kind'"
            )
        return a.to(_di.FLOAT16)
    if k in "iu":
        if decimals >= 0:
            return a.clone()
        src = a.to(_di.FLOAT64)
        if a.dtype is _di.UINT64:
            src = torch.where(src < 0, src + 2.0**64, src)
        r = _round_float(src, decimals)
        if a.dtype is _di.UINT64:
            r = torch.where(r >= 2.0**63, r - 2.0**64, r)
            return r.to(_di.INT64).view(_di.UINT64)
        return r.to(a.dtype)
    if k == "c":
        return torch.complex(_round_float(a.real, decimals), _round_float(a.imag, decimals))
    return _round_float(a, decimals)


def conjugate(x: torch.Tensor) -> torch.Tensor:
    """``numpy.conjugate``: complex conjugate; real values are copied (bool gives int8)."""
    if x.dtype is _di.BOOL:
        return x.to(_di.INT8)
    if _di.kind(x.dtype) == "c":
        return torch.conj_physical(x)
    return x.clone()


# ----------------------------------------------------------------------------- diagonal
def diagonal(a: torch.Tensor, offset: int, axis1: int, axis2: int) -> torch.Tensor:
    """``numpy.diagonal`` as a view of ``a``: the diagonal axis goes last."""
    if a.dim() < 2:
        raise ValueError("diag requires an array of at least two dimensions")
    nd = a.dim()
    for ax in (axis1, axis2):
        if not -nd <= ax < nd:
            raise AxisError(ax, nd)
    axis1, axis2 = axis1 % nd, axis2 % nd
    if axis1 == axis2:
        raise ValueError("axis1 and axis2 cannot be the same")
    return torch.diagonal(a, offset, axis1, axis2)


def trace(
    a: torch.Tensor, offset: int, axis1: int, axis2: int, dtype: torch.dtype | None
) -> torch.Tensor:
    """``numpy.trace``: the sum of the diagonal, with ``sum``'s accumulator dtypes."""
    d = diagonal(a, offset, axis1, axis2)
    return _reductions_impl.sum(d, (d.dim() - 1,), dtype, False, None)


def _name(dt: torch.dtype) -> str:
    return str(dt).removeprefix("torch.")
