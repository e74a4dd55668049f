"""Per-call time of small-array operations: raw torch, tnp, NumPy and ``torch._numpy``.

tnp's promise is that its NumPy layer costs little over the PyTorch call it makes. This
script measures that in one run: for each operation it times the same statement on raw
torch tensors, on ``tnp_core`` arrays, on NumPy arrays and on PyTorch's private
``torch._numpy`` arrays (skipped if that module is absent), all of float64 and small (10
elements, 4x4 for the axis case), so that the call overhead dominates.

Method: ``timeit.Timer`` on compiled statements (no lambda in the timed loop). Each batch
size is calibrated so that a batch takes about ``--batch-ms``; then, per operation, the
backends are timed in turn (interleaved) for ``--repeat`` rounds, which spreads drift over
all of them alike. A row shows the median (with ``--stat min``, the minimum) per-call time
in microseconds.

On CUDA (a second table, when ``torch.cuda.is_available()``) the timer synchronizes the
device when it starts and stops a batch: a batch of N back-to-back calls with one
synchronization, so a row is the per-call cost in steady state (launch and dispatch, or the
kernel itself if that is slower), not the latency of one isolated call. NumPy has no CUDA
arrays: its column there repeats its CPU time, for reference.

The tnp/torch ratio is marked against the design target of 1.5x; "tnp-torch" is the
absolute overhead in microseconds. Timings are never asserted: the exit status is 0
whatever they are, and a backend that fails an operation (an exception, or a result that
differs from NumPy's) is reported and left out of that row. Only a crash of the script itself
exits non-zero.

Usage: ``python benchmarks/bench_small_calls.py [--quick] [--json PATH] [--device cpu]``
(or ``nox -s bench -- --quick``).
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
import timeit
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy
import torch

try:
    import tnp_core
except ImportError:  # running from a checkout without installing: use the sources
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "packages" / "tnp-core" / "src"))
    import tnp_core

tnp_ref: ModuleType | None
try:
    import torch._numpy as tnp_ref
except ImportError:  # pragma: no cover - depends on the torch build
    tnp_ref = None

TARGET_RATIO = 1.5
BACKENDS = ("torch", "tnp", "numpy", "torch._numpy")


@dataclass(frozen=True)
class Operation:
    """One benchmarked operation: a NumPy-style statement and its raw torch equivalent."""

    name: str
    numpy_stmt: str  # run with xp = tnp_core / numpy / torch._numpy
    torch_stmt: str  # run with xp = torch


OPERATIONS = (
    Operation("a + b", "a + b", "a + b"),
    Operation("np.add(a, b)", "xp.add(a, b)", "xp.add(a, b)"),
    Operation("np.add(a, b, out=c)", "xp.add(a, b, out=c)", "xp.add(a, b, out=c)"),
    Operation("np.add.reduce(a)", "xp.add.reduce(a)", "xp.sum(a, dim=0)"),
    Operation("np.exp(a)", "xp.exp(a)", "xp.exp(a)"),
    Operation("np.sum(a)", "xp.sum(a)", "xp.sum(a)"),
    Operation("a[1:5]", "a[1:5]", "a[1:5]"),
    Operation("a + 1.0", "a + 1.0", "a + 1.0"),
    Operation("np.sum(a2, axis=0)", "xp.sum(a2, axis=0)", "xp.sum(a2, dim=0)"),
    Operation("np.mean(a)", "xp.mean(a)", "xp.mean(a)"),
    Operation("a[idx]", "a[idx]", "a[idx]"),
    Operation("a[mask]", "a[mask]", "a[mask]"),
    Operation("a[1:5] = 0", "a.__setitem__(slice(1, 5), 0)", "a.__setitem__(slice(1, 5), 0)"),
    Operation("np.asarray(list)", "xp.asarray(lst)", "xp.tensor(lst, dtype=xp.float64)"),
)


@dataclass
class Row:
    """Median per-call times (µs) of one operation on one device; None where not run."""

    device: str
    op: str
    us: dict[str, float | None]
    samples: dict[str, list[float]] = field(default_factory=dict)

    def ratio(self, backend: str) -> float | None:
        base, other = self.us["torch"], self.us[backend]
        if base is None or other is None or base <= 0:
            return None
        return other / base


# ----------------------------------------------------------------------------- inputs
def _inputs(device: torch.device) -> dict[str, dict[str, Any]]:
    """Namespaces (``xp``, ``a``, ``b``, ``a2``) per backend, same values everywhere."""
    gen = torch.Generator().manual_seed(0)
    a = torch.rand(10, dtype=torch.float64, generator=gen)
    b = torch.rand(10, dtype=torch.float64, generator=gen)
    a2 = torch.rand(4, 4, dtype=torch.float64, generator=gen)
    idx = torch.tensor([0, 3, 3, 7, 9])
    mask = a > 0.5
    lst = a.tolist()
    spaces: dict[str, dict[str, Any]] = {
        "torch": {
            "xp": torch,
            "a": a.to(device),
            "b": b.to(device),
            "c": torch.zeros(10, dtype=torch.float64, device=device),
            "a2": a2.to(device),
            "idx": idx.to(device),
            "mask": mask.to(device),
        },
        "tnp": {
            "xp": tnp_core,
            "a": tnp_core.asarray(a.to(device)),
            "b": tnp_core.asarray(b.to(device)),
            "c": tnp_core.zeros(10, device=device),
            "a2": tnp_core.asarray(a2.to(device)),
            "idx": tnp_core.asarray(idx.to(device)),
            "mask": tnp_core.asarray(mask.to(device)),
        },
        # NumPy is CPU-only; on another device its column is the CPU reference
        "numpy": {
            "xp": numpy,
            "a": a.numpy(),
            "b": b.numpy(),
            "c": numpy.zeros(10),
            "a2": a2.numpy(),
            "idx": idx.numpy(),
            "mask": mask.numpy(),
        },
    }
    if tnp_ref is not None:
        spaces["torch._numpy"] = {
            "xp": tnp_ref,
            "a": tnp_ref.asarray(a.to(device)),
            "b": tnp_ref.asarray(b.to(device)),
            "c": tnp_ref.asarray(torch.zeros(10, dtype=torch.float64, device=device)),
            "a2": tnp_ref.asarray(a2.to(device)),
            "idx": tnp_ref.asarray(idx.to(device)),
            "mask": tnp_ref.asarray(mask.to(device)),
        }
    for space in spaces.values():
        space["lst"] = lst
    return spaces


def _as_numpy(value: Any) -> Any:
    """A NumPy value from any backend's result, to check that all compute the same thing."""
    if isinstance(value, torch.Tensor):
        return value.detach().cpu().numpy()
    tensor = getattr(value, "tensor", None)  # tnp_core and torch._numpy arrays
    if isinstance(tensor, torch.Tensor):
        return tensor.detach().cpu().numpy()
    return numpy.asarray(value)


