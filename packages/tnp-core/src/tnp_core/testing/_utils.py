"""The non-assertion parts of ``numpy.testing``: platform constants, warning helpers,
temporary files, timing and memory probes, and threaded runs.

The constants describe the running interpreter and tnp's build: ``HAS_LAPACK64`` and
``BLAS_SUPPORTS_FPE`` say what torch's linear algebra offers, ``NUMPY_ROOT`` is the
``tnp_core`` package folder.
"""

from __future__ import annotations

import contextlib
import gc
import os
import platform
import shutil
import sys
import sysconfig
import tempfile
import threading
import time
import unittest
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

__all__ = [
    "BLAS_SUPPORTS_FPE",
    "HAS_LAPACK64",
    "HAS_REFCOUNT",
    "IS_64BIT",
    "IS_EDITABLE",
    "IS_INSTALLED",
    "IS_MUSL",
    "IS_PYPY",
    "IS_PYSTON",
    "IS_WASM",
    "NOGIL_BUILD",
    "NUMPY_ROOT",
    "IgnoreException",
    "KnownFailureException",
    "SkipTest",
    "TestCase",
    "assert_no_gc_cycles",
    "assert_no_warnings",
    "assert_warns",
    "break_cycles",
    "check_support_sve",
    "clear_and_catch_warnings",
    "decorate_methods",
    "jiffies",
    "measure",
    "memusage",
    "run_threaded",
    "rundocs",
    "runstring",
    "suppress_warnings",
    "tempdir",
    "temppath",
    "verbose",
]

F = TypeVar("F", bound=Callable[..., Any])

# ----------------------------------------------------------------------------- constants
verbose = 0
IS_PYPY = platform.python_implementation() == "PyPy"
IS_PYSTON = hasattr(sys, "pyston_version_info")
IS_WASM = platform.machine() in ("wasm32", "wasm64")
IS_64BIT = sys.maxsize > 2**32
IS_MUSL = "musl" in (sysconfig.get_config_var("HOST_GNU_TYPE") or "")
NOGIL_BUILD = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
HAS_REFCOUNT = getattr(sys, "getrefcount", None) is not None and not IS_PYSTON
# torch's CPU linear algebra comes with 32-bit LAPACK integers in its standard builds
HAS_LAPACK64 = False
BLAS_SUPPORTS_FPE = True
NUMPY_ROOT = Path(__file__).resolve().parents[1]
IS_INSTALLED = "site-packages" in NUMPY_ROOT.parts or "dist-packages" in NUMPY_ROOT.parts
IS_EDITABLE = not IS_INSTALLED

SkipTest = unittest.SkipTest
TestCase = unittest.TestCase


class KnownFailureException(Exception):
    """Raise to mark a test as a known failure, as NumPy's."""


class IgnoreException(Exception):
    """An exception that ``rundocs`` and friends ignore, as NumPy's."""


def check_support_sve(__cache: list[bool] = []) -> bool:  # noqa: B006  (the cache is deliberate)
    """Whether the CPU has Arm's SVE vector extension (read from ``/proc/cpuinfo``)."""
    if not __cache:
        try:
            text = Path("/proc/cpuinfo").read_text()
        except OSError:
            text = ""
        __cache.append(" sve" in text or "\tsve" in text)
    return __cache[0]


# ----------------------------------------------------------------------------- warnings
class _WarningsContext:
    """``assert_warns``/``assert_no_warnings`` as a context manager or a call."""

    def __init__(self, category: type[Warning] | None) -> None:
        self._category = category
        self._catcher = warnings.catch_warnings(record=True)
        self._log: list[warnings.WarningMessage] = []

    def __enter__(self) -> list[warnings.WarningMessage]:
        log = self._catcher.__enter__()
        assert log is not None
        self._log = log
        warnings.simplefilter("always")
        return self._log

    def __exit__(self, *exc: Any) -> None:
        self._catcher.__exit__(*exc)
        if exc[0] is not None:
            return
        if self._category is None:
            if self._log:
                raise AssertionError(f"Got warnings when calling: {self._log}")
        elif not any(issubclass(w.category, self._category) for w in self._log):
            raise AssertionError(f"No warning raised of type {self._category.__name__}")


def assert_warns(warning_class: type[Warning], *args: Any, **kwargs: Any) -> Any:
    """Fail unless the call (or the ``with`` block) warns with ``warning_class``; return the
    call's result. As ``numpy.testing.assert_warns``."""
    context = _WarningsContext(warning_class)
    if not args:
        return context
    func, *rest = args
    with context:
        return func(*rest, **kwargs)


def assert_no_warnings(*args: Any, **kwargs: Any) -> Any:
    """Fail if the call (or the ``with`` block) warns; return the call's result. As
    ``numpy.testing.assert_no_warnings``."""
    context = _WarningsContext(None)
    if not args:
        return context
    func, *rest = args
    with context:
        return func(*rest, **kwargs)


