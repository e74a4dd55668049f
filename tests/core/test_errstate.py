"""errstate, seterr, geterr, seterrcall, geterrcall and the ufuncs' floating-point checks."""

from __future__ import annotations

import contextvars
import io
import threading
import warnings

import numpy as np
import pytest

import tnp_core as tnp
from tnp_core import _errstate as es
from tnp_core import _ufuncs as uf

KINDS = ("divide", "over", "under", "invalid")
MODES = ("ignore", "warn", "raise", "call", "print", "log")


def _run(func):
    """Run ``func`` in a copy of the current context, so its settings do not leak."""
    return contextvars.copy_context().run(func)


# ----------------------------------------------------------------------------- the API
def test_geterr_default_is_numpys():
    assert _run(es.geterr) == np.geterr()
    assert _run(es.geterrcall) is None


def test_seterr_returns_the_old_settings():
    def body():
        old = es.seterr(all="raise", divide="ignore")
        assert old == {"divide": "warn", "over": "warn", "under": "ignore", "invalid": "warn"}
        now = {"divide": "ignore", "over": "raise", "under": "raise", "invalid": "raise"}
        assert es.geterr() == now
        assert es.seterr(**old) == now
        return es.geterr()

    assert _run(body) == {"divide": "warn", "over": "warn", "under": "ignore", "invalid": "warn"}


def test_seterr_matches_numpy_for_each_mode():
    for mode in MODES:
        for kind in KINDS:

            def body(mode=mode, kind=kind):
                old_np = np.seterr(**{kind: mode})
                try:
                    assert es.seterr(**{kind: mode}) == old_np
                    assert es.geterr() == np.geterr()
                finally:
                    np.seterr(**old_np)

            _run(body)


@pytest.mark.parametrize("bad", ["bogus", 3, "Warn"])
def test_invalid_mode_raises_value_error(bad):
    with pytest.raises(ValueError, match="invalid error mode"):
        _run(lambda: es.seterr(divide=bad))
    with pytest.raises(ValueError, match="invalid error mode"):
        _run(lambda: es.errstate(all=bad).__enter__())


def test_unknown_keyword_raises_type_error():
    with pytest.raises(TypeError):
        es.seterr(bogus="raise")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        es.errstate(bogus="raise")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        es.errstate("raise")  # type: ignore[misc]


def test_seterrcall_validates_and_returns_the_old_handler():
    def handler(kind, flag):
        pass

    class Log:
        def write(self, msg):
            pass

    def body():
        assert es.seterrcall(handler) is None
        assert es.geterrcall() is handler
        log = Log()
        assert es.seterrcall(log) is handler
        assert es.geterrcall() is log
        with pytest.raises(TypeError, match="callable or have a callable write method"):
            es.seterrcall(3)
        assert es.seterrcall(None) is log

    _run(body)


def test_errstate_restores_on_exit_and_nests():
    def body():
        with es.errstate(divide="ignore"):
            assert es.geterr()["divide"] == "ignore"
            with es.errstate(all="raise", call=print):
                assert es.geterr() == dict.fromkeys(KINDS, "raise")
                assert es.geterrcall() is print
            assert es.geterr()["over"] == "warn"
            assert es.geterrcall() is None
        assert es.geterr() == np.geterr()

    _run(body)


def test_errstate_restores_after_an_exception():
    def body():
        with pytest.raises(FloatingPointError), es.errstate(divide="raise"):
            uf.divide(tnp.ones(2), 0.0)
        assert es.geterr()["divide"] == "warn"

    _run(body)


def test_errstate_object_enters_once():
    def body():
        state = es.errstate(divide="ignore")
        with state, pytest.raises(TypeError, match="Cannot enter"):
            state.__enter__()

    _run(body)


def test_errstate_as_decorator():
    @es.errstate(divide="raise")
    def divide_by_zero(x):
        assert es.geterr()["divide"] == "raise"
        return uf.divide(x, 0.0)

    def body():
        for _ in range(2):  # a fresh state per call
            with pytest.raises(FloatingPointError, match="divide by zero encountered in divide"):
                divide_by_zero(tnp.ones(2))
        assert es.geterr()["divide"] == "warn"
        assert divide_by_zero.__name__ == "divide_by_zero"

    _run(body)


def test_state_is_per_thread():
    seen = {}

    def worker():
        seen["thread"] = es.geterr()["divide"]

    def body():
        es.seterr(divide="raise")
        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        assert es.geterr()["divide"] == "raise"

    _run(body)
    assert seen["thread"] == "warn"


