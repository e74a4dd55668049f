"""NumPy-compatible ``repr``/``str`` text for tensors.

This module reproduces, character for character, what NumPy 2.x prints for
``repr(ndarray)`` and ``str(ndarray)``, honouring the print options held in
``_OPTIONS`` (NumPy's defaults: ``precision=8``, ``threshold=1000``,
``edgeitems=3``, ``linewidth=75``, ``floatmode='maxprec'``, ``suppress=False``,
``sign='-'``, ``legacy=False``).  The public option functions live in
``_arrayprint``; this module only reads the dictionary.

It depends only on ``torch`` and the standard library.  Floating point values
are turned into decimal digits with an exact big-integer implementation of the
Dragon4 algorithm (Steele & White, with the Burger & Dybvig refinements for
IEEE unbiased rounding), parameterised by the binary format of the source
dtype, so that float16 and float32 values get the shortest digits that
identify them *in their own format* (``np.float32(0.1)`` prints ``0.1``).
"""

from __future__ import annotations

import math
import struct
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import torch

__all__ = ["array_repr", "array_str"]

# ``legacy`` is stored as an int (``False`` is the largest one), as NumPy does.
LEGACY_NONE = 1 << 62

DEFAULT_OPTIONS: dict[str, Any] = {
    "edgeitems": 3,
    "threshold": 1000,
    "floatmode": "maxprec",
    "precision": 8,
    "suppress": False,
    "linewidth": 75,
    "nanstr": "nan",
    "infstr": "inf",
    "sign": "-",
    "formatter": None,
    "legacy": LEGACY_NONE,
    "override_repr": None,
}

# The current print options (process wide; see ``_arrayprint``).
_OPTIONS: dict[str, Any] = dict(DEFAULT_OPTIONS)

# Dtypes whose name NumPy leaves out of ``repr`` (on Linux ``int64`` is ``np.int_``).
_IMPLIED_DTYPES = frozenset({"float64", "int64", "bool", "complex128"})

_LOG10_2 = math.log10(2.0)


# --------------------------------------------------------------------------
# Binary floating point formats
# --------------------------------------------------------------------------


class _FloatSpec(NamedTuple):
    """Parameters of an IEEE-754 binary format."""

    bits: int  # significand bits, including the implicit leading bit
    emin: int  # exponent of the smallest normal number (2**emin)
    struct_code: str  # struct code used to round a Python float ("b": bfloat16)
    array_exp_cutoff: float  # arrays: scientific notation when max >= this
    scalar_exp_cutoff: float  # 0-d ``str``: scientific notation when |x| >= this


_F16 = _FloatSpec(11, -14, "e", 1e3, 1e3)
_BF16 = _FloatSpec(8, -126, "b", 1e2, 1e2)
_F32 = _FloatSpec(24, -126, "f", 1e6, 1e6)
_F64 = _FloatSpec(53, -1022, "d", 1e8, 1e16)


def _round_to(x: float, spec: _FloatSpec) -> float:
    """Round a Python float to the nearest value of ``spec``'s format."""
    if spec.struct_code == "d" or not math.isfinite(x):
        return x
    if spec.struct_code == "b":
        rounded: float = torch.tensor(x, dtype=torch.float64).to(torch.bfloat16).item()
        return rounded
    try:
        packed = struct.pack(spec.struct_code, x)
    except OverflowError:
        return math.copysign(math.inf, x)
    value: float = struct.unpack(spec.struct_code, packed)[0]
    return value


def _decompose(x: float, spec: _FloatSpec) -> tuple[int, int, bool]:
    """Split a finite ``x >= 0`` of format ``spec`` into ``(mantissa, exp2, unequal)``.

    ``x == mantissa * 2**exp2`` exactly; ``unequal`` tells whether the gap to the
    next smaller value is half the gap to the next larger one (``x`` is a power
    of two above the smallest normal number).
    """
    if x == 0.0:
        return 0, 0, False
    frac, exp = math.frexp(x)  # x == frac * 2**exp, 0.5 <= frac < 1
    if exp - 1 >= spec.emin:
        mantissa = int(math.ldexp(frac, spec.bits))
        exp2 = exp - spec.bits
        unequal = mantissa == 1 << (spec.bits - 1) and exp - 1 != spec.emin
        return mantissa, exp2, unequal
    exp2 = spec.emin - spec.bits + 1
    return int(math.ldexp(x, -exp2)), exp2, False


