"""Universal functions: ``tnp.ufunc`` objects with NumPy's calling convention.

A call resolves NumPy's loop (NEP 50 promotion with weak Python scalars, then the ufunc's
loop table: ``exp`` of int16 computes in float32, ``true_divide`` of ints in float64, ...),
casts the operands, runs the kernel from ``_ufuncs_impl`` and applies ``out=``, ``where=``,
``casting=`` and ``dtype=`` exactly as NumPy does.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable
from typing import Any

import torch

from . import _dtypes_impl as _di
from . import _ufuncs_impl as _impl
from ._conversion import check_int_fits, to_tensor
from ._defaults_impl import defaults
from ._dtypes import _DTYPE_OF_TORCH, to_torch_dtype
from ._ndarray import ndarray
from ._ndarray import wrap_tensor as _wrap
from ._normalizer import ArrayLike, CastingKind, DTypeLike, copy_into_out

_PY_SCALARS = (bool, int, float, complex)

# loop dtype for integer and bool inputs of the float-only ufuncs (exp, sqrt, ...)
_FLOAT_LOOP_FOR: dict[torch.dtype, torch.dtype] = {
    _di.BOOL: _di.FLOAT16,
    _di.INT8: _di.FLOAT16,
    _di.UINT8: _di.FLOAT16,
    _di.INT16: _di.FLOAT32,
    _di.UINT16: _di.FLOAT32,
    _di.INT32: _di.FLOAT64,
    _di.UINT32: _di.FLOAT64,
    _di.INT64: _di.FLOAT64,
    _di.UINT64: _di.FLOAT64,
}


class UFuncTypeError(TypeError):
    """No loop of the ufunc accepts these dtypes, or a cast breaks the casting rule."""


# A resolver maps the promoted input dtype to the loop dtype, or raises UFuncTypeError.
Resolver = Callable[[torch.dtype], torch.dtype]


def _same(dt: torch.dtype) -> torch.dtype:
    return dt


def _no_bool(message: str) -> Resolver:
    def resolve(dt: torch.dtype) -> torch.dtype:
        if dt is _di.BOOL:
            raise UFuncTypeError(message)
        return dt

    return resolve


def _bool_as_int8(dt: torch.dtype) -> torch.dtype:
    return _di.INT8 if dt is _di.BOOL else dt


def _to_float(dt: torch.dtype) -> torch.dtype:
    return _FLOAT_LOOP_FOR.get(dt, dt)


def _true_divide(dt: torch.dtype) -> torch.dtype:
    return defaults.float_dtype if _di.kind(dt) in "biu" else dt


def _no_complex(name: str) -> Resolver:
    def resolve(dt: torch.dtype) -> torch.dtype:
        if _di.kind(dt) == "c":
            raise UFuncTypeError(
                f"ufunc '{name}' did not contain a loop with signature matching types "
                f"{_DTYPE_OF_TORCH[dt].name}"
            )
        return _bool_as_int8(dt)

    return resolve


class ufunc:
    """A NumPy universal function: elementwise, broadcasting, with ``out``/``where``/...

    Differences from NumPy: tnp ufuncs run on torch tensors on any device; the methods
    ``reduce``, ``accumulate``, ``outer``, ``at`` and ``reduceat`` are not yet provided.
    """

    __slots__ = ("__name__", "_fast_loops", "_loops", "_resolve", "identity", "nin", "nout")

    def __init__(self, name: str, nin: int, resolve: Resolver, *, identity: Any = None) -> None:
        self.__name__ = name
        self.nin = nin
        self.nout = 1
        self.identity = identity
        self._resolve = resolve
        # promoted input dtype -> kernel of the loop that dtype resolves to
        self._loops: dict[torch.dtype, Callable[..., torch.Tensor]] = {}
        for dt in _di.ALL:
            try:
                loop_dt = resolve(dt)
            except UFuncTypeError:
                continue
            self._loops[dt] = _impl.kernel(name, loop_dt)
        # kernels of the dtypes whose loop is the dtype itself: no casting needed
        self._fast_loops = {
            dt: kernel
            for dt, kernel in self._loops.items()
            if resolve(dt) is dt and dt not in _di.UNSIGNED_WIDE
        }

    @property
    def nargs(self) -> int:
        """Number of arguments: inputs plus outputs."""
        return self.nin + self.nout

    @property
    def ntypes(self) -> int:
        """Number of input dtypes that have a loop."""
        return len(self._loops)

    @property
    def types(self) -> list[str]:
        """The loops as NumPy's type-code strings, e.g. ``'ff->f'``."""
        codes = []
        for dt in self._loops:
            loop_dt = self._resolve(dt)
            if loop_dt is not dt:
                continue
            res = self._output_of(loop_dt)
            char = _DTYPE_OF_TORCH[dt].char
            codes.append(char * self.nin + "->" + _DTYPE_OF_TORCH[res].char)
        return codes

    @property
    def signature(self) -> None:
        """None: these are elementwise ufuncs, not generalized ones."""
        return None

    def __repr__(self) -> str:
        return f"<ufunc '{self.__name__}'>"

    def _output_of(self, loop_dt: torch.dtype) -> torch.dtype:
        """The dtype the loop for ``loop_dt`` produces."""
        if self.__name__ in _impl.COMPARISONS:
            return _di.BOOL
        if self.__name__ == "absolute" and loop_dt in _di.COMPLEX:
            return _COMPLEX_PART[loop_dt]
        return loop_dt

    def _loop_dtype(
        self, promoted: torch.dtype, dtype: object, casting: str, inputs: list[torch.dtype]
    ) -> torch.dtype:
        if dtype is None:
            return self._resolve(promoted)
        # as NumPy, dtype= names the output dtype: pick the loop that produces it
        wanted = to_torch_dtype(dtype)
        try:
            natural: torch.dtype | None = self._resolve(promoted)
        except UFuncTypeError:
            natural = None
        if natural is not None and self._output_of(natural) is wanted:
            return natural
        for loop_dt in (wanted, *_di.ALL):
            try:
                resolved = self._resolve(loop_dt)
            except UFuncTypeError:
                continue
            if (
                resolved is loop_dt
                and self._output_of(loop_dt) is wanted
                and all(_di.can_cast(d, loop_dt, casting) for d in inputs)
            ):
                return loop_dt
        raise UFuncTypeError(
            "No loop matching the specified signature and casting was found for ufunc "
            f"{self.__name__}"
        )

    def _call(
        self,
        args: tuple[Any, ...],
        out: Any,
        where: Any,
        casting: str,
        dtype: object,
    ) -> ndarray:
        # 1. operands: tensors are strong, Python scalars weak (NEP 50)
        operands: list[Any] = []
        strong: list[torch.dtype] = []
        weak: list[type] = []
        for x in args:
            if type(x) is ndarray:
                t = x._t
            elif type(x) in _PY_SCALARS:
                operands.append(x)
                weak.append(type(x))
                continue
            else:
                t = to_tensor(x)
            operands.append(t)
            strong.append(t.dtype)
        if not strong:
            # all Python scalars: the first becomes an array of the default dtype
            first = to_tensor(operands[0])
            operands[0] = first
            strong.append(first.dtype)
            weak.pop(0)
        if (
            len(strong) == 2
            and self.__name__ in _impl.COMPARISONS
            and {strong[0], strong[1]} == _INT64_UINT64
            and dtype is None
        ):
            # NumPy 2 compares int64 with uint64 exactly, in a loop of its own
            kernel = _impl.mixed_int64_uint64_compare(_impl.kernel(self.__name__, _di.INT64))
            return self._finish(kernel(*operands), out, where, casting)
        promoted = _di.result_type(tuple(strong), tuple(weak))
        if casting not in _di.CASTING_MODES:
            raise ValueError(
                "casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'"
            )
        loop_dt = self._loop_dtype(promoted, dtype, casting, strong)
        kernel = self._loops[loop_dt]

        # 2. cast the operands to the loop dtype, as the casting rule allows
        for i, x in enumerate(operands):
            if isinstance(x, torch.Tensor):
                if x.dtype is not loop_dt:
                    if not _di.can_cast(x.dtype, loop_dt, casting):
                        raise UFuncTypeError(
                            f"Cannot cast ufunc '{self.__name__}' input {i} from "
                            f"dtype('{_DTYPE_OF_TORCH[x.dtype].name}') to "
                            f"dtype('{_DTYPE_OF_TORCH[loop_dt].name}') with casting rule "
                            f"'{casting}'"
                        )
                    operands[i] = x.to(loop_dt)
            elif type(x) is bool:
                if loop_dt is not _di.BOOL:
                    operands[i] = int(x) if _di.kind(loop_dt) in "iu" else float(x)
            elif type(x) is int:
                if loop_dt in _di.INT_BOUNDS and loop_dt is not _di.BOOL:
                    lo, hi = _di.INT_BOUNDS[loop_dt]
                    if not lo <= x <= hi:
                        if self.__name__ in _impl.COMPARISONS and _di.kind(strong[0]) in "iu":
                            return self._out_of_range_comparison(operands, i, x > hi, out)
                        check_int_fits(x, loop_dt)
                elif _di.kind(loop_dt) in "fc" and not -(2**63) <= x < 2**63:
                    operands[i] = float(x)  # torch takes Python ints only up to int64
        if loop_dt in _HALF:
            for i, x in enumerate(operands):
                if not isinstance(x, torch.Tensor):
                    operands[i] = to_tensor(x, loop_dt).to(operands[1 - i].device)
        if not isinstance(operands[0], torch.Tensor):
            # torch functions want a tensor first: make the scalar a 0-D tensor
            other = operands[1]
            operands[0] = to_tensor(operands[0], loop_dt).to(other.device)

        # 3. compute
        try:
            result = kernel(*operands)
        except RuntimeError:
            raise self._explain_failure(operands, out) from None

        return self._finish(result, out, where, casting)

    def _finish(self, result: torch.Tensor, out: Any, where: Any, casting: str) -> ndarray:
        """Apply ``where=`` and ``out=`` to a computed result."""
        if out is not None:
            if type(out) is tuple:
                if len(out) != self.nout:
                    raise ValueError(
                        f"The 'out' tuple must have exactly {self.nout} entries: one per ufunc "
                        "output"
                    )
                out = out[0]
            if not isinstance(out, ndarray):
                raise TypeError("return arrays must be of ArrayType")
        if where is not True:
            mask = where._t if type(where) is ndarray else to_tensor(where)
            if mask.dtype is not torch.bool:
                raise TypeError(
                    f"Cannot cast array data from dtype('{_DTYPE_OF_TORCH[mask.dtype].name}') "
                    "to dtype('bool') according to the rule 'safe'"
                )
            if out is not None:
                result = _impl.apply_where(self._cast_for_out(result, out, casting), mask, out._t)
            else:
                result = _impl.apply_where(result, mask, None)
        if out is not None:
            if where is True:
                result = self._cast_for_out(result, out, casting)
            return copy_into_out(result, out, "unsafe", self.__name__)
        return ndarray._from_tensor(result)

    def _out_of_range_comparison(
        self, operands: list[Any], index: int, above: builtins.bool, out: Any
    ) -> ndarray:
        """NumPy 2 compares integer arrays with any Python int, even one out of range."""
        value = _impl.compare_out_of_range(self.__name__, above, index == 0)
        other = operands[1 - index]
        result = torch.full(other.shape, value, dtype=torch.bool, device=other.device)
        if out is not None:
            return copy_into_out(result, out, "unsafe", self.__name__)
        return ndarray._from_tensor(result)

    def _cast_for_out(self, result: torch.Tensor, out: ndarray, casting: str) -> torch.Tensor:
        target = out._t.dtype
        if result.dtype is not target and not _di.can_cast(result.dtype, target, casting):
            raise UFuncTypeError(
                f"Cannot cast ufunc '{self.__name__}' output from "
                f"dtype('{_DTYPE_OF_TORCH[result.dtype].name}') to "
                f"dtype('{_DTYPE_OF_TORCH[target].name}') with casting rule '{casting}'"
            )
        return result.to(target)

    def _explain_failure(self, operands: list[Any], out: Any) -> Exception:
        tensors = [x for x in operands if isinstance(x, torch.Tensor)]
        devices = {t.device for t in tensors}
        if len(devices) > 1:
            names = ", ".join(sorted(str(d) for d in devices))
            return ValueError(
                f"ufunc '{self.__name__}': operands are on different devices ({names}); "
                "move them to one device with to_device()"
            )
        shapes = [tuple(x.shape) if isinstance(x, torch.Tensor) else () for x in operands]
        if _impl.broadcast_shapes(*shapes) is None:
            text = " ".join(str(s).replace(" ", "") for s in shapes)
            return ValueError(f"operands could not be broadcast together with shapes {text} ")
        return TypeError(f"ufunc '{self.__name__}' failed for these operands")


