"""Reductions on tensors (sum, mean, max, min) with NumPy's dtypes and edge cases.

``axis`` arrives as a tuple of non-negative ints or None (all axes); ``axis=()`` reduces
nothing, as in NumPy (torch would read an empty ``dim`` as "every axis").
"""

from __future__ import annotations

import builtins
import math
import warnings

import torch

from . import _dtypes_impl as _di
from ._defaults_impl import defaults

_SIGN_BIT = -(2**63)


def _dims(t: torch.Tensor, axis: tuple[int, ...] | None) -> tuple[int, ...]:
    return tuple(range(t.dim())) if axis is None else axis


def _sum_dtype(dt: torch.dtype) -> torch.dtype:
    """NumPy's default accumulator for ``sum``: at least the platform integer."""
    k = _di.kind(dt)
    if k in "bi":
        return _di.INT64 if k == "b" or _di.ITEMSIZE[dt] < 8 else dt
    if k == "u":
        return _di.UINT64
    return dt


# dtypes whose plain torch.sum already has NumPy's result dtype
_NATIVE_SUM = frozenset((_di.BOOL, *_di.SIGNED, *_di.FLOATING, *_di.COMPLEX))
_NATIVE_MEAN = frozenset((_di.FLOAT32, _di.FLOAT64, *_di.COMPLEX))


def sum(
    a: torch.Tensor,
    axis: tuple[int, ...] | None,
    dtype: torch.dtype | None,
    keepdims: bool,
    out: torch.Tensor | None,
    initial: object = None,
    where: torch.Tensor | None = None,
) -> torch.Tensor:
    """``numpy.sum``: integers accumulate in (u)int64 unless ``dtype`` (or ``out``) says otherwise.

    As NumPy, with ``out=`` and no ``dtype`` the sum runs in out's dtype. Elements outside
    ``where`` count as zero; ``initial`` is added to every sum.
    """
    if out is not None and dtype is None:
        dtype = out.dtype
    if where is not None:
        a = fill_outside(a, where, 0)
    res = _sum(a, axis, dtype)
    if initial is not None:
        res = _combine_initial(res, initial, "add")
    return _keep_and_write(res, a, axis, keepdims, out, "add")


def check_where(where: torch.Tensor, shape: torch.Size) -> torch.Tensor:
    """A ``where=`` mask as a bool tensor that broadcasts to ``shape`` (NumPy's errors)."""
    if where.dtype is not _di.BOOL:
        if where.is_complex() or where.is_floating_point():
            raise TypeError(
                f"Cannot cast array data from dtype('{_dtype_name(where.dtype)}') to "
                "dtype('bool') according to the rule 'safe'"
            )
        where = where != 0
    if where.dim() > len(shape):
        raise ValueError("input operand has more dimensions than allowed by the axis remapping")
    try:
        if torch.broadcast_shapes(where.shape, shape) != shape:  # type: ignore[no-untyped-call]
            raise RuntimeError
    except RuntimeError:
        raise ValueError(
            f"operands could not be broadcast together with shapes {tuple(where.shape)} "
            f"{tuple(shape)}"
        ) from None
    return where


def fill_outside(a: torch.Tensor, where: torch.Tensor, fill: object) -> torch.Tensor:
    """``a`` with the elements outside the ``where`` mask replaced by ``fill``."""
    mask = check_where(where, a.shape)
    if not isinstance(fill, torch.Tensor):
        fill = torch.full((), fill, dtype=a.dtype, device=a.device)  # type: ignore[call-overload]
    assert isinstance(fill, torch.Tensor)
    return torch.where(mask, a, fill)


def _dtype_name(dt: torch.dtype) -> str:
    return str(dt).removeprefix("torch.")


