"""astype, isfortran, isscalar, iterable and typename against NumPy."""

from __future__ import annotations

import fractions

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tnp_core_test_helpers import DTYPES, FEW, arrays, assert_same, from_numpy, shapes

import tnp_core as tnp


@FEW
@given(st.sampled_from(DTYPES), st.sampled_from(DTYPES), st.data())
def test_astype_matches_numpy(src, dst, data):
    x = data.draw(arrays(src, shapes()))
    with np.errstate(all="ignore"):
        expected = np.astype(x, dst)
    assert_same(tnp.astype(from_numpy(x), dst), expected)


def test_astype_copy_false_returns_the_input_when_nothing_changes():
    a = tnp.arange(3)
    assert tnp.astype(a, tnp.int64, copy=False) is a
    assert tnp.astype(a, tnp.int64) is not a
    assert tnp.astype(a, "float32", copy=False).dtype == tnp.float32


def test_astype_wants_an_array():
    with pytest.raises(TypeError, match="Input should be"):
        tnp.astype([1, 2], tnp.float32)


@pytest.mark.parametrize(
    "make",
    [
        lambda m: m.zeros((2, 3)),
        lambda m: m.zeros((2, 3)).T,
        lambda m: m.zeros(3),
        lambda m: m.zeros((1, 3)).T,
        lambda m: m.zeros((3, 4))[:, ::2].T,
    ],
)
def test_isfortran_matches_numpy(make):
    assert tnp.isfortran(make(tnp)) == np.isfortran(make(np))


@pytest.mark.parametrize(
    "value", [1, 1.5, 2j, True, "a", b"x", None, [1], (1,), fractions.Fraction(1, 2)]
)
def test_isscalar_of_python_objects_matches_numpy(value):
    assert tnp.isscalar(value) == np.isscalar(value)


def test_isscalar_of_arrays_is_false_including_tnp_scalars():
    assert not tnp.isscalar(tnp.asarray(1.0))
    assert not tnp.isscalar(tnp.float64(1.0))  # a 0-D array in tnp (documented difference)


@pytest.mark.parametrize("value", [[1], (), 3, "ab", range(2)])
def test_iterable_matches_numpy(value):
    assert tnp.iterable(value) == np.iterable(value)


def test_iterable_of_arrays():
    assert tnp.iterable(tnp.zeros(2))
    assert not tnp.iterable(tnp.asarray(1))


@pytest.mark.parametrize(
    "char",
    [
        "S1",
        "?",
        "B",
        "D",
        "G",
        "F",
        "I",
        "H",
        "L",
        "O",
        "Q",
        "S",
        "U",
        "V",
        "b",
        "d",
        "g",
        "f",
        "i",
        "h",
        "l",
        "q",
    ],
)
def test_typename_matches_numpy(char):
    assert tnp.typename(char) == np.typename(char)


def test_typename_of_an_unknown_character_raises_key_error():
    with pytest.raises(KeyError):
        tnp.typename("x")
