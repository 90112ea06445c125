"""One way to ask where to save a file, for every Export…, Print to PDF… and Back up….

Office staff look for their files in Documents, not in the application's hidden data folder,
and find them again by name. So every save dialog:

- starts in the folder last used for the same kind of file (a flyer, an audit report, a
  spreadsheet export …), remembered in the user's settings, or else in the user's Documents
  folder — never in the application's data folder;
- proposes a name made of the record and the date ("Audit report - Roundtable Chișinău -
  2026-12-07.pdf");
- adds the file type's extension itself, and asks before replacing an existing file (also when
  the extension was added after the user typed the name).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.config import Settings
from desktop.views.context import AppContext

SAVE_FOLDERS_KEY = "save_folders"
"""Key in ``Settings.extra``: the last folder used, per kind of file."""

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def documents_folder() -> Path:
    """The user's Documents folder (their home folder where there is none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def file_name(*parts: str, day: dt.date | None = None, suffix: str = "") -> str:
    """A file name from the record's words and the date, safe on Windows and Linux:
    ``file_name("Audit report", "Roundtable", suffix=".pdf")`` gives
    "Audit report - Roundtable - 2026-12-07.pdf". The ISO date sorts in any file manager."""
    words = [_UNSAFE.sub("_", part).strip(" ._") for part in parts if part and part.strip()]
    words.append((day or dt.date.today()).isoformat())
    stem = " - ".join(word[:80] for word in words if word)
    return stem + suffix


def start_folder(settings: Settings, kind: str, data_dir: Path | None = None) -> Path:
    """Where the dialog for ``kind`` opens: the folder used last time for that kind, if it
    still exists and is not inside the application's data folder; otherwise Documents."""
    remembered = settings.extra.get(SAVE_FOLDERS_KEY, {})
    text = remembered.get(kind) if isinstance(remembered, dict) else None
    if isinstance(text, str) and text:
        folder = Path(text)
        if folder.is_dir() and not (data_dir is not None and _inside(folder, data_dir)):
            return folder
    return documents_folder()


def remember_folder(settings: Settings, kind: str, folder: Path) -> None:
    folders = settings.extra.get(SAVE_FOLDERS_KEY)
    if not isinstance(folders, dict):
        folders = {}
    folders[kind] = str(folder)
    settings.extra[SAVE_FOLDERS_KEY] = folders


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except (OSError, ValueError):
        return False
    return True


def ask_save_path(
    parent: QWidget | None,
    settings: Settings,
    kind: str,
    title: str,
    name: str,
    file_filter: str,
    data_dir: Path | None = None,
) -> Path | None:
    """Ask where to save a file of ``kind`` (named ``name``, with its extension); None when
    the user cancelled. Remembers the folder for the next file of the same kind."""
    suffix = Path(name).suffix
    start = start_folder(settings, kind, data_dir) / name
    chosen, chosen_filter = QFileDialog.getSaveFileName(parent, title, str(start), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    allowed = [s.lower() for s in re.findall(r"\*(\.\w+)", file_filter)] or [suffix.lower()]
    if suffix and path.suffix.lower() not in allowed:
        # Typed without an extension: the one of the file type chosen in the dialog.
        found = re.search(r"\*(\.\w+)", chosen_filter or "")
        path = path.with_name(path.name + (found.group(1) if found else suffix))
        if path.exists() and not confirm_replace(parent, path):
            return None
    remember_folder(settings, kind, path.parent)
    return path


def confirm_replace(parent: QWidget | None, path: Path) -> bool:
    """Ask before replacing an existing file."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("SaveDialog", "Replace the file?"),
        QCoreApplication.translate(
            "SaveDialog", "{name} already exists in {folder}. Replace it?").format(
                name=path.name, folder=str(path.parent)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def consultation_title(ctx: AppContext, consultation_id: str) -> str:
    """The consultation's title, for the names of the files made from it."""
    from desktop.services.consultations import get_consultation

    with ctx.db.sessions() as session:
        return get_consultation(session, consultation_id).title
