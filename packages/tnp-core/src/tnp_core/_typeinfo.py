"""Type introspection: ``finfo``, ``iinfo``, ``issubdtype``, ``isdtype`` and their helpers.

These mirror NumPy 2 for the supported dtypes (plus the bfloat16 extension). Where NumPy
answers with a NumPy scalar (the float attributes of ``finfo``), tnp answers with a 0-D
array of that dtype, as it does everywhere for scalars.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from typing import Any, ClassVar

import torch

from . import _dtypes_impl as _di
from ._conversion import to_tensor
from ._defaults_impl import defaults
from ._dtypes import (
    _DTYPE_OF_TORCH,
    _TORCH_OF_TYPE,
    bfloat16,
    bool_,
    complex64,
    complex128,
    dtype,
    float16,
    float32,
    float64,
    generic,
    inexact,
    int8,
    int16,
    int32,
    int64,
    to_dtype,
    uint8,
    uint16,
    uint32,
    uint64,
)
from ._ndarray import ndarray, wrap_tensor

__all__ = [
    "ScalarType",
    "common_type",
    "finfo",
    "iinfo",
    "isdtype",
    "issubdtype",
    "min_scalar_type",
    "mintypecode",
    "sctypeDict",
    "typecodes",
]

_PY_SCALARS = (bool, int, float, complex)


# ----------------------------------------------------------------------------- tables
typecodes: dict[str, str] = {
    "Character": "c",
    "Integer": "bhilqnp",
    "UnsignedInteger": "BHILQNP",
    "Float": "efdg",
    "Complex": "FDG",
    "AllInteger": "bBhHiIlLqQnNpP",
    "AllFloat": "efdgFDG",
    "Datetime": "Mm",
    "All": "?bhilqnpBHILQNPefdgFDGSUVOMm",
}
"""NumPy's groups of type characters, the same strings as ``numpy.typecodes``.

They include characters of dtypes tnp does not support (``'g'``, ``'S'``, ``'M'`` ...), so
that code testing ``dtype.char in typecodes[...]`` behaves as with NumPy.
"""

sctypeDict: dict[str, type[generic]] = {
    "bool": bool_,
    "float16": float16,
    "float32": float32,
    "float64": float64,
    "complex64": complex64,
    "complex128": complex128,
    "int8": int8,
    "byte": int8,
    "uint8": uint8,
    "ubyte": uint8,
    "int16": int16,
    "short": int16,
    "uint16": uint16,
    "ushort": uint16,
    "int32": int32,
    "intc": int32,
    "uint32": uint32,
    "uintc": uint32,
    "int64": int64,
    "long": int64,
    "uint64": uint64,
    "ulong": uint64,
    "longlong": int64,
    "ulonglong": uint64,
    "intp": int64,
    "uintp": uint64,
    "double": float64,
    "cdouble": complex128,
    "single": float32,
    "csingle": complex64,
    "half": float16,
    "bool_": bool_,
    "int_": int64,
    "uint": uint64,
    "float": float64,
    "complex": complex128,
    "int": int64,
    "bfloat16": bfloat16,
}
"""Names of the scalar types, as ``numpy.sctypeDict`` for the supported dtypes.

The keys are NumPy's keys whose type tnp supports, plus ``'bfloat16'``. NumPy's
``longlong`` and ``ulonglong`` are types of their own that make the same dtypes as
``int64`` and ``uint64``; tnp maps them to ``int64`` and ``uint64``.
"""

ScalarType: tuple[type, ...] = (
    int,
    float,
    complex,
    bool,
    bytes,
    str,
    memoryview,
    bool_,
    complex64,
    complex128,
    float16,
    float32,
    float64,
    int8,
    int16,
    int32,
    int64,
    uint8,
    uint16,
    uint32,
    uint64,
    bfloat16,
)
"""The Python scalar types and tnp's concrete scalar types, in NumPy's order.

