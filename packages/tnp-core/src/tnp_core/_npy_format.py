"""The ``.npy`` file format (versions 1.0, 2.0 and 3.0), read and written without NumPy.

A ``.npy`` file is the magic string ``\\x93NUMPY``, two version bytes, the header length
(2 bytes little-endian in version 1.0, 4 bytes in 2.0 and 3.0), and a header: the text of a
Python dict ``{'descr': ..., 'fortran_order': ..., 'shape': ...}`` padded with spaces and a
newline so that the data starts at a multiple of 64 bytes. The data follows, raw, in C or
Fortran order.

Reading is defensive: the header is parsed with ``ast.literal_eval`` only below a size limit,
every field is checked, and the data is read in bounded chunks, so a file whose header claims
more elements than it holds raises ``ValueError`` without allocating the claimed size.
"""

from __future__ import annotations

import ast
import re
import struct
import sys
from typing import IO, Any, Final

import torch

from . import _dtypes_impl as _di

__all__: list[str] = []

MAGIC_PREFIX: Final = b"\x93NUMPY"
MAGIC_LEN: Final = len(MAGIC_PREFIX) + 2
ARRAY_ALIGN: Final = 64
# room left after the header so that a writer can grow the leading axis in place (as NumPy)
GROWTH_AXIS_MAX_DIGITS: Final = 21
MAX_HEADER_SIZE: Final = 10000
READ_CHUNK: Final = 1 << 18

_HEADER_INFO: Final[dict[tuple[int, int], tuple[str, str]]] = {
    (1, 0): ("<H", "latin1"),
    (2, 0): ("<I", "latin1"),
    (3, 0): ("<I", "utf8"),
}

_NATIVE = "<" if sys.byteorder == "little" else ">"

# descr letter + item size -> torch dtype, for the dtypes tnp supports
_BY_CODE: Final[dict[str, torch.dtype]] = {
    "b1": _di.BOOL,
    "i1": _di.INT8,
    "i2": _di.INT16,
    "i4": _di.INT32,
    "i8": _di.INT64,
    "u1": _di.UINT8,
    "u2": _di.UINT16,
    "u4": _di.UINT32,
    "u8": _di.UINT64,
    "f2": _di.FLOAT16,
    "f4": _di.FLOAT32,
    "f8": _di.FLOAT64,
    "c8": _di.COMPLEX64,
    "c16": _di.COMPLEX128,
}
_CODE_OF: Final[dict[torch.dtype, str]] = {td: code for code, td in _BY_CODE.items()}

_OUT_OF_SCOPE_KINDS: Final = {
    "U": "string",
    "S": "bytes",
    "a": "bytes",
    "V": "void (structured)",
    "M": "datetime",
    "m": "timedelta",
    "f": "longdouble",
    "c": "clongdouble",
}


class UnsupportedFileDtypeError(NotImplementedError, ValueError):
    """A file holds a dtype tnp does not support (strings, datetimes, structured ...).

    Both ``NotImplementedError`` (the dtype is out of tnp's scope) and ``ValueError`` (the file
    cannot be read as an array), so code that guards ``load`` with ``except ValueError`` keeps
    working.
    """


def descr_of(td: torch.dtype) -> str:
    """The ``descr`` string NumPy writes for a dtype (``'<f8'``, ``'|b1'``, ...).

    bfloat16 has no NumPy descr, so it is refused with ``ValueError``.
    """
    code = _CODE_OF.get(td)
    if code is None:
        raise ValueError(
            f"cannot save a {td} array in .npy format: NumPy has no such dtype (cast it to "
            "float32 first)"
        )
    return ("|" if td.itemsize == 1 else _NATIVE) + code


