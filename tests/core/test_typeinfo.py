"""Type introspection (finfo, iinfo, issubdtype, isdtype, ...) against NumPy."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
import torch
from tnp_core_test_helpers import DTYPES

import tnp_core as tnp
from tnp_core import _typeinfo as ti

ABSTRACT = (
    "generic",
    "number",
    "integer",
    "signedinteger",
    "unsignedinteger",
    "inexact",
    "floating",
    "complexfloating",
)
KIND_NAMES = (
    "bool",
    "signed integer",
    "unsigned integer",
    "integral",
    "real floating",
    "complex floating",
    "numeric",
)
FLOATS = ("float16", "float32", "float64")
INEXACT = (*FLOATS, "complex64", "complex128")
INTEGERS = tuple(n for n in DTYPES if np.dtype(n).kind in "iu")

FINFO_INT_ATTRS = (
    "bits",
    "iexp",
    "machep",
    "maxexp",
    "minexp",
    "negep",
    "nexp",
    "nmant",
    "precision",
)
FINFO_FLOAT_ATTRS = (
    "eps",
    "epsneg",
    "max",
    "min",
    "resolution",
    "smallest_normal",
    "smallest_subnormal",
    "tiny",
)


def tnp_type(name: str) -> type:
    """The tnp scalar type (concrete or abstract) named like NumPy's."""
    return getattr(tnp, "bool_" if name == "bool" else name)


def np_type(name: str) -> type:
    return getattr(np, name)


TYPE_NAMES = DTYPES + ABSTRACT


# ----------------------------------------------------------------------------- issubdtype
@pytest.mark.parametrize("name2", TYPE_NAMES)
@pytest.mark.parametrize("name1", TYPE_NAMES)
def test_issubdtype_scalar_types_match_numpy(name1: str, name2: str) -> None:
    expected = np.issubdtype(np_type(name1), np_type(name2))
    assert ti.issubdtype(tnp_type(name1), tnp_type(name2)) is expected


@pytest.mark.parametrize("name2", TYPE_NAMES)
@pytest.mark.parametrize("name1", DTYPES)
def test_issubdtype_dtypes_and_strings_match_numpy(name1: str, name2: str) -> None:
    expected = np.issubdtype(np.dtype(name1), np_type(name2))
    assert ti.issubdtype(tnp.dtype(name1), tnp_type(name2)) is expected
    assert ti.issubdtype(name1, tnp_type(name2)) is expected
    if name2 in DTYPES:
        assert ti.issubdtype(name1, name2) is expected


@pytest.mark.parametrize("pytype", [bool, int, float, complex])
@pytest.mark.parametrize("name", TYPE_NAMES)
def test_issubdtype_python_types_match_numpy(pytype: type, name: str) -> None:
    assert ti.issubdtype(pytype, tnp_type(name)) is np.issubdtype(pytype, np_type(name))
    assert ti.issubdtype(tnp_type(name), pytype) is np.issubdtype(np_type(name), pytype)


def test_issubdtype_bfloat16_is_floating() -> None:
    assert ti.issubdtype(tnp.bfloat16, tnp.floating)
    assert ti.issubdtype("bfloat16", tnp.inexact)
    assert not ti.issubdtype(tnp.bfloat16, tnp.float16)


@pytest.mark.parametrize(("arg1", "arg2"), [("foo", "f8"), ("f8", "foo"), (1.0, "f8")])
def test_issubdtype_rejects_non_dtypes_with_type_error(arg1: object, arg2: object) -> None:
    with pytest.raises(TypeError):
        np.issubdtype(arg1, arg2)
    with pytest.raises(TypeError):
        ti.issubdtype(arg1, arg2)


# ----------------------------------------------------------------------------- isdtype
@pytest.mark.parametrize("kind", KIND_NAMES)
@pytest.mark.parametrize("name", DTYPES)
def test_isdtype_kind_names_match_numpy(name: str, kind: str) -> None:
    expected = np.isdtype(np.dtype(name), kind)
    assert ti.isdtype(tnp.dtype(name), kind) is expected
    assert ti.isdtype(tnp_type(name), kind) is expected


