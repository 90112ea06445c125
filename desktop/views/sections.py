"""The one registration point for main-window sections.

A feature adds a section by calling :func:`register_section` in its view module and listing that
module in :data:`SECTION_MODULES`; the main window builds its navigation from the registry, so
no code elsewhere changes.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QStyle, QWidget

from desktop.views.context import AppContext

SECTION_MODULES: tuple[str, ...] = (
    "desktop.views.home",
    "desktop.views.regions",
    "desktop.views.associations",
    "desktop.views.focal_points",
    "desktop.views.directory",
    "desktop.views.candidates",
    "desktop.views.consultations",
    "desktop.views.flyers",
    "desktop.views.sync_page",
)


@dataclass(frozen=True)
class Section:
    """A page of the main window."""

    key: str  # stable name, used by --section and settings
    title: Callable[[], str]  # translated at call time
    factory: Callable[[AppContext], QWidget]
    order: int
    icon: QStyle.StandardPixmap = QStyle.StandardPixmap.SP_FileIcon
    shortcut: str = ""  # e.g. "Ctrl+1"; assigned by order when empty


_SECTIONS: dict[str, Section] = {}


def register_section(section: Section) -> None:
    if section.key in _SECTIONS and _SECTIONS[section.key] != section:
        raise RuntimeError(f"section {section.key!r} registered twice")
    _SECTIONS[section.key] = section


def sections() -> list[Section]:
    """All registered sections in navigation order."""
    for module in SECTION_MODULES:
        importlib.import_module(module)
    return sorted(_SECTIONS.values(), key=lambda s: s.order)
