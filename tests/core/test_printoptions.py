"""Print options, ``array2string`` and ``format_float_*`` against NumPy (the oracle)."""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest
import torch

from tnp_core import _arrayprint as ap
from tnp_core._ndarray import ndarray

_SIGNED_OF = {"uint16": np.int16, "uint32": np.int32, "uint64": np.int64}
_TORCH_UNSIGNED = {"uint16": torch.uint16, "uint32": torch.uint32, "uint64": torch.uint64}


def to_tnp(a: np.ndarray) -> ndarray:
    a = a.copy(order="C")
    try:
        t = torch.from_numpy(a)
    except TypeError:  # older torch: no unsigned 16/32/64 in from_numpy
        t = torch.from_numpy(a.view(_SIGNED_OF[a.dtype.name])).view(_TORCH_UNSIGNED[a.dtype.name])
    return ndarray._from_tensor(t)


@pytest.fixture(autouse=True)
def _reset_options() -> Iterator[None]:
    saved = ap.get_printoptions()
    yield
    ap.set_printoptions(**saved)


def same(a: np.ndarray, **opts: Any) -> None:
    """repr/str of ``a`` agree under ``opts`` set in both libraries."""
    x = to_tnp(a)
    with np.printoptions(**opts), ap.printoptions(**opts):
        assert repr(x) == repr(a), opts
        assert str(x) == str(a), opts


nan, inf = math.nan, math.inf
rng = np.random.default_rng(12)

ARRAYS: dict[str, np.ndarray] = {
    "f64": np.array([0.1, 2.5, -3.25, 1234.5678, 1e-3]),
    "f64-wide": rng.standard_normal(40) * 100,
    "f64-2d": rng.standard_normal((4, 7)),
    "f64-3d": rng.standard_normal((2, 3, 4)) * 1e5,
    "f32": (rng.standard_normal(9) * 10).astype(np.float32),
    "f16": (rng.standard_normal(9) * 10).astype(np.float16),
    "f64-exp": np.array([1e-9, 1.0, 3e10]),
    "tiny": np.array([1e-12, 1.0, -2.5, 3e-7]),
    "tiny-f32": np.array([1e-12, 1.0, -2.5, 3e-7], np.float32),
    "nonfinite": np.array([nan, inf, -inf, 1.5, -0.25]),
    "only-nonfinite": np.array([nan, inf]),
    "neg-zero": np.array([-0.0, 0.0, 1.0]),
    "positive": np.array([0.5, 1.0, 2.0]),
    "ints": np.array([-5, 17, 300]),
    "uints": np.array([0, 7, 255], np.uint8),
    "int-2d": np.arange(-6, 18).reshape(4, 6).astype(np.int32),
    "bool": np.array([[True, False], [False, True]]),
    "c128": np.array([1 + 2j, -0.5 - 1e-3j, 3.25 + 0j]),
    "c64": np.array([1e-6 + 2j, nan + 1j, 1 - inf * 1j], np.complex64),
    "zero-d": np.array(3.14159265358979),
    "zero-d-f32": np.array(-1e-7, np.float32),
    "zero-d-int": np.array(-42),
    "empty": np.zeros((0, 3)),
    "big": rng.standard_normal(2000),
    "big-2d": rng.standard_normal((40, 50)) * 1e3,
    "big-int": np.arange(3000).reshape(30, 100),
}

