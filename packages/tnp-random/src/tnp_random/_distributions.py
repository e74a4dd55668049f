"""Every sampling distribution of ``numpy.random``, as one mixin for ``Generator`` and
``RandomState``.

``DistributionMethods`` holds the methods; the class that mixes it in provides the random
stream and the device (``_torch_generator(device)``, ``_output_device()``) and says with
the class attribute ``_legacy`` whether to behave as ``RandomState`` (True) or as
``Generator`` (False). The methods check and broadcast their parameters as NumPy does and
hand flat tensors to the samplers in ``_distributions_impl``.

Parameters given as Python numbers are checked on the host. Parameters given as arrays are
checked where they live, so on CUDA each check reads one boolean back from the device (a
synchronisation); sampling itself synchronises only in the rounds of rejection samplers.
"""

from __future__ import annotations

import math
import operator
import warnings
from collections.abc import Callable, Sequence
from typing import ClassVar, SupportsIndex, TypeAlias

import torch

from tnp_core.extending import (
    DTypeLike,
    as_tensor,
    default_float_dtype,
    ndarray,
    to_torch_dtype,
    wrap,
)

from . import _distributions_impl as _impl
from ._random_impl import shape_of_size

__all__ = ["DistributionMethods"]

SizeLike: TypeAlias = "SupportsIndex | Sequence[SupportsIndex] | None"
ParamLike: TypeAlias = object

_F64 = torch.float64
_I64 = torch.int64
_PY_NUMBERS = (bool, int, float)
_POISSON_LAM_MAX = 9.223372006484771e18  # int64 max less ten standard deviations, as NumPy
_HYPERGEOM_MAX = 10**9
_Predicate = Callable[[torch.Tensor], torch.Tensor]


# ----------------------------------------------------------------------------- parameters
class _Param:
    """One parameter: the tensor to sample with and the tensor to check (host for numbers)."""

    __slots__ = ("check", "is_scalar", "name", "tensor")

    def __init__(self, name: str, tensor: torch.Tensor, check: torch.Tensor) -> None:
        self.name = name
        self.tensor = tensor
        self.check = check
        self.is_scalar = tensor.ndim == 0

    def fails(self, bad: _Predicate) -> bool:
        """Whether ``bad`` holds for any element (a device sync for device arrays)."""
        return bool(bad(self.check).any())


def _as_float_tensor(value: object) -> torch.Tensor:
    if isinstance(value, str):
        raise ValueError(f"could not convert string to float: {value!r}")
    t = as_tensor(value)
    if t.dtype.is_complex:
        raise TypeError("float() argument must be a string or a real number, not 'complex'")
    return t


def _params(
    host: DistributionMethods, named: Sequence[tuple[str, object]], dtype: torch.dtype
) -> tuple[list[_Param], torch.device]:
    """Tensors of ``dtype`` for the parameters, all on one device: that of the array
    parameters, else the host's output device."""
    device: torch.device | None = None
    for _, value in named:
        if isinstance(value, (ndarray, torch.Tensor)):
            dev = as_tensor(value).device
            if device is None:
                device = dev
            elif dev != device:
                raise ValueError(f"parameters are on different devices: {device} and {dev}")
    if device is None:
        device = host._output_device()
    out = []
    for name, value in named:
        if isinstance(value, _PY_NUMBERS):  # numpy.float64 too: checked on the host
            number = float(value)
            check = torch.tensor(number, dtype=_F64)
            tensor = torch.full((), number, dtype=dtype, device=device)
        else:
            tensor = _as_float_tensor(value).to(device=device, dtype=dtype)
            check = tensor
        out.append(_Param(name, tensor, check))
    return out, device


def _as_counts(p: _Param) -> None:
    """Integer parameters (``n``, ``ngood``, ...): truncated toward zero as NumPy's cast to
    int64, and NaN refused."""
    if p.fails(torch.isnan):
        raise ValueError("cannot convert float NaN to integer")
    p.tensor = torch.trunc(p.tensor)
    p.check = torch.trunc(p.check)


# constraint checks, NumPy's names and messages
def _non_negative(p: _Param) -> None:
    if p.fails(lambda t: torch.signbit(t) & ~torch.isnan(t)):
        raise ValueError(f"{p.name} < 0")


def _positive(p: _Param) -> None:
    if p.fails(lambda t: t <= 0):
        raise ValueError(f"{p.name} <= 0")


def _positive_not_nan(p: _Param) -> None:
    if p.fails(torch.isnan):
        raise ValueError(f"{p.name} must not be NaN")
    _positive(p)


def _nan_words(p: _Param, scalar: bool) -> str:
    return f"{p.name} is NaN" if scalar else f"{p.name} contains NaNs"


