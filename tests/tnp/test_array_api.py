"""tnp against the Array API standard, revision 2024.12.

The standard's function lists for the main namespace and the ``linalg`` and ``fft``
extensions are written out below as stub signatures, copied from the specification. Each
function must be present in ``tnp`` with a compatible signature:

- a positional-only parameter of the standard must be accepted at the same position (its
  name is free, as the standard's positional-only names are);
- a keyword-only parameter must be accepted by keyword under the standard's name;
- a positional-or-keyword parameter must be accepted both ways under the standard's name;
- a standard default must be the implementation's default, or one listed in
  ``EQUIVALENT_DEFAULTS`` whose meaning is the same (NumPy's ``None`` sentinels);
- no parameter outside the standard may be required.

Elementwise functions that are ufuncs have no Python signature: their ``nin`` is checked.
Then semantics where the standard differs from NumPy's older conventions are spot-checked,
with NumPy 2 as the oracle where it follows the standard.
"""

from __future__ import annotations

import inspect
import math
from typing import Any

import numpy as np
import pytest
import torch

import tnp
from tnp_core import _array_api

P = inspect.Parameter

MAIN = """
def arange(start, /, stop=None, step=1, *, dtype=None, device=None): ...
def asarray(obj, /, *, dtype=None, device=None, copy=None): ...
def empty(shape, *, dtype=None, device=None): ...
def empty_like(x, /, *, dtype=None, device=None): ...
def eye(n_rows, n_cols=None, /, *, k=0, dtype=None, device=None): ...
def from_dlpack(x, /, *, device=None, copy=None): ...
def full(shape, fill_value, *, dtype=None, device=None): ...
def full_like(x, /, fill_value, *, dtype=None, device=None): ...
def linspace(start, stop, /, num, *, dtype=None, device=None, endpoint=True): ...
def meshgrid(*arrays, indexing="xy"): ...
def ones(shape, *, dtype=None, device=None): ...
def ones_like(x, /, *, dtype=None, device=None): ...
def tril(x, /, *, k=0): ...
def triu(x, /, *, k=0): ...
def zeros(shape, *, dtype=None, device=None): ...
def zeros_like(x, /, *, dtype=None, device=None): ...
def astype(x, dtype, /, *, copy=True, device=None): ...
def can_cast(from_, to, /): ...
def finfo(type, /): ...
def iinfo(type, /): ...
def isdtype(dtype, kind): ...
def result_type(*arrays_and_dtypes): ...
def clip(x, /, min=None, max=None): ...
def conj(x, /): ...
def imag(x, /): ...
def real(x, /): ...
def round(x, /): ...
def take(x, indices, /, *, axis=None): ...
def take_along_axis(x, indices, /, *, axis=-1): ...
def __array_namespace_info__(): ...
def matmul(x1, x2, /): ...
def matrix_transpose(x, /): ...
def tensordot(x1, x2, /, *, axes=2): ...
def vecdot(x1, x2, /, *, axis=-1): ...
def broadcast_arrays(*arrays): ...
def broadcast_to(x, /, shape): ...
def concat(arrays, /, *, axis=0): ...
def expand_dims(x, /, *, axis=0): ...
def flip(x, /, *, axis=None): ...
def moveaxis(x, source, destination, /): ...
def permute_dims(x, /, axes): ...
def repeat(x, repeats, /, *, axis=None): ...
def reshape(x, /, shape, *, copy=None): ...
def roll(x, /, shift, *, axis=None): ...
def squeeze(x, /, axis): ...
def stack(arrays, /, *, axis=0): ...
def tile(x, repetitions, /): ...
def unstack(x, /, *, axis=0): ...
def argmax(x, /, *, axis=None, keepdims=False): ...
def argmin(x, /, *, axis=None, keepdims=False): ...
def count_nonzero(x, /, *, axis=None, keepdims=False): ...
def nonzero(x, /): ...
def searchsorted(x1, x2, /, *, side="left", sorter=None): ...
def where(condition, x1, x2, /): ...
def unique_all(x, /): ...
def unique_counts(x, /): ...
def unique_inverse(x, /): ...
def unique_values(x, /): ...
def argsort(x, /, *, axis=-1, descending=False, stable=True): ...
def sort(x, /, *, axis=-1, descending=False, stable=True): ...
def cumulative_prod(x, /, *, axis=None, dtype=None, include_initial=False): ...
def cumulative_sum(x, /, *, axis=None, dtype=None, include_initial=False): ...
def max(x, /, *, axis=None, keepdims=False): ...
def mean(x, /, *, axis=None, keepdims=False): ...
def min(x, /, *, axis=None, keepdims=False): ...
def prod(x, /, *, axis=None, dtype=None, keepdims=False): ...
def std(x, /, *, axis=None, correction=0.0, keepdims=False): ...
def sum(x, /, *, axis=None, dtype=None, keepdims=False): ...
def var(x, /, *, axis=None, correction=0.0, keepdims=False): ...
def all(x, /, *, axis=None, keepdims=False): ...
def any(x, /, *, axis=None, keepdims=False): ...
def diff(x, /, *, axis=-1, n=1, prepend=None, append=None): ...
"""