# ----------------------------------------------------------------------------- detection
_CASES = [
    (
        lambda m: m.divide(m.array([1.0, 2.0]), 0.0),
        "divide",
        "divide by zero encountered in divide",
    ),
    (lambda m: m.divide(m.array([0.0]), 0.0), "invalid", "invalid value encountered in divide"),
    (lambda m: m.sqrt(m.array([-1.0, 4.0])), "invalid", "invalid value encountered in sqrt"),
    (lambda m: m.exp(m.array([1000.0])), "over", "overflow encountered in exp"),
    (lambda m: m.exp(m.array([20.0], dtype="float16")), "over", "overflow encountered in exp"),
    (lambda m: m.multiply(m.array([1e300]), 1e300), "over", "overflow encountered in multiply"),
    (lambda m: m.divide(m.array([1e300]), 1e-300), "over", "overflow encountered in divide"),
    (lambda m: m.power(m.array([0.0]), -1.0), "divide", "divide by zero encountered in power"),
    (lambda m: m.add(m.array([np.inf]), -np.inf), "invalid", "invalid value encountered in add"),
    (
        lambda m: m.floor_divide(m.array([1, 2]), 0),
        "divide",
        "divide by zero encountered in floor_divide",
    ),
    (
        lambda m: m.remainder(m.array([1, 2]), 0),
        "divide",
        "divide by zero encountered in remainder",
    ),
    (
        lambda m: m.floor_divide(m.array([1.0]), 0.0),
        "divide",
        "divide by zero encountered in floor_divide",
    ),
    (
        lambda m: m.remainder(m.array([1.0]), 0.0),
        "invalid",
        "invalid value encountered in remainder",
    ),
    (lambda m: m.add.reduce(m.array([1e308, 1e308])), "over", "overflow encountered in reduce"),
    (
        lambda m: m.add.accumulate(m.array([1e308, 1e308])),
        "over",
        "overflow encountered in accumulate",
    ),
    (
        lambda m: m.add.outer(m.array([1e308]), m.array([1e308])),
        "over",
        "overflow encountered in add",
    ),
    (lambda m: m.array([1.0]) / 0.0, "divide", "divide by zero encountered in divide"),
    (lambda m: m.array([1e308]) * m.array([10.0]), "over", "overflow encountered in multiply"),
]


def _tnp_namespace():
    class M:
        array = staticmethod(tnp.array)

    for name in ("divide", "sqrt", "exp", "multiply", "power", "add", "floor_divide", "remainder"):
        setattr(M, name, getattr(uf, name))
    return M


@pytest.mark.parametrize(("compute", "kind", "message"), _CASES)
def test_raise_mode_matches_numpy_message(compute, kind, message):
    with np.errstate(all="ignore", **{kind: "raise"}), pytest.raises(FloatingPointError) as np_exc:
        compute(np)
    assert str(np_exc.value) == message

    def body():
        with es.errstate(all="ignore", **{kind: "raise"}), pytest.raises(FloatingPointError) as exc:
            compute(_tnp_namespace())
        assert str(exc.value) == message

    _run(body)


@pytest.mark.parametrize(("compute", "kind", "message"), _CASES)
def test_warn_mode_emits_runtime_warning(compute, kind, message):
    def body():
        with es.errstate(all="ignore", **{kind: "warn"}), warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            compute(_tnp_namespace())
        assert [str(x.message) for x in w] == [message]
        assert all(x.category is RuntimeWarning for x in w)
        assert all(x.filename == __file__ for x in w)

    _run(body)


@pytest.mark.parametrize(("compute", "kind", "message"), _CASES)
def test_ignore_mode_is_silent(compute, kind, message):
    def body():
        with es.errstate(all="raise", **{kind: "ignore"}), warnings.catch_warnings():
            warnings.simplefilter("error")
            compute(_tnp_namespace())

    _run(body)


def test_call_mode_calls_with_kind_and_flags():
    calls = []

    def body():
        with es.errstate(all="call", call=lambda kind, flag: calls.append((kind, flag))):
            uf.divide(tnp.array([1.0, 0.0, -1.0, 1e308]), tnp.array([0.0, 0.0, 0.0, 1e-308]))

    _run(body)
    np_calls = []
    old = np.seterrcall(lambda kind, flag: np_calls.append((kind, flag)))
    try:
        with np.errstate(all="call"):
            np.divide(np.array([1.0, 0.0, -1.0, 1e308]), np.array([0.0, 0.0, 0.0, 1e-308]))
    finally:
        np.seterrcall(old)
    assert calls == np_calls


def test_call_mode_without_handler_raises_name_error():
    def body():
        with es.errstate(divide="call"), pytest.raises(NameError):
            uf.divide(tnp.ones(1), 0.0)

    _run(body)


def test_log_and_print_modes():
    log = io.StringIO()

    def body():
        with es.errstate(invalid="log", call=log):
            uf.sqrt(tnp.array([-1.0]))
        with es.errstate(divide="log"), pytest.raises(NameError):
            uf.divide(tnp.ones(1), 0.0)

    _run(body)
    assert log.getvalue() == "Warning: invalid value encountered in sqrt\n"


def test_print_mode_writes_to_stdout(capsys):
    def body():
        with es.errstate(divide="print"):
            uf.divide(tnp.ones(1), 0.0)

    _run(body)
    assert capsys.readouterr().out == "Warning: divide by zero encountered in divide\n"


def test_nan_inputs_are_not_invalid_operations():
    def body():
        with es.errstate(all="raise"):
            uf.add(tnp.array([np.nan]), 1.0)
            uf.sqrt(tnp.array([np.nan, np.inf]))
            uf.multiply(tnp.array([np.inf]), 2.0)

    _run(body)


def test_default_state_emits_nothing():
    """A deliberate difference: NumPy warns in its default state, tnp checks nothing."""

    def body():
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            uf.divide(tnp.ones(2), 0.0)
            uf.sqrt(tnp.array([-1.0]))

    _run(body)
