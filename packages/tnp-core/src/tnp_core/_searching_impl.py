"""Searching and masked writing on tensors: where, extract, place, putmask, select, copyto,
take_along_axis and put_along_axis, with NumPy's promotion, casting and errors.

Data movement on uint16/32/64 runs on a same-width signed view of the bits (PyTorch lacks
indexing and ``where`` kernels for those dtypes). In-place functions write into the given
tensor, which may be a strided view: they assign through ``copy_`` or index assignment, never
by rebinding.
"""

from __future__ import annotations

import torch

from . import _dtypes_impl as _di
from ._sorting_impl import nonzero
from .exceptions import AxisError

# every unsigned dtype's signed twin, for bit-level data movement and Python-int wrapping
_SIGNED_TWIN = {
    _di.UINT8: _di.INT8,
    _di.UINT16: _di.INT16,
    _di.UINT32: _di.INT32,
    _di.UINT64: _di.INT64,
}
_MOVE_AS = {dt: s for dt, s in _SIGNED_TWIN.items() if dt is not _di.UINT8}

PyScalar = bool | int | float | complex


def signed(t: torch.Tensor) -> torch.Tensor:
    """A view that PyTorch can index and select on (uint16/32/64 seen as signed ints)."""
    sd = _MOVE_AS.get(t.dtype)
    return t if sd is None else t.view(sd)


def unsigned(t: torch.Tensor, dt: torch.dtype) -> torch.Tensor:
    """Undo ``signed``: the bits of ``t`` seen as ``dt``."""
    return t.view(dt) if dt in _MOVE_AS else t


def dtype_name(dt: torch.dtype) -> str:
    """NumPy's name of a dtype."""
    return str(dt).removeprefix("torch.")


def truth(t: torch.Tensor) -> torch.Tensor:
    """A boolean tensor: nonzero elements are True."""
    return t if t.dtype is _di.BOOL else t != 0


def scalar_tensor(
    value: PyScalar, dt: torch.dtype, device: torch.device | None, *, overflow: bool
) -> torch.Tensor:
    """A 0-D tensor of ``dt`` for a Python scalar.

    Python ints outside the dtype's range raise ``OverflowError`` when ``overflow`` (NumPy's
    assignments) or wrap around (NumPy's ``where``); outside the 64-bit range they always
    raise, as NumPy cannot convert them.
    """
    if type(value) is int and _di.kind(dt) in "iu":
        if not -(2**63) <= value < 2**64:
            raise OverflowError("Python int too large to convert to C long")
        lo, hi = _di.int_bounds(dt)
        if overflow and not lo <= value <= hi:
            raise OverflowError(f"Python integer {value} out of bounds for {dtype_name(dt)}")
        bits = 8 * _di.ITEMSIZE[dt]
        v = value % (1 << bits)
        if v >= 1 << (bits - 1):
            v -= 1 << bits
        twin = _SIGNED_TWIN.get(dt)
        if twin is None:
            return torch.tensor(v, dtype=dt, device=device)
        return torch.tensor(v, dtype=twin, device=device).view(dt)
    if type(value) is int and not -(2**63) <= value < 2**64 and dt is _di.BOOL:
        raise OverflowError("Python int too large to convert to C long")
    if type(value) is int:
        value = float(value) if _di.kind(dt) in "fc" else bool(value)
    if type(value) is complex and _di.kind(dt) in "biuf":
        value = value.real  # NumPy's unsafe cast drops the imaginary part
    # through the Python value's own precision, then NumPy's (unsafe) cast
    src = _PY_DTYPE[type(value)]
    return torch.tensor(value, dtype=src, device=device).to(dt)


_PY_DTYPE = {bool: _di.BOOL, int: _di.INT64, float: _di.FLOAT64, complex: _di.COMPLEX128}


def _broadcast_error(shapes: list[tuple[int, ...]]) -> ValueError:
    return ValueError(
        "operands could not be broadcast together with shapes "
        + " ".join(str(s).replace(" ", "") for s in shapes)
    )


def broadcast_shape(shapes: list[tuple[int, ...]]) -> tuple[int, ...]:
    """The broadcast shape, or NumPy's ``ValueError`` naming the shapes."""
    try:
        return tuple(torch.broadcast_shapes(*shapes))  # type: ignore[no-untyped-call]
    except RuntimeError:
        raise _broadcast_error(shapes) from None


