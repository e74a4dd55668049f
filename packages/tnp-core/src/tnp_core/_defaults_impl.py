"""The process-wide defaults: dtypes of Python scalars and untyped creation, and the device."""

from __future__ import annotations

import torch


class Defaults:
    """Mutable holder of the defaults; NumPy's are float64, complex128 and int64."""

    __slots__ = ("complex_dtype", "device", "float_dtype", "int_dtype")

    def __init__(self) -> None:
        self.float_dtype: torch.dtype = torch.float64
        self.complex_dtype: torch.dtype = torch.complex128
        self.int_dtype: torch.dtype = torch.int64
        # None: follow torch's own default device (torch.set_default_device)
        self.device: torch.device | None = None


defaults = Defaults()


def set_default_float(dt: torch.dtype) -> None:
    """Switch the default float dtype (and the matching complex one)."""
    if dt is not torch.float32 and dt is not torch.float64:
        raise ValueError(f"the default float dtype must be float32 or float64, not {dt}")
    defaults.float_dtype = dt
    defaults.complex_dtype = torch.complex64 if dt is torch.float32 else torch.complex128


def default_device() -> torch.device:
    """The device new arrays go to."""
    dev = defaults.device
    if dev is None:
        return torch.get_default_device()
    return dev


def set_default_device(dev: torch.device | None) -> None:
    """Set the device new arrays go to; None follows torch's default device."""
    defaults.device = dev
