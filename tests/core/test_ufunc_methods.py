"""ufunc.reduce, accumulate, reduceat, outer and at against NumPy's."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from tnp_core_test_helpers import (
    DTYPES,
    FEW,
    assert_same,
    from_numpy,
    same_outcome,
    shapes,
    to_numpy,
)

import tnp_core as tnp
from tnp_core import _ufuncs as uf

_WANTED = (
    "add",
    "subtract",
    "multiply",
    "divide",
    "power",
    "floor_divide",
    "remainder",
    "maximum",
    "minimum",
    "fmax",
    "fmin",
    "logical_and",
    "logical_or",
    "logical_xor",
    "bitwise_and",
    "bitwise_or",
    "bitwise_xor",
    "equal",
)
BINARY = tuple(name for name in _WANTED if isinstance(getattr(uf, name, None), uf.ufunc))
# ufuncs whose repeated products could overflow in an order-dependent way get tamer values
_PRODUCT_LIKE = frozenset(("multiply", "divide", "power", "floor_divide", "remainder"))

_FLOATS = (-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, math.nan, math.inf, -math.inf)
_TAME_FLOATS = (-1.0, -0.5, 0.0, 0.5, 1.0, math.nan)


def _elements(dtype: str, ufunc: str):
    """Values whose folds are exact (or rounded alike) in any order NumPy and torch use."""
    kind = np.dtype(dtype).kind
    if kind == "b":
        return st.booleans()
    if kind in "iu":
        info = np.iinfo(dtype)
        if ufunc == "power":
            return st.integers(0, 3)
        return st.integers(int(info.min), int(info.max))
    values = _TAME_FLOATS if ufunc in _PRODUCT_LIKE else _FLOATS
    if kind == "f":
        return st.sampled_from(values)
    parts = st.sampled_from((-1.0, 0.0, 0.5, 1.0))
    return st.builds(complex, parts, parts)


@st.composite
def _operand(draw, ufunc: str, *, min_dims: int = 0, max_dims: int = 3):
    dtype = draw(st.sampled_from(DTYPES))
    shape = draw(shapes(min_dims=min_dims, max_dims=max_dims))
    return draw(hnp.arrays(np.dtype(dtype), shape, elements=_elements(dtype, ufunc)))


def _pair(name):
    return getattr(np, name), getattr(uf, name)


@st.composite
def _axis(draw, ndim: int, *, reorderable: bool):
    choices = [st.integers(-ndim, ndim - 1)] if ndim else [st.just(0)]
    choices.append(st.just(None))
    if reorderable:
        choices.append(
            st.lists(st.integers(0, max(ndim - 1, 0)), unique=True, max_size=ndim).map(
                lambda axes: tuple(a - ndim if i % 2 else a for i, a in enumerate(axes))
            )
        )
    return draw(st.one_of(*choices))


# NumPy's AVX-512 float power loop drops the running value when it reduces along a
# contiguous axis: on such CPUs ``np.power.reduce([3., 2., 2.])`` gives 3**2 = 9, not 81,
# while the strided and scalar paths fold correctly.  tnp folds; so for float32/float64
# power the expected values come from an element-by-element fold of NumPy's scalar power.
_FOLD_CHECKED = (np.dtype(np.float32), np.dtype(np.float64))


def _power_fold(values, initial, dtype):
    items = [dtype.type(v) for v in values]
    if initial is not None:
        items.insert(0, dtype.type(initial))
    acc = items[0]
    for item in items[1:]:
        acc = np.power(acc, item, dtype=dtype)
    return acc


def _needs_fold(np_u, result) -> bool:
    return np_u is np.power and np.asarray(result).dtype in _FOLD_CHECKED


def _numpy_reduce(np_u, x, *, axis=0, initial=None, where=True, keepdims=False):
    """``np_u.reduce`` for the spec, with power's float folds redone element by element."""
    kwargs = {"axis": axis, "keepdims": keepdims, "where": where}
    if initial is not None:
        kwargs["initial"] = initial
    result = np_u.reduce(x, **kwargs)
    if not _needs_fold(np_u, result):
        return result
    axes = tuple(range(x.ndim)) if axis is None or x.ndim == 0 else (axis % x.ndim,)
    moved = list(range(x.ndim - len(axes), x.ndim))
    mask = np.broadcast_to(np.asarray(where), x.shape)
    lead = tuple(n for i, n in enumerate(x.shape) if i not in axes)
    count = math.prod(x.shape[a] for a in axes)
    rows = np.moveaxis(x, axes, moved).reshape(*lead, count)
    masks = np.moveaxis(mask, axes, moved).reshape(*lead, count)
    dtype = np.asarray(result).dtype
    folded = np.empty(lead, dtype)
    with np.errstate(all="ignore"):
        for index in np.ndindex(lead):
            folded[index] = _power_fold(rows[index][masks[index]], initial, dtype)
    folded = folded.reshape(np.shape(result))
    return folded if isinstance(result, np.ndarray) else folded[()]


