"""ndarray attributes and data methods against numpy.ndarray: shape setting, ``flat``,
``flags`` and read-only arrays, ``view``/``tobytes``/``byteswap``, ravel and axis methods,
copying, pickling, formatting and the NumPy/DLPack protocols."""

from __future__ import annotations

import copy
import pickle

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st
from tnp_core_test_helpers import DTYPES, FEW, arrays, assert_same, from_numpy, shapes

import tnp_core as tnp

ANY_ARRAY = st.one_of(*(arrays(n, shapes()) for n in DTYPES))
LAYOUTS = ("plain", "T", "step")


def _layout(x, a, how):
    """The same non-trivial layout of a NumPy and a tnp array."""
    if how == "T":
        return x.T, a.T
    if how == "step" and x.ndim:
        return x[::2], a[::2]
    return x, a


# ----------------------------------------------------------------------------- differential
@given(x=ANY_ARRAY, how=st.sampled_from(LAYOUTS))
@FEW
def test_flags_match_numpy(x, how):
    x, a = _layout(x, from_numpy(x), how)
    for name in ("C_CONTIGUOUS", "F_CONTIGUOUS", "WRITEABLE", "ALIGNED", "FORC", "FNC"):
        assert a.flags[name] == x.flags[name], name
    # from_numpy builds a reshaped array, so OWNDATA is compared with its own base
    assert a.flags.owndata == (a.base is None)


@given(x=ANY_ARRAY, how=st.sampled_from(LAYOUTS), order=st.sampled_from("CFA"))
@FEW
def test_tobytes_matches_numpy(x, how, order):
    x, a = _layout(x, from_numpy(x), how)
    assert a.tobytes(order) == x.tobytes(order)


@given(x=ANY_ARRAY, how=st.sampled_from(LAYOUTS), order=st.sampled_from("CFAK"))
@FEW
def test_ravel_and_flatten_match_numpy(x, how, order):
    x, a = _layout(x, from_numpy(x), how)
    assert_same(a.ravel(order), x.ravel(order))
    assert_same(a.flatten(order), x.flatten(order))
    assert a.flatten(order).base is None
    assert (a.ravel(order).base is None) == (x.ravel(order).base is None)


@given(x=ANY_ARRAY, target=st.sampled_from(DTYPES), how=st.sampled_from(LAYOUTS))
@FEW
def test_view_as_dtype_matches_numpy(x, target, how):
    x, a = _layout(x, from_numpy(x), how)
    try:
        expected = x.view(target)
    except ValueError:
        with pytest.raises(ValueError):
            a.view(target)
        return
    got = a.view(target)
    assert got.shape == expected.shape
    assert got.dtype.name == expected.dtype.name
    assert got.tobytes() == expected.tobytes()


@given(x=ANY_ARRAY)
@FEW
def test_byteswap_matches_numpy(x):
    got = from_numpy(x).byteswap()
    assert got.dtype.name == x.dtype.name
    assert got.tobytes() == x.byteswap().tobytes()


@given(x=ANY_ARRAY, data=st.data())
@FEW
def test_axis_methods_match_numpy(x, data):
    a = from_numpy(x)
    assert_same(a.transpose(), x.transpose())
    perm = data.draw(st.permutations(range(x.ndim)))
    assert_same(a.transpose(*perm), x.transpose(*perm))
    assert_same(a.transpose(tuple(perm)), x.transpose(tuple(perm)))
    assert_same(a.squeeze(), x.squeeze())
    if x.ndim:
        i = data.draw(st.integers(-x.ndim, x.ndim - 1))
        j = data.draw(st.integers(-x.ndim, x.ndim - 1))
        assert_same(a.swapaxes(i, j), x.swapaxes(i, j))
        if x.shape[i] == 1:
            assert_same(a.squeeze(i), x.squeeze(i))
        else:
            with pytest.raises(ValueError, match="size not equal to one"):
                a.squeeze(i)
    if x.ndim >= 2:
        assert_same(a.mT, x.mT)


