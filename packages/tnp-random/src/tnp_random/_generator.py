"""``numpy.random.Generator`` and ``default_rng``, on torch's generators.

``Generator`` is a class, so it is written directly against ``tnp_core.extending``
(``as_tensor``, ``wrap``, ``default_device``) rather than through ``normalize``; the
sampling itself is in ``_random_impl``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import SupportsIndex, TypeAlias

import torch

from tnp_core.extending import (
    DTypeLike,
    as_tensor,
    default_device,
    default_float_dtype,
    ndarray,
    to_torch_dtype,
    wrap,
)

from . import _random_impl as _impl

__all__ = ["Generator", "default_rng"]

SeedLike: TypeAlias = "SupportsIndex | Sequence[SupportsIndex] | None"
SizeLike: TypeAlias = "SupportsIndex | Sequence[SupportsIndex] | None"

_RANDOM_DTYPES = (torch.float32, torch.float64)


def _dtype_name(dt: torch.dtype) -> str:
    return str(dt).removeprefix("torch.")


class Generator:
    """A source of random numbers, as ``numpy.random.Generator``; make one with ``default_rng``.

    NumPy's Generator wraps a bit generator (PCG64). tnp's wraps torch's generators instead:
    one ``torch.Generator`` per device, made on that device the first time numbers are drawn
    there and seeded with this Generator's seed. So a seed gives the same stream every time
    on a given device, but not NumPy's stream, and there is no ``bit_generator`` attribute.
    ``Generator(seed)`` takes the seeds ``default_rng`` takes.
    """

    __slots__ = ("_streams",)

    def __init__(self, seed: SeedLike = None) -> None:
        self._streams = _impl.Streams(_impl.rng_seed(seed))

    def __repr__(self) -> str:
        return f"{self} at 0x{id(self):X}"

    def __str__(self) -> str:
        return "Generator(torch.Generator)"

    def random(
        self, size: SizeLike = None, dtype: DTypeLike = None, out: ndarray | None = None
    ) -> ndarray:
        """Floats uniform on ``[0, 1)``, as ``numpy.random.Generator.random``.

        ``size`` is an int or a tuple of ints; None gives a 0-D array (tnp's scalars are
        0-D arrays). ``dtype`` is float64 or float32 (``TypeError`` for anything else); None
        is the default float dtype, float64 unless changed, as NumPy's default. With
        ``out=``, a contiguous array of that dtype (and of shape ``size`` if both are given)
        is filled in place, on its own device, and returned. New arrays go to the default
        device.
        """
        target = default_float_dtype() if dtype is None else to_torch_dtype(dtype)
        if target not in _RANDOM_DTYPES:
            raise TypeError(f"Unsupported dtype dtype('{_dtype_name(target)}') for random")
        if out is None:
            t = _impl.uniform(self._streams, _impl.shape_of_size(size), target, default_device())
            result: ndarray = wrap(t)
            return result
        if not isinstance(out, ndarray):
            raise ValueError(
                "Supplied output array must be contiguous, writable, aligned, and in machine "
                "byte-order."
            )
        buffer = as_tensor(out)
        if buffer.dtype is not target:
            raise TypeError(
                "Supplied output array has the wrong type. Expected "
                f"{_dtype_name(target)}, got {_dtype_name(buffer.dtype)}"
            )
        if size is not None and _impl.shape_of_size(size) != tuple(buffer.shape):
            raise ValueError("size must match out.shape when used together")
        if not buffer.is_contiguous():
            raise ValueError(
                "Supplied output array must be contiguous, writable, aligned, and in machine "
                "byte-order."
            )
        buffer.copy_(_impl.uniform(self._streams, tuple(buffer.shape), target, buffer.device))
        return out


def default_rng(seed: Generator | SeedLike = None) -> Generator:
    """A new ``Generator`` seeded with ``seed``, as ``numpy.random.default_rng``.

    ``seed`` is None (fresh entropy from the operating system), a non-negative int of any
    size, or a sequence of them; a negative int raises ``ValueError`` and anything else
    ``TypeError``. A ``Generator`` is returned unaltered. Equal seeds give equal streams on
    a given device; the streams are torch's, not NumPy's PCG64 ones.
    """
    if isinstance(seed, Generator):
        return seed
    return Generator(seed)
