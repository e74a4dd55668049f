"""Products on tensors: dot, vdot, inner, outer, tensordot, kron, cross, einsum, einsum_path.

Every product computes in NumPy's result dtype with NumPy's arithmetic:

* integers wrap as NumPy's do (products and sums modulo 2**bits); uint16/32/64 run on int64
  bits. Integer matrix products use torch's integer matmul on the CPU; elsewhere (torch has
  none) float64 when every partial sum is exact there, else products summed in int64.
* bool products are logical: any ``a and b`` along the summed axes.
* float16 and bfloat16 accumulate in float32, as NumPy's half loops do, and round once.

Python scalars are "strong" here (an ``int`` is int64), as in NumPy's products, which convert
their arguments to arrays before promoting.
"""

from __future__ import annotations

import itertools
import math
import warnings
from collections.abc import Sequence
from typing import Any

import torch

from . import _dtypes_impl as _di
from .exceptions import AxisError

_LOW_FLOATS = (_di.FLOAT16, _di.BFLOAT16)


# ----------------------------------------------------------------------------- dtype helpers
def _dt_name(dt: torch.dtype) -> str:
    return str(dt).removeprefix("torch.")


def result_dtype(*tensors: torch.Tensor) -> torch.dtype:
    """NumPy's promotion of the operands' dtypes (all strong)."""
    return _di.result_type(tuple(t.dtype for t in tensors), ())


def _to64(t: torch.Tensor) -> torch.Tensor:
    """An integer tensor as int64 with the same value modulo 2**64 (uint64: same bits)."""
    if t.dtype is _di.UINT64:
        return t.view(_di.INT64)
    return t.to(_di.INT64)


def _from64(t: torch.Tensor, dt: torch.dtype) -> torch.Tensor:
    """An int64 result wrapped into the integer dtype ``dt`` (NumPy's modular results)."""
    if dt is _di.UINT64:
        return t.view(_di.UINT64)
    return t.to(dt)


