"""ufuncs against NumPy: every dtype pair, broadcasting, weak scalars, out/where/dtype/casting."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from hypothesis import assume, given, reject
from hypothesis import strategies as st
from tnp_core_test_helpers import (
    DTYPES,
    FEW,
    FLOATING,
    HYPOTHESIS,
    INEXACT,
    INTEGER,
    RTOL,
    SIGNED,
    UNSIGNED,
    arrays,
    assert_same,
    broadcastable_pairs,
    dtype_names,
    expected_exception,
    fmod_quotient_overflows,
    from_numpy,
    kind,
    numpy_outcome,
    same_outcome,
    sample,
    shapes,
    to_numpy,
    undefined_int_casts,
    weak_scalars,
)

import tnp_core as tnp

BINARY = (
    "add",
    "subtract",
    "multiply",
    "divide",
    "true_divide",
    "floor_divide",
    "remainder",
    "power",
    "equal",
    "not_equal",
    "less",
    "less_equal",
    "greater",
    "greater_equal",
)
UNARY = ("negative", "positive", "absolute", "exp", "sqrt")
CASTING = ("no", "equiv", "safe", "same_kind", "unsafe")

WEAK = (
    False, True, 0, 1, -1, 3, 200, -200, 1000, 2**40, 2**63, 2**64 - 1,
    0.0, -0.5, 2.5, 1e300, math.nan, math.inf, -math.inf, 1j, 2.5 - 1j,
)  # fmt: skip


def _tnp(x):
    return from_numpy(x) if isinstance(x, (np.ndarray, np.generic)) else x


def _check(name, *args, **kwargs):
    if len(args) == 2 and fmod_quotient_overflows(name, *args):
        reject()  # a documented limitation (torch's float64 fmod), not a specification
    np_args = args
    tnp_args = tuple(_tnp(a) for a in args)
    same_outcome(
        lambda: getattr(np, name)(*np_args, **kwargs),
        lambda: getattr(tnp, name)(*tnp_args, **kwargs),
    )


def _collect(cases):
    """Run every (label, thunk); return the labels and messages of the failures."""
    failures = []
    for label, thunk in cases:
        try:
            thunk()
        except AssertionError as exc:
            failures.append(f"{label}: {str(exc).splitlines()[0] if str(exc) else exc!r}")
    return failures


def _exponent_sample(name):
    # a negative integer exponent is an error (tested on its own); keep the loop's exponents
    # small so that float results stay finite and comparable
    if np.dtype(name).kind in "iu":
        return np.array([0, 1, 2, 3, 7], dtype=name)
    return sample(name)


# ----------------------------------------------------------------------------- attributes
@pytest.mark.parametrize("name", BINARY + UNARY + ("mod", "abs"))
def test_ufunc_attributes_match_numpy(name):
    got, want = getattr(tnp, name), getattr(np, name)
    assert isinstance(got, tnp.ufunc)
    assert (got.nin, got.nout, got.nargs, got.__name__) == (
        want.nin,
        want.nout,
        want.nargs,
        want.__name__,
    )
    assert repr(got) == repr(want)


# ----------------------------------------------------------------------------- dtype pairs
@pytest.mark.parametrize("name", BINARY)
def test_binary_every_dtype_pair(name):
    """All 196 loops, each on an outer product of typical values of both dtypes."""
    cases = []
    for a, b in itertools.product(DTYPES, DTYPES):
        x = sample(a)[:, None]
        y = (_exponent_sample(b) if name == "power" else sample(b))[None, :]
        if name == "power" and "c" in kind(a) + kind(b):
            x = x[x != 0][:, None]  # complex powers of zero: test_complex_power_of_zero
        cases.append((f"{name}({a}, {b})", lambda x=x, y=y: _check(name, x, y)))
    assert _collect(cases) == []


@pytest.mark.parametrize("name", UNARY)
def test_unary_every_dtype(name):
    cases = []
    for a in DTYPES:
        x = sample(a)
        cases.append((f"{name}({a})", lambda x=x: _check(name, x)))
    assert _collect(cases) == []


@pytest.mark.parametrize("name", BINARY)
def test_binary_weak_python_scalars_on_either_side(name):
    cases = []
    for a in DTYPES:
        x = sample(a)
        if name == "power" and kind(a) == "c":
            x = x[x != 0]  # complex powers of zero: test_complex_power_of_zero
        for s in WEAK:
            if name == "power" and kind(a) in "iu" and s in (2**40, 2**63, 2**64 - 1):
                continue  # exponentiation by huge ints: wrap-around loops, not promotion
            complex_power = name == "power" and (kind(a) == "c" or isinstance(s, complex))
            if complex_power and (s == 0 or not np.isfinite(s) or abs(s) > 1e100):
                continue  # zero and non-finite complex powers: C99 corner cases
            cases.append((f"{name}({a}, {s!r})", lambda x=x, s=s: _check(name, x, s)))
            cases.append((f"{name}({s!r}, {a})", lambda x=x, s=s: _check(name, s, x)))
    assert _collect(cases) == []


@pytest.mark.parametrize("name", BINARY)
def test_binary_on_python_scalars_and_lists(name):
    for x, y in [(3, 2), (2.5, 2), (True, False), (1j, 2), ([1, 2, 3], [2]), ((1.5, -2.0), 3)]:
        if name in ("floor_divide", "remainder") and isinstance(x, complex):
            continue
        _check(name, x, y)


# ----------------------------------------------------------------------------- hypothesis
@st.composite
def _binary_operands(draw, name):
    a, b = draw(dtype_names), draw(dtype_names)
    sa, sb = draw(broadcastable_pairs())
    complex_power = name == "power" and "c" in kind(a) + kind(b)
    # complex powers of zero and of non-finite values are C99 corner cases, tested apart
    x = draw(arrays(a, sa, specials=not complex_power))
    nonneg = name == "power" and kind(b) in "iu"
    y = draw(arrays(b, sb, specials=not complex_power, nonnegative=nonneg))
    if nonneg and y.size:
        # small exponents: no wrap-around dependence
        y = np.asarray(np.minimum(y, np.array(9, dtype=b)))
    if complex_power:
        x = np.asarray(np.where(x == 0, np.ones_like(x), x))
    return x, y


@pytest.mark.parametrize("name", BINARY)
@HYPOTHESIS
@given(data=st.data())
def test_binary_broadcasting_hypothesis(name, data):
    x, y = data.draw(_binary_operands(name))
    _check(name, x, y)


@pytest.mark.parametrize("name", BINARY)
@FEW
@given(data=st.data(), scalar=weak_scalars())
def test_binary_weak_scalar_hypothesis(name, data, scalar):
    a = data.draw(dtype_names)
    x = data.draw(arrays(a, shapes(), specials=True))
    if name == "power" and isinstance(scalar, int) and kind(a) in "biu":
        scalar = scalar % 8
    if name == "power" and (kind(a) == "c" or isinstance(scalar, complex)):
        # complex powers of zero and of non-finite values: C99 corner cases, tested apart
        x = data.draw(arrays(a, shapes()))
        x = np.asarray(np.where(x == 0, np.ones_like(x), x))
        assume(scalar != 0 and np.isfinite(scalar))
        # where a complex power overflows, the last bits of each product decide between a
        # huge finite value and inf, and torch's complex multiply (FMA) differs from NumPy's
        with np.errstate(over="ignore", invalid="ignore"):
            finite = all(
                np.all(np.isfinite(np.power(*args))) for args in ((x, scalar), (scalar, x))
            )
        assume(finite)
    _check(name, x, scalar)
    _check(name, scalar, x)


@pytest.mark.parametrize("name", UNARY)
@HYPOTHESIS
@given(x=st.one_of(*(arrays(n, shapes(), specials=True) for n in DTYPES)))
def test_unary_hypothesis(name, x):
    _check(name, x)


# ----------------------------------------------------------------------------- out=
def _check_out(name, args, out_dtype, out_shape=None, *, as_tuple=False, **kwargs):
    """``out=`` writes NumPy's values into the given array and returns that very array."""
    np_args = args
    shape = np.broadcast_shapes(*(np.shape(a) for a in args)) if out_shape is None else out_shape
    np_out = np.zeros(shape, dtype=out_dtype)
    tnp_out = tnp.zeros(shape, dtype=out_dtype)
    tnp_args = tuple(_tnp(a) for a in args)
    np_o = (np_out,) if as_tuple else np_out
    tnp_o = (tnp_out,) if as_tuple else tnp_out

    # the loop may run in a narrower dtype than out's: compare at the coarser precision
    loop_result, _ = numpy_outcome(lambda: getattr(np, name)(*np_args, **kwargs))
    names = [np.dtype(out_dtype).name]
    if loop_result is not None:
        names.append(np.asarray(loop_result).dtype.name)
    rtol = max(RTOL.get(n, 0.0) for n in names)

    def compare(got, _expected):
        assert got is tnp_out, "out= must return the out array itself"
        undefined = undefined_int_casts(loop_result, out_dtype)
        if undefined is None or not undefined.any():
            assert_same(tnp_out, np_out, rtol=rtol)
            return
        # casting='unsafe' wrote some float results that no integer represents
        defined = ~np.broadcast_to(undefined, shape)
        np.testing.assert_array_equal(to_numpy(tnp_out)[defined], np_out[defined])

    same_outcome(
        lambda: getattr(np, name)(*np_args, out=np_o, **kwargs),
        lambda: getattr(tnp, name)(*tnp_args, out=tnp_o, **kwargs),
        compare=compare,
    )