# --------------------------------------------------------------------------
# Dragon4 digit generation
# --------------------------------------------------------------------------


def _dragon4(
    mantissa: int,
    exp2: int,
    unequal: bool,
    *,
    total_length: bool,
    cutoff_max: int,
    cutoff_min: int,
    unique: bool = True,
) -> tuple[str, int]:
    """Decimal digits of ``mantissa * 2**exp2`` in "unique" mode.

    Digits are produced until they identify the value among its binary
    neighbours, but no further than ``cutoff_max`` digits and no fewer than
    ``cutoff_min`` (negative: no limit).  Both limits count total significant
    digits when ``total_length`` is true and digits after the decimal point
    otherwise.  With ``unique`` false the exact decimal expansion is rounded
    at ``cutoff_max`` instead.  Returns the digit string and the decimal
    exponent of its first digit.
    """
    if mantissa == 0:
        return "0", 0

    is_even = mantissa & 1 == 0
    up = max(exp2, 0)
    down = max(-exp2, 0)
    # value = num / den; margins are half the distance to the binary neighbours.
    num = mantissa << (up + 2)
    den = 1 << (down + 2)
    if unequal:
        margin_low = 1 << up
        margin_high = margin_low << 1
    else:
        margin_low = margin_high = 1 << (up + 1)

    # k = floor(log10(value)), estimated then corrected exactly.
    k = math.floor((math.log10(mantissa) + exp2 * _LOG10_2) + 1e-9)
    while not _at_least_pow10(num, den, k):
        k -= 1
    while _at_least_pow10(num, den, k + 1):
        k += 1
    digit_exp = k + 1

    if not total_length and cutoff_max >= 0 and digit_exp <= -cutoff_max:
        digit_exp = -cutoff_max + 1

    if digit_exp > 0:
        den *= 10**digit_exp
    elif digit_exp < 0:
        factor = 10**-digit_exp
        num *= factor
        margin_low *= factor
        margin_high *= factor

    if cutoff_max >= 0:
        cutoff_max_exp = digit_exp - cutoff_max if total_length else -cutoff_max
    else:
        cutoff_max_exp = None
    cutoff_min_exp = digit_exp
    if cutoff_min >= 0:
        wanted = digit_exp - cutoff_min if total_length else -cutoff_min
        cutoff_min_exp = min(cutoff_min_exp, wanted)

    first_exp = digit_exp - 1
    out: list[int] = []
    low = high = False
    while not unique:
        digit_exp -= 1
        digit, num = divmod(num * 10, den)
        if num == 0 or digit_exp == cutoff_max_exp:
            break
        out.append(digit)
    while unique:
        digit_exp -= 1
        num *= 10
        margin_low *= 10
        margin_high *= 10
        digit, num = divmod(num, den)
        if is_even:
            low = num <= margin_low
            high = num + margin_high >= den
        else:
            low = num < margin_low
            high = num + margin_high > den
        if ((low or high) and digit_exp <= cutoff_min_exp) or digit_exp == cutoff_max_exp:
            break
        out.append(digit)

    round_down = low
    if low == high:
        twice = 2 * num
        round_down = twice < den or (twice == den and digit % 2 == 0)

    if round_down:
        out.append(digit)
    elif digit < 9:
        out.append(digit + 1)
    else:
        while out and out[-1] == 9:
            out.pop()
        if out:
            out[-1] += 1
        else:
            out.append(1)
            first_exp += 1
    return "".join(map(str, out)), first_exp


def _at_least_pow10(num: int, den: int, k: int) -> bool:
    """Whether ``num / den >= 10**k``."""
    power: int = 10 ** abs(k)
    if k >= 0:
        return num >= den * power
    return num * power >= den


# --------------------------------------------------------------------------
# Single float formatting (positional / scientific), as numpy's dragon4_*
# --------------------------------------------------------------------------


