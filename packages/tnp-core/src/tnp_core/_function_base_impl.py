"""Numerical function_base routines on tensors: diff, gradient, trapezoid, interp, convolve,
correlate, unwrap, and the window functions.

Arithmetic follows NumPy's dtypes: integer differences wrap, uint16/32/64 run on int64
bits, ``diff`` of bools is ``!=``, and results take NumPy's promotion (Python scalars weak
where NumPy's code passes them as Python scalars, strong where it converts them to arrays).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import torch
import torch.nn.functional as F

from . import _dtypes_impl as _di
from . import _products_impl as _pi
from ._defaults_impl import default_device as default_device
from .exceptions import AxisError

Scalar = bool | int | float | complex
_PY_SCALARS = (bool, int, float, complex)


# ----------------------------------------------------------------------------- arithmetic
def _bool_subtract_error() -> TypeError:
    return TypeError(
        "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the "
        "`^` operator, or the logical_xor function instead."
    )


def _dtype_of(x: torch.Tensor | Scalar) -> tuple[tuple[torch.dtype, ...], tuple[type, ...]]:
    if isinstance(x, torch.Tensor):
        return (x.dtype,), ()
    return (), (type(x),)


def _promote(*xs: torch.Tensor | Scalar) -> torch.dtype:
    strong: tuple[torch.dtype, ...] = ()
    weak: tuple[type, ...] = ()
    for x in xs:
        s, w = _dtype_of(x)
        strong += s
        weak += w
    return _di.result_type(strong, weak)


def _as(x: torch.Tensor | Scalar, dt: torch.dtype) -> torch.Tensor | Scalar:
    return x.to(dt) if isinstance(x, torch.Tensor) else x


def _arith(op: str, x: torch.Tensor | Scalar, y: torch.Tensor | Scalar) -> torch.Tensor:
    """``x op y`` for op in + - * with NumPy's promotion and wrapping integer arithmetic."""
    dt = _promote(x, y)
    a, b = _as(x, dt), _as(y, dt)
    if dt is _di.BOOL:
        if op == "-":
            raise _bool_subtract_error()
        fn = torch.logical_or if op == "+" else torch.logical_and
        return fn(torch.as_tensor(a), torch.as_tensor(b))
    if dt in _di.UNSIGNED_WIDE:
        a64 = _pi._to64(a) if isinstance(a, torch.Tensor) else _wrap64(a)
        b64 = _pi._to64(b) if isinstance(b, torch.Tensor) else _wrap64(b)
        r = a64 + b64 if op == "+" else a64 - b64 if op == "-" else a64 * b64
        assert isinstance(r, torch.Tensor)
        return _pi._from64(r, dt)
    ta = torch.as_tensor(a)
    res = ta + b if op == "+" else ta - b if op == "-" else ta * b
    return res.to(dt) if res.dtype is not dt else res


def _wrap64(v: Scalar) -> int:
    iv = int(v.real) if isinstance(v, complex) else int(v)
    return iv - 2**64 if iv >= 2**63 else iv


def _divide(x: torch.Tensor | Scalar, y: torch.Tensor | Scalar) -> torch.Tensor:
    """NumPy's true division: integers and bools give the default float."""
    dt = _promote(x, y)
    if _di.kind(dt) in "biu":
        dt = _di.FLOAT64
    a, b = _as(x, dt), _as(y, dt)
    r = torch.true_divide(torch.as_tensor(a), b)  # type: ignore[arg-type]
    return r.to(dt)


def _axis(axis: int, ndim: int) -> int:
    if not -ndim <= axis < ndim:
        raise AxisError(axis, ndim)
    return axis % ndim


def _slice(t: torch.Tensor, axis: int, start: int | None, stop: int | None) -> torch.Tensor:
    return t[(slice(None),) * axis + (slice(start, stop),)]


# ----------------------------------------------------------------------------- diff
def _diff_once(a: torch.Tensor, axis: int) -> torch.Tensor:
    hi, lo = _slice(a, axis, 1, None), _slice(a, axis, None, -1)
    if a.dtype is _di.BOOL:
        return hi != lo
    return _arith("-", hi, lo)


