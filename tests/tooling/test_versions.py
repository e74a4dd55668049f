"""In-repo versions and ranges agree, and releases that would break them are refused.

Release tests work on a temporary copy of the release metadata (every
pyproject.toml, CHANGELOG.md and _version.py), never on the repository's files.
"""

from __future__ import annotations

import datetime
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packaging.version import Version
from repo_versions import (
    ROOT,
    Part,
    ReleaseError,
    apply_release,
    bump,
    load_distributions,
    plan_release,
    range_problems,
)

RELEASE_SCRIPT = ROOT / "tools" / "release.py"
ENTRY = "### Fixed\n\n- Something that needed fixing.\n"


def _snapshot(root: Path) -> dict[Path, str]:
    return {
        path: path.read_text(encoding="utf-8") for path in sorted(root.rglob("*")) if path.is_file()
    }


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """A copy of the release metadata, with an entry under tnp-core's [Unreleased]."""
    for distribution in load_distributions().values():
        for path in (
            distribution.folder / "pyproject.toml",
            distribution.changelog,
            distribution.version_file,
        ):
            target = tmp_path / path.relative_to(ROOT)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    changelog = tmp_path / "packages" / "tnp-core" / "CHANGELOG.md"
    text = changelog.read_text(encoding="utf-8")
    # whatever the real changelog has pending, the copy's [Unreleased] holds ENTRY alone
    head, rest = text.split("## [Unreleased]\n", 1)
    released = rest[rest.index("## [") :]
    changelog.write_text(f"{head}## [Unreleased]\n\n{ENTRY}\n{released}", encoding="utf-8")
    return tmp_path


def test_the_repository_holds_the_five_distributions() -> None:
    assert set(load_distributions()) == {
        "tnp-core",
        "tnp-linalg",
        "tnp-fft",
        "tnp-random",
        "tnp-numpy",
    }


def test_every_in_repo_range_admits_the_in_repo_version() -> None:
    assert range_problems(load_distributions()) == []


def test_siblings_and_the_meta_package_require_tnp_core_by_range() -> None:
    distributions = load_distributions()
    for name in ("tnp-linalg", "tnp-fft", "tnp-random", "tnp-numpy"):
        (core,) = [r for r in distributions[name].requirements if r.name == "tnp-core"]
        assert core.specifier.contains(distributions["tnp-core"].version), name


@pytest.mark.parametrize(
    ("version", "part", "expected"),
    [
        ("0.1.0", "patch", "0.1.1"),
        ("0.1.3", "minor", "0.2.0"),
        ("0.1.3", "major", "1.0.0"),
        ("1.2", "patch", "1.2.1"),
    ],
)
def test_bump(version: str, part: Part, expected: str) -> None:
    assert bump(Version(version), part) == Version(expected)


@pytest.mark.parametrize("part", ["major", "minor"])
def test_breaking_release_of_tnp_core_is_refused_and_writes_nothing(
    repo_copy: Path, part: Part
) -> None:
    before = _snapshot(repo_copy)
    with pytest.raises(ReleaseError, match="excludes tnp-core"):
        plan_release("tnp-core", part, root=repo_copy)
    assert _snapshot(repo_copy) == before


def test_patch_release_of_tnp_core_bumps_version_and_dates_the_changelog(repo_copy: Path) -> None:
    old = load_distributions(repo_copy)["tnp-core"].version
    release = plan_release("tnp-core", "patch", root=repo_copy, date=datetime.date(2027, 1, 2))
    apply_release(release)

    core = load_distributions(repo_copy)["tnp-core"]
    new = bump(old, "patch")
    assert core.version == new
    assert core.version_file.read_text(encoding="utf-8") == f'__version__ = "{new}"\n'
    changelog = core.changelog.read_text(encoding="utf-8")
    assert f"## [Unreleased]\n\n## [{new}] - 2027-01-02\n\n{ENTRY}\n## [{old}]" in changelog
    assert range_problems(load_distributions(repo_copy)) == []
    assert release.tag == f"tnp-core-v{new}"


def test_release_with_an_empty_unreleased_section_is_refused(repo_copy: Path) -> None:
    changelog = repo_copy / "packages" / "tnp-fft" / "CHANGELOG.md"
    head, rest = changelog.read_text(encoding="utf-8").split("## [Unreleased]\n", 1)
    changelog.write_text(head + "## [Unreleased]\n\n" + rest[rest.index("## [") :], "utf-8")
    with pytest.raises(ReleaseError, match="empty"):
        plan_release("tnp-fft", "patch", root=repo_copy)


def test_release_of_an_unknown_distribution_is_refused(repo_copy: Path) -> None:
    with pytest.raises(ReleaseError, match="unknown distribution"):
        plan_release("tnp", "patch", root=repo_copy)


def test_release_script_exits_1_and_writes_nothing_when_refused(repo_copy: Path) -> None:
    before = _snapshot(repo_copy)
    completed = subprocess.run(
        [sys.executable, str(RELEASE_SCRIPT), "--root", str(repo_copy), "tnp-core", "minor"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 1, completed.stdout + completed.stderr
    assert "release refused" in completed.stderr
    assert _snapshot(repo_copy) == before


def test_release_script_writes_the_release(repo_copy: Path) -> None:
    completed = subprocess.run(
        [sys.executable, str(RELEASE_SCRIPT), "--root", str(repo_copy), "tnp-core", "patch"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    core = load_distributions(repo_copy)["tnp-core"]
    assert f"## [{core.version}] - {datetime.date.today().isoformat()}" in (
        core.changelog.read_text(encoding="utf-8")
    )