OPTION_SETS: list[dict[str, Any]] = [
    {},
    *({"precision": p} for p in range(11)),
    *(
        {"floatmode": m, "precision": p}
        for m in ("fixed", "unique", "maxprec", "maxprec_equal")
        for p in (0, 2, 5)
    ),
    {"suppress": True},
    {"suppress": True, "precision": 3},
    {"sign": " "},
    {"sign": "+"},
    {"sign": "+", "floatmode": "fixed", "precision": 3},
    {"linewidth": 20},
    {"linewidth": 120},
    {"linewidth": 40, "sign": " "},
    {"threshold": 10},
    {"threshold": 10, "edgeitems": 1},
    {"threshold": 5, "edgeitems": 2, "linewidth": 30},
    {"threshold": 10**7},
    {"nanstr": "NaN", "infstr": "Infinity"},
    {"nanstr": "?", "infstr": "oo", "sign": "+"},
    {"legacy": "2.1"},
    {"legacy": "2.2"},
    {"legacy": "1.25"},
    {"formatter": {"float_kind": lambda v: f"{v:.2f}"}},
    {"formatter": {"all": lambda v: "<" + str(v) + ">"}},
    {"formatter": {"int": hex}},
]


def _opt_id(opts: dict[str, Any]) -> str:
    return ",".join(f"{k}={v!r}" for k, v in opts.items() if k != "formatter") or (
        "formatter" if "formatter" in opts else "default"
    )


@pytest.mark.parametrize("opts", OPTION_SETS, ids=_opt_id)
def test_options_over_arrays(opts: dict[str, Any]) -> None:
    for name, a in ARRAYS.items():
        if "formatter" in opts and a.dtype.name in (
            "complex64",
            "complex128",
            "float16",
            "float32",
        ):
            continue  # NumPy hands formatters NumPy scalars; tnp hands them Python values
        try:
            same(a, **opts)
        except AssertionError as e:
            raise AssertionError(f"{name}: {e}") from e


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
@pytest.mark.parametrize("mode", ["fixed", "unique", "maxprec", "maxprec_equal"])
def test_floatmode_precision_random(dtype: str, mode: str) -> None:
    r = np.random.default_rng(5)
    for scale in (-5, -2, 0, 3, 6, 9):
        with np.errstate(over="ignore"):
            a = (r.standard_normal(6) * 10.0**scale).astype(dtype)
        for precision in (0, 1, 3, 6, 10):
            for suppress in (False, True):
                same(a, floatmode=mode, precision=precision, suppress=suppress)


def test_get_printoptions_matches_numpy_defaults() -> None:
    assert ap.get_printoptions() == np.get_printoptions()
    assert list(ap.get_printoptions()) == list(np.get_printoptions())


def test_set_and_context_manager_restore() -> None:
    before = ap.get_printoptions()
    with ap.printoptions(precision=3, sign="+") as opts:
        assert opts["precision"] == 3
        assert ap.get_printoptions()["sign"] == "+"
        assert repr(to_tnp(np.array([1 / 3]))) == "array([+0.333])"
    assert ap.get_printoptions() == before
    with pytest.raises(ZeroDivisionError), ap.printoptions(linewidth=10):
        raise ZeroDivisionError
    assert ap.get_printoptions() == before
    ap.set_printoptions(precision=2, legacy="2.1")
    with np.printoptions(precision=2, legacy="2.1"):
        assert ap.get_printoptions() == np.get_printoptions()
    f = {"float": str}
    ap.set_printoptions(formatter=f)
    assert ap.get_printoptions()["formatter"] is f
    ap.set_printoptions(precision=4)  # formatter is reset by every call
    assert ap.get_printoptions()["formatter"] is None
    assert ap.get_printoptions()["precision"] == 4


def test_override_repr() -> None:
    x = to_tnp(np.arange(3))
    with ap.printoptions(override_repr=lambda a: f"<{len(a)}>"):
        assert ap.array_repr(x) == "<3>"
        assert str(x) == "[0 1 2]"
    assert ap.array_repr(x) == "array([0, 1, 2])"