def _numpy_reduceat(np_u, x, indices, *, axis=0):
    """``np_u.reduceat`` for the spec, with power's float folds redone element by element."""
    result = np_u.reduceat(x, indices, axis=axis)
    if not indices or not _needs_fold(np_u, result):
        return result
    moved = np.moveaxis(x, axis, -1)
    n = moved.shape[-1]
    segments = []
    for i, start in enumerate(indices):
        stop = indices[i + 1] if i + 1 < len(indices) else n
        segment = moved[..., start:stop] if start < stop else moved[..., start : start + 1]
        segments.append(_numpy_reduce(np_u, segment, axis=-1))
    return np.moveaxis(np.stack(segments, axis=-1), -1, axis).astype(result.dtype)


# ----------------------------------------------------------------------------- reduce
@pytest.mark.parametrize("name", BINARY)
@FEW
@given(data=st.data())
def test_reduce_matches_numpy(name, data):
    np_u, t_u = _pair(name)
    x = data.draw(_operand(name))
    reorderable = np_u.identity is not None or name in ("maximum", "minimum", "fmax", "fmin")
    axis = data.draw(_axis(x.ndim, reorderable=reorderable))
    keepdims = data.draw(st.booleans())
    kwargs = {"axis": axis, "keepdims": keepdims}
    same_outcome(
        lambda: _numpy_reduce(np_u, x, **kwargs),
        lambda: t_u.reduce(from_numpy(x), **kwargs),
    )


@pytest.mark.parametrize("name", BINARY)
@FEW
@given(data=st.data())
def test_reduce_initial_and_where(name, data):
    np_u, t_u = _pair(name)
    x = data.draw(_operand(name, min_dims=1))
    axis = data.draw(st.integers(-x.ndim, x.ndim - 1) | st.none())
    kwargs = {"axis": axis}
    if data.draw(st.booleans()):
        kwargs["initial"] = data.draw(
            st.sampled_from([0, 1, 2]) if x.dtype.kind != "b" else st.booleans()
        )
    mask = data.draw(hnp.arrays(np.bool_, x.shape[-1:] if data.draw(st.booleans()) else x.shape))
    if data.draw(st.booleans()):
        kwargs["where"] = mask
    if np_u.identity is None and "initial" not in kwargs and x.ndim > 1 and axis is None:
        kwargs["axis"] = 0  # a non-reorderable ufunc takes at most one axis
    same_outcome(
        lambda: _numpy_reduce(np_u, x, **kwargs),
        lambda: t_u.reduce(
            from_numpy(x),
            **{k: (from_numpy(v) if k == "where" else v) for k, v in kwargs.items()},
        ),
    )


def _float_loop_result_fits(np_u, x, out_dtype) -> bool:
    """Whether a float loop's result casts back into an integer ``out`` defined-ly.

    ``uint64`` with an ``int8`` out, say, reduces in float64; a result outside int8's
    range then has no defined value (C leaves the cast undefined) and NumPy's answer
    differs from ufunc to ufunc, so such draws are no specification to test against.
    """
    target = np.dtype(out_dtype)
    if target.kind not in "iu" or np.result_type(x.dtype, target).kind != "f":
        return True
    try:
        with np.errstate(all="ignore"):
            values = np_u.reduce(x.astype(np.float64), axis=0)
    except (TypeError, ValueError):
        return True
    info = np.iinfo(target)
    return bool(
        np.isfinite(values).all()
        and (values >= info.min).all()
        and (values < float(info.max) + 1).all()
    )


