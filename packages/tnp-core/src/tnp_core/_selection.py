# mypy: disable-error-code="empty-body"
"""Selection functions of the main namespace: take, put, repeat, choose, compress, clip,
round/around, conj/conjugate, diagonal, trace.

Most are declarations bound by ``normalize`` to ``_selection_impl``. ``put`` (in place),
``choose`` (a sequence of arrays), ``clip`` (two spellings of each bound) and ``diagonal``
(a view of its argument) convert their arguments here and then call the impl.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from . import _selection_impl as _impl
from ._flags import check_writeable
from ._ndarray import ndarray
from ._normalizer import (
    ArrayLike,
    DTypeLike,
    OptAxisIndex,
    OutArray,
    as_tensor,
    copy_into_out,
    normalize,
    wrap,
)

__all__ = [
    "around",
    "choose",
    "clip",
    "compress",
    "conj",
    "conjugate",
    "diagonal",
    "put",
    "repeat",
    "round",
    "take",
    "trace",
]


@normalize(_impl.take)
def take(
    a: ArrayLike,
    indices: ArrayLike,
    axis: OptAxisIndex = None,
    out: OutArray = None,
    mode: str = "raise",
) -> ndarray:
    """Elements of ``a`` at ``indices`` along ``axis`` (of the flattened array when None),
    as ``numpy.take``. ``mode`` 'raise' (negative indices count from the end), 'wrap' or
    'clip' handles out-of-range indices."""


def put(a: ndarray, ind: Any, v: Any, mode: str = "raise") -> None:
    """Write ``v`` into the flattened ``a`` at ``ind``, in place, as ``numpy.put``.

    ``v`` repeats cyclically when shorter than ``ind``; ``mode`` is as for ``take``.
    """
    if not isinstance(a, ndarray):
        raise TypeError(f"argument 1 must be numpy.ndarray, not {type(a).__name__}")
    check_writeable(a)
    _impl.put(a._t, as_tensor(ind), as_tensor(v), mode)


@normalize(_impl.repeat)
def repeat(a: ArrayLike, repeats: ArrayLike, axis: OptAxisIndex = None) -> ndarray:
    """Each element repeated ``repeats`` times along ``axis`` (flattened when None), as
    ``numpy.repeat``; ``repeats`` is one count or one per element."""


def choose(
    a: ArrayLike, choices: Sequence[Any], out: OutArray = None, mode: str = "raise"
) -> ndarray:
    """Elementwise pick from ``choices[a]`` (all broadcast together), as ``numpy.choose``.

    ``mode`` 'raise' rejects indices outside ``[0, len(choices))``; 'wrap' and 'clip' fold
    them into range.
    """
    idx = as_tensor(a)
    items = [as_tensor(c) for c in choices]
    r = _impl.choose(idx, items, mode)
    if out is not None:
        return copy_into_out(r, out, "unsafe", "choose")
    return wrap(r)  # type: ignore[no-any-return]


@normalize(_impl.compress)
def compress(
    condition: ArrayLike, a: ArrayLike, axis: int | None = None, out: OutArray = None
) -> ndarray:
    """The slices of ``a`` along ``axis`` (flattened when None) where the 1-D ``condition``
    is true, as ``numpy.compress``."""


class _NoValue:
    def __repr__(self) -> str:
        return "<no value>"


_NOVALUE: Any = _NoValue()


def _bound(b: Any) -> Any:
    if b is None or type(b) in (bool, int, float, complex):
        return b
    return as_tensor(b)


def clip(
    a: ArrayLike,
    a_min: Any = _NOVALUE,
    a_max: Any = _NOVALUE,
    out: ndarray | None = None,
    *,
    min: Any = _NOVALUE,
    max: Any = _NOVALUE,
    **kwargs: Any,
) -> ndarray:
    """Values limited to ``[a_min, a_max]``, as ``numpy.clip``: ``minimum(maximum(a, a_min),
    a_max)``.

    ``min``/``max`` are keyword spellings of the bounds (not both with the positional ones);
    a None bound does not limit. NaN propagates from ``a`` and from the bounds; where
    ``a_min > a_max`` the result is ``a_max``. Python-number bounds are weak (NEP 50): an int8
    array clipped by Python ints stays int8. Other ufunc keywords are not supported.
    """
    if kwargs:
        raise NotImplementedError(f"clip: keywords {sorted(kwargs)} are not supported")
    if a_min is not _NOVALUE or a_max is not _NOVALUE:
        if min is not _NOVALUE or max is not _NOVALUE:
            raise ValueError(
                "Passing `min` or `max` keyword argument when `a_min` and `a_max` are "
                "provided is forbidden."
            )
    else:
        a_min, a_max = min, max
    lo = None if a_min is _NOVALUE else _bound(a_min)
    hi = None if a_max is _NOVALUE else _bound(a_max)
    r = _impl.clip(as_tensor(a), lo, hi)
    if out is not None:
        return copy_into_out(r, out, "same_kind", "clip")
    return wrap(r)  # type: ignore[no-any-return]


@normalize(_impl.round)
def round(a: ArrayLike, decimals: int = 0, out: OutArray = None) -> ndarray:
    """Values rounded half to even at ``decimals`` places, as ``numpy.round``.

    Negative ``decimals`` round left of the decimal point (integers too); integers are
    unchanged for ``decimals >= 0``; complex values round both parts; bool gives float16.
    """


@normalize(_impl.round)
def around(a: ArrayLike, decimals: int = 0, out: OutArray = None) -> ndarray:
    """The same as ``round``, as ``numpy.around``."""


@normalize(_impl.conjugate)
def conjugate(x: ArrayLike, /, out: OutArray = None) -> ndarray:
    """Complex conjugate, elementwise, as ``numpy.conjugate``; real values are copied as they
    are (bool gives int8, as NumPy's ufunc loops do)."""


@normalize(_impl.conjugate)
def conj(x: ArrayLike, /, out: OutArray = None) -> ndarray:
    """The same as ``conjugate``, as ``numpy.conj``."""


def diagonal(a: ArrayLike, offset: int = 0, axis1: int = 0, axis2: int = 1) -> ndarray:
    """The diagonal of the 2-D slices over ``axis1``/``axis2``, put last, as ``numpy.diagonal``.

    For a tnp array the result is a view that shares its memory; unlike NumPy's read-only
    view it is writeable, and writes show in ``a``.
    """
    d = _impl.diagonal(as_tensor(a), offset, axis1, axis2)
    return a._view(d) if isinstance(a, ndarray) else ndarray._from_tensor(d)


@normalize(_impl.trace)
def trace(
    a: ArrayLike,
    offset: int = 0,
    axis1: int = 0,
    axis2: int = 1,
    dtype: DTypeLike = None,
    out: OutArray = None,
) -> ndarray:
    """Sum along the diagonal over ``axis1``/``axis2``, as ``numpy.trace``; integers and bool
    accumulate in int64 (uint64 for unsigned), as ``sum``."""