def _edge(v: torch.Tensor, a: torch.Tensor, axis: int) -> torch.Tensor:
    if v.dim() == 0:
        shape = list(a.shape)
        shape[axis] = 1
        return v.expand(shape)
    return v


def diff(
    a: torch.Tensor, n: int, axis: int, prepend: torch.Tensor | None, append: torch.Tensor | None
) -> torch.Tensor:
    """``numpy.diff``: the n-th discrete difference along ``axis``, after joining
    ``prepend``/``append`` (0-D values are broadcast to one slice) to ``a``."""
    if n == 0:
        return a
    if n < 0:
        raise ValueError(f"order must be non-negative but got {n!r}")
    if a.dim() == 0:
        raise ValueError("diff requires input that is at least one dimensional")
    axis = _axis(axis, a.dim())
    parts = []
    if prepend is not None:
        parts.append(_edge(prepend, a, axis))
    parts.append(a)
    if append is not None:
        parts.append(_edge(append, a, axis))
    if len(parts) > 1:
        if any(p.dim() != a.dim() for p in parts):
            raise ValueError(
                "all the input array dimensions except for the concatenation axis must match "
                "exactly"
            )
        dt = _di.result_type(tuple(p.dtype for p in parts), ())
        try:
            a = torch.cat([p.to(dt) for p in parts], dim=axis)
        except RuntimeError:
            raise ValueError(
                "all the input array dimensions except for the concatenation axis must match "
                "exactly"
            ) from None
    for _ in range(n):
        a = _diff_once(a, axis)
    return a


# ----------------------------------------------------------------------------- gradient
def _spacing(d: torch.Tensor | float, n: int) -> tuple[torch.Tensor | float, torch.Tensor | None]:
    """(uniform spacing or None-like, per-interval spacings or None) for one axis."""
    if isinstance(d, float) or d.dim() == 0:
        return d, None
    if d.dim() != 1:
        raise ValueError("distances must be either scalars or 1d")
    if d.shape[0] != n:
        raise ValueError("when 1d, distances must match the length of the corresponding dimension")
    if _di.kind(d.dtype) in "iu":
        d = d.to(_di.FLOAT64)
    dx = _diff_once(d, 0)
    if dx.numel() and bool((dx == dx[0]).all()):
        return dx[0], None
    return dx, dx


def gradient(
    f: torch.Tensor,
    varargs: Sequence[torch.Tensor | float],
    axis: tuple[int, ...] | None,
    edge_order: int,
) -> list[torch.Tensor]:
    """``numpy.gradient``: second-order central differences inside, first- or second-order
    one-sided differences at the edges, for each axis; uniform or coordinate spacing."""
    nd = f.dim()
    axes = tuple(range(nd)) if axis is None else axis
    n_axes = len(axes)
    if len(varargs) == 0:
        spacings: list[torch.Tensor | float] = [1.0] * n_axes
    elif len(varargs) == 1 and (isinstance(varargs[0], float) or varargs[0].dim() == 0):
        spacings = [varargs[0]] * n_axes
    elif len(varargs) == n_axes:
        spacings = list(varargs)
    else:
        raise TypeError("invalid number of arguments")
    if edge_order > 2:
        raise ValueError("'edge_order' greater than 2 not supported")
    otype = f.dtype
    if _di.kind(otype) in "iu":
        f = f.to(_di.FLOAT64)
        otype = _di.FLOAT64
    elif otype is _di.BOOL:
        raise _bool_subtract_error()
    outs = []
    for ax, sp in zip(axes, spacings, strict=True):
        n = f.shape[ax]
        uniform, dxs = _spacing(sp, n)
        if n < edge_order + 1:
            raise ValueError(
                "Shape of array too small to calculate a numerical gradient, at least "
                "(edge_order + 1) elements are required."
            )
        outs.append(_gradient_axis(f, ax, uniform, dxs, edge_order).to(otype))
    return outs


