"""The three ``examples/`` workloads: NumPy, tnp eager and tnp under ``torch.compile``.

* k-means labelling of ``--points`` 2-D points against 8 centroids (``examples/kmeans_step``),
  against NumPy's same formula and its faster matmul form;
* ``--steps`` steps of the 5-point heat stencil on a ``--size`` square
  (``examples/heat_diffusion``), the step compiled once and called in a loop;
* ``--iter`` Mandelbrot iterations on a 600 x 400 grid (``examples/mandelbrot``), the
  iteration compiled once and called in a loop.

Each cell is the best of ``--repeat`` runs in ms, after a warm-up run (which compiles). The
results of the three are checked to agree before timing. Timings are never asserted.

Usage: ``python benchmarks/bench_examples.py [--quick] [--device cpu|cuda]``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy
import torch

_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(_ROOT / "examples"))
try:
    import tnp
except ImportError:  # a checkout without installs: use the sources of all five packages
    for folder in ("tnp-core", "tnp-linalg", "tnp-fft", "tnp-random", "tnp"):
        sys.path.insert(0, str(_ROOT / "packages" / folder / "src"))
    import tnp

import heat_diffusion  # noqa: E402  (after the path set-up above)
import kmeans_step  # noqa: E402
import mandelbrot  # noqa: E402


def _best(run: Callable[[], Any], repeat: int, device: str) -> float:
    run()  # warm-up: compiles the compiled variants
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        if device == "cuda":
            torch.cuda.synchronize()
        best = min(best, time.perf_counter() - start)
    return best * 1e3


def kmeans(points: int, repeat: int, device: str) -> dict[str, float]:
    x, c = kmeans_step.make_data(points, 8, device=device)
    compiled = torch.compile(kmeans_step.label, fullgraph=True)
    xn, cn = x.cpu().numpy(), c.cpu().numpy()

    def numpy_label() -> Any:
        return ((xn[:, None, :] - cn[None, :, :]) ** 2).sum(axis=-1).argmin(axis=1)

    def numpy_matmul_label() -> Any:
        d2 = (xn * xn).sum(axis=1)[:, None] - 2.0 * (xn @ cn.T) + (cn * cn).sum(axis=1)
        return d2.argmin(axis=1)

    want = numpy_label()
    assert numpy.array_equal(kmeans_step.label(x, c).cpu().numpy(), want)
    assert numpy.array_equal(compiled(x, c).cpu().numpy(), want)
    return {
        "numpy": min(_best(numpy_label, repeat, "cpu"), _best(numpy_matmul_label, repeat, "cpu")),
        "tnp eager": _best(lambda: kmeans_step.label(x, c), repeat, device),
        "tnp compiled": _best(lambda: compiled(x, c), repeat, device),
    }


def heat(size: int, steps: int, repeat: int, device: str) -> dict[str, float]:
    field = heat_diffusion.initial_field(size, device=device)

    def tensor_step(t: torch.Tensor) -> torch.Tensor:  # tensors in and out, for the compiler
        return heat_diffusion.step(tnp.asarray(t)).tensor

    compiled_step = torch.compile(tensor_step, fullgraph=True)

    def run(step: Callable[[Any], Any], u: Any) -> Any:
        for _ in range(steps):
            u = step(u)
        return u

    un = field.cpu().numpy()
    want = run(heat_diffusion.step, un)  # NumPy arrays go through the same step function
    assert numpy.allclose(run(tensor_step, field).cpu().numpy(), want, atol=1e-12)
    assert numpy.allclose(run(compiled_step, field).cpu().numpy(), want, atol=1e-12)
    return {
        "numpy": _best(lambda: run(heat_diffusion.step, un), repeat, "cpu"),
        "tnp eager": _best(lambda: run(tensor_step, field), repeat, device),
        "tnp compiled": _best(lambda: run(compiled_step, field), repeat, device),
    }


def escape(iterations: int, repeat: int, device: str) -> dict[str, float]:
    c_re, c_im = mandelbrot.grid(600, 400, device=device)
    compiled = torch.compile(mandelbrot.iterate, fullgraph=True)
    cr, ci = c_re.cpu().numpy(), c_im.cpu().numpy()

    def numpy_counts() -> Any:
        x, y = numpy.zeros_like(cr), numpy.zeros_like(ci)
        n = numpy.zeros(cr.shape, dtype=numpy.int32)
        for _ in range(iterations):
            bounded = x * x + y * y <= 4.0
            x, y = (
                numpy.where(bounded, x * x - y * y + cr, x),
                numpy.where(bounded, 2.0 * x * y + ci, y),
            )
            n = n + bounded
        return n

    want = numpy_counts()
    got = mandelbrot.escape_counts(c_re, c_im, iterations, compiled)
    assert numpy.array_equal(got.cpu().numpy(), want)
    return {
        "numpy": _best(numpy_counts, repeat, "cpu"),
        "tnp eager": _best(
            lambda: mandelbrot.escape_counts(c_re, c_im, iterations), repeat, device
        ),
        "tnp compiled": _best(
            lambda: mandelbrot.escape_counts(c_re, c_im, iterations, compiled), repeat, device
        ),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="smaller inputs, fewer runs")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--points", type=int, default=10**6)
    parser.add_argument("--size", type=int, default=512)
    parser.add_argument("--steps", type=int, default=50)
    parser.add_argument("--iter", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    if args.quick:
        args.points, args.size, args.steps, args.iter, args.repeat = 10**5, 128, 10, 10, 2
    rows = {
        f"k-means labelling, {args.points} points": kmeans(args.points, args.repeat, args.device),
        f"heat stencil, {args.size}^2 x {args.steps} steps": heat(
            args.size, args.steps, args.repeat, args.device
        ),
        f"Mandelbrot 600x400, {args.iter} iterations": escape(args.iter, args.repeat, args.device),
    }
    print(f"\n{args.device} (torch threads: {torch.get_num_threads()}); best of {args.repeat}, ms")
    header = (
        f"{'workload':<42} {'numpy':>9} {'tnp eager':>10} {'compiled':>9} | {'numpy/compiled':>14}"
    )
    print(header)
    print("-" * len(header))
    for name, t in rows.items():
        print(
            f"{name:<42} {t['numpy']:9.2f} {t['tnp eager']:10.2f} {t['tnp compiled']:9.2f}"
            f" | {t['numpy'] / t['tnp compiled']:13.1f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
