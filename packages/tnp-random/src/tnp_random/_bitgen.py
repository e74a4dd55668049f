"""``SeedSequence``, ``BitGenerator`` and the named bit generators of ``numpy.random``.

``SeedSequence`` is NumPy's: the same entropy pool, the same ``generate_state`` words and
the same ``spawn`` tree, so seeds and spawn keys mean what they mean in NumPy.

The bit generators are where tnp differs. NumPy's ``PCG64``, ``PCG64DXSM``, ``MT19937``,
``Philox`` and ``SFC64`` each implement their own algorithm; tnp's draw from torch's
generators (``mt19937`` on the CPU, Philox on CUDA), one per device, all seeded from a
64-bit key that the seed sequence gives. The class names keep NumPy's seeding interface
(``seed_seq``, ``spawn``, ``state``, ``jumped``, ``lock``) and give distinct streams for
the same seed, but not NumPy's numbers. The 64-bit key is used whole on every device (on
the CPU by filling mt19937's words from it, since ``manual_seed`` there keeps 32 bits).
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar, SupportsIndex, TypeAlias

import torch

from tnp_core.extending import default_device, ndarray, to_torch_dtype, wrap

from . import _random_impl as _impl

__all__ = [
    "MT19937",
    "PCG64",
    "PCG64DXSM",
    "SFC64",
    "BitGenerator",
    "Philox",
    "SeedSequence",
]

SeedLike: TypeAlias = "SupportsIndex | Sequence[SupportsIndex] | SeedSequence | None"

# the constants of the seed sequence hash (O'Neill's seed_seq_fe design, as NumPy uses)
_MASK32 = 0xFFFFFFFF
_INIT_A = 0x43B0D7E5
_MULT_A = 0x931E8875
_INIT_B = 0x8B51F9DD
_MULT_B = 0x58F38DED
_MIX_MULT_L = 0xCA01F9DD
_MIX_MULT_R = 0x4973F715
_XSHIFT = 16
_DEFAULT_POOL_SIZE = 4


def _words32(value: int) -> list[int]:
    """A non-negative int as its little-endian 32-bit words (0 is one word)."""
    if value < 0:
        raise ValueError("expected non-negative integer")
    words = [value & _MASK32]
    value >>= 32
    while value:
        words.append(value & _MASK32)
        value >>= 32
    return words


def _entropy_words(value: object, *, for_spawn_key: bool = False) -> list[int]:
    """The 32-bit words NumPy's seed sequence hashes for an int or a sequence of ints."""
    single = _impl.index_or_none(value)
    if single is not None:
        return _words32(single)
    if isinstance(value, ndarray):
        value = value.tolist()
    if isinstance(value, (str, bytes, float)) or not isinstance(value, Iterable):
        raise TypeError(f"SeedSequence expects int or sequence of ints for entropy not {value}")
    words: list[int] = []
    for v in value:
        i = _impl.index_or_none(v)
        if i is None:
            raise TypeError("seed must be integer")
        words.extend(_words32(i))
    return words


def _hashmix(value: int, hash_const: list[int]) -> int:
    value = (value ^ hash_const[0]) & _MASK32
    hash_const[0] = (hash_const[0] * _MULT_A) & _MASK32
    value = (value * hash_const[0]) & _MASK32
    return value ^ (value >> _XSHIFT)


def _mix(x: int, y: int) -> int:
    result = (_MIX_MULT_L * x - _MIX_MULT_R * y) & _MASK32
    return result ^ (result >> _XSHIFT)


def _mix_pool(pool_size: int, entropy: list[int]) -> list[int]:
    hash_const = [_INIT_A]
    pool = [_hashmix(entropy[i] if i < len(entropy) else 0, hash_const) for i in range(pool_size)]
    for i_src in range(pool_size):
        for i_dst in range(pool_size):
            if i_src != i_dst:
                pool[i_dst] = _mix(pool[i_dst], _hashmix(pool[i_src], hash_const))
    for i_src in range(pool_size, len(entropy)):
        for i_dst in range(pool_size):
            pool[i_dst] = _mix(pool[i_dst], _hashmix(entropy[i_src], hash_const))
    return pool


