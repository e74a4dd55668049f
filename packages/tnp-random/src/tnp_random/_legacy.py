"""``numpy.random.RandomState`` and the module-level functions bound to one global instance.

As in NumPy, ``numpy.random.rand`` and friends are the methods of one hidden
``RandomState``; ``seed`` restarts it. The streams are torch's (see ``_bitgen``): a seed
reproduces them on a given device, and ``seed(n)`` with an int is the stream
``torch.manual_seed(n)`` starts, not NumPy's MT19937 stream.
"""

from __future__ import annotations

import builtins
import warnings
from collections.abc import MutableSequence, Sequence
from typing import Any, ClassVar, NoReturn, SupportsIndex, TypeAlias

import torch

from tnp_core.extending import DTypeLike, default_float_dtype, ndarray, wrap

from . import _random_impl as _impl
from ._bitgen import MT19937, BitGenerator
from ._distributions import DistributionMethods
from ._generator import (
    IntBound,
    _integer_dtype,
    bytes_of,
    choice_tensor,
    integers_tensor,
    output_device,
    permutation_tensor,
    shuffle_in_place,
)

__all__ = [
    "RandomState",
    "beta",
    "binomial",
    "bytes",
    "chisquare",
    "choice",
    "dirichlet",
    "exponential",
    "f",
    "gamma",
    "geometric",
    "get_state",
    "gumbel",
    "hypergeometric",
    "laplace",
    "logistic",
    "lognormal",
    "logseries",
    "multinomial",
    "multivariate_normal",
    "negative_binomial",
    "noncentral_chisquare",
    "noncentral_f",
    "normal",
    "pareto",
    "permutation",
    "poisson",
    "power",
    "rand",
    "randint",
    "randn",
    "random",
    "random_integers",
    "random_sample",
    "ranf",
    "rayleigh",
    "sample",
    "seed",
    "set_state",
    "shuffle",
    "standard_cauchy",
    "standard_exponential",
    "standard_gamma",
    "standard_normal",
    "standard_t",
    "triangular",
    "uniform",
    "vonmises",
    "wald",
    "weibull",
    "zipf",
]

SizeLike: TypeAlias = "SupportsIndex | Sequence[SupportsIndex] | None"


