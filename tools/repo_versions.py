"""The distributions in this repository, their versions and the ranges between them.

Every distribution lives in ``packages/<folder>/`` with a ``pyproject.toml`` whose
version comes from one static file (``[tool.hatch.version] path``). Distributions
that depend on one another do so through compatible ranges (``tnp-core>=0.1,<0.2``);
this module reads all of that and answers two questions:

* does every in-repo range admit the version that is in the repository?
  (:func:`range_problems`)
* what would releasing one distribution change, and is it allowed?
  (:func:`plan_release`, :func:`apply_release`)

Used by ``tools/release.py``, ``tools/check_imports.py``, ``tools/check_dist.py``
and ``tests/tooling``.
"""

from __future__ import annotations

import datetime
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent

Part = Literal["major", "minor", "patch"]
PARTS: tuple[Part, ...] = ("major", "minor", "patch")

_VERSION_LINE = re.compile(r'^__version__ = "(?P<version>[^"]+)"$', re.MULTILINE)
_UNRELEASED = re.compile(r"^## \[Unreleased\][ \t]*$", re.MULTILINE)
_NEXT_HEADING = re.compile(r"^## ", re.MULTILINE)


class ReleaseError(Exception):
    """A release that must not happen, with the reason."""


@dataclass(frozen=True)
class Distribution:
    """One distribution of the repository, as its ``pyproject.toml`` describes it."""

    name: str
    folder: Path
    import_name: str
    version_file: Path
    version: Version
    requirements: tuple[Requirement, ...]

    @property
    def changelog(self) -> Path:
        return self.folder / "CHANGELOG.md"


def read_version(version_file: Path) -> Version:
    """The version in a ``_version.py`` that holds ``__version__ = "X.Y.Z"``."""
    match = _VERSION_LINE.search(version_file.read_text(encoding="utf-8"))
    if match is None:
        raise ValueError(f'{version_file}: no line `__version__ = "..."`')
    return Version(match["version"])


def load_distributions(root: Path = ROOT) -> dict[str, Distribution]:
    """Every distribution under ``root/packages``, by normalized name."""
    distributions: dict[str, Distribution] = {}
    for pyproject in sorted((root / "packages").glob("*/pyproject.toml")):
        folder = pyproject.parent
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        hatch = data["tool"]["hatch"]
        (package,) = hatch["build"]["targets"]["wheel"]["packages"]
        version_file = folder / hatch["version"]["path"]
        name = canonicalize_name(data["project"]["name"])
        distributions[name] = Distribution(
            name=name,
            folder=folder,
            import_name=Path(package).name,
            version_file=version_file,
            version=read_version(version_file),
            requirements=tuple(Requirement(r) for r in data["project"]["dependencies"]),
        )
    if not distributions:
        raise ValueError(f"no packages/*/pyproject.toml under {root}")
    return distributions


def in_repo_requirements(
    distributions: Mapping[str, Distribution],
) -> Iterator[tuple[Distribution, Requirement]]:
    """(dependent, requirement) for each requirement on another distribution of the repo."""
    for dependent in distributions.values():
        for requirement in dependent.requirements:
            if canonicalize_name(requirement.name) in distributions:
                yield dependent, requirement


def range_problems(
    distributions: Mapping[str, Distribution],
    versions: Mapping[str, Version] | None = None,
) -> list[str]:
    """What is wrong with the in-repo requirements, one sentence each.

    ``versions`` overrides the versions in the repository, to ask about a
    release before it is made. A requirement must be a range with an upper
    bound (never a ``==`` pin, so each distribution can be released alone) and
    must admit the version of its target.
    """
    versions = versions or {}
    problems = []
    for dependent, requirement in in_repo_requirements(distributions):
        target = canonicalize_name(requirement.name)
        version = versions.get(target, distributions[target].version)
        operators = {spec.operator for spec in requirement.specifier}
        where = f"{dependent.name} (packages/{dependent.folder.name}) requires {requirement}"
        if operators & {"==", "==="}:
            problems.append(f"{where}, a pin; use a compatible range")
        elif not operators & {"<", "~="}:
            problems.append(f"{where}, a range without an upper bound")
        if not requirement.specifier.contains(version, prereleases=True):
            problems.append(f"{where}, which excludes {target} {version}")
    return problems


def bump(version: Version, part: Part) -> Version:
    """The next release after ``version``: ``major``, ``minor`` or ``patch``."""
    major, minor, patch = (*version.release, 0, 0)[:3]
    if part == "major":
        return Version(f"{major + 1}.0.0")
    if part == "minor":
        return Version(f"{major}.{minor + 1}.0")
    return Version(f"{major}.{minor}.{patch + 1}")


@dataclass(frozen=True)
class Release:
    """The files one release rewrites, and what it writes into them."""

    distribution: Distribution
    version: Version
    version_text: str
    changelog_text: str

    @property
    def tag(self) -> str:
        return f"{self.distribution.name}-v{self.version}"


def _release_changelog(text: str, version: Version, date: datetime.date) -> str:
    headings = list(_UNRELEASED.finditer(text))
    if len(headings) != 1:
        raise ReleaseError(f"expected one '## [Unreleased]' heading, found {len(headings)}")
    if f"## [{version}]" in text:
        raise ReleaseError(f"the changelog already has a section for {version}")
    start, end = headings[0].span()
    following = _NEXT_HEADING.search(text, end)
    if not text[end : following.start() if following else len(text)].strip():
        raise ReleaseError("nothing to release: the '## [Unreleased]' section is empty")
    return f"{text[:start]}## [Unreleased]\n\n## [{version}] - {date.isoformat()}{text[end:]}"


def plan_release(
    name: str, part: Part, root: Path = ROOT, date: datetime.date | None = None
) -> Release:
    """Work out the release of distribution ``name``; raise :class:`ReleaseError` if refused.

    Refused when a range in the repository would exclude the new version (widen
    it first, in a release of the dependent) or when the changelog has nothing
    under ``## [Unreleased]``. Nothing is written; see :func:`apply_release`.
    """
    distributions = load_distributions(root)
    distribution = distributions.get(canonicalize_name(name))
    if distribution is None:
        raise ReleaseError(f"unknown distribution {name!r}; known: {', '.join(distributions)}")
    version = bump(distribution.version, part)
    problems = range_problems(distributions, {distribution.name: version})
    if problems:
        raise ReleaseError(
            f"{distribution.name} {version} would break in-repo requirements:\n  "
            + "\n  ".join(problems)
            + "\nwiden those ranges (and release the dependents) first"
        )
    try:
        changelog_text = _release_changelog(
            distribution.changelog.read_text(encoding="utf-8"),
            version,
            date or datetime.date.today(),
        )
    except ReleaseError as error:
        raise ReleaseError(f"{distribution.changelog}: {error}") from None
    version_text = _VERSION_LINE.sub(
        f'__version__ = "{version}"', distribution.version_file.read_text(encoding="utf-8")
    )
    return Release(distribution, version, version_text, changelog_text)


def apply_release(release: Release) -> None:
    """Write the version file and the changelog of a planned release."""
    release.distribution.version_file.write_text(release.version_text, encoding="utf-8")
    release.distribution.changelog.write_text(release.changelog_text, encoding="utf-8")