# elementwise functions: all parameters positional-only
UNARY = [
    "abs",
    "acos",
    "acosh",
    "asin",
    "asinh",
    "atan",
    "atanh",
    "bitwise_invert",
    "ceil",
    "cos",
    "cosh",
    "exp",
    "expm1",
    "floor",
    "isfinite",
    "isinf",
    "isnan",
    "log",
    "log1p",
    "log2",
    "log10",
    "logical_not",
    "negative",
    "positive",
    "reciprocal",
    "sign",
    "signbit",
    "sin",
    "sinh",
    "square",
    "sqrt",
    "tan",
    "tanh",
    "trunc",
]
BINARY = [
    "add",
    "atan2",
    "bitwise_and",
    "bitwise_left_shift",
    "bitwise_or",
    "bitwise_right_shift",
    "bitwise_xor",
    "copysign",
    "divide",
    "equal",
    "floor_divide",
    "greater",
    "greater_equal",
    "hypot",
    "less",
    "less_equal",
    "logaddexp",
    "logical_and",
    "logical_or",
    "logical_xor",
    "maximum",
    "minimum",
    "multiply",
    "nextafter",
    "not_equal",
    "pow",
    "remainder",
    "subtract",
]

LINALG = """
def cholesky(x, /, *, upper=False): ...
def cross(x1, x2, /, *, axis=-1): ...
def det(x, /): ...
def diagonal(x, /, *, offset=0): ...
def eigh(x, /): ...
def eigvalsh(x, /): ...
def inv(x, /): ...
def matmul(x1, x2, /): ...
def matrix_norm(x, /, *, keepdims=False, ord="fro"): ...
def matrix_power(x, n, /): ...
def matrix_rank(x, /, *, rtol=None): ...
def matrix_transpose(x, /): ...
def outer(x1, x2, /): ...
def pinv(x, /, *, rtol=None): ...
def qr(x, /, *, mode="reduced"): ...
def slogdet(x, /): ...
def solve(x1, x2, /): ...
def svd(x, /, *, full_matrices=True): ...
def svdvals(x, /): ...
def tensordot(x1, x2, /, *, axes=2): ...
def trace(x, /, *, offset=0, dtype=None): ...
def vecdot(x1, x2, /, *, axis=-1): ...
def vector_norm(x, /, *, axis=None, keepdims=False, ord=2): ...
"""

FFT = """
def fft(x, /, *, n=None, axis=-1, norm="backward"): ...
def ifft(x, /, *, n=None, axis=-1, norm="backward"): ...
def fftn(x, /, *, s=None, axes=None, norm="backward"): ...
def ifftn(x, /, *, s=None, axes=None, norm="backward"): ...
def rfft(x, /, *, n=None, axis=-1, norm="backward"): ...
def irfft(x, /, *, n=None, axis=-1, norm="backward"): ...
def rfftn(x, /, *, s=None, axes=None, norm="backward"): ...
def irfftn(x, /, *, s=None, axes=None, norm="backward"): ...
def hfft(x, /, *, n=None, axis=-1, norm="backward"): ...
def ihfft(x, /, *, n=None, axis=-1, norm="backward"): ...
def fftfreq(n, /, d=1.0, *, dtype=None, device=None): ...
def rfftfreq(n, /, d=1.0, *, dtype=None, device=None): ...
def fftshift(x, /, *, axes=None): ...
def ifftshift(x, /, *, axes=None): ...
"""

CONSTANTS = {"e": math.e, "inf": math.inf, "nan": math.nan, "newaxis": None, "pi": math.pi}
DTYPES = [
    "bool",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "float32",
    "float64",
    "complex64",
    "complex128",
]

