"""``numpy.emath``: everything public in :mod:`tnp_core.emath`."""

from tnp_core.emath import *  # noqa: F403
from tnp_core.emath import __all__ as __all__
