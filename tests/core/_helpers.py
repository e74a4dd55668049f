"""Helpers for differential tests of tnp-core against NumPy.

* ``to_numpy`` / ``from_numpy`` move data between the libraries exactly, through Python
  scalars (never through a shared buffer, so a bug in tnp's conversion cannot hide itself).
* ``assert_same`` checks dtype name, shape and values of a tnp result against NumPy's.
* ``same_outcome`` runs one computation in both libraries: when NumPy raises, tnp must raise
  the same kind of exception; otherwise the results must agree.
* hypothesis strategies for the supported dtypes, shapes, broadcastable shape pairs, arrays
  and weak Python scalars.

Imported by the test modules as ``tnp_core_test_helpers`` (see ``conftest.py``).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable
from typing import Any

import numpy as np
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import tnp_core as tnp

# ----------------------------------------------------------------------------- dtypes
BOOL = ("bool",)
SIGNED = ("int8", "int16", "int32", "int64")
UNSIGNED = ("uint8", "uint16", "uint32", "uint64")
INTEGER = SIGNED + UNSIGNED
FLOATING = ("float16", "float32", "float64")
COMPLEX = ("complex64", "complex128")
INEXACT = FLOATING + COMPLEX
NUMERIC = INTEGER + INEXACT
DTYPES = BOOL + NUMERIC  # the 14 NumPy dtypes tnp supports

# relative tolerance per result dtype: a few units in the last place
RTOL = {
    "float16": 2e-3,
    "float32": 4e-6,
    "float64": 1e-12,
    "complex64": 1e-5,
    "complex128": 1e-12,
}
EPS = {name: float(np.finfo(name).eps) for name in INEXACT}

HYPOTHESIS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
FEW = settings(HYPOTHESIS, max_examples=30)


def kind(name: str) -> str:
    return np.dtype(name).kind


# ----------------------------------------------------------------------------- conversion
def to_numpy(x: Any) -> np.ndarray:
    """A NumPy array equal to the tnp array ``x``: same dtype, shape and values (0-D too)."""
    assert isinstance(x, tnp.ndarray), f"expected a tnp.ndarray, got {type(x).__name__}"
    out = np.array(x.tolist(), dtype=np.dtype(x.dtype.name))
    return out.reshape(x.shape)


def from_numpy(a: Any) -> Any:
    """A tnp array equal to the NumPy array (or scalar) ``a``, built from Python values."""
    a = np.asarray(a)
    out = tnp.array(a.tolist(), dtype=a.dtype.name)
    # a 0-D array needs no reshape (and that keeps this helper independent of reshape(()))
    return out if a.ndim == 0 else out.reshape(a.shape)


_FMOD_FAMILY = frozenset(("remainder", "mod", "fmod", "divmod"))


def fmod_quotient_overflows(name: str, x1: Any, x2: Any) -> bool:
    """Whether float64 ``x1 % x2`` meets tnp's documented limitation.

    torch's vectorised CPU kernels for fmod and remainder give NaN wherever ``x1 / x2``
    overflows float64 (a huge ``x1`` or a subnormal ``x2``); NumPy gives the exact
    remainder. Such draws are skipped rather than compared.
    """
    if name not in _FMOD_FAMILY:
        return False
    try:
        with np.errstate(all="ignore"):
            result = getattr(np, name)(x1, x2)
    except (TypeError, ValueError, OverflowError):
        return False
    if np.asarray(result[0] if name == "divmod" else result).dtype != np.float64:
        return False
    a = np.asarray(x1)
    b = np.asarray(x2)
    with np.errstate(all="ignore"):
        q = np.abs(a.astype(np.float64) / b.astype(np.float64))
        finite = np.isfinite(a) & np.isfinite(b) & (b != 0)
        return bool(np.any(np.isinf(q) & finite))


def undefined_int_casts(values: Any, target: Any) -> np.ndarray | None:
    """Where casting the float (or complex) ``values`` to the integer ``target`` is undefined.

    C leaves a float-to-integer cast undefined for NaN, infinities and values whose
    truncation is out of the target's range; NumPy's answer there depends on the CPU and
    the loop, so it is no specification. None when ``target`` is not an integer type or
    ``values`` are not inexact.
    """
    to = np.dtype(target)
    v = np.asarray(values)
    if to.kind not in "iu" or v.dtype.kind not in "fc":
        return None
    info = np.iinfo(to)
    with np.errstate(all="ignore"):
        r = np.trunc(np.real(v).astype(np.float64))
        return ~(np.isfinite(r) & (r >= info.min) & (r < float(info.max) + 1))


def _finite_max(a: np.ndarray) -> float:
    mags = np.abs(a[np.isfinite(a)]) if a.size else np.zeros(0)
    return float(mags.max()) if mags.size else 0.0


def assert_same(
    actual: Any,
    expected: Any,
    *,
    rtol: float | None = None,
    atol: float | None = None,
    check_dtype: bool = True,
) -> None:
    """``actual`` (a tnp array) equals NumPy's ``expected``: dtype name, shape and values.

    Integers and bools must be equal exactly. Floats and complex numbers are compared with
    ``assert_allclose`` (NaN equal to NaN, infinities by sign), ``rtol`` by default a few
    units in the last place of the dtype; complex numbers part by part, with ``atol`` by
    default ``rtol`` times the largest finite magnitude (cancellation in one part is not an
    error).
    """
    assert isinstance(actual, tnp.ndarray), f"expected a tnp.ndarray, got {type(actual).__name__}"
    exp = np.asarray(expected)
    if check_dtype:
        assert actual.dtype.name == exp.dtype.name, (
            f"dtype: tnp gives {actual.dtype.name}, NumPy {exp.dtype.name}"
        )
    assert actual.shape == exp.shape, f"shape: tnp gives {actual.shape}, NumPy {exp.shape}"
    got = to_numpy(actual)
    if exp.dtype.kind in "biu" and got.dtype.kind in "biu":
        np.testing.assert_array_equal(got, exp.astype(got.dtype) if not check_dtype else exp)
        return
    name = exp.dtype.name if exp.dtype.name in RTOL else got.dtype.name
    tol = RTOL.get(name, 0.0) if rtol is None else rtol
    if exp.dtype.kind == "c" or got.dtype.kind == "c":
        exp_c = exp.astype(np.complex128)
        got_c = got.astype(np.complex128)
        abs_tol = tol * _finite_max(np.abs(exp_c)) if atol is None else atol
        for part in ("real", "imag"):
            np.testing.assert_allclose(
                getattr(got_c, part),
                getattr(exp_c, part),
                rtol=tol,
                atol=abs_tol,
                equal_nan=True,
                err_msg=f"{part} parts differ",
            )
        return
    np.testing.assert_allclose(
        got.astype(np.float64),
        exp.astype(np.float64),
        rtol=tol,
        atol=0.0 if atol is None else atol,
        equal_nan=True,
    )


# ----------------------------------------------------------------------------- exceptions
def expected_exception(exc: BaseException) -> type[BaseException]:
    """The exception type tnp must raise where NumPy raised ``exc``.

    NumPy's own classes map to their tnp equivalent (``AxisError``) or to the nearest
    built-in base (``UFuncTypeError`` -> ``TypeError``).
    """
    if isinstance(exc, np.exceptions.AxisError):
        return tnp.AxisError
    for cls in type(exc).__mro__:
        if cls.__module__ == "builtins":
            return cls
    raise AssertionError(f"no built-in base for {type(exc)}")  # pragma: no cover


def _outcome(func: Callable[[], Any]) -> tuple[Any, Exception | None]:
    try:
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return func(), None
    except Exception as exc:  # noqa: BLE001  (any exception is an outcome to compare)
        return None, exc


def numpy_outcome(func: Callable[[], Any]) -> tuple[Any, Exception | None]:
    """Run a NumPy computation with floating-point warnings silenced: (result, exception)."""
    return _outcome(func)


def same_outcome(
    np_func: Callable[[], Any],
    tnp_func: Callable[[], Any],
    *,
    compare: Callable[[Any, Any], None] | None = None,
) -> Any:
    """NumPy's outcome is the spec: the same exception kind, or the same result.

    Returns NumPy's result (None when it raised).
    """
    expected, exc = _outcome(np_func)
    got, tnp_exc = _outcome(tnp_func)
    if exc is not None:
        want = expected_exception(exc)
        assert tnp_exc is not None, (
            f"NumPy raised {type(exc).__name__}({exc}); tnp returned {got!r}"
        )
        assert isinstance(tnp_exc, want), (
            f"NumPy raised {type(exc).__name__}({exc}); tnp raised "
            f"{type(tnp_exc).__module__}.{type(tnp_exc).__name__}({tnp_exc})"
        )
        assert_not_torch_error(tnp_exc)
        return None
    if tnp_exc is not None:
        raise AssertionError(
            f"NumPy returned {expected!r}; tnp raised "
            f"{type(tnp_exc).__module__}.{type(tnp_exc).__name__}: {tnp_exc}"
        ) from tnp_exc
    (compare or assert_same)(got, expected)
    return expected


def assert_not_torch_error(exc: BaseException) -> None:
    """A user never sees PyTorch's ``RuntimeError`` (or another torch exception)."""
    assert type(exc) is not RuntimeError, f"a bare RuntimeError escaped: {exc}"
    assert not type(exc).__module__.startswith("torch"), (
        f"a torch exception escaped: {type(exc).__module__}.{type(exc).__name__}: {exc}"
    )