_NO_VALUE = repr(np._NoValue)
# Defaults that differ in spelling, not in meaning: NumPy's sentinels, which tnp keeps.
EQUIVALENT_DEFAULTS: dict[tuple[str, str], set[str]] = {
    ("arange", "step"): {"None"},  # None: a step of 1
    ("std", "correction"): {"None"},  # None: ddof, whose default is 0
    ("var", "correction"): {"None"},
    ("vecdot", "axis"): {"None"},  # None: the last axis, as for every gufunc
    ("argsort", "stable"): {"None"},  # tnp's default sort is stable (tested below)
    ("sort", "stable"): {"None"},
    ("pinv", "rtol"): {_NO_VALUE},  # not given: the standard's max(M, N) * eps
    ("clip", "min"): {_NO_VALUE},  # not given: no bound
    ("clip", "max"): {_NO_VALUE},
    **{
        (name, "norm"): {"None"}
        for name in ["fft", "ifft", "fftn", "ifftn", "rfft", "irfft", "rfftn", "irfftn"]
    },
    ("hfft", "norm"): {"None"},
    ("ihfft", "norm"): {"None"},
}

# Known incompatibilities, (namespace, name) -> reason, none at present. Each entry becomes a
# strict xfail, so fixing the function turns the test red until the entry is removed.
KNOWN_GAPS: dict[tuple[str, str], str] = {}


def _stubs(source: str) -> dict[str, inspect.Signature]:
    namespace: dict[str, Any] = {}
    exec(source, namespace)
    return {
        name: inspect.signature(obj) for name, obj in namespace.items() if inspect.isfunction(obj)
    }


def incompatibilities(name: str, spec: inspect.Signature, impl: inspect.Signature) -> list[str]:
    """What in ``impl`` breaks a call written against ``spec`` (empty when compatible)."""
    found: list[str] = []
    params = list(impl.parameters.values())
    var_positional = any(p.kind is P.VAR_POSITIONAL for p in params)
    var_keyword = any(p.kind is P.VAR_KEYWORD for p in params)
    positional = [p for p in params if p.kind in (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD)]
    by_keyword = {p.name: p for p in params if p.kind in (P.POSITIONAL_OR_KEYWORD, P.KEYWORD_ONLY)}
    matched: set[str] = set()
    for index, want in enumerate(spec.parameters.values()):
        got: inspect.Parameter | None = None
        if want.kind is P.VAR_POSITIONAL:
            if not var_positional:
                found.append(f"*{want.name} not accepted")
            continue
        if want.kind in (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD):
            if index < len(positional):
                got = positional[index]
                matched.add(got.name)
            elif not var_positional:
                found.append(f"positional parameter {index} ({want.name}) not accepted")
        if want.kind in (P.KEYWORD_ONLY, P.POSITIONAL_OR_KEYWORD):
            keyword = by_keyword.get(want.name)
            if keyword is None:
                if not var_keyword:
                    found.append(f"keyword {want.name}= not accepted")
            else:
                matched.add(keyword.name)
                got = got or keyword
        if got is None or want.default is P.empty:
            continue
        if got.default is P.empty:
            found.append(f"{want.name} has no default")
            continue
        same = type(got.default) is type(want.default) and got.default == want.default
        if not same and repr(got.default) not in EQUIVALENT_DEFAULTS.get((name, want.name), ()):
            found.append(f"default {want.name}={got.default!r}, the standard's {want.default!r}")
    for p in params:
        variadic = p.kind in (P.VAR_POSITIONAL, P.VAR_KEYWORD)
        if p.name not in matched and p.default is P.empty and not variadic:
            found.append(f"{p.name} is required and not in the standard")
    return found


def _cases() -> list[Any]:
    cases = []
    for where, source in (("main", MAIN), ("linalg", LINALG), ("fft", FFT)):
        for name, signature in _stubs(source).items():
            marks = []
            if (where, name) in KNOWN_GAPS:
                marks.append(pytest.mark.xfail(reason=KNOWN_GAPS[where, name], strict=True))
            cases.append(pytest.param(where, name, signature, id=f"{where}.{name}", marks=marks))
    return cases


def _namespace(where: str) -> Any:
    return {"main": tnp, "linalg": tnp.linalg, "fft": tnp.fft}[where]


# ----------------------------------------------------------------------------- presence
@pytest.mark.parametrize(("where", "name", "spec"), _cases())
def test_function_is_present_with_a_compatible_signature(where, name, spec):
    func = getattr(_namespace(where), name, None)
    assert func is not None, f"{where}.{name} is missing"
    assert callable(func)
    if hasattr(func, "nin"):  # a ufunc (matmul, vecdot): the arrays are positional
        arrays = [p for p in spec.parameters.values() if p.kind is P.POSITIONAL_ONLY]
        assert func.nin == len(arrays)
        return
    problems = incompatibilities(name, spec, inspect.signature(func))
    assert not problems, f"{where}.{name}: {problems}"