def _in_0_1(p: _Param, scalar: bool) -> None:
    if p.fails(lambda t: ~((t >= 0) & (t <= 1))):
        raise ValueError(f"{p.name} < 0, {p.name} > 1 or {_nan_words(p, scalar)}")


def _in_open0_1(p: _Param) -> None:
    if p.fails(lambda t: ~((t > 0) & (t <= 1))):
        raise ValueError(f"{p.name} <= 0, {p.name} > 1 or {p.name} contains NaNs")


def _in_0_open1(p: _Param, scalar: bool) -> None:
    if p.fails(lambda t: ~((t >= 0) & (t < 1))):
        raise ValueError(f"{p.name} < 0, {p.name} >= 1 or {_nan_words(p, scalar)}")


def _poisson_rate(p: _Param, scalar: bool) -> None:
    if p.fails(lambda t: ~(t >= 0)):
        raise ValueError(f"{p.name} < 0 or {_nan_words(p, scalar)}")
    if p.fails(lambda t: t > _POISSON_LAM_MAX):
        raise ValueError(f"{p.name} value too large")


# ----------------------------------------------------------------------------- shapes
def _broadcast(shapes: Sequence[tuple[int, ...]]) -> tuple[int, ...]:
    """The broadcast shape, or NumPy's ``shape mismatch`` error naming the first clash."""
    nd = max((len(s) for s in shapes), default=0)
    result = []
    for i in range(nd):
        dim, source = 1, 0
        for j, shape in enumerate(shapes):
            k = i + len(shape) - nd
            if k < 0 or shape[k] == 1:
                continue
            if dim == 1:
                dim, source = shape[k], j
            elif shape[k] != dim:
                raise ValueError(
                    "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch "
                    f"is between arg {source} with shape {shapes[source]} and arg {j} with "
                    f"shape {shape}."
                )
        result.append(dim)
    return tuple(result)


def _output_shape(size: SizeLike, shapes: Sequence[tuple[int, ...]]) -> tuple[int, ...]:
    """The shape of the samples: the parameters' broadcast shape, or ``size``, which the
    parameters must broadcast to."""
    if size is None:
        return _broadcast(shapes)
    shape = shape_of_size(size)
    if _broadcast([shape, *shapes]) != shape:
        raise ValueError(
            f"Output size {shape} is not compatible with broadcast dimensions of inputs "
            f"{_broadcast(shapes)}."
        )
    return shape


def _flat(params: Sequence[_Param], shape: tuple[int, ...]) -> list[torch.Tensor]:
    return [p.tensor.expand(shape).reshape(-1) for p in params]


def _float_dtype(dtype: DTypeLike, method: str) -> torch.dtype:
    target = default_float_dtype() if dtype is None else to_torch_dtype(dtype)
    if target not in (torch.float32, torch.float64):
        name = str(target).removeprefix("torch.")
        raise TypeError(f"Unsupported dtype dtype('{name}') for {method}")
    return target


def _out_buffer(out: object, size: SizeLike, dtype: torch.dtype) -> torch.Tensor:
    """The tensor behind ``out=``, checked as NumPy checks it."""
    bad_layout = (
        "Supplied output array must be contiguous, writable, aligned, and in machine byte-order."
    )
    if not isinstance(out, ndarray):
        raise ValueError(bad_layout)
    buffer = as_tensor(out)
    if buffer.dtype is not dtype:
        have, want = (str(d).removeprefix("torch.") for d in (buffer.dtype, dtype))
        raise TypeError(f"Supplied output array has the wrong type. Expected {want}, got {have}")
    if size is not None and shape_of_size(size) != tuple(buffer.shape):
        raise ValueError("size must match out.shape when used together")
    if not buffer.is_contiguous():
        raise ValueError(bad_layout)
    return buffer


def _no_keywords(host: DistributionMethods, caller: str, /, **given: object) -> None:
    """RandomState's methods lack Generator's ``dtype``/``out``/``method`` keywords."""
    if host._legacy:
        for key, value in given.items():
            if value is not None:
                raise TypeError(f"{caller}() got an unexpected keyword argument '{key}'")


def _int_index(value: object, message: str) -> int:
    try:
        return operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        raise ValueError(message) from None


