"""The array assertions of ``numpy.testing``, for tnp arrays, tensors, lists and scalars.

Each compares with NumPy's rules (shapes must match unless one side is a scalar, NaNs in
the same places are equal, infinities must match in sign) and raises ``AssertionError``
with a report laid out as NumPy's: the number of mismatched elements, the first mismatches
with their indices, the largest absolute and relative differences, and both arrays.
"""

from __future__ import annotations

import math
import operator
import re
import unittest
from collections.abc import Callable, Sequence
from typing import Any

import torch

from tnp_core._conversion import to_tensor
from tnp_core._dtypes_impl import PROMOTE, kind
from tnp_core._ndarray import ndarray
from tnp_core._ufuncs_impl import broadcast_shapes

__all__ = [
    "assert_",
    "assert_allclose",
    "assert_almost_equal",
    "assert_approx_equal",
    "assert_array_almost_equal",
    "assert_array_almost_equal_nulp",
    "assert_array_compare",
    "assert_array_equal",
    "assert_array_less",
    "assert_array_max_ulp",
    "assert_equal",
    "assert_raises",
    "assert_raises_regex",
    "assert_string_equal",
    "build_err_msg",
    "print_assert_equal",
]

_MAX_LISTED = 5  # mismatches listed by index, as NumPy


# ----------------------------------------------------------------------------- helpers
def _tensor(x: Any) -> torch.Tensor:
    return (x._t if isinstance(x, ndarray) else to_tensor(x)).detach()


def _is_array_like(x: Any) -> bool:
    return isinstance(x, (ndarray, torch.Tensor, list, tuple)) or hasattr(x, "__array__")


def _repr(x: Any) -> str:
    if isinstance(x, ndarray):
        return repr(x)
    if isinstance(x, torch.Tensor):
        return repr(ndarray._from_tensor(x))
    return repr(x)


def build_err_msg(
    arrays: Sequence[Any],
    err_msg: str,
    header: str = "Items are not equal:",
    verbose: bool = True,
    names: Sequence[str] = ("ACTUAL", "DESIRED"),
    precision: int | None = 8,
) -> str:
    """The failure message of the assertions, as ``numpy.testing.build_err_msg``: the
    header, ``err_msg``, then each array's repr under its name (when ``verbose``)."""
    msg = ["\n" + header]
    if err_msg:
        if err_msg.find("\n") == -1 and len(err_msg) < 79 - len(header):
            msg = [msg[0] + " " + err_msg]
        else:
            msg.append(err_msg)
    if verbose:
        for i, a in enumerate(arrays):
            text = _repr(a)
            if text.count("\n") > 3:
                text = "\n".join(text.splitlines()[:3]) + "..."
            msg.append(f" {names[i]}: {text}")
    return "\n".join(msg)


def _common(a: torch.Tensor, d: torch.Tensor) -> torch.dtype:
    common = PROMOTE[(a.dtype, d.dtype)]
    if kind(common) in "iu" and common is not torch.int64:
        # compare integers exactly: uint64 values beyond int64 go through float64 only in
        # the difference report, never in the comparison
        return common if common is torch.uint64 else torch.int64
    return common


def _text(x: torch.Tensor) -> str:
    """One element (or a 0-D difference) as NumPy prints it in the report."""
    from tnp_core._arrayprint import array2string

    return array2string(ndarray._from_tensor(x.reshape(())))


def _item_text(x: torch.Tensor) -> str:
    value = x.item()
    return repr(value) if not isinstance(value, bool) else str(value)


def _differences(a: torch.Tensor, d: torch.Tensor, bad: torch.Tensor) -> list[str]:
    """NumPy's 'Max absolute/relative difference among violations' lines."""
    if a.dtype is torch.bool or not bool(bad.any()):
        return []
    wide = torch.float64 if kind(a.dtype) in "iuf" else torch.complex128
    if kind(a.dtype) in "iu":
        x, y = a[bad].to(wide), d[bad].to(wide)
        absolute = (x - y).abs()
        abs_text = _text(absolute.max().to(torch.int64 if a.dtype is not torch.uint64 else wide))
    else:
        x, y = a[bad].to(wide), d[bad].to(wide)
        absolute = (x - y).abs()
        abs_text = _text(absolute.max().to(torch.float64))
    with torch.no_grad():
        relative = absolute / y.abs()
    rel_text = _text(relative.max().to(torch.float64))
    return [
        f"Max absolute difference among violations: {abs_text}",
        f"Max relative difference among violations: {rel_text}",
    ]


