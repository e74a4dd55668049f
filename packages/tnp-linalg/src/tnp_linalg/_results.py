"""The named-tuple results of ``tnp_linalg``'s decompositions, as NumPy's.

NumPy 2 returns these from ``eig``, ``eigh``, ``qr``, ``slogdet`` and ``svd``; they unpack
like plain tuples and name their fields.
"""

from __future__ import annotations

from typing import NamedTuple

from tnp_core.extending import ndarray

__all__ = ["EigResult", "EighResult", "QRResult", "SVDResult", "SlogdetResult"]


class EigResult(NamedTuple):
    """``eig``'s result: eigenvalues and the matching right eigenvectors (columns)."""

    eigenvalues: ndarray
    eigenvectors: ndarray


class EighResult(NamedTuple):
    """``eigh``'s result: ascending real eigenvalues and orthonormal eigenvectors (columns)."""

    eigenvalues: ndarray
    eigenvectors: ndarray


class QRResult(NamedTuple):
    """``qr``'s result in the 'reduced' and 'complete' modes: ``a = Q @ R``."""

    Q: ndarray
    R: ndarray


class SlogdetResult(NamedTuple):
    """``slogdet``'s result: the determinant is ``sign * exp(logabsdet)``."""

    sign: ndarray
    logabsdet: ndarray


class SVDResult(NamedTuple):
    """``svd``'s result: ``a = U @ (S[..., None] * Vh)``, ``S`` in descending order."""

    U: ndarray
    S: ndarray
    Vh: ndarray


for _cls in (EigResult, EighResult, QRResult, SlogdetResult, SVDResult):
    _cls.__module__ = "tnp_linalg"
del _cls