@pytest.mark.parametrize(("name", "nin"), [(n, 1) for n in UNARY] + [(n, 2) for n in BINARY])
def test_elementwise_function_takes_its_arrays_positionally(name, nin):
    func = getattr(tnp, name)
    if hasattr(func, "nin"):
        assert func.nin == nin
    else:
        signature = inspect.signature(func)
        required = [p for p in signature.parameters.values() if p.default is P.empty]
        assert len(required) == nin
        assert all(p.kind in (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD) for p in required)
    args = [tnp.asarray([1, 2], dtype="int32")] * nin if name.startswith("bitwise") else None
    if args is None:
        args = [tnp.asarray([0.5, 1.0])] * nin
    assert func(*args).shape == (2,)


@pytest.mark.parametrize("name", sorted(CONSTANTS))
def test_constant_is_present(name):
    got, want = getattr(tnp, name), CONSTANTS[name]
    if name == "nan":
        assert math.isnan(got)
    else:
        assert got == want


@pytest.mark.parametrize("name", DTYPES)
def test_dtype_is_present_and_names_itself(name):
    dt = getattr(tnp, name)
    assert tnp.asarray([1], dtype=dt).dtype == dt
    assert tnp.dtype(dt).name == name


def test_the_signature_check_sees_incompatibilities():
    spec = _stubs("def f(x, /, *, axis=None, keepdims=False): ...")["f"]
    assert (
        incompatibilities("f", spec, inspect.signature(lambda a, axis=None, keepdims=False: a))
        == []
    )
    assert incompatibilities("f", spec, inspect.signature(lambda a, axis=None: a)) == [
        "keyword keepdims= not accepted"
    ]
    assert incompatibilities("f", spec, inspect.signature(lambda a, b, axis=0, keepdims=0: a)) == [
        "default axis=0, the standard's None",
        "default keepdims=0, the standard's False",
        "b is required and not in the standard",
    ]


# ----------------------------------------------------------------------------- inspection
def test_array_api_version_is_2024_12():
    assert _array_api.__array_api_version__ == "2024.12"


def test_namespace_info_capabilities():
    info = _array_api.__array_namespace_info__()
    assert info.capabilities() == {
        "boolean indexing": True,
        "data-dependent shapes": True,
        "max dimensions": 64,
    }


def test_namespace_info_default_device_follows_the_default_device_setting():
    info = _array_api.__array_namespace_info__()
    assert info.default_device() == tnp.zeros(1).device
    with tnp.default_device("meta"):
        assert info.default_device() == torch.device("meta")
    assert torch.device("cpu") in info.devices()
    assert all(isinstance(d, torch.device) for d in info.devices())


def test_namespace_info_default_dtypes_follow_the_default_float():
    info = _array_api.__array_namespace_info__()
    assert info.default_dtypes() == {
        "real floating": tnp.float64,
        "complex floating": tnp.complex128,
        "integral": tnp.int64,
        "indexing": tnp.int64,
    }
    tnp.set_default_float_dtype(tnp.float32)
    try:
        got = info.default_dtypes(device="cpu")
    finally:
        tnp.set_default_float_dtype(tnp.float64)
    assert got["real floating"] == tnp.float32
    assert got["complex floating"] == tnp.complex64
    with pytest.raises(ValueError, match="Device"):
        info.default_dtypes(device=object())


@pytest.mark.parametrize(
    "kind",
    [
        None,
        "bool",
        "signed integer",
        "unsigned integer",
        "integral",
        "real floating",
        "complex floating",
        "numeric",
        ("bool", "real floating"),
        ("integral", "signed integer"),
    ],
)
def test_namespace_info_dtypes_match_numpys(kind):
    ours = _array_api.__array_namespace_info__().dtypes(kind=kind, device="cpu")
    theirs = np.__array_namespace_info__().dtypes(kind=kind)
    assert list(ours) == list(theirs)
    assert all(dt == getattr(tnp, name) and dt.name == name for name, dt in ours.items())


def test_namespace_info_dtypes_rejects_unknown_kinds():
    info = _array_api.__array_namespace_info__()
    with pytest.raises(ValueError, match="kind"):
        info.dtypes(kind="float")
    with pytest.raises(ValueError, match="kind"):
        info.dtypes(kind=("bool", "strings"))


