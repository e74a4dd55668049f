"""Tensor implementations of ``numpy.fft``: tensors in, tensors out, NumPy 2's rules.

Only torch and the standard library are imported here.

NumPy builds every transform from one-dimensional passes (``fft``, ``ifft``, ``rfft``,
``irfft``), each of which checks the number of points, then ``norm``, then the axis, then
``out=``. The n-dimensional functions run their passes in a fixed order (``fftn`` from the
last axis to the first, ``irfftn`` the complex passes first and the real one last). tnp runs
the same checks in the same order; when no ``out=`` is given and the axes are distinct it
then hands the whole transform to one ``torch.fft`` call, which gives the same values, and
otherwise it runs the passes one by one, exactly as NumPy does (repeated axes, ``out=``
written by every pass, half-precision input).

Result dtypes are NumPy 2's: a complex result has the dtype of ``result_type(a, 1j)`` and a
real one (``irfft``, ``hfft``) that of ``result_type(a.real, 1.0)``. Half precision input is
transformed in single precision, but the scale factor is rounded to half precision first and
a real result is rounded back to half precision, as NumPy does. Integer and bool input gives
the default complex (or float) dtype, which ``bind_defaults`` lets the wrapper module take
from tnp-core.
"""

from __future__ import annotations

import operator
import warnings
from collections.abc import Callable, Sequence
from typing import Any

import torch

__all__ = [
    "bind_defaults",
    "fft",
    "fftfreq",
    "fftn",
    "fftshift",
    "hfft",
    "ifft",
    "ifftn",
    "ifftshift",
    "ihfft",
    "irfft",
    "irfftn",
    "rfft",
    "rfftfreq",
    "rfftn",
]


def _complex128() -> torch.dtype:
    return torch.complex128


def _float64() -> torch.dtype:
    return torch.float64


def _index_error(axis: int, ndim: int) -> Exception:
    return IndexError(f"axis {axis} is out of bounds for array of dimension {ndim}")


_default_complex: Callable[[], torch.dtype] = _complex128
_default_float: Callable[[], torch.dtype] = _float64
_axis_error: Callable[[int, int], Exception] = _index_error


def bind_defaults(
    default_complex: Callable[[], torch.dtype],
    default_float: Callable[[], torch.dtype] | None = None,
    axis_error: Callable[[int, int], Exception] | None = None,
) -> None:
    """Take the result dtypes of integer and bool input (``default_complex()``,
    ``default_float()``) and the exception for an axis out of bounds (``axis_error(axis,
    ndim)``, an ``IndexError``) from the wrapper module, which sees tnp-core."""
    global _default_complex, _default_float, _axis_error
    _default_complex = default_complex
    if default_float is not None:
        _default_float = default_float
    if axis_error is not None:
        _axis_error = axis_error


_NORMS = ("backward", "ortho", "forward")
_HALF = (torch.float16, torch.bfloat16)
_REAL_OF = {torch.complex64: torch.float32, torch.complex128: torch.float64}
_COMPLEX_OF = {torch.float32: torch.complex64, torch.float64: torch.complex128}

# The four one-dimensional passes and the two Hermitian ones built on them.
_FORWARD = frozenset({"fft", "rfft", "hfft"})
_TORCH: dict[str, Callable[..., torch.Tensor]] = {
    "fft": torch.fft.fft,
    "ifft": torch.fft.ifft,
    "rfft": torch.fft.rfft,
    "irfft": torch.fft.irfft,
    "hfft": torch.fft.hfft,
    "ihfft": torch.fft.ihfft,
}
_NDIM_TORCH: dict[str, Callable[..., torch.Tensor]] = {
    "fft": torch.fft.fftn,
    "ifft": torch.fft.ifftn,
    "rfft": torch.fft.rfftn,
    "irfft": torch.fft.irfftn,
}
_REAL_OUTPUT = frozenset({"irfft", "hfft"})
_REAL_INPUT = frozenset({"rfft", "ihfft"})


