"""Generator: integers, choice, shuffle, permutation, permuted, bytes, spawn, default_rng.

tnp's streams are torch's, not NumPy's: NumPy is the oracle for shapes, dtypes, exception
types and messages; the values are checked for range, reproducibility and distribution.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

import tnp_core
import tnp_random

FEW = settings(max_examples=25, deadline=None)
INT_DTYPES = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "bool"]
SIZES = st.none() | st.integers(0, 4) | st.lists(st.integers(0, 3), max_size=3).map(tuple)


def values(x: object) -> np.ndarray:
    assert isinstance(x, tnp_core.ndarray), type(x)
    return x.tensor.detach().cpu().numpy()


def outcome(call):
    """('ok', shape, dtype name) or ('error', type name, message)."""
    try:
        result = call()
    except Exception as exc:  # noqa: BLE001 - the exception is the outcome compared
        return ("error", type(exc).__name__, str(exc))
    return ("ok", np.shape(result), np.asarray(values_or_numpy(result)).dtype.name)


def values_or_numpy(result):
    return values(result) if isinstance(result, tnp_core.ndarray) else result


def same_outcome(np_call, tnp_call):
    expected, got = outcome(np_call), outcome(tnp_call)
    if expected[0] == "error" and got[0] == "error":
        # AxisError is an IndexError and a ValueError in NumPy and in tnp
        if expected[1] == "IndexError" and got[1] == "AxisError":
            return
        assert got[1:] == expected[1:]
    else:
        assert got == expected


def np_rng():
    return np.random.default_rng(0)


def rng(seed=0):
    return tnp_random.default_rng(seed)


def chi_square_uniform_ok(counts: np.ndarray) -> bool:
    """Counts consistent with a uniform distribution (a loose 0.001-level bound)."""
    expected = counts.sum() / counts.size
    stat = float(((counts - expected) ** 2 / expected).sum())
    dof = counts.size - 1
    return stat < dof + 5 * math.sqrt(2 * dof) + 10


# ----------------------------------------------------------------------------- integers
@st.composite
def integer_cases(draw):
    dtype = draw(st.sampled_from(INT_DTYPES))
    info = (0, 1) if dtype == "bool" else (np.iinfo(dtype).min, np.iinfo(dtype).max)
    endpoint = draw(st.booleans())
    low = draw(st.integers(info[0], info[1] - (0 if endpoint else 1)))
    top = info[1] if endpoint else info[1] + 1
    high = draw(st.integers(low + (0 if endpoint else 1), top))
    return dtype, low, high, endpoint, draw(SIZES)


@FEW
@given(case=integer_cases())
def test_integers_scalar_bounds(case):
    dtype, low, high, endpoint, size = case
    kwargs = {"size": size, "dtype": dtype, "endpoint": endpoint}
    expected = np.asarray(np_rng().integers(low, high, **kwargs))
    got = rng().integers(low, high, **kwargs)
    drawn = values(got)
    assert drawn.shape == expected.shape
    assert drawn.dtype == expected.dtype
    top = high if endpoint else high - 1
    as_int = drawn.astype(object)
    assert np.all((as_int >= low) & (as_int <= top))
    np.testing.assert_array_equal(drawn, values(rng().integers(low, high, **kwargs)))


@FEW
@given(
    low=st.lists(st.integers(-50, 50), min_size=1, max_size=4),
    span=st.integers(1, 40),
    extra=st.sampled_from([None, (3,), (2, 1)]),
    endpoint=st.booleans(),
    dtype=st.sampled_from(["int16", "int64"]),
)
def test_integers_array_bounds_broadcast(low, span, extra, endpoint, dtype):
    lows = np.array(low)
    highs = lows + span
    size = None if extra is None else (*extra, lows.size)
    kwargs = {"size": size, "endpoint": endpoint, "dtype": dtype}
    expected = np_rng().integers(lows, highs, **kwargs)
    got = values(rng().integers(tnp_core.asarray(lows), list(highs), **kwargs))
    assert got.shape == expected.shape
    assert got.dtype == expected.dtype
    top = highs if endpoint else highs - 1
    assert np.all((got >= lows) & (got <= top))


def test_integers_high_none_and_defaults():
    got = rng().integers(5)
    assert got.shape == ()
    assert got.dtype == tnp_core.int64
    assert 0 <= int(got) < 5
    assert rng().integers(5, dtype=int).dtype == tnp_core.int64
    assert rng().integers(0, 2, size=3, dtype=bool).dtype == tnp_core.bool
    assert rng().integers(np.int64(3), np.uint64(9), size=2).dtype == tnp_core.int64


def test_integers_floats_truncate_like_numpy():
    assert values(rng().integers(0, 1.9, size=50)).max() == 0
    assert values(rng().integers(0, [1.5, 1.9], size=(20, 2))).max() == 0
    assert np.all(values(rng().integers(2.9, 4, size=50)) >= 2)


@pytest.mark.parametrize("dtype", ["int64", "uint64"])
def test_integers_full_64_bit_ranges_reach_both_halves(dtype):
    info = np.iinfo(dtype)
    drawn = values(rng(3).integers(info.min, info.max, size=4000, dtype=dtype, endpoint=True))
    assert drawn.dtype == np.dtype(dtype)
    mid = (int(info.min) + int(info.max)) // 2
    above = np.mean(drawn.astype(object) > mid)
    assert 0.45 < above < 0.55
    np.testing.assert_array_equal(
        drawn,
        values(rng(3).integers(info.min, info.max, size=4000, dtype=dtype, endpoint=True)),
    )


def test_integers_span_between_2_63_and_2_64():
    top = 3 * 2**62  # exclusive
    drawn = values(rng(4).integers(0, top, size=20000, dtype="uint64")).astype(object)
    assert max(drawn) < top
    # a third of [0, 3 * 2**62) lies above 2**63
    assert abs(np.mean(drawn >= 2**63) - 1 / 3) < 0.02
    # with array bounds as well
    lows = tnp_core.asarray([0, 0], dtype="uint64")
    drawn = values(rng(4).integers(lows, top, size=(10000, 2), dtype="uint64")).astype(object)
    assert max(drawn.ravel()) < top
    assert abs(np.mean(drawn >= 2**63) - 1 / 3) < 0.02


def test_integers_are_uniform():
    counts = np.bincount(values(rng(5).integers(0, 10, size=50000)), minlength=10)
    assert chi_square_uniform_ok(counts)
    lows = np.array([0, 100])
    drawn = values(rng(6).integers(lows, lows + 7, size=(30000, 2)))
    assert chi_square_uniform_ok(np.bincount(drawn[:, 0], minlength=7))
    assert chi_square_uniform_ok(np.bincount(drawn[:, 1] - 100, minlength=7))
    wide = values(rng(7).integers(0, 2**40 + 3, size=40000))
    assert chi_square_uniform_ok(np.bincount(wide >> 37, minlength=8))


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        ((5, 2), {}),
        ((5, 5), {}),
        ((5, 4), {"endpoint": True}),
        ((-1, 5), {"dtype": "uint8"}),
        ((0, 300), {"dtype": "uint8"}),
        ((0, 256), {"dtype": "uint8", "endpoint": True}),
        ((0, 3), {"dtype": bool}),
        ((0, 5), {"dtype": "float64"}),
        ((0, 5), {"dtype": "complex128"}),
        ((0,), {}),
        ((-5,), {}),
        (([0, 1], [5, 1]), {}),
        (([-1, 2], [3, 4]), {"dtype": "uint8"}),
        (([0, 2], [3, 300]), {"dtype": "uint8"}),
        (([0, 1], [5, 10]), {"size": 3}),
        ((0, [1, 2, 3]), {"size": (2, 2)}),
        ((0, 5), {"size": -1}),
        ((0, 5), {"size": 2.5}),
        ((0, 2**63), {}),
        ((-(2**63), 2**63), {}),
        ((0, 2**64), {"dtype": "uint64"}),
        ((2**63, 2**64), {"dtype": "uint64"}),
        ((0, 2**64 + 1), {"dtype": "uint64"}),
        ((0, 5), {"size": (2, 0)}),
        (([0, 1], 10), {"dtype": "int8", "size": (3, 2)}),
        ((np.array(0), np.array(5)), {}),
        ((True, 3), {}),
    ],
)
def test_integers_outcomes_as_numpy(args, kwargs):
    same_outcome(
        lambda: np_rng().integers(*args, **kwargs), lambda: rng().integers(*args, **kwargs)
    )


# ----------------------------------------------------------------------------- choice
@st.composite
def choice_cases(draw):
    scalar = draw(st.booleans())
    if scalar:
        a = draw(st.integers(1, 6))
        n, shape = a, (a,)
    else:
        shape = tuple(draw(st.lists(st.integers(1, 4), min_size=1, max_size=3)))
        a = np.arange(math.prod(shape)).reshape(shape) * 10
        n = None
    axis = 0 if scalar else draw(st.integers(-len(shape), len(shape) - 1))
    n = shape[axis]
    replace = draw(st.booleans())
    size = draw(SIZES)
    count = math.prod(np.shape(np.empty(size if size is not None else ())))
    if not replace and count > n:
        size = None
    weights = draw(st.none() | st.lists(st.integers(1, 5), min_size=n, max_size=n))
    p = None if weights is None else np.array(weights) / sum(weights)
    return a, size, replace, p, axis


@FEW
@given(case=choice_cases())
def test_choice_shapes_and_dtypes_as_numpy(case):
    a, size, replace, p, axis = case
    expected = np.asarray(np_rng().choice(a, size, replace, p, axis))
    ta = a if isinstance(a, int) else tnp_core.asarray(a)
    got = values(rng().choice(ta, size, replace, p, axis))
    assert got.shape == expected.shape
    assert got.dtype == expected.dtype
    population = np.arange(a) if isinstance(a, int) else a
    assert set(got.ravel()) <= set(population.ravel())


def test_choice_without_replacement_is_distinct():
    for p in (None, np.full(50, 1 / 50)):
        drawn = values(rng(1).choice(50, 50, replace=False, p=p))
        assert sorted(drawn) == list(range(50))
    rows = values(rng(2).choice(np.arange(12).reshape(6, 2), 4, replace=False))
    assert len({tuple(r) for r in rows}) == 4
    assert all(r[1] == r[0] + 1 for r in rows)


def test_choice_along_an_axis():
    a = np.arange(12).reshape(3, 4)
    got = values(rng().choice(tnp_core.asarray(a), (2, 5), axis=1))
    assert got.shape == (3, 2, 5)
    assert np.all(got - got[0] == np.array([0, 4, 8])[:, None, None])


def test_choice_follows_p():
    p = np.array([0.1, 0.0, 0.6, 0.3])
    drawn = values(rng(3).choice(4, 40000, p=p))
    freq = np.bincount(drawn, minlength=4) / drawn.size
    np.testing.assert_allclose(freq, p, atol=0.01)
    assert freq[1] == 0
    # without replacement, the first draw follows p and zero weights never appear
    firsts = values(rng(4).choice(4, (1,), replace=False, p=p))
    assert firsts[0] != 1
    pairs = np.array([values(g.choice(4, 2, replace=False, p=p)) for g in rng(5).spawn(300)])
    assert 1 not in pairs
    assert abs(np.mean(pairs[:, 0] == 2) - 0.6) < 0.1


def test_choice_single_items_are_0d_and_shuffle_flag_is_accepted():
    assert rng().choice(5).shape == ()
    assert rng().choice(np.array(5)).shape == ()
    assert rng().choice([[1, 2], [3, 4]]).shape == (2,)
    assert sorted(values(rng().choice(5, 5, replace=False, shuffle=False))) == list(range(5))


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        ((0,), {}),
        ((0,), {"size": 0}),
        ((-1,), {}),
        (([],), {}),
        (([],), {"size": 0}),
        ((2.5,), {}),
        ((5, 6), {"replace": False}),
        ((5,), {"p": [0.5, 0.5]}),
        ((2,), {"p": [0.5, 0.6]}),
        ((2,), {"p": [-0.5, 1.5]}),
        ((2,), {"p": [[0.5, 0.5]]}),
        ((2,), {"p": [np.nan, 1.0]}),
        ((3, 2), {"replace": False, "p": [1, 0, 0]}),
        ((2,), {"p": [0.5, 0.5 + 1e-9]}),
        ((5,), {"p": [0.2] * 5, "size": 0}),
        (([[1, 2], [3, 4], [5, 6]],), {"axis": 2}),
        (([[1, 2], [3, 4], [5, 6]], 2), {"axis": -1}),
        ((5,), {"size": -2}),
    ],
)
def test_choice_outcomes_as_numpy(args, kwargs):
    same_outcome(lambda: np_rng().choice(*args, **kwargs), lambda: rng().choice(*args, **kwargs))


# ----------------------------------------------------------------------------- shuffling
@pytest.mark.parametrize("axis", [0, 1, -1])
def test_shuffle_permutes_slices_in_place(axis):
    base = np.arange(24).reshape(4, 6)
    x = tnp_core.asarray(base.copy())
    result = rng(1).shuffle(x, axis=axis)
    assert result is None
    got = values(x)
    ax = axis % 2
    # whole slices move: sorting the moved axis restores the original
    order = np.argsort(np.take(got, 0, axis=1 - ax))
    np.testing.assert_array_equal(np.take(got, order, axis=ax), base)
    assert not np.array_equal(got, base)


def test_shuffle_of_a_view_writes_through():
    base = tnp_core.arange(10)
    rng(2).shuffle(base[2:8])
    got = values(base)
    np.testing.assert_array_equal(got[[0, 1, 8, 9]], [0, 1, 8, 9])
    assert sorted(got[2:8]) == list(range(2, 8))


def test_shuffle_of_a_list():
    items = list(range(20))
    rng(3).shuffle(items)
    assert sorted(items) == list(range(20))
    assert items != list(range(20))
    again = list(range(20))
    rng(3).shuffle(again)
    assert again == items
    empty: list[int] = []
    rng().shuffle(empty)
    assert empty == []


@pytest.mark.parametrize(
    ("x", "kwargs"),
    [
        (lambda m: m.asarray(5), {}),
        (lambda m: [[1, 2], [3, 4]], {"axis": 1}),
        (lambda m: m.arange(3), {"axis": 1}),
        (lambda m: (1, 2), {}),
        (lambda m: 5, {}),
    ],
)
def test_shuffle_errors_as_numpy(x, kwargs):
    with pytest.raises(Exception) as expected:
        np_rng().shuffle(x(np), **kwargs)
    with pytest.raises(Exception) as got:
        rng().shuffle(x(tnp_core), **kwargs)
    assert type(got.value).__name__ == expected.type.__name__
    assert str(got.value) == str(expected.value)


def test_shuffle_refuses_read_only_arrays():
    x = tnp_core.arange(4)
    x.flags.writeable = False
    with pytest.raises(ValueError, match="read-only"):
        rng().shuffle(x)


def test_permutation_of_an_int_and_of_arrays():
    got = values(rng(1).permutation(10))
    assert got.dtype == np.int64
    assert sorted(got) == list(range(10))
    assert values(rng().permutation(-1)).shape == (0,)
    x = tnp_core.asarray(np.arange(12).reshape(3, 4))
    shuffled = values(rng(2).permutation(x, axis=1))
    assert sorted(shuffled[0]) == [0, 1, 2, 3]
    np.testing.assert_array_equal(shuffled, np.arange(12).reshape(3, 4)[:, shuffled[0]])
    np.testing.assert_array_equal(values(x), np.arange(12).reshape(3, 4))  # a copy
    assert values(rng().permutation([1.5, 2.5])).dtype == np.float64


@pytest.mark.parametrize(
    ("x", "kwargs"),
    [
        (lambda m: m.asarray(5), {}),
        (lambda m: 2.5, {}),
        (lambda m: [[1, 2]], {"axis": 2}),
        (lambda m: [[1, 2]], {"axis": -3}),
        (lambda m: m.zeros((0, 3)), {}),
        (lambda m: m.zeros((2, 0)), {"axis": 1}),
    ],
)
def test_permutation_outcomes_as_numpy(x, kwargs):
    same_outcome(
        lambda: np_rng().permutation(x(np), **kwargs),
        lambda: rng().permutation(x(tnp_core), **kwargs),
    )


@pytest.mark.parametrize("axis", [None, 0, 1, -1])
def test_permuted_shuffles_each_slice_independently(axis):
    base = np.arange(60).reshape(6, 10)
    got = values(rng(4).permuted(base, axis=axis))
    assert got.shape == base.shape
    if axis is None:
        assert sorted(got.ravel()) == list(range(60))
    else:
        np.testing.assert_array_equal(np.sort(got, axis=axis), base)
        if axis in (1, -1):
            # the rows are not all shuffled the same way
            assert len({tuple(row - row.min()) for row in got}) > 1


def test_permuted_out():
    x = tnp_core.arange(6)
    out = tnp_core.zeros(6)
    assert rng().permuted(x, out=out) is out
    assert sorted(values(out)) == list(range(6))
    rng().permuted(x, out=x)
    assert sorted(values(x)) == list(range(6))


@pytest.mark.parametrize(
    ("x", "kwargs"),
    [
        (lambda m: m.asarray(3), {}),
        (lambda m: m.arange(3), {"axis": 1}),
        (lambda m: m.arange(3), {"out": lambda m: m.zeros(4)}),
        (lambda m: [1, 2, 3], {}),
    ],
)
def test_permuted_outcomes_as_numpy(x, kwargs):
    def call(module, r):
        kw = {k: v(module) if callable(v) else v for k, v in kwargs.items()}
        return r.permuted(x(module), **kw)

    same_outcome(lambda: call(np, np_rng()), lambda: call(tnp_core, rng()))


# ----------------------------------------------------------------------------- bytes, spawn
def test_bytes():
    got = rng(9).bytes(16)
    assert isinstance(got, bytes)
    assert len(got) == 16
    assert got == rng(9).bytes(16)
    assert rng().bytes(0) == b""
    assert len(set(rng(1).bytes(4000))) > 200
    with pytest.raises(TypeError):
        rng().bytes(2.5)


def test_spawn_gives_independent_generators():
    parent = rng(10)
    children = parent.spawn(3)
    assert all(isinstance(c, tnp_random.Generator) for c in children)
    assert all(type(c.bit_generator) is tnp_random.PCG64 for c in children)
    draws = {tuple(values(c.random(3))) for c in children}
    assert len(draws) == 3
    again = rng(10).spawn(3)
    assert tuple(values(again[2].random(3))) in draws
    assert parent.bit_generator.seed_seq.n_children_spawned == 3


def test_spawn_of_a_legacy_seeded_bit_generator_is_refused():
    legacy = tnp_random.RandomState(5)._bit_generator
    with pytest.raises(TypeError, match="spawning"):
        tnp_random.Generator(legacy).spawn(1)


def test_default_rng_accepts_every_seed_kind():
    seq = tnp_random.SeedSequence(77)
    reference = values(rng(77).random(3))
    np.testing.assert_array_equal(values(tnp_random.default_rng(seq).random(3)), reference)
    bg = tnp_random.PCG64(77)
    from_bg = tnp_random.default_rng(bg)
    assert from_bg.bit_generator is bg
    np.testing.assert_array_equal(values(from_bg.random(3)), reference)
    mt = tnp_random.default_rng(tnp_random.MT19937(77))
    assert type(mt.bit_generator) is tnp_random.MT19937
    assert tnp_random.Generator(tnp_random.PCG64(77)).bit_generator.seed_seq.entropy == 77
    assert str(mt) == str(np.random.default_rng(np.random.MT19937(77)))


@pytest.mark.parametrize("bad", [5, None, tnp_random.SeedSequence(1)])
def test_generator_needs_a_bit_generator(bad):
    with pytest.raises(TypeError, match="BitGenerator"):
        tnp_random.Generator(bad)


# ----------------------------------------------------------------------------- CUDA
@pytest.mark.cuda
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_sampling_on_cuda_does_not_synchronise():
    previous = tnp_core.get_default_device()
    tnp_core.set_default_device("cuda")
    try:
        g = tnp_random.default_rng(1)
        g.random(10)  # make the stream first
        torch.cuda.set_sync_debug_mode("error")
        try:
            a = g.random(1000)
            b = g.integers(0, 100, 1000)
            c = g.integers(0, 2**64, 10, dtype="uint64")
            d_low = g.integers(0, 5, 10)
            d = g.integers(d_low, 10)
            e = g.choice(50, 20, replace=False)
            f = g.permutation(100)
            h = g.permuted(a, axis=0)
            i = g.choice(a, 5, p=tnp_core.ones(1000) / 1000)
            j = g.choice(50, 20, replace=False, p=tnp_core.ones(50) / 50)
            k = tnp_random.RandomState(2).randint(0, 7, 10)
            g.shuffle(h)
        finally:
            torch.cuda.set_sync_debug_mode("default")
        for x in (a, b, c, d, e, f, h, i, j, k):
            assert x.device.type == "cuda"
        low_values, drawn = values(d_low), values(d)
        assert np.all((drawn >= low_values) & (drawn < 10))
        assert sorted(values(f)) == list(range(100))
        again = tnp_random.default_rng(1)
        again.random(10)
        np.testing.assert_array_equal(values(again.random(1000)), values(a))
    finally:
        tnp_core.set_default_device(previous)
