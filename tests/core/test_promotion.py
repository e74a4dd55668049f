"""NEP 50 type promotion: promote_types, result_type, can_cast and the dtypes ufuncs give."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from tnp_core_test_helpers import DTYPES, from_numpy, sample

import tnp_core as tnp

PAIRS = list(itertools.product(DTYPES, DTYPES))
CASTING = ("no", "equiv", "safe", "same_kind", "unsafe")
# one Python scalar of each kind, each in range of every dtype
PY_SCALARS = (True, 1, 1.0, 1j)


def _mismatches(check):
    bad = []
    for args in PAIRS:
        problem = check(*args)
        if problem:
            bad.append(problem)
    return bad


def test_promote_types_every_pair():
    def check(a, b):
        want = np.promote_types(a, b).name
        got = tnp.promote_types(a, b).name
        return None if got == want else f"promote_types({a}, {b}): tnp {got}, NumPy {want}"

    assert _mismatches(check) == []


def test_promote_types_accepts_dtype_objects_and_scalar_types():
    assert tnp.promote_types(tnp.dtype("i1"), tnp.uint8) == np.promote_types("i1", "u1").name
    assert tnp.promote_types(tnp.float16, "i2") == np.promote_types("e", "i2").name
    assert isinstance(tnp.promote_types("f4", "f8"), tnp.dtype)


def test_result_type_every_pair_of_dtypes():
    def check(a, b):
        want = np.result_type(np.dtype(a), np.dtype(b)).name
        got = tnp.result_type(tnp.dtype(a), tnp.dtype(b)).name
        return None if got == want else f"result_type({a}, {b}): tnp {got}, NumPy {want}"

    assert _mismatches(check) == []


def test_result_type_every_pair_of_arrays():
    def check(a, b):
        want = np.result_type(np.zeros(2, a), np.zeros((), b)).name
        got = tnp.result_type(tnp.zeros(2, a), tnp.zeros((), b)).name
        return None if got == want else f"result_type(arr {a}, 0-D {b}): tnp {got}, NumPy {want}"

    assert _mismatches(check) == []


def test_result_type_three_operands_every_triple():
    """NumPy reduces several dtypes through their common DType class, which is not the same
    as promoting pairwise (int8, uint8, float16 gives float16, not float32)."""
    bad = []
    for a, b, c in itertools.product(DTYPES, repeat=3):
        want = np.result_type(a, b, c).name
        got = tnp.result_type(a, b, c).name
        if got != want:
            bad.append(f"result_type({a}, {b}, {c}): tnp {got}, NumPy {want}")
    assert bad == []


@pytest.mark.parametrize("scalar", PY_SCALARS, ids=lambda s: type(s).__name__)
@pytest.mark.parametrize("name", DTYPES)
def test_result_type_with_weak_python_scalar(name, scalar):
    want = np.result_type(np.zeros(2, name), scalar).name
    assert tnp.result_type(tnp.zeros(2, name), scalar).name == want
    assert tnp.result_type(scalar, tnp.dtype(name)).name == np.result_type(scalar, name).name


@pytest.mark.parametrize("scalar", PY_SCALARS, ids=lambda s: type(s).__name__)
@pytest.mark.parametrize("name", DTYPES)
def test_add_with_weak_python_scalar_has_the_promoted_dtype(name, scalar):
    a = sample(name)
    want = np.add(a, scalar).dtype.name
    assert tnp.add(from_numpy(a), scalar).dtype.name == want
    assert tnp.add(scalar, from_numpy(a)).dtype.name == np.add(scalar, a).dtype.name


@pytest.mark.parametrize(
    ("scalars"), [(1,), (1.0,), (True,), (1j,), (1, 2.0), (True, 1), (1, 1j), (1.0, True)]
)
def test_result_type_of_python_scalars_alone(scalars):
    assert tnp.result_type(*scalars).name == np.result_type(*scalars).name


def test_weak_scalars_mixed_with_several_arrays():
    for a, b in (("int8", "uint8"), ("float16", "int16"), ("uint64", "int64"), ("bool", "bool")):
        for scalar in PY_SCALARS:
            want = np.result_type(np.zeros(1, a), np.zeros(1, b), scalar).name
            got = tnp.result_type(tnp.zeros(1, a), tnp.zeros(1, b), scalar).name
            assert got == want, (a, b, scalar)


def test_result_type_requires_an_argument():
    with pytest.raises(ValueError):
        np.result_type()
    with pytest.raises(ValueError):
        tnp.result_type()


@pytest.mark.parametrize("casting", CASTING)
def test_can_cast_every_pair(casting):
    def check(a, b):
        want = bool(np.can_cast(a, b, casting))
        got = tnp.can_cast(a, b, casting)
        return None if got == want else f"can_cast({a}, {b}, {casting!r}): tnp {got}, NumPy {want}"

    assert _mismatches(check) == []


def test_can_cast_default_is_safe_and_accepts_arrays():
    for a, b in PAIRS:
        assert tnp.can_cast(tnp.zeros(1, a), b) == bool(np.can_cast(np.zeros(1, a), b)), (a, b)


@pytest.mark.parametrize("scalar", [1, 1.0, 1j, True])
def test_can_cast_refuses_python_scalars(scalar):
    with pytest.raises(TypeError):
        np.can_cast(scalar, "f8")
    with pytest.raises(TypeError):
        tnp.can_cast(scalar, "f8")


def test_can_cast_refuses_an_unknown_casting_rule():
    with pytest.raises(ValueError):
        np.can_cast("f4", "f8", "sometimes")
    with pytest.raises(ValueError):
        tnp.can_cast("f4", "f8", "sometimes")


def test_out_of_range_python_int_raises_overflow_error():
    with pytest.raises(OverflowError):
        np.add(np.zeros(3, np.int8), 1000)
    with pytest.raises(OverflowError):
        tnp.add(tnp.zeros(3, tnp.int8), 1000)
    with pytest.raises(OverflowError):
        tnp.zeros(3, tnp.uint8) + (-1)
    with pytest.raises(OverflowError):
        tnp.zeros(3, tnp.int64) * 2**64


@pytest.mark.parametrize("name", DTYPES)
@pytest.mark.parametrize("value", [2**8, -(2**8), 2**15, 2**31, -(2**31) - 1, 2**63, 2**64])
def test_python_int_range_check_per_dtype(name, value):
    """NumPy checks a weak int against the array dtype: OverflowError only for integers."""
    a = sample(name)
    try:
        with np.errstate(all="ignore"):
            want = np.add(a, value)
    except OverflowError:
        with pytest.raises(OverflowError):
            tnp.add(from_numpy(a), value)
        return
    got = tnp.add(from_numpy(a), value)
    assert got.dtype.name == want.dtype.name
