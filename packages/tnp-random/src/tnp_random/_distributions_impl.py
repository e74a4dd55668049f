"""Tensor samplers for ``numpy.random``'s distributions: a generator and parameters in, samples out.

Only torch and the standard library are imported here. Every sampler takes a
``torch.Generator`` and parameter tensors already broadcast to the output and flattened
(one dimension, ``n`` elements, all on the generator's device); it returns ``n`` samples.
Continuous samplers compute in the dtype of their parameters; the discrete ones compute in
float64 and return int64.

The algorithms are exact in distribution: inversion where the inverse CDF is cheap, and
vectorised rejection otherwise (Marsaglia and Tsang for gamma, Hörmann's transformed
rejection for Poisson (PTRS) and binomial (BTRS), Stadlober's ratio of uniforms for the
hypergeometric, Best and Fisher for von Mises, Devroye's rejection for Zipf). A rejection
sampler redraws only the elements still rejected, in rounds, until none is left; the test
that ends the loop reads one boolean from the device, so on CUDA each round synchronises
once. The inversion and transformation samplers never synchronise.
"""

from __future__ import annotations

import math

import torch

__all__ = [
    "beta",
    "binomial",
    "chisquare",
    "dirichlet",
    "exponential_std",
    "f",
    "gamma_std",
    "geometric",
    "gumbel",
    "hypergeometric",
    "laplace",
    "logistic",
    "logseries",
    "multinomial",
    "multivariate_hypergeometric",
    "noncentral_chisquare",
    "noncentral_f",
    "normal_std",
    "pareto",
    "poisson",
    "power",
    "rayleigh",
    "standard_cauchy",
    "standard_t",
    "triangular",
    "uniform_std",
    "vonmises",
    "wald",
    "weibull",
    "zipf",
]

_F64 = torch.float64
_I64 = torch.int64
_INT64_MAX_F = float(2**63 - 1)


# ----------------------------------------------------------------------------- building blocks
def uniform_std(
    gen: torch.Generator, n: int, dtype: torch.dtype, device: torch.device
) -> torch.Tensor:
    """Uniform on [0, 1)."""
    return torch.rand(n, generator=gen, dtype=dtype, device=device)


def _open_uniform(
    gen: torch.Generator, n: int, dtype: torch.dtype, device: torch.device
) -> torch.Tensor:
    """Uniform on (0, 1): torch's exact 0 (probability 2**-53 in float64) moves to half a step."""
    u = torch.rand(n, generator=gen, dtype=dtype, device=device)
    return u.clamp_(min=torch.finfo(dtype).eps / 4)


def normal_std(
    gen: torch.Generator, n: int, dtype: torch.dtype, device: torch.device
) -> torch.Tensor:
    """Standard normal."""
    return torch.randn(n, generator=gen, dtype=dtype, device=device)


def exponential_std(
    gen: torch.Generator, n: int, dtype: torch.dtype, device: torch.device
) -> torch.Tensor:
    """Standard exponential (rate 1)."""
    return torch.empty(n, dtype=dtype, device=device).exponential_(generator=gen)


def _positive_exponential(
    gen: torch.Generator, n: int, dtype: torch.dtype, device: torch.device
) -> torch.Tensor:
    """Standard exponential, never exactly 0 (for samplers that divide by it or take its log)."""
    return -torch.log(_open_uniform(gen, n, dtype, device))