@pytest.mark.parametrize("name", ["add", "multiply", "maximum", "subtract", "bitwise_or"])
@FEW
@given(data=st.data())
def test_reduce_dtype_and_out(name, data):
    np_u, t_u = _pair(name)
    x = data.draw(_operand(name, min_dims=1))
    dtype = data.draw(st.sampled_from(DTYPES))
    use_out = data.draw(st.booleans())
    if use_out:
        assume(_float_loop_result_fits(np_u, x, dtype))
        out_np = np.zeros(x.shape[1:], dtype=dtype)
        out_t = from_numpy(out_np)

        def np_call():
            r = np_u.reduce(x, axis=0, out=out_np)
            assert r is out_np
            return out_np

        def t_call():
            r = t_u.reduce(from_numpy(x), axis=0, out=out_t)
            assert r is out_t
            return out_t

        same_outcome(np_call, t_call)
    else:
        same_outcome(
            lambda: np_u.reduce(x, axis=0, dtype=dtype),
            lambda: t_u.reduce(from_numpy(x), axis=0, dtype=dtype),
        )


@pytest.mark.parametrize("dtype", DTYPES)
def test_add_reduce_accumulator_dtype(dtype):
    x = np.ones((3, 2), dtype=dtype)
    for method in ("reduce", "accumulate"):
        for name in ("add", "multiply", "maximum"):
            assert_same(
                getattr(getattr(uf, name), method)(from_numpy(x)),
                getattr(getattr(np, name), method)(x),
            )


def test_add_reduce_int8_with_dtype_stays_int8():
    x = np.array([100, 100], dtype=np.int8)
    assert_same(uf.add.reduce(from_numpy(x), dtype="int8"), np.add.reduce(x, dtype=np.int8))
    assert_same(uf.add.reduce(from_numpy(x)), np.add.reduce(x))


def test_reduce_empty_without_identity_names_the_ufunc():
    with pytest.raises(ValueError, match="zero-size array to reduction operation maximum"):
        uf.maximum.reduce(tnp.zeros((3, 0)), axis=1)
    assert uf.maximum.reduce(tnp.zeros((3, 0)), axis=0).shape == (0,)
    assert_same(uf.maximum.reduce(tnp.zeros((0,)), initial=5.0), np.maximum.reduce([], initial=5.0))
    assert_same(uf.add.reduce(tnp.zeros((0, 2))), np.add.reduce(np.zeros((0, 2))))
    with pytest.raises(ValueError, match="which has no identity"):
        uf.add.reduce(tnp.zeros((0,)), initial=None)


def test_reduce_tuple_axis_needs_reorderable():
    x = tnp.ones((2, 3))
    with pytest.raises(ValueError, match="'subtract' is not reorderable"):
        uf.subtract.reduce(x, axis=(0, 1))
    with pytest.raises(ValueError, match="not reorderable"):
        uf.subtract.reduce(x, axis=None)
    assert_same(uf.add.reduce(x, axis=(0, 1)), np.add.reduce(np.ones((2, 3)), axis=(0, 1)))


def test_reduce_where_needs_initial_without_identity():
    with pytest.raises(ValueError, match="to use a where mask one has to specify 'initial'"):
        uf.maximum.reduce(tnp.zeros(3), where=tnp.array([True, False, True]))


def test_reduce_axis_errors():
    with pytest.raises(tnp.AxisError):
        uf.add.reduce(tnp.ones((2, 3)), axis=2)
    with pytest.raises(TypeError):
        uf.add.reduce(tnp.ones((2, 3)), axis=1.0)
    assert_same(uf.add.reduce(tnp.asarray(3.0)), np.add.reduce(np.asarray(3.0)))


def test_reduce_out_shape_is_checked():
    with pytest.raises(ValueError, match="wrong number of dimensions"):
        uf.add.reduce(tnp.ones((2, 3)), axis=0, out=tnp.zeros((2, 3)))
    with pytest.raises(ValueError):
        uf.add.reduce(tnp.ones((2, 3)), axis=0, out=tnp.zeros(4))


def test_reduce_of_comparison_needs_a_bool_loop():
    with pytest.raises(TypeError):
        uf.equal.reduce(tnp.arange(3))
    assert_same(uf.equal.reduce(tnp.array([True, False])), np.equal.reduce(np.array([True, False])))


@pytest.mark.parametrize("method", ["reduce", "accumulate", "reduceat", "outer"])
def test_methods_of_unary_ufuncs_raise(method):
    args = {"reduce": (), "accumulate": (), "reduceat": ([0],), "outer": (tnp.ones(2),)}[method]
    with pytest.raises(ValueError, match="only supported for binary functions"):
        getattr(uf.negative, method)(tnp.ones(2), *args)


def test_divmod_reduce_raises():
    with pytest.raises(ValueError, match="returning a single value"):
        uf.divmod.reduce(tnp.ones(2))


