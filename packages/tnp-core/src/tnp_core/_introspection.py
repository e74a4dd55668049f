"""Small questions about objects and types: ``astype``, ``isfortran``, ``isscalar``,
``iterable``, ``typename``, as NumPy's functions of those names."""

from __future__ import annotations

import numbers
from typing import Any

import torch

from ._flags import c_contiguous, f_contiguous
from ._ndarray import ndarray
from ._normalizer import DTypeLike

__all__ = ["astype", "isfortran", "isscalar", "iterable", "typename"]

# NumPy's descriptions of its type characters
_TYPE_NAMES = {
    "S1": "character",
    "?": "bool",
    "B": "unsigned char",
    "D": "complex double precision",
    "G": "complex long double precision",
    "F": "complex single precision",
    "I": "unsigned integer",
    "H": "unsigned short",
    "L": "unsigned long integer",
    "O": "object",
    "Q": "unsigned long long integer",
    "S": "string",
    "U": "unicode",
    "V": "void",
    "b": "signed char",
    "d": "double precision",
    "g": "long precision",
    "f": "single precision",
    "i": "integer",
    "h": "short",
    "l": "long integer",
    "q": "long long integer",
}


def astype(
    x: ndarray,
    dtype: DTypeLike,
    /,
    *,
    copy: bool = True,
    device: str | torch.device | None = None,
) -> ndarray:
    """``x`` cast to ``dtype`` (and moved to ``device``), as ``numpy.astype``.

    With ``copy=False`` the input itself comes back when nothing changes. ``x`` must be an
    array: ``TypeError`` for anything else, as NumPy.
    """
    if not isinstance(x, ndarray):
        raise TypeError(f"Input should be a NumPy array or scalar. It is a {type(x)} instead.")
    return x.astype(dtype, copy=copy, device=device)


def isfortran(a: ndarray) -> bool:
    """True when ``a`` is Fortran-contiguous and not also C-contiguous, as ``numpy.isfortran``."""
    t = a._t
    return f_contiguous(t) and not c_contiguous(t)


def isscalar(element: Any) -> bool:
    """True for Python numbers, strings and bytes, as ``numpy.isscalar``.

    tnp's scalars are 0-D arrays, and like NumPy's 0-D arrays they are not scalars here:
    ``isscalar(tnp.float64(1))`` is False where NumPy says True.
    """
    if isinstance(element, ndarray):
        return False
    return isinstance(element, (numbers.Number, str, bytes))


def iterable(y: Any) -> bool:
    """Whether ``iter(y)`` works, as ``numpy.iterable`` (False for 0-D arrays)."""
    try:
        iter(y)
    except TypeError:
        return False
    return True


def typename(char: str) -> str:
    """NumPy's description of a type character, e.g. ``'d'`` -> ``'double precision'``."""
    return _TYPE_NAMES[char]
