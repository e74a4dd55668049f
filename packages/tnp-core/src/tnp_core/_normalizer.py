"""The normalizer: one place where NumPy-style arguments become what impl functions expect.

A wrapper module declares each public function with its NumPy signature, parameters tagged
by the annotation types below, and binds it to a tensor-only impl function::

    @normalize(_reductions_impl.sum)
    def sum(
        a: ArrayLike,
        axis: AxisLike = None,
        dtype: DTypeLike = None,
        out: OutArray = None,
        keepdims: KeepDims = False,
    ) -> ndarray:
        "Sum of array elements over the given axes, as numpy.sum."

The declaration carries the signature, types and docstring; the normalizer compiles, once at
decoration time, a function with that exact signature which converts each tagged argument,
calls the impl with the parameters the impl names (positionally, in the impl's order, when it
has only plain parameters; by keyword otherwise), applies ``keepdims`` and ``out=``, and
wraps tensors into ``ndarray``. No ``inspect`` work happens per call.

Tags (``typing.Annotated``, so type checkers see the public types):

* ``ArrayLike`` / ``OptArrayLike``: anything array-like -> ``torch.Tensor`` (or None).
* ``WeakArrayLike``: as ``ArrayLike``, but a Python bool/int/float/complex is passed on as
  is, so that the impl can promote it as a weak scalar (NEP 50).
* ``DTypeLike``: anything ``numpy.dtype()`` accepts -> ``torch.dtype`` or None.
* ``AxisLike``: int, tuple or None -> tuple of non-negative ints or None, checked against the
  first array argument's ``ndim`` (``AxisError`` otherwise).
* ``AxisIndex`` / ``OptAxisIndex``: one int axis (or None) -> the non-negative axis of the
  first array argument.
* ``ShapeLike``: int or sequence of ints -> tuple of ints.
* ``DeviceLike``: str, ``torch.device`` or None -> ``torch.device``, or None for torch's
  default device.
* ``OutArray``: ``ndarray`` or None; the result is cast into it (NumPy's rules) and returned.
  An impl that names ``out`` gets the out tensor (or None) and writes into it itself.
* ``KeepDims``: bool; reduced axes are kept with size one.
* ``CastingModes``: one of NumPy's casting rule names, checked.
* ``ScalarLike`` / ``OptScalarLike``: a Python number, or a 0-D array -> its Python value.
"""

from __future__ import annotations

import enum
import operator
from collections.abc import Callable, Sequence
from typing import Annotated, Any, Literal, TypeAlias, TypeVar, cast, get_type_hints

import torch

from . import _dtypes_impl as _di
from ._conversion import to_tensor
from ._defaults_impl import defaults
from ._dtypes import _DTYPE_OF_TORCH, dtype, generic, to_torch_dtype
from ._flags import check_writeable
from ._ndarray import ndarray, wrap_tensor
from ._reductions_impl import apply_keepdims
from ._ufuncs_impl import broadcast_shapes
from .exceptions import AxisError


class Tag(enum.Enum):
    """What the normalizer does with a parameter."""

    ARRAY = "array"
    WEAK_ARRAY = "array, Python scalars kept weak"
    OPT_ARRAY = "optional array"
    DTYPE = "dtype"
    AXIS = "axis"
    AXIS_INDEX = "axis index"
    SHAPE = "shape"
    DEVICE = "device"
    OUT = "out"
    KEEPDIMS = "keepdims"
    CASTING = "casting"
    SCALAR = "scalar"


_ArrayLikeTypes: TypeAlias = (
    ndarray | torch.Tensor | bool | int | float | complex | Sequence[Any] | generic
)
ArrayLike: TypeAlias = Annotated[_ArrayLikeTypes, Tag.ARRAY]
WeakArrayLike: TypeAlias = Annotated[_ArrayLikeTypes, Tag.WEAK_ARRAY]
OptArrayLike: TypeAlias = Annotated[_ArrayLikeTypes | None, Tag.OPT_ARRAY]
DTypeLike: TypeAlias = Annotated["dtype | type | str | torch.dtype | None", Tag.DTYPE]
AxisLike: TypeAlias = Annotated["int | Sequence[int] | None", Tag.AXIS]
AxisIndex: TypeAlias = Annotated[int, Tag.AXIS_INDEX]
OptAxisIndex: TypeAlias = Annotated["int | None", Tag.AXIS_INDEX]
ShapeLike: TypeAlias = Annotated["int | Sequence[int]", Tag.SHAPE]
DeviceLike: TypeAlias = Annotated["str | torch.device | None", Tag.DEVICE]
OutArray: TypeAlias = Annotated["ndarray | None", Tag.OUT]
KeepDims: TypeAlias = Annotated[bool, Tag.KEEPDIMS]
ScalarLike: TypeAlias = Annotated["bool | int | float | complex | ndarray", Tag.SCALAR]
OptScalarLike: TypeAlias = Annotated["bool | int | float | complex | ndarray | None", Tag.SCALAR]
CastingKind: TypeAlias = Literal["no", "equiv", "safe", "same_kind", "unsafe"]
CastingModes: TypeAlias = Annotated[CastingKind, Tag.CASTING]


