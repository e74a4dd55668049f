"""tnp_fft against numpy.fft: fft and ifft."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import tnp_core
import tnp_fft

settings.register_profile("tnp-fft", max_examples=80, deadline=None)
settings.load_profile("tnp-fft")

DTYPES = [
    np.bool_,
    np.int8,
    np.uint8,
    np.int32,
    np.int64,
    np.float16,
    np.float32,
    np.float64,
    np.complex64,
    np.complex128,
]
NORMS = [None, "backward", "ortho", "forward"]
TRANSFORMS = {"fft": (tnp_fft.fft, np.fft.fft), "ifft": (tnp_fft.ifft, np.fft.ifft)}


def to_numpy(x: tnp_core.ndarray) -> np.ndarray:
    """The values of a tnp array as a NumPy array of the matching dtype."""
    assert isinstance(x, tnp_core.ndarray)
    return x.tensor.detach().resolve_conj().cpu().numpy()


def tnp(a: np.ndarray) -> tnp_core.ndarray:
    return tnp_core.asarray(a)


def assert_matches(got: tnp_core.ndarray, expected: np.ndarray) -> None:
    """Same dtype, same shape, same values up to the dtype's precision."""
    result = to_numpy(got)
    assert result.dtype == expected.dtype
    assert result.shape == expected.shape
    scale = max(1.0, float(np.max(np.abs(expected), initial=0.0)))
    eps = 1e-5 if expected.dtype == np.complex64 else 1e-12
    np.testing.assert_allclose(result, expected, rtol=eps, atol=eps * scale)


def _elements(dtype: type) -> st.SearchStrategy[object]:
    if dtype is np.bool_:
        return st.booleans()
    if np.issubdtype(dtype, np.integer):
        return st.integers(0 if dtype is np.uint8 else -10, 10)
    if np.issubdtype(dtype, np.complexfloating):
        width = 64 if dtype is np.complex64 else 128
        return st.complex_numbers(max_magnitude=10, allow_nan=False, width=width)
    width = {np.float16: 16, np.float32: 32, np.float64: 64}[dtype]
    return st.floats(-10, 10, width=width)


@st.composite
def transform_cases(draw: st.DrawFn) -> tuple[np.ndarray, int | None, int, str | None]:
    dtype = draw(st.sampled_from(DTYPES))
    shape = draw(hnp.array_shapes(min_dims=1, max_dims=3, min_side=1, max_side=9))
    a = draw(hnp.arrays(dtype, shape, elements=_elements(dtype)))
    axis = draw(st.integers(-a.ndim, a.ndim - 1))
    n = draw(st.none() | st.integers(1, 12))
    norm = draw(st.sampled_from(NORMS))
    return a, n, axis, norm


@pytest.mark.parametrize("name", sorted(TRANSFORMS))
@given(case=transform_cases())
def test_matches_numpy(name, case):
    a, n, axis, norm = case
    ours, theirs = TRANSFORMS[name]
    assert_matches(ours(tnp(a), n=n, axis=axis, norm=norm), theirs(a, n=n, axis=axis, norm=norm))


@pytest.mark.parametrize("name", sorted(TRANSFORMS))
@pytest.mark.parametrize("length", [1, 2, 5, 8, 9, 16, 17, 100])
@pytest.mark.parametrize("n", [None, 1, 3, 8, 31])
def test_odd_and_even_lengths_cut_and_padded(name, length, n):
    a = np.cos(np.arange(length) * 0.7) + 1j * np.sin(np.arange(length) * 0.3)
    ours, theirs = TRANSFORMS[name]
    assert_matches(ours(tnp(a), n=n), theirs(a, n=n))


@pytest.mark.parametrize("dtype", DTYPES)
def test_result_dtype_is_numpys(dtype):
    a = np.arange(6).astype(dtype)
    for name, (ours, theirs) in TRANSFORMS.items():
        assert to_numpy(ours(tnp(a))).dtype == theirs(a).dtype, name