def initial_tensor(initial: object, dt: torch.dtype, device: torch.device) -> torch.Tensor:
    """``initial=`` as a 0-D tensor of dtype ``dt``, converted as NumPy converts it."""
    k = _di.kind(dt)
    value = initial
    if k in "biu":
        if isinstance(value, complex):
            value = value.real
        if isinstance(value, float):
            if math.isnan(value):
                raise ValueError("cannot convert float NaN to integer")
            if math.isinf(value):
                raise OverflowError("cannot convert float infinity to integer")
            value = int(value)
        if k != "b":
            lo, hi = _di.int_bounds(dt)
            if not lo <= int(value) <= hi:  # type: ignore[call-overload]
                raise OverflowError(f"Python integer {value} out of bounds for {_dtype_name(dt)}")
        else:
            value = bool(value)
    elif k == "f" and isinstance(value, complex):
        value = value.real
    return torch.tensor(value, dtype=dt, device=device)


def _combine_initial(res: torch.Tensor, initial: object, op: str) -> torch.Tensor:
    """``res`` combined elementwise with ``initial`` by ``op`` ('add' or 'multiply')."""
    init = initial_tensor(initial, res.dtype, res.device)
    dt = res.dtype
    if dt in _di.UNSIGNED_WIDE:
        left = res.view(_di.INT64) if dt is _di.UINT64 else res.to(_di.INT64)
        right = init.view(_di.INT64) if dt is _di.UINT64 else init.to(_di.INT64)
        both = left + right if op == "add" else left * right
        return both.view(_di.UINT64) if dt is _di.UINT64 else both.to(dt)
    if dt is _di.BOOL:
        return (res | init) if op == "add" else (res & init)
    return res + init if op == "add" else res * init


def _sum(a: torch.Tensor, axis: tuple[int, ...] | None, dtype: torch.dtype | None) -> torch.Tensor:
    if dtype is None and a.dtype in _NATIVE_SUM:
        if axis is None:
            return torch.sum(a)
        if len(axis) == 1:
            return torch.sum(a, dim=axis[0])
        if axis:
            return torch.sum(a, dim=axis)
    target = dtype if dtype is not None else _sum_dtype(a.dtype)
    if axis == ():
        return a.to(target, copy=True)
    dims = _dims(a, axis)
    if target in _di.UNSIGNED_WIDE or (target is _di.UINT8 and a.dtype is not _di.UINT8):
        # modular sums are the same on int64 bits; narrower results wrap when cast back
        src = a.view(_di.INT64) if a.dtype is _di.UINT64 else a.to(_di.INT64)
        total = torch.sum(src, dim=dims)
        return total.view(_di.UINT64) if target is _di.UINT64 else total.to(target)
    if a.dtype in _di.UNSIGNED_WIDE:
        if _di.kind(target) in "fc":
            a = a.to(target)  # NumPy casts each element: values past 2**63 stay positive
        else:
            a = a.view(_di.INT64) if a.dtype is _di.UINT64 else a.to(_di.INT64)
    if _di.kind(target) == "b":
        return torch.sum(a, dim=dims) != 0
    return torch.sum(a, dim=dims, dtype=target)


def mean(
    a: torch.Tensor,
    axis: tuple[int, ...] | None,
    dtype: torch.dtype | None,
    where: torch.Tensor | None = None,
) -> torch.Tensor:
    """``numpy.mean``: integers average in float64, float16 accumulates in float32.

    An empty slice gives nan with NumPy's ``RuntimeWarning("Mean of empty slice")``; with
    ``where``, the mean is over the selected elements only.
    """
    if where is not None:
        return _masked_mean(a, axis, dtype, where)
    if dtype is None and a.dtype in _NATIVE_MEAN and a.numel():
        if axis is None:
            return torch.mean(a)
        if len(axis) == 1:
            return torch.mean(a, dim=axis[0])
        if axis:
            return torch.mean(a, dim=axis)
    count = 1
    for d in _dims(a, axis):
        count *= a.shape[d]
    if count == 0:
        warnings.warn("Mean of empty slice", RuntimeWarning, stacklevel=3)
    result_dtype = _mean_dtype(a.dtype, dtype)
    if _di.kind(result_dtype) in "biu":
        total = _sum(a, axis, result_dtype).to(_di.FLOAT64)
        return (total / count).to(result_dtype)
    src, work = _mean_source(a, result_dtype)
    if axis == ():
        return src.to(result_dtype, copy=True)
    total = torch.sum(src, dim=_dims(a, axis), dtype=work)
    return (total / count).to(result_dtype)


