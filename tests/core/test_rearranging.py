"""flip, fliplr, flipud, roll, rot90 and tile against NumPy."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tnp_core_test_helpers import DTYPES, FEW, arrays, from_numpy, same_outcome, shapes

from tnp_core import _rearranging as rea


@st.composite
def _array(draw, min_dims=0):
    name = draw(st.sampled_from(DTYPES))
    return draw(arrays(name, shapes(min_dims=min_dims)))


def _axis_arg(data, ndim):
    axis = st.integers(-ndim - 1, ndim)
    return data.draw(st.none() | axis | st.lists(st.integers(-ndim, max(ndim - 1, 0)), max_size=3))


@FEW
@given(_array(), st.data())
def test_flip(x, data):
    axis = _axis_arg(data, x.ndim)
    ax = tuple(axis) if isinstance(axis, list) else axis
    same_outcome(lambda: np.flip(x, ax), lambda: rea.flip(from_numpy(x), ax))


@FEW
@given(_array())
def test_fliplr_flipud(x):
    same_outcome(lambda: np.fliplr(x), lambda: rea.fliplr(from_numpy(x)))
    same_outcome(lambda: np.flipud(x), lambda: rea.flipud(from_numpy(x)))


@FEW
@given(_array(), st.data())
def test_roll(x, data):
    shift = data.draw(st.integers(-7, 7) | st.lists(st.integers(-7, 7), min_size=1, max_size=3))
    axis = data.draw(
        st.none()
        | st.integers(-x.ndim - 1, x.ndim)
        | st.lists(st.integers(-x.ndim, max(x.ndim - 1, 0)), min_size=1, max_size=3)
    )
    sh = tuple(shift) if isinstance(shift, list) else shift
    ax = tuple(axis) if isinstance(axis, list) else axis
    same_outcome(lambda: np.roll(x, sh, ax), lambda: rea.roll(from_numpy(x), sh, ax))


def test_roll_rejects_deep_shift():
    with pytest.raises(ValueError, match="scalars or 1D"):
        rea.roll(from_numpy(np.arange(4)), [[1]], 0)


@FEW
@given(_array(), st.integers(-5, 5), st.data())
def test_rot90(x, k, data):
    axes = data.draw(st.tuples(st.integers(-3, 3), st.integers(-3, 3)) | st.just((0, 1)))
    same_outcome(lambda: np.rot90(x, k, axes), lambda: rea.rot90(from_numpy(x), k, axes))


def test_rot90_errors():
    a = from_numpy(np.zeros((2, 3)))
    with pytest.raises(ValueError, match="len"):
        rea.rot90(a, 1, (0,))
    with pytest.raises(ValueError, match="Axes must be different"):
        rea.rot90(a, 1, (1, -1))
    with pytest.raises(ValueError, match="out of range"):
        rea.rot90(a, 1, (0, 3))


def test_rot90_zero_turns_is_a_view():
    a = from_numpy(np.arange(6).reshape(2, 3))
    r = rea.rot90(a, 4)
    r[0, 0] = 99
    assert int(a[0, 0]) == 99


@FEW
@given(_array(), st.data())
def test_tile(x, data):
    reps = data.draw(st.integers(0, 3) | st.lists(st.integers(0, 3), max_size=4))
    r = tuple(reps) if isinstance(reps, list) else reps
    same_outcome(lambda: np.tile(x, r), lambda: rea.tile(from_numpy(x), r))


def test_tile_errors():
    with pytest.raises(ValueError):
        rea.tile(from_numpy(np.arange(3)), -1)
    with pytest.raises(TypeError):
        rea.tile(from_numpy(np.arange(3)), 1.5)


def test_flip_of_list_input():
    same_outcome(lambda: np.flip([[1, 2], [3, 4]], 1), lambda: rea.flip([[1, 2], [3, 4]], 1))
