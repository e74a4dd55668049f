"""tnp-core: NumPy's main namespace on PyTorch tensors.

``import tnp_core as np`` gives dtypes, ``ndarray``, creation functions, ufuncs and
reductions that follow NumPy 2 exactly and run on any torch device. The full namespace,
with ``linalg``, ``fft`` and ``random``, is the ``tnp`` package.
"""

from __future__ import annotations

import sys as _sys
from typing import TYPE_CHECKING as _TYPE_CHECKING

# ndarray first: its module binds the operators to the ufuncs at its end, so the ufunc
# module must not be the one to start the import chain
from . import _ndarray  # noqa: F401  # isort: skip

from . import emath as emath
from . import exceptions as exceptions
from . import lib as lib
from . import testing as testing
from . import typing as typing
from ._array_api import __array_api_version__ as __array_api_version__
from ._array_api import __array_namespace_info__ as __array_namespace_info__
from ._arrayprint import array2string as array2string
from ._arrayprint import array_repr as array_repr
from ._arrayprint import array_str as array_str
from ._arrayprint import format_float_positional as format_float_positional
from ._arrayprint import format_float_scientific as format_float_scientific
from ._arrayprint import get_printoptions as get_printoptions
from ._arrayprint import printoptions as printoptions
from ._arrayprint import set_printoptions as set_printoptions
from ._bits import base_repr as base_repr
from ._bits import binary_repr as binary_repr
from ._bits import packbits as packbits
from ._bits import unpackbits as unpackbits
from ._comparison import allclose as allclose
from ._comparison import array_equal as array_equal
from ._comparison import array_equiv as array_equiv
from ._comparison import isclose as isclose
from ._creation import arange as arange
from ._creation import array as array
from ._creation import asanyarray as asanyarray
from ._creation import asarray as asarray
from ._creation import asarray_chkfinite as asarray_chkfinite
from ._creation import ascontiguousarray as ascontiguousarray
from ._creation import asfortranarray as asfortranarray
from ._creation import copy as copy
from ._creation import diag as diag
from ._creation import diagflat as diagflat
from ._creation import empty as empty
from ._creation import empty_like as empty_like
from ._creation import eye as eye
from ._creation import from_dlpack as from_dlpack
from ._creation import frombuffer as frombuffer
from ._creation import fromfunction as fromfunction
from ._creation import fromiter as fromiter
from ._creation import fromstring as fromstring
from ._creation import full as full
from ._creation import full_like as full_like
from ._creation import geomspace as geomspace
from ._creation import identity as identity
from ._creation import indices as indices
from ._creation import linspace as linspace
from ._creation import logspace as logspace
from ._creation import meshgrid as meshgrid
from ._creation import mgrid as mgrid
from ._creation import ogrid as ogrid
from ._creation import ones as ones
from ._creation import ones_like as ones_like
from ._creation import require as require
from ._creation import tri as tri
from ._creation import tril as tril
from ._creation import triu as triu
from ._creation import vander as vander
from ._creation import zeros as zeros
from ._creation import zeros_like as zeros_like
from ._defaults import default_device as default_device
from ._defaults import get_default_device as get_default_device
from ._defaults import get_default_float_dtype as get_default_float_dtype
from ._defaults import set_default_device as set_default_device
from ._defaults import set_default_float_dtype as set_default_float_dtype
from ._dtypes import bfloat16 as bfloat16
from ._dtypes import bool_ as bool
from ._dtypes import bool_ as bool_
from ._dtypes import complex64 as complex64
from ._dtypes import complex128 as complex128
from ._dtypes import complexfloating as complexfloating
from ._dtypes import dtype as dtype
from ._dtypes import float16 as float16
from ._dtypes import float32 as float32
from ._dtypes import float64 as float64
from ._dtypes import floating as floating
from ._dtypes import generic as generic
from ._dtypes import inexact as inexact
from ._dtypes import int8 as int8
from ._dtypes import int16 as int16
from ._dtypes import int32 as int32
from ._dtypes import int64 as int64
from ._dtypes import integer as integer
from ._dtypes import number as number
from ._dtypes import signedinteger as signedinteger
from ._dtypes import uint8 as uint8
from ._dtypes import uint16 as uint16
from ._dtypes import uint32 as uint32
from ._dtypes import uint64 as uint64
from ._dtypes import unsignedinteger as unsignedinteger
from ._elementwise import angle as angle
from ._elementwise import fix as fix
from ._elementwise import i0 as i0
from ._elementwise import imag as imag
from ._elementwise import iscomplex as iscomplex
from ._elementwise import iscomplexobj as iscomplexobj
from ._elementwise import isneginf as isneginf
from ._elementwise import isposinf as isposinf
from ._elementwise import isreal as isreal
from ._elementwise import isrealobj as isrealobj
from ._elementwise import nan_to_num as nan_to_num
from ._elementwise import real as real
from ._elementwise import real_if_close as real_if_close
from ._elementwise import sinc as sinc
from ._errstate import errstate as errstate
from ._errstate import geterr as geterr
from ._errstate import geterrcall as geterrcall
from ._errstate import seterr as seterr
from ._errstate import seterrcall as seterrcall
from ._function_base import apply_along_axis as apply_along_axis
from ._function_base import apply_over_axes as apply_over_axes
from ._function_base import bartlett as bartlett
from ._function_base import blackman as blackman
from ._function_base import convolve as convolve
from ._function_base import correlate as correlate
from ._function_base import diff as diff
from ._function_base import gradient as gradient
from ._function_base import hamming as hamming
from ._function_base import hanning as hanning
from ._function_base import interp as interp
from ._function_base import kaiser as kaiser
from ._function_base import piecewise as piecewise
from ._function_base import trapezoid as trapezoid
from ._function_base import unwrap as unwrap
from ._function_base import vectorize as vectorize
from ._histograms import bincount as bincount
from ._histograms import digitize as digitize
from ._histograms import histogram as histogram
from ._histograms import histogram2d as histogram2d
from ._histograms import histogram_bin_edges as histogram_bin_edges
from ._histograms import histogramdd as histogramdd
from ._index_tricks import c_ as c_
from ._index_tricks import diag_indices as diag_indices
from ._index_tricks import diag_indices_from as diag_indices_from
from ._index_tricks import fill_diagonal as fill_diagonal
from ._index_tricks import index_exp as index_exp
from ._index_tricks import ix_ as ix_
from ._index_tricks import mask_indices as mask_indices
from ._index_tricks import ndenumerate as ndenumerate
from ._index_tricks import ndindex as ndindex
from ._index_tricks import r_ as r_
from ._index_tricks import ravel_multi_index as ravel_multi_index
from ._index_tricks import s_ as s_
from ._index_tricks import tril_indices as tril_indices
from ._index_tricks import tril_indices_from as tril_indices_from
from ._index_tricks import triu_indices as triu_indices
from ._index_tricks import triu_indices_from as triu_indices_from
from ._index_tricks import unravel_index as unravel_index
from ._introspection import astype as astype
from ._introspection import isfortran as isfortran
from ._introspection import isscalar as isscalar
from ._introspection import iterable as iterable
from ._introspection import typename as typename
from ._joining import append as append
from ._joining import array_split as array_split
from ._joining import block as block
from ._joining import column_stack as column_stack
from ._joining import concat as concat
from ._joining import concatenate as concatenate
from ._joining import delete as delete
from ._joining import dsplit as dsplit
from ._joining import dstack as dstack
from ._joining import hsplit as hsplit
from ._joining import hstack as hstack
from ._joining import insert as insert
from ._joining import row_stack as row_stack
from ._joining import split as split
from ._joining import stack as stack
from ._joining import trim_zeros as trim_zeros
from ._joining import unstack as unstack
from ._joining import vsplit as vsplit
from ._joining import vstack as vstack
from ._memory import may_share_memory as may_share_memory
from ._memory import shares_memory as shares_memory
from ._nanfunctions import nanargmax as nanargmax
from ._nanfunctions import nanargmin as nanargmin
from ._nanfunctions import nancumprod as nancumprod
from ._nanfunctions import nancumsum as nancumsum
from ._nanfunctions import nanmax as nanmax
from ._nanfunctions import nanmean as nanmean
from ._nanfunctions import nanmedian as nanmedian
from ._nanfunctions import nanmin as nanmin
from ._nanfunctions import nanpercentile as nanpercentile
from ._nanfunctions import nanprod as nanprod
from ._nanfunctions import nanquantile as nanquantile
from ._nanfunctions import nanstd as nanstd
from ._nanfunctions import nansum as nansum
from ._nanfunctions import nanvar as nanvar
from ._ndarray import flatiter as flatiter
from ._ndarray import ndarray as ndarray
from ._npyio import fromfile as fromfile
from ._npyio import load as load
from ._npyio import save as save
from ._npyio import savez as savez
from ._npyio import savez_compressed as savez_compressed
from ._padding import pad as pad
from ._polynomial import poly as poly
from ._polynomial import poly1d as poly1d
from ._polynomial import polyadd as polyadd
from ._polynomial import polyder as polyder
from ._polynomial import polydiv as polydiv
from ._polynomial import polyfit as polyfit
from ._polynomial import polyint as polyint
from ._polynomial import polymul as polymul
from ._polynomial import polysub as polysub
from ._polynomial import polyval as polyval
from ._polynomial import roots as roots
from ._products import cross as cross
from ._products import dot as dot
from ._products import einsum as einsum
from ._products import einsum_path as einsum_path
from ._products import inner as inner
from ._products import kron as kron
from ._products import outer as outer
from ._products import tensordot as tensordot
from ._products import vdot as vdot
from ._promotion import can_cast as can_cast
from ._promotion import promote_types as promote_types
from ._promotion import result_type as result_type
from ._rearranging import flip as flip
from ._rearranging import fliplr as fliplr
from ._rearranging import flipud as flipud
from ._rearranging import roll as roll
from ._rearranging import rot90 as rot90
from ._rearranging import tile as tile
from ._reductions import all as all
from ._reductions import amax as amax
from ._reductions import amin as amin
from ._reductions import any as any
from ._reductions import argmax as argmax
from ._reductions import argmin as argmin
from ._reductions import cumprod as cumprod
from ._reductions import cumsum as cumsum
from ._reductions import max as max
from ._reductions import mean as mean
from ._reductions import min as min
from ._reductions import prod as prod
from ._reductions import std as std
from ._reductions import sum as sum
from ._reductions import var as var
from ._scope import missing_attribute as _missing_attribute
from ._searching import copyto as copyto
from ._searching import extract as extract
from ._searching import place as place
from ._searching import put_along_axis as put_along_axis
from ._searching import putmask as putmask
from ._searching import select as select
from ._searching import take_along_axis as take_along_axis
from ._searching import where as where
from ._selection import around as around
from ._selection import choose as choose
from ._selection import clip as clip
from ._selection import compress as compress
from ._selection import diagonal as diagonal
from ._selection import put as put
from ._selection import repeat as repeat
from ._selection import round as round
from ._selection import take as take
from ._selection import trace as trace
from ._sets import ediff1d as ediff1d
from ._sets import intersect1d as intersect1d
from ._sets import isin as isin
from ._sets import setdiff1d as setdiff1d
from ._sets import setxor1d as setxor1d
from ._sets import union1d as union1d
from ._sets import unique as unique
from ._sets import unique_all as unique_all
from ._sets import unique_counts as unique_counts
from ._sets import unique_inverse as unique_inverse
from ._sets import unique_values as unique_values
from ._shape import atleast_1d as atleast_1d
from ._shape import atleast_2d as atleast_2d
from ._shape import atleast_3d as atleast_3d
from ._shape import broadcast as broadcast
from ._shape import broadcast_arrays as broadcast_arrays
from ._shape import broadcast_shapes as broadcast_shapes
from ._shape import broadcast_to as broadcast_to
from ._shape import expand_dims as expand_dims
from ._shape import matrix_transpose as matrix_transpose
from ._shape import moveaxis as moveaxis
from ._shape import ndim as ndim
from ._shape import permute_dims as permute_dims
from ._shape import ravel as ravel
from ._shape import reshape as reshape
from ._shape import resize as resize
from ._shape import rollaxis as rollaxis
from ._shape import shape as shape
from ._shape import size as size
from ._shape import squeeze as squeeze
from ._shape import swapaxes as swapaxes
from ._shape import transpose as transpose
from ._sorting import argpartition as argpartition
from ._sorting import argsort as argsort
from ._sorting import argwhere as argwhere
from ._sorting import flatnonzero as flatnonzero
from ._sorting import lexsort as lexsort
from ._sorting import nonzero as nonzero
from ._sorting import partition as partition
from ._sorting import searchsorted as searchsorted
from ._sorting import sort as sort
from ._sorting import sort_complex as sort_complex
from ._statistics import average as average
from ._statistics import corrcoef as corrcoef
from ._statistics import count_nonzero as count_nonzero
from ._statistics import cov as cov
from ._statistics import cumulative_prod as cumulative_prod
from ._statistics import cumulative_sum as cumulative_sum
from ._statistics import median as median
from ._statistics import percentile as percentile
from ._statistics import ptp as ptp
from ._statistics import quantile as quantile
from ._textio import genfromtxt as genfromtxt
from ._textio import loadtxt as loadtxt
from ._textio import savetxt as savetxt
from ._typeinfo import ScalarType as ScalarType
from ._typeinfo import common_type as common_type
from ._typeinfo import finfo as finfo
from ._typeinfo import iinfo as iinfo
from ._typeinfo import isdtype as isdtype
from ._typeinfo import issubdtype as issubdtype
from ._typeinfo import min_scalar_type as min_scalar_type
from ._typeinfo import mintypecode as mintypecode
from ._typeinfo import sctypeDict as sctypeDict
from ._typeinfo import typecodes as typecodes
from ._ufuncs import abs as abs
from ._ufuncs import absolute as absolute
from ._ufuncs import acos as acos
from ._ufuncs import acosh as acosh
from ._ufuncs import add as add
from ._ufuncs import arccos as arccos
from ._ufuncs import arccosh as arccosh
from ._ufuncs import arcsin as arcsin
from ._ufuncs import arcsinh as arcsinh
from ._ufuncs import arctan as arctan
from ._ufuncs import arctan2 as arctan2
from ._ufuncs import arctanh as arctanh
from ._ufuncs import asin as asin
from ._ufuncs import asinh as asinh
from ._ufuncs import atan as atan
from ._ufuncs import atan2 as atan2
from ._ufuncs import atanh as atanh
from ._ufuncs import bitwise_and as bitwise_and
from ._ufuncs import bitwise_count as bitwise_count
from ._ufuncs import bitwise_invert as bitwise_invert
from ._ufuncs import bitwise_left_shift as bitwise_left_shift
from ._ufuncs import bitwise_not as bitwise_not
from ._ufuncs import bitwise_or as bitwise_or
from ._ufuncs import bitwise_right_shift as bitwise_right_shift
from ._ufuncs import bitwise_xor as bitwise_xor
from ._ufuncs import cbrt as cbrt
from ._ufuncs import ceil as ceil
from ._ufuncs import conj as conj
from ._ufuncs import conjugate as conjugate
from ._ufuncs import copysign as copysign
from ._ufuncs import cos as cos
from ._ufuncs import cosh as cosh
from ._ufuncs import deg2rad as deg2rad
from ._ufuncs import degrees as degrees
from ._ufuncs import divide as divide
from ._ufuncs import divmod as divmod
from ._ufuncs import equal as equal
from ._ufuncs import exp as exp
from ._ufuncs import exp2 as exp2
from ._ufuncs import expm1 as expm1
from ._ufuncs import fabs as fabs
from ._ufuncs import float_power as float_power
from ._ufuncs import floor as floor
from ._ufuncs import floor_divide as floor_divide
from ._ufuncs import fmax as fmax
from ._ufuncs import fmin as fmin
from ._ufuncs import fmod as fmod
from ._ufuncs import frexp as frexp
from ._ufuncs import gcd as gcd
from ._ufuncs import greater as greater
from ._ufuncs import greater_equal as greater_equal
from ._ufuncs import heaviside as heaviside
from ._ufuncs import hypot as hypot
from ._ufuncs import invert as invert
from ._ufuncs import isfinite as isfinite
from ._ufuncs import isinf as isinf
from ._ufuncs import isnan as isnan
from ._ufuncs import lcm as lcm
from ._ufuncs import ldexp as ldexp
from ._ufuncs import left_shift as left_shift
from ._ufuncs import less as less
from ._ufuncs import less_equal as less_equal
from ._ufuncs import log as log
from ._ufuncs import log1p as log1p
from ._ufuncs import log2 as log2
from ._ufuncs import log10 as log10
from ._ufuncs import logaddexp as logaddexp
from ._ufuncs import logaddexp2 as logaddexp2
from ._ufuncs import logical_and as logical_and
from ._ufuncs import logical_not as logical_not
from ._ufuncs import logical_or as logical_or
from ._ufuncs import logical_xor as logical_xor
from ._ufuncs import matmul as matmul
from ._ufuncs import matvec as matvec
from ._ufuncs import maximum as maximum
from ._ufuncs import minimum as minimum
from ._ufuncs import mod as mod
from ._ufuncs import modf as modf
from ._ufuncs import multiply as multiply
from ._ufuncs import negative as negative
from ._ufuncs import nextafter as nextafter
from ._ufuncs import not_equal as not_equal
from ._ufuncs import positive as positive
from ._ufuncs import pow as pow
from ._ufuncs import power as power
from ._ufuncs import rad2deg as rad2deg
from ._ufuncs import radians as radians
from ._ufuncs import reciprocal as reciprocal
from ._ufuncs import remainder as remainder
from ._ufuncs import right_shift as right_shift
from ._ufuncs import rint as rint
from ._ufuncs import sign as sign
from ._ufuncs import signbit as signbit
from ._ufuncs import sin as sin
from ._ufuncs import sinh as sinh
from ._ufuncs import spacing as spacing
from ._ufuncs import sqrt as sqrt
from ._ufuncs import square as square
from ._ufuncs import subtract as subtract
from ._ufuncs import tan as tan
from ._ufuncs import tanh as tanh
from ._ufuncs import true_divide as true_divide
from ._ufuncs import trunc as trunc
from ._ufuncs import ufunc as ufunc
from ._ufuncs import vecdot as vecdot
from ._ufuncs import vecmat as vecmat
from ._version import __version__ as __version__
from .exceptions import AxisError as AxisError

