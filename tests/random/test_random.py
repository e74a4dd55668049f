"""tnp_random: seeds, reproducibility, shapes, dtypes and rough statistics.

tnp's streams are torch's, not NumPy's, so NumPy is the oracle only for what is checked
and raised (shapes, dtypes, exceptions), not for the numbers.
"""

from __future__ import annotations

import re

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

import tnp_core
import tnp_random

settings.register_profile("tnp-random", max_examples=40, deadline=None)
settings.load_profile("tnp-random")

SHAPES = st.lists(st.integers(0, 4), max_size=3).map(tuple)
SEEDS = st.integers(0, 2**32 - 1)


def to_numpy(x: tnp_core.ndarray) -> np.ndarray:
    """The values of a tnp array as a NumPy array of the matching dtype."""
    assert isinstance(x, tnp_core.ndarray)
    return x.tensor.detach().cpu().numpy()


# ----------------------------------------------------------------------------- legacy
@given(seed=SEEDS, shape=SHAPES)
def test_rand_is_reproducible_and_in_the_unit_interval(seed, shape):
    tnp_random.seed(seed)
    first = to_numpy(tnp_random.rand(*shape))
    tnp_random.seed(seed)
    second = to_numpy(tnp_random.rand(*shape))
    expected = np.asarray(np.random.rand(*shape))  # NumPy's rand() is a Python float
    assert first.shape == expected.shape == shape
    assert first.dtype == expected.dtype
    np.testing.assert_array_equal(first, second)
    assert np.all((first >= 0) & (first < 1))


@given(seed=SEEDS, shape=SHAPES)
def test_randn_is_reproducible(seed, shape):
    tnp_random.seed(seed)
    first = to_numpy(tnp_random.randn(*shape))
    tnp_random.seed(seed)
    second = to_numpy(tnp_random.randn(*shape))
    assert first.shape == np.shape(np.random.randn(*shape)) == shape
    assert first.dtype == np.float64
    np.testing.assert_array_equal(first, second)


def test_different_seeds_give_different_streams():
    tnp_random.seed(1)
    a = to_numpy(tnp_random.rand(8))
    tnp_random.seed(2)
    b = to_numpy(tnp_random.rand(8))
    assert not np.array_equal(a, b)


def test_the_stream_goes_on_between_calls():
    tnp_random.seed(7)
    a, b = to_numpy(tnp_random.rand(4)), to_numpy(tnp_random.rand(4))
    assert not np.array_equal(a, b)
    tnp_random.seed(7)
    np.testing.assert_array_equal(to_numpy(tnp_random.rand(8)), np.concatenate([a, b]))


def test_no_arguments_give_0d_arrays():
    for draw in (tnp_random.rand, tnp_random.randn):
        value = draw()
        assert isinstance(value, tnp_core.ndarray)
        assert value.shape == ()
        assert value.dtype == tnp_core.float64
        float(value)


def test_integer_like_dimensions():
    assert tnp_random.rand(np.int64(2), tnp_core.asarray(3)).shape == (2, 3)


def test_seed_none_reseeds_from_entropy():
    tnp_random.seed(None)
    a = to_numpy(tnp_random.rand(4))
    tnp_random.seed()
    b = to_numpy(tnp_random.rand(4))
    assert not np.array_equal(a, b)


def test_seed_accepts_a_sequence_of_ints():
    tnp_random.seed([1, 2, 3])
    a = to_numpy(tnp_random.rand(4))
    tnp_random.seed(np.array([1, 2, 3]))
    np.testing.assert_array_equal(a, to_numpy(tnp_random.rand(4)))
    tnp_random.seed([3, 2, 1])
    assert not np.array_equal(a, to_numpy(tnp_random.rand(4)))
    # as in NumPy, seed(1) and seed([1]) are different streams
    tnp_random.seed(1)
    b = to_numpy(tnp_random.rand(4))
    tnp_random.seed([1])
    assert not np.array_equal(b, to_numpy(tnp_random.rand(4)))


@pytest.mark.parametrize("bad", [-1, 2**32, 2**64, [0, -1], [2**32]])
def test_seed_out_of_range(bad):
    with pytest.raises(ValueError):
        np.random.seed(bad)
    with pytest.raises(ValueError, match=re.escape("Seed must be between 0 and 2**32 - 1")):
        tnp_random.seed(bad)


@pytest.mark.parametrize("bad", [1.5, "a", np.float64(2.0), [1.0]])
def test_seed_of_the_wrong_type(bad):
    with pytest.raises(TypeError):
        np.random.seed(bad)
    with pytest.raises(TypeError):
        tnp_random.seed(bad)


@pytest.mark.parametrize("draw", [tnp_random.rand, tnp_random.randn])
def test_bad_dimensions(draw):
    with pytest.raises(ValueError, match="negative dimensions are not allowed"):
        draw(2, -1)
    with pytest.raises(TypeError):
        draw(2.0)
    with pytest.raises(TypeError):
        draw((2, 3))