@pytest.mark.parametrize("name", BINARY)
@FEW
@given(data=st.data(), out_dtype=dtype_names, as_tuple=st.booleans())
def test_binary_out_hypothesis(name, data, out_dtype, as_tuple):
    x, y = data.draw(_binary_operands(name))
    _check_out(name, (x, y), out_dtype, as_tuple=as_tuple)


@pytest.mark.parametrize("name", UNARY)
@FEW
@given(x=st.one_of(*(arrays(n, shapes()) for n in DTYPES)), out_dtype=dtype_names)
def test_unary_out_hypothesis(name, x, out_dtype):
    _check_out(name, (x,), out_dtype)


@pytest.mark.parametrize("dtype", ["float16", "float32"])
@pytest.mark.parametrize("name", ["power", "remainder"])
def test_weak_float_is_rounded_to_the_loop_type_first(name, dtype):
    """NumPy casts a Python float to the array's float type before the loop: a tiny exponent
    is 0 (so ``x**0 == 1``) and ``1.0000001`` is 1 in float32."""
    x = np.array([-1.0, 0.0, 0.5, 3.0], dtype=dtype)
    for scalar in (4.47e-217, 1.0000001, 2.0000001, 1e-9, 1e300):
        with np.errstate(all="ignore"):
            _check(name, x, scalar)


