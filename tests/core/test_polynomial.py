"""The legacy polynomial API (poly, roots, polyadd ... polyfit, poly1d) against NumPy."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from tnp_core_test_helpers import (
    DTYPES,
    FEW,
    FLOATING,
    arrays,
    assert_same,
    from_numpy,
    same_outcome,
    shapes,
    to_numpy,
)

import tnp_core as tnp
from tnp_core import _polynomial as pl
from tnp_core.exceptions import RankWarning

COEFF_SHAPES = shapes(min_dims=0, max_dims=1, max_side=5)
REAL_DTYPES = ("int8", "int32", "int64", "uint8", "uint64", "float32", "float64")


def _small(name, shape=COEFF_SHAPES):
    """Coefficient arrays with small values (so floating results are well conditioned)."""
    dt = np.dtype(name)
    if dt.kind == "b":
        el = st.booleans()
    elif dt.kind in "iu":
        el = st.integers(0 if dt.kind == "u" else -5, 5)
    elif dt.kind == "f":
        el = st.integers(-8, 8).map(lambda v: v / 4)
    else:
        el = st.builds(complex, st.integers(-4, 4), st.integers(-4, 4))
    return hnp.arrays(dt, shape, elements=el)


@st.composite
def _coeffs(draw, names=DTYPES, full_range=False, shape=COEFF_SHAPES):
    name = draw(st.sampled_from(names))
    if full_range:
        return draw(arrays(name, shape))
    return draw(_small(name, shape))


def _quiet(f):
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        return f()


# ----------------------------------------------------------------------------- add, sub, mul
@FEW
@given(_coeffs(full_range=True), _coeffs(full_range=True))
def test_polyadd(a, b):
    same_outcome(lambda: np.polyadd(a, b), lambda: pl.polyadd(from_numpy(a), from_numpy(b)))


@FEW
@given(_coeffs(full_range=True), _coeffs(full_range=True))
def test_polysub(a, b):
    same_outcome(lambda: np.polysub(a, b), lambda: pl.polysub(from_numpy(a), from_numpy(b)))


@FEW
@given(_coeffs(), _coeffs())
def test_polymul(a, b):
    same_outcome(lambda: np.polymul(a, b), lambda: pl.polymul(from_numpy(a), from_numpy(b)))


@FEW
@given(
    _coeffs(names=("int8", "int64", "uint64", "bool"), full_range=True),
    _coeffs(names=("int16", "int64", "uint32"), full_range=True),
)
def test_polymul_integers_wrap(a, b):
    same_outcome(lambda: np.polymul(a, b), lambda: pl.polymul(from_numpy(a), from_numpy(b)))


def test_polyadd_of_lists_and_scalars():
    assert_same(pl.polyadd([1, 2], [1, 2, 3]), np.polyadd([1, 2], [1, 2, 3]))
    assert_same(pl.polyadd(3, [1.5, 2]), np.polyadd(3, [1.5, 2]))
    assert_same(pl.polysub([1j], [1, 2]), np.polysub([1j], [1, 2]))
    assert_same(pl.polymul([], [1, 2]), np.polymul([], [1, 2]))
    assert_same(pl.polymul([0, 0, 1, 2], [0, 3]), np.polymul([0, 0, 1, 2], [0, 3]))


def test_bool_polysub_is_type_error():
    same_outcome(
        lambda: np.polysub([True], [False, True]), lambda: pl.polysub([True], [False, True])
    )


def test_polymul_rejects_2d():
    with pytest.raises(ValueError, match="1d only"):
        pl.polymul([[1, 2]], [1])


def test_poly1d_arguments_give_poly1d():
    p = pl.poly1d([1, 2])
    for f in (pl.polyadd, pl.polysub, pl.polymul):
        r = f(p, [1, 0, 1])
        assert isinstance(r, pl.poly1d)
        want = getattr(np, f.__name__)(np.poly1d([1, 2]), [1, 0, 1])
        assert_same(r.coeffs, want.coeffs)
        assert isinstance(f([1, 0, 1], p), pl.poly1d)
    q, r = pl.polydiv(p, [1, 1])
    assert isinstance(q, pl.poly1d)
    assert isinstance(r, pl.poly1d)


# ----------------------------------------------------------------------------- polydiv
@FEW
@given(
    _coeffs(names=DTYPES, shape=st.integers(0, 6).map(lambda n: (n,))),
    _coeffs(names=DTYPES, shape=st.integers(0, 4).map(lambda n: (n,))),
)
def test_polydiv(u, v):
    assume(v.size == 0 or abs(complex(v[0])) >= 0.5)
    assume(u.dtype != np.float16 and v.dtype != np.float16)
    np_res, np_exc = _outcome(lambda: np.polydiv(u, v))
    if np_exc is not None:
        with pytest.raises(type(np_exc)):
            pl.polydiv(from_numpy(u), from_numpy(v))
        return
    q, r = pl.polydiv(from_numpy(u), from_numpy(v))
    atol = 1e-5 if np_res[0].dtype.name in ("float32", "complex64") else 1e-9
    assert_same(q, np_res[0], atol=atol)
    # small-integer inputs keep remainders away from the 1e-8 trimming threshold
    assert_same(r, np_res[1], atol=atol)


def _outcome(f):
    try:
        return _quiet(f), None
    except Exception as exc:  # noqa: BLE001
        return None, exc


def test_polydiv_examples():
    for u, v in [([1, 2, 3, 4], [1, 2]), ([3.0], [1, 2, 3]), ([1j, 2], [2]), ([1, 0, -1], [1, -1])]:
        q, r = pl.polydiv(u, v)
        nq, nr = np.polydiv(u, v)
        assert_same(q, nq)
        assert_same(r, nr)
    q, r = pl.polydiv(np.array([1, 2], dtype=np.float32), np.array([1.0]))
    assert q.dtype == tnp.float64
    assert r.shape == (1,)
    with pytest.raises(IndexError):
        pl.polydiv([], [1])


# ----------------------------------------------------------------------------- der, int
@FEW
@given(_coeffs(full_range=True), st.integers(-1, 4))
def test_polyder(p, m):
    same_outcome(lambda: np.polyder(p, m), lambda: pl.polyder(from_numpy(p), m))


@FEW
@given(_coeffs(), st.integers(-1, 4), st.data())
def test_polyint(p, m, data):
    k = data.draw(
        st.none() | st.just(2.5) | st.lists(st.integers(-3, 3), max_size=5) | st.just([1j, 2])
    )
    same_outcome(lambda: np.polyint(p, m, k), lambda: pl.polyint(from_numpy(p), m, k))


def test_polyder_polyint_poly1d_and_identity():
    p = pl.poly1d([3, 2, 1])
    assert isinstance(pl.polyder(p), pl.poly1d)
    assert isinstance(pl.polyint(p, 2, [1, 2]), pl.poly1d)
    a = tnp.array([1.0, 2.0])
    assert pl.polyder(a, 0) is a
    assert pl.polyint(a, 0) is a


# ----------------------------------------------------------------------------- polyval
@FEW
@given(_coeffs(full_range=True), st.data())
def test_polyval_integers(p, data):
    name = data.draw(st.sampled_from(("int8", "int64", "uint16", "uint64", "bool")))
    x = data.draw(arrays(name, shapes(max_dims=2)))
    assume(p.dtype.kind in "biu")
    same_outcome(lambda: np.polyval(p, x), lambda: pl.polyval(from_numpy(p), from_numpy(x)))


@FEW
@given(_coeffs(), st.data())
def test_polyval(p, data):
    name = data.draw(st.sampled_from(DTYPES))
    x = data.draw(_small(name, shapes(max_dims=2)))
    same_outcome(lambda: np.polyval(p, x), lambda: pl.polyval(from_numpy(p), from_numpy(x)))


def test_polyval_scalars_and_specials():
    assert_same(pl.polyval([1, 2, 3], 2), np.asarray(np.polyval([1, 2, 3], 2)))
    want = _quiet(lambda: np.polyval([1.0, 0.0], [np.inf, -0.0]))
    assert_same(pl.polyval([1.0, 0.0], [np.inf, -0.0]), want)
    x = np.array([np.inf, np.nan, 1.0])
    assert_same(pl.polyval([2.0, 1.0], x), _quiet(lambda: np.polyval([2.0, 1.0], x)))
    assert_same(pl.polyval([], [1, 2]), np.polyval([], [1, 2]))
    assert_same(pl.polyval([[1, 2], [3, 4]], 2), np.polyval([[1, 2], [3, 4]], 2))
    with pytest.raises(TypeError):
        pl.polyval(3, [1, 2])


def test_polyval_of_poly1d_composes():
    got = pl.polyval([1, 0, 1], pl.poly1d([2, 1]))
    want = np.polyval([1, 0, 1], np.poly1d([2, 1]))
    assert isinstance(got, pl.poly1d)
    assert_same(got.coeffs, want.coeffs)


# ----------------------------------------------------------------------------- roots, poly
def _as_sorted(z):
    z = np.asarray(z, dtype=np.complex128)
    return z[np.lexsort((z.imag, np.round(z.real, 6)))]


def _assert_same_roots(got, want, tol=1e-6):
    assert got.dtype.name == want.dtype.name, (got.dtype.name, want.dtype.name)
    assert got.shape == want.shape
    np.testing.assert_allclose(_as_sorted(to_numpy(got)), _as_sorted(want), rtol=tol, atol=tol * 10)


@FEW
@given(
    st.sampled_from(("float64", "float32", "complex128", "complex64", "int64", "int8")), st.data()
)
def test_roots(name, data):
    p = data.draw(_small(name, st.integers(0, 6).map(lambda n: (n,))))
    lead = data.draw(st.integers(0, 2))
    trail = data.draw(st.integers(0, 2))
    p = np.concatenate([np.zeros(lead, p.dtype), p, np.zeros(trail, p.dtype)])
    want = _quiet(lambda: np.roots(p))
    got = pl.roots(from_numpy(p))
    tol = 1e-3 if name in ("float32", "complex64") else 1e-5
    # repeated roots are sensitive: compare values through the polynomial instead
    try:
        _assert_same_roots(got, want, tol)
    except AssertionError:
        if got.dtype.name != want.dtype.name:
            # a repeated root is a defective eigenvalue of the companion matrix: one LAPACK
            # build (torch's MKL, NumPy's OpenBLAS) may give a real pair, the other a
            # complex pair with tiny imaginary parts
            for r in (to_numpy(got), np.asarray(want)):
                assert np.abs(np.imag(r)).max(initial=0.0) <= tol
        assert got.shape == want.shape
        nz = np.trim_zeros(p, "f")  # leading zeros only: inner and trailing ones count
        vals = np.polyval(nz, to_numpy(got).astype(np.complex128))
        assert np.all(np.abs(vals) <= 1e-3 * max(1.0, float(np.abs(nz).max())) * 10)


@FEW
@given(st.lists(st.floats(-5, 5), min_size=1, max_size=6, unique=True))
def test_roots_of_distinct_real_roots(rts):
    p = np.poly(rts)
    _assert_same_roots(pl.roots(from_numpy(p)), np.roots(p))


def test_roots_examples_and_errors():
    _assert_same_roots(pl.roots([1, 0, 1]), np.roots([1, 0, 1]))
    assert_same(pl.roots([0, 0]), np.roots([0, 0]))
    assert_same(pl.roots([5]), np.roots([5]))
    assert_same(pl.roots([1, 0, 0]), np.roots([1, 0, 0]))
    _assert_same_roots(pl.roots([0, 1, 0, 2, 0]), np.roots([0, 1, 0, 2, 0]))
    with pytest.raises(ValueError, match="rank-1"):
        pl.roots([[1, 2], [3, 4]])
    with pytest.raises(TypeError):
        pl.roots(3)
    with pytest.raises(TypeError, match="float16"):
        pl.roots(np.array([1, 2, 3], dtype=np.float16))
    with pytest.raises(ValueError):
        pl.roots([1.0, np.nan, 2.0])
    assert_same(pl.roots(np.array([2], dtype=np.float16)), np.roots(np.array([2], "f2")))


@FEW
@given(_coeffs(shape=st.integers(0, 5).map(lambda n: (n,))))
def test_poly_from_roots(z):
    want = _quiet(lambda: np.poly(z))
    got = pl.poly(from_numpy(z))
    if isinstance(want, float):
        assert got == want
        assert isinstance(got, float)
        return
    assert_same(got, want, rtol=1e-5 if want.dtype.itemsize <= 8 else 1e-12, atol=1e-9)


@FEW
@given(st.sampled_from(("float64", "float32", "int64", "complex128")), st.integers(1, 4), st.data())
def test_poly_of_matrix(name, n, data):
    a = data.draw(_small(name, st.just((n, n))))
    want = _quiet(lambda: np.poly(a))
    got = pl.poly(from_numpy(a))
    tol = 1e-3 if name == "float32" else 1e-8
    assert_same(got, want, rtol=tol, atol=tol * 10)


def test_poly_examples_and_errors():
    assert pl.poly([]) == 1.0
    assert_same(pl.poly([1j, -1j]), np.poly([1j, -1j]))
    assert_same(pl.poly([1 + 1j, 2]), np.poly([1 + 1j, 2]))
    assert_same(pl.poly(np.array([1, 2], np.float16)), np.poly(np.array([1, 2], np.float16)))
    assert_same(pl.poly([True]), np.poly([True]))
    same_outcome(lambda: np.poly(3), lambda: pl.poly(3))
    for bad in (np.zeros((2, 3)), np.zeros((0, 0)), np.zeros((2, 2, 2))):
        same_outcome(lambda b=bad: np.poly(b), lambda b=bad: pl.poly(from_numpy(b)))


# ----------------------------------------------------------------------------- polyfit
@st.composite
def _fit_data(draw):
    n = draw(st.integers(1, 8))
    xs = draw(st.lists(st.integers(-20, 20), min_size=n, max_size=n, unique=True))
    x = np.array(xs, dtype=draw(st.sampled_from(("float64", "float32", "int64", "complex128"))))
    cols = draw(st.sampled_from((None, 1, 3)))
    shape = (n,) if cols is None else (n, cols)
    y = draw(_small(draw(st.sampled_from(("float64", "float32", "int32", "complex128"))), shape))
    deg = draw(st.integers(0, 4))
    return x, y, deg


def _fit_compare(got, want, scale):
    assert_same(got, want, rtol=1e-6, atol=1e-6 * scale)


def _full_rank(x, deg):
    v = np.vander(x.astype(np.complex128 if x.dtype.kind == "c" else np.float64), deg + 1)
    return np.linalg.matrix_rank(v) == deg + 1 and np.linalg.cond(v) < 1e6


def _fit_outcome(f):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        res, exc = _outcome_warnings_kept(f)
    return res, exc, caught


def _outcome_warnings_kept(f):
    try:
        with np.errstate(all="ignore"):
            return f(), None
    except Exception as exc:  # noqa: BLE001
        return None, exc


@FEW
@given(_fit_data(), st.booleans())
def test_polyfit(data, weighted):
    x, y, deg = data
    w = (np.arange(x.size) % 3 + 1.0) if weighted else None
    want, np_exc, np_warn = _fit_outcome(lambda: np.polyfit(x, y, deg, w=w))
    got, tnp_exc, tnp_warn = _fit_outcome(
        lambda: pl.polyfit(from_numpy(x), from_numpy(y), deg, w=w)
    )
    if np_exc is not None:
        # NumPy's LinAlgError is a ValueError (a zero column of the Vandermonde matrix)
        assert isinstance(tnp_exc, ValueError), tnp_exc
        return
    assert tnp_exc is None, tnp_exc
    np_rank = any(issubclass(r.category, np.exceptions.RankWarning) for r in np_warn)
    tnp_rank = any(issubclass(r.category, RankWarning) for r in tnp_warn)
    assert got.dtype.name == want.dtype.name
    assert got.shape == want.shape
    if _full_rank(x, deg):
        assert not np_rank
        assert not tnp_rank
        _fit_compare(got, want, max(1.0, float(np.abs(y).max(initial=0))) * 100)
    elif np_rank:
        assert tnp_rank


@FEW
@given(_fit_data())
def test_polyfit_full(data):
    x, y, deg = data
    want, np_exc, _ = _fit_outcome(lambda: np.polyfit(x, y, deg, full=True))
    if np_exc is not None:
        with pytest.raises(ValueError):
            _quiet(lambda: pl.polyfit(from_numpy(x), from_numpy(y), deg, full=True))
        return
    got = pl.polyfit(from_numpy(x), from_numpy(y), deg, full=True)
    assert len(got) == 5
    scale = max(1.0, float(np.abs(y).max(initial=0)))
    assert got[2].dtype.name == "int32"
    assert_same(got[4], np.asarray(want[4]))
    if _full_rank(x, deg):
        assert int(got[2]) == int(want[2])
        assert_same(got[3], want[3], rtol=1e-8, atol=1e-12)
        assert got[1].shape == want[1].shape
        assert_same(got[1], want[1], rtol=1e-6, atol=1e-18 * scale**2 * x.size)
        _fit_compare(got[0], want[0], scale * 100)


@FEW
@given(_fit_data(), st.sampled_from((True, "unscaled")))
def test_polyfit_cov(data, cov):
    x, y, deg = data
    assume(y.dtype.kind != "c" and x.dtype.kind != "c")
    assume(_full_rank(x, deg))
    np_res, np_exc = _outcome(lambda: np.polyfit(x, y, deg, cov=cov))
    if np_exc is not None:
        with pytest.raises(ValueError):
            _quiet(lambda: pl.polyfit(from_numpy(x), from_numpy(y), deg, cov=cov))
        return
    _c, v = _quiet(lambda: pl.polyfit(from_numpy(x), from_numpy(y), deg, cov=cov))
    assert v.shape == np_res[1].shape
    assert v.dtype.name == np_res[1].dtype.name
    unscaled = np.abs(np.polyfit(x, y, deg, cov="unscaled")[1]).max()
    # the residuals of a near-exact fit are rounding noise: so is the scaled covariance
    noise = unscaled * 1e-20 * (1 + float(np.abs(y).max(initial=0)) ** 2)
    atol = max(noise, 1e-9 * float(np.abs(np_res[1]).max(initial=0)))
    assert_same(v, np_res[1], rtol=1e-5, atol=atol)


def test_polyfit_zero_column_is_value_error():
    with pytest.raises(ValueError):
        _quiet(lambda: pl.polyfit([0.0], [0.0], 1))


def test_polyfit_rank_warning_and_rcond():
    x, y = np.arange(3.0), np.arange(3.0)
    with pytest.warns(RankWarning, match="poorly conditioned"):
        pl.polyfit(x, y, 5)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        res = pl.polyfit(x, y, 5, full=True)
    assert int(res[2]) == 3
    res = pl.polyfit(x, y, 1, full=True, rcond=0.5)
    assert res[4] == 0.5
    assert_same(
        pl.polyfit(np.arange(4.0, dtype=np.float32), [1, 2, 3, 5], 1, full=True)[4],
        np.asarray(np.polyfit(np.arange(4.0, dtype=np.float32), [1, 2, 3, 5], 1, full=True)[4]),
    )


@pytest.mark.parametrize(
    "args",
    [
        ([1.0, 2.0], [1.0, 2.0], -1),
        ([[1.0, 2.0]], [1.0, 2.0], 1),
        ([], [], 1),
        ([1.0, 2.0], [[[1.0]]], 1),
        ([1.0, 2.0], [1.0, 2.0, 3.0], 1),
        ([1.0, 2.0], np.array([1.0, 2.0], np.float16), 1),
    ],
)
def test_polyfit_errors(args):
    x, y, deg = args
    same_outcome(lambda: np.polyfit(x, y, deg), lambda: pl.polyfit(x, y, deg))


def test_polyfit_weight_and_cov_errors():
    same_outcome(
        lambda: np.polyfit([1.0, 2.0], [1.0, 2.0], 1, w=[[1.0, 1.0]]),
        lambda: pl.polyfit([1.0, 2.0], [1.0, 2.0], 1, w=[[1.0, 1.0]]),
    )
    same_outcome(
        lambda: np.polyfit([1.0, 2.0], [1.0, 2.0], 1, w=[1.0]),
        lambda: pl.polyfit([1.0, 2.0], [1.0, 2.0], 1, w=[1.0]),
    )
    same_outcome(
        lambda: np.polyfit([1.0, 2.0], [1.0, 2.0], 1, cov=True),
        lambda: pl.polyfit([1.0, 2.0], [1.0, 2.0], 1, cov=True),
    )
    same_outcome(
        lambda: np.polyfit([1.0, 2.0], [1.0, 2.0], 1, w=[1j, 1]),
        lambda: pl.polyfit([1.0, 2.0], [1.0, 2.0], 1, w=[1j, 1]),
    )


# ----------------------------------------------------------------------------- poly1d
POLYS = [
    [0],
    [],
    [1],
    [0, 0, 3],
    [1, 2, 3],
    [-1, 0, -2.5, 0],
    [1.5, -2.25, 0, 1e-5, 123456.0],
    [1j, 2, -3j, 0],
    [1 + 2j, -1 - 1j, 0.5j],
    [0j, 1 + 0j],
    [True, False, True],
    [2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
    list(range(1, 30)),
    [np.nan, 1.0],
    [np.inf, -np.inf, 1],
    [1e20, 3, -1e-20],
]


def _np_and_tnp(coeffs, **kw):
    return np.poly1d(coeffs, **kw), pl.poly1d(coeffs, **kw)


@pytest.mark.parametrize("coeffs", POLYS)
@pytest.mark.parametrize("variable", [None, "z", "long_name"])
def test_poly1d_str_and_repr(coeffs, variable):
    want, got = _np_and_tnp(coeffs, variable=variable)
    assert str(got) == str(want)
    assert repr(got) == repr(want)


@pytest.mark.parametrize("name", DTYPES)
def test_poly1d_str_repr_dtypes(name):
    c = np.array([3, 0, 1, 2], dtype=name)
    assert str(pl.poly1d(from_numpy(c))) == str(np.poly1d(c))
    assert repr(pl.poly1d(from_numpy(c))) == repr(np.poly1d(c))


@FEW
@given(_coeffs(names=DTYPES, shape=st.integers(0, 12).map(lambda n: (n,))))
def test_poly1d_str_random(c):
    assert str(pl.poly1d(from_numpy(c))) == str(np.poly1d(c))


@pytest.mark.parametrize("coeffs", POLYS[:13])
def test_poly1d_attributes(coeffs):
    want, got = _np_and_tnp(coeffs)
    assert_same(got.coeffs, want.coeffs)
    assert got.c is got.coeffs
    assert got.coef is got.coeffs
    assert got.coefficients is got.coeffs
    assert got.order == want.order == got.o
    assert len(got) == len(want)
    assert got.variable == want.variable
    assert [x.item() for x in got] == [x.item() for x in want]
    for k in range(-1, want.order + 3):
        assert got[k].item() == want[k].item()
        assert got[k].dtype.name == np.asarray(want[k]).dtype.name
    if want.order > 0 and want.coeffs.dtype.kind != "b":
        _assert_same_roots(got.roots, want.roots, 1e-5)
        _assert_same_roots(got.r, want.r, 1e-5)


POLY_PAIRS = [
    ([1, 2], [1, -1]),
    ([1.5, 0, 2], [2]),
    ([1j, 1], [1, 2, 3]),
    ([3], [0]),
    ([1, 2, 3], [1, 2, 3]),
    (np.array([1, 2], np.float32), [0.5, 1]),
]


@pytest.mark.parametrize(("a", "b"), POLY_PAIRS)
def test_poly1d_arithmetic(a, b):
    pa, pb = np.poly1d(a), np.poly1d(b)
    ta, tb = pl.poly1d(a), pl.poly1d(b)
    for op in (lambda x, y: x + y, lambda x, y: x - y, lambda x, y: x * y):
        assert_same(op(ta, tb).coeffs, op(pa, pb).coeffs)
        assert_same(op(ta, b).coeffs, op(pa, b).coeffs)
        assert_same(op(b, ta).coeffs, op(b, pa).coeffs) if not isinstance(b, np.ndarray) else None
    for s in (2, 2.5, 1j, 0):
        assert_same((ta * s).coeffs, (pa * s).coeffs)
        assert_same((s * ta).coeffs, (s * pa).coeffs)
        assert_same((ta + s).coeffs, (pa + s).coeffs)
        assert_same((s - ta).coeffs, (s - pa).coeffs)
        if s != 0:
            assert_same((ta / s).coeffs, (pa / s).coeffs)
    if pb.coeffs[0] != 0:
        q, r = ta / tb
        nq, nr = pa / pb
        assert_same(q.coeffs, nq.coeffs)
        assert_same(r.coeffs, nr.coeffs)
    assert_same((-ta).coeffs, (-pa).coeffs)
    assert (+ta) is ta
    for n in range(4):
        assert_same((ta**n).coeffs, (pa**n).coeffs)
    assert (ta == tb) == (pa == pb)
    assert (ta != tb) == (pa != pb)
    assert ta == pl.poly1d(a)


def test_poly1d_power_errors():
    p = pl.poly1d([1, 2])
    for bad in (-1, 1.5, [2]):
        with pytest.raises(ValueError, match="non-negative integers"):
            p**bad


def test_poly1d_rtruediv_scalar():
    assert_same((2 / pl.poly1d([1.0, 2.0])).coeffs, (2 / np.poly1d([1.0, 2.0])).coeffs)


@pytest.mark.parametrize("coeffs", POLYS[1:12])
def test_poly1d_call_deriv_integ(coeffs):
    want, got = _np_and_tnp(coeffs)
    x = np.array([0.0, 1.0, -2.0, 0.5])
    assert_same(got(from_numpy(x)), want(x))
    assert_same(got(2), np.asarray(want(2)))
    assert_same(got(pl.poly1d([1, 1])).coeffs, want(np.poly1d([1, 1])).coeffs)
    for m in range(3):
        assert_same(got.deriv(m).coeffs, want.deriv(m).coeffs)
        assert_same(got.integ(m).coeffs, want.integ(m).coeffs)
        assert_same(got.integ(m, k=2).coeffs, want.integ(m, k=2).coeffs)


def test_poly1d_construction():
    assert_same(pl.poly1d([1, 2], r=True).coeffs, np.poly1d([1, 2], r=True).coeffs)
    assert_same(pl.poly1d([], r=True).coeffs, np.poly1d([], r=True).coeffs)
    p = pl.poly1d([1, 2], variable="t")
    q = pl.poly1d(p)
    assert q.variable == "t"
    assert q.coeffs is p.coeffs
    assert pl.poly1d(p, variable="s").variable == "s"
    assert_same(pl.poly1d(5).coeffs, np.poly1d(5).coeffs)
    with pytest.raises(ValueError, match="1d only"):
        pl.poly1d([[1, 2]])


def test_poly1d_setitem_and_coeffs_setter():
    want, got = _np_and_tnp([1, 2, 3])
    for k, v in ((0, 7), (2, 5), (5, 4)):
        want[k] = v
        got[k] = v
        assert_same(got.coeffs, want.coeffs)
        assert str(got) == str(want)
    with pytest.raises(ValueError, match="negative powers"):
        got[-1] = 1
    got.coeffs *= 2
    want.coeffs *= 2
    assert_same(got.coeffs, want.coeffs)
    with pytest.raises(AttributeError):
        got.coeffs = tnp.array([1, 2])


def test_poly1d_eq_and_hash():
    assert pl.poly1d([1, 2]) != pl.poly1d([1, 2, 3])
    assert pl.poly1d([1, 2]).__eq__([1, 2]) is NotImplemented
    with pytest.raises(TypeError):
        hash(pl.poly1d([1]))


def test_poly1d_array_protocol():
    p = pl.poly1d([1.0, 2.0])
    assert np.asarray(p).tolist() == [1.0, 2.0]
    assert np.asarray(p, dtype=np.float32).dtype == np.float32


@pytest.mark.parametrize("name", FLOATING)
def test_poly1d_keeps_float_dtype(name):
    c = np.array([1, 2, 3], dtype=name)
    assert_same(pl.poly1d(from_numpy(c)).coeffs, np.poly1d(c).coeffs)
    assert_same((pl.poly1d(from_numpy(c)) * 2.0).coeffs, (np.poly1d(c) * 2.0).coeffs)
