"""NumPy's dtype objects and scalar-type hierarchy, backed by torch dtypes.

``tnp.dtype`` mirrors ``numpy.dtype`` for the supported dtypes: the same names, kinds, type
codes and equality with strings and types, and the built-in dtypes are singletons. The scalar
types (``tnp.float32`` ...) form NumPy's class hierarchy; calling one makes a 0-D array,
because tnp represents scalars as 0-D arrays (as CuPy and JAX do).
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, ClassVar, Final

import torch

from . import _dtypes_impl as _di
from ._defaults_impl import defaults

if TYPE_CHECKING:
    from ._ndarray import ndarray


class _ScalarTypeMeta(type):
    """Calling a scalar type builds a 0-D array of that dtype, not an instance."""

    def __call__(cls, value: Any = 0) -> ndarray:
        from ._creation import asarray  # creation builds on this module

        torch_dtype = _TORCH_OF_TYPE.get(cls)
        if torch_dtype is None:
            raise TypeError(f"cannot create an instance of the abstract scalar type {cls.__name__}")
        if isinstance(value, str):
            value = _parse_scalar_string(value, torch_dtype)
        arr = asarray(value, dtype=_DTYPE_OF_TORCH[torch_dtype])
        return arr


def _parse_scalar_string(text: str, torch_dtype: torch.dtype) -> bool | int | float | complex:
    k = _di.kind(torch_dtype)
    try:
        if k == "b":
            return bool(text)
        if k in "iu":
            return int(text)
        if k == "f":
            return float(text)
        return complex(text)
    except ValueError:
        raise ValueError(f"could not convert string to {torch_dtype}: {text!r}") from None


class generic(metaclass=_ScalarTypeMeta):
    """Base of NumPy's scalar-type hierarchy."""

    if TYPE_CHECKING:
        # For type checkers only: calling a scalar type gives a 0-D array (the metaclass's
        # __call__ does it at run time, and mypy does not read a metaclass's __call__).
        def __new__(cls, value: Any = 0) -> ndarray: ...  # type: ignore[misc]


class number(generic):
    """Abstract base of the numeric scalar types."""


class integer(number):
    """Abstract base of the integer scalar types."""


class signedinteger(integer):
    """Abstract base of the signed integer scalar types."""


class unsignedinteger(integer):
    """Abstract base of the unsigned integer scalar types."""


class inexact(number):
    """Abstract base of the floating and complex scalar types."""


class floating(inexact):
    """Abstract base of the real floating scalar types."""


class complexfloating(inexact):
    """Abstract base of the complex scalar types."""


class bool_(generic):
    """Boolean scalar type (``numpy.bool``)."""


class int8(signedinteger):
    """8-bit signed integer scalar type."""


class int16(signedinteger):
    """16-bit signed integer scalar type."""


class int32(signedinteger):
    """32-bit signed integer scalar type."""


class int64(signedinteger):
    """64-bit signed integer scalar type."""


class uint8(unsignedinteger):
    """8-bit unsigned integer scalar type."""


class uint16(unsignedinteger):
    """16-bit unsigned integer scalar type."""


class uint32(unsignedinteger):
    """32-bit unsigned integer scalar type."""


class uint64(unsignedinteger):
    """64-bit unsigned integer scalar type."""


class float16(floating):
    """Half-precision float scalar type."""


class bfloat16(floating):
    """Brain float scalar type: a tnp extension, as ``ml_dtypes.bfloat16`` for NumPy."""


class float32(floating):
    """Single-precision float scalar type."""


class float64(floating):
    """Double-precision float scalar type."""


class complex64(complexfloating):
    """Complex scalar type made of two float32."""


class complex128(complexfloating):
    """Complex scalar type made of two float64."""


