"""The seams between the parts, beyond what the import contracts check: the lab (a simulated
hypervisor) uses the data plane through its public API only."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app"


def _private_names(package: Path) -> set[str]:
    """Private attributes the package's classes define: methods and `self._x = …` fields."""
    names: set[str] = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                        names.add(item.name)
            elif (
                isinstance(node, ast.Attribute)
                and isinstance(node.ctx, ast.Store)
                and isinstance(node.value, ast.Name)
                and node.value.id == "self"
            ):
                names.add(node.attr)
    return {n for n in names if n.startswith("_") and not n.startswith("__")}


def _reaches(package: Path, names: set[str]) -> list[str]:
    """`x._name` uses of those names on anything but self or cls."""
    found = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in names
                and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
            ):
                found.append(f"{path.relative_to(package)}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_the_lab_uses_no_private_part_of_the_data_plane() -> None:
    private = _private_names(APP / "replication")
    assert {"_cycle_lock", "_open", "_lock"} <= private  # the check sees what it must
    assert _reaches(APP / "lab", private) == []


def test_the_check_finds_a_private_access(tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text("def f(pair):\n    with pair._cycle_lock:\n        pass\n")
    assert _reaches(tmp_path, {"_cycle_lock"}) == ["m.py:2: pair._cycle_lock"]
