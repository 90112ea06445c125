"""Public self-registration: what the form asks, the rules its answers follow, and its words.

Shared by the central server (which serves the form at ``/register``) and the desktop (which
reviews what arrived). Pure Python: no Qt, no ``desktop`` import, no database, so both ends
apply the same rules and show the same consent texts.
"""

from __future__ import annotations

ENTITY = "registration"
"""The synced record type a submission becomes (``desktop.models.registrations``)."""
