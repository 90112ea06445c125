"""Versioned consent texts of the public form, one per purpose and kind, in six languages.

A submission stores, for every purpose, whether the box was ticked, the text version, the
language and the exact words shown: "they agreed" is only provable together with "to what".
Changing a text means a new version: add the new words under new keys and bump
:data:`TEXT_VERSION`, so that older submissions keep pointing at what their people read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sync.registration.texts import text

TEXT_VERSION = "form-2026-1"


@dataclass(frozen=True)
class ShownConsent:
    """One consent box as shown, and whether it was ticked."""

    purpose: str
    given: bool
    version: str
    language: str
    text: str
    shown_at: str

    def to_wire(self) -> dict[str, Any]:
        return {"purpose": self.purpose, "given": self.given, "version": self.version,
                "language": self.language, "text": self.text, "shown_at": self.shown_at}


def consent_text(purpose: str, kind: str, language: str) -> str:
    return text(f"consent.{purpose}.{kind}", language)
