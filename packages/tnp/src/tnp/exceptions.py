"""``numpy.exceptions``: everything public in :mod:`tnp_core.exceptions`."""

from tnp_core.exceptions import *  # noqa: F403
from tnp_core.exceptions import __all__ as __all__
