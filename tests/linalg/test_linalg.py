"""tnp_linalg against numpy.linalg: inv, solve, det and LinAlgError."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import tnp_core
import tnp_linalg

settings.register_profile("tnp-linalg", max_examples=60, deadline=None)
settings.load_profile("tnp-linalg")

INEXACT = [np.float32, np.float64, np.complex64, np.complex128]
EXACT = [np.int8, np.int32, np.int64, np.uint8]


def to_numpy(x: tnp_core.ndarray) -> np.ndarray:
    """The values of a tnp array as a NumPy array of the matching dtype."""
    assert isinstance(x, tnp_core.ndarray)
    return x.tensor.detach().resolve_conj().cpu().numpy()


def tnp(a: np.ndarray) -> tnp_core.ndarray:
    return tnp_core.asarray(a)


def assert_matches(got: tnp_core.ndarray, expected: object) -> None:
    """Same dtype, same shape, same values up to the dtype's precision."""
    expected = np.asarray(expected)
    result = to_numpy(got)
    assert result.dtype == expected.dtype
    assert result.shape == expected.shape
    single = expected.dtype in (np.float32, np.complex64)
    np.testing.assert_allclose(result, expected, rtol=1e-5 if single else 1e-10, atol=1e-6)


def _elements(dtype: type) -> st.SearchStrategy[object]:
    if dtype in (np.float32, np.complex64):
        width = 32 if dtype is np.float32 else 64
    else:
        width = 64 if dtype is np.float64 else 128
    if np.issubdtype(dtype, np.complexfloating):
        return st.complex_numbers(max_magnitude=1, allow_nan=False, width=width)
    if np.issubdtype(dtype, np.floating):
        return st.floats(-1, 1, width=width)
    return st.integers(0 if dtype is np.uint8 else -3, 3)


@st.composite
def matrices(draw: st.DrawFn, dtypes: list[type] | None = None) -> np.ndarray:
    """Well-conditioned (strictly diagonally dominant) stacks of square matrices."""
    dtype = draw(st.sampled_from(dtypes or INEXACT + EXACT))
    n = draw(st.integers(1, 5))
    batch = draw(hnp.array_shapes(min_dims=0, max_dims=2, min_side=1, max_side=3))
    noise = draw(hnp.arrays(dtype, (*batch, n, n), elements=_elements(dtype)))
    return (noise + np.eye(n, dtype=dtype) * (4 * n)).astype(dtype)


# ----------------------------------------------------------------------------- inv
@given(matrices())
def test_inv_matches_numpy(a):
    assert_matches(tnp_linalg.inv(tnp(a)), np.linalg.inv(a))


@given(matrices(INEXACT))
def test_inv_times_a_is_identity(a):
    product = to_numpy(tnp_linalg.inv(tnp(a))) @ a
    identity = np.broadcast_to(np.eye(a.shape[-1]), a.shape)
    np.testing.assert_allclose(product, identity, atol=1e-4)


@pytest.mark.parametrize("dtype", [np.bool_, np.int16, np.uint16, np.uint32, np.uint64])
def test_inv_of_other_exact_dtypes_is_float64(dtype):
    a = (np.triu(np.ones((3, 3))) > 0).astype(dtype)
    assert_matches(tnp_linalg.inv(tnp(a)), np.linalg.inv(a))


def test_inv_of_nested_lists():
    assert_matches(tnp_linalg.inv([[1, 2], [3, 4]]), np.linalg.inv([[1, 2], [3, 4]]))


@pytest.mark.parametrize("shape", [(0, 0), (0, 2, 2), (3, 0, 0), (2, 0, 1, 1)])
def test_inv_of_empty_arrays(shape):
    a = np.ones(shape)
    assert_matches(tnp_linalg.inv(tnp(a)), np.linalg.inv(a))


# ----------------------------------------------------------------------------- det
@given(matrices())
def test_det_matches_numpy(a):
    expected = np.linalg.det(a)
    got = tnp_linalg.det(tnp(a))
    result = to_numpy(got)
    assert result.dtype == np.asarray(expected).dtype
    assert result.shape == np.shape(expected)
    single = result.dtype in (np.float32, np.complex64)
    np.testing.assert_allclose(result, expected, rtol=1e-5 if single else 1e-10)


