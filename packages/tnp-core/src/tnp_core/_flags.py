"""Array flags (``ndarray.flags``) and the read-only state behind ``setflags(write=False)``.

Read-only-ness is not a slot of every array: the few arrays made read-only are kept in a
module-level registry of weak references, keyed by ``id``. An array is read-only when it is in
the registry or when the array owning its memory (its ``base``) is. Only writing paths ask
(``__setitem__``, ``fill``, ``out=``, in-place operators, ``flat`` assignment), and while no
array is read-only the question costs one dict truthiness test.

A view starts read-only when the array it is taken from is (``ndarray._view``), as NumPy's.
One difference from NumPy, because the state is also tracked per memory owner: making an owner
read-only also makes the views taken from it earlier read-only (NumPy copies the flag into
each view only when the view is made).
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

import torch

if TYPE_CHECKING:
    from ._ndarray import ndarray

_READONLY: dict[int, weakref.ref[ndarray]] = {}


def _marked(arr: ndarray) -> bool:
    ref = _READONLY.get(id(arr))
    return ref is not None and ref() is arr


def is_writeable(arr: ndarray) -> bool:
    """Whether ``arr`` may be written: neither it nor the owner of its memory is read-only."""
    if not _READONLY:
        return True
    if _marked(arr):
        return False
    base = arr._base
    return base is None or not _marked(base)


def check_writeable(arr: ndarray, what: str = "output array") -> None:
    """Raise NumPy's ``ValueError("<what> is read-only")`` when ``arr`` is read-only.

    Call it before writing into an array: ``what`` is "output array" for ``out=`` and
    in-place operators, "assignment destination" for item assignment.
    """
    if _READONLY and not is_writeable(arr):
        raise ValueError(f"{what} is read-only")


def set_writeable(arr: ndarray, flag: bool) -> None:
    """Make ``arr`` read-only, or writeable again (refused for views of read-only memory)."""
    key = id(arr)
    if flag:
        base = arr._base
        if base is not None and _marked(base):
            raise ValueError("cannot set WRITEABLE flag to True of this array")
        if _marked(arr):
            del _READONLY[key]
        return
    if _marked(arr):
        return

    def forget(ref: weakref.ref[ndarray]) -> None:
        if _READONLY.get(key) is ref:
            del _READONLY[key]

    _READONLY[key] = weakref.ref(arr, forget)


def _contiguous(shape: torch.Size, strides: tuple[int, ...], reverse: bool) -> bool:
    """NumPy's contiguity test on element strides: size-1 axes are ignored, empty is both."""
    if 0 in shape:
        return True
    expected = 1
    pairs = list(zip(shape, strides, strict=True))
    for size, stride in reversed(pairs) if reverse else pairs:
        if size != 1:
            if stride != expected:
                return False
            expected *= size
    return True


def c_contiguous(t: torch.Tensor) -> bool:
    """Whether the tensor's memory is laid out in C (row-major) order, as NumPy tells it."""
    return _contiguous(t.shape, t.stride(), reverse=True)


def f_contiguous(t: torch.Tensor) -> bool:
    """Whether the tensor's memory is laid out in Fortran (column-major) order."""
    return _contiguous(t.shape, t.stride(), reverse=False)


def _aligned(t: torch.Tensor) -> bool:
    # complex numbers align as their components do; strides are whole elements in torch
    alignment = t.element_size() // (2 if t.is_complex() else 1)
    return t.numel() == 0 or t.data_ptr() % alignment == 0


_ALIASES = {
    "C": "C_CONTIGUOUS",
    "CONTIGUOUS": "C_CONTIGUOUS",
    "F": "F_CONTIGUOUS",
    "FORTRAN": "F_CONTIGUOUS",
    "O": "OWNDATA",
    "W": "WRITEABLE",
    "A": "ALIGNED",
    "X": "WRITEBACKIFCOPY",
    "B": "BEHAVED",
    "CA": "CARRAY",
    "FA": "FARRAY",
}
_SETTABLE = ("WRITEABLE", "ALIGNED", "WRITEBACKIFCOPY")
_SHOWN = ("C_CONTIGUOUS", "F_CONTIGUOUS", "OWNDATA", "WRITEABLE", "ALIGNED", "WRITEBACKIFCOPY")
_BITS = {
    "C_CONTIGUOUS": 0x1,
    "F_CONTIGUOUS": 0x2,
    "OWNDATA": 0x4,
    "ALIGNED": 0x100,
    "WRITEABLE": 0x400,
    "WRITEBACKIFCOPY": 0x2000,
}


