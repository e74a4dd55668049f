"""NumPy's print-option API for tnp arrays.

``set_printoptions``/``get_printoptions``/``printoptions`` change how every
``ndarray`` prints (its ``repr`` and ``str``); ``array2string``,
``array_repr`` and ``array_str`` format one array with explicit overrides;
``format_float_positional`` and ``format_float_scientific`` format one float.

The options are process wide: unlike NumPy (which keeps them in a context
variable), they are shared by all threads and asynchronous tasks, and
``printoptions`` restores the previous values when its block ends.

Custom ``formatter`` functions receive Python values (``bool``, ``int``,
``float``, ``complex``), not NumPy scalars; ``legacy='1.13'`` is not supported.
"""

from __future__ import annotations

import contextlib
import math
import numbers
import operator
import warnings
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import torch

from . import _printing
from ._ndarray import ndarray

__all__ = [
    "array2string",
    "array_repr",
    "array_str",
    "format_float_positional",
    "format_float_scientific",
    "get_printoptions",
    "printoptions",
    "set_printoptions",
]

_FLOATMODES = ("fixed", "unique", "maxprec", "maxprec_equal")
_LEGACY_CODES: dict[str, int] = {"1.13": 113, "1.21": 121, "1.25": 125, "2.1": 201, "2.2": 202}
_LEGACY_NAMES: dict[int, str | bool] = {v: k for k, v in _LEGACY_CODES.items()}
_LEGACY_NAMES[_printing.LEGACY_NONE] = False


def _options_dict(
    precision: object = None,
    threshold: object = None,
    edgeitems: int | None = None,
    linewidth: int | None = None,
    suppress: bool | None = None,
    nanstr: str | None = None,
    infstr: str | None = None,
    sign: str | None = None,
    formatter: Mapping[str, Callable[[Any], str]] | None = None,
    floatmode: str | None = None,
    legacy: object = None,
) -> dict[str, Any]:
    """Check the given options; return the non-``None`` ones in stored form."""
    opts: dict[str, Any] = {
        k: v
        for k, v in {
            "precision": precision,
            "threshold": threshold,
            "edgeitems": edgeitems,
            "linewidth": linewidth,
            "suppress": suppress,
            "nanstr": nanstr,
            "infstr": infstr,
            "sign": sign,
            "formatter": formatter,
            "floatmode": floatmode,
        }.items()
        if v is not None
    }
    if suppress is not None:
        opts["suppress"] = bool(suppress)
    if floatmode is not None and floatmode not in _FLOATMODES:
        raise ValueError(
            "floatmode option must be one of " + ", ".join(f'"{m}"' for m in _FLOATMODES)
        )
    if sign is not None and sign not in ("-", "+", " "):
        raise ValueError("sign option must be one of ' ', '+', or '-'")
    if legacy is False:
        opts["legacy"] = _printing.LEGACY_NONE
    elif legacy is not None and not isinstance(legacy, str) and legacy == False:  # noqa: E712
        warnings.warn(f"Passing `legacy={legacy!r}` is deprecated.", FutureWarning, stacklevel=3)
        opts["legacy"] = _printing.LEGACY_NONE
    elif isinstance(legacy, str) and legacy in _LEGACY_CODES:
        if legacy == "1.13":
            raise NotImplementedError("legacy='1.13' printing is not supported by tnp")
        opts["legacy"] = _LEGACY_CODES[legacy]
    elif legacy is not None:
        warnings.warn(
            "legacy printing option can currently only be '1.13', '1.21', "
            "'1.25', '2.1', '2.2' or `False`",
            stacklevel=3,
        )
    if threshold is not None:
        if not isinstance(threshold, numbers.Number):
            raise TypeError("threshold must be numeric")
        if isinstance(threshold, float) and math.isnan(threshold):
            raise ValueError(
                "threshold must be non-NAN, try sys.maxsize for untruncated representation"
            )
    if precision is not None:
        try:
            opts["precision"] = operator.index(precision)  # type: ignore[arg-type]
        except TypeError as e:
            raise TypeError("precision must be an integer") from e
    return opts