class SeedSequence:
    """Mixes entropy into seeds for bit generators, as ``numpy.random.SeedSequence``.

    ``entropy`` is None (128 bits from the operating system's ``secrets``), a non-negative
    int or a sequence of them; ``spawn_key`` names this sequence's place in a spawn tree.
    ``generate_state`` gives exactly the words NumPy's ``SeedSequence`` gives for the same
    arguments (as a tnp array on the default device).
    """

    __slots__ = ("_pool", "entropy", "n_children_spawned", "pool_size", "spawn_key")

    def __init__(
        self,
        entropy: SupportsIndex | Sequence[SupportsIndex] | None = None,
        *,
        spawn_key: Sequence[SupportsIndex] = (),
        pool_size: int = _DEFAULT_POOL_SIZE,
        n_children_spawned: int = 0,
    ) -> None:
        if pool_size < _DEFAULT_POOL_SIZE:
            raise ValueError(
                f"The size of the entropy pool should be at least {_DEFAULT_POOL_SIZE}"
            )
        if entropy is None:
            entropy = secrets.randbits(pool_size * 32)
        run_words = _entropy_words(entropy)
        key = tuple(operator_index(k) for k in spawn_key)
        spawn_words = _entropy_words(list(key)) if key else []
        if spawn_words and len(run_words) < pool_size:
            run_words = run_words + [0] * (pool_size - len(run_words))
        self.entropy: Any = entropy
        self.spawn_key: tuple[int, ...] = key
        self.pool_size = int(pool_size)
        self.n_children_spawned = int(n_children_spawned)
        self._pool = _mix_pool(self.pool_size, run_words + spawn_words)

    def __repr__(self) -> str:
        lines = ["SeedSequence(", f"    entropy={self.entropy!r},"]
        if self.spawn_key:
            lines.append(f"    spawn_key={self.spawn_key!r},")
        if self.pool_size != _DEFAULT_POOL_SIZE:
            lines.append(f"    pool_size={self.pool_size!r},")
        if self.n_children_spawned:
            lines.append(f"    n_children_spawned={self.n_children_spawned!r},")
        lines.append(")")
        return "\n".join(lines)

    @property
    def state(self) -> dict[str, Any]:
        """The constructor arguments that recreate this sequence, as NumPy's ``state``."""
        return {
            "entropy": self.entropy,
            "spawn_key": self.spawn_key,
            "pool_size": self.pool_size,
            "n_children_spawned": self.n_children_spawned,
        }

    @property
    def pool(self) -> ndarray:
        """The mixed entropy pool: ``pool_size`` uint32 words."""
        words = torch.tensor(self._pool, dtype=torch.int64, device=default_device())
        result: ndarray = wrap(words.to(torch.uint32))
        return result

    def words(self, n_words: int) -> list[int]:
        """``generate_state(n_words)`` as Python ints (uint32 words)."""
        hash_const = _INIT_B
        out = []
        for i in range(n_words):
            value = self._pool[i % self.pool_size] ^ hash_const
            hash_const = (hash_const * _MULT_B) & _MASK32
            value = (value * hash_const) & _MASK32
            out.append(value ^ (value >> _XSHIFT))
        return out

    def generate_state(self, n_words: SupportsIndex, dtype: Any = "uint32") -> ndarray:
        """``n_words`` seed words of dtype uint32 or uint64, as NumPy's ``generate_state``.

        The values equal NumPy's. The array goes to the default device.
        """
        n = operator_index(n_words)
        if n < 0:
            raise ValueError("negative dimensions are not allowed")
        target = to_torch_dtype(dtype)
        if target is torch.uint32:
            values = self.words(n)
        elif target is torch.uint64:
            w = self.words(2 * n)
            values = [_impl.wrap_int64(w[2 * i] | (w[2 * i + 1] << 32)) for i in range(n)]
        else:
            raise ValueError("only support uint32 or uint64")
        t = torch.tensor(values, dtype=torch.int64, device=default_device())
        result: ndarray = wrap(t.to(torch.uint32) if target is torch.uint32 else t.view(target))
        return result

    def spawn(self, n_children: SupportsIndex) -> list[SeedSequence]:
        """``n_children`` child sequences, as NumPy's ``spawn`` (same keys, same words)."""
        n = operator_index(n_children)
        start = self.n_children_spawned
        children = [
            SeedSequence(
                self.entropy, spawn_key=(*self.spawn_key, start + i), pool_size=self.pool_size
            )
            for i in range(n)
        ]
        self.n_children_spawned += n
        return children