# ----------------------------------------------------------------------------- converters
def as_tensor(obj: object) -> torch.Tensor:
    """The tensor behind an array-like (no copy for tnp arrays and tensors)."""
    if type(obj) is ndarray:
        return obj._t
    return to_tensor(obj)


def wrap(value: Any) -> Any:
    """Tensors (also inside tuples and lists) become ``ndarray``; anything else is kept."""
    if isinstance(value, torch.Tensor):
        return ndarray._from_tensor(value)
    if isinstance(value, tuple):
        return (
            type(value)(*map(wrap, value)) if hasattr(value, "_fields") else tuple(map(wrap, value))
        )
    if isinstance(value, list):
        return [wrap(v) for v in value]
    return value


def normalize_axis_index(axis: int, ndim: int) -> int:
    """A non-negative axis for ``ndim`` dimensions, or ``AxisError`` as NumPy raises."""
    try:
        axis = operator.index(axis)
    except TypeError:
        raise TypeError(
            f"'{type(axis).__name__}' object cannot be interpreted as an integer"
        ) from None
    if not -ndim <= axis < ndim:
        raise AxisError(axis, ndim)
    return axis + ndim if axis < 0 else axis


def normalize_axis_tuple(axis: int | Sequence[int], ndim: int) -> tuple[int, ...]:
    """Axes as a tuple of distinct non-negative ints (``ValueError`` on repeats)."""
    if type(axis) is int and -ndim <= axis < ndim:
        return (axis + ndim if axis < 0 else axis,)
    if isinstance(axis, (int, ndarray)) or hasattr(axis, "__index__"):
        return (normalize_axis_index(axis, ndim),)  # type: ignore[arg-type]
    axes = tuple(normalize_axis_index(a, ndim) for a in axis)
    if len(set(axes)) != len(axes):
        raise ValueError("repeated axis")
    return axes


def normalize_shape(shape: int | Sequence[int]) -> tuple[int, ...]:
    """A shape tuple from an int or a sequence of ints; ``ValueError`` for negative sizes."""
    # the common spellings are checked by type first: cheaper, and traceable by dynamo
    dims: tuple[int, ...]
    if type(shape) is int:
        dims = (shape,)
    elif not isinstance(shape, (tuple, list)) and hasattr(shape, "__index__"):
        dims = (operator.index(shape),)
    else:
        try:
            dims = tuple(operator.index(d) for d in shape)
        except TypeError:
            raise TypeError(
                f"expected a sequence of integers or a single integer, got {shape!r}"
            ) from None
    for d in dims:
        if d < 0:
            raise ValueError("negative dimensions are not allowed")
    return dims


def normalize_dtype(obj: object) -> torch.dtype | None:
    """``None`` stays None; anything else becomes a torch dtype."""
    if obj is None:
        return None
    return to_torch_dtype(obj)


def normalize_device(obj: object) -> torch.device | None:
    """The torch device a ``device=`` argument names.

    None gives tnp's default device if one was set, else None, which torch reads as its own
    default device (and which ``torch.compile`` can trace).
    """
    if obj is None:
        return defaults.device
    if isinstance(obj, torch.device):
        return obj
    if isinstance(obj, str):
        try:
            return torch.device(obj)
        except RuntimeError:
            raise ValueError(f"unknown device {obj!r}") from None
    raise TypeError(f"device must be a string or torch.device, not {type(obj).__name__}")


def normalize_scalar(obj: object) -> Any:
    """Python numbers (and None) pass; 0-D arrays and tensors give their Python value."""
    if obj is None or type(obj) in (bool, int, float, complex):
        return obj
    t = to_tensor(obj)
    if t.dim() != 0:
        raise TypeError(f"expected a scalar, got an array of shape {tuple(t.shape)}")
    return ndarray._from_tensor(t).item()