@given(x=ANY_ARRAY, data=st.data())
@FEW
def test_flat_reads_match_numpy(x, data):
    a = from_numpy(x)
    assert len(a.flat) == len(x.flat)
    assert_same(a.flat[:], x.flat[:])
    assert [v.item() for v in a.flat] == [v.item() for v in x.flat]
    if x.size:
        i = data.draw(st.integers(-x.size, x.size - 1))
        assert a.flat[i].item() == x.flat[i].item()
        idx = data.draw(st.lists(st.integers(0, x.size - 1), max_size=4))
        assert_same(a.flat[tnp.array(idx, dtype="int64")], x.flat[np.array(idx, dtype=np.int64)])
        assert_same(a.flat[1::2], x.flat[1::2])


@given(x=ANY_ARRAY)
@FEW
def test_pickle_and_copies_round_trip(x):
    a = from_numpy(x)
    for b in (pickle.loads(pickle.dumps(a)), copy.copy(a), copy.deepcopy(a)):
        assert_same(b, x)
        assert b.base is None


@given(x=ANY_ARRAY)
@FEW
def test_array_protocol_gives_numpy_equal_array(x):
    got = np.asarray(from_numpy(x))
    assert got.dtype == x.dtype
    assert got.shape == x.shape
    assert got.tobytes() == x.tobytes()


# ----------------------------------------------------------------------------- shape setting
def test_setting_shape_reshapes_in_place():
    a = tnp.arange(6)
    a.shape = (2, 3)
    assert_same(a, np.arange(6).reshape(2, 3))
    a.shape = 6
    assert a.shape == (6,)


def test_setting_an_incompatible_shape_on_a_transposed_view_raises_attribute_error():
    a = tnp.arange(6).reshape(2, 3).T
    with pytest.raises(AttributeError, match="Incompatible shape for in-place modification"):
        a.shape = (6,)


def test_setting_a_shape_of_another_size_raises_value_error():
    with pytest.raises(ValueError, match=r"cannot reshape array of size 6 into shape \(4,\)"):
        tnp.arange(6).shape = (4,)


def test_mT_of_one_dimension_raises():
    with pytest.raises(ValueError, match="matrix transpose with ndim < 2 is undefined"):
        _ = tnp.arange(3).mT


# ----------------------------------------------------------------------------- views
def test_views_share_memory_and_writes_show_in_base():
    a = tnp.array([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]])
    x = np.arange(12).reshape(3, 4)
    for view, xview in (
        (a.T, x.T),
        (a.mT, x.mT),
        (a.ravel(), x.ravel()),
        (a.transpose(1, 0), x.transpose(1, 0)),
        (a.swapaxes(0, 1), x.swapaxes(0, 1)),
        (a[None].squeeze(0), x[None].squeeze(0)),
        (a.view(), x.view()),
    ):
        assert view.base is a
        view[(0,) * view.ndim] += 100
        xview[(0,) * xview.ndim] += 100
    assert_same(a, x)


def test_view_as_a_narrower_dtype_writes_through():
    a = tnp.zeros(2, dtype="int32")
    v = a.view("int16")
    assert v.shape == (4,)
    assert v.base is a
    v[0] = 1
    assert a.tolist() == [1, 0]


def test_view_errors_match_numpy():
    with pytest.raises(ValueError, match="0d array"):
        tnp.array(3).view("int32")
    with pytest.raises(ValueError, match="last axis must be contiguous"):
        tnp.arange(6).reshape(2, 3).T.view("int32")
    with pytest.raises(ValueError, match="divisor of the total size"):
        tnp.arange(3, dtype="int8").view("int16")


