"""may_share_memory / shares_memory, from_dlpack and fromstring against NumPy, and the
default_device context manager."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st
from tnp_core_test_helpers import FEW

import tnp_core as tnp
from tnp_core import _creation as cr
from tnp_core import _defaults as df
from tnp_core import _memory as mem
from tnp_core.exceptions import TooHardError

# ----------------------------------------------------------------------------- memory
PAIRS = {
    "same": lambda a: (a, a),
    "interleaved rows": lambda a: (a[::2], a[1::2]),
    "columns": lambda a: (a[:, 0], a[:, 1]),
    "transpose": lambda a: (a, a.T),
    "overlapping rows": lambda a: (a[1:3], a[2:]),
    "disjoint rows": lambda a: (a[0], a[1]),
    "interleaved columns": lambda a: (a[:, ::2], a[:, 1::2]),
    "copy": lambda a: (a, a.copy()),
    "corners": lambda a: (a[:2, :2], a[2:, 2:]),
    "inner block": lambda a: (a[1:3, 1:4], a[:, 2]),
    "block and column off it": lambda a: (a[1:3, 1:3], a[:, 4]),
    "element": lambda a: (a[2, 3:4], a[::3, ::3]),
    "empty": lambda a: (a[:0], a),
    "reshape": lambda a: (a.reshape(5, 4), a[3]),
    "scalar": lambda a: (1.5, a),
    "lists": lambda a: ([1, 2], [1, 2]),
}


@pytest.mark.parametrize("name", list(PAIRS))
def test_memory_views_match_numpy(name):
    make = PAIRS[name]
    n = np.arange(20.0).reshape(4, 5)
    x = tnp.arange(20.0).reshape(4, 5)
    assert mem.shares_memory(*make(x)) == np.shares_memory(*make(n))
    assert mem.may_share_memory(*make(x)) == np.may_share_memory(*make(n))
    assert mem.may_share_memory(*make(x), max_work=1000) == np.may_share_memory(
        *make(n), max_work=1000
    )


@given(
    st.tuples(st.integers(0, 11), st.integers(0, 12), st.integers(1, 4)),
    st.tuples(st.integers(0, 11), st.integers(0, 12), st.integers(1, 4)),
    st.booleans(),
)
@FEW
def test_memory_random_slices(s1, s2, reshape):
    n = np.arange(12, dtype=np.int32)
    x = tnp.arange(12, dtype=tnp.int32)
    if reshape:
        n, x = n.reshape(3, 4), x.reshape(3, 4)
        k1, k2 = (slice(None), slice(*s1)), (slice(*s2), slice(None))
    else:
        k1, k2 = slice(*s1), slice(*s2)
    assert mem.shares_memory(x[k1], x[k2]) == np.shares_memory(n[k1], n[k2])
    assert mem.may_share_memory(x[k1], x[k2]) == np.may_share_memory(n[k1], n[k2])


def test_memory_tensors_numpy_and_max_work():
    t = torch.arange(10.0)
    assert mem.shares_memory(t[2:5], tnp.asarray(t)[4:])
    assert not mem.shares_memory(t[::2], t[1::2])
    n = np.arange(6.0)
    assert mem.shares_memory(tnp.asarray(n), n)
    a = tnp.arange(10)
    with pytest.raises(TooHardError):
        mem.shares_memory(a, a, max_work=0)
    with pytest.raises(np.exceptions.TooHardError):
        np.shares_memory(n, n[::2], max_work=0)
    assert mem.may_share_memory(a[::2], a[1::2], max_work=0)
    assert mem.shares_memory(a[::2], a[1::2], max_work=-2)
    assert not mem.shares_memory(a[::2], a[1::2], max_work=-1)
    # a zero stride (broadcast view) and a view as another dtype
    assert mem.shares_memory(a.tensor[3:4].expand(5), a[3:4])
    assert not mem.shares_memory(a.tensor[3:4].expand(5), a[4:])
    assert mem.shares_memory(a.view(tnp.int32)[1:2], a[:1])
    assert not mem.shares_memory(a.view(tnp.int32)[2:3], a[:1])
    with pytest.raises(ValueError):
        mem.shares_memory(a, a, max_work=-3)


def test_memory_large_views_exact():
    n = np.zeros((300, 400))
    x = tnp.zeros((300, 400))
    for k1, k2 in [
        ((slice(None), slice(0, 200)), (slice(None), slice(200, None))),
        ((slice(None), slice(0, 201)), (slice(None), slice(200, None))),
        ((slice(None, None, 2),), (slice(1, None, 2),)),
    ]:
        assert mem.shares_memory(x[k1], x[k2]) == np.shares_memory(n[k1], n[k2])


# ----------------------------------------------------------------------------- default_device
def test_default_device_context_nests_and_restores():
    before = df.get_default_device()
    with df.default_device("meta") as dev:
        assert dev == torch.device("meta")
        assert tnp.ones(3).device == torch.device("meta")
        with df.default_device("cpu"):
            assert tnp.zeros(2).device == torch.device("cpu")
        assert tnp.zeros(2).device == torch.device("meta")
        assert df.get_default_device() == torch.device("meta")
    assert df.get_default_device() == before
    with pytest.raises(RuntimeError), df.default_device("meta"):
        raise RuntimeError("boom")
    assert df.get_default_device() == before
    df.set_default_device("meta")
    try:
        with df.default_device(None):
            assert tnp.ones(1).device == torch.get_default_device()
        assert df.get_default_device() == torch.device("meta")
    finally:
        df.set_default_device(None)


def test_host_data_goes_to_the_default_device():
    """NumPy arrays are host data, like lists: new arrays made from them follow the default
    device, and the grids and ``== None`` results do too; a CPU default shares memory."""
    n = np.arange(6.0)
    meta = torch.device("meta")
    with df.default_device("meta"):
        assert tnp.asarray(n).device == meta
        assert tnp.array(n).device == meta
        assert tnp.add(n, 1).device == meta
        assert tnp.mgrid[0:3, 0:2].device == meta
        assert tnp.mgrid[0:1:5j].device == meta
        assert all(g.device == meta for g in tnp.ogrid[0:3, 0:2])
        assert (tnp.ones(2) == None).device == meta  # noqa: E711
        assert (tnp.ones(2) != None).device == meta  # noqa: E711
    with df.default_device("cpu"):
        x = tnp.asarray(n)
        x[0] = 7.0
    assert n[0] == 7.0


# ----------------------------------------------------------------------------- from_dlpack
def test_from_dlpack_shares_and_copies():
    n = np.arange(6.0)
    x = cr.from_dlpack(n)
    assert x.dtype == tnp.float64
    np.testing.assert_array_equal(np.asarray(x), np.from_dlpack(n))
    x[0] = 42.0
    assert n[0] == 42.0
    y = cr.from_dlpack(n, copy=True)
    y[1] = -1.0
    assert n[1] == 1.0
    t = torch.arange(4, dtype=torch.int32)
    z = cr.from_dlpack(t)
    assert z.tensor.data_ptr() == t.data_ptr()
    a = tnp.arange(5)
    v = cr.from_dlpack(a[1:])
    assert mem.shares_memory(v, a)
    assert not mem.shares_memory(cr.from_dlpack(a, copy=True), a)
    # NumPy from a tnp array, through __dlpack__
    np.testing.assert_array_equal(np.from_dlpack(a), np.arange(5))


def test_from_dlpack_device_and_errors():
    t = torch.arange(3.0)
    m = cr.from_dlpack(t, device="meta")
    assert m.device == torch.device("meta")
    with pytest.raises(ValueError):
        cr.from_dlpack(t, device="meta", copy=False)
    assert cr.from_dlpack(t, device="cpu", copy=False).tensor.data_ptr() == t.data_ptr()
    with pytest.raises(AttributeError, match="__dlpack__"):
        cr.from_dlpack([1, 2, 3])
    with pytest.raises(AttributeError, match="__dlpack__"):
        np.from_dlpack([1, 2, 3])


# ----------------------------------------------------------------------------- fromstring
GOOD = [
    ("1 2 3", " ", float),
    ("1,2,3", ",", float),
    ("1, 2 ,3", ",", int),
    (" 1,2,3 ", ",", float),
    ("1,2,", ",", float),
    ("", ",", float),
    ("1 2  3", " ", "int32"),
    ("1\n2\t3", " ", float),
    ("inf,nan,-inf,Infinity,NaN", ",", float),
    ("1,2", ", ", float),
    ("1 , 2", " , ", float),
    ("300,-200,5", ",", "int8"),
    ("300", ",", "uint8"),
    ("4294967296,7", ",", "uint32"),
    ("12345678901234567890", ",", "uint64"),
    ("99999999999999999999", ",", "int64"),
    ("0,1,2,-1", ",", bool),
    ("+5,-3,00012", ",", int),
    ("1.5e2,  .5, 1., -0.0", ",", "float32"),
    ("1.5,2.25", ",", "float16"),
    ("1e400,-1e400", ",", float),
    ("nan(123)", ",", float),
    ("1a2a3", "a", float),
    ("1 a 2", "a", float),
    ("1  a2", "a ", float),
    ("1+2j,3,1j,1e5j,-2-0.5j", ",", complex),
    ("1,2", ",", "complex64"),
    ("1,2\n", ",", float),
]

BAD = [
    ("1,,2", ",", float),
    ("1,a,2", ",", float),
    ("a", ",", float),
    ("1.5,2", ",", int),
    ("0x10,2", ",", int),
    ("1e3,2", ",", int),
    ("-1", ",", "uint8"),
    ("1,2 3", ",", float),
    ("1x", ",", float),
    (",1", ",", float),
    ("1 2", ",", float),
    ("1_000", ",", int),
    ("- 1", ",", float),
    ("1.2.3", ",", float),
    ("0x1p3", ",", float),
    ("True", ",", bool),
    ("1+2J", ",", complex),
    ("1 +2j", ",", complex),
]


@pytest.mark.parametrize(("text", "sep", "dtype"), GOOD)
def test_fromstring_matches_numpy(text, sep, dtype):
    want = np.fromstring(text, dtype=dtype, sep=sep)
    got = cr.fromstring(text, dtype=dtype, sep=sep)
    assert str(got.dtype) == str(want.dtype)
    np.testing.assert_array_equal(np.asarray(got), want)
    got_b = cr.fromstring(text.encode(), dtype=dtype, sep=sep)
    np.testing.assert_array_equal(np.asarray(got_b), want)


@pytest.mark.parametrize(("text", "sep", "dtype"), BAD)
def test_fromstring_errors_match_numpy(text, sep, dtype):
    with pytest.raises(ValueError) as want:
        np.fromstring(text, dtype=dtype, sep=sep)
    with pytest.raises(ValueError) as got:
        cr.fromstring(text, dtype=dtype, sep=sep)
    assert str(got.value) == str(want.value)


def test_fromstring_count_binary_and_defaults():
    for text, count in [("1,2,3", 2), ("1,2x", 2), ("1,2,x", 2), ("1,2,3", 0), ("4", 1)]:
        want = np.fromstring(text, sep=",", count=count)
        np.testing.assert_array_equal(np.asarray(cr.fromstring(text, sep=",", count=count)), want)
    with pytest.raises(ValueError, match="binary mode"):
        cr.fromstring("1 2", sep="")
    with pytest.raises(ValueError, match="binary mode"):
        np.fromstring("1 2", sep="")
    with pytest.raises(TypeError):
        cr.fromstring("1 2")  # sep is required, as in NumPy
    assert cr.fromstring("1 2", sep=" ").dtype == tnp.float64
    assert cr.fromstring("1 2", sep=" ", device="meta").device == torch.device("meta")


@given(
    st.lists(st.integers(-(2**40), 2**40), max_size=8),
    st.sampled_from([",", " ", ";", " ; ", "\n"]),
    st.sampled_from(["int64", "int16", "float64", "float32"]),
)
@FEW
def test_fromstring_random_numbers(values, sep, dtype):
    text = sep.join(str(v) for v in values)
    want = np.fromstring(text, dtype=dtype, sep=sep)
    np.testing.assert_array_equal(np.asarray(cr.fromstring(text, dtype=dtype, sep=sep)), want)
