"""Tensor implementations of ``numpy.random``: seeds in, tensors out.

Only torch and the standard library are imported here. Random numbers come from torch's own
generators: a ``Streams`` object holds one seed and lazily makes one ``torch.Generator`` per
device, created on that device and seeded with that seed. A seed therefore gives the same
numbers every time on a given device (and torch version), but not the same numbers as NumPy,
whose bit generators (MT19937 for the legacy functions, PCG64 for ``default_rng``) torch
does not have, nor necessarily the same numbers on two different devices.

Seeds are checked as NumPy checks them and then reduced to one 64-bit torch seed: an int
below 2**32 is used as it is, anything else (larger ints, sequences of ints) is hashed. Note
that torch's CPU generator uses only the low 32 bits of its seed, so two different hashed
seeds give the same CPU stream with probability 2**-32.
"""

from __future__ import annotations

import hashlib
import operator
import os
from collections.abc import Callable, Iterable
from typing import SupportsIndex

import torch

__all__ = [
    "Streams",
    "bind_defaults",
    "legacy_seed",
    "normal",
    "rand",
    "randn",
    "rng_seed",
    "seed",
    "shape_of_args",
    "shape_of_size",
    "uniform",
]


def _float64() -> torch.dtype:
    return torch.float64


_default_float: Callable[[], torch.dtype] = _float64
_default_device: Callable[[], torch.device] = torch.get_default_device


def bind_defaults(
    default_float: Callable[[], torch.dtype], default_device: Callable[[], torch.device]
) -> None:
    """Use these for the dtype and device of ``rand`` and ``randn``."""
    global _default_float, _default_device
    _default_float = default_float
    _default_device = default_device


# ----------------------------------------------------------------------------- seeds
_UINT32_MAX = 2**32 - 1


def _entropy_seed() -> int:
    return int.from_bytes(os.urandom(8), "little")


def _hashed_seed(entropy: list[int]) -> int:
    """A 64-bit seed that depends on every int of ``entropy`` and on their order."""
    digest = hashlib.sha256()
    for value in entropy:
        digest.update(value.to_bytes((value.bit_length() + 8) // 8 + 1, "little"))
        digest.update(b";")
    return int.from_bytes(digest.digest()[:8], "little")


def _from_entropy(entropy: list[int]) -> int:
    """As NumPy's SeedSequence, an int and the one-element list of it are the same seed."""
    if len(entropy) == 1 and entropy[0] <= _UINT32_MAX:
        return entropy[0]
    return _hashed_seed(entropy)


def _index(value: object) -> int | None:
    """``operator.index(value)``, or None for anything that is not one integer."""
    if not isinstance(value, SupportsIndex):
        return None
    try:
        return operator.index(value)
    except TypeError:  # e.g. an array of more than one element
        return None


def _entropy_ints(value: object, error: Callable[[object], Exception]) -> list[int]:
    """The ints of an int or a (flat) sequence of ints."""
    single = _index(value)
    if single is not None:
        return [single]
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise error(value)
    entropy = []
    for v in value:
        i = _index(v)
        if i is None:
            raise error(v)
        entropy.append(i)
    return entropy


def legacy_seed(value: object) -> int:
    """The torch seed for ``numpy.random.seed(value)``: None, or ints in [0, 2**32)."""
    if value is None:
        return _entropy_seed()

    def error(v: object) -> Exception:
        return TypeError(f"seed must be an integer or a sequence of integers, not {v!r}")

    entropy = _entropy_ints(value, error)
    if not entropy:
        raise ValueError("Seed must be non-empty")
    if any(not 0 <= v <= _UINT32_MAX for v in entropy):
        raise ValueError("Seed must be between 0 and 2**32 - 1")
    # As in NumPy's MT19937, seed(5) and seed([5]) are different streams.
    return entropy[0] if _index(value) is not None else _hashed_seed(entropy)


def rng_seed(value: object) -> int:
    """The torch seed for ``numpy.random.default_rng(value)``: None, or non-negative ints."""
    if value is None:
        return _entropy_seed()

    def error(v: object) -> Exception:
        return TypeError(f"SeedSequence expects int or sequence of ints for entropy not {v}")

    entropy = _entropy_ints(value, error)
    if any(v < 0 for v in entropy):
        raise ValueError("expected non-negative integer")
    return _from_entropy(entropy)


class Streams:
    """One seed and, made on first use, a ``torch.Generator`` per device seeded with it."""

    __slots__ = ("_generators", "seed")

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self._generators: dict[torch.device, torch.Generator] = {}

    def reseed(self, seed: int) -> None:
        """Start every device's stream again from ``seed``."""
        self.seed = seed
        self._generators.clear()

    def on(self, device: torch.device) -> torch.Generator:
        """The generator for ``device``."""
        index: int | None = device.index
        if index is None and device.type not in ("cpu", "meta"):
            # "cuda" means the current CUDA device: key the stream by the actual one
            device = torch.empty(0, device=device).device
        gen = self._generators.get(device)
        if gen is None:
            gen = torch.Generator(device=device)
            gen.manual_seed(self.seed)
            self._generators[device] = gen
        return gen


# ----------------------------------------------------------------------------- shapes
def shape_of_args(args: tuple[object, ...]) -> tuple[int, ...]:
    """The shape ``rand(d0, d1, ...)`` makes: ints, none of them negative."""
    shape = tuple(operator.index(d) for d in args)  # type: ignore[arg-type]
    if any(d < 0 for d in shape):
        raise ValueError("negative dimensions are not allowed")
    return shape


def shape_of_size(size: object) -> tuple[int, ...]:
    """The shape a ``size=`` argument asks for: None is a single value (shape ``()``)."""
    if size is None:
        return ()
    single = _index(size)
    if single is not None:
        shape: tuple[int, ...] = (single,)
    else:
        dims = (
            [_index(d) for d in size]
            if isinstance(size, Iterable) and not isinstance(size, (str, bytes))
            else [None]
        )
        if None in dims:
            raise TypeError(f"expected a sequence of integers or a single integer, got '{size}'")
        shape = tuple(d for d in dims if d is not None)
    if any(d < 0 for d in shape):
        raise ValueError("negative dimensions are not allowed")
    return shape


# ----------------------------------------------------------------------------- sampling
def uniform(
    streams: Streams, shape: tuple[int, ...], dtype: torch.dtype, device: torch.device
) -> torch.Tensor:
    """Floats uniform on [0, 1)."""
    return torch.rand(shape, generator=streams.on(device), dtype=dtype, device=device)


def normal(
    streams: Streams, shape: tuple[int, ...], dtype: torch.dtype, device: torch.device
) -> torch.Tensor:
    """Standard normal floats (mean 0, variance 1)."""
    return torch.randn(shape, generator=streams.on(device), dtype=dtype, device=device)


# ----------------------------------------------------------------------------- legacy state
_legacy = Streams(_entropy_seed())


def seed(seed: object) -> None:
    """``numpy.random.seed``: restart the global stream from ``seed`` (entropy for None)."""
    _legacy.reseed(legacy_seed(seed))


def rand(shape: tuple[object, ...]) -> torch.Tensor:
    """``numpy.random.rand(*shape)`` from the global stream."""
    return uniform(_legacy, shape_of_args(shape), _default_float(), _default_device())


def randn(shape: tuple[object, ...]) -> torch.Tensor:
    """``numpy.random.randn(*shape)`` from the global stream."""
    return normal(_legacy, shape_of_args(shape), _default_float(), _default_device())
