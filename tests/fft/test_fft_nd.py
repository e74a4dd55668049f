"""tnp_fft against numpy.fft: the real and Hermitian transforms and the n-dimensional ones."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import tnp_core
import tnp_fft

FEW = settings(max_examples=40, deadline=None)

REAL_DTYPES = [
    np.bool_,
    np.int8,
    np.uint8,
    np.uint16,
    np.int32,
    np.int64,
    np.float16,
    np.float32,
    np.float64,
]
DTYPES = [*REAL_DTYPES, np.complex64, np.complex128]
NORMS = [None, "backward", "ortho", "forward"]

ONE_DIM = {
    name: (getattr(tnp_fft, name), getattr(np.fft, name))
    for name in ("fft", "ifft", "rfft", "irfft", "hfft", "ihfft")
}
REAL_INPUT_ONLY = {"rfft", "ihfft", "rfftn", "rfft2"}
N_DIM = {
    name: (getattr(tnp_fft, name), getattr(np.fft, name))
    for name in ("fftn", "ifftn", "rfftn", "irfftn")
}
TWO_DIM = {
    name: (getattr(tnp_fft, name), getattr(np.fft, name))
    for name in ("fft2", "ifft2", "rfft2", "irfft2")
}
ALL = {**ONE_DIM, **N_DIM, **TWO_DIM}


def to_numpy(x: tnp_core.ndarray) -> np.ndarray:
    assert isinstance(x, tnp_core.ndarray)
    return x.tensor.detach().resolve_conj().cpu().numpy()


def tnp(a: np.ndarray) -> tnp_core.ndarray:
    return tnp_core.asarray(a)


def assert_matches(got: tnp_core.ndarray, expected: np.ndarray) -> None:
    """Same dtype, same shape, same values up to the dtype's precision."""
    result = to_numpy(got)
    assert result.dtype == expected.dtype, (result.dtype, expected.dtype)
    assert result.shape == expected.shape, (result.shape, expected.shape)
    scale = max(1.0, float(np.max(np.abs(expected), initial=0.0)))
    eps = {np.float16: 2e-3, np.float32: 2e-5, np.complex64: 2e-5}.get(expected.dtype.type, 1e-11)
    np.testing.assert_allclose(result, expected, rtol=eps, atol=eps * scale)


def _elements(dtype: type) -> st.SearchStrategy[object]:
    if dtype is np.bool_:
        return st.booleans()
    if np.issubdtype(dtype, np.integer):
        return st.integers(0 if np.issubdtype(dtype, np.unsignedinteger) else -10, 10)
    if np.issubdtype(dtype, np.complexfloating):
        width = 64 if dtype is np.complex64 else 128
        return st.complex_numbers(max_magnitude=10, allow_nan=False, width=width)
    width = {np.float16: 16, np.float32: 32, np.float64: 64}[dtype]
    return st.floats(-10, 10, width=width)


def _array(draw: st.DrawFn, dtypes: list[type], min_dims: int, max_dims: int) -> np.ndarray:
    dtype = draw(st.sampled_from(dtypes))
    shape = draw(hnp.array_shapes(min_dims=min_dims, max_dims=max_dims, min_side=1, max_side=6))
    return draw(hnp.arrays(dtype, shape, elements=_elements(dtype)))


def _both(ours, theirs, a, **kwargs):
    """Call NumPy and tnp alike; NumPy's deprecation warnings must come from tnp too."""
    with warnings.catch_warnings(record=True) as expected_warnings:
        warnings.simplefilter("always")
        expected = theirs(a, **kwargs)
    with warnings.catch_warnings(record=True) as got_warnings:
        warnings.simplefilter("always")
        got = ours(tnp(a), **kwargs)
    assert [w.category for w in got_warnings] == [w.category for w in expected_warnings]
    return got, expected