@pytest.mark.parametrize("kind", TYPE_NAMES)
@pytest.mark.parametrize("name", DTYPES)
def test_isdtype_dtype_kinds_match_numpy(name: str, kind: str) -> None:
    expected = np.isdtype(np.dtype(name), np_type(kind))
    assert ti.isdtype(tnp.dtype(name), tnp_type(kind)) is expected
    if kind in DTYPES:
        assert ti.isdtype(tnp.dtype(name), tnp.dtype(kind)) is expected


@pytest.mark.parametrize("name", DTYPES)
def test_isdtype_tuple_of_kinds_matches_numpy(name: str) -> None:
    kinds_np = ("bool", np.dtype("float32"), "complex floating")
    kinds_tnp = ("bool", tnp.dtype("float32"), "complex floating")
    assert ti.isdtype(tnp.dtype(name), kinds_tnp) is np.isdtype(np.dtype(name), kinds_np)
    assert ti.isdtype(tnp.dtype(name), ()) is np.isdtype(np.dtype(name), ())


@pytest.mark.parametrize("name", ABSTRACT)
def test_isdtype_abstract_type_as_dtype_matches_numpy(name: str) -> None:
    for kind in KIND_NAMES:
        assert ti.isdtype(tnp_type(name), kind) is np.isdtype(np_type(name), kind)


def test_isdtype_bfloat16_is_real_floating() -> None:
    assert ti.isdtype(tnp.dtype("bfloat16"), "real floating")
    assert ti.isdtype(tnp.dtype("bfloat16"), "numeric")
    assert not ti.isdtype(tnp.dtype("bfloat16"), tnp.float16)


@pytest.mark.parametrize("bad", ["f8", float, 1.0, None, [tnp.float64]])
def test_isdtype_rejects_non_dtype_argument_with_numpy_message(bad: object) -> None:
    with pytest.raises(TypeError) as np_err:
        np.isdtype(bad, "numeric")
    with pytest.raises(TypeError) as tnp_err:
        ti.isdtype(bad, "numeric")
    assert str(tnp_err.value) == str(np_err.value)


@pytest.mark.parametrize("bad", ["foo", ("bool", "integer")])
def test_isdtype_rejects_unknown_kind_name_with_value_error(bad: object) -> None:
    with pytest.raises(ValueError) as np_err:
        np.isdtype(np.dtype("f8"), bad)
    with pytest.raises(ValueError) as tnp_err:
        ti.isdtype(tnp.dtype("f8"), bad)
    assert str(tnp_err.value) == str(np_err.value)


@pytest.mark.parametrize("bad", [1, float, None, ["bool"]])
def test_isdtype_rejects_other_kinds_with_type_error(bad: object) -> None:
    with pytest.raises(TypeError) as np_err:
        np.isdtype(np.dtype("f8"), bad)
    with pytest.raises(TypeError) as tnp_err:
        ti.isdtype(tnp.dtype("f8"), bad)
    assert str(tnp_err.value) == str(np_err.value)


# ----------------------------------------------------------------------------- tables
def test_typecodes_equal_numpy() -> None:
    assert ti.typecodes == np.typecodes


def test_sctypedict_has_numpy_keys_for_supported_types() -> None:
    supported = {np.dtype(n) for n in DTYPES}
    expected = {k for k, v in np.sctypeDict.items() if np.dtype(v) in supported}
    assert set(ti.sctypeDict) - {"bfloat16"} == expected
    for key, tp in ti.sctypeDict.items():
        if key != "bfloat16":
            assert tnp.dtype(tp).name == np.dtype(np.sctypeDict[key]).name, key
    assert ti.sctypeDict["bfloat16"] is tnp.bfloat16


