"""Gradients flow through tnp: arrays wrap tensors that require grad without leaving the
graph, and a loss written with tnp has the gradients of the same loss written in torch."""

from __future__ import annotations

import numpy as np
import pytest
import torch

import tnp_core as tnp


def _inputs():
    g = torch.Generator().manual_seed(0)
    t = torch.randn(3, 4, dtype=torch.float64, generator=g, requires_grad=True)
    w = torch.randn(4, 2, dtype=torch.float64, generator=g, requires_grad=True)
    return t, w


def _tnp_loss(t, w):
    x, m = tnp.asarray(t), tnp.asarray(w)
    y = (
        tnp.sum(tnp.exp(x[1:, ::2]) * 2.0)
        + tnp.sum((tnp.abs(x) @ m) ** 2)
        - tnp.mean(x[0])
        + tnp.max(x) / 3
        + tnp.prod(tnp.sqrt(x * x + 1.0)[:, 1])
        + tnp.sum(x[x > 0])
    )
    return y.tensor


def _torch_loss(t, w):
    return (
        torch.sum(torch.exp(t[1:, ::2]) * 2.0)
        + torch.sum((torch.abs(t) @ w) ** 2)
        - torch.mean(t[0])
        + torch.max(t) / 3
        + torch.prod(torch.sqrt(t * t + 1.0)[:, 1])
        + torch.sum(t[t > 0])
    )


def test_asarray_keeps_the_graph():
    t, _ = _inputs()
    x = tnp.asarray(t)
    assert x.tensor is t
    assert tnp.array(t, copy=False).tensor is t
    assert tnp.array(t).tensor.requires_grad  # a copy stays in the graph


def test_gradients_match_torch():
    t, w = _inputs()
    got = torch.autograd.grad(_tnp_loss(t, w), (t, w))
    want = torch.autograd.grad(_torch_loss(t, w), (t, w))
    for g, e in zip(got, want, strict=True):
        torch.testing.assert_close(g, e, rtol=1e-12, atol=1e-12)
    # and backward() fills .grad of the leaves
    _tnp_loss(t, w).backward()
    torch.testing.assert_close(t.grad, want[0], rtol=1e-12, atol=1e-12)


def test_python_values_of_arrays_that_require_grad():
    t, w = _inputs()
    loss = tnp.asarray(_tnp_loss(t, w))
    value = float(_torch_loss(t, w).detach())
    assert float(loss) == pytest.approx(value)
    assert loss.item() == pytest.approx(value)
    assert loss.tolist() == pytest.approx(value)
    x = tnp.asarray(t)
    assert x.tolist() == t.detach().tolist()
    assert tnp.sum(x, axis=0).tolist() == pytest.approx(t.detach().sum(0).tolist())
    np.testing.assert_array_equal(np.asarray(x), t.detach().numpy())
    assert isinstance(repr(x), str)


def test_mixing_devices_raises_naming_both():
    cpu = tnp.ones(3)
    meta = tnp.ones(3, device="meta")
    assert meta.device == torch.device("meta")
    with pytest.raises(ValueError, match=r"cpu.*meta|meta.*cpu"):
        cpu + meta
    with pytest.raises(ValueError, match=r"cpu.*meta|meta.*cpu"):
        meta * cpu
