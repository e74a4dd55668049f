""".npy/.npz files and fromfile against NumPy: files cross between the libraries bit for bit."""

from __future__ import annotations

import io
import pickle
import zipfile

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tnp_core_test_helpers import DTYPES, FEW, arrays, shapes

import tnp_core as tnp
from tnp_core import _npy_format as fmt
from tnp_core import _npyio as nio


def _np_bytes(a: np.ndarray) -> bytes:
    buf = io.BytesIO()
    np.save(buf, a)
    return buf.getvalue()


def _tnp_bytes(a) -> bytes:
    buf = io.BytesIO()
    nio.save(buf, a)
    return buf.getvalue()


def _from_np_bits(a: np.ndarray):
    """A tnp array with exactly NumPy's bits (NaN payloads included), via a NumPy file."""
    return nio.load(io.BytesIO(_np_bytes(a.copy(order="C"))))


def _same_bits(t, a: np.ndarray) -> None:
    assert isinstance(t, tnp.ndarray)
    assert t.dtype.name == a.dtype.name
    assert t.shape == a.shape
    assert t.tobytes() == a.astype(a.dtype.newbyteorder("="), order="C").tobytes()


# ----------------------------------------------------------------------------- round trips
@FEW
@given(st.sampled_from(DTYPES).flatmap(lambda n: arrays(n, shapes(), specials=True)))
def test_numpy_file_loads_bit_for_bit(a):
    _same_bits(nio.load(io.BytesIO(_np_bytes(a))), a)


@FEW
@given(st.sampled_from(DTYPES).flatmap(lambda n: arrays(n, shapes(), specials=True)))
def test_tnp_file_equals_numpy_file(a):
    t = _from_np_bits(a)
    data = _tnp_bytes(t)
    assert data == _np_bytes(a)
    back = np.load(io.BytesIO(data))
    assert back.dtype == a.dtype
    assert back.shape == a.shape
    assert back.tobytes() == a.tobytes()


@FEW
@given(st.sampled_from(DTYPES).flatmap(lambda n: arrays(n, shapes(min_dims=2), specials=True)))
def test_fortran_order_both_ways(a):
    f = np.asfortranarray(a)
    data = _np_bytes(f)
    t = nio.load(io.BytesIO(data))
    _same_bits(t, a)
    # a Fortran-ordered array is written in Fortran order, as NumPy writes it
    assert _tnp_bytes(t) == data
    # the transpose of a C-ordered array is Fortran-contiguous
    assert _tnp_bytes(_from_np_bits(a.T.copy()).T) == data


@FEW
@given(st.sampled_from(DTYPES).flatmap(lambda n: arrays(n, shapes(), specials=True)))
def test_big_endian_numpy_file_loads_in_native_order(a):
    big = a.astype(a.dtype.newbyteorder(">"))
    _same_bits(nio.load(io.BytesIO(_np_bytes(big))), a)
    if a.ndim >= 2:
        _same_bits(nio.load(io.BytesIO(_np_bytes(np.asfortranarray(big)))), a)


def test_every_dtype_empty_and_0d_round_trip():
    for name in DTYPES:
        for shape in [(), (0,), (2, 0, 3), (1,), (3, 1, 2)]:
            a = (np.arange(int(np.prod(shape))) % 3).astype(name).reshape(shape)
            data = _np_bytes(a)
            t = nio.load(io.BytesIO(data))
            _same_bits(t, a)
            assert _tnp_bytes(t) == data


def test_large_array_round_trip():
    a = np.random.default_rng(0).standard_normal((300, 257)).astype(np.float32)
    data = _np_bytes(a)
    t = nio.load(io.BytesIO(data))
    _same_bits(t, a)
    assert _tnp_bytes(t) == data


def test_non_contiguous_view_is_written_in_c_order():
    a = np.arange(24.0).reshape(4, 6)[::2, 1::2]
    t = _from_np_bits(np.arange(24.0).reshape(4, 6))[::2, 1::2]
    assert _tnp_bytes(t) == _np_bytes(a)


def test_save_to_path_appends_npy(tmp_path):
    nio.save(tmp_path / "x", tnp.arange(5))
    assert (tmp_path / "x.npy").exists()
    np.testing.assert_array_equal(np.load(tmp_path / "x.npy"), np.arange(5))
    np.save(tmp_path / "y.npy", np.eye(3, dtype=np.int16))
    got = nio.load(str(tmp_path / "y.npy"))
    _same_bits(got, np.eye(3, dtype=np.int16))