_ONE_OUTPUT = sorted(
    name
    for name in dir(tnp)
    if isinstance(getattr(tnp, name), tnp.ufunc)
    and isinstance(getattr(np, name, None), np.ufunc)
    and getattr(np, name).nout == 1
    and getattr(np, name).signature is None
)


@pytest.mark.parametrize("name", _ONE_OUTPUT)
def test_every_ufunc_writes_its_own_result_dtype_into_out(name):
    """``out=`` of exactly the loop's result dtype and shape: torch's own out= path."""
    nin = getattr(np, name).nin
    cases = []
    for dtype in ("bool", "uint8", "int64", "float32", "float64", "complex128"):
        args = (sample(dtype, nonnegative=name in ("power", "ldexp")),) * nin
        result, exc = numpy_outcome(lambda args=args: getattr(np, name)(*args))
        if exc is not None:
            continue
        cases.append(
            (f"{name}({dtype}, out={result.dtype.name})",
             lambda args=args, out=result.dtype.name: _check_out(name, args, out))
        )  # fmt: skip
    assert _collect(cases) == []


@pytest.mark.parametrize("name", ["sqrt", "exp"])
@pytest.mark.parametrize("dtype", ["int16", "float32"])
def test_float64_out_selects_the_float64_loop_of_unary_ufuncs(name, dtype):
    """NumPy computes sqrt(int16 or float32, out=float64) in float64, not in float32."""
    x = np.array([3739, 3, 11], dtype=dtype)
    np_out = np.zeros(3)
    getattr(np, name)(x, out=np_out)
    tnp_out = tnp.zeros(3)
    getattr(tnp, name)(from_numpy(x), out=tnp_out)
    assert_same(tnp_out, np_out)


