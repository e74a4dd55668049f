"""The legacy polynomial routines on tensors: poly, roots, polyadd, polysub, polymul,
polydiv, polyder, polyint, polyval, polyfit.

Coefficients run from the highest power down, as in NumPy's legacy API. Arithmetic follows
NumPy's promotion (the coefficient arrays are strong dtypes) and wraps integers; the linear
algebra (companion-matrix eigenvalues, least squares) runs in torch in double precision, as
NumPy's LAPACK calls do, and the results take NumPy's dtypes.
"""

from __future__ import annotations

from typing import Any

import torch

from . import _dtypes_impl as _di
from . import _function_base_impl as _fb
from ._ufuncs_impl import broadcast_shapes, kernel

_LOW_FLOATS = (_di.FLOAT16, _di.BFLOAT16)
_SIGNED_VIEW = {_di.UINT16: _di.INT16, _di.UINT32: _di.INT32, _di.UINT64: _di.INT64}


# ----------------------------------------------------------------------------- helpers
def _promote(*dts: torch.dtype) -> torch.dtype:
    return _di.result_type(dts, ())


def _atleast_1d(t: torch.Tensor) -> torch.Tensor:
    return t.reshape(1) if t.dim() == 0 else t


def _plus_zero_dtype(dt: torch.dtype) -> torch.dtype:
    """The dtype of ``a + 0.0`` (NumPy's way of making an array inexact)."""
    return _di.weak_scalar_result(dt, float)


