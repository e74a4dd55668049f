"""Elementwise kernels on tensors, with NumPy's results where torch's differ.

Each binary kernel receives operands already cast to the loop dtype (a Python scalar may
stand for a 0-D operand). ``kernel(name, dtype)`` picks the kernel for a loop dtype: torch's
own function where torch has one for that dtype, else a version that computes in int64 and
casts back, which gives NumPy's wrap-around results for uint16, uint32 and uint64.
"""

from __future__ import annotations

import math
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
    if dtype is _di.UINT64:
        return _uint64_power(x1, x2)
    return _back_to(dtype, _int_power(_int_operand(x1), _int_operand(x2)))


# ----------------------------------------------------------------------------- unary
def _copy(x: torch.Tensor) -> torch.Tensor:
    """``absolute`` of unsigned and bool values: the values themselves."""
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


def _sqrt_correctly_rounded(x: torch.Tensor) -> torch.Tensor:
    """IEEE sqrt for float16/32 on the CPU, whose vectorized torch kernel can be one ulp off.

    The float64 square root rounded to the narrower type is the correctly rounded result.
    """
    if x.is_cpu:
        return torch.sqrt(x.to(torch.float64)).to(x.dtype)
    return torch.sqrt(x)


def _complex_add(x1: Operand, x2: Operand) -> torch.Tensor:
    """Complex sum by parts: torch's a + 1*b turns an infinite part into NaN."""
    r1, i1 = _parts(x1)
    r2, i2 = _parts(x2)
    return torch.complex(torch.add(r1, r2), torch.add(i1, i2))


def _complex_subtract(x1: Operand, x2: Operand) -> torch.Tensor:
    r1, i1 = _parts(x1)
    r2, i2 = _parts(x2)
    return torch.complex(torch.sub(r1, r2), torch.sub(i1, i2))


def _complex_int_power(base: torch.Tensor, n: torch.Tensor) -> torch.Tensor:
    """NumPy's complex power for integer exponents below 100 in size: products, not exp/log.

    1, 2 and 3 are direct products; larger ones square-and-multiply from 1, then a negative
    exponent takes the reciprocal, exactly as NumPy orders the operations.
    """
    magnitude = n.abs()
    squared = base * base
    product = torch.ones_like(squared)
    power = base
    for bit in range(7):
        take = torch.bitwise_and(torch.bitwise_right_shift(magnitude, bit), 1) == 1
        product = torch.where(take, product * power, product)
        power = power * power
    result = torch.where(n < 0, 1 / product, product)
    # NumPy's shortcuts, for positive exponents only
    result = torch.where(n == 3, squared * base, result)
    result = torch.where(n == 2, squared, result)
    return torch.where(n == 1, base.expand_as(result), result)


def _complex_power(x1: Operand, x2: Operand) -> torch.Tensor:
    """Complex power as NumPy: ``x**0 == 1`` for every base, integer exponents by products."""
    assert isinstance(x1, torch.Tensor)
    result = torch.pow(x1, x2)
    exponent = x2 if isinstance(x2, torch.Tensor) else torch.tensor(complex(x2), dtype=x1.dtype)
    real, imag = exponent.real, exponent.imag
    small_int = (imag == 0) & (real == torch.round(real)) & (real.abs() < 100)
    if bool(small_int.any()):
        n = torch.where(small_int, real, torch.zeros_like(real)).to(torch.int64)
        by_products = _complex_int_power(x1, n.to(x1.device))
        result = torch.where(small_int.to(x1.device), by_products, result)
    # a zero base: 0 for an exponent with positive real part, else NaN (but 0**0 == 1, below)
    zero_base = x1 == 0
    if bool(zero_base.any()):
        positive_real = (real > 0).to(x1.device)
        nan = torch.full((), complex(math.nan, math.nan), dtype=result.dtype)
        at_zero = torch.where(positive_real, torch.zeros((), dtype=result.dtype), nan)
        result = torch.where(zero_base, at_zero, result)
    zero_exponent = x2 == 0
    if isinstance(zero_exponent, torch.Tensor):
        return torch.where(zero_exponent, torch.ones((), dtype=result.dtype), result)
    return torch.ones_like(result) if zero_exponent else result