def _special(x: float, sign_plus: bool, nanstr: str = "nan", infstr: str = "inf") -> str:
    if math.isnan(x):
        return nanstr
    if x < 0:
        return "-" + infstr
    return ("+" if sign_plus else "") + infstr


def _sign_of(x: float, sign_plus: bool) -> str:
    if math.copysign(1.0, x) < 0:
        return "-"
    return "+" if sign_plus else ""


def _format_positional(
    x: float,
    spec: _FloatSpec,
    *,
    precision: int,
    min_digits: int,
    trim: str,
    sign_plus: bool = False,
    pad_left: int = -1,
    pad_right: int = -1,
    unique: bool = True,
    fractional: bool = True,
) -> str:
    """Positional notation ``ddd.ddd`` (fractional precision, unique digits).

    ``trim``: ``'k'`` keep zeros, ``'.'`` drop trailing zeros, ``'0'`` drop
    trailing zeros but keep one after the point, ``'-'`` also drop the point.
    """
    if not math.isfinite(x):
        return _special(x, sign_plus)
    sign = _sign_of(x, sign_plus)
    mantissa, exp2, unequal = _decompose(abs(x), spec)
    digits, first_exp = _dragon4(
        mantissa,
        exp2,
        unequal,
        total_length=not fractional,
        cutoff_max=precision,
        cutoff_min=min_digits,
        unique=unique,
    )
    if first_exp >= 0:
        whole = first_exp + 1
        if len(digits) <= whole:
            int_part = digits + "0" * (whole - len(digits))
            frac = ""
        else:
            int_part = digits[:whole]
            frac = digits[whole:]
    else:
        whole = 1
        int_part = "0"
        frac = "0" * (-first_exp - 1) + digits

    wanted = max(min_digits if unique else precision, 0)
    if not fractional and wanted:
        wanted = max(wanted - whole, 0)
    if trim == "0":
        if not frac:
            frac = "0"
    elif trim == "k" and wanted > len(frac):
        frac += "0" * (wanted - len(frac))
    if trim != "k" and frac:
        frac = frac.rstrip("0")
        if not frac and trim == "0":
            frac = "0"
    point = "" if trim == "-" and not frac else "."

    right = ""
    if pad_right >= len(frac):
        right = " " * (pad_right - len(frac))
        if trim == "-" and not frac:
            right += " "
    left = ""
    if pad_left > whole + len(sign):
        left = " " * (pad_left - whole - len(sign))
    return left + sign + int_part + point + frac + right


def _format_scientific(
    x: float,
    spec: _FloatSpec,
    *,
    precision: int,
    min_digits: int,
    trim: str,
    sign_plus: bool = False,
    pad_left: int = -1,
    exp_digits: int = -1,
    unique: bool = True,
) -> str:
    """Scientific notation ``d.ddde+XX`` (precision counts digits after the point)."""
    if not math.isfinite(x):
        return _special(x, sign_plus)
    sign = _sign_of(x, sign_plus)
    mantissa, exp2, unequal = _decompose(abs(x), spec)
    digits, first_exp = _dragon4(
        mantissa,
        exp2,
        unequal,
        total_length=True,
        cutoff_max=precision + 1 if precision >= 0 else -1,
        cutoff_min=min_digits + 1 if min_digits >= 0 else -1,
        unique=unique,
    )
    lead = digits[0]
    frac = digits[1:]
    point = "." if frac or trim != "-" else ""
    wanted = max(min_digits if unique else precision, 0)
    if trim == "0":
        if not frac:
            frac = "0"
    elif trim == "k" and wanted > len(frac):
        frac += "0" * (wanted - len(frac))
    if trim != "k" and frac:
        frac = frac.rstrip("0")
        if not frac and trim == "0":
            frac = "0"

    width = 2 if exp_digits < 0 else min(exp_digits, 5)
    exponent = ("e+" if first_exp >= 0 else "e-") + str(abs(first_exp)).zfill(width)
    left = ""
    if pad_left > 1 + len(sign):
        left = " " * (pad_left - 1 - len(sign))
    return left + sign + lead + point + frac + exponent


