"""Bitwise, shift, logical, divmod and matmul ufuncs and their operators, against NumPy."""

from __future__ import annotations

import itertools
import operator

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tnp_core_test_helpers import (
    DTYPES,
    FEW,
    INTEGER,
    arrays,
    assert_same,
    broadcastable_pairs,
    from_numpy,
    same_outcome,
    sample,
    shapes,
)

import tnp_core as tnp
from tnp_core import _ufuncs

BITWISE = ("bitwise_and", "bitwise_or", "bitwise_xor")
SHIFTS = ("left_shift", "right_shift")
LOGICAL = ("logical_and", "logical_or", "logical_xor")
BINARY = BITWISE + SHIFTS + LOGICAL + ("divmod",)
UNARY = ("invert", "logical_not")
ALIASES = {
    "bitwise_not": "invert",
    "bitwise_invert": "invert",
    "bitwise_left_shift": "left_shift",
    "bitwise_right_shift": "right_shift",
}
OPERATORS = {
    "bitwise_and": operator.and_,
    "bitwise_or": operator.or_,
    "bitwise_xor": operator.xor,
    "left_shift": operator.lshift,
    "right_shift": operator.rshift,
}
IN_PLACE = {
    "bitwise_and": operator.iand,
    "bitwise_or": operator.ior,
    "bitwise_xor": operator.ixor,
    "left_shift": operator.ilshift,
    "right_shift": operator.irshift,
}
# typical values plus shift counts around the bit widths
WEAK = (False, True, 0, 1, -1, 3, 7, 8, 63, 64, 200, 2**63, 2.5, 1j)


def _tnp(x):
    return from_numpy(x) if isinstance(x, (np.ndarray, np.generic)) else x


def _compare_tuple(got, want):
    assert isinstance(got, tuple)
    assert len(got) == len(want)
    for g, w in zip(got, want, strict=True):
        assert_same(g, w)


def _check(name, *args, **kwargs):
    tnp_args = tuple(_tnp(a) for a in args)
    same_outcome(
        lambda: getattr(np, name)(*args, **kwargs),
        lambda: getattr(_ufuncs, name)(*tnp_args, **kwargs),
        compare=_compare_tuple if name == "divmod" else None,
    )


# ----------------------------------------------------------------------------- attributes
@pytest.mark.parametrize("name", BINARY + UNARY + ("matmul",))
def test_attributes_match_numpy(name):
    got, want = getattr(_ufuncs, name), getattr(np, name)
    assert isinstance(got, tnp.ufunc)
    assert (got.nin, got.nout, got.nargs, got.__name__, repr(got)) == (
        want.nin,
        want.nout,
        want.nargs,
        want.__name__,
        repr(want),
    )
    assert got.identity == want.identity
    assert got.signature == want.signature


@pytest.mark.parametrize(("alias", "name"), ALIASES.items())
def test_aliases_are_the_same_object(alias, name):
    assert getattr(_ufuncs, alias) is getattr(_ufuncs, name)


# ----------------------------------------------------------------------------- every dtype
@pytest.mark.parametrize("name", BINARY)
def test_binary_every_dtype_pair(name):
    failures = []
    for a, b in itertools.product(DTYPES, DTYPES):
        x, y = sample(a)[:, None], sample(b)[None, :]
        try:
            _check(name, x, y)
        except AssertionError as exc:
            failures.append(f"{name}({a}, {b}): {str(exc).splitlines()[0]}")
    assert failures == []


@pytest.mark.parametrize("name", UNARY)
@pytest.mark.parametrize("dtype", DTYPES)
def test_unary_every_dtype(name, dtype):
    _check(name, sample(dtype))


@pytest.mark.parametrize("name", BINARY)
def test_weak_python_scalars_on_either_side(name):
    failures = []
    for a in DTYPES:
        for s in WEAK:
            for args in ((sample(a), s), (s, sample(a))):
                try:
                    _check(name, *args)
                except AssertionError as exc:
                    failures.append(f"{name}{args!r}: {str(exc).splitlines()[0]}")
    assert failures == []


# ----------------------------------------------------------------------------- hypothesis
@st.composite
def _operands(draw, names=DTYPES):
    a, b = draw(st.sampled_from(names)), draw(st.sampled_from(names))
    sa, sb = draw(broadcastable_pairs())
    return draw(arrays(a, sa, specials=True)), draw(arrays(b, sb, specials=True))


@pytest.mark.parametrize("name", BINARY)
@FEW
@given(data=st.data())
def test_binary_broadcasting_hypothesis(name, data):
    x, y = data.draw(_operands())
    _check(name, x, y)