def _mismatch_lines(
    a: torch.Tensor, d: torch.Tensor, bad: torch.Tensor, names: Sequence[str]
) -> list[str]:
    count = int(bad.sum())
    total = bad.numel()
    lines = [f"Mismatched elements: {count} / {total} ({100 * count / total:.3g}%)"]
    if a.dim():
        positions = bad.nonzero()
        if count > _MAX_LISTED:
            lines.append(f"First {_MAX_LISTED} mismatches are at indices:")
        else:
            lines.append("Mismatch at index:" if a.dim() == 1 else "Mismatch at indices:")
        for pos in positions[:_MAX_LISTED].tolist():
            index = tuple(pos)
            lines.append(
                f" [{', '.join(map(str, index))}]: {_item_text(a[index])} ({names[0]}), "
                f"{_item_text(d[index])} ({names[1]})"
            )
    return lines


def _fail(
    header: str,
    err_msg: str,
    lines: list[str],
    x: Any,
    y: Any,
    verbose: bool,
    names: Sequence[str],
) -> AssertionError:
    text = build_err_msg([x, y], err_msg + "\n" + "\n".join(lines), header, verbose, names)
    return AssertionError(text)


def assert_array_compare(
    comparison: Callable[[Any, Any], Any],
    x: Any,
    y: Any,
    err_msg: str = "",
    verbose: bool = True,
    header: str = "",
    precision: int = 6,
    equal_nan: bool = True,
    equal_inf: bool = True,
    *,
    strict: bool = False,
    names: Sequence[str] = ("ACTUAL", "DESIRED"),
) -> None:
    """Raise ``AssertionError`` unless ``comparison(x, y)`` holds elementwise, as
    ``numpy.testing.assert_array_compare``.

    ``comparison`` takes two tensors of the common dtype and returns a bool tensor (a tnp
    ufunc or any function on ``tnp.ndarray`` works too). Shapes must match unless one side
    is a scalar (``strict``: shapes and dtypes must match exactly). With ``equal_nan`` NaNs
    must sit in the same places and are then not compared; with ``equal_inf`` so must
    infinities of each sign.
    """
    a0, d0 = _tensor(x), _tensor(y)
    if strict:
        if a0.shape != d0.shape:
            raise _fail(
                header,
                err_msg,
                [f"(shapes {tuple(a0.shape)}, {tuple(d0.shape)} mismatch)"],
                x,
                y,
                verbose,
                names,
            )
        if a0.dtype != d0.dtype:
            from tnp_core._dtypes import _DTYPE_OF_TORCH

            text = f"(dtypes {_DTYPE_OF_TORCH[a0.dtype]}, {_DTYPE_OF_TORCH[d0.dtype]} mismatch)"
            raise _fail(header, err_msg, [text], x, y, verbose, names)
    elif a0.dim() and d0.dim() and a0.shape != d0.shape:
        raise _fail(
            header,
            err_msg,
            [f"(shapes {tuple(a0.shape)}, {tuple(d0.shape)} mismatch)"],
            x,
            y,
            verbose,
            names,
        )
    shape = broadcast_shapes(a0.shape, d0.shape)
    if shape is None:
        raise _fail(
            header,
            err_msg,
            [f"(shapes {tuple(a0.shape)}, {tuple(d0.shape)} mismatch)"],
            x,
            y,
            verbose,
            names,
        )
    common = _common(a0, d0)
    a = a0.to("cpu", common).expand(shape)
    d = d0.to("cpu", common).expand(shape)
    done = torch.zeros(shape, dtype=torch.bool)
    if a.is_floating_point() or a.is_complex():
        if equal_nan:
            nan_a, nan_d = torch.isnan(a), torch.isnan(d)
            if not bool((nan_a == nan_d).all()):
                raise _fail(header, err_msg, ["nan location mismatch:"], x, y, verbose, names)
            done |= nan_a
        if equal_inf and a.is_floating_point():
            inf_a, inf_d = torch.isinf(a), torch.isinf(d)
            if not bool((inf_a == inf_d).all()):
                raise _fail(header, err_msg, ["inf location mismatch:"], x, y, verbose, names)
            if not bool((a[inf_a] == d[inf_a]).all()):
                raise _fail(header, err_msg, ["inf values mismatch:"], x, y, verbose, names)
            done |= inf_a
    result = comparison(a, d)
    ok = result._t if isinstance(result, ndarray) else result
    if not isinstance(ok, torch.Tensor):
        ok = torch.tensor(bool(ok))
    ok = ok.to("cpu").to(torch.bool).expand(shape) | done
    if bool(ok.all()):
        return
    bad = ~ok
    lines = _mismatch_lines(a, d, bad, names) + _differences(a, d, bad)
    raise _fail(header, err_msg, lines, x, y, verbose, names)


