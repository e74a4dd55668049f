"""Turning whatever a NumPy user passes as an array into a torch tensor.

This is the array half of the normalizer: Python scalars and nested sequences get NumPy's
dtypes (bool, int64, float64, complex128 by default, not torch's float32), tensors and tnp
arrays pass through without a copy, and ragged input is refused as NumPy refuses it.
"""

from __future__ import annotations

from typing import Any

import torch

from . import _dtypes_impl as _di
from ._defaults_impl import defaults

_PY_SCALARS = (bool, int, float, complex)
_SCALAR_RANK = {bool: 0, int: 1, float: 2, complex: 3}


def scalar_tensor(
    value: bool | int | float | complex,
    dtype: torch.dtype | None,
    device: torch.device | None = None,
) -> torch.Tensor:
    """A 0-D tensor for a Python scalar: NumPy's default dtype unless ``dtype`` says otherwise.

    It goes to ``device``, or to the default device when that is None.
    """
    if dtype is None:
        dtype = _di.scalar_dtype(type(value))
        if type(value) is int and not -(2**63) <= value < 2**63:
            if 0 <= value < 2**64:
                dtype = _di.UINT64
            else:
                raise OverflowError(f"Python integer {value} is out of bounds for int64")
    elif type(value) is int:
        if dtype in _di.INT_BOUNDS:
            check_int_fits(value, dtype)
        else:
            value = float(value)  # torch reads Python ints through int64
    return _tensor_of(value, dtype, device)


def _tensor_of(value: Any, dtype: torch.dtype, device: torch.device | None = None) -> torch.Tensor:
    dev = device if device is not None else defaults.device
    if dtype is _di.UINT64 and _has_big_uint(value):
        # torch parses Python ints through int64: build the bit pattern instead
        return torch.tensor(_as_int64_bits(value), dtype=_di.INT64, device=dev).view(_di.UINT64)
    return torch.tensor(value, dtype=dtype, device=dev)


def _has_big_uint(value: Any) -> bool:
    if type(value) is int:
        return value >= 2**63
    if isinstance(value, (list, tuple)):
        return any(_has_big_uint(v) for v in value)
    return False


def _as_int64_bits(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_as_int64_bits(v) for v in value]
    if type(value) is int and value >= 2**63:
        return value - 2**64
    return value


def check_int_fits(value: int, dtype: torch.dtype) -> None:
    """NumPy 2 refuses Python integers out of the target integer dtype's range."""
    lo, hi = _di.INT_BOUNDS[dtype]
    if not lo <= value <= hi and dtype is not _di.BOOL:
        name = str(dtype).removeprefix("torch.")
        raise OverflowError(f"Python integer {value} out of bounds for {name}")


def to_tensor(obj: object, dtype: torch.dtype | None = None) -> torch.Tensor:
    """Convert an array-like to a tensor, casting to ``dtype`` when one is given.

    No copy is made when ``obj`` already is a tensor or tnp array of that dtype.
    """
    if isinstance(obj, ndarray):
        t = obj._t
    elif isinstance(obj, torch.Tensor):
        t = obj
        if t.dtype not in _di.ITEMSIZE:
            raise TypeError(f"tnp does not support tensors of dtype {t.dtype}")
    elif type(obj) in _PY_SCALARS:
        return scalar_tensor(obj, dtype)  # type: ignore[arg-type]
    elif isinstance(obj, (list, tuple)):
        return _from_sequence(obj, dtype)
    elif isinstance(obj, (str, bytes)):
        raise NotImplementedError(
            "tnp does not support string or bytes arrays: only boolean and numeric dtypes"
        )
    elif isinstance(obj, _PY_SCALARS):  # subclasses of Python numbers, such as numpy.float64
        return scalar_tensor(_plain_scalar(obj), dtype)
    elif hasattr(obj, "__array_interface__") or hasattr(obj, "__array__"):
        t = _from_foreign_array(obj)
    else:
        raise TypeError(f"cannot convert an object of type {type(obj).__name__} to an array")
    if dtype is not None and t.dtype is not dtype:
        t = t.to(dtype)
    return t


def _plain_scalar(obj: bool | int | float | complex) -> bool | int | float | complex:
    if isinstance(obj, bool):
        return bool(obj)
    if isinstance(obj, int):
        return int(obj)
    if isinstance(obj, float):
        return float(obj)
    return complex(obj)


def _from_foreign_array(obj: object) -> torch.Tensor:
    """Arrays of other libraries (NumPy, ...) through torch's own array-protocol support.

    Their data is host data, like a list's: it goes to the default device (no copy when
    that is the CPU).
    """
    try:
        t = torch.as_tensor(obj)
    except (TypeError, RuntimeError, ValueError) as exc:
        # a NumPy uint64 scalar past 2**63 is refused as a scalar but read as an array
        read = _through_array_method(obj)
        if read is None:
            raise TypeError(
                f"cannot convert an object of type {type(obj).__name__} to an array: {exc}"
            ) from None
        t = read
    if t.dtype not in _di.ITEMSIZE:
        raise TypeError(f"tnp does not support arrays of dtype {t.dtype}")
    device = defaults.device
    if device is not None and t.device != device:
        t = t.to(device)
    return t


