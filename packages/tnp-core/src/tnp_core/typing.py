"""Type aliases for annotating code that uses tnp, as ``numpy.typing``."""

from __future__ import annotations

from typing import TypeAlias

from ._ndarray import ndarray
from ._normalizer import ArrayLike as ArrayLike
from ._normalizer import DTypeLike as DTypeLike

NDArray: TypeAlias = ndarray
"""An array (tnp arrays are not generic over their dtype, unlike ``numpy.typing.NDArray``)."""


class NBitBase:
    """The root of the bit-precision types of ``numpy.typing`` (``NBitBase`` is only for
    annotations; NumPy 2.3 deprecates it). tnp's arrays are not generic over precision."""

    def __init_subclass__(cls) -> None:
        allowed = {
            "NBitBase",
            "_256Bit",
            "_128Bit",
            "_96Bit",
            "_80Bit",
            "_64Bit",
            "_32Bit",
            "_16Bit",
            "_8Bit",
        }
        if cls.__name__ not in allowed:
            raise TypeError('cannot inherit from final class "NBitBase"')
        super().__init_subclass__()


__all__ = ["ArrayLike", "DTypeLike", "NBitBase", "NDArray"]
