"""Shared set-up for the tnp-linalg differential tests.

The helpers live in ``_helpers.py`` next to this file; pytest runs in importlib mode, so the
module is loaded here under a name no other test folder uses (``tnp_linalg_test_helpers``).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_NAME = "tnp_linalg_test_helpers"

if _NAME not in sys.modules:
    _spec = importlib.util.spec_from_file_location(_NAME, Path(__file__).with_name("_helpers.py"))
    assert _spec is not None
    assert _spec.loader is not None
    _module = importlib.util.module_from_spec(_spec)
    sys.modules[_NAME] = _module
    _spec.loader.exec_module(_module)
