"""tnp_core.testing against numpy.testing: the same pass/fail verdicts on generated pairs,
and failure reports laid out as NumPy's."""

# ruff: noqa: B028, PT009, PT031, PLW0108, SIM117

from __future__ import annotations

import math
import warnings

import numpy as np
import numpy.testing as npt
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st
from tnp_core_test_helpers import DTYPES, FEW, arrays, from_numpy, shapes

import tnp_core as tnp
from tnp_core import testing as tt


def _verdict(func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except AssertionError as exc:
        return str(exc)
    return None


def _same_verdict(name, x, y, **kwargs):
    expected = _verdict(getattr(npt, name), x, y, **kwargs)
    got = _verdict(getattr(tt, name), from_numpy(x), from_numpy(y), **kwargs)
    assert (got is None) == (expected is None), (expected, got)
    return expected, got


@st.composite
def _pairs(draw, names=DTYPES):
    name = draw(st.sampled_from(names))
    x = draw(arrays(name, shapes(max_side=3)))
    how = draw(st.sampled_from(["same", "other", "perturbed", "scalar"]))
    if how == "same":
        y = x.copy()
    elif how == "other":
        y = draw(arrays(name, st.just(x.shape)))
    elif how == "perturbed" and x.dtype.kind in "fc" and x.size:
        y = x.copy()
        y.flat[0] = y.flat[0] * (1 + 1e-9) + 1e-12
    else:
        y = x.copy().reshape(-1)[:1].reshape(()) if x.size else x.copy()
    return x, y


@FEW
@given(_pairs())
def test_assert_array_equal_verdicts(pair):
    x, y = pair
    _same_verdict("assert_array_equal", x, y)


@FEW
@given(_pairs(names=("float32", "float64", "complex128", "int32")))
def test_assert_allclose_and_almost_equal_verdicts(pair):
    x, y = pair
    with np.errstate(all="ignore"):
        _same_verdict("assert_allclose", x, y)
        _same_verdict("assert_allclose", x, y, rtol=1e-3, atol=1e-6)
        _same_verdict("assert_array_almost_equal", x, y)
        _same_verdict("assert_array_almost_equal", x, y, decimal=2)


@FEW
@given(_pairs(names=("int16", "float64", "uint8")))
def test_assert_array_less_verdicts(pair):
    x, y = pair
    _same_verdict("assert_array_less", x, y)


def test_the_report_is_laid_out_as_numpys():
    expected, got = _same_verdict("assert_array_equal", np.array([1, 2, 3]), np.array([1, 2, 4]))
    assert got == expected
    expected, got = _same_verdict("assert_allclose", np.array([1.0, 2, 3]), np.array([1, 2, 4.0]))
    assert got == expected
    x, y = np.arange(10), np.arange(10) + 1
    expected, got = _same_verdict("assert_array_equal", x, y)
    assert got == expected
    x, y = np.arange(4).reshape(2, 2), np.arange(4).reshape(2, 2) * 2
    expected, got = _same_verdict("assert_array_equal", x, y)
    assert got == expected


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ([1.0, math.nan], [1.0, 2.0]),
        ([1.0, math.inf], [1.0, -math.inf]),
        ([1.0, math.inf], [1.0, 2.0]),
        ([math.inf, 1.0], [math.inf, 2.0]),
        ([1, 2, 3], [1, 2]),
    ],
)
def test_nan_inf_and_shape_reports(x, y):
    x, y = np.array(x), np.array(y)
    expected, got = _same_verdict("assert_array_equal", x, y)
    assert got.splitlines()[:4] == expected.splitlines()[:4]


def test_inputs_may_be_tensors_lists_and_scalars():
    tt.assert_array_equal(torch.tensor([1, 2]), [1, 2])
    tt.assert_array_equal(3, tnp.full(4, 3))
    tt.assert_allclose([1.0, 2.0], torch.tensor([1.0, 2.0 + 1e-9]), rtol=1e-6)
    with pytest.raises(AssertionError, match="shapes"):
        tt.assert_array_equal(tnp.zeros(3), tnp.zeros(2))