# ----------------------------------------------------------------------------- 1-D
@st.composite
def one_dim_cases(draw: st.DrawFn, real_only: bool):
    a = _array(draw, REAL_DTYPES if real_only else DTYPES, 1, 3)
    axis = draw(st.integers(-a.ndim, a.ndim - 1))
    n = draw(st.none() | st.integers(1, 11))
    if n is None and a.shape[axis] == 1:
        n = draw(st.integers(1, 11))  # irfft's default 2 * (1 - 1) is no length
    norm = draw(st.sampled_from(NORMS))
    return a, n, axis, norm


@pytest.mark.parametrize("name", ["rfft", "irfft", "hfft", "ihfft"])
@FEW
@given(data=st.data())
def test_real_and_hermitian_transforms_match_numpy(name, data):
    a, n, axis, norm = data.draw(one_dim_cases(real_only=name in REAL_INPUT_ONLY))
    ours, theirs = ONE_DIM[name]
    assert_matches(*_both(ours, theirs, a, n=n, axis=axis, norm=norm))


@pytest.mark.parametrize("name", ["irfft", "hfft"])
@pytest.mark.parametrize("m", [2, 3, 4, 7])
def test_inverse_real_default_length_is_two_m_minus_two(name, m):
    a = np.arange(m) + 1j * np.arange(m)[::-1]
    ours, theirs = ONE_DIM[name]
    got = ours(tnp(a))
    assert got.shape == (2 * (m - 1),)
    assert_matches(got, theirs(a))


@pytest.mark.parametrize("name", ["irfft", "hfft"])
@pytest.mark.parametrize("n", [1, 2, 5, 8, 9, 13])
def test_inverse_real_odd_and_even_lengths_ignore_the_imaginary_dc_and_nyquist(name, n):
    # the imaginary parts of the first and (for even n) the last point are not used
    a = np.array([1 + 2j, 3 - 1j, -2 + 0.5j, 4 + 4j, 0.5 - 3j])
    ours, theirs = ONE_DIM[name]
    assert_matches(ours(tnp(a), n=n), theirs(a, n=n))


@pytest.mark.parametrize("name", ["irfft", "hfft"])
def test_inverse_real_of_one_point_has_no_default_length(name):
    ours, theirs = ONE_DIM[name]
    message = "Invalid number of FFT data points (0) specified."
    with pytest.raises(ValueError, match=r"\(0\)"):
        theirs(np.ones(1))
    with pytest.raises(ValueError) as got:
        ours(tnp_core.ones(1))
    assert str(got.value) == message


@pytest.mark.parametrize("norm", NORMS)
@pytest.mark.parametrize("n", [5, 6])
def test_irfft_inverts_rfft_and_hfft_inverts_ihfft(norm, n):
    a = np.cos(np.arange(n) * 1.3)
    back = tnp_fft.irfft(tnp_fft.rfft(tnp(a), norm=norm), n=n, norm=norm)
    np.testing.assert_allclose(to_numpy(back), a, atol=1e-12)
    back = tnp_fft.hfft(tnp_fft.ihfft(tnp(a), norm=norm), n=n, norm=norm)
    np.testing.assert_allclose(to_numpy(back), a, atol=1e-12)


@pytest.mark.parametrize("name", sorted(REAL_INPUT_ONLY))
@pytest.mark.parametrize("length", [4, 5])
def test_complex_input_to_a_real_transform_is_a_type_error(name, length):
    ours, theirs = ALL[name]
    a = np.ones((2, length), complex)
    with pytest.raises(TypeError) as expected:
        theirs(a)
    with pytest.raises(TypeError) as got:
        ours(tnp(a))
    assert str(got.value) == str(expected.value)


@pytest.mark.parametrize("name", sorted(ALL))
@pytest.mark.parametrize(
    "dtype", [np.bool_, np.int16, np.uint64, np.float16, np.float32, np.float64, np.complex64]
)
def test_result_dtype_is_numpys(name, dtype):
    if name in REAL_INPUT_ONLY and dtype is np.complex64:
        return
    a = (np.arange(12).reshape(3, 4) % 5).astype(dtype)
    ours, theirs = ALL[name]
    assert_matches(ours(tnp(a)), theirs(a))