def test_real_and_imag_setters_write_into_the_array():
    c = tnp.array([1 + 2j, 3 + 4j])
    c.real = 5
    c.imag = [7, 8]
    assert c.tolist() == [5 + 7j, 5 + 8j]
    r = tnp.arange(3.0)
    r.real = [4, 5, 6]
    assert r.tolist() == [4.0, 5.0, 6.0]
    with pytest.raises(TypeError, match="does not have imaginary part"):
        r.imag = 1


def test_flat_assignment_repeats_values_and_writes_into_the_array():
    a = tnp.zeros(6)
    x = np.zeros(6)
    a.flat[1:5] = [1, 2]
    x.flat[1:5] = [1, 2]
    assert_same(a, x)
    t = tnp.arange(6).reshape(2, 3).T
    xt = np.arange(6).reshape(2, 3).T
    t.flat[[0, 3]] = 99
    xt.flat[[0, 3]] = 99
    assert_same(t, xt)
    assert_same(t.base, xt.base)
    a.flat = [7, 8]
    x.flat = [7, 8]
    assert_same(a, x)


def test_flat_reads_are_copies_and_know_their_array():
    a = tnp.arange(4)
    f = a.flat
    assert f.base is a
    part = f[1:3]
    assert part.base is None
    part[0] = 100
    assert a.tolist() == [0, 1, 2, 3]
    assert_same(f.copy(), np.arange(4))
    with pytest.raises(IndexError, match="out of bounds"):
        f[4]


def test_fill_sets_every_element_with_numpy_casting():
    a = tnp.zeros((2, 2), dtype="int8")
    a.fill(1.7)
    assert a.tolist() == [[1, 1], [1, 1]]
    with pytest.raises(OverflowError):
        a.fill(300)
    with pytest.raises(ValueError, match="sequence"):
        a.fill([1, 2])
    with pytest.raises(TypeError):
        a.fill(1 + 2j)


def test_byteswap_in_place_returns_the_array():
    a = tnp.array([1, 256], dtype="int16")
    assert a.byteswap(inplace=True) is a
    assert a.tolist() == [256, 1]


def test_transpose_and_swapaxes_errors_match_numpy():
    a = tnp.zeros((2, 3))
    with pytest.raises(ValueError, match="axes don't match array"):
        a.transpose(0)
    with pytest.raises(ValueError, match="repeated axis in transpose"):
        a.transpose(0, 0)
    with pytest.raises(tnp.exceptions.AxisError, match="axis 2 is out of bounds"):
        a.transpose(0, 2)
    with pytest.raises(tnp.exceptions.AxisError, match="axis2: axis 2 is out of bounds"):
        a.swapaxes(0, 2)
    with pytest.raises(ValueError, match="duplicate value in 'axis'"):
        tnp.zeros((1, 3)).squeeze((0, 0))


def test_bad_order_raises():
    with pytest.raises(ValueError, match="order must be one of"):
        tnp.arange(3).ravel("X")
    with pytest.raises(ValueError, match="order must be one of"):
        tnp.arange(3).tobytes("X")


# ----------------------------------------------------------------------------- flags
def test_flags_of_views_tell_the_truth():
    a = tnp.array([[0, 1, 2], [3, 4, 5]])
    assert a.flags.owndata
    assert a.flags.c_contiguous
    assert not a.flags.f_contiguous
    t = a.T
    assert not t.flags.owndata
    assert t.flags.f_contiguous
    assert not t.flags["C"]
    assert not a.flags.writebackifcopy
    assert repr(a.flags) == repr(np.array([[0, 1, 2], [3, 4, 5]]).flags)


def test_flags_refuse_unknown_or_fixed_keys():
    flags = tnp.arange(3).flags
    with pytest.raises(KeyError):
        flags["bogus"]
    with pytest.raises(KeyError):
        flags["C_CONTIGUOUS"] = False
    with pytest.raises(AttributeError):
        flags.c_contiguous = False  # type: ignore[misc]
    with pytest.raises(ValueError, match="WRITEBACKIFCOPY"):
        tnp.arange(3).setflags(uic=True)