def _gradient_axis(
    f: torch.Tensor,
    ax: int,
    h: torch.Tensor | float,
    dxs: torch.Tensor | None,
    edge_order: int,
) -> torch.Tensor:
    n = f.shape[ax]

    def s(start: int | None, stop: int | None) -> torch.Tensor:
        return _slice(f, ax, start, stop)

    def along(v: torch.Tensor) -> torch.Tensor:
        # per-interval coefficients broadcast along axis ``ax``
        return v.reshape([-1 if i == ax else 1 for i in range(f.dim())])

    if dxs is None:
        interior = _divide(_arith("-", s(2, None), s(None, -2)), _arith("*", 2.0, h))
        if edge_order == 1:
            first = _divide(_arith("-", s(1, 2), s(0, 1)), h)
            last = _divide(_arith("-", s(n - 1, n), s(n - 2, n - 1)), h)
        else:
            first = _lin3(s(0, 1), s(1, 2), s(2, 3), -1.5, 2.0, -0.5, h)
            last = _lin3(s(n - 3, n - 2), s(n - 2, n - 1), s(n - 1, n), 0.5, -2.0, 1.5, h)
    else:
        dx1, dx2 = dxs[:-1], dxs[1:]
        a = -dx2 / (dx1 * (dx1 + dx2))
        b = (dx2 - dx1) / (dx1 * dx2)
        c = dx1 / (dx2 * (dx1 + dx2))
        interior = _weighted(s(None, -2), s(1, -1), s(2, None), along(a), along(b), along(c))
        if edge_order == 1:
            first = _divide(_arith("-", s(1, 2), s(0, 1)), dxs[0])
            last = _divide(_arith("-", s(n - 1, n), s(n - 2, n - 1)), dxs[-1])
        else:
            d1, d2 = dxs[0], dxs[1]
            first = _weighted(
                s(0, 1),
                s(1, 2),
                s(2, 3),
                -(2.0 * d1 + d2) / (d1 * (d1 + d2)),
                (d1 + d2) / (d1 * d2),
                -d1 / (d2 * (d1 + d2)),
            )
            d1, d2 = dxs[-2], dxs[-1]
            last = _weighted(
                s(n - 3, n - 2),
                s(n - 2, n - 1),
                s(n - 1, n),
                d2 / (d1 * (d1 + d2)),
                -(d2 + d1) / (d1 * d2),
                (2.0 * d2 + d1) / (d2 * (d1 + d2)),
            )
    dt = _di.result_type((interior.dtype, first.dtype, last.dtype), ())
    return torch.cat([first.to(dt), interior.to(dt), last.to(dt)], dim=ax)


def _lin3(
    y0: torch.Tensor,
    y1: torch.Tensor,
    y2: torch.Tensor,
    ca: float,
    cb: float,
    cc: float,
    h: torch.Tensor | float,
) -> torch.Tensor:
    return _weighted(y0, y1, y2, _divide(ca, h), _divide(cb, h), _divide(cc, h))


def _weighted(
    y0: torch.Tensor,
    y1: torch.Tensor,
    y2: torch.Tensor,
    a: torch.Tensor | float,
    b: torch.Tensor | float,
    c: torch.Tensor | float,
) -> torch.Tensor:
    t0, t1, t2 = _arith("*", a, y0), _arith("*", b, y1), _arith("*", c, y2)
    return _arith("+", _arith("+", t0, t1), t2)


# ----------------------------------------------------------------------------- trapezoid
def trapezoid(
    y: torch.Tensor, x: torch.Tensor | None, dx: torch.Tensor | Scalar, axis: int
) -> torch.Tensor:
    """``numpy.trapezoid``: ``sum(d * (y[1:] + y[:-1]) / 2)`` along ``axis``, ``d`` the
    spacing ``dx`` or the differences of the sample points ``x``."""
    nd = y.dim()
    d: torch.Tensor | Scalar
    if x is None:
        d = dx
    elif x.dim() == 1:
        # NumPy sets the length of ``d`` into a shape list at ``axis``
        if not -nd <= axis < nd:
            raise IndexError("list assignment index out of range")
        d = _diff_once(x, 0)
        d = d.reshape([-1 if i == axis % nd else 1 for i in range(nd)])
    else:
        d = diff(x, 1, axis, None, None)
    if not -nd <= axis < nd:
        raise IndexError("list assignment index out of range")
    axis %= nd
    n = y.shape[axis]
    pair = _arith("+", _slice(y, axis, 1, None), _slice(y, axis, None, n - 1 if n else 0))
    try:
        prod = _arith("*", d, pair)
    except RuntimeError:
        raise ValueError(
            "operands could not be broadcast together with shapes "
            f"{tuple(torch.as_tensor(d).shape)} {tuple(pair.shape)}"
        ) from None
    terms = _divide(prod, 2.0)
    return _sum(terms, axis)


