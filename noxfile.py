"""Sessions for the tnp repository; ``nox -l`` lists them, bare ``nox`` runs the checks.

Each test session installs wheels of exactly one distribution's closure, so a
missing dependency or a stray import of a sibling fails there. torch is pinned
through a constraints file (``constraints/torch.txt``, or the file named by
``TNP_CONSTRAINTS``) because an open range would pull a multi-GB CUDA build.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import nox

nox.needs_version = ">=2024.3.2"
nox.options.reuse_venv = "yes"
nox.options.error_on_missing_interpreters = True
nox.options.sessions = [
    "lint",
    "typecheck",
    "build",
    "tests-core",
    "tests-linalg",
    "tests-fft",
    "tests-random",
    "tests-tnp",
]

PYTHON = "3.11"
ROOT = Path(__file__).resolve().parent
CONSTRAINTS = os.environ.get("TNP_CONSTRAINTS", str(ROOT / "constraints" / "torch.txt"))
TOOLS = str(ROOT / "constraints" / "tools.txt")
TEST_REQUIREMENTS = ("pytest>=8", "hypothesis>=6.100", "numpy>=2")

# distribution -> folder under packages/
FOLDERS = {
    "tnp-core": "tnp-core",
    "tnp-linalg": "tnp-linalg",
    "tnp-fft": "tnp-fft",
    "tnp-random": "tnp-random",
    "tnp-numpy": "tnp",
}
EVERYTHING = tuple(FOLDERS)


def _folder(distribution: str) -> str:
    return str(ROOT / "packages" / FOLDERS[distribution])


def _install_wheels(session: nox.Session, distributions: tuple[str, ...], *extra: str) -> None:
    """Install wheels of ``distributions`` and nothing else of the repo, then ``extra``."""
    wheels_dir = Path(session.create_tmp()) / "wheels"
    shutil.rmtree(wheels_dir, ignore_errors=True)
    session.run(
        *("python", "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(wheels_dir)),
        *map(_folder, distributions),
    )
    wheels = sorted(str(wheel) for wheel in wheels_dir.glob("*.whl"))
    # A reused environment may hold a distribution from outside the closure.
    others = [name for name in FOLDERS if name not in distributions]
    if others:
        session.run("python", "-m", "pip", "uninstall", "--yes", "--quiet", *others, silent=True)
    session.install("-c", CONSTRAINTS, *wheels, *extra)
    # The version number does not change between commits: make pip take the new code.
    session.install("--force-reinstall", "--no-deps", "--quiet", *wheels)


def _test(session: nox.Session, distributions: tuple[str, ...], *paths: str) -> None:
    _install_wheels(session, distributions, *TEST_REQUIREMENTS)
    # `pytest` (not `python -m pytest`, which puts the working directory on sys.path)
    # with --import-mode=importlib (pyproject.toml): the tests import the wheels just
    # installed, never packages/*/src.
    # Hypothesis runs from a fixed seed, so a run is reproducible and CI cannot turn red on
    # an example no earlier run met; TNP_HYPOTHESIS_SEED=random explores new examples.
    seed = os.environ.get("TNP_HYPOTHESIS_SEED", "0")
    seed_args = () if seed == "random" else (f"--hypothesis-seed={seed}",)
    # A fresh example database too: examples saved by earlier local runs are replayed first
    # and change what the seeded generation draws, so CI (with no database) would differ.
    database = tempfile.mkdtemp(prefix="hypothesis-")
    env = {"PYTHONPATH": "", "HYPOTHESIS_STORAGE_DIRECTORY": database}
    session.run("pytest", *seed_args, *paths, *session.posargs, env=env)


@nox.session(name="tests-core", python=PYTHON)
def tests_core(session: nox.Session) -> None:
    """tests/core with only tnp-core installed."""
    _test(session, ("tnp-core",), "tests/core")


@nox.session(name="tests-linalg", python=PYTHON)
def tests_linalg(session: nox.Session) -> None:
    """tests/linalg with only tnp-core and tnp-linalg installed."""
    _test(session, ("tnp-core", "tnp-linalg"), "tests/linalg")


@nox.session(name="tests-fft", python=PYTHON)
def tests_fft(session: nox.Session) -> None:
    """tests/fft with only tnp-core and tnp-fft installed."""
    _test(session, ("tnp-core", "tnp-fft"), "tests/fft")


@nox.session(name="tests-random", python=PYTHON)
def tests_random(session: nox.Session) -> None:
    """tests/random with only tnp-core and tnp-random installed."""
    _test(session, ("tnp-core", "tnp-random"), "tests/random")


@nox.session(name="tests-tnp", python=PYTHON)
def tests_tnp(session: nox.Session) -> None:
    """tests/tnp and tests/tooling with all five distributions installed."""
    _test(session, EVERYTHING, "tests/tnp", "tests/tooling")


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff, every pyproject.toml against its schemas, and tools/check_imports.py."""
    session.install("-c", TOOLS, "ruff", "validate-pyproject[all,store]", "packaging")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    # The [tool.ruff] schema comes from validate-pyproject-schema-store; prove it is
    # loaded by feeding it a removed rule code, which it must reject.
    canary = Path(session.create_tmp()) / "pyproject.toml"
    canary.write_text('[tool.ruff.lint]\nselect = ["TRY200"]\n', encoding="utf-8")
    session.run("validate-pyproject", str(canary), success_codes=[1], silent=True)
    session.run(
        "validate-pyproject",
        "pyproject.toml",
        *(f"{_folder(name)}/pyproject.toml" for name in FOLDERS),
    )
    session.run("python", "tools/check_imports.py")


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict over packages/*/src and tests/typing, and over tools/ and tests/tooling."""
    editable = [arg for name in FOLDERS for arg in ("-e", _folder(name))]
    session.install("-c", CONSTRAINTS, "-c", TOOLS, "mypy", "pytest", "packaging", *editable)
    session.run("mypy", "--strict")  # the files listed in [tool.mypy]
    session.run("mypy", "--strict", "--python-version", "3.11", "tools", "tests/tooling")


@nox.session(python=PYTHON)
def build(session: nox.Session) -> None:
    """Wheel and sdist of each distribution into dist/, contents checked."""
    session.install("build", "packaging")
    dist = ROOT / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    for name in FOLDERS:
        # Without --wheel/--sdist, build makes the sdist and then the wheel from
        # it, which also proves the sdist is complete.
        session.run("python", "-m", "build", "--outdir", str(dist), _folder(name))
    session.run("python", "tools/check_dist.py", str(dist))


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """benchmarks/: small calls and large arrays (tnp against torch, NumPy and
    torch._numpy), and the examples (NumPy, tnp eager, tnp compiled)."""
    _install_wheels(session, EVERYTHING, "numpy>=2")
    session.run("python", "benchmarks/bench_small_calls.py", *session.posargs)
    session.run("python", "benchmarks/bench_large.py", *session.posargs)
    session.run("python", "benchmarks/bench_examples.py", *session.posargs)


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """demo/heat_diffusion.py on the installed distributions."""
    _install_wheels(session, EVERYTHING, "numpy>=2")
    session.run("python", "demo/heat_diffusion.py", *session.posargs)


@nox.session(python=PYTHON)
def release(session: nox.Session) -> None:
    """Release one distribution: nox -s release -- <distribution> <major|minor|patch>."""
    if len(session.posargs) not in (2, 3):
        session.error(
            "usage: nox -s release -- <distribution> <major|minor|patch> [--dry-run]; "
            f"distributions: {', '.join(FOLDERS)}"
        )
    session.install("packaging")
    session.run("python", "tools/release.py", *session.posargs)