def _check(op: Operation, spaces: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Problems per backend: a statement that raises, or a result that differs from NumPy's.

    A backend with a problem is left out of that row rather than timed on a wrong result.
    """
    expected = eval(op.numpy_stmt, dict(spaces["numpy"]))
    problems: dict[str, str] = {}
    if expected is None:
        # a statement run for its effect (assignment): check only that every backend runs it
        for backend, ns in spaces.items():
            stmt = op.torch_stmt if backend == "torch" else op.numpy_stmt
            try:
                eval(stmt, dict(ns))
            except Exception as exc:  # noqa: BLE001  (any failure: report it, time the others)
                problems[backend] = f"raises {type(exc).__name__}: {exc}"
        return problems
    for backend, ns in spaces.items():
        stmt = op.torch_stmt if backend == "torch" else op.numpy_stmt
        try:
            got = _as_numpy(eval(stmt, dict(ns)))
        except Exception as exc:  # noqa: BLE001  (any failure: report it, time the others)
            problems[backend] = f"raises {type(exc).__name__}: {exc}"
            continue
        if got.shape != numpy.shape(expected) or not numpy.allclose(got, expected):
            problems[backend] = "result differs from NumPy's"
    return problems


# ----------------------------------------------------------------------------- timing
def _clock(device: torch.device) -> Callable[[], float]:
    if device.type == "cuda":

        def synchronized() -> float:
            torch.cuda.synchronize(device)
            return time.perf_counter()

        return synchronized
    return time.perf_counter


def _timer(stmt: str, ns: dict[str, Any], clock: Callable[[], float]) -> timeit.Timer:
    return timeit.Timer(stmt, globals=dict(ns), timer=clock)


def _calibrate(timer: timeit.Timer, batch_s: float) -> int:
    """Calls per batch so that one batch takes about ``batch_s`` (also warms the code up)."""
    number = 1
    while True:
        elapsed = timer.timeit(number)
        if elapsed >= batch_s / 10 or number >= 10**7:
            break
        number *= 10
    return max(1, round(number * batch_s / max(elapsed, 1e-9)))


def measure(
    device: torch.device,
    repeat: int,
    batch_s: float,
    stat: Callable[[list[float]], float] = statistics.median,
    cpu_numpy: dict[str, Row] | None = None,
) -> list[Row]:
    """Time every operation on ``device``, the backends interleaved round by round."""
    spaces = _inputs(device)
    clock = _clock(device)
    rows = []
    for op in OPERATIONS:
        problems = _check(op, spaces)
        for backend, problem in problems.items():
            print(f"warning: {device.type}: {op.name}: {backend} {problem}; not timed")
        timers: dict[str, tuple[timeit.Timer, int]] = {}
        for backend, ns in spaces.items():
            if backend in problems or (backend == "numpy" and cpu_numpy is not None):
                continue  # broken here, or CPU-only NumPy: reuse the CPU measurement
            stmt = op.torch_stmt if backend == "torch" else op.numpy_stmt
            timer = _timer(stmt, ns, clock if backend != "numpy" else time.perf_counter)
            timers[backend] = (timer, _calibrate(timer, batch_s))
        samples: dict[str, list[float]] = {name: [] for name in timers}
        for _ in range(repeat):
            for backend, (timer, number) in timers.items():
                (elapsed,) = timer.repeat(repeat=1, number=number)
                samples[backend].append(elapsed / number * 1e6)
        us: dict[str, float | None] = dict.fromkeys(BACKENDS)
        for backend, values in samples.items():
            us[backend] = stat(values)
        if cpu_numpy is not None:
            us["numpy"] = cpu_numpy[op.name].us["numpy"]
        rows.append(Row(device.type, op.name, us, samples))
    return rows


# ----------------------------------------------------------------------------- report
def _fmt(value: float | None, spec: str = "8.2f") -> str:
    return "-".rjust(len(format(0.0, spec))) if value is None else format(value, spec)


def print_table(rows: list[Row], title: str) -> None:
    """The table of one device: times, ratios against torch, tnp's absolute overhead."""
    print(f"\n{title}")
    header = (
        f"{'operation':<20} {'torch':>8} {'tnp':>8} {'numpy':>8} {'t._numpy':>8}"
        f" | {'tnp/torch':>9} {'':<4} {'t._np/torch':>11} | {'tnp-torch':>9}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        ratio, ref_ratio = row.ratio("tnp"), row.ratio("torch._numpy")
        mark = "" if ratio is None else ("ok" if ratio <= TARGET_RATIO else "OVER")
        torch_us, tnp_us = row.us["torch"], row.us["tnp"]
        overhead = None if torch_us is None or tnp_us is None else tnp_us - torch_us
        print(
            f"{row.op:<20} {_fmt(row.us['torch'])} {_fmt(row.us['tnp'])}"
            f" {_fmt(row.us['numpy'])} {_fmt(row.us['torch._numpy'])}"
            f" | {_fmt(ratio, '8.2f')}x {mark:<4} {_fmt(ref_ratio, '10.2f')}x"
            f" | {_fmt(overhead, '+9.2f')}"
        )
    over = [row.op for row in rows if (row.ratio("tnp") or 0.0) > TARGET_RATIO]
    print(
        f"per-call times in µs; target tnp/torch <= {TARGET_RATIO}x: "
        + (f"{len(over)} of {len(rows)} over ({', '.join(over)})" if over else "all within")
    )


def _environment() -> dict[str, str]:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "torch": torch.__version__,
        "numpy": numpy.__version__,
        "tnp_core": f"{tnp_core.__version__} ({Path(tnp_core.__file__ or '?').parent})",
        "torch._numpy": "available" if tnp_ref is not None else "absent",
        "torch threads": str(torch.get_num_threads()),
        "cuda": torch.cuda.get_device_name() if torch.cuda.is_available() else "not available",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="few short rounds (for tests)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write results here")
    parser.add_argument("--repeat", type=int, help="rounds per backend (default 50, quick 5)")
    parser.add_argument("--batch-ms", type=float, help="time per batch (default 2, quick 1)")
    parser.add_argument(
        "--stat",
        choices=("median", "min"),
        default="median",
        help="per-call time over the batches: median (default) or min (steadier on a busy host)",
    )
    parser.add_argument(
        "--device", choices=("all", "cpu", "cuda"), default="all", help="which tables to run"
    )
    args = parser.parse_args(argv)
    repeat = args.repeat or (5 if args.quick else 50)
    batch_s = (args.batch_ms or (1.0 if args.quick else 2.0)) / 1000
    stat: Callable[[list[float]], float] = min if args.stat == "min" else statistics.median

    env = _environment()
    for key, value in env.items():
        print(f"{key:>14}: {value}")
    print(f"{'method':>14}: {args.stat} of {repeat} interleaved batches of ~{batch_s * 1e3:g} ms")

    rows: list[Row] = []
    if args.device in ("all", "cpu"):
        cpu_rows = measure(torch.device("cpu"), repeat, batch_s, stat)
        print_table(cpu_rows, "CPU (float64; a, b: 10 elements; a2: 4x4)")
        rows += cpu_rows
    if args.device in ("all", "cuda"):
        if torch.cuda.is_available():
            reference = {row.op: row for row in rows} if rows else None
            if reference is None:
                reference = {r.op: r for r in measure(torch.device("cpu"), repeat, batch_s, stat)}
            cuda_rows = measure(torch.device("cuda"), repeat, batch_s, stat, reference)
            print_table(
                cuda_rows,
                "CUDA (synchronized once per batch: steady-state cost per call;"
                " numpy column = CPU)",
            )
            rows += cuda_rows
        elif args.device == "cuda":
            print("\nCUDA: not available, skipped")

    if args.json is not None:
        payload = {
            "environment": env,
            "repeat": repeat,
            "batch_seconds": batch_s,
            "statistic": args.stat,
            "target_ratio": TARGET_RATIO,
            "results": [
                {
                    **asdict(row),
                    "tnp_over_torch": row.ratio("tnp"),
                    "ref_over_torch": row.ratio("torch._numpy"),
                }
                for row in rows
            ],
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
