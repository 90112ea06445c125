"""Refresh translations/diaspora_desk_*.ts from the sources with pyside6-lupdate.

Run through `make translations` (which then compiles the .qm files). Obsolete messages are
dropped so the .ts files stay honest; translations of strings that still exist are kept, and new
strings arrive as "unfinished". Fill them with `tools/translate_ts.py` (see its docstring).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("fr", "es", "ro", "ru", "ar")
# Where the translated sources live: the desktop application (services produce texts through
# desktop.services.i18n.translate, views through tr()/QCoreApplication.translate). Migrations
# never show text; the CLI speaks English to administrators.
SOURCE_DIRS = ("desktop",)
EXCLUDED_PARTS = frozenset({"migrations", "cli", "__pycache__"})


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"diaspora_desk_{language}.ts"


def source_files() -> list[Path]:
    files: list[Path] = []
    for folder in SOURCE_DIRS:
        files += (p for p in (ROOT / folder).rglob("*.py")
                  if not EXCLUDED_PARTS.intersection(p.relative_to(ROOT).parts))
    return sorted(files)


def tool(name: str) -> str:
    """A Qt tool from the same environment as this Python (the venv), else from PATH."""
    return shutil.which(name, path=str(Path(sys.executable).parent)) or name


def run_lupdate(ts_files: Sequence[Path], files: Sequence[Path] | None = None,
                quiet: bool = False, keep_obsolete: bool = False) -> None:
    """Merge the sources' strings into ``ts_files`` (created if missing)."""
    for ts in ts_files:
        language = ts.stem.rsplit("_", 1)[-1]
        args = [tool("pyside6-lupdate"), *(str(p) for p in (files or source_files())),
                "-locations", "relative", "-source-language", "en",
                "-target-language", language, "-ts", str(ts)]
        if not keep_obsolete:
            args.insert(-2, "-no-obsolete")
        if quiet:
            args.insert(1, "-silent")
        subprocess.run(args, check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL if quiet else None)


def main(argv: Sequence[str]) -> int:
    languages = [a for a in argv if a in LANGUAGES] or list(LANGUAGES)
    run_lupdate([ts_path(lang) for lang in languages])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
