"""``numpy.testing``: everything public in :mod:`tnp_core.testing`."""

from tnp_core.testing import *  # noqa: F403
from tnp_core.testing import __all__ as __all__
