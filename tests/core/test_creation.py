"""Creation functions against NumPy: array/asarray, zeros/ones/empty/full, arange, linspace, eye."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
import torch
from hypothesis import assume, given
from hypothesis import strategies as st
from tnp_core_test_helpers import (
    DTYPES,
    FEW,
    HYPOTHESIS,
    assert_same,
    from_numpy,
    same_outcome,
    to_numpy,
)

import tnp_core as tnp

CPU = torch.device("cpu")


def _exact(got, want):
    """Same dtype, shape and bit-for-bit values (NaN equal to NaN)."""
    assert_same(got, want, rtol=0.0, atol=0.0)


# ----------------------------------------------------------------------------- array / asarray
@pytest.mark.parametrize(
    "data",
    [
        1, 2.5, True, 1 + 2j, [], [[]], [1, 2, 3], [1, 2.0], [True, 2], [1, 2j], [[1, 2], [3, 4]],
        ((1.5,), (2.5,)), [[True, False]], 2**63, [2**63, 2**64 - 1], [-(2**63), 5],
        [[[1]], [[2]]],
    ],
)  # fmt: skip
def test_array_infers_numpy_dtypes(data):
    _exact(tnp.array(data), np.array(data))
    _exact(tnp.asarray(data), np.asarray(data))


@pytest.mark.parametrize("dtype", DTYPES)
def test_array_with_dtype(dtype):
    data = [[0, 1], [1, 0]]
    _exact(tnp.array(data, dtype=dtype), np.array(data, dtype=dtype))
    _exact(tnp.array(data, dtype=tnp.dtype(dtype)), np.array(data, dtype=dtype))
    _exact(tnp.array(data, dtype=tnp.dtype(dtype).type), np.array(data, dtype=dtype))


@pytest.mark.parametrize("data", [[2**64], [-(2**63) - 1], 2**64])
def test_python_ints_beyond_64_bits_are_refused(data):
    """NumPy falls back to an object array, which is out of tnp's scope."""
    assert np.array(data).dtype == object
    with pytest.raises((OverflowError, NotImplementedError)):
        tnp.array(data)


@pytest.mark.parametrize("data", [[2**63, -1], [2**63, 1], [[2**64 - 1], [0]]])
def test_python_ints_needing_uint64_and_int64_promote_like_numpy(data):
    """A list mixing ints that need uint64 with ints NumPy reads as int64 promotes those two
    dtypes: float64."""
    same_outcome(lambda: np.array(data), lambda: tnp.array(data), compare=_exact)


@pytest.mark.parametrize(("data", "dtype"), [([300], "int8"), ([-1], "uint8"), (70000, "int16")])
def test_out_of_range_python_int_for_a_dtype_overflows(data, dtype):
    with pytest.raises(OverflowError):
        np.array(data, dtype=dtype)
    with pytest.raises(OverflowError):
        tnp.array(data, dtype=dtype)


def test_ragged_input_is_a_value_error():
    with pytest.raises(ValueError):
        np.array([[1, 2], [3]])
    with pytest.raises(ValueError):
        tnp.array([[1, 2], [3]])


@pytest.mark.parametrize("ndmin", [0, 1, 2, 4])
@pytest.mark.parametrize("data", [5, [1, 2], [[1.5]]])
def test_array_ndmin(data, ndmin):
    _exact(tnp.array(data, ndmin=ndmin), np.array(data, ndmin=ndmin))


def test_array_copies_by_default():
    a = tnp.arange(3)
    b = tnp.array(a)
    b[0] = 10
    assert a.tolist() == [0, 1, 2]
    assert b.base is None


def test_array_of_arrays_stacks_and_promotes():
    got = tnp.array([tnp.arange(2), tnp.ones(2, dtype="float32")])
    want = np.array([np.arange(2), np.ones(2, dtype="float32")])
    _exact(got, want)


def test_asarray_does_not_copy_tnp_arrays():
    a = tnp.arange(4.0)
    assert tnp.asarray(a) is a
    assert tnp.asarray(a, dtype="float64") is a
    assert tnp.array(a, copy=False) is a
    c = tnp.asarray(a, dtype="float32")
    assert c.dtype.name == "float32"
    c[0] = 100
    assert a.tolist() == [0.0, 1.0, 2.0, 3.0]


