"""tnp-core: NumPy's main namespace on PyTorch tensors.

``import tnp_core as np`` gives dtypes, ``ndarray``, creation functions, ufuncs and
reductions that follow NumPy 2 exactly and run on any torch device. The full namespace,
with ``linalg``, ``fft`` and ``random``, is the ``tnp`` package.
"""

from __future__ import annotations

import sys as _sys
from typing import TYPE_CHECKING as _TYPE_CHECKING

from . import exceptions as exceptions
from . import testing as testing
from . import typing as typing
from ._arrayprint import array2string as array2string
from ._arrayprint import array_repr as array_repr
from ._arrayprint import array_str as array_str
from ._arrayprint import format_float_positional as format_float_positional
from ._arrayprint import format_float_scientific as format_float_scientific
from ._arrayprint import get_printoptions as get_printoptions
from ._arrayprint import printoptions as printoptions
from ._arrayprint import set_printoptions as set_printoptions
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
from ._index_tricks import index_exp as index_exp
from ._index_tricks import ndenumerate as ndenumerate
from ._index_tricks import ndindex as ndindex
from ._index_tricks import s_ as s_
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
from ._ndarray import flatiter as flatiter
from ._ndarray import ndarray as ndarray
from ._padding import pad as pad
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
from ._selection import around as around
from ._selection import choose as choose
from ._selection import clip as clip
from ._selection import compress as compress
from ._selection import conj as conj
from ._selection import conjugate as conjugate
from ._selection import diagonal as diagonal
from ._selection import put as put
from ._selection import repeat as repeat
from ._selection import round as round
from ._selection import take as take
from ._selection import trace as trace
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
from ._ufuncs import add as add
from ._ufuncs import bitwise_and as bitwise_and
from ._ufuncs import bitwise_invert as bitwise_invert
from ._ufuncs import bitwise_left_shift as bitwise_left_shift
from ._ufuncs import bitwise_not as bitwise_not
from ._ufuncs import bitwise_or as bitwise_or
from ._ufuncs import bitwise_right_shift as bitwise_right_shift
from ._ufuncs import bitwise_xor as bitwise_xor
from ._ufuncs import divide as divide
from ._ufuncs import divmod as divmod
from ._ufuncs import equal as equal
from ._ufuncs import exp as exp
from ._ufuncs import floor_divide as floor_divide
from ._ufuncs import greater as greater
from ._ufuncs import greater_equal as greater_equal
from ._ufuncs import invert as invert
from ._ufuncs import left_shift as left_shift
from ._ufuncs import less as less
from ._ufuncs import less_equal as less_equal
from ._ufuncs import logical_and as logical_and
from ._ufuncs import logical_not as logical_not
from ._ufuncs import logical_or as logical_or
from ._ufuncs import logical_xor as logical_xor
from ._ufuncs import matmul as matmul
from ._ufuncs import mod as mod
from ._ufuncs import multiply as multiply
from ._ufuncs import negative as negative
from ._ufuncs import not_equal as not_equal
from ._ufuncs import positive as positive
from ._ufuncs import power as power
from ._ufuncs import remainder as remainder
from ._ufuncs import right_shift as right_shift
from ._ufuncs import sqrt as sqrt
from ._ufuncs import subtract as subtract
from ._ufuncs import true_divide as true_divide
from ._ufuncs import ufunc as ufunc
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
    "abs",
    "absolute",
    "add",
    "all",
    "amax",
    "amin",
    "any",
    "append",
    "arange",
    "argmax",
    "argmin",
    "argpartition",
    "argsort",
    "argwhere",
    "around",
    "array",
    "array2string",
    "array_repr",
    "array_split",
    "array_str",
    "asanyarray",
    "asarray",
    "asarray_chkfinite",
    "ascontiguousarray",
    "asfortranarray",
    "astype",
    "atleast_1d",
    "atleast_2d",
    "atleast_3d",
    "bfloat16",
    "bitwise_and",
    "bitwise_invert",
    "bitwise_left_shift",
    "bitwise_not",
    "bitwise_or",
    "bitwise_right_shift",
    "bitwise_xor",
    "block",
    "bool",
    "bool_",
    "broadcast",
    "broadcast_arrays",
    "broadcast_shapes",
    "broadcast_to",
    "byte",
    "can_cast",
    "cdouble",
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
    "copy",
    "csingle",
    "cumprod",
    "cumsum",
    "default_device",
    "delete",
    "diag",
    "diagflat",
    "diagonal",
    "divide",
    "divmod",
    "double",
    "dsplit",
    "dstack",
    "dtype",
    "e",
    "empty",
    "empty_like",
    "equal",
    "euler_gamma",
    "exceptions",
    "exp",
    "expand_dims",
    "eye",
    "finfo",
    "flatiter",
    "flatnonzero",
    "flip",
    "fliplr",
    "flipud",
    "float16",
    "float32",
    "float64",
    "floating",
    "floor_divide",
    "format_float_positional",
    "format_float_scientific",
    "from_dlpack",
    "frombuffer",
    "fromfunction",
    "fromiter",
    "fromstring",
    "full",
    "full_like",
    "generic",
    "geomspace",
    "get_default_device",
    "get_default_float_dtype",
    "get_printoptions",
    "greater",
    "greater_equal",
    "half",
    "hsplit",
    "hstack",
    "identity",
    "iinfo",
    "index_exp",
    "indices",
    "inexact",
    "inf",
    "insert",
    "int8",
    "int16",
    "int32",
    "int64",
    "int_",
    "intc",
    "integer",
    "intp",
    "invert",
    "isdtype",
    "isfortran",
    "isscalar",
    "issubdtype",
    "iterable",
    "left_shift",
    "less",
    "less_equal",
    "lexsort",
    "linspace",
    "little_endian",
    "logical_and",
    "logical_not",
    "logical_or",
    "logical_xor",
    "logspace",
    "long",
    "longlong",
    "matmul",
    "matrix_transpose",
    "max",
    "may_share_memory",
    "mean",
    "meshgrid",
    "mgrid",
    "min",
    "min_scalar_type",
    "mintypecode",
    "mod",
    "moveaxis",
    "multiply",
    "nan",
    "ndarray",
    "ndenumerate",
    "ndim",
    "ndindex",
    "negative",
    "newaxis",
    "nonzero",
    "not_equal",
    "number",
    "ogrid",
    "ones",
    "ones_like",
    "pad",
    "partition",
    "permute_dims",
    "pi",
    "positive",
    "power",
    "printoptions",
    "prod",
    "promote_types",
    "put",
    "ravel",
    "remainder",
    "repeat",
    "require",
    "reshape",
    "resize",
    "result_type",
    "right_shift",
    "roll",
    "rollaxis",
    "rot90",
    "round",
    "row_stack",
    "s_",
    "sctypeDict",
    "searchsorted",
    "set_default_device",
    "set_default_float_dtype",
    "set_printoptions",
    "shape",
    "shares_memory",
    "short",
    "signedinteger",
    "single",
    "size",
    "sort",
    "sort_complex",
    "split",
    "sqrt",
    "squeeze",
    "stack",
    "std",
    "subtract",
    "sum",
    "swapaxes",
    "take",
    "testing",
    "tile",
    "trace",
    "transpose",
    "tri",
    "tril",
    "trim_zeros",
    "triu",
    "true_divide",
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
    "unsignedinteger",
    "unstack",
    "ushort",
    "vander",
    "var",
    "vsplit",
    "vstack",
    "zeros",
    "zeros_like",
]