def test_float16_inverse_real_results_are_float16_and_rounded_as_numpy():
    a = np.array([1.5, -2.25, 3.0, 0.125], np.float16)
    for name in ("irfft", "hfft"):
        ours, theirs = ONE_DIM[name]
        for norm in NORMS:
            assert_matches(ours(tnp(a), n=7, norm=norm), theirs(a, n=7, norm=norm))
    # more than one axis: the complex passes come first and leave single precision
    b = np.arange(12, dtype=np.float16).reshape(3, 4)
    assert_matches(tnp_fft.irfftn(tnp(b)), np.fft.irfftn(b))
    assert to_numpy(tnp_fft.irfftn(tnp(b))).dtype == np.float32
    assert to_numpy(tnp_fft.irfftn(tnp(b), axes=(1,))).dtype == np.float16


@pytest.mark.parametrize("name", sorted(ALL))
@pytest.mark.parametrize("norm", ["Backward", "ortho ", "none", "", 1])
def test_invalid_norm_message_is_numpys(name, norm):
    ours, theirs = ALL[name]
    a = np.ones((3, 4))
    with pytest.raises(ValueError) as expected:
        theirs(a, norm=norm)
    with pytest.raises(ValueError) as got:
        ours(tnp(a), norm=norm)
    assert str(got.value) == str(expected.value)


@pytest.mark.parametrize("name", sorted(ONE_DIM))
@pytest.mark.parametrize("n", [0, -3])
def test_too_few_points(name, n):
    ours, theirs = ONE_DIM[name]
    with pytest.raises(ValueError) as expected:
        theirs(np.ones(3), n=n)
    with pytest.raises(ValueError) as got:
        ours(tnp_core.ones(3), n=n)
    assert str(got.value) == str(expected.value)


@pytest.mark.parametrize("name", sorted(ONE_DIM))
def test_axis_must_be_one_integer(name):
    ours, _ = ONE_DIM[name]
    with pytest.raises(TypeError):
        ours(tnp_core.ones((2, 3)), axis=(0,))
    with pytest.raises(TypeError):
        ours(tnp_core.ones((2, 3)), axis=1.0)
    with pytest.raises(IndexError):
        ours(tnp_core.ones((2, 3)), axis=2)


@pytest.mark.parametrize("name", ["rfft", "irfft", "hfft", "ihfft"])
@pytest.mark.parametrize(
    ("shape", "n", "axis"), [((0, 3), None, -1), ((3, 0), 4, -1), ((0,), 2, 0)]
)
def test_empty_arrays(name, shape, n, axis):
    ours, theirs = ONE_DIM[name]
    a = np.ones(shape)
    assert_matches(ours(tnp(a), n=n, axis=axis), theirs(a, n=n, axis=axis))


# ----------------------------------------------------------------------------- n-D
@st.composite
def n_dim_cases(draw: st.DrawFn, real_only: bool, inverse_real: bool):
    a = _array(draw, REAL_DTYPES if real_only else DTYPES, 1, 4)
    kind = draw(st.sampled_from(["none", "all", "distinct", "repeated"]))
    axes = None
    if kind == "distinct":
        axes = draw(st.permutations(range(-a.ndim, 0)).map(lambda p: p[: max(1, len(p) - 1)]))
        axes = [ax + a.ndim if draw(st.booleans()) else ax for ax in axes]
    elif kind == "repeated":
        axes = draw(st.lists(st.integers(-a.ndim, a.ndim - 1), min_size=2, max_size=3))
    count = a.ndim if axes is None else len(axes)
    s = None
    if draw(st.booleans()):
        s = draw(st.lists(st.integers(1, 7) | st.just(-1), min_size=count, max_size=count))
    if inverse_real and s is None:
        last = a.shape[(axes or [-1])[-1]]
        if last == 1:
            s = [-1] * (count - 1) + [draw(st.integers(1, 7))]
    if inverse_real and s is not None and s[-1] == -1:
        last = a.shape[(axes or [-1])[-1]]
        s[-1] = last  # -1 is the axis' length; irfft needs a length of at least one
    if axes is None and s is not None:
        axes = list(range(-count, 0))  # without axes, s is deprecated (tested by name)
    norm = draw(st.sampled_from(NORMS))
    return a, s, axes, norm


