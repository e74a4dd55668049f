"""Assertions and helpers for testing array code, as ``numpy.testing``.

The assertions take tnp arrays, torch tensors, lists and scalars; they compare with
NumPy's rules (NaNs equal by default, scalars broadcast) and raise ``AssertionError`` with
a report laid out as NumPy's.
"""

from __future__ import annotations

from . import overrides as overrides
from ._asserts import assert_ as assert_
from ._asserts import assert_allclose as assert_allclose
from ._asserts import assert_almost_equal as assert_almost_equal
from ._asserts import assert_approx_equal as assert_approx_equal
from ._asserts import assert_array_almost_equal as assert_array_almost_equal
from ._asserts import assert_array_almost_equal_nulp as assert_array_almost_equal_nulp
from ._asserts import assert_array_compare as assert_array_compare
from ._asserts import assert_array_equal as assert_array_equal
from ._asserts import assert_array_less as assert_array_less
from ._asserts import assert_array_max_ulp as assert_array_max_ulp
from ._asserts import assert_equal as assert_equal
from ._asserts import assert_raises as assert_raises
from ._asserts import assert_raises_regex as assert_raises_regex
from ._asserts import assert_string_equal as assert_string_equal
from ._asserts import build_err_msg as build_err_msg
from ._asserts import print_assert_equal as print_assert_equal
from ._utils import BLAS_SUPPORTS_FPE as BLAS_SUPPORTS_FPE
from ._utils import HAS_LAPACK64 as HAS_LAPACK64
from ._utils import HAS_REFCOUNT as HAS_REFCOUNT
from ._utils import IS_64BIT as IS_64BIT
from ._utils import IS_EDITABLE as IS_EDITABLE
from ._utils import IS_INSTALLED as IS_INSTALLED
from ._utils import IS_MUSL as IS_MUSL
from ._utils import IS_PYPY as IS_PYPY
from ._utils import IS_PYSTON as IS_PYSTON
from ._utils import IS_WASM as IS_WASM
from ._utils import NOGIL_BUILD as NOGIL_BUILD
from ._utils import NUMPY_ROOT as NUMPY_ROOT
from ._utils import IgnoreException as IgnoreException
from ._utils import KnownFailureException as KnownFailureException
from ._utils import SkipTest as SkipTest
from ._utils import TestCase as TestCase
from ._utils import assert_no_gc_cycles as assert_no_gc_cycles
from ._utils import assert_no_warnings as assert_no_warnings
from ._utils import assert_warns as assert_warns
from ._utils import break_cycles as break_cycles
from ._utils import check_support_sve as check_support_sve
from ._utils import clear_and_catch_warnings as clear_and_catch_warnings
from ._utils import decorate_methods as decorate_methods
from ._utils import jiffies as jiffies
from ._utils import measure as measure
from ._utils import memusage as memusage
from ._utils import run_threaded as run_threaded
from ._utils import rundocs as rundocs
from ._utils import runstring as runstring
from ._utils import suppress_warnings as suppress_warnings
from ._utils import tempdir as tempdir
from ._utils import temppath as temppath
from ._utils import verbose as verbose

__all__ = [
    "BLAS_SUPPORTS_FPE",
    "HAS_LAPACK64",
    "HAS_REFCOUNT",
    "IS_64BIT",
    "IS_EDITABLE",
    "IS_INSTALLED",
    "IS_MUSL",
    "IS_PYPY",
    "IS_PYSTON",
    "IS_WASM",
    "NOGIL_BUILD",
    "NUMPY_ROOT",
    "IgnoreException",
    "KnownFailureException",
    "SkipTest",
    "TestCase",
    "assert_",
    "assert_allclose",
    "assert_almost_equal",
    "assert_approx_equal",
    "assert_array_almost_equal",
    "assert_array_almost_equal_nulp",
    "assert_array_compare",
    "assert_array_equal",
    "assert_array_less",
    "assert_array_max_ulp",
    "assert_equal",
    "assert_no_gc_cycles",
    "assert_no_warnings",
    "assert_raises",
    "assert_raises_regex",
    "assert_string_equal",
    "assert_warns",
    "break_cycles",
    "build_err_msg",
    "check_support_sve",
    "clear_and_catch_warnings",
    "decorate_methods",
    "jiffies",
    "measure",
    "memusage",
    "overrides",
    "print_assert_equal",
    "run_threaded",
    "rundocs",
    "runstring",
    "suppress_warnings",
    "tempdir",
    "temppath",
    "verbose",
]