_TORCH_OF_TYPE: dict[type, torch.dtype] = {
    bool_: _di.BOOL,
    int8: _di.INT8,
    int16: _di.INT16,
    int32: _di.INT32,
    int64: _di.INT64,
    uint8: _di.UINT8,
    uint16: _di.UINT16,
    uint32: _di.UINT32,
    uint64: _di.UINT64,
    float16: _di.FLOAT16,
    bfloat16: _di.BFLOAT16,
    float32: _di.FLOAT32,
    float64: _di.FLOAT64,
    complex64: _di.COMPLEX64,
    complex128: _di.COMPLEX128,
}

# (name, char, str) as NumPy reports them on a little-endian machine
_NAMES: dict[torch.dtype, tuple[str, str, str]] = {
    _di.BOOL: ("bool", "?", "|b1"),
    _di.INT8: ("int8", "b", "|i1"),
    _di.INT16: ("int16", "h", "<i2"),
    _di.INT32: ("int32", "i", "<i4"),
    _di.INT64: ("int64", "l", "<i8"),
    _di.UINT8: ("uint8", "B", "|u1"),
    _di.UINT16: ("uint16", "H", "<u2"),
    _di.UINT32: ("uint32", "I", "<u4"),
    _di.UINT64: ("uint64", "L", "<u8"),
    _di.FLOAT16: ("float16", "e", "<f2"),
    _di.BFLOAT16: ("bfloat16", "E", "<V2"),
    _di.FLOAT32: ("float32", "f", "<f4"),
    _di.FLOAT64: ("float64", "d", "<f8"),
    _di.COMPLEX64: ("complex64", "F", "<c8"),
    _di.COMPLEX128: ("complex128", "D", "<c16"),
}


class dtype:
    """A NumPy data type, as ``numpy.dtype``, for the dtypes tnp supports.

    ``dtype(x)`` accepts dtype objects, scalar types, Python types, torch dtypes and NumPy's
    names and type codes (``"float32"``, ``"f4"``, ``"<i8"``, ``"float"``). The built-in
    dtypes are singletons, so ``dtype("f4") is dtype(float32)``.
    """

    __slots__ = ("char", "itemsize", "kind", "name", "str", "torch_dtype", "type")

    name: builtins.str
    kind: builtins.str
    char: builtins.str
    str: builtins.str
    itemsize: int
    type: builtins.type[generic]
    torch_dtype: torch.dtype
    _by_torch: ClassVar[dict[torch.dtype, dtype]] = {}

    def __new__(cls, obj: object = None) -> dtype:
        return to_dtype(obj)

    @classmethod
    def _make(cls, torch_dtype: torch.dtype, scalar_type: builtins.type[generic]) -> dtype:
        self = object.__new__(cls)
        self.name, self.char, self.str = _NAMES[torch_dtype]
        self.kind = _di.kind(torch_dtype)
        self.itemsize = torch_dtype.itemsize
        self.type = scalar_type
        self.torch_dtype = torch_dtype
        return self

    def __reduce__(self) -> tuple[Any, tuple[builtins.str]]:
        return (dtype, (self.name,))

    def __repr__(self) -> builtins.str:
        return f"dtype('{self.name}')"

    def __str__(self) -> builtins.str:
        return self.name

    def __eq__(self, other: object) -> bool:
        if other is self:
            return True
        if other is None:
            return False
        try:
            return to_dtype(other) is self
        except (TypeError, ValueError):
            return False

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    def __hash__(self) -> int:
        return hash(self.name)

    @property
    def byteorder(self) -> builtins.str:
        """``'|'`` for one-byte types, ``'='`` (native) otherwise, as NumPy."""
        return "|" if self.itemsize == 1 else "="

    @property
    def isbuiltin(self) -> int:
        """1, as for every NumPy built-in dtype."""
        return 1

    @property
    def num(self) -> int:
        """NumPy's type number."""
        return _TYPE_NUMBERS[self.torch_dtype]

    @property
    def shape(self) -> tuple[int, ...]:
        """Sub-array shape; always ``()`` for the supported dtypes."""
        return ()

    @property
    def ndim(self) -> int:
        """Sub-array dimensions; always 0 for the supported dtypes."""
        return 0

    @property
    def alignment(self) -> int:
        """Required alignment in bytes (the item size for numeric types)."""
        return self.itemsize if self.kind != "c" else self.itemsize // 2

    @property
    def descr(self) -> list[tuple[builtins.str, builtins.str]]:
        """The array-interface description."""
        return [("", self.str)]

    @property
    def base(self) -> dtype:
        """The dtype itself: supported dtypes have no sub-array."""
        return self

    @property
    def fields(self) -> None:
        """None: structured dtypes are out of scope."""
        return None

    @property
    def names(self) -> None:
        """None: structured dtypes are out of scope."""
        return None

    @property
    def hasobject(self) -> bool:
        """False: object dtypes are out of scope."""
        return False


