"""Type promotion functions: ``result_type``, ``promote_types``, ``can_cast``.

NEP 50 rules exactly: arrays and dtypes are strong, Python scalars weak (they adapt to the
array dtype they meet, keeping only their kind).
"""

from __future__ import annotations

from typing import Any

import torch

from . import _dtypes_impl as _di
from ._dtypes import _DTYPE_OF_TORCH, dtype, to_torch_dtype
from ._ndarray import ndarray

__all__ = ["can_cast", "promote_types", "result_type"]

_PY_SCALARS = (bool, int, float, complex)


def result_type(*arrays_and_dtypes: Any) -> dtype:
    """The dtype NumPy 2 gives an operation on these operands (NEP 50).

    Arrays and dtypes take part with their dtype; Python scalars are weak.
    """
    strong: list[torch.dtype] = []
    weak: list[type] = []
    for x in arrays_and_dtypes:
        if type(x) in _PY_SCALARS:
            weak.append(type(x))
        elif isinstance(x, ndarray):
            strong.append(x._t.dtype)
        elif isinstance(x, torch.Tensor):
            strong.append(x.dtype)
        elif isinstance(x, (list, tuple)):
            from ._conversion import to_tensor

            strong.append(to_tensor(x).dtype)
        else:
            strong.append(to_torch_dtype(x))
    if not strong and not weak:
        raise ValueError("at least one array or dtype is required")
    return _DTYPE_OF_TORCH[_di.result_type(tuple(strong), tuple(weak))]


def promote_types(type1: Any, type2: Any) -> dtype:
    """The smallest dtype both can be safely cast to, as ``numpy.promote_types``."""
    return _DTYPE_OF_TORCH[_di.promote(to_torch_dtype(type1), to_torch_dtype(type2))]


def can_cast(from_: Any, to: Any, casting: str = "safe") -> bool:
    """Whether a cast between dtypes is allowed under ``casting``, as ``numpy.can_cast``.

    As in NumPy 2, Python scalars are refused: pass a dtype or an array.
    """
    if type(from_) in _PY_SCALARS:
        raise TypeError(
            "can_cast() does not support Python ints, floats, and complex because the result "
            "used to depend on the value. Use `np.result_type` with the dtype instead."
        )
    src = from_._t.dtype if isinstance(from_, ndarray) else to_torch_dtype(from_)
    if casting not in _di.CASTING_MODES:
        raise ValueError("casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'")
    return _di.can_cast(src, to_torch_dtype(to), casting)
