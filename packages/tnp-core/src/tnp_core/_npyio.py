"""Binary file I/O as ``numpy.save``/``load``/``savez``/``savez_compressed``/``fromfile``.

Pure Python and torch: the ``.npy`` format lives in ``_npy_format``, ``.npz`` archives are zip
files of ``.npy`` members handled with :mod:`zipfile`. Files written here load in NumPy and
NumPy's files load here, bit for bit.
"""

from __future__ import annotations

import io
import os
import pickle
import struct
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from typing import IO, Any, Literal

import torch

from . import _creation_impl
from . import _npy_format as _fmt
from ._defaults_impl import default_device
from ._dtypes import to_torch_dtype
from ._flags import c_contiguous, f_contiguous
from ._ndarray import ndarray, wrap_tensor
from ._normalizer import DeviceLike, DTypeLike, as_tensor, normalize_device

__all__ = ["fromfile", "load", "save", "savez", "savez_compressed"]

_ZIP_PREFIXES = (b"PK\x03\x04", b"PK\x05\x06")  # a zip file; an empty zip file

# what a damaged zip member can raise while it is opened or read; reported as BadZipFile
_ZIP_ERRORS = (
    zlib.error,
    struct.error,
    NotImplementedError,
    OverflowError,
    EOFError,
    RuntimeError,
    TypeError,
    IndexError,
)


def _to_device(t: torch.Tensor) -> ndarray:
    dev = default_device()
    return wrap_tensor(t if t.device == dev else t.to(dev))


def _write_npy(fp: IO[bytes], arr: Any, version: tuple[int, int] | None = None) -> None:
    t = as_tensor(arr)
    fortran = t.dim() > 1 and not c_contiguous(t) and f_contiguous(t)
    header, _ = _fmt.header_bytes(tuple(t.shape), fortran, _fmt.descr_of(t.dtype), version)
    fp.write(header)
    a = arr if isinstance(arr, ndarray) else wrap_tensor(t)
    fp.write(a.tobytes("F" if fortran else "C"))


def save(file: Any, arr: Any, allow_pickle: bool = True) -> None:
    """Write one array to a ``.npy`` file, as ``numpy.save``.

    ``file`` is a path (``.npy`` is appended when missing) or a binary file object. The
    oldest format version that holds the header is used (1.0, else 2.0, else 3.0), and the
    data is written in C order, or in Fortran order for Fortran-contiguous arrays, as NumPy
    does, so the bytes equal NumPy's. ``allow_pickle`` is accepted and has no effect: tnp has
    no object arrays. Differs from NumPy: bfloat16 arrays are refused with ``ValueError``
    (NumPy has no bfloat16 descr).
    """
    if hasattr(file, "write"):
        _write_npy(file, arr)
        return
    path = os.fspath(file)
    if not str(path).endswith(".npy"):
        path = str(path) + ".npy"
    # build the bytes first, so a refused array leaves no half-written file
    buffer = io.BytesIO()
    _write_npy(buffer, arr)
    with open(path, "wb") as handle:
        handle.write(buffer.getbuffer())


def _read_npy(fp: IO[bytes], allow_pickle: bool, max_header_size: int) -> ndarray:
    return _to_device(_fmt.read_array(fp, allow_pickle, max_header_size))