def test_asarray_wraps_torch_tensors_without_copy():
    t = torch.arange(5, dtype=torch.float32)
    a = tnp.asarray(t)
    assert a.tensor is t
    a[1] = 42
    assert t[1].item() == 42
    assert a.dtype.name == "float32"
    t[2] = -1
    assert a.tolist()[2] == -1


def test_asarray_copy_false_when_a_copy_is_needed_is_a_value_error():
    with pytest.raises(ValueError):
        np.asarray([1, 2], copy=False)
    with pytest.raises(ValueError):
        tnp.asarray([1, 2], copy=False)
    with pytest.raises(ValueError):
        tnp.asarray(tnp.arange(3), dtype="float32", copy=False)
    with pytest.raises(ValueError):
        tnp.asarray(torch.arange(3), dtype="float64", copy=False)


def test_asarray_copy_true_copies():
    a = tnp.arange(3)
    b = tnp.asarray(a, copy=True)
    assert b is not a
    b[0] = 5
    assert a.tolist() == [0, 1, 2]


def test_asarray_of_numpy_arrays():
    for dtype in ("int8", "float32", "float64", "complex128", "bool", "uint8", "int64"):
        x = np.arange(6).reshape(2, 3).astype(dtype)
        _exact(tnp.asarray(x), x)


# ----------------------------------------------------------------------------- shape functions
@pytest.mark.parametrize("shape", [(), 0, 3, (2, 0), (2, 3), [1, 2, 3], (4,)])
@pytest.mark.parametrize("dtype", [None, *DTYPES])
def test_zeros_ones_full(shape, dtype):
    _exact(tnp.zeros(shape, dtype=dtype), np.zeros(shape, dtype=dtype))
    _exact(tnp.ones(shape, dtype=dtype), np.ones(shape, dtype=dtype))
    got = tnp.empty(shape, dtype=dtype)
    want = np.empty(shape, dtype=dtype)
    assert (got.shape, got.dtype.name) == (want.shape, want.dtype.name)
    _exact(tnp.full(shape, 1, dtype=dtype), np.full(shape, 1, dtype=dtype))


@pytest.mark.parametrize("fill", [3, 2.5, True, 1 - 1j, [1, 2, 3], [[1.5], [2.5]]])
def test_full_takes_the_fill_values_dtype(fill):
    _exact(tnp.full((2, 3), fill), np.full((2, 3), fill))


def test_full_with_zero_d_arrays_keeps_their_dtype():
    _exact(tnp.full(3, tnp.float32(2.5)), np.full(3, np.float32(2.5)))
    _exact(tnp.full(3, tnp.int8(-4)), np.full(3, np.int8(-4)))


def test_full_refuses_what_does_not_broadcast():
    with pytest.raises(ValueError):
        np.full((2, 3), [1, 2])
    with pytest.raises(ValueError):
        tnp.full((2, 3), [1, 2])


def test_negative_dimensions_are_value_errors():
    for func in (tnp.zeros, tnp.ones, tnp.empty):
        with pytest.raises(ValueError):
            func((2, -1))
    with pytest.raises(ValueError):
        np.zeros((2, -1))


@pytest.mark.parametrize("n", [0, 1, 3, 4])
@pytest.mark.parametrize("m", [None, 0, 2, 5])
@pytest.mark.parametrize("k", [-5, -1, 0, 1, 2, 6])
def test_eye(n, m, k):
    _exact(tnp.eye(n, m, k), np.eye(n, m, k))
    _exact(tnp.eye(n, M=m, k=k, dtype="int8"), np.eye(n, M=m, k=k, dtype="int8"))


