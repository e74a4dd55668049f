"""Which tnp functions take part in overriding, as ``numpy.testing.overrides``.

tnp's ufuncs are ``tnp.ufunc`` objects; the dispatch protocols (``__array_function__``,
``__array_ufunc__``) are those of tnp's arrays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tnp_core._ufuncs import ufunc

__all__ = [
    "allows_array_function_override",
    "allows_array_ufunc_override",
    "get_overridable_numpy_array_functions",
    "get_overridable_numpy_ufuncs",
]


def get_overridable_numpy_ufuncs() -> set[ufunc]:
    """Every ufunc of the main namespace."""
    import tnp_core
    from tnp_core._ufuncs import ufunc

    return {obj for obj in vars(tnp_core).values() if isinstance(obj, ufunc)}


def allows_array_ufunc_override(func: Any) -> bool:
    """Whether ``func`` is a ufunc, the objects ``__array_ufunc__`` can override."""
    from tnp_core._ufuncs import ufunc

    return isinstance(func, ufunc)


def get_overridable_numpy_array_functions() -> set[Any]:
    """Every public callable of the main namespace that is not a ufunc or a type."""
    import tnp_core
    from tnp_core._ufuncs import ufunc

    return {
        obj
        for name, obj in vars(tnp_core).items()
        if not name.startswith("_")
        and callable(obj)
        and not isinstance(obj, (ufunc, type))
        and getattr(obj, "__module__", "").startswith("tnp_core")
    }


def allows_array_function_override(func: Any) -> bool:
    """Whether ``func`` is one of the functions ``__array_function__`` can override."""
    return func in get_overridable_numpy_array_functions()
