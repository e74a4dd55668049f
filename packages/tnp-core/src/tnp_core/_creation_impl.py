"""Array creation on tensors: from shapes, from other arrays' shapes, grids, matrices, buffers.

A ``dtype`` of None means NumPy's default for the function (float64 unless the default float
was switched, or the fill value's dtype for ``full``).
"""

from __future__ import annotations

import math
import operator
import re
import warnings
from collections.abc import Sequence
from typing import Any

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
    if dtype is _di.BOOL and length > 2:
        raise TypeError(
            "arange() is only supported for booleans when the result has at most length 2."
        )
    work = _di.FLOAT32 if dtype in (_di.FLOAT16, _di.BFLOAT16) else dtype
    if _di.kind(dtype) in "iub":
        work = _di.INT64
    elif dtype in _COMPLEX_PART:
        # real arguments: the imaginary parts are all zero (torch has no complex arange)
        work = _COMPLEX_PART[dtype]
    first = _rounded_to(start, dtype).to(work)
    second = _rounded_to(start + step, dtype).to(work)
    delta = second - first
    idx = torch.arange(length, dtype=work, device=device)
    out = first.to(device) + idx * delta.to(device)
    return out.to(dtype)


_COMPLEX_PART = {_di.COMPLEX64: _di.FLOAT32, _di.COMPLEX128: _di.FLOAT64}


def _rounded_to(value: float, dtype: torch.dtype) -> torch.Tensor:
    """``value`` stored in ``dtype`` (its real part for a complex dtype)."""
    t = torch.tensor(value, dtype=_scalar_dtype(value)).to(dtype)
    return t.real if t.is_complex() else t


def _scalar_dtype(value: float) -> torch.dtype:
    return _di.INT64 if isinstance(value, int) else _di.FLOAT64


def _as_work_tensor(
    x: torch.Tensor | float | complex, dtype: torch.dtype, device: torch.device | None
) -> torch.Tensor:
    if isinstance(x, torch.Tensor):
        return x.to(device=device, dtype=dtype)
    return torch.tensor(x, dtype=dtype, device=device)