def normalize_casting(casting: str) -> str:
    """Check a casting rule name."""
    if casting not in _di.CASTING_MODES:
        raise ValueError("casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'")
    return casting


def copy_into_out(result: torch.Tensor, out: object, casting: str, name: str) -> ndarray:
    """Write ``result`` into ``out`` as NumPy does (shape and casting checked); return out."""
    if not isinstance(out, ndarray):
        if isinstance(out, tuple) and len(out) == 1:
            out = out[0]
        if not isinstance(out, ndarray):
            raise TypeError(f"return arrays must be of ArrayType, not {type(out).__name__}")
    check_writeable(out)
    target = out._t
    if target.dtype is not result.dtype and not _di.can_cast(result.dtype, target.dtype, casting):
        raise TypeError(
            f"Cannot cast ufunc '{name}' output from dtype('{_name(result.dtype)}') to "
            f"dtype('{_name(target.dtype)}') with casting rule '{casting}'"
        )
    if target.shape != result.shape and broadcast_shapes(result.shape, target.shape) != tuple(
        target.shape
    ):
        raise ValueError(
            f"non-broadcastable output operand with shape {tuple(target.shape)} doesn't "
            f"match the broadcast shape {tuple(result.shape)}"
        )
    if result.device != target.device:
        raise ValueError(f"out= array is on {target.device} but the result is on {result.device}")
    target.copy_(result)
    return out


def out_tensor(out: object) -> torch.Tensor:
    """The tensor of an ``out=`` array (a 1-tuple is accepted, as NumPy does)."""
    if isinstance(out, tuple) and len(out) == 1:
        out = out[0]
    if not isinstance(out, ndarray):
        raise TypeError(f"return arrays must be of ArrayType, not {type(out).__name__}")
    check_writeable(out)
    return out._t


def _name(td: torch.dtype) -> str:
    return _DTYPE_OF_TORCH[td].name


# ----------------------------------------------------------------------------- the decorator
F = TypeVar("F", bound=Callable[..., Any])


def _tag_of(annotation: Any) -> Tag | None:
    for meta in getattr(annotation, "__metadata__", ()):
        if isinstance(meta, Tag):
            return meta
    return None


def normalize(impl: Callable[..., Any], *, out_casting: str = "unsafe") -> Callable[[F], F]:
    """Bind a public declaration to ``impl`` through a compiled per-parameter plan.

    ``impl`` receives, by keyword, the declaration's parameters that it names, converted
    per tag. ``out`` and ``keepdims`` are applied here unless ``impl`` takes them itself.
    ``out_casting`` is the rule for writing into ``out=`` when the declaration has no
    ``casting`` parameter (NumPy's functions use 'unsafe' there).
    """

    def decorate(decl: F) -> F:
        return cast(F, _compile(decl, impl, out_casting))

    return decorate


