"""Bits and digits of the main namespace: packbits, unpackbits, base_repr, binary_repr.

``packbits``/``unpackbits`` convert their arguments and call ``_bits_impl`` (a 0-D array
counts as 1-D for ``axis``, as in NumPy, which the ``AxisIndex`` tag does not do).
``base_repr`` and ``binary_repr`` work on Python integers and return ``str``.
"""

from __future__ import annotations

import operator
from typing import Any

from . import _bits_impl as _impl
from ._ndarray import ndarray
from ._normalizer import ArrayLike, as_tensor

__all__ = ["base_repr", "binary_repr", "packbits", "unpackbits"]

_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def packbits(a: ArrayLike, axis: int | None = None, bitorder: str = "big") -> ndarray:
    """Pack the truth of each element into the bits of uint8 bytes, as ``numpy.packbits``.

    ``a`` must have a boolean or integer dtype (``TypeError`` otherwise); ``axis`` None packs
    the flattened array; ``bitorder`` is 'big' (first element in the high bit) or 'little'.
    The last byte along the axis is padded with zero bits.
    """
    return ndarray._from_tensor(_impl.packbits(as_tensor(a), axis, bitorder))


def unpackbits(
    a: ArrayLike, axis: int | None = None, count: int | None = None, bitorder: str = "big"
) -> ndarray:
    """Unpack each uint8 element into eight 0/1 uint8 values, as ``numpy.unpackbits``.

    ``axis`` None unpacks the flattened array. ``count`` keeps that many bits along the
    axis: more than there are pads with zeros, a negative count drops bits from the end.
    ``bitorder`` is read by its first letter, 'b' or 'l', as NumPy does.
    """
    return ndarray._from_tensor(_impl.unpackbits(as_tensor(a), axis, count, bitorder))


def base_repr(number: Any, base: int = 2, padding: int = 0) -> str:
    """The digits of ``int(number)`` in ``base`` (2 to 36), as ``numpy.base_repr``.

    ``padding`` zeros go before the digits (after a minus sign); zero alone is '0' unless
    padded.
    """
    if base > len(_DIGITS):
        raise ValueError("Bases greater than 36 not handled in base_repr.")
    if base < 2:
        raise ValueError("Bases less than 2 not handled in base_repr.")
    value = int(number)
    rest = abs(value)
    digits: list[str] = []
    while rest:
        rest, d = divmod(rest, base)
        digits.append(_DIGITS[d])
    text = "".join(reversed(digits))
    if padding:
        text = "0" * padding + text
    elif not text:
        text = "0"
    return "-" + text if value < 0 else text


def binary_repr(num: Any, width: int | None = None) -> str:
    """The binary digits of the integer ``num``, as ``numpy.binary_repr``.

    Without ``width`` a negative number is written with a minus sign; with it, in two's
    complement over at least ``width`` bits. A ``width`` too small for the number raises
    ``ValueError``, as NumPy 2 does.
    """
    value = operator.index(num)
    if value == 0:
        return "0" * (width or 1)
    if value > 0:
        text = format(value, "b")
        _check_width(width, len(text))
        return text if width is None else text.zfill(width)
    if width is None:
        return "-" + format(-value, "b")
    bits = len(format(-value, "b"))
    if -value == 1 << (bits - 1):
        # -2**k fits k + 1 bits in two's complement
        bits -= 1
    text = format((1 << (bits + 1)) + value, "b")
    _check_width(width, len(text))
    return "1" * (width - len(text)) + text


def _check_width(width: int | None, needed: int) -> None:
    if width is not None and width < needed:
        raise ValueError(f"Insufficient bit width={width} provided for binwidth={needed}")