def test_strict_checks_dtype_and_shape():
    with pytest.raises(AssertionError, match="dtypes float64, float32 mismatch"):
        tt.assert_array_equal(tnp.zeros(3), tnp.zeros(3, dtype=tnp.float32), strict=True)
    with pytest.raises(AssertionError, match=r"shapes \(\), \(2,\) mismatch"):
        tt.assert_array_equal(1, [1, 1], strict=True)


@pytest.mark.parametrize(
    ("actual", "desired"),
    [
        (1, 2),
        ([1, 2], [1, 3]),
        ({"a": 1}, {"a": 2}),
        ("ab", "ac"),
        (math.nan, math.nan),
        (0.0, -0.0),
        ((1, [2.0, math.nan]), (1, [2.0, math.nan])),
        (1 + 2j, 1 + 2j),
    ],
)
def test_assert_equal_matches_numpy(actual, desired):
    expected = _verdict(npt.assert_equal, actual, desired)
    got = _verdict(tt.assert_equal, actual, desired)
    assert got == expected


@pytest.mark.parametrize(
    ("actual", "desired", "kwargs"),
    [
        (1.0, 1.1, {}),
        (1.0, 1.00000001, {}),
        (1 + 1j, 1 + 1.1j, {}),
        (math.nan, math.nan, {}),
        (1.0, 1.001, {"decimal": 2}),
    ],
)
def test_assert_almost_equal_scalars(actual, desired, kwargs):
    expected = _verdict(npt.assert_almost_equal, actual, desired, **kwargs)
    got = _verdict(tt.assert_almost_equal, actual, desired, **kwargs)
    assert got == expected


@pytest.mark.parametrize(
    ("actual", "desired", "significant"),
    [(1.0, 1.1, 7), (1.0, 1.0000001, 7), (1.0, 1.000001, 7), (123.0, 123.4, 3), (0.0, 0.0, 7)],
)
def test_assert_approx_equal(actual, desired, significant):
    expected = _verdict(npt.assert_approx_equal, actual, desired, significant)
    got = _verdict(tt.assert_approx_equal, actual, desired, significant)
    assert got == expected


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
@pytest.mark.parametrize("steps", [0, 1, 3, 40])
def test_ulp_assertions(dtype, steps):
    x = np.array([1.0, -2.5, 0.0, 1e-3], dtype=dtype)
    y = x.copy()
    for _ in range(steps):
        y = np.nextafter(y, np.array(np.inf, dtype=dtype))
    for maxulp in (1, 5, 50):
        assert (_verdict(npt.assert_array_max_ulp, x, y, maxulp) is None) == (
            _verdict(tt.assert_array_max_ulp, from_numpy(x), from_numpy(y), maxulp) is None
        )
    assert (_verdict(npt.assert_array_almost_equal_nulp, x, y, 4) is None) == (
        _verdict(tt.assert_array_almost_equal_nulp, from_numpy(x), from_numpy(y), 4) is None
    )
    if steps <= 5:
        diffs = tt.assert_array_max_ulp(from_numpy(x), from_numpy(y), 50)
        assert diffs.tolist() == np.ravel(npt.assert_array_max_ulp(x, y, 50)).tolist()


def test_assert_and_string_equal():
    tt.assert_(True)
    with pytest.raises(AssertionError, match="boom"):
        tt.assert_(False, "boom")
    with pytest.raises(AssertionError, match="lazy"):
        tt.assert_(0, lambda: "lazy")
    tt.assert_string_equal("ab", "ab")
    expected = _verdict(npt.assert_string_equal, "ab\ncd", "ab\nce")
    assert _verdict(tt.assert_string_equal, "ab\ncd", "ab\nce") == expected