# ----------------------------------------------------------------------------- gamma family
def _gamma_parts(gen: torch.Generator, alpha: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """``(g, log_boost)`` with ``g * exp(log_boost)`` a standard gamma variate of shape ``alpha``.

    Marsaglia and Tsang's squeeze-free rejection for shape >= 1; a shape below 1 draws with
    shape + 1 and multiplies by ``U**(1/alpha)``, kept as its log so that beta and Dirichlet
    can work in log space where tiny shapes underflow. NaN or negative shapes give NaN and
    an infinite shape gives infinity, without entering the loop.
    """
    dtype, device = alpha.dtype, alpha.device
    small = alpha < 1
    boosted = torch.where(small, alpha + 1, alpha)
    d = boosted - 1.0 / 3.0
    c = torch.rsqrt(9.0 * d)
    g = torch.where(alpha >= 0, alpha, torch.nan).to(dtype)  # inf stays inf, bad shapes NaN
    todo = torch.nonzero(torch.isfinite(alpha) & (alpha >= 0)).squeeze(1)
    dd, cc = d[todo], c[todo]
    while todo.numel():
        x = torch.randn(todo.numel(), generator=gen, dtype=dtype, device=device)
        v = (1.0 + cc * x) ** 3
        u = _open_uniform(gen, todo.numel(), dtype, device)
        vpos = v.clamp(min=torch.finfo(dtype).tiny)
        ok = (v > 0) & (torch.log(u) < 0.5 * x * x + dd - dd * vpos + dd * torch.log(vpos))
        g[todo[ok]] = (dd * v)[ok]
        keep = ~ok
        todo, dd, cc = todo[keep], dd[keep], cc[keep]
    u = _open_uniform(gen, alpha.numel(), dtype, device)
    log_boost = torch.where(small, torch.log(u) / alpha, 0.0)
    return g, log_boost


def gamma_std(gen: torch.Generator, alpha: torch.Tensor) -> torch.Tensor:
    """Standard gamma of shape ``alpha`` (0 for shape 0, as NumPy)."""
    g, log_boost = _gamma_parts(gen, alpha)
    return g * torch.exp(log_boost)


def _log_gamma_std(gen: torch.Generator, alpha: torch.Tensor) -> torch.Tensor:
    """The log of a standard gamma variate, without underflow for tiny shapes."""
    g, log_boost = _gamma_parts(gen, alpha)
    return torch.log(g) + log_boost


def chisquare(gen: torch.Generator, df: torch.Tensor) -> torch.Tensor:
    """Chi-square with ``df`` degrees of freedom: twice a gamma of shape ``df / 2``."""
    return 2.0 * gamma_std(gen, df / 2)


def beta(gen: torch.Generator, a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """Beta(a, b) as ``X / (X + Y)`` of two gammas, computed as a logistic of their log ratio."""
    return torch.sigmoid(_log_gamma_std(gen, a) - _log_gamma_std(gen, b))


def dirichlet(gen: torch.Generator, alpha: torch.Tensor) -> torch.Tensor:
    """Dirichlet rows: gammas of the last axis normalised to sum 1 (a softmax of their logs)."""
    logs = _log_gamma_std(gen, alpha.reshape(-1)).reshape(alpha.shape)
    # as NumPy, a row of zero alphas gives zeros (the softmax of all -inf would be NaN)
    empty = (alpha == 0).all(dim=-1, keepdim=True)
    return torch.where(empty, 0.0, torch.softmax(logs, dim=-1))


def noncentral_chisquare(
    gen: torch.Generator, df: torch.Tensor, nonc: torch.Tensor
) -> torch.Tensor:
    """Noncentral chi-square: a central chi-square plus a shifted squared normal when df > 1,
    and a Poisson mixture of central chi-squares otherwise (exact in both cases)."""
    dtype, n = df.dtype, df.numel()
    big = df > 1
    shifted = torch.randn(n, generator=gen, dtype=dtype, device=df.device) + torch.sqrt(nonc)
    central = chisquare(gen, torch.where(big, df - 1, df))
    mixed_df = df + 2.0 * poisson(gen, torch.where(big, 0.0, nonc / 2)).to(dtype)
    mixed = chisquare(gen, torch.where(big, df, mixed_df))
    plain = torch.where(big, central + shifted * shifted, mixed)
    return torch.where(nonc == 0, chisquare(gen, df), plain)


def f(gen: torch.Generator, dfnum: torch.Tensor, dfden: torch.Tensor) -> torch.Tensor:
    """F distribution: the ratio of two chi-squares, each over its degrees of freedom."""
    return (chisquare(gen, dfnum) * dfden) / (chisquare(gen, dfden) * dfnum)


def noncentral_f(
    gen: torch.Generator, dfnum: torch.Tensor, dfden: torch.Tensor, nonc: torch.Tensor
) -> torch.Tensor:
    """Noncentral F: a noncentral chi-square over a central one, each over its df."""
    return (noncentral_chisquare(gen, dfnum, nonc) * dfden) / (chisquare(gen, dfden) * dfnum)


def standard_t(gen: torch.Generator, df: torch.Tensor) -> torch.Tensor:
    """Student's t: a normal over the root of a chi-square divided by its df."""
    z = torch.randn(df.numel(), generator=gen, dtype=df.dtype, device=df.device)
    return z * torch.rsqrt(gamma_std(gen, df / 2) / (df / 2))


# ----------------------------------------------------------------------------- continuous
def standard_cauchy(
    gen: torch.Generator, n: int, dtype: torch.dtype, device: torch.device
) -> torch.Tensor:
    """Standard Cauchy: the ratio of two independent standard normals."""
    return normal_std(gen, n, dtype, device) / normal_std(gen, n, dtype, device)


def gumbel(gen: torch.Generator, loc: torch.Tensor, scale: torch.Tensor) -> torch.Tensor:
    """Gumbel by inversion: ``loc - scale * log(E)`` for a standard exponential E."""
    e = _positive_exponential(gen, loc.numel(), loc.dtype, loc.device)
    return loc - scale * torch.log(e)


def laplace(gen: torch.Generator, loc: torch.Tensor, scale: torch.Tensor) -> torch.Tensor:
    """Laplace by inversion of its two exponential halves."""
    u = _open_uniform(gen, loc.numel(), loc.dtype, loc.device)
    upper = u >= 0.5
    mag = torch.log(torch.where(upper, 2.0 - 2.0 * u, 2.0 * u))
    return torch.where(upper, loc - scale * mag, loc + scale * mag)


def logistic(gen: torch.Generator, loc: torch.Tensor, scale: torch.Tensor) -> torch.Tensor:
    """Logistic by inversion: ``loc + scale * log(U / (1 - U))``."""
    u = _open_uniform(gen, loc.numel(), loc.dtype, loc.device)
    return loc + scale * torch.log(u / (1.0 - u))


def pareto(gen: torch.Generator, a: torch.Tensor) -> torch.Tensor:
    """Pareto II (Lomax) with shape ``a``: ``expm1(E / a)``."""
    return torch.expm1(exponential_std(gen, a.numel(), a.dtype, a.device) / a)


def power(gen: torch.Generator, a: torch.Tensor) -> torch.Tensor:
    """Power distribution on [0, 1]: ``U**(1/a)``, as ``(1 - exp(-E))**(1/a)``."""
    e = exponential_std(gen, a.numel(), a.dtype, a.device)
    return torch.pow(-torch.expm1(-e), 1.0 / a)


def weibull(gen: torch.Generator, a: torch.Tensor) -> torch.Tensor:
    """Weibull with shape ``a``: ``E**(1/a)``, and 0 for ``a == 0`` as NumPy."""
    e = exponential_std(gen, a.numel(), a.dtype, a.device)
    return torch.where(a == 0, 0.0, torch.pow(e, 1.0 / a))


def rayleigh(gen: torch.Generator, scale: torch.Tensor) -> torch.Tensor:
    """Rayleigh: ``scale * sqrt(2 E)``."""
    return scale * torch.sqrt(2.0 * exponential_std(gen, scale.numel(), scale.dtype, scale.device))


def triangular(
    gen: torch.Generator, left: torch.Tensor, mode: torch.Tensor, right: torch.Tensor
) -> torch.Tensor:
    """Triangular by inversion of its piecewise-quadratic CDF."""
    u = uniform_std(gen, left.numel(), left.dtype, left.device)
    base = right - left
    ratio = (mode - left) / base
    low = left + torch.sqrt(u * (mode - left) * base)
    high = right - torch.sqrt((1.0 - u) * (right - mode) * base)
    return torch.where(u <= ratio, low, high)


def wald(gen: torch.Generator, mean: torch.Tensor, scale: torch.Tensor) -> torch.Tensor:
    """Inverse Gaussian by Michael, Schucany and Haas's transformation (no rejection)."""
    n, dtype, device = mean.numel(), mean.dtype, mean.device
    z = normal_std(gen, n, dtype, device)
    y = mean * z * z
    # mean + mean/(2 scale) * (y - sqrt(4 scale y + y^2)), written without cancellation
    root = torch.sqrt(4.0 * scale * y + y * y)
    x = mean - (mean / (2.0 * scale)) * (4.0 * scale * y) / (y + root)
    u = uniform_std(gen, n, dtype, device)
    return torch.where(u <= mean / (mean + x), x, mean * mean / x)


def vonmises(gen: torch.Generator, mu: torch.Tensor, kappa: torch.Tensor) -> torch.Tensor:
    """Von Mises on [-pi, pi]: Best and Fisher's wrapped-Cauchy rejection; uniform for
    kappa < 1e-8 and a wrapped normal for kappa > 1e6, the cut-offs NumPy uses."""
    n, dtype, device = mu.numel(), mu.dtype, mu.device
    pi = math.pi
    kap = kappa.clamp(min=1e-8, max=1e6)
    r = 1.0 + torch.sqrt(1.0 + 4.0 * kap * kap)
    rho = (r - torch.sqrt(2.0 * r)) / (2.0 * kap)
    s = torch.where(kap < 1e-5, 1.0 / kap + kap, (1.0 + rho * rho) / (2.0 * rho))
    w = torch.full((n,), torch.nan, dtype=dtype, device=device)
    active = (kappa >= 1e-8) & (kappa <= 1e6)
    todo = torch.nonzero(active).squeeze(1)
    ss, kk = s[todo], kap[todo]
    while todo.numel():
        m = todo.numel()
        z = torch.cos(pi * uniform_std(gen, m, dtype, device))
        ww = (1.0 + ss * z) / (ss + z)
        y = kk * (ss - ww)
        v = _open_uniform(gen, m, dtype, device)
        ok = (y * (2.0 - y) - v >= 0) | (torch.log(y / v) + 1.0 - y >= 0)
        w[todo[ok]] = ww[ok]
        keep = ~ok
        todo, ss, kk = todo[keep], ss[keep], kk[keep]
    sign = 1.0 - 2.0 * (uniform_std(gen, n, dtype, device) < 0.5).to(dtype)
    angle = sign * torch.acos(w.clamp(-1.0, 1.0))
    flat = pi * (2.0 * uniform_std(gen, n, dtype, device) - 1.0)
    narrow = torch.sqrt(1.0 / kappa) * normal_std(gen, n, dtype, device)
    angle = torch.where(kappa < 1e-8, flat, torch.where(kappa > 1e6, narrow, angle))
    angle = torch.where(torch.isnan(kappa), torch.nan, angle)
    total = angle + mu
    # wrap into [-pi, pi], keeping the sign of the unwrapped value as NumPy does
    wrapped = torch.fmod(total.abs() + pi, 2.0 * pi) - pi
    return torch.where(total < 0, -wrapped, wrapped)


# ----------------------------------------------------------------------------- discrete
def _to_int64(x: torch.Tensor) -> torch.Tensor:
    """Float counts to int64; NaN and values past int64 give int64's minimum, as NumPy's cast."""
    bad = ~(x.abs() < _INT64_MAX_F)
    return torch.where(bad, 0.0, x).to(_I64).masked_fill_(bad, -(2**63))


def _saturate_int64(x: torch.Tensor) -> torch.Tensor:
    """Non-negative float counts to int64, values from 2**63 on becoming int64's maximum."""
    big = x >= _INT64_MAX_F  # the float nearest 2**63 - 1 is 2**63
    return torch.where(big, 0.0, x).to(_I64).masked_fill_(big, 2**63 - 1)


def _poisson_f(gen: torch.Generator, lam: torch.Tensor) -> torch.Tensor:
    """Poisson counts as float64: multiplication of uniforms below 10, PTRS from 10 on."""
    dtype, device = _F64, lam.device
    lam = lam.to(_F64)
    out = torch.zeros_like(lam)
    out = torch.where(torch.isfinite(lam), out, torch.nan)
    # small rates: count uniforms until their product falls below exp(-lam)
    todo = torch.nonzero((lam > 0) & (lam < 10)).squeeze(1)
    bound = torch.exp(-lam[todo])
    prod = uniform_std(gen, todo.numel(), dtype, device)
    count = torch.zeros_like(prod)
    while todo.numel():
        done = prod <= bound
        out[todo[done]] = count[done]
        keep = ~done
        todo, bound, prod, count = todo[keep], bound[keep], prod[keep], count[keep] + 1
        prod = prod * uniform_std(gen, todo.numel(), dtype, device)
    # large rates: Hörmann's transformed rejection with squeeze
    todo = torch.nonzero((lam >= 10) & torch.isfinite(lam)).squeeze(1)
    lt = lam[todo]
    slam = torch.sqrt(lt)
    loglam = torch.log(lt)
    b = 0.931 + 2.53 * slam
    a = -0.059 + 0.02483 * b
    log_invalpha = torch.log(1.1239 + 1.1328 / (b - 3.4))
    vr = 0.9277 - 3.6224 / (b - 2)
    while todo.numel():
        m = todo.numel()
        u = uniform_std(gen, m, dtype, device) - 0.5
        v = _open_uniform(gen, m, dtype, device)
        us = 0.5 - u.abs()
        k = torch.floor((2 * a / us + b) * u + lt + 0.43)
        quick = (us >= 0.07) & (v <= vr)
        hopeless = (k < 0) | ((us < 0.013) & (v > us))
        kk = k.clamp(min=0)
        lhs = torch.log(v) + log_invalpha - torch.log(a / (us * us) + b)
        rhs = -lt + kk * loglam - torch.lgamma(kk + 1)
        ok = quick | (~hopeless & (lhs <= rhs))
        out[todo[ok]] = k[ok]
        keep = ~ok
        todo, lt, slam, loglam = todo[keep], lt[keep], slam[keep], loglam[keep]
        a, b, log_invalpha, vr = a[keep], b[keep], log_invalpha[keep], vr[keep]
    return out


def poisson(gen: torch.Generator, lam: torch.Tensor) -> torch.Tensor:
    """Poisson counts (int64) with rates ``lam``."""
    return _to_int64(_poisson_f(gen, lam))


def _stirling_tail(k: torch.Tensor) -> torch.Tensor:
    """``log(k!) - [(k + 1/2) log(k + 1) - (k + 1) + log(2 pi)/2]``, for k >= 0."""
    kp1 = k + 1.0
    series = (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 / (kp1 * kp1)) / (kp1 * kp1)) / kp1
    exact = torch.lgamma(kp1) - ((k + 0.5) * torch.log(kp1) - kp1 + 0.5 * math.log(2 * math.pi))
    return torch.where(k < 10, exact, series)


def _binomial_f(gen: torch.Generator, n: torch.Tensor, p: torch.Tensor) -> torch.Tensor:
    """Binomial counts as float64 for float64 ``n`` (whole numbers >= 0) and ``p`` in [0, 1].

    Works with q = min(p, 1 - p) and reflects at the end. n q < 10 uses inversion by geometric
    waiting times (the number of successes is the number of geometric gaps that fit in n
    trials); n q >= 10 uses Hörmann's BTRS transformed rejection with squeeze.
    """
    dtype, device = _F64, n.device
    flip = p > 0.5
    q = torch.where(flip, 1.0 - p, p)
    out = torch.zeros_like(n)
    nq = n * q
    # inversion by waiting times
    todo = torch.nonzero((nq < 10) & (q > 0) & (n > 0)).squeeze(1)
    trials = n[todo]
    log_fail = torch.log1p(-q[todo])
    pos = torch.zeros_like(trials)
    count = torch.zeros_like(trials)
    while todo.numel():
        u = _open_uniform(gen, todo.numel(), dtype, device)
        pos = pos + torch.floor(torch.log(u) / log_fail) + 1.0
        done = pos > trials
        out[todo[done]] = count[done]
        keep = ~done
        todo, trials, log_fail = todo[keep], trials[keep], log_fail[keep]
        pos, count = pos[keep], count[keep] + 1
    # BTRS
    todo = torch.nonzero(nq >= 10).squeeze(1)
    nn, qq = n[todo], q[todo]
    spq = torch.sqrt(nn * qq * (1.0 - qq))
    b = 1.15 + 2.53 * spq
    a = -0.0873 + 0.0248 * b + 0.01 * qq
    c = nn * qq + 0.5
    vr = 0.92 - 4.2 / b
    r = qq / (1.0 - qq)
    log_alpha = torch.log((2.83 + 5.1 / b) * spq)
    mode = torch.floor((nn + 1) * qq)
    log_h = (
        (mode + 0.5) * torch.log((mode + 1) / (r * (nn - mode + 1)))
        + _stirling_tail(mode)
        + _stirling_tail(nn - mode)
    )
    while todo.numel():
        m = todo.numel()
        u = uniform_std(gen, m, dtype, device) - 0.5
        v = _open_uniform(gen, m, dtype, device)
        us = 0.5 - u.abs()
        k = torch.floor((2 * a / us + b) * u + c)
        quick = (us >= 0.07) & (v <= vr)
        inside = (k >= 0) & (k <= nn)
        kk = k.clamp(0.0, None).minimum(nn)
        lhs = torch.log(v) + log_alpha - torch.log(a / (us * us) + b)
        rhs = (
            log_h
            + (nn + 1) * torch.log((nn - mode + 1) / (nn - kk + 1))
            + (kk + 0.5) * torch.log(r * (nn - kk + 1) / (kk + 1))
            - _stirling_tail(kk)
            - _stirling_tail(nn - kk)
        )
        ok = inside & (quick | (lhs <= rhs))
        out[todo[ok]] = k[ok]
        keep = ~ok
        todo, nn, a, b, c, vr = todo[keep], nn[keep], a[keep], b[keep], c[keep], vr[keep]
        r, log_alpha, mode, log_h = r[keep], log_alpha[keep], mode[keep], log_h[keep]
    return torch.where(flip, n - out, out)


def binomial(gen: torch.Generator, n: torch.Tensor, p: torch.Tensor) -> torch.Tensor:
    """Binomial counts (int64) for ``n`` trials (whole numbers) with success probability ``p``."""
    return _binomial_f(gen, n.to(_F64), p.to(_F64)).to(_I64)


def negative_binomial(gen: torch.Generator, n: torch.Tensor, p: torch.Tensor) -> torch.Tensor:
    """Negative binomial (failures before the n-th success): a gamma-mixed Poisson."""
    n, p = n.to(_F64), p.to(_F64)
    return poisson(gen, gamma_std(gen, n) * ((1.0 - p) / p))


def geometric(gen: torch.Generator, p: torch.Tensor) -> torch.Tensor:
    """Trials up to the first success, by inversion: ``ceil(log(U) / log(1 - p))``, at least 1."""
    p = p.to(_F64)
    u = _open_uniform(gen, p.numel(), _F64, p.device)
    x = torch.ceil(torch.log(u) / torch.log1p(-p)).clamp(min=1.0)
    return _saturate_int64(torch.where(p == 1, 1.0, x))


def logseries(gen: torch.Generator, p: torch.Tensor) -> torch.Tensor:
    """Logarithmic series by Kemp's second accelerated generator (no rejection)."""
    p = p.to(_F64)
    n, device = p.numel(), p.device
    v = _open_uniform(gen, n, _F64, device)
    u = _open_uniform(gen, n, _F64, device)
    q = -torch.expm1(torch.log1p(-p) * u)
    tail = torch.floor(1.0 + torch.log(v) / torch.log(q))
    tail = torch.where(torch.isfinite(tail) & (tail >= 1), tail, 1.0)
    x = torch.where(v <= q * q, tail, 2.0 - (v >= q).to(_F64))
    return _saturate_int64(torch.where(v >= p, 1.0, x))


def zipf(gen: torch.Generator, a: torch.Tensor) -> torch.Tensor:
    """Zipf by Devroye's rejection from a continuous Pareto; as NumPy, draws past int64's
    range are rejected."""
    a = a.to(_F64)
    device = a.device
    am1 = a - 1.0
    b = torch.pow(2.0, am1)
    # past a ~ 1000, P(X > 1) < 2**-1000: the draw is 1 (and 2**(a-1) would overflow)
    huge = am1 > 1000
    out = huge.to(_F64)
    todo = torch.nonzero(~huge).squeeze(1)
    am1, b = am1[todo], b[todo]
    while todo.numel():
        m = todo.numel()
        u = 1.0 - uniform_std(gen, m, _F64, device)
        v = uniform_std(gen, m, _F64, device)
        x = torch.floor(torch.pow(u, -1.0 / am1))
        t = torch.pow(1.0 + 1.0 / x, am1)
        fits = (x >= 1) & (x <= _INT64_MAX_F)
        ok = fits & (v * x * (t - 1.0) / (b - 1.0) <= t / b)
        out[todo[ok]] = x[ok]
        keep = ~ok
        todo, am1, b = todo[keep], am1[keep], b[keep]
    return _saturate_int64(out)


def _hypergeometric_f(
    gen: torch.Generator, good: torch.Tensor, bad: torch.Tensor, sample: torch.Tensor
) -> torch.Tensor:
    """Good items in ``sample`` draws without replacement, as float64 counts.

    Draws the smaller of the sample and its complement: item by item when that is under 10
    (at most 9 vectorised rounds), else by Stadlober's ratio-of-uniforms rejection (HRUA),
    whose hat is cut, as NumPy's, 16 standard deviations above the mean.
    """
    dtype, device = _F64, good.device
    total = good + bad
    m = torch.minimum(sample, total - sample)
    out = torch.zeros_like(good)
    # item by item
    few = m < 10
    goods_drawn = torch.zeros_like(good)
    for i in range(9):
        u = uniform_std(gen, good.numel(), dtype, device)
        left = total - i
        pick = few & (i < m) & (u * left < good - goods_drawn)
        goods_drawn = goods_drawn + pick.to(dtype)
    out = torch.where(few, goods_drawn, out)
    # HRUA on the minority colour
    todo = torch.nonzero(~few).squeeze(1)
    tot, mm = total[todo], m[todo]
    lo = torch.minimum(good[todo], bad[todo])
    hi = torch.maximum(good[todo], bad[todo])
    mean = mm * lo / tot
    var = (tot - mm) * mm * (lo / tot) * (hi / tot) / (tot - 1)
    a = mean + 0.5
    cc = torch.sqrt(var + 0.5)
    h = 2.0 * math.sqrt(2.0 / math.e) * cc + (3.0 - 2.0 * math.sqrt(3.0 / math.e))
    mode = torch.floor((mm + 1) * (lo + 1) / (tot + 2))

    def lfact(x: torch.Tensor) -> torch.Tensor:
        return torch.lgamma(x + 1)

    g = lfact(mode) + lfact(lo - mode) + lfact(mm - mode) + lfact(hi - mm + mode)
    cut = torch.minimum(torch.minimum(mm, lo) + 1, torch.floor(a + 16 * cc))
    while todo.numel():
        k = todo.numel()
        u = _open_uniform(gen, k, dtype, device)
        v = uniform_std(gen, k, dtype, device)
        x = a + h * (v - 0.5) / u
        inside = (x >= 0) & (x < cut)
        kk = torch.floor(x).clamp(min=0.0).minimum(torch.minimum(mm, lo))
        t = g - (lfact(kk) + lfact(lo - kk) + lfact(mm - kk) + lfact(hi - mm + kk))
        squeeze = u * (4.0 - u) - 3.0 <= t
        reject = u * (u - t) >= 1
        ok = inside & (squeeze | (~reject & (2.0 * torch.log(u) <= t)))
        out[todo[ok]] = kk[ok]
        keep = ~ok
        todo, tot, mm, lo, hi = todo[keep], tot[keep], mm[keep], lo[keep], hi[keep]
        a, h, g, cut = a[keep], h[keep], g[keep], cut[keep]
    # the HRUA count is of the minority colour: turn it into good items
    hrua = ~few
    out = torch.where(hrua & (good > bad), m - out, out)
    # the smaller side may be the complement of the sample
    return torch.where(m < sample, good - out, out)


def hypergeometric(
    gen: torch.Generator, good: torch.Tensor, bad: torch.Tensor, sample: torch.Tensor
) -> torch.Tensor:
    """Good items (int64) in ``sample`` draws without replacement from good + bad items."""
    return _hypergeometric_f(gen, good.to(_F64), bad.to(_F64), sample.to(_F64)).to(_I64)


def multinomial(gen: torch.Generator, n: torch.Tensor, pvals: torch.Tensor) -> torch.Tensor:
    """Counts per category (int64) for rows ``pvals`` (last axis) and ``n`` (one per row):
    each category in turn is a binomial of the trials left, with its probability among the
    categories left; the last one takes what remains."""
    n, pvals = n.to(_F64).reshape(-1), pvals.to(_F64)
    k = pvals.shape[-1]
    rows = pvals.reshape(n.numel(), k)
    out = torch.zeros(rows.shape, dtype=_F64, device=rows.device)
    left_n = n.clone()
    left_p = torch.ones_like(n)
    for j in range(k - 1):
        pj = rows[:, j]
        share = torch.where(left_p > 0, (pj / left_p).clamp(0.0, 1.0), 0.0)
        draw = _binomial_f(gen, left_n, share)
        out[:, j] = draw
        left_n = left_n - draw
        left_p = left_p - pj
    if k:
        out[:, k - 1] = left_n
    return out.reshape(pvals.shape).to(_I64)


def multivariate_hypergeometric(
    gen: torch.Generator, colors: torch.Tensor, nsample: int, n: int
) -> torch.Tensor:
    """``n`` rows of counts per colour for ``nsample`` draws without replacement: each colour
    in turn is a hypergeometric draw against the colours after it."""
    k = colors.shape[0]
    cols = colors.to(_F64)
    out = torch.zeros((n, k), dtype=_F64, device=colors.device)
    left = torch.full((n,), float(nsample), dtype=_F64, device=colors.device)
    rest = torch.flip(torch.cumsum(torch.flip(cols, (0,)), 0), (0,))  # rest[j] = sum(cols[j:])
    for j in range(k - 1):
        good = cols[j].expand(n)
        bad = (rest[j] - cols[j]).expand(n)
        draw = _hypergeometric_f(gen, good, bad, left)
        out[:, j] = draw
        left = left - draw
    if k:
        out[:, k - 1] = left
    return out.to(_I64)
