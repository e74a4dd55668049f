"""Coverage of NumPy's API (docs/numpy-api.tsv) can only go up.

``tools/api_coverage.py`` measures it; ``tools/api_missing.txt`` records the in-scope names
not implemented yet. A name missing without being recorded there is a regression.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "api_coverage.py"


@pytest.fixture(scope="module")
def coverage():
    spec = importlib.util.spec_from_file_location("tnp_api_coverage", TOOL)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_no_in_scope_name_is_missing_unless_recorded(coverage):
    result = coverage.measure()
    regressions = sorted(set(coverage.gaps(result)) - coverage.recorded_gaps())
    assert not regressions, f"missing and not recorded in tools/api_missing.txt: {regressions}"


def test_every_out_of_scope_name_raises_not_implemented(coverage):
    result = coverage.measure()
    unhandled = {ns.name: ns.out_unhandled for ns in result.values() if ns.out_unhandled}
    assert not unhandled


def test_out_of_scope_names_explain_themselves_and_keep_hasattr_working():
    import tnp

    with pytest.raises(NotImplementedError, match="datetime"):
        _ = tnp.datetime64
    assert not hasattr(tnp, "float128")
    assert getattr(tnp, "matrix", None) is None
    with pytest.raises(AttributeError, match="has no attribute 'no_such_name'"):
        _ = tnp.no_such_name


def test_the_report_lists_every_namespace(coverage):
    text = coverage.report(coverage.measure(), show_missing=True)
    for namespace in ("numpy ", "numpy.linalg", "numpy.fft", "numpy.random", "numpy.ndarray"):
        assert namespace in text
    assert "total" in text
