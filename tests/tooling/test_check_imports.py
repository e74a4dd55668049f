"""tools/check_imports.py finds each kind of forbidden import, and only those."""

from __future__ import annotations

import textwrap
from pathlib import Path

from check_imports import check


def _distribution(
    root: Path, folder: str, name: str, package: str, dependencies: list[str], files: dict[str, str]
) -> None:
    base = root / "packages" / folder
    (base / "src" / package).mkdir(parents=True)
    (base / "pyproject.toml").write_text(
        textwrap.dedent(
            f"""\
            [project]
            name = "{name}"
            dependencies = {dependencies!r}
            [tool.hatch.version]
            path = "src/{package}/_version.py"
            [tool.hatch.build.targets.wheel]
            packages = ["src/{package}"]
            """
        ),
        encoding="utf-8",
    )
    files = {"_version.py": '__version__ = "0.1.0"\n', "__init__.py": "", **files}
    for relative, text in files.items():
        (base / "src" / package / relative).write_text(textwrap.dedent(text), encoding="utf-8")


def _found(root: Path) -> set[tuple[str, int, str]]:
    return {
        (violation.path.relative_to(root / "packages").as_posix(), violation.line, violation.rule)
        for violation in check(root)
    }


def test_each_rule_reports_its_violations_and_nothing_else(tmp_path: Path) -> None:
    _distribution(
        tmp_path,
        "tnp-core",
        "tnp-core",
        "tnp_core",
        ["torch>=2.4"],
        {
            "_math_impl.py": """\
                from __future__ import annotations
                import math
                import torch
                from . import _other_impl
                from ._other_impl import f
                from ._version import __version__
                from tnp_core._other_impl import g
                from ._normalizer import normalize
                from tnp_core import asarray
                import tnp_core
                from . import _other_impl, _normalizer
            """,
            "_other_impl.py": "def f(): ...\ndef g(): ...\n",
            "_normalizer.py": "from ._math_impl import math\nimport typing_extensions\n",
        },
    )
    _distribution(
        tmp_path,
        "tnp-fft",
        "tnp-fft",
        "tnp_fft",
        ["tnp-core>=0.1,<0.2", "torch>=2.4"],
        {
            "_fft.py": """\
                import importlib
                import torch
                import tnp_core
                from tnp_core import __all__, extending
                import tnp_core.extending
                from tnp_core._dtypes import x
                from tnp_core import asarray, _dtypes
                import numpy as np
                np2 = importlib.import_module("numpy.fft")
                import tnp_linalg
                from ._helpers import h
            """,
        },
    )
    _distribution(
        tmp_path,
        "tnp-linalg",
        "tnp-linalg",
        "tnp_linalg",
        ["tnp-core>=0.1,<0.2", "torch>=2.4"],
        {},
    )
    assert _found(tmp_path) == {
        ("tnp-core/src/tnp_core/_math_impl.py", 8, "impl"),
        ("tnp-core/src/tnp_core/_math_impl.py", 9, "impl"),
        ("tnp-core/src/tnp_core/_math_impl.py", 10, "impl"),
        ("tnp-core/src/tnp_core/_math_impl.py", 11, "impl"),
        ("tnp-core/src/tnp_core/_normalizer.py", 2, "undeclared"),
        ("tnp-fft/src/tnp_fft/_fft.py", 6, "private"),
        ("tnp-fft/src/tnp_fft/_fft.py", 7, "private"),
        ("tnp-fft/src/tnp_fft/_fft.py", 8, "numpy"),
        ("tnp-fft/src/tnp_fft/_fft.py", 9, "numpy"),
        ("tnp-fft/src/tnp_fft/_fft.py", 10, "undeclared"),
    }


def test_private_imports_are_caught_outside_src_too(tmp_path: Path) -> None:
    _distribution(tmp_path, "tnp-core", "tnp-core", "tnp_core", ["torch>=2.4"], {})
    _distribution(tmp_path, "tnp", "tnp-numpy", "tnp", ["tnp-core>=0.1,<0.2"], {})
    (tmp_path / "packages" / "tnp" / "hatch_build.py").write_text(
        "import numpy\nfrom tnp_core._x import y\n", encoding="utf-8"
    )
    assert _found(tmp_path) == {("tnp/hatch_build.py", 2, "private")}