# --------------------------------------------------------------------------
# Element formatters (numpy's FloatingFormat / ComplexFloatingFormat / ...)
# --------------------------------------------------------------------------


class _FloatFormatter:
    """Formats the floats of one array to a common width (NumPy's ``FloatingFormat``)."""

    def __init__(
        self, values: Sequence[float], spec: _FloatSpec, opts: dict[str, Any], sign: str
    ) -> None:
        self.spec = spec
        self.sign = sign
        self.sign_plus = sign == "+"
        self.nanstr: str = opts["nanstr"]
        self.infstr: str = opts["infstr"]
        floatmode = opts["floatmode"]
        self.precision = -1 if floatmode == "unique" else _non_negative(opts["precision"])
        self.exp_format = False
        self.unique = True
        self.trim = "."
        self.min_digits = -1
        self.exp_size = -1
        self.pad_left = 0
        self.pad_right = 0

        finite = [v for v in values if math.isfinite(v)]
        nonzero = [abs(v) for v in finite if v != 0.0]
        if nonzero:
            largest = max(nonzero)
            smallest = min(nonzero)
            cutoff = spec.array_exp_cutoff
            if opts["legacy"] <= 202:
                cutoff = _round_to(1e8, spec)
            # NumPy compares in the array's own dtype (Python scalars are weak).
            self.exp_format = largest >= cutoff or (
                not opts["suppress"]
                and (
                    smallest < _round_to(1e-4, spec) or _round_to(largest / smallest, spec) > 1000.0
                )
            )

        fixed = floatmode == "fixed"
        first_trim = "k" if fixed else "."
        self.unique = not fixed
        if finite and self.exp_format:
            strs = [
                _format_scientific(
                    v,
                    spec,
                    precision=self.precision,
                    min_digits=-1,
                    trim=first_trim,
                    sign_plus=self.sign_plus,
                    unique=self.unique,
                )
                for v in finite
            ]
            mants, exps = zip(*(s.split("e") for s in strs), strict=True)
            self.exp_size = max(len(e) for e in exps) - 1
            ints, fracs = zip(*(m.split(".") for m in mants), strict=True)
            self.trim = "k"
            self.precision = max(len(f) for f in fracs)
            self.min_digits = self.precision
            self.pad_left = max(len(i) for i in ints)
            self.pad_right = self.exp_size + 2 + self.precision
        elif finite:
            strs = [
                _format_positional(
                    v,
                    spec,
                    precision=self.precision,
                    min_digits=-1,
                    trim=first_trim,
                    sign_plus=self.sign_plus,
                    unique=self.unique,
                )
                for v in finite
            ]
            ints, fracs = zip(*(s.split(".") for s in strs), strict=True)
            self.pad_left = max(len(i) for i in ints)
            self.pad_right = max(len(f) for f in fracs)
            if floatmode in ("fixed", "maxprec_equal"):
                self.precision = self.min_digits = self.pad_right
                self.trim = "k"
            else:
                self.trim = "."
                self.min_digits = 0

        if sign == " " and not any(math.copysign(1.0, v) < 0 for v in finite):
            self.pad_left += 1
        if len(finite) != len(values):
            neginf = sign != "-" or any(v == -math.inf for v in values)
            offset = self.pad_right + 1
            self.pad_left = max(
                self.pad_left,
                len(self.nanstr) - offset,
                len(self.infstr) + int(neginf) - offset,
            )

    def __call__(self, x: float) -> str:
        if not math.isfinite(x):
            if math.isnan(x):
                text = ("+" if self.sign_plus else "") + self.nanstr
            else:
                text = _special(x, self.sign_plus, self.nanstr, self.infstr)
            return " " * (self.pad_left + self.pad_right + 1 - len(text)) + text
        if self.exp_format:
            return _format_scientific(
                x,
                self.spec,
                precision=self.precision,
                min_digits=self.min_digits,
                trim=self.trim,
                sign_plus=self.sign_plus,
                pad_left=self.pad_left,
                exp_digits=self.exp_size,
                unique=self.unique,
            )
        return _format_positional(
            x,
            self.spec,
            precision=self.precision,
            min_digits=self.min_digits,
            trim=self.trim,
            sign_plus=self.sign_plus,
            pad_left=self.pad_left,
            pad_right=self.pad_right,
            unique=self.unique,
        )


