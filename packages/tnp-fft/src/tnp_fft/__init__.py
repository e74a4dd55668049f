"""tnp-fft: ``numpy.fft`` on PyTorch tensors, built on tnp-core.

``import tnp_fft`` mirrors ``numpy.fft``: the transforms take anything array-like, follow
NumPy 2's results, dtypes and exceptions, run on the input's torch device and return
``tnp_core.ndarray``. The full namespace exposes this module as ``tnp.fft``.
"""

from __future__ import annotations

from ._fft import fft as fft
from ._fft import ifft as ifft
from ._version import __version__ as __version__

__all__ = ["fft", "ifft"]