def _sum(t: torch.Tensor, axis: int) -> torch.Tensor:
    if t.dtype in (_di.FLOAT16, _di.BFLOAT16):
        return t.to(_di.FLOAT32).sum(axis).to(t.dtype)
    return t.sum(axis)


# ----------------------------------------------------------------------------- interp
def _interp_real(
    x: torch.Tensor,
    xp: torch.Tensor,
    fp: torch.Tensor,
    left: torch.Tensor,
    right: torch.Tensor,
) -> torch.Tensor:
    n = xp.shape[0]
    j = torch.searchsorted(xp, x, right=True) - 1
    if n == 1:
        mid = fp[0].expand(x.shape)
    else:
        jc = j.clamp(0, n - 2)
        x0, x1 = xp[jc], xp[jc + 1]
        y0, y1 = fp[jc], fp[jc + 1]
        slope = (y1 - y0) / (x1 - x0)
        mid = slope * (x - x0) + y0
        # NumPy's fall-backs where the line through (x0, y0) is NaN (infinite slope ...)
        alt = slope * (x - x1) + y1
        mid = torch.where(torch.isnan(mid), alt, mid)
        mid = torch.where(torch.isnan(mid) & (y0 == y1), y0, mid)
        mid = torch.where(x == x0, y0, mid)
        mid = torch.where(j == n - 1, fp[n - 1], mid)
    r = torch.where(x < xp[0], left, mid)
    r = torch.where(x > xp[n - 1], right, r)
    if n > 1:
        # NumPy passes NaN through (a single sample point gives its value instead)
        r = torch.where(torch.isnan(x), x, r)
    return r


def interp(
    x: torch.Tensor,
    xp: torch.Tensor,
    fp: torch.Tensor,
    left: Scalar | None,
    right: Scalar | None,
    period: Scalar | None,
) -> torch.Tensor:
    """``numpy.interp``: piecewise-linear interpolation of (xp, fp) at x, in float64 (or
    complex128 for complex fp); ``period`` makes it periodic."""
    if xp.dim() > 1 or fp.dim() > 1:
        raise ValueError("object too deep for desired array")
    xp, fp = xp.reshape(-1), fp.reshape(-1)
    out_dt = _di.COMPLEX128 if fp.is_complex() else _di.FLOAT64
    if _di.kind(x.dtype) == "c" or _di.kind(xp.dtype) == "c":
        raise TypeError("Cannot cast array data from dtype('complex128') to dtype('float64')")
    x = x.to(_di.FLOAT64)
    xp = xp.to(_di.FLOAT64)
    fp = fp.to(out_dt)
    if xp.shape[0] != fp.shape[0]:
        raise ValueError("fp and xp are not of the same length.")
    if xp.shape[0] == 0:
        raise ValueError("array of sample points is empty")
    if period is not None:
        if period == 0:
            raise ValueError("period must be a non-zero value")
        per = abs(float(period))  # type: ignore[arg-type]
        left = right = None
        x = torch.remainder(x, per)
        xp = torch.remainder(xp, per)
        order = torch.argsort(xp, stable=True)
        xp, fp = xp[order], fp[order]
        xp = torch.cat([xp[-1:] - per, xp, xp[0:1] + per])
        fp = torch.cat([fp[-1:], fp, fp[0:1]])
    lo = fp[0] if left is None else torch.tensor(left, dtype=out_dt, device=fp.device)
    hi = fp[-1] if right is None else torch.tensor(right, dtype=out_dt, device=fp.device)
    if out_dt is _di.COMPLEX128:
        re = _interp_real(x, xp, fp.real, lo.real, hi.real)
        im = _interp_real(x, xp, fp.imag, lo.imag, hi.imag)
        if xp.shape[0] > 1:
            im = torch.where(torch.isnan(x), 0.0, im)
        return torch.complex(re, im)
    return _interp_real(x, xp, fp, lo, hi)


