"""The methods of ``tnp.ufunc``: ``reduce``, ``accumulate``, ``reduceat``, ``outer``, ``at``.

They work for any ufunc from its loop table and kernels (``nin``, ``identity``, the
resolver), with NumPy's rules: the reduction dtype (``add`` and ``multiply`` of bool and
integers narrower than 64 bits reduce in int64/uint64 unless ``dtype`` or ``out`` says
otherwise; ``out``'s dtype is the loop dtype when ``dtype`` is not given; operands cast
unsafely to it), identities and ``initial`` for empty reductions and ``where=``, tuple axes
only for reorderable ufuncs, and NumPy's exceptions and messages.

``add``, ``multiply``, ``maximum``, ``minimum``, ``logical_and`` and ``logical_or`` map onto
one torch reduction or scan; the other reorderable ufuncs fold pairwise (a logarithmic number
of kernel calls), the rest strictly left to right, one kernel call per step along the axis,
each vectorised over the other axes.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, cast

import torch

from . import _dtypes_impl as _di
from . import _errstate as _es
from . import _ufunc_methods_impl as _mi
from ._conversion import to_tensor
from ._dtypes import _DTYPE_OF_TORCH, to_torch_dtype
from ._flags import check_writeable
from ._ndarray import ndarray
from ._normalizer import normalize_axis_index

if TYPE_CHECKING:
    from ._ufuncs import ufunc

__all__: list[str] = []


class _NoValue:
    def __repr__(self) -> str:
        return "<no value>"


NOVALUE: Any = _NoValue()

# reorderable ufuncs without an identity (NumPy's "reorderable none")
_REORDERABLE_NO_IDENTITY = frozenset(("maximum", "minimum", "fmax", "fmin"))
# the reorderable ufuncs NumPy defines, in case a definition here lacks its identity
_REORDERABLE = _REORDERABLE_NO_IDENTITY | frozenset(
    (
        "add",
        "multiply",
        "bitwise_and",
        "bitwise_or",
        "bitwise_xor",
        "logical_and",
        "logical_or",
        "logical_xor",
        "gcd",
        "hypot",
        "logaddexp",
        "logaddexp2",
    )
)
_SIGNED_VIEW = {_di.UINT16: torch.int16, _di.UINT32: torch.int32, _di.UINT64: torch.int64}


def _amax(t: torch.Tensor, dim: int, keepdim: bool) -> torch.Tensor:
    return torch.amax(t, dim, keepdim=keepdim)


def _amin(t: torch.Tensor, dim: int, keepdim: bool) -> torch.Tensor:
    return torch.amin(t, dim, keepdim=keepdim)


# (ufunc, dtype) whose reduction over one axis is one torch call in the array's own dtype
_FAST_REDUCE: dict[tuple[str, torch.dtype], Callable[..., torch.Tensor]] = {}
for _dt in (torch.float32, torch.float64, torch.int64, torch.complex64, torch.complex128):
    _FAST_REDUCE["add", _dt] = torch.sum
    _FAST_REDUCE["multiply", _dt] = torch.prod
    if not _dt.is_complex:
        _FAST_REDUCE["maximum", _dt] = _amax
        _FAST_REDUCE["minimum", _dt] = _amin
del _dt
# NumPy reduces bool and narrow integers of these ufuncs in the 64-bit type of their kind
_UPCASTING = frozenset(("add", "multiply"))
# ufuncs that reduce any dtype in their bool loop
_LOGICAL = frozenset(("logical_and", "logical_or", "logical_xor"))


def _reorderable(uf: ufunc) -> bool:
    return uf.__name__ in _REORDERABLE or uf.identity is not None


def _signature(uf: ufunc) -> str | None:
    """The gufunc signature (``matmul`` has one; the elementwise ufuncs None)."""
    return cast("str | None", uf.signature)


def _check_binary(uf: ufunc, method: str) -> None:
    """NumPy's refusals of a method for ufuncs that are not plain binary ones."""
    signature = _signature(uf)
    if signature is not None:
        if method == "outer":
            raise TypeError("method outer is not allowed in ufunc with non-trivial signature")
        raise TypeError(f"{method} is not supported for ufunc with signature {signature}")
    if uf.nin != 2:
        what = "outer product" if method == "outer" else method
        raise ValueError(f"{what} only supported for binary functions")
    if uf.nout != 1 and method != "outer":
        raise ValueError(f"{method} only supported for functions returning a single value")