def test_out_may_be_larger_than_the_inputs_broadcast():
    x, y = np.arange(3.0), np.array(2.0)
    _check_out("add", (x, y), "float64", out_shape=(2, 3))


def test_out_of_the_wrong_shape_raises_value_error():
    _check_out("add", (np.arange(3.0), np.arange(3.0)), "float64", out_shape=(4,))
    _check_out("add", (np.ones((2, 3)), np.ones(3)), "float64", out_shape=(3,))


def test_out_is_written_through_views():
    base = tnp.zeros((3, 4))
    view = base[1]
    res = tnp.add(tnp.arange(4.0), 1.0, out=view)
    assert res is view
    want = np.zeros((3, 4))
    np.add(np.arange(4.0), 1.0, out=want[1])
    assert_same(base, want)


def test_out_may_alias_an_input():
    a = tnp.arange(5.0)
    np_a = np.arange(5.0)
    tnp.multiply(a, a, out=a)
    np.multiply(np_a, np_a, out=np_a)
    assert_same(a, np_a)


# ----------------------------------------------------------------------------- where=
@st.composite
def _where_case(draw):
    a, b = draw(dtype_names), draw(dtype_names)
    sa, sb = draw(broadcastable_pairs(max_dims=2))
    x = draw(arrays(a, sa))
    y = draw(arrays(b, sb))
    shape = np.broadcast_shapes(sa, sb)
    mask_shape = draw(st.sampled_from([shape, shape[1:], ()]))
    mask = draw(arrays("bool", mask_shape))
    return x, y, mask


@pytest.mark.parametrize("name", ["add", "multiply", "divide", "less", "power"])
@FEW
@given(case=_where_case(), out_dtype=dtype_names)
def test_where_with_out_keeps_the_masked_out_values(name, case, out_dtype):
    x, y, mask = case
    if name == "power" and y.dtype.kind in "iu":
        y = np.asarray(np.abs(y) % 5 if y.dtype.kind == "i" else y % 5)
    if name == "power" and "c" in x.dtype.kind + y.dtype.kind:
        x = np.asarray(np.where(x == 0, np.ones_like(x), x))
    shape = np.broadcast_shapes(x.shape, y.shape)
    fill = np.arange(math.prod(shape)).reshape(shape) % 2
    np_out = np.asarray(fill).astype(out_dtype)
    tnp_out = from_numpy(np_out)

    def compare(got, _expected):
        assert got is tnp_out
        assert_same(tnp_out, np_out)

    same_outcome(
        lambda: getattr(np, name)(x, y, out=np_out, where=mask),
        lambda: getattr(tnp, name)(_tnp(x), _tnp(y), out=tnp_out, where=from_numpy(mask)),
        compare=compare,
    )


@FEW
@given(case=_where_case())
def test_where_without_out_is_right_where_the_mask_holds(case):
    x, y, mask = case
    want, exc = numpy_outcome(lambda: np.add(x, y, where=mask))
    if exc is not None:
        with pytest.raises(expected_exception(exc)):
            tnp.add(_tnp(x), _tnp(y), where=from_numpy(mask))
        return
    got = tnp.add(_tnp(x), _tnp(y), where=from_numpy(mask))
    assert got.dtype.name == want.dtype.name
    assert got.shape == want.shape
    full_mask = np.broadcast_to(mask, want.shape)
    np.testing.assert_allclose(to_numpy(got)[full_mask], want[full_mask], rtol=1e-3)


def test_where_accepts_python_bools_and_lists():
    _check_out("add", (np.arange(3.0), 1.0), "float64", where=[True, False, True])
    _check_out("add", (np.arange(3.0), 1.0), "float64", where=False)


def test_where_must_be_boolean():
    _check_out("add", (np.arange(3.0), 1.0), "float64", where=np.array([1, 0, 1]))


# ----------------------------------------------------------------------------- dtype= / casting=
@pytest.mark.parametrize("name", BINARY)
@FEW
@given(data=st.data(), dtype=dtype_names)
def test_binary_dtype_argument(name, data, dtype):
    x, y = data.draw(_binary_operands(name))
    _check(name, x, y, dtype=dtype)


