"""The legacy polynomial API of the main namespace: poly, roots, polyadd, polysub, polymul,
polydiv, polyder, polyint, polyval, polyfit and the ``poly1d`` class.

The functions convert their arguments (a ``poly1d`` stands for its coefficients) and call
``_polynomial_impl``; like NumPy's, the arithmetic ones return a ``poly1d`` when one of
their arguments is one. ``poly1d`` keeps its coefficients as a tnp array and prints as
NumPy's does.
"""

from __future__ import annotations

import numbers
import operator
import re
import warnings
from collections.abc import Iterator
from typing import Any

import torch

from . import _polynomial_impl as _impl
from ._ndarray import ndarray
from ._normalizer import ArrayLike, as_tensor
from .exceptions import RankWarning

__all__ = [
    "poly",
    "poly1d",
    "polyadd",
    "polyder",
    "polydiv",
    "polyfit",
    "polyint",
    "polymul",
    "polysub",
    "polyval",
    "roots",
]


def _nd(t: torch.Tensor) -> ndarray:
    return ndarray._from_tensor(t)


def _tensor(obj: Any) -> torch.Tensor:
    """The tensor of an array-like; a ``poly1d`` gives its coefficients."""
    if isinstance(obj, poly1d):
        return obj.coeffs._t
    return as_tensor(obj)


def _is_scalar(obj: Any) -> bool:
    """What ``poly1d`` arithmetic treats as a number: Python and NumPy numbers, 0-D arrays
    (tnp's scalars)."""
    if isinstance(obj, ndarray):
        return obj.ndim == 0
    return isinstance(obj, numbers.Number)


# ----------------------------------------------------------------------------- functions
def poly(seq_of_zeros: ArrayLike) -> ndarray | float:
    """Coefficients of the monic polynomial with the given roots, as ``numpy.poly``.

    A non-empty square 2-D array gives its characteristic polynomial (through its
    eigenvalues). Integer roots give float64; complex coefficients whose roots come in
    conjugate pairs are returned real. No roots give the Python float 1.0, as NumPy.
    """
    r = _impl.poly(_tensor(seq_of_zeros))
    return r if isinstance(r, float) else _nd(r)


def roots(p: ArrayLike) -> ndarray:
    """Roots of the polynomial with coefficients ``p`` (highest power first), as
    ``numpy.roots``: eigenvalues of the companion matrix, then one 0 per trailing zero.

    Real when every root is real, complex otherwise; float32 coefficients give float32 or
    complex64. The order of the roots is LAPACK's and can differ from NumPy's where the
    LAPACK builds differ. A 0-D ``p`` raises ``TypeError`` (as NumPy's dispatcher does).
    """
    return _nd(_impl.roots(_tensor(p)))


def _maybe_poly(val: torch.Tensor, *args: Any) -> ndarray | poly1d:
    if any(isinstance(a, poly1d) for a in args):
        return poly1d(_nd(val))
    return _nd(val)


def polyadd(a1: ArrayLike | poly1d, a2: ArrayLike | poly1d) -> ndarray | poly1d:
    """Sum of two polynomials, as ``numpy.polyadd`` (the shorter padded with leading
    zeros); a ``poly1d`` when either argument is one."""
    return _maybe_poly(_impl.polyadd(_tensor(a1), _tensor(a2)), a1, a2)


def polysub(a1: ArrayLike | poly1d, a2: ArrayLike | poly1d) -> ndarray | poly1d:
    """Difference ``a1 - a2`` of two polynomials, as ``numpy.polysub``; a ``poly1d`` when
    either argument is one."""
    return _maybe_poly(_impl.polysub(_tensor(a1), _tensor(a2)), a1, a2)


def polymul(a1: ArrayLike | poly1d, a2: ArrayLike | poly1d) -> ndarray | poly1d:
    """Product of two polynomials (convolution of their coefficients), as
    ``numpy.polymul``; a ``poly1d`` when either argument is one."""
    return _maybe_poly(_impl.polymul(_tensor(a1), _tensor(a2)), a1, a2)