def _tensor(x: object) -> torch.Tensor:
    return x._t if type(x) is ndarray else to_tensor(x)


def _out_array(out: object) -> ndarray | None:
    if type(out) is tuple:
        if len(out) != 1:
            raise ValueError("The 'out' tuple must have exactly one entry")
        out = out[0]
    if out is None:
        return None
    if not isinstance(out, ndarray):
        raise TypeError("output must be an array")
    check_writeable(out)
    return out


def _loop_dtype(uf: ufunc, dt: torch.dtype, dtype: object, out: ndarray | None) -> torch.dtype:
    """The loop dtype of a reduction: its inputs and its output all have that dtype.

    As NumPy: ``dtype=`` names the loop itself; otherwise an ``out=`` array's dtype is
    promoted with the input's; otherwise ``add``/``multiply`` widen bool and narrow integers.
    """
    if dtype is not None:
        wanted = to_torch_dtype(dtype)
        try:
            loop = uf._resolve(wanted)
        except TypeError:
            raise _no_loop(uf) from None
        if loop is not wanted or uf._output_of(loop) is not loop:
            raise _no_loop(uf)
        return loop
    if out is not None:
        dt = _di.promote(dt, out._t.dtype)
    elif uf.__name__ in _UPCASTING and _di.kind(dt) in "biu" and dt.itemsize < 8:
        dt = _di.UINT64 if _di.kind(dt) == "u" else _di.INT64
    loop = uf._resolve(dt)
    if uf._output_of(loop) is loop:
        return loop
    if uf.__name__ not in _LOGICAL:
        raise _no_loop(uf)
    return _di.BOOL  # the logical ufuncs reduce any dtype in their bool loop


def _no_loop(uf: ufunc) -> TypeError:
    from ._ufuncs import UFuncTypeError

    return UFuncTypeError(
        f"No loop matching the specified signature and casting was found for ufunc {uf.__name__}"
    )


def _fill(value: Any, dtype: torch.dtype, device: torch.device) -> torch.Tensor:
    """A 0-D tensor of ``dtype`` holding ``value`` cast unsafely, as NumPy casts ``initial``."""
    if type(value) is ndarray:
        return value._t.to(device=device, dtype=dtype).reshape(())
    if isinstance(value, torch.Tensor):
        return value.to(device=device, dtype=dtype).reshape(())
    if type(value) is int and dtype in _di.UNSIGNED_WIDE and value < 0:
        value += 2 ** (8 * dtype.itemsize)
    return to_tensor(value).to(device=device, dtype=dtype).reshape(())


def _axes(axis: object, ndim: int) -> tuple[int, ...]:
    if axis is None:
        return tuple(range(ndim))
    if isinstance(axis, tuple):
        axes = tuple(normalize_axis_index(a, ndim) for a in axis)
        if len(set(axes)) != len(axes):
            raise ValueError("duplicate value in 'axis'")
        return axes
    try:
        index = operator.index(axis)  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(
            f"'{type(axis).__name__}' object cannot be interpreted as an integer"
        ) from None
    if ndim == 0 and index in (0, -1):
        return ()  # NumPy lets the default axis reduce a 0-D array to itself
    return (normalize_axis_index(index, ndim),)


def _check_out_shape(uf: ufunc, out: ndarray, shape: tuple[int, ...], keepdims: bool) -> None:
    got = tuple(out._t.shape)
    if got == shape:
        return
    if len(got) != len(shape):
        extra = " (must match the operand's when keepdims=True)" if keepdims else ""
        raise ValueError(
            f"output parameter for reduction operation {uf.__name__} has the wrong number of "
            f"dimensions: Found {len(got)} but expected {len(shape)}{extra}"
        )
    raise ValueError(
        f"output parameter for reduction operation {uf.__name__} has shape {got}, but "
        f"{shape} is needed"
    )


def _write_out(uf: ufunc, result: torch.Tensor, out: ndarray | None) -> ndarray:
    if out is None:
        return ndarray._from_tensor(result)
    if result.device != out._t.device:
        raise ValueError(f"out= array is on {out._t.device} but the result is on {result.device}")
    out._t.copy_(result)
    return out


def _kernel(uf: ufunc, loop: torch.dtype) -> _mi.Kernel:
    kernel: _mi.Kernel = uf._loops[loop]
    return kernel