def test_raises_and_warns():
    tt.assert_raises(ValueError, int, "x")
    with tt.assert_raises(ZeroDivisionError):
        _ = 1 / 0
    tt.assert_raises_regex(ValueError, "invalid literal", int, "x")
    with pytest.raises(AssertionError):
        tt.assert_raises(ValueError, int, "3")
    assert tt.assert_warns(UserWarning, lambda: warnings.warn("w", UserWarning) or 7) == 7
    with pytest.raises(AssertionError):
        tt.assert_warns(UserWarning, lambda: None)
    with tt.assert_warns(RuntimeWarning):
        warnings.warn("r", RuntimeWarning)
    assert tt.assert_no_warnings(lambda: 5) == 5
    with pytest.raises(AssertionError):
        tt.assert_no_warnings(lambda: warnings.warn("w"))


def test_suppress_warnings_filters_records_and_forwards():
    with tt.suppress_warnings() as sup:
        sup.filter(UserWarning, "ignore me")
        log = sup.record(RuntimeWarning)
        warnings.warn("ignore me please", UserWarning)
        warnings.warn("recorded", RuntimeWarning)
    assert len(log) == 1
    with pytest.warns(UserWarning, match="other"), tt.suppress_warnings() as sup:
        sup.filter(UserWarning, "ignore me")
        warnings.warn("other", UserWarning)

    sup = tt.suppress_warnings()
    sup.filter(DeprecationWarning)

    @sup
    def noisy():
        warnings.warn("old", DeprecationWarning)
        return 1

    assert noisy() == 1


def test_gc_cycles():
    tt.assert_no_gc_cycles(lambda: [1, 2])

    def make_cycle():
        a = []
        a.append(a)

    with pytest.raises(AssertionError, match="cycles"):
        tt.assert_no_gc_cycles(make_cycle)
    tt.break_cycles()


def test_files_and_probes(tmp_path):
    with tt.tempdir() as folder:
        assert (tmp_path.__class__(folder)).is_dir()
    with tt.temppath(suffix=".txt") as path:
        with open(path, "w") as f:
            f.write("x")
    assert isinstance(tt.jiffies(), int)
    assert tt.memusage() is None or tt.memusage() > 0
    namespace = {}
    tt.runstring("y = 6 * 7", namespace)
    assert namespace["y"] == 42
    assert tt.measure("sum(range(10))", times=3) >= 0


def test_constants_and_classes():
    assert tt.IS_64BIT is (np.intp(0).itemsize == 8)
    assert tt.IS_PYPY is npt.IS_PYPY
    assert tt.HAS_REFCOUNT is npt.HAS_REFCOUNT
    assert tt.NOGIL_BUILD is npt.NOGIL_BUILD
    assert tt.NUMPY_ROOT.name == "tnp_core"
    assert issubclass(tt.SkipTest, Exception)
    assert tt.TestCase is __import__("unittest").TestCase
    assert tt.verbose == 0
    assert isinstance(tt.check_support_sve(), bool)


def test_build_err_msg_matches_numpy():
    msg = tt.build_err_msg([tnp.asarray([1, 2]), tnp.asarray([3])], "em")
    assert msg == npt.build_err_msg([np.array([1, 2]), np.array([3])], "em")


def test_print_assert_equal():
    tt.print_assert_equal("same", [1, 2], [1, 2])
    with pytest.raises(AssertionError, match="differ failed"):
        tt.print_assert_equal("differ", [1, 2], [1, 3])


def test_decorate_methods_and_run_threaded():
    calls = []

    class Suite:
        def test_one(self):
            return 1

        def helper(self):
            return 2

    tt.decorate_methods(Suite, lambda f: lambda self: calls.append(f.__name__) or f(self))
    assert Suite().test_one() == 1
    assert Suite().helper() == 2
    assert calls == ["test_one"]

    seen = []
    tt.run_threaded(lambda i: seen.append(i), max_workers=4, pass_count=True)
    assert sorted(seen) == [0, 1, 2, 3]


def test_clear_and_catch_warnings():
    with tt.clear_and_catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        warnings.warn("x")
    assert len(log) == 1


def test_overrides():
    from tnp_core.testing import overrides

    ufuncs = overrides.get_overridable_numpy_ufuncs()
    assert tnp.add in ufuncs
    assert overrides.allows_array_ufunc_override(tnp.add)
    assert not overrides.allows_array_ufunc_override(tnp.sum)
    assert overrides.allows_array_function_override(tnp.sum)
