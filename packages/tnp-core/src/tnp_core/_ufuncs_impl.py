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


def _float_remainder(x1: Operand, x2: Operand) -> torch.Tensor:
    """Float remainder; float16/32 on the CPU go through float64 (exact for these types),
    since torch's vectorized float32 kernel returns NaN for a subnormal divisor.

    Where tnp differs: float64 on the CPU keeps torch's kernel, which returns NaN wherever
    ``x1 / x2`` overflows (a huge ``x1`` or a subnormal ``x2``); NumPy returns the exact
    remainder. Checking for it would cost a device read-back on every call."""
    t = x1 if isinstance(x1, torch.Tensor) else x2
    assert isinstance(t, torch.Tensor)
    if t.is_cpu and t.dtype in (torch.float16, torch.float32):
        wide = [x.to(torch.float64) if isinstance(x, torch.Tensor) else x for x in (x1, x2)]
        return torch.remainder(wide[0], wide[1]).to(t.dtype)  # type: ignore[arg-type]
    return torch.remainder(x1, x2)  # type: ignore[arg-type]


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


# ----------------------------------------------------------------------------- math helpers
def _like(x: Operand, ref: Operand) -> torch.Tensor:
    """``x`` as a tensor; a Python scalar takes the dtype and device of the tensor ``ref``."""
    if isinstance(x, torch.Tensor):
        return x
    assert isinstance(ref, torch.Tensor)
    return torch.tensor(x, dtype=ref.dtype, device=ref.device)


def _tensor_pair(x1: Operand, x2: Operand) -> tuple[torch.Tensor, torch.Tensor]:
    """Both operands as tensors of the loop dtype (a Python scalar converted first)."""
    t1 = _like(x1, x2)
    return t1, _like(x2, t1)


def _binary_tensors(op: Kernel) -> Kernel:
    """A torch function that takes only tensors, for operands that may be Python scalars."""

    def kernel(x1: Operand, x2: Operand) -> torch.Tensor:
        return op(*_tensor_pair(x1, x2))

    return kernel


def _int64_then_back(op: Kernel) -> Kernel:
    """uint16/uint32 (which torch lacks kernels for) computed on int64 values, cast back."""

    def kernel(*args: Operand) -> torch.Tensor:
        dtype = next(a.dtype for a in args if isinstance(a, torch.Tensor))
        return op(*map(_int_operand, args)).to(dtype)

    return kernel


def _keep(x: torch.Tensor) -> torch.Tensor:
    """floor/ceil/trunc/conjugate of integers and bools: the values themselves."""
    return x.clone()


# ----------------------------------------------------------------------------- extrema
def _uint64_extremum(*, larger: bool) -> Kernel:
    def kernel(x1: Operand, x2: Operand) -> torch.Tensor:
        t1, t2 = _tensor_pair(x1, x2)
        k1, k2 = _order_key(t1), _order_key(t2)
        take_first = torch.ge(k1, k2) if larger else torch.le(k1, k2)  # type: ignore[arg-type]
        return torch.where(take_first, t1, t2)

    return kernel


def _complex_extremum(*, larger: bool, ignore_nan: bool) -> Kernel:
    """NumPy's complex maximum/minimum (NaN wins) and fmax/fmin (NaN loses).

    Complex numbers are ordered lexicographically; an operand with a NaN part counts as NaN.
    """
    order = _complex_order(torch.gt, torch.ge) if larger else _complex_order(torch.lt, torch.le)

    def kernel(x1: Operand, x2: Operand) -> torch.Tensor:
        t1, t2 = _tensor_pair(x1, x2)
        take_first = order(t1, t2)
        take_first = take_first | torch.isnan(t2 if ignore_nan else t1)
        return torch.where(take_first, t1, t2)

    return kernel


def _extremum_kernel(name: str, dtype: torch.dtype) -> Kernel:
    larger = name in ("maximum", "fmax")
    ignore_nan = name in ("fmax", "fmin")
    if dtype in _di.COMPLEX:
        return _complex_extremum(larger=larger, ignore_nan=ignore_nan)
    if dtype is _di.UINT64:
        return _uint64_extremum(larger=larger)
    if _di.kind(dtype) in "biu" or not ignore_nan:
        op = torch.maximum if larger else torch.minimum
    else:
        op = torch.fmax if larger else torch.fmin
    if dtype in _di.UNSIGNED_WIDE:
        return _int64_then_back(_binary_tensors(op))
    return _binary_tensors(op)