# ----------------------------------------------------------------------------- convolve
_MODES = {"valid": 0, "same": 1, "full": 2, 0: 0, 1: 1, 2: 2, "v": 0, "s": 1, "f": 2}


def _mode(mode: Any) -> int:
    try:
        return _MODES[mode]
    except (KeyError, TypeError):
        raise ValueError(
            "mode must be one of 'valid', 'same', or 'full' (got " + repr(mode) + ")"
        ) from None


def _flip(t: torch.Tensor) -> torch.Tensor:
    """Reverse a 1-D tensor (uint16/32/64 through a signed view: torch lacks the kernel)."""
    signed = _SIGNED_VIEW.get(t.dtype)
    if signed is None:
        return t.flip(0)
    return t.view(signed).flip(0).view(t.dtype)


_SIGNED_VIEW = {_di.UINT16: _di.INT16, _di.UINT32: _di.INT32, _di.UINT64: _di.INT64}


def _vector(t: torch.Tensor, name: str, allow_scalar: bool = True) -> torch.Tensor:
    if t.dim() > 1:
        raise ValueError("object too deep for desired array")
    if t.dim() == 0 and not allow_scalar:
        raise ValueError("object of too small depth for desired array")
    t = t.reshape(-1)
    if t.shape[0] == 0:
        raise ValueError(f"{name} cannot be empty")
    return t