def operator_index(value: object) -> int:
    """``operator.index`` with NumPy's ``TypeError`` for non-integers."""
    i = _impl.index_or_none(value)
    if i is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return i


class BitGenerator:
    """The base of tnp's bit generators, as ``numpy.random.BitGenerator``.

    A bit generator here is a seed (from a ``SeedSequence``) and the torch generators drawn
    from it, one per device, made on first use. It cannot be instantiated itself; use
    ``PCG64`` (what ``default_rng`` uses), ``PCG64DXSM``, ``MT19937``, ``Philox`` or ``SFC64``.

    ``state`` is a dict in tnp's own format (NumPy's holds the algorithm's words)::

        {"bit_generator": "PCG64",
         "state": {"seed": <int, the 64-bit torch seed>,
                   "streams": {<device name>: <torch.uint8 tensor from
                                               torch.Generator.get_state()>}}}

    Setting it restores the seed and each listed device's stream; devices not listed start
    from the seed again. ``lock`` is a ``threading.RLock`` shared by the Generators that use
    this bit generator; tnp's sampling does not take it (torch's generators are safe to
    share between threads).
    """

    _salt: ClassVar[bytes] = b""

    def __init__(self, seed: SeedLike = None) -> None:
        if type(self) is BitGenerator:
            raise NotImplementedError("BitGenerator is a base class and cannot be instantized")
        seq = seed if isinstance(seed, SeedSequence) else SeedSequence(seed)
        self._seed_seq: SeedSequence | None = seq
        self._jumps = 0
        self._streams = _impl.Streams(self._key())
        self.lock = threading.RLock()

    def _key(self) -> int:
        """The torch seed: the seed sequence's words, this class and the jump count."""
        assert self._seed_seq is not None
        return _impl.hashed_seed([*self._seed_seq.words(4), self._jumps], self._salt)

    @classmethod
    def _from_legacy_seed(cls, seed: object) -> BitGenerator:
        """A bit generator seeded as ``RandomState(seed)`` seeds its MT19937."""
        bg = cls.__new__(cls)
        bg._seed_seq = None
        bg._jumps = 0
        bg._streams = _impl.Streams(_impl.legacy_seed(seed))
        bg.lock = threading.RLock()
        return bg

    def _legacy_seeding(self, seed: object) -> None:
        """Seed as ``RandomState(seed)`` does: no seed sequence, ``legacy_seed``'s key."""
        self._seed_seq = None
        self._jumps = 0
        self._streams.reseed(_impl.legacy_seed(seed))

    @property
    def seed_seq(self) -> SeedSequence:
        """The ``SeedSequence`` this bit generator was seeded from."""
        if self._seed_seq is None:
            raise AttributeError(
                f"this {type(self).__name__} was seeded the legacy way and has no seed sequence"
            )
        return self._seed_seq

    def spawn(self, n_children: SupportsIndex) -> list[BitGenerator]:
        """``n_children`` new bit generators of this class from spawned seed sequences."""
        if self._seed_seq is None:
            raise TypeError("The underlying SeedSequence does not implement spawning.")
        return [type(self)(child) for child in self._seed_seq.spawn(n_children)]

    @property
    def state(self) -> dict[str, Any]:
        """The seed and the state of each device's stream (tnp's format, see the class)."""
        return {
            "bit_generator": type(self).__name__,
            "state": {"seed": self._streams.seed, "streams": self._streams.get_state()},
        }

    @state.setter
    def state(self, value: dict[str, Any]) -> None:
        name = type(self).__name__
        if not isinstance(value, dict):
            raise TypeError("state must be a dict")
        if value.get("bit_generator") != name:
            raise ValueError(f"state must be for a {name} PRNG")
        try:
            inner = value["state"]
            seed = int(inner["seed"])
            streams = dict(inner["streams"])
        except (KeyError, TypeError, ValueError):
            raise ValueError("state is not a valid tnp bit generator state") from None
        self._streams.set_state(seed, streams)

    def __getstate__(self) -> dict[str, Any]:
        return {"state": self.state, "seed_seq": self._seed_seq, "jumps": self._jumps}

    def __setstate__(self, value: dict[str, Any]) -> None:
        self._seed_seq = value["seed_seq"]
        self._jumps = value["jumps"]
        self._streams = _impl.Streams(0)
        self.lock = threading.RLock()
        self.state = value["state"]

    def __reduce__(self) -> tuple[Any, ...]:
        return (_unpickle, (type(self),), self.__getstate__())


