"""Check the wheels and sdists that ``nox -s build`` put in ``dist/``.

For every distribution of the repository there must be exactly one wheel and
one sdist of the version in the repository. Each wheel holds
``<package>/py.typed`` and ``<package>/_version.py``, and nothing but its
package and its ``.dist-info``; no wheel or sdist holds a ``tests`` folder.
Prints one line per problem and exits with status 1 if there is any.
"""

from __future__ import annotations

import argparse
import sys
import tarfile
import zipfile
from pathlib import Path

from repo_versions import ROOT, Distribution, load_distributions


def _names(archive: Path) -> list[str]:
    if archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as wheel:
            return wheel.namelist()
    with tarfile.open(archive) as sdist:
        return sdist.getnames()


def _wheel_problems(wheel: Path, names: list[str], distribution: Distribution) -> list[str]:
    package = distribution.import_name
    dist_info = f"{wheel.name.split('-')[0]}-{distribution.version}.dist-info"
    return [
        f"{wheel.name}: no {package}/{required}"
        for required in ("py.typed", "_version.py")
        if f"{package}/{required}" not in names
    ] + [
        f"{wheel.name}: unexpected {name}"
        for name in names
        if name.split("/")[0] not in {package, dist_info}
    ]


def _sdist_problems(sdist: Path, names: list[str], distribution: Distribution) -> list[str]:
    top = sdist.name.removesuffix(".tar.gz")
    return [
        f"{sdist.name}: no {top}/{required}"
        for required in ("pyproject.toml", "README.md", "CHANGELOG.md", "LICENSE")
        if f"{top}/{required}" not in names
    ]


def check(dist: Path, root: Path = ROOT) -> list[str]:
    """Every problem with the archives in ``dist``."""
    problems = []
    expected = set()
    for distribution in load_distributions(root).values():
        stem = f"{distribution.name.replace('-', '_')}-{distribution.version}"
        for archive, archive_problems in (
            (dist / f"{stem}-py3-none-any.whl", _wheel_problems),
            (dist / f"{stem}.tar.gz", _sdist_problems),
        ):
            expected.add(archive.name)
            if not archive.is_file():
                problems.append(f"{distribution.name}: {archive.name} was not built")
                continue
            names = _names(archive)
            problems += archive_problems(archive, names, distribution)
            problems += [f"{archive.name}: holds {n}" for n in names if "tests" in Path(n).parts]
    problems += [
        f"{path.name}: not an archive of a distribution in the repository"
        for path in sorted(dist.iterdir())
        if path.name not in expected
    ]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("dist", type=Path, nargs="?", default=ROOT / "dist")
    dist = parser.parse_args(argv).dist
    problems = check(dist)
    for problem in problems:
        print(problem)
    if problems:
        return 1
    wheels = sorted(p.name for p in dist.glob("*.whl"))
    print(f"{len(wheels)} wheels and their sdists are complete: {', '.join(wheels)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
