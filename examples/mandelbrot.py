"""The Mandelbrot set's escape counts, written with NumPy's API and run by tnp, eagerly and
under ``torch.compile(fullgraph=True)``.

For each point ``c`` of a grid, ``z <- z**2 + c`` is iterated from 0; the count is the
number of iterations before ``|z|`` exceeds 2 (``max_iter`` for points that stay). The
arithmetic is on real and imaginary parts in float64, and an escaped point's ``z`` is
frozen, so nothing overflows. ``iterate`` (one iteration) is what ``main`` compiles.

Usage: ``python examples/mandelbrot.py [--width W] [--height H] [--iter N] [--device D]``
prints an ASCII picture and the timings.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import torch

import tnp as np


def grid(width: int, height: int, *, device: str = "cpu") -> tuple[torch.Tensor, torch.Tensor]:
    """Real and imaginary parts of ``c`` on a ``height`` x ``width`` grid over the set."""
    re = np.linspace(-2.2, 0.8, width, device=device)
    im = np.linspace(-1.2, 1.2, height, device=device)
    c_re, c_im = np.meshgrid(re, im)
    return c_re.tensor, c_im.tensor


Step = Callable[
    [torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor],
    tuple[torch.Tensor, torch.Tensor, torch.Tensor],
]


def iterate(
    zr: torch.Tensor, zi: torch.Tensor, counts: torch.Tensor, c_re: torch.Tensor, c_im: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """One iteration: count the points still bounded, and move only those."""
    x, y, n = np.asarray(zr), np.asarray(zi), np.asarray(counts)
    cr, ci = np.asarray(c_re), np.asarray(c_im)
    bounded = x * x + y * y <= 4.0
    new_x = x * x - y * y + cr
    new_y = 2.0 * x * y + ci
    return (
        np.where(bounded, new_x, x).tensor,
        np.where(bounded, new_y, y).tensor,
        (n + bounded).tensor,
    )


def escape_counts(
    c_re: torch.Tensor, c_im: torch.Tensor, max_iter: int, step: Step = iterate
) -> torch.Tensor:
    """For each point, how many iterations ``|z|`` stays at most 2 (int32, up to max_iter).

    ``step`` does one iteration: ``iterate`` itself, or ``torch.compile(iterate)``. Compiling
    ``escape_counts`` whole also works (one graph), but inductor's compile time grows
    steeply with the number of unrolled iterations, so the compiled step suits long runs.
    """
    zr = np.zeros_like(np.asarray(c_re)).tensor
    zi = np.zeros_like(np.asarray(c_im)).tensor
    counts = np.zeros(tuple(c_re.shape), dtype=np.int32, device=c_re.device).tensor
    for _ in range(max_iter):
        zr, zi, counts = step(zr, zi, counts, c_re, c_im)
    return counts


def ascii_picture(counts: torch.Tensor, max_iter: int) -> str:
    """One character per point: darker for points that stay longer."""
    shades = " .:-=+*#%@"
    levels = np.asarray(counts) * (len(shades) - 1) // max_iter
    return "\n".join("".join(shades[int(v)] for v in row) for row in levels.tolist())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Mandelbrot escape counts with tnp")
    parser.add_argument("--width", type=int, default=78)
    parser.add_argument("--height", type=int, default=32)
    parser.add_argument("--iter", type=int, default=40)
    parser.add_argument("--device", default="cpu")
    args = parser.parse_args(argv)

    c_re, c_im = grid(args.width, args.height, device=args.device)
    compiled: Step = torch.compile(iterate, fullgraph=True)
    results = {}
    for name, step in (("eager", iterate), ("compiled", compiled)):
        escape_counts(c_re, c_im, args.iter, step)  # warm-up (compilation for the compiled one)
        start = time.perf_counter()
        results[name] = escape_counts(c_re, c_im, args.iter, step)
        if args.device == "cuda":
            torch.cuda.synchronize()
        print(f"{name:>9}: {time.perf_counter() - start:8.4f} s")
    print(ascii_picture(results["eager"], args.iter))
    same = torch.equal(results["eager"], results["compiled"])
    print("eager and compiled counts agree" if same else "eager and compiled counts DIFFER")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
