"""``numpy.fft``: everything public in :mod:`tnp_fft`."""

from tnp_fft import *  # noqa: F403
from tnp_fft import __all__ as __all__
