"""tnp-fft: ``numpy.fft`` on PyTorch tensors, built on tnp-core.

``import tnp_fft`` mirrors ``numpy.fft``: the transforms take anything array-like, follow
NumPy 2's results, dtypes and exceptions, run on the input's torch device and return
``tnp_core.ndarray``. The full namespace exposes this module as ``tnp.fft``.
"""

from __future__ import annotations

from ._fft import fft as fft
from ._fft import fft2 as fft2
from ._fft import fftfreq as fftfreq
from ._fft import fftn as fftn
from ._fft import fftshift as fftshift
from ._fft import hfft as hfft
from ._fft import ifft as ifft
from ._fft import ifft2 as ifft2
from ._fft import ifftn as ifftn
from ._fft import ifftshift as ifftshift
from ._fft import ihfft as ihfft
from ._fft import irfft as irfft
from ._fft import irfft2 as irfft2
from ._fft import irfftn as irfftn
from ._fft import rfft as rfft
from ._fft import rfft2 as rfft2
from ._fft import rfftfreq as rfftfreq
from ._fft import rfftn as rfftn
from ._version import __version__ as __version__

__all__ = [
    "fft",
    "fft2",
    "fftfreq",
    "fftn",
    "fftshift",
    "hfft",
    "ifft",
    "ifft2",
    "ifftn",
    "ifftshift",
    "ihfft",
    "irfft",
    "irfft2",
    "irfftn",
    "rfft",
    "rfft2",
    "rfftfreq",
    "rfftn",
]
