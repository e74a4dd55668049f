# mypy: disable-error-code="empty-body"
"""NumPy's legacy global-state functions (``seed``, ``rand``, ``randn``), bound to
``_random_impl``.

Each function is a signature and a docstring; ``normalize`` from ``tnp_core.extending``
calls the implementation and wraps the tensors it returns into ``tnp_core.ndarray``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import SupportsIndex

from tnp_core.extending import default_device, default_float_dtype, ndarray, normalize

from . import _random_impl as _impl

__all__ = ["rand", "randn", "seed"]

# rand and randn make arrays of tnp-core's default float dtype on its default device, which
# the implementations cannot import themselves.
_impl.bind_defaults(default_float_dtype, default_device)


@normalize(_impl.seed)
def seed(seed: SupportsIndex | Sequence[SupportsIndex] | None = None) -> None:
    """Seed the global random state, as ``numpy.random.seed``.

    ``seed`` is None (fresh entropy from the operating system), an integer in
    ``[0, 2**32 - 1]`` or a sequence of such integers; anything else raises ``ValueError``
    (out of range) or ``TypeError`` (not integers). The numbers that follow are reproducible
    for a seed on a given device, but they are torch's, not the ones NumPy's MT19937 gives.
    """


@normalize(_impl.rand)
def rand(*shape: SupportsIndex) -> ndarray:
    """Uniform samples on ``[0, 1)`` in an array of the given shape, as ``numpy.random.rand``.

    ``rand()`` gives a 0-D array (tnp's scalars are 0-D arrays). The array has the default
    float dtype (float64) and lives on the default device; it comes from the global state
    that ``seed`` restarts. The values differ from NumPy's for the same seed.
    """


@normalize(_impl.randn)
def randn(*shape: SupportsIndex) -> ndarray:
    """Standard normal samples in an array of the given shape, as ``numpy.random.randn``.

    Mean 0 and variance 1; ``randn()`` gives a 0-D array. dtype, device and the global state
    are as in ``rand``, and the values likewise differ from NumPy's for the same seed.
    """