@pytest.mark.parametrize("name", sorted(N_DIM))
@FEW
@given(data=st.data())
def test_n_dimensional_transforms_match_numpy(name, data):
    a, s, axes, norm = data.draw(
        n_dim_cases(real_only=name in REAL_INPUT_ONLY, inverse_real=name == "irfftn")
    )
    ours, theirs = N_DIM[name]
    assert_matches(*_both(ours, theirs, a, s=s, axes=axes, norm=norm))


@pytest.mark.parametrize("name", sorted(TWO_DIM))
@pytest.mark.parametrize("shape", [(3, 4), (5, 5), (2, 3, 6), (1, 2, 2, 3)])
@pytest.mark.parametrize("norm", NORMS)
def test_two_dimensional_transforms_match_numpy(name, shape, norm):
    rng = np.random.default_rng(sum(shape))
    a = rng.standard_normal(shape)
    if name not in REAL_INPUT_ONLY:
        a = a + 1j * rng.standard_normal(shape)
    ours, theirs = TWO_DIM[name]
    assert_matches(ours(tnp(a), norm=norm), theirs(a, norm=norm))
    assert_matches(ours(tnp(a), s=(4, 3), norm=norm), theirs(a, s=(4, 3), norm=norm))
    assert_matches(ours(tnp(a), axes=(0, -1), norm=norm), theirs(a, axes=(0, -1), norm=norm))


@pytest.mark.parametrize("name", sorted(N_DIM))
def test_s_without_axes_is_deprecated_and_uses_the_last_axes(name):
    ours, theirs = N_DIM[name]
    a = np.arange(24.0).reshape(2, 3, 4)
    with pytest.warns(DeprecationWarning, match="`axes` should not") as expected_warnings:
        expected = theirs(a, s=(2, 5))
    with pytest.warns(DeprecationWarning, match="`axes` should not be `None`") as got_warnings:
        got = ours(tnp(a), s=(2, 5))
    assert_matches(got, expected)
    assert str(got_warnings[0].message) == str(expected_warnings[0].message)
    assert got_warnings[0].filename == __file__


@pytest.mark.parametrize("name", sorted(N_DIM))
def test_none_in_s_is_deprecated_and_means_the_default(name):
    ours, theirs = N_DIM[name]
    a = np.arange(24.0).reshape(2, 3, 4)
    with pytest.warns(DeprecationWarning, match="containing `None`") as expected_warnings:
        expected = theirs(a, s=(None, 5, None), axes=(0, 1, 2))
    with pytest.warns(DeprecationWarning, match="containing `None`") as got_warnings:
        got = ours(tnp(a), s=(None, 5, None), axes=(0, 1, 2))
    assert_matches(got, expected)
    assert str(got_warnings[0].message) == str(expected_warnings[0].message)


@pytest.mark.parametrize("name", sorted(N_DIM))
def test_minus_one_in_s_is_the_axis_length(name):
    ours, theirs = N_DIM[name]
    a = np.arange(24.0).reshape(2, 3, 4)
    assert_matches(ours(tnp(a), s=(-1, 5), axes=(0, 2)), theirs(a, s=(-1, 5), axes=(0, 2)))


@pytest.mark.parametrize("name", sorted(N_DIM))
def test_s_and_axes_of_different_lengths(name):
    ours, _ = N_DIM[name]
    with pytest.raises(ValueError, match=r"Shape and axes have different lengths\."):
        ours(tnp_core.ones((3, 4)), s=(3,), axes=(0, 1))


