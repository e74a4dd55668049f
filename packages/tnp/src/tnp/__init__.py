"""NumPy's API on PyTorch tensors: ``import tnp as np``.

The main namespace is :mod:`tnp_core`'s; ``tnp.linalg``, ``tnp.fft``,
``tnp.random`` and ``tnp.testing`` re-export :mod:`tnp_linalg`, :mod:`tnp_fft`,
:mod:`tnp_random` and :mod:`tnp_core.testing`. The names are the very same
objects, so ``tnp.sum is tnp_core.sum``.
"""

from tnp_core import *  # noqa: F403
from tnp_core import __all__ as _core_all

from tnp import fft as fft
from tnp import linalg as linalg
from tnp import random as random
from tnp import testing as testing
from tnp._version import __version__ as __version__

__all__ = [*_core_all, "linalg", "fft", "random", "testing"]
