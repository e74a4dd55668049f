# mypy: disable-error-code="empty-body"
"""function_base routines of the main namespace: diff, gradient, trapezoid, interp,
convolve, correlate, unwrap, piecewise, vectorize, apply_along_axis, apply_over_axes, and the
window functions bartlett, blackman, hamming, hanning, kaiser.

The numerical ones are declarations bound by ``normalize`` to ``_function_base_impl``. The
ones that call user functions (piecewise, vectorize, apply_along_axis, apply_over_axes) loop
in Python, as NumPy's do, calling the function with tnp arrays.
"""

from __future__ import annotations

import itertools
import math
import re
import warnings
from collections.abc import Callable, Sequence
from typing import Any

import torch

from . import _dtypes_impl as _di
from . import _function_base_impl as _impl
from ._dtypes import from_torch_dtype, to_torch_dtype
from ._ndarray import ndarray
from ._normalizer import (
    ArrayLike,
    AxisIndex,
    OptScalarLike,
    ScalarLike,
    as_tensor,
    normalize,
    normalize_axis_index,
    normalize_axis_tuple,
)
from .exceptions import ComplexWarning

__all__ = [
    "apply_along_axis",
    "apply_over_axes",
    "bartlett",
    "blackman",
    "convolve",
    "correlate",
    "diff",
    "gradient",
    "hamming",
    "hanning",
    "interp",
    "kaiser",
    "piecewise",
    "trapezoid",
    "unwrap",
    "vectorize",
]


class _NoValue:
    def __repr__(self) -> str:
        return "<no value>"


_NOVALUE: Any = _NoValue()


def _nd(t: torch.Tensor) -> ndarray:
    return ndarray._from_tensor(t)


# ----------------------------------------------------------------------------- numerical
def diff(
    a: ArrayLike, n: int = 1, axis: int = -1, prepend: Any = None, append: Any = None
) -> ndarray:
    """The n-th discrete difference along ``axis``, as ``numpy.diff``.

    ``prepend``/``append`` are joined to ``a`` first (0-D values fill one slice); None joins
    nothing, as the Array API says (NumPy would try an object array). Bools give
    ``a[1:] != a[:-1]``; integers wrap as in NumPy. ``n=0`` returns ``a`` itself.
    """
    pre = None if prepend is None or prepend is _NOVALUE else as_tensor(prepend)
    app = None if append is None or append is _NOVALUE else as_tensor(append)
    t = as_tensor(a)
    r = _impl.diff(t, n, axis, pre, app)
    if r is t and isinstance(a, ndarray):
        return a
    return _nd(r)


def gradient(
    f: ArrayLike, *varargs: Any, axis: int | Sequence[int] | None = None, edge_order: int = 1
) -> ndarray | tuple[ndarray, ...]:
    """The gradient of ``f`` by central differences, as ``numpy.gradient``.

    ``varargs`` gives the spacing: none (1.0), one scalar for every axis, or one per axis,
    each a scalar or the 1-D coordinates along that axis. ``edge_order`` 1 or 2 sets the
    accuracy of the one-sided differences at the edges. Integer input gives float64; the
    result keeps a floating input's dtype. One array for one axis, else a tuple.
    """
    t = as_tensor(f)
    axes = None if axis is None else normalize_axis_tuple(axis, t.dim())
    spacing = [as_tensor(v) for v in varargs]
    outs = _impl.gradient(t, spacing, axes, edge_order)
    n_axes = t.dim() if axes is None else len(axes)
    if n_axes == 1:
        return _nd(outs[0])
    return tuple(_nd(o) for o in outs)


def trapezoid(y: ArrayLike, x: ArrayLike | None = None, dx: Any = 1.0, axis: int = -1) -> ndarray:
    """Integral of ``y`` along ``axis`` by the trapezoidal rule, as ``numpy.trapezoid``:
    spacing ``dx`` (scalar or array), or the sample points ``x`` (1-D along ``axis``, or
    shaped like ``y``)."""
    d = dx if type(dx) in (bool, int, float, complex) else as_tensor(dx)
    xt = None if x is None else as_tensor(x)
    return _nd(_impl.trapezoid(as_tensor(y), xt, d, axis))