def _non_negative(value: int) -> int:
    if value < 0:
        raise ValueError("precision must be >= 0")
    return value


def _complex_formatter(
    values: Sequence[complex], spec: _FloatSpec, opts: dict[str, Any]
) -> Callable[[complex], str]:
    real_fmt = _FloatFormatter([z.real for z in values], spec, opts, opts["sign"])
    imag_fmt = _FloatFormatter([z.imag for z in values], spec, opts, "+")

    def fmt(z: complex) -> str:
        imag = imag_fmt(z.imag)
        end = len(imag.rstrip())
        return real_fmt(z.real) + imag[:end] + "j" + imag[end:]

    return fmt


def _int_formatter(values: Sequence[int], sign: str) -> Callable[[int], str]:
    if not values:
        return str
    high = max(values)
    low = min(values)
    if sign == " " and low < 0:
        sign = "-"
    high_len = len(str(high)) + int(high >= 0 and sign in "+ ")
    width = max(high_len, len(str(low)))
    spec = f"{sign}{width}d"
    return lambda x: format(x, spec)


def _bool_formatter(zero_dim: bool) -> Callable[[bool], str]:
    true_text = "True" if zero_dim else " True"
    return lambda x: true_text if x else "False"


# --------------------------------------------------------------------------
# Scalar ``str`` (used for 0-d arrays), as numpy's scalar types print
# --------------------------------------------------------------------------


def _scalar_float_str(x: float, spec: _FloatSpec, trim_pos: str, sign_plus: bool) -> str:
    if not math.isfinite(x):
        return _special(x, sign_plus)
    mag = abs(x)
    if mag == 0.0 or 1e-4 <= mag < spec.scalar_exp_cutoff:
        return _format_positional(
            x, spec, precision=-1, min_digits=-1, trim=trim_pos, sign_plus=sign_plus
        )
    return _format_scientific(x, spec, precision=-1, min_digits=-1, trim="-", sign_plus=sign_plus)


def _scalar_complex_str(z: complex, spec: _FloatSpec) -> str:
    if z.real == 0.0 and math.copysign(1.0, z.real) > 0:
        imag = "nan" if math.isnan(z.imag) else _scalar_float_str(z.imag, spec, "-", False)
        return imag + "j"
    real = "nan" if math.isnan(z.real) else _scalar_float_str(z.real, spec, "-", False)
    imag = "+nan" if math.isnan(z.imag) else _scalar_float_str(z.imag, spec, "-", True)
    return "(" + real + imag + "j)"


# --------------------------------------------------------------------------
# Tensor -> Python values
# --------------------------------------------------------------------------

_Kind = str  # one of "bool", "int", "float", "complex"

_NAME_INFO: dict[str, tuple[_Kind, torch.dtype, _FloatSpec | None]] = {
    "bool": ("bool", torch.bool, None),
    "int8": ("int", torch.int8, None),
    "int16": ("int", torch.int16, None),
    "int32": ("int", torch.int32, None),
    "int64": ("int", torch.int64, None),
    "uint8": ("int", torch.uint8, None),
    "uint16": ("int", torch.uint16, None),
    "uint32": ("int", torch.uint32, None),
    "uint64": ("int", torch.uint64, None),
    "float16": ("float", torch.float16, _F16),
    # bfloat16 values get the shortest digits of their own format (as ml_dtypes).
    "bfloat16": ("float", torch.bfloat16, _BF16),
    "float32": ("float", torch.float32, _F32),
    "float64": ("float", torch.float64, _F64),
    "complex64": ("complex", torch.complex64, _F32),
    "complex128": ("complex", torch.complex128, _F64),
}

_TORCH_INFO: dict[torch.dtype, tuple[_Kind, _FloatSpec | None]] = {
    dt: (kind, spec) for kind, dt, spec in _NAME_INFO.values()
}

