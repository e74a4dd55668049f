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

import math
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

import torch

__all__ = [
    "LinAlgError",
    "assert_2d",
    "assert_stacked_2d",
    "assert_stacked_square",
    "bind_defaults",
    "broadcast_batch",
    "common_types",
    "default_float",
    "det",
    "inv",
    "matrix_power",
    "raise_if_singular",
    "real_of",
    "slogdet",
    "solve",
    "tensorinv",
    "tensorsolve",
    "translate_errors",
]


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


def default_float() -> torch.dtype:
    """The precision that operands other than single precision ones compute in."""
    return _default_float()


_SINGLE = (torch.float32, torch.complex64)
_DOUBLE = (torch.float64, torch.complex128)
_COMPLEX_OF = {torch.float32: torch.complex64, torch.float64: torch.complex128}


def assert_stacked_square(a: torch.Tensor) -> int:
    """The matrix order of ``a``, a stack of square matrices, or ``LinAlgError``."""
    if a.dim() < 2:
        raise LinAlgError(
            f"{a.dim()}-dimensional array given. Array must be at least two-dimensional"
        )
    m, n = a.shape[-2:]
    if m != n:
        raise LinAlgError("Last 2 dimensions of the array must be square")
    return int(m)


def assert_stacked_2d(*arrays: torch.Tensor) -> None:
    """``LinAlgError`` unless every array has at least two dimensions."""
    for a in arrays:
        if a.dim() < 2:
            raise LinAlgError(
                f"{a.dim()}-dimensional array given. Array must be at least two-dimensional"
            )


def assert_2d(*arrays: torch.Tensor) -> None:
    """``LinAlgError`` unless every array is exactly two-dimensional."""
    for a in arrays:
        if a.dim() != 2:
            raise LinAlgError(f"{a.dim()}-dimensional array given. Array must be two-dimensional")


def real_of(dt: torch.dtype) -> torch.dtype:
    """The real dtype of the same precision (``dt`` itself when it is real)."""
    return dt.to_real() if dt.is_complex else dt


@contextmanager
def translate_errors(message: str) -> Iterator[None]:
    """Turn torch's numerical failures (``torch.linalg.LinAlgError``) into ours."""
    try:
        yield
    except torch.linalg.LinAlgError:  # type: ignore[attr-defined]  # not in its stubs
        raise LinAlgError(message) from None


def common_types(*arrays: torch.Tensor) -> tuple[torch.dtype, torch.dtype]:
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
    default = default_float()
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


def raise_if_singular(info: torch.Tensor) -> None:
    """``LinAlgError("Singular matrix")`` when LAPACK reported a singular matrix.

    Under ``torch.compile`` the check is skipped: it reads a value back from the device, which
    would break the graph; a singular matrix then gives LAPACK's inf/nan values.
    """
    if torch.compiler.is_compiling():
        return
    if info.numel() and bool(info.any()):
        raise LinAlgError("Singular matrix")


def inv(a: torch.Tensor) -> torch.Tensor:
    """``numpy.linalg.inv``: the inverse of each matrix in the stack."""
    assert_stacked_square(a)
    compute, result = common_types(a)
    ainv: torch.Tensor
    info: torch.Tensor
    ainv, info = torch.linalg.inv_ex(a.to(compute))
    raise_if_singular(info)
    return ainv.to(result)


def det(a: torch.Tensor) -> torch.Tensor:
    """``numpy.linalg.det``: the determinant of each matrix in the stack (0 when singular)."""
    assert_stacked_square(a)
    compute, result = common_types(a)
    d: torch.Tensor = torch.linalg.det(a.to(compute))
    return d.to(result)


def _shape_str(shape: tuple[int, ...]) -> str:
    return "(" + ",".join(str(d) for d in shape) + ")"


def broadcast_batch(s: tuple[int, ...], t: tuple[int, ...]) -> tuple[int, ...] | None:
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
    m = assert_stacked_square(a)
    compute, result = common_types(a, b)
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
        batch = broadcast_batch(tuple(a.shape[:-2]), tuple(b.shape[:-2]))
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
    raise_if_singular(info)
    return x.to(result)


def slogdet(a: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """``numpy.linalg.slogdet``: (sign, log|det|) of each matrix; sign 0 when singular."""
    assert_stacked_square(a)
    compute, result = common_types(a)
    sign, logabsdet = torch.linalg.slogdet(a.to(compute))
    return sign.to(result), logabsdet.to(real_of(result))


def _matmul_square(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """``x @ y`` for two stacks of square matrices of one dtype, NumPy's integer wrap-around."""
    dt = x.dtype
    if dt is torch.bool:
        return (x.to(torch.int64) @ y.to(torch.int64)) != 0
    if dt.is_floating_point or dt.is_complex or dt in (torch.int64, torch.uint8, torch.int8):
        return x @ y
    # unsigned words torch cannot multiply, and narrow ints: the ring of the wide type maps
    # onto theirs, so the wrapped result is NumPy's
    return (x.to(torch.int64) @ y.to(torch.int64)).to(dt)


def matrix_power(a: torch.Tensor, n: int) -> torch.Tensor:
    """``numpy.linalg.matrix_power``: ``a`` multiplied by itself ``n`` times.

    ``n == 0`` gives identity matrices of ``a``'s dtype, a negative ``n`` powers the inverse.
    """
    m = assert_stacked_square(a)
    if n == 0:
        eye = torch.eye(m, dtype=a.dtype, device=a.device)
        return eye.expand(a.shape).clone()
    if n < 0:
        a = inv(a)
        n = -n
    result: torch.Tensor | None = None
    z: torch.Tensor | None = None
    # square-and-multiply over the bits of n, low bit first
    while n > 0:
        z = a if z is None else _matmul_square(z, z)
        n, bit = divmod(n, 2)
        if bit:
            result = z if result is None else _matmul_square(result, z)
    assert result is not None
    # like NumPy, n == 1 hands back the operand itself (here: the same tensor)
    return result


def tensorinv(a: torch.Tensor, ind: int) -> torch.Tensor:
    """``numpy.linalg.tensorinv``: inverse of ``a`` as a matrix of its first ``ind`` axes."""
    if ind <= 0:
        raise ValueError("Invalid ind argument.")
    shape = tuple(a.shape)
    rows = math.prod(shape[ind:])
    if rows == 0 or a.numel() % rows:
        raise ValueError(f"cannot reshape array of size {a.numel()} into shape ({rows},newaxis)")
    ia = inv(a.reshape(rows, -1))
    return ia.reshape(*shape[ind:], *shape[:ind])


def tensorsolve(a: torch.Tensor, b: torch.Tensor, axes: Sequence[int] | None) -> torch.Tensor:
    """``numpy.linalg.tensorsolve``: ``x`` with ``tensordot(a, x, x.ndim) == b``."""
    an = a.dim()
    if axes is not None:
        order = list(range(an))
        for k in axes:
            order.remove(k)
            order.insert(an, k)
        a = a.permute(order)
    # NumPy's slice, including its reading of -(0) as "the whole shape"
    x_shape = tuple(a.shape[-(an - b.dim()) :])
    size = math.prod(x_shape)
    if a.numel() != size**2:
        # NumPy's message, with the run of spaces its source leaves in it
        raise LinAlgError(
            "Input arrays must satisfy the requirement"
            + " " * 13
            + "prod(a.shape[b.ndim:]) == prod(a.shape[:b.ndim])"
        )
    x = solve(a.reshape(size, size), b.reshape(-1))
    return x.reshape(x_shape)
