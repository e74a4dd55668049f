"""The ndarray class against numpy.ndarray: attributes, views, conversions, operators."""

from __future__ import annotations

import itertools
import math
import operator

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st
from tnp_core_test_helpers import (
    DTYPES,
    FEW,
    arrays,
    assert_same,
    dtype_names,
    from_numpy,
    kind,
    same_outcome,
    sample,
    shapes,
    to_numpy,
)

import tnp_core as tnp

# ----------------------------------------------------------------------------- attributes


@given(x=st.one_of(*(arrays(n, shapes()) for n in DTYPES)))
@FEW
def test_attributes_match_numpy(x):
    a = from_numpy(x)
    assert a.shape == x.shape
    assert a.ndim == x.ndim
    assert a.size == x.size
    assert a.dtype.name == x.dtype.name
    assert a.itemsize == x.itemsize
    assert a.nbytes == x.nbytes
    assert len(a) == len(x) if x.ndim else True
    assert isinstance(a.tensor, torch.Tensor)
    assert a.device == torch.device("cpu")
    assert a.tolist() == x.tolist()
    if x.ndim:
        assert_same(a.T, x.T)


def test_transpose_of_zero_d_and_one_d_arrays():
    for x in (np.array(2.5), np.arange(3)):
        assert_same(from_numpy(x).T, x.T)


def test_strides_of_a_contiguous_array_and_its_transpose():
    x = np.zeros((2, 3, 4), dtype=np.float32)
    a = tnp.zeros((2, 3, 4), dtype="float32")
    assert a.strides == x.strides
    assert a.T.strides == x.T.strides
    assert a[:, 1].strides == x[:, 1].strides


def test_tensor_is_shared_not_copied():
    a = tnp.arange(4.0)
    a.tensor[0] = 9.0
    assert a.tolist()[0] == 9.0


# ----------------------------------------------------------------------------- views
def test_basic_slices_are_views_with_base():
    a = tnp.arange(10)
    x = np.arange(10)
    v = a[1:7:2]
    xv = x[1:7:2]
    assert v.base is a
    v[0] = 100
    xv[0] = 100
    assert_same(a, x)
    w = v[1:]
    assert w.base is a  # NumPy's base is the array that owns the memory
    w[:] = -1
    x[1:7:2][1:] = -1
    assert_same(a, x)


def test_transpose_is_a_view():
    a = tnp.zeros((2, 3))
    t = a.T
    assert t.base is a
    t[2, 1] = 5.0
    x = np.zeros((2, 3))
    x.T[2, 1] = 5.0
    assert_same(a, x)


def test_reshape_is_a_view_when_possible():
    a = tnp.arange(12)
    r = a.reshape(3, 4)
    assert r.base is a
    r[1, 1] = 99
    x = np.arange(12)
    x.reshape(3, 4)[1, 1] = 99
    assert_same(a, x)
    rr = r.reshape((2, 6))
    assert rr.base is a


@pytest.mark.parametrize(
    "shape", [(12,), (3, 4), (2, -1), (-1,), (2, 2, 3), [4, 3], (1, 12, 1), (12, 1)]
)
def test_reshape_shapes(shape):
    x = np.arange(12.0)
    a = tnp.arange(12.0)
    assert_same(a.reshape(shape), x.reshape(shape))
    assert_same(a.reshape(*shape), x.reshape(*shape))


def test_reshape_of_a_non_contiguous_array_copies_correct_values():
    x = np.arange(12).reshape(3, 4).T
    a = tnp.arange(12).reshape(3, 4).T
    assert_same(a.reshape(-1), x.reshape(-1))
    assert_same(a.reshape(2, 6), x.reshape(2, 6))
    with pytest.raises(ValueError):
        a.reshape(-1, copy=False)


def test_reshape_to_zero_d():
    x = np.array([7.5])
    assert_same(from_numpy(x).reshape(()), x.reshape(()))
    assert_same(tnp.asarray(3).reshape(()), np.asarray(3).reshape(()))
    assert_same(tnp.asarray(3).reshape(1, 1), np.asarray(3).reshape(1, 1))