def test_scalartype_is_numpys_restricted_to_supported_types() -> None:
    supported = {np.dtype(n) for n in DTYPES}
    expected = [
        t.__name__ if t.__module__ == "builtins" else np.dtype(t).name
        for t in np.ScalarType
        if t.__module__ == "builtins"
        or (np.dtype(t) in supported and t.__name__ not in ("longlong", "ulonglong"))
    ]
    got = [t.__name__ if t.__module__ == "builtins" else tnp.dtype(t).name for t in ti.ScalarType]
    assert got == [*expected, "bfloat16"]


# ----------------------------------------------------------------------------- min_scalar_type
PY_VALUES = (
    True,
    False,
    0,
    255,
    256,
    -1,
    -128,
    -129,
    2**63,
    2**64 - 1,
    -(2**63),
    0.0,
    -0.0,
    0.1,
    64999.0,
    65000.0,
    -65000.0,
    3.39e38,
    3.4e38,
    1e300,
    math.inf,
    -math.inf,
    math.nan,
    1e-300,
    1 + 1j,
    65000j,
    1e39 + 0j,
    complex(math.nan, 0),
    complex(math.inf, 0),
)


@pytest.mark.parametrize("value", PY_VALUES, ids=repr)
def test_min_scalar_type_of_python_scalars_matches_numpy(value: object) -> None:
    assert ti.min_scalar_type(value).name == np.min_scalar_type(value).name


ZERO_D_VALUES = (0, 1, 100, 127, 200, 255, -1, -100, 30000, -40000, 70000, 2**40)


@pytest.mark.parametrize("name", DTYPES)
def test_min_scalar_type_of_0d_arrays_uses_the_value(name: str) -> None:
    info_min, info_max = (
        (np.iinfo(name).min, np.iinfo(name).max) if name in INTEGERS else (-math.inf, math.inf)
    )
    values: list[object] = [v for v in ZERO_D_VALUES if info_min <= v <= info_max]
    if np.dtype(name).kind in "fc":
        values += [1.5, 65000.0, 1e10, 3.39e38, -1e300, math.inf, math.nan]
    if name in INTEGERS:
        values += [info_min, info_max]
    for v in values:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # overflow to inf on the cast
            arr = np.array(v, dtype=name)
        expected = np.min_scalar_type(arr).name
        assert ti.min_scalar_type(tnp.asarray(arr)).name == expected, v


@pytest.mark.parametrize("name", DTYPES)
def test_min_scalar_type_of_nd_arrays_is_their_dtype(name: str) -> None:
    assert ti.min_scalar_type(tnp.zeros((2,), dtype=name)).name == name
    assert ti.min_scalar_type(tnp.zeros((0, 3), dtype=name)).name == name


@pytest.mark.parametrize("value", [[1, 2], [[1.0]], [], [1j]], ids=repr)
def test_min_scalar_type_of_lists_matches_numpy(value: object) -> None:
    assert ti.min_scalar_type(value).name == np.min_scalar_type(value).name


def test_min_scalar_type_of_bfloat16_keeps_bfloat16_when_float16_overflows() -> None:
    assert ti.min_scalar_type(tnp.asarray(1.0, dtype=tnp.bfloat16)).name == "float16"
    assert ti.min_scalar_type(tnp.asarray(1e10, dtype=tnp.bfloat16)).name == "bfloat16"


@pytest.mark.parametrize("value", [2**64, -(2**63) - 1, None], ids=repr)
def test_min_scalar_type_refuses_object_results(value: object) -> None:
    assert np.min_scalar_type(value) == np.dtype(object)
    with pytest.raises(NotImplementedError, match="object dtype"):
        ti.min_scalar_type(value)


# ----------------------------------------------------------------------------- common_type
NUMERIC = tuple(n for n in DTYPES if n != "bool")


@pytest.mark.parametrize("name2", NUMERIC)
@pytest.mark.parametrize("name1", NUMERIC)
def test_common_type_pairs_match_numpy(name1: str, name2: str) -> None:
    expected = np.common_type(np.zeros(1, name1), np.zeros(1, name2))
    got = ti.common_type(tnp.zeros(1, dtype=name1), tnp.zeros(1, dtype=name2))
    assert got.__name__ == expected.__name__
    assert ti.common_type(tnp.zeros(1, dtype=name1)).__name__ == (
        np.common_type(np.zeros(1, name1)).__name__
    )


