"""RandomState and numpy.random's module-level functions (the global RandomState).

The numbers are torch's, not NumPy's MT19937 ones: NumPy is the oracle for shapes, dtypes
and errors; values are checked for range, reproducibility and distribution.
"""

from __future__ import annotations

import pickle
import warnings

import numpy as np
import pytest
import torch

import tnp_core
import tnp_random

LEGACY_ONLY = [
    "seed",
    "get_state",
    "set_state",
    "rand",
    "randn",
    "randint",
    "random_integers",
    "random_sample",
    "tomaxint",
]


def values(x: object) -> np.ndarray:
    assert isinstance(x, tnp_core.ndarray), type(x)
    return x.tensor.detach().cpu().numpy()


def outcome(call):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            result = call()
    except Exception as exc:  # noqa: BLE001 - the exception is the outcome compared
        return ("error", type(exc).__name__, str(exc))
    data = values(result) if isinstance(result, tnp_core.ndarray) else np.asarray(result)
    return ("ok", data.shape, data.dtype.name)


def same_outcome(np_call, tnp_call):
    expected, got = outcome(np_call), outcome(tnp_call)
    assert got == expected


# ----------------------------------------------------------------------------- RandomState
def test_random_state_seeds_like_the_module_functions():
    tnp_random.seed(42)
    module = values(tnp_random.rand(5))
    np.testing.assert_array_equal(values(tnp_random.RandomState(42).rand(5)), module)
    # an int seed is the stream torch.manual_seed starts on the CPU
    torch_stream = torch.rand(5, generator=torch.Generator().manual_seed(42), dtype=torch.float64)
    if tnp_core.get_default_device().type == "cpu":
        np.testing.assert_array_equal(module, torch_stream.numpy())


def test_random_state_reseeds_and_reproduces():
    rs = tnp_random.RandomState(1)
    first = values(rs.random_sample(4))
    rs.seed(1)
    np.testing.assert_array_equal(values(rs.random_sample(4)), first)
    rs.seed([1, 2])
    assert not np.array_equal(values(rs.random_sample(4)), first)
    rs.seed()
    assert values(rs.random_sample(4)).shape == (4,)


def test_random_state_of_a_bit_generator():
    bg = tnp_random.PCG64(3)
    rs = tnp_random.RandomState(bg)
    assert rs._bit_generator is bg
    assert str(rs) == str(np.random.RandomState(np.random.PCG64(3))) == "RandomState(PCG64)"
    assert str(tnp_random.RandomState(1)) == "RandomState(MT19937)"
    np.testing.assert_array_equal(
        values(rs.random(3)), values(tnp_random.Generator(tnp_random.PCG64(3)).random(3))
    )
    with pytest.raises(TypeError, match="MT19937"):
        rs.seed(4)
    with pytest.raises(TypeError, match="MT19937"):
        np.random.RandomState(np.random.PCG64(3)).seed(4)


@pytest.mark.parametrize("bad", [-1, 2**32, [2**32], [0, -1]])
def test_random_state_seed_out_of_range(bad):
    with pytest.raises(ValueError, match=r"Seed must be between 0 and 2\*\*32 - 1"):
        np.random.RandomState(bad)
    with pytest.raises(ValueError, match=r"Seed must be between 0 and 2\*\*32 - 1"):
        tnp_random.RandomState(bad)


@pytest.mark.parametrize("bad", [1.5, "seed", [1.5]])
def test_random_state_seed_of_the_wrong_type(bad):
    with pytest.raises(TypeError):
        np.random.RandomState(bad)
    with pytest.raises(TypeError):
        tnp_random.RandomState(bad)


def test_get_state_and_set_state_round_trip():
    rs = tnp_random.RandomState(5)
    rs.rand(3)
    state = rs.get_state()
    assert state["bit_generator"] == "MT19937"
    assert rs.get_state(legacy=False)["state"]["seed"] == state["state"]["seed"]
    expected = values(rs.rand(4))
    rs.rand(10)
    rs.set_state(state)
    np.testing.assert_array_equal(values(rs.rand(4)), expected)
    with pytest.raises(ValueError, match="dict"):
        rs.set_state(("MT19937", [0] * 624, 0, 0, 0.0))
    with pytest.raises(ValueError, match="MT19937"):
        rs.set_state(tnp_random.PCG64(1).state)


def test_module_get_state_and_set_state():
    tnp_random.seed(9)
    state = tnp_random.get_state()
    expected = values(tnp_random.randn(3))
    tnp_random.set_state(state)
    np.testing.assert_array_equal(values(tnp_random.randn(3)), expected)