def test_read_only_array_refuses_every_write():
    a = tnp.arange(4.0)
    a.setflags(write=False)
    assert not a.flags.writeable
    with pytest.raises(ValueError, match="assignment destination is read-only"):
        a[0] = 1
    with pytest.raises(ValueError, match="assignment destination is read-only"):
        a.fill(2)
    with pytest.raises(ValueError, match="assignment destination is read-only"):
        a.real = 1
    with pytest.raises(ValueError, match="underlying array is read-only"):
        a.flat[0] = 1
    with pytest.raises(ValueError, match="array is read-only"):
        a.flat = 1
    with pytest.raises(ValueError, match="read-only"):
        a.byteswap(inplace=True)
    assert a.tolist() == [0.0, 1.0, 2.0, 3.0]


def test_views_of_a_read_only_array_are_read_only():
    a = tnp.arange(4)
    a.flags.writeable = False
    v = a[1:]
    assert not v.flags.writeable
    with pytest.raises(ValueError, match="read-only"):
        v[0] = 9
    with pytest.raises(ValueError, match="cannot set WRITEABLE flag to True"):
        v.setflags(write=True)


def test_read_only_array_can_be_made_writeable_again():
    a = tnp.arange(3)
    a.flags["W"] = False
    a.setflags(write=True)
    a[0] = 5
    assert a.tolist() == [5, 1, 2]


def test_read_only_array_exports_a_read_only_numpy_array():
    a = tnp.arange(3)
    a.setflags(write=False)
    assert not np.asarray(a).flags.writeable
    assert np.array(a).flags.writeable


def test_copies_of_a_read_only_array_are_writeable():
    a = tnp.arange(3)
    a.setflags(write=False)
    for b in (a.copy(), copy.deepcopy(a), pickle.loads(pickle.dumps(a)), a.flatten()):
        b[0] = 7
        assert b.flags.writeable


# ----------------------------------------------------------------------------- protocols
def test_format_of_zero_d_arrays_is_the_scalars_format():
    expected = format(np.array(0.1, np.float32), ".3f")
    assert format(tnp.array(0.1, dtype="float32"), ".3f") == expected
    assert format(tnp.array(255), "x") == "ff"
    assert format(tnp.array(1 + 2j), ".1f") == "1.0+2.0j"
    assert format(tnp.array(True), "") == "True"


def test_format_of_arrays_is_str_and_refuses_a_format_spec():
    a = tnp.arange(3)
    assert format(a) == str(a) == "[0 1 2]"
    with pytest.raises(TypeError, match="unsupported format string"):
        format(a, "d")


def test_contains_compares_elementwise():
    a = tnp.array([[1, 2], [3, 4]])
    assert 3 in a
    assert 5 not in a
    assert [1, 2] in a
    with pytest.raises(ValueError):
        [1, 2, 3] in a  # noqa: B015


def test_array_protocol_shares_cpu_memory_and_honours_copy():
    a = tnp.arange(3.0)
    shared = np.asarray(a)
    shared[0] = 9.0
    assert a.tolist()[0] == 9.0
    copied = np.array(a, copy=True)
    copied[1] = 7.0
    assert a.tolist()[1] == 1.0
    assert np.asarray(a, dtype=np.int32).dtype == np.int32
    with pytest.raises(ValueError):
        a.__array__(np.int32, copy=False)


def test_dlpack_round_trips_through_torch():
    a = tnp.arange(6).reshape(2, 3)
    t = torch.from_dlpack(a)
    assert t.shape == (2, 3)
    assert a.__dlpack_device__() == t.__dlpack_device__()
    t[0, 0] = 42
    assert a.tolist()[0][0] == 42


def test_pickle_keeps_dtype_shape_and_values_of_a_view():
    a = tnp.arange(12, dtype="uint64").reshape(3, 4).T[1:]
    a[0, 0] = 2**64 - 1
    b = pickle.loads(pickle.dumps(a))
    assert b.dtype == a.dtype
    assert b.shape == a.shape
    assert b.tolist() == a.tolist()
    empty = pickle.loads(pickle.dumps(tnp.zeros((0, 3), dtype="float32")))
    assert empty.shape == (0, 3)
    assert empty.dtype.name == "float32"


