"""Elementwise kernels on tensors, with NumPy's results where torch's differ.

Each binary kernel receives operands already cast to the loop dtype (a Python scalar may
stand for a 0-D operand). ``kernel(name, dtype)`` picks the kernel for a loop dtype: torch's
own function where torch has one for that dtype, else a version that computes in int64 and
casts back, which gives NumPy's wrap-around results for uint16, uint32 and uint64.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeAlias

import torch

from . import _dtypes_impl as _di

Operand: TypeAlias = "torch.Tensor | bool | int | float | complex"
Kernel: TypeAlias = Callable[..., torch.Tensor]

_SIGN_BIT = -(2**63)


# ----------------------------------------------------------------------------- integer helpers
def _int_operand(x: Operand) -> Operand:
    """An unsigned-wide operand as int64 (same bits for uint64)."""
    if isinstance(x, torch.Tensor):
        return x.view(torch.int64) if x.dtype is _di.UINT64 else x.to(torch.int64)
    if isinstance(x, int) and x >= 2**63:
        return x - 2**64
    return x


def _back_to(dtype: torch.dtype, t: torch.Tensor) -> torch.Tensor:
    """An int64 result reinterpreted (uint64) or wrapped (narrower) into ``dtype``."""
    if dtype is _di.UINT64:
        return t.view(_di.UINT64)
    return t.to(dtype)


def _order_key(x: Operand) -> Operand:
    """int64 values ordered as the uint64 values with the same bits (sign bit flipped)."""
    x = _int_operand(x)
    if isinstance(x, torch.Tensor):
        return torch.bitwise_xor(x, _SIGN_BIT)
    assert isinstance(x, int)
    return x ^ _SIGN_BIT


def _wide_modular(op: Kernel) -> Kernel:
    """add/subtract/multiply/negative: modular arithmetic is the same on int64 bits."""

    def kernel(*args: Operand) -> torch.Tensor:
        dtype = next(a.dtype for a in args if isinstance(a, torch.Tensor))
        return _back_to(dtype, op(*map(_int_operand, args)))

    return kernel


def _wide_compare(op: Kernel) -> Kernel:
    def kernel(x1: Operand, x2: Operand) -> torch.Tensor:
        dtype = next(a.dtype for a in (x1, x2) if isinstance(a, torch.Tensor))
        if dtype is _di.UINT64:
            return op(_order_key(x1), _order_key(x2))
        return op(_int_operand(x1), _int_operand(x2))

    return kernel


# ----------------------------------------------------------------------------- division
def _int_floor_divide(x1: Operand, x2: Operand) -> torch.Tensor:
    """Integer floor division; division by zero gives 0, as NumPy."""
    if isinstance(x2, torch.Tensor):
        zero = x2 == 0
        safe = torch.where(zero, torch.ones_like(x2), x2)
        quotient = torch.floor_divide(x1, safe)  # type: ignore[arg-type]
        return torch.where(zero, torch.zeros((), dtype=safe.dtype), quotient)
    if x2 == 0:
        t = x1 if isinstance(x1, torch.Tensor) else torch.tensor(x1)
        return torch.zeros_like(t)
    return torch.floor_divide(x1, x2)  # type: ignore[arg-type]


def _int_remainder(x1: Operand, x2: Operand) -> torch.Tensor:
    """Integer remainder with the divisor's sign; remainder by zero gives 0, as NumPy."""
    if isinstance(x2, torch.Tensor):
        zero = x2 == 0
        safe = torch.where(zero, torch.ones_like(x2), x2)
        return torch.where(zero, torch.zeros((), dtype=safe.dtype), torch.remainder(x1, safe))
    if x2 == 0:
        t = x1 if isinstance(x1, torch.Tensor) else torch.tensor(x1)
        return torch.zeros_like(t)
    return torch.remainder(x1, x2)  # type: ignore[arg-type]