# ----------------------------------------------------------------------------- dtypes
def _complex_result(dt: torch.dtype) -> torch.dtype:
    """NumPy's ``result_type(dt, 1j)``."""
    if dt is torch.float64 or dt is torch.complex128:
        return torch.complex128
    if dt.is_floating_point or dt.is_complex:
        return torch.complex64
    return _default_complex()


def _real_result(dt: torch.dtype) -> torch.dtype:
    """NumPy's ``result_type(dt.real, 1.0)``: half precision stays half precision."""
    if dt.is_complex:
        return _REAL_OF[_complex_result(dt)]
    if dt.is_floating_point:
        return dt
    return _default_float()


def _name(dt: torch.dtype) -> str:
    return str(dt).removeprefix("torch.")


def _ufunc_name(kind: str, n: int) -> str:
    """The name of the NumPy ufunc behind a pass, as NumPy's messages spell it."""
    if kind in _REAL_INPUT:
        return "rfft_n_even" if n % 2 == 0 else "rfft_n_odd"
    if kind in _REAL_OUTPUT:
        return "irfft"
    return kind


# ----------------------------------------------------------------------------- checks
def _points(n: object) -> int:
    if n is True or n is False:
        raise TypeError("an integer is required")
    return operator.index(n)  # type: ignore[arg-type]


def _check_points(n: int) -> None:
    if n < 1:
        raise ValueError(f"Invalid number of FFT data points ({n}) specified.")


def _check_norm(norm: Any, spaced: bool) -> str:
    if norm is None:
        return "backward"
    if isinstance(norm, str) and norm in _NORMS:
        return norm
    sep = " " if spaced else ""
    raise ValueError(f'Invalid norm value {norm}; should be "backward",{sep}"ortho" or "forward".')


def _axis(axis: int | None) -> int:
    if axis is None:
        raise TypeError("tuple indices must be integers or slices, not NoneType")
    return axis


def _check_real_input(a: torch.Tensor, kind: str, n: int) -> None:
    if a.dtype.is_complex:
        raise TypeError(
            f"ufunc '{_ufunc_name(kind, n)}' not supported for the input types, and the "
            "inputs could not be safely coerced to any supported types according to the "
            "casting rule ''safe''"
        )


def _check_out_shape(out: torch.Tensor, ndim: int, dim: int, n_out: int) -> None:
    if out.dim() != ndim or out.shape[dim] != n_out:
        raise ValueError("output array has wrong shape.")


def _same_kind(src: torch.dtype, dst: torch.dtype) -> bool:
    """``can_cast(src, dst, "same_kind")`` into an inexact ``dst`` or from one."""
    if not (src.is_floating_point or src.is_complex):
        return dst.is_floating_point or dst.is_complex or dst is src
    if src.is_complex:
        return dst.is_complex
    return dst.is_floating_point or dst.is_complex


def _deliver(result: torch.Tensor, out: torch.Tensor, ufunc: str) -> torch.Tensor:
    """Write a pass's result into ``out`` under NumPy's ufunc rules (same_kind casting,
    the result broadcast to ``out``); return ``out``."""
    if not _same_kind(result.dtype, out.dtype):
        raise TypeError(
            f"Cannot cast ufunc '{ufunc}' output from dtype('{_name(result.dtype)}') to "
            f"dtype('{_name(out.dtype)}') with casting rule 'same_kind'"
        )
    if result.shape != out.shape and _broadcast(result.shape, out.shape) != tuple(out.shape):
        raise ValueError(
            f"operands could not be broadcast together: the transform has shape "
            f"{tuple(result.shape)} and the output array {tuple(out.shape)}"
        )
    if result.device != out.device:
        raise ValueError(f"out= array is on {out.device} but the result is on {result.device}")
    out.copy_(result)
    return out


def _broadcast(x: Sequence[int], y: Sequence[int]) -> tuple[int, ...] | None:
    """The broadcast shape of two shapes, or None where they do not broadcast."""
    shape = []
    for i in range(1, max(len(x), len(y)) + 1):
        p = x[-i] if i <= len(x) else 1
        q = y[-i] if i <= len(y) else 1
        if p != q and p != 1 and q != 1:
            return None
        shape.append(q if p == 1 else p)
    return tuple(reversed(shape))