@normalize(_impl.interp)
def interp(
    x: ArrayLike,
    xp: ArrayLike,
    fp: ArrayLike,
    left: OptScalarLike = None,
    right: OptScalarLike = None,
    period: OptScalarLike = None,
) -> ndarray:
    """One-dimensional piecewise-linear interpolation, as ``numpy.interp``.

    ``xp`` must increase (unchecked, as in NumPy); outside it ``left``/``right`` (default
    ``fp[0]``/``fp[-1]``); ``period`` interpolates periodically and ignores them. The
    result is float64, or complex128 for complex ``fp``; a scalar ``x`` gives a 0-D array.
    """


@normalize(_impl.convolve)
def convolve(a: ArrayLike, v: ArrayLike, mode: str = "full") -> ndarray:
    """Discrete linear convolution of two 1-D sequences, as ``numpy.convolve``; mode
    'full', 'same' or 'valid'. The longer sequence is taken as the signal, as in NumPy."""


@normalize(_impl.correlate)
def correlate(a: ArrayLike, v: ArrayLike, mode: str = "valid") -> ndarray:
    """Cross-correlation ``c[k] = sum_n a[n + k] * conj(v[n])`` of two 1-D sequences, as
    ``numpy.correlate``; mode 'valid', 'same' or 'full'."""


@normalize(_impl.unwrap)
def unwrap(
    p: ArrayLike,
    discont: OptScalarLike = None,
    axis: AxisIndex = -1,
    *,
    period: ScalarLike = 2 * math.pi,
) -> ndarray:
    """Unwrap phase jumps along ``axis``, as ``numpy.unwrap``: a difference larger than
    ``max(discont, period/2)`` is replaced by its equivalent modulo ``period``. Integer
    input with an integer ``period`` stays integer."""


# ----------------------------------------------------------------------------- windows
def bartlett(M: Any) -> ndarray:
    """The Bartlett (triangular) window of ``M`` points, as ``numpy.bartlett`` (float64;
    empty for ``M < 1``)."""
    return _nd(_impl.bartlett(M))


def blackman(M: Any) -> ndarray:
    """The Blackman window of ``M`` points, as ``numpy.blackman`` (float64)."""
    return _nd(_impl.blackman(M))


def hamming(M: Any) -> ndarray:
    """The Hamming window of ``M`` points, as ``numpy.hamming`` (float64)."""
    return _nd(_impl.hamming(M))


def hanning(M: Any) -> ndarray:
    """The Hann window of ``M`` points, as ``numpy.hanning`` (float64)."""
    return _nd(_impl.hanning(M))


def kaiser(M: Any, beta: Any) -> ndarray:
    """The Kaiser window of ``M`` points and shape ``beta``, as ``numpy.kaiser`` (float64),
    computed with ``torch.special.i0``."""
    return _nd(_impl.kaiser(M, float(beta)))


# ----------------------------------------------------------------------------- piecewise
def _is_listlike(obj: object) -> bool:
    # NumPy's test is ``list`` or ``ndarray``; other libraries' arrays count as arrays too
    # (NumPy scalars have ``__array__`` too, but no ``__len__``)
    if isinstance(obj, (list, ndarray, torch.Tensor)):
        return True
    return hasattr(obj, "__array__") and hasattr(obj, "__len__")


