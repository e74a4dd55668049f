"""dtype facts on torch dtypes: categories, NEP 50 promotion, casting and defaults.

Everything here works on ``torch.dtype`` objects only. The user-facing ``dtype`` class and
the scalar types live in ``_dtypes.py`` and are built on these tables.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import torch

from ._defaults_impl import defaults

BOOL = torch.bool
INT8, INT16, INT32, INT64 = torch.int8, torch.int16, torch.int32, torch.int64
UINT8, UINT16, UINT32, UINT64 = torch.uint8, torch.uint16, torch.uint32, torch.uint64
FLOAT16, BFLOAT16 = torch.float16, torch.bfloat16
FLOAT32, FLOAT64 = torch.float32, torch.float64
COMPLEX64, COMPLEX128 = torch.complex64, torch.complex128

SIGNED: tuple[torch.dtype, ...] = (INT8, INT16, INT32, INT64)
UNSIGNED: tuple[torch.dtype, ...] = (UINT8, UINT16, UINT32, UINT64)
INTEGER: tuple[torch.dtype, ...] = SIGNED + UNSIGNED
FLOATING: tuple[torch.dtype, ...] = (FLOAT16, BFLOAT16, FLOAT32, FLOAT64)
COMPLEX: tuple[torch.dtype, ...] = (COMPLEX64, COMPLEX128)
ALL: tuple[torch.dtype, ...] = (BOOL, *INTEGER, *FLOATING, *COMPLEX)

# Unsigned types for which PyTorch lacks most arithmetic kernels: tnp computes on them in a
# wider (or same-width signed) type and casts back, which gives NumPy's wrap-around results.
UNSIGNED_WIDE = frozenset((UINT16, UINT32, UINT64))

_KIND_ORDER = {"b": 0, "u": 1, "i": 1, "f": 2, "c": 3}


def kind(dt: torch.dtype) -> str:
    """NumPy's kind character: 'b', 'i', 'u', 'f' or 'c'."""
    return _KIND[dt]


_KIND: dict[torch.dtype, str] = {BOOL: "b"}
_KIND.update(dict.fromkeys(SIGNED, "i"))
_KIND.update(dict.fromkeys(UNSIGNED, "u"))
_KIND.update(dict.fromkeys(FLOATING, "f"))
_KIND.update(dict.fromkeys(COMPLEX, "c"))

ITEMSIZE: dict[torch.dtype, int] = {dt: dt.itemsize for dt in ALL}


# ----------------------------------------------------------------------------- promotion
def _promote_pair(a: torch.dtype, b: torch.dtype) -> torch.dtype:
    """NumPy 2 ``promote_types`` for two supported dtypes (bfloat16 as ml_dtypes does)."""
    if a is b:
        return a
    ka, kb = _KIND[a], _KIND[b]
    if ka == "b":
        return b
    if kb == "b":
        return a
    if _KIND_ORDER[ka] > _KIND_ORDER[kb]:
        a, b, ka, kb = b, a, kb, ka
    # now kind(a) <= kind(b)
    if ka in "iu" and kb in "iu":
        if ka == kb:
            return a if ITEMSIZE[a] >= ITEMSIZE[b] else b
        u, s = (a, b) if ka == "u" else (b, a)
        return s if ITEMSIZE[s] > ITEMSIZE[u] else _SIGNED_ABOVE[u]
    if ka == kb:
        if {a, b} == {FLOAT16, BFLOAT16}:
            return FLOAT32
        return a if ITEMSIZE[a] >= ITEMSIZE[b] else b
    if ka in "iu":
        # an integer meets an inexact type: the smallest float that holds the integer
        holder = _FLOAT_HOLDING[ITEMSIZE[a]]
        return _promote_pair(holder, b)
    # float meets complex
    return COMPLEX128 if a is FLOAT64 or b is COMPLEX128 else COMPLEX64


# an unsigned type meets a signed one no larger than it
_SIGNED_ABOVE: dict[torch.dtype, torch.dtype] = {
    UINT8: INT16,
    UINT16: INT32,
    UINT32: INT64,
    UINT64: FLOAT64,
}
_FLOAT_HOLDING = {1: FLOAT16, 2: FLOAT32, 4: FLOAT64, 8: FLOAT64}


PROMOTE: dict[tuple[torch.dtype, torch.dtype], torch.dtype] = {
    (a, b): _promote_pair(a, b) for a in ALL for b in ALL
}


def promote(a: torch.dtype, b: torch.dtype) -> torch.dtype:
    """``numpy.promote_types`` on torch dtypes."""
    return PROMOTE[(a, b)]


def weak_scalar_result(dt: torch.dtype, scalar_type: type) -> torch.dtype:
    """NEP 50: the dtype of ``array(dtype=dt) op python_scalar``."""
    k = _KIND[dt]
    if scalar_type is bool:
        return dt
    if scalar_type is int:
        return defaults.int_dtype if k == "b" else dt
    if scalar_type is float:
        return defaults.float_dtype if k in "biu" else dt
    # complex
    if k == "c":
        return dt
    if k == "f":
        return COMPLEX128 if dt is FLOAT64 else COMPLEX64
    return defaults.complex_dtype


def scalar_dtype(scalar_type: type) -> torch.dtype:
    """The dtype a lone Python scalar of this type takes (NumPy's defaults)."""
    if scalar_type is bool:
        return BOOL
    if scalar_type is int:
        return defaults.int_dtype
    if scalar_type is float:
        return defaults.float_dtype
    return defaults.complex_dtype