Differences from ``numpy.ScalarType``: no types for the dtypes tnp leaves out (longdouble,
clongdouble, datetime64, timedelta64, object_, bytes_, str_, void, and the separate
longlong/ulonglong types), and ``bfloat16`` at the end.
"""


# ----------------------------------------------------------------------------- type hierarchy
def _scalar_type(arg: object) -> type[generic]:
    """A scalar type as is (abstract ones included), anything else through ``dtype()``."""
    if isinstance(arg, type) and issubclass(arg, generic):
        return arg
    return to_dtype(arg).type


def issubdtype(arg1: object, arg2: object) -> bool:
    """Whether ``arg1`` is lower or equal in the type hierarchy, as ``numpy.issubdtype``.

    Both arguments may be scalar types, abstract ones included (``tnp.floating``), or
    anything ``tnp.dtype()`` accepts (dtypes, names, Python types).

    >>> import tnp_core as np
    >>> np.issubdtype("int32", np.signedinteger), np.issubdtype(np.float32, np.float64)
    (True, False)
    """
    return issubclass(_scalar_type(arg1), _scalar_type(arg2))


_SIGNED_TYPES = (int8, int16, int32, int64)
_UNSIGNED_TYPES = (uint8, uint16, uint32, uint64)
_REAL_FLOATING_TYPES = (float16, float32, float64, bfloat16)
_COMPLEX_TYPES = (complex64, complex128)

_KIND_NAMES: dict[str, frozenset[type[generic]]] = {
    "bool": frozenset((bool_,)),
    "signed integer": frozenset(_SIGNED_TYPES),
    "unsigned integer": frozenset(_UNSIGNED_TYPES),
    "integral": frozenset(_SIGNED_TYPES + _UNSIGNED_TYPES),
    "real floating": frozenset(_REAL_FLOATING_TYPES),
    "complex floating": frozenset(_COMPLEX_TYPES),
    "numeric": frozenset(_SIGNED_TYPES + _UNSIGNED_TYPES + _REAL_FLOATING_TYPES + _COMPLEX_TYPES),
}


def _dtype_type(obj: object) -> type[generic] | None:
    """The scalar type of a dtype or a scalar type, None for anything else (isdtype is strict)."""
    if isinstance(obj, dtype):
        return obj.type
    if isinstance(obj, type) and issubclass(obj, generic):
        return obj
    return None


def isdtype(dtype: object, kind: object) -> bool:
    """Whether ``dtype`` is of the given ``kind``, as ``numpy.isdtype`` (Array API).

    ``dtype`` must be a dtype or a scalar type (not a string or Python type). ``kind`` is a
    dtype, a scalar type, one of the kind names ``'bool'``, ``'signed integer'``,
    ``'unsigned integer'``, ``'integral'``, ``'real floating'``, ``'complex floating'``,
    ``'numeric'``, or a tuple of these. ``bfloat16`` counts as ``'real floating'``.

    >>> import tnp_core as np
    >>> np.isdtype(np.dtype("float32"), ("real floating", "complex floating"))
    True
    """
    tp = _dtype_type(dtype)
    if tp is None:
        raise TypeError(f"dtype argument must be a NumPy dtype, but it is a {type(dtype)}.")
    for k in kind if isinstance(kind, tuple) else (kind,):
        if isinstance(k, str):
            members = _KIND_NAMES.get(k)
            if members is None:
                raise ValueError(f"kind argument is a string, but {k!r} is not a known kind name.")
            if tp in members:
                return True
            continue
        kind_type = _dtype_type(k)
        if kind_type is None:
            raise TypeError(
                "kind argument must be comprised of NumPy dtypes or strings only, "
                f"but is a {type(k)}."
            )
        if tp is kind_type:
            return True
    return False


# ----------------------------------------------------------------------------- smallest types
def _torch_dtype_of(obj: object) -> torch.dtype:
    if isinstance(obj, ndarray):
        return obj._t.dtype
    if isinstance(obj, torch.Tensor):
        return obj.dtype
    return to_tensor(obj).dtype


def min_scalar_type(a: object) -> dtype:
    """The smallest dtype that holds ``a``, as ``numpy.min_scalar_type``.

    Python scalars and 0-D arrays are judged by their value: non-negative integers get the
    smallest unsigned type, floats the smallest float type that does not overflow (float16
    for values inside ±65000), complex numbers complex64 when both parts fit float32. Arrays
    of one or more dimensions give their own dtype. Where NumPy would answer with the object
    dtype (integers beyond 64 bits), tnp raises ``NotImplementedError``.

    >>> import tnp_core as np
    >>> np.min_scalar_type(10), np.min_scalar_type(-260), np.min_scalar_type(1e5)
    (dtype('uint8'), dtype('int16'), dtype('float32'))
    """
    if isinstance(a, _PY_SCALARS):
        value: bool | int | float | complex = a
        if isinstance(a, bool):
            source = _di.BOOL
        elif isinstance(a, int):
            source = _di.INT64
        elif isinstance(a, float):
            source = _di.FLOAT64
        else:
            source = _di.COMPLEX128
    else:
        if a is None:
            raise NotImplementedError(
                "min_scalar_type(None) would be the object dtype, which tnp does not support"
            )
        t = a._t if isinstance(a, ndarray) else a if isinstance(a, torch.Tensor) else to_tensor(a)
        if t.ndim != 0:
            return _DTYPE_OF_TORCH[t.dtype]
        source = t.dtype
        # torch reads uint64 through int64: recover the unsigned value
        value = int(t.view(_di.INT64).item()) % 2**64 if source is _di.UINT64 else t.item()
    found = _di.min_scalar_dtype(value, source)
    if found is None:
        raise NotImplementedError(
            f"min_scalar_type({value!r}) would be the object dtype, which tnp does not support"
        )
    return _DTYPE_OF_TORCH[found]


# precision ranks of NumPy's common_type: half, single, double
_PRECISION: dict[torch.dtype, int] = {
    _di.FLOAT16: 0,
    _di.BFLOAT16: 0,
    _di.FLOAT32: 1,
    _di.FLOAT64: 2,
    _di.COMPLEX64: 1,
    _di.COMPLEX128: 2,
}
_REAL_BY_PRECISION: tuple[type[inexact], ...] = (float16, float32, float64)
_COMPLEX_BY_PRECISION: tuple[type[inexact], ...] = (complex64, complex64, complex128)


def common_type(*arrays: Any) -> type[inexact]:
    """The inexact scalar type common to the arrays, as ``numpy.common_type``.

    Integer arrays count as float64, inexact arrays as their own precision, and any complex
    array makes the result complex; boolean arrays raise ``TypeError``. With no arrays the
    answer is ``float16``, as in NumPy. bfloat16 arrays alone give ``bfloat16``; mixed with
    float16 they give ``float32`` (as promotion does). Unlike NumPy, which wants objects
    with a ``dtype`` attribute, anything array-like is accepted.

    >>> import tnp_core as np
    >>> np.common_type(np.arange(3), np.ones(2, dtype=np.float32))
    <class 'tnp_core._dtypes.float64'>
    """
    is_complex = False
    precision = 0
    halves: set[torch.dtype] = set()
    for a in arrays:
        dt = _torch_dtype_of(a)
        k = _di.kind(dt)
        if k in "iu":
            p = 2
        elif k == "b":
            raise TypeError("can't get common type for non-numeric array")
        else:
            p = _PRECISION[dt]
            is_complex = is_complex or k == "c"
            if p == 0:
                halves.add(dt)
        precision = max(precision, p)
    if is_complex:
        return _COMPLEX_BY_PRECISION[precision]
    if precision == 0 and _di.BFLOAT16 in halves:
        return float32 if _di.FLOAT16 in halves else bfloat16
    return _REAL_BY_PRECISION[precision]


_TYPECODES_BY_SIZE = "GDFgdfQqLlIiHhBb?"


def mintypecode(
    typechars: Iterable[Any], typeset: str | Iterable[str] = "GDFgdf", default: str = "d"
) -> str:
    """The smallest type character in ``typeset`` that holds all of ``typechars``.

    As ``numpy.mintypecode``: ``typechars`` holds type characters, or arrays whose dtype
    character is used (a single array counts as a sequence of its rows). ``default`` is
    returned when no character is in ``typeset``; float32 with float64 and complex gives
    ``'D'``.

    >>> import tnp_core as np
    >>> np.mintypecode(["d", "f", "S"]), np.mintypecode("Fd")
    ('d', 'D')
    """
    chars = {t if isinstance(t, str) and t else _char_of(t) for t in typechars}
    members = typeset if isinstance(typeset, str) else set(typeset)
    found = {c for c in chars if c in members}
    if not found:
        return default
    if "F" in found and "d" in found:
        return "D"
    return min(found, key=_TYPECODES_BY_SIZE.index)


def _char_of(obj: object) -> str:
    if isinstance(obj, str):
        return "U"  # NumPy reads the empty string as a unicode array
    return _DTYPE_OF_TORCH[_torch_dtype_of(obj)].char


# ----------------------------------------------------------------------------- finfo / iinfo
def _info_dtype(obj: object, who: str) -> dtype:
    """The dtype ``finfo``/``iinfo`` describe for a dtype-like, an array or a scalar."""
    if isinstance(obj, ndarray):
        return _DTYPE_OF_TORCH[obj._t.dtype]
    if isinstance(obj, torch.Tensor):
        return _DTYPE_OF_TORCH[obj.dtype]
    if isinstance(obj, _PY_SCALARS):
        return to_dtype(type(obj))
    if obj is None and who == "finfo":
        warnings.warn(
            "finfo() dtype cannot be None. This behavior will raise an error in the future. "
            "(Deprecated in NumPy 1.25)",
            DeprecationWarning,
            stacklevel=3,
        )
    return to_dtype(obj)


_RULE = "-" * 63
# NumPy writes the limits in finfo's repr with a fixed number of digits per type
_REPR_LIMIT_FORMAT: dict[torch.dtype, str] = {
    _di.FLOAT16: ".5e",
    _di.FLOAT32: ".7e",
    _di.FLOAT64: ".16e",
}


class finfo:
    """Machine limits of a floating-point type, as ``numpy.finfo``.

    Takes a float or complex dtype-like, a scalar type or an array (a complex type gives the
    limits of its real part). The integer parameters are Python ints; the float ones
    (``eps``, ``max``, ``tiny`` ...) are 0-D arrays of the described dtype, where NumPy gives
    NumPy scalars; each access makes a new array on the default device. bfloat16 is
    supported. Integer and boolean types raise ``ValueError``.

    >>> import tnp_core as np
    >>> fi = np.finfo(np.float32)
    >>> fi.bits, fi.nmant, float(fi.eps)
    (32, 23, 1.1920928955078125e-07)
    """

    bits: int
    dtype: dtype
    iexp: int
    machep: int
    maxexp: int
    minexp: int
    negep: int
    nexp: int
    nmant: int
    precision: int
    _params: _di.FloatInfo
    _cache: ClassVar[dict[torch.dtype, finfo]] = {}

    def __new__(cls, dtype: object) -> finfo:
        if isinstance(dtype, type) and issubclass(dtype, generic) and dtype not in _TORCH_OF_TYPE:
            raise ValueError(f"data type {dtype!r} not inexact")
        dt = _info_dtype(dtype, "finfo")
        td = _di.REAL_OF_COMPLEX.get(dt.torch_dtype, dt.torch_dtype)
        cached = cls._cache.get(td)
        if cached is not None:
            return cached
        if dt.kind not in "fc":
            raise ValueError(f"data type {dt.type!r} not inexact")
        self = object.__new__(cls)
        p = _di.float_info(td)
        self._params = p
        self.dtype = _DTYPE_OF_TORCH[td]
        self.bits = p.bits
        self.nmant = p.nmant
        self.nexp = self.iexp = p.nexp
        self.machep = -p.nmant
        self.negep = -p.nmant - 1
        self.minexp = p.minexp
        self.maxexp = p.maxexp
        self.precision = p.precision
        cls._cache[td] = self
        return self

    def _scalar(self, value: float) -> ndarray:
        return wrap_tensor(
            torch.tensor(value, dtype=self.dtype.torch_dtype, device=defaults.device)
        )

    @property
    def eps(self) -> ndarray:
        """Distance from 1.0 to the next larger number, ``2**machep``."""
        return self._scalar(self._params.eps)

    @property
    def epsneg(self) -> ndarray:
        """Distance from 1.0 to the next smaller number, ``2**negep``."""
        return self._scalar(self._params.epsneg)

    @property
    def max(self) -> ndarray:
        """The largest finite number."""
        return self._scalar(self._params.max)

    @property
    def min(self) -> ndarray:
        """The most negative finite number, ``-max``."""
        return self._scalar(-self._params.max)

    @property
    def resolution(self) -> ndarray:
        """The decimal resolution, ``10**-precision``."""
        return self._scalar(self._params.resolution)

    @property
    def smallest_normal(self) -> ndarray:
        """The smallest positive normal number."""
        return self._scalar(self._params.smallest_normal)

    @property
    def tiny(self) -> ndarray:
        """Alias of ``smallest_normal``."""
        return self._scalar(self._params.smallest_normal)

    @property
    def smallest_subnormal(self) -> ndarray:
        """The smallest positive subnormal number."""
        return self._scalar(self._params.smallest_subnormal)

    def __repr__(self) -> str:
        spec = _REPR_LIMIT_FORMAT.get(self.dtype.torch_dtype)
        if spec is None:
            low, high = str(self.min), str(self.max)
        else:
            low, high = format(-self._params.max, spec), format(self._params.max, spec)
        return (
            f"finfo(resolution={self.resolution!s}, min={low}, max={high}, dtype={self.dtype.name})"
        )

    def __str__(self) -> str:
        return (
            f"Machine parameters for {self.dtype.name}\n{_RULE}\n"
            f"precision = {self.precision}   resolution = {self.resolution!s}\n"
            f"machep = {self.machep}   eps =        {self.eps!s}\n"
            f"negep =  {self.negep}   epsneg =     {self.epsneg!s}\n"
            f"minexp = {self.minexp}   tiny =       {self.tiny!s}\n"
            f"maxexp = {self.maxexp}   max =        {self.max!s}\n"
            f"nexp =   {self.nexp}   min =        -max\n"
            f"smallest_normal = {self.smallest_normal!s}   "
            f"smallest_subnormal = {self.smallest_subnormal!s}\n{_RULE}\n"
        )


class iinfo:
    """Machine limits of an integer type, as ``numpy.iinfo``.

    Takes an integer dtype-like, a scalar type or an array; ``min`` and ``max`` are Python
    ints, as in NumPy. Other types raise ``ValueError``.

    >>> import tnp_core as np
    >>> np.iinfo(np.int8).min, np.iinfo("u2").max
    (-128, 65535)
    """

    bits: int
    dtype: dtype
    kind: str
    min: int
    max: int

    def __init__(self, int_type: object) -> None:
        if (
            isinstance(int_type, type)
            and issubclass(int_type, generic)
            and int_type not in _TORCH_OF_TYPE
        ):
            raise ValueError(f"Invalid integer data type {int_type.__name__!r}.")
        dt = _info_dtype(int_type, "iinfo")
        if dt.kind not in "iu":
            raise ValueError(f"Invalid integer data type {dt.kind!r}.")
        self.dtype = dt
        self.kind = dt.kind
        self.bits = dt.itemsize * 8
        self.min, self.max = _di.INT_BOUNDS[dt.torch_dtype]

    def __repr__(self) -> str:
        return f"iinfo(min={self.min}, max={self.max}, dtype={self.dtype.name})"

    def __str__(self) -> str:
        return (
            f"Machine parameters for {self.dtype.name}\n{_RULE}\n"
            f"min = {self.min}\nmax = {self.max}\n{_RULE}\n"
        )
