"""tnp-linalg: ``numpy.linalg`` on PyTorch tensors, built on tnp-core.

``import tnp_linalg`` mirrors ``numpy.linalg``: the functions take anything array-like
(tnp arrays, tensors, nested lists, Python numbers), follow NumPy 2's results, dtypes and
exceptions, and return ``tnp_core.ndarray``. The full namespace exposes this module as
``tnp.linalg``.
"""

from __future__ import annotations

from ._decompositions import cholesky as cholesky
from ._decompositions import eig as eig
from ._decompositions import eigh as eigh
from ._decompositions import eigvals as eigvals
from ._decompositions import eigvalsh as eigvalsh
from ._decompositions import lstsq as lstsq
from ._decompositions import matrix_rank as matrix_rank
from ._decompositions import pinv as pinv
from ._decompositions import qr as qr
from ._decompositions import svd as svd
from ._decompositions import svdvals as svdvals
from ._linalg import det as det
from ._linalg import inv as inv
from ._linalg import matrix_power as matrix_power
from ._linalg import slogdet as slogdet
from ._linalg import solve as solve
from ._linalg import tensorinv as tensorinv
from ._linalg import tensorsolve as tensorsolve
from ._linalg_impl import LinAlgError as LinAlgError
from ._norms import cond as cond
from ._norms import matrix_norm as matrix_norm
from ._norms import norm as norm
from ._norms import vector_norm as vector_norm
from ._products import cross as cross
from ._products import diagonal as diagonal
from ._products import matmul as matmul
from ._products import matrix_transpose as matrix_transpose
from ._products import multi_dot as multi_dot
from ._products import outer as outer
from ._products import tensordot as tensordot
from ._products import trace as trace
from ._products import vecdot as vecdot
from ._results import EighResult as EighResult
from ._results import EigResult as EigResult
from ._results import QRResult as QRResult
from ._results import SlogdetResult as SlogdetResult
from ._results import SVDResult as SVDResult
from ._version import __version__ as __version__

__all__ = [
    "EigResult",
    "EighResult",
    "LinAlgError",
    "QRResult",
    "SVDResult",
    "SlogdetResult",
    "cholesky",
    "cond",
    "cross",
    "det",
    "diagonal",
    "eig",
    "eigh",
    "eigvals",
    "eigvalsh",
    "inv",
    "lstsq",
    "matmul",
    "matrix_norm",
    "matrix_power",
    "matrix_rank",
    "matrix_transpose",
    "multi_dot",
    "norm",
    "outer",
    "pinv",
    "qr",
    "slogdet",
    "solve",
    "svd",
    "svdvals",
    "tensordot",
    "tensorinv",
    "tensorsolve",
    "trace",
    "vecdot",
    "vector_norm",
]
