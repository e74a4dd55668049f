"""NumPy's dispatch protocols on tnp arrays: NEP 18 (``__array_function__``), NEP 13
(``__array_ufunc__``), and conversion both ways (``__array__``, ``tnp.asarray``).

A NumPy function or ufunc called on a tnp array runs tnp's function of the same name and
returns tnp arrays; what tnp lacks makes NumPy raise ``TypeError``.
"""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

import tnp
from tnp_core import _numpy_dispatch


def _values(x: tnp.ndarray) -> np.ndarray:
    assert isinstance(x, tnp.ndarray), f"expected a tnp array, got {type(x).__name__}"
    return np.asarray(x)


def test_numpy_sum_of_a_tnp_array_is_a_tnp_array():
    got = np.sum(tnp.ones(3))
    assert isinstance(got, tnp.ndarray)
    assert got.shape == ()
    assert float(got) == 3.0


def test_numpy_asarray_of_a_tnp_array_is_a_float64_numpy_array():
    got = np.asarray(tnp.ones(3))
    assert type(got) is np.ndarray
    assert got.dtype == np.float64
    np.testing.assert_array_equal(got, [1.0, 1.0, 1.0])


@pytest.mark.parametrize(
    ("call", "want"),
    [
        (lambda m, a: m.sum(a, axis=0, keepdims=True), None),
        (lambda m, a: m.mean(a, axis=-1), None),
        (lambda m, a: m.concatenate([a, a]), None),
        (lambda m, a: m.concatenate((a, a), axis=1), None),
        (lambda m, a: m.stack([a, a], axis=-1), None),
        (lambda m, a: m.where(a > 2, a, 0.0), None),
        (lambda m, a: m.reshape(a, (3, 2)), None),
        (lambda m, a: m.sort(-a, axis=0), None),
        (lambda m, a: m.cumsum(a, axis=1), None),
        (lambda m, a: m.transpose(a), None),
        (lambda m, a: m.clip(a, 1, 4), None),
        (lambda m, a: m.linalg.norm(a), None),
        (lambda m, a: m.linalg.inv(a[:, :2]), None),
        (lambda m, a: m.fft.rfft(a, axis=0), None),
        (lambda m, a: m.sum(a, dtype=m.float32), "float32"),
        (lambda m, a: m.astype(a, m.int16), "int16"),
    ],
)
def test_numpy_functions_run_tnps_function(call, want):
    data = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 7.0]])
    got = call(np, tnp.asarray(data))
    expected = call(np, data)
    values = _values(got)
    assert values.dtype == expected.dtype
    if want is not None:
        assert values.dtype.name == want
    np.testing.assert_allclose(values, expected, rtol=1e-12, atol=1e-12)


def test_numpy_function_calls_tnp_not_numpy(monkeypatch):
    called = []
    original = tnp.concatenate

    def spy(*args, **kwargs):
        called.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr("tnp_core.concatenate", spy)
    got = np.concatenate([tnp.ones(2), tnp.zeros(1)])
    assert called
    np.testing.assert_array_equal(_values(got), [1.0, 1.0, 0.0])


def test_numpy_arrays_among_the_arguments_are_converted():
    got = np.concatenate([tnp.ones(2), np.arange(2.0)])
    np.testing.assert_array_equal(_values(got), [1.0, 1.0, 0.0, 1.0])
    got = np.add(np.arange(3), tnp.ones(3, dtype=tnp.int8))
    assert got.dtype == tnp.int64
    np.testing.assert_array_equal(_values(got), [1, 2, 3])


def test_numpy_binary_operators_with_a_tnp_operand_give_tnp_arrays():
    np_array = np.arange(3.0)
    for got in (np_array + tnp.ones(3), tnp.ones(3) + np_array, np_array * tnp.ones(3)):
        assert isinstance(got, tnp.ndarray)


@pytest.mark.parametrize(
    "call",
    [
        lambda m, a: m.add(a, 1),
        lambda m, a: m.add(1, a),
        lambda m, a: m.exp(a),
        lambda m, a: m.isnan(a),
        lambda m, a: m.maximum(a, 2.5),
        lambda m, a: m.divmod(a, 2.0),
        lambda m, a: m.add.reduce(a),
        lambda m, a: m.add.reduce(a, axis=1, keepdims=True),
        lambda m, a: m.multiply.accumulate(a, axis=1),
        lambda m, a: m.maximum.reduceat(a, [0, 2], axis=1),
        lambda m, a: m.subtract.outer(a[0], a[1]),
        lambda m, a: m.add(a, 1, dtype=m.float32),
        lambda m, a: m.matmul(a, a.T),
    ],
)
def test_numpy_ufuncs_run_tnps_ufunc(call):
    data = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 7.0]])
    got = call(np, tnp.asarray(data))
    expected = call(np, data)
    if isinstance(expected, tuple):
        for g, e in zip(got, expected, strict=True):
            np.testing.assert_array_equal(_values(g), e)
        return
    values = _values(got)
    assert values.dtype == expected.dtype
    np.testing.assert_allclose(values, expected, rtol=1e-12)