def piecewise(
    x: ArrayLike, condlist: Any, funclist: Sequence[Any], *args: Any, **kw: Any
) -> ndarray:
    """Piecewise-defined values, as ``numpy.piecewise``.

    Where ``condlist[i]`` holds, the result is ``funclist[i]`` (a constant, or a function
    called with the elements of ``x`` there, plus ``args``/``kw``); one extra function is
    the default where no condition holds; elsewhere the result is 0. The result has the
    dtype of ``x`` (values are cast to it, as NumPy's assignment does).
    """
    xt = as_tensor(x)
    n_funcs = len(funclist)
    if type(condlist) in (bool, int, float) or (not _is_listlike(condlist[0]) and xt.dim() != 0):
        condlist = [condlist]
    conds = as_tensor(condlist).to(torch.bool)
    n = conds.shape[0] if conds.dim() else 1
    if conds.dim() == 0:
        conds = conds.reshape(1)
    if n == n_funcs - 1:
        other = ~conds.any(0, keepdim=True)
        conds = torch.cat([conds, other], 0)
        n += 1
    elif n != n_funcs:
        raise ValueError(f"with {n} condition(s), either {n} or {n + 1} functions are expected")
    y = torch.zeros_like(xt)
    # masked writes on a same-width signed view: torch lacks them for uint16/32/64
    target = y.view(_SIGNED_VIEW[y.dtype]) if y.dtype in _SIGNED_VIEW else y
    for cond, func in zip(conds, funclist, strict=True):
        if cond.shape != xt.shape:
            raise IndexError(
                f"boolean index did not match indexed array: array shape {tuple(xt.shape)}, "
                f"condition shape {tuple(cond.shape)}"
            )
        if callable(func):
            if xt.dtype in _SIGNED_VIEW:
                vals = xt.view(_SIGNED_VIEW[xt.dtype])[cond].view(xt.dtype)
            else:
                vals = xt[cond]
            if vals.numel() == 0:
                continue
            value = as_tensor(func(_nd(vals), *args, **kw))
        else:
            if type(func) is int:
                lo, hi = _di.int_bounds(y.dtype) if y.dtype in _INTS else (func, func)
                if not lo <= func <= hi:
                    raise OverflowError(
                        f"Python integer {func} out of bounds for {_dt_name(y.dtype)}"
                    )
            value = as_tensor(func)
        value = _cast_into(value, y.dtype)
        if y.dtype in _SIGNED_VIEW:
            value = (
                value.view(target.dtype) if value.dim() else value.reshape(1).view(target.dtype)[0]
            )
        target[cond] = value
    return _nd(y)


_SIGNED_VIEW = {torch.uint16: torch.int16, torch.uint32: torch.int32, torch.uint64: torch.int64}
_INTS = frozenset(_di.INTEGER)


def _dt_name(dt: torch.dtype) -> str:
    return str(dt).removeprefix("torch.")


_INT_RANGE = {
    dt: (int(torch.iinfo(dt).min), int(torch.iinfo(dt).max))
    for dt in (torch.int8, torch.int16, torch.int32, torch.int64, torch.uint8)
}


def _cast_into(v: torch.Tensor, dt: torch.dtype) -> torch.Tensor:
    """Cast a value for assignment into an array of dtype ``dt`` (NumPy's unsafe casting)."""
    if v.is_complex() and not dt.is_complex:
        warnings.warn(
            "Casting complex values to real discards the imaginary part",
            ComplexWarning,
            stacklevel=3,
        )
        v = v.real
    return v.to(dt)


# ----------------------------------------------------------------------------- apply_*
def apply_along_axis(
    func1d: Callable[..., Any], axis: int, arr: ArrayLike, *args: Any, **kwargs: Any
) -> ndarray:
    """``func1d`` applied to the 1-D slices of ``arr`` along ``axis``, as
    ``numpy.apply_along_axis``: a Python loop over the slices (passed as tnp arrays that
    view ``arr``); the dimensions of the function's result replace ``axis``."""
    t = as_tensor(arr)
    nd = t.dim()
    axis = normalize_axis_index(axis, nd)
    view = torch.movedim(t, axis, -1)
    loop_shape = tuple(view.shape[:-1])
    if math.prod(loop_shape) == 0:
        raise ValueError("Cannot apply_along_axis when any iteration dimensions are 0")
    indices = itertools.product(*(range(s) for s in loop_shape))
    first = next(indices)
    res = as_tensor(func1d(_nd(view[first]), *args, **kwargs))
    buff = torch.zeros(loop_shape + tuple(res.shape), dtype=res.dtype, device=res.device)
    buff[first] = res
    for idx in indices:
        r = as_tensor(func1d(_nd(view[idx]), *args, **kwargs))
        try:
            buff[idx] = _cast_into(r, buff.dtype)
        except RuntimeError:
            raise ValueError(
                f"could not broadcast input array from shape {tuple(r.shape)} into shape "
                f"{tuple(res.shape)}"
            ) from None
    n_loop, n_res = len(loop_shape), res.dim()
    order = list(range(axis)) + list(range(n_loop, n_loop + n_res)) + list(range(axis, n_loop))
    return _nd(buff.permute(order))