# ----------------------------------------------------------------------------- fmod, gcd, lcm
def _int_fmod(x1: Operand, x2: Operand) -> torch.Tensor:
    """C's ``%`` (the dividend's sign); by zero gives 0, as NumPy; by -1 never traps."""
    t1, t2 = _tensor_pair(x1, x2)
    unsafe = (t2 == 0) | (t2 == -1) if _di.kind(t2.dtype) == "i" else t2 == 0
    safe = torch.where(unsafe, torch.ones((), dtype=t2.dtype, device=t2.device), t2)
    return torch.where(
        unsafe, torch.zeros((), dtype=t1.dtype, device=t1.device), torch.fmod(t1, safe)
    )


def _uint64_fmod(x1: Operand, x2: Operand) -> torch.Tensor:
    return _uint64_divmod(x1, x2)[1]


def _uint64_gcd(x1: Operand, x2: Operand) -> torch.Tensor:
    """Euclid's algorithm on uint64 bits, every element at once."""
    a, b = _tensor_pair(x1, x2)
    shape = broadcast_shapes(a.shape, b.shape)
    assert shape is not None
    a, b = a.expand(shape).clone(), b.expand(shape).clone()
    while bool((b.view(torch.int64) != 0).any()):
        active = b.view(torch.int64) != 0
        r = _uint64_divmod(a, b)[1]
        a = torch.where(active, b, a)
        b = torch.where(active, r, b)
    return a


def _uint64_lcm(x1: Operand, x2: Operand) -> torch.Tensor:
    a, b = _tensor_pair(x1, x2)
    g = _uint64_gcd(a, b)
    quotient = _uint64_divmod(a, g)[0]  # 0 where the gcd is 0 (both operands 0)
    return _back_to(_di.UINT64, torch.mul(quotient.view(torch.int64), b.view(torch.int64)))


def _int_gcd(x1: Operand, x2: Operand) -> torch.Tensor:
    """gcd of the magnitudes, computed in int64 and wrapped back (gcd(-128, 0) is -128 in
    int8, as NumPy's)."""
    a, b = _tensor_pair(x1, x2)
    return torch.abs(torch.gcd(a.to(torch.int64), b.to(torch.int64))).to(a.dtype)


def _int_lcm(x1: Operand, x2: Operand) -> torch.Tensor:
    """``|a| / gcd * |b|`` in unsigned arithmetic, wrapped to the dtype; 0 when the gcd is 0."""
    a, b = _tensor_pair(x1, x2)
    dtype = a.dtype
    if dtype is _di.INT64 and bool(((a == _SIGN_BIT) | (b == _SIGN_BIT)).any()):
        # |int64 min| is 2**63: only unsigned arithmetic holds it
        magnitudes = [torch.abs(t).view(_di.UINT64) for t in (a, b)]
        return _uint64_lcm(*magnitudes).view(torch.int64)
    a64, b64 = torch.abs(a.to(torch.int64)), torch.abs(b.to(torch.int64))
    g = torch.gcd(a64, b64)
    safe = torch.where(g == 0, torch.ones_like(g), g)
    return (torch.div(a64, safe, rounding_mode="trunc") * b64).to(dtype)


# ----------------------------------------------------------------------------- rounding, sign
def _rint(x: torch.Tensor) -> torch.Tensor:
    if x.is_complex():
        return torch.complex(torch.round(x.real), torch.round(x.imag))
    return torch.round(x)


def _float_sign(x: torch.Tensor) -> torch.Tensor:
    return torch.where(torch.isnan(x), x, torch.sign(x))