def test_numpy_ufunc_writes_into_a_tnp_out():
    out = tnp.zeros(3)
    got = np.add(tnp.arange(3.0), 1.0, out=out)
    assert got is out
    np.testing.assert_array_equal(_values(out), [1.0, 2.0, 3.0])


def test_numpy_ufunc_at_updates_the_tnp_array_in_place():
    a = tnp.zeros(3)
    np.add.at(a, [0, 0, 2], 1.0)
    np.testing.assert_array_equal(_values(a), [2.0, 0.0, 1.0])


def test_numpy_out_arrays_are_not_written_by_tnp():
    with pytest.raises(TypeError):
        np.add(tnp.ones(3), 1, out=np.zeros(3))
    with pytest.raises(TypeError):
        np.sum(tnp.ones(3), out=np.zeros(()))


def test_functions_tnp_lacks_raise_type_error():
    with pytest.raises(TypeError, match="__array_function__"):
        np.lib.stride_tricks.sliding_window_view(tnp.arange(3.0), 2)

    def no_such_function(x):
        return x

    no_such_function.__module__ = "numpy"
    got = _numpy_dispatch.array_function(no_such_function, (tnp.ndarray,), (tnp.ones(2),), {})
    assert got is NotImplemented


def test_ufunc_methods_tnp_lacks_give_not_implemented():
    class FakeUfunc:
        __name__ = "no_such_ufunc"

    assert _numpy_dispatch.array_ufunc(FakeUfunc(), "__call__", tnp.ones(2)) is NotImplemented
    assert _numpy_dispatch.array_ufunc(np.add, "no_such_method", tnp.ones(2)) is NotImplemented


def test_unknown_numpy_modules_and_types_give_not_implemented():
    def orphan(x):
        return x

    orphan.__module__ = "numpy.polynomial"
    assert (
        _numpy_dispatch.array_function(orphan, (tnp.ndarray,), (tnp.ones(2),), {}) is NotImplemented
    )

    class Other:
        def __array_function__(self, *args):
            return NotImplemented

    assert (
        _numpy_dispatch.array_function(np.sum, (tnp.ndarray, Other), (tnp.ones(2),), {})
        is NotImplemented
    )


def test_numpy_dtypes_and_scalars_are_converted():
    got = np.sum(tnp.ones(3, dtype=tnp.int8), dtype=np.dtype("int16"))
    assert got.dtype == tnp.int16
    got = np.add(tnp.ones(2, dtype=tnp.float32), np.float64(1.5))
    # a NumPy scalar is a strongly typed array: float64 wins, as in NumPy
    assert got.dtype == tnp.float64
    np.testing.assert_array_equal(_values(got), [2.5, 2.5])


def test_tnp_asarray_of_a_numpy_array_shares_memory_on_the_cpu():
    data = np.arange(4.0)
    with tnp.default_device("cpu"):  # host data follows the default device (no copy on CPU)
        view = tnp.asarray(data)
    assert view.device.type == "cpu"
    data[0] = 42.0
    assert float(view[0]) == 42.0
    assert np.shares_memory(np.asarray(view), data)


def test_numpy_asarray_shares_a_cpu_tnp_arrays_memory():
    a = tnp.zeros(3, device="cpu")
    host = np.asarray(a)
    host[1] = 5.0
    assert float(a[1]) == 5.0
    copied = np.array(a, dtype=np.float32)
    assert copied.dtype == np.float32


@pytest.mark.skipif(
    importlib.util.find_spec("matplotlib") is None, reason="matplotlib is not installed"
)
def test_matplotlib_plots_tnp_arrays():
    import matplotlib as mpl

    mpl.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    (line,) = ax.plot(tnp.arange(3.0), tnp.asarray([1.0, 4.0, 9.0]))
    np.testing.assert_array_equal(np.asarray(line.get_ydata()), [1.0, 4.0, 9.0])
    plt.close(fig)


def test_the_dispatch_module_does_not_import_numpy(run_without_numpy):
    run_without_numpy(
        """
        import tnp_core
        from tnp_core import _numpy_dispatch
        a = tnp_core.ones(3)
        assert _numpy_dispatch.array_function(len, (), (a,), {}) is NotImplemented
        assert _numpy_dispatch.array_ufunc(None, "__call__", a) is NotImplemented
        """
    )
