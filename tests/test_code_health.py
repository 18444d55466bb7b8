"""Structure rules the guide asks of every module, checked on the source (no import of the package needed).

- A module binds each top-level name once: a second ``def f`` or ``X = …`` silently replaces the first (two
  branches merged by hand added ``content._story_below_comments`` twice; ``verify._SHARED_RUN`` was defined twice
  for a year of rules, the later definition in effect everywhere).
- No function of hundreds of lines.
- No import circles between the package's modules (imports at module level, outside ``TYPE_CHECKING``).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "cleaner"
LONGEST = 120
"""Lines a function may span (the longest today is under 100)."""


def _modules() -> dict[str, ast.Module]:
    out: dict[str, ast.Module] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return out


def _bound(node: ast.stmt) -> list[str]:
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    targets: list[ast.expr] = []
    if isinstance(node, ast.Assign):
        targets = list(node.targets)
    elif isinstance(node, ast.AnnAssign) and node.value is not None:
        targets = [node.target]
    return [t.id for t in targets if isinstance(t, ast.Name)]


def test_no_module_binds_a_top_level_name_twice() -> None:
    twice: list[str] = []
    for name, tree in _modules().items():
        seen: set[str] = set()
        for node in tree.body:
            for bound in _bound(node):
                if bound in seen and bound != "__all__":
                    twice.append(f"{name}.{bound}")
                seen.add(bound)
    assert not twice, twice


def test_no_function_of_hundreds_of_lines() -> None:
    long: list[str] = []
    for name, tree in _modules().items():
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno is not None:
                span = node.end_lineno - node.lineno + 1
                if span > LONGEST:
                    long.append(f"{name}.{node.name}: {span}")
    assert not long, long


def _imports(name: str, tree: ast.Module, known: set[str]) -> set[str]:
    package = name if name in known and _is_package(name) else name.rpartition(".")[0]
    out: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")
                up = up[: len(up) - node.level + 1]
                base = ".".join([*up, base] if base else up)
            out.add(base)
            out.update(f"{base}.{a.name}" for a in node.names)
    return {m for m in out if m in known and m != name}


def _is_package(name: str) -> bool:
    return (PACKAGE.parent / Path(*name.split(".")) / "__init__.py").exists()


def test_no_import_circles() -> None:
    modules = _modules()
    known = set(modules)
    graph = {name: _imports(name, tree, known) for name, tree in modules.items()}
    # A package's __init__ importing its own submodules is how a package exposes them, not a circle.
    circles: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt.startswith(node + ".") and _is_package(node):
                continue
            if state.get(nxt) == 1:
                circles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name)
    assert not circles, circles
