"""The static checks a dynamic skill passes before anything of it runs.

Fail closed: a construct the checker cannot vouch for is refused. The
checks read the file's syntax tree (nothing of it is imported or run) and
answer every problem with its line and rule. They are the first layer; the
sandbox (``_sandbox``) is the boundary: a file that slipped past them still
runs in a separate process with no secrets, no network and limits.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Final

MAX_BYTES: Final = 1024 * 1024
SDK_MODULE: Final = "alexclaw_sdk"
# Harmless standard library: pure computation, no files, processes,
# sockets, interpreter internals or code loading. ``io``, ``codecs``,
# ``pickle``, ``types``, ``inspect``, ``importlib``, ``sys``, ``os`` and
# ``xml`` (use ``alexclaw_sdk.parse_xml``) are deliberately absent.
ALLOWED_MODULES: Final = frozenset({
    SDK_MODULE, "__future__", "abc", "base64", "binascii", "bisect", "calendar", "cmath", "collections",
    "collections.abc", "dataclasses", "datetime", "decimal", "difflib", "enum", "fractions", "functools",
    "hashlib", "heapq", "hmac", "html", "ipaddress", "itertools", "json", "math", "numbers", "operator",
    "random", "re", "statistics", "string", "struct", "textwrap", "typing", "unicodedata", "urllib.parse",
    "uuid", "zlib",
})  # fmt: skip
FORBIDDEN_NAMES: Final = frozenset({
    "eval", "exec", "compile", "__import__", "importlib", "open", "globals", "vars", "locals", "breakpoint",
    "input", "help", "exit", "quit", "memoryview", "__builtins__", "__loader__", "__spec__", "classmethod_descriptor",
})  # fmt: skip
# Reflection by a computed name: allowed only with a literal, public name.
NAMED_REFLECTION: Final = frozenset({"getattr", "setattr", "delattr", "hasattr"})
# Introspection attributes without dunders that still reach frames, code
# objects or another module's globals.
FORBIDDEN_ATTRIBUTES: Final = frozenset({
    "gi_frame", "gi_code", "cr_frame", "cr_code", "ag_frame", "ag_code", "f_globals", "f_locals", "f_builtins",
    "f_back", "f_code", "tb_frame", "tb_next", "co_code", "func_globals", "mro", "format_map",
})  # fmt: skip
# Permissions a dynamic skill can never hold, whatever it declares.
NEVER_GRANTED: Final = frozenset({"skill_write", "skill_manage", "workflow_manage", "all"})
_FORMAT_WALK: Final = re.compile(r"\{[^{}]*[.\[][^{}]*\}")
_VERSION: Final = re.compile(r"^\d+(\.\d+){0,3}$")


@dataclass(frozen=True, slots=True)
class Problem:
    line: int
    rule: str
    message: str

    def as_json(self) -> dict[str, Any]:
        return {"line": self.line, "rule": self.rule, "message": self.message}


@dataclass(frozen=True)
class CheckReport:
    """The checks' answer. ``accepted`` only with no problem at all."""

    name: str | None = None
    version: str | None = None
    permissions: tuple[str, ...] = ()
    external: bool = False
    problems: tuple[Problem, ...] = ()
    source: str = field(default="", repr=False)
    # The class attributes given as literals (description, branches, egress…).
    declared: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @property
    def accepted(self) -> bool:
        return not self.problems and self.name is not None

    def as_json(self) -> dict[str, Any]:
        return {
            "accepted": self.accepted,
            "name": self.name,
            "version": self.version,
            "permissions": list(self.permissions),
            "external": self.external,
            "problems": [p.as_json() for p in self.problems],
        }


def check_file(
    path: Path,
    *,
    root: Path | None = None,
    known_permissions: frozenset[str],
    core_names: frozenset[str] = frozenset(),
    previous_version: str | None = None,
) -> CheckReport:
    """Check the file at ``path``; with ``root``, it must be a regular file
    inside that directory (no ``..``, no symbolic link anywhere on the way)."""
    problem = _location_problem(path, root)
    if problem is not None:
        return CheckReport(problems=(problem,))
    try:
        data = path.read_bytes()
    except OSError as exc:
        return CheckReport(problems=(Problem(0, "file", f"cannot read the file: {exc.strerror}"),))
    return check_source(
        data, known_permissions=known_permissions, core_names=core_names, previous_version=previous_version
    )


