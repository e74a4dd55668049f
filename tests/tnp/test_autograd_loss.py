"""Gradients through tnp: a loss written with tnp and differentiated by
``torch.autograd.grad`` equals the same loss written with torch, and a sample of linalg and
fft functions passes ``torch.autograd.gradcheck``.
"""

from __future__ import annotations

import pytest
import torch

import tnp


def _data(seed: int = 0) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    gen = torch.Generator().manual_seed(seed)
    x = torch.randn(16, 4, generator=gen, dtype=torch.float64)
    y = (torch.rand(16, generator=gen, dtype=torch.float64) > 0.5).to(torch.float64)
    w = torch.randn(4, 3, generator=gen, dtype=torch.float64, requires_grad=True)
    return x, y, w


def loss_tnp(w: torch.Tensor, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """Logistic loss on the first output, a hinge on the others, and a regulariser; only
    NumPy functions and indexing."""
    W, X, Y = tnp.asarray(w), tnp.asarray(x), tnp.asarray(y)
    logits = X @ W
    p = 1.0 / (1.0 + tnp.exp(-logits[:, 0]))
    nll = -tnp.mean(Y * tnp.log(p) + (1.0 - Y) * tnp.log1p(-p))
    margin = logits[:, 1:] * (2.0 * Y[:, None] - 1.0)
    hinge = tnp.sum(tnp.where(margin < 1.0, 1.0 - margin, 0.0), axis=0)
    reg = tnp.sum(W[1:, ::2] ** 2) + tnp.max(tnp.abs(W[0]))
    soft = tnp.log(tnp.sum(tnp.exp(logits), axis=-1, keepdims=True))
    return (nll + tnp.mean(hinge) + 0.1 * reg + 0.01 * tnp.mean(soft)).tensor


def loss_torch(w: torch.Tensor, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    logits = x @ w
    p = 1.0 / (1.0 + torch.exp(-logits[:, 0]))
    nll = -torch.mean(y * torch.log(p) + (1.0 - y) * torch.log1p(-p))
    margin = logits[:, 1:] * (2.0 * y[:, None] - 1.0)
    hinge = torch.sum(torch.where(margin < 1.0, 1.0 - margin, 0.0), dim=0)
    reg = torch.sum(w[1:, ::2] ** 2) + torch.max(torch.abs(w[0]))
    soft = torch.log(torch.sum(torch.exp(logits), dim=-1, keepdim=True))
    return nll + torch.mean(hinge) + 0.1 * reg + 0.01 * torch.mean(soft)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_tnp_loss_gradient_equals_torch_loss_gradient(seed):
    x, y, w = _data(seed)
    ours = loss_tnp(w, x, y)
    theirs = loss_torch(w, x, y)
    torch.testing.assert_close(ours, theirs, rtol=1e-12, atol=1e-12)
    (g_ours,) = torch.autograd.grad(ours, w)
    (g_theirs,) = torch.autograd.grad(theirs, w)
    torch.testing.assert_close(g_ours, g_theirs, rtol=1e-12, atol=1e-12)


def test_asarray_keeps_the_graph():
    _, _, w = _data()
    a = tnp.asarray(w)
    assert a.tensor is w or a.tensor.grad_fn is not None or a.tensor.requires_grad
    assert (a * 2.0).tensor.requires_grad


def test_second_derivatives_flow_through_tnp():
    t = torch.tensor([0.3, -1.2, 2.0], dtype=torch.float64, requires_grad=True)
    value = tnp.sum(tnp.sin(tnp.asarray(t)) * tnp.asarray(t)).tensor
    (g,) = torch.autograd.grad(value, t, create_graph=True)
    (h,) = torch.autograd.grad(g.sum(), t)
    torch.testing.assert_close(h, 2 * torch.cos(t) - t * torch.sin(t))


def _spd(n: int) -> torch.Tensor:
    gen = torch.Generator().manual_seed(n)
    a = torch.randn(n, n, generator=gen, dtype=torch.float64)
    return (a @ a.T + n * torch.eye(n, dtype=torch.float64)).requires_grad_()


def _vector(n: int) -> torch.Tensor:
    gen = torch.Generator().manual_seed(10 + n)
    return torch.randn(n, generator=gen, dtype=torch.float64).requires_grad_()


def _sym(a: tnp.ndarray) -> tnp.ndarray:
    # cholesky and eigvalsh read one triangle: perturb both halves alike for gradcheck
    return (a + a.T) / 2.0


def _through(func):
    """``func`` (tnp arrays in and out) as a tensor function, for gradcheck."""

    def run(*tensors: torch.Tensor) -> torch.Tensor:
        return func(*(tnp.asarray(t) for t in tensors)).tensor

    return run


@pytest.mark.parametrize(
    ("name", "func", "make"),
    [
        ("det", tnp.linalg.det, lambda: (_spd(3),)),
        ("inv", tnp.linalg.inv, lambda: (_spd(3),)),
        ("solve", tnp.linalg.solve, lambda: (_spd(3), _vector(3))),
        ("slogdet", lambda a: tnp.linalg.slogdet(a).logabsdet, lambda: (_spd(3),)),
        ("norm fro", tnp.linalg.norm, lambda: (_spd(3),)),
        ("vector_norm", lambda v: tnp.linalg.vector_norm(v, ord=3), lambda: (_vector(4),)),
        ("cholesky", lambda a: tnp.linalg.cholesky(_sym(a)), lambda: (_spd(3),)),
        ("eigvalsh", lambda a: tnp.linalg.eigvalsh(_sym(a)), lambda: (_spd(3),)),
        ("svdvals", tnp.linalg.svdvals, lambda: (_spd(3),)),
        ("matrix_power", lambda a: tnp.linalg.matrix_power(a, 3), lambda: (_spd(2),)),
        ("fft abs", lambda v: tnp.abs(tnp.fft.fft(v)), lambda: (_vector(6),)),
        ("rfft real", lambda v: tnp.real(tnp.fft.rfft(v, norm="ortho")), lambda: (_vector(6),)),
        ("irfft", lambda v: tnp.fft.irfft(tnp.fft.rfft(v) * 2.0, n=6), lambda: (_vector(6),)),
        ("fft2 abs", lambda a: tnp.abs(tnp.fft.fft2(a)), lambda: (_spd(3),)),
        ("fftshift", lambda v: tnp.fft.fftshift(v) * 3.0, lambda: (_vector(5),)),
    ],
)
def test_gradcheck_through_linalg_and_fft(name, func, make):
    inputs = make()
    assert torch.autograd.gradcheck(_through(func), inputs, eps=1e-6, atol=1e-6), name


def test_linalg_gradient_equals_torchs():
    a = _spd(4)
    ours = tnp.sum(tnp.linalg.inv(tnp.asarray(a)) ** 2).tensor
    theirs = torch.sum(torch.linalg.inv(a) ** 2)
    (g_ours,) = torch.autograd.grad(ours, a)
    (g_theirs,) = torch.autograd.grad(theirs, a)
    torch.testing.assert_close(g_ours, g_theirs)
