"""Assertions for tests of array code, as ``numpy.testing``.

They compare shapes and values with NumPy's rules (NaNs equal by default, scalars broadcast)
and raise ``AssertionError`` with a report of the mismatch.
"""

from __future__ import annotations

from typing import Any

import torch

from tnp_core._conversion import to_tensor
from tnp_core._dtypes_impl import PROMOTE, kind
from tnp_core._ndarray import ndarray
from tnp_core._ufuncs_impl import broadcast_shapes

__all__ = ["assert_allclose", "assert_array_equal", "assert_equal"]


def _pair(actual: Any, desired: Any) -> tuple[torch.Tensor, torch.Tensor]:
    a = actual._t if isinstance(actual, ndarray) else to_tensor(actual)
    d = desired._t if isinstance(desired, ndarray) else to_tensor(desired)
    common = PROMOTE[(a.dtype, d.dtype)]
    if kind(common) in "biu":
        common = torch.int64 if common is not torch.bool else common
    return a.detach().to("cpu", common), d.detach().to("cpu", common)


def _check_shapes(a: torch.Tensor, d: torch.Tensor, header: str) -> None:
    if a.dim() and d.dim() and a.shape != d.shape:
        raise AssertionError(f"{header}\n(shapes {tuple(a.shape)}, {tuple(d.shape)} mismatch)")


def _broadcast(a: torch.Tensor, d: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    shape = broadcast_shapes(a.shape, d.shape)
    if shape is None:
        raise AssertionError(f"shapes {tuple(a.shape)}, {tuple(d.shape)} do not broadcast")
    return a.expand(shape), d.expand(shape)


def _report(header: str, mismatch: torch.Tensor, a: torch.Tensor, d: torch.Tensor) -> str:
    count = int(mismatch.sum())
    total = mismatch.numel()
    lines = [header, f"Mismatched elements: {count} / {total} ({100 * count / total:.3g}%)"]
    if a.numel() <= 100 and d.numel() <= 100:
        lines.append(f" ACTUAL: {a.tolist()}")
        lines.append(f" DESIRED: {d.tolist()}")
    return "\n".join(lines)


def assert_array_equal(
    actual: Any, desired: Any, err_msg: str = "", verbose: bool = True, *, strict: bool = False
) -> None:
    """Raise ``AssertionError`` unless the arrays have equal shapes and elements.

    NaNs in the same places count as equal; with ``strict`` shapes and dtypes must match
    exactly (no scalar broadcasting).
    """
    header = "\nArrays are not equal" + (f"\n{err_msg}" if err_msg else "")
    if strict:
        a0 = actual._t if isinstance(actual, ndarray) else to_tensor(actual)
        d0 = desired._t if isinstance(desired, ndarray) else to_tensor(desired)
        if a0.shape != d0.shape or a0.dtype != d0.dtype:
            raise AssertionError(
                f"{header}\n(shapes {tuple(a0.shape)}, {tuple(d0.shape)}; dtypes "
                f"{a0.dtype}, {d0.dtype} mismatch)"
            )
    a, d = _pair(actual, desired)
    _check_shapes(a, d, header)
    a, d = _broadcast(a, d)
    equal = a == d
    if a.is_floating_point() or a.is_complex():
        equal |= torch.isnan(a) & torch.isnan(d)
    if not bool(equal.all()):
        raise AssertionError(_report(header, ~equal, a, d))


def assert_equal(actual: Any, desired: Any, err_msg: str = "", verbose: bool = True) -> None:
    """Raise ``AssertionError`` unless the objects are equal (arrays elementwise)."""
    if isinstance(desired, dict) or isinstance(actual, dict):
        if not (isinstance(actual, dict) and isinstance(desired, dict)):
            raise AssertionError(f"{actual!r} != {desired!r}")
        assert_equal(len(actual), len(desired), err_msg)
        for key in desired:
            if key not in actual:
                raise AssertionError(f"key {key!r} missing")
            assert_equal(actual[key], desired[key], err_msg)
        return
    if isinstance(desired, (list, tuple)) and isinstance(actual, (list, tuple)):
        assert_equal(len(actual), len(desired), err_msg)
        for x, y in zip(actual, desired, strict=True):
            assert_equal(x, y, err_msg)
        return
    assert_array_equal(actual, desired, err_msg)


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
    """Raise ``AssertionError`` unless ``|actual - desired| <= atol + rtol * |desired|``."""
    header = f"\nNot equal to tolerance rtol={rtol:g}, atol={atol:g}" + (
        f"\n{err_msg}" if err_msg else ""
    )
    a, d = _pair(actual, desired)
    if strict and a.shape != d.shape:
        raise AssertionError(f"{header}\n(shapes {tuple(a.shape)}, {tuple(d.shape)} mismatch)")
    _check_shapes(a, d, header)
    if not (a.is_floating_point() or a.is_complex()):
        a, d = a.to(torch.float64), d.to(torch.float64)
    a, d = _broadcast(a, d)
    close = torch.isclose(a, d, rtol=rtol, atol=atol, equal_nan=equal_nan)
    if not bool(close.all()):
        raise AssertionError(_report(header, ~close, a, d))