_TYPE_NUMBERS: dict[torch.dtype, int] = {
    _di.BOOL: 0,
    _di.INT8: 1,
    _di.UINT8: 2,
    _di.INT16: 3,
    _di.UINT16: 4,
    _di.INT32: 5,
    _di.UINT32: 6,
    _di.INT64: 7,
    _di.UINT64: 8,
    _di.FLOAT16: 23,
    _di.FLOAT32: 11,
    _di.FLOAT64: 12,
    _di.COMPLEX64: 14,
    _di.COMPLEX128: 15,
    _di.BFLOAT16: 256,
}

_DTYPE_OF_TORCH: Final[dict[torch.dtype, dtype]] = {
    td: dtype._make(td, st) for st, td in _TORCH_OF_TYPE.items()
}
dtype._by_torch = _DTYPE_OF_TORCH

# every spelling NumPy accepts for the supported dtypes, mapped to the torch dtype
_BY_NAME: dict[str, torch.dtype] = {}
for _td, (_name, _char, _str) in _NAMES.items():
    _BY_NAME[_name] = _td
    _BY_NAME[_char] = _td
    _BY_NAME[_str] = _td
    _BY_NAME[_str.replace("<", "=")] = _td
    _BY_NAME[_str.replace("<", "")] = _td
    _BY_NAME[_str.replace("|", "=")] = _td
    _BY_NAME[_str.replace("|", "")] = _td
    _BY_NAME[_str.replace("|", "<")] = _td
del _td, _name, _char, _str
_BY_NAME.pop("V2", None)
_BY_NAME.pop("<V2", None)
_BY_NAME.pop("=V2", None)
_BY_NAME.update(
    {
        "bool_": _di.BOOL,
        "b1": _di.BOOL,
        "byte": _di.INT8,
        "short": _di.INT16,
        "intc": _di.INT32,
        "int": _di.INT64,
        "int_": _di.INT64,
        "intp": _di.INT64,
        "long": _di.INT64,
        "longlong": _di.INT64,
        "q": _di.INT64,
        "p": _di.INT64,
        "ubyte": _di.UINT8,
        "ushort": _di.UINT16,
        "uintc": _di.UINT32,
        "uint": _di.UINT64,
        "uintp": _di.UINT64,
        "ulong": _di.UINT64,
        "ulonglong": _di.UINT64,
        "Q": _di.UINT64,
        "P": _di.UINT64,
        "half": _di.FLOAT16,
        "single": _di.FLOAT32,
        "float": _di.FLOAT64,
        "double": _di.FLOAT64,
        "csingle": _di.COMPLEX64,
        "complex": _di.COMPLEX128,
        "cdouble": _di.COMPLEX128,
    }
)

_LONG_DOUBLE_NAMES = frozenset(
    ("g", "G", "f16", "c32", "float96", "float128", "complex192", "complex256")
)

_BY_PYTYPE: dict[type, torch.dtype] = {
    bool: _di.BOOL,
    int: _di.INT64,
    float: _di.FLOAT64,
    complex: _di.COMPLEX128,
}

