"""Tensor implementations of ``numpy.linalg``: tensors in, tensors out, NumPy's rules.

Only torch and the standard library are imported here. What NumPy checks before it calls
LAPACK is checked here too, in the same order, so the same inputs fail with the same
exceptions: the shape of the operands first (``LinAlgError``), then their dtypes
(``TypeError``), then the numerical outcome (``LinAlgError("Singular matrix")``). torch's own
``RuntimeError``s are never let through: the ``*_ex`` variants report a singular matrix as
an info code instead.

Precision follows NumPy's ``_commonType``: LAPACK runs in double precision unless every
operand is single precision, and single precision operands still compute in double and are
rounded back. Here "double" is the default float dtype, which ``bind_defaults`` lets the
wrapper module take from tnp-core (float64 unless the user switched it to float32 for a
GPU; in that case single precision operands compute in single precision).
"""

from __future__ import annotations

from collections.abc import Callable

import torch

__all__ = ["LinAlgError", "bind_defaults", "det", "inv", "solve"]


class LinAlgError(ValueError):
    """Raised by linear-algebra functions for a matrix they cannot handle, as in NumPy.

    Like ``numpy.linalg.LinAlgError`` it is a ``ValueError``: a singular matrix given to
    ``inv`` or ``solve``, or operands that are not (stacks of) square matrices.
    """

    __module__ = "tnp_linalg"


def _float64() -> torch.dtype:
    return torch.float64


_default_float: Callable[[], torch.dtype] = _float64


def bind_defaults(default_float: Callable[[], torch.dtype]) -> None:
    """Use ``default_float()`` as the precision that non-single operands compute in."""
    global _default_float
    _default_float = default_float


_SINGLE = (torch.float32, torch.complex64)
_DOUBLE = (torch.float64, torch.complex128)
_COMPLEX_OF = {torch.float32: torch.complex64, torch.float64: torch.complex128}


def _assert_stacked_square(a: torch.Tensor) -> int:
    """The matrix order of ``a``, a stack of square matrices, or ``LinAlgError``."""
    if a.dim() < 2:
        raise LinAlgError(
            f"{a.dim()}-dimensional array given. Array must be at least two-dimensional"
        )
    m, n = a.shape[-2:]
    if m != n:
        raise LinAlgError("Last 2 dimensions of the array must be square")
    return int(m)


def _common_types(*arrays: torch.Tensor) -> tuple[torch.dtype, torch.dtype]:
    """(computation dtype, result dtype) for the operands, as NumPy's ``_commonType``."""
    single = True
    is_complex = False
    for t in arrays:
        dt = t.dtype
        if dt.is_complex:
            is_complex = True
        if dt in _SINGLE:
            continue
        if dt in _DOUBLE:
            single = False
        elif dt.is_floating_point or dt.is_complex:
            name = str(dt).removeprefix("torch.")
            raise TypeError(f"array type {name} is unsupported in linalg")
        else:
            single = False
    default = _default_float()
    if single:
        result = torch.float32
    elif any(t.dtype in _DOUBLE for t in arrays):
        result = torch.float64
    else:
        result = default
    compute = torch.float64 if torch.float64 in (result, default) else torch.float32
    if is_complex:
        return _COMPLEX_OF[compute], _COMPLEX_OF[result]
    return compute, result


def _raise_if_singular(info: torch.Tensor) -> None:
    if info.numel() and bool(info.any()):
        raise LinAlgError("Singular matrix")


def inv(a: torch.Tensor) -> torch.Tensor:
    """``numpy.linalg.inv``: the inverse of each matrix in the stack."""
    _assert_stacked_square(a)
    compute, result = _common_types(a)
    ainv: torch.Tensor
    info: torch.Tensor
    ainv, info = torch.linalg.inv_ex(a.to(compute))
    _raise_if_singular(info)
    return ainv.to(result)


def det(a: torch.Tensor) -> torch.Tensor:
    """``numpy.linalg.det``: the determinant of each matrix in the stack (0 when singular)."""
    _assert_stacked_square(a)
    compute, result = _common_types(a)
    d: torch.Tensor = torch.linalg.det(a.to(compute))
    return d.to(result)


def _shape_str(shape: tuple[int, ...]) -> str:
    return "(" + ",".join(str(d) for d in shape) + ")"


def _broadcast_batch(s: tuple[int, ...], t: tuple[int, ...]) -> tuple[int, ...] | None:
    """The broadcast of two stack shapes, or None when they do not broadcast."""
    width = max(len(s), len(t))
    s = (1,) * (width - len(s)) + s
    t = (1,) * (width - len(t)) + t
    out = []
    for x, y in zip(s, t, strict=True):
        if x != y and x != 1 and y != 1:
            return None
        out.append(y if x == 1 else x)
    return tuple(out)


def solve(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """``numpy.linalg.solve`` with NumPy 2's reading of ``b``.

    ``b`` is a vector (or a vector for every matrix of ``a``) only when it is 1-D; any other
    ``b`` is a stack of matrices whose columns are the right-hand sides, and the stack
    dimensions of ``a`` and ``b`` broadcast.
    """
    m = _assert_stacked_square(a)
    compute, result = _common_types(a, b)
    if b.dim() == 1:
        if b.shape[0] != m:
            raise ValueError(
                "solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
                f"signature (m,m),(m)->(m) (size {b.shape[0]} is different from {m})"
            )
        a_stack, b_stack = a, b
    else:
        if b.dim() < 2:
            raise ValueError(
                f"solve: Input operand 1 does not have enough dimensions (has {b.dim()}, gufunc "
                "core with signature (m,m),(m,n)->(m,n) requires 2)"
            )
        if b.shape[-2] != m:
            raise ValueError(
                "solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
                f"signature (m,m),(m,n)->(m,n) (size {b.shape[-2]} is different from {m})"
            )
        batch = _broadcast_batch(tuple(a.shape[:-2]), tuple(b.shape[:-2]))
        if batch is None:
            raise ValueError(
                "operands could not be broadcast together with shapes "
                f"{_shape_str(tuple(a.shape))} {_shape_str(tuple(b.shape))} "
                "and core dimensions (m,m),(m,n)"
            )
        # Same number of dimensions on both sides: torch then never reads b as vectors.
        a_stack = a.expand(*batch, m, m)
        b_stack = b.expand(*batch, m, b.shape[-1])
    x: torch.Tensor
    info: torch.Tensor
    x, info = torch.linalg.solve_ex(a_stack.to(compute), b_stack.to(compute))
    _raise_if_singular(info)
    return x.to(result)
