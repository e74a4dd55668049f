"""``numpy.emath``: math functions whose real inputs outside the real domain give complex
results (``sqrt(-1)`` is ``1j``, ``log(-1)`` is ``pi*1j``) instead of NaN.

As NumPy, an input is made complex only when some real element is out of the domain: then
float32, int8/16 and uint8/16 inputs compute in complex64 and every other dtype in
complex128; otherwise the plain ufunc runs (``sqrt`` of int8 gives float16, ...). Python
scalars are converted to arrays first (int64/float64), as NumPy does.
"""

from __future__ import annotations

import torch

from . import _dtypes_impl as _di
from . import _ufuncs as _uf
from ._ndarray import ndarray
from ._normalizer import ArrayLike, as_tensor

__all__ = ["arccos", "arcsin", "arctanh", "log", "log2", "log10", "logn", "power", "sqrt"]

_TO_COMPLEX64 = frozenset((_di.FLOAT32, _di.INT8, _di.INT16, _di.UINT8, _di.UINT16))


def _to_complex(t: torch.Tensor) -> torch.Tensor:
    if t.is_complex():
        return t
    return t.to(_di.COMPLEX64 if t.dtype in _TO_COMPLEX64 else _di.COMPLEX128)


def _fix_negative(x: ArrayLike) -> ndarray:
    """``x`` as an array, complex if any real element is below zero."""
    t = as_tensor(x)
    if _di.kind(t.dtype) in "if" and bool((t < 0).any()):
        t = _to_complex(t)
    return ndarray._from_tensor(t)


def _fix_abs_above_one(x: ArrayLike) -> ndarray:
    """``x`` as an array, complex if any real element lies outside [-1, 1]."""
    t = as_tensor(x)
    if _di.kind(t.dtype) in "iuf":
        # int8's -128 has no int8 magnitude: compare in float64
        magnitude = t.abs() if _di.kind(t.dtype) == "f" else t.to(torch.float64).abs()
        if bool((magnitude > 1).any()):
            t = _to_complex(t)
    return ndarray._from_tensor(t)


def _fix_negative_int(p: ArrayLike) -> ndarray:
    """Integer exponents with a negative element become float64 (no integer reciprocal)."""
    t = as_tensor(p)
    if _di.kind(t.dtype) == "i" and bool((t < 0).any()):
        t = t.to(_di.FLOAT64)
    return ndarray._from_tensor(t)


def sqrt(x: ArrayLike) -> ndarray:
    """Square root, complex for negative real input, as ``numpy.emath.sqrt``."""
    return _uf.sqrt(_fix_negative(x))


def log(x: ArrayLike) -> ndarray:
    """Natural logarithm, complex for negative real input, as ``numpy.emath.log``."""
    return _uf.log(_fix_negative(x))


def log10(x: ArrayLike) -> ndarray:
    """Base-10 logarithm, complex for negative real input, as ``numpy.emath.log10``."""
    return _uf.log10(_fix_negative(x))


def log2(x: ArrayLike) -> ndarray:
    """Base-2 logarithm, complex for negative real input, as ``numpy.emath.log2``."""
    return _uf.log2(_fix_negative(x))


def logn(n: ArrayLike, x: ArrayLike) -> ndarray:
    """Logarithm of ``x`` to base ``n``, ``log(x) / log(n)``, complex where either is
    negative, as ``numpy.emath.logn``."""
    return _uf.divide(_uf.log(_fix_negative(x)), _uf.log(_fix_negative(n)))


def power(x: ArrayLike, p: ArrayLike) -> ndarray:
    """``x ** p``, complex for negative real ``x``; negative integer exponents compute in
    float64, as ``numpy.emath.power``."""
    return _uf.power(_fix_negative(x), _fix_negative_int(p))


def arccos(x: ArrayLike) -> ndarray:
    """Inverse cosine, complex for real input outside [-1, 1], as ``numpy.emath.arccos``."""
    return _uf.arccos(_fix_abs_above_one(x))


def arcsin(x: ArrayLike) -> ndarray:
    """Inverse sine, complex for real input outside [-1, 1], as ``numpy.emath.arcsin``."""
    return _uf.arcsin(_fix_abs_above_one(x))


def arctanh(x: ArrayLike) -> ndarray:
    """Inverse hyperbolic tangent, complex for real input outside [-1, 1], as
    ``numpy.emath.arctanh``."""
    return _uf.arctanh(_fix_abs_above_one(x))
