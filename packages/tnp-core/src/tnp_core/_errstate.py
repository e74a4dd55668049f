"""The floating-point error state: ``errstate``, ``seterr``, ``geterr``, ``seterrcall``, ...

NumPy reads the CPU's floating-point status flags after every ufunc loop. Torch has no such
flags, so tnp detects the conditions from the values instead: a NaN result where no input
was NaN is an *invalid* operation; an infinite result from finite inputs is a *division by
zero* for the divide-like ufuncs (``divide``, ``log``, ``power`` of zero, ...) and an
*overflow* otherwise; integer division or remainder by zero counts as a division by zero.
That costs a pass over the result (and a device synchronisation on a GPU), so tnp checks only
once a program has changed the error state: ``checking`` becomes true the first time any
state other than NumPy's default is set, and the ufuncs look at that one flag before doing
any work. In NumPy's default state (divide/over/invalid 'warn', under 'ignore') tnp emits no
``RuntimeWarning`` at all. Underflow is never detected.

The state lives in a ``contextvars.ContextVar``, as in NumPy 2: each thread and each asyncio
task sees its own, and ``errstate`` restores the previous one on exit.
"""

from __future__ import annotations

import contextvars
import functools
import sys
import warnings
from collections.abc import Callable, Sequence
from types import FrameType
from typing import Any, NamedTuple, ParamSpec, TypeVar

import torch

__all__ = ["errstate", "geterr", "geterrcall", "seterr", "seterrcall"]

_MODES = ("ignore", "warn", "raise", "call", "print", "log")
_KINDS = ("divide", "over", "under", "invalid")
# NumPy's wording of each condition, and its bit in the status flag handed to 'call'
_WORDS = {
    "divide": "divide by zero",
    "over": "overflow",
    "under": "underflow",
    "invalid": "invalid value",
}
_FLAG_BITS = {"divide": 1, "over": 2, "under": 4, "invalid": 8}


class _State(NamedTuple):
    divide: str
    over: str
    under: str
    invalid: str
    call: Any


_DEFAULT = _State("warn", "warn", "ignore", "warn", None)
_ALL_IGNORE = ("ignore",) * 4
_state: contextvars.ContextVar[_State] = contextvars.ContextVar("tnp_errstate", default=_DEFAULT)

# True once any context has set a non-default state: until then the ufuncs check nothing
checking = False


def _check_mode(mode: object) -> str:
    if mode not in _MODES:
        raise ValueError(f"invalid error mode {mode!r}")
    return str(mode)


def _check_call(func: object) -> object:
    if func is not None and not callable(func):
        write = getattr(func, "write", None)
        if write is None or not callable(write):
            raise TypeError("python object must be callable or have a callable write method")
    return func


_UNSET: Any = object()


def _updated(
    old: _State,
    all: str | None,
    divide: str | None,
    over: str | None,
    under: str | None,
    invalid: str | None,
    call: object = _UNSET,
) -> _State:
    """``old`` with the given modes replaced (``all`` first, then each kind), validated."""
    modes = dict(zip(_KINDS, old[:4], strict=True))
    if all is not None:
        modes = dict.fromkeys(_KINDS, _check_mode(all))
    for kind, given in zip(_KINDS, (divide, over, under, invalid), strict=True):
        if given is not None:
            modes[kind] = _check_mode(given)
    new_call = old.call if call is _UNSET else _check_call(call)
    return _State(modes["divide"], modes["over"], modes["under"], modes["invalid"], new_call)


def _activate(state: _State) -> contextvars.Token[_State]:
    global checking
    if state[:4] != _DEFAULT[:4]:
        checking = True
    return _state.set(state)