def _mean_dtype(dt: torch.dtype, dtype: torch.dtype | None) -> torch.dtype:
    if dtype is not None:
        return dtype
    return defaults.float_dtype if _di.kind(dt) in "biu" else dt


def _mean_source(a: torch.Tensor, result_dtype: torch.dtype) -> tuple[torch.Tensor, torch.dtype]:
    """The elements to add up for a mean in ``result_dtype``, and the accumulator dtype."""
    work = result_dtype
    if a.dtype is _di.UINT64:
        src = a.to(_di.FLOAT64)
        src = torch.where(src < 0, src + 2.0**64, src)
    else:
        src = a
    if work in (_di.FLOAT16, _di.BFLOAT16):
        # NumPy's loop casts the elements to the half-precision dtype first (values beyond
        # its range become inf there too); the sum itself runs in float32
        src = src.to(work)
        work = _di.FLOAT32
    return src, work


def _masked_mean(
    a: torch.Tensor, axis: tuple[int, ...] | None, dtype: torch.dtype | None, where: torch.Tensor
) -> torch.Tensor:
    mask = check_where(where, a.shape).expand(a.shape)
    dims = _dims(a, axis)
    count = torch.sum(mask, dim=dims) if dims else mask.to(_di.INT64)
    if bool((count == 0).any()):
        warnings.warn("Mean of empty slice", RuntimeWarning, stacklevel=3)
    result_dtype = _mean_dtype(a.dtype, dtype)
    if _di.kind(result_dtype) in "biu":
        total = _sum(fill_outside(a, mask, 0), axis, result_dtype).to(_di.FLOAT64)
        return (total / count).to(result_dtype)
    src, work = _mean_source(a, result_dtype)
    src = torch.where(mask, src.to(work), torch.zeros((), dtype=work, device=a.device))
    total = torch.sum(src, dim=dims) if dims else src
    return (total / count).to(result_dtype)


def _extreme(a: torch.Tensor, axis: tuple[int, ...] | None, name: str) -> torch.Tensor:
    dims = _dims(a, axis)
    for d in dims:
        if a.shape[d] == 0:
            raise ValueError(f"zero-size array to reduction operation {name} which has no identity")
    if axis == ():
        return a.clone()
    if a.numel() == 0:
        shape = [n for i, n in enumerate(a.shape) if i not in dims]
        return torch.empty(shape, dtype=a.dtype, device=a.device)
    reduce = torch.amax if name in ("maximum", "fmax") else torch.amin
    dt = a.dtype
    if dt is _di.UINT64:
        key = torch.bitwise_xor(a.view(_di.INT64), _SIGN_BIT)
        return torch.bitwise_xor(reduce(key, dim=dims), _SIGN_BIT).view(_di.UINT64)
    if dt in _di.UNSIGNED_WIDE:
        return reduce(a.to(_di.INT64), dim=dims).to(dt)
    if dt is _di.BOOL:
        return reduce(a.to(_di.UINT8), dim=dims).to(dt)
    if _di.kind(dt) == "c":
        return _complex_extreme(a, dims, reduce)
    return reduce(a, dim=dims)


def _complex_extreme(a: torch.Tensor, dims: tuple[int, ...], reduce: object) -> torch.Tensor:
    """Lexicographic (real, then imaginary) extreme, as NumPy orders complex numbers."""
    assert reduce is torch.amax or reduce is torch.amin
    dims = tuple(sorted(dims))  # NumPy meets the elements in memory order
    moved = a.movedim(dims, tuple(range(a.dim() - len(dims), a.dim())))
    flat = moved.reshape(*moved.shape[: a.dim() - len(dims)], -1)
    real, imag = flat.real, flat.imag
    best_real = reduce(real, dim=-1, keepdim=True)
    on_best = real == best_real
    fill = float("-inf") if reduce is torch.amax else float("inf")
    best_imag = reduce(torch.where(on_best, imag, torch.full_like(imag, fill)), dim=-1)
    best = torch.complex(best_real.squeeze(-1), best_imag)
    # NumPy returns the first element with a NaN part, as it is
    nan_at = torch.isnan(flat)
    has_nan = nan_at.any(dim=-1)
    first_nan = torch.gather(flat, -1, nan_at.to(torch.uint8).argmax(dim=-1, keepdim=True))
    return torch.where(has_nan, first_nan.squeeze(-1), best)


