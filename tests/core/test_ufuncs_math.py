"""The math ufuncs (trigonometric, exponential, rounding, extrema, frexp/ldexp, gcd, ...)
and the gufuncs vecdot/matvec/vecmat against NumPy: every dtype, special values,
broadcasting, weak scalars, out/where/dtype."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, reject
from hypothesis import strategies as st
from tnp_core_test_helpers import (
    DTYPES,
    FEW,
    FLOATING,
    INTEGER,
    RTOL,
    arrays,
    assert_same,
    broadcastable_pairs,
    dtype_names,
    fmod_quotient_overflows,
    from_numpy,
    same_outcome,
    sample,
    shapes,
)

from tnp_core import _ufuncs as uf

# every name of kind "ufunc" in the numpy namespace of shared/api/numpy-api.tsv (scope core)
TSV_UFUNCS = [
    "abs",
    "absolute",
    "acos",
    "acosh",
    "add",
    "arccos",
    "arccosh",
    "arcsin",
    "arcsinh",
    "arctan",
    "arctan2",
    "arctanh",
    "asin",
    "asinh",
    "atan",
    "atan2",
    "atanh",
    "bitwise_and",
    "bitwise_count",
    "bitwise_invert",
    "bitwise_left_shift",
    "bitwise_not",
    "bitwise_or",
    "bitwise_right_shift",
    "bitwise_xor",
    "cbrt",
    "ceil",
    "conj",
    "conjugate",
    "copysign",
    "cos",
    "cosh",
    "deg2rad",
    "degrees",
    "divide",
    "divmod",
    "equal",
    "exp",
    "exp2",
    "expm1",
    "fabs",
    "float_power",
    "floor",
    "floor_divide",
    "fmax",
    "fmin",
    "fmod",
    "frexp",
    "gcd",
    "greater",
    "greater_equal",
    "heaviside",
    "hypot",
    "invert",
    "isfinite",
    "isinf",
    "isnan",
    "lcm",
    "ldexp",
    "left_shift",
    "less",
    "less_equal",
    "log",
    "log10",
    "log1p",
    "log2",
    "logaddexp",
    "logaddexp2",
    "logical_and",
    "logical_not",
    "logical_or",
    "logical_xor",
    "matmul",
    "matvec",
    "maximum",
    "minimum",
    "mod",
    "modf",
    "multiply",
    "negative",
    "nextafter",
    "not_equal",
    "positive",
    "pow",
    "power",
    "rad2deg",
    "radians",
    "reciprocal",
    "remainder",
    "right_shift",
    "rint",
    "sign",
    "signbit",
    "sin",
    "sinh",
    "spacing",
    "sqrt",
    "square",
    "subtract",
    "tan",
    "tanh",
    "true_divide",
    "trunc",
    "vecdot",
    "vecmat",
]

UNARY = [
    "arccos",
    "arccosh",
    "arcsin",
    "arcsinh",
    "arctan",
    "arctanh",
    "cos",
    "cosh",
    "sin",
    "sinh",
    "tan",
    "tanh",
    "exp2",
    "expm1",
    "log",
    "log2",
    "log10",
    "log1p",
    "rint",
    "cbrt",
    "deg2rad",
    "radians",
    "rad2deg",
    "degrees",
    "fabs",
    "spacing",
    "signbit",
    "isnan",
    "isinf",
    "isfinite",
    "floor",
    "ceil",
    "trunc",
    "sign",
    "reciprocal",
    "square",
    "conjugate",
    "bitwise_count",
]
BINARY = [
    "arctan2",
    "hypot",
    "copysign",
    "nextafter",
    "heaviside",
    "logaddexp",
    "logaddexp2",
    "float_power",
    "maximum",
    "minimum",
    "fmax",
    "fmin",
    "fmod",
    "gcd",
    "lcm",
]
TWO_OUTPUTS = ("frexp", "modf")
ALIASES = {
    "acos": "arccos",
    "acosh": "arccosh",
    "asin": "arcsin",
    "asinh": "arcsinh",
    "atan": "arctan",
    "atanh": "arctanh",
    "atan2": "arctan2",
    "conj": "conjugate",
    "pow": "power",
}

_NAN, _INF = math.nan, math.inf
_FLOAT_VALUES = [_NAN, _INF, -_INF, 0.0, -0.0, 0.5, 1.0, -1.0, 2.5, -3.0, 100.0, 1e-3, -0.75, 7.0]
_COMPLEX_PARTS = [0.0, -0.0, 1.0, -1.0, 2.5, _INF, -_INF, _NAN, 1e-3]


def values(name: str) -> np.ndarray:
    """Typical values of a dtype, with NaN, infinities and signed zeros for inexact ones."""
    kind = np.dtype(name).kind
    if kind == "f":
        return np.array(_FLOAT_VALUES, dtype=name)
    if kind == "c":
        return np.array([complex(a, b) for a in _COMPLEX_PARTS for b in _COMPLEX_PARTS], name)
    return sample(name)


def _compare(got, expected):
    if isinstance(expected, tuple):
        assert isinstance(got, tuple)
        assert len(got) == len(expected)
        for g, e in zip(got, expected, strict=True):
            assert_same(g, e)
    else:
        assert_same(got, expected)


def _check(name, *args, **kwargs):
    if len(args) == 2 and fmod_quotient_overflows(name, *args):
        reject()  # a documented limitation (torch's float64 fmod), not a specification
    tnp_args = tuple(from_numpy(a) if isinstance(a, np.ndarray) else a for a in args)
    tnp_kwargs = {k: from_numpy(v) if isinstance(v, np.ndarray) else v for k, v in kwargs.items()}
    same_outcome(
        lambda: getattr(np, name)(*args, **kwargs),
        lambda: getattr(uf, name)(*tnp_args, **tnp_kwargs),
        compare=_compare,
    )


# ----------------------------------------------------------------------------- the objects
@pytest.mark.parametrize("name", TSV_UFUNCS)
def test_every_numpy_ufunc_is_a_tnp_ufunc(name):
    assert isinstance(getattr(uf, name), uf.ufunc)


@pytest.mark.parametrize("name", UNARY + BINARY + list(TWO_OUTPUTS) + ["ldexp"])
def test_attributes_match_numpy(name):
    ours, theirs = getattr(uf, name), getattr(np, name)
    assert ours.__name__ == theirs.__name__
    assert (ours.nin, ours.nout, ours.nargs) == (theirs.nin, theirs.nout, theirs.nargs)
    assert ours.signature == theirs.signature
    if theirs.identity is None:
        assert ours.identity is None
    else:
        assert ours.identity == theirs.identity
    # every loop of ours is one of NumPy's
    assert set(ours.types) - {t for t in ours.types if "E" in t} <= set(theirs.types)
    assert ours.ntypes >= 1


@pytest.mark.parametrize(("alias", "name"), sorted(ALIASES.items()))
def test_array_api_aliases_are_the_same_objects(alias, name):
    assert getattr(uf, alias) is getattr(uf, name)
    assert getattr(uf, alias).__name__ == getattr(np, alias).__name__


@pytest.mark.parametrize("name", ["vecdot", "matvec", "vecmat"])
def test_gufunc_attributes(name):
    ours, theirs = getattr(uf, name), getattr(np, name)
    assert ours.signature == theirs.signature
    assert (ours.nin, ours.nout, ours.identity) == (theirs.nin, theirs.nout, theirs.identity)


# ----------------------------------------------------------------------------- every dtype
@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", UNARY + list(TWO_OUTPUTS))
def test_unary_every_dtype_with_special_values(name, dtype):
    _check(name, values(dtype))


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", BINARY)
def test_binary_every_dtype_every_value_pair(name, dtype):
    x = values(dtype)
    _check(name, x[:, None], x[None, :])


@pytest.mark.parametrize(
    ("d1", "d2"),
    [
        ("int8", "float32"),
        ("uint64", "int64"),
        ("bool", "float16"),
        ("int16", "uint16"),
        ("uint8", "int8"),
        ("float32", "complex64"),
        ("int32", "float16"),
        ("uint32", "int64"),
    ],
)
@pytest.mark.parametrize("name", BINARY)
def test_binary_mixed_dtypes(name, d1, d2):
    _check(name, sample(d1)[:, None], sample(d2)[None, :])


@pytest.mark.parametrize("scalar", [True, 0, 3, -2, 2.5, -0.0, _NAN, _INF, 1j])
@pytest.mark.parametrize("dtype", ["int8", "uint16", "int64", "float16", "float32", "float64"])
@pytest.mark.parametrize("name", BINARY)
def test_binary_weak_python_scalars(name, dtype, scalar):
    x = sample(dtype)
    _check(name, x, scalar)
    _check(name, scalar, x)


# ----------------------------------------------------------------------------- hypothesis
@FEW
@given(
    name=st.sampled_from(UNARY + list(TWO_OUTPUTS)),
    x=dtype_names.flatmap(lambda d: arrays(d, shapes(), specials=True)),
)
def test_unary_hypothesis(name, x):
    _check(name, x)


@st.composite
def _binary_operands(draw):
    s1, s2 = draw(broadcastable_pairs())
    d1 = draw(dtype_names)
    d2 = draw(st.sampled_from([d1, *DTYPES]))
    return draw(arrays(d1, s1, specials=True)), draw(arrays(d2, s2, specials=True))


@FEW
@given(name=st.sampled_from(BINARY), operands=_binary_operands())
def test_binary_broadcasting_hypothesis(name, operands):
    _check(name, *operands)


@FEW
@given(
    name=st.sampled_from(("sin", "log", "floor", "sign", "square", "isnan", "cbrt")),
    data=st.data(),
    out_dtype=dtype_names,
)
def test_unary_out_hypothesis(name, data, out_dtype):
    x = data.draw(dtype_names.flatmap(lambda d: arrays(d, shapes())))
    out_np = np.zeros(x.shape, out_dtype)
    out_tnp = from_numpy(out_np)
    # the loop runs in the input's float type (float32 for int16): compare at its precision
    try:
        with np.errstate(all="ignore"):
            loop = getattr(np, name)(x).dtype.name
    except TypeError:
        loop = out_dtype
    rtol = max(RTOL.get(loop, 0.0), RTOL.get(out_dtype, 0.0))

    def compare(got, want):
        assert_same(got, want, rtol=rtol)

    expected = same_outcome(
        lambda: getattr(np, name)(x, out=out_np),
        lambda: getattr(uf, name)(from_numpy(x), out=out_tnp),
        compare=compare,
    )
    if expected is not None:
        assert_same(out_tnp, out_np, rtol=rtol)


@FEW
@given(
    name=st.sampled_from(("maximum", "fmin", "arctan2", "fmod", "hypot")),
    data=st.data(),
)
def test_binary_where_with_out_hypothesis(name, data):
    shape = data.draw(shapes(max_dims=2))
    dtype = data.draw(st.sampled_from(("int16", "float32", "float64", "uint8")))
    x1 = data.draw(arrays(dtype, shape, specials=True))
    x2 = data.draw(arrays(dtype, shape, specials=True))
    mask = data.draw(arrays("bool", shape))
    out_np = np.full(shape, 7, dtype="float64")
    out_tnp = from_numpy(out_np)
    getattr(np, name)(x1, x2, out=out_np, where=mask)
    result = getattr(uf, name)(from_numpy(x1), from_numpy(x2), out=out_tnp, where=from_numpy(mask))
    assert result is out_tnp
    # the loop runs in the inputs' dtype (float32 for int16): compare at its precision
    with np.errstate(all="ignore"):
        loop = getattr(np, name)(x1, x2).dtype.name
    assert_same(out_tnp, out_np, rtol=max(RTOL.get(loop, 0.0), RTOL["float64"]))


@pytest.mark.parametrize("dtype", ["float32", "float64", "complex128", "float16"])
@pytest.mark.parametrize("name", ["sin", "exp2", "log1p", "square", "reciprocal", "maximum"])
def test_dtype_argument_selects_the_loop(name, dtype):
    f = getattr(np, name)
    args = [sample("int16")] * f.nin
    _check(name, *args, dtype=dtype)


@pytest.mark.parametrize("casting", ["no", "equiv", "safe", "same_kind", "unsafe"])
def test_casting_rule(casting):
    _check("sin", sample("int16"), casting=casting)
    _check("maximum", sample("int8"), sample("float32"), casting=casting)
    _check("fmod", sample("int32"), sample("int8"), out=np.zeros(9, "int8"), casting=casting)


# ----------------------------------------------------------------------------- special values
def test_maximum_minimum_propagate_nan_and_fmax_fmin_ignore_it():
    a = np.array([_NAN, 1.0, _NAN, -_INF])
    b = np.array([2.0, _NAN, _NAN, 0.0])
    for name in ("maximum", "minimum", "fmax", "fmin"):
        _check(name, a, b)
    c = np.array([complex(_NAN, 0), 1 + 1j, 2 + 0j, complex(1, _NAN)])
    d = np.array([2 + 0j, 1 + 2j, complex(0, _NAN), 3 + 0j])
    for name in ("maximum", "minimum", "fmax", "fmin"):
        _check(name, c, d)


def test_sign_of_complex_is_z_over_abs_z():
    z = np.array(
        [
            3 + 4j,
            -2j,
            0j,
            complex(_INF, 1),
            complex(-_INF, -1),
            complex(1, _INF),
            complex(_INF, _INF),
            complex(_NAN, 1),
            complex(_NAN, _INF),
            complex(1e-300, 1e-300),
        ]
    )
    _check("sign", z)
    _check("sign", z.astype("complex64"))


def test_sign_of_nan_is_nan_and_of_bool_a_type_error():
    _check("sign", np.array([_NAN, -0.0, 0.0, -_INF, 3.0]))
    _check("sign", np.array([True, False]))


def test_logaddexp_of_infinities():
    a = np.array([-_INF, _INF, _INF, -_INF, _NAN, 1000.0])
    b = np.array([-_INF, _INF, -_INF, 3.0, _INF, 1000.0])
    _check("logaddexp", a, b)
    _check("logaddexp2", a, b)
    assert uf.logaddexp.identity == -math.inf


@pytest.mark.parametrize("dtype", [*INTEGER, "bool"])
def test_integer_fmod_by_zero_gives_zero(dtype):
    x = sample(dtype)
    _check("fmod", x[:, None], np.zeros(3, dtype)[None, :])
    _check("fmod", x[:, None], x[None, :])


@pytest.mark.parametrize("name", ["floor", "ceil", "trunc", "rint"])
@pytest.mark.parametrize("dtype", DTYPES)
def test_rounding_keeps_integer_dtypes_where_numpy_does(name, dtype):
    _check(name, sample(dtype))
    _check(name, np.array(sample(dtype)[0]))


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # NumPy warns on overflow
@pytest.mark.parametrize("dtype", FLOATING)
def test_spacing_and_nextafter_are_exact(dtype):
    info = np.finfo(dtype)
    x = np.array(
        [
            0.0,
            -0.0,
            1.0,
            -1.0,
            2.0,
            -2.0,
            0.75,
            float(info.max),
            -float(info.max),
            float(info.tiny),
            -float(info.tiny),
            float(info.smallest_subnormal),
            _INF,
            _NAN,
        ],
        dtype,
    )
    got = uf.spacing(from_numpy(x))
    assert_same(got, np.spacing(x), rtol=0)
    for toward in (_INF, -_INF, 0.0, _NAN):
        assert_same(
            uf.nextafter(from_numpy(x), toward), np.nextafter(x, np.array(toward, dtype)), rtol=0
        )


def test_heaviside_at_zero_and_nan():
    x = np.array([_NAN, 0.0, -0.0, -1.0, _INF, -_INF, 2.0])
    _check("heaviside", x, 0.5)
    _check("heaviside", x, np.array(_NAN))
    _check("heaviside", x[:, None], x[None, :])


def test_float_power_computes_in_double():
    _check("float_power", sample("int8"), 2)
    _check("float_power", sample("float16"), sample("float32"))
    _check("float_power", sample("complex64"), 2)
    _check("float_power", np.array([-8.0, 0.0]), np.array([1 / 3, -1.0]))


@pytest.mark.parametrize("dtype", INTEGER)
def test_gcd_and_lcm_of_extremes(dtype):
    info = np.iinfo(dtype)
    x = np.array([0, 1, 6, int(info.max), int(info.min), int(info.max) - 1], dtype)
    _check("gcd", x[:, None], x[None, :])
    _check("lcm", x[:, None], x[None, :])


def test_gcd_rejects_bool_and_floats():
    _check("gcd", np.array([True]), np.array([False]))
    _check("lcm", np.array([1.0]), np.array([2]))
    assert uf.gcd.identity == 0
    assert uf.lcm.identity is None


@pytest.mark.parametrize("dtype", [*INTEGER, "bool"])
def test_bitwise_count_counts_magnitude_bits(dtype):
    info = np.iinfo(dtype) if dtype != "bool" else None
    x = sample(dtype) if info is None else np.array([0, 1, 7, info.max, info.min], dtype)
    _check("bitwise_count", x)


@pytest.mark.parametrize("dtype", INTEGER)
def test_integer_reciprocal_and_square_wrap_like_numpy(dtype):
    info = np.iinfo(dtype)
    x = np.array([0, 1, 2, 3, int(info.max), int(info.min), int(info.max) // 2], dtype)
    _check("reciprocal", x)
    _check("square", x)


# ----------------------------------------------------------------------------- two outputs
@pytest.mark.parametrize("name", TWO_OUTPUTS)
def test_two_outputs_into_out_arrays(name):
    x = np.array([[-2.5, 0.75], [1e-300, _INF]])
    first_dtype = "float64"
    second_dtype = "int32" if name == "frexp" else "float64"
    np1, np2 = np.zeros((2, 2), first_dtype), np.zeros((2, 2), second_dtype)
    t1, t2 = from_numpy(np1), from_numpy(np2)
    getattr(np, name)(x, np1, np2)
    r1, r2 = getattr(uf, name)(from_numpy(x), t1, t2)
    assert r1 is t1
    assert r2 is t2
    assert_same(t1, np1)
    assert_same(t2, np2)
    np1[...] = 0
    t1 = from_numpy(np1)
    getattr(np, name)(x, out=(np1, None))
    r1, _ = getattr(uf, name)(from_numpy(x), out=(t1, None))
    assert_same(t1, np1)


def test_two_output_out_errors():
    x = from_numpy(np.ones(2))
    with pytest.raises(TypeError):
        uf.modf(x, from_numpy(np.ones(2)), out=(None, None))
    with pytest.raises(ValueError):
        uf.modf(x, out=(from_numpy(np.ones(2)),))
    with pytest.raises(TypeError):
        uf.frexp(x, out=from_numpy(np.ones(2)))


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # NumPy warns on overflow
def test_frexp_of_subnormals_and_specials():
    x = np.array([5e-324, 2.2250738585072014e-308, -0.0, _INF, -_INF, _NAN, 1e308, -3.0])
    _check("frexp", x)
    _check("modf", x)
    _check("frexp", x.astype("float32"))
    _check("frexp", x.astype("float16"))


# ----------------------------------------------------------------------------- ldexp
@pytest.mark.parametrize(
    "args",
    [
        (np.array([1.5, -2.0, 0.0], "float32"), np.array([2, -3, 200], "int64")),
        (np.array([1.5, 3.0], "float16"), np.array([2, 20], "int8")),
        (np.array([1, 2], "int8"), np.array([2, 3], "int16")),
        (np.array([1, 2], "uint64"), np.array([2, 3], "int8")),
        (np.array([1.0, 2.0]), np.array([2, 3], "uint32")),
        (np.array([1.0, 2.0], "float32"), np.array([2, 3], "uint64")),
        (np.array([1.0, 2.0], "float32"), np.array([2.0, 3.0], "float32")),
        (np.array([1j]), np.array([2])),
        (np.array([1.0], "float32"), 3),
        (np.array([1.0], "float32"), 2**31),
        (np.array([1.0], "float32"), 2.5),
        (np.array([1.0], "float32"), True),
        (1.5, np.array([2], "int8")),
        (3, np.array([2], "int64")),
        (True, np.array([3], "int64")),
        (np.array([1.0, 2.0]), np.array([1, 2, 3])),
    ],
)
def test_ldexp_loops_and_errors(args):
    _check("ldexp", *args)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # NumPy warns on overflow
def test_ldexp_is_exact_at_the_extremes():
    x = np.array([5e-324, 1.0, 1e308, 0.0, _INF, _NAN, -1.5, 0.75, 3.0, 1.0, 1.0, 1.0])
    n = np.array([1, -1075, 2, 5000, -5000, 3, -1074, -1073, -1075, 1023, 1024, 2**62])
    assert_same(uf.ldexp(from_numpy(x), from_numpy(n)), np.ldexp(x, n), rtol=0)
    for dtype in ("float32", "float16"):
        xd = x.astype(dtype)
        nd = np.array([1, -150, 2, 60, -60, 3, -24, -25, -20, 15, 16, 2**40])
        assert_same(uf.ldexp(from_numpy(xd), from_numpy(nd)), np.ldexp(xd, nd), rtol=0)


# ----------------------------------------------------------------------------- gufuncs
def _finite(dtype, shape, data):
    return data.draw(arrays(dtype, shape))


@FEW
@given(data=st.data(), dtype=dtype_names, name=st.sampled_from(["vecdot", "matvec", "vecmat"]))
def test_gufuncs_hypothesis(data, dtype, name):
    n = data.draw(st.integers(0, 3))
    m = data.draw(st.integers(0, 3))
    b1, b2 = data.draw(broadcastable_pairs(max_dims=2, max_side=3))
    core1 = {"vecdot": (n,), "matvec": (m, n), "vecmat": (n,)}[name]
    core2 = {"vecdot": (n,), "matvec": (n,), "vecmat": (n, m)}[name]
    a = _finite(dtype, b1 + core1, data)
    b = _finite(dtype, b2 + core2, data)
    _check(name, a, b)


def test_gufunc_conjugates_the_vector():
    a = np.array([1 + 2j, 3 - 1j])
    m = np.array([[1j, 2], [3, -1j]])
    _check("vecdot", a, a[::-1].copy())
    _check("vecmat", a, m)
    _check("matvec", m, a)


@pytest.mark.parametrize(
    ("name", "s1", "s2"),
    [
        ("vecdot", (3,), ()),
        ("vecdot", (3,), (2,)),
        ("vecdot", (2, 3), (4, 3)),
        ("matvec", (2, 3), (2,)),
        ("matvec", (3,), (3,)),
        ("matvec", (5, 2, 3), (4, 3)),
        ("vecmat", (3,), (2, 3)),
        ("vecmat", (2,), (3, 4)),
    ],
)
def test_gufunc_shape_errors(name, s1, s2):
    a, b = np.ones(s1), np.ones(s2)
    _check(name, a, b)
    with pytest.raises(ValueError) as theirs:
        getattr(np, name)(a, b)
    with pytest.raises(ValueError) as ours:
        getattr(uf, name)(from_numpy(a), from_numpy(b))
    assert str(ours.value) == str(theirs.value)


def test_gufunc_out_and_dtype():
    a = np.arange(6.0).reshape(2, 3)
    v = np.array([1.0, -1.0, 2.0])
    out_np = np.zeros((4, 2))
    out_tnp = from_numpy(out_np)
    np.matvec(a, v, out=out_np)
    assert uf.matvec(from_numpy(a), from_numpy(v), out=out_tnp) is out_tnp
    assert_same(out_tnp, out_np)
    _check("matvec", a, v, out=np.zeros(3))
    _check("vecdot", a, v, dtype="float32")
    _check("vecdot", a.astype("int8"), v.astype("int8"), dtype="float16", casting="no")


def test_vecdot_axis():
    a = np.arange(6.0).reshape(3, 2)
    _check("vecdot", a, a, axis=0)
    _check("vecdot", a, a, axis=-2)
    with pytest.raises(TypeError):
        uf.matvec(from_numpy(a), from_numpy(a[0]), axis=0)