def test_array_namespace_returns_the_namespace():
    ns = tnp.ones(2).__array_namespace__()
    assert ns.asarray is tnp.asarray
    assert tnp.ones(2).__array_namespace__(api_version="2024.12") is ns


def test_array_namespace_rejects_unsupported_versions():
    with pytest.raises(ValueError, match=r"2020\.10"):
        tnp.ones(2).__array_namespace__(api_version="2020.10")


def test_check_api_version_accepts_the_revisions_and_none():
    for version in (None, "2021.12", "2022.12", "2023.12", "2024.12"):
        _array_api.check_api_version(version)
    with pytest.raises(ValueError, match=r'Version "2025\.12"'):
        _array_api.check_api_version("2025.12")


def test_array_object_attributes():
    x = tnp.reshape(tnp.arange(6.0), (2, 3))
    assert x.device == tnp.get_default_device()
    assert x.to_device("cpu").device == torch.device("cpu")
    assert x.mT.shape == (3, 2)
    assert x.T.shape == (3, 2)
    assert (x.ndim, x.shape, x.size, x.dtype) == (2, (2, 3), 6, tnp.float64)
    assert tnp.from_dlpack(x).shape == (2, 3)


# ----------------------------------------------------------------------------- semantics
def _np(x: Any) -> Any:
    return np.asarray(x) if isinstance(x, tnp.ndarray) else x


def _same(got: Any, want: Any) -> None:
    if isinstance(want, tuple):
        assert len(got) == len(want)
        for g, w in zip(got, want, strict=True):
            _same(g, w)
        return
    got, want = np.asarray(_np(got)), np.asarray(want)
    assert got.dtype == want.dtype
    np.testing.assert_array_equal(got, want)


@pytest.mark.parametrize(
    "make",
    [
        lambda m: m.zeros((2, 1), dtype=m.int16, device="cpu"),
        lambda m: m.ones(3, device="cpu"),
        lambda m: m.empty_like(m.ones(2), device="cpu").shape,
        lambda m: m.full((2,), 3, dtype=m.uint8, device="cpu"),
        lambda m: m.full_like(m.ones(2), fill_value=7, dtype=m.float32, device="cpu"),
        lambda m: m.arange(1, 7, 2, dtype=m.int32, device="cpu"),
        lambda m: m.eye(2, 3, k=1, dtype=m.int8, device="cpu"),
        lambda m: m.linspace(0, 1, num=4, endpoint=False, device="cpu"),
        lambda m: m.asarray([1, 2], dtype=m.float32, device="cpu", copy=True),
    ],
)
def test_creation_takes_keyword_device(make):
    _same(make(tnp), make(np))


def test_asarray_copy_keyword():
    data = tnp.asarray([1.0, 2.0])
    assert tnp.asarray(data, copy=False) is data or np.shares_memory(
        np.asarray(tnp.asarray(data, copy=False)), np.asarray(data)
    )
    copied = tnp.asarray(data, copy=True)
    copied[0] = 9.0
    assert float(data[0]) == 1.0
    with pytest.raises(ValueError, match="copy"):
        tnp.asarray([1, 2], copy=False)
    with pytest.raises(ValueError, match="copy"):
        tnp.asarray(data, dtype=tnp.float32, copy=False)


def test_reshape_copy_keyword():
    x = tnp.reshape(tnp.arange(4), (2, 2))
    view = tnp.reshape(x, shape=(4,), copy=False)
    view[0] = 5
    assert int(x[0, 0]) == 5
    with pytest.raises(ValueError, match="copy"):
        tnp.reshape(x.T, (4,), copy=False)
    copied = tnp.reshape(x, (4,), copy=True)
    copied[1] = 9
    assert int(x[0, 1]) == 1


@pytest.mark.parametrize("correction", [0, 1, 1.5, 0.0])
def test_std_and_var_take_correction(correction):
    data = np.array([[1.0, 2.0, 4.0], [8.0, 5.0, -1.0]])
    for name in ("std", "var"):
        got = getattr(tnp, name)(tnp.asarray(data), axis=1, correction=correction, keepdims=True)
        want = getattr(np, name)(data, axis=1, correction=correction, keepdims=True)
        np.testing.assert_allclose(np.asarray(got), want, rtol=1e-12)


