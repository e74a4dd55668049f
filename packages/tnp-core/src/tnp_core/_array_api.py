"""The Array API standard's inspection surface: ``__array_api_version__`` and
``__array_namespace_info__()``.

tnp follows the 2024.12 revision of the standard, as NumPy 2.2+ does. The info object answers
for torch devices rather than NumPy's single ``"cpu"``: ``devices()`` lists the CPU and every
visible CUDA (and MPS) device, and a ``device=`` argument may be any torch device.
"""

from __future__ import annotations

from typing import Final, TypedDict

import torch

from . import _defaults_impl
from ._dtypes import _DTYPE_OF_TORCH, dtype

__all__ = [
    "__array_api_version__",
    "__array_namespace_info__",
    "check_api_version",
]

__array_api_version__: Final = "2024.12"

# the revisions of the standard whose namespace this one can stand in for, as NumPy's list
SUPPORTED_API_VERSIONS: Final = ("2021.12", "2022.12", "2023.12", "2024.12")


def check_api_version(api_version: str | None) -> None:
    """Raise ``ValueError`` unless ``api_version`` is None or a revision tnp implements.

    This is the check the standard asks of ``array.__array_namespace__(api_version=...)``;
    the message is NumPy's.
    """
    if api_version is not None and api_version not in SUPPORTED_API_VERSIONS:
        raise ValueError(f'Version "{api_version}" of the Array API Standard is not supported.')


# The standard's keys hold spaces, so the TypedDicts use the functional form.
Capabilities = TypedDict(
    "Capabilities",
    {"boolean indexing": bool, "data-dependent shapes": bool, "max dimensions": "int | None"},
)
DefaultDataTypes = TypedDict(
    "DefaultDataTypes",
    {"real floating": dtype, "complex floating": dtype, "integral": dtype, "indexing": dtype},
)

# The standard's dtypes by kind, in its order. bfloat16, a tnp extension, is in none of them.
_BOOL: Final = (torch.bool,)
_SIGNED: Final = (torch.int8, torch.int16, torch.int32, torch.int64)
_UNSIGNED: Final = (torch.uint8, torch.uint16, torch.uint32, torch.uint64)
_REAL: Final = (torch.float32, torch.float64)
_COMPLEX: Final = (torch.complex64, torch.complex128)
_KINDS: Final[dict[str, tuple[torch.dtype, ...]]] = {
    "bool": _BOOL,
    "signed integer": _SIGNED,
    "unsigned integer": _UNSIGNED,
    "integral": _SIGNED + _UNSIGNED,
    "real floating": _REAL,
    "complex floating": _COMPLEX,
    "numeric": _SIGNED + _UNSIGNED + _REAL + _COMPLEX,
}
_ALL: Final = _BOOL + _SIGNED + _UNSIGNED + _REAL + _COMPLEX


def _check_device(device: object) -> None:
    """``ValueError`` for a device that is neither None nor a torch device (or its name)."""
    if device is None or isinstance(device, torch.device):
        return
    if isinstance(device, str):
        try:
            torch.device(device)
        except RuntimeError:
            pass
        else:
            return
    raise ValueError(f"Device not understood: {device!r} is not a torch device")


class ArrayNamespaceInfo:
    """What ``tnp.__array_namespace_info__()`` returns: the standard's inspection methods.

    Differences from NumPy's: devices are torch devices, and the default dtypes follow
    ``tnp.set_default_float_dtype`` (float32/complex64 when switched).
    """

    __slots__ = ()

    def capabilities(self) -> Capabilities:
        """Boolean indexing and data-dependent output shapes are supported, as in NumPy.

        ``max dimensions`` is NumPy's 64; tnp's CPU kernels accept more, but CUDA kernels
        with many operands can be limited to fewer.
        """
        return {"boolean indexing": True, "data-dependent shapes": True, "max dimensions": 64}

    def default_device(self) -> torch.device:
        """The device new arrays go to (``tnp.get_default_device()``)."""
        return _defaults_impl.default_device()

    def default_dtypes(self, *, device: torch.device | str | None = None) -> DefaultDataTypes:
        """The dtypes of untyped creation: float64/complex128 (or float32/complex64 when the
        default float is switched), int64 for integers and indices; the same on every device."""
        _check_device(device)
        defaults = _defaults_impl.defaults
        return {
            "real floating": _DTYPE_OF_TORCH[defaults.float_dtype],
            "complex floating": _DTYPE_OF_TORCH[defaults.complex_dtype],
            "integral": _DTYPE_OF_TORCH[defaults.int_dtype],
            "indexing": _DTYPE_OF_TORCH[torch.int64],
        }

    def dtypes(
        self,
        *,
        device: torch.device | str | None = None,
        kind: str | tuple[str, ...] | None = None,
    ) -> dict[str, dtype]:
        """The standard's dtypes of the given ``kind`` (a kind name or a tuple of them), by name.

        Every standard dtype is available on every device (tnp emulates the wide unsigned
        integers torch lacks). The extension dtype bfloat16 is not listed.
        """
        _check_device(device)
        if kind is None:
            chosen: tuple[torch.dtype, ...] = _ALL
        else:
            names = (kind,) if isinstance(kind, str) else kind
            wanted: set[torch.dtype] = set()
            for name in names:
                if name not in _KINDS:
                    raise ValueError(f"unsupported kind: {name!r}")
                wanted.update(_KINDS[name])
            chosen = tuple(dt for dt in _ALL if dt in wanted)
        return {_DTYPE_OF_TORCH[dt].name: _DTYPE_OF_TORCH[dt] for dt in chosen}

    def devices(self) -> list[torch.device]:
        """The CPU, then every visible CUDA device, then MPS where it is available."""
        found = [torch.device("cpu")]
        if torch.cuda.is_available():
            found += [torch.device("cuda", i) for i in range(torch.cuda.device_count())]
        mps = getattr(torch.backends, "mps", None)
        if mps is not None and mps.is_available():
            found.append(torch.device("mps"))
        return found


_INFO: Final = ArrayNamespaceInfo()


def __array_namespace_info__() -> ArrayNamespaceInfo:
    """The namespace's inspection object, as ``numpy.__array_namespace_info__()``."""
    return _INFO