def _complex_sign(x: torch.Tensor) -> torch.Tensor:
    """NumPy 2's complex sign: ``z / |z|``, 0 at 0; infinite parts give a unit on their axis."""
    re, im = x.real, x.imag
    magnitude = torch.hypot(re, im)
    one = torch.ones((), dtype=re.dtype, device=re.device)
    nan = torch.full((), math.nan, dtype=re.dtype, device=re.device)
    zero = torch.zeros((), dtype=re.dtype, device=re.device)
    safe = torch.where(magnitude == 0, one, magnitude)
    out_re = re / safe
    out_im = im / safe
    re_inf, im_inf = torch.isinf(re), torch.isinf(im)
    infinite = torch.isinf(magnitude)
    out_re = torch.where(infinite, torch.where(re_inf & ~im_inf, torch.sign(re), zero), out_re)
    out_im = torch.where(infinite, torch.where(im_inf & ~re_inf, torch.sign(im), zero), out_im)
    both = infinite & re_inf & im_inf
    undefined = torch.isnan(magnitude) | both
    out_re = torch.where(undefined, nan, out_re)
    out_im = torch.where(undefined, nan, out_im)
    return torch.complex(out_re, out_im)


def _unsigned_sign(x: torch.Tensor) -> torch.Tensor:
    return (x != 0).to(x.dtype)


def _sign_kernel(dtype: torch.dtype) -> Kernel:
    if dtype in _di.COMPLEX:
        return _complex_sign
    if dtype in _di.UNSIGNED_WIDE:
        return _unsigned_sign
    if _di.kind(dtype) == "f":
        return _float_sign
    return torch.sign


# ----------------------------------------------------------------------------- reciprocal, square
def _int_reciprocal(x: torch.Tensor) -> torch.Tensor:
    """``1 / x`` truncated: 1 and -1 keep their value, others give 0, and 0 gives what NumPy's
    float-to-int conversion of inf gives (the minimum for int32/int64, else 0)."""
    dtype = x.dtype
    values = _int_operand(x) if dtype in _di.UNSIGNED_WIDE else x
    assert isinstance(values, torch.Tensor)
    result = torch.where(values == 1, 1, 0)
    if _di.kind(dtype) == "i":
        result = torch.where(values == -1, -1, result)
        if dtype in (_di.INT32, _di.INT64):
            result = torch.where(values == 0, _di.int_bounds(dtype)[0], result)
    return result.to(dtype)


def _complex_reciprocal(x: torch.Tensor) -> torch.Tensor:
    """NumPy's complex reciprocal (Smith's algorithm): 1/0 is nan+nanj."""
    re, im = x.real, x.imag
    real_larger = torch.abs(im) <= torch.abs(re)
    r1 = im / re
    d1 = re + im * r1
    r2 = re / im
    d2 = re * r2 + im
    out_re = torch.where(real_larger, 1 / d1, r2 / d2)
    out_im = torch.where(real_larger, -r1 / d1, -1 / d2)
    return torch.complex(out_re, out_im)


def _square(x: torch.Tensor) -> torch.Tensor:
    return torch.mul(x, x)


def _bool_square(x: torch.Tensor) -> torch.Tensor:
    return x.clone()


# ----------------------------------------------------------------------------- float-only math
def _cbrt(x: torch.Tensor) -> torch.Tensor:
    """The real cube root, computed in float64 with a Newton step (exact on perfect cubes)."""
    wide = x.to(torch.float64)
    y = torch.copysign(torch.pow(torch.abs(wide), 1.0 / 3.0), wide)
    special = (wide == 0) | ~torch.isfinite(wide)
    safe = torch.where(special, torch.ones_like(y), y)
    y = safe - (safe * safe * safe - wide) / (3.0 * safe * safe)
    return torch.where(special, wide, y).to(x.dtype)


def _heaviside(x1: Operand, x2: Operand) -> torch.Tensor:
    """0 below zero, 1 above, ``x2`` at zero and NaN for NaN, as NumPy."""
    t1, t2 = _tensor_pair(x1, x2)
    steps = torch.where(t1 == 0, t2, (t1 > 0).to(t1.dtype))
    return torch.where(torch.isnan(t1), t1, steps)