def _uint64_divmod(x1: Operand, x2: Operand) -> tuple[torch.Tensor, torch.Tensor]:
    """Exact unsigned 64-bit quotient and remainder from int64 operations."""
    a = _int_operand(x1)
    b = _int_operand(x2)
    a_t = a if isinstance(a, torch.Tensor) else torch.tensor(a, dtype=torch.int64)
    b_t = b if isinstance(b, torch.Tensor) else torch.tensor(b, dtype=torch.int64)
    shape = broadcast_shapes(a_t.shape, b_t.shape)
    assert shape is not None
    a_t, b_t = a_t.expand(shape), b_t.expand(shape)
    zero = b_t == 0
    b_safe = torch.where(zero, torch.ones_like(b_t), b_t)
    big_divisor = b_safe < 0  # divisor >= 2**63: the quotient is 0 or 1
    a_key, b_key = torch.bitwise_xor(a_t, _SIGN_BIT), torch.bitwise_xor(b_safe, _SIGN_BIT)
    q_big = (a_key >= b_key).to(torch.int64)
    # small divisor: halve the dividend logically, divide, then correct by one step
    half = torch.bitwise_and(torch.bitwise_right_shift(a_t, 1), 2**63 - 1)
    q = torch.bitwise_left_shift(torch.div(half, b_safe.clamp(min=1), rounding_mode="trunc"), 1)
    r = a_t - q * b_safe
    fix = torch.bitwise_xor(r, _SIGN_BIT) >= torch.bitwise_xor(b_safe, _SIGN_BIT)
    q = torch.where(fix, q + 1, q)
    q = torch.where(big_divisor, q_big, q)
    r = a_t - q * b_safe
    q = torch.where(zero, torch.zeros_like(q), q)
    r = torch.where(zero, torch.zeros_like(r), r)
    return q.view(_di.UINT64), r.view(_di.UINT64)


def _wide_floor_divide(x1: Operand, x2: Operand) -> torch.Tensor:
    dtype = next(a.dtype for a in (x1, x2) if isinstance(a, torch.Tensor))
    if dtype is _di.UINT64:
        return _uint64_divmod(x1, x2)[0]
    return _back_to(dtype, _int_floor_divide(_int_operand(x1), _int_operand(x2)))


def _wide_remainder(x1: Operand, x2: Operand) -> torch.Tensor:
    dtype = next(a.dtype for a in (x1, x2) if isinstance(a, torch.Tensor))
    if dtype is _di.UINT64:
        return _uint64_divmod(x1, x2)[1]
    return _back_to(dtype, _int_remainder(_int_operand(x1), _int_operand(x2)))


# ----------------------------------------------------------------------------- power
def _int_power(x1: Operand, x2: Operand) -> torch.Tensor:
    """Integer power; a negative exponent raises ``ValueError`` as NumPy."""
    negative = (x2 < 0).any() if isinstance(x2, torch.Tensor) else x2 < 0  # type: ignore[operator]
    if negative:
        raise ValueError("Integers to negative integer powers are not allowed.")
    if not isinstance(x1, torch.Tensor):
        assert isinstance(x2, torch.Tensor)
        x1 = torch.tensor(x1, dtype=x2.dtype, device=x2.device)
    return torch.pow(x1, x2)


def _wide_power(x1: Operand, x2: Operand) -> torch.Tensor:
    dtype = next(a.dtype for a in (x1, x2) if isinstance(a, torch.Tensor))
    return _back_to(dtype, _int_power(_int_operand(x1), _int_operand(x2)))


# ----------------------------------------------------------------------------- unary
def _unsigned_absolute(x: torch.Tensor) -> torch.Tensor:
    return x.clone()


def _wide_negative(x: torch.Tensor) -> torch.Tensor:
    return _back_to(x.dtype, torch.neg(_int_operand(x)))  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- comparisons
