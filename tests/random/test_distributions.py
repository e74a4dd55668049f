"""tnp_random's distributions: moments, goodness of fit against NumPy's samplers, and NumPy's
shapes, dtypes, broadcasting and errors.

The streams are torch's, so NumPy is the oracle for the distributions (two-sample
Kolmogorov-Smirnov and chi-square tests at fixed seeds, with thresholds at the 0.1% level)
and for everything checked and raised, not for the numbers themselves.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable
from typing import Any, ClassVar

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

import tnp_core
import tnp_random
from tnp_random._distributions import DistributionMethods

N = 20_000
KS_C = 1.95  # two-sample KS critical coefficient at the 0.1% level
CHI2_Z = 3.09  # standard normal 0.1% upper quantile


class Host(DistributionMethods):
    """The smallest host of the mixin: one seeded generator per device, as ``Generator``.

    Its arrays go to tnp's default device, so ``--tnp-device`` runs it there.
    """

    _legacy: ClassVar[bool] = False

    def __init__(self, seed: int = 0) -> None:
        self.seed = seed
        self.gens: dict[torch.device, torch.Generator] = {}

    def _torch_generator(self, device: torch.device) -> torch.Generator:
        if device not in self.gens:
            self.gens[device] = torch.Generator(device=device).manual_seed(self.seed)
        return self.gens[device]

    def _output_device(self) -> torch.device:
        return tnp_core.get_default_device()


class LegacyHost(Host):
    """The same host behaving as ``RandomState``."""

    _legacy: ClassVar[bool] = True


def values(x: Any) -> np.ndarray:
    assert isinstance(x, tnp_core.ndarray)
    return x.tensor.detach().cpu().numpy()


# ----------------------------------------------------------------------------- oracles
def ks_statistic(a: np.ndarray, b: np.ndarray) -> float:
    """Two-sample Kolmogorov-Smirnov statistic: the largest gap between the empirical CDFs."""
    a, b = np.sort(a), np.sort(b)
    grid = np.concatenate([a, b])
    fa = np.searchsorted(a, grid, side="right") / a.size
    fb = np.searchsorted(b, grid, side="right") / b.size
    return float(np.max(np.abs(fa - fb)))


def assert_same_distribution_continuous(a: np.ndarray, b: np.ndarray) -> None:
    d = ks_statistic(a, b)
    limit = KS_C * math.sqrt((a.size + b.size) / (a.size * b.size))
    assert d < limit, f"KS statistic {d:.4f} >= {limit:.4f}"


def chi2_quantile(df: int) -> float:
    """Wilson-Hilferty approximation of the chi-square 99.9% quantile."""
    h = 2.0 / (9.0 * df)
    return df * (1.0 - h + CHI2_Z * math.sqrt(h)) ** 3


def assert_same_distribution_discrete(a: np.ndarray, b: np.ndarray) -> None:
    """Two-sample chi-square homogeneity test on the values, sparse tails pooled."""
    assert a.size == b.size
    support = np.union1d(a, b)
    ca = np.zeros(support.size)
    cb = np.zeros(support.size)
    for sample, counts in ((a, ca), (b, cb)):
        seen, k = np.unique(sample, return_counts=True)
        counts[np.searchsorted(support, seen)] = k
    # pool bins (in order) until each holds at least 20 draws from both samples together
    bins_a, bins_b, acc_a, acc_b = [], [], 0.0, 0.0
    for x, y in zip(ca, cb, strict=True):
        acc_a, acc_b = acc_a + x, acc_b + y
        if acc_a + acc_b >= 20:
            bins_a.append(acc_a)
            bins_b.append(acc_b)
            acc_a = acc_b = 0.0
    if acc_a + acc_b:
        if bins_a:
            bins_a[-1] += acc_a
            bins_b[-1] += acc_b
        else:
            bins_a.append(acc_a)
            bins_b.append(acc_b)
    fa, fb = np.array(bins_a), np.array(bins_b)
    if fa.size < 2:
        np.testing.assert_array_equal(np.unique(a), np.unique(b))
        return
    stat = float(np.sum((fa - fb) ** 2 / (fa + fb)))
    assert stat < chi2_quantile(fa.size - 1), f"chi2 {stat:.1f} with {fa.size - 1} df"


def assert_moments(x: np.ndarray, mean: float, var: float) -> None:
    """Sample mean and variance within six standard errors of the true ones."""
    x = x.astype(np.float64)
    n = x.size
    se_mean = math.sqrt(var / n)
    assert abs(x.mean() - mean) < 6 * se_mean + 1e-12, (x.mean(), mean)
    centred = x - x.mean()
    m4 = float(np.mean(centred**4))
    se_var = math.sqrt(max(m4 - var * var, 0.0) / n)
    assert abs(x.var() - var) < 6 * se_var + 1e-9 * var, (x.var(), var)


def zeta(s: float) -> float:
    k = np.arange(1, 200_001, dtype=np.float64)
    head = float(np.sum(k**-s))
    m = 200_000.5
    return head + m ** (1 - s) / (s - 1)


def bessel_i(order: int, x: float) -> float:
    return sum(
        (x / 2) ** (2 * m + order) / (math.factorial(m) * math.factorial(m + order))
        for m in range(60)
    )


# ----------------------------------------------------------------------------- the table
def _logseries_moments(p: float) -> tuple[float, float]:
    lg = math.log1p(-p)
    mean = -p / ((1 - p) * lg)
    var = -p * (p + lg) / ((1 - p) ** 2 * lg**2)
    return mean, var


def _hyper_moments(good: int, bad: int, n: int) -> tuple[float, float]:
    total = good + bad
    p = good / total
    return n * p, n * p * (1 - p) * (total - n) / (total - 1)


_g15 = math.gamma(1 + 1 / 1.5)
_zeta6 = zeta(6.0)
_zipf_mean = zeta(5.0) / _zeta6

# name, args, (mean, variance) or None, discrete
CASES: list[tuple[str, tuple[Any, ...], tuple[float, float] | None, bool]] = [
    ("normal", (1.0, 2.0), (1.0, 4.0), False),
    ("uniform", (1.0, 3.0), (2.0, 1 / 3), False),
    ("exponential", (2.0,), (2.0, 4.0), False),
    ("standard_normal", (), (0.0, 1.0), False),
    ("standard_exponential", (), (1.0, 1.0), False),
    ("standard_gamma", (2.5,), (2.5, 2.5), False),
    ("standard_gamma", (0.3,), (0.3, 0.3), False),
    ("gamma", (0.5, 2.0), (1.0, 2.0), False),
    ("gamma", (3.5, 2.0), (7.0, 14.0), False),
    ("beta", (0.3, 0.7), (0.3, 0.105), False),
    ("beta", (2.0, 5.0), (2 / 7, 10 / (49 * 8)), False),
    ("chisquare", (3.0,), (3.0, 6.0), False),
    ("noncentral_chisquare", (3.0, 2.0), (5.0, 14.0), False),
    ("noncentral_chisquare", (0.5, 2.0), (2.5, 9.0), False),
    ("f", (5.0, 12.0), (1.2, 1.08), False),
    ("noncentral_f", (5.0, 12.0, 2.0), (1.68, 2 * 2.4**2 * 139 / 800), False),
    ("standard_t", (6.0,), (0.0, 1.5), False),
    ("vonmises", (0.5, 2.0), None, False),
    ("vonmises", (-1.0, 1e-9), None, False),
    ("pareto", (5.0,), (0.25, 5 / 48), False),
    ("weibull", (1.5,), (_g15, math.gamma(1 + 2 / 1.5) - _g15**2), False),
    ("power", (2.0,), (2 / 3, 2 / 36), False),
    ("laplace", (1.0, 2.0), (1.0, 8.0), False),
    ("gumbel", (1.0, 2.0), (1.0 + 2.0 * 0.5772156649015329, math.pi**2 / 6 * 4), False),
    ("logistic", (1.0, 2.0), (1.0, math.pi**2 / 3 * 4), False),
    ("lognormal", (0.5, 0.5), (math.exp(0.625), (math.exp(0.25) - 1) * math.exp(1.25)), False),
    ("rayleigh", (2.0,), (2 * math.sqrt(math.pi / 2), (4 - math.pi) / 2 * 4), False),
    ("wald", (2.0, 3.0), (2.0, 8 / 3), False),
    ("triangular", (0.0, 1.0, 3.0), (4 / 3, 7 / 18), False),
    ("standard_cauchy", (), None, False),
    ("poisson", (3.5,), (3.5, 3.5), True),
    ("poisson", (123.4,), (123.4, 123.4), True),
    ("binomial", (20, 0.3), (6.0, 4.2), True),
    ("binomial", (5, 0.9), (4.5, 0.45), True),
    ("binomial", (1000, 0.7), (700.0, 210.0), True),
    ("binomial", (200, 0.05), (10.0, 9.5), True),
    ("negative_binomial", (5, 0.3), (5 * 0.7 / 0.3, 5 * 0.7 / 0.09), True),
    ("geometric", (0.2,), (5.0, 20.0), True),
    ("geometric", (0.7,), (1 / 0.7, 0.3 / 0.49), True),
    ("logseries", (0.6,), _logseries_moments(0.6), True),
    ("logseries", (0.95,), _logseries_moments(0.95), True),
    ("zipf", (6.0,), (_zipf_mean, zeta(4.0) / _zeta6 - _zipf_mean**2), True),
    ("hypergeometric", (7, 5, 4), _hyper_moments(7, 5, 4), True),
    ("hypergeometric", (5, 30, 25), _hyper_moments(5, 30, 25), True),
    ("hypergeometric", (700, 500, 400), _hyper_moments(700, 500, 400), True),
    ("hypergeometric", (50, 800, 700), _hyper_moments(50, 800, 700), True),
]


def _draw(obj: Any, name: str, args: tuple[Any, ...], size: Any) -> Any:
    return getattr(obj, name)(*args, size=size)


@pytest.mark.parametrize(("name", "args", "moments", "discrete"), CASES)
def test_distribution_matches_numpy(name, args, moments, discrete):
    ours = values(_draw(Host(11), name, args, N))
    theirs = _draw(np.random.default_rng(11), name, args, N)
    assert ours.dtype == theirs.dtype
    assert ours.shape == theirs.shape
    if moments is not None:
        assert_moments(ours, *moments)
    if discrete:
        assert_same_distribution_discrete(ours, theirs)
    else:
        assert_same_distribution_continuous(ours, theirs)


def test_vonmises_mean_direction_and_concentration():
    x = values(Host(3).vonmises(0.5, 2.0, N))
    assert np.all((x >= -np.pi) & (x <= np.pi))
    resultant = np.mean(np.exp(1j * (x - 0.5)))
    expected = bessel_i(1, 2.0) / bessel_i(0, 2.0)
    assert abs(resultant.real - expected) < 6 * math.sqrt(0.5 / N)
    assert abs(resultant.imag) < 6 * math.sqrt(0.5 / N)


def test_vonmises_large_kappa_is_a_narrow_normal():
    x = values(Host(3).vonmises(3.0, 1e7, N))
    assert_moments(x, 3.0, 1e-7)
    y = values(Host(3).vonmises(3.1, 1e7, N))
    assert np.all(np.abs(y) <= np.pi)


def test_standard_cauchy_median_and_quartiles():
    x = values(Host(4).standard_cauchy(N))
    q1, med, q3 = np.quantile(x, [0.25, 0.5, 0.75])
    assert abs(med) < 0.05
    assert abs(q1 + 1) < 0.06
    assert abs(q3 - 1) < 0.06


@pytest.mark.parametrize("legacy", [False, True])
def test_dirichlet_moments_and_rows(legacy):
    alpha = np.array([1.0, 2.0, 3.0])
    host = LegacyHost(5) if legacy else Host(5)
    x = values(host.dirichlet(alpha, N))
    assert x.shape == (N, 3)
    np.testing.assert_allclose(x.sum(axis=1), 1.0, rtol=1e-12)
    a0 = alpha.sum()
    for i in range(3):
        var = alpha[i] * (a0 - alpha[i]) / (a0 * a0 * (a0 + 1))
        assert_moments(x[:, i], alpha[i] / a0, var)
    assert_same_distribution_continuous(x[:, 0], np.random.default_rng(5).dirichlet(alpha, N)[:, 0])


def test_dirichlet_tiny_alpha_gives_valid_rows():
    x = values(Host(6).dirichlet([1e-3, 1e-3, 1e-3], 2000))
    assert not np.isnan(x).any()
    np.testing.assert_allclose(x.sum(axis=1), 1.0, rtol=1e-12)
    assert_moments(x[:, 0], 1 / 3, 2 / 9 / (3e-3 + 1))


def test_multinomial_moments_and_totals():
    p = np.array([0.2, 0.3, 0.5])
    x = values(Host(7).multinomial(20, p, N))
    assert x.dtype == np.int64
    assert x.shape == (N, 3)
    assert np.all(x.sum(axis=1) == 20)
    for i in range(3):
        assert_moments(x[:, i], 20 * p[i], 20 * p[i] * (1 - p[i]))
    theirs = np.random.default_rng(7).multinomial(20, p, N)
    assert_same_distribution_discrete(x[:, 1], theirs[:, 1])


def test_multinomial_large_n_uses_the_exact_binomial():
    x = values(Host(7).multinomial(10**6, [0.25, 0.25, 0.5], 4000))
    assert np.all(x.sum(axis=1) == 10**6)
    assert_moments(x[:, 0], 2.5e5, 10**6 * 0.25 * 0.75)


def test_multivariate_hypergeometric_moments():
    colors = np.array([5, 10, 15])
    for method in ("marginals", "count"):
        x = values(Host(8).multivariate_hypergeometric(colors, 12, N // 2, method=method))
        assert x.shape == (N // 2, 3)
        assert np.all(x.sum(axis=1) == 12)
        assert np.all(x <= colors)
        for i in range(3):
            assert_moments(x[:, i], *_hyper_moments(int(colors[i]), 30 - int(colors[i]), 12))
        theirs = np.random.default_rng(8).multivariate_hypergeometric(colors, 12, N // 2)
        assert_same_distribution_discrete(x[:, 2], theirs[:, 2])


@pytest.mark.parametrize("method", ["svd", "eigh", "cholesky"])
def test_multivariate_normal_moments(method):
    mean = np.array([1.0, -2.0, 0.5])
    cov = np.array([[2.0, 0.6, 0.1], [0.6, 1.0, -0.3], [0.1, -0.3, 0.5]])
    x = values(Host(9).multivariate_normal(mean, cov, N, method=method))
    assert x.shape == (N, 3)
    np.testing.assert_allclose(x.mean(axis=0), mean, atol=6 * math.sqrt(2 / N))
    np.testing.assert_allclose(np.cov(x.T), cov, atol=0.06)
    theirs = np.random.default_rng(9).multivariate_normal(mean, cov, N)
    assert_same_distribution_continuous(x[:, 1], theirs[:, 1])


def test_binomial_varied_parameters_in_one_call():
    n = np.array([0, 1, 7, 30, 500, 10**6])
    p = np.array([0.5, 0.0, 1.0, 0.5, 0.999, 0.3])
    x = values(Host(1).binomial(n, p, (4000, 6)))
    assert np.all(x[:, 0] == 0)
    assert np.all(x[:, 1] == 0)
    assert np.all(x[:, 2] == 7)
    assert_moments(x[:, 3], 15, 7.5)
    assert_moments(x[:, 4], 499.5, 500 * 0.999 * 0.001)
    assert_moments(x[:, 5], 3e5, 10**6 * 0.21)


def test_poisson_edge_rates():
    x = values(Host(1).poisson([0.0, 1e-3, 9.99, 10.0, 1e7], (4000, 5)))
    assert np.all(x[:, 0] == 0)
    assert_moments(x[:, 1], 1e-3, 1e-3)
    assert_moments(x[:, 2], 9.99, 9.99)
    assert_moments(x[:, 3], 10.0, 10.0)
    assert_moments(x[:, 4], 1e7, 1e7)


def test_zero_shape_and_degenerate_parameters():
    h = Host(2)
    assert np.all(values(h.standard_gamma(0.0, 10)) == 0)
    assert np.all(values(h.gamma(0.0, 2.0, 10)) == 0)
    assert np.all(values(h.weibull(0.0, 10)) == 0)
    assert np.all(values(h.geometric(1.0, 10)) == 1)
    assert np.all(values(h.logseries(0.0, 10)) == 1)
    assert np.all(values(h.negative_binomial(3, 1.0, 10)) == 0)
    assert np.all(values(h.normal(3.0, 0.0, 10)) == 3.0)
    assert np.all(values(h.hypergeometric(5, 0, 3, 10)) == 3)
    assert np.all(values(h.hypergeometric(0, 5, 3, 10)) == 0)
    assert np.all(values(h.hypergeometric(5, 5, 0, 10)) == 0)
    assert np.all(values(h.hypergeometric(50, 50, 100, 10)) == 50)


def test_nan_parameters_give_nan_like_numpy():
    h, g = Host(2), np.random.default_rng(2)
    for name, args in [
        ("normal", (np.nan, 1.0)),
        ("gamma", (np.nan,)),
        ("standard_gamma", (np.nan,)),
        ("beta", (np.nan, 1.0)),
        ("vonmises", (0.0, np.nan)),
        ("standard_t", (np.nan,)),
        ("noncentral_chisquare", (1.0, np.nan)),
        ("triangular", (np.nan, 0.0, 1.0)),
    ]:
        ours, theirs = values(_draw(h, name, args, 3)), _draw(g, name, args, 3)
        np.testing.assert_array_equal(np.isnan(ours), np.isnan(theirs), err_msg=name)


def test_extreme_parameters_match_numpy():
    h, g = Host(2), np.random.default_rng(2)
    for name, args in [
        ("zipf", (2000.0,)),
        ("zipf", (np.inf,)),
        ("dirichlet", ([0.0, 0.0],)),
        ("dirichlet", ([0.0, 2.0],)),
        ("geometric", (1e-300,)),
    ]:
        np.testing.assert_allclose(values(_draw(h, name, args, 3)), _draw(g, name, args, 3))


def test_infinite_shape_gives_infinity():
    assert np.all(np.isinf(values(Host().gamma(np.inf, 1.0, 3))))


def test_wald_and_triangular_stay_in_range():
    h = Host(1)
    assert np.all(values(h.wald(0.1, 100.0, N)) > 0)
    t = values(h.triangular(-1.0, -1.0, 2.0, N))
    assert np.all((t >= -1) & (t <= 2))
    u = values(h.uniform(-2.0, -1.0, N))
    assert np.all((u >= -2) & (u < -1))
    p = values(h.power(0.5, N))
    assert np.all((p >= 0) & (p <= 1))
    lg = values(h.logseries(0.999999, N))
    assert np.all(lg >= 1)
    z = values(h.zipf(1.05, 2000))
    assert np.all(z >= 1)


# ----------------------------------------------------------------------------- API vs NumPy
def _outcome(fn: Callable[[], Any]) -> tuple[str, Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            value = fn()
        except Exception as exc:  # noqa: BLE001 - the exception is the outcome compared
            return ("raise", (type(exc), str(exc)))
    arr = values(value) if isinstance(value, tnp_core.ndarray) else np.asarray(value)
    return ("ok", (arr.shape, arr.dtype))


def assert_same_outcome(
    np_fn: Callable[[], Any], ours_fn: Callable[[], Any], message: bool = True
) -> None:
    expected, got = _outcome(np_fn), _outcome(ours_fn)
    assert expected[0] == got[0], (expected, got)
    if expected[0] == "raise":
        (etype, emsg), (gtype, gmsg) = expected[1], got[1]
        assert issubclass(gtype, etype) or issubclass(etype, gtype), (expected, got)
        if message:
            assert emsg == gmsg
    else:
        assert expected[1] == got[1]


ERROR_CASES: list[tuple[str, tuple[Any, ...]]] = [
    ("normal", (0, -1)),
    ("normal", (0, -0.0)),
    ("normal", (0, [1.0, -1.0])),
    ("uniform", (0, np.inf)),
    ("uniform", (np.nan, 1)),
    ("uniform", (1, 0)),
    ("exponential", (-1,)),
    ("gamma", (-1,)),
    ("gamma", (1, -1)),
    ("standard_gamma", (-1,)),
    ("beta", (0, 1)),
    ("beta", (1, [1, -1])),
    ("chisquare", (0,)),
    ("noncentral_chisquare", (0, 1)),
    ("noncentral_chisquare", (1, -1)),
    ("f", (0, 1)),
    ("f", (1, 0)),
    ("noncentral_f", (1, 1, -1)),
    ("standard_t", (0,)),
    ("vonmises", (0, -1)),
    ("pareto", (0,)),
    ("weibull", (-1,)),
    ("power", (0,)),
    ("laplace", (0, -1)),
    ("gumbel", (0, -1)),
    ("logistic", (0, -1)),
    ("lognormal", (0, -1)),
    ("rayleigh", (-1,)),
    ("wald", (0, 1)),
    ("wald", (1, 0)),
    ("triangular", (1, 0, 2)),
    ("triangular", (0, 3, 2)),
    ("triangular", (1, 1, 1)),
    ("triangular", ([0, 1], [0.5, 0.5], 2)),
    ("binomial", (-1, 0.5)),
    ("binomial", (1, 1.5)),
    ("binomial", (1, np.nan)),
    ("binomial", (1, [0.5, 1.5])),
    ("binomial", (np.nan, 0.5)),
    ("binomial", (-10, 1.5)),
    ("negative_binomial", (0, 0.5)),
    ("negative_binomial", (1, 0)),
    ("negative_binomial", (1, 1.5)),
    ("negative_binomial", (np.nan, 0.5)),
    ("poisson", (-1,)),
    ("poisson", (1e19,)),
    ("poisson", (np.nan,)),
    ("poisson", ([1.0, -1.0],)),
    ("zipf", (1,)),
    ("zipf", (np.nan,)),
    ("geometric", (0,)),
    ("geometric", (1.5,)),
    ("geometric", (np.nan,)),
    ("logseries", (1,)),
    ("logseries", (-0.1,)),
    ("logseries", (np.nan,)),
    ("hypergeometric", (-1, 5, 1)),
    ("hypergeometric", (5, -1, 1)),
    ("hypergeometric", (1, 1, -1)),
    ("hypergeometric", (1, 1, 0)),
    ("hypergeometric", (1, 1, 3)),
    ("hypergeometric", (10**9, 1, 1)),
    ("hypergeometric", (np.nan, 5, 1)),
    ("hypergeometric", (1.5, 1, 1)),
    ("dirichlet", ([0, 1],)),
    ("dirichlet", ([-1, 1],)),
    ("dirichlet", ([[1, 1]],)),
    ("dirichlet", (1.0,)),
    ("dirichlet", ([],)),
    ("multinomial", (10, [0.6, 0.6, 0])),
    ("multinomial", (10, [0.6, 0.4 + 1e-13, 0])),
    ("multinomial", (10, [0.5, 0.6, -0.1])),
    ("multinomial", (-1, [0.5, 0.5])),
    ("multinomial", (10, [[0.5, 0.5]])),
    ("multinomial", (10, 0.5)),
    ("multinomial", (10, [np.nan, 0.5])),
    ("multinomial", (10, [])),
    ("multinomial", (10.5, [0.5, 0.5])),
    ("multinomial", ([10, 20], [[0.2, 0.8]])),
    ("multinomial", (np.nan, [0.2, 0.8])),
    ("multinomial", (np.array([3, 4]), [0.2, 0.8])),
    ("multinomial", (10, np.float64(0.5))),
    ("multivariate_normal", ([0, 0], [[1, 0]])),
    ("multivariate_normal", ([0], [[1, 0], [0, 1]])),
    ("multivariate_normal", ([[0]], [[1]])),
    ("multivariate_normal", ([0, 0], [[1, 0], [0, 1]], None, "bad")),
    ("multivariate_normal", ([0, 0], [[1, 2], [2, 1]], None, "raise")),
    ("multivariate_normal", ([0, 0], [[1, 2], [2, 1]], None, "warn")),
    ("multivariate_normal", ([0, 0], [[1, 2], [2, 1]], None, "ignore")),
    ("standard_normal", (None, np.int64)),
    ("standard_exponential", (3, np.float32)),
    ("standard_gamma", (1.0, 3, np.float32)),
]


# the test-only hosts and the package's own classes, as Generator and as RandomState
HOSTS: dict[str, tuple[Callable[[int], Any], bool]] = {
    "Host": (Host, False),
    "LegacyHost": (LegacyHost, True),
    "default_rng": (tnp_random.default_rng, False),
    "RandomState": (tnp_random.RandomState, True),
}


def _reference(legacy: bool, seed: int = 0) -> Any:
    return np.random.RandomState(seed) if legacy else np.random.default_rng(seed)


@pytest.mark.parametrize(("name", "args"), ERROR_CASES)
@pytest.mark.parametrize("host", list(HOSTS))
def test_parameter_checks_match_numpy(name, args, host):
    factory, legacy = HOSTS[host]
    ref, ours = _reference(legacy), factory(0)
    # RandomState refuses Generator's extra positional arguments (dtype) by their count
    message = not (legacy and name.startswith("standard_"))
    assert_same_outcome(
        lambda: getattr(ref, name)(*args), lambda: getattr(ours, name)(*args), message
    )


MV_HYPER_ERRORS: list[tuple[Any, ...]] = [
    ([1, 2, 3], 3),
    ([1, 2, 3], 7),
    ([1, -2, 3], 3),
    ([1, 2, 3], -1),
    ([[1, 2, 3]], 3),
    ([1.5, 2, 3], 3),
    ([1, 2, 3], 3, None, "bad"),
    ([], 0),
    ([1, 2, 3], 3, (2, 2)),
    ([1, 2, 3], 3.0),
    ([2**62, 2**62], 2),
]


@pytest.mark.parametrize("args", MV_HYPER_ERRORS)
def test_multivariate_hypergeometric_checks_match_numpy(args):
    assert_same_outcome(
        lambda: np.random.default_rng(0).multivariate_hypergeometric(*args),
        lambda: Host(0).multivariate_hypergeometric(*args),
    )


def test_randomstate_has_no_multivariate_hypergeometric():
    with pytest.raises(AttributeError):
        LegacyHost().multivariate_hypergeometric([1, 2], 1)


def test_multivariate_normal_method_keyword():
    with pytest.raises(ValueError, match="method must be one of"):
        Host().multivariate_normal([0], [[1]], method="qr")
    with pytest.raises(TypeError):
        LegacyHost().multivariate_normal([0], [[1]], method="svd")
    with pytest.raises(ValueError):
        Host().multivariate_normal([0, 0], [[1, 2], [2, 1]], method="cholesky")


SHAPE_CASES: list[tuple[str, tuple[Any, ...]]] = [
    ("normal", ([0.0, 1.0], 1.0)),
    ("normal", ([[0.0], [1.0]], [1.0, 2.0, 3.0])),
    ("uniform", (0.0, [1.0, 2.0])),
    ("gamma", ([1.0, 2.0],)),
    ("beta", ([1.0], [1.0, 2.0])),
    ("binomial", ([1, 2], [[0.5], [0.2]])),
    ("poisson", ([1.0, 2.0],)),
    ("hypergeometric", ([5, 6], 5, [[3], [4], [2]])),
    ("triangular", ([0, 1], [1, 2], 3)),
    ("noncentral_f", (1.0, [2.0, 3.0], [[1.0], [2.0]])),
    ("standard_gamma", ([[1.0, 2.0]],)),
    ("zipf", ([2.0, 3.0],)),
    ("multinomial", ([10, 20], [[0.2, 0.8]])),
    ("multinomial", (10, [[0.2, 0.8], [0.5, 0.5]])),
]
SIZES = [None, (), 0, 3, 2, (2,), (3, 2), (2, 0), (4, 3, 2), (3, 1), (1, 2), (2, 3, 1)]


@pytest.mark.parametrize(("name", "args"), SHAPE_CASES)
@pytest.mark.parametrize("size", SIZES)
def test_broadcasting_with_size_matches_numpy(name, args, size):
    assert_same_outcome(
        lambda: getattr(np.random.default_rng(0), name)(*args, size=size),
        lambda: getattr(Host(0), name)(*args, size=size),
        message=False,
    )


def test_shape_mismatch_messages():
    for call in (
        lambda g: g.normal([0, 1], 1, 3),
        lambda g: g.normal([0, 1], [1, 1, 1]),
        lambda g: g.normal([0, 1], 1, ()),
        lambda g: g.normal(0, 1, -1),
        lambda g: g.normal(0, 1, 2.0),
    ):
        assert_same_outcome(lambda c=call: c(np.random.default_rng()), lambda c=call: c(Host()))


@st.composite
def broadcastable(draw):
    base = draw(st.lists(st.integers(0, 3), max_size=3))

    def sub():
        k = draw(st.integers(0, len(base)))
        return tuple(d if not draw(st.booleans()) else 1 for d in base[len(base) - k :])

    return sub(), sub(), tuple(base)


@settings(max_examples=30, deadline=None)
@given(shapes=broadcastable(), with_size=st.booleans(), legacy=st.booleans())
def test_generated_broadcast_shapes(shapes, with_size, legacy):
    loc_shape, scale_shape, full = shapes
    loc = np.zeros(loc_shape)
    scale = np.ones(scale_shape)
    size = full if with_size else None
    ref = np.random.RandomState(0) if legacy else np.random.default_rng(0)
    host = LegacyHost(0) if legacy else Host(0)
    assert_same_outcome(
        lambda: ref.laplace(loc, scale, size), lambda: host.laplace(loc, scale, size)
    )
    assert_same_outcome(
        lambda: ref.binomial(3, scale / 2, size), lambda: host.binomial(3, scale / 2, size)
    )


SIZE_ONLY = [
    ("standard_normal", ()),
    ("standard_exponential", ()),
    ("standard_cauchy", ()),
    ("standard_gamma", (2.0,)),
    ("dirichlet", ([1.0, 2.0],)),
    ("multivariate_normal", ([0.0, 1.0], np.eye(2))),
    ("multinomial", (5, [0.5, 0.5])),
]


@pytest.mark.parametrize(("name", "args"), SIZE_ONLY)
@pytest.mark.parametrize("size", [None, 0, 3, (2, 3), (2, 0)])
@pytest.mark.parametrize("legacy", [False, True])
def test_sizes_match_numpy(name, args, size, legacy):
    ref = np.random.RandomState(0) if legacy else np.random.default_rng(0)
    host = LegacyHost(0) if legacy else Host(0)
    assert_same_outcome(
        lambda: getattr(ref, name)(*args, size=size), lambda: getattr(host, name)(*args, size=size)
    )


def test_scalar_parameters_without_size_give_0d_arrays():
    h = Host()
    for name, args in [(c[0], c[1]) for c in CASES]:
        value = getattr(h, name)(*args)
        assert isinstance(value, tnp_core.ndarray)
        assert value.shape == ()


# ----------------------------------------------------------------------------- dtype and out
@pytest.mark.parametrize("name", ["standard_normal", "standard_exponential"])
@pytest.mark.parametrize("dtype", [np.float32, np.float64, "float32", None])
def test_standard_dtype(name, dtype):
    x = getattr(Host(), name)(5, dtype=dtype)
    assert values(x).dtype == np.dtype(dtype or np.float64)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_standard_gamma_dtype(dtype):
    x = values(Host().standard_gamma([1.0, 3.0], (N // 2, 2), dtype=dtype))
    assert x.dtype == dtype
    assert_moments(x[:, 1], 3.0, 3.0)


@pytest.mark.parametrize("name", ["standard_normal", "standard_exponential", "standard_gamma"])
def test_out_fills_in_place(name):
    args = (2.0,) if name == "standard_gamma" else ()
    for dtype in ("float64", "float32"):
        out = tnp_core.zeros((3, 4), dtype=dtype)
        res = getattr(Host(), name)(*args, dtype=dtype, out=out)
        assert res is out
        assert np.all(values(out) != 0)
    ref = getattr(np.random.default_rng(), name)
    ours = getattr(Host(), name)
    for kwargs in [
        {"out": np.empty(3, np.float32)},
        {"size": 4, "out": np.empty(3)},
        {"size": 3, "out": np.empty(3)},
    ]:
        tnp_kwargs = {k: tnp_core.asarray(v) if k == "out" else v for k, v in kwargs.items()}
        assert_same_outcome(
            lambda kw=kwargs: ref(*args, **kw), lambda kw=tnp_kwargs: ours(*args, **kw)
        )


def test_standard_gamma_out_broadcasts_shape():
    out = tnp_core.zeros((3, 2))
    Host().standard_gamma([1.0, 2.0], out=out)
    assert np.all(values(out) > 0)
    with pytest.raises(ValueError):
        Host().standard_gamma([1.0, 2.0], out=tnp_core.zeros((3, 3)))


def test_legacy_methods_have_no_generator_keywords():
    h = LegacyHost()
    with pytest.raises(TypeError):
        h.standard_normal(3, dtype=np.float32)
    with pytest.raises(TypeError):
        h.standard_exponential(3, method="inv")
    with pytest.raises(TypeError):
        h.standard_gamma(1.0, 3, out=tnp_core.zeros(3))


def test_default_float_dtype_is_float64_and_discrete_is_int64():
    h = Host()
    assert values(h.normal(size=2)).dtype == np.float64
    assert values(h.poisson(size=2)).dtype == np.int64
    assert values(LegacyHost().binomial(3, 0.5, 2)).dtype == np.int64


# ----------------------------------------------------------------------------- streams and inputs
def test_same_seed_same_numbers():
    a = values(Host(42).gamma([0.5, 3.0], size=(100, 2)))
    b = values(Host(42).gamma([0.5, 3.0], size=(100, 2)))
    np.testing.assert_array_equal(a, b)
    c = values(Host(43).gamma([0.5, 3.0], size=(100, 2)))
    assert not np.array_equal(a, c)


def test_array_parameters_of_any_kind():
    h = Host()
    for loc in (
        [1.0, 2.0],
        (1, 2),
        np.array([1, 2]),
        tnp_core.asarray([1.0, 2.0]),
        torch.tensor([1.0, 2.0]),
    ):
        x = h.normal(loc, 0.0)
        np.testing.assert_array_equal(values(x), [1.0, 2.0])
    assert values(h.binomial(tnp_core.asarray([3, 4]), 1.0)).tolist() == [3, 4]
    assert values(h.poisson(True, 2)).dtype == np.int64


def test_bad_parameter_types():
    assert_same_outcome(
        lambda: np.random.default_rng().normal(0, "a"), lambda: Host().normal(0, "a"), message=False
    )
    assert_same_outcome(
        lambda: np.random.default_rng().normal(0, 1 + 2j),
        lambda: Host().normal(0, 1 + 2j),
        message=False,
    )


# ----------------------------------------------------------------------------- through the package
@pytest.mark.parametrize("host", ["default_rng", "RandomState"])
@pytest.mark.parametrize(
    ("name", "args", "moments", "discrete"),
    [c for c in CASES if c[0] in ("gamma", "binomial", "hypergeometric", "vonmises", "zipf")],
)
def test_package_classes_sample_the_distributions(host, name, args, moments, discrete):
    factory, legacy = HOSTS[host]
    ours = values(_draw(factory(21), name, args, N // 2))
    theirs = _draw(_reference(legacy, 21), name, args, N // 2)
    assert ours.dtype == theirs.dtype
    if moments is not None:
        assert_moments(ours, *moments)
    if discrete:
        assert_same_distribution_discrete(ours, theirs)
    else:
        assert_same_distribution_continuous(ours, theirs)


def test_package_streams_are_reproducible():
    a = values(tnp_random.default_rng(5).binomial(10, 0.5, 50))
    np.testing.assert_array_equal(a, values(tnp_random.default_rng(5).binomial(10, 0.5, 50)))
    b = values(tnp_random.RandomState(5).standard_t(3.0, 50))
    np.testing.assert_array_equal(b, values(tnp_random.RandomState(5).standard_t(3.0, 50)))