def _half_scale(kind: str, n: int, norm: str, dt: torch.dtype) -> float:
    """The factor NumPy scales a half precision input's transform by, rounded to ``dt``."""
    if norm == "ortho":
        return float(torch.reciprocal(torch.sqrt(torch.tensor(n, dtype=dt))))
    if (norm == "forward") == (kind in _FORWARD):
        return float(torch.reciprocal(torch.tensor(n, dtype=dt)))
    return 1.0


# ----------------------------------------------------------------------------- one pass
def _pass(
    a: torch.Tensor,
    kind: str,
    n: int,
    dim: int,
    norm: str,
    out: torch.Tensor | None,
) -> torch.Tensor:
    """One NumPy pass along ``dim``, ``n`` and ``norm`` already checked."""
    if kind in _REAL_INPUT:
        _check_real_input(a, kind, n)
    n_out = n // 2 + 1 if kind in _REAL_INPUT else n
    if out is not None:
        _check_out_shape(out, a.dim(), dim, n_out)
    half = a.dtype in _HALF
    if kind in _REAL_OUTPUT:
        result_dtype = _real_result(a.dtype)
        loop = _COMPLEX_OF[torch.float32] if half else _COMPLEX_OF[result_dtype]
        work = a if a.dtype is loop else a.to(loop)
        produced = _REAL_OF[loop]
    else:
        result_dtype = loop = _complex_result(a.dtype)
        work = a if a.dtype is loop else a.to(loop if a.dtype.is_complex else _REAL_OF[loop])
        produced = loop
    if work.numel() == 0:
        # an empty stack of transforms, or zeros padded out: all zeros (and torch's CPU
        # backends refuse to plan empty transforms)
        shape = list(a.shape)
        shape[dim] = n_out
        result = torch.zeros(shape, dtype=produced, device=a.device)
    elif half:
        unscaled = "backward" if kind in _FORWARD else "forward"
        result = _TORCH[kind](work, n=n, dim=dim, norm=unscaled)
        factor = _half_scale(kind, n, norm, a.dtype)
        if factor != 1.0:
            result = result * factor
    else:
        result = _TORCH[kind](work, n=n, dim=dim, norm=norm)
    if kind == "ihfft":
        result = result.resolve_conj()
    if out is not None:
        return _deliver(result, out, _ufunc_name(kind, n))
    return result if result.dtype is result_dtype else result.to(result_dtype)


def _one_dim(
    kind: str,
    a: torch.Tensor,
    n: int | None,
    axis: int | None,
    norm: Any,
    out: torch.Tensor | None,
) -> torch.Tensor:
    """A public one-dimensional transform, with NumPy's checks in NumPy's order."""
    hermitian = kind in ("hfft", "ihfft")
    if hermitian:
        # NumPy swaps the direction of ``norm`` before anything else
        norm = _check_norm(norm, spaced=True)
    dim = _axis(axis)
    if n is None:
        m = a.shape[dim]
        points = 2 * (m - 1) if kind in _REAL_OUTPUT else m
    else:
        points = _points(n)
    _check_points(points)
    norm = _check_norm(norm, spaced=kind not in ("fft", "rfft"))
    return _pass(a, kind, points, dim, norm, out)


def fft(
    a: torch.Tensor, n: int | None, axis: int | None, norm: Any, out: torch.Tensor | None
) -> torch.Tensor:
    """``numpy.fft.fft``: the one-dimensional discrete Fourier transform along ``axis``."""
    return _one_dim("fft", a, n, axis, norm, out)


def ifft(
    a: torch.Tensor, n: int | None, axis: int | None, norm: Any, out: torch.Tensor | None
) -> torch.Tensor:
    """``numpy.fft.ifft``: the inverse of ``fft`` along ``axis``."""
    return _one_dim("ifft", a, n, axis, norm, out)


def rfft(
    a: torch.Tensor, n: int | None, axis: int | None, norm: Any, out: torch.Tensor | None
) -> torch.Tensor:
    """``numpy.fft.rfft``: the transform of real input, ``n // 2 + 1`` points."""
    return _one_dim("rfft", a, n, axis, norm, out)


