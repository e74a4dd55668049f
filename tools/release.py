"""Release one distribution: ``nox -s release -- <distribution> <major|minor|patch>``.

Bumps the distribution's ``_version.py`` and turns ``## [Unreleased]`` in its
CHANGELOG.md into ``## [X.Y.Z] - <today>`` under a fresh, empty
``## [Unreleased]``. Writes nothing, and exits with status 1, when an in-repo
requirement would exclude the new version or the changelog has nothing to
release. Committing and tagging are left to the person releasing.
"""

from __future__ import annotations

import argparse
import sys
import typing
from pathlib import Path

from repo_versions import PARTS, ROOT, Part, ReleaseError, apply_release, plan_release


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("distribution", help="for example tnp-core or tnp-numpy")
    parser.add_argument("part", choices=PARTS, help="which part of the version to bump")
    parser.add_argument(
        "--dry-run", action="store_true", help="say what would change, write nothing"
    )
    parser.add_argument("--root", type=Path, default=ROOT, help="repository root")
    args = parser.parse_args(argv)
    try:
        release = plan_release(args.distribution, typing.cast(Part, args.part), args.root)
    except ReleaseError as error:
        print(f"release refused: {error}", file=sys.stderr)
        return 1
    distribution = release.distribution
    print(f"{distribution.name}: {distribution.version} -> {release.version}")
    if args.dry_run:
        return 0
    apply_release(release)
    print(f"wrote {distribution.version_file} and {distribution.changelog}")
    print(
        "next: review the diff, then\n"
        f"  git commit -am 'Release {distribution.name} {release.version}'\n"
        f"  git tag {release.tag}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
