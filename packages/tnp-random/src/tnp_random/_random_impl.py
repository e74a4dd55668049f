"""Tensor implementations of ``numpy.random``: seeds and torch generators in, tensors out.

Only torch and the standard library are imported here. Random numbers come from torch's own
generators: a ``Streams`` object holds one 64-bit seed and lazily makes one
``torch.Generator`` per device, created on that device and seeded with that seed. A seed
therefore gives the same numbers every time on a given device (and torch version), but not
the same numbers as NumPy, whose bit generators torch does not have, nor necessarily the
same numbers on two different devices. On the CPU, where ``manual_seed`` keeps only 32 bits,
a seed of 2**32 or more fills mt19937's words from all its 64 bits instead.

Nothing here reads a device tensor back to the host: sampling never synchronises an
accelerator. Argument checks that need values (``low >= high`` for array bounds, ``p`` for
``choice``) are the wrapper's business.
"""

from __future__ import annotations

import hashlib
import operator
import os
from collections.abc import Callable, Iterable
from typing import SupportsIndex

import torch

__all__ = [
    "INT64_MAX",
    "INT64_MIN",
    "Streams",
    "bounded_integers",
    "choice_indices",
    "entropy_seed",
    "hashed_seed",
    "index_or_none",
    "legacy_seed",
    "permuted",
    "random63",
    "randperm",
    "shape_of_args",
    "shape_of_size",
    "uniform",
    "wrap_int64",
]

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
_UINT32_MAX = 2**32 - 1


# ----------------------------------------------------------------------------- seeds
def entropy_seed() -> int:
    """A 64-bit seed from the operating system's entropy source."""
    return int.from_bytes(os.urandom(8), "little")