class _Absent:
    """A class attribute that is not there: hides a mixin method NumPy's class lacks."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name
        self._owner = owner.__name__

    def __get__(self, instance: object, owner: type | None = None) -> NoReturn:
        raise AttributeError(f"'{self._owner}' object has no attribute '{self._name}'")


class RandomState(DistributionMethods):
    """NumPy's legacy random number container, as ``numpy.random.RandomState``.

    ``RandomState(seed)`` takes None, an int in ``[0, 2**32)``, a sequence of them, or a
    tnp bit generator. The numbers come from torch's generators (one per device, see
    ``BitGenerator``): reproducible per seed and device, but not NumPy's. Arrays go to tnp's
    default device, single values are 0-D arrays, and ``get_state`` returns the bit
    generator's state dict (tnp's format; NumPy's legacy tuple holds MT19937 words).
    """

    __slots__ = ("_bit_generator", "_gen_of")
    _legacy: ClassVar[bool] = True
    multivariate_hypergeometric = _Absent()

    def __init__(self, seed: Any = None) -> None:
        bit_generator = seed if isinstance(seed, BitGenerator) else MT19937._from_legacy_seed(seed)
        self._bit_generator = bit_generator
        self._gen_of = bit_generator._streams.on

    def __repr__(self) -> str:
        return f"{self} at 0x{id(self):X}"

    def __str__(self) -> str:
        return f"RandomState({type(self._bit_generator).__name__})"

    def __getstate__(self) -> dict[str, Any]:
        return {"bit_generator": self._bit_generator}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["bit_generator"])  # type: ignore[misc]

    def __reduce__(self) -> tuple[Any, ...]:
        return (RandomState, (self._bit_generator,))

    # the contract of DistributionMethods
    def _torch_generator(self, device: torch.device) -> torch.Generator:
        """The torch generator of this state's stream on ``device``."""
        gen: torch.Generator = self._gen_of(device)
        return gen

    def _output_device(self) -> torch.device:
        """Where new arrays go: tnp's default device."""
        return output_device()

    # ------------------------------------------------------------------ state
    def seed(self, seed: Any = None) -> None:
        """Reseed, as ``RandomState.seed``: None, or ints in ``[0, 2**32)``.

        ``ValueError`` out of range, ``TypeError`` for non-integers; only a ``MT19937``-backed
        state can be reseeded (``TypeError`` otherwise), as in NumPy.
        """
        if not isinstance(self._bit_generator, MT19937):
            raise TypeError("can only re-seed a MT19937 BitGenerator")
        self._bit_generator._legacy_seeding(seed)

    def get_state(self, legacy: bool = True) -> dict[str, Any]:
        """The bit generator's state dict (tnp's format, whatever ``legacy`` says).

        NumPy returns a tuple of MT19937 words for ``legacy=True``; tnp's streams have no
        such words, so both spellings give the dict ``set_state`` takes back.
        """
        return self._bit_generator.state

    def set_state(self, state: dict[str, Any]) -> None:
        """Restore a state that ``get_state`` returned (``ValueError`` for anything else)."""
        if not isinstance(state, dict):
            raise ValueError(
                "tnp's RandomState takes the dict get_state returns, not NumPy's MT19937 tuple"
            )
        self._bit_generator.state = state

    # ------------------------------------------------------------------ floats
    def random_sample(self, size: SizeLike = None) -> ndarray:
        """Floats uniform on ``[0, 1)``, as ``RandomState.random_sample``.

        The default float dtype (float64 unless changed), on the default device; ``size``
        None gives a 0-D array.
        """
        device = output_device()
        t = _impl.uniform(
            self._gen_of(device), _impl.shape_of_size(size), default_float_dtype(), device
        )
        result: ndarray = wrap(t)
        return result

    def random(self, size: SizeLike = None) -> ndarray:
        """Floats uniform on ``[0, 1)``, as ``RandomState.random`` (``random_sample``)."""
        return self.random_sample(size)

    def rand(self, *args: SupportsIndex) -> ndarray:
        """Uniform floats on ``[0, 1)`` in an array of shape ``args``, as ``rand``.

        ``rand()`` gives a 0-D array. dtype and device as ``random_sample``.
        """
        device = output_device()
        shape = args if all(type(d) is int and d >= 0 for d in args) else _impl.shape_of_args(args)
        t = torch.rand(
            shape,  # type: ignore[arg-type]
            generator=self._gen_of(device),
            dtype=default_float_dtype(),
            device=device,
        )
        result: ndarray = wrap(t)
        return result

    def randn(self, *args: SupportsIndex) -> ndarray:
        """Standard normal floats in an array of shape ``args``, as ``randn``.

        ``randn()`` gives a 0-D array. dtype and device as ``random_sample``.
        """
        device = output_device()
        shape = _impl.shape_of_args(args)
        t = torch.randn(
            shape, generator=self._gen_of(device), dtype=default_float_dtype(), device=device
        )
        result: ndarray = wrap(t)
        return result

    # ------------------------------------------------------------------ integers
    def randint(
        self,
        low: IntBound,
        high: IntBound | None = None,
        size: SizeLike = None,
        dtype: DTypeLike = int,
    ) -> ndarray:
        """Random integers in ``[low, high)`` (``[0, low)`` without ``high``), as ``randint``.

        Any integer dtype or bool; ``dtype=int`` is int64. Bounds broadcast; errors as
        NumPy's (``low >= high``, ``high <= 0``, out-of-bounds, ``TypeError`` for other
        dtypes).
        """
        t = integers_tensor(
            self._gen_of,
            low,
            high,
            size,
            _integer_dtype(dtype),
            False,
            "randint",
            output_device(),
        )
        result: ndarray = wrap(t)
        return result

    def random_integers(
        self, low: IntBound, high: IntBound | None = None, size: SizeLike = None
    ) -> ndarray:
        """Random int64 in ``[low, high]`` (``[1, low]`` without ``high``), as NumPy's.

        Deprecated in NumPy: it warns ``DeprecationWarning`` as NumPy does.
        """
        if high is None:
            warnings.warn(
                f"This function is deprecated. Please call randint(1, {low} + 1) instead",
                DeprecationWarning,
                stacklevel=2,
            )
            low, high = 1, low
        else:
            warnings.warn(
                f"This function is deprecated. Please call randint({low}, {high} + 1) instead",
                DeprecationWarning,
                stacklevel=2,
            )
        t = integers_tensor(
            self._gen_of, low, high, size, torch.int64, True, "randint", output_device()
        )
        result: ndarray = wrap(t)
        return result

    def tomaxint(self, size: SizeLike = None) -> ndarray:
        """Random int64 in ``[0, sys.maxsize]``, as ``RandomState.tomaxint``."""
        device = output_device()
        gen = self._gen_of(device)
        result: ndarray = wrap(_impl.random63(gen, _impl.shape_of_size(size), device))
        return result

    # ------------------------------------------------------------------ sampling
    def choice(self, a: Any, size: SizeLike = None, replace: bool = True, p: Any = None) -> ndarray:
        """Items drawn from the 1-D ``a`` (or ``arange(a)``), as ``RandomState.choice``.

        With or without replacement, with weights ``p``; NumPy's legacy error messages.
        """
        t = choice_tensor(self._gen_of, a, size, replace, p, 0, legacy=True)
        result: ndarray = wrap(t)
        return result

    def bytes(self, length: SupportsIndex) -> builtins.bytes:
        """``length`` random bytes, as ``RandomState.bytes`` (from the CPU stream)."""
        return bytes_of(self._gen_of, length)

    def shuffle(self, x: ndarray | MutableSequence[Any]) -> None:
        """Shuffle an array along its first axis, or a mutable sequence, in place."""
        shuffle_in_place(self._gen_of, x, 0, legacy=True)

    def permutation(self, x: Any) -> ndarray:
        """A shuffled ``arange(x)`` for an int, else a copy of ``x`` shuffled along axis 0."""
        result: ndarray = wrap(permutation_tensor(self._gen_of, x, 0, legacy=True))
        return result


