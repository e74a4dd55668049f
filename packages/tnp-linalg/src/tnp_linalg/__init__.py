"""tnp-linalg: ``numpy.linalg`` on PyTorch tensors, built on tnp-core.

``import tnp_linalg`` mirrors ``numpy.linalg``: the functions take anything array-like
(tnp arrays, tensors, nested lists, Python numbers), follow NumPy 2's results, dtypes and
exceptions, and return ``tnp_core.ndarray``. The full namespace exposes this module as
``tnp.linalg``.
"""

from __future__ import annotations

from ._linalg import det as det
from ._linalg import inv as inv
from ._linalg import solve as solve
from ._linalg_impl import LinAlgError as LinAlgError
from ._version import __version__ as __version__

__all__ = ["LinAlgError", "det", "inv", "solve"]
