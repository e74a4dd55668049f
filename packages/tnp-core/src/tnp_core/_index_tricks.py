"""Index helpers: ``s_``, ``index_exp``, ``ndindex``, ``ndenumerate``, as NumPy's."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from ._ndarray import ndarray, operator_index

__all__ = ["index_exp", "ndenumerate", "ndindex", "s_"]


class _IndexExpression:
    """``s_[...]`` gives the index expression itself; ``index_exp[...]`` always a tuple."""

    __slots__ = ("_as_tuple",)

    def __init__(self, as_tuple: bool) -> None:
        self._as_tuple = as_tuple

    def __getitem__(self, item: Any) -> Any:
        if self._as_tuple and not isinstance(item, tuple):
            return (item,)
        return item


s_ = _IndexExpression(as_tuple=False)
index_exp = _IndexExpression(as_tuple=True)


class ndindex:
    """Iterate over every index tuple of a shape in C order, as ``numpy.ndindex``."""

    def __init__(self, *shape: Any) -> None:
        if len(shape) == 1 and not isinstance(shape[0], int) and hasattr(shape[0], "__iter__"):
            shape = tuple(shape[0])
        self._shape = tuple(operator_index(d) for d in shape)
        if any(d < 0 for d in self._shape):
            raise ValueError("negative dimensions are not allowed")
        self._iter = itertools.product(*(range(d) for d in self._shape))

    def __iter__(self) -> ndindex:
        return self

    def __next__(self) -> tuple[int, ...]:
        return next(self._iter)


class ndenumerate:
    """Iterate over ``(index, element)`` pairs in C order, as ``numpy.ndenumerate``.

    Elements are 0-D arrays, tnp's scalars.
    """

    def __init__(self, arr: Any) -> None:
        from ._creation import asarray

        self._arr: ndarray = asarray(arr)
        self._indices: Iterator[tuple[int, ...]] = ndindex(self._arr.shape)

    def __iter__(self) -> ndenumerate:
        return self

    def __next__(self) -> tuple[tuple[int, ...], ndarray]:
        index = next(self._indices)
        return index, self._arr[index]
