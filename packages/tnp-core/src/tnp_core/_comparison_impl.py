"""Approximate and exact array comparison on tensors: ``isclose``, ``allclose``,
``array_equal``, ``array_equiv``.

Operands arrive as tensors or as Python numbers, which promote weakly (NEP 50), as in NumPy.
"""

from __future__ import annotations

import math

import torch

from . import _dtypes_impl as _di

Operand = torch.Tensor | bool | int | float | complex


def _dtype_of(x: Operand) -> tuple[tuple[torch.dtype, ...], tuple[type, ...]]:
    if isinstance(x, torch.Tensor):
        return (x.dtype,), ()
    return (), (type(x),)


def _as(x: Operand, dt: torch.dtype, device: torch.device) -> torch.Tensor:
    if isinstance(x, torch.Tensor):
        if x.dtype is _di.UINT64 and _di.kind(dt) in "fc":
            return x.to(_di.FLOAT64).to(dt)
        return x.to(dt)
    return torch.tensor(x, dtype=dt, device=device)


def equal(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """Elementwise ``x == y`` with NumPy's promotion (exact for mixed int64/uint64)."""
    kinds = {x.dtype, y.dtype}
    if _di.UINT64 in kinds and kinds & {_di.INT8, _di.INT16, _di.INT32, _di.INT64}:
        u, s = (x, y) if x.dtype is _di.UINT64 else (y, x)
        s64 = s.to(_di.INT64)
        return (s64 >= 0) & (u.view(_di.INT64) == s64)
    dt = _di.promote(x.dtype, y.dtype)
    if dt in _di.UNSIGNED_WIDE and dt is not _di.UINT64:
        dt = _di.INT64
    return _as(x, dt, x.device) == _as(y, dt, y.device)


def _weak_op(x: Operand, y: Operand, op: str, device: torch.device) -> Operand:
    """``x * y`` or ``x + y`` with NEP 50 promotion; two Python numbers stay Python."""
    if not isinstance(x, torch.Tensor) and not isinstance(y, torch.Tensor):
        return x * y if op == "mul" else x + y
    sx, wx = _dtype_of(x)
    sy, wy = _dtype_of(y)
    dt = _di.result_type(sx + sy, wx + wy)
    tx, ty = _as(x, dt, device), _as(y, dt, device)
    return tx * ty if op == "mul" else tx + ty


def isclose(a: Operand, b: Operand, rtol: Operand, atol: Operand, equal_nan: bool) -> torch.Tensor:
    """``numpy.isclose``: ``|a - b| <= atol + rtol * |b|`` (b finite), or ``a == b``.

    ``b`` is made at least floating first, as NumPy 2 does; Python numbers stay weak.
    """
    device = next(
        (t.device for t in (a, b, rtol, atol) if isinstance(t, torch.Tensor)), torch.device("cpu")
    )
    if isinstance(b, torch.Tensor):
        b = _as(b, _di.result_type((b.dtype,), (float,)), device)
    elif isinstance(b, (bool, int)):
        b = float(b)
    sa, wa = _dtype_of(a)
    sb, wb = _dtype_of(b)
    diff_dt = _di.result_type(sa + sb, wa + wb)
    x = _as(a, diff_dt, device)
    y = _as(b, diff_dt, device)
    dist = torch.abs(x - y)
    # the tolerance follows NumPy's order of operations, in b's own precision
    abs_b: Operand = torch.abs(b) if isinstance(b, torch.Tensor) else abs(b)
    tol = _weak_op(atol, _weak_op(rtol, abs_b, "mul", device), "add", device)
    if isinstance(tol, torch.Tensor):
        cmp_dt = _di.promote(dist.dtype, tol.dtype)
        close = dist.to(cmp_dt) <= tol.to(cmp_dt)
    else:
        close = dist <= _as(tol, _di.result_type((dist.dtype,), (type(tol),)), device)
    if isinstance(b, torch.Tensor):
        close = close & torch.isfinite(b)
    elif not math.isfinite(abs(b)):
        close = torch.zeros_like(close)
    result = close | (x == y)
    if equal_nan:
        result = result | (torch.isnan(x) & torch.isnan(y))
    return result


def _can_hold_nan(t: torch.Tensor) -> bool:
    return t.is_floating_point() or t.is_complex()


def array_equal(a1: torch.Tensor, a2: torch.Tensor, equal_nan: bool) -> bool:
    """``numpy.array_equal``: same shape and equal elements (NaN equal to NaN on request)."""
    if a1.shape != a2.shape:
        return False
    if not equal_nan or not (_can_hold_nan(a1) or _can_hold_nan(a2)):
        return bool(equal(a1, a2).all())
    n1 = torch.isnan(a1) if _can_hold_nan(a1) else torch.zeros_like(a1, dtype=_di.BOOL)
    n2 = torch.isnan(a2) if _can_hold_nan(a2) else torch.zeros_like(a2, dtype=_di.BOOL)
    if not bool((n1 == n2).all()):
        return False
    return bool((equal(a1, a2) | n1).all())


def array_equiv(a1: torch.Tensor, a2: torch.Tensor) -> bool:
    """``numpy.array_equiv``: the shapes broadcast and the elements are equal."""
    try:
        shape = torch.broadcast_shapes(a1.shape, a2.shape)  # type: ignore[no-untyped-call]
    except RuntimeError:
        return False
    return bool(equal(a1.expand(shape), a2.expand(shape)).all())
