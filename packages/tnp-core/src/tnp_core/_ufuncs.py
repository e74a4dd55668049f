"""Universal functions: ``tnp.ufunc`` objects with NumPy's calling convention.

A call resolves NumPy's loop (NEP 50 promotion with weak Python scalars, then the ufunc's
loop table: ``exp`` of int16 computes in float32, ``true_divide`` of ints in float64, ...),
casts the operands, runs the kernel from ``_ufuncs_impl`` and applies ``out=``, ``where=``,
``casting=`` and ``dtype=`` exactly as NumPy does.
"""

from __future__ import annotations

import builtins
import ctypes
from collections.abc import Callable
from typing import Any

import torch

from . import _dtypes_impl as _di
from . import _errstate as _es
from . import _ufunc_methods as _um
from . import _ufuncs_impl as _impl
from ._conversion import check_int_fits, scalar_tensor, to_tensor
from ._defaults_impl import defaults
from ._dtypes import _DTYPE_OF_TORCH, to_torch_dtype
from ._flags import _READONLY, is_writeable
from ._ndarray import ndarray
from ._ndarray import wrap_tensor as _wrap
from ._normalizer import ArrayLike, CastingKind, DTypeLike, copy_into_out

_PY_SCALARS = (bool, int, float, complex)
_BUILTIN = type(torch.add)  # torch's own functions, most of which take out=
# torch functions with no out= overload
_NO_OUT_VARIANT: frozenset[object] = frozenset(
    (torch.positive, torch.isfinite, torch.isinf, torch.isnan)
)

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


def _integer_only(name: str, *, bool_as_int8: builtins.bool = False) -> Resolver:
    """Loops for bool and integer dtypes only, as the bitwise ufuncs (shifts: bool -> int8)."""
    message = (
        f"ufunc '{name}' not supported for the input types, and the inputs could not be "
        "safely coerced to any supported types according to the casting rule ''safe''"
    )

    def resolve(dt: torch.dtype) -> torch.dtype:
        if _di.kind(dt) not in "biu":
            raise UFuncTypeError(message)
        return _di.INT8 if bool_as_int8 and dt is _di.BOOL else dt

    return resolve


def _unsupported(name: str) -> str:
    return (
        f"ufunc '{name}' not supported for the input types, and the inputs could not be "
        "safely coerced to any supported types according to the casting rule ''safe''"
    )


def _real_float(name: str) -> Resolver:
    """The float loops only (integers and bools go to ``_FLOAT_LOOP_FOR``), no complex."""
    message = _unsupported(name)

    def resolve(dt: torch.dtype) -> torch.dtype:
        if _di.kind(dt) == "c":
            raise UFuncTypeError(message)
        return _FLOAT_LOOP_FOR.get(dt, dt)

    return resolve


def _real_same(name: str) -> Resolver:
    """Loops for every real dtype as it is (``floor`` keeps ints), none for complex."""
    message = _unsupported(name)

    def resolve(dt: torch.dtype) -> torch.dtype:
        if _di.kind(dt) == "c":
            raise UFuncTypeError(message)
        return dt

    return resolve


def _integer_loops(name: str) -> Resolver:
    """Integer loops only, bool excluded (``gcd``, ``lcm``)."""

    def resolve(dt: torch.dtype) -> torch.dtype:
        if _di.kind(dt) not in "iu":
            raise UFuncTypeError(
                f"ufunc '{name}' did not contain a loop with signature matching types "
                f"{_DTYPE_OF_TORCH[dt].name}"
            )
        return dt

    return resolve


def _double_loop(dt: torch.dtype) -> torch.dtype:
    """``float_power``: float64 for real inputs, complex128 for complex ones."""
    return _di.COMPLEX128 if _di.kind(dt) == "c" else _di.FLOAT64