def linspace(
    start: torch.Tensor | float | complex,
    stop: torch.Tensor | float | complex,
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
    # Python scalars are weak: float32 endpoints with a Python int stop stay float32
    strong = tuple(x.dtype for x in (start, stop) if isinstance(x, torch.Tensor))
    weak = tuple(type(x) for x in (start, stop) if not isinstance(x, torch.Tensor))
    work = _di.result_type(strong, (*weak, float))
    start = _as_work_tensor(start, work, device)
    stop = _as_work_tensor(stop, work, device)
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


# ----------------------------------------------------------------------------- *_like
def _check_order(order: str | None) -> None:
    if order not in ("K", "A", "C", None):
        raise NotImplementedError("tnp arrays are always C-ordered: order='F' is not supported")


def _like_shape(a: torch.Tensor, shape: int | Sequence[int] | None) -> tuple[int, ...]:
    if shape is None:
        return tuple(a.shape)
    dims = (operator.index(shape),) if not isinstance(shape, Sequence) else shape
    dims = tuple(operator.index(d) for d in dims)
    if any(d < 0 for d in dims):
        raise ValueError("negative dimensions are not allowed")
    return dims


def _like_device(a: torch.Tensor, device: str | torch.device | None) -> torch.device:
    # the Array API puts a *_like result on its prototype's device unless told otherwise
    if device is None:
        return a.device
    if isinstance(device, torch.device):
        return device
    try:
        return torch.device(device)
    except RuntimeError:
        raise ValueError(f"unknown device {device!r}") from None


def empty_like(
    prototype: torch.Tensor,
    dtype: torch.dtype | None,
    order: str | None,
    shape: int | Sequence[int] | None,
    device: str | torch.device | None,
) -> torch.Tensor:
    """Uninitialized array shaped like ``prototype``, as ``numpy.empty_like``."""
    _check_order(order)
    target = prototype.dtype if dtype is None else dtype
    shp = _like_shape(prototype, shape)
    return torch.empty(shp, dtype=target, device=_like_device(prototype, device))


def zeros_like(
    a: torch.Tensor,
    dtype: torch.dtype | None,
    order: str | None,
    shape: int | Sequence[int] | None,
    device: str | torch.device | None,
) -> torch.Tensor:
    """Zeros shaped like ``a``, as ``numpy.zeros_like``."""
    out = empty_like(a, dtype, order, shape, device)
    return out.zero_()


def ones_like(
    a: torch.Tensor,
    dtype: torch.dtype | None,
    order: str | None,
    shape: int | Sequence[int] | None,
    device: str | torch.device | None,
) -> torch.Tensor:
    """Ones shaped like ``a``, as ``numpy.ones_like``."""
    out = empty_like(a, dtype, order, shape, device)
    return out.fill_(1)


def full_like(
    a: torch.Tensor,
    fill_value: torch.Tensor,
    dtype: torch.dtype | None,
    order: str | None,
    shape: int | Sequence[int] | None,
    device: str | torch.device | None,
) -> torch.Tensor:
    """``fill_value`` (cast unsafely, broadcast) in an array shaped like ``a``."""
    out = empty_like(a, dtype, order, shape, device)
    try:
        out.copy_(fill_value.to(device=out.device, dtype=out.dtype))
    except RuntimeError:
        raise ValueError(
            f"could not broadcast input array from shape {tuple(fill_value.shape)} into shape "
            f"{tuple(out.shape)}"
        ) from None
    return out


# ----------------------------------------------------------------------------- log/geom space
def logspace(
    start: torch.Tensor | float | complex,
    stop: torch.Tensor | float | complex,
    num: int,
    endpoint: bool,
    base: torch.Tensor | float | complex,
    dtype: torch.dtype | None,
    axis: int,
    device: torch.device | None,
) -> torch.Tensor:
    """``base ** linspace(start, stop)``, as ``numpy.logspace``.

    A Python-number ``base`` is weak (the samples' dtype wins), an array ``base`` takes part
    in promotion and broadcasts with ``start`` and ``stop``, as in NumPy.
    """
    if isinstance(base, torch.Tensor) and base.dim() > 0:
        # an array base broadcasts with the endpoints: they become (strong) arrays too
        if not isinstance(start, torch.Tensor):
            start = torch.tensor(start, dtype=_di.scalar_dtype(type(start)))
        if not isinstance(stop, torch.Tensor):
            stop = torch.tensor(stop, dtype=_di.scalar_dtype(type(stop)))
        ndmax = max(start.dim(), stop.dim(), base.dim())
        start, stop, base = (
            t.reshape((1,) * (ndmax - t.dim()) + tuple(t.shape)) for t in (start, stop, base)
        )
        base = base.unsqueeze(axis)
    y = linspace(start, stop, num, endpoint, False, None, axis, device)
    assert isinstance(y, torch.Tensor)
    if isinstance(base, torch.Tensor):
        work = _di.promote(base.dtype, y.dtype)
        b = base.to(device=y.device, dtype=work)
    else:
        work = _di.weak_scalar_result(y.dtype, type(base))
        b = torch.tensor(base, dtype=work, device=y.device)
    res = torch.pow(b, y.to(work))
    return res if dtype is None else res.to(dtype)


def geomspace(
    start: torch.Tensor,
    stop: torch.Tensor,
    num: int,
    endpoint: bool,
    dtype: torch.dtype | None,
    axis: int,
    device: torch.device | None,
) -> torch.Tensor:
    """Samples evenly spaced on a log scale between ``start`` and ``stop``, as ``numpy.geomspace``.

    Negative and complex endpoints are rotated onto the positive real axis, sampled there and
    rotated back, and the end samples are set to exactly ``start`` and ``stop``.
    """
    if bool((start == 0).any()) or bool((stop == 0).any()):
        raise ValueError("Geometric sequence cannot include zero")
    zero_dtype = defaults.float_dtype if dtype is None else dtype
    work = _di.result_type((start.dtype, stop.dtype, zero_dtype), (float,))
    target = work if dtype is None else dtype
    start = start.to(device=device, dtype=work)
    stop = stop.to(device=device, dtype=work)
    sign = torch.sgn(start) if _di.kind(work) == "c" else torch.sign(start)
    start = start / sign
    stop = stop / sign
    res = logspace(torch.log10(start), torch.log10(stop), num, endpoint, 10.0, work, 0, device)
    if num > 0:
        res[0] = start
        if num > 1 and endpoint:
            res[-1] = stop
    res = res * sign
    if axis != 0:
        if not -res.dim() <= axis < res.dim():
            raise AxisError(axis, res.dim())
        res = torch.movedim(res, 0, axis)
    return res.to(target)


# ----------------------------------------------------------------------------- matrices
def identity(n: int, dtype: torch.dtype | None, device: torch.device | None) -> torch.Tensor:
    """The ``n`` by ``n`` identity matrix, as ``numpy.identity`` (float64 by default)."""
    return eye(n, None, 0, dtype, device)


def _tri_mask(n: int, m: int, k: int, device: torch.device | None) -> torch.Tensor:
    rows = torch.arange(n, device=device).unsqueeze(1)
    cols = torch.arange(m, device=device).unsqueeze(0)
    return cols - rows <= k


def tri(
    N: int, M: int | None, k: int, dtype: torch.dtype | None, device: torch.device | None
) -> torch.Tensor:
    """Ones at and below the ``k``-th diagonal, as ``numpy.tri``."""
    n = operator.index(N)
    m = n if M is None else operator.index(M)
    if n < 0 or m < 0:
        raise ValueError("negative dimensions are not allowed")
    return _tri_mask(n, m, operator.index(k), device).to(_float_default(dtype))


def _triangle(m: torch.Tensor, k: int, lower: bool) -> torch.Tensor:
    if m.dim() == 0:
        raise TypeError("tril and triu need an array of at least one dimension")
    rows, cols = (m.shape[-1], m.shape[-1]) if m.dim() == 1 else m.shape[-2:]
    k = operator.index(k)
    mask = _tri_mask(rows, cols, k if lower else k - 1, m.device)
    if not lower:
        mask = ~mask
    # torch.where, unlike torch.tril, has kernels for every dtype
    return torch.where(mask, m, torch.zeros((), dtype=m.dtype, device=m.device))


def tril(m: torch.Tensor, k: int) -> torch.Tensor:
    """Zero the elements above the ``k``-th diagonal of the last two axes, as ``numpy.tril``."""
    return _triangle(m, k, True)


def triu(m: torch.Tensor, k: int) -> torch.Tensor:
    """Zero the elements below the ``k``-th diagonal of the last two axes, as ``numpy.triu``."""
    return _triangle(m, k, False)


def diag(v: torch.Tensor, k: int) -> torch.Tensor:
    """A 1-D input on the ``k``-th diagonal of a square matrix, or a 2-D input's diagonal."""
    k = operator.index(k)
    if v.dim() == 1:
        n = v.shape[0] + abs(k)
        out = torch.zeros((n, n), dtype=v.dtype, device=v.device)
        out.diagonal(offset=k).copy_(v)
        return out
    if v.dim() == 2:
        return torch.diagonal(v, offset=k).clone()
    raise ValueError("Input must be 1- or 2-d.")


def diagflat(v: torch.Tensor, k: int) -> torch.Tensor:
    """The flattened input on the ``k``-th diagonal of a square matrix, as ``numpy.diagflat``."""
    return diag(v.reshape(-1), k)


def vander(x: torch.Tensor, N: int | None, increasing: bool) -> torch.Tensor:
    """Columns of powers of ``x``, as ``numpy.vander`` (decreasing powers by default).

    The result dtype is ``x``'s promoted with int64, and the powers are running products in
    that dtype (integers wrap around as in NumPy).
    """
    if x.dim() != 1:
        raise ValueError("x must be a one-dimensional array or sequence.")
    n = x.shape[0] if N is None else operator.index(N)
    if n < 0:
        raise ValueError("negative dimensions are not allowed")
    work = _di.promote(x.dtype, _di.INT64)
    out = torch.empty((x.shape[0], n), dtype=work, device=x.device)
    if n > 0:
        out[:, 0] = 1
    if n > 1:
        out[:, 1:] = x.to(work).unsqueeze(1)
        out[:, 1:] = torch.cumprod(out[:, 1:], dim=1)
    return out if increasing else out.flip(1)


# ----------------------------------------------------------------------------- grids
def meshgrid(
    xi: tuple[torch.Tensor, ...], copy: bool, sparse: bool, indexing: str
) -> tuple[torch.Tensor, ...]:
    """Coordinate arrays from 1-D coordinate vectors, as ``numpy.meshgrid``."""
    if indexing not in ("xy", "ij"):
        raise ValueError("Valid values for `indexing` are 'xy' and 'ij'.")
    ndim = len(xi)
    out = []
    for i, x in enumerate(xi):
        shape = [1] * ndim
        shape[i] = -1
        out.append(x.reshape(shape))
    if indexing == "xy" and ndim > 1:
        for i in range(ndim):
            shape = list(out[i].shape)
            shape[0], shape[1] = shape[1], shape[0]
            out[i] = out[i].reshape(shape)
    if not sparse:
        out = [t.expand(_grid_shape(out)) for t in out]
    if copy:
        out = [t.clone(memory_format=torch.contiguous_format) for t in out]
    return tuple(out)


def indices(
    dimensions: tuple[int, ...],
    dtype: torch.dtype | None,
    sparse: bool,
    device: torch.device | None,
) -> torch.Tensor | tuple[torch.Tensor, ...]:
    """The index of every element of a grid, as ``numpy.indices`` (int64 by default)."""
    target = defaults.int_dtype if dtype is None else dtype
    ndim = len(dimensions)
    parts = []
    for i, n in enumerate(dimensions):
        shape = [1] * ndim
        shape[i] = n
        parts.append(torch.arange(n, device=device).to(target).reshape(shape))
    if sparse:
        return tuple(parts)
    out = torch.empty((ndim, *dimensions), dtype=target, device=device)
    for i, p in enumerate(parts):
        out[i] = p
    return out


def _grid_shape(parts: list[torch.Tensor]) -> tuple[int, ...]:
    # each part is one long along its own axis only, so the grid's size along an axis is the
    # product of the parts' sizes there
    return tuple(math.prod(p.shape[d] for p in parts) for d in range(len(parts)))


def _grid_dtype(values: list[float | complex]) -> torch.dtype:
    kinds = [type(v) for v in values if type(v) in (bool, int, float, complex)]
    if any(not isinstance(v, (int, float, complex)) for v in values):
        raise TypeError("grid slices need numbers for start, stop and step")
    return _di.result_type((), tuple(kinds))


def grid(key: Any, sparse: bool) -> torch.Tensor | tuple[torch.Tensor, ...]:
    """``mgrid`` (dense) and ``ogrid`` (sparse) indexing: a complex step is a sample count."""
    if isinstance(key, slice):
        start = 0 if key.start is None else key.start
        step = key.step
        if isinstance(step, complex):
            length = int(abs(step))
            typ = _grid_dtype([start, key.stop, abs(step)])
            scale: float = 1 if length == 1 else (key.stop - start) / float(length - 1)
            return torch.arange(length, dtype=_di.INT64).to(typ) * scale + start
        if key.stop is None:
            raise TypeError("a grid slice needs a stop value")
        return arange(start, key.stop, step, None, None)
    if not isinstance(key, tuple) or not all(isinstance(k, slice) for k in key):
        raise TypeError("mgrid and ogrid take slices: a[start:stop:step, ...]")
    sizes: list[int] = []
    nums: list[float | complex] = [0]
    for k in key:
        start = 0 if k.start is None else k.start
        step = 1 if k.step is None else k.step
        if isinstance(step, complex):
            step = abs(step)
            sizes.append(int(step))
        else:
            sizes.append(math.ceil((k.stop - start) / step))
        nums += [start, k.stop, step]
    typ = _grid_dtype(nums)
    parts = [torch.arange(n).to(typ) for n in sizes]
    for i, k in enumerate(key):
        start = 0 if k.start is None else k.start
        step = 1 if k.step is None else k.step
        if isinstance(step, complex):
            count = int(abs(step))
            step = 1 if count == 1 else (k.stop - start) / float(count - 1)
        parts[i] = (parts[i] * step + start).to(typ)
    ndim = len(sizes)
    shaped = []
    for i, p in enumerate(parts):
        shape = [1] * ndim
        shape[i] = -1
        shaped.append(p.reshape(shape))
    if sparse:
        return tuple(shaped)
    if not shaped:
        return torch.empty((0,), dtype=typ)
    full = _grid_shape(shaped)
    return torch.stack([t.expand(full) for t in shaped])


# ----------------------------------------------------------------------------- from buffers
def frombuffer(
    buffer: Any, dtype: torch.dtype | None, count: int, offset: int, device: torch.device | None
) -> torch.Tensor:
    """The bytes of ``buffer`` read as a 1-D array, as ``numpy.frombuffer``.

    On the CPU the array shares memory with the buffer (torch.frombuffer); a read-only buffer
    such as ``bytes`` gives an array that must not be written to.
    """
    target = defaults.float_dtype if dtype is None else dtype
    nbytes = memoryview(buffer).nbytes
    count, offset = operator.index(count), operator.index(offset)
    if not 0 <= offset <= nbytes:
        raise ValueError(
            f"offset must be non-negative and no greater than buffer length ({nbytes})"
        )
    available = nbytes - offset
    if count < 0:
        if available % target.itemsize:
            raise ValueError("buffer size must be a multiple of element size")
        count = available // target.itemsize
    elif available < count * target.itemsize:
        raise ValueError("buffer is smaller than requested size")
    if count == 0:
        return torch.empty(0, dtype=target, device=device)
    with warnings.catch_warnings():
        # torch warns about read-only buffers; NumPy returns a read-only array for them
        warnings.simplefilter("ignore", UserWarning)
        t = torch.frombuffer(buffer, dtype=target, count=count, offset=offset)
    return t if device is None else t.to(device)


# ----------------------------------------------------------------------------- from text
_C_SPACE = " \t\n\v\f\r"
_WS = f"[{re.escape(_C_SPACE)}]*"
_REAL = r"(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan(?:\([0-9A-Za-z_]*\))?)"
_FLOAT_RX = re.compile(rf"{_WS}([+-]?{_REAL})", re.IGNORECASE)
_INT_RX = re.compile(rf"{_WS}([+-]?\d+)")
_UINT_RX = re.compile(rf"{_WS}(\+?\d+)")
_COMPLEX_RX = re.compile(
    rf"{_WS}(?:(?P<imag_only>[+-]?{_REAL})(?-i:j)"
    rf"|(?P<real>[+-]?{_REAL})(?:(?P<imag>[+-]{_REAL})(?-i:j))?)",
    re.IGNORECASE,
)
_UNMATCHED = "string or file could not be read to its end due to unmatched data"


def _parse_real(text: str) -> float:
    # C's strtod reads "nan(chars)"; Python's float() does not
    return float(text.split("(", 1)[0])


def _separator_pattern(sep: str) -> str:
    """NumPy's separator rules: a run of whitespace in ``sep`` matches zero or more whitespace
    characters, and whitespace is allowed before the separator. ``" "`` stands for such a run."""
    out: list[str] = [] if sep[:1] in _C_SPACE else [" "]
    for ch in sep:
        if ch in _C_SPACE:
            if not out or out[-1] != " ":
                out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def _skip_separator(text: str, pos: int, pattern: str) -> tuple[int, int]:
    """Match the separator at ``pos``: (new position, 0 matched / -1 end of text / -2 no match)."""
    start, k, n = pos, 0, len(text)
    while True:
        if pos >= n:
            return pos, -1
        if k == len(pattern):
            return pos, (0 if pos != start else -2)
        p, c = pattern[k], text[pos]
        if p == " ":
            if c not in _C_SPACE:
                k += 1
                continue
        elif p != c:
            return pos, -2
        else:
            k += 1
        pos += 1


def _wrap_int(value: int, dtype: torch.dtype) -> int:
    """C's strtoll/strtoull saturate, then the value is cast to the dtype (wrapping)."""
    if dtype.is_signed or dtype is _di.BOOL:
        value = min(max(value, -(2**63)), 2**63 - 1)
    else:
        value = min(value, 2**64 - 1)
    if dtype is _di.BOOL:
        return int(value != 0)
    bits = dtype.itemsize * 8
    value &= (1 << bits) - 1
    if dtype.is_signed and value >= 1 << (bits - 1):
        value -= 1 << bits
    return value


def fromstring(
    string: str | bytes,
    dtype: torch.dtype | None,
    count: int,
    sep: str,
    device: torch.device | None,
) -> torch.Tensor:
    """A 1-D array of the numbers written in ``string``, as ``numpy.fromstring`` (text mode).

    Numbers are read as C's ``strtod``/``strtoll`` read them (leading whitespace skipped;
    integers in base 10, saturating at the 64-bit range, then wrapped to the dtype as NumPy
    casts them; unsigned integers refuse a minus sign; complex numbers as ``1+2j``). Between
    two numbers ``sep`` must appear; whitespace in ``sep`` matches any run of whitespace, also
    an empty one, and whitespace may precede the separator. A trailing separator is allowed;
    anything else left over raises ``ValueError``. With ``count >= 0`` at most ``count``
    numbers are read (fewer if the text ends first; NumPy leaves such missing items
    uninitialized).
    """
    if isinstance(string, (bytes, bytearray)):
        string = bytes(string).decode("latin-1")
    if sep == "":
        raise ValueError("The binary mode of fromstring is removed, use frombuffer instead")
    target = _float_default(dtype)
    if target.is_complex:
        rx = _COMPLEX_RX
    elif target.is_floating_point:
        rx = _FLOAT_RX
    elif target is _di.BOOL or target.is_signed:
        rx = _INT_RX
    else:
        rx = _UINT_RX
    count = operator.index(count)
    pattern = _separator_pattern(sep)
    values: list[Any] = []
    pos, stop = 0, 0
    while count < 0 or len(values) < count:
        m = rx.match(string, pos)
        if m is None:
            # nothing (more) to read: fine at the end of the text, or before trailing blanks
            rest = string[pos:]
            stop = -1 if not rest.strip(_C_SPACE) else -2
            break
        if rx is _COMPLEX_RX:
            if m["imag_only"] is not None:
                values.append(complex(0.0, _parse_real(m["imag_only"])))
            else:
                imag = 0.0 if m["imag"] is None else _parse_real(m["imag"])
                values.append(complex(_parse_real(m["real"]), imag))
        elif rx is _FLOAT_RX:
            values.append(_parse_real(m[1]))
        else:
            values.append(_wrap_int(int(m[1]), target))
        pos, stop = _skip_separator(string, m.end(), pattern)
        if stop < 0:
            if len(values) == count:
                stop = -1  # all that was asked for is read: the separator is optional
            break
    if stop == -2:
        raise ValueError(_UNMATCHED)
    if target is _di.BOOL:
        out = torch.tensor(values, dtype=_di.INT64, device=device).to(target)
    elif target is _di.UINT64:
        bits = [v - 2**64 if v >= 2**63 else v for v in values]
        out = torch.tensor(bits, dtype=_di.INT64, device=device).view(target)
    elif target.is_floating_point or target.is_complex:
        wide = torch.complex128 if target.is_complex else torch.float64
        out = torch.tensor(values, dtype=wide, device=device).to(target)
    else:
        out = torch.tensor(values, dtype=target, device=device)
    return out
