"""SeedSequence (NumPy's exact words) and the bit generator classes (torch's streams)."""

from __future__ import annotations

import copy
import pickle
import threading

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

import tnp_core
import tnp_random

FEW = settings(max_examples=30, deadline=None)
ENTROPY = st.integers(0, 2**130) | st.lists(st.integers(0, 2**70), max_size=6)
SPAWN_KEYS = st.lists(st.integers(0, 2**40), max_size=3).map(tuple)
BIT_GENERATORS = ["PCG64", "PCG64DXSM", "MT19937", "Philox", "SFC64"]


def values(x: tnp_core.ndarray) -> np.ndarray:
    return x.tensor.detach().cpu().numpy()


# ----------------------------------------------------------------------------- SeedSequence
@FEW
@given(
    entropy=ENTROPY,
    spawn_key=SPAWN_KEYS,
    pool_size=st.integers(4, 9),
    n_words=st.integers(0, 10),
)
def test_generate_state_gives_numpys_words(entropy, spawn_key, pool_size, n_words):
    ours = tnp_random.SeedSequence(entropy, spawn_key=spawn_key, pool_size=pool_size)
    theirs = np.random.SeedSequence(entropy, spawn_key=spawn_key, pool_size=pool_size)
    for dtype in ("uint32", "uint64"):
        got = ours.generate_state(n_words, dtype)
        expected = theirs.generate_state(n_words, dtype)
        assert got.dtype == tnp_core.dtype(dtype)
        np.testing.assert_array_equal(values(got), expected)
    np.testing.assert_array_equal(values(ours.pool), theirs.pool)
    assert ours.state == theirs.state


def test_generate_state_default_dtype_and_device():
    words = tnp_random.SeedSequence(5).generate_state(3)
    assert words.dtype == tnp_core.uint32
    assert words.device == tnp_core.get_default_device()
    np.testing.assert_array_equal(
        values(tnp_random.SeedSequence(5).generate_state(2, tnp_core.uint64)),
        np.random.SeedSequence(5).generate_state(2, np.uint64),
    )


def test_numpy_integer_entropy_and_arrays():
    expected = np.random.SeedSequence([1, 2]).generate_state(4)
    for entropy in ([1, 2], (1, 2), np.array([1, 2]), [np.int64(1), np.uint8(2)]):
        got = tnp_random.SeedSequence(entropy).generate_state(4)
        np.testing.assert_array_equal(values(got), expected)
    np.testing.assert_array_equal(
        values(tnp_random.SeedSequence(np.int64(7)).generate_state(2)),
        np.random.SeedSequence(7).generate_state(2),
    )


def test_spawn_matches_numpy_and_counts_children():
    ours, theirs = tnp_random.SeedSequence(99), np.random.SeedSequence(99)
    first, second = ours.spawn(2), theirs.spawn(2)
    more, more_theirs = ours.spawn(1), theirs.spawn(1)
    assert ours.n_children_spawned == theirs.n_children_spawned == 3
    for child, reference in zip(first + more, second + more_theirs, strict=True):
        assert child.spawn_key == reference.spawn_key
        np.testing.assert_array_equal(values(child.generate_state(4)), reference.generate_state(4))
    grandchild = first[1].spawn(1)[0]
    assert grandchild.spawn_key == (1, 0)
    assert ours.spawn(0) == []


def test_seed_sequence_attributes_and_repr():
    seq = tnp_random.SeedSequence(5, spawn_key=[1, 2], pool_size=6, n_children_spawned=3)
    assert seq.entropy == 5
    assert seq.spawn_key == (1, 2)
    assert seq.pool_size == 6
    assert seq.n_children_spawned == 3
    assert repr(tnp_random.SeedSequence(5)) == repr(np.random.SeedSequence(5))
    assert repr(seq) == repr(
        np.random.SeedSequence(5, spawn_key=[1, 2], pool_size=6, n_children_spawned=3)
    )


def test_seed_sequence_without_entropy_draws_128_bits():
    a, b = tnp_random.SeedSequence(), tnp_random.SeedSequence()
    assert isinstance(a.entropy, int)
    assert a.entropy != b.entropy
    assert 0 <= a.entropy < 2**128


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda m: m.SeedSequence(-1), ValueError),
        (lambda m: m.SeedSequence([1, -1]), ValueError),
        (lambda m: m.SeedSequence(1.5), TypeError),
        (lambda m: m.SeedSequence([1.5]), TypeError),
        (lambda m: m.SeedSequence("abc"), TypeError),
        (lambda m: m.SeedSequence(5, pool_size=2), ValueError),
        (lambda m: m.SeedSequence(5).generate_state(-1), ValueError),
        (lambda m: m.SeedSequence(5).generate_state(2, "int64"), ValueError),
        (lambda m: m.SeedSequence(5).generate_state(2, "float64"), ValueError),
    ],
)
def test_seed_sequence_errors_as_numpy(call, error):
    with pytest.raises(error) as expected:
        call(np.random)
    with pytest.raises(error) as got:
        call(tnp_random)
    assert str(got.value) == str(expected.value)


# ----------------------------------------------------------------------------- bit generators
def test_bit_generator_is_abstract():
    with pytest.raises(NotImplementedError, match="base class"):
        tnp_random.BitGenerator(5)