def irfft(
    a: torch.Tensor, n: int | None, axis: int | None, norm: Any, out: torch.Tensor | None
) -> torch.Tensor:
    """``numpy.fft.irfft``: the inverse of ``rfft``, ``n = 2 * (m - 1)`` by default."""
    return _one_dim("irfft", a, n, axis, norm, out)


def hfft(
    a: torch.Tensor, n: int | None, axis: int | None, norm: Any, out: torch.Tensor | None
) -> torch.Tensor:
    """``numpy.fft.hfft``: the real transform of a Hermitian-symmetric signal."""
    return _one_dim("hfft", a, n, axis, norm, out)


def ihfft(
    a: torch.Tensor, n: int | None, axis: int | None, norm: Any, out: torch.Tensor | None
) -> torch.Tensor:
    """``numpy.fft.ihfft``: the inverse of ``hfft``, from real input."""
    return _one_dim("ihfft", a, n, axis, norm, out)


# ----------------------------------------------------------------------------- n dimensions
_AXES_NONE_MESSAGE = (
    "`axes` should not be `None` if `s` is not `None` (Deprecated in NumPy 2.0). In a "
    "future version of NumPy, this will raise an error and `s[i]` will correspond to the "
    "size along the transformed axis specified by `axes[i]`. To retain current behaviour, "
    "pass a sequence [0, ..., k-1] to `axes` for an array of dimension k."
)
_NONE_IN_S_MESSAGE = (
    "Passing an array containing `None` values to `s` is deprecated in NumPy 2.0 and will "
    "raise an error in a future version of NumPy. To use the default behaviour of the "
    "corresponding 1-D transform, pass the value matching the default for its `n` "
    "parameter. To use the default behaviour for every axis, the `s` argument can be "
    "omitted."
)
# _cook_nd_args <- _nd <- public impl <- the normalizer's function <- the caller
_STACKLEVEL = 5


def _axis_index(axis: object, ndim: int) -> int:
    ax = operator.index(axis)  # type: ignore[arg-type]
    if not -ndim <= ax < ndim:
        raise _axis_error(ax, ndim)
    return ax + ndim if ax < 0 else ax


def _cook_nd_args(
    a: torch.Tensor, s: Any, axes: Any, invreal: bool
) -> tuple[list[int | None], list[int]]:
    """``s`` and ``axes`` by NumPy 2's rules: ``s`` defaults to the axes' lengths (the last
    one ``2 * (m - 1)`` for the inverse real transforms), ``axes`` to the last ``len(s)``
    axes (deprecated with ``s`` given), ``-1`` in ``s`` is the axis' length and ``None``
    (deprecated) the default of the one-dimensional transform."""
    ndim = a.dim()
    shapeless = s is None
    if axes is not None:
        axes_list = [_axis_index(ax, ndim) for ax in axes]
    if shapeless:
        sizes: list[Any] = list(a.shape) if axes is None else [a.shape[ax] for ax in axes_list]
    else:
        sizes = list(s)
    if axes is None:
        if not shapeless:
            warnings.warn(_AXES_NONE_MESSAGE, DeprecationWarning, stacklevel=_STACKLEVEL)
        axes_list = [_axis_index(ax, ndim) for ax in range(-len(sizes), 0)]
    if len(sizes) != len(axes_list):
        raise ValueError("Shape and axes have different lengths.")
    if invreal and shapeless:
        if not axes_list:
            raise IndexError("list index out of range")
        sizes[-1] = (a.shape[axes_list[-1]] - 1) * 2
    if shapeless:
        return sizes, axes_list
    if any(v is None for v in sizes):
        warnings.warn(_NONE_IN_S_MESSAGE, DeprecationWarning, stacklevel=_STACKLEVEL)
    cooked: list[int | None] = []
    for v, ax in zip(sizes, axes_list, strict=True):
        if v is None:
            cooked.append(None)
        else:
            points = _points(v)
            cooked.append(a.shape[ax] if points == -1 else points)
    return cooked, axes_list


