"""``tnp_core._printing`` against NumPy's own ``repr``/``str`` (the oracle)."""

from __future__ import annotations

import ast
import math
from pathlib import Path
from typing import Literal

import hypothesis.extra.numpy as hnp
import numpy as np
import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tnp_core._printing as printing_module
from tnp_core._printing import array_repr, array_str

FLOAT_DTYPES = ["float16", "float32", "float64"]
COMPLEX_DTYPES = ["complex64", "complex128"]
INT_DTYPES = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]
ALL_DTYPES = ["bool", *INT_DTYPES, *FLOAT_DTYPES, *COMPLEX_DTYPES]
WIDTHS: dict[str, Literal[16, 32, 64]] = {"float16": 16, "float32": 32, "float64": 64}

_SIGNED_OF = {"uint16": np.int16, "uint32": np.int32, "uint64": np.int64}
_TORCH_UNSIGNED = {"uint16": torch.uint16, "uint32": torch.uint32, "uint64": torch.uint64}


def to_tensor(a: np.ndarray) -> torch.Tensor:
    a = a.copy(order="C")  # keeps 0-d arrays 0-d, unlike np.ascontiguousarray
    try:
        return torch.from_numpy(a)
    except TypeError:  # older torch: no unsigned 16/32/64 in from_numpy
        bits = torch.from_numpy(a.view(_SIGNED_OF[a.dtype.name]))
        return bits.view(_TORCH_UNSIGNED[a.dtype.name])


def check(a: np.ndarray) -> None:
    t = to_tensor(a)
    name = a.dtype.name
    assert array_repr(t, name) == repr(a)
    assert array_str(t, name) == str(a)


def arr(values: object, dtype: str) -> np.ndarray:
    with np.errstate(all="ignore"):
        return np.array(values, dtype=dtype)


nan, inf = math.nan, math.inf

# --------------------------------------------------------------------------
# Hand-picked cases
# --------------------------------------------------------------------------

