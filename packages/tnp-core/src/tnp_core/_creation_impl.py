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


def zeros(shape: tuple[int, ...], dtype: torch.dtype | None, device: torch.device) -> torch.Tensor:
    """Array of zeros, as ``numpy.zeros``."""
    return torch.zeros(shape, dtype=_float_default(dtype), device=device)


def ones(shape: tuple[int, ...], dtype: torch.dtype | None, device: torch.device) -> torch.Tensor:
    """Array of ones, as ``numpy.ones``."""
    return torch.ones(shape, dtype=_float_default(dtype), device=device)


def empty(shape: tuple[int, ...], dtype: torch.dtype | None, device: torch.device) -> torch.Tensor:
    """Uninitialized array, as ``numpy.empty``."""
    return torch.empty(shape, dtype=_float_default(dtype), device=device)


def full(
    shape: tuple[int, ...],
    fill_value: torch.Tensor,
    dtype: torch.dtype | None,
    device: torch.device,
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
    device: torch.device,
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
    device: torch.device,
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
    if _di.kind(dtype) in "iu" and all(isinstance(v, int) for v in values):
        if length == 0:
            return torch.empty(0, dtype=dtype, device=device)
        work = torch.arange(length, dtype=torch.int64, device=device) * step + start
        return work.to(dtype)
    work_dtype = dtype if _di.kind(dtype) in "fc" else defaults.float_dtype
    first = torch.tensor(start, dtype=work_dtype)
    delta = torch.tensor(start + step, dtype=work_dtype) - first
    idx = torch.arange(length, device=device, dtype=work_dtype)
    out = first.to(device) + idx * delta.to(device)
    return out.to(dtype)


def linspace(
    start: torch.Tensor,
    stop: torch.Tensor,
    num: int,
    endpoint: bool,
    retstep: bool,
    dtype: torch.dtype | None,
    axis: int,
    device: torch.device,
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
    y = torch.arange(0, num, dtype=work, device=device).reshape((-1,) + (1,) * delta.dim())
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