def test_bad_reshape_is_a_value_error():
    with pytest.raises(ValueError):
        np.arange(6).reshape(4, 2)
    with pytest.raises(ValueError):
        tnp.arange(6).reshape(4, 2)
    with pytest.raises(ValueError):
        tnp.arange(6).reshape(-1, -1)


def test_copy_owns_its_memory():
    a = tnp.arange(4)
    c = a[1:].copy()
    assert c.base is None
    c[0] = 50
    assert a.tolist() == [0, 1, 2, 3]


# ----------------------------------------------------------------------------- astype
@pytest.mark.parametrize("src", DTYPES)
def test_astype_every_dtype_pair(src):
    x = sample(src)
    if kind(src) in "fc":
        x = x[np.isfinite(x) & (x.real >= 0)] if kind(src) == "f" else x
    failures = []
    for dst in DTYPES:
        if kind(src) in "fc" and kind(dst) in "iu":
            # float -> integer is only defined for values in range: clip them
            xs = np.clip(x.real, 0, 100).astype(src) if kind(src) == "f" else x.real.clip(0, 100)
        else:
            xs = x
        try:
            assert_same(from_numpy(xs).astype(dst), xs.astype(dst))
        except AssertionError as exc:
            failures.append(f"astype({src} -> {dst}): {str(exc).splitlines()[0]}")
    assert failures == []


@pytest.mark.parametrize("casting", ["no", "equiv", "safe", "same_kind", "unsafe"])
def test_astype_casting_rule(casting):
    for a, b in itertools.product(DTYPES, DTYPES):
        x = np.ones(2, dtype=a)
        same_outcome(
            lambda x=x, b=b: x.astype(b, casting=casting),
            lambda x=x, b=b: from_numpy(x).astype(b, casting=casting),
        )


def test_astype_copy_false_returns_the_same_array():
    a = tnp.arange(3.0)
    assert a.astype("float64", copy=False) is a
    b = a.astype("float64")
    assert b is not a
    b[0] = 9.0
    assert a.tolist() == [0.0, 1.0, 2.0]


# ----------------------------------------------------------------------------- conversions
def test_tolist_and_item():
    for x in (np.arange(6).reshape(2, 3), np.array(2.5), np.zeros((2, 0)), np.array([1 + 2j])):
        a = from_numpy(x)
        assert a.tolist() == x.tolist()
    x = np.arange(6).reshape(2, 3)
    a = from_numpy(x)
    assert a.item(4) == x.item(4)
    assert a.item(-1) == x.item(-1)
    assert a.item(1, 2) == x.item(1, 2)
    assert tnp.asarray([[7]]).item() == 7
    with pytest.raises(ValueError):
        a.item()
    with pytest.raises(IndexError):
        a.item(6)


@pytest.mark.parametrize("dtype", DTYPES)
def test_tolist_gives_python_scalars(dtype):
    x = sample(dtype)
    got = from_numpy(x).tolist()
    want = x.tolist()
    assert [type(v) for v in got] == [type(v) for v in want]
    assert repr(got) == repr(want)
    assert type(from_numpy(x[:1]).item()) is type(x[:1].item())


def test_uint64_values_above_int64_survive():
    x = np.array([2**64 - 1, 2**63, 1], dtype=np.uint64)
    a = from_numpy(x)
    assert a.tolist() == x.tolist()
    assert int(a[0]) == 2**64 - 1


@pytest.mark.parametrize(
    ("value", "dtype"),
    [(2.5, "float32"), (7, "int8"), (True, "bool"), (1 - 2j, "complex64"), (2**64 - 1, "uint64")],
)
def test_python_number_conversions_of_zero_d_arrays(value, dtype):
    x = np.array(value, dtype=dtype)
    a = tnp.array(value, dtype=dtype)
    assert complex(a) == complex(x)
    assert bool(a) == bool(x)
    if dtype != "complex64":
        assert float(a) == float(x)
        assert int(a) == int(x)


