"""2-D heat diffusion with a 5-point stencil, written with NumPy's API and run by tnp,
eagerly and under ``torch.compile(fullgraph=True)``.

The explicit finite-difference scheme for ``du/dt = D (u_xx + u_yy)`` on the unit square:
Dirichlet boundaries (the top edge held at 1, the others at 0) and a Gaussian hot spot as
the initial condition. ``diffuse`` advances the field by a fixed number of steps; its loop
is unrolled by ``torch.compile``, and the whole run becomes one graph (inductor fuses each
step's slicing and arithmetic into one kernel). Tensors go in and out; inside is NumPy code.

Usage: ``python examples/heat_diffusion.py [--size N] [--steps S] [--device cpu|cuda]``.
"""

from __future__ import annotations

import argparse
import time

import torch

import tnp as np

ALPHA = 0.2  # D dt / dx**2; the explicit scheme is stable for alpha <= 1/4


def initial_field(n: int, *, device: str = "cpu") -> torch.Tensor:
    """An ``n`` x ``n`` float64 field: a Gaussian bump at (0.3, 0.6), hot top edge."""
    x = np.linspace(0.0, 1.0, n, device=device)
    gx = np.exp(-((x - 0.3) ** 2) / 0.005)
    gy = np.exp(-((x - 0.6) ** 2) / 0.005)
    u = 2.0 * (gx[:, None] * gy[None, :])
    u[0, :] = 1.0
    u[-1, :] = 0.0
    u[:, 0] = 0.0
    u[:, -1] = 0.0
    return u.tensor


def step(u: np.ndarray, alpha: float = ALPHA) -> np.ndarray:
    """One explicit step: the interior moves by ``alpha`` times the discrete Laplacian; the
    boundary values stay."""
    centre = u[1:-1, 1:-1]
    laplacian = u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:] - 4.0 * centre
    nxt = u.copy()
    nxt[1:-1, 1:-1] = centre + alpha * laplacian
    return nxt


def diffuse(field: torch.Tensor, steps: int) -> tuple[torch.Tensor, torch.Tensor]:
    """The field after ``steps`` steps and its total heat (a 0-D tensor)."""
    u = np.asarray(field)
    for _ in range(steps):
        u = step(u)
    return u.tensor, np.sum(u).tensor


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="heat diffusion: tnp eager and compiled")
    parser.add_argument("--size", type=int, default=256)
    parser.add_argument("--steps", type=int, default=50)
    parser.add_argument("--device", default="cpu")
    args = parser.parse_args(argv)

    u0 = initial_field(args.size, device=args.device)
    compiled = torch.compile(diffuse, fullgraph=True)
    for name, fn in (("eager", diffuse), ("compiled", compiled)):
        fn(u0, args.steps)  # warm-up (compilation for the compiled one)
        start = time.perf_counter()
        _, heat = fn(u0, args.steps)
        if args.device == "cuda":
            torch.cuda.synchronize()
        print(f"{name:>9}: {time.perf_counter() - start:8.4f} s, total heat {float(heat):.12g}")
    eager_field, _ = diffuse(u0, args.steps)
    compiled_field, _ = compiled(u0, args.steps)
    difference = float((eager_field - compiled_field).abs().max())
    print(f"max |eager - compiled| = {difference:.3g}")
    return 0 if difference < 1e-9 else 1


if __name__ == "__main__":
    raise SystemExit(main())