def set_printoptions(
    precision: int | None = None,
    threshold: float | None = None,
    edgeitems: int | None = None,
    linewidth: int | None = None,
    suppress: bool | None = None,
    nanstr: str | None = None,
    infstr: str | None = None,
    formatter: Mapping[str, Callable[[Any], str]] | None = None,
    sign: str | None = None,
    floatmode: str | None = None,
    *,
    legacy: str | bool | None = None,
    override_repr: Callable[[Any], str] | None = None,
) -> None:
    """Set how arrays print, as ``numpy.set_printoptions``.

    Options left as ``None`` keep their value, except ``formatter`` and
    ``override_repr``, which are reset by every call.  The options are shared
    by the whole process (not per thread or per context, unlike NumPy).
    """
    new = _options_dict(
        precision,
        threshold,
        edgeitems,
        linewidth,
        suppress,
        nanstr,
        infstr,
        sign,
        formatter,
        floatmode,
        legacy,
    )
    new["formatter"] = formatter
    new["override_repr"] = override_repr
    _printing._OPTIONS.update(new)


def get_printoptions() -> dict[str, Any]:
    """The current print options, with NumPy's keys (``legacy`` is ``False`` or a string)."""
    opts = dict(_printing._OPTIONS)
    opts["legacy"] = _LEGACY_NAMES[opts["legacy"]]
    return opts


@contextlib.contextmanager
def printoptions(*args: Any, **kwargs: Any) -> Iterator[dict[str, Any]]:
    """Set print options for a ``with`` block, restoring the previous ones after it.

    Takes ``set_printoptions``' arguments and yields ``get_printoptions()``.
    The change is process wide while the block runs.
    """
    saved = dict(_printing._OPTIONS)
    try:
        set_printoptions(*args, **kwargs)
        yield get_printoptions()
    finally:
        _printing._OPTIONS.clear()
        _printing._OPTIONS.update(saved)


def _array(a: object, func: str) -> ndarray:
    if not isinstance(a, ndarray):
        raise TypeError(f"{func}() expects a tnp.ndarray, got {type(a).__name__}")
    return a


def array2string(
    a: ndarray,
    max_line_width: int | None = None,
    precision: int | None = None,
    suppress_small: bool | None = None,
    separator: str = " ",
    prefix: str = "",
    *,
    formatter: Mapping[str, Callable[[Any], str]] | None = None,
    threshold: float | None = None,
    edgeitems: int | None = None,
    sign: str | None = None,
    floatmode: str | None = None,
    suffix: str = "",
    legacy: str | bool | None = None,
) -> str:
    """Return the text of an array, as ``numpy.array2string``.

    ``prefix`` sets the indentation of wrapped lines (it is not printed);
    ``suffix`` shortens the last line by its length.  Other arguments override
    the current print options for this call only.
    """
    arr = _array(a, "array2string")
    overrides = _options_dict(
        precision,
        threshold,
        edgeitems,
        max_line_width,
        suppress_small,
        None,
        None,
        sign,
        formatter,
        floatmode,
        legacy,
    )
    opts = dict(_printing._OPTIONS)
    opts.update(overrides)
    return _printing.array2string(arr.tensor, arr.dtype.name, opts, separator, prefix, suffix)


def array_repr(
    arr: ndarray,
    max_line_width: int | None = None,
    precision: int | None = None,
    suppress_small: bool | None = None,
) -> str:
    """Return ``repr`` of an array with optional overrides, as ``numpy.array_repr``."""
    a = _array(arr, "array_repr")
    return _printing.array_repr(
        a.tensor, a.dtype.name, max_line_width, precision, suppress_small, owner=a
    )


def array_str(
    a: ndarray,
    max_line_width: int | None = None,
    precision: int | None = None,
    suppress_small: bool | None = None,
) -> str:
    """Return ``str`` of an array with optional overrides, as ``numpy.array_str``."""
    arr = _array(a, "array_str")
    return _printing.array_str(
        arr.tensor, arr.dtype.name, max_line_width, precision, suppress_small
    )