@pytest.mark.parametrize("name", sorted(N_DIM))
@pytest.mark.parametrize("s", [(0, 4), (3, -2)])
def test_invalid_sizes_in_s(name, s):
    ours, theirs = N_DIM[name]
    a = np.ones((3, 4))
    with pytest.raises(ValueError) as expected:
        theirs(a, s=s, axes=(0, 1))
    with pytest.raises(ValueError) as got:
        ours(tnp(a), s=s, axes=(0, 1))
    assert str(got.value) == str(expected.value)


@pytest.mark.parametrize("name", sorted(N_DIM))
def test_s_and_axes_must_be_sequences(name):
    ours, theirs = N_DIM[name]
    a = np.ones((3, 4))
    for kwargs in ({"axes": 1}, {"s": 3, "axes": (1,)}):
        with pytest.raises(TypeError):
            theirs(a, **kwargs)
        with pytest.raises(TypeError):
            ours(tnp(a), **kwargs)


@pytest.mark.parametrize("name", sorted(ALL))
def test_axes_out_of_bounds(name):
    ours, _ = ALL[name]
    axes_kw = "axis" if name in ONE_DIM else "axes"
    bad = 2 if name in ONE_DIM else (0, 2)
    with pytest.raises(IndexError):
        ours(tnp_core.ones((3, 4)), **{axes_kw: bad})
    if name in N_DIM:
        with pytest.raises(IndexError):
            ours(tnp_core.ones((3, 4)), axes=(-3,))


@pytest.mark.parametrize("name", sorted(TWO_DIM))
def test_two_dimensional_transforms_need_two_axes(name):
    ours, _ = TWO_DIM[name]
    with pytest.raises(IndexError):
        ours(tnp_core.ones(4))


@pytest.mark.parametrize("name", sorted(N_DIM))
@pytest.mark.parametrize("axes", [(1, 1), (0, 1, 0), (1, 0, 1), (-1, 1)])
def test_repeated_axes_are_transformed_again_as_in_numpy(name, axes):
    ours, theirs = N_DIM[name]
    rng = np.random.default_rng(len(axes))
    a = rng.standard_normal((3, 4))
    if name == "irfftn":
        a = a + 1j * rng.standard_normal((3, 4))
    assert_matches(ours(tnp(a), axes=axes), theirs(a, axes=axes))
    s = [5] * len(axes)
    assert_matches(ours(tnp(a), s=s, axes=axes), theirs(a, s=s, axes=axes))


@pytest.mark.parametrize("name", ["fftn", "ifftn"])
def test_no_axes_give_the_input_back(name):
    ours, theirs = N_DIM[name]
    a = np.arange(6).reshape(2, 3)
    assert_matches(ours(tnp(a), axes=()), theirs(a, axes=()))
    assert_matches(ours(tnp(np.array(2.5))), theirs(np.array(2.5)))


@pytest.mark.parametrize("name", ["rfftn", "irfftn"])
def test_real_transforms_over_no_axes_raise_index_error(name):
    ours, theirs = N_DIM[name]
    with pytest.raises(IndexError):
        theirs(np.ones((2, 3)), axes=())
    with pytest.raises(IndexError):
        ours(tnp_core.ones((2, 3)), axes=())
    with pytest.raises(IndexError):
        ours(tnp_core.asarray(1.0))


@pytest.mark.parametrize("name", sorted(N_DIM))
@pytest.mark.parametrize(
    ("shape", "s", "axes"),
    [((0, 3), None, (1,)), ((0, 3), (2, 3), (0, 1)), ((2, 0, 3), (4,), (1,))],
)
def test_empty_arrays_n_dimensional(name, shape, s, axes):
    ours, theirs = N_DIM[name]
    a = np.ones(shape)
    if name == "irfftn" and s is None:
        s = [4] * len(axes)
    assert_matches(ours(tnp(a), s=s, axes=axes), theirs(a, s=s, axes=axes))