def apply_keepdims(t: torch.Tensor, axis: tuple[int, ...] | None, ndim: int) -> torch.Tensor:
    """Re-insert reduced axes with size one (``keepdims=True``)."""
    if axis is None:
        return t.reshape((1,) * ndim)
    shape = list(t.shape)
    for ax in sorted(axis):
        shape.insert(ax, 1)
    return t.reshape(shape)


def _keep_and_write(
    res: torch.Tensor,
    a: torch.Tensor,
    axis: tuple[int, ...] | None,
    keepdims: bool,
    out: torch.Tensor | None,
    name: str,
) -> torch.Tensor:
    """Apply ``keepdims``, then write into ``out`` (its shape checked) when one is given."""
    if keepdims:
        res = apply_keepdims(res, axis, a.dim())
    if out is None:
        return res
    if tuple(out.shape) != tuple(res.shape):
        raise ValueError(
            f"output parameter for reduction operation {name} has the wrong shape: "
            f"{tuple(out.shape)} instead of {tuple(res.shape)}"
        )
    out.copy_(res)
    return out


def _extreme_into(
    a: torch.Tensor,
    axis: tuple[int, ...] | None,
    keepdims: bool,
    out: torch.Tensor | None,
    name: str,
    initial: object,
    where: torch.Tensor | None,
) -> torch.Tensor:
    if out is not None and out.dtype is not a.dtype:
        # NumPy runs the loop in out's dtype: the input is cast first
        a = a.to(out.dtype)
    if initial is None:
        if where is not None:
            raise ValueError(
                f"reduction operation '{name}' does not have an identity, so to use a where "
                "mask one has to specify 'initial'"
            )
        return _keep_and_write(_extreme(a, axis, name), a, axis, keepdims, out, name)
    init = initial_tensor(initial, a.dtype, a.device)
    if where is not None:
        a = fill_outside(a, where, init)
    dims = _dims(a, axis)
    if builtins.any(a.shape[d] == 0 for d in dims):
        shape = [n for i, n in enumerate(a.shape) if i not in dims]
        res = init.expand(shape).clone()
    else:
        res = _extreme(a, axis, name)
        both = torch.stack([res, init.expand(res.shape)], dim=-1)
        res = _extreme(both, (res.dim(),), name)
    return _keep_and_write(res, a, axis, keepdims, out, name)


def max(
    a: torch.Tensor,
    axis: tuple[int, ...] | None,
    keepdims: bool,
    out: torch.Tensor | None,
    initial: object = None,
    where: torch.Tensor | None = None,
) -> torch.Tensor:
    """``numpy.max``: NaN propagates; a zero-size reduction without ``initial`` raises.

    ``where`` needs ``initial`` (maximum has no identity), as in NumPy.
    """
    return _extreme_into(a, axis, keepdims, out, "maximum", initial, where)


def min(
    a: torch.Tensor,
    axis: tuple[int, ...] | None,
    keepdims: bool,
    out: torch.Tensor | None,
    initial: object = None,
    where: torch.Tensor | None = None,
) -> torch.Tensor:
    """``numpy.min``: NaN propagates; a zero-size reduction without ``initial`` raises.

    ``where`` needs ``initial`` (minimum has no identity), as in NumPy.
    """
    return _extreme_into(a, axis, keepdims, out, "minimum", initial, where)


def _truth(a: torch.Tensor) -> torch.Tensor:
    """Elementwise truth as NumPy reads it: nonzero (NaN is true; complex: either part)."""
    return a if a.dtype is _di.BOOL else a != 0