def test_rand_statistics():
    tnp_random.seed(12345)
    sample = to_numpy(tnp_random.rand(200_000))
    assert sample.min() >= 0.0
    assert sample.max() < 1.0
    assert abs(sample.mean() - 0.5) < 0.01
    assert abs(sample.var() - 1 / 12) < 0.005
    # roughly flat: each tenth of [0, 1) holds about a tenth of the sample
    counts = np.histogram(sample, bins=10, range=(0.0, 1.0))[0]
    assert np.all(np.abs(counts / sample.size - 0.1) < 0.01)


def test_randn_statistics():
    tnp_random.seed(54321)
    sample = to_numpy(tnp_random.randn(200_000))
    assert abs(sample.mean()) < 0.02
    assert abs(sample.var() - 1.0) < 0.03
    assert abs(np.mean(np.abs(sample) < 1.0) - 0.6827) < 0.01


def test_legacy_arrays_follow_the_default_float_dtype():
    previous = tnp_core.get_default_float_dtype()
    tnp_core.set_default_float_dtype(tnp_core.float32)
    try:
        assert tnp_random.rand(3).dtype == tnp_core.float32
        assert tnp_random.randn(3).dtype == tnp_core.float32
    finally:
        tnp_core.set_default_float_dtype(previous)


def test_legacy_arrays_go_to_the_default_device():
    assert tnp_random.rand(2).device == tnp_core.get_default_device()


# ----------------------------------------------------------------------------- Generator
SIZES = st.none() | st.integers(0, 5) | SHAPES


@given(seed=st.integers(0, 2**70), size=SIZES, dtype=st.sampled_from(["float64", "float32"]))
def test_generator_random_is_reproducible(seed, size, dtype):
    first = tnp_random.default_rng(seed).random(size, dtype=dtype)
    second = tnp_random.default_rng(seed).random(size, dtype=dtype)
    expected = np.random.default_rng(0).random(size, dtype=dtype)
    values = to_numpy(first)
    assert values.shape == np.shape(expected)
    assert values.dtype == np.dtype(dtype)
    np.testing.assert_array_equal(values, to_numpy(second))
    assert np.all((values >= 0) & (values < 1))


def test_generator_defaults():
    value = tnp_random.default_rng(0).random()
    assert isinstance(value, tnp_core.ndarray)
    assert value.shape == ()
    assert value.dtype == tnp_core.float64
    assert tnp_random.default_rng(0).random(dtype=None).dtype == tnp_core.float64
    assert tnp_random.default_rng(0).random(3).shape == (3,)
    assert tnp_random.default_rng(0).random((2, 3)).shape == (2, 3)
    assert tnp_random.default_rng(0).random(()).shape == ()


@pytest.mark.parametrize("dtype", ["float32", tnp_core.float32, "f4", torch.float32])
def test_generator_float32(dtype):
    values = tnp_random.default_rng(3).random(1000, dtype=dtype)
    assert values.dtype == tnp_core.float32
    assert float(tnp_core.max(values)) < 1.0


def test_generator_streams_differ_by_seed_and_go_on():
    rng = tnp_random.default_rng(42)
    a, b = to_numpy(rng.random(5)), to_numpy(rng.random(5))
    assert not np.array_equal(a, b)
    np.testing.assert_array_equal(
        to_numpy(tnp_random.default_rng(42).random(10)), np.concatenate([a, b])
    )
    assert not np.array_equal(a, to_numpy(tnp_random.default_rng(43).random(5)))
    assert not np.array_equal(a, to_numpy(tnp_random.default_rng(42 + 2**32).random(5)))
    # as NumPy's SeedSequence, an int and the list of just that int are the same seed
    np.testing.assert_array_equal(a, to_numpy(tnp_random.default_rng([42]).random(5)))
    # ... and, as there, trailing zeros below the pool size do not change it
    np.testing.assert_array_equal(a, to_numpy(tnp_random.default_rng([42, 0]).random(5)))
    assert not np.array_equal(a, to_numpy(tnp_random.default_rng([42, 1]).random(5)))


def test_default_rng_of_a_generator_is_that_generator():
    rng = tnp_random.default_rng(5)
    assert tnp_random.default_rng(rng) is rng
    numpy_rng = np.random.default_rng(5)
    assert np.random.default_rng(numpy_rng) is numpy_rng


def test_default_rng_none_seeds_from_entropy():
    a = to_numpy(tnp_random.default_rng().random(4))
    b = to_numpy(tnp_random.default_rng(None).random(4))
    assert not np.array_equal(a, b)


def test_default_rng_accepts_what_numpy_accepts():
    for seed in (0, True, np.int64(9), 2**100, [1, 2], [], np.array([3, 4])):
        np.random.default_rng(seed)
        assert isinstance(tnp_random.default_rng(seed), tnp_random.Generator)


