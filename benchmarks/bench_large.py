"""Time of large-array operations and of the sibling distributions: raw torch against tnp.

Where ``bench_small_calls.py`` measures tnp's per-call overhead on tiny arrays, this script
measures operations whose work is large (a (1000, 1000) sum, a 512x512 solve, a 2**20-point
FFT, ten million random numbers), where tnp must add nothing measurable: the targets are
1.1x raw torch (1.2x for random sampling, whose tnp path also validates its arguments), and
2x for ``tnp.random.rand(10)``, a small call of the legacy API. NumPy and ``torch._numpy``
run the same statement for reference.

Method as in ``bench_small_calls.py`` (its helpers are reused): each statement is checked
first (results compared with NumPy's, except for random numbers, compared by shape and
dtype only), then timed with the backends interleaved batch by batch; a cell is the median
(or ``--stat min``) time per call in milliseconds. On CUDA each batch is synchronized once.
Timings are never asserted; the exit status is 0 unless the script itself crashes.

Usage: ``python benchmarks/bench_large.py [--quick] [--device cpu] [--json PATH]``
(or ``nox -s bench -- --quick``, which runs both scripts). It needs the full namespace
(``tnp``); from a checkout it uses the sources under ``packages/``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy
import torch

_HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(_HERE))
try:
    import tnp
except ImportError:  # a checkout without installs: use the sources of all five packages
    for folder in ("tnp-core", "tnp-linalg", "tnp-fft", "tnp-random", "tnp"):
        sys.path.insert(0, str(_HERE.parent / "packages" / folder / "src"))
    import tnp

import bench_small_calls as small  # noqa: E402  (after the path set-up above)

tnp_ref: ModuleType | None = small.tnp_ref
BACKENDS = ("torch", "tnp", "numpy", "torch._numpy")


@dataclass(frozen=True)
class Operation:
    """A NumPy-style statement, its raw torch equivalent and tnp's target ratio."""

    name: str
    numpy_stmt: str
    torch_stmt: str
    target: float
    exact: bool = True  # False: random numbers, checked by shape and dtype only


OPERATIONS = (
    Operation("np.add(A, B, out=C)", "xp.add(A, B, out=C)", "xp.add(A, B, out=C)", 1.1),
    Operation("A.sum(axis=0)", "A.sum(axis=0)", "A.sum(dim=0)", 1.1),
    Operation("np.add.reduce(A)", "xp.add.reduce(A)", "xp.sum(A, dim=0)", 1.1),
    Operation("linalg.solve(M, M)", "xp.linalg.solve(M, M)", "xp.linalg.solve(M, M)", 1.1),
    Operation("linalg.inv(M)", "xp.linalg.inv(M)", "xp.linalg.inv(M)", 1.1),
    Operation("linalg.solve(S, S)", "xp.linalg.solve(S, S)", "xp.linalg.solve(S, S)", 1.1),
    Operation("linalg.inv(S)", "xp.linalg.inv(S)", "xp.linalg.inv(S)", 1.1),
    Operation("fft.fft(Z)", "xp.fft.fft(Z)", "xp.fft.fft(Z)", 1.1),
    Operation("fft.rfft2(R)", "xp.fft.rfft2(R)", "xp.fft.rfft2(R)", 1.1),
    Operation(
        "rng.random(10**7)",
        "rng.random(10**7)",
        "xp.rand(10**7, generator=gen, dtype=xp.float64, device=dev)",
        1.2,
        exact=False,
    ),
    Operation(
        "rng.standard_normal(10**7)",
        "rng.standard_normal(10**7)",
        "xp.randn(10**7, generator=gen, dtype=xp.float64, device=dev)",
        1.2,
        exact=False,
    ),
    Operation(
        "rng.integers(0, 100, 10**7)",
        "rng.integers(0, 100, 10**7)",
        "xp.randint(0, 100, (10**7,), generator=gen, device=dev)",
        1.2,
        exact=False,
    ),
    Operation(
        "random.rand(10)",
        "xp.random.rand(10)",
        "xp.rand(10, generator=gen, dtype=xp.float64, device=dev)",
        2.0,
        exact=False,
    ),
)


def _inputs(device: torch.device) -> dict[str, dict[str, Any]]:
    gen = torch.Generator().manual_seed(0)
    arrays = {
        "A": torch.rand(1000, 1000, dtype=torch.float64, generator=gen),
        "B": torch.rand(1000, 1000, dtype=torch.float64, generator=gen),
        "C": torch.empty(1000, 1000, dtype=torch.float64),
        "M": torch.rand(512, 512, dtype=torch.float64, generator=gen) + 512 * torch.eye(512),
        "S": torch.rand(1000, 4, 4, dtype=torch.float64, generator=gen) + 4 * torch.eye(4),
        "Z": torch.randn(2**20, dtype=torch.complex64, generator=gen),
        "R": torch.rand(2048, 2048, dtype=torch.float32, generator=gen),
    }
    spaces: dict[str, dict[str, Any]] = {
        "torch": {
            "xp": torch,
            "dev": device,
            "gen": torch.Generator(device).manual_seed(0),
            **{k: v.to(device) for k, v in arrays.items()},
        },
        "tnp": {
            "xp": tnp,
            "rng": tnp.random.default_rng(0),
            **{k: tnp.asarray(v.to(device)) for k, v in arrays.items()},
        },
        "numpy": {
            "xp": numpy,
            "rng": numpy.random.default_rng(0),
            **{k: v.numpy() for k, v in arrays.items()},
        },
    }
    if tnp_ref is not None:
        spaces["torch._numpy"] = {
            "xp": tnp_ref,
            **{k: tnp_ref.asarray(v.to(device)) for k, v in arrays.items()},
        }
    return spaces


