"""dtype objects and scalar types against numpy.dtype and NumPy's scalar-type hierarchy."""

from __future__ import annotations

import pickle

import numpy as np
import pytest
from tnp_core_test_helpers import DTYPES

import tnp_core as tnp

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


def _spellings(name: str) -> set[object]:
    """Every way NumPy accepts of naming the dtype ``name`` (strings, types, scalar types)."""
    d = np.dtype(name)
    found: set[object] = {d.name, d.char, d.str, d.str[1:], "=" + d.str[1:], "<" + d.str[1:]}
    found |= {key for key, tp in np.sctypeDict.items() if np.dtype(tp) == d}
    found |= {tp for tp in (bool, int, float, complex) if np.dtype(tp) == d}
    for key in ("?", "b", "h", "i", "l", "q", "p", "B", "H", "I", "L", "Q", "P", "e", "f", "d"):
        if np.dtype(key) == d:
            found.add(key)
    for key in ("F", "D", "b1", "i1", "i2", "i4", "i8", "u1", "u2", "u4", "u8"):
        if np.dtype(key) == d:
            found.add(key)
    for key in ("f2", "f4", "f8", "c8", "c16", "int", "float", "complex", "bool"):
        if np.dtype(key) == d:
            found.add(key)
    return found


def _tnp_type(np_type: type) -> type:
    return getattr(tnp, np_type.__name__)


@pytest.mark.parametrize("name", DTYPES)
def test_every_numpy_spelling_names_the_same_dtype(name):
    for spelling in _spellings(name):
        assert tnp.dtype(spelling).name == name, spelling


@pytest.mark.parametrize("name", DTYPES)
def test_numpy_scalar_types_have_tnp_twins(name):
    np_type = np.dtype(name).type
    tnp_type = _tnp_type(np_type)
    assert tnp.dtype(tnp_type).name == name
    assert tnp.dtype(name).type is tnp_type


@pytest.mark.parametrize(
    "alias",
    [
        "byte", "short", "intc", "int_", "intp", "long", "longlong",
        "ubyte", "ushort", "uintc", "uint", "uintp", "ulong", "ulonglong",
        "half", "single", "double", "csingle", "cdouble", "bool_",
    ],
)  # fmt: skip
def test_module_level_type_aliases_match_numpy(alias):
    assert tnp.dtype(getattr(tnp, alias)).name == np.dtype(getattr(np, alias)).name


@pytest.mark.parametrize("name", DTYPES)
def test_attributes_match_numpy(name):
    d, n = tnp.dtype(name), np.dtype(name)
    assert (d.name, d.kind, d.char, d.itemsize, d.str, d.num) == (
        n.name,
        n.kind,
        n.char,
        n.itemsize,
        n.str,
        n.num,
    )
    assert d.byteorder == n.byteorder
    assert d.alignment == n.alignment
    assert d.descr == n.descr
    assert d.shape == n.shape
    assert d.ndim == n.ndim
    assert d.isbuiltin == n.isbuiltin
    assert d.fields is None
    assert d.names is None
    assert d.hasobject is False
    assert str(d) == str(n)
    assert repr(d) == repr(n)


@pytest.mark.parametrize("name", DTYPES)
def test_builtin_dtypes_are_singletons(name):
    d = tnp.dtype(name)
    assert tnp.dtype(d.char) is d
    assert tnp.dtype(d.str) is d
    assert tnp.dtype(d.type) is d
    assert tnp.dtype(d) is d
    assert pickle.loads(pickle.dumps(d)) is d


@pytest.mark.parametrize("name", DTYPES)
def test_equality_with_strings_types_and_dtypes(name):
    d = tnp.dtype(name)
    n = np.dtype(name)
    for spelling in _spellings(name):
        python_type = spelling in (bool, int, float, complex)
        numpy_type = isinstance(spelling, type) and not python_type
        spelling_tnp = _tnp_type(spelling) if numpy_type else spelling
        assert d == spelling_tnp, spelling
        assert (d != spelling_tnp) is False, spelling
    assert d == d.type
    for other in DTYPES:
        assert (d == tnp.dtype(other)) == (n == np.dtype(other))
        assert (d == other) == (n == other)
        assert (d != other) == (n != other)
    assert d != None  # noqa: E711  (NumPy's __eq__ with None is False)
    assert d != "not a dtype"
    assert hash(d) == hash(tnp.dtype(d.char))