def multiply(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """Elementwise product of two tensors of one dtype, broadcast, wrapping like NumPy."""
    dt = a.dtype
    if dt in _di.UNSIGNED_WIDE:
        return _from64(_to64(a) * _to64(b), dt)
    if dt is _di.BOOL:
        return a & b
    return a * b


def _int64_matmul(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """Exact (wrapping) int64 matrix product of two int64 tensors on any device."""
    if a.device.type == "cpu":
        return torch.matmul(a, b)
    k = a.shape[-1]
    if a.numel() and b.numel() and k:
        bound = float(a.abs().max()) * float(b.abs().max()) * k
        if bound < 2.0**53:
            return torch.matmul(a.to(_di.FLOAT64), b.to(_di.FLOAT64)).to(_di.INT64)
    # products summed in int64, k in blocks to bound the temporary's size
    n, m = a.shape[-2], b.shape[-1]
    acc = torch.zeros((n, m), dtype=_di.INT64, device=a.device)
    step = max(1, 2**24 // max(1, n * m))
    for start in range(0, k, step):
        stop = min(k, start + step)
        acc += (a[:, start:stop, None] * b[None, start:stop, :]).sum(1)
    return acc


def matmul2d(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """The matrix product of two 2-D tensors of one dtype, with NumPy's arithmetic."""
    dt = a.dtype
    k = _di.kind(dt)
    if k == "c" or dt in (_di.FLOAT32, _di.FLOAT64):
        return torch.matmul(a, b)
    if dt in _LOW_FLOATS:
        return torch.matmul(a.to(_di.FLOAT32), b.to(_di.FLOAT32)).to(dt)
    if k == "b":
        return torch.matmul(a.to(_di.FLOAT32), b.to(_di.FLOAT32)) > 0
    if a.device.type == "cpu" and dt not in _di.UNSIGNED_WIDE:
        return torch.matmul(a, b)
    return _from64(_int64_matmul(_to64(a), _to64(b)), dt)


def _contract(
    a: torch.Tensor, b: torch.Tensor, axes_a: Sequence[int], axes_b: Sequence[int]
) -> torch.Tensor:
    """Sum of products over ``axes_a`` of ``a`` paired with ``axes_b`` of ``b`` (one dtype);
    the result has the free axes of ``a`` then those of ``b``, in order."""
    free_a = [i for i in range(a.dim()) if i not in axes_a]
    free_b = [i for i in range(b.dim()) if i not in axes_b]
    shape_a = [a.shape[i] for i in free_a]
    shape_b = [b.shape[i] for i in free_b]
    k = math.prod(a.shape[i] for i in axes_a)
    a2 = a.permute([*free_a, *axes_a]).reshape(math.prod(shape_a), k)
    b2 = b.permute([*axes_b, *free_b]).reshape(k, math.prod(shape_b))
    return matmul2d(a2, b2).reshape([*shape_a, *shape_b])


def _common(a: torch.Tensor, b: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    dt = result_dtype(a, b)
    return a.to(dt), b.to(dt)


# ----------------------------------------------------------------------------- dot family
def _check_dot_out(r: torch.Tensor, out: torch.Tensor) -> None:
    if out.dtype is not r.dtype or out.shape != r.shape or not out.is_contiguous():
        raise ValueError(
            "output array is not acceptable (must have the right datatype, number of "
            "dimensions, and be a C-Array)"
        )


def dot(a: torch.Tensor, b: torch.Tensor, out: torch.Tensor | None) -> torch.Tensor:
    """``numpy.dot``: a product with a 0-D operand is elementwise; otherwise the last axis
    of ``a`` is summed against the second-to-last axis of ``b`` (its only one when 1-D)."""
    a, b = _common(a, b)
    if a.dim() == 0 or b.dim() == 0:
        r = multiply(a, b)
    else:
        bax = b.dim() - 2 if b.dim() >= 2 else 0
        if a.shape[-1] != b.shape[bax]:
            raise ValueError(
                f"shapes {_shape_str(a.shape)} and {_shape_str(b.shape)} not aligned: "
                f"{a.shape[-1]} (dim {a.dim() - 1}) != {b.shape[bax]} (dim {bax})"
            )
        r = _contract(a, b, [a.dim() - 1], [bax])
    if out is not None:
        _check_dot_out(r, out)
        out.copy_(r)
        return out
    return r


def _shape_str(shape: Sequence[int]) -> str:
    """A shape as NumPy prints it in messages: ``(2,3)``, ``(3,)``, ``()``."""
    dims = [str(int(d)) for d in shape]
    return "(" + ",".join(dims) + ("," if len(dims) == 1 else "") + ")"


def vdot(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """``numpy.vdot``: both arguments flattened, ``a`` conjugated, then summed products."""
    a, b = _common(a, b)
    a = a.reshape(-1)
    if b.numel() != a.numel():
        raise ValueError(f"cannot reshape array of size {b.numel()} into shape ({a.numel()},)")
    b = b.reshape(-1)
    if a.is_complex():
        a = a.conj().resolve_conj()
    return _contract(a, b, [0], [0])


def inner(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """``numpy.inner``: sum of products over the last axes (elementwise with a 0-D one)."""
    a, b = _common(a, b)
    if a.dim() == 0 or b.dim() == 0:
        return multiply(a, b)
    if a.shape[-1] != b.shape[-1]:
        raise ValueError(
            f"shapes {_shape_str(a.shape)} and {_shape_str(b.shape)} not aligned: "
            f"{a.shape[-1]} (dim {a.dim() - 1}) != {b.shape[-1]} (dim {b.dim() - 1})"
        )
    return _contract(a, b, [a.dim() - 1], [b.dim() - 1])


def outer(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """``numpy.outer``: ``a.ravel()[:, None] * b.ravel()[None, :]``."""
    a, b = _common(a, b)
    return multiply(a.reshape(-1, 1), b.reshape(1, -1))


def _axes_list(axes: Any) -> list[int]:
    if isinstance(axes, (int, torch.SymInt)) or hasattr(axes, "__index__"):
        return [int(axes)]
    return [int(x) for x in axes]


def tensordot(a: torch.Tensor, b: torch.Tensor, axes: Any) -> torch.Tensor:
    """``numpy.tensordot``: ``axes`` N sums the last N axes of ``a`` against the first N of
    ``b`` (N <= 0 sums none); a pair of axis sequences (or ints) names them explicitly."""
    try:
        axes_a, axes_b = axes
    except TypeError:
        n = int(axes)
        axes_a = list(range(a.dim() - n, a.dim())) if n > 0 else []
        axes_b = list(range(n)) if n > 0 else []
        if n > a.dim() or n > b.dim():
            raise IndexError("tuple index out of range") from None
    la, lb = _axes_list(axes_a), _axes_list(axes_b)
    if len(la) != len(lb):
        raise ValueError("shape-mismatch for sum")
    for ax, t in zip(la + lb, [a] * len(la) + [b] * len(lb), strict=True):
        if not -t.dim() <= ax < t.dim():
            raise IndexError("tuple index out of range")
    la = [x % a.dim() for x in la]
    lb = [x % b.dim() for x in lb]
    if any(a.shape[i] != b.shape[j] for i, j in zip(la, lb, strict=True)):
        raise ValueError("shape-mismatch for sum")
    if len(set(la)) != len(la) or len(set(lb)) != len(lb):
        raise ValueError("repeated axis")
    a, b = _common(a, b)
    return _contract(a, b, la, lb)


def kron(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """``numpy.kron``: block products; the shorter shape is padded with leading ones and the
    result's shape is the elementwise product of the two shapes."""
    a, b = _common(a, b)
    nd = max(a.dim(), b.dim())
    sa = (1,) * (nd - a.dim()) + tuple(a.shape)
    sb = (1,) * (nd - b.dim()) + tuple(b.shape)
    a_x = a.reshape([d for s in sa for d in (s, 1)])
    b_x = b.reshape([d for s in sb for d in (1, s)])
    return multiply(a_x, b_x).reshape([x * y for x, y in zip(sa, sb, strict=True)])


def _axis(ax: int, ndim: int, prefix: str) -> int:
    if not -ndim <= ax < ndim:
        raise AxisError(ax, ndim, prefix)
    return ax % ndim


def cross(
    a: torch.Tensor, b: torch.Tensor, axisa: int, axisb: int, axisc: int, axis: int | None
) -> torch.Tensor:
    """``numpy.cross`` of 3-vectors (or 2-vectors, deprecated in NumPy 2: a 2-vector has a
    zero third component, and two 2-vectors give the z component alone)."""
    if axis is not None:
        axisa = axisb = axisc = axis
    axisa = _axis(axisa, a.dim(), "axisa")
    axisb = _axis(axisb, b.dim(), "axisb")
    a = torch.movedim(a, axisa, -1)
    b = torch.movedim(b, axisb, -1)
    na, nb = a.shape[-1], b.shape[-1]
    if na not in (2, 3) or nb not in (2, 3):
        raise ValueError("incompatible dimensions for cross product\n(dimension must be 2 or 3)")
    if na == 2 or nb == 2:
        warnings.warn(
            "Arrays of 2-dimensional vectors are deprecated. Use arrays of 3-dimensional "
            "vectors instead. (deprecated in NumPy 2.0)",
            DeprecationWarning,
            stacklevel=3,
        )
    dt = result_dtype(a, b)
    if dt is _di.BOOL:
        raise TypeError(
            "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, "
            "the `^` operator, or the logical_xor function instead."
        )
    a, b = a.to(dt), b.to(dt)
    try:
        batch = torch.broadcast_shapes(a.shape[:-1], b.shape[:-1])  # type: ignore[no-untyped-call]
    except RuntimeError:
        raise ValueError(
            f"shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is "
            f"between arg 0 with shape {_shape_str(a.shape[:-1])} and arg 1 with shape "
            f"{_shape_str(b.shape[:-1])}."
        ) from None

    def sub(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        if dt in _di.UNSIGNED_WIDE:
            return _from64(_to64(x) - _to64(y), dt)
        return x - y

    a0, a1 = a[..., 0], a[..., 1]
    b0, b1 = b[..., 0], b[..., 1]
    z = sub(multiply(a0, b1), multiply(a1, b0))
    if na == 2 and nb == 2:
        return z.expand(batch).clone() if z.shape != batch else z
    zero = torch.zeros((), dtype=dt, device=a.device)
    a2 = a[..., 2] if na == 3 else zero
    b2 = b[..., 2] if nb == 3 else zero
    x = sub(multiply(a1, b2), multiply(a2, b1))
    y = sub(multiply(a2, b0), multiply(a0, b2))
    x, y, z = torch.broadcast_tensors(x, y, z)  # type: ignore[no-untyped-call]
    r = torch.stack((x, y, z), dim=-1)
    axisc = _axis(axisc, r.dim(), "axisc")
    return torch.movedim(r, -1, axisc)


# ----------------------------------------------------------------------------- einsum parsing
SYMBOLS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_ELLIPSIS = "..."


class Spec:
    """A parsed einsum: labels per operand (letters; ellipsis dimensions as negative ints,
    -1 the last) and the output's labels, and each label's size."""

    __slots__ = ("inputs", "output", "sizes")

    def __init__(
        self, inputs: list[list[str | int]], output: list[str | int], sizes: dict[str | int, int]
    ) -> None:
        self.inputs = inputs
        self.output = output
        self.sizes = sizes


def _split_term(term: str, where: str) -> list[str]:
    """Letters and '...' of one subscripts term, checked."""
    items: list[str] = []
    i = 0
    while i < len(term):
        c = term[i]
        if c == ".":
            if term[i : i + 3] != _ELLIPSIS or _ELLIPSIS in items:
                raise ValueError(
                    "einstein sum subscripts string contains a '.' that is not part of an "
                    f"ellipsis ('...') in {where}"
                )
            items.append(_ELLIPSIS)
            i += 3
            continue
        if c not in SYMBOLS:
            raise ValueError(
                f"invalid subscript '{c}' in einstein sum subscripts string, subscripts must "
                "be letters"
            )
        items.append(c)
        i += 1
    return items


def sublist_to_subscripts(args: Sequence[Any]) -> tuple[str, list[Any]]:
    """The ``einsum(op0, sublist0, op1, sublist1, ..., [sublistout])`` form as a subscripts
    string (label n is the n-th of ``A..Za..z``) and the list of operands."""
    operands = list(args[0::2])
    sublists = list(args[1::2])
    output = None
    if len(args) % 2 == 1:
        output = operands.pop()
    if len(operands) != len(sublists) or not operands:
        raise ValueError(
            "must specify the einstein sum subscripts string and at least one operand, or at "
            "least one operand and its corresponding subscripts list"
        )

    def term(sub: Any) -> str:
        parts = []
        for s in sub:
            if s is Ellipsis:
                parts.append(_ELLIPSIS)
                continue
            try:
                n = int(s.__index__())
            except (AttributeError, TypeError):
                raise TypeError(
                    "For this input type lists must contain either int or Ellipsis"
                ) from None
            if not 0 <= n < len(SYMBOLS):
                raise ValueError("subscript is not within the valid range [0, 52)")
            parts.append(SYMBOLS[n])
        return "".join(parts)

    subscripts = ",".join(term(s) for s in sublists)
    if output is not None:
        subscripts += "->" + term(output)
    return subscripts, operands


def parse(subscripts: str, shapes: Sequence[Sequence[int]]) -> Spec:
    """Parse an einsum subscripts string against the operands' shapes, as NumPy's einsum.

    Checks the subscripts, expands each '...' into the operand's broadcast dimensions and
    builds the implicit output (ellipsis dimensions, then the letters used once, in ASCII
    order) when there is no '->'.
    """
    subscripts = subscripts.replace(" ", "")
    if (
        subscripts.count("->") > 1
        or subscripts.count("-") != subscripts.count(">")
        or ("-" in subscripts and "->" not in subscripts)
    ):
        raise ValueError("einstein sum subscripts string includes an invalid '->'")
    lhs, arrow, rhs = subscripts.partition("->")
    terms = lhs.split(",")
    if len(terms) > len(shapes):
        raise ValueError(
            "fewer operands provided to einstein sum function than specified in the "
            "subscripts string"
        )
    if len(terms) < len(shapes):
        raise ValueError(
            "more operands provided to einstein sum function than specified in the "
            "subscripts string"
        )
    inputs: list[list[str | int]] = []
    sizes: dict[str | int, int] = {}
    n_ellipsis = 0
    for num, (term, shape) in enumerate(zip(terms, shapes, strict=True)):
        items = _split_term(term, f"operand {num}")
        ndim = len(shape)
        n_letters = sum(1 for x in items if x != _ELLIPSIS)
        labels: list[str | int] = []
        if _ELLIPSIS in items:
            ne = ndim - n_letters
            if ne < 0:
                raise ValueError(
                    f"einstein sum subscripts string contains too many subscripts for operand {num}"
                )
            n_ellipsis = max(n_ellipsis, ne)
            for x in items:
                if x == _ELLIPSIS:
                    labels.extend(range(-ne, 0))
                else:
                    labels.append(x)
        else:
            if n_letters > ndim:
                raise ValueError(
                    f"einstein sum subscripts string contains too many subscripts for operand {num}"
                )
            if n_letters < ndim:
                raise ValueError(
                    "operand has more dimensions than subscripts given in einstein sum, but no "
                    "'...' ellipsis provided to broadcast the extra dimensions."
                )
            labels = list(items)
        # sizes: repeated labels in one operand must agree; across operands 1 broadcasts
        own: dict[str | int, int] = {}
        for lab, d in zip(labels, shape, strict=True):
            if lab in own and own[lab] != d:
                raise ValueError(
                    f"dimensions in single operand for collapsing index '{lab}' don't match "
                    f"({own[lab]} != {d})"
                )
            own[lab] = d
        for lab, d in own.items():
            prev = sizes.get(lab)
            if prev is None or prev == 1:
                sizes[lab] = d
            elif d not in (1, prev):
                raise ValueError(
                    "operands could not be broadcast together with remapped shapes "
                    "[original->remapped]: " + " ".join(_shape_str(s) for s in shapes)
                )
        inputs.append(labels)
    ell: list[str | int] = list(range(-n_ellipsis, 0))
    output: list[str | int]
    if arrow:
        items = _split_term(rhs, "the output")
        output = []
        for x in items:
            if x == _ELLIPSIS:
                output.extend(ell)
                continue
            if x in output:
                raise ValueError(
                    f"einstein sum subscripts string includes output subscript '{x}' multiple times"
                )
            if x not in sizes:
                raise ValueError(
                    f"einstein sum subscripts string included output subscript '{x}' which "
                    "never appeared in an input"
                )
            output.append(x)
        if n_ellipsis and _ELLIPSIS not in items:
            raise ValueError(
                "output has more dimensions than subscripts given in einstein sum, but no "
                "'...' ellipsis provided to broadcast the extra dimensions."
            )
    else:
        counts: dict[str, int] = {}
        for labs in inputs:
            for lab in labs:
                if isinstance(lab, str):
                    counts[lab] = counts.get(lab, 0) + 1
        output = ell + sorted(lab for lab, c in counts.items() if c == 1)
    return Spec(inputs, output, sizes)


# ----------------------------------------------------------------------------- einsum
def _diagonals(t: torch.Tensor, labels: list[str | int]) -> tuple[torch.Tensor, list[str | int]]:
    """Collapse repeated labels of one operand to their diagonal (a view)."""
    labels = list(labels)
    while len(set(labels)) != len(labels):
        seen: dict[str | int, int] = {}
        for i, lab in enumerate(labels):
            if lab in seen:
                j = seen[lab]
                t = torch.diagonal(t, 0, j, i)
                labels = [x for k, x in enumerate(labels) if k not in (i, j)] + [lab]
                break
            seen[lab] = i
    return t, labels


def _letters(spec: Spec) -> dict[str | int, str]:
    names: dict[str | int, str] = {}
    for lab in itertools.chain(*spec.inputs, spec.output):
        if lab not in names:
            names[lab] = SYMBOLS[len(names)]
    return names


def _einsum_torch(spec: Spec, ops: list[torch.Tensor], compute: torch.dtype) -> torch.Tensor:
    """torch.einsum of the operands (diagonals taken, size-1 labels expanded) in ``compute``."""
    names = _letters(spec)
    terms = []
    prepared = []
    for t, labs in zip(ops, spec.inputs, strict=True):
        t, labs = _diagonals(t, labs)
        full = [spec.sizes[lab] for lab in labs]
        if list(t.shape) != full:
            t = t.expand(full)
        prepared.append(t.to(compute))
        terms.append("".join(names[lab] for lab in labs))
    eq = ",".join(terms) + "->" + "".join(names[lab] for lab in spec.output)
    return torch.einsum(eq, *prepared)


def _einsum_by_products(spec: Spec, ops: list[torch.Tensor]) -> torch.Tensor:
    """int64 einsum by broadcast products and one sum (exact, wrapping; any device)."""
    every: list[str | int] = list(spec.output)
    for labs in spec.inputs:
        for lab in labs:
            if lab not in every:
                every.append(lab)
    acc: torch.Tensor | None = None
    for t, labs in zip(ops, spec.inputs, strict=True):
        t, labs = _diagonals(t, labs)
        present = [lab for lab in every if lab in labs]
        t = t.permute([labs.index(lab) for lab in present])
        dims = iter(t.shape)
        t = t.reshape([next(dims) if lab in labs else 1 for lab in every])
        acc = t if acc is None else acc * t
    assert acc is not None
    full = [spec.sizes[lab] for lab in every]
    acc = acc.expand(full)
    summed = tuple(range(len(spec.output), len(every)))
    return acc.sum(summed) if summed else acc.clone()


def _einsum_int64(spec: Spec, ops: list[torch.Tensor]) -> torch.Tensor:
    ops64 = [_to64(t) for t in ops]
    if all(t.device.type == "cpu" for t in ops64):
        return _einsum_torch(spec, ops64, _di.INT64)
    # torch has no integer kernels off the CPU: float64 is exact below 2**53
    bound = 1.0
    for t in ops64:
        bound *= float(t.abs().max()) if t.numel() else 0.0
    terms = math.prod(
        spec.sizes[lab] for lab in {x for labs in spec.inputs for x in labs} - set(spec.output)
    )
    if bound * max(terms, 1) < 2.0**53:
        return _einsum_torch(spec, ops64, _di.FLOAT64).to(_di.INT64)
    return _einsum_by_products(spec, ops64)


def einsum_compute(spec: Spec, ops: list[torch.Tensor], dt: torch.dtype) -> torch.Tensor:
    """Evaluate a parsed einsum on operands already of dtype ``dt``, as NumPy computes it."""
    k = _di.kind(dt)
    if k == "c" or dt in (_di.FLOAT32, _di.FLOAT64):
        return _einsum_torch(spec, ops, dt)
    if dt in _LOW_FLOATS:
        return _einsum_torch(spec, ops, _di.FLOAT32).to(dt)
    if k == "b":
        return _einsum_int64(spec, ops) != 0
    return _from64(_einsum_int64(spec, ops), dt)


def _cast_error(src: torch.dtype, dst: torch.dtype, casting: str, what: str) -> TypeError:
    return TypeError(
        f"{what} dtype could not be cast from dtype('{_dt_name(src)}') to "
        f"dtype('{_dt_name(dst)}') according to the rule '{casting}'"
    )


def einsum(
    subscripts: str,
    operands: list[torch.Tensor],
    out: torch.Tensor | None,
    dtype: torch.dtype | None,
    casting: str,
) -> torch.Tensor:
    """``numpy.einsum`` with a subscripts string; ``out`` is written and returned."""
    if not isinstance(subscripts, str):
        raise TypeError("einsum subscripts must be a string")
    spec = parse(subscripts, [tuple(t.shape) for t in operands])
    if dtype is None:
        dts = tuple(t.dtype for t in operands) + ((out.dtype,) if out is not None else ())
        dt = _di.result_type(dts, ())
    else:
        dt = dtype
    for i, t in enumerate(operands):
        if t.dtype is not dt and not _di.can_cast(t.dtype, dt, casting):
            raise _cast_error(t.dtype, dt, casting, f"Iterator operand {i}")
    result = einsum_compute(spec, [t.to(dt) for t in operands], dt)
    if out is None:
        return result
    if out.dim() != result.dim():
        raise ValueError(
            "out parameter does not have the correct number of dimensions, has "
            f"{out.dim()} but should have {result.dim()}"
        )
    if out.shape != result.shape:
        raise ValueError(
            "operands could not be broadcast together with remapped shapes "
            f"[original->remapped]: output {_shape_str(out.shape)} expected "
            f"{_shape_str(result.shape)}"
        )
    if out.dtype is not dt and not _di.can_cast(dt, out.dtype, casting):
        raise TypeError(
            f"Iterator requested dtype could not be cast from dtype('{_dt_name(dt)}') to "
            f"dtype('{_dt_name(out.dtype)}'), the operand {len(operands)} dtype, according "
            f"to the rule '{casting}'"
        )
    out.copy_(result)
    return out


# ----------------------------------------------------------------------------- einsum_path
def _size(labels: Any, sizes: dict[str, int]) -> int:
    n = 1
    for lab in labels:
        n *= sizes[lab]
    return n


def _flops(idx: set[str], inner: bool, n_terms: int, sizes: dict[str, int]) -> int:
    """NumPy's cost model: elements of the contraction times the operations per element."""
    factor = max(1, n_terms - 1) + (1 if inner else 0)
    return _size(idx, sizes) * factor


def _contraction(
    positions: Sequence[int], sets: list[set[str]], output: set[str]
) -> tuple[set[str], list[set[str]], set[str], set[str]]:
    """(labels kept, the remaining sets with the new one last, labels summed away, all
    labels involved) for contracting the operands at ``positions``."""
    involved: set[str] = set()
    keep = set(output)
    rest: list[set[str]] = []
    for i, s in enumerate(sets):
        if i in positions:
            involved |= s
        else:
            rest.append(s)
            keep |= s
    new = keep & involved
    rest.append(new)
    return new, rest, involved - new, involved


def _optimal(
    sets: list[set[str]], output: set[str], sizes: dict[str, int], limit: int
) -> list[tuple[int, ...]]:
    """Every order of pairwise contractions within ``limit``; the cheapest wins (NumPy's
    'optimal', first of equals in its enumeration order)."""
    states: list[tuple[int, list[tuple[int, ...]], list[set[str]]]] = [(0, [], sets)]
    for step in range(len(sets) - 1):
        nxt = []
        for cost, path, cur in states:
            for pair in itertools.combinations(range(len(sets) - step), 2):
                new, rest, removed, involved = _contraction(pair, cur, output)
                if _size(new, sizes) > limit:
                    continue
                c = cost + _flops(involved, bool(removed), 2, sizes)
                nxt.append((c, [*path, pair], rest))
        if not nxt:
            best = min(states, key=lambda s: s[0])[1]
            return [*best, tuple(range(len(sets) - step))]
        states = nxt
    return min(states, key=lambda s: s[0])[1]


def _greedy(
    sets: list[set[str]], output: set[str], sizes: dict[str, int], limit: int
) -> list[tuple[int, ...]]:
    """NumPy's 'greedy' path: repeatedly the pair that removes the most elements (then the
    cheapest), inner and Hadamard products before outer ones, within ``limit``."""
    if len(sets) == 1:
        return [(0,)]
    if len(sets) == 2:
        return [(0, 1)]
    _, _, removed, involved = _contraction(range(len(sets)), sets, output)
    naive = _flops(involved, bool(removed), len(sets), sizes)
    spent = 0
    path: list[tuple[int, ...]] = []
    Candidate = tuple[tuple[int, int], tuple[int, int], list[set[str]]]
    known: list[Candidate] = []

    def consider(pair: tuple[int, int], cur: list[set[str]]) -> Candidate | None:
        new, rest, removed, involved = _contraction(pair, cur, output)
        new_size = _size(new, sizes)
        if new_size > limit:
            return None
        freed = sum(_size(cur[p], sizes) for p in pair) - new_size
        cost = _flops(involved, bool(removed), 2, sizes)
        if spent + cost > naive:
            return None
        return ((-freed, cost), pair, rest)

    pairs: Any = itertools.combinations(range(len(sets)), 2)
    for _ in range(len(sets) - 1):
        for pair in pairs:
            if sets[pair[0]].isdisjoint(sets[pair[1]]):
                continue
            cand = consider(pair, sets)
            if cand is not None:
                known.append(cand)
        if not known:
            for pair in itertools.combinations(range(len(sets)), 2):
                cand = consider(pair, sets)
                if cand is not None:
                    known.append(cand)
            if not known:
                path.append(tuple(range(len(sets))))
                break
        best = min(known, key=lambda c: c[0])
        bx, by = best[1]
        carried: list[Candidate] = []
        for key, (x, y), rest in known:
            if x in best[1] or y in best[1]:
                continue
            # the pair's remaining sets after the chosen contraction happened as well
            rest = list(rest)
            del rest[by - int(by > x) - int(by > y)]
            del rest[bx - int(bx > x) - int(bx > y)]
            rest.insert(-1, best[2][-1])
            moved = (x - int(x > bx) - int(x > by), y - int(y > bx) - int(y > by))
            carried.append((key, moved, rest))
        known = carried
        sets = best[2]
        last = len(sets) - 1
        pairs = ((i, last) for i in range(last))
        path.append(best[1])
        spent += best[0][1]
    return path


def _label_chars(spec: Spec) -> dict[str | int, str]:
    """Letters for the report: each letter itself, ellipsis dimensions unused letters."""
    used = {lab for labs in spec.inputs for lab in labs if isinstance(lab, str)}
    free = [c for c in SYMBOLS if c not in used]
    chars: dict[str | int, str] = {c: c for c in used}
    ell = sorted({lab for labs in spec.inputs for lab in labs if isinstance(lab, int)})
    for lab, c in zip(ell, free[len(free) - len(ell) :], strict=True):
        chars[lab] = c
    return chars


def einsum_path(
    subscripts: str, shapes: Sequence[Sequence[int]], optimize: Any
) -> tuple[list[Any], str]:
    """``numpy.einsum_path``: NumPy's contraction path (its greedy and optimal algorithms,
    its cost model and memory limit) and a report in NumPy's layout."""
    kind: Any = optimize
    if kind is True:
        kind = "greedy"
    if kind is None:
        kind = False
    explicit = False
    limit: int | None = None
    if kind is False or isinstance(kind, str):
        pass
    elif len(kind) and kind[0] == "einsum_path":
        explicit = True
    elif len(kind) == 2 and isinstance(kind[0], str) and isinstance(kind[1], (int, float)):
        limit = int(kind[1])
        kind = kind[0]
    else:
        raise TypeError(f"Did not understand the path: {kind!s}")

    spec = parse(subscripts, shapes)
    chars = _label_chars(spec)
    input_list = ["".join(chars[lab] for lab in labs) for labs in spec.inputs]
    output_str = "".join(chars[lab] for lab in spec.output)
    sizes: dict[str, int] = {chars[lab]: d for lab, d in spec.sizes.items()}
    n_in = len(input_list)
    sets = [set(s) for s in input_list]
    out_set = set(output_str)
    indices = set("".join(input_list))
    biggest = max(_size(t, sizes) for t in [*input_list, output_str])
    mem = biggest if limit is None else limit

    path: list[tuple[int, ...]]
    if explicit:
        path = [tuple(int(i) for i in p) for p in kind[1:]]
    elif kind is False or n_in in (1, 2) or indices == out_set:
        path = [tuple(range(n_in))]
    elif kind == "greedy":
        path = _greedy(sets, out_set, sizes, mem)
    elif kind == "optimal":
        path = _optimal(sets, out_set, sizes, mem)
    else:
        raise KeyError("Path name %s not found", kind)

    costs, scales, out_sizes, rows = [], [], [], []
    terms = list(input_list)
    cur_sets = sets
    for step, inds in enumerate(path):
        inds = tuple(sorted(inds, reverse=True))
        if any(not 0 <= i < len(terms) for i in inds):
            raise ValueError(f"Invalid einsum_path: contraction {inds} is out of range")
        new, cur_sets, removed, involved = _contraction(inds, cur_sets, out_set)
        costs.append(_flops(involved, bool(removed), len(inds), sizes))
        scales.append(len(involved))
        out_sizes.append(_size(new, sizes))
        taken = [terms.pop(i) for i in inds]
        if step == len(path) - 1:
            result = output_str
        else:
            result = "".join(sorted(new, key=lambda c: (sizes[c], c)))
        terms.append(result)
        rows.append((",".join(taken) + "->" + result, list(terms)))
    if len(terms) != 1:
        raise ValueError(
            f"Invalid einsum_path is specified: {len(terms) - 1} more operands has to be "
            "contracted."
        )

    inner = sum(len(set(t)) for t in input_list) - len(indices) > 0
    naive = _flops(indices, inner, n_in, sizes)
    opt = sum(costs) + 1
    lines = [
        f"  Complete contraction:  {','.join(input_list)}->{output_str}",
        f"         Naive scaling:  {len(indices)}",
        f"     Optimized scaling:  {max(scales)}",
        f"      Naive FLOP count:  {naive:.3e}",
        f"  Optimized FLOP count:  {opt:.3e}",
        f"   Theoretical speedup:  {naive / opt:3.3f}",
        f"  Largest intermediate:  {max(out_sizes):.3e} elements",
        "-" * 74,
        f"{'scaling':>6} {'current':>24} {'remaining':>40}",
        "-" * 74,
    ]
    report = "\n".join(lines)
    for scale, (current, remaining) in zip(scales, rows, strict=True):
        report += f"\n{scale:4d}    {current:>24} {','.join(remaining) + '->' + output_str:>40}"
    return ["einsum_path", *path], report
