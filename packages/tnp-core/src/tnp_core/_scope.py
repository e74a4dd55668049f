"""NumPy names that tnp leaves out on purpose, and the error that says so.

Asking ``tnp_core`` (or ``tnp``) for one of them raises ``OutOfScopeError``: a
``NotImplementedError`` naming the reason. It is also an ``AttributeError``, so
``hasattr(tnp, "float128")`` and ``getattr(tnp, "matrix", None)`` answer as for any absent
name and feature detection keeps working.
"""

from __future__ import annotations

__all__ = ["OUT_OF_SCOPE", "OutOfScopeError", "missing_attribute"]

_STRINGS = "string and bytes dtypes are out of tnp's scope (PyTorch has no string tensors)"
_DATETIME = "datetime and timedelta dtypes are out of tnp's scope (PyTorch has none)"
_STRUCTURED = "structured and record dtypes are out of tnp's scope (PyTorch has none)"
_OBJECT = "the object dtype is out of tnp's scope (PyTorch tensors hold numbers only)"
_LONG = "extended-precision types are out of tnp's scope (PyTorch has no 80/128-bit floats)"
_MATRIX = "the deprecated matrix class is out of tnp's scope: use 2-D arrays"
_C_API = "NumPy's C-level API has no counterpart in tnp"

# name in the main namespace -> why tnp does not provide it
OUT_OF_SCOPE: dict[str, str] = {
    "asmatrix": _MATRIX,
    "bmat": _MATRIX,
    "matrix": _MATRIX,
    "busday_count": _DATETIME,
    "busday_offset": _DATETIME,
    "busdaycalendar": _DATETIME,
    "datetime64": _DATETIME,
    "datetime_as_string": _DATETIME,
    "datetime_data": _DATETIME,
    "is_busday": _DATETIME,
    "isnat": _DATETIME,
    "timedelta64": _DATETIME,
    "bytes_": _STRINGS,
    "char": _STRINGS,
    "character": _STRINGS,
    "flexible": _STRINGS,
    "fromregex": _STRINGS,
    "str_": _STRINGS,
    "strings": _STRINGS,
    "clongdouble": _LONG,
    "complex256": _LONG,
    "float128": _LONG,
    "longdouble": _LONG,
    "object_": _OBJECT,
    "frompyfunc": _OBJECT,
    "rec": _STRUCTURED,
    "recarray": _STRUCTURED,
    "record": _STRUCTURED,
    "void": _STRUCTURED,
    "core": "numpy.core is NumPy's private implementation package; use the main namespace",
    "ctypeslib": _C_API,
    "f2py": _C_API,
    "get_include": _C_API,
    "nditer": "the nditer iterator protocol is out of tnp's scope: use array operations",
    "nested_iters": "the nditer iterator protocol is out of tnp's scope: use array operations",
    "dtypes": "NumPy's per-dtype classes are out of tnp's scope: use tnp.dtype",
    "getbufsize": "tnp has no ufunc buffer to size",
    "setbufsize": "tnp has no ufunc buffer to size",
    "info": "interactive help is out of tnp's scope: use help()",
    "ma": "masked arrays are not provided by tnp (yet)",
    "memmap": "memory-mapped arrays are out of tnp's scope (torch tensors own their memory)",
    "polynomial": "the numpy.polynomial package is not provided by tnp (yet)",
    "show_config": "NumPy's build information has no tnp counterpart",
    "show_runtime": "NumPy's build information has no tnp counterpart",
    "test": "tnp's tests run with pytest from its repository",
}


class OutOfScopeError(NotImplementedError, AttributeError):
    """A NumPy name that tnp deliberately does not provide; the message says why."""


def missing_attribute(module: str, name: str) -> AttributeError:
    """The error for ``module.name`` that does not exist: ``OutOfScopeError`` with the reason
    for names tnp leaves out on purpose, a plain ``AttributeError`` otherwise."""
    reason = OUT_OF_SCOPE.get(name)
    if reason is not None:
        return OutOfScopeError(f"numpy.{name} is not available in tnp: {reason}")
    return AttributeError(f"module {module!r} has no attribute {name!r}")