def result_type(dtypes: tuple[torch.dtype, ...], scalar_types: tuple[type, ...]) -> torch.dtype:
    """NEP 50 ``result_type``: strong dtypes first, then the weak Python scalar kinds."""
    if dtypes:
        # NumPy promotes through the most knowledgeable dtype first: with three or more
        # dtypes, folding from the highest kind down gives its result (int8, uint8 and
        # float16 make float16, where a left-to-right fold would make float32)
        ordered = (
            sorted(dtypes, key=lambda dt: -_KIND_ORDER[_KIND[dt]]) if len(dtypes) > 2 else dtypes
        )
        res = ordered[0]
        for dt in ordered[1:]:
            res = PROMOTE[(res, dt)]
        # the highest scalar kind decides; weaker kinds never change the result
        for st in sorted(set(scalar_types), key=_SCALAR_ORDER.__getitem__):
            res = weak_scalar_result(res, st)
        return res
    if not scalar_types:
        raise ValueError("at least one array or dtype is required")
    return scalar_dtype(max(scalar_types, key=_SCALAR_ORDER.__getitem__))


_SCALAR_ORDER: dict[type, int] = {bool: 0, int: 1, float: 2, complex: 3}


# ----------------------------------------------------------------------------- integer ranges
def int_bounds(dt: torch.dtype) -> tuple[int, int]:
    """Inclusive value range of an integer (or bool) dtype."""
    if dt is BOOL:
        return 0, 1
    bits = 8 * ITEMSIZE[dt]
    if _KIND[dt] == "u":
        return 0, (1 << bits) - 1
    return -(1 << (bits - 1)), (1 << (bits - 1)) - 1


INT_BOUNDS: dict[torch.dtype, tuple[int, int]] = {dt: int_bounds(dt) for dt in (BOOL, *INTEGER)}


# ----------------------------------------------------------------------------- casting
CASTING_MODES = ("no", "equiv", "safe", "same_kind", "unsafe")


def can_cast(src: torch.dtype, dst: torch.dtype, casting: str) -> bool:
    """``numpy.can_cast`` between two dtypes under one of the five casting rules."""
    if casting == "unsafe":
        return True
    if casting in ("no", "equiv"):
        return src is dst
    if casting == "safe":
        return PROMOTE[(src, dst)] is dst
    if casting == "same_kind":
        if PROMOTE[(src, dst)] is dst:
            return True
        return _KIND_ORDER[_KIND[src]] <= _KIND_ORDER[_KIND[dst]] and not (
            _KIND[src] == "i" and _KIND[dst] == "u"
        )
    raise ValueError(
        f"casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe', not {casting!r}"
    )


# ----------------------------------------------------------------------------- type information
class FloatInfo(NamedTuple):
    """The parameters ``numpy.finfo`` reports for one binary floating-point format."""

    bits: int
    nmant: int  # stored mantissa bits
    nexp: int  # exponent bits
    minexp: int  # exponent of the smallest normal number
    maxexp: int  # smallest power of two that overflows
    precision: int  # decimal digits
    eps: float
    epsneg: float
    max: float
    smallest_normal: float
    smallest_subnormal: float
    resolution: float


def float_info(dt: torch.dtype) -> FloatInfo:
    """``finfo`` parameters of a real floating dtype, derived from ``torch.finfo``."""
    fi = torch.finfo(dt)
    nmant = 1 - math.frexp(fi.eps)[1]
    maxexp = math.frexp(fi.max)[1]
    minexp = math.frexp(fi.tiny)[1] - 1
    precision = int(-math.log10(fi.eps))
    return FloatInfo(
        bits=fi.bits,
        nmant=nmant,
        nexp=fi.bits - nmant - 1,
        minexp=minexp,
        maxexp=maxexp,
        precision=precision,
        eps=fi.eps,
        epsneg=fi.eps / 2,
        max=fi.max,
        smallest_normal=fi.tiny,
        smallest_subnormal=math.ldexp(1.0, minexp - nmant),
        resolution=10.0**-precision,
    )


REAL_OF_COMPLEX: dict[torch.dtype, torch.dtype] = {COMPLEX64: FLOAT32, COMPLEX128: FLOAT64}

# NumPy's value thresholds for ``min_scalar_type``: the open ranges it treats as safe for
# float16 and float32 (a little inside their true maxima)
_HALF_LIMIT = 65000.0
_SINGLE_LIMIT = 3.4e38


def min_scalar_dtype(
    value: bool | int | float | complex, source: torch.dtype
) -> torch.dtype | None:
    """``numpy.min_scalar_type`` of one value held in ``source`` (a Python scalar's default).

    Integers take the smallest unsigned type when non-negative, else the smallest signed
    one; floats only look at overflow, not at precision (non-finite values fit float16);
    complex values never go below complex64. None means no supported dtype holds the value
    (NumPy answers with the object dtype).
    """
    k = _KIND[source]
    if k == "b":
        return BOOL
    if k in "iu":
        ivalue = int(value.real)
        for dt in UNSIGNED if ivalue >= 0 else SIGNED:
            lo, hi = INT_BOUNDS[dt]
            if lo <= ivalue <= hi:
                return dt
        return None
    if k == "f":
        fvalue = float(value.real)
        if source is FLOAT16 or not math.isfinite(fvalue) or abs(fvalue) < _HALF_LIMIT:
            return FLOAT16
        if source is FLOAT64:
            return FLOAT32 if abs(fvalue) < _SINGLE_LIMIT else FLOAT64
        return source  # float32 and bfloat16 have nothing smaller but float16
    cvalue = complex(value)
    if source is COMPLEX64 or (
        -_SINGLE_LIMIT < cvalue.real < _SINGLE_LIMIT
        and -_SINGLE_LIMIT < cvalue.imag < _SINGLE_LIMIT
    ):
        return COMPLEX64
    return COMPLEX128
