"""The shape of the code base: no import cycles, claims never imports reviews, and no
module outside claims/extraction too long to read in one sitting."""

import ast
from pathlib import Path

APPS = ("claims", "reviews", "factcheck", "factchecks", "checkworthiness", "benchtools")
ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 500


def project_modules() -> dict[str, Path]:
    modules = {}
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            modules[name.removesuffix(".__init__")] = path
    return modules


def import_graph() -> dict[str, set[str]]:
    modules = project_modules()
    graph = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        deps = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")
                    base = ".".join(parts[: len(parts) - node.level + 1] + ([node.module] if node.module else []))
                subs = [f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in modules]
                deps.update(subs if len(subs) == len(node.names) else [base, *subs])
            elif isinstance(node, ast.Import):
                deps.update(a.name for a in node.names)
        graph[name] = {d for d in deps if d in modules and d != name}
    return graph


def test_there_is_no_import_cycle():
    graph = import_graph()
    state: dict[str, int] = {}
    cycles = []

    def visit(node, path):
        state[node] = 1
        for dep in sorted(graph[node]):
            if state.get(dep) == 1:
                cycles.append(path[path.index(dep):] + [dep])
            elif dep not in state:
                visit(dep, [*path, dep])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert cycles == []


def test_claims_never_imports_reviews():
    graph = import_graph()
    assert [(m, d) for m, deps in graph.items() for d in deps if m.startswith("claims") and d.startswith("reviews")] == []


def test_modules_stay_readable_in_one_sitting():
    too_long = {
        str(path.relative_to(ROOT)): n
        for path in project_modules().values()
        if "extraction" not in path.parts and (n := len(path.read_text().splitlines())) > MAX_LINES
    }
    assert too_long == {}