def test_python_lists_and_scalars_in_sequences():
    assert_matches(tnp_fft.fft([1, 2, 3, 4]), np.fft.fft([1, 2, 3, 4]))
    assert_matches(tnp_fft.ifft([1.5, 2j, -1]), np.fft.ifft([1.5, 2j, -1]))
    assert_matches(tnp_fft.fft([True, False]), np.fft.fft([True, False]))


@pytest.mark.parametrize("norm", NORMS)
@pytest.mark.parametrize("dtype", [np.float32, np.complex128])
def test_ifft_inverts_fft(norm, dtype):
    a = (np.arange(12).reshape(3, 4) * 0.5 - 2).astype(dtype)
    roundtrip = tnp_fft.ifft(tnp_fft.fft(tnp(a), axis=0, norm=norm), axis=0, norm=norm)
    np.testing.assert_allclose(to_numpy(roundtrip), a, atol=1e-5)


@pytest.mark.parametrize("name", sorted(TRANSFORMS))
@pytest.mark.parametrize(
    ("shape", "n", "axis"),
    [((0, 3), None, -1), ((0, 3), 5, -1), ((3, 0), 4, -1), ((0,), 2, 0), ((2, 0, 3), None, 0)],
)
def test_empty_arrays(name, shape, n, axis):
    a = np.ones(shape)
    ours, theirs = TRANSFORMS[name]
    assert_matches(ours(tnp(a), n=n, axis=axis), theirs(a, n=n, axis=axis))


# ----------------------------------------------------------------------------- out=
@pytest.mark.parametrize("name", sorted(TRANSFORMS))
def test_out_is_filled_and_returned(name):
    ours, theirs = TRANSFORMS[name]
    a = np.arange(10.0).reshape(2, 5)
    out = tnp_core.zeros((2, 5), dtype=tnp_core.complex128)
    result = ours(tnp(a), out=out)
    assert result is out
    assert_matches(out, theirs(a))


def test_out_may_be_of_a_smaller_kind_of_complex():
    a = np.arange(4.0)
    out = tnp_core.zeros(4, dtype=tnp_core.complex64)
    tnp_fft.fft(tnp(a), out=out)
    assert_matches(out, np.fft.fft(a, out=np.zeros(4, np.complex64)))


def test_out_with_n_and_axis():
    a = np.arange(6.0).reshape(2, 3)
    out = tnp_core.zeros((4, 3), dtype=tnp_core.complex128)
    tnp_fft.fft(tnp(a), n=4, axis=0, out=out)
    assert_matches(out, np.fft.fft(a, n=4, axis=0))


def test_out_of_a_real_dtype_is_refused_as_in_numpy():
    with pytest.raises(TypeError):
        np.fft.fft(np.ones(3), out=np.zeros(3))
    with pytest.raises(TypeError, match="Cannot cast ufunc 'fft' output"):
        tnp_fft.fft(tnp_core.ones(3), out=tnp_core.zeros(3))


def test_out_of_a_wrong_shape_raises():
    with pytest.raises(ValueError):
        np.fft.fft(np.ones(3), out=np.zeros(4, complex))
    with pytest.raises(ValueError):
        tnp_fft.fft(tnp_core.ones(3), out=tnp_core.zeros(4, dtype=tnp_core.complex128))


# ----------------------------------------------------------------------------- errors
@pytest.mark.parametrize("name", sorted(TRANSFORMS))
@pytest.mark.parametrize("n", [0, -1, -7])
def test_too_few_points(name, n):
    ours, theirs = TRANSFORMS[name]
    message = f"Invalid number of FFT data points ({n}) specified."
    with pytest.raises(ValueError) as expected:
        theirs(np.ones(3), n=n)
    assert str(expected.value) == message
    with pytest.raises(ValueError) as got:
        ours(tnp_core.ones(3), n=n)
    assert str(got.value) == message


@pytest.mark.parametrize("name", sorted(TRANSFORMS))
def test_empty_axis_without_n_is_too_few_points(name):
    ours, _ = TRANSFORMS[name]
    with pytest.raises(ValueError, match=r"Invalid number of FFT data points \(0\)"):
        ours(tnp_core.ones((3, 0)))


