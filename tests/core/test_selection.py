"""take, put, repeat, choose, compress, clip, round, conj, diagonal, trace against NumPy."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tnp_core_test_helpers import (
    DTYPES,
    FEW,
    FLOATING,
    INEXACT,
    arrays,
    assert_same,
    from_numpy,
    same_outcome,
    shapes,
    to_numpy,
)

from tnp_core import _selection as sel

MODES = ("raise", "wrap", "clip")


@st.composite
def _array(draw, names=DTYPES, specials=False, min_dims=0):
    name = draw(st.sampled_from(names))
    return draw(arrays(name, shapes(min_dims=min_dims), specials=specials))


@FEW
@given(_array(), st.data(), st.sampled_from(MODES))
def test_take(x, data, mode):
    axis = data.draw(st.none() | st.integers(-x.ndim - 1, x.ndim) if x.ndim else st.none())
    idx = np.array(data.draw(st.lists(st.integers(-6, 6), max_size=4)), dtype=np.int64)
    idx = idx.reshape(data.draw(st.sampled_from([(-1,), (1, -1)])))
    if axis is None or -x.ndim <= axis < x.ndim:
        axis_size = x.size if axis is None else x.shape[axis]
        if mode == "wrap" and axis_size == 0 and idx.size:
            return  # NumPy loops forever wrapping into an empty axis
    same_outcome(
        lambda: np.take(x, idx, axis=axis, mode=mode),
        lambda: sel.take(from_numpy(x), from_numpy(idx), axis=axis, mode=mode),
    )


@FEW
@given(_array(min_dims=1), st.data(), st.sampled_from(MODES))
def test_put(x, data, mode):
    idx = data.draw(st.lists(st.integers(-8, 8), max_size=5, unique=True))
    v = data.draw(arrays("int8", st.just((data.draw(st.integers(1, 3)),))))
    got = from_numpy(x)
    expected = x.copy()
    try:
        np.put(expected, idx, v, mode=mode)
    except IndexError as exc:
        with pytest.raises(type(exc)):
            sel.put(got, idx, from_numpy(v), mode=mode)
        return
    sel.put(got, idx, from_numpy(v), mode=mode)
    assert_same(got, expected)


@FEW
@given(_array(), st.data())
def test_repeat(x, data):
    axis = data.draw(st.none() | st.integers(-x.ndim, x.ndim - 1) if x.ndim else st.none())
    n = x.size if axis is None else x.shape[axis]
    reps = data.draw(st.integers(0, 3) | st.lists(st.integers(0, 3), min_size=n, max_size=n))
    same_outcome(
        lambda: np.repeat(x, reps, axis=axis),
        lambda: sel.repeat(from_numpy(x), reps, axis=axis),
    )


@FEW
@given(st.data(), st.sampled_from(MODES))
def test_choose(data, mode):
    names = data.draw(st.lists(st.sampled_from(DTYPES), min_size=1, max_size=3))
    shape = data.draw(shapes(max_dims=2))
    choices = [data.draw(arrays(n, st.just(shape))) for n in names]
    a = data.draw(arrays("int16", st.just(shape))) % 5 - 1
    same_outcome(
        lambda: np.choose(a, choices, mode=mode),
        lambda: sel.choose(from_numpy(a), [from_numpy(c) for c in choices], mode=mode),
    )


@FEW
@given(_array(), st.data())
def test_compress(x, data):
    axis = data.draw(st.none() | st.integers(-x.ndim, x.ndim - 1) if x.ndim else st.none())
    cond = data.draw(st.lists(st.booleans(), max_size=5))
    same_outcome(
        lambda: np.compress(cond, x, axis=axis),
        lambda: sel.compress(cond, from_numpy(x), axis=axis),
    )


_BOUND = st.none() | st.integers(-5, 5) | st.floats(-5, 5) | st.just(math.nan)


@FEW
@given(_array(specials=True), _BOUND, _BOUND)
def test_clip_scalars(x, lo, hi):
    if lo is None and hi is None:
        lo = 0
    same_outcome(
        lambda: np.clip(x, lo, hi),
        lambda: sel.clip(from_numpy(x), lo, hi),
    )


@FEW
@given(_array(specials=True), _array())
def test_clip_arrays(x, lo):
    same_outcome(
        lambda: np.clip(x, lo, x),
        lambda: sel.clip(from_numpy(x), from_numpy(lo), from_numpy(x)),
    )


@FEW
@given(_array(), st.integers(-3, 3))
def test_round(x, decimals):
    same_outcome(
        lambda: np.round(x, decimals),
        lambda: sel.round(from_numpy(x), decimals),
    )


@FEW
@given(_array(specials=True))
def test_conj(x):
    assert_same(sel.conj(from_numpy(x)), np.conj(x))
    assert_same(sel.conjugate(from_numpy(x)), np.conjugate(x))


@FEW
@given(_array(), st.integers(-3, 3), st.integers(-3, 2), st.integers(-3, 2))
def test_diagonal_trace(x, offset, axis1, axis2):
    same_outcome(
        lambda: np.diagonal(x, offset, axis1, axis2),
        lambda: sel.diagonal(from_numpy(x), offset, axis1, axis2),
    )
    if x.dtype.name not in INEXACT:
        same_outcome(
            lambda: np.trace(x, offset, axis1, axis2),
            lambda: sel.trace(from_numpy(x), offset, axis1, axis2),
        )


# ----------------------------------------------------------------------------- held behaviours
def test_put_wraps_and_repeats_values():
    a = from_numpy(np.arange(6))
    sel.put(a, [0, 7, -1, 2], [10, 20], mode="wrap")
    assert to_numpy(a).tolist() == [10, 20, 20, 3, 4, 10]


def test_put_raise_and_clip():
    a = from_numpy(np.arange(4))
    with pytest.raises(IndexError, match="out of bounds"):
        sel.put(a, [4], [1])
    sel.put(a, [9, -9], [7, 8], mode="clip")
    assert to_numpy(a).tolist() == [8, 1, 2, 7]
    with pytest.raises(TypeError):
        sel.put([1, 2], [0], [1])


def test_take_modes():
    x = from_numpy(np.arange(5) * 10)
    assert to_numpy(sel.take(x, [-1, 7], mode="clip")).tolist() == [0, 40]
    assert to_numpy(sel.take(x, [-1, 7], mode="wrap")).tolist() == [40, 20]
    assert to_numpy(sel.take(x, [-1])).tolist() == [40]
    with pytest.raises(IndexError, match="index 5 is out of bounds for axis 0 with size 5"):
        sel.take(x, [5])
    with pytest.raises(ValueError, match="clipmode"):
        sel.take(x, [0], mode="nope")


@pytest.mark.parametrize("name", FLOATING)
def test_clip_nan_propagates(name):
    x = np.array([1.0, math.nan, -3.0], dtype=name)
    assert_same(sel.clip(from_numpy(x), 0, 0.5), np.clip(x, 0, 0.5))
    assert_same(sel.clip(from_numpy(x), math.nan, 1), np.clip(x, math.nan, 1))


def test_clip_weak_scalars_and_keywords():
    x = np.arange(-3, 4, dtype=np.int8)
    assert_same(sel.clip(from_numpy(x), -1, 2), np.clip(x, -1, 2))
    assert_same(sel.clip(from_numpy(x), 3, 1), np.clip(x, 3, 1))  # a_min > a_max gives a_max
    assert_same(sel.clip(from_numpy(x), min=1), np.clip(x, min=1))
    assert_same(sel.clip(from_numpy(x), None, None), np.clip(x, None, None))
    with pytest.raises(OverflowError):
        sel.clip(from_numpy(x), 1000, None)
    with pytest.raises(ValueError, match="forbidden"):
        sel.clip(from_numpy(x), 1, 2, min=0)


def test_round_half_even_and_negative_decimals():
    x = np.array([0.5, 1.5, 2.5, -0.5, -2.5, 1234.5])
    assert_same(sel.round(from_numpy(x)), np.round(x))
    assert_same(sel.around(from_numpy(x), -2), np.around(x, -2))
    i = np.array([125, -135, 15, 7], dtype=np.int16)
    assert_same(sel.round(from_numpy(i), -1), np.round(i, -1))
    assert_same(sel.round(from_numpy(i), 2), np.round(i, 2))
    c = np.array([1.25 + 2.35j, 0.5 - 1.5j])
    assert_same(sel.round(from_numpy(c), 1), np.round(c, 1))


def test_diagonal_is_a_writeable_view():
    # NumPy's diagonal view is read-only; tnp's is writeable and writes show in the base
    base = from_numpy(np.zeros((3, 3)))
    d = sel.diagonal(base)
    assert d.base is not None
    d[1] = 5.0
    assert float(base[1, 1]) == 5.0


def test_trace_small_ints_accumulate_in_int64():
    for name in ("int8", "uint8", "bool"):
        x = np.ones((3, 3), dtype=name)
        assert_same(sel.trace(from_numpy(x)), np.trace(x))
    with pytest.raises(ValueError, match="at least two dimensions"):
        sel.trace(from_numpy(np.arange(3)))


@pytest.mark.parametrize("name", ["uint8", "int8", "uint64", "int64", "bool"])
@pytest.mark.parametrize(
    ("lo", "hi"),
    [
        (-1, None),
        (None, -1),
        (1000, None),
        (None, 1000),
        (-(2**70), None),
        (2**70, None),
        (None, 2**64),
        (None, 2**64 - 1),
        (5, 2**63),
    ],
)
def test_clip_python_int_bounds_out_of_the_dtype_range(name, lo, hi):
    # A bound that limits nothing is dropped; one that would empty the range overflows.
    x = np.array([0, 1, 1], dtype=name)
    same_outcome(lambda: np.clip(x, lo, hi), lambda: sel.clip(from_numpy(x), lo, hi))
