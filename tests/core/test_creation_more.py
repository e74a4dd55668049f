"""The rest of NumPy's creation functions against NumPy: conversions, *_like, logspace and
geomspace, matrices (identity, tri, tril/triu, diag, diagflat, vander), grids (meshgrid,
indices, mgrid/ogrid, fromfunction) and reading data (fromiter, frombuffer, require)."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from tnp_core_test_helpers import (
    DTYPES,
    FEW,
    INEXACT,
    assert_same,
    from_numpy,
    same_outcome,
    to_numpy,
)

import tnp_core as tnp
from tnp_core import _creation as cr

CPU = torch.device("cpu")
SMALL_SHAPES = hnp.array_shapes(min_dims=0, max_dims=3, min_side=0, max_side=4)


def _exact(got, want):
    assert_same(got, want, rtol=0.0, atol=0.0)


def _arrays(dtype, shape):
    return hnp.arrays(
        np.dtype(dtype),
        shape,
        elements={"allow_nan": False, "allow_infinity": False}
        if np.dtype(dtype).kind in "fc"
        else None,
    )


def _same_tuple(got, want):
    assert isinstance(got, tuple)
    assert len(got) == len(want)
    for g, w in zip(got, want, strict=True):
        _exact(g, w)


# ----------------------------------------------------------------------------- conversions
def test_asanyarray_is_asarray():
    a = tnp.asarray([1, 2])
    assert cr.asanyarray(a) is a
    _exact(cr.asanyarray([1.5, 2], dtype="float32"), np.asanyarray([1.5, 2], dtype="float32"))


@pytest.mark.parametrize("data", [5, 2.5, [], [[1, 2], [3, 4]]])
def test_ascontiguousarray_has_at_least_one_dimension(data):
    _exact(cr.ascontiguousarray(data), np.ascontiguousarray(data))
    _exact(cr.asfortranarray(data), np.asfortranarray(data))


def test_ascontiguousarray_of_a_transpose_is_contiguous():
    a = tnp.asarray([[1, 2, 3], [4, 5, 6]])
    got = cr.ascontiguousarray(a.T)
    assert got.tensor.is_contiguous()
    _exact(got, np.ascontiguousarray(np.array([[1, 2, 3], [4, 5, 6]]).T))


def test_ascontiguousarray_keeps_a_contiguous_array():
    a = tnp.asarray([1.0, 2.0])
    assert cr.ascontiguousarray(a) is a


def test_asfortranarray_returns_a_c_contiguous_array():
    got = cr.asfortranarray([[1, 2], [3, 4]], dtype="float32")
    assert got.tensor.is_contiguous()
    _exact(got, np.asfortranarray([[1, 2], [3, 4]], dtype="float32"))


@pytest.mark.parametrize("bad", [[1.0, np.inf], [np.nan], [1 + 0j, complex(np.inf, 0)]])
def test_asarray_chkfinite_refuses_infs_and_nans(bad):
    with pytest.raises(ValueError, match="array must not contain infs or NaNs"):
        np.asarray_chkfinite(bad)
    with pytest.raises(ValueError, match="array must not contain infs or NaNs"):
        cr.asarray_chkfinite(bad)


def test_asarray_chkfinite_passes_finite_and_integer_data():
    _exact(cr.asarray_chkfinite([1, 2]), np.asarray_chkfinite([1, 2]))
    _exact(cr.asarray_chkfinite([1.5], dtype="float32"), np.asarray_chkfinite([1.5], "float32"))


def test_copy_owns_its_memory():
    a = tnp.asarray([1, 2, 3])
    c = cr.copy(a)
    a[0] = 9
    _exact(c, np.copy(np.array([1, 2, 3])))
    assert c.base is None
    _exact(cr.copy(2.5), np.copy(2.5))


def test_copy_order_f_is_not_supported():
    with pytest.raises(NotImplementedError):
        cr.copy([1, 2], order="F")


# ----------------------------------------------------------------------------- *_like
LIKE = ["empty_like", "zeros_like", "ones_like"]


@FEW
@given(
    dtype=st.sampled_from(DTYPES),
    shape=SMALL_SHAPES,
    new_dtype=st.sampled_from((None, *DTYPES)),
    new_shape=st.one_of(st.none(), SMALL_SHAPES),
)
def test_like_functions_match_numpy(dtype, shape, new_dtype, new_shape):
    a = np.zeros(shape, dtype=dtype)
    t = from_numpy(a)
    for name in LIKE:
        got = getattr(cr, name)(t, dtype=new_dtype, shape=new_shape)
        want = getattr(np, name)(a, dtype=new_dtype, shape=new_shape)
        if name == "empty_like":
            assert got.dtype.name == want.dtype.name
            assert got.shape == want.shape
        else:
            _exact(got, want)


@FEW
@given(
    dtype=st.sampled_from(DTYPES),
    shape=SMALL_SHAPES,
    fill=st.one_of(st.booleans(), st.integers(0, 100), st.floats(-100, 100)),
)
def test_full_like_matches_numpy(dtype, shape, fill):
    a = np.zeros(shape, dtype=dtype)
    same_outcome(
        lambda: np.full_like(a, fill), lambda: cr.full_like(from_numpy(a), fill), compare=_exact
    )


def test_full_like_with_an_array_fill_broadcasts():
    a = np.zeros((2, 3), dtype="float32")
    _exact(cr.full_like(from_numpy(a), [1, 2, 3]), np.full_like(a, [1, 2, 3]))
    with pytest.raises(ValueError):
        cr.full_like(from_numpy(a), [1, 2])


def test_full_like_python_int_out_of_range_overflows():
    a = np.zeros(2, dtype="uint8")
    with pytest.raises(OverflowError):
        np.full_like(a, 300)
    with pytest.raises(OverflowError):
        cr.full_like(from_numpy(a), 300)


def test_like_functions_take_dtype_shape_and_device():
    a = tnp.asarray([1, 2, 3])
    got = cr.zeros_like(a, dtype="float32", shape=(2, 2), device="cpu")
    _exact(got, np.zeros_like(np.array([1, 2, 3]), dtype="float32", shape=(2, 2)))
    assert got.device == CPU
    _exact(cr.full_like(a, 7, shape=4, device=CPU), np.full_like(np.array([1, 2, 3]), 7, shape=4))
    assert cr.ones_like(a).device == a.device


def test_like_functions_refuse_order_f():
    with pytest.raises(NotImplementedError):
        cr.zeros_like([1, 2], order="F")


# ----------------------------------------------------------------------------- logspace
@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        ((0, 3, 4), {}),
        ((0, 3), {"num": 5, "endpoint": False}),
        ((0, 3, 4), {"base": 2}),
        ((0, 3, 4), {"base": 2.5}),
        ((1, -1, 3), {"base": 0.5}),
        ((0, 3, 4), {"dtype": "int32"}),
        ((0, 3, 4), {"dtype": "float32"}),
        ((0, 1j, 3), {}),
        (([0, 1], [2, 3], 3), {"axis": 1}),
        (([0, 1], 3, 4), {"base": [2, 3], "axis": 1}),
        (([0, 1], 3, 4), {"base": [2, 3], "axis": -1}),
        ((0, 2, 0), {}),
        ((0, 2, 1), {}),
    ],
)
def test_logspace_matches_numpy(args, kwargs):
    assert_same(cr.logspace(*args, **kwargs), np.logspace(*args, **kwargs))


def test_logspace_python_base_keeps_float32_samples():
    start = np.array([0.0, 1.0], dtype="float32")
    want = np.logspace(start, np.float32(3), 4)
    assert want.dtype == np.float32
    assert_same(cr.logspace(from_numpy(start), tnp.float32(3), 4), want)


def test_logspace_array_base_promotes():
    start = np.array([0.0, 1.0], dtype="float32")
    want = np.logspace(start, 3, 4, base=np.array([2.0, 10.0]))
    assert_same(cr.logspace(from_numpy(start), 3, 4, base=tnp.asarray([2.0, 10.0])), want)


def test_logspace_takes_device():
    assert cr.logspace(0, 1, 3, device="cpu").device == CPU


# ----------------------------------------------------------------------------- geomspace
@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        ((1, 1000, 4), {}),
        ((1, 1000, 4), {"endpoint": False}),
        ((-1, -1000, 4), {}),
        ((1000, 1, 4), {}),
        ((1j, 1000j, 4), {}),
        ((-1 + 0j, 1, 3), {}),
        ((1 + 1j, 1000 + 1000j, 4), {}),
        ((-1, 1 + 0j, 5), {}),
        ((1, 256, 9), {"dtype": "int32"}),
        ((1, 2, 5), {"dtype": "float32"}),
        (([1, 2], [10, 20], 3), {"axis": 1}),
        (([1, -2], [10, -20], 3), {"axis": -1}),
        ((2, 8, 0), {}),
        ((2, 8, 1), {}),
    ],
)
def test_geomspace_matches_numpy(args, kwargs):
    assert_same(cr.geomspace(*args, **kwargs), np.geomspace(*args, **kwargs))


@pytest.mark.parametrize(("start", "stop"), [(3.0, 7.0), (-0.1, -33.0), (0.3 + 2j, 5 - 1j)])
def test_geomspace_endpoints_are_exact(start, stop):
    got = cr.geomspace(start, stop, 7)
    want = np.geomspace(start, stop, 7)
    assert got[0].item() == want[0] == start
    assert got[-1].item() == want[-1] == stop


def test_geomspace_float32_endpoints():
    start, stop = np.float32(0.3), np.float32(7.1)
    want = np.geomspace(start, stop, 5)
    got = cr.geomspace(tnp.float32(0.3), tnp.float32(7.1), 5)
    _exact(got[[0, -1]], want[[0, -1]])
    assert_same(got, want)


@pytest.mark.parametrize(("start", "stop"), [(0, 5), (1, 0), ([1, 0], 3)])
def test_geomspace_refuses_zero(start, stop):
    with pytest.raises(ValueError, match="Geometric sequence cannot include zero"):
        np.geomspace(start, stop)
    with pytest.raises(ValueError, match="Geometric sequence cannot include zero"):
        cr.geomspace(start, stop)


# ----------------------------------------------------------------------------- matrices
@pytest.mark.parametrize("dtype", [None, "int8", "bool", "complex64"])
@pytest.mark.parametrize("n", [0, 1, 4])
def test_identity(n, dtype):
    _exact(cr.identity(n, dtype=dtype), np.identity(n, dtype=dtype))


def test_identity_is_float64_and_takes_device():
    got = cr.identity(2, device="cpu")
    assert got.dtype == tnp.float64
    assert got.device == CPU


@pytest.mark.parametrize(
    ("N", "M", "k"), [(3, None, 0), (3, 5, 1), (4, 2, -1), (0, 3, 0), (3, 3, 9)]
)
@pytest.mark.parametrize("dtype", [float, int, "bool", "float32", "uint16"])
def test_tri(N, M, k, dtype):
    _exact(cr.tri(N, M, k, dtype=dtype), np.tri(N, M, k, dtype=dtype))


def test_tri_default_dtype_is_float64_and_takes_device():
    got = cr.tri(2, device="cpu")
    assert got.dtype == tnp.float64
    assert got.device == CPU


@FEW
@given(
    dtype=st.sampled_from(DTYPES),
    shape=hnp.array_shapes(min_dims=1, max_dims=4, min_side=0, max_side=4),
    k=st.integers(-4, 4),
    data=st.data(),
)
def test_tril_triu_match_numpy(dtype, shape, k, data):
    a = data.draw(_arrays(dtype, shape))
    t = from_numpy(a)
    _exact(cr.tril(t, k), np.tril(a, k))
    _exact(cr.triu(t, k=k), np.triu(a, k=k))


def test_tril_of_0d_is_a_type_error():
    with pytest.raises(TypeError):
        cr.tril(5)


@FEW
@given(
    dtype=st.sampled_from(DTYPES),
    shape=hnp.array_shapes(min_dims=1, max_dims=2, min_side=0, max_side=5),
    k=st.integers(-6, 6),
    data=st.data(),
)
def test_diag_and_diagflat_match_numpy(dtype, shape, k, data):
    a = data.draw(_arrays(dtype, shape))
    t = from_numpy(a)
    _exact(cr.diag(t, k), np.diag(a, k))
    _exact(cr.diagflat(t, k=k), np.diagflat(a, k=k))


def test_diag_of_a_non_square_matrix():
    a = np.arange(12).reshape(3, 4)
    for k in (-3, -1, 0, 2, 4):
        _exact(cr.diag(from_numpy(a), k), np.diag(a, k))


def test_diag_of_3d_is_refused():
    with pytest.raises(ValueError, match=r"Input must be 1- or 2-d\."):
        cr.diag(np.zeros((2, 2, 2)).tolist())


@FEW
@given(
    dtype=st.sampled_from(DTYPES),
    n=st.integers(0, 5),
    N=st.one_of(st.none(), st.integers(0, 6)),
    increasing=st.booleans(),
    data=st.data(),
)
def test_vander_matches_numpy(dtype, n, N, increasing, data):
    x = data.draw(
        hnp.arrays(
            np.dtype(dtype),
            (n,),
            elements=st.integers(-3, 3).map(lambda v: v if np.dtype(dtype).kind != "u" else abs(v))
            if np.dtype(dtype).kind != "b"
            else None,
        )
    )
    same_outcome(
        lambda: np.vander(x, N, increasing),
        lambda: cr.vander(from_numpy(x), N, increasing),
    )


def test_vander_needs_one_dimension():
    with pytest.raises(ValueError, match=r"x must be a one-dimensional array or sequence\."):
        cr.vander([[1, 2]])


# ----------------------------------------------------------------------------- grids
@FEW
@given(
    sizes=st.lists(st.integers(0, 4), min_size=0, max_size=3),
    dtype=st.sampled_from(["int64", "float32", "complex128", "uint8"]),
    indexing=st.sampled_from(["xy", "ij"]),
    sparse=st.booleans(),
    copy=st.booleans(),
)
def test_meshgrid_matches_numpy(sizes, dtype, indexing, sparse, copy):
    xs = [np.arange(n).astype(dtype) for n in sizes]
    got = cr.meshgrid(*map(from_numpy, xs), indexing=indexing, sparse=sparse, copy=copy)
    _same_tuple(got, np.meshgrid(*xs, indexing=indexing, sparse=sparse, copy=copy))


def test_meshgrid_flattens_inputs_and_refuses_bad_indexing():
    _same_tuple(cr.meshgrid([[1, 2]], [3.0]), np.meshgrid([[1, 2]], [3.0]))
    with pytest.raises(ValueError, match=r"Valid values for `indexing` are 'xy' and 'ij'\."):
        cr.meshgrid([1], [2], indexing="x")


@FEW
@given(
    dims=st.lists(st.integers(0, 4), min_size=0, max_size=3).map(tuple),
    dtype=st.sampled_from([int, float, "int32", "uint8", "complex64"]),
    sparse=st.booleans(),
)
def test_indices_matches_numpy(dims, dtype, sparse):
    got = cr.indices(dims, dtype=dtype, sparse=sparse)
    want = np.indices(dims, dtype=dtype, sparse=sparse)
    if sparse:
        _same_tuple(got, want)
    else:
        _exact(got, want)


def test_indices_takes_device():
    assert cr.indices((2, 3), device="cpu").device == CPU


@pytest.mark.parametrize(
    "key",
    [
        np.s_[0:5],
        np.s_[2:10:3],
        np.s_[-1:1:0.5],
        np.s_[0:1:5j],
        np.s_[-2:2:1j],
        np.s_[0:3, 0:2],
        np.s_[0:3, 0:2:3j],
        np.s_[0:4:2, 1:3, 0:1:2j],
        np.s_[0:1.5:0.5, 0:2],
        np.s_[:3, :2],
    ],
)
def test_mgrid_and_ogrid_match_numpy(key):
    assert_same(cr.mgrid[key], np.mgrid[key])
    got, want = cr.ogrid[key], np.ogrid[key]
    if isinstance(want, tuple):
        assert isinstance(got, tuple)
        for g, w in zip(got, want, strict=True):
            assert_same(g, w)
    else:
        assert_same(got, want)


def test_fromfunction_passes_index_arrays_and_kwargs():
    def f(i, j, scale=1):
        return (i * 10 + j) * scale

    _exact(cr.fromfunction(f, (2, 3), scale=2), np.fromfunction(f, (2, 3), scale=2))
    _exact(cr.fromfunction(f, (2, 3), dtype=int), np.fromfunction(f, (2, 3), dtype=int))


def test_fromfunction_returns_what_the_function_returns():
    assert cr.fromfunction(lambda i, j: "x", (2, 2)) == "x"


# ----------------------------------------------------------------------------- from data
@pytest.mark.parametrize(
    ("items", "dtype", "count"),
    [
        (range(5), int, -1),
        (range(5), "float32", 3),
        ([1.5, 2.7], int, -1),
        ([], "int8", -1),
        ([True, False], bool, -1),
        ([1 + 1j], complex, -1),
        ((x * x for x in range(4)), None, -1),
    ],
)
def test_fromiter_matches_numpy(items, dtype, count):
    listed = list(items)
    _exact(cr.fromiter(iter(listed), dtype, count), np.fromiter(iter(listed), dtype, count))


def test_fromiter_too_short():
    msg = "iterator too short: Expected 5 but iterator had only 2 items."
    with pytest.raises(ValueError, match=msg):
        np.fromiter(iter([1, 2]), int, 5)
    with pytest.raises(ValueError, match=msg):
        cr.fromiter(iter([1, 2]), int, 5)


def test_fromiter_takes_device():
    assert cr.fromiter([1, 2], "int32", device="cpu").device == CPU


@pytest.mark.parametrize(
    ("dtype", "count", "offset"),
    [
        (None, -1, 0),
        ("int16", -1, 0),
        ("int16", 2, 2),
        ("uint8", -1, 5),
        ("int32", 1, 4),
        ("float32", 0, 0),
        ("uint8", -1, 16),
        ("complex64", -1, 0),
    ],
)
def test_frombuffer_matches_numpy(dtype, count, offset):
    buf = bytes(range(16))
    _exact(cr.frombuffer(buf, dtype, count, offset), np.frombuffer(buf, dtype, count, offset))


@pytest.mark.parametrize(
    ("dtype", "count", "offset"),
    [("float64", -1, 3), ("float64", 3, 0), ("int8", -1, 17), ("int8", -1, -1)],
)
def test_frombuffer_errors(dtype, count, offset):
    buf = bytes(range(16))
    with pytest.raises(ValueError) as want:
        np.frombuffer(buf, dtype, count, offset)
    with pytest.raises(ValueError) as got:
        cr.frombuffer(buf, dtype, count, offset)
    assert str(got.value) == str(want.value)


def test_frombuffer_shares_a_writable_buffer():
    buf = bytearray(8)
    a = cr.frombuffer(buf, "uint8")
    buf[3] = 7
    assert a[3].item() == 7


def test_frombuffer_empty():
    _exact(cr.frombuffer(b""), np.frombuffer(b""))


@pytest.mark.parametrize("req", [None, "C", "CWO", ["A", "E"], "c", ["C_CONTIGUOUS", "owndata"]])
def test_require_matches_numpy(req):
    data = [[1, 2], [3, 4]]
    _exact(cr.require(data, "float32", req), np.require(data, "float32", req))


def test_require_copies_for_owndata_and_contiguity():
    a = tnp.asarray([[1, 2], [3, 4]])
    assert cr.require(a, requirements="W") is a
    assert cr.require(a, requirements="O") is a
    view = a[:1]
    owned = cr.require(view, requirements="O")
    assert view.base is not None
    assert owned is not view
    assert owned.base is None
    c = cr.require(a.T, requirements="C")
    assert c.tensor.is_contiguous()
    _exact(c, np.array([[1, 3], [2, 4]]))


def test_require_flag_errors():
    with pytest.raises(KeyError):
        cr.require([1], requirements="X")
    with pytest.raises(ValueError, match='Cannot specify both "C" and "F" order'):
        cr.require([1], requirements="CF")


def test_require_fortran_order_only_for_vectors():
    _exact(cr.require([1, 2], requirements="F"), np.require([1, 2], requirements="F"))
    with pytest.raises(NotImplementedError):
        cr.require([[1, 2], [3, 4]], requirements="F")


@pytest.mark.parametrize("dtype", sorted(set(INEXACT) - {"float16"}))
def test_asanyarray_and_copy_take_numpy_dtypes(dtype):
    a = np.arange(3).astype(dtype)
    _exact(cr.asanyarray(from_numpy(a)), a)
    _exact(cr.copy(from_numpy(a)), np.copy(a))
    assert to_numpy(cr.asanyarray(from_numpy(a), device="cpu")).dtype == a.dtype


@pytest.mark.parametrize("dtype", ["complex64", "complex128"])
@pytest.mark.parametrize("args", [(3,), (0, 5, 2), (1.5,), (0.1, 1.0, 0.1), (5, 0, -1.5)])
def test_arange_with_a_complex_dtype_and_real_arguments(dtype, args):
    assert_same(tnp.arange(*args, dtype=dtype), np.arange(*args, dtype=dtype))


@pytest.mark.parametrize("args", [(0,), (1,), (2,), (3,), (1, 3), (0, 4, 2)])
def test_arange_of_bools_is_limited_to_two_elements(args):
    same_outcome(lambda: np.arange(*args, dtype=bool), lambda: tnp.arange(*args, dtype=tnp.bool))