def all(
    a: torch.Tensor, axis: tuple[int, ...] | None, where: torch.Tensor | None = None
) -> torch.Tensor:
    """``numpy.all``: every element nonzero (NaN counts as true); an empty reduction is True."""
    truth = _truth(a)
    if where is not None:
        truth = fill_outside(truth, where, True)
    if axis == ():
        return truth.clone() if truth is a else truth
    return torch.all(truth) if axis is None else torch.all(truth, dim=axis)


def any(
    a: torch.Tensor, axis: tuple[int, ...] | None, where: torch.Tensor | None = None
) -> torch.Tensor:
    """``numpy.any``: some element nonzero (NaN counts as true); an empty reduction is False."""
    truth = _truth(a)
    if where is not None:
        truth = fill_outside(truth, where, False)
    if axis == ():
        return truth.clone() if truth is a else truth
    return torch.any(truth) if axis is None else torch.any(truth, dim=axis)


def prod(
    a: torch.Tensor,
    axis: tuple[int, ...] | None,
    dtype: torch.dtype | None,
    initial: object = None,
    where: torch.Tensor | None = None,
) -> torch.Tensor:
    """``numpy.prod``: integers multiply in (u)int64 unless ``dtype`` says otherwise.

    Products wrap around as NumPy's do; the wide unsigned types multiply on int64 bits.
    Elements outside ``where`` count as one; every product is multiplied by ``initial``.
    """
    if where is not None:
        a = fill_outside(a, where, 1)
    res = _prod(a, axis, dtype)
    return res if initial is None else _combine_initial(res, initial, "multiply")


def _prod(a: torch.Tensor, axis: tuple[int, ...] | None, dtype: torch.dtype | None) -> torch.Tensor:
    target = dtype if dtype is not None else _sum_dtype(a.dtype)
    if axis == ():
        return a.to(target, copy=True)
    # integer products wrap: on int64 bits for the wide unsigned types; a float ``dtype``
    # multiplies the converted values instead, as NumPy
    wide = _di.kind(target) in "iu" and (
        target in _di.UNSIGNED_WIDE or a.dtype in _di.UNSIGNED_WIDE
    )
    if wide:
        work = a.view(_di.INT64) if a.dtype is _di.UINT64 else a.to(_di.INT64)
    elif target is _di.BOOL:
        work = a.to(_di.INT64)
    elif target in (_di.FLOAT16, _di.BFLOAT16):
        # half-precision products accumulate in float32, rounded once at the end
        work = a.to(_di.FLOAT32)
    else:
        work = a.to(target)
    dims = sorted(_dims(a, axis), reverse=True)
    result = work
    for d in dims:
        result = torch.prod(result, dim=d)
    if result.dtype is not work.dtype:
        # torch multiplies small integers in int64; the low bits are the wrapped product
        result = result.to(work.dtype)
    if result.is_complex():
        # NumPy's reduction starts from the identity 1: 1 * (0+nanj) is nan+nanj
        result = result * torch.ones((), dtype=result.dtype, device=result.device)
    elif not dims:
        result = result.clone()
    if wide:
        return result.view(_di.UINT64) if target is _di.UINT64 else result.to(target)
    return result.to(target) if result.dtype is not target else result


def _arg_extreme(a: torch.Tensor, axis: int | None, keepdims: bool, name: str) -> torch.Tensor:
    """Index of the first extreme element (the first NaN where there is one), as NumPy."""
    flat = a.reshape(-1) if axis is None else a.movedim(axis, -1)
    if flat.shape[-1] == 0:
        raise ValueError(f"attempt to get {name} of an empty sequence")
    extreme = _extreme(flat, (flat.dim() - 1,), "maximum" if name == "argmax" else "minimum")
    best = extreme.unsqueeze(-1)
    hit = flat == best
    if flat.is_floating_point() or flat.is_complex():
        hit = hit | (torch.isnan(flat) & torch.isnan(best))
    index = torch.argmax(hit.to(torch.uint8), dim=-1)
    if keepdims:
        if axis is None:
            return index.reshape((1,) * a.dim())
        return index.unsqueeze(axis)
    return index