class clear_and_catch_warnings(warnings.catch_warnings):
    """``warnings.catch_warnings`` that also clears the ``__warningregistry__`` of
    ``modules`` on entry and exit, so warnings shown once show again, as NumPy's."""

    class_modules: tuple[Any, ...] = ()

    def __init__(self, record: bool = False, modules: tuple[Any, ...] = ()) -> None:
        self.modules = set(modules).union(self.class_modules)
        self._warnreg_copies: dict[Any, dict[Any, Any]] = {}
        super().__init__(record=record)

    def __enter__(self) -> Any:
        for mod in self.modules:
            registry = getattr(mod, "__warningregistry__", None)
            if registry is not None:
                self._warnreg_copies[mod] = registry.copy()
                registry.clear()
        return super().__enter__()

    def __exit__(self, *exc_info: Any) -> None:
        super().__exit__(*exc_info)
        for mod in self.modules:
            registry = getattr(mod, "__warningregistry__", None)
            if registry is not None:
                registry.clear()
            if mod in self._warnreg_copies:
                mod.__warningregistry__.update(self._warnreg_copies[mod])


class suppress_warnings:
    """Silence chosen warnings in a block or a decorated function, as NumPy's
    ``suppress_warnings``: ``filter(category, message)`` suppresses, ``record(...)``
    suppresses and returns a list that collects them; ``forwarding_rule`` is accepted
    ('always', 'module', 'once', 'location') and maps to Python's warning filters."""

    def __init__(self, forwarding_rule: str = "always") -> None:
        if forwarding_rule not in ("always", "module", "once", "location"):
            raise ValueError("unsupported forwarding rule.")
        self._forwarding_rule = forwarding_rule
        self._rules: list[tuple[type[Warning], str, list[Any] | None]] = []
        self._catcher: warnings.catch_warnings[Any] | None = None
        self.log: list[warnings.WarningMessage] = []

    def filter(
        self, category: type[Warning] = Warning, message: str = "", module: Any = None
    ) -> None:
        """Suppress warnings of ``category`` whose message starts with ``message``."""
        self._add(category, message, None)

    def record(
        self, category: type[Warning] = Warning, message: str = "", module: Any = None
    ) -> list[warnings.WarningMessage]:
        """Suppress and collect such warnings; the returned list is filled when the block
        ends (NumPy's fills as the warnings come)."""
        log: list[warnings.WarningMessage] = []
        self._add(category, message, log)
        return log

    def _add(self, category: type[Warning], message: str, log: list[Any] | None) -> None:
        self._rules.append((category, message, log))

    def __enter__(self) -> suppress_warnings:
        self._catcher = warnings.catch_warnings(record=True)
        self._showing = self._catcher.__enter__()
        warnings.simplefilter("always")
        self.log = []
        return self

    def __exit__(self, *exc_info: Any) -> None:
        assert self._catcher is not None
        caught = list(self._showing or [])
        self._catcher.__exit__(*exc_info)
        self._catcher = None
        for w in caught:
            rule = self._match(w)
            if rule is None:
                warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
                continue
            self.log.append(w)
            if rule[2] is not None:
                rule[2].append(w)

    def _match(self, w: warnings.WarningMessage) -> tuple[Any, str, Any] | None:
        for rule in self._rules:
            category, message, _ = rule
            if issubclass(w.category, category) and str(w.message).startswith(message):
                return rule
        return None

    def __call__(self, func: F) -> F:
        import functools

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            with self:
                return func(*args, **kwargs)

        return wrapper  # type: ignore[return-value]


# ----------------------------------------------------------------------------- gc
def break_cycles() -> None:
    """Collect garbage until nothing more is freed (the reference cycles are gone)."""
    gc.collect()
    if IS_PYPY:
        for _ in range(5):
            gc.collect()


class _NoCycles:
    def __enter__(self) -> None:
        gc.collect()
        self._was_enabled = gc.isenabled()
        gc.disable()
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        self._before = len(gc.garbage)

    def __exit__(self, *exc: object) -> None:
        found = gc.collect()
        garbage = gc.garbage[self._before :]
        del gc.garbage[self._before :]
        gc.set_debug(0)
        if self._was_enabled:
            gc.enable()
        if exc[0] is None and found:
            raise AssertionError(
                f"Reference cycles were found: {found} objects were collected, of which "
                f"{len(garbage)} are shown: {garbage[:5]!r}"
            )


def assert_no_gc_cycles(*args: Any, **kwargs: Any) -> Any:
    """Fail if the call (or the ``with`` block) leaves reference cycles for the garbage
    collector; return the call's result. As ``numpy.testing.assert_no_gc_cycles``."""
    context = _NoCycles()
    if not args:
        return context
    func, *rest = args
    with context:
        return func(*rest, **kwargs)


