"""NumPy's exception and warning types (``numpy.exceptions``)."""

from __future__ import annotations

__all__ = [
    "AxisError",
    "ComplexWarning",
    "DTypePromotionError",
    "ModuleDeprecationWarning",
    "RankWarning",
    "TooHardError",
    "VisibleDeprecationWarning",
]


class AxisError(ValueError, IndexError):
    """An axis argument is out of range for the array's dimensions.

    Built as NumPy's: ``AxisError(axis, ndim, msg_prefix)`` formats the standard message,
    ``AxisError(message)`` keeps a custom one.
    """

    axis: int | None
    ndim: int | None

    def __init__(self, axis: int | str, ndim: int | None = None, msg_prefix: str | None = None):
        if ndim is None and msg_prefix is None:
            self.axis = None
            self.ndim = None
            self._msg = str(axis)
        else:
            self.axis = int(axis)
            self.ndim = ndim
            text = f"axis {axis} is out of bounds for array of dimension {ndim}"
            self._msg = f"{msg_prefix}: {text}" if msg_prefix is not None else text
        super().__init__(self._msg)

    def __str__(self) -> str:
        return self._msg


class ComplexWarning(RuntimeWarning):
    """A complex value was cast to a real type, discarding the imaginary part."""


class DTypePromotionError(TypeError):
    """No common dtype exists for the given dtypes."""


class ModuleDeprecationWarning(DeprecationWarning):
    """A module-level deprecation."""


class RankWarning(RuntimeWarning):
    """A polynomial fit is rank deficient."""


class TooHardError(RuntimeError):
    """A problem is too hard to solve within the given bounds (``max_work``)."""


class VisibleDeprecationWarning(UserWarning):
    """A deprecation shown to users by default."""