@pytest.mark.parametrize("name", SHIFTS)
@FEW
@given(data=st.data())
def test_shift_counts_of_any_size_hypothesis(name, data):
    a = data.draw(st.sampled_from(("bool", *INTEGER)))
    x = data.draw(arrays(a, shapes()))
    counts = st.integers(-3, 70) if a[0] == "i" else st.integers(0, 70)
    y = np.asarray(data.draw(st.lists(counts, min_size=1, max_size=4)), dtype=a)
    _check(name, x[..., None], y)


@pytest.mark.parametrize("name", UNARY)
@FEW
@given(x=st.one_of(*(arrays(n, shapes(), specials=True) for n in DTYPES)))
def test_unary_hypothesis(name, x):
    _check(name, x)


# ----------------------------------------------------------------------------- named cases
@pytest.mark.parametrize("dtype", INTEGER)
def test_shifts_by_the_bit_width_or_more(dtype):
    bits = np.dtype(dtype).itemsize * 8
    x = np.array([1, 5, np.iinfo(dtype).max], dtype=dtype)
    for count in (bits - 1, bits, bits + 1, 2 * bits):
        n = np.array(count, dtype=dtype)
        assert_same(_ufuncs.left_shift(_tnp(x), _tnp(n)), np.left_shift(x, n))
        assert_same(_ufuncs.right_shift(_tnp(x), _tnp(n)), np.right_shift(x, n))


@pytest.mark.parametrize("dtype", ["int8", "int16", "int32", "int64"])
def test_right_shift_of_negative_values_by_too_much_gives_minus_one(dtype):
    x = tnp.array([-1, -7, 7], dtype=dtype)
    bits = np.dtype(dtype).itemsize * 8
    assert (x >> bits).tolist() == [-1, -1, 0]
    assert (x << bits).tolist() == [0, 0, 0]
    assert (x >> -1).tolist() == [-1, -1, 0]


def test_shifts_of_bools_compute_in_int8():
    b = tnp.array([True, False])
    assert (b << b).dtype == tnp.dtype("int8")
    assert (b >> True).dtype == tnp.dtype("int8")


@pytest.mark.parametrize("name", BITWISE + SHIFTS + ("invert",))
@pytest.mark.parametrize("dtype", ["float16", "float32", "float64", "complex128"])
def test_bitwise_ufuncs_refuse_inexact_dtypes(name, dtype):
    x = tnp.ones(2, dtype=dtype)
    args = (x,) if name == "invert" else (x, x)
    with pytest.raises(TypeError, match=f"ufunc '{name}' not supported for the input types"):
        getattr(_ufuncs, name)(*args)


def test_bitwise_of_int64_and_uint64_is_refused_as_numpy():
    with pytest.raises(TypeError):
        tnp.array([1], dtype="int64") & tnp.array([1], dtype="uint64")


def test_logical_ufuncs_take_out_of_range_python_ints():
    x = np.array([0, 1], dtype="int8")
    _check("logical_and", x, 1000)
    _check("logical_or", 2**70, x)


def test_divmod_by_zero_for_ints_is_zero_and_zero():
    q, r = _ufuncs.divmod(tnp.array([5, -3, 0]), 0)
    assert q.tolist() == [0, 0, 0]
    assert r.tolist() == [0, 0, 0]


def test_divmod_by_zero_for_floats_as_numpy():
    x = np.array([1.0, -1.0, 0.0, np.inf, np.nan])
    for d in (0.0, -0.0):
        _check("divmod", x, np.array(d))


def test_divmod_out_tuple_and_positional_outs():
    x, y = np.array([7, -7, 5]), np.array([2, 3, -2])
    q, r = tnp.zeros(3, dtype="int64"), tnp.zeros(3, dtype="float64")
    got = _ufuncs.divmod(_tnp(x), _tnp(y), out=(q, r))
    assert got[0] is q
    assert got[1] is r
    assert_same(q, np.floor_divide(x, y))
    assert_same(r, np.remainder(x, y).astype("float64"))
    q2, r2 = tnp.zeros(3, dtype="int64"), tnp.zeros(3, dtype="int64")
    _ufuncs.divmod(_tnp(x), _tnp(y), q2, r2)
    assert_same(r2, np.remainder(x, y))


