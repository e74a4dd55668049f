"""``numpy.lib``: the parts tnp provides (``tnp.lib.stride_tricks``)."""

from tnp.lib import stride_tricks as stride_tricks

__all__ = ["stride_tricks"]