@pytest.mark.parametrize("name", sorted(TRANSFORMS))
@pytest.mark.parametrize("norm", ["Backward", "ortho ", "none", ""])
def test_invalid_norm(name, norm):
    ours, theirs = TRANSFORMS[name]
    with pytest.raises(ValueError) as expected:
        theirs(np.ones(3), norm=norm)
    with pytest.raises(ValueError) as got:
        ours(tnp_core.ones(3), norm=norm)
    assert str(got.value) == str(expected.value)


@pytest.mark.parametrize("name", sorted(TRANSFORMS))
@pytest.mark.parametrize("n", [2.0, True, "3"])
def test_n_must_be_an_integer(name, n):
    ours, theirs = TRANSFORMS[name]
    with pytest.raises(TypeError):
        theirs(np.ones(3), n=n)
    with pytest.raises(TypeError):
        ours(tnp_core.ones(3), n=n)


def test_n_may_be_a_0d_integer_array():
    assert_matches(tnp_fft.fft(tnp_core.ones(3), n=tnp_core.asarray(4)), np.fft.fft(np.ones(3), 4))


@pytest.mark.parametrize("name", sorted(TRANSFORMS))
@pytest.mark.parametrize(("shape", "axis"), [((3,), 1), ((3,), -2), ((2, 3), 2), ((), -1)])
def test_axis_out_of_bounds(name, shape, axis):
    ours, _ = TRANSFORMS[name]
    # NumPy raises IndexError or AxisError (an IndexError and a ValueError) here
    with pytest.raises(IndexError):
        ours(tnp_core.ones(shape), axis=axis)
    with pytest.raises(ValueError):
        ours(tnp_core.ones(shape), n=2, axis=axis)


def test_axis_none_is_refused():
    with pytest.raises(TypeError):
        np.fft.fft(np.ones(3), axis=None)
    with pytest.raises(TypeError):
        tnp_fft.fft(tnp_core.ones(3), axis=None)


# ----------------------------------------------------------------------------- devices
def test_results_stay_on_the_input_device():
    a = tnp_core.ones(4)
    assert tnp_fft.fft(a).device == a.device
    assert tnp_fft.ifft(a).device == a.device


def test_float32_default_makes_integer_input_complex64():
    previous = tnp_core.get_default_float_dtype()
    tnp_core.set_default_float_dtype(tnp_core.float32)
    try:
        assert tnp_fft.fft(tnp_core.asarray([1, 2, 3])).dtype == tnp_core.complex64
        assert tnp_fft.fft(tnp(np.ones(3))).dtype == tnp_core.complex128
    finally:
        tnp_core.set_default_float_dtype(previous)


@pytest.mark.cuda
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
@pytest.mark.parametrize("dtype", [np.int64, np.float16, np.float32, np.float64, np.complex64])
def test_on_cuda(dtype):
    a = (np.arange(24).reshape(2, 12) % 7).astype(dtype)
    on_gpu = tnp_core.asarray(a).to_device("cuda")
    for name, (ours, theirs) in TRANSFORMS.items():
        for norm in NORMS:
            result = ours(on_gpu, n=10, axis=-1, norm=norm)
            assert result.device.type == "cuda", name
            assert_matches(result, theirs(a, n=10, axis=-1, norm=norm))


@pytest.mark.parametrize("norm", NORMS)
@pytest.mark.parametrize("n", [3, 5, 1000])
def test_float16_input_is_scaled_by_a_float16_factor_as_in_numpy(norm, n):
    # NumPy rounds 1/n (or 1/sqrt(n)) to float16 before it scales a float16 input's result
    a = np.ones(n, np.float16)
    for name, (ours, theirs) in TRANSFORMS.items():
        got = to_numpy(ours(tnp(a), norm=norm))
        expected = theirs(a, norm=norm)
        assert got.dtype == expected.dtype == np.complex64, name
        np.testing.assert_allclose(got, expected, rtol=1e-6, atol=1e-6 * n)
