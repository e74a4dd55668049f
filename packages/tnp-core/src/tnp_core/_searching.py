# mypy: disable-error-code="empty-body"
"""Searching and masked assignment of the main namespace: ``where``, ``extract``, ``place``,
``putmask``, ``select``, ``copyto``, ``take_along_axis`` and ``put_along_axis``.

``lexsort``, ``sort_complex``, ``flatnonzero`` and ``argwhere`` live with the sorts in
``_sorting``. ``extract`` and ``take_along_axis`` are declarations bound by ``normalize``;
the others take optional, weak-scalar or in-place arguments and convert them here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import torch

from . import _dtypes_impl as _di
from . import _searching_impl as _impl
from ._conversion import to_tensor
from ._flags import check_writeable
from ._ndarray import ndarray
from ._normalizer import ArrayLike, as_tensor, normalize, wrap

__all__ = [
    "copyto",
    "extract",
    "place",
    "put_along_axis",
    "putmask",
    "select",
    "take_along_axis",
    "where",
]

_PY_SCALARS = (bool, int, float, complex)
_WEAK_SCALARS = (int, float, complex)  # NumPy's select keeps only these weak


def _weak(obj: object, kinds: tuple[type, ...] = _PY_SCALARS) -> Any:
    """A Python scalar of ``kinds`` as it is (weak, NEP 50); anything else as a tensor."""
    return obj if type(obj) in kinds else as_tensor(obj)


def _target(arr: object, func: str) -> ndarray:
    if not isinstance(arr, ndarray):
        raise TypeError(f"{func}() argument 1 must be numpy.ndarray, not {type(arr).__name__}")
    return arr


def _values_for(values: object, dt: torch.dtype) -> torch.Tensor:
    """Values written into an array of dtype ``dt`` as NumPy's item assignment converts them:
    arrays cast unsafely, Python numbers and lists checked against the dtype's range."""
    if isinstance(values, (ndarray, torch.Tensor)):
        return as_tensor(values).to(dt)
    return to_tensor(values, dt)


def where(condition: ArrayLike, x: Any = None, y: Any = None, /) -> Any:
    """Elements of ``x`` where ``condition`` is true and of ``y`` elsewhere, as ``numpy.where``;
    with only ``condition``, the same as ``nonzero(condition)``.

    Python scalars are weak (NEP 50): ``where(c, int8_array, 1)`` stays int8. A Python int
    outside that dtype's range wraps around, as NumPy's conversion does.
    """
    cond = as_tensor(condition)
    xs = None if x is None else _weak(x)
    ys = None if y is None else _weak(y)
    return wrap(_impl.where(cond, xs, ys))


@normalize(_impl.extract)
def extract(condition: ArrayLike, arr: ArrayLike) -> ndarray:
    """The elements of ``arr`` (flattened) where ``condition`` (flattened) is nonzero, as
    ``numpy.extract``."""


def place(arr: ndarray, mask: ArrayLike, vals: ArrayLike) -> None:
    """Write ``vals`` into ``arr`` in place at the true positions of ``mask``, in order and
    repeating ``vals`` cyclically, as ``numpy.place``.

    ``mask`` must have ``arr``'s size; ``vals`` is cast to ``arr``'s dtype unsafely (Python
    ints must fit it).
    """
    a = _target(arr, "place")
    check_writeable(a, "assignment destination")
    _impl.place(a._t, as_tensor(mask), _values_for(vals, a._t.dtype))


def putmask(a: ndarray, mask: ArrayLike, values: ArrayLike) -> None:
    """Set ``a.flat[n] = values[n % len(values)]`` where ``mask.flat[n]`` is true, in place,
    as ``numpy.putmask``.

    ``mask`` must have ``a``'s size. An array of ``values`` must cast safely to ``a``'s dtype
    (``TypeError`` otherwise); Python numbers and lists are converted as item assignment does.
    """
    arr = _target(a, "putmask")
    check_writeable(arr, "putmask: output array")
    dt = arr._t.dtype
    if isinstance(values, (ndarray, torch.Tensor)):
        v = as_tensor(values)
        if not _di.can_cast(v.dtype, dt, "safe"):
            raise TypeError(
                f"Cannot cast array data from dtype('{_impl.dtype_name(v.dtype)}') to "
                f"dtype('{_impl.dtype_name(dt)}') according to the rule 'safe'"
            )
        v = v.to(dt)
    else:
        v = to_tensor(values, dt)
    _impl.putmask(arr._t, as_tensor(mask), v)