def reduce(
    uf: ufunc,
    array: object,
    axis: object = 0,
    dtype: object = None,
    out: object = None,
    keepdims: bool = False,
    initial: object = NOVALUE,
    where: object = True,
) -> ndarray:
    """``uf.reduce``: fold ``array`` along ``axis`` with the ufunc, as ``numpy.ufunc.reduce``."""
    if (
        type(array) is ndarray
        and type(axis) is int
        and dtype is None
        and out is None
        and initial is NOVALUE
        and where is True
    ):
        # the common case: one torch reduction over one non-empty axis, no casting
        t = array._t
        op = _FAST_REDUCE.get((uf.__name__, t.dtype))
        if op is not None and -t.dim() <= axis < t.dim() and t.shape[axis]:
            result = op(t, axis, keepdim=keepdims)
            if _es.checking:
                _es.check(f"reduce:{uf.__name__}", (t,), result)
            return ndarray._from_tensor(result)
    _check_binary(uf, "reduce")
    t = _tensor(array)
    out_arr = _out_array(out)
    axes = _axes(axis, t.dim())
    loop = _loop_dtype(uf, t.dtype, dtype, out_arr)
    if len(axes) > 1 and not _reorderable(uf):
        raise ValueError(
            f"reduction operation '{uf.__name__}' is not reorderable, so at most one axis may "
            "be specified"
        )
    t = t.to(loop)
    identity = uf.identity
    start = identity if initial is NOVALUE else initial
    mask: torch.Tensor | None = None
    if where is not True:
        mask = _tensor(where)
        if mask.dtype is not torch.bool:
            raise TypeError(
                f"Cannot cast array data from dtype('{_DTYPE_OF_TORCH[mask.dtype].name}') to "
                "dtype('bool') according to the rule 'safe'"
            )
        if start is None:
            raise ValueError(
                f"reduction operation '{uf.__name__}' does not have an identity, so to use a "
                "where mask one has to specify 'initial'"
            )
        try:
            mask = torch.broadcast_to(mask, t.shape)
        except RuntimeError:
            raise ValueError(
                f"operands could not be broadcast together with shapes {tuple(t.shape)} "
                f"(where) {tuple(mask.shape)}"
            ) from None
    kept = [1 if d in axes else n for d, n in enumerate(t.shape)]
    shape = tuple(kept) if keepdims else tuple(n for d, n in enumerate(t.shape) if d not in axes)
    if out_arr is not None:
        _check_out_shape(uf, out_arr, shape, keepdims)
    count = 1
    for d in axes:
        count *= t.shape[d]
    if count == 0 and start is None:
        raise ValueError(
            f"zero-size array to reduction operation {uf.__name__} which has no identity"
        )
    if out_arr is not None and out_arr._t.dtype is not loop and start is None and count:
        # NumPy starts a reduction without identity by copying the first element into
        # ``out``: it is read back through out's dtype
        first = tuple(0 if d in axes else slice(None) for d in range(t.dim()))
        t = t.clone()
        t[first] = t[first].to(out_arr._t.dtype).to(loop)
    result = _reduce_tensor(uf, t, axes, loop, start, initial is not NOVALUE, mask, count)
    if _es.checking:
        _es.check(f"reduce:{uf.__name__}", (t,), result)
    return _write_out(uf, result.reshape(shape), out_arr)


def _numel(shape: tuple[int, ...]) -> int:
    n = 1
    for s in shape:
        n *= s
    return n