class NpzFile(Mapping[str, Any]):
    """The arrays of a ``.npz`` archive, read lazily on access, as ``numpy.lib.npyio.NpzFile``.

    ``files`` lists the member names without their ``.npy`` suffix; ``archive[name]`` reads
    one array (members that are not ``.npy`` data come back as ``bytes``, as in NumPy). Use it
    as a context manager or call ``close()``.
    """

    zip: zipfile.ZipFile | None
    fid: IO[bytes] | None

    def __init__(
        self,
        fid: IO[bytes],
        own_fid: bool = False,
        allow_pickle: bool = False,
        *,
        max_header_size: int = _fmt.MAX_HEADER_SIZE,
    ) -> None:
        self.zip = None
        self.fid = fid if own_fid else None
        try:
            archive = zipfile.ZipFile(fid, allowZip64=True)
            names = archive.namelist()
        except _ZIP_ERRORS as exc:
            self.close()
            raise zipfile.BadZipFile(f"damaged .npz archive: {exc}") from exc
        except BaseException:
            self.close()
            raise
        self.zip = archive
        self.files = [name.removesuffix(".npy") for name in names]
        self._members = dict(zip(self.files, names, strict=True))
        self._members.update(zip(names, names, strict=True))
        self.allow_pickle = allow_pickle
        self.max_header_size = max_header_size

    def __enter__(self) -> NpzFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the archive (and the file, when ``load`` opened it)."""
        if self.zip is not None:
            self.zip.close()
            self.zip = None
        if self.fid is not None:
            self.fid.close()
            self.fid = None

    def __del__(self) -> None:
        self.close()

    def __iter__(self) -> Iterator[str]:
        return iter(self.files)

    def __len__(self) -> int:
        return len(self.files)

    def __contains__(self, key: object) -> bool:
        return key in self._members

    def __getitem__(self, key: str) -> Any:
        member = self._members.get(key)
        if member is None:
            raise KeyError(f"{key} is not a file in the archive")
        if self.zip is None:
            raise ValueError("I/O operation on closed NpzFile")
        try:
            with self.zip.open(member) as stream:
                magic = stream.read(len(_fmt.MAGIC_PREFIX))
                if magic != _fmt.MAGIC_PREFIX:
                    return magic + stream.read()
                stream.seek(0)
                return _read_npy(stream, self.allow_pickle, self.max_header_size)
        except _ZIP_ERRORS as exc:
            if isinstance(exc, NotImplementedError) and isinstance(exc, ValueError):
                raise  # an out-of-scope dtype in a sound archive
            raise zipfile.BadZipFile(f"damaged member {member!r} in .npz archive: {exc}") from exc

    def __repr__(self) -> str:
        name = getattr(self.fid, "name", "object")
        shown = ", ".join(self.files[:5]) + ("..." if len(self.files) > 5 else "")
        return f"NpzFile {name!r} with keys: {shown}"


def load(
    file: Any,
    mmap_mode: Literal["r+", "r", "w+", "c"] | None = None,
    allow_pickle: bool = False,
    fix_imports: bool = True,
    encoding: Literal["ASCII", "latin1", "bytes"] = "ASCII",
    *,
    max_header_size: int = _fmt.MAX_HEADER_SIZE,
) -> Any:
    """Read an array from a ``.npy`` file, or an ``NpzFile`` from a ``.npz`` archive, as
    ``numpy.load``.

    Every supported dtype in little- or big-endian byte order (converted to native), C or
    Fortran order, format versions 1.0 to 3.0. The array goes to the default device.
    Malformed headers, truncated data and shapes larger than the file raise ``ValueError``
    before anything of the claimed size is allocated; headers longer than
    ``max_header_size`` characters are refused. With ``allow_pickle=False`` (the default)
    pickles and object arrays raise ``ValueError``; with ``allow_pickle=True`` a pickle file is
    unpickled as in NumPy. Differs from NumPy: ``mmap_mode`` must be None (memmap is out of
    tnp's scope, ``NotImplementedError``); files holding string, datetime, structured or
    object data raise an error that is both ``NotImplementedError`` and ``ValueError``.
    """
    if mmap_mode is not None:
        raise NotImplementedError("load: mmap_mode is not supported, memmap is out of tnp's scope")
    if encoding not in ("ASCII", "latin1", "bytes"):
        raise ValueError("encoding must be 'ASCII', 'latin1', or 'bytes'")
    if allow_pickle:
        max_header_size = 2**64
    own = not hasattr(file, "read")
    fid: IO[bytes] = open(os.fspath(file), "rb") if own else file  # noqa: SIM115
    try:
        magic = fid.read(len(_fmt.MAGIC_PREFIX))
        if not magic:
            raise EOFError("No data left in file")
        fid.seek(-len(magic), 1)
        if magic.startswith(_ZIP_PREFIXES):
            archive = NpzFile(fid, own_fid=own, allow_pickle=allow_pickle,
                              max_header_size=max_header_size)  # fmt: skip
            own = False  # the archive closes the file now
            return archive
        if magic == _fmt.MAGIC_PREFIX:
            return _read_npy(fid, allow_pickle, max_header_size)
        if not allow_pickle:
            raise ValueError(
                "This file contains pickled (object) data. If you trust the file you can load "
                "it unsafely using the `allow_pickle=` keyword argument or `pickle.load()`."
            )
        try:
            return pickle.load(fid, fix_imports=fix_imports, encoding=encoding)
        except Exception as exc:
            raise pickle.UnpicklingError(f"Failed to interpret file {file!r} as a pickle") from exc
    finally:
        if own:
            fid.close()


def _savez(file: Any, args: tuple[Any, ...], kwds: dict[str, Any], compress: bool) -> None:
    if not hasattr(file, "write"):
        file = os.fspath(file)
        if not str(file).endswith(".npz"):
            file = str(file) + ".npz"
    named = dict(kwds)
    for i, value in enumerate(args):
        key = f"arr_{i}"
        if key in named:
            raise ValueError(f"Cannot use un-named variables and keyword {key}")
        named[key] = value
    # every member is encoded before the archive is opened: a refused array writes nothing
    members = []
    for key, value in named.items():
        buffer = io.BytesIO()
        _write_npy(buffer, value)
        members.append((key + ".npy", buffer.getvalue()))
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with zipfile.ZipFile(file, mode="w", compression=method, allowZip64=True) as archive:
        for name, payload in members:
            with archive.open(name, "w", force_zip64=True) as stream:
                stream.write(payload)


def savez(file: Any, *args: Any, allow_pickle: bool = True, **kwds: Any) -> None:
    """Save several arrays into an uncompressed ``.npz`` archive, as ``numpy.savez``.

    Positional arrays are stored as ``arr_0``, ``arr_1``, ...; keyword arrays under their
    names; ``.npz`` is appended to a path without it. ``allow_pickle`` has no effect (tnp has
    no object arrays). bfloat16 arrays are refused with ``ValueError``.
    """
    _savez(file, args, kwds, compress=False)


def savez_compressed(file: Any, *args: Any, allow_pickle: bool = True, **kwds: Any) -> None:
    """Save several arrays into a deflate-compressed ``.npz`` archive, as
    ``numpy.savez_compressed`` (names as in ``savez``)."""
    _savez(file, args, kwds, compress=True)


def fromfile(
    file: Any,
    dtype: DTypeLike = float,
    count: int = -1,
    sep: str = "",
    offset: int = 0,
    *,
    like: Any = None,
    device: DeviceLike = None,
) -> ndarray:
    """A 1-D array of the data in a file, as ``numpy.fromfile``.

    With ``sep=""`` the file is raw binary: ``offset`` bytes are skipped from the current
    position, then ``count`` items (all when -1) are read; a short file gives fewer items,
    as NumPy. With a separator the file is text, read as ``fromstring(text, sep=sep)``
    (``offset`` must then be 0). ``file`` is a path or an open file, whose position ends after
    what was read. ``device=`` is a tnp extension.
    """
    target = to_torch_dtype(float if dtype is None else dtype)
    dev = normalize_device(device)
    count = int(count)
    own = not hasattr(file, "read")
    fid: IO[Any] = open(os.fspath(file), "rb") if own else file  # noqa: SIM115
    try:
        if sep == "":
            if offset:
                fid.seek(int(offset), 1)
            itemsize = target.itemsize
            if count < 0:
                data = fid.read()
                data = data[: len(data) - len(data) % itemsize]
            else:
                data = fid.read(count * itemsize)
                if len(data) % itemsize:
                    # step back over the partial item, as C's fread leaves it unread
                    fid.seek(-(len(data) % itemsize), 1)
                    data = data[: len(data) - len(data) % itemsize]
            if isinstance(data, str):
                raise TypeError("fromfile: binary mode needs a file opened in binary mode")
            t = _creation_impl.frombuffer(bytearray(data), target, -1, 0, None)
            if target is torch.bool:
                t = t.view(torch.uint8) != 0
        else:
            if offset:
                raise TypeError("'offset' argument only permitted for binary files")
            text = fid.read()
            t = _creation_impl.fromstring(text, target, count, sep, None)
    finally:
        if own:
            fid.close()
    return wrap_tensor(t.to(dev if dev is not None else default_device()))