def mixed_int64_uint64_compare(op: Kernel) -> Kernel:
    """Exact comparison of int64 with uint64 (NumPy 2 compares them without rounding)."""

    def kernel(x1: Operand, x2: Operand) -> torch.Tensor:
        signed_first = isinstance(x1, torch.Tensor) and x1.dtype is torch.int64
        s, u = (x1, x2) if signed_first else (x2, x1)
        # values: signed s; unsigned u >= 2**63 are larger than every int64
        u64 = _int_operand(u)
        assert isinstance(s, torch.Tensor)
        assert isinstance(u64, torch.Tensor)
        u_big = u64 < 0
        s_vals = s
        u_vals = torch.where(u_big, torch.full_like(u64, 2**63 - 1), u64)
        res = op(s_vals, u_vals) if signed_first else op(u_vals, s_vals)
        # where u >= 2**63 the comparison is that of "s < u"
        big_res = (
            op(torch.tensor(0), torch.tensor(1))
            if signed_first
            else op(torch.tensor(1), torch.tensor(0))
        )
        return torch.where(u_big, big_res.to(res.device), res)

    return kernel


_NATIVE: dict[str, Kernel] = {
    "add": torch.add,
    "subtract": torch.sub,
    "multiply": torch.mul,
    "divide": torch.true_divide,
    "floor_divide": torch.floor_divide,
    "remainder": torch.remainder,
    "power": torch.pow,
    "negative": torch.neg,
    "positive": torch.positive,
    "absolute": torch.abs,
    "exp": torch.exp,
    "sqrt": torch.sqrt,
    "equal": torch.eq,
    "not_equal": torch.ne,
    "less": torch.lt,
    "less_equal": torch.le,
    "greater": torch.gt,
    "greater_equal": torch.ge,
}

_INTEGER: dict[str, Kernel] = {
    "floor_divide": _int_floor_divide,
    "remainder": _int_remainder,
    "power": _int_power,
}

_UNSIGNED: dict[str, Kernel] = {
    "absolute": _unsigned_absolute,
}

_WIDE: dict[str, Kernel] = {
    "add": _wide_modular(torch.add),
    "subtract": _wide_modular(torch.sub),
    "multiply": _wide_modular(torch.mul),
    "negative": _wide_negative,
    "floor_divide": _wide_floor_divide,
    "remainder": _wide_remainder,
    "power": _wide_power,
    "absolute": _unsigned_absolute,
    "equal": _wide_compare(torch.eq),
    "not_equal": _wide_compare(torch.ne),
    "less": _wide_compare(torch.lt),
    "less_equal": _wide_compare(torch.le),
    "greater": _wide_compare(torch.gt),
    "greater_equal": _wide_compare(torch.ge),
}


def kernel(name: str, dtype: torch.dtype) -> Kernel:
    """The kernel computing ufunc ``name`` on operands of loop dtype ``dtype``."""
    if dtype in _di.UNSIGNED_WIDE and name in _WIDE:
        return _WIDE[name]
    kind = _di.kind(dtype)
    if kind == "u" and name in _UNSIGNED:
        return _UNSIGNED[name]
    if kind in "iu" and name in _INTEGER:
        return _INTEGER[name]
    return _NATIVE[name]


def apply_where(
    result: torch.Tensor, mask: torch.Tensor, fallback: torch.Tensor | None
) -> torch.Tensor:
    """Take ``result`` where ``mask`` holds and ``fallback`` (zeros if None) elsewhere."""
    if fallback is None:
        fallback = torch.zeros((), dtype=result.dtype, device=result.device)
    return torch.where(mask, result, fallback.to(result.dtype))


def broadcast_shapes(*shapes: Any) -> tuple[int, ...] | None:
    """The broadcast shape, or None when the shapes do not broadcast."""
    try:
        return tuple(torch.broadcast_shapes(*shapes))  # type: ignore[no-untyped-call]
    except RuntimeError:
        return None
