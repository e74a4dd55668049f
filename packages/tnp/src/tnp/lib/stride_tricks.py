"""``numpy.lib.stride_tricks``: everything public in :mod:`tnp_core.lib.stride_tricks`."""

from tnp_core.lib.stride_tricks import *  # noqa: F403
from tnp_core.lib.stride_tricks import __all__ as __all__
