"""Text file I/O as ``numpy.savetxt``, ``numpy.loadtxt`` and ``numpy.genfromtxt``.

Reading and writing text is per-item string work, done in Python; the numbers are gathered
in lists and turned into one tensor at the end.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import operator
import os
import struct
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any

import torch

from . import _dtypes_impl as _di
from ._defaults_impl import default_device
from ._dtypes import to_torch_dtype
from ._ndarray import ndarray, wrap_tensor
from ._normalizer import as_tensor

__all__ = ["genfromtxt", "loadtxt", "savetxt"]


# ----------------------------------------------------------------------------- files
def _open_path(path: str, mode: str, encoding: str | None) -> Any:
    if path.endswith(".gz"):
        return gzip.open(path, mode + "t", encoding=encoding)
    if path.endswith(".bz2"):
        return bz2.open(path, mode + "t", encoding=encoding)
    if path.endswith(".xz"):
        return lzma.open(path, mode + "t", encoding=encoding)
    return open(path, mode, encoding=encoding)


class _Lines:
    """The lines of a path, an open file or an iterable of (byte) strings, as ``str``."""

    def __init__(self, fname: Any, encoding: str | None) -> None:
        self._own: IO[Any] | None = None
        if isinstance(fname, (str, os.PathLike)):
            self._own = _open_path(os.fspath(fname), "r", encoding)
            source: Iterable[Any] = self._own
        else:
            try:
                source = iter(fname)
            except TypeError:
                raise TypeError(
                    "fname must be a string, filehandle, list of strings,\nor generator. Got "
                    f"{type(fname)} instead."
                ) from None
        self._source = source
        self._encoding = "latin1" if encoding in (None, "bytes") else encoding

    def __iter__(self) -> Iterator[str]:
        enc = self._encoding
        for line in self._source:
            if isinstance(line, (bytes, bytearray)):
                line = bytes(line).decode(enc)
            elif not isinstance(line, str):
                raise TypeError(f"lines must be str or bytes, not {type(line).__name__}")
            yield line

    def close(self) -> None:
        if self._own is not None:
            self._own.close()


# ----------------------------------------------------------------------------- parsing
def _parse_int(text: str, td: torch.dtype) -> int:
    s = text.strip()
    if "_" in s:
        raise ValueError(s)
    value = int(s)
    low, high = _di.int_bounds(td)
    if not low <= value <= high or (s[:1] == "-" and low == 0):
        raise ValueError(s)
    return value


def _parse_float(text: str) -> float:
    if "_" in text:
        raise ValueError(text)
    return float(text)


def _parse_complex(text: str) -> complex:
    if "_" in text:
        raise ValueError(text)
    return complex(text.strip())


def _parser(td: torch.dtype) -> Callable[[str], Any]:
    k = _di.kind(td)
    if k == "b":
        return lambda s: _parse_int(s, _di.INT64) != 0
    if k in "iu":
        return lambda s: _parse_int(s, td)
    if k == "f":
        return _parse_float
    return _parse_complex


def _control_char(value: Any, what: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin1")
    if not isinstance(value, str) or len(value) != 1:
        raise TypeError(
            "Text reading control character must be a single unicode character or None; but "
            f"got: {value!r}"
        )
    return value


def _split_quoted(
    line: str, delimiter: str | None, comments: Sequence[str], quote: str
) -> list[str]:
    fields: list[str] = []
    current: list[str] = []
    i, n = 0, len(line)
    in_quotes = False
    started = False
    while i < n:
        ch = line[i]
        if in_quotes:
            if ch == quote:
                if i + 1 < n and line[i + 1] == quote:
                    current.append(quote)
                    i += 2
                    continue
                in_quotes = False
            else:
                current.append(ch)
            i += 1
            continue
        if any(line.startswith(c, i) for c in comments):
            break
        if ch == quote:
            in_quotes = True
            started = True
        elif (delimiter is None and ch.isspace()) or ch == delimiter:
            if delimiter is not None or started:
                fields.append("".join(current))
            current, started = [], False
        else:
            current.append(ch)
            started = True
        i += 1
    if started or (delimiter is not None and bool(fields or current or line[:i].strip(" \t"))):
        fields.append("".join(current))
    return fields


def _split(
    line: str, delimiter: str | None, comments: Sequence[str], quote: str | None
) -> list[str]:
    """The fields of one line; an empty list for a line without data."""
    line = line.rstrip("\r\n")
    if quote is not None:
        return _split_quoted(line, delimiter, comments, quote)
    for c in comments:
        cut = line.find(c)
        if cut >= 0:
            line = line[:cut]
    if delimiter is None:
        return line.split()
    return line.split(delimiter) if line else []


def _ensure_ndmin(t: torch.Tensor, ndmin: int) -> torch.Tensor:
    if t.dim() > ndmin:
        t = t.squeeze()
    if t.dim() < ndmin:
        if ndmin == 1:
            t = t.reshape(-1)
        elif ndmin == 2:
            t = t.reshape(1, -1).T if t.dim() else t.reshape(1, 1)
    return t


def _check_ndmin(ndmin: int) -> None:
    if ndmin not in (0, 1, 2):
        raise ValueError(f"Illegal value of ndmin keyword: {ndmin}")


def _nonneg(value: Any) -> int:
    value = operator.index(value)
    if value < 0:
        raise ValueError("argument must be nonnegative")
    return int(value)


def _to_tensor(rows: list[list[Any]], ncols: int, td: torch.dtype) -> torch.Tensor:
    if not rows:
        return torch.empty((0, ncols), dtype=td)
    if td is _di.BOOL:
        return torch.tensor(rows, dtype=_di.FLOAT64 if _has_float(rows) else _di.INT64) != 0
    if td is _di.UINT64:
        # torch makes uint64 tensors from Python ints only through their int64 bit patterns
        bits = [[int(v) - (1 << 64) if int(v) >= 1 << 63 else int(v) for v in r] for r in rows]
        return torch.tensor(bits, dtype=_di.INT64).view(_di.UINT64)
    if td in _di.UNSIGNED_WIDE:
        return torch.tensor(rows, dtype=_di.INT64).to(td)
    return torch.tensor(rows, dtype=td)


def _has_float(rows: list[list[Any]]) -> bool:
    return any(isinstance(v, float) for r in rows for v in r)


def _normalize_comments(comments: Any) -> list[str]:
    if comments is None:
        return []
    if isinstance(comments, (str, bytes)):
        comments = [comments]
    out = [c.decode("latin1") if isinstance(c, bytes) else str(c) for c in comments]
    if any(c == "" for c in out):
        raise ValueError(
            "comments cannot be an empty string. Use comments=None to disable comments."
        )
    return out


# ----------------------------------------------------------------------------- loadtxt
def loadtxt(
    fname: Any,
    dtype: Any = float,
    comments: str | Sequence[str] | None = "#",
    delimiter: str | None = None,
    converters: dict[int, Callable[[str], Any]] | Callable[[str], Any] | None = None,
    skiprows: int = 0,
    usecols: int | Sequence[int] | None = None,
    unpack: bool = False,
    ndmin: int = 0,
    encoding: str | None = None,
    max_rows: int | None = None,
    *,
    quotechar: str | None = None,
    like: Any = None,
) -> ndarray:
    """Load numbers from a text file, as ``numpy.loadtxt``.

    ``fname`` is a path (``.gz``/``.bz2``/``.xz`` decompressed), an open file, or an iterable
    of lines (str or bytes). Matches NumPy's keywords and its errors (``ValueError`` naming
    the row and column of a value that does not parse, or a row whose number of columns
    changes). ``skiprows`` counts every line; ``max_rows`` counts rows of data only. Only
    numeric and bool dtypes are in scope (string and structured dtypes raise
    ``NotImplementedError``). The array goes to the default device.
    """
    _check_ndmin(ndmin)
    td = to_torch_dtype(float if dtype is None else dtype)
    comment_list = _normalize_comments(comments)
    delim = _control_char(delimiter, "delimiter")
    quote = _control_char(quotechar, "quotechar")
    if delim is not None and any(c == delim for c in comment_list):
        raise TypeError(
            "The values for control characters 'comment' and 'delimiter' are incompatible"
        )
    skiprows = _nonneg(skiprows)
    limit = None if max_rows is None else _nonneg(max_rows)
    single_col = False
    cols: list[int] | None = None
    if usecols is not None:
        if isinstance(usecols, (list, tuple)) or hasattr(usecols, "__len__"):
            seq = list(usecols)  # type: ignore[arg-type]
        else:
            seq, single_col = [usecols], True
        cols = []
        for c in seq:
            try:
                cols.append(operator.index(c))
            except TypeError:
                raise TypeError(
                    "usecols must be an int or a sequence of ints but it contains at least one "
                    f"element of type '{type(c).__name__}'"
                ) from None
    if converters is not None and not callable(converters) and not isinstance(converters, dict):
        raise TypeError(
            "converters must be a dictionary mapping columns to converter functions or a "
            "single callable."
        )
    parse = _parser(td)
    kind_name = str(td).removeprefix("torch.")

    rows: list[list[Any]] = []
    ncols = -1
    lines = _Lines(fname, encoding)
    funcs: list[Callable[[str], Any]] = []
    try:
        for number, line in enumerate(lines):
            if number < skiprows:
                continue
            if limit is not None and len(rows) >= limit:
                break
            fields = _split(line, delim, comment_list, quote)
            if not fields:
                continue
            if ncols < 0:
                ncols = len(fields)
                funcs = _column_funcs(converters, ncols, cols, parse)
            elif len(fields) != ncols and cols is None:
                raise ValueError(
                    f"the number of columns changed from {ncols} to {len(fields)} at row "
                    f"{len(rows) + 1}; use `usecols` to select a subset and avoid this error"
                )
            if cols is not None:
                picked = []
                for c in cols:
                    if not -len(fields) <= c < len(fields):
                        raise ValueError(
                            f"invalid column index {c} at row {len(rows) + 1} with "
                            f"{len(fields)} columns"
                        )
                    picked.append(fields[c])
                fields = picked
            row = []
            for j, (func, text) in enumerate(zip(funcs, fields, strict=False)):
                try:
                    value = func(text)
                    if isinstance(value, str):
                        value = parse(value)
                except ValueError:
                    raise ValueError(
                        f"could not convert string {text!r} to {_np_name(kind_name)} at row "
                        f"{len(rows)}, column {j + 1}."
                    ) from None
                row.append(value)
            rows.append(row)
    finally:
        lines.close()
    width = len(cols) if cols is not None else max(ncols, 0)
    if not rows:
        warnings.warn(f'loadtxt: input contained no data: "{fname}"', UserWarning, stacklevel=2)
    t = _to_tensor(rows, width, td)
    if single_col:
        t = t.reshape(-1)
    if not rows and cols is None:
        t = t.reshape(0)
    t = _ensure_ndmin(t, ndmin)
    if unpack:
        t = t.T
    return wrap_tensor(t.to(default_device()))


def _np_name(torch_name: str) -> str:
    return {"bool": "bool"}.get(torch_name, torch_name)


def _column_funcs(
    converters: Any, ncols: int, cols: list[int] | None, parse: Callable[[str], Any]
) -> list[Callable[[str], Any]]:
    """One function per output column: the user's converter or the dtype's parser."""
    picked = cols if cols is not None else list(range(ncols))
    if converters is None:
        return [parse] * len(picked)
    if callable(converters):
        return [converters] * len(picked)
    by_col: dict[int, Callable[[str], Any]] = {}
    for key, func in converters.items():
        k = operator.index(key)
        if not -ncols <= k < ncols:
            raise ValueError(
                f"converter specified for column {k}, which is invalid for the number of "
                f"fields {ncols}."
            )
        by_col[k % ncols] = func
    return [by_col.get(c % ncols if ncols else c, parse) for c in picked]


# ----------------------------------------------------------------------------- savetxt
def savetxt(
    fname: Any,
    X: Any,
    fmt: str | Sequence[str] = "%.18e",
    delimiter: str = " ",
    newline: str = "\n",
    header: str = "",
    footer: str = "",
    comments: str = "# ",
    encoding: str | None = None,
) -> None:
    """Write a 1-D or 2-D array to a text file, as ``numpy.savetxt``.

    ``fmt`` is one %-format for every column, a sequence of one per column, or a whole
    row's format; complex values use ``' (%s+%sj)'`` around a single format, or take two
    formats per column, as NumPy. ``header`` and ``footer`` lines start with ``comments``.
    Open binary files receive the text encoded with ``encoding`` (latin-1 by default).
    ``'%s'`` and ``'%r'`` show float16/float32 items with their shortest text, as NumPy's
    scalars print.
    """
    t = as_tensor(X)
    if t.dim() == 0 or t.dim() > 2:
        raise ValueError(f"Expected 1D or 2D array, got {t.dim()}D array instead")
    if t.dim() == 1:
        t = t.reshape(-1, 1)
    ncol = t.shape[1]
    is_complex = t.is_complex()
    if isinstance(fmt, (list, tuple)):
        if len(fmt) != ncol:
            raise AttributeError(f"fmt has wrong shape.  {fmt}")
        row_format = delimiter.join(fmt)
    elif isinstance(fmt, str):
        n_specs = fmt.count("%")
        error = ValueError(f"fmt has wrong number of % formats:  {fmt}")
        if n_specs == 1:
            one = f" ({fmt}+{fmt}j)" if is_complex else fmt
            row_format = delimiter.join([one] * ncol)
        elif (is_complex and n_specs != 2 * ncol) or (not is_complex and n_specs != ncol):
            raise error
        else:
            row_format = fmt
    else:
        raise ValueError(f"invalid fmt: {fmt!r}")

    data = t.detach().resolve_conj().resolve_neg().cpu()
    if data.dtype in (_di.UINT16, _di.UINT32):
        data = data.to(_di.INT64)
    if data.dtype is _di.UINT64:
        rows_list = [[v & 0xFFFFFFFFFFFFFFFF for v in r] for r in data.view(_di.INT64).tolist()]
    else:
        rows_list = data.tolist()
    short = {_di.FLOAT16: "e", _di.FLOAT32: "f", _di.COMPLEX64: "f"}.get(data.dtype)
    if data.dtype is _di.BOOL:
        rows_list = [[_BOOLS[v] for v in r] for r in rows_list]
    if is_complex:
        rows_list = [[part for z in r for part in (z.real, z.imag)] for r in rows_list]
    if short is not None and _has_text_conversion(row_format):
        rows_list = [[_short_number(v, short) for v in r] for r in rows_list]
    parts: list[str] = []
    if header:
        parts.append(comments + header.replace("\n", "\n" + comments) + newline)
    if is_complex:
        for row in rows_list:
            parts.append((row_format % tuple(row) + newline).replace("+-", "-"))
    else:
        for row in rows_list:
            try:
                parts.append(row_format % tuple(row) + newline)
            except TypeError:
                raise TypeError(
                    f"Mismatch between array dtype ('{str(t.dtype).removeprefix('torch.')}') "
                    f"and format specifier ('{row_format}')"
                ) from None
    if footer:
        parts.append(comments + footer.replace("\n", "\n" + comments) + newline)
    text = "".join(parts)

    if hasattr(fname, "write"):
        try:
            fname.write(text)
        except TypeError:
            fname.write(text.encode(encoding or "latin1"))
        return
    with _open_path(os.fspath(fname), "w", encoding) as handle:
        handle.write(text)


class _Bool:
    """A bool item as NumPy's bool scalar formats: a number for ``%d``/``%g``, ``True`` for
    ``%s``, and no ``__index__`` (so ``%x`` raises ``TypeError``, as NumPy's does)."""

    __slots__ = ("value",)

    def __init__(self, value: bool) -> None:
        self.value = value

    def __int__(self) -> int:
        return int(self.value)

    def __float__(self) -> float:
        return float(self.value)

    def __str__(self) -> str:
        return str(self.value)

    __repr__ = __str__


_BOOLS = {True: _Bool(True), False: _Bool(False)}


def _has_text_conversion(row_format: str) -> bool:
    return any(spec.lstrip("#0- +.123456789*")[:1] == "s" for spec in row_format.split("%")[1:])


class _ShortFloat(float):
    """A float that prints with the fewest digits that still give the same narrow float."""

    text: str

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__


def _shortest_text(value: float, code: str) -> str:
    """The text NumPy's ``str`` gives a float16 (``code='e'``) or float32 (``'f'``) value."""
    if value != value or value in (float("inf"), float("-inf")):
        return repr(value)
    for digits in range(1, 18):
        candidate = float(f"{value:.{digits}g}")
        try:
            if struct.unpack(code, struct.pack(code, candidate))[0] == value:
                break
        except OverflowError:
            continue
    else:
        return repr(value)
    if code == "e" and abs(candidate) >= 1e4:
        # float16 switches to scientific notation at 1e4, where Python's repr does at 1e16
        mantissa, exponent = f"{candidate:.{digits - 1}e}".split("e")
        if "." in mantissa:
            mantissa = mantissa.rstrip("0").rstrip(".")
        return f"{mantissa}e{exponent}"
    return repr(candidate)


def _short_number(value: float, code: str) -> float:
    out = _ShortFloat(value)
    out.text = _shortest_text(value, code)
    return out


# ----------------------------------------------------------------------------- genfromtxt
def _str2bool(text: str) -> bool:
    s = text.strip().upper()
    if s == "TRUE":
        return True
    if s == "FALSE":
        return False
    raise ValueError("Invalid boolean")


def _strict_int(text: str) -> int:
    return int(text)


# the types genfromtxt(dtype=None) tries in turn, with their converters and fill values
_LADDER: list[tuple[torch.dtype, Callable[[str], Any], Any]] = [
    (_di.BOOL, _str2bool, False),
    (_di.INT64, _strict_int, -1),
    (_di.FLOAT64, float, float("nan")),
    (_di.COMPLEX128, complex, complex(float("nan"), 0.0)),
]


def _genfrom_func(td: torch.dtype) -> tuple[Callable[[str], Any], Any]:
    k = _di.kind(td)
    if k == "b":
        return _str2bool, False
    if k in "iu":
        if td in (_di.INT64, _di.UINT64):
            return int, -1
        return (lambda s: int(float(s))), -1
    if k == "f":
        return float, float("nan")
    return complex, complex(float("nan"), 0.0)


def _split_widths(line: str, widths: list[int] | int, comments: str | None) -> list[str]:
    if comments is not None:
        line = line.split(comments)[0]
    if isinstance(widths, int):
        line = line.strip("\r\n")
        if not line:
            return []
        return [line[i : i + widths] for i in range(0, len(line), widths)]
    if not line:
        return []
    out, pos = [], 0
    for w in widths:
        out.append(line[pos : pos + w])
        pos += w
    return out


def genfromtxt(
    fname: Any,
    dtype: Any = float,
    comments: str | bytes | None = "#",
    delimiter: str | bytes | int | Sequence[int] | None = None,
    skip_header: int = 0,
    skip_footer: int = 0,
    converters: dict[int, Callable[[str], Any]] | None = None,
    missing_values: Any = None,
    filling_values: Any = None,
    usecols: int | Sequence[int] | None = None,
    names: Any = None,
    excludelist: Any = None,
    deletechars: Any = " !#$%&'()*+,-./:;<=>?@[\\]^{|}~",
    replace_space: str = "_",
    autostrip: bool = False,
    case_sensitive: bool | str = True,
    defaultfmt: str = "f%i",
    unpack: bool | None = None,
    usemask: bool = False,
    loose: bool = True,
    invalid_raise: bool = True,
    max_rows: int | None = None,
    encoding: str | None = None,
    *,
    ndmin: int = 0,
    like: Any = None,
) -> ndarray:
    """Load numbers from a text file with missing values, as ``numpy.genfromtxt``.

    ``delimiter`` is a string, None (whitespace), one field width or a sequence of widths.
    Fields that do not convert are replaced by ``filling_values`` (NaN for floats, -1 for
    integers, False for bools by default); with ``loose=False`` only fields listed in
    ``missing_values`` (and empty ones) are, others raise ``ValueError``. ``dtype=None``
    infers one type (bool, int64, float64 or complex128) per column and works when every
    column gets the same type. Out of scope (``NotImplementedError``): ``names`` other than
    None (structured arrays), ``usemask=True`` (masked arrays), columns of text and
    ``dtype=None`` giving different column types (structured arrays).
    """
    if names not in (None, False):
        raise NotImplementedError(
            "genfromtxt: names= makes a structured array; structured dtypes are out of tnp's scope"
        )
    if usemask:
        raise NotImplementedError("genfromtxt: usemask=True needs masked arrays, out of scope")
    _check_ndmin(ndmin)
    if max_rows is not None:
        if skip_footer:
            raise ValueError(
                "The keywords 'skip_footer' and 'max_rows' can not be specified at the same time."
            )
        if max_rows < 1:
            raise ValueError("'max_rows' must be at least 1.")
    user_converters = converters or {}
    if not isinstance(user_converters, dict):
        raise TypeError(
            "The input argument 'converter' should be a valid dictionary (got "
            f"'{type(user_converters)}' instead)"
        )
    td: torch.dtype | None = None if dtype is None else to_torch_dtype(dtype)
    if isinstance(comments, bytes):
        comments = comments.decode("latin1")
    if isinstance(delimiter, bytes):
        delimiter = delimiter.decode("latin1")

    def split(line: str) -> list[str]:
        if delimiter is None or isinstance(delimiter, str):
            if comments is not None:
                line = line.split(comments)[0]
            line = line.strip(" \r\n")
            fields = line.split(delimiter or None) if line else []
        else:
            widths = list(delimiter) if hasattr(delimiter, "__iter__") else int(delimiter)
            if widths == 0:
                return split_default(line)
            fields = _split_widths(line, widths, comments)
        return [f.strip() for f in fields] if autostrip else fields

    def split_default(line: str) -> list[str]:
        if comments is not None:
            line = line.split(comments)[0]
        line = line.strip(" \r\n")
        return line.split() if line else []

    cols: list[int] | None = None
    if usecols is not None:
        seq = list(usecols) if hasattr(usecols, "__iter__") else [usecols]
        cols = [operator.index(c) for c in seq]

    lines = _Lines(fname, encoding)
    rows: list[list[str]] = []
    invalid: list[tuple[int, int]] = []
    nbcols = -1
    try:
        iterator = iter(lines)
        for _ in range(skip_header):
            if next(iterator, None) is None:
                break
        for i, line in enumerate(iterator):
            values = split(line)
            if not values:
                continue
            if nbcols < 0:
                if cols is not None:
                    cols = [c + len(values) if c < 0 else c for c in cols]
                nbcols = len(cols) if cols is not None else len(values)
            if cols is not None:
                try:
                    values = [values[c] for c in cols]
                except IndexError:
                    invalid.append((i + skip_header + 1, len(values)))
                    continue
            elif len(values) != nbcols:
                invalid.append((i + skip_header + 1, len(values)))
                continue
            rows.append(values)
            if max_rows is not None and len(rows) == max_rows:
                break
    finally:
        lines.close()
    if nbcols < 0:
        warnings.warn(f'genfromtxt: Empty input file: "{fname}"', UserWarning, stacklevel=2)
        return wrap_tensor(torch.empty(0, dtype=td or _di.FLOAT64, device=default_device()))

    missing = _missing_sets(missing_values, nbcols, cols)
    fills = _fill_list(filling_values, nbcols, cols)

    # conversions per column: (function, default) and the column dtype
    col_funcs: list[tuple[Callable[[str], Any], Any]] = []
    col_types: list[torch.dtype] = []
    for j in range(nbcols):
        source_col = cols[j] if cols is not None else j
        user = user_converters.get(source_col, user_converters.get(j))
        if td is not None:
            func, default = _genfrom_func(td)
            col_types.append(td)
        else:
            level = 0
            for text in (r[j] for r in rows):
                while level < len(_LADDER):
                    try:
                        _LADDER[level][1](text)
                        break
                    except ValueError:
                        if text.strip() in missing[j]:
                            break
                        level += 1
            if level >= len(_LADDER):
                raise NotImplementedError(
                    "genfromtxt: a column holds text; string dtypes are out of tnp's scope"
                )
            col_types.append(_LADDER[level][0])
            func, default = _LADDER[level][1], _LADDER[level][2]
        if user is not None:
            func = user
        if fills[j] is not None:
            default = fills[j]
        col_funcs.append((func, default))

    if invalid:
        nbrows = len(rows) + len(invalid) - skip_footer
        kept = [
            (n, got) for n, got in invalid if not (skip_footer > 0 and n > nbrows + skip_header)
        ]
        skip_footer -= len(invalid) - len(kept)
        if kept:
            message = "\n".join(
                ["Some errors were detected !"]
                + [f"    Line #{n} (got {got} columns instead of {nbcols})" for n, got in kept]
            )
            if invalid_raise:
                raise ValueError(message)
            warnings.warn(message, UserWarning, stacklevel=2)
    if skip_footer > 0:
        rows = rows[:-skip_footer]

    out_type = td
    if td is None:
        if len(set(col_types)) > 1:
            raise NotImplementedError(
                "genfromtxt(dtype=None): the columns have different types, which makes a "
                "structured array; structured dtypes are out of tnp's scope"
            )
        out_type = col_types[0] if col_types else _di.FLOAT64
    assert out_type is not None

    converted: list[list[Any]] = []
    for r in rows:
        out_row = []
        for j, text in enumerate(r):
            func, default = col_funcs[j]
            try:
                value = func(text)
            except ValueError:
                if not loose and text.strip() not in missing[j]:
                    raise ValueError(f"Cannot convert string '{text}'") from None
                value = default
            out_row.append(value)
        converted.append(out_row)
    if out_type.is_complex or out_type.is_floating_point:
        converted = [
            [complex(v) if out_type.is_complex else float(v) for v in r] for r in converted
        ]
    t = _to_tensor(converted, nbcols, out_type)
    t = _ensure_ndmin(t, ndmin)
    if unpack:
        t = t.T
    return wrap_tensor(t.to(default_device()))


def _missing_sets(missing_values: Any, nbcols: int, cols: list[int] | None) -> list[set[str]]:
    sets: list[set[str]] = [{""} for _ in range(nbcols)]
    if missing_values is None:
        return sets
    if isinstance(missing_values, bytes):
        missing_values = missing_values.decode("latin1")
    if isinstance(missing_values, dict):
        for key, val in missing_values.items():
            vals = [str(v) for v in val] if isinstance(val, (list, tuple)) else [str(val)]
            if key is None:
                for s in sets:
                    s.update(vals)
                continue
            k = operator.index(key)
            if cols is not None and k in cols:
                k = cols.index(k)
            if -nbcols <= k < nbcols:
                sets[k].update(vals)
    elif isinstance(missing_values, (list, tuple)):
        for s, val in zip(sets, missing_values, strict=False):
            s.add(str(val))
    elif isinstance(missing_values, str):
        for s in sets:
            s.update(missing_values.split(","))
    else:
        for s in sets:
            s.add(str(missing_values))
    return sets


def _fill_list(filling_values: Any, nbcols: int, cols: list[int] | None) -> list[Any]:
    fills: list[Any] = [None] * nbcols
    if filling_values is None:
        return fills
    if isinstance(filling_values, dict):
        for key, val in filling_values.items():
            k = operator.index(key)
            if cols is not None and k in cols:
                k = cols.index(k)
            fills[k] = val
    elif isinstance(filling_values, (list, tuple)):
        n = min(len(filling_values), nbcols)
        fills[:n] = list(filling_values)[:n]
    else:
        fills = [filling_values] * nbcols
    return fills