_UNSIGNED_AS_SIGNED = {
    torch.uint16: torch.int16,
    torch.uint32: torch.int32,
    torch.uint64: torch.int64,
}


def _kind_of(t: torch.Tensor, dtype_name: str) -> tuple[_Kind, torch.dtype, _FloatSpec | None]:
    info = _NAME_INFO.get(dtype_name)
    if info is not None:
        return info
    if t.dtype in _TORCH_INFO:
        kind, spec = _TORCH_INFO[t.dtype]
        return kind, t.dtype, spec
    if t.dtype.is_complex:
        return "complex", torch.complex128, _F64
    if t.dtype.is_floating_point:
        return "float", torch.float64, _F64
    return "int", torch.int64, None


def _edges(t: torch.Tensor, edge: int) -> torch.Tensor:
    """Keep only the leading and trailing ``edge`` items along every long axis."""
    for axis, n in enumerate(t.shape):
        if n > 2 * edge:
            t = torch.cat([t.narrow(axis, 0, edge), t.narrow(axis, n - edge, edge)], dim=axis)
    return t


def _flat_values(t: torch.Tensor, kind: _Kind, target: torch.dtype) -> list[Any]:
    """Python values of ``t`` (already small), flattened in C order."""
    if kind == "int" and target in _UNSIGNED_AS_SIGNED:
        if t.dtype != target:
            t = t.to(target)
        bits = 8 * t.element_size()
        raw = t.view(_UNSIGNED_AS_SIGNED[target]).reshape(-1).tolist()
        mask = (1 << bits) - 1
        return [int(v) & mask for v in raw]
    if target == torch.bfloat16:
        if t.dtype != torch.bfloat16:
            t = t.to(torch.bfloat16)
        t = t.to(torch.float32)
    elif t.dtype != target:
        t = t.to(target)
    values: list[Any] = t.reshape(-1).tolist()
    return values


class _Prepared(NamedTuple):
    shape: tuple[int, ...]  # shape of the full array
    kept_shape: tuple[int, ...]  # shape after summarisation
    values: list[Any]  # kept values (bool/int/float/complex), flattened
    summarize: bool
    kind: _Kind
    spec: _FloatSpec | None


def _prepare(
    t: torch.Tensor, dtype_name: str, threshold: float = 1000, edgeitems: int = 3
) -> _Prepared:
    kind, target, spec = _kind_of(t, dtype_name)
    t = t.detach()
    if t.is_conj():
        t = t.resolve_conj()
    if t.is_neg():
        t = t.resolve_neg()
    shape = tuple(int(n) for n in t.shape)
    size = math.prod(shape)
    summarize = size > threshold
    if t.dtype in _UNSIGNED_AS_SIGNED:
        # Reinterpret (no copy) so that slicing/concatenation never needs
        # unsigned kernels; the bits are restored in _flat_values.
        signed = t.view(_UNSIGNED_AS_SIGNED[t.dtype])
        kept = _edges(signed, edgeitems) if summarize else signed
        kept = kept.cpu().view(t.dtype)
    else:
        kept = _edges(t, edgeitems) if summarize else t
        kept = kept.cpu()
    kept_shape = tuple(int(n) for n in kept.shape)
    values = _flat_values(kept, kind, target) if size else []
    return _Prepared(shape, kept_shape, values, summarize, kind, spec)


_FORMATTER_KEYS = {
    "bool": ("bool", "bool"),
    "int": ("int", "int_kind"),
    "float": ("float", "float_kind"),
    "complex": ("complexfloat", "complex_kind"),
}


def _element_formatter(p: _Prepared, opts: dict[str, Any]) -> Callable[[Any], str]:
    formatter = opts["formatter"]
    if formatter:
        key, kind_key = _FORMATTER_KEYS[p.kind]
        for name in (key, kind_key, "all"):
            custom = formatter.get(name)
            if custom is not None:
                return lambda x: str(custom(x))
    values = p.values
    if p.kind == "bool":
        return _bool_formatter(len(p.shape) == 0)
    if p.kind == "int":
        return _int_formatter([int(v) for v in values], opts["sign"])
    assert p.spec is not None
    if p.kind == "complex":
        return _complex_formatter([complex(v) for v in values], p.spec, opts)
    return _FloatFormatter([float(v) for v in values], p.spec, opts, opts["sign"])