def seterr(
    all: str | None = None,
    divide: str | None = None,
    over: str | None = None,
    under: str | None = None,
    invalid: str | None = None,
) -> dict[str, str]:
    """Set how floating-point errors are treated, as ``numpy.seterr``; returns the old modes.

    Each mode is one of 'ignore', 'warn', 'raise', 'call', 'print', 'log' (``ValueError``
    otherwise). tnp detects errors from the result values (see the module notes); underflow
    is never detected, and nothing is checked while the state is NumPy's default.
    """
    old = _state.get()
    _activate(_updated(old, all, divide, over, under, invalid))
    return dict(zip(_KINDS, old[:4], strict=True))


def geterr() -> dict[str, str]:
    """The current treatment of each floating-point error, as ``numpy.geterr``."""
    return dict(zip(_KINDS, _state.get()[:4], strict=True))


def seterrcall(func: Any) -> Any:
    """Set the function (``f(kind, flag)``) or log object (``.write(msg)``) for 'call' and
    'log' modes, as ``numpy.seterrcall``; returns the old one.

    ``TypeError`` when ``func`` is neither None, callable, nor has a callable ``write``.
    """
    old = _state.get()
    _state.set(old._replace(call=_check_call(func)))
    return old.call


def geterrcall() -> Any:
    """The current 'call'/'log' handler, as ``numpy.geterrcall`` (None if none was set)."""
    return _state.get().call


P = ParamSpec("P")
R = TypeVar("R")


