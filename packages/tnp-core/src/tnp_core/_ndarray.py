"""The ``ndarray`` class: a thin wrapper around one ``torch.Tensor``.

Attributes and operators mirror ``numpy.ndarray``. Operators go through the ufuncs, methods
through the free functions, so both follow the same NumPy rules. Scalars are 0-D arrays.
"""

from __future__ import annotations

import builtins
import ctypes
import math
from collections.abc import Callable, Collection, Iterator, Sequence
from typing import TYPE_CHECKING, Any, SupportsIndex

import torch

from . import _dtypes_impl as _di
from . import _flags
from ._dtypes import _DTYPE_OF_TORCH, dtype
from ._flags import _READONLY
from ._scope import OutOfScopeError  # mutated in place, never rebound: safe to bind here

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

    @shape.setter
    def shape(self, value: SupportsIndex | Sequence[SupportsIndex]) -> None:
        """Reshape in place, as NumPy: only when the new shape is a view of the same memory."""
        dims = (value,) if not isinstance(value, Sequence) else tuple(value)
        shape = tuple(operator_index(d) for d in dims)
        try:
            self._t = self._t.view(shape)
        except RuntimeError as exc:
            if "view size is not compatible" not in str(exc):
                raise _reshape_error(self.size, shape) from None
            raise AttributeError(
                "Incompatible shape for in-place modification. Use `.reshape()` to make a "
                "copy with the desired shape."
            ) from None

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
        return self._view(self._t.permute(tuple(range(self._t.dim() - 1, -1, -1))))

    @property
    def mT(self) -> ndarray:
        """The last two axes swapped (a view); ``ValueError`` below two dimensions."""
        if self._t.dim() < 2:
            raise ValueError("matrix transpose with ndim < 2 is undefined")
        return self._view(self._t.transpose(-2, -1))

    @property
    def real(self) -> ndarray:
        """The real part (a view for complex arrays, the array itself otherwise); settable."""
        if self._t.is_complex():
            return self._view(self._t.real)
        return self

    @real.setter
    def real(self, value: ArrayLike) -> None:
        self.real[...] = value

    @property
    def imag(self) -> ndarray:
        """The imaginary part (zeros for real arrays); settable for complex arrays."""
        if self._t.is_complex():
            return self._view(self._t.imag)
        return ndarray._from_tensor(torch.zeros_like(self._t))

    @imag.setter
    def imag(self, value: ArrayLike) -> None:
        if not self._t.is_complex():
            raise TypeError("array does not have imaginary part to set")
        self.imag[...] = value

    @property
    def flat(self) -> flatiter:
        """A ``flatiter`` over the elements in C order: iterable, indexable, assignable."""
        return flatiter(self)

    @flat.setter
    def flat(self, value: ArrayLike) -> None:
        _flags.check_writeable(self, "array")
        flatiter(self)._assign(slice(None), value)

    @property
    def flags(self) -> _flags.flagsobj:
        """The memory-layout flags, as NumPy's ``flagsobj`` (a snapshot, ``writeable`` settable)."""
        return _flags.flagsobj(self)

    def setflags(
        self,
        write: builtins.bool | None = None,
        align: builtins.bool | None = None,
        uic: builtins.bool | None = None,
    ) -> None:
        """Set ``WRITEABLE`` (read-only arrays refuse every write), as ``numpy.ndarray.setflags``.

        tnp arrays are always aligned, so ``align=False`` leaves ``ALIGNED`` True; ``uic``
        (``WRITEBACKIFCOPY``) can only be False.
        """
        if uic:
            raise ValueError("cannot set WRITEBACKIFCOPY flag to True")
        if write is not None:
            _flags.set_writeable(self, builtins.bool(write))

    def _view(self, t: torch.Tensor) -> ndarray:
        """A view of this array's memory ``t``: its base is the owner, and as NumPy it starts
        read-only when this array is."""
        arr = object.__new__(ndarray)
        arr._t = t
        arr._base = self if self._base is None else self._base
        if _READONLY and _flags._marked(self):
            _flags.set_writeable(arr, False)
        return arr

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

    def __copy__(self) -> ndarray:
        return self.copy()

    def __deepcopy__(self, memo: dict[int, Any] | None = None) -> ndarray:
        return self.copy()

    def dumps(self) -> bytes:
        """The pickle of the array, as ``ndarray.dumps`` (``pickle.loads`` restores it)."""
        import pickle

        return pickle.dumps(self, protocol=2)

    def dump(self, file: Any) -> None:
        """Pickle the array into ``file`` (a path or a binary file), as ``ndarray.dump``."""
        import pickle

        if hasattr(file, "write"):
            pickle.dump(self, file, protocol=2)
            return
        with open(file, "wb") as handle:
            pickle.dump(self, handle, protocol=2)

    @property
    def ctypes(self) -> Any:
        """Out of scope: NumPy's ctypes interface has no tnp counterpart."""
        raise OutOfScopeError(
            "ndarray.ctypes is not available in tnp: use .tensor.data_ptr() for the address"
        )

    def getfield(self, dtype: Any, offset: int = 0) -> ndarray:
        """Out of scope: fields belong to structured dtypes, which tnp does not support."""
        raise NotImplementedError("ndarray.getfield: structured dtypes are out of tnp's scope")

    def setfield(self, val: Any, dtype: Any, offset: int = 0) -> None:
        """Out of scope: fields belong to structured dtypes, which tnp does not support."""
        raise NotImplementedError("ndarray.setfield: structured dtypes are out of tnp's scope")

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # the elements travel as raw bytes; the array comes back on the device it left
        return _rebuild, (self.tobytes(), self.dtype.name, self.shape, str(self._t.device))

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        """Replace the contents from a NumPy-style pickle state, as ``ndarray.__setstate__``.

        ``state`` is ``(version, shape, dtype, is_fortran, rawdata)`` or the same without
        ``version``; ``rawdata`` holds the elements' bytes in C order, or in Fortran order
        when ``is_fortran`` is true. The array keeps its device.
        """
        if len(state) not in (4, 5):
            raise ValueError("__setstate__ expects a tuple of 4 or 5 items")
        shape, dt, is_fortran, raw = state[-4:]
        if not isinstance(raw, (bytes, bytearray, memoryview)):
            raise TypeError("pickle not supported for this data: rawdata must be bytes")
        shape = tuple(int(n) for n in shape)
        tdt = dtype(dt).torch_dtype
        itemsize = torch.empty((), dtype=tdt).element_size()
        count = 1
        for n in shape:
            count *= n
        if len(raw) != count * itemsize:
            raise ValueError("buffer size does not match array size")
        flat = torch.frombuffer(bytearray(raw), dtype=torch.uint8) if raw else None
        if flat is None:
            t = torch.empty(shape, dtype=tdt)
        elif is_fortran:
            t = flat.view(tdt).reshape(shape[::-1]).permute(*range(len(shape) - 1, -1, -1))
        else:
            t = flat.view(tdt).reshape(shape)
        self._t = t.to(self._t.device)
        self._base = None

    @property
    def data(self) -> memoryview:
        """A memoryview of the elements' memory, as ``ndarray.data``.

        tnp gives it for C-contiguous arrays on the CPU only (``BufferError`` otherwise): it
        aliases the tensor's memory, shaped and typed as the array; float16 and complex
        arrays, whose item formats memoryview cannot cast to, are seen as flat bytes.
        """
        t = self._t
        if t.device.type != "cpu" or not t.is_contiguous() or t.is_conj() or t.is_neg():
            raise BufferError(
                "ndarray.data: tnp exposes the memory of C-contiguous CPU arrays only"
            )
        nbytes = t.numel() * t.element_size()
        buffer = (ctypes.c_char * nbytes).from_address(t.data_ptr())
        buffer.tensor = t  # type: ignore[attr-defined]  # keeps the memory alive
        view: memoryview[Any] = memoryview(buffer).cast("B")
        char: Any = self.dtype.char
        if char in "?bBhHiIlLqQfd" and t.dim() > 0 and nbytes:
            view = view.cast(char, tuple(t.shape))
        elif char in "?bBhHiIlLqQfd" and t.dim() == 0:
            view = view.cast(char)
        return view if _flags.is_writeable(self) else view.toreadonly()

    def tofile(self, fid: Any, sep: str = "", format: str = "%s") -> None:
        """Write the elements to a file, as ``ndarray.tofile``: raw C-order bytes when ``sep``
        is empty, else text items ``format % item`` joined by ``sep``.

        ``fid`` is a path or an open file (binary for raw bytes, text or binary for text).
        """
        if sep == "":
            payload: bytes | str = self.tobytes()
        else:
            # items as Python numbers, as NumPy's (a float32 0.1 prints as 0.10000000149011612)
            items = self._t.detach().reshape(-1).tolist()
            payload = sep.join(format % item for item in items)
        if hasattr(fid, "write"):
            try:
                fid.write(payload)
            except TypeError:
                fid.write(payload.encode() if isinstance(payload, str) else payload.decode())
            return
        mode = "wb" if isinstance(payload, bytes) else "w"
        with open(fid, mode) as handle:
            handle.write(payload)

    def tobytes(self, order: str = "C") -> bytes:
        """The elements' raw bytes in ``order`` ('C', 'F', or 'A'/'K': the array's own order)."""
        t = self._t
        if t.dtype is torch.bool:
            # a copy of bool data would turn bytes other than 0 and 1 (from view()) into 1
            t = t.view(torch.uint8)
        t = _in_order(t, _check_order(order))
        t = t.detach().resolve_conj().resolve_neg().to("cpu").contiguous()
        n = t.numel() * t.element_size()
        return ctypes.string_at(t.data_ptr(), n) if n else b""

    def view(self, dtype: Any = None, type: Any = None) -> ndarray:
        """The same memory seen as another dtype (bits reinterpreted), as ``numpy.ndarray.view``.

        A dtype of another item size changes the length of the last axis, which must be
        contiguous. ``type`` may only be ``tnp.ndarray``.
        """
        if isinstance(dtype, builtins.type) and issubclass(dtype, ndarray):
            dtype, type = None, dtype
        if type is not None and not (isinstance(type, builtins.type) and issubclass(type, ndarray)):
            raise TypeError("Cannot specify output type: tnp has only the tnp.ndarray type")
        t = self._t
        if dtype is None:
            return self._view(t.view(t.shape))
        from ._dtypes import to_torch_dtype

        return self._view(_view_as_dtype(t, to_torch_dtype(dtype)))

    def fill(self, value: Any) -> None:
        """Set every element to the scalar ``value`` (cast to the array's dtype)."""
        if isinstance(value, (list, tuple)) or (
            isinstance(value, (ndarray, torch.Tensor)) and value.ndim > 0
        ):
            raise ValueError("setting an array element with a sequence.")
        if isinstance(value, complex) and not self._t.is_complex():
            target = "float" if self._t.is_floating_point() else "int"
            raise TypeError(
                f"{target}() argument must be a string, a bytes-like object or a real number, "
                "not 'complex'"
            )
        self[...] = value

    def byteswap(self, inplace: builtins.bool = False) -> ndarray:
        """Each element's bytes reversed (complex: each part's), as ``numpy.ndarray.byteswap``."""
        t = self._t
        size = t.element_size() // (2 if t.is_complex() else 1)
        if size == 1 or t.numel() == 0:
            swapped = t.clone()
        else:
            flat = t.resolve_conj().resolve_neg().contiguous().reshape(-1)
            raw = flat.view(torch.uint8).reshape(-1, size).flip(-1).reshape(-1)
            swapped = raw.view(t.dtype).reshape(t.shape)
        if not inplace:
            return ndarray._from_tensor(swapped)
        _flags.check_writeable(self, "assignment destination")
        t.copy_(swapped)
        return self

    def __format__(self, spec: str) -> str:
        if self._t.dim() == 0:
            return format(self.item(), spec)
        if spec:
            raise TypeError("unsupported format string passed to tnp.ndarray.__format__")
        return str(self)

    def __contains__(self, value: object) -> builtins.bool:
        return builtins.bool(_ufuncs.equal(self, value)._t.any())  # type: ignore[arg-type]

    def __array__(self, dtype: Any = None, copy: builtins.bool | None = None) -> Any:
        """A ``numpy.ndarray`` with the same values (sharing CPU memory when it can)."""
        t = self._t.detach()
        # bfloat16 has no NumPy dtype: it converts to float32
        must_copy = t.device.type != "cpu" or t.is_conj() or t.is_neg() or t.dtype is torch.bfloat16
        if copy is False and must_copy:
            raise ValueError("Unable to avoid copy while creating an array as requested.")
        t = t.resolve_conj().resolve_neg().to("cpu")
        if t.dtype is torch.bfloat16:
            t = t.float()
        # torch builds the NumPy array, so tnp itself never imports NumPy
        out = t.numpy()
        if copy and not must_copy:
            out = out.copy()
        shared = not must_copy and not copy
        if dtype is not None:
            cast = out.astype(dtype, copy=False)
            if cast is not out:
                if copy is False:
                    raise ValueError("Unable to avoid copy while creating an array as requested.")
                shared = False
            out = cast
        if shared and not _flags.is_writeable(self):
            out.flags.writeable = False
        return out

    def __array_function__(
        self,
        func: Callable[..., Any],
        types: Collection[type],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> Any:
        """NEP 18: a NumPy function called on tnp arrays runs tnp's function of that name.

        ``numpy.sum(a)`` returns ``tnp.sum(a)``, on ``a``'s device; NumPy arrays among the
        arguments are converted with ``tnp.asarray``. Functions tnp lacks give
        ``NotImplemented``, so NumPy raises ``TypeError`` instead of converting silently.
        """
        from ._numpy_dispatch import array_function

        return array_function(func, types, args, kwargs)

    def __array_ufunc__(self, ufunc: Any, method: str, *inputs: Any, **kwargs: Any) -> Any:
        """NEP 13: a NumPy ufunc (or its ``reduce``, ``outer``, ...) called on tnp arrays runs
        tnp's ufunc of that name and returns tnp arrays; ``NotImplemented`` where tnp lacks
        the ufunc or the method."""
        from ._numpy_dispatch import array_ufunc

        return array_ufunc(ufunc, method, *inputs, **kwargs)

    def __dlpack__(
        self,
        *,
        stream: Any = None,
        max_version: tuple[int, int] | None = None,
        dl_device: Any = None,
        copy: builtins.bool | None = None,
    ) -> Any:
        """The DLPack capsule of the tensor (see ``torch.Tensor.__dlpack__``)."""
        kwargs: dict[str, Any] = {}
        if max_version is not None:
            kwargs["max_version"] = max_version
        if dl_device is not None:
            kwargs["dl_device"] = dl_device
        if copy is not None:
            kwargs["copy"] = copy
        if stream is not None:
            kwargs["stream"] = stream
        return self._t.__dlpack__(**kwargs)

    def __dlpack_device__(self) -> tuple[Any, int]:
        """The DLPack device type and index of the data."""
        return self._t.__dlpack_device__()

    def __array_namespace__(self, /, *, api_version: str | None = None) -> Any:
        """The Array API namespace: the full ``tnp`` (with ``linalg`` and ``fft``) once it has
        been imported, else ``tnp_core``; ``ValueError`` for an unsupported ``api_version``.

        tnp-core does not depend on the ``tnp`` package, so it only looks it up.
        """
        import sys

        from ._array_api import check_api_version

        check_api_version(api_version)
        full = sys.modules.get("tnp")
        if full is not None:
            return full
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
        return _printing.array_repr(self._t, self.dtype.name, owner=self)

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
                if _READONLY and _flags._marked(self):
                    _flags.set_writeable(arr, False)
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
            return _shape.reshape(self, shape, order, copy=copy)
        try:
            t = self._t.view(shape) if copy is not True else None
        except RuntimeError as exc:
            if "view size is not compatible" not in str(exc):
                raise _reshape_error(self.size, shape) from None
            t = None
        if t is not None:
            return self._view(t)
        if copy is False:
            raise ValueError("Unable to avoid creating a copy while reshaping.")
        try:
            return ndarray._from_tensor(self._t.reshape(shape).clone())
        except RuntimeError:
            raise _reshape_error(self.size, shape) from None

    def ravel(self, order: str = "C") -> ndarray:
        """The elements in one dimension: a view when the memory allows it, else a copy."""
        if order == "K":
            return _shape.ravel(self, order)
        t = _in_order(self._t, _check_order(order))
        if _flags.c_contiguous(t):
            return self._view(t.view(-1))
        return ndarray._from_tensor(t.clone(memory_format=torch.contiguous_format).view(-1))

    def flatten(self, order: str = "C") -> ndarray:
        """A one-dimensional copy of the elements in ``order``."""
        t = _in_order(self._t, _check_order(order))
        return ndarray._from_tensor(t.clone(memory_format=torch.contiguous_format).reshape(-1))

    def squeeze(self, axis: int | tuple[int, ...] | None = None) -> ndarray:
        """A view without the length-one axes (those in ``axis``, which must have length one)."""
        shape = self._t.shape
        if not shape and type(axis) is int and axis in (0, -1):
            return self._view(self._t.view(()))  # NumPy accepts axis 0 or -1 of a 0-D array
        if axis is None:
            dims = tuple(i for i, n in enumerate(shape) if n == 1)
        else:
            dims = _axes(axis, len(shape))
            if len(set(dims)) != len(dims):
                raise ValueError("duplicate value in 'axis'")
            if any(shape[d] != 1 for d in dims):
                raise ValueError(
                    "cannot select an axis to squeeze out which has size not equal to one"
                )
        kept = tuple(n for i, n in enumerate(shape) if i not in dims)
        return self._view(self._t.view(kept))

    def swapaxes(self, axis1: SupportsIndex, axis2: SupportsIndex) -> ndarray:
        """A view with two axes exchanged."""
        n = self._t.dim()
        a = _axis(operator_index(axis1), n, "axis1")
        b = _axis(operator_index(axis2), n, "axis2")
        return self._view(self._t.transpose(a, b))

    def transpose(self, *axes: Any) -> ndarray:
        """A view with the axes permuted (reversed by default); ``axes`` as varargs or one tuple."""
        if not axes or (len(axes) == 1 and axes[0] is None):
            return self.T
        if len(axes) == 1 and isinstance(axes[0], Sequence):
            axes = tuple(axes[0])
        n = self._t.dim()
        if len(axes) != n:
            raise ValueError("axes don't match array")
        perm = tuple(_axis(operator_index(a), n) for a in axes)
        if len(set(perm)) != n:
            raise ValueError("repeated axis in transpose")
        return self._view(self._t.permute(perm))

    # ------------------------------------------------------------------ reductions
    def sum(
        self,
        axis: AxisLike = None,
        dtype: DTypeLike = None,
        out: OutArray = None,
        keepdims: builtins.bool = False,
        initial: Any = None,
        where: Any = True,
    ) -> ndarray:
        """Sum of elements, as ``numpy.sum``."""
        return _reductions.sum(self, axis, dtype, out, keepdims, initial, _where(where))

    def mean(
        self,
        axis: AxisLike = None,
        dtype: DTypeLike = None,
        out: OutArray = None,
        keepdims: builtins.bool = False,
        *,
        where: Any = True,
    ) -> ndarray:
        """Arithmetic mean, as ``numpy.mean``."""
        return _reductions.mean(self, axis, dtype, out, keepdims, where=_where(where))

    def cumsum(
        self, axis: int | None = None, dtype: DTypeLike = None, out: OutArray = None
    ) -> ndarray:
        """Running sums, as ``numpy.cumsum``."""
        return _reductions.cumsum(self, axis, dtype, out)

    def cumprod(
        self, axis: int | None = None, dtype: DTypeLike = None, out: OutArray = None
    ) -> ndarray:
        """Running products, as ``numpy.cumprod``."""
        return _reductions.cumprod(self, axis, dtype, out)

    def var(
        self,
        axis: AxisLike = None,
        dtype: DTypeLike = None,
        out: OutArray = None,
        ddof: float = 0,
        keepdims: builtins.bool = False,
        *,
        where: Any = True,
        mean: Any = None,
        correction: float | None = None,
    ) -> ndarray:
        """Variance, as ``numpy.var``."""
        return _reductions.var(
            self,
            axis,
            dtype,
            out,
            ddof,
            keepdims,
            where=_where(where),
            mean=mean,
            correction=correction,
        )

    def std(
        self,
        axis: AxisLike = None,
        dtype: DTypeLike = None,
        out: OutArray = None,
        ddof: float = 0,
        keepdims: builtins.bool = False,
        *,
        where: Any = True,
        mean: Any = None,
        correction: float | None = None,
    ) -> ndarray:
        """Standard deviation, as ``numpy.std``."""
        return _reductions.std(
            self,
            axis,
            dtype,
            out,
            ddof,
            keepdims,
            where=_where(where),
            mean=mean,
            correction=correction,
        )

    def resize(self, *new_shape: Any, refcheck: builtins.bool = True) -> None:
        """Change the shape and size in place, as ``numpy.ndarray.resize``.

        New elements are zero; the array keeps its elements in C order. As NumPy, an array
        that does not own its memory cannot be resized. ``refcheck`` is accepted, but tnp cannot
        see other references: views taken earlier keep the old memory (NumPy would refuse).
        """
        if len(new_shape) == 1 and not isinstance(new_shape[0], int):
            new_shape = tuple(new_shape[0])
        shape = tuple(operator_index(d) for d in new_shape)
        if any(d < 0 for d in shape):
            raise ValueError("negative dimensions not allowed")
        if self._base is not None:
            raise ValueError("cannot resize this array: it does not own its data")
        _flags.check_writeable(self, "array")
        size = 1
        for d in shape:
            size *= d
        old = self._t.reshape(-1)
        fresh = torch.zeros(size, dtype=old.dtype, device=old.device)
        keep = builtins.min(size, old.numel())
        fresh[:keep] = old[:keep]
        self._t = fresh.reshape(shape)

    def prod(
        self,
        axis: AxisLike = None,
        dtype: DTypeLike = None,
        out: OutArray = None,
        keepdims: builtins.bool = False,
        initial: Any = None,
        where: Any = True,
    ) -> ndarray:
        """Product of elements, as ``numpy.prod``."""
        return _reductions.prod(self, axis, dtype, out, keepdims, initial, _where(where))

    def all(
        self,
        axis: AxisLike = None,
        out: OutArray = None,
        keepdims: builtins.bool = False,
        *,
        where: Any = True,
    ) -> ndarray:
        """Whether every element is nonzero, as ``numpy.all``."""
        return _reductions.all(self, axis, out, keepdims, where=_where(where))

    def any(
        self,
        axis: AxisLike = None,
        out: OutArray = None,
        keepdims: builtins.bool = False,
        *,
        where: Any = True,
    ) -> ndarray:
        """Whether some element is nonzero, as ``numpy.any``."""
        return _reductions.any(self, axis, out, keepdims, where=_where(where))

    def argmax(
        self, axis: int | None = None, out: OutArray = None, *, keepdims: builtins.bool = False
    ) -> ndarray:
        """Index of the first maximum, as ``numpy.argmax``."""
        return _reductions.argmax(self, axis, out, keepdims=keepdims)

    def argmin(
        self, axis: int | None = None, out: OutArray = None, *, keepdims: builtins.bool = False
    ) -> ndarray:
        """Index of the first minimum, as ``numpy.argmin``."""
        return _reductions.argmin(self, axis, out, keepdims=keepdims)

    def max(
        self,
        axis: AxisLike = None,
        out: OutArray = None,
        keepdims: builtins.bool = False,
        initial: Any = None,
        where: Any = True,
    ) -> ndarray:
        """Maximum, as ``numpy.max``."""
        return _reductions.max(self, axis, out, keepdims, initial, _where(where))

    def min(
        self,
        axis: AxisLike = None,
        out: OutArray = None,
        keepdims: builtins.bool = False,
        initial: Any = None,
        where: Any = True,
    ) -> ndarray:
        """Minimum, as ``numpy.min``."""
        return _reductions.min(self, axis, out, keepdims, initial, _where(where))

    # ------------------------------------------------------------------ sorting
    def sort(
        self,
        axis: int | None = -1,
        kind: str | None = None,
        order: Any = None,
        *,
        stable: builtins.bool | None = None,
    ) -> None:
        """Sort the array in place, as ``numpy.ndarray.sort`` (stable; NaN last)."""
        result = _sorting.sort(self, axis, kind, order, stable=stable)
        _flags.check_writeable(self, "array")
        self._t.copy_(result._t)

    def argsort(
        self,
        axis: int | None = -1,
        kind: str | None = None,
        order: Any = None,
        *,
        stable: builtins.bool | None = None,
    ) -> ndarray:
        """Indices that sort the array, as ``numpy.ndarray.argsort`` (always stable)."""
        return _sorting.argsort(self, axis, kind, order, stable=stable)

    def partition(
        self, kth: ArrayLike, axis: int = -1, kind: str = "introselect", order: Any = None
    ) -> None:
        """Partition the array in place, as ``numpy.ndarray.partition`` (a full sort)."""
        result = _sorting.partition(self, kth, axis, kind, order)
        _flags.check_writeable(self, "array")
        self._t.copy_(result._t)

    def argpartition(
        self, kth: ArrayLike, axis: int | None = -1, kind: str = "introselect", order: Any = None
    ) -> ndarray:
        """Indices that partition the array, as ``numpy.ndarray.argpartition``."""
        return _sorting.argpartition(self, kth, axis, kind, order)

    def searchsorted(
        self, v: ArrayLike, side: str = "left", sorter: ArrayLike | None = None
    ) -> ndarray:
        """Insertion indices of ``v`` in this sorted 1-D array, as ``numpy.searchsorted``."""
        return _sorting.searchsorted(self, v, side, sorter)

    def nonzero(self) -> tuple[ndarray, ...]:
        """Indices of the nonzero elements, one array per axis, as ``numpy.nonzero``."""
        return _sorting.nonzero(self)

    # ------------------------------------------------------------------ selection
    def take(
        self, indices: Any, axis: int | None = None, out: ndarray | None = None, mode: str = "raise"
    ) -> ndarray:
        """Elements at ``indices`` along ``axis``, as ``numpy.take``."""
        return _selection.take(self, indices, axis, out, mode)

    def put(self, indices: Any, values: Any, mode: str = "raise") -> None:
        """Write ``values`` at flat ``indices``, in place, as ``numpy.put``."""
        _selection.put(self, indices, values, mode)

    def repeat(self, repeats: Any, axis: int | None = None) -> ndarray:
        """Elements repeated along ``axis``, as ``numpy.repeat``."""
        return _selection.repeat(self, repeats, axis)

    def choose(self, choices: Any, out: ndarray | None = None, mode: str = "raise") -> ndarray:
        """Elementwise pick from ``choices``, as ``numpy.choose``."""
        return _selection.choose(self, choices, out, mode)

    def compress(
        self, condition: Any, axis: int | None = None, out: ndarray | None = None
    ) -> ndarray:
        """Slices along ``axis`` where ``condition`` is true, as ``numpy.compress``."""
        return _selection.compress(condition, self, axis, out)

    def clip(
        self, min: Any = None, max: Any = None, out: ndarray | None = None, **kwargs: Any
    ) -> ndarray:
        """Values limited to ``[min, max]``, as ``numpy.clip``."""
        return _selection.clip(self, min, max, out, **kwargs)

    def round(self, decimals: int = 0, out: ndarray | None = None) -> ndarray:
        """Values rounded half to even, as ``numpy.round``."""
        return _selection.round(self, decimals, out)

    def conj(self) -> ndarray:
        """Complex conjugate, as ``numpy.conj``."""
        return _selection.conjugate(self)

    def conjugate(self) -> ndarray:
        """Complex conjugate, as ``numpy.conjugate``."""
        return _selection.conjugate(self)

    def diagonal(self, offset: int = 0, axis1: int = 0, axis2: int = 1) -> ndarray:
        """The diagonal as a writeable view of this array, as ``numpy.diagonal``."""
        t = _selection_impl.diagonal(self._t, offset, axis1, axis2)
        return self._view(t)

    def dot(self, b: ArrayLike, out: ndarray | None = None) -> ndarray:
        """The dot product with ``b``, as ``numpy.dot(self, b, out)``."""
        return _products.dot(self, b, out)

    def trace(
        self,
        offset: int = 0,
        axis1: int = 0,
        axis2: int = 1,
        dtype: Any = None,
        out: ndarray | None = None,
    ) -> ndarray:
        """Sum along the diagonal, as ``numpy.trace``."""
        return _selection.trace(self, offset, axis1, axis2, dtype, out)

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
            return ndarray._from_tensor(torch.zeros_like(self._t, dtype=torch.bool))
        return _equal_op(self, other)  # type: ignore[arg-type]

    def __ne__(self, other: object) -> ndarray:  # type: ignore[override]
        if other is None:
            return ndarray._from_tensor(torch.ones_like(self._t, dtype=torch.bool))
        return _not_equal_op(self, other)  # type: ignore[arg-type]

    def __lt__(self, other: ArrayLike) -> ndarray:
        return _less_op(self, other)

    def __le__(self, other: ArrayLike) -> ndarray:
        return _less_equal_op(self, other)

    def __gt__(self, other: ArrayLike) -> ndarray:
        return _greater_op(self, other)

    def __ge__(self, other: ArrayLike) -> ndarray:
        return _greater_equal_op(self, other)

    def __and__(self, other: ArrayLike) -> ndarray:
        return _bitwise_and_op(self, other)

    def __rand__(self, other: ArrayLike) -> ndarray:
        return _bitwise_and_rop(self, other)

    def __iand__(self, other: ArrayLike) -> ndarray:
        return _ufuncs.bitwise_and(self, other, out=self)

    def __or__(self, other: ArrayLike) -> ndarray:
        return _bitwise_or_op(self, other)

    def __ror__(self, other: ArrayLike) -> ndarray:
        return _bitwise_or_rop(self, other)

    def __ior__(self, other: ArrayLike) -> ndarray:
        return _ufuncs.bitwise_or(self, other, out=self)

    def __xor__(self, other: ArrayLike) -> ndarray:
        return _bitwise_xor_op(self, other)

    def __rxor__(self, other: ArrayLike) -> ndarray:
        return _bitwise_xor_rop(self, other)

    def __ixor__(self, other: ArrayLike) -> ndarray:
        return _ufuncs.bitwise_xor(self, other, out=self)

    def __lshift__(self, other: ArrayLike) -> ndarray:
        return _left_shift_op(self, other)

    def __rlshift__(self, other: ArrayLike) -> ndarray:
        return _left_shift_rop(self, other)

    def __ilshift__(self, other: ArrayLike) -> ndarray:
        return _ufuncs.left_shift(self, other, out=self)

    def __rshift__(self, other: ArrayLike) -> ndarray:
        return _right_shift_op(self, other)

    def __rrshift__(self, other: ArrayLike) -> ndarray:
        return _right_shift_rop(self, other)

    def __irshift__(self, other: ArrayLike) -> ndarray:
        return _ufuncs.right_shift(self, other, out=self)

    def __invert__(self) -> ndarray:
        return _ufuncs.invert(self)

    def __matmul__(self, other: ArrayLike) -> ndarray:
        return _matmul_op(self, other)

    def __rmatmul__(self, other: ArrayLike) -> ndarray:
        return _matmul_rop(self, other)

    def __imatmul__(self, other: ArrayLike) -> ndarray:
        # NumPy 2 multiplies in place: the product must keep this array's shape and cast
        # to its dtype by the same-kind rule
        return _ufuncs.matmul(self, other, out=self)

    def __divmod__(self, other: ArrayLike) -> tuple[ndarray, ndarray]:
        return _divmod_op(self, other)

    def __rdivmod__(self, other: ArrayLike) -> tuple[ndarray, ndarray]:
        return _divmod_rop(self, other)


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


class flatiter:
    """``ndarray.flat``: the elements of an array in C order, as ``numpy.flatiter``.

    Iterating gives 0-D arrays (tnp has no scalar type); indexing with an int gives a 0-D
    array, with slices, integer or boolean arrays a one-dimensional copy. Assignment writes
    into the array, repeating the values cyclically over the selected elements as NumPy does.
    """

    __slots__ = ("_arr", "_next")

    def __init__(self, arr: ndarray) -> None:
        self._arr = arr
        self._next = 0

    @property
    def base(self) -> ndarray:
        """The array being iterated over."""
        return self._arr

    @property
    def index(self) -> int:
        """The flat index of the next element."""
        return self._next

    @property
    def coords(self) -> tuple[int, ...]:
        """The N-dimensional index of the next element."""
        coords = []
        rest = self._next
        for n in reversed(self._arr.shape):
            rest, c = divmod(rest, n) if n else (rest, 0)
            coords.append(c)
        return tuple(reversed(coords))

    def __len__(self) -> int:
        return self._arr.size

    def __iter__(self) -> flatiter:
        return self

    def __next__(self) -> ndarray:
        if self._next >= self._arr.size:
            raise StopIteration
        value = self[self._next]
        self._next += 1
        return value

    def copy(self) -> ndarray:
        """A one-dimensional copy of the elements."""
        return self._arr.flatten()

    def _positions(self, key: Any) -> tuple[ndarray, torch.Tensor]:
        """The selection made by ``key`` from the flat positions, and the flat data."""
        t = self._arr._t
        n = t.numel()
        if type(key) is tuple and len(key) == 1:
            key = key[0]
        if key is None or type(key) is tuple:
            raise IndexError(
                "only integers, slices (`:`), ellipsis (`...`) and integer or boolean arrays "
                "are valid indices"
            )
        if isinstance(key, int) and not isinstance(key, builtins.bool) and not -n <= key < n:
            raise IndexError(f"index {key} is out of bounds for size {n}")
        positions = torch.arange(n, device=t.device)
        return _indexing.getitem(wrap_tensor(positions), key), t.reshape(-1)

    def __getitem__(self, key: Any) -> ndarray:
        selected, flat = self._positions(key)
        return ndarray._from_tensor(flat[selected._t])

    def __setitem__(self, key: Any, value: ArrayLike) -> None:
        _flags.check_writeable(self._arr, "underlying array")
        self._assign(key, value)

    def _assign(self, key: Any, value: Any) -> None:
        t = self._arr._t
        selected, _ = self._positions(key)
        pos = selected._t.reshape(-1)
        v = _indexing._value_tensor(value, t).reshape(-1)
        k = pos.shape[0]
        if k == 0 or v.shape[0] == 0:
            return
        if v.shape[0] < k:
            v = v.repeat(-(-k // v.shape[0]))
        v = v[:k]
        signed = _indexing._SIGNED_VIEW.get(t.dtype)
        work = t.view(signed) if signed is not None else t
        if signed is not None:
            v = v.view(signed)
        try:
            flat = work.view(-1)
        except RuntimeError:
            flat = work.reshape(-1)
            flat[pos] = v
            work.copy_(flat.reshape(work.shape))
            return
        flat[pos] = v

    def __array__(self, dtype: Any = None, copy: builtins.bool | None = None) -> Any:
        return self.copy().__array__(dtype)


def _where(where: Any) -> Any:
    """The reductions spell NumPy's default ``where=True`` as None."""
    return None if where is True else where


def _rebuild(data: bytes, name: str, shape: tuple[int, ...], device: str) -> ndarray:
    """Unpickle an array from its raw bytes."""
    from ._dtypes import to_torch_dtype

    target = to_torch_dtype(name)
    if data:
        t = torch.frombuffer(bytearray(data), dtype=torch.uint8).view(target).reshape(shape)
    else:
        t = torch.empty(shape, dtype=target)
    return wrap_tensor(t.to(device))


def _check_order(order: str) -> str:
    if order not in ("C", "F", "A", "K"):
        raise ValueError(f"order must be one of 'C', 'F', 'A', or 'K' (got {order!r})")
    return order


def _in_order(t: torch.Tensor, order: str) -> torch.Tensor:
    """``t`` permuted so that its C order is the requested order of the original."""
    if order == "F" or (order in "AK" and _flags.f_contiguous(t) and not _flags.c_contiguous(t)):
        return t.permute(tuple(range(t.dim() - 1, -1, -1)))
    return t


def _axis(axis: int, ndim: int, prefix: str | None = None) -> int:
    from .exceptions import AxisError

    if not -ndim <= axis < ndim:
        raise AxisError(axis, ndim, prefix)
    return axis % ndim


def _axes(axis: int | Sequence[int], ndim: int) -> tuple[int, ...]:
    items = (axis,) if not isinstance(axis, Sequence) else tuple(axis)
    return tuple(_axis(operator_index(a), ndim) for a in items)


def _view_as_dtype(t: torch.Tensor, target: torch.dtype) -> torch.Tensor:
    """``t``'s memory read as ``target``, with NumPy's rules for a different item size."""
    old, new = t.element_size(), target.itemsize
    if old == new:
        return t.view(target)
    if t.dim() == 0:
        raise ValueError(
            "Changing the dtype of a 0d array is only supported if the itemsize is unchanged"
        )
    last = t.shape[-1]
    if last != 1 and t.stride(-1) != 1 and t.numel():
        raise ValueError(
            "To change to a dtype of a different size, the last axis must be contiguous"
        )
    if new > old and (last * old) % new:
        raise ValueError(
            "When changing to a larger dtype, its size must be a divisor of the total size in "
            "bytes of the last axis of the array."
        )
    if t.numel() == 0:
        # no memory to reinterpret: only the shape changes
        return torch.empty((*t.shape[:-1], last * old // new), dtype=target, device=t.device)
    if 1 in t.shape:
        # the stride of a length-one axis is never used: make it one torch accepts (NumPy
        # ignores those strides too)
        strides = [
            (math.prod(t.shape[i + 1 :]) if n == 1 else st)
            for i, (n, st) in enumerate(zip(t.shape, t.stride(), strict=True))
        ]
        t = t.as_strided(t.shape, strides)
    try:
        raw = t if t.dtype is torch.uint8 else t.view(torch.uint8)
        return raw if target is torch.uint8 else raw.view(target)
    except RuntimeError:
        name = str(target).removeprefix("torch.")
        raise ValueError(
            f"tnp cannot view this array as {name}: its memory offset or strides are not "
            "whole multiples of the new item size"
        ) from None


# the modules below build on ndarray; they are imported last to close the cycle
from . import (  # noqa: E402
    _indexing,
    _printing,
    _products,
    _reductions,
    _selection,
    _selection_impl,
    _shape,
    _sorting,
    _ufuncs,
)

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
_bitwise_and_op = _ufuncs.bitwise_and.operator
_bitwise_and_rop = _ufuncs.bitwise_and.reflected
_bitwise_or_op = _ufuncs.bitwise_or.operator
_bitwise_or_rop = _ufuncs.bitwise_or.reflected
_bitwise_xor_op = _ufuncs.bitwise_xor.operator
_bitwise_xor_rop = _ufuncs.bitwise_xor.reflected
_left_shift_op = _ufuncs.left_shift.operator
_left_shift_rop = _ufuncs.left_shift.reflected
_right_shift_op = _ufuncs.right_shift.operator
_right_shift_rop = _ufuncs.right_shift.reflected
_matmul_op = _ufuncs.matmul.operator
_matmul_rop = _ufuncs.matmul.reflected
_divmod_op = _ufuncs.divmod.operator
_divmod_rop = _ufuncs.divmod.reflected
