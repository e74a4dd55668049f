"""The public extension surface of tnp-core, for sibling distributions and third parties.

``tnp_linalg``, ``tnp_fft`` and ``tnp_random`` use tnp-core only through this module. It is
versioned with tnp-core: names here change only with a minor-version bump (0.x) and are
listed in the changelog.

A sibling function is written the way core's are: a tensor-only impl function and a public
declaration bound to it with ``normalize``::

    from tnp_core.extending import ArrayLike, ndarray, normalize


    def _inv_impl(a: torch.Tensor) -> torch.Tensor: ...


    @normalize(_inv_impl)
    def inv(a: ArrayLike) -> ndarray:
        "Inverse of a matrix, as numpy.linalg.inv."
"""

from __future__ import annotations

import torch

from ._conversion import to_tensor as to_tensor
from ._defaults_impl import default_device as default_device
from ._defaults_impl import defaults as _defaults
from ._dtypes import dtype as dtype
from ._dtypes import from_torch_dtype as from_torch_dtype
from ._dtypes import to_torch_dtype as to_torch_dtype
from ._dtypes_impl import can_cast as can_cast_torch
from ._dtypes_impl import kind as dtype_kind
from ._dtypes_impl import promote as promote_torch
from ._ndarray import ndarray as ndarray
from ._normalizer import ArrayLike as ArrayLike
from ._normalizer import AxisIndex as AxisIndex
from ._normalizer import AxisLike as AxisLike
from ._normalizer import CastingModes as CastingModes
from ._normalizer import DeviceLike as DeviceLike
from ._normalizer import DTypeLike as DTypeLike
from ._normalizer import KeepDims as KeepDims
from ._normalizer import OptArrayLike as OptArrayLike
from ._normalizer import OptScalarLike as OptScalarLike
from ._normalizer import OutArray as OutArray
from ._normalizer import ScalarLike as ScalarLike
from ._normalizer import ShapeLike as ShapeLike
from ._normalizer import as_tensor as as_tensor
from ._normalizer import normalize as normalize
from ._normalizer import normalize_axis_index as normalize_axis_index
from ._normalizer import normalize_axis_tuple as normalize_axis_tuple
from ._normalizer import wrap as wrap
from ._scope import OutOfScopeError as OutOfScopeError
from ._scope import missing_attribute as missing_attribute
from .exceptions import AxisError as AxisError


def default_float_dtype() -> torch.dtype:
    """The torch dtype of Python floats and untyped float creation (float64 by default)."""
    return _defaults.float_dtype


def default_complex_dtype() -> torch.dtype:
    """The torch dtype of Python complex numbers (complex128 by default)."""
    return _defaults.complex_dtype


def default_int_dtype() -> torch.dtype:
    """The torch dtype of Python ints (int64)."""
    return _defaults.int_dtype


__all__ = [
    "ArrayLike",
    "AxisError",
    "AxisIndex",
    "AxisLike",
    "CastingModes",
    "DTypeLike",
    "DeviceLike",
    "KeepDims",
    "OptArrayLike",
    "OptScalarLike",
    "OutArray",
    "OutOfScopeError",
    "ScalarLike",
    "ShapeLike",
    "as_tensor",
    "can_cast_torch",
    "default_complex_dtype",
    "default_device",
    "default_float_dtype",
    "default_int_dtype",
    "dtype",
    "dtype_kind",
    "from_torch_dtype",
    "missing_attribute",
    "ndarray",
    "normalize",
    "normalize_axis_index",
    "normalize_axis_tuple",
    "promote_torch",
    "to_tensor",
    "to_torch_dtype",
    "wrap",
]