@pytest.mark.parametrize("name", sorted(N_DIM))
def test_empty_transformed_axis_without_size_is_too_few_points(name):
    ours, _ = N_DIM[name]
    with pytest.raises(ValueError, match="Invalid number of FFT data points"):
        ours(tnp_core.ones((0, 3)))


@pytest.mark.parametrize("name", sorted(N_DIM))
def test_axes_may_be_arrays_and_numpy_style_integers(name):
    ours, theirs = N_DIM[name]
    a = np.arange(24.0).reshape(2, 3, 4)
    expected = theirs(a, s=[3, 4], axes=[0, 2])
    assert_matches(
        ours(tnp(a), s=tnp_core.asarray([3, 4]), axes=tnp_core.asarray([0, 2])), expected
    )


def test_large_inputs_take_one_torch_call_and_match():
    rng = np.random.default_rng(7)
    a = rng.standard_normal((64, 48)).astype(np.float32)
    assert_matches(tnp_fft.rfft2(tnp(a)), np.fft.rfft2(a))
    assert_matches(tnp_fft.irfft2(tnp_fft.rfft2(tnp(a))), np.fft.irfft2(np.fft.rfft2(a)))
    c = (a + 1j * a[::-1]).astype(np.complex64)
    expected = np.fft.fftn(c, s=(70, 40), axes=(0, 1))
    assert_matches(tnp_fft.fftn(tnp(c), s=(70, 40), axes=(0, 1)), expected)


# ----------------------------------------------------------------------------- out=
@pytest.mark.parametrize("name", sorted(ALL))
def test_out_is_filled_and_returned(name):
    ours, theirs = ALL[name]
    rng = np.random.default_rng(3)
    a = rng.standard_normal((4, 6))
    if name not in REAL_INPUT_ONLY:
        a = a + 1j * rng.standard_normal((4, 6))
    expected = theirs(a)
    out = tnp_core.zeros(expected.shape, dtype=tnp(expected).dtype)
    assert ours(tnp(a), out=out) is out
    assert_matches(out, expected)


@pytest.mark.parametrize("name", ["ifft2", "irfft2", "hfft"])
def test_out_is_used_where_numpy_ignores_it(name):
    # Deliberate difference: NumPy 2.4's ifft2, irfft2 and hfft leave out= untouched.
    ours, theirs = ALL[name]
    a = np.arange(12.0).reshape(3, 4) + 1j
    expected = theirs(a)
    out = tnp_core.zeros(expected.shape, dtype=tnp(expected).dtype)
    assert ours(tnp(a), out=out) is out
    assert_matches(out, expected)


@pytest.mark.parametrize(
    ("name", "out_dtype"),
    [
        ("fft", np.complex64),
        ("rfftn", np.complex64),
        ("irfft", np.complex128),
        ("irfft", np.float32),
        ("irfftn", np.float16),
        ("fftn", np.complex64),
    ],
)
def test_out_of_another_dtype_of_the_same_kind(name, out_dtype):
    ours, theirs = ALL[name]
    a = np.arange(12.0).reshape(3, 4)
    shape = theirs(a).shape
    expected = theirs(a, out=np.zeros(shape, out_dtype))
    out = tnp(np.zeros(shape, out_dtype))
    ours(tnp(a), out=out)
    assert_matches(out, expected)


@pytest.mark.parametrize(
    ("name", "out_dtype"),
    [
        ("fft", np.float64),
        ("rfft", np.float64),
        ("irfft", np.int64),
        ("fftn", np.float32),
        ("ihfft", np.float64),
        ("rfftn", np.int32),
    ],
)
def test_out_of_a_lower_kind_is_refused_as_in_numpy(name, out_dtype):
    ours, theirs = ALL[name]
    a = np.ones((3, 4))
    shape = theirs(a).shape
    with pytest.raises(TypeError) as expected:
        theirs(a, out=np.zeros(shape, out_dtype))
    with pytest.raises(TypeError) as got:
        ours(tnp(a), out=tnp(np.zeros(shape, out_dtype)))
    assert str(got.value) == str(expected.value)


