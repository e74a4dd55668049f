"""tnp_core.lib.stride_tricks (sliding_window_view, as_strided) against NumPy."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from numpy.lib import stride_tricks as nst
from tnp_core_test_helpers import DTYPES, FEW, arrays, assert_same, from_numpy, same_outcome, shapes

import tnp_core as tnp
from tnp_core.lib import stride_tricks as tst


@FEW
@given(st.sampled_from(DTYPES), shapes(min_dims=1), st.data())
def test_sliding_window_view(name, shape, data):
    x = data.draw(arrays(name, st.just(shape)))
    axis = data.draw(
        st.none()
        | st.integers(-x.ndim - 1, x.ndim)
        | st.lists(st.integers(-x.ndim, x.ndim - 1), max_size=3)
    )
    n = x.ndim if axis is None else (len(axis) if isinstance(axis, list) else 1)
    window = data.draw(st.lists(st.integers(0, 4), min_size=n, max_size=n))
    if n == 1 and data.draw(st.booleans()):
        window = window[0]
    same_outcome(
        lambda: nst.sliding_window_view(x, window, axis=axis),
        lambda: tst.sliding_window_view(from_numpy(x), window, axis=axis),
    )


def test_sliding_window_view_is_a_read_only_view():
    x = tnp.arange(6.0)
    v = tst.sliding_window_view(x, 3)
    assert v.base is x
    assert not v.flags.writeable
    with pytest.raises(ValueError, match="read-only"):
        v[0, 0] = 1.0
    x[1] = 10.0
    assert float(v[0, 1]) == 10.0
    w = tst.sliding_window_view(x, 2, writeable=True, subok=True)
    w[0, 1] = 7.0
    assert float(x[1]) == 7.0


def test_sliding_window_view_of_a_strided_view():
    a = np.arange(24).reshape(4, 6)[:, ::2]
    assert_same(
        tst.sliding_window_view(from_numpy(np.arange(24).reshape(4, 6))[:, ::2], (2, 2)),
        nst.sliding_window_view(a, (2, 2)),
    )


def test_sliding_window_view_errors():
    for call in (
        lambda m, x: m.sliding_window_view(x, -1),
        lambda m, x: m.sliding_window_view(x, (2, 2)),
        lambda m, x: m.sliding_window_view(x, 5),
        lambda m, x: m.sliding_window_view(x, (2, 2), axis=0),
        lambda m, x: m.sliding_window_view(x, 2, axis=1),
    ):
        same_outcome(
            lambda call=call: call(nst, np.arange(4)), lambda call=call: call(tst, tnp.arange(4))
        )


@pytest.mark.parametrize("name", ["int8", "int16", "float32", "float64", "complex128", "uint64"])
def test_as_strided_uses_byte_strides(name):
    x = np.arange(12).astype(name)
    size = x.itemsize
    for shape, strides in [((3, 2), (4 * size, size)), ((4, 3), (size, size)), ((2, 6), (0, size))]:
        assert_same(
            tst.as_strided(from_numpy(x), shape, strides), nst.as_strided(x, shape, strides)
        )


def test_as_strided_defaults_and_views():
    x = tnp.arange(12)
    assert_same(tst.as_strided(x), nst.as_strided(np.arange(12)))
    assert_same(tst.as_strided(x, (3, 4)), nst.as_strided(np.arange(12), (3, 4)))
    t = x.reshape(3, 4).T
    assert_same(tst.as_strided(t, (4, 2)), nst.as_strided(np.arange(12).reshape(3, 4).T, (4, 2)))
    v = tst.as_strided(x[2:], (2,), (8,))
    v[0] = 100
    assert int(x[2]) == 100
    assert v.base is x
    r = tst.as_strided(x, writeable=False)
    assert not r.flags.writeable


def test_as_strided_refuses_what_torch_cannot_express():
    x = tnp.arange(4, dtype="int32")
    with pytest.raises(ValueError, match="multiples of the item size"):
        tst.as_strided(x, (2,), (2,))
    with pytest.raises(ValueError, match="multiples of the item size"):
        tst.as_strided(x, (2,), (-4,))
    with pytest.raises(ValueError, match="mismatch in length"):
        tst.as_strided(x, (2, 2), (4,))


def test_lib_package_exposes_stride_tricks():
    import tnp_core.lib

    assert tnp_core.lib.stride_tricks is tst
    assert set(tst.__all__) == {"as_strided", "sliding_window_view"}
