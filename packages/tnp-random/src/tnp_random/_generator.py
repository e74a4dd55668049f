"""``numpy.random.Generator`` and ``default_rng``, on torch's generators.

``Generator`` is a class, so its methods are written directly against
``tnp_core.extending`` (``as_tensor``, ``wrap``, ``default_device``) rather than through
``normalize``. The distributions come from the ``DistributionMethods`` mixin; the integer,
float, choice and shuffling methods are here, and the tensor work is in ``_random_impl``.
"""

from __future__ import annotations

import builtins
import math
import numbers
from collections.abc import MutableSequence, Sequence
from typing import Any, ClassVar, SupportsIndex, TypeAlias

import torch

from tnp_core.extending import (
    AxisError,
    DeviceLike,
    DTypeLike,
    as_tensor,
    default_device,
    default_float_dtype,
    dtype_kind,
    ndarray,
    normalize,
    normalize_axis_index,
    to_torch_dtype,
    wrap,
)

from . import _random_impl as _impl
from ._bitgen import PCG64, BitGenerator, SeedSequence
from ._distributions import DistributionMethods

__all__ = ["Generator", "default_rng"]

SizeLike: TypeAlias = "SupportsIndex | Sequence[SupportsIndex] | None"
IntBound: TypeAlias = "int | float | ndarray | Sequence[Any] | torch.Tensor"

_RANDOM_DTYPES = (torch.float32, torch.float64)
_INT_BOUNDS = {
    torch.bool: (0, 1),
    torch.int8: (-(2**7), 2**7 - 1),
    torch.int16: (-(2**15), 2**15 - 1),
    torch.int32: (-(2**31), 2**31 - 1),
    torch.int64: (-(2**63), 2**63 - 1),
    torch.uint8: (0, 2**8 - 1),
    torch.uint16: (0, 2**16 - 1),
    torch.uint32: (0, 2**32 - 1),
    torch.uint64: (0, 2**64 - 1),
}
# dtypes torch.randint makes on every device; the others are made as int64 and cast
_RANDINT_NATIVE = (torch.bool, torch.int8, torch.int16, torch.int32, torch.int64, torch.uint8)


def _chosen_device_impl(device: torch.device | None) -> torch.device | None:
    return device


@normalize(_chosen_device_impl)
def _chosen_device(device: DeviceLike = None) -> torch.device | None:
    """The device a ``device=`` argument names; for None, tnp's default device if one was
    set, else None (torch's default device)."""
    return None


_CPU = torch.device("cpu")
_function_mode_enabled = getattr(torch._C, "_is_torch_function_mode_enabled", None)


def output_device(device: DeviceLike = None) -> torch.device:
    """Where new arrays go: ``device`` if given, else tnp's default device.

    The same answer as ``tnp_core.extending.default_device()`` for None, without its cost
    in the common case (no default device set anywhere: the CPU), which matters for the
    per-call overhead of small draws.
    """
    dev = _chosen_device(device)
    if dev is not None:
        return dev
    if _function_mode_enabled is not None and not _function_mode_enabled():
        # torch.set_default_device works through a function mode; with none active, the
        # default device is the CPU
        return _CPU
    return default_device()


def _dtype_name(dt: torch.dtype) -> str:
    return str(dt).removeprefix("torch.")


def _broadcast_shapes(*shapes: Sequence[int]) -> torch.Size:
    result: torch.Size = torch.broadcast_shapes(*shapes)  # type: ignore[no-untyped-call]
    return result


def _is_scalar_bound(value: object) -> bool:
    """Python and NumPy real scalars; arrays (also 0-D ones) are not."""
    return isinstance(value, numbers.Real)


def _py_int(value: object) -> int:
    """A Python bool, int or float bound as an int (floats truncate)."""
    return int(value)  # type: ignore[call-overload, no-any-return]


