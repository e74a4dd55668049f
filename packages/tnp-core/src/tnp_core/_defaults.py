"""Process-wide defaults: the default float dtype and the default device (tnp extensions)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import torch

from . import _defaults_impl as _impl
from ._dtypes import _DTYPE_OF_TORCH, dtype, to_torch_dtype

__all__ = [
    "default_device",
    "get_default_device",
    "get_default_float_dtype",
    "set_default_device",
    "set_default_float_dtype",
]


def set_default_float_dtype(dt: object) -> None:
    """Make ``dt`` (float32 or float64) the dtype of Python floats and untyped creation.

    NumPy's default is float64; float32 suits GPUs. Complex defaults follow (complex64 or
    complex128).
    """
    _impl.set_default_float(to_torch_dtype(dt))


def get_default_float_dtype() -> dtype:
    """The current default float dtype (float64 unless changed)."""
    return _DTYPE_OF_TORCH[_impl.defaults.float_dtype]


def set_default_device(device: str | torch.device | None) -> None:
    """Make ``device`` the one new arrays go to; None follows torch's own default device."""
    _impl.set_default_device(None if device is None else torch.device(device))


def get_default_device() -> torch.device:
    """The device new arrays go to."""
    return _impl.default_device()


@contextlib.contextmanager
def default_device(device: str | torch.device | None) -> Iterator[torch.device]:
    """Within the ``with`` block, new arrays go to ``device`` (None: torch's default device).

    The previous setting comes back when the block ends, also on an exception; blocks nest.
    Like ``set_default_device`` the setting is process-wide, not per thread.
    The context value is the device now in use.
    """
    previous = _impl.defaults.device
    set_default_device(device)
    try:
        yield get_default_device()
    finally:
        _impl.set_default_device(previous)
