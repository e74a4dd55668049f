"""tnp_fft against numpy.fft: fftfreq, rfftfreq, fftshift and ifftshift."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import tnp_core
import tnp_fft

FEW = settings(max_examples=60, deadline=None)

DTYPES = [
    np.bool_,
    np.int8,
    np.uint8,
    np.int16,
    np.uint16,
    np.int32,
    np.uint32,
    np.int64,
    np.uint64,
    np.float16,
    np.float32,
    np.float64,
    np.complex64,
    np.complex128,
]
FREQS = {
    "fftfreq": (tnp_fft.fftfreq, np.fft.fftfreq),
    "rfftfreq": (tnp_fft.rfftfreq, np.fft.rfftfreq),
}
SHIFTS = {
    "fftshift": (tnp_fft.fftshift, np.fft.fftshift),
    "ifftshift": (tnp_fft.ifftshift, np.fft.ifftshift),
}


def to_numpy(x: tnp_core.ndarray) -> np.ndarray:
    assert isinstance(x, tnp_core.ndarray)
    return x.tensor.detach().resolve_conj().cpu().numpy()


def assert_same(got: tnp_core.ndarray, expected: np.ndarray, exact: bool = False) -> None:
    result = to_numpy(got)
    assert result.dtype == expected.dtype, (result.dtype, expected.dtype)
    assert result.shape == expected.shape, (result.shape, expected.shape)
    if exact:
        np.testing.assert_array_equal(result, expected)
    else:
        np.testing.assert_allclose(result, expected, rtol=1e-14, atol=0)


# ----------------------------------------------------------------------------- frequencies
@pytest.mark.parametrize("name", sorted(FREQS))
@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 8, 9, 100])
@pytest.mark.parametrize("d", [1.0, 0.5, 3, -2.5, 1e-3, True])
def test_frequencies_match_numpy(name, n, d):
    ours, theirs = FREQS[name]
    assert_same(ours(n, d), theirs(n, d))
    assert_same(ours(n, d=d), theirs(n, d=d))


@pytest.mark.parametrize("name", sorted(FREQS))
def test_default_spacing_is_one(name):
    ours, theirs = FREQS[name]
    assert_same(ours(7), theirs(7))


@pytest.mark.parametrize("name", sorted(FREQS))
@pytest.mark.parametrize("d", [1j, 2 + 1j])
def test_complex_spacing_gives_complex_frequencies(name, d):
    ours, theirs = FREQS[name]
    assert_same(ours(6, d), theirs(6, d))


@pytest.mark.parametrize("name", sorted(FREQS))
@pytest.mark.parametrize(
    "d",
    [
        np.float64(0.25),
        np.float32(2.0),
        np.float16(0.5),
        np.int8(3),
        np.complex64(1j),
        np.array(4.0),
    ],
)
def test_array_scalar_spacing(name, d):
    ours, theirs = FREQS[name]
    got = ours(5, tnp_core.asarray(d))
    expected = theirs(5, d)
    assert to_numpy(got).dtype == expected.dtype
    np.testing.assert_allclose(to_numpy(got), expected, rtol=1e-6)


@pytest.mark.parametrize("name", sorted(FREQS))
def test_array_spacing_broadcasts_as_in_numpy(name):
    ours, theirs = FREQS[name]
    n = 6
    count = theirs(n).shape[0]
    d = np.arange(1.0, count + 1)
    assert_same(ours(n, tnp_core.asarray(d)), theirs(n, d))
    column = np.array([[1.0], [2.0]])
    assert_same(ours(n, tnp_core.asarray(column)), theirs(n, column))
    with pytest.raises(ValueError):
        theirs(n, np.ones(count + 1))
    with pytest.raises(ValueError):
        ours(n, tnp_core.ones(count + 1))


@pytest.mark.parametrize("name", sorted(FREQS))
def test_n_may_be_an_integer_array_scalar(name):
    ours, theirs = FREQS[name]
    assert_same(ours(tnp_core.asarray(np.int8(5))), theirs(np.int8(5)))


@pytest.mark.parametrize("name", sorted(FREQS))
@pytest.mark.parametrize("n", [5.0, "5", None])
def test_n_must_be_an_integer(name, n):
    ours, theirs = FREQS[name]
    with pytest.raises(ValueError) as expected:
        theirs(n)
    with pytest.raises(ValueError) as got:
        ours(n)
    assert str(got.value) == str(expected.value) == "n should be an integer"
    with pytest.raises(ValueError, match="n should be an integer"):
        ours(tnp_core.asarray(5.0))


def test_boolean_n_as_in_numpy():
    with pytest.raises(TypeError):
        np.fft.fftfreq(True)
    with pytest.raises(TypeError):
        tnp_fft.fftfreq(True)
    assert_same(tnp_fft.rfftfreq(True), np.fft.rfftfreq(True))


@pytest.mark.parametrize("name", sorted(FREQS))
@pytest.mark.parametrize(("n", "d"), [(0, 1.0), (4, 0), (4, 0.0), (0, 0)])
def test_zero_points_or_spacing_divide_by_zero(name, n, d):
    ours, theirs = FREQS[name]
    with pytest.raises(ZeroDivisionError):
        theirs(n, d)
    with pytest.raises(ZeroDivisionError):
        ours(n, d)


@pytest.mark.parametrize("n", [-1, -4])
def test_negative_n(n):
    with pytest.raises(ValueError) as expected:
        np.fft.fftfreq(n)
    with pytest.raises(ValueError) as got:
        tnp_fft.fftfreq(n)
    assert str(got.value) == str(expected.value)
    assert_same(tnp_fft.rfftfreq(n), np.fft.rfftfreq(n))


@pytest.mark.parametrize("name", sorted(FREQS))
def test_device_keyword(name):
    ours, theirs = FREQS[name]
    got = ours(8, 0.1, device="cpu")
    assert got.device == torch.device("cpu")
    assert_same(got, theirs(8, 0.1, device="cpu"))
    assert ours(8, device=torch.device("cpu")).device == torch.device("cpu")
    with pytest.raises(ValueError):
        ours(8, device="no-such-device")
    with pytest.raises(TypeError):
        ours(8, device=3.5)


@pytest.mark.parametrize("name", sorted(FREQS))
def test_float32_default_applies_to_python_spacing(name):
    ours, _ = FREQS[name]
    previous = tnp_core.get_default_float_dtype()
    tnp_core.set_default_float_dtype(tnp_core.float32)
    try:
        assert ours(6, 0.5).dtype == tnp_core.float32
        assert ours(6, 0.5j).dtype == tnp_core.complex64
    finally:
        tnp_core.set_default_float_dtype(previous)


@pytest.mark.cuda
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
@pytest.mark.parametrize("name", sorted(FREQS))
def test_frequencies_on_cuda(name):
    ours, theirs = FREQS[name]
    got = ours(9, 0.5, device="cuda")
    assert got.device.type == "cuda"
    np.testing.assert_allclose(to_numpy(got), theirs(9, 0.5))
    spacing = tnp_core.asarray(0.5).to_device("cuda")
    assert ours(9, spacing).device.type == "cuda"


# ----------------------------------------------------------------------------- shifts
def _elements(dtype: type) -> st.SearchStrategy[object]:
    if dtype is np.bool_:
        return st.booleans()
    if np.issubdtype(dtype, np.integer):
        info = np.iinfo(dtype)
        return st.integers(int(info.min), int(info.max))
    if np.issubdtype(dtype, np.complexfloating):
        return st.complex_numbers(max_magnitude=1e3, allow_nan=False)
    return st.floats(-1e3, 1e3, width=16 if dtype is np.float16 else 64)


@st.composite
def shift_cases(draw: st.DrawFn):
    dtype = draw(st.sampled_from(DTYPES))
    shape = draw(hnp.array_shapes(min_dims=1, max_dims=4, min_side=0, max_side=6))
    x = draw(hnp.arrays(dtype, shape, elements=_elements(dtype)))
    ndim = x.ndim
    axes = draw(
        st.none()
        | st.integers(-ndim, ndim - 1)
        | st.lists(st.integers(-ndim, ndim - 1), max_size=4).map(tuple)
    )
    return x, axes


@pytest.mark.parametrize("name", sorted(SHIFTS))
@FEW
@given(case=shift_cases())
def test_shifts_match_numpy(name, case):
    x, axes = case
    ours, theirs = SHIFTS[name]
    assert_same(ours(tnp_core.asarray(x), axes=axes), theirs(x, axes=axes), exact=True)


@pytest.mark.parametrize("n", [1, 2, 5, 6])
def test_ifftshift_undoes_fftshift_for_odd_and_even_lengths(n):
    x = tnp_core.arange(n)
    back = tnp_fft.ifftshift(tnp_fft.fftshift(x))
    assert back.tolist() == list(range(n))
    assert tnp_fft.fftshift(tnp_fft.fftfreq(n)).tolist() == sorted(np.fft.fftfreq(n).tolist())


@pytest.mark.parametrize("name", sorted(SHIFTS))
def test_shift_returns_a_new_array(name):
    ours, _ = SHIFTS[name]
    x = tnp_core.arange(6.0)
    for axes in (None, ()):
        result = ours(x, axes=axes)
        result[0] = 100.0
        assert x.tolist() == list(range(6))


@pytest.mark.parametrize("name", sorted(SHIFTS))
def test_shift_accepts_lists_and_axes_arrays(name):
    ours, theirs = SHIFTS[name]
    data = [[1, 2, 3], [4, 5, 6]]
    assert_same(ours(data), theirs(data), exact=True)
    assert_same(
        ours(data, axes=tnp_core.asarray([1])), theirs(data, axes=np.array([1])), exact=True
    )
    assert_same(ours(data, axes=[0, 0, 1]), theirs(data, axes=[0, 0, 1]), exact=True)


@pytest.mark.parametrize("name", sorted(SHIFTS))
def test_shift_of_a_0d_array_raises_value_error(name):
    ours, theirs = SHIFTS[name]
    with pytest.raises(ValueError):
        theirs(np.array(3.0))
    with pytest.raises(ValueError):
        ours(tnp_core.asarray(3.0))


@pytest.mark.parametrize("name", sorted(SHIFTS))
@pytest.mark.parametrize("axes", [1, -2, (0, 1), [2]])
def test_shift_axes_out_of_bounds(name, axes):
    ours, theirs = SHIFTS[name]
    with pytest.raises(IndexError):
        theirs(np.arange(6), axes=axes)
    with pytest.raises(IndexError):
        ours(tnp_core.arange(6), axes=axes)


@pytest.mark.cuda
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
@pytest.mark.parametrize("name", sorted(SHIFTS))
def test_shifts_on_cuda(name):
    ours, theirs = SHIFTS[name]
    x = np.arange(35).reshape(5, 7)
    got = ours(tnp_core.asarray(x).to_device("cuda"), axes=(0, -1))
    assert got.device.type == "cuda"
    assert_same(got, theirs(x, axes=(0, -1)), exact=True)


@pytest.mark.parametrize("name", ["fftfreq", "rfftfreq"])
def test_freq_dtype_keyword_of_the_array_api(name):
    func = getattr(tnp_fft, name)
    got = func(8, 0.5, dtype="float32")
    assert str(got.dtype) == "float32"
    expected = getattr(np.fft, name)(8, 0.5).astype(np.float32)
    assert got.tolist() == expected.tolist()
    with pytest.raises(ValueError, match="floating"):
        func(8, dtype="int64")