def _bound_tensor(value: object, minus: int) -> torch.Tensor | int:
    """An integer bound less ``minus``: a Python int for a Python number, else an int64
    tensor. Floats truncate toward zero, as in NumPy."""
    if _is_scalar_bound(value):
        return _py_int(value) - minus
    t = as_tensor(value)
    kind = dtype_kind(t.dtype)
    if kind == "c":
        raise TypeError("integer bounds must be real numbers")
    if kind == "f":
        t = t.trunc()
    return t.to(torch.int64) - minus


def integers_tensor(
    gen_of: Any,
    low: object,
    high: object,
    size: object,
    dtype: torch.dtype,
    endpoint: bool,
    name: str,
    device: torch.device,
) -> torch.Tensor:
    """The tensor ``Generator.integers`` (``name='integers'``) or ``randint`` returns.

    ``gen_of(device)`` gives the torch generator of a device. Errors are NumPy's.
    """
    if dtype not in _INT_BOUNDS:
        raise TypeError(f"Unsupported dtype dtype('{_dtype_name(dtype)}') for {name}")
    lo_bound, hi_bound = _INT_BOUNDS[dtype]
    no_high = high is None
    if no_high:
        low, high = 0, low
    shape = None if size is None else _impl.shape_of_size(size)
    if _is_scalar_bound(low) and _is_scalar_bound(high):
        lo, hi = _py_int(low), _py_int(high)
        hi_incl = hi if endpoint else hi - 1
        if lo < lo_bound:
            raise ValueError(f"low is out of bounds for {_dtype_name(dtype)}")
        if hi_incl > hi_bound:
            raise ValueError(f"high is out of bounds for {_dtype_name(dtype)}")
        if lo > hi_incl:
            if no_high:
                raise ValueError("high <= 0")
            raise ValueError("low > high" if endpoint else "low >= high")
        out_shape = () if shape is None else shape
        gen = gen_of(device)
        if hi_incl < _impl.INT64_MAX:
            if dtype in _RANDINT_NATIVE:
                return torch.randint(
                    lo, hi_incl + 1, out_shape, generator=gen, dtype=dtype, device=device
                )
            t = torch.randint(lo, hi_incl + 1, out_shape, generator=gen, device=device)
            return t.to(dtype)
        low_t = torch.full((), _impl.wrap_int64(lo), dtype=torch.int64, device=device)
        high_t = torch.full((), _impl.wrap_int64(hi_incl), dtype=torch.int64, device=device)
        words = _impl.bounded_integers(gen, low_t, high_t, out_shape)
        return words.view(dtype) if dtype is torch.uint64 else words.to(dtype)
    # array bounds: checked where the values can be read without a device sync
    name_of = _dtype_name(dtype)
    lows, highs = _bound_tensor(low, 0), _bound_tensor(high, 0 if endpoint else 1)
    if isinstance(lows, int) and lows < lo_bound:
        raise ValueError(f"low is out of bounds for {name_of}")
    if isinstance(highs, int) and highs > hi_bound:
        raise ValueError(f"high is out of bounds for {name_of}")
    device = (lows if isinstance(lows, torch.Tensor) else highs).device  # type: ignore[union-attr]
    if isinstance(lows, int):
        lows = torch.full((), _impl.wrap_int64(lows), dtype=torch.int64, device=device)
    if isinstance(highs, int):
        highs = torch.full((), _impl.wrap_int64(highs), dtype=torch.int64, device=device)
    if lows.device != highs.device:
        raise ValueError(f"low is on {lows.device} but high is on {highs.device}")
    bshape = _broadcast_shapes(lows.shape, highs.shape)
    if shape is not None:
        for arg, bound in enumerate((lows, highs)):
            try:
                fits = _broadcast_shapes(bound.shape, shape) == torch.Size(shape)
            except RuntimeError:
                fits = False
            if not fits:
                raise ValueError(
                    "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch "
                    f"is between arg {arg} with shape {tuple(bound.shape)} and arg 2 with "
                    f"shape {shape}."
                )
    out_shape = tuple(bshape) if shape is None else shape
    if device.type == "cpu":
        # scalar bounds above the int64 range were wrapped: compare them as unsigned
        lo_u = _is_scalar_bound(low) and _py_int(low) > _impl.INT64_MAX
        hi_u = _is_scalar_bound(high) and _py_int(high) - 1 + endpoint > _impl.INT64_MAX
        lo_checked = _is_scalar_bound(low) or lo_bound <= _impl.INT64_MIN
        if not lo_checked and bool((lows < lo_bound).any()):
            raise ValueError(f"low is out of bounds for {name_of}")
        hi_checked = _is_scalar_bound(high) or hi_bound >= _impl.INT64_MAX
        if not hi_checked and bool((highs > hi_bound).any()):
            raise ValueError(f"high is out of bounds for {name_of}")
        if hi_u and not lo_u:
            bad = False
        elif lo_u and not hi_u:
            bad = highs.numel() > 0
        else:
            bad = bool((lows > highs).any())
        if bad:
            if no_high:
                raise ValueError("high <= 0")
            raise ValueError("low > high" if endpoint else "low >= high")
    words = _impl.bounded_integers(gen_of(lows.device), lows, highs, out_shape)
    return words.view(dtype) if dtype is torch.uint64 else words.to(dtype)