def _location_problem(path: Path, root: Path | None) -> Problem | None:
    if path.is_symlink():
        return Problem(0, "location", "a symbolic link is refused; give the file itself")
    if not path.is_file():
        return Problem(0, "location", "not a regular file")
    if root is None:
        return None
    real_root = root.resolve()
    real = path.resolve()
    if real.parent != real_root or path.absolute().parent.resolve() != real_root:
        return Problem(0, "location", f"the file must be directly inside the skills directory {real_root}")
    return None


def check_source(
    data: bytes,
    *,
    known_permissions: frozenset[str],
    core_names: frozenset[str] = frozenset(),
    previous_version: str | None = None,
) -> CheckReport:
    """The checks on a file's bytes (size, syntax, code, contract)."""
    if len(data) > MAX_BYTES:
        return CheckReport(problems=(Problem(0, "size", f"{len(data)} bytes; the limit is {MAX_BYTES}"),))
    try:
        source = data.decode("utf-8")
        tree = ast.parse(source, filename="<skill>")
    except UnicodeDecodeError:
        return CheckReport(problems=(Problem(0, "encoding", "the file is not UTF-8 text"),))
    except SyntaxError as exc:
        return CheckReport(problems=(Problem(exc.lineno or 0, "syntax", str(exc.msg)),))
    except (ValueError, RecursionError, MemoryError) as exc:
        return CheckReport(problems=(Problem(0, "syntax", f"cannot parse: {type(exc).__name__}"),))
    problems = list(_code_problems(tree))
    contract = _contract(tree, known_permissions, core_names, previous_version)
    problems.extend(contract.problems)
    problems.sort(key=lambda p: (p.line, p.rule))
    return CheckReport(
        name=contract.name,
        version=contract.version,
        permissions=contract.permissions,
        external=contract.external,
        problems=tuple(problems),
        source=source,
        declared=contract.declared,
    )


# -- the code ----------------------------------------------------------------


