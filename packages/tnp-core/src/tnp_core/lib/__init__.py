"""``numpy.lib`` counterparts: for now ``tnp_core.lib.stride_tricks``."""

from __future__ import annotations

from . import stride_tricks as stride_tricks

__all__ = ["stride_tricks"]
