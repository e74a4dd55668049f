"""Every in-scope name of numpy.random, Generator and RandomState, called as NumPy's.

The name lists are the ``numpy.random``, ``numpy.random.Generator`` and
``numpy.random.RandomState`` rows of ``shared/api/numpy-api.tsv``. Each name is called with
representative arguments on tnp and on NumPy, and the results must agree in kind, shape and
dtype (the values differ: tnp's streams are torch's).
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest

import tnp_core
import tnp_random

MODULE_NAMES = [
    "BitGenerator",
    "Generator",
    "MT19937",
    "PCG64",
    "PCG64DXSM",
    "Philox",
    "RandomState",
    "SFC64",
    "SeedSequence",
    "beta",
    "binomial",
    "bytes",
    "chisquare",
    "choice",
    "default_rng",
    "dirichlet",
    "exponential",
    "f",
    "gamma",
    "geometric",
    "get_state",
    "gumbel",
    "hypergeometric",
    "laplace",
    "logistic",
    "lognormal",
    "logseries",
    "multinomial",
    "multivariate_normal",
    "negative_binomial",
    "noncentral_chisquare",
    "noncentral_f",
    "normal",
    "pareto",
    "permutation",
    "poisson",
    "power",
    "rand",
    "randint",
    "randn",
    "random",
    "random_integers",
    "random_sample",
    "ranf",
    "rayleigh",
    "sample",
    "seed",
    "set_state",
    "shuffle",
    "standard_cauchy",
    "standard_exponential",
    "standard_gamma",
    "standard_normal",
    "standard_t",
    "triangular",
    "uniform",
    "vonmises",
    "wald",
    "weibull",
    "zipf",
]

GENERATOR_NAMES = [
    "Generator",
    "beta",
    "binomial",
    "bit_generator",
    "bytes",
    "chisquare",
    "choice",
    "dirichlet",
    "exponential",
    "f",
    "gamma",
    "geometric",
    "gumbel",
    "hypergeometric",
    "integers",
    "laplace",
    "logistic",
    "lognormal",
    "logseries",
    "multinomial",
    "multivariate_hypergeometric",
    "multivariate_normal",
    "negative_binomial",
    "noncentral_chisquare",
    "noncentral_f",
    "normal",
    "pareto",
    "permutation",
    "permuted",
    "poisson",
    "power",
    "random",
    "rayleigh",
    "shuffle",
    "spawn",
    "standard_cauchy",
    "standard_exponential",
    "standard_gamma",
    "standard_normal",
    "standard_t",
    "triangular",
    "uniform",
    "vonmises",
    "wald",
    "weibull",
    "zipf",
]

RANDOM_STATE_NAMES = [
    "RandomState",
    "beta",
    "binomial",
    "bytes",
    "chisquare",
    "choice",
    "dirichlet",
    "exponential",
    "f",
    "gamma",
    "geometric",
    "get_state",
    "gumbel",
    "hypergeometric",
    "laplace",
    "logistic",
    "lognormal",
    "logseries",
    "multinomial",
    "multivariate_normal",
    "negative_binomial",
    "noncentral_chisquare",
    "noncentral_f",
    "normal",
    "pareto",
    "permutation",
    "poisson",
    "power",
    "rand",
    "randint",
    "randn",
    "random",
    "random_integers",
    "random_sample",
    "rayleigh",
    "seed",
    "set_state",
    "shuffle",
    "standard_cauchy",
    "standard_exponential",
    "standard_gamma",
    "standard_normal",
    "standard_t",
    "tomaxint",
    "triangular",
    "uniform",
    "vonmises",
    "wald",
    "weibull",
    "zipf",
]

SIZE = (3, 2)

# representative arguments of every sampling method: (positional args, keywords)
DISTRIBUTIONS: dict[str, tuple[tuple[object, ...], dict[str, object]]] = {
    "beta": ((2.0, 3.0), {"size": SIZE}),
    "binomial": ((10, 0.3), {"size": SIZE}),
    "chisquare": ((3.0,), {"size": SIZE}),
    "dirichlet": (([1.0, 2.0, 3.0],), {"size": SIZE}),
    "exponential": ((2.0,), {"size": SIZE}),
    "f": ((3.0, 4.0), {"size": SIZE}),
    "gamma": ((2.0, 1.5), {"size": SIZE}),
    "geometric": ((0.3,), {"size": SIZE}),
    "gumbel": ((0.0, 1.0), {"size": SIZE}),
    "hypergeometric": ((10, 5, 7), {"size": SIZE}),
    "laplace": ((0.0, 1.0), {"size": SIZE}),
    "logistic": ((0.0, 1.0), {"size": SIZE}),
    "lognormal": ((0.0, 1.0), {"size": SIZE}),
    "logseries": ((0.5,), {"size": SIZE}),
    "multinomial": ((10, [0.2, 0.3, 0.5]), {"size": SIZE}),
    "multivariate_hypergeometric": (([3, 4, 5], 6), {"size": SIZE}),
    "multivariate_normal": (([0.0, 1.0], [[1.0, 0.5], [0.5, 2.0]]), {"size": SIZE}),
    "negative_binomial": ((5, 0.5), {"size": SIZE}),
    "noncentral_chisquare": ((3.0, 1.0), {"size": SIZE}),
    "noncentral_f": ((3.0, 4.0, 1.0), {"size": SIZE}),
    "normal": (([0.0, 10.0], 1.0), {"size": SIZE}),
    "pareto": ((3.0,), {"size": SIZE}),
    "poisson": ((3.0,), {"size": SIZE}),
    "power": ((2.0,), {"size": SIZE}),
    "rayleigh": ((1.0,), {"size": SIZE}),
    "standard_cauchy": ((), {"size": SIZE}),
    "standard_exponential": ((), {"size": SIZE}),
    "standard_gamma": ((2.0,), {"size": SIZE}),
    "standard_normal": ((), {"size": SIZE}),
    "standard_t": ((3.0,), {"size": SIZE}),
    "triangular": ((0.0, 1.0, 2.0), {"size": SIZE}),
    "uniform": ((0.0, [1.0, 2.0]), {"size": SIZE}),
    "vonmises": ((0.0, 1.0), {"size": SIZE}),
    "wald": ((1.0, 1.0), {"size": SIZE}),
    "weibull": ((2.0,), {"size": SIZE}),
    "zipf": ((2.0,), {"size": SIZE}),
}

# the other methods and functions: a call taking the library (numpy or tnp_core), the
# random namespace and the object under test
OTHERS = {
    "bytes": lambda lib, rnd, obj: obj.bytes(5),
    "choice": lambda lib, rnd, obj: obj.choice(5, 3, p=[0.1, 0.2, 0.3, 0.2, 0.2]),
    "get_state": lambda lib, rnd, obj: obj.get_state(),
    "set_state": lambda lib, rnd, obj: obj.set_state(obj.get_state()),
    "seed": lambda lib, rnd, obj: obj.seed(1),
    "shuffle": lambda lib, rnd, obj: obj.shuffle(lib.arange(6)),
    "permutation": lambda lib, rnd, obj: obj.permutation(lib.arange(6).reshape(3, 2)),
    "permuted": lambda lib, rnd, obj: obj.permuted(lib.arange(6).reshape(3, 2), axis=1),
    "rand": lambda lib, rnd, obj: obj.rand(3, 2),
    "randn": lambda lib, rnd, obj: obj.randn(3, 2),
    "randint": lambda lib, rnd, obj: obj.randint(0, 10, SIZE, dtype="int32"),
    "integers": lambda lib, rnd, obj: obj.integers(0, 10, SIZE, endpoint=True),
    "random": lambda lib, rnd, obj: obj.random(SIZE),
    "random_integers": lambda lib, rnd, obj: obj.random_integers(1, 6, SIZE),
    "random_sample": lambda lib, rnd, obj: obj.random_sample(SIZE),
    "ranf": lambda lib, rnd, obj: obj.ranf(SIZE),
    "sample": lambda lib, rnd, obj: obj.sample(SIZE),
    "tomaxint": lambda lib, rnd, obj: obj.tomaxint(SIZE),
    "spawn": lambda lib, rnd, obj: obj.spawn(2),
    "bit_generator": lambda lib, rnd, obj: obj.bit_generator,
    "default_rng": lambda lib, rnd, obj: obj.default_rng(0),
    "Generator": lambda lib, rnd, obj: rnd.Generator(rnd.PCG64(0)),
    "RandomState": lambda lib, rnd, obj: rnd.RandomState(0),
    "SeedSequence": lambda lib, rnd, obj: rnd.SeedSequence(0),
    "BitGenerator": lambda lib, rnd, obj: rnd.BitGenerator(0),
    "MT19937": lambda lib, rnd, obj: rnd.MT19937(0),
    "PCG64": lambda lib, rnd, obj: rnd.PCG64(0),
    "PCG64DXSM": lambda lib, rnd, obj: rnd.PCG64DXSM(0),
    "Philox": lambda lib, rnd, obj: rnd.Philox(0),
    "SFC64": lambda lib, rnd, obj: rnd.SFC64(0),
}

# the kinds of results where tnp deliberately differs from NumPy's
STATE_KINDS = {"get_state"}  # tnp: a dict; NumPy's legacy get_state: an MT19937 tuple


def call(name, lib, rnd, obj):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        if name in DISTRIBUTIONS:
            args, kwargs = DISTRIBUTIONS[name]
            return getattr(obj, name)(*args, **kwargs)
        return OTHERS[name](lib, rnd, obj)


def summary(name, result):
    """What must agree: the kind of result, and shape and dtype for arrays."""
    if isinstance(result, (tnp_core.ndarray, np.ndarray, np.generic, int, float, bool)):
        data = result.tensor.cpu().numpy() if isinstance(result, tnp_core.ndarray) else result
        data = np.asarray(data)
        return ("array", data.shape, data.dtype.name)
    if isinstance(result, list):
        return ("list", len(result), type(result[0]).__name__)
    if name in STATE_KINDS:
        return ("state",)
    return (type(result).__name__,)


def outcome(name, lib, rnd, obj):
    try:
        return summary(name, call(name, lib, rnd, obj))
    except Exception as exc:  # noqa: BLE001 - the exception is the outcome compared
        return ("error", type(exc).__name__)


def test_every_name_has_representative_arguments():
    covered = set(DISTRIBUTIONS) | set(OTHERS)
    missing = (set(MODULE_NAMES) | set(GENERATOR_NAMES) | set(RANDOM_STATE_NAMES)) - covered
    assert not missing


@pytest.mark.parametrize("name", MODULE_NAMES)
def test_module_name(name):
    assert hasattr(tnp_random, name)
    np.random.seed(0)
    tnp_random.seed(0)
    expected = outcome(name, np, np.random, np.random)
    got = outcome(name, tnp_core, tnp_random, tnp_random)
    assert got == expected


@pytest.mark.parametrize("name", GENERATOR_NAMES)
def test_generator_name(name):
    expected = outcome(name, np, np.random, np.random.default_rng(0))
    got = outcome(name, tnp_core, tnp_random, tnp_random.default_rng(0))
    assert got == expected


@pytest.mark.parametrize("name", RANDOM_STATE_NAMES)
def test_random_state_name(name):
    expected = outcome(name, np, np.random, np.random.RandomState(0))
    got = outcome(name, tnp_core, tnp_random, tnp_random.RandomState(0))
    assert got == expected


def test_module_all_lists_the_tsv_names():
    assert set(tnp_random.__all__) == set(MODULE_NAMES)