@pytest.mark.parametrize(
    "a",
    [
        [[1.0, 2.0], [2.0, 4.0]],
        [[0.0, 0.0], [0.0, 0.0]],
        [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
        np.zeros((2, 3, 3), np.float32),
        np.zeros((2, 2), np.complex128),
    ],
)
def test_det_of_singular_matrices_is_zero(a):
    got = to_numpy(tnp_linalg.det(tnp(np.asarray(a))))
    expected = np.linalg.det(a)
    assert got.dtype == np.asarray(expected).dtype
    np.testing.assert_allclose(got, expected, atol=1e-12)


@pytest.mark.parametrize("shape", [(0, 0), (3, 0, 0), (0, 2, 2)])
def test_det_of_empty_arrays(shape):
    a = np.ones(shape)
    assert_matches(tnp_linalg.det(tnp(a)), np.linalg.det(a))


def test_det_of_a_matrix_is_0d():
    got = tnp_linalg.det([[1, 2], [3, 4]])
    assert got.shape == ()
    assert float(got) == pytest.approx(-2.0)


# ----------------------------------------------------------------------------- solve
@st.composite
def systems(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray]:
    a = draw(matrices())
    n = a.shape[-1]
    b_dtype = draw(st.sampled_from(INEXACT + EXACT))
    if draw(st.booleans()):
        b_shape: tuple[int, ...] = (n,)
    else:
        # stacked right-hand-side matrices, whose stack shape broadcasts with a's
        batch = list(a.shape[:-2])
        batch = [1 if draw(st.booleans()) else d for d in batch]
        batch = batch[draw(st.integers(0, len(batch))) :]
        b_shape = (*batch, n, draw(st.integers(0, 3)))
    b = draw(hnp.arrays(b_dtype, b_shape, elements=_elements(b_dtype)))
    return a, b


@given(systems())
def test_solve_matches_numpy(ab):
    a, b = ab
    assert_matches(tnp_linalg.solve(tnp(a), tnp(b)), np.linalg.solve(a, b))


def test_solve_reads_b_as_matrices_unless_it_is_1d():
    # NumPy 2: b of shape (K, M) is a matrix for every matrix of a, not one vector for each
    a = np.eye(3) * 2 + np.arange(27.0).reshape(3, 3, 3) / 100
    b = np.arange(9.0).reshape(3, 3)
    expected = np.linalg.solve(a, b)
    assert expected.shape == (3, 3, 3)
    assert_matches(tnp_linalg.solve(tnp(a), tnp(b)), expected)
    # a 1-D b is one right-hand side for every matrix
    assert_matches(tnp_linalg.solve(tnp(a), tnp(b[0])), np.linalg.solve(a, b[0]))


def test_solve_broadcasts_stacks():
    a = np.eye(3) * 3 + np.arange(18.0).reshape(2, 1, 3, 3) / 50
    b = np.arange(24.0).reshape(4, 3, 2)
    expected = np.linalg.solve(a, b)
    assert expected.shape == (2, 4, 3, 2)
    assert_matches(tnp_linalg.solve(tnp(a), tnp(b)), expected)


@pytest.mark.parametrize(
    ("a_dtype", "b_dtype"),
    [
        (np.float32, np.float32),
        (np.float32, np.int64),
        (np.float32, np.float64),
        (np.float32, np.complex64),
        (np.complex64, np.float64),
        (np.int32, np.int8),
        (np.bool_, np.float32),
    ],
)
def test_solve_result_dtype(a_dtype, b_dtype):
    a = np.eye(2).astype(a_dtype)
    b = np.ones(2).astype(b_dtype)
    assert_matches(tnp_linalg.solve(tnp(a), tnp(b)), np.linalg.solve(a, b))


@pytest.mark.parametrize(
    ("a_shape", "b_shape"), [((0, 0), (0,)), ((2, 2), (2, 0)), ((0, 2, 2), (2,))]
)
def test_solve_with_empty_arrays(a_shape, b_shape):
    a = np.broadcast_to(np.eye(a_shape[-1]), a_shape).copy()
    b = np.ones(b_shape)
    assert_matches(tnp_linalg.solve(tnp(a), tnp(b)), np.linalg.solve(a, b))


# ----------------------------------------------------------------------------- errors
SINGULAR = [
    [[1.0, 2.0], [2.0, 4.0]],
    [[0.0, 0.0], [0.0, 0.0]],
    [[1, 2, 3], [2, 4, 6], [0, 1, 0]],
    np.stack([np.eye(2), np.zeros((2, 2))]),
    np.zeros((2, 2), np.complex64),
    np.zeros((3, 3), np.float32),
]


def test_linalgerror_is_a_valueerror():
    assert issubclass(tnp_linalg.LinAlgError, ValueError)
    assert tnp_linalg.LinAlgError.__name__ == "LinAlgError"


@pytest.mark.parametrize("a", SINGULAR)
def test_inv_of_a_singular_matrix_raises(a):
    with pytest.raises(np.linalg.LinAlgError, match="Singular matrix"):
        np.linalg.inv(a)
    with pytest.raises(tnp_linalg.LinAlgError, match=r"^Singular matrix$") as info:
        tnp_linalg.inv(tnp(np.asarray(a)))
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("a", SINGULAR)
def test_solve_with_a_singular_matrix_raises(a):
    a = np.asarray(a)
    b = np.ones(a.shape[-1])
    with pytest.raises(np.linalg.LinAlgError, match="Singular matrix"):
        np.linalg.solve(a, b)
    with pytest.raises(tnp_linalg.LinAlgError, match=r"^Singular matrix$"):
        tnp_linalg.solve(tnp(a), tnp(b))


FUNCTIONS = {
    "inv": (tnp_linalg.inv, np.linalg.inv),
    "det": (tnp_linalg.det, np.linalg.det),
    "solve": (
        lambda a: tnp_linalg.solve(a, tnp_core.ones(2)),
        lambda a: np.linalg.solve(a, np.ones(2)),
    ),
}


def _numpy_error(func, a):
    with pytest.raises(Exception) as info:
        func(a)
    return info.value


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
@pytest.mark.parametrize(
    "a",
    [
        np.ones((2, 3)),
        np.ones((3, 2, 1)),
        np.ones(2),
        np.array(2.0),
        np.ones((2, 2), np.float16),
        np.ones((2, 3), np.float16),
        np.ones(3, np.float16),
    ],
    ids=["2x3", "3x2x1", "1-d", "0-d", "float16", "float16-2x3", "float16-1d"],
)
def test_bad_input_raises_what_numpy_raises(name, a):
    ours, theirs = FUNCTIONS[name]
    expected = _numpy_error(theirs, a)
    with pytest.raises(Exception) as info:
        ours(tnp(a))
    got = info.value
    if isinstance(expected, np.linalg.LinAlgError):
        assert isinstance(got, tnp_linalg.LinAlgError)
    else:
        assert type(got) is type(expected)
    assert str(got) == str(expected)


def test_messages_name_the_problem():
    with pytest.raises(
        tnp_linalg.LinAlgError, match="Last 2 dimensions of the array must be square"
    ):
        tnp_linalg.inv(tnp_core.ones((2, 3)))
    with pytest.raises(
        tnp_linalg.LinAlgError,
        match=r"^1-dimensional array given\. Array must be at least two-dimensional$",
    ):
        tnp_linalg.det(tnp_core.ones(3))
    with pytest.raises(TypeError, match="array type float16 is unsupported in linalg"):
        tnp_linalg.inv(tnp(np.eye(2, dtype=np.float16)))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (np.eye(3), np.float64(1.0)),
        (np.eye(3), np.ones(2)),
        (np.eye(3), np.ones((2, 1))),
        (np.eye(3), np.ones((2, 3))),
        (np.ones((2, 3, 3)) + np.eye(3), np.ones((4, 3, 1))),
        (np.eye(3), np.ones(3, np.float16)),
        (np.ones((2, 3)), np.ones(2)),
    ],
)
def test_solve_bad_operands_raise_what_numpy_raises(a, b):
    expected = _numpy_error(lambda x: np.linalg.solve(x, b), a)
    with pytest.raises(Exception) as info:
        tnp_linalg.solve(tnp(a), tnp(b))
    got = info.value
    if isinstance(expected, np.linalg.LinAlgError):
        assert isinstance(got, tnp_linalg.LinAlgError)
    else:
        assert type(got) is type(expected)
        assert not isinstance(got, RuntimeError)
    if "broadcast" not in str(expected):
        assert str(got) == str(expected)