def test_operator_index_only_for_integer_scalars():
    assert operator.index(tnp.int8(3)) == 3
    assert operator.index(tnp.uint64(2**64 - 1)) == 2**64 - 1
    assert [10, 11, 12][tnp.int64(1)] == 11
    for bad in (np.float64(1.0), np.arange(2), np.array(True)):
        with pytest.raises(TypeError):
            operator.index(bad)
    for bad in (tnp.float64(1.0), tnp.arange(2), tnp.array(True)):
        with pytest.raises(TypeError):
            operator.index(bad)


def test_conversion_of_arrays_with_more_elements():
    for conv in (float, int, complex):
        with pytest.raises(TypeError):
            conv(np.arange(2))
        with pytest.raises(TypeError):
            conv(tnp.arange(2))
    with pytest.raises(TypeError):
        int(np.array([1]))
    with pytest.raises(TypeError):
        int(tnp.array([1]))
    with pytest.raises(ValueError):
        bool(np.arange(2))
    with pytest.raises(ValueError):
        bool(tnp.arange(2))
    assert bool(tnp.array([0])) is bool(np.array([0]))


def test_hash_of_scalars_matches_numpy_scalars():
    for value, dtype in ((5, "int64"), (2.5, "float64"), (True, "bool"), (-3, "int8")):
        assert hash(tnp.dtype(dtype).type(value)) == hash(np.dtype(dtype).type(value))
    with pytest.raises(TypeError):
        hash(tnp.arange(3))


def test_len_and_iteration():
    x = np.arange(6).reshape(3, 2)
    a = from_numpy(x)
    assert len(a) == len(x)
    rows = list(a)
    assert len(rows) == 3
    for got, want in zip(rows, x, strict=True):
        assert_same(got, want)
    assert [r.item() for r in tnp.arange(3)] == [0, 1, 2]
    with pytest.raises(TypeError):
        len(tnp.array(1))
    with pytest.raises(TypeError):
        iter(tnp.array(1))
    assert list(tnp.zeros((0, 2))) == []


def test_iteration_yields_views():
    a = tnp.zeros((2, 2))
    for row in a:
        row[0] = 1.0
    assert a.tolist() == [[1.0, 0.0], [1.0, 0.0]]


def test_repr_matches_numpy():
    for x in (
        np.arange(6).reshape(2, 3),
        np.array([1.5, 2.0, -3.25]),
        np.zeros(3, dtype=np.float32),
        np.array(True),
        np.array([], dtype=np.int8),
        np.array([1 + 2j, 3 - 4j]),
        np.array([[True, False]]),
    ):
        assert repr(from_numpy(x)) == repr(x)
        assert str(from_numpy(x)) == str(x)


# ----------------------------------------------------------------------------- operators
BINARY_OPERATORS = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
    "//": operator.floordiv,
    "%": operator.mod,
    "**": operator.pow,
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}
INPLACE_OPERATORS = {
    "+=": operator.iadd,
    "-=": operator.isub,
    "*=": operator.imul,
    "/=": operator.itruediv,
    "//=": operator.ifloordiv,
    "%=": operator.imod,
    "**=": operator.ipow,
}


def _operand(x, scalar):
    return x if scalar is None else scalar