def random_tensor(
    gen_of: Any, size: object, dtype: DTypeLike, out: ndarray | None, name: str = "random"
) -> torch.Tensor | ndarray:
    """``Generator.random``: a new tensor, or ``out`` filled in place."""
    target = default_float_dtype() if dtype is None else to_torch_dtype(dtype)
    if target not in _RANDOM_DTYPES:
        raise TypeError(f"Unsupported dtype dtype('{_dtype_name(target)}') for {name}")
    if out is None:
        device = output_device()
        return _impl.uniform(gen_of(device), _impl.shape_of_size(size), target, device)
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
    if not buffer.is_contiguous() or not out.flags.writeable:
        raise ValueError(
            "Supplied output array must be contiguous, writable, aligned, and in machine "
            "byte-order."
        )
    torch.rand(tuple(buffer.shape), generator=gen_of(buffer.device), dtype=target, out=buffer)
    return out


def _check_writeable(x: ndarray) -> None:
    if not x.flags.writeable:
        raise ValueError("array is read-only")


def shuffle_in_place(gen_of: Any, x: object, axis: int, legacy: bool) -> None:
    """Shuffle an array along ``axis`` or a mutable sequence, in place."""
    if isinstance(x, ndarray):
        t = as_tensor(x)
        if t.dim() == 0:
            raise TypeError("len() of unsized object")
        ax = normalize_axis_index(axis, t.dim())
        _check_writeable(x)
        perm = _impl.randperm(gen_of(t.device), t.shape[ax], t.device)
        t.copy_(t.index_select(ax, perm))
        return
    if axis != 0:
        raise NotImplementedError("Axis argument is only supported on ndarray objects")
    if isinstance(x, (str, bytes)) or not hasattr(x, "__len__"):
        raise TypeError(f"object of type '{type(x).__name__}' has no len()")
    n = len(x)
    if n == 0:
        return
    cpu = torch.device("cpu")
    order = _impl.randperm(gen_of(cpu), n, cpu).tolist()
    items = list(x)  # type: ignore[call-overload]
    if isinstance(x, MutableSequence):
        x[:] = [items[i] for i in order]
        return
    for dst, src in enumerate(order):
        x[dst] = items[src]  # type: ignore[index]