def _nd(
    kinds: tuple[str, str],
    a: torch.Tensor,
    s: Any,
    axes: Any,
    norm: Any,
    out: torch.Tensor | None,
) -> torch.Tensor:
    """An n-dimensional transform: ``kinds`` is (kind of the passes, kind of the real pass,
    or "" when there is none)."""
    kind, real_kind = kinds
    inverse_real = real_kind == "irfft"
    sizes, dims = _cook_nd_args(a, s, axes, invreal=inverse_real)
    count = len(dims)
    if not count:
        if real_kind:
            raise IndexError("list index out of range")
        # nothing to transform: NumPy gives back the input
        return a if out is None else _deliver_as_is(a, out)
    # NumPy's passes: irfftn's from the first axis to the last, the others' from the last
    # (the real one) to the first
    order = range(count) if inverse_real else range(count - 1, -1, -1)
    last = count - 1
    if out is not None or a.dtype in _HALF or len(set(dims)) != count:
        passes = [(real_kind or kind if i == last else kind, dims[i], sizes[i]) for i in order]
        spaced = passes[0][0] not in _FORWARD
        return _run_passes(a, passes, norm, spaced, out, last if inverse_real else 0)
    # One torch call: the checks first, in the order NumPy's passes make them.
    resolved: list[int] = [0] * count
    first = True
    for i in order:
        n = sizes[i]
        if n is None:
            m = a.shape[dims[i]]
            n = 2 * (m - 1) if inverse_real and i == last else m
        _check_points(n)
        if first:
            norm = _check_norm(norm, spaced=inverse_real or kind == "ifft")
            first = False
        resolved[i] = n
    ndkind = real_kind or kind
    dt = a.dtype
    if inverse_real:
        result_dtype = _real_result(dt)
        loop = _COMPLEX_OF[result_dtype]
    else:
        if real_kind:
            _check_real_input(a, "rfft", resolved[last])
        result_dtype = _complex_result(dt)
        loop = result_dtype if dt.is_complex else _REAL_OF[result_dtype]
    work = a if dt is loop else a.to(loop)
    if work.numel() == 0:
        shape = list(a.shape)
        for dim, n in zip(dims, resolved, strict=True):
            shape[dim] = n
        if real_kind == "rfft":
            shape[dims[last]] = resolved[last] // 2 + 1
        return torch.zeros(shape, dtype=result_dtype, device=a.device)
    # without s, torch takes the same default sizes, and plans faster
    return _NDIM_TORCH[ndkind](work, s=None if s is None else resolved, dim=dims, norm=norm)


def _run_passes(
    a: torch.Tensor,
    passes: list[tuple[str, int, int | None]],
    norm: Any,
    spaced: bool,
    out: torch.Tensor | None,
    out_from: int,
) -> torch.Tensor:
    """The passes one after the other, as NumPy makes them."""
    for i, (kind, dim, n) in enumerate(passes):
        if n is None:
            m = a.shape[dim]
            n = 2 * (m - 1) if kind == "irfft" else m
        _check_points(n)
        if i == 0:
            norm = _check_norm(norm, spaced)
        a = _pass(a, kind, n, dim, norm, out if i >= out_from else None)
    return a


def _deliver_as_is(a: torch.Tensor, out: torch.Tensor) -> torch.Tensor:
    # NumPy returns the input and leaves out= alone; tnp copies the input into out=
    return _deliver(a, out, "fftn")


def fftn(a: torch.Tensor, s: Any, axes: Any, norm: Any, out: torch.Tensor | None) -> torch.Tensor:
    """``numpy.fft.fftn`` (and ``fft2``): the transform over ``axes``."""
    return _nd(("fft", ""), a, s, axes, norm, out)


def ifftn(a: torch.Tensor, s: Any, axes: Any, norm: Any, out: torch.Tensor | None) -> torch.Tensor:
    """``numpy.fft.ifftn`` (and ``ifft2``): the inverse transform over ``axes``."""
    return _nd(("ifft", ""), a, s, axes, norm, out)


def rfftn(a: torch.Tensor, s: Any, axes: Any, norm: Any, out: torch.Tensor | None) -> torch.Tensor:
    """``numpy.fft.rfftn`` (and ``rfft2``): real input, the last axis halved."""
    return _nd(("fft", "rfft"), a, s, axes, norm, out)