def polydiv(
    u: ArrayLike | poly1d, v: ArrayLike | poly1d
) -> tuple[ndarray, ndarray] | tuple[poly1d, poly1d]:
    """Quotient and remainder of polynomial division, as ``numpy.polydiv``.

    Computed in floating point; leading remainder terms within 1e-8 of zero are dropped.
    ``poly1d`` results when either argument is one. Only 1-D coefficients are accepted.
    """
    q, r = _impl.polydiv(_tensor(u), _tensor(v))
    if isinstance(u, poly1d) or isinstance(v, poly1d):
        return poly1d(_nd(q)), poly1d(_nd(r))
    return _nd(q), _nd(r)


def polyder(p: ArrayLike | poly1d, m: int = 1) -> ndarray | poly1d:
    """The ``m``-th derivative of a polynomial, as ``numpy.polyder`` (``m=0`` returns
    ``p``); a ``poly1d`` for a ``poly1d``."""
    order = int(m)
    t = _tensor(p)
    val = _impl.polyder(t, order)
    if isinstance(p, poly1d):
        return poly1d(_nd(val))
    if val is t and isinstance(p, ndarray):
        return p
    return _nd(val)


def polyint(p: ArrayLike | poly1d, m: int = 1, k: ArrayLike | None = None) -> ndarray | poly1d:
    """The ``m``-th antiderivative of a polynomial, as ``numpy.polyint``.

    ``k`` gives the integration constants: one for every order, or a single one used for
    all of them; zeros when None. ``m=0`` returns ``p``. A ``poly1d`` for a ``poly1d``.
    """
    order = int(m)
    t = _tensor(p)
    val = _impl.polyint(t, order, None if k is None else as_tensor(k))
    if isinstance(p, poly1d):
        return poly1d(_nd(val))
    if val is t and isinstance(p, ndarray):
        return p
    return _nd(val)


def polyval(p: ArrayLike | poly1d, x: ArrayLike | poly1d) -> Any:
    """The polynomial ``p`` evaluated at ``x`` by Horner's scheme, as ``numpy.polyval``.

    The result has the promoted dtype of ``p`` and ``x`` and the broadcast shape (a 0-D
    array for a scalar ``x``); a ``poly1d`` ``x`` gives the composition ``p(x)``.
    """
    pt = _tensor(p)
    if isinstance(x, poly1d):
        if pt.dim() == 0:
            raise TypeError("iteration over a 0-d array")
        y: Any = 0
        for coeff in _nd(pt):
            y = y * x + coeff
        return y
    return _nd(_impl.polyval(pt, as_tensor(x)))


def polyfit(
    x: ArrayLike,
    y: ArrayLike,
    deg: int,
    rcond: float | None = None,
    full: bool = False,
    w: ArrayLike | None = None,
    cov: bool | str = False,
) -> Any:
    """Least-squares polynomial fit of degree ``deg``, as ``numpy.polyfit``.

    Coefficients come highest power first (one column per column of a 2-D ``y``), in
    float64 or complex128. ``w`` weights the residuals; ``rcond`` is the relative cutoff for
    small singular values (``len(x)`` times the epsilon of ``x``'s dtype by default).
    ``full=True`` returns ``(coefficients, residuals, rank, singular_values, rcond)``;
    ``cov=True`` returns ``(coefficients, covariance)`` scaled by the residual variance,
    ``cov='unscaled'`` unscaled. A rank-deficient fit warns with ``RankWarning`` unless
    ``full``. tnp solves through ``torch.linalg.svd``: results agree with NumPy's LAPACK
    to rounding; the rank and ``rcond`` come back as 0-D arrays.
    """
    res = _impl.polyfit(
        _tensor(x),
        _tensor(y),
        deg,
        rcond,
        full,
        None if w is None else _tensor(w),
        cov,
    )
    if res["rank_int"] != res["order"] and not full:
        warnings.warn("Polyfit may be poorly conditioned", RankWarning, stacklevel=2)
    c = _nd(res["c"])
    if full:
        rc = res["rcond"]
        return (
            c,
            _nd(res["resids"]),
            _nd(res["rank"]),
            _nd(res["s"]),
            _nd(rc) if isinstance(rc, torch.Tensor) else rc,
        )
    if "cov" in res:
        return c, _nd(res["cov"])
    return c


# ----------------------------------------------------------------------------- poly1d
_POWER = re.compile(r"\*\*([0-9]*)")