def _none_or_non_negative(value: int | None, name: str) -> int:
    if value is None:
        return -1
    if value < 0:
        raise ValueError(f"{name} must be >= 0")
    return value


def _float_value(x: object) -> tuple[float, Any]:
    """``x`` as a Python float plus the binary format its digits are computed in."""
    t: torch.Tensor | None = None
    name = ""
    if isinstance(x, ndarray):
        t, name = x.tensor, x.dtype.name
    elif isinstance(x, torch.Tensor):
        t = x
    if t is None:
        if isinstance(x, (str, bytes)):
            raise TypeError(f"must be real number, not {type(x).__name__}")
        return float(x), None  # type: ignore[arg-type]
    if t.dim() != 0:
        raise TypeError("only 0-d arrays can be formatted as a float")
    spec = _printing.float_spec_of(t, name or str(t.dtype).removeprefix("torch."))
    if spec is None:
        return float(t.item()), None
    return float(t.detach().to(torch.float64).item()), spec


def format_float_positional(
    x: object,
    precision: int | None = None,
    unique: bool = True,
    fractional: bool = True,
    trim: str = "k",
    sign: bool = False,
    pad_left: int | None = None,
    pad_right: int | None = None,
    min_digits: int | None = None,
) -> str:
    """Format one float in positional notation, as ``numpy.format_float_positional``.

    ``x`` is a Python number or a 0-d array; float16, bfloat16 and float32
    arrays get the shortest digits of their own format.
    """
    prec = _none_or_non_negative(precision, "precision")
    left = _none_or_non_negative(pad_left, "pad_left")
    right = _none_or_non_negative(pad_right, "pad_right")
    mind = _none_or_non_negative(min_digits, "min_digits")
    if not fractional and prec == 0:
        raise ValueError("precision must be greater than 0 if fractional=False")
    _check_digit_options(prec, mind, unique, trim)
    value, spec = _float_value(x)
    return _printing.format_positional(
        value,
        spec,
        precision=prec,
        unique=bool(unique),
        fractional=bool(fractional),
        trim=trim,
        sign=bool(sign),
        pad_left=left,
        pad_right=right,
        min_digits=mind,
    )


def format_float_scientific(
    x: object,
    precision: int | None = None,
    unique: bool = True,
    trim: str = "k",
    sign: bool = False,
    pad_left: int | None = None,
    exp_digits: int | None = None,
    min_digits: int | None = None,
) -> str:
    """Format one float in scientific notation, as ``numpy.format_float_scientific``.

    ``x`` is a Python number or a 0-d array; float16, bfloat16 and float32
    arrays get the shortest digits of their own format.
    """
    prec = _none_or_non_negative(precision, "precision")
    left = _none_or_non_negative(pad_left, "pad_left")
    exp = _none_or_non_negative(exp_digits, "exp_digits")
    mind = _none_or_non_negative(min_digits, "min_digits")
    _check_digit_options(prec, mind, unique, trim)
    value, spec = _float_value(x)
    return _printing.format_scientific(
        value,
        spec,
        precision=prec,
        unique=bool(unique),
        trim=trim,
        sign=bool(sign),
        pad_left=left,
        exp_digits=exp,
        min_digits=mind,
    )


def _check_digit_options(precision: int, min_digits: int, unique: bool, trim: str) -> None:
    """The checks both ``format_float_*`` functions make, with NumPy's errors."""
    if min_digits > 0 and precision > 0 and min_digits > precision:
        raise ValueError("min_digits must be less than or equal to precision")
    if not unique and precision < 0:
        raise TypeError("in non-unique mode `precision` must be supplied")
    _check_trim(trim)


def _check_trim(trim: str) -> None:
    if trim not in ("k", ".", "0", "-"):
        raise TypeError(f"if supplied, trim must be 'k', '.', '0' or '-' found `{trim}`")