def irfftn(a: torch.Tensor, s: Any, axes: Any, norm: Any, out: torch.Tensor | None) -> torch.Tensor:
    """``numpy.fft.irfftn`` (and ``irfft2``): the inverse of ``rfftn``."""
    return _nd(("ifft", "irfft"), a, s, axes, norm, out)


# ----------------------------------------------------------------------------- helpers
def _shift(x: torch.Tensor, axes: Any, sign: int) -> torch.Tensor:
    if axes is None:
        dims = list(range(x.dim()))
    elif isinstance(axes, (list, tuple)):
        dims = [operator.index(ax) for ax in axes]
    else:
        try:
            dims = [operator.index(axes)]  # an int, or an integer 0-D array
        except TypeError:
            dims = [operator.index(ax) for ax in axes]
    if not dims:
        if x.dim() == 0:
            raise ValueError("a 0-d array has no axis to shift")
        return x.clone()
    shape = x.shape
    try:
        shifts = [sign * (shape[d] // 2) for d in dims]
    except IndexError:
        raise IndexError("tuple index out of range") from None
    return torch.roll(x, shifts, dims)


def fftshift(x: torch.Tensor, axes: Any) -> torch.Tensor:
    """``numpy.fft.fftshift``: roll each axis by half its length (zero frequency centred)."""
    return _shift(x, axes, 1)


def ifftshift(x: torch.Tensor, axes: Any) -> torch.Tensor:
    """``numpy.fft.ifftshift``: the inverse of ``fftshift``."""
    return _shift(x, axes, -1)


def _frequencies(
    count: int,
    wrap_at: int | None,
    n: int,
    d: torch.Tensor | float | complex,
    device: torch.device | None,
) -> torch.Tensor:
    """``k / (n * d)`` for ``k`` in ``range(count)`` (from ``wrap_at`` on, ``k - n``)."""
    scale, dtype = _reciprocal(n, d)
    if count < 0:
        raise ValueError("negative dimensions are not allowed")
    if device is None and isinstance(scale, torch.Tensor):
        device = scale.device
    k = torch.arange(count, dtype=torch.int64, device=device)
    if wrap_at is not None:
        k = torch.where(k < wrap_at, k, k - n)
    if isinstance(scale, torch.Tensor):
        if _broadcast(k.shape, scale.shape) is None:
            raise ValueError(
                "operands could not be broadcast together with shapes "
                f"{tuple(k.shape)} {tuple(scale.shape)}"
            )
        if scale.dim() > 0 and scale.device != k.device:
            raise ValueError(f"d is on {scale.device} but the result is on {k.device}")
    return k.to(dtype) * scale


def _reciprocal(
    n: int, d: torch.Tensor | float | complex
) -> tuple[torch.Tensor | float | complex, torch.dtype]:
    """NumPy's ``1.0 / (n * d)`` and the dtype of the integers times it."""
    if not isinstance(d, torch.Tensor):
        # a Python number: Python's arithmetic (a zero raises ZeroDivisionError, as in NumPy)
        value = 1.0 / (n * d)
        return value, _default_complex() if isinstance(value, complex) else _default_float()
    if d.dtype is torch.bool:
        d = d.to(torch.int64)
    product = d * n
    if not (product.dtype.is_floating_point or product.dtype.is_complex):
        product = product.to(_default_float())
    # int64 times a float array is float64, times a complex one complex128 (NumPy's table)
    return torch.reciprocal(product), torch.complex128 if product.dtype.is_complex else (
        torch.float64
    )


def fftfreq(n: int, d: torch.Tensor | float | complex, device: torch.device | None) -> torch.Tensor:
    """``numpy.fft.fftfreq``: the sample frequencies ``[0, 1, ..., -1] / (d * n)``."""
    return _frequencies(n, (n - 1) // 2 + 1, n, d, device)


def rfftfreq(
    n: int, d: torch.Tensor | float | complex, device: torch.device | None
) -> torch.Tensor:
    """``numpy.fft.rfftfreq``: the ``n // 2 + 1`` non-negative frequencies of ``fftfreq``."""
    return _frequencies(max(n // 2 + 1, 0), None, n, d, device)