# NumPy's other names for the scalar types
byte = int8
short = int16
intc = int32
int_ = int64
intp = int64
long = int64
longlong = int64
ubyte = uint8
ushort = uint16
uintc = uint32
uint = uint64
uintp = uint64
ulong = uint64
ulonglong = uint64
half = float16
single = float32
double = float64
csingle = complex64
cdouble = complex128

# the names NumPy's constants have
e = 2.718281828459045
euler_gamma = 0.5772156649015329
little_endian = _sys.byteorder == "little"
pi = 3.141592653589793
inf = float("inf")
nan = float("nan")
newaxis = None

# NumPy's two bool scalars; tnp scalars are 0-D arrays, so these are read-only 0-D arrays
True_ = asarray(True)
False_ = asarray(False)
True_.setflags(write=False)
False_.setflags(write=False)

if not _TYPE_CHECKING:  # hidden from type checkers, which would accept any name otherwise

    def __getattr__(name: str) -> object:
        # NumPy names left out on purpose raise an error saying why (see _scope)
        raise _missing_attribute(__name__, name)


__all__ = [
    "AxisError",
    "False_",
    "ScalarType",
    "True_",
    "__array_api_version__",
    "__array_namespace_info__",
    "abs",
    "absolute",
    "acos",
    "acosh",
    "add",
    "all",
    "allclose",
    "amax",
    "amin",
    "angle",
    "any",
    "append",
    "apply_along_axis",
    "apply_over_axes",
    "arange",
    "arccos",
    "arccosh",
    "arcsin",
    "arcsinh",
    "arctan",
    "arctan2",
    "arctanh",
    "argmax",
    "argmin",
    "argpartition",
    "argsort",
    "argwhere",
    "around",
    "array",
    "array2string",
    "array_equal",
    "array_equiv",
    "array_repr",
    "array_split",
    "array_str",
    "asanyarray",
    "asarray",
    "asarray_chkfinite",
    "ascontiguousarray",
    "asfortranarray",
    "asin",
    "asinh",
    "astype",
    "atan",
    "atan2",
    "atanh",
    "atleast_1d",
    "atleast_2d",
    "atleast_3d",
    "average",
    "bartlett",
    "base_repr",
    "bfloat16",
    "binary_repr",
    "bincount",
    "bitwise_and",
    "bitwise_count",
    "bitwise_invert",
    "bitwise_left_shift",
    "bitwise_not",
    "bitwise_or",
    "bitwise_right_shift",
    "bitwise_xor",
    "blackman",
    "block",
    "bool",
    "bool_",
    "broadcast",
    "broadcast_arrays",
    "broadcast_shapes",
    "broadcast_to",
    "byte",
    "c_",
    "can_cast",
    "cbrt",
    "cdouble",
    "ceil",
    "choose",
    "clip",
    "column_stack",
    "common_type",
    "complex64",
    "complex128",
    "complexfloating",
    "compress",
    "concat",
    "concatenate",
    "conj",
    "conjugate",
    "convolve",
    "copy",
    "copysign",
    "copyto",
    "corrcoef",
    "correlate",
    "cos",
    "cosh",
    "count_nonzero",
    "cov",
    "cross",
    "csingle",
    "cumprod",
    "cumsum",
    "cumulative_prod",
    "cumulative_sum",
    "default_device",
    "deg2rad",
    "degrees",
    "delete",
    "diag",
    "diag_indices",
    "diag_indices_from",
    "diagflat",
    "diagonal",
    "diff",
    "digitize",
    "divide",
    "divmod",
    "dot",
    "double",
    "dsplit",
    "dstack",
    "dtype",
    "e",
    "ediff1d",
    "einsum",
    "einsum_path",
    "empty",
    "empty_like",
    "equal",
    "errstate",
    "euler_gamma",
    "exceptions",
    "exp",
    "exp2",
    "expand_dims",
    "expm1",
    "extract",
    "eye",
    "fabs",
    "fill_diagonal",
    "finfo",
    "fix",
    "flatiter",
    "flatnonzero",
    "flip",
    "fliplr",
    "flipud",
    "float16",
    "float32",
    "float64",
    "float_power",
    "floating",
    "floor",
    "floor_divide",
    "fmax",
    "fmin",
    "fmod",
    "format_float_positional",
    "format_float_scientific",
    "frexp",
    "from_dlpack",
    "frombuffer",
    "fromfile",
    "fromfunction",
    "fromiter",
    "fromstring",
    "full",
    "full_like",
    "gcd",
    "generic",
    "genfromtxt",
    "geomspace",
    "get_default_device",
    "get_default_float_dtype",
    "get_printoptions",
    "geterr",
    "geterrcall",
    "gradient",
    "greater",
    "greater_equal",
    "half",
    "hamming",
    "hanning",
    "heaviside",
    "histogram",
    "histogram2d",
    "histogram_bin_edges",
    "histogramdd",
    "hsplit",
    "hstack",
    "hypot",
    "i0",
    "identity",
    "iinfo",
    "imag",
    "index_exp",
    "indices",
    "inexact",
    "inf",
    "inner",
    "insert",
    "int8",
    "int16",
    "int32",
    "int64",
    "int_",
    "intc",
    "integer",
    "interp",
    "intersect1d",
    "intp",
    "invert",
    "isclose",
    "iscomplex",
    "iscomplexobj",
    "isdtype",
    "isfinite",
    "isfortran",
    "isin",
    "isinf",
    "isnan",
    "isneginf",
    "isposinf",
    "isreal",
    "isrealobj",
    "isscalar",
    "issubdtype",
    "iterable",
    "ix_",
    "kaiser",
    "kron",
    "lcm",
    "ldexp",
    "left_shift",
    "less",
    "less_equal",
    "lexsort",
    "linspace",
    "little_endian",
    "load",
    "loadtxt",
    "log",
    "log1p",
    "log2",
    "log10",
    "logaddexp",
    "logaddexp2",
    "logical_and",
    "logical_not",
    "logical_or",
    "logical_xor",
    "logspace",
    "long",
    "longlong",
    "mask_indices",
    "matmul",
    "matrix_transpose",
    "matvec",
    "max",
    "maximum",
    "may_share_memory",
    "mean",
    "median",
    "meshgrid",
    "mgrid",
    "min",
    "min_scalar_type",
    "minimum",
    "mintypecode",
    "mod",
    "modf",
    "moveaxis",
    "multiply",
    "nan",
    "nan_to_num",
    "nanargmax",
    "nanargmin",
    "nancumprod",
    "nancumsum",
    "nanmax",
    "nanmean",
    "nanmedian",
    "nanmin",
    "nanpercentile",
    "nanprod",
    "nanquantile",
    "nanstd",
    "nansum",
    "nanvar",
    "ndarray",
    "ndenumerate",
    "ndim",
    "ndindex",
    "negative",
    "newaxis",
    "nextafter",
    "nonzero",
    "not_equal",
    "number",
    "ogrid",
    "ones",
    "ones_like",
    "outer",
    "packbits",
    "pad",
    "partition",
    "percentile",
    "permute_dims",
    "pi",
    "piecewise",
    "place",
    "poly",
    "poly1d",
    "polyadd",
    "polyder",
    "polydiv",
    "polyfit",
    "polyint",
    "polymul",
    "polysub",
    "polyval",
    "positive",
    "pow",
    "power",
    "printoptions",
    "prod",
    "promote_types",
    "ptp",
    "put",
    "put_along_axis",
    "putmask",
    "quantile",
    "r_",
    "rad2deg",
    "radians",
    "ravel",
    "ravel_multi_index",
    "real",
    "real_if_close",
    "reciprocal",
    "remainder",
    "repeat",
    "require",
    "reshape",
    "resize",
    "result_type",
    "right_shift",
    "rint",
    "roll",
    "rollaxis",
    "roots",
    "rot90",
    "round",
    "row_stack",
    "s_",
    "save",
    "savetxt",
    "savez",
    "savez_compressed",
    "sctypeDict",
    "searchsorted",
    "select",
    "set_default_device",
    "set_default_float_dtype",
    "set_printoptions",
    "setdiff1d",
    "seterr",
    "seterrcall",
    "setxor1d",
    "shape",
    "shares_memory",
    "short",
    "sign",
    "signbit",
    "signedinteger",
    "sin",
    "sinc",
    "single",
    "sinh",
    "size",
    "sort",
    "sort_complex",
    "spacing",
    "split",
    "sqrt",
    "square",
    "squeeze",
    "stack",
    "std",
    "subtract",
    "sum",
    "swapaxes",
    "take",
    "take_along_axis",
    "tan",
    "tanh",
    "tensordot",
    "testing",
    "tile",
    "trace",
    "transpose",
    "trapezoid",
    "tri",
    "tril",
    "tril_indices",
    "tril_indices_from",
    "trim_zeros",
    "triu",
    "triu_indices",
    "triu_indices_from",
    "true_divide",
    "trunc",
    "typecodes",
    "typename",
    "ubyte",
    "ufunc",
    "uint",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "uintc",
    "uintp",
    "ulong",
    "ulonglong",
    "union1d",
    "unique",
    "unique_all",
    "unique_counts",
    "unique_inverse",
    "unique_values",
    "unpackbits",
    "unravel_index",
    "unsignedinteger",
    "unstack",
    "unwrap",
    "ushort",
    "vander",
    "var",
    "vdot",
    "vecdot",
    "vecmat",
    "vectorize",
    "vsplit",
    "vstack",
    "where",
    "zeros",
    "zeros_like",
]