_OUT_OF_SCOPE_KINDS = {
    "U": "string",
    "S": "bytes",
    "a": "bytes",
    "M": "datetime",
    "m": "timedelta",
    "O": "object",
    "V": "void (structured)",
    "g": "longdouble",
    "G": "clongdouble",
}


def to_dtype(obj: object) -> dtype:
    """Convert anything ``numpy.dtype()`` accepts for the supported dtypes."""
    if isinstance(obj, dtype):
        return obj
    if obj is None:
        return _DTYPE_OF_TORCH[defaults.float_dtype]
    if isinstance(obj, torch.dtype):
        found = _DTYPE_OF_TORCH.get(obj)
        if found is None:
            raise TypeError(f"torch dtype {obj} has no tnp equivalent")
        return found
    if isinstance(obj, type):
        td = _TORCH_OF_TYPE.get(obj) or _BY_PYTYPE.get(obj)
        if td is not None:
            return _DTYPE_OF_TORCH[td]
        if obj is str or obj is bytes or obj is object:
            raise NotImplementedError(
                f"tnp does not support the {obj.__name__} dtype: only boolean and numeric "
                "dtypes are in scope"
            )
        if issubclass(obj, generic):
            raise TypeError(f"the abstract scalar type {obj.__name__} is not a concrete dtype")
        if obj.__module__ == "numpy":
            # a NumPy scalar type such as numpy.float32, known by name (NumPy is not imported)
            return to_dtype(obj.__name__)
        raise TypeError(f"Cannot interpret '{obj!r}' as a data type")
    if isinstance(obj, str):
        td = _BY_NAME.get(obj)
        if td is not None:
            return _DTYPE_OF_TORCH[td]
        stripped = obj.lstrip("<>=|")
        if stripped in _LONG_DOUBLE_NAMES:
            raise NotImplementedError(
                f"tnp does not support the longdouble dtype {obj!r}: PyTorch has no extended "
                "precision type"
            )
        if stripped[:1] in _OUT_OF_SCOPE_KINDS or stripped.startswith(
            ("str", "bytes", "datetime", "timedelta", "object", "void", "longdouble", "clong")
        ):
            what = _OUT_OF_SCOPE_KINDS.get(stripped[:1], stripped)
            raise NotImplementedError(
                f"tnp does not support the {what} dtype {obj!r}: only boolean and numeric "
                "dtypes are in scope"
            )
        if obj.startswith(">") and obj[1:] and ("<" + obj[1:]) in _BY_NAME:
            raise NotImplementedError(f"tnp supports native byte order only, not {obj!r}")
        raise TypeError(f"data type {obj!r} not understood")
    found_dtype = getattr(obj, "dtype", None)
    if isinstance(found_dtype, dtype):
        return found_dtype
    if type(obj).__module__ in ("numpy", "numpy.dtypes") and isinstance(
        getattr(obj, "name", None), str
    ):
        # a numpy.dtype instance, known by name (or by its non-native byte-order string)
        spelled: Any = obj
        return to_dtype(spelled.str if getattr(obj, "byteorder", "=") == ">" else spelled.name)
    if isinstance(obj, (list, tuple, dict)):
        raise NotImplementedError(
            f"tnp does not support structured dtypes such as {obj!r}: only boolean and numeric "
            "dtypes are in scope"
        )
    raise TypeError(f"Cannot interpret '{obj!r}' as a data type")


def to_torch_dtype(obj: object) -> torch.dtype:
    """The torch dtype behind anything ``numpy.dtype()`` accepts."""
    if isinstance(obj, torch.dtype) and obj in _DTYPE_OF_TORCH:
        return obj
    return to_dtype(obj).torch_dtype


def from_torch_dtype(td: torch.dtype) -> dtype:
    """The ``tnp.dtype`` for a torch dtype; ``TypeError`` if tnp has no equivalent."""
    found = _DTYPE_OF_TORCH.get(td)
    if found is None:
        raise TypeError(f"torch dtype {td} has no tnp equivalent")
    return found
