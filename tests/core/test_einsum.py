"""einsum and einsum_path against NumPy."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tnp_core_test_helpers import (
    DTYPES,
    FEW,
    RTOL,
    arrays,
    assert_same,
    from_numpy,
    same_outcome,
)

import tnp_core as tnp
from tnp_core import _products as prod

LABELS = "abcdE"


def _abs64(x):
    return np.abs(x.astype(np.complex128)).astype(np.float64)


def _close(bound):
    def compare(got, expected):
        name = np.asarray(expected).dtype.name
        if name in RTOL:
            assert_same(got, expected, atol=4 * RTOL[name] * (float(np.max(bound, initial=0)) + 1))
        else:
            assert_same(got, expected)

    return compare


@st.composite
def einsum_case(draw, same_dtype=False):
    """Subscripts, operands: 1-3 operands, repeated labels (diagonals), size-1 broadcasting,
    '...', explicit or implicit output."""
    sizes = {c: draw(st.integers(0, 3)) for c in LABELS}
    n_ops = draw(st.integers(1, 3))
    ell_shape = draw(st.lists(st.integers(1, 3), max_size=2))
    use_ellipsis = draw(st.integers(0, 3)) == 0
    first = draw(st.sampled_from(DTYPES))
    terms, operands = [], []
    for _ in range(n_ops):
        labels = draw(st.lists(st.sampled_from(LABELS), max_size=3))
        shape = [sizes[c] if draw(st.integers(0, 5)) else 1 for c in labels]
        # a repeated label needs one size within the operand
        for i, c in enumerate(labels):
            if c in labels[:i]:
                shape[i] = shape[labels.index(c)]
        term = "".join(labels)
        if use_ellipsis:
            k = draw(st.integers(0, len(ell_shape)))
            pos = draw(st.integers(0, len(labels)))
            term = term[:pos] + "..." + term[pos:]
            shape = shape[:pos] + ell_shape[len(ell_shape) - k :] + shape[pos:]
        name = first if same_dtype else draw(st.sampled_from(DTYPES))
        terms.append(term)
        operands.append(draw(arrays(name, tuple(shape))))
    subscripts = ",".join(terms)
    if draw(st.booleans()):
        used = sorted({c for t in terms for c in t if c != "."})
        out = "".join(draw(st.permutations(used))[: draw(st.integers(0, len(used)))])
        if use_ellipsis:
            pos = draw(st.integers(0, len(out)))
            out = out[:pos] + "..." + out[pos:]
        subscripts += "->" + out
    return subscripts, operands


def _bound(subscripts, operands):
    try:
        return np.einsum(subscripts, *[_abs64(o) for o in operands])
    except ValueError:
        return 0


@FEW
@given(einsum_case())
def test_einsum_subscripts(case):
    subscripts, ops = case
    same_outcome(
        lambda: np.einsum(subscripts, *ops),
        lambda: prod.einsum(subscripts, *[from_numpy(o) for o in ops]),
        compare=_close(_bound(subscripts, ops)),
    )


@FEW
@given(einsum_case(same_dtype=True), st.sampled_from([True, "greedy", "optimal"]))
def test_einsum_optimize_accepted(case, optimize):
    subscripts, ops = case
    same_outcome(
        lambda: np.einsum(subscripts, *ops, optimize=optimize),
        lambda: prod.einsum(subscripts, *[from_numpy(o) for o in ops], optimize=optimize),
        compare=_close(_bound(subscripts, ops)),
    )


def _to_sublist(term):
    out = []
    i = 0
    while i < len(term):
        if term[i] == ".":
            out.append(Ellipsis)
            i += 3
        else:
            out.append(prod._impl.SYMBOLS.index(term[i]))
            i += 1
    return out


@FEW
@given(einsum_case())
def test_einsum_sublist_form(case):
    subscripts, ops = case
    lhs, _, rhs = subscripts.partition("->")
    np_args, tnp_args = [], []
    for op, term in zip(ops, lhs.split(","), strict=True):
        np_args += [op, _to_sublist(term)]
        tnp_args += [from_numpy(op), _to_sublist(term)]
    if "->" in subscripts:
        np_args.append(_to_sublist(rhs))
        tnp_args.append(_to_sublist(rhs))
    same_outcome(
        lambda: np.einsum(*np_args),
        lambda: prod.einsum(*tnp_args),
        compare=_close(_bound(subscripts, ops)),
    )


@pytest.mark.parametrize(
    ("subscripts", "shapes"),
    [
        ("ii", [(3, 3)]),
        ("ii->i", [(3, 3)]),
        ("iji->j", [(2, 3, 2)]),
        ("ij->ji", [(2, 3)]),
        ("i,i", [(3,), (3,)]),
        ("i,j->ij", [(2,), (3,)]),
        ("ij,jk->ik", [(2, 3), (3, 4)]),
        ("...ij,...jk->...ik", [(5, 2, 3), (3, 4)]),
        ("i...->...", [(2, 3, 4)]),
        ("Ba,b", [(2, 3), (2,)]),
        ("i,i->i", [(1,), (3,)]),
        (",i->i", [(), (3,)]),
        ("", [()]),
        ("ij->", [(2, 0)]),
    ],
)
def test_einsum_named_cases(subscripts, shapes):
    rng = np.random.default_rng(0)
    for dt in ("int8", "uint64", "float32", "complex128", "bool"):
        ops = [(rng.integers(-5, 5, s) if s else rng.integers(-5, 5)).astype(dt) for s in shapes]
        assert_same(
            prod.einsum(subscripts, *[from_numpy(o) for o in ops]), np.einsum(subscripts, *ops)
        )


def test_einsum_integers_wrap_exactly():
    a = np.array([100, 100, -128], dtype=np.int8)
    assert_same(prod.einsum("i,i", from_numpy(a), from_numpy(a)), np.einsum("i,i", a, a))
    big = np.array([2**62, 3, 2**63 - 1], dtype=np.uint64)
    assert_same(
        prod.einsum("i,i->", from_numpy(big), from_numpy(big)), np.einsum("i,i->", big, big)
    )


def test_einsum_dtype_and_casting():
    a = np.array([100, 100], dtype=np.int8)
    f = np.array([1.5, 2.5])
    assert_same(
        prod.einsum("i,i", from_numpy(a), from_numpy(a), dtype="int16"),
        np.einsum("i,i", a, a, dtype=np.int16),
    )
    assert_same(
        prod.einsum("i,i->i", from_numpy(a), from_numpy(a), dtype="float32"),
        np.einsum("i,i->i", a, a, dtype=np.float32),
    )
    with pytest.raises(TypeError, match="according to the rule 'safe'"):
        prod.einsum("i,i->i", from_numpy(f), from_numpy(a), dtype="int64")
    assert_same(
        prod.einsum("i,i->i", from_numpy(f), from_numpy(a), dtype="int64", casting="unsafe"),
        np.einsum("i,i->i", f, a, dtype=np.int64, casting="unsafe"),
    )
    with pytest.raises(ValueError, match="casting must be one of"):
        prod.einsum("i", from_numpy(f), casting="bogus")


def test_einsum_out():
    a = np.array([100, 100], dtype=np.int8)
    out = tnp.zeros((), dtype="int16")
    r = prod.einsum("i,i", from_numpy(a), from_numpy(a), out=out)
    assert r is out
    # NumPy computes in the promotion of the operands and out: int16 here, no wrap-around
    assert_same(out, np.einsum("i,i", a, a, out=np.zeros((), np.int16)))
    out = tnp.zeros(2)
    prod.einsum("i,i->i", from_numpy(a), from_numpy(a), out=out)
    assert_same(out, np.einsum("i,i->i", a, a, out=np.zeros(2)))
    with pytest.raises(ValueError, match="correct number of dimensions"):
        prod.einsum("i,i->i", from_numpy(a), from_numpy(a), out=tnp.zeros((1, 2)))
    with pytest.raises(TypeError, match="rule 'safe'"):
        prod.einsum("i->i", tnp.ones(2), out=tnp.zeros(2, dtype="int64"))


@pytest.mark.parametrize(
    ("subscripts", "shapes"),
    [
        ("i,i", [(2,), (3,)]),
        ("ii->i", [(2, 3)]),
        ("i->", [(2, 3)]),
        ("ij", [(2,)]),
        ("i->j", [(2,)]),
        ("i->ii", [(2,)]),
        ("i1", [(2, 2)]),
        ("i.->", [(2,)]),
        ("...i->i", [(2, 3)]),
        ("i,j", [(2,)]),
        ("i", [(2,), (2,)]),
        ("i->i->i", [(2,)]),
    ],
)
def test_einsum_errors(subscripts, shapes):
    ops = [np.ones(s) for s in shapes]
    same_outcome(
        lambda: np.einsum(subscripts, *ops),
        lambda: prod.einsum(subscripts, *[from_numpy(o) for o in ops]),
    )


def test_einsum_error_messages():
    with pytest.raises(ValueError, match="operands could not be broadcast together"):
        prod.einsum("ij,jk", tnp.ones((2, 3)), tnp.ones((2, 3)))
    with pytest.raises(ValueError, match="don't match"):
        prod.einsum("ii->i", tnp.ones((2, 3)))
    with pytest.raises(ValueError, match="subscript is not within the valid range"):
        prod.einsum(tnp.ones(2), [52])
    with pytest.raises(ValueError, match="No input operands"):
        prod.einsum()
    with pytest.raises(KeyError):
        prod.einsum(
            "ij,jk,kl", tnp.ones((2, 2)), tnp.ones((2, 2)), tnp.ones((2, 2)), optimize="foo"
        )


# ----------------------------------------------------------------------------- einsum_path
@st.composite
def path_case(draw):
    n_ops = draw(st.integers(1, 5))
    sizes = {c: draw(st.integers(1, 6)) for c in "abcdefg"}
    terms = [
        "".join(draw(st.lists(st.sampled_from("abcdefg"), min_size=1, max_size=3, unique=True)))
        for _ in range(n_ops)
    ]
    used = sorted({c for t in terms for c in t})
    subscripts = ",".join(terms)
    if draw(st.booleans()):
        out = "".join(draw(st.permutations(used))[: draw(st.integers(0, len(used)))])
        subscripts += "->" + out
    ops = [np.zeros([sizes[c] for c in t]) for t in terms]
    return subscripts, ops


@FEW
@given(
    path_case(), st.sampled_from(["greedy", "optimal", True, False, ("greedy", 20), ("optimal", 8)])
)
def test_einsum_path_matches_numpy(case, optimize):
    subscripts, ops = case
    expected, exc = None, None
    try:
        expected = np.einsum_path(subscripts, *ops, optimize=optimize)
    except Exception as e:  # noqa: BLE001
        exc = e
    if exc is not None:
        with pytest.raises(type(exc)):
            prod.einsum_path(subscripts, *[from_numpy(o) for o in ops], optimize=optimize)
        return
    path, report = prod.einsum_path(subscripts, *[from_numpy(o) for o in ops], optimize=optimize)
    assert path == expected[0]
    assert report == expected[1]


def test_einsum_path_explicit_and_ellipsis():
    a = np.ones((2, 3))
    b = np.ones((3, 4))
    c = np.ones((4, 5))
    explicit = ["einsum_path", (0, 2), (0, 1)]
    got = prod.einsum_path("ij,jk,kl->il", a, b, c, optimize=explicit)
    assert got == np.einsum_path("ij,jk,kl->il", a, b, c, optimize=explicit)
    with pytest.raises(ValueError, match="more operands has to be contracted"):
        prod.einsum_path("ij,jk,kl->il", a, b, c, optimize=["einsum_path", (0, 1)])
    with pytest.raises(TypeError, match="Did not understand the path"):
        prod.einsum_path("ij,jk", a, b, optimize=("greedy",))
    x = np.ones((5, 2, 3))
    path, report = prod.einsum_path("...ij,jk,kl->...il", x, b, c)
    assert path == np.einsum_path("...ij,jk,kl->...il", x, b, c)[0]
    assert "Complete contraction:" in report
    assert prod.einsum_path(a, [0, 1], b, [1, 2])[0] == ["einsum_path", (0, 1)]


def test_einsum_optimize_with_explicit_path():
    a, b, c = np.arange(6.0).reshape(2, 3), np.arange(12.0).reshape(3, 4), np.arange(4.0)
    path = ["einsum_path", (1, 2), (0, 1)]
    assert_same(
        prod.einsum("ij,jk,k->i", from_numpy(a), from_numpy(b), from_numpy(c), optimize=path),
        np.einsum("ij,jk,k->i", a, b, c, optimize=path),
    )


def test_exact_integer_fallback_off_the_cpu_paths():
    """The int64 kernels used where torch has no integer matmul (CUDA), run here on CPU."""
    import torch

    from tnp_core import _products_impl as impl

    rng = np.random.default_rng(1)
    a = rng.integers(-(2**62), 2**62, (3, 4, 4))
    b = rng.integers(-(2**62), 2**62, (4, 2))
    spec = impl.parse("kii,ij->kj", [a.shape, b.shape])
    got = impl._einsum_by_products(spec, [torch.tensor(a), torch.tensor(b)])
    with np.errstate(over="ignore"):
        assert got.tolist() == np.einsum("kii,ij->kj", a, b).tolist()
    x, y = rng.integers(-(2**62), 2**62, (3, 5)), rng.integers(-(2**62), 2**62, (5, 2))
    acc = torch.zeros((3, 2), dtype=torch.int64)
    for k in range(5):
        acc += torch.tensor(x[:, k : k + 1]) * torch.tensor(y[k : k + 1, :])
    with np.errstate(over="ignore"):
        assert acc.tolist() == (x @ y).tolist()