def _spacing(x: torch.Tensor) -> torch.Tensor:
    """Distance to the next value away from zero, as NumPy's spacing; spacing(0) and
    spacing(-0.0) are the smallest subnormal.

    float16 follows NumPy's half-precision routine: always positive, and for a negative
    value the distance toward zero (which differs at powers of two).
    """
    inf = torch.full((), math.inf, dtype=x.dtype, device=x.device)
    if x.dtype is _di.FLOAT16:
        magnitude = torch.abs(x)
        up = torch.nextafter(magnitude, inf) - magnitude
        down = magnitude - torch.nextafter(magnitude, torch.zeros_like(magnitude))
        spacing = torch.where(x < 0, down, up)
        return torch.where(torch.isfinite(x), spacing, torch.full_like(x, math.nan))
    toward = torch.where(x == 0, inf, torch.copysign(inf, x))
    base = torch.where(x == 0, torch.zeros_like(x), x)
    return torch.nextafter(base, toward) - base


def _nextafter(x1: Operand, x2: Operand) -> torch.Tensor:
    return torch.nextafter(*_tensor_pair(x1, x2))


# half-precision loops that NumPy computes in float32 and rounds once
_HALF_FLOATS = frozenset((_di.FLOAT16, _di.BFLOAT16))


def _logaddexp(x1: torch.Tensor, x2: torch.Tensor) -> torch.Tensor:
    """log(exp(x1) + exp(x2)); equal operands give ``x + log(2)`` exactly, as NumPy."""
    if x1.dtype in _HALF_FLOATS:
        return _logaddexp(x1.to(torch.float32), x2.to(torch.float32)).to(x1.dtype)
    return torch.where(x1 == x2, x1 + math.log(2.0), torch.logaddexp(x1, x2))


def _logaddexp2(x1: torch.Tensor, x2: torch.Tensor) -> torch.Tensor:
    """log2(2**x1 + 2**x2); equal operands give ``x + 1`` exactly, as NumPy."""
    if x1.dtype in _HALF_FLOATS:
        return _logaddexp2(x1.to(torch.float32), x2.to(torch.float32)).to(x1.dtype)
    return torch.where(x1 == x2, x1 + 1.0, torch.logaddexp2(x1, x2))


def _log1p(x: torch.Tensor) -> torch.Tensor:
    """log(1 + x); complex values as NumPy computes them, ``log`` of the sum."""
    if x.is_complex():
        return torch.log(torch.complex(x.real + 1, x.imag))
    return torch.log1p(x)


def _signbit(x: torch.Tensor) -> torch.Tensor:
    return torch.signbit(x)


def _degrees(x: torch.Tensor) -> torch.Tensor:
    return torch.rad2deg(x)


def _radians(x: torch.Tensor) -> torch.Tensor:
    return torch.deg2rad(x)


def _is_zeros(x: torch.Tensor) -> torch.Tensor:
    return torch.zeros(x.shape, dtype=torch.bool, device=x.device)


def _is_ones(x: torch.Tensor) -> torch.Tensor:
    return torch.ones(x.shape, dtype=torch.bool, device=x.device)


def _float_power(x1: Operand, x2: Operand) -> torch.Tensor:
    t1, t2 = _tensor_pair(x1, x2)
    if t1.is_complex():
        return _complex_power(t1, t2)
    return torch.pow(t1, t2)


# ----------------------------------------------------------------------------- bitwise_count
_POPCOUNT = torch.tensor([bin(i).count("1") for i in range(256)], dtype=torch.uint8)


def _bitwise_count(x: torch.Tensor) -> torch.Tensor:
    """Number of 1 bits of ``|x|`` (uint8 result), as NumPy's bitwise_count."""
    if x.dtype is _di.UINT64:
        bits = x.view(torch.int64)
    else:
        wide = x.to(torch.int64)
        bits = torch.abs(wide) if _di.kind(x.dtype) == "i" else wide
    table = _POPCOUNT.to(x.device)
    per_byte = table[bits.reshape(-1).contiguous().view(torch.uint8).to(torch.int64)]
    return per_byte.reshape(*x.shape, 8).sum(-1, dtype=torch.uint8)