def test_divmod_out_must_be_a_tuple_of_two():
    x = tnp.array([1.0, 2.0])
    with pytest.raises(TypeError, match="'out' must be a tuple of arrays"):
        _ufuncs.divmod(x, 1, out=x)
    with pytest.raises(ValueError, match="exactly 2 entries"):
        _ufuncs.divmod(x, 1, out=(x,))


def test_divmod_out_may_alias_an_input():
    x = tnp.array([7.0, -7.0])
    _ufuncs.divmod(x, 2.0, out=(x, None))
    assert x.tolist() == [3.0, -4.0]


def test_divmod_of_complex_is_refused():
    with pytest.raises(TypeError):
        _ufuncs.divmod(tnp.array([1j]), 1)


# ----------------------------------------------------------------------------- operators
@pytest.mark.parametrize("name", OPERATORS)
@FEW
@given(data=st.data())
def test_operators_and_reflected_operators(name, data):
    x, y = data.draw(_operands(("bool", *INTEGER, "float64")))
    op = OPERATORS[name]
    same_outcome(lambda: op(x, y), lambda: op(_tnp(x), _tnp(y)))
    for s in (True, 3, 70):
        same_outcome(lambda s=s: op(x, s), lambda s=s: op(_tnp(x), s))
        same_outcome(lambda s=s: op(s, x), lambda s=s: op(s, _tnp(x)))


@pytest.mark.parametrize("name", IN_PLACE)
@pytest.mark.parametrize(("a", "b"), [("int16", "int8"), ("uint8", "bool"), ("int8", "int64")])
def test_in_place_operators(name, a, b):
    x, y = sample(a), sample(b)[:1]
    t = _tnp(x)
    same_outcome(lambda: IN_PLACE[name](x.copy(), y), lambda: IN_PLACE[name](t, _tnp(y)))


def test_invert_operator():
    for dtype in ("bool", *INTEGER):
        x = sample(dtype)
        assert_same(~_tnp(x), ~x)


def test_divmod_operators():
    x = np.array([7, -7, 1], dtype="int16")
    _compare_tuple(divmod(_tnp(x), 3), divmod(x, 3))
    _compare_tuple(divmod(7.5, _tnp(x)), divmod(7.5, x))
    _compare_tuple(divmod(_tnp(x), _tnp(x[::-1])), divmod(x, x[::-1]))


# ----------------------------------------------------------------------------- matmul
MATMUL_SHAPES = [
    ((3,), (3,)),
    ((2, 3), (3,)),
    ((3,), (3, 4)),
    ((2, 3), (3, 4)),
    ((5, 2, 3), (3, 4)),
    ((3,), (5, 3, 4)),
    ((5, 2, 3), (5, 3, 4)),
    ((1, 2, 3), (6, 1, 3, 2)),
    ((0, 3), (3, 4)),
    ((2, 0), (0, 4)),
    ((0,), (0,)),
    ((4, 0, 2, 3), (3, 1)),
]


def _matmul_sample(dtype, shape, seed):
    rng = np.random.default_rng(seed)
    kind = np.dtype(dtype).kind
    if kind == "b":
        return rng.integers(0, 2, shape).astype(bool)
    if kind == "u":
        return rng.integers(0, np.iinfo(dtype).max, shape, dtype=dtype, endpoint=True)
    if kind == "i":
        info = np.iinfo(dtype)
        return rng.integers(info.min, info.max, shape, dtype=dtype, endpoint=True)
    # small integer values: every product and sum exact, whatever the summation order
    values = rng.integers(-8, 9, shape)
    if kind == "c":
        return (values + 1j * rng.integers(-8, 9, shape)).astype(dtype)
    return values.astype(dtype)


@pytest.mark.parametrize(("s1", "s2"), MATMUL_SHAPES)
def test_matmul_shapes(s1, s2):
    x, y = _matmul_sample("int64", s1, 1), _matmul_sample("float64", s2, 2)
    _check("matmul", x, y)
    same_outcome(lambda: x @ y, lambda: _tnp(x) @ _tnp(y))


def test_matmul_every_dtype_pair():
    failures = []
    for i, (a, b) in enumerate(itertools.product(DTYPES, DTYPES)):
        x, y = _matmul_sample(a, (2, 3, 4), i), _matmul_sample(b, (4, 2), i + 1000)
        try:
            _check("matmul", x, y)
        except AssertionError as exc:
            failures.append(f"matmul({a}, {b}): {str(exc).splitlines()[0]}")
    assert failures == []


