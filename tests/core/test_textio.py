"""savetxt, loadtxt and genfromtxt against NumPy: the same text, values, errors."""

from __future__ import annotations

import io
import warnings

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tnp_core_test_helpers import DTYPES, FEW, arrays, shapes

import tnp_core as tnp
from tnp_core import _textio as tio


def _tnp_of(a: np.ndarray):
    return tnp.asarray(a.tolist(), dtype=a.dtype.name).reshape(a.shape)


def _same_array(got, exp: np.ndarray) -> None:
    assert isinstance(got, tnp.ndarray)
    assert got.dtype.name == exp.dtype.name
    assert got.shape == exp.shape
    np.testing.assert_array_equal(np.asarray(got.tolist(), dtype=exp.dtype).reshape(got.shape), exp)


def _both(call, message: bool = True) -> None:
    """Run ``call(module)`` with NumPy and with tnp: same result, or same error."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            exp = call(np)
        except Exception as exc:  # noqa: BLE001
            expected = exc
        else:
            expected = None
        if expected is not None:
            with pytest.raises(type(expected)) as info:
                call(tio)
            if message:
                assert str(info.value) == str(expected)
            return
        got = call(tio)
    _same_array(got, np.asarray(exp))


def _savetxt_text(module, arr, **kwargs) -> str:
    buf = io.StringIO()
    module.savetxt(buf, arr, **kwargs)
    return buf.getvalue()


# ----------------------------------------------------------------------------- savetxt
FORMATS = ["%.18e", "%s", "%g", "%.3f", "%10.4e", "%d", "%x", "%-8s|"]


@FEW
@given(
    st.sampled_from(DTYPES).flatmap(
        lambda n: arrays(n, shapes(min_dims=1, max_dims=2), specials=True)
    ),
    st.sampled_from(FORMATS),
    st.sampled_from([" ", ",", "\t", " ; "]),
)
def test_savetxt_text_matches_numpy(a, fmt, delimiter):
    def run(module, arr):
        try:
            return _savetxt_text(module, arr, fmt=fmt, delimiter=delimiter)
        except (TypeError, ValueError, OverflowError) as exc:
            return type(exc)

    assert run(tio, _tnp_of(a)) == run(np, a)


def test_savetxt_header_footer_comments_newline():
    a = np.array([[1.5, -2.0], [np.nan, np.inf]])
    kw = {
        "fmt": "%.3f",
        "delimiter": ",",
        "header": "a\nb",
        "footer": "end",
        "comments": "%% ",
        "newline": "\r\n",
    }
    assert _savetxt_text(tio, _tnp_of(a), **kw) == _savetxt_text(np, a, **kw)


@pytest.mark.parametrize(
    "fmt", [["%d", "%.2e", "%g"], ["%d", "%.2e"], "%g %g | %g", "%g %g", 5, b"%.1f"]
)
def test_savetxt_fmt_forms(fmt):
    a = np.array([[1.5, -2, 3e-7], [4.0, np.inf, -0.0]])
    exp = _outcome(lambda: _savetxt_text(np, a, fmt=fmt))
    got = _outcome(lambda: _savetxt_text(tio, _tnp_of(a), fmt=fmt))
    assert got == exp


@pytest.mark.parametrize("dtype", ["complex64", "complex128"])
@pytest.mark.parametrize(
    "fmt", ["%.18e", "%.2f", "%s", "%.1f %.1f %.1f %.1f", ["%.1f%+.1fj", "(%g,%g)"]]
)
def test_savetxt_complex_forms(dtype, fmt):
    a = np.array([[1 + 2j, -3 - 4j], [0.1j, np.nan]], dtype=dtype)
    assert _savetxt_text(tio, _tnp_of(a), fmt=fmt) == _savetxt_text(np, a, fmt=fmt)


def test_savetxt_shapes_refused():
    for a in (np.array(3.0), np.zeros((2, 2, 2))):
        with pytest.raises(ValueError, match="Expected 1D or 2D array"):
            tio.savetxt(io.StringIO(), _tnp_of(a))


def test_savetxt_to_binary_file_and_path(tmp_path):
    a = np.array([1.25, 2.5])
    buf = io.BytesIO()
    tio.savetxt(buf, _tnp_of(a))
    ref = io.BytesIO()
    np.savetxt(ref, a)
    assert buf.getvalue() == ref.getvalue()
    tio.savetxt(tmp_path / "x.txt", _tnp_of(a), encoding="utf-8", header="µ")
    np.savetxt(tmp_path / "y.txt", a, encoding="utf-8", header="µ")
    assert (tmp_path / "x.txt").read_bytes() == (tmp_path / "y.txt").read_bytes()
    tio.savetxt(tmp_path / "x.txt.gz", _tnp_of(a))
    np.testing.assert_array_equal(np.loadtxt(tmp_path / "x.txt.gz"), a)


def _outcome(func):
    try:
        return func()
    except Exception as exc:  # noqa: BLE001
        return (type(exc), str(exc))


# ----------------------------------------------------------------------------- loadtxt
@FEW
@given(
    st.sampled_from(DTYPES).flatmap(
        lambda n: arrays(n, shapes(min_dims=1, max_dims=2, min_side=1))
    ),
    st.sampled_from([None, ",", "\t"]),
    st.sampled_from([0, 1, 2]),
)
def test_loadtxt_reads_numpy_savetxt_output(a, delimiter, ndmin):
    if a.dtype.kind in "biu":
        fmt = "%d"
    elif a.dtype.kind == "c":
        fmt = ["%.17g%+.17gj"] * (a.shape[1] if a.ndim == 2 else 1)
    else:
        fmt = "%.17g"
    text = _savetxt_text(np, a, fmt=fmt, delimiter=delimiter or " ")
    lines = text.splitlines()
    for source in (lines, io.StringIO(text)):
        _both(lambda m, s=source: m.loadtxt(
            s if isinstance(s, list) else io.StringIO(text),
            dtype=a.dtype.name, delimiter=delimiter, ndmin=ndmin,
        ))  # fmt: skip


@FEW
@given(
    st.sampled_from(["float64", "float32", "int64", "complex128"]).flatmap(
        lambda n: arrays(n, shapes(min_dims=2, max_dims=2, min_side=1))
    ),
    st.data(),
)
def test_loadtxt_keywords_match_numpy(a, data):
    fmt = (
        ["%.17g%+.17gj"] * a.shape[1]
        if a.dtype.kind == "c"
        else ("%d" if a.dtype.kind == "i" else "%.17g")
    )
    lines = _savetxt_text(np, a, fmt=fmt, header="head", footer="foot").splitlines()
    ncols = a.shape[1]
    usecols = data.draw(
        st.none()
        | st.integers(-ncols, ncols - 1)
        | st.lists(st.integers(-ncols, ncols - 1), max_size=3)
    )
    skiprows = data.draw(st.integers(0, 3))
    max_rows = data.draw(st.none() | st.integers(0, 4))
    unpack = data.draw(st.booleans())
    _both(lambda m: m.loadtxt(lines, dtype=a.dtype.name, usecols=usecols, skiprows=skiprows,
                              max_rows=max_rows, unpack=unpack))  # fmt: skip


ODD_INPUTS = [
    (["1 2", "# c", "3 x"], {}),
    (["1 2", "3"], {}),
    (["1,2", "  ", "3,4"], {"delimiter": ","}),
    (["1,2", "", "3,4"], {"delimiter": ","}),
    (["1,2,", "3,4,"], {"delimiter": ","}),
    (["1.5 2"], {"dtype": int}),
    (["300 2"], {"dtype": "i1"}),
    (["-1 2"], {"dtype": "u1"}),
    (["1 2"], {"delimiter": ", "}),
    (["1 2"], {"usecols": 5}),
    (["1 2"], {"usecols": -2}),
    ([], {}),
    (["1 2"], {"ndmin": 2}),
    (["1", "2"], {"ndmin": 2}),
    (["1"], {"ndmin": 1}),
    (["1+2j 3", "(1-1j) 4"], {"dtype": complex}),
    (["true 0"], {"dtype": bool}),
    (["1 0", "1 2"], {"dtype": bool}),
    (["1e3 1", "inf -nan", "1e400 -1e-400"], {}),
    (["1 2 ; 3 // 4", "5 6"], {"comments": [";", "//"]}),
    (["1 2", "3 4", "5 6"], {"max_rows": 2, "skiprows": 1}),
    (["1 2", "3 4"], {"converters": {0: lambda s: 10 * float(s)}, "dtype": int}),
    (["  1 2  "], {"dtype": int}),
    (["18446744073709551615 0"], {"dtype": "u8"}),
    (["4294967295 0"], {"dtype": "u4"}),
    (["1_0"], {"dtype": "i8"}),
    (["1_0"], {}),
    (["+5"], {"dtype": "u8"}),
    (["1  2"], {"delimiter": " "}),
    (["x", "1 2", "#", "3 4", "5"], {"skiprows": 1, "usecols": (1,)}),
    (['"a b" 2'], {"quotechar": '"', "converters": {0: len}}),
    (['"a""b" 2'], {"quotechar": '"', "converters": {0: len}}),
    (['"1 #" 2'], {"quotechar": '"', "converters": {0: len}}),
    (['"1 #" 2', "3 4 # x"], {"quotechar": '"'}),
    (
        ['"1,5",2'],
        {"delimiter": ",", "quotechar": '"', "converters": lambda s: float(s.replace(",", "."))},
    ),
    (["1 2"], {"comments": ""}),
    (["1,2"], {"delimiter": ",", "comments": ","}),
    (["1 2"], {"converters": {5: float}}),
    (["1 2"], {"converters": {-1: lambda s: 7}}),
    (["1 2 3"], {"usecols": (2, 0), "converters": {0: lambda s: 7}}),
    (["1 2", "3 4"], {"max_rows": 0}),
    (["1 2", "3 4"], {"usecols": []}),
    (["1, 2", "3 ,4"], {"delimiter": ","}),
    (["0.1,2", "3,4"], {"delimiter": ",", "dtype": "f2"}),
    (["0.1,2", "3,4"], {"delimiter": ",", "dtype": "c8"}),
    (["1\t2", "3\t4"], {"delimiter": "\t", "dtype": "uint16"}),
    (["1 2"], {"ndmin": 3}),
    (["1 2"], {"skiprows": -1}),
    (["1 2"], {"max_rows": -1}),
    (["1 2"], {"usecols": [1.0]}),
    (["1 2"], {"converters": 5}),
    ([b"1 2", b"3 4"], {}),
    (["1 2\n", "3 4\r\n"], {}),
    (["1 2"], {"dtype": None}),
]


@pytest.mark.parametrize(("lines", "kwargs"), ODD_INPUTS)
def test_loadtxt_odd_inputs(lines, kwargs):
    _both(lambda m: m.loadtxt(list(lines), **kwargs))


def test_loadtxt_files(tmp_path):
    path = tmp_path / "d.txt"
    path.write_text("# header\n1 2\n3 4\n")
    _both(lambda m: m.loadtxt(path))
    _both(lambda m: m.loadtxt(str(path), dtype="f4"))
    _both(lambda m: m.loadtxt(io.BytesIO(b"1 2\n3 4\n")))
    _both(lambda m: m.loadtxt(iter(["1 2", "3 4"])))
    np.savetxt(tmp_path / "z.txt.bz2", np.arange(6.0).reshape(2, 3))
    _both(lambda m: m.loadtxt(tmp_path / "z.txt.bz2"))


def test_loadtxt_empty_warns():
    with pytest.warns(UserWarning, match="input contained no data"):
        got = tio.loadtxt([])
    assert got.shape == (0,)


def test_loadtxt_string_dtype_out_of_scope():
    with pytest.raises(NotImplementedError):
        tio.loadtxt(["1 2"], dtype="U4")


def test_text_round_trip_through_numpy():
    a = np.random.default_rng(1).standard_normal((5, 3))
    text = _savetxt_text(tio, _tnp_of(a))
    np.testing.assert_array_equal(np.loadtxt(io.StringIO(text)), a)
    back = tio.loadtxt(io.StringIO(_savetxt_text(np, a)))
    _same_array(back, a)


# ----------------------------------------------------------------------------- genfromtxt
GEN_CASES = [
    (["1 2", "3 4"], {}),
    (["1,2", "3,"], {}),
    (["1,2", "3,N/A"], {"delimiter": ","}),
    (["1,2", "3,N/A"], {"delimiter": ",", "missing_values": "N/A", "filling_values": -5}),
    (
        ["1,2", "3,N/A"],
        {"delimiter": ",", "missing_values": "N/A", "filling_values": -5, "loose": False},
    ),
    (["1,2", "3,x"], {"delimiter": ",", "missing_values": "N/A", "loose": False}),
    (["1,2", "3,-999"], {"delimiter": ",", "missing_values": "-999"}),
    (["1,2", "3,"], {"delimiter": ",", "dtype": int}),
    (["1,2", "3,"], {"delimiter": ",", "dtype": None}),
    (["1,2", "3,4"], {"delimiter": ",", "dtype": None}),
    (["1.5,2.5", "3,4"], {"delimiter": ",", "dtype": None}),
    (["1j,2j", "3,4"], {"delimiter": ",", "dtype": None}),
    (["True,false", "TRUE,False"], {"delimiter": ",", "dtype": None}),
    (["  1  2  3", "  4  5  6"], {"delimiter": 3}),
    (["  1  2  3", "  4  5  6"], {"delimiter": [3, 3, 3]}),
    (["  1  2  3", "  4  5  6"], {"delimiter": [4, 5]}),
    (["1 2 3", "4 5", "6 7 8"], {}),
    (["1 2 3", "4 5", "6 7 8"], {"invalid_raise": False}),
    (["h", "1 2 # c", "", "3 4", "5 6", "7 8"], {"skip_header": 1, "skip_footer": 1}),
    (["1 2 3", "4 5 6", "7 8"], {"skip_footer": 1}),
    (["1 2", "3 4", "5 6"], {"max_rows": 2}),
    (["1 2", "3 4"], {"skip_footer": 1, "max_rows": 1}),
    (["1 2 3", "4 5 6"], {"usecols": (0, -1)}),
    (["1 2 3", "4 5 6"], {"usecols": 1}),
    (["1 2", "3 4"], {"unpack": True}),
    (["1 2", "3 4"], {"converters": {1: lambda s: float(s) * 2}}),
    (["1,,3", "4,5,"], {"delimiter": ",", "filling_values": {1: 0, 2: -1}}),
    (["1,,3", "4,5,"], {"delimiter": ",", "filling_values": [9, 8]}),
    (["1,,3", "4,5,"], {"delimiter": ",", "missing_values": {0: "1"}, "loose": False}),
    (["1 2"], {"ndmin": 2}),
    (["1"], {}),
    (["1 2", "3 4"], {"dtype": "f4"}),
    (["1.5 2", "3 4"], {"dtype": "i4"}),
    (["1.5 2", "3 4"], {"dtype": "i8"}),
    (["1 2", "3 4"], {"dtype": complex}),
    (["1 2", "3 4"], {"dtype": bool}),
    (["1;2", "3;4 # x"], {"delimiter": ";", "comments": "#"}),
    (["1 2"], {"converters": [float]}),
]


@pytest.mark.parametrize(("lines", "kwargs"), GEN_CASES)
def test_genfromtxt_matches_numpy(lines, kwargs):
    _both(lambda m: m.genfromtxt(list(lines), **kwargs))


def test_genfromtxt_empty_warns():
    with pytest.warns(UserWarning, match="Empty input file"):
        got = tio.genfromtxt([])
    assert got.shape == (0,)


@FEW
@given(arrays("float64", shapes(min_dims=2, max_dims=2, min_side=1)), st.data())
def test_genfromtxt_with_holes_matches_numpy(a, data):
    text = _savetxt_text(np, a, fmt="%.17g", delimiter=",")
    lines = text.splitlines()
    holes = data.draw(st.lists(st.integers(0, max(a.size - 1, 0)), max_size=3))
    rows = [line.split(",") for line in lines]
    for h in holes:
        rows[h // a.shape[1]][h % a.shape[1]] = data.draw(st.sampled_from(["", "N/A", " "]))
    lines = [",".join(r) for r in rows]
    fill = data.draw(st.none() | st.floats(-5, 5))
    _both(lambda m: m.genfromtxt(lines, delimiter=",", missing_values="N/A", filling_values=fill))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"names": True},
        {"usemask": True},
        {"dtype": None, "delimiter": ",", "lines": ["1,2.5"]},
        {"dtype": None, "delimiter": ",", "lines": ["1,a"]},
    ],
)
def test_genfromtxt_structured_cases_out_of_scope(kwargs):
    lines = kwargs.pop("lines", ["1 2", "3 4"])
    with pytest.raises(NotImplementedError):
        tio.genfromtxt(lines, **kwargs)


def test_genfromtxt_file(tmp_path):
    path = tmp_path / "g.txt"
    path.write_text("# c\n1,2\n3,\n")
    _both(lambda m: m.genfromtxt(path, delimiter=","))
    _both(lambda m: m.genfromtxt(io.BytesIO(b"1 2\n3 4\n")))
