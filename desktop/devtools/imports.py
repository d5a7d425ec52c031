"""The import picture of one folder of the package: its modules, the imports between them, the circles.

``python -m desktop.devtools.imports desktop/views`` prints how many modules the folder holds, every
import arrow from one of its modules to another (imports deferred into a function, or made only for
type checking, included: they still tie the two modules together), and each import cycle. Read from
the source with `ast`, so nothing is imported and the numbers do not depend on what a run loaded.

A cycle is a group of modules that each reach every other through imports (a strongly connected
component); it is printed as its members and the shortest closed path through the first of them.
"""

from __future__ import annotations

import ast
import sys
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class ImportPicture:
    modules: list[str]
    arrows: list[tuple[str, str]]  # (importer, imported), both inside the folder, sorted
    cycles: list[list[str]]  # each the sorted members of one group of modules that import each other
    graph: dict[str, set[str]] = field(repr=False)  # the arrows again, by importer


def module_name(path: Path) -> str:
    """The dotted name of a source file, found by walking up through the packages that hold it."""
    path = path.resolve()
    parts = [] if path.name == "__init__.py" else [path.stem]
    folder = path.parent
    while (folder / "__init__.py").exists():
        parts.insert(0, folder.name)
        folder = folder.parent
    return ".".join(parts)


def _imported_modules(tree: ast.Module, name: str, is_package: bool, modules: set[str]) -> set[str]:
    """The modules of `modules` that the imports in `tree` load by name: ``from a import b`` loads module
    ``a.b`` when there is one, else takes ``b`` from ``a``; ``import a.b.c`` names ``a.b.c`` last."""
    package = name if is_package else name.rpartition(".")[0]
    found: set[str | None] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(_deepest(alias.name, modules) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in modules else _deepest(base, modules))
    return {module for module in found if module is not None and module != name}


def _deepest(imported: str, modules: set[str]) -> str | None:
    parts = imported.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in modules:
            return candidate
    return None


def _strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative so a deep chain of imports cannot reach Python's recursion limit."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            advanced = False
            for successor in successors:
                if successor not in index:
                    index[successor] = low[successor] = len(index)
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(sorted(graph[successor]))))
                    advanced = True
                    break
                if successor in on_stack:
                    low[node] = min(low[node], index[successor])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                groups.append(sorted(group))
    return groups


def _closed_path(group: list[str], graph: dict[str, set[str]]) -> list[str]:
    """The shortest path from the group's first module back to itself, inside the group."""
    start, members = group[0], set(group)
    came_from: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for successor in sorted(graph[node] & members):
            if successor == start:
                path = [node]
                while path[-1] != start:
                    path.append(came_from[path[-1]])
                return [start, *reversed(path[:-1]), start] if node != start else [start, start]
            if successor not in came_from:
                came_from[successor] = node
                queue.append(successor)
    raise AssertionError("a strongly connected group always closes")


def picture(folder: Path) -> ImportPicture:
    files = sorted(path for path in Path(folder).rglob("*.py") if "__pycache__" not in path.parts)
    names = {path: module_name(path) for path in files}
    modules = set(names.values())
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for path, name in names.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        graph[name] = _imported_modules(tree, name, path.name == "__init__.py", modules)
    arrows = sorted((source, target) for source, targets in graph.items() for target in targets)
    return ImportPicture(sorted(modules), arrows, cycles(graph), graph)


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each group of modules in `graph` that import each other, its members sorted; smallest groups first."""
    return sorted((group for group in _strongly_connected(graph) if len(group) > 1), key=lambda g: (len(g), g))


def report(result: ImportPicture) -> str:
    lines = [f"modules: {len(result.modules)}", f"arrows: {len(result.arrows)}", f"cycles: {len(result.cycles)}"]
    lines += [f"  {', '.join(group)}: {' -> '.join(_closed_path(group, result.graph))}" for group in result.cycles]
    lines.append("")
    lines += [f"{source} -> {target}" for source, target in result.arrows]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: python -m desktop.devtools.imports FOLDER", file=sys.stderr)
        return 2
    print(report(picture(Path(argv[0]))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