@pytest.mark.parametrize("func", ["zeros", "ones", "empty", "full", "eye", "arange", "linspace"])
@pytest.mark.parametrize("device", ["cpu", CPU])
def test_device_argument(func, device):
    args = {
        "zeros": ((2, 3),),
        "ones": ((2, 3),),
        "empty": ((2, 3),),
        "full": ((2, 3), 7),
        "eye": (3,),
        "arange": (5,),
        "linspace": (0, 1, 5),
    }[func]
    got = getattr(tnp, func)(*args, device=device)
    assert got.device == CPU
    assert got.tensor.device == CPU
    want = getattr(np, func)(*args)
    if func == "empty":
        assert (got.shape, got.dtype.name) == (want.shape, want.dtype.name)
    else:
        assert_same(got, want)


def test_array_and_asarray_take_a_device():
    for func in (tnp.array, tnp.asarray):
        got = func([1.5, 2.5], device="cpu")
        assert got.device == CPU
        assert_same(got, np.array([1.5, 2.5]))


def test_unknown_device_is_refused():
    with pytest.raises((ValueError, TypeError)) as info:
        tnp.zeros(3, device="not-a-device")
    assert type(info.value) is not RuntimeError


# ----------------------------------------------------------------------------- arange
ARANGE_CASES = [
    (5,), (0,), (-3,), (2, 9), (9, 2), (9, 2, -2), (-5, 5, 3), (0, 1, 0.1), (1, 2, 0.3),
    (0.5, 5), (10.0,), (0, 10, 1.5), (-2.5, 2.5, 0.5), (1, 0, -0.1), (0, 1e-3, 1e-4),
    (0.1, 0.7, 0.1), (1e10, 1e10 + 5), (0, 5.5), (3, 3), (0, 2**40, 2**38), (-7, 7, 2.25),
    (0, 5e-324, 2),  # the length underflows to 0.0, which NumPy counts as one element
]  # fmt: skip


@pytest.mark.parametrize("args", ARANGE_CASES, ids=str)
def test_arange_is_element_exact(args):
    _exact(tnp.arange(*args), np.arange(*args))


@pytest.mark.parametrize("args", [(5,), (0, 1, 0.1), (0.5, 5, 1.5), (-3, 4, 2), (1, 7, 1.7)])
@pytest.mark.parametrize("dtype", ["int8", "int32", "int64", "uint8", "float16", "float32"])
def test_arange_with_dtype(args, dtype):
    if dtype == "uint8" and args[0] < 0:
        return
    same_outcome(
        lambda: np.arange(*args, dtype=dtype),
        lambda: tnp.arange(*args, dtype=dtype),
        compare=_exact,
    )


@HYPOTHESIS
@given(
    start=st.integers(-1000, 1000) | st.floats(-1e3, 1e3),
    stop=st.integers(-1000, 1000) | st.floats(-1e3, 1e3),
    step=st.integers(-50, 50).filter(bool) | st.floats(0.01, 50) | st.floats(-50, -0.01),
)
def test_arange_hypothesis(start, stop, step):
    assume(abs((stop - start) / step) < 10_000)
    same_outcome(
        lambda: np.arange(start, stop, step),
        lambda: tnp.arange(start, stop, step),
        compare=_exact,
    )


def test_arange_step_zero_and_keywords():
    with pytest.raises(ZeroDivisionError):
        np.arange(0, 10, 0)
    with pytest.raises(ZeroDivisionError):
        tnp.arange(0, 10, 0)
    _exact(tnp.arange(start=2, stop=8, step=3), np.arange(start=2, stop=8, step=3))
    _exact(tnp.arange(tnp.int64(4)), np.arange(np.int64(4)))
    _exact(tnp.arange(tnp.float32(4)), np.arange(np.float32(4)))


# ----------------------------------------------------------------------------- linspace
LINSPACE_CASES = [
    (0, 1, 5), (0, 1, 50), (-1, 1, 7), (1, 0, 4), (0, 10, 11), (0.1, 0.9, 9), (0, 1, 1),
    (0, 1, 0), (0, 1, 2), (3, 3, 5), (1e-5, 1e5, 13), (-2.5, 7.25, 30), (0, 1j, 5),
    (0, 2**60, 7), (-7, 3, 6),
]  # fmt: skip


@pytest.mark.parametrize("endpoint", [True, False])
@pytest.mark.parametrize("args", LINSPACE_CASES, ids=str)
def test_linspace_is_element_exact(args, endpoint):
    _exact(tnp.linspace(*args, endpoint=endpoint), np.linspace(*args, endpoint=endpoint))


