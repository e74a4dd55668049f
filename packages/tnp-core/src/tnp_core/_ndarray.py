"""The ``ndarray`` class: a thin wrapper around one ``torch.Tensor``.

Attributes and operators mirror ``numpy.ndarray``. Operators go through the ufuncs, methods
through the free functions, so both follow the same NumPy rules. Scalars are 0-D arrays.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, SupportsIndex

import torch

from . import _dtypes_impl as _di
from ._dtypes import _DTYPE_OF_TORCH, dtype

if TYPE_CHECKING:
    from ._normalizer import ArrayLike, AxisLike, DTypeLike, OutArray


class ndarray:
    """An n-dimensional array, as ``numpy.ndarray``, stored in a ``torch.Tensor``.

    Differences from NumPy: the data may live on any torch device; indexing with a
    negative step returns a copy (torch tensors cannot have negative strides); scalars are
    0-D arrays.
    """

    __slots__ = ("__weakref__", "_base", "_t")

    _t: torch.Tensor
    _base: ndarray | None

    # NumPy defers to the reflected operator of objects with a higher priority
    __array_priority__ = 100.0

    def __init__(
        self,
        shape: int | Sequence[int],
        dtype: DTypeLike = float,
        *,
        device: str | torch.device | None = None,
    ) -> None:
        from ._creation import empty

        made = empty(shape, dtype=dtype, device=device)
        self._t = made._t
        self._base = None

    # ------------------------------------------------------------------ construction
    @classmethod
    def _from_tensor(cls, t: torch.Tensor, base: ndarray | None = None) -> ndarray:
        arr = object.__new__(cls)
        arr._t = t
        arr._base = base
        return arr

    # ------------------------------------------------------------------ attributes
    @property
    def tensor(self) -> torch.Tensor:
        """The underlying ``torch.Tensor`` (shared, not copied)."""
        return self._t

    @property
    def shape(self) -> tuple[int, ...]:
        """Tuple of array dimensions."""
        return tuple(self._t.shape)

    @property
    def ndim(self) -> int:
        """Number of dimensions."""
        return self._t.dim()

    @property
    def size(self) -> int:
        """Number of elements."""
        return self._t.numel()

    @property
    def dtype(self) -> dtype:
        """The array's ``tnp.dtype``."""
        return _DTYPE_OF_TORCH[self._t.dtype]

    @property
    def itemsize(self) -> int:
        """Bytes per element."""
        return self._t.element_size()

    @property
    def nbytes(self) -> int:
        """Bytes taken by the elements."""
        return self._t.numel() * self._t.element_size()

    @property
    def strides(self) -> tuple[int, ...]:
        """Bytes to step in each dimension, as NumPy reports them."""
        size = self._t.element_size()
        return tuple(s * size for s in self._t.stride())

    @property
    def device(self) -> torch.device:
        """The torch device holding the data."""
        return self._t.device

    @property
    def base(self) -> ndarray | None:
        """The array whose memory this one views, or None if it owns its memory."""
        return self._base

    @property
    def T(self) -> ndarray:
        """The transposed array (a view): axes reversed."""
        return ndarray._from_tensor(
            self._t.permute(tuple(range(self._t.dim() - 1, -1, -1))), self._own
        )

    @property
    def real(self) -> ndarray:
        """The real part (a view for complex arrays, the array itself otherwise)."""
        if self._t.is_complex():
            return ndarray._from_tensor(self._t.real, self._own)
        return self

    @property
    def imag(self) -> ndarray:
        """The imaginary part (zeros for real arrays)."""
        if self._t.is_complex():
            return ndarray._from_tensor(self._t.imag, self._own)
        return ndarray._from_tensor(torch.zeros_like(self._t))

    @property
    def _own(self) -> ndarray:
        """The array that owns the memory: the base for views, else ``self``."""
        return self if self._base is None else self._base

    def to_device(self, device: str | torch.device, /, *, stream: Any = None) -> ndarray:
        """Copy to ``device`` (Array API); the array itself if it is already there."""
        if stream is not None:
            raise ValueError("the stream argument of to_device is not supported")
        try:
            target = torch.device(device)
        except RuntimeError:
            raise ValueError(f"unknown device {device!r}") from None
        if self._t.device == target:
            return self
        return ndarray._from_tensor(self._t.to(target))

    # ------------------------------------------------------------------ conversion
    def tolist(self) -> Any:
        """Nested Python lists of Python scalars (a Python scalar for a 0-D array)."""
        return _python_values(self._t)

    def item(self, *args: int) -> Any:
        """One element as a Python scalar: the only one, or the one at a flat or full index."""
        t = self._t
        if not args:
            if t.numel() != 1:
                raise ValueError("can only convert an array of size 1 to a Python scalar")
            return _python_values(t.reshape(()))
        if len(args) == 1:
            flat = t.reshape(-1)
            index = operator_index(args[0])
            if not -flat.shape[0] <= index < flat.shape[0]:
                raise IndexError(f"index {index} is out of bounds for size {flat.shape[0]}")
            return _python_values(flat[index])
        return ndarray._from_tensor(t)[args].item()

    def astype(
        self,
        dtype: DTypeLike,
        order: str = "K",
        casting: str = "unsafe",
        subok: builtins.bool = True,
        copy: builtins.bool = True,
        *,
        device: str | torch.device | None = None,
    ) -> ndarray:
        """Cast to ``dtype``, as ``numpy.ndarray.astype``; ``TypeError`` if ``casting`` forbids."""
        from ._dtypes import to_torch_dtype

        target = to_torch_dtype(dtype)
        if not _di.can_cast(self._t.dtype, target, casting):
            raise TypeError(
                f"Cannot cast array data from dtype('{self.dtype.name}') to "
                f"dtype('{_DTYPE_OF_TORCH[target].name}') according to the rule '{casting}'"
            )
        t = self._t
        if device is not None:
            t = t.to(torch.device(device))
        if t.dtype is target and not copy and t is self._t:
            return self
        out = t.to(target)
        if out is self._t:
            out = out.clone()
        return ndarray._from_tensor(out)

    def copy(self, order: str = "C") -> ndarray:
        """A copy that owns its memory."""
        return ndarray._from_tensor(self._t.clone(memory_format=torch.contiguous_format))

    def __array_namespace__(self, /, *, api_version: str | None = None) -> Any:
        import tnp_core

        return tnp_core

    def __float__(self) -> float:
        return float(self._scalar_value("float"))

    def __int__(self) -> int:
        return int(self._scalar_value("int"))

    def __complex__(self) -> complex:
        return complex(self._scalar_value("complex"))

    def __bool__(self) -> builtins.bool:
        if self._t.numel() != 1:
            raise ValueError(
                "The truth value of an array with more than one element is ambiguous. "
                "Use a.any() or a.all()"
            )
        return builtins.bool(self._t.reshape(()).item())

    def __index__(self) -> int:
        if self._t.dim() != 0 or _di.kind(self._t.dtype) not in "iu":
            raise TypeError("only integer scalar arrays can be converted to a scalar index")
        return int(_python_values(self._t))

    def _scalar_value(self, target: str) -> Any:
        if self._t.numel() != 1:
            raise TypeError(f"only length-1 arrays can be converted to Python {target}s")
        if self._t.dim() > 0:
            raise TypeError(f"only 0-dimensional arrays can be converted to Python {target}s")
        return _python_values(self._t)

    def __hash__(self) -> int:
        if self._t.dim() != 0:
            raise TypeError("unhashable type: 'tnp.ndarray'")
        return hash(_python_values(self._t))

    def __len__(self) -> int:
        if self._t.dim() == 0:
            raise TypeError("len() of unsized object")
        return self._t.shape[0]

    def __iter__(self) -> Iterator[ndarray]:
        if self._t.dim() == 0:
            raise TypeError("iteration over a 0-d array")
        return (self[i] for i in range(self._t.shape[0]))

    def __repr__(self) -> str:
        return _printing.array_repr(self._t, self.dtype.name)

    def __str__(self) -> str:
        return _printing.array_str(self._t, self.dtype.name)

    # ------------------------------------------------------------------ indexing
    def __getitem__(self, key: Any) -> ndarray:
        if type(key) is slice and (key.step is None or key.step > 0):
            t = self._t
            if t.dim():
                arr: ndarray = object.__new__(ndarray)
                arr._t = t[key]
                arr._base = self if self._base is None else self._base
                return arr
        return _indexing.getitem(self, key)

    def __setitem__(self, key: Any, value: ArrayLike) -> None:
        _indexing.setitem(self, key, value)

    # ------------------------------------------------------------------ shape
    def reshape(self, *shape: Any, order: str = "C", copy: builtins.bool | None = None) -> ndarray:
        """Same data with a new shape (a view when possible), as ``numpy.reshape``."""
        if len(shape) == 1 and not isinstance(shape[0], int):
            shape = tuple(shape[0])
        shape = tuple(operator_index(d) for d in shape)
        if order != "C":
            raise NotImplementedError("tnp supports only order='C' in reshape")
        try:
            t = self._t.view(shape) if copy is not True else None
        except RuntimeError as exc:
            if "view size is not compatible" not in str(exc):
                raise _reshape_error(self.size, shape) from None
            t = None
        if t is not None:
            return ndarray._from_tensor(t, self._own)
        if copy is False:
            raise ValueError("Unable to avoid creating a copy while reshaping.")
        try:
            return ndarray._from_tensor(self._t.reshape(shape).clone())
        except RuntimeError:
            raise _reshape_error(self.size, shape) from None

    # ------------------------------------------------------------------ reductions
    def sum(
        self,
        axis: AxisLike = None,
        dtype: DTypeLike = None,
        out: OutArray = None,
        keepdims: builtins.bool = False,
    ) -> ndarray:
        """Sum of elements, as ``numpy.sum``."""
        return _reductions.sum(self, axis, dtype, out, keepdims)

    def mean(
        self,
        axis: AxisLike = None,
        dtype: DTypeLike = None,
        out: OutArray = None,
        keepdims: builtins.bool = False,
    ) -> ndarray:
        """Arithmetic mean, as ``numpy.mean``."""
        return _reductions.mean(self, axis, dtype, out, keepdims)

    def max(
        self, axis: AxisLike = None, out: OutArray = None, keepdims: builtins.bool = False
    ) -> ndarray:
        """Maximum, as ``numpy.max``."""
        return _reductions.max(self, axis, out, keepdims)

    def min(
        self, axis: AxisLike = None, out: OutArray = None, keepdims: builtins.bool = False
    ) -> ndarray:
        """Minimum, as ``numpy.min``."""
        return _reductions.min(self, axis, out, keepdims)

    # ------------------------------------------------------------------ operators
    def __add__(self, other: ArrayLike) -> ndarray:
        return _add_op(self, other)

    def __radd__(self, other: ArrayLike) -> ndarray:
        return _add_rop(self, other)

    def __iadd__(self, other: ArrayLike) -> ndarray:
        return _ufuncs.add(self, other, out=self)

    def __sub__(self, other: ArrayLike) -> ndarray:
        return _subtract_op(self, other)

    def __rsub__(self, other: ArrayLike) -> ndarray:
        return _subtract_rop(self, other)

    def __isub__(self, other: ArrayLike) -> ndarray:
        return _ufuncs.subtract(self, other, out=self)

    def __mul__(self, other: ArrayLike) -> ndarray:
        return _multiply_op(self, other)

    def __rmul__(self, other: ArrayLike) -> ndarray:
        return _multiply_rop(self, other)

    def __imul__(self, other: ArrayLike) -> ndarray:
        return _ufuncs.multiply(self, other, out=self)

    def __truediv__(self, other: ArrayLike) -> ndarray:
        return _divide_op(self, other)

    def __rtruediv__(self, other: ArrayLike) -> ndarray:
        return _divide_rop(self, other)

    def __itruediv__(self, other: ArrayLike) -> ndarray:
        return _ufuncs.divide(self, other, out=self)

    def __floordiv__(self, other: ArrayLike) -> ndarray:
        return _floor_divide_op(self, other)

    def __rfloordiv__(self, other: ArrayLike) -> ndarray:
        return _floor_divide_rop(self, other)

    def __ifloordiv__(self, other: ArrayLike) -> ndarray:
        return _ufuncs.floor_divide(self, other, out=self)

    def __mod__(self, other: ArrayLike) -> ndarray:
        return _remainder_op(self, other)

    def __rmod__(self, other: ArrayLike) -> ndarray:
        return _remainder_rop(self, other)

    def __imod__(self, other: ArrayLike) -> ndarray:
        return _ufuncs.remainder(self, other, out=self)

    def __pow__(self, other: ArrayLike) -> ndarray:
        if type(other) is int and other == 2 and self._t.dtype is torch.bool:
            # NumPy's ``** 2`` shortcut squares, and bools square in int8
            return _ufuncs.multiply(self.astype("int8"), self.astype("int8"))
        return _power_op(self, other)

    def __rpow__(self, other: ArrayLike) -> ndarray:
        return _power_rop(self, other)

    def __ipow__(self, other: ArrayLike) -> ndarray:
        return _ufuncs.power(self, other, out=self)

    def __neg__(self) -> ndarray:
        return _ufuncs.negative(self)

    def __pos__(self) -> ndarray:
        return _ufuncs.positive(self)

    def __abs__(self) -> ndarray:
        return _ufuncs.absolute(self)

    def __eq__(self, other: object) -> ndarray:  # type: ignore[override]
        if other is None:
            return ndarray._from_tensor(torch.zeros(self._t.shape, dtype=torch.bool))
        return _equal_op(self, other)  # type: ignore[arg-type]

    def __ne__(self, other: object) -> ndarray:  # type: ignore[override]
        if other is None:
            return ndarray._from_tensor(torch.ones(self._t.shape, dtype=torch.bool))
        return _not_equal_op(self, other)  # type: ignore[arg-type]

    def __lt__(self, other: ArrayLike) -> ndarray:
        return _less_op(self, other)

    def __le__(self, other: ArrayLike) -> ndarray:
        return _less_equal_op(self, other)

    def __gt__(self, other: ArrayLike) -> ndarray:
        return _greater_op(self, other)

    def __ge__(self, other: ArrayLike) -> ndarray:
        return _greater_equal_op(self, other)