class errstate:
    """Context manager and decorator for the floating-point error state, as ``numpy.errstate``.

    ``with errstate(divide='ignore'):`` sets the modes (and ``call=`` the handler) for the
    block and restores the previous state on exit; the modes are validated on entry, as in
    NumPy. One object can be entered once (``TypeError`` on a second entry); as a decorator
    it sets the state afresh for each call of the decorated function.
    """

    __slots__ = ("_all", "_call", "_divide", "_invalid", "_over", "_token", "_under")

    def __init__(
        self,
        *,
        call: Any = _UNSET,
        all: str | None = None,
        divide: str | None = None,
        over: str | None = None,
        under: str | None = None,
        invalid: str | None = None,
    ) -> None:
        self._token: contextvars.Token[_State] | None = None
        self._call = call
        self._all = all
        self._divide = divide
        self._over = over
        self._under = under
        self._invalid = invalid

    def _new_state(self) -> _State:
        return _updated(
            _state.get(),
            self._all,
            self._divide,
            self._over,
            self._under,
            self._invalid,
            self._call,
        )

    def __enter__(self) -> None:
        if self._token is not None:
            raise TypeError("Cannot enter `np.errstate` twice.")
        self._token = _activate(self._new_state())

    def __exit__(self, *exc_info: object) -> None:
        assert self._token is not None
        _state.reset(self._token)

    def __call__(self, func: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(func)
        def inner(*args: P.args, **kwargs: P.kwargs) -> R:
            token = _activate(self._new_state())
            try:
                return func(*args, **kwargs)
            finally:
                _state.reset(token)

        return inner


# ----------------------------------------------------------------------------- detection
# ufuncs whose infinite results from finite inputs are divisions by zero, with the operand
# whose zero makes them so (None: any infinite result, e.g. log(0))
_DIVIDE_LIKE: dict[str, int | None] = {
    "divide": 1,
    "true_divide": 1,
    "floor_divide": 1,
    "remainder": 1,
    "fmod": 1,
    "divmod": 1,
    "reciprocal": 0,
    "power": 0,
    "float_power": 0,
    "log": None,
    "log2": None,
    "log10": None,
    "log1p": None,
    "arctanh": None,
    "atanh": None,
}
_INT_DIVIDE = frozenset(("floor_divide", "remainder", "fmod", "divmod"))


def _finite(x: Any) -> torch.Tensor | bool:
    if isinstance(x, torch.Tensor):
        if x.dtype.is_floating_point or x.dtype.is_complex:
            return torch.isfinite(x)
        return True
    if isinstance(x, (float, complex)):
        return x == x and abs(x) != float("inf")
    return True


def _not_nan(x: Any) -> torch.Tensor | bool:
    if isinstance(x, torch.Tensor):
        if x.dtype.is_floating_point or x.dtype.is_complex:
            return ~torch.isnan(x)
        return True
    if isinstance(x, (float, complex)):
        return x == x
    return True


def _is_zero(x: Any) -> torch.Tensor | bool:
    return x == 0 if isinstance(x, torch.Tensor) else bool(x == 0)


def _any(cond: torch.Tensor | bool) -> bool:
    return bool(cond.any()) if isinstance(cond, torch.Tensor) else bool(cond)


def _conditions(name: str, inputs: Sequence[Any], result: torch.Tensor) -> list[str]:
    """The error kinds (in NumPy's order) that computing ``result`` from ``inputs`` raised."""
    found = []
    if not (result.dtype.is_floating_point or result.dtype.is_complex):
        if name in _INT_DIVIDE and len(inputs) == 2 and _any(_is_zero(inputs[1])):
            found.append("divide")
        return found
    all_finite: torch.Tensor | bool = True
    no_nan: torch.Tensor | bool = True
    for x in inputs:
        all_finite = all_finite & _finite(x)
        no_nan = no_nan & _not_nan(x)
    infinite = torch.isinf(result) & all_finite
    if _any(infinite):
        if name in _DIVIDE_LIKE:
            which = _DIVIDE_LIKE[name]
            if which is None or which >= len(inputs):
                zero_made: torch.Tensor | bool = True
            else:
                zero_made = _is_zero(inputs[which])
            if _any(infinite & zero_made):
                found.append("divide")
            if _any(infinite & ~torch.as_tensor(zero_made, device=result.device)):
                found.append("over")
        else:
            found.append("over")
    if _any(torch.isnan(result) & no_nan):
        found.append("invalid")
    return found


def check(name: str, inputs: Sequence[Any], result: Any) -> None:
    """Report the floating-point errors of one ufunc step under the current error state.

    ``name`` is the ufunc's name (or 'reduce'/'accumulate' with the ufunc's name given as
    the part after a colon, e.g. ``'reduce:add'``); ``inputs`` are its operands (tensors or
    Python scalars); ``result`` a tensor or a tuple of them. Called only when ``checking``.
    """
    state = _state.get()
    if state[:4] == _DEFAULT[:4] or state[:4] == _ALL_IGNORE:
        return  # the default state checks nothing (a documented difference from NumPy)
    label, _, ufunc_name = name.partition(":")
    ufunc_name = ufunc_name or label
    results = result if isinstance(result, tuple) else (result,)
    found: list[str] = []
    for r in results:
        for kind in _conditions(ufunc_name, inputs, r):
            if kind not in found and getattr(state, kind) != "ignore":
                found.append(kind)
    if not found:
        return
    flags = sum(_FLAG_BITS[k] for k in found)
    for kind in _KINDS:
        if kind in found:
            _report(getattr(state, kind), kind, label, flags, state.call)


def _user_stacklevel() -> int:
    """The ``stacklevel`` that points a warning at the first frame outside tnp_core."""
    frame: FrameType | None = sys._getframe(1)
    level = 1
    while frame is not None and frame.f_globals.get("__name__", "").startswith("tnp_core"):
        frame = frame.f_back
        level += 1
    return level


def _report(mode: str, kind: str, label: str, flags: int, handler: Any) -> None:
    message = f"{_WORDS[kind]} encountered in {label}"
    if mode == "warn":
        warnings.warn(message, RuntimeWarning, stacklevel=_user_stacklevel())
    elif mode == "raise":
        raise FloatingPointError(message)
    elif mode == "call":
        if handler is None:
            raise NameError(
                f"python callback specified for {_WORDS[kind]} (in  {label}) but no function found."
            )
        handler(_WORDS[kind], flags)
    elif mode == "print":
        sys.stdout.write(f"Warning: {message}\n")
    elif mode == "log":
        write = getattr(handler, "write", None)
        if write is None:
            raise NameError(
                f"log specified for {_WORDS[kind]} (in {label}) but no object with write "
                "method found."
            )
        write(f"Warning: {message}\n")