# ----------------------------------------------------------------------------- defaults
def test_float32_default_makes_integer_input_float32():
    previous = tnp_core.get_default_float_dtype()
    tnp_core.set_default_float_dtype(tnp_core.float32)
    try:
        a = tnp_core.asarray([[2, 1], [1, 3]])
        assert tnp_linalg.inv(a).dtype == tnp_core.float32
        assert tnp_linalg.det(a).dtype == tnp_core.float32
        # float64 operands still compute and return in float64
        assert tnp_linalg.solve(tnp(np.eye(2)), a).dtype == tnp_core.float64
    finally:
        tnp_core.set_default_float_dtype(previous)


def test_results_stay_on_the_input_device():
    a = tnp(np.eye(2) * 2)
    for result in (tnp_linalg.inv(a), tnp_linalg.det(a), tnp_linalg.solve(a, a)):
        assert result.device == a.device


@pytest.mark.cuda
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_on_cuda():
    a = np.eye(3) * 3 + np.arange(9.0).reshape(3, 3) / 10
    ta = tnp_core.asarray(a).to_device("cuda")
    assert tnp_linalg.inv(ta).device.type == "cuda"
    assert_matches(tnp_linalg.inv(ta), np.linalg.inv(a))
    assert_matches(tnp_linalg.det(ta), np.linalg.det(a))
    assert_matches(tnp_linalg.solve(ta, ta), np.linalg.solve(a, a))
    with pytest.raises(tnp_linalg.LinAlgError):
        tnp_linalg.inv(tnp_core.zeros((2, 2)).to_device("cuda"))