# --------------------------------------------------------------------------
# Layout (numpy's _formatArray)
# --------------------------------------------------------------------------


def _extend_line(s: str, line: str, word: str, width: int, indent: str) -> tuple[str, str]:
    lines = word.splitlines()
    if len(lines) > 1:
        # A multi-line word (from a custom formatter) keeps its own columns.
        longest = max(len(w) for w in lines)
        if len(line) + longest > width and len(line) > len(indent):
            s += line.rstrip() + "\n"
            line = indent + lines[0]
            pad = indent
        else:
            pad = " " * len(line)
            line += lines[0]
        for w in lines[1:]:
            s += line.rstrip() + "\n"
            line = pad + w
        return s, line + " " * (longest - len(lines[-1]))
    if len(line) + len(word) > width and len(line) > len(indent):
        s += line.rstrip() + "\n"
        line = indent
    return s, line + word


def _layout(
    p: _Prepared,
    words: list[str],
    line_width: int,
    first_indent: str,
    separator: str,
    edgeitems: int,
) -> str:
    ndim = len(p.shape)
    strides = [1] * ndim
    for axis in range(ndim - 2, -1, -1):
        strides[axis] = strides[axis + 1] * p.kept_shape[axis + 1]
    row_end = max(len(separator.rstrip()), len("]"))

    def items(axis: int) -> list[int | None]:
        """Kept indices along ``axis``; ``None`` marks the ``...`` placeholder."""
        n_kept = p.kept_shape[axis]
        if p.summarize and p.shape[axis] > 2 * edgeitems:
            lead: list[int | None] = list(range(edgeitems))
            return [*lead, None, *range(n_kept - edgeitems, n_kept)]
        return list(range(n_kept))

    def recurse(axis: int, base: int, indent: str, width: int) -> str:
        if axis == ndim:
            return words[base]
        stride = strides[axis]
        order = items(axis)
        if axis == ndim - 1:
            elem_width = width - row_end
            s = ""
            line = indent
            for pos, index in enumerate(order):
                word = "..." if index is None else words[base + index * stride]
                s, line = _extend_line(s, line, word, elem_width, indent)
                if pos != len(order) - 1:
                    line += separator
            body = s + line
        else:
            line_sep = separator.rstrip() + "\n" * (ndim - axis - 1)
            inner_indent = indent + " "
            parts = []
            for index in order:
                if index is None:
                    parts.append(indent + "...")
                else:
                    nested = recurse(axis + 1, base + index * stride, inner_indent, width - 1)
                    parts.append(indent + nested)
            body = line_sep.join(parts)
        return "[" + body[len(indent) :] + "]"

    return recurse(0, 0, first_indent, line_width)


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


def _dtype_repr(dtype_name: str) -> str:
    if dtype_name and dtype_name[0].isalpha() and dtype_name.isalnum():
        return dtype_name
    return repr(dtype_name)


def current_options(**overrides: Any) -> dict[str, Any]:
    """The current options with the non-``None`` ``overrides`` applied."""
    opts = dict(_OPTIONS)
    opts.update({k: v for k, v in overrides.items() if v is not None})
    return opts


def array2string(
    t: torch.Tensor,
    dtype_name: str,
    opts: dict[str, Any],
    separator: str = " ",
    prefix: str = "",
    suffix: str = "",
) -> str:
    """NumPy's ``array2string`` body for a tensor, with fully resolved ``opts``."""
    if opts["legacy"] <= 113:
        raise NotImplementedError("legacy='1.13' printing is not supported by tnp")
    if t.numel() == 0:
        return "[]"
    p = _prepare(t, dtype_name, opts["threshold"], opts["edgeitems"])
    fmt = _element_formatter(p, opts)
    words = [fmt(v) for v in p.values]
    width = opts["linewidth"] - len(suffix)
    indent = " " + " " * len(prefix)
    return _layout(p, words, width, indent, separator, opts["edgeitems"])