# ----------------------------------------------------------------------------- the mixin
class DistributionMethods:
    """NumPy's distribution methods, shared by ``Generator`` and ``RandomState``.

    Results are tnp arrays: float64 (the default float dtype) for continuous distributions,
    int64 for discrete ones, on the device of the array parameters or else on the host's
    output device. ``size=None`` with scalar parameters gives a 0-D array where NumPy gives
    a Python or NumPy scalar. The numbers come from torch's generators, so they differ from
    NumPy's for the same seed; the distributions are the same.
    """

    __slots__ = ()

    _legacy: ClassVar[bool] = False

    def _torch_generator(self, device: torch.device) -> torch.Generator:
        """The stream for ``device`` (provided by the host class)."""
        raise NotImplementedError

    def _output_device(self) -> torch.device:
        """Where new arrays go (provided by the host class)."""
        raise NotImplementedError

    # ------------------------------------------------------------------ plumbing
    def _sample(
        self,
        sampler: Callable[..., torch.Tensor],
        named: Sequence[tuple[str, object]],
        size: SizeLike,
        checks: Sequence[Callable[[_Param, bool], None]] = (),
        *,
        discrete: bool = False,
        counts: Sequence[int] = (),
    ) -> ndarray:
        """Convert, check, broadcast and sample; ``checks[i]`` checks parameter ``i``.

        Parameters are float64 for discrete samplers (which return int64) and of the default
        float dtype for continuous ones.
        """
        dtype = _F64 if discrete else default_float_dtype()
        params, device = _params(self, named, dtype)
        for i in counts:
            _as_counts(params[i])
        scalar = all(p.is_scalar for p in params)
        for p, check in zip(params, checks, strict=False):
            check(p, scalar)
        shape = _output_shape(size, [tuple(p.tensor.shape) for p in params])
        gen = self._torch_generator(device)
        samples = sampler(gen, *_flat(params, shape)).reshape(shape)
        result: ndarray = wrap(samples)
        return result

    def _standard(
        self,
        sampler: Callable[[torch.Generator, int, torch.dtype, torch.device], torch.Tensor],
        size: SizeLike,
        dtype: DTypeLike,
        out: ndarray | None,
        method: str,
    ) -> ndarray:
        target = _float_dtype(dtype, method)
        if out is None:
            shape = shape_of_size(size)
            device = self._output_device()
            t = sampler(self._torch_generator(device), math.prod(shape), target, device)
            result: ndarray = wrap(t.reshape(shape))
            return result
        buffer = _out_buffer(out, size, target)
        t = sampler(self._torch_generator(buffer.device), buffer.numel(), target, buffer.device)
        buffer.copy_(t.reshape(buffer.shape))
        return out

    # ------------------------------------------------------------------ standard
    def standard_normal(
        self, size: SizeLike = None, dtype: DTypeLike = None, out: ndarray | None = None
    ) -> ndarray:
        """Standard normal samples, as ``numpy.random.Generator.standard_normal``.

        ``dtype`` is float64 or float32 (None: the default float dtype) and ``out=`` fills a
        contiguous array of that dtype in place. ``RandomState`` takes ``size`` only.
        """
        _no_keywords(self, "standard_normal", dtype=dtype, out=out)
        return self._standard(_impl.normal_std, size, dtype, out, "standard_normal")

    def standard_exponential(
        self,
        size: SizeLike = None,
        dtype: DTypeLike = None,
        method: str | None = None,
        out: ndarray | None = None,
    ) -> ndarray:
        """Standard exponential samples, as ``numpy.random.Generator.standard_exponential``.

        ``method`` ('zig' or 'inv' in NumPy) is accepted and does not change the sampler,
        which is torch's; the distribution is the same. ``dtype`` and ``out`` are as in
        ``standard_normal``. ``RandomState`` takes ``size`` only.
        """
        _no_keywords(self, "standard_exponential", dtype=dtype, method=method, out=out)
        return self._standard(_impl.exponential_std, size, dtype, out, "standard_exponential")

    def standard_gamma(
        self,
        shape: ParamLike,
        size: SizeLike = None,
        dtype: DTypeLike = None,
        out: ndarray | None = None,
    ) -> ndarray:
        """Standard gamma samples of shape ``shape``, as
        ``numpy.random.Generator.standard_gamma``.

        ``shape < 0`` raises ``ValueError``; ``shape == 0`` gives 0. ``dtype`` (float64 or
        float32) and ``out=`` as in ``standard_normal``; float32 samples are drawn in float64
        and rounded. ``RandomState`` takes ``shape`` and ``size`` only.
        """
        _no_keywords(self, "standard_gamma", dtype=dtype, out=out)
        target = _float_dtype(dtype, "standard_gamma")
        if out is None:
            # drawn in float64 (discrete=True only picks that dtype), rounded to float32
            res = self._sample(_impl.gamma_std, [("shape", shape)], size, [_nn], discrete=True)
            return res if target is _F64 else wrap(as_tensor(res).to(target))
        buffer = _out_buffer(out, size, target)
        params, device = _params(self, [("shape", shape)], _F64)
        _non_negative(params[0])
        if device != buffer.device:
            raise ValueError(f"parameters are on {device} but out= is on {buffer.device}")
        full = tuple(buffer.shape)
        _output_shape(full, [tuple(params[0].tensor.shape)])
        t = _impl.gamma_std(self._torch_generator(device), *_flat(params, full))
        buffer.copy_(t.reshape(full))
        return out

    def standard_cauchy(self, size: SizeLike = None) -> ndarray:
        """Standard Cauchy samples (the ratio of two normals), as
        ``numpy.random.Generator.standard_cauchy``."""
        shape = shape_of_size(size)
        device = self._output_device()
        gen = self._torch_generator(device)
        t = _impl.standard_cauchy(gen, math.prod(shape), default_float_dtype(), device)
        result: ndarray = wrap(t.reshape(shape))
        return result

    # ------------------------------------------------------------------ continuous
    def uniform(
        self, low: ParamLike = 0.0, high: ParamLike = 1.0, size: SizeLike = None
    ) -> ndarray:
        """Samples uniform on ``[low, high)``, as ``numpy.random.Generator.uniform``.

        A non-finite ``high - low`` raises ``OverflowError``; ``Generator`` also refuses
        ``high < low`` (``ValueError``), which ``RandomState`` allows.
        """
        dtype = default_float_dtype()
        params, _ = _params(self, [("low", low), ("high", high)], dtype)
        _broadcast([tuple(p.tensor.shape) for p in params])
        span = _Param(
            "high - low", params[1].tensor - params[0].tensor, params[1].check - params[0].check
        )
        if span.fails(lambda t: ~torch.isfinite(t)):
            raise OverflowError(
                "Range exceeds valid bounds"
                if self._legacy
                else "high - low range exceeds valid bounds"
            )
        if not self._legacy:
            _non_negative(span)

        def sampler(gen: torch.Generator, lo: torch.Tensor, width: torch.Tensor) -> torch.Tensor:
            return lo + width * _impl.uniform_std(gen, lo.numel(), lo.dtype, lo.device)

        return self._sample(sampler, [("low", low), ("high - low", span.tensor)], size)

    def normal(
        self, loc: ParamLike = 0.0, scale: ParamLike = 1.0, size: SizeLike = None
    ) -> ndarray:
        """Normal samples of mean ``loc`` and standard deviation ``scale``, as
        ``numpy.random.Generator.normal``; ``scale < 0`` raises ``ValueError``."""

        def sampler(gen: torch.Generator, mu: torch.Tensor, sd: torch.Tensor) -> torch.Tensor:
            return _impl.normal_std(gen, mu.numel(), mu.dtype, mu.device).mul_(sd).add_(mu)

        return self._sample(sampler, [("loc", loc), ("scale", scale)], size, [_none, _nn])

    def lognormal(
        self, mean: ParamLike = 0.0, sigma: ParamLike = 1.0, size: SizeLike = None
    ) -> ndarray:
        """Log-normal samples (``exp`` of a normal of mean ``mean`` and deviation ``sigma``),
        as ``numpy.random.Generator.lognormal``."""

        def sampler(gen: torch.Generator, mu: torch.Tensor, sd: torch.Tensor) -> torch.Tensor:
            return torch.exp(mu + sd * _impl.normal_std(gen, mu.numel(), mu.dtype, mu.device))

        return self._sample(sampler, [("mean", mean), ("sigma", sigma)], size, [_none, _nn])

    def exponential(self, scale: ParamLike = 1.0, size: SizeLike = None) -> ndarray:
        """Exponential samples of mean ``scale``, as ``numpy.random.Generator.exponential``."""

        def sampler(gen: torch.Generator, s: torch.Tensor) -> torch.Tensor:
            return s * _impl.exponential_std(gen, s.numel(), s.dtype, s.device)

        return self._sample(sampler, [("scale", scale)], size, [_nn])

    def gamma(self, shape: ParamLike, scale: ParamLike = 1.0, size: SizeLike = None) -> ndarray:
        """Gamma samples of shape ``shape`` and scale ``scale``, as
        ``numpy.random.Generator.gamma``; negative parameters raise ``ValueError``."""

        def sampler(gen: torch.Generator, k: torch.Tensor, s: torch.Tensor) -> torch.Tensor:
            return _impl.gamma_std(gen, k) * s

        return self._sample(sampler, [("shape", shape), ("scale", scale)], size, [_nn, _nn])

    def beta(self, a: ParamLike, b: ParamLike, size: SizeLike = None) -> ndarray:
        """Beta samples, as ``numpy.random.Generator.beta``; ``a``, ``b`` must be > 0."""
        return self._sample(_impl.beta, [("a", a), ("b", b)], size, [_pos, _pos])

    def chisquare(self, df: ParamLike, size: SizeLike = None) -> ndarray:
        """Chi-square samples with ``df`` > 0 degrees of freedom, as
        ``numpy.random.Generator.chisquare``."""
        return self._sample(_impl.chisquare, [("df", df)], size, [_pos])

    def noncentral_chisquare(
        self, df: ParamLike, nonc: ParamLike, size: SizeLike = None
    ) -> ndarray:
        """Noncentral chi-square samples, as ``numpy.random.Generator.noncentral_chisquare``;
        ``df`` > 0 and ``nonc`` >= 0."""
        return self._sample(
            _impl.noncentral_chisquare, [("df", df), ("nonc", nonc)], size, [_pos, _nn]
        )

    def f(self, dfnum: ParamLike, dfden: ParamLike, size: SizeLike = None) -> ndarray:
        """F-distribution samples, as ``numpy.random.Generator.f``; both df must be > 0."""
        return self._sample(_impl.f, [("dfnum", dfnum), ("dfden", dfden)], size, [_pos, _pos])

    def noncentral_f(
        self, dfnum: ParamLike, dfden: ParamLike, nonc: ParamLike, size: SizeLike = None
    ) -> ndarray:
        """Noncentral F samples, as ``numpy.random.Generator.noncentral_f``."""
        named = [("dfnum", dfnum), ("dfden", dfden), ("nonc", nonc)]
        return self._sample(_impl.noncentral_f, named, size, [_pos, _pos, _nn])

    def standard_t(self, df: ParamLike, size: SizeLike = None) -> ndarray:
        """Student's t samples with ``df`` > 0, as ``numpy.random.Generator.standard_t``."""
        return self._sample(_impl.standard_t, [("df", df)], size, [_pos])

    def vonmises(self, mu: ParamLike, kappa: ParamLike, size: SizeLike = None) -> ndarray:
        """Von Mises samples on ``[-pi, pi]``, as ``numpy.random.Generator.vonmises``;
        ``kappa`` >= 0."""
        return self._sample(_impl.vonmises, [("mu", mu), ("kappa", kappa)], size, [_none, _nn])

    def pareto(self, a: ParamLike, size: SizeLike = None) -> ndarray:
        """Pareto II (Lomax) samples, as ``numpy.random.Generator.pareto``; ``a`` > 0."""
        return self._sample(_impl.pareto, [("a", a)], size, [_pos])

    def weibull(self, a: ParamLike, size: SizeLike = None) -> ndarray:
        """Weibull samples, as ``numpy.random.Generator.weibull``; ``a`` >= 0 (0 gives 0)."""
        return self._sample(_impl.weibull, [("a", a)], size, [_nn])

    def power(self, a: ParamLike, size: SizeLike = None) -> ndarray:
        """Power-distribution samples on [0, 1], as ``numpy.random.Generator.power``;
        ``a`` > 0."""
        return self._sample(_impl.power, [("a", a)], size, [_pos])

    def laplace(
        self, loc: ParamLike = 0.0, scale: ParamLike = 1.0, size: SizeLike = None
    ) -> ndarray:
        """Laplace samples, as ``numpy.random.Generator.laplace``; ``scale`` >= 0."""
        return self._sample(_impl.laplace, [("loc", loc), ("scale", scale)], size, [_none, _nn])

    def gumbel(
        self, loc: ParamLike = 0.0, scale: ParamLike = 1.0, size: SizeLike = None
    ) -> ndarray:
        """Gumbel samples, as ``numpy.random.Generator.gumbel``; ``scale`` >= 0."""
        return self._sample(_impl.gumbel, [("loc", loc), ("scale", scale)], size, [_none, _nn])

    def logistic(
        self, loc: ParamLike = 0.0, scale: ParamLike = 1.0, size: SizeLike = None
    ) -> ndarray:
        """Logistic samples, as ``numpy.random.Generator.logistic``; ``scale`` >= 0."""
        return self._sample(_impl.logistic, [("loc", loc), ("scale", scale)], size, [_none, _nn])

    def rayleigh(self, scale: ParamLike = 1.0, size: SizeLike = None) -> ndarray:
        """Rayleigh samples, as ``numpy.random.Generator.rayleigh``; ``scale`` >= 0."""
        return self._sample(_impl.rayleigh, [("scale", scale)], size, [_nn])

    def wald(self, mean: ParamLike, scale: ParamLike, size: SizeLike = None) -> ndarray:
        """Wald (inverse Gaussian) samples, as ``numpy.random.Generator.wald``; both
        parameters > 0."""
        return self._sample(_impl.wald, [("mean", mean), ("scale", scale)], size, [_pos, _pos])

    def triangular(
        self, left: ParamLike, mode: ParamLike, right: ParamLike, size: SizeLike = None
    ) -> ndarray:
        """Triangular samples, as ``numpy.random.Generator.triangular``: ``left > mode``,
        ``mode > right`` and ``left == right`` raise ``ValueError``."""
        params, _ = _params(self, [("left", left), ("mode", mode), ("right", right)], _F64)
        _broadcast([tuple(p.tensor.shape) for p in params])
        lo, mid, hi = (p.check for p in params)
        for bad, message in (
            (lo > mid, "left > mode"),
            (mid > hi, "mode > right"),
            (lo == hi, "left == right"),
        ):
            if bool(bad.any()):
                raise ValueError(message)
        named = [("left", left), ("mode", mode), ("right", right)]
        return self._sample(_impl.triangular, named, size)

    # ------------------------------------------------------------------ discrete
    def poisson(self, lam: ParamLike = 1.0, size: SizeLike = None) -> ndarray:
        """Poisson counts (int64), as ``numpy.random.Generator.poisson``; ``lam`` must be
        >= 0, not NaN, and at most about 9.2e18 (``ValueError``)."""
        return self._sample(_impl.poisson, [("lam", lam)], size, [_lam], discrete=True)

    def binomial(self, n: ParamLike, p: ParamLike, size: SizeLike = None) -> ndarray:
        """Binomial counts (int64), as ``numpy.random.Generator.binomial``.

        ``n`` is truncated to an integer (NaN refused) and must be >= 0; ``p`` in [0, 1].
        Exact in distribution (inversion for small ``n * p``, BTRS rejection otherwise);
        ``n`` above 2**53 loses precision as it is handled in float64.
        """
        named = [("p", p), ("n", n)]

        def sampler(gen: torch.Generator, pp: torch.Tensor, nn: torch.Tensor) -> torch.Tensor:
            return _impl.binomial(gen, nn, pp)

        return self._sample(sampler, named, size, [_p01, _nn], discrete=True, counts=(1,))

    def negative_binomial(self, n: ParamLike, p: ParamLike, size: SizeLike = None) -> ndarray:
        """Negative binomial counts (int64: failures before the ``n``-th success), as
        ``numpy.random.Generator.negative_binomial``: ``n`` > 0 and ``p`` in (0, 1]
        (``RandomState``: ``p`` in [0, 1])."""
        checks = [_pos, _p01] if self._legacy else [_pos_not_nan, _pgt01]
        named = [("n", n), ("p", p)]
        return self._sample(_impl.negative_binomial, named, size, checks, discrete=True)

    def geometric(self, p: ParamLike, size: SizeLike = None) -> ndarray:
        """Geometric counts (int64, trials up to the first success, >= 1), as
        ``numpy.random.Generator.geometric``; ``p`` in (0, 1]."""
        return self._sample(_impl.geometric, [("p", p)], size, [_pgt01], discrete=True)

    def logseries(self, p: ParamLike, size: SizeLike = None) -> ndarray:
        """Logarithmic-series counts (int64, >= 1), as
        ``numpy.random.Generator.logseries``; ``p`` in [0, 1)."""
        return self._sample(_impl.logseries, [("p", p)], size, [_p01open], discrete=True)

    def zipf(self, a: ParamLike, size: SizeLike = None) -> ndarray:
        """Zipf counts (int64, >= 1), as ``numpy.random.Generator.zipf``; ``a`` > 1."""
        return self._sample(_impl.zipf, [("a", a)], size, [_gt1], discrete=True)

    def hypergeometric(
        self, ngood: ParamLike, nbad: ParamLike, nsample: ParamLike, size: SizeLike = None
    ) -> ndarray:
        """Hypergeometric counts (int64: good items among ``nsample`` drawn without
        replacement), as ``numpy.random.Generator.hypergeometric``.

        The parameters are truncated to integers. ``ValueError`` for negative counts, for
        ``ngood + nbad < nsample``, for ``nsample < 1`` with ``RandomState`` and for counts
        of 10**9 or more with ``Generator``, as NumPy.
        """
        named = [("ngood", ngood), ("nbad", nbad), ("nsample", nsample)]
        params, _ = _params(self, named, _F64)
        for p in params:
            _as_counts(p)
        good, bad, sample = params
        if not self._legacy and (
            good.fails(lambda t: t >= _HYPERGEOM_MAX) or bad.fails(lambda t: t >= _HYPERGEOM_MAX)
        ):
            raise ValueError(f"both ngood and nbad must be less than {_HYPERGEOM_MAX}")
        _broadcast([tuple(p.tensor.shape) for p in params])
        if bool((good.check + bad.check < sample.check).any()):
            raise ValueError("ngood + nbad < nsample")
        _non_negative_int(good)
        _non_negative_int(bad)
        if self._legacy:
            if sample.fails(lambda t: t < 1):
                raise ValueError("nsample < 1 or nsample is NaN")
        else:
            _non_negative_int(sample)
        return self._sample(_impl.hypergeometric, named, size, discrete=True, counts=(0, 1, 2))

    # ------------------------------------------------------------------ multivariate
    def dirichlet(self, alpha: ParamLike, size: SizeLike = None) -> ndarray:
        """Dirichlet samples of shape ``size + (k,)`` for a 1-D ``alpha`` of length k, as
        ``numpy.random.Generator.dirichlet``.

        ``alpha`` < 0 raises ``ValueError`` (``RandomState``: ``alpha`` <= 0). Computed in
        log space, so tiny ``alpha`` does not give NaN rows.
        """
        params, device = _params(self, [("alpha", alpha)], default_float_dtype())
        a = params[0]
        if a.tensor.ndim == 0:
            raise TypeError(f"object of type '{type(alpha).__name__}' has no len()")
        if a.tensor.ndim > 1:
            raise ValueError(
                "setting an array element with a sequence. The requested array would exceed "
                "the maximum number of dimension of 1."
            )
        if self._legacy:
            _positive(a)
        else:
            _non_negative(a)
        shape = shape_of_size(size) + tuple(a.tensor.shape)
        gen = self._torch_generator(device)
        result: ndarray = wrap(_impl.dirichlet(gen, a.tensor.expand(shape).contiguous()))
        return result

    def multinomial(self, n: ParamLike, pvals: ParamLike, size: SizeLike = None) -> ndarray:
        """Multinomial counts (int64) of shape ``size + (k,)``, as
        ``numpy.random.Generator.multinomial``.

        ``Generator``: ``n`` and the leading axes of ``pvals`` broadcast (with ``size``).
        ``RandomState``: one integer ``n`` and a 1-D ``pvals``. Negative or NaN ``pvals``
        and ``sum(pvals[:-1]) > 1`` (beyond 1e-12) raise ``ValueError``; the last category
        takes the remaining probability.
        """
        params, device = _params(self, [("n", n), ("pvals", pvals)], _F64)
        count, probs = params
        _as_counts(count)
        pv = probs.tensor
        if self._legacy and count.tensor.ndim:
            raise TypeError(
                "an integer is required"
                if isinstance(n, (list, tuple))
                else "only 0-dimensional arrays can be converted to Python scalars"
            )
        if self._legacy and pv.ndim == 0:
            raise TypeError("pvals must be a 1-d sequence")
        if self._legacy and pv.ndim > 1:
            raise ValueError(
                "setting an array element with a sequence. The requested array would exceed "
                "the maximum number of dimension of 1."
            )
        if not self._legacy and (pv.ndim == 0 or pv.shape[-1] == 0):
            raise ValueError(
                "pvals must have at least 1 dimension and the last dimension of pvals must be "
                "greater than 0."
            )
        _in_0_1(probs, False)
        if pv.shape[-1] > 1 and bool((pv[..., :-1].sum(-1) > 1.0 + 1e-12).any()):
            raise ValueError("sum(pvals[:-1]) > 1.0")
        _non_negative(count)
        batch = tuple(pv.shape[:-1])
        shape = _output_shape(size, [tuple(count.tensor.shape), batch])
        k = pv.shape[-1]
        rows = pv.expand((*shape, k)).reshape(math.prod(shape), k)
        gen = self._torch_generator(device)
        t = _impl.multinomial(gen, count.tensor.expand(shape).reshape(-1), rows)
        result: ndarray = wrap(t.reshape((*shape, k)))
        return result

    def multivariate_hypergeometric(
        self,
        colors: ParamLike,
        nsample: SupportsIndex,
        size: SizeLike = None,
        method: str = "marginals",
    ) -> ndarray:
        """Counts per colour (int64, shape ``size + (len(colors),)``) for ``nsample`` items
        drawn without replacement, as ``numpy.random.Generator.multivariate_hypergeometric``.

        ``method`` must be 'marginals' or 'count' (both give the same distribution here; the
        sampler draws each colour in turn against the colours after it). Not on
        ``RandomState``, as in NumPy.
        """
        if self._legacy:
            raise AttributeError(
                "'RandomState' object has no attribute 'multivariate_hypergeometric'"
            )
        if method not in ("count", "marginals"):
            raise ValueError('method must be "count" or "marginals".')
        bad_colors = (
            "colors must be a one-dimensional sequence of nonnegative integers not exceeding "
            f"{2**63 - 1}."
        )
        raw = _as_float_tensor(colors) if not isinstance(colors, ndarray) else as_tensor(colors)
        if raw.ndim != 1 or (raw.numel() and raw.dtype.is_floating_point) or bool((raw < 0).any()):
            raise ValueError(bad_colors)
        count = _int_index(nsample, "nsample must be an integer")
        if count < 0:
            raise ValueError("nsample must be nonnegative.")
        total = sum(int(c) for c in raw.tolist())
        if total > 2**63 - 1:
            raise ValueError(
                "sum(colors) must not exceed the maximum value of a 64 bit signed integer "
                f"({2**63 - 1})"
            )
        if count > total:
            raise ValueError("nsample > sum(colors)")
        device = (
            raw.device if isinstance(colors, (ndarray, torch.Tensor)) else self._output_device()
        )
        shape = shape_of_size(size)
        gen = self._torch_generator(device)
        t = _impl.multivariate_hypergeometric(gen, raw.to(device), count, math.prod(shape))
        result: ndarray = wrap(t.reshape((*shape, raw.shape[0])))
        return result

    def multivariate_normal(
        self,
        mean: ParamLike,
        cov: ParamLike,
        size: SizeLike = None,
        check_valid: str = "warn",
        tol: float = 1e-8,
        *,
        method: str | None = None,
    ) -> ndarray:
        """Multivariate normal samples of shape ``size + (N,)``, as
        ``numpy.random.Generator.multivariate_normal``.

        ``cov`` is factored by ``method`` ('svd', the default, 'eigh' or 'cholesky';
        ``RandomState`` has no ``method`` and uses 'svd'). Unless ``check_valid='ignore'``,
        a ``cov`` that is not symmetric positive-semidefinite (within ``tol``) warns
        (``RuntimeWarning``) or raises (``ValueError``); on CUDA that check reads the result
        back from the device. A failed Cholesky factorisation raises ``ValueError`` (NumPy's
        ``LinAlgError`` is a ``ValueError`` too).
        """
        _no_keywords(self, "multivariate_normal", method=method)
        how = "svd" if method is None else method
        if how not in ("svd", "eigh", "cholesky"):
            raise ValueError("method must be one of {'eigh', 'svd', 'cholesky'}")
        params, device = _params(self, [("mean", mean), ("cov", cov)], default_float_dtype())
        mu, sigma = params[0].tensor, params[1].tensor
        if mu.ndim != 1:
            raise ValueError("mean must be 1 dimensional")
        if sigma.ndim != 2 or sigma.shape[0] != sigma.shape[1]:
            raise ValueError("cov must be 2 dimensional and square")
        if mu.shape[0] != sigma.shape[0]:
            raise ValueError("mean and cov must have same length")
        shape = shape_of_size(size) + tuple(mu.shape)
        if check_valid not in ("warn", "raise", "ignore"):
            raise ValueError("check_valid must equal 'warn', 'raise', or 'ignore'")
        k = mu.shape[0]
        gen = self._torch_generator(device)
        z = _impl.normal_std(gen, math.prod(shape), mu.dtype, device).reshape(-1, k)
        if how == "cholesky":
            lower, info = torch.linalg.cholesky_ex(sigma)
            if bool(info.ne(0).any()):
                raise ValueError("Matrix is not positive definite")
            factor = lower.mT
            psd = True
        elif how == "eigh":
            s, u = torch.linalg.eigh(sigma)
            psd = check_valid == "ignore" or not bool((s < -tol).any())
            factor = (u * torch.sqrt(s.abs())).mT
        else:
            _, s, vh = torch.linalg.svd(sigma)
            psd = check_valid == "ignore" or bool(
                torch.allclose((vh.mT * s) @ vh, sigma, rtol=tol, atol=tol)
            )
            factor = torch.sqrt(s)[:, None] * vh
        if not psd:
            message = "covariance is not symmetric positive-semidefinite."
            if check_valid == "raise":
                raise ValueError(message)
            warnings.warn(message, RuntimeWarning, stacklevel=2)
        t = (mu + z @ factor).reshape(shape)
        result: ndarray = wrap(t)
        return result


def _non_negative_int(p: _Param) -> None:
    if p.fails(lambda t: t < 0):
        raise ValueError(f"{p.name} < 0")


# checks with the (param, all-scalar) signature that ``_sample`` calls
def _none(p: _Param, scalar: bool) -> None:
    pass


def _nn(p: _Param, scalar: bool) -> None:
    _non_negative(p)


def _pos(p: _Param, scalar: bool) -> None:
    _positive(p)


def _pos_not_nan(p: _Param, scalar: bool) -> None:
    _positive_not_nan(p)


def _p01(p: _Param, scalar: bool) -> None:
    _in_0_1(p, scalar)


def _pgt01(p: _Param, scalar: bool) -> None:
    _in_open0_1(p)


def _p01open(p: _Param, scalar: bool) -> None:
    _in_0_open1(p, scalar)


def _gt1(p: _Param, scalar: bool) -> None:
    if p.fails(lambda t: ~(t > 1)):
        raise ValueError(f"{p.name} <= 1 or {p.name} is NaN")


def _lam(p: _Param, scalar: bool) -> None:
    _poisson_rate(p, scalar)