def assert_array_equal(
    actual: Any,
    desired: Any,
    err_msg: str = "",
    verbose: bool = True,
    *,
    strict: bool = False,
) -> None:
    """Raise ``AssertionError`` unless the arrays have equal shapes and elements, as
    ``numpy.testing.assert_array_equal`` (NaNs in the same places are equal; a scalar
    compares with every element unless ``strict``)."""
    assert_array_compare(
        operator.eq,
        actual,
        desired,
        err_msg,
        verbose,
        header="Arrays are not equal",
        strict=strict,
    )


def assert_array_less(
    x: Any, y: Any, err_msg: str = "", verbose: bool = True, *, strict: bool = False
) -> None:
    """Raise ``AssertionError`` unless ``x < y`` elementwise, as
    ``numpy.testing.assert_array_less`` (NaNs and infinities must match in place)."""
    assert_array_compare(
        operator.lt,
        x,
        y,
        err_msg,
        verbose,
        header="Arrays are not strictly ordered `x < y`",
        equal_inf=False,
        strict=strict,
        names=("x", "y"),
    )


def assert_allclose(
    actual: Any,
    desired: Any,
    rtol: float = 1e-7,
    atol: float = 0,
    equal_nan: bool = True,
    err_msg: str = "",
    verbose: bool = True,
    *,
    strict: bool = False,
) -> None:
    """Raise ``AssertionError`` unless ``|actual - desired| <= atol + rtol * |desired|``
    elementwise, as ``numpy.testing.assert_allclose``."""

    def close(a: torch.Tensor, d: torch.Tensor) -> torch.Tensor:
        if not (a.is_floating_point() or a.is_complex()):
            a, d = a.to(torch.float64), d.to(torch.float64)
        return (a - d).abs() <= atol + rtol * d.abs()

    assert_array_compare(
        close,
        actual,
        desired,
        err_msg,
        verbose,
        header=f"Not equal to tolerance rtol={rtol:g}, atol={atol:g}",
        equal_nan=equal_nan,
        strict=strict,
    )


def assert_array_almost_equal(
    actual: Any, desired: Any, decimal: int = 6, err_msg: str = "", verbose: bool = True
) -> None:
    """Raise ``AssertionError`` unless ``|desired - actual| < 1.5 * 10**-decimal``
    elementwise, as ``numpy.testing.assert_array_almost_equal``."""
    bound = 1.5 * 10.0 ** (-decimal)

    def almost(a: torch.Tensor, d: torch.Tensor) -> torch.Tensor:
        if not (a.is_floating_point() or a.is_complex()):
            a, d = a.to(torch.float64), d.to(torch.float64)
        return (d - a).abs() < bound

    assert_array_compare(
        almost,
        actual,
        desired,
        err_msg,
        verbose,
        header=f"Arrays are not almost equal to {decimal} decimals",
        precision=decimal,
    )


def assert_almost_equal(
    actual: Any, desired: Any, decimal: int = 7, err_msg: str = "", verbose: bool = True
) -> None:
    """Raise ``AssertionError`` unless ``|desired - actual| < 1.5 * 10**-decimal``, as
    ``numpy.testing.assert_almost_equal`` (arrays elementwise, complex by parts)."""
    if _is_array_like(actual) or _is_array_like(desired):
        assert_array_almost_equal(actual, desired, decimal, err_msg, verbose)
        return
    header = f"Arrays are not almost equal to {decimal} decimals"
    if isinstance(actual, complex) or isinstance(desired, complex):
        try:
            assert_almost_equal(complex(actual).real, complex(desired).real, decimal)
            assert_almost_equal(complex(actual).imag, complex(desired).imag, decimal)
        except AssertionError:
            raise AssertionError(
                build_err_msg([actual, desired], err_msg, header, verbose)
            ) from None
        return
    a, d = float(actual), float(desired)
    if math.isnan(a) or math.isnan(d) or math.isinf(a) or math.isinf(d):
        same = (math.isnan(a) and math.isnan(d)) or a == d
        if not same:
            raise AssertionError(build_err_msg([actual, desired], err_msg, header, verbose))
        return
    if not abs(d - a) < 1.5 * 10.0 ** (-decimal):
        raise AssertionError(build_err_msg([actual, desired], err_msg, header, verbose))


