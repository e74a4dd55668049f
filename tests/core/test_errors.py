"""NumPy's exceptions for bad input, never PyTorch's RuntimeError."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from tnp_core_test_helpers import assert_not_torch_error, expected_exception, numpy_outcome

import tnp_core as tnp


def test_broadcast_error_names_both_shapes():
    with pytest.raises(ValueError) as np_info:
        np.zeros((2, 3)) + np.zeros((4,))
    with pytest.raises(ValueError) as info:
        tnp.zeros((2, 3)) + tnp.zeros((4,))
    assert str(info.value) == str(np_info.value)
    assert "(2,3)" in str(info.value)
    assert "(4,)" in str(info.value)


@pytest.mark.parametrize(
    ("left", "right"), [((2, 3), (4,)), ((3,), (4,)), ((2, 1, 5), (3, 4)), ((0,), (2,))]
)
def test_broadcast_error_messages_match_numpy_for_every_ufunc(left, right):
    for name in ("add", "subtract", "multiply", "divide", "power", "less", "equal"):
        with pytest.raises(ValueError) as np_info:
            getattr(np, name)(np.ones(left), np.ones(right))
        with pytest.raises(ValueError) as info:
            getattr(tnp, name)(tnp.ones(left), tnp.ones(right))
        assert str(info.value) == str(np_info.value), name


def _cases():
    """(label, NumPy thunk, tnp thunk) for inputs NumPy refuses."""

    def both(label, make):
        return pytest.param(lambda: make(np), lambda: make(tnp), id=label)

    return [
        both("broadcast", lambda m: m.zeros((2, 3)) * m.zeros(4)),
        both("broadcast-inplace", lambda m: m.zeros(3).__iadd__(m.zeros(4))),
        both("broadcast-out", lambda m: m.add(m.zeros(3), 1, out=m.zeros(4))),
        both("where-shape", lambda m: m.add(m.zeros(3), 1, where=m.zeros(4, dtype=bool))),
        both("reshape-size", lambda m: m.zeros(6).reshape(4, 2)),
        both("reshape-two-unknown", lambda m: m.zeros(6).reshape(-1, -1)),
        both("index-out-of-bounds", lambda m: m.zeros(3)[5]),
        both("index-array-out-of-bounds", lambda m: m.zeros(3)[m.array([0, 5])]),
        both("too-many-indices", lambda m: m.zeros((2, 3))[0, 0, 0]),
        both("float-index", lambda m: m.zeros(3)[1.5]),
        both("float-array-index", lambda m: m.zeros(3)[m.array([1.0])]),
        both("mask-shape", lambda m: m.zeros(3)[m.array([True, False])]),
        both("setitem-broadcast", lambda m: m.zeros(3).__setitem__(slice(None), m.zeros(4))),
        both("setitem-overflow", lambda m: m.zeros(3, dtype="int8").__setitem__(0, 1000)),
        both("sum-axis", lambda m: m.sum(m.zeros(3), axis=1)),
        both("mean-axis", lambda m: m.mean(m.zeros((2, 3)), axis=-3)),
        both("max-axis-tuple", lambda m: m.max(m.zeros((2, 3)), axis=(0, 2))),
        both("repeated-axis", lambda m: m.sum(m.zeros((2, 3)), axis=(1, 1))),
        both("float-axis", lambda m: m.sum(m.zeros((2, 3)), axis=1.0)),
        both("empty-max", lambda m: m.max(m.zeros(0))),
        both("empty-min-axis", lambda m: m.min(m.zeros((2, 0)), axis=1)),
        both("reduction-out-shape", lambda m: m.sum(m.ones((2, 3)), axis=0, out=m.zeros(2))),
        both("ragged", lambda m: m.array([[1, 2], [3]])),
        both("negative-shape", lambda m: m.zeros((2, -1))),
        both("full-broadcast", lambda m: m.full((2, 3), [1, 2])),
        both("out-cast", lambda m: m.add(m.ones(3), 1.5, out=m.zeros(3, dtype="int64"))),
        both("out-not-array", lambda m: m.add(m.ones(3), 1, out=[0, 0, 0])),
        both("out-tuple-length", lambda m: m.add(m.ones(3), 1, out=(m.zeros(3), m.zeros(3)))),
        both("casting-name", lambda m: m.add(m.ones(3), 1, casting="bogus")),
        both("casting-safe", lambda m: m.add(m.ones(3), 1, dtype="float32", casting="safe")),
        both("where-not-bool", lambda m: m.add(m.ones(3), 1, where=m.ones(3))),
        both("linspace-num", lambda m: m.linspace(0, 1, -1)),
        both("arange-step-zero", lambda m: m.arange(0, 5, 0)),
        both("eye-negative", lambda m: m.eye(-1)),
        both("dtype-name", lambda m: m.dtype("float31")),
        both("dtype-object", lambda m: m.dtype(3.5)),
        both("astype-safe", lambda m: m.zeros(3).astype("int32", casting="safe")),
        both("int-of-array", lambda m: int(m.zeros(3))),
        both("item-of-array", lambda m: m.zeros(3).item()),
        both("bool-of-array", lambda m: bool(m.zeros(3))),
        both("len-of-0d", lambda m: len(m.array(1.0))),
        both("bool-subtract", lambda m: m.array([True]) - m.array([False])),
        both("bool-negative", lambda m: -m.array([True])),
        both("int-negative-power", lambda m: m.array([2]) ** m.array([-1])),
        both("int-inplace-float", lambda m: m.arange(3).__iadd__(1.5)),
        both("python-int-overflow", lambda m: m.add(m.zeros(3, dtype="int8"), 1000)),
        both("uint-negative-int", lambda m: m.zeros(3, dtype="uint16") + (-1)),
        both("complex-floor-divide", lambda m: m.floor_divide(m.ones(2, "complex64"), 2)),
        both("complex-remainder", lambda m: m.remainder(m.ones(2, "complex128"), 1j)),
        both("ufunc-arity", lambda m: m.add(m.ones(2))),
        both("can-cast-scalar", lambda m: m.can_cast(1.0, "float32")),
        both("promote-bad-name", lambda m: m.promote_types("f4", "float31")),
        both("result-type-empty", lambda m: m.result_type()),
        both("item-index", lambda m: m.zeros((2, 2)).item(4)),
        both("scalar-type-overflow", lambda m: m.int8(1000)),
        both("abstract-scalar-type", lambda m: m.integer(3)),
    ]


@pytest.mark.parametrize(("np_thunk", "tnp_thunk"), _cases())
def test_bad_input_raises_numpy_exception_types(np_thunk, tnp_thunk):
    _, exc = numpy_outcome(np_thunk)
    assert exc is not None, "NumPy accepted this input: the case is wrong"
    want = expected_exception(exc)
    with pytest.raises(Exception) as info:  # the type is checked below
        tnp_thunk()
    assert_not_torch_error(info.value)
    assert isinstance(info.value, want), (
        f"NumPy raised {type(exc).__name__}: {exc}; tnp raised "
        f"{type(info.value).__name__}: {info.value}"
    )


# inputs outside tnp's scope or that NumPy treats as objects: tnp must still refuse them
# with a clear exception, never with PyTorch's RuntimeError
OUT_OF_SCOPE = [
    pytest.param(lambda: tnp.array("abc"), id="string-array"),
    pytest.param(lambda: tnp.array([b"x"]), id="bytes-array"),
    pytest.param(lambda: tnp.zeros(3, dtype="U3"), id="string-dtype"),
    pytest.param(lambda: tnp.zeros(3) + "a", id="add-string"),
    pytest.param(lambda: tnp.array([object()]), id="object-array"),
    pytest.param(lambda: tnp.array(None), id="none"),
    pytest.param(lambda: tnp.zeros(3, dtype="M8[s]"), id="datetime"),
    pytest.param(lambda: tnp.asarray(torch.zeros(2, dtype=torch.float8_e4m3fn)), id="float8"),
    pytest.param(lambda: tnp.zeros(3, device="nowhere"), id="bad-device"),
    pytest.param(lambda: tnp.zeros(3, device=3.5), id="device-type"),
    pytest.param(lambda: tnp.zeros("abc"), id="shape-string"),
    pytest.param(lambda: tnp.zeros((2, 3)).reshape(order="F"), id="reshape-order"),
    pytest.param(lambda: tnp.array([1, 2], order="F"), id="array-order-F"),
    pytest.param(lambda: tnp.arange(1j, 5), id="arange-complex"),
    pytest.param(lambda: tnp.ones(3)[{"a": 1}], id="dict-index"),
    pytest.param(lambda: tnp.ones(3).__setitem__(0, "x"), id="setitem-string"),
    pytest.param(lambda: tnp.ones(3).to_device("nowhere"), id="to-device"),
    pytest.param(lambda: tnp.sum(tnp.ones(3), dtype="U"), id="sum-dtype-string"),
    pytest.param(lambda: tnp.exp(tnp.ones(3), out=tnp.zeros(3, "int64")), id="exp-out-int"),
    pytest.param(lambda: tnp.sqrt(tnp.ones(3), dtype="int32"), id="sqrt-dtype-int"),
    pytest.param(lambda: tnp.linspace(0, 1, 3, axis=3), id="linspace-axis"),
    pytest.param(lambda: tnp.eye(2, 3, 0, "U"), id="eye-dtype"),
]


@pytest.mark.parametrize("thunk", OUT_OF_SCOPE)
def test_no_torch_error_escapes(thunk):
    with pytest.raises(Exception) as info:  # the type is checked below
        thunk()
    assert_not_torch_error(info.value)
    assert isinstance(info.value, (TypeError, ValueError, IndexError, NotImplementedError)), (
        f"{type(info.value).__name__}: {info.value}"
    )


def test_not_implemented_messages_say_what_is_unsupported():
    with pytest.raises(NotImplementedError) as info:
        tnp.dtype("U10")
    assert "string" in str(info.value)
    with pytest.raises(NotImplementedError) as info:
        tnp.dtype("M8[ns]")
    assert "datetime" in str(info.value)
