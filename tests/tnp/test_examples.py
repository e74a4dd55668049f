"""The examples under ``examples/`` trace into one graph with no graph break
(``torch._dynamo.explain``) and give the same results compiled (inductor,
``fullgraph=True``) as eagerly. Problems are kept small so each compile takes seconds."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
import torch

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _load(name: str) -> ModuleType:
    module_name = f"tnp_example_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(autouse=True)
def _fresh_dynamo():
    torch._dynamo.reset()
    yield
    torch._dynamo.reset()


def _assert_one_graph(fn, *args) -> None:
    explanation = torch._dynamo.explain(fn)(*args)
    reasons = [str(r.reason) for r in explanation.break_reasons]
    assert explanation.graph_break_count == 0, reasons
    assert explanation.graph_count == 1


# ----------------------------------------------------------------------------- k-means
def test_kmeans_step_has_no_graph_break():
    km = _load("kmeans_step")
    points, centroids = km.make_data(200, 4)
    _assert_one_graph(km.kmeans_step, points, centroids)
    _assert_one_graph(km.label, points, centroids)


def test_kmeans_step_compiled_equals_eager():
    km = _load("kmeans_step")
    points, centroids = km.make_data(500, 5, dims=3, seed=1)
    compiled = torch.compile(km.kmeans_step, fullgraph=True)
    eager = km.kmeans_step(points, centroids)
    got = compiled(points, centroids)
    assert torch.equal(got[0], eager[0])
    torch.testing.assert_close(got[1], eager[1], rtol=1e-12, atol=1e-12)
    torch.testing.assert_close(got[2], eager[2], rtol=1e-12, atol=1e-9)


def test_kmeans_step_matches_numpy():
    km = _load("kmeans_step")
    points, centroids = km.make_data(300, 3, seed=2)
    labels, new, inertia = km.kmeans_step(points, centroids)
    x, c = points.numpy(), centroids.numpy()
    d2 = ((x[:, None, :] - c[None, :, :]) ** 2).sum(axis=-1)
    want = d2.argmin(axis=1)
    np.testing.assert_array_equal(labels.numpy(), want)
    for j in range(c.shape[0]):
        members = x[want == j]
        expected = members.mean(axis=0) if len(members) else c[j]
        np.testing.assert_allclose(new[j].numpy(), expected, rtol=1e-12)
    np.testing.assert_allclose(float(inertia), d2.min(axis=1).sum(), rtol=1e-9)


def test_kmeans_empty_cluster_keeps_its_centroid():
    km = _load("kmeans_step")
    points = torch.tensor([[0.0, 0.0], [0.1, 0.0]], dtype=torch.float64)
    centroids = torch.tensor([[0.0, 0.0], [100.0, 100.0]], dtype=torch.float64)
    labels, new, _ = km.kmeans_step(points, centroids)
    assert labels.tolist() == [0, 0]
    assert new.tolist() == [[0.05, 0.0], [100.0, 100.0]]


# ----------------------------------------------------------------------------- heat
def test_heat_diffusion_has_no_graph_break():
    heat = _load("heat_diffusion")
    _assert_one_graph(heat.diffuse, heat.initial_field(12), 3)


def test_heat_diffusion_compiled_equals_eager():
    heat = _load("heat_diffusion")
    u0 = heat.initial_field(24)
    eager_field, eager_heat = heat.diffuse(u0, 4)
    compiled_field, compiled_heat = torch.compile(heat.diffuse, fullgraph=True)(u0, 4)
    torch.testing.assert_close(compiled_field, eager_field, rtol=1e-12, atol=1e-12)
    torch.testing.assert_close(compiled_heat, eager_heat, rtol=1e-12, atol=1e-12)


def test_heat_diffusion_matches_a_numpy_stencil():
    heat = _load("heat_diffusion")
    u0 = heat.initial_field(16)
    field, total = heat.diffuse(u0, 5)
    u = u0.numpy().copy()
    for _ in range(5):
        nxt = u.copy()
        c = u[1:-1, 1:-1]
        nxt[1:-1, 1:-1] = c + heat.ALPHA * (
            u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:] - 4.0 * c
        )
        u = nxt
    np.testing.assert_allclose(field.numpy(), u, rtol=1e-13, atol=1e-15)
    np.testing.assert_allclose(float(total), u.sum(), rtol=1e-13)
    assert field[0, 1:-1].tolist() == [1.0] * 14  # the boundary is held


# ----------------------------------------------------------------------------- mandelbrot
def test_mandelbrot_has_no_graph_break():
    mandel = _load("mandelbrot")
    c_re, c_im = mandel.grid(10, 6)
    _assert_one_graph(mandel.escape_counts, c_re, c_im, 4)
    zeros = torch.zeros_like(c_re)
    _assert_one_graph(mandel.iterate, zeros, zeros, zeros.to(torch.int32), c_re, c_im)


def test_mandelbrot_compiled_step_equals_eager():
    mandel = _load("mandelbrot")
    c_re, c_im = mandel.grid(40, 24)
    eager = mandel.escape_counts(c_re, c_im, 12)
    step = torch.compile(mandel.iterate, fullgraph=True)
    compiled = mandel.escape_counts(c_re, c_im, 12, step)
    assert compiled.dtype == eager.dtype == torch.int32
    assert torch.equal(compiled, eager)


def test_mandelbrot_compiled_whole_equals_eager():
    # few iterations: inductor's compile time grows steeply with the unrolled loop's length
    mandel = _load("mandelbrot")
    c_re, c_im = mandel.grid(20, 12)
    eager = mandel.escape_counts(c_re, c_im, 3)
    compiled = torch.compile(mandel.escape_counts, fullgraph=True)(c_re, c_im, 3)
    assert torch.equal(compiled, eager)


def test_mandelbrot_matches_complex_numpy():
    mandel = _load("mandelbrot")
    c_re, c_im = mandel.grid(30, 20)
    got = mandel.escape_counts(c_re, c_im, 15).numpy()
    c = c_re.numpy() + 1j * c_im.numpy()
    z = np.zeros_like(c)
    want = np.zeros(c.shape, dtype=np.int32)
    for _ in range(15):
        bounded = np.abs(z) <= 2.0
        want += bounded
        z = np.where(bounded, z * z + c, z)
    # |z| <= 2 and |z|**2 <= 4 can differ in the last bit at the boundary: allow a few
    assert (got != want).mean() < 0.01
    assert got[c.shape[0] // 2, 0] < 3  # c = -2.2 escapes at once
    assert got[c.shape[0] // 2, int(c.shape[1] * 0.7)] == 15  # c near 0 stays