# ----------------------------------------------------------------------------- frexp, modf, ldexp
def frexp_kernel(x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Mantissa in [0.5, 1) with the sign of ``x`` and int32 exponent, as NumPy's frexp."""
    if x.dtype is _di.BFLOAT16:
        mantissa, exponent = torch.frexp(x.to(torch.float32))
        return mantissa.to(x.dtype), exponent
    mantissa, exponent = torch.frexp(x)
    return mantissa, exponent


def modf_kernel(x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Fractional and integral parts, both with the sign of ``x``, as NumPy's modf."""
    integral = torch.trunc(x)
    fraction = torch.where(torch.isinf(x), torch.zeros_like(x), x - integral)
    return torch.copysign(fraction, x), integral


def _exact_power_of_two(p: torch.Tensor) -> torch.Tensor:
    """float64 ``2**p`` built from its bits, for integer ``p`` in [-1074, 1023]."""
    normal = p >= -1022
    biased = torch.bitwise_left_shift(torch.clamp(p + 1023, min=1), 52)
    subnormal = torch.bitwise_left_shift(torch.ones_like(p), torch.clamp(p + 1074, min=0, max=51))
    return torch.where(normal, biased, subnormal).view(torch.float64)


def ldexp_kernel(x: torch.Tensor, n: Operand) -> torch.Tensor:
    """``x * 2**n`` rounded once, as C's ldexp (no overflow of ``2**n`` on its own)."""
    wide = x.to(torch.float64)
    exps = n.to(torch.int64) if isinstance(n, torch.Tensor) else torch.tensor(n, device=x.device)
    exps = torch.clamp(exps, min=-2200, max=2200)  # beyond, every result is 0 or inf
    mantissa, e = torch.frexp(wide)
    total = torch.clamp(e.to(torch.int64) + exps, min=-1100, max=1100)
    # (2 * mantissa) is in [1, 2): scaling it by a normal power of two is exact or overflows
    big = (2 * mantissa) * _exact_power_of_two(torch.clamp(total - 1, min=-1022, max=1023))
    big = torch.where(total - 1 > 1023, mantissa * math.inf, big)
    # below the normal range one multiplication by a (subnormal) power of two rounds once
    small = mantissa * _exact_power_of_two(torch.clamp(total, min=-1074, max=-1022))
    small = torch.where(total < -1074, mantissa * 0.0, small)
    result = torch.where(total - 1 >= -1022, big, small)
    special = (wide == 0) | ~torch.isfinite(wide)
    return torch.where(special, wide, result).to(x.dtype)


# ----------------------------------------------------------------------------- gufuncs
def _vecdot(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """Sum over the last axis of ``conj(a) * b`` (logical for bool, wrapping for ints)."""
    if a.dtype is torch.bool:
        return torch.logical_and(a, b).any(-1)
    if _di.kind(a.dtype) in "iu":
        prod = kernel("multiply", a.dtype)(a, b)
        total = _int_operand(prod).sum(-1)  # type: ignore[union-attr]
        return _back_to(a.dtype, total)
    if a.is_complex():
        a = a.conj()
    result = torch.matmul(a.unsqueeze(-2), b.unsqueeze(-1))
    return result[..., 0, 0]


def _matvec(m: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
    return kernel("matmul", m.dtype)(m, v.unsqueeze(-1))[..., 0]


def _vecmat(v: torch.Tensor, m: torch.Tensor) -> torch.Tensor:
    if v.is_complex():
        v = v.conj()
    return kernel("matmul", m.dtype)(v.unsqueeze(-2), m)[..., 0, :]


# loop dtype -> kernel factories of the math ufuncs
_FACTORIES: dict[str, Callable[[torch.dtype], Kernel]] = {}


def _float_math(name: str, op: Kernel, *, binary: bool = False) -> None:
    def factory(dtype: torch.dtype) -> Kernel:
        return _binary_tensors(op) if binary else op

    _FACTORIES[name] = factory


_UNARY_MATH: dict[str, Kernel] = {
    "sin": torch.sin,
    "cos": torch.cos,
    "tan": torch.tan,
    "arcsin": torch.asin,
    "arccos": torch.acos,
    "arctan": torch.atan,
    "sinh": torch.sinh,
    "cosh": torch.cosh,
    "tanh": torch.tanh,
    "arcsinh": torch.asinh,
    "arccosh": torch.acosh,
    "arctanh": torch.atanh,
    "exp2": torch.exp2,
    "expm1": torch.expm1,
    "log": torch.log,
    "log2": torch.log2,
    "log10": torch.log10,
    "log1p": _log1p,
    "cbrt": _cbrt,
    "fabs": torch.abs,
    "rint": _rint,
    "deg2rad": _radians,
    "radians": _radians,
    "rad2deg": _degrees,
    "degrees": _degrees,
    "spacing": _spacing,
    "signbit": _signbit,
}
for _name, _op in _UNARY_MATH.items():
    _float_math(_name, _op)

_BINARY_MATH: dict[str, Kernel] = {
    "arctan2": torch.atan2,
    "hypot": torch.hypot,
    "copysign": torch.copysign,
    "logaddexp": _logaddexp,
    "logaddexp2": _logaddexp2,
    "nextafter": torch.nextafter,
    "heaviside": _heaviside,
    "float_power": _float_power,
}
for _name, _op in _BINARY_MATH.items():
    _float_math(_name, _op, binary=True)


def _integer_or_float(int_op: Kernel, float_op: Kernel) -> Callable[[torch.dtype], Kernel]:
    def factory(dtype: torch.dtype) -> Kernel:
        return int_op if _di.kind(dtype) in "biu" else float_op

    return factory


for _name in ("maximum", "minimum", "fmax", "fmin"):
    _FACTORIES[_name] = lambda dtype, _n=_name: _extremum_kernel(_n, dtype)  # type: ignore[misc]

for _name, _op in (("floor", torch.floor), ("ceil", torch.ceil), ("trunc", torch.trunc)):
    _FACTORIES[_name] = _integer_or_float(_keep, _op)

_FACTORIES["isnan"] = _integer_or_float(_is_zeros, torch.isnan)
_FACTORIES["isinf"] = _integer_or_float(_is_zeros, torch.isinf)
_FACTORIES["isfinite"] = _integer_or_float(_is_ones, torch.isfinite)
_FACTORIES["sign"] = _sign_kernel
_FACTORIES["conjugate"] = _integer_or_float(_keep, torch.conj_physical)
_FACTORIES["bitwise_count"] = lambda dtype: _bitwise_count


def _fmod_factory(dtype: torch.dtype) -> Kernel:
    if dtype is _di.UINT64:
        return _uint64_fmod
    if dtype in _di.UNSIGNED_WIDE:
        return _int64_then_back(_int_fmod)
    if _di.kind(dtype) in "iu":
        return _int_fmod
    return _binary_tensors(torch.fmod)


def _gcd_lcm_factory(name: str) -> Callable[[torch.dtype], Kernel]:
    def factory(dtype: torch.dtype) -> Kernel:
        if dtype is _di.UINT64:
            return _uint64_gcd if name == "gcd" else _uint64_lcm
        return _int_gcd if name == "gcd" else _int_lcm

    return factory


def _reciprocal_factory(dtype: torch.dtype) -> Kernel:
    if dtype in _di.COMPLEX:
        return _complex_reciprocal
    if _di.kind(dtype) in "iu":
        return _int_reciprocal
    return torch.reciprocal


def _square_factory(dtype: torch.dtype) -> Kernel:
    if dtype is _di.BOOL:
        return _bool_square
    if dtype in _di.UNSIGNED_WIDE:
        return _wide_modular(_square)
    return _square


_FACTORIES["fmod"] = _fmod_factory
_FACTORIES["gcd"] = _gcd_lcm_factory("gcd")
_FACTORIES["lcm"] = _gcd_lcm_factory("lcm")
_FACTORIES["reciprocal"] = _reciprocal_factory
_FACTORIES["square"] = _square_factory
_FACTORIES["ldexp"] = lambda dtype: ldexp_kernel
_FACTORIES["vecdot"] = lambda dtype: _vecdot
_FACTORIES["matvec"] = lambda dtype: _matvec
_FACTORIES["vecmat"] = lambda dtype: _vecmat


_NATIVE: dict[str, Kernel] = {
    "add": torch.add,
    "subtract": torch.sub,
    "multiply": torch.mul,
    "divide": torch.true_divide,
    "floor_divide": torch.floor_divide,
    "remainder": _float_remainder,
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
BOOL_OUTPUT = COMPARISONS | LOGICAL | {"isnan", "isinf", "isfinite", "signbit"}


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
    factory = _FACTORIES.get(name)
    if factory is not None:
        return factory(dtype)
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