# ----------------------------------------------------------------------------- accumulate
@pytest.mark.parametrize("name", BINARY)
@FEW
@given(data=st.data())
def test_accumulate_matches_numpy(name, data):
    np_u, t_u = _pair(name)
    x = data.draw(_operand(name, min_dims=1))
    axis = data.draw(st.integers(-x.ndim, x.ndim - 1))
    kwargs = {"axis": axis}
    if data.draw(st.booleans()):
        kwargs["dtype"] = data.draw(st.sampled_from(DTYPES))
    same_outcome(
        lambda: np_u.accumulate(x, **kwargs),
        lambda: t_u.accumulate(from_numpy(x), **kwargs),
    )


def test_accumulate_errors():
    with pytest.raises(TypeError, match="cannot accumulate on a scalar"):
        uf.add.accumulate(tnp.asarray(1.0))
    with pytest.raises(ValueError, match="multiple axes"):
        uf.add.accumulate(tnp.ones((2, 3)), axis=None)
    assert_same(uf.add.accumulate(tnp.ones(3), axis=None), np.add.accumulate(np.ones(3)))


def test_accumulate_into_out():
    x = np.arange(6.0).reshape(2, 3)
    out = tnp.zeros((2, 3))
    assert uf.add.accumulate(from_numpy(x), axis=1, out=out) is out
    assert_same(out, np.add.accumulate(x, axis=1))
    with pytest.raises(ValueError):
        uf.add.accumulate(from_numpy(x), out=tnp.zeros((3, 3)))


# ----------------------------------------------------------------------------- reduceat
@pytest.mark.parametrize("name", BINARY)
@FEW
@given(data=st.data())
def test_reduceat_matches_numpy(name, data):
    np_u, t_u = _pair(name)
    x = data.draw(_operand(name, min_dims=1, max_dims=2))
    axis = data.draw(st.integers(-x.ndim, x.ndim - 1))
    n = x.shape[axis]
    indices = data.draw(st.lists(st.integers(0, max(n - 1, 0)), max_size=5))
    if data.draw(st.booleans()):
        indices.append(n)  # out of bounds
    same_outcome(
        lambda: _numpy_reduceat(np_u, x, indices, axis=axis),
        lambda: t_u.reduceat(from_numpy(x), indices, axis=axis),
    )


def test_reduceat_non_increasing_indices_take_the_element():
    x = np.arange(8)
    got = uf.add.reduceat(from_numpy(x), [0, 4, 1, 5])
    assert_same(got, np.add.reduceat(x, [0, 4, 1, 5]))
    with pytest.raises(IndexError, match=r"index 8 out-of-bounds in add.reduceat \[0, 8\)"):
        uf.add.reduceat(from_numpy(x), [0, 8])


# ----------------------------------------------------------------------------- outer
@pytest.mark.parametrize("name", BINARY)
@FEW
@given(data=st.data())
def test_outer_matches_numpy(name, data):
    np_u, t_u = _pair(name)
    a = data.draw(_operand(name, max_dims=2))
    b = data.draw(_operand(name, max_dims=2))
    same_outcome(
        lambda: np_u.outer(a, b),
        lambda: t_u.outer(from_numpy(a), from_numpy(b)),
    )


def test_outer_keywords():
    a, b = np.arange(3.0), np.arange(2.0)
    out = tnp.zeros((3, 2), dtype="float32")
    res = uf.add.outer(from_numpy(a), from_numpy(b), out=out)
    assert res is out
    assert_same(out, np.add.outer(a, b).astype(np.float32))
    assert_same(
        uf.multiply.outer(from_numpy(a), from_numpy(b), dtype="float32"),
        np.multiply.outer(a, b, dtype=np.float32),
    )
    assert_same(uf.add.outer(2, 3), np.add.outer(2, 3))


# ----------------------------------------------------------------------------- at
_AT_UFUNCS = tuple(
    n for n in ("add", "subtract", "multiply", "maximum", "bitwise_xor", "divide") if n in BINARY
)


