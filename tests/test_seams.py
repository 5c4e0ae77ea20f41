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


def _lab_ids_named(paths: list[Path]) -> list[str]:
    """String literals that name an object of the lab's estate ("cloud-sto-gold", …)."""
    import re

    pattern = re.compile(r"\b(site|cloud|host|net|vm)-(sto|ams)\b")
    found = []
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if pattern.search(node.value):
                    found.append(f"{path.name}:{node.lineno}: {node.value!r}")
            elif isinstance(node, ast.JoinedStr):
                text = "".join(
                    v.value for v in node.values if isinstance(v, ast.Constant) and v.value
                )
                if pattern.search(text):
                    found.append(f"{path.name}:{node.lineno}: f-string {text!r}")
    return found


def test_the_server_and_the_cli_know_no_estate_by_its_ids() -> None:
    """The lab's ids live in the lab; the server serves any estate through the protocols
    (lab detection included: `LabControls`, not a probe for one of its methods)."""
    server = sorted((APP / "server").rglob("*.py"))
    assert _lab_ids_named([*server, APP / "cli.py"]) == []
    probes = [
        f"{p.name}: {line.strip()}"
        for p in server
        for line in p.read_text().splitlines()
        if "hasattr(" in line and "fabric" in line
    ]
    assert probes == []