class _UnaryUFunc(ufunc):
    """A ufunc of one input and one output."""

    __slots__ = ()

    def __call__(
        self,
        x: ArrayLike,
        /,
        out: ndarray | tuple[ndarray] | None = None,
        *,
        where: ArrayLike = True,
        casting: CastingKind = "same_kind",
        order: str = "K",
        dtype: DTypeLike = None,
        subok: builtins.bool = True,
    ) -> ndarray:
        if (
            type(x) is ndarray
            and out is None
            and where is True
            and dtype is None
            and casting == "same_kind"
        ):
            t = x._t
            kernel = self._fast_loops.get(t.dtype)
            if kernel is not None:
                return _wrap(kernel(t))
        return self._call((x,), out, where, casting, dtype)


class _BinaryUFunc(ufunc):
    """A ufunc of two inputs and one output."""

    __slots__ = ()

    def __call__(
        self,
        x1: ArrayLike,
        x2: ArrayLike,
        /,
        out: ndarray | tuple[ndarray] | None = None,
        *,
        where: ArrayLike = True,
        casting: CastingKind = "same_kind",
        order: str = "K",
        dtype: DTypeLike = None,
        subok: builtins.bool = True,
    ) -> ndarray:
        if (
            out is None
            and where is True
            and dtype is None
            and casting == "same_kind"
            and type(x1) is ndarray
        ):
            # the same fast path as ``operator``, repeated here on purpose: one Python frame
            # less is a tenth of a small call's time
            t1 = x1._t
            dt = t1.dtype
            kernel = self._fast_loops.get(dt)
            if kernel is not None and type(x2) is ndarray and x2._t.dtype is dt:
                try:
                    result = kernel(t1, x2._t)
                except RuntimeError:
                    pass  # the general path explains the failure
                else:
                    arr: ndarray = object.__new__(ndarray)
                    arr._t = result
                    arr._base = None
                    return arr
            return self.operator(x1, x2)
        return self._call((x1, x2), out, where, casting, dtype)

    def operator(self, x1: ndarray, x2: ArrayLike) -> ndarray:
        """``x1 <op> x2`` for ``ndarray`` operators: the call without keywords.

        The fast path is inlined: one dict lookup decides that the operands need no
        casting, and the result is wrapped without a further call.
        """
        t1 = x1._t
        dt = t1.dtype
        kernel = self._fast_loops.get(dt)
        if kernel is not None:
            if type(x2) is ndarray:
                t2: Any = x2._t
                same = t2.dtype is dt
            else:
                t2 = x2
                tp = type(x2)
                if tp is float:
                    same = dt in _FLOAT_OR_COMPLEX
                elif tp is int:
                    same = dt in _SMALL_INT_OK and -(2**31) <= x2 < 2**31  # type: ignore[operator, assignment]
                else:
                    same = False
            if same:
                try:
                    result = kernel(t1, t2)
                except RuntimeError:
                    pass  # the general path explains the failure
                else:
                    arr: ndarray = object.__new__(ndarray)
                    arr._t = result
                    arr._base = None
                    return arr
        return self._call((x1, x2), None, True, "same_kind", None)

    def reflected(self, x1: ndarray, x2: ArrayLike) -> ndarray:
        """``x2 <op> x1`` for the reflected ``ndarray`` operators."""
        return self._call((x2, x1), None, True, "same_kind", None)