def permutation_tensor(gen_of: Any, x: object, axis: int, legacy: bool) -> torch.Tensor:
    """``permutation``: ``arange(x)`` shuffled for an int, else a shuffled copy of ``x``."""
    if isinstance(x, numbers.Integral):
        n = max(int(x), 0)
        device = output_device()
        return _impl.randperm(gen_of(device), n, device)
    t = as_tensor(x)
    if t.dim() == 0:
        if legacy:
            raise IndexError("x must be an integer or at least 1-dimensional")
        raise AxisError(axis, 0)
    ax = normalize_axis_index(axis, t.dim())
    return t.index_select(ax, _impl.randperm(gen_of(t.device), t.shape[ax], t.device))


def _as_p(p: object, n: int, legacy: bool) -> torch.Tensor:
    """``choice``'s ``p`` as a float64 tensor, checked as NumPy checks it."""
    pt = as_tensor(p).to(torch.float64)
    if pt.dim() != 1:
        raise ValueError("'p' must be 1-dimensional" if legacy else "p must be 1-dimensional")
    if pt.shape[0] != n:
        raise ValueError(
            "'a' and 'p' must have same size" if legacy else "a and p must have same size"
        )
    if pt.device.type == "cpu":
        if bool(torch.isnan(pt).any()):
            raise ValueError(
                "Probabilities contain NaN" if not legacy else "probabilities contain NaN"
            )
        if bool((pt < 0).any()):
            raise ValueError(
                "probabilities are not non-negative"
                if legacy
                else "Probabilities are not non-negative"
            )
        atol = max(math.sqrt(torch.finfo(torch.float64).eps), 1e-8)
        if abs(float(pt.sum()) - 1.0) > atol:
            raise ValueError(
                "probabilities do not sum to 1"
                if legacy
                else "Probabilities do not sum to 1. See Notes section of docstring for more "
                "information."
            )
    return pt


def choice_tensor(
    gen_of: Any,
    a: object,
    size: object,
    replace: bool,
    p: object,
    axis: int,
    legacy: bool,
) -> torch.Tensor:
    """``choice``: ``size`` items of ``a`` (or of ``arange(a)``) along ``axis``."""
    population: torch.Tensor | None = None
    if isinstance(a, numbers.Integral):
        pop_size = int(a)
    else:
        population = as_tensor(a)
        if population.dim() == 0:
            if dtype_kind(population.dtype) not in ("i", "u", "b"):
                if legacy:
                    raise ValueError("a must be 1-dimensional or an integer")
                raise ValueError(f"a must be a sequence or an integer, not {type(a)}")
            pop_size = int(population)
            population = None
        elif legacy and population.dim() != 1:
            raise ValueError("a must be 1-dimensional")
    if population is None:
        device = output_device()
    else:
        axis = normalize_axis_index(axis, population.dim())
        pop_size = population.shape[axis]
        device = population.device
    shape = _impl.shape_of_size(size)
    count = math.prod(shape)
    if pop_size <= 0 and count != 0:
        if population is None:
            raise ValueError(
                "a must be greater than 0 unless no samples are taken"
                if legacy
                else "a must be a positive integer unless no samples are taken"
            )
        quote = "'" if legacy else ""
        raise ValueError(f"{quote}a{quote} cannot be empty unless no samples are taken")
    pop_size = max(pop_size, 0)
    pt = None if p is None else _as_p(p, pop_size, legacy)
    if not replace:
        if count > pop_size:
            raise ValueError(
                "Cannot take a larger sample than population when 'replace=False'"
                if legacy
                else "Cannot take a larger sample than population when replace is False"
            )
        if pt is not None and pt.device.type == "cpu" and int((pt > 0).sum()) < count:
            raise ValueError("Fewer non-zero entries in p than size")
    gen = gen_of(device)
    if pt is not None:
        pt = pt.to(device)
    if count == 0:
        idx = torch.empty((0,), dtype=torch.int64, device=device)
    else:
        idx = _impl.choice_indices(gen, pop_size, count, bool(replace), pt, device)
    if population is None:
        return idx.reshape(shape)
    picked = population.index_select(axis, idx)
    return picked.reshape(population.shape[:axis] + shape + population.shape[axis + 1 :])