def test_resize_grows_with_zeros_and_shrinks_in_c_order():
    for shape in [(2, 3), (3,), (1, 1), (0,)]:
        want = np.arange(4.0)
        want.resize(shape, refcheck=False)
        got = tnp.arange(4.0)
        got.resize(shape)
        assert got.shape == want.shape
        assert got.tolist() == want.tolist()


def test_resize_of_a_view_raises_value_error():
    with pytest.raises(ValueError):
        tnp.arange(4.0)[1:].resize(2)


def test_cumulative_and_spread_methods_match_the_functions():
    x = np.arange(12.0).reshape(3, 4)
    a = tnp.asarray(x)
    assert a.cumsum(axis=1).tolist() == x.cumsum(axis=1).tolist()
    assert a.cumprod().tolist() == x.cumprod().tolist()
    assert a.var(axis=0, ddof=1).tolist() == x.var(axis=0, ddof=1).tolist()
    assert a.std(keepdims=True).tolist() == x.std(keepdims=True).tolist()


def test_index_tricks_and_constants():
    assert tnp.s_[1:3, ::2] == np.s_[1:3, ::2]
    assert tnp.index_exp[2] == np.index_exp[2]
    assert list(tnp.ndindex(2, 3)) == list(np.ndindex(2, 3))
    x = np.arange(6).reshape(2, 3)
    got = [(i, v.item()) for i, v in tnp.ndenumerate(tnp.asarray(x))]
    assert got == [(i, v.item()) for i, v in np.ndenumerate(x)]
    assert tnp.euler_gamma == np.euler_gamma
    assert tnp.little_endian == np.little_endian
    assert bool(tnp.True_) is True
    assert bool(tnp.False_) is False
    assert tnp.True_.dtype == tnp.bool_


# ----------------------------------------------------------------------------- data, tofile
@FEW
@given(ANY_ARRAY)
def test_tofile_binary_and_text_match_numpy(tmp_path_factory, x):
    folder = tmp_path_factory.mktemp("tofile")
    a = from_numpy(x)
    x.tofile(folder / "np.bin")
    a.tofile(folder / "tnp.bin")
    assert (folder / "tnp.bin").read_bytes() == (folder / "np.bin").read_bytes()
    x.tofile(folder / "np.txt", sep=", ")
    a.tofile(folder / "tnp.txt", sep=", ")
    assert (folder / "tnp.txt").read_text() == (folder / "np.txt").read_text()


def test_tofile_takes_open_files_and_a_format(tmp_path):
    x = np.array([[0.1, 2.0], [3.5, -4.25]], dtype=np.float32)
    path = tmp_path / "out.txt"
    with open(path, "w") as f:
        from_numpy(x).tofile(f, sep=";", format="%.3f")
    x.tofile(tmp_path / "np.txt", sep=";", format="%.3f")
    assert path.read_text() == (tmp_path / "np.txt").read_text()
    with open(tmp_path / "raw.bin", "wb") as f:
        from_numpy(x).tofile(f)
    assert (tmp_path / "raw.bin").read_bytes() == x.tobytes()


@pytest.mark.parametrize(
    "name", ["bool", "int8", "uint16", "int64", "uint64", "float32", "float64"]
)
def test_data_is_a_typed_memoryview_of_the_elements(name):
    x = np.arange(6).reshape(2, 3).astype(name)
    a = from_numpy(x)
    view = a.data
    assert view.format == x.data.format
    assert view.shape == x.data.shape
    assert view.tolist() == x.data.tolist()
    assert not view.readonly


