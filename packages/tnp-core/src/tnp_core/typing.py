"""Type aliases for annotating code that uses tnp, as ``numpy.typing``."""

from __future__ import annotations

from typing import TypeAlias

from ._ndarray import ndarray
from ._normalizer import ArrayLike as ArrayLike
from ._normalizer import DTypeLike as DTypeLike

NDArray: TypeAlias = ndarray
"""An array (tnp arrays are not generic over their dtype, unlike ``numpy.typing.NDArray``)."""

__all__ = ["ArrayLike", "DTypeLike", "NDArray"]
