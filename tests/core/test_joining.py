"""concatenate/concat, stack, vstack, hstack, dstack, column_stack, row_stack, block, the
split family, unstack, append, insert, delete and trim_zeros against NumPy."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tnp_core_test_helpers import DTYPES, FEW, arrays, assert_same, from_numpy, same_outcome, shapes

import tnp_core as tnp
from tnp_core import _joining as jn

CASTINGS = ("no", "equiv", "safe", "same_kind", "unsafe")


@st.composite
def _array(draw, min_dims=0, max_dims=3, shape=None):
    name = draw(st.sampled_from(DTYPES))
    return draw(
        arrays(name, shape if shape is not None else shapes(min_dims=min_dims, max_dims=max_dims))
    )


@st.composite
def _joinable(draw, same_shape=False):
    """A few arrays of mixed dtypes whose shapes differ at most along one axis."""
    base = draw(shapes(min_dims=0, max_dims=3))
    axis = draw(st.integers(0, max(len(base) - 1, 0)))
    out = []
    for _ in range(draw(st.integers(1, 3))):
        s = list(base)
        if s and not same_shape and draw(st.booleans()):
            s[axis] = draw(st.integers(0, 3))
        if draw(st.integers(0, 9)) == 0:
            s = s[1:]  # an occasional ndim mismatch
        out.append(draw(_array(shape=tuple(s))))
    return out


def _lists_equal(got, expected):
    assert len(got) == len(expected)
    for g, e in zip(got, expected, strict=True):
        assert_same(g, e)


@FEW
@given(_joinable(), st.data())
def test_concatenate(xs, data):
    nd = xs[0].ndim
    axis = data.draw(st.none() | st.integers(-nd - 1, nd))
    ts = [from_numpy(x) for x in xs]
    same_outcome(lambda: np.concatenate(xs, axis=axis), lambda: jn.concatenate(ts, axis=axis))
    same_outcome(lambda: np.concat(xs, axis=axis), lambda: jn.concat(ts, axis=axis))


@FEW
@given(_joinable(), st.sampled_from(DTYPES), st.sampled_from(CASTINGS))
def test_concatenate_dtype_casting(xs, name, casting):
    ts = [from_numpy(x) for x in xs]
    same_outcome(
        lambda: np.concatenate(xs, axis=None, dtype=name, casting=casting),
        lambda: jn.concatenate(ts, axis=None, dtype=name, casting=casting),
    )


@FEW
@given(_joinable(), st.sampled_from(DTYPES), st.sampled_from(CASTINGS))
def test_concatenate_out(xs, name, casting):
    ts = [from_numpy(x) for x in xs]
    size = sum(x.size for x in xs)
    out_np = np.zeros(size, dtype=name)
    out_tnp = from_numpy(out_np)
    expected = same_outcome(
        lambda: np.concatenate(xs, axis=None, out=out_np, casting=casting),
        lambda: jn.concatenate(ts, axis=None, out=out_tnp, casting=casting),
    )
    if expected is not None:
        assert_same(out_tnp, out_np)


def test_concatenate_out_returns_out_and_checks_shape():
    a = from_numpy(np.arange(6).reshape(2, 3))
    out = tnp.zeros((4, 3), dtype="int64")
    assert jn.concatenate([a, a], out=out) is out
    assert_same(out, np.concatenate([np.arange(6).reshape(2, 3)] * 2))
    with pytest.raises(ValueError, match="Output array is the wrong shape"):
        jn.concatenate([a, a], out=tnp.zeros((4, 2)))
    with pytest.raises(TypeError, match="only takes `out` or `dtype`"):
        jn.concatenate([a, a], out=out, dtype="int64")


def test_concatenate_messages():
    a = from_numpy(np.zeros((2, 3)))
    msg = "along dimension 1, the array at index 0 has size 3 and the array at index 1 has size 2"
    with pytest.raises(ValueError, match=msg):
        jn.concatenate([a, from_numpy(np.zeros((2, 2)))])
    with pytest.raises(ValueError, match="same number of dimensions"):
        jn.concatenate([a, from_numpy(np.zeros(3))])
    with pytest.raises(ValueError, match="zero-dimensional"):
        jn.concatenate([from_numpy(np.array(1.0))])
    with pytest.raises(ValueError, match="need at least one array"):
        jn.concatenate([])
    with pytest.raises(tnp.AxisError):
        jn.concatenate([a, a], axis=2)
    with pytest.raises(TypeError, match="Cannot cast array data from dtype\\('float64'\\)"):
        jn.concatenate([a, a], dtype="int64")


@FEW
@given(_joinable(same_shape=True), st.data())
def test_stack(xs, data):
    nd = xs[0].ndim
    axis = data.draw(st.integers(-nd - 2, nd + 1))
    ts = [from_numpy(x) for x in xs]
    same_outcome(lambda: np.stack(xs, axis=axis), lambda: jn.stack(ts, axis=axis))
    name = data.draw(st.sampled_from(DTYPES))
    casting = data.draw(st.sampled_from(CASTINGS))
    same_outcome(
        lambda: np.stack(xs, dtype=name, casting=casting),
        lambda: jn.stack(ts, dtype=name, casting=casting),
    )


def test_stack_errors_and_out():
    a = from_numpy(np.zeros((2, 3)))
    with pytest.raises(ValueError, match="all input arrays must have the same shape"):
        jn.stack([a, from_numpy(np.zeros((2, 2)))])
    with pytest.raises(ValueError, match="need at least one array to stack"):
        jn.stack([])
    with pytest.raises(TypeError, match="sequence"):
        jn.stack(x for x in [a])
    out = tnp.zeros((2, 2, 3), dtype="float32")
    assert jn.stack([a, a], out=out, casting="unsafe") is out


@FEW
@given(_joinable())
def test_vstack_hstack_dstack_column_stack(xs):
    ts = [from_numpy(x) for x in xs]
    same_outcome(lambda: np.vstack(xs), lambda: jn.vstack(ts))
    same_outcome(lambda: np.hstack(xs), lambda: jn.hstack(ts))
    same_outcome(lambda: np.dstack(xs), lambda: jn.dstack(ts))
    same_outcome(lambda: np.column_stack(xs), lambda: jn.column_stack(ts))
    same_outcome(
        lambda: np.vstack(xs, dtype="float64", casting="same_kind"),
        lambda: jn.vstack(ts, dtype="float64", casting="same_kind"),
    )
    same_outcome(
        lambda: np.hstack(xs, dtype="int8", casting="unsafe"),
        lambda: jn.hstack(ts, dtype="int8", casting="unsafe"),
    )


def test_row_stack_warns_like_numpy():
    xs = [np.arange(3), np.arange(3)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        expected = np.row_stack(xs)
    with pytest.warns(DeprecationWarning, match="row_stack"):
        got = jn.row_stack([from_numpy(x) for x in xs])
    assert_same(got, expected)


@pytest.mark.parametrize(
    "build",
    [
        lambda a, b: [[a, b], [b, a]],
        lambda a, b: [a, b],
        lambda a, b: [[a], [b]],
        lambda a, b: [[[a]], [[b]]],
        lambda a, b: a,
        lambda a, b: [[a, 1], [2, b]],
        lambda a, b: [[a], b],
        lambda a, b: [a, [b]],
        lambda a, b: [],
        lambda a, b: [[a], []],
        lambda a, b: (a, b),
        lambda a, b: [[a, (b,)]],
        lambda a, b: [1, 2.5],
    ],
)
@pytest.mark.parametrize("shapes_", [((2, 2), (2, 2)), ((2,), (2,)), ((), ()), ((1, 2), (3, 2))])
def test_block(build, shapes_):
    a = np.arange(int(np.prod(shapes_[0])), dtype=np.int16).reshape(shapes_[0])
    b = np.ones(shapes_[1], dtype=np.float32)

    def convert(x):
        if isinstance(x, list):
            return [convert(v) for v in x]
        if isinstance(x, tuple):
            return tuple(convert(v) for v in x)
        return from_numpy(x) if isinstance(x, np.ndarray) else x

    structure = build(a, b)
    same_outcome(lambda: np.block(structure), lambda: jn.block(convert(structure)))


def test_block_messages():
    a = from_numpy(np.zeros((2, 2)))
    with pytest.raises(
        ValueError, match=r"depth 2, but there is an element at depth 1 \(arrays\[1\]\)"
    ):
        jn.block([[a], a])
    with pytest.raises(ValueError, match=r"List at arrays\[1\] cannot be empty"):
        jn.block([[a], []])
    with pytest.raises(TypeError, match=r"arrays\[0\]\[1\] is a tuple"):
        jn.block([[a, (a,)]])


@FEW
@given(_array(), st.data())
def test_array_split_and_split(x, data):
    axis = data.draw(st.integers(-x.ndim - 1, x.ndim))
    ios = data.draw(st.integers(-1, 5) | st.lists(st.integers(-5, 6), max_size=3))
    a = from_numpy(x)
    same_outcome(
        lambda: np.array_split(x, ios, axis=axis),
        lambda: jn.array_split(a, ios, axis=axis),
        compare=_lists_equal,
    )
    if ios != 0:
        same_outcome(
            lambda: np.split(x, ios, axis=axis),
            lambda: jn.split(a, ios, axis=axis),
            compare=_lists_equal,
        )


@FEW
@given(_array(), st.integers(1, 3) | st.lists(st.integers(0, 4), max_size=2))
def test_hsplit_vsplit_dsplit(x, ios):
    a = from_numpy(x)
    for np_f, tnp_f in ((np.hsplit, jn.hsplit), (np.vsplit, jn.vsplit), (np.dsplit, jn.dsplit)):
        same_outcome(lambda: np_f(x, ios), lambda: tnp_f(a, ios), compare=_lists_equal)  # noqa: B023


def test_split_results_are_views():
    a = tnp.zeros((4, 2))
    parts = jn.split(a, 2)
    parts[1][0, 0] = 3.0
    assert float(a[2, 0]) == 3.0
    assert parts[0].base is a


@FEW
@given(_array(), st.data())
def test_unstack(x, data):
    axis = data.draw(st.integers(-x.ndim - 1, x.ndim))
    same_outcome(
        lambda: np.unstack(x, axis=axis),
        lambda: jn.unstack(from_numpy(x), axis=axis),
        compare=_lists_equal,
    )


@FEW
@given(_array(), _array(), st.data())
def test_append(x, y, data):
    axis = data.draw(st.none() | st.integers(-x.ndim - 1, x.ndim))
    same_outcome(
        lambda: np.append(x, y, axis=axis),
        lambda: jn.append(from_numpy(x), from_numpy(y), axis=axis),
    )


@st.composite
def _index_obj(draw, n):
    kind = draw(st.sampled_from(["int", "list", "slice", "mask", "array", "empty"]))
    if kind == "int":
        return draw(st.integers(-n - 2, n + 2))
    if kind == "list":
        return draw(st.lists(st.integers(-n - 1, n + 1), min_size=1, max_size=4))
    if kind == "slice":
        part = st.none() | st.integers(-n - 2, n + 2)
        step = st.none() | st.integers(-3, 3).filter(lambda s: s != 0)
        return slice(draw(part), draw(part), draw(step))
    if kind == "mask":
        size = draw(st.sampled_from([n, n, n + 1]))
        return np.array(draw(st.lists(st.booleans(), min_size=size, max_size=size)), dtype=bool)
    if kind == "array":
        return np.array(draw(st.lists(st.integers(-n, max(n - 1, 0)), max_size=3)), dtype=np.int32)
    return []


def _tnp_obj(obj):
    return from_numpy(obj) if isinstance(obj, np.ndarray) else obj


@FEW
@given(_array(), st.data())
def test_delete(x, data):
    axis = data.draw(st.none() | st.integers(-x.ndim - 1, x.ndim))
    n = x.size if axis is None else (x.shape[axis] if -x.ndim <= axis < x.ndim else 0)
    obj = data.draw(_index_obj(n))
    same_outcome(
        lambda: np.delete(x, obj, axis=axis),
        lambda: jn.delete(from_numpy(x), _tnp_obj(obj), axis=axis),
    )


@FEW
@given(_array(), st.data())
def test_insert(x, data):
    axis = data.draw(st.none() | st.integers(-x.ndim - 1, x.ndim))
    n = x.size if axis is None else (x.shape[axis] if -x.ndim <= axis < x.ndim else 0)
    obj = data.draw(_index_obj(n))
    values = data.draw(st.integers(-5, 5) | st.lists(st.integers(-5, 5), min_size=1, max_size=3))
    same_outcome(
        lambda: np.insert(x, obj, values, axis=axis),
        lambda: jn.insert(from_numpy(x), _tnp_obj(obj), values, axis=axis),
    )


def test_insert_negative_index_into_an_empty_axis_is_a_value_error():
    x = np.array([], dtype=bool)
    same_outcome(
        lambda: np.insert(x, [0, -1], 0),
        lambda: jn.insert(from_numpy(x), [0, -1], 0),
    )


def test_insert_values_along_axis():
    a = np.arange(6).reshape(2, 3)
    for obj, values, axis in [
        (1, [7, 8], 1),
        ([1], [[7], [8]], 1),
        (1, [7, 8, 9], 0),
        (slice(0, 2), 5, 1),
        (1, 2.7, None),
    ]:
        same_outcome(
            lambda: np.insert(a, obj, values, axis=axis),  # noqa: B023
            lambda: jn.insert(from_numpy(a), obj, values, axis=axis),  # noqa: B023
        )


def test_delete_errors():
    a = from_numpy(np.arange(6))
    with pytest.raises(IndexError, match="out of bounds"):
        jn.delete(a, 10)
    with pytest.raises(ValueError, match="match the axis length of 6"):
        jn.delete(a, from_numpy(np.array([True, False])))
    with pytest.raises(IndexError, match="integer \\(or boolean\\)"):
        jn.delete(a, [1.0])


@FEW
@given(_array(), st.sampled_from(["fb", "f", "b", "BF", "x"]), st.data())
def test_trim_zeros(x, trim, data):
    axis = data.draw(st.none() | st.integers(-x.ndim - 1, x.ndim) | st.just((0, -1)))
    x = x.copy()
    if x.size:
        x.reshape(-1)[:: max(x.size // 2, 1)] = 0  # plant some zeros
    same_outcome(
        lambda: np.trim_zeros(x, trim, axis),
        lambda: jn.trim_zeros(from_numpy(x), trim, axis),
    )


def test_trim_zeros_is_a_view():
    a = tnp.asarray([0, 0, 1, 2, 0])
    t = jn.trim_zeros(a)
    assert t.tolist() == [1, 2]
    t[0] = 5
    assert int(a[2]) == 5