def argmax(a: torch.Tensor, axis: int | None, keepdims: bool) -> torch.Tensor:
    """``numpy.argmax``: the first index of the maximum (of the first NaN, if any)."""
    return _arg_extreme(a, axis, keepdims, "argmax")


def argmin(a: torch.Tensor, axis: int | None, keepdims: bool) -> torch.Tensor:
    """``numpy.argmin``: the first index of the minimum (of the first NaN, if any)."""
    return _arg_extreme(a, axis, keepdims, "argmin")


def running_product(t: torch.Tensor, dim: int) -> torch.Tensor:
    """``torch.cumprod`` with NumPy's complex products once a product stops being finite.

    torch's complex scan does not follow C's rules past an infinity (``inf * 0`` gives 0, not
    NaN); when its result is not all finite, the products are redone one step at a time
    with the elementwise multiply, which does. (Skipped under ``torch.compile``: the check
    reads the result back.)
    """
    result = torch.cumprod(t, dim)
    if (
        not t.is_complex()
        or t.numel() == 0
        or torch.compiler.is_compiling()
        or bool(torch.isfinite(result).all())
    ):
        return result
    steps = t.movedim(dim, 0)
    out = torch.empty_like(steps)
    acc = steps[0]
    out[0] = acc
    for i in range(1, steps.shape[0]):
        acc = acc * steps[i]
        out[i] = acc
    return out.movedim(0, dim)


def _cumulate(
    op: str, a: torch.Tensor, axis: int | None, dtype: torch.dtype | None
) -> torch.Tensor:
    flat = a.reshape(-1) if axis is None else a
    dim = 0 if axis is None else axis
    target = dtype if dtype is not None else _sum_dtype(a.dtype)
    fn = torch.cumsum if op == "add" else running_product
    wide = _di.kind(target) in "iu" and (
        target in _di.UNSIGNED_WIDE or flat.dtype in _di.UNSIGNED_WIDE
    )
    if wide or target is _di.BOOL:
        # modular partial sums and products are the same on int64 bits
        work = flat.view(_di.INT64) if flat.dtype is _di.UINT64 else flat.to(_di.INT64)
        result = fn(work, dim)
        if target is _di.BOOL:
            return result != 0
        return result.view(_di.UINT64) if target is _di.UINT64 else result.to(target)
    result = fn(flat.to(target), dim)
    return result if result.dtype is target else result.to(target)


def cumsum(a: torch.Tensor, axis: int | None, dtype: torch.dtype | None) -> torch.Tensor:
    """``numpy.cumsum``: running sums along ``axis`` (of the flattened array for None).

    Accumulates in the dtype ``sum`` would use; float16 partial sums are rounded from a
    float32 accumulator (NumPy adds in float16).
    """
    return _cumulate("add", a, axis, dtype)


def cumprod(a: torch.Tensor, axis: int | None, dtype: torch.dtype | None) -> torch.Tensor:
    """``numpy.cumprod``: running products along ``axis`` (of the flattened array for None)."""
    return _cumulate("multiply", a, axis, dtype)


def _ddof(ddof: float, correction: float | None) -> float:
    if correction is None:
        return ddof
    if ddof != 0:
        raise ValueError("ddof and correction can't be provided simultaneously.")
    return correction


def var(
    a: torch.Tensor,
    axis: tuple[int, ...] | None,
    dtype: torch.dtype | None,
    ddof: float,
    where: torch.Tensor | None = None,
    mean: torch.Tensor | None = None,
    correction: float | None = None,
) -> torch.Tensor:
    """``numpy.var``: mean of squared deviations from the mean, over ``count - ddof``.

    Integers compute in float64; complex gives a real result; float16 computes in float32 and
    returns float16. A non-positive ``count - ddof`` gives inf or nan with NumPy's warning
    "Degrees of freedom <= 0 for slice". ``correction`` is the Array API name of ``ddof``;
    ``mean`` is a precomputed mean with the kept-dims shape; ``where`` selects elements.
    """
    return variance(a, axis, dtype, ddof, where, mean, correction, nan_short=False)


