"""Array creation on tensors: zeros, ones, empty, full, eye, arange, linspace.

A ``dtype`` of None means NumPy's default for the function (float64 unless the default float
was switched, or the fill value's dtype for ``full``).
"""

from __future__ import annotations

import math

import torch

from . import _dtypes_impl as _di
from ._defaults_impl import defaults
from .exceptions import AxisError


def _float_default(dtype: torch.dtype | None) -> torch.dtype:
    return defaults.float_dtype if dtype is None else dtype


def zeros(
    shape: tuple[int, ...], dtype: torch.dtype | None, device: torch.device | None
) -> torch.Tensor:
    """Array of zeros, as ``numpy.zeros``."""
    return torch.zeros(shape, dtype=_float_default(dtype), device=device)


def ones(
    shape: tuple[int, ...], dtype: torch.dtype | None, device: torch.device | None
) -> torch.Tensor:
    """Array of ones, as ``numpy.ones``."""
    return torch.ones(shape, dtype=_float_default(dtype), device=device)


def empty(
    shape: tuple[int, ...], dtype: torch.dtype | None, device: torch.device | None
) -> torch.Tensor:
    """Uninitialized array, as ``numpy.empty``."""
    return torch.empty(shape, dtype=_float_default(dtype), device=device)


def full(
    shape: tuple[int, ...],
    fill_value: torch.Tensor,
    dtype: torch.dtype | None,
    device: torch.device | None,
) -> torch.Tensor:
    """Array filled with ``fill_value`` (broadcast), as ``numpy.full``."""
    target = fill_value.dtype if dtype is None else dtype
    out = torch.empty(shape, dtype=target, device=device)
    try:
        out.copy_(fill_value.to(device=device, dtype=target))
    except RuntimeError:
        raise ValueError(
            f"could not broadcast input array from shape {tuple(fill_value.shape)} into shape "
            f"{shape}"
        ) from None
    return out


def eye(
    N: int,
    M: int | None,
    k: int,
    dtype: torch.dtype | None,
    device: torch.device | None,
) -> torch.Tensor:
    """Ones on the ``k``-th diagonal, as ``numpy.eye``."""
    n = int(N)
    m = n if M is None else int(M)
    if n < 0 or m < 0:
        raise ValueError("negative dimensions are not allowed")
    out = torch.zeros((n, m), dtype=_float_default(dtype), device=device)
    if -n < k < m:
        out.diagonal(offset=k).fill_(1)
    return out


def arange(
    start: float | complex,
    stop: float | complex | None,
    step: float | complex | None,
    dtype: torch.dtype | None,
    device: torch.device | None,
) -> torch.Tensor:
    """Evenly spaced values in [start, stop), as ``numpy.arange``.

    The length is ``ceil((stop - start) / step)`` and element ``i`` is
    ``start + i * ((start + step) - start)``, computed in the result dtype as NumPy does.
    """
    if stop is None:
        start, stop = 0, start
    if step is None:
        step = 1
    if step == 0:
        raise ZeroDivisionError("division by zero: arange with step 0")
    values = (start, stop, step)
    if isinstance(start, complex) or isinstance(stop, complex) or isinstance(step, complex):
        raise TypeError("arange does not support complex arguments; use linspace")
    if dtype is None:
        if all(isinstance(v, int) for v in values):
            dtype = defaults.int_dtype
        else:
            dtype = defaults.float_dtype
    span = (stop - start) / step
    if isinstance(start, int) and isinstance(stop, int) and isinstance(step, int):
        length = max(0, -((start - stop) // step))
    else:
        if math.isnan(span) or math.isinf(span):
            raise ValueError("arange: cannot compute length")
        length = max(0, math.ceil(span))
        if span == 0 and stop != start:
            # the quotient underflowed: NumPy counts one element when its sign is positive
            length = 0 if math.copysign(1.0, span) < 0 else 1
    # NumPy stores the first two elements in the result dtype and continues with their
    # difference in that dtype's arithmetic (float32 for float16)
    work = _di.FLOAT32 if dtype in (_di.FLOAT16, _di.BFLOAT16) else dtype
    if _di.kind(dtype) in "iub":
        work = _di.INT64
    first = torch.tensor(start, dtype=_scalar_dtype(start)).to(dtype).to(work)
    second = torch.tensor(start + step, dtype=_scalar_dtype(start + step)).to(dtype).to(work)
    delta = second - first
    idx = torch.arange(length, dtype=work, device=device)
    out = first.to(device) + idx * delta.to(device)
    return out.to(dtype)


def _scalar_dtype(value: float) -> torch.dtype:
    return _di.INT64 if isinstance(value, int) else _di.FLOAT64


def linspace(
    start: torch.Tensor,
    stop: torch.Tensor,
    num: int,
    endpoint: bool,
    retstep: bool,
    dtype: torch.dtype | None,
    axis: int,
    device: torch.device | None,
) -> torch.Tensor | tuple[torch.Tensor, torch.Tensor]:
    """``num`` evenly spaced samples from start to stop, as ``numpy.linspace``.

    Integer dtypes floor the samples (NumPy 2 behaviour).
    """
    num = int(num)
    if num < 0:
        raise ValueError(f"Number of samples, {num}, must be non-negative.")
    div = num - 1 if endpoint else num
    work = _di.result_type((start.dtype, stop.dtype), (float,))
    start = start.to(device=device, dtype=work)
    stop = stop.to(device=device, dtype=work)
    delta = stop - start
    real_work = work if _di.kind(work) != "c" else delta.real.dtype
    y = torch.arange(0, num, dtype=real_work, device=device).to(work)
    y = y.reshape((-1,) + (1,) * delta.dim())
    if div > 0:
        step = delta / div
        y = y / div * delta if bool((step == 0).any()) else y * step
    else:
        step = torch.full_like(delta, float("nan"))
        y = y * delta
    y = y + start
    if endpoint and num > 1:
        y[-1, ...] = stop
    if not -y.dim() <= axis < y.dim():
        raise AxisError(axis, y.dim())
    if axis % y.dim() != 0:
        y = torch.movedim(y, 0, axis)
    target = work if dtype is None else dtype
    if _di.kind(target) in "iu":
        y = torch.floor(y)
    y = y.to(target)
    if retstep:
        return y, step
    return y