def test_invalid_options() -> None:
    with pytest.raises(ValueError, match="floatmode"):
        ap.set_printoptions(floatmode="nope")
    with pytest.raises(ValueError, match="sign"):
        ap.set_printoptions(sign="x")
    with pytest.raises(TypeError, match="threshold"):
        ap.set_printoptions(threshold="10")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="NAN"):
        ap.set_printoptions(threshold=math.nan)
    with pytest.raises(TypeError, match="precision"):
        ap.set_printoptions(precision=1.5)  # type: ignore[arg-type]
    with pytest.raises(NotImplementedError):
        ap.set_printoptions(legacy="1.13")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ap.set_printoptions(legacy="0.9")
    assert caught
    ap.set_printoptions(precision=-1)
    with pytest.raises(ValueError, match="precision"):
        repr(to_tnp(np.array([1.5])))
    assert ap.get_printoptions()["precision"] == -1
    with pytest.raises(TypeError):
        ap.array2string([1, 2])  # type: ignore[arg-type]


ARRAY2STRING_CALLS: list[dict[str, Any]] = [
    {},
    {"separator": ", "},
    {"separator": ",", "prefix": "prefix(", "suffix": ")", "max_line_width": 30},
    {"precision": 2, "suppress_small": True, "separator": ","},
    {"threshold": 4, "edgeitems": 1},
    {"sign": "+", "floatmode": "fixed", "precision": 3},
    {"formatter": {"float_kind": lambda v: f"{v:.2f}"}},
    {"max_line_width": 15, "sign": " "},
]


@pytest.mark.parametrize("kwargs", ARRAY2STRING_CALLS, ids=_opt_id)
def test_array2string(kwargs: dict[str, Any]) -> None:
    for name in ("f64", "f64-2d", "ints", "tiny", "nonfinite", "zero-d", "empty", "bool"):
        a = ARRAYS[name]
        assert ap.array2string(to_tnp(a), **kwargs) == np.array2string(a, **kwargs), name


@pytest.mark.parametrize("name", ["f64", "f64-wide", "f32", "zero-d", "c128", "big", "tiny"])
def test_array_repr_and_str_overrides(name: str) -> None:
    a = ARRAYS[name]
    x = to_tnp(a)
    for width, precision, small in [(None, None, None), (30, 2, True), (100, 0, False)]:
        assert ap.array_repr(x, width, precision, small) == np.array_repr(
            a, width, precision, small
        )
        assert ap.array_str(x, width, precision, small) == np.array_str(a, width, precision, small)


def _float_samples(dtype: str, n: int) -> np.ndarray:
    r = np.random.default_rng(99)
    uint = {"float16": np.uint16, "float32": np.uint32, "float64": np.uint64}[dtype]
    bits = r.integers(0, np.iinfo(uint).max, size=n, dtype=uint, endpoint=True)
    vals = bits.view(dtype)
    with np.errstate(all="ignore"):
        specials = np.array([0.0, -0.0, 1.0, 0.1, 0.5, 1.5, 2.5, 123.456, 1e-5, 9.995, 1e5], dtype)
        return np.concatenate([specials, vals, (r.standard_normal(n) * 100).astype(dtype)])


FFP_KWARGS: list[dict[str, Any]] = [
    {},
    {"precision": 3},
    {"precision": 3, "unique": False},
    {"precision": 10, "unique": False},
    {"precision": 0, "unique": False},
    {"precision": 4, "min_digits": 4},
    {"min_digits": 6},
    {"trim": "."},
    {"trim": "0"},
    {"trim": "-"},
    {"precision": 2, "trim": "-", "unique": False},
    {"sign": True},
    {"pad_left": 6, "pad_right": 6},
    {"pad_right": 3, "trim": "-"},
]


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
@pytest.mark.parametrize("kwargs", FFP_KWARGS, ids=_opt_id)
def test_format_float_positional(dtype: str, kwargs: dict[str, Any]) -> None:
    for v in _float_samples(dtype, 60):
        if math.isfinite(float(v)) and abs(float(v)) > 1e30:
            continue  # huge positional strings: slow and not informative
        expected = np.format_float_positional(v, **kwargs)
        assert ap.format_float_positional(to_tnp(np.array(v)), **kwargs) == expected, v
        if dtype == "float64":
            assert ap.format_float_positional(float(v), **kwargs) == expected, v


