"""Bit packing on tensors: packbits and unpackbits, as NumPy's (uint8 results, big- or
little-endian bit order within each byte)."""

from __future__ import annotations

import operator

import torch

from . import _dtypes_impl as _di
from .exceptions import AxisError

# reinterpretation keeps "is this element nonzero" for the unsigned types torch lacks
# comparison kernels for
_SIGNED_VIEW = {_di.UINT16: _di.INT16, _di.UINT32: _di.INT32, _di.UINT64: _di.INT64}


def _axis_of(t: torch.Tensor, axis: int | None) -> tuple[torch.Tensor, int]:
    """The tensor to work on and the axis: flattened for None; a 0-D array counts as 1-D."""
    if axis is None:
        return t.reshape(-1), 0
    try:
        ax = operator.index(axis)
    except TypeError:
        raise TypeError(
            f"'{type(axis).__name__}' object cannot be interpreted as an integer"
        ) from None
    if t.dim() == 0:
        t = t.reshape(1)
    nd = t.dim()
    if not -nd <= ax < nd:
        raise AxisError(ax, nd)
    return t, ax % nd


def _weights(bitorder: str, device: torch.device) -> torch.Tensor:
    w = [1 << (7 - i) for i in range(8)] if bitorder == "big" else [1 << i for i in range(8)]
    return torch.tensor(w, dtype=torch.int32, device=device)


def packbits(a: torch.Tensor, axis: int | None, bitorder: str) -> torch.Tensor:
    """``numpy.packbits``: the truth of each element as one bit, eight to a uint8 along
    ``axis`` (the flattened array when None), the last byte padded with zero bits."""
    if not isinstance(bitorder, str):
        raise TypeError(f"bitorder must be str, not {type(bitorder).__name__}")
    if bitorder not in ("big", "little"):
        raise ValueError("'order' must be either 'little' or 'big'")
    if _di.kind(a.dtype) not in "biu":
        raise TypeError("Expected an input array of integer or boolean data type")
    t, ax = _axis_of(a, axis)
    signed = _SIGNED_VIEW.get(t.dtype)
    bits = (t.view(signed) if signed is not None else t) != 0
    bits = bits.movedim(ax, -1)
    n = bits.shape[-1]
    pad = -n % 8
    if pad:
        bits = torch.cat([bits, bits.new_zeros((*bits.shape[:-1], pad))], dim=-1)
    grouped = bits.reshape(*bits.shape[:-1], (n + pad) // 8, 8).to(torch.int32)
    packed = (grouped * _weights(bitorder, t.device)).sum(-1).to(torch.uint8)
    return packed.movedim(-1, ax)


def unpackbits(a: torch.Tensor, axis: int | None, count: int | None, bitorder: str) -> torch.Tensor:
    """``numpy.unpackbits``: each uint8 element as eight 0/1 uint8 values along ``axis``;
    ``count`` keeps that many bits (zero-padded beyond the data, negative: drop from the
    end)."""
    if not isinstance(bitorder, str):
        raise TypeError(f"bitorder must be str, not {type(bitorder).__name__}")
    if bitorder[:1] not in ("l", "b"):
        raise ValueError("'order' must begin with 'l' or 'b'")
    if a.dtype is not _di.UINT8:
        raise TypeError("Expected an input array of unsigned byte data type")
    if count is not None:
        count = operator.index(count)
    t, ax = _axis_of(a, axis)
    moved = t.movedim(ax, -1)
    shifts = torch.arange(8, dtype=torch.uint8, device=t.device)
    if bitorder[0] == "b":
        shifts = 7 - shifts
    bits = torch.bitwise_and(torch.bitwise_right_shift(moved[..., None], shifts), 1)
    bits = bits.reshape(*moved.shape[:-1], moved.shape[-1] * 8)
    total = bits.shape[-1]
    if count is not None:
        if count < 0:
            if -count > total:
                raise ValueError("-count larger than number of elements")
            bits = bits[..., : total + count]
        elif count <= total:
            bits = bits[..., :count]
        else:
            bits = torch.cat([bits, bits.new_zeros((*bits.shape[:-1], count - total))], dim=-1)
    return bits.movedim(-1, ax)
