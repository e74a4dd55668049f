"""``numpy.random``: everything public in :mod:`tnp_random`."""

from tnp_random import *  # noqa: F403
from tnp_random import __all__ as __all__