@pytest.mark.parametrize("name", UNARY)
@FEW
@given(x=st.one_of(*(arrays(n, shapes()) for n in DTYPES)), dtype=dtype_names)
def test_unary_dtype_argument(name, x, dtype):
    _check(name, x, dtype=dtype)


@pytest.mark.parametrize("name", ["add", "subtract", "multiply", "divide", "power", "less"])
@pytest.mark.parametrize("casting", CASTING)
def test_casting_rule_every_dtype_pair(name, casting):
    cases = []
    for a, b in itertools.product(DTYPES, DTYPES):
        x = sample(a)[1:3]
        y = _exponent_sample(b)[:2] if name == "power" else sample(b)[:2]
        cases.append(
            (f"{name}({a}, {b}, casting={casting!r})",
             lambda x=x, y=y: _check(name, x, y, casting=casting))
        )  # fmt: skip
    assert _collect(cases) == []


@pytest.mark.parametrize("casting", CASTING)
@FEW
@given(data=st.data(), out_dtype=dtype_names)
def test_casting_rule_applies_to_out(casting, data, out_dtype):
    x, y = data.draw(_binary_operands("add"))
    _check_out("add", (x, y), out_dtype, casting=casting)


def test_casting_violation_is_a_type_error():
    with pytest.raises(TypeError):
        tnp.add(tnp.ones(3, "f8"), tnp.ones(3, "f4"), out=tnp.zeros(3, "i8"))
    with pytest.raises(TypeError):
        tnp.add(tnp.ones(3, "f8"), 1, casting="no", dtype="f4")
    with pytest.raises(TypeError):
        tnp.multiply(tnp.ones(3, "i8"), tnp.ones(3, "i4"), casting="safe", dtype="i4")


def test_unknown_casting_rule_is_a_value_error():
    with pytest.raises(ValueError):
        np.add(np.ones(2), 1, casting="bogus")
    with pytest.raises(ValueError):
        tnp.add(tnp.ones(2), 1, casting="bogus")


# ----------------------------------------------------------------------------- integer rules
@pytest.mark.parametrize("name", ["floor_divide", "remainder"])
@pytest.mark.parametrize("dtype", [*INTEGER, "bool"])
def test_integer_division_by_zero_gives_zero(name, dtype):
    x = sample(dtype)
    zeros = np.zeros_like(x)
    _check(name, x, zeros)
    _check(name, x, 0 if dtype != "bool" else False)
    got = getattr(tnp, name)(from_numpy(x), from_numpy(zeros))
    assert got.tolist() == [0] * x.size if dtype != "bool" else True


@pytest.mark.parametrize("name", ["floor_divide", "remainder"])
@pytest.mark.parametrize("dtype", INTEGER)
def test_integer_floor_division_signs(name, dtype):
    lo = 0 if dtype in UNSIGNED else -7
    x = np.arange(lo, 8, dtype=dtype)[:, None]
    y = np.array([v for v in (-3, -2, -1, 1, 2, 3) if v >= lo], dtype=dtype)[None, :]
    _check(name, x, y)


@pytest.mark.parametrize("dtype", SIGNED)
def test_floor_divide_minimum_by_minus_one_wraps(dtype):
    x = np.array([np.iinfo(dtype).min, -5], dtype=dtype)
    _check("floor_divide", x, np.array(-1, dtype=dtype))
    _check("remainder", x, np.array(-1, dtype=dtype))


def test_bool_subtract_and_negative_are_type_errors():
    b = tnp.array([True, False])
    for op in (lambda: tnp.subtract(b, b), lambda: b - b, lambda: tnp.negative(b), lambda: -b):
        with pytest.raises(TypeError):
            op()
    with pytest.raises(TypeError):
        np.subtract(np.array([True]), np.array([False]))


@pytest.mark.parametrize("dtype", SIGNED)
def test_integer_to_negative_integer_power_is_a_value_error(dtype):
    x = np.array([2, 3], dtype=dtype)
    with pytest.raises(ValueError):
        np.power(x, np.array([1, -1], dtype=dtype))
    with pytest.raises(ValueError):
        tnp.power(from_numpy(x), from_numpy(np.array([1, -1], dtype=dtype)))
    with pytest.raises(ValueError):
        tnp.power(from_numpy(x), -2)
    with pytest.raises(ValueError):
        from_numpy(x) ** -1