CASES: dict[str, np.ndarray] = {
    "bool": arr([True, False, True], "bool"),
    "bool-2d": arr([[True], [False]], "bool"),
    "bool-all-false": arr([False, False], "bool"),
    "ints": arr([1, -22, 333], "int64"),
    "ints-one": arr([7], "int32"),
    "int8-extremes": arr([-128, 0, 127], "int8"),
    "int64-extremes": arr([-(2**63), 2**63 - 1], "int64"),
    "uint64-max": arr([0, 2**64 - 1], "uint64"),
    "uint32-max": arr([[0, 2**32 - 1]], "uint32"),
    "uint16-max": arr([2**16 - 1, 5], "uint16"),
    "uint8": arr([0, 255, 17], "uint8"),
    "floats-simple": arr([1.0, 2.5, -3.25], "float64"),
    "floats-int-valued": arr([0.0, 1.0, 100.0], "float64"),
    "float32-0.1": arr([0.1, 0.2, 0.3], "float32"),
    "float16-0.1": arr([0.1, 0.2, 0.3], "float16"),
    "float64-0.1": arr([0.1, 0.2, 0.3], "float64"),
    "neg-zero": arr([-0.0, 0.0], "float64"),
    "only-neg-zero": arr([-0.0], "float32"),
    "nan-inf": arr([nan, inf, -inf, 1.5], "float64"),
    "only-nan": arr([nan], "float64"),
    "nan-neginf": arr([nan, -inf], "float32"),
    "inf-only": arr([inf, inf], "float16"),
    "tiny": arr([1e-5, 1.0], "float64"),
    "huge": arr([1e8, 1.0], "float64"),
    "ratio": arr([1.0, 1000.0], "float64"),
    "ratio-over": arr([1.0, 1000.5], "float64"),
    "float32-cutoff": arr([999999.0, 1.0], "float32"),
    "float32-over-cutoff": arr([1e6, 1.0], "float32"),
    "float16-cutoff": arr([999.0, 1.0], "float16"),
    "float16-over-cutoff": arr([1000.0, 1.0], "float16"),
    "float16-1e-4": arr(1e-4, "float16"),
    "float32-1e-4": arr([1e-4], "float32"),
    "exp-3-digits": arr([1e-300, 1e300, 1.0], "float64"),
    "subnormals": arr([5e-324, 2.2250738585072014e-308], "float64"),
    "float32-subnormal": arr([1e-45, 1.0], "float32"),
    "float16-subnormal": arr([6e-8, 1.0], "float16"),
    "maxes": arr([np.finfo(np.float64).max, np.finfo(np.float64).min], "float64"),
    "float16-max": arr([65504.0, -65504.0], "float16"),
    "precision-cut": arr([1 / 3, 2 / 3, 1 / 512], "float64"),
    "rounds-to-int": arr([0.9999999999, 9.9999999996], "float64"),
    "many-digits": arr([123456.789012345, 0.000123456789], "float64"),
    "powers-of-two": arr([2.0**-20, 2.0**20, 2.0**-1], "float64"),
    "powers-of-two-32": arr([2.0**-30, 2.0**-10, 2.0**25], "float32"),
    "mixed-magnitudes": arr([[1e-10, 1.0], [1e10, -2.5e-3]], "float64"),
    "complex": arr([1 + 2j, 3 - 4j], "complex128"),
    "complex64": arr([1 + 2j, 0.1 - 0.25j], "complex64"),
    "complex-neg-zero": arr([complex(-0.0, -0.0), complex(0.0, -0.0)], "complex128"),
    "complex-special": arr([complex(nan, inf), complex(-inf, nan), 1j], "complex128"),
    "complex-sci": arr([1e-10 + 1e10j, 1 + 1j], "complex64"),
    "complex-mixed": arr([[1.5 + 1e-9j, -2 + 0j], [inf + 0j, nan + nan * 1j]], "complex128"),
    "2d": arr(np.arange(12).reshape(3, 4), "int64"),
    "2d-float": arr([[1.0, 2.0], [3.0, 4.5]], "float64"),
    "3d": arr(np.arange(24).reshape(2, 3, 4), "int16"),
    "4d": arr(np.arange(36).reshape(3, 2, 3, 2) - 10, "float32"),
    "4d-complex": arr(np.arange(16).reshape(2, 2, 2, 2) * (1 - 1j), "complex128"),
    "size-one-dims": arr(np.ones((1, 1, 3)), "float64"),
    "long-row-ints": arr(np.arange(100) * 12345, "int64"),
    "long-row-floats": arr(np.linspace(-1, 1, 57), "float64"),
    "long-row-float32": arr(np.linspace(0, 1e4, 40), "float32"),
    "long-rows-2d": arr(np.arange(150.0).reshape(5, 30) / 7, "float64"),
    "long-row-complex": arr(np.arange(30) / 3 + 1j, "complex128"),
    "long-row-bool": arr(np.arange(40) % 3 == 0, "bool"),
    "wrapped-dtype-suffix": arr(np.arange(13) * 1.5, "float32"),
    "column": arr(np.arange(8.0)[:, None], "float64"),
}

SUMMARIZED: dict[str, np.ndarray] = {
    "1001": arr(np.arange(1001), "int64"),
    "2000-float": arr(np.linspace(0, 1, 2000), "float64"),
    "2x1000": arr(np.arange(2000).reshape(2, 1000), "int32"),
    "1000x2": arr(np.arange(2000.0).reshape(1000, 2), "float64"),
    "11x11x11": arr(np.arange(1331).reshape(11, 11, 11) % 7 == 0, "bool"),
    "7x7x7x7": arr(np.arange(2401.0).reshape(7, 7, 7, 7) / 3, "float32"),
    "6x6x6x6": arr(np.arange(1296).reshape(6, 6, 6, 6), "uint16"),
    "3x400": arr(np.arange(1200).reshape(3, 400) * (1 + 1j), "complex64"),
    "1x1x2000": arr(np.arange(2000).reshape(1, 1, 2000), "uint64"),
    "40x40-random": arr(np.random.default_rng(0).standard_normal((40, 40)), "float64"),
    "summary-with-nan": arr(np.r_[[nan, -inf], np.arange(2000.0), [1e-9]], "float64"),
    "summary-wide-values": arr(np.arange(1100.0) * 1e15, "float64"),
    "float16-summary": arr(np.arange(1500) / 7, "float16"),
}

