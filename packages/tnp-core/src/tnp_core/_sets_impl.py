"""Set operations on tensors with NumPy's order, NaN handling and result dtypes.

Every function sorts with ``_sorting_impl``'s keys, so values come out in ``numpy.sort``
order (NaN last, complex numbers lexicographic with NaN groups last, signed zeros equal) and
the sort is stable: of equal values the first one in the input is the one kept, as NumPy
keeps it. Membership (``isin``) merges the two arrays in one stable sort, which works for
every dtype and device with no Python loop.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import torch

from . import _dtypes_impl as _di
from ._searching_impl import signed, unsigned
from ._sorting_impl import _argsort, _keys
from .exceptions import AxisError


class UniqueAllResult(NamedTuple):
    """``unique_all``'s result, as NumPy's namedtuple."""

    values: torch.Tensor
    indices: torch.Tensor
    inverse_indices: torch.Tensor
    counts: torch.Tensor


class UniqueCountsResult(NamedTuple):
    """``unique_counts``'s result, as NumPy's namedtuple."""

    values: torch.Tensor
    counts: torch.Tensor


class UniqueInverseResult(NamedTuple):
    """``unique_inverse``'s result, as NumPy's namedtuple."""

    values: torch.Tensor
    inverse_indices: torch.Tensor


def _take(t: torch.Tensor, idx: torch.Tensor) -> torch.Tensor:
    """``t[idx]`` along the first axis, for every dtype."""
    return unsigned(signed(t)[idx], t.dtype)


def _isnan(t: torch.Tensor) -> torch.Tensor:
    """NaN anywhere in the element (either part of a complex number)."""
    if _di.kind(t.dtype) in "fc":
        return torch.isnan(t)
    return torch.zeros(t.shape, dtype=_di.BOOL, device=t.device)


def _sort_perm(flat: torch.Tensor) -> torch.Tensor:
    return _argsort(_keys(flat), 0)


def _new_run(aux: torch.Tensor, equal_nan: bool) -> torch.Tensor:
    """For sorted ``aux``: True where an element differs from the one before it (and first).

    NaN never equals NaN unless ``equal_nan``; then every NaN (for complex: every element
    with a NaN part) joins one run, as NumPy's ``unique`` does.
    """
    first = torch.ones(min(aux.numel(), 1), dtype=_di.BOOL, device=aux.device)
    differs = aux[1:] != aux[:-1]
    if equal_nan and _di.kind(aux.dtype) in "fc":
        nan = torch.isnan(aux)
        differs = differs & ~(nan[1:] & nan[:-1])
    return torch.cat([first, differs])


def _unique_flat(
    flat: torch.Tensor,
    return_index: bool,
    return_inverse: bool,
    return_counts: bool,
    equal_nan: bool,
) -> tuple[torch.Tensor, ...]:
    perm = _sort_perm(flat)
    aux = _take(flat, perm)
    run = _new_run(aux, equal_nan)
    starts = torch.nonzero(run).reshape(-1)
    values = _take(aux, starts)
    if (
        equal_nan
        and not (return_index or return_inverse or return_counts)
        and _di.kind(flat.dtype) == "c"
        and values.numel()
    ):
        # without extra outputs NumPy uses a hash table, which keeps the first NaN element
        # met in the input rather than the first in sort order
        nan = torch.isnan(flat)
        first = flat[torch.argmax(nan.to(_di.INT8))]
        values = torch.where(torch.isnan(values), first, values)
    out: list[torch.Tensor] = [values]
    if return_index:
        out.append(perm[starts])
    if return_inverse:
        inverse = torch.empty_like(perm)
        inverse[perm] = torch.cumsum(run.to(_di.INT64), 0) - 1
        out.append(inverse)
    if return_counts:
        ends = torch.cat([starts[1:], torch.tensor([flat.numel()], device=flat.device)])
        out.append(ends - starts)
    return tuple(out)


def _unique_rows(
    rows: torch.Tensor, return_index: bool, return_inverse: bool, return_counts: bool
) -> tuple[torch.Tensor, ...]:
    """``unique`` of the rows of a 2-D tensor, lexicographic on the columns.

    As NumPy (which compares rows as structured elements) NaN never equals NaN here, so
    ``equal_nan`` has no effect.
    """
    n, m = rows.shape
    if m == 0:
        perm = torch.arange(n, device=rows.device)
        run = torch.arange(n, device=rows.device) == 0
    else:
        keys = [k for j in range(m - 1, -1, -1) for k in _keys(rows[:, j])]
        perm = _argsort(keys, 0)
        aux = _take(rows, perm)
        differs = (aux[1:] != aux[:-1]).any(dim=1)
        run = torch.cat([torch.ones(min(n, 1), dtype=_di.BOOL, device=rows.device), differs])
    starts = torch.nonzero(run).reshape(-1)
    out: list[torch.Tensor] = [_take(rows, perm[starts])]
    if return_index:
        out.append(perm[starts])
    if return_inverse:
        inverse = torch.empty_like(perm)
        inverse[perm] = torch.cumsum(run.to(_di.INT64), 0) - 1
        out.append(inverse)
    if return_counts:
        ends = torch.cat([starts[1:], torch.tensor([n], device=rows.device)])
        out.append(ends - starts)
    return tuple(out)


def unique(
    ar: torch.Tensor,
    return_index: bool,
    return_inverse: bool,
    return_counts: bool,
    axis: int | None,
    equal_nan: bool,
    sorted: bool,
) -> torch.Tensor | tuple[torch.Tensor, ...]:
    """``numpy.unique``: sorted unique values (or sub-arrays along ``axis``), and optionally
    first indices, the inverse (of ``ar``'s shape when ``axis`` is None) and counts."""
    nd = ar.dim()
    if axis is None or nd == 1:
        if axis is not None and not -nd <= axis < nd:
            raise AxisError(axis, nd)
        res = _unique_flat(ar.reshape(-1), return_index, return_inverse, return_counts, equal_nan)
        if return_inverse:
            i = 1 + return_index
            res = (*res[:i], res[i].reshape(ar.shape), *res[i + 1 :])
    else:
        if not -nd <= axis < nd:
            raise AxisError(axis, nd)
        axis %= nd
        moved = torch.movedim(ar, axis, 0)
        rest = tuple(moved.shape[1:])
        rows = moved.reshape(moved.shape[0], math.prod(rest))
        res = _unique_rows(rows, return_index, return_inverse, return_counts)
        vals = torch.movedim(res[0].reshape(res[0].shape[0], *rest), 0, axis)
        res = (vals, *res[1:])
    if len(res) == 1:
        return res[0]
    return res


def unique_all(x: torch.Tensor) -> UniqueAllResult:
    """``numpy.unique_all``: values, first indices, inverse (``x``'s shape) and counts."""
    return UniqueAllResult(*unique(x, True, True, True, None, False, True))


def unique_counts(x: torch.Tensor) -> UniqueCountsResult:
    """``numpy.unique_counts``: values and counts; NaNs are all distinct."""
    return UniqueCountsResult(*unique(x, False, False, True, None, False, True))


def unique_inverse(x: torch.Tensor) -> UniqueInverseResult:
    """``numpy.unique_inverse``: values and the inverse, of ``x``'s shape."""
    return UniqueInverseResult(*unique(x, False, True, False, None, False, True))


def unique_values(x: torch.Tensor) -> torch.Tensor:
    """``numpy.unique_values``: the distinct values, NaNs all distinct; sorted in tnp."""
    res = unique(x, False, False, False, None, False, True)
    assert isinstance(res, torch.Tensor)
    return res


# ----------------------------------------------------------------------------- membership
def _promoted(a: torch.Tensor, b: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    common = _di.promote(a.dtype, b.dtype)
    return a.to(common), b.to(common)


def _member(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """For each element of the 1-D ``a``: whether some element of the 1-D ``b`` equals it.

    One stable sort of ``b`` followed by ``a`` puts each element of ``a`` after the equal
    elements of ``b``; the nearest preceding ``b`` element then decides.
    """
    n, m = a.numel(), b.numel()
    if n == 0 or m == 0:
        return torch.zeros(n, dtype=_di.BOOL, device=a.device)
    av, bv = _promoted(a, b)
    merged = torch.cat([signed(bv), signed(av)])
    merged = unsigned(merged, av.dtype)
    order = _sort_perm(merged)
    from_b = order < m
    # index (into ``order``) of the last ``b`` element at or before each position
    pos = torch.arange(n + m, device=a.device)
    last_b = torch.cummax(torch.where(from_b, pos, -1), 0).values
    sorted_vals = _take(merged, order)
    prev = _take(sorted_vals, last_b.clamp(min=0))
    hit = (last_b >= 0) & (prev == sorted_vals)
    result = torch.empty(n, dtype=_di.BOOL, device=a.device)
    at_a = ~from_b
    result[order[at_a] - m] = hit[at_a]
    return result


def isin(
    element: torch.Tensor,
    test_elements: torch.Tensor,
    assume_unique: bool,
    invert: bool,
    kind: str | None,
) -> torch.Tensor:
    """``numpy.isin``: elementwise membership of ``element`` in ``test_elements`` (flattened).

    Values are compared in their promoted dtype; NaN is in nothing, ``-0.0`` equals ``0.0``.
    ``kind`` only chooses NumPy's algorithm and is checked as NumPy checks it.
    """
    if kind not in (None, "sort", "table"):
        raise ValueError(f"Invalid kind: '{kind}'. Please use None, 'sort' or 'table'.")
    if kind == "table" and not (
        _di.kind(element.dtype) in "biu" and _di.kind(test_elements.dtype) in "biu"
    ):
        raise ValueError(
            "The 'table' method is only supported for boolean or integer arrays. "
            "Please select 'sort' or None for kind."
        )
    hit = _member(element.reshape(-1), test_elements.reshape(-1)).reshape(element.shape)
    return ~hit if invert else hit


# ----------------------------------------------------------------------------- 1-D set ops
def _cat(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    av, bv = _promoted(a.reshape(-1), b.reshape(-1))
    return unsigned(torch.cat([signed(av), signed(bv)]), av.dtype)


def _uniq(t: torch.Tensor, return_index: bool = False) -> tuple[torch.Tensor, ...]:
    return _unique_flat(t.reshape(-1), return_index, False, False, True)


def intersect1d(
    ar1: torch.Tensor, ar2: torch.Tensor, assume_unique: bool, return_indices: bool
) -> torch.Tensor | tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """``numpy.intersect1d``: sorted values in both arrays (NaN in neither), and optionally
    the index of each in the flattened inputs (first occurrence unless ``assume_unique``)."""
    if assume_unique:
        u1, u2 = ar1.reshape(-1), ar2.reshape(-1)
        i1 = i2 = None
    else:
        u1, *r1 = _uniq(ar1, return_indices)
        u2, *r2 = _uniq(ar2, return_indices)
        i1 = r1[0] if r1 else None
        i2 = r2[0] if r2 else None
    aux = _cat(u1, u2)
    perm = _sort_perm(aux)
    s = _take(aux, perm)
    both = s[1:] == s[:-1]
    where = torch.nonzero(both).reshape(-1)
    values = _take(s, where)
    if not return_indices:
        return values
    idx1 = perm[where]
    idx2 = perm[where + 1] - u1.numel()
    if i1 is not None and i2 is not None:
        idx1, idx2 = i1[idx1], i2[idx2]
    return values, idx1, idx2


def union1d(ar1: torch.Tensor, ar2: torch.Tensor) -> torch.Tensor:
    """``numpy.union1d``: the sorted unique values of both arrays together."""
    return _uniq(_cat(ar1, ar2))[0]


def setdiff1d(ar1: torch.Tensor, ar2: torch.Tensor, assume_unique: bool) -> torch.Tensor:
    """``numpy.setdiff1d``: values of ``ar1`` not in ``ar2`` (unique and sorted unless
    ``assume_unique``, which keeps ``ar1``'s order); the dtype is ``ar1``'s."""
    a = ar1.reshape(-1) if assume_unique else _uniq(ar1)[0]
    b = ar2.reshape(-1) if assume_unique else _uniq(ar2)[0]
    keep = ~_member(a, b)
    return _take(a, torch.nonzero(keep).reshape(-1))


def setxor1d(ar1: torch.Tensor, ar2: torch.Tensor, assume_unique: bool) -> torch.Tensor:
    """``numpy.setxor1d``: the sorted values in exactly one of the arrays."""
    a = ar1.reshape(-1) if assume_unique else _uniq(ar1)[0]
    b = ar2.reshape(-1) if assume_unique else _uniq(ar2)[0]
    aux = _cat(a, b)
    if aux.numel() == 0:
        return aux
    s = _take(aux, _sort_perm(aux))
    edge = torch.ones(1, dtype=_di.BOOL, device=s.device)
    flag = torch.cat([edge, s[1:] != s[:-1], edge])
    return _take(s, torch.nonzero(flag[1:] & flag[:-1]).reshape(-1))


# ----------------------------------------------------------------------------- ediff1d
def _diff(flat: torch.Tensor) -> torch.Tensor:
    """``flat[1:] - flat[:-1]`` in the array's dtype, wrapping as NumPy's integers do."""
    dt = flat.dtype
    if dt is _di.BOOL:
        raise TypeError(
            "numpy boolean subtract, the `-` operator, is not supported, use the "
            "bitwise_xor, the `^` operator, or the logical_xor function instead."
        )
    if _di.kind(dt) == "u":
        twin = {
            _di.UINT8: _di.INT8,
            _di.UINT16: _di.INT16,
            _di.UINT32: _di.INT32,
            _di.UINT64: _di.INT64,
        }[dt]
        s = flat.view(twin)
        return (s[1:] - s[:-1]).view(dt)
    if _di.kind(dt) == "c":
        # part by part: torch's complex subtraction can spread a NaN into the other part
        re, im = flat.real, flat.imag
        return torch.complex(re[1:] - re[:-1], im[1:] - im[:-1])
    return flat[1:] - flat[:-1]


def _edge(t: torch.Tensor | None, dt: torch.dtype, name: str) -> torch.Tensor | None:
    if t is None:
        return None
    if not _di.can_cast(t.dtype, dt, "same_kind"):
        raise TypeError(
            f"dtype of `{name}` must be compatible with input `ary` under the `same_kind` rule."
        )
    return t.reshape(-1).to(dt)


def ediff1d(
    ary: torch.Tensor, to_end: torch.Tensor | None, to_begin: torch.Tensor | None
) -> torch.Tensor:
    """``numpy.ediff1d``: differences of the flattened array, in its dtype, with ``to_begin``
    and ``to_end`` (cast ``same_kind``) around them."""
    flat = ary.reshape(-1)
    dt = flat.dtype
    begin = _edge(to_begin, dt, "to_begin")
    end = _edge(to_end, dt, "to_end")
    diff = _diff(flat)
    parts = [p for p in (begin, diff, end) if p is not None]
    if len(parts) == 1:
        return diff
    return unsigned(torch.cat([signed(p) for p in parts]), dt)