# ----------------------------------------------------------------------------- where
def where(
    condition: torch.Tensor,
    x: torch.Tensor | PyScalar | None,
    y: torch.Tensor | PyScalar | None,
) -> torch.Tensor | tuple[torch.Tensor, ...]:
    """``numpy.where``: ``nonzero(condition)`` alone, else ``x`` where true and ``y`` elsewhere.

    The result dtype is NEP 50's ``result_type(x, y)`` with Python scalars weak; a Python int
    that does not fit that dtype wraps around, as NumPy's cast does.
    """
    if x is None and y is None:
        return nonzero(condition)
    if x is None or y is None:
        raise ValueError("either both or neither of x and y should be given")
    operands = (x, y)
    strong = tuple(o.dtype for o in operands if isinstance(o, torch.Tensor))
    weak = tuple(type(o) for o in operands if not isinstance(o, torch.Tensor))
    dt = _di.result_type(strong, weak)
    dev = condition.device
    xt, yt = (
        o.to(dt) if isinstance(o, torch.Tensor) else scalar_tensor(o, dt, dev, overflow=False)
        for o in operands
    )
    broadcast_shape([tuple(condition.shape), tuple(xt.shape), tuple(yt.shape)])
    return unsigned(torch.where(truth(condition), signed(xt), signed(yt)), dt)


# ----------------------------------------------------------------------------- extract, place
def extract(condition: torch.Tensor, arr: torch.Tensor) -> torch.Tensor:
    """``numpy.extract``: the elements of the flattened ``arr`` where the flattened
    ``condition`` is nonzero (a longer ``condition`` may not be true past ``arr``'s end)."""
    flat = arr.reshape(-1)
    idx = torch.nonzero(truth(condition.reshape(-1))).reshape(-1)
    n = flat.numel()
    if idx.numel() and bool(idx[-1] >= n):
        raise IndexError(f"index {int(idx[idx >= n][0])} is out of bounds for axis 0 with size {n}")
    return unsigned(signed(flat)[idx], arr.dtype)


def _check_same_size(arr: torch.Tensor, mask: torch.Tensor, name: str) -> torch.Tensor:
    if mask.numel() != arr.numel():
        raise ValueError(f"{name}: mask and data must be the same size")
    return truth(mask).reshape(arr.shape)


def _write(arr: torch.Tensor, new: torch.Tensor) -> None:
    """Copy ``new`` (already of ``arr``'s dtype) into ``arr`` in place."""
    if arr.numel():
        signed(arr).copy_(signed(new))


def place(arr: torch.Tensor, mask: torch.Tensor, vals: torch.Tensor) -> None:
    """``numpy.place``: the k-th true position of ``mask`` gets ``vals[k % len(vals)]``."""
    m = _check_same_size(arr, mask, "place")
    v = signed(vals.reshape(-1).to(arr.dtype))
    if v.numel() == 0:
        if bool(m.any()):
            raise ValueError("Cannot insert from an empty array!")
        return
    rank = torch.cumsum(m.reshape(-1), 0) - 1
    picked = v[torch.remainder(rank, v.numel())].reshape(arr.shape)
    _write(arr, unsigned(torch.where(m, picked, signed(arr)), arr.dtype))


def putmask(a: torch.Tensor, mask: torch.Tensor, values: torch.Tensor) -> None:
    """``numpy.putmask``: where ``mask`` is true at flat position n, ``a`` gets
    ``values[n % len(values)]`` (``values`` already of ``a``'s dtype)."""
    m = _check_same_size(a, mask, "putmask")
    v = signed(values.reshape(-1))
    if v.numel() == 0:
        return
    pos = torch.arange(a.numel(), device=a.device)
    picked = v[torch.remainder(pos, v.numel())].reshape(a.shape)
    _write(a, unsigned(torch.where(m, picked, signed(a)), a.dtype))


# ----------------------------------------------------------------------------- copyto
def copyto(dst: torch.Tensor, src: torch.Tensor, where: torch.Tensor | None) -> None:
    """``numpy.copyto`` once ``src`` has ``dst``'s dtype: broadcast ``src`` (and ``where``)
    to ``dst``'s shape and write in place where ``where`` is true."""
    shape = tuple(dst.shape)
    try:
        value = src.expand(shape)
    except RuntimeError:
        raise ValueError(
            f"could not broadcast input array from shape {tuple(src.shape)} into shape {shape}"
        ) from None
    if where is not None:
        try:
            m = truth(where).expand(shape)
        except RuntimeError:
            raise ValueError(
                f"could not broadcast where mask from shape {tuple(where.shape)} into shape {shape}"
            ) from None
        value = unsigned(torch.where(m, signed(value), signed(dst)), dst.dtype)
    elif dst.numel() and value.untyped_storage().data_ptr() == dst.untyped_storage().data_ptr():
        value = value.clone()  # overlapping memory: copy first, as NumPy does
    _write(dst, value)


