"""Actions that features add to list pages without editing them (export, import, print …).

A feature calls :func:`register_list_action` at import time; each list page (associations,
focal points, candidates) adds :func:`actions_for` its entity to its toolbar. The handler gets
the page through the small :class:`ListPage` protocol, so it can read what the list shows or
what is selected, and refresh it afterwards.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtWidgets import QWidget

from desktop.views.context import AppContext


class ListPage(Protocol):
    """What a list page offers to the actions registered for its entity."""

    ctx: AppContext
    entity: str

    def visible_ids(self) -> list[str]:
        """Ids of the records the filtered list shows, in display order."""
        ...

    def selected_ids(self) -> list[str]:
        """Ids of the selected records, in display order."""
        ...

    def refresh(self) -> None:
        """Reload the list from the database."""
        ...

    def widget(self) -> QWidget:
        """The page widget (parent for dialogs)."""
        ...


@dataclass(frozen=True)
class ListAction:
    """A toolbar action of a list page; ``text`` is called at display time (translated)."""

    entity: str
    key: str
    text: Callable[[], str]
    handler: Callable[[ListPage], None]
    shortcut: str = ""
    needs_selection: bool = False
    enabled_for: Callable[[ListPage, list[str]], bool] | None = None
    """When set, the action is enabled only if this says yes for the selected ids (e.g.
    "Resolve sync conflict" only on a record in conflict)."""


LIST_ACTION_MODULES: tuple[str, ...] = ("desktop.views.data_actions",
                                         "desktop.views.conflict_dialog")
"""Modules that register list actions (imported before the actions are listed); a feature
whose module is not otherwise imported by the time a list page opens appends it here."""

_ACTIONS: dict[tuple[str, str], ListAction] = {}


def register_list_action(action: ListAction) -> None:
    """Register (or re-register, e.g. on module reload) an action for its entity."""
    _ACTIONS[(action.entity, action.key)] = action


def actions_for(entity: str) -> list[ListAction]:
    """The actions registered for ``entity``, in registration order."""
    for module in LIST_ACTION_MODULES:
        importlib.import_module(module)
    return [action for (name, _key), action in _ACTIONS.items() if name == entity]
