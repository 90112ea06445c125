"""What every section receives: paths, settings, the open database and the change bus."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.config import Paths, Settings

if TYPE_CHECKING:  # the ORM is imported only once the database is opened (fast start)
    from desktop.db import Database
    from desktop.services.meta import Office


class DataBus(QObject):
    """Announces changes so that views refresh themselves (Anki's "op changed" idea).

    ``changed`` carries an entity name (``"association"``, ``"region"`` …) or ``"*"``.
    """

    changed = Signal(str)
    status_message = Signal(str, int)  # text, timeout in ms (0: until replaced)
    connection_state = Signal(str, bool)  # text for the status bar, online?
    office_changed = Signal()

    def announce(self, entity: str) -> None:
        self.changed.emit(entity)


@dataclass
class AppContext:
    """Handed to section factories; keeps the sections independent of the main window."""

    paths: Paths
    settings: Settings
    db: Database
    bus: DataBus
    office: Office
    language: str  # the UI language actually in use ("en", "fr", …)

    def save_settings(self) -> None:
        self.settings.save(self.paths.settings)