# ----------------------------------------------------------------------------- strategies
dtype_names = st.sampled_from(DTYPES)

_SPECIAL_FLOATS = (math.nan, math.inf, -math.inf, 0.0, -0.0)
# bounds that keep sums and products of two elements finite in every float dtype
_FLOAT_BOUND = {"float16": 100.0, "float32": 1e4, "float64": 1e6}


def elements(name: str, *, specials: bool = False, nonnegative: bool = False) -> Any:
    """Element values of dtype ``name``: the full range for integers (NumPy wraps, so must
    tnp), bounded finite values for floats and complex numbers, plus NaN, infinities and
    signed zeros when ``specials``."""
    dt = np.dtype(name)
    if dt.kind == "b":
        return st.booleans()
    if dt.kind in "iu":
        info = np.iinfo(dt)
        return st.integers(0 if nonnegative else int(info.min), int(info.max))
    if dt.kind == "f":
        bound = _FLOAT_BOUND[name]
        width = dt.itemsize * 8
        finite = st.floats(0.0 if nonnegative else -bound, bound, width=width)
        return finite | st.sampled_from(_SPECIAL_FLOATS) if specials else finite
    part = "float32" if name == "complex64" else "float64"
    parts = elements(part, specials=specials, nonnegative=nonnegative)
    return st.builds(complex, parts, parts)