def test_format_float_positional_total_length() -> None:
    for v in [123.456, 0.00123, 1.0, 99999.5, 5e-8, 7.0, -0.0]:
        for p in (1, 3, 6):
            for unique in (True, False):
                kw = {"precision": p, "fractional": False, "unique": unique}
                assert ap.format_float_positional(v, **kw) == np.format_float_positional(v, **kw), (
                    v,
                    kw,
                )


FFS_KWARGS: list[dict[str, Any]] = [
    {},
    {"precision": 3},
    {"precision": 3, "unique": False},
    {"precision": 12, "unique": False},
    {"precision": 0, "unique": False},
    {"precision": 5, "min_digits": 5},
    {"trim": "."},
    {"trim": "0"},
    {"trim": "-"},
    {"sign": True},
    {"pad_left": 4},
    {"exp_digits": 4},
    {"exp_digits": 1},
]


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
@pytest.mark.parametrize("kwargs", FFS_KWARGS, ids=_opt_id)
def test_format_float_scientific(dtype: str, kwargs: dict[str, Any]) -> None:
    for v in _float_samples(dtype, 60):
        expected = np.format_float_scientific(v, **kwargs)
        assert ap.format_float_scientific(to_tnp(np.array(v)), **kwargs) == expected, v
        if dtype == "float64":
            assert ap.format_float_scientific(float(v), **kwargs) == expected, v


def test_format_float_errors_match_numpy() -> None:
    cases: list[tuple[Any, dict[str, Any]]] = [
        (ap.format_float_positional, {"precision": -1}),
        (ap.format_float_positional, {"unique": False}),
        (ap.format_float_positional, {"fractional": False, "precision": 0}),
        (ap.format_float_positional, {"precision": 2, "min_digits": 3}),
        (ap.format_float_positional, {"trim": "x"}),
        (ap.format_float_scientific, {"exp_digits": -2}),
        (ap.format_float_scientific, {"unique": False}),
    ]
    for func, kw in cases:
        np_func = getattr(np, func.__name__)
        with pytest.raises(Exception) as expected:
            np_func(1.5, **kw)
        with pytest.raises(expected.type):
            func(1.5, **kw)
    assert ap.format_float_positional(3) == np.format_float_positional(3)
    with pytest.raises(TypeError):
        ap.format_float_positional("1.5")


def test_bfloat16_shortest_digits() -> None:
    t = torch.tensor([0.1, 1.5, -3.0, 1e-7, 3e38, nan], dtype=torch.bfloat16)
    x = ndarray._from_tensor(t)
    assert repr(x[:3]) == "array([ 0.1,  1.5, -3. ], dtype=bfloat16)"
    assert repr(x[0]) == "array(0.1, dtype=bfloat16)"
    assert str(x[0]) == "0.1"
    assert str(x) == "[ 1.0e-01  1.5e+00 -3.0e+00  1.0e-07  3.0e+38      nan]"
    assert repr(ndarray._from_tensor(torch.zeros(0, dtype=torch.bfloat16))) == (
        "array([], dtype=bfloat16)"
    )
    # 100 and above switch to scientific notation (bfloat16 keeps 2 decimal digits).
    assert str(ndarray._from_tensor(torch.tensor([1.0, 99.0], dtype=torch.bfloat16))) == "[ 1. 99.]"
    assert str(ndarray._from_tensor(torch.tensor([1.0, 100.0], dtype=torch.bfloat16))) == (
        "[1.e+00 1.e+02]"
    )
    assert ap.format_float_positional(x[0]) == "0.1"
    assert ap.format_float_scientific(x[0], unique=False, precision=8) == "1.00097656e-01"
    # The shortest digits read back to the same bfloat16 value.
    r = torch.randn(500, dtype=torch.float32).mul(100).to(torch.bfloat16)
    for v in r.tolist():
        text = ap.format_float_positional(ndarray._from_tensor(torch.tensor(v).bfloat16()))
        assert torch.tensor(float(text)).bfloat16().item() == v
