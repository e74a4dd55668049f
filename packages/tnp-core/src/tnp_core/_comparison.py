"""Approximate and exact comparison of whole arrays: ``isclose``, ``allclose``,
``array_equal``, ``array_equiv``; the tensor work is in ``_comparison_impl``."""

from __future__ import annotations

from typing import Any

import torch

from . import _comparison_impl as _impl
from ._ndarray import ndarray
from ._normalizer import ArrayLike, as_tensor

__all__ = ["allclose", "array_equal", "array_equiv", "isclose"]

_PY_NUMBERS = (bool, int, float, complex)


def _operand(x: Any) -> Any:
    """Python numbers stay weak; anything else becomes a tensor."""
    return x if type(x) in _PY_NUMBERS else as_tensor(x)


def isclose(
    a: ArrayLike,
    b: ArrayLike,
    rtol: ArrayLike = 1e-05,
    atol: ArrayLike = 1e-08,
    equal_nan: bool = False,
) -> ndarray:
    """Elementwise ``|a - b| <= atol + rtol * |b|``, as ``numpy.isclose`` (NumPy 2 rules).

    ``b`` is converted to at least a float dtype; Python numbers promote weakly (NEP 50);
    infinities are close only to themselves; NaN is close to NaN only with ``equal_nan``.
    tnp returns a 0-D array where NumPy returns a NumPy bool for scalar inputs.
    """
    res = _impl.isclose(_operand(a), _operand(b), _operand(rtol), _operand(atol), equal_nan)
    return ndarray._from_tensor(res)


def allclose(
    a: ArrayLike,
    b: ArrayLike,
    rtol: ArrayLike = 1e-05,
    atol: ArrayLike = 1e-08,
    equal_nan: bool = False,
) -> bool:
    """Whether every element pair is ``isclose``, as ``numpy.allclose`` (a Python bool)."""
    res = _impl.isclose(_operand(a), _operand(b), _operand(rtol), _operand(atol), equal_nan)
    return bool(res.all())


def _tensor_or_none(x: Any) -> torch.Tensor | None:
    try:
        return as_tensor(x)
    except Exception:  # noqa: BLE001  (NumPy answers False for anything it cannot convert)
        return None


def array_equal(a1: ArrayLike, a2: ArrayLike, equal_nan: bool = False) -> bool:
    """Whether the arrays have the same shape and elements, as ``numpy.array_equal``.

    With ``equal_nan``, NaN in the same places compare equal. Returns a Python bool.
    """
    t1, t2 = _tensor_or_none(a1), _tensor_or_none(a2)
    if t1 is None or t2 is None:
        return False
    return _impl.array_equal(t1, t2, equal_nan)


def array_equiv(a1: ArrayLike, a2: ArrayLike) -> bool:
    """Whether the arrays broadcast to one shape with equal elements, as ``numpy.array_equiv``."""
    t1, t2 = _tensor_or_none(a1), _tensor_or_none(a2)
    if t1 is None or t2 is None:
        return False
    return _impl.array_equiv(t1, t2)