def _reduce_tensor(
    uf: ufunc,
    t: torch.Tensor,
    axes: tuple[int, ...],
    loop: torch.dtype,
    start: Any,
    has_initial: bool,
    mask: torch.Tensor | None,
    count: int,
) -> torch.Tensor:
    """The reduction of ``t`` (loop dtype) over ``axes``, without the reduced dimensions."""
    kernel = _kernel(uf, loop)
    if not axes:
        if has_initial and start is not None:
            folded = kernel(_fill(start, loop, t.device).expand(t.shape), t)
        else:
            folded = t.clone()
        if mask is not None:
            folded = torch.where(mask, folded, _fill(start, loop, t.device))
        return folded
    rest_shape = tuple(n for d, n in enumerate(t.shape) if d not in axes)
    if count == 0:
        if start is None:
            return torch.empty(rest_shape, dtype=loop, device=t.device)
        return _fill(start, loop, t.device).expand(rest_shape).clone()
    if t.numel() == 0:
        return torch.empty(rest_shape, dtype=loop, device=t.device)
    reorderable = _reorderable(uf)
    if mask is not None:
        if not reorderable:
            flat = _mi._flatten_dims(t, axes)
            flat_mask = _mi._flatten_dims(mask, axes)
            begin = _fill(start, loop, t.device).expand(flat.shape[:-1])
            return _mi.fold_last_masked(kernel, flat, flat_mask, begin)
        # masked elements become the identity (or, without one, the idempotent initial)
        neutral = uf.identity if uf.identity is not None else start
        t = torch.where(mask, t, _fill(neutral, loop, t.device))
    result = _mi.fast_reduce(uf.__name__, t, axes)
    if result is None:
        flat = _mi._flatten_dims(t, axes)
        if has_initial and start is not None and not reorderable:
            begin = _fill(start, loop, t.device).expand(flat.shape[:-1])
            flat = torch.cat((begin.unsqueeze(-1), flat), dim=-1)
            return _mi.fold_last(kernel, flat, False)
        result = _mi.fold_last(kernel, flat, reorderable)
    if has_initial and start is not None:
        result = kernel(_fill(start, loop, t.device).expand(result.shape), result)
    return result


def accumulate(
    uf: ufunc, array: object, axis: object = 0, dtype: object = None, out: object = None
) -> ndarray:
    """``uf.accumulate``: the running reduction along ``axis``, as ``numpy.ufunc.accumulate``."""
    _check_binary(uf, "accumulate")
    t = _tensor(array)
    if t.dim() == 0:
        raise TypeError("cannot accumulate on a scalar")
    if axis is None or isinstance(axis, tuple):
        axes = tuple(range(t.dim())) if axis is None else _axes(axis, t.dim())
        if len(axes) != 1:
            raise ValueError("accumulate does not allow multiple axes")
        dim = axes[0]
    else:
        dim = _axes(axis, t.dim())[0]
    out_arr = _out_array(out)
    loop = _loop_dtype(uf, t.dtype, dtype, out_arr)
    t = t.to(loop)
    if out_arr is not None and tuple(out_arr._t.shape) != tuple(t.shape):
        raise ValueError(
            "operands could not be broadcast together with remapped shapes "
            f"[original->remapped]: {tuple(out_arr._t.shape)} {tuple(t.shape)}"
        )
    result = _mi.fast_accumulate(uf.__name__, t, dim)
    if result is None:
        moved = t.movedim(dim, -1)
        result = _mi.scan_last(_kernel(uf, loop), moved, _reorderable(uf)).movedim(-1, dim)
    if _es.checking:
        _es.check(f"accumulate:{uf.__name__}", (t,), result)
    return _write_out(uf, result, out_arr)


def reduceat(
    uf: ufunc,
    array: object,
    indices: object,
    axis: object = 0,
    dtype: object = None,
    out: object = None,
) -> ndarray:
    """``uf.reduceat``: reductions over the slices that ``indices`` start, as NumPy's.

    For each ``i``, the slice ``indices[i]:indices[i+1]`` (to the end for the last one) is
    reduced; where ``indices[i] >= indices[i+1]`` the result is the element ``indices[i]``.
    """
    _check_binary(uf, "reduceat")
    t = _tensor(array)
    if t.dim() == 0:
        raise TypeError("cannot reduceat on a scalar")
    dim = _axes(0 if axis is None and t.dim() == 1 else axis, t.dim())
    if len(dim) != 1:
        raise ValueError("reduceat does not allow multiple axes")
    d = dim[0]
    idx = _tensor(indices)
    if idx.dim() > 1:
        raise ValueError(
            "setting an array element with a sequence. The requested array would exceed the "
            "maximum number of dimension of 1."
        )
    starts = [int(i) for i in idx.reshape(-1).to(torch.int64).tolist()]
    n = t.shape[d]
    for i in starts:
        if not 0 <= i < n:
            raise IndexError(f"index {i} out-of-bounds in {uf.__name__}.reduceat [0, {n})")
    out_arr = _out_array(out)
    loop = _loop_dtype(uf, t.dtype, dtype, out_arr)
    t = t.to(loop)
    shape = (*t.shape[:d], len(starts), *t.shape[d + 1 :])
    if out_arr is not None and tuple(out_arr._t.shape) != shape:
        raise ValueError(
            "operands could not be broadcast together with remapped shapes "
            f"[original->remapped]: {tuple(out_arr._t.shape)} {shape}"
        )
    pieces = []
    for k, begin in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else n
        if end <= begin:
            pieces.append(t.select(d, begin))
        else:
            part = t.narrow(d, begin, end - begin)
            pieces.append(_reduce_tensor(uf, part, (d,), loop, None, False, None, end - begin))
    if pieces:
        result = torch.stack(pieces, dim=d)
    else:
        result = torch.empty(shape, dtype=loop, device=t.device)
    if _es.checking:
        _es.check(f"reduceat:{uf.__name__}", (t,), result)
    return _write_out(uf, result, out_arr)


