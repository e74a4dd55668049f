"""NumPy's dispatch protocols for ``tnp.ndarray``: NEP 18 (``__array_function__``) and
NEP 13 (``__array_ufunc__``).

When a NumPy function or ufunc meets a tnp array, NumPy hands the call to tnp: the function
of the same name in tnp runs (``numpy.linalg.*`` in ``tnp_linalg`` and ``numpy.fft.*`` in
``tnp_fft`` when those are installed) and its tnp arrays come back, computed on the arrays'
device. NumPy arrays and NumPy scalars among the arguments are converted with
``tnp.asarray`` (onto the device of the first tnp array), NumPy dtypes to their names. What
tnp lacks answers ``NotImplemented``, and NumPy then raises ``TypeError``.

NumPy is never imported here: NumPy itself calls these hooks, so when they run it is
already in ``sys.modules``, where its types are looked up.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Collection
from types import ModuleType
from typing import Any

import torch

from ._ndarray import ndarray

__all__ = ["array_function", "array_ufunc"]

# NumPy's public module -> the tnp distribution that implements it
_MODULES = {
    "numpy": "tnp_core",
    "numpy.linalg": "tnp_linalg",
    "numpy.fft": "tnp_fft",
}


def _tnp_module(numpy_module: str) -> ModuleType | None:
    """The tnp module standing in for ``numpy_module``, or None (unknown, or not installed)."""
    name = _MODULES.get(numpy_module)
    if name is None:
        return None
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _lookup(module: ModuleType | None, name: str) -> Any:
    """``module.name``, or None where tnp lacks it (or leaves it out of scope on purpose)."""
    if module is None:
        return None
    try:
        return getattr(module, name)
    except (AttributeError, NotImplementedError):
        return None


class _Converter:
    """Turns NumPy objects in an argument structure into tnp ones."""

    __slots__ = ("_device", "_numpy")

    def __init__(self, numpy: ModuleType, device: torch.device | None) -> None:
        self._numpy = numpy
        self._device = device

    def __call__(self, value: Any) -> Any:
        np = self._numpy
        if isinstance(value, ndarray):
            return value
        if isinstance(value, (np.ndarray, np.generic)):
            from ._creation import asarray

            return asarray(value, device=self._device)
        if isinstance(value, np.dtype):
            return value.name
        if isinstance(value, type) and issubclass(value, np.generic):
            return np.dtype(value).name
        if isinstance(value, list):
            return [self(v) for v in value]
        if type(value) is tuple:  # not a named tuple, whose fields have meanings
            return tuple(self(v) for v in value)
        return value


def _first_device(values: Any) -> torch.device | None:
    """The device of the first tnp array in ``values`` (nested lists and tuples included)."""
    for value in values:
        if isinstance(value, ndarray):
            return value.device
        if isinstance(value, (list, tuple)):
            found = _first_device(value)
            if found is not None:
                return found
    return None


def _numpy() -> ModuleType | None:
    return sys.modules.get("numpy")


def _has_numpy_array(value: Any, np: ModuleType) -> bool:
    if isinstance(value, np.ndarray):
        return True
    if isinstance(value, (list, tuple)):
        return any(_has_numpy_array(v, np) for v in value)
    return False


def array_function(
    func: Callable[..., Any],
    types: Collection[type],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> Any:
    """Run tnp's version of the NumPy function ``func`` (NEP 18), or ``NotImplemented``.

    The function is found by ``func.__name__`` in the tnp module matching ``func.__module__``.
    Arguments of types other than tnp's and NumPy's own arrays make it ``NotImplemented``, as
    do NumPy arrays passed as ``out=`` (tnp cannot write into NumPy's memory on every device).
    """
    np = _numpy()
    if np is None:
        return NotImplemented
    for kind in types:
        if not issubclass(kind, (ndarray, np.ndarray)):
            return NotImplemented
    target = _lookup(_tnp_module(getattr(func, "__module__", "") or ""), func.__name__)
    if not callable(target) or isinstance(target, type):
        return NotImplemented
    if _has_numpy_array(kwargs.get("out"), np):
        return NotImplemented
    convert = _Converter(np, _first_device((args, tuple(kwargs.values()))))
    return target(*convert(args), **{k: convert(v) for k, v in kwargs.items()})


def array_ufunc(ufunc: Any, method: str, *inputs: Any, **kwargs: Any) -> Any:
    """Run tnp's ufunc of the same name, or its ``method`` (NEP 13), or ``NotImplemented``.

    ``method`` is ``"__call__"``, ``"reduce"``, ``"accumulate"``, ``"reduceat"``, ``"outer"``
    or ``"at"``; tnp's ufunc must have it. NumPy arrays as ``out=`` make it
    ``NotImplemented``, as unknown array types among the inputs do.
    """
    from ._ufuncs import ufunc as tnp_ufunc

    np = _numpy()
    if np is None:
        return NotImplemented
    target = _lookup(_tnp_module("numpy"), getattr(ufunc, "__name__", ""))
    if not isinstance(target, tnp_ufunc):
        return NotImplemented
    call: Any = target if method == "__call__" else getattr(target, method, None)
    if call is None:
        return NotImplemented
    for value in inputs:
        if hasattr(value, "__array_ufunc__") and not isinstance(value, (ndarray, np.ndarray)):
            return NotImplemented
    out = kwargs.get("out")
    if out is not None:
        if _has_numpy_array(out, np):
            return NotImplemented
        # NumPy always passes a tuple; tnp's single-output ufuncs take the array itself
        if isinstance(out, tuple) and len(out) == 1:
            kwargs["out"] = out[0]
    convert = _Converter(np, _first_device((inputs, tuple(kwargs.values()))))
    return call(*convert(inputs), **{k: convert(v) for k, v in kwargs.items()})
