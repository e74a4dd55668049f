"""isclose, allclose, array_equal, array_equiv against NumPy (NumPy 2 weak-scalar rules)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tnp_core_test_helpers import (
    DTYPES,
    FEW,
    arrays,
    assert_same,
    broadcastable_pairs,
    from_numpy,
    same_outcome,
    shapes,
)

from tnp_core import _comparison as cmp

_SCALARS = st.sampled_from([0, 1, True, 1.0, 1e-9, -2.5, float("inf"), float("nan"), 1 + 1j])


@FEW
@given(broadcastable_pairs(), st.sampled_from(DTYPES), st.sampled_from(DTYPES), st.data())
def test_isclose_arrays(pair, n1, n2, data):
    a = data.draw(arrays(n1, st.just(pair[0]), specials=True))
    b = data.draw(arrays(n2, st.just(pair[1]), specials=True))
    equal_nan = data.draw(st.booleans())
    rtol, atol = data.draw(st.sampled_from([(1e-5, 1e-8), (0.1, 0.0), (0.0, 0.5)]))
    same_outcome(
        lambda: np.asarray(np.isclose(a, b, rtol=rtol, atol=atol, equal_nan=equal_nan)),
        lambda: cmp.isclose(
            from_numpy(a), from_numpy(b), rtol=rtol, atol=atol, equal_nan=equal_nan
        ),
    )
    assert cmp.allclose(
        from_numpy(a), from_numpy(b), rtol=rtol, atol=atol, equal_nan=equal_nan
    ) == np.allclose(a, b, rtol=rtol, atol=atol, equal_nan=equal_nan)


@FEW
@given(st.sampled_from(DTYPES), shapes(max_dims=2), _SCALARS, st.booleans(), st.data())
def test_isclose_with_weak_scalars(name, shape, scalar, scalar_first, data):
    a = data.draw(arrays(name, st.just(shape), specials=True))
    args_np = (scalar, a) if scalar_first else (a, scalar)
    args_tnp = (scalar, from_numpy(a)) if scalar_first else (from_numpy(a), scalar)
    same_outcome(lambda: np.asarray(np.isclose(*args_np)), lambda: cmp.isclose(*args_tnp))


def test_isclose_of_two_python_scalars_is_0d():
    assert_same(cmp.isclose(1.0, 1.0 + 1e-9), np.asarray(np.isclose(1.0, 1.0 + 1e-9)))


def test_isclose_tolerance_in_float16():
    a = np.float16([1.0, 1.001, 60000])
    b = np.float16([1.0005, 1.0, 65504])
    assert_same(cmp.isclose(from_numpy(a), from_numpy(b), rtol=1e-3), np.isclose(a, b, rtol=1e-3))


def test_isclose_array_tolerances():
    a = np.array([1.0, 2.0, 3.0])
    rtol = np.array([0.0, 0.1, 0.0], dtype=np.float32)
    assert_same(
        cmp.isclose(from_numpy(a), from_numpy(a + 0.1), rtol=from_numpy(rtol)),
        np.isclose(a, a + 0.1, rtol=rtol),
    )


def test_allclose_returns_a_python_bool():
    assert cmp.allclose([1.0, 2.0], [1.0, 2.0]) is True
    assert cmp.allclose([1.0, np.nan], [1.0, np.nan]) is False
    assert cmp.allclose([1.0, np.nan], [1.0, np.nan], equal_nan=True) is True


_VALUES = [
    np.array([1.0, np.nan, 2.0]),
    np.array([1.0, np.nan, 2.0], dtype=np.float32),
    np.array([1, 0, 2]),
    np.uint64([1, 2**63, 2]),
    np.int64([1, -(2**63), 2]),
    np.array([[1.0, np.nan, 2.0]]),
    np.array([1.0]),
    np.array([]),
    np.array([1 + 0j, np.nan, 2]),
    np.array(1.0),
]


@pytest.mark.parametrize(("a", "b"), list(itertools.product(_VALUES, repeat=2)))
def test_array_equal_and_equiv(a, b):
    for equal_nan in (False, True):
        got = cmp.array_equal(from_numpy(a), from_numpy(b), equal_nan=equal_nan)
        assert got is np.array_equal(a, b, equal_nan=equal_nan)
    assert cmp.array_equiv(from_numpy(a), from_numpy(b)) is np.array_equiv(a, b)


def test_array_equal_of_unconvertible_input_is_false():
    assert cmp.array_equal([1, [2, 3]], [1, 2]) is np.array_equal([1, 2], [1, 2, 3])
