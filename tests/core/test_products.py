"""dot, vdot, inner, outer, tensordot, kron and cross against NumPy."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tnp_core_test_helpers import (
    DTYPES,
    FEW,
    RTOL,
    arrays,
    assert_same,
    from_numpy,
    same_outcome,
    shapes,
    to_numpy,
)

import tnp_core as tnp
from tnp_core import _products as prod

names = st.sampled_from(DTYPES)


def _abs64(x):
    """|x| as float64, the scale of rounding errors in sums of products."""
    return np.abs(x.astype(np.complex128)).astype(np.float64)


def _close(bound):
    """Compare products: exact for integers and bools; for inexact results an absolute
    tolerance of a few units in the last place of the sum of |products| (``bound``)."""

    def compare(got, expected):
        name = np.asarray(expected).dtype.name
        if name in RTOL:
            assert_same(got, expected, atol=4 * RTOL[name] * (float(np.max(bound, initial=0)) + 1))
        else:
            assert_same(got, expected)

    return compare


@st.composite
def dot_pair(draw):
    """Operands for dot: any ranks 0..3, the summed dimensions usually equal."""
    na, nb = draw(names), draw(names)
    sa = draw(shapes(max_dims=3, max_side=3))
    sb = list(draw(shapes(max_dims=3, max_side=3)))
    if sa and sb and draw(st.integers(0, 4)):
        sb[-2 if len(sb) >= 2 else 0] = sa[-1]
    return draw(arrays(na, sa)), draw(arrays(nb, tuple(sb)))


@FEW
@given(dot_pair())
def test_dot(pair):
    a, b = pair
    bound = np.dot(_abs64(a), _abs64(b)) if _aligned_or_scalar(a, b) else 0
    same_outcome(
        lambda: np.dot(a, b),
        lambda: prod.dot(from_numpy(a), from_numpy(b)),
        compare=_close(bound),
    )


def _aligned_or_scalar(a, b):
    if a.ndim == 0 or b.ndim == 0:
        return True
    return a.shape[-1] == b.shape[-2 if b.ndim >= 2 else 0]


def test_dot_integer_products_wrap():
    a = np.array([[100, 100], [-128, 127]], dtype=np.int8)
    for dt in ("int8", "uint16", "uint32", "uint64", "int64"):
        x = a.astype(dt) * (2**40 if dt.endswith("64") else 1)
        assert_same(prod.dot(from_numpy(x), from_numpy(x)), np.dot(x, x))


def test_dot_bool_is_logical():
    a = np.array([[True, False], [False, False]])
    b = np.array([[True, True], [False, True]])
    assert_same(prod.dot(from_numpy(a), from_numpy(b)), np.dot(a, b))


def test_dot_python_scalars_are_strong():
    a = np.array([1, 2], dtype=np.int8)
    assert_same(prod.dot(from_numpy(a), 3), np.dot(a, 3))
    assert_same(prod.dot(2.5, from_numpy(a)), np.dot(2.5, a))


def test_dot_shape_mismatch_message():
    a, b = np.ones((2, 3)), np.ones((2, 3))
    with pytest.raises(ValueError) as np_exc:
        np.dot(a, b)
    with pytest.raises(ValueError) as tnp_exc:
        prod.dot(from_numpy(a), from_numpy(b))
    assert str(tnp_exc.value) == str(np_exc.value)
    with pytest.raises(ValueError, match=r"shapes \(3,\) and \(2,\) not aligned"):
        prod.dot(tnp.ones(3), tnp.ones(2))


def test_dot_out():
    a, b = np.arange(6.0).reshape(2, 3), np.arange(3.0)
    out = tnp.zeros(2)
    r = prod.dot(from_numpy(a), from_numpy(b), out=out)
    assert r is out
    assert_same(out, np.dot(a, b))
    # NumPy's strict requirements: exact dtype, exact shape, C-contiguous
    bad = [tnp.zeros(2, dtype="float32"), tnp.zeros((1, 2)), tnp.zeros(4)[::2]]
    np_bad = [np.zeros(2, np.float32), np.zeros((1, 2)), np.zeros(4)[::2]]
    for t_out, n_out in zip(bad, np_bad, strict=True):
        with pytest.raises(ValueError, match="output array is not acceptable"):
            np.dot(a, b, out=n_out)
        with pytest.raises(ValueError, match="output array is not acceptable"):
            prod.dot(from_numpy(a), from_numpy(b), out=t_out)


@FEW
@given(names, names, shapes(max_dims=3, max_side=3), st.data())
def test_vdot(na, nb, shape, data):
    a = data.draw(arrays(na, shape))
    other = shape if data.draw(st.integers(0, 4)) else data.draw(shapes(max_dims=2))
    b = data.draw(arrays(nb, other))
    bound = _abs64(a).ravel() @ _abs64(b).ravel() if a.size == b.size else 0
    same_outcome(
        lambda: np.vdot(a, b),
        lambda: prod.vdot(from_numpy(a), from_numpy(b)),
        compare=_close(bound),
    )


@FEW
@given(names, names, shapes(max_dims=3, max_side=3), shapes(max_dims=3, max_side=3), st.data())
def test_inner(na, nb, sa, sb, data):
    if sa and sb and data.draw(st.integers(0, 4)):
        sb = (*sb[:-1], sa[-1])
    a, b = data.draw(arrays(na, sa)), data.draw(arrays(nb, sb))
    ok = a.ndim and b.ndim and a.shape[-1] == b.shape[-1]
    bound = np.inner(_abs64(a), _abs64(b)) if ok else 0
    same_outcome(
        lambda: np.inner(a, b),
        lambda: prod.inner(from_numpy(a), from_numpy(b)),
        compare=_close(bound),
    )


@FEW
@given(names, names, shapes(max_dims=2), shapes(max_dims=2), st.data())
def test_outer(na, nb, sa, sb, data):
    a, b = data.draw(arrays(na, sa)), data.draw(arrays(nb, sb))
    same_outcome(lambda: np.outer(a, b), lambda: prod.outer(from_numpy(a), from_numpy(b)))


def test_outer_out_follows_ufunc_casting():
    a, b = np.arange(3.0), np.arange(2.0)
    out = tnp.zeros((3, 2))
    assert prod.outer(from_numpy(a), from_numpy(b), out=out) is out
    assert_same(out, np.outer(a, b))
    with pytest.raises(TypeError):
        prod.outer(from_numpy(a), from_numpy(b), out=tnp.zeros((3, 2), dtype="int64"))


@st.composite
def tensordot_case(draw):
    na, nb = draw(names), draw(names)
    sa = draw(shapes(max_dims=3, max_side=3))
    k = draw(st.integers(0, len(sa)))
    if draw(st.booleans()):
        # integer axes: the last k of a against the first k of b
        sb = tuple(sa[len(sa) - k :]) + draw(shapes(max_dims=2, max_side=3))
        axes = k
    else:
        axes_a = draw(st.permutations(range(len(sa))))[:k]
        extra = draw(shapes(max_dims=2, max_side=3))
        sb_list = list(extra)
        axes_b = []
        for ax in axes_a:
            pos = draw(st.integers(0, len(sb_list)))
            sb_list.insert(pos, sa[ax])
            axes_b = [p + (p >= pos) for p in axes_b] + [pos]
        sb = tuple(sb_list)
        neg = draw(st.booleans())
        axes = (
            [a - len(sa) if neg else a for a in axes_a],
            [b - len(sb) if neg else b for b in axes_b],
        )
    return draw(arrays(na, sa)), draw(arrays(nb, sb)), axes


@FEW
@given(tensordot_case())
def test_tensordot(case):
    a, b, axes = case
    bound = np.tensordot(_abs64(a), _abs64(b), axes)
    same_outcome(
        lambda: np.tensordot(a, b, axes),
        lambda: prod.tensordot(from_numpy(a), from_numpy(b), axes),
        compare=_close(bound),
    )


def test_tensordot_errors_and_default():
    a, b = np.arange(24.0).reshape(2, 3, 4), np.arange(24.0).reshape(3, 4, 2)
    assert_same(prod.tensordot(from_numpy(a), from_numpy(b)), np.tensordot(a, b))
    assert_same(prod.tensordot(from_numpy(a), from_numpy(b), -1), np.tensordot(a, b, -1))
    for axes in (([0, 1], [0]), ([0], [0]), 4):
        same_outcome(
            lambda axes=axes: np.tensordot(a, b, axes),
            lambda axes=axes: prod.tensordot(from_numpy(a), from_numpy(b), axes),
        )
    assert_same(prod.tensordot(from_numpy(a), from_numpy(b), (1, 0)), np.tensordot(a, b, (1, 0)))


@FEW
@given(names, names, shapes(max_dims=3, max_side=3), shapes(max_dims=3, max_side=3), st.data())
def test_kron(na, nb, sa, sb, data):
    a, b = data.draw(arrays(na, sa)), data.draw(arrays(nb, sb))
    same_outcome(lambda: np.kron(a, b), lambda: prod.kron(from_numpy(a), from_numpy(b)))


@st.composite
def cross_case(draw):
    na, nb = draw(st.sampled_from(DTYPES)), draw(st.sampled_from(DTYPES))
    batch = draw(shapes(max_dims=2, max_side=3))
    va, vb = draw(st.sampled_from([3, 3, 2, 4])), draw(st.sampled_from([3, 3, 2]))
    pa = draw(st.integers(0, len(batch)))
    pb = draw(st.integers(0, len(batch)))
    sa = (*batch[:pa], va, *batch[pa:])
    sb = (*batch[:pb], vb, *batch[pb:])
    kw = {"axisa": pa, "axisb": pb - len(sb), "axisc": draw(st.integers(-len(sa), len(sa) - 1))}
    if draw(st.integers(0, 5)) == 0:
        kw = {"axis": draw(st.integers(-2, 1))}
    return draw(arrays(na, sa)), draw(arrays(nb, sb)), kw


@FEW
@given(cross_case())
def test_cross(case):
    a, b, kw = case
    same_outcome(
        lambda: np.cross(a, b, **kw), lambda: prod.cross(from_numpy(a), from_numpy(b), **kw)
    )


def test_cross_of_2_vectors_warns_as_numpy_2():
    with pytest.warns(DeprecationWarning, match="2-dimensional vectors are deprecated"):
        r = prod.cross([1, 2], [3, 4])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        assert_same(r, np.cross([1, 2], [3, 4]))
        assert_same(prod.cross([1, 2], [3, 4, 5]), np.cross([1, 2], [3, 4, 5]))


def test_cross_errors():
    with pytest.raises(ValueError, match="incompatible dimensions for cross product"):
        prod.cross([1, 2, 3, 4], [1, 2, 3])
    with pytest.raises(tnp.AxisError, match="axisc: axis 5 is out of bounds"):
        prod.cross(tnp.ones((2, 3)), tnp.ones((3, 2)), axisb=0, axisc=5)
    with pytest.raises(TypeError, match="boolean subtract"):
        prod.cross([True, False, True], [True, True, False])


def test_results_are_tnp_arrays_of_numpys_dtype():
    a = np.array([1, 2, 3], dtype=np.uint8)
    b = np.array([1, 2, 3], dtype=np.int8)
    for f in ("dot", "vdot", "inner", "outer", "kron"):
        got = getattr(prod, f)(from_numpy(a), from_numpy(b))
        assert_same(got, getattr(np, f)(a, b))
    assert to_numpy(prod.vdot(from_numpy(a), from_numpy(b))).ndim == 0