def select(condlist: Sequence[Any], choicelist: Sequence[Any], default: Any = 0) -> ndarray:
    """From the first ``choicelist[i]`` whose ``condlist[i]`` is true, elementwise, else
    ``default``, as ``numpy.select``.

    The result dtype is the NEP 50 ``result_type`` of the choices and ``default`` (Python
    int, float and complex are weak; Python bool is not, as in NumPy). Conditions must be
    boolean (``TypeError`` otherwise).
    """
    conds = [as_tensor(c) for c in condlist]
    choices = [_weak(c, _WEAK_SCALARS) for c in choicelist]
    result: ndarray = wrap(_impl.select(conds, choices, _weak(default, _WEAK_SCALARS)))
    return result


def copyto(dst: ndarray, src: ArrayLike, casting: str = "same_kind", where: Any = True) -> None:
    """Copy ``src`` into ``dst`` in place, broadcast, where ``where`` is true, as
    ``numpy.copyto``.

    ``casting`` is checked as NumPy does: arrays by their dtype, Python scalars as weak
    (``copyto(int8_array, 3, casting='safe')`` is allowed, ``300`` raises ``OverflowError``).
    """
    if not isinstance(dst, ndarray):
        raise TypeError(f"copyto() argument 1 must be a numpy.ndarray, not {type(dst).__name__}")
    if casting not in _di.CASTING_MODES:
        raise ValueError(
            f"casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got {casting!r})"
        )
    target = dst._t
    dt = target.dtype
    if type(src) in _PY_SCALARS:
        default: torch.dtype | None = _di.scalar_dtype(type(src))
        if type(src) is int and not -(2**63) <= src < 2**63:
            # NumPy makes such an int a uint64 array, or has no integer dtype for it
            default = _di.UINT64 if 0 <= src < 2**64 else None
        if type(src) is not bool and casting == "equiv" and default is not dt:
            # NumPy refuses weak Python numbers under 'equiv' unless their default dtype is
            # the target (while 'no' accepts them)
            raise TypeError(
                f"cannot cast Python {type(src).__name__} to {_impl.dtype_name(dt)} under the "
                "casting rule 'equiv'"
            )
        if type(src) is int and dt is _di.BOOL and not -(2**63) <= src < 2**63:
            raise OverflowError("Python int too large to convert to C long")
        # Python int, float and complex are weak; a Python bool is a bool
        src_dt = _di.BOOL if type(src) is bool else _di.weak_scalar_result(dt, type(src))
        if not _di.can_cast(src_dt, dt, casting):
            raise TypeError(
                f"Cannot cast scalar from dtype('{_impl.dtype_name(src_dt)}') to "
                f"dtype('{_impl.dtype_name(dt)}') according to the rule '{casting}'"
            )
        value = _impl.scalar_tensor(src, dt, target.device, overflow=True)  # type: ignore[arg-type]
    else:
        s = as_tensor(src)
        if not _di.can_cast(s.dtype, dt, casting):
            raise TypeError(
                f"Cannot cast array data from dtype('{_impl.dtype_name(s.dtype)}') to "
                f"dtype('{_impl.dtype_name(dt)}') according to the rule '{casting}'"
            )
        value = s.to(dt)
    mask = None if where is True else as_tensor(where)
    check_writeable(dst, "assignment destination")
    _impl.copyto(target, value, mask)


@normalize(_impl.take_along_axis)
def take_along_axis(arr: ArrayLike, indices: ArrayLike, axis: int | None = -1) -> ndarray:
    """Values of ``arr`` at ``indices`` along ``axis`` (of the flattened array when None), as
    ``numpy.take_along_axis``; the other axes of ``indices`` broadcast against ``arr``'s."""


def put_along_axis(arr: ndarray, indices: ArrayLike, values: ArrayLike, axis: int | None) -> None:
    """Write ``values`` into ``arr`` in place at ``indices`` along ``axis``, as
    ``numpy.put_along_axis`` (``axis=None`` works on the flattened array)."""
    a = _target(arr, "put_along_axis")
    check_writeable(a, "assignment destination")
    _impl.put_along_axis(a._t, as_tensor(indices), _values_for(values, a._t.dtype), axis)