def test_save_accepts_lists_and_scalars():
    assert _tnp_bytes([[1, 2], [3, 4]]) == _np_bytes(np.array([[1, 2], [3, 4]]))
    assert _tnp_bytes(2.5) == _np_bytes(np.array(2.5))
    assert _tnp_bytes(True) == _np_bytes(np.array(True))


def test_bfloat16_is_refused():
    with pytest.raises(ValueError, match="bfloat16"):
        nio.save(io.BytesIO(), tnp.ones(3, dtype="bfloat16"))


def test_bool_bytes_other_than_one_load_as_true():
    data = bytearray(_np_bytes(np.array([True, False, True])))
    data[-1] = 7
    got = nio.load(io.BytesIO(bytes(data)))
    assert got.tolist() == [True, False, True]


# ----------------------------------------------------------------------------- versions
def test_format_versions_written_as_numpy_chooses():
    # a header of 64 KiB or more needs version 2.0
    a = np.zeros((1,) * 32, dtype=np.float64)
    wide = np.zeros((1,) * 10)
    for arr in (a, wide):
        assert _tnp_bytes(_from_np_bits(arr)) == _np_bytes(arr)
    header, version = fmt.header_bytes((2,) * 64, False, "<f8", None)
    assert version == (1, 0)
    header, version = fmt.header_bytes(tuple(range(1, 20000)), False, "<f8", None)
    assert version == (2, 0)
    assert len(header) % 64 == 0


@pytest.mark.parametrize("version", [(1, 0), (2, 0), (3, 0)])
def test_each_format_version_reads(version):
    a = np.arange(12, dtype=np.int32).reshape(3, 4)
    buf = io.BytesIO()
    np.lib.format.write_array(buf, a, version=version)
    _same_bits(nio.load(io.BytesIO(buf.getvalue())), a)
    f = io.BytesIO()
    np.lib.format.write_array(f, np.asfortranarray(a), version=version)
    _same_bits(nio.load(io.BytesIO(f.getvalue())), a)


def test_explicit_version_header_matches_numpy():
    for version in [(1, 0), (2, 0), (3, 0)]:
        buf = io.BytesIO()
        np.lib._format_impl._write_array_header(
            buf, {"descr": "<f8", "fortran_order": False, "shape": (3, 4)}, version
        )
        assert fmt.header_bytes((3, 4), False, "<f8", version)[0] == buf.getvalue()


def test_python2_long_suffix_header_reads():
    text = "{'descr': '<i8', 'fortran_order': False, 'shape': (2L,), }"
    body = text.encode() + b" " * (64 - 10 - len(text) - 1) + b"\n"
    data = b"\x93NUMPY\x01\x00" + len(body).to_bytes(2, "little") + body
    data += np.array([5, 6], dtype="<i8").tobytes()
    assert nio.load(io.BytesIO(data)).tolist() == [5, 6]


# ----------------------------------------------------------------------------- errors
def _npy_with_header(text: str, payload: bytes = b"", version: int = 1) -> bytes:
    enc = text.encode("latin1")
    size = len(enc) + 1
    prefix_len = 10 if version == 1 else 12
    pad = (-(prefix_len + size)) % 64
    length = (size + pad).to_bytes(2 if version == 1 else 4, "little")
    return b"\x93NUMPY" + bytes([version, 0]) + length + enc + b" " * pad + b"\n" + payload


@pytest.mark.parametrize(
    "header",
    [
        "{'descr': '<f8', 'fortran_order': False}",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), 'x': 1}",
        "{'descr': '<f8', 'fortran_order': 0, 'shape': (3,)}",
        "{'descr': '<f8', 'fortran_order': False, 'shape': [3]}",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (3.0,)}",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (-3,)}",
        "{'descr': '<q9', 'fortran_order': False, 'shape': (3,)}",
        "{'descr': 5, 'fortran_order': False, 'shape': (3,)}",
        "[1, 2]",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (3,)",
        "__import__('os')",
    ],
)
def test_malformed_header_is_value_error(header):
    data = _npy_with_header(header, b"\0" * 24)
    with pytest.raises(ValueError):
        nio.load(io.BytesIO(data))
    if not header.endswith("(3,)"):  # NumPy lets a tokenize error escape for that one
        with pytest.raises(ValueError):
            np.load(io.BytesIO(data))