def test_default_dtype_is_float64():
    assert tnp.dtype(None).name == np.dtype(None).name


@pytest.mark.parametrize("torch_name", ["float32", "int16", "uint64", "complex128", "bool"])
def test_torch_dtypes_are_accepted(torch_name):
    import torch

    assert tnp.dtype(getattr(torch, torch_name)).name == torch_name


@pytest.mark.parametrize(
    "spec",
    [
        "U", "U10", "<U4", "S", "S3", "M8", "M8[ns]", "<m8[s]", "datetime64",
        "timedelta64", "O", "object", "g", "G", "longdouble", "clongdouble", "float128",
        "complex256", "V8", "void", "str", "bytes", object, str, bytes,
    ],
)  # fmt: skip
def test_out_of_scope_dtypes_raise_not_implemented(spec):
    np.dtype(spec)  # NumPy knows it
    with pytest.raises(NotImplementedError):
        tnp.dtype(spec)


def test_structured_dtype_raises_not_implemented():
    np.dtype([("a", "f4"), ("b", "i8")])
    with pytest.raises(NotImplementedError):
        tnp.dtype([("a", "f4"), ("b", "i8")])


@pytest.mark.parametrize("spec", ["foo", "f3", "i3", "int7", "float_", "complex_", "bool8", 3.5])
def test_names_numpy_rejects_are_rejected(spec):
    with pytest.raises(TypeError):
        np.dtype(spec)
    with pytest.raises(TypeError):
        tnp.dtype(spec)


@pytest.mark.parametrize("abstract", ABSTRACT)
def test_abstract_scalar_types_are_not_dtypes(abstract):
    with pytest.raises(TypeError):
        tnp.dtype(getattr(tnp, abstract))


@pytest.mark.parametrize("name", DTYPES)
def test_scalar_type_hierarchy_matches_numpy(name):
    np_type = np.dtype(name).type
    tnp_type = _tnp_type(np_type)
    for abstract in ABSTRACT:
        assert issubclass(tnp_type, getattr(tnp, abstract)) == issubclass(
            np_type, getattr(np, abstract)
        ), abstract


def test_abstract_hierarchy_matches_numpy():
    for a in ABSTRACT:
        for b in ABSTRACT:
            assert issubclass(getattr(tnp, a), getattr(tnp, b)) == issubclass(
                getattr(np, a), getattr(np, b)
            ), (a, b)


@pytest.mark.parametrize("name", DTYPES)
def test_calling_a_scalar_type_makes_a_zero_d_array(name):
    np_type = np.dtype(name).type
    value = {"b": True, "i": 5, "u": 5, "f": 2.5, "c": 1.5 - 2j}[np.dtype(name).kind]
    got = _tnp_type(np_type)(value)
    want = np_type(value)
    assert isinstance(got, tnp.ndarray)
    assert got.shape == ()
    assert got.dtype.name == want.dtype.name
    assert got.item() == want.item()


@pytest.mark.parametrize(
    ("name", "text"), [("int8", "5"), ("int64", "-12"), ("float32", "2.5"), ("float64", "1e3")]
)
def test_scalar_types_parse_strings(name, text):
    want = np.dtype(name).type(text)
    got = getattr(tnp, name)(text)
    assert got.dtype.name == name
    assert got.item() == want.item()


@pytest.mark.parametrize(("name", "value"), [("int8", 300), ("uint8", -1), ("int16", 2**15)])
def test_scalar_type_refuses_out_of_range_python_int(name, value):
    with pytest.raises(OverflowError):
        np.dtype(name).type(value)
    with pytest.raises(OverflowError):
        getattr(tnp, name)(value)


def test_abstract_scalar_type_cannot_be_called():
    with pytest.raises(TypeError):
        np.floating(1.0)
    with pytest.raises(TypeError):
        tnp.floating(1.0)


def test_dtype_of_arrays_is_a_tnp_dtype():
    a = tnp.zeros(3, dtype="f4")
    assert isinstance(a.dtype, tnp.dtype)
    assert a.dtype is tnp.dtype("float32")
