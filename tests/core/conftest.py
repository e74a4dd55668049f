"""Shared set-up for the tnp-core differential tests.

The helpers live in ``_helpers.py`` next to this file. pytest runs in importlib mode, which
leaves ``sys.path`` alone, so the module is loaded here under a name no other test folder
uses (``tnp_core_test_helpers``) and the test modules import it by that name.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_NAME = "tnp_core_test_helpers"

if _NAME not in sys.modules:
    _spec = importlib.util.spec_from_file_location(_NAME, Path(__file__).with_name("_helpers.py"))
    assert _spec is not None
    assert _spec.loader is not None
    _module = importlib.util.module_from_spec(_spec)
    sys.modules[_NAME] = _module
    _spec.loader.exec_module(_module)


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "compile: runs torch.compile (one small compile, well under a minute)"
    )