def test_absurd_shape_is_value_error_before_allocating():
    data = _npy_with_header(
        "{'descr': '<f8', 'fortran_order': False, 'shape': (1000000000000000,), }"
    )
    with pytest.raises(ValueError, match="Failed to read all data"):
        nio.load(io.BytesIO(data + b"\0" * 80))
    data = _npy_with_header(
        "{'descr': '<f8', 'fortran_order': False, 'shape': (1000000, 1000000, 1000000), }"
    )
    with pytest.raises(ValueError):
        nio.load(io.BytesIO(data))


def test_truncated_data_is_value_error():
    good = _np_bytes(np.arange(10.0))
    for cut in (len(good) - 1, len(good) - 8, 70, 64, 12, 9, 3):
        with pytest.raises(ValueError):
            nio.load(io.BytesIO(good[:cut]))


def test_empty_file_is_eof_error():
    with pytest.raises(EOFError):
        nio.load(io.BytesIO(b""))


def test_bad_magic_and_version():
    good = _np_bytes(np.arange(3))
    with pytest.raises(ValueError, match="format version"):
        nio.load(io.BytesIO(good[:6] + b"\x04\x00" + good[8:]))


def test_max_header_size():
    a = np.zeros((1,) * 30)
    data = _np_bytes(a)
    with pytest.raises(ValueError, match="max_header_size"):
        nio.load(io.BytesIO(data), max_header_size=50)
    with pytest.raises(ValueError, match="max_header_size"):
        np.load(io.BytesIO(data), max_header_size=50)
    assert nio.load(io.BytesIO(data), max_header_size=50, allow_pickle=True).shape == a.shape


def test_pickles_refused_by_default():
    data = pickle.dumps([1, 2, 3])
    with pytest.raises(ValueError, match="pickled"):
        nio.load(io.BytesIO(data))
    with pytest.raises(ValueError, match="pickled"):
        np.load(io.BytesIO(data))
    assert nio.load(io.BytesIO(data), allow_pickle=True) == [1, 2, 3]


def test_object_array_refused():
    buf = io.BytesIO()
    np.save(buf, np.array([1, None], dtype=object), allow_pickle=True)
    with pytest.raises(ValueError, match="allow_pickle=False"):
        nio.load(io.BytesIO(buf.getvalue()))
    with pytest.raises(NotImplementedError, match="object"):
        nio.load(io.BytesIO(buf.getvalue()), allow_pickle=True)


@pytest.mark.parametrize("arr", [np.array(["ab", "c"]), np.array([1, 2], dtype="M8[s]")])
def test_out_of_scope_dtypes(arr):
    with pytest.raises(NotImplementedError) as info:
        nio.load(io.BytesIO(_np_bytes(arr)))
    assert isinstance(info.value, ValueError)


def test_mmap_mode_and_encoding():
    data = _np_bytes(np.arange(3))
    with pytest.raises(NotImplementedError, match="memmap"):
        nio.load(io.BytesIO(data), mmap_mode="r")
    with pytest.raises(ValueError, match="encoding"):
        nio.load(io.BytesIO(data), encoding="utf8")


# ----------------------------------------------------------------------------- npz
@pytest.mark.parametrize("saver", ["savez", "savez_compressed"])
def test_npz_written_by_tnp_loads_in_numpy(saver, tmp_path):
    arrays_np = {name: (np.arange(6) % 3).astype(name).reshape(2, 3) for name in DTYPES}
    getattr(nio, saver)(
        tmp_path / "a",
        _from_np_bits(np.arange(4)),
        tnp.eye(2),
        **{k: _from_np_bits(v) for k, v in arrays_np.items()},
    )
    with np.load(tmp_path / "a.npz") as z:
        assert set(z.files) == set(arrays_np) | {"arr_0", "arr_1"}
        np.testing.assert_array_equal(z["arr_0"], np.arange(4))
        np.testing.assert_array_equal(z["arr_1"], np.eye(2))
        for k, v in arrays_np.items():
            assert z[k].dtype == v.dtype
            assert z[k].tobytes() == v.tobytes()
    method = zipfile.ZIP_DEFLATED if saver == "savez_compressed" else zipfile.ZIP_STORED
    with zipfile.ZipFile(tmp_path / "a.npz") as zf:
        assert all(info.compress_type == method for info in zf.infolist())
        assert zf.read("bool.npy") == _np_bytes(arrays_np["bool"])


