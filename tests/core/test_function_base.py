"""diff, gradient, trapezoid, interp, convolve, correlate, unwrap, piecewise, vectorize,
apply_along_axis and apply_over_axes against NumPy."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from tnp_core_test_helpers import (
    DTYPES,
    FEW,
    FLOATING,
    INEXACT,
    RTOL,
    arrays,
    assert_same,
    from_numpy,
    same_outcome,
    shapes,
    to_numpy,
)

import tnp_core as tnp
from tnp_core import _function_base as fb

REAL = tuple(d for d in DTYPES if d not in ("complex64", "complex128"))


@st.composite
def _array(draw, names=DTYPES, min_dims=0, max_side=4, specials=False):
    name = draw(st.sampled_from(names))
    return draw(arrays(name, shapes(min_dims=min_dims, max_side=max_side), specials=specials))


def _close(scale):
    def compare(got, expected):
        name = np.asarray(expected).dtype.name
        if name in RTOL:
            assert_same(got, expected, atol=8 * RTOL[name] * (float(scale) + 1))
        else:
            assert_same(got, expected)

    return compare


def _scale(*xs):
    vals = [np.abs(np.asarray(x).astype(np.complex128)) for x in xs]
    finite = [v[np.isfinite(v)] for v in vals]
    return max((float(v.max()) for v in finite if v.size), default=0.0)


# ----------------------------------------------------------------------------- diff
@FEW
@given(_array(), st.data())
def test_diff(x, data):
    n = data.draw(st.integers(0, 3))
    axis = data.draw(st.integers(-x.ndim - 1, x.ndim)) if x.ndim else -1
    kw = {}
    if x.ndim and -x.ndim <= axis < x.ndim and data.draw(st.booleans()):
        edge_shape = list(x.shape)
        edge_shape[axis] = data.draw(st.integers(1, 2))
        kw["prepend"] = data.draw(arrays(data.draw(st.sampled_from(DTYPES)), tuple(edge_shape)))
    if data.draw(st.booleans()):
        kw["append"] = data.draw(st.sampled_from([0, 1.5, True]))
    tkw = {k: from_numpy(v) if isinstance(v, np.ndarray) else v for k, v in kw.items()}
    same_outcome(
        lambda: np.diff(x, n=n, axis=axis, **kw),
        lambda: fb.diff(from_numpy(x), n=n, axis=axis, **tkw),
        compare=_close(_scale(x) * 2**n),
    )


def test_diff_errors_and_identity():
    a = tnp.asarray([1, 2, 4])
    assert fb.diff(a, n=0) is a
    with pytest.raises(ValueError, match="order must be non-negative"):
        fb.diff(a, n=-1)
    with pytest.raises(ValueError, match="at least one dimensional"):
        fb.diff(tnp.asarray(3))
    with pytest.raises(tnp.AxisError):
        fb.diff(a, axis=1)


# ----------------------------------------------------------------------------- gradient
@st.composite
def gradient_case(draw):
    name = draw(st.sampled_from((*INEXACT, "int8", "int64", "uint16")))
    shape = draw(st.lists(st.integers(2, 5), min_size=1, max_size=3))
    f = draw(arrays(name, tuple(shape)))
    edge_order = draw(st.sampled_from([1, 2]))
    axis = None
    axes = list(range(len(shape)))
    if draw(st.booleans()):
        axes = draw(st.permutations(range(len(shape))))[: draw(st.integers(1, len(shape)))]
        axis = axes[0] if len(axes) == 1 and draw(st.booleans()) else tuple(axes)
    kind = draw(st.sampled_from(["none", "scalar", "each"]))
    varargs = []
    if kind == "scalar":
        varargs = [draw(st.sampled_from([0.5, 2.0, 3]))]
    elif kind == "each":
        for ax in axes:
            if draw(st.booleans()):
                varargs.append(draw(st.sampled_from([0.25, 2.0, 1])))
            else:
                steps = draw(st.lists(st.floats(0.25, 4.0), min_size=shape[ax], max_size=shape[ax]))
                coord_dtype = draw(st.sampled_from(["float64", "float32", "int64"]))
                if coord_dtype == "int64":
                    # whole steps: truncating float sums could repeat a coordinate (a zero
                    # spacing divides by zero, where only NaN/inf garbage is left to compare)
                    steps = np.maximum(1.0, np.round(steps))
                varargs.append(np.cumsum(steps).astype(coord_dtype))
    if edge_order == 2 and min(shape[a] for a in axes) < 3 and draw(st.booleans()):
        edge_order = 1
    return f, varargs, axis, edge_order


@FEW
@given(gradient_case())
def test_gradient(case):
    f, varargs, axis, edge_order = case
    targs = [from_numpy(v) if isinstance(v, np.ndarray) else v for v in varargs]

    def compare(got, expected):
        if isinstance(expected, tuple):
            assert isinstance(got, tuple)
            assert len(got) == len(expected)
            for g, e in zip(got, expected, strict=True):
                _close(_scale(f) * 50)(g, e)
        else:
            _close(_scale(f) * 50)(got, expected)

    same_outcome(
        lambda: np.gradient(f, *varargs, axis=axis, edge_order=edge_order),
        lambda: fb.gradient(from_numpy(f), *targs, axis=axis, edge_order=edge_order),
        compare=compare,
    )


def test_gradient_errors():
    with pytest.raises(ValueError, match="too small"):
        fb.gradient(tnp.ones(2), edge_order=2)
    with pytest.raises(ValueError, match="must match the length"):
        fb.gradient(tnp.ones(3), tnp.asarray([1.0, 2.0]))
    with pytest.raises(TypeError, match="invalid number of arguments"):
        fb.gradient(tnp.ones(3), 1.0, 2.0)
    with pytest.raises(ValueError, match="greater than 2"):
        fb.gradient(tnp.ones(5), edge_order=3)
    with pytest.raises(TypeError):
        fb.gradient(tnp.asarray([True, False, True]))
    assert fb.gradient(tnp.asarray(3.0)) == ()


# ----------------------------------------------------------------------------- trapezoid
@FEW
@given(_array(names=(*REAL, "complex128")), st.data())
def test_trapezoid(y, data):
    axis = data.draw(st.integers(-y.ndim - 1, y.ndim)) if y.ndim else -1
    kw = {}
    choice = data.draw(st.sampled_from(["dx", "x1d", "xnd", "none"]))
    if choice == "dx":
        kw["dx"] = data.draw(st.sampled_from([0.5, 2, 3.25]))
    elif choice == "x1d" and y.ndim and -y.ndim <= axis < y.ndim:
        kw["x"] = data.draw(arrays("float64", (y.shape[axis],)))
    elif choice == "xnd":
        kw["x"] = data.draw(arrays("float32", y.shape))
    tkw = {k: from_numpy(v) if isinstance(v, np.ndarray) else v for k, v in kw.items()}
    scale = _scale(y) * (_scale(kw["x"]) * 2 if "x" in kw else 4) * max(y.shape, default=1)
    same_outcome(
        lambda: np.trapezoid(y, axis=axis, **kw),
        lambda: fb.trapezoid(from_numpy(y), axis=axis, **tkw),
        compare=_close(scale),
    )


# ----------------------------------------------------------------------------- interp
@FEW
@given(
    st.lists(st.floats(-10, 10), min_size=1, max_size=6, unique=True),
    st.data(),
    st.sampled_from(["float32", "float64", "int64", "complex128"]),
)
def test_interp(xp_list, data, fp_name):
    xp = np.sort(np.array(xp_list))
    fp = data.draw(arrays(fp_name, (len(xp),)))
    x = data.draw(arrays("float64", shapes(max_dims=2), specials=True))
    kw = {}
    if data.draw(st.booleans()):
        kw["left"] = data.draw(st.sampled_from([-1.0, 7, np.nan]))
    if data.draw(st.booleans()):
        kw["right"] = data.draw(st.sampled_from([2.5, -3]))
    if data.draw(st.integers(0, 3)) == 0:
        kw["period"] = data.draw(st.sampled_from([5.0, -7, 360]))
        # xp values that wrap onto the same point (a tiny negative one rounds to the period
        # itself) leave ties whose order decides the result: a documented difference
        wrapped = np.mod(xp, abs(kw["period"]))
        assume(np.unique(np.mod(wrapped, abs(kw["period"]))).size == xp.size)
        assume(not np.any(wrapped == abs(kw["period"])))
    same_outcome(
        lambda: np.interp(x, xp, fp, **kw),
        lambda: fb.interp(from_numpy(x), from_numpy(xp), from_numpy(fp), **kw),
        compare=_close(_scale(fp) * 4),
    )


def test_interp_edges_and_errors():
    assert_same(
        fb.interp(2.5, [1, 2, 3], [3, 2, 0]), np.asarray(np.interp(2.5, [1, 2, 3], [3, 2, 0]))
    )
    xp, fp = [0.0, 1.0, np.inf], [0.0, 1.0, 5.0]
    assert_same(fb.interp([0.5, 1.0, 3.0], xp, fp), np.interp([0.5, 1.0, 3.0], xp, fp))
    for args in (
        ([1, 2], [1, 2], [3, 2, 3]),
        ([1, 2], [], []),
        ([1, 2], [[1, 2]], [3, 2]),
    ):
        same_outcome(lambda args=args: np.interp(*args), lambda args=args: fb.interp(*args))
    with pytest.raises(ValueError, match="period must be a non-zero value"):
        fb.interp([1, 2], [1, 2], [3, 2], period=0)


# ----------------------------------------------------------------------------- convolve
@FEW
@given(
    st.sampled_from(DTYPES),
    st.sampled_from(DTYPES),
    st.integers(0, 6),
    st.integers(0, 6),
    st.sampled_from(["full", "same", "valid"]),
    st.data(),
)
def test_convolve_and_correlate(na, nv, la, lv, mode, data):
    a = data.draw(arrays(na, (la,) if la != 6 else ()))
    v = data.draw(arrays(nv, (lv,) if lv != 6 else ()))
    scale = _scale(a) * _scale(v) * max(a.size, v.size, 1)
    same_outcome(
        lambda: np.convolve(a, v, mode),
        lambda: fb.convolve(from_numpy(a), from_numpy(v), mode),
        compare=_close(scale),
    )
    same_outcome(
        lambda: np.correlate(a, v, mode),
        lambda: fb.correlate(from_numpy(a), from_numpy(v), mode),
        compare=_close(scale),
    )


def test_convolve_defaults_and_errors():
    a, v = [1, 2, 3], [0, 1, 0.5]
    assert_same(fb.convolve(a, v), np.convolve(a, v))
    assert_same(fb.correlate(a, v), np.correlate(a, v))
    c = np.array([1 + 1j, 2, 3j])
    assert_same(fb.correlate(from_numpy(c), [1j, 2], "full"), np.correlate(c, [1j, 2], "full"))
    with pytest.raises(ValueError):
        fb.convolve([1, 2], [1], mode="foo")
    with pytest.raises(ValueError, match="cannot be empty"):
        fb.convolve([], [1])
    with pytest.raises(ValueError):
        fb.correlate([[1, 2]], [1])


# ----------------------------------------------------------------------------- unwrap
@FEW
@given(_array(names=(*FLOATING, "int64", "int16"), min_dims=1), st.data())
def test_unwrap(p, data):
    axis = data.draw(st.integers(-p.ndim, p.ndim - 1))
    kw = {}
    if data.draw(st.booleans()):
        kw["discont"] = data.draw(st.sampled_from([1.0, 4.0, 10]))
    if data.draw(st.booleans()):
        kw["period"] = data.draw(st.sampled_from([6, 2.0, 360]))
    scale = _scale(p) * 4 * max(p.shape) + 400
    same_outcome(
        lambda: np.unwrap(p, axis=axis, **kw),
        lambda: fb.unwrap(from_numpy(p), axis=axis, **kw),
        compare=_close(scale),
    )


def test_unwrap_phases():
    phase = np.linspace(0, 6 * np.pi, 20) % (2 * np.pi) - np.pi
    assert_same(fb.unwrap(from_numpy(phase)), np.unwrap(phase))
    assert_same(fb.unwrap([0, 1, 5, 7], period=6), np.unwrap([0, 1, 5, 7], period=6))
    assert_same(fb.unwrap([True, False]), np.unwrap([True, False]))


# ----------------------------------------------------------------------------- piecewise
@FEW
@given(_array(names=REAL), st.integers(1, 3), st.booleans(), st.data())
def test_piecewise(x, n_conds, with_default, data):
    conds = [data.draw(arrays("bool", x.shape)) for _ in range(n_conds)]
    funcs = []
    for i in range(n_conds + int(with_default)):
        funcs.append(data.draw(st.sampled_from([i + 2, 2.5, "abs", "double"])))

    def make(spec, lib):
        if spec == "abs":
            return lambda v: lib.abs(v) if lib is np else abs(v)
        if spec == "double":
            return lambda v: v + v
        return spec

    same_outcome(
        lambda: np.piecewise(x, conds, [make(f, np) for f in funcs]),
        lambda: fb.piecewise(
            from_numpy(x), [from_numpy(c) for c in conds], [make(f, tnp) for f in funcs]
        ),
    )


def test_piecewise_scalar_and_errors():
    assert_same(
        fb.piecewise(tnp.asarray(3.0), [True], [lambda v: v + 1]),
        np.piecewise(np.array(3.0), [True], [lambda v: v + 1]),
    )
    x = np.linspace(-2, 2, 5)
    assert_same(
        fb.piecewise(from_numpy(x), x < 0, [lambda v: -v, 7.0]),
        np.piecewise(x, x < 0, [lambda v: -v, 7.0]),
    )
    assert_same(
        fb.piecewise(from_numpy(x), [x < 0], [lambda v, k: v * k, 0], 3),
        np.piecewise(x, [x < 0], [lambda v, k: v * k, 0], 3),
    )
    with pytest.raises(ValueError, match="with 1 condition"):
        fb.piecewise(from_numpy(x), [x < 0], [1, 2, 3])


# ----------------------------------------------------------------------------- vectorize
def _mixed(a, b):
    return a - b if a > b else a + b


@FEW
@given(_array(names=("int8", "int64", "float32", "float64", "bool")), st.integers(-3, 3))
def test_vectorize_elementwise(x, b):
    same_outcome(
        lambda: np.vectorize(_mixed)(x, b) if x.size else np.vectorize(_mixed, otypes="d")(x, b),
        lambda: (
            fb.vectorize(_mixed)(from_numpy(x), b)
            if x.size
            else fb.vectorize(_mixed, otypes="d")(from_numpy(x), b)
        ),
    )


def test_vectorize_keywords():
    x = np.arange(5)
    v = fb.vectorize(lambda a: a / 2, otypes=[np.float32])
    assert v.otypes == "f"
    assert_same(v(from_numpy(x)), np.vectorize(lambda a: a / 2, otypes=[np.float32])(x))
    assert_same(
        fb.vectorize(lambda a: a * 1.5, otypes="l")(from_numpy(x)),
        np.vectorize(lambda a: a * 1.5, otypes="l")(x),
    )
    # two outputs
    got = fb.vectorize(lambda a: (a, a * 2.0))(from_numpy(x))
    exp = np.vectorize(lambda a: (a, a * 2.0))(x)
    assert isinstance(got, tuple)
    for g, e in zip(got, exp, strict=True):
        assert_same(g, e)

    # excluded arguments are passed through unvectorized
    def poly(x, coeffs):
        return sum(c * x**i for i, c in enumerate(coeffs))

    vp = fb.vectorize(poly, excluded={"coeffs"})
    assert_same(
        vp(from_numpy(x), coeffs=[1, 2, 3]),
        np.vectorize(poly, excluded={"coeffs"})(x, coeffs=[1, 2, 3]),
    )
    vp1 = fb.vectorize(poly, excluded={1})
    assert_same(vp1(from_numpy(x), [1, 2]), np.vectorize(poly, excluded={1})(x, [1, 2]))
    # keyword arguments not excluded are vectorized
    vk = fb.vectorize(lambda a, b=0: a + b)
    assert_same(vk(from_numpy(x), b=from_numpy(x)), np.vectorize(lambda a, b=0: a + b)(x, b=x))
    # doc, and errors
    assert fb.vectorize(poly, doc="a polynomial").__doc__ == "a polynomial"
    with pytest.raises(ValueError, match="size 0 inputs"):
        fb.vectorize(lambda a: a)(tnp.zeros(0))
    with pytest.raises(TypeError):
        fb.vectorize(3)


def test_vectorize_cache_calls_once_per_element():
    calls = []

    def f(a):
        calls.append(1)
        return a

    fb.vectorize(f, cache=True)(tnp.arange(4))
    assert len(calls) == 4
    calls.clear()
    fb.vectorize(f)(tnp.arange(4))
    assert len(calls) == 5  # the first element twice, as in NumPy


def test_vectorize_as_decorator():
    @fb.vectorize
    def half(a):
        return a / 2

    assert_same(half(tnp.arange(3)), np.arange(3) / 2)

    @fb.vectorize(otypes=["float32"])
    def third(a):
        return a / 3

    assert_same(
        third(tnp.arange(3)), np.vectorize(lambda a: a / 3, otypes=["float32"])(np.arange(3))
    )


def _inner1d(a, b):
    return (a * b).sum()


@FEW
@given(shapes(max_dims=2, max_side=3), shapes(max_dims=1, max_side=3), st.integers(1, 3), st.data())
def test_vectorize_signature(loop_a, loop_b, n, data):
    a = data.draw(arrays("float64", (*loop_a, n)))
    b = data.draw(arrays("float64", (*loop_b, n)))
    sig = "(n),(n)->()"
    same_outcome(
        lambda: np.vectorize(_inner1d, signature=sig, otypes="d")(a, b),
        lambda: fb.vectorize(_inner1d, signature=sig, otypes="d")(from_numpy(a), from_numpy(b)),
        compare=_close(_scale(a) * _scale(b) * n),
    )


def test_vectorize_signature_cases():
    x = np.arange(12.0).reshape(3, 4)
    # new output dimension, two outputs
    got = fb.vectorize(lambda r: (r[:2], r.sum()), signature="(n)->(m),()")(from_numpy(x))
    exp = np.vectorize(lambda r: (r[:2], r.sum()), signature="(n)->(m),()")(x)
    for g, e in zip(got, exp, strict=True):
        assert_same(g, e)
    with pytest.raises(ValueError, match="inconsistent size for core dimension"):
        fb.vectorize(_inner1d, signature="(n),(n)->()")(tnp.ones(3), tnp.ones(2))
    with pytest.raises(TypeError, match="wrong number of positional arguments"):
        fb.vectorize(_inner1d, signature="(n),(n)->()")(tnp.ones(3))
    with pytest.raises(ValueError, match="not a valid gufunc signature"):
        fb.vectorize(_inner1d, signature="(n)(n)->()")
    with pytest.raises(ValueError, match="does not have enough dimensions"):
        fb.vectorize(_inner1d, signature="(n),(n)->()")(tnp.asarray(1.0), tnp.ones(1))
    with pytest.raises(ValueError, match="size 0 inputs"):
        fb.vectorize(_inner1d, signature="(n),(n)->()")(tnp.ones((0, 3)), tnp.ones(3))
    empty = fb.vectorize(_inner1d, signature="(n),(n)->()", otypes="d")(
        tnp.ones((0, 3)), tnp.ones(3)
    )
    assert empty.shape == (0,)


# ----------------------------------------------------------------------------- apply_*
@FEW
@given(_array(names=("int16", "float64", "complex64", "bool"), min_dims=1), st.data())
def test_apply_along_axis(arr, data):
    axis = data.draw(st.integers(-arr.ndim - 1, arr.ndim))
    which = data.draw(st.sampled_from(["scale", "sum", "outer", "first2"]))

    def func(lib):
        if which == "scale":
            return lambda r: r * 2
        if which == "sum":
            return lambda r: r.sum()
        if which == "outer":
            return lambda r: r[:, None] * r[None, :]
        return lambda r: r[:2] if r.shape[0] >= 2 else lib.concatenate([r, r])[:2]

    if which == "first2" and min(arr.shape) < 2:
        return
    same_outcome(
        lambda: np.apply_along_axis(func(np), axis, arr),
        lambda: fb.apply_along_axis(func(tnp), axis, from_numpy(arr)),
    )


def test_apply_along_axis_extra_arguments_and_errors():
    b = np.arange(12).reshape(3, 4)
    assert_same(
        fb.apply_along_axis(lambda r, k, off=0: r * k + off, 0, from_numpy(b), 3, off=1),
        np.apply_along_axis(lambda r, k, off=0: r * k + off, 0, b, 3, off=1),
    )
    with pytest.raises(ValueError, match="iteration dimensions are 0"):
        fb.apply_along_axis(lambda r: r, 1, tnp.ones((0, 3)))


@pytest.mark.parametrize("axes", [0, [0, 2], (1,), [-1, 0]])
def test_apply_over_axes(axes):
    a = np.arange(24).reshape(2, 3, 4)
    got = fb.apply_over_axes(lambda v, ax: tnp.sum(v, axis=ax), from_numpy(a), axes)
    assert_same(got, np.apply_over_axes(np.sum, a, axes))
    kept = fb.apply_over_axes(lambda v, ax: tnp.sum(v, axis=ax, keepdims=True), from_numpy(a), axes)
    assert_same(kept, np.apply_over_axes(np.sum, a, axes))


def test_apply_over_axes_wrong_shape():
    with pytest.raises(ValueError, match="correct shape"):
        fb.apply_over_axes(lambda v, ax: tnp.sum(v), tnp.ones((2, 3)), [0])


def test_results_convert_back_exactly():
    x = np.array([1, 5, 2], dtype=np.uint64)
    assert to_numpy(fb.diff(from_numpy(x))).tolist() == np.diff(x).tolist()
