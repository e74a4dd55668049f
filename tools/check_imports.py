"""Import rules that keep the distributions separable; run by ``nox -s lint``.

1. ``private``: no distribution imports another one's private modules
   (``tnp_core._dtypes``, ``from tnp_core import _dtypes``); siblings use
   ``tnp_core`` through its public extension surface only.
2. ``numpy``: no library source (``packages/*/src``) imports NumPy.
3. ``impl``: a ``*_impl.py`` module of ``tnp_core`` imports only the standard
   library, torch, other ``*_impl`` modules, ``exceptions`` and ``_version``: tensors in,
   tensors out.
4. ``undeclared``: library sources import only the standard library, their own
   package and the distributions their ``pyproject.toml`` requires, so that
   ``pip install tnp-core tnp-fft`` is all tnp-fft needs.

Dynamic imports with a literal name (``importlib.import_module("numpy")``,
``__import__("numpy")``) count as imports. Prints one ``file:line: [rule]
message`` per violation and exits with status 1 if there is any.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from packaging.utils import canonicalize_name
from repo_versions import ROOT, Distribution, load_distributions

CORE = "tnp_core"
_DYNAMIC_IMPORTERS = {"import_module", "__import__"}


@dataclass(frozen=True)
class Violation:
    path: Path
    line: int
    rule: str
    message: str

    def render(self, root: Path) -> str:
        path = self.path.relative_to(root) if self.path.is_relative_to(root) else self.path
        return f"{path}:{self.line}: [{self.rule}] {self.message}"


@dataclass(frozen=True)
class Import:
    """One import statement: the absolute module, the names taken from it, the line."""

    module: str
    names: tuple[str, ...]
    line: int

    def describe(self) -> str:
        return f"{', '.join(self.names)} from {self.module}" if self.names else self.module

    def candidates(self) -> Iterator[str]:
        """The module, then each ``module.name``: a name taken from a package may be a module."""
        yield self.module
        for name in self.names:
            yield f"{self.module}.{name}"


def _is_private(part: str) -> bool:
    return part.startswith("_") and not part.startswith("__")


def _is_impl_module(part: str) -> bool:
    # exceptions: NumPy's exception types, a leaf module impl code may raise from
    return part.endswith("_impl") or part in ("_version", "exceptions")


def _module_name(path: Path, src: Path) -> list[str]:
    """``src/pkg/sub/mod.py`` -> ``["pkg", "sub", "mod"]``; ``__init__.py`` names its package."""
    parts = list(path.relative_to(src).with_suffix("").parts)
    return parts[:-1] if parts[-1] == "__init__" else parts


def _is_dynamic_import(node: ast.Call) -> bool:
    func = node.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
    return (
        name in _DYNAMIC_IMPORTERS
        and bool(node.args)
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
        and not node.args[0].value.startswith(".")
    )


def _imports(tree: ast.AST, package: list[str] | None) -> Iterator[Import]:
    """Every import in ``tree``, relative ones resolved against ``package``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(alias.name, (), node.lineno)
        elif isinstance(node, ast.ImportFrom):
            names = tuple(alias.name for alias in node.names if alias.name != "*")
            if not node.level:
                yield Import(node.module or "", names, node.lineno)
            elif package is not None and node.level - 1 < len(package):
                base = package[: len(package) - (node.level - 1)]
                yield Import(".".join([*base, *filter(None, [node.module])]), names, node.lineno)
        elif isinstance(node, ast.Call) and _is_dynamic_import(node):
            argument = node.args[0]
            assert isinstance(argument, ast.Constant)
            yield Import(str(argument.value), (), node.lineno)


def _check_file(
    path: Path,
    owner: Distribution,
    in_repo: dict[str, Distribution],
    allowed_top_levels: set[str],
) -> Iterator[Violation]:
    src = owner.folder / "src"
    in_src = path.is_relative_to(src)
    package = None
    if in_src:
        module = _module_name(path, src)
        package = module if path.name == "__init__.py" else module[:-1]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_impl = in_src and owner.import_name == CORE and path.name.endswith("_impl.py")
    for statement in _imports(tree, package):
        top, *rest = statement.module.split(".")
        target = in_repo.get(top)
        if target is not None and target is not owner:
            private = next(
                (c for c in statement.candidates() if any(map(_is_private, c.split(".")[1:]))),
                None,
            )
            if private is not None:
                yield Violation(
                    path,
                    statement.line,
                    "private",
                    f"{owner.name} imports {private}, a private module of {target.name}; "
                    "use its public API",
                )
        if not in_src:
            continue
        if top == "numpy":
            yield Violation(
                path, statement.line, "numpy", f"library code imports {statement.module}"
            )
            continue
        if top not in allowed_top_levels:
            yield Violation(
                path,
                statement.line,
                "undeclared",
                f"{statement.module} is neither the standard library nor a dependency "
                f"of {owner.name}",
            )
        if is_impl and top == CORE:
            if rest:
                allowed = _is_impl_module(rest[0])
            else:  # `import tnp_core`, `from tnp_core import x`, `from . import x`
                allowed = bool(statement.names) and all(map(_is_impl_module, statement.names))
            if not allowed:
                yield Violation(
                    path,
                    statement.line,
                    "impl",
                    f"an *_impl module imports {statement.describe()}; impl modules import "
                    "only torch, the standard library and other *_impl modules",
                )


def check(root: Path = ROOT) -> list[Violation]:
    """Every violation in ``root/packages``."""
    distributions = load_distributions(root)
    in_repo = {d.import_name: d for d in distributions.values()}
    stdlib = set(sys.stdlib_module_names)
    violations: list[Violation] = []
    for owner in distributions.values():
        declared = {canonicalize_name(r.name) for r in owner.requirements}
        allowed = (
            stdlib
            | {owner.import_name}
            | {
                distributions[name].import_name if name in distributions else name.replace("-", "_")
                for name in declared
            }
        )
        for path in sorted(owner.folder.rglob("*.py")):
            violations.extend(_check_file(path, owner, in_repo, allowed))
    return violations


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--root", type=Path, default=ROOT, help="repository root")
    root = parser.parse_args(argv).root.resolve()
    violations = check(root)
    for violation in violations:
        print(violation.render(root))
    if violations:
        print(f"{len(violations)} import rule violation(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