def apply_over_axes(func: Callable[[ndarray, int], Any], a: ArrayLike, axes: Any) -> ndarray:
    """``func(a, axis)`` applied repeatedly over ``axes``, as ``numpy.apply_over_axes``; a
    result with one dimension fewer gets it back (size 1) at ``axis``."""
    val = a if isinstance(a, ndarray) else _nd(as_tensor(a))
    n = val.ndim
    ax_t = as_tensor(axes)
    axes_list = [int(axes)] if ax_t.dim() == 0 else [int(v) for v in ax_t.tolist()]
    for axis in axes_list:
        if axis < 0:
            axis = n + axis
        res = func(val, axis)
        rt = as_tensor(res)
        if rt.dim() == val.ndim:
            val = res if isinstance(res, ndarray) else _nd(rt)
            continue
        axis_i = normalize_axis_index(axis, rt.dim() + 1)
        rt = rt.unsqueeze(axis_i)
        if rt.dim() != val.ndim:
            raise ValueError("function is not returning an array of the correct shape")
        val = _nd(rt)
    return val


# ----------------------------------------------------------------------------- vectorize
_DIMENSION_NAME = r"\w+"
_CORE_DIMS = rf"(?:{_DIMENSION_NAME}(?:,{_DIMENSION_NAME})*)?"
_ARGUMENT = rf"\({_CORE_DIMS}\)"
_ARGUMENT_LIST = rf"{_ARGUMENT}(?:,{_ARGUMENT})*"
_SIGNATURE = rf"^{_ARGUMENT_LIST}->{_ARGUMENT_LIST}$"


def _parse_signature(signature: str) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """Core dimension names of the inputs and outputs of a gufunc signature."""
    sig = re.sub(r"\s+", "", signature)
    if not re.match(_SIGNATURE, sig):
        raise ValueError(f"not a valid gufunc signature: {signature}")

    def dims(part: str) -> list[tuple[str, ...]]:
        return [tuple(re.findall(_DIMENSION_NAME, arg)) for arg in re.findall(_ARGUMENT, part)]

    ins, outs = sig.split("->")
    return dims(ins), dims(outs)


def _otype_list(otypes: Any) -> list[torch.dtype] | None:
    if otypes is None:
        return None
    if isinstance(otypes, str):
        result = []
        for c in otypes:
            try:
                result.append(to_torch_dtype(c))
            except (TypeError, ValueError, NotImplementedError):
                raise ValueError(f"Invalid otype specified: {c}") from None
        return result
    return [to_torch_dtype(o) for o in otypes]