def header_bytes(
    shape: tuple[int, ...], fortran_order: bool, descr: str, version: tuple[int, int] | None
) -> tuple[bytes, tuple[int, int]]:
    """The magic string, length and padded header NumPy writes, and the version used.

    With ``version=None`` the oldest version that can hold the header is chosen, as NumPy
    does: 1.0, then 2.0 for headers of 64 KiB or more, 3.0 for text that latin-1 cannot hold.
    """
    fields = {"descr": descr, "fortran_order": fortran_order, "shape": shape}
    text = "{" + "".join(f"'{k}': {v!r}, " for k, v in sorted(fields.items())) + "}"
    if shape:
        text += " " * (GROWTH_AXIS_MAX_DIGITS - len(repr(shape[-1 if fortran_order else 0])))
    versions = [version] if version is not None else [(1, 0), (2, 0), (3, 0)]
    last_error: Exception | None = None
    for v in versions:
        info = _HEADER_INFO.get(v)
        if info is None:
            raise ValueError(f"we only support format version (1,0), (2,0), and (3,0), not {v!r}")
        fmt, encoding = info
        try:
            encoded = text.encode(encoding)
        except UnicodeEncodeError as exc:
            last_error = exc
            continue
        hlen = len(encoded) + 1
        pad = ARRAY_ALIGN - ((MAGIC_LEN + struct.calcsize(fmt) + hlen) % ARRAY_ALIGN)
        try:
            prefix = MAGIC_PREFIX + bytes(v) + struct.pack(fmt, hlen + pad)
        except struct.error:
            last_error = ValueError(f"Header length {hlen} too big for version={v}")
            continue
        return prefix + encoded + b" " * pad + b"\n", v
    assert last_error is not None
    raise ValueError(str(last_error)) from last_error


def read_exact(fp: IO[bytes], size: int, what: str) -> bytes:
    """``size`` bytes from ``fp``; ``ValueError`` if the file ends first.

    Reads in chunks of at most ``READ_CHUNK`` bytes, so memory grows with what the file
    really holds, never with the size a corrupt header claims.
    """
    chunks: list[bytes] = []
    got = 0
    while got < size:
        try:
            chunk = fp.read(min(READ_CHUNK, size - got))
        except BlockingIOError:
            continue
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    if got != size:
        raise ValueError(f"EOF: reading {what}, expected {size} bytes got {got}")
    return b"".join(chunks)


def _dtype_of_descr(descr: object) -> tuple[torch.dtype, bool, bool]:
    """(torch dtype, needs a byte swap, is an object dtype) for a header's ``descr``."""
    if not isinstance(descr, str):
        if isinstance(descr, list):
            raise UnsupportedFileDtypeError(
                f"the file holds a structured dtype {descr!r}: structured dtypes are out of "
                "tnp's scope"
            )
        raise ValueError(f"descr is not a valid dtype descriptor: {descr!r}")
    order, code = (descr[0], descr[1:]) if descr[:1] in "<>|=" and descr else ("=", descr)
    if code in ("O", "O4", "O8"):
        return _di.INT8, False, True
    td = _BY_CODE.get(code)
    if td is None:
        kind = code[:1]
        if kind in _OUT_OF_SCOPE_KINDS and (kind not in "fc" or code[1:].isdigit()):
            raise UnsupportedFileDtypeError(
                f"the file holds data of dtype {descr!r} ({_OUT_OF_SCOPE_KINDS[kind]}), which "
                "tnp does not support"
            )
        raise ValueError(f"descr is not a valid dtype descriptor: {descr!r}")
    swap = td.itemsize > 1 and order in "<>" and order != _NATIVE
    return td, swap, False


