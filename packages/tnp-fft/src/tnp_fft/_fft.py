# mypy: disable-error-code="empty-body"
"""The public functions of ``tnp_fft``, as declarations bound to ``_fft_impl``.

Each transform is a signature with tnp-core's annotation tags and a docstring; ``normalize``
from ``tnp_core.extending`` converts the arguments and calls the implementation, which
writes into ``out=`` itself (NumPy's checks: the transformed axis' length, ``same_kind``
casting, the result broadcast to ``out``). ``fftfreq`` and ``rfftfreq`` convert their
arguments here.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from typing import Literal, TypeAlias

import torch

from tnp_core.extending import (
    ArrayLike,
    AxisError,
    AxisIndex,
    DTypeLike,
    OutArray,
    as_tensor,
    default_complex_dtype,
    default_device,
    default_float_dtype,
    ndarray,
    normalize,
    to_torch_dtype,
    wrap,
)

from . import _fft_impl as _impl

__all__ = [
    "fft",
    "fft2",
    "fftfreq",
    "fftn",
    "fftshift",
    "hfft",
    "ifft",
    "ifft2",
    "ifftn",
    "ifftshift",
    "ihfft",
    "irfft",
    "irfft2",
    "irfftn",
    "rfft",
    "rfft2",
    "rfftfreq",
    "rfftn",
]

NormKind: TypeAlias = Literal["backward", "ortho", "forward"] | None
SizesLike: TypeAlias = Sequence["int | None"] | None
AxesLike: TypeAlias = Sequence[int] | None


def _axis_error(axis: int, ndim: int) -> Exception:
    return AxisError(axis, ndim)


# Integer input transforms to tnp-core's default complex (or float) dtype, and axes out of
# bounds raise tnp-core's AxisError; the implementations cannot import tnp-core themselves.
_impl.bind_defaults(default_complex_dtype, default_float_dtype, _axis_error)


@normalize(_impl.fft)
def fft(
    a: ArrayLike,
    n: int | None = None,
    axis: AxisIndex = -1,
    norm: NormKind = None,
    out: OutArray = None,
) -> ndarray:
    """One-dimensional discrete Fourier transform, as ``numpy.fft.fft``.

    ``n`` is the transform length: the input is cut, or padded with zeros, at the end of
    ``axis`` (its length by default; ``n < 1`` raises ``ValueError``). ``norm`` is
    ``"backward"`` (the default, no scaling), ``"ortho"`` (``1/sqrt(n)``) or ``"forward"``
    (``1/n``). float32 and complex64 input gives complex64, float64, integer and bool input
    gives complex128 (the default complex dtype); float16 input is transformed in single
    precision with the scale factor rounded to float16, as NumPy does. ``out=`` must have
    the result's length along ``axis`` (``ValueError`` otherwise) and receives the result
    under ``same_kind`` casting, broadcast over the other axes, as in NumPy.
    """


@normalize(_impl.ifft)
def ifft(
    a: ArrayLike,
    n: int | None = None,
    axis: AxisIndex = -1,
    norm: NormKind = None,
    out: OutArray = None,
) -> ndarray:
    """One-dimensional inverse discrete Fourier transform, as ``numpy.fft.ifft``.

    ``ifft(fft(a)) == a`` up to rounding for every ``norm``: ``"backward"`` (the default)
    scales this direction by ``1/n``, ``"ortho"`` by ``1/sqrt(n)`` and ``"forward"`` not at
    all. ``n``, ``axis``, dtypes and ``out=`` are as in ``fft``.
    """


@normalize(_impl.rfft)
def rfft(
    a: ArrayLike,
    n: int | None = None,
    axis: AxisIndex = -1,
    norm: NormKind = None,
    out: OutArray = None,
) -> ndarray:
    """Discrete Fourier transform of real input, as ``numpy.fft.rfft``.

    Only the ``n // 2 + 1`` non-negative frequencies are returned. Complex input raises
    ``TypeError``, as in NumPy. ``n``, ``axis``, ``norm``, dtypes and ``out=`` are as in
    ``fft``.
    """


@normalize(_impl.irfft)
def irfft(
    a: ArrayLike,
    n: int | None = None,
    axis: AxisIndex = -1,
    norm: NormKind = None,
    out: OutArray = None,
) -> ndarray:
    """Inverse of ``rfft``, as ``numpy.fft.irfft``.

    ``n`` is the length of the real output (``2 * (m - 1)`` by default, for ``m`` input
    points; pass ``n`` to get an odd length back). The input is cut or zero-padded to
    ``n // 2 + 1`` points; the imaginary parts of the zero (and, for even ``n``, the
    Nyquist) frequency are ignored. The result is real: float32 for single precision
    input, float16 for float16 input (computed in float32), float64 for double precision,
    the default float dtype for integers and bool.
    """


@normalize(_impl.hfft)
def hfft(
    a: ArrayLike,
    n: int | None = None,
    axis: AxisIndex = -1,
    norm: NormKind = None,
    out: OutArray = None,
) -> ndarray:
    """Transform of a signal with Hermitian symmetry, as ``numpy.fft.hfft``.

    ``a`` holds the non-negative half of the signal; the result is real, of length ``n``
    (``2 * (m - 1)`` by default), with ``irfft``'s dtypes. ``norm`` scales as ``fft``.
    Differs from NumPy 2.4, which ignores ``out=`` here: tnp writes the result into it.
    """


@normalize(_impl.ihfft)
def ihfft(
    a: ArrayLike,
    n: int | None = None,
    axis: AxisIndex = -1,
    norm: NormKind = None,
    out: OutArray = None,
) -> ndarray:
    """Inverse of ``hfft``, as ``numpy.fft.ihfft``: the conjugate of ``rfft``, scaled as
    ``ifft``.

    Real input only (``TypeError`` for complex); ``n // 2 + 1`` complex points out.
    """


@normalize(_impl.fftn)
def fftn(
    a: ArrayLike,
    s: SizesLike = None,
    axes: AxesLike = None,
    norm: NormKind = None,
    out: OutArray = None,
) -> ndarray:
    """N-dimensional discrete Fourier transform, as ``numpy.fft.fftn``.

    ``axes`` (a sequence; all axes by default) are transformed, each cut or zero-padded to
    the matching entry of ``s`` (the axis' length by default; ``-1`` also means the axis'
    length). As in NumPy 2: ``s`` without ``axes`` uses the last ``len(s)`` axes with a
    ``DeprecationWarning``, ``None`` inside ``s`` (the axis' default) warns too, ``s`` and
    ``axes`` of different lengths raise ``ValueError``, a repeated axis is transformed
    again, and no axes at all give the input back unchanged. ``norm``, dtypes and ``out=``
    are as in ``fft`` (``out`` must have the result's shape along the transformed axes).
    """


@normalize(_impl.ifftn)
def ifftn(
    a: ArrayLike,
    s: SizesLike = None,
    axes: AxesLike = None,
    norm: NormKind = None,
    out: OutArray = None,
) -> ndarray:
    """N-dimensional inverse discrete Fourier transform, as ``numpy.fft.ifftn``.

    ``s``, ``axes``, ``norm``, dtypes and ``out=`` are as in ``fftn``.
    """


@normalize(_impl.fftn)
def fft2(
    a: ArrayLike,
    s: SizesLike = None,
    axes: AxesLike = (-2, -1),
    norm: NormKind = None,
    out: OutArray = None,
) -> ndarray:
    """Two-dimensional discrete Fourier transform, as ``numpy.fft.fft2``: ``fftn`` over the
    last two axes by default."""


@normalize(_impl.ifftn)
def ifft2(
    a: ArrayLike,
    s: SizesLike = None,
    axes: AxesLike = (-2, -1),
    norm: NormKind = None,
    out: OutArray = None,
) -> ndarray:
    """Two-dimensional inverse discrete Fourier transform, as ``numpy.fft.ifft2``:
    ``ifftn`` over the last two axes by default.

    Differs from NumPy 2.4, which ignores ``out=`` here: tnp writes the result into it.
    """


@normalize(_impl.rfftn)
def rfftn(
    a: ArrayLike,
    s: SizesLike = None,
    axes: AxesLike = None,
    norm: NormKind = None,
    out: OutArray = None,
) -> ndarray:
    """N-dimensional transform of real input, as ``numpy.fft.rfftn``.

    ``rfft`` over the last of ``axes`` (``s[-1] // 2 + 1`` points out), then ``fft`` over
    the others. Complex input raises ``TypeError``; no axes at all raise ``IndexError``, as
    in NumPy. ``s``, ``axes``, ``norm`` and ``out=`` are as in ``fftn``.
    """


@normalize(_impl.rfftn)
def rfft2(
    a: ArrayLike,
    s: SizesLike = None,
    axes: AxesLike = (-2, -1),
    norm: NormKind = None,
    out: OutArray = None,
) -> ndarray:
    """Two-dimensional transform of real input, as ``numpy.fft.rfft2``: ``rfftn`` over the
    last two axes by default."""


@normalize(_impl.irfftn)
def irfftn(
    a: ArrayLike,
    s: SizesLike = None,
    axes: AxesLike = None,
    norm: NormKind = None,
    out: OutArray = None,
) -> ndarray:
    """Inverse of ``rfftn``, as ``numpy.fft.irfftn``.

    ``ifft`` over all but the last of ``axes``, then ``irfft`` over the last one, whose
    output length is ``s[-1]`` (``2 * (m - 1)`` by default). The result is real, with
    ``irfft``'s dtypes (float16 input gives float32 when more than one axis is
    transformed, as in NumPy). ``s``, ``axes`` and ``norm`` are as in ``fftn``; ``out=``
    receives the last pass, as in NumPy.
    """


@normalize(_impl.irfftn)
def irfft2(
    a: ArrayLike,
    s: SizesLike = None,
    axes: AxesLike = (-2, -1),
    norm: NormKind = None,
    out: OutArray = None,
) -> ndarray:
    """Two-dimensional inverse of ``rfft2``, as ``numpy.fft.irfft2``: ``irfftn`` over the
    last two axes by default.

    Differs from NumPy 2.4, which ignores ``out=`` here: tnp writes the result into it.
    """


@normalize(_impl.fftshift)
def fftshift(x: ArrayLike, axes: int | Sequence[int] | None = None) -> ndarray:
    """Move the zero frequency to the centre, as ``numpy.fft.fftshift``.

    Each of ``axes`` (all by default; an int or a sequence, repeats adding up) is rolled by
    half its length, rounded down. Any dtype; the result is a new array. A 0-D array with no
    axes raises ``ValueError``, as in NumPy (whose message differs).
    """


@normalize(_impl.ifftshift)
def ifftshift(x: ArrayLike, axes: int | Sequence[int] | None = None) -> ndarray:
    """Inverse of ``fftshift``, as ``numpy.fft.ifftshift``: each axis is rolled back by
    half its length, rounded down (the two differ for odd lengths)."""


def _count(n: object, name: str) -> int:
    """``n`` of ``fftfreq``/``rfftfreq``: a Python int or an integer 0-D array."""
    if isinstance(n, int):
        if name == "fftfreq" and isinstance(n, bool):
            raise TypeError(f"expected a sequence of integers or a single integer, got '{n}'")
        return n
    if isinstance(n, (ndarray, torch.Tensor)):
        t = as_tensor(n)
        exact = not (t.dtype.is_floating_point or t.dtype.is_complex or t.dtype is torch.bool)
        if t.dim() == 0 and exact:
            return operator.index(n)
    raise ValueError("n should be an integer")


def _spacing(d: object) -> torch.Tensor | float | complex:
    if type(d) in (bool, int, float, complex):
        return d  # type: ignore[return-value]
    return as_tensor(d)


def _device(device: object) -> torch.device | None:
    if device is None:
        return None
    if isinstance(device, torch.device):
        return device
    if isinstance(device, str):
        try:
            return torch.device(device)
        except RuntimeError:
            raise ValueError(f"unknown device {device!r}") from None
    raise TypeError(f"device must be a string or torch.device, not {type(device).__name__}")


def fftfreq(
    n: int,
    d: ArrayLike = 1.0,
    device: str | torch.device | None = None,
    *,
    dtype: DTypeLike = None,
) -> ndarray:
    """Sample frequencies of ``fft``, as ``numpy.fft.fftfreq``.

    ``[0, 1, ..., n//2 - 1 (or (n-1)//2), -n//2, ..., -1] / (d * n)``: the default float
    dtype, complex for a complex ``d``; an array ``d`` broadcasts against the frequencies.
    A zero ``n`` or Python ``d`` raises ``ZeroDivisionError``, a negative ``n``
    ``ValueError``, as in NumPy. ``device=`` takes any torch device (NumPy only ``"cpu"``);
    by default tnp's default device, or ``d``'s when ``d`` is an array. ``dtype=`` (a real
    floating dtype) is the Array API 2024.12 keyword; NumPy 2.4 has none.
    """
    count = _count(n, "fftfreq")
    dev = _device(device)
    spacing = _spacing(d)
    if dev is None and not isinstance(spacing, torch.Tensor):
        dev = default_device()
    return _as_dtype(wrap(_impl.fftfreq(count, spacing, dev)), dtype)


def _as_dtype(freqs: ndarray, dtype: DTypeLike) -> ndarray:
    """The frequencies in ``dtype`` (the Array API's keyword: a real floating dtype)."""
    if dtype is None:
        return freqs
    target = to_torch_dtype(dtype)
    if not target.is_floating_point:
        raise ValueError(f"dtype must be a real floating-point dtype, not {dtype!r}")
    return freqs.astype(target)


def rfftfreq(
    n: int,
    d: ArrayLike = 1.0,
    device: str | torch.device | None = None,
    *,
    dtype: DTypeLike = None,
) -> ndarray:
    """Sample frequencies of ``rfft``, as ``numpy.fft.rfftfreq``: ``[0, 1, ..., n//2] /
    (d * n)``.

    ``d`` and ``device=`` as in ``fftfreq``; a negative ``n`` gives an empty array, as in
    NumPy.
    """
    count = _count(n, "rfftfreq")
    dev = _device(device)
    spacing = _spacing(d)
    if dev is None and not isinstance(spacing, torch.Tensor):
        dev = default_device()
    return _as_dtype(wrap(_impl.rfftfreq(count, spacing, dev)), dtype)
