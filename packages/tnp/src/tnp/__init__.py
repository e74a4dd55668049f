"""NumPy's API on PyTorch tensors: ``import tnp as np``.

The main namespace is :mod:`tnp_core`'s; ``tnp.linalg``, ``tnp.fft``,
``tnp.random`` and ``tnp.testing`` re-export :mod:`tnp_linalg`, :mod:`tnp_fft`,
:mod:`tnp_random` and :mod:`tnp_core.testing`. The names are the very same
objects, so ``tnp.sum is tnp_core.sum``.
"""

from typing import TYPE_CHECKING as _TYPE_CHECKING

import tnp_core as _core
from tnp_core import *  # noqa: F403

# isort: split
# tnp_core's __all__ lists "testing" and "exceptions", as numpy's does, so the star
# import bound them to tnp_core's modules. `import tnp.testing` (unlike `from tnp import
# testing`, which would keep the bound name) loads this package's own submodule
# and rebinds the name; it holds the same objects, hence the ignore.
import tnp.exceptions as exceptions  # type: ignore[no-redef]  # noqa: F401
import tnp.testing as testing  # type: ignore[no-redef]  # noqa: F401
from tnp import emath as emath
from tnp import fft as fft
from tnp import lib as lib
from tnp import linalg as linalg
from tnp import random as random
from tnp import typing as typing
from tnp._version import __version__ as __version__
from tnp_core.extending import missing_attribute as _missing_attribute

# Built from literals and `module.__all__` only: the forms type checkers follow.
__all__ = []
__all__ += _core.__all__
__all__ += ["emath", "fft", "lib", "linalg", "random", "typing"]

if not _TYPE_CHECKING:  # hidden from type checkers, which would accept any name otherwise

    def __getattr__(name: str) -> object:
        # NumPy names left out on purpose raise an error saying why
        raise _missing_attribute(__name__, name)