def read_header(
    fp: IO[bytes], max_header_size: int
) -> tuple[tuple[int, ...], bool, torch.dtype, bool, bool]:
    """Read magic, version and header: (shape, fortran_order, dtype, swap, is_object)."""
    magic = read_exact(fp, MAGIC_LEN, "magic string")
    if magic[:-2] != MAGIC_PREFIX:
        raise ValueError(
            f"the magic string is not correct; expected {MAGIC_PREFIX!r}, got {magic[:-2]!r}"
        )
    version = (magic[-2], magic[-1])
    info = _HEADER_INFO.get(version)
    if info is None:
        raise ValueError(f"we only support format version (1,0), (2,0), and (3,0), not {version!r}")
    fmt, encoding = info
    (hlen,) = struct.unpack(fmt, read_exact(fp, struct.calcsize(fmt), "array header length"))
    if hlen > max_header_size * 4 + 64:
        # longer than any header within the limit could be, even in UTF-8: refuse unread
        raise _header_too_large(hlen)
    raw = read_exact(fp, hlen, "array header")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ValueError(f"Cannot decode header: {exc}") from None
    if len(text) > max_header_size:
        raise _header_too_large(len(text))
    d = _literal(text, version)
    if not isinstance(d, dict):
        raise ValueError(f"Header is not a dictionary: {d!r}")
    if d.keys() != {"descr", "fortran_order", "shape"}:
        raise ValueError(f"Header does not contain the correct keys: {sorted(map(repr, d))!r}")
    shape = d["shape"]
    if not isinstance(shape, tuple) or not all(isinstance(n, int) for n in shape):
        raise ValueError(f"shape is not valid: {shape!r}")
    if any(n < 0 for n in shape):
        raise ValueError(f"negative dimensions are not allowed: shape {shape!r}")
    if len(shape) > 64:
        raise ValueError(f"maximum supported dimension for an ndarray is 64, found {len(shape)}")
    fortran = d["fortran_order"]
    if not isinstance(fortran, bool):
        raise ValueError(f"fortran_order is not a valid bool: {fortran!r}")
    td, swap, is_object = _dtype_of_descr(d["descr"])
    return tuple(int(n) for n in shape), fortran, td, swap, is_object


def _header_too_large(size: int) -> ValueError:
    return ValueError(
        f"Header info length ({size}) is large and may not be safe to load securely.\n"
        "To allow loading, adjust `max_header_size` or fully trust the `.npy` file using "
        "`allow_pickle=True`."
    )


def _literal(text: str, version: tuple[int, int]) -> Any:
    try:
        return ast.literal_eval(text)
    except (SyntaxError, ValueError, TypeError, MemoryError, RecursionError) as exc:
        if version <= (2, 0):
            # headers written by Python 2 may carry long-integer suffixes such as ``3L``
            try:
                return ast.literal_eval(re.sub(r"(?<=\d)[lL]\b", "", text))
            except (SyntaxError, ValueError, TypeError, MemoryError, RecursionError):
                pass
        raise ValueError(f"Cannot parse header: {text!r}") from exc


def read_array(fp: IO[bytes], allow_pickle: bool, max_header_size: int) -> torch.Tensor:
    """The array stored in a ``.npy`` stream, on the CPU, in native byte order.

    Fortran-ordered data comes back as a Fortran-strided tensor holding the right values.
    """
    shape, fortran, td, swap, is_object = read_header(fp, max_header_size)
    if is_object:
        if not allow_pickle:
            raise ValueError("Object arrays cannot be loaded when allow_pickle=False")
        raise UnsupportedFileDtypeError(
            "the file holds an object array: object dtypes are out of tnp's scope"
        )
    count = 1
    for n in shape:
        count *= n
    nbytes = count * td.itemsize
    try:
        data = read_exact(fp, nbytes, "array data")
    except ValueError:
        raise ValueError(
            f"Failed to read all data for array. Expected {shape} = {count} elements, the "
            "file holds fewer. (file seems not fully written?)"
        ) from None
    flat = torch.frombuffer(bytearray(data), dtype=torch.uint8) if nbytes else None
    if flat is None:
        t = torch.empty(count, dtype=td)
    else:
        if swap:
            part = td.itemsize // 2 if td.is_complex else td.itemsize
            flat = flat.view(-1, part).flip(-1).reshape(-1)
        t = flat != 0 if td is _di.BOOL else flat.view(td)
    if fortran and len(shape) > 1:
        return t.reshape(shape[::-1]).permute(*range(len(shape) - 1, -1, -1))
    return t.reshape(shape)