@pytest.mark.parametrize("saver", [np.savez, np.savez_compressed])
def test_npz_written_by_numpy_loads_lazily(saver):
    buf = io.BytesIO()
    a, b = np.arange(5.0), np.asfortranarray(np.arange(6, dtype=">i4").reshape(2, 3))
    saver(buf, a, b=b)
    buf.seek(0)
    with nio.load(buf) as z:
        assert isinstance(z, nio.NpzFile)
        # NumPy stores keyword arrays first, then the positional ones
        assert z.files == ["b", "arr_0"]
        assert list(z) == ["b", "arr_0"]
        assert len(z) == 2
        assert "b" in z
        assert "b.npy" in z
        assert "c" not in z
        _same_bits(z["arr_0"], a)
        _same_bits(z["b.npy"], b.astype("<i4"))
        assert list(z.keys()) == ["b", "arr_0"]
        assert [k for k, _ in z.items()] == ["b", "arr_0"]
        assert len(list(z.values())) == 2
        with pytest.raises(KeyError, match="not a file"):
            z["c"]
    assert z.zip is None


def test_npz_names_clash():
    with pytest.raises(ValueError, match="arr_0"):
        nio.savez(io.BytesIO(), tnp.ones(2), arr_0=tnp.ones(3))


def test_npz_non_npy_member_is_bytes():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("note.txt", b"hello")
    buf.seek(0)
    z = nio.load(buf)
    assert z.files == ["note.txt"]
    assert z["note.txt"] == b"hello"
    z.close()


def test_npz_of_path_closes_file(tmp_path):
    np.savez(tmp_path / "x.npz", x=np.arange(3))
    z = nio.load(tmp_path / "x.npz")
    assert z["x"].tolist() == [0, 1, 2]
    z.close()
    assert z.fid is None


# ----------------------------------------------------------------------------- fromfile
@FEW
@given(a=st.sampled_from(DTYPES).flatmap(lambda n: arrays(n, shapes(max_dims=1), specials=True)))
def test_fromfile_binary_matches_numpy(tmp_path_factory, a):
    path = tmp_path_factory.mktemp("ff") / "raw.bin"
    a.tofile(path)
    got = nio.fromfile(path, dtype=a.dtype.name)
    _same_bits(got, np.fromfile(path, dtype=a.dtype))


def test_fromfile_count_offset_and_position(tmp_path):
    path = tmp_path / "raw.bin"
    np.arange(10, dtype=np.int16).tofile(path)
    for count, offset in [(-1, 0), (3, 4), (20, 2), (0, 0), (-1, 3)]:
        exp = np.fromfile(path, dtype=np.int16, count=count, offset=offset)
        _same_bits(nio.fromfile(path, dtype="int16", count=count, offset=offset), exp)
    with open(path, "rb") as f, open(path, "rb") as g:
        nio.fromfile(f, dtype="int16", count=3)
        np.fromfile(g, dtype=np.int16, count=3)
        assert f.tell() == g.tell()
        _same_bits(nio.fromfile(f, dtype="int16", count=2), np.fromfile(g, dtype=np.int16, count=2))


def test_fromfile_text(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("1, 2.5,\n 3 , -4e2")
    for dt in ("float64", "float32"):
        exp = np.fromfile(path, dtype=dt, sep=",")
        got = nio.fromfile(path, dtype=dt, sep=",")
        _same_bits(got, exp)
    path.write_text("1 2 3 4")
    _same_bits(nio.fromfile(path, dtype="int32", sep=" ", count=3),
               np.fromfile(path, dtype=np.int32, sep=" ", count=3))  # fmt: skip


def test_tofile_then_fromfile_round_trip(tmp_path):
    t = tnp.asarray([complex(i, -i) for i in range(12)], dtype="complex64").reshape(3, 4)
    t.tofile(tmp_path / "c.bin")
    exp = np.array([complex(i, -i) for i in range(12)], dtype=np.complex64)
    _same_bits(nio.fromfile(tmp_path / "c.bin", dtype="complex64"), exp)
    _same_bits(nio.fromfile(tmp_path / "c.bin", dtype=tnp.complex64), exp)
