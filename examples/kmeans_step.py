"""One step of k-means (Lloyd's algorithm), written with NumPy's API and run by tnp,
eagerly and under ``torch.compile(fullgraph=True)``.

``label`` assigns each point to its nearest centroid; ``kmeans_step`` also moves each
centroid to the mean of its points (an empty cluster keeps its centroid) and returns the
inertia. Both take and return ``torch.Tensor``s, so that ``torch.compile`` sees tensors at
the boundary; inside they are ordinary NumPy code on tnp arrays.

Usage: ``python examples/kmeans_step.py [--points N] [--clusters K] [--device cpu|cuda]``
prints the time to label the points with NumPy (when it is installed), tnp eager and tnp
compiled, and checks that the labels agree.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

import torch

import tnp as np


def _squared_distances(x: np.ndarray, c: np.ndarray) -> np.ndarray:
    """``|x_i - c_j|**2`` for every point ``i`` and centroid ``j``, as an (n, k) array.

    Computed by broadcasting, (n, 1, d) against (1, k, d): exact, and under torch.compile
    one fused kernel with no (n, k, d) temporary. (The matmul form ``|x|**2 - 2 x.c + |c|**2``
    suits NumPy better but loses precision, and the ``@`` operator breaks dynamo's graph.)
    """
    return np.sum((x[:, None, :] - c[None, :, :]) ** 2, axis=-1)


def label(points: torch.Tensor, centroids: torch.Tensor) -> torch.Tensor:
    """The index of the nearest centroid of each point (ties go to the lower index)."""
    x, c = np.asarray(points), np.asarray(centroids)
    return np.argmin(_squared_distances(x, c), axis=1).tensor


def kmeans_step(
    points: torch.Tensor, centroids: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """One Lloyd iteration: ``(labels, new_centroids, inertia)``."""
    x, c = np.asarray(points), np.asarray(centroids)
    d2 = _squared_distances(x, c)
    labels = np.argmin(d2, axis=1)
    k = c.shape[0]
    members = labels[:, None] == np.arange(k, device=x.device)[None, :]  # (n, k) one-hot
    counts = np.sum(members, axis=0)
    sums = np.matmul(members.T.astype(x.dtype), x)
    means = sums / np.maximum(counts, 1)[:, None].astype(x.dtype)
    new_centroids = np.where(counts[:, None] > 0, means, c)
    inertia = np.sum(np.min(d2, axis=1))
    return labels.tensor, new_centroids.tensor, inertia.tensor


def make_data(
    n: int, k: int, *, dims: int = 2, seed: int = 0, device: str = "cpu"
) -> tuple[torch.Tensor, torch.Tensor]:
    """``n`` points around ``k`` random centres, and ``k`` of the points as initial centroids."""
    gen = torch.Generator().manual_seed(seed)
    centres = torch.rand(k, dims, generator=gen, dtype=torch.float64) * 10.0
    which = torch.randint(0, k, (n,), generator=gen)
    points = centres[which] + torch.randn(n, dims, generator=gen, dtype=torch.float64)
    start = points[torch.randperm(n, generator=gen)[:k]]
    return points.to(device), start.to(device)


def _best_time(run: Callable[[], Any], repeat: int, sync: Callable[[], None]) -> float:
    run()
    sync()
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        sync()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="k-means labelling: NumPy, tnp, tnp compiled")
    parser.add_argument("--points", type=int, default=10**6)
    parser.add_argument("--clusters", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--device", default="cpu")
    args = parser.parse_args(argv)

    points, centroids = make_data(args.points, args.clusters, device=args.device)
    sync: Callable[[], None] = torch.cuda.synchronize if args.device == "cuda" else lambda: None
    compiled = torch.compile(label, fullgraph=True)
    want = label(points, centroids)
    assert torch.equal(compiled(points, centroids), want)
    times = {
        "tnp eager": _best_time(lambda: label(points, centroids), args.repeat, sync),
        "tnp compiled": _best_time(lambda: compiled(points, centroids), args.repeat, sync),
    }
    try:
        import numpy  # noqa: TID251  # the baseline only, and optional
    except ImportError:
        pass
    else:
        x, c = points.cpu().numpy(), centroids.cpu().numpy()

        def numpy_label() -> Any:  # the same formula
            return ((x[:, None, :] - c[None, :, :]) ** 2).sum(axis=-1).argmin(axis=1)

        def numpy_label_matmul() -> Any:  # NumPy's fastest form: BLAS does the cross term
            d2 = (x * x).sum(axis=1)[:, None] - 2.0 * (x @ c.T) + (c * c).sum(axis=1)[None, :]
            return d2.argmin(axis=1)

        assert numpy.array_equal(numpy_label(), want.cpu().numpy())
        times["numpy"] = _best_time(numpy_label, args.repeat, lambda: None)
        times["numpy (matmul)"] = _best_time(numpy_label_matmul, args.repeat, lambda: None)
    print(f"labelling {args.points} points, {args.clusters} clusters, on {args.device}")
    for name, seconds in times.items():
        print(f"{name:>14}: {seconds * 1e3:9.2f} ms")
    if "numpy" in times:
        fastest = min(times["numpy"], times["numpy (matmul)"])
        print(f"compiled is {fastest / times['tnp compiled']:.1f}x NumPy's (best form) speed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
