"""Refresh translations/diaspora_desk_*.ts from the sources with pyside6-lupdate.

Run through `make translations`. Obsolete messages are dropped so the .ts files stay honest.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("fr", "es", "ro", "ru", "ar")


def source_files() -> list[Path]:
    return sorted(p for p in (ROOT / "desktop").rglob("*.py") if "migrations" not in p.parts)


def lupdate(ts_files: list[Path], extra: list[str] | None = None) -> None:
    exe = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or \
        "pyside6-lupdate"
    args = [exe, *(str(p) for p in source_files()), "-no-obsolete", *(extra or []), "-ts",
            *(str(p) for p in ts_files)]
    subprocess.run(args, check=True, cwd=ROOT)


def main() -> int:
    targets = [ROOT / "translations" / f"diaspora_desk_{lang}.ts" for lang in LANGUAGES]
    lupdate(targets)
    return 0


if __name__ == "__main__":
    sys.exit(main())