def test_unique_functions_return_the_standards_named_tuples():
    # The standard leaves the order of the unique values open (NumPy 2.3+ does not sort
    # them), so the fields are checked by what they must satisfy.
    data = np.array([[3, 1, 3], [2, 1, 1]], dtype=np.int16)
    x = tnp.asarray(data)
    every = tnp.unique_all(x)
    assert every._fields == ("values", "indices", "inverse_indices", "counts")
    values = np.asarray(every.values)
    assert values.dtype == np.int16
    assert sorted(values.tolist()) == [1, 2, 3]
    np.testing.assert_array_equal(data.reshape(-1)[np.asarray(every.indices)], values)
    assert every.inverse_indices.shape == x.shape  # the input's shape, not flattened
    np.testing.assert_array_equal(values[np.asarray(every.inverse_indices)], data)
    np.testing.assert_array_equal(np.asarray(every.counts), [(data == v).sum() for v in values])
    inverse = tnp.unique_inverse(x)
    assert inverse._fields == ("values", "inverse_indices")
    np.testing.assert_array_equal(
        np.asarray(inverse.values)[np.asarray(inverse.inverse_indices)], data
    )
    counts = tnp.unique_counts(x)
    assert counts._fields == ("values", "counts")
    pairs = zip(np.asarray(counts.values).tolist(), np.asarray(counts.counts).tolist(), strict=True)
    assert dict(pairs) == {1: 3, 2: 1, 3: 2}
    assert sorted(np.asarray(tnp.unique_values(x)).tolist()) == [1, 2, 3]


def test_unique_values_keeps_every_nan():
    # the standard treats NaNs as distinct
    got = np.asarray(tnp.unique_values(tnp.asarray([2.0, math.nan, 1.0, math.nan, 2.0])))
    assert sorted(got[~np.isnan(got)].tolist()) == [1.0, 2.0]
    assert np.isnan(got).sum() == 2


def test_astype_copy_and_device_keywords():
    x = tnp.asarray([1.5, -2.5])
    assert tnp.astype(x, tnp.float64, copy=False) is x
    assert tnp.astype(x, tnp.float64) is not x
    converted = tnp.astype(x, tnp.int32, copy=False, device="cpu")
    _same(converted, np.array([1, -2], dtype=np.int32))
    assert converted.device == torch.device("cpu")
    _same(tnp.astype(tnp.asarray([1, 0]), tnp.bool), np.array([True, False]))


@pytest.mark.parametrize(
    ("call", "want"),
    [
        # min only, positionally: the standard allows it (NumPy 2 asks for both)
        (lambda x: tnp.clip(x, 1.5), [3.0, 1.5, 2.0, 1.5]),
        (lambda x: tnp.clip(x, max=1.5), [1.5, 1.0, 1.5, -1.0]),
        (lambda x: tnp.clip(x, min=1.5, max=2.5), [2.5, 1.5, 2.0, 1.5]),
        (tnp.clip, [3.0, 1.0, 2.0, -1.0]),
        (lambda x: tnp.clip(x, tnp.asarray([0.0, 2.0, 2.0, 0.0]), 2.5), [2.5, 2.0, 2.0, 0.0]),
    ],
)
def test_clip_with_optional_bounds(call, want):
    _same(call(tnp.asarray([3.0, 1.0, 2.0, -1.0])), np.array(want))


def test_cumulative_sum_and_prod():
    data = np.array([[1, 2, 3], [4, 5, 6]], dtype=np.int8)
    x = tnp.asarray(data)
    for name in ("cumulative_sum", "cumulative_prod"):
        fn, ref = getattr(tnp, name), getattr(np, name)
        _same(fn(x, axis=1), ref(data, axis=1))
        _same(fn(x, axis=0, include_initial=True), ref(data, axis=0, include_initial=True))
        _same(fn(x, axis=-1, dtype=tnp.int16), ref(data, axis=-1, dtype=np.int16))
        _same(fn(x[0], include_initial=True), ref(data[0], include_initial=True))
        with pytest.raises(ValueError, match="axis"):
            fn(x)  # axis is required above one dimension


def test_take_along_axis_defaults_to_the_last_axis():
    data = np.array([[3, 1, 2], [9, 7, 8]])
    order = np.argsort(data, axis=-1)
    _same(tnp.take_along_axis(tnp.asarray(data), tnp.asarray(order)), np.sort(data))
    _same(
        tnp.take_along_axis(tnp.asarray(data), tnp.asarray([[1, 0, 1]]), axis=0),
        np.take_along_axis(data, np.array([[1, 0, 1]]), axis=0),
    )


