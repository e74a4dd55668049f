"""bartlett, blackman, hamming, hanning and kaiser against NumPy."""

from __future__ import annotations

import numpy as np
import pytest
from tnp_core_test_helpers import assert_same

from tnp_core import _function_base as fb

SIZES = [-3, 0, 1, 2, 3, 4, 5, 8, 11, 64]


@pytest.mark.parametrize("name", ["bartlett", "blackman", "hamming", "hanning"])
@pytest.mark.parametrize("m", SIZES)
def test_cosine_and_triangular_windows(name, m):
    got = getattr(fb, name)(m)
    assert_same(got, getattr(np, name)(m), atol=1e-15)


@pytest.mark.parametrize("m", SIZES)
@pytest.mark.parametrize("beta", [0, 0.5, 5, 8.6, 14])
def test_kaiser(m, beta):
    assert_same(fb.kaiser(m, beta), np.kaiser(m, beta), atol=1e-15)


def test_windows_are_symmetric_float64():
    for name in ("bartlett", "blackman", "hamming", "hanning"):
        w = getattr(fb, name)(9)
        assert w.dtype.name == "float64"
        values = w.tolist()
        assert values == values[::-1]