def _check(op: Operation, spaces: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Problems per backend: a statement that raises, or a result unlike NumPy's."""
    expected = numpy.asarray(eval(op.numpy_stmt, dict(spaces["numpy"])))
    problems: dict[str, str] = {}
    for backend, ns in spaces.items():
        stmt = op.torch_stmt if backend == "torch" else op.numpy_stmt
        try:
            got = small._as_numpy(eval(stmt, dict(ns)))
        except Exception as exc:  # noqa: BLE001  (report it, time the others)
            problems[backend] = f"raises {type(exc).__name__}: {exc}"
            continue
        if got.shape != expected.shape:
            problems[backend] = f"shape {got.shape} differs from NumPy's {expected.shape}"
        elif op.exact and not numpy.allclose(
            got, expected, rtol=1e-3, atol=1e-4 * float(numpy.abs(expected).max(initial=1.0))
        ):
            problems[backend] = "result differs from NumPy's"
    return problems


@dataclass
class Row:
    device: str
    op: str
    target: float
    ms: dict[str, float | None]

    def ratio(self, backend: str) -> float | None:
        base, other = self.ms["torch"], self.ms[backend]
        if base is None or other is None or base <= 0:
            return None
        return other / base


def measure(
    device: torch.device,
    repeat: int,
    batch_s: float,
    stat: Callable[[list[float]], float],
    cpu_numpy: dict[str, Row] | None = None,
) -> list[Row]:
    """Time every operation on ``device``, the backends interleaved round by round.

    tnp's default device is ``device`` meanwhile, so that its random numbers are drawn
    there as torch's are."""
    with tnp.default_device(device):
        return _measure(device, repeat, batch_s, stat, cpu_numpy)


def _measure(
    device: torch.device,
    repeat: int,
    batch_s: float,
    stat: Callable[[list[float]], float],
    cpu_numpy: dict[str, Row] | None,
) -> list[Row]:
    spaces = _inputs(device)
    clock = small._clock(device)
    rows = []
    for op in OPERATIONS:
        problems = _check(op, spaces)
        for backend, problem in problems.items():
            print(f"warning: {device.type}: {op.name}: {backend} {problem}; not timed")
        timers = {}
        for backend, ns in spaces.items():
            if backend in problems or (backend == "numpy" and cpu_numpy is not None):
                continue
            stmt = op.torch_stmt if backend == "torch" else op.numpy_stmt
            timer = small._timer(stmt, ns, clock if backend != "numpy" else time.perf_counter)
            timers[backend] = (timer, small._calibrate(timer, batch_s))
        samples: dict[str, list[float]] = {name: [] for name in timers}
        for _ in range(repeat):
            for backend, (timer, number) in timers.items():
                (elapsed,) = timer.repeat(repeat=1, number=number)
                samples[backend].append(elapsed / number * 1e3)
        ms: dict[str, float | None] = dict.fromkeys(BACKENDS)
        for backend, values in samples.items():
            ms[backend] = stat(values)
        if cpu_numpy is not None:
            ms["numpy"] = cpu_numpy[op.name].ms["numpy"]
        rows.append(Row(device.type, op.name, op.target, ms))
    return rows


def print_table(rows: list[Row], title: str) -> None:
    print(f"\n{title}")
    header = (
        f"{'operation':<28} {'torch':>9} {'tnp':>9} {'numpy':>9} {'t._numpy':>9}"
        f" | {'tnp/torch':>9} {'target':>6} {'':<4}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        ratio = row.ratio("tnp")
        mark = "" if ratio is None else ("ok" if ratio <= row.target else "OVER")
        cells = " ".join(small._fmt(row.ms[b], "9.3f") for b in BACKENDS)
        print(f"{row.op:<28} {cells} | {small._fmt(ratio, '8.2f')}x {row.target:5.1f}x {mark:<4}")
    over = [row.op for row in rows if (row.ratio("tnp") or 0.0) > row.target]
    print(
        "times per call in ms: "
        + (f"{len(over)} of {len(rows)} over target ({', '.join(over)})" if over else "all within")
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="few short rounds (for tests)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write results here")
    parser.add_argument("--repeat", type=int, help="rounds per backend (default 20, quick 3)")
    parser.add_argument("--stat", choices=("median", "min"), default="median")
    parser.add_argument("--device", choices=("all", "cpu", "cuda"), default="all")
    args = parser.parse_args(argv)
    repeat = args.repeat or (3 if args.quick else 20)
    batch_s = 0.02
    stat: Callable[[list[float]], float] = min if args.stat == "min" else statistics.median
    for key, value in small._environment().items():
        print(f"{key:>14}: {value}")
    rows: list[Row] = []
    if args.device in ("all", "cpu"):
        rows += measure(torch.device("cpu"), repeat, batch_s, stat)
        print_table(rows, "CPU (A, B: 1000x1000 float64; M: 512x512; S: 1000x4x4; Z: 2**20 c64)")
    if args.device in ("all", "cuda") and torch.cuda.is_available():
        reference = {row.op: row for row in rows} if rows else None
        if reference is None:
            reference = {r.op: r for r in measure(torch.device("cpu"), repeat, batch_s, stat)}
        cuda_rows = measure(torch.device("cuda"), repeat, batch_s, stat, reference)
        print_table(cuda_rows, "CUDA (synchronized once per batch; numpy column = CPU)")
        rows += cuda_rows
    if args.json is not None:
        payload = [{**asdict(row), "tnp_over_torch": row.ratio("tnp")} for row in rows]
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