def _binop(name: str, a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """``a <op> b`` for add, subtract or multiply with NumPy's promotion and broadcasting."""
    dt = _promote(a.dtype, b.dtype)
    if dt is _di.BOOL and name == "subtract":
        raise TypeError(
            "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, "
            "the `^` operator, or the logical_xor function instead."
        )
    if broadcast_shapes(a.shape, b.shape) is None:
        raise ValueError(
            f"operands could not be broadcast together with shapes {tuple(a.shape)} "
            f"{tuple(b.shape)}"
        )
    return kernel(name, dt)(a.to(dt), b.to(dt))


def _true_divide(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    dt = _promote(a.dtype, b.dtype)
    if _di.kind(dt) in "biu":
        dt = _di.FLOAT64
    return torch.true_divide(a.to(dt), b.to(dt)).to(dt)


def _nonzero(t: torch.Tensor) -> torch.Tensor:
    signed = _SIGNED_VIEW.get(t.dtype)
    return (t.view(signed) if signed is not None else t) != 0


def _concat(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """``concatenate((a, b))`` along the first axis with NumPy's promotion."""
    if a.dim() != b.dim():
        raise ValueError(
            "all the input arrays must have same number of dimensions, but the array at "
            f"index 0 has {a.dim()} dimension(s) and the array at index 1 has {b.dim()} "
            "dimension(s)"
        )
    dt = _promote(a.dtype, b.dtype)
    try:
        return torch.cat([a.to(dt), b.to(dt)])
    except RuntimeError as exc:
        raise ValueError(str(exc)) from None


def trim_leading_zeros(t: torch.Tensor) -> torch.Tensor:
    """A 1-D tensor without its leading zeros (a view)."""
    n = t.shape[0]
    if n == 0:
        return t
    nz = _nonzero(t)
    first = int(torch.where(nz.any(), nz.to(torch.uint8).argmax(), n))
    return t[first:]


def as_poly_coeffs(t: torch.Tensor) -> torch.Tensor:
    """Coefficients as ``numpy.poly1d`` keeps them: 1-D, leading zeros trimmed, [0] when
    nothing is left."""
    t = _atleast_1d(t)
    if t.dim() > 1:
        raise ValueError("Polynomial must be 1d only.")
    t = trim_leading_zeros(t)
    if t.shape[0] == 0:
        return t.new_zeros(1)
    return t


def _linalg_dtypes(dt: torch.dtype) -> tuple[torch.dtype, torch.dtype]:
    """(computation dtype, complex result dtype) of NumPy's linalg for an input dtype."""
    if dt in _LOW_FLOATS:
        name = "float16" if dt is _di.FLOAT16 else "bfloat16"
        raise TypeError(f"array type {name} is unsupported in linalg")
    if dt in _di.COMPLEX:
        return _di.COMPLEX128, dt
    if dt is _di.FLOAT32:
        return _di.FLOAT64, _di.COMPLEX64
    return _di.FLOAT64, _di.COMPLEX128


def _eigvals(a: torch.Tensor) -> torch.Tensor:
    """``numpy.linalg.eigvals`` of a square matrix: real when the input is real and every
    eigenvalue is, complex otherwise; single precision in, single precision out."""
    comp, result = _linalg_dtypes(a.dtype)
    work = a.to(comp)
    if not bool(torch.isfinite(work).all()):
        raise ValueError("Array must not contain infs or NaNs")
    ev: torch.Tensor = torch.linalg.eigvals(work)
    if not comp.is_complex and not bool((ev.imag != 0).any()):
        return ev.real.to(_di.FLOAT32 if result is _di.COMPLEX64 else _di.FLOAT64)
    return ev.to(result)


def _sort_complex(z: torch.Tensor) -> torch.Tensor:
    """``z`` sorted lexicographically by real part, then imaginary part (NumPy's order)."""
    by_imag = torch.sort(z.imag, stable=True).indices
    z = z[by_imag]
    return z[torch.sort(z.real, stable=True).indices]


# ----------------------------------------------------------------------------- poly, roots
def poly(seq_of_zeros: torch.Tensor) -> torch.Tensor | float:
    """``numpy.poly``: the monic polynomial with the given roots, or the characteristic
    polynomial of a square matrix; 1.0 for no roots."""
    if seq_of_zeros.dim() == 0:
        # NumPy's dispatcher iterates over the argument first, which a 0-d value refuses
        raise TypeError("poly() needs a sequence of roots or a square matrix, not a 0-d value")
    z = seq_of_zeros
    if z.dim() == 2 and z.shape[0] == z.shape[1] and z.shape[0] != 0:
        z = _eigvals(z)
    elif z.dim() == 1:
        if z.dtype not in (_di.FLOAT32, _di.FLOAT64, *_di.COMPLEX):
            z = z.to(_di.FLOAT64)
    else:
        raise ValueError("input must be 1d or non-empty square 2d array.")
    if z.shape[0] == 0:
        return 1.0
    dt = z.dtype
    a = torch.ones(1, dtype=dt, device=z.device)
    zero = a.new_zeros(1)
    for root in z:
        a = torch.cat([a, zero]) - root * torch.cat([zero, a])
    if dt.is_complex:
        zc = z.to(_di.COMPLEX128)
        if bool((_sort_complex(zc) == _sort_complex(zc.conj().resolve_conj())).all()):
            a = a.real.clone()
    return a


def roots(p: torch.Tensor) -> torch.Tensor:
    """``numpy.roots``: eigenvalues of the companion matrix of the stripped polynomial,
    then one zero per trailing zero coefficient."""
    if p.dim() == 0:
        raise TypeError("roots() needs a 1-D sequence of coefficients, not a 0-d value")
    if p.dim() != 1:
        raise ValueError("Input must be a rank-1 array.")
    idx = torch.nonzero(_nonzero(p)).reshape(-1).tolist()
    if not idx:
        return torch.zeros(0, dtype=_di.FLOAT64, device=p.device)
    first, last = idx[0], idx[-1]
    trailing = p.shape[0] - last - 1
    p = p[first : last + 1]
    if _di.kind(p.dtype) not in "fc":
        p = p.to(_di.FLOAT64)
    n = p.shape[0]
    if n > 1:
        companion = torch.diag(torch.ones(n - 2, dtype=p.dtype, device=p.device), -1)
        companion[0, :] = torch.true_divide(-p[1:], p[0]).to(p.dtype)
        found = _eigvals(companion)
    else:
        found = torch.zeros(0, dtype=_di.FLOAT64, device=p.device)
    if trailing:
        found = torch.cat([found, found.new_zeros(trailing)])
    return found


# ----------------------------------------------------------------------------- arithmetic
def _pad_front(t: torch.Tensor, n: int) -> torch.Tensor:
    return _concat(t.new_zeros(n), t)


def _add_or_subtract(name: str, a1: torch.Tensor, a2: torch.Tensor) -> torch.Tensor:
    a1, a2 = _atleast_1d(a1), _atleast_1d(a2)
    diff = a2.shape[0] - a1.shape[0]
    if diff > 0:
        a1 = _pad_front(a1, diff)
    elif diff < 0:
        a2 = _pad_front(a2, -diff)
    return _binop(name, a1, a2)


def polyadd(a1: torch.Tensor, a2: torch.Tensor) -> torch.Tensor:
    """``numpy.polyadd``: the shorter coefficient array is padded with leading zeros."""
    return _add_or_subtract("add", a1, a2)


def polysub(a1: torch.Tensor, a2: torch.Tensor) -> torch.Tensor:
    """``numpy.polysub``: ``a1 - a2`` after padding the shorter one with leading zeros."""
    return _add_or_subtract("subtract", a1, a2)


def polymul(a1: torch.Tensor, a2: torch.Tensor) -> torch.Tensor:
    """``numpy.polymul``: the convolution of the (leading-zero-trimmed) coefficients."""
    return _fb.convolve(as_poly_coeffs(a1), as_poly_coeffs(a2), "full")


def polydiv(u: torch.Tensor, v: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """``numpy.polydiv``: quotient and remainder by long division in floating point; leading
    remainder terms within 1e-8 of zero are dropped (one term is always kept)."""
    u, v = _atleast_1d(u), _atleast_1d(v)
    if u.dim() > 1 or v.dim() > 1:
        raise ValueError("polydiv supports only 1-D coefficient arrays")
    for t in (u, v):
        if t.shape[0] == 0:
            raise IndexError("index 0 is out of bounds for axis 0 with size 0")
    u = u.to(_plus_zero_dtype(u.dtype))
    v = v.to(_plus_zero_dtype(v.dtype))
    dt = _promote(u.dtype, v.dtype)
    m, n = u.shape[0] - 1, v.shape[0] - 1
    # NumPy computes 1 / v[0] in v's own precision before mixing it with u
    scale = torch.reciprocal(v[0]).to(dt)
    vd = v.to(dt)
    q = torch.zeros(max(m - n + 1, 1), dtype=dt, device=u.device)
    r = u.to(dt).clone()
    for k in range(m - n + 1):
        d = scale * r[k]
        q[k] = d
        r[k : k + n + 1] -= d * vd
    wide = _di.COMPLEX128 if dt.is_complex else _di.FLOAT64
    close = r.to(wide).abs() <= 1e-8
    leading = int(torch.cumprod(close.to(torch.int64), 0).sum())
    return q, r[min(leading, r.shape[0] - 1) :]


def polyder(p: torch.Tensor, m: int) -> torch.Tensor:
    """``numpy.polyder``: the ``m``-th derivative; each step multiplies by the powers (as
    int64, so NumPy's promotion with int64 applies)."""
    if m < 0:
        raise ValueError("Order of derivative must be positive (see polyint)")
    if p.dim() == 0:
        raise TypeError("len() of unsized object")
    for step in range(m):
        n = p.shape[0] - 1
        powers = torch.arange(max(n, 0), 0, -1, dtype=_di.INT64, device=p.device)
        p = _binop("multiply", p[:-1], powers)
        if p.shape[0] == 0 and step > 0:
            break
    return p


def polyint(p: torch.Tensor, m: int, k: torch.Tensor | None) -> torch.Tensor:
    """``numpy.polyint``: the ``m``-th antiderivative, integration constants ``k`` (one
    per order, or one for all; zeros when None), highest order first."""
    if m < 0:
        raise ValueError("Order of integral must be positive (see polyder)")
    if k is None:
        k = torch.zeros(m, dtype=_di.FLOAT64, device=p.device)
    k = _atleast_1d(k)
    if k.shape[0] == 1 and m > 1:
        k = _binop("multiply", k[0], torch.ones(m, dtype=_di.FLOAT64, device=p.device))
    if k.shape[0] < m:
        raise ValueError("k must be a scalar or a rank-1 array of length 1 or >m.")
    if m == 0:
        return p
    if p.dim() == 0:
        raise TypeError("len() of unsized object")
    if k.dim() > 1:
        raise ValueError("k must be a scalar or a rank-1 array of length 1 or >m.")
    for i in range(m):
        powers = torch.arange(p.shape[0], 0, -1, dtype=_di.INT64, device=p.device)
        p = _concat(_true_divide(p, powers), k[i : i + 1])
    return p


# ----------------------------------------------------------------------------- evaluation
def polyval(p: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
    """``numpy.polyval``: Horner's scheme from a zero array shaped like ``x``."""
    if p.dim() == 0:
        raise TypeError("iteration over a 0-d array")
    y = torch.zeros_like(x)
    if p.shape[0] == 0:
        return y
    dt = _promote(x.dtype, p.dtype)
    if broadcast_shapes(x.shape, p.shape[1:]) is None:
        raise ValueError(
            f"operands could not be broadcast together with shapes {tuple(x.shape)} "
            f"{tuple(p.shape[1:])}"
        )
    mul, add = kernel("multiply", dt), kernel("add", dt)
    xd, pd, y = x.to(dt), p.to(dt), y.to(dt)
    for coeff in pd:
        y = add(mul(y, xd), coeff)
    return y


# ----------------------------------------------------------------------------- fitting
def _vander(x: torch.Tensor, order: int) -> torch.Tensor:
    """Decreasing powers of ``x`` as NumPy's ``vander`` builds them (running products)."""
    cols = x[:, None].expand(x.shape[0], order).clone()
    cols[:, 0] = 1
    return torch.cumprod(cols, dim=1).flip(1)


def _lstsq(
    a: torch.Tensor, b: torch.Tensor, rcond: float
) -> tuple[torch.Tensor, torch.Tensor, int, torch.Tensor]:
    """``numpy.linalg.lstsq`` through the SVD: solution, residuals, rank, singular values."""
    if not bool(torch.isfinite(a).all()) or not bool(torch.isfinite(b).all()):
        raise ValueError("SVD did not converge in Linear Least Squares")
    u, s, vh = torch.linalg.svd(a, full_matrices=False)
    cutoff = rcond * s[0] if rcond >= 0 else torch.finfo(s.dtype).eps * s[0]
    keep = s > cutoff
    rank = int(keep.sum())
    inv_s = torch.where(keep, 1.0 / torch.where(keep, s, 1.0), 0.0).to(a.dtype)
    b2 = b if b.dim() == 2 else b[:, None]
    coef = vh.mH @ (inv_s[:, None] * (u.mH @ b2))
    m, n = a.shape
    if rank == n and m > n:
        # as LAPACK does: the part of b outside the column space, through Householder QR
        # (Q is applied, never formed)
        qr, tau = torch.geqrf(a)
        qtb = torch.ormqr(qr, tau, b2, left=True, transpose=True)
        resids = (qtb[n:].abs() ** 2).sum(0)
    else:
        resids = s.new_zeros(0)
    return (coef if b.dim() == 2 else coef[:, 0]), resids, rank, s


def polyfit(
    x: torch.Tensor,
    y: torch.Tensor,
    deg: Any,
    rcond: Any,
    full: bool,
    w: torch.Tensor | None,
    cov: Any,
) -> dict[str, Any]:
    """``numpy.polyfit``: least squares on the column-scaled Vandermonde matrix.

    Returns a dict: 'c' (coefficients, highest power first), 'resids', 'rank', 's',
    'rcond' (a tensor when computed here), 'order', and 'cov' when asked for.
    """
    order = int(deg) + 1
    x = x.to(_plus_zero_dtype(x.dtype))
    y = y.to(_plus_zero_dtype(y.dtype))
    if deg < 0:
        raise ValueError("expected deg >= 0")
    if x.dim() != 1:
        raise TypeError("expected 1D vector for x")
    if x.numel() == 0:
        raise TypeError("expected non-empty vector for x")
    if y.dim() < 1 or y.dim() > 2:
        raise TypeError("expected 1D or 2D array for y")
    if x.shape[0] != y.shape[0]:
        raise TypeError("expected x and y to have same length")
    real_x = x.real.dtype if x.dtype.is_complex else x.dtype
    if rcond is None:
        rcond_t = torch.tensor(x.shape[0], dtype=real_x) * torch.finfo(real_x).eps
        rcond_value: Any = rcond_t
        rcond_f = float(rcond_t)
    else:
        rcond_value = rcond
        rcond_f = float(rcond)
    lhs = _vander(x.to(_di.COMPLEX128 if x.dtype.is_complex else _di.FLOAT64), order)
    rhs = y
    if w is not None:
        w = w.to(_plus_zero_dtype(w.dtype))
        if w.dim() != 1:
            raise TypeError("expected a 1-d array for weights")
        if w.shape[0] != y.shape[0]:
            raise TypeError("expected w and y to have the same length")
        for target in (lhs, rhs):
            if w.dtype.is_complex and not target.dtype.is_complex:
                raise TypeError(
                    f"Cannot cast ufunc 'multiply' output from dtype('{_di_name(w.dtype)}') "
                    f"to dtype('{_di_name(target.dtype)}') with casting rule 'same_kind'"
                )
        lhs = lhs * w.to(lhs.dtype)[:, None]
        wr = w if rhs.dim() == 1 else w[:, None]
        rhs = _binop("multiply", rhs, wr).to(rhs.dtype)
    _linalg_dtypes(rhs.dtype)  # refuses float16 and bfloat16, as NumPy's lstsq
    comp = _di.COMPLEX128 if lhs.dtype.is_complex or rhs.dtype.is_complex else _di.FLOAT64
    scale = torch.sqrt((lhs * lhs).sum(0))
    lhs = lhs / scale
    c, resids, rank, s = _lstsq(lhs.to(comp), rhs.to(comp), rcond_f)
    c = c / (scale if c.dim() == 1 else scale[:, None])
    out: dict[str, Any] = {
        "c": c,
        "resids": resids,
        "rank": torch.tensor(rank, dtype=_di.INT32),
        "rank_int": rank,
        "s": s,
        "rcond": rcond_value,
        "order": order,
    }
    if not full and cov:
        gram = lhs.T @ lhs
        vbase, info = torch.linalg.inv_ex(gram)
        if int(info) != 0:
            raise ValueError("Singular matrix")
        vbase = vbase / torch.outer(scale, scale)
        if isinstance(cov, str) and cov == "unscaled":
            out["cov"] = vbase if y.dim() == 1 else vbase[:, :, None]
            return out
        if x.shape[0] <= order:
            raise ValueError(
                "the number of data points must exceed order to scale the covariance matrix"
            )
        fac = resids / (x.shape[0] - order)
        base = vbase if y.dim() == 1 else vbase[:, :, None]
        if broadcast_shapes(base.shape, fac.shape) is None:
            raise ValueError(
                f"operands could not be broadcast together with shapes {tuple(base.shape)} "
                f"{tuple(fac.shape)}"
            )
        out["cov"] = base * fac
    return out


def _di_name(dt: torch.dtype) -> str:
    return str(dt).removeprefix("torch.")
