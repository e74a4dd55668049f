"""2-D heat diffusion, written once for NumPy and run unchanged with NumPy and with tnp.

The physics is the explicit finite-difference scheme for ``du/dt = D (u_xx + u_yy)`` on the
unit square: a 5-point stencil, Dirichlet boundaries (one edge held hot, the other three
cold), and a Gaussian hot spot as the initial condition. ``simulate`` takes the array module
``xp`` and a ``device`` string, exactly as a NumPy 2 program written against the Array API
would, so the same source runs with ``numpy`` (on the CPU) and with ``tnp`` (on any torch
device). The script runs both, checks that their results agree, and prints the timings.

Usage: ``python demo/heat_diffusion.py [--size N] [--steps S] [--device cpu|cuda|all]
[--threads T]`` (or ``nox -s demo``). Exits 1 if tnp's result differs from NumPy's
beyond ``--atol``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy
import torch


def _import_tnp() -> tuple[ModuleType, str]:
    """``tnp`` (the full namespace) if it imports, else ``tnp_core`` (the same main namespace)."""
    try:
        import tnp

        return tnp, "tnp"
    except ImportError as exc:
        reason = f"{type(exc).__name__}: {exc}"
    try:
        import tnp_core
    except ImportError:  # running from a checkout without installing: use the sources
        sys.path.insert(
            0, str(Path(__file__).resolve().parents[1] / "packages" / "tnp-core" / "src")
        )
        import tnp_core
    return tnp_core, f"tnp_core (import tnp failed: {reason})"


# ----------------------------------------------------------------------------- the program
def simulate(xp: Any, n: int, steps: int, device: str = "cpu") -> tuple[Any, dict[str, Any]]:
    """Diffuse heat on an ``n`` x ``n`` grid for ``steps`` explicit steps.

    Only NumPy functions are used: creation with ``device=``, slicing and slice assignment,
    arithmetic, ``exp``/``sqrt``, and the reductions ``sum``/``mean``/``max``/``min``.
    Returns the final field and a few diagnostics (0-D arrays).
    """
    alpha = 0.2  # D dt / dx**2; the explicit scheme is stable for alpha <= 1/4
    x = xp.linspace(0.0, 1.0, n, device=device)
    # the hot spot: a Gaussian bump centred at (0.3, 0.6)
    gx = xp.exp(-((x - 0.3) * (x - 0.3)) / 0.005)
    gy = xp.exp(-((x - 0.6) * (x - 0.6)) / 0.005)
    u = 2.0 * (gx[:, None] * gy[None, :])
    # Dirichlet boundaries: the top edge held at 1, the others at 0
    u[0, :] = 1.0
    u[-1, :] = 0.0
    u[:, 0] = 0.0
    u[:, -1] = 0.0
    heat0 = xp.sum(u)

    nxt = xp.zeros((n, n), device=device)
    nxt[0, :] = u[0, :]  # boundary values, never touched by the update below
    for _ in range(steps):
        centre = u[1:-1, 1:-1]
        laplacian = u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:] - 4.0 * centre
        nxt[1:-1, 1:-1] = centre + alpha * laplacian
        u, nxt = nxt, u

    interior = u[1:-1, 1:-1]
    stats = {
        "initial heat": heat0,
        "total heat": xp.sum(u),
        "mean": xp.mean(interior),
        "rms": xp.sqrt(xp.mean(interior * interior)),
        "max": xp.max(interior),
        "min": xp.min(interior),
    }
    return u, stats


# ----------------------------------------------------------------------------- harness
@dataclass
class Run:
    """One backend's result: the field as NumPy, its diagnostics as floats, the best time."""

    label: str
    field: numpy.ndarray[Any, numpy.dtype[numpy.float64]]
    stats: dict[str, float]
    seconds: float


def _to_numpy(value: Any) -> numpy.ndarray[Any, numpy.dtype[numpy.float64]]:
    tensor = getattr(value, "tensor", None)  # a tnp array: the torch.Tensor behind it
    if isinstance(tensor, torch.Tensor):
        return tensor.detach().cpu().numpy()
    return numpy.asarray(value, dtype=numpy.float64)


def _run(
    label: str, xp: Any, device: str, n: int, steps: int, repeat: int, sync: Callable[[], None]
) -> Run:
    simulate(xp, n, min(steps, 5), device)  # warm-up: first-call costs, CUDA context
    sync()
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        field, stats = simulate(xp, n, steps, device)
        sync()
        best = min(best, time.perf_counter() - start)
    values = {name: float(value) for name, value in stats.items()}
    return Run(label, _to_numpy(field), values, best)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--size", type=int, default=256, help="grid points per side (256)")
    parser.add_argument("--steps", type=int, default=500, help="time steps (500)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best counts (3)")
    parser.add_argument(
        "--device",
        choices=("auto", "cpu", "cuda", "all"),
        default="auto",
        help="where tnp runs: auto = cuda if available else cpu; all = cpu and cuda",
    )
    parser.add_argument("--atol", type=float, default=1e-9, help="max abs difference allowed")
    parser.add_argument(
        "--threads",
        type=int,
        help="torch intra-op threads on the CPU (default: torch's choice); 1 avoids thread "
        "contention on a busy machine, where NumPy's elementwise loops are single-threaded",
    )
    args = parser.parse_args(argv)
    if args.threads is not None:
        torch.set_num_threads(args.threads)

    tnp, tnp_name = _import_tnp()
    cuda = torch.cuda.is_available()
    if args.device == "cuda" and not cuda:
        print("CUDA is not available: tnp runs on the CPU")
    devices = {
        "auto": ["cuda" if cuda else "cpu"],
        "cpu": ["cpu"],
        "cuda": ["cuda" if cuda else "cpu"],
        "all": ["cpu", "cuda"] if cuda else ["cpu"],
    }[args.device]

    print(
        f"heat diffusion: {args.size}x{args.size} grid, {args.steps} steps, float64, "
        f"best of {args.repeat}"
    )
    print(
        f"numpy {numpy.__version__}; torch {torch.__version__}, {torch.get_num_threads()} "
        f"threads; tnp = {tnp_name}"
    )

    runs = [_run("numpy (cpu)", numpy, "cpu", args.size, args.steps, args.repeat, lambda: None)]
    for device in devices:
        sync: Callable[[], None] = torch.cuda.synchronize if device == "cuda" else lambda: None
        runs.append(_run(f"tnp ({device})", tnp, device, args.size, args.steps, args.repeat, sync))

    reference = runs[0]
    print()
    print(f"{'':<14}" + "".join(f"{run.label:>22}" for run in runs))
    for name in reference.stats:
        print(f"{name:<14}" + "".join(f"{run.stats[name]:>22.15g}" for run in runs))
    print(f"{'time (s)':<14}" + "".join(f"{run.seconds:>22.4f}" for run in runs))
    print(
        f"{'numpy / this':<14}"
        + "".join(f"{reference.seconds / run.seconds:>21.2f}x" for run in runs)
    )

    failed = False
    print()
    for run in runs[1:]:
        diff = float(numpy.max(numpy.abs(run.field - reference.field)))
        heat_diff = abs(run.stats["total heat"] - reference.stats["total heat"])
        ok = diff <= args.atol and heat_diff <= args.atol * run.field.size
        failed |= not ok
        print(
            f"{run.label} vs numpy: max |difference| {diff:.3g}, total heat differs by "
            f"{heat_diff:.3g} -> {'agree' if ok else 'DISAGREE'} (atol {args.atol:g})"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