def _through_array_method(obj: object) -> torch.Tensor | None:
    """``obj.__array__()`` read by torch, or None when that fails too."""
    array = getattr(obj, "__array__", None)
    if array is None:
        return None
    try:
        return torch.as_tensor(array())
    except (TypeError, RuntimeError, ValueError):
        return None


def _from_sequence(seq: list[Any] | tuple[Any, ...], dtype: torch.dtype | None) -> torch.Tensor:
    if dtype is None and seq:
        if type(seq[0]) is float:
            # fast path: torch reads a flat list of numbers that starts with a float as
            # float64, as NumPy would; anything it refuses takes the general path below
            try:
                return torch.tensor(seq, dtype=defaults.float_dtype, device=defaults.device)
            except (TypeError, ValueError, RuntimeError):
                pass
        # fast path: a flat list of Python floats or in-range ints (the scan runs in C)
        kinds_flat = set(map(type, seq))
        if kinds_flat == {float}:
            return _tensor_of(seq, defaults.float_dtype)
        if kinds_flat == {int} and min(seq) >= -(2**63) and max(seq) < 2**63:
            return _tensor_of(seq, defaults.int_dtype)
    kinds: set[type] = set()
    lo = hi = None
    has_arrays = False
    pending: list[Any] = [seq]
    while pending:
        for item in pending.pop():
            tp = type(item)
            if tp is list or tp is tuple:
                pending.append(item)
            elif tp in _PY_SCALARS:
                kinds.add(tp)
                if tp is int:
                    lo = item if lo is None or item < lo else lo
                    hi = item if hi is None or item > hi else hi
            else:
                has_arrays = True
    if has_arrays:
        return _stack_nested(seq, dtype)
    if dtype is None:
        if not kinds:
            dtype = defaults.float_dtype
        else:
            dtype = _di.scalar_dtype(max(kinds, key=_SCALAR_RANK.__getitem__))
            if (
                dtype is defaults.int_dtype
                and lo is not None
                and hi is not None
                and not -(2**63) <= lo <= hi < 2**63
            ):
                if lo < -(2**63) or hi >= 2**64:
                    bad = hi if hi >= 2**64 else lo
                    raise OverflowError(f"Python integer {bad} out of bounds for int64")
                # each int is int64 if it fits, else uint64; mixed, they promote to float64
                dtype = _di.UINT64 if lo >= 2**63 else _di.FLOAT64
    elif lo is not None and hi is not None and dtype in _di.INT_BOUNDS and dtype is not _di.BOOL:
        check_int_fits(lo, dtype)
        check_int_fits(hi, dtype)
    try:
        return _tensor_of(seq, dtype)
    except (ValueError, TypeError) as exc:
        if isinstance(exc, TypeError) and not _is_ragged(seq):
            raise
        raise ValueError(
            "setting an array element with a sequence. The requested array has an "
            f"inhomogeneous shape ({exc})"
        ) from None


def _is_ragged(seq: list[Any] | tuple[Any, ...]) -> bool:
    """Whether nested sequences mix sequences with scalars, or lengths, at one level."""
    nested = [isinstance(x, (list, tuple)) for x in seq]
    if not any(nested):
        return False
    if not all(nested) or len({len(x) for x in seq}) > 1:
        return True
    return any(_is_ragged(x) for x in seq)


def _stack_nested(seq: list[Any] | tuple[Any, ...], dtype: torch.dtype | None) -> torch.Tensor:
    """Sequences holding arrays: convert each element, promote, and stack."""
    parts = [_from_sequence(x, None) if isinstance(x, (list, tuple)) else to_tensor(x) for x in seq]
    if not parts:
        return torch.empty(0, dtype=dtype or defaults.float_dtype)
    shapes = {p.shape for p in parts}
    if len(shapes) > 1:
        raise ValueError(
            "setting an array element with a sequence. The requested array has an "
            f"inhomogeneous shape: elements have shapes {sorted(tuple(s) for s in shapes)}"
        )
    devices = {p.device for p in parts}
    if len(devices) > 1:
        raise ValueError(f"cannot build one array from data on several devices: {devices}")
    if dtype is None:
        dtype = parts[0].dtype
        for p in parts[1:]:
            dtype = _di.PROMOTE[(dtype, p.dtype)]
    return torch.stack([p.to(dtype) for p in parts])


# last: ndarray's module imports this one while it is being built
from ._ndarray import ndarray  # noqa: E402