# the global state of numpy.random's module-level functions
_rand = RandomState()

seed = _rand.seed
get_state = _rand.get_state
set_state = _rand.set_state
rand = _rand.rand
randn = _rand.randn
randint = _rand.randint
random_integers = _rand.random_integers
random_sample = _rand.random_sample
random = _rand.random
ranf = _rand.random_sample
sample = _rand.random_sample
choice = _rand.choice
bytes = _rand.bytes
shuffle = _rand.shuffle
permutation = _rand.permutation
beta = _rand.beta
binomial = _rand.binomial
chisquare = _rand.chisquare
dirichlet = _rand.dirichlet
exponential = _rand.exponential
f = _rand.f
gamma = _rand.gamma
geometric = _rand.geometric
gumbel = _rand.gumbel
hypergeometric = _rand.hypergeometric
laplace = _rand.laplace
logistic = _rand.logistic
lognormal = _rand.lognormal
logseries = _rand.logseries
multinomial = _rand.multinomial
multivariate_normal = _rand.multivariate_normal
negative_binomial = _rand.negative_binomial
noncentral_chisquare = _rand.noncentral_chisquare
noncentral_f = _rand.noncentral_f
normal = _rand.normal
pareto = _rand.pareto
poisson = _rand.poisson
power = _rand.power
rayleigh = _rand.rayleigh
standard_cauchy = _rand.standard_cauchy
standard_exponential = _rand.standard_exponential
standard_gamma = _rand.standard_gamma
standard_normal = _rand.standard_normal
standard_t = _rand.standard_t
triangular = _rand.triangular
uniform = _rand.uniform
vonmises = _rand.vonmises
wald = _rand.wald
weibull = _rand.weibull
zipf = _rand.zipf