@pytest.mark.parametrize("name", BIT_GENERATORS)
def test_seeding_is_reproducible_and_accepts_numpys_seeds(name):
    cls = getattr(tnp_random, name)
    draws = tnp_random.Generator(cls(1234)).random(6)
    for seed in (1234, [1234], np.int64(1234), tnp_random.SeedSequence(1234)):
        again = tnp_random.Generator(cls(seed)).random(6)
        np.testing.assert_array_equal(values(again), values(draws))
    other = tnp_random.Generator(cls(1235)).random(6)
    assert not np.array_equal(values(other), values(draws))
    assert isinstance(cls(None).seed_seq, tnp_random.SeedSequence)
    with pytest.raises(ValueError, match="non-negative"):
        cls(-5)
    with pytest.raises(TypeError):
        cls(1.5)


def test_each_class_is_its_own_stream():
    streams = {
        name: values(tnp_random.Generator(getattr(tnp_random, name)(7)).random(4))
        for name in BIT_GENERATORS
    }
    distinct = {tuple(v) for v in streams.values()}
    assert len(distinct) == len(BIT_GENERATORS)


@pytest.mark.parametrize("name", BIT_GENERATORS)
def test_seed_seq_is_the_given_sequence(name):
    seq = tnp_random.SeedSequence(3)
    bg = getattr(tnp_random, name)(seq)
    assert bg.seed_seq is seq
    assert getattr(tnp_random, name)(3).seed_seq.entropy == 3


@pytest.mark.parametrize("name", BIT_GENERATORS)
def test_spawn_gives_new_bit_generators_from_child_sequences(name):
    cls = getattr(tnp_random, name)
    parent = cls(11)
    children = parent.spawn(3)
    assert [type(c) for c in children] == [cls] * 3
    assert [c.seed_seq.spawn_key for c in children] == [(0,), (1,), (2,)]
    assert parent.seed_seq.n_children_spawned == 3
    draws = [tuple(values(tnp_random.Generator(c).random(4))) for c in children]
    assert len(set(draws)) == 3
    # the same as seeding from the spawned sequences directly
    direct = cls(tnp_random.SeedSequence(11, spawn_key=(1,)))
    assert tuple(values(tnp_random.Generator(direct).random(4))) == draws[1]


@pytest.mark.parametrize("name", BIT_GENERATORS)
def test_state_round_trips(name):
    bg = getattr(tnp_random, name)(21)
    rng = tnp_random.Generator(bg)
    rng.random(3)
    state = bg.state
    assert state["bit_generator"] == name
    assert set(state["state"]) == {"seed", "streams"}
    expected = values(rng.random(5))
    rng.random(7)
    bg.state = state
    np.testing.assert_array_equal(values(rng.random(5)), expected)
    # the state also moves a stream into another bit generator of the class
    other = getattr(tnp_random, name)(0)
    other.state = state
    np.testing.assert_array_equal(values(tnp_random.Generator(other).random(5)), expected)


def test_state_of_another_class_is_refused():
    with pytest.raises(ValueError, match="PCG64"):
        tnp_random.PCG64(1).state = tnp_random.MT19937(1).state
    with pytest.raises(TypeError):
        tnp_random.PCG64(1).state = ("MT19937", [1, 2])
    with pytest.raises(ValueError):
        tnp_random.PCG64(1).state = {"bit_generator": "PCG64"}


@pytest.mark.parametrize("name", ["PCG64", "PCG64DXSM", "MT19937", "Philox"])
def test_jumped_is_a_new_deterministic_independent_stream(name):
    cls = getattr(tnp_random, name)
    bg = cls(5)
    jumped = bg.jumped()
    assert type(jumped) is cls
    assert jumped is not bg
    base = values(tnp_random.Generator(cls(5)).random(4))
    once = values(tnp_random.Generator(jumped).random(4))
    assert not np.array_equal(base, once)
    np.testing.assert_array_equal(once, values(tnp_random.Generator(cls(5).jumped(1)).random(4)))
    twice = values(tnp_random.Generator(cls(5).jumped(2)).random(4))
    np.testing.assert_array_equal(
        twice, values(tnp_random.Generator(cls(5).jumped().jumped()).random(4))
    )
    assert not np.array_equal(once, twice)
    with pytest.raises(ValueError):
        bg.jumped(-1)


def test_sfc64_cannot_jump_as_in_numpy():
    assert not hasattr(np.random.SFC64(1), "jumped")
    assert not hasattr(tnp_random.SFC64(1), "jumped")


def test_lock_is_a_reentrant_lock():
    bg = tnp_random.PCG64(1)
    assert isinstance(bg.lock, type(threading.RLock()))
    with bg.lock, bg.lock:
        pass


@pytest.mark.parametrize("name", BIT_GENERATORS)
def test_pickle_and_copy_keep_the_stream(name):
    bg = getattr(tnp_random, name)(8)
    rng = tnp_random.Generator(bg)
    rng.random(2)
    for clone in (pickle.loads(pickle.dumps(rng)), copy.deepcopy(rng)):
        assert type(clone.bit_generator) is type(bg)
        np.testing.assert_array_equal(values(clone.random(3)), values(copy.deepcopy(rng).random(3)))


def test_keys_that_differ_only_above_32_bits_give_different_cpu_streams():
    from tnp_random import _random_impl

    cpu = torch.device("cpu")
    low = _random_impl.Streams(5)
    high = _random_impl.Streams(5 + 2**40)
    a = torch.rand(4, generator=low.on(cpu), dtype=torch.float64)
    b = torch.rand(4, generator=high.on(cpu), dtype=torch.float64)
    assert not torch.equal(a, b)
    again = torch.rand(4, generator=_random_impl.Streams(5 + 2**40).on(cpu), dtype=torch.float64)
    assert torch.equal(b, again)
    # a seed below 2**32 is torch.manual_seed's stream
    torch_stream = torch.rand(4, generator=torch.Generator().manual_seed(5), dtype=torch.float64)
    assert torch.equal(a, torch_stream)