def _uint64_power(x1: Operand, x2: Operand) -> torch.Tensor:
    """Unsigned 64-bit power by squaring on int64 bits (products wrap the same way)."""
    base = _int_operand(x1)
    exponent = _int_operand(x2)
    base_t = base if isinstance(base, torch.Tensor) else torch.tensor(base, dtype=torch.int64)
    exp_t = (
        exponent
        if isinstance(exponent, torch.Tensor)
        else torch.tensor(exponent, dtype=torch.int64)
    )
    shape = broadcast_shapes(base_t.shape, exp_t.shape)
    assert shape is not None
    base_t = base_t.to(exp_t.device).expand(shape).clone()
    exp_t = exp_t.expand(shape)
    result = torch.ones(shape, dtype=torch.int64, device=exp_t.device)
    for bit in range(64):
        take = torch.bitwise_and(torch.bitwise_right_shift(exp_t, bit), 1) == 1
        result = torch.where(take, result * base_t, result)
        base_t = base_t * base_t
    return result.view(_di.UINT64)


# ----------------------------------------------------------------------------- bitwise, shifts
def _invert(x: torch.Tensor) -> torch.Tensor:
    return torch.bitwise_not(x)


def _wide_invert(x: torch.Tensor) -> torch.Tensor:
    return _back_to(x.dtype, torch.bitwise_not(_int_operand(x)))  # type: ignore[arg-type]


def _shift(a: torch.Tensor, b: Operand, bits: int, *, left: bool, signed: bool) -> torch.Tensor:
    """``a << b`` or ``a >> b`` as NumPy: a count outside ``[0, bits)`` shifts everything out.

    Left shifts then give 0, right shifts 0 (or -1 for negative signed values); torch leaves
    those counts undefined. ``a`` holds int64 bits for uint64, where the right shift must be
    logical.
    """
    if not isinstance(b, torch.Tensor):
        b = torch.tensor(b, dtype=a.dtype, device=a.device)
    outside = (b < 0) | (b >= bits)
    count = torch.where(outside, torch.full((), bits - 1, dtype=b.dtype, device=b.device), b)
    zero = torch.zeros((), dtype=a.dtype, device=a.device)
    if left:
        return torch.where(outside, zero, torch.bitwise_left_shift(a, count))
    if signed:
        return torch.bitwise_right_shift(a, count)  # count bits - 1 fills with the sign
    if a.dtype is torch.int64 and bits == 64:
        # uint64 on int64 bits: one logical step clears the sign, then shift arithmetically
        one = torch.ones((), dtype=count.dtype, device=count.device)
        halved = torch.bitwise_and(torch.bitwise_right_shift(a, 1), 2**63 - 1)
        rest = torch.bitwise_right_shift(halved, torch.clamp(count - one, min=0))
        shifted = torch.where(count == 0, a, rest)
    else:
        shifted = torch.bitwise_right_shift(a, count)
    return torch.where(outside, zero, shifted)


def _shift_kernel(*, left: bool) -> Kernel:
    def kernel(x1: Operand, x2: Operand) -> torch.Tensor:
        assert isinstance(x1, torch.Tensor)
        dtype = x1.dtype
        bits = dtype.itemsize * 8
        signed = _di.kind(dtype) == "i"
        if dtype in _di.UNSIGNED_WIDE:
            a = _int_operand(x1)
            assert isinstance(a, torch.Tensor)
            return _back_to(dtype, _shift(a, _int_operand(x2), bits, left=left, signed=False))
        return _shift(x1, x2, bits, left=left, signed=signed)

    return kernel


# ----------------------------------------------------------------------------- logical
def _truth(x: Operand, other: Operand) -> torch.Tensor:
    """An operand as something torch's logical functions take (wide unsigned as int64)."""
    if isinstance(x, torch.Tensor):
        return _int_operand(x) if x.dtype in _di.UNSIGNED_WIDE else x  # type: ignore[return-value]
    device = other.device if isinstance(other, torch.Tensor) else None
    return torch.tensor(bool(x), device=device)


def _logical(op: Kernel) -> Kernel:
    def kernel(x1: Operand, x2: Operand) -> torch.Tensor:
        return op(_truth(x1, x2), _truth(x2, x1))

    return kernel


def _logical_not(x: torch.Tensor) -> torch.Tensor:
    return torch.logical_not(_truth(x, x))


LOGICAL = frozenset(("logical_and", "logical_or", "logical_xor", "logical_not"))