def test_pickled_random_state_continues_the_stream():
    rs = tnp_random.RandomState(6)
    rs.rand(2)
    clone = pickle.loads(pickle.dumps(rs))
    np.testing.assert_array_equal(values(clone.rand(3)), values(rs.rand(3)))


def test_multivariate_hypergeometric_is_generator_only():
    assert not hasattr(np.random.RandomState(0), "multivariate_hypergeometric")
    assert not hasattr(tnp_random.RandomState(0), "multivariate_hypergeometric")
    assert not hasattr(tnp_random.RandomState, "multivariate_hypergeometric")
    assert not hasattr(tnp_random, "multivariate_hypergeometric")
    assert hasattr(tnp_random.default_rng(0), "multivariate_hypergeometric")


def test_generator_only_methods_are_absent_from_random_state():
    for name in ("integers", "permuted", "spawn", "bit_generator"):
        assert not hasattr(tnp_random.RandomState(0), name)
    for name in ("tomaxint", "randint", "random_integers", "rand", "seed"):
        assert not hasattr(tnp_random.default_rng(0), name)


# ----------------------------------------------------------------------------- floats
@pytest.mark.parametrize("name", ["random_sample", "random"])
@pytest.mark.parametrize("size", [None, 0, 3, (2, 3), ()])
def test_uniform_floats(name, size):
    expected = np.asarray(getattr(np.random.RandomState(0), name)(size))
    got = values(getattr(tnp_random.RandomState(0), name)(size))
    assert got.shape == expected.shape
    assert got.dtype == expected.dtype
    assert np.all((got >= 0) & (got < 1))


@pytest.mark.parametrize("name", ["ranf", "sample", "random_sample", "random"])
def test_module_uniform_aliases(name):
    tnp_random.seed(3)
    got = values(getattr(tnp_random, name)((2, 2)))
    tnp_random.seed(3)
    np.testing.assert_array_equal(got, values(tnp_random.random_sample((2, 2))))


def test_legacy_floats_follow_the_default_float_dtype():
    previous = tnp_core.get_default_float_dtype()
    tnp_core.set_default_float_dtype(tnp_core.float32)
    try:
        rs = tnp_random.RandomState(0)
        assert rs.random_sample(2).dtype == tnp_core.float32
        assert rs.randn(2).dtype == tnp_core.float32
    finally:
        tnp_core.set_default_float_dtype(previous)


# ----------------------------------------------------------------------------- integers
@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        ((5,), {}),
        ((0, 5), {"size": (2, 3)}),
        ((0, 5), {"dtype": "uint64"}),
        ((0, 5), {"dtype": "int8", "size": 4}),
        ((0, 2), {"dtype": bool}),
        ((0, 5), {"dtype": bool}),
        ((5, 2), {}),
        ((5, 5), {}),
        ((0,), {}),
        ((-1, 5), {"dtype": "uint16"}),
        ((0, 5), {"dtype": "float64"}),
        (([0, 1], [3, 4]), {}),
        (([0, 1], [3, 4]), {"size": (3, 2)}),
        (([0, 1], [3, 4]), {"size": 3}),
        ((0, 2**63), {}),
        ((0, 5), {"size": -1}),
    ],
)
def test_randint_outcomes_as_numpy(args, kwargs):
    same_outcome(
        lambda: np.random.RandomState(0).randint(*args, **kwargs),
        lambda: tnp_random.RandomState(0).randint(*args, **kwargs),
    )


def test_randint_values_and_uniformity():
    drawn = values(tnp_random.RandomState(2).randint(3, 8, size=20000))
    assert drawn.dtype == np.int64
    assert drawn.min() == 3
    assert drawn.max() == 7
    freq = np.bincount(drawn - 3) / drawn.size
    np.testing.assert_allclose(freq, 0.2, atol=0.015)


def test_random_integers_is_inclusive_and_deprecated():
    rs = tnp_random.RandomState(0)
    with pytest.warns(DeprecationWarning, match=r"randint\(1, 6 \+ 1\)"):
        drawn = values(rs.random_integers(6, size=3000))
    assert drawn.min() == 1
    assert drawn.max() == 6
    with pytest.warns(DeprecationWarning, match=r"randint\(2, 4 \+ 1\)"):
        both = values(rs.random_integers(2, 4, size=(2, 2)))
    assert both.shape == (2, 2)
    assert set(both.ravel()) <= {2, 3, 4}
    with pytest.warns(DeprecationWarning, match="deprecated"):
        assert tnp_random.random_integers(3).shape == ()
    for args in ((5,), (1, 5, (2,))):
        same_outcome(
            lambda a=args: np.random.RandomState(0).random_integers(*a),
            lambda a=args: tnp_random.RandomState(0).random_integers(*a),
        )