def variance(
    a: torch.Tensor,
    axis: tuple[int, ...] | None,
    dtype: torch.dtype | None,
    ddof: float,
    where: torch.Tensor | None,
    mean: torch.Tensor | None,
    correction: float | None,
    *,
    nan_short: bool,
) -> torch.Tensor:
    """``var``'s work; ``nan_short`` gives ``nanvar``'s NaN (not inf) where ``count <= ddof``."""
    ddof = _ddof(ddof, correction)
    k = _di.kind(a.dtype)
    if dtype is not None:
        out_dtype = dtype
    elif k in "biu":
        out_dtype = defaults.float_dtype
    else:
        out_dtype = a.dtype
    work = out_dtype
    if work in (_di.FLOAT16, _di.BFLOAT16):
        work = _di.FLOAT32
    elif work is _di.COMPLEX64 and a.dtype is not _di.COMPLEX64:
        work = _di.COMPLEX64
    if a.dtype is _di.UINT64:
        x = a.to(_di.FLOAT64)
        x = torch.where(x < 0, x + 2.0**64, x).to(work)
    else:
        x = a.to(work)
    dims = _dims(a, axis)
    mask = None
    count: int | torch.Tensor
    if where is None:
        count = 1
        for d in dims:
            count *= a.shape[d]
        short = ddof >= count
    else:
        mask = check_where(where, a.shape).expand(a.shape)
        count = torch.sum(mask, dim=dims, keepdim=True) if dims else mask.to(_di.INT64)
        short = bool((count <= ddof).any())
        x = torch.where(mask, x, torch.zeros((), dtype=x.dtype, device=x.device))
    if short:
        message = "Degrees of freedom <= 0 for slice" + ("." if nan_short else "")
        warnings.warn(message, RuntimeWarning, stacklevel=4)
    if mean is not None:
        center = mean.to(work)
    elif dims:
        center = torch.sum(x, dim=dims, keepdim=True) / count
    else:
        center = x
    dev = x - center
    squared = dev.real * dev.real + dev.imag * dev.imag if dev.is_complex() else dev * dev
    if mask is not None:
        squared = torch.where(mask, squared, torch.zeros((), dtype=squared.dtype, device=x.device))
    total = torch.sum(squared, dim=dims) if dims else squared
    if isinstance(count, torch.Tensor):
        dof = count.reshape(total.shape) - ddof
        result = total / torch.clamp(dof, min=0)
        if nan_short:
            nan = torch.full((), float("nan"), dtype=result.dtype, device=result.device)
            result = torch.where(dof <= 0, nan, result)
    else:
        result = total / builtins.max(count - ddof, 0)
        if nan_short and count - ddof <= 0:
            result = torch.full_like(result, float("nan"))
    real = {_di.COMPLEX64: _di.FLOAT32, _di.COMPLEX128: _di.FLOAT64}.get(out_dtype, out_dtype)
    return result.to(real)


def std(
    a: torch.Tensor,
    axis: tuple[int, ...] | None,
    dtype: torch.dtype | None,
    ddof: float,
    where: torch.Tensor | None = None,
    mean: torch.Tensor | None = None,
    correction: float | None = None,
) -> torch.Tensor:
    """``numpy.std``: the square root of ``var`` (same dtype rules and keywords)."""
    return sqrt_of_variance(var(a, axis, dtype, ddof, where, mean, correction))


def sqrt_of_variance(variance: torch.Tensor) -> torch.Tensor:
    """The standard deviation from a variance, in the variance's dtype (half precision
    through float32, as NumPy's float16 loop)."""
    if variance.dtype in (_di.FLOAT16, _di.BFLOAT16):
        return torch.sqrt(variance.to(_di.FLOAT32)).to(variance.dtype)
    return torch.sqrt(variance)