def _correlate_core(x: torch.Tensor, y: torch.Tensor, mode: int) -> torch.Tensor:
    """``c[k] = sum_n x[n + k] * y[n]`` (one dtype, ``len(x) >= len(y)``), over NumPy's
    range of ``k`` for the mode (valid, same or full)."""
    m = y.shape[0]
    left, right = ((0, 0), (m // 2, m - m // 2 - 1), (m - 1, m - 1))[mode]
    dt = x.dtype
    if left or right:
        x = torch.cat([x.new_zeros(left), x, x.new_zeros(right)])
    if _di.kind(dt) in "fc":
        calc = _di.FLOAT32 if dt in (_di.FLOAT16, _di.BFLOAT16) else dt
        r = F.conv1d(x.to(calc)[None, None], y.to(calc)[None, None])[0, 0]
        return r.to(dt)
    windows = x.unfold(0, m, 1)
    return _pi.matmul2d(windows, y.reshape(m, 1)).reshape(-1)


def correlate(a: torch.Tensor, v: torch.Tensor, mode: Any) -> torch.Tensor:
    """``numpy.correlate``: ``c[k] = sum_n a[n + k] * conj(v[n])``; mode 'valid' (default),
    'same' or 'full'."""
    mode_n = _mode(mode)
    a, v = _vector(a, "a", False), _vector(v, "v", False)
    dt = _pi.result_dtype(a, v)
    a, v = a.to(dt), v.to(dt)
    if dt.is_complex:
        if a.shape[0] >= v.shape[0]:
            return _correlate_core(a, v.conj().resolve_conj(), mode_n)
        r = _correlate_core(v, a.conj().resolve_conj(), mode_n)
        return _flip(r).conj().resolve_conj()
    if a.shape[0] >= v.shape[0]:
        return _correlate_core(a, v, mode_n)
    return _flip(_correlate_core(v, a, mode_n))


def convolve(a: torch.Tensor, v: torch.Tensor, mode: Any) -> torch.Tensor:
    """``numpy.convolve``: the discrete linear convolution of two 1-D sequences (the longer
    one first); mode 'full' (default), 'same' or 'valid'."""
    mode_n = _mode(mode)
    a, v = _vector(a, "a"), _vector(v, "v")
    if v.shape[0] > a.shape[0]:
        a, v = v, a
    dt = _pi.result_dtype(a, v)
    return _correlate_core(a.to(dt), _flip(v.to(dt)), mode_n)


# ----------------------------------------------------------------------------- unwrap
def unwrap(p: torch.Tensor, discont: Scalar | None, axis: int, period: Scalar) -> torch.Tensor:
    """``numpy.unwrap``: jumps between neighbours larger than ``max(discont, period/2)``
    are reduced modulo ``period`` and the corrections accumulated along ``axis``."""
    if isinstance(period, complex) or isinstance(discont, complex):
        raise TypeError("unwrap: period and discont must be real")
    dd = diff(p, 1, axis, None, None)
    axis = axis % p.dim()
    per: int | float = period
    limit: int | float = per / 2 if discont is None else discont
    dt = _promote(dd, per)
    if _di.kind(dt) == "c":
        raise TypeError("unwrap: complex input is not supported (NumPy cannot take mod of it)")
    high: int | float
    if _di.kind(dt) in "iu":
        high, rem = divmod(per, 2)
        ambiguous = rem == 0
    else:
        high = per / 2
        ambiguous = True
    low = -high
    ddt = dd.to(dt)
    ddmod = _arith("+", torch.remainder(_arith("-", ddt, low), per), low)
    if ambiguous:
        fill = torch.tensor(high, dtype=dt, device=dd.device)
        ddmod = torch.where((ddmod == low) & (ddt > 0), fill, ddmod)
    correct = _arith("-", ddmod, ddt)
    zero = torch.zeros((), dtype=dt, device=dd.device)
    correct = torch.where(ddt.abs() < limit, zero, correct)
    up = p.to(dt).clone()
    if p.shape[axis] > 1:
        rest = _slice(up, axis, 1, None)
        rest.copy_(_arith("+", _slice(p, axis, 1, None), _cumsum(correct, axis)))
    return up


def _cumsum(t: torch.Tensor, axis: int) -> torch.Tensor:
    if t.dtype in _di.UNSIGNED_WIDE:
        return _pi._from64(torch.cumsum(_pi._to64(t), axis), t.dtype)
    return torch.cumsum(t, axis).to(t.dtype)


# ----------------------------------------------------------------------------- windows
def _window_n(m: Any) -> torch.Tensor:
    return torch.arange(1 - m, m, 2, dtype=_di.FLOAT64, device=default_device())


def _cosine_window(m: Any, coeffs: Sequence[float]) -> torch.Tensor:
    if m < 1:
        return torch.zeros(0, dtype=_di.FLOAT64, device=default_device())
    if m == 1:
        return torch.ones(1, dtype=_di.FLOAT64, device=default_device())
    n = _window_n(m)
    r = torch.full_like(n, coeffs[0])
    for k, c in enumerate(coeffs[1:], start=1):
        r = r + c * torch.cos(k * math.pi * n / (m - 1))
    return r


def bartlett(m: Any) -> torch.Tensor:
    """``numpy.bartlett``: the triangular window of ``m`` points (float64)."""
    if m < 1:
        return torch.zeros(0, dtype=_di.FLOAT64, device=default_device())
    if m == 1:
        return torch.ones(1, dtype=_di.FLOAT64, device=default_device())
    n = _window_n(m)
    return torch.where(n <= 0, 1 + n / (m - 1), 1 - n / (m - 1))


def blackman(m: Any) -> torch.Tensor:
    """``numpy.blackman``: ``0.42 + 0.5 cos(pi n/(M-1)) + 0.08 cos(2 pi n/(M-1))``."""
    return _cosine_window(m, (0.42, 0.5, 0.08))


def hamming(m: Any) -> torch.Tensor:
    """``numpy.hamming``: ``0.54 + 0.46 cos(pi n/(M-1))``."""
    return _cosine_window(m, (0.54, 0.46))


def hanning(m: Any) -> torch.Tensor:
    """``numpy.hanning``: ``0.5 + 0.5 cos(pi n/(M-1))``."""
    return _cosine_window(m, (0.5, 0.5))


def kaiser(m: Any, beta: Any) -> torch.Tensor:
    """``numpy.kaiser``: ``I0(beta sqrt(1 - (2n/(M-1) - 1)**2)) / I0(beta)``, n = 0..M-1."""
    dev = default_device()
    if m < 1:
        return torch.zeros(0, dtype=_di.FLOAT64, device=dev)
    if m == 1:
        return torch.ones(1, dtype=_di.FLOAT64, device=dev)
    n = torch.arange(0, m, dtype=_di.FLOAT64, device=dev)
    alpha = (m - 1) / 2.0
    b = torch.tensor(float(beta), dtype=_di.FLOAT64, device=dev)
    arg = b * torch.sqrt(1 - ((n - alpha) / alpha) ** 2)
    r: torch.Tensor = torch.special.i0(arg) / torch.special.i0(b)
    return r