def test_tomaxint():
    rs = tnp_random.RandomState(0)
    drawn = values(rs.tomaxint(1000))
    assert drawn.dtype == np.int64
    assert drawn.min() >= 0
    assert np.mean(drawn > 2**62) > 0.4
    assert rs.tomaxint().shape == ()
    assert rs.tomaxint((2, 3)).shape == (2, 3)


# ----------------------------------------------------------------------------- choice etc.
@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        ((5, 3), {}),
        ((5, (2, 2)), {"replace": False}),
        (([1.5, 2.5, 3.5], 4), {"p": [0.2, 0.3, 0.5]}),
        ((4, 2), {"replace": False, "p": [0.1, 0.2, 0.3, 0.4]}),
        ((5,), {}),
        (([[1, 2], [3, 4]],), {}),
        ((5,), {"p": [0.2] * 4}),
        ((5, 6), {"replace": False}),
        ((0,), {}),
        (([],), {}),
        ((2.5,), {}),
        ((2,), {"p": [0.5, 0.6]}),
        ((2,), {"p": [-0.5, 1.5]}),
        ((2,), {"p": [[0.5, 0.5]]}),
        ((2,), {"p": [np.nan, 1.0]}),
        ((3, 2), {"replace": False, "p": [1, 0, 0]}),
    ],
)
def test_choice_outcomes_as_numpy(args, kwargs):
    same_outcome(
        lambda: np.random.RandomState(0).choice(*args, **kwargs),
        lambda: tnp_random.RandomState(0).choice(*args, **kwargs),
    )


def test_choice_values():
    drawn = values(tnp_random.RandomState(1).choice([10, 20, 30], 6000, p=[0.5, 0.0, 0.5]))
    assert set(drawn) == {10, 30}
    assert abs(np.mean(drawn == 10) - 0.5) < 0.03
    distinct = values(tnp_random.RandomState(1).choice(8, 8, replace=False))
    assert sorted(distinct) == list(range(8))


def test_shuffle_and_permutation():
    rs = tnp_random.RandomState(3)
    x = tnp_core.arange(12).reshape(4, 3)
    rs.shuffle(x)
    rows = values(x)
    assert sorted(map(tuple, rows)) == [tuple(r) for r in np.arange(12).reshape(4, 3)]
    items = list("abcdef")
    tnp_random.shuffle(items)
    assert sorted(items) == list("abcdef")
    perm = values(tnp_random.permutation(6))
    assert sorted(perm) == list(range(6))
    copied = values(rs.permutation(tnp_core.arange(5)))
    assert sorted(copied) == list(range(5))
    with pytest.raises(IndexError, match="at least 1-dimensional"):
        np.random.RandomState(0).permutation(np.array(5))
    with pytest.raises(IndexError, match="at least 1-dimensional"):
        rs.permutation(tnp_core.asarray(5))
    with pytest.raises(TypeError, match="unsized"):
        rs.shuffle(tnp_core.asarray(5))


def test_bytes():
    tnp_random.seed(4)
    first = tnp_random.bytes(10)
    assert isinstance(first, bytes)
    assert len(first) == 10
    tnp_random.seed(4)
    assert tnp_random.bytes(10) == first
    assert len(tnp_random.RandomState(0).bytes(3)) == 3


def test_module_functions_share_one_state():
    tnp_random.seed(11)
    a = values(tnp_random.rand(2))
    b = values(tnp_random.randint(0, 100, 2))
    c = values(tnp_random.standard_normal(2))
    tnp_random.seed(11)
    np.testing.assert_array_equal(values(tnp_random.rand(2)), a)
    np.testing.assert_array_equal(values(tnp_random.randint(0, 100, 2)), b)
    np.testing.assert_array_equal(values(tnp_random.standard_normal(2)), c)


def test_module_distributions_use_legacy_spellings():
    tnp_random.seed(0)
    assert values(tnp_random.standard_normal(3)).shape == (3,)
    assert values(tnp_random.poisson(3.0, 5)).dtype == np.asarray(np.random.poisson(3.0, 5)).dtype
    assert values(tnp_random.normal(0, [1, 2], size=(4, 2))).shape == (4, 2)


@pytest.mark.parametrize("name", LEGACY_ONLY)
def test_legacy_methods_exist_on_random_state(name):
    assert callable(getattr(tnp_random.RandomState(0), name))