class vectorize:
    """A function made to take arrays and broadcast over them, as ``numpy.vectorize``.

    Each call loops in Python, calling ``pyfunc`` once per element with Python numbers, as
    NumPy does (the first call, which finds the output dtypes, gets 0-D tnp arrays where
    NumPy passes NumPy scalars) or, with a gufunc-style
    ``signature`` such as ``'(n),(n)->()'``, once per core sub-array. ``otypes`` fixes the
    output dtypes; without it they come from a first call on the first element (made
    twice unless ``cache=True``, as in NumPy). ``excluded`` names positional indices or
    keywords passed through unvectorized. Usable as a decorator, with or without
    arguments.
    """

    pyfunc: Any
    otypes: str | None
    excluded: set[int | str]
    cache: bool
    signature: str | None

    def __init__(
        self,
        pyfunc: Any = _NOVALUE,
        otypes: Any = None,
        doc: str | None = None,
        excluded: Any = None,
        cache: bool = False,
        signature: str | None = None,
    ) -> None:
        if pyfunc is not _NOVALUE and not callable(pyfunc):
            raise TypeError(
                "pyfunc must be callable; to set other arguments use keywords, e.g. "
                "vectorize(otypes=...)"
            )
        self.pyfunc = pyfunc
        self.cache = cache
        self.signature = signature
        self._otypes = _otype_list(otypes)
        self.otypes = (
            None
            if self._otypes is None
            else "".join(from_torch_dtype(t).char for t in self._otypes)
        )
        self.excluded = set(excluded) if excluded is not None else set()
        self._in_core: list[tuple[str, ...]] | None = None
        self._out_core: list[tuple[str, ...]] | None = None
        if signature is not None:
            self._in_core, self._out_core = _parse_signature(signature)
        self._doc = doc
        if pyfunc is not _NOVALUE:
            self._set_doc()

    def _set_doc(self) -> None:
        self.__doc__ = self.pyfunc.__doc__ if self._doc is None else self._doc
        self.__name__ = getattr(self.pyfunc, "__name__", "vectorize")

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self.pyfunc is _NOVALUE:
            (func,) = args
            if not callable(func):
                raise TypeError("pyfunc must be callable")
            self.pyfunc = func
            self._set_doc()
            return self
        # split off the excluded arguments; the rest are vectorized in a fixed order
        pos_idx = [i for i in range(len(args)) if i not in self.excluded]
        kw_names = [k for k in kwargs if k not in self.excluded]
        inputs = [args[i] for i in pos_idx] + [kwargs[k] for k in kw_names]
        func = self.pyfunc
        if len(pos_idx) != len(args) or kw_names != list(kwargs):
            fixed_args = list(args)
            fixed_kw = dict(kwargs)

            def func(*vals: Any) -> Any:
                call_args = list(fixed_args)
                for i, v in zip(pos_idx, vals, strict=False):
                    call_args[i] = v
                call_kw = dict(fixed_kw)
                for k, v in zip(kw_names, vals[len(pos_idx) :], strict=False):
                    call_kw[k] = v
                return self.pyfunc(*call_args, **call_kw)

        elif kwargs:
            func = self._positional(kw_names)
        tensors = [as_tensor(v) for v in inputs]
        if self.signature is not None:
            return self._call_signature(func, tensors)
        return self._call_elementwise(func, tensors)

    def _positional(self, kw_names: list[str]) -> Callable[..., Any]:
        n_kw = len(kw_names)

        def func(*vals: Any) -> Any:
            pos = vals[: len(vals) - n_kw]
            return self.pyfunc(*pos, **dict(zip(kw_names, vals[len(vals) - n_kw :], strict=True)))

        return func

    # --- elementwise
    def _call_elementwise(self, func: Callable[..., Any], tensors: list[torch.Tensor]) -> Any:
        shape = _broadcast([tuple(t.shape) for t in tensors])
        flat = [t.expand(shape).reshape(-1) for t in tensors]
        size = math.prod(shape)
        otypes = self._otypes
        first: tuple[Any, ...] | None = None
        if otypes is None:
            if size == 0:
                raise ValueError("cannot call `vectorize` on size 0 inputs unless `otypes` is set")
            out = func(*[_nd(f[0]) for f in flat])
            first = out if isinstance(out, tuple) else (out,)
            otypes = [as_tensor(o).dtype for o in first]
        nout = len(otypes)
        columns: list[list[torch.Tensor]] = [[] for _ in range(nout)]
        # as NumPy (whose loop goes through object arrays), the elements are Python numbers
        values = [f.tolist() for f in flat]
        for i in range(size):
            if i == 0 and first is not None and self.cache:
                res = first
            else:
                out = func(*[v[i] for v in values])
                res = out if isinstance(out, tuple) and nout > 1 else (out,)
            if len(res) != nout:
                raise ValueError(
                    f"wrong number of outputs from pyfunc: expected {nout}, got {len(res)}"
                )
            for col, r, dt in zip(columns, res, otypes, strict=True):
                if (
                    type(r) is int
                    and dt in _INT_RANGE
                    and not _INT_RANGE[dt][0] <= r <= _INT_RANGE[dt][1]
                ):
                    # NumPy stores the Python results into the output dtype and overflows
                    raise OverflowError("Python int too large to convert to C long")
                rt = as_tensor(r)
                if rt.dim() != 0:
                    raise ValueError("setting an array element with a sequence.")
                col.append(rt)
        results = []
        for col, dt in zip(columns, otypes, strict=True):
            if col:
                stacked = torch.stack([_cast_into(c, dt) for c in col]).reshape(shape)
            else:
                stacked = torch.zeros(shape, dtype=dt)
            results.append(_nd(stacked))
        return results[0] if nout == 1 else tuple(results)

    # --- with a signature
    def _call_signature(self, func: Callable[..., Any], tensors: list[torch.Tensor]) -> Any:
        assert self._in_core is not None
        assert self._out_core is not None
        in_core, out_core = self._in_core, self._out_core
        if len(tensors) != len(in_core):
            raise TypeError(
                f"wrong number of positional arguments: expected {len(in_core)}, got {len(tensors)}"
            )
        sizes: dict[str, int] = {}
        loop_shapes = []
        for t, core in zip(tensors, in_core, strict=True):
            _update_sizes(sizes, t, core)
            loop_shapes.append(tuple(t.shape[: t.dim() - len(core)]))
        loop = _broadcast(loop_shapes)
        expanded = [
            t.expand(loop + tuple(t.shape[t.dim() - len(core) :]))
            for t, core in zip(tensors, in_core, strict=True)
        ]
        otypes = self._otypes
        nout = len(out_core)
        if otypes is not None and len(otypes) != nout:
            raise ValueError(
                f"wrong number of outputs from pyfunc: expected {nout}, got {len(otypes)}"
            )
        outputs: list[torch.Tensor] | None = None
        for idx in itertools.product(*(range(s) for s in loop)):
            res = func(*[_nd(e[idx]) for e in expanded])
            res_t = (res,) if nout == 1 else res
            if not isinstance(res_t, tuple) or len(res_t) != nout:
                got = len(res_t) if isinstance(res_t, tuple) else 1
                raise ValueError(f"wrong number of outputs from pyfunc: expected {nout}, got {got}")
            rts = [as_tensor(r) for r in res_t]
            for rt, core in zip(rts, out_core, strict=True):
                _update_sizes(sizes, rt, core)
            if outputs is None:
                dts = otypes if otypes is not None else [rt.dtype for rt in rts]
                outputs = [
                    torch.zeros(loop + tuple(sizes[d] for d in core), dtype=dt, device=rt.device)
                    for core, dt, rt in zip(out_core, dts, rts, strict=True)
                ]
            for o, rt in zip(outputs, rts, strict=True):
                o[idx] = _cast_into(rt, o.dtype)
        if outputs is None:
            if otypes is None:
                raise ValueError("cannot call `vectorize` on size 0 inputs unless `otypes` is set")
            missing = {d for core in out_core for d in core} - set(sizes)
            if missing:
                raise ValueError(
                    "cannot call `vectorize` with a signature including new output dimensions "
                    "on size 0 inputs"
                )
            outputs = [
                torch.zeros(loop + tuple(sizes[d] for d in core), dtype=dt)
                for core, dt in zip(out_core, otypes, strict=True)
            ]
        wrapped = [_nd(o) for o in outputs]
        return wrapped[0] if nout == 1 else tuple(wrapped)

    def __repr__(self) -> str:
        return f"<tnp.vectorize of {self.pyfunc!r}>"


def _update_sizes(sizes: dict[str, int], t: torch.Tensor, core: tuple[str, ...]) -> None:
    if not core:
        return
    if t.dim() < len(core):
        raise ValueError(
            f"{t.dim()}-dimensional argument does not have enough dimensions for all core "
            f"dimensions {core!r}"
        )
    for name, size in zip(core, t.shape[t.dim() - len(core) :], strict=True):
        if name in sizes and sizes[name] != size:
            raise ValueError(
                f"inconsistent size for core dimension {name!r}: {size} vs {sizes[name]}"
            )
        sizes[name] = size


def _broadcast(shapes: list[tuple[int, ...]]) -> tuple[int, ...]:
    try:
        return tuple(torch.broadcast_shapes(*shapes))  # type: ignore[no-untyped-call]
    except RuntimeError:
        raise ValueError(
            "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is "
            "between " + " and ".join(f"arg {i} with shape {s}" for i, s in enumerate(shapes))
        ) from None
