"""Helpers for the tnp-linalg tests: conversions, comparisons and matrix strategies."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import tnp_core
import tnp_linalg

INEXACT = [np.float32, np.float64, np.complex64, np.complex128]
EXACT = [np.int8, np.int32, np.int64, np.uint8, np.bool_]
ALL = INEXACT + EXACT

FEW = settings(max_examples=25, deadline=None)


def to_numpy(x: Any) -> np.ndarray:
    """The values of a tnp array as a NumPy array of the matching dtype."""
    assert isinstance(x, tnp_core.ndarray), type(x)
    return x.tensor.detach().resolve_conj().cpu().numpy()


def tnp(a: Any) -> tnp_core.ndarray:
    return tnp_core.asarray(np.asarray(a))


def _single(dtype: np.dtype) -> bool:
    return dtype in (np.float16, np.float32, np.complex64)


def assert_matches(got: Any, expected: Any, rtol: float | None = None, atol: float = 1e-6) -> None:
    """Same dtype, same shape, same values up to the dtype's precision (NaN where NaN)."""
    expected = np.asarray(expected)
    result = to_numpy(got)
    assert result.dtype == expected.dtype, (result.dtype, expected.dtype)
    assert result.shape == expected.shape, (result.shape, expected.shape)
    if rtol is None:
        rtol = 1e-4 if _single(expected.dtype) else 1e-9
    if expected.dtype == np.bool_ or np.issubdtype(expected.dtype, np.integer):
        np.testing.assert_array_equal(result, expected)
    else:
        np.testing.assert_allclose(result, expected, rtol=rtol, atol=atol)


def assert_same_error(np_call: Callable[[], Any], tnp_call: Callable[[], Any]) -> None:
    """Both raise; the same kind (LinAlgError for LinAlgError) and the same message."""
    with pytest.raises(Exception) as theirs:
        np_call()
    with pytest.raises(Exception) as ours:
        tnp_call()
    expected, got = theirs.value, ours.value
    if isinstance(expected, np.linalg.LinAlgError):
        assert isinstance(got, tnp_linalg.LinAlgError), repr(got)
    elif type(expected).__name__ == "AxisError":
        # tnp_core's own AxisError, an IndexError and ValueError like NumPy's
        assert type(got).__name__ == "AxisError", repr(got)
        assert isinstance(got, IndexError)
        assert isinstance(got, ValueError)
    else:
        assert isinstance(got, type(expected)), (repr(got), repr(expected))
    assert not isinstance(got, RuntimeError) or isinstance(expected, RuntimeError)
    assert str(got) == str(expected)


def _elements(dtype: Any) -> st.SearchStrategy[Any]:
    dtype = np.dtype(dtype)
    if dtype.kind == "c":
        return st.complex_numbers(
            max_magnitude=1, allow_nan=False, allow_infinity=False, width=dtype.itemsize * 8
        )
    if dtype.kind == "f":
        return st.floats(-1, 1, width=dtype.itemsize * 8)
    if dtype.kind == "b":
        return st.booleans()
    return st.integers(0 if dtype.kind == "u" else -3, 3)


@st.composite
def matrices(
    draw: st.DrawFn,
    dtypes: list[Any] | None = None,
    square: bool = True,
    max_batch_dims: int = 2,
    min_side: int = 1,
) -> np.ndarray:
    """Well-conditioned stacks of matrices: noise plus a dominant (rectangular) diagonal."""
    dtype = draw(st.sampled_from(dtypes or ALL))
    m = draw(st.integers(min_side, 4))
    n = m if square else draw(st.integers(min_side, 4))
    batch = draw(hnp.array_shapes(min_dims=0, max_dims=max_batch_dims, min_side=1, max_side=3))
    noise = draw(hnp.arrays(dtype, (*batch, m, n), elements=_elements(dtype)))
    if dtype == np.bool_:
        return np.triu(noise) | np.eye(m, n, dtype=bool)  # unit triangular: full rank
    return (noise + np.eye(m, n, dtype=dtype) * (4 * max(m, n))).astype(dtype)


@st.composite
def hermitian(draw: st.DrawFn, dtypes: list[Any] | None = None) -> np.ndarray:
    """Stacks of Hermitian matrices (positive definite)."""
    a = draw(matrices(dtypes or INEXACT))
    if a.dtype == np.bool_:
        a = a.astype(np.int64)
    h = a + np.conj(np.swapaxes(a, -1, -2))
    return h.astype(a.dtype)


def tolerance(dtype: Any) -> float:
    return 1e-3 if _single(np.dtype(dtype)) else 1e-9
