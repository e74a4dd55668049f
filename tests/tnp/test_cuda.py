"""CUDA behaviour of the full namespace: device placement, results equal to the CPU's,
Python scalars on device, and clear errors when devices are mixed. Skipped without a GPU."""

from __future__ import annotations

import numpy as np
import pytest
import torch

import tnp

pytestmark = [
    pytest.mark.cuda,
    pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device"),
]

CUDA = "cuda"


def _host(x: tnp.ndarray) -> np.ndarray:
    return np.array(x.tolist(), dtype=x.dtype.name)


@pytest.mark.parametrize(
    "make",
    [
        lambda: tnp.zeros((2, 3), device=CUDA),
        lambda: tnp.ones(4, dtype="int32", device=CUDA),
        lambda: tnp.empty(3, device=CUDA),
        lambda: tnp.full((2, 2), 7, device=CUDA),
        lambda: tnp.arange(0.5, 5, 1.5, device=CUDA),
        lambda: tnp.linspace(0, 1, 5, device=CUDA),
        lambda: tnp.eye(3, k=1, device=CUDA),
        lambda: tnp.array([[1, 2], [3, 4]], device=CUDA),
        lambda: tnp.asarray([1.5, 2.5], device=CUDA),
    ],
)
def test_creation_functions_place_arrays_on_the_requested_device(make):
    assert make().device.type == "cuda"


def test_results_on_cuda_equal_the_cpu_results():
    rng = np.random.default_rng(0)
    data = rng.standard_normal((64, 32))
    cpu = tnp.asarray(data)
    gpu = tnp.asarray(data, device=CUDA)
    for fn in (
        lambda a: a + 1.5,
        lambda a: tnp.exp(a) * 2 - a,
        lambda a: tnp.sqrt(tnp.absolute(a)),
        lambda a: tnp.sum(a, axis=0),
        lambda a: tnp.mean(a, axis=(0, 1), keepdims=True),
        lambda a: tnp.max(a, axis=-1),
        lambda a: a[1:10, ::-2],
        lambda a: a // 0.3 + a % 0.7,
    ):
        want, got = fn(cpu), fn(gpu)
        assert got.device.type == "cuda"
        np.testing.assert_allclose(_host(got), _host(want), rtol=1e-12, atol=1e-12)


def test_unsigned_wide_types_wrap_on_cuda():
    x = tnp.asarray(np.array([0, 1, 2**32 - 1], dtype=np.uint32), device=CUDA)
    assert _host(x + 1).tolist() == [1, 2, 0]
    y = tnp.asarray(np.array([2**64 - 1, 5], dtype=np.uint64), device=CUDA)
    assert _host(y + 1).tolist() == [0, 6]
    assert _host(tnp.max(y)).tolist() == 2**64 - 1


def test_setitem_with_python_scalars_on_cuda():
    a = tnp.zeros((3, 3), device=CUDA)
    a[1] = 5
    a[..., 0] = 2.5
    a[::-1, 2] = tnp.asarray([1.0, 2.0, 3.0], device=CUDA)
    expected = np.zeros((3, 3))
    expected[1] = 5
    expected[..., 0] = 2.5
    expected[::-1, 2] = [1.0, 2.0, 3.0]
    assert _host(a).tolist() == expected.tolist()


def test_mixing_devices_raises_value_error():
    with pytest.raises(ValueError, match="device"):
        tnp.ones(3) + tnp.ones(3, device=CUDA)


def test_default_device_switch_moves_new_arrays():
    tnp.set_default_device(CUDA)
    try:
        assert tnp.zeros(2).device.type == "cuda"
        assert tnp.asarray([1, 2]).device.type == "cuda"
    finally:
        tnp.set_default_device(None)
    assert tnp.zeros(2).device.type == "cpu"


def test_linalg_fft_random_on_cuda():
    a = tnp.asarray([[4.0, 1.0], [2.0, 3.0]], device=CUDA)
    inv = tnp.linalg.inv(a)
    assert inv.device.type == "cuda"
    np.testing.assert_allclose(_host(inv), np.linalg.inv([[4.0, 1.0], [2.0, 3.0]]))
    with pytest.raises(tnp.linalg.LinAlgError):
        tnp.linalg.inv(tnp.zeros((2, 2), device=CUDA))
    spectrum = tnp.fft.fft(tnp.arange(8.0, device=CUDA))
    assert spectrum.device.type == "cuda"
    np.testing.assert_allclose(_host(spectrum), np.fft.fft(np.arange(8.0)), atol=1e-12)
    tnp.set_default_device(CUDA)
    try:
        sample = tnp.random.default_rng(0).random(5)
    finally:
        tnp.set_default_device(None)
    assert sample.device.type == "cuda"


def test_compiled_program_runs_on_cuda_without_graph_breaks():
    def program(x: torch.Tensor) -> torch.Tensor:
        a = tnp.asarray(x)
        return tnp.sum(tnp.exp(a) * 2.0 - a, axis=0).tensor

    torch._dynamo.reset()
    x = torch.linspace(0, 1, 64, device=CUDA, dtype=torch.float64).reshape(8, 8)
    compiled = torch.compile(program, fullgraph=True)
    torch.testing.assert_close(compiled(x), program(x))


@pytest.mark.parametrize("high", [100, 2**40])
def test_integer_matmul_on_cuda_is_exact(high):
    """torch has no integer matmul on CUDA: small products go through float64 (exact below
    2**53), larger ones through summed products; both must equal NumPy's wrap-around result."""
    rng = np.random.default_rng(1)
    a = rng.integers(-high, high, size=(3, 5, 7), dtype=np.int64)
    b = rng.integers(-high, high, size=(7, 4), dtype=np.int64)
    got = tnp.asarray(a, device=CUDA) @ tnp.asarray(b, device=CUDA)
    assert got.device.type == "cuda"
    assert _host(got).tolist() == (a @ b).tolist()
    bools = tnp.asarray(a > 0, device=CUDA) @ tnp.asarray(b > 0, device=CUDA)
    assert _host(bools).tolist() == ((a > 0) @ (b > 0)).tolist()


def test_fancy_and_mask_indexing_on_cuda():
    data = np.arange(10.0)
    a = tnp.asarray(data, device=CUDA)
    idx = tnp.asarray([1, -1, 3, 3], device=CUDA)
    assert _host(a[idx]).tolist() == data[[1, -1, 3, 3]].tolist()
    assert _host(a[a > 4.5]).tolist() == data[data > 4.5].tolist()
    with pytest.raises(IndexError, match="out of bounds"):
        a[tnp.asarray([10], device=CUDA)]
    with pytest.raises(IndexError, match="out of bounds"):
        a[tnp.asarray([-11], device=CUDA)]
    a[1:5] = 0
    assert _host(a)[1:5].tolist() == [0.0] * 4