# ----------------------------------------------------------------------------- select
def select(
    condlist: list[torch.Tensor],
    choicelist: list[torch.Tensor | PyScalar],
    default: torch.Tensor | PyScalar,
) -> torch.Tensor:
    """``numpy.select``: the first choice whose condition holds, else ``default``.

    The dtype is NEP 50's ``result_type`` of the choices and the default (Python int, float
    and complex weak); conditions must be boolean.
    """
    if len(condlist) != len(choicelist):
        raise ValueError("list of cases must be same length as list of conditions")
    if not condlist:
        raise ValueError("select with an empty condition list is not possible")
    items = [*choicelist, default]
    strong = tuple(c.dtype for c in items if isinstance(c, torch.Tensor))
    weak = tuple(type(c) for c in items if not isinstance(c, torch.Tensor))
    dt = _di.result_type(strong, weak)
    cond_shape = broadcast_shape([tuple(c.shape) for c in condlist])
    dev = condlist[0].device
    # NumPy fills the result with ``default`` (a Python int wraps around) and then copies
    # each choice in (a Python int must fit)
    tensors = [
        c.to(dt)
        if isinstance(c, torch.Tensor)
        else scalar_tensor(c, dt, dev, overflow=i < len(choicelist))
        for i, c in enumerate(items)
    ]
    choice_shape = broadcast_shape([tuple(t.shape) for t in tensors])
    for i, c in enumerate(condlist):
        if c.dtype is not _di.BOOL:
            raise TypeError(f"invalid entry {i} in condlist: should be boolean ndarray")
    shape = broadcast_shape([cond_shape, choice_shape])
    result = signed(tensors[-1]).expand(shape)
    for cond, choice in zip(reversed(condlist), reversed(tensors[:-1]), strict=True):
        result = torch.where(cond, signed(choice), result)
    return unsigned(result, dt)


# ----------------------------------------------------------------------------- along an axis
def _along_axis_index(
    shape: tuple[int, ...], indices: torch.Tensor, axis: int
) -> tuple[torch.Tensor, ...]:
    """NumPy's fancy index for ``*_along_axis``: ``indices`` on ``axis``, aranges elsewhere."""
    if _di.kind(indices.dtype) not in "iu":
        raise IndexError("`indices` must be an integer array")
    if len(shape) != indices.dim():
        raise ValueError("`indices` and `arr` must have the same number of dimensions")
    n = shape[axis]
    idx = indices.view(_di.INT64) if indices.dtype is _di.UINT64 else indices.to(_di.INT64)
    nd = len(shape)
    parts: list[torch.Tensor] = []
    for d, size in enumerate(shape):
        if d == axis:
            parts.append(idx)
        else:
            view = [1] * nd
            view[d] = size
            parts.append(torch.arange(size, device=indices.device).reshape(view))
    try:
        result_shape = torch.broadcast_shapes(*(p.shape for p in parts))  # type: ignore[no-untyped-call]
    except RuntimeError:
        raise IndexError(
            "shape mismatch: indexing arrays could not be broadcast together with shapes "
            + " ".join(str(tuple(p.shape)).replace(" ", "") for p in parts)
        ) from None
    # as NumPy's fancy indexing, only the indices that select something are checked
    if idx.numel() and result_shape.numel():
        bad = (idx >= n) | (idx < -n)
        if bool(bad.any()):
            raise IndexError(
                f"index {int(idx[bad][0])} is out of bounds for axis {axis} with size {n}"
            )
    return tuple(parts)


def _along_axis_target(
    arr: torch.Tensor, indices: torch.Tensor, axis: int | None
) -> tuple[torch.Tensor, int]:
    if axis is None:
        if indices.dim() != 1:
            raise ValueError("when axis=None, `indices` must have a single dimension.")
        return arr.reshape(-1), 0
    nd = arr.dim()
    if not -nd <= axis < nd:
        raise AxisError(axis, nd)
    return arr, axis % nd


def take_along_axis(arr: torch.Tensor, indices: torch.Tensor, axis: int | None) -> torch.Tensor:
    """``numpy.take_along_axis``: ``arr`` indexed by ``indices`` along ``axis`` (the
    flattened array when None); other axes of ``indices`` broadcast against ``arr``'s."""
    src, ax = _along_axis_target(arr, indices, axis)
    index = _along_axis_index(tuple(src.shape), indices, ax)
    return unsigned(signed(src)[index], arr.dtype)


def put_along_axis(
    arr: torch.Tensor, indices: torch.Tensor, values: torch.Tensor, axis: int | None
) -> None:
    """``numpy.put_along_axis``: write ``values`` (of ``arr``'s dtype, broadcast) in place at
    the positions ``take_along_axis`` reads."""
    if axis is None:
        if indices.dim() != 1:
            raise ValueError("when axis=None, `indices` must have a single dimension.")
        index = _along_axis_index((arr.numel(),), indices, 0)
        # flat positions, unravelled, so that a strided ``arr`` is written in place
        flat = torch.remainder(index[0], max(arr.numel(), 1))
        target: tuple[torch.Tensor, ...] = torch.unravel_index(flat, arr.shape)
    else:
        _, ax = _along_axis_target(arr, indices, axis)
        target = _along_axis_index(tuple(arr.shape), indices, ax)
    shape = torch.broadcast_shapes(*(t.shape for t in target))  # type: ignore[no-untyped-call]
    try:
        v = signed(values).expand(shape)
    except RuntimeError:
        raise ValueError(
            f"shape mismatch: value array of shape {tuple(values.shape)} could not be "
            f"broadcast to indexing result of shape {tuple(shape)}"
        ) from None
    if v.numel():
        signed(arr)[target] = v
