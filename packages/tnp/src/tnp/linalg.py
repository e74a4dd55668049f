"""``numpy.linalg``: everything public in :mod:`tnp_linalg`."""

from tnp_linalg import *  # noqa: F403
from tnp_linalg import __all__ as __all__