def assert_approx_equal(
    actual: Any, desired: Any, significant: int = 7, err_msg: str = "", verbose: bool = True
) -> None:
    """Raise ``AssertionError`` unless the numbers agree to ``significant`` digits, as
    ``numpy.testing.assert_approx_equal``."""
    a, d = float(actual), float(desired)
    header = f"Items are not equal to {significant} significant digits:"
    if a == d:
        return
    if math.isnan(a) or math.isnan(d) or math.isinf(a) or math.isinf(d):
        if not (math.isnan(a) and math.isnan(d)):
            raise AssertionError(build_err_msg([actual, desired], err_msg, header, verbose))
        return
    scale = 0.5 * (abs(a) + abs(d))
    scale = 10.0 ** math.floor(math.log10(scale)) if scale else 1.0
    try:
        sc_d, sc_a = d / scale, a / scale
    except ZeroDivisionError:
        sc_d = sc_a = 0.0
    if abs(sc_d - sc_a) >= 10.0 ** -(significant - 1):
        raise AssertionError(build_err_msg([actual, desired], err_msg, header, verbose))


def _nested_assert_equal(actual: Any, desired: Any, err_msg: str, verbose: bool) -> bool:
    """dicts and sequences compared item by item; True when handled here."""
    if isinstance(desired, dict):
        if not isinstance(actual, dict):
            raise AssertionError(repr(type(actual)))
        assert_equal(len(actual), len(desired), err_msg, verbose)
        for key, value in desired.items():
            if key not in actual:
                raise AssertionError(repr(key))
            assert_equal(actual[key], value, f"key={key!r}\n{err_msg}", verbose)
        return True
    if isinstance(desired, (list, tuple)) and isinstance(actual, (list, tuple)):
        assert_equal(len(actual), len(desired), err_msg, verbose)
        for k, (a, d) in enumerate(zip(actual, desired, strict=True)):
            assert_equal(a, d, f"item={k!r}\n{err_msg}", verbose)
        return True
    return False


def assert_equal(
    actual: Any, desired: Any, err_msg: str = "", verbose: bool = True, *, strict: bool = False
) -> None:
    """Raise ``AssertionError`` unless the objects are equal, as
    ``numpy.testing.assert_equal``: dicts by key, lists and tuples by item, arrays
    elementwise (NaNs equal), scalars with NaN equal to NaN and ``0.0 != -0.0``."""
    if _nested_assert_equal(actual, desired, err_msg, verbose):
        return
    if isinstance(actual, (ndarray, torch.Tensor)) or isinstance(desired, (ndarray, torch.Tensor)):
        assert_array_equal(actual, desired, err_msg, verbose, strict=strict)
        return
    header = "Items are not equal:"
    msg = build_err_msg([actual, desired], err_msg, header, verbose)
    if isinstance(actual, (int, float, complex)) and isinstance(desired, (int, float, complex)):
        a, d = complex(actual), complex(desired)
        for x, y in ((a.real, d.real), (a.imag, d.imag)):
            if math.isnan(x) and math.isnan(y):
                continue
            if x != y or (x == 0 and y == 0 and math.copysign(1, x) != math.copysign(1, y)):
                raise AssertionError(msg)
        return
    try:
        equal = bool(desired == actual)
    except (TypeError, ValueError):
        equal = False
    if not equal:
        raise AssertionError(msg)


def print_assert_equal(test_string: str, actual: Any, desired: Any) -> None:
    """Raise ``AssertionError`` printing both values under ``test_string`` unless they are
    equal (``==``), as ``numpy.testing.print_assert_equal``."""
    try:
        equal = bool(actual == desired)
    except (TypeError, ValueError):
        equal = False
    if not equal:
        raise AssertionError(
            f"{test_string} failed\nACTUAL: \n{actual!r}\nDESIRED: \n{desired!r}\n"
        )


def assert_(val: Any, msg: str | Callable[[], str] = "") -> None:
    """Raise ``AssertionError(msg)`` unless ``val`` is true, as ``numpy.testing.assert_``
    (not removed under ``python -O``); ``msg`` may be a callable giving the message."""
    if not val:
        raise AssertionError(msg() if callable(msg) else msg)


def assert_string_equal(actual: str, desired: str) -> None:
    """Raise ``AssertionError`` showing a line diff unless the strings are equal, as
    ``numpy.testing.assert_string_equal``."""
    import difflib

    if not isinstance(actual, str):
        raise AssertionError(repr(type(actual)))
    if not isinstance(desired, str):
        raise AssertionError(repr(type(desired)))
    if actual == desired:
        return
    diff = list(difflib.Differ().compare(actual.splitlines(True), desired.splitlines(True)))
    shown = []
    while diff:
        line = diff.pop(0)
        if line.startswith("  "):
            continue
        if line.startswith("- ") and diff and diff[0].startswith("? "):
            diff.pop(0)
        shown.append(line)
    raise AssertionError("Differences in strings:\n" + "".join(shown).rstrip("\n"))