def test_common_type_without_arrays_is_float16() -> None:
    assert ti.common_type() is tnp.float16
    assert np.common_type() is np.float16


def test_common_type_rejects_bool_arrays() -> None:
    with pytest.raises(TypeError, match="can't get common type for non-numeric array"):
        ti.common_type(tnp.zeros(1, dtype=bool))


def test_common_type_of_bfloat16() -> None:
    bf = tnp.zeros(1, dtype=tnp.bfloat16)
    assert ti.common_type(bf) is tnp.bfloat16
    assert ti.common_type(bf, tnp.zeros(1, dtype=tnp.float16)) is tnp.float32
    assert ti.common_type(bf, tnp.zeros(1, dtype=tnp.complex64)) is tnp.complex64
    assert ti.common_type(bf, tnp.zeros(1, dtype=tnp.int8)) is tnp.float64


# ----------------------------------------------------------------------------- mintypecode
MINTYPECODE_CASES = [
    ("fd",),
    (["f", "d"],),
    ("Fd",),
    ("abceh",),
    ("abceh", "GDFgdf", "G"),
    ("?bB",),
    (["d", "f", "S"],),
    (["f"], "fd"),
    ("q",),
    ("f", ""),
    ("fd", "GDFgdf", "x"),
    ("FDfd", ["F", "D"]),
    ("bhl", "bhil?"),
]


@pytest.mark.parametrize("args", MINTYPECODE_CASES, ids=repr)
def test_mintypecode_matches_numpy(args: tuple[object, ...]) -> None:
    assert ti.mintypecode(*args) == np.mintypecode(*args)


@pytest.mark.parametrize("name", INEXACT)
def test_mintypecode_reads_array_dtypes(name: str) -> None:
    arrays_np = [np.zeros(2, name), "d"]
    arrays_tnp = [tnp.zeros(2, dtype=name), "d"]
    assert ti.mintypecode(arrays_tnp) == np.mintypecode(arrays_np)
    assert ti.mintypecode(tnp.zeros((2, 2), dtype=name)) == np.mintypecode(np.zeros((2, 2), name))


# ----------------------------------------------------------------------------- finfo
@pytest.mark.parametrize("name", INEXACT)
def test_finfo_attributes_equal_numpy(name: str) -> None:
    expected, got = np.finfo(name), ti.finfo(name)
    assert got.dtype.name == expected.dtype.name
    for attr in FINFO_INT_ATTRS:
        value = getattr(got, attr)
        assert type(value) is int, attr
        assert value == getattr(expected, attr), attr
    for attr in FINFO_FLOAT_ATTRS:
        value = getattr(got, attr)
        assert isinstance(value, tnp.ndarray), attr
        assert value.ndim == 0, attr
        assert value.dtype.name == expected.dtype.name, attr
        assert float(value) == float(getattr(expected, attr)), attr


@pytest.mark.parametrize("name", INEXACT)
def test_finfo_repr_and_str_equal_numpy(name: str) -> None:
    assert repr(ti.finfo(name)) == repr(np.finfo(name))
    assert str(ti.finfo(name)) == str(np.finfo(name))


@pytest.mark.parametrize("name", INEXACT)
def test_finfo_accepts_types_dtypes_and_arrays(name: str) -> None:
    info = ti.finfo(name)
    assert ti.finfo(tnp.dtype(name)) is info
    assert ti.finfo(tnp_type(name)) is info
    assert ti.finfo(tnp.zeros(3, dtype=name)) is info
    assert ti.finfo(tnp_type(name)(1)) is info
    assert ti.finfo(getattr(torch, name)) is info


@pytest.mark.parametrize(
    ("arg", "expected"), [(float, "float64"), (complex, "float64"), (1.0, "float64")]
)
def test_finfo_of_python_types_matches_numpy(arg: object, expected: str) -> None:
    assert ti.finfo(arg).dtype.name == np.finfo(arg).dtype.name == expected


