# mypy: disable-error-code="empty-body"
"""Elementwise helper functions of the main namespace that are not ufuncs: fix,
isposinf/isneginf, iscomplex/isreal, iscomplexobj/isrealobj, real/imag, angle,
real_if_close, nan_to_num, sinc, i0.

Most are declarations bound by ``normalize`` to ``_elementwise_impl``; ``real``/``imag``
(views of their argument), the ``*obj`` predicates (Python bools) and ``nan_to_num``
(``copy=False`` works in place) convert their arguments here.
"""

from __future__ import annotations

from typing import Any

from . import _elementwise_impl as _impl
from ._flags import check_writeable
from ._ndarray import ndarray
from ._normalizer import ArrayLike, OutArray, as_tensor, normalize, wrap

__all__ = [
    "angle",
    "fix",
    "i0",
    "imag",
    "iscomplex",
    "iscomplexobj",
    "isneginf",
    "isposinf",
    "isreal",
    "isrealobj",
    "nan_to_num",
    "real",
    "real_if_close",
    "sinc",
]


@normalize(_impl.fix, out_casting="same_kind")
def fix(x: ArrayLike, out: OutArray = None) -> ndarray:
    """Round toward zero, as ``numpy.fix``: floats stay floats (``-0.5`` gives ``-0.0``),
    integers and bools keep their dtype; complex input is a TypeError."""


@normalize(_impl.isposinf, out_casting="same_kind")
def isposinf(x: ArrayLike, out: OutArray = None) -> ndarray:
    """True where ``x`` is positive infinity, as ``numpy.isposinf``; complex input raises
    TypeError (the sign of a complex infinity is ambiguous)."""


@normalize(_impl.isneginf, out_casting="same_kind")
def isneginf(x: ArrayLike, out: OutArray = None) -> ndarray:
    """True where ``x`` is negative infinity, as ``numpy.isneginf``; complex input raises
    TypeError."""


@normalize(_impl.iscomplex)
def iscomplex(x: ArrayLike) -> ndarray:
    """True where the imaginary part is nonzero, as ``numpy.iscomplex`` (all False for real
    dtypes)."""


@normalize(_impl.isreal)
def isreal(x: ArrayLike) -> ndarray:
    """True where the imaginary part is zero, as ``numpy.isreal`` (all True for real
    dtypes)."""


def _is_complex_dtype(x: Any) -> bool:
    if isinstance(x, ndarray):
        return x._t.is_complex()
    return as_tensor(x).is_complex()


def iscomplexobj(x: Any) -> bool:
    """Whether ``x`` has a complex dtype (whatever its values), as ``numpy.iscomplexobj``."""
    return _is_complex_dtype(x)


def isrealobj(x: Any) -> bool:
    """Whether ``x`` has a non-complex dtype, as ``numpy.isrealobj``."""
    return not _is_complex_dtype(x)


def _as_array(val: ArrayLike) -> ndarray:
    return val if isinstance(val, ndarray) else ndarray._from_tensor(as_tensor(val))


def real(val: ArrayLike) -> ndarray:
    """The real part, as ``numpy.real``: a view for complex arrays (writes show in ``val``),
    the array itself for real ones."""
    return _as_array(val).real


def imag(val: ArrayLike) -> ndarray:
    """The imaginary part, as ``numpy.imag``: a view for complex arrays, zeros of the same
    dtype for real ones (NumPy's are read-only; tnp's are a new array)."""
    return _as_array(val).imag


@normalize(_impl.angle)
def angle(z: ArrayLike, deg: bool = False) -> ndarray:
    """The counterclockwise angle from the positive real axis, in radians (degrees when
    ``deg``), as ``numpy.angle``; real input gives 0 or pi in NumPy's float dtype (int8 gives
    float16, ...)."""


@normalize(_impl.real_if_close)
def real_if_close(a: ArrayLike, tol: float = 100) -> ndarray:
    """The real part if every imaginary part is below ``tol`` (in machine epsilons of the
    dtype when ``tol > 1``), else ``a``, as ``numpy.real_if_close``."""


def nan_to_num(
    x: ArrayLike,
    copy: bool = True,
    nan: float = 0.0,
    posinf: float | None = None,
    neginf: float | None = None,
) -> ndarray:
    """NaN replaced by ``nan``, infinities by ``posinf``/``neginf`` (default: the dtype's
    largest and smallest finite values), as ``numpy.nan_to_num``. Complex values are fixed
    part by part; integers are unchanged. ``copy=False`` writes into ``x`` when it is a tnp
    array and returns it."""
    t = as_tensor(x)
    result = _impl.nan_to_num(t, nan, posinf, neginf)
    if not copy and isinstance(x, ndarray):
        check_writeable(x)
        x._t.copy_(result)
        return x
    out: ndarray = wrap(result)
    return out


@normalize(_impl.sinc)
def sinc(x: ArrayLike) -> ndarray:
    """The normalized sinc function ``sin(pi x) / (pi x)`` (1 at 0), as ``numpy.sinc``;
    integers and bools give float64."""


@normalize(_impl.i0)
def i0(x: ArrayLike) -> ndarray:
    """The modified Bessel function of the first kind of order 0, as ``numpy.i0``;
    non-float input gives float64, complex input raises TypeError. Values come from
    torch's ``special.i0`` (within a few ulp of NumPy's Chebyshev series)."""
