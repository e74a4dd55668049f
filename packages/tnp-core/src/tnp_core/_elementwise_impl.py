"""Elementwise helper functions on tensors: fix, isposinf/isneginf, iscomplex/isreal,
angle, real_if_close, nan_to_num, sinc, i0 (NumPy's results and dtypes)."""

from __future__ import annotations

import math

import torch

from . import _dtypes_impl as _di

# loop dtype of NumPy's float-only ufuncs for integer and bool inputs
_FLOAT_FOR = {
    _di.BOOL: _di.FLOAT16,
    _di.INT8: _di.FLOAT16,
    _di.UINT8: _di.FLOAT16,
    _di.INT16: _di.FLOAT32,
    _di.UINT16: _di.FLOAT32,
}
_COMPLEX_PART = {_di.COMPLEX64: _di.FLOAT32, _di.COMPLEX128: _di.FLOAT64}


def _float_loop(dtype: torch.dtype) -> torch.dtype:
    if _di.kind(dtype) in "biu":
        return _FLOAT_FOR.get(dtype, _di.FLOAT64)
    return dtype


def _scalar(value: float, like: torch.Tensor) -> torch.Tensor:
    """A Python float rounded to the dtype of ``like`` first (NEP 50), as a 0-D tensor."""
    return torch.tensor(value, dtype=like.dtype, device=like.device)


def fix(x: torch.Tensor) -> torch.Tensor:
    """Round toward zero; integers and bools keep their dtype and values."""
    if x.is_complex():
        raise TypeError(
            "ufunc 'ceil' not supported for the input types, and the inputs could not be "
            "safely coerced to any supported types according to the casting rule ''safe''"
        )
    if _di.kind(x.dtype) in "biu":
        return x.clone()
    return torch.trunc(x)


def _signed_infinity(x: torch.Tensor, *, negative: bool) -> torch.Tensor:
    if x.is_complex():
        name = "complex64" if x.dtype is _di.COMPLEX64 else "complex128"
        raise TypeError(
            f"This operation is not supported for {name} values because it would be ambiguous."
        )
    if _di.kind(x.dtype) in "biu":
        return torch.zeros(x.shape, dtype=torch.bool, device=x.device)
    return torch.isinf(x) & (torch.signbit(x) if negative else ~torch.signbit(x))


def isposinf(x: torch.Tensor) -> torch.Tensor:
    """True where ``x`` is +inf."""
    return _signed_infinity(x, negative=False)


def isneginf(x: torch.Tensor) -> torch.Tensor:
    """True where ``x`` is -inf."""
    return _signed_infinity(x, negative=True)


def iscomplex(x: torch.Tensor) -> torch.Tensor:
    """True where the imaginary part is nonzero (never for real dtypes)."""
    if x.is_complex():
        return x.imag != 0
    return torch.zeros(x.shape, dtype=torch.bool, device=x.device)


def isreal(x: torch.Tensor) -> torch.Tensor:
    """True where the imaginary part is zero (always for real dtypes)."""
    if x.is_complex():
        return x.imag == 0
    return torch.ones(x.shape, dtype=torch.bool, device=x.device)


def angle(z: torch.Tensor, deg: bool = False) -> torch.Tensor:
    """The argument of ``z`` in radians (degrees with ``deg``), in NumPy's float loop dtype."""
    if z.is_complex():
        result = torch.atan2(z.imag, z.real)
    else:
        # NumPy's arctan2(0, z): the Python 0 with bool is int64, so bool computes in float64
        loop = _di.FLOAT64 if z.dtype is _di.BOOL else _float_loop(z.dtype)
        real = z.to(loop)
        result = torch.atan2(torch.zeros_like(real), real)
    if deg:
        result = result * _scalar(180.0 / math.pi, result)
    return result


def real_if_close(a: torch.Tensor, tol: float = 100) -> torch.Tensor:
    """The real part when every imaginary part is below ``tol`` (machine epsilons if > 1)."""
    if not a.is_complex():
        return a
    part = _COMPLEX_PART[a.dtype]
    if tol > 1:
        tol = tol * torch.finfo(part).eps
    if bool((torch.abs(a.imag) < tol).all()):
        return a.real.clone()
    return a


def _replace_non_finite(
    t: torch.Tensor, nan: float, posinf: float | None, neginf: float | None
) -> torch.Tensor:
    info = torch.finfo(t.dtype)
    big = info.max if posinf is None else posinf
    small = info.min if neginf is None else neginf
    t = torch.where(torch.isnan(t), _scalar(nan, t), t)
    t = torch.where(t == math.inf, _scalar(big, t), t)
    return torch.where(t == -math.inf, _scalar(small, t), t)


def nan_to_num(
    x: torch.Tensor,
    nan: float = 0.0,
    posinf: float | None = None,
    neginf: float | None = None,
) -> torch.Tensor:
    """NaN and infinities replaced (by default 0 and the dtype's extremes); complex values
    part by part; integers and bools unchanged. Always a new tensor."""
    if x.is_complex():
        part = _COMPLEX_PART[x.dtype]
        real = _replace_non_finite(x.real.to(part), nan, posinf, neginf)
        imag = _replace_non_finite(x.imag.to(part), nan, posinf, neginf)
        return torch.complex(real, imag)
    if _di.kind(x.dtype) in "biu":
        return x.clone()
    return _replace_non_finite(x, nan, posinf, neginf)


def sinc(x: torch.Tensor) -> torch.Tensor:
    """sin(pi x) / (pi x), 1 at 0; integers and bools give float64, as NumPy's sinc."""
    if _di.kind(x.dtype) in "biu":
        x = x.to(_di.FLOAT64)
    y = x * _scalar(math.pi, x)
    eps = torch.finfo(x.dtype).eps if _di.kind(x.dtype) == "f" else 1e-20
    y = torch.where(y != 0, y, _scalar(eps, y))
    return torch.sin(y) / y


def i0(x: torch.Tensor) -> torch.Tensor:
    """The modified Bessel function of the first kind, order 0; non-floats give float64."""
    if x.is_complex():
        raise TypeError("i0 not supported for complex values")
    if _di.kind(x.dtype) != "f":
        x = x.to(_di.FLOAT64)
    result: torch.Tensor = torch.special.i0(torch.abs(x))
    return result