def wrap_tensor(t: torch.Tensor) -> ndarray:
    """A new ``ndarray`` owning ``t`` (the fast path of every result)."""
    arr: ndarray = object.__new__(ndarray)
    arr._t = t
    arr._base = None
    return arr


def operator_index(value: SupportsIndex) -> int:
    """``operator.index`` with NumPy's message."""
    import operator

    try:
        return operator.index(value)
    except TypeError:
        raise TypeError(
            f"'{type(value).__name__}' object cannot be interpreted as an integer"
        ) from None


def _reshape_error(size: int, shape: tuple[Any, ...]) -> ValueError:
    return ValueError(f"cannot reshape array of size {size} into shape {tuple(shape)}")


def _python_values(t: torch.Tensor) -> Any:
    """Python scalars (nested in lists) for a tensor, including the unsigned wide types."""
    if t.dtype is _di.UINT64:
        values = t.view(_di.INT64).tolist()
        return _unsigned_from_int64(values)
    return t.tolist()


def _unsigned_from_int64(values: Any) -> Any:
    if isinstance(values, list):
        return [_unsigned_from_int64(v) for v in values]
    return values + 2**64 if values < 0 else values


# the modules below build on ndarray; they are imported last to close the cycle
from . import _indexing, _printing, _reductions, _ufuncs  # noqa: E402

# the operators' ufunc entry points, bound once
_add_op = _ufuncs.add.operator
_add_rop = _ufuncs.add.reflected
_divide_op = _ufuncs.divide.operator
_divide_rop = _ufuncs.divide.reflected
_equal_op = _ufuncs.equal.operator
_floor_divide_op = _ufuncs.floor_divide.operator
_floor_divide_rop = _ufuncs.floor_divide.reflected
_greater_op = _ufuncs.greater.operator
_greater_equal_op = _ufuncs.greater_equal.operator
_less_op = _ufuncs.less.operator
_less_equal_op = _ufuncs.less_equal.operator
_multiply_op = _ufuncs.multiply.operator
_multiply_rop = _ufuncs.multiply.reflected
_not_equal_op = _ufuncs.not_equal.operator
_power_op = _ufuncs.power.operator
_power_rop = _ufuncs.power.reflected
_remainder_op = _ufuncs.remainder.operator
_remainder_rop = _ufuncs.remainder.reflected
_subtract_op = _ufuncs.subtract.operator
_subtract_rop = _ufuncs.subtract.reflected
