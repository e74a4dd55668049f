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


# ----------------------------------------------------------------------------- --tnp-device
def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--tnp-device",
        default=None,
        metavar="DEVICE",
        help="run the whole suite with tnp's default device set to DEVICE (e.g. cuda); "
        "every test is skipped when DEVICE is a CUDA device and CUDA is not available",
    )


def _requested_device(config: pytest.Config) -> str | None:
    device = config.getoption("--tnp-device")
    return None if device in (None, "") else str(device)


def _device_unavailable(device: str) -> str | None:
    """Why ``device`` cannot be used here, or None when it can."""
    import torch

    try:
        kind = torch.device(device).type
    except RuntimeError as exc:
        return f"--tnp-device={device}: {exc}"
    if kind == "cuda" and not torch.cuda.is_available():
        return f"--tnp-device={device}: CUDA is not available"
    return None


def pytest_configure(config: pytest.Config) -> None:
    device = _requested_device(config)
    if device is None or _device_unavailable(device) is not None:
        return
    try:
        import tnp_core
    except ImportError:  # a session without tnp-core (tests/tooling): nothing to set
        return
    tnp_core.set_default_device(device)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    device = _requested_device(config)
    reason = None if device is None else _device_unavailable(device)
    if reason is None:
        return
    skip = pytest.mark.skip(reason=reason)
    for item in items:
        item.add_marker(skip)


def pytest_report_header(config: pytest.Config) -> str | None:
    device = _requested_device(config)
    return None if device is None else f"tnp default device: {device}"