def _unpickle(cls: type[BitGenerator]) -> BitGenerator:
    return cls.__new__(cls)


class _Jumpable(BitGenerator):
    def jumped(self, jumps: SupportsIndex = 1) -> BitGenerator:
        """A new bit generator whose stream is independent of this one.

        NumPy moves a copy of the state ahead by ``jumps`` times a huge stride. tnp's streams
        are torch's, which cannot jump, so the result is a fresh stream keyed by this one's
        seed and the total jump count: ``jumped(2)`` equals ``jumped(1).jumped(1)``, and the
        draws already taken from this bit generator do not change it.
        """
        n = operator_index(jumps)
        if n < 0:
            raise ValueError("jumps must be non-negative")
        if self._seed_seq is None:
            child: BitGenerator = type(self).__new__(type(self))
            child._seed_seq = None
            child._jumps = self._jumps + n
            child._streams = _impl.Streams(
                _impl.hashed_seed([self._streams.seed, child._jumps], self._salt + b"jump")
            )
            child.lock = threading.RLock()
            return child
        child = type(self)(self._seed_seq)
        child._jumps = self._jumps + n
        child._streams.reseed(child._key())
        return child


class PCG64(_Jumpable):
    """NumPy's default bit generator's name and seeding; the numbers are torch's.

    See ``BitGenerator`` for what tnp's bit generators are and how they differ.
    """

    _salt = b"PCG64"


class PCG64DXSM(_Jumpable):
    """``numpy.random.PCG64DXSM``'s name and seeding; the numbers are torch's.

    See ``BitGenerator`` for what tnp's bit generators are and how they differ.
    """

    _salt = b"PCG64DXSM"


class MT19937(_Jumpable):
    """``numpy.random.MT19937``'s name and seeding; the numbers are torch's.

    See ``BitGenerator``. ``RandomState(seed)`` seeds one the legacy way, in which case
    ``seed_seq`` is absent.
    """

    _salt = b"MT19937"


class Philox(_Jumpable):
    """``numpy.random.Philox``'s name and seeding; the numbers are torch's.

    See ``BitGenerator``. NumPy's ``counter`` and ``key`` arguments are not supported.
    """

    _salt = b"Philox"


class SFC64(BitGenerator):
    """``numpy.random.SFC64``'s name and seeding; the numbers are torch's.

    See ``BitGenerator``. As in NumPy, it has no ``jumped``.
    """

    _salt = b"SFC64"
