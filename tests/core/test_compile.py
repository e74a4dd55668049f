"""tnp code compiles with ``torch.compile(fullgraph=True)``: no graph break, eager's results.

One small program of elementwise ufuncs, operators with Python scalars, indexing and
reductions is compiled once with the default (inductor) backend; the smaller checks use the
"eager" backend, which traces with dynamo (where graph breaks happen) without generating code.
"""

from __future__ import annotations

import pytest
import torch

import tnp_core as tnp

pytestmark = pytest.mark.compile


@pytest.fixture(autouse=True)
def _fresh_dynamo():
    torch._dynamo.reset()
    yield
    torch._dynamo.reset()


def _standardized_energy(x: torch.Tensor, w: torch.Tensor) -> torch.Tensor:
    """A realistic NumPy-style program: normalize columns, a Gaussian weighting, a score."""
    a = tnp.asarray(x)
    weights = tnp.asarray(w)
    centered = a - tnp.mean(a, axis=0, keepdims=True)
    spread = tnp.sqrt(tnp.mean(centered**2, axis=0)) + 1e-6
    z = centered / spread
    gauss = tnp.exp(-0.5 * z * z) * weights
    clipped = tnp.absolute(z) <= 3.0
    score = tnp.sum(gauss * clipped, axis=0) + tnp.max(a, axis=0) - tnp.min(a, axis=0)
    return (score[1:] // 0.25 + score[:-1] % 2.0).tensor


def _inputs() -> tuple[torch.Tensor, torch.Tensor]:
    gen = torch.Generator().manual_seed(0)
    x = torch.randn(16, 8, generator=gen, dtype=torch.float64)
    w = torch.rand(8, generator=gen, dtype=torch.float64)
    return x, w


def _explain_breaks(fn, *args) -> str:
    explanation = torch._dynamo.explain(fn)(*args)
    reasons = [str(r.reason) for r in explanation.break_reasons]
    return f"graphs={explanation.graph_count} breaks={explanation.graph_break_count} {reasons}"


def test_program_traces_into_one_graph():
    x, w = _inputs()
    explanation = torch._dynamo.explain(_standardized_energy)(x, w)
    assert explanation.graph_break_count == 0, _explain_breaks(_standardized_energy, x, w)
    assert explanation.graph_count == 1


def test_program_compiles_fullgraph_and_matches_eager():
    x, w = _inputs()
    eager = _standardized_energy(x, w)
    compiled = torch.compile(_standardized_energy, fullgraph=True)
    got = compiled(x, w)
    assert got.dtype == eager.dtype == torch.float64
    torch.testing.assert_close(got, eager, rtol=1e-12, atol=1e-12)


def _transposed_product(x: torch.Tensor) -> torch.Tensor:
    a = tnp.asarray(x)
    return tnp.sum(a.T * tnp.mean(a, axis=-1), axis=-1).tensor


def test_transpose_compiles_fullgraph():
    """``.T`` is how NumPy code transposes; it must trace too."""
    x, _ = _inputs()
    compiled = torch.compile(_transposed_product, fullgraph=True, backend="eager")
    torch.testing.assert_close(compiled(x), _transposed_product(x))


def _integer_program(x: torch.Tensor) -> torch.Tensor:
    a = tnp.asarray(x)
    b = (a * 3 + 7) // 4 - a % 5
    return tnp.sum(b, axis=1, keepdims=True).tensor + tnp.max(b).tensor


def test_integer_program_compiles_fullgraph():
    x = torch.arange(-20, 20, dtype=torch.int64).reshape(5, 8)
    compiled = torch.compile(_integer_program, fullgraph=True, backend="eager")
    got = compiled(x)
    assert got.dtype == torch.int64
    torch.testing.assert_close(got, _integer_program(x))


def _creation_program(x: torch.Tensor) -> torch.Tensor:
    a = tnp.asarray(x)
    grid = tnp.linspace(0.0, 1.0, 8) + tnp.zeros((4, 8)) + tnp.eye(4, 8)
    return (a * grid + tnp.arange(8.0)).tensor


def test_creation_functions_compile_fullgraph():
    x = torch.ones(4, 8, dtype=torch.float64)
    compiled = torch.compile(_creation_program, fullgraph=True, backend="eager")
    torch.testing.assert_close(compiled(x), _creation_program(x))