def _code_problems(tree: ast.Module) -> Iterator[Problem]:
    yield from _module_use_problems(tree)
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield from _module_problems(alias.name, line)
        elif isinstance(node, ast.ImportFrom):
            yield from _import_from_problems(node, line)
        elif isinstance(node, ast.Name):
            yield from _name_problems(node.id, line)
        elif isinstance(node, ast.Attribute):
            yield from _attribute_problems(node, line)
        elif isinstance(node, ast.Call):
            yield from _call_problems(node, line)
        elif isinstance(node, ast.MatchClass):
            for attr in node.kwd_attrs:
                if attr.startswith("_"):
                    yield Problem(line, "dunder", f"a pattern may not match the private attribute {attr!r}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and _FORMAT_WALK.search(node.value):
            if "_" in "".join(_FORMAT_WALK.findall(node.value)):
                yield Problem(line, "format", "a format field that walks attributes or items is refused")
        elif isinstance(node, ast.Global | ast.Nonlocal):
            for name in node.names:
                yield from _name_problems(name, line)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node.name in FORBIDDEN_NAMES:
            yield Problem(line, "builtin", f"{node.name!r} may not be defined or shadowed")


def _module_use_problems(tree: ast.Module) -> Iterator[Problem]:
    """A name bound to a module is used only as ``module.attribute``, and the
    attribute is not itself a module off the allowlist (``dataclasses.inspect``,
    ``typing.sys``): a module cannot be handed on under another name where
    the checker would lose sight of it."""
    modules: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                bound = alias.asname or alias.name.split(".")[0]
                modules[bound] = alias.name if alias.asname else alias.name.split(".")[0]
    if not modules:
        return
    attribute_of: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in modules:
            attribute_of.add(id(node.value))
            inner = _module_attribute(modules[node.value.id], node.attr)
            if inner is not None and inner not in ALLOWED_MODULES:
                yield Problem(node.lineno, "import", f"{node.value.id}.{node.attr} is the module {inner!r}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in modules and id(node) not in attribute_of:
            yield Problem(node.lineno, "module-alias", f"the module {node.id!r} may only be used as {node.id}.name")


def _module_attribute(module: str, attr: str) -> str | None:
    """The module ``module.attr`` is, if it is one (the checker imports only
    allowlisted standard-library modules to look)."""
    if module not in ALLOWED_MODULES or module == SDK_MODULE:
        return None
    try:
        value = getattr(importlib.import_module(module), attr, None)
    except ImportError:
        return None
    return value.__name__ if isinstance(value, ModuleType) else None


def _module_problems(module: str, line: int) -> Iterator[Problem]:
    if module not in ALLOWED_MODULES:
        yield Problem(line, "import", f"module {module!r} is not on the allowlist")


def _import_from_problems(node: ast.ImportFrom, line: int) -> Iterator[Problem]:
    if node.level:
        yield Problem(line, "import", "relative imports are refused")
        return
    module = node.module or ""
    if module not in ALLOWED_MODULES:
        yield Problem(line, "import", f"module {module!r} is not on the allowlist")
        return
    for alias in node.names:
        if alias.name == "*":
            yield Problem(line, "import", f"'from {module} import *' hides what is imported")
        elif alias.name.startswith("_") and module != "__future__":
            yield Problem(line, "dunder", f"the private name {alias.name!r} may not be imported")
        elif _is_submodule(module, alias.name) and f"{module}.{alias.name}" not in ALLOWED_MODULES:
            yield Problem(line, "import", f"module '{module}.{alias.name}' is not on the allowlist")
        elif (inner := _module_attribute(module, alias.name)) is not None and inner not in ALLOWED_MODULES:
            yield Problem(line, "import", f"{module}.{alias.name} is the module {inner!r}")
        elif alias.name in FORBIDDEN_NAMES or alias.name in {"sys", "os", "builtins"}:
            yield Problem(line, "import", f"{alias.name!r} may not be imported from {module!r}")


def _is_submodule(package: str, name: str) -> bool:
    """Whether ``package.name`` is a module (or cannot be told: refused)."""
    if package in {SDK_MODULE, "__future__"}:
        return False
    try:
        return importlib.util.find_spec(f"{package}.{name}") is not None
    except (ImportError, ValueError):
        return False  # ``package`` is a module, not a package: ``name`` is one of its attributes


def _name_problems(name: str, line: int) -> Iterator[Problem]:
    if name in FORBIDDEN_NAMES:
        yield Problem(line, "builtin", f"{name!r} is refused")
    elif name.startswith("__") and name.endswith("__") and name != "__name__":
        yield Problem(line, "dunder", f"the name {name!r} is refused")


def _attribute_problems(node: ast.Attribute, line: int) -> Iterator[Problem]:
    attr = node.attr
    if attr.startswith("__") and attr.endswith("__"):
        yield Problem(line, "dunder", f"the attribute {attr!r} is refused")
    elif attr.startswith("_") and not (isinstance(node.value, ast.Name) and node.value.id in {"self", "cls"}):
        yield Problem(line, "dunder", f"the private attribute {attr!r} of another object is refused")
    elif attr in FORBIDDEN_ATTRIBUTES:
        yield Problem(line, "introspection", f"the attribute {attr!r} reaches interpreter internals")
    elif isinstance(node.value, ast.Name) and attr in {"sys", "os", "builtins", "modules"}:
        yield Problem(line, "import", f"{node.value.id}.{attr} reaches a module that is not allowed")


def _call_problems(node: ast.Call, line: int) -> Iterator[Problem]:
    func = node.func
    if not (isinstance(func, ast.Name) and func.id in NAMED_REFLECTION):
        return
    name_arg = node.args[1] if len(node.args) > 1 else None
    if not (isinstance(name_arg, ast.Constant) and isinstance(name_arg.value, str)):
        yield Problem(line, "reflection", f"{func.id} needs a literal attribute name")
    elif name_arg.value.startswith("_") or name_arg.value in FORBIDDEN_ATTRIBUTES:
        yield Problem(line, "dunder", f"{func.id} of the private attribute {name_arg.value!r} is refused")


# -- the contract -----------------------------------------------------------


@dataclass
class _Contract:
    name: str | None = None
    version: str | None = None
    permissions: tuple[str, ...] = ()
    external: bool = False
    problems: list[Problem] = field(default_factory=list)
    declared: dict[str, Any] = field(default_factory=dict)


def _skill_classes(tree: ast.Module) -> list[ast.ClassDef]:
    return [
        node
        for node in tree.body
        if isinstance(node, ast.ClassDef)
        and any(isinstance(item, ast.AsyncFunctionDef) and item.name == "run" for item in node.body)
    ]


def _declared(cls: ast.ClassDef) -> dict[str, tuple[int, Any]]:
    """The class attributes given as literals (``frozenset({...})`` too);
    a value that is not a literal is recorded as ``...`` (not readable)."""
    values: dict[str, tuple[int, Any]] = {}
    for item in cls.body:
        target, value = None, None
        if isinstance(item, ast.Assign) and len(item.targets) == 1 and isinstance(item.targets[0], ast.Name):
            target, value = item.targets[0].id, item.value
        elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name) and item.value is not None:
            target, value = item.target.id, item.value
        if target is None or value is None:
            continue
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in {"frozenset", "set"}:
            value = value.args[0] if value.args else ast.Tuple(elts=[], ctx=ast.Load())
        try:
            values[target] = (item.lineno, ast.literal_eval(value))
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            values[target] = (item.lineno, ...)
    return values


def _contract(
    tree: ast.Module, known: frozenset[str], core_names: frozenset[str], previous_version: str | None
) -> _Contract:
    found = _Contract()
    classes = _skill_classes(tree)
    if len(classes) != 1:
        found.problems.append(
            Problem(0, "contract", f"one skill class with 'async def run' expected, found {len(classes)}")
        )
        return found
    cls = classes[0]
    declared = _declared(cls)
    found.declared = {key: value for key, (_line, value) in declared.items() if value is not ...}

    def literal(key: str, kind: type | tuple[type, ...], required: bool = True) -> Any:
        line, value = declared.get(key, (cls.lineno, None))
        if value is None and not required:
            return None
        if not isinstance(value, kind):
            found.problems.append(Problem(line, "contract", f"'{key}' must be declared as a literal"))
            return None
        return value

    name = literal("name", str)
    if isinstance(name, str):
        if not re.fullmatch(r"[a-z][a-z0-9_]{0,63}", name):
            found.problems.append(Problem(declared["name"][0], "contract", "name: lowercase letters, digits, _"))
        elif name in core_names:
            found.problems.append(Problem(declared["name"][0], "core", f"{name!r} is a core skill's name"))
        else:
            found.name = name
    version = literal("version", str)
    if isinstance(version, str):
        if not _VERSION.match(version):
            found.problems.append(Problem(declared["version"][0], "version", "version: numbers and dots (1.2.0)"))
        elif previous_version is not None and _as_tuple(version) <= _as_tuple(previous_version):
            line = declared["version"][0]
            found.problems.append(Problem(line, "version", f"{version} is not above the loaded {previous_version}"))
        else:
            found.version = version
    literal("description", str)
    literal("branches", dict)
    permissions = literal("permissions", (set, frozenset, tuple, list))
    external = literal("external", bool)
    found.external = bool(external)
    if permissions is not None:
        found.permissions = tuple(sorted(str(p) for p in permissions))
        line = declared["permissions"][0]
        for permission in found.permissions:
            if permission in NEVER_GRANTED:
                found.problems.append(
                    Problem(line, "permission", f"{permission!r} is never granted to a dynamic skill")
                )
            elif permission not in known:
                found.problems.append(Problem(line, "permission", f"{permission!r} is not a known permission"))
        uses_web = "web_read" in found.permissions or _calls_web_read(tree)
        if uses_web and external is not True:
            found.problems.append(Problem(line, "external", "a skill that uses web_read must declare external = True"))
        if uses_web and "web_read" not in found.permissions:
            found.problems.append(Problem(line, "permission", "a skill that calls web_read must declare it"))
    return found


def _calls_web_read(tree: ast.Module) -> bool:
    return any(isinstance(node, ast.Attribute) and node.attr in {"web_read", "web_request"} for node in ast.walk(tree))


def _as_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))