# ----------------------------------------------------------------------------- files
@contextlib.contextmanager
def tempdir(*args: Any, **kwargs: Any) -> Iterator[str]:
    """A temporary folder (arguments as ``tempfile.mkdtemp``), removed afterwards."""
    path = tempfile.mkdtemp(*args, **kwargs)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def temppath(*args: Any, **kwargs: Any) -> Iterator[str]:
    """The path of a temporary file (arguments as ``tempfile.mkstemp``), removed afterwards;
    the file exists but is closed, so it can be reopened on any platform."""
    fd, path = tempfile.mkstemp(*args, **kwargs)
    os.close(fd)
    try:
        yield path
    finally:
        with contextlib.suppress(OSError):
            os.remove(path)


# ----------------------------------------------------------------------------- probes
_START = time.monotonic()


def jiffies(_proc_pid_stat: str = f"/proc/{os.getpid()}/stat", _load_time: list[float] = []) -> int:  # noqa: B006
    """User CPU time of this process in hundredths of a second (Linux ``/proc``), or the
    wall time since import in the same unit where ``/proc`` is absent, as NumPy's."""
    try:
        fields = Path(_proc_pid_stat).read_text().split(" ")
        return int(fields[13])
    except (OSError, IndexError, ValueError):
        return int(100 * (time.monotonic() - _START))


def memusage(_proc_pid_stat: str = f"/proc/{os.getpid()}/stat") -> int | None:
    """Virtual memory size of this process in bytes (Linux ``/proc``), None elsewhere."""
    try:
        fields = Path(_proc_pid_stat).read_text().split(" ")
        return int(fields[22])
    except (OSError, IndexError, ValueError):
        return None


def runstring(astr: str, dict: dict[str, Any]) -> Any:
    """Execute the source ``astr`` in the namespace ``dict``."""
    exec(astr, dict)


def measure(code_str: str, times: int = 1, label: str | None = None) -> float:
    """Seconds taken by running ``code_str`` ``times`` times in the caller's namespace, as
    ``numpy.testing.measure`` (which reports in the same unit)."""
    frame = sys._getframe(1)
    local, glob = frame.f_locals, frame.f_globals
    code = compile(code_str, f"Test name: {label} ", "exec")
    start = time.perf_counter()
    for _ in range(times):
        exec(code, glob, local)
    return time.perf_counter() - start


def rundocs(filename: str | None = None, raise_on_error: bool = True) -> None:
    """Run the doctests of ``filename`` (default: the caller's file), as NumPy's."""
    import doctest
    import importlib.util

    if filename is None:
        filename = sys._getframe(1).f_globals["__file__"]
    name = Path(filename).stem
    spec = importlib.util.spec_from_file_location(name, filename)
    if spec is None or spec.loader is None:
        raise ValueError(f"cannot load {filename!r}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    tests = doctest.DocTestFinder().find(module)
    runner = doctest.DocTestRunner(verbose=False)
    failures: list[str] = []
    for test in tests:
        result = runner.run(test, out=failures.append)
        del result
    if failures and raise_on_error:
        raise AssertionError("Some doctests failed:\n" + "\n".join(failures))


def decorate_methods(cls: type, decorator: Callable[[Any], Any], testmatch: Any = None) -> None:
    """Apply ``decorator`` to every method of ``cls`` whose name matches ``testmatch`` (a
    regex or string; default: names starting with 'test'), as NumPy's."""
    import inspect
    import re

    pattern = re.compile(testmatch if testmatch is not None else r"(?:^|[_.-])[Tt]est")
    for name, member in list(vars(cls).items()):
        if inspect.isfunction(member) and pattern.search(name):
            setattr(cls, name, decorator(member))


def run_threaded(
    func: Callable[..., Any],
    max_workers: int = 8,
    pass_count: bool = False,
    pass_barrier: bool = False,
    outer_iterations: int = 1,
    prepare_args: Callable[[], Any] | None = None,
) -> None:
    """Call ``func`` from ``max_workers`` threads at once, ``outer_iterations`` times, as
    NumPy's ``run_threaded``: ``pass_count`` gives each call its thread number,
    ``pass_barrier`` a shared ``threading.Barrier``, ``prepare_args`` extra arguments."""
    from concurrent.futures import ThreadPoolExecutor

    for _ in range(outer_iterations):
        with ThreadPoolExecutor(max_workers=max_workers) as pool:
            args: list[Any] = [] if prepare_args is None else list(prepare_args())
            if pass_barrier:
                args.append(threading.Barrier(max_workers))
            if pass_count:
                futures = [pool.submit(func, i, *args) for i in range(max_workers)]
            else:
                futures = [pool.submit(func, *args) for _ in range(max_workers)]
            for future in futures:
                future.result()
