"""``numpy.typing``: everything public in :mod:`tnp_core.typing`."""

from tnp_core.typing import *  # noqa: F403
from tnp_core.typing import __all__ as __all__