@pytest.mark.parametrize(
    ("seed", "error"),
    [(-1, ValueError), ([1, -2], ValueError), (1.5, TypeError), ("a", TypeError)],
)
def test_default_rng_bad_seed(seed, error):
    with pytest.raises(error):
        np.random.default_rng(seed)
    with pytest.raises(error):
        tnp_random.default_rng(seed)


@pytest.mark.parametrize("dtype", ["float16", "int64", int, "complex128", "bool"])
def test_generator_bad_dtype(dtype):
    with pytest.raises(TypeError) as expected:
        np.random.default_rng(0).random(dtype=dtype)
    with pytest.raises(TypeError) as got:
        tnp_random.default_rng(0).random(dtype=dtype)
    assert str(got.value) == str(expected.value)


@pytest.mark.parametrize("size", [-1, (2, -1)])
def test_generator_negative_size(size):
    with pytest.raises(ValueError, match="negative dimensions are not allowed"):
        tnp_random.default_rng(0).random(size)


@pytest.mark.parametrize("size", [2.0, "3", (2, 1.5)])
def test_generator_size_of_the_wrong_type(size):
    with pytest.raises(TypeError):
        np.random.default_rng(0).random(size)
    with pytest.raises(TypeError):
        tnp_random.default_rng(0).random(size)


@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_generator_out_is_filled_in_place(dtype):
    out = tnp_core.zeros((3, 4), dtype=dtype)
    result = tnp_random.default_rng(11).random(dtype=dtype, out=out)
    assert result is out
    values = to_numpy(out)
    assert np.all((values >= 0) & (values < 1))
    assert len(np.unique(values)) == values.size
    # the same numbers as without out=
    expected = to_numpy(tnp_random.default_rng(11).random((3, 4), dtype=dtype))
    np.testing.assert_array_equal(values, expected)
    # size may be given when it matches
    tnp_random.default_rng(11).random((3, 4), dtype=dtype, out=out)
    np.testing.assert_array_equal(to_numpy(out), expected)


def test_generator_out_writes_through_a_contiguous_view():
    base = tnp_core.zeros((4, 3))
    view = base[1:3]
    tnp_random.default_rng(0).random(out=view)
    values = to_numpy(base)
    assert np.all(values[[0, 3]] == 0)
    assert np.all(values[1:3] > 0)


def test_generator_out_errors_as_numpy():
    rng, numpy_rng = tnp_random.default_rng(0), np.random.default_rng(0)
    with pytest.raises(ValueError, match=r"size must match out\.shape"):
        numpy_rng.random((2,), out=np.zeros(3))
    with pytest.raises(ValueError, match=r"size must match out\.shape"):
        rng.random((2,), out=tnp_core.zeros(3))
    with pytest.raises(TypeError) as expected:
        numpy_rng.random(out=np.zeros(3, np.float32))
    with pytest.raises(TypeError) as got:
        rng.random(out=tnp_core.zeros(3, dtype="float32"))
    assert str(got.value) == str(expected.value)
    with pytest.raises(ValueError, match="contiguous"):
        numpy_rng.random(out=np.zeros((3, 3))[:, 0])
    with pytest.raises(ValueError, match="contiguous"):
        rng.random(out=tnp_core.zeros((3, 3))[:, 0])


def test_generator_statistics():
    sample = to_numpy(tnp_random.default_rng(2024).random(200_000))
    assert abs(sample.mean() - 0.5) < 0.01
    assert abs(sample.var() - 1 / 12) < 0.005
    single = to_numpy(tnp_random.default_rng(2024).random(200_000, dtype="float32"))
    assert abs(single.mean() - 0.5) < 0.01
    assert single.max() < 1.0


def test_generator_repr():
    rng = tnp_random.default_rng(0)
    assert str(rng) == str(np.random.default_rng(0)) == "Generator(PCG64)"
    assert re.fullmatch(r"Generator\(PCG64\) at 0x[0-9A-F]+", repr(rng))
    assert isinstance(rng, tnp_random.Generator)


def test_generator_arrays_go_to_the_default_device():
    assert tnp_random.default_rng(0).random(2).device == tnp_core.get_default_device()


@pytest.mark.cuda
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_on_cuda():
    previous = tnp_core.get_default_device()
    tnp_core.set_default_device("cuda")
    try:
        tnp_random.seed(3)
        a = tnp_random.rand(5)
        tnp_random.seed(3)
        assert a.device.type == "cuda"
        np.testing.assert_array_equal(to_numpy(a), to_numpy(tnp_random.rand(5)))
        assert tnp_random.randn(5).device.type == "cuda"
        rng_values = tnp_random.default_rng(8).random(6)
        assert rng_values.device.type == "cuda"
        np.testing.assert_array_equal(
            to_numpy(rng_values), to_numpy(tnp_random.default_rng(8).random(6))
        )
    finally:
        tnp_core.set_default_device(previous)
    out = tnp_core.zeros(6).to_device("cuda")
    tnp_random.default_rng(8).random(out=out)
    np.testing.assert_array_equal(to_numpy(out), to_numpy(rng_values))