def array_repr(
    t: torch.Tensor,
    dtype_name: str,
    max_line_width: int | None = None,
    precision: int | None = None,
    suppress_small: bool | None = None,
    *,
    owner: object = None,
) -> str:
    """Return what NumPy's ``repr`` prints for this array under the current options.

    ``dtype_name`` is the NumPy name of the array's dtype (``'float32'``, ...).
    ``owner`` is the array object handed to an ``override_repr`` option.
    """
    override = _OPTIONS["override_repr"]
    if override is not None:
        text: str = override(t if owner is None else owner)
        return text
    opts = current_options(linewidth=max_line_width, precision=precision, suppress=suppress_small)
    width = opts["linewidth"]
    shape = tuple(int(n) for n in t.shape)
    size = math.prod(shape)
    prefix = "array("
    body = array2string(t, dtype_name, opts, ", ", prefix, ")")

    extras = []
    if (size == 0 and shape != (0,)) or (_OPTIONS["legacy"] > 210 and size > _OPTIONS["threshold"]):
        extras.append(f"shape={shape}")
    if dtype_name not in _IMPLIED_DTYPES or size == 0:
        extras.append(f"dtype={_dtype_repr(dtype_name)}")
    if not extras:
        return prefix + body + ")"

    head = prefix + body + ","
    tail = ", ".join(extras) + ")"
    last_line = len(head) - (head.rfind("\n") + 1)
    spacer = " "
    if last_line + len(tail) + 1 > width:
        spacer = "\n" + " " * len(prefix)
    return head + spacer + tail


def array_str(
    t: torch.Tensor,
    dtype_name: str,
    max_line_width: int | None = None,
    precision: int | None = None,
    suppress_small: bool | None = None,
) -> str:
    """Return what NumPy's ``str`` prints for this array under the current options."""
    if t.dim() == 0:
        if _OPTIONS["legacy"] <= 113:
            raise NotImplementedError("legacy='1.13' printing is not supported by tnp")
        return scalar_str(t, dtype_name)
    opts = current_options(linewidth=max_line_width, precision=precision, suppress=suppress_small)
    return array2string(t, dtype_name, opts, " ", "")


def scalar_str(t: torch.Tensor, dtype_name: str) -> str:
    """``str`` of a 0-d array: NumPy's scalar ``str`` (print options do not apply)."""
    p = _prepare(t, dtype_name)
    value = p.values[0]
    if p.kind == "bool":
        return str(bool(value))
    if p.kind == "int":
        return str(value)
    assert p.spec is not None
    if p.kind == "complex":
        return _scalar_complex_str(complex(value), p.spec)
    return _scalar_float_str(float(value), p.spec, "0", False)


def float_spec_of(t: torch.Tensor, dtype_name: str) -> _FloatSpec | None:
    """The binary format used to print ``t``'s values (``None``: not floating)."""
    kind, _, spec = _kind_of(t, dtype_name)
    return spec if kind == "float" else None


def format_positional(
    x: float,
    spec: _FloatSpec | None,
    *,
    precision: int,
    unique: bool,
    fractional: bool,
    trim: str,
    sign: bool,
    pad_left: int,
    pad_right: int,
    min_digits: int,
) -> str:
    """``format_float_positional`` for one value (arguments already checked)."""
    return _format_positional(
        _round_to(x, spec or _F64),
        spec or _F64,
        precision=precision,
        min_digits=min_digits,
        trim=trim,
        sign_plus=sign,
        pad_left=pad_left,
        pad_right=pad_right,
        unique=unique,
        fractional=fractional,
    )


def format_scientific(
    x: float,
    spec: _FloatSpec | None,
    *,
    precision: int,
    unique: bool,
    trim: str,
    sign: bool,
    pad_left: int,
    exp_digits: int,
    min_digits: int,
) -> str:
    """``format_float_scientific`` for one value (arguments already checked)."""
    return _format_scientific(
        _round_to(x, spec or _F64),
        spec or _F64,
        precision=precision,
        min_digits=min_digits,
        trim=trim,
        sign_plus=sign,
        pad_left=pad_left,
        exp_digits=exp_digits,
        unique=unique,
    )