def shapes(*, min_dims: int = 0, max_dims: int = 3, min_side: int = 0, max_side: int = 4) -> Any:
    """Array shapes, 0-D and empty ones included."""
    return hnp.array_shapes(
        min_dims=min_dims, max_dims=max_dims, min_side=min_side, max_side=max_side
    )


def broadcastable_pairs(*, max_dims: int = 3, max_side: int = 4) -> Any:
    """Pairs of shapes that broadcast together (either may be 0-D or empty)."""
    return hnp.mutually_broadcastable_shapes(
        num_shapes=2, min_dims=0, max_dims=max_dims, min_side=0, max_side=max_side
    ).map(lambda b: b.input_shapes)


def arrays(name: str, shape: Any, *, specials: bool = False, nonnegative: bool = False) -> Any:
    """NumPy arrays of dtype ``name`` and the given shape (or shape strategy)."""
    return hnp.arrays(
        np.dtype(name), shape, elements=elements(name, specials=specials, nonnegative=nonnegative)
    )


@st.composite
def dtype_and_array(draw: Any, *, names: Any = dtype_names, specials: bool = False) -> Any:
    name = draw(names)
    return draw(arrays(name, shapes(), specials=specials))


def weak_scalars(*, specials: bool = True) -> Any:
    """Python scalars of each kind (NEP 50 "weak"), some out of the range of small dtypes."""
    ints = st.integers(-300, 300) | st.sampled_from([2**31, -(2**31) - 1, 2**63 - 1, 2**64 - 1])
    floats = st.floats(-1e3, 1e3)
    if specials:
        floats = floats | st.sampled_from(_SPECIAL_FLOATS)
    return st.one_of(
        st.booleans(),
        ints,
        floats,
        st.complex_numbers(max_magnitude=1e3, allow_nan=False, allow_infinity=False),
    )


# ----------------------------------------------------------------------------- sample data
def sample(name: str, *, nonnegative: bool = False) -> np.ndarray:
    """A small 1-D NumPy array of typical values of dtype ``name`` (signs, zero, extremes)."""
    k = kind(name)
    if k == "b":
        values: list[Any] = [False, True]
    elif k == "i":
        info = np.iinfo(name)
        values = [0, 1, 2, 7, 100 % int(info.max), int(info.max)]
        if not nonnegative:
            values += [-1, -3, int(info.min)]
    elif k == "u":
        values = [0, 1, 2, 7, 100, int(np.iinfo(name).max)]
    elif k == "f":
        values = [0.0, 0.5, 1.0, 3.0, 100.0]
        if not nonnegative:
            values += [-1.0, -2.5]
    else:
        values = [0j, 1 + 0j, 0.5 - 0.5j, 3j, -1 + 2j]
    return np.array(values, dtype=name)
