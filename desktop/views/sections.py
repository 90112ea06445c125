"""The one registration point for main-window sections: the :data:`SECTIONS` table.

A feature adds a section with one entry here: its key, its translated title, where its page
lives (``"module:callable"``), its place and icon. Page modules are imported only when their
section is first shown, so start-up does not pay for the PDF, solver and network libraries
behind pages the user has not opened yet.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle, QWidget

from desktop.views.context import AppContext

Icon = QStyle.StandardPixmap


def lazy_page(target: str) -> Callable[[AppContext], QWidget]:
    """A factory that imports ``module:callable`` on first use and calls it with the context."""
    module_name, _, attribute = target.partition(":")

    def make(ctx: AppContext) -> QWidget:
        factory = getattr(importlib.import_module(module_name), attribute)
        widget = factory(ctx)
        assert isinstance(widget, QWidget)
        return widget

    make.__qualname__ = f"lazy_page({target!r})"
    return make


@dataclass(frozen=True)
class Section:
    """A page of the main window."""

    key: str  # stable name, used by --section and settings
    title: Callable[[], str]  # translated at call time
    factory: Callable[[AppContext], QWidget]
    order: int
    icon: QStyle.StandardPixmap = Icon.SP_FileIcon
    shortcut: str = ""  # e.g. "Ctrl+1"; assigned by order when empty


SECTIONS: tuple[Section, ...] = (
    Section("home", lambda: QCoreApplication.translate("Sections", "Home"),
            lazy_page("desktop.views.home:HomePage"), 0, Icon.SP_DirHomeIcon),
    Section("associations", lambda: QCoreApplication.translate("Sections", "Associations"),
            lazy_page("desktop.views.associations:make_page"), 10, Icon.SP_DirIcon),
    Section("focal_points", lambda: QCoreApplication.translate("Sections", "Focal points"),
            lazy_page("desktop.views.focal_points:make_page"), 20,
            Icon.SP_FileDialogContentsView),
    Section("directory", lambda: QCoreApplication.translate("Sections", "Region directory"),
            lazy_page("desktop.views.directory:make_page"), 25, Icon.SP_FileDialogListView),
    Section("candidates", lambda: QCoreApplication.translate("Sections", "Candidates"),
            lazy_page("desktop.views.candidates:CandidatesPage"), 30,
            Icon.SP_FileDialogDetailedView),
    Section("consultations", lambda: QCoreApplication.translate("Sections", "Consultations"),
            lazy_page("desktop.views.consultations:ConsultationsPage"), 40,
            Icon.SP_FileDialogInfoView),
    Section("commitments", lambda: QCoreApplication.translate("Sections", "Promise ledger"),
            lazy_page("desktop.views.promise_ledger:PromiseLedgerPage"), 95,
            Icon.SP_DialogApplyButton),
    Section("coverage", lambda: QCoreApplication.translate("Sections", "Coverage"),
            lazy_page("desktop.views.coverage:CoveragePage"), 96, Icon.SP_FileDialogListView),
    Section("registrations", lambda: QCoreApplication.translate("Sections", "Registrations"),
            lazy_page("desktop.views.registrations:RegistrationsPage"), 45,
            Icon.SP_FileDialogNewFolder),
    Section("flyers", lambda: QCoreApplication.translate("Sections", "Flyers"),
            lazy_page("desktop.views.flyers:FlyersPage"), 50, Icon.SP_FileIcon),
    Section("sync", lambda: QCoreApplication.translate("Sections", "Sync"),
            lazy_page("desktop.views.sync_page:make_page"), 80, Icon.SP_BrowserReload),
    Section("regions", lambda: QCoreApplication.translate("Sections", "Regions"),
            lazy_page("desktop.views.regions:RegionsPage"), 90, Icon.SP_DriveNetIcon),
)


def sections() -> list[Section]:
    """All sections in navigation order."""
    return sorted(SECTIONS, key=lambda s: s.order)