def hashed_seed(entropy: Iterable[int], salt: bytes = b"") -> int:
    """A 64-bit seed that depends on every int of ``entropy``, on their order and on ``salt``."""
    digest = hashlib.sha256(salt)
    for value in entropy:
        digest.update(value.to_bytes((value.bit_length() + 8) // 8 + 1, "little", signed=True))
        digest.update(b";")
    return int.from_bytes(digest.digest()[:8], "little")


def index_or_none(value: object) -> int | None:
    """``operator.index(value)``, or None for anything that is not one integer."""
    if not isinstance(value, SupportsIndex):
        return None
    try:
        return operator.index(value)
    except (TypeError, ValueError):  # e.g. an array of more than one element
        return None


def _entropy_ints(value: object, error: Callable[[object], Exception]) -> list[int]:
    """The ints of an int or a (flat) sequence of ints."""
    single = index_or_none(value)
    if single is not None:
        return [single]
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise error(value)
    entropy = []
    for v in value:
        i = index_or_none(v)
        if i is None:
            raise error(v)
        entropy.append(i)
    return entropy


def legacy_seed(value: object) -> int:
    """The torch seed for ``numpy.random.seed(value)``: None, or ints in [0, 2**32)."""
    if value is None:
        return entropy_seed()

    def error(v: object) -> Exception:
        return TypeError(f"seed must be an integer or a sequence of integers, not {v!r}")

    entropy = _entropy_ints(value, error)
    if not entropy:
        raise ValueError("Seed must be non-empty")
    if any(not 0 <= v <= _UINT32_MAX for v in entropy):
        raise ValueError("Seed must be between 0 and 2**32 - 1")
    # As in NumPy's MT19937, seed(5) and seed([5]) are different streams; seed(5) is the
    # stream torch.manual_seed(5) gives.
    return entropy[0] if index_or_none(value) is not None else hashed_seed(entropy, b"legacy")


# torch's CPU generator state: a 24-byte header, then mt19937's 624 words as uint64
_CPU_STATE_BYTES = 5056
_MT_WORDS = slice(24, 24 + 624 * 8)


def _seed_all_64_bits(gen: torch.Generator, seed: int) -> None:
    """Fill a CPU generator's mt19937 words from all 64 bits of ``seed``.

    ``manual_seed`` on the CPU keeps only the low 32 bits, so seeds that differ above them
    would share a stream. The words come from SHAKE-256 of the seed. If torch's state
    layout is not the one expected, the generator keeps ``manual_seed``'s state.
    """
    state = gen.get_state()
    if state.numel() != _CPU_STATE_BYTES:
        return
    digest = bytearray(hashlib.shake_256(seed.to_bytes(8, "little")).digest(624 * 4))
    words = torch.frombuffer(digest, dtype=torch.int32).to(torch.int64) & _UINT32_MAX
    state[_MT_WORDS] = words.view(torch.uint8)
    gen.set_state(state)


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
        gen = self._generators.get(device)
        if gen is not None:
            return gen
        index: int | None = device.index
        if index is None and device.type not in ("cpu", "meta"):
            # "cuda" means the current CUDA device: key the stream by the actual one
            if device.type == "cuda":
                device = torch.device("cuda", torch.cuda.current_device())
            else:
                device = torch.empty(0, device=device).device
            gen = self._generators.get(device)
            if gen is not None:
                return gen
        gen = torch.Generator(device=device)
        gen.manual_seed(self.seed)
        if device.type == "cpu" and self.seed > _UINT32_MAX:
            _seed_all_64_bits(gen, self.seed)
        self._generators[device] = gen
        return gen

    def get_state(self) -> dict[str, torch.Tensor]:
        """The state of every stream started so far, by device name."""
        return {str(dev): gen.get_state() for dev, gen in self._generators.items()}

    def set_state(self, seed: int, states: dict[str, torch.Tensor]) -> None:
        """Restore ``seed`` and the streams of ``get_state`` (others start afresh)."""
        self.reseed(seed)
        for name, state in states.items():
            self.on(torch.device(name)).set_state(state)


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
    if type(size) is int:
        shape: tuple[int, ...] = (size,)
    else:
        single = index_or_none(size)
        if single is not None:
            shape = (single,)
        else:
            dims = (
                [index_or_none(d) for d in size]
                if isinstance(size, Iterable) and not isinstance(size, (str, bytes))
                else [None]
            )
            if None in dims:
                raise TypeError(
                    f"expected a sequence of integers or a single integer, got '{size}'"
                )
            shape = tuple(d for d in dims if d is not None)
    for d in shape:
        if d < 0:
            raise ValueError("negative dimensions are not allowed")
    return shape


# ----------------------------------------------------------------------------- sampling
def uniform(
    gen: torch.Generator, shape: tuple[int, ...], dtype: torch.dtype, device: torch.device
) -> torch.Tensor:
    """Floats uniform on [0, 1)."""
    return torch.rand(shape, generator=gen, dtype=dtype, device=device)


def random63(gen: torch.Generator, shape: tuple[int, ...], device: torch.device) -> torch.Tensor:
    """int64 uniform on [0, 2**63)."""
    return torch.empty(shape, dtype=torch.int64, device=device).random_(generator=gen)


def wrap_int64(value: int) -> int:
    """``value`` (in [-2**63, 2**64)) as the int64 with the same low 64 bits."""
    return value - 2**64 if value > INT64_MAX else value


def _offsets_below(gen: torch.Generator, m: torch.Tensor) -> torch.Tensor:
    """int64 uniform on [0, m] for ``m`` in [0, 2**63), element-wise (``m`` broadcast)."""
    r = random63(gen, tuple(m.shape), m.device)
    full = m == INT64_MAX
    return torch.where(full, r, r % torch.where(full, 1, m + 1))


def bounded_integers(
    gen: torch.Generator, low: torch.Tensor, high_incl: torch.Tensor, shape: tuple[int, ...]
) -> torch.Tensor:
    """int64 (read as 64-bit two's complement words) uniform on ``[low, high_incl]``.

    ``low`` and ``high_incl`` are int64 tensors holding the low 64 bits of the bounds, which
    broadcast to ``shape``; the true bounds satisfy ``low <= high_incl`` and
    ``high_incl - low < 2**64``. Spans below 2**63 take one 63-bit draw reduced modulo the
    span (a bias below span / 2**63, as torch's ``randint``); wider spans mix a 63-bit
    draw with a draw above 2**63 in the right proportion.
    """
    low = low.expand(shape)
    m = (high_incl - low).expand(shape).contiguous()  # the span minus one, wrapped
    device = m.device
    small = _offsets_below(gen, m.clamp(min=0))
    if m.numel() == 0 or (device.type == "cpu" and not bool((m < 0).any())):
        return low + small
    # spans above 2**63: [0, 2**63) with probability 2**63 / span, else 2**63 + [0, span - 2**63)
    upper = _offsets_below(gen, torch.where(m < 0, m - INT64_MIN, 0)) + INT64_MIN
    span = m.to(torch.float64) + (2.0**64 + 1.0)
    u = torch.rand(shape, generator=gen, dtype=torch.float64, device=device)
    big = torch.where(u * span < 2.0**63, random63(gen, shape, device), upper)
    return low + torch.where(m < 0, big, small)


def randperm(gen: torch.Generator, n: int, device: torch.device) -> torch.Tensor:
    """A random permutation of ``range(n)`` (int64)."""
    return torch.randperm(n, generator=gen, device=device)


def permuted(gen: torch.Generator, t: torch.Tensor, axis: int | None) -> torch.Tensor:
    """``t`` with each 1-D slice along ``axis`` (the flattened ``t`` for None) shuffled alone."""
    if axis is None:
        flat = t.reshape(-1)
        return flat[randperm(gen, flat.numel(), t.device)].reshape(t.shape)
    keys = random63(gen, tuple(t.shape), t.device)
    return torch.take_along_dim(t, keys.argsort(dim=axis), dim=axis)


def choice_indices(
    gen: torch.Generator,
    n: int,
    count: int,
    replace: bool,
    p: torch.Tensor | None,
    device: torch.device,
) -> torch.Tensor:
    """``count`` int64 indices into a population of ``n`` (weights ``p``, already checked)."""
    if p is None:
        if replace:
            return torch.randint(0, n, (count,), generator=gen, device=device)
        return randperm(gen, n, device)[:count]
    if replace:
        cdf = p.to(torch.float64).cumsum(0)
        u = torch.rand((count,), generator=gen, dtype=torch.float64, device=device)
        return torch.searchsorted(cdf, u * cdf[-1], right=True).clamp_(max=n - 1)
    # successive weighted draws without replacement, as an exponential race: item i's key
    # is E_i / p_i with E_i exponential, and the ``count`` smallest keys win in order
    e = torch.empty((n,), dtype=torch.float64, device=device).exponential_(generator=gen)
    keys = e / p.to(torch.float64)
    return torch.topk(keys, count, largest=False, sorted=True).indices