@pytest.mark.parametrize("dtype", INTEGER)
def test_integer_power_wraps_like_numpy(dtype):
    x = np.array([3, 7, 255, 2], dtype=dtype) if dtype != "int8" else np.array([3, 7, 100, 2])
    x = x.astype(dtype)
    _check("power", x, np.array([5, 13, 2, 63], dtype=dtype))


@pytest.mark.parametrize("name", ["add", "subtract", "multiply"])
@pytest.mark.parametrize("dtype", UNSIGNED + SIGNED)
def test_integers_wrap_around(name, dtype):
    info = np.iinfo(dtype)
    x = np.array([int(info.max), int(info.min), int(info.max) // 2 + 3, 1], dtype=dtype)
    y = np.array([1, int(info.max), int(info.max), int(info.max)], dtype=dtype)
    _check(name, x, y)
    _check(name, y, x)


@pytest.mark.parametrize("dtype", UNSIGNED)
def test_unsigned_negative_wraps_and_absolute_is_identity(dtype):
    x = sample(dtype)
    _check("negative", x)
    _check("absolute", x)
    _check("subtract", np.zeros_like(x), x)


def test_unsigned_comparisons_use_the_full_range():
    x = np.array([0, 2**63, 2**64 - 1, 5], dtype="uint64")
    y = np.array([2**63 + 1, 2**63 - 1, 2**64 - 2, 5], dtype="uint64")
    for name in ("less", "less_equal", "greater", "greater_equal", "equal", "not_equal"):
        _check(name, x, y)
        _check(name, x, np.array([-1, 2**62, -(2**63), 5], dtype="int64"))


def test_out_of_range_python_int_in_a_comparison():
    """NumPy 2 compares Python ints exactly, whatever the array dtype (no OverflowError)."""
    for dtype in ("int8", "uint8", "int16", "uint32", "int64", "uint64"):
        x = sample(dtype)
        for value in (1000, -1000, -1, 2**64):
            for name in ("equal", "not_equal", "less", "less_equal", "greater", "greater_equal"):
                _check(name, x, value)
                _check(name, value, x)


# ----------------------------------------------------------------------------- floats
_SPECIALS = np.array([math.nan, math.inf, -math.inf, 0.0, -0.0, 1.0, -1.0, 2.5])


@pytest.mark.parametrize("name", BINARY)
@pytest.mark.parametrize("dtype", INEXACT)
def test_float_special_values(name, dtype):
    x = _SPECIALS.astype(dtype)
    _check(name, x[:, None], x[None, :])


@pytest.mark.parametrize("name", UNARY)
@pytest.mark.parametrize("dtype", FLOATING)
def test_unary_special_values(name, dtype):
    _check(name, _SPECIALS.astype(dtype))


@pytest.mark.parametrize("dtype", FLOATING)
def test_float_division_by_zero_and_overflow(dtype):
    big = float(np.finfo(dtype).max)
    x = np.array([1.0, -1.0, 0.0, big, -big], dtype=dtype)
    _check("divide", x, np.zeros(5, dtype=dtype))
    _check("multiply", x, np.full(5, 2.0, dtype=dtype))
    _check("floor_divide", x, np.zeros(5, dtype=dtype))
    _check("remainder", x, np.zeros(5, dtype=dtype))
    _check("exp", np.array([1000.0, -1000.0, 88.0, 11.0], dtype=dtype))
    _check("sqrt", np.array([-1.0, -0.0, 4.0], dtype=dtype))


def test_float_remainder_and_floor_divide_follow_python_signs():
    x = np.array([5.5, -5.5, 5.5, -5.5, 0.0, -0.0])
    y = np.array([2.0, 2.0, -2.0, -2.0, 3.0, -3.0])
    _check("remainder", x, y)
    _check("floor_divide", x, y)


@pytest.mark.parametrize("dtype", ["complex64", "complex128"])
def test_complex_power_of_zero(dtype):
    """0 ** 0 is 1, 0 ** positive real is 0, as NumPy."""
    zero = np.zeros(3, dtype=dtype)
    _check("power", zero, np.array([0, 2, 0.5], dtype=dtype))
    _check("power", zero, 0)
    _check("power", zero, 2.0)


def test_complex_sqrt_and_exp():
    z = np.array([-4 + 0j, 3 - 4j, 1j, -1j, 0j, complex(1, math.pi)])
    _check("sqrt", z)
    _check("exp", z)
    _check("sqrt", z.astype("complex64"))


@pytest.mark.parametrize("dtype", ["int8", "int16", "int32", "int64", "uint8", "bool"])
def test_float_loops_for_integer_inputs(dtype):
    """exp and sqrt pick NumPy's loop: float16 for 8-bit ints and bool, float32 for 16-bit."""
    x = np.array([0, 1, 2, 4], dtype=dtype) if dtype != "bool" else np.array([True, False])
    _check("exp", x)
    _check("sqrt", x)
    _check("divide", x, x)


@pytest.mark.parametrize(
    ("name", "dtype", "scalar"),
    [("divide", "float16", 1e-9), ("multiply", "float16", 2**40), ("multiply", "float32", 1e300),
     ("add", "complex64", math.inf), ("subtract", "complex128", math.nan)],
)  # fmt: skip
def test_weak_scalar_is_converted_to_the_array_dtype_first(name, dtype, scalar):
    """NEP 50: the Python scalar becomes a value of the loop dtype before the operation
    (1e-9 is 0 in float16, so 0 / 1e-9 is 0 / 0 = nan; inf is inf+0j, not inf+nanj)."""
    x = np.array([0.0, 1.0, -2.0], dtype=dtype)
    _check(name, x, scalar)
    _check(name, scalar, x)


def test_zero_d_arrays_are_strong_and_results_are_zero_d():
    _check("add", np.array(1.5, dtype="float32"), 2.0)
    _check("add", np.array(3, dtype="int8"), np.array([1, 2], dtype="int16"))
    got = tnp.add(tnp.float32(1.5), 2.0)
    assert got.shape == ()
    assert got.dtype.name == "float32"


def test_ufuncs_accept_torch_tensors():
    import torch

    t = torch.arange(4, dtype=torch.float32)
    got = tnp.multiply(t, 2.0)
    assert isinstance(got, tnp.ndarray)
    assert_same(got, np.multiply(np.arange(4, dtype=np.float32), 2.0))


def test_wrong_number_of_arguments_is_a_type_error():
    with pytest.raises(TypeError):
        tnp.add(tnp.ones(2))
    with pytest.raises(TypeError):
        tnp.exp(tnp.ones(2), tnp.ones(2), tnp.ones(2))


@pytest.mark.parametrize("name", ["add", "multiply", "maximum", "less", "exp", "negative"])
def test_out_of_the_loop_dtype_is_written_in_place(name):
    ufunc = getattr(tnp, name)
    x = tnp.asarray([0.5, -1.0, 2.0])
    args = (x,) * ufunc.nin
    out = tnp.empty(3, dtype=ufunc(*args).dtype)
    assert ufunc(*args, out=out) is out
    assert_same(out, getattr(np, name)(*[np.asarray([0.5, -1.0, 2.0])] * ufunc.nin))


def test_out_overlapping_an_input_is_computed_as_if_buffered():
    r = tnp.arange(5.0)
    expected = np.arange(5.0)
    tnp.add(r[1:], r[:-1], out=r[1:])
    np.add(expected[1:], expected[:-1], out=expected[1:])
    assert_same(r, expected)


@pytest.mark.parametrize("name", ["float16", "float32"])
@pytest.mark.parametrize("scalar", [-2147483649, 2**24 + 1, -(2**40) - 1, 70001])
def test_weak_int_is_rounded_to_the_narrow_float_loop_first(name, scalar):
    # -2147483649 rounds to an even float32, so (-0.0) ** it is +inf, as NumPy
    x = np.array([-0.0, 2.0, -1.0], dtype=name)
    for op in ("power", "add", "subtract"):
        same_outcome(
            lambda op=op: getattr(np, op)(x, scalar),
            lambda op=op: getattr(tnp, op)(from_numpy(x), scalar),
        )