EMPTY_SHAPES = [(0,), (0, 3), (2, 0), (0, 0), (1, 0, 2)]

ZERO_D: list[tuple[object, str]] = [
    (True, "bool"),
    (False, "bool"),
    (5, "int64"),
    (-5, "int8"),
    (2**64 - 1, "uint64"),
    (3.0, "float64"),
    (1.5, "float32"),
    (0.1, "float16"),
    (-0.0, "float64"),
    (nan, "float64"),
    (-inf, "float32"),
    (1e16, "float64"),
    (9999999999999998.0, "float64"),
    (1e-5, "float64"),
    (1e-4, "float32"),
    (1e6, "float32"),
    (999999.0, "float32"),
    (1000.0, "float16"),
    (123456789.0, "float64"),
    (1 + 2j, "complex128"),
    (2j, "complex128"),
    (-2j, "complex64"),
    (complex(-0.0, 2), "complex64"),
    (complex(-0.0, -0.0), "complex128"),
    (1.5, "complex128"),
    (complex(nan, inf), "complex128"),
    (complex(0.0, nan), "complex64"),
    (complex(1, -inf), "complex128"),
    (complex(1e20, 1e-20), "complex128"),
    (complex(1e6, 1e-4), "complex64"),
]


@pytest.mark.parametrize("name", list(CASES))
def test_hand_picked(name: str) -> None:
    check(CASES[name])


@pytest.mark.parametrize("name", list(SUMMARIZED))
def test_summarized(name: str) -> None:
    check(SUMMARIZED[name])


@pytest.mark.parametrize("dtype", ALL_DTYPES)
@pytest.mark.parametrize("shape", EMPTY_SHAPES)
def test_empty(dtype: str, shape: tuple[int, ...]) -> None:
    check(np.zeros(shape, dtype=dtype))


@pytest.mark.parametrize(("value", "dtype"), ZERO_D)
def test_zero_d(value: object, dtype: str) -> None:
    check(arr(value, dtype))


@pytest.mark.parametrize("dtype", ALL_DTYPES)
def test_zero_d_every_dtype(dtype: str) -> None:
    check(arr(1, dtype))
    check(arr(0, dtype))


def test_summarized_large_tensor_is_not_converted_whole() -> None:
    a = np.random.default_rng(1).standard_normal((2000, 3000)).astype(np.float32)
    check(a)


def test_non_contiguous_and_views() -> None:
    a = np.arange(24.0).reshape(4, 6)
    t = torch.from_numpy(a.copy())
    assert array_repr(t.T, "float64") == repr(a.T)
    assert array_str(t[::2, 1::3], "float64") == str(a[::2, 1::3])
    z = torch.tensor([1 + 2j, 3 - 1j], dtype=torch.complex64)
    assert array_repr(z.conj(), "complex64") == repr(np.array([1 - 2j, 3 + 1j], np.complex64))
    g = torch.tensor([1.0, 2.0], requires_grad=True)
    assert array_repr(g * 2, "float64") == "array([2., 4.])"


def test_dtype_name_is_authoritative() -> None:
    t = torch.tensor([0.1, 1.5], dtype=torch.float64)
    assert array_repr(t, "float32") == repr(np.array([0.1, 1.5], np.float32))
    assert array_repr(torch.tensor([1, 2]), "int32") == "array([1, 2], dtype=int32)"


# --------------------------------------------------------------------------
# Randomised: raw bit patterns and hypothesis-generated arrays
# --------------------------------------------------------------------------


@pytest.mark.parametrize("dtype", FLOAT_DTYPES)
def test_random_bit_patterns(dtype: str) -> None:
    """Every kind of value alone (0-d repr/str and 1-d repr), shortest digits included."""
    rng = np.random.default_rng(2024)
    uint = {"float16": np.uint16, "float32": np.uint32, "float64": np.uint64}[dtype]
    bits = rng.integers(0, np.iinfo(uint).max, size=400, dtype=uint, endpoint=True)
    values = bits.view(dtype)
    for x in values:
        check(np.array(x))
        check(np.array([x]))
    for start in range(0, len(values), 7):
        check(values[start : start + 7])


