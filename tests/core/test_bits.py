"""packbits, unpackbits, base_repr and binary_repr against NumPy."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tnp_core_test_helpers import (
    BOOL,
    DTYPES,
    FEW,
    INTEGER,
    arrays,
    from_numpy,
    same_outcome,
    shapes,
)

import tnp_core as tnp
from tnp_core import _bits as bits

ORDERS = ("big", "little")
BIG_INTS = [0, 1, -1, 2, -2, 7, -8, 255, -256, 2**31, -(2**31), 2**63 - 1, -(2**63), 2**64 - 1]
BIG_INTS += [3**50, -(3**50)]


def _axis(data, ndim):
    # 0-D arrays take axis 0 and -1 as if they were 1-D, so -2..1 covers the bad ones too
    top = max(ndim, 1)
    return data.draw(st.none() | st.integers(-top - 1, top))


@FEW
@given(
    st.sampled_from(BOOL + INTEGER).flatmap(lambda n: arrays(n, shapes(max_side=10))),
    st.data(),
    st.sampled_from(ORDERS),
)
def test_packbits(x, data, order):
    axis = _axis(data, x.ndim)
    same_outcome(
        lambda: np.packbits(x, axis=axis, bitorder=order),
        lambda: bits.packbits(from_numpy(x), axis=axis, bitorder=order),
    )


@FEW
@given(arrays("uint8", shapes(max_side=5)), st.data(), st.sampled_from((*ORDERS, "l", "b")))
def test_unpackbits(x, data, order):
    axis = _axis(data, x.ndim)
    count = data.draw(st.none() | st.integers(-45, 45))
    if x.size == 0 and count is not None and count > 0:
        # NumPy leaves the padding of an empty input uninitialised: check shape and zeros
        try:
            want = np.unpackbits(x, axis=axis, count=count, bitorder=order)
        except np.exceptions.AxisError:
            with pytest.raises(tnp.AxisError):
                bits.unpackbits(from_numpy(x), axis=axis, count=count, bitorder=order)
            return
        got = bits.unpackbits(from_numpy(x), axis=axis, count=count, bitorder=order)
        assert got.shape == want.shape
        assert got.dtype.name == "uint8"
        assert not got.any()
        return
    same_outcome(
        lambda: np.unpackbits(x, axis=axis, count=count, bitorder=order),
        lambda: bits.unpackbits(from_numpy(x), axis=axis, count=count, bitorder=order),
    )


@FEW
@given(
    st.sampled_from(BOOL + INTEGER).flatmap(lambda n: arrays(n, shapes(max_side=9))),
    st.sampled_from(ORDERS),
)
def test_unpack_inverts_pack(x, order):
    packed = bits.packbits(from_numpy(x), axis=None, bitorder=order)
    back = bits.unpackbits(packed, count=x.size, bitorder=order)
    assert back.tolist() == (x.reshape(-1) != 0).astype(np.uint8).tolist()


@pytest.mark.parametrize("name", [n for n in DTYPES if n not in BOOL + INTEGER])
def test_packbits_refuses_inexact(name):
    x = np.ones(3, dtype=name)
    same_outcome(lambda: np.packbits(x), lambda: bits.packbits(from_numpy(x)))
    with pytest.raises(TypeError, match="integer or boolean"):
        bits.packbits(from_numpy(x))


@pytest.mark.parametrize("name", [n for n in DTYPES if n != "uint8"])
def test_unpackbits_needs_uint8(name):
    x = np.ones(3, dtype=name)
    same_outcome(lambda: np.unpackbits(x), lambda: bits.unpackbits(from_numpy(x)))
    with pytest.raises(TypeError, match="unsigned byte"):
        bits.unpackbits(from_numpy(x))


@pytest.mark.parametrize("order", ["", "x", "L", "B", "lol", "bx", "LITTLE"])
def test_bitorder_spellings(order):
    x = np.array([5, 200], dtype=np.uint8)
    same_outcome(
        lambda: np.packbits(x, bitorder=order), lambda: bits.packbits(from_numpy(x), bitorder=order)
    )
    same_outcome(
        lambda: np.unpackbits(x, bitorder=order),
        lambda: bits.unpackbits(from_numpy(x), bitorder=order),
    )


def test_bitorder_none_is_type_error():
    with pytest.raises(TypeError):
        bits.packbits([1, 0], bitorder=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        bits.unpackbits(tnp.array([1], dtype="uint8"), bitorder=None)  # type: ignore[arg-type]


def test_count_must_be_integer():
    x = tnp.array([1, 2], dtype="uint8")
    with pytest.raises(TypeError):
        bits.unpackbits(x, count=2.0)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="-count larger"):
        bits.unpackbits(x, count=-17)


def test_packbits_lists_and_bools():
    assert bits.packbits([True, False, True]).tolist() == [160]
    assert bits.packbits([[1, 0, 1], [1, 1, 1]], axis=-1).tolist() == [[160], [224]]
    assert bits.packbits([1, 0, 1], bitorder="little").tolist() == [5]
    assert bits.packbits(np.zeros((2, 0), dtype=np.int64), axis=0).shape == (1, 0)


def test_packbits_keeps_device():
    x = tnp.array([1, 0, 1, 1], dtype="int16")
    assert bits.packbits(x).device == x.device


@pytest.mark.parametrize("n", BIG_INTS)
@pytest.mark.parametrize("width", [None, 1, 3, 8, 16, 70, 130])
def test_binary_repr(n, width):
    def outcome(f):
        try:
            return f()
        except ValueError:
            return ValueError

    assert outcome(lambda: bits.binary_repr(n, width)) == outcome(lambda: np.binary_repr(n, width))


@given(st.integers(-(2**70), 2**70), st.none() | st.integers(0, 80))
@FEW
def test_binary_repr_random(n, width):
    try:
        want = np.binary_repr(n, width)
    except ValueError:
        with pytest.raises(ValueError, match="Insufficient bit width"):
            bits.binary_repr(n, width)
        return
    assert bits.binary_repr(n, width) == want


def test_binary_repr_of_arrays_and_bad_input():
    assert bits.binary_repr(tnp.array(-5), width=8) == np.binary_repr(-5, width=8)
    with pytest.raises(TypeError):
        bits.binary_repr(1.5)


@pytest.mark.parametrize("n", BIG_INTS)
@pytest.mark.parametrize("base", [2, 3, 8, 10, 16, 36])
@pytest.mark.parametrize("padding", [0, 1, 4])
def test_base_repr(n, base, padding):
    assert bits.base_repr(n, base, padding) == np.base_repr(n, base, padding)


@given(st.integers(-(10**30), 10**30), st.integers(2, 36), st.integers(0, 5))
@FEW
def test_base_repr_random(n, base, padding):
    assert bits.base_repr(n, base=base, padding=padding) == np.base_repr(n, base, padding)


@pytest.mark.parametrize("base", [0, 1, 37, 100])
def test_base_repr_bad_base(base):
    with pytest.raises(ValueError) as got:
        bits.base_repr(5, base)
    with pytest.raises(ValueError) as want:
        np.base_repr(5, base)
    assert str(got.value) == str(want.value)


def test_base_repr_of_arrays_and_floats():
    assert bits.base_repr(tnp.array(-10), 16) == "-A"
    assert bits.base_repr(3.7) == np.base_repr(3.7)