_INT64_UINT64 = frozenset((_di.INT64, _di.UINT64))
_COMPLEX_PART = {_di.COMPLEX64: _di.FLOAT32, _di.COMPLEX128: _di.FLOAT64}
# dtypes whose kernels may take a Python float directly: torch would keep the scalar in
# float32 for float16 and bfloat16, where NumPy first rounds it to the array's dtype
_FLOAT_OR_COMPLEX = frozenset((_di.FLOAT32, _di.FLOAT64, *_di.COMPLEX))
_HALF = frozenset((_di.FLOAT16, _di.BFLOAT16))
# integer dtypes where any int32-range Python scalar is in range of the loop dtype
_SMALL_INT_OK = frozenset((_di.INT32, _di.INT64))


def _binary(name: str, resolve: Resolver, identity: Any = None) -> _BinaryUFunc:
    return _BinaryUFunc(name, 2, resolve, identity=identity)


def _unary(name: str, resolve: Resolver) -> _UnaryUFunc:
    return _UnaryUFunc(name, 1, resolve)


_BOOL_SUBTRACT = (
    "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` "
    "operator, or the logical_xor function instead."
)
_BOOL_NEGATIVE = (
    "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or "
    "the logical_not function instead."
)

add: _BinaryUFunc = _binary("add", _same, identity=0)
subtract: _BinaryUFunc = _binary("subtract", _no_bool(_BOOL_SUBTRACT))
multiply: _BinaryUFunc = _binary("multiply", _same, identity=1)
divide: _BinaryUFunc = _binary("divide", _true_divide)
true_divide = divide
floor_divide: _BinaryUFunc = _binary("floor_divide", _no_complex("floor_divide"))
remainder: _BinaryUFunc = _binary("remainder", _no_complex("remainder"))
mod = remainder
power: _BinaryUFunc = _binary("power", _bool_as_int8, identity=None)
equal: _BinaryUFunc = _binary("equal", _same)
not_equal: _BinaryUFunc = _binary("not_equal", _same)
less: _BinaryUFunc = _binary("less", _same)
less_equal: _BinaryUFunc = _binary("less_equal", _same)
greater: _BinaryUFunc = _binary("greater", _same)
greater_equal: _BinaryUFunc = _binary("greater_equal", _same)
negative: _UnaryUFunc = _unary("negative", _no_bool(_BOOL_NEGATIVE))
positive: _UnaryUFunc = _unary(
    "positive",
    _no_bool(
        "ufunc 'positive' did not contain a loop with signature matching types "
        "<class 'numpy.dtypes.BoolDType'> -> None"
    ),
)
absolute: _UnaryUFunc = _unary("absolute", _same)
abs = absolute
exp: _UnaryUFunc = _unary("exp", _to_float)
sqrt: _UnaryUFunc = _unary("sqrt", _to_float)