def _lift_powers(text: str, wrap: int = 70) -> str:
    """Write each ``**n`` of ``text`` as a superscript line above it, wrapping at ``wrap``
    columns, the layout of NumPy's ``poly1d.__str__``."""
    top, bottom, out = "", "", " "
    pos = 0
    for match in _POWER.finditer(text):
        power = match.group(1)
        part = text[pos : match.start()]
        pos = match.end()
        add_bottom = part + " " * (len(power) - 1)
        add_top = " " * (len(part) - 1) + power
        if len(bottom) + len(add_bottom) > wrap or len(top) + len(add_top) > wrap:
            out += top + "\n" + bottom + "\n "
            top, bottom = add_top, add_bottom
        else:
            top += add_top
            bottom += add_bottom
    return out + top + "\n" + bottom + text[pos:]


def _fmt(value: float | int | bool) -> str:
    return format(value, ".4g")


def _coeff_text(c: Any) -> str:
    if isinstance(c, complex) and c.imag != 0:
        if c.real == 0:
            return _fmt(c.imag) + "j"
        return f"({_fmt(c.real)} + {_fmt(c.imag)}j)"
    return _fmt(c.real if isinstance(c, complex) else c)


class poly1d:
    """A one-dimensional polynomial, as ``numpy.poly1d``.

    ``poly1d(c)`` takes coefficients, highest power first (leading zeros dropped);
    ``poly1d(r, r=True)`` takes roots. Calling it evaluates it; ``+ - * **`` and ``/``
    (by a number, or by a polynomial giving ``(quotient, remainder)``) combine it with
    numbers and polynomials; ``p[k]`` is the coefficient of ``x**k``. ``repr`` and ``str``
    are NumPy's. Differences: ``==`` returns a Python bool, and indexing returns 0-D arrays
    (tnp's scalars).
    """

    __hash__ = None  # type: ignore[assignment]

    _coeffs_arr: ndarray
    _variable: str

    def __init__(self, c_or_r: Any, r: bool = False, variable: str | None = None) -> None:
        if isinstance(c_or_r, poly1d):
            self._variable = c_or_r._variable
            self._coeffs_arr = c_or_r._coeffs_arr
            if variable is not None:
                self._variable = variable
            return
        if r:
            c_or_r = poly(c_or_r)
        arr = c_or_r if isinstance(c_or_r, ndarray) else _nd(as_tensor(c_or_r))
        if arr.ndim == 0:
            arr = arr.reshape(1)
        if arr.ndim > 1:
            raise ValueError("Polynomial must be 1d only.")
        n = arr.shape[0]
        first = n - _impl.trim_leading_zeros(arr._t).shape[0]
        if first == n:
            arr = _nd(arr._t.new_zeros(1))
        elif first:
            arr = arr[first:]
        self._coeffs_arr = arr
        self._variable = "x" if variable is None else variable

    # ------------------------------------------------------------------ attributes
    @property
    def coeffs(self) -> ndarray:
        """The coefficients, highest power first."""
        return self._coeffs_arr

    @coeffs.setter
    def coeffs(self, value: ndarray) -> None:
        # only the in-place forms (p.coeffs *= 2) may assign
        if value is not self._coeffs_arr:
            raise AttributeError("Cannot set attribute")

    @property
    def variable(self) -> str:
        """The name of the variable used by ``str``."""
        return self._variable

    @property
    def order(self) -> int:
        """The degree of the polynomial."""
        return int(self._coeffs_arr.shape[0]) - 1

    @property
    def roots(self) -> ndarray:
        """The roots, as ``numpy.roots`` of the coefficients."""
        return roots(self._coeffs_arr)

    r = roots
    c = coef = coefficients = coeffs
    o = order

    # ------------------------------------------------------------------ protocols
    def __array__(self, t: Any = None, copy: bool | None = None) -> Any:
        return self._coeffs_arr.__array__(t, copy=copy)

    def __repr__(self) -> str:
        return f"poly1d({repr(self._coeffs_arr)[6:-1]})"

    def __len__(self) -> int:
        return self.order

    def __str__(self) -> str:
        values = self._coeffs_arr.tolist()
        start = 0
        while start < len(values) and values[start] == 0:
            start += 1
        values = values[start:]
        top = len(values) - 1
        var = self._variable
        text = "0"
        for k, c in enumerate(values):
            coef = _coeff_text(c)
            power = top - k
            if coef == "0":
                term = "0" if power == 0 and k == 0 else ""
            elif power == 0:
                term = coef
            elif power == 1:
                term = f"{coef} {var}"
            else:
                term = f"{coef} {var}**{power}"
            if k == 0:
                text = term
            elif term:
                text = f"{text} - {term[1:]}" if term.startswith("-") else f"{text} + {term}"
        return _lift_powers(text)

    def __call__(self, val: Any) -> Any:
        return polyval(self._coeffs_arr, val)

    def __iter__(self) -> Iterator[ndarray]:
        return iter(self._coeffs_arr)

    def __getitem__(self, power: int) -> ndarray:
        if power > self.order or power < 0:
            return _nd(torch.zeros((), dtype=self._coeffs_arr._t.dtype))
        return self._coeffs_arr[self.order - power]

    def __setitem__(self, power: int, val: Any) -> None:
        if power < 0:
            raise ValueError("Does not support negative powers.")
        index = self.order - power
        if power > self.order:
            t = self._coeffs_arr._t
            self._coeffs_arr = _nd(torch.cat([t.new_zeros(power - self.order), t]))
            index = 0
        self._coeffs_arr[index] = val

    # ------------------------------------------------------------------ arithmetic
    def __neg__(self) -> poly1d:
        return poly1d(-self._coeffs_arr)

    def __pos__(self) -> poly1d:
        return self

    def __mul__(self, other: Any) -> poly1d:
        if _is_scalar(other):
            return poly1d(self._coeffs_arr * other)
        return poly1d(polymul(self._coeffs_arr, poly1d(other)._coeffs_arr))

    def __rmul__(self, other: Any) -> poly1d:
        if _is_scalar(other):
            return poly1d(other * self._coeffs_arr)
        return poly1d(polymul(poly1d(other)._coeffs_arr, self._coeffs_arr))

    def __add__(self, other: Any) -> poly1d:
        return poly1d(polyadd(self._coeffs_arr, poly1d(other)._coeffs_arr))

    def __radd__(self, other: Any) -> poly1d:
        return poly1d(polyadd(poly1d(other)._coeffs_arr, self._coeffs_arr))

    def __sub__(self, other: Any) -> poly1d:
        return poly1d(polysub(self._coeffs_arr, poly1d(other)._coeffs_arr))

    def __rsub__(self, other: Any) -> poly1d:
        return poly1d(polysub(poly1d(other)._coeffs_arr, self._coeffs_arr))

    def __pow__(self, val: Any) -> poly1d:
        if not _is_scalar(val) or int(val) != val or val < 0:
            raise ValueError("Power to non-negative integers only.")
        result: Any = [1]
        for _ in range(operator.index(int(val))):
            result = polymul(self._coeffs_arr, result)
        return poly1d(result)

    def __truediv__(self, other: Any) -> Any:
        if _is_scalar(other):
            return poly1d(self._coeffs_arr / other)
        return polydiv(self, poly1d(other))

    def __rtruediv__(self, other: Any) -> Any:
        if _is_scalar(other):
            return poly1d(other / self._coeffs_arr)
        return polydiv(poly1d(other), self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, poly1d):
            return NotImplemented
        a, b = self._coeffs_arr._t, other._coeffs_arr._t
        if a.shape != b.shape:
            return False
        return bool((self._coeffs_arr == other._coeffs_arr).all())

    def __ne__(self, other: object) -> bool:
        if not isinstance(other, poly1d):
            return NotImplemented
        return not self.__eq__(other)

    # ------------------------------------------------------------------ calculus
    def integ(self, m: int = 1, k: Any = 0) -> poly1d:
        """The ``m``-th antiderivative with integration constants ``k`` (see ``polyint``)."""
        return poly1d(polyint(self._coeffs_arr, m=m, k=k))

    def deriv(self, m: int = 1) -> poly1d:
        """The ``m``-th derivative (see ``polyder``)."""
        return poly1d(polyder(self._coeffs_arr, m=m))