# ----------------------------------------------------------------------------- ULPs
_INT_OF = {torch.float16: torch.int16, torch.float32: torch.int32, torch.float64: torch.int64}


def _ordered_bits(x: torch.Tensor) -> torch.Tensor:
    """Float bits as integers ordered like the floats (negative values mirrored)."""
    ints = x.view(_INT_OF[x.dtype]).to(torch.int64)
    bits = torch.iinfo(_INT_OF[x.dtype]).bits
    return torch.where(ints < 0, -(2 ** (bits - 1)) - ints, ints)


def _ulp_difference(x: Any, y: Any, dtype: Any = None) -> torch.Tensor:
    a, b = _tensor(x), _tensor(y)
    common = PROMOTE[(a.dtype, b.dtype)]
    if dtype is not None:
        from tnp_core._dtypes import to_torch_dtype

        common = to_torch_dtype(dtype)
    if common not in _INT_OF:
        if kind(common) == "c":
            raise NotImplementedError("ULP differences of complex arrays are not supported")
        common = torch.float64
    shape = broadcast_shapes(a.shape, b.shape)
    if shape is None:
        raise ValueError(f"shapes {tuple(a.shape)}, {tuple(b.shape)} do not broadcast")
    a = a.to("cpu", common).expand(shape).contiguous()
    b = b.to("cpu", common).expand(shape).contiguous()
    diff = (_ordered_bits(a) - _ordered_bits(b)).abs().to(torch.float64)
    nan = torch.isnan(a) | torch.isnan(b)
    return torch.where(nan, torch.full_like(diff, math.nan), diff)


def assert_array_max_ulp(a: Any, b: Any, maxulp: int = 1, dtype: Any = None) -> ndarray:
    """Raise ``AssertionError`` unless the elements differ by at most ``maxulp`` units in
    the last place; return the differences (float64), as
    ``numpy.testing.assert_array_max_ulp``."""
    diff = _ulp_difference(a, b, dtype)
    if not bool((diff <= maxulp).all()):
        worst = diff.nan_to_num(nan=math.inf).max().item()
        raise AssertionError(
            f"Arrays are not almost equal up to {maxulp:g} ULP (max difference is {worst:g} ULP)"
        )
    return ndarray._from_tensor(diff)


def assert_array_almost_equal_nulp(x: Any, y: Any, nulp: int = 1) -> None:
    """Raise ``AssertionError`` unless ``|x - y| <= nulp * spacing(max(|x|, |y|))``
    elementwise, as ``numpy.testing.assert_array_almost_equal_nulp``."""
    a, b = _tensor(x), _tensor(y)
    common = PROMOTE[(a.dtype, b.dtype)]
    if not (common.is_floating_point or common.is_complex):
        common = torch.float64
    a, b = a.to("cpu", common), b.to("cpu", common)
    ax, ay = a.abs(), b.abs()
    ref = torch.maximum(ax, ay)
    spacing = torch.nextafter(ref, torch.full_like(ref, math.inf)) - ref
    if not bool(((a - b).abs() <= nulp * spacing).all()):
        worst = _ulp_difference(a.real if a.is_complex() else a, b.real if b.is_complex() else b)
        raise AssertionError(f"Arrays are not equal to {nulp} ULP (max is {worst.max().item():g})")


# ----------------------------------------------------------------------------- raising
def assert_raises(*args: Any, **kwargs: Any) -> Any:
    """``assert_raises(exception_class, callable, *args, **kwargs)`` calls ``callable`` and
    fails unless it raises ``exception_class``; ``assert_raises(exception_class)`` is a
    context manager. As ``numpy.testing.assert_raises`` (unittest's ``assertRaises``)."""
    return _unittest_case().assertRaises(*args, **kwargs)  # noqa: PT027  (NumPy API)


def assert_raises_regex(
    exception_class: type[BaseException],
    expected_regexp: str | re.Pattern[str],
    *args: Any,
    **kwargs: Any,
) -> Any:
    """As ``assert_raises``, also requiring the message to match ``expected_regexp``."""
    return _unittest_case().assertRaisesRegex(  # noqa: PT027  (NumPy API)
        exception_class, expected_regexp, *args, **kwargs
    )


class _Case(unittest.TestCase):
    def nop(self) -> None:
        pass


def _unittest_case() -> unittest.TestCase:
    return _Case("nop")