class flagsobj:
    """``ndarray.flags``, as NumPy's ``flagsobj``: a snapshot of the array's flags.

    Flags are read as attributes (``flags.c_contiguous``) or items (``flags["C"]``, full names
    and NumPy's one- and two-letter abbreviations). ``writeable`` can be set, which calls
    ``setflags``; ``aligned`` and ``writebackifcopy`` accept only what tnp arrays can be
    (always aligned, never write-back copies).
    """

    __slots__ = ("_arr", "_values")

    def __init__(self, arr: ndarray) -> None:
        t = arr._t
        self._arr = arr
        self._values = {
            "C_CONTIGUOUS": c_contiguous(t),
            "F_CONTIGUOUS": f_contiguous(t),
            "OWNDATA": arr._base is None,
            "WRITEABLE": is_writeable(arr),
            "ALIGNED": _aligned(t),
            "WRITEBACKIFCOPY": False,
        }

    def _get(self, name: str) -> bool:
        v = self._values
        if name in v:
            return v[name]
        c, f = v["C_CONTIGUOUS"], v["F_CONTIGUOUS"]
        behaved = v["ALIGNED"] and v["WRITEABLE"]
        if name == "BEHAVED":
            return behaved
        if name == "CARRAY":
            return behaved and c
        if name == "FARRAY":
            return behaved and f and not c
        if name == "FNC":
            return f and not c
        if name == "FORC":
            return f or c
        raise KeyError("Unknown flag")

    def __getitem__(self, key: object) -> bool:
        if not isinstance(key, str):
            raise KeyError("Unknown flag")
        return self._get(_ALIASES.get(key, key))

    def __setitem__(self, key: object, value: object) -> None:
        name = _ALIASES.get(key, key) if isinstance(key, str) else ""
        if name not in _SETTABLE:
            raise KeyError("Unknown flag")
        self._set(name, bool(value))

    def _set(self, name: str, value: bool) -> None:
        arr = self._arr
        if name == "WRITEABLE":
            arr.setflags(write=value)
        elif name == "ALIGNED":
            arr.setflags(align=value)
        else:
            arr.setflags(uic=value)
        self._values[name] = value if name == "WRITEABLE" else self._values[name]

    def __repr__(self) -> str:
        return "".join(f"  {name} : {self._values[name]}\n" for name in _SHOWN)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, flagsobj) and self._values == other._values

    __hash__ = None  # type: ignore[assignment]

    @property
    def c_contiguous(self) -> bool:
        """The data is in one C-ordered (row-major) block."""
        return self._get("C_CONTIGUOUS")

    @property
    def f_contiguous(self) -> bool:
        """The data is in one Fortran-ordered (column-major) block."""
        return self._get("F_CONTIGUOUS")

    @property
    def contiguous(self) -> bool:
        """Alias of ``c_contiguous``."""
        return self._get("C_CONTIGUOUS")

    @property
    def fortran(self) -> bool:
        """Alias of ``f_contiguous``."""
        return self._get("F_CONTIGUOUS")

    @property
    def owndata(self) -> bool:
        """The array owns its memory (its ``base`` is None)."""
        return self._get("OWNDATA")

    @property
    def writeable(self) -> bool:
        """The array can be written to; settable."""
        return self._get("WRITEABLE")

    @writeable.setter
    def writeable(self, value: object) -> None:
        self._set("WRITEABLE", bool(value))

    @property
    def aligned(self) -> bool:
        """The data and strides are aligned for the dtype."""
        return self._get("ALIGNED")

    @aligned.setter
    def aligned(self, value: object) -> None:
        self._set("ALIGNED", bool(value))

    @property
    def writebackifcopy(self) -> bool:
        """Always False: tnp makes no write-back copies."""
        return False

    @writebackifcopy.setter
    def writebackifcopy(self, value: object) -> None:
        self._set("WRITEBACKIFCOPY", bool(value))

    @property
    def behaved(self) -> bool:
        """Aligned and writeable."""
        return self._get("BEHAVED")

    @property
    def carray(self) -> bool:
        """Behaved and C-contiguous."""
        return self._get("CARRAY")

    @property
    def farray(self) -> bool:
        """Behaved, Fortran-contiguous and not C-contiguous."""
        return self._get("FARRAY")

    @property
    def fnc(self) -> bool:
        """Fortran-contiguous and not C-contiguous."""
        return self._get("FNC")

    @property
    def forc(self) -> bool:
        """C- or Fortran-contiguous."""
        return self._get("FORC")

    @property
    def num(self) -> int:
        """The flags as NumPy's bit mask."""
        return sum(bit for name, bit in _BITS.items() if self._values[name])
