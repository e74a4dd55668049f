"""Fixtures shared by every test folder."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

# Run first in the child interpreter. ModuleNotFoundError, not plain ImportError,
# because that is what a missing NumPy raises and what torch's optional NumPy
# imports catch.
_BLOCK_NUMPY = """\
import importlib.abc
import sys


class _NumPyBlocker(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname == "numpy" or fullname.startswith("numpy."):
            raise ModuleNotFoundError(f"No module named {fullname!r} (blocked)", name=fullname)
        return None


sys.meta_path.insert(0, _NumPyBlocker())
"""

_DONE = "numpy-free run finished"
_CHECK_AND_REPORT = f"""
assert "numpy" not in sys.modules, "numpy was imported"
print({_DONE!r})
"""


@pytest.fixture
def run_without_numpy(tmp_path: Path) -> Callable[[str], None]:
    """Run ``code`` in a fresh interpreter where ``import numpy`` fails.

    The run must exit with status 0, and ``numpy`` must not be in
    ``sys.modules`` at its end.
    """

    def run(code: str) -> None:
        script = _BLOCK_NUMPY + textwrap.dedent(code) + _CHECK_AND_REPORT
        # the child starts in tmp_path: a relative PYTHONPATH (a run from the checkout)
        # must be made absolute to keep meaning the same folders
        env = dict(os.environ)
        if env.get("PYTHONPATH"):
            env["PYTHONPATH"] = os.pathsep.join(
                str(Path(p).resolve()) for p in env["PYTHONPATH"].split(os.pathsep) if p
            )
        completed = subprocess.run(
            [sys.executable, "-c", script],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert completed.returncode == 0, (
            f"exit status {completed.returncode}\n{completed.stdout}\n{completed.stderr}"
        )
        assert completed.stdout.rstrip().endswith(_DONE), completed.stdout

    return run