@pytest.mark.parametrize("op", list(BINARY_OPERATORS))
def test_operators_with_arrays_and_scalars_on_either_side(op):
    fn = BINARY_OPERATORS[op]
    failures = []
    for dtype in ("bool", "int8", "uint16", "int64", "float32", "float64", "complex128"):
        x = sample(dtype, nonnegative=True)
        if op in ("//", "%") and kind(dtype) == "c":
            continue
        if op == "**" and kind(dtype) == "c":
            x = x[x != 0]  # complex powers of zero: test_ufuncs.test_complex_power_of_zero
        y = x[::-1].copy()
        for left, right in ((x, y), (x, 2), (3, x), (x, 1.5), (2.5, x), (x, True)):
            try:
                same_outcome(
                    lambda left=left, right=right: fn(left, right),
                    lambda left=left, right=right: fn(
                        from_numpy(left) if isinstance(left, np.ndarray) else left,
                        from_numpy(right) if isinstance(right, np.ndarray) else right,
                    ),
                )
            except AssertionError as exc:
                failures.append(f"{dtype}: {left!r} {op} {right!r}: {str(exc).splitlines()[0]}")
    assert failures == []


@pytest.mark.parametrize("op", list(INPLACE_OPERATORS))
@FEW
@given(a=dtype_names, b=dtype_names, scalar=st.sampled_from([None, 2, 1.5, True, 1j]))
def test_inplace_operators(op, a, b, scalar):
    fn = INPLACE_OPERATORS[op]
    x = sample(a, nonnegative=True)
    y = np.resize(sample(b, nonnegative=True), x.shape)
    if op == "**=" and kind(b) in "iu":
        y = y % 4
    if op == "**=" and ("c" in kind(a) + kind(b) or isinstance(scalar, complex)):
        x = np.where(x == 0, np.ones_like(x), x)  # complex powers of zero: tested apart
    operand = _operand(y, scalar)
    np_x = x.copy()
    tnp_x = from_numpy(x)
    before = tnp_x

    def run_np():
        result = fn(np_x, operand)
        return result

    def run_tnp():
        result = fn(tnp_x, from_numpy(operand) if isinstance(operand, np.ndarray) else operand)
        assert result is before, "an in-place operator must return the same array"
        return result

    same_outcome(run_np, run_tnp)


def test_int_array_plus_equal_float_is_a_type_error():
    x = np.arange(3)
    with pytest.raises(TypeError):
        x += 1.5
    a = tnp.arange(3)
    with pytest.raises(TypeError):
        a += 1.5
    assert a.tolist() == [0, 1, 2]


def test_inplace_overflow_and_wrap():
    a = tnp.zeros(3, dtype="int8")
    with pytest.raises(OverflowError):
        a += 1000
    u = tnp.zeros(2, dtype="uint8")
    u -= 1
    x = np.zeros(2, dtype=np.uint8)
    x -= 1
    assert_same(u, x)


def test_inplace_operator_writes_through_a_view():
    a = tnp.arange(6.0)
    v = a[2:5]
    v *= 10
    x = np.arange(6.0)
    xv = x[2:5]
    xv *= 10
    assert_same(a, x)


def test_unary_operators():
    for dtype in ("int8", "uint8", "float32", "complex64", "int64"):
        x = sample(dtype)
        for fn in (operator.neg, operator.pos, abs):
            same_outcome(lambda x=x, fn=fn: fn(x), lambda x=x, fn=fn: fn(from_numpy(x)))
    with pytest.raises(TypeError):
        -tnp.array([True])


def test_comparison_operators_return_arrays():
    a = tnp.arange(3)
    assert isinstance(a == 1, tnp.ndarray)
    assert (a == 1).tolist() == [False, True, False]
    assert (a != None).tolist() == (np.arange(3) != None).tolist()  # noqa: E711


def test_float_operators_with_nan_and_inf():
    x = np.array([math.nan, math.inf, -math.inf, 0.0, -0.0, 1.0])
    a = from_numpy(x)
    for fn in BINARY_OPERATORS.values():
        same_outcome(lambda fn=fn: fn(x[:, None], x), lambda fn=fn: fn(a[:, None], a))


def test_numpy_array_on_the_left_defers_to_tnp():
    """``__array_priority__`` makes NumPy return NotImplemented, so tnp's reflected operator
    runs."""
    got = np.arange(3.0) + tnp.arange(3.0)
    assert isinstance(got, tnp.ndarray)
    assert to_numpy(got).tolist() == [0.0, 2.0, 4.0]