@pytest.mark.parametrize("endpoint", [True, False])
@pytest.mark.parametrize("num", [0, 1, 2, 5])
def test_linspace_retstep(num, endpoint):
    got, got_step = tnp.linspace(2.0, 3.0, num, endpoint=endpoint, retstep=True)
    want, want_step = np.linspace(2.0, 3.0, num, endpoint=endpoint, retstep=True)
    _exact(got, want)
    assert isinstance(got_step, (tnp.ndarray, float))
    np.testing.assert_array_equal(np.asarray(float(got_step)), np.asarray(want_step))


@pytest.mark.parametrize("dtype", ["int8", "int64", "uint8", "float16", "float32", "complex64"])
@pytest.mark.parametrize("args", [(0, 10, 7), (-5, 5, 4), (0.5, 9.5, 6), (1, 0, 3)])
def test_linspace_with_dtype_floors_integers(args, dtype):
    if dtype == "uint8" and min(args[:2]) < 0:
        return
    _exact(tnp.linspace(*args, dtype=dtype), np.linspace(*args, dtype=dtype))


@pytest.mark.parametrize("axis", [0, 1, -1, 2, -3])
def test_linspace_with_array_endpoints(axis):
    start = np.array([[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]])
    stop = np.array([10.0, -1.0, 2.5])
    _exact(
        tnp.linspace(from_numpy(start), from_numpy(stop), 4, axis=axis),
        np.linspace(start, stop, 4, axis=axis),
    )
    _exact(
        tnp.linspace(start.tolist(), 1.0, 3, axis=axis, endpoint=False),
        np.linspace(start.tolist(), 1.0, 3, axis=axis, endpoint=False),
    )


def test_linspace_keeps_float32_endpoints():
    start = np.array([0.1, 0.2], dtype=np.float32)
    stop = np.float32(1.3)
    _exact(
        tnp.linspace(from_numpy(start), tnp.float32(1.3), 6),
        np.linspace(start, stop, 6),
    )


def test_linspace_negative_num_and_bad_axis():
    with pytest.raises(ValueError):
        np.linspace(0, 1, -1)
    with pytest.raises(ValueError):
        tnp.linspace(0, 1, -1)
    with pytest.raises(tnp.AxisError):
        tnp.linspace([0.0, 1.0], 2.0, 3, axis=2)


@FEW
@given(
    start=st.floats(-1e6, 1e6),
    stop=st.floats(-1e6, 1e6),
    num=st.integers(0, 60),
    endpoint=st.booleans(),
)
def test_linspace_hypothesis(start, stop, num, endpoint):
    _exact(
        tnp.linspace(start, stop, num, endpoint=endpoint),
        np.linspace(start, stop, num, endpoint=endpoint),
    )


def test_creation_results_are_tnp_arrays_with_tensors():
    for made in (tnp.zeros(2), tnp.arange(3), tnp.linspace(0, 1, 3), tnp.eye(2), tnp.array(1)):
        assert isinstance(made, tnp.ndarray)
        assert isinstance(made.tensor, torch.Tensor)
        assert to_numpy(made).shape == made.shape


def test_every_creation_dtype_pair_for_array_conversion():
    """tnp.array(x of one dtype, dtype=another) casts as NumPy (in-range values)."""
    for a, b in itertools.product(DTYPES, DTYPES):
        x = np.array([0, 1, 1, 0], dtype=a)
        got = tnp.array(from_numpy(x), dtype=b)
        _exact(got, x.astype(b))


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64", "complex64"])
@pytest.mark.parametrize("stop", [3, 2.5, 1j])
def test_linspace_python_number_endpoints_are_weak(dtype, stop):
    """NEP 50: a Python-number endpoint does not widen float32/float16 array endpoints."""
    start = np.asarray(0.5, dtype=dtype)
    want = np.linspace(start, stop, 5)
    got = tnp.linspace(tnp.asarray(start), stop, 5)
    assert got.dtype.name == want.dtype.name
    np.testing.assert_allclose(np.array(got.tolist()), want, rtol=1e-3)