def _compile(decl: Callable[..., Any], impl: Callable[..., Any], out_casting: str) -> Any:
    import inspect

    hints = get_type_hints(decl, include_extras=True, localns=_LOCALNS)
    decl_sig = inspect.signature(decl)
    impl_params = inspect.signature(impl).parameters
    tags = {name: _tag_of(hints.get(name)) for name in decl_sig.parameters}
    unknown = [p for p in impl_params if p not in decl_sig.parameters]
    if unknown:
        raise TypeError(f"{impl.__name__} takes {unknown}, which {decl.__name__} does not declare")

    ns: dict[str, Any] = {
        "_nd": ndarray,
        "_to_tensor": to_tensor,
        "_axis_tuple": normalize_axis_tuple,
        "_axis_index": normalize_axis_index,
        "_shape": normalize_shape,
        "_dtype": normalize_dtype,
        "_device": normalize_device,
        "_casting": normalize_casting,
        "_scalar": normalize_scalar,
        "_py_scalars": (bool, int, float, complex),
        "_keepdims": apply_keepdims,
        "_out": copy_into_out,
        "_out_tensor": out_tensor,
        "_wrap": wrap,
        "_wrap1": wrap_tensor,
        "_Tensor": torch.Tensor,
        "_impl": impl,
    }
    params_src: list[str] = []
    body: list[str] = []
    prev_kind: Any = None
    for i, (name, p) in enumerate(decl_sig.parameters.items()):
        if prev_kind is p.POSITIONAL_ONLY and p.kind is not p.POSITIONAL_ONLY:
            params_src.append("/")
        if p.kind is p.KEYWORD_ONLY and prev_kind not in (p.KEYWORD_ONLY, p.VAR_POSITIONAL):
            params_src.append("*")
        if p.kind is p.VAR_POSITIONAL:
            params_src.append(f"*{name}")
        elif p.kind is p.VAR_KEYWORD:
            params_src.append(f"**{name}")
        elif p.default is not p.empty:
            ns[f"_d{i}"] = p.default
            params_src.append(f"{name}=_d{i}")
        else:
            params_src.append(name)
        prev_kind = p.kind
    if prev_kind is inspect.Parameter.POSITIONAL_ONLY:
        params_src.append("/")

    first_array = next((n for n, t in tags.items() if t is Tag.ARRAY), None)
    for name, tag in tags.items():
        if tag is Tag.ARRAY:
            body.append(f"{name} = {name}._t if type({name}) is _nd else _to_tensor({name})")
        elif tag is Tag.WEAK_ARRAY:
            body.append(
                f"if type({name}) not in _py_scalars: "
                f"{name} = {name}._t if type({name}) is _nd else _to_tensor({name})"
            )
        elif tag is Tag.OPT_ARRAY:
            body.append(
                f"if {name} is not None: "
                f"{name} = {name}._t if type({name}) is _nd else _to_tensor({name})"
            )
        elif tag is Tag.DTYPE:
            body.append(f"if {name} is not None: {name} = _dtype({name})")
        elif tag is Tag.AXIS:
            if first_array is None:
                raise TypeError(f"{decl.__name__}: an axis needs an array parameter")
            body.append(f"if {name} is not None: {name} = _axis_tuple({name}, {first_array}.ndim)")
        elif tag is Tag.AXIS_INDEX:
            if first_array is None:
                raise TypeError(f"{decl.__name__}: an axis needs an array parameter")
            body.append(f"if {name} is not None: {name} = _axis_index({name}, {first_array}.ndim)")
        elif tag is Tag.SHAPE:
            body.append(f"{name} = _shape({name})")
        elif tag is Tag.DEVICE:
            body.append(f"{name} = _device({name})")
        elif tag is Tag.CASTING:
            body.append(f"{name} = _casting({name})")
        elif tag is Tag.SCALAR:
            body.append(f"{name} = _scalar({name})")

    out = next((n for n, t in tags.items() if t is Tag.OUT), None)
    impl_writes_out = out is not None and out in impl_params
    if impl_writes_out:
        # the impl writes into the out tensor itself; the caller gets the out array back
        body.append(f"_out_array = {out}")
        body.append(f"if {out} is not None: {out} = _out_tensor({out})")
    positional = all(p.kind is p.POSITIONAL_OR_KEYWORD for p in impl_params.values())
    call_args = ", ".join(n if positional else f"{n}={n}" for n in impl_params)
    body.append(f"_r = _impl({call_args})")
    if impl_writes_out:
        body.append("if _out_array is not None: return _out_array")
    keepdims = next((n for n, t in tags.items() if t is Tag.KEEPDIMS), None)
    if keepdims is not None and keepdims not in impl_params:
        axis = next((n for n, t in tags.items() if t is Tag.AXIS), None)
        axis_expr = axis if axis is not None else "None"
        body.append(f"if {keepdims}: _r = _keepdims(_r, {axis_expr}, {first_array}.ndim)")
    if out is not None and not impl_writes_out:
        casting = next((n for n, t in tags.items() if t is Tag.CASTING), None)
        casting_expr = casting if casting is not None else repr(out_casting)
        body.append(
            f"if {out} is not None: return _out(_r, {out}, {casting_expr}, {decl.__name__!r})"
        )
    body.append("return _wrap1(_r) if type(_r) is _Tensor else _wrap(_r)")

    src = f"def {decl.__name__}({', '.join(params_src)}):\n" + "".join(
        f"    {line}\n" for line in body
    )
    code = compile(src, f"<tnp normalizer: {decl.__module__}.{decl.__qualname__}>", "exec")
    exec(code, ns)
    func = ns[decl.__name__]
    func.__doc__ = decl.__doc__
    func.__module__ = decl.__module__
    func.__qualname__ = decl.__qualname__
    func.__annotations__ = dict(decl.__annotations__)
    func.__wrapped__ = decl
    func.__tnp_impl__ = impl
    func.__tnp_source__ = src
    return func


_LOCALNS: dict[str, Any] = {
    "ndarray": ndarray,
    "dtype": dtype,
    "generic": generic,
    "torch": torch,
    "Sequence": Sequence,
    "Any": Any,
    "_ArrayLikeTypes": _ArrayLikeTypes,
}