def test_take_with_keyword_axis():
    data = np.arange(6).reshape(2, 3)
    _same(tnp.take(tnp.asarray(data), tnp.asarray([2, 0]), axis=1), np.take(data, [2, 0], axis=1))


@pytest.mark.parametrize("side", ["left", "right"])
def test_searchsorted_side_and_sorter(side):
    table = np.array([1.0, 2.0, 2.0, 3.0])
    probes = np.array([2.0, 0.5, 9.0, 3.0])
    _same(
        tnp.searchsorted(tnp.asarray(table), tnp.asarray(probes), side=side),
        np.searchsorted(table, probes, side=side),
    )
    shuffled = np.array([3.0, 1.0, 2.0])
    sorter = np.argsort(shuffled)
    _same(
        tnp.searchsorted(
            tnp.asarray(shuffled), tnp.asarray(probes), side=side, sorter=tnp.asarray(sorter)
        ),
        np.searchsorted(shuffled, probes, side=side, sorter=sorter),
    )


def test_diff_keywords():
    data = np.array([[3.0, 1.0, 2.0], [1.0, 5.0, 4.0]])
    x = tnp.asarray(data)
    _same(tnp.diff(x), np.diff(data))
    _same(tnp.diff(x, axis=0), np.diff(data, axis=0))
    _same(
        tnp.diff(x, axis=-1, n=2, prepend=tnp.zeros((2, 1)), append=tnp.ones((2, 2))),
        np.diff(data, axis=-1, n=2, prepend=np.zeros((2, 1)), append=np.ones((2, 2))),
    )


def test_sort_and_argsort_are_stable_by_default():
    data = np.array([1, 0, 1, 0, 1, 0, 1] * 5, dtype=np.int8)
    _same(tnp.argsort(tnp.asarray(data)), np.argsort(data, stable=True))
    _same(tnp.argsort(tnp.asarray(data), stable=True, axis=-1), np.argsort(data, stable=True))
    _same(tnp.sort(tnp.asarray(data), stable=False), np.sort(data))


def test_elementwise_functions_accept_a_python_scalar_on_either_side():
    x = tnp.asarray([1, 2], dtype=tnp.int8)
    _same(tnp.add(1, x), np.add(1, np.array([1, 2], dtype=np.int8)))
    _same(tnp.subtract(x, 1), np.array([0, 1], dtype=np.int8))
    _same(tnp.pow(2.0, tnp.asarray([1.0, 2.0], dtype=tnp.float32)), np.array([2, 4], "float32"))


def test_matrix_functions_of_the_main_namespace():
    a = np.arange(6.0).reshape(2, 3)
    b = np.arange(12.0).reshape(3, 4)
    _same(tnp.matmul(tnp.asarray(a), tnp.asarray(b)), a @ b)
    _same(tnp.matrix_transpose(tnp.asarray(a)), a.T)
    _same(tnp.tensordot(tnp.asarray(a), tnp.asarray(b), axes=1), np.tensordot(a, b, axes=1))
    _same(tnp.vecdot(tnp.asarray(a), tnp.asarray(a)), np.vecdot(a, a))
    _same(tnp.vecdot(tnp.asarray(a), tnp.asarray(a), axis=0), np.vecdot(a, a, axis=0))


def test_linalg_extension_semantics():
    spd = np.array([[4.0, 2.0], [2.0, 3.0]])
    x = tnp.asarray(spd)
    np.testing.assert_allclose(
        np.asarray(tnp.linalg.cholesky(x, upper=True)), np.linalg.cholesky(spd, upper=True)
    )
    np.testing.assert_allclose(
        np.asarray(tnp.linalg.matrix_norm(x, ord="nuc", keepdims=True)),
        np.linalg.matrix_norm(spd, ord="nuc", keepdims=True),
    )
    np.testing.assert_allclose(
        np.asarray(tnp.linalg.vector_norm(x, axis=(0, 1), ord=math.inf)), 4.0
    )
    _same(tnp.linalg.trace(x, offset=1, dtype=tnp.float32), np.float32(2.0))
    _same(tnp.linalg.diagonal(x, offset=-1), np.array([2.0]))
    assert int(tnp.linalg.matrix_rank(tnp.asarray([[1.0, 2.0], [2.0, 4.0]]), rtol=0.1)) == 1
    np.testing.assert_allclose(
        np.asarray(tnp.linalg.svdvals(x)), np.linalg.svdvals(spd), rtol=1e-12
    )
    _same(tnp.linalg.cross(tnp.asarray([1, 0, 0]), tnp.asarray([0, 1, 0])), np.array([0, 0, 1]))


