"""The core never imports Qt: models, services and sync stay testable without a display."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT_FREE = ["desktop/models", "desktop/services", "sync"]
FORBIDDEN_PREFIXES = ("PySide6", "shiboken6", "desktop.views", "desktop.app")


def imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def python_files() -> list[Path]:
    return sorted(p for folder in QT_FREE for p in (ROOT / folder).rglob("*.py"))


def test_there_are_files_to_check() -> None:
    assert len(python_files()) > 10


@pytest.mark.parametrize("path", python_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_core_does_not_import_qt(path: Path) -> None:
    offenders = [
        f"line {line}: {module}"
        for line, module in imported_modules(path)
        if module.startswith(FORBIDDEN_PREFIXES)
    ]
    assert not offenders, f"{path.relative_to(ROOT)} imports UI code: {offenders}"


def test_sync_never_imports_desktop() -> None:
    offenders = [
        f"{p.relative_to(ROOT)}:{line} {module}"
        for p in sorted((ROOT / "sync").rglob("*.py"))
        for line, module in imported_modules(p)
        if module == "desktop" or module.startswith("desktop.")
    ]
    assert not offenders


def test_the_check_catches_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport os\n", encoding="utf-8")
    assert (1, "PySide6.QtCore") in imported_modules(sample)
