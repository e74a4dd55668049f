"""pad against NumPy: every mode, per-axis widths and values, and the errors."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tnp_core_test_helpers import DTYPES, FEW, arrays, assert_same, from_numpy, same_outcome, shapes

from tnp_core import _padding as pdg

MODES_AND_KWARGS = [
    ("constant", {}),
    ("constant", {"constant_values": 3}),
    ("constant", {"constant_values": (1, 2)}),
    ("edge", {}),
    ("linear_ramp", {}),
    ("linear_ramp", {"end_values": (5, -2)}),
    ("maximum", {}),
    ("minimum", {"stat_length": 2}),
    ("mean", {}),
    ("mean", {"stat_length": (1, 3)}),
    ("median", {}),
    ("median", {"stat_length": 2}),
    ("reflect", {}),
    ("reflect", {"reflect_type": "odd"}),
    ("symmetric", {}),
    ("symmetric", {"reflect_type": "odd"}),
    ("wrap", {}),
]


@st.composite
def _widths(draw, ndim):
    w = st.integers(0, 7)
    return draw(
        st.sampled_from([0, 1, 3])
        | st.tuples(w, w)
        | st.lists(st.tuples(w, w), min_size=ndim, max_size=ndim).map(tuple)
        | st.just(((1,), (2,)) if ndim == 2 else 2)
    )


@FEW
@given(st.sampled_from(DTYPES), shapes(max_dims=3, max_side=3), st.data())
def test_pad_modes(name, shape, data):
    x = data.draw(arrays(name, shape))
    mode, kwargs = data.draw(st.sampled_from(MODES_AND_KWARGS))
    if name.startswith("complex") and mode in ("maximum", "minimum", "median"):
        kwargs = dict(kwargs)  # complex order is lexicographic in both libraries
    width = data.draw(_widths(x.ndim))
    same_outcome(
        lambda: np.pad(x, width, mode=mode, **kwargs),
        lambda: pdg.pad(from_numpy(x), width, mode=mode, **kwargs),
    )


@FEW
@given(
    st.sampled_from(("int16", "float64", "uint8")),
    shapes(min_dims=2, max_dims=2, min_side=1, max_side=3),
    st.data(),
)
def test_pad_per_axis_values(name, shape, data):
    x = data.draw(arrays(name, shape))
    v = st.integers(0, 9)
    values = data.draw(st.tuples(st.tuples(v, v), st.tuples(v, v)))
    width = ((1, 2), (3, 0))
    for mode, key in (("constant", "constant_values"), ("linear_ramp", "end_values")):
        same_outcome(
            lambda: np.pad(x, width, mode=mode, **{key: values}),  # noqa: B023
            lambda: pdg.pad(from_numpy(x), width, mode=mode, **{key: values}),  # noqa: B023
        )
    lengths = ((1, 2), (2, 1))
    same_outcome(
        lambda: np.pad(x, width, mode="mean", stat_length=lengths),
        lambda: pdg.pad(from_numpy(x), width, mode="mean", stat_length=lengths),
    )


def test_pad_empty_mode_keeps_the_data():
    x = np.arange(6, dtype=np.int32).reshape(2, 3)
    got = pdg.pad(from_numpy(x), ((1, 1), (2, 0)), mode="empty")
    assert got.shape == (4, 5)
    assert got.dtype.name == "int32"
    assert_same(got[1:3, 2:5], x)


def test_pad_with_a_callable():
    def fill(vector, width, iaxis, kwargs):
        vector[: width[0]] = kwargs.get("value", 9) + iaxis
        if width[1]:
            vector[-width[1] :] = -1

    x = np.arange(6).reshape(2, 3)
    for kwargs in ({}, {"value": 4}):
        assert_same(
            pdg.pad(from_numpy(x), (1, 2), fill, **kwargs), np.pad(x, (1, 2), fill, **kwargs)
        )


def test_pad_dict_widths():
    x = np.arange(6).reshape(2, 3)
    assert_same(pdg.pad(from_numpy(x), {1: (1, 2)}), np.pad(x, {1: (1, 2)}))
    assert_same(pdg.pad(from_numpy(x), {0: 2}, mode="edge"), np.pad(x, {0: 2}, mode="edge"))


@pytest.mark.parametrize(
    ("width", "mode", "kwargs", "exc", "match"),
    [
        (1, "foo", {}, ValueError, "mode 'foo' is not supported"),
        (1, "edge", {"constant_values": 1}, ValueError, "unsupported keyword arguments"),
        (1.5, "constant", {}, TypeError, "must be of integral type"),
        (-1, "constant", {}, ValueError, "negative values"),
        (((1, 2), (3, 4), (5, 6)), "constant", {}, ValueError, "broadcast"),
        (1, "maximum", {"stat_length": 0}, ValueError, "stat_length of 0"),
    ],
)
def test_pad_errors(width, mode, kwargs, exc, match):
    x = np.arange(6).reshape(2, 3)
    with pytest.raises(exc, match=match):
        pdg.pad(from_numpy(x), width, mode=mode, **kwargs)
    with pytest.raises(exc):
        np.pad(x, width, mode=mode, **kwargs)


def test_pad_cannot_extend_an_empty_axis():
    x = np.zeros((0, 3))
    same_outcome(lambda: np.pad(x, 1, mode="edge"), lambda: pdg.pad(from_numpy(x), 1, mode="edge"))
    same_outcome(
        lambda: np.pad(x, ((0, 0), (1, 1)), mode="wrap"),
        lambda: pdg.pad(from_numpy(x), ((0, 0), (1, 1)), mode="wrap"),
    )
    same_outcome(lambda: np.pad(x, 1), lambda: pdg.pad(from_numpy(x), 1))


def test_pad_list_input():
    assert_same(pdg.pad([1, 2, 3], 2, mode="reflect"), np.pad([1, 2, 3], 2, mode="reflect"))