def test_data_aliases_memory_and_respects_read_only_arrays():
    a = tnp.zeros(4, dtype=tnp.int32)
    view = a.data
    view[1] = 7
    assert a.tolist() == [0, 7, 0, 0]
    a.flags.writeable = False
    assert a.data.readonly
    with pytest.raises(BufferError):
        _ = a.reshape(2, 2).T.data  # not C-contiguous


def test_data_of_float16_and_complex_is_flat_bytes():
    # memoryview cannot cast to these item formats: tnp shows the bytes (documented)
    a = tnp.asarray([1.5, 2.0], dtype=tnp.float16)
    assert a.data.format == "B"
    assert bytes(a.data) == a.tobytes()


# ----------------------------------------------------------------------------- __setstate__
@FEW
@given(ANY_ARRAY, st.booleans())
def test_setstate_takes_numpy_pickle_state(x, fortran):
    if fortran:
        x = np.asfortranarray(x)
    state = x.__reduce__()[2]
    a = tnp.zeros(3)
    a.__setstate__(state)
    assert_same(a, x)


def test_setstate_rejects_bad_state():
    a = tnp.zeros(3)
    with pytest.raises(ValueError, match="tuple of 4 or 5"):
        a.__setstate__((1, 2))
    with pytest.raises(ValueError, match="buffer size"):
        a.__setstate__((1, (2,), "int8", False, b"\x00"))


def test_numpy_dtypes_and_scalar_types_are_accepted_as_dtypes():
    assert tnp.dtype(np.float32) == tnp.float32
    assert tnp.dtype(np.dtype("int16")) == tnp.int16
    assert tnp.asarray([1, 2], dtype=np.uint8).dtype == tnp.uint8
    with pytest.raises(NotImplementedError):
        tnp.dtype(np.dtype("U3"))
    with pytest.raises(NotImplementedError):
        tnp.dtype(np.dtype(">i4"))


@pytest.mark.parametrize(
    "take",
    [
        lambda v: v[1:],
        lambda v: v.T,
        lambda v: v.reshape(-1),
        lambda v: v.view(),
        lambda v: v[None],
        lambda v: v.real,
        lambda v: v.squeeze(),
    ],
)
def test_a_view_of_a_read_only_view_starts_read_only(take):
    for m in (np, tnp):
        base = m.arange(6)
        view = base[1:]
        view.flags.writeable = False
        inner = take(view)
        assert not inner.flags.writeable
        assert base.flags.writeable
        with pytest.raises(ValueError, match="read-only"):
            inner[...] = 0


def test_dumps_and_dump_pickle_the_array(tmp_path):
    a = tnp.asarray([[1.5, -2.0], [0.0, 3.25]], dtype=tnp.float32)
    assert_same(pickle.loads(a.dumps()), np.asarray([[1.5, -2.0], [0.0, 3.25]], np.float32))
    a.dump(tmp_path / "a.pkl")
    with open(tmp_path / "a.pkl", "rb") as f:
        assert_same(pickle.load(f), a.__array__())


def test_out_of_scope_ndarray_members_raise_not_implemented():
    a = tnp.zeros(2)
    assert not hasattr(a, "ctypes")  # the error is also an AttributeError
    with pytest.raises(NotImplementedError, match="ctypes"):
        _ = a.ctypes
    with pytest.raises(NotImplementedError, match="structured"):
        a.getfield(tnp.float64)
    with pytest.raises(NotImplementedError, match="structured"):
        a.setfield(1.0, tnp.float64)


@pytest.mark.parametrize("target", ["int16", "uint8", "int32"])
def test_view_ignores_strides_of_length_one_axes(target):
    # a (2, 1) array transposed has a stride on its length-one axis that NumPy ignores
    for x in (np.zeros((2, 1), bool), np.arange(6, dtype=np.int8).reshape(3, 2, 1)):
        a = from_numpy(x)
        try:
            expected = x.T.view(target)
        except ValueError:
            with pytest.raises(ValueError):
                a.T.view(target)
            continue
        assert_same(a.T.view(target), expected)