@FEW
@given(data=st.data())
def test_matmul_hypothesis(data):
    a, b = data.draw(st.sampled_from(DTYPES)), data.draw(st.sampled_from(DTYPES))
    n, k, m = (data.draw(st.integers(0, 3)) for _ in range(3))
    batch = data.draw(broadcastable_pairs(max_dims=2, max_side=3))
    s1 = data.draw(st.sampled_from([(k,), (*batch[0], n, k)]))
    s2 = data.draw(st.sampled_from([(k,), (*batch[1], k, m)]))
    seed = data.draw(st.integers(0, 2**16))
    _check("matmul", _matmul_sample(a, s1, seed), _matmul_sample(b, s2, seed + 1))


def test_bool_matmul_is_logical():
    x = np.array([[True, False], [False, False]])
    y = np.array([[True, True], [True, False]])
    assert_same(_tnp(x) @ _tnp(y), x @ y)
    big = np.ones((2, 300), dtype=bool)
    assert_same(_tnp(big) @ _tnp(big.T), big @ big.T)


def test_integer_matmul_wraps_as_numpy():
    for dtype in INTEGER:
        x = np.full((2, 5), np.iinfo(dtype).max, dtype=dtype)
        assert_same(_tnp(x) @ _tnp(x.T), x @ x.T)


@pytest.mark.parametrize("dtype", ["int8", "int64", "uint16", "uint64"])
def test_integer_matmul_off_cpu_fallbacks_are_exact(dtype):
    from tnp_core import _ufuncs_impl as impl

    x = _matmul_sample(dtype, (3, 2, 5), 3)
    y = _matmul_sample(dtype, (5, 4), 4)
    a64 = impl._int_operand(_tnp(x).tensor)
    b64 = impl._int_operand(_tnp(y).tensor)
    got = impl._back_to(_tnp(x).tensor.dtype, impl._matmul_by_products(a64, b64))
    assert_same(tnp.ndarray._from_tensor(got), x @ y)


def test_matmul_core_dimension_mismatch_message():
    msg = (
        r"matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
        r"signature \(n\?,k\),\(k,m\?\)->\(n\?,m\?\) \(size 2 is different from 3\)"
    )
    with pytest.raises(ValueError, match=msg):
        tnp.ones((2, 3)) @ tnp.ones((2, 3))
    with pytest.raises(ValueError, match=msg):
        tnp.ones(3) @ tnp.ones((2, 3))


def test_matmul_of_scalars_is_a_value_error():
    with pytest.raises(ValueError, match="Input operand 0 does not have enough dimensions"):
        _ufuncs.matmul(3, tnp.ones(2))
    with pytest.raises(ValueError, match="Input operand 1 does not have enough dimensions"):
        tnp.ones(2) @ 3


def test_matmul_batch_dimensions_that_do_not_broadcast():
    with pytest.raises(ValueError, match="could not be broadcast together with remapped shapes"):
        tnp.ones((2, 2, 3)) @ tnp.ones((3, 3, 4))


def test_matmul_with_lists_and_reflected():
    x = np.array([[1.0, 2.0], [3.0, 4.0]])
    assert_same([1.0, 2.0] @ _tnp(x), [1.0, 2.0] @ x)
    assert_same(_tnp(x) @ [[1], [2]], x @ [[1], [2]])


def test_matmul_out_and_dtype():
    x, y = np.ones((2, 3), dtype="int32"), np.ones((3, 2), dtype="int32")
    out = tnp.zeros((2, 2), dtype="float64")
    got = _ufuncs.matmul(_tnp(x), _tnp(y), out=out)
    assert got is out
    assert_same(out, np.matmul(x, y).astype("float64"))
    _check("matmul", x, y, dtype="float32")
    _check("matmul", x, y, casting="no", dtype="int64")
    with pytest.raises(ValueError, match="Output operand 0 has a mismatch in its core dimension 1"):
        _ufuncs.matmul(_tnp(x), _tnp(y), out=tnp.zeros((2, 3)))


def test_in_place_matmul():
    x = np.arange(6.0).reshape(2, 3)
    sq = np.arange(9.0).reshape(3, 3)
    t = _tnp(x)
    t @= _tnp(sq)
    x @= sq
    assert_same(t, x)
    with pytest.raises(ValueError, match="Output operand 0 has a mismatch"):
        t @= tnp.ones((3, 4))
    i = tnp.ones((2, 3), dtype="int64")
    with pytest.raises(TypeError, match="Cannot cast ufunc 'matmul' output"):
        i @= tnp.ones((3, 3))
    i @= tnp.ones((3, 3), dtype="int8")
    assert i.tolist() == [[3, 3, 3], [3, 3, 3]]
