"""tnp-random: ``numpy.random`` on PyTorch tensors, built on tnp-core.

``import tnp_random`` mirrors ``numpy.random``: the legacy global-state functions (``seed``,
``rand``, ``randn``) and the ``Generator`` API (``default_rng``). Arrays are
``tnp_core.ndarray`` on the default device. The numbers come from torch's generators, so a
seed reproduces a stream on a given device but does not give NumPy's numbers. The full
namespace exposes this module as ``tnp.random``.
"""

from __future__ import annotations

from ._generator import Generator as Generator
from ._generator import default_rng as default_rng
from ._random import rand as rand
from ._random import randn as randn
from ._random import seed as seed
from ._version import __version__ as __version__

__all__ = ["Generator", "default_rng", "rand", "randn", "seed"]