def bytes_of(gen_of: Any, length: SupportsIndex) -> bytes:
    """``bytes(length)``: random bytes drawn from the CPU stream."""
    n = _impl.index_or_none(length)
    if n is None:
        raise TypeError(f"'{type(length).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("negative dimensions are not allowed")
    cpu = torch.device("cpu")
    values = torch.randint(0, 256, (n,), generator=gen_of(cpu), dtype=torch.uint8)
    return bytes(values.tolist())


def _integer_dtype(dtype: DTypeLike) -> torch.dtype:
    if dtype is int:
        return torch.int64
    if dtype is bool:
        return torch.bool
    return to_torch_dtype(dtype)


class Generator(DistributionMethods):
    """A source of random numbers, as ``numpy.random.Generator``; make one with ``default_rng``.

    ``Generator(bit_generator)`` wraps a tnp bit generator (``PCG64`` for ``default_rng``),
    whose torch generators, one per device, give the numbers: a seed gives the same stream
    every time on a given device, but not NumPy's stream. Arrays go to tnp's default device;
    single values are 0-D arrays.
    """

    __slots__ = ("_bit_generator", "_gen_of")
    _legacy: ClassVar[bool] = False

    def __init__(self, bit_generator: BitGenerator) -> None:
        if not isinstance(bit_generator, BitGenerator):
            raise TypeError(
                f"Generator expects a BitGenerator, not {type(bit_generator).__name__}; use "
                "default_rng(seed) to seed one"
            )
        self._bit_generator = bit_generator
        self._gen_of = bit_generator._streams.on

    def __repr__(self) -> str:
        return f"{self} at 0x{id(self):X}"

    def __str__(self) -> str:
        return f"Generator({type(self._bit_generator).__name__})"

    def __getstate__(self) -> dict[str, Any]:
        return {"bit_generator": self._bit_generator}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["bit_generator"])  # type: ignore[misc]

    def __reduce__(self) -> tuple[Any, ...]:
        return (Generator, (self._bit_generator,))

    # the contract of DistributionMethods
    def _torch_generator(self, device: torch.device) -> torch.Generator:
        """The torch generator of this Generator's stream on ``device``."""
        gen: torch.Generator = self._gen_of(device)
        return gen

    def _output_device(self) -> torch.device:
        """Where new arrays go: tnp's default device."""
        return output_device()

    @property
    def bit_generator(self) -> BitGenerator:
        """The bit generator this Generator draws from."""
        return self._bit_generator

    def spawn(self, n_children: SupportsIndex) -> list[Generator]:
        """``n_children`` independent Generators, as ``numpy.random.Generator.spawn``.

        Each wraps a new bit generator of the same class seeded from a child of this one's
        seed sequence; ``TypeError`` when the bit generator has no seed sequence.
        """
        return [Generator(bg) for bg in self._bit_generator.spawn(n_children)]

    def random(
        self, size: SizeLike = None, dtype: DTypeLike = None, out: ndarray | None = None
    ) -> ndarray:
        """Floats uniform on ``[0, 1)``, as ``numpy.random.Generator.random``.

        ``size`` is an int or a tuple of ints; None gives a 0-D array. ``dtype`` is float64
        or float32 (``TypeError`` for anything else); None is the default float dtype
        (float64 unless changed). With ``out=``, a contiguous array of that dtype (and of
        shape ``size`` if both are given) is filled in place, on its own device.
        """
        result: ndarray = wrap(random_tensor(self._gen_of, size, dtype, out))
        return result

    def integers(
        self,
        low: IntBound,
        high: IntBound | None = None,
        size: SizeLike = None,
        dtype: DTypeLike = "int64",
        endpoint: bool = False,
    ) -> ndarray:
        """Random integers in ``[low, high)`` (``[low, high]`` with ``endpoint``), as NumPy's.

        ``high=None`` draws from ``[0, low)``. ``low`` and ``high`` broadcast (floats
        truncate); ``dtype`` is any integer dtype or bool. Errors as NumPy: ``low >= high``,
        ``low/high is out of bounds for <dtype>``, ``TypeError`` for non-integer dtypes.
        Spans wider than 2**32 carry a relative bias below span / 2**63 (torch's ``randint``
        has the same); array bounds on an accelerator are not checked (that would
        synchronise the device), and array bounds must lie in the int64 range.
        """
        t = integers_tensor(
            self._gen_of,
            low,
            high,
            size,
            _integer_dtype(dtype),
            bool(endpoint),
            "integers",
            output_device(),
        )
        result: ndarray = wrap(t)
        return result

    def choice(
        self,
        a: Any,
        size: SizeLike = None,
        replace: bool = True,
        p: Any = None,
        axis: int = 0,
        shuffle: bool = True,
    ) -> ndarray:
        """Items drawn from ``a`` (or ``arange(a)`` for an int), as NumPy's ``choice``.

        ``size`` items are taken along ``axis``, with or without replacement, with weights
        ``p`` (1-D, non-negative, summing to 1). Errors as NumPy's. ``shuffle=False`` is
        accepted; the order of a sample without replacement is random either way. Weights on
        an accelerator are not checked (that would synchronise the device).
        """
        t = choice_tensor(self._gen_of, a, size, replace, p, axis, legacy=False)
        result: ndarray = wrap(t)
        return result

    def shuffle(self, x: ndarray | MutableSequence[Any], axis: int = 0) -> None:
        """Shuffle an array along ``axis``, or a mutable sequence, in place, as NumPy's."""
        shuffle_in_place(self._gen_of, x, axis, legacy=False)

    def permutation(self, x: Any, axis: int = 0) -> ndarray:
        """A shuffled ``arange(x)`` for an int, else a copy of ``x`` shuffled along ``axis``."""
        result: ndarray = wrap(permutation_tensor(self._gen_of, x, axis, legacy=False))
        return result

    def permuted(self, x: Any, axis: int | None = None, out: ndarray | None = None) -> ndarray:
        """``x`` with every slice along ``axis`` shuffled independently, as NumPy's.

        ``axis=None`` shuffles the flattened array. ``out`` (same shape as ``x``, may be
        ``x`` itself) receives the result, cast to its dtype.
        """
        t = as_tensor(x)
        if t.dim() == 0:
            raise TypeError("len() of unsized object")
        ax = None if axis is None else normalize_axis_index(axis, t.dim())
        shuffled = _impl.permuted(self._gen_of(t.device), t, ax)
        if out is None:
            result: ndarray = wrap(shuffled)
            return result
        if not isinstance(out, ndarray):
            raise TypeError("out must be a numpy array")
        target = as_tensor(out)
        if tuple(target.shape) != tuple(t.shape):
            raise ValueError("out must have the same shape as x")
        _check_writeable(out)
        target.copy_(shuffled)
        return out

    def bytes(self, length: SupportsIndex) -> builtins.bytes:
        """``length`` random bytes, as NumPy's ``bytes`` (drawn from the CPU stream)."""
        return bytes_of(self._gen_of, length)


def default_rng(seed: Any = None) -> Generator:
    """A new ``Generator``, as ``numpy.random.default_rng``.

    ``seed`` is None (fresh entropy), a non-negative int or a sequence of them, a
    ``SeedSequence`` (all make a ``PCG64``), or a bit generator (wrapped as it is). A
    ``Generator`` is returned unaltered. Equal seeds give equal streams on a given device;
    the streams are torch's, not NumPy's.
    """
    if isinstance(seed, Generator):
        return seed
    if isinstance(seed, BitGenerator):
        return Generator(seed)
    if isinstance(seed, SeedSequence):
        return Generator(PCG64(seed))
    return Generator(PCG64(seed))