# ----------------------------------------------------------------------------- divmod
DivmodKernel: TypeAlias = Callable[..., "tuple[torch.Tensor, torch.Tensor]"]


def divmod_kernel(dtype: torch.dtype) -> DivmodKernel:
    """Quotient and remainder of ``divmod`` for loop dtype ``dtype``, as NumPy's divmod."""
    if dtype is _di.UINT64:
        return _uint64_divmod
    quotient = kernel("floor_divide", dtype)
    remainder = kernel("remainder", dtype)

    def both(x1: Operand, x2: Operand) -> tuple[torch.Tensor, torch.Tensor]:
        return quotient(x1, x2), remainder(x1, x2)

    return both


# ----------------------------------------------------------------------------- matmul
def _bool_matmul(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """Logical matrix product: any true ``a & b`` along k; a float sum of 0/1 is exact > 0."""
    return torch.matmul(a.to(torch.float32), b.to(torch.float32)) > 0


def _matmul_by_products(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """Integer matrix product by products summed in int64 (wrapping), in blocks along k."""
    a2 = (a.unsqueeze(-2) if a.dim() == 1 else a).to(torch.int64)
    b2 = (b.unsqueeze(-1) if b.dim() == 1 else b).to(torch.int64)
    n, k = a2.shape[-2], a2.shape[-1]
    m = b2.shape[-1]
    batch = broadcast_shapes(a2.shape[:-2], b2.shape[:-2])
    assert batch is not None
    acc = torch.zeros((*batch, n, m), dtype=torch.int64, device=a.device)
    step = max(1, 2**24 // max(1, n * m * math.prod(batch)))
    for start in range(0, k, step):
        stop = min(k, start + step)
        acc += (a2[..., :, start:stop, None] * b2[..., None, start:stop, :]).sum(-2)
    if a.dim() == 1:
        acc = acc.squeeze(-2)
    if b.dim() == 1:
        acc = acc.squeeze(-1)
    return acc


def _exact_int_matmul(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """int64 matrix product (wrapping) on any device: torch has integer matmul on CPU only.

    Elsewhere float64 is used when every partial sum is below 2**53 (so exact), else
    products summed in int64.
    """
    if a.device.type == "cpu":
        return torch.matmul(a.to(torch.int64), b.to(torch.int64))
    k = a.shape[-1]
    if a.numel() and b.numel() and k:
        bound = float(a.to(torch.float64).abs().max()) * float(b.to(torch.float64).abs().max())
        if bound * k < 2.0**53:
            return torch.matmul(a.to(torch.float64), b.to(torch.float64)).to(torch.int64)
    return _matmul_by_products(a, b)


def _int_matmul(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """Integer matmul wrapping as NumPy's; uint16/32/64 on int64 bits."""
    dtype = a.dtype
    if a.device.type == "cpu" and dtype not in _di.UNSIGNED_WIDE:
        return torch.matmul(a, b)
    a64, b64 = _int_operand(a), _int_operand(b)
    assert isinstance(a64, torch.Tensor)
    assert isinstance(b64, torch.Tensor)
    return _back_to(dtype, _exact_int_matmul(a64, b64))


def _matmul(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    return torch.matmul(a, b)


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
    "bitwise_and": torch.bitwise_and,
    "bitwise_or": torch.bitwise_or,
    "bitwise_xor": torch.bitwise_xor,
    "invert": _invert,
    "left_shift": _shift_kernel(left=True),
    "right_shift": _shift_kernel(left=False),
    "logical_and": _logical(torch.logical_and),
    "logical_or": _logical(torch.logical_or),
    "logical_xor": _logical(torch.logical_xor),
    "logical_not": _logical_not,
    "matmul": _matmul,
}

_INTEGER: dict[str, Kernel] = {
    "floor_divide": _int_floor_divide,
    "remainder": _int_remainder,
    "power": _int_power,
    "matmul": _int_matmul,
}

_UNSIGNED: dict[str, Kernel] = {
    "absolute": _copy,
}

_WIDE: dict[str, Kernel] = {
    "add": _wide_modular(torch.add),
    "subtract": _wide_modular(torch.sub),
    "multiply": _wide_modular(torch.mul),
    "negative": _wide_negative,
    "floor_divide": _wide_floor_divide,
    "remainder": _wide_remainder,
    "power": _wide_power,
    "absolute": _copy,
    "equal": _wide_compare(torch.eq),
    "not_equal": _wide_compare(torch.ne),
    "less": _wide_compare(torch.lt),
    "less_equal": _wide_compare(torch.le),
    "greater": _wide_compare(torch.gt),
    "greater_equal": _wide_compare(torch.ge),
    "bitwise_and": _wide_modular(torch.bitwise_and),
    "bitwise_or": _wide_modular(torch.bitwise_or),
    "bitwise_xor": _wide_modular(torch.bitwise_xor),
    "invert": _wide_invert,
}


def _bool_as_uint8(op: Kernel) -> Kernel:
    """Orderings of bools, which torch lacks: False < True, as 0 < 1."""

    def kernel(x1: Operand, x2: Operand) -> torch.Tensor:
        a = x1.to(torch.uint8) if isinstance(x1, torch.Tensor) else int(x1)  # type: ignore[arg-type]
        b = x2.to(torch.uint8) if isinstance(x2, torch.Tensor) else int(x2)  # type: ignore[arg-type]
        return op(a, b)

    return kernel


_BOOL: dict[str, Kernel] = {
    "less": _bool_as_uint8(torch.lt),
    "less_equal": _bool_as_uint8(torch.le),
    "greater": _bool_as_uint8(torch.gt),
    "greater_equal": _bool_as_uint8(torch.ge),
    "absolute": _copy,
    "matmul": _bool_matmul,
}


def _parts(x: Operand) -> tuple[Any, Any]:
    if isinstance(x, torch.Tensor):
        return x.real, x.imag
    z = complex(x)
    return z.real, z.imag


def _complex_order(strict_op: Kernel, tie_op: Kernel) -> Kernel:
    """NumPy's lexicographic order of complex numbers: real parts first, then imaginary."""

    def kernel(x1: Operand, x2: Operand) -> torch.Tensor:
        r1, i1 = _parts(x1)
        r2, i2 = _parts(x2)
        # as NumPy: the real parts decide only when neither imaginary part is NaN
        decided: torch.Tensor = strict_op(r1, r2) & (i1 == i1) & (i2 == i2)
        return decided | (torch.eq(r1, r2) & tie_op(i1, i2))

    return kernel


_COMPLEX: dict[str, Kernel] = {
    "add": _complex_add,
    "subtract": _complex_subtract,
    "power": _complex_power,
    "less": _complex_order(torch.lt, torch.lt),
    "less_equal": _complex_order(torch.lt, torch.le),
    "greater": _complex_order(torch.gt, torch.gt),
    "greater_equal": _complex_order(torch.gt, torch.ge),
}

COMPARISONS = frozenset(("equal", "not_equal", "less", "less_equal", "greater", "greater_equal"))
# ufuncs whose loops all produce bool
BOOL_OUTPUT = COMPARISONS | LOGICAL


def compare_out_of_range(name: str, scalar_is_above: bool, scalar_first: bool) -> bool:
    """The result of comparing any in-range value with an integer beyond the dtype's range."""
    # as "value <op> scalar" with the scalar above (or below) every value
    if name == "equal":
        return False
    if name == "not_equal":
        return True
    above = scalar_is_above != scalar_first  # True: the right operand is the larger
    return name in ("less", "less_equal") if above else name in ("greater", "greater_equal")


def kernel(name: str, dtype: torch.dtype) -> Kernel:
    """The kernel computing ufunc ``name`` on operands of loop dtype ``dtype``."""
    if dtype is _di.BOOL and name in _BOOL:
        return _BOOL[name]
    if dtype in _di.COMPLEX and name in _COMPLEX:
        return _COMPLEX[name]
    if name == "sqrt" and dtype in (_di.FLOAT16, _di.FLOAT32):
        return _sqrt_correctly_rounded
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
    try:
        return torch.where(mask, result, fallback.to(result.dtype))
    except RuntimeError:
        raise ValueError(
            f"operands could not be broadcast together with shapes {tuple(result.shape)} "
            f"(where) {tuple(mask.shape)}"
        ) from None


def broadcast_shapes(*shapes: Any) -> tuple[int, ...] | None:
    """The broadcast shape, or None when the shapes do not broadcast."""
    try:
        return tuple(torch.broadcast_shapes(*shapes))  # type: ignore[no-untyped-call]
    except RuntimeError:
        return None