def test_fft_extension_semantics():
    data = np.array([1.0, 2.0, 3.0])
    np.testing.assert_allclose(
        np.asarray(tnp.fft.fft(tnp.asarray(data), n=4, axis=-1, norm="backward")),
        np.fft.fft(data, n=4),
    )
    np.testing.assert_allclose(
        np.asarray(tnp.fft.rfftn(tnp.asarray(data), s=(4,), axes=(0,), norm="ortho")),
        np.fft.rfftn(data, s=(4,), axes=(0,), norm="ortho"),
    )
    _same(tnp.fft.fftfreq(4, d=0.5, device="cpu"), np.fft.fftfreq(4, d=0.5))
    _same(tnp.fft.fftshift(tnp.asarray([0, 1, 2, 3]), axes=0), np.array([2, 3, 0, 1]))


# The standard's special cases for elementwise functions (float64 inputs): a sample where
# NumPy's older behaviour or torch's could plausibly differ.
INF, NAN = math.inf, math.nan
SPECIAL_CASES = [
    ("log", (0.0,), -INF),
    ("log", (-1.0,), NAN),
    ("log1p", (-1.0,), -INF),
    ("sqrt", (-0.0,), -0.0),
    ("expm1", (-INF,), -1.0),
    ("exp", (-INF,), 0.0),
    ("tanh", (INF,), 1.0),
    ("atanh", (1.0,), INF),
    ("acosh", (1.0,), 0.0),
    ("reciprocal", (0.0,), INF),
    ("reciprocal", (-0.0,), -INF),
    ("divide", (1.0, -0.0), -INF),
    ("divide", (0.0, 0.0), NAN),
    ("floor_divide", (-5.0, 2.0), -3.0),
    ("floor_divide", (1.0, 0.0), INF),
    ("remainder", (-1.0, 3.0), 2.0),
    ("remainder", (1.0, -3.0), -2.0),
    ("pow", (NAN, 0.0), 1.0),
    ("pow", (1.0, NAN), 1.0),
    ("pow", (-0.0, -3.0), -INF),
    ("atan2", (0.0, -0.0), math.pi),
    ("atan2", (-0.0, -0.0), -math.pi),
    ("hypot", (INF, NAN), INF),
    ("logaddexp", (-INF, -INF), -INF),
    ("maximum", (NAN, 1.0), NAN),
    ("minimum", (1.0, NAN), NAN),
    ("copysign", (1.0, -0.0), -1.0),
    ("nextafter", (0.0, 1.0), 5e-324),
    ("nextafter", (1.0, 1.0), 1.0),
    ("round", (2.5,), 2.0),
    ("round", (-0.5,), -0.0),
    ("trunc", (-0.7,), -0.0),
    ("ceil", (-0.5,), -0.0),
    ("sign", (NAN,), NAN),
    ("sign", (-3.0,), -1.0),
    ("signbit", (-0.0,), True),
    ("isfinite", (INF,), False),
    ("square", (-INF,), INF),
]


@pytest.mark.parametrize(("name", "args", "want"), SPECIAL_CASES, ids=repr)
def test_elementwise_special_case(name, args, want):
    with np.errstate(all="ignore"):
        got = getattr(tnp, name)(*(tnp.asarray(a) for a in args))
    value = np.asarray(got)[()]
    if isinstance(want, bool):
        assert bool(value) is want
    elif math.isnan(want):
        assert math.isnan(value)
    else:
        assert value == want
        assert math.copysign(1.0, value) == math.copysign(1.0, want)  # the sign of zero too


@pytest.mark.parametrize(
    ("name", "arg", "want"),
    [
        ("sqrt", complex(-1.0, 0.0), complex(0.0, 1.0)),
        ("sqrt", complex(-1.0, -0.0), complex(0.0, -1.0)),
        ("exp", complex(-INF, 0.0), complex(0.0, 0.0)),
        ("sign", complex(3.0, 4.0), complex(0.6, 0.8)),  # x / |x| in NumPy 2
        ("log", complex(-0.0, 0.0), complex(-INF, math.pi)),
    ],
)
def test_complex_special_case(name, arg, want):
    with np.errstate(all="ignore"):
        got = complex(np.asarray(getattr(tnp, name)(tnp.asarray(arg)))[()])
    assert got == pytest.approx(want)
    assert math.copysign(1.0, got.imag) == math.copysign(1.0, want.imag)
