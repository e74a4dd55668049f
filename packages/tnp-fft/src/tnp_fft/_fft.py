# mypy: disable-error-code="empty-body"
"""The public functions of ``tnp_fft``, as declarations bound to ``_fft_impl``.

Each function is a signature with tnp-core's annotation tags and a docstring; ``normalize``
from ``tnp_core.extending`` converts the arguments, calls the implementation, writes into
``out=`` and wraps the result into ``tnp_core.ndarray``.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

from tnp_core.extending import (
    ArrayLike,
    AxisLike,
    OutArray,
    default_complex_dtype,
    ndarray,
    normalize,
)

from . import _fft_impl as _impl

__all__ = ["fft", "ifft"]

NormKind: TypeAlias = Literal["backward", "ortho", "forward"] | None

# Integer input transforms to tnp-core's default complex dtype, which the implementations
# cannot import themselves.
_impl.bind_defaults(default_complex_dtype)


@normalize(_impl.fft, out_casting="same_kind")
def fft(
    a: ArrayLike,
    n: int | None = None,
    axis: AxisLike = -1,
    norm: NormKind = None,
    out: OutArray = None,
) -> ndarray:
    """One-dimensional discrete Fourier transform, as ``numpy.fft.fft``.

    ``n`` is the transform length: the input is cut, or padded with zeros, at the end of
    ``axis`` (its length by default; ``n < 1`` raises ``ValueError``). ``norm`` is
    ``"backward"`` (the default, no scaling), ``"ortho"`` (``1/sqrt(n)``) or ``"forward"``
    (``1/n``). float32 and complex64 input gives complex64, float64, integer and bool input
    gives complex128 (the default complex dtype). ``out=`` receives the result under
    ``same_kind`` casting, as in NumPy; an ``out`` whose shape the result broadcasts to is
    filled by broadcasting.
    """


@normalize(_impl.ifft, out_casting="same_kind")
def ifft(
    a: ArrayLike,
    n: int | None = None,
    axis: AxisLike = -1,
    norm: NormKind = None,
    out: OutArray = None,
) -> ndarray:
    """One-dimensional inverse discrete Fourier transform, as ``numpy.fft.ifft``.

    ``ifft(fft(a)) == a`` up to rounding for every ``norm``: ``"backward"`` (the default)
    scales this direction by ``1/n``, ``"ortho"`` by ``1/sqrt(n)`` and ``"forward"`` not at
    all. ``n``, ``axis``, dtypes and ``out=`` are as in ``fft``.
    """