def _at_casts_are_defined(np_u, x, idx, b) -> bool:
    """Whether every write-back of ``np_u.at(x, idx, b)`` is a defined cast.

    An integer ``x`` with a float ``b`` runs a float loop whose results are cast back
    unsafely; a NaN, an infinity or an out-of-range value then has no defined integer
    (C leaves it undefined, and NumPy's answer depends on the CPU), so such draws are
    not a specification to test against.
    """
    try:
        loop = np_u(np.empty(0, x.dtype), np.empty(0, b.dtype)).dtype
    except TypeError:  # NumPy has no loop at all: then both must raise
        return True
    if x.dtype.kind not in "iu" or loop.kind not in "fc":
        return True
    info = np.iinfo(x.dtype)
    current = x.copy()
    operands = np.broadcast_to(b, (len(idx), *x.shape[1:]))
    with np.errstate(all="ignore"):
        for step, row in enumerate(idx):
            value = np.real(np_u(current[row], operands[step]))
            if not (np.isfinite(value).all() and (value >= info.min).all()):
                return False
            if not (value < float(info.max) + 1).all():
                return False
            current[row] = value
    return True


@pytest.mark.parametrize("name", _AT_UFUNCS)
@FEW
@given(data=st.data())
def test_at_with_repeated_indices(name, data):
    np_u, t_u = _pair(name)
    x = data.draw(_operand(name, min_dims=1, max_dims=2))
    if x.shape[0] == 0:
        return
    idx = np.array(data.draw(st.lists(st.integers(-x.shape[0], x.shape[0] - 1), max_size=6)))
    idx = idx.astype(np.int64)
    b_dtype = data.draw(st.sampled_from(DTYPES))
    b_shape = data.draw(st.sampled_from([(), (len(idx), *x.shape[1:]), x.shape[1:]]))
    b = data.draw(hnp.arrays(np.dtype(b_dtype), b_shape, elements=_elements(b_dtype, name)))
    assume(_at_casts_are_defined(np_u, x, idx, b))
    expected = x.copy()
    got = from_numpy(x)

    def np_call():
        np_u.at(expected, idx, b)
        return expected

    def t_call():
        t_u.at(got, from_numpy(idx), from_numpy(b))
        return got

    same_outcome(np_call, t_call)


def test_at_index_forms():
    x = np.arange(12.0).reshape(3, 4)
    cases = [
        (np.array([0, 0, 2]), 1.0),
        ((np.array([0, 0, 1]), np.array([1, 1, 3])), np.array([1.0, 2.0, 3.0])),
        (slice(None, None, 2), np.arange(4.0)),
        ((slice(None), 1), 5.0),
        (1, np.arange(4.0)),
        ((np.array([2, 2]), slice(1, 3)), np.array([[1.0, 2.0], [3.0, 4.0]])),
    ]
    for index, b in cases:
        expected = x.copy()
        np.add.at(expected, index, b)
        got = from_numpy(x)
        t_index = (
            tuple(from_numpy(i) if isinstance(i, np.ndarray) else i for i in index)
            if isinstance(index, tuple)
            else (from_numpy(index) if isinstance(index, np.ndarray) else index)
        )
        uf.add.at(got, t_index, from_numpy(b) if isinstance(b, np.ndarray) else b)
        assert_same(got, expected)


def test_at_unary_and_errors():
    x = np.array([1.0, -2.0, 3.0])
    got = from_numpy(x)
    uf.negative.at(got, from_numpy(np.array([0, 0, 1])))
    expected = x.copy()
    np.negative.at(expected, [0, 0, 1])
    assert_same(got, expected)
    with pytest.raises(ValueError, match="second operand provided"):
        uf.negative.at(got, [0], 1.0)
    with pytest.raises(ValueError, match="second operand needed"):
        uf.add.at(got, [0])
    with pytest.raises(IndexError):
        uf.add.at(got, [5], 1.0)
    ints = tnp.arange(3, dtype="int8")
    uf.add.at(ints, [0, 0], 1000)  # computed in int64, cast back unsafely, as NumPy
    expected_ints = np.arange(3, dtype=np.int8)
    np.add.at(expected_ints, [0, 0], 1000)
    assert_same(ints, expected_ints)
    before = to_numpy(got).copy()
    with pytest.raises(ValueError):
        uf.add.at(got, [0, 1], tnp.ones(3))
    np.testing.assert_array_equal(to_numpy(got), before)


def test_at_writes_through_a_view():
    base = tnp.zeros((4, 4))
    view = base[1:3, ::2]
    uf.add.at(view, (tnp.array([0, 0, 1]), tnp.array([1, 1, 0])), 1.0)
    expected = np.zeros((4, 4))
    np.add.at(expected[1:3, ::2], (np.array([0, 0, 1]), np.array([1, 1, 0])), 1.0)
    assert_same(base, expected)