class ufunc:
    """A NumPy universal function: elementwise, broadcasting, with ``out``/``where``/...

    The binary ufuncs have NumPy's methods ``reduce``, ``accumulate``, ``reduceat`` and
    ``outer``; every single-output ufunc has ``at``. Differences from NumPy: tnp ufuncs run
    on torch tensors on any device and return 0-D arrays where NumPy returns scalars;
    floating-point errors are detected from the values, and only once the error state
    differs from NumPy's default (see ``errstate``).
    """

    __slots__ = (
        "__name__",
        "_fast_loops",
        "_loops",
        "_out_loops",
        "_resolve",
        "identity",
        "nin",
        "nout",
    )

    def __init__(
        self,
        name: str,
        nin: int,
        resolve: Resolver,
        *,
        identity: Any = None,
        nout: int = 1,
        kernels: Callable[[str, torch.dtype], Callable[..., Any]] = _impl.kernel,
    ) -> None:
        self.__name__ = name
        self.nin = nin
        self.nout = nout
        self.identity = identity
        self._resolve = resolve
        # promoted input dtype -> kernel of the loop that dtype resolves to
        self._loops: dict[torch.dtype, Callable[..., Any]] = {}
        for dt in _di.ALL:
            try:
                loop_dt = resolve(dt)
            except UFuncTypeError:
                continue
            kernel = kernels(name, loop_dt)
            if name in _DOUBLE_SCALAR and loop_dt in _NARROW_REAL:
                kernel = _rounding_scalar_operand(kernel, loop_dt)
            self._loops[dt] = kernel
        # kernels of the dtypes whose loop is the dtype itself: no casting needed
        self._fast_loops = {
            dt: kernel
            for dt, kernel in self._loops.items()
            if resolve(dt) is dt and dt not in _di.UNSIGNED_WIDE
        }
        # fast kernels that are torch's own functions take out= themselves: input dtype ->
        # (kernel, the output dtype it writes)
        self._out_loops: dict[torch.dtype, tuple[Callable[..., Any], torch.dtype]] = {
            dt: (kernel, self._output_of(dt))
            for dt, kernel in self._fast_loops.items()
            if type(kernel) is _BUILTIN and kernel not in _NO_OUT_VARIANT
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
            codes.append(char * self.nin + "->" + _DTYPE_OF_TORCH[res].char * self.nout)
        return codes

    @property
    def signature(self) -> None:
        """None: these are elementwise ufuncs, not generalized ones."""
        return None

    def __repr__(self) -> str:
        return f"<ufunc '{self.__name__}'>"

    def reduce(
        self,
        array: ArrayLike,
        axis: int | tuple[int, ...] | None = 0,
        dtype: DTypeLike = None,
        out: ndarray | tuple[ndarray] | None = None,
        keepdims: builtins.bool = False,
        initial: Any = _um.NOVALUE,
        where: ArrayLike = True,
    ) -> ndarray:
        """Fold ``array`` along ``axis`` with this ufunc, as ``numpy.ufunc.reduce``.

        Tuple axes for reorderable ufuncs only; ``initial`` (or the identity) starts the
        fold and fills empty reductions; ``where`` needs one of them. As NumPy, ``add`` and
        ``multiply`` reduce bool and narrow integers in int64/uint64 unless ``dtype`` or
        ``out`` sets the dtype. Returns a 0-D array where NumPy returns a scalar.
        """
        return _um.reduce(self, array, axis, dtype, out, keepdims, initial, where)

    def accumulate(
        self,
        array: ArrayLike,
        axis: int = 0,
        dtype: DTypeLike = None,
        out: ndarray | tuple[ndarray] | None = None,
    ) -> ndarray:
        """The running fold along ``axis``, as ``numpy.ufunc.accumulate``."""
        return _um.accumulate(self, array, axis, dtype, out)

    def reduceat(
        self,
        array: ArrayLike,
        indices: ArrayLike,
        axis: int = 0,
        dtype: DTypeLike = None,
        out: ndarray | tuple[ndarray] | None = None,
    ) -> ndarray:
        """Folds over the slices that ``indices`` start, as ``numpy.ufunc.reduceat``.

        Where an index is not below the next one the result is the element at that index.
        """
        return _um.reduceat(self, array, indices, axis, dtype, out)

    def outer(self, A: ArrayLike, B: ArrayLike, /, **kwargs: Any) -> Any:
        """This ufunc over all pairs: shape ``A.shape + B.shape``, as ``numpy.ufunc.outer``.

        Takes the keywords of the call (``out``, ``where``, ``casting``, ``dtype``, ...).
        """
        return _um.outer(self, A, B, kwargs)

    def at(self, a: ndarray, indices: Any, b: ArrayLike | None = None, /) -> None:
        """Unbuffered in-place ``a[indices] = ufunc(a[indices], b)``, as ``numpy.ufunc.at``.

        A repeated index applies the ufunc once per occurrence (``add.at`` accumulates).
        """
        _um.at(self, a, indices, b)

    def _out_fast_ok(self, out: ndarray, where: Any, dtype: Any, casting: str) -> builtins.bool:
        """Whether an ``out=`` call may take the direct path: no other keywords in play, a
        writeable ``out``, no error-state checks."""
        return (
            where is True
            and dtype is None
            and casting == "same_kind"
            and not _es.checking
            and (not _READONLY or is_writeable(out))
        )

    def _output_of(self, loop_dt: torch.dtype) -> torch.dtype:
        """The dtype the loop for ``loop_dt`` produces."""
        if self.__name__ in _impl.BOOL_OUTPUT:
            return _di.BOOL
        if self.__name__ == "absolute" and loop_dt in _di.COMPLEX:
            return _COMPLEX_PART[loop_dt]
        return loop_dt

    def _loop_dtype(
        self, promoted: torch.dtype, dtype: object, inputs: list[torch.dtype]
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
        # the loops that produce the wanted dtype, in NumPy's order: the first that every input
        # reaches by a safe cast; failing that the first one, which the casting rule then judges
        candidates = []
        for loop_dt in (wanted, *_di.ALL):
            try:
                resolved = self._resolve(loop_dt)
            except UFuncTypeError:
                continue
            if resolved is loop_dt and self._output_of(loop_dt) is wanted:
                candidates.append(loop_dt)
        for loop_dt in candidates:
            if all(_di.can_cast(d, loop_dt, "safe") for d in inputs):
                return loop_dt
        if candidates:
            return candidates[0]
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
        loop_dt = self._loop_dtype(promoted, dtype, strong)
        kernel = self._loops[loop_dt]

        # 2. cast the operands to the loop dtype, as the casting rule allows
        for i, x in enumerate(operands):
            if isinstance(x, torch.Tensor):
                if x.dtype is not loop_dt:
                    operands[i] = self._cast_input(i, x, loop_dt, casting)
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
                elif loop_dt in _NARROW_REAL and not -(2**24) <= x <= 2**24:
                    # NumPy rounds a weak int to the loop's float type first (an odd
                    # exponent of power can round to an even one); torch keeps it exact
                    operands[i] = float(torch.tensor(float(x), dtype=loop_dt))
        # (the operands left that are not tensors are Python scalars: made 0-D tensors, they
        # go straight to the other operand's device)
        if loop_dt in _HALF:
            for i, x in enumerate(operands):
                if not isinstance(x, torch.Tensor):
                    operands[i] = scalar_tensor(x, loop_dt, operands[1 - i].device)
        if not isinstance(operands[0], torch.Tensor):
            # torch functions want a tensor first: make the scalar a 0-D tensor
            other = operands[1]
            operands[0] = scalar_tensor(operands[0], loop_dt, other.device)

        # 3. compute
        try:
            result = kernel(*operands)
        except RuntimeError:
            raise self._explain_failure(operands, out) from None
        if _es.checking:
            _es.check(self.__name__, operands, result)

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

    def _cast_inputs(self, tensors: list[torch.Tensor], loop_dt: torch.dtype, casting: str) -> None:
        """Cast the tensor operands (in the list) to the loop dtype, as ``casting`` allows."""
        for i, t in enumerate(tensors):
            if t.dtype is not loop_dt:
                tensors[i] = self._cast_input(i, t, loop_dt, casting)

    def _cast_input(
        self, i: int, t: torch.Tensor, loop_dt: torch.dtype, casting: str
    ) -> torch.Tensor:
        """Input ``i`` cast to the loop dtype, or NumPy's error when ``casting`` forbids it."""
        if not _di.can_cast(t.dtype, loop_dt, casting):
            raise UFuncTypeError(
                f"Cannot cast ufunc '{self.__name__}' input {i} from "
                f"dtype('{_DTYPE_OF_TORCH[t.dtype].name}') to "
                f"dtype('{_DTYPE_OF_TORCH[loop_dt].name}') with casting rule '{casting}'"
            )
        return t.to(loop_dt)

    @staticmethod
    def _single_out(out: Any) -> ndarray:
        """The one output array of ``out=`` (an array or a 1-tuple), as NumPy checks it."""
        if type(out) is tuple:
            if len(out) != 1:
                raise ValueError(
                    "The 'out' tuple must have exactly 1 entries: one per ufunc output"
                )
            out = out[0]
        if not isinstance(out, ndarray):
            raise TypeError("return arrays must be of ArrayType")
        return out

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
                result = kernel(t)
                if _es.checking:
                    _es.check(self.__name__, (t,), result)
                return _wrap(result)
        elif (
            type(out) is ndarray
            and type(x) is ndarray
            and self._out_fast_ok(out, where, dtype, casting)
        ):
            t, o = x._t, out._t
            entry = self._out_loops.get(t.dtype)
            if entry is not None and entry[1] is o.dtype and t.shape == o.shape:
                try:
                    entry[0](t, out=o)
                except RuntimeError:
                    pass  # overlapping memory and the like: the general path copes
                else:
                    return out
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
                    if _es.checking:
                        _es.check(self.__name__, (t1, x2._t), result)
                    arr: ndarray = object.__new__(ndarray)
                    arr._t = result
                    arr._base = None
                    return arr
            return self.operator(x1, x2)
        if (
            type(out) is ndarray
            and type(x1) is ndarray
            and type(x2) is ndarray
            and self._out_fast_ok(out, where, dtype, casting)
        ):
            # out= of the loop's own dtype and shape: torch writes into it directly
            t1, t2, o = x1._t, x2._t, out._t
            entry = self._out_loops.get(t1.dtype)
            if (
                entry is not None
                and t2.dtype is t1.dtype
                and entry[1] is o.dtype
                and t1.shape == o.shape
                and t2.shape == o.shape
            ):
                try:
                    entry[0](t1, t2, out=o)
                except RuntimeError:
                    pass  # overlapping memory and the like: the general path copes
                else:
                    return out
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
                    if _es.checking:
                        _es.check(self.__name__, (t1, t2), result)
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
_NARROW_REAL = frozenset((_di.FLOAT16, _di.BFLOAT16, _di.FLOAT32))
# ufuncs whose torch kernels use a Python-float operand at double precision
_DOUBLE_SCALAR = frozenset(("power", "remainder"))


def _round_to(x: float, dtype: torch.dtype) -> float:
    """The Python float ``x`` rounded to the narrow float type ``dtype`` (inf past its range)."""
    if dtype is _di.FLOAT32:
        return ctypes.c_float(x).value
    return float(torch.tensor(x, dtype=dtype))


def _rounding_scalar_operand(
    kernel: Callable[..., Any], dtype: torch.dtype
) -> Callable[..., torch.Tensor]:
    """``kernel`` with a Python-float second operand first rounded to ``dtype``, as NumPy
    casts a weak scalar to the loop's type (a tiny exponent becomes 0, so ``x**0 == 1``)."""

    def run(x1: Any, x2: Any) -> torch.Tensor:
        if type(x2) is float:
            x2 = _round_to(x2, dtype)
        result: torch.Tensor = kernel(x1, x2)
        return result

    return run


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


class _LogicalUFunc(_BinaryUFunc):
    """``logical_and``/``or``/``xor``: bool results from any dtypes.

    As NumPy, a Python scalar counts only by its truth value, so an int beyond the array's
    dtype is no error (``logical_and(int8_array, 1000)``); one beyond int64 is.
    """

    __slots__ = ()

    def _call(
        self,
        args: tuple[Any, ...],
        out: Any,
        where: Any,
        casting: str,
        dtype: object,
    ) -> ndarray:
        for x in args:
            if type(x) is int and not -(2**63) <= x < 2**63:
                raise OverflowError("Python int too large to convert to C long")
        args = tuple(builtins.bool(x) if type(x) in _PY_SCALARS else x for x in args)
        return super()._call(args, out, where, casting, dtype)


class _DivmodUFunc(ufunc):
    """``divmod``: floor quotient and remainder, two outputs, as ``numpy.divmod``."""

    __slots__ = ()

    def __call__(
        self,
        x1: ArrayLike,
        x2: ArrayLike,
        out1: ndarray | None = None,
        out2: ndarray | None = None,
        /,
        out: tuple[ndarray | None, ndarray | None] | None = None,
        *,
        where: ArrayLike = True,
        casting: CastingKind = "same_kind",
        order: str = "K",
        dtype: DTypeLike = None,
        subok: builtins.bool = True,
    ) -> tuple[ndarray, ndarray]:
        if out1 is not None or out2 is not None:
            if out is not None:
                raise TypeError("cannot specify 'out' as both a positional and keyword argument")
            out = (out1, out2)
        if out is not None:
            if type(out) is not tuple:
                raise TypeError("'out' must be a tuple of arrays")
            if len(out) != 2:
                raise ValueError(
                    "The 'out' tuple must have exactly 2 entries: one per ufunc output"
                )
            for o in out:
                if o is not None and not isinstance(o, ndarray):
                    raise TypeError("return arrays must be of ArrayType")
            if out[0] is None and out[1] is None:
                out = None
        result: Any = self._call((x1, x2), out, where, casting, dtype)
        return (result[0], result[1])

    def _finish(self, result: Any, out: Any, where: Any, casting: str) -> Any:
        # the kernel gave (quotient, remainder), both computed before either out is written
        outs = (None, None) if out is None else out
        return tuple(
            ufunc._finish(self, part, o, where, casting)
            for part, o in zip(result, outs, strict=True)
        )

    def operator(self, x1: ndarray, x2: ArrayLike) -> tuple[ndarray, ndarray]:
        """``divmod(x1, x2)`` for ``ndarray.__divmod__``."""
        return self(x1, x2)

    def reflected(self, x1: ndarray, x2: ArrayLike) -> tuple[ndarray, ndarray]:
        """``divmod(x2, x1)`` for ``ndarray.__rdivmod__``."""
        return self(x2, x1)


_MATMUL_SIGNATURE = "(n?,k),(k,m?)->(n?,m?)"


def _shape_text(shape: tuple[int, ...]) -> str:
    return "(" + ",".join(str(d) for d in shape) + ")"


def _matmul_shape(s1: tuple[int, ...], s2: tuple[int, ...]) -> tuple[int, ...]:
    """The result shape of ``matmul``, or NumPy's ValueError for operands that do not fit."""
    for i, s in enumerate((s1, s2)):
        if not s:
            raise ValueError(
                f"matmul: Input operand {i} does not have enough dimensions (has 0, gufunc "
                f"core with signature {_MATMUL_SIGNATURE} requires 1)"
            )
    k1 = s1[-1]
    k2 = s2[0] if len(s2) == 1 else s2[-2]
    if k1 != k2:
        raise ValueError(
            "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
            f"signature {_MATMUL_SIGNATURE} (size {k2} is different from {k1})"
        )
    core: tuple[int, ...] = (s1[-2],) if len(s1) > 1 else ()
    core += (s2[-1],) if len(s2) > 1 else ()
    batch = _impl.broadcast_shapes(s1[:-2], s2[:-2])
    if batch is None:
        remapped = " ".join(
            f"{_shape_text(s)}->({','.join([*map(str, s[:-2]), *['newaxis'] * min(len(s), 2)])})"
            for s in (s1, s2)
        )
        raise ValueError(
            "operands could not be broadcast together with remapped shapes "
            f"[original->remapped]: {remapped}  and requested shape {_shape_text(core)}"
        )
    return batch + core


class _MatmulUFunc(ufunc):
    """``matmul``: the matrix product, with NumPy's gufunc rules and messages.

    A 1-D operand is a row (first) or a column (second) whose axis is removed from the
    result; leading dimensions are stacks of matrices and broadcast. bool operands give the
    logical product; integer products wrap as NumPy's.
    """

    __slots__ = ()

    @property
    def signature(self) -> str:  # type: ignore[override]
        """The gufunc signature, as NumPy's."""
        return _MATMUL_SIGNATURE

    def __call__(
        self,
        x1: ArrayLike,
        x2: ArrayLike,
        /,
        out: ndarray | tuple[ndarray] | None = None,
        *,
        casting: CastingKind = "same_kind",
        order: str = "K",
        dtype: DTypeLike = None,
        subok: builtins.bool = True,
    ) -> ndarray:
        tensors = [x._t if type(x) is ndarray else to_tensor(x) for x in (x1, x2)]
        a, b = tensors
        shape = _matmul_shape(tuple(a.shape), tuple(b.shape))
        if casting not in _di.CASTING_MODES:
            raise ValueError(
                "casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'"
            )
        strong = [a.dtype, b.dtype]
        loop_dt = self._loop_dtype(_di.result_type(tuple(strong), ()), dtype, strong)
        self._cast_inputs(tensors, loop_dt, casting)
        if out is not None:
            out = self._single_out(out)
            _check_matmul_out(tuple(out._t.shape), shape, len(a.shape), len(b.shape))
        try:
            result = self._loops[loop_dt](*tensors)
        except RuntimeError:
            raise self._explain_failure(tensors, out) from None
        return self._finish(result, out, True, casting)

    def operator(self, x1: ndarray, x2: ArrayLike) -> ndarray:
        """``x1 @ x2`` for ``ndarray.__matmul__``."""
        return self(x1, x2)

    def reflected(self, x1: ndarray, x2: ArrayLike) -> ndarray:
        """``x2 @ x1`` for ``ndarray.__rmatmul__``."""
        return self(x2, x1)


def _check_matmul_out(
    out_shape: tuple[int, ...], shape: tuple[int, ...], ndim1: int, ndim2: int
) -> None:
    """NumPy's checks of an ``out=`` array's core dimensions for ``matmul``."""
    ncore = (ndim1 > 1) + (ndim2 > 1)
    if len(out_shape) < ncore:
        raise ValueError(
            f"matmul: Output operand 0 does not have enough dimensions (has {len(out_shape)}, "
            f"gufunc core with signature {_MATMUL_SIGNATURE} requires {ncore})"
        )
    for i in range(ncore):
        got, want = out_shape[len(out_shape) - ncore + i], shape[len(shape) - ncore + i]
        if got != want:
            raise ValueError(
                f"matmul: Output operand 0 has a mismatch in its core dimension {i}, with "
                f"gufunc signature {_MATMUL_SIGNATURE} (size {got} is different from {want})"
            )


def _logical(name: str, identity: Any) -> _LogicalUFunc:
    return _LogicalUFunc(name, 2, _same, identity=identity)


bitwise_and: _BinaryUFunc = _binary("bitwise_and", _integer_only("bitwise_and"), identity=-1)
bitwise_or: _BinaryUFunc = _binary("bitwise_or", _integer_only("bitwise_or"), identity=0)
bitwise_xor: _BinaryUFunc = _binary("bitwise_xor", _integer_only("bitwise_xor"), identity=0)
invert: _UnaryUFunc = _unary("invert", _integer_only("invert"))
bitwise_not = invert
bitwise_invert = invert
left_shift: _BinaryUFunc = _binary("left_shift", _integer_only("left_shift", bool_as_int8=True))
bitwise_left_shift = left_shift
right_shift: _BinaryUFunc = _binary("right_shift", _integer_only("right_shift", bool_as_int8=True))
bitwise_right_shift = right_shift
logical_and: _LogicalUFunc = _logical("logical_and", True)
logical_or: _LogicalUFunc = _logical("logical_or", False)
logical_xor: _LogicalUFunc = _logical("logical_xor", False)
logical_not: _UnaryUFunc = _unary("logical_not", _same)
divmod: _DivmodUFunc = _DivmodUFunc(
    "divmod",
    2,
    _no_complex("divmod"),
    nout=2,
    kernels=lambda name, dt: _impl.divmod_kernel(dt),
)
matmul: _MatmulUFunc = _MatmulUFunc("matmul", 2, _same)


# ----------------------------------------------------------------------------- math ufuncs
def _float_unary(name: str) -> _UnaryUFunc:
    """A ufunc with float and complex loops; integers and bools compute in a float loop."""
    return _unary(name, _to_float)


def _real_unary(name: str) -> _UnaryUFunc:
    """A ufunc with float loops only; integers and bools compute in a float loop."""
    return _unary(name, _real_float(name))


class _FloatBinaryUFunc(_BinaryUFunc):
    """A binary ufunc with float loops only (``arctan2``, ``hypot``, ...).

    NumPy picks the first float loop that each integer operand reaches safely, so int16 with
    uint16 computes in float32 (not in the float64 of their promoted int32).
    """

    __slots__ = ()

    def _call(
        self,
        args: tuple[Any, ...],
        out: Any,
        where: Any,
        casting: str,
        dtype: object,
    ) -> ndarray:
        if dtype is None and casting in ("safe", "same_kind", "unsafe") and len(args) == 2:
            tensors = [x._t if type(x) is ndarray else None for x in args]
            t1, t2 = tensors
            if (
                t1 is not None
                and t2 is not None
                and t1.dtype is not t2.dtype
                and t1.dtype in _FLOAT_LOOP_FOR
                and t2.dtype in _FLOAT_LOOP_FOR
            ):
                args = tuple(ndarray._from_tensor(t.to(_FLOAT_LOOP_FOR[t.dtype])) for t in (t1, t2))
        return super()._call(args, out, where, casting, dtype)


def _real_binary(name: str, identity: Any = None) -> _FloatBinaryUFunc:
    return _FloatBinaryUFunc(name, 2, _real_float(name), identity=identity)


arccos: _UnaryUFunc = _float_unary("arccos")
acos = arccos
arccosh: _UnaryUFunc = _float_unary("arccosh")
acosh = arccosh
arcsin: _UnaryUFunc = _float_unary("arcsin")
asin = arcsin
arcsinh: _UnaryUFunc = _float_unary("arcsinh")
asinh = arcsinh
arctan: _UnaryUFunc = _float_unary("arctan")
atan = arctan
arctanh: _UnaryUFunc = _float_unary("arctanh")
atanh = arctanh
cos: _UnaryUFunc = _float_unary("cos")
cosh: _UnaryUFunc = _float_unary("cosh")
sin: _UnaryUFunc = _float_unary("sin")
sinh: _UnaryUFunc = _float_unary("sinh")
tan: _UnaryUFunc = _float_unary("tan")
tanh: _UnaryUFunc = _float_unary("tanh")
exp2: _UnaryUFunc = _float_unary("exp2")
expm1: _UnaryUFunc = _float_unary("expm1")
log: _UnaryUFunc = _float_unary("log")
log2: _UnaryUFunc = _float_unary("log2")
log10: _UnaryUFunc = _float_unary("log10")
log1p: _UnaryUFunc = _float_unary("log1p")
rint: _UnaryUFunc = _float_unary("rint")
cbrt: _UnaryUFunc = _real_unary("cbrt")
deg2rad: _UnaryUFunc = _real_unary("deg2rad")
radians: _UnaryUFunc = _real_unary("radians")
rad2deg: _UnaryUFunc = _real_unary("rad2deg")
degrees: _UnaryUFunc = _real_unary("degrees")
fabs: _UnaryUFunc = _real_unary("fabs")
spacing: _UnaryUFunc = _real_unary("spacing")
signbit: _UnaryUFunc = _real_unary("signbit")
isnan: _UnaryUFunc = _unary("isnan", _same)
isinf: _UnaryUFunc = _unary("isinf", _same)
isfinite: _UnaryUFunc = _unary("isfinite", _same)
floor: _UnaryUFunc = _unary("floor", _real_same("floor"))
ceil: _UnaryUFunc = _unary("ceil", _real_same("ceil"))
trunc: _UnaryUFunc = _unary("trunc", _real_same("trunc"))
sign: _UnaryUFunc = _unary(
    "sign",
    _no_bool(
        "ufunc 'sign' did not contain a loop with signature matching types "
        "<class 'numpy.dtypes.BoolDType'> -> None"
    ),
)
reciprocal: _UnaryUFunc = _unary("reciprocal", _bool_as_int8)
square: _UnaryUFunc = _unary("square", _bool_as_int8)
conjugate: _UnaryUFunc = _unary("conjugate", _bool_as_int8)
conj = conjugate

arctan2: _FloatBinaryUFunc = _real_binary("arctan2")
atan2 = arctan2
hypot: _FloatBinaryUFunc = _real_binary("hypot", identity=0)
copysign: _FloatBinaryUFunc = _real_binary("copysign")
nextafter: _FloatBinaryUFunc = _real_binary("nextafter")
heaviside: _FloatBinaryUFunc = _real_binary("heaviside")
logaddexp: _FloatBinaryUFunc = _real_binary("logaddexp", identity=-float("inf"))
logaddexp2: _FloatBinaryUFunc = _real_binary("logaddexp2", identity=-float("inf"))
float_power: _BinaryUFunc = _binary("float_power", _double_loop)
pow = power
maximum: _BinaryUFunc = _binary("maximum", _same)
minimum: _BinaryUFunc = _binary("minimum", _same)
fmax: _BinaryUFunc = _binary("fmax", _same)
fmin: _BinaryUFunc = _binary("fmin", _same)
fmod: _BinaryUFunc = _binary("fmod", _no_complex("fmod"))
gcd: _BinaryUFunc = _binary("gcd", _integer_loops("gcd"), identity=0)
lcm: _BinaryUFunc = _binary("lcm", _integer_loops("lcm"))


class _BitCountUFunc(_UnaryUFunc):
    """``bitwise_count``: the number of 1 bits of ``|x|``, uint8 for every integer dtype."""

    __slots__ = ()

    def _output_of(self, loop_dt: torch.dtype) -> torch.dtype:
        return _di.UINT8


bitwise_count: _BitCountUFunc = _BitCountUFunc(
    "bitwise_count", 1, _integer_only("bitwise_count", bool_as_int8=True)
)


def _output_pair(out1: Any, out2: Any, out: Any) -> tuple[Any, Any] | None:
    """The two ``out`` arrays of a two-output ufunc, from positional or keyword form."""
    if out1 is not None or out2 is not None:
        if out is not None:
            raise TypeError("cannot specify 'out' as both a positional and keyword argument")
        out = (out1, out2)
    if out is None:
        return None
    if type(out) is not tuple:
        raise TypeError("'out' must be a tuple of arrays")
    if len(out) != 2:
        raise ValueError("The 'out' tuple must have exactly 2 entries: one per ufunc output")
    for o in out:
        if o is not None and not isinstance(o, ndarray):
            raise TypeError("return arrays must be of ArrayType")
    if out[0] is None and out[1] is None:
        return None
    return (out[0], out[1])


class _TwoOutputUFunc(ufunc):
    """A ufunc of one input and two outputs: ``frexp`` (mantissa, int32 exponent), ``modf``
    (fractional and integral parts)."""

    __slots__ = ("_second",)

    def __init__(
        self,
        name: str,
        resolve: Resolver,
        kernel: Callable[..., Any],
        second: torch.dtype | None = None,
    ) -> None:
        super().__init__(name, 1, resolve, nout=2, kernels=lambda _name, _dt: kernel)
        self._second = second

    @property
    def types(self) -> list[str]:
        """The loops as NumPy's type-code strings, e.g. ``'f->fi'``."""
        codes = []
        for dt in self._loops:
            if self._resolve(dt) is dt:
                char = _DTYPE_OF_TORCH[dt].char
                second = char if self._second is None else _DTYPE_OF_TORCH[self._second].char
                codes.append(f"{char}->{char}{second}")
        return codes

    def __call__(
        self,
        x: ArrayLike,
        out1: ndarray | None = None,
        out2: ndarray | None = None,
        /,
        out: tuple[ndarray | None, ndarray | None] | None = None,
        *,
        where: ArrayLike = True,
        casting: CastingKind = "same_kind",
        order: str = "K",
        dtype: DTypeLike = None,
        subok: builtins.bool = True,
    ) -> tuple[ndarray, ndarray]:
        result: Any = self._call((x,), _output_pair(out1, out2, out), where, casting, dtype)
        return (result[0], result[1])

    def _finish(self, result: Any, out: Any, where: Any, casting: str) -> Any:
        # the kernel gave both parts before either out is written
        outs = (None, None) if out is None else out
        return tuple(
            ufunc._finish(self, part, o, where, casting)
            for part, o in zip(result, outs, strict=True)
        )


frexp: _TwoOutputUFunc = _TwoOutputUFunc(
    "frexp", _real_float("frexp"), _impl.frexp_kernel, second=_di.INT32
)
modf: _TwoOutputUFunc = _TwoOutputUFunc("modf", _real_float("modf"), _impl.modf_kernel)

# exponent dtypes of ldexp's loops: those that cast safely to int32, then to int64
_LDEXP_INT32 = frozenset((_di.BOOL, _di.INT8, _di.INT16, _di.INT32, _di.UINT8, _di.UINT16))
_LDEXP_INT64 = frozenset((_di.INT64, _di.UINT32))


class _LdexpUFunc(ufunc):
    """``ldexp``: ``x1 * 2**x2`` with an integer exponent, as ``numpy.ldexp``.

    The mantissa's loop is chosen from ``x1`` alone (int8 gives float16, ...); the exponent
    must cast safely to int64 (a Python int must fit int32, as NumPy's).
    """

    __slots__ = ()

    @property
    def types(self) -> list[str]:
        """NumPy's loops: float mantissas with int32 or int64 exponents."""
        return ["ei->e", "fi->f", "el->e", "fl->f", "di->d", "dl->d"]

    @property
    def ntypes(self) -> int:
        """Number of loops."""
        return 6

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
        return self._call((x1, x2), out, where, casting, dtype)

    def _call(
        self,
        args: tuple[Any, ...],
        out: Any,
        where: Any,
        casting: str,
        dtype: object,
    ) -> ndarray:
        if casting not in _di.CASTING_MODES:
            raise ValueError(
                "casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'"
            )
        x1, x2 = args
        unsupported = UFuncTypeError(_unsupported("ldexp"))
        # the exponent
        exponent: Any
        if type(x2) in _PY_SCALARS:
            if type(x2) not in (bool, int):
                raise unsupported
            if not -(2**31) <= x2 < 2**31:
                raise OverflowError(f"Python integer {x2} out of bounds for int32")
            exponent = int(x2)
        else:
            exponent = x2._t if type(x2) is ndarray else to_tensor(x2)
            if exponent.dtype not in _LDEXP_INT32 and exponent.dtype not in _LDEXP_INT64:
                raise unsupported
        # the mantissa
        if type(x1) in _PY_SCALARS:
            if type(x1) is complex:
                raise unsupported
            # NumPy's legacy loop search: a Python int beside an exponent array takes the
            # first loop (float16); alone with a Python int exponent it is an int64
            if type(x1) is bool or (type(x1) is int and isinstance(exponent, torch.Tensor)):
                source = _di.BOOL
            else:
                source = _di.FLOAT64
            mantissa: Any = x1
        else:
            mantissa = x1._t if type(x1) is ndarray else to_tensor(x1)
            source = mantissa.dtype
            if _di.kind(source) == "c":
                raise unsupported
        loop_dt = _FLOAT_LOOP_FOR.get(source, source)
        if dtype is not None:
            loop_dt = to_torch_dtype(dtype)
            if _di.kind(loop_dt) != "f":
                raise UFuncTypeError(
                    "No loop matching the specified signature and casting was found for ufunc ldexp"
                )
        if isinstance(mantissa, torch.Tensor):
            if mantissa.dtype is not loop_dt and not _di.can_cast(mantissa.dtype, loop_dt, casting):
                raise UFuncTypeError(
                    f"Cannot cast ufunc 'ldexp' input 0 from "
                    f"dtype('{_DTYPE_OF_TORCH[mantissa.dtype].name}') to "
                    f"dtype('{_DTYPE_OF_TORCH[loop_dt].name}') with casting rule '{casting}'"
                )
            mantissa = mantissa.to(loop_dt)
        else:
            device = exponent.device if isinstance(exponent, torch.Tensor) else None
            mantissa = torch.tensor(mantissa, dtype=loop_dt, device=device)
        try:
            result = self._loops[loop_dt](mantissa, exponent)
        except RuntimeError:
            raise self._explain_failure([mantissa, exponent], out) from None
        return self._finish(result, out, where, casting)


ldexp: _LdexpUFunc = _LdexpUFunc("ldexp", 2, _real_float("ldexp"))


def _core_dims(text: str) -> tuple[tuple[str, ...], ...]:
    """``"(m,n),(n)"`` -> ``(("m", "n"), ("n",))``."""
    return tuple(tuple(d for d in part.split(",") if d) for part in text.strip("()").split("),("))


class _GUFunc(ufunc):
    """``vecdot``, ``matvec``, ``vecmat``: generalized ufuncs with fixed core dimensions.

    Core dimensions are the last ones of each operand; the others broadcast. NumPy's
    messages for operands that lack dimensions or whose core sizes differ. ``vecdot`` and
    ``vecmat`` take the complex conjugate of the vector operand, as NumPy's.
    """

    __slots__ = ("_cores", "_out_core", "_signature")

    def __init__(self, name: str, signature: str, kernel: Callable[..., Any]) -> None:
        super().__init__(name, 2, _same, kernels=lambda _name, _dt: kernel)
        inputs, output = signature.split("->")
        self._signature = signature
        self._cores = _core_dims(inputs)
        self._out_core = _core_dims(output)[0]

    @property
    def signature(self) -> str:  # type: ignore[override]
        """The gufunc signature, as NumPy's."""
        return self._signature

    def __call__(
        self,
        x1: ArrayLike,
        x2: ArrayLike,
        /,
        out: ndarray | tuple[ndarray] | None = None,
        *,
        casting: CastingKind = "same_kind",
        order: str = "K",
        dtype: DTypeLike = None,
        subok: builtins.bool = True,
        axis: int | None = None,
    ) -> ndarray:
        tensors = [x._t if type(x) is ndarray else to_tensor(x) for x in (x1, x2)]
        if axis is not None:
            if self._out_core or any(len(core) != 1 for core in self._cores):
                raise TypeError(
                    f"{self.__name__}: axis can only be used with a single shared core dimension"
                )
            tensors = [_move_axis_last(t, axis) for t in tensors]
        shape = self._result_shape([tuple(t.shape) for t in tensors])
        if casting not in _di.CASTING_MODES:
            raise ValueError(
                "casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'"
            )
        strong = [t.dtype for t in tensors]
        loop_dt = self._loop_dtype(_di.result_type(tuple(strong), ()), dtype, strong)
        self._cast_inputs(tensors, loop_dt, casting)
        if out is not None:
            out = self._single_out(out)
            self._check_out(tuple(out._t.shape), shape)
        try:
            result = self._loops[loop_dt](*tensors)
        except RuntimeError:
            raise self._explain_failure(tensors, out) from None
        return self._finish(result, out, True, casting)

    def _result_shape(self, shapes: list[tuple[int, ...]]) -> tuple[int, ...]:
        sizes: dict[str, int] = {}
        loops = []
        for i, (s, core) in enumerate(zip(shapes, self._cores, strict=True)):
            if len(s) < len(core):
                raise ValueError(
                    f"{self.__name__}: Input operand {i} does not have enough dimensions "
                    f"(has {len(s)}, gufunc core with signature {self._signature} requires "
                    f"{len(core)})"
                )
            split = len(s) - len(core)
            for j, (name, size) in enumerate(zip(core, s[split:], strict=True)):
                known = sizes.setdefault(name, size)
                if known != size:
                    raise ValueError(
                        f"{self.__name__}: Input operand {i} has a mismatch in its core "
                        f"dimension {j}, with gufunc signature {self._signature} (size {size} "
                        f"is different from {known})"
                    )
            loops.append(s[:split])
        core_shape = tuple(sizes[name] for name in self._out_core)
        batch = _impl.broadcast_shapes(*loops)
        if batch is None:
            extra = ["newaxis"] * len(self._out_core)
            remapped = " ".join(
                f"{_shape_text(s)}->"
                + (
                    f"({loop[0]},)"
                    if len(loop) == 1 and not extra
                    else "(" + ",".join([*map(str, loop), *extra]) + ")"
                )
                for s, loop in zip(shapes, loops, strict=True)
            )
            raise ValueError(
                "operands could not be broadcast together with remapped shapes "
                f"[original->remapped]: {remapped}  and requested shape {_shape_text(core_shape)}"
            )
        return batch + core_shape

    def _check_out(self, out_shape: tuple[int, ...], shape: tuple[int, ...]) -> None:
        ncore = len(self._out_core)
        if len(out_shape) < ncore:
            raise ValueError(
                f"{self.__name__}: Output operand 0 does not have enough dimensions (has "
                f"{len(out_shape)}, gufunc core with signature {self._signature} requires "
                f"{ncore})"
            )
        for i in range(ncore):
            got, want = out_shape[len(out_shape) - ncore + i], shape[len(shape) - ncore + i]
            if got != want:
                raise ValueError(
                    f"{self.__name__}: Output operand 0 has a mismatch in its core dimension "
                    f"{i}, with gufunc signature {self._signature} (size {got} is different "
                    f"from {want})"
                )


def _move_axis_last(t: torch.Tensor, axis: int) -> torch.Tensor:
    from .exceptions import AxisError

    if not -t.dim() <= axis < t.dim():
        raise AxisError(axis, t.dim())
    return t.movedim(axis, -1)


vecdot: _GUFunc = _GUFunc("vecdot", "(n),(n)->()", _impl.kernel("vecdot", _di.FLOAT64))
matvec: _GUFunc = _GUFunc("matvec", "(m,n),(n)->(m)", _impl.kernel("matvec", _di.FLOAT64))
vecmat: _GUFunc = _GUFunc("vecmat", "(n),(n,m)->(m)", _impl.kernel("vecmat", _di.FLOAT64))
