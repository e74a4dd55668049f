"""Tensor implementations of ``numpy.fft``: tensors in, tensors out, NumPy 2's rules.

Only torch and the standard library are imported here. The checks run in NumPy's order:
the axis (done by the normalizer), the number of points ``n``, then ``norm``. Result dtypes
are NumPy 2's ``result_type(a.dtype, 1j)``: single precision (and half precision) input
gives complex64, double precision gives complex128, and integer or bool input gives the
default complex dtype, which ``bind_defaults`` lets the wrapper module take from tnp-core
(complex128 unless the user switched the default float to float32).
"""

from __future__ import annotations

import operator
from collections.abc import Callable

import torch

__all__ = ["bind_defaults", "fft", "ifft"]


def _complex128() -> torch.dtype:
    return torch.complex128


_default_complex: Callable[[], torch.dtype] = _complex128


def bind_defaults(default_complex: Callable[[], torch.dtype]) -> None:
    """Use ``default_complex()`` as the result dtype of integer and bool input."""
    global _default_complex
    _default_complex = default_complex


_NORMS = ("backward", "ortho", "forward")
_REAL_OF = {torch.complex64: torch.float32, torch.complex128: torch.float64}


def _result_dtype(dt: torch.dtype) -> torch.dtype:
    if dt is torch.float64 or dt is torch.complex128:
        return torch.complex128
    if dt.is_floating_point or dt.is_complex:
        # float16, bfloat16, float32, complex64 (and complex32)
        return torch.complex64
    return _default_complex()


def _points(n: object) -> int:
    if n is True or n is False:
        raise TypeError("an integer is required")
    return operator.index(n)  # type: ignore[arg-type]


def _transform(
    forward: bool,
    a: torch.Tensor,
    n: int | None,
    axis: tuple[int, ...] | None,
    norm: str | None,
    sep: str,
) -> torch.Tensor:
    if axis is None:
        raise TypeError("tuple indices must be integers or slices, not NoneType")
    if len(axis) != 1:
        raise TypeError("axis must be a single integer")
    dim = axis[0]
    points = a.shape[dim] if n is None else _points(n)
    if points < 1:
        raise ValueError(f"Invalid number of FFT data points ({points}) specified.")
    if norm is None:
        norm = "backward"
    elif norm not in _NORMS:
        raise ValueError(
            f'Invalid norm value {norm}; should be "backward",{sep}"ortho" or "forward".'
        )
    result = _result_dtype(a.dtype)
    half = a.dtype is torch.float16
    # Real input goes in as real (torch then uses a real-to-complex transform).
    a = a.to(result if a.dtype.is_complex else _REAL_OF[result])
    if a.numel() == 0 and any(s == 0 for i, s in enumerate(a.shape) if i != dim):
        # an empty stack of transforms (torch's CPU backends refuse to plan these)
        shape = list(a.shape)
        shape[dim] = points
        return torch.zeros(shape, dtype=result, device=a.device)
    transform = torch.fft.fft if forward else torch.fft.ifft
    if half:
        # NumPy computes the scale factor in the input's precision (float16), then scales
        unscaled = "backward" if forward else "forward"
        out: torch.Tensor = transform(a, n=points, dim=dim, norm=unscaled)
        factor = _half_scale(points, norm, forward)
        return out if factor == 1.0 else out.mul_(factor)
    out = transform(a, n=points, dim=dim, norm=norm)
    return out


def _half_scale(points: int, norm: str, forward: bool) -> float:
    """The factor NumPy scales a float16 input's transform by, rounded as NumPy rounds it."""
    if norm == "ortho":
        return float(torch.reciprocal(torch.sqrt(torch.tensor(points, dtype=torch.float16))))
    if (norm == "forward") == forward:
        return float(torch.reciprocal(torch.tensor(points, dtype=torch.float16)))
    return 1.0


def fft(
    a: torch.Tensor, n: int | None, axis: tuple[int, ...] | None, norm: str | None
) -> torch.Tensor:
    """``numpy.fft.fft``: the one-dimensional discrete Fourier transform along ``axis``."""
    return _transform(True, a, n, axis, norm, "")


def ifft(
    a: torch.Tensor, n: int | None, axis: tuple[int, ...] | None, norm: str | None
) -> torch.Tensor:
    """``numpy.fft.ifft``: the inverse of ``fft`` along ``axis``."""
    return _transform(False, a, n, axis, norm, " ")