@pytest.mark.parametrize("dtype", COMPLEX_DTYPES)
def test_random_complex_scalars(dtype: str) -> None:
    rng = np.random.default_rng(7)
    part = "float32" if dtype == "complex64" else "float64"
    uint = np.uint32 if part == "float32" else np.uint64
    bits = rng.integers(0, np.iinfo(uint).max, size=(300, 2), dtype=uint, endpoint=True)
    parts = bits.view(part)
    specials = np.array([0.0, -0.0, nan, inf, -inf, 1.0, 1e-4, 1e6, 1e16], dtype=part)
    parts[::3, 0] = specials[np.arange(100) % len(specials)]
    parts[1::4, 1] = specials[np.arange(75) % len(specials)]
    values = np.empty(len(parts), dtype=dtype)
    values.real = parts[:, 0]
    values.imag = parts[:, 1]
    for z in values:
        check(np.array(z))
    for start in range(0, len(values), 5):
        check(values[start : start + 5])


shapes = hnp.array_shapes(min_dims=0, max_dims=4, min_side=0, max_side=5)
HYPOTHESIS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@HYPOTHESIS
@given(st.data())
def test_hypothesis_any_dtype(data: st.DataObject) -> None:
    dtype = data.draw(st.sampled_from(ALL_DTYPES))
    check(data.draw(hnp.arrays(np.dtype(dtype), shapes)))


@HYPOTHESIS
@given(
    st.sampled_from(FLOAT_DTYPES),
    hnp.array_shapes(min_dims=1, max_dims=2, min_side=1, max_side=30),
    st.integers(-6, 10),
    st.data(),
)
def test_hypothesis_floats_in_a_range(
    dtype: str, shape: tuple[int, ...], scale: int, data: st.DataObject
) -> None:
    """Moderate values of one magnitude: positional notation, padding and wrapping."""
    width = WIDTHS[dtype]
    bound = float(np.array(min(10.0**scale, float(np.finfo(dtype).max)), dtype=dtype))
    elements = st.floats(-bound, bound, width=width, allow_nan=False)
    check(data.draw(hnp.arrays(np.dtype(dtype), shape, elements=elements)))


@HYPOTHESIS
@given(
    st.sampled_from(COMPLEX_DTYPES),
    hnp.array_shapes(min_dims=0, max_dims=3, min_side=1, max_side=6),
    st.data(),
)
def test_hypothesis_complex(dtype: str, shape: tuple[int, ...], data: st.DataObject) -> None:
    check(data.draw(hnp.arrays(np.dtype(dtype), shape)))


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(["float64", "int64", "complex64", "bool", "uint8", "float16"]),
    st.lists(st.integers(1, 15), min_size=1, max_size=4).filter(
        lambda s: 1000 < math.prod(s) <= 6000 or len(s) == 1
    ),
    st.integers(0, 2**32 - 1),
)
def test_hypothesis_summarized(dtype: str, dims: list[int], seed: int) -> None:
    rng = np.random.default_rng(seed)
    shape = tuple(dims) if math.prod(dims) > 1000 else (1000 + dims[0] * 97,)
    n = math.prod(shape)
    if dtype == "bool":
        a = rng.integers(0, 2, n).astype(bool)
    elif dtype in ("int64", "uint8"):
        a = rng.integers(0, 200, n).astype(dtype)
    else:
        a = (rng.standard_normal(n) * 10.0 ** rng.integers(-3, 4, n)).astype(dtype)
    check(a.reshape(shape))


# --------------------------------------------------------------------------
# The module must not depend on NumPy
# --------------------------------------------------------------------------


def test_module_imports_only_torch_and_stdlib() -> None:
    tree = ast.parse(Path(printing_module.__file__).read_text(encoding="utf-8"))
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, "no relative imports"
            imported.add((node.module or "").split(".")[0])
    assert imported <= {"__future__", "collections", "math", "struct", "typing", "torch"}