def test_finfo_of_none_warns_and_gives_float64() -> None:
    with pytest.warns(DeprecationWarning, match="cannot be None"):
        assert ti.finfo(None).dtype.name == "float64"


def test_finfo_of_bfloat16_matches_torch() -> None:
    info, tf = ti.finfo(tnp.bfloat16), torch.finfo(torch.bfloat16)
    assert info.dtype.name == "bfloat16"
    assert (info.bits, info.nmant, info.nexp, info.iexp) == (16, 7, 8, 8)
    assert (info.machep, info.negep, info.minexp, info.maxexp, info.precision) == (
        -7,
        -8,
        -126,
        128,
        2,
    )
    assert float(info.eps) == tf.eps
    assert float(info.epsneg) == tf.eps / 2
    assert float(info.max) == tf.max
    assert float(info.min) == tf.min
    assert float(info.tiny) == float(info.smallest_normal) == tf.smallest_normal
    assert float(info.smallest_subnormal) == 2.0**-133
    assert float(info.resolution) == float(torch.tensor(tf.resolution, dtype=torch.bfloat16))


@pytest.mark.parametrize("name", [*INTEGERS, "bool"])
def test_finfo_of_non_inexact_types_raises_value_error(name: str) -> None:
    with pytest.raises(ValueError, match="not inexact"):
        np.finfo(name)
    with pytest.raises(ValueError, match="not inexact"):
        ti.finfo(name)
    with pytest.raises(ValueError, match="not inexact"):
        ti.finfo(tnp_type(name))


@pytest.mark.parametrize("name", ["floating", "inexact", "complexfloating", "generic"])
def test_finfo_of_abstract_types_raises_value_error(name: str) -> None:
    with pytest.raises(ValueError, match="not inexact"):
        np.finfo(np_type(name))
    with pytest.raises(ValueError, match="not inexact"):
        ti.finfo(tnp_type(name))


def test_finfo_float_attributes_are_fresh_arrays() -> None:
    info = ti.finfo(tnp.float32)
    eps = info.eps
    eps += 1
    assert float(info.eps) == float(np.finfo(np.float32).eps)


# ----------------------------------------------------------------------------- iinfo
@pytest.mark.parametrize("name", INTEGERS)
def test_iinfo_attributes_equal_numpy(name: str) -> None:
    expected, got = np.iinfo(name), ti.iinfo(name)
    assert got.dtype.name == expected.dtype.name
    assert got.kind == expected.kind
    assert got.bits == expected.bits
    assert type(got.min) is int
    assert type(got.max) is int
    assert (got.min, got.max) == (expected.min, expected.max)
    assert repr(got) == repr(expected)
    assert str(got) == str(expected)


@pytest.mark.parametrize("name", INTEGERS)
def test_iinfo_accepts_types_dtypes_and_arrays(name: str) -> None:
    for arg in (
        tnp.dtype(name),
        tnp_type(name),
        tnp.zeros(2, dtype=name),
        tnp_type(name)(1),
        getattr(torch, name),
    ):
        assert ti.iinfo(arg).dtype.name == name


def test_iinfo_of_python_int_is_int64() -> None:
    assert ti.iinfo(int).dtype.name == np.iinfo(int).dtype.name == "int64"
    assert ti.iinfo(7).max == np.iinfo(7).max


@pytest.mark.parametrize("arg", [*INEXACT, "bool", float, complex, bool, None])
def test_iinfo_of_non_integer_types_raises_numpy_value_error(arg: object) -> None:
    with pytest.raises(ValueError) as np_err:
        np.iinfo(arg)
    with pytest.raises(ValueError) as tnp_err:
        ti.iinfo(arg)
    assert str(tnp_err.value) == str(np_err.value)


def test_iinfo_of_bfloat16_and_abstract_types_raises_value_error() -> None:
    with pytest.raises(ValueError, match="Invalid integer data type"):
        ti.iinfo(tnp.bfloat16)
    with pytest.raises(ValueError, match="Invalid integer data type"):
        ti.iinfo(tnp.integer)