@pytest.mark.parametrize("name", sorted(ALL))
def test_out_of_a_wrong_length_along_a_transformed_axis(name):
    ours, theirs = ALL[name]
    a = np.ones((3, 4)) if name in REAL_INPUT_ONLY else np.ones((3, 4), complex)
    shape = theirs(a).shape
    wrong = (shape[0], shape[1] + 1)
    out_dtype = theirs(a).dtype
    with pytest.raises(ValueError, match="output array has wrong shape"):
        ours(tnp(a), out=tnp(np.zeros(wrong, out_dtype)))
    with pytest.raises(ValueError):
        ours(tnp(a), out=tnp(np.zeros(shape[1:], out_dtype)))


def test_out_broadcasts_over_the_other_axes_as_in_numpy():
    a = np.arange(4.0).reshape(1, 4)
    out_np = np.zeros((3, 4), complex)
    np.fft.fft(a, out=out_np)
    out = tnp_core.zeros((3, 4), dtype=tnp_core.complex128)
    tnp_fft.fft(tnp(a), out=out)
    assert_matches(out, out_np)
    with pytest.raises(ValueError):
        tnp_fft.fft(tnp_core.ones((2, 4)), out=tnp_core.zeros((3, 4), dtype=tnp_core.complex128))


def test_out_n_dimensional_with_sizes_changing_every_pass():
    a = np.arange(12.0).reshape(3, 4)
    out_np = np.zeros((3, 6), complex)
    np.fft.fftn(a, s=(3, 6), axes=(0, 1), out=out_np)
    out = tnp_core.zeros((3, 6), dtype=tnp_core.complex128)
    tnp_fft.fftn(tnp(a), s=(3, 6), axes=(0, 1), out=out)
    assert_matches(out, out_np)
    with pytest.raises(ValueError):
        np.fft.fftn(a, s=(5, 6), axes=(0, 1), out=np.zeros((5, 6), complex))
    with pytest.raises(ValueError):
        tnp_fft.fftn(
            tnp(a), s=(5, 6), axes=(0, 1), out=tnp_core.zeros((5, 6), dtype=tnp_core.complex128)
        )


def test_out_must_be_an_array():
    with pytest.raises(TypeError):
        tnp_fft.rfft(tnp_core.ones(4), out=[1, 2, 3])


# ----------------------------------------------------------------------------- devices
def test_results_stay_on_the_input_device():
    a = tnp_core.ones((2, 4))
    for name, (ours, _) in ALL.items():
        assert ours(a).device == a.device, name


def test_float32_default_makes_integer_input_single_precision():
    previous = tnp_core.get_default_float_dtype()
    tnp_core.set_default_float_dtype(tnp_core.float32)
    try:
        ints = tnp_core.asarray([[1, 2, 3, 4]])
        assert tnp_fft.rfft(ints).dtype == tnp_core.complex64
        assert tnp_fft.irfft(ints).dtype == tnp_core.float32
        assert tnp_fft.fftn(ints).dtype == tnp_core.complex64
        assert tnp_fft.irfft2(ints).dtype == tnp_core.float32
        assert tnp_fft.hfft(tnp(np.ones(3))).dtype == tnp_core.float64
    finally:
        tnp_core.set_default_float_dtype(previous)


@pytest.mark.cuda
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
@pytest.mark.parametrize("dtype", [np.int64, np.float16, np.float32, np.float64, np.complex64])
def test_on_cuda(dtype):
    a = (np.arange(48).reshape(4, 12) % 7).astype(dtype)
    on_gpu = tnp_core.asarray(a).to_device("cuda")
    for name, (ours, theirs) in ALL.items():
        if name in REAL_INPUT_ONLY and dtype is np.complex64:
            continue
        for norm in NORMS:
            result = ours(on_gpu, norm=norm)
            assert result.device.type == "cuda", name
            assert_matches(result, theirs(a, norm=norm))