def outer(uf: ufunc, a: object, b: object, kwargs: dict[str, Any]) -> Any:
    """``uf.outer``: ``uf(a[..., None, ...], b)``, shape ``a.shape + b.shape``, as NumPy's."""
    _check_binary(uf, "outer")
    ta = a if type(a) in (bool, int, float, complex) else _tensor(a)
    tb = b if type(b) in (bool, int, float, complex) else _tensor(b)
    if isinstance(ta, torch.Tensor) and isinstance(tb, torch.Tensor):
        ta = ta.reshape(tuple(ta.shape) + (1,) * tb.dim())
    x1 = ndarray._from_tensor(ta) if isinstance(ta, torch.Tensor) else ta
    x2 = ndarray._from_tensor(tb) if isinstance(tb, torch.Tensor) else tb
    return uf(x1, x2, **kwargs)  # type: ignore[operator]


def at(uf: ufunc, a: object, indices: object, b: object = None) -> None:
    """``uf.at``: unbuffered in-place ``a[indices] = uf(a[indices], b)``, as NumPy's.

    A repeated index applies the ufunc again for each occurrence, in order (``add.at``
    accumulates). ``b`` broadcasts to the indexed shape; unary ufuncs take no ``b``.
    """
    signature = _signature(uf)
    if signature is not None:
        raise TypeError(
            f"{uf.__name__}.at does not support ufunc with non-trivial signature: "
            f"{uf.__name__} has signature {signature}."
        )
    if uf.nout != 1:
        raise ValueError("Only single output ufuncs supported at this time")
    if not isinstance(a, ndarray):
        raise TypeError("first operand must be array")
    if uf.nin == 1 and b is not None:
        raise ValueError("second operand provided when ufunc is unary")
    if uf.nin == 2 and b is None:
        raise ValueError("second operand needed for ufunc")
    check_writeable(a)
    target = a._t
    positions = ndarray._from_tensor(
        torch.arange(target.numel(), device=target.device).reshape(target.shape)
    )
    flat = positions[indices]._t  # NumPy's indexing rules and errors
    values: torch.Tensor | None = None
    if uf.nin == 2:
        tb = _tensor(b)  # b is an array, also a Python scalar (no NEP 50 weak promotion)
        try:
            values = torch.broadcast_to(tb, flat.shape).reshape(-1)
        except RuntimeError:
            raise ValueError(
                f"array is not broadcastable to correct shape {tuple(tb.shape)} -> "
                f"{tuple(flat.shape)}"
            ) from None
    flat = flat.reshape(-1)
    # torch cannot index-assign uint16/32/64: write through a signed view of the same width
    writable = target.view(_SIGNED_VIEW[target.dtype]) if target.dtype in _SIGNED_VIEW else target
    # with nothing to do, one empty round still checks the operand dtypes, as NumPy does
    rank = _mi.occurrence_rank(flat)
    rounds = int(rank.max()) + 1 if flat.numel() else 1
    shape = tuple(target.shape)
    for r in range(rounds):
        chosen = rank == r if rounds > 1 else None
        idx = flat if chosen is None else flat[chosen]
        coords = _mi.unravel(idx, shape)
        current = ndarray._from_tensor(writable[coords].view(target.dtype))
        args: Sequence[Any]
        if values is None:
            args = (current,)
        else:
            args = (current, ndarray._from_tensor(values if chosen is None else values[chosen]))
        # as NumPy, the result is cast back into ``a`` whatever its dtype
        result = uf._call(tuple(args), None, True, "unsafe", None)._t.to(target.dtype)
        writable[coords] = result.view(writable.dtype) if writable is not target else result
