"""Coverage of NumPy's public API by tnp, against the target list ``docs/numpy-api.tsv``.

    python tools/api_coverage.py              # table per namespace
    python tools/api_coverage.py --missing    # ... and the in-scope names still missing
    python tools/api_coverage.py --check      # exit 1 on a gap not recorded in api_missing.txt
    python tools/api_coverage.py --update     # record the current gaps in tools/api_missing.txt

A row is covered when its name resolves on the ``tnp`` object standing for its namespace
(``numpy.linalg`` -> ``tnp.linalg``, ``numpy.ndarray`` -> ``tnp.ndarray``, ...). A row marked
out of scope is handled when asking for it raises ``NotImplementedError`` (or it works).
Run it where the full namespace (the ``tnp`` package) is importable.
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = ROOT / "docs" / "numpy-api.tsv"
RECORDED_GAPS = ROOT / "tools" / "api_missing.txt"


@dataclass
class Namespace:
    name: str
    in_scope: int = 0
    covered: int = 0
    missing: list[str] = field(default_factory=list)
    out_of_scope: int = 0
    out_unhandled: list[str] = field(default_factory=list)


def _rows() -> list[tuple[str, str, str]]:
    with TARGETS.open(newline="") as handle:
        reader = csv.reader(handle, delimiter="\t")
        return [(r[0], r[1], r[3]) for r in reader if r and not r[0].startswith("#")]


def _lookup(namespace: str, name: str) -> object:
    """The tnp object for ``namespace.name``; raises what the lookup raises."""
    import tnp

    obj: object = tnp
    for part in namespace.split(".")[1:]:
        obj = getattr(obj, part)
    return getattr(obj, name)


def measure() -> dict[str, Namespace]:
    """Coverage per namespace of the target list."""
    result: dict[str, Namespace] = {}
    for namespace, name, scope in _rows():
        ns = result.setdefault(namespace, Namespace(namespace))
        if scope == "out":
            ns.out_of_scope += 1
            try:
                _lookup(namespace, name)
            except NotImplementedError:
                pass
            except AttributeError:
                ns.out_unhandled.append(name)
            continue
        ns.in_scope += 1
        try:
            _lookup(namespace, name)
        except (AttributeError, NotImplementedError):
            ns.missing.append(name)
        else:
            ns.covered += 1
    return result


def gaps(result: dict[str, Namespace]) -> list[str]:
    """Every in-scope ``namespace.name`` that is missing, sorted."""
    return sorted(f"{ns.name}.{n}" for ns in result.values() for n in ns.missing)


def recorded_gaps() -> set[str]:
    if not RECORDED_GAPS.exists():
        return set()
    lines = RECORDED_GAPS.read_text().splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def report(result: dict[str, Namespace], *, show_missing: bool) -> str:
    lines = [f"{'namespace':28} {'covered':>8} {'in scope':>9} {'percent':>8}  out of scope"]
    total_in = total_cov = 0
    for ns in sorted(result.values(), key=lambda n: n.name):
        total_in += ns.in_scope
        total_cov += ns.covered
        pct = 100.0 * ns.covered / ns.in_scope if ns.in_scope else 100.0
        out = f"{ns.out_of_scope} ({len(ns.out_unhandled)} not raising)" if ns.out_of_scope else ""
        lines.append(f"{ns.name:28} {ns.covered:8} {ns.in_scope:9} {pct:7.1f}%  {out}")
    pct = 100.0 * total_cov / total_in if total_in else 100.0
    lines.append(f"{'total':28} {total_cov:8} {total_in:9} {pct:7.1f}%")
    if show_missing:
        for ns in sorted(result.values(), key=lambda n: n.name):
            if ns.missing:
                lines.append(f"\nmissing in {ns.name} ({len(ns.missing)}):")
                lines.append("  " + " ".join(ns.missing))
            if ns.out_unhandled:
                lines.append(f"\nout of scope but not raising NotImplementedError in {ns.name}:")
                lines.append("  " + " ".join(ns.out_unhandled))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--missing", action="store_true", help="list the missing names")
    parser.add_argument("--check", action="store_true", help="fail on unrecorded gaps")
    parser.add_argument("--update", action="store_true", help="record the current gaps")
    args = parser.parse_args(argv)
    result = measure()
    print(report(result, show_missing=args.missing))
    now = gaps(result)
    if args.update:
        header = "# In-scope names not yet implemented (tools/api_coverage.py --update).\n"
        RECORDED_GAPS.write_text(header + "".join(f"{g}\n" for g in now))
        print(f"\nrecorded {len(now)} gaps in {RECORDED_GAPS.relative_to(ROOT)}")
    if args.check:
        regressions = sorted(set(now) - recorded_gaps())
        if regressions:
            print("\nmissing but not recorded as gaps (coverage went down):")
            print("  " + " ".join(regressions))
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
