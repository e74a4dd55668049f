"""Fuzzing ``load``: damaged ``.npy``/``.npz`` files raise only file-format errors.

Valid files written by NumPy are mutated (bytes replaced, inserted, deleted, the file cut
short) and fed to ``load``. Whatever happens, the only exceptions allowed are the ones a
caller expects from reading a bad file: ``ValueError`` (and its subclasses), ``EOFError``,
``OSError``, ``zipfile.BadZipFile`` and ``KeyError``. Never another type, a hang or a crash.
"""

from __future__ import annotations

import contextlib
import io
import time
import zipfile

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tnp_core import _npyio as nio

ALLOWED = (ValueError, EOFError, OSError, zipfile.BadZipFile, KeyError)


def _npy(a: np.ndarray, version: tuple[int, int] | None = None) -> bytes:
    buf = io.BytesIO()
    if version is None:
        np.save(buf, a)
    else:
        np.lib.format.write_array(buf, a, version=version)
    return buf.getvalue()


def _npz(compressed: bool) -> bytes:
    buf = io.BytesIO()
    saver = np.savez_compressed if compressed else np.savez
    saver(buf, np.arange(6, dtype=np.int16).reshape(2, 3), y=np.linspace(0, 1, 5))
    return buf.getvalue()


TEMPLATES = [
    _npy(np.arange(7, dtype=np.float64)),
    _npy(np.asfortranarray(np.arange(6, dtype=">i4").reshape(2, 3))),
    _npy(np.array([True, False])),
    _npy(np.array(1 + 2j, dtype=np.complex64)),
    _npy(np.zeros((0, 3), dtype=np.uint16)),
    _npy(np.arange(4, dtype=np.uint8), version=(2, 0)),
    _npy(np.arange(3, dtype=np.float16), version=(3, 0)),
    _npz(False),
    _npz(True),
]

FUZZ = settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)


@st.composite
def damaged(draw):
    data = bytearray(draw(st.sampled_from(TEMPLATES)))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["replace", "replace", "insert", "delete", "cut"]))
        if not data:
            break
        pos = draw(st.integers(0, len(data) - 1))
        if kind == "replace":
            # header bytes are where the interesting parsing happens: favour them
            if draw(st.booleans()):
                pos = pos % min(len(data), 128)
            data[pos] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del data[pos : pos + draw(st.integers(1, 8))]
        else:
            del data[pos:]
    return bytes(data)


def _consume(result) -> None:
    if isinstance(result, nio.NpzFile):
        with result:
            for name in result.files:
                result[name]


@FUZZ
@given(damaged())
def test_damaged_files_raise_only_file_errors(data):
    start = time.perf_counter()
    with contextlib.suppress(ALLOWED):
        _consume(nio.load(io.BytesIO(data)))
    assert time.perf_counter() - start < 2.0


@settings(FUZZ, max_examples=60)
@given(st.sampled_from(TEMPLATES), st.data())
def test_every_truncation_raises_only_file_errors(data, draws):
    cut = draws.draw(st.integers(0, len(data) - 1))
    with contextlib.suppress(ALLOWED):
        _consume(nio.load(io.BytesIO(data[:cut])))


@settings(FUZZ, max_examples=150)
@given(st.binary(max_size=200))
def test_random_bytes_after_magic(tail):
    for prefix in (b"\x93NUMPY\x01\x00", b"\x93NUMPY\x02\x00", b"\x93NUMPY\x03\x00", b"PK\x03\x04"):
        with contextlib.suppress(ALLOWED):
            _consume(nio.load(io.BytesIO(prefix + tail)))


def test_header_claiming_huge_shape_does_not_allocate():
    good = bytearray(_npy(np.arange(7, dtype=np.float64)))
    text = good[10:].decode("latin1")
    bad = text.replace("(7,)", "(99999999999999,)")
    data = bytes(good[:10]) + bad[: len(text)].encode("latin1") + bytes(good[10 + len(text) :])
    start = time.perf_counter()
    with contextlib.suppress(ValueError):
        nio.load(io.BytesIO(data))
    assert time.perf_counter() - start < 1.0
